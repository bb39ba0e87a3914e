//! racegraph's extractor: reading articles ([`corpus`]), calendar dates
//! ([`dates`]), the word lists and gazetteer of `data/` ([`lexicon`]), and
//! the rule-based extraction of entities and facts with evidence
//! ([`extract`]). It knows nothing of RDF or of the store: the crates on top
//! turn its output into IRIs and quads.

pub mod contract;
pub mod corpus;
pub mod dates;
pub mod extract;
pub mod lexicon;
pub mod pattern;
pub mod slug;

pub use extract::{extract, extract_text, Extraction};
