//! Every regular expression of the extractor is compiled here, so that all
//! share one bound on the memory their searches keep, and all search with
//! the fast engines wherever the text lets them.
//!
//! The `regex` crate's lazy DFA caches the states it builds, per pattern
//! and per thread, up to a capacity (2 MB by default). The extractor has a
//! few hundred patterns and runs them on every core: with the default, the
//! caches grow with the variety of text read, towards gigabytes over a
//! large corpus. [`CACHE_BYTES`] caps each cache's growth; a full cache is
//! cleared and refilled, so a search costs a little more on varied text
//! and memory stays flat. A cache needs a least capacity too, about
//! [`BYTES_PER_NFA_STATE`] for each state of the pattern's automaton
//! (thousands for a long alternation of words under `(?i)`): below it the
//! lazy DFA is not used at all and every search runs on the slower
//! engines. So each pattern's capacity is its least one and
//! [`CACHE_BYTES`] over it.
//!
//! The lazy DFA cannot run a Unicode word boundary (`\b`, `\B`) over text
//! that is not all ASCII (a curly apostrophe, a dash is enough): such a
//! search falls back to the backtracker or the PikeVM, many times slower.
//! An ASCII word boundary (`(?-u:\b)`) it runs on any text, and the two
//! agree wherever every character that is not ASCII is not a word
//! character either (`’`, `–`, `é` is one). A [`Pattern`] with a word
//! boundary keeps a twin with ASCII boundaries and searches with it such
//! text; otherwise with the pattern as written.

use regex::{CaptureMatches, Captures, Match, Matches, Regex, RegexBuilder, Replacer, Split};
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

/// The capacity of each pattern's lazy-DFA cache, per thread, over the
/// least one it needs.
pub const CACHE_BYTES: usize = 64 * 1024;

/// The least capacity of a lazy-DFA cache, per state of the automaton it
/// runs (its sparse sets, stack and the few DFA states it must hold take
/// about 27 bytes each), rounded up.
pub const BYTES_PER_NFA_STATE: usize = 32;

/// A compiled pattern: the `regex` crate's [`Regex`], with, when it has a
/// word boundary, a twin whose boundaries are ASCII's, for text where both
/// find the same. Its methods are those of [`Regex`] and find exactly
/// what the pattern as written finds.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The pattern with every `\b` and `\B` ASCII's (as written, if it
    /// has none).
    ascii: Regex,
    /// The pattern as written, if it has a word boundary: compiled when a
    /// text first needs it. (It compiles if its twin does: the two differ
    /// only in their look-arounds.)
    unicode: Option<(String, OnceLock<Regex>)>,
}

/// `pattern` compiled with the extractor's cache bound; the errors of
/// [`Regex::new`].
pub fn compile(pattern: &str) -> Result<Pattern, regex::Error> {
    Ok(match ascii_boundaries(pattern) {
        Some(ascii) => Pattern {
            ascii: build(&ascii)?,
            unicode: Some((pattern.to_owned(), OnceLock::new())),
        },
        None => Pattern {
            ascii: build(pattern)?,
            unicode: None,
        },
    })
}

/// A pattern written in the code, compiled as [`compile`] does; one that
/// does not compile is a bug of the code, caught by its tests.
pub(crate) fn fixed(pattern: &str) -> Pattern {
    compile(pattern).expect("static pattern")
}

fn build(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .dfa_size_limit(cache_capacity(pattern))
        .build()
}

/// The capacity of `pattern`'s lazy-DFA cache: [`CACHE_BYTES`] over the
/// least one, which its reverse automaton sets (the larger one where the
/// pattern has Unicode classes, as the regex crate builds it). A pattern
/// that does not compile gets [`CACHE_BYTES`], and the error from the
/// regex crate.
fn cache_capacity(pattern: &str) -> usize {
    let states = reverse_nfa(pattern).map_or(0, |nfa| nfa.states().len());
    CACHE_BYTES + states * BYTES_PER_NFA_STATE
}

/// `pattern`'s reverse automaton, without captures, as the `regex` crate's
/// lazy DFA runs it; `None` for a pattern that does not compile.
fn reverse_nfa(pattern: &str) -> Option<regex_automata::nfa::thompson::NFA> {
    use regex_automata::nfa::thompson::{Compiler, Config, WhichCaptures};
    Compiler::new()
        .configure(
            Config::new()
                .reverse(true)
                .which_captures(WhichCaptures::None),
        )
        .build(pattern)
        .ok()
}

/// `pattern` with each word boundary (`\b`, `\B`) made ASCII's, if it has
/// one. (An escaped backslash before a `b` is no boundary.)
fn ascii_boundaries(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut found = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(b @ ('b' | 'B')) => {
                found = true;
                out.push_str("(?-u:\\");
                out.push(b);
                out.push(')');
            }
            Some(e) => {
                out.push(c);
                out.push(e);
            }
            None => out.push(c),
        }
    }
    found.then_some(out)
}

/// Whether `text` holds a character that is not ASCII and that a Unicode
/// `\w` matches: where an ASCII word boundary may differ from Unicode's.
fn has_wide_word_character(text: &str) -> bool {
    static WIDE_WORD: LazyLock<Regex> =
        LazyLock::new(|| build(r"[\w&&[^\x00-\x7F]]").expect("static pattern"));
    !text.is_ascii() && WIDE_WORD.is_match(text)
}

impl Pattern {
    /// The compiled pattern that finds in `haystack` what the pattern as
    /// written finds, the faster where it can.
    fn for_text(&self, haystack: &str) -> &Regex {
        match &self.unicode {
            Some((pattern, unicode)) if has_wide_word_character(haystack) => {
                unicode.get_or_init(|| build(pattern).expect("compiles as its twin does"))
            }
            _ => &self.ascii,
        }
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        match &self.unicode {
            Some((pattern, _)) => pattern,
            None => self.ascii.as_str(),
        }
    }

    /// As [`Regex::is_match`].
    pub fn is_match(&self, haystack: &str) -> bool {
        self.for_text(haystack).is_match(haystack)
    }

    /// As [`Regex::find`].
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.for_text(haystack).find(haystack)
    }

    /// As [`Regex::find_at`].
    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        self.for_text(haystack).find_at(haystack, start)
    }

    /// As [`Regex::find_iter`].
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        self.for_text(haystack).find_iter(haystack)
    }

    /// As [`Regex::captures`].
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.for_text(haystack).captures(haystack)
    }

    /// As [`Regex::captures_iter`].
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        self.for_text(haystack).captures_iter(haystack)
    }

    /// As [`Regex::split`].
    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        self.for_text(haystack).split(haystack)
    }

    /// As [`Regex::replace`].
    pub fn replace<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.for_text(haystack).replace(haystack, rep)
    }

    /// As [`Regex::replace_all`].
    pub fn replace_all<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.for_text(haystack).replace_all(haystack, rep)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every source file of the crate but this one, read.
    fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("source entry").path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("pattern.rs") {
                let text = std::fs::read_to_string(&path).expect("source file");
                out.push((path.display().to_string(), text));
            }
        }
    }

    /// The crate's source files but this one, with their text.
    fn crate_sources() -> Vec<(String, String)> {
        let mut files = Vec::new();
        sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        files
    }

    #[test]
    fn every_pattern_is_compiled_with_the_cache_bound() {
        let files = crate_sources();
        assert!(files.len() > 20, "{} files", files.len());
        let unbound: Vec<&str> = files
            .iter()
            .filter(|(_, text)| text.contains(concat!("Regex", "::new(")))
            .map(|(path, _)| path.as_str())
            .collect();
        assert!(
            unbound.is_empty(),
            "compile these with pattern::compile: {unbound:?}"
        );
    }

    /// A control character in a source file is a slip (a backspace where
    /// a pattern meant `\b` makes it match nothing): none but newlines and
    /// tabs.
    #[test]
    fn no_source_holds_a_control_character() {
        let files = crate_sources();
        let slips: Vec<(&str, usize)> = files
            .iter()
            .flat_map(|(path, text)| {
                text.lines()
                    .enumerate()
                    .filter(|(_, l)| l.chars().any(|c| c.is_control() && c != '\t' && c != '\r'))
                    .map(move |(n, _)| (path.as_str(), n + 1))
            })
            .collect();
        assert!(slips.is_empty(), "control characters at {slips:?}");
    }

    /// A pattern with word boundaries finds what the `regex` crate finds
    /// with it, on text with and without word characters beyond ASCII.
    #[test]
    fn word_boundaries_as_written() {
        let pattern = r"\bwon\b|\Bé\b|\\b";
        assert_eq!(
            super::ascii_boundaries(pattern).as_deref(),
            Some(r"(?-u:\b)won(?-u:\b)|(?-u:\B)é(?-u:\b)|\\b")
        );
        let ours = super::fixed(pattern);
        let theirs = regex::Regex::new(pattern).expect("pattern");
        for text in [
            "she won",
            "she swon, won",
            "Éwon wonÉ won–",
            "café won’t, \\b",
            "",
        ] {
            let found: Vec<_> = ours.find_iter(text).map(|m| m.range()).collect();
            let expected: Vec<_> = theirs.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(found, expected, "{text:?}");
        }
        assert!(super::ascii_boundaries(r"^\d+$").is_none());
    }

    /// Each pattern's capacity is enough for its lazy DFA, forward and
    /// reverse, with room to grow: a short pattern, a long alternation
    /// under `(?i)` with Unicode classes, one with many groups.
    #[test]
    fn the_lazy_dfa_fits_in_its_cache() {
        use regex_automata::hybrid::dfa::{Config as DfaConfig, DFA};
        use regex_automata::nfa::thompson::Compiler;
        let words = crate::lexicon::get().alternation(crate::lexicon::Section::Subgroup);
        let patterns = [
            r"\bwon\b".to_owned(),
            format!(r"(?i)\b(\p{{Lu}}\w+)\s+(?:{words})\s+(?:race|title)\b"),
            r"^(?P<a>\w+)(?P<b>\s+\w+)?(?P<c>\s+\w+)?(?P<d>\s+\w+)?(?P<e>\s+\w+)?$".to_owned(),
        ];
        for pattern in &patterns {
            let capacity = super::cache_capacity(pattern) - super::CACHE_BYTES / 2;
            let forward = Compiler::new().build(pattern).expect("pattern");
            let reverse = super::reverse_nfa(pattern).expect("pattern");
            for nfa in [forward, reverse] {
                let built = DFA::builder()
                    .configure(
                        DfaConfig::new()
                            .cache_capacity(capacity)
                            .unicode_word_boundary(true),
                    )
                    .build_from_nfa(nfa);
                assert!(built.is_ok(), "{pattern}: {built:?}");
            }
        }
    }

    #[test]
    fn a_bad_pattern_is_an_error() {
        assert!(super::compile("(unclosed").is_err());
        assert!(super::compile(r"\bfine\b").is_ok_and(|r| r.is_match("a fine day")));
    }
}
