//! racegraph's store and everything that reads or writes it: the Oxigraph
//! store on RocksDB ([`store`]), the build pipeline ([`pipeline`]), query
//! results and exports ([`output`]), and extraction scored against gold
//! facts ([`eval`]).

pub mod error;
pub mod eval;
pub mod formats;
pub mod output;
pub mod pipeline;
pub mod sources;
pub mod store;
pub mod union;

pub use error::{Error, Result};

use racegraph_extract::{corpus, extract, lexicon};
use racegraph_rdf::{rdf, resolve, vocab};
