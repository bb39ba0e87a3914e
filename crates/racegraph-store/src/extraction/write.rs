//! Where an extraction goes, article by article: an RDF syntax or the JSON
//! of facts on a writer, or a shard's gzip-compressed N-Quads file.

use crate::error::{Error, Result};
use crate::output::{self, GraphFormat};
use flate2::write::GzEncoder;
use oxigraph::io::{RdfFormat, RdfSerializer, WriterQuadSerializer};
use oxigraph::model::Quad;
use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Takes an extraction's quads as they come.
pub trait QuadSink {
    /// The quads of one article's graph.
    fn article(&mut self, quads: &[Quad]) -> Result<()>;
    /// One quad of the entities graph.
    fn entity(&mut self, quad: Quad) -> Result<()>;
}

/// An extraction written to `out`: in an RDF syntax (a triple syntax gets
/// each triple of an article once; a triple several articles state is
/// written once for each, which is the same graph), or, without a syntax,
/// as the JSON of facts (`{"articles": [...]}`, one object per article).
pub struct ExtractionWriter<'a> {
    kind: Kind<'a>,
}

enum Kind<'a> {
    Rdf {
        w: Box<WriterQuadSerializer<&'a mut dyn Write>>,
        dataset: bool,
    },
    Json {
        out: &'a mut dyn Write,
        first: bool,
    },
}

impl<'a> ExtractionWriter<'a> {
    /// `None` is the JSON of facts.
    pub fn new(format: Option<GraphFormat>, out: &'a mut dyn Write) -> Result<Self> {
        let kind = match format {
            Some(f) => Kind::Rdf {
                w: Box::new(
                    output::prefixed(RdfSerializer::from_format(f.rdf_format())).for_writer(out),
                ),
                dataset: f.is_dataset(),
            },
            None => {
                out.write_all(b"{\n\"articles\": [")?;
                Kind::Json { out, first: true }
            }
        };
        Ok(Self { kind })
    }

    /// Ends the document.
    pub fn finish(self) -> Result<()> {
        match self.kind {
            Kind::Rdf { w, .. } => {
                w.finish()?;
            }
            Kind::Json { out, .. } => out.write_all(b"\n]\n}\n")?,
        }
        Ok(())
    }
}

impl QuadSink for ExtractionWriter<'_> {
    fn article(&mut self, quads: &[Quad]) -> Result<()> {
        match &mut self.kind {
            Kind::Rdf { w, dataset: true } => {
                for q in quads {
                    w.serialize_quad(q)?;
                }
            }
            Kind::Rdf { w, dataset: false } => {
                let mut seen = HashSet::new();
                for q in quads {
                    if seen.insert((&q.subject, &q.predicate, &q.object)) {
                        w.serialize_triple(q.as_ref())?;
                    }
                }
            }
            Kind::Json { out, first } => {
                for article in output::extraction_json(quads) {
                    out.write_all(if *first { b"\n" } else { b",\n" })?;
                    *first = false;
                    serde_json::to_writer_pretty(&mut **out, &article).map_err(json_error)?;
                }
            }
        }
        Ok(())
    }

    fn entity(&mut self, q: Quad) -> Result<()> {
        match &mut self.kind {
            Kind::Rdf { w, dataset: true } => w.serialize_quad(&q)?,
            Kind::Rdf { w, dataset: false } => w.serialize_triple(q.as_ref())?,
            // The JSON of facts has no labels.
            Kind::Json { .. } => {}
        }
        Ok(())
    }
}

fn json_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => std::io::Error::from(kind).into(),
        None => std::io::Error::other(e).into(),
    }
}

type GzFile = GzEncoder<BufWriter<std::fs::File>>;

/// A shard's N-Quads, gzip-compressed, in `DIR/racegraph-K-of-N.nq.gz`:
/// written to a temporary name beside it and renamed when complete, so a
/// bulk loader never reads half a shard.
pub struct ShardWriter {
    w: WriterQuadSerializer<GzFile>,
    partial: PathBuf,
    path: PathBuf,
}

impl ShardWriter {
    pub fn create(dir: &Path, file_name: &str) -> Result<Self> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let path = dir.join(file_name);
        let partial = dir.join(format!(".{file_name}.partial"));
        let file = std::fs::File::create(&partial).map_err(io(&partial))?;
        let gz = GzEncoder::new(BufWriter::new(file), flate2::Compression::fast());
        Ok(Self {
            w: RdfSerializer::from_format(RdfFormat::NQuads).for_writer(gz),
            partial,
            path,
        })
    }

    /// Completes the file and gives it its name; returns the path.
    pub fn finish(self) -> Result<PathBuf> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        let gz = self.w.finish().map_err(io(&self.partial))?;
        let mut file = gz.finish().map_err(io(&self.partial))?;
        file.flush().map_err(io(&self.partial))?;
        std::fs::rename(&self.partial, &self.path).map_err(io(&self.path))?;
        Ok(self.path)
    }
}

impl QuadSink for ShardWriter {
    fn article(&mut self, quads: &[Quad]) -> Result<()> {
        for q in quads {
            self.w.serialize_quad(q).map_err(|source| Error::Io {
                path: self.partial.clone(),
                source,
            })?;
        }
        Ok(())
    }

    fn entity(&mut self, q: Quad) -> Result<()> {
        self.article(std::slice::from_ref(&q))
    }
}
