//! Races written as one word, as German, Dutch and the Nordic languages
//! write them ("Bakkemarathon", "Storchenlauf", "Runnloppet").

use crate::lexicon::Lexicon;

/// Whether a word is a race written as one word: four letters or more,
/// then an end of `[race_type_suffix]` ("Bakkemarathon", "Storchenlauf").
pub fn compound_race_word(word: &str, lx: &Lexicon) -> bool {
    let lower = word.to_lowercase();
    lx.words(crate::lexicon::Section::RaceTypeSuffix)
        .iter()
        .any(|sfx| {
            lower.strip_suffix(sfx.as_str()).is_some_and(|stem| {
                stem.chars().count() >= 4 && stem.chars().all(char::is_alphabetic)
            })
        })
}

/// Whether a word alone is a race written as one word ("Runnloppet",
/// "Kanavajuoksu"): capitalised, no capital inside (a hashtag's
/// "NakuruCityMarathon" is none), and no race's kind itself ("the
/// Halbmarathon" is a half marathon, not a race of that name).
pub fn lone_race_word(word: &str, lx: &Lexicon) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && !chars.any(char::is_uppercase)
        && compound_race_word(word, lx)
        && !lx.names_race_kind(word)
}
