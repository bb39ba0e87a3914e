//! Words that go on with a race's name where they would else end a run
//! of capitalised words ("the 52nd Top End Harbour Run", "Road to Oz
//! 10K", "Lighthouse Foundation 10K and 5K Road Race"), and distances
//! that tell a named race's kind rather than end its name.

use super::{is_breaker, is_capitalised, is_race_number, series_head};

/// Whether the run of capitalised words right after word `at`, set apart
/// by single spaces (distances among them), is of two words or more and
/// ends on a race type.
fn race_name_after(s: &str, words: &[(usize, usize)], at: usize) -> bool {
    let mut end = at;
    while let Some(&(na, nb)) = words.get(end + 1) {
        let w = &s[na..nb];
        if &s[words[end].1..na] != " " || !(is_capitalised(w) || is_race_number(w)) || is_breaker(w)
        {
            break;
        }
        end += 1;
    }
    end > at + 1 && series_head(&s[words[at + 1].0..words[end].1], crate::lexicon::get()).is_some()
}

/// Whether a capitalised word that else breaks names ("Top", "First")
/// opens a race's name at `i`: after "the", a year or an ordinal ("the
/// 52nd Top End Harbour Run"), with the capitalised words after it ending
/// on a race type.
pub(super) fn opens_race_name(s: &str, words: &[(usize, usize)], i: usize) -> bool {
    let (a, b) = words[i];
    if !["Top", "First"].contains(&&s[a..b]) || i == 0 {
        return false;
    }
    let (pa, pb) = words[i - 1];
    let before = &s[pa..pb];
    let ordinal = before.len() > 2
        && before[..before.len() - 2]
            .bytes()
            .all(|c| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].contains(&&before[before.len() - 2..]);
    let year = before.len() == 4 && before.bytes().all(|c| c.is_ascii_digit());
    if !(before == "the" || ordinal || year) || &s[pb..a] != " " {
        return false;
    }
    race_name_after(s, words, i)
}

/// Whether the word at `i` is an edition's number in Roman numerals right
/// after "the", before a race's name ("the VI Cove Half Marathon"): no
/// part of the name. (A numeral after a name, "Mohammed VI", is another
/// thing; so is one before a name that ends on no race type, "LI Wei".)
pub(super) fn edition_numeral(s: &str, words: &[(usize, usize)], i: usize) -> bool {
    let (a, b) = words[i];
    if i == 0 || crate::extract::measure::roman_ordinal(&s[a..b]).is_none() {
        return false;
    }
    let (pa, pb) = words[i - 1];
    s[pa..pb].eq_ignore_ascii_case("the") && &s[pb..a] == " " && race_name_after(s, words, i)
}

/// Whether "to" at `i` goes on with a race's name that opens on a race
/// noun ("Road to Oz 10K"): the run is that noun alone, and the
/// capitalised words after "to" end on a race type (not "Oystermouth Road
/// to Mumbles", nor "the Road to Oz").
pub(super) fn race_noun_to(
    s: &str,
    words: &[(usize, usize)],
    cur: &[(usize, usize)],
    i: usize,
) -> bool {
    let [(a, b)] = cur else {
        return false;
    };
    if !["Road", "Run", "Race", "Walk", "Dash", "Trail"].contains(&&s[*a..*b]) {
        return false;
    }
    race_name_after(s, words, i)
}

/// Whether "and" at `i` joins two distances of one event's name: a run
/// ending on a distance, the other distance, then the event's race noun
/// ("Lighthouse Foundation 10K and 5K Road Race").
pub(super) fn distances_of_one_event(
    s: &str,
    words: &[(usize, usize)],
    cur: &[(usize, usize)],
    i: usize,
) -> bool {
    let word = |j: usize| words.get(j).map(|&(a, b)| &s[a..b]);
    let spaced = |j: usize| {
        words
            .get(j + 1)
            .is_some_and(|&(a, _)| s[words[j].1..a] == *" ")
    };
    cur.last().is_some_and(|&(a, b)| is_race_number(&s[a..b]))
        && word(i + 1).is_some_and(is_race_number)
        && spaced(i)
        && spaced(i + 1)
        && word(i + 2).is_some_and(|noun| {
            crate::lexicon::get()
                .words(crate::lexicon::Section::RaceType)
                .iter()
                .any(|rt| rt.split_whitespace().next() == Some(noun) && is_capitalised(noun))
        })
}

/// Whether `word` begins a race's name in a language that puts the race
/// first ("Maratón" of "el Maratón de Sevilla"): a particle before it is
/// an article, not part of a surname.
pub(super) fn begins_race_name(word: &str) -> bool {
    crate::lexicon::get()
        .words(crate::lexicon::Section::RaceTypeFirst)
        .iter()
        .any(|w| w.split_whitespace().next() == Some(word))
}

/// Whether the distance at word `i` follows a whole race name in `cur`
/// ("Berea Women's Challenge", "Riverside Marathon") and comes before a
/// lower-case race noun ("road race", "race", "run") or, after a name that
/// ends on "Race", any lower-case word ("the Nanao Bay Road Race 10 km went
/// to X"), or is the distance a marathon's name already gives ("Tapatío
/// Half Marathon 21K"), so that it tells the race's distance rather than
/// ending its name.
pub(super) fn describes_named_race(
    s: &str,
    words: &[(usize, usize)],
    cur: &[(usize, usize)],
    i: usize,
) -> bool {
    let (Some(&(first, _)), Some(&(_, last))) = (cur.first(), cur.last()) else {
        return false;
    };
    let name = s[first..last].to_lowercase();
    let named = crate::lexicon::get()
        .words(crate::lexicon::Section::RaceType)
        .iter()
        .any(|rt| {
            let rt = rt.to_lowercase();
            name.len() > rt.len()
                && name.ends_with(&rt)
                && name[..name.len() - rt.len()].ends_with(' ')
        });
    if !named {
        return false;
    }
    // "Tapatío Half Marathon 21K", "Cove Marathon 42km": the distance a
    // marathon's name already gives, said again.
    let said_again = |w: &str, unit_next: bool| {
        let w = w.to_ascii_lowercase();
        let number = w.trim_end_matches('k').trim_end_matches("km");
        let own = if name.ends_with("half marathon") || name.ends_with("half-marathon") {
            ["21", "21.1", "21.097", "21.0975"].contains(&number)
        } else if name.ends_with("marathon") {
            ["42", "42.2", "42.195"].contains(&number)
        } else {
            false
        };
        own && (w.ends_with('k') || w.ends_with("km") || unit_next)
    };
    if let Some(&(a, b)) = words.get(i) {
        let unit_next = words
            .get(i + 1)
            .is_some_and(|&(na, nb)| ["km", "Km", "KM", "K"].contains(&&s[na..nb]));
        if said_again(&s[a..b], unit_next) {
            return true;
        }
    }
    let mut j = i + 1;
    if words
        .get(j)
        .is_some_and(|&(a, b)| ["km", "Km", "KM", "mile", "miles"].contains(&&s[a..b]))
    {
        j += 1;
    }
    // ("the Nanao Bay Road Race 10 km went to X": after a name that ends
    // on "Race", a distance before a lower-case word says what it is.)
    let after_race = name.ends_with(" race")
        && words.get(j).is_some_and(|&(a, b)| {
            s[a..b].starts_with(char::is_lowercase) && s[a..b].chars().all(char::is_alphabetic)
        });
    after_race
        || words.get(j).is_some_and(|&(a, b)| {
            ["road", "race", "run", "event", "fun", "walk"].contains(&&s[a..b])
        })
}

/// "the Holyhead Breakwater 5-mile race": a distance in miles written in
/// lower case, one word with its number, goes on with the capitalised
/// words before it where a race noun follows (`next`, the word after it,
/// one space away): the race's name is "Holyhead Breakwater 5-mile".
pub(super) fn lower_mile_before_race_noun(w: &str, s: &str, next: Option<(usize, usize)>) -> bool {
    let number = w
        .strip_suffix("-miler")
        .or_else(|| w.strip_suffix("-mile"))
        .is_some_and(|d| (1..=3).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()));
    number
        && next.is_some_and(|(a, b)| {
            s.get(a.saturating_sub(1)..a) == Some(" ")
                && ["race", "run", "road", "classic"].contains(&&s[a..b])
        })
}

/// Whether "for" at `i` goes on with a race's name that ends on a race
/// type, into the cause the race is run for ("Bangui Half Marathon for
/// Peace", "Cove Run for Hope"): one word of `[race_cause]`, the name's
/// last ("for Peace Foundation" is an organisation's).
pub(super) fn cause_after(
    s: &str,
    words: &[(usize, usize)],
    cur: &[(usize, usize)],
    i: usize,
) -> bool {
    use crate::lexicon::Section;
    let lx = crate::lexicon::get();
    let Some(&(a, b)) = cur.last() else {
        return false;
    };
    let two = cur.len().checked_sub(2).map(|k| &s[cur[k].0..b]);
    let ends_race =
        lx.has(Section::RaceType, &s[a..b]) || two.is_some_and(|t| lx.has(Section::RaceType, t));
    let Some(&(c, d)) = words.get(i + 1) else {
        return false;
    };
    let last = words
        .get(i + 2)
        .is_none_or(|&(e, f)| !is_capitalised(&s[e..f]) || !s[d..e].trim().is_empty());
    ends_race && lx.has(Section::RaceCause, &s[c..d]) && last
}
