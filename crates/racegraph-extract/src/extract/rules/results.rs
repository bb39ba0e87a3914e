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
use regex::Regex;

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
    static DISTANCES: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
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
                });
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
    let two_distances = super::race_of::writes_two_distances(x);
    let (sexed, unsexed): (Vec<Pending>, Vec<Pending>) = pending.into_iter().partition(|p| {
        let key = (p.series, p.year, p.category.distance.clone());
        (p.category.sex.is_some() || !(men.contains(&key) && women.contains(&key)))
            && !(p.category.distance.is_none() && two_distances)
    });
    for p in unsexed {
        x.edition(p.series, p.year, p.sentence);
        x.person(&p.athlete, true, p.sentence);
    }
    let pending = sexed;
    let later: Vec<Option<(String, usize)>> = pending
        .iter()
        .map(|p| super::told_later::later_time(x, p).or_else(|| super::unsettled::row_time(x, p)))
        .collect();
    for (p, later) in pending.into_iter().zip(later) {
        let i = p.sentence;
        let ed = x.edition(p.series, p.year, i);
        let race = x.race(ed, p.category.distance.clone(), p.category.sex, i);
        let athlete = x.person(&p.athlete, true, i);
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
    if !caps && !rest.contains(' ') && body.contains(rest) {
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

use super::registry::{Counterexample as Cx, Example as Ex, Family as Fam, Rule as R, Scope as S};

pub(crate) static RESULTS: R = R {
    name: "results made into races and results",
    family: Fam::Results,
    doc: "Every result read from lists and prose becomes a race (series, year, distance, sex) and a result; a race whose name gives no distance takes the one written right after its name (`the X Challenge 10km road race`), or later in the sentence that names it, as what it is, when the sentence names no other distance (`won the X Road Race, the first time he had run the 10-kilometre event`); an unmarked category in a race named for one sex (`X Women's Marathon`) is that sex's, one beside a women's one of the same distance is the men's, as is one in an article that tells women's results of another race apart (`X won the half marathon` beside `the women's marathon went to Y`), save a runner whose given name is a woman's (lexicon `[female_given_name]`), else the runner's pronouns say it; an undated page's headline, after lines of page furniture of a few words each, dates its results; a time that fits no reading of the distance leaves the result out, unless the article's opening lines name a race it fits (a half run beside a marathon of that name); a runner with no sex of their own takes it from the pronouns of the sentences that name them alone and of a quote told right after (`'…,' he said`); a place right after the one before it, a few sentences later with nothing about another race between (quotes, a record), is of the same race; a podium result told without a time takes one said to be the runner's by name (`The clock stopped at T for X`, `X, two strides behind, was given T`), or one from the next sentences that name the runner alone and one time after a verb of finishing (`Rotich … crossed the finish line in 2:12:40`), or that of a ranked line under no heading that names a race which gives the same runner the same place (`Position Athlete Time` / `1 Dawit Wolde 1:02:58`; such lines make no result of their own); a paragraph that opens on last year (`Last year, …`) speaks of last year in the sentences after, a result of no distance in an article that writes two distances or more (`the five-kilometre race` and `over the 10 kilometres`, in figures or words) is of no race for sure and is left out, its runner kept as a person; and a preview's results of the race it announces (a race day after the publication date) are of no edition not yet run: last year's when the article spoke of last year before them, else none.",
    reads: &[],
    writes: &[
        Property::EditionOf,
        Property::Year,
        Property::RaceOf,
        Property::Distance,
        Property::Sex,
        Property::Race,
        Property::Athlete,
        Property::Position,
        Property::FinishTime,
        Property::Status,
        Property::Nationality,
    ],
    examples: &[&[
    // A paragraph that opens on last year speaks of last year; a preview's
    // results told after "last year" are last year's, the edition it
    // announces not being run yet.
    Ex {
        text: "The fifth Kota Bay Marathon will be held on Aug 10.\n\nLast year, Kenyans swept the men's race. Dan Sang won in 2:21:33, ahead of Ben Roe (2:23:10).\n\nIn the women's race, Mary Bett crossed the line first in 2:58:40.",
        published: Some("2025-08-06"),
        yields: &[
            "result of Ben Roe race Kota Bay Marathon 2024 42.195 Men",
            "result of Mary Bett race Kota Bay Marathon 2024 42.195 Women",
        ],
    },
    // An undated page whose headline, after lines of page furniture,
    // gives the race's year: its results are of that year; "a distance of
    // 20 miles" is the course's.
    Ex {
        text: "TEL: 869-469-2210\n\nE-MAIL: Club Secretary\n\nClub News\n\nCove Island Run 2025\n\nThe club tried a run right round the island, a distance of 20 miles.\n\nAnn Pike won in 2:51:20, with club member Jo-Ann Lib second in 3:02:47.",
        published: None,
        yields: &["result of Jo-Ann Lib race Cove Island Run 2025 32.1869"],
    },
    // A later race announced is another's: this one's results stay.
    Ex {
        text: "Ann Lowe won the Tarn Valley 10k on Sunday, June 8, in 34:02.\n\nComing up\n\nThe Kilkee Cliff 10k takes place on Sunday, June 22.",
        published: Some("2025-06-12"),
        yields: &["result of Ann Lowe race Tarn Valley 10k 2025 10"],
    },
    Ex {
        text: "Ann Lowe won the Tarn Valley Marathon on Sunday in 2:31:02.\n\nLast year, the race went to Ida Crane. Crane finished in 2:33:40 and Ruth Pike was second.",
        published: Some("2025-05-12"),
        yields: &["result of Ruth Pike race Tarn Valley Marathon 2024 42.195"],
    },
    // A past win of a runner beside their place in the race at hand, whose
    // sex only the race at hand gives (the men's, beside a women's race).
    Ex {
        text: "At the Cordoba Half Marathon, last year's winner Hic Bena had to settle for second place behind Alv Ruiz, who recorded a time of 1:04:09.\n\nIn the women's race, Mar Lope won in 1:14:10.",
        published: Some("2025-11-09"),
        yields: &["result of Hic Bena race Cordoba Half Marathon 2024 21.0975 Men"],
    },
    // Times told later: a sentence that opens on one winner and a clause
    // that opens on the other ("…, while Kiru clocked T"), a place named
    // in between no runner; a pronoun right after a sentence about the
    // winner alone.
    Ex {
        text: "Ken Lang and Sha Kiru took the men's and women's titles at the Medan Marathon on Sunday.\n\nLang crossed the finish line at Merdeka Square in 2 hours 19 minutes 44 seconds, while Kiru clocked 2 hours 47 minutes 10 seconds.\n\nAt the Lake Night Marathon, Le Khai and Din Nhung won the men's and women's titles. Former bronze medallist Khai broke away at the 15km mark. He crossed the finish line in 2:27:41, a record.",
        published: Some("2025-06-29"),
        yields: &[
            "result of Ken Lang finishTime PT2H19M44S",
            "result of Sha Kiru finishTime PT2H47M10S",
            "result of Le Khai finishTime PT2H27M41S",
        ],
    },
    Ex {
        text: "Lakeside Marathon 2025\nMen's marathon\n1. Peter Kiprono (KEN) 2:08:11\n",
        published: Some("2025-04-07"),
        yields: &[
            "result of Peter Kiprono race Lakeside Marathon 2025 42.195 Men",
            "Lakeside Marathon 2025 42.195 Men distance 42.195",
        ],
    }, Ex {
        // The distance told later in the sentence that names the race, as
        // what it is; a list below with no distance of its own.
        text: "Results\n\nTeen Kel Ambo won the 2025 Cove Hill Road Race, the first time he had run the 10-kilometre event.\n\nMale\n1   Kel AMBO      Hill Harriers     36:48\n2   Jon TREW      unattached        37:15\n3   Dan COLE      Hill Harriers     38:02\n",
        published: Some("2025-03-10"),
        yields: &["result of Jon TREW race Cove Hill Road Race 2025 10 Men"],
    }, Ex {
        // A winner's time told later, after "covered the 13.1-mile distance in".
        text: "Guyanese Mal Basc wins Cove Heritage Half Marathon\n\nGuyanese athlete Mal Basc on Sunday captured the title of the Cove Heritage Half Marathon.\n\nRunning three laps, Basc covered the 13.1-mile distance in one hour, 12 minutes, 40 seconds.",
        published: Some("2025-02-10"),
        yields: &["result of Mal Basc finishTime PT1H12M40S"],
    }, Ex {
        text: "The Kenyan Wil Kipsiele won the Daegu Blossom Marathon on Sunday. He finished in 2 h 06:58.",
        published: Some("2025-04-07"),
        yields: &["result of Wil Kipsiele race Daegu Blossom Marathon 2025 42.195 Men"],
    }, Ex {
        // The winner's time told after, by name: "Kip's time … was T".
        text: "Ana Kip won the Cove Marathon on Sunday.\n\nKip's time over the 42-km (26-mile) course was 2 hours, 10 minutes and 48 seconds.",
        published: Some("2025-12-08"),
        yields: &["result of Ana Kip finishTime PT2H10M48S"],
    }, Ex {
        // "was timed at T" told after, by name.
        text: "Fai Jero won the Cove Horn Half Marathon on Sunday.\n\nJero was timed at 1 hour, 6 minutes and 12 seconds for the title.",
        published: Some("2026-03-02"),
        yields: &["result of Fai Jero finishTime PT1H6M12S"],
    }, Ex {
        // "The winner covered the distance in T", right after the win.
        text: "Med Ngan won the Cove Half Marathon on Tuesday.\n\nThe winner covered the distance in 1 h 09 min 44 s.",
        published: Some("2026-12-02"),
        yields: &["result of Med Ngan finishTime PT1H9M44S"],
    }, Ex {
        text: "Brise and Gauth win national half marathon titles\n\nAt the Prairie Lights Marathon the half doubled as the championships.\n\nWomen\n1. Mae Gauth 72:18\n2. Han Oka 73:41\n",
        published: Some("2025-06-22"),
        yields: &["result of Han Oka race Prairie Lights Marathon 2025 21.0975 Women"],
    }, Ex {
        text: "Nao Chem won the Kibi Plain Women's Marathon on Sunday in 2:23:51. Risa Hosh was third in 2:25:10.",
        published: Some("2025-03-09"),
        yields: &["result of Risa Hosh race Kibi Plain Women's Marathon 2025 42.195 Women"],
    }, Ex {
        text: "Kenyans Den Rotich and Esi Jeptoo won the men's and women's titles respectively on Sunday at the Coast Marathon. Rotich pulled clear at 35 km to cross the finish line in two hours, 12 minutes and 40 seconds.",
        published: Some("2025-10-12"),
        yields: &["result of Den Rotich finishTime PT2H12M40S"],
    }, Ex {
        // A time said to be a runner's by name in a later sentence.
        text: "Ethiopia's Gud Tefer won the Maas Quay Marathon on Sunday, edging out compatriot Abe Work in a sprint. The clock stopped at 2hr 05min 51sec for Tefer; Work, two strides behind, was given 2hr 05 min 53sec.",
        published: Some("2025-04-07"),
        yields: &[
            "result of Gud Tefer finishTime PT2H5M51S",
            "result of Abe Work finishTime PT2H5M53S",
        ],
    }, Ex {
        // A quote told by "he" after the sentence that names the runner
        // alone gives his sex; a runner-up a quote later, with no race of
        // his own, goes on from that podium.
        text: "Jack Tenn led the half-marathon field home at the Cove Harbour Run yesterday, finishing in 1:06:00. Tenn broke the course record. 'It was windy,' he said. Runner-up was 17-year-old local Oscar Lam, in 1:08:02.",
        published: Some("2025-07-14"),
        yields: &[
            "result of Jack Tenn race Cove Harbour Run 2025 21.0975 Men",
            "result of Oscar Lam race Cove Harbour Run 2025 21.0975 Men",
            "result of Oscar Lam position 2",
        ],
    }]],
    counterexamples: &[&[Cx {
        // A result of no distance at an event of two: of no race for sure
        // (the runner is kept as a person).
        text: "Cove Sound Run 2026\n\nJune 7, 2026\n\nThe five-kilometre race had a new winner. Among the women, Line Vest took her ninth win at the Cove Sound Run.\n\nFastest over the 10 kilometres was Jep Holst in 33:40.",
        published: Some("2026-06-07"),
        never: &["result of Line Vest race Cove Sound Run 2026 Women", "result of Line Vest position 1"],
    }, Cx {
        // A preview that tells of no earlier year: whose win it is is not sure.
        text: "The fifth Kota Bay Marathon will be held on Aug 10.\n\nDan Sang won in 2:21:33 and is tipped to defend his title.",
        published: Some("2025-08-06"),
        never: &["result of Dan Sang race Kota Bay Marathon 2025"],
    }, Cx {
        text: "Ann Lowe won the Tarn Valley Marathon on Sunday in 2:31:02.\n\nLast year, the race went to Ida Crane. Crane finished in 2:33:40 and Ruth Pike was second.",
        published: Some("2025-05-12"),
        never: &["result of Ruth Pike race Tarn Valley Marathon 2025"],
    }, Cx {
        text: "Peter Kiprono hopes to win the Lakeside Marathon next year.",
        published: Some("2025-04-07"),
        never: &[],
    }, Cx {
        // Another runner in the sentence: whose time it is is not sure.
        text: "Den Rotich won the Coast Marathon on Sunday. Rotich crossed the line with Kip Sang in 2:12:40.",
        published: Some("2025-10-12"),
        never: &["result of Den Rotich finishTime"],
    }, Cx {
        // Her own sentence says she: not the men's by elimination.
        text: "Ann Rawi won the women's race of the Cove Half Marathon on Sunday in 72:15. Runner-up was Sue Tane (Hutt AC), a step up from the bronze she won in 2024, and Gia Whit (Avon AC) took third.",
        published: Some("2025-10-13"),
        never: &["result of Sue Tane race Cove Half Marathon 2025 21.0975 Men"],
    }]],
    scope: S::Document(run),
};
