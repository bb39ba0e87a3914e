//! `racegraph push` and `racegraph labels --update` against real engines
//! started by the tests on loopback: after a push the remote answers every
//! competency question as the local store does, holds the same triples in
//! every graph, and a second push sends only what changed.

#[path = "../common/mod.rs"]
mod common;
mod engines;

use common::*;
use engines::Engine;
use std::path::Path;
use std::process::Output;

/// The counts of a push's summary line.
#[derive(Debug, PartialEq)]
struct Summary {
    put: usize,
    deleted: usize,
    unchanged: usize,
    triples: usize,
}

fn summary(out: &Output) -> Summary {
    let text = stdout(out);
    let re = regex::Regex::new(
        r"(\d+) graphs (?:to )?put, (\d+) (?:to )?deleted?, (\d+) unchanged; (\d+) triples",
    )
    .expect("regex");
    let c = re
        .captures(&text)
        .unwrap_or_else(|| panic!("no summary in {text:?} (stderr {:?})", stderr(out)));
    let n = |i: usize| c[i].parse().expect("a number");
    Summary {
        put: n(1),
        deleted: n(2),
        unchanged: n(3),
        triples: n(4),
    }
}

/// Runs racegraph against `store` with the engine's credentials.
fn with_engine(store: &Path, engine: &Engine, args: &[&str]) -> Output {
    bin()
        .arg("--store")
        .arg(store)
        .args(args)
        .args(&engine.auth_args)
        .envs(engine.auth_env.iter().copied())
        .env_remove("RACEGRAPH_STORE")
        .current_dir(root())
        .output()
        .expect("run racegraph")
}

fn push(store: &Path, engine: &Engine, extra: &[&str]) -> Output {
    let mut args = vec!["push", engine.gsp.as_str()];
    args.extend_from_slice(extra);
    let out = with_engine(store, engine, &args);
    assert!(
        out.status.success(),
        "push to {} failed: {}",
        engine.name,
        stderr(&out)
    );
    out
}

/// The triples of each graph of the local store.
fn local_sizes(store: &Path) -> Vec<(String, usize)> {
    query_json(
        store,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    )
    .rows
    .iter()
    .map(|r| {
        let g = r[0].clone().unwrap_or_default();
        (g, r[1].as_deref().unwrap_or("0").parse().expect("a count"))
    })
    .collect()
}

/// Every competency question, asked locally and of the engine; what differs.
/// With `seed` (the whole seed corpus in the store), every question but
/// cq17 (which asks for facts without evidence) must have an answer.
fn differences(store: &Path, engine: &Engine, seed: bool) -> Vec<String> {
    let dir = root().join("tests/competency");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/competency")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 20, "the twenty competency questions");
    let mut problems = Vec::new();
    for path in names {
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let text = std::fs::read_to_string(&path).expect("query");
        let local = query_json(store, path.to_str().unwrap_or_default());
        let remote = engine.ask(&text);
        if local.boolean.is_some() || remote.boolean.is_some() {
            if local.boolean != remote.boolean {
                problems.push(format!(
                    "{name}: ASK {:?} here, {:?} there",
                    local.boolean, remote.boolean
                ));
            }
            continue;
        }
        let row = |vars: &[String], r: &[Option<String>], var: &str| {
            vars.iter()
                .position(|v| v == var)
                .and_then(|i| r[i].clone())
        };
        let defect = |v: &str| {
            engine.defects.iter().any(|(q, var, why)| {
                let hit = *q == name && *var == v;
                if hit {
                    eprintln!("{}: {name}: ?{v} not compared: {why}", engine.name);
                }
                hit
            })
        };
        let compared: Vec<&String> = local.vars.iter().filter(|v| !defect(v)).collect();
        let same = |a: &[Option<String>], b: &[Option<String>]| {
            compared.iter().all(|v| {
                let x = row(&local.vars, a, v);
                let y = row(&remote.vars, b, v);
                match (&x, &y) {
                    (None, None) => true,
                    (Some(x), _) => cell_matches(v, x, y.as_deref()),
                    (None, Some(_)) => false,
                }
            })
        };
        assert!(
            !seed || !local.rows.is_empty() || name.starts_with("cq17"),
            "{name}: no local answer"
        );
        for a in &local.rows {
            if !remote.rows.iter().any(|b| same(a, b)) {
                problems.push(format!("{name}: row {a:?} missing from {}", engine.name));
            }
        }
        for b in &remote.rows {
            if !local.rows.iter().any(|a| same(a, b)) {
                problems.push(format!("{name}: {} has the extra row {b:?}", engine.name));
            }
        }
    }
    problems
}

/// The entities graph's triples with predicate `p`, as sorted lines.
fn entities(rows: &[Vec<Option<String>>]) -> Vec<String> {
    let mut v: Vec<String> = rows
        .iter()
        .map(|r| format!("{:?} {:?}", r[0], r[1]))
        .collect();
    v.sort();
    v
}

fn entities_query(p: &str) -> String {
    format!(
        "SELECT ?s ?o WHERE {{ GRAPH <https://w3id.org/racegraph/entities> {{ ?s <{p}> ?o }} }}"
    )
}

/// What is in `a` and not in `b`.
fn missing(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().filter(|x| !b.contains(x)).cloned().collect()
}

/// The whole story against one engine: a dry run, a first push, the
/// competency questions, a push with nothing new, a changed article, a
/// removed one, and the labels recomputed there.
fn push_story(engine: &Engine) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let corpus = tmp.path().join("news");
    std::fs::create_dir(&corpus).expect("mkdir");
    let mut files: Vec<_> = std::fs::read_dir(root().join("data/articles"))
        .expect("data/articles")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in &files {
        std::fs::copy(f, corpus.join(f.file_name().expect("name"))).expect("copy");
    }
    let store = tmp.path().join("s.db");
    let corpus_arg = corpus.to_str().expect("utf-8 path");
    let out = run(&store, &["build", corpus_arg]);
    assert!(out.status.success(), "build: {}", stderr(&out));
    let sizes = local_sizes(&store);
    let graphs = sizes.len();
    let triples: usize = sizes.iter().map(|(_, n)| n).sum();
    assert_eq!(
        graphs,
        files.len() + 2,
        "an article graph each, the ontology, the entities"
    );

    let dry = summary(&push(&store, engine, &["--dry-run"]));
    assert_eq!(
        dry,
        Summary {
            put: graphs,
            deleted: 0,
            unchanged: 0,
            triples
        }
    );
    assert!(
        engine.graph_sizes().is_empty(),
        "a dry run sent something to {}",
        engine.name
    );

    let first = push(&store, engine, &[]);
    assert_eq!(
        summary(&first),
        Summary {
            put: graphs,
            deleted: 0,
            unchanged: 0,
            triples
        }
    );
    assert_eq!(
        engine.graph_sizes(),
        sizes,
        "{} holds other triples",
        engine.name
    );
    let problems = differences(&store, engine, true);
    assert!(
        problems.is_empty(),
        "{} answers otherwise:\n{}",
        engine.name,
        problems.join("\n")
    );

    let again = summary(&push(&store, engine, &[]));
    assert_eq!(
        again,
        Summary {
            put: 0,
            deleted: 0,
            unchanged: graphs,
            triples: 0
        }
    );

    // One article changed (a sentence more in its body): its graph alone is sent.
    let changed = &files[0];
    let target = corpus.join(changed.file_name().expect("name"));
    let mut text = std::fs::read_to_string(&target).expect("read");
    text.push_str("\n\nThe organisers thanked the volunteers along the course.\n");
    std::fs::write(&target, text).expect("write");
    let out = run(&store, &["build", corpus_arg]);
    assert!(out.status.success(), "rebuild: {}", stderr(&out));
    let new_sizes = local_sizes(&store);
    let third = summary(&push(&store, engine, &[]));
    assert_eq!(
        (third.put, third.deleted, third.unchanged),
        (1, 0, graphs - 1),
        "{third:?}"
    );
    let article = sizes.iter().zip(&new_sizes).find(|(a, b)| a != b);
    if let Some((_, (_, n))) = article {
        assert_eq!(third.triples, *n, "the changed graph's triples");
    }
    assert_eq!(engine.graph_sizes(), new_sizes);

    // One article removed: its graph is deleted there; the entities graph,
    // whose labels changed, is sent again.
    let gone = files[3]
        .file_name()
        .expect("name")
        .to_string_lossy()
        .to_string();
    let out = run(
        &store,
        &["remove", corpus.join(&gone).to_str().expect("path")],
    );
    assert!(out.status.success(), "remove: {}", stderr(&out));
    let after_remove = local_sizes(&store);
    let fourth = summary(&push(&store, engine, &[]));
    assert_eq!(fourth.deleted, 1, "{fourth:?}");
    assert_eq!(fourth.put + fourth.unchanged, graphs - 1, "{fourth:?}");
    assert!(
        fourth.put <= 1,
        "only the entities graph may have changed: {fourth:?}"
    );
    assert_eq!(engine.graph_sizes(), after_remove);
    let problems = differences(&store, engine, false);
    assert!(
        problems.is_empty(),
        "{} answers otherwise:\n{}",
        engine.name,
        problems.join("\n")
    );

    // Another article removed, then --all: every graph is sent again, and
    // the removed one is still deleted there.
    let gone = files[4]
        .file_name()
        .expect("name")
        .to_string_lossy()
        .to_string();
    let out = run(
        &store,
        &["remove", corpus.join(&gone).to_str().expect("path")],
    );
    assert!(out.status.success(), "remove: {}", stderr(&out));
    let after_remove = local_sizes(&store);
    let all = summary(&push(&store, engine, &["--all"]));
    let left: usize = after_remove.iter().map(|(_, n)| n).sum();
    assert_eq!(
        all,
        Summary {
            put: graphs - 2,
            deleted: 1,
            unchanged: 0,
            triples: left
        }
    );
    assert_eq!(engine.graph_sizes(), after_remove);

    // The labels recomputed there by SPARQL Update: the same entities graph.
    let out = with_engine(&store, engine, &["labels", "--update", &engine.update]);
    assert!(out.status.success(), "labels --update: {}", stderr(&out));
    // The same rdfs:label for every entity; the names the articles use as
    // alternative labels (not the gazetteer's other names of a country,
    // which the engine does not have).
    let label = entities_query("http://www.w3.org/2000/01/rdf-schema#label");
    let here = entities(&query_json(&store, &label).rows);
    let there = entities(&engine.ask(&label).rows);
    assert!(!here.is_empty());
    let (lost, extra) = (missing(&here, &there), missing(&there, &here));
    assert!(
        lost.is_empty() && extra.is_empty(),
        "labels: {lost:?} missing, {extra:?} extra"
    );
    let alt = entities_query("http://www.w3.org/2004/02/skos/core#altLabel");
    let here = entities(&query_json(&store, &alt).rows);
    let there = entities(&engine.ask(&alt).rows);
    assert!(!there.is_empty());
    assert!(
        missing(&there, &here).is_empty(),
        "{:?}",
        missing(&there, &here)
    );
    let problems = differences(&store, engine, false);
    assert!(
        problems.is_empty(),
        "after labels --update:\n{}",
        problems.join("\n")
    );
}

#[test]
fn oxigraph_server_answers_as_the_local_store_after_a_push() {
    let Some(engine) = engines::oxigraph() else {
        return;
    };
    push_story(&engine);
}

#[test]
fn virtuoso_with_digest_answers_as_the_local_store_after_a_push() {
    let Some(engine) = engines::virtuoso() else {
        return;
    };
    push_story(&engine);

    // A wrong password: refused in one line, exit 2, nothing recorded as sent.
    let out = bin()
        .arg("--store")
        .arg(seed_store())
        .args([
            "push",
            &engine.gsp,
            "--auth",
            "digest",
            "--user",
            "dba",
            "--retries",
            "0",
        ])
        .env("RACEGRAPH_PUSH_PASSWORD", "not-the-password")
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("401") && err.lines().count() == 1, "{err}");
    // Virtuoso answers 500 to an update without the rights: tried again,
    // then one line that says so.
    let out = bin()
        .args(["labels", "--update", &engine.query, "--retries", "1"])
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("answered 500") && err.contains("(after 1 retry)"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // Basic authentication, which Virtuoso's -auth endpoints do not take.
    let out = bin()
        .arg("--store")
        .arg(seed_store())
        .args(["push", &engine.gsp, "--user", "dba", "--retries", "0"])
        .env("RACEGRAPH_PUSH_PASSWORD", "dba")
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("401"), "{}", stderr(&out));
}

#[test]
fn a_bearer_token_is_sent_to_racegraph_serve() {
    let engine = engines::racegraph_serve("s3cret-token");
    let store = seed_store();
    let out = bin()
        .arg("--store")
        .arg(store)
        .args(["push", &engine.gsp, "--retries", "0"])
        .env("RACEGRAPH_PUSH_TOKEN", "wrong")
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("403"), "{}", stderr(&out));
    let sent = summary(&push(store, &engine, &[]));
    assert_eq!(sent.put, local_sizes(store).len());
    assert_eq!(engine.graph_sizes(), local_sizes(store));
}

#[test]
fn a_push_waits_for_an_engine_that_is_starting() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let store = tmp.path().join("s.db");
    let out = run(&store, &["build", "data/articles"]);
    assert!(out.status.success(), "build: {}", stderr(&out));
    if engines::oxigraph_bin().is_none() {
        return;
    }
    let port = engines::free_port();
    let url = format!("http://127.0.0.1:{port}/store");
    let pusher = bin()
        .arg("--store")
        .arg(&store)
        .args(["push", &url, "--retries", "8"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start push");
    std::thread::sleep(std::time::Duration::from_millis(700));
    let engine = engines::oxigraph_at(port);
    let out = pusher.wait_with_output().expect("push");
    let engine = engine.expect("oxigraph serve");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("retried"), "{}", stdout(&out));
    assert_eq!(engine.graph_sizes(), local_sizes(&store));
}

#[test]
fn an_engine_that_never_answers_is_one_line_and_exit_2() {
    let port = engines::free_port();
    let out = bin()
        .arg("--store")
        .arg(seed_store())
        .args([
            "push",
            &format!("http://127.0.0.1:{port}/store"),
            "--retries",
            "2",
        ])
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.lines().count() == 1 && err.contains("after 2 retries"),
        "{err}"
    );
}

#[test]
fn credentials_in_the_url_are_refused() {
    let out = bin()
        .arg("--store")
        .arg(seed_store())
        .args(["push", "http://dba:dba@127.0.0.1:1/store"])
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("credentials in the URL are refused"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("dba:dba"), "{}", stderr(&out));
}
