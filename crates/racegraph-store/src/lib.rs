//! racegraph's store and everything that reads or writes it: the Oxigraph
//! store on RocksDB ([`store`]), the build pipeline ([`pipeline`]), query
//! results and exports ([`output`]), and extraction scored against gold
//! facts ([`eval`]).

pub mod bulk;
pub mod entities;
pub mod error;
pub mod eval;
pub mod extraction;
pub mod formats;
mod known;
pub mod labels;
pub mod output;
pub mod parallel;
pub mod pipeline;
pub mod remove;
pub mod sources;
pub mod store;
pub mod union;

pub use error::{Error, Result};

use racegraph_extract::{corpus, extract, lexicon};
use racegraph_rdf::{rdf, resolve, vocab};
