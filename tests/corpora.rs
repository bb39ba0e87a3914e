//! Corpora that grow, driven through the real binary against real stores:
//! stat-first rebuilds, renamed files, pruning and removal, a store another
//! process holds, and the corpus walk (ignore files, hidden files,
//! `--exclude`, files that are not articles by name).

mod common;

use common::*;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

const LAKESIDE: &str =
    "date 2025-05-01 The Lakeside Marathon kicks off in the Old Town Stadium. Jane Roe, race director at Acme Events, said it was fast.\n";
const HILLTOP: &str =
    "date 2025-06-01 The Hilltop Half Marathon starts at the Granite Arena. Peter Quill, chairman of Summit Runners, was pleased.\n";

fn build(store: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["build", "--quiet"];
    all.extend_from_slice(args);
    run(store, &all)
}

fn summary(out: &std::process::Output) -> String {
    stdout(out).lines().last().unwrap_or_default().to_string()
}

fn sources(store: &Path) -> Vec<(String, String)> {
    let r = query_json(
        store,
        "SELECT ?a ?src WHERE { ?a a rg:Article ; dcterms:source ?src } ORDER BY ?src",
    );
    r.rows
        .into_iter()
        .map(|row| {
            let id = row[0].clone().unwrap_or_default();
            let id = id.rsplit('/').next().unwrap_or_default().to_string();
            (id, row[1].clone().unwrap_or_default())
        })
        .collect()
}

fn labels(store: &Path) -> Vec<String> {
    let r = query_json(
        store,
        "SELECT ?l WHERE { GRAPH <https://w3id.org/racegraph/entities> { ?e rdfs:label ?l } } ORDER BY ?l",
    );
    r.rows
        .into_iter()
        .map(|row| row[0].clone().unwrap_or_default())
        .collect()
}

fn triples(out: &std::process::Output) -> usize {
    let s = summary(out);
    let before = s.split(" triples").next().unwrap_or_default();
    before
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no triple count in {s}"))
}

fn corpus(dir: &Path) -> std::path::PathBuf {
    let arts = dir.join("in");
    fs::create_dir_all(&arts).unwrap();
    fs::write(arts.join("lakeside.txt"), LAKESIDE).unwrap();
    fs::write(arts.join("hilltop.txt"), HILLTOP).unwrap();
    arts
}

fn set_mtime(path: &Path, t: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

#[test]
fn an_unchanged_file_is_skipped_on_its_size_and_time_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let arts = corpus(dir.path());
    let store = dir.path().join("s.db");
    let first = build(&store, &[arts.to_str().unwrap()]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        summary(&first).contains("2 loaded, 0 unchanged"),
        "{}",
        summary(&first)
    );

    // Same size and time, other bytes: a rebuild that does not read the
    // file cannot see the change (which is why it is fast).
    let file = arts.join("lakeside.txt");
    let when = fs::metadata(&file).unwrap().modified().unwrap();
    fs::write(&file, LAKESIDE.replace("Old Town", "New Town")).unwrap();
    set_mtime(&file, when);
    let again = build(&store, &[arts.to_str().unwrap()]);
    assert!(
        summary(&again).contains("0 loaded, 2 unchanged"),
        "{}",
        summary(&again)
    );

    // A new time makes it read and hashed: the change is loaded.
    set_mtime(&file, when + Duration::from_secs(5));
    let changed = build(&store, &[arts.to_str().unwrap()]);
    assert!(
        summary(&changed).contains("1 loaded, 1 unchanged"),
        "{}",
        summary(&changed)
    );
    assert!(labels(&store).contains(&"New Town Stadium".to_string()));
    assert!(!labels(&store).contains(&"Old Town Stadium".to_string()));

    // Touched, same text: hashed, found unchanged, and its new time kept.
    set_mtime(&file, when + Duration::from_secs(60));
    let touched = build(&store, &[arts.to_str().unwrap()]);
    assert!(
        summary(&touched).contains("0 loaded, 2 unchanged"),
        "{}",
        summary(&touched)
    );
    fs::write(&file, LAKESIDE.replace("Old Town", "Red Town")).unwrap();
    set_mtime(&file, when + Duration::from_secs(60));
    let unseen = build(&store, &[arts.to_str().unwrap()]);
    assert!(
        summary(&unseen).contains("0 loaded, 2 unchanged"),
        "{}",
        summary(&unseen)
    );
}

#[test]
fn a_renamed_file_moves_its_article_instead_of_loading_it_twice() {
    let dir = tempfile::tempdir().unwrap();
    let arts = corpus(dir.path());
    let store = dir.path().join("s.db");
    let first = build(&store, &[arts.to_str().unwrap()]);
    assert!(first.status.success(), "{}", stderr(&first));
    fs::create_dir(arts.join("2025")).unwrap();
    fs::rename(
        arts.join("lakeside.txt"),
        arts.join("2025/lakeside-report.txt"),
    )
    .unwrap();
    let moved = build(&store, &[arts.to_str().unwrap()]);
    assert!(moved.status.success(), "{}", stderr(&moved));
    assert!(
        summary(&moved).contains("0 loaded, 1 unchanged, 1 moved, 0 rejected"),
        "{}",
        summary(&moved)
    );
    // One article per file, the moved one under its first id with its new
    // source; no fact doubled.
    assert_eq!(
        sources(&store),
        [
            (
                "lakeside".to_string(),
                "2025/lakeside-report.txt".to_string()
            ),
            ("hilltop".to_string(), "hilltop.txt".to_string()),
        ]
    );
    assert_eq!(triples(&moved), triples(&first));
    // The new path is recorded: the next build has nothing to do.
    let again = build(&store, &[arts.to_str().unwrap()]);
    assert!(
        summary(&again).contains("0 loaded, 2 unchanged, 0 rejected"),
        "{}",
        summary(&again)
    );
    // A copy is another article, not a move.
    fs::write(arts.join("copy.txt"), LAKESIDE).unwrap();
    let copied = build(&store, &[arts.to_str().unwrap()]);
    assert!(
        summary(&copied).contains("1 loaded, 2 unchanged"),
        "{}",
        summary(&copied)
    );
}

#[test]
fn a_file_of_another_folder_with_the_same_name_is_an_article_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let arts = corpus(dir.path());
    let other = dir.path().join("other");
    fs::create_dir(&other).unwrap();
    fs::write(
        other.join("lakeside.txt"),
        LAKESIDE.replace("Lakeside", "Lakeshore"),
    )
    .unwrap();
    let store = dir.path().join("s.db");
    assert!(build(&store, &[arts.to_str().unwrap()]).status.success());
    // Built on its own, the second `lakeside.txt` does not replace the
    // first article, whose file is still there: it gets an id of its own.
    let out = build(&store, &[other.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(summary(&out).contains("1 loaded"), "{}", summary(&out));
    assert!(
        stderr(&out).contains("article id `lakeside` is taken"),
        "{}",
        stderr(&out)
    );
    let got = sources(&store);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().any(|(id, _)| id == "lakeside"), "{got:?}");
    assert!(
        got.iter().any(|(id, _)| id.starts_with("lakeside-")),
        "{got:?}"
    );
    // And it keeps that id.
    let again = build(&store, &[other.to_str().unwrap(), arts.to_str().unwrap()]);
    assert!(
        summary(&again).contains("0 loaded, 3 unchanged"),
        "{}",
        summary(&again)
    );
    assert_eq!(sources(&store), got);
}

#[test]
fn prune_removes_the_articles_of_deleted_files_and_their_labels() {
    let dir = tempfile::tempdir().unwrap();
    let arts = corpus(dir.path());
    let store = dir.path().join("s.db");
    assert!(build(&store, &[arts.to_str().unwrap()]).status.success());
    assert!(labels(&store).contains(&"Peter Quill".to_string()));
    fs::remove_file(arts.join("hilltop.txt")).unwrap();
    // Without --prune, a build leaves the article of a deleted file.
    let kept = build(&store, &[arts.to_str().unwrap()]);
    assert!(!summary(&kept).contains("removed"), "{}", summary(&kept));
    assert_eq!(sources(&store).len(), 2);
    let pruned = build(&store, &["--prune", arts.to_str().unwrap()]);
    assert!(pruned.status.success(), "{}", stderr(&pruned));
    assert!(
        summary(&pruned).contains("0 loaded, 1 unchanged, 0 rejected; 1 removed;"),
        "{}",
        summary(&pruned)
    );
    assert_eq!(
        sources(&store),
        [("lakeside".to_string(), "lakeside.txt".to_string())]
    );
    let now = labels(&store);
    assert!(!now.contains(&"Peter Quill".to_string()), "{now:?}");
    assert!(!now.contains(&"Granite Arena".to_string()), "{now:?}");
    assert!(now.contains(&"Jane Roe".to_string()), "{now:?}");
    // Only under the folders given: another folder's articles stay.
    let other = dir.path().join("other");
    fs::create_dir(&other).unwrap();
    fs::write(other.join("hilltop.txt"), HILLTOP).unwrap();
    assert!(build(&store, &[other.to_str().unwrap()]).status.success());
    let pruned = build(&store, &["--prune", arts.to_str().unwrap()]);
    assert!(
        !summary(&pruned).contains("removed"),
        "{}",
        summary(&pruned)
    );
    assert_eq!(sources(&store).len(), 2);
}

#[test]
fn remove_takes_article_ids_and_paths_and_names_what_it_cannot_find() {
    let dir = tempfile::tempdir().unwrap();
    let arts = corpus(dir.path());
    fs::write(
        arts.join("third.txt"),
        LAKESIDE.replace("Lakeside", "Riverside"),
    )
    .unwrap();
    let store = dir.path().join("s.db");
    assert!(build(&store, &[arts.to_str().unwrap()]).status.success());
    let before = labels(&store);
    assert!(before.contains(&"Peter Quill".to_string()));

    let out = run(&store, &["remove", "hilltop"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("1 removed; "), "{}", stdout(&out));
    assert!(!labels(&store).contains(&"Peter Quill".to_string()));

    // By path, even of a file that is gone.
    fs::remove_file(arts.join("third.txt")).unwrap();
    let third = arts.join("third.txt");
    let out = run(
        &store,
        &["remove", third.to_str().unwrap(), "no-such-article"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("1 removed; "), "{}", stdout(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no-such-article"), "{err}");
    assert_eq!(
        sources(&store),
        [("lakeside".to_string(), "lakeside.txt".to_string())]
    );

    let out = run(&store, &["remove", "nothing-here"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = run(&dir.path().join("none.db"), &["remove", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no store"), "{}", stderr(&out));
    assert!(!dir.path().join("none.db").exists());
}

#[test]
fn a_store_another_process_holds_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let arts = corpus(dir.path());
    let store = dir.path().join("s.db");
    assert!(build(&store, &[arts.to_str().unwrap()]).status.success());
    let held = racegraph_store::store::GraphStore::open(&store).expect("open the store");
    for args in [
        vec!["build", arts.to_str().unwrap()],
        vec!["remove", "hilltop"],
    ] {
        let out = run(&store, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(store.to_str().unwrap()), "{err}");
        assert!(err.contains("another racegraph process holds it"), "{err}");
        assert!(!err.contains("LOCK") && !err.contains("IO error"), "{err}");
    }
    drop(held);
    let out = run(&store, &["build", "--quiet", arts.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn the_walk_honours_ignore_files_exclude_globs_and_names_that_are_not_articles() {
    let dir = tempfile::tempdir().unwrap();
    let arts = corpus(dir.path());
    fs::write(arts.join(".gitignore"), "drafts/\n").unwrap();
    fs::create_dir(arts.join("drafts")).unwrap();
    fs::write(
        arts.join("drafts/draft.txt"),
        HILLTOP.replace("Hilltop", "Draft"),
    )
    .unwrap();
    fs::create_dir(arts.join(".cache")).unwrap();
    fs::write(arts.join(".cache/cached.txt"), HILLTOP).unwrap();
    fs::create_dir(arts.join("2024")).unwrap();
    fs::write(arts.join("2024/old.txt"), HILLTOP.replace("Hilltop", "Old")).unwrap();
    fs::write(
        arts.join("README.md"),
        "# About these files\n\nReports of road races.\n",
    )
    .unwrap();
    fs::write(
        arts.join("LICENSE.txt"),
        "Permission is granted to anyone.\n",
    )
    .unwrap();
    let store = dir.path().join("s.db");
    let out = build(&store, &["--exclude", "2024/", arts.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        summary(&out).starts_with("2 articles read: 2 loaded"),
        "{}",
        summary(&out)
    );
    let err = stderr(&out);
    let notes: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("not an article by its name"))
        .collect();
    assert_eq!(notes.len(), 2, "{err}");
    assert!(notes.iter().any(|l| l.contains("README.md")), "{err}");
    assert_eq!(
        sources(&store),
        [
            ("hilltop".to_string(), "hilltop.txt".to_string()),
            ("lakeside".to_string(), "lakeside.txt".to_string()),
        ]
    );
    // `extract` walks the same way.
    let out = bin()
        .args(["extract", "--exclude", "2024/", "--format", "nquads"])
        .arg(&arts)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("/article/hilltop>"),
        "extract lost an article"
    );
    for left_out in [
        "/article/draft>",
        "/article/cached>",
        "/article/old>",
        "/article/readme>",
    ] {
        assert!(!text.contains(left_out), "{left_out} was read");
    }
    // A bad glob is a usage error.
    let out = build(&store, &["--exclude", "a[", arts.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--exclude a["), "{}", stderr(&out));
}

/// The `$ command` lines of a README code block that follows `after`,
/// each with the output lines under it.
fn readme_session(readme: &str, after: &str) -> Vec<(String, Vec<String>)> {
    let from = readme
        .find(after)
        .unwrap_or_else(|| panic!("README lacks {after:?}"));
    let block = readme[from..]
        .split("```")
        .nth(1)
        .expect("a code block after it");
    let mut session: Vec<(String, Vec<String>)> = Vec::new();
    for line in block.lines().filter(|l| !l.trim().is_empty()) {
        match line.strip_prefix("$ ") {
            Some(command) => session.push((command.to_string(), Vec::new())),
            None => session
                .last_mut()
                .expect("output after a command")
                .1
                .push(line.to_string()),
        }
    }
    session
}

#[test]
fn the_readme_examples_of_a_growing_corpus_hold() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let mut session = readme_session(&readme, "counted in the summary when there are any:");
    session.extend(readme_session(
        &readme,
        "After the example of `build --prune` above:",
    ));
    assert_eq!(session.len(), 4, "{session:?}");
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    for entry in fs::read_dir(root().join("data/articles")).unwrap() {
        let entry = entry.unwrap();
        let to = dir.path().join("data/articles");
        fs::create_dir_all(&to).unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_racegraph")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let time = regex::Regex::new(r"\(\d+\.\d+s\)").unwrap();
    for (command, expected) in session {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&command)
            .current_dir(dir.path())
            .env("PATH", &path)
            .env_remove("RACEGRAPH_STORE")
            .output()
            .expect("sh");
        assert!(out.status.success(), "{command}: {}", stderr(&out));
        let got: Vec<String> = stdout(&out)
            .lines()
            .map(|l| time.replace(l, "(T)").into_owned())
            .collect();
        let expected: Vec<String> = expected
            .iter()
            .map(|l| time.replace(l, "(T)").into_owned())
            .collect();
        assert_eq!(got, expected, "{command}");
    }
}
