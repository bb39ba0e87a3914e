//! The validation report: the W3C report as RDF (any syntax), or a table.

use crate::{ValidateError, SH, SHAPES};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Graph, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Term, TermRef};
use racegraph_rdf::vocab;
use shacl_rust::validation::report::{ValidationReport, ValidationResult};
use shacl_rust::PathElement;
use std::io::Write;

/// One validation result.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub focus: Term,
    /// `sh:sourceShape` as the shapes graph has it (a blank node for a
    /// property shape written inline).
    pub source_shape: Term,
    /// The shape by name: the source shape if it has an IRI, else the
    /// named node shape that holds it (`sh:property`), if any.
    pub shape: Option<NamedNode>,
    /// `sh:sourceConstraintComponent`.
    pub component: Option<NamedNode>,
    /// `sh:resultPath`: the predicate, for a path of one predicate.
    pub path: Option<NamedNode>,
    pub value: Option<Term>,
    /// The shape's own `sh:message`, else the engine's.
    pub message: Option<String>,
    /// `sh:Violation`, `sh:Warning` or `sh:Info`.
    pub severity: NamedNode,
}

/// A validation report: whether the data conforms, each result, and the
/// W3C validation report as an RDF graph.
#[derive(Debug, Clone)]
pub struct Report {
    conforms: bool,
    violations: Vec<Violation>,
    graph: Graph,
    triples: usize,
}

impl Report {
    /// The engine's report on a data graph of `triples` triples against
    /// `shapes` (the graph its shapes were read from).
    pub(crate) fn from_engine(
        report: &ValidationReport<'_>,
        shapes: &Graph,
        triples: usize,
    ) -> Self {
        let mut violations: Vec<Violation> = report
            .get_results()
            .iter()
            .map(|r| violation(r, shapes))
            .collect();
        violations.sort_by_key(|v| {
            (
                v.focus.to_string(),
                v.shape.as_ref().map(|s| s.to_string()),
                v.path.as_ref().map(|p| p.to_string()),
                v.component.as_ref().map(|c| c.to_string()),
                v.value.as_ref().map(|x| x.to_string()),
            )
        });
        Report {
            conforms: *report.get_conforms(),
            violations,
            graph: report.to_graph(),
            triples,
        }
    }

    /// Whether the data meets every shape.
    pub fn conforms(&self) -> bool {
        self.conforms
    }

    /// The results, sorted by focus node, shape, path.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// How many triples the data graph had.
    pub fn triples(&self) -> usize {
        self.triples
    }

    /// The W3C validation report (`sh:ValidationReport`, its
    /// `sh:ValidationResult`s and their `sh:detail`s).
    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// Writes the W3C validation report in an RDF syntax; JSON-LD is
    /// compact under an `@context` of the prefixes.
    pub fn write_rdf(&self, format: RdfFormat, out: &mut dyn Write) -> Result<(), ValidateError> {
        if matches!(format, RdfFormat::JsonLd { .. }) {
            let mut buf = Vec::new();
            self.write_rdf_raw(format, &mut buf)?;
            // Oxigraph writes the graph as a bare array: it goes under
            // `@graph` with the report's prefixes as the context.
            let json_error = |e: serde_json::Error| ValidateError::Io(std::io::Error::other(e));
            let mut v: serde_json::Value = serde_json::from_slice(&buf).map_err(json_error)?;
            if v.is_array() {
                let context: serde_json::Map<String, serde_json::Value> = PREFIXES
                    .iter()
                    .map(|(p, ns)| (p.to_string(), serde_json::Value::String(ns.to_string())))
                    .collect();
                v = serde_json::json!({ "@context": context, "@graph": v });
            }
            let buf = serde_json::to_vec(&v).map_err(json_error)?;
            return racegraph_store::output::write_compact_jsonld(&buf, out)
                .map_err(|e| ValidateError::Io(std::io::Error::other(e.to_string())));
        }
        self.write_rdf_raw(format, out)
    }

    fn write_rdf_raw(&self, format: RdfFormat, out: &mut dyn Write) -> Result<(), ValidateError> {
        let mut s = RdfSerializer::from_format(format);
        for (p, ns) in PREFIXES {
            s = match s.clone().with_prefix(*p, *ns) {
                Ok(s2) => s2,
                Err(_) => s,
            };
        }
        let mut w = s.for_writer(out);
        for t in self.graph.iter() {
            w.serialize_triple(t)?;
        }
        w.finish()?;
        Ok(())
    }

    /// Writes the report as a table, one row per result, and a summary
    /// line.
    pub fn write_table(&self, out: &mut dyn Write) -> Result<(), ValidateError> {
        if self.violations.is_empty() && self.conforms {
            writeln!(
                out,
                "conforms: {} triples meet every shape of the contract",
                self.triples
            )?;
            return Ok(());
        }
        let header: Vec<String> = [
            "focus node",
            "shape",
            "path",
            "constraint",
            "value",
            "message",
        ]
        .map(String::from)
        .to_vec();
        let rows: Vec<Vec<String>> = self
            .violations
            .iter()
            .map(|v| {
                let component = v.component.as_ref().map(|c| {
                    c.as_str()
                        .strip_prefix(SH)
                        .unwrap_or(c.as_str())
                        .trim_end_matches("ConstraintComponent")
                        .to_string()
                });
                vec![
                    short(&v.focus),
                    v.shape
                        .as_ref()
                        .map(|s| short(&s.clone().into()))
                        .unwrap_or_else(|| "(a shape inside another)".into()),
                    v.path
                        .as_ref()
                        .map(|p| short(&p.clone().into()))
                        .unwrap_or_default(),
                    component.unwrap_or_default(),
                    v.value.as_ref().map(short).unwrap_or_default(),
                    v.message.clone().unwrap_or_default(),
                ]
            })
            .collect();
        write_aligned(out, &header, &rows)?;
        writeln!(
            out,
            "does not conform: {} result{} in {} triples",
            self.violations.len(),
            if self.violations.len() == 1 { "" } else { "s" },
            self.triples
        )?;
        Ok(())
    }
}

/// Longest value the table shows (evidence texts are sentences).
const VALUE_CHARS: usize = 48;

/// An aligned table whose names are never cut (a focus node or a shape is
/// what a reader looks for); only the value column is shortened.
fn write_aligned(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let cell = |i: usize, c: &str| -> String {
        let c = c.replace(['\n', '\r', '\t'], " ");
        if i == 4 && c.chars().count() > VALUE_CHARS {
            let cut: String = c.chars().take(VALUE_CHARS - 1).collect();
            format!("{cut}…")
        } else {
            c
        }
    };
    let rows: Vec<Vec<String>> = std::iter::once(header)
        .chain(rows.iter().map(|r| &r[..]))
        .map(|r| r.iter().enumerate().map(|(i, c)| cell(i, c)).collect())
        .collect();
    let mut widths = vec![0; header.len()];
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |r: &[String]| {
        r.iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_string()
    };
    for (n, r) in rows.iter().enumerate() {
        writeln!(out, "{}", line(r))?;
        if n == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            writeln!(out, "{}", rule.join("-+-"))?;
        }
    }
    Ok(())
}

/// The prefixes of the report in Turtle, RDF/XML and JSON-LD, and of the
/// table.
const PREFIXES: &[(&str, &str)] = &[
    ("sh", SH),
    ("rgsh", SHAPES),
    ("rg", vocab::RG),
    ("res", vocab::RESOURCE),
    ("rdf", vocab::RDF),
    ("rdfs", vocab::RDFS),
    ("skos", vocab::SKOS),
    ("dcterms", vocab::DCTERMS),
    ("xsd", vocab::XSD),
];

/// A term as the table shows it: `rg:`/`res:` as the query table writes
/// them, the other namespaces of the report by prefix.
fn short(t: &Term) -> String {
    let cell = racegraph_store::output::cell(t);
    let Term::NamedNode(n) = t else { return cell };
    if !cell.starts_with('<') {
        return cell;
    }
    for (p, ns) in PREFIXES {
        if let Some(local) = n.as_str().strip_prefix(ns) {
            if !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || c == '_') {
                return format!("{p}:{local}");
            }
        }
    }
    cell
}

fn violation(r: &ValidationResult<'_>, shapes: &Graph) -> Violation {
    let source: NamedOrBlankNodeRef<'_> = r.source_shape();
    let shape = match source {
        NamedOrBlankNodeRef::NamedNode(n) => Some(n.into_owned()),
        NamedOrBlankNodeRef::BlankNode(_) => shapes
            .subjects_for_predicate_object(
                NamedNodeRef::new_unchecked("http://www.w3.org/ns/shacl#property"),
                source,
            )
            .find_map(|s| match s {
                NamedOrBlankNodeRef::NamedNode(n) => Some(n.into_owned()),
                NamedOrBlankNodeRef::BlankNode(_) => None,
            }),
    };
    let own_message = shapes
        .object_for_subject_predicate(
            source,
            NamedNodeRef::new_unchecked("http://www.w3.org/ns/shacl#message"),
        )
        .and_then(|m| match m {
            TermRef::Literal(l) => Some(l.value().to_string()),
            _ => None,
        });
    let path = r.result_path().and_then(|p| match p.get_elements() {
        [PathElement::Iri(n)] => Some(n.into_owned()),
        _ => None,
    });
    Violation {
        focus: r.focus_node().into_owned(),
        source_shape: Term::from(source.into_owned()),
        shape,
        component: r.source_constraint_component().map(|c| c.into_owned()),
        path,
        value: r.value().map(|v| v.into_owned()),
        message: own_message.or_else(|| r.messages().first().cloned()),
        severity: r.severity().into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_shortened_by_the_report_prefixes() {
        let t = |s: &str| Term::from(NamedNode::new_unchecked(s));
        assert_eq!(short(&t(&format!("{SHAPES}OneLabel"))), "rgsh:OneLabel");
        assert_eq!(short(&t(&format!("{}label", vocab::RDFS))), "rdfs:label");
        assert_eq!(short(&t(&format!("{}position", vocab::RG))), "rg:position");
        assert_eq!(
            short(&t("https://example.org/a b")),
            "<https://example.org/a b>"
        );
    }
}
