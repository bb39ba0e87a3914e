//! The build: read articles, extract, resolve, map to RDF and load, one
//! article at a time so memory does not grow with the corpus.

use crate::bulk::{BulkLoad, COMMIT_QUADS};
use crate::corpus::{self, Article, Rejected};
use crate::error::Result;
use crate::extract::Extraction;
use crate::known::{Sources, Step};
use crate::labels::{self, LabelIndex};
use crate::parallel;
use crate::rdf;
use crate::resolve;
use crate::sources::{self, SourceIndex};
use crate::store::GraphStore;
use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub read: usize,
    pub loaded: usize,
    pub skipped: usize,
    /// Articles whose file was renamed or moved: the new path is recorded,
    /// nothing is extracted or loaded again.
    pub moved: usize,
    /// Articles removed because their files are gone (`--prune`).
    pub removed: usize,
    pub rejected: Vec<Rejected>,
    /// Lines for the user that are not rejections (an article whose id had
    /// to differ from its file name's, a file left out by its name).
    pub notes: Vec<String>,
    pub entities: usize,
    pub triples: usize,
    pub elapsed: Duration,
    /// Articles of the listing left to other shards (`extract --shard`).
    pub other_shards: usize,
}

impl BuildReport {
    /// The one-line summary the CLI prints; moved and removed articles
    /// are counted when there are any.
    pub fn summary(&self) -> String {
        let moved = if self.moved > 0 {
            format!(", {} moved", self.moved)
        } else {
            String::new()
        };
        let removed = if self.removed > 0 {
            format!("; {} removed", self.removed)
        } else {
            String::new()
        };
        format!(
            "{} articles read: {} loaded, {} unchanged{moved}, {} rejected{removed}; {} entities, {} triples in the store ({:.2}s)",
            self.read + self.rejected.len(),
            self.loaded,
            self.skipped,
            self.rejected.len(),
            self.entities,
            self.triples,
            self.elapsed.as_secs_f64()
        )
    }
}

/// Called after each article with (done, total).
pub type Progress<'a> = &'a dyn Fn(usize, usize);

/// How many changed articles are resolved and loaded together. Acronyms
/// defined anywhere in a batch name the same IRI whichever article comes
/// first; across batches the store's aliases do that. Memory is bounded by
/// the batch, not by the corpus.
pub const BATCH: usize = 256;

/// How a build treats each article.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Longest time one article may take to extract; after it the article
    /// is rejected with a reason and the build goes on.
    pub article_budget: Duration,
    /// How folders are walked (`--exclude`).
    pub walk: corpus::WalkOptions,
    /// Remove the articles whose files under the folders given are gone.
    pub prune: bool,
    /// Threads that extract (`None`: one per core). The graph is the same
    /// whatever the number.
    pub threads: Option<usize>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            article_budget: DEFAULT_ARTICLE_BUDGET,
            walk: corpus::WalkOptions::default(),
            prune: false,
            threads: None,
        }
    }
}

/// The default time budget of one article (extraction is linear; the
/// largest article accepted takes a few seconds).
pub const DEFAULT_ARTICLE_BUDGET: Duration = Duration::from_secs(60);

/// Builds (or updates) the graph in `store` from the articles under `paths`,
/// reading, extracting and loading a batch of articles at a time.
pub fn build(
    store: &GraphStore,
    paths: &[PathBuf],
    progress: Option<Progress>,
) -> Result<BuildReport> {
    build_with(store, paths, progress, &BuildOptions::default())
}

/// The inputs of a build or an extraction: whether `-` (standard input, one
/// article, read first) is among them, the article files the other paths
/// hold, and a report that starts with what the walk rejected and noted.
pub(crate) fn list_inputs(
    paths: &[PathBuf],
    walk: &corpus::WalkOptions,
) -> Result<(bool, Vec<corpus::Entry>, BuildReport)> {
    let stdin = paths.iter().any(|p| p.as_os_str() == STDIN);
    let files: Vec<&PathBuf> = paths.iter().filter(|p| p.as_os_str() != STDIN).collect();
    let listing = corpus::list_paths_with(&files, walk)?;
    let mut report = BuildReport {
        rejected: listing.rejected,
        notes: listing.notes,
        ..Default::default()
    };
    report
        .notes
        .extend(listing.entries.iter().flat_map(|e| e.notes.clone()));
    Ok((stdin, listing.entries, report))
}

/// [`build`] with options.
///
/// Two threads and a pool: this thread lists the files and loads; a
/// second examines each file (stat first, then hash) and hands the new and
/// changed articles, a batch at a time, to the pool, which extracts them
/// on every core; the extracted batch goes to the loader through a channel
/// that holds none (a hand-over), so memory is bounded by two batches whatever
/// the corpus. Batches and their order do not depend on the number of
/// threads, so neither do IRIs or quads.
pub fn build_with(
    store: &GraphStore,
    paths: &[PathBuf],
    progress: Option<Progress>,
    options: &BuildOptions,
) -> Result<BuildReport> {
    let started = Instant::now();
    let (stdin, entries, mut report) = list_inputs(paths, &options.walk)?;
    store.load_ontology()?;
    // Into a store without articles, the labels are chosen as the quads go
    // by and loaded with them, as `extract` does: no second pass over the
    // store, which need not wait for its files to be merged.
    let mut fresh = if store.has_articles()? {
        None
    } else {
        store.clear_graph_in_slices(&labels::graph())?;
        Some(LabelIndex::default())
    };
    let known = Sources {
        store,
        index: SourceIndex::open(store.path())?,
        claimed: HashSet::new(),
        notes: Vec::new(),
    };
    let total = entries.len() + usize::from(stdin);
    let first = stdin.then(|| read_stdin(&mut std::io::stdin().lock()));
    let pool = parallel::pool(options.threads)?;
    let examiner = Examiner {
        known,
        report: BuildReport::default(),
        pool,
        budget: options.article_budget,
    };
    // The number of entities labelled as the build loaded, if it did.
    let mut entities = None;
    let (examiner, loaded) = std::thread::scope(|scope| -> Result<(Examiner, usize)> {
        let (tx, rx) = mpsc::sync_channel::<Batch>(0);
        let entries = &entries;
        let producer = scope.spawn(move || examiner.run(first, entries, total, tx));
        // The store's aliases are read once something is to be loaded.
        let mut aliases: Option<resolve::Aliases> = None;
        // New graphs go to one bulk load across batches, ingested every
        // `COMMIT_QUADS` quads and at the end.
        let mut bulk = BulkLoad::new(store);
        let mut loaded = 0;
        let mut failed = None;
        for batch in rx {
            if !batch.articles.is_empty() {
                let aliases = match &mut aliases {
                    Some(a) => a,
                    None => match store.aliases() {
                        Ok(a) => aliases.insert(a),
                        Err(e) => {
                            failed = Some(e);
                            break;
                        }
                    },
                };
                match load_batch(store, aliases, batch.articles, &mut bulk, fresh.as_mut())
                    .and_then(|(n, replaced)| {
                        if bulk.pending() >= COMMIT_QUADS {
                            bulk.commit()?;
                        }
                        // Graphs replaced in transactions are in the write-ahead
                        // log: readers see them once flushed.
                        if replaced {
                            store.commit_point()?;
                        }
                        Ok(n)
                    }) {
                    Ok(n) => loaded += n,
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            if let Some(p) = progress {
                p(batch.done, total);
            }
        }
        if failed.is_none() {
            let labelled = match fresh.take() {
                Some(index) => index.emit(&mut |q| bulk.push(q)).map(Some),
                None => Ok(None),
            };
            match labelled.and_then(|n| {
                bulk.commit()?;
                store.commit_point()?;
                Ok(n)
            }) {
                Ok(n) => entities = n,
                Err(e) => failed = Some(e),
            }
        }
        // What was not committed (after a failure) is removed, files too.
        drop(bulk);
        // The examiner stops at its next batch once the channel is gone.
        let examined = producer
            .join()
            .map_err(|_| crate::error::Error::Threads("the examining thread stopped".into()))?;
        if let Some(e) = failed {
            return Err(e);
        }
        Ok((examined?, loaded))
    })?;
    let Examiner {
        mut known,
        report: examined,
        ..
    } = examiner;
    report.read = examined.read;
    report.skipped = examined.skipped;
    report.moved = examined.moved;
    report.rejected.extend(examined.rejected);
    report.loaded = loaded;
    if options.prune {
        let dirs: Vec<PathBuf> = paths
            .iter()
            .filter(|p| p.as_os_str() != STDIN && p.is_dir())
            .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| sources::file_key(p)))
            .collect();
        report.removed = known.prune(&dirs)?;
    }
    report.notes.append(&mut known.notes);
    report.entities = if let Some(n) = entities.filter(|_| report.removed == 0) {
        known.index.set_labels_current(true)?;
        n
    } else if report.loaded + report.removed > 0 || !known.index.labels_current() {
        let n = store.refresh_labels()?;
        store.commit_point()?;
        known.index.set_labels_current(true)?;
        n
    } else {
        store.commit_point()?;
        store.entity_count()?
    };
    known.index.compact()?;
    report.triples = store.len()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// What the examiner hands the loader: extracted articles (with whether
/// each replaces a graph), and how many files have been examined.
struct Batch {
    articles: Vec<(Arc<Article>, Extraction, bool)>,
    done: usize,
}

/// The examining side of a build: decides what each file needs and has
/// the new and changed ones extracted.
struct Examiner<'a> {
    known: Sources<'a>,
    /// Counts of files read, unchanged, moved and rejected.
    report: BuildReport,
    pool: parallel::Pool,
    budget: Duration,
}

impl Examiner<'_> {
    /// Examines every file in order, sending a batch whenever [`BATCH`]
    /// articles are to be loaded or [`BATCH`] files have been examined.
    fn run(
        mut self,
        mut first: Option<std::result::Result<Article, Rejected>>,
        entries: &[corpus::Entry],
        total: usize,
        tx: mpsc::SyncSender<Batch>,
    ) -> Result<Self> {
        let mut entries = entries.iter();
        let mut pending: Vec<(Article, bool)> = Vec::new();
        for n in 0..total {
            let step = match first.take() {
                Some(Err(r)) => Step::Rejected(r),
                Some(Ok(a)) => {
                    let stored = self.known.store.stored_hash(&rdf::article_iri(&a.id))?;
                    if stored.as_deref() == Some(a.hash.as_str()) {
                        Step::Unchanged
                    } else {
                        Step::Load(a, stored.is_some())
                    }
                }
                None => match entries.next() {
                    Some(entry) => self.known.examine(entry)?,
                    None => break,
                },
            };
            match step {
                Step::Rejected(r) => self.report.rejected.push(r),
                Step::Unchanged => {
                    self.report.read += 1;
                    self.report.skipped += 1;
                }
                Step::Moved => {
                    self.report.read += 1;
                    self.report.moved += 1;
                }
                Step::Load(a, existed) => pending.push((a, existed)),
            }
            if pending.len() >= BATCH || (n + 1) % BATCH == 0 || n + 1 == total {
                let articles = self.extract(std::mem::take(&mut pending));
                let changes = !articles.is_empty();
                if changes {
                    self.known.changing()?;
                }
                if tx
                    .send(Batch {
                        articles,
                        done: n + 1,
                    })
                    .is_err()
                {
                    // The loader failed; it says why.
                    break;
                }
                if changes {
                    self.known.index.flush()?;
                }
            }
        }
        Ok(self)
    }

    /// Extracts articles on every core; a rejected one is reported and
    /// its record forgotten (it was not loaded).
    fn extract(&mut self, pending: Vec<(Article, bool)>) -> Vec<(Arc<Article>, Extraction, bool)> {
        if pending.is_empty() {
            return Vec::new();
        }
        let (articles, existed): (Vec<Article>, Vec<bool>) = pending.into_iter().unzip();
        let mut out = Vec::with_capacity(articles.len());
        for ((a, x), existed) in parallel::extract_all(&self.pool, articles, self.budget)
            .into_iter()
            .zip(existed)
        {
            match x {
                Ok(x) => {
                    self.report.read += 1;
                    out.push((a, x, existed));
                }
                Err(reason) => {
                    self.known.index.forget(&a.id);
                    self.report.rejected.push(Rejected {
                        path: a.path.clone(),
                        reason,
                    });
                }
            }
        }
        out
    }
}

pub use crate::remove::{remove, RemoveReport};

/// The path that names standard input.
pub const STDIN: &str = "-";

/// The article on standard input. Its id is `stdin-` and the start of its
/// content hash, so different texts piped in are different articles and
/// the same text piped twice is skipped as unchanged.
pub fn read_stdin(input: &mut dyn Read) -> std::result::Result<Article, Rejected> {
    let reject = |reason: String| Rejected {
        path: PathBuf::from(STDIN),
        reason,
    };
    let mut bytes = Vec::new();
    input
        .take(corpus::MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| reject(format!("reading standard input: {e}")))?;
    if bytes.len() as u64 > corpus::MAX_ARTICLE_BYTES {
        return Err(reject(format!(
            "too large for an article (limit {} bytes)",
            corpus::MAX_ARTICLE_BYTES
        )));
    }
    let parsed = corpus::parse_article(
        &bytes,
        "stdin".into(),
        "(standard input)".into(),
        PathBuf::from(STDIN),
    )
    .map_err(reject)?;
    let id = format!("stdin-{}", &parsed.hash[..12.min(parsed.hash.len())]);
    Ok(Article { id, ..parsed })
}

/// Resolves and loads a batch of extracted articles; returns how many,
/// and whether a graph was replaced. Articles new to the store go to the
/// bulk load (ingested when the build commits it), and to `labels` when
/// the build chooses the labels as it loads; a changed article replaces
/// its graph in a transaction of its own.
fn load_batch(
    store: &GraphStore,
    aliases: &mut resolve::Aliases,
    batch: Vec<(Arc<Article>, Extraction, bool)>,
    bulk: &mut BulkLoad<'_>,
    mut labels: Option<&mut LabelIndex>,
) -> Result<(usize, bool)> {
    for (_, x, _) in &batch {
        aliases.learn_acronyms(x);
    }
    let n = batch.len();
    let mut replaced = false;
    for (a, x, existed) in batch {
        // Resolution in the order of the articles: IRIs depend on it.
        let paths = resolve::resolve(&x, &a.id, aliases);
        let quads = rdf::article_quads(&a, &x, &paths);
        if existed {
            store.replace_graph(&rdf::article_iri(&a.id), &quads)?;
            replaced = true;
        } else {
            if let Some(index) = labels.as_deref_mut() {
                index.add_graph(&quads)?;
            }
            for q in quads {
                bulk.push(q)?;
            }
        }
    }
    Ok((n, replaced))
}
