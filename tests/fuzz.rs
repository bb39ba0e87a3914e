//! Mutation fuzzing of the reader, the extractor and the RDF mapping, run
//! by `cargo test`: thousands of mutants of the sample articles and of the
//! interesting inputs kept in `tests/fuzz/corpus/`, from a fixed seed, so a
//! failure is reproducible (the message gives the case number; set
//! `RACEGRAPH_FUZZ_CASES` for a longer run, `RACEGRAPH_FUZZ_SEED` for
//! other mutants). Each mutant must read or be rejected, never panic, and
//! give quads whose IRIs are valid, whose text XML can carry, and whose
//! evidence spans are exact against the body.

use racegraph_extract::corpus::{self, parse_article};
use racegraph_rdf::{rdf, resolve, vocab};
use std::collections::HashMap;
use std::path::PathBuf;

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces worth inserting: what broke or could break the reader.
const TOKENS: &[&str] = &[
    "\u{0}",
    "\u{1}",
    "\u{b}",
    "\u{c}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\u{fffe}",
    "\u{ffff}",
    "\u{feff}",
    "\u{202e}",
    "\u{200b}",
    "\u{301}",
    "\r\n",
    "\n---\n",
    "---\n",
    "\n\n",
    ". ",
    "!",
    "…",
    "“",
    "’",
    "(",
    ")",
    "|",
    "•",
    " – ",
    "2:10:01",
    "2025-05-01",
    "31 February 2025",
    "Иван Петров",
    "Ολυμπία",
    "马拉松",
    "Ł",
    "DNF",
    "DNS",
    "Marathon",
    "Athletics Club",
    "Kenya",
    "(KEN)",
    "won",
    "was second",
    "1.",
    "10K",
    "km",
    "99999999999999999999",
];

fn seeds() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["data/articles", "tests/fixtures/dev", "tests/fuzz/corpus"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("seed folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| corpus::is_article_file(p))
            .collect();
        files.sort();
        out.extend(files.iter().map(|f| std::fs::read(f).expect("seed file")));
    }
    assert!(out.len() >= 40, "{} seeds", out.len());
    out
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut b = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(b.len() + 1);
        match rng.below(8) {
            0 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                b.splice(at..at, t.iter().copied());
            }
            2 => b.truncate(at),
            3 => {
                let end = (at + rng.below(400)).min(b.len());
                b.drain(at..end);
            }
            4 => {
                // Repeat a slice: long runs, long paragraphs.
                let end = (at + 1 + rng.below(40)).min(b.len());
                let piece = b[at.min(end)..end].to_vec();
                for _ in 0..rng.below(200) {
                    b.splice(at..at, piece.iter().copied());
                }
            }
            5 => {
                // Splice in part of another seed.
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let end = (from + rng.below(600)).min(other.len());
                b.splice(at..at, other[from..end].iter().copied());
            }
            6 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] = [0xff, 0xc3, 0xe2, 0x80, b'\n', b' ', b'.'][rng.below(7)];
            }
            _ => b = String::from_utf8_lossy(&b).to_uppercase().into_bytes(),
        }
    }
    b
}

fn xml_can_carry(s: &str) -> bool {
    !s.chars().any(|c| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    })
}

/// An evidence node's text, start and end, as far as seen.
type Evidence = (Option<String>, Option<usize>, Option<usize>);

/// Reads, extracts and maps one input; returns what is wrong, if anything.
fn check(bytes: &[u8]) -> Result<bool, String> {
    let Ok(article) = parse_article(bytes, "fuzz".into(), "fuzz.txt".into(), "fuzz.txt".into())
    else {
        return Ok(false);
    };
    let x = racegraph_extract::extract(&article);
    let paths = resolve::resolve(&x, &article.id, &mut resolve::Aliases::default());
    let quads = rdf::article_quads(&article, &x, &paths);
    let body: Vec<char> = article.body.chars().collect();
    let mut evidence: HashMap<String, Evidence> = HashMap::new();
    for q in &quads {
        for iri in [q.subject.to_string(), q.predicate.to_string()] {
            let iri = iri.trim_start_matches('<').trim_end_matches('>');
            oxigraph::model::NamedNode::new(iri).map_err(|e| format!("bad IRI {iri}: {e}"))?;
        }
        if let oxigraph::model::Term::Literal(l) = &q.object {
            if !xml_can_carry(l.value()) {
                return Err(format!("literal XML cannot carry: {:?}", l.value()));
            }
            let e = evidence.entry(q.subject.to_string()).or_default();
            let local = q.predicate.as_str().strip_prefix(vocab::RG).unwrap_or("");
            match local {
                "text" => e.0 = Some(l.value().to_string()),
                "start" => e.1 = l.value().parse().ok(),
                "end" => e.2 = l.value().parse().ok(),
                _ => {}
            }
        }
    }
    for (ev, (text, start, end)) in evidence {
        let (Some(text), Some(start), Some(end)) = (text, start, end) else {
            continue;
        };
        if text.len() > 4 * racegraph_extract::extract::text::MAX_SENTENCE_BYTES {
            return Err(format!("{ev}: evidence of {} bytes", text.len()));
        }
        let span: String = body.get(start..end).unwrap_or_default().iter().collect();
        if span != text {
            return Err(format!(
                "{ev}: span {start}..{end} is {span:?}, text {text:?}"
            ));
        }
    }
    Ok(true)
}

#[test]
fn mutants_of_the_samples_read_extract_and_map_cleanly() {
    let cases: usize = std::env::var("RACEGRAPH_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let seed: u64 = std::env::var("RACEGRAPH_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_250_501);
    let seeds = seeds();
    // The kept inputs themselves first, then mutants.
    let mut read = 0;
    for (n, s) in seeds.iter().enumerate() {
        read += check(s).map_err(|e| format!("seed {n}: {e}")).unwrap() as usize;
    }
    assert!(
        read >= seeds.len() - 3,
        "{read} of {} seeds read",
        seeds.len()
    );
    let mut rng = Rng(seed);
    let mut read = 0;
    for case in 0..cases {
        let input = mutate(&mut rng, &seeds);
        let outcome = std::panic::catch_unwind(|| check(&input));
        match outcome {
            Ok(Ok(r)) => read += r as usize,
            Ok(Err(e)) => panic!("case {case} (seed {seed}): {e}"),
            Err(_) => panic!("case {case} (seed {seed}): panicked"),
        }
    }
    // Most mutants are still articles: the fuzzing reaches the extractor.
    assert!(read * 2 > cases, "only {read} of {cases} mutants read");
    eprintln!("{cases} mutants, {read} read as articles");
}
