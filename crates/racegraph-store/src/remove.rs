//! `racegraph remove`: articles taken out of the store by id or by the
//! path of their file, the entities graph recomputed after.

use crate::error::Result;
use crate::rdf;
use crate::sources::{self, SourceIndex};
use crate::store::GraphStore;
use std::path::Path;
use std::time::{Duration, Instant};

/// What `racegraph remove` did.
#[derive(Debug, Default)]
pub struct RemoveReport {
    /// The ids of the articles removed, in the order found.
    pub removed: Vec<String>,
    /// The names given that match no article of the store.
    pub unknown: Vec<String>,
    pub entities: usize,
    pub triples: usize,
    pub elapsed: Duration,
}

impl RemoveReport {
    /// The one-line summary the CLI prints.
    pub fn summary(&self) -> String {
        format!(
            "{} removed; {} entities, {} triples in the store ({:.2}s)",
            self.removed.len(),
            self.entities,
            self.triples,
            self.elapsed.as_secs_f64()
        )
    }
}

/// Removes articles from the store, each named by its article id (or
/// article IRI) or by the path of its file (a folder names every article
/// read from under it; the file need not exist any more). The entities
/// graph is recomputed, so labels of entities no article names go.
pub fn remove(store: &GraphStore, targets: &[String]) -> Result<RemoveReport> {
    let started = Instant::now();
    let mut index = SourceIndex::open(store.path())?;
    let mut report = RemoveReport::default();
    let mut ids: Vec<String> = Vec::new();
    for target in targets {
        let as_id = target
            .strip_prefix(rdf::article_iri("").as_str())
            .unwrap_or(target);
        let found: Vec<String> = if !as_id.is_empty()
            && !as_id.contains('/')
            && store.stored_hash(&rdf::article_iri(as_id))?.is_some()
        {
            vec![as_id.to_string()]
        } else {
            let path = Path::new(target);
            let key = std::fs::canonicalize(path).unwrap_or_else(|_| sources::file_key(path));
            index.ids_under(&key)
        };
        if found.is_empty() {
            report.unknown.push(target.clone());
        }
        for id in found {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    if !ids.is_empty() {
        index.set_labels_current(false)?;
        for id in &ids {
            store.remove_graph(&rdf::article_iri(id))?;
            index.forget(id);
        }
        store.commit_point()?;
        index.flush()?;
    }
    report.entities = if !ids.is_empty() || !index.labels_current() {
        let n = store.refresh_labels()?;
        store.commit_point()?;
        index.set_labels_current(true)?;
        n
    } else {
        store.entity_count()?
    };
    index.compact()?;
    report.removed = ids;
    report.triples = store.len()?;
    report.elapsed = started.elapsed();
    Ok(report)
}
