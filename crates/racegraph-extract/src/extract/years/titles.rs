//! Titles held and the years they name, which date nothing else in the
//! sentence: "the 2023 champion", "his 2024 win", "the title she won in
//! 2025", "the winner here in 2022 and 2024".

use crate::pattern::Pattern;
use std::sync::LazyLock;

/// "last year's runner-up Caleb Winfree": a title held, written before the
/// name (after it, ", last year's runner-up," is the place itself); "defended
/// the title she won here last year": this year's win.
pub(super) static LAST_YEARS_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"\b(?i:last\s+year[’']s\s+(?:(?:women|men)[’']s\s+)?(?:champion|winner|runner-up|title[\s-]?holder))\s+\p{Lu}|(?i:\b(?:defended|retained|defends|retains)\s+(?:the|her|his|their)\s+(?:title|crown)\s+(?:that\s+)?(?:she|he|they)\s+(?:had\s+)?won\s+(?:here\s+|there\s+)?last\s+year)",
    )
});
/// A win of a runner's own, after its year: "(his 2024) win".
pub(super) static OWN_PAST_WIN: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::fixed(r"^\s+(?:win|victory|title|crown)\b"));
/// A runner's own, before a year: "his (2024 win)".
pub(super) static OWN_BEFORE: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::fixed(r"(?i)\b(?:his|her|their)\s+$"));
/// The words of a title before its word ("2024 women's race winner",
/// "2022 conference champion"), after its year.
pub(super) const TITLE_OF: &str = r"(?:(?:women|men)[’']s\s+)?(?:(?:race|event|marathon|half|10k|conference|national|state|county|regional|provincial|club|league)\s+)?";
pub(super) static TITLE_BEFORE_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(&format!(
        r"^\s+{TITLE_OF}(?:champion|winner|runner-up)\s+\p{{Lu}}\p{{Ll}}"
    ))
});
/// A title of earlier editions before their years: "champion of the
/// 2019 and", "winner in the", "the winner in", "a previous winner in".
pub(super) static TITLE_OF_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:champion|winner|runner-up|title[\s-]?holder)\s+(?:of|in|at)\s+the\s+(?:(?:19|20)\d\d\s*(?:,|and|&)\s*)*$|\b(?:the|previous|former|past)\s+(?:champion|winner)\s+(?:here\s+|there\s+)?in\s+(?:(?:19|20)\d\d\s*(?:,|and|&)\s*)*$",
    )
});
/// Another year joined to a year, after it ("2023 and 2024") or before it.
pub(super) static SEVERAL_AFTER: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::fixed(r"^\s*(?:,|and|&)\s*(?:19|20)\d\d\b"));
pub(super) static SEVERAL_BEFORE: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::fixed(r"\b(?:19|20)\d\d\s*(?:,|and|&)\s*$"));
/// The words of a title kept before the year it was first won: "retained
/// the title he won in" (2025).
pub(super) static TITLE_WON_IN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:retained|defended|kept|retains|defends|keeps)\s+(?:the|her|his|their)\s+(?:(?:wo)?men[’']s\s+)?(?:title|crown)\s+(?:that\s+)?(?:s?he|they)\s+(?:had\s+)?won\s+(?:here\s+|there\s+)?in\s+$",
    )
});
/// After a year: a title held that year ("the 2023 champion").
pub(super) static HELD_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(&format!(
        r"^(?:[’']s)?\s+{TITLE_OF}(?:champion|winner|runner-up|title[\s-]?holder)\b"
    ))
});
