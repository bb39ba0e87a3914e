//! What the words of a name say it is before any context: a country, a
//! city, a race series, a venue, a landmark, an organisation or a region
//! (gazetteer and lexicon only), else unknown.

use super::series_head;
use crate::lexicon::Lexicon;

/// What the words of a name say it is, before any context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Country,
    City,
    Series,
    Venue,
    Landmark,
    Organization,
    /// A region of a country ("the Northwest Region"): no person, and no
    /// fact of its own.
    Region,
    /// Nothing in the words; context decides (often a person).
    Unknown,
}

/// Classifies a name by its words and the gazetteer.
pub fn shape(name: &str, lx: &Lexicon) -> Shape {
    if championship_head(name, lx).is_some() && lx.country(name).is_none() {
        return Shape::Series;
    }
    shape_of_words(name, lx)
}

/// For a race's name followed by a championship word ("NRRA 10 Mile
/// Championships"), the words before the race type: a race that is a
/// championship. `None` for any other name.
pub fn championship_head<'a>(name: &'a str, lx: &Lexicon) -> Option<&'a str> {
    let (rest, last) = name.trim_end().rsplit_once(' ')?;
    // Called for every name typed: compared in place, not lower-cased.
    (last.starts_with(char::is_uppercase)
        && lx
            .words(crate::lexicon::Section::Championship)
            .iter()
            .any(|w| w.eq_ignore_ascii_case(last)))
    .then(|| series_head(rest, lx))
    .flatten()
}

/// Classifies a name as [`shape`] does, a championship's name apart.
pub fn shape_of_words(name: &str, lx: &Lexicon) -> Shape {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(&last) = words.last() else {
        return Shape::Unknown;
    };
    if lx.country(name).is_some() {
        return Shape::Country;
    }
    if lx.city(name).is_some() {
        return Shape::City;
    }
    // "Stichting Harbour Run": a foundation (an association, a federation)
    // named for its race is the body, not the race.
    if words.len() >= 3 && lx.has(crate::lexicon::Section::OrganizationBody, words[0]) {
        return Shape::Organization;
    }
    if series_head(name, lx).is_some() || (words.len() == 1 && super::lone_race_word(last, lx)) {
        return Shape::Series;
    }
    if words.len() >= 2
        && (lx.has(crate::lexicon::Section::VenueSuffix, last)
            || (last.chars().all(char::is_lowercase)
                && lx.has(crate::lexicon::Section::VenueSuffixLower, last))
            || (words[0].starts_with(char::is_lowercase)
                && lx.has(crate::lexicon::Section::VenuePrefixLower, words[0]))
            || (last.chars().all(|c| c.is_ascii_digit())
                && lx.has(
                    crate::lexicon::Section::VenueNumbered,
                    words[words.len() - 2],
                )))
    {
        return Shape::Venue;
    }
    // A street, square or park word before the name, as many languages
    // write them ("Paseo de la Alameda", "Av. da Índia", "Rua Augusta").
    if words.len() >= 2 && lx.has(crate::lexicon::Section::VenuePrefix, words[0]) {
        return Shape::Venue;
    }
    if words.len() >= 2
        && (lx.has(crate::lexicon::Section::LandmarkSuffix, last)
            || (lx.has(crate::lexicon::Section::LandmarkPrefix, words[0])
                && words.get(1).is_some_and(|w| {
                    ["of", "de", "du", "des", "do", "da", "di", "del", "della"].contains(w)
                })))
    {
        return Shape::Landmark;
    }
    if words.len() >= 2 && lx.has(crate::lexicon::Section::RegionSuffix, last) {
        return Shape::Region;
    }
    // "South Sulawesi", "Madhya Pradesh", "North Dakota": a state or
    // province named whole (one word may be a family name: "Georgia").
    if words.len() >= 2 && lx.has(crate::lexicon::Section::State, name) {
        return Shape::Region;
    }
    if (words.len() >= 2
        && (lx.has(crate::lexicon::Section::OrganizationSuffix, last)
            // (A club's letters after its town: "Ronneby FK".)
            || (last.chars().all(|c| c.is_ascii_uppercase())
                && lx.has(crate::lexicon::Section::ClubSuffix, last))
            || lx.has(crate::lexicon::Section::OrganizationPrefix, words[0])))
        // One word in capitals: an abbreviation ("LTD."), not a page's
        // section label ("SPORTS").
        || lx.has(crate::lexicon::Section::OrganizationSuffix, last)
            && last.chars().all(|c| c.is_uppercase() || c == '.')
            && (words.len() >= 2 || last.chars().filter(|c| c.is_alphabetic()).count() <= 4)
    {
        return Shape::Organization;
    }
    Shape::Unknown
}

/// Whether a name is a race's kind or distance ("Full Marathon", "Kids
/// 1KM", "Half-Marathon", "Fun Mile"): no runner, no place.
pub fn race_kind(name: &str) -> bool {
    static RACE_WORD: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(|| {
            crate::pattern::fixed(
                r"(?i)^(?:(?:half-|ultra-?)?marathon|\d{1,3}(?:[.,]\d{1,3})?\s?(?:k|km|kms)|km)$",
            )
        });
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().any(|w| RACE_WORD.is_match(w))
        || (words.len() >= 2
            && words
                .last()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "mile" | "run" | "relay")))
}

/// Whether a name read where a runner's goes cannot be a runner's: it is a
/// race's kind or distance ([`race_kind`]) or ends on a people's adjective
/// ("Up-and-coming Jordanian", a description cut off before its noun; not
/// "Uri Dane", "Tom English").
pub fn no_runner(name: &str, lx: &Lexicon) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    // (An adjective only, "-an", "-ian", "-ese": "Dane", "Finn", "English"
    // or "Welsh" end family names.)
    let adjective = |w: &str| {
        (w.ends_with("an") || w.ends_with("ese"))
            && w.chars().count() >= 6
            && lx.country_by_demonym(w).is_some()
    };
    race_kind(name) || (words.len() >= 2 && words.last().is_some_and(|w| adjective(w)))
}
