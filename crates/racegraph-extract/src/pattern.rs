//! Every regular expression of the extractor is compiled here, so that all
//! share one bound on the memory their searches keep.
//!
//! The `regex` crate's lazy DFA caches the states it builds, per pattern
//! and per thread, up to a capacity (2 MB by default). The extractor has a
//! few hundred patterns and runs them on every core: with the default, the
//! caches grow with the variety of text read, towards gigabytes over a
//! large corpus. [`CACHE_BYTES`] caps each cache; a full cache is cleared
//! and refilled, so a search costs a little more on varied text and memory
//! stays flat.

use regex::{Regex, RegexBuilder};

/// The capacity of each pattern's lazy-DFA cache, per thread.
pub const CACHE_BYTES: usize = 64 * 1024;

/// `pattern` compiled with the extractor's cache bound; the errors of
/// [`Regex::new`].
pub fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .dfa_size_limit(CACHE_BYTES)
        .build()
}

/// A pattern written in the code, compiled as [`compile`] does; one that
/// does not compile is a bug of the code, caught by its tests.
pub(crate) fn fixed(pattern: &str) -> Regex {
    compile(pattern).expect("static pattern")
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

    #[test]
    fn a_bad_pattern_is_an_error() {
        assert!(super::compile("(unclosed").is_err());
        assert!(super::compile(r"\bfine\b").is_ok_and(|r| r.is_match("a fine day")));
    }
}
