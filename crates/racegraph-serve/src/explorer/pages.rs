//! The explorer's HTML, written on the server. Every string that comes
//! from the store (an article's text, a label, a query) goes through
//! `html_escape`, so markup in an article reads as text.

use super::data::{self, ArticleText, Described, Entity, Evidence, Fact, Neighbourhood};
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use oxigraph::model::Term;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use racegraph_rdf::vocab;
use std::fmt::Write;

/// A query-string value.
pub fn enc(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

/// The page around `body`.
pub fn layout(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{} · racegraph</title><link rel=\"stylesheet\" href=\"/assets/explorer.css\">\
<script src=\"/assets/explorer.js\" defer></script></head><body>\
<header><a class=\"home\" href=\"/\">racegraph</a>\
<form class=\"search\" action=\"/search\" method=\"get\" autocomplete=\"off\">\
<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search people, races, places…\" aria-label=\"Search\">\
<ul id=\"suggestions\" role=\"listbox\"></ul></form>\
<nav><a href=\"/query\">Query</a> <a href=\"/graph\">Graph</a> <a href=\"/sparql\">SPARQL endpoint</a></nav></header>\
<main>{body}</main></body></html>\n",
        text(title)
    )
}

fn local(iri: &str) -> &str {
    vocab::rg_local(iri).unwrap_or_else(|| iri.rsplit(['#', '/']).next().unwrap_or(iri))
}

/// A term as a link (resources), a name (`rg:` terms) or text (literals).
fn term(t: &Term, label: Option<&str>) -> String {
    match t {
        Term::NamedNode(n) => match data::page_of(n.as_str()) {
            Some(href) => format!(
                "<a class=\"res\" href=\"{}\">{}</a>",
                attr(&href),
                text(label.unwrap_or(local(n.as_str())))
            ),
            None if n.as_str().starts_with(vocab::RG) => {
                format!("<span class=\"term\">{}</span>", text(local(n.as_str())))
            }
            None => format!("<span class=\"iri\">{}</span>", text(n.as_str())),
        },
        Term::Literal(l) => {
            let dt = l.datatype().as_str();
            let kind =
                if dt.starts_with(vocab::XSD) && dt != "http://www.w3.org/2001/XMLSchema#string" {
                    format!(" <small class=\"dt\">{}</small>", text(local(dt)))
                } else {
                    String::new()
                };
            format!("<span class=\"lit\">{}</span>{kind}", text(l.value()))
        }
        other => format!("<span class=\"lit\">{}</span>", text(&other.to_string())),
    }
}

/// The link to a sentence highlighted in its article.
pub fn span_href(e: &Evidence) -> String {
    format!(
        "{}#span-{}-{}",
        data::page_of(&e.article).unwrap_or_default(),
        e.start,
        e.end
    )
}

fn evidence(e: &Evidence) -> String {
    let mut meta = Vec::new();
    meta.push(format!(
        "<a class=\"article\" href=\"{}\">{}</a>",
        attr(&data::page_of(&e.article).unwrap_or_default()),
        text(e.title.as_deref().unwrap_or(local(&e.article)))
    ));
    if let Some(d) = &e.date {
        meta.push(format!("<time>{}</time>", text(d)));
    }
    if let Some(s) = &e.source {
        meta.push(format!("<span class=\"source\">{}</span>", text(s)));
    }
    format!(
        "<blockquote class=\"evidence\"><a class=\"sentence\" href=\"{}\">{}</a><footer>{}</footer></blockquote>",
        attr(&span_href(e)),
        text(&e.text),
        meta.join(" · ")
    )
}

fn fact_rows(out: &mut String, facts: &[Fact], incoming: bool) {
    for f in facts {
        let other = if incoming {
            term(&f.subject, f.subject_label.as_deref())
        } else {
            term(&f.object, f.object_label.as_deref())
        };
        let ev: String = if f.evidence.is_empty() {
            "<span class=\"none\">no sentence: from the article's metadata</span>".into()
        } else {
            f.evidence.iter().map(evidence).collect()
        };
        let _ = write!(
            out,
            "<tr class=\"fact\"><td class=\"p\">{}</td><td>{other}</td><td>{ev}</td></tr>",
            text(local(&f.predicate))
        );
    }
}

/// The page of a resource.
pub fn entity(d: &Described, article: Option<&ArticleText>) -> String {
    let name = d
        .label
        .clone()
        .or_else(|| article.and_then(|a| a.title.clone()))
        .unwrap_or_else(|| local(&d.iri).to_string());
    let mut b = String::new();
    let classes: Vec<String> = d
        .classes
        .iter()
        .map(|c| format!("<span class=\"class\">{}</span>", text(local(c))))
        .collect();
    let _ = write!(
        b,
        "<h1>{}</h1><p class=\"iri\"><code>{}</code> {}</p>",
        text(&name),
        text(&d.iri),
        classes.join(" ")
    );
    if !d.alt.is_empty() {
        let alts: Vec<String> = d
            .alt
            .iter()
            .map(|a| format!("<li>{}</li>", text(a)))
            .collect();
        let _ = write!(
            b,
            "<p>Also called:</p><ul class=\"alt\">{}</ul>",
            alts.join("")
        );
    }
    let _ = write!(
        b,
        "<p><a class=\"button\" href=\"/graph?focus={}\">Neighbourhood graph</a> \
         <a href=\"{}?format=turtle\">Turtle</a> <a href=\"{}?format=jsonld\">JSON-LD</a></p>",
        attr(&enc(&d.iri)),
        attr(&data::page_of(&d.iri).unwrap_or_default()),
        attr(&data::page_of(&d.iri).unwrap_or_default())
    );
    if let Some(a) = article {
        b.push_str(&article_body(a));
    }
    let _ = write!(
        b,
        "<h2>Facts about {} <small>({})</small></h2>",
        text(&name),
        d.outgoing.len()
    );
    b.push_str("<table class=\"facts out\"><thead><tr><th>property</th><th>value</th><th>stated in</th></tr></thead><tbody>");
    fact_rows(&mut b, &d.outgoing, false);
    b.push_str("</tbody></table>");
    let _ = write!(
        b,
        "<h2>Facts that name {} <small>({})</small></h2>",
        text(&name),
        d.incoming.len()
    );
    b.push_str("<table class=\"facts in\"><thead><tr><th>property</th><th>subject</th><th>stated in</th></tr></thead><tbody>");
    fact_rows(&mut b, &d.incoming, true);
    b.push_str("</tbody></table>");
    layout(&name, &b)
}

/// An article's text with every span that states a fact highlighted; a
/// span's anchor is `span-START-END` (code points, as `rg:start`/`rg:end`).
pub fn article_body(a: &ArticleText) -> String {
    let mut b = String::new();
    let mut meta = Vec::new();
    for (k, v) in [
        ("date", &a.date),
        ("source", &a.source),
        ("publisher", &a.publisher),
        ("author", &a.creator),
    ] {
        if let Some(v) = v {
            meta.push(format!("<dt>{k}</dt><dd>{}</dd>", text(v)));
        }
    }
    let _ = write!(b, "<dl class=\"meta\">{}</dl>", meta.join(""));
    let chars: Vec<char> = a.body.chars().collect();
    let mut cuts: Vec<usize> = vec![0, chars.len()];
    for (s, e) in a.spans.keys() {
        cuts.push((*s).min(chars.len()));
        cuts.push((*e).min(chars.len()));
    }
    cuts.sort();
    cuts.dedup();
    b.push_str("<div class=\"body\">");
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1]);
        for ((s, e), _) in a.spans.iter().filter(|((s, _), _)| *s == from) {
            let _ = write!(b, "<span class=\"anchor\" id=\"span-{s}-{e}\"></span>");
        }
        let piece: String = chars[from..to].iter().collect();
        let covering: Vec<&Vec<String>> = a
            .spans
            .iter()
            .filter(|((s, e), _)| *s <= from && *e >= to)
            .map(|(_, f)| f)
            .collect();
        if covering.is_empty() {
            b.push_str(&text(&piece));
        } else {
            let facts: Vec<&str> = covering
                .iter()
                .flat_map(|f| f.iter().map(String::as_str))
                .collect();
            let _ = write!(
                b,
                "<mark class=\"span\" title=\"{}\">{}</mark>",
                attr(&facts.join("\n")),
                text(&piece)
            );
        }
    }
    b.push_str("</div>");
    let _ = write!(
        b,
        "<h2>Sentences that state facts <small>({})</small></h2><ol class=\"spans\">",
        a.spans.len()
    );
    for ((s, e), facts) in &a.spans {
        let items: Vec<String> = facts
            .iter()
            .map(|f| format!("<li class=\"stated\">{}</li>", text(f)))
            .collect();
        let _ = write!(
            b,
            "<li><a href=\"#span-{s}-{e}\">characters {s}–{e}</a><ul>{}</ul></li>",
            items.join("")
        );
    }
    b.push_str("</ol>");
    b
}

/// Search results (the page without script; the box suggests as you type).
pub fn search(q: &str, found: &[Entity]) -> String {
    let mut b = format!("<h1>Search: {}</h1>", text(q));
    if found.is_empty() {
        b.push_str("<p>Nothing found.</p>");
    }
    b.push_str("<ul class=\"results\">");
    for e in found {
        let alt = if e.alt.is_empty() {
            String::new()
        } else {
            format!(" <small>also {}</small>", text(&e.alt.join(", ")))
        };
        let _ = write!(
            b,
            "<li class=\"hit\"><a href=\"{}\">{}</a> <span class=\"class\">{}</span>{alt}</li>",
            attr(&data::page_of(&e.iri).unwrap_or_default()),
            text(&e.label),
            text(e.class.as_deref().unwrap_or(""))
        );
    }
    b.push_str("</ul>");
    layout(&format!("Search: {q}"), &b)
}

/// The front page: search, articles, entities by class.
pub fn index(articles: &[data::ArticleItem], entities: &[Entity]) -> String {
    let mut b = String::from(
        "<h1>racegraph explorer</h1><p>Every fact in this graph comes with the sentence that states it. \
         Search above, open an article, <a href=\"/query\">ask a SPARQL query</a>, or \
         <a href=\"/graph\">walk the graph</a>.</p>",
    );
    let _ = write!(
        b,
        "<h2>Articles <small>({})</small></h2><ul class=\"articles\">",
        articles.len()
    );
    for (iri, title, date, source) in articles {
        let _ = write!(
            b,
            "<li><a href=\"{}\">{}</a> <time>{}</time> <span class=\"source\">{}</span></li>",
            attr(&data::page_of(iri).unwrap_or_default()),
            text(title.as_deref().unwrap_or(local(iri))),
            text(date.as_deref().unwrap_or("undated")),
            text(source.as_deref().unwrap_or(""))
        );
    }
    b.push_str("</ul>");
    let mut by_class: std::collections::BTreeMap<&str, Vec<&Entity>> = Default::default();
    for e in entities {
        by_class
            .entry(e.class.as_deref().unwrap_or("Resource"))
            .or_default()
            .push(e);
    }
    let _ = write!(b, "<h2>Entities <small>({})</small></h2>", entities.len());
    for (class, list) in by_class {
        let mut links: Vec<String> = list
            .iter()
            .take(200)
            .map(|e| {
                format!(
                    "<a href=\"{}\">{}</a>",
                    attr(&data::page_of(&e.iri).unwrap_or_default()),
                    text(&e.label)
                )
            })
            .collect();
        if list.len() > 200 {
            links.push(format!("and {} more (search above)", list.len() - 200));
        }
        let _ = write!(
            b,
            "<h3>{} <small>({})</small></h3><p class=\"entities\">{}</p>",
            text(class),
            list.len(),
            links.join(" · ")
        );
    }
    layout("Explorer", &b)
}

/// The neighbourhood graph page; the script draws `initial` and asks
/// `/api/neighbours` for more on a click.
pub fn graph(focus: &str, initial: &Neighbourhood) -> String {
    // JSON in an inert data block: `<` escaped so no text can close it.
    let json = serde_json::to_string(initial)
        .unwrap_or_else(|_| "{\"nodes\":[],\"edges\":[]}".into())
        .replace('<', "\\u003c");
    let b = format!(
        "<h1>Neighbourhood of {}</h1><p class=\"hint\">Click a node to open its neighbours; \
         double-click to open its page; hover an edge for its relation. Drag to pan, wheel to zoom.</p>\
         <div id=\"legend\"></div><svg id=\"graph\" role=\"img\" aria-label=\"graph\"></svg>\
         <script type=\"application/json\" id=\"graph-data\">{json}</script>",
        text(
            initial
                .nodes
                .iter()
                .find(|n| n.id == focus)
                .map(|n| n.label.as_str())
                .unwrap_or(focus)
        )
    );
    layout("Graph", &b)
}

/// The query page: an editor, the example queries, results, downloads.
pub fn query(examples: &[(&str, &str)], initial: &str) -> String {
    let mut b = String::from(
        "<h1>SPARQL query</h1><form id=\"query-form\" action=\"/sparql\" method=\"post\">\
        <label>Example: <select id=\"examples\"><option value=\"\">(choose)</option>",
    );
    for (name, q) in examples {
        let _ = write!(b, "<option value=\"{}\">{}</option>", attr(q), text(name));
    }
    let _ = write!(
        b,
        "</select></label><textarea id=\"query\" name=\"query\" rows=\"14\" spellcheck=\"false\">{}</textarea>\
         <p><button id=\"run\" type=\"submit\">Run</button> <span id=\"status\"></span></p></form>\
         <p id=\"downloads\"></p><div id=\"results\"></div>",
        text(initial)
    );
    layout("Query", &b)
}
