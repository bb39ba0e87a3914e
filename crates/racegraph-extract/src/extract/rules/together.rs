//! Results in prose told of two runners at once, and runners of another
//! race than the open one: helpers of [`super::prose`].
//!
//! - "A (2:46:51) and B (2:50:02) won the silver and bronze respectively",
//!   "A, B and C came first, second and third, respectively", "B and C
//!   took the minor placings": the places go to the runners in order;
//!   "A and B won the men's and women's titles respectively": each won one.
//! - "In the wheelchair race, …", "claimed the domestic men's title": the
//!   runner's place is not one of the open race.

use super::lists::{Outcome, Pending};
use super::measure;
use super::names::Chunk;
pub(super) use super::other_race::other_race;
use super::phrasing::{one_sex_around, sex_of_race, sex_word};
use super::runners::{add_result, Told};
use super::Extractor;
use crate::contract::Sex;
use regex::Regex;
use std::sync::LazyLock;

use crate::pattern::fixed as re;

const PLACE: &str = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up|gold|silver|bronze|\d{1,2}(?:st|nd|rd|th)";

/// Places as ordinals only: medals may be of another competition.
const ORDINAL: &str =
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)";

/// Between two places of a list ("second, third and fourth").
static SPLIT: LazyLock<Regex> = LazyLock::new(|| re(r"\s*,\s*(?:and\s+)?|\s+and\s+"));

/// Between two runners of a list: a bracket (the first one's time), a
/// comma or "and", a possessive country or a demonym ("Ethiopia's").
static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\([^)]{1,45}\)\s*)?(?:,\s*(?:and\s+|&\s+)?|(?:and|&)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}\-]+[’']s\s+|\p{Lu}[\p{L}\-]+\s+)?$",
    )
});

/// After the last runner: its bracket, then the places, their times in
/// order if given ("second and third in 1:13:02 and 1:13:40"), then
/// "respectively".
static RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:\(([^)]{{1,45}})\)\s*)?[^.;()]{{0,60}}?\b((?:{PLACE})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{PLACE}))+)\b(?:\s+(?:places?|positions?|medals?))?(?:,?\s+(?:in|at|with|clocking|after|with\s+(?:(?:finishing|winning)\s+)?times\s+of)\s+[\d:.’'\s]{{4,12}}s?(?:(?:\s*,\s*|\s+and\s+)[\d:.’'\s]{{4,12}}s?)+)?,?\s+respectively\b"
    ))
});

/// After the last runner of a list: the places they took, in the list's
/// order, right after the verb and with nothing else said ("A and B took
/// seventh and eighth.").
static IN_ORDER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:\(([^)]{{1,45}})\)\s*)?,?\s*(?:took|finished|were|came|placed|filled|followed\s+in|(?:finished|came|placed)\s+in)\s+(?:the\s+)?((?:{ORDINAL})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{ORDINAL}))+)\b(?:\s+(?:places?|positions?|spots?))?\s*(?:$|[.;]|,\s+while\b)"
    ))
});

/// After the last of two runners: they took the places after the winner
/// ("B and C took the minor placings", "… completed the podium", "…
/// followed in that order").
static MINOR_PLACES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:(?:then|both|duly)\s+)?(?:took|taking|filled|filling|completed|completing|rounded\s+out|rounding\s+out|rounded\s+off|made\s+up)\s+the\s+(?:(?:wo)?men[’']s\s+)?(?:minor\s+(?:placings|places|podium\s+places|podium\s+spots)|podium|rostrum(?:\s+places)?|rest\s+of\s+the\s+(?:podium|rostrum)|next\s+two\s+(?:places|spots|positions))\b|^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*followed(?:\s+(?:him|her|them))?(?:\s+home)?\s*,?\s+in\s+that\s+order\b",
    )
});

/// After the last of a list: they took the first places, as many as they
/// are ("A and B took the top two spots", "A, B and C filled the first
/// three places").
static TOP_PLACES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:(?:both|then|all)\s+)?(?:took|take|taking|filled|fill|filling|claimed|claim|occupied|occupy|secured|swept|made\s+up|make\s+up|making\s+up)\s+the\s+(?:(?:top|first)\s+(two|three|four|five|[2-5])(?:\s+(?:spots|places|positions|podium\s+(?:places|spots|positions))\b|\s*(?:[.;,]|$))|(?:(?:wo)?men[’']s\s+)?(podium)\s*,?\s+in\s+that\s+order\b)",
    )
});

/// After the last of two runners: the two races they won, in order ("won
/// the men's and women's titles respectively").
static SEXES_RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:(?:on|last)\s+\w+day\s+|yesterday\s+|on\s+sunday\s+)?(?:[^.;,]{0,50},\s*)?(?:won|took|taking|winning|claimed|claiming|captured|clinched|bagged|scooped|(?:emerged|were|are)\s+(?:as\s+)?(?:the\s+)?(?:winners|champions)\s+(?:of|in))\s+the\s+(?:(?P<adj>respective)\s+)?(?:elite\s+)?(?P<a>(?:wo)?men)[’']s\s+and\s+(?P<b>(?:wo)?men)[’']s\s+(?:elite\s+)?(?:\d{1,2}\s?km\s+|\d{1,2}k\s+|half[\s\-]marathon\s+|(?:full\s+)?marathon\s+)?(?:titles|races|crowns|honours|honors|categories|events)\b(?:[^.;()]{0,80}?\b(?P<adv>respectively)\b)?",
    )
});

/// After the last of two runners: titles both kept, then the two races in
/// order ("both defended their titles, in the men's and women's races
/// respectively"). A title defended is this year's race won.
static DEFENDED_RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:both\s+)?(?:successfully\s+)?(?:defended|retained|kept)\s+their\s+(?:[\w\-]+\s+){0,2}(?:titles|crowns)\s*,?\s+in\s+the\s+(?P<a>(?:wo)?men)[’']s\s+and\s+(?P<b>(?:wo)?men)[’']s\s+(?:races|categories|sections|divisions|events)\s*,?\s+respectively\b",
    )
});

/// After the last of two runners: "who were first and second runners-up",
/// second and third.
static RUNNERS_UP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:who\s+)?(?:were|finished|came|ended\s+up|emerged)\s+(?:as\s+)?(?:the\s+)?first\s+and\s+second\s+runners?[\s\-]ups?\b",
    )
});

/// Each runner's place in a list, and the race's sex when the list gives one.
type Places = Vec<(i64, Option<Sex>)>;

/// "(T) shared (the) third place": runners tied for one place.
static SHARED_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:all\s+)?shared\s+(?:the\s+)?(second|third|fourth|fifth|sixth)\s+(?:place|spot|position)\b",
    )
});

/// The places (and, for winners of two races, the sexes) a list of `n`
/// runners is given after the last of them, and the last one's bracket.
fn places_after(tail: &str, n: usize) -> Option<(Places, &str)> {
    fn bracket<'t>(m: &regex::Captures<'t>) -> &'t str {
        m.get(1).map_or("", |g| g.as_str())
    }
    // "won the men's and women's titles respectively", "clinched the
    // respective men's and women's titles", and without the word: "A and
    // B won the men's and women's full marathon titles" (in that order).
    if let Some(m) = SEXES_RESPECTIVELY
        .captures(tail)
        .or_else(|| DEFENDED_RESPECTIVELY.captures(tail))
        .filter(|_| n == 2)
    {
        let (a, b) = (sex_word(&m["a"]), sex_word(&m["b"]));
        return (a != b).then(|| (vec![(1, Some(a)), (1, Some(b))], bracket(&m)));
    }
    if let Some(m) = RESPECTIVELY
        .captures(tail)
        .or_else(|| IN_ORDER.captures(tail))
    {
        let places = SPLIT
            .split(m.get(2).map_or("", |g| g.as_str()))
            .map(|w| place_of(w).map(|p| (p, None)))
            .collect::<Option<Vec<_>>>()?;
        return Some((places, bracket(&m)));
    }
    // "B, C and D shared the third place": a tie.
    if let Some(m) = SHARED_PLACE.captures(tail) {
        let place = place_of(&m[2])?;
        return Some((vec![(place, None); n], bracket(&m)));
    }
    if let Some(m) = TOP_PLACES.captures(tail) {
        // ("A, B and C filled the podium in that order": three.)
        let top = match m.get(2) {
            Some(g) => measure::number(g.as_str()).map_or(0, |k| k as usize),
            None => 3,
        };
        return (top == n).then(|| ((1..=n as i64).map(|p| (p, None)).collect(), bracket(&m)));
    }
    if let Some(m) = RUNNERS_UP.captures(tail).filter(|_| n == 2) {
        return Some((vec![(2, None), (3, None)], bracket(&m)));
    }
    let m = MINOR_PLACES.captures(tail).filter(|_| n == 2)?;
    Some((vec![(2, None), (3, None)], bracket(&m)))
}

/// "respectively" after a runner: places that go to a list of runners.
pub(super) static RESPECTIVELY_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\brespectively\b"));

/// The place a word gives: "silver" 2, "third" 3, "4th" 4.
pub(super) fn place_of(w: &str) -> Option<i64> {
    match w.to_lowercase().as_str() {
        "gold" => Some(1),
        "silver" | "runner-up" => Some(2),
        "bronze" => Some(3),
        other => measure::ordinal(other),
    }
}

/// The words before runner `k` since the runner before it.
fn lead_of<'t>(t: &'t str, runners: &[(Chunk, usize)], k: usize) -> &'t str {
    let from = if k == 0 { 0 } else { runners[k - 1].0.end };
    &t[from..runners[k].1]
}

/// The first runner whose lead `before` matches.
fn first_led_by(t: &str, runners: &[(Chunk, usize)], before: &Regex) -> Option<usize> {
    (0..runners.len()).find(|&k| before.is_match(lead_of(t, runners, k)))
}

/// The last runner of the list that starts at `first`, runners being set
/// apart by what `gap` matches.
fn list_end(t: &str, runners: &[(Chunk, usize)], first: usize, gap: &Regex) -> usize {
    let mut last = first;
    while last + 1 < runners.len() && gap.is_match(&t[runners[last].0.end..runners[last + 1].1]) {
        last += 1;
    }
    last
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

/// Reads runners given places "respectively" ("A, B and C came first,
/// second and third, respectively"); returns the indices of the runners
/// it gave results to.
pub(super) fn respectively(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    sex_before: Option<Sex>,
) -> Vec<usize> {
    let t = x.text(i).to_string();
    let mut done = Vec::new();
    let mut first = 0;
    while first + 1 < runners.len() {
        // The longest run of runners set apart by commas and "and".
        let last = list_end(&t, runners, first, &LIST_GAP);
        if last == first {
            first += 1;
            continue;
        }
        let end = runners.get(last + 1).map_or(t.len(), |(n, _)| n.start);
        let tail = &t[runners[last].0.end..end];
        let year = x.year_at(i, runners[first].0.start);
        // (Not places of another race: "second and third respectively in
        // the police division".)
        let places = places_after(tail, last - first + 1).filter(|_| !other_race(tail));
        match (places, year) {
            // Places rising down the list, or one win in each race.
            (Some((places, bracket)), Some(year))
                if places.len() == last - first + 1
                    && (places.windows(2).all(|w| w[0].0 < w[1].0)
                        || places.iter().all(|p| p.1.is_some())
                        || SHARED_PLACE.is_match(tail)) =>
            {
                let said = sex_of_race(&t[..runners[first].0.start])
                    .or_else(|| sex_of_race(tail))
                    .or_else(|| one_sex_around(&t, runners[first].0.start));
                let gap = |k: usize| {
                    if k == last {
                        // The bracket after the last runner, brackets and
                        // all ("(1.09.20)" is a time only in brackets).
                        let b = tail.trim_start();
                        match b
                            .find(')')
                            .filter(|_| b.starts_with('(') && !bracket.is_empty())
                        {
                            Some(close) => &b[..=close],
                            None => bracket,
                        }
                    } else {
                        &t[runners[k].0.end..runners[k + 1].1]
                    }
                };
                // "… in 2:27:35 and 2:28:02, respectively": the times in
                // order after the places, when no runner has one of its own.
                let listed = measure::times(tail);
                // (Or after two winners of the men's and women's races.)
                let in_order = listed.len() == last - first + 1
                    && (RESPECTIVELY_WORD.is_match(tail) || places.iter().all(|p| p.1.is_some()))
                    && (first..=last).all(|k| measure::times(gap(k)).is_empty());
                for (n, k) in (first..=last).enumerate() {
                    let (c, start) = &runners[k];
                    let time = if in_order {
                        Some(listed[n].duration())
                    } else {
                        measure::times(gap(k)).first().map(|tm| tm.duration())
                    };
                    let (place, own_sex) = places[n];
                    placed(
                        x,
                        i,
                        &t,
                        (series, year),
                        own_sex.or(said).or(sex_before),
                        own_sex.is_some() || said.is_some(),
                        &t[*start..c.end],
                        place,
                        time,
                    );
                    done.push(k);
                }
            }
            _ => {}
        }
        first = last + 1;
    }
    done
}

/// Before a list of the first three: "The winners of the long race were",
/// "The top women were", "The podium finishers were", "The women's half
/// marathon podium was filled by", "The top three elite women, receiving
/// the same amounts, were".
pub(super) static PODIUM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:winners|top\s+(?:three|3|finishers|men|women)|podium(?:\s+finishers)?|first\s+three|leading\s+(?:men|women|finishers))\b[^.;:]{0,40}?(?:,[^.;:,]{1,40},\s*)?\b(?:were|was)(?:\s+(?:(?:filled|taken|completed)\s+by|made\s+up\s+of))?\s+$",
    )
});

/// Between two runners of such a list: where they are from, a bracket
/// (the time), then a comma or "and".
pub(super) static PODIUM_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:of\s+[\p{Lu}][^()]{0,40}?\s*)?(?:\([^)]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|(?:and|&)\s+)$",
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
    let Some(year) = x.year_at(i, runners[first].0.start) else {
        return Vec::new();
    };
    let said = sex_of_race(lead_of(&t, runners, first));
    // "…, in that order, with the winner timed at T": the first's time.
    static WINNER_TIMED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)^[^.;()]{0,30}?\bwith\s+the\s+winner\s+(?:timed\s+at|clocking|in)\s+(.{4,60})")
    });
    let winner_time = WINNER_TIMED
        .captures(part_after(&t, runners, last, last))
        .and_then(|m| measure::times(m.get(1)?.as_str()).into_iter().next())
        .map(|tm| tm.duration());
    let mut done = Vec::new();
    for (n, k) in (first..=last).enumerate() {
        let (c, start) = &runners[k];
        // Its bracket: up to the next runner, or the end of the clause.
        let after = part_after(&t, runners, k, last);
        let time = after
            .find('(')
            .and_then(|b| measure::times(&after[b..]).into_iter().next())
            .map(|tm| tm.duration())
            .or_else(|| winner_time.clone().filter(|_| n == 0));
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
pub(super) static FOLLOWED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:was|were)|,)\s+followed\s+(?:home\s+)?by\s+(?:(?:his|her)\s+)?(?:[\w’'\-]+\s+){0,2}$",
    )
});

/// Where a runner is from, after the name: "from the School of Medicine".
const FROM_PLACE: &str =
    r"from\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’\-]*\s*(?:(?:of|and)\s+)?){1,6}";

/// Between two runners of such a list: a time in brackets or after "at".
pub(super) static FOLLOWED_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:\([^)]{{1,45}}\)|(?:at|in)\s+[\d:.,hms ]{{4,14}}?|of\s+(?:(?-i:\p{{Lu}})[\p{{L}}'’\-]*\s*){{1,5}}|{FROM_PLACE})?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:fellow|compatriot)\s+)?(?:(?-i:\p{{Lu}}\p{{Ll}}+)\s+)?$"
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
        // "The race … was won by X of Club in T, followed by A, B …".
        static WON_BY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bwon\s+by\s+$"));
        // Past where the runner is from ("X from the School of Medicine won").
        static FROM: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^\s*{FROM_PLACE}")));
        let from = FROM.find(words).map_or(words, |m| &words[m.end()..]);
        let won = [words, verb, from]
            .iter()
            .any(|w| super::phrasing::tells_win(w))
            || WON_BY.is_match(&t[..runners[k].0.start]);
        let year = x.year_at(i, runners[k].0.start)?;
        let sex = sex_of_race(super::phrasing::after_turn(&t[..runners[first].1])).or(sex_before);
        won.then_some((series, year, sex))
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
static THEY_FOLLOWED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\W*(?:they|the\s+(?:trio|three|podium\s+finishers))\s+were\s+followed\b")
});

/// Before a list of runners: the places they took, in order ("The second
/// and third places in the category went to Kenya's").
pub(super) static PLACES_WENT_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b((?:{PLACE})(?:(?:\s*,\s*|\s+and\s+)(?:{PLACE}))+)(?:\s+(?:places?|spots?|positions?)\b)?[^.;]{{0,40}}?\b(?:went\s+to|were\s+taken\s+by|were\s+filled\s+by)\s+(?:(?-i:\p{{Lu}}[\p{{L}}\-]+)[’']s\s+|the\s+)?$"
    ))
});

/// Reads "The second and third places went to A and B, who spent T1 and T2
/// respectively": each place to its runner, the times in order after them.
pub(super) fn places_went_to(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    sex_before: Option<Sex>,
) -> Vec<usize> {
    if !(x.text(i).contains(" to ") || x.text(i).contains(" by ")) {
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
    if last >= runners.len()
        || !(first..last).all(|k| LIST_GAP.is_match(&t[runners[k].0.end..runners[k + 1].1]))
    {
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
            in_order.then(|| times[n].duration()),
        );
        done.push(k);
    }
    done
}

/// Records a place told of a runner of a list, with the list's sex.
#[allow(clippy::too_many_arguments)]
pub(super) fn placed(
    x: &mut Extractor,
    i: usize,
    said_in: &str,
    (series, year): (usize, i32),
    sex: Option<Sex>,
    explicit: bool,
    name: &str,
    place: i64,
    time: Option<String>,
) {
    add_result(
        x,
        i,
        Told {
            said_in,
            series,
            year,
            sex,
            explicit,
            name,
            outcome: Outcome::Position(place),
            time,
        },
    );
}
