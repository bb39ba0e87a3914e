//! GraphML output, for networkx, Gephi and yEd.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use petgraph::visit::EdgeRef;

use super::style::class_style;
use super::view::GraphView;

/// The node data every node has: key id and attribute name.
const NODE_KEYS: [(&str, &str); 5] = [
    ("iri", "iri"),
    ("label", "label"),
    ("class", "class"),
    ("classes", "classes"),
    ("color", "color"),
];

/// Writes the view as a directed GraphML graph. Node attributes (`year`,
/// `distance`…) get a key each; several values are joined with `"; "`.
pub(crate) fn write(view: &GraphView, out: &mut dyn Write) -> io::Result<()> {
    let graph = &view.graph;
    let properties: BTreeSet<&str> = graph
        .node_weights()
        .flat_map(|n| n.attributes.iter().map(|a| a.property.as_str()))
        .collect();
    // Attribute keys are a0, a1…; a property named like a fixed key is
    // prefixed so the names stay unique.
    let attribute_keys: BTreeMap<&str, String> = properties
        .iter()
        .enumerate()
        .map(|(i, p)| (*p, format!("a{i}")))
        .collect();

    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, name) in NODE_KEYS {
        writeln!(
            out,
            r#"  <key id="{id}" for="node" attr.name="{name}" attr.type="string"/>"#
        )?;
    }
    for (property, id) in &attribute_keys {
        let name = if NODE_KEYS.iter().any(|(_, n)| n == property) {
            format!("rg:{property}")
        } else {
            (*property).to_owned()
        };
        writeln!(
            out,
            r#"  <key id="{id}" for="node" attr.name="{}" attr.type="{}"/>"#,
            escape(&name),
            key_type(view, property)
        )?;
    }
    writeln!(
        out,
        r#"  <key id="property" for="edge" attr.name="property" attr.type="string"/>"#
    )?;
    writeln!(
        out,
        r#"  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>"#
    )?;
    writeln!(out, r#"  <graph id="racegraph" edgedefault="directed">"#)?;
    for n in graph.node_indices() {
        let node = &graph[n];
        let class = node.primary_class();
        writeln!(out, r#"    <node id="n{}">"#, n.index())?;
        let fixed = [
            node.iri.as_str(),
            node.label.as_str(),
            class,
            &node.classes.join(" "),
            class_style(class).color,
        ];
        for ((key, _), value) in NODE_KEYS.iter().zip(fixed) {
            data(out, key, value)?;
        }
        let mut values: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for a in &node.attributes {
            values.entry(&a.property).or_default().push(&a.value);
        }
        for (property, vals) in values {
            if let Some(key) = attribute_keys.get(property) {
                data(out, key, &vals.join("; "))?;
            }
        }
        writeln!(out, "    </node>")?;
    }
    for e in graph.edge_references() {
        writeln!(
            out,
            r#"    <edge id="e{}" source="n{}" target="n{}">"#,
            e.id().index(),
            e.source().index(),
            e.target().index()
        )?;
        data(out, "property", &e.weight().property)?;
        data(out, "edge_label", &e.weight().property)?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// The GraphML type of a node attribute: `int`, `double` or `boolean` when
/// every value is one and no node has several (those are joined as text),
/// else `string`. Years, positions and counts are numbers to Gephi.
fn key_type(view: &GraphView, property: &str) -> &'static str {
    let mut values = Vec::new();
    for n in view.graph.node_weights() {
        let of: Vec<&str> = n
            .attributes
            .iter()
            .filter(|a| a.property == property)
            .map(|a| a.value.as_str())
            .collect();
        if of.len() > 1 {
            return "string";
        }
        values.extend(of);
    }
    type_of(&values)
}

fn type_of(values: &[&str]) -> &'static str {
    if values.is_empty() {
        "string"
    } else if values.iter().all(|v| v.parse::<i32>().is_ok()) {
        "int"
    } else if values.iter().all(|v| v.parse::<i64>().is_ok()) {
        "long"
    } else if values
        .iter()
        .all(|v| v.parse::<f64>().is_ok_and(f64::is_finite) && !v.contains(['i', 'I', 'n', 'N']))
    {
        "double"
    } else if values.iter().all(|v| *v == "true" || *v == "false") {
        "boolean"
    } else {
        "string"
    }
}

/// One `<data>` element.
fn data(out: &mut dyn Write, key: &str, value: &str) -> io::Result<()> {
    writeln!(out, r#"      <data key="{key}">{}</data>"#, escape(value))
}

/// Escapes text for XML content and attributes, dropping characters XML
/// 1.0 cannot hold at all.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' | '\n' | '\r' => escaped.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::{escape, type_of};

    #[test]
    fn numbers_and_booleans_are_typed() {
        assert_eq!(type_of(&["2025", "1"]), "int");
        assert_eq!(type_of(&["42.195", "10"]), "double");
        assert_eq!(type_of(&["true", "false"]), "boolean");
        assert_eq!(type_of(&["PT2H12M8S"]), "string");
        assert_eq!(type_of(&["inf", "NaN"]), "string");
        assert_eq!(type_of(&["3000000000"]), "long");
    }

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\td"), "abc\td");
    }
}
