//! The SPARQL 1.1 Protocol and the Graph Store Protocol's read side.

use crate::common::{self, seed_store};
use crate::harness::{curl, get_query, Server};

const COUNT: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
const ARTICLE: &str = "https://w3id.org/racegraph/resource/article/002_e6ef42196da1fad2";

fn json(body: &[u8]) -> serde_json::Value {
    serde_json::from_slice(body).expect("JSON")
}

#[test]
fn select_answers_equal_racegraph_query_in_every_results_format() {
    let store = seed_store();
    let server = Server::start(store, &[]);
    let url = server.url("/sparql");
    let query =
        std::fs::read_to_string(common::root().join("queries/cq01-winners-2025.rq")).expect("cq01");
    for (accept, format, media) in [
        (None, "json", "application/sparql-results+json"),
        (
            Some("application/sparql-results+json"),
            "json",
            "application/sparql-results+json",
        ),
        (
            Some("application/sparql-results+xml"),
            "xml",
            "application/sparql-results+xml",
        ),
        (Some("text/csv"), "csv", "text/csv"),
        (
            Some("text/tab-separated-values"),
            "tsv",
            "text/tab-separated-values",
        ),
    ] {
        let Some(a) = get_query(&url, &query, accept) else {
            return;
        };
        assert_eq!(a.status, 200, "{accept:?}: {}", a.text());
        assert_eq!(a.header("content-type"), Some(media));
        let cli = common::run(store, &["query", &query, "--format", format]);
        assert!(cli.status.success());
        assert_eq!(
            a.text(),
            common::stdout(&cli),
            "{format} differs from the CLI's"
        );
    }
    let rows = json(&get_query(&url, &query, None).expect("curl").body)["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .len();
    assert_eq!(rows, 6, "cq01 has the six 2025 winners");
}

#[test]
fn post_form_and_direct_body_give_the_same_answer_as_get() {
    let server = Server::start(seed_store(), &[]);
    let url = server.url("/sparql");
    let Some(get) = get_query(&url, COUNT, None) else {
        return;
    };
    let form = curl(&[&url, "--data-urlencode", &format!("query={COUNT}")]).expect("curl");
    let direct = curl(&[
        &url,
        "-H",
        "Content-Type: application/sparql-query",
        "--data-binary",
        COUNT,
    ])
    .expect("curl");
    assert_eq!(get.status, 200);
    assert_eq!(form.status, 200);
    assert_eq!(direct.status, 200);
    assert_eq!(get.body, form.body);
    assert_eq!(get.body, direct.body);
    let n: usize = json(&get.body)["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("count");
    assert!(n > 1000, "the union default graph holds the store: {n}");
    let wrong = curl(&[
        &url,
        "-H",
        "Content-Type: text/plain",
        "--data-binary",
        COUNT,
    ])
    .expect("curl");
    assert_eq!(wrong.status, 415);
}

#[test]
fn construct_negotiates_every_rdf_syntax_and_refuses_the_rest() {
    let server = Server::start(seed_store(), &[]);
    let url = server.url("/sparql");
    let q = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }";
    for (accept, media, needle) in [
        ("text/turtle", "text/turtle", "@prefix rdfs:"),
        (
            "application/n-triples",
            "application/n-triples",
            "<http://www.w3.org/2000/01/rdf-schema#label>",
        ),
        (
            "application/n-quads",
            "application/n-quads",
            "<http://www.w3.org/2000/01/rdf-schema#label>",
        ),
        ("application/trig", "application/trig", "rdfs:label"),
        ("application/rdf+xml", "application/rdf+xml", "<rdf:RDF"),
        ("application/ld+json", "application/ld+json", "\"@id\""),
    ] {
        let Some(a) = get_query(&url, q, Some(accept)) else {
            return;
        };
        assert_eq!(a.status, 200, "{accept}: {}", a.text());
        assert_eq!(a.header("content-type"), Some(media));
        assert!(a.text().contains(needle), "{accept}: {}", a.text());
    }
    let refused = get_query(&url, q, Some("application/sparql-results+json")).expect("curl");
    assert_eq!(refused.status, 406);
    assert!(refused.text().contains("text/turtle"), "{}", refused.text());
    let ask = get_query(
        &url,
        "ASK { ?a a rg:Athlete }",
        Some("application/sparql-results+xml"),
    )
    .expect("curl");
    assert!(
        ask.text().contains("<boolean>true</boolean>"),
        "{}",
        ask.text()
    );
    let bad = get_query(&url, "SELECT WHERE {", None).expect("curl");
    assert_eq!(bad.status, 400);
    assert!(bad.text().starts_with("SPARQL syntax"), "{}", bad.text());
    assert_eq!(bad.text().lines().count(), 1, "one line: {}", bad.text());
}

#[test]
fn dataset_parameters_choose_the_graphs() {
    let store = seed_store();
    let server = Server::start(store, &[]);
    let url = server.url("/sparql");
    let count = |args: &[&str]| -> usize {
        let mut a = vec!["-G", url.as_str(), "--data-urlencode"];
        let q = format!("query={COUNT}");
        a.push(&q);
        a.extend(args);
        let ans = curl(&a).expect("curl");
        assert_eq!(ans.status, 200, "{}", ans.text());
        json(&ans.body)["results"]["bindings"][0]["n"]["value"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("count")
    };
    if crate::harness::tool("RACEGRAPH_TEST_CURL", "curl").is_none() {
        return;
    }
    let all = count(&[]);
    let dg = format!("default-graph-uri={ARTICLE}");
    let one = count(&["--data-urlencode", &dg]);
    let expected = common::query_json(
        store,
        &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ARTICLE}> {{ ?s ?p ?o }} }}"),
    );
    let expected: usize = expected.rows[0][0]
        .as_deref()
        .and_then(|s| s.parse().ok())
        .expect("n");
    assert_eq!(one, expected);
    assert!(one < all);
    // The request's dataset is exactly what it names, as FROM and FROM
    // NAMED are (and as Oxigraph and Jena read these parameters): only a
    // named graph given, the default graph is empty and GRAPH ?g sees that
    // one graph; only a default graph given, GRAPH ?g sees none.
    let ng = format!("named-graph-uri={ARTICLE}");
    assert_eq!(count(&["--data-urlencode", &ng]), 0);
    let graphs = |args: &[&str]| -> Vec<String> {
        let q = "query=SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        let mut a = vec!["-G", url.as_str(), "--data-urlencode", q];
        a.extend(args);
        let ans = curl(&a).expect("curl");
        assert_eq!(ans.status, 200, "{}", ans.text());
        json(&ans.body)["results"]["bindings"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|b| b["g"]["value"].as_str().expect("g").to_string())
            .collect()
    };
    assert!(graphs(&[]).len() > 1);
    assert_eq!(graphs(&["--data-urlencode", &ng]), [ARTICLE]);
    assert_eq!(graphs(&["--data-urlencode", &dg]), Vec::<String>::new());
    assert_eq!(
        graphs(&["--data-urlencode", &dg, "--data-urlencode", &ng]),
        [ARTICLE]
    );
    // Both given: the default graph is the one named, GRAPH sees the other.
    let both = count(&["--data-urlencode", &dg, "--data-urlencode", &ng]);
    assert_eq!(both, one);
    // The same as the query's own FROM NAMED without FROM.
    let from_named = common::query_json(
        store,
        &format!("SELECT (COUNT(*) AS ?n) FROM NAMED <{ARTICLE}> WHERE {{ ?s ?p ?o }}"),
    );
    assert_eq!(from_named.rows[0][0].as_deref(), Some("0"));
}

#[test]
fn service_description_health_and_request_log() {
    let server = Server::start(seed_store(), &[]);
    let Some(sd) = curl(&[&server.url("/sparql")]) else {
        return;
    };
    assert_eq!(sd.status, 200);
    assert_eq!(sd.header("content-type"), Some("text/turtle"));
    assert!(sd.text().contains("sd:Service"), "{}", sd.text());
    assert!(
        sd.text().contains(&format!("<{}/sparql>", server.base)),
        "{}",
        sd.text()
    );
    let h = curl(&[&server.url("/health")]).expect("curl");
    assert_eq!((h.status, h.text().as_str()), (200, "ok\n"));
    let missing = curl(&[&server.url("/nothing-here")]).expect("curl");
    assert_eq!(missing.status, 404);
    assert!(server.wait_log("GET /health 200 ", std::time::Duration::from_secs(5)));
    assert!(server.wait_log("GET /nothing-here 404 ", std::time::Duration::from_secs(5)));
    let line = server
        .log()
        .into_iter()
        .find(|l| l.starts_with("GET /health 200 "))
        .expect("log line");
    assert!(line.ends_with("ms"), "{line}");
}

#[test]
fn graph_store_reads_equal_racegraph_export() {
    let store = seed_store();
    let server = Server::start(store, &[]);
    let graph = server.url(&format!("/store?graph={ARTICLE}"));
    for (accept, format) in [
        ("text/turtle", "turtle"),
        ("application/n-triples", "ntriples"),
        ("application/n-quads", "nquads"),
        ("application/rdf+xml", "rdfxml"),
    ] {
        let Some(a) = curl(&["-H", &format!("Accept: {accept}"), &graph]) else {
            return;
        };
        assert_eq!(a.status, 200, "{}", a.text());
        assert_eq!(a.header("content-type"), Some(accept));
        let cli = common::run(store, &["export", "--graph", ARTICLE, "--format", format]);
        assert!(cli.status.success());
        assert_eq!(a.text(), common::stdout(&cli), "{format}");
    }
    // The whole store, in a dataset syntax (TriG unless asked otherwise).
    let dump = curl(&[&server.url("/store")]).expect("curl");
    assert_eq!(dump.header("content-type"), Some("application/trig"));
    let cli = common::run(store, &["export", "--format", "trig"]);
    assert_eq!(dump.text(), common::stdout(&cli));
    let nq = curl(&["-H", "Accept: application/n-quads", &server.url("/store")]).expect("curl");
    let cli = common::run(store, &["export", "--format", "nquads"]);
    assert_eq!(nq.text(), common::stdout(&cli));
    // HEAD: the headers of a GET, no body.
    let head = curl(&["-I", &graph]).expect("curl");
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-type"), Some("text/turtle"));
    assert!(head.body.is_empty());
    let none = curl(&[&server.url("/store?graph=https://example.org/none")]).expect("curl");
    assert_eq!(none.status, 404);
    assert!(none.text().contains("no graph"), "{}", none.text());
}

/// Reads from a connection until the server closes it or `within` passes;
/// whether it was closed.
fn closed_within(stream: &mut std::net::TcpStream, within: std::time::Duration) -> bool {
    use std::io::Read;
    let until = std::time::Instant::now() + within;
    let mut buf = [0u8; 4096];
    while let Some(left) = until.checked_duration_since(std::time::Instant::now()) {
        if left.is_zero() {
            break;
        }
        stream.set_read_timeout(Some(left)).expect("read timeout");
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return true,
            Err(_) => return false,
        }
    }
    false
}

#[test]
fn idle_and_stalled_connections_are_closed() {
    use std::io::Write;
    use std::time::Duration;
    let server = Server::start(seed_store(), &["--idle-timeout-s", "1"]);
    let addr = server.base.trim_start_matches("http://").to_string();
    // A keep-alive connection that asks once, then says nothing.
    let mut idle = std::net::TcpStream::connect(&addr).expect("connect");
    idle.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    // A client that stops halfway through a request's head.
    let mut stalled = std::net::TcpStream::connect(&addr).expect("connect");
    stalled
        .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        .expect("write");
    assert!(
        closed_within(&mut idle, Duration::from_secs(10)),
        "idle connection left open"
    );
    assert!(
        closed_within(&mut stalled, Duration::from_secs(10)),
        "stalled connection left open"
    );
    // The server still answers.
    if let Some(h) = curl(&[&server.url("/health")]) {
        assert_eq!(h.status, 200);
    }

    // With the default (30 s) an idle connection stays open past a second.
    let patient = Server::start(seed_store(), &[]);
    let addr = patient.base.trim_start_matches("http://").to_string();
    let mut kept = std::net::TcpStream::connect(&addr).expect("connect");
    kept.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    assert!(
        !closed_within(&mut kept, Duration::from_secs(3)),
        "closed too soon"
    );
}
