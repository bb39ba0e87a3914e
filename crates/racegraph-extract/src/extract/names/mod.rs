//! Proper names: finding runs of capitalised words, telling what kind of
//! thing a run names from its words, and normalising how names are written.

use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A run of capitalised words in a sentence (byte offsets into it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    /// Byte spans of the words.
    /// Shared, so that copying a sentence's runs for a rule is cheap.
    pub words: std::rc::Rc<[(usize, usize)]>,
    /// The run ended in a possessive `’s` (not part of `end`).
    pub possessive: bool,
}

impl Chunk {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
    pub fn word<'a>(&self, s: &'a str, i: usize) -> &'a str {
        &s[self.words[i].0..self.words[i].1]
    }
    pub fn last<'a>(&self, s: &'a str) -> &'a str {
        self.word(s, self.words.len() - 1)
    }
}

/// An initial glued to the name after it ("B.Enkhtuvshin"), as Mongolian
/// and some Central Asian papers write names: a capital, or a Cyrillic
/// letter romanised in two ("Kh.Batbayar", "Ts.Oyunchimeg"), and a point.
pub const GLUED_INITIAL: &str = r"(?:\p{Lu}|Kh|Ch|Sh|Ts|Zh|Ya|Yu|Ye|Yo)\.";

static WORD: LazyLock<Pattern> = LazyLock::new(|| {
    // (An initial glued to a name is one word.)
    crate::pattern::fixed(&[
        GLUED_INITIAL,
        r"\p{Lu}[\p{Ll}\p{M}’']{2,}(?:-\p{Lu}?[\p{Ll}\p{M}’']+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-&]*(?:–\p{Lu}[\p{L}\p{M}’'\-]*)*(?:\.[\p{L}]\.?)*|&",
    ]
    .concat())
});

/// Lower-case words allowed inside a name ("Gate of Honour", "van der Merwe").
mod compound;
mod heads;
mod keys;
mod race_words;
mod shape;
pub use keys::{
    acronym_of, capitalise_last, is_acronym, less_title, normalise_key, normalise_person,
    series_key, strip_legal_form, tidy_title,
};
use race_words::{
    begins_race_name, describes_named_race, distances_of_one_event, edition_numeral,
    lower_mile_before_race_noun, opens_race_name, race_noun_to,
};

const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "la", "le", "les", "los", "las", "van", "der", "den", "von", "du",
    "da", "das", "di", "do", "dos", "des", "al", "el", "bin", "ibn", "y", "ter", "ten", "am", "&",
];

/// A distance written as part of a name: `10K`, `5k`, `21K`, `10km`, `10-Mile`, `10-K`.
fn is_race_number(w: &str) -> bool {
    // "10-Mile", "10-Miler", "10-K": the distance and its unit as one word.
    if let Some(d) = w
        .strip_suffix("-Miler")
        .or_else(|| w.strip_suffix("-Mile"))
        .or_else(|| w.strip_suffix("-K"))
    {
        return (1..=3).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit());
    }
    // "10km", "10KM", "15Km": the unit written in full after the digits.
    let w = w
        .strip_suffix("km")
        .or_else(|| w.strip_suffix("Km"))
        .or_else(|| w.strip_suffix("KM"))
        .map_or(w, |d| &w[..d.len() + 1]);
    let digits = w.trim_end_matches(['K', 'k']);
    digits.len() < w.len()
        && !digits.is_empty()
        && digits.len() <= 3
        && digits.chars().all(|c| c.is_ascii_digit())
}

fn is_capitalised(w: &str) -> bool {
    // An elided particle before a capital ("d'Or", "l’Arc") keeps a name going.
    // Also longer elided articles: "dell'Anfiteatro", "all’Arco".
    let w = w
        .char_indices()
        .take(6)
        .find(|&(_, c)| c == '\'' || c == '’')
        .filter(|&(p, _)| p > 0 && w[..p].chars().all(|c| c.is_lowercase()))
        .map_or(w, |(p, c)| &w[p + c.len_utf8()..]);
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A lower-case word inside a name ("of", "de", "van").
pub fn is_connector(w: &str) -> bool {
    CONNECTORS.contains(&w)
}

/// A function word ("the", "and", "was"): no part of a name.
pub fn is_function_word(w: &str) -> bool {
    is_breaker(w)
        || [
            "was", "is", "are", "were", "has", "had", "to", "into", "onto",
        ]
        .contains(&w)
}

fn is_breaker(w: &str) -> bool {
    let l = w.to_lowercase();
    crate::lexicon::get().has(crate::lexicon::Section::NameBreaker, &l)
        || l.ends_with("-based")
        || l.ends_with("‑based")
        || roman_ordinal(w)
}

/// An ordinal in Roman numerals ("IXth", "XIIIth", "IInd", or bare of
/// three letters or more, "XXXIII", "XVI"): an edition's number before a
/// race's name, no part of it. (Not "II" nor "XI": a pope's or a
/// surname in capitals.)
fn roman_ordinal(w: &str) -> bool {
    let numeral = w.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &w[numeral.len()..];
    !numeral.is_empty()
        && numeral.chars().all(|c| "IVXLC".contains(c))
        && (["st", "nd", "rd", "th"].contains(&suffix)
            || (suffix.is_empty() && numeral.len() >= 3 && numeral.contains('X')))
}

/// Finds runs of capitalised words. Runs break at punctuation, at
/// capitalised function words ("The", "To": so Title Case headlines give
/// short runs), and after a possessive.
pub fn chunks(s: &str) -> Vec<Chunk> {
    // "Marathon-2025": the name and its year, two words.
    let mut words: Vec<(usize, usize)> = Vec::new();
    for m in WORD.find_iter(s) {
        match m.as_str().rsplit_once('-') {
            Some((name, year))
                if year.len() == 4
                    && (year.starts_with("19") || year.starts_with("20"))
                    && year.bytes().all(|b| b.is_ascii_digit())
                    && name.chars().next().is_some_and(char::is_alphabetic) =>
            {
                let cut = m.start() + name.len();
                words.push((m.start(), cut));
                words.push((cut + 1, m.end()));
            }
            _ => words.push((m.start(), m.end())),
        }
    }
    // A block of short lines (a table's row flattened one cell to a
    // line): a line break parts names as a cell's end does.
    let cells = s.matches('\n').count() >= 2 && s.lines().all(|l| l.chars().count() <= 40);
    let mut out = Vec::new();
    let mut cur: Vec<(usize, usize)> = Vec::new();
    let mut pending: Vec<(usize, usize)> = Vec::new();
    let flush = |cur: &mut Vec<(usize, usize)>, out: &mut Vec<Chunk>, possessive: bool| {
        if !cur.is_empty() {
            out.push(Chunk {
                start: cur[0].0,
                end: cur[cur.len() - 1].1,
                words: std::mem::take(cur).into(),
                possessive,
            });
        }
    };
    for (i, &(a, b)) in words.iter().enumerate() {
        let w = &s[a..b];
        // Only white space may stand between the words of a name (one line
        // break too, where a wrapped line runs on).
        let gap_ok = pending.last().or(cur.last()).is_some_and(|&(pa, pb)| {
            let gap = &s[pb..a];
            // After an initial or a short abbreviation ("C. de Alfonso I",
            // "Av. da Índia", "St. Stephen's Green"), a point too.
            let gap = match gap.strip_prefix('.') {
                Some(rest) if abbreviation(&s[pa..pb]) => rest,
                _ => gap,
            };
            // Two spaces in a row on one line part a table's columns
            // ("1   Ann LEE       Hill Harriers   36:48").
            gap.chars()
                .all(|c| matches!(c, ' ' | '\u{a0}' | '\n' | '\r'))
                && !gap.is_empty()
                && gap.matches('\n').count() <= usize::from(!cells)
                && !gap.split('\n').next().is_some_and(|l| l.contains("  "))
        });
        if !gap_ok && !cur.is_empty() {
            flush(&mut cur, &mut out, false);
            pending.clear();
        }
        // "Belarus' Kavaliova": a country's possessive written with the
        // apostrophe alone.
        let country_possessive = || {
            w.strip_suffix('’')
                .or_else(|| w.strip_suffix('\''))
                .filter(|c| c.ends_with('s') && crate::lexicon::get().country(c).is_some())
        };
        let (core, possessive) = match w
            .strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .or_else(country_possessive)
        {
            Some(c) if !c.is_empty() => (c, true),
            _ => (w, false),
        };
        // "Forth Valley 10K", "Forth Valley 10 Mile": a distance in the name.
        let race_number = !cur.is_empty()
            && (is_race_number(core)
                || (core.len() <= 3
                    && core.chars().all(|c| c.is_ascii_digit())
                    && words.get(i + 1).is_some_and(|&(na, nb)| {
                        ["Mile", "Miler", "Miles", "km", "Km", "KM"].contains(&&s[na..nb])
                    })
                    || lower_mile_before_race_noun(core, s, words.get(i + 1).copied())));
        // "the Berea Women's Challenge 10km road race": a distance after a
        // full race name, told by a lower-case race noun, describes the
        // race and is no part of its name.
        let race_number = race_number && !describes_named_race(s, &words, &cur, i);
        // "Lac de Tunis 10 km": the unit after a distance in a name.
        let unit_after_number = !cur.is_empty()
            && ["km", "Km", "KM"].contains(&w)
            && cur
                .last()
                .is_some_and(|&(pa, pb)| s[pa..pb].chars().all(|c| c.is_ascii_digit()));
        if unit_after_number && gap_ok {
            cur.push((a, b));
            continue;
        }
        // "Kibi Plain Women's Marathon", "Machakos People's Marathon": a
        // category or a patron inside a race's name goes on with it.
        let category = possessive
            && !cur.is_empty()
            && [
                "Women",
                "Men",
                "Ladies",
                "Girls",
                "Boys",
                "People",
                "Children",
                "Veterans",
                "Masters",
                "Mayor",
                "Governor",
                "President",
                "Founders",
            ]
            .contains(&core)
            && words
                .get(i + 1)
                .is_some_and(|&(na, nb)| is_capitalised(&s[na..nb]) && !is_breaker(&s[na..nb]));
        // "Hawke's Bay", "Martha's Vineyard", "King's Lynn", "Percival's
        // Island": a place named with a possessive goes on with the word
        // after it (`[possessive_place]`).
        let category = category
            || (possessive
                && is_capitalised(core)
                && crate::lexicon::get().country(core).is_none()
                && words.get(i + 1).is_some_and(|&(na, nb)| {
                    s[b..na] == *" "
                        && crate::lexicon::get()
                            .has(crate::lexicon::Section::PossessivePlace, &s[na..nb])
                }));
        // "He Siqi, a student, won": the family name He before a given
        // name that ends the run, not the pronoun.
        let family_he = core == "He"
            && cur.is_empty()
            && words.get(i + 1).is_some_and(|&(na, nb)| {
                s[b..na] == *" "
                    && is_capitalised(&s[na..nb])
                    && !is_breaker(&s[na..nb])
                    && s[nb..].starts_with([',', ' ', '.'])
                    && words.get(i + 2).is_none_or(|&(ma, mb)| {
                        !s[nb..ma].trim().is_empty() || !is_capitalised(&s[ma..mb])
                    })
            });
        // "Patricia A. Lomax": a middle initial goes on with the name
        // ("A" would else end it, as the article).
        let middle_initial = !cur.is_empty()
            && core.len() == 1
            && core.chars().all(|c| c.is_ascii_uppercase())
            && s[b..].starts_with(". ")
            && words.get(i + 1).is_some_and(|&(na, nb)| {
                na == b + 2 && is_capitalised(&s[na..nb]) && !is_breaker(&s[na..nb])
            });
        // "Luis Ángel May (33:40)": a month's name right after a name, before
        // a bracket, a stop or a lower-case word (not "May 3", "May 2026", a
        // headline's "Jones May Return", "Next: Club Handicap October »"),
        // is a family name.
        let month_in_name = !cur.is_empty()
            && pending.is_empty()
            && cur.last().is_some_and(|&(_, pb)| &s[pb..a] == " ")
            && crate::dates::is_month_name(core)
            && s[b..]
                .trim_start_matches(' ')
                .chars()
                .next()
                .is_none_or(|c| {
                    c.is_lowercase() || ['(', ')', ',', '.', ';', ':', '\n'].contains(&c)
                });
        if cur.is_empty() && edition_numeral(s, &words, i) {
            continue;
        }
        if is_capitalised(core) && !is_breaker(core)
            || middle_initial
            || month_in_name
            || (cur.is_empty() && opens_race_name(s, &words, i))
            || family_he
            || category
            || race_number
            || (is_capitalised(core)
                && !cur.is_empty()
                && core.len() > 1
                && core.chars().all(|c| c.is_uppercase()))
        {
            if !pending.is_empty() {
                cur.append(&mut pending);
            }
            if category {
                cur.push((a, b));
            } else {
                cur.push((a, a + core.len()));
            }
            if possessive && !category {
                flush(&mut cur, &mut out, true);
            }
        } else if !cur.is_empty() && goes_on(s, &words, &cur, i) {
            pending.push((a, b));
        } else if cur.is_empty()
            && CONNECTORS.contains(&w)
            && ["van", "de", "di", "da", "von", "le", "la", "du", "al", "el"].contains(&w)
            && words.get(i + 1).is_some_and(|&(na, nb)| {
                is_capitalised(&s[na..nb])
                    && !is_breaker(&s[na..nb])
                    && !begins_race_name(&s[na..nb])
            })
            && (a == 0 || s[..a].ends_with(' '))
        {
            // A lower-case particle at the start of a surname ("van der Merwe").
            pending.push((a, b));
            cur.append(&mut pending);
        } else {
            pending.clear();
            flush(&mut cur, &mut out, false);
        }
    }
    flush(&mut cur, &mut out, false);
    // A lone lower-case particle is no name.
    out.retain(|c| c.words.iter().any(|&(a, b)| is_capitalised(&s[a..b])));
    // "Rey Jumawan Jr.": the point of a generational suffix is the name's.
    for c in &mut out {
        if c.words.len() >= 3
            && matches!(&s[c.words[c.words.len() - 1].0..c.end], "Jr" | "Sr")
            && s[c.end..].starts_with('.')
        {
            let mut words = c.words.to_vec();
            if let Some(last) = words.last_mut() {
                last.1 += 1;
            }
            c.end += 1;
            c.words = words.into();
        }
    }
    out
}

/// Whether the lower-case word at `i` goes on with the run `cur`: a
/// connector ("of", "de"), "and" in an organisation's name ("Ministry of
/// Youth and Sports") or between two distances of one event's ("10K and
/// 5K Road Race"), "to" in a race's ("Road to Oz 10K").
fn goes_on(s: &str, words: &[(usize, usize)], cur: &[(usize, usize)], i: usize) -> bool {
    let (a, b) = words[i];
    let w = &s[a..b];
    // "Papago Buttes Marathon & Half Marathon": two races of one event,
    // the first's name ending before the ampersand.
    let word = |k: usize| s[words[k].0..words[k].1].to_lowercase();
    if w == "&"
        && !cur.is_empty()
        && ["marathon", "run", "race"].contains(&word(i - 1).as_str())
        && i + 1 < words.len()
        && (["half", "marathon"].contains(&word(i + 1).as_str())
            || is_race_number(&s[words[i + 1].0..words[i + 1].1]))
    {
        return false;
    }
    let connects = CONNECTORS.contains(&w)
        || (w == "and" && organisation_of(s, cur) && one_word_ends(s, words, i))
        || (w == "to" && race_noun_to(s, words, cur, i))
        || (w == "for" && race_words::cause_after(s, words, cur, i));
    (connects && next_name_word(s, words, i).is_some())
        || (w == "and" && distances_of_one_event(s, words, cur, i))
}

/// Whether the run of words so far is an organisation's name of the form
/// "Ministry of Youth": "and" goes on with it ("… and Sports").
fn organisation_of(s: &str, run: &[(usize, usize)]) -> bool {
    run.first().is_some_and(|&(a, b)| {
        crate::lexicon::get().has(crate::lexicon::Section::OrganizationPrefix, &s[a..b])
    }) && run.iter().any(|&(a, b)| &s[a..b] == "of")
        // (Once: "the Institute of Arts and Design and Gao Peng".)
        && !run.iter().any(|&(a, b)| &s[a..b] == "and")
}

/// Whether one capitalised word stands after "and" at `i` and ends the
/// run ("Ministry of Youth and Sports", not "… Science and Gao Peng"), one
/// word standing after the organisation's "of" too.
fn one_word_ends(s: &str, words: &[(usize, usize)], i: usize) -> bool {
    let before_of = i >= 3 && &s[words[i - 2].0..words[i - 2].1] == "of";
    let next = words
        .get(i + 1)
        .is_some_and(|&(a, b)| is_capitalised(&s[a..b]));
    let ends = match (words.get(i + 1), words.get(i + 2)) {
        (Some(&(_, b)), Some(&(c, d))) => !s[b..c].trim().is_empty() || !is_capitalised(&s[c..d]),
        (Some(_), None) => true,
        _ => false,
    };
    before_of && next && ends
}

/// An initial or a short abbreviation of a street word or a rank, written
/// before a point inside a name: `C`, `Av`, `Avda`, `St`, `Pza`, `Maj`.
fn abbreviation(w: &str) -> bool {
    let n = w.chars().count();
    // (Or a club's kind written short: "Atl. Sebino Ovest".)
    let club_kind = || {
        crate::lexicon::get().has(
            crate::lexicon::Section::OrganizationPrefix,
            &format!("{w}."),
        )
    };
    w.starts_with(char::is_uppercase)
        && (n == 1
            || club_kind()
            || [
                "Av", "Avda", "St", "Pza", "Pça", "Ave", "Blvd", "Rd", "Sta", "Sto", "Dr", "Sgt",
                "Maj", "Cpl", "Capt", "Lt", "Col", "Gen", "Pvt", "Pfc", "Spc", "Cmdr",
            ]
            .contains(&w))
}

/// After a connector at `i` (and any more connectors), the index of the
/// capitalised word that continues the name.
fn next_name_word(s: &str, words: &[(usize, usize)], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while let Some(&(a, b)) = words.get(j) {
        let w = &s[a..b];
        if CONNECTORS.contains(&w) {
            j += 1;
            continue;
        }
        return (is_capitalised(w) && !is_breaker(w)).then_some(j);
    }
    None
}

/// Splits a run at its connectors ("Marathoners of China" -> "Marathoners",
/// "China"), for runs whose words as a whole name nothing known.
pub fn split_at_connectors(c: &Chunk, s: &str) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut cur: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in c.words.iter() {
        if CONNECTORS.contains(&&s[a..b]) {
            if !cur.is_empty() {
                out.push(Chunk {
                    start: cur[0].0,
                    end: cur[cur.len() - 1].1,
                    words: std::mem::take(&mut cur).into(),
                    possessive: false,
                });
            }
        } else {
            cur.push((a, b));
        }
    }
    if !cur.is_empty() {
        out.push(Chunk {
            start: cur[0].0,
            end: cur[cur.len() - 1].1,
            words: cur.into(),
            possessive: c.possessive,
        });
    }
    out
}

pub use compound::{compound_race_word, lone_race_word};
pub use heads::{race_first_at, series_head};
pub use shape::{championship_head, no_runner, race_kind, shape, shape_of_words, Shape};

#[cfg(test)]
mod tests;
