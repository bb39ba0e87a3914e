//! The in-memory view of the store: entities as nodes, `rg:` relations as
//! edges, each fact with the sentences and articles it came from.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;

use super::VizSummary;
use crate::vocab::{self, rg_local, DCTERMS, ENTITIES_GRAPH, ONTOLOGY_GRAPH, RDF, RDFS, SKOS};

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

/// An `rdf:Statement`-style evidence node, gathered quad by quad.
#[derive(Default)]
struct EvidenceParts {
    subject: Option<NamedOrBlankNode>,
    predicate: Option<NamedNode>,
    object: Option<Term>,
    article: Option<String>,
    text: Option<String>,
}

/// The key of one `rg:` fact.
type FactKey = (NamedOrBlankNode, String, Term);

/// What one pass over the store gathers.
#[derive(Default)]
struct Gathered {
    labels: HashMap<NamedOrBlankNode, String>,
    alt_labels: HashMap<NamedOrBlankNode, BTreeSet<String>>,
    articles: BTreeMap<String, ArticleInfo>,
    /// Each fact with the article graphs it is asserted in.
    facts: HashMap<FactKey, BTreeSet<String>>,
    evidence: HashMap<NamedOrBlankNode, EvidenceParts>,
    mentions: BTreeSet<(String, String)>,
}

/// Reads the whole graph of entities (and articles, if asked) from the store.
pub(crate) fn load(store: &Store, include_articles: bool) -> Result<GraphView, StorageError> {
    let ancestors = class_ancestors(store)?;
    let classes = typed_resources(store)?;
    let article_iris: HashSet<String> = classes
        .iter()
        .filter(|(_, cs)| cs.contains("Article"))
        .map(|(r, _)| node_id(r))
        .collect();
    let is_node = |cs: &BTreeSet<String>| {
        if cs.contains("Evidence") {
            false
        } else {
            include_articles || !cs.contains("Article")
        }
    };

    let mut g = Gathered::default();
    for quad in store.iter() {
        gather(&mut g, quad?, &article_iris);
    }
    let mut mentioned_in: HashMap<&str, Vec<String>> = HashMap::new();
    for (article, entity) in &g.mentions {
        mentioned_in
            .entry(entity)
            .or_default()
            .push(article.clone());
    }

    // Nodes, in IRI order so every rendering is deterministic.
    let mut node_keys: Vec<(String, &NamedOrBlankNode, &BTreeSet<String>)> = classes
        .iter()
        .filter(|(_, cs)| is_node(cs))
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
        let label = g
            .labels
            .get(key)
            .cloned()
            .or_else(|| g.articles.get(&id).and_then(|a| a.title.clone()))
            .unwrap_or_else(|| id.clone());
        let node = ViewNode {
            label,
            alt_labels: g
                .alt_labels
                .get(key)
                .map(|s| s.iter().cloned().collect())
                .unwrap_or_default(),
            classes: node_classes,
            kind: if is_article {
                NodeKind::Article
            } else {
                NodeKind::Entity
            },
            attributes: Vec::new(),
            mentioned_in: mentioned_in.remove(id.as_str()).unwrap_or_default(),
            iri: id.clone(),
        };
        index.insert(id, graph.add_node(node));
    }

    let mut evidence = evidence_by_fact(g.evidence);
    let mut facts: Vec<(FactKey, BTreeSet<String>)> = g.facts.into_iter().collect();
    facts.sort_by_cached_key(|((s, p, o), _)| (node_id(s), p.clone(), o.to_string()));
    let mut edges = Vec::new();
    for (key, graphs) in facts {
        let Some(&source) = index.get(&node_id(&key.0)) else {
            continue;
        };
        let mut found = evidence.remove(&key).unwrap_or_default();
        for article in graphs {
            if !found.iter().any(|e| e.article == article) {
                found.insert(Evidence {
                    article,
                    text: None,
                });
            }
        }
        let evidence: Vec<Evidence> = found.into_iter().collect();
        let (_, property, object) = key;
        let target = match &object {
            Term::NamedNode(n) => index.get(n.as_str()),
            Term::BlankNode(b) => index.get(&b.to_string()),
            _ => None,
        };
        match target {
            Some(&target) if !VALUE_PROPERTIES.contains(&property.as_str()) => {
                edges.push((source, target, ViewEdge { property, evidence }));
            }
            _ => {
                let value = value_text(&object, &g.labels);
                graph[source].attributes.push(Attribute {
                    property,
                    value,
                    evidence,
                });
            }
        }
    }
    if include_articles {
        for (article, entity) in &g.mentions {
            let ends = (index.get(article), index.get(entity));
            if let (Some(&a), Some(&e)) = ends {
                let evidence = vec![Evidence {
                    article: article.clone(),
                    text: None,
                }];
                let property = MENTIONS.to_owned();
                edges.push((a, e, ViewEdge { property, evidence }));
            }
        }
    }
    for (s, t, e) in edges {
        graph.add_edge(s, t, e);
    }

    Ok(GraphView {
        graph,
        articles: g.articles,
        focus: None,
        left_out: 0,
        ancestors,
    })
}

/// Groups complete evidence nodes by the `rg:` fact they support.
fn evidence_by_fact(
    nodes: HashMap<NamedOrBlankNode, EvidenceParts>,
) -> HashMap<FactKey, BTreeSet<Evidence>> {
    let mut by_fact: HashMap<FactKey, BTreeSet<Evidence>> = HashMap::new();
    for parts in nodes.into_values() {
        let (Some(s), Some(p), Some(o), Some(article)) =
            (parts.subject, parts.predicate, parts.object, parts.article)
        else {
            continue;
        };
        if let Some(local) = rg_local(p.as_str()) {
            let text = parts.text;
            by_fact
                .entry((s, local.to_owned(), o))
                .or_default()
                .insert(Evidence { article, text });
        }
    }
    by_fact
}

/// Sorts one quad into what [`load`] needs.
fn gather(g: &mut Gathered, quad: Quad, articles: &HashSet<String>) {
    let graph = match &quad.graph_name {
        GraphName::NamedNode(n) => n.as_str(),
        _ => "",
    };
    if graph == ONTOLOGY_GRAPH {
        return;
    }
    let Quad {
        subject,
        predicate,
        object,
        ..
    } = quad;
    let p = predicate.as_str();
    let text = match &object {
        Term::Literal(l) => Some(l.value().to_owned()),
        _ => None,
    };
    if let Some(local) = rg_local(p) {
        match local {
            "text" => {
                let parts = g.evidence.entry(subject).or_default();
                set_text(&mut parts.text, text);
                // Without rg:article, the article graph it sits in will do.
                if articles.contains(graph) && parts.article.is_none() {
                    parts.article = Some(graph.to_owned());
                }
            }
            "article" => {
                if let Term::NamedNode(a) = object {
                    g.evidence.entry(subject).or_default().article = Some(a.into_string());
                }
            }
            MENTIONS => {
                if let Term::NamedNode(e) = object {
                    g.mentions.insert((node_id(&subject), e.into_string()));
                }
            }
            _ if INTERNAL_PROPERTIES.contains(&local) => {}
            _ => {
                let in_article = articles.contains(graph).then(|| graph.to_owned());
                let graphs = g
                    .facts
                    .entry((subject, local.to_owned(), object))
                    .or_default();
                graphs.extend(in_article);
            }
        }
    } else if let Some(local @ ("subject" | "predicate" | "object")) = p.strip_prefix(RDF) {
        let parts = g.evidence.entry(subject).or_default();
        match (local, object) {
            ("subject", Term::NamedNode(n)) => parts.subject = Some(n.into()),
            ("subject", Term::BlankNode(b)) => parts.subject = Some(b.into()),
            ("predicate", Term::NamedNode(n)) => parts.predicate = Some(n),
            ("object", o) => parts.object = Some(o),
            _ => {}
        }
    } else if p == vocab::RDFS_LABEL.as_str() {
        if let Some(label) = text {
            // The entities graph holds the one preferred label.
            if graph == ENTITIES_GRAPH || !g.labels.contains_key(&subject) {
                g.labels.insert(subject, label);
            }
        }
    } else if p.strip_prefix(SKOS) == Some("altLabel") {
        g.alt_labels.entry(subject).or_default().extend(text);
    } else if let Some(local) = p.strip_prefix(DCTERMS) {
        let info = g.articles.entry(node_id(&subject)).or_default();
        match local {
            "title" => set_text(&mut info.title, text),
            "source" => {
                info.source = text.or_else(|| match object {
                    Term::NamedNode(n) => Some(n.into_string()),
                    _ => None,
                })
            }
            "issued" => set_text(&mut info.issued, text),
            _ => {}
        }
    }
}

/// Keeps the first value seen.
fn set_text(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
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
