//! A press release's dateline that gives a weekday and a day but no year
//! ("**Sunday, April 13.-** A new edition …"), the year written in the
//! headline above it: the one year of the headline whose calendar puts
//! that day on that weekday dates the article.

use super::{find_dates, weekday_by_prefix, Date};
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// How many of the first lines may hold the year (the headline, a deck).
const HEAD_LINES: usize = 3;

/// The date of such a dateline among `lines` (the article's first lines,
/// trimmed of markup), if the headline's years fit it in exactly one way.
pub(super) fn find(lines: &[&str]) -> Option<Date> {
    static WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)^((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?\s+")
    });
    // The dateline ends on a dash, perhaps after a point ("13.-", "13 –").
    static END: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^\s*\.?\s*[-–—]+\**\s"));
    static YEAR: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"\b((?:19|20)\d\d)\b"));
    let years: Vec<i32> = lines
        .iter()
        .take(HEAD_LINES)
        .flat_map(|l| YEAR.captures_iter(l).filter_map(|c| c[1].parse().ok()))
        .collect();
    lines.iter().find_map(|l| {
        let w = WEEKDAY.captures(l)?;
        let weekday = weekday_by_prefix(&w[1])?;
        let rest = &l[w.get(0)?.end()..];
        let found = find_dates(rest);
        let f = found.first().filter(|f| f.start == 0 && f.year.is_none())?;
        if !END.is_match(&rest[f.end..]) {
            return None;
        }
        let mut fits = years
            .iter()
            .filter_map(|&y| Date::checked(y, f.month, f.day))
            .filter(|d| d.weekday() == weekday);
        let first = fits.next()?;
        fits.all(|d| d == first).then_some(first)
    })
}
