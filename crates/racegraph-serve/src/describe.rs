//! The SPARQL service description, answered to a GET on `/sparql` without
//! a query: built as triples and written by Oxigraph's serialisers.

use crate::negotiate::{self, GRAPHS};
use crate::state::AppState;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{BlankNode, Literal, NamedNode, Term, Triple};
use racegraph_rdf::vocab;

const SD: &str = "http://www.w3.org/ns/sparql-service-description#";
const FORMATS: &str = "http://www.w3.org/ns/formats/";

fn sd(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SD}{local}"))
}

fn formats(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{FORMATS}{local}"))
}

/// The triples of the description.
pub fn triples(state: &AppState, host: Option<&str>) -> Vec<Triple> {
    let service = BlankNode::default();
    let dataset = BlankNode::default();
    let default_graph = BlankNode::default();
    let host = host
        .filter(|h| !h.contains(['<', '>', '"', ' ', '{', '}', '|', '\\', '^', '`']))
        .map(str::to_string)
        .unwrap_or_else(|| state.opts.bind.to_string());
    let endpoint = NamedNode::new_unchecked(format!("http://{host}/sparql"));
    let a = vocab::RDF_TYPE.into_owned();
    let mut t = vec![
        Triple::new(service.clone(), a.clone(), sd("Service")),
        Triple::new(service.clone(), sd("endpoint"), endpoint),
        Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Query"),
        ),
        Triple::new(service.clone(), sd("feature"), sd("UnionDefaultGraph")),
        Triple::new(service.clone(), sd("defaultDataset"), dataset.clone()),
        Triple::new(dataset.clone(), a.clone(), sd("Dataset")),
        Triple::new(dataset, sd("defaultGraph"), default_graph.clone()),
        Triple::new(default_graph.clone(), a, sd("Graph")),
        Triple::new(
            default_graph,
            vocab::RDFS_LABEL.into_owned(),
            Term::from(Literal::new_simple_literal(
                "the union of the article graphs, the entities graph and the ontology",
            )),
        ),
    ];
    if state.writable() {
        t.push(Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Update"),
        ));
    }
    for f in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "N-Quads",
        "TriG",
        "RDF_XML",
        "JSON-LD",
    ] {
        t.push(Triple::new(service.clone(), sd("resultFormat"), formats(f)));
    }
    t
}

/// The description in the negotiated RDF syntax (Turtle by default).
pub fn service_description(state: &AppState, host: Option<&str>, accept: Option<&str>) -> Response {
    let format =
        negotiate::choose(accept, GRAPHS).unwrap_or(racegraph_store::output::GraphFormat::Turtle);
    let mut w = RdfSerializer::from_format(format.rdf_format())
        .with_prefix("sd", SD)
        .and_then(|s| s.with_prefix("rdfs", vocab::RDFS))
        .unwrap_or_else(|_| RdfSerializer::from_format(format.rdf_format()))
        .for_writer(Vec::new());
    for t in triples(state, host) {
        if let Err(e) = w.serialize_triple(&t) {
            return crate::error::ApiError::internal(e).into_response();
        }
    }
    match w.finish() {
        Ok(body) => (
            StatusCode::OK,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static(negotiate::graph_media_type(format)),
            )],
            body,
        )
            .into_response(),
        Err(e) => crate::error::ApiError::internal(e).into_response(),
    }
}
