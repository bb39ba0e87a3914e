//! The two winners of one race told together, each with a time: "The
//! half marathon was won by A (1:08:44) and B (1:19:30)", "Winners at the
//! Hill 10km were A in 28:49 and B in 32:57", "The 10K went to Kenya's A
//! (28:02) and Ethiopia's B (31:40)", "In the half marathon A (1:09:40)
//! and B (1:19:22) triumphed". Two winners of one distance are the
//! men's and the women's; the faster time is the men's winner's. And the
//! two winners told with their races: "crowned the Kenyan A among the men
//! and the Beninese B among the women", "The 10 km went to A among the men
//! and B among the women". A helper of [`super::prose`], read after the
//! lists of [`super::together`].

use super::measure;
use super::names::Chunk;
use super::phrasing::sex_of_race;
use super::together::placed;
use super::Extractor;
use crate::contract::Sex;
use crate::pattern::Pattern;
use std::sync::LazyLock;

use crate::pattern::fixed as re;

/// Right before the first winner: "was won by", "went to", "Winners at
/// the Hill 10km were", with a word or two of who they are ("local
/// runners", "Kenya's", "Cypriot").
static LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:was|were)\s+won\s+by|\bwent\s+to|\bwinners\b[^.;:()]{0,60}?\b(?:were|are))\s+(?:(?:local|home|visiting|\w+)\s+(?:runners|athletes)\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+(?:own\s+)?|(?-i:\p{Lu}[\p{L}\-]+)\s+)?$",
    )
});

/// Two races named before the winners: "The 5K and the 10K were won by".
static TWO_RACES: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)\b(?:and|&|both)\b|/"));

/// Between the two: the first one's town or country ("of Grand Rapids",
/// "from the Netherlands"), time (in brackets or after "in"; the readers
/// that take the first's time from here find none without one), "and",
/// and a word of who the second is.
static GAP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:of|from)\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}\-]+)(?:\s+(?-i:\p{Lu}[\p{L}\-]+))?)?\s*(?:\([^()]{3,25}\)|,?\s+in\s+[^,;()]{3,25}?)?\s*,?\s+and\s+(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+(?:own\s+)?|(?-i:\p{Lu}[\p{L}\-]+)\s+)?$",
    )
});

/// After the second: its time, then the end of the sentence or clause.
static TAIL: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s*(?:\(([^()]{3,25})\)|,?\s+in\s+([^,;()]{3,25}?))\s*(?:[.,;]|$)"));

/// Right before the first of two winners who are the sentence's subject:
/// its opening, perhaps the race ("In the half marathon"), and a word of
/// who the first is ("The Ethiopian runners").
static OPENING: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:in|over|at)\s+the\s+[^,;()]{1,40}?,?\s+)?(?:the\s+(?:(?-i:\p{Lu}[\p{L}\-]+)\s+)?(?:runners|athletes)\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+|(?-i:\p{Lu}[\p{L}\-]+)\s+)?$",
    )
});

/// After the second of two winners who are the sentence's subject: the
/// time in brackets, then the verb that makes them winners ("A (T1) and B
/// (T2) triumphed", "A of Town (T1) and B of Town (T2) ran alone for most
/// of the course, and both won by more than a minute").
static TAIL_VERB: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:of\s+(?-i:\p{Lu}[\p{L}\-]+)(?:\s+(?-i:\p{Lu}[\p{L}\-]+))?\s+)?\(([^()]{3,25})\)\s*,?\s*(?:(?:triumphed|won|were\s+(?:the\s+)?(?:winners|victorious|fastest|quickest)|took\s+(?:the\s+)?(?:honours|honors|titles|wins|victories)|came\s+out\s+on\s+top)\s*(?:[.;]|$)|[^;]{0,120}?,?\s+and\s+both\s+won\b)",
    )
});

/// After the second of two winners who are the sentence's subject, their
/// times after the verb, in order ("A (ETH) and B (ETH) won the 36th
/// edition in 2:09:12 and 2:26:48", "A from X and B from Y won with
/// respective times of T1 and T2"; not two races won: "won the 5K and
/// the 10K in T1 and T2").
static TAIL_TIMES: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\([^()]{2,25}\)\s*|(?:of|from)\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}\-]+)(?:\s+(?-i:\p{Lu}[\p{L}\-]+))?\s+)?,?\s*(?:won|took|claimed|captured)\b(?P<what>[^.;()]{0,120}?)\b(?:in|(?:with|in)\s+(?:respective\s+)?times\s+of)\s+(?P<a>\d[\d:.’'″\x22]{3,10})\s+and\s+(?P<b>\d[\d:.’'″\x22]{3,10}?)(?:\s*,?\s*respectively)?\s*(?:[.,;]|$)",
    )
});

/// Two runners in a row of a sentence that no reader before took: the
/// first's index, the two, where the words before the first begin (after
/// the runner before it) and where the second's clause ends (at the
/// runner after it).
struct Pair<'r> {
    k: usize,
    a: &'r (Chunk, usize),
    b: &'r (Chunk, usize),
    lead_from: usize,
    end: usize,
}

impl Pair<'_> {
    /// The words before the first runner (from the runner before it), the
    /// words between the two, and those after the second (to the next).
    fn parts<'t>(&self, t: &'t str) -> (&'t str, &'t str, &'t str) {
        (
            &t[self.lead_from..self.a.1],
            &t[self.a.0.end..self.b.1],
            &t[self.b.0.end..self.end],
        )
    }

    /// Both runners winners, each of the race of their sex and with their
    /// time (`won`, in order), as the sentence up to the next runner tells
    /// it.
    fn both_won(
        &self,
        x: &mut Extractor,
        i: usize,
        t: &str,
        series_year: (usize, i32),
        explicit: bool,
        won: [(Sex, Option<String>); 2],
    ) {
        let said_in = &t[..self.end];
        for ((c, start), (sex, time)) in [self.a, self.b].into_iter().zip(won) {
            placed(
                x,
                i,
                said_in,
                series_year,
                Some(sex),
                explicit,
                &t[*start..c.end],
                1,
                time,
            );
        }
    }
}

/// Each two runners in a row of sentence `t` that `taken` leaves.
fn pairs<'r>(
    t: &str,
    runners: &'r [(Chunk, usize)],
    taken: &'r [usize],
) -> impl Iterator<Item = Pair<'r>> + 'r {
    let len = t.len();
    (0..runners.len().saturating_sub(1))
        .filter(move |&k| !taken.contains(&k) && !taken.contains(&(k + 1)))
        .map(move |k| Pair {
            k,
            a: &runners[k],
            b: &runners[k + 1],
            lead_from: if k == 0 { 0 } else { runners[k - 1].0.end },
            end: runners.get(k + 2).map_or(len, |(n, _)| n.start),
        })
}

/// Reads two winners of one race told together, each with a time; returns
/// the indices of the runners it gave results to.
pub(super) fn winners_pair(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    taken: &[usize],
) -> Vec<usize> {
    let t = x.text(i).to_string();
    let mut done = Vec::new();
    for pair in pairs(&t, runners, taken) {
        let k = pair.k;
        if done.contains(&k) {
            continue;
        }
        let (lead, gap, tail) = pair.parts(&t);
        // (Not of one sex's race: "The women's race was won by …"; nor of
        // two races: "The 5K and the 10K were won by A (T1) and B (T2)".)
        if sex_of_race(lead).is_some() || TWO_RACES.is_match(lead) || !GAP.is_match(gap) {
            continue;
        }
        // "was won by A (T1) and B (T2)", or "A (T1) and B (T2) triumphed".
        // (Or "A (ETH) and B (ETH) won the X in T1 and T2": the times in
        // order after the verb.)
        let opening = k == 0 && OPENING.is_match(lead);
        let times = if LEAD.is_match(lead) {
            TAIL.captures(tail)
                .map(|m| (gap, m.get(1).or(m.get(2)).map_or("", |g| g.as_str())))
        } else if let Some(m) = TAIL_VERB.captures(tail).filter(|_| opening) {
            Some((gap, m.get(1).map_or("", |g| g.as_str())))
        } else if let Some(m) = TAIL_TIMES
            .captures(tail)
            // (Not two races: "won the 5K and the 10K in T1 and T2".)
            .filter(|m| opening && !TWO_RACES.is_match(&m["what"]))
        {
            m.name("a")
                .zip(m.name("b"))
                .map(|(a, b)| (a.as_str(), b.as_str()))
        } else {
            None
        };
        let Some((a_time, b_time)) = times else {
            continue;
        };
        let (Some(ta), Some(tb)) = (
            measure::times(a_time).into_iter().next(),
            measure::times(b_time).into_iter().next(),
        ) else {
            continue;
        };
        let Some(year) = x.year_at(i, pair.a.0.start) else {
            continue;
        };
        let (sa, sb) = match ta.seconds.cmp(&tb.seconds) {
            std::cmp::Ordering::Less => (Sex::Men, Sex::Women),
            std::cmp::Ordering::Greater => (Sex::Women, Sex::Men),
            std::cmp::Ordering::Equal => continue,
        };
        let won = [(sa, Some(ta.duration())), (sb, Some(tb.duration()))];
        pair.both_won(x, i, &t, (series, year), false, won);
        done.extend([k, k + 1]);
    }
    done
}

/// Right before the first of two winners told with their races: a verb
/// that crowns or gives the race ("crowned the Kenyan", "went to").
static CROWNED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:crowned|went\s+to|(?:was|were)\s+won\s+by)\s+(?:the\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+)\s+)?$",
    )
});

/// After a winner: their time in brackets, if any, and the race they won
/// ("among the men").
static AMONG: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:\(([^()]{3,25})\)\s*)?(?:among|in|for)\s+the\s+((?:wo)?men|ladies|girls|boys)\b(?:[’']s\s+(?:race|category|section))?",
    )
});

/// After the first of two winners and their race: "and", and the second's
/// country ("and Kenya's", "and the").
static AND_NEXT: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s*,?\s*and\s+(?:the\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+)?"));

/// Reads "crowned A among the men and B among the women": each a winner
/// of the race told after the name; returns the runners it read.
pub(super) fn sexed_pair(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    taken: &[usize],
) -> Vec<usize> {
    let t = x.text(i).to_string();
    for (k, (a, a_start)) in runners.iter().enumerate() {
        if taken.contains(&k) {
            continue;
        }
        let lead_from = if k == 0 { 0 } else { runners[k - 1].0.end };
        if !CROWNED.is_match(&t[lead_from..*a_start]) {
            continue;
        }
        let Some(first) = AMONG.captures(&t[a.end..]) else {
            continue;
        };
        let after_first = a.end + first.get(0).map_or(0, |g| g.end());
        let Some(and) = AND_NEXT.find(&t[after_first..]) else {
            continue;
        };
        // The second winner: the name right after "and" (a runner or not
        // yet: "and the Beninese B among the women").
        let Some((b, _)) = super::chunk_from(x, i, after_first + and.end()) else {
            continue;
        };
        // (Past a people's word: "the Beninese B".)
        let own = b
            .words
            .iter()
            .position(|&(s, e)| x.lx.country_by_demonym(&t[s..e]).is_none())
            .filter(|&w| b.words.len() - w >= 2);
        let Some(own) = own else {
            continue;
        };
        let b_start = b.words[own].0;
        let Some(second) = AMONG.captures(&t[b.end..]) else {
            continue;
        };
        let sex = super::race_told::sex_word;
        let (sa, sb) = (sex(&first[2]), sex(&second[2]));
        if sa == sb || super::is_title_text(&t[b_start..b.end]) {
            continue;
        }
        let Some(year) = x.year_at(i, a.start) else {
            continue;
        };
        let time = |m: &regex::Captures| {
            m.get(1)
                .and_then(|g| measure::times(g.as_str()).first().map(|tm| tm.duration()))
        };
        let (ta, tb) = (time(&first), time(&second));
        placed(
            x,
            i,
            &t,
            (series, year),
            Some(sa),
            true,
            &t[*a_start..a.end],
            1,
            ta,
        );
        placed(
            x,
            i,
            &t,
            (series, year),
            Some(sb),
            true,
            &t[b_start..b.end],
            1,
            tb,
        );
        // (The second, when it is among the sentence's runners, is read.)
        let second_k = runners.iter().position(|(c, _)| c.start == b.start);
        return std::iter::once(k).chain(second_k).collect();
    }
    Vec::new()
}

/// Right before the first of two winners whose races the words before
/// them give in order: "The men's and women's 10km races were won by",
/// "the men's and women's 5K titles went to".
static SEXES_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\bthe\s+(?P<a>(?:wo)?men)[’']s\s+and\s+(?P<b>(?:wo)?men)[’']s\s+(?:[\w.\-]+\s+){0,3}?(?:races|titles|crowns|honours|honors|categories|events)\s+(?:were\s+(?:won|taken|claimed)\s+by|went\s+to)\s+(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+)?$",
    )
});

/// Between the two: the first one's town or club ("of Davison"), time in
/// brackets, "and", perhaps the second's country ("and Kenya's").
static SEXES_GAP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:of\s+(?:the\s+)?\p{Lu}[^(),.;]{0,40}?\s*)?(?:\(([^()]{3,25})\)\s*)?,?\s*and\s+(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+)?$",
    )
});

/// After the second: town or club, time in brackets, "respectively", and
/// the end of the sentence or clause.
static SEXES_TAIL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:of\s+(?:the\s+)?\p{Lu}[^(),.;]{0,40}?\s*)?(?:\(([^()]{3,25})\)\s*)?(?:,?\s*respectively\b)?\s*(?:[.,;]|$)",
    )
});

/// Reads "The men's and women's 10km races were won by A (T1) and B (T2)
/// respectively": each the winner of the race the words before them give
/// in that order; returns the runners it read.
pub(super) fn sexes_before_pair(
    x: &mut Extractor,
    i: usize,
    runners: &[(Chunk, usize)],
    series: usize,
    taken: &[usize],
) -> Vec<usize> {
    let t = x.text(i).to_string();
    for pair in pairs(&t, runners, taken) {
        let (lead, gap, tail) = pair.parts(&t);
        let Some(lead) = SEXES_LEAD.captures(lead) else {
            continue;
        };
        let (sa, sb) = (
            super::race_told::sex_word(&lead["a"]),
            super::race_told::sex_word(&lead["b"]),
        );
        let (Some(gap), Some(tail)) = (SEXES_GAP.captures(gap), SEXES_TAIL.captures(tail)) else {
            continue;
        };
        let Some(year) = x.year_at(i, pair.a.0.start).filter(|_| sa != sb) else {
            continue;
        };
        let time = |m: &regex::Captures| {
            m.get(1)
                .and_then(|g| measure::times(g.as_str()).first().map(|tm| tm.duration()))
        };
        let won = [(sa, time(&gap)), (sb, time(&tail))];
        pair.both_won(x, i, &t, (series, year), true, won);
        let k = pair.k;
        return vec![k, k + 1];
    }
    Vec::new()
}
