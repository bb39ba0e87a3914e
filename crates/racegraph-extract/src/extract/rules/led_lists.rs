//! Results in prose told of a list of runners whose places the words
//! before the list give: helpers of [`super::prose`], re-exported from
//! [`super::together`].
//!
//! - "The winners of the long race were A (T1), B (T2) and C (T3)": places
//!   1, 2, 3 in order;
//! - "He was followed by A at T1 and B at T2": places 2, 3, … of the
//!   winner's race;
//! - "The second and third places went to A and B": each place to its
//!   runner.

use super::lists::{Outcome, Pending};
use super::measure;
use super::names::Chunk;
use super::phrasing::sex_of_race;
use super::together::{list_end, place_of, placed, LIST_GAP, PLACE, RESPECTIVELY_WORD, SPLIT};
use super::Extractor;
use crate::contract::Sex;
use crate::pattern::Pattern;
use std::sync::LazyLock;

use crate::pattern::fixed as re;

/// The words before runner `k` since the runner before it.
fn lead_of<'t>(t: &'t str, runners: &[(Chunk, usize)], k: usize) -> &'t str {
    let from = if k == 0 { 0 } else { runners[k - 1].0.end };
    &t[from..runners[k].1]
}

/// The first runner whose lead `before` matches.
fn first_led_by(t: &str, runners: &[(Chunk, usize)], before: &Pattern) -> Option<usize> {
    (0..runners.len()).find(|&k| before.is_match(lead_of(t, runners, k)))
}

/// What follows runner `k` of a list ending at `last`: up to the next
/// runner, or for the last one up to the end of its clause.
fn part_after<'t>(t: &'t str, runners: &[(Chunk, usize)], k: usize, last: usize) -> &'t str {
    let end = runners[k].0.end;
    let to = if k < last {
        runners[k + 1].1
    } else {
        // (Not a point inside a time: "at 1:13.30.")
        let rest = &t[end..];
        rest.char_indices()
            .find(|&(p, ch)| {
                ch == ';'
                    || (ch == '.'
                        && !(rest[..p].ends_with(|d: char| d.is_ascii_digit())
                            && rest[p + 1..].starts_with(|d: char| d.is_ascii_digit())))
            })
            .map_or(t.len(), |(p, _)| end + p)
    };
    &t[end..to]
}

/// Before a list of the first three: "The winners of the long race were",
/// "The top women were", "The podium finishers were", "The women's half
/// marathon podium was filled by", "The top three elite women, receiving
/// the same amounts, were", "The leading three women over the half
/// distance were".
pub(super) static PODIUM: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:winners|top\s+(?:three|3|finishers|men|women)|podium(?:\s+finishers)?|first\s+three|leading\s+(?:(?:three|3)\s+)?(?:men|women|finishers))\b[^.;:]{0,40}?(?:,[^.;:,]{1,40},\s*)?\b(?:were|was|read|reads)(?:\s+(?:(?:filled|taken|completed)\s+by|made\s+up\s+of))?(?:\s*,\s*in\s+that\s+order\s*,)?\s+$",
    )
});

/// Between two runners of such a list: where they are from ("of X",
/// "from X"), a bracket
/// (the time) or the time after "with" ("A, with 1.22.15, B, with …"),
/// then a comma or "and".
pub(super) static PODIUM_GAP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:of|from)\s+[\p{Lu}][^()]{0,40}?\s*)?(?:\([^)]{1,40}\)\s*)?(?:,\s*with\s+(?:a\s+time\s+of\s+)?\d[\d:.,hms ]{2,12}?\s*)?(?:,\s*(?:and\s+)?|(?:and|&)\s+)$",
    )
});

/// Reads "The winners of the long race were A of Kenya (with a time of
/// 2:21:40), B (2:25:09) and C (2:37:15)": places 1, 2, 3 in order, each
/// with the time in the brackets after it. Returns the runners it read.
pub(super) fn podium(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    sex_before: Option<Sex>,
) -> Vec<usize> {
    let t = x.text(i).to_string();
    let Some(first) = first_led_by(&t, runners, &PODIUM) else {
        return Vec::new();
    };
    let last = list_end(&t, runners, first, &PODIUM_GAP);
    if last == first || last - first >= 10 {
        return Vec::new();
    }
    // "Over 10 km the winners were A (T1) and B (T2)": two winners, of
    // the men's and the women's race, not a first and a second.
    static WINNERS: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)\bwinners\b"));
    if last - first == 1 && WINNERS.is_match(lead_of(&t, runners, first)) {
        return Vec::new();
    }
    let Some(year) = x.year_at(i, runners[first].0.start) else {
        return Vec::new();
    };
    let said = sex_of_race(lead_of(&t, runners, first));
    // "…, in that order, with the winner timed at T": the first's time.
    static WINNER_TIMED: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)^[^.;()]{0,30}?\bwith\s+the\s+winner\s+(?:timed\s+at|clocking|in)\s+(.{4,60})")
    });
    let winner_time = WINNER_TIMED
        .captures(part_after(&t, runners, last, last))
        .and_then(|m| measure::times(m.get(1)?.as_str()).into_iter().next())
        .map(|tm| tm.duration());
    // (Or after "with": "A, with 1.22.15, B, …", "A from Cyprus with
    // 03:05:04, B …".)
    static WITH: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^\s*(?:,\s*)?(?:(?:of|from)\s+(?-i:\p{Lu})[\p{L}'’\- ]{0,40}?\s+)?with\s+(?:a\s+time\s+of\s+)?\d[\d:.,hms ]{2,12}",
        )
    });
    let mut times: Vec<Option<String>> = (first..=last)
        .map(|k| {
            // Its bracket: up to the next runner, or the end of the clause.
            let after = part_after(&t, runners, k, last);
            after
                .find('(')
                .and_then(|b| measure::times(&after[b..]).into_iter().next())
                .or_else(|| {
                    let m = WITH.find(after)?;
                    measure::times(&after[..m.end()]).into_iter().next()
                })
                .map(|tm| tm.duration())
        })
        .collect();
    // "…, timed at T1, T2 and T3 respectively": the times in order.
    static TIMED_RESPECTIVELY: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^[^.;]{0,60}?\b(?:timed\s+at|in|clocking|with\s+times\s+of)\s+([^.;]{4,80}?),?\s+respectively\b",
        )
    });
    if times.iter().all(Option::is_none) {
        let told: Vec<String> = TIMED_RESPECTIVELY
            .captures(part_after(&t, runners, last, last))
            .map(|m| {
                measure::times(&m[1])
                    .iter()
                    .map(|tm| tm.duration())
                    .collect()
            })
            .unwrap_or_default();
        if told.len() == times.len() {
            times = told.into_iter().map(Some).collect();
        }
    }
    let mut done = Vec::new();
    for (n, (k, time)) in (first..=last).zip(times).enumerate() {
        let (c, start) = &runners[k];
        let time = time.or_else(|| winner_time.clone().filter(|_| n == 0));
        placed(
            x,
            i,
            &t,
            (series, year),
            said.or(sex_before),
            said.is_some(),
            &t[*start..c.end],
            n as i64 + 1,
            time,
        );
        done.push(k);
    }
    done
}

/// Before a list of the runners behind a winner: "He was followed by
/// Vietnamese competitors A at 1:12.30 and B at 1:12.38".
pub(super) static FOLLOWED_BY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:was|were)|,)\s+followed\s+(?:home\s+)?by\s+(?:(?:his|her)\s+)?(?:[\w’'\-]+\s+){0,2}$",
    )
});

/// Where a runner is from, after the name: "from the School of Medicine".
const FROM_PLACE: &str =
    r"from\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’\-]*\s*(?:(?:of|and)\s+)?){1,6}";

/// Between two runners of such a list: a time in brackets or after "at"
/// ("… at 1:12.30 and B"), the "by" said again and a people's word ("in
/// 1:20:05 and by the Ugandan B").
pub(super) static FOLLOWED_GAP: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:\([^)]{{1,45}}\)\s*)?(?:(?:,\s*)?(?:at|in|with)\s+(?:a\s+time\s+of\s+)?\d[\d:.,hmins ]{{2,17}}?|of\s+(?:(?-i:\p{{Lu}})[\p{{L}}'’\-]*\s*){{1,5}}|{FROM_PLACE})?\s*(?:\([^)]{{1,45}}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:by\s+)?(?:the\s+)?(?:(?:fellow|compatriot)\s+)?(?:(?-i:\p{{Lu}}\p{{Ll}}+)\s+)?$"
    ))
});

/// Reads "He was followed by A at T1 and B at T2" after a win told just
/// before: places 2, 3, … of the winner's race, each with its time.
pub(super) fn followed(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    sex_before: Option<Sex>,
) -> Vec<usize> {
    if !x.text(i).contains("followed") {
        return Vec::new();
    }
    let t = x.text(i).to_string();
    let Some(first) = first_led_by(&t, runners, &FOLLOWED_BY) else {
        return Vec::new();
    };
    // The win told just before, or in this sentence by the runner right
    // before the list ("A clocked T to win the men's race, followed by B
    // and C").
    let told_here = |k: usize| {
        let words = &t[runners[k].0.end..runners[first].1];
        // Past a clause set off by commas ("Gebre, making his debut, clocked").
        let verb = words
            .strip_prefix(',')
            .and_then(|w| w.split_once(','))
            .map_or(words, |(_, w)| w);
        // Past where the runner is from ("X from the School of Medicine won").
        static FROM: LazyLock<Pattern> = LazyLock::new(|| re(&format!(r"^\s*{FROM_PLACE}")));
        let from = FROM.find(words).map_or(words, |m| &words[m.end()..]);
        let won = [words, verb, from]
            .iter()
            .any(|w| super::phrasing::tells_win(w))
            // "The race … was won by X of Club in T, followed by A, B …",
            // "In the marathon the winner was X, with a time of T,
            // followed by A, with T1, and B, with T2".
            || super::phrasing::WON_BY.is_match(&t[..runners[k].0.start]);
        // (Not past a place told between: "…, leaving second place to the
        // Swiss B with T, followed by C".)
        static PLACE_BETWEEN: LazyLock<Pattern> =
            LazyLock::new(|| re(r"(?i)\b(?:second|third|fourth|runner-up)\b"));
        let year = x.year_at(i, runners[k].0.start)?;
        let sex = sex_of_race(super::phrasing::after_turn(&t[..runners[first].1])).or(sex_before);
        (won && !PLACE_BETWEEN.is_match(words)).then_some((series, year, sex))
    };
    // A runner before the list in the same sentence says whose list it is;
    // else the win told just before.
    // "They were followed by …" after a podium told in full (places 1 to
    // N of one race just before): the list goes on from N.
    let podium_before = || {
        let last = x.pending.last().filter(|p| p.sentence + 1 >= i)?;
        let Outcome::Position(n) = last.outcome else {
            return None;
        };
        let same = |p: &&Pending| {
            p.series == last.series
                && p.year == last.year
                && p.category == last.category
                && p.sentence + 1 >= i
        };
        let all_told = (1..n).all(|k| {
            x.pending
                .iter()
                .filter(same)
                .any(|p| p.outcome == Outcome::Position(k))
        });
        (n >= 2 && all_told && THEY_FOLLOWED.is_match(&t[..runners[first].1]))
            .then_some(((last.series, last.year, last.category.sex), n))
    };
    // "Kipkurui was followed by B": a winner told before, named again.
    let named_winner = |k: usize| {
        let (c, _) = &runners[k];
        let said = c.text(&t);
        let words = &t[c.end..runners[first].1];
        if !FOLLOWED_BY.is_match(words) || !words.trim_start().starts_with("was ") {
            return None;
        }
        x.pending
            .iter()
            .rev()
            .find(|p| {
                p.outcome == Outcome::Position(1)
                    && (p.athlete == said || p.athlete.split_whitespace().last() == Some(said))
            })
            .map(|p| (p.series, p.year, p.category.sex))
    };
    let winner = match first.checked_sub(1) {
        Some(k) => told_here(k).or_else(|| named_winner(k)).map(|w| (w, 1)),
        None => x
            .pending
            .last()
            .filter(|p| p.outcome == Outcome::Position(1) && p.sentence + 1 >= i)
            .map(|p| ((p.series, p.year, p.category.sex), 1))
            .or_else(podium_before),
    };
    let Some((winner, base)) = winner else {
        return Vec::new();
    };
    let last = list_end(&t, runners, first, &FOLLOWED_GAP);
    if winner.0 != series || last - first >= 9 {
        return Vec::new();
    }
    // "… and C, who completed their races in T2 and T3 respectively": the
    // times in order after the list, when no runner has one of its own.
    let tail = part_after(&t, runners, last, last);
    let listed = measure::times(tail);
    let in_order = listed.len() == last - first + 1
        && RESPECTIVELY_WORD.is_match(tail)
        && (first..last).all(|k| measure::times(part_after(&t, runners, k, last)).is_empty());
    let mut done = Vec::new();
    for (n, k) in (first..=last).enumerate() {
        let (c, start) = &runners[k];
        let time = if in_order {
            Some(listed[n].duration())
        } else if k == last && RESPECTIVELY_WORD.is_match(tail) {
            // Times given to the list that do not pair up: none.
            None
        } else {
            measure::times(part_after(&t, runners, k, last))
                .into_iter()
                .next()
                .map(|tm| tm.duration())
        };
        placed(
            x,
            i,
            &t,
            (winner.0, winner.1),
            winner.2,
            winner.2.is_some(),
            &t[*start..c.end],
            n as i64 + base + 1,
            time,
        );
        done.push(k);
    }
    done
}

/// "They were followed by": the runners of a podium just told, followed.
static THEY_FOLLOWED: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)^\W*(?:they|the\s+(?:trio|three|podium\s+finishers))\s+were\s+followed\b")
});

/// The words one of which a sentence that gives places before a list of
/// runners holds ([`PLACES_WENT_TO`]); a cheap test before the pattern.
pub(super) const PLACES_VERBS: [&str; 3] = [" to ", " by ", " were "];

/// Before a list of runners: the places they took, in order ("The second
/// and third places in the category went to Kenya's", "in second and third
/// placings were").
pub(super) static PLACES_WENT_TO: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b((?:{PLACE})(?:(?:\s*,\s*|\s+and\s+)(?:{PLACE}))+)(?:\s+(?:places?|placings?|spots?|positions?)\b)?[^.;]{{0,40}}?\b(?:went\s+to|were\s+taken\s+by|were\s+filled\s+by|were)\s+(?:(?-i:\p{{Lu}}[\p{{L}}\-]+)[’']s\s+|the\s+)?$"
    ))
});

/// Right after a runner of a list: a club or town ("of Swansea
/// Harriers"), then the runner's time in brackets.
static OWN_TIME: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s*(?:(?:of|from)\s+[^(),;.]{1,40}?\s*)?\(([^()]{3,20})\)"));

/// Reads "The second and third places went to A and B, who spent T1 and T2
/// respectively": each place to its runner, the times in order after them.
pub(super) fn places_went_to(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    sex_before: Option<Sex>,
) -> Vec<usize> {
    if !PLACES_VERBS.iter().any(|w| x.text(i).contains(w)) {
        return Vec::new();
    }
    let t = x.text(i).to_string();
    let Some((first, m)) = (0..runners.len()).find_map(|k| {
        PLACES_WENT_TO
            .captures(lead_of(&t, runners, k))
            .map(|m| (k, m[1].to_string()))
    }) else {
        return Vec::new();
    };
    let Some(places) = SPLIT.split(&m).map(place_of).collect::<Option<Vec<i64>>>() else {
        return Vec::new();
    };
    let last = first + places.len() - 1;
    // Between two runners, past the first one's club or town and time
    // ("A of Swansea Harriers (2:19:02) and Kenyan B").
    let gap = |k: usize| {
        let g = &t[runners[k].0.end..runners[k + 1].1];
        OWN_TIME.find(g).map_or(g, |m| &g[m.end()..])
    };
    if last >= runners.len() || !(first..last).all(|k| LIST_GAP.is_match(gap(k))) {
        return Vec::new();
    }
    let Some(year) = x.year_at(i, runners[first].0.start) else {
        return Vec::new();
    };
    let tail = &t[runners[last].0.end..];
    let times = measure::times(tail);
    let in_order = times.len() == places.len() && RESPECTIVELY_WORD.is_match(tail);
    let said = sex_of_race(&t[..runners[first].0.start]);
    let mut done = Vec::new();
    for (n, k) in (first..=last).enumerate() {
        let (c, start) = &runners[k];
        placed(
            x,
            i,
            &t,
            (series, year),
            said.or(sex_before),
            said.is_some(),
            &t[*start..c.end],
            places[n],
            if in_order {
                Some(times[n].duration())
            } else {
                // Each runner's own time in brackets right after them.
                OWN_TIME
                    .captures(&t[c.end..])
                    .and_then(|m| measure::times(&m[1]).first().map(|tm| tm.duration()))
            },
        );
        done.push(k);
    }
    done
}
