//! A reader beside a build: the build compacts the store and deletes the
//! files the reader would read; the reader still reads the store whole, as
//! it was when it opened.

use racegraph_store::pipeline;
use racegraph_store::store::GraphStore;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn a_reader_keeps_its_view_while_a_build_rewrites_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let writer = GraphStore::open(&path).unwrap();
    pipeline::build(&writer, &[root().join("data/articles")], None).unwrap();
    let before = writer.len().unwrap();

    let reader = GraphStore::open_existing(&path).unwrap();
    // The build goes on: more articles, then every file rewritten.
    pipeline::build(&writer, &[root().join("tests/fixtures/dev")], None).unwrap();
    writer.inner().optimize().unwrap();
    let after = writer.len().unwrap();
    assert!(after > before);

    let mut seen = 0;
    for q in reader.inner().iter() {
        q.expect("a reader beside a build reads every quad");
        seen += 1;
    }
    assert_eq!(seen, before, "the reader sees the store as it opened it");
    drop(reader);
    // Its snapshot is gone with it; a new reader sees the new state.
    let left: Vec<_> = std::fs::read_dir(&path)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".reader-"))
        .collect();
    assert!(left.is_empty());
    let reader = GraphStore::open_existing(&path).unwrap();
    assert_eq!(reader.inner().iter().count(), after);
}
