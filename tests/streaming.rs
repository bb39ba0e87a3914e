//! Streaming, parallel and sharded extraction, through the real binary and
//! real stores: the graph does not depend on the number of threads, a
//! streamed extraction is the graph a build stores, and the shards of a
//! corpus together are the corpus.

mod common;

use common::*;
use std::io::Read;
use std::path::Path;

/// Two fixture corpora: articles of many shapes, some sharing entities.
const CORPORA: [&str; 2] = ["tests/fixtures/dev", "tests/fixtures/holdout"];

/// The lines of N-Quads, sorted, without the graphs named.
fn sorted_lines(text: &str, without: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter(|l| !without.iter().any(|g| l.ends_with(&format!("<{g}> ."))))
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

const ONTOLOGY: &str = "https://w3id.org/racegraph/ontology";
const ENTITIES: &str = "https://w3id.org/racegraph/entities";

fn build_and_export(store: &Path, threads: &str) -> Vec<String> {
    let mut args = vec!["build", "--quiet", "--threads", threads];
    args.extend(CORPORA);
    let out = run(store, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("0 rejected"), "{}", stdout(&out));
    let out = run(store, &["export", "--format", "nquads"]);
    assert!(out.status.success(), "{}", stderr(&out));
    sorted_lines(&stdout(&out), &[])
}

fn extract(args: &[&str]) -> String {
    let out = bin()
        .current_dir(root())
        .arg("extract")
        .args(args)
        .args(CORPORA)
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn one_thread_and_several_build_the_same_graph() {
    let dir = tempfile::tempdir().unwrap();
    let one = build_and_export(&dir.path().join("one.db"), "1");
    let four = build_and_export(&dir.path().join("four.db"), "4");
    assert!(one.len() > 20_000, "{} quads", one.len());
    assert!(one.iter().any(|l| l.ends_with(&format!("<{ENTITIES}> ."))));
    assert_eq!(one.len(), four.len());
    for (a, b) in one.iter().zip(&four) {
        assert_eq!(a, b);
    }
}

#[test]
fn a_streamed_extraction_is_what_a_build_stores_whatever_the_threads() {
    let one = extract(&["--format", "nquads", "--threads", "1"]);
    let three = extract(&["--format", "nquads", "--threads", "3"]);
    // Written article by article in the listing's order: the same bytes.
    assert!(one == three, "extract with 1 and 3 threads differ");
    let dir = tempfile::tempdir().unwrap();
    let built = build_and_export(&dir.path().join("s.db"), "2");
    let built: Vec<String> = built
        .into_iter()
        .filter(|l| !l.ends_with(&format!("<{ONTOLOGY}> .")))
        .collect();
    let streamed = sorted_lines(&one, &[]);
    assert_eq!(streamed.len(), built.len());
    for (a, b) in streamed.iter().zip(&built) {
        assert_eq!(a, b);
    }
    // The JSON of facts streams too: one object per article.
    let json = extract(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let articles = v["articles"].as_array().expect("articles");
    let graphs = streamed
        .iter()
        .filter(|l| l.contains("#type> <https://w3id.org/racegraph/ontology#Article>"))
        .count();
    assert_eq!(articles.len(), graphs);
    assert!(articles.iter().all(|a| a["facts"].is_array()));
}

/// A build into a store without articles chooses the labels as it loads;
/// later builds recompute them from the store. Both ways give the same
/// entities graph.
#[test]
fn labels_chosen_while_loading_are_those_recomputed_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let fresh = build_and_export(&store, "2");
    let entities = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .filter(|l| l.ends_with(&format!("<{ENTITIES}> .")))
            .cloned()
            .collect()
    };
    let gone = "tests/fixtures/dev/01_amber_coast_results.txt";
    let out = run(&store, &["remove", gone]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&store, &["export", "--format", "nquads"]);
    let removed = sorted_lines(&stdout(&out), &[]);
    assert!(entities(&removed).len() < entities(&fresh).len());
    // Loaded again into a store with articles: labels from the store.
    let again = build_and_export(&store, "2");
    assert!(entities(&fresh).len() > 1_000, "{}", entities(&fresh).len());
    assert_eq!(entities(&fresh), entities(&again));
    assert_eq!(fresh, again);
}

fn gunzip(path: &Path) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).expect("shard file"))
        .read_to_string(&mut text)
        .expect("gzip");
    text
}

#[test]
fn the_shards_of_a_corpus_together_are_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("shards");
    let n = 3;
    let mut union = Vec::new();
    let mut articles = Vec::new();
    for k in 1..=n {
        let shard = format!("{k}/{n}");
        let out = bin()
            .current_dir(root())
            .args(["extract", "--shard", &shard, "--output"])
            .arg(&out_dir)
            .args(CORPORA)
            .output()
            .expect("run racegraph");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let file = out_dir.join(format!("racegraph-{k}-of-{n}.nq.gz"));
        let text = gunzip(&file);
        // No labels in a shard: they are chosen from every article's names.
        assert!(!text.contains(&format!("<{ENTITIES}>")));
        let mine: Vec<String> = text
            .lines()
            .filter(|l| l.contains("#type> <https://w3id.org/racegraph/ontology#Article>"))
            .map(|l| l.split(' ').next().unwrap_or_default().to_string())
            .collect();
        assert!(!mine.is_empty(), "shard {shard} is empty");
        articles.extend(mine);
        union.extend(sorted_lines(&text, &[]));
    }
    // Every article in one shard only.
    let total = articles.len();
    articles.sort();
    articles.dedup();
    assert_eq!(articles.len(), total, "an article in two shards");
    // The union is the whole extraction without its entities graph, quad for quad.
    union.sort();
    let whole = sorted_lines(&extract(&["--format", "nquads"]), &[ENTITIES]);
    assert_eq!(union.len(), whole.len());
    for (a, b) in union.iter().zip(&whole) {
        assert_eq!(a, b);
    }
    // Nothing half written is left beside the shards.
    let names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), n, "{names:?}");
}

#[test]
fn a_shard_that_is_not_k_of_n_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["0/3", "4/3", "3", "a/b"] {
        let out = bin()
            .current_dir(root())
            .args(["extract", "--shard", bad, "--output"])
            .arg(dir.path())
            .arg("data/articles")
            .output()
            .expect("run racegraph");
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
    // A shard that holds none of a small corpus is no error: 8 shards of 5 articles.
    let mut held = 0;
    for k in 1..=8 {
        let out = bin()
            .current_dir(root())
            .args(["extract", "--shard", &format!("{k}/8"), "--output"])
            .arg(dir.path())
            .arg("data/articles")
            .output()
            .expect("run racegraph");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = gunzip(&dir.path().join(format!("racegraph-{k}-of-8.nq.gz")));
        held += text
            .lines()
            .filter(|l| l.contains("#type> <https://w3id.org/racegraph/ontology#Article>"))
            .count();
    }
    assert_eq!(held, 5);
    // A shard needs a folder to write to.
    let out = bin()
        .current_dir(root())
        .args(["extract", "--shard", "1/2", "data/articles"])
        .output()
        .expect("run racegraph");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
