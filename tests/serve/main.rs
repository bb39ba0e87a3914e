//! `racegraph serve` tested from outside: the real binary on a loopback
//! port, spoken to by curl, SPARQLWrapper, rdflib and headless Chromium.

#[path = "../common/mod.rs"]
mod common;
mod harness;

mod clients;
mod explorer;
mod protocol;
mod sets;
mod writes;
