//! The W3C validation report: as RDF (any syntax) or as a table.

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{BlankNode, Literal, NamedNode, Term, Triple};
use rudof_rdf::rdf_core::SHACLPath;
use shacl_ir::severity::CompiledSeverity;
use shacl_validation::validation_report::result::ValidationResult;
use std::io::Write;

/// The SHACL namespace.
pub const SH: &str = "http://www.w3.org/ns/shacl#";

/// A term of the SHACL namespace.
pub fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

/// One validation result.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub focus: Term,
    /// The shape whose constraint is violated (`sh:sourceShape`).
    pub shape: Option<Term>,
    /// `sh:sourceConstraintComponent`.
    pub component: Term,
    pub path: Option<NamedNode>,
    pub value: Option<Term>,
    pub message: Option<String>,
    /// `sh:Violation`, `sh:Warning` or `sh:Info`.
    pub severity: NamedNode,
}

impl From<&ValidationResult> for Violation {
    fn from(r: &ValidationResult) -> Self {
        let path = match r.path() {
            Some(SHACLPath::Predicate { pred }) => NamedNode::new(pred.as_str()).ok(),
            _ => None,
        };
        let severity = match r.severity() {
            CompiledSeverity::Warning => sh("Warning"),
            CompiledSeverity::Info | CompiledSeverity::Debug | CompiledSeverity::Trace => {
                sh("Info")
            }
            CompiledSeverity::Generic(iri) => NamedNode::new_unchecked(iri.as_str()),
            CompiledSeverity::Violation => sh("Violation"),
        };
        Violation {
            focus: r.focus_node().clone().into(),
            shape: r.source().cloned().map(Term::from),
            component: r.component().clone().into(),
            path,
            value: r.value().cloned().map(Term::from),
            message: r.message().map(str::to_string),
            severity,
        }
    }
}

/// A validation report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub violations: Vec<Violation>,
}

fn short(t: &Term) -> String {
    let s = match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => return format!("{:?}", l.value()),
        other => return other.to_string(),
    };
    for (p, ns) in [
        ("rgsh:", crate::SHAPES),
        ("rg:", racegraph_rdf::vocab::RG),
        ("res:", racegraph_rdf::vocab::RESOURCE),
        ("sh:", SH),
        ("rdfs:", racegraph_rdf::vocab::RDFS),
        ("rdf:", racegraph_rdf::vocab::RDF),
    ] {
        if let Some(l) = s.strip_prefix(ns) {
            return format!("{p}{l}");
        }
    }
    format!("<{s}>")
}

impl Report {
    pub fn new(mut violations: Vec<Violation>) -> Self {
        violations.sort_by_key(|v| (v.focus.to_string(), v.shape.as_ref().map(|s| s.to_string())));
        violations.dedup();
        Report { violations }
    }

    /// Whether the data meets every shape (no result of severity violation).
    pub fn conforms(&self) -> bool {
        !self
            .violations
            .iter()
            .any(|v| v.severity == sh("Violation"))
    }

    /// The report as the W3C vocabulary describes it.
    pub fn triples(&self) -> Vec<Triple> {
        let report = BlankNode::default();
        let mut out = vec![
            Triple::new(
                report.clone(),
                racegraph_rdf::vocab::RDF_TYPE.into_owned(),
                sh("ValidationReport"),
            ),
            Triple::new(
                report.clone(),
                sh("conforms"),
                Literal::from(self.conforms()),
            ),
        ];
        for v in &self.violations {
            let r = BlankNode::default();
            out.push(Triple::new(report.clone(), sh("result"), r.clone()));
            out.push(Triple::new(
                r.clone(),
                racegraph_rdf::vocab::RDF_TYPE.into_owned(),
                sh("ValidationResult"),
            ));
            out.push(Triple::new(r.clone(), sh("focusNode"), v.focus.clone()));
            out.push(Triple::new(
                r.clone(),
                sh("resultSeverity"),
                v.severity.clone(),
            ));
            out.push(Triple::new(
                r.clone(),
                sh("sourceConstraintComponent"),
                v.component.clone(),
            ));
            if let Some(s) = &v.shape {
                out.push(Triple::new(r.clone(), sh("sourceShape"), s.clone()));
            }
            if let Some(p) = &v.path {
                out.push(Triple::new(r.clone(), sh("resultPath"), p.clone()));
            }
            if let Some(x) = &v.value {
                out.push(Triple::new(r.clone(), sh("value"), x.clone()));
            }
            if let Some(m) = &v.message {
                out.push(Triple::new(
                    r.clone(),
                    sh("resultMessage"),
                    Literal::new_simple_literal(m),
                ));
            }
        }
        out
    }

    /// Writes the report in an RDF syntax.
    pub fn write_rdf(&self, format: RdfFormat, out: &mut dyn Write) -> std::io::Result<()> {
        let mut s = RdfSerializer::from_format(format);
        for (p, ns) in [
            ("sh", SH),
            ("rg", racegraph_rdf::vocab::RG),
            ("rgsh", crate::SHAPES),
            ("xsd", racegraph_rdf::vocab::XSD),
        ] {
            s = match s.clone().with_prefix(p, ns) {
                Ok(s2) => s2,
                Err(_) => s,
            };
        }
        let mut w = s.for_writer(out);
        for t in self.triples() {
            w.serialize_triple(&t)?;
        }
        w.finish()?;
        Ok(())
    }

    /// Writes the report as a table, one line per result, and a summary.
    pub fn write_table(&self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.violations.is_empty() {
            return writeln!(out, "conforms: the store meets every shape of the contract");
        }
        for v in &self.violations {
            let shape = match &v.shape {
                Some(s @ Term::NamedNode(_)) => short(s),
                _ => "(a property shape)".to_string(),
            };
            let component = short(&v.component);
            let component = component
                .trim_start_matches("sh:")
                .trim_end_matches("ConstraintComponent");
            let mut line = format!("{}  {shape}  {component}", short(&v.focus));
            if let Some(p) = &v.path {
                line.push_str(&format!("  {}", short(&Term::NamedNode(p.clone()))));
            }
            if let Some(x) = &v.value {
                let x: String = short(x).chars().take(80).collect();
                line.push_str(&format!("  value {x}"));
            }
            if let Some(m) = &v.message {
                line.push_str(&format!(": {m}"));
            }
            writeln!(out, "{line}")?;
        }
        writeln!(
            out,
            "does not conform: {} result{}",
            self.violations.len(),
            if self.violations.len() == 1 { "" } else { "s" }
        )
    }
}
