//! Place names that run past a run of capitalised words: a lower-case type
//! word after the name ("Kongresni trg") or before it ("ulica Królowej
//! Jadwigi"), a lower-case word between a street word and its name ("Trg
//! bana Jelačića"), a number ("Pier 21"), a regnal numeral ("Ponte Luís I"),
//! "of the" inside a landmark's name ("Museum of the Atlantic"), "The"
//! before a lone venue word ("The Mall"), and a number word before a
//! race's name ("Two Oceans Marathon"). The words are the lexicon's.

use crate::pattern::Pattern;
use std::rc::Rc;
use std::sync::LazyLock;

use super::names::{self, Chunk, Shape};
use crate::lexicon::{Lexicon, Section};

/// The runs of a sentence with place names made whole.
pub fn extend(chunks: Vec<Chunk>, s: &str, lx: &Lexicon) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::with_capacity(chunks.len());
    let mut it = chunks.into_iter().peekable();
    while let Some(mut c) = it.next() {
        c = lower_prefix(c, s, lx);
        c = the_before(c, s, lx);
        c = number_before(c, s, lx);
        // Runs joined by a lower-case word ("Trg bana Jelačića") or by
        // "of the" ("Maritime Museum of the Atlantic").
        while let Some(next) = it.peek() {
            if c.possessive || !joins(&c, next, s, lx) {
                break;
            }
            let Some(next) = it.next() else { break };
            c = join(&c, &next);
        }
        c = lower_suffix(c, s, lx);
        c = numbered(c, s, lx);
        c = numeral(c, s, lx);
        out.push(c);
    }
    out
}

/// The word right after byte `at` (after one space), and its end.
fn word_after(s: &str, at: usize) -> Option<(&str, usize)> {
    let rest = s.get(at..)?.strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '.'))
        .unwrap_or(rest.len());
    let w = rest[..len].trim_end_matches('.');
    (!w.is_empty()).then_some((w, at + 1 + w.len()))
}

/// The word right before byte `at` (before one space), and its start.
fn word_before(s: &str, at: usize) -> Option<(&str, usize)> {
    let head = s.get(..at)?.strip_suffix(' ')?;
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let w = &head[start..];
    (!w.is_empty()).then_some((w, start))
}

fn grow(c: &Chunk, start: usize, end: usize) -> Chunk {
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(c.words.len() + 1);
    if start < c.start {
        words.push((start, c.start - 1));
    }
    words.extend(c.words.iter().copied());
    if end > c.end {
        words.push((c.end + 1, end));
    }
    Chunk {
        start: start.min(c.start),
        end: end.max(c.end),
        words: Rc::from(words),
        possessive: c.possessive && end <= c.end,
    }
}

fn join(a: &Chunk, b: &Chunk) -> Chunk {
    let mut words: Vec<(usize, usize)> = a.words.to_vec();
    words.extend(b.words.iter().copied());
    Chunk {
        start: a.start,
        end: b.end,
        words: Rc::from(words),
        possessive: b.possessive,
    }
}

/// "Kongresni trg": a lower-case type word after the name.
fn lower_suffix(c: Chunk, s: &str, lx: &Lexicon) -> Chunk {
    match word_after(s, c.end) {
        Some((w, end))
            if !c.possessive
                && w.chars().all(|ch| ch.is_lowercase())
                && lx.has(Section::VenueSuffixLower, w) =>
        {
            grow(&c, c.start, end)
        }
        _ => c,
    }
}

/// "ulica Królowej Jadwigi", "in piazza Duomo": a lower-case street word
/// before the name.
fn lower_prefix(c: Chunk, s: &str, lx: &Lexicon) -> Chunk {
    match word_before(s, c.start) {
        Some((w, start))
            if w.chars().next().is_some_and(char::is_lowercase)
                && lx.has(Section::VenuePrefixLower, w) =>
        {
            grow(&c, start, c.end)
        }
        _ => c,
    }
}

/// "The Mall", "The Esplanade": "The" before a lone venue word.
fn the_before(c: Chunk, s: &str, lx: &Lexicon) -> Chunk {
    let one_venue_word = c.words.len() == 1 && lx.has(Section::VenueSuffix, c.text(s));
    match word_before(s, c.start) {
        Some(("The", start)) if one_venue_word => grow(&c, start, c.end),
        _ => c,
    }
}

/// A capitalised number word before a race's name is part of it ("Three
/// Gorges Riverside Half Marathon", "Two Oceans Marathon").
fn number_before(c: Chunk, s: &str, lx: &Lexicon) -> Chunk {
    const NUMBERS: [&str; 7] = ["One", "Two", "Three", "Four", "Five", "Seven", "Twin"];
    match word_before(s, c.start) {
        Some((w, start))
            if NUMBERS.contains(&w) && names::shape(c.text(s), lx) == Shape::Series =>
        {
            grow(&c, start, c.end)
        }
        _ => c,
    }
}

/// Whether run `b` continues the place name of run `a`.
fn joins(a: &Chunk, b: &Chunk, s: &str, lx: &Lexicon) -> bool {
    let Some(gap) = s.get(a.end..b.start) else {
        return false;
    };
    let last = a.words.last().map_or("", |&(x, y)| &s[x..y]);
    // "Maritime Museum of the Atlantic", "Cathedral of the Holy Cross".
    if gap == " of the "
        && (lx.has(Section::LandmarkSuffix, last) || lx.has(Section::VenueSuffix, last))
    {
        return true;
    }
    // "Trg bana Jelačića", "Ulica grada Vukovara": a street word, one
    // lower-case word, the name.
    let middle = gap.trim_matches(' ');
    a.words.len() == 1
        && gap.len() == middle.len() + 2
        && lx.has(Section::VenuePrefix, a.text(s))
        && middle.chars().count() >= 3
        && middle
            .chars()
            .all(|ch| ch.is_lowercase() && ch.is_alphabetic())
        && !names::is_function_word(middle)
}

/// A number that goes on past its digits ("21:30", "21.5", "21/22").
static NUMBER_GOES_ON: LazyLock<Pattern> = LazyLock::new(|| crate::pattern::fixed(r"^[:.,/]\d"));

/// "Pier 21", "Gate 4": a numbered venue word and its number.
fn numbered(c: Chunk, s: &str, lx: &Lexicon) -> Chunk {
    let last = c.words.last().map_or("", |&(x, y)| &s[x..y]);
    if c.possessive || !lx.has(Section::VenueNumbered, last) {
        return c;
    }
    match word_after(s, c.end) {
        Some((n, end))
            if n.len() <= 3
                && n.chars().all(|ch| ch.is_ascii_digit())
                && !NUMBER_GOES_ON.is_match(&s[end..]) =>
        {
            grow(&c, c.start, end)
        }
        _ => c,
    }
}

/// "Ponte Luís I", "C. de Alfonso XIII": a regnal numeral after a name;
/// a lone "I" only after a street's or landmark's name.
fn numeral(c: Chunk, s: &str, lx: &Lexicon) -> Chunk {
    let Some((n, end)) = word_after(s, c.end) else {
        return c;
    };
    let roman = matches!(
        n,
        "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII" | "XIII"
    );
    let place = || {
        matches!(names::shape(c.text(s), lx), Shape::Venue | Shape::Landmark)
            || c.words.iter().any(|&(x, y)| names::is_connector(&s[x..y]))
    };
    let ends_word = !s[end..].starts_with(|ch: char| ch.is_alphanumeric() || ch == '\'');
    if !c.possessive && ends_word && (roman || (n == "I" && place())) {
        grow(&c, c.start, end)
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(s: &str) -> Vec<String> {
        let lx = crate::lexicon::get();
        extend(names::chunks(s), s, lx)
            .iter()
            .map(|c| c.text(s).to_string())
            .collect()
    }

    #[test]
    fn place_names_are_whole() {
        for (s, want) in [
            ("It starts in Kongresni trg.", "Kongresni trg"),
            ("It passes Katedros aikštė.", "Katedros aikštė"),
            (
                "It finished on Hviezdoslavovo námestie.",
                "Hviezdoslavovo námestie",
            ),
            (
                "The course follows ulica Królowej Jadwigi.",
                "ulica Królowej Jadwigi",
            ),
            ("The finish is on Trg bana Jelačića.", "Trg bana Jelačića"),
            ("It starts at Pier 21 at dawn.", "Pier 21"),
            ("It finishes at Pier 21.", "Pier 21"),
            ("Runners cross Ponte Luís I twice.", "Ponte Luís I"),
            ("It runs along C. de Alfonso I.", "C. de Alfonso I"),
            (
                "It passes the Maritime Museum of the Atlantic.",
                "Maritime Museum of the Atlantic",
            ),
            ("It ends on The Mall.", "The Mall"),
            (
                "He won the 2026 Three Gorges Riverside Half Marathon.",
                "Three Gorges Riverside Half Marathon",
            ),
        ] {
            assert!(
                names_in(s).contains(&want.to_string()),
                "{s}: {:?}",
                names_in(s)
            );
        }
    }

    #[test]
    fn names_that_are_not_places_stay_as_they_were() {
        for (s, want) in [
            ("Kiptoo most often wins.", "Kiptoo"),
            ("Then Mary Keitany I think won.", "Mary Keitany"),
            ("At Pier 21:30 was the time.", "Pier"),
            ("Grace Kiprop of the Nairobi club won.", "Grace Kiprop"),
            ("The Boston Marathon was fast.", "Boston Marathon"),
            ("Of the entrants, Two Kenyan Runners led.", "Kenyan Runners"),
        ] {
            assert!(
                names_in(s).contains(&want.to_string()),
                "{s}: {:?}",
                names_in(s)
            );
        }
    }
}
