//! racegraph's client of remote SPARQL engines (Virtuoso, GraphDB, Neptune,
//! Stardog, QLever, an Oxigraph server): the store sent graph by graph through
//! the SPARQL 1.1 Graph Store Protocol, only what changed since the last push
//! to the same URL ([`push`]), and the entities graph recomputed on the
//! engine by one SPARQL 1.1 Update ([`labels`]).

pub mod error;
pub mod http;
pub mod labels;
pub mod push;
pub mod state;

pub use error::{Error, Result};
pub use http::{Auth, Remote, RetryPolicy};
pub use push::{push, PushOptions, PushReport};
