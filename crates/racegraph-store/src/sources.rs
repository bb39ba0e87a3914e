//! What the store knows of the files its articles came from: per article,
//! the file's path, size, modification time and content hash. With it an
//! unchanged file is skipped on its size and time alone (not read, not
//! hashed), a renamed file moves its article, and the articles of deleted
//! files can be pruned or removed by path.
//!
//! The records live in the store folder beside RocksDB's files, in
//! [`FILE`]: one JSON object a line, appended as a build goes; the last line
//! about an article wins, and a line with `"gone": true` forgets it. The
//! file is a cache that the store checks: a record is trusted only while
//! its hash is the article's `rg:contentHash` in the store, so a record that
//! a killed build lost or left stale costs one read of the file, never a
//! wrong skip. Lines that do not parse (the end of a line a killed build
//! was writing) are passed over.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The records' file inside the store folder.
pub const FILE: &str = "racegraph-sources.jsonl";

/// Where an article's text came from, as last read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file, absolute, its folder with symbolic links resolved (see
    /// [`file_key`]).
    pub path: PathBuf,
    pub size: u64,
    /// Modification time, in nanoseconds since the Unix epoch.
    pub mtime_ns: u64,
    /// SHA-256 of the file, hex (the article's `rg:contentHash`).
    pub hash: String,
}

/// One line of [`FILE`].
#[derive(Debug, Serialize, Deserialize, Default)]
struct Line {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    size: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mtime_ns: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hash: Option<String>,
    /// The article is no longer in the store.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    gone: bool,
    /// Whether the entities graph was recomputed after the last change of
    /// an article graph (a build killed in between leaves `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    labels_current: Option<bool>,
}

/// The records of a store, in memory, with the lines not yet written.
#[derive(Debug)]
pub struct SourceIndex {
    file: PathBuf,
    by_id: HashMap<String, Source>,
    by_path: HashMap<PathBuf, String>,
    by_hash: HashMap<String, HashSet<String>>,
    labels_current: bool,
    pending: String,
    /// Lines in the file, to know when rewriting it pays.
    lines: usize,
}

impl SourceIndex {
    /// Reads the records of the store at `store_dir` (none if it has none
    /// yet).
    pub fn open(store_dir: &Path) -> Result<Self> {
        let file = store_dir.join(FILE);
        let mut index = Self {
            file,
            by_id: HashMap::new(),
            by_path: HashMap::new(),
            by_hash: HashMap::new(),
            labels_current: false,
            pending: String::new(),
            lines: 0,
        };
        let text = match std::fs::read_to_string(&index.file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(index),
            Err(source) => {
                return Err(Error::Io {
                    path: index.file.clone(),
                    source,
                })
            }
        };
        // A line a killed build left unfinished is ended, so the next one
        // starts on a line of its own.
        if !text.is_empty() && !text.ends_with('\n') {
            index.pending.push('\n');
        }
        for raw in text.lines() {
            index.lines += 1;
            let Ok(line) = serde_json::from_str::<Line>(raw) else {
                continue;
            };
            index.apply(line);
        }
        Ok(index)
    }

    fn apply(&mut self, line: Line) {
        if let Some(current) = line.labels_current {
            self.labels_current = current;
        }
        let Some(id) = line.id else { return };
        self.drop_id(&id);
        if line.gone {
            return;
        }
        let (Some(path), Some(size), Some(mtime_ns), Some(hash)) =
            (line.path, line.size, line.mtime_ns, line.hash)
        else {
            return;
        };
        self.insert(
            id,
            Source {
                path: PathBuf::from(path),
                size,
                mtime_ns,
                hash,
            },
        );
    }

    fn insert(&mut self, id: String, source: Source) {
        // A path belongs to one article: the newest record says which.
        if let Some(old) = self.by_path.get(&source.path).cloned() {
            if old != id {
                self.drop_id(&old);
            }
        }
        self.by_path.insert(source.path.clone(), id.clone());
        self.by_hash
            .entry(source.hash.clone())
            .or_default()
            .insert(id.clone());
        self.by_id.insert(id, source);
    }

    fn drop_id(&mut self, id: &str) {
        if let Some(old) = self.by_id.remove(id) {
            if self.by_path.get(&old.path).map(String::as_str) == Some(id) {
                self.by_path.remove(&old.path);
            }
            if let Some(ids) = self.by_hash.get_mut(&old.hash) {
                ids.remove(id);
                if ids.is_empty() {
                    self.by_hash.remove(&old.hash);
                }
            }
        }
    }

    fn push(&mut self, line: &Line) {
        if let Ok(json) = serde_json::to_string(line) {
            self.pending.push_str(&json);
            self.pending.push('\n');
        }
    }

    /// The record of an article.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.by_id.get(id)
    }

    /// The article whose file is at `path` (a [`file_key`]).
    pub fn id_of_path(&self, path: &Path) -> Option<&str> {
        self.by_path.get(path).map(String::as_str)
    }

    /// The articles whose last read gave `hash`, sorted.
    pub fn ids_with_hash(&self, hash: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .by_hash
            .get(hash)
            .map(|ids| ids.iter().cloned().collect())
            .unwrap_or_default();
        ids.sort();
        ids
    }

    /// The articles whose files are `path` or under it, sorted.
    pub fn ids_under(&self, path: &Path) -> Vec<String> {
        let mut ids: Vec<String> = self
            .by_id
            .iter()
            .filter(|(_, s)| s.path.starts_with(path))
            .map(|(id, _)| id.clone())
            .collect();
        ids.sort();
        ids
    }

    /// Records where an article came from. A path that is not UTF-8 is not
    /// recorded: its article is read and hashed at each build, as before
    /// there were records.
    pub fn set(&mut self, id: &str, source: Source) {
        let Some(path) = source.path.to_str() else {
            self.forget(id);
            return;
        };
        if self.by_id.get(id) == Some(&source) {
            return;
        }
        if let Some(old) = self.by_path.get(&source.path).cloned() {
            if old != id {
                self.forget(&old);
            }
        }
        self.push(&Line {
            id: Some(id.to_string()),
            path: Some(path.to_string()),
            size: Some(source.size),
            mtime_ns: Some(source.mtime_ns),
            hash: Some(source.hash.clone()),
            ..Default::default()
        });
        self.drop_id(id);
        self.insert(id.to_string(), source);
    }

    /// Forgets an article (removed from the store).
    pub fn forget(&mut self, id: &str) {
        if self.by_id.contains_key(id) {
            self.drop_id(id);
            self.push(&Line {
                id: Some(id.to_string()),
                gone: true,
                ..Default::default()
            });
        }
    }

    /// Whether the entities graph was recomputed after the last change.
    pub fn labels_current(&self) -> bool {
        self.labels_current
    }

    /// Says whether the entities graph is up to date, written at once:
    /// a build says `false` before it changes an article graph, `true`
    /// after it recomputed the labels.
    pub fn set_labels_current(&mut self, current: bool) -> Result<()> {
        if self.labels_current != current {
            self.labels_current = current;
            self.push(&Line {
                labels_current: Some(current),
                ..Default::default()
            });
        }
        self.flush()
    }

    /// Appends the lines not yet written to the file.
    pub fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let io = |source| Error::Io {
            path: self.file.clone(),
            source,
        };
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.file)
            .map_err(io)?;
        file.write_all(self.pending.as_bytes()).map_err(io)?;
        self.lines += self.pending.lines().count();
        self.pending.clear();
        Ok(())
    }

    /// Writes the file anew, one line an article, once most of its lines
    /// are old news (through a temporary file renamed over it, so a killed
    /// build leaves the old file or the new one).
    pub fn compact(&mut self) -> Result<()> {
        self.flush()?;
        if self.lines <= 2 * self.by_id.len() + 64 {
            return Ok(());
        }
        let mut ids: Vec<&String> = self.by_id.keys().collect();
        ids.sort();
        let mut text = String::new();
        let mut lines = 0;
        let mut push = |line: &Line| {
            if let Ok(json) = serde_json::to_string(line) {
                text.push_str(&json);
                text.push('\n');
                lines += 1;
            }
        };
        push(&Line {
            labels_current: Some(self.labels_current),
            ..Default::default()
        });
        for id in ids {
            let s = &self.by_id[id];
            push(&Line {
                id: Some(id.clone()),
                path: s.path.to_str().map(str::to_string),
                size: Some(s.size),
                mtime_ns: Some(s.mtime_ns),
                hash: Some(s.hash.clone()),
                ..Default::default()
            });
        }
        let tmp = self.file.with_extension("jsonl.tmp");
        let io = |source| Error::Io {
            path: self.file.clone(),
            source,
        };
        std::fs::write(&tmp, text).map_err(io)?;
        std::fs::rename(&tmp, &self.file).map_err(io)?;
        self.lines = lines;
        Ok(())
    }
}

/// The key a file is recorded under: its path made absolute, with the
/// folder's symbolic links and `..` resolved (the file's own name is kept,
/// so a link named as an article is that article).
pub fn file_key(path: &Path) -> PathBuf {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(parent), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// A file's size and modification time (nanoseconds since the epoch), if
/// it can be looked at.
pub fn file_stat(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((meta.len(), u64::try_from(mtime.as_nanos()).ok()?))
}

/// Whether nothing is at `path` any more (a path that cannot be looked at
/// for another reason, such as permissions, is not gone).
pub fn is_gone(path: &Path) -> bool {
    matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(path: &str, hash: &str) -> Source {
        Source {
            path: PathBuf::from(path),
            size: 10,
            mtime_ns: 20,
            hash: hash.into(),
        }
    }

    #[test]
    fn records_survive_a_reopen_and_the_last_line_wins() {
        let dir = tempfile::tempdir().unwrap();
        let mut index = SourceIndex::open(dir.path()).unwrap();
        index.set("a", source("/c/a.txt", "h1"));
        index.set("b", source("/c/b.txt", "h2"));
        index.set("a", source("/c/moved.txt", "h1"));
        index.forget("b");
        index.set_labels_current(true).unwrap();
        let again = SourceIndex::open(dir.path()).unwrap();
        assert_eq!(again.get("a"), Some(&source("/c/moved.txt", "h1")));
        assert_eq!(again.get("b"), None);
        assert_eq!(again.id_of_path(Path::new("/c/moved.txt")), Some("a"));
        assert_eq!(again.id_of_path(Path::new("/c/a.txt")), None);
        assert_eq!(again.ids_with_hash("h1"), ["a"]);
        assert_eq!(again.ids_under(Path::new("/c")), ["a"]);
        assert!(again.labels_current());
    }

    #[test]
    fn a_torn_last_line_is_passed_over_and_compaction_keeps_the_records() {
        let dir = tempfile::tempdir().unwrap();
        let mut index = SourceIndex::open(dir.path()).unwrap();
        for n in 0..100 {
            index.set("a", source(&format!("/c/{n}.txt"), "h"));
        }
        index.flush().unwrap();
        let file = dir.path().join(FILE);
        let mut text = std::fs::read_to_string(&file).unwrap();
        text.push_str("{\"id\":\"b\",\"pa");
        std::fs::write(&file, text).unwrap();
        let mut index = SourceIndex::open(dir.path()).unwrap();
        assert_eq!(index.get("a"), Some(&source("/c/99.txt", "h")));
        index.set("c", source("/c/c.txt", "h3"));
        index.flush().unwrap();
        let mut index = SourceIndex::open(dir.path()).unwrap();
        assert_eq!(index.get("c"), Some(&source("/c/c.txt", "h3")));
        index.compact().unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap().lines().count(), 3);
        let again = SourceIndex::open(dir.path()).unwrap();
        assert_eq!(again.get("a"), Some(&source("/c/99.txt", "h")));
    }
}
