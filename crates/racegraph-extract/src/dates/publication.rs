//! An article's publication date, inferred from its own text: a date after
//! a word such as "published", a dateline, a byline, a line that is only a
//! date, the page's foot (see [`infer_publication_date`]).

use super::{
    find_dates, resolve_numeric_order_by, weekday_dateline, weekday_number, Date, DateMention,
};
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A date with a two-digit year right after a publication word ("published
/// on 10/19/25 3:13 PM"): month and day either way round when one of them
/// is over 12, else none.
fn short_year(text: &str) -> Option<Date> {
    static SHORT: LazyLock<Pattern> =
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
///   `Posted 11:52 a.m. Mar 2, 2025`; a Korean portal's `Input
///   2026.03.02 17:40`),
///   or after `date` opening the line (`date 2025-04-06`);
/// - a wire dateline (`RABAT, March 9, 2025 (Wire) -`, `GALWAY - 6 October 2025`);
/// - a byline with a date (`By Eszter Varga · 11 October 2024`);
/// - a line that is only a date, perhaps with a weekday and a time.
///
/// A page's "Today" line is the reader's day and a "Race date" line the
/// race's, not the article's; both are passed over.
pub fn infer_publication_date(body: &str) -> Option<Date> {
    infer(body, false)
}

/// The year an article was published, where its date is written with
/// numbers whose day and month could be either way round (`10/05/2026
/// 14:32` in a byline): [`infer_publication_date`] gives no date then,
/// but the year is certain.
pub fn infer_publication_year(body: &str) -> Option<i32> {
    infer(body, true).map(|d| d.year)
}

fn infer(body: &str, keep_ambiguous: bool) -> Option<Date> {
    static KEYWORD: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:published|posted|issued|updated|released|last\s+updated?|input|modified)(?:\s+on)?:?\s*(?:(?:at\s+)?(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?)\s*(?-i:[A-Z]{2,4}\b)?\s*[,|·\-–—]?\s*(?:on\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?|^date[d:]?\s*",
        )
    });
    static NOT_PUBLICATION: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)^(?:today|race\s+(?:date|day)|event\s+date|start\s+time)\b")
    });
    static DATELINE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"^\(?([\p{Lu}][\p{Lu} .'’\-]{2,30}?)\s*(?:,|[-–—])\s+(?:\p{Lu}[\p{L} .'’\-]{2,30}?(?:,|\s[–—])\s+)?(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
        )
    });
    static BYLINE: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^(?i:by)\s+[^·|–—]{2,60}?\s*[·|–—-]\s*"));
    static DATE_LINE_REST: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)^[\s,.|\-–—]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?|\s*h\b)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\.?)?[\s|]*(?:(?:·|\||\s{2})\s*(?:by\s+)?\p{L}[\p{L}&]*(?:\s\p{L}[\p{L}&]*){0,3}\s*)?$",
        )
    });
    static WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+")
    });
    static RACE_WORD: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)\b(?:marathon|half|10\s?k|race|run|results?)\b")
    });
    // "11-12 October", not "2025-10-12".
    static RANGE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?:^|[^\d\-])\d{1,2}\s*[-–]\s*\d{1,2}(?:$|[^\d\-])")
    });
    static TITLED_DATELINE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"^\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){0,2},\s+")
    });
    static DATELINE_END: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"^\**\s*(?:\([^)]{1,30}\)\s*)?(?:[–—-]|\.(?:\s+\p{Lu}|\s*$)|[.,]?\s+\d{1,2}[:.]\d{2}(?:\s*h\.?)?\s*$)",
        )
    });
    // A label glued to the date ("Report16 Mar 2025"): set apart.
    static GLUED: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^(\p{Lu}\p{Ll}{2,})(\d{1,2}\s+\p{L})"));
    let all = find_dates(body);
    // The weekdays the text says things happened on ("on Sunday").
    static ON_WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        )
    });
    let weekdays: Vec<u8> = ON_WEEKDAY
        .captures_iter(body)
        .filter_map(|c| weekday_number(&c[1]))
        .collect();
    // (Ambiguous dates the text does not settle are kept, read day
    // first, where only the year is wanted.)
    let resolve_numeric_order = |all: &[DateMention], found: &mut Vec<DateMention>| {
        if !keep_ambiguous {
            resolve_numeric_order_by(all, &weekdays, found)
        }
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
    // A reading time after a date is none of the line's words: "06.09.2026
    // · 12:37 · Reading time 2 min.".
    static READING_TIME: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\s*[·|]\s*(?:reading\s+time:?\s*)?\d{1,2}\s*min(?:utes?|s)?\.?(?:\s+read)?\s*$",
        )
    });
    let raw_lines: Vec<&str> = body
        .lines()
        .map(|l| {
            let l = l
                .trim()
                .trim_matches(|c: char| c == '*' || c == '_' || c == '#' || c.is_whitespace());
            READING_TIME.find(l).map_or(l, |m| &l[..m.start()])
        })
        .filter(|l| !l.is_empty())
        .collect();
    // (Months of other languages put in English in the lines read below:
    // the head's fifteen and the foot's four.)
    let n = raw_lines.len();
    let in_english: Vec<std::borrow::Cow<str>> = raw_lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            if k < 15 || k + 4 >= n {
                english_month(l)
            } else {
                (*l).into()
            }
        })
        .collect();
    let all_lines: Vec<&str> = in_english.iter().map(|l| l.as_ref()).collect();
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
        static BRACKETED_DATELINE: LazyLock<Pattern> = LazyLock::new(|| {
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
        // (Not an hour after the date: "Monday, 15 June 2026 | 09:20 a.m.")
        static HOUR: LazyLock<Pattern> =
            LazyLock::new(|| crate::pattern::fixed(r"^\d{1,2}[:.]\d{2}\b"));
        let l = l
            .rsplit_once(" | ")
            .or_else(|| l.rsplit_once(" · "))
            .or_else(|| l.rsplit_once(" |"))
            .map(|(_, last)| last.trim())
            // ("Monday 23 March 2026 · by the Cove results desk": a sender
            // after the date, no date after the label.)
            .filter(|last| !HOUR.is_match(last) && last.chars().any(|c| c.is_ascii_digit()))
            .unwrap_or(l);
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
        static LABEL_WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
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
    static BRACKETED: LazyLock<Pattern> = LazyLock::new(|| {
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
        // 9. The page's own address, printed at its head, with the day in
        // its path (`https://news.example/sport/2026/05/10/slug/`).
        .or_else(|| lines.iter().take(4).find_map(|l| address_date(l)))
}

/// A line with a date whose month is named in another language ("Sâmbătă,
/// 14 iunie 2025", "nedeľa 7. septembra 2025", "domingo 16 de marzo de
/// 2025"; `[month_word]`), between a day's number and a year, as the date
/// in English ("14 june 2025", a month in lower case between a day and a
/// year, which dates read).
fn english_month(line: &str) -> std::borrow::Cow<'_, str> {
    static FOREIGN: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,})\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b",
        )
    });
    // (The year first, as Hungarian writes it: "2025. október 12.".)
    static YEAR_FIRST: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"\b((?:19|20)\d\d)\.\s+(\p{L}{3,})\s+(\d{1,2})\.(\s|,|$)")
    });
    let (c, day, year) = match FOREIGN.captures(line) {
        Some(c) => (c, 1, 3),
        None => match YEAR_FIRST.captures(line) {
            Some(c) => (c, 3, 1),
            None => return line.into(),
        },
    };
    let lx = crate::lexicon::get();
    let word = c[2].to_lowercase();
    let month = lx
        .pair(crate::lexicon::Section::MonthWord, &word)
        .flatten()
        .and_then(|n| n.parse::<usize>().ok())
        .or_else(|| {
            super::month_number(&word)
                .filter(|_| year == 1)
                .map(|n| n as usize)
        })
        .and_then(|n| super::MONTHS.get(n.wrapping_sub(1)));
    match (month, c.get(0)) {
        (Some(m), Some(all)) => format!(
            "{}{} {m} {}{}{}",
            &line[..all.start()],
            &c[day],
            &c[year],
            c.get(4).map_or("", |after| after.as_str()),
            &line[all.end()..]
        )
        .into(),
        _ => line.into(),
    }
}

/// The day in the path of a line that is a web address alone.
fn address_date(line: &str) -> Option<Date> {
    static ADDRESS: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"^(?:https?://|www\.)[^\s/]+/(?:[^\s/]+/)*?((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/\S*)?$",
        )
    });
    let c = ADDRESS.captures(line)?;
    Date::checked(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}
