//! What every handler shares: the store (swapped when a build changed it),
//! the limits and the update token.

use racegraph_store::store::GraphStore;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

/// The server's settings.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub bind: std::net::SocketAddr,
    pub store: PathBuf,
    /// Writes (SPARQL Update, GSP PUT/POST/DELETE) need
    /// `Authorization: Bearer TOKEN`; `None` refuses every write.
    pub update_token: Option<String>,
    /// A query running longer is cancelled and answered 503.
    pub timeout: Duration,
    /// At most this many rows (or triples) in an answer.
    pub max_rows: usize,
    /// Request bodies over this many bytes are refused (413).
    pub max_body: usize,
    /// The origin allowed to call the server from a browser.
    pub cors: Option<String>,
    /// How often a read-only server looks for a build's changes.
    pub reload_every: Duration,
    /// A connection that sends no request head for this long is closed.
    pub idle_timeout: Duration,
    /// No log line per request.
    pub quiet: bool,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            bind: std::net::SocketAddr::from(([127, 0, 0, 1], 7878)),
            store: PathBuf::from("racegraph.db"),
            update_token: None,
            timeout: Duration::from_secs(30),
            max_rows: 100_000,
            max_body: 16 * 1024 * 1024,
            cors: None,
            reload_every: Duration::from_secs(1),
            idle_timeout: Duration::from_secs(30),
            quiet: false,
        }
    }
}

/// Shared by the handlers.
pub struct AppState {
    store: RwLock<Arc<GraphStore>>,
    pub opts: ServeOptions,
    /// The prefixes and the SERVICE refusal, set once; cloned per update.
    pub evaluator: oxigraph::sparql::SparqlEvaluator,
    /// The SERVICE refusal, set once; cloned per query.
    pub queries: oxigraph::sparql::SparqlEvaluator,
    /// Cancels each query at the timeout.
    pub deadlines: crate::deadline::Deadlines,
    /// The queries asked lately, kept parsed.
    pub plans: crate::plans::Plans,
    /// Requests being answered now.
    in_flight: AtomicUsize,
    /// Stopping: requests under way finish, new ones are refused.
    draining: AtomicBool,
}

impl AppState {
    /// Opens the store: read-write when writes are enabled (the store is
    /// then this process's alone), read-only otherwise (a build may run
    /// beside the server; see [`watch`]).
    pub fn open(opts: ServeOptions) -> racegraph_store::Result<Arc<Self>> {
        let store = if opts.update_token.is_some() {
            let s = GraphStore::open(&opts.store)?;
            s.load_ontology()?;
            s
        } else {
            GraphStore::open_existing(&opts.store)?
        };
        let evaluator = crate::sparql::base_evaluator()
            .map_err(|e| racegraph_store::Error::Usage(e.message))?;
        let deadlines = crate::deadline::Deadlines::start(opts.timeout);
        Ok(Arc::new(Self {
            store: RwLock::new(Arc::new(store)),
            opts,
            evaluator,
            queries: crate::sparql::query_evaluator(),
            deadlines,
            plans: Default::default(),
            in_flight: AtomicUsize::new(0),
            draining: AtomicBool::new(false),
        }))
    }

    /// The store as it is now; a request keeps the one it started with.
    pub fn store(&self) -> Arc<GraphStore> {
        match self.store.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Counts a request in until the guard is dropped; `None` once the
    /// server is stopping.
    pub fn begin(self: &Arc<Self>) -> Option<InFlight> {
        if self.draining.load(Ordering::SeqCst) {
            return None;
        }
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        Some(InFlight(self.clone()))
    }

    /// Stops taking requests and waits, up to `grace`, for those under way;
    /// returns how many were still running when it gave up.
    pub fn drain(&self, grace: Duration) -> usize {
        self.draining.store(true, Ordering::SeqCst);
        let until = std::time::Instant::now() + grace;
        loop {
            let n = self.in_flight.load(Ordering::SeqCst);
            if n == 0 || std::time::Instant::now() >= until {
                return n;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Requests being answered now.
    pub fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::SeqCst)
    }

    pub fn writable(&self) -> bool {
        self.opts.update_token.is_some()
    }

    fn replace(&self, store: GraphStore) {
        let store = Arc::new(store);
        match self.store.write() {
            Ok(mut s) => *s = store,
            Err(poisoned) => *poisoned.into_inner() = store,
        }
    }
}

/// A request counted in; counted out when dropped.
pub struct InFlight(Arc<AppState>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// What the store's files look like: names, sizes and times of the files a
/// write changes (RocksDB's info logs, which an open writes, are left out).
fn fingerprint(dir: &Path) -> Vec<(String, u64, Option<SystemTime>)> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("LOG") || name == "LOCK" {
                continue;
            }
            if let Ok(m) = e.metadata() {
                out.push((name, m.len(), m.modified().ok()));
            }
        }
    }
    out.sort();
    out
}

/// Keeps a read-only server up to date with builds: every
/// `reload_every` it compares the store's files with those it opened;
/// once they changed and then stayed the same for one more look (the build
/// is done writing), it opens the store again and swaps it in. Requests
/// under way finish on the store they started with. A failed open keeps
/// the old store and tries again later.
pub fn watch(state: Arc<AppState>) {
    if state.writable() {
        return;
    }
    let dir = state.opts.store.clone();
    let every = state.opts.reload_every;
    std::thread::spawn(move || {
        let mut opened = fingerprint(&dir);
        let mut last = opened.clone();
        loop {
            std::thread::sleep(every);
            let now = fingerprint(&dir);
            let settled = now == last;
            last = now.clone();
            if now == opened || !settled {
                continue;
            }
            match GraphStore::open_existing(&dir) {
                Ok(s) => {
                    state.replace(s);
                    opened = now;
                    if !state.opts.quiet {
                        eprintln!("store changed on disk: reopened {}", dir.display());
                    }
                }
                Err(e) => eprintln!("store changed on disk, reopening failed (retrying): {e}"),
            }
        }
    });
}
