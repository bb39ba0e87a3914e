//! `racegraph stats`: what the store holds, as a table or JSON.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

use oxigraph::model::GraphName;
use oxigraph::store::{StorageError, Store};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::rank;
use crate::vocab::{ENTITIES_GRAPH, ONTOLOGY_GRAPH};
use crate::{build_view, NodeKind, Selection, VizError};

/// How many entities the centrality lists show.
const TOP: usize = 10;

/// Command-line arguments of the `stats` subcommand.
#[derive(Debug, Clone)]
pub struct StatsOptions {
    /// Output format.
    pub format: StatsFormat,
}

/// The output formats of `racegraph stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatsFormat {
    /// Aligned text tables.
    #[default]
    Table,
    /// One JSON object.
    Json,
}

/// Everything that can go wrong while computing or writing statistics.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    /// The store could not be read.
    #[error("reading the store: {0}")]
    Store(#[from] StorageError),
    /// The graph view could not be built.
    #[error(transparent)]
    View(#[from] VizError),
    /// Writing failed.
    #[error("writing the statistics: {0}")]
    Io(#[from] io::Error),
    /// Serialising JSON failed.
    #[error("serialising JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Quads by the kind of graph that holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QuadCounts {
    /// All quads.
    pub total: usize,
    /// In the ontology graph.
    pub ontology: usize,
    /// In the entities (labels) graph.
    pub entities: usize,
    /// In the articles' graphs.
    pub articles: usize,
    /// Anywhere else (the default graph, stray graphs).
    pub other: usize,
}

/// One entity of a centrality list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Central {
    /// Its IRI.
    pub iri: String,
    /// Its label.
    pub label: String,
    /// Relations in and out.
    pub degree: usize,
    /// PageRank over the relations (sums to 1 over all entities).
    pub pagerank: f64,
}

/// What the store holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Articles (`rg:Article`).
    pub articles: usize,
    /// Quads.
    pub quads: QuadCounts,
    /// Evidence nodes (`rg:Evidence`).
    pub evidence: usize,
    /// Entities (everything typed with an `rg:` class but articles and
    /// evidence).
    pub entities: usize,
    /// Entities per class; an entity counts for each of its classes.
    pub entities_per_class: BTreeMap<String, usize>,
    /// Relations between entities.
    pub relations: usize,
    /// Relations per property.
    pub relations_per_property: BTreeMap<String, usize>,
    /// Connected components of the entity graph (ignoring direction).
    pub components: usize,
    /// Entities in the largest component.
    pub largest_component: usize,
    /// The most connected entities.
    pub top_by_degree: Vec<Central>,
    /// The entities with the highest PageRank.
    pub top_by_pagerank: Vec<Central>,
}

/// Counts what the store holds.
pub fn compute(store: &Store) -> Result<Stats, StatsError> {
    let view = build_view(store, &Selection::default())?;
    let graph = &view.graph;
    let mut stats = Stats {
        entities: graph.node_count(),
        relations: graph.edge_count(),
        ..Stats::default()
    };

    let mut article_iris = HashSet::new();
    for (resource, classes) in crate::typed_resources(store)? {
        if classes.contains("Article") {
            article_iris.insert(crate::node_id(&resource));
        }
        if classes.contains("Evidence") {
            stats.evidence += 1;
        }
    }
    stats.articles = article_iris.len();
    for quad in store.iter() {
        let quad = quad?;
        let q = &mut stats.quads;
        q.total += 1;
        match &quad.graph_name {
            GraphName::NamedNode(g) if g.as_str() == ONTOLOGY_GRAPH => q.ontology += 1,
            GraphName::NamedNode(g) if g.as_str() == ENTITIES_GRAPH => q.entities += 1,
            GraphName::NamedNode(g) if article_iris.contains(g.as_str()) => q.articles += 1,
            _ => q.other += 1,
        }
    }

    for node in graph.node_weights().filter(|n| n.kind == NodeKind::Entity) {
        for class in &node.classes {
            *stats.entities_per_class.entry(class.clone()).or_default() += 1;
        }
    }
    for edge in graph.edge_weights() {
        *stats
            .relations_per_property
            .entry(edge.property.clone())
            .or_default() += 1;
    }

    let mut components = UnionFind::new(graph.node_count());
    for e in graph.edge_references() {
        components.union(e.source().index(), e.target().index());
    }
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    for label in components.into_labeling() {
        *sizes.entry(label).or_default() += 1;
    }
    stats.components = sizes.len();
    stats.largest_component = sizes.values().copied().max().unwrap_or(0);

    let edges: Vec<(usize, usize)> = graph
        .edge_references()
        .map(|e| (e.source().index(), e.target().index()))
        .collect();
    let ranks = rank::page_rank(graph.node_count(), &edges);
    let mut central: Vec<Central> = graph
        .node_indices()
        .map(|n| Central {
            iri: graph[n].iri.clone(),
            label: graph[n].label.clone(),
            degree: graph.neighbors_undirected(n).count(),
            pagerank: ranks.get(n.index()).copied().unwrap_or(0.0),
        })
        .collect();
    central.sort_by(|a, b| b.degree.cmp(&a.degree).then_with(|| a.iri.cmp(&b.iri)));
    stats.top_by_degree = central.iter().take(TOP).cloned().collect();
    central.sort_by(|a, b| {
        b.pagerank
            .total_cmp(&a.pagerank)
            .then_with(|| a.iri.cmp(&b.iri))
    });
    central.truncate(TOP);
    stats.top_by_pagerank = central;
    Ok(stats)
}

/// Writes the statistics as aligned tables or JSON.
pub fn render(stats: &Stats, format: StatsFormat, out: &mut dyn Write) -> Result<(), StatsError> {
    match format {
        StatsFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, stats)?;
            writeln!(out)?;
        }
        StatsFormat::Table => write_tables(stats, out)?,
    }
    Ok(())
}

/// Runs `racegraph stats`, writing to `out`.
pub fn run(store: &Store, args: &StatsOptions, out: &mut dyn Write) -> Result<Stats, StatsError> {
    let stats = compute(store)?;
    render(&stats, args.format, out)?;
    Ok(stats)
}

fn write_tables(s: &Stats, out: &mut dyn Write) -> io::Result<()> {
    let q = &s.quads;
    let overview = [
        ("articles", s.articles),
        ("entities", s.entities),
        ("relations", s.relations),
        ("evidence nodes", s.evidence),
        ("connected components", s.components),
        ("largest component", s.largest_component),
        ("quads", q.total),
        ("  in the ontology graph", q.ontology),
        ("  in the entities graph", q.entities),
        ("  in article graphs", q.articles),
        ("  elsewhere", q.other),
    ];
    table(out, "Store", &["what", "count"], &count_rows(overview))?;
    let per_class = s.entities_per_class.iter().map(|(k, v)| (k.as_str(), *v));
    table(
        out,
        "Entities per class",
        &["class", "entities"],
        &count_rows(per_class),
    )?;
    let per_property = s
        .relations_per_property
        .iter()
        .map(|(k, v)| (k.as_str(), *v));
    table(
        out,
        "Relations per property",
        &["property", "relations"],
        &count_rows(per_property),
    )?;
    for (title, list) in [
        ("Most connected entities", &s.top_by_degree),
        ("Highest PageRank", &s.top_by_pagerank),
    ] {
        let rows: Vec<Vec<String>> = list
            .iter()
            .map(|c| {
                vec![
                    c.label.clone(),
                    c.degree.to_string(),
                    format!("{:.4}", c.pagerank),
                    c.iri.clone(),
                ]
            })
            .collect();
        table(out, title, &["entity", "degree", "pagerank", "iri"], &rows)?;
    }
    Ok(())
}

/// The text of a cell, empty past the end of a short row.
fn cell(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

/// Rows of a name and a count.
fn count_rows<'a>(pairs: impl IntoIterator<Item = (&'a str, usize)>) -> Vec<Vec<String>> {
    pairs
        .into_iter()
        .map(|(name, n)| vec![name.to_owned(), n.to_string()])
        .collect()
}

/// Writes one table: a title, a header and rows; columns of numbers are
/// right-aligned.
fn table(
    out: &mut dyn Write,
    title: &str,
    header: &[&str],
    rows: &[Vec<String>],
) -> io::Result<()> {
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| cell(r, i).chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let numeric: Vec<bool> = (0..header.len())
        .map(|i| !rows.is_empty() && rows.iter().all(|r| cell(r, i).parse::<f64>().is_ok()))
        .collect();
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = " ".repeat(widths[i].saturating_sub(c.chars().count()));
                if numeric[i] {
                    format!("{pad}{c}")
                } else {
                    format!("{c}{pad}")
                }
            })
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    writeln!(out, "{title}")?;
    writeln!(out, "{}", line(header.to_vec()))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for row in rows {
        writeln!(
            out,
            "{}",
            line((0..header.len()).map(|i| cell(row, i)).collect())
        )?;
    }
    if rows.is_empty() {
        writeln!(out, "(none)")?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fixture_store;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn counts_the_fixture() -> TestResult {
        let (_dir, store) = fixture_store()?;
        let stats = compute(&store)?;
        assert_eq!((stats.articles, stats.evidence), (2, 4));
        assert_eq!((stats.entities, stats.relations), (10, 8));
        assert_eq!(stats.entities_per_class.get("Person"), Some(&3));
        assert_eq!(stats.entities_per_class.get("Athlete"), Some(&1));
        assert_eq!(stats.relations_per_property.get("nationality"), Some(&1));
        assert_eq!((stats.components, stats.largest_component), (2, 8));
        let q = &stats.quads;
        assert_eq!(q.total, q.ontology + q.entities + q.articles + q.other);
        assert!(q.ontology > 0 && q.entities == 11 && q.articles > 0 && q.other == 0);
        assert_eq!(stats.top_by_degree[0].label, "Eliud Kipchoge");
        assert_eq!(stats.top_by_degree.len(), 10);
        let total: f64 = stats.top_by_pagerank.iter().map(|c| c.pagerank).sum();
        assert!((total - 1.0).abs() < 1e-9, "all 10 entities are listed");
        Ok(())
    }

    #[test]
    fn renders_tables_and_json() -> TestResult {
        let (_dir, store) = fixture_store()?;
        let stats = compute(&store)?;
        let mut table = Vec::new();
        render(&stats, StatsFormat::Table, &mut table)?;
        let table = String::from_utf8(table)?;
        assert!(table.contains("Entities per class"));
        let row = table
            .lines()
            .find(|l| l.starts_with("articles"))
            .ok_or("no articles row")?;
        let count_column = table
            .lines()
            .find(|l| l.starts_with("quads"))
            .and_then(|l| l.rfind(|c: char| c.is_ascii_digit()));
        assert_eq!(
            row.rfind(|c: char| c.is_ascii_digit()),
            count_column,
            "aligned"
        );

        let mut json = Vec::new();
        render(&stats, StatsFormat::Json, &mut json)?;
        let value: serde_json::Value = serde_json::from_slice(&json)?;
        assert_eq!(value["articles"], 2);
        assert_eq!(value["entitiesPerClass"]["Person"], 3);
        Ok(())
    }
}
