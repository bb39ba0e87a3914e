//! Selecting part of the graph: by class (subclasses included), around a
//! focus entity, and down to a limit of the most important nodes.

use super::*;

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
