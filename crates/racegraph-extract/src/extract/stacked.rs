//! A table flattened one cell to a line, as pages copied from a web table
//! give it: its headings one to a line ("Pos", "Bib", "Name", "Club",
//! "Time"), then each row's cells one to a line, each row opening on its
//! place, number or year ("1", "2204", "Ann Lee", "Cove AC", "00:33:18").
//! Found by shape alone (no word of any language): a run of short lines
//! without figures, then rows of as many lines, each opening on the next
//! place (or a mark of none: "—", "DNF"). A row may be shorter where the
//! line after it opens the next row ("—", "2020", "not held"). Cells may
//! end on a pipe ("Name |").

use std::collections::HashMap;

/// Most headings such a table has, and fewest rows it must show.
const MAX_COLUMNS: usize = 12;
const MIN_ROWS: usize = 2;

/// For each table flattened one cell to a line in `lines` (line number,
/// offset, text), its headings' first line and each row's first line,
/// mapped to the last line of the same block.
pub(super) fn blocks(lines: &[(usize, usize, &str)]) -> HashMap<usize, usize> {
    let cell = |i: usize| lines.get(i).map(|l| bare(l.2));
    let mut out = HashMap::new();
    let mut i = 0;
    while i < lines.len() {
        // A run of headings, then the first row's opening cell.
        let mut run = 0;
        while cell(i + run).is_some_and(heading_like) {
            run += 1;
        }
        let first = i + run;
        let (Some(open), true) = (cell(first).and_then(opening), run >= 3) else {
            i += run.max(1);
            continue;
        };
        // The width: where the second row opens, at most the run's length.
        let Some(k) = (3..=run.min(MAX_COLUMNS)).find(|&k| {
            cell(first + k)
                .and_then(opening)
                .is_some_and(|next| follows(open, next))
        }) else {
            i += run;
            continue;
        };
        let mut rows = Vec::new();
        let (mut at, mut last) = (first, open);
        while let Some(this) = cell(at)
            .and_then(opening)
            .filter(|o| rows.is_empty() || follows(last, *o))
        {
            // (A cell may be empty: a runner of no club.)
            let whole = cell(at + k - 1).is_some();
            // (After a row of no place, the next follows the last place.)
            let base = if this.number.is_some() { this } else { last };
            let next_at = |m: usize| cell(at + m).and_then(opening).filter(|n| follows(base, *n));
            let len = if next_at(k).is_some() || (whole && cell(at + k).is_none_or(str::is_empty)) {
                k
            } else if let Some(m) = (2..k).find(|&m| {
                (at..at + m).all(|l| cell(l).is_some_and(|c| !c.is_empty())) && next_at(m).is_some()
            }) {
                // (A short row, "—", "2020", "not held": no cell empty.)
                m
            } else if whole {
                // The last row, with the text going on after it.
                rows.push((at, at + k - 1));
                break;
            } else {
                break;
            };
            rows.push((at, at + len - 1));
            if this.number.is_some() {
                last = this;
            }
            at += len;
        }
        if rows.len() >= MIN_ROWS {
            out.insert(first - k, first - 1);
            for (a, b) in &rows {
                out.insert(*a, *b);
            }
            i = rows.last().map_or(first, |r| r.1 + 1);
        } else {
            i = first;
        }
    }
    out
}

/// A line's text without white space around it and a closing pipe: a
/// cell of such a table.
pub(super) fn bare(line: &str) -> &str {
    let t = line.trim();
    t.strip_suffix('|').map_or(t, str::trim_end)
}

/// A heading: a few words, no figure, no sentence.
fn heading_like(t: &str) -> bool {
    !t.is_empty()
        && t.chars().count() <= 30
        && t.split_whitespace().count() <= 4
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with([':', '!', '?'])
        && !sentence_end(t)
}

/// A full stop after a word too long to be a heading cut short ("No.",
/// "Nat." are headings).
fn sentence_end(t: &str) -> bool {
    t.ends_with('.')
        && t.split_whitespace()
            .last()
            .is_some_and(|w| w.chars().count() > 5)
}

/// The first cell of a row: a place, a number or a year, or a mark of
/// none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Opening {
    number: Option<u32>,
}

fn opening(t: &str) -> Option<Opening> {
    let t = t.trim_end_matches(['.', ')']);
    if ["—", "–", "-", "DNF", "DNS", "DQ", "DSQ"].contains(&t) {
        return Some(Opening { number: None });
    }
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
        .map(|n| Opening { number: Some(n) })
}

/// Whether a row opening on `next` may follow one opening on `prev`: the
/// next place or year (or a tie's same place), or a mark of none.
fn follows(prev: Opening, next: Opening) -> bool {
    match (prev.number, next.number) {
        (_, None) | (None, _) => true,
        (Some(p), Some(n)) => n == p + 1 || n == p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(body: &str) -> Vec<(usize, usize, &str)> {
        body.lines().enumerate().map(|(i, l)| (i, 0, l)).collect()
    }

    #[test]
    fn a_table_one_cell_a_line_is_found_by_its_shape() {
        let body = "Menu\nResults\n\nCategory: 10K Men\nPos\nBib\nName\nTime\n1\n2204\nAnn Lee\n00:33:18\n2\n2317\nBea Rao\n00:33:41\n\nThanks.\n";
        let b = blocks(&lines(body));
        assert_eq!(b.get(&4), Some(&7), "{b:?}");
        assert_eq!(b.get(&8), Some(&11));
        assert_eq!(b.get(&12), Some(&15));
        assert_eq!(b.len(), 3);
    }

    #[test]
    fn a_short_row_and_pipes() {
        let body = "No. |\nYear |\nWinner |\nTime |\n1 |\n2012 |\nAnn Lee |\n2:21:40 |\n— |\n2020 |\nnot held |\n2 |\n2022 |\nBea Rao |\n2:19:15 |\n";
        let b = blocks(&lines(body));
        assert_eq!(b.get(&8), Some(&10), "{b:?}");
        assert_eq!(b.get(&11), Some(&14));
    }

    #[test]
    fn a_menu_or_a_list_of_words_is_no_table() {
        let body = "Home\nResults\nPhotos\nContact\n\n1\n2\n3\nFour words here.\n";
        assert!(blocks(&lines(body)).is_empty());
        // Places that do not follow one another open no rows.
        let body = "Pos\nName\nTime\n1\nAnn Lee\n31:44\n7\nBea Rao\n31:58\n";
        assert!(blocks(&lines(body)).is_empty());
    }
}
