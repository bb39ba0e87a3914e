//! The in-memory view of the store: entities as nodes, `rg:` relations as
//! edges, each fact with the sentences and articles it came from.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::{BlankNode, GraphName, NamedNode, NamedOrBlankNode, Term};
use oxigraph::store::{StorageError, Store};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;

use super::query::{Query, Texts};
use super::VizSummary;
use crate::vocab::{self, rg_local, DCTERMS, ENTITIES_GRAPH, ONTOLOGY_GRAPH, RDFS};

mod details;

pub(crate) use details::add_details;

/// Properties whose object is an attribute value (`rg:Men`), not a node.
const VALUE_PROPERTIES: [&str; 3] = ["sex", "group", "status"];
/// Properties of the `rg:` namespace that are not facts about entities.
const INTERNAL_PROPERTIES: [&str; 6] = ["name", "mentions", "article", "text", "start", "end"];
/// The property of the edges from an article to what it mentions.
const MENTIONS: &str = "mentions";

/// Where a fact was read: an article and, when recorded, the sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Evidence {
    /// The article's IRI (a key of [`GraphView::articles`]).
    pub article: String,
    /// The sentence the fact was read from, if the store has it.
    pub text: Option<String>,
}

/// What is known about an article that evidence points to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ArticleInfo {
    /// `dcterms:title`.
    pub title: Option<String>,
    /// `dcterms:source`, usually the URL it was fetched from.
    pub source: Option<String>,
    /// `dcterms:issued`.
    pub issued: Option<String>,
}

/// A literal-valued fact about a node, such as `year 2023`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// The property's local name.
    pub property: String,
    /// The value as text (a literal's lexical form, or a local name).
    pub value: String,
    /// Where it was read.
    pub evidence: Vec<Evidence>,
}

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// A person, place, race… of the `rg:` ontology.
    Entity,
    /// A news article (only with `--articles`).
    Article,
}

/// A node of the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewNode {
    /// The IRI (or `_:id` for a blank node).
    pub iri: String,
    /// The preferred label (`rdfs:label`, an article's title, or the IRI).
    pub label: String,
    /// `skos:altLabel`s.
    pub alt_labels: Vec<String>,
    /// Local names of its `rg:` classes, the most specific first.
    pub classes: Vec<String>,
    /// Entity or article.
    pub kind: NodeKind,
    /// Literal-valued facts.
    pub attributes: Vec<Attribute>,
    /// Articles that mention it.
    pub mentioned_in: Vec<String>,
}

impl ViewNode {
    /// The class to colour it by: the most specific one.
    pub fn primary_class(&self) -> &str {
        self.classes.first().map_or("Thing", String::as_str)
    }
}

/// An edge of the view: one `rg:` relation between two nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewEdge {
    /// The property's local name, e.g. `editionOf`.
    pub property: String,
    /// Where it was read.
    pub evidence: Vec<Evidence>,
}

/// A part of the knowledge graph, ready to render.
#[derive(Debug, Clone, Default)]
pub struct GraphView {
    /// Nodes and edges.
    pub graph: DiGraph<ViewNode, ViewEdge>,
    /// What is known about each article, by IRI (evidence and mentions
    /// name articles by IRI).
    pub articles: BTreeMap<String, ArticleInfo>,
    /// The focus node, with `--focus`.
    pub focus: Option<NodeIndex>,
    /// Nodes that matched the selection but were cut by the limit.
    pub left_out: usize,
    /// Known classes: local name to the local names of its superclasses
    /// (transitively).
    pub(crate) ancestors: BTreeMap<String, BTreeSet<String>>,
}

impl GraphView {
    /// Counts for the one-line summary.
    pub fn summary(&self) -> VizSummary {
        VizSummary {
            nodes: self.graph.node_count(),
            edges: self.graph.edge_count(),
            left_out: self.left_out,
        }
    }

    /// Keeps the nodes whose flag is set and the edges between them.
    pub(crate) fn retain(self, keep: &[bool]) -> GraphView {
        let focus_iri = self.focus.map(|f| self.graph[f].iri.clone());
        let (nodes, edges) = self.graph.into_nodes_edges();
        let mut graph = DiGraph::new();
        let mut new_index = vec![None; nodes.len()];
        for (i, node) in nodes.into_iter().enumerate() {
            if keep.get(i).copied().unwrap_or(false) {
                new_index[i] = Some(graph.add_node(node.weight));
            }
        }
        for edge in edges {
            let ends = (
                new_index[edge.source().index()],
                new_index[edge.target().index()],
            );
            if let (Some(s), Some(t)) = ends {
                graph.add_edge(s, t, edge.weight);
            }
        }
        let focus = focus_iri.and_then(|iri| graph.node_indices().find(|&n| graph[n].iri == iri));
        GraphView {
            graph,
            focus,
            ..self
        }
    }
}

/// What [`load`] learns about the whole store that [`add_details`] needs
/// for the nodes that were kept.
pub(crate) struct Context {
    /// The ids of all the nodes before selection: whether a fact's object
    /// is a node decides between an edge and an attribute.
    nodes: HashSet<String>,
    /// The preferred `rdfs:label` of every resource that has one.
    labels: HashMap<NamedOrBlankNode, String>,
    /// The IRIs of the articles (their graphs hold what they state).
    articles: HashSet<String>,
    /// Whether articles are nodes.
    include_articles: bool,
    /// How to write the queries for this store.
    texts: Texts,
}

impl Context {
    /// Whether reading the details of `kept` nodes in one pass over the
    /// whole store is cheaper than resource by resource.
    pub(crate) fn prefers_bulk(&self, kept: usize) -> bool {
        kept.saturating_mul(4) > self.nodes.len()
    }
}

/// Reads the structure of the graph of entities (and articles, if asked):
/// nodes with their classes and labels, and the edges between them, without
/// attributes, evidence or mentions (see [`add_details`]).
pub(crate) fn load(
    store: &Store,
    include_articles: bool,
) -> Result<(GraphView, Context), StorageError> {
    let ancestors = class_ancestors(store)?;
    let texts = Texts::for_store(store)?;

    let mut classes: HashMap<NamedOrBlankNode, BTreeSet<String>> = HashMap::new();
    Query::new(&texts.classes())?.for_each(store, None, |row| {
        if let [Some(s), Some(Term::NamedNode(c))] = row {
            if let (Some(s), Some(local)) = (resource(s), rg_local(c.as_str())) {
                classes.entry(s).or_default().insert(local.to_owned());
            }
        }
    })?;
    let article_iris: HashSet<String> = classes
        .iter()
        .filter(|(_, cs)| cs.contains("Article"))
        .map(|(r, _)| node_id(r))
        .collect();

    // The preferred label: the one in the entities graph, else the least.
    let mut preferred: HashMap<NamedOrBlankNode, (bool, String)> = HashMap::new();
    Query::new(&texts.labels())?.for_each(store, None, |row| {
        let [Some(s), Some(Term::Literal(label)), graph] = row else {
            return;
        };
        let Some(s) = resource(s) else { return };
        let candidate = (
            matches!(graph, Some(Term::NamedNode(g)) if g.as_str() == ENTITIES_GRAPH),
            label.value(),
        );
        match preferred.get_mut(&s) {
            Some(best) => {
                let better = match (candidate.0, best.0) {
                    (true, false) => true,
                    (false, true) => false,
                    _ => candidate.1 < best.1.as_str(),
                };
                if better {
                    *best = (candidate.0, candidate.1.to_owned());
                }
            }
            None => {
                preferred.insert(s, (candidate.0, candidate.1.to_owned()));
            }
        }
    })?;
    let labels: HashMap<NamedOrBlankNode, String> =
        preferred.into_iter().map(|(s, (_, l))| (s, l)).collect();

    let mut alt_labels: HashMap<NamedOrBlankNode, BTreeSet<String>> = HashMap::new();
    Query::new(&texts.alt_labels())?.for_each(store, None, |row| {
        if let [Some(s), Some(Term::Literal(l))] = row {
            if let Some(s) = resource(s) {
                alt_labels
                    .entry(s)
                    .or_default()
                    .insert(l.value().to_owned());
            }
        }
    })?;
    let articles = article_info(store, texts)?;

    // What typed resources state about others (which is also where a
    // resource typed rg:Evidence besides another class shows).
    let mut links: Vec<(NamedOrBlankNode, String, Term)> = Vec::new();
    Query::new(&texts.links(include_articles))?.for_each(store, None, |row| {
        let [Some(s), Some(Term::NamedNode(p)), Some(o)] = row else {
            return;
        };
        let Some(s) = resource(s) else { return };
        if p.as_ref() == vocab::RDF_TYPE {
            classes.remove(&s);
            return;
        }
        let Some(local) = rg_local(p.as_str()) else {
            return;
        };
        let skipped = (INTERNAL_PROPERTIES.contains(&local) && local != MENTIONS)
            || VALUE_PROPERTIES.contains(&local)
            || matches!(o, Term::Literal(_));
        if !skipped {
            links.push((s, local.to_owned(), o.clone()));
        }
    })?;

    // Nodes, in IRI order so every rendering is deterministic.
    let mut node_keys: Vec<(String, &NamedOrBlankNode, &BTreeSet<String>)> = classes
        .iter()
        .filter(|(_, cs)| include_articles || !cs.contains("Article"))
        .map(|(r, cs)| (node_id(r), r, cs))
        .collect();
    node_keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut graph = DiGraph::new();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    for (id, key, cs) in node_keys {
        let is_article = article_iris.contains(&id);
        let mut node_classes: Vec<String> = cs
            .iter()
            .filter(|c| is_article || c.as_str() != "Article")
            .cloned()
            .collect();
        // The most specific class (with the most ancestors) first.
        node_classes.sort_by_cached_key(|c| {
            let depth = ancestors.get(c).map_or(0, BTreeSet::len);
            (std::cmp::Reverse(depth), c.clone())
        });
        let label = labels
            .get(key)
            .cloned()
            .or_else(|| articles.get(&id).and_then(|a| a.title.clone()))
            .unwrap_or_else(|| id.clone());
        let node = ViewNode {
            label,
            alt_labels: alt_labels
                .remove(key)
                .map(|s| s.into_iter().collect())
                .unwrap_or_default(),
            classes: node_classes,
            kind: if is_article {
                NodeKind::Article
            } else {
                NodeKind::Entity
            },
            attributes: Vec::new(),
            mentioned_in: Vec::new(),
            iri: id.clone(),
        };
        index.insert(id, graph.add_node(node));
    }

    // Edges: the `rg:` facts whose object is a node, in fact order, then
    // the mentions.
    let mut facts: Vec<(String, String, String, NodeIndex, NodeIndex)> = Vec::new();
    let mut mentions: BTreeSet<(String, String)> = BTreeSet::new();
    for (s, local, o) in links {
        let id = node_id(&s);
        let Some(&source) = index.get(&id) else {
            continue;
        };
        if local == MENTIONS {
            if let Term::NamedNode(e) = o {
                mentions.insert((id, e.into_string()));
            }
        } else if let Some(&target) = node_of(&o).and_then(|t| index.get(&t)) {
            facts.push((id, local, o.to_string(), source, target));
        }
    }
    facts.sort_unstable();
    facts.dedup();
    for (_, property, _, source, target) in facts {
        let evidence = Vec::new();
        graph.add_edge(source, target, ViewEdge { property, evidence });
    }
    for (article, entity) in mentions {
        let ends = (index.get(&article), index.get(&entity));
        if let (Some(&a), Some(&e)) = ends {
            let evidence = vec![Evidence {
                article,
                text: None,
            }];
            let property = MENTIONS.to_owned();
            graph.add_edge(a, e, ViewEdge { property, evidence });
        }
    }

    let view = GraphView {
        graph,
        articles,
        focus: None,
        left_out: 0,
        ancestors,
    };
    let context = Context {
        nodes: index.into_keys().collect(),
        labels,
        articles: article_iris,
        include_articles,
        texts,
    };
    Ok((view, context))
}

/// `dcterms:title`, `source` and `issued` of everything that has them; of
/// several values, the least.
fn article_info(
    store: &Store,
    texts: Texts,
) -> Result<BTreeMap<String, ArticleInfo>, StorageError> {
    let mut rows: Vec<(String, String, String)> = Vec::new();
    Query::new(&texts.article_info())?.for_each(store, None, |row| {
        let [Some(s), Some(Term::NamedNode(p)), Some(o)] = row else {
            return;
        };
        let (Some(s), Some(local)) = (resource(s), p.as_str().strip_prefix(DCTERMS)) else {
            return;
        };
        let value = match o {
            Term::Literal(l) => l.value(),
            Term::NamedNode(n) if local == "source" => n.as_str(),
            _ => return,
        };
        rows.push((node_id(&s), local.to_owned(), value.to_owned()));
    })?;
    rows.sort_unstable();
    let mut articles: BTreeMap<String, ArticleInfo> = BTreeMap::new();
    for (article, property, value) in rows {
        let info = articles.entry(article).or_default();
        let slot = match property.as_str() {
            "title" => &mut info.title,
            "source" => &mut info.source,
            "issued" => &mut info.issued,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
    Ok(articles)
}

/// A subject or object as a resource, if it is one.
fn resource(term: &Term) -> Option<NamedOrBlankNode> {
    match term {
        Term::NamedNode(n) => Some(n.clone().into()),
        Term::BlankNode(b) => Some(b.clone().into()),
        _ => None,
    }
}

/// The resource a node id (see [`node_id`]) stands for.
fn resource_of(id: &str) -> NamedOrBlankNode {
    match id.strip_prefix("_:") {
        Some(b) => BlankNode::new_unchecked(b).into(),
        None => NamedNode::new_unchecked(id).into(),
    }
}

/// The node id of an object, if it is a resource.
fn node_of(term: &Term) -> Option<String> {
    resource(term).map(|r| node_id(&r))
}

/// The `rg:` classes of every resource typed with one, outside the ontology.
pub(crate) fn typed_resources(
    store: &Store,
) -> Result<HashMap<NamedOrBlankNode, BTreeSet<String>>, StorageError> {
    let mut classes: HashMap<NamedOrBlankNode, BTreeSet<String>> = HashMap::new();
    for quad in store.quads_for_pattern(None, Some(vocab::RDF_TYPE), None, None) {
        let quad = quad?;
        if matches!(&quad.graph_name, GraphName::NamedNode(g) if g.as_str() == ONTOLOGY_GRAPH) {
            continue;
        }
        if let Term::NamedNode(class) = &quad.object {
            if let Some(local) = rg_local(class.as_str()) {
                classes
                    .entry(quad.subject)
                    .or_default()
                    .insert(local.to_owned());
            }
        }
    }
    Ok(classes)
}

/// Every `rg:` class named in `rdfs:subClassOf` or used in the data, with
/// all its superclasses.
fn class_ancestors(store: &Store) -> Result<BTreeMap<String, BTreeSet<String>>, StorageError> {
    let sub_class_of = NamedNode::new_unchecked(format!("{RDFS}subClassOf"));
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for quad in store.quads_for_pattern(None, Some(sub_class_of.as_ref()), None, None) {
        let quad = quad?;
        let (NamedOrBlankNode::NamedNode(sub), Term::NamedNode(sup)) =
            (&quad.subject, &quad.object)
        else {
            continue;
        };
        if let (Some(sub), Some(sup)) = (rg_local(sub.as_str()), rg_local(sup.as_str())) {
            parents.entry(sup.to_owned()).or_default();
            parents
                .entry(sub.to_owned())
                .or_default()
                .insert(sup.to_owned());
        }
    }
    let mut ancestors = BTreeMap::new();
    for class in parents.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&String> = parents[class].iter().collect();
        while let Some(c) = todo.pop() {
            if c != class && seen.insert(c.clone()) {
                todo.extend(parents.get(c).into_iter().flatten());
            }
        }
        ancestors.insert(class.clone(), seen);
    }
    Ok(ancestors)
}

/// The identifier of a resource: its IRI, or `_:id` for a blank node.
pub(crate) fn node_id(r: &NamedOrBlankNode) -> String {
    match r {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
        other => other.to_string(),
    }
}
