//! Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore), in JSON and
//! XML, get the answers `racegraph query` prints. They run in the Python
//! of `$RACEGRAPH_TEST_PYTHON` (a venv made by .ci/run).

use crate::common::{self, seed_store};
use crate::harness::{tool, Server};
use std::process::Command;

/// The rows of the CLI's JSON answer, as clients.py prints them.
fn cli_rows(store: &std::path::Path, query: &str) -> Vec<String> {
    let out = common::run(store, &["query", query, "--format", "json"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut rows: Vec<String> = v["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| {
            let mut row: Vec<serde_json::Value> = b
                .as_object()
                .expect("binding")
                .iter()
                .map(|(var, t)| {
                    let kind = t["type"].as_str().unwrap_or_default();
                    let kind = if kind == "typed-literal" {
                        "literal"
                    } else {
                        kind
                    };
                    let value = if kind == "bnode" {
                        ""
                    } else {
                        t["value"].as_str().unwrap_or_default()
                    };
                    let extra = t
                        .get("datatype")
                        .or_else(|| t.get("xml:lang"))
                        .and_then(|x| x.as_str())
                        .unwrap_or_default();
                    serde_json::json!([var, kind, value, extra])
                })
                .collect();
            row.sort_by_key(|x| x.to_string());
            serde_json::to_string(&row).expect("json")
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn sparqlwrapper_and_rdflib_get_the_answers_of_racegraph_query() {
    let Some(python) = tool("RACEGRAPH_TEST_PYTHON", "racegraph-test-python") else {
        return;
    };
    let store = seed_store();
    let server = Server::start(store, &["--quiet"]);
    let endpoint = server.url("/sparql");
    let script = common::root().join("tests/serve/clients.py");
    let mut checked = 0;
    for name in [
        "cq01-winners-2025.rq",
        "cq06-people-roles.rq",
        "cq12-nationalities.rq",
        "cq15-evidence.rq",
        "entities-by-type.rq",
        "who-says-what.rq",
    ] {
        let file = common::root().join("queries").join(name);
        let query = std::fs::read_to_string(&file).expect("query file");
        let expected = cli_rows(store, &query);
        assert!(!expected.is_empty(), "{name} has answers");
        for client in ["sparqlwrapper", "rdflib"] {
            for format in ["json", "xml"] {
                let out = Command::new(&python)
                    .arg(&script)
                    .args([endpoint.as_str()])
                    .arg(&file)
                    .args([client, format])
                    .output()
                    .expect("run python");
                assert!(
                    out.status.success(),
                    "{client} {format} {name}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let got: Vec<String> = String::from_utf8_lossy(&out.stdout)
                    .lines()
                    .map(|l| {
                        // Re-serialise so spacing matches serde_json's.
                        let v: serde_json::Value = serde_json::from_str(l).expect("row");
                        serde_json::to_string(&v).expect("json")
                    })
                    .collect();
                assert_eq!(got, expected, "{client} {format} {name}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 24);
}
