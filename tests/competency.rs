//! Every competency question against a store built from data/articles,
//! compared with its expected answer under the rules of
//! tests/competency/README.md.

mod common;

use common::*;
use std::path::Path;

/// A small CSV reader (quotes, doubled quotes) for the expected answers.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut cell)),
                _ => cell.push(c),
            }
        }
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// Runs one competency question and returns what is wrong, if anything.
fn check(store: &Path, name: &str) -> Result<(), String> {
    let dir = root().join("tests/competency");
    let query = dir.join(format!("{name}.rq"));
    let expected = std::fs::read_to_string(dir.join(format!("{name}.expected.csv")))
        .map_err(|e| e.to_string())?;
    let res = query_json(store, query.to_str().unwrap_or_default());
    let table = parse_csv(&expected);
    if let Some(b) = res.boolean {
        let want = table
            .get(1)
            .and_then(|r| r.first())
            .map(|c| c.trim().to_lowercase())
            .unwrap_or_default();
        let want = if table.len() == 1 {
            table[0][0].trim().to_lowercase()
        } else {
            want
        };
        return if want == b.to_string() {
            Ok(())
        } else {
            Err(format!("ASK gave {b}, expected {want}"))
        };
    }
    let header = &table[0];
    let expected_rows = &table[1..];
    let col = |v: &str| res.vars.iter().position(|x| x == v);
    let actual: Vec<Vec<Option<String>>> = res
        .rows
        .iter()
        .map(|r| {
            header
                .iter()
                .map(|h| col(h).and_then(|i| r[i].clone()))
                .collect()
        })
        .collect();
    let row_matches = |e: &Vec<String>, a: &Vec<Option<String>>| {
        header
            .iter()
            .enumerate()
            .all(|(i, h)| cell_matches(h, &e[i], a[i].as_deref()))
    };
    let mut problems = Vec::new();
    for e in expected_rows {
        if !actual.iter().any(|a| row_matches(e, a)) {
            problems.push(format!("missing row {e:?}"));
        }
    }
    let minimum = name.starts_with("cq11");
    for a in &actual {
        if !expected_rows.iter().any(|e| row_matches(e, a)) {
            if minimum {
                let label = a[0].clone().unwrap_or_default();
                if let Some(kind) = not_an_organisation(store, &label) {
                    problems.push(format!(
                        "extra row {label:?} is a {kind}, not an organisation"
                    ));
                }
            } else {
                problems.push(format!("extra row {a:?}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The class of a non-organisation entity that carries `label`, if any.
fn not_an_organisation(store: &Path, label: &str) -> Option<String> {
    let escaped = label.replace('\\', "\\\\").replace('"', "\\\"");
    let q = format!(
        "PREFIX rg: <https://w3id.org/racegraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         SELECT ?c WHERE {{ ?e rdfs:label ?l ; a ?c . FILTER(LCASE(STR(?l)) = LCASE(\"{escaped}\"))
         FILTER(?c IN (rg:Person, rg:Athlete, rg:Place, rg:Country, rg:City, rg:Venue, rg:Landmark, rg:RaceSeries, rg:RaceEdition, rg:Race)) }}"
    );
    query_json(store, &q)
        .rows
        .first()
        .and_then(|r| r[0].clone())
}

macro_rules! competency {
    ($($test:ident => $name:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                if let Err(e) = check(seed_store(), $name) {
                    panic!("{}: {e}", $name);
                }
            }
        )*
    };
}

competency! {
    cq01_winners_2025 => "cq01-winners-2025",
    cq02_edition_number => "cq02-edition-number",
    cq03_editions => "cq03-editions",
    cq04_start_venue => "cq04-start-venue",
    cq05_route => "cq05-route",
    cq06_people_roles => "cq06-people-roles",
    cq07_participant_countries => "cq07-participant-countries",
    cq08_participation_counts => "cq08-participation-counts",
    cq09_participant_groups => "cq09-participant-groups",
    cq10_commemorates => "cq10-commemorates",
    cq11_organizations => "cq11-organizations",
    cq12_nationalities => "cq12-nationalities",
    cq13_mentions_koryo => "cq13-mentions-koryo",
    cq14_article_dates => "cq14-article-dates",
    cq15_evidence => "cq15-evidence",
    cq16_evidence_spans => "cq16-evidence-spans",
    cq17_unevidenced_facts => "cq17-unevidenced-facts",
    cq18_undated_article => "cq18-undated-article",
    cq19_spectators_partner_city => "cq19-spectators-partner-city",
    cq20_one_entity_per_name => "cq20-one-entity-per-name",
}

#[test]
fn every_competency_file_has_a_test() {
    let dir = root().join("tests/competency");
    let mut n = 0;
    for e in std::fs::read_dir(dir).expect("competency folder").flatten() {
        if e.path().extension().is_some_and(|x| x == "rq") {
            n += 1;
        }
    }
    assert_eq!(n, 20);
}

#[test]
fn the_comparison_rules_can_fail() {
    assert!(cell_matches("time", "PT2H12M8S", Some("PT2H12M08S")));
    assert!(cell_matches("distance", "42.195", Some("42.1950")));
    assert!(!cell_matches("distance", "42.195", Some("21.0975")));
    assert!(cell_matches("expected", "false", None));
    assert!(!cell_matches("number", "31", None));
    assert!(cell_matches(
        "text",
        "*Kum Dong*",
        Some("PAK Kum Dong (North Korea)")
    ));
    assert!(!cell_matches(
        "athlete",
        "Pak Kum Dong",
        Some("Jon Su Gyong")
    ));
}
