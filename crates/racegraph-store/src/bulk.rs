//! New graphs on their way into the store through Oxigraph's bulk loader.

use crate::error::Result;
use crate::store::GraphStore;
use oxigraph::model::Quad;

/// How many quads the bulk loader sorts and writes as one set of files
/// (one per index), on one thread beside the build's. Memory follows it:
/// two chunks are in memory at a time (one filling, one being written);
/// twice as many quads a chunk, or a second thread, cost 60-130 MB more
/// while loading 3,000 articles and saved no time on two cores. Half as
/// many (32,000 against 64,000) took a fresh build of 3,000 articles from
/// 316-320 MB to 267-269 MB and from 1.35-1.51 times `oxigraph load`'s
/// time to 1.28-1.44 (three pairs of runs): most of the loader's time is
/// sorting each chunk's keys, a little less per quad in a smaller chunk.
pub const LOAD_CHUNK: usize = 32_000;
const LOAD_THREADS: usize = 1;

/// How many quads a build gives the bulk loader before their files are
/// ingested into the store (and readers see them). Each ingestion puts
/// its files in RocksDB's first level, and compaction then merges them
/// with everything below: ingesting once per batch of articles made a
/// build spend more time compacting than loading. A few ingestions per
/// build keep that to about one pass over the data, while the files
/// waiting for one stay few enough to keep open (about 250 per index,
/// one set of files per [`LOAD_CHUNK`] quads).
pub const COMMIT_QUADS: usize = 8_000_000;

/// Quads of graphs new to the store on their way in through Oxigraph's
/// bulk loader, across as many batches of a build as one likes: they are
/// handed over a chunk at a time (each chunk sorted and written as one
/// file per index, off this thread), and the files are ingested into the
/// store by [`BulkLoad::commit`]; until then readers and the store see
/// none of them. A load dropped before it commits, or one that fails,
/// removes its files.
pub struct BulkLoad<'a> {
    store: &'a GraphStore,
    loader: Option<oxigraph::store::BulkLoader<'a>>,
    chunk: Vec<Quad>,
    /// Quads handed to the loader since the last commit.
    handed: usize,
    chunk_size: usize,
}

impl<'a> BulkLoad<'a> {
    pub fn new(store: &'a GraphStore) -> Self {
        Self {
            store,
            loader: None,
            chunk: Vec::new(),
            handed: 0,
            chunk_size: LOAD_CHUNK,
        }
    }

    /// Adds a quad of a graph that is not in the store.
    pub fn push(&mut self, quad: Quad) -> Result<()> {
        self.chunk.push(quad);
        if self.chunk.len() >= self.chunk_size {
            self.hand_over()?;
        }
        Ok(())
    }

    /// Quads added since the last commit.
    pub fn pending(&self) -> usize {
        self.handed + self.chunk.len()
    }

    fn hand_over(&mut self) -> Result<()> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        let store = &self.store.store;
        let chunk_size = self.chunk_size;
        // The loader cuts what it is given into sets of (memory * 1000 /
        // threads) quads: a chunk is exactly one.
        let loader = self.loader.get_or_insert_with(|| {
            store
                .bulk_loader()
                .with_num_threads(LOAD_THREADS)
                .with_max_memory_size_in_megabytes((chunk_size * LOAD_THREADS).div_ceil(1000))
        });
        self.handed += self.chunk.len();
        // The loader copies the quads into a batch of its own: the chunk's
        // memory is kept for the next one rather than given back and taken
        // again (pages the allocator maps afresh, and zeroes, every chunk).
        if let Err(e) = loader.load_quads(self.chunk.drain(..)) {
            self.abandon();
            return Err(e.into());
        }
        Ok(())
    }

    /// Ingests everything added so far into the store.
    pub fn commit(&mut self) -> Result<()> {
        self.hand_over()?;
        self.handed = 0;
        let Some(loader) = self.loader.take() else {
            return Ok(());
        };
        if let Err(e) = loader.commit() {
            self.abandon();
            return Err(e.into());
        }
        Ok(())
    }

    /// Drops what was not committed, files included.
    fn abandon(&mut self) {
        self.loader = None;
        self.chunk = Vec::new();
        self.handed = 0;
        self.store.remove_bulk_files();
    }
}
