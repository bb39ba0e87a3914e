//! Hostile and unusual input, driven through the real binary: nothing lost,
//! nothing merged, nothing unbounded, every file loaded or named.

mod common;

use common::*;
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const STORY: &str = "date 2025-05-01 The Lakeside Marathon starts at the Old Town Stadium.\n";

/// Runs `cmd` and fails the test if it has not ended within `limit`.
fn run_within(mut cmd: Command, limit: Duration) -> Output {
    use std::io::Read;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn racegraph");
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("stdout")));
    let err = drain(Box::new(child.stderr.take().expect("stderr")));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("racegraph did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out.join().expect("stdout"),
        stderr: err.join().expect("stderr"),
    }
}

fn build(store: &Path, paths: &[&Path]) -> Output {
    let mut cmd = bin();
    cmd.arg("--store").arg(store).arg("build").arg("--quiet");
    cmd.args(paths);
    run_within(cmd, Duration::from_secs(120))
}

fn articles(store: &Path) -> Vec<(String, String)> {
    let r = query_json(
        store,
        "SELECT ?a ?src WHERE { ?a a rg:Article ; dcterms:source ?src } ORDER BY ?src",
    );
    r.rows
        .into_iter()
        .map(|row| (row[0].clone().unwrap(), row[1].clone().unwrap()))
        .collect()
}

#[test]
fn files_whose_ids_collide_are_all_loaded_and_the_collision_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    for sub in ["x", "y"] {
        fs::create_dir_all(arts.join(sub)).unwrap();
    }
    let names = [
        "x/report.txt",
        "y/report.txt",
        "Report.md",
        "report!.txt",
        "马拉松.txt",
        "赛事报道.txt",
        "Пхеньян.md",
    ];
    for (i, name) in names.iter().enumerate() {
        fs::write(
            arts.join(name),
            format!("{STORY}Article number {i} of the set.\n"),
        )
        .unwrap();
    }
    let store = dir.path().join("s.db");
    let out = build(&store, &[&arts]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = articles(&store);
    assert_eq!(got.len(), names.len(), "{got:?}");
    let iris: std::collections::HashSet<_> = got.iter().map(|(a, _)| a).collect();
    assert_eq!(iris.len(), names.len(), "{got:?}");
    // Each renamed article is named on stderr with the id it got.
    let err = stderr(&out);
    assert_eq!(
        err.lines().filter(|l| l.contains("note:")).count(),
        3,
        "{err}"
    );
    assert!(!got.iter().any(|(a, _)| a.ends_with("/article")), "{got:?}");
    // The same file named again (here through a link) is read once, and said.
    #[cfg(unix)]
    {
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(arts.join("Report.md"), &link).unwrap();
        let out = build(&store, &[&arts, &link]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            stderr(&out)
                .lines()
                .any(|l| l.contains("link.txt") && l.contains("same file")),
            "{}",
            stderr(&out)
        );
    }
    // The ids do not depend on the run: a second build changes nothing.
    let again = build(&store, &[&arts]);
    assert!(stdout(&again).contains("0 loaded"), "{}", stdout(&again));
    assert_eq!(articles(&store), got);
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_named_like_articles_are_rejected_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    fs::create_dir(&arts).unwrap();
    fs::write(arts.join("good.txt"), STORY).unwrap();
    let made = Command::new("mkfifo")
        .arg(arts.join("pipe.txt"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", arts.join("zero.txt")).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", dir.path().join("given.md")).unwrap();
    let store = dir.path().join("s.db");
    let out = build(&store, &[&arts, &dir.path().join("given.md")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    for (file, why) in [
        ("pipe.txt", "FIFO"),
        ("zero.txt", "device"),
        ("given.md", "device"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not named in: {err}"));
        assert!(line.contains(why), "{line}");
    }
    assert!(stdout(&out).contains("1 loaded"), "{}", stdout(&out));
}

#[test]
fn a_folder_that_cannot_be_read_is_named_and_the_rest_is_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    fs::create_dir(&arts).unwrap();
    for i in 0..3 {
        fs::write(arts.join(format!("good{i}.txt")), STORY).unwrap();
    }
    // A folder so deep that its path is longer than the system allows:
    // made in two steps, each path under the limit.
    let long = "d".repeat(200);
    let half = [long.as_str(); 12].join("/");
    fs::create_dir_all(arts.join(&half)).unwrap();
    let made = Command::new("sh")
        .arg("-c")
        .arg(format!("mkdir -p {half} && echo x > {half}/a.txt"))
        .current_dir(arts.join(&half))
        .status()
        .expect("sh");
    assert!(made.success());
    // Unreadable (unless the tests run with privileges that ignore modes).
    let locked = arts.join("locked");
    fs::create_dir(&locked).unwrap();
    fs::write(locked.join("hidden.txt"), STORY).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    }
    let locked_readable = fs::read_dir(&locked).is_ok();
    let store = dir.path().join("s.db");
    let out = build(&store, &[&arts]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    }
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.contains(&format!("{long}/{long}")) && l.contains("folder not read")),
        "{err}"
    );
    let loaded = if locked_readable { 4 } else { 3 };
    assert!(
        stdout(&out).contains(&format!("{loaded} loaded")),
        "{}",
        stdout(&out)
    );
    if !locked_readable {
        assert!(
            err.lines()
                .any(|l| l.contains("locked") && l.contains("permission denied")),
            "{err}"
        );
    }
}

#[test]
fn xml_output_is_well_formed_whatever_the_text_holds() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    fs::create_dir(&arts).unwrap();
    let body = "date 2025-05-01 The Lakeside\u{c}Marathon was won by Ann\u{b}Lee. \
                Tom\u{1}Kerr of Kenya\u{1b}[31m was second.\u{fffe} Mary Jones \
                (Kenya) finished third in 2:30:01.\n";
    fs::write(arts.join("ctl\u{1}name.txt"), body).unwrap();
    let store = dir.path().join("s.db");
    let out = build(&store, &[&arts]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&store, &["export", "--format", "rdfxml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let xml = stdout(&out);
    roxmltree::Document::parse(&xml).expect("RDF/XML well-formed");
    let out = run(
        &store,
        &[
            "query",
            "SELECT ?t ?b ?src WHERE { ?e rg:text ?t . ?a rg:body ?b ; dcterms:source ?src }",
            "--format",
            "xml",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let xml = stdout(&out);
    roxmltree::Document::parse(&xml).expect("SPARQL XML well-formed");
    assert!(xml.contains('\u{fffd}'), "{xml}");
    // Evidence spans are still exact against the body stored.
    let r = query_json(
        &store,
        "SELECT (COUNT(*) AS ?bad) WHERE { ?e rg:text ?t ; rg:start ?s ; rg:end ?n ; rg:article ?a . \
         ?a rg:body ?b FILTER(SUBSTR(?b, ?s + 1, ?n - ?s) != ?t) }",
    );
    assert_eq!(r.rows[0][0].as_deref(), Some("0"));
}

#[test]
fn file_names_are_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    fs::create_dir(&arts).unwrap();
    fs::write(arts.join("good.txt"), STORY).unwrap();
    fs::write(arts.join("two\nlines\u{1b}[31m.txt"), [0u8, 1, 2]).unwrap();
    let store = dir.path().join("s.db");
    let out = build(&store, &[&arts]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    let line = err.lines().find(|l| l.contains("two")).expect("named");
    assert!(line.contains(r"two\nlines\u{1b}[31m.txt"), "{line}");
}

#[test]
fn utf16_is_named_as_utf16() {
    let dir = tempfile::tempdir().unwrap();
    let text: Vec<u16> = STORY.encode_utf16().collect();
    let le: Vec<u8> = [0xfeff_u16]
        .iter()
        .chain(&text)
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let be: Vec<u8> = text.iter().flat_map(|u| u.to_be_bytes()).collect();
    fs::write(dir.path().join("le.txt"), le).unwrap();
    fs::write(dir.path().join("be.txt"), be).unwrap();
    let store = dir.path().join("s.db");
    let out = build(&store, &[dir.path()]);
    let err = stderr(&out);
    assert_eq!(
        err.lines().filter(|l| l.contains("UTF-16")).count(),
        2,
        "{err}"
    );
    assert!(!err.contains("binary"), "{err}");
}

#[test]
fn build_and_extract_give_the_same_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    let bad = dir.path().join("bad.txt");
    fs::write(&good, STORY).unwrap();
    fs::write(&bad, [0xffu8, 0x00, 0x41]).unwrap();
    let store = dir.path().join("s.db");
    for (paths, code) in [(vec![&bad], 2), (vec![&good, &bad], 1), (vec![&good], 0)] {
        let mut args: Vec<&str> = paths.iter().map(|p| p.to_str().unwrap()).collect();
        args.insert(0, "build");
        let b = run(&store, &args);
        args[0] = "extract";
        let x = run(&store, &args);
        assert_eq!(
            b.status.code(),
            Some(code),
            "build {paths:?}: {}",
            stderr(&b)
        );
        assert_eq!(
            x.status.code(),
            Some(code),
            "extract {paths:?}: {}",
            stderr(&x)
        );
        let named = |o: &Output| stderr(o).lines().filter(|l| l.contains("bad.txt")).count();
        assert_eq!(named(&b), named(&x));
    }
}

#[test]
fn a_build_removes_bulk_files_a_failed_build_left() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let out = run(&store, &["build", "data/articles"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let leftover = store.join("bulk-1234567890.sst");
    fs::write(&leftover, vec![7u8; 1 << 20]).unwrap();
    let out = run(&store, &["build", "data/articles"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!leftover.exists());
    let out = run(&store, &["stats"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A name-like run of `bytes` bytes without a full stop: organisations the
/// extractor recognises, each one a new entity with evidence.
fn run_on(bytes: usize) -> String {
    let syllables = [
        "ka", "lo", "mi", "ra", "ten", "so", "vi", "dar", "nu", "pel",
    ];
    let mut state = 7u64;
    let mut word = || {
        let mut w = String::new();
        for _ in 0..3 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            w.push_str(syllables[(state >> 33) as usize % syllables.len()]);
        }
        let mut c = w.chars();
        let first = c.next().unwrap().to_ascii_uppercase();
        format!("{first}{}", c.as_str())
    };
    let mut text = String::from("date 2025-05-01\n");
    while text.len() < bytes {
        text.push_str(&format!("{} {} Athletics Club ", word(), word()));
    }
    text.push('\n');
    text
}

#[test]
fn a_run_on_sentence_gives_bounded_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("runon.txt");
    fs::write(&file, run_on(256 * 1024)).unwrap();
    let store = dir.path().join("s.db");
    let out = build(&store, &[&file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = query_json(
        &store,
        "SELECT (COUNT(*) AS ?n) (MAX(STRLEN(?t)) AS ?longest) WHERE { ?e rg:text ?t }",
    );
    let n: usize = r.rows[0][0].as_deref().unwrap().parse().unwrap();
    let longest: usize = r.rows[0][1].as_deref().unwrap().parse().unwrap();
    assert!(n > 100, "{n} evidence nodes");
    assert!(longest <= 1000, "an evidence text of {longest} characters");
    let r = query_json(
        &store,
        "SELECT (COUNT(*) AS ?bad) WHERE { ?e rg:text ?t ; rg:start ?s ; rg:end ?n ; rg:article ?a . \
         ?a rg:body ?b FILTER(SUBSTR(?b, ?s + 1, ?n - ?s) != ?t) }",
    );
    assert_eq!(r.rows[0][0].as_deref(), Some("0"));
    // The JSON of the extraction grows with the text, not with its square.
    let mut cmd = bin();
    cmd.args(["extract", "--format", "json"]).arg(&file);
    let out = run_within(cmd, Duration::from_secs(120));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        out.stdout.len() < 40 * 256 * 1024,
        "{} bytes of JSON",
        out.stdout.len()
    );
}

#[test]
fn an_article_over_its_time_budget_is_rejected_and_the_build_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    fs::create_dir(&arts).unwrap();
    fs::write(arts.join("slow.txt"), run_on(1024 * 1024)).unwrap();
    let store = dir.path().join("s.db");
    let mut cmd = bin();
    cmd.arg("--store")
        .arg(&store)
        .args(["build", "--quiet", "--article-timeout", "0.001"])
        .arg(&arts)
        .arg(root().join("data/articles"));
    let out = run_within(cmd, Duration::from_secs(120));
    let summary = stdout(&out);
    // 1 if any article beat the tiny budget, 2 if none could.
    let code = if summary.contains(" 0 loaded") { 2 } else { 1 };
    assert_eq!(out.status.code(), Some(code), "{}", stderr(&out));
    let err = stderr(&out);
    let line = err
        .lines()
        .find(|l| l.contains("slow.txt"))
        .unwrap_or_else(|| panic!("slow.txt not named: {err}"));
    assert!(line.contains("budget"), "{line}");
    // The articles after it are still read (loaded, or rejected by the
    // same tiny budget): every file is accounted for.
    assert!(summary.starts_with("6 articles read"), "{summary}");
    let bad = r#"--article-timeout"#;
    let out = run(&store, &["build", bad, "-1", "data/articles"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn readers_beside_a_build_never_fail() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("in");
    fs::create_dir(&arts).unwrap();
    let mut sources: Vec<_> = fs::read_dir(root().join("tests/fixtures/dev"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    sources.sort();
    for i in 0..300 {
        let text = fs::read_to_string(&sources[i % sources.len()]).unwrap();
        fs::write(
            arts.join(format!("a{i:04}.txt")),
            format!("{text}\nCopy {i} was filed by the Desk{i} Agency.\n"),
        )
        .unwrap();
    }
    let store = dir.path().join("s.db");
    let out = run(&store, &["build", "data/articles"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut builder = bin()
        .arg("--store")
        .arg(&store)
        .args(["build", "--quiet"])
        .arg(&arts)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let readers: [&[&str]; 3] = [
        &["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
        &["stats"],
        &["export", "--format", "nquads"],
    ];
    let (mut runs, mut failures) = (0, Vec::new());
    let started = Instant::now();
    while builder.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(600) {
        for args in readers {
            let out = run(&store, args);
            runs += 1;
            if !out.status.success() {
                failures.push(format!("{args:?}: {}", stderr(&out)));
            }
        }
    }
    let status = builder.wait().unwrap();
    assert!(status.success(), "the build failed beside readers");
    assert!(
        failures.is_empty(),
        "{} of {runs}: {failures:?}",
        failures.len()
    );
    assert!(runs >= 3, "only {runs} reader runs");
    // The readers' snapshots are gone with them.
    let left = fs::read_dir(&store)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".reader-"))
        .count();
    assert_eq!(left, 0);
}

#[test]
fn store_paths_are_escaped_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("no\nstore\u{1b}[2J");
    let out = run(&store, &["stats"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.contains(r"no\nstore\u{1b}[2J"), "{err:?}");
}
