//! The time of a place told in prose: in the place's own clause, in a
//! later clause that is only the time, in brackets right after the name.

use super::measure::Time;
use super::phrasing::*;

/// A clause that tells only a finish and its time.
static FINISH_IN: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    re(
        r"^\s*(?:crossed\s+the\s+(?:finish\s+)?line|finished|came\s+home|clocked|stopped\s+the\s+clock)\s+(?:in|at)?\s*\d",
    )
});

/// A clause that tells a time run before, in the past perfect ("and had
/// run 44:26 in Berlin in June"): another race's.
static RUN_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    re(
        r"^\s*(?:and\s+|but\s+)?(?:had|has|have)\s+(?:already\s+|also\s+)?(?:run|clocked|recorded|posted|timed)\b",
    )
});

/// The time of the place read in clause `n` of `parts` (byte spans of `t`)
/// of the runner whose name ends at `name_end` and whose words run to
/// `end`; `times` are those of `t[name_end..end]`.
pub(super) fn place_time(
    t: &str,
    name_end: usize,
    end: usize,
    parts: &[(usize, usize)],
    n: usize,
    times: &[Time],
) -> Option<String> {
    let (cs, ce) = parts[n];
    // (Not the first of two times told together, "won the 5K and the 10K
    // in 16:40 and 33:02": two runners' or two races'.)
    let paired = |tm: &Time| {
        times.iter().any(|next| {
            next.start >= tm.end && t[name_end + tm.end..name_end + next.start].trim() == "and"
        })
    };
    let in_clause = times
        .iter()
        .find(|tm| name_end + tm.start >= cs && name_end + tm.start < ce)
        .filter(|tm| !paired(tm));
    // A later clause that is only "in TIME", past clauses that are only dates.
    let after = parts[n + 1..]
        .iter()
        .take(3)
        .take_while(|&&(ns, ne)| {
            // "… behind Ana Ruiz, who recorded 1:04:09": another
            // runner's relative clause.
            let who = t[ns..ne].trim_start_matches([',', ' ']).starts_with("who ")
                && OTHER_NAME.is_match(&t[name_end..ns]);
            // "X (1:12:08) pocketed the title over Kim Sabe (1:14:40)": a
            // time in brackets right after another name is that runner's.
            let theirs = t[..ns].ends_with('(')
                && ns > name_end + 1
                && t[ns..ne].contains(':')
                && t[ns..ne]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_ascii_digit())
                && t[name_end..ns - 1]
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            !(who
                || theirs
                || RUN_BEFORE.is_match(t[ns..ne].trim_start_matches([',', ' ']))
                || WIN.is_match(t[ns..ne].trim_start_matches([',', ' ']))
                || WIN_PHRASE.is_match(t[ns..ne].trim_start_matches([',', ' ']))
                || (PLACE.is_match(t[ns..ne].trim_start_matches([',', ' ']))
                    && !OVERALL.is_match(&t[ns..ne])))
        })
        .find_map(|&(ns, ne)| {
            let b = t[ns..ne].trim_start_matches([',', ' ']);
            (!DNF.is_match(b) && !HEDGE.is_match(b))
                .then(|| {
                    times
                        .iter()
                        .find(|tm| name_end + tm.start >= ns && name_end + tm.start < ne)
                })
                .flatten()
        });
    // "Ivan Markovic (1:08:30) was second": a time in brackets
    // right after the name, or after the runner's club ("Nora Kerr of
    // Finn Bridge AC (1:24.32) was second"), before the clause.
    let bracketed = parts[..n]
        .iter()
        .find(|&&(bs, be)| after_name_or_club(&t[name_end..bs]) && t[bs..be].trim().len() <= 14)
        .and_then(|&(bs, be)| {
            times
                .iter()
                .find(|tm| name_end + tm.start >= bs && name_end + tm.start < be)
        });
    // "Dawit Tesfaye (29, Ethiopia, a time of 2:08:47), who
    // ranked second": the one time in the brackets after
    // the name.
    let seg = &t[name_end..end];
    let in_brackets = seg
        .trim_start()
        .starts_with('(')
        .then(|| seg.find(')'))
        .flatten()
        .and_then(|close| {
            let inside: Vec<_> = times.iter().filter(|tm| tm.end <= close).collect();
            (inside.len() == 1).then(|| inside[0])
        });
    // "X crossed the line in T, a minute clear of the chasing pack": the
    // time of a clause just before that only tells the finish.
    let finish_before = n
        .checked_sub(1)
        .map(|p| parts[p])
        .filter(|&(ps, pe)| {
            let b = t[ps..pe].trim_start_matches([',', ' ']);
            let b = OF_PLACE.find(b).map_or(b, |m| &b[m.end()..]);
            FINISH_IN.is_match(b) && !PLACE.is_match(b)
        })
        .and_then(|(ps, pe)| {
            times
                .iter()
                .find(|tm| name_end + tm.start >= ps && name_end + tm.start < pe)
        });
    // "Cora Tier 1:30.04 (fifth woman)": the time right after the name,
    // before the place in brackets, rather than a later clause's.
    let just_before = n
        .checked_sub(1)
        .map(|p| parts[p])
        .filter(|&(ps, pe)| {
            let b = t[ps..pe].trim().trim_end_matches('(').trim_end();
            t[name_end..ps].trim().is_empty()
                && !b.is_empty()
                && b.chars().all(|c| c.is_ascii_digit() || ":.,".contains(c))
        })
        .and_then(|(ps, pe)| {
            times
                .iter()
                .find(|tm| name_end + tm.start >= ps && name_end + tm.start < pe)
        });
    in_clause
        .or(just_before)
        .or(after)
        .or(finish_before)
        .or(bracketed)
        .or(in_brackets)
        .filter(|tm| !paired(tm))
        .map(|tm| tm.duration())
}

/// Whether `gap`, between a runner's name and a time, is only the opening
/// bracket, or "of" and a club's capitalised name before it.
fn after_name_or_club(gap: &str) -> bool {
    let gap = gap.trim();
    let Some(before) = gap.strip_suffix('(') else {
        return false;
    };
    let before = before.trim();
    if before.is_empty() {
        return true;
    }
    before.strip_prefix("of ").is_some_and(|club| {
        let words: Vec<&str> = club.split_whitespace().collect();
        (1..=6).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || "'’-.&".contains(c))
            })
    })
}
