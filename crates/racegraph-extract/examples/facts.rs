//! Prints the facts the extractor reads in each article given, one per
//! line (`FILE<TAB>SUBJECT property OBJECT`, as the rules' examples write
//! them), with no store and no RDF: for trying a rule on a file, and for
//! counting the extractor's work alone (`valgrind --tool=callgrind`).
//!
//! `cargo run -p racegraph-extract --example facts -- ARTICLE...`
//! (with `FACTS_NAMES=1`, also each entity's kind and names, as
//! `NAMES Kind name | name`).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for p in std::env::args().skip(1) {
        let path = Path::new(&p);
        match racegraph_extract::corpus::read_article(path, p.clone(), p.clone()) {
            Ok(a) => {
                let x = racegraph_extract::extract(&a);
                let name = path
                    .file_name()
                    .map_or(p.clone(), |n| n.to_string_lossy().into());
                for l in racegraph_extract::extract::fact_lines(&x) {
                    println!("{name}\t{l}");
                }
                if std::env::var_os("FACTS_NAMES").is_some() {
                    for e in &x.entities {
                        let n: Vec<&str> = e.names.iter().map(|n| n.text.as_str()).collect();
                        println!("{name}\tNAMES {:?} {}", e.kind, n.join(" | "));
                    }
                }
            }
            Err(e) => {
                eprintln!("facts: {p}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
