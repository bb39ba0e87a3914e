//! A minister's office told with its portfolio ("the Minister of Youth
//! and Sports, X,", "X, the Minister for Youth and Sports.", "the
//! Secretary of State for Sports, X,"): the portfolio is part of the job
//! title, and names no organisation the person works for. A helper of
//! [`super::orgs`].

use crate::pattern::Pattern;
use std::sync::LazyLock;

use crate::pattern::fixed as re;

/// The office and its portfolio: capitalised words after "of" or "for",
/// joined by "and", "of", "for", "the", "&" or commas.
const OFFICE: &str = r"(?:(?i:deputy|vice|state|junior|assistant|acting|provincial|federal|regional)[\s\-]+){0,2}(?i:minister|secretary\s+of\s+state)\s+(?i:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\-'’]*(?:(?:\s+(?:of|and|for|the|&)\s+|\s+|,\s+)\p{Lu}[\p{L}\-'’]*){0,6}";

/// Right before a name set off by commas.
static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|\b(?:the|The)\s+)(?P<title>{OFFICE})\s*,\s*$"
    ))
});

/// Right after a name, set off by a comma, to the end of the clause.
static AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^,\s+(?:the\s+)?(?P<title>{OFFICE})\s*(?:[,.;]|$)"
    ))
});

/// The office with its portfolio in the words before a name.
pub(super) fn before(text: &str) -> Option<String> {
    BEFORE.captures(text).map(|m| m["title"].trim().to_string())
}

/// The office with its portfolio in the words after a name.
pub(super) fn after(text: &str) -> Option<String> {
    AFTER.captures(text).map(|m| m["title"].trim().to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_ministers_portfolio_is_part_of_the_title() {
        assert_eq!(
            super::before("It was opened by the Minister of Youth and Sports, ").as_deref(),
            Some("Minister of Youth and Sports")
        );
        assert_eq!(
            super::before("The Secretary of State for Sports, ").as_deref(),
            Some("Secretary of State for Sports")
        );
        assert_eq!(
            super::after(", the Minister of Information, Culture and Tourism.").as_deref(),
            Some("Minister of Information, Culture and Tourism")
        );
        // Not another office: a federation's secretary.
        assert_eq!(
            super::before("the Secretary of the Cove Athletics Club, "),
            None
        );
    }
}
