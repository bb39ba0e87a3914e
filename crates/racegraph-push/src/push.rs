//! `racegraph push URL`: every named graph of the store to a SPARQL 1.1
//! Graph Store Protocol endpoint. A graph whose N-Triples differ from those
//! last sent to the same URL (or that was never sent) is replaced with PUT;
//! a graph sent before and gone from the store is removed with DELETE; the
//! rest is left alone. The ontology and the entities graph are graphs like
//! the others.

use crate::error::{Error, Result};
use crate::http::Remote;
use crate::state::PushState;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode};
use racegraph_store::store::GraphStore;
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::Instant;

/// N-Triples are Turtle: every engine's Graph Store Protocol reads them as
/// `text/turtle`, and they stream without prefixes to resolve.
const CONTENT_TYPE: &str = "text/turtle";

#[derive(Debug, Clone)]
pub struct PushOptions {
    /// Compare and report, send nothing, keep the state as it was.
    pub dry_run: bool,
    /// Send every graph, whatever was sent before (the remote was emptied).
    pub all: bool,
    /// The query parameter that names the graph: `graph` in the standard.
    pub graph_param: String,
    /// Requests under way at once.
    pub jobs: usize,
}

impl Default for PushOptions {
    fn default() -> Self {
        PushOptions {
            dry_run: false,
            all: false,
            graph_param: "graph".to_string(),
            jobs: 4,
        }
    }
}

/// What a push did (or, dry, would do).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PushReport {
    pub put: usize,
    pub deleted: usize,
    pub unchanged: usize,
    /// Triples in the graphs put.
    pub triples: usize,
    /// Bytes of N-Triples put.
    pub bytes: usize,
    pub retried: u32,
    pub seconds: f64,
    pub dry_run: bool,
}

impl PushReport {
    /// The summary line.
    pub fn summary(&self, url: &str) -> String {
        let (put, deleted) = if self.dry_run {
            ("to put", "to delete")
        } else {
            ("put", "deleted")
        };
        let retried = match self.retried {
            0 => String::new(),
            1 => "; 1 request retried".to_string(),
            n => format!("; {n} requests retried"),
        };
        format!(
            "{}{url}: {} graphs {put}, {} {deleted}, {} unchanged; {} triples{retried} ({:.2}s)",
            if self.dry_run {
                "dry run, nothing sent to "
            } else {
                "pushed to "
            },
            self.put,
            self.deleted,
            self.unchanged,
            self.triples,
            self.seconds
        )
    }
}

/// Pushes `store` to the Graph Store Protocol endpoint of `remote`. The
/// state is saved after the push, and after a failure for what was
/// confirmed before it, so the next push goes on from there.
pub fn push(store: &GraphStore, remote: &Remote, options: &PushOptions) -> Result<PushReport> {
    let started = Instant::now();
    let key = remote.url().to_string();
    let mut state = PushState::open(store.path())?;
    let before = state.target(&key);
    let mut after: BTreeMap<String, String> = BTreeMap::new();
    let mut report = PushReport {
        dry_run: options.dry_run,
        ..PushReport::default()
    };
    let outcome = send_all(store, remote, options, &before, &mut after, &mut report);
    if !options.dry_run {
        // Graphs not reached (a failure) keep their old record, so they are
        // compared again next time; the others have their new one.
        let mut kept = before.clone();
        if outcome.is_ok() {
            kept.retain(|iri, _| after.contains_key(iri));
        }
        for (iri, hash) in &after {
            if hash.is_empty() {
                kept.remove(iri);
            } else {
                kept.insert(iri.clone(), hash.clone());
            }
        }
        state.set_target(&key, kept);
        state.save()?;
    }
    outcome?;
    report.retried = remote.retried.load(std::sync::atomic::Ordering::Relaxed);
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// A graph to send: its IRI, N-Triples and their hash.
struct Put {
    iri: String,
    body: Vec<u8>,
    hash: String,
}

/// Serialises and hashes the graphs on this thread while `jobs` threads
/// send those that changed (a bounded queue between them, so memory holds
/// a few graphs at a time); then deletes the graphs gone. The first
/// failure stops the push; what was confirmed before it is in `after`.
fn send_all(
    store: &GraphStore,
    remote: &Remote,
    options: &PushOptions,
    before: &BTreeMap<String, String>,
    after: &mut BTreeMap<String, String>,
    report: &mut PushReport,
) -> Result<()> {
    let mut graphs: Vec<NamedNode> = Vec::new();
    for g in store.inner().named_graphs() {
        if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g? {
            graphs.push(n);
        }
    }
    graphs.sort();
    let jobs = options.jobs.max(1);
    let confirmed: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
    let failure: Mutex<Option<Error>> = Mutex::new(None);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::sync_channel::<Put>(jobs * 2);
    let rx = Mutex::new(rx);
    let produced = std::thread::scope(|scope| -> Result<()> {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let next = match rx.lock() {
                    Ok(r) => r.recv(),
                    Err(_) => return,
                };
                let Ok(put) = next else { return };
                if stop.load(Ordering::Relaxed) {
                    continue;
                }
                let sent = remote.expect(
                    Method::PUT,
                    &[(&options.graph_param, put.iri.as_str())],
                    Some((CONTENT_TYPE, &put.body)),
                    &[],
                );
                match sent {
                    Ok(_) => {
                        if let Ok(mut c) = confirmed.lock() {
                            c.push((put.iri, put.hash));
                        }
                    }
                    Err(e) => {
                        stop.store(true, Ordering::Relaxed);
                        if let Ok(mut f) = failure.lock() {
                            f.get_or_insert(e);
                        }
                    }
                }
            });
        }
        let tx = tx;
        for graph in &graphs {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            let (body, triples) = ntriples(store, graph)?;
            let hash = format!("{:x}", Sha256::digest(&body));
            if !options.all && before.get(graph.as_str()) == Some(&hash) {
                report.unchanged += 1;
                after.insert(graph.as_str().to_string(), hash);
                continue;
            }
            report.put += 1;
            report.triples += triples;
            report.bytes += body.len();
            let put = Put {
                iri: graph.as_str().to_string(),
                body,
                hash,
            };
            if options.dry_run {
                after.insert(put.iri, put.hash);
            } else if tx.send(put).is_err() {
                break;
            }
        }
        Ok(())
    });
    for (iri, hash) in confirmed.into_inner().unwrap_or_default() {
        after.insert(iri, hash);
    }
    produced?;
    if let Some(e) = failure.into_inner().unwrap_or_default() {
        return Err(e);
    }
    let present: std::collections::HashSet<&str> = graphs.iter().map(|g| g.as_str()).collect();
    for iri in before.keys().filter(|i| !present.contains(i.as_str())) {
        if !options.dry_run {
            // Already gone there is as good as removed.
            remote.expect(
                Method::DELETE,
                &[(&options.graph_param, iri.as_str())],
                None,
                &[StatusCode::NOT_FOUND],
            )?;
        }
        report.deleted += 1;
        // An empty hash: removed from the state.
        after.insert(iri.clone(), String::new());
    }
    Ok(())
}

/// A graph of the store as N-Triples, and its number of triples.
fn ntriples(store: &GraphStore, graph: &NamedNode) -> Result<(Vec<u8>, usize)> {
    let mut out = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    let mut n = 0;
    for q in store.inner().quads_for_pattern(
        None,
        None,
        None,
        Some(GraphNameRef::NamedNode(graph.as_ref())),
    ) {
        let q = q?;
        out.serialize_triple(q.as_ref())
            .map_err(|e| Error::Usage(format!("serialising {graph}: {e}")))?;
        n += 1;
    }
    let body = out
        .finish()
        .map_err(|e| Error::Usage(format!("serialising {graph}: {e}")))?;
    Ok((body, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_says_what_was_done_or_would_be() {
        let mut r = PushReport {
            put: 2,
            deleted: 1,
            unchanged: 5,
            triples: 300,
            retried: 1,
            seconds: 0.5,
            ..PushReport::default()
        };
        assert_eq!(
            r.summary("http://h/store"),
            "pushed to http://h/store: 2 graphs put, 1 deleted, 5 unchanged; 300 triples; 1 request retried (0.50s)"
        );
        r.dry_run = true;
        r.retried = 0;
        assert_eq!(
            r.summary("http://h/store"),
            "dry run, nothing sent to http://h/store: 2 graphs to put, 1 to delete, 5 unchanged; 300 triples (0.50s)"
        );
    }
}
