//! The build: read articles, extract, resolve, map to RDF and load, one
//! article at a time so memory does not grow with the corpus.

use crate::corpus::{self, Article, Rejected};
use crate::error::Result;
use crate::extract::{self, Extraction};
use crate::rdf;
use crate::resolve;
use crate::store::GraphStore;
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
    pub rejected: Vec<Rejected>,
    /// Lines for the user that are not rejections (an article whose id had
    /// to differ from its file name's, a file left out by its name).
    pub notes: Vec<String>,
    pub entities: usize,
    pub triples: usize,
    pub elapsed: Duration,
}

impl BuildReport {
    /// The one-line summary the CLI prints.
    pub fn summary(&self) -> String {
        format!(
            "{} articles read: {} loaded, {} unchanged, {} rejected; {} entities, {} triples in the store ({:.2}s)",
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
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            article_budget: DEFAULT_ARTICLE_BUDGET,
            walk: corpus::WalkOptions::default(),
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

/// [`build`] with options.
pub fn build_with(
    store: &GraphStore,
    paths: &[PathBuf],
    progress: Option<Progress>,
    options: &BuildOptions,
) -> Result<BuildReport> {
    let started = Instant::now();
    // `-` is standard input: one article, read first.
    let stdin = paths.iter().any(|p| p.as_os_str() == STDIN);
    let files: Vec<&PathBuf> = paths.iter().filter(|p| p.as_os_str() != STDIN).collect();
    let listing = corpus::list_paths_with(&files, &options.walk)?;
    let entries = listing.entries;
    let mut report = BuildReport {
        rejected: listing.rejected,
        notes: listing.notes,
        ..Default::default()
    };
    report
        .notes
        .extend(entries.iter().flat_map(|e| e.notes.clone()));
    store.load_ontology()?;
    let total = entries.len() + usize::from(stdin);
    let mut aliases = store.aliases()?;
    let mut batch: Vec<(Arc<Article>, Extraction, bool)> = Vec::with_capacity(BATCH);
    let mut first = stdin.then(|| read_stdin(&mut std::io::stdin().lock()));
    let mut entries = entries.iter();
    for n in 0..total {
        let (read, path) = match first.take() {
            Some(article) => (article, PathBuf::from(STDIN)),
            None => match entries.next() {
                Some(entry) => (entry.read(), entry.path.clone()),
                None => break,
            },
        };
        let entry = Entry { path };
        match read {
            Err(r) => report.rejected.push(r),
            Ok(a) => {
                report.read += 1;
                let stored = store.stored_hash(&rdf::article_iri(&a.id))?;
                if stored.as_deref() == Some(a.hash.as_str()) {
                    report.skipped += 1;
                } else {
                    let a = Arc::new(a);
                    match extract_within(&a, options.article_budget) {
                        Ok(x) => batch.push((a, x, stored.is_some())),
                        Err(reason) => {
                            report.read -= 1;
                            report.rejected.push(Rejected {
                                path: entry.path.clone(),
                                reason,
                            })
                        }
                    }
                }
            }
        }
        if batch.len() >= BATCH || n + 1 == total {
            report.loaded += load_batch(store, &mut aliases, std::mem::take(&mut batch))?;
            store.commit_point()?;
        }
        if let Some(p) = progress {
            p(n + 1, total);
        }
    }
    report.entities = store.refresh_labels()?;
    store.commit_point()?;
    report.triples = store.len()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Extracts an article on a thread of its own, waiting at most `budget`.
/// Extraction does not fail; should a rule ever panic, or run past the
/// budget, the article is rejected with the reason (a thread past its
/// budget is left to end on its own; its result is dropped).
fn extract_within(a: &Arc<Article>, budget: Duration) -> std::result::Result<Extraction, String> {
    let (tx, rx) = mpsc::sync_channel(1);
    let article = Arc::clone(a);
    std::thread::Builder::new()
        .name("extract".into())
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(extract::extract(&article));
        })
        .map_err(|e| format!("could not start extracting: {e}"))?;
    rx.recv_timeout(budget).map_err(|e| match e {
        mpsc::RecvTimeoutError::Timeout => format!(
            "extraction took longer than the budget of {budget:?} per article (see --article-timeout)"
        ),
        mpsc::RecvTimeoutError::Disconnected => {
            "internal error while extracting (please report it with this file)".into()
        }
    })
}

/// The path that names standard input.
pub const STDIN: &str = "-";

/// Where an article came from, for rejections.
struct Entry {
    path: PathBuf,
}

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

/// Resolves and loads a batch of extracted articles; returns how many.
/// Articles new to the store go in through the bulk loader (one batch at a
/// time, straight to disk); a changed article replaces its graph in a
/// transaction of its own.
fn load_batch(
    store: &GraphStore,
    aliases: &mut resolve::Aliases,
    batch: Vec<(Arc<Article>, Extraction, bool)>,
) -> Result<usize> {
    for (_, x, _) in &batch {
        aliases.learn_acronyms(x);
    }
    let n = batch.len();
    let mut fresh = Vec::new();
    for (a, x, existed) in batch {
        let paths = resolve::resolve(&x, &a.id, aliases);
        let quads = rdf::article_quads(&a, &x, &paths);
        if existed {
            store.replace_graph(&rdf::article_iri(&a.id), &quads)?;
        } else {
            fresh.extend(quads);
        }
    }
    store.bulk_insert(fresh)?;
    Ok(n)
}

/// Extraction without a store: the quads of every article, resolved
/// together, with the entities' labels, and the report of the build.
pub fn extract_quads(
    paths: &[PathBuf],
    walk: &corpus::WalkOptions,
) -> Result<(Vec<oxigraph::model::Quad>, BuildReport)> {
    let dir = tempfile::tempdir().map_err(|source| crate::error::Error::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    let store = GraphStore::open(dir.path())?;
    let options = BuildOptions {
        walk: walk.clone(),
        ..Default::default()
    };
    let report = build_with(&store, paths, None, &options)?;
    let mut quads = Vec::new();
    for q in store.inner().iter() {
        let q = q?;
        if q.graph_name.to_string() != format!("<{}>", crate::vocab::ONTOLOGY_GRAPH) {
            quads.push(q);
        }
    }
    Ok((quads, report))
}
