//! Set semantics for the default graph.
//!
//! The default graph of a query is the union of the article graphs. Oxigraph
//! reads that union as a multiset: a triple five articles state matches five
//! times. An RDF merge, and Jena's union graph, is a set. A basic graph
//! pattern over a set has exactly one solution per distinct binding of its
//! variables (blank nodes included), so each pattern matched against the
//! default graph is wrapped in `DISTINCT` over its own variables. Blank
//! nodes of the patterns count as variables there, so they become
//! variables (of a reserved name, never selected by `SELECT *`, which the
//! parser has already expanded), the same in every pattern that shares one.
//! Patterns inside `GRAPH` are left alone: `GRAPH ?g` still tells every
//! article that states a triple.

use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::{PreparedSparqlQuery, SparqlEvaluator};
use spargebra::algebra::{GraphPattern, PropertyPathExpression};
use spargebra::term::{TermPattern, TriplePattern, Variable};
use spargebra::Query;

/// The dataset a request names apart from its query (the SPARQL Protocol's
/// `default-graph-uri` and `named-graph-uri`); it replaces the query's own
/// `FROM` and `FROM NAMED`.
#[derive(Debug, Clone, Default)]
pub struct RequestDataset {
    /// The default graph is the merge of these; none named: the union of
    /// every graph, as without a dataset.
    pub default: Vec<NamedNode>,
    /// The graphs `GRAPH` sees; none named: every graph.
    pub named: Vec<NamedNode>,
}

/// A parsed query made ready as racegraph runs every query, from the
/// command line or the server: without a dataset the default graph is the
/// union of the graphs; whenever the default graph merges more than one
/// graph (that union, or several `FROM` or `default-graph-uri` graphs) it is
/// read as a set ([`as_set`]). `request`, when given, replaces the query's
/// own dataset.
pub fn prepare(
    evaluator: SparqlEvaluator,
    query: Query,
    request: Option<&RequestDataset>,
) -> PreparedSparqlQuery {
    // How many graphs the default graph merges; None: every graph.
    let merged = match request {
        Some(r) if r.default.is_empty() => None,
        Some(r) => Some(r.default.len()),
        None => dataset(&query).map(|d| d.default.len()),
    };
    let query = if merged.is_none_or(|n| n > 1) {
        as_set(query)
    } else {
        query
    };
    let mut prepared = evaluator.for_query(query);
    let d = prepared.dataset_mut();
    match request {
        Some(r) => {
            *d = Default::default();
            if r.default.is_empty() {
                d.set_default_graph_as_union();
            } else {
                d.set_default_graph(r.default.iter().cloned().map(GraphName::from).collect());
            }
            if !r.named.is_empty() {
                d.set_available_named_graphs(
                    r.named
                        .iter()
                        .cloned()
                        .map(NamedOrBlankNode::from)
                        .collect(),
                );
            }
        }
        None if merged.is_none() => d.set_default_graph_as_union(),
        None => {}
    }
    prepared
}

fn dataset(query: &Query) -> Option<&spargebra::algebra::QueryDataset> {
    match query {
        Query::Select { dataset, .. }
        | Query::Construct { dataset, .. }
        | Query::Describe { dataset, .. }
        | Query::Ask { dataset, .. } => dataset.as_ref(),
    }
}

/// The query with its default-graph patterns read as a set.
pub fn as_set(query: Query) -> Query {
    match query {
        Query::Select {
            dataset,
            pattern,
            base_iri,
        } => Query::Select {
            dataset,
            pattern: rewrite(pattern),
            base_iri,
        },
        Query::Construct {
            template,
            dataset,
            pattern,
            base_iri,
        } => Query::Construct {
            template,
            dataset,
            pattern: rewrite(pattern),
            base_iri,
        },
        Query::Describe {
            dataset,
            pattern,
            base_iri,
        } => Query::Describe {
            dataset,
            pattern: rewrite(pattern),
            base_iri,
        },
        Query::Ask {
            dataset,
            pattern,
            base_iri,
        } => Query::Ask {
            dataset,
            pattern: rewrite(pattern),
            base_iri,
        },
    }
}

/// Rewrites a boxed child of the algebra.
#[allow(clippy::boxed_local)] // the algebra's children are boxed
fn boxed(p: Box<GraphPattern>) -> Box<GraphPattern> {
    Box::new(rewrite(*p))
}

fn rewrite(pattern: GraphPattern) -> GraphPattern {
    use GraphPattern as G;
    match pattern {
        G::Bgp { patterns } if !patterns.is_empty() => distinct_bgp(patterns),
        G::Path {
            subject,
            path,
            object,
        } => {
            let p = G::Path {
                subject: var_for_blank(subject),
                object: var_for_blank(object),
                path: path.clone(),
            };
            if single_step(&path) {
                distinct(p)
            } else {
                p
            }
        }
        G::Join { left, right } => G::Join {
            left: boxed(left),
            right: boxed(right),
        },
        G::LeftJoin {
            left,
            right,
            expression,
        } => G::LeftJoin {
            left: boxed(left),
            right: boxed(right),
            expression,
        },
        G::Lateral { left, right } => G::Lateral {
            left: boxed(left),
            right: boxed(right),
        },
        G::Filter { expr, inner } => G::Filter {
            expr,
            inner: boxed(inner),
        },
        G::Union { left, right } => G::Union {
            left: boxed(left),
            right: boxed(right),
        },
        G::Extend {
            inner,
            variable,
            expression,
        } => G::Extend {
            inner: boxed(inner),
            variable,
            expression,
        },
        G::Minus { left, right } => G::Minus {
            left: boxed(left),
            right: boxed(right),
        },
        G::OrderBy { inner, expression } => G::OrderBy {
            inner: boxed(inner),
            expression,
        },
        G::Project { inner, variables } => G::Project {
            inner: boxed(inner),
            variables,
        },
        G::Distinct { inner } => G::Distinct {
            inner: boxed(inner),
        },
        G::Reduced { inner } => G::Reduced {
            inner: boxed(inner),
        },
        G::Slice {
            inner,
            start,
            length,
        } => G::Slice {
            inner: boxed(inner),
            start,
            length,
        },
        G::Group {
            inner,
            variables,
            aggregates,
        } => G::Group {
            inner: boxed(inner),
            variables,
            aggregates,
        },
        // Named graphs keep every statement; a remote service is its own
        // business; an empty pattern or inline values read no data.
        other @ (G::Graph { .. } | G::Service { .. } | G::Values { .. } | G::Bgp { .. }) => other,
    }
}

/// A path that matches one triple per solution: a predicate or its inverse.
/// (Longer paths are left as the engine evaluates them.)
fn single_step(path: &PropertyPathExpression) -> bool {
    match path {
        PropertyPathExpression::NamedNode(_) => true,
        PropertyPathExpression::Reverse(p) => single_step(p),
        _ => false,
    }
}

fn distinct(inner: GraphPattern) -> GraphPattern {
    GraphPattern::Distinct {
        inner: Box::new(inner),
    }
}

/// A blank node of a pattern as a variable of a reserved name.
fn var_for_blank(t: TermPattern) -> TermPattern {
    match t {
        TermPattern::BlankNode(b) => {
            TermPattern::Variable(Variable::new_unchecked(format!("_set_{}", b.as_str())))
        }
        other => other,
    }
}

/// `DISTINCT` over a BGP, its blank nodes turned into variables: over each
/// group of patterns linked by shared variables, joined. (The join of sets
/// of solutions over disjoint variables is itself a set, so this is the
/// same as one `DISTINCT` over the whole BGP; but a cross product of
/// unrelated patterns is never held in one hash set, whose growth would
/// stall cancellation for seconds and take gigabytes.)
fn distinct_bgp(patterns: Vec<TriplePattern>) -> GraphPattern {
    let mut groups: Vec<(Vec<TriplePattern>, Vec<Variable>)> = Vec::new();
    for p in patterns {
        let p = TriplePattern {
            subject: var_for_blank(p.subject),
            predicate: p.predicate,
            object: var_for_blank(p.object),
        };
        let vars = variables(&p);
        let (linked, apart): (Vec<_>, Vec<_>) = groups
            .into_iter()
            .partition(|(_, gv)| gv.iter().any(|v| vars.contains(v)));
        groups = apart;
        let mut merged = (Vec::new(), Vec::new());
        for (ps, vs) in linked {
            merged.0.extend(ps);
            merged.1.extend(vs);
        }
        merged.0.push(p);
        merged.1.extend(vars);
        groups.push(merged);
    }
    groups
        .into_iter()
        .map(|(patterns, _)| distinct(GraphPattern::Bgp { patterns }))
        .reduce(|left, right| GraphPattern::Join {
            left: Box::new(left),
            right: Box::new(right),
        })
        .unwrap_or(GraphPattern::Bgp {
            patterns: Vec::new(),
        })
}

/// The variables of a triple pattern.
fn variables(p: &TriplePattern) -> Vec<Variable> {
    let mut out = Vec::new();
    if let TermPattern::Variable(v) = &p.subject {
        out.push(v.clone());
    }
    if let spargebra::term::NamedNodePattern::Variable(v) = &p.predicate {
        out.push(v.clone());
    }
    if let TermPattern::Variable(v) = &p.object {
        out.push(v.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, NamedNode, Quad};
    use oxigraph::sparql::{QueryResults, SparqlEvaluator};
    use oxigraph::store::Store;

    fn ex(s: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("http://example.com/{s}"))
    }

    /// Two graphs state `a p b` and `a q c`; one states `a p d`.
    fn store() -> Store {
        let store = Store::new().unwrap();
        for g in ["g1", "g2"] {
            for (p, o) in [("p", "b"), ("q", "c")] {
                store
                    .insert(&Quad::new(ex("a"), ex(p), ex(o), GraphName::from(ex(g))))
                    .unwrap();
            }
        }
        store
            .insert(&Quad::new(
                ex("a"),
                ex("p"),
                ex("d"),
                GraphName::from(ex("g1")),
            ))
            .unwrap();
        store
    }

    fn variables(store: &Store, q: &str) -> Vec<String> {
        let parsed = spargebra::SparqlParser::new()
            .with_prefix("ex", "http://example.com/")
            .unwrap()
            .parse_query(q)
            .unwrap();
        let mut prepared = SparqlEvaluator::new().for_query(as_set(parsed));
        prepared.dataset_mut().set_default_graph_as_union();
        let QueryResults::Solutions(s) = prepared.on_store(store).execute().unwrap() else {
            panic!("not a SELECT")
        };
        s.variables()
            .iter()
            .map(|v| v.as_str().to_string())
            .collect()
    }

    #[test]
    fn select_star_shows_no_hidden_variable() {
        let s = store();
        let mut v = variables(&s, "SELECT * { ?s ex:p [] ; ex:q/ex:q* ?o }");
        v.sort();
        assert_eq!(v, ["o", "s"]);
    }

    fn count(store: &Store, q: &str) -> usize {
        let parsed = spargebra::SparqlParser::new()
            .with_prefix("ex", "http://example.com/")
            .unwrap()
            .parse_query(q)
            .unwrap();
        let mut prepared = SparqlEvaluator::new().for_query(as_set(parsed));
        prepared.dataset_mut().set_default_graph_as_union();
        let QueryResults::Solutions(s) = prepared.on_store(store).execute().unwrap() else {
            panic!("not a SELECT")
        };
        s.count()
    }

    #[test]
    fn each_triple_once_in_the_default_graph() {
        let s = store();
        assert_eq!(count(&s, "SELECT * { ?s ?p ?o }"), 3);
        assert_eq!(count(&s, "SELECT ?o { ex:a ex:p ?o . ex:a ex:q ?c }"), 2);
        // Blank nodes are variables of the pattern: two objects, two solutions.
        assert_eq!(count(&s, "SELECT ?s { ?s ex:p [] }"), 2);
        assert_eq!(count(&s, "SELECT ?s { ?s ^ex:q ?x }"), 1);
        // A path's hidden node joins the rest of the pattern.
        assert_eq!(count(&s, "SELECT ?s { ?s ex:p/ex:q* ex:b ; ex:q ex:c }"), 1);
        assert_eq!(count(&s, "SELECT * { ?s ex:p [] }"), 2);
        // Unrelated patterns: each read as a set, then their product.
        assert_eq!(count(&s, "SELECT * { ?s ex:p ?o . ?x ex:q ?y }"), 2);
        assert_eq!(count(&s, "SELECT * { ex:a ex:q ex:c . ?x ex:p ?y }"), 2);
        assert_eq!(
            count(&s, "SELECT ?o { ex:a ex:p ?o OPTIONAL { ?o ex:q ?z } }"),
            2
        );
        assert_eq!(
            count(&s, "SELECT ?o { { ex:a ex:p ?o } UNION { ex:a ex:q ?o } }"),
            3
        );
    }

    #[test]
    fn graph_patterns_still_tell_every_graph() {
        let s = store();
        assert_eq!(count(&s, "SELECT * { GRAPH ?g { ex:a ex:p ex:b } }"), 2);
        assert_eq!(count(&s, "SELECT * { GRAPH ?g { ?s ?p ?o } }"), 5);
    }
}
