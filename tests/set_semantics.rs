//! The default graph is a set: a fact two articles state comes back once
//! from `query`, `export` in a triple syntax, `viz` and `stats`, while
//! `GRAPH ?g` still names both articles.

mod common;

use common::{query_json, root, run, stderr, stdout};
use std::path::{Path, PathBuf};

/// A store of one article, and one of the same text under two names (so
/// every entity fact is stated by two article graphs).
fn stores() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<_> = std::fs::read_dir(root().join("data/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
        .collect();
    files.sort();
    let text = std::fs::read(&files[0]).unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    std::fs::create_dir_all(&one).unwrap();
    std::fs::create_dir_all(&two).unwrap();
    std::fs::write(one.join("first.md"), &text).unwrap();
    std::fs::write(two.join("first.md"), &text).unwrap();
    std::fs::write(two.join("second.md"), &text).unwrap();
    let (s1, s2) = (dir.path().join("one.db"), dir.path().join("two.db"));
    for (store, corpus) in [(&s1, &one), (&s2, &two)] {
        let out = run(store, &["build", corpus.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    (dir, s1, s2)
}

fn number(store: &Path, q: &str) -> u64 {
    let r = query_json(store, q);
    r.rows[0][0].as_deref().unwrap().parse().unwrap()
}

#[test]
fn each_fact_once_however_many_articles_state_it() {
    let (_dir, one, two) = stores();
    for q in [
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a rg:Athlete }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?r rg:athlete ?a ; rg:race ?race }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a rg:Country ; rdfs:label ?l }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?r rg:athlete [] }",
    ] {
        let n = number(&one, q);
        assert!(n > 0, "{q}");
        assert_eq!(number(&two, q), n, "{q}");
    }
    // Each article that states a fact is still there to see.
    let q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a rg:Athlete } }";
    assert_eq!(number(&two, q), 2 * number(&one, q));
}

#[test]
fn describe_and_construct_give_each_triple_once() {
    let (_dir, _one, two) = stores();
    for q in [
        "DESCRIBE ?c WHERE { ?c a rg:Country }",
        "CONSTRUCT { ?s a ?c } WHERE { GRAPH ?g { ?s a ?c } }",
    ] {
        let out = run(&two, &["query", q, "-f", "nt"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        let mut unique = lines.clone();
        unique.sort();
        unique.dedup();
        assert!(!lines.is_empty());
        assert_eq!(lines.len(), unique.len(), "{q}");
    }
}

#[test]
fn triple_exports_viz_and_stats_count_each_triple_once() {
    let (_dir, one, two) = stores();
    let out = run(&two, &["export", "-f", "nt"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let mut unique = lines.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(lines.len(), unique.len());
    let relations = |store: &Path| {
        let out = run(store, &["stats", "-f", "json"]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["relationsPerProperty"]["athlete"].as_u64().unwrap()
    };
    assert!(relations(&one) > 0);
    assert_eq!(relations(&one), relations(&two));
    let edges = |store: &Path| {
        let out = run(
            store,
            &["viz", "-f", "json", "--limit", "0", "--class", "RaceResult"],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["edges"].as_array().unwrap().len()
    };
    assert_eq!(edges(&one), edges(&two));
}
