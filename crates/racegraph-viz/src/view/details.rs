//! The second step of reading the view: what the nodes need only once they
//! are kept (their attributes, the evidence of their facts, the articles
//! that mention them), read for the selected nodes alone, in one pass over
//! the store or node by node.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::{NamedOrBlankNode, Term};
use oxigraph::store::{StorageError, Store};

use super::{
    node_id, node_of, resource, resource_of, Attribute, Context, Evidence, GraphView,
    INTERNAL_PROPERTIES, MENTIONS, VALUE_PROPERTIES,
};
use crate::query::Query;
use crate::vocab::rg_local;

/// One `rg:` fact about a kept node, as read from the store.
struct Fact {
    /// The object.
    object: Term,
    /// The articles whose graphs state it.
    graphs: BTreeSet<String>,
}

/// The facts, evidence and mentions of one kept node.
#[derive(Default)]
struct Details {
    /// Facts by property and object (`Term`'s N-Triples form), so in the
    /// order attributes are listed.
    facts: BTreeMap<(String, String), Fact>,
    /// Evidence nodes by the fact they support.
    evidence: HashMap<(String, String), BTreeSet<Evidence>>,
    /// Articles that mention the node.
    mentioned_in: BTreeSet<String>,
}

impl Details {
    /// Where the fact was read: its evidence nodes, and the articles that
    /// state it without one.
    fn evidence_of(&mut self, key: &(String, String)) -> Vec<Evidence> {
        let mut found = self.evidence.remove(key).unwrap_or_default();
        if let Some(fact) = self.facts.get(key) {
            for article in &fact.graphs {
                if !found.iter().any(|e| &e.article == article) {
                    found.insert(Evidence {
                        article: article.clone(),
                        text: None,
                    });
                }
            }
        }
        found.into_iter().collect()
    }
}

/// Fills in what the nodes of `view` need only once they are kept: their
/// attributes, the evidence of their facts and who mentions them. With
/// `bulk`, the store is read once for all nodes (cheaper when most are
/// kept); else node by node.
pub(crate) fn add_details(
    store: &Store,
    view: &mut GraphView,
    context: &Context,
    bulk: bool,
) -> Result<(), StorageError> {
    let mut details: HashMap<String, Details> = view
        .graph
        .node_weights()
        .map(|n| (n.iri.clone(), Details::default()))
        .collect();
    let articles = &context.articles;

    let on_fact = |details: &mut HashMap<String, Details>, row: &[Option<Term>]| {
        let [Some(s), Some(Term::NamedNode(p)), Some(o), graph] = row else {
            return;
        };
        let (Some(s), Some(local)) = (resource(s), rg_local(p.as_str())) else {
            return;
        };
        if INTERNAL_PROPERTIES.contains(&local) {
            return;
        }
        let Some(d) = details.get_mut(&node_id(&s)) else {
            return;
        };
        let fact = d
            .facts
            .entry((local.to_owned(), o.to_string()))
            .or_insert_with(|| Fact {
                object: o.clone(),
                graphs: BTreeSet::new(),
            });
        if let Some(Term::NamedNode(g)) = graph {
            if articles.contains(g.as_str()) {
                fact.graphs.insert(g.as_str().to_owned());
            }
        }
    };
    let on_evidence = |details: &mut HashMap<String, Details>, row: &[Option<Term>]| {
        let [Some(s), Some(Term::NamedNode(p)), Some(o), graph, article, text] = row else {
            return;
        };
        let (Some(s), Some(local)) = (resource(s), rg_local(p.as_str())) else {
            return;
        };
        let Some(d) = details.get_mut(&node_id(&s)) else {
            return;
        };
        // Without rg:article, the article graph its text sits in will do.
        let article = match (article, text, graph) {
            (Some(Term::NamedNode(a)), _, _) => a.as_str().to_owned(),
            (_, Some(_), Some(Term::NamedNode(g))) if articles.contains(g.as_str()) => {
                g.as_str().to_owned()
            }
            _ => return,
        };
        let text = match text {
            Some(Term::Literal(l)) => Some(l.value().to_owned()),
            _ => None,
        };
        d.evidence
            .entry((local.to_owned(), o.to_string()))
            .or_default()
            .insert(Evidence { article, text });
    };
    let on_mention = |details: &mut HashMap<String, Details>, row: &[Option<Term>]| {
        if let [Some(Term::NamedNode(s)), Some(a)] = row {
            if let (Some(d), Some(a)) = (details.get_mut(s.as_str()), resource(a)) {
                d.mentioned_in.insert(node_id(&a));
            }
        }
    };

    let facts = Query::new(&context.texts.facts(context.include_articles, bulk))?;
    let evidence = Query::new(&context.texts.evidence())?;
    let mentions = Query::new(&context.texts.mentions())?;
    if bulk {
        facts.for_each(store, None, |row| on_fact(&mut details, row))?;
        evidence.for_each(store, None, |row| on_evidence(&mut details, row))?;
        mentions.for_each(store, None, |row| on_mention(&mut details, row))?;
    } else {
        let mut ids: Vec<String> = details.keys().cloned().collect();
        ids.sort_unstable();
        for id in ids {
            let s = resource_of(&id);
            let term = Term::from(s.clone());
            facts.for_each(store, Some(term.clone()), |row| on_fact(&mut details, row))?;
            evidence.for_each(store, Some(term.clone()), |row| {
                on_evidence(&mut details, row)
            })?;
            if matches!(s, NamedOrBlankNode::NamedNode(_)) {
                mentions.for_each(store, Some(term), |row| on_mention(&mut details, row))?;
            }
        }
    }

    let graph = &mut view.graph;
    for n in graph.node_indices() {
        let Some(d) = details.get_mut(&graph[n].iri) else {
            continue;
        };
        let keys: Vec<(String, String)> = d.facts.keys().cloned().collect();
        let mut attributes = Vec::new();
        for key in keys {
            let object = &d.facts[&key].object;
            let is_edge = !VALUE_PROPERTIES.contains(&key.0.as_str())
                && node_of(object).is_some_and(|t| context.nodes.contains(&t));
            if is_edge {
                continue;
            }
            let value = value_text(object, &context.labels);
            let evidence = d.evidence_of(&key);
            attributes.push(Attribute {
                property: key.0,
                value,
                evidence,
            });
        }
        let node = &mut graph[n];
        node.attributes = attributes;
        node.mentioned_in = std::mem::take(&mut d.mentioned_in).into_iter().collect();
    }
    for e in graph.edge_indices() {
        let Some((source, target)) = graph.edge_endpoints(e) else {
            continue;
        };
        if graph[e].property == MENTIONS {
            continue;
        }
        let key = (
            graph[e].property.clone(),
            resource_of(&graph[target].iri).to_string(),
        );
        if let Some(d) = details.get_mut(&graph[source].iri) {
            graph[e].evidence = d.evidence_of(&key);
        }
    }
    Ok(())
}

/// An attribute value as text: a literal's lexical form, a known label, or
/// an `rg:` local name.
fn value_text(object: &Term, labels: &HashMap<NamedOrBlankNode, String>) -> String {
    match object {
        Term::Literal(l) => l.value().to_owned(),
        Term::NamedNode(n) => labels
            .get(&NamedOrBlankNode::from(n.clone()))
            .cloned()
            .or_else(|| rg_local(n.as_str()).map(str::to_owned))
            .unwrap_or_else(|| n.as_str().to_owned()),
        other => other.to_string(),
    }
}
