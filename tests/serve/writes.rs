//! Writes (refused, then with the token), limits, and a build beside a
//! running server.

use crate::common::{self, seed_store};
use crate::harness::{build_store, curl, get_query, tool, Server};
use std::time::{Duration, Instant};

const TOKEN: &str = "s3cret-token";

#[test]
fn every_write_is_forbidden_without_a_token() {
    let server = Server::start(seed_store(), &[]);
    let g = server.url("/store?graph=https://example.org/g");
    let Some(update) = curl(&[
        &server.url("/update"),
        "--data-urlencode",
        "update=CLEAR ALL",
    ]) else {
        return;
    };
    let put = curl(&[
        "-X",
        "PUT",
        "-H",
        "Content-Type: text/turtle",
        "--data-binary",
        "<a:b> <a:c> <a:d> .",
        &g,
    ])
    .expect("curl");
    let post = curl(&[
        "-H",
        "Content-Type: text/turtle",
        "--data-binary",
        "<a:b> <a:c> <a:d> .",
        &g,
    ])
    .expect("curl");
    let delete = curl(&["-X", "DELETE", &g]).expect("curl");
    let with_bearer = curl(&[
        "-H",
        "Authorization: Bearer anything",
        &server.url("/update"),
        "--data-urlencode",
        "update=CLEAR ALL",
    ])
    .expect("curl");
    for a in [&update, &put, &post, &delete, &with_bearer] {
        assert_eq!(a.status, 403, "{}", a.text());
        assert_eq!(a.text().lines().count(), 1, "one line: {}", a.text());
        assert!(a.text().contains("--update-token"), "{}", a.text());
    }
    // A query cannot write either.
    let q = get_query(&server.url("/sparql"), "CLEAR ALL", None).expect("curl");
    assert_eq!(q.status, 400);
    let n = common::query_json(seed_store(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    assert!(
        n.rows[0][0]
            .as_deref()
            .and_then(|s| s.parse::<usize>().ok())
            .expect("n")
            > 1000
    );
}

#[test]
fn writes_with_the_bearer_token_from_the_environment() {
    let dir = tempfile::tempdir().expect("tmp");
    let store = build_store(dir.path(), &["data/articles/000_d4f27fd0aac5d2fd.txt"]);
    let server = Server::start_with_env(&store, &[], &[("RACEGRAPH_UPDATE_TOKEN", TOKEN)]);
    let update = server.url("/update");
    let ins = "update=INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> rdfs:label \"added\" } }";
    let Some(none) = curl(&[&update, "--data-urlencode", ins]) else {
        return;
    };
    assert_eq!(none.status, 403);
    assert!(
        none.text().contains("Authorization: Bearer"),
        "{}",
        none.text()
    );
    let wrong = curl(&[
        "-H",
        "Authorization: Bearer nope",
        &update,
        "--data-urlencode",
        ins,
    ])
    .expect("curl");
    assert_eq!(wrong.status, 403);
    let auth = format!("Authorization: Bearer {TOKEN}");
    let ok = curl(&["-H", &auth, &update, "--data-urlencode", ins]).expect("curl");
    assert_eq!(ok.status, 204, "{}", ok.text());
    let seen = get_query(
        &server.url("/sparql"),
        "ASK { <https://example.org/a> rdfs:label \"added\" }",
        Some("text/csv"),
    )
    .expect("curl");
    assert_eq!(seen.text().trim(), "true");
    // A reader beside the running server sees the answered update at once
    // (readers read the store's files, not its write-ahead log).
    let beside = std::process::Command::new(env!("CARGO_BIN_EXE_racegraph"))
        .arg("--store")
        .arg(&store)
        .args([
            "query",
            "-f",
            "csv",
            "ASK { <https://example.org/a> rdfs:label \"added\" }",
        ])
        .output()
        .expect("query");
    assert!(beside.status.success(), "{:?}", beside);
    assert_eq!(String::from_utf8_lossy(&beside.stdout).trim(), "true");

    // Graph Store Protocol writes.
    let g = server.url("/store?graph=https://example.org/h");
    let put = curl(&[
        "-X",
        "PUT",
        "-H",
        &auth,
        "-H",
        "Content-Type: text/turtle",
        "--data-binary",
        "<https://example.org/x> <https://example.org/p> 1 .",
        &g,
    ])
    .expect("curl");
    assert_eq!(put.status, 201, "{}", put.text());
    let post = curl(&[
        "-H",
        &auth,
        "-H",
        "Content-Type: application/n-triples",
        "--data-binary",
        "<https://example.org/x> <https://example.org/p> \"2\" .",
        &g,
    ])
    .expect("curl");
    assert_eq!(post.status, 204, "{}", post.text());
    let read = curl(&["-H", "Accept: application/n-triples", &g]).expect("curl");
    assert_eq!(read.text().lines().count(), 2, "{}", read.text());
    let put_again = curl(&[
        "-X",
        "PUT",
        "-H",
        &auth,
        "-H",
        "Content-Type: text/turtle",
        "--data-binary",
        "<https://example.org/y> <https://example.org/p> 3 .",
        &g,
    ])
    .expect("curl");
    assert_eq!(put_again.status, 204);
    let read = curl(&["-H", "Accept: application/n-triples", &g]).expect("curl");
    assert_eq!(
        read.text().lines().count(),
        1,
        "PUT replaces: {}",
        read.text()
    );
    let bad = curl(&[
        "-X",
        "PUT",
        "-H",
        &auth,
        "-H",
        "Content-Type: text/turtle",
        "--data-binary",
        "<x",
        &g,
    ])
    .expect("curl");
    assert_eq!(bad.status, 400);
    let del = curl(&["-X", "DELETE", "-H", &auth, &g]).expect("curl");
    assert_eq!(del.status, 204);
    assert_eq!(curl(&[&g]).expect("curl").status, 404);
    let no_token = curl(&[
        "-X",
        "DELETE",
        &server.url("/store?graph=https://example.org/g"),
    ])
    .expect("curl");
    assert_eq!(no_token.status, 403);
}

#[test]
fn a_stopped_server_answers_the_requests_under_way() {
    if tool("RACEGRAPH_TEST_CURL", "curl").is_none() {
        return;
    }
    let mut server = Server::start(seed_store(), &["--timeout-s", "2"]);
    let url = server.url("/sparql");
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    // curl fails (and the thread panics) if the connection is cut.
    let asking = std::thread::spawn(move || get_query(&url, slow, None));
    std::thread::sleep(Duration::from_millis(700));
    server.terminate();
    let answer = asking
        .join()
        .expect("the request under way was cut, not answered")
        .expect("curl");
    assert_eq!(answer.status, 503, "{}", answer.text());
    assert!(answer.text().contains("--timeout-s"), "{}", answer.text());
    let status = server
        .wait_exit(Duration::from_secs(20))
        .expect("the server exits once the request is answered");
    assert!(status.success(), "{status:?}");
    let log = server.log();
    assert!(
        log.iter()
            .any(|l| l.contains("stopping: waiting for 1 request")),
        "{log:?}"
    );
    assert!(log.iter().any(|l| l == "stopped"), "{log:?}");
}

#[test]
fn slow_queries_time_out_and_service_is_refused() {
    let server = Server::start(seed_store(), &["--timeout-s", "1"]);
    let url = server.url("/sparql");
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let t = Instant::now();
    let Some(a) = get_query(&url, slow, None) else {
        return;
    };
    assert_eq!(a.status, 503, "{}", a.text());
    assert!(a.text().contains("--timeout-s"), "{}", a.text());
    assert!(
        t.elapsed() < Duration::from_secs(10),
        "answered in {:?}",
        t.elapsed()
    );
    // The server still answers.
    assert_eq!(curl(&[&server.url("/health")]).expect("curl").status, 200);

    let service = get_query(
        &url,
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        None,
    )
    .expect("curl");
    assert_eq!(service.status, 400);
    assert!(service.text().contains("SERVICE"), "{}", service.text());
    assert!(service.text().contains("refused"), "{}", service.text());
}

#[test]
fn body_and_row_limits_and_cors() {
    let server = Server::start(
        seed_store(),
        &[
            "--max-body",
            "1000",
            "--max-rows",
            "3",
            "--cors",
            "https://app.example",
        ],
    );
    let url = server.url("/sparql");
    let padded = format!("SELECT * WHERE {{ ?s ?p ?o }} #{}", "x".repeat(5000));
    let Some(big) = curl(&[
        &url,
        "-H",
        "Content-Type: application/sparql-query",
        "--data-binary",
        &padded,
    ]) else {
        return;
    };
    assert_eq!(big.status, 413);
    assert!(big.text().contains("1000 bytes"), "{}", big.text());
    let rows = get_query(&url, "SELECT * WHERE { ?s ?p ?o }", None).expect("curl");
    assert_eq!(rows.status, 200);
    let v: serde_json::Value = serde_json::from_slice(&rows.body).expect("json");
    assert_eq!(v["results"]["bindings"].as_array().expect("rows").len(), 3);
    assert_eq!(rows.header("x-racegraph-truncated"), Some("3"));
    let few = get_query(&url, "SELECT * WHERE { ?s ?p ?o } LIMIT 2", None).expect("curl");
    assert_eq!(few.header("x-racegraph-truncated"), None);
    let cors = curl(&["-H", "Origin: https://app.example", &server.url("/health")]).expect("curl");
    assert_eq!(
        cors.header("access-control-allow-origin"),
        Some("https://app.example")
    );
    let other =
        curl(&["-H", "Origin: https://evil.example", &server.url("/health")]).expect("curl");
    assert_eq!(other.header("access-control-allow-origin"), None);
}

fn count(server: &Server) -> usize {
    let a = get_query(
        &server.url("/sparql"),
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        None,
    )
    .expect("curl");
    let v: serde_json::Value = serde_json::from_slice(&a.body).expect("json");
    v["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("count")
}

#[test]
fn a_build_beside_a_read_only_server_is_seen_within_seconds() {
    if tool("RACEGRAPH_TEST_CURL", "curl").is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let store = build_store(dir.path(), &["data/articles/000_d4f27fd0aac5d2fd.txt"]);
    let server = Server::start(&store, &[]);
    let before = count(&server);
    let out = common::run(&store, &["build", "-q", "data/articles"]);
    assert!(
        out.status.success(),
        "a build beside the server: {}",
        common::stderr(&out)
    );
    let after = common::query_json(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
        .as_deref()
        .and_then(|s| s.parse::<usize>().ok())
        .expect("n");
    assert!(after > before);
    let t = Instant::now();
    // The server counts the union as Oxigraph does (each article's copy of
    // a triple); the new data shows as a larger count.
    while count(&server) <= before {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the server still sees the old store"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(server.log().iter().any(|l| l.contains("reopened")));
}

#[test]
fn a_build_beside_a_writable_server_says_why_it_cannot_run() {
    if tool("RACEGRAPH_TEST_CURL", "curl").is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let store = build_store(dir.path(), &["data/articles/000_d4f27fd0aac5d2fd.txt"]);
    let server = Server::start(&store, &["--update-token", TOKEN]);
    let out = common::run(&store, &["build", "-q", "data/articles"]);
    assert_eq!(out.status.code(), Some(2));
    let err = common::stderr(&out);
    assert!(err.contains("is locked"), "{err}");
    assert!(err.contains("another racegraph process holds it"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    drop(server);
}
