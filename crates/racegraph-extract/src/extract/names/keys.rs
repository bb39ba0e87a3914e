//! Keys and spellings: how names are compared (series keys, lookup keys)
//! and written (capitals undone, a title or a legal form left out), and
//! acronyms.

use crate::lexicon::Lexicon;

/// The key a series is known by: its name without filler words, lower case
/// ("Riverside International Marathon" and "Riverside Marathon" are one);
/// "Road Race" after a distance is filler too ("Glen 4 Mile Road Race" is
/// the "Glen 4 Mile").
pub fn series_key(name: &str, lx: &Lexicon) -> String {
    let mut words: Vec<String> = name
        .split_whitespace()
        .filter(|w| !lx.has(crate::lexicon::Section::SeriesFiller, w))
        .map(|w| w.to_lowercase().replace('-', " "))
        .collect();
    words.dedup();
    let key = normalise_key(&words.join(" "));
    match key.strip_suffix(" road race") {
        Some(head) if head.rsplit(' ').next().is_some_and(is_distance_word) => head.to_string(),
        _ => key,
    }
}

/// A word that ends a distance: "mile", "10k", "5km", "15".
fn is_distance_word(w: &str) -> bool {
    let unit = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    match unit {
        "" => !w.is_empty(),
        "k" | "km" | "mi" | "mile" | "miles" | "kilometre" | "kilometres" | "kilometer"
        | "kilometers" => true,
        _ => false,
    }
}

/// A lookup key for a name: Unicode-normalised, apostrophes unified, lower
/// case, single spaces.
pub fn normalise_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // (ASCII text is its own normal form.)
    let composed: std::borrow::Cow<str> = if name.is_ascii() {
        name.into()
    } else {
        name.nfc().collect::<String>().into()
    };
    composed
        .replace(['’', '‘', '`'], "'")
        .replace(['\u{a0}', '\u{202f}'], " ")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `word` as [`ends_with_ignoring_ascii_case`] compares it with a text in
/// lower case: an ASCII word as it is (its case is ignored), any other in
/// lower case, as [`str::to_lowercase`] makes it.
pub fn lower_unless_ascii(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        word.into()
    } else {
        word.to_lowercase().into()
    }
}

/// Whether `text` ends with `suffix`, ASCII letters of either case alike:
/// for a `text` in lower case, whether it ends with `suffix` in lower case.
pub fn ends_with_ignoring_ascii_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Undoes typographic capitals in a person's name: `TAM Ho Sen` ->
/// `Tam Ho Sen`, `O'BRIEN` -> `O'Brien`; a mixed-case word keeps its
/// spelling (`McAdam`, `D'Amato`, `van der Merwe`).
pub fn normalise_person(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                capitalise_parts(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise_parts(w: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// Title-cases a trailing lower-case type word ("Ong Tae Bok stadium" ->
/// "Ong Tae Bok Stadium"), the way the venue's own name is written.
pub fn capitalise_last(name: &str) -> String {
    match name.rsplit_once(' ') {
        Some((head, last)) if last.chars().next().is_some_and(char::is_lowercase) => {
            format!("{head} {}", capitalise_parts(last))
        }
        _ => name.to_string(),
    }
}

/// An organisation's name less a job title written before it, as part of
/// the same capitalised run: "Founder of Northern Trails Events" ->
/// "Northern Trails Events", "CEO Northside Health Trust" -> "Northside
/// Health Trust".
pub fn less_title<'a>(name: &'a str, lx: &Lexicon) -> &'a str {
    let Some((first, rest)) = name.split_once(' ') else {
        return name;
    };
    if !lx.has(crate::lexicon::Section::TitleHead, first) {
        return name;
    }
    let rest = match rest.strip_prefix("of ") {
        Some(r) => r.trim_start_matches("the "),
        // Without "of", only a title in capitals ("CEO", "COO").
        None if first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase()) => rest,
        None => return name,
    };
    if rest.split_whitespace().count() >= 2 {
        rest
    } else {
        name
    }
}

/// A company name without its legal form: "Donaupark Events GmbH" ->
/// "Donaupark Events".
pub fn strip_legal_form(name: &str) -> &str {
    const FORMS: &[&str] = &[
        "GmbH", "AG", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "S.A.", "SA", "SAS",
        "S.p.A.", "BV", "B.V.", "NV", "Oy", "AB", "ASA", "Pty", "Co.", "Corp", "Corp.",
    ];
    match name.rsplit_once(' ') {
        Some((head, last)) if FORMS.contains(&last) && !head.is_empty() => {
            head.trim_end_matches(',')
        }
        _ => name,
    }
}

/// Whether a word is an acronym (`KCNA`, `IAAF`).
pub fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=7).contains(&n)
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        && w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// Whether `acronym` is made of the initials of `full`'s words (function
/// words may be skipped): `KNA` for `Kenya News Agency`.
pub fn acronym_of(acronym: &str, full: &str) -> bool {
    // Words an acronym may leave out, in the languages names come in.
    const SKIP: &[&str] = &[
        "of", "the", "and", "for", "&", "de", "del", "des", "du", "la", "le", "di", "da", "do",
        "für", "van", "y", "et",
    ];
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_alphabetic).collect();
    let words: Vec<&str> = full.split_whitespace().collect();
    fn go(letters: &[char], words: &[&str]) -> bool {
        match (letters.first(), words.first()) {
            (None, None) => true,
            (None, Some(_)) => words
                .iter()
                .all(|w| SKIP.contains(&w.to_lowercase().as_str())),
            (Some(_), None) => false,
            (Some(l), Some(w)) => {
                let initial = w.chars().next().map(|c| c.to_ascii_uppercase());
                (initial == Some(*l) && go(&letters[1..], &words[1..]))
                    || (SKIP.contains(&w.to_lowercase().as_str()) && go(letters, &words[1..]))
            }
        }
    }
    letters.len() >= 2 && go(&letters, &words)
}

/// A job title without the words a sentence wrote before it: "whose
/// managing director" is a "managing director", "Winnipeg mayor" a
/// "mayor" (a city of the gazetteer or the world list is the office's,
/// not part of its title; a small town's name may be a word: "police
/// spokesman").
pub fn tidy_title(title: &str, lx: &Lexicon) -> String {
    let mut words: Vec<&str> = title.split_whitespace().collect();
    if words.len() > 1 && ["whose", "its", "their", "his", "her"].contains(&words[0]) {
        words.remove(0);
    }
    if words.len() > 1 {
        let mut letters = words[0].chars();
        let first: String = letters
            .next()
            .map(|c| c.to_uppercase().chain(letters).collect())
            .unwrap_or_default();
        if lx.town(&first).is_some() && !lx.is_small_town(&first) {
            words.remove(0);
        }
    }
    words.join(" ")
}
