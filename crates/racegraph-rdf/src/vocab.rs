//! The vocabulary contract (SPEC section 4): namespaces and term IRIs.
//!
//! Every IRI the crate writes is built here, so a renamed term is a
//! one-line change and a typo is a compile error.

use oxrdf::{NamedNode, NamedNodeRef};

/// The ontology namespace, `rg:`.
pub const RG: &str = "https://w3id.org/racegraph/ontology#";
/// Where resources (entities, articles, evidence) live.
pub const RESOURCE: &str = "https://w3id.org/racegraph/resource/";
/// The graph that holds the ontology (TBox).
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/racegraph/ontology";
/// The graph that holds the resolved names (one `rdfs:label` per entity).
pub const ENTITIES_GRAPH: &str = "https://w3id.org/racegraph/entities";

pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";

/// The SPARQL prologue every built-in query starts with.
pub const PREFIXES: &str = "PREFIX rg: <https://w3id.org/racegraph/ontology#>\n\
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n\
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n\
PREFIX dcterms: <http://purl.org/dc/terms/>\n\
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

/// The prefixes every query may use without declaring them.
pub const PREFIX_MAP: &[(&str, &str)] = &[
    ("rg", RG),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("skos", SKOS),
    ("dcterms", DCTERMS),
    ("xsd", XSD),
    ("owl", OWL),
    // The table output abbreviates resources with `res:`; queries accept it.
    ("res", RESOURCE),
];

/// A term of the `rg:` namespace.
pub fn rg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{RG}{local}"))
}

/// A resource IRI under [`RESOURCE`]; `path` must already be IRI-safe
/// (see [`crate::resolve::slug`]).
pub fn resource(path: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{RESOURCE}{path}"))
}

/// The local name of an IRI in the `rg:` namespace, if it is one.
pub fn rg_local(iri: &str) -> Option<&str> {
    iri.strip_prefix(RG)
}

pub const RDF_TYPE: NamedNodeRef<'static> = oxrdf::vocab::rdf::TYPE;
pub const RDFS_LABEL: NamedNodeRef<'static> = oxrdf::vocab::rdfs::LABEL;

pub fn skos(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SKOS}{local}"))
}

pub fn dcterms(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DCTERMS}{local}"))
}

pub fn rdf(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{RDF}{local}"))
}

pub fn rdfs(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{RDFS}{local}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_built_in_their_namespace() {
        assert_eq!(
            rg("RaceResult").as_str(),
            "https://w3id.org/racegraph/ontology#RaceResult"
        );
        assert_eq!(rg_local(rg("year").as_str()), Some("year"));
        assert_eq!(rg_local("http://example.org/x"), None);
        assert!(resource("person/x").as_str().starts_with(RESOURCE));
    }
}
