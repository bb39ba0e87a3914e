//! Pictures of the knowledge graph: an in-memory [`GraphView`] of the
//! store, cut down by a [`Selection`], rendered as Graphviz DOT, GraphML,
//! a self-contained HTML page or JSON.
//!
//! The view is read in two steps: the structure (classes, labels, the
//! relations between entities) of the whole store, enough to select the
//! nodes to draw, then the attributes, evidence and mentions of the kept
//! nodes only. The store is read with fixed SPARQL queries (see `query`)
//! and quad patterns, so nothing the user types is ever pasted into a
//! SPARQL string: names are matched in Rust.

pub mod stats;

mod dot;
mod graphml;
mod html;
mod json;
mod query;
pub(crate) mod rank;
mod select;
mod style;
mod view;

use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use oxigraph::store::{StorageError, Store};
use racegraph_rdf::vocab;

pub use select::Selection;
pub(crate) use view::{node_id, typed_resources};
pub use view::{ArticleInfo, Attribute, Evidence, GraphView, NodeKind, ViewEdge, ViewNode};

/// The output formats of `racegraph viz`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VizFormat {
    /// Graphviz DOT, for `dot -Tsvg`.
    Dot,
    /// GraphML, for networkx, Gephi and yEd.
    Graphml,
    /// One self-contained interactive HTML page.
    #[default]
    Html,
    /// Nodes, edges and evidence as JSON, for other front ends.
    Json,
}

/// What `racegraph viz` is asked to draw, and where.
#[derive(Debug, Clone)]
pub struct VizOptions {
    /// Output format.
    pub format: VizFormat,
    /// Write to this file instead of standard output.
    pub output: Option<PathBuf>,
    /// Draw only the neighbourhood of this entity (a label, an alternative
    /// label, case-insensitive, or an IRI).
    pub focus: Option<String>,
    /// How many steps from the focus entity to go.
    pub depth: usize,
    /// Keep only entities of this class (a local name like `Person` or a
    /// full IRI); subclasses are included. Repeatable.
    pub classes: Vec<String>,
    /// Keep at most N nodes: the most important (by PageRank, then degree)
    /// and their best-ranked neighbours, so the picture stays connected;
    /// 0 keeps all.
    pub limit: usize,
    /// Include article nodes and their `mentions` edges.
    pub articles: bool,
}

/// What `viz` drew, for a one-line summary on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VizSummary {
    /// Nodes drawn.
    pub nodes: usize,
    /// Edges drawn.
    pub edges: usize,
    /// Nodes that matched the selection but were cut by `--limit`.
    pub left_out: usize,
}

impl fmt::Display for VizSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "drew {} nodes and {} edges", self.nodes, self.edges)?;
        if self.left_out > 0 {
            write!(
                f,
                " ({} less important nodes left out; raise --limit to see them)",
                self.left_out
            )?;
        }
        Ok(())
    }
}

/// Everything that can go wrong while drawing the graph.
#[derive(Debug, thiserror::Error)]
pub enum VizError {
    /// The store could not be read.
    #[error("reading the store: {0}")]
    Store(#[from] StorageError),
    /// `--focus` matched nothing.
    #[error("no entity is named {name:?}{}", hint(.suggestions, "; similar names"))]
    UnknownFocus {
        /// The name given.
        name: String,
        /// Labels that contain the name, to help the user.
        suggestions: Vec<String>,
    },
    /// `--focus` matched several entities.
    #[error("{name:?} names {} entities, give one IRI instead{}", .candidates.len(), hint(.candidates, ""))]
    AmbiguousFocus {
        /// The name given.
        name: String,
        /// `label <IRI>` of each match.
        candidates: Vec<String>,
    },
    /// `--class` names a class that neither the ontology nor the data uses.
    #[error("unknown class {class:?}{}", hint(.known, "; known classes"))]
    UnknownClass {
        /// The class given.
        class: String,
        /// The classes that exist.
        known: Vec<String>,
    },
    /// The output file could not be created or written.
    #[error("writing {}: {source}", .path.display())]
    Output {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// Writing the rendering failed.
    #[error("writing the picture: {0}")]
    Io(#[from] io::Error),
    /// Serialising JSON failed.
    #[error("serialising JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Formats a list for an error message: `": a, b, c"`, or nothing if empty.
fn hint(items: &[String], intro: &str) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!("{intro}: {}", items.join(", "))
    }
}

impl From<&VizOptions> for Selection {
    fn from(args: &VizOptions) -> Self {
        Selection {
            focus: args.focus.clone(),
            depth: args.depth,
            classes: args.classes.clone(),
            limit: (args.limit > 0).then_some(args.limit),
            include_articles: args.articles,
        }
    }
}

/// Reads the store and keeps the part of the graph that `sel` selects.
///
/// Only the structure of the whole graph is read to select; attributes,
/// evidence and mentions are then read for the selected nodes alone.
pub fn build_view(store: &Store, sel: &Selection) -> Result<GraphView, VizError> {
    let (full, context) = view::load(store, sel.include_articles)?;
    let mut view = sel.apply(full)?;
    let bulk = context.prefers_bulk(view.graph.node_count());
    view::add_details(store, &mut view, &context, bulk)?;
    Ok(view)
}

/// Writes `view` in `format` to `out`.
pub fn render(view: &GraphView, format: VizFormat, out: &mut dyn Write) -> Result<(), VizError> {
    match format {
        VizFormat::Dot => dot::write(view, out)?,
        VizFormat::Graphml => graphml::write(view, out)?,
        VizFormat::Html => html::write(view, out)?,
        VizFormat::Json => json::write(view, out)?,
    }
    Ok(())
}

/// Runs `racegraph viz`: builds the view, renders it to `--output` or
/// standard output, and tells what was drawn.
pub fn run(store: &Store, args: &VizOptions) -> Result<VizSummary, VizError> {
    let view = build_view(store, &Selection::from(args))?;
    match &args.output {
        Some(path) => {
            let wrap = |source| VizError::Output {
                path: path.clone(),
                source,
            };
            let mut out = BufWriter::new(File::create(path).map_err(wrap)?);
            render(&view, args.format, &mut out).map_err(|e| match e {
                VizError::Io(source) => wrap(source),
                other => other,
            })?;
            out.flush().map_err(wrap)?;
        }
        None => {
            let mut out = BufWriter::new(io::stdout().lock());
            render(&view, args.format, &mut out)?;
            out.flush()?;
        }
    }
    Ok(view.summary())
}

#[cfg(test)]
pub(crate) mod tests;
