//! The HTML page: self-contained, every name escaped, and drawn by headless
//! Chromium when it is installed.

use std::error::Error;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use super::*;

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
