//! The JSON document: the `json` format, and the data the HTML page embeds.

use std::collections::BTreeMap;
use std::io::Write;

use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::style::class_style;
use super::view::{ArticleInfo, Evidence, GraphView, NodeKind};
use super::VizError;

/// The whole picture: nodes, edges, the articles their evidence cites and
/// a colour legend.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Document<'a> {
    nodes: Vec<Node<'a>>,
    edges: Vec<Edge<'a>>,
    left_out: usize,
    focus: Option<&'a str>,
    articles: BTreeMap<&'a str, &'a ArticleInfo>,
    legend: Vec<LegendEntry<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Node<'a> {
    id: &'a str,
    label: &'a str,
    alt_labels: &'a [String],
    classes: &'a [String],
    kind: NodeKind,
    attributes: Vec<Attribute<'a>>,
    mentioned_in: &'a [String],
}

#[derive(Serialize)]
struct Attribute<'a> {
    property: &'a str,
    value: &'a str,
    evidence: &'a [Evidence],
}

#[derive(Serialize)]
struct Edge<'a> {
    source: &'a str,
    target: &'a str,
    property: &'a str,
    evidence: &'a [Evidence],
}

#[derive(Serialize)]
struct LegendEntry<'a> {
    class: &'a str,
    color: &'static str,
    count: usize,
}

impl<'a> Document<'a> {
    /// Borrows everything from the view.
    pub(crate) fn new(view: &'a GraphView) -> Self {
        let graph = &view.graph;
        let mut cited: Vec<&str> = Vec::new();
        let mut legend: BTreeMap<&str, usize> = BTreeMap::new();
        let nodes = graph
            .node_weights()
            .map(|n| {
                *legend.entry(n.primary_class()).or_default() += 1;
                cited.extend(n.mentioned_in.iter().map(String::as_str));
                if n.kind == NodeKind::Article {
                    cited.push(&n.iri);
                }
                Node {
                    id: &n.iri,
                    label: &n.label,
                    alt_labels: &n.alt_labels,
                    classes: &n.classes,
                    kind: n.kind,
                    attributes: n
                        .attributes
                        .iter()
                        .map(|a| {
                            cited.extend(a.evidence.iter().map(|e| e.article.as_str()));
                            Attribute {
                                property: &a.property,
                                value: &a.value,
                                evidence: &a.evidence,
                            }
                        })
                        .collect(),
                    mentioned_in: &n.mentioned_in,
                }
            })
            .collect();
        let edges = graph
            .edge_references()
            .map(|e| {
                let w = e.weight();
                cited.extend(w.evidence.iter().map(|e| e.article.as_str()));
                Edge {
                    source: &graph[e.source()].iri,
                    target: &graph[e.target()].iri,
                    property: &w.property,
                    evidence: &w.evidence,
                }
            })
            .collect();
        const UNKNOWN: &ArticleInfo = &ArticleInfo {
            title: None,
            source: None,
            issued: None,
        };
        Document {
            nodes,
            edges,
            left_out: view.left_out,
            focus: view.focus.map(|f| graph[f].iri.as_str()),
            articles: cited
                .into_iter()
                .map(|a| (a, view.articles.get(a).unwrap_or(UNKNOWN)))
                .collect(),
            legend: legend
                .into_iter()
                .map(|(class, count)| LegendEntry {
                    class,
                    color: class_style(class).color,
                    count,
                })
                .collect(),
        }
    }
}

/// Writes the view as pretty-printed JSON.
pub(crate) fn write(view: &GraphView, out: &mut dyn Write) -> Result<(), VizError> {
    serde_json::to_writer_pretty(&mut *out, &Document::new(view))?;
    writeln!(out)?;
    Ok(())
}
