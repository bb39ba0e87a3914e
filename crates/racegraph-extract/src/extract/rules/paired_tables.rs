//! Tables that set the men's and the women's results side by side, a
//! column of each sex's names with its times after it: a podium by place
//! (`| Pl. | Men | Club | Time | Women | Club | Time |`) or a roll of
//! winners by year (`| Year | Men | Time | Women | Time |`). Each row is a
//! result of each sex: the place of its row in the year of the heading
//! above, or the win of its row's year. A roll of one sex's winners under
//! a heading of that sex (`## Marathon – men` over `| Year | Winner |
//! Country | Time |`) is read the same way, for that sex alone.

use super::super::measure;
use super::headings::{heading_year, series_distance};
use super::lists::{Category, Outcome, Pending, FULL_NAME};
use super::tables::{cells as row_cells, headings_of, known_column, Column, Header};
use crate::contract::{Property, Sex};
use crate::extract::Extractor;
use crate::extract::Value;

/// The columns of a side-by-side table: the row's key (its place or its
/// year) and, per sex, its names and its times.
struct Paired {
    /// The header, to cut each row into its cells.
    header: Header,
    key: (usize, Column),
    names: [Option<usize>; 2],
    times: [Option<usize>; 2],
    /// Per sex, a country column after its names.
    countries: [Option<usize>; 2],
    /// The edition's ordinal of each year, in a roll of winners.
    edition: Option<usize>,
    /// A column of race days beside the column of years (`| Year | Date |`).
    day: Option<usize>,
}

/// What each cell of a header line holds (set apart by pipes, tabs or
/// spaces); a heading that names its sex in brackets (`Winner (men)`,
/// `Ganadora (femenino)`) holds that sex's names.
fn columns(line: &str, lx: &crate::lexicon::Lexicon) -> Option<(Header, Vec<Column>)> {
    let h = headings_of(line, lx)?;
    let cols = h
        .cols
        .iter()
        .map(|(_, k, text)| {
            let inner = text
                .split_once('(')
                .and_then(|(_, rest)| known_column(rest.trim_end_matches(')'), lx));
            match inner {
                Some(sex @ (Column::MenName | Column::WomenName)) => sex,
                _ => *k,
            }
        })
        .collect();
    Some((h, cols))
}

/// The columns of a header line of a side-by-side table, if it is one.
fn paired(line: &str, lx: &crate::lexicon::Lexicon) -> Option<Paired> {
    let (header, cols) = columns(line, lx)?;
    let at = |c: Column| cols.iter().position(|k| *k == c);
    let (men, women) = (at(Column::MenName)?, at(Column::WomenName)?);
    let key = [Column::Year, Column::Place]
        .into_iter()
        .find_map(|c| at(c).map(|i| (i, c)))
        .filter(|(i, _)| *i < men.min(women))?;
    let timed = |c: &Column| matches!(c, Column::Time | Column::GunTime | Column::NetTime);
    // Each sex's time: the first time column after its names, before the
    // other sex's.
    let time_after = |from: usize, to: usize| (from + 1..to).find(|&k| timed(&cols[k]));
    let times = if men < women {
        [time_after(men, women), time_after(women, cols.len())]
    } else {
        [time_after(men, cols.len()), time_after(women, men)]
    };
    // ("| Men | Country | Time | Women | Country | Time |": each sex's
    // country column after its names.)
    let country_after =
        |from: usize, to: usize| (from + 1..to).find(|&k| cols[k] == Column::Country);
    let countries = if men < women {
        [country_after(men, women), country_after(women, cols.len())]
    } else {
        [country_after(men, cols.len()), country_after(women, men)]
    };
    Some(Paired {
        header,
        key,
        names: [Some(men), Some(women)],
        times,
        countries,
        edition: at(Column::Edition),
        day: second_year(&cols, key.0),
    })
}

/// The columns of a header line of a roll of one sex's winners by year
/// (`| Year | Winner | Country | Time |`), `sex` the heading's above it.
fn roll(line: &str, lx: &crate::lexicon::Lexicon, sex: Sex) -> Option<Paired> {
    let (header, cols) = columns(line, lx)?;
    let at = |c: Column| cols.iter().position(|k| *k == c);
    let (year, name) = (at(Column::Year)?, at(Column::Name)?);
    if year > name || at(Column::Place).is_some() {
        return None;
    }
    let time = (name + 1..cols.len())
        .find(|&k| matches!(cols[k], Column::Time | Column::GunTime | Column::NetTime));
    let k = usize::from(sex == Sex::Women);
    let mut names = [None, None];
    let mut times = [None, None];
    let mut countries = [None, None];
    names[k] = Some(name);
    times[k] = time;
    countries[k] = at(Column::Country);
    Some(Paired {
        header,
        key: (year, Column::Year),
        names,
        times,
        countries,
        edition: at(Column::Edition),
        day: second_year(&cols, year),
    })
}

/// The sex of the heading right above line `i` (`## Marathon – men`),
/// past blank lines and nothing else.
fn heading_sex(x: &Extractor, i: usize) -> Option<Sex> {
    let k = (0..i).rev().find(|&k| x.opens_line(k))?;
    super::headings::heading_category(x.text(k), x.lx)?.sex
}

/// Reads the side-by-side tables of the article into `pending`.
pub(super) fn scan(x: &mut Extractor, pending: &mut Vec<Pending>) {
    let Some(series) = x.focus else { return };
    let km = series_distance(x, series);
    let mut table: Option<(Paired, Option<i32>)> = None;
    for i in 0..x.out.sentences.len() {
        if !x.opens_line(i) {
            continue;
        }
        let line = x.line_of(i);
        let one_sex = || roll(line, x.lx, heading_sex(x, i)?);
        if let Some(p) = paired(line, x.lx).or_else(one_sex) {
            // A podium's year: the nearest heading above that names one
            // ("## 2026 — 31st edition"), else the article's.
            let year = (0..i)
                .rev()
                .take(12)
                .filter(|&k| x.opens_line(k))
                .find_map(|k| heading_year(x.text(k)))
                .or(x.reference_year());
            table = Some((p, year));
            continue;
        }
        let Some((p, heading)) = &table else { continue };
        let Some(cells) = row_cells(line, &p.header) else {
            // A year that was not run ("2020   not held (pandemic)") is
            // passed over; any other line ends the table.
            if !skipped_year(line) {
                table = None;
            }
            continue;
        };
        let cell = |k: usize| cells.get(k).map_or("", |c| c.as_str());
        let key = cell(p.key.0).trim_end_matches('.');
        // A key cell that is one whole date ("13 July 2025").
        let dated = whole_date(key).filter(|_| p.key.1 == Column::Year);
        let (year, place) = match p.key.1 {
            // (A year, or a date with its year.)
            Column::Year => (
                key.parse::<i32>()
                    .ok()
                    .or_else(|| dated.as_ref().and_then(|d| d.year))
                    .filter(|y| (1900..2100).contains(y)),
                1,
            ),
            _ => (*heading, key.parse::<i64>().unwrap_or(0)),
        };
        let Some(year) = year.filter(|_| place > 0) else {
            continue;
        };
        // "| 5th | 2022 | …": the year's edition is the fifth.
        if let (Column::Year, Some(n)) = (p.key.1, p.edition.and_then(|k| ordinal(cell(k)))) {
            let ed = x.edition(series, year, i);
            x.fact(ed, Property::EditionNumber, Value::Integer(n), i);
        }
        // "| 9th | 13 July 2025 | …": and its day, or the day of its
        // column of days ("| 2016 | 28 Aug 2016 |").
        let day = dated.or_else(|| p.day.and_then(|k| whole_date(cell(k))));
        if let Some(day) = day.filter(|d| d.year == Some(year)).and_then(|d| d.date()) {
            let ed = x.edition(series, year, i);
            x.fact(ed, Property::Date, Value::Date(day), i);
        }
        for (k, sex) in [Sex::Men, Sex::Women].into_iter().enumerate() {
            let Some(names) = p.names[k] else { continue };
            // "Olav Haugland (NOR)": the name and the country's code.
            let raw = cell(names).trim_matches(|c: char| c == '*' || c.is_whitespace());
            let (name, code) = match raw.split_once('(') {
                Some((n, rest)) => (n.trim(), Some(rest.trim_end_matches(')').trim())),
                None => (raw, None),
            };
            if !FULL_NAME.is_match(name) {
                continue;
            }
            let km_f = km.as_deref().and_then(|d| d.parse::<f64>().ok());
            let time = p.times[k]
                .and_then(|c| measure::times(cell(c)).into_iter().next())
                .and_then(|t| measure::fitted(km_f, &t));
            x.runner(name, i);
            pending.push(Pending {
                series,
                year,
                category: Category {
                    distance: km.clone(),
                    sex: Some(sex),
                },
                athlete: name.to_string(),
                nationality: code
                    .or(p.countries[k].map(cell))
                    .filter(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase()))
                    .map(str::to_string),
                outcome: Outcome::Position(place),
                time,
                sentence: i,
            });
        }
    }
}

/// An edition's ordinal in a cell: `1st`, `22nd`, `12.`, `12` (not `—`).
fn ordinal(cell: &str) -> Option<i64> {
    let c = cell.trim().trim_end_matches('.');
    let digits = c.trim_end_matches(|ch: char| ch.is_ascii_alphabetic() || ch == 'º' || ch == 'ª');
    let suffix = &c[digits.len()..];
    let n = digits
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=200).contains(n))?;
    ["", "st", "nd", "rd", "th", "º", "ª", "e", "er", "re"]
        .contains(&suffix.to_lowercase().as_str())
        .then_some(n)
}

/// A row of a roll of winners that is no row of its columns: a year, or a
/// dash where the edition's number would be, then words ("2014   not held",
/// "–  2020  Not held").
fn skipped_year(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    let year = first.len() == 4 && first.bytes().all(|b| b.is_ascii_digit());
    year || ["–", "—", "-"].contains(&first)
}

/// A column of years after the row's key: the race days' (a roll that
/// gives `| Year | Date |` both).
fn second_year(cols: &[Column], key: usize) -> Option<usize> {
    (0..cols.len()).find(|&k| k != key && cols[k] == Column::Year)
}

/// A cell that is one whole date ("13 July 2025", "28 ago 2016").
fn whole_date(cell: &str) -> Option<crate::dates::DateMention> {
    match crate::dates::find_dates(cell).as_slice() {
        [d] if d.end - d.start + 2 >= cell.len() => Some(*d),
        _ => None,
    }
}
