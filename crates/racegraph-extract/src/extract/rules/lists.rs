//! Results: lists and tables of placings, and results told in prose.
//!
//! Results are gathered first and turned into races at the end, because a
//! race's sex may depend on its neighbours: an unmarked category beside a
//! women's one of the same distance is the men's.

use super::headings::*;
use super::measure;
use super::names;
use super::results::natural_order;
use super::rows;
use super::tables::{self, Table};
use super::{Extractor, Kind};
use crate::contract::Sex;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A category of race: distance (km) and sex, as far as known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Category {
    pub distance: Option<String>,
    pub sex: Option<Sex>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Position(i64),
    DidNotFinish,
    DidNotStart,
}

/// A result read but not yet turned into entities.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub series: usize,
    pub year: i32,
    pub category: Category,
    pub athlete: String,
    pub nationality: Option<String>,
    pub outcome: Outcome,
    pub time: Option<String>,
    pub sentence: usize,
}

pub(super) const NAME: &str = r"(?:[\p{Lu}][\p{L}\p{M}’'\-\.]*|(?:van|der|den|de|von|da|di|du|le|la|al|el|bin|dos|del|ter)\b)(?:\s+(?:(?:van|der|den|de|von|das|da|di|do|du|des|le|la|al|el|bin|dos|del|ter)\b|[\p{Lu}][\p{L}\p{M}’'\-\.]*)){1,4}";
pub(super) const TIME: &str = r"(\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*h\s*\d{1,2}\s*(?:m|min)\s*\d{1,2}\s*s|\d{1,2}\s*(?:m|min)\s*\d{1,2}\s*s)";

use crate::pattern::fixed as re;

/// "1. NAME (KEN) 2:19:04", "2) NAME, Kenya, 2:19:30"
pub(super) static NUMBERED_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<pos>\d{{1,2}})[.)]\s+(?P<name>{NAME})\s*(?:\((?P<nat>[^)]{{2,40}})\)|,\s*(?P<nat2>[\p{{Lu}}][\p{{L}} ]{{1,30}}?),)?\s*[,–—\-]*\s*(?:{TIME}|(?P<dnf>DNF|DNS|did not finish|did not start))?"
    ))
});

/// A row's note of its place in the whole race: `(bronze; 7th overall)`.
pub(super) static OVERALL_NOTE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\(\s*(?:[^()]*?[;,]\s*)?(\d{1,2})(?:st|nd|rd|th)\s+overall\s*\)"));

/// A heading of a preview's list of entrants ("Key entrants (personal
/// best)", "Elite field", "Favourites:"): its rows are entrants with their
/// best times, not places.
static ENTRANTS: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:key|elite|leading|top|notable|main|invited)\s+)?(?:entrants|entries|starters|start\s+list|field|favou?rites|contenders|line-?up)\b(?:\s*\((?:personal\s+bests?|pbs?|seed\s+times?|best\s+times?|season[’']?s?\s+bests?)\))?\s*:?\s*$",
    )
});

/// A line that introduces several lists below it: "here is my list of
/// men's podiums from last season:".
static LISTS_INTRO: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)\b(?:lists?|podiums|results|top\s+(?:three|five|ten|\d{1,2})s?)\b[^.;]*:\s*$")
});

/// A year right after a race's name in prose ("won the Sacramento River
/// Half in 2025"): a race of another time, no heading of the lists below.
static IN_YEAR: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s+in\s+(?:19|20)\d\d\b"));

/// A line that introduces a list of some of the field: a club's, a
/// county's, "our" runners.
static SUBSET_INTRO: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^[^:]{0,60}\b(?:our|club|county|members?|locals?|team|school|clubmates)\b[^:]{0,30}\b(?:runners|finishers|results|athletes|members|placings)\b[^:]{0,20}:\s*$",
    )
});

/// Reads results lists and tables into `x.pending`, naming their athletes
/// at once so that later prose can refer to them by surname.
pub(super) fn scan(x: &mut Extractor) {
    let mut pending = Vec::new();
    let mut category: Option<Category> = None;
    let mut context_year: Option<i32> = None;
    let mut context_series: Option<usize> = None;
    // Under a heading of a race (or class) whose rows are not to be read.
    let mut unknown_race = false;
    let mut table: Option<Table> = None;
    let net_first = tables::ranked_by_net(x.body);
    // Table rows whose sex nothing gave.
    let mut sexless: Vec<Pending> = Vec::new();
    // Ranked lines no category settles (see `unsettled::row_time`).
    let mut unsettled: Vec<Pending> = Vec::new();
    // The line and rank of the last row read by its shape.
    let mut last_row: Option<(usize, i64)> = None;
    // A run of rows without ranks, read when it ends.
    let mut bullets: Vec<Pending> = Vec::new();
    // Under a results heading ("Winners and prize-winners:"), across the
    // runs of its races' headings ("21.1 km, Women") until prose.
    let mut results_block = false;
    // The races that rows written in one line were read for.
    let mut inline_races: Vec<(usize, i32, Option<String>, Option<Sex>)> = Vec::new();
    // The distances group labels gave, by their words ("long course").
    let mut label_distances: Vec<(String, String)> = Vec::new();
    // The sex a line introducing several lists names ("here is my list of
    // men's podiums from last season:"), for the races' headings below it.
    let mut lists_sex: Option<Sex> = None;
    let mut header_line: Option<(usize, usize)> = None;
    for i in 0..x.out.sentences.len() {
        let t = x.text(i);
        let at_line_start = x.opens_line(i);
        let line = x.line_of(i);
        if at_line_start {
            if let Some(h) = tables::header(line, x.lx) {
                table = Some(Table::new(h));
                header_line = Some(x.line_spans[i]);
                continue;
            }
        } else if header_line == Some(x.line_spans[i]) {
            // (The header's words after a point, "Poř. Roč.  Jméno", read as
            // sentences of their own: still the header.)
            continue;
        }
        let cells = rows::table_cells(t);
        let row = rows::parse(t, x.lx);
        // "- Jane Doe (KEN) – 51:48": a row without a rank, of a run.
        let bullet = row
            .is_none()
            .then(|| rows::parse_bullet(line, t, x.lx))
            .flatten()
            .filter(|_| {
                x.opens_line(i)
                    && !super::winner_lines::CATEGORY_LINE.is_match(t)
                    && !NUMBERED_LINE.is_match(t)
            });
        if bullet.is_none() {
            super::bullets::flush(&mut bullets, &mut pending);
        }
        let heading_line =
            x.opens_line(i) && t.split_whitespace().count() <= 8 && !t.ends_with('.');
        if heading_line && super::bullets::RESULTS_HEADING.is_match(t) {
            results_block = true;
        } else {
            // A race's heading keeps the block, as does another class's
            // ("Half Marathon MEN'S WHEELCHAIR Division", whose rows are
            // not read) between the open race's; one that qualifies its
            // group ("Men's (Registered Athletes)") heads a ranking inside
            // the field, and ends it.
            let race_heading = heading_line
                && !t.contains('(')
                && (!super::together::other_race(t) || is_other_class(t, x.lx))
                && parse_category(t.trim_end_matches(':'), x.lx).is_some();
            if bullet.is_none() && !race_heading {
                results_block = false;
            }
        }
        // The category of the heading above, before this line is read.
        let above = category.clone();
        // "Men's Open: 1. …, 2. …": rows written in one line.
        let inline = inline_rows(t, x);
        if inline.is_some() {
            x.row_lines.push(i);
        }
        // "Marathon: A in T1 ahead of B (T2) and C (T3)" under "Men".
        let podium = super::winner_lines::podium_line(t, x.lx, category.as_ref());
        // A line that names a year or series sets the context of the lists below it.
        if !super::winner_lines::CATEGORY_LINE.is_match(t)
            && podium.is_none()
            && !NUMBERED_LINE.is_match(t)
            && cells.is_none()
            && row.is_none()
            && bullet.is_none()
            && inline.is_none()
        {
            // (Not a site's menu, "Races | Results | Calendar 2027".)
            let debris = x.sents[i].block == crate::extract::structure::Block::Debris;
            if let Some(y) = heading_year(t)
                .or_else(|| intro_date_year(t))
                .filter(|_| !debris)
            {
                context_year = Some(y);
            }
            // (Not a children's or fun run told of in prose, "The Fun Run
            // was first away, with 84 runners", nor a race named in passing,
            // "Next, X is set to run the Y Half Marathon", "X won the Y Half
            // in 2025": the lists below are not its.)
            let prose = t.split_whitespace().count() > 8 || t.trim_end().ends_with('.');
            if let Some(s) = x.sents[i].chunks.iter().find(|(c, s)| {
                *s == names::Shape::Series
                    && !(prose
                        && (x.side_event(c.text(t))
                            || crate::extract::focus::named_in_passing(t, c.start, c.end)
                            || IN_YEAR.is_match(&t[c.end..])
                            || super::headings::programme_race(x, t, c)))
            }) {
                let name = s.0.text(t).to_string();
                context_series = x.lookup(Kind::RaceSeries, &x.series_key_of(&name));
                unknown_race = false;
            } else if let Some(s) = series_by_city(x, i) {
                context_series = Some(s);
                unknown_race = false;
            } else if context_series.is_some() && names_another_race(t, x.lx) {
                // "Cross de Tomares (Spain) 22/02/2025": a race not read as
                // one; its rows are not the race in focus's.
                unknown_race = true;
            } else if SUBSET_INTRO.is_match(t) || ENTRANTS.is_match(t) {
                // "Here are the Limestone County runners:", "Our members'
                // results:": ranks among some of the field, not the race's.
                unknown_race = true;
            } else if names_championship(x, t, context_series.or(x.focus)) {
                // "National Championship results": the ranks of a
                // championship run inside the race, not the open race's.
                unknown_race = true;
            }
            // "12.5km" then "Men:", "Women:": a sex's heading under a
            // distance's keeps the distance.
            let under = |mut c: Category| {
                if c.distance.is_none() && c.sex.is_some() {
                    c.distance = above.as_ref().and_then(|p| p.distance.clone());
                }
                c
            };
            if is_other_class(t, x.lx) {
                // Wheelchair, handcycle or age-group lists: not the race's
                // places, though the heading names a race and a sex ("Half
                // Marathon MEN'S WHEELCHAIR Division").
                category = None;
            } else if let Some(mut c) = heading_category(t, x.lx) {
                c.sex = c.sex.or(lists_sex);
                category = Some(under(c));
            }
            if t.split_whitespace().count() > 12 {
                category = None;
                lists_sex = LISTS_INTRO
                    .is_match(t)
                    .then(|| super::race_told::one_sex(t))
                    .flatten();
            }
            // "Here are the top eight in the women's 10K:": a line that
            // introduces the list below it and names its race.
            if let Some(c) = intro_category(t, x.lx) {
                category = Some(under(c));
            }
            table = None;
        }
        if unknown_race {
            // Its rows are no results of the race, but their runners are
            // people of the article (and a row's note may give its place
            // in the whole race).
            let (series, year) = (
                context_series.or(x.focus),
                context_year.or(x.reference_year()),
            );
            if let Some(p) =
                super::list_names::unknown_race_row(x, t, i, category.as_ref(), series, year)
            {
                pending.push(p);
            }
            continue;
        }
        let series = context_series.or(x.focus);
        let year = context_year
            .or(x.reference_year())
            // An undated page whose opening dates its race: the lists of
            // that race.
            .or(x
                .race_year
                .filter(|_| !unknown_race && context_series.is_none_or(|s| Some(s) == x.focus)));
        let (Some(series), Some(year)) = (series, year) else {
            continue;
        };
        if let Some(r) = bullet {
            // Only under a heading of a race of one sex that says the list
            // is a finish ("Elite Women Race Results", "Men's Overall"): a
            // preview's list of entrants is ordered by their best times.
            let headed = !bullets.is_empty()
                || results_block
                || (i.saturating_sub(2)..i)
                    .any(|k| super::bullets::RESULTS_HEADING.is_match(x.text(k)));
            if let Some(cat) = category
                .as_ref()
                .filter(|c| c.sex.is_some() && !unknown_race && headed)
            {
                // Its place is its rank in the run, given when the run ends.
                bullets.push(Pending {
                    series,
                    year,
                    category: cat.clone(),
                    time: rows::row_time(x, series, cat, &r),
                    athlete: r.name,
                    nationality: r.nationality,
                    outcome: Outcome::Position(1),
                    sentence: i,
                });
            }
            continue;
        }
        // "Men: 1 T Omondi (KEN) 61:02; 2 B Hailu (ETH) 61:40; …" — rows in one line.
        if let Some(groups) = inline {
            // A group's label without a distance ("Elite Women" after "Half
            // Marathon: Elite Men") keeps the distance of the group before it.
            let mut last_distance: Option<String> = None;
            for (label, segs) in groups {
                // "CZECH CHAMPIONSHIPS – MEN: 1. …": the ranks of a
                // championship run inside the race, not the open race's.
                if label.is_some_and(|l| names_championship(x, l, Some(series))) {
                    continue;
                }
                // "Open: 1 …" in a race of one sex by its name ("Berea
                // Women's 10K"): that sex's race.
                static OPEN: std::sync::LazyLock<crate::pattern::Pattern> =
                    std::sync::LazyLock::new(|| {
                        crate::pattern::fixed(r"(?i)^(?:open|overall|elite|seniors?|general)$")
                    });
                let one_sex = || {
                    x.out.entities[series]
                        .names
                        .iter()
                        .find_map(|n| super::phrasing::sex_of_race(&n.text))
                };
                let cat = match label {
                    Some(l) if OPEN.is_match(l.trim()) => one_sex().map(|s| Category {
                        distance: last_distance
                            .clone()
                            .or_else(|| category.as_ref().and_then(|c| c.distance.clone())),
                        sex: Some(s),
                    }),
                    // Else the distance of the heading above ("10km"
                    // over "Men's Open: 1. …").
                    Some(l) => parse_category(l, x.lx).map(|mut c| {
                        let stem = super::headings::label_stem(l);
                        if c.distance.is_none() {
                            // ("Long course, women" after "Long course (8 km), men".)
                            c.distance = label_distances
                                .iter()
                                .find(|(s, _)| !stem.is_empty() && *s == stem)
                                .map(|(_, d)| d.clone())
                                .or_else(|| last_distance.clone())
                                .or_else(|| above.as_ref().and_then(|h| h.distance.clone()));
                        } else if let Some(d) = &c.distance {
                            label_distances.push((stem, d.clone()));
                        }
                        c
                    }),
                    None => category.clone(),
                };
                last_distance = cat.as_ref().and_then(|c| c.distance.clone());
                // "1. A: T; 2. B: T" under a distance's heading, no label:
                // a run of one race whose sex the prose may tell (two
                // such lines, the men's and the women's).
                if let (None, Some(c)) = (label, cat.as_ref().filter(|c| c.sex.is_none())) {
                    if segs
                        .first()
                        .is_some_and(|r| r.outcome == Outcome::Position(1))
                    {
                        for r in &segs {
                            sexless.push(Pending {
                                series,
                                year,
                                category: c.clone(),
                                athlete: r.name.clone(),
                                nationality: r.nationality.clone(),
                                outcome: r.outcome,
                                time: rows::row_time(x, series, c, r),
                                sentence: i,
                            });
                        }
                    }
                }
                let Some(cat) = cat.filter(|c| c.sex.is_some()) else {
                    // "Veterans: 1 …": places in a class, not the race's;
                    // its runners are people of the article all the same.
                    // Names written as the prose would (not "R Clarke",
                    // not "FERRARIS Matteo", which other rules resolve).
                    for r in segs {
                        let plain = r.name.split_whitespace().count() >= 2
                            && r.name.split_whitespace().all(|w| {
                                let letters = w.trim_end_matches('.').chars().count();
                                letters > 1 && w.chars().skip(1).any(char::is_lowercase)
                            });
                        if plain {
                            // ("Dardenne Chloé" of the prose's "Chloé Dardenne".)
                            let name = natural_order(&r.name, x.body);
                            x.runner(name.as_deref().unwrap_or(&r.name), i);
                        }
                    }
                    continue;
                };
                // A second group of one sex in one race whose distance
                // nothing gives: another race of the event ("Top 3 Men" of
                // its half marathon after the 10K's), which is not known.
                let race = (series, year, cat.distance.clone(), cat.sex);
                if inline_races.contains(&race) {
                    for r in segs {
                        x.runner(&r.name, i);
                    }
                    continue;
                }
                inline_races.push(race);
                for r in segs {
                    let time = rows::row_time(x, series, &cat, &r);
                    pending.push(Pending {
                        series,
                        year,
                        category: cat.clone(),
                        athlete: r.name,
                        nationality: r.nationality,
                        outcome: r.outcome,
                        time,
                        sentence: i,
                    });
                }
            }
            continue;
        }
        if let Some(podium) = podium {
            pending.extend(super::winner_lines::podium_results(podium, series, year, i));
            continue;
        }
        if let Some((cat, athlete, nationality, time)) = super::winner_lines::read(t, x.lx) {
            pending.push(Pending {
                series,
                year,
                category: cat,
                athlete,
                nationality,
                outcome: Outcome::Position(1),
                time: Some(time),
                sentence: i,
            });
            continue;
        }
        // A numbered line whose time this pattern cannot read
        // (`2h09'44"`, `2:44.18`, `2:52:18.6`, `2:31:18:40`), or whose
        // brackets hold figures (`(1:09.48)`), is left to the row reader
        // below.
        let numbered = NUMBERED_LINE.captures(t).filter(|c| {
            if c.name("nat")
                .is_some_and(|n| n.as_str().contains(|ch: char| ch.is_ascii_digit()))
            {
                return false;
            }
            c.get(5).is_some_and(|m| {
                let mut after = t[m.end()..].chars();
                !(matches!(after.next(), Some('.' | ',' | ':'))
                    && after.next().is_some_and(|d| d.is_ascii_digit()))
            }) || c.name("dnf").is_some()
                || t[c.get(0).map_or(0, |g| g.end())..].trim().is_empty()
        });
        if let (Some(c), Some(cat)) = (numbered, &category) {
            let outcome = match c.name("dnf").map(|m| m.as_str().to_lowercase()) {
                Some(s) if s.contains("start") || s == "dns" => Outcome::DidNotStart,
                Some(_) => Outcome::DidNotFinish,
                None => match c["pos"].parse() {
                    Ok(p) => Outcome::Position(p),
                    Err(_) => continue,
                },
            };
            let time = c
                .get(5)
                .and_then(|g| measure::times(g.as_str()).first().map(|t| t.duration()));
            if time.is_none()
                && matches!(outcome, Outcome::Position(_))
                && c.get(5).is_none()
                && !t[c.get(0).map_or(0, |g| g.end())..].trim().is_empty()
            {
                continue;
            }
            pending.push(Pending {
                series,
                year,
                category: cat.clone(),
                athlete: c["name"].trim().to_string(),
                nationality: c
                    .name("nat")
                    .or(c.name("nat2"))
                    .map(|m| m.as_str().trim().to_string()),
                outcome,
                time,
                sentence: i,
            });
            // (The row reader below goes on from it: "3. A, SRB, Club, T".)
            if let Outcome::Position(rank) = outcome {
                last_row = Some((x.out.sentences[i].line, rank));
            }
            continue;
        }
        if let Some(c) = super::rows::STATUS_LINE.captures(t) {
            // The category the line gives, else the list's it stands right under
            // (a line after a gap may be about another race).
            let under_list = pending.last().is_some_and(|p: &Pending| {
                matches!(p.outcome, Outcome::Position(_))
                    && x.out.sentences[p.sentence].line + 1 == x.out.sentences[i].line
            });
            let cat = c
                .name("cat")
                .or(c.name("cat2"))
                .and_then(|m| parse_category(m.as_str(), x.lx))
                .or_else(|| if under_list { category.clone() } else { None });
            if let Some(cat) = cat.filter(|c| c.sex.is_some() || c.distance.is_some()) {
                let word = c["status"].to_lowercase();
                let outcome = if word.contains("start") || word == "dns" {
                    Outcome::DidNotStart
                } else {
                    Outcome::DidNotFinish
                };
                pending.push(Pending {
                    series,
                    year,
                    category: cat,
                    athlete: c["name"].trim().to_string(),
                    nationality: c
                        .name("nat")
                        .or(c.name("code"))
                        .map(|m| m.as_str().trim().to_string()),
                    outcome,
                    time: None,
                    sentence: i,
                });
            }
            continue;
        }
        if let (true, Some(tb)) = (at_line_start, &mut table) {
            if let Some(cells) = tables::cells(line, &tb.header) {
                let km = category
                    .as_ref()
                    .and_then(|c| c.distance.clone())
                    .or_else(|| series_distance(x, series))
                    .and_then(|d| d.parse::<f64>().ok());
                if let Some(p) = tb.row(&cells, category.as_ref(), km, net_first) {
                    // (A row of a table is no sentence of prose:
                    // "Turunen, Oskari  Cove Club  KESK (DNF)".)
                    if x.row_lines.last() != Some(&i) {
                        x.row_lines.push(i);
                    }
                    let p = Pending {
                        series,
                        year,
                        sentence: i,
                        ..p
                    };
                    // A row whose sex nothing gives waits for the whole
                    // table; the line is read on as before meanwhile.
                    if p.category.sex.is_none() {
                        sexless.push(p);
                    } else {
                        pending.push(p);
                        continue;
                    }
                }
            }
        }
        if let (Some(r), Some(cat)) = (&row, &category) {
            let line = x.out.sentences[i].line;
            let follows =
                |rank: i64| last_row.is_some_and(|(l, k)| line <= l + 3 && k < rank) || rank == 1;
            let ok = match r.outcome {
                Outcome::Position(rank) => follows(rank),
                _ => last_row.is_some_and(|(l, _)| line <= l + 3),
            };
            if ok && x.opens_line(i) {
                // (The row's last line: a row flattened one cell to a
                // line spans several.)
                if let Outcome::Position(rank) = r.outcome {
                    last_row = Some((line + t.matches('\n').count(), rank));
                }
                let time = rows::row_time(x, series, cat, r);
                if r.time.is_some() && time.is_none() {
                    continue;
                }
                pending.push(Pending {
                    series,
                    year,
                    category: cat.clone(),
                    athlete: r.name.clone(),
                    nationality: r.nationality.clone(),
                    outcome: r.outcome,
                    time,
                    sentence: i,
                });
                continue;
            }
        }
        // A ranked line under no heading that names a race: only the time
        // of a result read elsewhere.
        if let (Some(r), None) = (&row, &category) {
            unsettled.extend(super::unsettled::unplaced_line(x, i, series, year, r));
        }
    }
    super::bullets::flush(&mut bullets, &mut pending);
    unsettled.extend(super::unsettled::sexes_of_two_runs(
        x,
        &mut pending,
        sexless,
    ));
    x.unsettled_rows = unsettled;
    super::paired_tables::scan(x, &mut pending);
    super::roll_lines::scan(x, &mut pending);
    super::list_names::settle(x, &mut pending);
    x.pending.extend(pending);
}

pub(super) static FULL_NAME: LazyLock<Pattern> = LazyLock::new(|| re(&format!("^{NAME}$")));

#[cfg(test)]
#[path = "lists_tests.rs"]
mod tests;
