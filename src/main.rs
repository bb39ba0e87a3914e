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

/// The store folder: the subcommand's `--store`, else the top-level one
/// (or `$RACEGRAPH_STORE`), else `./racegraph.db`.
fn store_path(at: StoreArg, top: &Option<PathBuf>) -> PathBuf {
    at.store
        .or_else(|| top.clone())
        .unwrap_or_else(|| PathBuf::from("racegraph.db"))
}

fn run(command: Command, top: Option<PathBuf>) -> Result<u8, Error> {
    match command {
        Command::Build {
            paths,
            exclude,
            prune,
            quiet,
            article_timeout,
            threads,
            at,
        } => {
            let article_budget =
                std::time::Duration::try_from_secs_f64(article_timeout).map_err(|_| {
                    Error::Usage(format!(
                        "--article-timeout {article_timeout}: not a number of seconds"
                    ))
                })?;
            let options = pipeline::BuildOptions {
                article_budget,
                walk: WalkOptions { exclude },
                prune,
                threads: threads.threads,
            };
            build(&store_path(at, &top), &paths, quiet, &options)
        }
        Command::Push(args) => {
            let remote = args.remote.connect(&args.url)?;
            let store = GraphStore::open_existing(&store_path(args.at, &top))?;
            let options = racegraph_push::PushOptions {
                dry_run: args.dry_run,
                all: args.all,
                graph_param: args.graph_param,
                jobs: args.jobs,
            };
            let report = racegraph_push::push(&store, &remote, &options)?;
            println!("{}", report.summary(remote.url().as_str()));
            Ok(0)
        }
        Command::Labels(args) => {
            let remote = args.remote.connect(&args.update)?;
            racegraph_push::labels::update(&remote)?;
            println!("labels recomputed on {}", remote.url());
            Ok(0)
        }
        Command::Remove { targets, at } => remove(&store_path(at, &top), &targets),
        Command::Extract {
            paths,
            exclude,
            format,
            output,
            shard,
            threads,
        } => {
            let options = extraction::ExtractOptions {
                walk: WalkOptions { exclude },
                shard,
                threads: threads.threads,
                labels: shard.is_none(),
                ..Default::default()
            };
            extract(&paths, &options, format.as_deref(), output.as_deref())
        }
        Command::Query {
            query,
            format,
            output,
            at,
        } => run_query(
            &store_path(at, &top),
            &query,
            format.as_deref(),
            output.as_deref(),
        ),
        Command::Viz(args) => {
            let format = Choice {
                what: "viz",
                accepted: formats::DRAWINGS,
                default: Format::Html,
            }
            .resolve(args.format.as_deref(), args.output.as_deref())
            .map_err(racegraph_store::Error::from)?;
            let store = GraphStore::open_existing(&store_path(args.at.clone(), &top))?;
            let options = VizOptions {
                format: match format {
                    Format::Dot => VizFormat::Dot,
                    Format::GraphMl => VizFormat::Graphml,
                    Format::Json => VizFormat::Json,
                    _ => VizFormat::Html,
                },
                output: args.output,
                focus: args.focus,
                depth: args.depth,
                classes: args.classes,
                limit: args.limit,
                articles: args.articles,
            };
            let summary = racegraph_viz::run(store.inner(), &options)?;
            eprintln!("{summary}");
            Ok(0)
        }
        Command::Serve(args) => {
            if !(args.timeout_s > 0.0 && args.timeout_s.is_finite()) {
                return Err(Error::Usage("--timeout-s must be a positive number".into()));
            }
            racegraph_serve::serve(racegraph_serve::ServeOptions {
                bind: args.bind,
                store: store_path(args.at, &top),
                update_token: args.update_token.filter(|t| !t.is_empty()),
                timeout: std::time::Duration::from_secs_f64(args.timeout_s),
                max_rows: args.max_rows,
                max_body: args.max_body,
                cors: args.cors,
                quiet: args.quiet,
                ..Default::default()
            })?;
            Ok(0)
        }
        Command::Stats(args) => {
            let format = Choice {
                what: "stats",
                accepted: formats::STATS,
                default: Format::Table,
            }
            .resolve(args.format.as_deref(), args.output.as_deref())
            .map_err(racegraph_store::Error::from)?;
            let store = GraphStore::open_existing(&store_path(args.at, &top))?;
            let options = StatsOptions {
                format: if format == Format::Json {
                    StatsFormat::Json
                } else {
                    StatsFormat::Table
                },
            };
            with_output(args.output.as_deref(), |out| {
                stats::run(store.inner(), &options, out)?;
                Ok(())
            })?;
            Ok(0)
        }
        Command::Validate {
            graph,
            format,
            output,
            at,
        } => {
            let format = Choice {
                what: "validate",
                accepted: formats::REPORTS,
                default: Format::Table,
            }
            .resolve(format.as_deref(), output.as_deref())
            .map_err(racegraph_store::Error::from)?;
            let store = GraphStore::open_existing(&store_path(at, &top))?;
            let report = racegraph_validate::validate(store.inner(), graph.as_deref())?;
            with_output(output.as_deref(), |out| {
                match GraphFormat::from_format(format) {
                    Some(g) => report.write_rdf(g.rdf_format(), out)?,
                    None => report.write_table(out)?,
                }
                Ok(())
            })?;
            Ok(if report.conforms() { 0 } else { 1 })
        }
        Command::Completions { shell } => {
            let mut out = std::io::stdout().lock();
            clap_complete::generate(shell, &mut Cli::command(), "racegraph", &mut out);
            out.flush()?;
            Ok(0)
        }
        Command::Man => {
            with_output(None, |out| {
                Ok(clap_mangen::Man::new(Cli::command()).render(out)?)
            })?;
            Ok(0)
        }
        Command::Eval {
            dir,
            min_precision,
            min_recall,
            brief,
        } => eval(&dir, min_precision, min_recall, brief),
        Command::Export {
            format,
            graph,
            output,
            at,
        } => {
            let format = Choice {
                what: "export",
                accepted: formats::GRAPHS,
                default: Format::TriG,
            }
            .resolve(format.as_deref(), output.as_deref())
            .map_err(racegraph_store::Error::from)?;
            let format = GraphFormat::from_format(format).unwrap_or(GraphFormat::Trig);
            let store = GraphStore::open_existing(&store_path(at, &top))?;
            with_output(output.as_deref(), |out| {
                Ok(output::export(&store, format, graph.as_deref(), out)?)
            })?;
            Ok(0)
        }
    }
}

fn build(
    store_path: &Path,
    paths: &[PathBuf],
    quiet: bool,
    options: &pipeline::BuildOptions,
) -> Result<u8, Error> {
    // A store another process holds is one line (`Error::Locked`), exit 2.
    let store = GraphStore::open(store_path)?;
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let b = indicatif::ProgressBar::new(0);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {bar:30} {pos}/{len} articles {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let progress = |done: usize, total: usize| {
        if let Some(b) = &bar {
            b.set_length(total as u64);
            b.set_position(done as u64);
        }
    };
    let report = pipeline::build_with(&store, paths, Some(&progress), options)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    outcome(&report, paths, true)
}

/// Prints what a build or an extraction rejected and noted, and gives the
/// exit code: 0 all read, 1 some rejected, 2 nothing could be read.
fn outcome(report: &pipeline::BuildReport, paths: &[PathBuf], summary: bool) -> Result<u8, Error> {
    for r in &report.rejected {
        eprintln!("racegraph: rejected {r}");
    }
    for n in &report.notes {
        eprintln!("racegraph: note: {n}");
    }
    if summary {
        println!("{}", report.summary());
    }
    if report.read == 0 {
        if report.rejected.is_empty() {
            return Err(Error::Usage(format!(
                "no .txt or .md articles under {}",
                paths
                    .iter()
                    .map(|p| racegraph_extract::corpus::display_path(p))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        return Ok(2);
    }
    Ok(if report.rejected.is_empty() { 0 } else { 1 })
}

/// Removes articles by id or path: 0 all found, 1 some names matched
/// nothing (each named), 2 none did.
fn remove(store_path: &Path, targets: &[String]) -> Result<u8, Error> {
    if !store_path.join("CURRENT").exists() {
        return Err(racegraph_store::Error::NoStore(store_path.to_path_buf()).into());
    }
    let store = GraphStore::open(store_path)?;
    let report = pipeline::remove(&store, targets)?;
    for name in &report.unknown {
        eprintln!(
            "racegraph: rejected {}: no article of the store has this id or source path",
            racegraph_extract::corpus::escape_text(name)
        );
    }
    println!("{}", report.summary());
    Ok(
        match (report.removed.is_empty(), report.unknown.is_empty()) {
            (_, true) => 0,
            (false, false) => 1,
            (true, false) => 2,
        },
    )
}

fn eval(dir: &Path, min_precision: f64, min_recall: f64, brief: bool) -> Result<u8, Error> {
    let report = racegraph_store::eval::evaluate(dir)?;
    println!("{} articles", report.articles);
    print!("{}", report.table());
    if !brief {
        for (title, list) in [
            ("false positives", &report.false_positives),
            ("misses", &report.misses),
        ] {
            println!("\n{title} ({}):", list.len());
            for (t, src, fact) in list {
                println!("  {t:<13} {src}: {fact}");
            }
        }
    }
    let failing = report.failing(min_precision, min_recall);
    if failing.is_empty() {
        Ok(0)
    } else {
        eprintln!(
            "racegraph: below the thresholds (precision {min_precision}, recall {min_recall}): {}",
            failing.join(", ")
        );
        Ok(1)
    }
}

fn extract(
    paths: &[PathBuf],
    options: &extraction::ExtractOptions,
    format: Option<&str>,
    output: Option<&Path>,
) -> Result<u8, Error> {
    if let (Some(shard), Some(dir)) = (options.shard, output) {
        if format.is_some_and(|f| !matches!(f, "nquads" | "nq")) {
            return Err(Error::Usage(
                "--shard writes gzip-compressed N-Quads; leave out --format".into(),
            ));
        }
        let mut sink = extraction::ShardWriter::create(dir, &shard.file_name())?;
        let report = extraction::extract_to(paths, options, &mut sink, None)?;
        let written = sink.finish()?;
        // A shard may hold none of a small corpus's articles.
        let code = if report.read == 0 && report.rejected.is_empty() && report.other_shards > 0 {
            0
        } else {
            outcome(&report, paths, false)?
        };
        eprintln!(
            "racegraph: shard {}/{}: {} articles to {}",
            shard.k,
            shard.n,
            report.read,
            racegraph_extract::corpus::display_path(&written)
        );
        return Ok(code);
    }
    let format = Choice {
        what: "extract",
        accepted: formats::EXTRACTION,
        default: Format::NQuads,
    }
    .resolve(format, output)
    .map_err(racegraph_store::Error::from)?;
    let mut report = None;
    with_output(output, |out| {
        let mut sink = extraction::ExtractionWriter::new(GraphFormat::from_format(format), out)?;
        report = Some(extraction::extract_to(paths, options, &mut sink, None)?);
        sink.finish()?;
        Ok(())
    })?;
    match report {
        Some(report) => outcome(&report, paths, false),
        None => Ok(2),
    }
}

fn run_query(
    store_path: &Path,
    query: &str,
    format: Option<&str>,
    output: Option<&Path>,
) -> Result<u8, Error> {
    let text = if query == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|source| Error::Io {
                path: "-".into(),
                source,
            })?;
        s
    } else if Path::new(query).is_file() {
        std::fs::read_to_string(query).map_err(|source| Error::Io {
            path: query.into(),
            source,
        })?
    } else if query.ends_with(".rq") {
        return Err(Error::Usage(format!("{query}: no such query file")));
    } else {
        query.to_string()
    };
    // A format no query can give is refused before the store is opened.
    let all: Vec<Format> = formats::RESULTS
        .iter()
        .chain(formats::GRAPHS)
        .copied()
        .collect();
    Choice {
        what: "query",
        accepted: &all,
        default: Format::Csv,
    }
    .resolve(format, output)
    .map_err(racegraph_store::Error::from)?;
    let store = GraphStore::open_existing(store_path)?;
    let results = store.query(&text)?;
    let (rf, gf) =
        output::query_formats(&results, format, output, std::io::stdout().is_terminal())?;
    with_output(output, |out| {
        Ok(output::write_results(results, rf, gf, out)?)
    })?;
    Ok(0)
}

/// Runs `f` on the output file (created) or standard output.
fn with_output(
    path: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> Result<(), Error>,
) -> Result<(), Error> {
    match path {
        Some(p) => {
            let file = std::fs::File::create(p).map_err(|source| Error::Io {
                path: p.to_path_buf(),
                source,
            })?;
            let mut w = std::io::BufWriter::new(file);
            f(&mut w)?;
            w.flush().map_err(|source| Error::Io {
                path: p.to_path_buf(),
                source,
            })
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            f(&mut w)?;
            match w.flush() {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => Ok(r?),
            }
        }
    }
}
