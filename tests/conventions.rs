//! The command line behaves like its peers: formats by name, extension and
//! MIME type on every command, `-` for standard input, quiet on a closed
//! pipe, one-line errors.

mod common;

use common::{bin, run, seed_store, stderr, stdout};
use oxigraph::io::{RdfFormat, RdfParser};
use std::io::{Read, Write};
use std::process::Stdio;

fn parses_as(path: &std::path::Path, format: RdfFormat) -> usize {
    let bytes = std::fs::read(path).expect("output file");
    RdfParser::from_format(format)
        .for_slice(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{} is not {format}: {e}", path.display()))
        .len()
}

#[test]
fn the_output_extension_chooses_the_format() {
    let store = seed_store();
    let dir = tempfile::tempdir().unwrap();
    for (name, format) in [
        ("g.nt", RdfFormat::NTriples),
        ("g.ttl", RdfFormat::Turtle),
        ("g.nq", RdfFormat::NQuads),
        ("g.rdf", RdfFormat::RdfXml),
    ] {
        let path = dir.path().join(name);
        let out = run(store, &["export", "-o", path.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(parses_as(&path, format) > 100, "{name}");
    }
    // N-Triples has no graph names: the file must not be TriG.
    let nt = std::fs::read_to_string(dir.path().join("g.nt")).unwrap();
    assert!(!nt.contains('{'));

    let dot = dir.path().join("g.dot");
    let out = run(store, &["viz", "-o", dot.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(text.starts_with("digraph") || text.starts_with("strict digraph"));

    let json = dir.path().join("r.json");
    let out = run(
        store,
        &[
            "query",
            "SELECT ?s WHERE { ?s a rg:Country }",
            "-o",
            json.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert!(v["results"]["bindings"].as_array().unwrap().len() > 1);

    let stats = dir.path().join("s.json");
    let out = run(store, &["stats", "-o", stats.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice::<serde_json::Value>(&std::fs::read(&stats).unwrap())
        .expect("stats -o s.json writes JSON");
}

#[test]
fn short_names_and_media_types_are_accepted() {
    let store = seed_store();
    for (flag, format) in [
        ("nt", RdfFormat::NTriples),
        ("ttl", RdfFormat::Turtle),
        ("application/n-quads", RdfFormat::NQuads),
        ("text/turtle", RdfFormat::Turtle),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let out = run(store, &["export", "-f", flag]);
        assert!(out.status.success(), "{flag}: {}", stderr(&out));
        let n = RdfParser::from_format(format)
            .for_slice(&out.stdout)
            .collect::<Result<Vec<_>, _>>()
            .unwrap_or_else(|e| panic!("{flag}: {e}"))
            .len();
        assert!(n > 100, "{flag}");
    }
    let out = run(
        store,
        &[
            "query",
            "ASK { ?s ?p ?o }",
            "-f",
            "text/tab-separated-values",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "true");
    let out = run(store, &["viz", "-f", "gv", "--limit", "5"]);
    assert!(stdout(&out).contains("digraph"), "{}", stderr(&out));
    let out = run(store, &["stats", "-f", "json"]);
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stats -f json");
}

#[test]
fn a_format_and_an_extension_that_disagree_are_one_error() {
    let store = seed_store();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.nt");
    let out = run(
        store,
        &["export", "-f", "turtle", "-o", path.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("ntriples"), "{}", stderr(&out));
    assert!(!path.exists(), "nothing is written on a usage error");
    let out = run(store, &["viz", "-f", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("dot, graphml, html, json"));
}

fn article() -> Vec<u8> {
    let dir = common::root().join("data/articles");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
        .collect();
    files.sort();
    std::fs::read(&files[0]).unwrap()
}

fn with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = bin()
        .args(args)
        .current_dir(common::root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_dash_reads_an_article_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let s = store.to_str().unwrap();
    let out = with_stdin(&["--store", s, "build", "-"], &article());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 loaded"), "{}", stdout(&out));
    let again = with_stdin(&["--store", s, "build", "-"], &article());
    assert!(stdout(&again).contains("1 unchanged"), "{}", stdout(&again));
    let out = with_stdin(&["extract", "-", "-f", "nt"], &article());
    assert!(out.status.success(), "{}", stderr(&out));
    let n = RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(&out.stdout)
        .count();
    assert!(n > 50);
    // Nothing could be read: exit 2, as for build.
    let out = with_stdin(&["extract", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("-: empty file"), "{}", stderr(&out));
}

/// Reads a little of the output, closes the pipe, and expects exit 0
/// with nothing on stderr.
fn closed_pipe(store: &std::path::Path, args: &[&str]) {
    let mut child = bin()
        .arg("--store")
        .arg(store)
        .args(args)
        .current_dir(common::root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    assert_eq!(
        stderr(&out).lines().filter(|l| l.contains("error")).count(),
        0,
        "{args:?}: {}",
        stderr(&out)
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let store = seed_store();
    closed_pipe(store, &["viz", "--limit", "0"]);
    closed_pipe(store, &["export", "-f", "nq"]);
    closed_pipe(
        store,
        &["query", "SELECT * WHERE { ?s ?p ?o }", "-f", "csv"],
    );
    closed_pipe(store, &["extract", "data/articles", "-f", "json"]);
}

#[test]
fn resources_have_the_prefix_the_table_shows() {
    let store = seed_store();
    let out = run(
        store,
        &[
            "query",
            "SELECT ?c WHERE { ?c a rg:Country } LIMIT 1",
            "-f",
            "table",
        ],
    );
    let shown = stdout(&out);
    let short = shown
        .split_whitespace()
        .find(|w| w.starts_with("res:"))
        .unwrap_or_else(|| panic!("no res: name in {shown}"))
        .to_string();
    let q = format!("ASK {{ {short} a rg:Country }}");
    let out = run(store, &["query", &q, "-f", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "true");
}

#[test]
fn errors_are_one_line() {
    let store = seed_store();
    let update = run(store, &["query", "DELETE WHERE { ?s ?p ?o }"]);
    assert_eq!(update.status.code(), Some(2));
    assert_eq!(stderr(&update).lines().count(), 1, "{}", stderr(&update));
    assert!(stderr(&update).contains("racegraph build"));
    let prefix = run(store, &["query", "SELECT * WHERE { ?s foo:bar ?o }"]);
    assert_eq!(prefix.status.code(), Some(2));
    assert_eq!(stderr(&prefix).lines().count(), 1, "{}", stderr(&prefix));
    assert!(stderr(&prefix).contains("undeclared prefix"));
    for args in [
        &["--bogus"][..],
        &["query"][..],
        &["export", "--graph"][..],
        &["viz", "--depth", "x"][..],
    ] {
        let out = bin().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr(&out).lines().count(),
            1,
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).starts_with("racegraph: error: "));
    }
}

#[test]
fn extract_and_eval_do_not_offer_a_store() {
    for cmd in ["extract", "eval"] {
        let out = bin().args([cmd, "--help"]).output().unwrap();
        assert!(out.status.success());
        assert!(!stdout(&out).contains("--store"), "{cmd}");
    }
    for cmd in ["build", "query", "export", "viz", "stats"] {
        let out = bin().args([cmd, "--help"]).output().unwrap();
        assert!(stdout(&out).contains("--store"), "{cmd}");
        assert!(stdout(&out).contains("--format") || cmd == "build", "{cmd}");
    }
}

#[test]
fn graphml_keys_are_typed() {
    let store = seed_store();
    let out = run(store, &["viz", "-f", "graphml", "--limit", "0"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let key_type = |name: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("key") && n.attribute("attr.name") == Some(name))
            .and_then(|n| n.attribute("attr.type"))
            .map(str::to_string)
    };
    assert_eq!(key_type("year").as_deref(), Some("int"));
    assert_eq!(key_type("distance").as_deref(), Some("double"));
    assert_eq!(key_type("label").as_deref(), Some("string"));
}

#[test]
fn jsonld_is_compact_with_a_context() {
    let store = seed_store();
    let out = run(store, &["export", "-f", "jsonld"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let context = &v["@context"];
    assert_eq!(
        context["rg"].as_str(),
        Some("https://w3id.org/racegraph/ontology#"),
        "{}",
        &stdout(&out)[..200.min(out.stdout.len())]
    );
    let text = stdout(&out);
    assert!(text.contains("\"rg:"), "compact IRIs are used");
}

#[test]
fn completions_and_a_man_page_come_from_the_definitions() {
    let out = bin().args(["completions", "bash"]).output().unwrap();
    assert!(out.status.success());
    let script = stdout(&out);
    assert!(script.contains("racegraph") && script.contains("export"));
    let out = bin().arg("man").output().unwrap();
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(
        page.contains(".TH racegraph"),
        "{}",
        &page[..100.min(page.len())]
    );
    let out = bin().args(["completions", "nosuchshell"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
