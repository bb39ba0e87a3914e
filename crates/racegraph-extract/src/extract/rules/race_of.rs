//! Which race a result read is of where its own words do not say: a
//! distance written after the race's name, a sex by elimination or from
//! the runner's other results, a distance other readings agree on.

use super::headings::parse_category;
use super::lists::Pending;
use super::measure;
use super::Extractor;
use crate::contract::Sex;
use crate::lexicon::{Lexicon, Section};
use crate::pattern::Pattern;

/// Unmarked, at a place of a distance that another runner already holds
/// in one sex's race and nobody in the other's ("Fellow Vietnamese A (T1)
/// and Kenyan B (T2) were first and second runners-up" after the men's
/// podium of that distance): the other sex's.
pub(super) fn taken_place_sex(pending: &mut [Pending]) {
    for k in 0..pending.len() {
        let p = &pending[k];
        if p.category.sex.is_some() || p.category.distance.is_none() {
            continue;
        }
        let key = super::runners::runner_key(&p.athlete);
        let held = |sex: Sex| {
            pending.iter().any(|o| {
                o.series == p.series
                    && o.year == p.year
                    && o.outcome == p.outcome
                    && o.category.distance == p.category.distance
                    && o.category.sex == Some(sex)
                    && !super::runners::same_runner(&key, &o.athlete)
            })
        };
        let sex = match (held(Sex::Men), held(Sex::Women)) {
            (true, false) => Sex::Women,
            (false, true) => Sex::Men,
            _ => continue,
        };
        pending[k].category.sex = Some(sex);
    }
}

/// Unmarked, told in one sentence with other places of the same race that
/// all have one sex, and none of another ("Second place went to A (T1)
/// and third to B (T2)", B's third place already the women's): that sex.
pub(super) fn sentence_places_sex(pending: &mut [Pending]) {
    for k in 0..pending.len() {
        let p = &pending[k];
        if p.category.sex.is_some() || !matches!(p.outcome, super::lists::Outcome::Position(_)) {
            continue;
        }
        let given = pending.iter().filter(|o| {
            o.sentence == p.sentence
                && o.series == p.series
                && o.year == p.year
                && o.category.distance == p.category.distance
        });
        let sexes: Vec<Sex> = given.filter_map(|o| o.category.sex).collect();
        if let Some(&first) = sexes.first() {
            if sexes.iter().all(|&s| s == first) {
                pending[k].category.sex = Some(first);
            }
        }
    }
}

/// Without a distance, beside another reading of the same runner's same
/// place in the same edition and race of one sex that has one ("A and B
/// defended their half-marathon titles, …" then "A won in 1:14:52"): that
/// distance, when all such readings give the same.
pub(super) fn same_result_distance(pending: &mut [Pending]) {
    borrow_distance(pending, |p, o| {
        o.series == p.series
            && o.year == p.year
            && o.category.sex == p.category.sex
            && o.outcome == p.outcome
            && super::runners::same_runner(&super::runners::runner_key(&p.athlete), &o.athlete)
    });
}

/// Gives each result of a sex but no distance the distance of the results
/// `like` it, when they all give the same one.
pub(super) fn borrow_distance(pending: &mut [Pending], like: impl Fn(&Pending, &Pending) -> bool) {
    for k in 0..pending.len() {
        let p = &pending[k];
        if p.category.distance.is_some() || p.category.sex.is_none() {
            continue;
        }
        let given = pending
            .iter()
            .filter(|o| like(p, o))
            .filter_map(|o| o.category.distance.clone());
        if let Some(d) = agreed(given) {
            pending[k].category.distance = Some(d);
        }
    }
}

/// The one value all of `given` hold, if they hold any and all the same.
fn agreed(mut given: impl Iterator<Item = String>) -> Option<String> {
    let first = given.next()?;
    given.all(|e| e == first).then_some(first)
}

/// Unmarked, beside another result of the same runner in the same series
/// that has a sex ("X, the 2023 champion, won the men's race"): that sex.
pub(super) fn same_runner_sex(pending: &mut [Pending]) {
    let sexes: Vec<(String, usize, Sex)> = pending
        .iter()
        .filter_map(|p| p.category.sex.map(|s| (p.athlete.clone(), p.series, s)))
        .collect();
    for p in pending.iter_mut() {
        if p.category.sex.is_none() {
            let mut own = sexes
                .iter()
                .filter(|(a, s, _)| *a == p.athlete && *s == p.series)
                .map(|(_, _, sex)| *sex);
            if let Some(first) = own.next() {
                if own.all(|s| s == first) {
                    p.category.sex = Some(first);
                }
            }
        }
    }
}

/// The distance an article writes right after a series' name, as what
/// kind of race it is ("the Berea Women's Challenge 10km road race").
pub(super) fn distance_told_after(x: &Extractor, names: &[String]) -> Option<String> {
    static AFTER: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"^\s+(?:(\d{1,3}(?:\.\d)?\s?(?:km|KM|Km|K|k|-mile|\s?miles?))\s+(?:road\s+)?(?:race|run|event)\b|over\s+(?:a\s+|the\s+)?(\d{1,3}(?:\.\d)?\s?(?:km|KM|Km|K|k|\s?miles?))\b)",
        )
    });
    // Later in the sentence that names it, as what the race is: "…
    // the X Road Race, the first time he had run the 10-kilometre event";
    // only where the sentence names no other distance.
    static LATER: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"^[^.;:()]*?\bthe\s+(\d{1,2}(?:\.\d)?)[\s\-](kilomet(?:re|er)|km|mile)\s+(?:event|race|course)\b",
        )
    });
    static ANY: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b\d{1,3}(?:\.\d)?[\s\-]?(?:kilomet(?:re|er)s?|km|k|miles?|mi)\b|\b(?:half[\s\-])?marathon\b",
        )
    });
    (0..x.out.sentences.len()).find_map(|i| {
        let t = x.text(i);
        names.iter().find_map(|n| {
            t.match_indices(n.as_str()).find_map(|(at, _)| {
                let rest = &t[at + n.len()..];
                if let Some(c) = AFTER.captures(rest) {
                    let d = c.get(1).or_else(|| c.get(2))?;
                    return parse_category(d.as_str(), x.lx).and_then(|c| c.distance);
                }
                let c = LATER.captures(rest)?;
                let (d, unit) = (c.get(1)?, c.get(2)?.as_str());
                // The one distance of the sentence outside the race's name.
                let outside = ANY
                    .find_iter(t)
                    .filter(|m| m.end() <= at || m.start() >= at + n.len())
                    .count();
                if outside != 1 {
                    return None;
                }
                let unit = if unit == "mile" { "miles" } else { "km" };
                parse_category(&format!("{} {unit}", d.as_str()), x.lx).and_then(|c| c.distance)
            })
        })
    })
}

/// The one distance an article about one race names anywhere, as what
/// the course is ("Ngala covered the 25-kilometre climb from the stadium
/// …" in a report of the Mount Koso Road Race): where no other distance,
/// marathon or half marathon is written in the article, and no other
/// race is named. The same course told in two units ("the 10-mile run",
/// "the 16-kilometre trip") is one distance, the one in miles; a marathon
/// told as one of many ("raced a spring marathon in Ottawa") is none. The
/// distance may follow a possessive and a few words that describe the
/// race ("Ethiopia's lakeside international 10km road race"), be the
/// course's lap ("the 18 km lap of the lake"), or be told as "a distance
/// of 20 miles".
pub(super) fn the_one_distance(x: &Extractor) -> Option<String> {
    static COURSE: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?:\bthe|\bits|[’']s)\s+(?:[a-z]+\s+){0,3}?(\d{1,2}(?:\.\d)?)[\s\-]?(kilomet(?:re|er)|km|mile)\s+(?:event|race|course|climb|route|trip|run|loop|lap|circuit|road\s+race)\b|\ba\s+distance\s+of\s+(\d{1,2}(?:\.\d)?)\s+(kilomet(?:re|er)|mile)s?\b",
        )
    });
    static ANY: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b\d{1,3}(?:\.\d)?[\s\-]?(?:kilomet(?:re|er)s?|km|k|miles?|mi)\b|\b(?:half[\s\-])?marathon|\bultra\b|\b\d{1,2}K\b",
        )
    });
    if !one_series(x) {
        return None;
    }
    // Each distance told, in km, and whether in miles.
    let mut found: Vec<(f64, String, bool)> = Vec::new();
    for i in 0..x.out.sentences.len() {
        let t = x.text(i);
        for m in ANY.find_iter(t) {
            let marathon = m.as_str().to_lowercase().ends_with("marathon");
            if marathon && ONE_OF_MANY.is_match(&t[..m.start()]) {
                continue;
            }
            let c = COURSE.captures_iter(t).find(|c| {
                c.get(0)
                    .is_some_and(|g| g.start() <= m.start() && m.end() <= g.end())
            })?;
            // (The number and the unit, of "the … 10km race" or of "a
            // distance of 20 miles".)
            let (d, unit) = (c.get(1).or(c.get(3))?, c.get(2).or(c.get(4))?.as_str());
            let miles = unit == "mile";
            let unit = if miles { "miles" } else { "km" };
            // A distance of no category ("16 km") is its number of km.
            let km = parse_category(&format!("{} {unit}", d.as_str()), x.lx)
                .and_then(|c| c.distance)
                .or_else(|| (!miles).then(|| d.as_str().to_string()))?;
            found.push((km.parse().ok()?, km, miles));
        }
    }
    if !one_distance(found.iter().map(|(k, _, _)| *k)) {
        return None;
    }
    found
        .iter()
        .find(|(_, _, miles)| *miles)
        .or(found.first())
        .map(|(_, km, _)| km.clone())
}

/// Whether the article writes two distances or more that are not one
/// ("the five-kilometre distance" and "over the 10 kilometres", "a 21.1 km
/// course" beside "the marathon"): a result it gives no distance to may be
/// of either race.
pub(super) fn writes_two_distances(x: &Extractor) -> bool {
    static ANY: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(\d{1,3}(?:[.,]\d{1,4})?|(?:twenty|thirty|forty)-\w+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)[\s\-]?(kilomet(?:re|er)s?|kms?|k|miles?)\b|\b(half[\s\-]marathon|marathon)\b",
        )
    });
    let mut kms: Vec<f64> = Vec::new();
    for c in ANY.captures_iter(x.body) {
        let km = if let Some(kind) = c.get(3) {
            // (A "Mini Marathon" is no marathon: `[race_size]`.)
            let before = crate::extract::tail(&x.body[..kind.start()], 24)
                .split_whitespace()
                .last();
            if before.is_some_and(|w| x.lx.has(Section::RaceSize, w)) {
                continue;
            }
            parse_category(kind.as_str(), x.lx)
                .and_then(|c| c.distance)
                .and_then(|d| d.parse::<f64>().ok())
        } else {
            let (Some(n), Some(unit)) = (c.get(1), c.get(2)) else {
                continue;
            };
            let n = n.as_str().replace(',', ".");
            let miles = unit.as_str().to_lowercase().starts_with("mile");
            n.parse::<f64>()
                .ok()
                .or_else(|| measure::number(&n).map(f64::from))
                .map(|v| if miles { v * 1.609_344 } else { v })
        };
        kms.extend(km);
    }
    let Some(&first) = kms.first() else {
        return false;
    };
    kms.iter().any(|k| !one_distance([first, *k].into_iter()))
}

/// A marathon told as one of many ("raced a spring marathon"), right
/// before the word.
static ONE_OF_MANY: std::sync::LazyLock<Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"(?i)\ban?\s+(?:[a-z]+\s+){0,2}$"));

/// Whether distances in km are one distance, told in several units or
/// roundings (within 1.5 % of the first): false for none.
fn one_distance(mut kms: impl Iterator<Item = f64>) -> bool {
    let Some(first) = kms.next() else {
        return false;
    };
    kms.all(|k| (k - first).abs() <= first * 0.015)
}

/// Whether the article names one series and no other.
fn one_series(x: &Extractor) -> bool {
    x.out
        .entities
        .iter()
        .filter(|e| e.kind == super::Kind::RaceSeries)
        .count()
        == 1
}

/// For an article of one series whose name gives no distance, the one
/// distance that every distance it writes gives (a heading's "Half
/// marathon along the Saar", "the half marathon championships", "After 16
/// of the 21.1 kilometres"), when a heading (a short line) writes it and
/// the article writes it twice or more: a race the page tells of in no
/// other unit. Not where it writes a marathon as one of many ("raced a
/// spring marathon"), an ultra, or distances of two races.
pub(super) fn agreed_distance(x: &Extractor) -> Option<String> {
    static ANY: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(\d{1,3}(?:[.,]\d{1,4})?)[\s\-]?(kilomet(?:re|er)s?|km|k)\b|\b(half[\s\-]marathon|marathon)|\b(ultra|miles?|mi)\b",
        )
    });
    if !one_series(x) {
        return None;
    }
    let mut found: Vec<(f64, String)> = Vec::new();
    let mut headed = false;
    for i in 0..x.out.sentences.len() {
        let t = x.text(i);
        let heading = t.split_whitespace().count() <= 8 && !t.trim_end().ends_with('.');
        for c in ANY.captures_iter(t) {
            if c.get(4).is_some() {
                return None;
            }
            let km = if let Some(kind) = c.get(3) {
                if ONE_OF_MANY.is_match(&t[..kind.start()]) {
                    return None;
                }
                parse_category(kind.as_str(), x.lx).and_then(|c| c.distance)?
            } else {
                let n = c.get(1)?.as_str().replace(',', ".");
                parse_category(&format!("{n} km"), x.lx)
                    .and_then(|c| c.distance)
                    .unwrap_or(n)
            };
            headed |= heading;
            found.push((km.parse().ok()?, km));
        }
    }
    (headed && found.len() >= 2 && one_distance(found.iter().map(|(k, _)| *k)))
        .then(|| found[0].1.clone())
}

/// A runner whose given name (the first word) is a woman's wherever it is
/// used (lexicon `[female_given_name]`), or whose name carries a word that
/// makes it a woman's (`[female_middle_name]`: "Phạm Thị Thu").
pub(super) fn named_as_woman(lx: &Lexicon, name: &str) -> bool {
    given_name_in(lx, name, Section::FemaleGivenName)
        || name
            .split_whitespace()
            .any(|w| lx.has(Section::FemaleMiddleName, w))
}

/// Whether the given name (the first word, or its first part:
/// "Marie-Claire") is one of a section's.
fn given_name_in(lx: &Lexicon, name: &str, section: Section) -> bool {
    name.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches('.');
        lx.has(section, w)
            || w.split_once('-')
                .is_some_and(|(first, _)| lx.has(section, first))
    })
}

/// A runner whose given name is a man's wherever it is used (lexicon
/// `[male_given_name]`).
fn named_as_man(lx: &Lexicon, name: &str) -> bool {
    given_name_in(lx, name, Section::MaleGivenName)
}

/// A result read in one sex's race for a runner whose name is the other
/// sex's wherever it is used ("Priya X" read in the men's race from "A and
/// Priya X were the fastest in the men's and women's categories"): the
/// other sex's race, as a reader takes it.
pub(super) fn sex_by_given_name(lx: &Lexicon, pending: &mut [Pending]) {
    // ("GEBRE Almaz", "Zhao Yuling": a family name written first.)
    let family_first = |name: &str| {
        let caps = crate::extract::persons::in_capitals;
        let words: Vec<&str> = name.split_whitespace().collect();
        words.first().is_some_and(|w| {
            lx.has(Section::FamilyFirst, w) || (caps(w) && words.iter().skip(1).any(|v| !caps(v)))
        })
    };
    for p in pending.iter_mut().filter(|p| !family_first(&p.athlete)) {
        p.category.sex = match p.category.sex {
            Some(Sex::Men) if named_as_woman(lx, &p.athlete) && !named_as_man(lx, &p.athlete) => {
                Some(Sex::Women)
            }
            Some(Sex::Women) if named_as_man(lx, &p.athlete) && !named_as_woman(lx, &p.athlete) => {
                Some(Sex::Men)
            }
            sex => sex,
        };
    }
}

/// Unmarked, beside a women's result of the same race and distance, or in
/// an article that tells women's results (of another race or distance)
/// apart: the men's, as a reader takes it ("X won the half marathon" beside
/// "the women's marathon went to Y"). Not one named as a woman, nor one
/// whose own sentence speaks of her ("a step up from the bronze she
/// won"); and, beside women's results of another race only, not a runner
/// with a women's result.
pub(super) fn men_beside_women(x: &Extractor, pending: &mut [Pending]) {
    let women: Vec<(usize, i32, Option<String>)> = pending
        .iter()
        .filter(|p| p.category.sex == Some(Sex::Women))
        .map(|p| (p.series, p.year, p.category.distance.clone()))
        .collect();
    let her: Vec<String> = pending
        .iter()
        .filter(|p| p.category.sex == Some(Sex::Women))
        .map(|p| super::runners::runner_key(&p.athlete))
        .collect();
    for p in pending.iter_mut() {
        let same_race = || women.contains(&(p.series, p.year, p.category.distance.clone()));
        let elsewhere = || {
            !women.is_empty()
                && !her
                    .iter()
                    .any(|h| super::runners::same_runner(h, &p.athlete))
        };
        if p.category.sex.is_none()
            && !super::phrasing::SHE.is_match(x.text(p.sentence))
            && !named_as_woman(x.lx, &p.athlete)
            && (same_race() || elsewhere())
        {
            p.category.sex = Some(Sex::Men);
        }
    }
}

/// Whether `t` names a race by a word of its size before a race type ("the
/// mini-marathon", "the Mini Marathon"): a shorter race than the one the
/// series is named for.
pub(super) fn names_sized_race(t: &str, lx: &crate::lexicon::Lexicon) -> bool {
    let lower = t.to_lowercase();
    lx.words(crate::lexicon::Section::RaceSize).iter().any(|w| {
        let w = w.to_lowercase();
        ["-", " ", ""]
            .iter()
            .any(|sep| lower.contains(&format!("{w}{sep}marathon")))
    })
}

/// The distance the article gives its race named by size ("the 5-km
/// mini-marathon"), when it gives one, and only one.
pub(super) fn sized_race_distance(body: &str, lx: &crate::lexicon::Lexicon) -> Option<String> {
    static SIZED: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k|kilomet(?:re|er)s?)\s+([\p{L}]+)[\s\-]?marathon\b",
        )
    });
    let mut found: Vec<&str> = SIZED
        .captures_iter(body)
        .filter(|c| lx.has(crate::lexicon::Section::RaceSize, &c[2]))
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    found.dedup();
    (found.len() == 1).then(|| found[0].to_string())
}
