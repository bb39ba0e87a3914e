//! The store: Oxigraph on RocksDB, one named graph per article, the
//! ontology in its own graph, resolved names in the entities graph.

use crate::error::{Error, Result};
use crate::extract::Kind;
use crate::resolve::Aliases;
use crate::vocab::{self, rg};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::{CancellationToken, PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store, StoreOptions};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The ontology, compiled in (`ontology/racegraph.ttl`).
pub const ONTOLOGY_TTL: &str = include_str!("../../../ontology/racegraph.ttl");

/// The store of a racegraph.
pub struct GraphStore {
    pub(crate) store: Store,
    path: PathBuf,
    /// The reader's snapshot folder, removed on drop (after the store).
    snapshot: Option<tempfile::TempDir>,
}

/// How many quads a transaction removes at a time when a graph is emptied.
const CLEAR_SLICE: usize = 10_000;

/// How often a reader tries to open the store before giving up.
const OPEN_ATTEMPTS: u32 = 30;

/// How many of its files RocksDB keeps open in a process that writes.
/// Each open file keeps its index in memory, and a build's store grows to
/// thousands of files (about 2,000 by 100,000 articles, some 300 MB of
/// indexes when all are open); a file not open is opened again when read.
const MAX_OPEN_FILES: u32 = 256;

/// Readers' snapshot folders inside a store are named so.
const SNAPSHOT_PREFIX: &str = ".reader-";

impl GraphStore {
    /// Opens (creating if needed) the store at `path`, for writing. The
    /// bulk loader's temporary files that a failed or killed build left
    /// behind are removed (the store's lock says no other writer has it).
    ///
    /// Another process that holds the store (a build, a removal, a server
    /// that takes writes) makes this [`Error::Locked`].
    pub fn open(path: &Path) -> Result<Self> {
        let options = StoreOptions::default().with_max_open_files(MAX_OPEN_FILES);
        let store =
            Self::wrap(path, Store::open_with_options(path, options)).map_err(|e| match e {
                Error::Store { path, source } if is_lock_error(&source) => Error::Locked(path),
                e => e,
            })?;
        store.remove_bulk_files();
        store.remove_dead_snapshots();
        // What a killed build left in the log becomes visible to readers.
        store.commit_point()?;
        Ok(store)
    }

    /// Removes the snapshots of readers that were killed (`.reader-PID-*`
    /// whose process is gone); only where `/proc` tells.
    fn remove_dead_snapshots(&self) {
        let proc = Path::new("/proc");
        let (Ok(listing), true) = (std::fs::read_dir(&self.path), proc.join("self").exists())
        else {
            return;
        };
        for entry in listing.flatten() {
            let name = entry.file_name();
            let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(SNAPSHOT_PREFIX)) else {
                continue;
            };
            let pid = rest.split('-').next().unwrap_or("");
            if !pid.is_empty()
                && pid.bytes().all(|b| b.is_ascii_digit())
                && !proc.join(pid).exists()
            {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }

    /// Makes everything written so far part of the files readers' snapshots
    /// see (they do not replay the write-ahead log): a build calls it after
    /// each batch and at its end.
    ///
    /// One flush at a time in a process: a server's concurrent writes (a
    /// `racegraph push` sends several graphs at once) each flushing left one
    /// of them waiting for ever inside RocksDB.
    pub fn commit_point(&self) -> Result<()> {
        static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _flushing = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Ok(self.store.flush()?)
    }

    /// Removes the bulk loader's `bulk-*.sst` files from the store folder:
    /// after an ingestion they are copies, after a failure they are waste
    /// (a full disk would stay full).
    pub(crate) fn remove_bulk_files(&self) {
        let Ok(listing) = std::fs::read_dir(&self.path) else {
            return;
        };
        for entry in listing.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with("bulk-") && name.ends_with(".sst") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Opens a store that must exist already, for reading only: any number
    /// of readers may share it, beside a build.
    ///
    /// A build may rewrite the store's file list and delete files a reader
    /// would still read, so a reader works on a snapshot of its own: a
    /// checkpoint (hard links, no copy) in a temporary folder inside the
    /// store, removed when the reader ends. Opening is tried again for a
    /// while should a build be switching files at that moment. Where the
    /// store's folder is not writable the store is read in place.
    pub fn open_existing(path: &Path) -> Result<Self> {
        if !path.join("CURRENT").exists() {
            return Err(Error::NoStore(path.to_path_buf()));
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            match Self::open_snapshot(path) {
                Ok(store) => return Ok(store),
                Err(_) if attempt < OPEN_ATTEMPTS => {
                    std::thread::sleep(std::time::Duration::from_millis(20 * attempt as u64));
                }
                // No snapshot could be made (a file system without hard
                // links?): read in place.
                Err(_) => return Self::wrap(path, Store::open_read_only(path)),
            }
        }
    }

    fn open_snapshot(path: &Path) -> Result<Self> {
        let live = Self::wrap(path, Store::open_read_only(path))?;
        let Ok(dir) = tempfile::Builder::new()
            .prefix(&format!("{SNAPSHOT_PREFIX}{}-", std::process::id()))
            .tempdir_in(path)
        else {
            return Ok(live);
        };
        let copy = dir.path().join("db");
        live.store.backup(&copy).map_err(|source| Error::Store {
            path: path.to_path_buf(),
            source,
        })?;
        drop(live);
        let mut store = Self::wrap(path, Store::open_read_only(&copy))?;
        store.snapshot = Some(dir);
        Ok(store)
    }

    fn wrap(path: &Path, opened: std::result::Result<Store, StorageError>) -> Result<Self> {
        let store = opened.map_err(|source| Error::Store {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Self {
            store,
            path: path.to_path_buf(),
            snapshot: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The Oxigraph store underneath.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize> {
        Ok(self.store.len()?)
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.store.is_empty()?)
    }

    /// (Re)loads the ontology into its graph, unless the graph holds it
    /// already (so a build with nothing to do writes nothing).
    pub fn load_ontology(&self) -> Result<()> {
        let g = NamedNode::new_unchecked(vocab::ONTOLOGY_GRAPH);
        let quads = RdfParser::from_format(RdfFormat::Turtle)
            .without_named_graphs()
            .with_default_graph(g.clone())
            .for_slice(ONTOLOGY_TTL.as_bytes())
            .collect::<Result<Vec<Quad>, _>>()
            .map_err(|e| Error::Ontology(e.to_string()))?;
        // The ontology's blank nodes (class unions, lists) get names from
        // their order in the file, so reloading it changes nothing.
        let mut names: HashMap<oxigraph::model::BlankNode, oxigraph::model::BlankNode> =
            HashMap::new();
        let mut stable = |b: &oxigraph::model::BlankNode| {
            let n = names.len();
            names
                .entry(b.clone())
                .or_insert_with(|| {
                    oxigraph::model::BlankNode::new_unchecked(format!("ontology{n}"))
                })
                .clone()
        };
        let quads: Vec<Quad> = quads
            .into_iter()
            .map(|mut q| {
                if let NamedOrBlankNode::BlankNode(b) = &q.subject {
                    q.subject = stable(b).into();
                }
                if let Term::BlankNode(b) = &q.object {
                    q.object = stable(b).into();
                }
                q
            })
            .collect();
        let wanted: std::collections::HashSet<&Quad> = quads.iter().collect();
        let mut held = 0;
        let mut same = true;
        for q in self.store.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(g.as_ref())),
        ) {
            held += 1;
            if !wanted.contains(&q?) {
                same = false;
                break;
            }
        }
        if same && held == wanted.len() {
            return Ok(());
        }
        let mut tx = self.store.start_transaction()?;
        tx.clear_graph(&g)?;
        tx.extend(&quads);
        tx.commit()?;
        Ok(())
    }

    /// The content hash stored for an article, if the article is there.
    pub fn stored_hash(&self, article: &NamedNode) -> Result<Option<String>> {
        let hash = rg("contentHash");
        for q in self.store.quads_for_pattern(
            Some(article.into()),
            Some(hash.as_ref()),
            None,
            Some(GraphNameRef::NamedNode(article.as_ref())),
        ) {
            if let Term::Literal(l) = q?.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }

    /// Replaces an article's graph with `quads`, atomically.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<()> {
        let mut tx = self.store.start_transaction()?;
        tx.clear_graph(graph)?;
        tx.extend(quads);
        tx.commit()?;
        Ok(())
    }

    /// Removes an article's graph, its name included.
    pub fn remove_graph(&self, graph: &NamedNode) -> Result<()> {
        let mut tx = self.store.start_transaction()?;
        tx.remove_named_graph(graph)?;
        tx.commit()?;
        Ok(())
    }

    /// Gives an article the `dcterms:source` of the file it now comes from
    /// (the file was renamed or moved; nothing else of the article changes).
    pub fn set_article_source(&self, article: &NamedNode, source: &str) -> Result<()> {
        let p = vocab::dcterms("source");
        let g = GraphNameRef::NamedNode(article.as_ref());
        let old = self
            .store
            .quads_for_pattern(Some(article.into()), Some(p.as_ref()), None, Some(g))
            .collect::<std::result::Result<Vec<Quad>, _>>()?;
        let mut tx = self.store.start_transaction()?;
        for q in &old {
            tx.remove(q);
        }
        tx.insert(oxigraph::model::QuadRef::new(
            article,
            &p,
            oxigraph::model::LiteralRef::new_simple_literal(source),
            g,
        ));
        tx.commit()?;
        Ok(())
    }

    /// The names IRIs already carry, so a new article reuses them.
    pub fn aliases(&self) -> Result<Aliases> {
        let mut aliases = Aliases::default();
        let name = rg("name");
        let kinds = self.kinds()?;
        for q in self
            .store
            .quads_for_pattern(None, Some(name.as_ref()), None, None)
        {
            let q = q?;
            let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) else {
                continue;
            };
            let Some(path) = s.as_str().strip_prefix(vocab::RESOURCE) else {
                continue;
            };
            if let Some(kind) = kinds.get(s.as_str()) {
                aliases.insert(kind.family().path(), l.value(), path);
            }
        }
        Ok(aliases)
    }

    /// The most specific class of each resource.
    fn kinds(&self) -> Result<HashMap<String, Kind>> {
        let mut out: HashMap<String, Kind> = HashMap::new();
        for q in self
            .store
            .quads_for_pattern(None, Some(vocab::RDF_TYPE), None, None)
        {
            let q = q?;
            let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (&q.subject, &q.object)
            else {
                continue;
            };
            let Some(kind) = vocab::rg_local(o.as_str()).and_then(kind_of_class) else {
                continue;
            };
            let e = out.entry(s.as_str().to_string()).or_insert(kind);
            if kind == Kind::Athlete || (*e == Kind::Person && kind != Kind::Person) {
                *e = kind;
            }
        }
        Ok(out)
    }

    /// Empties a graph a slice of quads at a time, each slice in a
    /// transaction of its own, so memory does not follow the graph.
    pub(crate) fn clear_graph_in_slices(&self, g: &NamedNode) -> Result<()> {
        loop {
            let slice = self
                .store
                .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref())))
                .take(CLEAR_SLICE)
                .collect::<std::result::Result<Vec<Quad>, _>>()?;
            if slice.is_empty() {
                return Ok(());
            }
            let mut tx = self.store.start_transaction()?;
            for q in &slice {
                tx.remove(q);
            }
            tx.commit()?;
        }
    }

    /// Runs a SPARQL query with the union of the named graphs as default
    /// graph. The prefixes of [`vocab::PREFIX_MAP`] are predeclared.
    pub fn query(&self, text: &str) -> Result<QueryResults<'static>> {
        Ok(self.prepare(text)?.on_store(&self.store).execute()?)
    }

    /// Parses a query as [`GraphStore::query`] runs it: without a `FROM`,
    /// the default graph is the union of the graphs, read as a set (see
    /// [`crate::union`]).
    pub fn prepare(&self, text: &str) -> Result<PreparedSparqlQuery> {
        self.prepare_with(text, None)
    }

    /// [`GraphStore::prepare`], stopped when `token` is cancelled.
    pub fn prepare_with(
        &self,
        text: &str,
        token: Option<CancellationToken>,
    ) -> Result<PreparedSparqlQuery> {
        let evaluator = match token {
            Some(t) => SparqlEvaluator::new().with_cancellation_token(t),
            None => SparqlEvaluator::new(),
        };
        Ok(crate::union::prepare(evaluator, parse_query(text)?, None))
    }

    /// Number of entities with a label.
    pub fn entity_count(&self) -> Result<usize> {
        let g = NamedNode::new_unchecked(vocab::ENTITIES_GRAPH);
        Ok(self
            .store
            .quads_for_pattern(
                None,
                Some(vocab::RDFS_LABEL),
                None,
                Some(GraphNameRef::NamedNode(g.as_ref())),
            )
            .count())
    }

    /// Whether the store holds any article.
    pub fn has_articles(&self) -> Result<bool> {
        let article = rg("Article");
        Ok(self
            .store
            .quads_for_pattern(
                None,
                Some(vocab::RDF_TYPE),
                Some(article.as_ref().into()),
                None,
            )
            .next()
            .transpose()?
            .is_some())
    }

    /// The names of the article graphs in the store.
    pub fn article_graphs(&self) -> Result<Vec<NamedNode>> {
        let article = rg("Article");
        let mut out = Vec::new();
        for q in self.store.quads_for_pattern(
            None,
            Some(vocab::RDF_TYPE),
            Some(article.as_ref().into()),
            None,
        ) {
            if let NamedOrBlankNode::NamedNode(n) = q?.subject {
                out.push(n);
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}

/// A parser with the prefixes of [`vocab::PREFIX_MAP`] predeclared, made
/// once per process (a server parses a query per request).
fn parser() -> Result<spargebra::SparqlParser> {
    static PARSER: std::sync::OnceLock<std::result::Result<spargebra::SparqlParser, String>> =
        std::sync::OnceLock::new();
    PARSER
        .get_or_init(|| {
            let mut parser = spargebra::SparqlParser::new();
            for (prefix, iri) in vocab::PREFIX_MAP {
                parser = parser
                    .with_prefix(*prefix, *iri)
                    .map_err(|e| e.to_string())?;
            }
            Ok(parser)
        })
        .clone()
        .map_err(Error::Ontology)
}

/// Parses a query with the predeclared prefixes. An update is not called a
/// syntax error: the error says where updates go.
pub fn parse_query(text: &str) -> Result<spargebra::Query> {
    match parser()?.parse_query(text) {
        Ok(q) => Ok(q),
        Err(e) => Err(if parser()?.parse_update(text).is_ok() {
            Error::UpdateGiven
        } else {
            e.into()
        }),
    }
}

/// Whether RocksDB refused to open a store because another process (or
/// this one) holds its lock.
fn is_lock_error(e: &StorageError) -> bool {
    let message = e.to_string();
    message.contains("While lock file") || message.contains("lock hold by current process")
}

/// The `rg:` classes of entities and their kinds.
pub(crate) const CLASSES: [(&str, Kind); 13] = [
    ("Person", Kind::Person),
    ("Athlete", Kind::Athlete),
    ("Organization", Kind::Organization),
    ("Country", Kind::Country),
    ("City", Kind::City),
    ("Venue", Kind::Venue),
    ("Landmark", Kind::Landmark),
    ("Place", Kind::Place),
    ("RaceSeries", Kind::RaceSeries),
    ("RaceEdition", Kind::RaceEdition),
    ("Race", Kind::Race),
    ("RaceResult", Kind::RaceResult),
    ("ParticipationCount", Kind::ParticipationCount),
];

/// The kind of an `rg:` class's local name.
pub fn kind_of_class(local: &str) -> Option<Kind> {
    CLASSES.iter().find(|(l, _)| *l == local).map(|(_, k)| *k)
}
