//! The build: read articles, extract, resolve, map to RDF and load, one
//! article at a time so memory does not grow with the corpus.

use crate::corpus::{self, Article, Rejected};
use crate::error::Result;
use crate::extract::{self, Extraction};
use crate::rdf;
use crate::resolve;
use crate::sources::{self, Source, SourceIndex};
use crate::store::GraphStore;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
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
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            article_budget: DEFAULT_ARTICLE_BUDGET,
            walk: corpus::WalkOptions::default(),
            prune: false,
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

/// What a build does with one file.
enum Step {
    /// Same text as the store has: nothing to do.
    Unchanged,
    /// Same text as an article whose file is gone: recorded at its new path.
    Moved,
    /// New or changed: extract and load (replacing the graph if it existed).
    Load(Article, bool),
    Rejected(Rejected),
}

/// The build's view of the store's articles and their files.
struct Sources<'a> {
    store: &'a GraphStore,
    index: SourceIndex,
    /// Article ids this build has given a file, so no two files share one.
    claimed: HashSet<String>,
    notes: Vec<String>,
}

impl Sources<'_> {
    /// Decides what to do with a listed file. A file at a recorded path
    /// whose size and modification time are those recorded, with the
    /// store's hash the recorded one, is unchanged without being read;
    /// otherwise it is read and hashed. A file at a new path with the text
    /// of an article whose file is gone moves that article.
    fn examine(&mut self, entry: &corpus::Entry) -> Result<Step> {
        let key = sources::file_key(&entry.path);
        let stat = sources::file_stat(&entry.path);
        if let Some(id) = self.index.id_of_path(&key).map(str::to_string) {
            if self.claimed.insert(id.clone()) {
                return self.examine_known(entry, key, stat, id);
            }
        }
        let a = match entry.read() {
            Ok(a) => a,
            Err(r) => return Ok(Step::Rejected(r)),
        };
        if let Some(old) = self.movable(&a.hash)? {
            self.claimed.insert(old.clone());
            self.store
                .set_article_source(&rdf::article_iri(&old), &a.source)?;
            self.record(&old, key, stat, &a.hash);
            return Ok(Step::Moved);
        }
        let id = self.free_id(&a, &key);
        self.claimed.insert(id.clone());
        let a = Article { id, ..a };
        let stored = self.store.stored_hash(&rdf::article_iri(&a.id))?;
        self.record(&a.id, key, stat, &a.hash);
        Ok(if stored.as_deref() == Some(a.hash.as_str()) {
            Step::Unchanged
        } else {
            Step::Load(a, stored.is_some())
        })
    }

    /// A file at the path an article was read from.
    fn examine_known(
        &mut self,
        entry: &corpus::Entry,
        key: PathBuf,
        stat: Option<(u64, u64)>,
        id: String,
    ) -> Result<Step> {
        let stored = self.store.stored_hash(&rdf::article_iri(&id))?;
        if let (Some(record), Some((size, mtime_ns)), Some(stored)) =
            (self.index.get(&id), stat, &stored)
        {
            if record.size == size && record.mtime_ns == mtime_ns && &record.hash == stored {
                return Ok(Step::Unchanged);
            }
        }
        let a = match corpus::read_article(&entry.path, id.clone(), entry.source.clone()) {
            Ok(a) => a,
            Err(reason) => {
                return Ok(Step::Rejected(Rejected {
                    path: entry.path.clone(),
                    reason,
                }))
            }
        };
        self.record(&id, key, stat, &a.hash);
        Ok(if stored.as_deref() == Some(a.hash.as_str()) {
            Step::Unchanged
        } else {
            Step::Load(a, stored.is_some())
        })
    }

    /// An article with this text whose file is gone, and which no file of
    /// this build has taken yet.
    fn movable(&self, hash: &str) -> Result<Option<String>> {
        for id in self.index.ids_with_hash(hash) {
            let Some(record) = self.index.get(&id) else {
                continue;
            };
            if self.claimed.contains(&id) || !sources::is_gone(&record.path) {
                continue;
            }
            let stored = self.store.stored_hash(&rdf::article_iri(&id))?;
            if stored.as_deref() == Some(hash) {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    /// The id for an article at a new path: its listing's, unless a file
    /// of this build has it, or an article of the store whose file is
    /// still there; then a hash of its source is added, and a note says so.
    fn free_id(&mut self, a: &Article, key: &Path) -> String {
        let taken = |s: &Self, id: &str| {
            s.claimed.contains(id)
                || s.index
                    .get(id)
                    .is_some_and(|r| r.path != key && !sources::is_gone(&r.path))
        };
        let mut id = a.id.clone();
        let mut salt = a.source.clone();
        while taken(self, &id) {
            id = format!("{}-{}", a.id, racegraph_extract::slug::short_hash(&salt));
            salt.push('+');
        }
        if id != a.id {
            self.notes.push(format!(
                "{}: article id `{}` is taken by another file of the store; this article is `{id}`",
                corpus::display_path(&a.path),
                a.id
            ));
        }
        id
    }

    fn record(&mut self, id: &str, key: PathBuf, stat: Option<(u64, u64)>, hash: &str) {
        match stat {
            Some((size, mtime_ns)) => self.index.set(
                id,
                Source {
                    path: key,
                    size,
                    mtime_ns,
                    hash: hash.to_string(),
                },
            ),
            None => self.index.forget(id),
        }
    }

    /// Says, once, that article graphs are about to change, so a build
    /// killed before it recomputes the labels leaves that known.
    fn changing(&mut self) -> Result<()> {
        if self.index.labels_current() {
            self.index.set_labels_current(false)?;
        }
        Ok(())
    }

    /// Removes the articles whose recorded files under `dirs` are gone,
    /// unless a file of this build took them; returns how many.
    fn prune(&mut self, dirs: &[PathBuf]) -> Result<usize> {
        let mut removed = 0;
        for dir in dirs {
            for id in self.index.ids_under(dir) {
                let gone = self
                    .index
                    .get(&id)
                    .is_some_and(|r| sources::is_gone(&r.path));
                if gone && !self.claimed.contains(&id) {
                    self.changing()?;
                    self.store.remove_graph(&rdf::article_iri(&id))?;
                    self.index.forget(&id);
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
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
    let mut report = BuildReport {
        rejected: listing.rejected,
        notes: listing.notes,
        ..Default::default()
    };
    report
        .notes
        .extend(listing.entries.iter().flat_map(|e| e.notes.clone()));
    store.load_ontology()?;
    let mut known = Sources {
        store,
        index: SourceIndex::open(store.path())?,
        claimed: HashSet::new(),
        notes: Vec::new(),
    };
    let total = listing.entries.len() + usize::from(stdin);
    // The store's aliases are read once something is to be loaded.
    let mut aliases: Option<resolve::Aliases> = None;
    let mut batch: Vec<(Arc<Article>, Extraction, bool)> = Vec::with_capacity(BATCH);
    let mut first = stdin.then(|| read_stdin(&mut std::io::stdin().lock()));
    let mut entries = listing.entries.iter();
    for n in 0..total {
        let step = match first.take() {
            Some(Err(r)) => Step::Rejected(r),
            Some(Ok(a)) => {
                let stored = store.stored_hash(&rdf::article_iri(&a.id))?;
                if stored.as_deref() == Some(a.hash.as_str()) {
                    Step::Unchanged
                } else {
                    Step::Load(a, stored.is_some())
                }
            }
            None => match entries.next() {
                Some(entry) => known.examine(entry)?,
                None => break,
            },
        };
        match step {
            Step::Rejected(r) => report.rejected.push(r),
            Step::Unchanged => {
                report.read += 1;
                report.skipped += 1;
            }
            Step::Moved => {
                report.read += 1;
                report.moved += 1;
            }
            Step::Load(a, existed) => {
                let a = Arc::new(a);
                match extract_within(&a, options.article_budget) {
                    Ok(x) => {
                        report.read += 1;
                        batch.push((a, x, existed));
                    }
                    Err(reason) => {
                        // Not loaded: its record must not say it was.
                        known.index.forget(&a.id);
                        report.rejected.push(Rejected {
                            path: a.path.clone(),
                            reason,
                        })
                    }
                }
            }
        }
        if batch.len() >= BATCH || (n + 1 == total && !batch.is_empty()) {
            known.changing()?;
            let aliases = match &mut aliases {
                Some(a) => a,
                None => aliases.insert(store.aliases()?),
            };
            report.loaded += load_batch(store, aliases, std::mem::take(&mut batch))?;
            store.commit_point()?;
            known.index.flush()?;
        }
        if let Some(p) = progress {
            p(n + 1, total);
        }
    }
    if options.prune {
        let dirs: Vec<PathBuf> = files
            .iter()
            .filter(|p| p.is_dir())
            .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| sources::file_key(p)))
            .collect();
        report.removed = known.prune(&dirs)?;
    }
    report.notes.append(&mut known.notes);
    report.entities = if report.loaded + report.removed > 0 || !known.index.labels_current() {
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
