//! The shapes against stores built from the seed corpus by the real
//! pipeline, on disk, with violations planted by hand.

use super::*;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Literal, NamedOrBlankNode, Quad, Term, Triple};
use racegraph_store::pipeline;
use racegraph_store::store::GraphStore;
use std::error::Error;
use std::path::PathBuf;

type TestResult = Result<(), Box<dyn Error>>;

fn seed() -> Result<(tempfile::TempDir, GraphStore), Box<dyn Error>> {
    let dir = tempfile::tempdir()?;
    let store = GraphStore::open(&dir.path().join("seed.db"))?;
    let articles = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/articles");
    let report = pipeline::build(&store, &[articles], None)?;
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    Ok((dir, store))
}

fn rg(local: &str) -> NamedNode {
    vocab::rg(local)
}

fn shape(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SHAPES}{local}"))
}

/// The first subject and graph of a quad matching `object` under `predicate`.
fn find(store: &Store, predicate: &NamedNode, object: Option<Term>) -> (NamedNode, NamedNode) {
    let q = store
        .quads_for_pattern(
            None,
            Some(predicate.as_ref()),
            object.as_ref().map(|o| o.as_ref()),
            None,
        )
        .filter_map(Result::ok)
        .find(|q| matches!(q.graph_name, oxigraph::model::GraphName::NamedNode(_)))
        .unwrap_or_else(|| panic!("no {predicate} in the seed store"));
    let (NamedOrBlankNode::NamedNode(s), oxigraph::model::GraphName::NamedNode(g)) =
        (q.subject, q.graph_name)
    else {
        panic!("IRIs expected")
    };
    (s, g)
}

#[test]
fn the_seed_corpus_conforms() -> TestResult {
    let (_dir, store) = seed()?;
    let report = validate(store.inner(), None)?;
    assert!(report.conforms(), "{:?}", report.violations());
    assert!(report.violations().is_empty());
    assert!(report.triples() > 2000, "{}", report.triples());
    let mut table = Vec::new();
    report.write_table(&mut table)?;
    assert!(String::from_utf8(table)?.starts_with("conforms: "));
    Ok(())
}

/// Planted: a winner who did not start, an evidence text that is not its
/// span, a second label, a person as a nationality, a negative distance.
fn planted() -> Result<(tempfile::TempDir, GraphStore, Vec<NamedNode>), Box<dyn Error>> {
    let (dir, store) = seed()?;
    let s = store.inner();
    let one = Term::from(Literal::from(1));
    let (winner, g1) = find(s, &rg("position"), Some(one));
    let (evidence, g2) = find(s, &rg("text"), None);
    let person_class = Term::from(rg("Athlete"));
    let (person, g3) = find(s, &vocab::RDF_TYPE.into_owned(), Some(person_class));
    let (race, g4) = find(s, &rg("distance"), None);
    let planted = [
        (
            winner.clone(),
            rg("status"),
            Term::from(rg("DidNotStart")),
            g1,
        ),
        (
            evidence.clone(),
            rg("text"),
            Literal::new_simple_literal("not the span").into(),
            g2,
        ),
        (
            person.clone(),
            vocab::RDFS_LABEL.into_owned(),
            Literal::new_simple_literal("a second label").into(),
            NamedNode::new_unchecked(vocab::ENTITIES_GRAPH),
        ),
        (person.clone(), rg("nationality"), person.clone().into(), g3),
        (
            race.clone(),
            rg("distance"),
            Literal::new_typed_literal(
                "-1",
                NamedNode::new_unchecked(format!("{}decimal", vocab::XSD)),
            )
            .into(),
            g4,
        ),
    ];
    for (s2, p, o, g) in planted {
        s.insert(&Quad::new(s2, p, o, g))?;
    }
    Ok((dir, store, vec![winner, evidence, person, race]))
}

#[test]
fn planted_violations_are_reported_with_focus_node_shape_and_path() -> TestResult {
    let (_dir, store, focus) = planted()?;
    let [winner, evidence, person, race] = &focus[..] else {
        panic!("four focus nodes")
    };
    let report = validate(store.inner(), None)?;
    assert!(!report.conforms());
    let has = |f: &NamedNode, s: &str, path: Option<&str>, component: &str| {
        report.violations().iter().any(|v| {
            v.focus == Term::from(f.clone())
                && v.shape.as_ref() == Some(&shape(s))
                && v.path.as_ref().map(|p| p.as_str()) == path
                && v.component.as_ref().map(|c| c.as_str())
                    == Some(format!("{SH}{component}ConstraintComponent").as_str())
        })
    };
    let position = rg("position");
    let text = rg("text");
    let nationality = rg("nationality");
    let distance = rg("distance");
    let label = format!("{}label", vocab::RDFS);
    assert!(has(
        winner,
        "StatusWithoutPosition",
        Some(position.as_str()),
        "MaxCount"
    ));
    assert!(has(evidence, "EvidenceSpan", None, "SPARQL"));
    assert!(has(evidence, "Evidence", Some(text.as_str()), "MaxCount"));
    assert!(has(person, "OneLabel", Some(&label), "MaxCount"));
    assert!(has(person, "Person", Some(nationality.as_str()), "Class"));
    assert!(has(race, "Race", Some(distance.as_str()), "MinExclusive"));
    assert!(has(race, "Race", Some(distance.as_str()), "MaxCount"));
    // Nothing else is reported.
    for v in report.violations() {
        assert!(
            focus.iter().any(|f| v.focus == Term::from(f.clone())),
            "unexpected {v:?}"
        );
    }
    // The shape's own message is the one shown.
    let v = report
        .violations()
        .iter()
        .find(|v| v.shape == Some(shape("StatusWithoutPosition")))
        .ok_or("no StatusWithoutPosition")?;
    assert_eq!(
        v.message.as_deref(),
        Some("a result with a status has no position")
    );
    Ok(())
}

#[test]
fn the_table_names_focus_node_shape_path_and_constraint() -> TestResult {
    let (_dir, store, _) = planted()?;
    let report = validate(store.inner(), None)?;
    let mut out = Vec::new();
    report.write_table(&mut out)?;
    let table = String::from_utf8(out)?;
    let line = table
        .lines()
        .find(|l| l.contains("rgsh:StatusWithoutPosition"))
        .ok_or_else(|| format!("no StatusWithoutPosition in\n{table}"))?;
    assert!(line.starts_with("res:result\\/"), "{line}");
    assert!(line.contains("| rg:position "), "{line}");
    assert!(line.contains("| MaxCount "), "{line}");
    assert!(table.contains("rdfs:label"), "{table}");
    assert!(
        table.lines().last().is_some_and(|l| l.starts_with(&format!(
            "does not conform: {} results in ",
            report.violations().len()
        ))),
        "{table}"
    );
    Ok(())
}

/// The report read back from Turtle, N-Triples and JSON-LD: the same graph
/// (up to blank nodes), `sh:conforms false` and one `sh:result` per result.
#[test]
fn the_w3c_report_reads_back_from_every_syntax() -> TestResult {
    let (_dir, store, _) = planted()?;
    let report = validate(store.inner(), None)?;
    for ext in ["ttl", "nt", "jsonld", "rdf"] {
        let format = RdfFormat::from_extension(ext).ok_or(ext)?;
        let mut out = Vec::new();
        report.write_rdf(format, &mut out)?;
        let triples: Vec<Triple> = RdfParser::from_format(format)
            .for_slice(&out)
            .map(|q| q.map(Triple::from))
            .collect::<Result<_, _>>()?;
        assert_eq!(triples.len(), report.graph().len(), "{format}");
        let conforms: Vec<&Triple> = triples
            .iter()
            .filter(|t| t.predicate.as_str() == format!("{SH}conforms"))
            .collect();
        assert_eq!(conforms.len(), 1, "{format}");
        assert_eq!(
            conforms[0].object,
            Term::from(Literal::from(false)),
            "{format}"
        );
        let results = triples
            .iter()
            .filter(|t| t.predicate.as_str() == format!("{SH}result"))
            .count();
        assert_eq!(results, report.violations().len(), "{format}");
    }
    // JSON-LD is compact: SHACL terms by the `sh:` prefix of its context.
    let mut out = Vec::new();
    report.write_rdf(
        RdfFormat::from_extension("jsonld").ok_or("jsonld")?,
        &mut out,
    )?;
    let json = String::from_utf8(out)?;
    assert!(
        json.contains("\"sh\": \"http://www.w3.org/ns/shacl#\""),
        "{json}"
    );
    assert!(json.contains("\"sh:focusNode\""), "{json}");
    Ok(())
}

#[test]
fn one_graph_is_checked_with_the_ontology_and_the_labels() -> TestResult {
    let (_dir, store, focus) = planted()?;
    let s = store.inner();
    // The graph of the winner's article holds the planted status.
    let (_, g) = find(s, &rg("status"), Some(Term::from(rg("DidNotStart"))));
    let report = validate(s, Some(g.as_str()))?;
    assert!(!report.conforms());
    assert!(report
        .violations()
        .iter()
        .any(|v| v.focus == Term::from(focus[0].clone())
            && v.shape == Some(shape("StatusWithoutPosition"))));
    // An article graph of the unplanted store conforms on its own.
    let (_dir2, clean) = seed()?;
    let report = validate(clean.inner(), Some(g.as_str()))?;
    assert!(report.conforms(), "{:?}", report.violations());
    assert!(report.triples() < validate(clean.inner(), None)?.triples());
    Ok(())
}

#[test]
fn a_graph_that_is_not_there_is_an_error() -> TestResult {
    let (_dir, store) = seed()?;
    assert!(matches!(
        validate(store.inner(), Some("not an iri")),
        Err(ValidateError::NotAnIri(_))
    ));
    let err = validate(store.inner(), Some("https://example.org/none"))
        .err()
        .ok_or("no error")?;
    assert!(matches!(err, ValidateError::NoSuchGraph(_)));
    assert_eq!(
        err.to_string(),
        "--graph <https://example.org/none>: no such graph in the store"
    );
    Ok(())
}

#[test]
fn the_shapes_parse_into_the_engine() -> TestResult {
    let shapes = shapes_graph()?;
    let parsed = shacl_rust::parse_shapes(&shapes)?;
    // Every named shape of the file is one the engine knows.
    let named = shapes
        .subjects_for_predicate_object(
            vocab::RDF_TYPE,
            NamedNodeRef::new_unchecked("http://www.w3.org/ns/shacl#NodeShape"),
        )
        .count();
    assert!(parsed.len() >= named, "{} < {named}", parsed.len());
    Ok(())
}
