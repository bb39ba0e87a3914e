//! Splitting a body into sentences and list lines, with spans.
//!
//! Every line is its own block (a list item, a table row, a heading or a
//! paragraph); a paragraph is split further into sentences. Spans are byte
//! offsets into the body; [`CharIndex`] turns them into the code-point
//! offsets the evidence nodes carry.

/// A sentence or list line of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the body, trimmed of white space and bullets.
    pub start: usize,
    pub end: usize,
    /// Index of the line (block) it belongs to.
    pub line: usize,
}

use crate::pattern::Pattern;
use std::sync::LazyLock;

const BULLETS: &[char] = &['•', '◦', '▪', '‣', '●', '·', '*', '-', '–', '—', '>'];

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{feff}'
}

/// Splits `body` into sentences and list lines, in order. In a text whose
/// paragraphs are hard-wrapped (most lines of prose stop short, near one
/// width), a line that stops mid-sentence runs on into the next, so a name
/// broken across two lines stays one name.
pub fn sentences(body: &str) -> Vec<Sentence> {
    let mut lines: Vec<(usize, usize, &str)> = Vec::new();
    let mut offset = 0;
    for (line_no, line) in body.split_inclusive('\n').enumerate() {
        lines.push((line_no, offset, line.trim_end_matches(['\n', '\r'])));
        offset += line.len();
    }
    let wrapped = hard_wrapped(&lines);
    // Tables flattened one cell to a line: their headings, and each row,
    // one block.
    let stacked = super::stacked::blocks(&lines);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (line_no, line_start, content) = lines[i];
        // Leading white space and one bullet mark.
        let mut s = content.len() - content.trim_start_matches(is_space).len();
        let rest = &content[s..];
        if let Some(b) = rest.chars().next().filter(|c| BULLETS.contains(c)) {
            let after = &rest[b.len_utf8()..];
            if after.starts_with(is_space) {
                s += b.len_utf8();
                s += after.len() - after.trim_start_matches(is_space).len();
            }
        }
        let block = stacked.get(&i).copied();
        let mut last = block.unwrap_or(i);
        while block.is_none()
            && last + 1 < lines.len()
            && ((wrapped && runs_on(lines[last].2, lines[last + 1].2))
                || rows_run_on(lines[last].2, lines[last + 1].2)
                || cells_run_on(content, lines[last + 1].2))
        {
            last += 1;
        }
        let (_, last_start, last_content) = lines[last];
        i = last + 1;
        let e = last_start - line_start + last_content.trim_end_matches(is_space).len();
        let whole = &body[line_start..line_start + e.max(s)];
        if s >= e {
            continue;
        }
        let text = &whole[s..];
        let spans = if block.is_some() {
            vec![(0, text.len())]
        } else {
            split_line(text)
        };
        for (a, b) in spans.into_iter().flat_map(|(a, b)| cap(text, a, b)) {
            out.push(Sentence {
                start: line_start + s + a,
                end: line_start + s + b,
                line: line_no,
            });
        }
    }
    out
}

/// Most lines of prose stop short, at or under a hundred characters.
fn hard_wrapped(lines: &[(usize, usize, &str)]) -> bool {
    let prose: Vec<usize> = lines
        .iter()
        .map(|l| l.2.trim().chars().count())
        .filter(|n| *n >= 40)
        .collect();
    prose.len() >= 4 && prose.iter().filter(|n| **n <= 100).count() * 5 >= prose.len() * 4
}

/// A line of results written one after another ("1 A KEMBOI KEN 2:13:48
/// 2 B ROTICH KEN") goes on in `next` when that starts with the next rank
/// or the time of the row left open, whether or not the text is wrapped.
fn rows_run_on(line: &str, next: &str) -> bool {
    static RUN_OF_ROWS: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"\d:\d\d\s+\d{1,3}[.)]?\s+\p{Lu}"));
    static NEXT_ROW: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^\s*(?:\d{1,2}:\d\d|\d{1,3}[.)]?\s+\p{Lu})"));
    RUN_OF_ROWS.is_match(line) && NEXT_ROW.is_match(next)
}

/// A table flattened one cell to a line, each closed by a pipe ("1. |",
/// "Jane DOE |", "KEN |", "1:04:31 |"): the row that `first` (its rank
/// cell) opens goes on in `next` until the next rank or a heading ("…
/// women: |").
fn cells_run_on(first: &str, next: &str) -> bool {
    static RANK_CELL: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^\s*(?:\d{1,4}[.)]?|DNF|DNS|DQ|DSQ)\s*\|\s*$"));
    let cell = next.trim_end();
    let Some(inside) = cell.strip_suffix('|') else {
        return false;
    };
    let inside = inside.trim();
    RANK_CELL.is_match(first)
        && !RANK_CELL.is_match(next)
        && !inside.contains('|')
        && !inside.ends_with(':')
        && inside.split_whitespace().count() <= 6
}

/// A wrapped line of prose that stops mid-sentence and goes on in `next`.
fn runs_on(line: &str, next: &str) -> bool {
    let (l, n) = (line.trim(), next.trim());
    let width = l.chars().count();
    let tabular = |t: &str| t.contains("  ") || t.contains('\t') || t.contains('|');
    if !(50..=110).contains(&width) || tabular(l) || tabular(n) || n.is_empty() {
        return false;
    }
    if l.ends_with(['.', '!', '?', ':', ';', '"', '”', ')', ']', '…']) {
        return false;
    }
    let first = n.chars().next().unwrap_or(' ');
    let row = n.split_once(' ').is_some_and(|(w, _)| {
        w.trim_end_matches(['.', ')'])
            .chars()
            .all(|c| c.is_ascii_digit())
    });
    // ("… Start/Finish: Cove Park" over "Course: …": a line that
    // opens on a label of its own starts anew.)
    static LABEL: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}\s*:\s"));
    (first.is_alphanumeric() || matches!(first, '(' | '“' | '"' | '‘'))
        && !BULLETS.contains(&first)
        && !row
        && !LABEL.is_match(n)
}

/// Longest sentence kept whole, in bytes (the longest of the sample
/// articles is under 300). A longer run is cut into pieces of at most this
/// length, at a space where there is one, so the work and the evidence text
/// of a sentence stay bounded whatever the input.
pub const MAX_SENTENCE_BYTES: usize = 1000;

/// The span `a..b` of `text` in pieces of at most [`MAX_SENTENCE_BYTES`],
/// each cut after the last space that fits (or at a character boundary),
/// trimmed of white space.
fn cap(text: &str, mut a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while b - a > MAX_SENTENCE_BYTES {
        let mut end = a + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let piece = &text[a..end];
        let cut = piece
            .rfind(is_space)
            .filter(|&p| p > MAX_SENTENCE_BYTES / 2)
            .map_or(end, |p| a + p);
        let head = text[a..cut].trim_end_matches(is_space);
        if !head.is_empty() {
            out.push((a, a + head.len()));
        }
        let rest = &text[cut..b];
        a = cut + (rest.len() - rest.trim_start_matches(is_space).len());
    }
    if a < b {
        out.push((a, b));
    }
    out
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "mt", "no", "vs", "etc", "jr", "sr", "prof", "gen", "col", "lt",
    "sgt", "capt", "maj", "cpl", "pvt", "pfc", "spc", "brig", "cmdr", "hon", "gov", "sen", "rep",
    "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "approx", "ca", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m", "av", "avda",
    "pza", "pça", "blvd", "ave", "rd", "hwy", "atl", "indiv",
];

/// Sentence spans inside one line (byte offsets into `line`).
fn split_line(line: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take closing quotes and brackets with the stop.
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '"' | '”' | '’' | '\'' | ')' | ']' | '.' | '!' | '?'
                )
            {
                j += 1;
            }
            let next_is_space = j < chars.len() && is_space(chars[j].1);
            let mut k = j;
            while k < chars.len() && is_space(chars[k].1) {
                k += 1;
            }
            let next_starts = k < chars.len()
                && (chars[k].1.is_uppercase()
                    || chars[k].1.is_ascii_digit()
                    || matches!(chars[k].1, '"' | '“' | '‘' | '\'' | '(' | '['));
            // ("Men. 10 kilometres: 1st) …": a sex alone heading the line
            // is a list's label, no sentence of its own.)
            let lone_sex = start == 0
                && ["Men", "Women", "Male", "Female", "Ladies"]
                    .iter()
                    .any(|w| line[..pos].trim().eq_ignore_ascii_case(w));
            if next_is_space && next_starts && !lone_sex && !is_abbreviation(line, pos, c) {
                let end = if j < chars.len() {
                    chars[j].0
                } else {
                    line.len()
                };
                spans.push((start, end));
                start = chars[k].0;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    if start < line.len() {
        spans.push((start, line.len()));
    }
    spans
        .into_iter()
        .filter_map(|(a, b)| {
            let t = &line[a..b];
            let a2 = a + (t.len() - t.trim_start_matches(is_space).len());
            let b2 = a + t.trim_end_matches(is_space).len();
            (a2 < b2).then_some((a2, b2))
        })
        .collect()
}

fn is_abbreviation(line: &str, stop_at: usize, stop: char) -> bool {
    if stop != '.' {
        return false;
    }
    let before = &line[..stop_at];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    // The number of a numbered list item ("1. Jane Doe"), also inside a
    // line of results ("…, 2. Jane Doe (KEN) 2:12:40, 3. …", "Men: 1. …",
    // "… 2:51:05 - 3. …", "… 31:14 | 2. …").
    // Not the seconds of a time at a sentence's end ("won in 2:09:57. In
    // the women's race …"): a rank stands apart from what is before it,
    // as it does right after the time of the row before ("… 01:08:22  2.
    // Jithin …", with points: "… 1.06.48  2. Ale …").
    static AFTER_TIME: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"(?:\d:\d\d(?:[.,]\d{1,3})?|\d[.,]\d\d[.,]\d\d)\)?$")
    });
    let raw = &before[..before.len() - word.len()];
    let lead = raw.trim_end();
    if !word.is_empty()
        && word.len() <= 3
        && word.chars().all(|c| c.is_ascii_digit())
        && (lead.is_empty()
            || (raw.ends_with(is_space)
                && (lead.ends_with([',', ';', ':'])
                    || lead.ends_with(" -")
                    || lead.ends_with(" –")
                    || lead.ends_with(" |")
                    || AFTER_TIME.is_match(lead))))
    {
        return true;
    }
    // A single capital is an initial ("J. Smith"), and so are capitals set
    // apart by points ("Truro, N.S. (2:55:48)", "U.S.").
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || (word.contains('.')
            && word
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase)))
        || ABBREVIATIONS.contains(&lower.as_str())
}

/// Converts byte offsets of a text into code-point offsets.
pub struct CharIndex<'a> {
    text: &'a str,
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn chars_before(&self, byte: usize) -> usize {
        self.text[..byte.min(self.text.len())].chars().count()
    }
}

/// Where `word` stands whole in `t` (not inside a longer word), as the
/// byte offsets it starts at.
pub(crate) fn whole_words<'t>(t: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    t.match_indices(word).filter_map(move |(at, w)| {
        let left = t[..at].chars().next_back();
        let right = t[at + w.len()..].chars().next();
        (!left.is_some_and(char::is_alphanumeric) && !right.is_some_and(char::is_alphanumeric))
            .then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_prose_runs_on_across_lines() {
        let body = "Headline of the day\n\nAda Quill of Kenya won the Lakeside Spring Marathon on Sunday in a time\nof 2:19:40, her first win on the road since the autumn of last year.\nHer compatriot Bea Lark, who was second in the race last year, came in\nsecond in 2:20:11 and said she would be back again in the spring.\n\nResults\n1. Ada Quill 2:19:40\n";
        let t = texts(body);
        assert!(t.contains(&"Ada Quill of Kenya won the Lakeside Spring Marathon on Sunday in a time\nof 2:19:40, her first win on the road since the autumn of last year."));
        assert!(t.contains(&"1. Ada Quill 2:19:40"));
        assert!(t.contains(&"Headline of the day"));
        // A line of a page's head runs not on into a label of its own.
        let head = format!("Saturday, May 9, 2026 — Start/Finish: Cove Harbour Park\nCourse: Cove Harbour Park and back\n\n{body}");
        let t = texts(&head);
        assert!(t.contains(&"Saturday, May 9, 2026 — Start/Finish: Cove Harbour Park"));
        assert!(t.contains(&"Course: Cove Harbour Park and back"));
        // One long line a paragraph: nothing runs on.
        let long = "A paragraph that goes on and on well past any width a wrapped text would use, with no stop at its end\nNext line.\n".repeat(4);
        assert!(texts(&long).iter().all(|s| !s.contains('\n')));
    }

    fn texts(body: &str) -> Vec<&str> {
        sentences(body)
            .into_iter()
            .map(|s| &body[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_table_of_one_cell_a_line_is_read_a_row_at_a_time() {
        let body = "Results men: |\n1. |\nJane DOE |\nKEN |\n1:04:31 |\n2. |\nAna ROE |\n1:05:02 |\nResults women: |\n1. |\nEve LO |\n1:13:58 |\n";
        assert_eq!(
            texts(body),
            vec![
                "Results men: |",
                "1. |\nJane DOE |\nKEN |\n1:04:31 |",
                "2. |\nAna ROE |\n1:05:02 |",
                "Results women: |",
                "1. |\nEve LO |\n1:13:58 |"
            ]
        );
    }

    #[test]
    fn lines_and_sentences() {
        let body = "Results\n\n  • Men’s Marathon: TAM Ho Sen (Laos) –2:12:08\nHe won. Then Dr. Smith ran 2.5 km. J. Doe said “Yes.” She won in 2:09:57. In the half, Men: 1. A Bee 61:02";
        assert_eq!(
            texts(body),
            vec![
                "Results",
                "Men’s Marathon: TAM Ho Sen (Laos) –2:12:08",
                "He won.",
                "Then Dr. Smith ran 2.5 km.",
                "J. Doe said “Yes.”",
                "She won in 2:09:57.",
                "In the half, Men: 1. A Bee 61:02"
            ]
        );
    }

    #[test]
    fn no_break_spaces_and_empty_lines() {
        assert_eq!(texts("\u{a0}A b.\u{a0}C d.\n\n\n"), vec!["A b.", "C d."]);
        assert_eq!(
            texts("1. Jane Doe (KEN) 2:19:04"),
            vec!["1. Jane Doe (KEN) 2:19:04"]
        );
        assert!(sentences("").is_empty());
    }

    #[test]
    fn a_run_on_sentence_is_cut_into_bounded_pieces() {
        let body = format!("Short one. {} end", "Ann Lee Kerr, Ёжик Ли ".repeat(5000));
        let spans = sentences(&body);
        assert!(spans.len() > 100);
        for s in &spans {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES, "{}", s.end - s.start);
            let t = &body[s.start..s.end];
            assert_eq!(t, t.trim(), "pieces are trimmed");
        }
        // Nothing but white space falls between the pieces.
        for w in spans.windows(2) {
            assert!(body[w[0].end..w[1].start].trim().is_empty());
        }
        assert!(body[spans.last().unwrap().end..].trim().is_empty());
        // No space to cut at: cut at a character boundary.
        let word = "é".repeat(3000);
        let spans = sentences(&word);
        assert_eq!(
            spans.iter().map(|s| s.end - s.start).sum::<usize>(),
            word.len()
        );
        assert!(spans.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
    }

    #[test]
    fn whole_words_are_not_inside_longer_ones() {
        let found: Vec<usize> = whole_words("Kip, Kiprop and Kip", "Kip").collect();
        assert_eq!(found, vec![0, 16]);
        assert_eq!(whole_words("Yellowknife's 10K", "Yellowknife").count(), 1);
    }

    #[test]
    fn char_offsets_count_code_points() {
        let body = "Men’s race";
        let idx = CharIndex::new(body);
        let byte = body.find("race").unwrap();
        assert_eq!(idx.chars_before(byte), 6);
    }
}
