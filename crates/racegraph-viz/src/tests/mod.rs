//! Tests on a small on-disk store, including hostile names: the fixture
//! and the helpers the test modules share, one module per topic.

use std::error::Error;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use oxigraph::io::RdfFormat;
use oxigraph::store::Store;

use super::*;

mod formats;
mod page;
mod reading;
mod selection;

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
