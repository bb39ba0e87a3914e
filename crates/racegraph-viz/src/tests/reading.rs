//! Reading the view from the store: nodes, edges, attributes, evidence and
//! mentions, the same whether details are read at once or node by node.

use oxigraph::io::RdfFormat;

use super::*;

#[test]
fn the_view_has_entities_and_relations_but_no_evidence() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = build_view(&store, &Selection::default())?;
    assert_eq!((view.graph.node_count(), view.graph.edge_count()), (10, 8));
    assert!(view
        .graph
        .node_weights()
        .all(|n| n.kind == NodeKind::Entity));
    assert!(node(&view, "evidence/1").is_none() && node(&view, "article/a1").is_none());

    let kipchoge = node(&view, "person/kipchoge").ok_or("no Kipchoge")?;
    assert_eq!(kipchoge.label, "Eliud Kipchoge");
    assert_eq!(kipchoge.classes, ["Athlete", "Person"]);
    assert_eq!(kipchoge.alt_labels, ["Kipchoge"]);
    let attributes: Vec<(&str, &str)> = kipchoge
        .attributes
        .iter()
        .map(|a| (a.property.as_str(), a.value.as_str()))
        .collect();
    assert_eq!(attributes, [("birthYear", "1984")], "rg:name stays out");
    assert_eq!(kipchoge.mentioned_in.len(), 2);

    let race = node(&view, "race/berlin-marathon-2023-men").ok_or("no race")?;
    assert!(race
        .attributes
        .iter()
        .any(|a| a.property == "sex" && a.value == "Men"));
    assert!(node(&view, "ontology#Men").is_none());

    let nationality = view
        .graph
        .edge_weights()
        .find(|e| e.property == "nationality")
        .ok_or("no nationality edge")?;
    let texts: Vec<Option<&str>> = nationality
        .evidence
        .iter()
        .map(|e| e.text.as_deref())
        .collect();
    assert_eq!(texts, [Some("The Kenyan Eliud Kipchoge won."), None]);
    assert_eq!(
        view.articles
            .get(&nationality.evidence[0].article)
            .and_then(|a| a.source.as_deref()),
        Some("https://example.org/news/1")
    );
    let result = node(&view, "result/kipchoge-berlin-2023").ok_or("no result")?;
    let time = result
        .attributes
        .iter()
        .find(|a| a.property == "finishTime")
        .ok_or("no time")?;
    assert_eq!(time.evidence[0].text.as_deref(), Some("He won in 2:02:42."));
    Ok(())
}

/// Additions to [`FIXTURE`]: the default graph, a blank node, evidence
/// without `rg:article`, a resource typed as evidence too.
const ODDITIES: &str = r#"
@prefix rg: <https://w3id.org/racegraph/ontology#> .
@prefix person: <https://w3id.org/racegraph/resource/person/> .
@prefix country: <https://w3id.org/racegraph/resource/country/> .
@prefix article: <https://w3id.org/racegraph/resource/article/> .
@prefix evidence: <https://w3id.org/racegraph/resource/evidence/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

_:anon a rg:Person ; rdfs:label "Anonymous runner" ;
  rg:nationality country:kenya ; rg:age 33 .
_:ev rdf:subject _:anon ; rdf:predicate rg:nationality ;
  rdf:object country:kenya ; rg:article article:a1 ;
  rg:text "An anonymous Kenyan." .
person:dual a rg:Person, rg:Evidence ; rdfs:label "Dual" .
article:a2 {
  person:kipchoge rg:coach person:sang .
  person:sang a rg:Person .
  evidence:5 rdf:subject person:kipchoge ; rdf:predicate rg:coach ;
    rdf:object person:sang ; rg:text "Sang coaches him." .
}
"#;

#[test]
fn details_read_node_by_node_match_those_read_at_once() -> TestResult {
    let (_dir, store) = fixture_store()?;
    store.load_from_slice(RdfFormat::TriG, ODDITIES)?;
    let selections = [
        Selection::default(),
        Selection {
            include_articles: true,
            limit: Some(4),
            ..Selection::default()
        },
        Selection {
            focus: Some("Anonymous runner".into()),
            depth: 1,
            ..Selection::default()
        },
        Selection {
            classes: vec!["Person".into()],
            limit: Some(2),
            ..Selection::default()
        },
    ];
    for sel in selections {
        let (full, context) = view::load(&store, sel.include_articles)?;
        let selected = sel.apply(full)?;
        let mut at_once = selected.clone();
        view::add_details(&store, &mut at_once, &context, true)?;
        let mut one_by_one = selected;
        view::add_details(&store, &mut one_by_one, &context, false)?;
        assert_eq!(
            rendered(&at_once, VizFormat::Json)?,
            rendered(&one_by_one, VizFormat::Json)?,
            "{sel:?}"
        );
    }
    Ok(())
}

#[test]
fn the_default_graph_and_blank_nodes_count_too() -> TestResult {
    let (_dir, store) = fixture_store()?;
    store.load_from_slice(RdfFormat::TriG, ODDITIES)?;
    let view = build_view(&store, &Selection::default())?;
    assert!(node(&view, "person/dual").is_none(), "evidence is no node");
    let anon = view
        .graph
        .node_indices()
        .find(|&n| view.graph[n].label == "Anonymous runner")
        .ok_or("no blank node")?;
    assert!(view.graph[anon].iri.starts_with("_:"));
    let attributes: Vec<(&str, &str)> = view.graph[anon]
        .attributes
        .iter()
        .map(|a| (a.property.as_str(), a.value.as_str()))
        .collect();
    assert_eq!(attributes, [("age", "33")]);
    let nationality = view
        .graph
        .edges(anon)
        .next()
        .ok_or("no nationality edge")?
        .weight();
    assert_eq!(
        nationality.evidence,
        [Evidence {
            article: format!("{}article/a1", crate::vocab::RESOURCE),
            text: Some("An anonymous Kenyan.".into()),
        }]
    );
    let coach = view
        .graph
        .edge_weights()
        .find(|e| e.property == "coach")
        .ok_or("no coach edge")?;
    assert_eq!(
        coach.evidence,
        [Evidence {
            article: format!("{}article/a2", crate::vocab::RESOURCE),
            text: Some("Sang coaches him.".into()),
        }],
        "the article graph stands in for rg:article"
    );
    Ok(())
}

#[test]
fn articles_and_mentions_come_on_request() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = select(&store, |s| s.include_articles = true)?;
    assert_eq!((view.graph.node_count(), view.graph.edge_count()), (12, 13));
    let article = node(&view, "article/a1").ok_or("no article")?;
    assert_eq!(
        (article.kind, article.label.as_str()),
        (NodeKind::Article, "Kipchoge wins again")
    );
    Ok(())
}
