//! The README's examples run: every fenced block whose lines start with
//! `$ racegraph` (or `$ echo`) is run in order against one store built from
//! `data/articles`, and what it prints must be what the README shows after
//! it (timings aside). An example that drifts fails the build.

mod common;

use common::{bin, root};

/// (command, expected output) of each `$ ` line of the README's blocks.
fn examples(readme: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut in_block = false;
    let mut current: Option<(String, String)> = None;
    for line in readme.lines() {
        if line.starts_with("```") {
            if let Some(c) = current.take() {
                out.push(c);
            }
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            if let Some(c) = current.take() {
                out.push(c);
            }
            current = Some((cmd.to_string(), String::new()));
        } else if let Some((_, expected)) = current.as_mut() {
            expected.push_str(line);
            expected.push('\n');
        }
    }
    out
}

/// Timings vary from run to run.
fn normalise(text: &str) -> String {
    let re = regex::Regex::new(r"\(\d+\.\d+s\)").unwrap();
    re.replace_all(text.trim_end(), "(…s)").replace('\r', "")
}

#[test]
fn the_readme_examples_print_what_the_readme_shows() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let examples = examples(&readme);
    assert!(examples.len() >= 7, "{} examples", examples.len());
    let dir = tempfile::tempdir().unwrap();
    // The commands run where the README's paths exist.
    for link in ["data", "queries", "ontology"] {
        std::os::unix::fs::symlink(root().join(link), dir.path().join(link)).unwrap();
    }
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let exe = bin().get_program().to_string_lossy().into_owned();
    let mut drifted = Vec::new();
    let mut last_code = 0;
    for (cmd, expected) in &examples {
        // Each line runs in a shell of its own: `$?` is the previous exit code.
        if cmd.trim() == "echo $?" {
            if expected.trim() != last_code.to_string() {
                drifted.push(format!(
                    "$ echo $?\n--- README\n{}--- printed\n{last_code}",
                    expected
                ));
            }
            continue;
        }
        let script = format!("racegraph() {{ '{exe}' \"$@\"; }}\n{cmd}");
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&script)
            .current_dir(dir.path())
            .env("RACEGRAPH_STORE", dir.path().join("readme.db"))
            .output()
            .unwrap();
        last_code = out.status.code().unwrap_or(-1);
        let mut got = String::from_utf8_lossy(&out.stderr).into_owned();
        got.push_str(&String::from_utf8_lossy(&out.stdout));
        if normalise(&got) != normalise(expected) {
            drifted.push(format!(
                "$ {cmd}\n--- README\n{}\n--- printed\n{}",
                expected.trim_end(),
                got.trim_end()
            ));
        }
    }
    assert!(drifted.is_empty(), "{}", drifted.join("\n\n"));
}
