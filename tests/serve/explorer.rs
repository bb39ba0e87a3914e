//! The explorer in headless Chromium: pages are loaded with their script
//! run, and their node, fact and evidence counts are checked against the
//! store; markup in an article or a query shows as text.

use crate::common::{self, seed_store};
use crate::harness::{build_store, curl, tool, Server};
use std::process::Command;

const RES: &str = "https://w3id.org/racegraph/resource/";

/// The DOM of `url` after its script ran, or `None` (skipped) without Chromium.
fn dom(url: &str) -> Option<String> {
    let chromium = tool("RACEGRAPH_TEST_CHROMIUM", "chromium")?;
    let profile = tempfile::tempdir().expect("profile");
    let out = Command::new(chromium)
        .args(flags(profile.path()))
        .args(["--virtual-time-budget=8000", "--dump-dom", url])
        .output()
        .expect("run chromium");
    assert!(
        out.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn flags(profile: &std::path::Path) -> Vec<String> {
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([format!("--user-data-dir={}", profile.display())])
    .collect()
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

fn rows(store: &std::path::Path, q: &str) -> usize {
    common::query_json(store, q).rows.len()
}

#[test]
fn entity_pages_show_every_fact_in_and_out_with_each_sentence() {
    let store = seed_store();
    let server = Server::start(store, &["--quiet"]);
    let re =
        regex::Regex::new(r##"href="(/resource/article/[^"#]+)#(span-\d+-\d+)""##).expect("re");
    for path in ["person/pak-kum-dong", "edition/pyongyang-marathon-2025"] {
        let iri = format!("{RES}{path}");
        let Some(page) = dom(&server.url(&format!("/resource/{path}"))) else {
            return;
        };
        let (out, inc) = page.split_at(
            page.find("<table class=\"facts in\"")
                .expect("incoming table"),
        );
        let facts_out = rows(store, &format!(
            "SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel, rg:body)) }}"
        ));
        let ev_out = rows(store, &format!(
            "SELECT DISTINCT ?p ?o ?a ?s ?e WHERE {{ <{iri}> ?p ?o FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel, rg:body)) \
             ?ev rdf:subject <{iri}> ; rdf:predicate ?p ; rdf:object ?o ; rg:article ?a ; rg:start ?s ; rg:end ?e }}"
        ));
        let facts_in = rows(store, &format!(
            "SELECT DISTINCT ?s ?p WHERE {{ ?s ?p <{iri}> FILTER(!STRSTARTS(STR(?p), STR(rdf:)) && ?p != rg:article) }}"
        ));
        let ev_in = rows(store, &format!(
            "SELECT DISTINCT ?x ?p ?a ?s ?e WHERE {{ ?x ?p <{iri}> FILTER(!STRSTARTS(STR(?p), STR(rdf:)) && ?p != rg:article) \
             ?ev rdf:subject ?x ; rdf:predicate ?p ; rdf:object <{iri}> ; rg:article ?a ; rg:start ?s ; rg:end ?e }}"
        ));
        assert!(facts_out > 0 && ev_out > 0, "{path} has facts");
        assert_eq!(
            count(out, "<tr class=\"fact\">"),
            facts_out,
            "{path}: facts out"
        );
        assert_eq!(
            count(out, "<blockquote class=\"evidence\">"),
            ev_out,
            "{path}: sentences out"
        );
        assert_eq!(
            count(inc, "<tr class=\"fact\">"),
            facts_in,
            "{path}: facts in"
        );
        assert_eq!(
            count(inc, "<blockquote class=\"evidence\">"),
            ev_in,
            "{path}: sentences in"
        );
        // Every sentence links to its span, and the article page has that anchor.
        let mut checked = 0;
        for c in re.captures_iter(&page).take(3) {
            let article = curl(&[&server.url(&c[1])]).expect("curl");
            assert!(
                article.text().contains(&format!("id=\"{}\"", &c[2])),
                "{} has {}",
                &c[1],
                &c[2]
            );
            checked += 1;
        }
        assert!(checked > 0);
    }
    // Labels and alternative labels.
    let page = curl(&[&server.url("/resource/person/pak-kum-dong")]).expect("curl");
    assert!(page.text().contains("<h1>Pak Kum Dong</h1>"));
    assert!(page.text().contains("<li>PAK Kum Dong</li>"));
    assert_eq!(
        page.header("content-security-policy"),
        Some(racegraph_csp())
    );
}

fn racegraph_csp() -> &'static str {
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
}

#[test]
fn article_pages_highlight_every_span_that_states_a_fact() {
    let store = seed_store();
    let server = Server::start(store, &["--quiet"]);
    let id = "000_d4f27fd0aac5d2fd";
    let Some(page) = dom(&server.url(&format!("/resource/article/{id}"))) else {
        return;
    };
    let spans = rows(store, &format!(
        "SELECT DISTINCT ?s ?e WHERE {{ ?ev rg:article <{RES}article/{id}> ; rg:start ?s ; rg:end ?e }}"
    ));
    assert!(spans > 10);
    assert_eq!(count(&page, "class=\"anchor\" id=\"span-"), spans);
    assert!(count(&page, "<mark class=\"span\"") >= spans / 2);
    assert!(count(&page, "<li class=\"stated\">") >= spans);
    // The text of the first highlighted sentence is the evidence's rg:text.
    let first = common::query_json(store, &format!(
        "SELECT ?t ?s WHERE {{ ?ev rg:article <{RES}article/{id}> ; rg:text ?t ; rg:start ?s }} ORDER BY ?s LIMIT 1"
    ));
    let text = first.rows[0][0].clone().expect("text");
    let words: String = text
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(page.contains(&html_text(&words)), "{words}");
}

fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn graph_view_draws_the_neighbourhood_with_labels_apart() {
    let store = seed_store();
    let server = Server::start(store, &["--quiet"]);
    let focus = format!("{RES}edition/pyongyang-marathon-2025");
    let Some(api) = curl(&[
        "-G",
        &server.url("/api/neighbours"),
        "--data-urlencode",
        &format!("iri={focus}"),
    ]) else {
        return;
    };
    let n: serde_json::Value = serde_json::from_slice(&api.body).expect("json");
    let nodes = n["nodes"].as_array().expect("nodes").len();
    let edges = n["edges"].as_array().expect("edges").len();
    assert!(nodes > 5, "{nodes}");
    let Some(page) = dom(&format!(
        "{}?focus={}",
        server.url("/graph"),
        percent(&focus)
    )) else {
        return;
    };
    assert!(
        page.contains(&format!("data-nodes=\"{nodes}\"")),
        "nodes drawn"
    );
    assert!(
        page.contains(&format!("data-edges=\"{edges}\"")),
        "edges drawn"
    );
    assert_eq!(
        count(&page, "<g class=\"node\"") + count(&page, "<g class=\"node "),
        nodes
    );
    assert_eq!(count(&page, "<g class=\"edge\""), edges);
    // Shapes as well as colours: more than one kind of outline.
    let shapes =
        regex::Regex::new(r#"<g class="node[^>]*><(path d="[^"]{0,12}|circle)"#).expect("re");
    let kinds: std::collections::BTreeSet<String> = shapes
        .captures_iter(&page)
        .map(|c| c[1].to_string())
        .collect();
    assert!(kinds.len() > 2, "{kinds:?}");
    // No two labels (with their shapes) overlap.
    let re =
        regex::Regex::new(r#"data-box="([-\d.]+),([-\d.]+),([-\d.]+),([-\d.]+)""#).expect("re");
    let boxes: Vec<[f64; 4]> = re
        .captures_iter(&page)
        .map(|c| [1, 2, 3, 4].map(|i| c[i].parse::<f64>().expect("number")))
        .collect();
    assert_eq!(boxes.len(), nodes);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart = a[0] + a[2] <= b[0] + 0.5
                || b[0] + b[2] <= a[0] + 0.5
                || a[1] + a[3] <= b[1] + 0.5
                || b[1] + b[3] <= a[1] + 0.5;
            assert!(apart, "labels overlap: {a:?} {b:?}");
        }
    }
    // Each edge names its relation on hover.
    assert!(page.contains("<title>editionOf</title>"));
    let shot = screenshot(&format!(
        "{}?focus={}",
        server.url("/graph"),
        percent(&focus)
    ));
    if let Some(png) = shot {
        assert!(png.len() > 10_000, "a screenshot with something in it");
    }
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A screenshot of `url`; kept as docs/explorer.png when
/// `RACEGRAPH_UPDATE_SCREENSHOT` is set.
fn screenshot(url: &str) -> Option<Vec<u8>> {
    let chromium = tool("RACEGRAPH_TEST_CHROMIUM", "chromium")?;
    let dir = tempfile::tempdir().expect("tmp");
    let png = dir.path().join("explorer.png");
    let out = Command::new(chromium)
        .args(flags(&dir.path().join("profile")))
        .args([
            "--window-size=1280,900",
            "--hide-scrollbars",
            "--virtual-time-budget=8000",
        ])
        .arg(format!("--screenshot={}", png.display()))
        .arg(url)
        .output()
        .expect("chromium");
    assert!(out.status.success());
    let bytes = std::fs::read(&png).expect("png");
    assert!(bytes.starts_with(b"\x89PNG"));
    if std::env::var_os("RACEGRAPH_UPDATE_SCREENSHOT").is_some() {
        std::fs::write(common::root().join("docs/explorer.png"), &bytes)
            .expect("docs/explorer.png");
    }
    Some(bytes)
}

#[test]
fn search_suggests_by_label_and_alternative_label() {
    let server = Server::start(seed_store(), &["--quiet"]);
    let Some(a) = curl(&[&server.url("/api/suggest?q=kum%20dong")]) else {
        return;
    };
    let v: serde_json::Value = serde_json::from_slice(&a.body).expect("json");
    assert_eq!(v[0]["label"], "Pak Kum Dong");
    assert_eq!(v[0]["href"], "/resource/person/pak-kum-dong");
    let page = curl(&[&server.url("/search?q=pyongyang")]).expect("curl");
    assert!(
        count(&page.text(), "<li class=\"hit\">") > 3,
        "{}",
        page.text()
    );
    // Typing in the box fills the suggestion list (the script calls the API).
    let Some(front) = dom(&server.url("/")) else {
        return;
    };
    assert!(front.contains("<ul id=\"suggestions\""));
    assert!(
        count(&front, "<li><a href=\"/resource/article/") == 5,
        "five articles listed"
    );
}

#[test]
fn query_page_runs_a_query_and_offers_every_download() {
    let store = seed_store();
    let server = Server::start(store, &["--quiet"]);
    let q =
        std::fs::read_to_string(common::root().join("queries/cq06-people-roles.rq")).expect("rq");
    let expected = common::query_json(store, &q).rows.len();
    let Some(page) = dom(&format!("{}?query={}", server.url("/query"), percent(&q))) else {
        return;
    };
    assert_eq!(count(&page, "<tr class=\"row\">"), expected);
    assert_eq!(count(&page, "class=\"download\""), 4);
    for f in ["json", "xml", "csv", "tsv"] {
        assert!(page.contains(&format!("format={f}\"")), "{f}");
    }
    assert!(
        count(&page, "<option value=") >= 26,
        "every example in queries/"
    );
    let construct = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l } LIMIT 3";
    let page = dom(&format!(
        "{}?query={}",
        server.url("/query"),
        percent(construct)
    ))
    .expect("dom");
    assert_eq!(count(&page, "class=\"download\""), 6);
    assert!(page.contains("<pre>@prefix"));
}

#[test]
fn markup_in_an_article_or_a_query_shows_as_text() {
    let dir = tempfile::tempdir().expect("tmp");
    let store = build_store(dir.path(), &["tests/fixtures/serve/hostile.txt"]);
    let server = Server::start(&store, &["--quiet"]);
    let mut pages = Vec::new();
    for path in [
        "/",
        "/resource/article/hostile",
        "/resource/person/ann-lee",
        "/search?q=lee",
    ] {
        let Some(p) = dom(&server.url(path)) else {
            return;
        };
        pages.push((path, p));
    }
    let q = "SELECT ?x WHERE { BIND(\"<script>alert(5)</script> \\\"><img src=x onerror=alert(6)>\" AS ?x) }";
    pages.push((
        "query",
        dom(&format!("{}?query={}", server.url("/query"), percent(q))).expect("dom"),
    ));
    for (path, p) in &pages {
        assert!(!p.contains("<img"), "{path}: an img element was made");
        assert!(
            !p.contains("<script>alert"),
            "{path}: a script element was made"
        );
        assert!(!p.contains("<b>Stone"), "{path}: markup was kept");
        assert_eq!(count(p, "<script"), 1, "{path}: only the explorer's script");
    }
    let article = &pages[1].1;
    assert!(
        article.contains("&lt;script&gt;alert(4)&lt;/script&gt;"),
        "the body shows the markup"
    );
    assert!(article.contains("\"&gt;&lt;img src=x onerror=alert(3)&gt;"));
    assert!(
        pages[0]
            .1
            .contains("Lakeside &lt;script&gt;alert(1)&lt;/script&gt;"),
        "the title too"
    );
    assert!(pages[4].1.contains("<td>&lt;script&gt;alert(5)&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(6)&gt;</td>"), "{}", pages[4].1);
}

#[test]
fn resources_are_rdf_for_rdf_clients() {
    let server = Server::start(seed_store(), &["--quiet"]);
    let url = server.url("/resource/person/pak-kum-dong");
    let Some(ttl) = curl(&["-H", "Accept: text/turtle", &url]) else {
        return;
    };
    assert_eq!(ttl.status, 200);
    assert_eq!(ttl.header("content-type"), Some("text/turtle"));
    assert!(ttl.text().contains("rg:nationality"), "{}", ttl.text());
    let ld = curl(&["-H", "Accept: application/ld+json", &url]).expect("curl");
    assert_eq!(ld.header("content-type"), Some("application/ld+json"));
    let v: serde_json::Value = serde_json::from_slice(&ld.body).expect("JSON-LD is JSON");
    assert!(v.to_string().contains("pak-kum-dong"));
    let browser = curl(&[
        "-H",
        "Accept: text/html,application/xhtml+xml,*/*;q=0.8",
        &url,
    ])
    .expect("curl");
    assert_eq!(
        browser.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(browser.header("vary"), Some("accept"));
    let missing = curl(&[
        "-H",
        "Accept: text/turtle",
        &server.url("/resource/person/nobody"),
    ])
    .expect("curl");
    assert_eq!(missing.status, 404);
    let missing = curl(&[&server.url("/resource/person/nobody")]).expect("curl");
    assert_eq!(missing.status, 404);
    // Without a focus the graph starts at the best-connected entity.
    let g = curl(&[&server.url("/graph")]).expect("curl");
    assert_eq!(g.status, 200);
    assert!(
        g.text()
            .contains("<h1>Neighbourhood of Pyongyang International Marathon"),
        "{}",
        g.text()
    );
    assert!(g.text().contains("id=\"graph-data\""));
    let js = curl(&[&server.url("/assets/explorer.js")]).expect("curl");
    assert_eq!(
        js.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
}
