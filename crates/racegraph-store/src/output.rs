//! Query results and exports: W3C result formats for SELECT and ASK, any
//! RDF syntax for graphs and the whole store, a plain table for people.

use crate::error::{Error, Result};
use crate::formats::Format;
use crate::store::GraphStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;

/// Formats for SELECT and ASK results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// An aligned text table (for people).
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

/// RDF syntaxes for CONSTRUCT/DESCRIBE results and exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

impl ResultsFormat {
    /// The results format of a [`Format`] of the table, if it is one.
    pub fn from_format(f: Format) -> Option<Self> {
        Some(match f {
            Format::Table => ResultsFormat::Table,
            Format::Csv => ResultsFormat::Csv,
            Format::Tsv => ResultsFormat::Tsv,
            Format::SparqlJson => ResultsFormat::Json,
            Format::SparqlXml => ResultsFormat::Xml,
            _ => return None,
        })
    }
}

impl std::str::FromStr for ResultsFormat {
    type Err = String;

    /// A results format by name, file extension or MIME type (the table of
    /// [`crate::formats`]).
    fn from_str(s: &str) -> Result<Self, String> {
        Format::named(s)
            .into_iter()
            .find_map(ResultsFormat::from_format)
            .ok_or_else(|| format!("unknown results format '{s}' (table, csv, tsv, json, xml)"))
    }
}

impl std::str::FromStr for GraphFormat {
    type Err = String;

    /// An RDF syntax by name (`turtle`), short name or extension (`ttl`,
    /// `nt`, `nq`, `rdf`) or MIME type (`text/turtle`).
    fn from_str(s: &str) -> Result<Self, String> {
        Format::named(s)
            .into_iter()
            .find_map(GraphFormat::from_format)
            .ok_or_else(|| {
                format!("unknown RDF format '{s}' (turtle, ntriples, nquads, trig, rdfxml, jsonld)")
            })
    }
}

impl GraphFormat {
    /// The RDF syntax of a [`Format`] of the table, if it is one.
    pub fn from_format(f: Format) -> Option<Self> {
        Some(match f {
            Format::Turtle => GraphFormat::Turtle,
            Format::NTriples => GraphFormat::Ntriples,
            Format::NQuads => GraphFormat::Nquads,
            Format::TriG => GraphFormat::Trig,
            Format::RdfXml => GraphFormat::Rdfxml,
            Format::JsonLd => GraphFormat::Jsonld,
            _ => return None,
        })
    }

    pub fn rdf_format(self) -> RdfFormat {
        let ext = match self {
            GraphFormat::Turtle => "ttl",
            GraphFormat::Ntriples => "nt",
            GraphFormat::Nquads => "nq",
            GraphFormat::Trig => "trig",
            GraphFormat::Rdfxml => "rdf",
            GraphFormat::Jsonld => "jsonld",
        };
        RdfFormat::from_extension(ext).unwrap_or(RdfFormat::NQuads)
    }

    /// Whether the syntax keeps graph names.
    pub fn is_dataset(self) -> bool {
        self.rdf_format().supports_datasets()
    }
}

/// The prefixes written in Turtle, TriG, RDF/XML and JSON-LD.
const PREFIXES: [(&str, &str); 8] = [
    ("rg", crate::vocab::RG),
    ("rdf", crate::vocab::RDF),
    ("rdfs", crate::vocab::RDFS),
    ("skos", crate::vocab::SKOS),
    ("dcterms", crate::vocab::DCTERMS),
    ("xsd", crate::vocab::XSD),
    ("owl", crate::vocab::OWL),
    ("res", crate::vocab::RESOURCE),
];

pub(crate) fn prefixed(s: RdfSerializer) -> RdfSerializer {
    let mut s = s;
    for (p, iri) in PREFIXES {
        s = match s.clone().with_prefix(p, iri) {
            Ok(s2) => s2,
            Err(_) => s,
        };
    }
    s
}

/// Writes query results. SELECT/ASK use `results`; CONSTRUCT/DESCRIBE use `graph`.
pub fn write_results(
    results: QueryResults<'_>,
    results_format: ResultsFormat,
    graph: GraphFormat,
    out: &mut dyn Write,
) -> Result<()> {
    match results {
        QueryResults::Boolean(b) => match w3c(results_format) {
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut *out, b)?;
            }
            None => writeln!(out, "{b}")?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match w3c(results_format) {
                Some(f) => {
                    let mut w = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *out, vars)?;
                    for s in solutions {
                        w.serialize(&s?)?;
                    }
                    w.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(cell).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(out, &header, &rows)?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let mut buf = Vec::new();
            let target: &mut dyn Write = if graph == GraphFormat::Jsonld {
                &mut buf
            } else {
                &mut *out
            };
            let mut w = prefixed(RdfSerializer::from_format(graph.rdf_format())).for_writer(target);
            // A graph is a set: a triple stated in several articles, or
            // produced by several solutions, is written once.
            let mut seen = std::collections::HashSet::new();
            for t in triples {
                let t = t?;
                if seen.insert(t.clone()) {
                    w.serialize_triple(&t)?;
                }
            }
            w.finish()?;
            if graph == GraphFormat::Jsonld {
                write_compact_jsonld(&buf, out)?;
            }
        }
    }
    Ok(())
}

/// The formats to write a query's results in: `flag` (a name, extension
/// or MIME type) or the extension of `output`, checked against what the
/// query gives (results or a graph); by default a table on a terminal, CSV
/// otherwise, Turtle for a graph.
pub fn query_formats(
    results: &QueryResults<'_>,
    flag: Option<&str>,
    output: Option<&std::path::Path>,
    terminal: bool,
) -> Result<(ResultsFormat, GraphFormat)> {
    use crate::formats::{Choice, GRAPHS, RESULTS};
    if matches!(results, QueryResults::Graph(_)) {
        let f = Choice {
            what: "a CONSTRUCT/DESCRIBE result",
            accepted: GRAPHS,
            default: Format::Turtle,
        }
        .resolve(flag, output)?;
        Ok((
            ResultsFormat::Csv,
            GraphFormat::from_format(f).unwrap_or(GraphFormat::Turtle),
        ))
    } else {
        let f = Choice {
            what: "a SELECT/ASK result",
            accepted: RESULTS,
            default: if terminal && output.is_none() {
                Format::Table
            } else {
                Format::Csv
            },
        }
        .resolve(flag, output)?;
        Ok((
            ResultsFormat::from_format(f).unwrap_or(ResultsFormat::Csv),
            GraphFormat::Turtle,
        ))
    }
}

/// Writes quads in `format`; a triple syntax gets each triple once.
pub fn write_quads(
    quads: &[oxigraph::model::Quad],
    format: GraphFormat,
    out: &mut dyn Write,
) -> Result<()> {
    let mut w = prefixed(RdfSerializer::from_format(format.rdf_format())).for_writer(&mut *out);
    if format.is_dataset() {
        for q in quads {
            w.serialize_quad(q)?;
        }
    } else {
        let mut seen = std::collections::HashSet::new();
        for q in quads {
            if seen.insert((&q.subject, &q.predicate, &q.object)) {
                w.serialize_triple(q.as_ref())?;
            }
        }
    }
    w.finish()?;
    Ok(())
}

fn w3c(f: ResultsFormat) -> Option<QueryResultsFormat> {
    match f {
        ResultsFormat::Table => None,
        ResultsFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultsFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultsFormat::Json => Some(QueryResultsFormat::Json),
        ResultsFormat::Xml => Some(QueryResultsFormat::Xml),
    }
}

/// A term as a person reads it: IRIs in `rg:` and resource namespaces
/// shortened, literals without quotes or datatype.
pub fn cell(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => short_iri(n.as_str()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn short_iri(iri: &str) -> String {
    for (p, ns) in [("rg:", crate::vocab::RG), ("res:", crate::vocab::RESOURCE)] {
        if let Some(l) = iri.strip_prefix(ns) {
            if let Some(local) = local_name(l) {
                return format!("{p}{local}");
            }
        }
    }
    format!("<{iri}>")
}

/// `local` as a SPARQL/Turtle local name, so a name the table shows can be
/// pasted into a query (`res:country\/eth`): the reserved characters are
/// escaped; `None` if it cannot be written as one.
fn local_name(local: &str) -> Option<String> {
    let mut out = String::with_capacity(local.len() + 4);
    for (i, c) in local.chars().enumerate() {
        let last = i + 1 == local.chars().count();
        match c {
            c if c.is_alphanumeric() || c == '_' => out.push(c),
            ':' => out.push(c),
            '-' if i > 0 => out.push(c),
            '.' if i > 0 && !last => out.push(c),
            '~' | '.' | '-' | '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '='
            | '/' | '?' | '#' | '@' | '%' => {
                out.push('\\');
                out.push(c);
            }
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// An aligned text table.
pub fn write_table(out: &mut dyn Write, header: &[String], rows: &[Vec<String>]) -> Result<()> {
    let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(clean(c).chars().count().min(60));
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let c: String = clean(c).chars().take(60).collect();
                format!("{c:<w$}", w = widths[i])
            })
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}

/// Exports the whole store, or one graph, in `format`. A dataset syntax
/// keeps graph names; a triple syntax gets the union of the graphs.
pub fn export(
    store: &GraphStore,
    format: GraphFormat,
    graph: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    if format == GraphFormat::Jsonld {
        let mut buf = Vec::new();
        export_raw(store, format, graph, &mut buf)?;
        return write_compact_jsonld(&buf, out);
    }
    export_raw(store, format, graph, out)
}

/// JSON-LD as Oxigraph writes it (an `@context` of prefixes, full IRIs)
/// made compact: every IRI under a prefix of the context written as
/// `prefix:local`. It expands back to the same dataset.
pub fn write_compact_jsonld(json: &[u8], out: &mut dyn Write) -> Result<()> {
    let mut v: serde_json::Value =
        serde_json::from_slice(json).map_err(|e| Error::Output(std::io::Error::other(e)))?;
    // A dataset comes as an array of graphs, without a context: it goes
    // under `@graph` of an object that has one.
    if v.is_array() {
        let context: serde_json::Map<String, serde_json::Value> = PREFIXES
            .iter()
            .map(|(p, ns)| (p.to_string(), serde_json::Value::String(ns.to_string())))
            .collect();
        v = serde_json::json!({ "@context": context, "@graph": v });
    }
    let prefixes: Vec<(String, String)> = v
        .get("@context")
        .and_then(|c| c.as_object())
        .map(|c| {
            c.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .filter(|(k, _)| !k.starts_with('@'))
                .collect()
        })
        .unwrap_or_default();
    let compact = |iri: &str| -> Option<String> {
        prefixes
            .iter()
            .filter(|(_, ns)| iri.len() > ns.len() && iri.starts_with(ns.as_str()))
            .max_by_key(|(_, ns)| ns.len())
            .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
            .filter(|c| !c[c.find(':').unwrap_or(0) + 1..].starts_with("//"))
    };
    fn walk(v: &mut serde_json::Value, compact: &dyn Fn(&str) -> Option<String>, top: bool) {
        match v {
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, compact, false)),
            serde_json::Value::Object(o) => {
                let entries: Vec<(String, serde_json::Value)> =
                    std::mem::take(o).into_iter().collect();
                for (k, mut x) in entries {
                    if top && k == "@context" {
                        o.insert(k, x);
                        continue;
                    }
                    match (k.as_str(), &mut x) {
                        ("@id" | "@type", serde_json::Value::String(s)) => {
                            if let Some(c) = compact(s) {
                                *s = c;
                            }
                        }
                        ("@value" | "@language", _) => {}
                        _ => walk(&mut x, compact, false),
                    }
                    let key = if k.starts_with('@') {
                        k
                    } else {
                        compact(&k).unwrap_or(k)
                    };
                    o.insert(key, x);
                }
            }
            _ => {}
        }
    }
    walk(&mut v, &compact, true);
    serde_json::to_writer_pretty(&mut *out, &v).map_err(|e| match e.io_error_kind() {
        Some(kind) => Error::Output(std::io::Error::from(kind)),
        None => Error::Output(std::io::Error::other(e)),
    })?;
    writeln!(out)?;
    Ok(())
}

fn export_raw(
    store: &GraphStore,
    format: GraphFormat,
    graph: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    let s = store.inner();
    let mut w = prefixed(RdfSerializer::from_format(format.rdf_format())).for_writer(&mut *out);
    match graph {
        Some(g) => {
            let g = NamedNode::new(g)
                .map_err(|e| Error::Usage(format!("--graph {g}: not an IRI ({e})")))?;
            if !s.contains_named_graph(&g)? {
                return Err(Error::Usage(format!(
                    "--graph <{}>: no such graph in the store",
                    g.as_str()
                )));
            }
            for q in
                s.quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref())))
            {
                let q = q?;
                if format.is_dataset() {
                    w.serialize_quad(&q)?;
                } else {
                    w.serialize_triple(q.as_ref())?;
                }
            }
        }
        None if format.is_dataset() => {
            for q in s.iter() {
                w.serialize_quad(&q?)?;
            }
        }
        None => {
            // The union: each triple once.
            let mut seen = std::collections::HashSet::new();
            for q in s.iter() {
                let q = q?;
                let t = oxigraph::model::Triple::new(q.subject, q.predicate, q.object);
                if seen.insert(t.clone()) {
                    w.serialize_triple(&t)?;
                }
            }
        }
    }
    w.finish()?;
    Ok(())
}

/// The extraction as JSON: per article, its metadata and each fact with
/// the evidence sentence and span.
pub fn write_extraction_json(quads: &[oxigraph::model::Quad], out: &mut dyn Write) -> Result<()> {
    let list = extraction_json(quads);
    serde_json::to_writer_pretty(&mut *out, &serde_json::json!({ "articles": list })).map_err(
        |e| match e.io_error_kind() {
            Some(kind) => std::io::Error::from(kind),
            None => std::io::Error::other(e),
        },
    )?;
    writeln!(out)?;
    Ok(())
}

/// The JSON objects of the articles among `quads` (see
/// [`write_extraction_json`]).
pub fn extraction_json(quads: &[oxigraph::model::Quad]) -> Vec<serde_json::Value> {
    use crate::vocab::{rdf, rg};
    use std::collections::BTreeMap;
    let term = |t: &Term| match t {
        Term::Literal(l) => serde_json::Value::String(l.value().to_string()),
        Term::NamedNode(n) => serde_json::Value::String(n.as_str().to_string()),
        other => serde_json::Value::String(other.to_string()),
    };
    let mut by_subject: BTreeMap<String, Vec<&oxigraph::model::Quad>> = BTreeMap::new();
    for q in quads {
        by_subject.entry(q.subject.to_string()).or_default().push(q);
    }
    let get = |s: &str, p: &NamedNode| -> Option<&Term> {
        by_subject
            .get(s)
            .and_then(|qs| qs.iter().find(|q| q.predicate == *p))
            .map(|q| &q.object)
    };
    let mut articles: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    let mut facts: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    let (ty, evidence, article) = (
        crate::vocab::RDF_TYPE.into_owned(),
        rg("Evidence"),
        rg("Article"),
    );
    for (s, qs) in &by_subject {
        let types: Vec<&Term> = qs
            .iter()
            .filter(|q| q.predicate == ty)
            .map(|q| &q.object)
            .collect();
        if types.iter().any(|t| **t == Term::from(article.clone())) {
            let meta: serde_json::Map<String, serde_json::Value> =
                ["title", "issued", "source", "publisher", "creator"]
                    .iter()
                    .filter_map(|k| {
                        get(s, &crate::vocab::dcterms(k)).map(|v| (k.to_string(), term(v)))
                    })
                    .collect();
            articles.insert(s.clone(), serde_json::Value::Object(meta));
        } else if types.iter().any(|t| **t == Term::from(evidence.clone())) {
            let field = |p: NamedNode| get(s, &p).map(term).unwrap_or(serde_json::Value::Null);
            let art = get(s, &rg("article"))
                .map(|t| t.to_string())
                .unwrap_or_default();
            facts.entry(art).or_default().push(serde_json::json!({
                "subject": field(rdf("subject")),
                "predicate": field(rdf("predicate")),
                "object": field(rdf("object")),
                "text": field(rg("text")),
                "start": get(s, &rg("start")).and_then(|t| match t { Term::Literal(l) => l.value().parse::<u64>().ok(), _ => None }),
                "end": get(s, &rg("end")).and_then(|t| match t { Term::Literal(l) => l.value().parse::<u64>().ok(), _ => None }),
            }));
        }
    }
    articles
        .into_iter()
        .map(|(iri, mut meta)| {
            let f = facts.remove(&iri).unwrap_or_default();
            if let serde_json::Value::Object(m) = &mut meta {
                m.insert(
                    "iri".into(),
                    serde_json::Value::String(iri.trim_matches(['<', '>']).to_string()),
                );
                m.insert("facts".into(), serde_json::Value::Array(f));
            }
            meta
        })
        .collect()
}
