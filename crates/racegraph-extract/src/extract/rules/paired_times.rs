//! Two times told together after two runners placed in one sentence, in
//! the runners' order, without "respectively" ("A and B took the next two
//! places in 2:11:30 and 2:13:44", "followed by C and D, fourth and fifth
//! in T3 and T4", "A and B followed, in that order, with T1 and T2"). A
//! helper of [`super::results`].

use super::lists::{Outcome, Pending};
use super::measure;
use super::Extractor;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// Two times joined by "and" after "in", "with" or "at".
static TWO_TIMES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:in|with|at)\s+([^,;()]{4,45}?)\s+and\s+([^,;()]{4,45}?)(?:\s*,?\s*respectively)?\s*(?:[.,;](?:\s|$)|$)",
    )
});

/// Words of times along the way ("with halves in T1 and T2", "passed 10
/// km in T1 and 20 km in T2"): no finishing times.
static SPLITS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:halves|halfway|half-way|splits?|laps?|kilomet\w*|km|miles?|passed|through)\b",
    )
});

/// Gives each pair of results of one sentence that have no time, both
/// placed, of one race, and named one after the other before two times
/// told together, those times in order.
pub(super) fn read(x: &Extractor, pending: &mut [Pending]) {
    let mut sentences: Vec<usize> = pending.iter().map(|p| p.sentence).collect();
    sentences.sort_unstable();
    sentences.dedup();
    for s in sentences {
        let t = x.text(s);
        let mut from = 0;
        for c in TWO_TIMES.captures_iter(t) {
            let (Some(m), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let span = from..m.start();
            from = m.end();
            let (ta, tb) = (measure::times(a.as_str()), measure::times(b.as_str()));
            // (Each part one time and nothing else: "2:11:30", "1 hour, 6
            // minutes and 50 seconds".)
            let whole = |text: &str, tm: &[measure::Time]| {
                tm.len() == 1 && tm[0].start == 0 && tm[0].end + 2 >= text.trim_end().len()
            };
            if !whole(a.as_str(), &ta) || !whole(b.as_str(), &tb) {
                continue;
            }
            // The results of the sentence named in the words before.
            let mut named: Vec<(usize, usize)> = pending
                .iter()
                .enumerate()
                .filter(|(_, p)| p.sentence == s && matches!(p.outcome, Outcome::Position(_)))
                .filter_map(|(k, p)| {
                    let at = t[span.clone()].find(p.athlete.as_str())?;
                    Some((span.start + at, k))
                })
                .collect();
            named.sort_unstable();
            let [(_, first), (second_at, second)] = named[..] else {
                continue;
            };
            let after_second = second_at + pending[second].athlete.len();
            if SPLITS.is_match(&t[after_second..m.start()]) {
                continue;
            }
            let (p, q) = (&pending[first], &pending[second]);
            let same_race = p.series == q.series
                && p.year == q.year
                && p.category == q.category
                && matches!((p.outcome, q.outcome), (Outcome::Position(i), Outcome::Position(j)) if j == i + 1);
            if !same_race || p.time.is_some() || q.time.is_some() {
                continue;
            }
            pending[first].time = Some(ta[0].duration());
            pending[second].time = Some(tb[0].duration());
        }
    }
}
