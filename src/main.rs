//! The `racegraph` command line: a thin layer over the library.

use clap::{Parser, Subcommand};
use racegraph_store::output::{self, GraphFormat, ResultsFormat};
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
    #[arg(long, global = true, env = "RACEGRAPH_STORE", value_name = "DIR")]
    store: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles, extract facts and load them into the store (unchanged articles are skipped)
    Build {
        /// Article files or folders (read recursively for .txt and .md)
        #[arg(default_value = "data/articles")]
        paths: Vec<PathBuf>,
        /// No progress bar
        #[arg(long, short)]
        quiet: bool,
    },
    /// Extract without a store and print the result
    Extract {
        /// Article files or folders
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = ExtractFormat::Nquads)]
        format: ExtractFormat,
    },
    /// Run a SPARQL 1.1 query over the store (the default graph is the union of all graphs)
    Query {
        /// The query text, `-` for standard input, or the path of a .rq file
        query: String,
        /// Output format: table, csv, tsv, json, xml for SELECT/ASK; turtle, ntriples, nquads,
        /// trig, rdfxml, jsonld for CONSTRUCT/DESCRIBE [default: table on a terminal, else csv; turtle for graphs]
        #[arg(long, short, value_enum)]
        format: Option<QueryFormat>,
    },
    /// Export the whole store, or one graph, in an RDF syntax
    Export {
        /// turtle, ntriples, nquads, trig, rdfxml, jsonld (or a short name: ttl, nt, nq, rdf)
        #[arg(long, short, default_value = "trig", value_parser = parse_graph_format)]
        format: GraphFormat,
        /// Only this named graph (e.g. an article's IRI)
        #[arg(long, value_name = "IRI")]
        graph: Option<String>,
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Draw the graph: Graphviz DOT, GraphML, a self-contained HTML page, or JSON
    Viz(VizArgs),
    /// Count what the store holds: articles, triples, entities, relations, central entities
    Stats(StatsArgs),
    /// Serve the store over HTTP: a SPARQL endpoint, the Graph Store Protocol and a browser explorer
    Serve(ServeArgs),
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
    /// Output format.
    #[arg(long, value_enum, default_value_t = VizFormatArg::Html)]
    format: VizFormatArg,
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
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum VizFormatArg {
    /// Graphviz DOT, for `dot -Tsvg`.
    Dot,
    /// GraphML, for networkx, Gephi and yEd.
    Graphml,
    /// One self-contained interactive HTML page.
    Html,
    /// Nodes, edges and evidence as JSON, for other front ends.
    Json,
}

impl From<VizArgs> for VizOptions {
    fn from(a: VizArgs) -> Self {
        VizOptions {
            format: match a.format {
                VizFormatArg::Dot => VizFormat::Dot,
                VizFormatArg::Graphml => VizFormat::Graphml,
                VizFormatArg::Html => VizFormat::Html,
                VizFormatArg::Json => VizFormat::Json,
            },
            output: a.output,
            focus: a.focus,
            depth: a.depth,
            classes: a.classes,
            limit: a.limit,
            articles: a.articles,
        }
    }
}

/// Arguments of `racegraph serve`.
#[derive(clap::Args, Debug, Clone)]
struct ServeArgs {
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

/// Arguments of `racegraph stats`.
#[derive(clap::Args, Debug, Clone)]
struct StatsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatsFormatArg::Table)]
    format: StatsFormatArg,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum StatsFormatArg {
    /// Aligned text tables.
    Table,
    /// One JSON object.
    Json,
}

fn parse_graph_format(s: &str) -> Result<GraphFormat, String> {
    s.parse()
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
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {source}")]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExtractFormat {
    Nquads,
    Trig,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum QueryFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

fn main() -> ExitCode {
    // A bug must still read as one line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("racegraph: internal error: {what}");
    }));
    let cli = Cli::parse();
    let store_path = cli
        .store
        .clone()
        .unwrap_or_else(|| PathBuf::from("racegraph.db"));
    match run(cli.command, &store_path) {
        Ok(code) => ExitCode::from(code),
        // A reader that stops early (`| head`) is not an error.
        Err(Error::Output(e)) | Err(Error::Lib(racegraph_store::Error::Output(e)))
            if e.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("racegraph: error: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

fn run(command: Command, store_path: &Path) -> Result<u8, Error> {
    match command {
        Command::Build { paths, quiet } => build(store_path, &paths, quiet),
        Command::Extract { paths, format } => extract(&paths, format),
        Command::Query { query, format } => run_query(store_path, &query, format),
        Command::Viz(args) => {
            let store = GraphStore::open_existing(store_path)?;
            let summary = racegraph_viz::run(store.inner(), &VizOptions::from(args))?;
            eprintln!("{summary}");
            Ok(0)
        }
        Command::Serve(args) => {
            if !(args.timeout_s > 0.0 && args.timeout_s.is_finite()) {
                return Err(Error::Usage("--timeout-s must be a positive number".into()));
            }
            racegraph_serve::serve(racegraph_serve::ServeOptions {
                bind: args.bind,
                store: store_path.to_path_buf(),
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
            let store = GraphStore::open_existing(store_path)?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let options = StatsOptions {
                format: match args.format {
                    StatsFormatArg::Table => StatsFormat::Table,
                    StatsFormatArg::Json => StatsFormat::Json,
                },
            };
            stats::run(store.inner(), &options, &mut out)?;
            out.flush()?;
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
        } => {
            let store = GraphStore::open_existing(store_path)?;
            with_output(output.as_deref(), |out| {
                Ok(output::export(&store, format, graph.as_deref(), out)?)
            })?;
            Ok(0)
        }
    }
}

fn build(store_path: &Path, paths: &[PathBuf], quiet: bool) -> Result<u8, Error> {
    let store = GraphStore::open(store_path).map_err(|e| match e {
        // RocksDB's lock: another process writes this store.
        racegraph_store::Error::Store { ref source, .. } if source.to_string().contains("LOCK") => {
            Error::Usage(format!(
                "store {} is in use by another writer (a build, or `racegraph serve --update-token`); \
                 stop it and build again (a read-only `racegraph serve` does not block builds)",
                store_path.display()
            ))
        }
        e => e.into(),
    })?;
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
    let report = pipeline::build(&store, paths, Some(&progress))?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for r in &report.rejected {
        eprintln!("racegraph: rejected {r}");
    }
    println!("{}", report.summary());
    if report.read == 0 {
        if report.rejected.is_empty() {
            return Err(Error::Usage(format!(
                "no .txt or .md articles under {}",
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        return Ok(2);
    }
    Ok(if report.rejected.is_empty() { 0 } else { 1 })
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

fn extract(paths: &[PathBuf], format: ExtractFormat) -> Result<u8, Error> {
    let (quads, rejected) = pipeline::extract_quads(paths)?;
    for r in &rejected {
        eprintln!("racegraph: rejected {r}");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        ExtractFormat::Json => output::write_extraction_json(&quads, &mut out)?,
        ExtractFormat::Nquads | ExtractFormat::Trig => {
            let f = if format == ExtractFormat::Trig {
                GraphFormat::Trig
            } else {
                GraphFormat::Nquads
            };
            let mut w =
                oxigraph::io::RdfSerializer::from_format(f.rdf_format()).for_writer(&mut out);
            for q in &quads {
                w.serialize_quad(q)?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(if rejected.is_empty() { 0 } else { 1 })
}

fn run_query(store_path: &Path, query: &str, format: Option<QueryFormat>) -> Result<u8, Error> {
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
    let store = GraphStore::open_existing(store_path)?;
    let results = store.query(&text)?;
    let terminal = std::io::stdout().is_terminal();
    let is_graph = matches!(results, oxigraph::sparql::QueryResults::Graph(_));
    let (rf, gf) = match format {
        None => (
            if terminal {
                ResultsFormat::Table
            } else {
                ResultsFormat::Csv
            },
            GraphFormat::Turtle,
        ),
        Some(f) => {
            let rf = match f {
                QueryFormat::Table => Some(ResultsFormat::Table),
                QueryFormat::Csv => Some(ResultsFormat::Csv),
                QueryFormat::Tsv => Some(ResultsFormat::Tsv),
                QueryFormat::Json => Some(ResultsFormat::Json),
                QueryFormat::Xml => Some(ResultsFormat::Xml),
                _ => None,
            };
            let gf = match f {
                QueryFormat::Turtle => Some(GraphFormat::Turtle),
                QueryFormat::Ntriples => Some(GraphFormat::Ntriples),
                QueryFormat::Nquads => Some(GraphFormat::Nquads),
                QueryFormat::Trig => Some(GraphFormat::Trig),
                QueryFormat::Rdfxml => Some(GraphFormat::Rdfxml),
                QueryFormat::Jsonld => Some(GraphFormat::Jsonld),
                _ => None,
            };
            match (is_graph, rf, gf) {
                (true, _, Some(g)) => (ResultsFormat::Csv, g),
                (false, Some(r), _) => (r, GraphFormat::Turtle),
                (true, _, None) => {
                    return Err(Error::Usage(format!("--format {f:?}: a CONSTRUCT/DESCRIBE query gives a graph; use turtle, ntriples, nquads, trig, rdfxml or jsonld").to_lowercase()))
                }
                (false, _, _) => {
                    return Err(Error::Usage(format!("--format {f:?}: a SELECT/ASK query gives results; use table, csv, tsv, json or xml").to_lowercase()))
                }
            }
        }
    };
    with_output(None, |out| Ok(output::write_results(results, rf, gf, out)?))?;
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
