//! Corpus reader: files and folders in, [`Article`]s out.
//!
//! An article is a UTF-8 `.txt` or `.md` file with optional YAML-style front
//! matter. The reader never fails on one bad file: it returns the file as a
//! [`Rejected`] entry with a reason and goes on with the rest.

use crate::dates::{self, Date};
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};

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
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What reading a set of paths gave.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub rejected: Vec<Rejected>,
}

/// An article file found under the paths given, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    /// Path relative to the folder given, or the file name.
    pub source: String,
}

impl Entry {
    /// Reads the article.
    pub fn read(&self) -> Result<Article, Rejected> {
        read_article(&self.path, self.source.clone()).map_err(|reason| Rejected {
            path: self.path.clone(),
            reason,
        })
    }
}

/// Lists the article files under `paths` (files, or folders read
/// recursively for `.txt` and `.md`), in a stable order, each once. Paths
/// that cannot be articles are returned as rejected.
pub fn list_paths<P: AsRef<Path>>(paths: &[P]) -> (Vec<Entry>, Vec<Rejected>) {
    let mut entries = Vec::new();
    let mut rejected = Vec::new();
    for path in paths {
        let path = path.as_ref();
        match std::fs::metadata(path) {
            Err(e) => rejected.push(Rejected {
                path: path.to_path_buf(),
                reason: io_reason(&e),
            }),
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                if let Err(e) = collect(path, &mut files, &mut rejected) {
                    rejected.push(Rejected {
                        path: path.to_path_buf(),
                        reason: io_reason(&e),
                    });
                }
                files.sort();
                for file in files {
                    let source = file
                        .strip_prefix(path)
                        .unwrap_or(&file)
                        .to_string_lossy()
                        .replace('\\', "/");
                    entries.push(Entry { path: file, source });
                }
            }
            Ok(_) if !is_article_file(path) => rejected.push(Rejected {
                path: path.to_path_buf(),
                reason: "not an article (articles are .txt or .md files)".into(),
            }),
            Ok(_) => entries.push(Entry {
                path: path.to_path_buf(),
                source: file_name(path),
            }),
        }
    }
    // The same article named twice is read once.
    let mut seen = std::collections::HashSet::new();
    entries.retain(|e| seen.insert(article_id(&e.path)));
    (entries, rejected)
}

/// Reads every article under `paths` at once (for small corpora and tests;
/// the build streams with [`list_paths`] instead).
pub fn read_paths<P: AsRef<Path>>(paths: &[P]) -> Corpus {
    let (entries, rejected) = list_paths(paths);
    let mut corpus = Corpus {
        articles: Vec::new(),
        rejected,
    };
    for e in entries {
        match e.read() {
            Err(r) => corpus.rejected.push(r),
            Ok(a) => corpus.articles.push(a),
        }
    }
    corpus
}

fn collect(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    rejected: &mut Vec<Rejected>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() && is_article_file(&path) {
            rejected.push(Rejected {
                path,
                reason: "is a directory, not an article file".into(),
            });
        } else if kind.is_dir() {
            collect(&path, out, rejected)?;
        } else if is_article_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Whether a path has one of the article endings.
pub fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md")
    ) && !file_name(path).starts_with('.')
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Reads one file as an article. The error is the reason, for the user.
pub fn read_article(path: &Path, source: String) -> Result<Article, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err("is a directory, not an article file".into());
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "too large for an article ({} bytes, limit {MAX_ARTICLE_BYTES})",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_reason(&e))?;
    let id = article_id(path);
    parse_article(&bytes, id, source, path.to_path_buf())
}

/// Parses the bytes of an article file.
pub fn parse_article(
    bytes: &[u8],
    id: String,
    source: String,
    path: PathBuf,
) -> Result<Article, String> {
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

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The article id: the file stem, reduced to IRI-safe characters.
pub fn article_id(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = crate::slug::slug(&stem);
    if id.is_empty() {
        "article".into()
    } else {
        id
    }
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

    #[test]
    fn only_txt_and_md_files_are_articles() {
        assert!(is_article_file(Path::new("a/b.TXT")));
        assert!(is_article_file(Path::new("b.md")));
        assert!(!is_article_file(Path::new("b.gold.tsv")));
        assert!(!is_article_file(Path::new(".hidden.txt")));
    }
}
