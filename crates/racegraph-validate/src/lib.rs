//! `racegraph validate`: the store checked against the SHACL shapes of the
//! vocabulary contract (`ontology/shapes.ttl`).
//!
//! The data graph is the union of the store's graphs read as a set (or one
//! graph with the ontology and the entities' labels). Core constraints are
//! checked by the SHACL engine of the rudof project (`shacl_validation`);
//! it does not evaluate SHACL-SPARQL constraints (`sh:sparql`), so those
//! run here on Oxigraph, with the semantics of SHACL 1.0 section 5: each
//! solution whose `$this` is a focus node of the shape is a violation,
//! `?value` its value. Both give one W3C validation report ([`Report`]).

mod report;
mod sparql;

pub use report::{Report, Violation};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphNameRef, NamedNode, Quad, Triple};
use oxigraph::store::{StorageError, Store};
use racegraph_rdf::vocab;
use rudof_rdf::rdf_core::RDFFormat;
use rudof_rdf::rdf_impl::{InMemoryGraph, ReaderMode};
use shacl_ir::compiled::schema_ir::SchemaIR;
use shacl_validation::shacl_processor::{GraphValidation, ShaclProcessor, ShaclValidationMode};
use std::collections::HashSet;

/// The shapes, compiled in (`ontology/shapes.ttl`).
pub const SHAPES_TTL: &str = include_str!("../../../ontology/shapes.ttl");

/// The namespace of the shapes.
pub const SHAPES: &str = "https://w3id.org/racegraph/shapes#";

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
    #[error("SPARQL constraint of {shape}: {message}")]
    Sparql { shape: String, message: String },
    #[error("writing the report: {0}")]
    Io(#[from] std::io::Error),
}

/// The triples to validate: with `graph`, that graph, the ontology and the
/// entities' labels; else every graph. Each triple once.
pub fn data_triples(store: &Store, graph: Option<&str>) -> Result<Vec<Triple>, ValidateError> {
    let mut seen: HashSet<Triple> = HashSet::new();
    let mut out = Vec::new();
    let mut add = |q: Quad| {
        let t = Triple::new(q.subject, q.predicate, q.object);
        if seen.insert(t.clone()) {
            out.push(t);
        }
    };
    match graph {
        None => {
            for q in store.iter() {
                add(q?);
            }
        }
        Some(g) => {
            let g = NamedNode::new(g).map_err(|_| ValidateError::NotAnIri(g.to_string()))?;
            if !store.contains_named_graph(&g)? {
                return Err(ValidateError::NoSuchGraph(g.as_str().to_string()));
            }
            for name in [
                g,
                NamedNode::new_unchecked(vocab::ONTOLOGY_GRAPH),
                NamedNode::new_unchecked(vocab::ENTITIES_GRAPH),
            ] {
                for q in store.quads_for_pattern(
                    None,
                    None,
                    None,
                    Some(GraphNameRef::NamedNode(name.as_ref())),
                ) {
                    add(q?);
                }
            }
        }
    }
    Ok(out)
}

/// Validates the store (or one graph of it) against the shapes.
pub fn validate(store: &Store, graph: Option<&str>) -> Result<Report, ValidateError> {
    validate_triples(&data_triples(store, graph)?)
}

/// Validates a data graph against the shapes.
pub fn validate_triples(data: &[Triple]) -> Result<Report, ValidateError> {
    let shapes = SchemaIR::from_str(SHAPES_TTL, &RDFFormat::Turtle, None, &ReaderMode::default())
        .map_err(|e| ValidateError::Shapes(e.to_string()))?;
    let mut graph = InMemoryGraph::new();
    for t in data {
        graph
            .add_triple_ref(&t.subject, &t.predicate, &t.object)
            .map_err(|e| ValidateError::Engine(e.to_string()))?;
    }
    let graph = shacl_validation::store::Graph::from_graph(graph)
        .map_err(|e| ValidateError::Engine(e.to_string()))?;
    let core = GraphValidation::from_graph(graph, ShaclValidationMode::Native)
        .validate(&shapes)
        .map_err(|e| ValidateError::Engine(e.to_string()))?;
    let mut violations: Vec<Violation> = core.results().iter().map(Violation::from).collect();
    violations.extend(sparql::check(data, &shapes_store()?)?);
    Ok(Report::new(violations))
}

/// The shapes graph in an Oxigraph store (for the SPARQL constraints and
/// for naming the shape a blank property shape belongs to).
fn shapes_store() -> Result<Store, ValidateError> {
    let store = Store::new()?;
    let quads = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(SHAPES_TTL.as_bytes())
        .collect::<Result<Vec<Quad>, _>>()
        .map_err(|e| ValidateError::Shapes(e.to_string()))?;
    store.extend(quads)?;
    Ok(store)
}

#[cfg(test)]
mod tests;
