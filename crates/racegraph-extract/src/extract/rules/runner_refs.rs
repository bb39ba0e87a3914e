//! Who a word or a name alone refers to: a people's adjective ("Kenyan",
//! "Kenyans"), a family or given name alone (the runner named in full
//! before), the win that "ahead of X" goes on from, and a home town run
//! on after a name in a list; a runner's known sex, a paragraph's
//! distance, and runners' names compared.

use super::lists::{Outcome, Pending};
use super::names::{self, Shape};
use super::phrasing::*;
use super::Extractor;
use crate::contract::Sex;

/// The country of a demonym, also as a noun ("Kenyan", "Frenchman").
pub(super) fn demonym_country(x: &Extractor, word: &str) -> Option<crate::lexicon::Country> {
    let stem = word
        .strip_suffix("woman")
        .or_else(|| word.strip_suffix("man"))
        .unwrap_or(word);
    x.lx.country_by_demonym(word)
        .or_else(|| x.lx.country_by_demonym(stem))
        .cloned()
}

/// The country of a demonym or of its plural ("Kenyans"), and whether the
/// word was the plural.
pub(super) fn demonym_or_plural(
    x: &Extractor,
    word: &str,
) -> Option<(crate::lexicon::Country, bool)> {
    demonym_country(x, word).map(|c| (c, false)).or_else(|| {
        word.strip_suffix('s')
            .and_then(|one| demonym_country(x, one))
            .map(|c| (c, true))
    })
}

/// The win "ahead of X" goes on from (so X is second), X being someone
/// else: the latest win whose runner the words before X name by family name
/// ("Kiprono crossed the line in 63:48, ahead of X"), else the last result
/// read, if a win (not, in a paragraph that opens on another distance, "In
/// the 10K, first was A, ahead of X", the half marathon's winner told
/// before it). Returns the winner's race's sex, if known.
pub(super) fn won_before(x: &Extractor, i: usize, before: &str, name: &str) -> Option<Option<Sex>> {
    let line = x.out.sentences[i].line;
    let here = |p: &&Pending| {
        x.out.sentences[p.sentence].line == line
            || x.paragraph_distance
                .as_ref()
                .is_none_or(|(l, d)| *l != line || p.category.distance.as_ref() == Some(d))
    };
    let win = |p: &&Pending| p.outcome == Outcome::Position(1) && p.athlete != name;
    // The family name as a whole word of the words before.
    let names_word = |word: &str| {
        crate::extract::text::whole_words(before, word)
            .next()
            .is_some()
    };
    let named = x
        .pending
        .iter()
        .rev()
        .take(12)
        .filter(win)
        .find(|p| p.athlete.split_whitespace().last().is_some_and(names_word));
    // "He finished ahead of X" after two wins told together, his and hers:
    // the latest win of the pronoun's sex.
    let pronoun = opening_pronoun(before);
    named
        .or_else(|| {
            let last = x.pending.last().filter(|p| win(p) && here(p))?;
            match pronoun {
                Some(s) if last.category.sex.is_some_and(|t| t != s) => x
                    .pending
                    .iter()
                    .rev()
                    .take(4)
                    .filter(win)
                    .find(|p| p.category.sex == Some(s)),
                _ => Some(last),
            }
        })
        .map(|p| p.category.sex)
}

/// The one full name (two or three words) of an earlier sentence that
/// starts with `given`; none when two people share it.
pub(super) fn given_name_before(x: &Extractor, i: usize, given: &str) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    for k in (0..i).rev() {
        let t = x.text(k);
        for (c, s) in x.sents[k].chunks.iter() {
            if *s != Shape::Unknown || !(2..=3).contains(&c.words.len()) {
                continue;
            }
            let words: Vec<&str> = c.words.iter().map(|&(a, b)| &t[a..b]).collect();
            if words[0] == given
                && demonym_country(x, words[0]).is_none()
                && !words
                    .iter()
                    .any(|w| w.contains(|ch: char| ch.is_ascii_digit()))
            {
                let full = words.join(" ");
                if !found.contains(&full) {
                    found.push(full);
                }
            }
        }
    }
    (found.len() == 1).then(|| found.remove(0))
}

/// The full name, written earlier in the article, whose last word is `surname`.
pub(super) fn full_name_before(x: &Extractor, i: usize, surname: &str) -> Option<String> {
    (0..=i).rev().find_map(|k| {
        let t = x.text(k);
        x.sents[k].chunks.iter().rev().find_map(|(c, s)| {
            let family_first = (2..=3).contains(&c.words.len())
                && x.lx.has(crate::lexicon::Section::FamilyFirst, surname)
                && c.words.first().is_some_and(|&(a, b)| &t[a..b] == surname);
            if *s != Shape::Unknown || c.words.len() < 2 || (c.last(t) != surname && !family_first)
            {
                return None;
            }
            let words: Vec<&str> = c.words.iter().map(|&(a, b)| &t[a..b]).collect();
            let first = usize::from(demonym_country(x, words[0]).is_some());
            (words.len() - first >= 2).then(|| words[first..].join(" "))
        })
    })
}

/// A list's "Sander Pieters Middelburg": a person the prose names
/// ("Sander Pieters") and, run on after the name with nothing between, the
/// town the article says the runner is from ("from Middelburg"): the
/// person's name alone.
pub(super) fn less_home_town(x: &Extractor, name: &str) -> Option<String> {
    let (head, town) = name.trim().rsplit_once(' ')?;
    if head.split_whitespace().count() < 2 {
        return None;
    }
    let written_alone = |words: &str| {
        (0..x.out.sentences.len()).any(|i| {
            let t = x.text(i);
            crate::extract::text::whole_words(t, words)
                .any(|at| !t[at + words.len()..].starts_with(&format!(" {town}")))
        })
    };
    // (The name written without the town elsewhere.)
    if x.lookup(
        crate::extract::Kind::Person,
        &crate::extract::names::normalise_key(head),
    )
    .is_none()
        && !written_alone(head)
    {
        return None;
    }
    // (A town of the gazetteer, else one the article says the runner is
    // from; the gazetteer first, the cheaper.)
    let from = format!("from {town}");
    let from_town = || {
        (0..x.out.sentences.len()).any(|i| {
            crate::extract::text::whole_words(x.text(i), &from)
                .next()
                .is_some()
        })
    };
    (x.lx.town(town).is_some() || x.lx.city(town).is_some() || from_town())
        .then(|| head.to_string())
}

/// The sex of the race of the runner's latest result, if it has one
/// ("Jepkorir won in 71:05" after "A and Naomi Jepkorir took the men's
/// and women's titles respectively").
pub(super) fn known_sex(x: &Extractor, name: &str) -> Option<Sex> {
    let last = name.split_whitespace().last()?;
    let key = runner_key(name);
    x.pending
        .iter()
        .rev()
        // A cheap look at the family name first: most runners are others.
        .filter(|p| {
            let theirs = p.athlete.split_whitespace().last().unwrap_or("");
            // ("KEMP Ivo Dan": a family name written first, in capitals.)
            theirs.eq_ignore_ascii_case(last)
                || p.athlete
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.len() > 1 && !w.chars().any(char::is_lowercase))
        })
        .find(|p| same_runner(&key, &p.athlete))
        .and_then(|p| p.category.sex)
}

/// The distance the paragraph of sentence `i` opened on ("In the half
/// marathon, …", "The 10K produced …"), if it opened on one.
pub(super) fn paragraph_opening_distance(x: &Extractor, i: usize) -> Option<String> {
    let line = x.out.sentences[i].line;
    x.paragraph_distance
        .as_ref()
        .filter(|(l, _)| *l == line)
        .map(|(_, d)| d.clone())
}

/// The distance of the results told in the last sentence before sentence
/// `i` in its paragraph that told any (of `year`, when given), if one of
/// them has one: "Victory in the half marathon went to A in T ahead of B
/// and C." gives the half to A alone until the article's end, and B and C
/// do not end the paragraph's race.
pub(super) fn last_distance_in_paragraph(
    x: &Extractor,
    i: usize,
    year: Option<i32>,
) -> Option<String> {
    let line = x.out.sentences[i].line;
    let told = |p: &&Pending| {
        x.out.sentences[p.sentence].line == line
            && p.sentence < i
            && year.is_none_or(|y| p.year == y)
    };
    let last = x.pending.iter().rev().find(told)?.sentence;
    x.pending
        .iter()
        .rev()
        .filter(told)
        .take_while(|p| p.sentence == last)
        .find_map(|p| p.category.distance.clone())
}

/// A runner's name as compared with others: normalised, in natural order.
pub(super) fn runner_key(name: &str) -> String {
    names::normalise_key(&names::normalise_person(name))
}

/// Whether `other` names the runner whose key is `key`, in full or by
/// family name ("Jepkorir" and "Naomi Jepkorir").
pub(super) fn same_runner(key: &str, other: &str) -> bool {
    let o = runner_key(other);
    o == key || o.ends_with(&format!(" {key}")) || key.ends_with(&format!(" {o}"))
}
