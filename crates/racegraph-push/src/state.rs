//! What was last pushed to each URL: per graph, the SHA-256 of the
//! N-Triples sent. Kept beside the store's files, in
//! `racegraph-push.json` inside the store folder (it says where the store
//! was sent, which is no fact of the articles, so it is not in RDF).

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE: &str = "racegraph-push.json";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    version: u32,
    /// URL → graph IRI → SHA-256 (hex) of the N-Triples last put there.
    targets: BTreeMap<String, BTreeMap<String, String>>,
}

/// The push state of one store, for every URL it was pushed to.
pub struct PushState {
    path: PathBuf,
    stored: Stored,
}

impl PushState {
    /// Reads the state in `store_dir` (none yet: empty).
    pub fn open(store_dir: &Path) -> Result<Self> {
        let path = store_dir.join(FILE);
        let stored = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| Error::State {
                path: path.clone(),
                reason: format!("unreadable ({e}); remove it to push everything again"),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Stored {
                version: 1,
                targets: BTreeMap::new(),
            },
            Err(e) => {
                return Err(Error::State {
                    path,
                    reason: e.to_string(),
                })
            }
        };
        Ok(PushState { path, stored })
    }

    /// The graphs last sent to `url`, with their hashes.
    pub fn target(&self, url: &str) -> BTreeMap<String, String> {
        self.stored.targets.get(url).cloned().unwrap_or_default()
    }

    pub fn set_target(&mut self, url: &str, graphs: BTreeMap<String, String>) {
        self.stored.targets.insert(url.to_string(), graphs);
    }

    /// Writes the state: a temporary file renamed over the old one, so a
    /// killed push leaves the previous state or the new one, never half.
    pub fn save(&self) -> Result<()> {
        let fail = |e: &dyn std::fmt::Display| Error::State {
            path: self.path.clone(),
            reason: e.to_string(),
        };
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(&e))?;
        serde_json::to_writer(&mut tmp, &self.stored).map_err(|e| fail(&e))?;
        tmp.persist(&self.path).map_err(|e| fail(&e.error))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_state_reads_back_per_url() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut state = PushState::open(dir.path()).expect("no state yet");
        assert!(state.target("http://a/store").is_empty());
        let graphs: BTreeMap<String, String> = [("urn:g".to_string(), "ab12".to_string())].into();
        state.set_target("http://a/store", graphs.clone());
        state.save().expect("save");
        let again = PushState::open(dir.path()).expect("read");
        assert_eq!(again.target("http://a/store"), graphs);
        assert!(again.target("http://b/store").is_empty());
        // Only the state file is left in the folder (no temporary file).
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from(FILE)]);
    }

    #[test]
    fn an_unreadable_state_is_one_line_that_says_what_to_do() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE), "{not json").expect("write");
        let Err(e) = PushState::open(dir.path()) else {
            panic!("a broken state was read")
        };
        let text = e.to_string();
        assert!(
            text.contains("remove it to push everything again"),
            "{text}"
        );
        assert_eq!(text.lines().count(), 1);
    }
}
