//! Words that count only near the start of a clause, found without a
//! bounded repetition in the pattern.
//!
//! A pattern such as `^(?:[^.;]|\d\.\d|\b\p{Lu}\.){0,120}?\bwon\b` (a word
//! of a result within the first 120 characters, not past a sentence's end)
//! makes the regex engine's lazy DFA build a copy of its states for every
//! count up to 120: its cache fills and is cleared over and over, and the
//! search falls back to the slower NFA engines. [`within`] finds the same
//! matches in two steps: the words alone, searched as an unanchored
//! pattern (which the DFA runs well), and the positions the walk over the
//! clause reaches, counted here.

use crate::pattern::Pattern;

/// Whether `words` matches `text` at a position the walk from the start
/// reaches in at most `limit` steps, a step being one character that is
/// not a full stop or a semicolon, a decimal number's point with its
/// digits ("2.5"), or a capital's point ("J."): as the pattern
/// `^(?:[^.;]|\d\.\d|\b\p{Lu}\.){0,limit}?` followed by `words`.
pub(super) fn within(words: &Pattern, text: &str, limit: usize) -> bool {
    let steps = walk(text, limit);
    let last = steps.iter().rposition(Option::is_some).unwrap_or(0);
    let mut from = 0;
    while let Some(m) = words.find_at(text, from) {
        if m.start() > last {
            return false;
        }
        if steps[m.start()].is_some() {
            return true;
        }
        // The leftmost match starts at a position the walk does not
        // reach: look for one that starts after it.
        from = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// For each byte offset of `text` (and its end), the fewest steps of the
/// walk that reach it, if at most `limit` do.
fn walk(text: &str, limit: usize) -> Vec<Option<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut steps: Vec<Option<usize>> = vec![None; text.len() + 1];
    steps[0] = Some(0);
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    for i in 0..chars.len() {
        let Some(n) = steps[offset(i)] else {
            continue;
        };
        if n >= limit {
            continue;
        }
        let mut reach = |j: usize| {
            let o = offset(j);
            if steps[o].is_none_or(|m| m > n + 1) {
                steps[o] = Some(n + 1);
            }
        };
        let c = chars[i].1;
        if c != '.' && c != ';' {
            reach(i + 1);
        }
        let point = at(i + 1) == Some('.');
        if point && c.is_numeric() && at(i + 2).is_some_and(char::is_numeric) {
            reach(i + 3);
        }
        let boundary = i == 0 || !at(i - 1).is_some_and(is_word);
        if point && c.is_uppercase() && boundary {
            reach(i + 2);
        }
    }
    steps
}

/// A character of a word, as the regex engine's `\b` counts them.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two steps find what the bounded pattern finds.
    #[test]
    fn as_the_bounded_pattern() {
        let words = crate::pattern::fixed(r"(?i)\b(?:won|second)\b");
        let bounded = |n: usize| {
            crate::pattern::fixed(&format!(
                r"(?i)^(?:[^.;]|\d\.\d|(?-i:\b\p{{Lu}})\.){{0,{n}}}?\b(?:won|second)\b"
            ))
        };
        for (text, n) in [
            (" of Kenya won in 2:10", 120),
            (" of Kenya. She won in 2:10", 120),
            (" of Kenya; she won", 120),
            (" (J. Smith coached) won", 120),
            (" ran 2.5 km alone and won", 120),
            (" ran 2. 5 km and won", 120),
            (" and then some more words won", 10),
            (" won", 0),
            ("won", 0),
            (" of Kenya, who had won before.", 12),
            (" of Kenya, who had won before.", 20),
            ("", 5),
            (" Ms. Okafor was second", 120),
            (" É. Dupont was second", 120),
            (" ran 2.5.3 then won", 120),
        ] {
            assert_eq!(
                within(&words, text, n),
                bounded(n).is_match(text),
                "{text:?} within {n}"
            );
        }
    }
}
