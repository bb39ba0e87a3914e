//! The build: read articles, extract, resolve, map to RDF and load, one
//! article at a time so memory does not grow with the corpus.

use crate::corpus::{self, Article, Rejected};
use crate::error::Result;
use crate::extract::{self, Extraction};
use crate::rdf;
use crate::resolve;
use crate::store::GraphStore;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub read: usize,
    pub loaded: usize,
    pub skipped: usize,
    pub rejected: Vec<Rejected>,
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

/// Builds (or updates) the graph in `store` from the articles under `paths`.
pub fn build(
    store: &GraphStore,
    paths: &[PathBuf],
    progress: Option<Progress>,
) -> Result<BuildReport> {
    let started = Instant::now();
    let corpus = corpus::read_paths(paths);
    let mut report = BuildReport {
        read: corpus.articles.len(),
        rejected: corpus.rejected,
        ..Default::default()
    };
    store.load_ontology()?;

    // Extract what changed; acronyms from every changed article first, so
    // that an acronym names the same IRI whichever article comes first.
    let mut todo: Vec<(Article, Extraction)> = Vec::new();
    for a in corpus.articles {
        let iri = rdf::article_iri(&a.id);
        if store.stored_hash(&iri)?.as_deref() == Some(a.hash.as_str()) {
            report.skipped += 1;
            continue;
        }
        let x = extract::extract(&a);
        todo.push((a, x));
    }
    let mut aliases = store.aliases()?;
    for (_, x) in &todo {
        aliases.learn_acronyms(x);
    }
    let total = todo.len();
    for (n, (a, x)) in todo.into_iter().enumerate() {
        let paths = resolve::resolve(&x, &a.id, &mut aliases);
        let quads = rdf::article_quads(&a, &x, &paths);
        store.replace_graph(&rdf::article_iri(&a.id), &quads)?;
        report.loaded += 1;
        if let Some(p) = progress {
            p(n + 1, total);
        }
    }
    report.entities = store.refresh_labels()?;
    report.triples = store.len()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Extraction without a store: the quads of every article, resolved
/// together, with the entities' labels.
pub fn extract_quads(paths: &[PathBuf]) -> Result<(Vec<oxigraph::model::Quad>, Vec<Rejected>)> {
    let dir = tempfile::tempdir().map_err(|source| crate::error::Error::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    let store = GraphStore::open(dir.path())?;
    let report = build(&store, paths, None)?;
    let mut quads = Vec::new();
    for q in store.inner().iter() {
        let q = q?;
        if q.graph_name.to_string() != format!("<{}>", crate::vocab::ONTOLOGY_GRAPH) {
            quads.push(q);
        }
    }
    Ok((quads, report.rejected))
}
