//! Cutting the view down: by class, around a focus entity, and to the most
//! important nodes.

use std::cmp::Ordering;
use std::collections::{BTreeSet, BinaryHeap, VecDeque};

use petgraph::graph::{DiGraph, NodeIndex};
use unicode_normalization::UnicodeNormalization;

use super::rank;
use super::view::{GraphView, NodeKind, ViewEdge, ViewNode};
use super::VizError;
use crate::vocab::rg_local;

/// Which part of the graph to draw (built from [`super::VizOptions`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Draw only the neighbourhood of this entity: an IRI, or a label or
    /// alternative label matched case-insensitively.
    pub focus: Option<String>,
    /// How many steps from the focus to go (ignored without a focus).
    pub depth: usize,
    /// Keep only entities of these classes or their subclasses (local names
    /// or IRIs); empty keeps all.
    pub classes: Vec<String>,
    /// Keep at most this many nodes: the most important ones and their
    /// best-ranked neighbours (see `limit_to`).
    pub limit: Option<usize>,
    /// Include article nodes and their `mentions` edges.
    pub include_articles: bool,
}

impl Selection {
    /// Keeps the selected part of `view`.
    ///
    /// The class filter comes first; the focus neighbourhood is then taken
    /// within the entities it kept (the focus itself is always kept), and
    /// the limit is applied last.
    pub(crate) fn apply(&self, mut view: GraphView) -> Result<GraphView, VizError> {
        let graph = &view.graph;
        let mut keep = vec![true; graph.node_count()];
        if !self.classes.is_empty() {
            let wanted = self.wanted_classes(&view)?;
            for n in graph.node_indices() {
                let node = &graph[n];
                keep[n.index()] = node.kind == NodeKind::Entity
                    && node.classes.iter().any(|c| wanted.contains(c));
            }
            // An article stays if it mentions an entity that stays.
            for n in graph.node_indices() {
                if graph[n].kind == NodeKind::Article {
                    keep[n.index()] = graph.neighbors(n).any(|m| keep[m.index()]);
                }
            }
        }
        let mut focus = None;
        if let Some(name) = &self.focus {
            let found = find(graph, name)?;
            keep[found.index()] = true;
            keep = neighbourhood(graph, found, self.depth, &keep);
            focus = Some(found);
        }
        if let Some(limit) = self.limit {
            view.left_out = limit_to(graph, focus, limit, &mut keep);
        }
        view.focus = focus;
        Ok(view.retain(&keep))
    }

    /// The local names of the classes asked for and all their subclasses.
    fn wanted_classes(&self, view: &GraphView) -> Result<BTreeSet<String>, VizError> {
        let mut known: BTreeSet<&str> = view.ancestors.keys().map(String::as_str).collect();
        for node in view.graph.node_weights() {
            known.extend(node.classes.iter().map(String::as_str));
        }
        let mut wanted = BTreeSet::new();
        for asked in &self.classes {
            let local = rg_local(asked).unwrap_or(asked);
            let Some(class) = known.iter().find(|k| k.eq_ignore_ascii_case(local)) else {
                return Err(VizError::UnknownClass {
                    class: asked.clone(),
                    known: known.iter().map(|k| k.to_string()).collect(),
                });
            };
            wanted.insert(class.to_string());
            for (sub, ancestors) in &view.ancestors {
                if ancestors.contains(*class) {
                    wanted.insert(sub.clone());
                }
            }
        }
        Ok(wanted)
    }
}

/// Case- and normalisation-insensitive form of a name.
fn fold(name: &str) -> String {
    name.trim().nfc().collect::<String>().to_lowercase()
}

/// The one node with this IRI, label or alternative label.
fn find(graph: &DiGraph<ViewNode, ViewEdge>, name: &str) -> Result<NodeIndex, VizError> {
    if let Some(n) = graph.node_indices().find(|&n| graph[n].iri == name) {
        return Ok(n);
    }
    let wanted = fold(name);
    let matches: Vec<NodeIndex> = graph
        .node_indices()
        .filter(|&n| {
            let node = &graph[n];
            fold(&node.label) == wanted || node.alt_labels.iter().any(|a| fold(a) == wanted)
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => {
            let mut suggestions: Vec<String> = graph
                .node_weights()
                .filter(|node| !wanted.is_empty() && fold(&node.label).contains(&wanted))
                .map(|node| node.label.clone())
                .collect();
            suggestions.sort();
            suggestions.dedup();
            suggestions.truncate(8);
            Err(VizError::UnknownFocus {
                name: name.to_owned(),
                suggestions,
            })
        }
        many => Err(VizError::AmbiguousFocus {
            name: name.to_owned(),
            candidates: many
                .iter()
                .map(|&n| format!("{} <{}>", graph[n].label, graph[n].iri))
                .collect(),
        }),
    }
}

/// The nodes within `depth` undirected steps of `start`, walking only
/// through nodes flagged in `allowed`.
fn neighbourhood(
    graph: &DiGraph<ViewNode, ViewEdge>,
    start: NodeIndex,
    depth: usize,
    allowed: &[bool],
) -> Vec<bool> {
    let mut reached = vec![false; graph.node_count()];
    reached[start.index()] = true;
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((n, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for m in graph.neighbors_undirected(n) {
            if allowed[m.index()] && !reached[m.index()] {
                reached[m.index()] = true;
                queue.push_back((m, d + 1));
            }
        }
    }
    reached
}

/// A node and its importance, ordered for a max-heap.
struct Ranked {
    rank: f64,
    degree: usize,
    node: NodeIndex,
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank
            .total_cmp(&other.rank)
            .then(self.degree.cmp(&other.degree))
            .then(other.node.cmp(&self.node))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

/// Unflags all but `limit` of the flagged nodes and returns how many were
/// unflagged.
///
/// Importance is PageRank over the flagged nodes with edges taken both
/// ways, then degree. The kept set grows best-first from the focus (or the
/// most important node) through the best-ranked neighbour of what is kept,
/// and starts again from the most important node left when a part runs
/// out: so the picture shows the important nodes *with* their links instead
/// of scattered hubs that share no edge.
fn limit_to(
    graph: &DiGraph<ViewNode, ViewEdge>,
    focus: Option<NodeIndex>,
    limit: usize,
    keep: &mut [bool],
) -> usize {
    let flagged = keep.iter().filter(|k| **k).count();
    if flagged <= limit {
        return 0;
    }
    let importance = rank::importance(graph, keep);
    let ranked = |node: NodeIndex| Ranked {
        rank: importance[node.index()].0,
        degree: importance[node.index()].1,
        node,
    };
    let mut seeds: Vec<Ranked> = graph
        .node_indices()
        .filter(|n| keep[n.index()])
        .map(ranked)
        .collect();
    seeds.sort_by(|a, b| b.cmp(a));
    let mut seeds = focus.into_iter().chain(seeds.into_iter().map(|r| r.node));

    let mut chosen = vec![false; keep.len()];
    let mut frontier = BinaryHeap::new();
    let mut count = 0;
    while count < limit {
        let next = match frontier.pop() {
            Some(Ranked { node, .. }) => node,
            None => match seeds.find(|n| !chosen[n.index()]) {
                Some(node) => node,
                None => break,
            },
        };
        if chosen[next.index()] {
            continue;
        }
        chosen[next.index()] = true;
        count += 1;
        for m in graph.neighbors_undirected(next) {
            if keep[m.index()] && !chosen[m.index()] {
                frontier.push(ranked(m));
            }
        }
    }
    keep.copy_from_slice(&chosen);
    flagged - count
}
