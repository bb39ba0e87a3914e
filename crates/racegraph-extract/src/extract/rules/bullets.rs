//! Results lists without ranks: a run of bullet lines under a results
//! heading, each a runner and a time (`- Jane Doe (KEN) – 51:48`), in the
//! order of the finish. The places are the order, and only where the run
//! reads as a finish: under a heading that says so ("Race Results",
//! "Overall"; a preview's list of entrants is ordered by best times),
//! three rows or more, no time faster than the one before it.

use super::lists::{Outcome, Pending};
use super::rows::Row;
use crate::extract::measure;
use regex::Regex;
use std::sync::LazyLock;

/// A heading that says the list below it is a finish.
pub(super) static RESULTS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)\b(?:results?|overall|winners|finishers|placings|standings|top\s+(?:\d{1,2}|three|five|ten))\b",
    )
    .expect("static pattern")
});

/// One bullet row read, with the race it is of.
pub(super) struct Bullet {
    pub sentence: usize,
    pub row: Row,
    /// The row's time fitted to the race, if it has one that fits.
    pub time: Option<String>,
    pub pending: Pending,
}

/// The run of bullets read so far becomes results with places in its
/// order, if it reads as a finish; the run is emptied.
pub(super) fn flush(bullets: &mut Vec<Bullet>, pending: &mut Vec<Pending>) {
    let run = std::mem::take(bullets);
    if run.len() < 3 {
        return;
    }
    let seconds: Vec<Option<u32>> = run
        .iter()
        .map(|b| b.time.as_deref().and_then(measure::seconds_of))
        .collect();
    let in_order = seconds.iter().all(Option::is_some) && seconds.windows(2).all(|w| w[0] <= w[1]);
    if !in_order {
        return;
    }
    for (n, b) in run.into_iter().enumerate() {
        let mut p = b.pending;
        p.outcome = Outcome::Position(n as i64 + 1);
        p.time = b.time;
        p.sentence = b.sentence;
        p.nationality = b.row.nationality;
        pending.push(p);
    }
}
