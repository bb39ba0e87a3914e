//! Results in prose told of two runners at once, and runners of another
//! race than the open one: helpers of [`super::prose`].
//!
//! - "A (2:46:51) and B (2:50:02) won the silver and bronze respectively",
//!   "with A and B finishing second and third, respectively": the places
//!   go to the runners in order.
//! - "In the wheelchair race, …", "claimed the domestic men's title": the
//!   runner's place is not one of the open race.

use super::lists::Outcome;
use super::measure;
use super::names::Chunk;
use super::prose::{add_result, sex_of_race, Told};
use super::Extractor;
use crate::contract::Sex;
use crate::lexicon::Section;
use regex::Regex;
use std::sync::LazyLock;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("static pattern")
}

const PLACE: &str = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up|gold|silver|bronze|\d{1,2}(?:st|nd|rd|th)";

/// Between the two runners: a bracket (their time), "and", a possessive
/// country ("Ethiopia's").
static PAIR_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\([^)]{1,30}\)\s*)?,?\s*(?:and|&)\s+(?:\p{Lu}[\p{L}\-]+[’']s\s+|\p{Lu}[\p{L}\-]+\s+)?$",
    )
});

/// After the second runner: its bracket, then the places "respectively".
static RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:\(([^)]{{1,30}})\)\s*)?[^.;()]{{0,60}}?\b({PLACE})\s+and\s+({PLACE})\b(?:\s+(?:places?|positions?|medals?))?,?\s+respectively\b"
    ))
});

/// "respectively" after a runner: places that go to a list of runners.
pub(super) static RESPECTIVELY_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\brespectively\b"));

/// The place a word gives: "silver" 2, "third" 3, "4th" 4.
fn place_of(w: &str) -> Option<i64> {
    match w.to_lowercase().as_str() {
        "gold" => Some(1),
        "silver" | "runner-up" => Some(2),
        "bronze" => Some(3),
        other => measure::ordinal(other),
    }
}

/// Reads pairs of runners given places "respectively"; returns the indices
/// of the runners it gave results to.
pub(super) fn respectively(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    sex_before: Option<Sex>,
) -> Vec<usize> {
    let t = x.text(i).to_string();
    let mut done = Vec::new();
    for k in 0..runners.len().saturating_sub(1) {
        let ((a, a_start), (b, b_start)) = (&runners[k], &runners[k + 1]);
        let gap = &t[a.end..*b_start];
        if !PAIR_GAP.is_match(gap) {
            continue;
        }
        let end = runners.get(k + 2).map_or(t.len(), |(n, _)| n.start);
        let Some(m) = RESPECTIVELY.captures(&t[b.end..end]) else {
            continue;
        };
        let (Some(p1), Some(p2)) = (place_of(&m[2]), place_of(&m[3])) else {
            continue;
        };
        if p1 >= p2 {
            continue;
        }
        let Some(year) = x.year_at(i, a.start) else {
            continue;
        };
        let said = sex_of_race(&t[..a.start]).or_else(|| sex_of_race(&t[b.end..end]));
        let time_a = measure::times(gap).first().map(|tm| tm.duration());
        let time_b = m
            .get(1)
            .and_then(|g| measure::times(g.as_str()).first().map(|tm| tm.duration()));
        for (start, end_name, place, time) in
            [(*a_start, a.end, p1, time_a), (*b_start, b.end, p2, time_b)]
        {
            add_result(
                x,
                i,
                Told {
                    said_in: &t,
                    series,
                    year,
                    sex: said.or(sex_before),
                    explicit: said.is_some(),
                    name: &t[start..end_name],
                    outcome: Outcome::Position(place),
                    time,
                },
            );
        }
        done.extend([k, k + 1]);
    }
    done
}

/// Whether a runner's words name another race than the open one ("In the
/// wheelchair race", "the domestic men's title", "the masters category"):
/// a word of `[subgroup]` before a word for a race or a ranking.
pub(super) fn other_race(text: &str) -> bool {
    static OTHER: LazyLock<Regex> = LazyLock::new(|| {
        let words: Vec<String> = crate::lexicon::get()
            .words(Section::Subgroup)
            .iter()
            .map(|w| regex::escape(w))
            .collect();
        re(&format!(
            r"(?i)\b(?:{})\s+(?:(?:men[’']s|women[’']s|male|female|men|women)\s+)?(?:title|titles|group|race|races|category|categories|field|ranking|rankings|division|section|class|event|standings|competition)\b",
            words.join("|")
        ))
    });
    OTHER.is_match(text)
}
