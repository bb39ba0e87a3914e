//! Results tables read by their header row: which column holds the place,
//! the place within a sex, the sex, the name, the country and which time.
//!
//! Tables come as pipes (`| 1 | Jane Doe | KEN | 2:09:34 |`), tabs, or
//! columns set apart by spaces, as timing companies export them. A
//! space-aligned row is matched to the header by where its cells stand
//! (numbers are often right-aligned under left-aligned headings), so an
//! empty cell or a heading of two words (`Gun Time`) does not shift the
//! columns. The headings and what they hold are data
//! (`[table_column]` of `data/lexicon.txt`).

use super::lists::{Category, Outcome, Pending, FULL_NAME};
use super::measure;
use crate::contract::Sex;
use crate::lexicon::{Lexicon, Section};
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Place,
    SexPlace,
    Sex,
    /// Sex and place within it in one cell (`M 1`, `F12`).
    SexWithPlace,
    Name,
    Country,
    GunTime,
    NetTime,
    Time,
    Split,
    /// The names of one sex's column in a table that sets the sexes side
    /// by side (`| Pl. | Men | Time | Women | Time |`).
    MenName,
    WomenName,
    /// The year of a row (a roll of winners).
    Year,
    /// The edition's ordinal of a row of a roll of winners (`1st`, `12.`).
    Edition,
    Other,
}

impl Column {
    fn parse(s: &str) -> Column {
        match s {
            "place" => Column::Place,
            "sexplace" => Column::SexPlace,
            "sex" => Column::Sex,
            "sexwithplace" => Column::SexWithPlace,
            "name" => Column::Name,
            "country" => Column::Country,
            "guntime" => Column::GunTime,
            "nettime" => Column::NetTime,
            "time" => Column::Time,
            "split" => Column::Split,
            "menname" => Column::MenName,
            "womenname" => Column::WomenName,
            "year" => Column::Year,
            "edition" => Column::Edition,
            _ => Column::Other,
        }
    }
}

/// A table's header: its columns, with the character column each starts at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub cols: Vec<(usize, Column, String)>,
    /// Set apart by spaces (cells are placed by position), not pipes or tabs.
    pub aligned: bool,
}

impl Header {
    pub(crate) fn find(&self, c: Column) -> Option<usize> {
        self.cols.iter().position(|(_, k, _)| *k == c)
    }
}

/// The heading `h` (lower case) as a known column.
fn known(h: &str, lx: &Lexicon) -> Option<Column> {
    let h = h.trim();
    let bare = h.trim_end_matches(['.', ':']);
    lx.pair(Section::TableColumn, bare)
        .map(|k| Column::parse(k.unwrap_or("")))
}

/// A cell of headings (lower case) as a known column: the cell whole, or
/// its last words or first words when the rest is the same heading in
/// another language ("순위 pl.", "rank / poradie").
fn known_in_cell(h: &str, lx: &Lexicon) -> Option<Column> {
    known(h, lx).or_else(|| {
        let words: Vec<&str> = h.split_whitespace().filter(|w| *w != "/").collect();
        (1..words.len()).find_map(|n| {
            known(&words[words.len() - n..].join(" "), lx)
                .or_else(|| known(&words[..n].join(" "), lx))
        })
    })
}

/// A heading (any case) as a known column.
pub(crate) fn known_column(h: &str, lx: &Lexicon) -> Option<Column> {
    known(&h.to_lowercase(), lx)
}

/// The cells of a line of a table set apart by pipes (`| a | b |`, or,
/// without the outer pipes, a row that opens on its place, `1 | 1003 |
/// Name | 2:21:46`), trimmed; `None` for any other line (a byline
/// "Round-up | Staff | 16 February 2026" is no row).
pub(crate) fn pipe_cells(line: &str) -> Option<Vec<String>> {
    let (cells, bordered) = piped_cells(line.trim())?;
    if bordered {
        return Some(cells);
    }
    let first = cells[0].trim_end_matches('.');
    let placed =
        (!first.is_empty() && first.len() <= 4 && first.bytes().all(|b| b.is_ascii_digit()))
            || ["dnf", "dns", "dq", "dsq"].contains(&first.to_lowercase().as_str());
    placed.then_some(cells)
}

/// The cells of a line set apart by pipes, a header's or a row's, and
/// whether it has the outer ones (`| a | b |`); without them, three cells
/// or more (`Rank | Bib | Name | Time`).
fn piped_cells(t: &str) -> Option<(Vec<String>, bool)> {
    if t.starts_with('|') {
        Some((split_pipes(t), true))
    } else {
        (t.matches(" | ").count() >= 2).then(|| (split_pipes(t), false))
    }
}

/// The cells of a block of a table flattened one cell to a line, each
/// line's text without a closing pipe.
pub(crate) fn line_cells(t: &str) -> Vec<String> {
    t.lines()
        .map(|l| crate::extract::stacked::bare(l).to_string())
        .collect()
}

fn split_pipes(t: &str) -> Vec<String> {
    t.trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_string())
        .collect()
}

/// A heading not in the list, by the words it contains.
fn guess(h: &str) -> Column {
    if h.contains("split") || h.contains("km ") || h.contains("halfway") {
        Column::Split
    } else if h.contains("name") || h.contains("athlete") || h.contains("runner") {
        Column::Name
    } else if h.contains("nat") || h.contains("country") {
        Column::Country
    } else if h.contains("gun") {
        Column::GunTime
    } else if h.contains("chip") || h.contains("net") {
        Column::NetTime
    } else if h.contains("time") || h.contains("result") || h.contains("finish") {
        Column::Time
    } else if h.contains("pos") || h.contains("place") || h.contains("rank") || h == "#" {
        Column::Place
    } else {
        Column::Other
    }
}

/// Splits a run of headings written with single spaces (`Gender G.Place`)
/// into known headings, longest first; `None` unless all of it is known
/// and there are at least two.
fn segment(words: &[(usize, &str)], lx: &Lexicon) -> Option<Vec<(usize, Column, String)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut took = None;
        for n in (1..=3.min(words.len() - i)).rev() {
            let phrase = words[i..i + n]
                .iter()
                .map(|(_, w)| *w)
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if let Some(k) = known(&phrase, lx) {
                took = Some((n, k, phrase));
                break;
            }
        }
        let (n, k, phrase) = took?;
        out.push((words[i].0, k, phrase));
        i += n;
    }
    (out.len() >= 2).then_some(out)
}

/// Words of `line` with the character column each starts at.
fn words_at(line: &str) -> Vec<(usize, &str)> {
    words_with_bytes(line)
        .into_iter()
        .map(|(c, _, w)| (c, w))
        .collect()
}

/// Words of `line`: character column, byte offset, text.
fn words_with_bytes(line: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (col, (b, ch)) in line.char_indices().enumerate() {
        if ch.is_whitespace() {
            if let Some((c, s)) = start.take() {
                out.push((c, s, &line[s..b]));
            }
        } else if start.is_none() {
            start = Some((col, b));
        }
    }
    if let Some((c, s)) = start {
        out.push((c, s, &line[s..]));
    }
    out
}

/// Cells of a space-aligned line: runs of words set apart by two or more
/// spaces or a tab, each with the character columns it spans.
fn spaced_cells(line: &str) -> Vec<(usize, usize, String)> {
    let mut cells: Vec<(usize, usize, String)> = Vec::new();
    let (mut prev_end, mut prev_byte) = (0usize, 0usize);
    for (col, byte, w) in words_with_bytes(line) {
        let len = w.chars().count();
        let gap = col.saturating_sub(prev_end);
        let tab = line[prev_byte..byte].contains('\t');
        match cells.last_mut() {
            Some(last) if gap < 2 && !tab => {
                last.1 = col + len;
                last.2.push(' ');
                last.2.push_str(w);
            }
            _ => cells.push((col, col + len, w.to_string())),
        }
        prev_end = col + len;
        prev_byte = byte + w.len();
    }
    cells
}

/// Reads `line` as a results table's header: at least a name column and a
/// place or time column. `None` for anything else.
pub(crate) fn header(line: &str, lx: &Lexicon) -> Option<Header> {
    let h = headings_of(line, lx)?;
    let has = |c| h.find(c).is_some();
    let timed = has(Column::Time) || has(Column::GunTime) || has(Column::NetTime);
    (has(Column::Name) && (timed || has(Column::Place) || has(Column::SexPlace))).then_some(h)
}

/// Reads `line` as a table's row of headings, whatever they are: three
/// cells or more, set apart by pipes, tabs or spaces, and no figures.
pub(crate) fn headings_of(line: &str, lx: &Lexicon) -> Option<Header> {
    let trimmed = line.trim();
    // Headings hold no figures: a line with a number or a time is a row.
    if trimmed
        .split(|c: char| c.is_whitespace() || c == '|')
        .any(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c == ',' || c == '.')
                && w.chars().any(|c| c.is_ascii_digit())
        })
    {
        return None;
    }
    // (Without the outer pipes too: `Rank | Bib | Name | Time`.)
    let piped = piped_cells(trimmed).map(|(cells, _)| cells);
    let (cols, aligned) = if piped.is_some() || trimmed.contains(['\t', '\n']) {
        let cells: Vec<String> = if let Some(cells) = piped {
            cells.iter().map(|c| c.to_lowercase()).collect()
        } else if !trimmed.contains('\t') {
            // (A table flattened one cell to a line: its headings' block.)
            line_cells(trimmed)
                .iter()
                .map(|c| c.to_lowercase())
                .collect()
        } else {
            trimmed
                .split('\t')
                .map(|c| c.trim().to_lowercase())
                .collect()
        };
        let cols = cells
            .into_iter()
            .enumerate()
            .map(|(i, h)| (i, known_in_cell(&h, lx).unwrap_or_else(|| guess(&h)), h))
            .collect::<Vec<_>>();
        (cols, false)
    } else {
        let mut cols = Vec::new();
        for (start, _, text) in spaced_cells(line) {
            let lower = text.to_lowercase();
            let words: Vec<(usize, &str)> = words_at(&text)
                .into_iter()
                .map(|(c, w)| (start + c, w))
                .collect();
            match known(&lower, lx) {
                Some(k) => cols.push((start, k, lower)),
                None => match segment(&words, lx) {
                    Some(parts) => cols.extend(parts),
                    None => cols.push((start, guess(&lower), lower)),
                },
            }
        }
        (cols, true)
    };
    (cols.len() >= 3).then_some(Header { cols, aligned })
}

/// The cells of a row under `h`, one per column (empty where the row has
/// none). Space-aligned rows are placed by the overlap of each cell with
/// the span of each column.
pub(crate) fn cells(line: &str, h: &Header) -> Option<Vec<String>> {
    let trimmed = line.trim();
    let mut out = vec![String::new(); h.cols.len()];
    if !h.aligned {
        let cells: Vec<String> = if let Some(cells) = pipe_cells(trimmed) {
            cells
        } else if trimmed.contains('\t') {
            trimmed.split('\t').map(|c| c.trim().to_string()).collect()
        } else if trimmed.contains('\n') {
            line_cells(trimmed)
        } else {
            return None;
        };
        for (i, c) in cells.into_iter().enumerate().take(out.len()) {
            out[i] = c;
        }
        return Some(out);
    }
    let cells = spaced_cells(line);
    if cells.len() < 3 {
        return None;
    }
    let spans: Vec<(usize, usize)> = h
        .cols
        .iter()
        .enumerate()
        .map(|(i, (s, _, _))| (*s, h.cols.get(i + 1).map_or(usize::MAX, |n| n.0)))
        .collect();
    for (a, b, text) in cells {
        let best = spans
            .iter()
            .enumerate()
            .map(|(i, (s, e))| (i, b.min(*e).saturating_sub(a.max(*s))))
            .max_by_key(|(i, o)| (*o, usize::MAX - i));
        let Some((i, overlap)) = best else { continue };
        if overlap == 0 {
            return None;
        }
        if !out[i].is_empty() {
            // Two cells under one heading: the row is not of this table.
            return None;
        }
        out[i] = text;
    }
    Some(out)
}

/// The line says placings go by net (chip) time, not by gun time.
pub(crate) fn ranked_by_net(body: &str) -> bool {
    static NET: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:plac\w*|rank\w*|order\w*|results?)\b[^.\n]{0,40}\bby\s+(?:chip|net)(?:\s+time)?\b",
        )
    });
    NET.is_match(body)
}

/// A results table being read: its header, and for a table whose sex
/// stands in a column but whose places are overall ones, the places within
/// each sex counted so far (only while the overall places run 1, 2, 3 ...).
pub(super) struct Table {
    pub header: Header,
    last_overall: i64,
    counted: [i64; 2],
    unbroken: bool,
}

impl Table {
    pub(super) fn new(header: Header) -> Table {
        Table {
            header,
            last_overall: 0,
            counted: [0, 0],
            unbroken: true,
        }
    }

    /// A row of the table as a result; `None` when it is not one.
    pub(super) fn row(
        &mut self,
        cells: &[String],
        heading: Option<&Category>,
        km: Option<f64>,
        net_first: bool,
    ) -> Option<Pending> {
        let h = &self.header;
        let cell = |c: Column| h.find(c).and_then(|i| cells.get(i)).map(|s| s.trim());
        let name = cell(Column::Name)?;
        // "Kipkemboi, Amos (KEN)": a country in brackets after the name.
        let (name, bracketed) = match name.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
            Some((n, code)) if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) => {
                (n.trim(), Some(code))
            }
            _ => (name, None),
        };
        // ("Niemi, Aleksi": family name first, set off by a comma, kept as
        // written.)
        if !FULL_NAME.is_match(name) && !FAMILY_COMMA_GIVEN.is_match(name) {
            return None;
        }
        let both = cell(Column::SexWithPlace).and_then(|c| {
            static BOTH: LazyLock<Pattern> = LazyLock::new(|| {
                crate::pattern::fixed(r"^(?P<sex>[A-Za-z])\s*[-/]?\s*(?P<place>\d{1,5})$")
            });
            let c = BOTH.captures(c)?;
            Some((sex_of(&c["sex"])?, c.name("place")?.as_str()))
        });
        let sex_cell = cell(Column::Sex).and_then(sex_of).or(both.map(|b| b.0));
        let place = cell(Column::Place);
        let sex_place = cell(Column::SexPlace).or(both.map(|b| b.1));
        let number = |c: Option<&str>| c.and_then(|c| c.trim_end_matches('.').parse::<i64>().ok());
        let status = [place, sex_place, cell(Column::Time), cell(Column::GunTime)]
            .into_iter()
            .flatten()
            .find_map(|c| {
                // (Or a local word with the mark in brackets: "KESK (DNF)".)
                let up = c.to_uppercase();
                let mark = up
                    .strip_suffix(')')
                    .and_then(|r| r.rsplit_once('('))
                    .map_or(up.as_str(), |(_, m)| m);
                match mark {
                    "DNF" => Some(Outcome::DidNotFinish),
                    "DNS" => Some(Outcome::DidNotStart),
                    _ => None,
                }
            });
        let overall = number(place).or_else(|| (h.find(Column::Place).is_none()).then_some(0));
        let (category, outcome) = match heading.filter(|c| c.sex.is_some()) {
            Some(cat) => {
                if sex_cell.is_some_and(|s| Some(s) != cat.sex) {
                    return None;
                }
                let outcome = match status {
                    Some(s) => s,
                    None => Outcome::Position(number(place).or(number(sex_place))?),
                };
                (cat.clone(), outcome)
            }
            None if sex_cell.is_none()
                && h.find(Column::Sex).is_none()
                && h.find(Column::SexWithPlace).is_none()
                && h.find(Column::SexPlace).is_none() =>
            {
                // No sex anywhere: the row's place, its sex left open (the
                // list decides, see `sexes_of_two_runs`).
                let outcome = match status {
                    Some(s) => s,
                    None => Outcome::Position(number(place)?),
                };
                let distance = heading.and_then(|c| c.distance.clone());
                (
                    Category {
                        distance,
                        sex: None,
                    },
                    outcome,
                )
            }
            None => {
                let sex = sex_cell?;
                let outcome = match (status, number(sex_place)) {
                    (Some(s), _) => s,
                    (None, Some(p)) => Outcome::Position(p),
                    (None, None) => {
                        // Places within a sex counted down an overall list
                        // that has no gap.
                        let o = overall.filter(|o| *o > 0)?;
                        if !self.unbroken || o != self.last_overall + 1 {
                            self.unbroken = false;
                            return None;
                        }
                        self.last_overall = o;
                        let k = usize::from(sex == Sex::Women);
                        self.counted[k] += 1;
                        Outcome::Position(self.counted[k])
                    }
                };
                let distance = heading.and_then(|c| c.distance.clone());
                (
                    Category {
                        distance,
                        sex: Some(sex),
                    },
                    outcome,
                )
            }
        };
        let order: [Column; 3] = if net_first {
            [Column::NetTime, Column::Time, Column::GunTime]
        } else {
            [Column::GunTime, Column::Time, Column::NetTime]
        };
        let time = order.into_iter().find_map(|c| {
            let cell = cell(c)?;
            // ("30.12" over a 10K, "1.04.12": times written with points.)
            let t = measure::times(cell)
                .into_iter()
                .next()
                .or_else(|| measure::leading_dotted_hms(cell))
                .or_else(|| {
                    measure::dotted_minutes(cell, false)
                        .into_iter()
                        .next()
                        .filter(|_| measure::dotted_fits(km))
                })?;
            measure::fitted(km, &t)
        });
        if matches!(outcome, Outcome::Position(_))
            && time.is_none()
            && order
                .iter()
                .any(|c| cell(*c).is_some_and(|t| !t.is_empty()))
        {
            // A time that fits no reading of the race: not this race's row.
            return None;
        }
        Some(Pending {
            series: 0,
            year: 0,
            category,
            athlete: name.to_string(),
            nationality: cell(Column::Country)
                .filter(|c| !c.is_empty())
                .or(bracketed)
                .map(str::to_string),
            outcome,
            time,
            sentence: 0,
        })
    }
}

/// A name written family name first, set off by a comma ("Niemi, Aleksi",
/// "Lindström-Berg, Patrik Emil").
static FAMILY_COMMA_GIVEN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"^\p{Lu}[\p{L}\p{M}’'\-]+(?:\s\p{Lu}[\p{L}\p{M}’'\-]+)?,\s\p{Lu}[\p{L}\p{M}’'\-]+(?:\s\p{Lu}[\p{L}\p{M}’'\-]+)?$",
    )
});

/// A sex column's cell.
fn sex_of(cell: &str) -> Option<Sex> {
    match cell.trim().to_lowercase().as_str() {
        "m" | "male" | "men" | "man" | "h" => Some(Sex::Men),
        "f" | "w" | "female" | "women" | "woman" | "d" => Some(Sex::Women),
        _ => None,
    }
}

#[cfg(test)]
#[path = "tables_tests.rs"]
mod tests;
