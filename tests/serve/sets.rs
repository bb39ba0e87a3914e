//! The server's default graph is a set, as `racegraph query`'s is: a
//! triple several articles state is counted once, by every client, in every
//! results format, GET or POST, while `GRAPH ?g` still tells each article.

use crate::common::{self, root};
use crate::harness::{build_store, curl, tool, Server};
use std::path::{Path, PathBuf};
use std::process::Command;

const COUNT: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
const DISTINCT: &str =
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";
const STATED: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

/// A store of one article under two names: every fact about the race is
/// stated by two article graphs.
fn twice_stated(dir: &Path) -> PathBuf {
    let article = root().join("data/articles/000_d4f27fd0aac5d2fd.txt");
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus");
    for name in ["first.txt", "second.txt"] {
        std::fs::copy(&article, corpus.join(name)).expect("copy");
    }
    build_store(dir, &[corpus.to_str().expect("path")])
}

/// The count in an answer of one row and one variable, in any results format.
fn count_in(body: &str, format: &str) -> usize {
    let text = match format {
        "json" => {
            let v: serde_json::Value = serde_json::from_str(body).expect("JSON");
            v["results"]["bindings"][0]["n"]["value"]
                .as_str()
                .expect("n")
                .to_string()
        }
        "xml" => {
            let doc = roxmltree::Document::parse(body).expect("XML");
            doc.descendants()
                .find(|n| n.has_tag_name("literal"))
                .and_then(|n| n.text())
                .expect("literal")
                .to_string()
        }
        // CSV and TSV: a header line, then the value (TSV may write it as a
        // typed literal).
        _ => body
            .lines()
            .nth(1)
            .expect("a row")
            .trim()
            .trim_start_matches('"')
            .split('"')
            .next()
            .unwrap_or_default()
            .to_string(),
    };
    text.parse()
        .unwrap_or_else(|_| panic!("{format}: no count in {body}"))
}

/// `query` by GET with curl, as JSON.
fn count(url: &str, query: &str, extra: &[&str]) -> usize {
    let q = format!("query={query}");
    let mut args = vec!["-G", url, "--data-urlencode", q.as_str()];
    args.extend(extra);
    let a = curl(&args).expect("curl");
    assert_eq!(a.status, 200, "{query}: {}", a.text());
    count_in(&a.text(), "json")
}

#[test]
fn default_graph_counts_each_triple_once_however_many_articles_state_it() {
    if tool("RACEGRAPH_TEST_CURL", "curl").is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let store = twice_stated(dir.path());
    let server = Server::start(&store, &["--quiet"]);
    let url = server.url("/sparql");
    let distinct = count(&url, DISTINCT, &[]);
    let stated = count(&url, STATED, &[]);
    assert!(
        stated > distinct,
        "the articles state facts twice ({stated} statements, {distinct} triples)"
    );
    // As on the command line.
    let cli = common::query_json(&store, COUNT);
    assert_eq!(
        cli.rows[0][0].as_deref(),
        Some(distinct.to_string().as_str())
    );

    // curl: GET, a POSTed form, a POSTed query; every results format.
    let form = format!("query={COUNT}");
    for (accept, format) in [
        ("application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("text/csv", "csv"),
        ("text/tab-separated-values", "tsv"),
    ] {
        let h = format!("Accept: {accept}");
        for (how, args) in [
            ("GET", vec!["-G", &url, "--data-urlencode", &form, "-H", &h]),
            ("POST form", vec![&url, "--data-urlencode", &form, "-H", &h]),
            (
                "POST query",
                vec![
                    &url,
                    "-H",
                    "Content-Type: application/sparql-query",
                    "--data-binary",
                    COUNT,
                    "-H",
                    &h,
                ],
            ),
        ] {
            let a = curl(&args).expect("curl");
            assert_eq!(a.status, 200, "{how} {format}: {}", a.text());
            assert_eq!(count_in(&a.text(), format), distinct, "{how} {format}");
        }
    }

    // One fact pattern: each athlete once by default, twice through GRAPH ?g.
    let athletes = count(&url, "SELECT (COUNT(*) AS ?n) { ?a a rg:Athlete }", &[]);
    assert!(athletes > 0);
    let per_article = count(
        &url,
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a a rg:Athlete } }",
        &[],
    );
    assert_eq!(per_article, 2 * athletes);

    // CONSTRUCT over the default graph: each triple once.
    let a = curl(&[
        "-G",
        &url,
        "--data-urlencode",
        "query=CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "-H",
        "Accept: application/n-triples",
    ])
    .expect("curl");
    assert_eq!(a.text().lines().count(), distinct);
}

#[test]
fn dataset_parameters_merge_their_graphs_as_a_set() {
    if tool("RACEGRAPH_TEST_CURL", "curl").is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let store = twice_stated(dir.path());
    let server = Server::start(&store, &["--quiet"]);
    let url = server.url("/sparql");
    let first = "https://w3id.org/racegraph/resource/article/first";
    let second = "https://w3id.org/racegraph/resource/article/second";
    let in_graphs = |filter: &str| {
        count(
            &url,
            &format!(
                "SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?p ?o {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({filter}) }} }}"
            ),
            &[],
        )
    };
    let one = in_graphs(&format!("?g = <{first}>"));
    let both = in_graphs(&format!("?g IN (<{first}>, <{second}>)"));
    let d1 = format!("default-graph-uri={first}");
    let d2 = format!("default-graph-uri={second}");
    assert_eq!(count(&url, COUNT, &["--data-urlencode", &d1]), one);
    assert_eq!(
        count(
            &url,
            COUNT,
            &["--data-urlencode", &d1, "--data-urlencode", &d2]
        ),
        both
    );
    assert!(both < 2 * one, "the two articles share triples");
    // The request's dataset replaces the query's FROM.
    let from = format!("SELECT (COUNT(*) AS ?n) FROM <{second}> WHERE {{ ?s ?p ?o }}");
    assert_eq!(count(&url, &from, &["--data-urlencode", &d1]), one);
    // FROM naming both: their merge, a set, as racegraph query reads it.
    let from_both =
        format!("SELECT (COUNT(*) AS ?n) FROM <{first}> FROM <{second}> WHERE {{ ?s ?p ?o }}");
    assert_eq!(count(&url, &from_both, &[]), both);
    let cli = common::query_json(&store, &from_both);
    assert_eq!(cli.rows[0][0].as_deref(), Some(both.to_string().as_str()));
}

/// SPARQLWrapper (GET and POST, JSON and XML, with and without
/// default-graph-uri) and rdflib's `SPARQLStore` read as a graph (`len`,
/// `triples`) count what the server says are the distinct triples.
#[test]
fn python_clients_count_each_triple_once() {
    let Some(python) = tool("RACEGRAPH_TEST_PYTHON", "racegraph-test-python") else {
        return;
    };
    if tool("RACEGRAPH_TEST_CURL", "curl").is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let store = twice_stated(dir.path());
    let server = Server::start(&store, &["--quiet"]);
    let url = server.url("/sparql");
    let script = root().join("tests/serve/set_clients.py");
    let run = |graphs: &[&str]| -> serde_json::Map<String, serde_json::Value> {
        let out = Command::new(&python)
            .arg(&script)
            .arg(&url)
            .args(graphs)
            .output()
            .expect("run python");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v.as_object().expect("object").clone()
    };
    let distinct = count(&url, DISTINCT, &[]);
    let counted = run(&[]);
    assert_eq!(counted.len(), 6, "{counted:?}");
    for (client, n) in &counted {
        assert_eq!(n.as_u64(), Some(distinct as u64), "{client}");
    }
    let first = "https://w3id.org/racegraph/resource/article/first";
    let second = "https://w3id.org/racegraph/resource/article/second";
    let both = count(
        &url,
        &format!(
            "SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?p ?o {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g IN (<{first}>, <{second}>)) }} }}"
        ),
        &[],
    );
    let counted = run(&[first, second]);
    assert_eq!(counted.len(), 4, "{counted:?}");
    for (client, n) in &counted {
        assert_eq!(
            n.as_u64(),
            Some(both as u64),
            "{client} with default-graph-uri"
        );
    }
}
