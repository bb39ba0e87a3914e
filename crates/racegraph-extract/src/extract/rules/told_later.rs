//! What later sentences tell of a result read earlier: the runner's time
//! ("The clock stopped at T for X", "The 29-year-old clocked a winning time
//! of T") and sex (the pronouns of the sentences that name them alone).

use super::lists::{Outcome, Pending};
use super::measure;
use super::names;
use super::{Extractor, Kind};
use crate::contract::Sex;
use crate::lexicon::Section;
use crate::pattern::Pattern;

/// "The clock stopped at" right before a time.
static STOPPED_AT: std::sync::LazyLock<Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"(?i)\b(?:clock|watch)\s+stopped\s+at\s+$"));
/// "for Tefera" right after that time: the runner's family name.
static FOR_NAME: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(r"^\s+for\s+(\p{Lu}[\p{L}\-’']+)\s*(?:[;,.]|$)")
});
/// "Worku, two strides behind, was given" right before a time.
static GIVEN: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(r"(?:^|[;.]\s*)(\p{Lu}[\p{L}\-’']+)(?:,[^,;.]{1,40},)?\s+was\s+given\s+$")
});

/// A sentence that opens on a winner named no more ("He", "The
/// 29-year-old", "The Kenyan") and gives "a winning time of".
static ANAPHOR_WINNING: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(
        r"^(?:He|She|The\s+\d{2}-year-old|The\s+(?-i:\p{Lu}\p{Ll}+))\s[^.;]{0,40}?\bwinning\s+time\s+(?:of|was)\s+$",
    )
});

/// A sentence that opens on a winner named no more and a verb of
/// finishing right before a time ("He crossed the line in T", or "after
/// T" as translations write it; "The 27-year-old, who …, won the women's
/// section yesterday in T"; "The 33-year-old Ethiopian completed
/// yesterday's race in T", "The 36-year-old physiotherapist, who …,
/// finished in T"; "On Sunday the Kenyan covered the full marathon
/// distance, which …, in T", "The runner from Ethiopia completed the
/// course in T").
static ANAPHOR_FINISHED: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(
        r"^(?:(?:On\s+\p{Lu}\p{Ll}+day|Yesterday|Today),?\s+)?(?:(?:He|She|[Tt]he\s+\d{2}-year-old(?:\s+(?P<noun>(?-i:\p{Lu}?\p{Ll}{3,})))?|[Tt]he\s+winner|[Tt]he\s+(?:runner|athlete)\s+from\s+(?-i:\p{Lu}\p{Ll}+)|[Tt]he\s+(?P<people>(?-i:\p{Lu}\p{Ll}{3,})))(?:,\s+who\s+[^;]{1,160}?,)?\s+(?:won\s+(?:the\s+(?:(?:wo)?men[’']s\s+)?(?:section|race|title|category|event)\s+)?(?:yesterday\s+|today\s+|on\s+\p{Lu}\p{Ll}+day\s+)?in|clocked|ran|needed|stopped\s+the\s+clock\s+(?:at|in)|crossed\s+the\s+(?:finish(?:ing)?\s+)?line\s+(?:in|after)|finished\s+(?:in|after)|covered\s+the\s+(?:(?:full|whole|entire|marathon|half[\s\-]marathon)\s+){0,2}(?:distance|course)(?:,\s+which\s+[^,;]{1,80},)?\s+in|completed\s+(?:the|yesterday[’']s|today[’']s|(?-i:\p{Lu}\p{Ll}+day)[’']s)\s+(?:race|course|distance)\s+in)(?:\s+a\s+(?:winning\s+)?time\s+of)?|(?:His|Her)\s+(?:winning\s+|finishing\s+)?time\s+(?:was|is|of))\s+$",
    )
});

/// The time of a podium result told without one, from one of the next
/// three sentences that names the runner by family name, no other person,
/// and one time after a verb of finishing ("Rotich … pulled clear to cross
/// the finish line in two hours, 12 minutes and 40 seconds"), when the time
/// fits the distance.
pub(super) fn later_time(x: &Extractor, p: &Pending) -> Option<(String, usize)> {
    static FINISHED: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:cross(?:ed|ing|es)?\s+the\s+(?:(?:finish(?:ing)?\s+)?line|finish)|reach(?:ed|es|ing)?\s+the\s+finish(?:\s+line)?|(?:complet(?:ed|ing)|cover(?:ed|ing)|ran|running)\s+the\s+(?:(?-i:[a-z][\w\-]*)\s+){0,3}?(?:course|race|distance|\d{1,3}(?:\.\d{1,3})?[\s\-]?(?:km|kilomet(?:re|er)s?|miles?)(?:\s+(?:distance|course|route))?)|finish(?:ed|ing)|to\s+finish|stopp(?:ed|ing)\s+the\s+clock|clock(?:ed|ing|s)?|(?:breast(?:ed|ing)|br(?:eak|oke|eaking))\s+the\s+tape|c(?:ame|oming)\s+home|returned\s+a\s+time)\b[^.;]{0,80}?\b(?:in|at|of|after|with)\s+$|\b(?:clock(?:ed|ing|s)?|ran|timed|needed)\s+$|\bwon\s+(?:the\s+(?:(?:wo)?men[’']s\s+)?(?:race|title)\s+)?in\s+$|\b(?:was|were)\s+timed\s+at\s+$",
        )
    });
    if p.time.is_some() || !matches!(p.outcome, Outcome::Position(1..=3)) {
        return None;
    }
    // Only for this year's race: a time told after "last year's winner X"
    // is X's this year ("had to be content with third after clocking T").
    if x.reference_year().is_some_and(|y| y != p.year) {
        return None;
    }
    let word = family_word(x, &p.athlete)?;
    let km: f64 = p.category.distance.as_deref()?.parse().ok()?;
    let n = x.out.sentences.len();
    // Further on, a winner's time only in a sentence that names the
    // winner's race ("In the women's race, Zhao … to clock 2:29:47").
    let reach = if p.outcome == Outcome::Position(1) {
        9
    } else {
        4
    };
    // "Derek's 58:47 was the slowest winning time since …": a sentence
    // that opens on the runner's given or family name and their time.
    let first_word = p.athlete.split_whitespace().next().unwrap_or("");
    let last_word = p.athlete.split_whitespace().last().unwrap_or("");
    (p.sentence + 1..n.min(p.sentence + reach)).find_map(|j| {
        let t = x.text(j);
        if let Some(rest) = [first_word, last_word].iter().find_map(|w| {
            t.strip_prefix(w)
                .and_then(|r| r.strip_prefix("'s ").or_else(|| r.strip_prefix("’s ")))
        }) {
            // ("Rotich's time over the 42-km course was 2 hours, …".)
            static TIME_WAS: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
                crate::pattern::fixed(
                    r"^(?:winning\s+|finishing\s+)?time\b[^;]{0,50}?\b(?:was|of)\s+",
                )
            });
            let rest = TIME_WAS.find(rest).map_or(rest, |m| &rest[m.end()..]);
            if let Some(tm) = measure::times(rest).into_iter().find(|tm| tm.start == 0) {
                return super::results::fitted_time(&tm.duration(), km).map(|d| (d, j));
            }
        }
        // Further on, a sentence that opens on the runner's name and tells
        // of no other year ("Chelangat, for her part, finished in T").
        let opens_on_name = [first_word, last_word].iter().any(|w| {
            t.strip_prefix(w)
                .is_some_and(|r| r.starts_with(' ') || r.starts_with(','))
        }) && !OTHER_TIME.is_match(t);
        if j >= p.sentence + 4
            && !opens_on_name
            && (p.category.sex.is_none() || super::phrasing::sex_of_race(t) != p.category.sex)
        {
            return None;
        }
        // "The 29-year-old clocked a winning time of 1hr 03min 51sec": a
        // winning time in a sentence that opens on the winner unnamed.
        if p.outcome == Outcome::Position(1) && !word.is_match(t) {
            let times = measure::times(t);
            let d = times.first().map(|tm| tm.duration())?;
            // Right after the win, a sentence that opens on the winner
            // unnamed and a verb of finishing ("The 27-year-old clocked two
            // hours, six minutes and 41 seconds").
            // (Or right after a sentence about the winner alone: "X broke
            // away at 15km. He crossed the finish line in T.")
            let after_own = j > p.sentence + 1
                && word.is_match(x.text(j - 1))
                && !names_another(x, j - 1, &word);
            let next = (j == p.sentence + 1 || after_own)
                && ANAPHOR_FINISHED
                    .captures(&t[..times[0].start])
                    .is_some_and(|c| {
                        // ("The 33-year-old Ethiopian", not "The 29-year-old
                        // Rawat": a people's word, not a name.)
                        c.name("noun").is_none_or(|n| {
                            n.as_str().starts_with(char::is_lowercase)
                                || x.lx.country_by_demonym(n.as_str()).is_some()
                        })
                        // ("The Kenyan covered …": a people's word alone.)
                        && c.name("people").is_none_or(|n| {
                            x.lx.country_by_demonym(n.as_str()).is_some()
                        })
                    });
            return (ANAPHOR_WINNING.is_match(&t[..times[0].start]) || next)
                .then(|| super::results::fitted_time(&d, km))
                .flatten()
                .map(|d| (d, j));
        }
        if !word.is_match(t) {
            return None;
        }
        let others = names_another(x, j, &word);
        let mut times = measure::times(t);
        if times.is_empty() && measure::dotted_fits(Some(km)) {
            // "returned a time of 28.51 minutes" over a 10K.
            times = measure::dotted_minutes(t, true);
        }
        // A time read as fits the race ("1:06.52" over a half is an hour
        // and six), with the sentence it was found in.
        let fitted =
            |tm: &measure::Time| super::results::fitted_time(&tm.duration(), km).map(|d| (d, j));
        // "The clock stopped at 2hr 05min 51sec for Tefera; Worku, two
        // strides behind, was given 2hr 05 min 53sec": a time said to be
        // the runner's by name.
        for tm in &times {
            let before = &t[..tm.start];
            let after = &t[tm.end..];
            let for_runner = STOPPED_AT.is_match(before)
                && FOR_NAME
                    .captures(after)
                    .is_some_and(|c| word.is_match(&c[1]));
            let given = GIVEN.captures(before).is_some_and(|c| word.is_match(&c[1]));
            if let Some(found) = (for_runner || given).then(|| fitted(tm)).flatten() {
                return Some(found);
            }
        }
        if let [tm] = times.as_slice() {
            if let Some(found) = (!others && FINISHED.is_match(&t[..tm.start]))
                .then(|| fitted(tm))
                .flatten()
            {
                return Some(found);
            }
        }
        // "Getachew finished in 2 hours, 9 minutes and 2 seconds, bettering
        // the 2:10.37 run by Rono": the sentence opens on the runner, and
        // the first time follows their verb of finishing, no one else named
        // before it.
        // (Or a clause that opens on them: "…, while Kirui clocked T".)
        let named = word.find(t)?;
        let tm = times.iter().find(|tm| tm.start >= named.end)?;
        // The sentence opens on the runner, or on one word that describes
        // them before the name ("The Kenyan-born Chemutai").
        static DESCRIBED: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
            crate::pattern::fixed(r"^The\s+(?:(?-i:\p{Lu})[\p{L}\-]+|\d{2}-year-old)\s+$")
        });
        static WHILE: std::sync::LazyLock<Pattern> =
            std::sync::LazyLock::new(|| crate::pattern::fixed(r"(?:,\s+(?:while|whereas)|;)\s+$"));
        let opens = t[..named.start].trim().is_empty()
            || DESCRIBED.is_match(&t[..named.start])
            || (WHILE.is_match(&t[..named.start])
                && !times
                    .iter()
                    .any(|tm| tm.start < named.start && tm.end > named.start));
        // Another runner named before the time; a town, club or employer
        // in apposition ("Tesoriero, 29, a nurse at Ballarat Base Hospital
        // and member of Eureka Striders, crossed the line in …") is not.
        let other_before = x.sents[j].chunks.iter().any(|(c, _)| {
            c.start >= named.end
                && c.end <= tm.start
                && x.lookup(
                    Kind::Person,
                    &names::normalise_key(&names::normalise_person(c.text(t))),
                )
                .is_some()
        }) || (super::phrasing::OTHER_NAME
            .is_match(&AT_PLACE.replace_all(&t[named.end..tm.start], ""))
            && !t[named.end..].starts_with(','));
        (opens && !other_before && FINISHED.is_match(&t[..tm.start]))
            .then(|| fitted(tm))
            .flatten()
    })
}

/// A sentence of another year or another run: a year, last year's race,
/// a best.
static OTHER_TIME: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:(?:19|20)\d{2}|last\s+year|a\s+year\s+ago|previous(?:ly)?|personal\s+best|season[’']?s?\s+best|PB|debut)\b",
    )
});

/// A place where something happened ("at Merdeka Square", "on the
/// Esplanade"): names in it are no runners.
static AT_PLACE: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(r"\b(?:at|on|along|near|outside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'\-]*\s*)+")
});

/// "he"/"his" or "she"/"her" in the sentences that name a runner by family
/// name and no other person, when only one kind occurs.
pub(super) fn pronouns_of(x: &Extractor, athlete: &str) -> Option<Sex> {
    static OPENS: std::sync::LazyLock<Pattern> =
        std::sync::LazyLock::new(|| crate::pattern::fixed(r"^(?:He|She|His|Her)\b"));
    if athlete.split_whitespace().last()?.chars().count() < 3 {
        return None;
    }
    let word = family_word(x, athlete)?;
    let n = x.out.sentences.len();
    let (mut she, mut he) = (false, false);
    // A quote told by a pronoun ("'… spring,' he said.").
    static QUOTED: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r#"[’'”"],?\s+(?:he|she)\s+(?:said|says|added|explained|admitted|told)\b"#,
        )
    });
    // Sentences that name the runner and no one else, and a next sentence
    // that opens on a pronoun, or quotes one, and names no one ("He
    // finished in 2 h 06:58.").
    let alone = |k: usize| !names_another(x, k, &word);
    // ("She crossed the line a stride behind Baptiste": the pronoun is
    // another runner's, the name an object.)
    static OBJECT_BEFORE: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:behind|ahead\s+of|beating|beat|edging|edged|than|past|overtaking|overtook|passing|passed|caught|catching)\s+(?:[\w’'\-]+\s+){0,2}$",
        )
    });
    let object = |k: usize| {
        let t = x.text(k);
        word.find(t)
            .is_some_and(|r| OBJECT_BEFORE.is_match(&t[..r.start]))
    };
    for i in (0..n).filter(|&i| word.is_match(x.text(i)) && !object(i)) {
        let next = (i + 1 < n
            && alone(i + 1)
            && (OPENS.is_match(x.text(i + 1)) || QUOTED.is_match(x.text(i + 1))))
        .then_some(i + 1);
        for k in std::iter::once(i).filter(|&k| alone(k)).chain(next) {
            let t = x.text(k);
            she |= super::phrasing::SHE.is_match(t);
            he |= super::phrasing::HE.is_match(t);
        }
    }
    match (she, he) {
        (true, false) => Some(Sex::Women),
        (false, true) => Some(Sex::Men),
        _ => None,
    }
}

/// A word found only whole: not inside a longer word.
pub(super) struct Word(String);

impl Word {
    /// Where the word first stands whole in `t`, as byte offsets.
    fn find(&self, t: &str) -> Option<std::ops::Range<usize>> {
        crate::extract::text::whole_words(t, &self.0)
            .next()
            .map(|at| at..at + self.0.len())
    }
    pub(super) fn is_match(&self, t: &str) -> bool {
        self.find(t).is_some()
    }
}

/// A runner's family name as a whole word (a plain search: a pattern
/// compiled per runner cost more than the rest of the extraction).
pub(super) fn family_word(x: &Extractor, athlete: &str) -> Option<Word> {
    let words: Vec<&str> = athlete.split_whitespace().collect();
    // "Zhao Yuling": a family name written first by custom.
    let family = if (2..=3).contains(&words.len()) && x.lx.has(Section::FamilyFirst, words[0]) {
        words[0]
    } else {
        words.last()?
    };
    Some(Word(family.to_string()))
}

/// Whether sentence `k` names a person of two words or more other than the
/// runner whose family name is `word`.
fn names_another(x: &Extractor, k: usize, word: &Word) -> bool {
    let t = x.text(k);
    x.sents[k].chunks.iter().any(|(c, s)| {
        *s == names::Shape::Unknown && c.words.len() >= 2 && !word.is_match(c.text(t))
    })
}
