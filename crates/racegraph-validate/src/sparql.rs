//! SHACL-SPARQL constraints (`sh:sparql` with `sh:select`), run on Oxigraph.

use crate::report::{sh, Violation};
use crate::ValidateError;
use oxigraph::model::{GraphName, Quad, Term, Triple};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator, Variable};
use oxigraph::store::Store;
use std::collections::HashSet;

const SH: &str = "PREFIX sh: <http://www.w3.org/ns/shacl#>\n\
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n\
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

fn select(store: &Store, query: &str) -> Result<Vec<QuerySolution>, String> {
    let results = SparqlEvaluator::new()
        .parse_query(query)
        .map_err(|e| e.to_string())?
        .on_store(store)
        .execute()
        .map_err(|e| e.to_string())?;
    match results {
        QueryResults::Solutions(s) => s.collect::<Result<Vec<_>, _>>().map_err(|e| e.to_string()),
        _ => Err("not a SELECT query".into()),
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The focus nodes of `shape` in `data`: its targets (classes with their
/// subclasses, nodes, subjects and objects of a property).
fn focus_nodes(shapes: &Store, data: &Store, shape: &Term) -> Result<HashSet<Term>, String> {
    let mut out = HashSet::new();
    let targets = select(
        shapes,
        &format!(
            "{SH}SELECT ?kind ?t WHERE {{ VALUES ?kind {{ sh:targetClass sh:targetNode sh:targetSubjectsOf sh:targetObjectsOf }} {shape} ?kind ?t }}"
        ),
    )?;
    for t in targets {
        let (Some(Term::NamedNode(kind)), Some(target)) = (t.get("kind"), t.get("t")) else {
            continue;
        };
        let pattern = match kind.as_str().rsplit('#').next().unwrap_or_default() {
            "targetNode" => {
                out.insert(target.clone());
                continue;
            }
            "targetClass" => format!("?this rdf:type/rdfs:subClassOf* {target}"),
            "targetSubjectsOf" => format!("?this {target} ?any"),
            _ => format!("?any {target} ?this"),
        };
        for s in select(
            data,
            &format!("{SH}SELECT DISTINCT ?this WHERE {{ {pattern} }}"),
        )? {
            if let Some(t) = s.get("this") {
                out.insert(t.clone());
            }
        }
    }
    Ok(out)
}

/// The violations of every active SPARQL constraint of the shapes.
pub(crate) fn check(data: &[Triple], shapes: &Store) -> Result<Vec<Violation>, ValidateError> {
    let store = Store::new()?;
    store.extend(data.iter().map(|t| {
        Quad::new(
            t.subject.clone(),
            t.predicate.clone(),
            t.object.clone(),
            GraphName::DefaultGraph,
        )
    }))?;
    let err = |shape: &str, message: String| ValidateError::Sparql {
        shape: shape.to_string(),
        message: one_line(&message),
    };
    let constraints = select(
        shapes,
        &format!(
            "{SH}SELECT ?shape ?c ?select ?message WHERE {{ ?shape sh:sparql ?c . ?c sh:select ?select . \
             OPTIONAL {{ ?c sh:message ?message }} FILTER NOT EXISTS {{ ?c sh:deactivated true }} }}"
        ),
    )
    .map_err(|e| err("the shapes", e))?;
    let mut out = Vec::new();
    for c in constraints {
        let (Some(shape), Some(Term::Literal(text))) = (c.get("shape"), c.get("select")) else {
            continue;
        };
        let name = shape.to_string();
        let constraint = c.get("c").cloned();
        let message = match c.get("message") {
            Some(Term::Literal(m)) => Some(m.value().to_string()),
            _ => None,
        };
        // The prefixes the constraint declares (`sh:prefixes`).
        let mut prologue = String::new();
        if let Some(constraint) = &constraint {
            let q = format!(
                "{SH}SELECT ?p ?ns WHERE {{ {constraint} sh:prefixes/sh:declare ?d . ?d sh:prefix ?p ; sh:namespace ?ns }}"
            );
            let declared = match constraint {
                Term::BlankNode(_) => select(
                    shapes,
                    &format!(
                        "{SH}SELECT ?p ?ns WHERE {{ {shape} sh:sparql ?c . ?c sh:prefixes/sh:declare ?d . ?d sh:prefix ?p ; sh:namespace ?ns }}"
                    ),
                ),
                _ => select(shapes, &q),
            }
            .map_err(|e| err(&name, e))?;
            for d in declared {
                if let (Some(Term::Literal(p)), Some(Term::Literal(ns))) = (d.get("p"), d.get("ns"))
                {
                    prologue.push_str(&format!("PREFIX {}: <{}>\n", p.value(), ns.value()));
                }
            }
        }
        let focus = focus_nodes(shapes, &store, shape).map_err(|e| err(&name, e))?;
        let this = Variable::new_unchecked("this");
        for s in
            select(&store, &format!("{prologue}{}", text.value())).map_err(|e| err(&name, e))?
        {
            let Some(node) = s.get(&this) else { continue };
            if !focus.contains(node) {
                continue;
            }
            let path = match s.get("path") {
                Some(Term::NamedNode(p)) => Some(p.clone()),
                _ => None,
            };
            out.push(Violation {
                focus: node.clone(),
                shape: Some(shape.clone()),
                component: Term::NamedNode(sh("SPARQLConstraintComponent")),
                path,
                value: s.get("value").cloned(),
                message: message.clone(),
                severity: sh("Violation"),
            });
        }
    }
    Ok(out)
}
