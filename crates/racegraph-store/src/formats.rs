//! One table of output formats for every command: each format by name,
//! short name, file extension and MIME type, and how a command picks its
//! format from `--format` and the extension of `--output`.
//!
//! A word may name several formats (`json` is SPARQL JSON results for a
//! SELECT, JSON-LD for a graph, plain JSON for `viz` and `stats`); a command
//! lists the formats it writes and the first one the word names wins.

use std::fmt;
use std::path::Path;

/// Every format a command of racegraph writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// An aligned text table, for people.
    Table,
    /// SPARQL results as CSV.
    Csv,
    /// SPARQL results as TSV.
    Tsv,
    /// SPARQL results as JSON.
    SparqlJson,
    /// SPARQL results as XML.
    SparqlXml,
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
    /// Plain JSON (extraction, drawings, statistics).
    Json,
    /// Graphviz DOT.
    Dot,
    GraphMl,
    /// One self-contained HTML page.
    Html,
}

struct Entry {
    format: Format,
    /// The canonical name first.
    names: &'static [&'static str],
    extensions: &'static [&'static str],
    media_types: &'static [&'static str],
}

/// The table, in order of preference when a word names several formats.
const TABLE: &[Entry] = &[
    Entry {
        format: Format::Table,
        names: &["table", "text"],
        extensions: &["txt"],
        media_types: &["text/plain"],
    },
    Entry {
        format: Format::Json,
        names: &["json"],
        extensions: &["json"],
        media_types: &["application/json"],
    },
    Entry {
        format: Format::SparqlJson,
        names: &["json", "srj", "sparql-json"],
        extensions: &["srj", "json"],
        media_types: &["application/sparql-results+json", "application/json"],
    },
    Entry {
        format: Format::SparqlXml,
        names: &["xml", "srx", "sparql-xml"],
        extensions: &["srx", "xml"],
        media_types: &["application/sparql-results+xml", "application/xml"],
    },
    Entry {
        format: Format::Csv,
        names: &["csv"],
        extensions: &["csv"],
        media_types: &["text/csv"],
    },
    Entry {
        format: Format::Tsv,
        names: &["tsv"],
        extensions: &["tsv"],
        media_types: &["text/tab-separated-values"],
    },
    Entry {
        format: Format::Turtle,
        names: &["turtle", "ttl"],
        extensions: &["ttl"],
        media_types: &["text/turtle", "application/x-turtle"],
    },
    Entry {
        format: Format::NTriples,
        names: &["ntriples", "n-triples", "nt"],
        extensions: &["nt"],
        media_types: &["application/n-triples"],
    },
    Entry {
        format: Format::NQuads,
        names: &["nquads", "n-quads", "nq"],
        extensions: &["nq"],
        media_types: &["application/n-quads"],
    },
    Entry {
        format: Format::TriG,
        names: &["trig"],
        extensions: &["trig"],
        media_types: &["application/trig"],
    },
    Entry {
        format: Format::RdfXml,
        names: &["rdfxml", "rdf/xml", "rdf", "xml", "owl"],
        extensions: &["rdf", "owl", "xml"],
        media_types: &["application/rdf+xml", "application/xml"],
    },
    Entry {
        format: Format::JsonLd,
        names: &["jsonld", "json-ld", "json"],
        extensions: &["jsonld", "json"],
        media_types: &["application/ld+json", "application/json"],
    },
    Entry {
        format: Format::Dot,
        names: &["dot", "graphviz", "gv"],
        extensions: &["dot", "gv"],
        media_types: &["text/vnd.graphviz"],
    },
    Entry {
        format: Format::GraphMl,
        names: &["graphml"],
        extensions: &["graphml"],
        media_types: &["application/graphml+xml"],
    },
    Entry {
        format: Format::Html,
        names: &["html", "htm"],
        extensions: &["html", "htm"],
        media_types: &["text/html"],
    },
];

impl Format {
    fn entry(self) -> &'static Entry {
        TABLE.iter().find(|e| e.format == self).unwrap_or(&TABLE[0])
    }

    /// The canonical name (what `--format` documents).
    pub fn name(self) -> &'static str {
        self.entry().names[0]
    }

    /// The formats a word names (a name, short name, extension or MIME
    /// type, any case), in the table's order.
    pub fn named(word: &str) -> Vec<Format> {
        let w = word.trim().to_ascii_lowercase();
        let w = w.strip_prefix('.').unwrap_or(&w);
        // A MIME type may carry parameters (`text/turtle; charset=utf-8`).
        let w = w.split(';').next().unwrap_or(w).trim();
        TABLE
            .iter()
            .filter(|e| {
                e.names.contains(&w) || e.extensions.contains(&w) || e.media_types.contains(&w)
            })
            .map(|e| e.format)
            .collect()
    }

    /// The formats a file's extension names.
    pub fn for_extension(path: &Path) -> Vec<Format> {
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
            return Vec::new();
        };
        let ext = ext.to_ascii_lowercase();
        TABLE
            .iter()
            .filter(|e| e.extensions.contains(&ext.as_str()))
            .map(|e| e.format)
            .collect()
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The formats a command writes: the choice and the default.
#[derive(Debug, Clone, Copy)]
pub struct Choice<'a> {
    /// What the format is for, in messages (`a SELECT result`, `viz`).
    pub what: &'a str,
    pub accepted: &'a [Format],
    pub default: Format,
}

/// Why no format could be chosen. Each reads as one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("unknown format '{given}' for {what} (use {})", list(.accepted))]
    Unknown {
        given: String,
        what: String,
        accepted: Vec<Format>,
    },
    #[error("--format {given} and --output {path}: the extension says {by_extension}, give one or make them agree")]
    Disagree {
        given: String,
        path: String,
        by_extension: Format,
    },
}

fn list(formats: &[Format]) -> String {
    formats
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Choice<'_> {
    fn pick(&self, candidates: &[Format]) -> Option<Format> {
        candidates
            .iter()
            .copied()
            .find(|f| self.accepted.contains(f))
    }

    /// The format named by `flag` (a name, extension or MIME type), else by
    /// the extension of `output`, else the default. A flag and an extension
    /// that name different formats are an error; an extension the command
    /// does not know is ignored.
    pub fn resolve(
        &self,
        flag: Option<&str>,
        output: Option<&Path>,
    ) -> Result<Format, FormatError> {
        let by_extension = output.and_then(|p| self.pick(&Format::for_extension(p)));
        let Some(flag) = flag else {
            return Ok(by_extension.unwrap_or(self.default));
        };
        let chosen = self
            .pick(&Format::named(flag))
            .ok_or_else(|| FormatError::Unknown {
                given: flag.to_string(),
                what: self.what.to_string(),
                accepted: self.accepted.to_vec(),
            })?;
        match (by_extension, output) {
            (Some(e), Some(p)) if e != chosen => Err(FormatError::Disagree {
                given: flag.to_string(),
                path: p.display().to_string(),
                by_extension: e,
            }),
            _ => Ok(chosen),
        }
    }

    /// Whether `flag` names one of the accepted formats.
    pub fn knows(&self, flag: &str) -> bool {
        self.pick(&Format::named(flag)).is_some()
    }
}

/// SELECT and ASK results.
pub const RESULTS: &[Format] = &[
    Format::Table,
    Format::Csv,
    Format::Tsv,
    Format::SparqlJson,
    Format::SparqlXml,
];

/// RDF syntaxes.
pub const GRAPHS: &[Format] = &[
    Format::Turtle,
    Format::NTriples,
    Format::NQuads,
    Format::TriG,
    Format::RdfXml,
    Format::JsonLd,
];

/// `extract`: the extraction as JSON or in an RDF syntax.
pub const EXTRACTION: &[Format] = &[
    Format::NQuads,
    Format::TriG,
    Format::Json,
    Format::Turtle,
    Format::NTriples,
    Format::RdfXml,
    Format::JsonLd,
];

/// `viz`.
pub const DRAWINGS: &[Format] = &[Format::Dot, Format::GraphMl, Format::Html, Format::Json];

/// `stats`.
pub const STATS: &[Format] = &[Format::Table, Format::Json];

/// `validate`: a table, or the W3C validation report in an RDF syntax
/// (`json` is JSON-LD).
pub const REPORTS: &[Format] = &[
    Format::Table,
    Format::Turtle,
    Format::NTriples,
    Format::JsonLd,
    Format::RdfXml,
];

/// Every format by name, for help texts: `name (aliases)`.
pub fn help_list(accepted: &[Format]) -> String {
    list(accepted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results() -> Choice<'static> {
        Choice {
            what: "a SELECT result",
            accepted: RESULTS,
            default: Format::Csv,
        }
    }

    fn graphs() -> Choice<'static> {
        Choice {
            what: "a graph",
            accepted: GRAPHS,
            default: Format::TriG,
        }
    }

    #[test]
    fn names_short_names_extensions_and_media_types() {
        let g = graphs();
        for (word, f) in [
            ("turtle", Format::Turtle),
            ("TTL", Format::Turtle),
            ("text/turtle", Format::Turtle),
            ("text/turtle; charset=utf-8", Format::Turtle),
            ("nt", Format::NTriples),
            ("application/n-triples", Format::NTriples),
            ("nq", Format::NQuads),
            ("rdf", Format::RdfXml),
            ("application/rdf+xml", Format::RdfXml),
            ("json", Format::JsonLd),
            ("application/ld+json", Format::JsonLd),
            ("trig", Format::TriG),
        ] {
            assert_eq!(g.resolve(Some(word), None), Ok(f), "{word}");
        }
        let r = results();
        assert_eq!(r.resolve(Some("json"), None), Ok(Format::SparqlJson));
        assert_eq!(r.resolve(Some("xml"), None), Ok(Format::SparqlXml));
        assert_eq!(
            r.resolve(Some("text/tab-separated-values"), None),
            Ok(Format::Tsv)
        );
        let viz = Choice {
            what: "viz",
            accepted: DRAWINGS,
            default: Format::Html,
        };
        assert_eq!(viz.resolve(Some("json"), None), Ok(Format::Json));
        assert_eq!(viz.resolve(Some("gv"), None), Ok(Format::Dot));
        let validate = Choice {
            what: "validate",
            accepted: REPORTS,
            default: Format::Table,
        };
        assert_eq!(validate.resolve(Some("json"), None), Ok(Format::JsonLd));
        assert_eq!(validate.resolve(Some("ttl"), None), Ok(Format::Turtle));
        assert_eq!(validate.resolve(None, None), Ok(Format::Table));
        assert!(validate.resolve(Some("nq"), None).is_err());
    }

    #[test]
    fn the_extension_decides_when_no_format_is_given() {
        let g = graphs();
        assert_eq!(
            g.resolve(None, Some(Path::new("g.nt"))),
            Ok(Format::NTriples)
        );
        assert_eq!(
            g.resolve(None, Some(Path::new("G.TTL"))),
            Ok(Format::Turtle)
        );
        assert_eq!(g.resolve(None, Some(Path::new("g.out"))), Ok(Format::TriG));
        assert_eq!(g.resolve(None, None), Ok(Format::TriG));
        let viz = Choice {
            what: "viz",
            accepted: DRAWINGS,
            default: Format::Html,
        };
        assert_eq!(viz.resolve(None, Some(Path::new("g.dot"))), Ok(Format::Dot));
        assert_eq!(
            results().resolve(None, Some(Path::new("r.json"))),
            Ok(Format::SparqlJson)
        );
    }

    #[test]
    fn a_flag_and_an_extension_that_disagree_are_an_error() {
        let g = graphs();
        let e = g.resolve(Some("ttl"), Some(Path::new("g.nt"))).unwrap_err();
        assert!(matches!(e, FormatError::Disagree { .. }));
        assert!(!e.to_string().contains('\n'));
        // Agreeing spellings are fine.
        assert_eq!(
            g.resolve(Some("text/turtle"), Some(Path::new("g.ttl"))),
            Ok(Format::Turtle)
        );
        // An extension the command does not write is not a disagreement.
        assert_eq!(
            g.resolve(Some("nt"), Some(Path::new("g.txt"))),
            Ok(Format::NTriples)
        );
    }

    #[test]
    fn unknown_and_foreign_formats_name_the_choices() {
        let e = graphs().resolve(Some("csv"), None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown format 'csv' for a graph (use turtle, ntriples, nquads, trig, rdfxml, jsonld)"
        );
        assert!(graphs().resolve(Some("yaml"), None).is_err());
    }
}
