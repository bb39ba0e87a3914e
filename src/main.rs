//! The `racegraph` command line: a thin layer over the library.

use clap::{CommandFactory, Parser, Subcommand};
use racegraph_extract::corpus::WalkOptions;
use racegraph_store::extraction;
use racegraph_store::formats::{self, Choice, Format};
use racegraph_store::output::{self, GraphFormat};
use racegraph_store::pipeline;
use racegraph_store::store::GraphStore;
use racegraph_viz::stats::{self, StatsFormat, StatsOptions};
use racegraph_viz::{VizFormat, VizOptions};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod commands;
use commands::run;

#[derive(Parser)]
#[command(
    name = "racegraph",
    version,
    about = "Build a queryable RDF knowledge graph from news articles about road races",
    long_about = "Build a queryable RDF knowledge graph from news articles about road races.\n\n\
racegraph reads articles (.txt/.md), extracts people, organisations, places, race editions, \
results and reported figures, and stores them as RDF in an on-disk Oxigraph store, every fact \
with the sentence that states it. Query it with SPARQL, export it in any RDF syntax.",
    after_help = "Exit codes: 0 success; 1 some input was rejected (named on stderr); 2 usage error or nothing could be done."
)]
struct Cli {
    /// The store folder [default: $RACEGRAPH_STORE, else ./racegraph.db]
    #[arg(long, env = "RACEGRAPH_STORE", value_name = "DIR")]
    store: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles, extract facts and load them into the store (unchanged articles are skipped)
    Build {
        /// Article files or folders (walked for .txt and .md, honouring .gitignore and .ignore
        /// files, hidden files left out), `-` for standard input
        #[arg(default_value = "data/articles")]
        paths: Vec<PathBuf>,
        /// Leave out files and folders matching GLOB (a .gitignore line, relative to each folder
        /// given); repeatable
        #[arg(long, value_name = "GLOB")]
        exclude: Vec<String>,
        /// Remove from the store the articles whose files under the folders given are gone
        #[arg(long)]
        prune: bool,
        /// No progress bar
        #[arg(long, short)]
        quiet: bool,
        /// Seconds one article may take to extract; a slower one is rejected and the build goes on
        #[arg(
            long,
            env = "RACEGRAPH_ARTICLE_TIMEOUT",
            default_value_t = 60.0,
            value_name = "SECONDS"
        )]
        article_timeout: f64,
        #[command(flatten)]
        threads: ThreadsArg,
        #[command(flatten)]
        at: StoreArg,
    },
    /// Remove articles from the store, by article id or by the path of their file
    Remove {
        /// Article ids (or IRIs), or paths of article files or folders (the files may be gone)
        #[arg(required = true, value_name = "ID|PATH")]
        targets: Vec<String>,
        #[command(flatten)]
        at: StoreArg,
    },
    /// Send the store to a remote SPARQL engine's Graph Store Protocol endpoint: the graphs
    /// new or changed since the last push there (PUT), those removed since (DELETE)
    Push(PushArgs),
    /// Recompute the entities graph (labels) on a remote SPARQL engine with one SPARQL Update
    Labels(LabelsArgs),
    /// Extract without a store and print the result
    Extract {
        /// Article files or folders, `-` for standard input
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Leave out files and folders matching GLOB (a .gitignore line, relative to each folder
        /// given); repeatable
        #[arg(long, value_name = "GLOB")]
        exclude: Vec<String>,
        /// nquads, trig, json, or another RDF syntax (a name, extension or MIME type)
        /// [default: from --output's extension, else nquads]
        #[arg(long, short, value_name = "FORMAT")]
        format: Option<String>,
        /// Write to this file instead of standard output (with --shard: the folder of the shard's
        /// file)
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Extract only shard K of N (by a hash of each article id) to
        /// DIR/racegraph-K-of-N.nq.gz, gzip-compressed N-Quads for bulk loaders; the entities graph
        /// is left out (see README, Scaling)
        #[arg(long, value_name = "K/N", requires = "output")]
        shard: Option<extraction::Shard>,
        #[command(flatten)]
        threads: ThreadsArg,
    },
    /// Run a SPARQL 1.1 query over the store (the default graph is the union of all graphs)
    Query {
        /// The query text, `-` for standard input, or the path of a .rq file
        query: String,
        /// Output format (a name, extension or MIME type): table, csv, tsv, json, xml for
        /// SELECT/ASK; turtle, ntriples, nquads, trig, rdfxml, jsonld for CONSTRUCT/DESCRIBE
        /// [default: from --output's extension, else table on a terminal, csv otherwise;
        /// turtle for graphs]
        #[arg(long, short, value_name = "FORMAT")]
        format: Option<String>,
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        at: StoreArg,
    },
    /// Export the whole store, or one graph, in an RDF syntax
    Export {
        /// turtle, ntriples, nquads, trig, rdfxml, jsonld (or a short name: ttl, nt, nq, rdf,
        /// or a MIME type) [default: from --output's extension, else trig]
        #[arg(long, short, value_name = "FORMAT")]
        format: Option<String>,
        /// Only this named graph (e.g. an article's IRI)
        #[arg(long, value_name = "IRI")]
        graph: Option<String>,
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        at: StoreArg,
    },
    /// Draw the graph: Graphviz DOT, GraphML, a self-contained HTML page, or JSON
    Viz(VizArgs),
    /// Count what the store holds: articles, triples, entities, relations, central entities
    Stats(StatsArgs),
    /// Serve the store over HTTP: a SPARQL endpoint, the Graph Store Protocol and a browser explorer
    Serve(ServeArgs),
    /// Check the store against the SHACL shapes of the vocabulary contract (exit 1 on a violation)
    Validate {
        /// Only this named graph (with the ontology and the entities' labels)
        #[arg(long, value_name = "IRI")]
        graph: Option<String>,
        /// table, or the W3C validation report: turtle, ntriples, json (JSON-LD), rdfxml
        /// [default: from --output's extension, else table]
        #[arg(long, short, value_name = "FORMAT")]
        format: Option<String>,
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        at: StoreArg,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `racegraph man > racegraph.1`
    Man,
    /// Score extraction against gold facts: articles with NAME.gold.tsv beside them
    Eval {
        /// Folder of articles and gold files (format: tests/fixtures/dev/README.md)
        dir: PathBuf,
        /// Exit with code 1 if any fact type's precision is below this
        #[arg(long, default_value_t = 0.0, value_name = "P")]
        min_precision: f64,
        /// Exit with code 1 if any fact type's recall is below this
        #[arg(long, default_value_t = 0.0, value_name = "R")]
        min_recall: f64,
        /// Print only the table, not the false positives and misses
        #[arg(long, short)]
        brief: bool,
    },
}

/// Arguments of `racegraph viz`.
#[derive(clap::Args, Debug, Clone)]
struct VizArgs {
    /// Output format: dot, graphml, html, json (a name, extension or MIME
    /// type) [default: from --output's extension, else html].
    #[arg(long, short, value_name = "FORMAT")]
    format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Draw only the neighbourhood of this entity (a label, an alternative
    /// label, case-insensitive, or an IRI).
    #[arg(long, value_name = "NAME_OR_IRI")]
    focus: Option<String>,
    /// How many steps from the focus entity to go.
    #[arg(long, default_value_t = 1, value_name = "N")]
    depth: usize,
    /// Keep only entities of this class (a local name like `Person` or a
    /// full IRI); subclasses are included. Repeatable.
    #[arg(long = "class", value_name = "CLASS")]
    classes: Vec<String>,
    /// Keep at most N nodes: the most important (by PageRank, then degree)
    /// and their best-ranked neighbours, so the picture stays connected;
    /// 0 keeps all.
    #[arg(long, default_value_t = 300, value_name = "N")]
    limit: usize,
    /// Include article nodes and their `mentions` edges.
    #[arg(long)]
    articles: bool,
    #[command(flatten)]
    at: StoreArg,
}

/// How many threads extract.
#[derive(clap::Args, Debug, Clone, Default)]
struct ThreadsArg {
    /// Threads that extract articles [default: one per core]; the graph is the same whatever the
    /// number
    #[arg(long, env = "RACEGRAPH_THREADS", value_name = "N")]
    threads: Option<usize>,
}

/// The store folder, for the commands that use one.
#[derive(clap::Args, Debug, Clone, Default)]
struct StoreArg {
    /// The store folder [default: $RACEGRAPH_STORE, else ./racegraph.db]
    #[arg(long = "store", value_name = "DIR")]
    store: Option<PathBuf>,
}

/// Arguments of `racegraph serve`.
#[derive(clap::Args, Debug, Clone)]
struct ServeArgs {
    #[command(flatten)]
    at: StoreArg,
    /// The address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
    bind: std::net::SocketAddr,
    /// Accept writes (SPARQL Update at /update, Graph Store PUT/POST/DELETE)
    /// sent with `Authorization: Bearer TOKEN`; the store is then opened
    /// read-write and a build must wait until the server stops.
    #[arg(
        long,
        env = "RACEGRAPH_UPDATE_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    update_token: Option<String>,
    /// Cancel a query after this many seconds (answered 503).
    #[arg(long, default_value_t = 30.0, value_name = "S")]
    timeout_s: f64,
    /// Close a connection that sends no request for this many seconds
    /// (between requests, or while a request's head is still coming).
    #[arg(long, default_value_t = 30.0, value_name = "S")]
    idle_timeout_s: f64,
    /// At most this many rows (or triples) per answer; more are cut and
    /// the answer carries an `X-Racegraph-Truncated` header.
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    max_rows: usize,
    /// Refuse request bodies larger than this many bytes (413).
    #[arg(long, default_value_t = 16 * 1024 * 1024, value_name = "BYTES")]
    max_body: usize,
    /// Allow this origin to call the server from a browser (CORS).
    #[arg(long, value_name = "ORIGIN")]
    cors: Option<String>,
    /// No log line per request.
    #[arg(long, short)]
    quiet: bool,
}

/// Arguments of `racegraph push`.
#[derive(clap::Args, Debug, Clone)]
struct PushArgs {
    /// The Graph Store Protocol endpoint (an Oxigraph server's http://HOST:7878/store,
    /// Virtuoso's http://HOST:8890/sparql-graph-crud-auth, ...)
    url: String,
    /// Say what would be sent; send nothing
    #[arg(long)]
    dry_run: bool,
    /// Send every graph, whatever was sent before (after the remote was emptied)
    #[arg(long)]
    all: bool,
    /// The query parameter that names a graph
    #[arg(long, default_value = "graph", value_name = "NAME")]
    graph_param: String,
    /// Requests under way at once
    #[arg(long, short, default_value_t = 4, value_name = "N")]
    jobs: usize,
    #[command(flatten)]
    remote: RemoteArgs,
    #[command(flatten)]
    at: StoreArg,
}

/// Arguments of `racegraph labels`.
#[derive(clap::Args, Debug, Clone)]
struct LabelsArgs {
    /// The remote engine's SPARQL 1.1 Update endpoint
    #[arg(long, required = true, value_name = "URL")]
    update: String,
    #[command(flatten)]
    remote: RemoteArgs,
}

/// How to reach a remote engine.
#[derive(clap::Args, Debug, Clone)]
struct RemoteArgs {
    /// basic, digest, bearer or none [default: bearer when $RACEGRAPH_PUSH_TOKEN is set, basic
    /// when --user is given, else none]
    #[arg(long, value_name = "SCHEME")]
    auth: Option<String>,
    /// The user for basic or digest authentication; the password is read from
    /// $RACEGRAPH_PUSH_PASSWORD
    #[arg(long)]
    user: Option<String>,
    /// Tries again after a connection error, a timeout, or a 5xx or 429 answer (waits of
    /// 0.25 s, doubling up to 8 s)
    #[arg(long, default_value_t = 5, value_name = "N")]
    retries: u32,
    /// Seconds one request may take
    #[arg(long, default_value_t = 300.0, value_name = "S")]
    timeout_s: f64,
}

impl RemoteArgs {
    fn connect(&self, url: &str) -> Result<racegraph_push::Remote, racegraph_push::Error> {
        let auth = racegraph_push::Auth::from_env(self.auth.as_deref(), self.user.as_deref())?;
        let retry = racegraph_push::RetryPolicy {
            retries: self.retries,
            ..Default::default()
        };
        let timeout = std::time::Duration::from_secs_f64(self.timeout_s.clamp(0.001, 1e9));
        racegraph_push::Remote::new(url, auth, retry, timeout)
    }
}

/// Arguments of `racegraph stats`.
#[derive(clap::Args, Debug, Clone)]
struct StatsArgs {
    /// Output format: table or json [default: from --output's extension, else table].
    #[arg(long, short, value_name = "FORMAT")]
    format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    at: StoreArg,
}

/// Everything a command can fail with, each one line for the user.
#[derive(Debug, thiserror::Error)]
enum Error {
    #[error(transparent)]
    Lib(#[from] racegraph_store::Error),
    #[error("{0}")]
    Viz(#[from] racegraph_viz::VizError),
    #[error("{0}")]
    Stats(#[from] racegraph_viz::stats::StatsError),
    #[error(transparent)]
    Serve(#[from] racegraph_serve::ServeError),
    #[error(transparent)]
    Push(#[from] racegraph_push::Error),
    #[error("{0}")]
    Validate(#[from] racegraph_validate::ValidateError),
    #[error("{0}")]
    Usage(String),
    #[error("{}: {source}", racegraph_extract::corpus::display_path(.path))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("writing output: {0}")]
    Output(#[from] std::io::Error),
}

impl Error {
    /// The exit code for this error: 2, nothing could be done.
    fn exit_code(&self) -> i32 {
        2
    }
}

/// glibc's allocator keeps what a thread frees for that thread's arena
/// and gives the top of a heap back only past a threshold it raises as it
/// goes: a build's loader, extraction and RocksDB threads free and
/// allocate hundreds of megabytes, and on 10,000 articles that left a
/// build at 688 MB of resident memory where it used some 500. Two arenas
/// and a heap given back as soon as its top is free bring the peak to the
/// memory in use, at no cost in time measured.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    // SAFETY: mallopt only sets allocator parameters; it is called before
    // any other thread starts (clap parses on the main thread alone).
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}

fn main() -> ExitCode {
    // A bug must still read as one line, not a backtrace; a closed pipe
    // under a `println!` is no bug.
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if what.contains("Broken pipe") {
            std::process::exit(0);
        }
        eprintln!("racegraph: internal error: {what}");
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    // The server's connection threads allocate and free a little per
    // request, all at once: sharing two arenas, they queued on the arenas'
    // locks (a futex call every second request at 8 clients).
    if !matches!(cli.command, Command::Serve(_)) {
        tune_allocator();
    }
    let top = cli.store.clone();
    match run(cli.command, top) {
        Ok(code) => ExitCode::from(code),
        // A reader that stops early (`| head`) is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "racegraph: error: {}",
                racegraph_store::error::one_line(&e.to_string())
            );
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Help and version as clap prints them; any other argument error as one
/// line (clap's first), exit 2.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(2)
        }
        _ => {
            let rendered = e.render().to_string();
            let first = rendered
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("racegraph: error: {first} (see --help)");
            ExitCode::from(2)
        }
    }
}

/// Whether `e` is, or is caused by, writing to a closed pipe.
fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return true;
            }
        }
        cur = err.source();
    }
    false
}
