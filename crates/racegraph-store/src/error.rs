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
    #[error("no store at {} (run `racegraph build` first, or give --store)", display_path(.0))]
    NoStore(PathBuf),
    #[error("storage: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("SPARQL syntax: {0}")]
    QuerySyntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    #[error("query evaluation: {0}")]
    QueryEvaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    #[error("ontology: {0}")]
    Ontology(String),
    #[error("{0}")]
    Usage(String),
    #[error("{}: {source}", display_path(.path))]
    Io {
        path: PathBuf,
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

pub type Result<T, E = Error> = std::result::Result<T, E>;
