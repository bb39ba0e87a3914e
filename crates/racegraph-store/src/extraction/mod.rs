//! Extraction without a store, streamed: articles are read, extracted on
//! every core a batch at a time (see [`crate::parallel`]), resolved in
//! order and written article by article to a [`QuadSink`]; nothing of the
//! corpus is held but the names and parts the entities graph needs
//! ([`LabelIndex`]) and the aliases resolution needs.
//!
//! `--shard K/N` extracts the articles whose id falls in shard K of N (by
//! a hash of the id, so the split does not depend on the machine, the
//! order or the other files).

mod write;

pub use write::{ExtractionWriter, QuadSink, ShardWriter};

use crate::corpus::{self, Article, Rejected};
use crate::error::{Error, Result};
use crate::labels::LabelIndex;
use crate::parallel::{self, Extracted};
use crate::pipeline::{
    list_inputs, read_stdin, BuildReport, Progress, BATCH, DEFAULT_ARTICLE_BUDGET,
};
use crate::{rdf, resolve};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// One shard of a corpus: the `k`th (from 1) of `n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: usize,
    pub n: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let bad = || format!("--shard {s}: expected K/N with 1 <= K <= N (e.g. 2/8)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n): (usize, usize) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if k == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

impl Shard {
    /// Whether the article with this id belongs to the shard.
    pub fn holds(&self, id: &str) -> bool {
        shard_of(id, self.n) == self.k - 1
    }

    /// The name of the shard's file: `racegraph-K-of-N.nq.gz`.
    pub fn file_name(&self) -> String {
        format!("racegraph-{}-of-{}.nq.gz", self.k, self.n)
    }
}

/// The shard (from 0) of an article id among `n`: the first 48 bits of
/// the SHA-256 of the id, modulo `n`.
pub fn shard_of(id: &str, n: usize) -> usize {
    let h = u64::from_str_radix(&racegraph_extract::slug::short_hash(id), 16).unwrap_or(0);
    (h % n.max(1) as u64) as usize
}

/// How an extraction runs.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    pub walk: corpus::WalkOptions,
    /// Only the articles of this shard.
    pub shard: Option<Shard>,
    /// Threads that extract (`None`: one per core).
    pub threads: Option<usize>,
    pub article_budget: Duration,
    /// Write the entities graph (labels) after the articles. A shard
    /// leaves it out: labels are chosen from the names of every article.
    pub labels: bool,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        Self {
            walk: corpus::WalkOptions::default(),
            shard: None,
            threads: None,
            article_budget: DEFAULT_ARTICLE_BUDGET,
            labels: true,
        }
    }
}

/// What the reading side sends: a batch of articles read and extracted,
/// and files rejected, in the order of the listing.
type Items = Vec<std::result::Result<Extracted, Rejected>>;

/// Extracts the articles under `paths` to `sink`, article by article, then
/// (unless told not to) the entities graph. Returns the report (no
/// entities are counted when the labels are left out; no triples).
pub fn extract_to(
    paths: &[PathBuf],
    options: &ExtractOptions,
    sink: &mut dyn QuadSink,
    progress: Option<Progress>,
) -> Result<BuildReport> {
    let started = Instant::now();
    let (stdin, listed, mut report) = list_inputs(paths, &options.walk)?;
    let shard = options.shard;
    let entries: Vec<&corpus::Entry> = listed
        .iter()
        .filter(|e| shard.is_none_or(|s| s.holds(&e.id)))
        .collect();
    report.other_shards = listed.len() - entries.len();
    let first = stdin.then(|| read_stdin(&mut std::io::stdin().lock()));
    let total = entries.len() + usize::from(stdin);
    let pool = parallel::pool(options.threads)?;
    let budget = options.article_budget;
    let mut aliases = resolve::Aliases::default();
    let mut labels = LabelIndex::default();
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = mpsc::sync_channel::<Items>(0);
        let reader = scope.spawn(move || {
            let mut items: Vec<std::result::Result<Article, Rejected>> = Vec::new();
            let mut articles = 0;
            let send = |items: &mut Vec<std::result::Result<Article, Rejected>>| {
                let (mut read, mut order) = (Vec::new(), Vec::new());
                for item in items.drain(..) {
                    match item {
                        Ok(a) => {
                            order.push(None);
                            read.push(a);
                        }
                        Err(r) => order.push(Some(r)),
                    }
                }
                let mut extracted = parallel::extract_all(&pool, read, budget).into_iter();
                let batch: Items = order
                    .into_iter()
                    .filter_map(|o| match o {
                        Some(r) => Some(Err(r)),
                        None => extracted.next().map(Ok),
                    })
                    .collect();
                tx.send(batch).is_ok()
            };
            match first {
                Some(Ok(a)) if shard.is_none_or(|s| s.holds(&a.id)) => {
                    items.push(Ok(a));
                    articles += 1;
                }
                Some(Ok(_)) | None => {}
                Some(Err(r)) => items.push(Err(r)),
            }
            for e in entries {
                let read = e.read();
                articles += usize::from(read.is_ok());
                items.push(read);
                if articles >= BATCH {
                    if !send(&mut items) {
                        return;
                    }
                    articles = 0;
                }
            }
            if !items.is_empty() {
                send(&mut items);
            }
        });
        let mut done = 0;
        for batch in rx {
            for item in batch.iter().flatten() {
                if let (_, Ok(x)) = item {
                    aliases.learn_acronyms(x);
                }
            }
            for item in batch {
                done += 1;
                match item {
                    Err(r) => report.rejected.push(r),
                    Ok((a, Err(reason))) => report.rejected.push(Rejected {
                        path: a.path.clone(),
                        reason,
                    }),
                    Ok((a, Ok(x))) => {
                        let paths = resolve::resolve(&x, &a.id, &mut aliases);
                        let quads = distinct(rdf::article_quads(&a, &x, &paths));
                        labels.add_graph(&quads)?;
                        // A failed write ends the reader at its next batch.
                        sink.article(&quads)?;
                        report.read += 1;
                        report.loaded += 1;
                    }
                }
                if let Some(p) = progress {
                    p(done, total);
                }
            }
        }
        reader
            .join()
            .map_err(|_| Error::Threads("the reading thread stopped".into()))
    })?;
    if options.labels {
        report.entities = labels.emit(&mut |q| sink.entity(q))?;
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Each quad once, in the order first given (a graph is a set, as the
/// store keeps it: a name used twice in an article counts once).
fn distinct(quads: Vec<oxigraph::model::Quad>) -> Vec<oxigraph::model::Quad> {
    let mut seen = std::collections::HashSet::with_capacity(quads.len());
    let keep: Vec<bool> = quads.iter().map(|q| seen.insert(q)).collect();
    drop(seen);
    quads
        .into_iter()
        .zip(keep)
        .filter_map(|(q, k)| k.then_some(q))
        .collect()
}
