//! What the lines around a results list say of it: a heading's year,
//! category and race, headings of another race, class or championship,
//! and rows written one after another in a line.

use super::lists::{Category, Outcome};
use super::measure;
use super::names;
use super::rows;
use super::{Extractor, Kind};
use crate::contract::Sex;
use crate::lexicon::Section;
use crate::pattern::Pattern;
use std::sync::LazyLock;

use crate::pattern::fixed as re;

/// Rows written one after another in a line, set apart by semicolons (or
/// bars), in
/// groups each maybe after a label ("Full Marathon: Elite Men: 1. …; 2. …;
/// Elite Women: 1. …"): each group's label and rows in rank order. At
/// least two rows, ranks rising within a group.
pub(super) fn inline_rows<'a>(t: &'a str, x: &Extractor) -> Option<Vec<InlineGroup<'a>>> {
    // Rows start at a rank after a semicolon or comma ("…, 2. B Hailu (ETH)
    // 61:40", "…; 2, B Hailu (Club) 61:40", "…, 2nd) B (Town) 31:26 and
    // 3rd) C (Town) 32:05"), or right after the time of
    // the row before ("1 A KEMBOI KEN 2:13:48 2 B ROTICH KEN 2:13:59": the
    // rank before a capitalised name, a dash between allowed: "… 30:18 –
    // 2 B, Club, 30:29"; after one with points, "… 1.06.48  2. B, Club,
    // 1.07.29"), or after a dash ("… 2:51:05 - 3. C (AUT)
    // 2:55:48 - further: 5. D …"), or after a bar ("… CZE 31:14  |  2. B
    // CZE 31:52"; not a table's cells, "| 2. | B |").
    static NEXT: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"[;,]\s+(?:and\s+)?(\d{1,3}(?:st|nd|rd|th)?[.),]?\s)|\sand\s+(\d{1,3}(?:st|nd|rd|th)\)\s)|\d:\d\d(?:[.,]\d{1,2})?\)?\s+(?:[–—\-]\s+)?(\d{1,3}[.)]?\s+\p{Lu})|\d[.,]\d\d[.,]\d\d\)?\s+(\d{1,3}[.)]\s+\p{Lu})|\)?\s[–—\-]\s+(?:[a-z]+:\s+)?(\d{1,3}[.)]\s+\p{Lu})|\s\|\s+(\d{1,3}\.\s+\p{Lu})",
        )
    });
    let starts = |body: &str| -> Vec<usize> {
        NEXT.captures_iter(body)
            .filter_map(|c| {
                c.get(1)
                    .or(c.get(2))
                    .or(c.get(3))
                    .or(c.get(4))
                    .or(c.get(5))
                    .or(c.get(6))
                    .map(|g| g.start())
            })
            .collect()
    };
    // A group's label before its first rank: "Full Marathon: Elite Men: 1. …",
    // "…; Elite Women: 1. …", "42km Men: 1. …".
    static GROUP: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?:^|[;.]\s+)((?:\d{1,3}(?:[.,]\d{1,4})?\s?(?:km|KM|Km|K|k|mi|miles?)\s+)?[^;:\d\s][^;]{0,60}?):\s+\d{1,3}(?:st|nd|rd|th)?[.),]?\s",
        )
    });
    // A sex alone as the label, without a colon, in a list run into the
    // text: "… 01:21:30 Top 5 Men 1 A B 01:07:44 2 …".
    static BARE: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?:^|\s)((?:Top\s+\d{1,2}\s+)?(?:Men|Women|Male|Female)(?:'s)?):?\s+1\.?\s+\p{Lu}")
    });
    if !t.contains(';') && starts(t).len() < 2 {
        return None;
    }
    // Each label as (where it starts, its words, where it ends): only the
    // words after the last time in it ("3. C (AUT) 2:55:48 Men" reads from
    // after a rank up to the next label, "**08:37** Official men's result"
    // opens on a clock's time), starting where those words do.
    let after_times = |whole: usize, l: regex::Match<'a>| -> (usize, &'a str, usize) {
        let Some(from) = measure::times(l.as_str()).last().map(|tm| tm.end) else {
            return (whole, l.as_str(), l.end());
        };
        let rest = &l.as_str()[from..];
        let label = rest.trim_matches(|c: char| c == '*' || c == '-' || c.is_whitespace());
        let at = l.start() + from + rest.find(label).unwrap_or(0);
        (at, label, l.end())
    };
    let mut labels: Vec<(usize, &str, usize)> = GROUP
        .captures_iter(t)
        .filter_map(|c| Some(after_times(c.get(0)?.start(), c.get(1)?)))
        // ("- further: 5. D …": a word of the list's run, no label.)
        .filter(|(_, label, _)| {
            label.chars().any(char::is_uppercase) || parse_category(label, x.lx).is_some()
        })
        .collect();
    labels.extend(
        BARE.captures_iter(t)
            .filter_map(|c| c.get(1).map(|l| (l.start(), l.as_str(), l.end()))),
    );
    labels.sort_by_key(|l| l.0);
    // Each group: its label and where its rows start and end.
    let mut bounds: Vec<(Option<&str>, usize, usize)> = Vec::new();
    for (start, l, end) in labels {
        // (A label inside the one before, "…Marathon: Women: 1. …" read
        // whole and as "Women", is that one.)
        if bounds.last().is_some_and(|last| start < last.1) {
            continue;
        }
        if let Some(last) = bounds.last_mut() {
            last.2 = start;
        } else if start > 0 {
            bounds.push((None, 0, start));
        }
        bounds.push((Some(l.trim()), end + 1, t.len()));
    }
    if bounds.is_empty() {
        bounds.push((None, 0, t.len()));
    }
    let mut groups = Vec::new();
    let mut rows_read = 0;
    for (label, from, to) in bounds {
        let body = &t[from..to];
        let mut out: Vec<rows::Row> = Vec::new();
        let mut cuts = starts(body);
        cuts.push(body.len());
        let mut start = 0;
        for c in cuts {
            let seg = body[start..c]
                .trim()
                .trim_end_matches([';', ',', '|'])
                .trim_end();
            start = c;
            if seg.is_empty() {
                continue;
            }
            let Some(r) = rows::parse(seg, x.lx) else {
                continue;
            };
            if let (Outcome::Position(p), Some(Outcome::Position(q))) =
                (r.outcome, out.last().map(|l| l.outcome))
            {
                if p <= q {
                    return None;
                }
            }
            out.push(r);
        }
        rows_read += out.len();
        groups.push((label, out));
    }
    (rows_read >= 2).then_some(groups)
}

/// Rows of one label in a line of inline results.
pub(super) type InlineGroup<'a> = (Option<&'a str>, Vec<rows::Row>);

/// The distance a series' own name gives ("X Half Marathon": 21.0975),
/// also as the end of a race written as one word ("Aalborg
/// Bakkemarathon": the longest race category the word ends with).
pub(in crate::extract) fn series_distance(x: &Extractor, series: usize) -> Option<String> {
    let names = &x.out.entities[series].names;
    names
        .iter()
        .find_map(|n| parse_category(&n.text, x.lx).and_then(|c| c.distance))
        .or_else(|| {
            names.iter().find_map(|n| {
                let last = n.text.split_whitespace().last()?;
                if !names::compound_race_word(last, x.lx) {
                    return None;
                }
                let lower = last.to_lowercase();
                x.lx.race_categories
                    .iter()
                    .filter(|(phrase, _)| !phrase.contains(' ') && lower.ends_with(phrase.as_str()))
                    .max_by_key(|(phrase, _)| phrase.len())
                    .and_then(|(_, km)| km.clone())
            })
        })
}

/// The distance of a race named with a number word alone as its kind
/// ("the Cathedral Ten"), where the article tells it in miles ("the
/// 10-mile course", "ten miles") and never in kilometres: a "Ten" is ten
/// miles in one country and ten kilometres in another ("the Hill Ten, the
/// 10 km race"), so the name alone gives none.
pub(in crate::extract) fn number_word_distance(x: &Extractor, series: usize) -> Option<String> {
    x.out.entities[series].names.iter().find_map(|n| {
        let last = n.text.split_whitespace().last()?;
        let number = crate::extract::measure::number(last)?;
        if !last.chars().all(char::is_alphabetic)
            || !x.lx.has(crate::lexicon::Section::RaceType, last)
        {
            return None;
        }
        // (The body is read only for a name that ends on a number word.)
        let body = x.body.to_lowercase();
        let word = last.to_lowercase();
        let said = |unit: &str| {
            [number.to_string(), word.clone()].iter().any(|w| {
                [" ", "-", ""]
                    .iter()
                    .any(|sep| body.contains(&format!("{w}{sep}{unit}")))
            })
        };
        (said("mile") && !said("km") && !said("kilomet"))
            .then(|| parse_category(&format!("{word} mile"), x.lx))
            .flatten()
            .and_then(|c| c.distance)
    })
}

/// A series of the article named after the city a line names ("Results of X 2025 races").
pub(super) fn series_by_city(x: &Extractor, i: usize) -> Option<usize> {
    let t = x.text(i);
    if !t.to_lowercase().contains("result") {
        return None;
    }
    x.sents[i].chunks.iter().find_map(|(c, s)| {
        if *s != names::Shape::City {
            return None;
        }
        let city = names::normalise_key(c.text(t));
        x.out.entities.iter().position(|e| {
            e.kind == Kind::RaceSeries
                && e.names
                    .iter()
                    .any(|n| names::normalise_key(&n.text).starts_with(&city))
        })
    })
}

pub(super) fn heading_year(t: &str) -> Option<i32> {
    // A sentence of prose ("… the mark she set in 2023.") is no heading;
    // a Markdown heading's marks are no words of it.
    // (Nor a note on the row above, "*Three-time winner (2019, 2023,
    // 2026)", bold lines apart, nor a line of several years.)
    // (Nor a row of a runner who did not finish, "DNF » A 1990 Club",
    // whose year is the runner's birth.)
    let t = t.trim_start_matches(['#', ' ']);
    let status_row = t
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| matches!(w, "DNF" | "DNS" | "DQ" | "DSQ" | "DISQ"));
    // (Nor a question or a quote: "\"Will the 2025 winner keep his
    // crown?\"")
    let said = t.trim_end().trim_end_matches(['"', '”', '’', '\'']);
    if t.split_whitespace().count() > 12
        || said.ends_with(['.', '?', '!'])
        || t.starts_with(['"', '“'])
        || (t.starts_with('*') && !t.starts_with("**"))
        || status_row
    {
        return None;
    }
    let years = measure::years(t);
    let first = years.first()?.2;
    years.iter().all(|y| y.2 == first).then_some(first)
}

/// A short line that names a category: "Women’s marathon", "Half Marathon – Men", "Men",
/// or a line that opens on a distance in kilometres ("12.5km", "4 km – 640
/// entrants, 521 finishers").
pub(super) fn heading_category(t: &str, lx: &crate::lexicon::Lexicon) -> Option<Category> {
    static DISTANCE_FIRST: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^\s*#*\s*(\d{1,2}(?:[.,]\d{1,3})?)\s?(?:km|k|kilomet(?:re|er)s)\s*(?:$|:|\s[–—-]\s+\d)",
        )
    });
    if let Some(c) = DISTANCE_FIRST.captures(t) {
        let km = c[1].replace(',', ".");
        if let Some(plain) = parse_category(&format!("{km}km"), lx) {
            return Some(plain);
        }
        return Some(Category {
            distance: Some(km),
            sex: None,
        });
    }
    let words = t.split_whitespace().count();
    if t.ends_with('.') {
        return None;
    }
    if words > 8 {
        return two_languages(t, lx);
    }
    let t = t.trim_start_matches('#').trim().trim_end_matches(':');
    parse_category(t, lx)
}

/// A heading in two languages, set apart by one bar or slash ("10킬로미터
/// 건강 달리기 | 10 KM RUN (상위 3명 top 3)"), too long to read whole: each half
/// read alone, together what they say (nothing where they disagree).
fn two_languages(t: &str, lx: &crate::lexicon::Lexicon) -> Option<Category> {
    let (a, b) = [" | ", " / "].iter().find_map(|sep| {
        (t.matches(sep).count() == 1)
            .then(|| t.split_once(sep))
            .flatten()
    })?;
    let (a, b) = (
        heading_category(a.trim(), lx),
        heading_category(b.trim(), lx),
    );
    let (Some(a), Some(b)) = (a.clone(), b.clone()) else {
        return a.or(b);
    };
    fn agree<T: PartialEq>(x: &Option<T>, y: &Option<T>) -> bool {
        x.is_none() || y.is_none() || x == y
    }
    (agree(&a.distance, &b.distance) && agree(&a.sex, &b.sex)).then(|| Category {
        distance: a.distance.or(b.distance),
        sex: a.sex.or(b.sex),
    })
}

/// The sex of the heading right above the run of bullet lines that
/// sentence `i` is on ("Men" over "• Full Marathon (42.2KM): X triumphed
/// in T"), if it names one sex alone.
pub(super) fn bullet_heading_sex(x: &Extractor, i: usize) -> Option<Sex> {
    let bullet = |l: &str| l.trim_start().starts_with(['•', '*', '▪', '·', '◦']);
    if !bullet(x.line_of(i)) {
        return None;
    }
    let heading = (0..i).rev().map(|k| x.line_of(k)).find(|l| !bullet(l))?;
    static BOTH: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:wo)?men\b[^\n]*\b(?:and|&|/)\s+(?:wo)?men\b"));
    if BOTH.is_match(heading) {
        return None;
    }
    heading_category(heading.trim(), x.lx).and_then(|c| c.sex)
}

/// Distance and sex from a category label.
pub(in crate::extract) fn parse_category(
    label: &str,
    lx: &crate::lexicon::Lexicon,
) -> Option<Category> {
    let l = format!(" {} ", label.to_lowercase().replace(['’', '‘'], "'"));
    static WOMEN: LazyLock<Pattern> =
        LazyLock::new(|| re(r"\b(?:women|women's|woman|female|ladies|girls)\b"));
    static MEN: LazyLock<Pattern> = LazyLock::new(|| re(r"\b(?:men|men's|man|male|boys)\b"));
    // (Or a word of another language that heads one sex's column of a
    // table of winners, `[table_column]`: "MUŽI", "Femmes", "Kobiety".)
    let word_sex = |kind: &str| {
        l.split(|c: char| !c.is_alphabetic())
            .any(|w| lx.pair(crate::lexicon::Section::TableColumn, w) == Some(Some(kind)))
    };
    let sex = if WOMEN.is_match(&l) {
        Some(Sex::Women)
    } else if MEN.is_match(&l) {
        Some(Sex::Men)
    } else if word_sex("womenname") {
        Some(Sex::Women)
    } else if word_sex("menname") {
        Some(Sex::Men)
    } else {
        None
    };
    // ("11 kms": the plural some pages write.)
    // (A decimal comma, "21,1 km", stays.)
    static DECIMAL_COMMA: LazyLock<Pattern> = LazyLock::new(|| re(r"(\d),(\d)"));
    let spaced = DECIMAL_COMMA
        .replace_all(&l, "$1\u{1}$2")
        .replace(['(', ')', ',', '–', '-', ':'], " ")
        .replace('\u{1}', ",")
        .replace("kms ", "km ");
    let distance = lx
        .race_categories
        .iter()
        .find_map(|(phrase, km)| has_spaced(&spaced, phrase).then(|| km.clone()));
    match (distance, sex) {
        (None, None) => None,
        (Some(d), s) => Some(Category {
            distance: d,
            sex: s,
        }),
        (None, s) => Some(Category {
            distance: None,
            sex: s,
        }),
    }
}

/// Whether `text` holds `phrase` with a space on each side, as
/// `text.contains(&format!(" {phrase} "))` does, without building it.
fn has_spaced(text: &str, phrase: &str) -> bool {
    text.match_indices(' ').any(|(i, _)| {
        let rest = &text[i + 1..];
        rest.starts_with(phrase) && rest[phrase.len()..].starts_with(' ')
    })
}

/// A short heading of a race with its country in brackets (`Izmir Coast
/// 10km (Turkey) 23/02/2025`): another race's block.
pub(super) fn names_another_race(t: &str, lx: &crate::lexicon::Lexicon) -> bool {
    static BRACKET: LazyLock<Pattern> = LazyLock::new(|| re(r"\(([^)]{3,30})\)"));
    if t.split_whitespace().count() > 12 || t.trim_end().ends_with('.') {
        return false;
    }
    let country = BRACKET
        .captures_iter(t)
        .any(|c| lx.country(&c[1]).is_some());
    static RACE: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\b(?:marathon|half|\d+(?:\.\d)?\s?km?|run|race|cross|mile|miles)\b")
    });

    country && RACE.is_match(t)
}

/// A short heading of a championship held inside the race (`National
/// Championship results (marathon)`, `Trials – Women`): a word of
/// `[championship]` that the race's own names do not hold.
pub(super) fn names_championship(x: &Extractor, t: &str, series: Option<usize>) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    if t.split_whitespace().count() > 6 || t.trim_end().ends_with('.') {
        return false;
    }
    let own: Vec<String> = series
        .map(|s| {
            x.out.entities[s]
                .names
                .iter()
                .flat_map(|n| words(&n.text))
                .collect()
        })
        .unwrap_or_default();
    words(t)
        .iter()
        .any(|w| x.lx.has(Section::Championship, w) && !own.contains(w))
}

/// A short heading of a class whose places are not the open race's
/// (`Wheelchair`, `Handcycle`, `Masters 40+`): words of `[other_class]`.
pub(super) fn is_other_class(t: &str, lx: &crate::lexicon::Lexicon) -> bool {
    t.split_whitespace().count() <= 6
        && t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| lx.has(Section::OtherClass, w))
}

/// A group label's own words, without its sex, distance or brackets
/// ("long course" of "Long course (8 km), men"), to know a later label of
/// the same race ("Long course, women").
pub(super) fn label_stem(label: &str) -> String {
    static DROP: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\([^)]*\)|\b(?:wo)?men(?:[’']s)?\b|\b(?:fe)?males?\b|\b\d+(?:[.,]\d+)?\s?(?:km|k|miles?)\b|[,:;–-]",
        )
    });
    DROP.replace_all(label, " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A line that introduces the list below it and dates the race in full
/// ("Results of the X in Durban on Saturday (9 August, 2025):"): its year.
pub(super) fn intro_date_year(t: &str) -> Option<i32> {
    if !t.trim_end().ends_with(':') {
        return None;
    }
    let years: Vec<i32> = crate::dates::find_dates(t)
        .iter()
        .filter_map(|d| d.date())
        .map(|d| d.year)
        .collect();
    match years.as_slice() {
        [y] => Some(*y),
        _ => None,
    }
}

/// The race a line introducing a list names, when it names its sex
/// ("Here are the top eight in the women's 10K:").
pub(super) fn intro_category(t: &str, lx: &crate::lexicon::Lexicon) -> Option<Category> {
    let t = t.trim_end();
    if !t.ends_with(':') || t.split_whitespace().count() > 16 {
        return None;
    }
    parse_category(t.trim_end_matches(':'), lx).filter(|c| c.sex.is_some())
}

/// A race of the programme other than the article's, named after its
/// distance in prose ("entered between the half and the 10 km
/// Stadtlauf"): the lists below are not its.
pub(super) fn programme_race(x: &Extractor, t: &str, c: &names::Chunk) -> bool {
    static DISTANCE_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b\d{1,3}(?:[.,]\d{1,3})?\s?(?:km|k|kilomet(?:re|er)s?|miles?)\s+$",
        )
    });
    DISTANCE_BEFORE.is_match(crate::extract::tail(&t[..c.start], 20))
        && x.focus
            .is_some_and(|f| x.lookup(Kind::RaceSeries, &x.series_key_of(c.text(t))) != Some(f))
}

#[cfg(test)]
mod tests {
    /// As the phrase with a space each side, built and searched.
    #[test]
    fn has_spaced_as_contains() {
        for (text, phrase) in [
            (" 10 km men ", "10 km"),
            (" 110 km ", "10 km"),
            (" half half marathon ", "half marathon"),
            (" a a a ", "a a"),
            (" é10 km ", "10 km"),
            (" 10 km", "10 km"),
            ("  ", ""),
            (" x ", ""),
        ] {
            assert_eq!(
                super::has_spaced(text, phrase),
                text.contains(&format!(" {phrase} ")),
                "{text:?} {phrase:?}"
            );
        }
    }
}
