//! A roll of winners written one year to a line, the men's winner and the
//! women's set apart by a slash, as previews and race sites list past
//! champions: `2025 – A (KEN) 2:11:40 / B (USA) 2:29:05`, `- 2018 (2nd): A
//! 29:50 / B 33:12`. Each line of a run of two or more gives the wins of
//! its year, the men's first: only where the first time is the faster,
//! and each fits the distance (a heading's above the lines, else the
//! race's). An edition's ordinal in brackets after the year numbers that
//! year's edition.

use super::super::measure;
use super::headings::{heading_category, series_distance};
use super::lists::{Category, Outcome, Pending, NAME};
use crate::contract::{Property, Sex};
use crate::extract::{Extractor, Value};
use crate::pattern::{fixed as re, Pattern};
use std::sync::LazyLock;

/// One line of the roll: the year, perhaps the edition, and each winner
/// with a country's code in brackets and a time.
static LINE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^[-*•]?\s*(?P<year>(?:19|20)\d\d)(?:\s*\((?P<ed>\d{{1,3}})(?:st|nd|rd|th)\))?\s*[:–—-]\s*(?P<a>{NAME})\s*(?:\((?P<ac>[A-Z]{{3}})\)\s*)?[,–—-]?\s*(?P<at>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s*/\s*(?P<b>{NAME})\s*(?:\((?P<bc>[A-Z]{{3}})\)\s*)?[,–—-]?\s*(?P<bt>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s*$"
    ))
});

/// Reads the rolls of winners of the article into `pending`.
pub(super) fn scan(x: &mut Extractor, pending: &mut Vec<Pending>) {
    let Some(series) = x.focus else { return };
    let lines: Vec<usize> = (0..x.out.sentences.len())
        .filter(|&i| x.opens_line(i) && LINE.is_match(x.line_of(i).trim()))
        .collect();
    for (n, &i) in lines.iter().enumerate() {
        // (A run of two lines or more, one right under the other.)
        let next_to = |j: Option<&usize>| {
            j.is_some_and(|&j| x.out.sentences[j].line.abs_diff(x.out.sentences[i].line) == 1)
        };
        if !next_to(n.checked_sub(1).and_then(|p| lines.get(p))) && !next_to(lines.get(n + 1)) {
            continue;
        }
        let line = x.line_of(i).trim();
        let Some(c) = LINE.captures(line) else {
            continue;
        };
        let Ok(year) = c["year"].parse::<i32>() else {
            continue;
        };
        // The distance of the heading above the roll, else the race's.
        let heading = (0..i)
            .rev()
            .filter(|&k| x.opens_line(k) && !LINE.is_match(x.line_of(k).trim()))
            .take(3)
            .find_map(|k| heading_category(x.text(k), x.lx).and_then(|h| h.distance));
        let km = heading.or_else(|| series_distance(x, series));
        let km_f = km.as_deref().and_then(|d| d.parse::<f64>().ok());
        let times: Vec<_> = ["at", "bt"]
            .iter()
            .filter_map(|g| measure::times(&c[*g]).into_iter().next())
            .collect();
        let [men_t, women_t] = times.as_slice() else {
            continue;
        };
        if men_t.seconds >= women_t.seconds {
            continue;
        }
        let (Some(men), Some(women)) =
            (measure::fitted(km_f, men_t), measure::fitted(km_f, women_t))
        else {
            continue;
        };
        if let Some(ed) = c.name("ed").and_then(|e| e.as_str().parse::<i64>().ok()) {
            let edition = x.edition(series, year, i);
            x.fact(edition, Property::EditionNumber, Value::Integer(ed), i);
        }
        for (sex, name, code, time) in [
            (Sex::Men, &c["a"], c.name("ac"), men),
            (Sex::Women, &c["b"], c.name("bc"), women),
        ] {
            x.runner(name, i);
            pending.push(Pending {
                series,
                year,
                category: Category {
                    distance: km.clone(),
                    sex: Some(sex),
                },
                athlete: name.to_string(),
                nationality: code.map(|m| m.as_str().to_string()),
                outcome: Outcome::Position(1),
                time: Some(time),
                sentence: i,
            });
        }
    }
}
