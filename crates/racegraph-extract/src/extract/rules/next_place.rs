//! The place a runner takes from the one told just before in the same
//! sentence ("edging out X" after a win, "followed by X", "ahead of A and
//! B", "B took silver behind A"), and the sex of that last result.

use super::lists::Outcome;
use super::phrasing::*;
use super::runner_refs::{runner_key, same_runner};
use super::runners::BEHIND;
use super::Extractor;
use crate::contract::Sex;

/// Right after a runner's name, a win of their own: "took the women's
/// race", "won the 5 km".
static WINS_OWN: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:took|won|claimed|captured|clinched|topped|dominated|triumphed|was\s+(?:the\s+)?(?:first|fastest|quickest|winner)|finished\s+first|broke\s+the\s+tape)\b",
    )
});

/// "edging out X" after a win in the same sentence makes X second;
/// "followed by X" after a place in the same sentence makes X the next.
/// Returns where the cue starts in `lead` and the position.
pub(super) fn next_place(
    x: &Extractor,
    i: usize,
    lead: &str,
    before: &str,
    name: &str,
    after: &str,
) -> Option<(usize, i64)> {
    // "He bested A (T1) and B (T2)": the winner of the sentence before.
    let pronoun = opening_pronoun(before).is_some() && EDGED.is_match(lead);
    let last = x
        .pending
        .last()
        .filter(|p| (p.sentence == i || (pronoun && p.sentence + 1 == i)) && p.athlete != name)?;
    let Outcome::Position(p) = last.outcome else {
        return None;
    };
    if let Some(m) = EDGED.find(lead) {
        return (p == 1).then_some((m.start(), 2));
    }
    // "B took silver in T behind A (T)": A won.
    if let Some(m) = BEHIND.find(lead) {
        static SECOND: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(r"(?i)\b(?:silver|second|runner-up)\b")
            });
        // (Not a winner placed already: "came second, six seconds behind
        // Rotich".)
        let key = runner_key(name);
        let placed = x.pending.iter().any(|o| same_runner(&key, &o.athlete));
        return (p == 2 && !placed && last.sentence == i && SECOND.is_match(&lead[..m.start()]))
            .then_some((m.start(), 1));
    }
    // "ahead of A (2:10:20) and B (2:11:03)": B is next after A. (Not
    // a runner who wins a race of their own after the name: "ahead of A
    // (30:02), and B took the women's 10KM".)
    // (Only right after the runner placed last: "Behind him came A in T1,
    // B in T2 and C in T3" with B read no place makes C no third.)
    let after_last = before
        .strip_suffix(lead)
        .is_none_or(|prev| prev.trim_end().ends_with(last.athlete.as_str()));
    if p >= 2 && after_last && !WINS_OWN.is_match(after) {
        if let Some(m) = AND_NEXT.find(lead) {
            return Some((m.start(), p + 1));
        }
    }
    // "in second was B, followed by C, D and E": each runner of the list
    // after "followed by" is the next, nothing but names, clubs and
    // brackets between them.
    static LIST_SO_FAR: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
        || {
            crate::pattern::fixed(
                r"\bfollowed\s+by\s+(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}?\p{Lu}[\p{L}'’\-]*(?:\s+of\s+(?:\p{Lu}[\p{L}'’\-]*\s*){1,5})?(?:\s*\([^)]{1,45}\))?(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}?\p{Lu}[\p{L}'’\-]*(?:\s+of\s+(?:\p{Lu}[\p{L}'’\-]*\s*){1,5})?(?:\s*\([^)]{1,45}\))?)*\s*(?:,\s*(?:and\s+)?|and\s+)$",
            )
        },
    );
    if p >= 2 && LIST_SO_FAR.is_match(before) {
        return Some((0, p + 1));
    }
    // "with X" only names the next place when a place was just given ("was second, with X third" is read elsewhere).
    let m = FOLLOWED.find(lead)?;
    (m.as_str().to_lowercase().starts_with("followed")
        || m.as_str().to_lowercase().starts_with("trailed"))
    .then_some((m.start(), p + 1))
}

/// The sex of the race of the last result read in this sentence.
pub(super) fn last_sex(x: &Extractor, i: usize) -> Option<Sex> {
    x.pending
        .last()
        .filter(|p| p.sentence == i)
        .and_then(|p| p.category.sex)
}
