//! Calendar dates: parsing the forms articles use, and inferring an
//! article's publication date from its text.

use crate::pattern::Pattern;
use std::fmt;
use std::sync::LazyLock;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: i32, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    /// A date only when the day exists in that month.
    pub fn checked(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(1000..=2999).contains(&year) {
            return None;
        }
        Some(Self::new(year, month as u8, day as u8))
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Self {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Self::new(y as i32, m as u8, d as u8)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    /// The nearest date on `weekday` (0 = Monday) on or before this one, or
    /// on or after it when `forward`.
    pub fn nearest_weekday(self, weekday: u8, forward: bool) -> Self {
        let diff = (weekday as i64 - self.weekday() as i64).rem_euclid(7);
        if forward {
            Self::from_days(self.days() + diff)
        } else {
            Self::from_days(self.days() - (7 - diff) % 7)
        }
    }
}

/// The weekdays' names, Monday first.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The number of a weekday name (0 = Monday).
pub fn weekday_number(word: &str) -> Option<u8> {
    let w = word.to_ascii_lowercase();
    WEEKDAYS.iter().position(|d| *d == w).map(|i| i as u8)
}

/// Whether `word` is a weekday, whole or cut short ("Mon", "Tues.",
/// "Thurs"): no place, though a town may bear the name.
pub fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    w.len() >= 3
        && WEEKDAYS
            .iter()
            .any(|d| d.starts_with(&w) && (w.len() <= 5 || *d == w))
}

/// The number of a weekday written whole or cut short ("Sun.", "Tues").
fn weekday_by_prefix(word: &str) -> Option<u8> {
    let short = word.get(..3)?.to_ascii_lowercase();
    WEEKDAYS
        .iter()
        .position(|d| d.starts_with(&short))
        .map(|i| i as u8)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// `YYYY-MM-DD`, optionally followed by a time.
pub fn parse_iso(s: &str) -> Option<Date> {
    static ISO: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$"));
    let c = ISO.captures(s.trim())?;
    Date::checked(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

/// English month names, January first.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month number of an English month name or abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| {
            w == *m || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// Whether a word is a month's whole English name ("May", not "Mar.").
pub fn is_month_name(word: &str) -> bool {
    MONTHS.contains(&word.to_ascii_lowercase().as_str())
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// A date written in the text, possibly without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// Byte span in the text searched.
    pub start: usize,
    pub end: usize,
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// A numeric date whose day and month could be either way round.
    pub ambiguous: Option<(u32, u32)>,
    /// For a `d/m/y` numeric date, the first number as written.
    pub numeric_first: Option<u32>,
}

impl DateMention {
    pub fn date(&self) -> Option<Date> {
        Date::checked(self.year?, self.month, self.day)
    }
}

static NAMED_DMY: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+)?|/)({MONTH})(?:,?\s+(?:of\s+)?(\d{{4}})|/(\d{{4}}))?\b"
    ))
    .unwrap()
});
/// "12 october 2025": a month written in lower case, as some agencies'
/// datelines do, only between a day and a year (not "may", "march" alone).
static NAMED_DMY_LOWER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+(\d{4}))\b",
    )
});
static NAMED_MDY: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"
    ))
    .unwrap()
});
static NUMERIC: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"\b(\d{1,2})([/.\-]|\.\s|\s[\-–]\s)(\d{1,2})(?:[/.\-]|\.\s|\s[\-–]\s)(\d{4})\b|\b(\d{4})(?:-(\d{2})-(\d{2})|[/.](\d{1,2})[/.](\d{1,2}))\b",
    )
});

/// Every date in `text`, in order. Numeric dates whose day and month can be
/// either way round are returned with `ambiguous` set and read day-first;
/// use [`resolve_numeric_order`] to settle them for a whole article.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    for c in NUMERIC.captures_iter(text) {
        let m = c.get(0).unwrap();
        // Year first (`2025-04-06`, `2026/01/25`): month, then day.
        if let Some(y) = c.get(5) {
            let (mo, d) = match (c.get(6), c.get(7)) {
                (Some(mo), Some(d)) => (mo.as_str(), d.as_str()),
                _ => (&c[8], &c[9]),
            };
            let (Ok(y), Ok(mo), Ok(d)) = (y.as_str().parse(), mo.parse(), d.parse()) else {
                continue;
            };
            out.push(DateMention {
                start: m.start(),
                end: m.end(),
                year: Some(y),
                month: mo,
                day: d,
                ambiguous: None,
                numeric_first: None,
            });
            continue;
        }
        let (Ok(a), Ok(b), Ok(y)) = (
            c[1].parse::<u32>(),
            c[3].parse::<u32>(),
            c[4].parse::<i32>(),
        ) else {
            continue;
        };
        // Points (`07.09.2025`) are written day first wherever they are used.
        // (Also with a space after each point, as Czech and Slovak pages
        // write them: `29. 9. 2026`.)
        let dotted = c[2].starts_with('.');
        let (day, month, ambiguous) = match (a > 12, b > 12) {
            (true, false) => (a, b, None),
            (false, true) => (b, a, None),
            (false, false) if a == b || dotted => (a, b, None),
            (false, false) => (a, b, Some((a, b))),
            (true, true) => continue,
        };
        out.push(DateMention {
            start: m.start(),
            end: m.end(),
            year: Some(y),
            month,
            day,
            ambiguous,
            numeric_first: Some(a),
        });
    }
    // Named months, day first then month first ("6 April 2025", "April 6, 2025").
    for (re, day, month) in [
        (&*NAMED_DMY, 1, 2),
        (&*NAMED_MDY, 2, 1),
        (&*NAMED_DMY_LOWER, 1, 2),
    ] {
        for c in re.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            if out.iter().any(|d| d.start < m.end() && m.start() < d.end) {
                continue;
            }
            let (Some(month), Ok(day)) = (month_number(&c[month]), c[day].parse()) else {
                continue;
            };
            out.push(DateMention {
                start: m.start(),
                end: m.end(),
                // ("25/January/2025": the year after a slash, group 4.)
                year: c
                    .get(3)
                    .or_else(|| c.get(4))
                    .and_then(|y| y.as_str().parse().ok()),
                month,
                day,
                ambiguous: None,
                numeric_first: None,
            });
        }
    }
    out.retain(|d| (1..=12).contains(&d.month) && (1..=31).contains(&d.day));
    out.sort_by_key(|d| d.start);
    out
}

/// Settles ambiguous numeric dates from the unambiguous numeric ones of the
/// same text: a `23/04/2025` elsewhere means the site writes day first.
/// When nothing settles it, ambiguous dates are dropped.
pub fn resolve_numeric_order(all: &[DateMention], text_dates: &mut Vec<DateMention>) {
    resolve_numeric_order_by(all, &[], text_dates);
}

/// As [`resolve_numeric_order`], and last of all by the weekdays the text
/// says its events fell on (`on Sunday`): a report comes out that day or
/// within two days after, so of `07/04/2025` (Monday 7 April or Friday 4
/// July) a report of a race "on Sunday" is of 7 April. Used for an
/// article's own date only.
pub fn resolve_numeric_order_by(
    all: &[DateMention],
    weekdays: &[u8],
    text_dates: &mut Vec<DateMention>,
) {
    let soon_after = |d: Option<Date>| {
        d.is_some_and(|d| {
            weekdays
                .iter()
                .any(|&w| d.days() - d.nearest_weekday(w, false).days() <= 2)
        })
    };
    let day_first = all
        .iter()
        .any(|d| d.ambiguous.is_none() && is_numeric_dmy(d, true));
    let month_first = all
        .iter()
        .any(|d| d.ambiguous.is_none() && is_numeric_dmy(d, false));
    // Else the months the article names ("Friday, May 1" beside 02-05-2026):
    // the reading whose month is among them, when only one is.
    let named: Vec<u32> = all
        .iter()
        .filter(|d| d.numeric_first.is_none() && d.ambiguous.is_none())
        .map(|d| d.month)
        .collect();
    text_dates.retain_mut(|d| match d.ambiguous {
        None => true,
        Some((a, b)) if day_first && !month_first => {
            (d.day, d.month) = (a, b);
            true
        }
        Some((a, b)) if month_first && !day_first => {
            (d.day, d.month) = (b, a);
            true
        }
        Some((a, b)) if !day_first && !month_first && named.contains(&b) != named.contains(&a) => {
            (d.day, d.month) = if named.contains(&b) { (a, b) } else { (b, a) };
            true
        }
        Some((a, b)) => {
            let y = d.year.unwrap_or(0);
            let (dm, md) = (Date::checked(y, b, a), Date::checked(y, a, b));
            match (soon_after(dm), soon_after(md)) {
                (true, false) => (d.day, d.month) = (a, b),
                (false, true) => (d.day, d.month) = (b, a),
                _ => return false,
            }
            true
        }
    });
}

// Whether an unambiguous numeric date was written day-first (or month-first).
// Only `d/m/y` forms count; ISO dates say nothing about the site's order.
fn is_numeric_dmy(d: &DateMention, day_first: bool) -> bool {
    d.numeric_first
        .map(|first| (first == d.day) == day_first && d.day != d.month)
        .unwrap_or(false)
}

mod publication;
mod weekday_dateline;

pub use publication::{infer_publication_date, infer_publication_year};

#[cfg(test)]
mod tests;
