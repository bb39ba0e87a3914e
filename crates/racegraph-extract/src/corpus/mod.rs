//! Corpus reader: files and folders in, [`Article`]s out.
//!
//! An article is a UTF-8 `.txt` or `.md` file with optional YAML-style front
//! matter. The reader never fails on one bad file: it returns the file as a
//! [`Rejected`] entry with a reason and goes on with the rest.

use crate::dates::{self, Date};
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};

mod walk;
pub use walk::*;

/// Largest article accepted, in bytes. A news article is a few kilobytes;
/// anything this big is not one.
pub const MAX_ARTICLE_BYTES: u64 = 8 * 1024 * 1024;

/// Metadata from front matter or inferred from the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub published: Option<Date>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// One article, ready for extraction.
#[derive(Debug, Clone)]
pub struct Article {
    /// Stable id derived from the file name (see [`article_id`]).
    pub id: String,
    /// Path relative to the folder given, or the file name for a file argument.
    pub source: String,
    /// Where the file was read from.
    pub path: PathBuf,
    /// The text after front matter; evidence offsets point into it.
    pub body: String,
    pub meta: Meta,
    /// SHA-256 of the whole file, hex.
    pub hash: String,
}

/// A file that could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", display_path(&self.path), self.reason)
    }
}

/// A path as messages show it: control characters (new lines, escape
/// codes…) are written escaped, so a file name cannot forge or garble a line.
pub fn display_path(path: &Path) -> String {
    escape_text(&path.to_string_lossy())
}

/// `s` with its control characters escaped (`\n`, `\u{1b}`).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202e}') {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// What reading a set of paths gave.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub rejected: Vec<Rejected>,
}

/// Reads one file as an article. The error is the reason, for the user.
///
/// Only regular files are opened (a FIFO would block, a device never
/// ends), and reading stops after [`MAX_ARTICLE_BYTES`], whatever size the
/// file claims.
pub fn read_article(path: &Path, id: String, source: String) -> Result<Article, String> {
    use std::io::Read;
    let too_large =
        |n: u64| format!("too large for an article ({n} bytes, limit {MAX_ARTICLE_BYTES})");
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if let Some(reason) = not_regular(&meta) {
        return Err(reason);
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    // The file opened may not be the one looked at.
    let opened = file.metadata().map_err(|e| io_reason(&e))?;
    if let Some(reason) = not_regular(&opened) {
        return Err(reason);
    }
    let mut bytes = Vec::with_capacity(opened.len().min(MAX_ARTICLE_BYTES) as usize);
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    parse_article(&bytes, id, source, path.to_path_buf())
}

/// Parses the bytes of an article file.
pub fn parse_article(
    bytes: &[u8],
    id: String,
    source: String,
    path: PathBuf,
) -> Result<Article, String> {
    if let Some(reason) = utf16(bytes) {
        return Err(reason);
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes), not UTF-8 text".into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = xml_safe(text);
    let text = text.as_ref();
    let source = xml_safe(&source).into_owned();
    if text.trim().is_empty() {
        return Err("empty file".into());
    }
    let hash = hex(&Sha256::digest(bytes));
    let (mut meta, body) = split_front_matter(text)?;
    if body.trim().is_empty() {
        return Err("no text after the front matter".into());
    }
    if meta.published.is_none() {
        meta.published = dates::infer_publication_date(body);
    }
    if meta.title.is_none() {
        meta.title = infer_title(body);
    }
    Ok(Article {
        id,
        source,
        path,
        body: body.to_string(),
        meta,
        hash,
    })
}

/// The reason to give for UTF-16 text, which is not read: with a
/// byte-order mark, or without one but with every other byte NUL.
fn utf16(bytes: &[u8]) -> Option<String> {
    let advice = "articles must be UTF-8 (convert it, e.g. `iconv -f UTF-16 -t UTF-8`)";
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Some(format!("UTF-16 text (byte-order mark); {advice}"));
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let nul_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    (half >= 8 && (nul_at(0) * 10 >= half * 9 || nul_at(1) * 10 >= half * 9))
        .then(|| format!("UTF-16 text (no byte-order mark); {advice}"))
}

/// Text XML 1.0 can carry: vertical tab and form feed become a space,
/// other control characters (but tab, line feed and carriage return) and
/// U+FFFE/U+FFFF become U+FFFD. Each replaced character is one character,
/// so offsets in code points do not move; it is done when an article is
/// read, so evidence spans are exact against the body stored.
pub fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if !text.contains(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '\u{0b}' | '\u{0c}' => ' ',
            c if bad(c) => '\u{fffd}',
            c => c,
        })
        .collect::<String>()
        .into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The article id of a file name: its stem, reduced to IRI-safe
/// characters; a stem with letters that have no ASCII form keeps them and
/// gets a hash of the stem (see [`crate::slug::key_slug`]), so `马拉松.txt`
/// and `赛事报道.txt` are two articles. Two files of one listing never share
/// an id: see [`list_paths`].
pub fn article_id(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    crate::slug::key_slug(&stem)
}

/// Splits optional front matter from the body. Front matter must open on the
/// very first line with `---` and close with a later `---` line.
pub fn split_front_matter(text: &str) -> Result<(Meta, &str), String> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Ok((Meta::default(), text));
    }
    let rest = &text[(first_line_end + 1).min(text.len())..];
    if !rest.lines().any(|l| l.trim() == "---") {
        return Err("broken front matter: no closing `---` line".into());
    }
    let mut offset = 0;
    let mut meta = Meta::default();
    for (n, line) in rest.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if trimmed.trim() == "---" {
            let body = &rest[offset + line.len()..];
            return Ok((meta, body));
        }
        offset += line.len();
        if trimmed.trim().is_empty() || trimmed.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            return Err(format!(
                "broken front matter: line {} is not `key: value`",
                n + 2
            ));
        };
        let value = unquote(value.trim());
        let value = (!value.is_empty()).then(|| value.to_string());
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = value,
            "published" | "date" => {
                if let Some(v) = value {
                    meta.published = Some(dates::parse_iso(&v).ok_or_else(|| {
                        format!(
                            "broken front matter: `published: {v}` is not an ISO date (YYYY-MM-DD)"
                        )
                    })?);
                }
            }
            "publisher" => meta.publisher = value,
            "url" => meta.url = value,
            "author" => meta.author = value,
            _ => {}
        }
    }
    Err("broken front matter: no closing `---` line".into())
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// A title for an article without front matter: the first line of a
/// headline's length that is not a date, a credit or a section word.
fn infer_title(body: &str) -> Option<String> {
    body.lines()
        .take(12)
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '|' || c == '#'))
        .find(|l| {
            let words = l.split_whitespace().count();
            (4..=25).contains(&words)
                && !l.starts_with('©')
                && dates::find_dates(l).is_empty()
                && !l.ends_with(['.', ':'])
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Article, String> {
        parse_article(text.as_bytes(), "a".into(), "a.txt".into(), "a.txt".into())
    }

    #[test]
    fn front_matter_is_read_and_removed_from_the_body() {
        let a = parse(
            "---\ntitle: \"Race day\"\npublished: 2025-05-18\nauthor: Ann\n---\nBody text here.\n",
        )
        .unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("Race day"));
        assert_eq!(a.meta.published, Some(Date::new(2025, 5, 18)));
        assert_eq!(a.meta.author.as_deref(), Some("Ann"));
        assert_eq!(a.body, "Body text here.\n");
    }

    #[test]
    fn broken_front_matter_is_rejected_with_a_reason() {
        assert!(parse("---\ntitle: x\nBody")
            .unwrap_err()
            .contains("closing"));
        assert!(parse("---\nnot a pair\n---\nBody")
            .unwrap_err()
            .contains("line 2"));
        assert!(parse("---\npublished: soon\n---\nBody")
            .unwrap_err()
            .contains("ISO date"));
    }

    #[test]
    fn bad_bytes_are_rejected() {
        assert!(
            parse_article(b"\xff\xfe", "a".into(), "a".into(), "a".into())
                .unwrap_err()
                .contains("UTF-8")
        );
        assert!(parse_article(b"ab\0cd", "a".into(), "a".into(), "a".into())
            .unwrap_err()
            .contains("binary"));
        assert!(parse("  \n").unwrap_err().contains("empty"));
    }

    #[test]
    fn article_ids_are_stable_and_iri_safe() {
        assert_eq!(article_id(Path::new("x/000_d4f2.txt")), "000_d4f2");
        assert_eq!(
            article_id(Path::new("My Race Report!.md")),
            "my-race-report"
        );
    }

    /// A folder tree for the walk's tests: `(path, text)` pairs.
    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn sources(listing: &Listing) -> Vec<&str> {
        listing.entries.iter().map(|e| e.source.as_str()).collect()
    }

    #[test]
    fn the_walk_honours_ignore_files_outside_a_git_repository() {
        let dir = tree(&[
            (".gitignore", "drafts/\n*.tmp.md\n"),
            ("a.txt", "A"),
            ("drafts/b.txt", "B"),
            ("c.tmp.md", "C"),
            ("sub/.ignore", "old-*.txt\n"),
            ("sub/old-d.txt", "D"),
            ("sub/e.md", "E"),
            ("f.txt", "F"),
        ]);
        let listing = list_paths(&[dir.path()]);
        assert_eq!(sources(&listing), ["a.txt", "f.txt", "sub/e.md"]);
        assert!(listing.rejected.is_empty(), "{:?}", listing.rejected);
    }

    #[test]
    fn hidden_files_and_folders_are_left_out() {
        let dir = tree(&[(".draft.txt", "A"), (".cache/b.txt", "B"), ("c.txt", "C")]);
        assert_eq!(sources(&list_paths(&[dir.path()])), ["c.txt"]);
    }

    #[test]
    fn excluded_globs_are_left_out_and_a_bad_one_is_an_error() {
        let dir = tree(&[
            ("2024/a.txt", "A"),
            ("2025/b.txt", "B"),
            ("2025/b.notes.md", "N"),
            ("c.txt", "C"),
        ]);
        let options = WalkOptions {
            exclude: vec!["2024/".into(), "*.notes.md".into()],
        };
        let listing = list_paths_with(&[dir.path()], &options).unwrap();
        assert_eq!(sources(&listing), ["2025/b.txt", "c.txt"]);
        let bad = WalkOptions {
            exclude: vec!["a[".into()],
        };
        let err = list_paths_with(&[dir.path()], &bad).unwrap_err();
        assert!(
            err.to_string().starts_with("--exclude a[: not a glob"),
            "{err}"
        );
    }

    #[test]
    fn files_that_are_not_articles_by_name_are_left_out_with_a_note() {
        let dir = tree(&[
            ("README.md", "R"),
            ("LICENSE-MIT.txt", "L"),
            ("sub/CHANGELOG.md", "C"),
            ("contributing.md", "C"),
            ("readmeister-wins.txt", "A"),
            ("history-of-the-race.md", "H"),
        ]);
        let listing = list_paths(&[dir.path()]);
        assert_eq!(
            sources(&listing),
            ["history-of-the-race.md", "readmeister-wins.txt"]
        );
        assert_eq!(listing.notes.len(), 4, "{:?}", listing.notes);
        assert!(listing
            .notes
            .iter()
            .any(|n| n.contains("README.md") && n.contains("not an article by its name")));
        // Named on the command line, such a file is read.
        let given = list_paths(&[dir.path().join("README.md")]);
        assert_eq!(sources(&given), ["README.md"]);
        assert!(given.notes.is_empty());
    }

    #[test]
    fn the_patterns_of_not_articles_are_matched_whole() {
        let not = |n: &str| not_an_article_by_name(Path::new(n));
        assert_eq!(not("README.md"), Some("readme.*"));
        assert_eq!(not("LICENSE-MIT.txt"), Some("license-*.*"));
        assert_eq!(not("readmeister.md"), None);
        assert_eq!(not("race-report.txt"), None);
        let (patterns, set) = not_article_patterns();
        assert!(patterns.len() > 10);
        assert_eq!(set.len(), patterns.len(), "every pattern compiles");
        assert!(patterns
            .iter()
            .all(|p| *p == p.to_lowercase() && !p.contains(char::is_whitespace)));
    }

    #[test]
    fn the_walk_is_sorted_and_folders_named_as_articles_are_rejected() {
        let dir = tree(&[
            ("b/z.txt", "Z"),
            ("b.txt", "B"),
            ("a/y.md", "Y"),
            ("odd.txt/inside.txt", "I"),
        ]);
        let listing = list_paths(&[dir.path()]);
        assert_eq!(sources(&listing), ["a/y.md", "b/z.txt", "b.txt"]);
        assert_eq!(listing.rejected.len(), 1);
        assert!(listing.rejected[0]
            .to_string()
            .contains("odd.txt: is a directory"));
    }

    #[test]
    fn only_txt_and_md_files_are_articles() {
        assert!(is_article_file(Path::new("a/b.TXT")));
        assert!(is_article_file(Path::new("b.md")));
        assert!(!is_article_file(Path::new("b.gold.tsv")));
        assert!(!is_article_file(Path::new(".hidden.txt")));
    }
}
