//! DOT (rendered by Graphviz when it is installed), GraphML and JSON, and
//! `run` writing a drawing to a file.

use std::process::Command;
use std::time::Duration;

use super::*;

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
