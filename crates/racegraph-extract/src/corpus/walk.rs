//! Walking the folders given: article files by ripgrep's walker (`.gitignore`
//! and `.ignore` files honoured, hidden files and `--exclude` globs left
//! out, files that are not articles by name skipped with a note), article
//! ids unique across the listing, and every entry that cannot be read
//! rejected by name.

use super::*;

/// An article file found under the paths given, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    /// Path relative to the folder given, or the file name.
    pub source: String,
    /// The article id, unique among the entries of one listing.
    pub id: String,
    /// Lines for the user: the id had to differ from the file name's
    /// (another file of the listing has that one), or the same file was
    /// named again (and is read once).
    pub notes: Vec<String>,
}

impl Entry {
    /// Reads the article.
    pub fn read(&self) -> Result<Article, Rejected> {
        read_article(&self.path, self.id.clone(), self.source.clone()).map_err(|reason| Rejected {
            path: self.path.clone(),
            reason,
        })
    }
}

/// How folders are walked.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Files and folders to leave out, each a glob written as a line of a
    /// `.gitignore` file, matched relative to each folder given
    /// (`--exclude`).
    pub exclude: Vec<String>,
}

/// What listing a set of paths gave.
#[derive(Debug, Default)]
pub struct Listing {
    /// The article files, each with its id, in a stable order.
    pub entries: Vec<Entry>,
    /// Paths that cannot be articles, and folders that cannot be read.
    pub rejected: Vec<Rejected>,
    /// Lines for the user: files left out because their names say they
    /// are not articles, ignore files that could not be read in full.
    pub notes: Vec<String>,
}

/// A listing that could not be made at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WalkError {
    #[error("--exclude {glob}: not a glob ({reason})")]
    Exclude { glob: String, reason: String },
}

/// Lists the article files under `paths`, in a stable order, each once,
/// with the default [`WalkOptions`]. See [`list_paths_with`].
pub fn list_paths<P: AsRef<Path>>(paths: &[P]) -> Listing {
    // Without globs to compile, the walk cannot fail.
    list_paths_with(paths, &WalkOptions::default()).unwrap_or_default()
}

/// Lists the article files under `paths`: files, or folders walked
/// recursively for `.txt` and `.md` by ripgrep's walker (the `ignore`
/// crate): `.gitignore` and `.ignore` files are honoured, in a git
/// repository or not; hidden files and folders are left out, and so are
/// the globs of `options.exclude` and files whose names say they are not
/// articles ([`not_an_article_by_name`], with a note). A file named in
/// `paths` is read whatever its name. Paths that cannot be articles, and
/// folders that cannot be read, are returned as rejected by name; the walk
/// goes on past them. The order is sorted, so the same tree always lists
/// the same way.
///
/// Every entry gets an id of its own: the id of its file name (see
/// [`article_id`]) unless an earlier entry of the listing has it, in which
/// case a hash of its source path is added and [`Entry::notes`] says so.
pub fn list_paths_with<P: AsRef<Path>>(
    paths: &[P],
    options: &WalkOptions,
) -> Result<Listing, WalkError> {
    let mut found: Vec<(PathBuf, String)> = Vec::new();
    let mut listing = Listing::default();
    for path in paths {
        let path = path.as_ref();
        match std::fs::metadata(path) {
            Err(e) => listing.rejected.push(Rejected {
                path: path.to_path_buf(),
                reason: io_reason(&e),
            }),
            Ok(m) if m.is_dir() => {
                let mut files = walk(path, options, &mut listing)?;
                files.sort();
                for file in files {
                    let source = file
                        .strip_prefix(path)
                        .unwrap_or(&file)
                        .to_string_lossy()
                        .replace('\\', "/");
                    found.push((file, source));
                }
            }
            Ok(_) if !is_article_file(path) => listing.rejected.push(Rejected {
                path: path.to_path_buf(),
                reason: "not an article (articles are .txt or .md files)".into(),
            }),
            Ok(_) => found.push((path.to_path_buf(), file_name(path))),
        }
    }
    listing.entries = assign_ids(found);
    Ok(listing)
}

/// The names of files that are not articles, one pattern a line
/// (`data/not-articles.txt`, compiled in).
pub(crate) const NOT_ARTICLES: &str = include_str!("../../../../data/not-articles.txt");

/// The pattern of `data/not-articles.txt` that a file name matches, if
/// any: `README.md`, `LICENSE.txt`, `CHANGELOG.md`, `CONTRIBUTING.md` and
/// the like are not articles, and a folder walk leaves them out.
pub fn not_an_article_by_name(path: &Path) -> Option<&'static str> {
    let (patterns, set) = not_article_patterns();
    let name = file_name(path).to_lowercase();
    set.matches(&name).first().map(|&i| patterns[i])
}

/// The patterns of `data/not-articles.txt`, lower-cased, and their glob set.
pub(crate) fn not_article_patterns() -> &'static (Vec<&'static str>, globset::GlobSet) {
    static PATTERNS: std::sync::OnceLock<(Vec<&'static str>, globset::GlobSet)> =
        std::sync::OnceLock::new();
    PATTERNS.get_or_init(|| {
        let patterns: Vec<&'static str> = NOT_ARTICLES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let mut set = globset::GlobSetBuilder::new();
        for p in &patterns {
            // The list is compiled in; its patterns are checked by the tests.
            if let Ok(g) = globset::Glob::new(p) {
                set.add(g);
            }
        }
        let set = set.build().unwrap_or_else(|_| globset::GlobSet::empty());
        (patterns, set)
    })
}

/// Gives each file its id: the same file named twice is listed once; two
/// files whose names give one id are both kept, the later one with a hash
/// of its path added to the id.
pub(crate) fn assign_ids(found: Vec<(PathBuf, String)>) -> Vec<Entry> {
    let mut files: std::collections::HashMap<PathBuf, usize> = std::collections::HashMap::new();
    let mut owner: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut entries: Vec<Entry> = Vec::new();
    for (path, source) in found {
        let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if let Some(&first) = files.get(&real) {
            let first = &mut entries[first];
            if first.path != path {
                first.notes.push(format!(
                    "{}: the same file as {}, read once",
                    display_path(&path),
                    display_path(&first.path)
                ));
            }
            continue;
        }
        files.insert(real, entries.len());
        let base = article_id(&path);
        let mut id = base.clone();
        let mut salt = source.clone();
        while owner.contains_key(&id) {
            id = format!("{base}-{}", crate::slug::short_hash(&salt));
            salt.push('+');
        }
        let mut notes = Vec::new();
        if id != base {
            notes.push(format!(
                "{}: article id `{base}` is taken by {}; this article is `{id}`",
                display_path(&path),
                escape_text(&owner[&base])
            ));
        }
        owner.insert(id.clone(), path.to_string_lossy().into_owned());
        entries.push(Entry {
            path,
            source,
            id,
            notes,
        });
    }
    entries
}

/// Reads every article under `paths` at once (for small corpora and tests;
/// the build streams with [`list_paths`] instead).
pub fn read_paths<P: AsRef<Path>>(paths: &[P]) -> Corpus {
    let listing = list_paths(paths);
    let mut corpus = Corpus {
        articles: Vec::new(),
        rejected: listing.rejected,
    };
    for e in listing.entries {
        match e.read() {
            Err(r) => corpus.rejected.push(r),
            Ok(a) => corpus.articles.push(a),
        }
    }
    corpus
}

/// The article files under `dir`, by ripgrep's walker (see
/// [`list_paths_with`]). A folder or entry that cannot be read is rejected
/// by name and the walk goes on with the rest; symbolic links to folders
/// are not followed.
pub(crate) fn walk(
    dir: &Path,
    options: &WalkOptions,
    listing: &mut Listing,
) -> Result<Vec<PathBuf>, WalkError> {
    let mut excludes = ignore::overrides::OverrideBuilder::new(dir);
    for glob in &options.exclude {
        // An override glob leaves out what it matches when it starts with `!`.
        excludes
            .add(&format!("!{glob}"))
            .map_err(|e| WalkError::Exclude {
                glob: escape_text(glob),
                reason: one_line(&e.to_string()),
            })?;
    }
    let excludes = excludes.build().map_err(|e| WalkError::Exclude {
        glob: escape_text(&options.exclude.join(" ")),
        reason: one_line(&e.to_string()),
    })?;
    // A folder named like an article is rejected, not walked.
    let folders_named_as_files = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = std::sync::Arc::clone(&folders_named_as_files);
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .ignore(true)
        .git_ignore(true)
        .git_exclude(true)
        // What is read depends on the corpus, not on the user's git setup.
        .git_global(false)
        .require_git(false)
        .parents(true)
        .follow_links(false)
        .overrides(excludes)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(move |e| {
            let folder = e.depth() > 0
                && e.file_type().is_some_and(|t| t.is_dir())
                && is_article_file(e.path());
            if folder {
                if let Ok(mut list) = seen.lock() {
                    list.push(e.path().to_path_buf());
                }
            }
            !folder
        })
        .build();
    let mut out = Vec::new();
    for item in walker {
        let entry = match item {
            Ok(entry) => entry,
            Err(e) => {
                walk_errors(&e, None, &mut listing.rejected, &mut listing.notes);
                continue;
            }
        };
        if let Some(e) = entry.error() {
            walk_errors(e, None, &mut listing.rejected, &mut listing.notes);
        }
        let path = entry.path();
        let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
        if entry.depth() == 0 || is_dir || !is_article_file(path) {
            continue;
        }
        if let Some(pattern) = not_an_article_by_name(path) {
            listing.notes.push(format!(
                "{}: not an article by its name (`{pattern}` in data/not-articles.txt), left out",
                display_path(path)
            ));
            continue;
        }
        // Not only regular files: a FIFO or device named `x.txt` is
        // listed, then rejected by name when read.
        out.push(path.to_path_buf());
    }
    if let Ok(mut list) = folders_named_as_files.lock() {
        for path in list.drain(..) {
            listing.rejected.push(Rejected {
                path,
                reason: "is a directory, not an article file".into(),
            });
        }
    }
    Ok(out)
}

/// What the walker could not do, for the user: a folder or entry that
/// could not be read is rejected by name; an ignore file read in part
/// (a line that is not a glob) is a note.
pub(crate) fn walk_errors(
    e: &ignore::Error,
    path: Option<&Path>,
    rejected: &mut Vec<Rejected>,
    notes: &mut Vec<String>,
) {
    use ignore::Error as E;
    match e {
        E::Partial(errors) => {
            for e in errors {
                walk_errors(e, path, rejected, notes);
            }
        }
        E::WithDepth { err, .. } => walk_errors(err, path, rejected, notes),
        E::WithPath { path, err } => walk_errors(err, Some(path), rejected, notes),
        E::WithLineNumber { line, err } => notes.push(format!(
            "{}line {line}: {}, ignored",
            path.map(|p| format!("{}: ", display_path(p)))
                .unwrap_or_default(),
            one_line(&err.to_string())
        )),
        E::Io(io) => match path {
            Some(p) if is_ignore_file(p) => notes.push(format!(
                "{}: not read ({}); its rules do not apply",
                display_path(p),
                io_reason(io)
            )),
            Some(p) => rejected.push(Rejected {
                path: p.to_path_buf(),
                reason: if p.is_file() {
                    io_reason(io)
                } else {
                    format!("folder not read: {}", io_reason(io))
                },
            }),
            None => notes.push(format!("walking the folders: {}", io_reason(io))),
        },
        E::Loop { child, .. } => rejected.push(Rejected {
            path: child.clone(),
            reason: "a symbolic link that loops, not followed".into(),
        }),
        other => notes.push(format!(
            "{}{}",
            path.map(|p| format!("{}: ", display_path(p)))
                .unwrap_or_default(),
            one_line(&other.to_string())
        )),
    }
}

/// Whether a path names one of the ignore files the walk honours.
pub(crate) fn is_ignore_file(path: &Path) -> bool {
    matches!(
        path.file_name().and_then(|n| n.to_str()),
        Some(".gitignore" | ".ignore" | "exclude")
    )
}

/// A message on one line.
pub(crate) fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
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

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Why a file of this type is not read, if it is not a regular file.
pub(crate) fn not_regular(meta: &std::fs::Metadata) -> Option<String> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("is a directory, not an article file".into());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let what = if t.is_fifo() {
            "a FIFO (named pipe)"
        } else if t.is_socket() {
            "a socket"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else {
            "a special file"
        };
        Some(format!(
            "not a regular file ({what}); only regular files are read"
        ))
    }
    #[cfg(not(unix))]
    Some("not a regular file; only regular files are read".into())
}
