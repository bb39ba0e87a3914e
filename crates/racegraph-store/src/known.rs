//! The build's view of the store's articles and their files: what a
//! build does with each file it lists (unchanged, moved, new or changed,
//! rejected), and `--prune`.

use crate::corpus::{self, Article, Rejected};
use crate::error::Result;
use crate::rdf;
use crate::sources::{self, Source, SourceIndex};
use crate::store::GraphStore;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What a build does with one file.
pub(crate) enum Step {
    /// Same text as the store has: nothing to do.
    Unchanged,
    /// Same text as an article whose file is gone: recorded at its new path.
    Moved,
    /// New or changed: extract and load (replacing the graph if it existed).
    Load(Article, bool),
    Rejected(Rejected),
}

/// The build's view of the store's articles and their files.
pub(crate) struct Sources<'a> {
    pub(crate) store: &'a GraphStore,
    pub(crate) index: SourceIndex,
    /// Article ids this build has given a file, so no two files share one.
    pub(crate) claimed: HashSet<String>,
    pub(crate) notes: Vec<String>,
}

impl Sources<'_> {
    /// Decides what to do with a listed file. A file at a recorded path
    /// whose size and modification time are those recorded, with the
    /// store's hash the recorded one, is unchanged without being read;
    /// otherwise it is read and hashed. A file at a new path with the text
    /// of an article whose file is gone moves that article.
    pub(crate) fn examine(&mut self, entry: &corpus::Entry) -> Result<Step> {
        let key = sources::file_key(&entry.path);
        let stat = sources::file_stat(&entry.path);
        if let Some(id) = self.index.id_of_path(&key).map(str::to_string) {
            if self.claimed.insert(id.clone()) {
                return self.examine_known(entry, key, stat, id);
            }
        }
        let a = match entry.read() {
            Ok(a) => a,
            Err(r) => return Ok(Step::Rejected(r)),
        };
        if let Some(old) = self.movable(&a.hash)? {
            self.claimed.insert(old.clone());
            self.store
                .set_article_source(&rdf::article_iri(&old), &a.source)?;
            self.record(&old, key, stat, &a.hash);
            return Ok(Step::Moved);
        }
        let id = self.free_id(&a, &key);
        self.claimed.insert(id.clone());
        let a = Article { id, ..a };
        let stored = self.store.stored_hash(&rdf::article_iri(&a.id))?;
        self.record(&a.id, key, stat, &a.hash);
        Ok(if stored.as_deref() == Some(a.hash.as_str()) {
            Step::Unchanged
        } else {
            Step::Load(a, stored.is_some())
        })
    }

    /// A file at the path an article was read from.
    pub(crate) fn examine_known(
        &mut self,
        entry: &corpus::Entry,
        key: PathBuf,
        stat: Option<(u64, u64)>,
        id: String,
    ) -> Result<Step> {
        let stored = self.store.stored_hash(&rdf::article_iri(&id))?;
        if let (Some(record), Some((size, mtime_ns)), Some(stored)) =
            (self.index.get(&id), stat, &stored)
        {
            if record.size == size && record.mtime_ns == mtime_ns && &record.hash == stored {
                return Ok(Step::Unchanged);
            }
        }
        let a = match corpus::read_article(&entry.path, id.clone(), entry.source.clone()) {
            Ok(a) => a,
            Err(reason) => {
                return Ok(Step::Rejected(Rejected {
                    path: entry.path.clone(),
                    reason,
                }))
            }
        };
        self.record(&id, key, stat, &a.hash);
        Ok(if stored.as_deref() == Some(a.hash.as_str()) {
            Step::Unchanged
        } else {
            Step::Load(a, stored.is_some())
        })
    }

    /// An article with this text whose file is gone, and which no file of
    /// this build has taken yet.
    pub(crate) fn movable(&self, hash: &str) -> Result<Option<String>> {
        for id in self.index.ids_with_hash(hash) {
            let Some(record) = self.index.get(&id) else {
                continue;
            };
            if self.claimed.contains(&id) || !sources::is_gone(&record.path) {
                continue;
            }
            let stored = self.store.stored_hash(&rdf::article_iri(&id))?;
            if stored.as_deref() == Some(hash) {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    /// The id for an article at a new path: its listing's, unless a file
    /// of this build has it, or an article of the store whose file is
    /// still there; then a hash of its source is added, and a note says so.
    pub(crate) fn free_id(&mut self, a: &Article, key: &Path) -> String {
        let taken = |s: &Self, id: &str| {
            s.claimed.contains(id)
                || s.index
                    .get(id)
                    .is_some_and(|r| r.path != key && !sources::is_gone(&r.path))
        };
        let mut id = a.id.clone();
        let mut salt = a.source.clone();
        while taken(self, &id) {
            id = format!("{}-{}", a.id, racegraph_extract::slug::short_hash(&salt));
            salt.push('+');
        }
        if id != a.id {
            self.notes.push(format!(
                "{}: article id `{}` is taken by another file of the store; this article is `{id}`",
                corpus::display_path(&a.path),
                a.id
            ));
        }
        id
    }

    pub(crate) fn record(&mut self, id: &str, key: PathBuf, stat: Option<(u64, u64)>, hash: &str) {
        match stat {
            Some((size, mtime_ns)) => self.index.set(
                id,
                Source {
                    path: key,
                    size,
                    mtime_ns,
                    hash: hash.to_string(),
                },
            ),
            None => self.index.forget(id),
        }
    }

    /// Says, once, that article graphs are about to change, so a build
    /// killed before it recomputes the labels leaves that known.
    pub(crate) fn changing(&mut self) -> Result<()> {
        if self.index.labels_current() {
            self.index.set_labels_current(false)?;
        }
        Ok(())
    }

    /// Removes the articles whose recorded files under `dirs` are gone,
    /// unless a file of this build took them; returns how many.
    pub(crate) fn prune(&mut self, dirs: &[PathBuf]) -> Result<usize> {
        let mut removed = 0;
        for dir in dirs {
            for id in self.index.ids_under(dir) {
                let gone = self
                    .index
                    .get(&id)
                    .is_some_and(|r| sources::is_gone(&r.path));
                if gone && !self.claimed.contains(&id) {
                    self.changing()?;
                    self.store.remove_graph(&rdf::article_iri(&id))?;
                    self.index.forget(&id);
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}
