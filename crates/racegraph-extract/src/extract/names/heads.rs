//! The words of a race's name that name it: what comes before its kind
//! ("Riverside International" of "Riverside International Marathon"), or
//! after it in a name that puts the race first ("de Sevilla" of "Maratón
//! de Sevilla").

use super::{compound_race_word, is_capitalised, is_connector, keys};
use crate::lexicon::Lexicon;

/// For a race series name ("Riverside International Marathon"), the words
/// before the race type that name it ("Riverside International"), when
/// there are any beyond category and filler words.
pub fn series_head<'a>(name: &'a str, lx: &Lexicon) -> Option<&'a str> {
    // ("Bangui Half Marathon for Peace": the race type before its cause.)
    let name = name
        .rsplit_once(" for ")
        .filter(|(_, cause)| lx.has(crate::lexicon::Section::RaceCause, cause))
        .map_or(name, |(race, _)| race);
    let lower = name.to_lowercase();
    for rt in lx.words(crate::lexicon::Section::RaceType) {
        let rtl = keys::lower_unless_ascii(rt);
        if keys::ends_with_ignoring_ascii_case(&lower, &rtl) && lower.len() > rtl.len() {
            let head = name[..name.len() - rt.len()].trim_end();
            if !lower[..lower.len() - rtl.len()].ends_with(' ') {
                continue;
            }
            let meaningful = meaningful_head(head, lx);
            // "British 10km", "US 10 km": a nation's ranking or record
            // at a distance, not a race's name ("Scottish Half Marathon"
            // is one).
            let nation = rt.starts_with(|c: char| c.is_ascii_digit())
                && head.split_whitespace().all(|w| {
                    lx.country_by_demonym(w).is_some()
                        || (w.len() <= 3
                            && w.chars().all(|c| c.is_ascii_uppercase())
                            && lx.country_by_code(w).is_some())
                        || ["US", "UK", "U.S.", "U.K."].contains(&w)
                });
            if meaningful && !nation && head.split_whitespace().count() <= 7 {
                return Some(head);
            }
        }
    }
    compound_head(name, lx).or_else(|| race_first(name, lx).map(|(_, tail)| tail))
}

/// Whether the words before a race type name a race: some capitalised
/// word beyond category and filler words ("Riverside", not "Men's Half").
fn meaningful_head(head: &str, lx: &Lexicon) -> bool {
    head.split_whitespace().any(|w| {
        !lx.has(crate::lexicon::Section::SeriesFiller, w)
            && !lx.has(crate::lexicon::Section::RaceSize, w)
            && ![
                "half",
                "full",
                "ultra",
                "men’s",
                "women’s",
                "men's",
                "women's",
                "men",
                "women",
                "mens",
                "womens",
                "ladies",
                // ("Men's Wheelchair 10k": a class of a race.)
                "wheelchair",
                "handcycle",
                "handbike",
                "marathon",
                "road",
                // ("Ranking 10 km men": a results table's heading.)
                "ranking",
                "rankings",
                "results",
                "classification",
                "standings",
                // ("OPEN RACE – MEN": the open race's table, beside a
                // championship's.)
                "open",
                "overall",
                "elite",
                // ("10 KM RUN": a distance's unit, its figure left out.)
                "km",
                "kms",
                "k",
                "mi",
                "mile",
                "miles",
            ]
            .contains(&w.to_lowercase().as_str())
            && w.chars().next().is_some_and(char::is_uppercase)
    })
}

/// For a name whose last word is a race written as one word ("Aalborg
/// Bakkemarathon", "Ruster Storchenlauf"), the words before it, when they
/// name a place or a sponsor rather than an organisation ("Stichting
/// Maasplassenloop" is the foundation that holds the race).
fn compound_head<'a>(name: &'a str, lx: &Lexicon) -> Option<&'a str> {
    let (head, last) = name.trim_end().rsplit_once(' ')?;
    let head = head.trim_end();
    let compound = last.starts_with(char::is_uppercase) && compound_race_word(last, lx);
    let organisation = head.split_whitespace().any(|w| {
        lx.has(crate::lexicon::Section::OrganizationPrefix, w)
            || lx.has(crate::lexicon::Section::OrganizationNoun, w)
            || lx.has(crate::lexicon::Section::OrganizationSuffix, w)
    });
    (compound && !organisation && meaningful_head(head, lx)).then_some(head)
}

/// Where in a name the race comes first: the byte offset of its race type
/// ("Banca Subalpina Maratona del Po": the offset of "Maratona").
pub fn race_first_at(name: &str, lx: &Lexicon) -> Option<usize> {
    race_first(name, lx).map(|(at, _)| at)
}

/// For a name that puts the race first ("Maratón de Sevilla", "Acme Meia
/// Maratona do Porto"), where its race type starts and the words after it.
fn race_first<'a>(name: &'a str, lx: &Lexicon) -> Option<(usize, &'a str)> {
    // (A name in capitals, "MEDIA MARATÓN DE COVE", is read in capitals.)
    let shouted = !name.chars().any(char::is_lowercase);
    for rt in lx.words(crate::lexicon::Section::RaceTypeFirst) {
        let upper;
        let rt: &str = if shouted {
            upper = rt.to_uppercase();
            &upper
        } else {
            rt
        };
        for (at, _) in name.match_indices(rt) {
            if at > 0 && !name[..at].ends_with(' ') {
                continue;
            }
            let Some(tail) = name[at + rt.len()..].strip_prefix(' ') else {
                continue;
            };
            let words: Vec<&str> = tail.split_whitespace().collect();
            let Some(first) = words.first() else {
                continue;
            };
            // An English word begins a name only before a connector
            // ("Marathon du Médoc", not "Marathon Champion").
            if rt.eq_ignore_ascii_case("Marathon") && !is_connector(&first.to_lowercase()) {
                continue;
            }
            // (An elided article before the last word, "de l'Orbe", keeps
            // it a name's.)
            if words.len() <= 4 && words.last().is_some_and(|w| is_capitalised(w)) {
                return Some((at, tail));
            }
        }
    }
    None
}
