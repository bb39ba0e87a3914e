//! The ontology graph: loaded once, left alone while it holds the
//! ontology, restored when it does not.

use oxigraph::model::{GraphNameRef, NamedNodeRef};
use racegraph_store::store::GraphStore;

fn ontology_quads(store: &GraphStore) -> Vec<oxigraph::model::Quad> {
    let g = NamedNodeRef::new_unchecked("https://w3id.org/racegraph/ontology");
    let mut quads: Vec<_> = store
        .inner()
        .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g)))
        .collect::<Result<_, _>>()
        .unwrap();
    quads.sort_by_key(|q| q.to_string());
    quads
}

#[test]
fn the_ontology_is_loaded_once_and_restored_when_changed() {
    let dir = tempfile::tempdir().unwrap();
    let store = GraphStore::open(&dir.path().join("s.db")).unwrap();
    store.load_ontology().unwrap();
    let first = ontology_quads(&store);
    assert!(first.len() > 100, "{}", first.len());
    store.load_ontology().unwrap();
    assert_eq!(ontology_quads(&store), first);
    store.inner().remove(&first[0]).unwrap();
    store
        .inner()
        .insert(oxigraph::model::QuadRef::new(
            NamedNodeRef::new_unchecked("https://example.org/s"),
            NamedNodeRef::new_unchecked("https://example.org/p"),
            NamedNodeRef::new_unchecked("https://example.org/o"),
            first[0].graph_name.as_ref(),
        ))
        .unwrap();
    assert_ne!(ontology_quads(&store), first);
    store.load_ontology().unwrap();
    assert_eq!(ontology_quads(&store), first);
}
