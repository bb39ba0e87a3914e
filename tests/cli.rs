//! The command line, driven as a user would: build, query, export, errors.

mod common;

use common::*;
use std::fs;

#[test]
fn help_is_there_for_every_command() {
    for cmd in [
        vec!["--help"],
        vec!["build", "--help"],
        vec!["extract", "--help"],
        vec!["query", "--help"],
        vec!["export", "--help"],
        vec!["remove", "--help"],
    ] {
        let out = bin().args(&cmd).output().expect("run");
        assert!(out.status.success(), "{cmd:?}");
        assert!(stdout(&out).contains("Usage"), "{cmd:?}");
    }
    let out = bin().arg("frobnicate").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_second_build_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let first = run(&store, &["build", "data/articles"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("5 loaded"), "{}", stdout(&first));
    let dump1 = stdout(&run(&store, &["export", "--format", "nquads"]));
    let second = run(&store, &["build", "data/articles"]);
    assert!(
        stdout(&second).contains("0 loaded, 5 unchanged"),
        "{}",
        stdout(&second)
    );
    let dump2 = stdout(&run(&store, &["export", "--format", "nquads"]));
    let sorted = |s: &str| {
        let mut v: Vec<&str> = s.lines().collect();
        v.sort();
        v.join("\n")
    };
    assert_eq!(sorted(&dump1), sorted(&dump2));
}

#[test]
fn a_changed_article_replaces_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let arts = dir.path().join("a");
    fs::create_dir(&arts).unwrap();
    fs::write(
        arts.join("x.txt"),
        "date 2025-05-01 The Lakeside Marathon kicks off in the Old Town Stadium.\n",
    )
    .unwrap();
    assert!(run(&store, &["build", arts.to_str().unwrap()])
        .status
        .success());
    fs::write(
        arts.join("x.txt"),
        "date 2025-05-01 The Lakeside Marathon kicks off in the New Town Stadium.\n",
    )
    .unwrap();
    let out = run(&store, &["build", arts.to_str().unwrap()]);
    assert!(stdout(&out).contains("1 loaded"), "{}", stdout(&out));
    let q = "PREFIX rg: <https://w3id.org/racegraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?v WHERE { ?s rg:startVenue/rdfs:label ?v }";
    let r = query_json(&store, q);
    let venues: Vec<_> = r
        .rows
        .iter()
        .map(|r| r[0].clone().unwrap_or_default())
        .collect();
    assert_eq!(venues, vec!["New Town Stadium"]);
}

#[test]
fn bad_inputs_are_named_and_good_files_still_load() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    fs::create_dir(&arts).unwrap();
    fs::write(
        arts.join("good.txt"),
        "date 2025-05-01 The Lakeside Marathon kicks off in the Old Town Stadium.\n",
    )
    .unwrap();
    fs::write(arts.join("empty.txt"), "").unwrap();
    fs::write(arts.join("binary.txt"), [0u8, 159, 146, 150, 0, 1]).unwrap();
    fs::write(arts.join("latin1.txt"), b"Caf\xe9 au lait.\n").unwrap();
    fs::write(arts.join("front.md"), "---\ntitle: x\nno closing line\n").unwrap();
    fs::create_dir(arts.join("folder.txt")).unwrap();
    let missing = dir.path().join("missing.txt");
    let store = dir.path().join("s.db");
    let out = run(
        &store,
        &["build", arts.to_str().unwrap(), missing.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    for (file, why) in [
        ("folder.txt", "directory"),
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("front.md", "front matter"),
        ("missing.txt", "no such file"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not named in: {err}"));
        assert!(line.contains(why), "{line}");
    }
    assert!(!err.contains("panicked"));
    assert!(stdout(&out).contains("1 loaded"), "{}", stdout(&out));
    // Nothing to read at all: nothing could be done.
    let out = run(
        &store,
        &["build", dir.path().join("nothing.txt").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn queries_come_from_text_files_and_stdin() {
    let store = seed_store();
    let out = run(
        store,
        &["query", "queries/cq02-edition-number.rq", "--format", "csv"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim().replace('\r', ""), "number\n31");
    let mut child = bin()
        .arg("--store")
        .arg(store)
        .args(["query", "-", "--format", "tsv"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"ASK { ?s ?p ?o }")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(stdout(&out).trim(), "true");
    // The usual prefixes need no declaration.
    let out = run(
        store,
        &[
            "query",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a rg:Country }",
            "--format",
            "csv",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for f in ["table", "json", "xml"] {
        let out = run(
            store,
            &[
                "query",
                "SELECT ?s WHERE { ?s a <https://w3id.org/racegraph/ontology#Country> } LIMIT 1",
                "--format",
                f,
            ],
        );
        assert!(out.status.success(), "{f}");
    }
    let out = run(store, &["query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/racegraph/ontology#Country> ; ?p ?o }", "--format", "ntriples"]);
    assert!(stdout(&out).contains("ontology#Country"));
}

#[test]
fn query_errors_are_one_line_with_exit_code_2() {
    let store = seed_store();
    for args in [
        vec!["query", "SELEKT nothing"],
        vec!["query", "missing.rq"],
        vec!["query", "ASK {}", "--format", "turtle"],
    ] {
        let out = run(store, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr(&out).trim().lines().count(),
            1,
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let out = run(&dir.path().join("none"), &["query", "ASK {}"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no store"));
}

#[test]
fn exports_reparse_to_the_same_dataset() {
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{Quad, Triple};
    use std::collections::HashSet;
    let store = seed_store();
    let nq = run(store, &["export", "--format", "nquads"]).stdout;
    let all: HashSet<Quad> = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&nq)
        .collect::<Result<_, _>>()
        .unwrap();
    let union: HashSet<Triple> = all
        .iter()
        .map(|q| Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
        .collect();
    assert!(all.len() > 1000);
    for (fmt, ext) in [
        ("turtle", "ttl"),
        ("ntriples", "nt"),
        ("nquads", "nq"),
        ("trig", "trig"),
        ("rdfxml", "rdf"),
        ("jsonld", "jsonld"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(format!("out.{ext}"));
        let out = run(
            store,
            &[
                "export",
                "--format",
                fmt,
                "--output",
                file.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "{fmt}: {}", stderr(&out));
        let bytes = fs::read(&file).unwrap();
        let format = RdfFormat::from_extension(ext).unwrap();
        let parsed: Vec<Quad> = RdfParser::from_format(format)
            .for_slice(&bytes)
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{fmt}: {e}"));
        if format.supports_datasets() {
            let got: HashSet<Quad> = parsed.into_iter().collect();
            assert_eq!(got, all, "{fmt}");
        } else {
            let got: HashSet<Triple> = parsed
                .into_iter()
                .map(|q| Triple::new(q.subject, q.predicate, q.object))
                .collect();
            assert_eq!(got, union, "{fmt}");
        }
    }
}

#[test]
fn one_graph_can_be_exported_and_an_unknown_one_is_an_error() {
    let store = seed_store();
    let g = "https://w3id.org/racegraph/resource/article/000_d4f27fd0aac5d2fd";
    let out = run(store, &["export", "--graph", g, "--format", "turtle"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("PAK Kum Dong"));
    let out = run(store, &["export", "--graph", "https://example.org/none"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn extract_prints_without_a_store() {
    let out = bin()
        .current_dir(root())
        .args([
            "extract",
            "data/articles/002_e6ef42196da1fad2.txt",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let facts = v["articles"][0]["facts"].as_array().unwrap();
    assert!(facts.iter().any(|f| f["predicate"]
        .as_str()
        .is_some_and(|p| p.ends_with("#editionNumber"))));
    let out = bin()
        .current_dir(root())
        .args(["extract", "data/articles", "--format", "trig"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!stdout(&out).is_empty());
}
