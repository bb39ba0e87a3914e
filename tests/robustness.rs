//! No input makes extraction panic: every article of the corpora, cut at
//! many places, with its lines shuffled, or mangled, gives facts or none.

use racegraph_extract::dates::Date;
use racegraph_extract::extract::extract_text;
use std::path::PathBuf;

fn bodies() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = racegraph_extract::corpus::read_paths(&[
        root.join("data/articles"),
        root.join("tests/fixtures/dev"),
    ]);
    assert!(corpus.articles.len() >= 30);
    corpus.articles.into_iter().map(|a| a.body).collect()
}

#[test]
fn cut_articles_do_not_panic() {
    let date = Date::checked(2025, 5, 18);
    for body in bodies() {
        let bounds: Vec<usize> = body.char_indices().map(|(i, _)| i).collect();
        for k in 1..8 {
            let cut = bounds[bounds.len() * k / 8];
            extract_text(&body[..cut], date);
            extract_text(&body[cut..], None);
        }
    }
}

#[test]
fn mangled_articles_do_not_panic() {
    for body in bodies().into_iter().take(12) {
        let mut lines: Vec<&str> = body.lines().collect();
        lines.reverse();
        extract_text(&lines.join("\n"), Date::checked(2025, 1, 1));
        extract_text(&body.to_uppercase(), Date::checked(2025, 1, 1));
        extract_text(&body.replace(' ', "\u{a0}"), None);
        extract_text(&body.replace(['.', ','], ""), Date::checked(2025, 1, 1));
        let doubled: String = body.chars().flat_map(|c| [c, c]).collect();
        extract_text(&doubled, None);
    }
}
