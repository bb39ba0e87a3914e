//! The vocabulary contract, checked by SHACL engines: every fixture corpus
//! builds into a store that `racegraph validate` finds conforming to
//! `ontology/shapes.ttl`, and a planted violation makes it exit 1 naming
//! the focus node, the path and the shape. pySHACL cross-checks: the same
//! corpora's exports conform under it too, and on a planted store both
//! engines report the same results. pySHACL is installed by
//! `scripts/setup.sh --ci` (`.ci/run` sets RACEGRAPH_PYSHACL, and there it
//! must be present); elsewhere its tests say they were skipped.

mod common;

use common::{root, run, stderr, stdout};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::{Path, PathBuf};

fn pyshacl() -> Option<PathBuf> {
    let required = std::env::var_os("RACEGRAPH_PYSHACL").map(PathBuf::from);
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let found = required
        .clone()
        .unwrap_or_else(|| home.join(".cache/racegraph-venv/bin/pyshacl"));
    if found.exists() {
        return Some(found);
    }
    assert!(required.is_none(), "no pyshacl at {}", found.display());
    eprintln!("pyshacl not installed ({}): skipped", found.display());
    None
}

fn build(store: &Path, corpus: &Path) {
    let out = run(store, &["build", corpus.to_str().unwrap()]);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        stderr(&out)
    );
}

/// pySHACL's report on the store's export: (conforms, report text).
fn check(pyshacl: &Path, store: &Path, dir: &Path) -> (bool, String) {
    let data = dir.join("data.nt");
    let out = run(store, &["export", "-o", data.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = std::process::Command::new(pyshacl)
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
    // pySHACL exits 0 when the data conforms, 1 when it does not.
    assert!(
        matches!(report.status.code(), Some(0) | Some(1)),
        "pyshacl failed: {}",
        String::from_utf8_lossy(&report.stderr)
    );
    (
        report.status.code() == Some(0),
        String::from_utf8_lossy(&report.stdout).into_owned(),
    )
}

/// pySHACL takes about a minute a corpus here: the seed corpus and two
/// blind batches by default, every fixture corpus with
/// RACEGRAPH_SHACL_ALL=1.
#[test]
fn fixture_corpora_conform() {
    let Some(pyshacl) = pyshacl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut failing = Vec::new();
    let mut corpora = vec![root().join("data/articles")];
    let mut fixtures: Vec<_> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "serve"))
        .collect();
    fixtures.sort();
    if std::env::var_os("RACEGRAPH_SHACL_ALL").is_none() {
        fixtures.retain(|p| p.ends_with("holdout3") || p.ends_with("holdout5"));
    }
    corpora.extend(fixtures);
    for corpus in &corpora {
        let name = corpus.file_name().unwrap().to_string_lossy().into_owned();
        let store = dir.path().join(format!("{name}.db"));
        build(&store, corpus);
        let (conforms, report) = check(&pyshacl, &store, dir.path());
        if !conforms {
            failing.push(format!("{name}:\n{report}"));
        }
    }
    assert!(failing.is_empty(), "{}", failing.join("\n"));
}

/// Builds the seed store and makes a winner one who also did not start;
/// returns the result.
fn planted(store: &Path) -> NamedNode {
    build(store, &root().join("data/articles"));
    let s = oxigraph::store::Store::open(store).unwrap();
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
    let (Some(Term::NamedNode(r)), Some(Term::NamedNode(g))) = (row.get("r"), row.get("g")) else {
        panic!("IRIs expected")
    };
    let (r, g) = (r.clone(), g.clone());
    drop(rows);
    s.insert(&Quad::new(
        r.clone(),
        NamedNode::new_unchecked("https://w3id.org/racegraph/ontology#status"),
        NamedNode::new_unchecked("https://w3id.org/racegraph/ontology#DidNotStart"),
        GraphName::NamedNode(g),
    ))
    .unwrap();
    // Readers see what is flushed (they do not replay the write-ahead log).
    s.flush().unwrap();
    r
}

#[test]
fn a_planted_violation_is_reported_with_its_focus_node_and_shape() {
    let Some(pyshacl) = pyshacl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let result = planted(&store);
    let (conforms, report) = check(&pyshacl, &store, dir.path());
    assert!(!conforms, "{report}");
    let line = report
        .lines()
        .find(|l| l.contains(result.as_str()))
        .unwrap_or_else(|| panic!("{} not named in\n{report}", result.as_str()));
    assert!(line.contains("focusNode"), "{line}");
    assert!(report.contains("StatusWithoutPosition"), "{report}");
}

/// Every fixture corpus (and the seed) builds into a store that
/// `racegraph validate` finds conforming.
#[test]
fn validate_finds_every_fixture_store_conforming() {
    let dir = tempfile::tempdir().unwrap();
    let mut corpora = vec![root().join("data/articles")];
    let mut fixtures: Vec<_> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "serve"))
        .collect();
    fixtures.sort();
    corpora.extend(fixtures);
    let mut failing = Vec::new();
    for corpus in &corpora {
        let name = corpus.file_name().unwrap().to_string_lossy().into_owned();
        let store = dir.path().join(format!("{name}.db"));
        build(&store, corpus);
        let out = run(&store, &["validate"]);
        if out.status.code() != Some(0) || !stdout(&out).starts_with("conforms: ") {
            failing.push(format!(
                "{name}: {:?}\n{}{}",
                out.status,
                stdout(&out),
                stderr(&out)
            ));
        }
    }
    assert!(failing.is_empty(), "{}", failing.join("\n"));
}

const SH: &str = "http://www.w3.org/ns/shacl#";
const STATUS_WITHOUT_POSITION: &str = "https://w3id.org/racegraph/shapes#StatusWithoutPosition";
const POSITION: &str = "https://w3id.org/racegraph/ontology#position";

#[test]
fn validate_exits_1_naming_the_planted_focus_node_path_and_shape() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let result = planted(&store);
    let out = run(&store, &["validate"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let table = stdout(&out);
    let slug = result.as_str().rsplit('/').next().unwrap();
    let line = table
        .lines()
        .find(|l| l.contains("rgsh:StatusWithoutPosition"))
        .unwrap_or_else(|| panic!("no StatusWithoutPosition in\n{table}"));
    assert!(line.starts_with(&format!("res:result\\/{slug} ")), "{line}");
    assert!(line.contains("| rg:position "), "{line}");
    assert!(
        line.contains("a result with a status has no position"),
        "{line}"
    );
    assert!(table.ends_with(" triples\n"), "{table}");
    assert!(table.contains("does not conform: "), "{table}");
}

/// The results of a W3C validation report: (focus node, path, constraint
/// component, value, the shape if named), and `sh:conforms`.
type Results = std::collections::BTreeSet<(String, String, String, String, String)>;

fn w3c_report(data: &[u8], format: RdfFormat) -> (bool, Results) {
    let triples: Vec<Triple> = RdfParser::from_format(format)
        .for_slice(data)
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("not {format}: {e}\n{}", String::from_utf8_lossy(data)));
    let value = |s: &NamedOrBlankNode, p: &str| -> Option<Term> {
        triples
            .iter()
            .find(|t| &t.subject == s && t.predicate.as_str() == format!("{SH}{p}"))
            .map(|t| t.object.clone())
    };
    let text = |t: Option<Term>| match t {
        Some(Term::NamedNode(n)) => n.into_string(),
        Some(Term::Literal(l)) => l.to_string(),
        _ => String::new(),
    };
    let conforms: Vec<&Triple> = triples
        .iter()
        .filter(|t| t.predicate.as_str() == format!("{SH}conforms"))
        .collect();
    assert_eq!(conforms.len(), 1, "one report");
    let conforms = conforms[0].object.to_string().starts_with("true");
    let results = triples
        .iter()
        .filter(|t| t.predicate.as_str() == format!("{SH}result"))
        .map(|t| {
            let r = match &t.object {
                Term::NamedNode(n) => NamedOrBlankNode::from(n.clone()),
                Term::BlankNode(b) => NamedOrBlankNode::from(b.clone()),
                other => panic!("a result is a node: {other}"),
            };
            (
                text(value(&r, "focusNode")),
                text(value(&r, "resultPath")),
                text(value(&r, "sourceConstraintComponent")),
                text(value(&r, "value")),
                text(value(&r, "sourceShape")),
            )
        })
        .collect();
    (conforms, results)
}

#[test]
fn the_w3c_report_in_turtle_and_json_names_the_planted_violation() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let result = planted(&store);
    for (flag, format) in [
        ("turtle", RdfFormat::Turtle),
        ("json", RdfFormat::from_extension("jsonld").unwrap()),
    ] {
        let out = run(&store, &["validate", "--format", flag]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let (conforms, results) = w3c_report(&out.stdout, format);
        assert!(!conforms);
        assert!(
            results.iter().any(
                |(focus, path, component, _, shape)| focus == result.as_str()
                    && path == POSITION
                    && component == &format!("{SH}MaxCountConstraintComponent")
                    && shape == STATUS_WITHOUT_POSITION
            ),
            "{flag}: {results:?}"
        );
    }
    // The format follows --output's extension.
    let file = dir.path().join("report.ttl");
    let out = run(&store, &["validate", "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (conforms, _) = w3c_report(&std::fs::read(&file).unwrap(), RdfFormat::Turtle);
    assert!(!conforms);
}

/// Plants more violations, one of each kind of constraint the shapes use
/// most: an evidence text that is not its span (SHACL-SPARQL) and a second
/// text, a second label, a person as a nationality (class), a negative
/// distance (range), a year that is a string (datatype), a sex outside the
/// list (`sh:in`), a founder of a person (`sh:or`).
fn plant_more(store: &Path) {
    let s = oxigraph::store::Store::open(store).unwrap();
    let rg = |l: &str| NamedNode::new_unchecked(format!("https://w3id.org/racegraph/ontology#{l}"));
    let first = |q: &str| -> (NamedNode, NamedNode) {
        let QueryResults::Solutions(mut rows) = SparqlEvaluator::new()
            .parse_query(q)
            .unwrap()
            .on_store(&s)
            .execute()
            .unwrap()
        else {
            panic!("not a SELECT")
        };
        let row = rows.next().expect("a row").unwrap();
        let (Some(Term::NamedNode(x)), Some(Term::NamedNode(g))) = (row.get("x"), row.get("g"))
        else {
            panic!("IRIs expected")
        };
        (x.clone(), g.clone())
    };
    let p = "PREFIX rg: <https://w3id.org/racegraph/ontology#> ";
    let (evidence, g1) = first(&format!(
        "{p}SELECT ?x ?g WHERE {{ GRAPH ?g {{ ?x rg:text ?t }} }} LIMIT 1"
    ));
    let (athlete, g2) = first(&format!(
        "{p}SELECT ?x ?g WHERE {{ GRAPH ?g {{ ?x a rg:Athlete }} }} LIMIT 1"
    ));
    let (race, g3) = first(&format!(
        "{p}SELECT ?x ?g WHERE {{ GRAPH ?g {{ ?x rg:distance ?d }} }} LIMIT 1"
    ));
    let xsd = |l: &str| NamedNode::new_unchecked(format!("http://www.w3.org/2001/XMLSchema#{l}"));
    let entities = NamedNode::new_unchecked("https://w3id.org/racegraph/entities");
    let quads: [(NamedNode, NamedNode, Term, NamedNode); 7] = [
        (
            evidence.clone(),
            rg("text"),
            Literal::new_simple_literal("not the span").into(),
            g1,
        ),
        (
            athlete.clone(),
            NamedNode::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal::new_simple_literal("a second label").into(),
            entities,
        ),
        (
            athlete.clone(),
            rg("nationality"),
            athlete.clone().into(),
            g2.clone(),
        ),
        (
            athlete.clone(),
            rg("birthYear"),
            Literal::new_simple_literal("1990").into(),
            g2.clone(),
        ),
        (athlete.clone(), rg("founderOf"), athlete.clone().into(), g2),
        (
            race.clone(),
            rg("distance"),
            Literal::new_typed_literal("-1", xsd("decimal")).into(),
            g3.clone(),
        ),
        (race.clone(), rg("sex"), rg("Children").into(), g3),
    ];
    for (x, pred, o, g) in quads {
        s.insert(&Quad::new(x, pred, o, GraphName::NamedNode(g)))
            .unwrap();
    }
    s.flush().unwrap();
}

/// On the same planted store, pySHACL (on the export) and `racegraph
/// validate` report the same results, shape names included.
#[test]
fn validate_agrees_with_pyshacl() {
    let Some(pyshacl) = pyshacl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    planted(&store);
    plant_more(&store);
    let (py_conforms, py_report) = check(&pyshacl, &store, dir.path());
    let (py_conforms2, py_results) = w3c_report(py_report.as_bytes(), RdfFormat::NTriples);
    assert_eq!(py_conforms, py_conforms2);
    let out = run(&store, &["validate", "--format", "nt"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (conforms, results) = w3c_report(&out.stdout, RdfFormat::NTriples);
    assert!(!py_conforms && !conforms);
    // A property shape written inline is a blank node: its name differs
    // between the two reports.
    let named = |r: &Results| -> Results {
        r.iter()
            .map(|(f, p, c, v, s)| {
                let s = if s.starts_with("https://") {
                    s.clone()
                } else {
                    String::new()
                };
                (f.clone(), p.clone(), c.clone(), v.clone(), s)
            })
            .collect()
    };
    assert_eq!(named(&results), named(&py_results));
    // Every kind planted is there.
    for component in [
        "MaxCount",
        "SPARQL",
        "Class",
        "MinExclusive",
        "Datatype",
        "In",
        "Or",
    ] {
        let c = format!("{SH}{component}ConstraintComponent");
        assert!(
            results.iter().any(|r| r.2 == c),
            "no {component} in {results:?}"
        );
    }
}
