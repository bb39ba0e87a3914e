//! The runners a sentence names and the results told of them: who is a
//! runner, a place told before or after a name, and the one way a result
//! read in prose is recorded ([`add_result`]).

use super::lists::{Category, Outcome, Pending};
use super::name_context::*;
use super::names::{self, Chunk, Shape};
pub(super) use super::next_place::{last_sex, next_place};
use super::phrasing::*;
pub(super) use super::runner_refs::{
    demonym_country, demonym_or_plural, full_name_before, given_name_before, known_sex,
    last_distance_in_paragraph, paragraph_opening_distance, runner_key, same_runner, won_before,
};
use super::{Extractor, Kind, Property, Value};
use crate::contract::Sex;

/// A result a sentence tells, before it becomes entities.
pub(super) struct Told<'a> {
    /// The words the runner's result is told in (for its distance).
    pub(super) said_in: &'a str,
    pub(super) series: usize,
    pub(super) year: i32,
    pub(super) sex: Option<Sex>,
    /// The sex is said in the runner's own words, not taken from context.
    pub(super) explicit: bool,
    pub(super) name: &'a str,
    pub(super) outcome: Outcome,
    pub(super) time: Option<String>,
}

/// Records a result for the end of the article, when races are made.
pub(super) fn add_result(x: &mut Extractor, i: usize, told: Told) {
    let Told {
        said_in,
        series,
        year,
        sex,
        explicit,
        name,
        outcome,
        time,
    } = told;
    // The distance the runner's own words give, else the series' own;
    // not that of other winners told after them ("…, with winners of the
    // 10 km and the family run also honoured").
    static OTHER_WINNERS: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(|| {
            crate::pattern::fixed(r"(?i),?\s+with\s+(?:the\s+)?winners?\s+of\s+the\b")
        });
    let said_in = OTHER_WINNERS
        .find(said_in)
        .map_or(said_in, |m| &said_in[..m.start()]);
    let line = x.out.sentences[i].line;
    let distance =
        distance_of(&said_in.to_lowercase()).or_else(|| paragraph_opening_distance(x, i));
    // "In the women's 21.1 km race … . Among men, A (first), …": a sentence
    // that names no race goes on with the distance of the last result told
    // in its paragraph in the same year, when that result named one.
    static RACE_WORD: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(|| {
            crate::pattern::fixed(r"(?i)\b(?:marathon|half|\d+\s?(?:k|km|mi)\b|mile|miler|kilomet)")
        });
    let distance = distance.or_else(|| {
        if RACE_WORD.is_match(x.text(i)) {
            return None;
        }
        // (Of the same year: "Hansen, who won the half marathon here in
        // 2024, …" does not carry the half to this year's places.)
        last_distance_in_paragraph(x, i, Some(year))
    });
    // "A came in first in the marathon, while victory in the X 10K went
    // to B": a race longer than the one the series' name gives is not of
    // that series (a marathon's day may hold a 10K, not the reverse).
    let longer = |d: &str, own: &str| {
        d.parse::<f64>()
            .ok()
            .zip(own.parse::<f64>().ok())
            .is_some_and(|(d, own)| d > own + 0.5)
    };
    static THE_MARATHON: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
        || {
            crate::pattern::fixed(
                r"(?i)\b(?:in|won|took|of)\s+the\s+(?:(?:wo)?men[’']s\s+)?(?:full\s+)?marathon\b|\b(?:top|first|fastest|leading)\s+(?:female|male)\s+marathoner\b",
            )
        },
    );
    let said = distance
        .clone()
        .or_else(|| THE_MARATHON.is_match(said_in).then(|| "42.195".to_string()));
    let own = super::headings::series_distance(x, series);
    if let (Some(d), Some(own)) = (&said, &own) {
        if longer(d, own) {
            return;
        }
    }
    // "won the men's marathon" at the "Sydney Harbour Reel Run", a series
    // whose name gives no distance: the marathon.
    let distance = if own.is_none() { said } else { distance };
    if x.runner(name, i).is_none() {
        return;
    }
    // Without a category of its own, a runner keeps the one of an earlier result.
    let key = runner_key(name);
    let same = |other: &str| same_runner(&key, other);
    let known = x
        .pending
        .iter()
        .rev()
        .find(|p| same(&p.athlete) && p.category.sex.is_some());
    // Else the category of the last result told in the same paragraph (not
    // one before it when the last has none: "A took the race, while B won
    // the women's category. C followed A").
    let paragraph = x
        .pending
        .iter()
        .rev()
        .find(|p| x.out.sentences[p.sentence].line == line)
        .filter(|p| p.category.sex.is_some())
        // (Not when the runner's words name a distance that result was
        // not told of: "In the marathon, A and B won with respective times
        // of T1 and T2. In the half marathon C was first over the line,
        // while D won the women's race": C is not of B's sex.)
        .filter(|p| distance.is_none() || p.category.distance == distance);
    let sex = match (explicit, known, paragraph) {
        (false, Some(p), _) => p.category.sex,
        (false, None, Some(p)) if sex.is_none() => p.category.sex,
        _ => sex,
    };
    // "won by A (male) and B (female)": the sex in brackets right after
    // the name is the runner's own, whatever the list says.
    static BRACKET_SEX: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(|| {
            crate::pattern::fixed(r"(?i)^\s*\(\s*(male|female|man|woman|men|women)\s*\)")
        });
    let text = x.text(i);
    let bracketed = text
        .match_indices(name)
        .find_map(|(at, _)| BRACKET_SEX.captures(&text[at + name.len()..]))
        .map(|c| sex_word(&c[1]));
    let sex = bracketed.or(sex);
    x.pending.push(Pending {
        series,
        year,
        category: Category { distance, sex },
        athlete: name.to_string(),
        nationality: None,
        outcome,
        time,
        sentence: i,
    });
}

/// A word that describes a runner before the name: where they were born
/// or are based, an age group ("Salta-born", "Under-17", "M60").
static DESCRIBED: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)^(?:\p{L}+-(?:born|based|bred|raised)|under-?\d{1,2}|u\d{2}|[mfvw]\d{2}|(?:\d{1,2}|\p{L}+(?:-\p{L}+)?)-years?-old)$",
    )
});

/// The runners a sentence names, in order: each chunk that can be a
/// person, with where the name proper starts (after a demonym or a
/// possessive country, which it records as nationality).
pub(super) fn runners(x: &mut Extractor, i: usize) -> Vec<(Chunk, usize)> {
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    let mut out = Vec::new();
    let mut podium_chain = false;
    let mut followed_chain = false;
    let asides = who_asides(t);
    for (k, (c, shape)) in chunks.iter().cloned().enumerate() {
        if shape != Shape::Unknown {
            continue;
        }
        // "A, who was third last year behind B and C, took the title": the
        // names inside the aside are not who the clause after it is about.
        if !out.is_empty() && asides.iter().any(|&(a, b)| a < c.start && c.end <= b) {
            continue;
        }
        // "Havelock North's Renee Vossler", "Boa Vista's own X": a town or
        // club owning the name right after it is no runner, nor is a
        // runner whose club mate or compatriot it is ("and third to
        // Lind's club mate Jon Berg").
        static OWNS: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
            || {
                crate::pattern::fixed(
                    r"^['’]s\s+(?:own|club[\s\-]?mate|team[\s\-]?mate|training\s+partner|compatriot|countryman|countrywoman|brother|sister|twin(?:\s+brother|\s+sister)?|husband|wife|partner)\s+$",
                )
            },
        );
        if c.possessive
            && chunks.get(k + 1).is_some_and(|(n, ns)| {
                *ns == Shape::Unknown
                    && n.words.len() >= 2
                    && t.get(c.end..n.start).is_some_and(|between| {
                        between == "’s " || between == "'s " || OWNS.is_match(between)
                    })
            })
        {
            continue;
        }
        // "X from Drogheda AC in Co Louth was first": a name after "in" is
        // a place's; "Ferncourt High won the schools category": a name the
        // article gives an organisation is no runner.
        if t[..c.start].ends_with(" in ")
            || SPONSOR_BEFORE.is_match(crate::extract::tail(&t[..c.start], 30))
            || x.lookup(Kind::Organization, &names::normalise_key(c.text(t)))
                .is_some()
        {
            continue;
        }
        // "X from Voitsberg (LC Voitsberg) won", "X (LAC Breisgau-Süd 04)": a
        // name in brackets that opens on a club's letters is the runner's
        // club (its year of founding after it).
        let club_year = |inside: &str| {
            inside.starts_with(' ')
                && (2..=4).contains(&inside.trim().len())
                && inside.trim().bytes().all(|b| b.is_ascii_digit())
        };
        if t[..c.start].ends_with('(')
            && (t[c.end..].starts_with(')')
                || t[c.end..]
                    .split_once(')')
                    .is_some_and(|(inside, _)| club_year(inside)))
            && c.words.len() >= 2
            && c.words.first().is_some_and(|&(a, b)| {
                let w = &t[a..b];
                (2..=4).contains(&w.len()) && w.chars().all(|ch| ch.is_ascii_uppercase())
            })
        {
            continue;
        }
        // 'Ivan Babe of the "Kalyna Dnipro" club': a club's name in quotes.
        if t[..c.start].ends_with(['"', '“']) && QUOTED_CLUB_AFTER.is_match(&t[c.end..]) {
            continue;
        }
        // "Freya Ashby of Leeds City": the club after "of" is not part of the name.
        let c = match c.words.iter().position(|&(a, b)| &t[a..b] == "of") {
            Some(k) if (2..=3).contains(&k) => Chunk {
                start: c.start,
                end: c.words[k - 1].1,
                words: c.words[..k].into(),
                possessive: false,
            },
            _ => c,
        };
        let words: Vec<&str> = c.words.iter().map(|&(a, b)| &t[a..b]).collect();
        // "HUẾ Kenyans": a people, not a person.
        if let Some(last) = words.last() {
            let one = last.strip_suffix('s').unwrap_or(last);
            if words.len() >= 2 && last.ends_with('s') && demonym_country(x, one).is_some() {
                continue;
            }
        }
        // A race's kind ("the Marathon, Half Marathon, 10K and 5K events",
        // a caption's "Winner, Half Marathon") is no runner.
        if words.iter().all(|w| {
            x.lx.has(crate::lexicon::Section::RaceType, w) || w.eq_ignore_ascii_case("half")
        }) {
            continue;
        }
        // "Fort Lewis College student X", "Gosport resident X": the name
        // before a lower-case word of what the runner is there is a
        // school's, an employer's or a town's.
        if DESCRIBES_NEXT.is_match(&t[c.end..]) {
            continue;
        }
        // ("…, a former Magnolia State College runner, was …": between
        // "a" and what the runner was.)
        if DESCRIBED_AS
            .0
            .is_match(crate::extract::tail(&t[..c.start], 20))
            && DESCRIBED_AS.1.is_match(&t[c.end..])
        {
            continue;
        }
        // A description alone, however many words ("was crowned Overall
        // Champion of local runners"), is no runner.
        if words
            .iter()
            .all(|w| x.lx.has(crate::lexicon::Section::PersonPrefix, w))
        {
            continue;
        }
        // A championship ("next year's South American Championships") is
        // no runner.
        if words
            .last()
            .is_some_and(|w| x.lx.has(crate::lexicon::Section::Championship, w))
        {
            continue;
        }
        // A people's adjective alone ("The best Puerto Rican time … belongs
        // to X, who finished second"): no runner.
        if demonym_country(x, &words.join(" ")).is_some() {
            continue;
        }
        // A demonym and one word ("Kenyan Kiprugut wins …", a headline's
        // way): a runner named by family name only, whom the report names
        // in full; not a name of its own.
        if words.len() == 2 && demonym_country(x, words[0]).is_some() {
            continue;
        }
        // A leading demonym ("Moroccan Youssef El Amrani").
        let mut first = 0;
        if words.len() >= 4 && demonym_country(x, &format!("{} {}", words[0], words[1])).is_some() {
            first = 2;
        } else if words.len() >= 3 && demonym_country(x, words[0]).is_some() {
            first = 1;
        } else if words.len() >= 4 && x.lx.club_member_word(words[1]) {
            // "Criffel Harrier Lewis Maxwell": a club's runner.
            first = 2;
        }
        // A capitalised description before the name ("Favourite Jane
        // Chebet", "Salta-born Gonzalo Tolaba", "Under-17 Evie Whitmore").
        while words.len() - first >= 3
            && (x
                .lx
                .has(crate::lexicon::Section::PersonPrefix, words[first])
                || DESCRIBED.is_match(words[first]))
        {
            first += 1;
        }
        // "breaks the tape at the Sliema Ferries to win": a place.
        static AT_THE: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(r"\b(?:at|near|outside|along|past|towards?)\s+the\s+$")
            });
        if AT_THE.is_match(crate::extract::tail(&t[..c.start], 20)) {
            continue;
        }
        // "the annual trip to the Brecon Beacons": a name right after
        // "the", with no description before it, is a place's or a thing's.
        // (Not a people's plural before the names: "followed by the
        // Moroccans A (T1) and B (T2)".)
        let peoples = words.len() >= 3
            && words[0]
                .strip_suffix('s')
                .is_some_and(|one| demonym_country(x, one).is_some());
        if first == 0 && !peoples && t[..c.start].ends_with(" the ") {
            continue;
        }
        // "nine Weald Oaks took the short drive": a number of a club's
        // members, not a person.
        // ("mother of three Naomi Kerubo" is one.)
        if words.last().is_some_and(|w| w.ends_with('s'))
            && COUNTED_BEFORE.is_match(crate::extract::tail(&t[..c.start], 12))
        {
            continue;
        }
        // "a native of El Paso, Texas,": where a runner is from.
        if ORIGIN_BEFORE.is_match(crate::extract::tail(&t[..c.start], 30)) {
            continue;
        }
        // "Yonas Berhe, 24, of Silver Spring, was second": after an age,
        // "of" gives the runner's home town.
        if AGE_OF.is_match(crate::extract::tail(&t[..c.start], 40)) {
            continue;
        }
        // "Jesse Oko, of Grants Pass, won", "Mark Thi of Conway, New
        // Hampshire, who won": a home town, or its state, set off by commas
        // after a runner's name.
        // (Not a list's next runner: "followed by B of Hill AC, C, D"; but
        // a town with its state's code is one: "from State College, Pa.,",
        // and so is a club before a verb: "X from KB Oliwa, took fourth".)
        let aside = t[c.end..]
            .strip_prefix(", ")
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_lowercase()));
        let lead = crate::extract::tail(&t[..c.start], 60);
        let state_code = STATE_CODE_AFTER.is_match(&t[c.end..]);
        // ("Greta Sund of Hanover, New Hampshire led the women home": a
        // state named whole, no comma after it.)
        let state = x.lx.has(crate::lexicon::Section::State, &t[c.start..c.end]);
        if (aside || state_code || state)
            && !c.words.iter().any(|&(a, b)| &t[a..b] == "of")
            && k.checked_sub(1)
                .is_none_or(|j| chunks[j].1 != Shape::Organization)
            && (HOME_TOWN_BEFORE.is_match(lead)
                || state_code && NAME_FROM_BEFORE.is_match(lead)
                || aside && NAME_FROM_ONLY_BEFORE.is_match(lead))
        {
            continue;
        }
        // "Javier Cantero (Trotacalles Córdoba) came in third": the name in
        // brackets after a runner is a club's (or a school's: "(Seto
        // Gakuin Univ.)"; or a team's the runner is with now: "(now Team
        // Yokkaichi Chemical)").
        static OPEN_BRACKET: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(r"^\s*\(\s*(?:(?:now|formerly|previously|then)\s+)?$")
            });
        if t[c.end..]
            .trim_start()
            .trim_start_matches('.')
            .starts_with(')')
            && out
                .last()
                .is_some_and(|(p, _): &(Chunk, usize)| OPEN_BRACKET.is_match(&t[p.end..c.start]))
        {
            continue;
        }
        let start = c.words[first].0;
        // "B.Enkhtuvshin", "Kh.Batbayar": an initial and a name in one
        // word counts as two.
        static INITIAL_NAME: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(
                    &[
                        "^",
                        names::GLUED_INITIAL,
                        r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$",
                    ]
                    .concat(),
                )
            });
        let n = match words.len() - first {
            1 if INITIAL_NAME.is_match(words[first]) => 2,
            n => n,
        };
        let mut single_known = x
            .person_by_surname(&names::normalise_key(&t[start..c.end]))
            .is_some();
        // A family name alone: the runner named in full with it before, when
        // a place or a win follows at once, or after the runner's club
        // ("Ncube of Khami Harriers claimed the title"), perhaps past a
        // short clause of how the race went ("Ncube had an easy outing and
        // claimed the title"); or a club report's given name alone
        // ("Melissa broke the tape in 1:03:52").
        static HOW_IT_WENT: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
            || {
                crate::pattern::fixed(
                    r"^\s*(?:had|enjoyed|made|produced|ran)\s+(?:a|an)\s+[\w\-]+(?:\s+[\w\-]+){0,3}?\s+and(?:\s|$)",
                )
            },
        );
        if !single_known && n == 1 {
            let club = chunks.get(k + 1).filter(|(o, os)| {
                *os == Shape::Organization && t.get(c.end..o.start).is_some_and(|g| g == " of ")
            });
            let after = club.map_or(&t[c.end..], |(o, _)| &t[o.end..]);
            let told = HOW_IT_WENT
                .find(after)
                .map_or(after, |m| &after[m.end() - 1..]);
            // After a club, any words of a result will do.
            if strong_after(told) || (club.is_some() && looks_like_result(told)) {
                let word = &t[start..c.end];
                if let Some(full) =
                    full_name_before(x, i, word).or_else(|| given_name_before(x, i, word))
                {
                    x.runner(&full, i);
                    single_known = true;
                }
            }
        }
        let known_full = n >= 2
            && x.lookup(
                Kind::Person,
                &names::normalise_key(&names::normalise_person(&t[start..c.end])),
            )
            .is_some();
        let looks = (2..=5).contains(&n)
            && words[first..]
                .iter()
                .all(|w| w.chars().count() > 1 || w.chars().all(char::is_uppercase));
        if !(single_known || known_full || looks) {
            continue;
        }
        // A name of a list after "The winners … were" and those after it.
        let podium_here = super::together::PODIUM.is_match(crate::extract::tail(&t[..c.start], 80))
            || (podium_chain
                && out.last().is_some_and(|(p, _): &(Chunk, usize)| {
                    p.end <= c.start && super::together::PODIUM_GAP.is_match(&t[p.end..c.start])
                }));
        // "was followed by A at T1 and B at T2", "the second and third
        // places went to A and B": the names of that list.
        let lead = crate::extract::tail(&t[..c.start], 120);
        let followed_here = (lead.contains("followed")
            && super::together::FOLLOWED_BY.is_match(crate::extract::tail(&t[..c.start], 80)))
            || (super::together::PLACES_VERBS
                .iter()
                .any(|w| lead.contains(w))
                && super::together::PLACES_WENT_TO.is_match(lead))
            || (followed_chain
                && out.last().is_some_and(|(p, _): &(Chunk, usize)| {
                    p.end <= c.start && super::together::FOLLOWED_GAP.is_match(&t[p.end..c.start])
                }));
        // Only a name followed by what a runner does is a runner here.
        let after = &t[c.end..];
        if !(looks_like_result(after)
            || EDGED.is_match(crate::extract::tail(&t[..c.start], 80))
            || FOLLOWED.is_match(crate::extract::tail(&t[..c.start], 80))
            || BEFORE_WINNER.is_match(crate::extract::tail(&t[..c.start], 120))
            || WON_BY.is_match(crate::extract::tail(&t[..c.start], 120))
            || PLACE_BEFORE.is_match(crate::extract::tail(&t[..c.start], 120))
            || AHEAD_OF.is_match(crate::extract::tail(&t[..c.start], 80))
            || BEHIND.is_match(crate::extract::tail(&t[..c.start], 80))
            || podium_here
            || followed_here
            || out.last().is_some_and(|(p, _): &(Chunk, usize)| {
                p.end <= c.start && AND_NEXT.is_match(&t[p.end..c.start])
            })
            || single_known
            || known_full)
        {
            continue;
        }
        if first > 0 {
            if let Some(country) = demonym_country(x, &words[..first].join(" ")) {
                if let Some(p) = x.runner(&t[start..c.end], i) {
                    let k = x.country_of(&country, i);
                    x.fact(p, Property::Nationality, Value::Entity(k), i);
                }
            }
        }
        // Named as a runner: later surnames refer to them.
        x.runner(&t[start..c.end], i);
        podium_chain = podium_here;
        followed_chain = followed_here;
        out.push((c, start));
    }
    out
}

/// Right before a runner: "behind A" ("B took silver in T behind A").
pub(super) static BEHIND: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
    || {
        crate::pattern::fixed(
            r"(?i)\bbehind\s+(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|teammate|club-?mate)\s+)?(?:(?-i:\p{Lu})[\p{L}\-]+\s+)?$",
        )
    },
);
