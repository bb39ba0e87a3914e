//! A line that names one category's winner: `Men's Marathon: NAME
//! (Country) – 2:12:08`, or a local TV station's roll of winners,
//! `Marathon Men's Winner NAME, Edmond, OK – 2:27:51` (a day in brackets
//! after "Winner" allowed: `5K Women's Winner (Saturday) NAME, Town, ST –
//! 18:40`). The category must name a sex. And a category's first places
//! in one line under a heading of one sex (`Marathon: A in 2:49:15 ahead
//! of B/Club (2:51:40) and C (2:53:02)`).

use super::headings::parse_category;
use super::lists::{Category, Outcome, Pending, NAME, TIME};
use crate::pattern::fixed as re;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// "Men’s Marathon: NAME (Country) – 2:12:08"
pub(super) static CATEGORY_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<cat>[^:]{{2,40}}):\s*(?P<name>{NAME})\s*\((?P<nat>[^)]{{2,40}})\)\s*[,–—\-]*\s*{TIME}"
    ))
});

/// "Marathon Men's Winner NAME, Edmond, OK – 2:27:51"
static WINNER_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<cat>[^:,–—]{{2,40}}?)\s+Winner(?:\s*\([^)]{{1,20}}\))?\s*:?\s+(?P<name>{NAME}),(?:\s*[\p{{Lu}}][\p{{L}} .'’\-]{{1,30}},?){{1,2}}\s*[–—\-]\s*{TIME}\s*(?:\*.*)?$"
    ))
});

/// A category's winner, with nationality (of the first shape) and time.
pub(super) fn read(
    t: &str,
    lx: &crate::lexicon::Lexicon,
) -> Option<(Category, String, Option<String>, String)> {
    let (c, nat) = match CATEGORY_LINE.captures(t) {
        Some(c) => {
            let nat = c.name("nat").map(|m| m.as_str().trim().to_string());
            (c, nat)
        }
        None => (WINNER_LINE.captures(t)?, None),
    };
    // ("Veterans men: X (Club) 34:12": an age group's or another class's
    // winner, `[other_class]`, none of the open race.)
    if super::headings::is_other_class(&c["cat"], lx) {
        return None;
    }
    let cat = parse_category(&c["cat"], lx)?;
    // (A roll of winners' line names no country: its category must name
    // the sex.)
    if nat.is_none() && cat.sex.is_none() {
        return None;
    }
    // (The time is the last group, of `TIME`.)
    let time = crate::extract::measure::times(c.get(c.len() - 1)?.as_str())
        .first()
        .map(|t| t.duration())?;
    Some((cat, c["name"].trim().to_string(), nat, time))
}

/// "Marathon: A in 2:49:15 ahead of B/Club (2:51:40) and C, Club, in
/// 2:53:02" under a heading of one sex ("Men"): a category's first places
/// in one line, each runner with a club after a slash, between commas or
/// after "of" or "from", and a time after "in" or in brackets.
static PODIUM_LABEL: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^(?P<cat>[^:()]{2,30}):\s+(?P<rest>\p{Lu}.*)$"));
/// What stands between one runner's time and the next runner.
static PODIUM_NEXT: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^[\s)]*(?:[,;]\s*)?(?:(?:ahead\s+of|followed\s+by|before|and)\s+)?"));
/// What stands between a runner's name and time: a club, "in", a bracket.
static PODIUM_CLUB: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^(?:\s*/[^(),/]{1,40}?|,\s*[^(),]{1,40}?,?|\s+(?:of|from)\s+[^(),]{1,40}?)?\s*,?\s*(?:in\s+|\(\s*)$",
    )
});

/// The category and its runners, first place first, with their times.
pub(super) fn podium_line(
    t: &str,
    lx: &crate::lexicon::Lexicon,
    heading: Option<&Category>,
) -> Option<(Category, Vec<(String, String)>)> {
    static NAME_AT: LazyLock<Pattern> = LazyLock::new(|| re(&format!("^{NAME}")));
    let c = PODIUM_LABEL.captures(t)?;
    let mut cat = parse_category(&c["cat"], lx)?;
    let km: f64 = cat.distance.as_deref()?.parse().ok()?;
    if cat.sex.is_none() {
        cat.sex = heading.and_then(|h| h.sex);
    }
    cat.sex?;
    let rest = c.name("rest")?.as_str();
    let mut runners = Vec::new();
    let mut pos = 0;
    for tm in crate::extract::measure::times(rest) {
        let seg = &rest[pos..tm.start];
        let seg = &seg[PODIUM_NEXT.find(seg).map_or(0, |m| m.end())..];
        let name = NAME_AT.find(seg)?;
        if !PODIUM_CLUB.is_match(&seg[name.end()..]) {
            return None;
        }
        let time = super::results::fitted_time(&tm.duration(), km)?;
        runners.push((name.as_str().trim().to_string(), time));
        pos = tm.end;
    }
    let tail = rest[pos..].trim_matches(|ch: char| ch == ')' || ch == '.' || ch.is_whitespace());
    (tail.is_empty() && !runners.is_empty()).then_some((cat, runners))
}

/// The results of a podium line, first place first.
pub(super) fn podium_results(
    (cat, runners): (Category, Vec<(String, String)>),
    series: usize,
    year: i32,
    sentence: usize,
) -> Vec<Pending> {
    (1..)
        .zip(runners)
        .map(|(place, (athlete, time))| Pending {
            series,
            year,
            category: cat.clone(),
            athlete,
            nationality: None,
            outcome: Outcome::Position(place),
            time: Some(time),
            sentence,
        })
        .collect()
}
