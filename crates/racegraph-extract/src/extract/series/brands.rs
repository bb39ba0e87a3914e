//! Words of a series name that are a brand's or a sponsor's: a brand in
//! capitals or ending on a company's word before the race's name, and the
//! names of a list of sponsors or supporters.

use super::super::names;
use std::collections::HashMap;

/// A brand in capitals before a race's name in mixed case: three letters
/// or more, none of them lower-case, and no country's or city's code or
/// name, no Roman numeral, no word the lexicon keeps in series names.
pub(super) fn shouted_brand(first: &str, rest: &[&str], lx: &crate::lexicon::Lexicon) -> bool {
    first.chars().count() >= 3
        && first.chars().all(|c| c.is_uppercase() || c == '-')
        && !first.chars().all(|c| "IVXLCDM".contains(c))
        && rest
            .iter()
            .any(|w| w.chars().skip(1).any(char::is_lowercase))
        && lx.country(first).is_none()
        && lx.country_by_code(first).is_none()
        && lx.city(first).is_none()
        && !lx.has(crate::lexicon::Section::SeriesPrefixWord, first)
}

/// A race's name less a brand before it, the brand ending on its last
/// organisation or brand word ("Cayman Harbour Marathon" of "Coral Trust
/// Cayman Harbour Marathon"). A brand is at least a name and that word,
/// and two words at least are left.
pub(super) fn less_brand(words: &[&str], lx: &crate::lexicon::Lexicon) -> Option<String> {
    // (`has` ignores case.)
    let p = words.iter().rposition(|w| {
        lx.has(crate::lexicon::Section::OrganizationSuffix, w)
            || lx.has(crate::lexicon::Section::BrandSuffix, w)
    })?;
    (p >= 1 && p + 2 < words.len()).then(|| words[p + 1..].join(" "))
}

/// Makes the series `name` one with `short` (its key and name), unless the
/// two already have one key.
pub(super) fn add_alias(
    aliases: &mut HashMap<String, (String, String)>,
    lx: &crate::lexicon::Lexicon,
    name: &str,
    short: String,
) {
    let (lk, sk) = (names::series_key(name, lx), names::series_key(&short, lx));
    if lk != sk {
        aliases.insert(lk, (sk, short));
    }
}

/// The names of a list of sponsors ("the sponsors, led by Ngolo Lager for
/// the marathon and Zuma Mobile for the half, as well as Tana Bottlers"),
/// as spans of `t`: the first name of the list and each after a comma,
/// "and" or "as well as".
pub(in crate::extract) fn sponsor_list(t: &str) -> Vec<(usize, usize)> {
    static LIST: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\bsponsors\s*,?\s+(?:led\s+by|including|such\s+as|like|namely|headed\s+by)\s+([^;:]+)",
        )
    });
    list_names(t, &LIST)
}

/// The names of a list of supporters after a colon ("The organisation of
/// the X is supported by: Krajina Telekom, Medika, Vrbas Brewery"): brands
/// that may name a race of the event, not sponsors of the race (the page
/// does not say which of them sponsors it).
pub(super) fn supporter_list(t: &str) -> Vec<(usize, usize)> {
    static LIST: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(r"(?i)\b(?:sponsored|supported|backed|powered)\s+by\s*:\s*([^;:]+)")
    });
    list_names(t, &LIST)
}

/// The names of the list `list` captures (group 1), as spans of `t`.
pub(super) fn list_names(t: &str, list: &crate::pattern::Pattern) -> Vec<(usize, usize)> {
    let Some(list) = list.captures(t).and_then(|m| m.get(1)) else {
        return Vec::new();
    };
    let (at, list) = (list.start(), list.as_str());
    names::chunks(list)
        .into_iter()
        .filter(|c| {
            let before = list[..c.start].trim_end().to_lowercase();
            c.start == 0
                || before.ends_with(',')
                || before.ends_with(" and")
                || before.ends_with(" as well as")
        })
        .map(|c| (at + c.start, at + c.end))
        .collect()
}
