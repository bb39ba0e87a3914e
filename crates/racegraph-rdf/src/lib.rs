//! From extraction to RDF: the vocabulary contract ([`vocab`]), one IRI and
//! label per real entity across articles ([`resolve`]), and an article's
//! facts as quads with evidence ([`rdf`]). No store: this crate does not
//! link RocksDB.

pub mod rdf;
pub mod resolve;
pub mod vocab;

use racegraph_extract::{corpus, extract, lexicon};
