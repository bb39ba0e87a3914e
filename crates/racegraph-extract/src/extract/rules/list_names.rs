//! The names of a list's rows as the article means them: a country code
//! written after the name taken off it, a name written family-first turned
//! the way the prose writes it, an initial expanded, a lone surname made the
//! one full name the article gives it (or the row left out); and the
//! runners of rows that are not the race's, people of the article.

use super::lists::{Category, Outcome, Pending, FULL_NAME, NUMBERED_LINE, OVERALL_NOTE};
use super::measure;
use super::results::natural_order;
use super::Extractor;

/// Settles the names of `pending`'s rows and names their runners.
pub(super) fn settle(x: &mut Extractor, pending: &mut Vec<Pending>) {
    for p in pending.iter_mut() {
        // "1. Daniel Kipchirchir Koros KEN 2:08:51": the code ends the name.
        if let Some((name, code)) = p.athlete.rsplit_once(' ') {
            if name.contains(' ') && x.lx.country_by_code(code).is_some() {
                if p.nationality.is_none() {
                    p.nationality = Some(code.to_string());
                }
                p.athlete = name.to_string();
            }
        }
        // "TESFAYE Bereket Alemu": the order the prose writes it, if it does.
        if let Some(natural) = natural_order(&p.athlete, x.body) {
            p.athlete = natural;
        }
        if let Some(full) = x.expand_initial(&p.athlete) {
            p.athlete = full;
        }
    }
    // A lone surname stands for the one full name the article gives it;
    // without one it is left out.
    pending.retain_mut(|p| {
        if p.athlete.contains(' ') {
            return true;
        }
        match x.full_name_of(&p.athlete) {
            Some(full) => {
                p.athlete = full;
                true
            }
            None => false,
        }
    });
    for p in pending.iter() {
        x.runner(&p.athlete, p.sentence);
    }
}

/// A row under a heading whose rows are not the race's (another race, a
/// subset of the field, a preview's entrants): its runners are people of
/// the article, of a category's line too ("Men: A (KEN, Club) 59:58; B
/// (KEN, Club) 60:30"); a numbered row's note of its place in the whole
/// race ("3. Jane Doe 1:05:10 (bronze; 7th overall)") is that place in
/// `series` and `year`, under a heading of one sex.
pub(super) fn unknown_race_row(
    x: &mut Extractor,
    t: &str,
    i: usize,
    category: Option<&Category>,
    series: Option<usize>,
    year: Option<i32>,
) -> Option<Pending> {
    if super::winner_lines::CATEGORY_LINE.is_match(t) {
        let names = t.split_once(':').map_or("", |(_, rest)| rest);
        for piece in names.split(';') {
            let name = piece.split('(').next().unwrap_or("").trim();
            if FULL_NAME.is_match(name) {
                x.runner(name, i);
            }
        }
        return None;
    }
    let c = NUMBERED_LINE.captures(t).filter(|c| c.get(5).is_some())?;
    let mut name = c["name"].trim();
    // "Abel Tola Kassa ETH": the code is no part of the name.
    if let Some((rest, code)) = name.rsplit_once(' ') {
        if code.len() == 3
            && code.chars().all(|c| c.is_ascii_uppercase())
            && x.lx.country_by_code(code).is_some()
        {
            name = rest;
        }
    }
    let name = name.to_string();
    x.runner(&name, i);
    let place = OVERALL_NOTE
        .captures(&t[c.get(0).map_or(0, |g| g.end())..])
        .and_then(|o| o[1].parse().ok())?;
    Some(Pending {
        series: series?,
        year: year?,
        category: category.filter(|c| c.sex.is_some())?.clone(),
        athlete: name,
        nationality: None,
        outcome: Outcome::Position(place),
        time: c
            .get(5)
            .and_then(|g| measure::times(g.as_str()).first().map(|t| t.duration())),
        sentence: i,
    })
}
