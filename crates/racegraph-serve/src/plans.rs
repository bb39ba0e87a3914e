//! Queries kept parsed: a client that asks the same query again (a
//! dashboard's refresh, a notebook's loop, an explorer page) skips the
//! parse, the IRI checks and the default graph's rewrite. What is kept
//! depends only on the query's text and the request's graphs, never on the
//! store's data, so it stays right when a build changes the store; the
//! query is evaluated anew every time.

use racegraph_store::union::{Plan, RequestDataset};
use std::collections::HashMap;
use std::sync::Mutex;

/// How many plans are kept; when full, the cache starts again empty.
pub const CAPACITY: usize = 512;
/// Longer queries are not kept (they are rarely repeated, and would make
/// the cache's memory a client's choice).
pub const MAX_TEXT: usize = 16 * 1024;

/// What a plan is kept under: the query's text and the request's graphs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    pub text: String,
    pub default_graphs: Vec<String>,
    pub named_graphs: Vec<String>,
}

/// A kept plan with the request dataset it was made for.
#[derive(Debug, Clone)]
pub struct Entry {
    pub plan: Plan,
    pub request: RequestDataset,
}

/// The plans of the queries asked lately.
#[derive(Debug, Default)]
pub struct Plans {
    map: Mutex<HashMap<Key, Entry>>,
}

impl Plans {
    /// The plan kept for `key`, cloned (a clone of the query's algebra
    /// costs a small part of a parse).
    pub fn get(&self, key: &Key) -> Option<Entry> {
        self.map.lock().ok()?.get(key).cloned()
    }

    /// Keeps `entry` for `key`, unless the text is over [`MAX_TEXT`].
    pub fn put(&self, key: Key, entry: Entry) {
        if key.text.len() > MAX_TEXT {
            return;
        }
        if let Ok(mut map) = self.map.lock() {
            if map.len() >= CAPACITY {
                map.clear();
            }
            map.insert(key, entry);
        }
    }

    /// How many plans are kept.
    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.len()).unwrap_or(0)
    }

    /// Whether no plan is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Entry {
        let q = racegraph_store::store::parse_query(text).expect("query");
        Entry {
            plan: Plan::new(q, None),
            request: RequestDataset::default(),
        }
    }

    fn key(text: &str) -> Key {
        Key {
            text: text.into(),
            default_graphs: vec![],
            named_graphs: vec![],
        }
    }

    #[test]
    fn keeps_by_text_and_graphs_and_starts_again_when_full() {
        let plans = Plans::default();
        plans.put(key("ASK {}"), entry("ASK {}"));
        assert!(plans.get(&key("ASK {}")).is_some());
        assert!(plans.get(&key("ASK { }")).is_none());
        let mut other = key("ASK {}");
        other.default_graphs.push("http://example.org/g".into());
        assert!(plans.get(&other).is_none(), "graphs are part of the key");
        for i in 0..CAPACITY {
            let t = format!("SELECT ({i} AS ?x) {{}}");
            plans.put(key(&t), entry(&t));
        }
        assert!(plans.len() <= CAPACITY);
        assert!(plans.get(&key("ASK {}")).is_none(), "cleared when full");
    }

    #[test]
    fn long_texts_are_not_kept() {
        let plans = Plans::default();
        let long = format!("ASK {{}} #{}", "x".repeat(MAX_TEXT));
        plans.put(key(&long), entry(&long));
        assert!(plans.is_empty());
    }
}
