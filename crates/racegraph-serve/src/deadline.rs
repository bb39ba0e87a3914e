//! Query timeouts from one thread: each query registers its cancellation
//! token with a deadline; the thread cancels those whose deadline passed.
//! No task or timer per query, and no thread woken by one. The pending
//! deadlines are split over a few locks, so queries that start and end at
//! once on many connections seldom wait for each other.

use oxigraph::sparql::CancellationToken;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

type Pending = BTreeMap<(Instant, u64), CancellationToken>;

/// How many locks the pending deadlines are split over.
const SHARDS: usize = 16;

type Shards = [Mutex<Pending>; SHARDS];

/// The deadlines of the queries under way.
pub struct Deadlines {
    pending: Arc<Shards>,
    timeout: Duration,
    next: AtomicU64,
}

/// A query's registration, removed when dropped.
pub struct Registered<'a> {
    deadlines: &'a Deadlines,
    key: (Instant, u64),
}

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        lock(self.deadlines.shard(self.key.1)).remove(&self.key);
    }
}

fn lock(m: &Mutex<Pending>) -> std::sync::MutexGuard<'_, Pending> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Deadlines {
    /// Every query gets `timeout`; starts the thread that enforces it.
    pub fn start(timeout: Duration) -> Self {
        let pending: Arc<Shards> = Arc::new(std::array::from_fn(|_| Mutex::default()));
        let watched = Arc::downgrade(&pending);
        // Every deadline is its registration time plus the same timeout, so
        // a new one is never earlier than the thread's next look (at most
        // one timeout away): the thread is never woken early.
        std::thread::Builder::new()
            .name("query-deadlines".into())
            .spawn(move || loop {
                let Some(pending) = watched.upgrade() else {
                    return;
                };
                let now = Instant::now();
                let next = pending
                    .iter()
                    .filter_map(|shard| {
                        let mut p = lock(shard);
                        while let Some(entry) = p.first_entry() {
                            if entry.key().0 > now {
                                break;
                            }
                            entry.remove().cancel();
                        }
                        p.first_key_value().map(|(k, _)| k.0)
                    })
                    .min();
                drop(pending);
                let wake = next.map_or(now + timeout, |d| d.min(now + timeout));
                std::thread::sleep(wake.saturating_duration_since(Instant::now()));
            })
            .expect("start the query deadline thread");
        Self {
            pending,
            timeout,
            next: AtomicU64::new(0),
        }
    }

    fn shard(&self, n: u64) -> &Mutex<Pending> {
        &self.pending[n as usize % SHARDS]
    }

    /// Cancels `token` once the timeout has passed, unless the registration
    /// was dropped before.
    pub fn register(&self, token: CancellationToken) -> Registered<'_> {
        let key = (
            Instant::now() + self.timeout,
            self.next.fetch_add(1, Ordering::Relaxed),
        );
        lock(self.shard(key.1)).insert(key, token);
        Registered {
            deadlines: self,
            key,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_past_its_deadline_is_cancelled_and_a_finished_one_is_not() {
        let deadlines = Deadlines::start(Duration::from_millis(100));
        let finished = CancellationToken::new();
        drop(deadlines.register(finished.clone()));
        let slow = CancellationToken::new();
        let _registered = deadlines.register(slow.clone());
        let start = Instant::now();
        while !slow.is_cancelled() && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(slow.is_cancelled());
        assert!(start.elapsed() >= Duration::from_millis(90));
        assert!(!finished.is_cancelled());
        assert!(deadlines.pending.iter().all(|s| lock(s).is_empty()));
    }
}
