//! Extraction on every core: a batch of articles extracted by a pool of
//! threads (rayon), the results in the batch's order, so what follows
//! (resolution, loading, writing) sees the same sequence whatever the
//! number of threads.

use crate::corpus::Article;
use crate::error::{Error, Result};
use crate::extract::{self, Extraction};
use rayon::prelude::*;
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// A pool of `threads` threads for extraction (`None`: one per core).
pub fn pool(threads: Option<usize>) -> Result<rayon::ThreadPool> {
    let mut b = rayon::ThreadPoolBuilder::new().thread_name(|i| format!("extract-{i}"));
    if let Some(n) = threads {
        b = b.num_threads(n.max(1));
    }
    b.build().map_err(|e| Error::Threads(e.to_string()))
}

/// An article and its extraction, or why it has none.
pub type Extracted = (Arc<Article>, std::result::Result<Extraction, String>);

/// Extracts `articles` on the pool's threads, each within `budget`;
/// returns them in the order given.
pub fn extract_all(
    pool: &rayon::ThreadPool,
    articles: Vec<Article>,
    budget: Duration,
) -> Vec<Extracted> {
    let articles: Vec<Arc<Article>> = articles.into_iter().map(Arc::new).collect();
    pool.install(|| {
        articles
            .into_par_iter()
            .map(|a| {
                let x = extract_within(&a, budget);
                (a, x)
            })
            .collect()
    })
}

/// Extracts an article on a thread of its own, waiting at most `budget`.
/// Extraction does not fail; should a rule ever panic, or run past the
/// budget, the article is rejected with the reason (a thread past its
/// budget is left to end on its own; its result is dropped).
pub fn extract_within(
    a: &Arc<Article>,
    budget: Duration,
) -> std::result::Result<Extraction, String> {
    let (tx, rx) = mpsc::sync_channel(1);
    let article = Arc::clone(a);
    std::thread::Builder::new()
        .name("extract".into())
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(extract::extract(&article));
        })
        .map_err(|e| format!("could not start extracting: {e}"))?;
    rx.recv_timeout(budget).map_err(|e| match e {
        mpsc::RecvTimeoutError::Timeout => format!(
            "extraction took longer than the budget of {budget:?} per article (see --article-timeout)"
        ),
        mpsc::RecvTimeoutError::Disconnected => {
            "internal error while extracting (please report it with this file)".into()
        }
    })
}
