//! Extraction on every core: a batch of articles extracted by a pool of
//! threads (rayon), the results in the batch's order, so what follows
//! (resolution, loading, writing) sees the same sequence whatever the
//! number of threads.

use crate::corpus::Article;
use crate::error::{Error, Result};
use crate::extract::{self, Extraction};
use rayon::prelude::*;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

/// An article and its extraction, or why it has none.
pub type Extracted = (Arc<Article>, std::result::Result<Extraction, String>);

/// The threads that extract: rayon's, which share out a batch, and the
/// workers they hand each article to, so that an article that runs past
/// its budget can be let go without holding up the batch.
///
/// Workers are kept for the next article rather than started per article:
/// the `regex` crate keeps each pattern's search memory in a pool whose
/// slot it picks by the thread's id, so a fresh thread per article would,
/// over a corpus, fill every slot for every pattern (about nine copies of
/// a few hundred patterns' caches, a hundred megabytes and more) where
/// kept workers hold one copy each.
pub struct Pool {
    threads: rayon::ThreadPool,
    idle: Mutex<Vec<Worker>>,
}

/// A pool of `threads` threads for extraction (`None`: one per core).
pub fn pool(threads: Option<usize>) -> Result<Pool> {
    let mut b = rayon::ThreadPoolBuilder::new().thread_name(|i| format!("extract-{i}"));
    if let Some(n) = threads {
        b = b.num_threads(n.max(1));
    }
    let threads = b.build().map_err(|e| Error::Threads(e.to_string()))?;
    Ok(Pool {
        threads,
        idle: Mutex::new(Vec::new()),
    })
}

/// Extracts `articles` on the pool's threads, each within `budget`;
/// returns them in the order given.
pub fn extract_all(pool: &Pool, articles: Vec<Article>, budget: Duration) -> Vec<Extracted> {
    let articles: Vec<Arc<Article>> = articles.into_iter().map(Arc::new).collect();
    pool.threads.install(|| {
        articles
            .into_par_iter()
            .map(|a| {
                let x = pool.extract_within(&a, budget);
                (a, x)
            })
            .collect()
    })
}

/// What a worker is handed: an article and where to send its extraction.
type Job = (Arc<Article>, mpsc::SyncSender<Extraction>);

/// A thread that extracts the articles it is handed, one at a time, and
/// ends once its handle is dropped and its article finished.
struct Worker {
    jobs: mpsc::Sender<Job>,
}

impl Worker {
    fn start() -> std::io::Result<Worker> {
        let (jobs, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("extract".into())
            .stack_size(8 << 20)
            .spawn(move || {
                for (article, reply) in rx {
                    let _ = reply.send(extract::extract(&article));
                }
            })?;
        Ok(Worker { jobs })
    }
}

impl Pool {
    /// Extracts an article on a worker, waiting at most `budget`.
    /// Extraction does not fail; should a rule ever panic, or run past the
    /// budget, the article is rejected with the reason (a worker that
    /// panicked has ended; one past its budget is let go, to end once it
    /// has finished; its result is dropped).
    pub fn extract_within(
        &self,
        a: &Arc<Article>,
        budget: Duration,
    ) -> std::result::Result<Extraction, String> {
        let idle = self.idle.lock().ok().and_then(|mut v| v.pop());
        let worker = match idle {
            Some(w) => w,
            None => Worker::start().map_err(|e| format!("could not start extracting: {e}"))?,
        };
        let (tx, rx) = mpsc::sync_channel(1);
        // An idle worker is waiting for its next article, so it takes it;
        // were it gone, the reply below would say so.
        let _ = worker.jobs.send((Arc::clone(a), tx));
        match rx.recv_timeout(budget) {
            Ok(x) => {
                if let Ok(mut v) = self.idle.lock() {
                    v.push(worker);
                }
                Ok(x)
            }
            Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
                "extraction took longer than the budget of {budget:?} per article (see --article-timeout)"
            )),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err("internal error while extracting (please report it with this file)".into())
            }
        }
    }

    /// How many workers wait for an article.
    #[cfg(test)]
    fn idle_workers(&self) -> usize {
        self.idle.lock().map_or(0, |v| v.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(i: usize, sentences: usize) -> Article {
        let text =
            format!("Jane Doe won the Testville Marathon in 2:30:0{}. ", i % 10).repeat(sentences);
        let id = format!("{i:03}_test");
        crate::corpus::parse_article(text.as_bytes(), id.clone(), id, format!("{i}.txt").into())
            .expect("article")
    }

    #[test]
    fn workers_are_kept_for_the_next_article_and_let_go_past_the_budget() {
        let pool = pool(Some(2)).expect("pool");
        let budget = Duration::from_secs(60);
        for i in 0..5 {
            let a = Arc::new(article(i, 1));
            assert!(pool.extract_within(&a, budget).is_ok());
        }
        // One article at a time: one worker, kept.
        assert_eq!(pool.idle_workers(), 1);
        let out = extract_all(&pool, (0..40).map(|i| article(i, 1)).collect(), budget);
        assert_eq!(out.len(), 40);
        assert!(out.iter().all(|(_, x)| x.is_ok()));
        // Two rayon threads: at most two workers at once, all kept.
        let kept = pool.idle_workers();
        assert!((1..=2).contains(&kept), "{kept} workers kept");
        // A worker past its budget is not kept.
        let a = Arc::new(article(7, 2000));
        let err = pool
            .extract_within(&a, Duration::ZERO)
            .expect_err("no article is extracted in no time");
        assert!(err.contains("budget"), "{err}");
        assert_eq!(pool.idle_workers(), kept - 1);
    }
}
