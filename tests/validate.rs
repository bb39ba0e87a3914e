//! `racegraph validate`: every fixture corpus builds into a store that
//! meets the SHACL shapes of the contract; a planted violation is named.

#![cfg(feature = "validate")]

mod common;

use common::{root, run, stderr, stdout};
use oxigraph::model::{GraphName, NamedNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::Path;

fn build(store: &Path, corpus: &Path) {
    let out = run(store, &["build", corpus.to_str().unwrap()]);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_fixture_corpus_conforms() {
    let dir = tempfile::tempdir().unwrap();
    let mut failing = Vec::new();
    let mut corpora = vec![root().join("data/articles")];
    let mut fixtures: Vec<_> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    fixtures.sort();
    corpora.extend(fixtures);
    for corpus in &corpora {
        let name = corpus.file_name().unwrap().to_string_lossy().into_owned();
        let store = dir.path().join(format!("{name}.db"));
        build(&store, corpus);
        let out = run(&store, &["validate"]);
        if out.status.code() != Some(0) {
            failing.push(format!("{name}:\n{}{}", stdout(&out), stderr(&out)));
        }
    }
    assert!(failing.is_empty(), "{}", failing.join("\n"));
}

/// Builds the seed store and makes a winner one who also did not start;
/// returns the result and its graph.
fn planted(store: &Path) -> (NamedNode, NamedNode) {
    build(store, &root().join("data/articles"));
    {
        let s = oxigraph::store::Store::open(&store).unwrap();
        let q = "SELECT ?r ?g WHERE { GRAPH ?g { ?r <https://w3id.org/racegraph/ontology#position> 1 } } LIMIT 1";
        let QueryResults::Solutions(mut rows) = SparqlEvaluator::new()
            .parse_query(q)
            .unwrap()
            .on_store(&s)
            .execute()
            .unwrap()
        else {
            panic!("not a SELECT")
        };
        let row = rows.next().expect("a winner").unwrap();
        let (Some(Term::NamedNode(r)), Some(Term::NamedNode(g))) = (row.get("r"), row.get("g"))
        else {
            panic!("IRIs expected")
        };
        let (r, g) = (r.clone(), g.clone());
        drop(rows);
        s.insert(&Quad::new(
            r.clone(),
            NamedNode::new_unchecked("https://w3id.org/racegraph/ontology#status"),
            NamedNode::new_unchecked("https://w3id.org/racegraph/ontology#DidNotStart"),
            GraphName::NamedNode(g.clone()),
        ))
        .unwrap();
        (r, g)
    }
}

#[test]
fn a_planted_violation_is_named_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let (result, graph) = planted(&store);
    let out = run(&store, &["validate"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let table = stdout(&out);
    let local = result.as_str().rsplit('/').next().unwrap().to_string();
    let line = table
        .lines()
        .find(|l| l.contains("rgsh:StatusWithoutPosition"))
        .unwrap_or_else(|| panic!("no StatusWithoutPosition in\n{table}"));
    assert!(line.contains(&local), "{line}");
    // The W3C report says the same, and one graph can be checked alone.
    let out = run(
        &store,
        &["validate", "--graph", graph.as_str(), "-f", "turtle"],
    );
    assert_eq!(out.status.code(), Some(1));
    let ttl = stdout(&out);
    assert!(ttl.contains("sh:conforms false"), "{ttl}");
    assert!(ttl.contains(result.as_str()));
    assert!(ttl.contains("StatusWithoutPosition"));
}

/// (focus node, constraint component, path) of each result of a report.
fn results(report: &[u8], format: oxigraph::io::RdfFormat) -> Vec<String> {
    let s = oxigraph::store::Store::new().unwrap();
    s.load_from_slice(format, report).unwrap();
    let q = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT ?f ?c ?p WHERE { \
             ?r a sh:ValidationResult ; sh:focusNode ?f ; sh:sourceConstraintComponent ?c . \
             OPTIONAL { ?r sh:resultPath ?p } }";
    let QueryResults::Solutions(rows) = SparqlEvaluator::new()
        .parse_query(q)
        .unwrap()
        .on_store(&s)
        .execute()
        .unwrap()
    else {
        panic!("not a SELECT")
    };
    let mut out: Vec<String> = rows
        .map(|r| {
            let r = r.unwrap();
            format!(
                "{} {} {}",
                r.get("f").map(|t| t.to_string()).unwrap_or_default(),
                r.get("c").map(|t| t.to_string()).unwrap_or_default(),
                r.get("p").map(|t| t.to_string()).unwrap_or_default()
            )
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// pySHACL (installed in `.venv` by `.ci/run` or `scripts/setup.sh`)
/// gives the same results for the store with a planted violation.
#[test]
fn pyshacl_gives_the_same_report() {
    // `.ci/run` sets RACEGRAPH_PYSHACL: there pySHACL must be present.
    let required = std::env::var_os("RACEGRAPH_PYSHACL").map(std::path::PathBuf::from);
    let pyshacl = required
        .clone()
        .unwrap_or_else(|| root().join(".venv/bin/pyshacl"));
    if !pyshacl.exists() {
        assert!(required.is_none(), "no pyshacl at {}", pyshacl.display());
        eprintln!(
            "pyshacl not installed ({}): not cross-checked",
            pyshacl.display()
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    planted(&store);
    let data = dir.path().join("data.nt");
    let out = run(&store, &["export", "-o", data.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ours = run(&store, &["validate", "-f", "nt"]);
    assert_eq!(ours.status.code(), Some(1));
    let theirs = std::process::Command::new(&pyshacl)
        .args([
            "-s",
            "ontology/shapes.ttl",
            "-sf",
            "turtle",
            "-df",
            "nt",
            "-f",
            "nt",
        ])
        .arg(&data)
        .current_dir(root())
        .output()
        .unwrap();
    let ours = results(&ours.stdout, oxigraph::io::RdfFormat::NTriples);
    let theirs = results(&theirs.stdout, oxigraph::io::RdfFormat::NTriples);
    assert!(!ours.is_empty());
    assert_eq!(ours, theirs);
}
