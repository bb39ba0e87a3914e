//! The library's error type. Each variant reads as one line for the user.

use racegraph_extract::corpus::display_path;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("store {}: {source}", display_path(.path))]
    Store {
        path: PathBuf,
        #[source]
        source: oxigraph::store::StorageError,
    },
    #[error("store {} is locked: another racegraph process holds it (a build, a removal, or `racegraph serve --update-token`); try again once it has finished (a read-only `racegraph serve` does not lock)", display_path(.0))]
    Locked(PathBuf),
    #[error(transparent)]
    Walk(#[from] racegraph_extract::corpus::WalkError),
    #[error("no store at {} (run `racegraph build` first, or give --store)", display_path(.0))]
    NoStore(PathBuf),
    #[error("storage: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("SPARQL syntax: {}", syntax(&.0.to_string()))]
    QuerySyntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    #[error("this is a SPARQL update: `racegraph query` only reads the store, which is updated by `racegraph build` (and through the server's token path)")]
    UpdateGiven,
    #[error(transparent)]
    Format(#[from] crate::formats::FormatError),
    #[error("query evaluation: {0}")]
    QueryEvaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    #[error("ontology: {0}")]
    Ontology(String),
    #[error("{0}")]
    Usage(String),
    #[error("extraction threads: {0}")]
    Threads(String),
    #[error("{}: {source}", display_path(.path))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the entities' labels' temporary file (in {}): {source}", std::env::temp_dir().display())]
    Spill {
        #[source]
        source: std::io::Error,
    },
    #[error("writing output: {0}")]
    Output(#[from] std::io::Error),
}

impl Error {
    /// The exit code for this error: 2, nothing could be done.
    pub fn exit_code(&self) -> i32 {
        2
    }
}

/// A message on one line: the parser's multi-line explanations (a caret
/// under the text, a list of what was expected) are joined.
pub fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// A parser message made short: an undeclared prefix said so, a long list
/// of expected characters cut.
fn syntax(message: &str) -> String {
    let line = one_line(message);
    let (at, rest) = match line.find(": expected") {
        Some(i) => line.split_at(i),
        None => return line,
    };
    if rest.contains("Prefix not found") {
        let known: Vec<&str> = racegraph_rdf::vocab::PREFIX_MAP
            .iter()
            .map(|(p, _)| *p)
            .collect();
        return format!(
            "{at}: undeclared prefix (declare it with PREFIX, or use one of {})",
            known.join(", ")
        );
    }
    if rest.chars().count() > 160 {
        let cut: String = rest.chars().take(160).collect();
        return format!("{at}{cut}…");
    }
    line
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
