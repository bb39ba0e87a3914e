//! racegraph: news articles about road races in, a queryable RDF knowledge
//! graph out, every fact traceable to the sentence that states it.
//!
//! The modules follow the pipeline: [`corpus`] reads articles, [`extract`]
//! finds entities and facts, [`resolve`] gives each real entity one IRI and
//! label, [`rdf`] maps to quads, [`store`] keeps them in Oxigraph, and
//! [`output`] answers queries and exports. See `ARCHITECTURE.md`.

pub mod corpus;
pub mod dates;
pub mod error;
pub mod eval;
pub mod extract;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod rdf;
pub mod resolve;
pub mod stats;
pub mod store;
pub mod viz;
pub mod vocab;

pub use error::{Error, Result};
