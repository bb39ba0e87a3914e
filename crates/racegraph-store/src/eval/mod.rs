//! `racegraph eval`: extraction quality against gold facts.
//!
//! A gold folder holds articles and, beside each, `NAME.gold.tsv` with the
//! facts a careful reader gets (format: `tests/fixtures/dev/README.md`).
//! The articles are built into a temporary store like any corpus, the facts
//! are read back with SPARQL, and each fact type is scored.

mod extracted;

use extracted::read_extracted;

use crate::error::{Error, Result};
use crate::extract::names;
use crate::lexicon;
use crate::pipeline;
use crate::store::GraphStore;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// The fact types scored, in report order: results (places, times, did not
/// finish or start), editions (series and year), their numbers and race
/// days, the race's city, the route (start, finish, places passed), job
/// titles, employers, nationalities, every person, every organisation,
/// organisations' links (base, organiser, sponsor, travel partner),
/// participant and spectator counts, and the article's date.
pub const TYPES: [&str; 14] = [
    "results",
    "editions",
    "ednumbers",
    "racedays",
    "cities",
    "routes",
    "roles",
    "employers",
    "nationalities",
    "people",
    "organisations",
    "orglinks",
    "counts",
    "dates",
];

/// The kinds of line a gold file may hold.
const GOLD_KINDS: [&str; 14] = [
    "issued",
    "edition",
    "result",
    "dnf",
    "dns",
    "place",
    "role",
    "based",
    "nationality",
    "person",
    "organization",
    "orgrole",
    "count",
    "spectators",
];

/// A gold line as the facts it holds, each tagged with the kind of fact
/// it is compared as: an edition line is an edition, maybe an edition
/// number and maybe a race day; a place line a city or a route; a role
/// line a job title and maybe an employer.
fn split_gold(cols: Vec<String>) -> Vec<Vec<String>> {
    let col = |i: usize| cols.get(i).cloned().unwrap_or_else(|| "-".into());
    let tagged = |tag: &str, idx: &[usize]| -> Vec<String> {
        std::iter::once(tag.to_string())
            .chain(idx.iter().map(|&i| col(i)))
            .collect()
    };
    match cols[0].as_str() {
        "edition" => {
            let mut v = vec![tagged("edition", &[1, 2])];
            if col(3) != "-" {
                v.push(tagged("ednumber", &[1, 2, 3]));
            }
            if col(4) != "-" {
                v.push(tagged("raceday", &[1, 2, 4]));
            }
            v
        }
        "place" if col(2) == "city" => vec![tagged("city", &[1, 3])],
        "place" => vec![tagged("route", &[1, 2, 3])],
        "role" => {
            let mut v = Vec::new();
            if col(2) != "-" {
                v.push(tagged("jobtitle", &[1, 2]));
            }
            if col(3) != "-" {
                v.push(tagged("employer", &[1, 3]));
            }
            v
        }
        _ => vec![cols],
    }
}

/// One field of a fact: a value, or an entity known by several names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Field {
    Value(String),
    Names(Vec<String>),
}

impl Field {
    fn matches(&self, gold: &str) -> bool {
        let g = norm(gold);
        match self {
            Field::Value(v) => equal_values(v, &g),
            Field::Names(ns) => ns.contains(&g),
        }
    }
    fn show(&self) -> String {
        match self {
            Field::Value(v) => v.clone(),
            Field::Names(ns) => ns.first().cloned().unwrap_or_default(),
        }
    }
}

fn norm(s: &str) -> String {
    names::normalise_key(&s.nfc().collect::<String>())
}

fn equal_values(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if let (Ok(x), Ok(y)) = (a.parse::<f64>(), b.parse::<f64>()) {
        return (x - y).abs() < 1e-9;
    }
    if let (Some(x), Some(y)) = (seconds(a), seconds(b)) {
        return x == y;
    }
    false
}

fn seconds(d: &str) -> Option<u64> {
    let rest = d.strip_prefix("pt").or_else(|| d.strip_prefix("PT"))?;
    let (mut total, mut num) = (0u64, String::new());
    for c in rest.chars() {
        let mult = match c.to_ascii_lowercase() {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => {
                num.push(c);
                continue;
            }
        };
        total += num.parse::<u64>().ok()? * mult;
        num.clear();
    }
    Some(total)
}

/// A fact: its type and fields, where the fact came from (article source).
#[derive(Debug, Clone)]
struct Fact {
    kind: &'static str,
    source: String,
    fields: Vec<Field>,
}

/// The scores of one fact type.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Score {
    pub extracted: usize,
    pub correct: usize,
    pub gold: usize,
    pub found: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.extracted == 0 {
            1.0
        } else {
            self.correct as f64 / self.extracted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.found as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// The outcome of an evaluation.
#[derive(Debug, Default)]
pub struct Report {
    pub scores: BTreeMap<&'static str, Score>,
    /// Extracted facts that are not in the gold: (type, source, fact).
    pub false_positives: Vec<(String, String, String)>,
    /// Gold facts not extracted.
    pub misses: Vec<(String, String, String)>,
    pub articles: usize,
}

impl Report {
    /// The table of scores, one line per fact type.
    pub fn table(&self) -> String {
        let mut s = format!(
            "{:<14} {:>9} {:>7} {:>5} {:>9} {:>6} {:>6}\n",
            "type", "extracted", "correct", "gold", "precision", "recall", "F1"
        );
        for t in TYPES {
            let sc = self.scores.get(t).cloned().unwrap_or_default();
            s += &format!(
                "{:<14} {:>9} {:>7} {:>5} {:>9.3} {:>6.3} {:>6.3}\n",
                t,
                sc.extracted,
                sc.correct,
                sc.gold,
                sc.precision(),
                sc.recall(),
                sc.f1()
            );
        }
        s
    }

    /// The fact types below a threshold.
    pub fn failing(&self, min_precision: f64, min_recall: f64) -> Vec<&'static str> {
        TYPES
            .into_iter()
            .filter(|t| {
                let sc = self.scores.get(t).cloned().unwrap_or_default();
                sc.precision() + 1e-9 < min_precision || sc.recall() + 1e-9 < min_recall
            })
            .collect()
    }
}

/// Evaluates extraction on the articles and gold files of `dir`.
pub fn evaluate(dir: &Path) -> Result<Report> {
    let tmp = tempfile::tempdir().map_err(|source| Error::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    let store = GraphStore::open(tmp.path())?;
    let report = pipeline::build(&store, &[dir.to_path_buf()], None)?;
    if report.read == 0 {
        return Err(Error::Usage(format!(
            "{}: no articles to evaluate",
            dir.display()
        )));
    }
    let gold = read_gold(dir)?;
    let extracted = read_extracted(&store)?;
    let sources: Vec<String> = gold.keys().cloned().collect();
    let mut out = Report {
        articles: sources.len(),
        ..Default::default()
    };
    for t in TYPES {
        out.scores.insert(t, Score::default());
    }
    for src in &sources {
        let g: Vec<&Vec<String>> = gold
            .get(src)
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        let x: Vec<&Fact> = extracted.iter().filter(|f| &f.source == src).collect();
        for t in TYPES {
            let gt: Vec<&Vec<String>> = g
                .iter()
                .copied()
                .filter(|l| kind_of(&l[0]) == Some(t))
                .collect();
            let xt: Vec<&Fact> = x.iter().copied().filter(|f| f.kind == t).collect();
            let mut used = vec![false; gt.len()];
            let sc = out.scores.entry(t).or_default();
            sc.gold += gt.len();
            sc.extracted += xt.len();
            for f in &xt {
                let hit = gt
                    .iter()
                    .enumerate()
                    .find(|(i, gl)| !used[*i] && fact_matches(f, gl));
                match hit {
                    Some((i, _)) => {
                        used[i] = true;
                        sc.correct += 1;
                        sc.found += 1;
                    }
                    None => {
                        if gt.iter().any(|gl| fact_matches(f, gl)) {
                            // A duplicate of a fact already matched: neither right nor wrong.
                            sc.extracted -= 1;
                        } else {
                            out.false_positives.push((
                                t.to_string(),
                                src.clone(),
                                f.fields
                                    .iter()
                                    .map(Field::show)
                                    .collect::<Vec<_>>()
                                    .join(" | "),
                            ));
                        }
                    }
                }
            }
            for (i, gl) in gt.iter().enumerate() {
                if !used[i] {
                    out.misses
                        .push((t.to_string(), src.clone(), gl.join(" | ")));
                }
            }
        }
    }
    Ok(out)
}

fn fact_matches(f: &Fact, gold: &[String]) -> bool {
    f.fields.len() == gold.len() && f.fields.iter().zip(gold).all(|(x, g)| x.matches(g))
}

/// The fact type of a gold line kind.
fn kind_of(line_kind: &str) -> Option<&'static str> {
    Some(match line_kind {
        "result" | "dnf" | "dns" => "results",
        "edition" => "editions",
        "ednumber" => "ednumbers",
        "raceday" => "racedays",
        "city" => "cities",
        "route" => "routes",
        "jobtitle" => "roles",
        "employer" => "employers",
        "nationality" => "nationalities",
        "person" => "people",
        "organization" => "organisations",
        "based" | "orgrole" => "orglinks",
        "count" | "spectators" => "counts",
        "issued" => "dates",
        _ => return None,
    })
}

/// Gold lines per article source, with series names reduced to their key.
fn read_gold(dir: &Path) -> Result<BTreeMap<String, Vec<Vec<String>>>> {
    let lx = lexicon::get();
    let mut out = BTreeMap::new();
    let mut files: Vec<PathBuf> = Vec::new();
    collect_gold(dir, &mut files).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|source| Error::Io {
            path: f.clone(),
            source,
        })?;
        let stem = f
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .trim_end_matches(".gold.tsv")
            .to_string();
        let article = ["txt", "md"]
            .iter()
            .map(|e| f.with_file_name(format!("{stem}.{e}")))
            .find(|p| p.exists());
        let Some(article) = article else { continue };
        let source = article
            .strip_prefix(dir)
            .unwrap_or(&article)
            .to_string_lossy()
            .replace('\\', "/");
        let mut lines = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut cols: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
            if !GOLD_KINDS.contains(&cols[0].as_str()) {
                return Err(Error::Usage(format!(
                    "{}:{}: unknown fact kind `{}`",
                    f.display(),
                    n + 1,
                    cols[0]
                )));
            }
            if cols[0] == "issued" && cols.get(1).is_some_and(|c| c == "-") {
                continue;
            }
            // Series are compared by key, so "X International Marathon" is "X Marathon".
            if matches!(
                cols[0].as_str(),
                "edition" | "result" | "dnf" | "dns" | "place" | "orgrole" | "count" | "spectators"
            ) {
                cols[1] = format!("series:{}", names::series_key(&cols[1], lx));
            }
            if cols[0] == "dnf" || cols[0] == "dns" {
                // result SERIES YEAR KM SEX STATUS ATHLETE -: a status for a position, no time.
                let status = if cols[0] == "dnf" {
                    "DidNotFinish"
                } else {
                    "DidNotStart"
                };
                let c = cols.clone();
                if c.len() < 6 {
                    return Err(Error::Usage(format!(
                        "{}:{}: `{}` needs 6 columns",
                        f.display(),
                        n + 1,
                        c[0]
                    )));
                }
                cols = vec![
                    "result".into(),
                    c[1].clone(),
                    c[2].clone(),
                    c[3].clone(),
                    c[4].clone(),
                    status.into(),
                    c[5].clone(),
                    "-".into(),
                ];
            }
            lines.extend(split_gold(cols));
        }
        out.insert(source, lines);
    }
    Ok(out)
}

fn collect_gold(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            collect_gold(&p, out)?;
        } else if p.to_string_lossy().ends_with(".gold.tsv") {
            out.push(p);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_as_values() {
        assert!(equal_values("42.195", "42.1950"));
        assert!(equal_values("pt2h12m8s", "pt2h12m08s"));
        assert!(!equal_values("pt2h12m8s", "pt2h12m9s"));
        assert!(Field::Names(vec!["tam ho sen".into()]).matches("Tam Ho Sen"));
        assert!(!Field::Names(vec!["vo min dal".into()]).matches("Tam Ho Sen"));
    }

    #[test]
    fn scores_are_ratios() {
        let s = Score {
            extracted: 4,
            correct: 3,
            gold: 6,
            found: 3,
        };
        assert_eq!(s.precision(), 0.75);
        assert_eq!(s.recall(), 0.5);
        assert!((s.f1() - 0.6).abs() < 1e-9);
        assert_eq!(Score::default().precision(), 1.0);
    }
}
