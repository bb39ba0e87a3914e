use super::*;
use oxigraph::model::Term;

const ONTOLOGY: &str = include_str!("../../../ontology/racegraph.ttl");

/// A small graph that meets the contract: one result of one race, with
/// one piece of evidence.
const GOOD: &str = r#"
@prefix rg: <https://w3id.org/racegraph/ontology#> .
@prefix res: <https://w3id.org/racegraph/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
res:s a rg:RaceSeries ; rdfs:label "Lake Run" .
res:e a rg:RaceEdition ; rdfs:label "Lake Run 2025" ; rg:editionOf res:s ; rg:year 2025 .
res:r a rg:Race ; rdfs:label "Lake Run 2025, marathon" ; rg:raceOf res:e ; rg:distance 42.195 ; rg:sex rg:Women .
res:a a rg:Person, rg:Athlete ; rdfs:label "Ana Vale" .
res:x a rg:RaceResult ; rdfs:label "Ana Vale in Lake Run" ; rg:race res:r ; rg:athlete res:a ;
    rg:position 1 ; rg:finishTime "PT2H30M"^^xsd:duration .
res:art a rg:Article ; rg:body "Ana Vale won the Lake Run." ; rg:contentHash "00" ; dcterms:source "a.txt" .
res:ev a rg:Evidence ; rdf:subject res:x ; rdf:predicate rg:position ; rdf:object 1 ;
    rg:article res:art ; rg:text "Ana Vale won" ; rg:start 0 ; rg:end 12 .
"#;

fn triples(extra: &str) -> Vec<Triple> {
    let text = format!("{GOOD}\n{extra}");
    let mut out = Vec::new();
    for src in [ONTOLOGY, text.as_str()] {
        for q in RdfParser::from_format(RdfFormat::Turtle).for_slice(src.as_bytes()) {
            let q = q.expect("test data parses");
            out.push(Triple::new(q.subject, q.predicate, q.object));
        }
    }
    out
}

fn shapes_of(report: &Report) -> Vec<String> {
    report
        .violations
        .iter()
        .map(|v| match &v.shape {
            Some(Term::NamedNode(n)) => n.as_str().replace(SHAPES, "rgsh:"),
            _ => format!(
                "(blank) {:?}",
                v.path.as_ref().map(|p| p.as_str().to_string())
            ),
        })
        .collect()
}

#[test]
fn a_graph_that_keeps_the_contract_conforms() {
    let report = validate_triples(&triples("")).unwrap();
    assert!(report.conforms(), "{:?}", report.violations);
    let mut out = Vec::new();
    report.write_table(&mut out).unwrap();
    assert!(String::from_utf8(out).unwrap().starts_with("conforms"));
}

#[test]
fn a_result_with_a_status_and_a_position_is_named() {
    let report = validate_triples(&triples(
        "<https://w3id.org/racegraph/resource/x> <https://w3id.org/racegraph/ontology#status> <https://w3id.org/racegraph/ontology#DidNotStart> .",
    ))
    .unwrap();
    assert!(!report.conforms());
    let shapes = shapes_of(&report);
    assert!(
        shapes.contains(&"rgsh:StatusWithoutPosition".to_string()),
        "{shapes:?}"
    );
    assert!(
        shapes.contains(&"rgsh:StatusWithoutTime".to_string()),
        "{shapes:?}"
    );
    let mut out = Vec::new();
    report.write_table(&mut out).unwrap();
    let table = String::from_utf8(out).unwrap();
    assert!(
        table.contains("res:x  rgsh:StatusWithoutPosition"),
        "{table}"
    );
}

#[test]
fn evidence_text_must_be_the_span_of_the_body() {
    let data = triples("").into_iter().map(|t| {
        if t.predicate.as_str().ends_with("#text") {
            Triple::new(
                t.subject,
                t.predicate,
                oxigraph::model::Literal::new_simple_literal("Ana Vale lost"),
            )
        } else {
            t
        }
    });
    let report = validate_triples(&data.collect::<Vec<_>>()).unwrap();
    assert_eq!(shapes_of(&report), ["rgsh:EvidenceSpan"]);
    assert_eq!(
        report.violations[0].focus.to_string(),
        "<https://w3id.org/racegraph/resource/ev>"
    );
}

#[test]
fn cardinalities_datatypes_and_classes_are_checked() {
    let report = validate_triples(&triples(
        r#"<https://w3id.org/racegraph/resource/a> <http://www.w3.org/2000/01/rdf-schema#label> "A. Vale" .
           <https://w3id.org/racegraph/resource/r> <https://w3id.org/racegraph/ontology#distance> "far" .
           <https://w3id.org/racegraph/resource/x> <https://w3id.org/racegraph/ontology#athlete> <https://w3id.org/racegraph/resource/s> .
           <https://w3id.org/racegraph/resource/ev> <https://w3id.org/racegraph/ontology#end> 0 ."#,
    ))
    .unwrap();
    let components: Vec<String> = report
        .violations
        .iter()
        .map(|v| v.component.to_string())
        .collect();
    for c in ["MaxCount", "Datatype", "Class", "LessThan"] {
        assert!(
            components
                .iter()
                .any(|x| x.contains(&format!("#{c}ConstraintComponent"))),
            "{c}: {components:?}"
        );
    }
    assert!(shapes_of(&report).contains(&"rgsh:OneLabel".to_string()));
}

#[test]
fn the_report_is_the_w3c_vocabulary_in_any_syntax() {
    let report = validate_triples(&triples(
        "<https://w3id.org/racegraph/resource/x> <https://w3id.org/racegraph/ontology#status> <https://w3id.org/racegraph/ontology#DidNotStart> .",
    ))
    .unwrap();
    let mut ttl = Vec::new();
    report.write_rdf(RdfFormat::Turtle, &mut ttl).unwrap();
    let text = String::from_utf8(ttl).unwrap();
    assert!(text.contains("sh:conforms false"), "{text}");
    assert!(text.contains("sh:focusNode"));
    let parsed = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(text.as_bytes())
        .count();
    assert_eq!(parsed, report.triples().len());
}

#[test]
fn every_rg_property_has_a_domain_and_a_range() {
    let store = Store::new().unwrap();
    store
        .load_from_slice(RdfFormat::Turtle, ONTOLOGY.as_bytes())
        .unwrap();
    let q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX owl: <http://www.w3.org/2002/07/owl#> \
             SELECT ?p WHERE { VALUES ?k { owl:ObjectProperty owl:DatatypeProperty } ?p a ?k . \
             FILTER(STRSTARTS(STR(?p), \"https://w3id.org/racegraph/ontology#\")) \
             FILTER(NOT EXISTS { ?p rdfs:domain ?d } || NOT EXISTS { ?p rdfs:range ?r }) }";
    let oxigraph::sparql::QueryResults::Solutions(s) = oxigraph::sparql::SparqlEvaluator::new()
        .parse_query(q)
        .unwrap()
        .on_store(&store)
        .execute()
        .unwrap()
    else {
        panic!()
    };
    let missing: Vec<String> = s.map(|s| s.unwrap()[0].to_string()).collect();
    assert!(missing.is_empty(), "{missing:?}");
}
