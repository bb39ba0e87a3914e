//! One line of a results list or table, read by its shape whatever the
//! separators: `1 Jane Doe (KEN) 1:04:02`, `1. | Jane Doe | KEN | 2:09:34 |`,
//! `1. Jane Doe (KEN) 2 h 03:02.`, `3º: Jane Doe, Kenya, 2:10:03`,
//! `1st place: Jane Doe (Kenya) 2:10:03`, `DNF Jane Doe (KEN)`.
//!
//! A row is a rank (or a DNF/DNS mark), a name, and a time or a country
//! after it; a club or an annotation (`CR`, `PB`) may stand between. Rows
//! make a results block only in runs: [`super::lists`] decides that.

use super::lists::{Category, Outcome};
use super::measure::{self, Time};
use super::names::{self, Shape};
use super::Extractor;
use crate::lexicon::Lexicon;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A results row as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub outcome: Outcome,
    pub name: String,
    pub nationality: Option<String>,
    pub time: Option<Time>,
    /// The name is one word (a surname), to be matched to a full name.
    pub single: bool,
    /// The time is written with a point (`31.07`): minutes and seconds of
    /// a short race, to be kept only where the distance says so.
    pub dotted: bool,
}

use crate::pattern::fixed as re;

/// "DNF (men's marathon): NAME (KEN), after 32 km", "Did not start: NAME (USA)".
pub(super) static STATUS_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^(?i:(?P<status>DNF|DNS|did\s+not\s+finish|did\s+not\s+start))\s*(?:\((?P<cat>[^)]{{2,40}})\))?\s*:\s*(?P<name>{})\s*(?:\((?P<nat>[^)]{{2,40}})\))?(?:\s*,\s*(?P<cat2>[^,.;]{{3,40}}))?",
        super::lists::NAME
    ))
});

/// The rank or status at the start of a row, with a note in brackets
/// after the rank ("2nd (12th overall) – Jane Doe"), set apart by a mark
/// ("1. ", "1) ", "1 – ", a results page's "1 » ").
static RANK: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^[\s|]*(?:(?P<rank>\d{1,3})\s*(?:\.|\)|º|°|ª|st|nd|rd|th)?(?P<place>\s+(?i:place))?(?:\s*\([^()]{1,30}\))?\s*[:.)|–—\-,»›]?\s+|(?P<status>DNF|DNS|DQ|DSQ)\b\s*[:|–—\-]?\s*)",
    )
});

/// A person's name: two to five capitalised words, particles allowed,
/// family names in capitals allowed.
static NAME: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^(?:[\p{Lu}][\p{L}\p{M}’'\-\.]*|(?:van|der|den|de|von|da|di|du|le|la|al|el|bin|dos|del|ter)\b)(?:[ \u{a0}](?:(?:van|der|den|de|von|das|da|di|do|du|des|le|la|al|el|bin|dos|del|ter)\b|[\p{Lu}][\p{L}\p{M}’'\-\.]*)){1,4}",
    )
});

/// A lone family name, as inline results lists write them ("1. Kipkemoi (Kenya) 2:06:14").
static SURNAME: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^[\p{Lu}][\p{Ll}\p{M}’'\-]{2,}(?:-[\p{Lu}][\p{Ll}\p{M}]+)?\b"));

/// A note in brackets after a name, a comma before it allowed
/// ("A, (NOR), 1.03.48").
static BRACKETS: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s*,?\s*[\(\[]([^)\]]{2,40})[\)\]]"));
static CELL: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"^\s*[|,;–—\-]?\s*([\p{Lu}][\p{L} ]{1,30}?)\s*(?:[|,;–—]|\s{2,}|\s+\d|$)")
});

/// Reads `t` as a results row.
pub(crate) fn parse(t: &str, lx: &Lexicon) -> Option<Row> {
    // "1.Gideon Kiprop KEN 59:41": a rank's point with the name glued on
    // is read as "1. Gideon …".
    static GLUED_RANK: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s*\d{1,3}\.\p{Lu}"));
    if GLUED_RANK.is_match(t) {
        let point = t.find('.')? + 1;
        return parse(&format!("{} {}", &t[..point], &t[point..]), lx);
    }
    let caps = RANK.captures(t)?;
    let outcome = match (caps.name("rank"), caps.name("status")) {
        (Some(r), _) => Outcome::Position(r.as_str().parse().ok().filter(|p| *p > 0)?),
        (None, Some(s)) if s.as_str().eq_ignore_ascii_case("dns") => Outcome::DidNotStart,
        (None, Some(s)) if s.as_str().to_ascii_uppercase().starts_with('D') && s.len() == 3 => {
            Outcome::DidNotFinish
        }
        _ => return None,
    };
    let mut rest = &t[caps.get(0)?.end()..];
    rest = rest.trim_start_matches(|c: char| c == '|' || c.is_whitespace());
    let (m, single) = match NAME.find(rest) {
        Some(m) => (m, false),
        None => (SURNAME.find(rest)?, true),
    };
    let mut name = m.as_str().trim_end_matches(['.', '-']).to_string();
    // A category's letter glued to its ages ("Ann Lee F35-39") is not part
    // of the name.
    if rest[m.end()..].starts_with(|c: char| c.is_ascii_digit()) {
        if let Some((head, _)) = name.rsplit_once(' ') {
            name = head.to_string();
        }
    }
    // A country code written before or after the name without brackets is
    // not part of it ("1 KEN Ann Lee Kip 31:02", "1 Ann Lee Kip KEN 31:02";
    // not before a family name in capitals, "BEN SALAH Rim").
    let mut nationality = None;
    if let Some((first, tail)) = name.split_once(' ') {
        if first.len() == 3
            && first.chars().all(|c| c.is_ascii_uppercase())
            && lx.country_by_code(first).is_some()
            && tail.contains(' ')
            && tail
                .split(' ')
                .next()
                .is_some_and(|w| w.chars().any(char::is_lowercase))
        {
            nationality = Some(first.to_string());
            name = tail.to_string();
        }
    }
    if let Some((head, last)) = name.rsplit_once(' ').filter(|_| nationality.is_none()) {
        if last.len() == 3
            && last.chars().all(|c| c.is_ascii_uppercase())
            && lx.country_by_code(last).is_some()
            && head.contains(' ')
        {
            nationality = Some(last.to_string());
            name = head.to_string();
        }
    }
    if (name.split_whitespace().count() < 2 && !single)
        || names::shape(&name, lx) != Shape::Unknown
        || (single && lx.country(&name).is_some())
    {
        return None;
    }
    let mut after = &rest[m.end()..];
    if nationality.is_none() {
        if let Some(b) = BRACKETS.captures(after) {
            let inside = b[1].trim();
            if is_country(inside, lx) {
                nationality = Some(inside.to_string());
            } else if let Some((code, _club)) = inside.split_once(['/', ',']) {
                // "(AUT/Murtal Runners)", "(TOG, AS Cove)": the country's
                // code, then the club.
                if code.len() == 3
                    && code.chars().all(|c| c.is_ascii_uppercase())
                    && lx.country_by_code(code).is_some()
                {
                    nationality = Some(code.to_string());
                }
            }
            // "1. Jane Doe (2:16:02)", "1. Jane Doe (38.20)": a time in
            // brackets is the row's.
            if measure::times(inside).is_empty()
                && measure::dotted_minutes(inside, false).is_empty()
            {
                after = &after[b.get(0)?.end()..];
            }
        } else if let Some(c) = CELL.captures(after) {
            let cell = c[1].trim();
            if is_country(cell, lx) {
                nationality = Some(cell.to_string());
            }
        }
    }
    let mut dotted = false;
    // "1. Joonas Pelkonen, Kotkan Juoksijat 1.12.45": a club after a comma,
    // then the row's time (after another comma: "1. A, Club AC, 1.06.48").
    static CLUB_THEN: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"^,\s*\p{Lu}[\p{L}\-’'.]*(?:\s+\p{Lu}[\p{L}\-’'.]*){0,4},?\s+")
    });
    // (Looked for only when no colon time is found.)
    let bare = || {
        CLUB_THEN
            .find(after)
            .filter(|m| after[m.end()..].starts_with(|c: char| c.is_ascii_digit()))
            .map_or(after, |m| &after[m.end()..])
    };
    let time = measure::times(after)
        .into_iter()
        .next()
        .map(|tm| (tm, after))
        // "1st A (Club) 1.06.02": hours, minutes and seconds with points.
        .or_else(|| {
            let bare = bare();
            measure::leading_dotted_hms(bare).map(|tm| (tm, bare))
        })
        .or_else(|| {
            // "1 Jane Doe (Calder Harriers) 31.07": the row's first figure
            // (or one in brackets of its own, "1. Jane Doe (38.20)").
            let bare = bare();
            let tm = measure::dotted_minutes(bare, false).into_iter().next()?;
            let before = bare[..tm.start].trim();
            dotted = before.is_empty() || before.chars().all(|c| "|,;–—-(".contains(c));
            dotted.then_some((tm, bare))
        })
        .map(|(mut tm, src)| {
            let base = t.len() - src.len();
            tm.start += base;
            tm.end += base;
            tm
        });
    let status_word = after.to_ascii_uppercase();
    let outcome = match outcome {
        Outcome::Position(_) if time.is_none() && status_word.contains("DNF") => {
            Outcome::DidNotFinish
        }
        Outcome::Position(_) if time.is_none() && status_word.contains("DNS") => {
            Outcome::DidNotStart
        }
        o => o,
    };
    // (A place said in words, "1st Place: A", needs neither.)
    if time.is_none()
        && nationality.is_none()
        && caps.name("place").is_none()
        && matches!(outcome, Outcome::Position(_))
    {
        return None;
    }
    if single && time.is_none() {
        return None;
    }
    Some(Row {
        outcome,
        name,
        nationality,
        time,
        single,
        dotted,
    })
}

fn is_country(s: &str, lx: &Lexicon) -> bool {
    lx.country_by_code(s).is_some() || lx.country(s).is_some()
}

/// A bullet at the start of a line ("- ", "• ", "* ").
static BULLET: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s*[-•*]\s+"));

/// Reads `t`, the text of a line that opens on a bullet where the rank
/// would be (`- Jane Doe (KEN) – 51:48`; the sentence leaves the bullet
/// out), as an unranked results row: a row of rank 1 whose place its run
/// of bullets gives ([`super::bullets`]). It must have a time.
pub(crate) fn parse_bullet(line: &str, t: &str, lx: &Lexicon) -> Option<Row> {
    // A line that is only a name, a country in brackets perhaps, and a
    // time ("Moses Kip (Kenya) - 2:17:44", "Derek Vann 2:44:52"), or a
    // name, a town and its
    // state's code and a time ("Landon Pryor – Conway, AR 2:39:51"), is
    // such a row without its bullet.
    static PLAIN: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^\s*\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,4}(?:(?:\s*\([\p{L} ]{2,30}\))?\s*[-–—,:]?|\s*[-–—]\s*\p{Lu}[\p{L} .'’\-]{1,30},\s*[A-Z]{2})\s*\d{1,2}:\d{2}(?::\d{2})?\s*$",
        )
    });
    if !(BULLET.is_match(line) || PLAIN.is_match(line)) || RANK.is_match(t) {
        return None;
    }
    let ranked = format!("1. {t}");
    let mut row = parse(&ranked, lx)?;
    // Offsets back into `t`, less the "1. " put in.
    let mut tm = row.time.take()?;
    tm.start = tm.start.checked_sub(3)?;
    tm.end = tm.end.checked_sub(3)?;
    row.time = Some(tm);
    Some(row)
}

/// A row's time as an `xsd:duration`, read as fits the race's distance
/// (the category's, else the series'); `None` when no reading fits.
pub(super) fn row_time(x: &Extractor, series: usize, cat: &Category, r: &Row) -> Option<String> {
    let km = cat
        .distance
        .clone()
        .or_else(|| super::headings::series_distance(x, series))
        .and_then(|d| d.parse::<f64>().ok());
    r.time
        .as_ref()
        .filter(|_| !r.dotted || measure::dotted_fits(km))
        .and_then(|tm| measure::fitted(km, tm))
}

/// The cells of a table row: `| a | b |`, `1 | 1003 | Name | 2:21:46`, or
/// columns set apart by two or more spaces or a tab (`1    Abdi WAKO
/// ETH    2h11m07s`).
pub(super) fn table_cells(t: &str) -> Option<Vec<String>> {
    static GAP: LazyLock<Pattern> = LazyLock::new(|| re(r"\s{2,}|\t"));
    if let Some(cells) = super::tables::pipe_cells(t) {
        return Some(cells);
    }
    // (A row of a table flattened one cell to a line.)
    if t.contains('\n') {
        let cells = super::tables::line_cells(t);
        return (cells.len() >= 3).then_some(cells);
    }
    let cells: Vec<String> = GAP
        .split(t.trim())
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    (cells.len() >= 3).then_some(cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;

    fn row(t: &str) -> Option<(Outcome, String, Option<String>, Option<u32>)> {
        parse(t, lexicon::get())
            .map(|r| (r.outcome, r.name, r.nationality, r.time.map(|t| t.seconds)))
    }

    #[test]
    fn rows_in_their_shapes() {
        let p = Outcome::Position;
        assert_eq!(
            row("1 Jane Doe (KEN) 1:04:02"),
            Some((p(1), "Jane Doe".into(), Some("KEN".into()), Some(3842)))
        );
        assert_eq!(
            row("| 2. | Jane Doe | KEN | 2:09:34 |"),
            Some((p(2), "Jane Doe".into(), Some("KEN".into()), Some(7774)))
        );
        // A country's code before the club, in one bracket.
        assert_eq!(
            row("2. Jane Doe (AUT/Murtal Runners) 2:39:52 hours -"),
            Some((p(2), "Jane Doe".into(), Some("AUT".into()), Some(9592)))
        );
        assert_eq!(
            row("3. Jane Doe (Kenya) 2 h 03:02."),
            Some((p(3), "Jane Doe".into(), Some("Kenya".into()), Some(7382)))
        );
        assert_eq!(
            row("4º: Ana María Ruiz, Spain, 2:30:03"),
            Some((
                p(4),
                "Ana María Ruiz".into(),
                Some("Spain".into()),
                Some(9003)
            ))
        );
        assert_eq!(
            row("10 Jules Marchetti (FRA) 28:31 PB"),
            Some((
                p(10),
                "Jules Marchetti".into(),
                Some("FRA".into()),
                Some(1711)
            ))
        );
        assert_eq!(
            row("5 Tom Reilly (Lakeside Harriers) 33:10"),
            Some((p(5), "Tom Reilly".into(), None, Some(1990)))
        );
        assert_eq!(
            row("6 KIPRONO Daniel KEN 2:11:09"),
            Some((
                p(6),
                "KIPRONO Daniel".into(),
                Some("KEN".into()),
                Some(7869)
            ))
        );
        assert_eq!(
            row("2. Tom Yadav (2:16:09s)"),
            Some((p(2), "Tom Yadav".into(), None, Some(8169)))
        );
        assert_eq!(
            row("1 Ryan Ash (Calder Harriers) 31.07"),
            Some((p(1), "Ryan Ash".into(), None, Some(1867)))
        );
        assert_eq!(row("2 Tom Reilly (Lakeside Harriers) 12.05.2025"), None);
        assert_eq!(
            row("1 Eino Saar, (NOR), 1.03.48"),
            Some((p(1), "Eino Saar".into(), Some("NOR".into()), Some(3828)))
        );
        assert_eq!(
            row("DNF Peter Kiprono (KEN)"),
            Some((
                Outcome::DidNotFinish,
                "Peter Kiprono".into(),
                Some("KEN".into()),
                None
            ))
        );
    }

    #[test]
    fn a_rank_glued_to_the_name() {
        assert_eq!(
            row("1.Gideon Kiprop KEN 59:41"),
            Some((
                Outcome::Position(1),
                "Gideon Kiprop".into(),
                Some("KEN".into()),
                Some(3581)
            ))
        );
        assert_eq!(row("1.5 km 15:02"), None);
    }

    #[test]
    fn other_numbered_lines_are_not_rows() {
        assert_eq!(row("1. 5 km 15:02"), None);
        assert_eq!(row("2 Kenya 2:09:00"), None);
        assert_eq!(row("3 Things We Learned"), None);
        assert_eq!(row("2025 Lakeside Marathon 2:09:00"), None);
        assert_eq!(row("12 Main Street"), None);
        let one = parse("1. Kipkemoi (Kenya) 2:06:14", lexicon::get()).map(|r| (r.name, r.single));
        assert_eq!(one, Some(("Kipkemoi".into(), true)));
    }
}
