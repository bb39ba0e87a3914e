//! Calendar dates: parsing the forms articles use, and inferring an
//! article's publication date from its text.

use regex::Regex;
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
    static ISO: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::fixed(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$"));
    let c = ISO.captures(s.trim())?;
    Date::checked(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

/// The month number of an English month name or abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
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
    MONTHS
        .iter()
        .position(|m| {
            w == *m || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
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

static NAMED_DMY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+)?|/)({MONTH})(?:,?\s+(\d{{4}})|/(\d{{4}}))?\b"
    ))
    .unwrap()
});
/// "12 october 2025": a month written in lower case, as some agencies'
/// datelines do, only between a day and a year (not "may", "march" alone).
static NAMED_DMY_LOWER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+(\d{4}))\b",
    )
});
static NAMED_MDY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"
    ))
    .unwrap()
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"\b(\d{1,2})([/.\-])(\d{1,2})[/.\-](\d{4})\b|\b(\d{4})(?:-(\d{2})-(\d{2})|[/.](\d{1,2})[/.](\d{1,2}))\b",
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
        let dotted = &c[2] == ".";
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

/// A date with a two-digit year right after a publication word ("published
/// on 10/19/25 3:13 PM"): month and day either way round when one of them
/// is over 12, else none.
fn short_year(text: &str) -> Option<Date> {
    static SHORT: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::fixed(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2})(?:$|[^\d/])"));
    let c = SHORT.captures(text)?;
    let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let year = 2000 + c[3].parse::<i32>().ok()?;
    match (a > 12, b > 12) {
        (false, true) => Date::checked(year, a, b),
        (true, false) => Date::checked(year, b, a),
        _ => None,
    }
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

/// "SUNDAY 6 JULY 2025" as "Sunday 6 July 2025".
fn title_case(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut start = true;
    for c in l.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// The publication date an article states about itself, from its first
/// lines, in this order of trust:
/// - a date after a word such as `published`, `posted`, `issued` or
///   `updated`, anywhere in the line (`Results posted 23 September 2024`,
///   `Posted 11:52 a.m. Mar 2, 2025`),
///   or after `date` opening the line (`date 2025-04-06`);
/// - a wire dateline (`RABAT, March 9, 2025 (Wire) -`, `GALWAY - 6 October 2025`);
/// - a byline with a date (`By Eszter Varga · 11 October 2024`);
/// - a line that is only a date, perhaps with a weekday and a time.
///
/// A page's "Today" line is the reader's day and a "Race date" line the
/// race's, not the article's; both are passed over.
pub fn infer_publication_date(body: &str) -> Option<Date> {
    static KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:published|posted|issued|updated|released|last\s+update)(?:\s+on)?:?\s*(?:(?:at\s+)?(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?)\s*(?-i:[A-Z]{2,4}\b)?\s*[,|·\-–—]?\s*(?:on\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?|^date[d:]?\s*",
        )
    });
    static NOT_PUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)^(?:today|race\s+(?:date|day)|event\s+date|start\s+time)\b")
    });
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"^\(?([\p{Lu}][\p{Lu} .'’\-]{2,30}?)\s*(?:,|[-–—])\s+(?:\p{Lu}[\p{L} .'’\-]{2,30}?(?:,|\s[–—])\s+)?(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
        )
    });
    static BYLINE: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::fixed(r"^(?i:by)\s+[^·|–—]{2,60}?\s*[·|–—-]\s*"));
    static DATE_LINE_REST: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)^[\s,.|\-–—]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\.?)?[\s|]*(?:(?:·|\||\s{2})\s*\p{L}[\p{L}&]*(?:\s\p{L}[\p{L}&]*)?\s*)?$",
        )
    });
    static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+")
    });
    static RACE_WORD: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)\b(?:marathon|half|10\s?k|race|run|results?)\b")
    });
    // "11-12 October", not "2025-10-12".
    static RANGE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?:^|[^\d\-])\d{1,2}\s*[-–]\s*\d{1,2}(?:$|[^\d\-])")
    });
    static TITLED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(r"^\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){0,2},\s+")
    });
    static DATELINE_END: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(r"^\**\s*(?:\([^)]{1,30}\)\s*)?(?:[–—-]|\.(?:\s+\p{Lu}|\s*$))")
    });
    // A label glued to the date ("Report16 Mar 2025"): set apart.
    static GLUED: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::fixed(r"^(\p{Lu}\p{Ll}{2,})(\d{1,2}\s+\p{L})"));
    let all = find_dates(body);
    // The weekdays the text says things happened on ("on Sunday").
    static ON_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        )
    });
    let weekdays: Vec<u8> = ON_WEEKDAY
        .captures_iter(body)
        .filter_map(|c| weekday_number(&c[1]))
        .collect();
    let resolve_numeric_order = |all: &[DateMention], found: &mut Vec<DateMention>| {
        resolve_numeric_order_by(all, &weekdays, found)
    };
    let first_date = |text: &str, at_start: bool| -> Option<Date> {
        let mut found = find_dates(text);
        resolve_numeric_order(&all, &mut found);
        let first = found.first()?;
        if at_start && first.start != 0 {
            return None;
        }
        first.date()
    };
    let all_lines: Vec<&str> = body
        .lines()
        .map(|l| {
            l.trim()
                .trim_matches(|c: char| c == '*' || c == '_' || c == '#' || c.is_whitespace())
        })
        .filter(|l| !l.is_empty())
        .collect();
    let lines: Vec<&str> = all_lines.iter().copied().take(15).collect();
    let usable = |l: &str| !NOT_PUBLICATION.is_match(l);
    // 1. A date after a publication word (even on a "Race date" line).
    for l in lines.iter().copied() {
        if let Some(m) = KEYWORD.find_iter(l).last() {
            if let Some(d) = first_date(&l[m.end()..], true).or_else(|| short_year(&l[m.end()..])) {
                return Some(d);
            }
        }
    }
    // 2. A dateline, 3. a byline, 4. a line that is only a date.
    for l in lines.iter().copied().filter(|l| usable(l)) {
        let dateline = DATELINE.captures(l).filter(|c| {
            c[1].chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        });
        if let Some(m) = dateline.and_then(|c| c.get(0)) {
            if let Some(d) = first_date(&l[m.end()..], true) {
                return Some(d);
            }
        }
        // "CHATTANOOGA, Tenn. (March 24, 2025) – …": a press release's
        // dateline, the date in brackets (with its year).
        static BRACKETED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"^[\p{Lu}][\p{Lu} .'’\-]{2,30}?(?:,\s+\p{Lu}[\p{L}.]{1,15})?\s+\(([^()]{6,30})\)\s*[–—-]",
            )
        });
        if let Some(inner) = BRACKETED_DATELINE.captures(l).and_then(|c| c.get(1)) {
            let mut found = find_dates(inner.as_str());
            resolve_numeric_order(&all, &mut found);
            let whole = found
                .first()
                .filter(|f| f.start == 0 && f.end == inner.as_str().len() && f.year.is_some());
            if let Some(d) = whole.and_then(|f| f.date()) {
                return Some(d);
            }
        }
        // "Graz, 12 October 2025 – …": a dateline in title case needs the year.
        if let Some(m) = TITLED_DATELINE.find(l) {
            let rest = &l[m.end()..];
            let mut found = find_dates(rest);
            resolve_numeric_order(&all, &mut found);
            if let Some(f) = found.first().filter(|f| f.start == 0 && f.year.is_some()) {
                if DATELINE_END.is_match(&rest[f.end..]) {
                    if let Some(d) = f.date() {
                        return Some(d);
                    }
                }
            }
        }
        if let Some(m) = BYLINE.find(l) {
            // "By A B | Sunday, November 2, 2025 12:55": a weekday first.
            let rest = &l[m.end()..];
            let rest = &rest[WEEKDAY.find(rest).map_or(0, |w| w.end())..];
            if let Some(d) = first_date(rest, true) {
                return Some(d);
            }
        }
        // "SPORT | Monday, 10 November 2025", "Post · Sports · 02-05-2026":
        // labels before the date.
        // ("17th Lakeside Marathon |2 March 2025": the bar written close.)
        let l = l
            .rsplit_once(" | ")
            .or_else(|| l.rsplit_once(" · "))
            .or_else(|| l.rsplit_once(" |"))
            .map_or(l, |(_, last)| last.trim());
        // "SUNDAY 6 JULY 2025": a line in capitals read as written in title case.
        let titled;
        let l = if l.chars().any(char::is_uppercase) && !l.chars().any(char::is_lowercase) {
            titled = title_case(l);
            titled.as_str()
        } else {
            l
        };
        // ("Sport Saturday 25/January/2025 19:40 PM": a section's label
        // before the weekday.)
        static LABEL_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"^(?:\p{Lu}[\p{L}&]+\s+){1,2}(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)",
            )
        });
        let from = WEEKDAY
            .find(l)
            .or_else(|| LABEL_WEEKDAY.find(l))
            .map_or(0, |m| m.end());
        let rest = &l[from..];
        let mut found = find_dates(rest);
        resolve_numeric_order(&all, &mut found);
        if let Some(first) = found
            .first()
            .filter(|f| f.start == 0 && DATE_LINE_REST.is_match(&rest[f.end..]))
        {
            if let Some(d) = first.date() {
                return Some(d);
            }
        }
    }
    // 6. The page's foot: a publication word, a line that is only a date,
    // or an outlet's name before a date ("The Valley Courier May 9, 2025").
    let tail: Vec<&str> = all_lines
        .iter()
        .copied()
        .skip(15)
        .rev()
        .take(4)
        .filter(|l| usable(l))
        .collect();
    let foot = || {
        for l in tail.iter().copied() {
            if let Some(m) = KEYWORD.find_iter(l).last() {
                if let Some(d) =
                    first_date(&l[m.end()..], true).or_else(|| short_year(&l[m.end()..]))
                {
                    return Some(d);
                }
            }
            if l.split_whitespace().count() > 8 || RACE_WORD.is_match(l) || RANGE.is_match(l) {
                continue;
            }
            let rest = &l[WEEKDAY.find(l).map_or(0, |m| m.end())..];
            let mut found = find_dates(rest);
            resolve_numeric_order(&all, &mut found);
            if let [f] = found.as_slice() {
                let before = &rest[..f.start];
                let named = before.is_empty()
                    || before
                        .split_whitespace()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
                if named && f.year.is_some() && DATE_LINE_REST.is_match(&rest[f.end..]) {
                    return f.date();
                }
            }
        }
        None
    };
    // 5. A short line of the page's head that holds one full date among
    // other fields: "Monday, 19 May 2025 | News Desk", "Riga Weekly · Sport
    // · 10 May 2025", "(Agency) 15:07, June 09, 2025", "15.09.2025 | Desk".
    for l in lines.iter().copied().take(8).filter(|l| usable(l)) {
        // A line naming a race ("X Marathon, Seville – 16 February 2025")
        // dates the race, and a range ("11-12 October") a weekend.
        if l.split_whitespace().count() > 16
            || l.ends_with('.')
            || RACE_WORD.is_match(l)
            || RANGE.is_match(l)
        {
            continue;
        }
        let unglued = GLUED.replace(l, "$1 $2");
        let mut found = find_dates(&unglued);
        resolve_numeric_order(&all, &mut found);
        let full: Vec<Date> = found.iter().filter_map(|f| f.date()).collect();
        if let [d] = full.as_slice() {
            return Some(*d);
        }
    }
    // 7. A full date with its weekday in brackets in the opening lines ("the
    // pick of the weekend's action (Monday 22nd September 2025)"): the
    // article's day or its race's, either way the year the text speaks in.
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+([^()]{6,30})\)")
    });
    foot()
        .or_else(|| {
            lines.iter().take(4).find_map(|l| {
                BRACKETED.captures_iter(l).find_map(|c| {
                    let inner = c.get(1)?.as_str();
                    let found = find_dates(inner);
                    let f = found
                        .first()
                        .filter(|f| f.start == 0 && f.end == inner.len())?;
                    f.date()
                })
            })
        })
        // 8. "Sunday, April 13.- …" under a headline that gives the year.
        .or_else(|| weekday_dateline::find(&lines))
}

mod weekday_dateline;

#[cfg(test)]
mod tests;
