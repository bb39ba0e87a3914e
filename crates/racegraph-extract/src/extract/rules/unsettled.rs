//! Ranked lines whose sex or race nothing settles: a table that ranks two
//! races from 1 one after the other, whose prose tells which is which, and
//! lines that make no result of their own but give the time of one read
//! elsewhere.

use super::lists::{Category, Outcome, Pending};
use super::names;
use super::rows::{self, Row};
use super::Extractor;
use crate::contract::Sex;

/// Table rows without a sex: a table that ranks one race from 1, then
/// another from 1 again ("| 1 | A | … | 10 | J |, | 1 | K | …") holds the
/// men's and the women's races; which is which, the prose says of the
/// winners ("The women's race was a procession for K"). Rows not settled so
/// are left out, as is a single run (an overall ranking of both sexes), and
/// returned: they may still give the time of a runner's result read
/// elsewhere ([`row_time`]).
pub(super) fn sexes_of_two_runs(
    x: &Extractor,
    pending: &mut Vec<Pending>,
    sexless: Vec<Pending>,
) -> Vec<Pending> {
    // Per table (rows no more than three lines apart, of one distance),
    // its runs of places.
    let mut tables: Vec<Vec<Vec<Pending>>> = Vec::new();
    let mut last: Option<(usize, Option<String>)> = None;
    for p in sexless {
        let first = matches!(p.outcome, Outcome::Position(1));
        let sentence = p.sentence;
        let near = last
            .as_ref()
            .is_some_and(|(l, d)| sentence <= l + 3 && *d == p.category.distance);
        last = Some((sentence, p.category.distance.clone()));
        match tables.last_mut() {
            Some(runs) if near => match runs.last_mut() {
                Some(run) if !first => run.push(p),
                _ => runs.push(vec![p]),
            },
            _ => tables.push(vec![vec![p]]),
        }
    }
    // The race the prose names a run's winner in.
    let said = |run: &[Pending]| -> Option<Sex> {
        let winner = run
            .iter()
            .find(|p| matches!(p.outcome, Outcome::Position(1)))?;
        let family = winner.athlete.split_whitespace().last()?.to_lowercase();
        (0..x.out.sentences.len())
            .map(|i| x.text(i))
            .filter(|t| !t.contains('|'))
            .filter(|t| {
                t.to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == family)
            })
            .find_map(super::phrasing::sex_of_race)
    };
    let mut unsettled = Vec::new();
    for runs in tables {
        let settled = match runs.as_slice() {
            [a, b] => match (said(a), said(b)) {
                (Some(Sex::Women), _) | (_, Some(Sex::Men)) => Some((a, b, Sex::Women, Sex::Men)),
                (Some(Sex::Men), _) | (_, Some(Sex::Women)) => Some((a, b, Sex::Men, Sex::Women)),
                _ => None,
            },
            _ => None,
        };
        let Some((a, b, sa, sb)) = settled else {
            unsettled.extend(runs.into_iter().flatten());
            continue;
        };
        // The lines are the table's: what else read them gives way.
        let lines: Vec<usize> = a.iter().chain(b).map(|p| p.sentence).collect();
        pending.retain(|p| !lines.contains(&p.sentence));
        for (run, sex) in [(a, sa), (b, sb)] {
            for p in run {
                let mut p = p.clone();
                p.category.sex = Some(sex);
                pending.push(p);
            }
        }
    }
    unsettled
}

/// The time of result `p`, told without one, from a table row of no sex
/// that gives the same runner the same place in the same race ("Dawit
/// Wolde came in first" above "Position Athlete Time / 1 Dawit Wolde
/// 1:02:58"), with the row's sentence. A row that agrees on the runner and
/// the place is the same result whatever the table ranks.
pub(super) fn row_time(x: &Extractor, p: &Pending) -> Option<(String, usize)> {
    if p.time.is_some() || !matches!(p.outcome, Outcome::Position(_)) {
        return None;
    }
    let key = names::normalise_key(&p.athlete);
    x.unsettled_rows
        .iter()
        .find(|r| {
            r.series == p.series
                && r.year == p.year
                && r.outcome == p.outcome
                && names::normalise_key(&r.athlete) == key
                && (r.category.distance.is_none() || r.category.distance == p.category.distance)
        })
        .and_then(|r| Some((r.time.clone()?, r.sentence)))
}

/// A ranked line with a time under no heading that names a race
/// ("Position Athlete Time / 1 Dawit Wolde 1:02:58"), kept for
/// [`row_time`]: no result of its own.
pub(super) fn unplaced_line(
    x: &Extractor,
    i: usize,
    series: usize,
    year: i32,
    r: &Row,
) -> Option<Pending> {
    if !matches!(r.outcome, Outcome::Position(_)) || !x.opens_line(i) {
        return None;
    }
    let category = Category::default();
    let time = rows::row_time(x, series, &category, r)?;
    Some(Pending {
        series,
        year,
        category,
        athlete: r.name.clone(),
        nationality: None,
        outcome: r.outcome,
        time: Some(time),
        sentence: i,
    })
}
