//! A line that names one category's winner: `Men's Marathon: NAME
//! (Country) – 2:12:08`, or a local TV station's roll of winners,
//! `Marathon Men's Winner NAME, Edmond, OK – 2:27:51` (a day in brackets
//! after "Winner" allowed: `5K Women's Winner (Saturday) NAME, Town, ST –
//! 18:40`). The category must name a sex.

use super::headings::parse_category;
use super::lists::{Category, NAME, TIME};
use crate::pattern::fixed as re;
use regex::Regex;
use std::sync::LazyLock;

/// "Men’s Marathon: NAME (Country) – 2:12:08"
pub(super) static CATEGORY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<cat>[^:]{{2,40}}):\s*(?P<name>{NAME})\s*\((?P<nat>[^)]{{2,40}})\)\s*[,–—\-]*\s*{TIME}"
    ))
});

/// "Marathon Men's Winner NAME, Edmond, OK – 2:27:51"
static WINNER_LINE: LazyLock<Regex> = LazyLock::new(|| {
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
