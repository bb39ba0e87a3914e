//! `racegraph labels --update URL`: the entities graph recomputed on a
//! remote engine by one SPARQL 1.1 Update (`labels.ru`), for a graph loaded
//! there in pieces (shards bulk-loaded, several stores pushed), where no
//! local store has seen every article's names.
//!
//! The update picks the name the most articles use; `racegraph build`
//! also consults the gazetteer (a country's or a city's own name) and undoes
//! typographic capitals in people's names, which SPARQL cannot, so those
//! labels may differ in spelling where the articles disagree.

use crate::error::Result;
use crate::http::Remote;
use reqwest::Method;

/// The update sent.
pub const UPDATE: &str = include_str!("labels.ru");

/// Sends [`UPDATE`] to the SPARQL 1.1 Update endpoint of `remote`, as a
/// URL-encoded form (the one encoding every engine accepts).
pub fn update(remote: &Remote) -> Result<()> {
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("update", UPDATE)
        .finish();
    remote.expect(
        Method::POST,
        &[],
        Some(("application/x-www-form-urlencoded", body.as_bytes())),
        &[],
    )?;
    Ok(())
}
