//! Results in prose told of two runners at once, and runners of another
//! race than the open one: helpers of [`super::prose`].
//!
//! - "A (2:46:51) and B (2:50:02) won the silver and bronze respectively",
//!   "A, B and C came first, second and third, respectively", "B and C
//!   took the minor placings": the places go to the runners in order;
//!   "A and B won the men's and women's titles respectively": each won one.
//! - "In the wheelchair race, …", "claimed the domestic men's title": the
//!   runner's place is not one of the open race.
//! - "The winners were A, B and C", "He was followed by A and B", "The
//!   second and third places went to A and B": lists that the words before
//!   them place, read in `led_lists.rs` and re-exported here.

pub(super) use super::led_lists::{
    followed, places_went_to, podium, FOLLOWED_BY, FOLLOWED_GAP, PLACES_VERBS, PLACES_WENT_TO,
    PODIUM, PODIUM_GAP,
};
use super::lists::Outcome;
use super::measure;
use super::names::Chunk;
pub(super) use super::other_race::other_race;
use super::phrasing::{one_sex_around, sex_of_race, sex_word};
use super::race_told::one_sex;
use super::runners::{add_result, Told};
use super::Extractor;
use crate::contract::Sex;
use crate::pattern::Pattern;
use std::sync::LazyLock;

use crate::pattern::fixed as re;

pub(super) const PLACE: &str = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up|gold|silver|bronze|\d{1,2}(?:st|nd|rd|th)";

/// Places as ordinals only: medals may be of another competition.
const ORDINAL: &str =
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)";

/// Between two places of a list ("second, third and fourth").
pub(super) static SPLIT: LazyLock<Pattern> = LazyLock::new(|| re(r"\s*,\s*(?:and\s+)?|\s+and\s+"));

/// Between two runners of a list: the first one's country or town ("of
/// Kenya"), a bracket (their time), a comma or "and", a possessive country
/// or a demonym ("Ethiopia's").
pub(super) static LIST_GAP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:of|from)\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?\s*)?(?:\([^)]{1,45}\)\s*)?(?:,\s*(?:and\s+|&\s+)?|(?:and|&)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}\-]+[’']s\s+|\p{Lu}[\p{L}\-]+\s+)?$",
    )
});

/// Right after a runner: their country or town ("of Ethiopia").
static OF_WHERE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s*(?:of|from)\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?"));

/// After the last runner: its bracket, then the places, their times in
/// order if given ("second and third in 1:13:02 and 1:13:40"), then
/// "respectively".
static RESPECTIVELY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:\(([^)]{{1,45}})\)\s*)?[^.;()]{{0,60}}?\b((?:{PLACE})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{PLACE}))+)\b(?:\s+(?:places?|positions?|medals?))?(?:,?\s+(?:in|at|with|clocking|after|with\s+(?:(?:finishing|winning)\s+)?times\s+of)\s+[\d:.’'\s]{{4,12}}s?(?:(?:\s*,\s*|\s+and\s+)[\d:.’'\s]{{4,12}}s?)+)?,?\s+respectively\b"
    ))
});

/// After the last runner of a list: the places they took, in the list's
/// order, right after the verb and with nothing else said ("A and B took
/// seventh and eighth.").
static IN_ORDER: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:\(([^)]{{1,45}})\)\s*)?,?\s*(?:took|finished|were|came|placed|filled|followed\s+in|(?:finished|came|placed)\s+in)\s+(?:the\s+)?((?:{ORDINAL})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{ORDINAL}))+)\b(?:\s+(?:places?|positions?|spots?))?\s*(?:$|[.;]|,\s+while\b)"
    ))
});

/// After the last of two runners: they took the places after the winner
/// ("B and C took the minor placings", "… completed the podium", "…
/// followed in that order").
static MINOR_PLACES: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:(?:then|both|duly)\s+)?(?:took|taking|filled|filling|completed|completing|rounded\s+out|rounding\s+out|rounded\s+off|made\s+up)\s+the\s+(?:(?:wo)?men[’']s\s+)?(?:minor\s+(?:placings|places|podium\s+places|podium\s+spots)|podium|rostrum(?:\s+places)?|rest\s+of\s+the\s+(?:podium|rostrum)|(?:next|other)\s+two\s+(?:podium\s+)?(?:places|spots|positions))\b|^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*followed(?:\s+(?:him|her|them))?(?:\s+home)?\s*,?\s+in\s+that\s+order\b",
    )
});

/// After the last of a list: they took the first places, as many as they
/// are ("A and B took the top two spots", "A, B and C filled the first
/// three places", "… occupied the first three men's places").
static TOP_PLACES: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:(?:both|then|all)\s+)?(?:took|take|taking|filled|fill|filling|claimed|claim|occupied|occupy|secured|swept|made\s+up|make\s+up|making\s+up)\s+the\s+(?:(?:top|first)\s+(two|three|four|five|[2-5])(?:\s+(?:(?:wo)?men[’']s\s+)?(?:spots|places|positions|podium\s+(?:places|spots|positions))\b|\s*(?:[.;,]|$))|(?:(?:wo)?men[’']s\s+)?(podium)\s*,?\s+in\s+that\s+order\b)",
    )
});

/// After the last of two runners: the two races they won, in order ("won
/// the men's and women's titles respectively", "took the titles in the
/// men's and women's elite races").
static SEXES_RESPECTIVELY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:(?:on|last)\s+\w+day\s+|yesterday\s+|on\s+sunday\s+)?(?:[^.;,]{0,50},\s*)?(?:won|took|taking|winning|claimed|claiming|captured|clinched|bagged|scooped|(?:emerged|were|are)\s+(?:as\s+)?(?:the\s+)?(?:winners|champions)\s+(?:of|in)|were|are)\s+the\s+(?:(?:titles|honours|honors|crowns)\s+in\s+the\s+)?(?:(?P<adj>respective)\s+)?(?:elite\s+)?(?P<a>(?:wo)?men)[’']s\s+and\s+(?P<b>(?:wo)?men)[’']s\s+(?:elite\s+)?(?:\d{1,2}\s?km\s+|\d{1,2}k\s+|half[\s\-]marathon\s+|(?:full\s+)?marathon\s+)?(?:titles|races|crowns|honours|honors|categories|events|winners|champions)\b(?:[^.;()]{0,80}?\b(?P<adv>respectively)\b)?",
    )
});

/// After the last of a list: a range of places as many as they are, in
/// the list's order ("A, B, C, D, E and F took the fifth to 10th
/// positions").
static PLACE_RANGE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:\(([^)]{{1,45}})\)\s*)?,?\s*(?:took|filled|occupied|claimed|completed|made\s+up)\s+(?:the\s+)?({ORDINAL})\s+(?:to|through|-|–)\s+({ORDINAL})\s+(?:positions|places|spots|placings)\b"
    ))
});

/// After the last of two runners: "were the fastest man and woman", the
/// two winners in that order.
static FASTEST_PAIR: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:were|was)\s+(?:the\s+)?(?:fastest|quickest|first|top)\s+(?P<a>man|woman)\s+and\s+(?:the\s+)?(?:fastest\s+|quickest\s+|first\s+|top\s+)?(?P<b>man|woman)\b",
    )
});

/// After the last of two runners: titles both kept, then the two races in
/// order ("both defended their titles, in the men's and women's races
/// respectively"). A title defended is this year's race won.
static DEFENDED_RESPECTIVELY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:both\s+)?(?:successfully\s+)?(?:defended|retained|kept)\s+their\s+(?:[\w\-]+\s+){0,2}(?:titles|crowns)\s*,?\s+in\s+the\s+(?P<a>(?:wo)?men)[’']s\s+and\s+(?P<b>(?:wo)?men)[’']s\s+(?:races|categories|sections|divisions|events)\s*,?\s+respectively\b",
    )
});

/// After the last of two runners: "who were first and second runners-up",
/// second and third.
static RUNNERS_UP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\(([^)]{1,45})\)\s*)?,?\s*(?:who\s+)?(?:were|finished|came|ended\s+up|emerged)\s+(?:as\s+)?(?:the\s+)?first\s+and\s+second\s+runners?[\s\-]ups?\b",
    )
});

/// Each runner's place in a list, and the race's sex when the list gives one.
type Places = Vec<(i64, Option<Sex>)>;

/// "(T) shared (the) third place": runners tied for one place.
static SHARED_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
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
        .or_else(|| FASTEST_PAIR.captures(tail))
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
    // "A, B, …, F took the fifth to 10th positions": a range, in order.
    if let Some(m) = PLACE_RANGE.captures(tail) {
        let (from, to) = (place_of(&m[2])?, place_of(&m[3])?);
        return (to - from + 1 == n as i64 && from > 1)
            .then(|| ((from..=to).map(|p| (p, None)).collect(), bracket(&m)));
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
pub(super) static RESPECTIVELY_WORD: LazyLock<Pattern> =
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

/// The last runner of the list that starts at `first`, runners being set
/// apart by what `gap` matches.
pub(super) fn list_end(t: &str, runners: &[(Chunk, usize)], first: usize, gap: &Pattern) -> usize {
    let mut last = first;
    while last + 1 < runners.len() && gap.is_match(&t[runners[last].0.end..runners[last + 1].1]) {
        last += 1;
    }
    last
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
        // (Past the last one's country or town: "and B of Ethiopia were".)
        let tail = OF_WHERE.find(tail).map_or(tail, |m| &tail[m.end()..]);
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
                let said = sex_of_race(super::phrasing::after_turn(&t[..runners[first].0.start]))
                    .or_else(|| sex_of_race(tail))
                    .or_else(|| one_sex_around(&t, runners[first].0.start))
                    .or_else(|| podium_of_sentence_before(x, i, tail, sex_before));
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

/// "Kharat … was never troubled in the women's race." then a new
/// paragraph's "A and B took the other two places on the podium": the
/// places after the winner, with no sex in their own paragraph, are of the
/// one race the sentence before told a result of.
fn podium_of_sentence_before(
    x: &Extractor,
    i: usize,
    tail: &str,
    sex_before: Option<Sex>,
) -> Option<Sex> {
    if sex_before.is_some() || i == 0 || !MINOR_PLACES.is_match(tail) {
        return None;
    }
    x.pending
        .iter()
        .any(|p| p.sentence == i - 1)
        .then(|| one_sex(x.text(i - 1)))
        .flatten()
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

/// After the last of two runners joined by "and": a win of races or
/// titles in the plural ("won the 10 kilometre races", "claimed the
/// individual titles"), or first place "in their respective categories". Told without the races' sexes, it gives neither
/// runner a race of their own.
static SHARED_WIN: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\([^)]{1,25}\)\s*)?,?\s*(?:both\s+)?(?:(?:won|took|claimed|captured|clinched|bagged|scooped|took\s+home)\s+the\s+(?:[\w.\-]+\s+){0,4}?(?:races|titles|crowns|honours|honors|events|categories)\b|(?:took|claimed|secured|finished\s+in)\s+first\s+place\b[^.;]{0,80}?\b(?:their|the)\s+respective\s+(?:categories|races|sections|divisions)\b)",
    )
});

/// Runner `k` is the second of "A and B won the 10 kilometre races", the
/// sentence's last runner: two wins whose races nothing tells apart.
/// (Runners named after them may be placed behind one of the two.)
pub(super) fn shared_win(t: &str, runners: &[(Chunk, usize)], k: usize, end: usize) -> bool {
    static AND: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^\s*(?:\([^)]{1,25}\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+|(?-i:\p{Lu}[\p{L}\-]+)\s+)?$",
        )
    });
    k > 0
        && k + 1 == runners.len()
        && AND.is_match(&t[runners[k - 1].0.end..runners[k].1])
        && SHARED_WIN.is_match(&t[runners[k].0.end..end])
}
