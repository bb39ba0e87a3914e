//! The store: Oxigraph on RocksDB, one named graph per article, the
//! ontology in its own graph, resolved names in the entities graph.

use crate::error::{Error, Result};
use crate::extract::Kind;
use crate::labels;
use crate::resolve::Aliases;
use crate::vocab::{self, rg};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::{CancellationToken, PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The ontology, compiled in (`ontology/racegraph.ttl`).
pub const ONTOLOGY_TTL: &str = include_str!("../../../ontology/racegraph.ttl");

/// The store of a racegraph.
pub struct GraphStore {
    store: Store,
    path: PathBuf,
    /// The reader's snapshot folder, removed on drop (after the store).
    snapshot: Option<tempfile::TempDir>,
}

/// How many quads the bulk loader sorts and writes as one set of files
/// (one per index), on one thread beside the build's. Memory follows it:
/// two chunks are in memory at a time (one filling, one being written);
/// twice as many quads a chunk, or a second thread, cost 60-130 MB more
/// while loading 3,000 articles and saved no time on two cores.
pub const LOAD_CHUNK: usize = 64_000;
const LOAD_THREADS: usize = 1;

/// How many quads a build gives the bulk loader before their files are
/// ingested into the store (and readers see them). Each ingestion puts
/// its files in RocksDB's first level, and compaction then merges them
/// with everything below: ingesting once per batch of articles made a
/// build spend more time compacting than loading. A few ingestions per
/// build keep that to about one pass over the data, while the files
/// waiting for one stay few enough to keep open (about 125 per index).
pub const COMMIT_QUADS: usize = 8_000_000;

/// How many quads a transaction removes at a time when a graph is emptied.
const CLEAR_SLICE: usize = 10_000;

/// How often a reader tries to open the store before giving up.
const OPEN_ATTEMPTS: u32 = 30;

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
        let store = Self::wrap(path, Store::open(path)).map_err(|e| match e {
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
    pub fn commit_point(&self) -> Result<()> {
        Ok(self.store.flush()?)
    }

    /// Removes the bulk loader's `bulk-*.sst` files from the store folder:
    /// after an ingestion they are copies, after a failure they are waste
    /// (a full disk would stay full).
    fn remove_bulk_files(&self) {
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

    /// Rewrites the entities graph: one `rdfs:label` per entity, chosen from
    /// every name the articles give it, and `skos:altLabel`s for the rest
    /// (see [`crate::labels`]). Returns the number of entities labelled.
    ///
    /// Nothing is held per entity: the graph is cleared, then the entities
    /// of each class are taken one at a time (their kind, names and parts
    /// read from the store's indexes) and their labels go to the bulk
    /// loader, stage by stage (named entities, editions, races, results and
    /// claims); each stage is committed before the next reads the labels of
    /// its parts from the entities graph.
    pub fn refresh_labels(&self) -> Result<usize> {
        self.clear_graph_in_slices(&labels::graph())?;
        let mut n = 0;
        for stage in 0..labels::STAGES {
            let mut load = BulkLoad::new(self);
            let parts = PartLabels::default();
            for (local, kind) in CLASSES {
                if labels::stage_of(kind) == stage {
                    n += self.label_class(&rg(local), kind, &parts, &mut load)?;
                }
            }
            load.commit()?;
        }
        Ok(n)
    }

    /// Labels the entities of `class` whose kind it is (an entity of
    /// several classes is labelled once, by its most specific kind).
    fn label_class(
        &self,
        class: &NamedNode,
        kind: Kind,
        parts: &PartLabels,
        load: &mut BulkLoad<'_>,
    ) -> Result<usize> {
        // The type's index lists the graphs that type an entity so one
        // after the other: REDUCED drops the repeats as they come, and only
        // the entity is decoded.
        let query = format!(
            "SELECT REDUCED ?s WHERE {{ GRAPH ?g {{ ?s a <{}> }} }}",
            class.as_str()
        );
        let QueryResults::Solutions(solutions) = SparqlEvaluator::new()
            .parse_query(&query)?
            .on_store(&self.store)
            .execute()?
        else {
            return Ok(0);
        };
        let mut n = 0;
        let mut last: Option<NamedNode> = None;
        for solution in solutions {
            let Some(Term::NamedNode(s)) = solution?.get("s").cloned() else {
                continue;
            };
            if last.as_ref() == Some(&s) {
                continue;
            }
            n += if labels::stage_of(kind) == 0 {
                self.label_named(&s, kind, load)?
            } else {
                self.label_composite(&s, kind, parts, load)?
            };
            last = Some(s);
        }
        Ok(n)
    }

    /// The labels of a named entity of `class`'s `kind`, if that is its
    /// kind; 1 if it has an `rdfs:label`.
    fn label_named(&self, s: &NamedNode, kind: Kind, load: &mut BulkLoad<'_>) -> Result<usize> {
        // An athlete is an athlete whatever else it is (and most persons
        // are athletes: they are labelled as such, without reading every
        // class each article gives them).
        let athlete = rg("Athlete");
        if kind == Kind::Person && self.has_type(s, &athlete)? {
            return Ok(0);
        }
        if kind != Kind::Athlete && self.kind_of(s)? != Some(kind) {
            return Ok(0);
        }
        let names = self.names_of(s)?;
        if names.is_empty() {
            return Ok(0);
        }
        let labelled = labels::emit_names(s.as_str(), kind, names, &mut |q| load.push(q))?;
        Ok(usize::from(labelled.is_some()))
    }

    /// The labels of a composite of `class`'s `kind`, if that is its kind:
    /// its kind, names and parts come from one scan of its quads.
    fn label_composite(
        &self,
        s: &NamedNode,
        kind: Kind,
        parts: &PartLabels,
        load: &mut BulkLoad<'_>,
    ) -> Result<usize> {
        let mut own = None;
        let mut names: Vec<(String, usize)> = Vec::new();
        let mut values: [Option<String>; labels::PARTS.len()] = Default::default();
        // In index order: for each property, its values in the order a
        // scan of the property gives them.
        for q in self
            .store
            .quads_for_pattern(Some(s.as_ref().into()), None, None, None)
        {
            let q = q?;
            if q.predicate == vocab::RDF_TYPE {
                if let Term::NamedNode(o) = &q.object {
                    if let Some(k) = labels::kind_of_type(o.as_ref()) {
                        own = Some(own.map_or(k, |e| labels::more_specific(e, k)));
                    }
                }
                continue;
            }
            let Some(local) = vocab::rg_local(q.predicate.as_str()) else {
                continue;
            };
            if local == "name" {
                if let Term::Literal(l) = &q.object {
                    count_name(&mut names, l.value());
                }
            } else if let Some(i) = labels::PARTS.iter().position(|p| *p == local) {
                if values[i].is_none() {
                    values[i] = match q.object {
                        Term::NamedNode(n) => Some(n.into_string()),
                        Term::Literal(l) => Some(l.value().to_string()),
                        _ => None,
                    };
                }
            }
        }
        if own != Some(kind) {
            return Ok(0);
        }
        let mut emit = |q: Quad| load.push(q);
        if !names.is_empty() {
            labels::emit_names(s.as_str(), kind, names, &mut emit)?;
        }
        let part = |p: &str| -> Result<Option<String>> {
            Ok(labels::PARTS
                .iter()
                .position(|x| *x == p)
                .and_then(|i| values[i].clone()))
        };
        let label = labels::composite_label(kind, s.as_str(), &part, &|iri| {
            parts.get(iri, |iri| self.label_of(iri))
        })?;
        let Some(label) = label else {
            return Ok(0);
        };
        emit(labels::label_quad(s.as_str(), label))?;
        Ok(1)
    }

    /// The most specific kind of a resource, from its classes in the
    /// store's order (as [`labels::LabelIndex`] takes them).
    fn kind_of(&self, s: &NamedNode) -> Result<Option<Kind>> {
        let mut kind = None;
        for q in
            self.store
                .quads_for_pattern(Some(s.as_ref().into()), Some(vocab::RDF_TYPE), None, None)
        {
            if let Term::NamedNode(o) = q?.object {
                if let Some(k) = labels::kind_of_type(o.as_ref()) {
                    kind = Some(kind.map_or(k, |e| labels::more_specific(e, k)));
                }
            }
        }
        Ok(kind)
    }

    /// Whether a graph gives `s` the class `class`.
    fn has_type(&self, s: &NamedNode, class: &NamedNode) -> Result<bool> {
        let mut found = self.store.quads_for_pattern(
            Some(s.as_ref().into()),
            Some(vocab::RDF_TYPE),
            Some(class.as_ref().into()),
            None,
        );
        Ok(found.next().transpose()?.is_some())
    }

    /// The names the articles give a resource, each with how many graphs
    /// give it.
    fn names_of(&self, s: &NamedNode) -> Result<Vec<(String, usize)>> {
        let name = rg("name");
        let mut forms: Vec<(String, usize)> = Vec::new();
        for q in
            self.store
                .quads_for_pattern(Some(s.as_ref().into()), Some(name.as_ref()), None, None)
        {
            if let Term::Literal(l) = q?.object {
                count_name(&mut forms, l.value());
            }
        }
        Ok(forms)
    }

    /// The `rdfs:label` the entities graph holds for `iri`.
    fn label_of(&self, iri: &str) -> Result<Option<String>> {
        let g = labels::graph();
        let node = NamedNode::new_unchecked(iri);
        for q in self.store.quads_for_pattern(
            Some(node.as_ref().into()),
            Some(vocab::RDFS_LABEL),
            None,
            Some(GraphNameRef::NamedNode(g.as_ref())),
        ) {
            if let Term::Literal(l) = q?.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }

    /// Empties a graph a slice of quads at a time, each slice in a
    /// transaction of its own, so memory does not follow the graph.
    fn clear_graph_in_slices(&self, g: &NamedNode) -> Result<()> {
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

/// Quads of graphs new to the store on their way in through Oxigraph's
/// bulk loader, across as many batches of a build as one likes: they are
/// handed over a chunk at a time (each chunk sorted and written as one
/// file per index, off this thread), and the files are ingested into the
/// store by [`BulkLoad::commit`]; until then readers and the store see
/// none of them. A load dropped before it commits, or one that fails,
/// removes its files.
pub struct BulkLoad<'a> {
    store: &'a GraphStore,
    loader: Option<oxigraph::store::BulkLoader<'a>>,
    chunk: Vec<Quad>,
    /// Quads handed to the loader since the last commit.
    handed: usize,
    chunk_size: usize,
}

impl<'a> BulkLoad<'a> {
    pub fn new(store: &'a GraphStore) -> Self {
        Self {
            store,
            loader: None,
            chunk: Vec::new(),
            handed: 0,
            chunk_size: LOAD_CHUNK,
        }
    }

    /// Adds a quad of a graph that is not in the store.
    pub fn push(&mut self, quad: Quad) -> Result<()> {
        self.chunk.push(quad);
        if self.chunk.len() >= self.chunk_size {
            self.hand_over()?;
        }
        Ok(())
    }

    /// Quads added since the last commit.
    pub fn pending(&self) -> usize {
        self.handed + self.chunk.len()
    }

    fn hand_over(&mut self) -> Result<()> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        let store = &self.store.store;
        let chunk_size = self.chunk_size;
        // The loader cuts what it is given into sets of (memory * 1000 /
        // threads) quads: a chunk is exactly one.
        let loader = self.loader.get_or_insert_with(|| {
            store
                .bulk_loader()
                .with_num_threads(LOAD_THREADS)
                .with_max_memory_size_in_megabytes((chunk_size * LOAD_THREADS).div_ceil(1000))
        });
        self.handed += self.chunk.len();
        let quads = std::mem::replace(&mut self.chunk, Vec::with_capacity(chunk_size));
        if let Err(e) = loader.load_quads(quads) {
            self.abandon();
            return Err(e.into());
        }
        Ok(())
    }

    /// Ingests everything added so far into the store.
    pub fn commit(&mut self) -> Result<()> {
        self.hand_over()?;
        self.handed = 0;
        let Some(loader) = self.loader.take() else {
            return Ok(());
        };
        if let Err(e) = loader.commit() {
            self.abandon();
            return Err(e.into());
        }
        Ok(())
    }

    /// Drops what was not committed, files included.
    fn abandon(&mut self) {
        self.loader = None;
        self.chunk = Vec::new();
        self.handed = 0;
        self.store.remove_bulk_files();
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

/// One more graph giving `name`.
fn count_name(forms: &mut Vec<(String, usize)>, name: &str) {
    match forms.iter_mut().find(|(n, _)| n == name) {
        Some(f) => f.1 += 1,
        None => forms.push((name.to_string(), 1)),
    }
}

/// The labels of parts a stage has looked up, a bounded number of them
/// (the same series, editions, races and athletes come back again and
/// again; the cache is emptied when full).
#[derive(Default)]
struct PartLabels(std::cell::RefCell<HashMap<String, Option<String>>>);

/// How many labels of parts [`PartLabels`] keeps.
const PART_LABELS: usize = 100_000;

impl PartLabels {
    fn get(
        &self,
        iri: &str,
        read: impl FnOnce(&str) -> Result<Option<String>>,
    ) -> Result<Option<String>> {
        if let Some(label) = self.0.borrow().get(iri) {
            return Ok(label.clone());
        }
        let label = read(iri)?;
        let mut cache = self.0.borrow_mut();
        if cache.len() >= PART_LABELS {
            cache.clear();
        }
        cache.insert(iri.to_string(), label.clone());
        Ok(label)
    }
}

/// The `rg:` classes of entities and their kinds.
const CLASSES: [(&str, Kind); 13] = [
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
