//! "A won …, ahead of B and C.": the two runners a winner finished ahead
//! of, second and third, in one sentence or in the next ("She finished
//! ahead of B (T) and C (T).").

use super::lists::Outcome;
use super::measure;
use super::names;
use super::phrasing::sex_of_race;
use super::together::placed;
use super::{Chunk, Extractor};
use crate::contract::Sex;
use crate::pattern::fixed as re;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// Between the two runners of "ahead of A and B": "and", perhaps A's
/// club or town and a time in brackets, perhaps B's nationality.
static AHEAD_PAIR_GAP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:of\s+(?:the\s+)?\p{Lu}[^(),.;]{0,40}?\s*)?(?:\([^)]{1,20}\)\s*)?(?:and|&)\s+(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+|(?-i:\p{Lu}[\p{L}\-]+)\s+|the\s+(?:(?:local|(?-i:\p{Lu}\p{Ll}+))\s+)?)?$",
    )
});

/// After the second of them: the sentence ends, perhaps after B's club or
/// town, a time in brackets and an aside on them that tells no place or
/// time (", who was running her first marathon").
static AHEAD_PAIR_END: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:of\s+(?:the\s+)?\p{Lu}[^(),.;]{0,40}?\s*)?(?:\([^)]{1,20}\)\s*)?(,\s+who\s+(?:was|is|had|has)\s+[^.;\d]*)?[.;]?\s*$",
    )
});

/// Reads "A won …, ahead of B and C." (the sentence ending there): B and C
/// are second and third, each with the time in brackets after them, if
/// any. B is the last runner the sentence names, C a name of two words or
/// more after it. Returns the runners it read.
pub(super) fn ahead_pair(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    sex_before: Option<Sex>,
) -> Vec<usize> {
    let t = x.text(i).to_string();
    // "She finished ahead of B and C.", right after the sentence that
    // told her win: the winner is that win's.
    let (winner_end, b, b_start, after_win) = match runners {
        [.., winner, (b, b_start)] => (winner.0.end, b, b_start, None),
        [(b, b_start)] => match pronoun_after_win(x, i) {
            Some(win) => (0, b, b_start, Some(win)),
            None => return Vec::new(),
        },
        [] => return Vec::new(),
    };
    let words = &t[winner_end..*b_start];
    let Some(ahead) = super::phrasing::AHEAD_OF.find(words) else {
        return Vec::new();
    };
    let won = match after_win {
        Some(_) => PRONOUN_FINISHED.is_match(&words[..ahead.start()]),
        None => super::phrasing::tells_win(&words[..ahead.start()]),
    };
    // The name after B: of two words or more, of no known kind.
    let Some(c) = x.sents[i]
        .chunks
        .iter()
        .find(|(c, s)| c.start >= b.end && *s == names::Shape::Unknown && c.words.len() >= 2)
        .map(|(c, _)| c.clone())
    else {
        return Vec::new();
    };
    // (The aside on C tells no place: "who was fourth" is C's own.)
    let end_ok = AHEAD_PAIR_END.captures(&t[c.end..]).is_some_and(|m| {
        m.get(1)
            .is_none_or(|aside| !PLACE_IN_ASIDE.is_match(aside.as_str()))
    });
    // ("…, who came home in T1 and T2 respectively": their times in order.)
    let listed = AHEAD_PAIR_TIMES
        .captures(&t[c.end..])
        .map(|m| measure::times(&m[1]))
        .filter(|ts| ts.len() == 2);
    if !won || !AHEAD_PAIR_GAP.is_match(&t[b.end..c.start]) || !(end_ok || listed.is_some()) {
        return Vec::new();
    }
    let (series, year, sex) = match after_win {
        Some(win) => win,
        None => {
            let Some(year) = x.year_at(i, winner_end) else {
                return Vec::new();
            };
            let sex = sex_of_race(super::phrasing::after_turn(&t[..*b_start])).or(sex_before);
            (series, year, sex)
        }
    };
    let bracket_time = |after: &str| {
        let after = after.trim_start();
        let after = super::phrasing::OF_PLACE
            .find(after)
            .map_or(after, |o| &after[o.end()..]);
        after
            .trim_start()
            .starts_with('(')
            .then(|| measure::times(after).into_iter().next())
            .flatten()
            .map(|tm| tm.duration())
    };
    let pair = match &listed {
        Some(ts) => [
            (&t[*b_start..b.end], Some(ts[0].duration())),
            (c.text(&t), Some(ts[1].duration())),
        ],
        None => [
            (&t[*b_start..b.end], bracket_time(&t[b.end..c.start])),
            (c.text(&t), bracket_time(&t[c.end..])),
        ],
    };
    for (n, (name, time)) in pair.into_iter().enumerate() {
        placed(
            x,
            i,
            &t,
            (series, year),
            sex,
            sex.is_some(),
            name,
            n as i64 + 2,
            time,
        );
    }
    vec![runners.len() - 1]
}

/// After the second of them: their two times in order ("…, who came home
/// in 2:55:40 and 3:01:12 respectively.").
static AHEAD_PAIR_TIMES: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*,\s+who\s+(?:came\s+home|finished|clocked|crossed\s+the\s+line|ran)\s+(?:in\s+)?([^.;]+?)\s*,?\s+respectively\s*[.;]?\s*$",
    )
});

/// A place word in an aside.
static PLACE_IN_ASIDE: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|place|runner-up|won|finished)\b")
});

/// "She finished", "He came home": a sentence opening on the pronoun of
/// the runner the sentence before told a win of.
static PRONOUN_FINISHED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:She|He)\s+(?:finished|came\s+home|crossed\s+the\s+line|was\s+home)\s*(?:comfortably\s+|well\s+|just\s+)?$",
    )
});

/// The race (series, year, sex) of the one win the sentence before `i`
/// told, when `i` opens on a pronoun of that winner's sex.
fn pronoun_after_win(x: &Extractor, i: usize) -> Option<(usize, i32, Option<Sex>)> {
    let t = x.text(i);
    let pronoun = super::phrasing::opening_pronoun(t)?;
    let k = i.checked_sub(1)?;
    let mut wins = x
        .pending
        .iter()
        .filter(|p| p.sentence == k && p.outcome == Outcome::Position(1));
    let win = wins.next()?;
    if wins.next().is_some() || win.category.sex.is_some_and(|s| s != pronoun) {
        return None;
    }
    Some((win.series, win.year, win.category.sex.or(Some(pronoun))))
}

/// Between two runners: the first finished right behind the second ("A
/// followed B and C was third").
static FOLLOWED_RUNNER: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s+(?:followed|trailed)\s+(?:(?:home|in)\s+)?$"));

/// After the runner followed: the clause ends there.
static CLAUSE_ENDS: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s*(?:$|[.;,]|and\b|while\b|whereas\b|but\b)"));

/// Reads "A followed B" where B's place in a race was told earlier in the
/// paragraph ("In Oshakati, B took the 21km race …" then "A followed B and
/// C was third"): A is the place after B's, in B's race. A opens the
/// sentence or a clause of it. Returns the runners it read (A and B).
pub(super) fn followed_runner(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
) -> Vec<usize> {
    let t = x.text(i).to_string();
    let line = x.out.sentences[i].line;
    let mut done = Vec::new();
    for k in 0..runners.len().saturating_sub(1) {
        let (a, a_start) = &runners[k];
        let (b, b_start) = &runners[k + 1];
        let lead = &t[if k == 0 { 0 } else { runners[k - 1].0.end }..*a_start];
        let opens = lead.trim().is_empty()
            || lead.trim_end().ends_with(',')
            || lead.trim_end().ends_with(" and");
        if !opens
            || !FOLLOWED_RUNNER.is_match(&t[a.end..*b_start])
            || !CLAUSE_ENDS.is_match(&t[b.end..])
        {
            continue;
        }
        let key = super::runners::runner_key(&t[*b_start..b.end]);
        let Some((series, year, sex, n)) = x
            .pending
            .iter()
            .rev()
            .find(|p| {
                super::runners::same_runner(&key, &p.athlete)
                    && p.sentence < i
                    && x.out.sentences[p.sentence].line == line
            })
            .and_then(|p| match p.outcome {
                Outcome::Position(n) => Some((p.series, p.year, p.category.sex, n)),
                _ => None,
            })
        else {
            continue;
        };
        let name = t[*a_start..a.end].to_string();
        // (B's sex, if not told yet, is given at the end to both alike.)
        placed(x, i, &t, (series, year), sex, true, &name, n + 1, None);
        done.extend([k, k + 1]);
    }
    done
}
