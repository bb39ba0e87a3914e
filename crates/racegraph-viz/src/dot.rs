//! Graphviz DOT output.

use std::io::{self, Write};

use petgraph::visit::EdgeRef;

use super::style::class_style;
use super::view::GraphView;

/// Writes the view as a `digraph`, one quoted, escaped statement a line.
pub(crate) fn write(view: &GraphView, out: &mut dyn Write) -> io::Result<()> {
    let graph = &view.graph;
    writeln!(out, "digraph racegraph {{")?;
    writeln!(out, "  graph [overlap=false, splines=true];")?;
    writeln!(out, "  node [style=filled, fontsize=10, penwidth=0.6];")?;
    writeln!(
        out,
        "  edge [fontsize=8, color=\"#777777\", fontcolor=\"#555555\", arrowsize=0.6];"
    )?;
    for n in graph.node_indices() {
        let node = &graph[n];
        let style = class_style(node.primary_class());
        let pen = if Some(n) == view.focus { 2.5 } else { 0.6 };
        writeln!(
            out,
            "  n{} [label=\"{}\", tooltip=\"{}\", shape={}, fillcolor=\"{}\", penwidth={pen}];",
            n.index(),
            escape(&node.label),
            escape(&format!("{} ({})", node.iri, node.classes.join(", "))),
            style.shape,
            style.color,
        )?;
    }
    for e in graph.edge_references() {
        writeln!(
            out,
            "  n{} -> n{} [label=\"{}\"];",
            e.source().index(),
            e.target().index(),
            escape(&e.weight().property),
        )?;
    }
    writeln!(out, "}}")
}

/// Escapes text for a double-quoted DOT string so that Graphviz shows it
/// as it is: backslashes and quotes are escaped, `&` becomes `&amp;` (DOT
/// strings decode HTML entities), line breaks become `\n` and other
/// control characters spaces.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '&' => escaped.push_str("&amp;"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_what_dot_would_interpret() {
        assert_eq!(escape(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(escape("x\ny\r\t"), "x\\ny ");
        assert_eq!(escape("AT&T &lt;"), "AT&amp;T &amp;lt;");
        assert_eq!(escape("ends with \\"), "ends with \\\\");
    }
}
