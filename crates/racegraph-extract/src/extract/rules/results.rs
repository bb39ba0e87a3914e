//! Every result read (lists, tables, prose) made into races, results,
//! athletes and nationalities, once contradictions, relays and times that
//! fit no reading of the distance are set aside.

use super::conflicts;
use super::headings::parse_category;
use super::lists::{Outcome, Pending};
use super::measure;
use super::names;
use super::race_of::{
    borrow_distance, distance_told_after, men_beside_women, same_result_distance, same_runner_sex,
    sentence_places_sex, sex_by_given_name, taken_place_sex, the_one_distance,
};
use super::{Extractor, Kind, Property, Value};
use crate::contract::{Sex, Status};
use crate::lexicon::Section;
use crate::pattern::Pattern;

/// Turns every result read (lists, tables, prose) into entities.
pub(super) fn run(x: &mut Extractor) {
    let mut pending = std::mem::take(&mut x.pending);
    pending.sort_by_key(|p| p.sentence);
    finish(x, pending);
}

/// A preview's results: the edition it announces (a race day after the
/// publication date, told in a sentence that names the article's race) is
/// not run yet, so a result of its race dated to that
/// edition's year only by default (no year in its sentence) is of an
/// earlier one: last year's when the article spoke of last year before it
/// and announces this year's edition, else it is left out.
fn past_editions_of_preview(x: &Extractor, pending: &mut Vec<Pending>) {
    let (Some(future), Some(focus), true) = (x.future_year, x.focus, x.future_of_focus) else {
        return;
    };
    let this_year = x.reference_year() == Some(future);
    let first_last_year = (0..x.out.sentences.len()).find(|&i| {
        let l = x.text(i).to_lowercase();
        l.contains("last year") || l.contains("a year ago")
    });
    pending.retain_mut(|p| {
        if p.year != future
            || p.series != focus
            || super::super::years::explicit_year(x.text(p.sentence), 0).is_some()
        {
            return true;
        }
        if this_year && first_last_year.is_some_and(|k| k <= p.sentence) {
            p.year = future - 1;
            return true;
        }
        false
    });
}

/// A finishing time as read (`PT…S`) fitted to a race of `km`: as it is
/// if plausible, else read as hours, minutes and seconds when that is
/// ("2:09.58" over a marathon, the agencies' way, not two minutes and
/// nine and a bit seconds); `None` if no reading fits.
pub(super) fn fitted_time(time: &str, km: f64) -> Option<String> {
    let s = measure::seconds_of(time)?;
    if measure::plausible(km, s) {
        return Some(time.to_string());
    }
    if s >= 3600 || !measure::plausible(km, s * 60) {
        return None;
    }
    let hundredths = time
        .strip_suffix('S')
        .and_then(|d| d.rsplit_once('.'))
        .map(|(_, f)| f)
        // "3:09.50" is kept as 9.5 seconds: the fifty seconds.
        .filter(|f| (1..=2).contains(&f.len()))
        .and_then(|f| Some(f.parse::<u32>().ok()? * if f.len() == 1 { 10 } else { 1 }))
        .filter(|&f| f < 60)
        .unwrap_or(0);
    Some(measure::duration(s * 60 + hundredths))
}

/// `p` is the next place of the same edition's results after `prev`.
fn next_place(prev: &Pending, p: &Pending) -> bool {
    matches!(
        (prev.outcome, p.outcome),
        (Outcome::Position(m), Outcome::Position(n)) if n == m + 1
    ) && prev.series == p.series
        && prev.year == p.year
}

/// The sentences strictly between `from` and `to` name no race: no sex of
/// a race, no distance (quotes, the winner's record).
fn no_race_between(x: &Extractor, from: usize, to: usize) -> bool {
    (from + 1..to).all(|k| {
        let t = x.text(k).to_lowercase();
        super::phrasing::sex_of_race(&t).is_none() && super::phrasing::distance_of(&t).is_none()
    })
}

/// Turns gathered results into races, results, athletes and nationalities.
pub(super) fn finish(x: &mut Extractor, mut pending: Vec<Pending>) {
    pending.retain(|p| !names::no_runner(&p.athlete, x.lx));
    past_editions_of_preview(x, &mut pending);
    same_result_distance(&mut pending);
    // The next place right after a result of a distance of its own, with
    // no other race named between ("X has won the men's 10km …" then "He
    // was followed by Y in second"), is of that distance, not the series'.
    for k in 1..pending.len() {
        let (before, rest) = pending.split_at_mut(k);
        // (Past a result of the other sex told between: "A won in T1, while
        // B won in T2." then "He finished ahead of C and D".)
        let p = &mut rest[0];
        let Some(prev) = before[k.saturating_sub(3)..].iter().rev().find(|prev| {
            next_place(prev, p) && p.category.sex.is_none_or(|s| prev.category.sex == Some(s))
        }) else {
            continue;
        };
        if p.category.distance.is_none()
            && prev.category.distance.is_some()
            && p.sentence >= prev.sentence
            && p.sentence <= prev.sentence + 3
            && no_race_between(x, prev.sentence, p.sentence)
        {
            p.category.distance.clone_from(&prev.category.distance);
        }
    }
    // No distance of its own, in the sentence of a result of the same race
    // and sex that has one ("B took silver in the half in T behind A"):
    // that distance.
    // (Not in a sentence that names two distances: "third in the
    // half-marathon …, and X was ninth in the marathon".)
    static DISTANCES: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)\bhalf[\s\-]marathon|\bmarathon|\b\d{1,3}\s?(?:km|k|miles?)\b")
    });
    let one_distance = |i: usize| {
        let mut named: Vec<String> = DISTANCES
            .find_iter(x.text(i))
            .map(|m| m.as_str().to_lowercase())
            .map(|m| {
                if m.starts_with("half") {
                    "half".into()
                } else {
                    m
                }
            })
            .collect();
        named.sort();
        named.dedup();
        named.len() <= 1
    };
    borrow_distance(&mut pending, |p, o| {
        o.sentence == p.sentence
            && o.series == p.series
            && o.year == p.year
            && o.category.sex == p.category.sex
            && one_distance(p.sentence)
    });
    // A category with no distance takes the series' own ("X Marathon").
    // (The article's one distance is the same for every result: read once,
    // when first needed.)
    let mut article_distance: Option<Option<String>> = None;
    for p in &mut pending {
        // ("took the men's title in the mini-marathon": a shorter race of
        // the event, whose distance is not the series'.)
        if p.category.distance.is_none()
            && super::race_of::names_sized_race(x.text(p.sentence), x.lx)
        {
            p.category.distance = super::race_of::sized_race_distance(x.body, x.lx);
            continue;
        }
        if p.category.distance.is_none() {
            let names: Vec<String> = x.out.entities[p.series]
                .names
                .iter()
                .map(|n| n.text.clone())
                .collect();
            p.category.distance = super::headings::series_distance(x, p.series)
                .or_else(|| distance_told_after(x, &names))
                .or_else(|| {
                    article_distance
                        .get_or_insert_with(|| {
                            the_one_distance(x).or_else(|| super::race_of::agreed_distance(x))
                        })
                        .clone()
                })
                .or_else(|| super::headings::number_word_distance(x, p.series));
        }
    }
    // A runner named by family name alone is the runner named in full
    // before ("Hollis, who was fourth here"), so that two readings of one
    // runner's place are seen to contradict.
    // A name written in another order elsewhere (a table's "KIPROTICH LAGAT
    // EVANS", the prose's "Evans Kiprotich Lagat") is that runner's.
    for p in &mut pending {
        if let Some(short) = super::runner_refs::less_home_town(x, &p.athlete) {
            p.athlete = short;
        }
        let found = if p.athlete.trim().contains(' ') {
            x.person_by_words(&p.athlete)
        } else {
            x.person_by_surname(&names::normalise_key(&p.athlete))
        };
        if let Some(n) = found.and_then(|id| x.out.entities[id].names.first()) {
            p.athlete = n.text.clone();
        }
    }
    conflicts::drop_conflicts(&mut pending);
    // "A and B took the next two places in T1 and T2": the times in order.
    super::paired_times::read(x, &mut pending);
    // A relay's places are teams' ("Hakone Ekiden"): not individual results.
    pending.retain(|p| {
        !x.out.entities[p.series].names.iter().any(|n| {
            n.text
                .split_whitespace()
                .any(|w| x.lx.has(Section::TeamRace, w))
        })
    });
    // A time read as fits the race's distance ("1:04" over a half marathon
    // is an hour and four). One that fits no reading is another race's
    // ("72:18" under a marathon's name, from the half run beside it): the
    // result is not this race's.
    // Unless the article's opening lines name the race it fits ("… win
    // Canadian Half Marathon Championships" over a list under the
    // "Prairie Lights Marathon").
    let opening: Vec<&str> = (0..x.out.sentences.len().min(3))
        .map(|i| x.text(i))
        .collect();
    let opening_km = parse_category(&opening.join(" "), x.lx)
        .and_then(|c| c.distance)
        .and_then(|d| d.parse::<f64>().ok().map(|k| (d, k)));
    pending.retain_mut(|p| {
        let km = p
            .category
            .distance
            .as_ref()
            .and_then(|d| d.parse::<f64>().ok());
        let (Some(km), Some(s)) = (km, p.time.as_deref().and_then(measure::seconds_of)) else {
            return true;
        };
        let fitted = p.time.as_deref().and_then(|d| fitted_time(d, km));
        p.time = if fitted.is_some() {
            fitted
        } else if let Some((d, _)) = opening_km
            .as_ref()
            .filter(|(_, k)| *k != km && measure::plausible(*k, s))
        {
            p.category.distance = Some(d.clone());
            p.time.take()
        } else {
            return false;
        };
        true
    });
    // Unmarked in a race of one sex by its name ("Kibi Plain Women's
    // Marathon"): that sex.
    for p in &mut pending {
        if p.category.sex.is_none() {
            p.category.sex = x.out.entities[p.series]
                .names
                .iter()
                .find_map(|n| super::phrasing::sex_of_race(&n.text));
        }
    }
    same_runner_sex(&mut pending);
    // Unmarked: the pronouns of the sentences that name the runner by
    // family name ("Abera … he reached the finish"), when only one kind.
    for p in &mut pending {
        if p.category.sex.is_none() {
            p.category.sex = super::told_later::pronouns_of(x, &p.athlete);
        }
    }
    // Unmarked, right after a place of a race of known sex and going on
    // from it ("X topped the women's division." then "Y placed second"):
    // the podium goes on, that sex. (Not where its own sentence tells a
    // result of the other sex: "Whitcombe claimed victory when he broke the
    // tape, with Reddy second", after the women's winner.)
    let told: Vec<(usize, Option<Sex>)> = pending
        .iter()
        .map(|p| (p.sentence, p.category.sex))
        .collect();
    for k in 1..pending.len() {
        let (before, rest) = pending.split_at_mut(k);
        // The result before it of the same edition, past one of another
        // year told in the same sentence ("Last year's winner, X, took
        // second").
        // (Or the place right before it told in one sentence with others
        // read in another order: "A won, while second and third placings
        // went to B and C" reads B and C before A.)
        let same_edition =
            |j: usize| before[j].series == rest[0].series && before[j].year == rest[0].year;
        let j = (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| {
                same_edition(j)
                    && next_place(&before[j], &rest[0])
                    && (j + 1..k).all(|m| before[m].sentence == before[j].sentence)
            })
            .or_else(|| {
                (k.saturating_sub(3)..k)
                    .rev()
                    .find(|&j| same_edition(j))
                    .filter(|&j| (j + 1..k).all(|m| before[m].sentence == rest[0].sentence))
            })
            .unwrap_or(k - 1);
        let before = &before[..=j];
        let (prev, p) = (&before[j], &mut rest[0]);
        if !next_place(prev, p) {
            continue;
        }
        // A few sentences between the two that speak of no race (quotes,
        // the winner's record) do not break the podium.
        let quiet = p.category.sex.is_none_or(|s| prev.category.sex == Some(s))
            && (p.category.distance.is_none() || p.category.distance == prev.category.distance)
            && p.sentence > prev.sentence
            && p.sentence <= prev.sentence + 4
            && no_race_between(x, prev.sentence, p.sentence);
        // A place with no distance of its own right after the one before
        // it of the same race ("Runner-up was X …, and Y took third") is of
        // that distance too.
        if p.category.distance.is_none()
            && (p.sentence == prev.sentence || quiet)
            && p.category.sex.is_none_or(|s| prev.category.sex == Some(s))
        {
            p.category.distance.clone_from(&prev.category.distance);
        }
        if let (None, Some(sex)) = (p.category.sex, prev.category.sex) {
            // Only when the results just before speak of that race alone.
            let alone = before
                .iter()
                .rev()
                .take_while(|o| o.sentence == prev.sentence)
                .all(|o| o.category.sex == Some(sex));
            let other_in_own = told
                .iter()
                .any(|&(i, s)| i == p.sentence && s.is_some_and(|s| s != sex));
            if alone
                && !other_in_own
                && prev.category.distance == p.category.distance
                && (p.sentence <= prev.sentence + 1 || quiet)
            {
                p.category.sex = Some(sex);
            }
        }
    }
    // Unmarked beside women's results: the men's.
    men_beside_women(x, &mut pending);
    taken_place_sex(&mut pending);
    sentence_places_sex(&mut pending);
    // (And the runner's other results in the series, given no sex so far:
    // "last year's winner X had to settle for second place" beside a
    // women's race.)
    same_runner_sex(&mut pending);
    same_result_distance(&mut pending);
    // A runner's given name that is the other sex's wherever it is used.
    sex_by_given_name(x.lx, &mut pending);
    // A sex given above may make two readings one race's.
    conflicts::drop_conflicts(&mut pending);
    // A race is one sex's (the women's half marathon): where the article
    // gives results of both the men's and the women's race of a distance, a
    // result of that distance it gives no sex to is of neither for sure,
    // and is left out, its runner kept as a person and its edition as an
    // edition.
    let of_sex = |sex: Sex| -> Vec<(usize, i32, Option<String>)> {
        pending
            .iter()
            .filter(|p| p.category.sex == Some(sex))
            .map(|p| (p.series, p.year, p.category.distance.clone()))
            .collect()
    };
    let (men, women) = (of_sex(Sex::Men), of_sex(Sex::Women));
    // So is a result of no distance in an article that writes two
    // distances or more ("Line V. took her ninth win" at an event of a 5 km
    // and a 10 km): of no race for sure.
    // (The article is read for its distances only when some result has none.)
    let two_distances = pending.iter().any(|p| p.category.distance.is_none())
        && super::race_of::writes_two_distances(x);
    let (sexed, unsexed): (Vec<Pending>, Vec<Pending>) = pending.into_iter().partition(|p| {
        let key = (p.series, p.year, p.category.distance.clone());
        (p.category.sex.is_some() || !(men.contains(&key) && women.contains(&key)))
            && !(p.category.distance.is_none() && two_distances)
    });
    for p in unsexed {
        x.edition(p.series, p.year, p.sentence);
        x.person(&p.athlete, true, p.sentence);
    }
    // Each result with the person its runner's name resolves to.
    let pending = conflicts::drop_resolved_conflicts(x, sexed);
    let later: Vec<Option<(String, usize)>> = pending
        .iter()
        .map(|(_, p)| {
            super::told_later::later_time(x, p).or_else(|| super::unsettled::row_time(x, p))
        })
        .collect();
    for ((athlete, p), later) in pending.into_iter().zip(later) {
        let i = p.sentence;
        let ed = x.edition(p.series, p.year, i);
        let race = x.race(ed, p.category.distance.clone(), p.category.sex, i);
        let result = x.entity(
            Kind::RaceResult,
            crate::extract::Key::Result { race, athlete },
        );
        x.fact(result, Property::Race, Value::Entity(race), i);
        x.fact(result, Property::Athlete, Value::Entity(athlete), i);
        match p.outcome {
            Outcome::Position(n) => {
                x.fact(result, Property::Position, Value::Integer(n), i);
                if let Some(t) = p.time {
                    x.fact(result, Property::FinishTime, Value::Duration(t), i);
                } else if let Some((t, j)) = later {
                    x.fact(result, Property::FinishTime, Value::Duration(t), j);
                }
            }
            Outcome::DidNotFinish => x.fact(
                result,
                Property::Status,
                Value::Status(Status::DidNotFinish),
                i,
            ),
            Outcome::DidNotStart => x.fact(
                result,
                Property::Status,
                Value::Status(Status::DidNotStart),
                i,
            ),
        }
        if let Some(nat) = p.nationality {
            let country =
                x.lx.country_by_code(&nat)
                    .or_else(|| x.lx.country(&nat))
                    .cloned();
            if let Some(c) = country {
                let k = x.country_of(&c, i);
                x.fact(athlete, Property::Nationality, Value::Entity(k), i);
            }
        }
    }
}

/// A name written family name first in capitals (`TESFAYE Bereket Alemu`)
/// as the article's prose writes it (`Bereket Alemu Tesfaye`), when it does;
/// so is one of two words written family name first without capitals
/// (`Dardenne Chloé` of a list, `Chloé Dardenne` in the prose).
pub(super) fn natural_order(name: &str, body: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    let caps = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| !c.is_lowercase());
    if !caps && !rest.contains(' ') && body.contains(&format!("{rest} {first}")) {
        let pattern = format!(r"\b{} {}\b", regex::escape(rest), regex::escape(first));
        let found = crate::pattern::compile(&pattern).ok()?.find(body)?;
        return Some(found.as_str().to_string());
    }
    if !caps || rest.chars().all(|c| !c.is_lowercase()) {
        return None;
    }
    let mut family = String::new();
    let mut chars = first.chars();
    if let Some(c) = chars.next() {
        family.push(c);
        family.extend(chars.flat_map(char::to_lowercase));
    }
    let natural = format!("{rest} {family}");
    let pattern = format!(r"(?i)\b{}\b", regex::escape(&natural));
    let found = crate::pattern::compile(&pattern).ok()?.find(body)?;
    Some(found.as_str().to_string())
}
