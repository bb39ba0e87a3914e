//! `racegraph validate`: the store checked against the SHACL shapes of the
//! vocabulary contract (`ontology/shapes.ttl`, compiled in).
//!
//! The data graph is the union of the store's graphs read as a set (or one
//! graph with the ontology and the entities' labels). The SHACL engine is
//! the `shacl-rust` crate: SHACL Core and SHACL-SPARQL constraints, run on
//! Oxigraph's own model and in-memory store, so nothing is converted
//! through text. Its results become a [`Report`]: a table for a person, or
//! the W3C validation report in an RDF syntax.

mod report;

pub use report::{Report, Violation};

use oxigraph::model::{Graph, GraphNameRef, NamedNode, NamedNodeRef, QuadRef, TripleRef};
use oxigraph::store::{StorageError, Store};
use racegraph_rdf::vocab;
use shacl_rust::validation::dataset::ValidationDataset;

/// The shapes, compiled in (`ontology/shapes.ttl`).
pub const SHAPES_TTL: &str = include_str!("../../../ontology/shapes.ttl");

/// The namespace of the shapes.
pub const SHAPES: &str = "https://w3id.org/racegraph/shapes#";

/// The SHACL namespace.
pub const SH: &str = "http://www.w3.org/ns/shacl#";

/// Everything validation can fail with (a violation is not a failure: it
/// is in the [`Report`]). Each reads as one line.
#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    #[error("reading the store: {0}")]
    Store(#[from] StorageError),
    #[error("--graph {0}: not an IRI")]
    NotAnIri(String),
    #[error("--graph <{0}>: no such graph in the store")]
    NoSuchGraph(String),
    #[error("the shapes: {0}")]
    Shapes(String),
    #[error("the SHACL engine: {0}")]
    Engine(String),
    #[error("writing the report: {0}")]
    Io(#[from] std::io::Error),
}

/// The data graph to validate: with `graph`, that graph, the ontology and
/// the entities' labels; else every graph. Each triple once.
pub fn data_graph(store: &Store, graph: Option<&str>) -> Result<Graph, ValidateError> {
    let mut out = Graph::new();
    let mut add = |q: QuadRef<'_>| {
        out.insert(TripleRef::new(q.subject, q.predicate, q.object));
    };
    match graph {
        None => {
            for q in store.iter() {
                add(q?.as_ref());
            }
        }
        Some(g) => {
            let g = NamedNode::new(g).map_err(|_| ValidateError::NotAnIri(g.to_string()))?;
            if !store.contains_named_graph(&g)? {
                return Err(ValidateError::NoSuchGraph(g.into_string()));
            }
            for name in [
                g.as_ref(),
                NamedNodeRef::new_unchecked(vocab::ONTOLOGY_GRAPH),
                NamedNodeRef::new_unchecked(vocab::ENTITIES_GRAPH),
            ] {
                for q in
                    store.quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(name)))
                {
                    add(q?.as_ref());
                }
            }
        }
    }
    Ok(out)
}

/// The shapes graph (`ontology/shapes.ttl`).
pub fn shapes_graph() -> Result<Graph, ValidateError> {
    shacl_rust::rdf::read_graph_from_string(SHAPES_TTL, "turtle")
        .map_err(|e| ValidateError::Shapes(e.to_string()))
}

/// Validates the store (or one graph of it, with the ontology and the
/// entities' labels) against the shapes.
pub fn validate(store: &Store, graph: Option<&str>) -> Result<Report, ValidateError> {
    validate_graph(data_graph(store, graph)?)
}

/// Validates a data graph against the shapes.
pub fn validate_graph(data: Graph) -> Result<Report, ValidateError> {
    let triples = data.len();
    let shapes = shapes_graph()?;
    let parsed =
        shacl_rust::parse_shapes(&shapes).map_err(|e| ValidateError::Shapes(e.to_string()))?;
    let dataset = ValidationDataset::from_graphs(data, shapes.clone())
        .map_err(|e| ValidateError::Engine(e.to_string()))?;
    let report = shacl_rust::validate(&dataset, &parsed);
    Ok(Report::from_engine(&report, &shapes, triples))
}

#[cfg(test)]
mod tests;
