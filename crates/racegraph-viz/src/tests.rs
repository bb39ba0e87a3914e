//! Tests on a small on-disk store, including hostile names.

use std::error::Error;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use oxigraph::io::RdfFormat;
use oxigraph::store::Store;

use super::*;

type TestResult = Result<(), Box<dyn Error>>;

/// Two articles about the Berlin Marathon; the second one is hostile.
pub(crate) const FIXTURE: &str = r#"
@prefix rg: <https://w3id.org/racegraph/ontology#> .
@prefix person: <https://w3id.org/racegraph/resource/person/> .
@prefix country: <https://w3id.org/racegraph/resource/country/> .
@prefix city: <https://w3id.org/racegraph/resource/city/> .
@prefix series: <https://w3id.org/racegraph/resource/series/> .
@prefix edition: <https://w3id.org/racegraph/resource/edition/> .
@prefix race: <https://w3id.org/racegraph/resource/race/> .
@prefix result: <https://w3id.org/racegraph/resource/result/> .
@prefix org: <https://w3id.org/racegraph/resource/org/> .
@prefix article: <https://w3id.org/racegraph/resource/article/> .
@prefix evidence: <https://w3id.org/racegraph/resource/evidence/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

<https://w3id.org/racegraph/ontology> {
  rg:Person a owl:Class .
  rg:Athlete a owl:Class ; rdfs:subClassOf rg:Person .
  rg:Place a owl:Class .
  rg:City a owl:Class ; rdfs:subClassOf rg:Place .
  rg:Country a owl:Class ; rdfs:subClassOf rg:Place .
  rg:Organization a owl:Class .
  rg:RaceSeries a owl:Class .
  rg:RaceEdition a owl:Class .
  rg:Race a owl:Class .
  rg:RaceResult a owl:Class .
  rg:Article a owl:Class .
  rg:Evidence a owl:Class .
  rg:Men a rg:Sex .
}

<https://w3id.org/racegraph/entities> {
  person:kipchoge rdfs:label "Eliud Kipchoge" ; skos:altLabel "Kipchoge" .
  country:kenya rdfs:label "Kenya" .
  city:berlin rdfs:label "Berlin" .
  series:berlin-marathon rdfs:label "Berlin Marathon" .
  edition:berlin-marathon-2023 rdfs:label "Berlin Marathon 2023" .
  race:berlin-marathon-2023-men rdfs:label "Berlin Marathon 2023, men" .
  result:kipchoge-berlin-2023 rdfs:label "Eliud Kipchoge in Berlin 2023" .
  person:evil1 rdfs:label "<script>alert(1)</script>" .
  person:evil2 rdfs:label "\"><img src=x onerror=alert(1)>" .
  org:quotes rdfs:label "Team \"Quote\" & <Co> \\ {braces}" .
}

article:a1 {
  article:a1 a rg:Article ;
    dcterms:title "Kipchoge wins again" ;
    dcterms:source "https://example.org/news/1" ;
    dcterms:issued "2023-09-24"^^xsd:date ;
    rg:mentions person:kipchoge, series:berlin-marathon .
  person:kipchoge a rg:Person, rg:Athlete ;
    rg:nationality country:kenya ;
    rg:birthYear 1984 ;
    rg:name "Kipchoge" .
  country:kenya a rg:Country .
  city:berlin a rg:City .
  series:berlin-marathon a rg:RaceSeries ; rg:city city:berlin .
  edition:berlin-marathon-2023 a rg:RaceEdition ;
    rg:editionOf series:berlin-marathon ; rg:year 2023 .
  race:berlin-marathon-2023-men a rg:Race ;
    rg:raceOf edition:berlin-marathon-2023 ;
    rg:sex rg:Men ; rg:distance 42.195 .
  result:kipchoge-berlin-2023 a rg:RaceResult ;
    rg:athlete person:kipchoge ;
    rg:race race:berlin-marathon-2023-men ;
    rg:position 1 ; rg:finishTime "2:02:42" .
  evidence:1 a rg:Evidence ;
    rdf:subject person:kipchoge ; rdf:predicate rg:nationality ;
    rdf:object country:kenya ; rg:article article:a1 ;
    rg:text "The Kenyan Eliud Kipchoge won." ; rg:start 0 ; rg:end 30 .
  evidence:2 a rg:Evidence ;
    rdf:subject result:kipchoge-berlin-2023 ; rdf:predicate rg:finishTime ;
    rdf:object "2:02:42" ; rg:article article:a1 ;
    rg:text "He won in 2:02:42." ; rg:start 31 ; rg:end 49 .
}

article:a2 {
  article:a2 a rg:Article ;
    dcterms:title "</script><script>alert(2)</script>" ;
    dcterms:source "javascript:alert(3)" ;
    rg:mentions person:evil1, person:evil2, person:kipchoge .
  person:kipchoge a rg:Person, rg:Athlete ; rg:nationality country:kenya .
  country:kenya a rg:Country .
  person:evil1 a rg:Person ; rg:travelPartner person:kipchoge ;
    rg:jobTitle "<b>pacer</b>" .
  person:evil2 a rg:Person ; rg:worksFor org:quotes .
  org:quotes a rg:Organization .
  evidence:3 a rg:Evidence ;
    rdf:subject person:evil1 ; rdf:predicate rg:travelPartner ;
    rdf:object person:kipchoge ; rg:article article:a2 ;
    rg:text "<img src=x onerror=alert(1)> travelled with Kipchoge & co\u2028." .
  evidence:4 a rg:Evidence ;
    rdf:subject person:evil1 ; rdf:predicate rg:jobTitle ;
    rdf:object "<b>pacer</b>" ; rg:article article:a2 ;
    rg:text "<img src=x onerror=alert(2)> was the pacer." .
}
"#;

const EVIL_LABELS: [&str; 2] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
];

/// A store on disk holding [`FIXTURE`]; keep the directory alive with it.
pub(crate) fn fixture_store() -> Result<(tempfile::TempDir, Store), Box<dyn Error>> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    store.load_from_slice(RdfFormat::TriG, FIXTURE)?;
    Ok((dir, store))
}

fn select(store: &Store, f: impl FnOnce(&mut Selection)) -> Result<GraphView, VizError> {
    let mut sel = Selection::default();
    f(&mut sel);
    build_view(store, &sel)
}

fn rendered(view: &GraphView, format: VizFormat) -> Result<String, Box<dyn Error>> {
    let mut out = Vec::new();
    render(view, format, &mut out)?;
    Ok(String::from_utf8(out)?)
}

fn node<'a>(view: &'a GraphView, iri_end: &str) -> Option<&'a ViewNode> {
    view.graph.node_weights().find(|n| n.iri.ends_with(iri_end))
}

/// Whether an external program can be run; under `CI=true` a missing one
/// fails the test, elsewhere the check is skipped with a message.
fn available(program: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{program} is not on PATH, and CI=true requires it"
        );
        eprintln!("skipping the {program} check: {program} is not on PATH");
    }
    found
}

/// Runs a command to its end within `limit`, returning (status ok, stdout, stderr).
fn run_with_limit(
    cmd: &mut Command,
    limit: Duration,
) -> Result<(bool, String, String), Box<dyn Error>> {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let (mut stdout, mut stderr) = (child.stdout.take(), child.stderr.take());
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.as_mut().map(|o| o.read_to_string(&mut s));
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.as_mut().map(|o| o.read_to_string(&mut s));
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > limit {
            child.kill()?;
            return Err(format!("{cmd:?} took longer than {limit:?}").into());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = out_reader.join().map_err(|_| "reader panicked")?;
    let err = err_reader.join().map_err(|_| "reader panicked")?;
    Ok((status.success(), out, err))
}

#[test]
fn the_view_has_entities_and_relations_but_no_evidence() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = build_view(&store, &Selection::default())?;
    assert_eq!((view.graph.node_count(), view.graph.edge_count()), (10, 8));
    assert!(view
        .graph
        .node_weights()
        .all(|n| n.kind == NodeKind::Entity));
    assert!(node(&view, "evidence/1").is_none() && node(&view, "article/a1").is_none());

    let kipchoge = node(&view, "person/kipchoge").ok_or("no Kipchoge")?;
    assert_eq!(kipchoge.label, "Eliud Kipchoge");
    assert_eq!(kipchoge.classes, ["Athlete", "Person"]);
    assert_eq!(kipchoge.alt_labels, ["Kipchoge"]);
    let attributes: Vec<(&str, &str)> = kipchoge
        .attributes
        .iter()
        .map(|a| (a.property.as_str(), a.value.as_str()))
        .collect();
    assert_eq!(attributes, [("birthYear", "1984")], "rg:name stays out");
    assert_eq!(kipchoge.mentioned_in.len(), 2);

    let race = node(&view, "race/berlin-marathon-2023-men").ok_or("no race")?;
    assert!(race
        .attributes
        .iter()
        .any(|a| a.property == "sex" && a.value == "Men"));
    assert!(node(&view, "ontology#Men").is_none());

    let nationality = view
        .graph
        .edge_weights()
        .find(|e| e.property == "nationality")
        .ok_or("no nationality edge")?;
    let texts: Vec<Option<&str>> = nationality
        .evidence
        .iter()
        .map(|e| e.text.as_deref())
        .collect();
    assert_eq!(texts, [Some("The Kenyan Eliud Kipchoge won."), None]);
    assert_eq!(
        view.articles
            .get(&nationality.evidence[0].article)
            .and_then(|a| a.source.as_deref()),
        Some("https://example.org/news/1")
    );
    let result = node(&view, "result/kipchoge-berlin-2023").ok_or("no result")?;
    let time = result
        .attributes
        .iter()
        .find(|a| a.property == "finishTime")
        .ok_or("no time")?;
    assert_eq!(time.evidence[0].text.as_deref(), Some("He won in 2:02:42."));
    Ok(())
}

/// Additions to [`FIXTURE`]: the default graph, a blank node, evidence
/// without `rg:article`, a resource typed as evidence too.
const ODDITIES: &str = r#"
@prefix rg: <https://w3id.org/racegraph/ontology#> .
@prefix person: <https://w3id.org/racegraph/resource/person/> .
@prefix country: <https://w3id.org/racegraph/resource/country/> .
@prefix article: <https://w3id.org/racegraph/resource/article/> .
@prefix evidence: <https://w3id.org/racegraph/resource/evidence/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

_:anon a rg:Person ; rdfs:label "Anonymous runner" ;
  rg:nationality country:kenya ; rg:age 33 .
_:ev rdf:subject _:anon ; rdf:predicate rg:nationality ;
  rdf:object country:kenya ; rg:article article:a1 ;
  rg:text "An anonymous Kenyan." .
person:dual a rg:Person, rg:Evidence ; rdfs:label "Dual" .
article:a2 {
  person:kipchoge rg:coach person:sang .
  person:sang a rg:Person .
  evidence:5 rdf:subject person:kipchoge ; rdf:predicate rg:coach ;
    rdf:object person:sang ; rg:text "Sang coaches him." .
}
"#;

#[test]
fn details_read_node_by_node_match_those_read_at_once() -> TestResult {
    let (_dir, store) = fixture_store()?;
    store.load_from_slice(RdfFormat::TriG, ODDITIES)?;
    let selections = [
        Selection::default(),
        Selection {
            include_articles: true,
            limit: Some(4),
            ..Selection::default()
        },
        Selection {
            focus: Some("Anonymous runner".into()),
            depth: 1,
            ..Selection::default()
        },
        Selection {
            classes: vec!["Person".into()],
            limit: Some(2),
            ..Selection::default()
        },
    ];
    for sel in selections {
        let (full, context) = view::load(&store, sel.include_articles)?;
        let selected = sel.apply(full)?;
        let mut at_once = selected.clone();
        view::add_details(&store, &mut at_once, &context, true)?;
        let mut one_by_one = selected;
        view::add_details(&store, &mut one_by_one, &context, false)?;
        assert_eq!(
            rendered(&at_once, VizFormat::Json)?,
            rendered(&one_by_one, VizFormat::Json)?,
            "{sel:?}"
        );
    }
    Ok(())
}

#[test]
fn the_default_graph_and_blank_nodes_count_too() -> TestResult {
    let (_dir, store) = fixture_store()?;
    store.load_from_slice(RdfFormat::TriG, ODDITIES)?;
    let view = build_view(&store, &Selection::default())?;
    assert!(node(&view, "person/dual").is_none(), "evidence is no node");
    let anon = view
        .graph
        .node_indices()
        .find(|&n| view.graph[n].label == "Anonymous runner")
        .ok_or("no blank node")?;
    assert!(view.graph[anon].iri.starts_with("_:"));
    let attributes: Vec<(&str, &str)> = view.graph[anon]
        .attributes
        .iter()
        .map(|a| (a.property.as_str(), a.value.as_str()))
        .collect();
    assert_eq!(attributes, [("age", "33")]);
    let nationality = view
        .graph
        .edges(anon)
        .next()
        .ok_or("no nationality edge")?
        .weight();
    assert_eq!(
        nationality.evidence,
        [Evidence {
            article: format!("{}article/a1", crate::vocab::RESOURCE),
            text: Some("An anonymous Kenyan.".into()),
        }]
    );
    let coach = view
        .graph
        .edge_weights()
        .find(|e| e.property == "coach")
        .ok_or("no coach edge")?;
    assert_eq!(
        coach.evidence,
        [Evidence {
            article: format!("{}article/a2", crate::vocab::RESOURCE),
            text: Some("Sang coaches him.".into()),
        }],
        "the article graph stands in for rg:article"
    );
    Ok(())
}

#[test]
fn articles_and_mentions_come_on_request() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = select(&store, |s| s.include_articles = true)?;
    assert_eq!((view.graph.node_count(), view.graph.edge_count()), (12, 13));
    let article = node(&view, "article/a1").ok_or("no article")?;
    assert_eq!(
        (article.kind, article.label.as_str()),
        (NodeKind::Article, "Kipchoge wins again")
    );
    Ok(())
}

#[test]
fn classes_include_their_subclasses() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let places = select(&store, |s| s.classes = vec!["Place".into()])?;
    let mut labels: Vec<&str> = places
        .graph
        .node_weights()
        .map(|n| n.label.as_str())
        .collect();
    labels.sort_unstable();
    assert_eq!(labels, ["Berlin", "Kenya"]);
    let athletes = select(&store, |s| {
        s.classes = vec![format!("{}Athlete", crate::vocab::RG)];
    })?;
    assert_eq!(athletes.graph.node_count(), 1);
    let people = select(&store, |s| {
        s.classes = vec!["person".into()];
        s.include_articles = true;
    })?;
    assert_eq!(
        people.graph.node_count(),
        3 + 2,
        "people and the articles that mention them"
    );
    let unknown = select(&store, |s| s.classes = vec!["Spaceship".into()]);
    assert!(matches!(unknown, Err(VizError::UnknownClass { .. })));
    Ok(())
}

#[test]
fn focus_finds_names_case_insensitively_and_walks_depth_steps() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let near = select(&store, |s| {
        s.focus = Some("eliud KIPCHOGE".into());
        s.depth = 1;
    })?;
    assert_eq!((near.graph.node_count(), near.graph.edge_count()), (4, 3));
    let focus = near.focus.ok_or("no focus")?;
    assert_eq!(near.graph[focus].label, "Eliud Kipchoge");

    let by_alt_label = select(&store, |s| {
        s.focus = Some("kipchoge".into());
        s.depth = 2;
    })?;
    assert_eq!(by_alt_label.graph.node_count(), 5);

    let by_iri = select(&store, |s| {
        s.focus = Some(format!("{}org/quotes", crate::vocab::RESOURCE));
    })?;
    assert_eq!(by_iri.graph.node_count(), 1);

    for name in ["Usain Bolt", "\" } ; DROP ALL ; #"] {
        match select(&store, |s| s.focus = Some(name.into())) {
            Err(e @ VizError::UnknownFocus { .. }) => assert!(e.to_string().contains("no entity")),
            other => panic!("expected an unknown name, got {other:?}"),
        }
    }
    let series = select(&store, |s| {
        s.focus = Some("berlin marathon".into());
        s.depth = 1;
    })?;
    assert_eq!(series.graph.node_count(), 3);
    Ok(())
}

#[test]
fn the_limit_keeps_the_most_important_nodes() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = select(&store, |s| s.limit = Some(3))?;
    assert_eq!((view.graph.node_count(), view.left_out), (3, 7));
    assert!(node(&view, "person/kipchoge").is_some(), "the hub stays");
    assert_eq!(
        view.graph.edge_count(),
        2,
        "its best neighbours stay with it"
    );
    let focused = select(&store, |s| {
        s.limit = Some(1);
        s.focus = Some("Berlin".into());
        s.depth = 1;
    })?;
    assert_eq!(focused.graph.node_count(), 1);
    assert_eq!(
        focused.graph[focused.focus.ok_or("no focus")?].label,
        "Berlin"
    );
    assert_eq!(focused.summary().left_out, 1);
    Ok(())
}

#[test]
fn dot_is_well_formed_and_renders() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = build_view(&store, &Selection::default())?;
    let dot = rendered(&view, VizFormat::Dot)?;
    for n in view.graph.node_weights() {
        assert!(dot.contains(&format!("label=\"{}\"", dot::escape(&n.label))));
    }
    assert!(dot.contains(r#"label="\"><img src=x onerror=alert(1)>""#));
    // Braces balance outside quoted strings, and every quote is closed.
    let (mut depth, mut quoted, mut escaped) = (0i32, false, false);
    for c in dot.chars() {
        match (quoted, escaped, c) {
            (true, false, '\\') => escaped = true,
            (true, true, _) => escaped = false,
            (_, _, '"') => quoted = !quoted,
            (false, _, '{') => depth += 1,
            (false, _, '}') => depth -= 1,
            _ => {}
        }
        assert!(depth >= 0);
    }
    assert_eq!((depth, quoted), (0, false));
    assert_eq!(dot.matches(" -> ").count(), 8);

    if available("dot") {
        let path = tempfile::NamedTempFile::new()?;
        std::fs::write(path.path(), &dot)?;
        let (ok, svg, stderr) = run_with_limit(
            Command::new("dot").arg("-Tsvg").arg(path.path()),
            Duration::from_secs(60),
        )?;
        assert!(ok && stderr.is_empty(), "dot failed: {stderr}");
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            svg.contains("Team &quot;Quote&quot; &amp; &lt;Co&gt; \\ {braces}"),
            "{svg}"
        );
    }
    Ok(())
}

#[test]
fn graphml_parses_with_the_right_counts() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = select(&store, |s| s.include_articles = true)?;
    let xml = rendered(&view, VizFormat::Graphml)?;
    let doc = roxmltree::Document::parse(&xml)?;
    let count = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
    assert_eq!((count("node"), count("edge")), (12, 13));
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("data") && n.attribute("key") == Some("label"))
        .filter_map(|n| n.text())
        .collect();
    for evil in EVIL_LABELS {
        assert!(labels.contains(&evil));
    }
    let keys: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("key"))
        .filter_map(|n| n.attribute("attr.name"))
        .collect();
    for key in ["iri", "label", "class", "property", "year", "finishTime"] {
        assert!(keys.contains(&key), "no key {key}");
    }
    Ok(())
}

#[test]
fn json_lists_nodes_edges_and_what_was_left_out() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = select(&store, |s| s.limit = Some(5))?;
    let json: serde_json::Value = serde_json::from_str(&rendered(&view, VizFormat::Json)?)?;
    let len = |key: &str| json[key].as_array().map(Vec::len);
    assert_eq!(
        (len("nodes"), len("edges")),
        (Some(5), Some(view.graph.edge_count()))
    );
    assert_eq!(json["leftOut"], 5);
    let first = &json["nodes"][0];
    for key in ["id", "label", "classes", "attributes"] {
        assert!(!first[key].is_null(), "no {key}");
    }
    for key in ["source", "target", "property"] {
        assert!(json["edges"][0][key].is_string(), "no {key}");
    }
    Ok(())
}

/// The text of the JSON element embedded in the page.
fn data_text(html: &str) -> Result<String, Box<dyn Error>> {
    let start = r#"<script type="application/json" id="graph-data">"#;
    let (_, rest) = html.split_once(start).ok_or("no data element")?;
    let (json, _) = rest
        .split_once("</script>")
        .ok_or("data element not closed")?;
    Ok(json.to_owned())
}

/// The JSON embedded in the page.
fn embedded_data(html: &str) -> Result<serde_json::Value, Box<dyn Error>> {
    Ok(serde_json::from_str(&data_text(html)?)?)
}

#[test]
fn html_is_self_contained_and_escapes_every_name() -> TestResult {
    let (_dir, store) = fixture_store()?;
    let view = select(&store, |s| s.include_articles = true)?;
    let html = rendered(&view, VizFormat::Html)?;
    for evil in EVIL_LABELS
        .iter()
        .chain(&["<img", "</script><script>alert(2)"])
    {
        assert!(!html.contains(evil), "{evil} appears raw");
    }
    let data = embedded_data(&html)?;
    let page_only = html.replace(&data_text(&html)?, "");
    for fetch in [
        "http:", "https:", "src=", "<link", "@import", "url(", "fetch(", "XMLHttp",
    ] {
        assert!(
            !page_only.contains(fetch),
            "the page may fetch something: {fetch}"
        );
    }
    assert_eq!(data["nodes"].as_array().map(Vec::len), Some(12));
    assert_eq!(data["edges"].as_array().map(Vec::len), Some(13));
    let labels: Vec<&str> = data["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n["label"].as_str())
        .collect();
    for evil in EVIL_LABELS {
        assert!(
            labels.contains(&evil),
            "{evil} did not survive the round trip"
        );
    }
    Ok(())
}

/// Loads the page in headless Chromium and returns the DOM it built.
fn chromium_dom(page: &Path, fragment: &str) -> Result<String, Box<dyn Error>> {
    let profile = tempfile::tempdir()?;
    let url = format!("file://{}{fragment}", page.display());
    let (ok, dom, stderr) = run_with_limit(
        Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--virtual-time-budget=10000",
                "--dump-dom",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(url),
        Duration::from_secs(120),
    )?;
    assert!(ok, "chromium failed: {stderr}");
    Ok(dom)
}

fn body_attribute(dom: &str, name: &str) -> Option<String> {
    let body = dom.split_once("<body")?.1.split_once('>')?.0;
    let pattern = regex::Regex::new(&format!(r#"\b{name}="([^"]*)""#)).ok()?;
    Some(pattern.captures(body)?.get(1)?.as_str().to_owned())
}

#[test]
fn chromium_draws_every_node_and_runs_no_data() -> TestResult {
    if !available("chromium") {
        return Ok(());
    }
    let (_dir, store) = fixture_store()?;
    let view = select(&store, |s| s.include_articles = true)?;
    let page = tempfile::Builder::new().suffix(".html").tempfile()?;
    std::fs::write(page.path(), rendered(&view, VizFormat::Html)?)?;

    let dom = chromium_dom(page.path(), "")?;
    assert_eq!(
        body_attribute(&dom, "data-ready").as_deref(),
        Some("true"),
        "{dom}"
    );
    let counts = (
        body_attribute(&dom, "data-nodes"),
        body_attribute(&dom, "data-edges"),
    );
    let expected = (
        view.graph.node_count().to_string(),
        view.graph.edge_count().to_string(),
    );
    assert_eq!(counts, (Some(expected.0), Some(expected.1)));
    assert!(!dom.contains("<img"), "an <img> was created from data");

    // Open the facts of the hostile node: the names show as text.
    let evil = node(&view, "person/evil1").ok_or("no evil node")?;
    let dom = chromium_dom(page.path(), &format!("#node={}", evil.iri))?;
    assert!(
        dom.contains("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>"),
        "{dom}"
    );
    assert!(dom.contains("&lt;b&gt;pacer&lt;/b&gt;"), "{dom}");
    assert!(dom.contains("&lt;img src=x onerror=alert(2)&gt; was the pacer."));
    assert!(!dom.contains("<img") && !dom.contains("href=\"javascript"));
    Ok(())
}

#[test]
fn run_writes_the_file_and_sums_up() -> TestResult {
    let (dir, store) = fixture_store()?;
    let output = dir.path().join("graph.dot");
    let args = VizOptions {
        format: VizFormat::Dot,
        output: Some(output.clone()),
        focus: None,
        depth: 1,
        classes: Vec::new(),
        limit: 4,
        articles: false,
    };
    let summary = run(&store, &args)?;
    assert_eq!((summary.nodes, summary.left_out), (4, 6));
    assert!(std::fs::read_to_string(&output)?.starts_with("digraph"));
    assert!(summary
        .to_string()
        .contains("6 less important nodes left out"));
    Ok(())
}
