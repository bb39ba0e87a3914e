//! The subcommands' work: each one turns parsed arguments into calls to
//! the library and an exit code.

#[allow(unused_imports)]
use super::*;

/// The store folder: the subcommand's `--store`, else the top-level one
/// (or `$RACEGRAPH_STORE`), else `./racegraph.db`.
fn store_path(at: StoreArg, top: &Option<PathBuf>) -> PathBuf {
    at.store
        .or_else(|| top.clone())
        .unwrap_or_else(|| PathBuf::from("racegraph.db"))
}

pub(super) fn run(command: Command, top: Option<PathBuf>) -> Result<u8, Error> {
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
            let timeout = seconds("--timeout-s", args.timeout_s)?;
            let idle_timeout = seconds("--idle-timeout-s", args.idle_timeout_s)?;
            racegraph_serve::serve(racegraph_serve::ServeOptions {
                bind: args.bind,
                store: store_path(args.at, &top),
                update_token: args.update_token.filter(|t| !t.is_empty()),
                timeout,
                max_rows: args.max_rows,
                max_body: args.max_body,
                idle_timeout,
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

/// A number of seconds given on the command line, as a duration: positive
/// and not beyond what a duration holds.
fn seconds(flag: &str, s: f64) -> Result<std::time::Duration, Error> {
    match std::time::Duration::try_from_secs_f64(s) {
        Ok(d) if s > 0.0 => Ok(d),
        _ => Err(Error::Usage(format!(
            "{flag} must be a positive number of seconds"
        ))),
    }
}
