//! The fixed SPARQL queries the view is read with.
//!
//! Reading quads one by one decodes every term of every quad (a storage
//! lookup per IRI and per long literal), which is what made drawing a large
//! store slow: the evidence and the article texts outnumber the entities by
//! far. These queries let Oxigraph match and filter on its internal term
//! ids and decode only the columns asked for. Their texts are built from
//! constants only; a resource is passed by variable substitution, so
//! nothing from the store or the user is ever pasted into a query.

use std::io;

use oxigraph::model::{GraphNameRef, Term};
use oxigraph::sparql::{
    PreparedSparqlQuery, QueryEvaluationError, QueryResults, SparqlEvaluator, Variable,
};
use oxigraph::store::{StorageError, Store};

use crate::vocab::{DCTERMS, ONTOLOGY_GRAPH, RDF, RDFS, RG, SKOS};

/// The variable a resource is substituted for in per-resource queries.
const SUBJECT: &str = "s";

/// A parsed query, run once or once per resource.
pub(super) struct Query(PreparedSparqlQuery);

impl Query {
    /// Parses `body` (a query without its prologue).
    pub(super) fn new(body: &str) -> Result<Query, StorageError> {
        let text = format!(
            "PREFIX rg: <{RG}>\nPREFIX rdf: <{RDF}>\nPREFIX rdfs: <{RDFS}>\n\
             PREFIX skos: <{SKOS}>\nPREFIX dcterms: <{DCTERMS}>\n{body}"
        );
        SparqlEvaluator::new()
            .parse_query(&text)
            .map(Query)
            .map_err(|e| StorageError::Io(io::Error::other(e)))
    }

    /// Runs the query, with `?s` bound to `subject` if given, and hands
    /// each solution's values (in `SELECT` order) to `row`.
    pub(super) fn for_each(
        &self,
        store: &Store,
        subject: Option<Term>,
        mut row: impl FnMut(&[Option<Term>]),
    ) -> Result<(), StorageError> {
        let mut query = self.0.clone().on_store(store);
        if let Some(subject) = subject {
            query = query.substitute_variable(Variable::new_unchecked(SUBJECT), subject);
        }
        let QueryResults::Solutions(solutions) = query.execute().map_err(storage_error)? else {
            return Ok(());
        };
        for solution in solutions {
            row(solution.map_err(storage_error)?.values());
        }
        Ok(())
    }
}

/// Query errors as storage errors: only the store can fail a fixed query.
fn storage_error(error: QueryEvaluationError) -> StorageError {
    match error {
        QueryEvaluationError::Dataset(e) => match e.downcast::<StorageError>() {
            Ok(e) => *e,
            Err(e) => StorageError::Io(io::Error::other(e)),
        },
        other => StorageError::Io(io::Error::other(other)),
    }
}

/// Builds the query texts; the default graph is left out of the patterns
/// when it is empty (racegraph writes named graphs only), which halves the
/// work of some queries.
#[derive(Debug, Clone, Copy)]
pub(super) struct Texts {
    /// Whether the default graph holds any quad.
    pub(super) default_graph: bool,
}

/// Predicates that are never a fact about an entity (besides non-`rg:`
/// ones, which are dropped after reading).
const NOT_FACTS: &str =
    "rdf:type, rdfs:label, skos:altLabel, rg:name, rg:article, rg:text, rg:start, rg:end";

// Filters compare terms with constants only: `isIRI` and the like would
// decode every term they test.
impl Texts {
    /// Whether `store` has quads in its default graph.
    pub(super) fn for_store(store: &Store) -> Result<Texts, StorageError> {
        let default = store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .next()
            .transpose()?
            .is_some();
        Ok(Texts {
            default_graph: default,
        })
    }

    /// `pattern` in any graph but the ontology (and the default graph if it
    /// is not empty); `graph` names the variable bound to the named graph.
    fn anywhere(self, pattern: &str, graph: &str) -> String {
        let named = format!(
            "GRAPH ?{graph} {{ {pattern} }} FILTER(!sameTerm(?{graph}, <{ONTOLOGY_GRAPH}>))"
        );
        if self.default_graph {
            format!("{{ {named} }} UNION {{ {pattern} }}")
        } else {
            named
        }
    }

    /// The resources typed with a class other than `rg:Evidence` (and other
    /// than `rg:Article` unless `articles`), as a sub-query binding `?s`.
    fn typed_subjects(self, articles: bool) -> String {
        let article = if articles {
            ""
        } else {
            " && !sameTerm(?c, rg:Article)"
        };
        format!(
            "{{ SELECT DISTINCT ?s WHERE {{ {} FILTER(!sameTerm(?c, rg:Evidence){article}) }} }}",
            self.anywhere("?s a ?c", "h")
        )
    }

    /// `?s ?c`: every class of every resource, but `rg:Evidence`.
    pub(super) fn classes(self) -> String {
        format!(
            "SELECT DISTINCT ?s ?c WHERE {{ {} FILTER(!sameTerm(?c, rg:Evidence)) }}",
            self.anywhere("?s a ?c", "g")
        )
    }

    /// `?s ?l ?g`: every `rdfs:label` and its graph.
    pub(super) fn labels(self) -> String {
        format!(
            "SELECT ?s ?l ?g WHERE {{ {} }}",
            self.anywhere("?s rdfs:label ?l", "g")
        )
    }

    /// `?s ?l`: every `skos:altLabel`.
    pub(super) fn alt_labels(self) -> String {
        format!(
            "SELECT DISTINCT ?s ?l WHERE {{ {} }}",
            self.anywhere("?s skos:altLabel ?l", "g")
        )
    }

    /// `?s ?p ?o`: the title, source and date of every article.
    pub(super) fn article_info(self) -> String {
        format!(
            "SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ dcterms:title dcterms:source dcterms:issued }} {} }}",
            self.anywhere("?s ?p ?o", "g")
        )
    }

    /// `?s ?p ?o`: the statements about typed resources that may be facts
    /// (`rg:mentions` too if `articles`), and their `rdf:type rg:Evidence`
    /// if they have it. Duplicates are cheaper to drop after reading.
    pub(super) fn links(self, articles: bool) -> String {
        let mentions = if articles { "" } else { ", rg:mentions" };
        format!(
            "SELECT ?s ?p ?o WHERE {{ {} {} FILTER(?p NOT IN ({NOT_FACTS}{mentions}) \
             || (sameTerm(?p, rdf:type) && sameTerm(?o, rg:Evidence))) }}",
            self.typed_subjects(articles),
            self.anywhere("?s ?p ?o", "g"),
        )
    }

    /// `?s ?p ?o ?g`: the facts about `?s` and the graphs they are stated
    /// in; with `all`, about every typed resource.
    pub(super) fn facts(self, articles: bool, all: bool) -> String {
        let subjects = if all {
            self.typed_subjects(articles)
        } else {
            String::new()
        };
        format!(
            "SELECT ?s ?p ?o ?g WHERE {{ {subjects} {} FILTER(?p NOT IN ({NOT_FACTS}, rg:mentions)) }}",
            self.anywhere("?s ?p ?o", "g"),
        )
    }

    /// `?s ?p ?o ?g ?a ?t`: the evidence nodes about `?s` (`rdf:subject`),
    /// with the statement's predicate and object, the graph, the article
    /// and the text.
    pub(super) fn evidence(self) -> String {
        format!(
            "SELECT ?s ?p ?o ?g ?a ?t WHERE {{ {} FILTER(?p NOT IN (rg:name, rg:mentions, rg:article, rg:text, rg:start, rg:end)) }}",
            self.anywhere(
                "?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . \
                 OPTIONAL { ?e rg:article ?a } OPTIONAL { ?e rg:text ?t }",
                "g"
            ),
        )
    }

    /// `?s ?a`: the resources `?a` that mention `?s`.
    pub(super) fn mentions(self) -> String {
        format!(
            "SELECT ?s ?a WHERE {{ {} }}",
            self.anywhere("?a rg:mentions ?s", "g")
        )
    }
}
