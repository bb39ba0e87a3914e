//! Set semantics for the default graph.
//!
//! The default graph of a query is the union of the article graphs. Oxigraph
//! reads that union as a multiset: a triple five articles state matches five
//! times. An RDF merge, and Jena's union graph, is a set. Each triple
//! pattern matched against the default graph is made `DISTINCT` over its own
//! variables before it is joined with the others, which is exactly a match
//! against the set (and keeps duplicates from multiplying through joins). Blank
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
/// `FROM` and `FROM NAMED`, and is exactly what it names, as a query's
/// `FROM` and `FROM NAMED` are (SPARQL 1.1 Query 13.2; Oxigraph and Jena
/// read the protocol's parameters so): `named-graph-uri` alone leaves the
/// default graph empty, `default-graph-uri` alone leaves `GRAPH` nothing to
/// see. A request that names no graph at all has no dataset of its own.
#[derive(Debug, Clone, Default)]
pub struct RequestDataset {
    /// The default graph is the merge of these (read as a set when there
    /// are several).
    pub default: Vec<NamedNode>,
    /// The graphs `GRAPH` sees.
    pub named: Vec<NamedNode>,
}

impl RequestDataset {
    /// Whether the request names no graph (and so keeps the query's
    /// dataset, or the union of the graphs).
    pub fn is_empty(&self) -> bool {
        self.default.is_empty() && self.named.is_empty()
    }
}

/// A parsed query made ready as racegraph runs every query, from the
/// command line or the server: without a dataset the default graph is the
/// union of the graphs; whenever the default graph merges more than one
/// graph (that union, or several `FROM` or `default-graph-uri` graphs) it is
/// read as a set ([`as_set`]). `request`, when it names graphs, replaces
/// the query's own dataset.
pub fn prepare(
    evaluator: SparqlEvaluator,
    query: Query,
    request: Option<&RequestDataset>,
) -> PreparedSparqlQuery {
    Plan::new(query, request).prepare(evaluator, request)
}

/// A query rewritten for the dataset it will read ([`prepare`]'s first
/// half): what depends only on the query's text and the request's graphs,
/// so a server can keep it and run it again without parsing or rewriting.
#[derive(Debug, Clone)]
pub struct Plan {
    query: Query,
    /// The default graph is the union of every graph (no dataset named).
    union_default: bool,
}

impl Plan {
    /// Rewrites `query` for `request`'s dataset, or its own, or the union.
    pub fn new(query: Query, request: Option<&RequestDataset>) -> Self {
        let request = request.filter(|r| !r.is_empty());
        // How many graphs the default graph merges; None: every graph.
        let merged = match request {
            Some(r) => Some(r.default.len()),
            None => dataset(&query).map(|d| d.default.len()),
        };
        let query = if merged.is_none_or(|n| n > 1) {
            as_set(query)
        } else {
            query
        };
        Self {
            query,
            union_default: merged.is_none(),
        }
    }

    /// The query made ready on `evaluator`, for the same `request` the
    /// plan was made for.
    pub fn prepare(
        self,
        evaluator: SparqlEvaluator,
        request: Option<&RequestDataset>,
    ) -> PreparedSparqlQuery {
        let request = request.filter(|r| !r.is_empty());
        let mut prepared = evaluator.for_query(self.query);
        let d = prepared.dataset_mut();
        match request {
            Some(r) => {
                *d = Default::default();
                d.set_default_graph(r.default.iter().cloned().map(GraphName::from).collect());
                d.set_available_named_graphs(
                    r.named
                        .iter()
                        .cloned()
                        .map(NamedOrBlankNode::from)
                        .collect(),
                );
            }
            None if self.union_default => d.set_default_graph_as_union(),
            None => {}
        }
        prepared
    }
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
    // Only whether an answer exists counts for ASK. CONSTRUCT and DESCRIBE
    // keep the rewrite: their triples are read by code that does not
    // deduplicate.
    match query {
        Query::Select {
            dataset,
            pattern,
            base_iri,
        } => Query::Select {
            dataset,
            pattern: rewrite(pattern, Counts::Yes),
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
            pattern: rewrite(pattern, Counts::Yes),
            base_iri,
        },
        Query::Describe {
            dataset,
            pattern,
            base_iri,
        } => Query::Describe {
            dataset,
            pattern: rewrite(pattern, Counts::Yes),
            base_iri,
        },
        Query::Ask {
            dataset,
            pattern,
            base_iri,
        } => Query::Ask {
            dataset,
            pattern: rewrite(pattern, Counts::No),
            base_iri,
        },
    }
}

/// Whether how many times a solution comes can change the answer where a
/// pattern stands. Under `DISTINCT`, `REDUCED`, `MINUS`'s right side, or a
/// group whose aggregates all ignore repeats (`COUNT(DISTINCT …)`, `MIN`,
/// `MAX`, `SAMPLE`, …), it cannot: patterns there are left as they are,
/// and the engine does no deduplication it does not need.
#[derive(Clone, Copy, PartialEq)]
enum Counts {
    Yes,
    No,
}

/// Rewrites a boxed child in place.
#[allow(clippy::boxed_local)] // the algebra's children are boxed
fn boxed(mut p: Box<GraphPattern>, counts: Counts) -> Box<GraphPattern> {
    let inner = std::mem::replace(
        &mut *p,
        GraphPattern::Bgp {
            patterns: Vec::new(),
        },
    );
    *p = rewrite(inner, counts);
    p
}

/// Whether an aggregate's value is the same with repeated solutions or
/// without.
fn ignores_repeats(a: &spargebra::algebra::AggregateExpression) -> bool {
    use spargebra::algebra::{AggregateExpression as A, AggregateFunction as F};
    match a {
        A::CountSolutions { distinct } => *distinct,
        A::FunctionCall { name, distinct, .. } => {
            *distinct || matches!(name, F::Min | F::Max | F::Sample)
        }
    }
}

fn rewrite(pattern: GraphPattern, counts: Counts) -> GraphPattern {
    use GraphPattern as G;
    match pattern {
        G::Bgp { patterns } if !patterns.is_empty() && counts == Counts::Yes => {
            distinct_bgp(patterns)
        }
        G::Path {
            subject,
            path,
            object,
        } if counts == Counts::Yes => {
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
            left: boxed(left, counts),
            right: boxed(right, counts),
        },
        G::LeftJoin {
            left,
            right,
            expression,
        } => G::LeftJoin {
            left: boxed(left, counts),
            right: boxed(right, counts),
            expression,
        },
        G::Lateral { left, right } => G::Lateral {
            left: boxed(left, counts),
            right: boxed(right, counts),
        },
        G::Filter { expr, inner } => G::Filter {
            expr,
            inner: boxed(inner, counts),
        },
        G::Union { left, right } => G::Union {
            left: boxed(left, counts),
            right: boxed(right, counts),
        },
        // A bound expression may differ between repeats (RAND(), BNODE(),
        // UUID()), and so make them distinct solutions: read as a set.
        G::Extend {
            inner,
            variable,
            expression,
        } => G::Extend {
            inner: boxed(inner, Counts::Yes),
            variable,
            expression,
        },
        // MINUS asks only whether a compatible solution exists on its right.
        G::Minus { left, right } => G::Minus {
            left: boxed(left, counts),
            right: boxed(right, Counts::No),
        },
        G::OrderBy { inner, expression } => G::OrderBy {
            inner: boxed(inner, counts),
            expression,
        },
        G::Project { inner, variables } => G::Project {
            inner: boxed(inner, counts),
            variables,
        },
        G::Distinct { inner } => G::Distinct {
            inner: boxed(inner, Counts::No),
        },
        G::Reduced { inner } => G::Reduced {
            inner: boxed(inner, Counts::No),
        },
        // LIMIT and OFFSET count solutions, repeats included.
        G::Slice {
            inner,
            start,
            length,
        } => G::Slice {
            inner: boxed(inner, Counts::Yes),
            start,
            length,
        },
        G::Group {
            inner,
            variables,
            aggregates,
        } => {
            let counts = if aggregates.iter().all(|(_, a)| ignores_repeats(a)) {
                Counts::No
            } else {
                Counts::Yes
            };
            G::Group {
                inner: boxed(inner, counts),
                variables,
                aggregates,
            }
        }
        // Named graphs keep every statement; a remote service is its own
        // business; an empty pattern or inline values read no data; where
        // repeats do not count a pattern stays as it is.
        other @ (G::Graph { .. }
        | G::Service { .. }
        | G::Values { .. }
        | G::Bgp { .. }
        | G::Path { .. }) => other,
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

/// Each triple pattern of a BGP `DISTINCT` over its variables, joined:
/// duplicates are dropped before the join, so they cannot multiply (a
/// `DISTINCT` over the whole BGP would come only after the join had
/// multiplied them). Blank nodes become variables.
fn distinct_bgp(patterns: Vec<TriplePattern>) -> GraphPattern {
    let mut joined: Option<GraphPattern> = None;
    for p in patterns {
        let one = distinct(GraphPattern::Bgp {
            patterns: vec![TriplePattern {
                subject: var_for_blank(p.subject),
                predicate: p.predicate,
                object: var_for_blank(p.object),
            }],
        });
        joined = Some(match joined {
            None => one,
            Some(left) => GraphPattern::Join {
                left: Box::new(left),
                right: Box::new(one),
            },
        });
    }
    joined.unwrap_or(GraphPattern::Bgp {
        patterns: Vec::new(),
    })
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

    /// Duplicates go before the join: a BGP of three patterns becomes three
    /// DISTINCTs joined (one DISTINCT on top would come after duplicates
    /// stated by n articles had multiplied to n³ rows).
    #[test]
    fn each_triple_pattern_is_a_set_before_the_join() {
        let q = spargebra::SparqlParser::new()
            .parse_query(
                "SELECT * { ?a <http://e/p> ?b . ?b <http://e/q> ?c . ?c <http://e/r> ?d }",
            )
            .unwrap();
        let Query::Select { pattern, .. } = as_set(q) else {
            panic!()
        };
        let text = pattern.to_string();
        assert_eq!(text.matches("DISTINCT").count(), 3, "{text}");
    }

    #[test]
    fn patterns_where_repeats_do_not_count_are_left_alone() {
        let s = store();
        // a p b and a q c are stated twice: each counts once however the
        // query reads them.
        assert_eq!(count(&s, "SELECT DISTINCT ?s ?o { ?s ex:p ?o }"), 2);
        let one = |q: &str| -> String {
            let parsed = spargebra::SparqlParser::new()
                .with_prefix("ex", "http://example.com/")
                .unwrap()
                .parse_query(q)
                .unwrap();
            let mut prepared = SparqlEvaluator::new().for_query(as_set(parsed));
            prepared.dataset_mut().set_default_graph_as_union();
            let QueryResults::Solutions(mut r) = prepared.on_store(&s).execute().unwrap() else {
                panic!("not a SELECT")
            };
            let row = r.next().unwrap().unwrap();
            row.get("n").unwrap().to_string()
        };
        let n = |v: u32| format!("\"{v}\"^^<http://www.w3.org/2001/XMLSchema#integer>");
        assert_eq!(one("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"), n(3));
        assert_eq!(one("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), n(3));
        assert_eq!(one("SELECT (SUM(1) AS ?n) { ?s ?p ?o }"), n(3));
        assert_eq!(
            one("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s { ?s ?p ?o } }"),
            n(1)
        );
        // LIMIT under DISTINCT counts repeats: still read as a set.
        assert_eq!(
            one(
                "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?o { SELECT ?o { ?s ?p ?o } LIMIT 2 } }"
            ),
            n(2)
        );
        // A BIND below a group: one RAND() per triple, not per statement.
        assert_eq!(
            one("SELECT (COUNT(DISTINCT ?r) AS ?n) { ?s ?p ?o BIND(RAND() AS ?r) }"),
            n(3)
        );
        assert_eq!(
            one("SELECT (COUNT(*) AS ?n) { ?s ?p ?o MINUS { ?s ex:q ?o } }"),
            n(2)
        );
    }

    #[test]
    fn graph_patterns_still_tell_every_graph() {
        let s = store();
        assert_eq!(count(&s, "SELECT * { GRAPH ?g { ex:a ex:p ex:b } }"), 2);
        assert_eq!(count(&s, "SELECT * { GRAPH ?g { ?s ?p ?o } }"), 5);
    }
}
