//! Results lists without ranks: a run of bullet lines under a results
//! heading, each a runner and a time (`- Jane Doe (KEN) – 51:48`), in the
//! order of the finish. The places are the order, and only where the run
//! reads as a finish: under a heading that says so ("Race Results",
//! "Overall"; a preview's list of entrants is ordered by best times),
//! three rows or more, no time faster than the one before it.

use super::lists::{Outcome, Pending};
use crate::extract::measure;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A heading that says the list below it is a finish.
pub(super) static RESULTS_HEADING: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:results?|overall|winners|finishers|placings|standings|top\s+(?:\d{1,2}|three|five|ten))\b",
    )
});

/// The run of bullet rows read so far (each with its race and its time
/// fitted to it) becomes results with places in its order, if it reads as
/// a finish; the run is emptied.
pub(super) fn flush(bullets: &mut Vec<Pending>, pending: &mut Vec<Pending>) {
    let run = std::mem::take(bullets);
    if run.len() < 3 {
        return;
    }
    let seconds: Vec<Option<u32>> = run
        .iter()
        .map(|p| p.time.as_deref().and_then(measure::seconds_of))
        .collect();
    let in_order = seconds.iter().all(Option::is_some) && seconds.windows(2).all(|w| w[0] <= w[1]);
    if !in_order {
        return;
    }
    for (n, mut p) in run.into_iter().enumerate() {
        p.outcome = Outcome::Position(n as i64 + 1);
        pending.push(p);
    }
}
