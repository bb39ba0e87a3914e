//! What the explorer shows, read from the store with SPARQL: entities and
//! their names, facts with their evidence, articles, neighbourhoods.

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use racegraph_rdf::vocab;
use racegraph_store::store::GraphStore;
use racegraph_store::Result;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One row of a SELECT: variable name → term.
type Row = HashMap<String, Term>;

fn select(store: &GraphStore, query: &str) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    if let QueryResults::Solutions(solutions) = store.query(query)? {
        for s in solutions {
            let s = s?;
            rows.push(
                s.iter()
                    .map(|(v, t)| (v.as_str().to_string(), t.clone()))
                    .collect(),
            );
        }
    }
    Ok(rows)
}

fn text(row: &Row, var: &str) -> Option<String> {
    row.get(var).map(|t| match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    })
}

fn number(row: &Row, var: &str) -> Option<usize> {
    text(row, var).and_then(|s| s.parse().ok())
}

/// An IRI written into a query: only IRIs Oxigraph accepted reach here,
/// and `>` cannot be in one.
fn iri_ref(iri: &str) -> String {
    format!("<{}>", iri.replace(['<', '>', '"', ' ', '\\'], ""))
}

/// The most specific `rg:` class of a resource, by local name.
fn best_class(classes: &[String]) -> Option<String> {
    let locals: Vec<&str> = classes.iter().filter_map(|c| vocab::rg_local(c)).collect();
    if locals.contains(&"Athlete") {
        return Some("Athlete".into());
    }
    locals
        .iter()
        .find(|c| **c != "Person")
        .or(locals.first())
        .map(|c| c.to_string())
}

/// An entity, as a search suggestion or a graph node.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub iri: String,
    pub label: String,
    pub alt: Vec<String>,
    pub class: Option<String>,
}

/// Every labelled entity with its alternative labels and class.
pub fn entities(store: &GraphStore) -> Result<Vec<Entity>> {
    let rows = select(
        store,
        &format!(
            "SELECT ?s ?label ?alt ?class WHERE {{ GRAPH <{}> {{ ?s rdfs:label ?label \
             OPTIONAL {{ ?s skos:altLabel ?alt }} }} OPTIONAL {{ ?s a ?class }} }}",
            vocab::ENTITIES_GRAPH
        ),
    )?;
    let mut by: BTreeMap<String, (String, Vec<String>, Vec<String>)> = BTreeMap::new();
    for r in rows {
        let (Some(s), Some(label)) = (text(&r, "s"), text(&r, "label")) else {
            continue;
        };
        let e = by.entry(s).or_insert((label, Vec::new(), Vec::new()));
        if let Some(a) = text(&r, "alt") {
            if !e.1.contains(&a) {
                e.1.push(a);
            }
        }
        if let Some(c) = text(&r, "class") {
            if !e.2.contains(&c) {
                e.2.push(c);
            }
        }
    }
    Ok(by
        .into_iter()
        .map(|(iri, (label, mut alt, classes))| {
            alt.sort();
            Entity {
                iri,
                label,
                alt,
                class: best_class(&classes),
            }
        })
        .collect())
}

/// Entities whose label or an alternative label holds `q` (any case):
/// labels starting with it first, then labels holding it, then alt labels.
pub fn search(store: &GraphStore, q: &str, limit: usize) -> Result<Vec<Entity>> {
    let q = q.trim().to_lowercase();
    if q.is_empty() {
        return Ok(Vec::new());
    }
    let mut scored: Vec<(u8, Entity)> = entities(store)?
        .into_iter()
        .filter_map(|e| {
            let l = e.label.to_lowercase();
            let rank = if l.starts_with(&q) {
                0
            } else if l.contains(&q) {
                1
            } else if e.alt.iter().any(|a| a.to_lowercase().contains(&q)) {
                2
            } else {
                return None;
            };
            Some((rank, e))
        })
        .collect();
    scored.sort_by(|a, b| (a.0, &a.1.label).cmp(&(b.0, &b.1.label)));
    Ok(scored.into_iter().take(limit).map(|(_, e)| e).collect())
}

/// The sentence that states a fact, in its article.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub article: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
}

/// A triple about an entity, with every sentence that states it.
#[derive(Debug, Clone)]
pub struct Fact {
    pub subject: Term,
    pub subject_label: Option<String>,
    pub predicate: String,
    pub object: Term,
    pub object_label: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// Everything the entity page shows.
#[derive(Debug, Clone)]
pub struct Described {
    pub iri: String,
    pub label: Option<String>,
    pub classes: Vec<String>,
    pub alt: Vec<String>,
    pub outgoing: Vec<Fact>,
    pub incoming: Vec<Fact>,
}

const EVIDENCE: &str = "OPTIONAL { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; \
    rg:text ?text ; rg:start ?start ; rg:end ?end ; rg:article ?art . \
    OPTIONAL { ?art dcterms:title ?title } OPTIONAL { ?art dcterms:issued ?date } \
    OPTIONAL { ?art dcterms:source ?source } } \
    OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?s dcterms:title ?st } BIND(COALESCE(?sl, ?st) AS ?slabel) \
    OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o dcterms:title ?ot } BIND(COALESCE(?ol, ?ot) AS ?olabel)";

fn facts(store: &GraphStore, pattern: &str) -> Result<Vec<Fact>> {
    let rows = select(
        store,
        &format!(
            "SELECT DISTINCT ?s ?p ?o ?slabel ?olabel ?ev ?text ?start ?end ?art ?title ?date ?source \
             WHERE {{ {pattern} {EVIDENCE} }} ORDER BY ?p ?s ?o ?date ?art ?start"
        ),
    )?;
    let mut out: Vec<Fact> = Vec::new();
    let mut index: HashMap<(Term, String, Term), usize> = HashMap::new();
    for r in rows {
        let (Some(s), Some(Term::NamedNode(p)), Some(o)) = (r.get("s"), r.get("p"), r.get("o"))
        else {
            continue;
        };
        let key = (s.clone(), p.as_str().to_string(), o.clone());
        let i = *index.entry(key).or_insert_with(|| {
            out.push(Fact {
                subject: s.clone(),
                subject_label: text(&r, "slabel"),
                predicate: p.as_str().to_string(),
                object: o.clone(),
                object_label: text(&r, "olabel"),
                evidence: Vec::new(),
            });
            out.len() - 1
        });
        if let (Some(t), Some(start), Some(end), Some(art)) = (
            text(&r, "text"),
            number(&r, "start"),
            number(&r, "end"),
            text(&r, "art"),
        ) {
            let f = &mut out[i];
            if !f
                .evidence
                .iter()
                .any(|e| e.article == art && e.start == start && e.end == end)
            {
                f.evidence.push(Evidence {
                    text: t,
                    start,
                    end,
                    article: art,
                    title: text(&r, "title"),
                    date: text(&r, "date"),
                    source: text(&r, "source"),
                });
            }
        }
    }
    Ok(out)
}

/// The entity page's content, or `None` if the store knows nothing of `iri`.
pub fn describe(store: &GraphStore, iri: &str) -> Result<Option<Described>> {
    let me = iri_ref(iri);
    let rows = select(
        store,
        &format!(
            "SELECT ?label ?alt ?class WHERE {{ \
             {{ {me} rdfs:label ?label }} UNION {{ {me} skos:altLabel ?alt }} UNION {{ {me} a ?class }} }}"
        ),
    )?;
    let mut label = None;
    let mut alt = Vec::new();
    let mut classes = Vec::new();
    for r in &rows {
        if let Some(l) = text(r, "label") {
            label.get_or_insert(l);
        }
        if let Some(a) = text(r, "alt") {
            if !alt.contains(&a) {
                alt.push(a);
            }
        }
        if let Some(c) = text(r, "class") {
            if !classes.contains(&c) {
                classes.push(c);
            }
        }
    }
    alt.sort();
    classes.sort();
    let outgoing = facts(
        store,
        &format!(
            "BIND({me} AS ?s) ?s ?p ?o . \
             FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel, rg:body))"
        ),
    )?;
    let incoming = facts(
        store,
        &format!(
            "BIND({me} AS ?o) ?s ?p ?o . \
             FILTER(!STRSTARTS(STR(?p), STR(rdf:)) && ?p != rg:article)"
        ),
    )?;
    if label.is_none() && classes.is_empty() && outgoing.is_empty() && incoming.is_empty() {
        return Ok(None);
    }
    Ok(Some(Described {
        iri: iri.to_string(),
        label,
        classes,
        alt,
        outgoing,
        incoming,
    }))
}

/// An article: its metadata, body and the spans its facts are stated in.
#[derive(Debug, Clone)]
pub struct ArticleText {
    pub body: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub publisher: Option<String>,
    pub creator: Option<String>,
    /// Each distinct span (code points) with the facts stated in it.
    pub spans: BTreeMap<(usize, usize), Vec<String>>,
}

/// The article `iri`, if it is one.
pub fn article(store: &GraphStore, iri: &str) -> Result<Option<ArticleText>> {
    let me = iri_ref(iri);
    let rows = select(
        store,
        &format!(
            "SELECT ?body ?title ?date ?source ?publisher ?creator WHERE {{ {me} a rg:Article ; rg:body ?body . \
             OPTIONAL {{ {me} dcterms:title ?title }} OPTIONAL {{ {me} dcterms:issued ?date }} \
             OPTIONAL {{ {me} dcterms:source ?source }} OPTIONAL {{ {me} dcterms:publisher ?publisher }} \
             OPTIONAL {{ {me} dcterms:creator ?creator }} }} LIMIT 1"
        ),
    )?;
    let Some(r) = rows.first() else {
        return Ok(None);
    };
    let mut a = ArticleText {
        body: text(r, "body").unwrap_or_default(),
        title: text(r, "title"),
        date: text(r, "date"),
        source: text(r, "source"),
        publisher: text(r, "publisher"),
        creator: text(r, "creator"),
        spans: BTreeMap::new(),
    };
    let ev = select(
        store,
        &format!(
            "SELECT ?start ?end ?s ?p ?o ?sl ?ol WHERE {{ ?ev rg:article {me} ; rg:start ?start ; rg:end ?end ; \
             rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . \
             OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }}"
        ),
    )?;
    for r in ev {
        let (Some(start), Some(end)) = (number(&r, "start"), number(&r, "end")) else {
            continue;
        };
        let s = text(&r, "sl").or_else(|| text(&r, "s")).unwrap_or_default();
        let p = text(&r, "p").unwrap_or_default();
        let p = p.rsplit(['#', '/']).next().unwrap_or_default().to_string();
        let o = text(&r, "ol").or_else(|| text(&r, "o")).unwrap_or_default();
        let fact = format!("{s} {p} {o}");
        let list = a.spans.entry((start, end)).or_default();
        if !list.contains(&fact) {
            list.push(fact);
        }
    }
    for list in a.spans.values_mut() {
        list.sort();
    }
    Ok(Some(a))
}

/// An article in a list: IRI, title, date, source.
pub type ArticleItem = (String, Option<String>, Option<String>, Option<String>);

/// Articles for the front page: IRI, title, date, source.
pub fn articles(store: &GraphStore) -> Result<Vec<ArticleItem>> {
    let rows = select(
        store,
        "SELECT ?a ?title ?date ?source WHERE { ?a a rg:Article . \
         OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:issued ?date } \
         OPTIONAL { ?a dcterms:source ?source } } ORDER BY DESC(?date) ?a",
    )?;
    let mut out: Vec<ArticleItem> = Vec::new();
    for r in rows {
        let Some(a) = text(&r, "a") else { continue };
        if out.iter().any(|o| o.0 == a) {
            continue;
        }
        out.push((a, text(&r, "title"), text(&r, "date"), text(&r, "source")));
    }
    Ok(out)
}

/// The labelled entity with the most `rg:` relations, where the graph
/// view starts without a focus.
pub fn central_entity(store: &GraphStore) -> Result<Option<String>> {
    let rows = select(
        store,
        &format!(
            "SELECT ?e (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?e rdfs:label ?l }} \
             {{ ?e ?p ?x }} UNION {{ ?x ?p ?e }} \
             FILTER(isIRI(?x) && STRSTARTS(STR(?p), STR(rg:)) && ?p NOT IN (rg:article, rg:mentions)) \
             }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1",
            vocab::ENTITIES_GRAPH
        ),
    )?;
    Ok(rows.first().and_then(|r| text(r, "e")))
}

/// A node of the neighbourhood graph.
#[derive(Debug, Clone, Serialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    pub class: String,
    pub href: String,
}

/// An edge of the neighbourhood graph: an `rg:` relation.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Neighbourhood {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// The path of a resource page for an IRI under the resource namespace.
pub fn page_of(iri: &str) -> Option<String> {
    iri.strip_prefix(vocab::RESOURCE)
        .map(|p| format!("/resource/{p}"))
}

/// `iri`, and every resource one `rg:` relation away (in or out).
pub fn neighbourhood(store: &GraphStore, iri: &str, limit: usize) -> Result<Neighbourhood> {
    let me = iri_ref(iri);
    let rows = select(
        store,
        &format!(
            "SELECT DISTINCT ?s ?p ?o WHERE {{ \
             {{ BIND({me} AS ?s) ?s ?p ?o }} UNION {{ BIND({me} AS ?o) ?s ?p ?o }} \
             FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(rg:)) && ?p != rg:article \
                    && STRSTARTS(STR(?o), \"{res}\") && STRSTARTS(STR(?s), \"{res}\")) \
             }} ORDER BY ?p ?s ?o LIMIT {limit}",
            res = vocab::RESOURCE
        ),
    )?;
    let mut edges: Vec<Edge> = Vec::new();
    let mut ids: Vec<String> = vec![iri.to_string()];
    for r in rows {
        let (Some(s), Some(p), Some(o)) = (text(&r, "s"), text(&r, "p"), text(&r, "o")) else {
            continue;
        };
        for x in [&s, &o] {
            if !ids.contains(x) {
                ids.push(x.clone());
            }
        }
        edges.push(Edge {
            source: s,
            target: o,
            label: vocab::rg_local(&p).unwrap_or(&p).to_string(),
        });
    }
    edges.sort();
    edges.dedup();
    let values: String = ids.iter().map(|i| iri_ref(i)).collect::<Vec<_>>().join(" ");
    let info = select(
        store,
        &format!(
            "SELECT ?n ?label ?title ?class WHERE {{ VALUES ?n {{ {values} }} \
             OPTIONAL {{ ?n rdfs:label ?label }} OPTIONAL {{ ?n dcterms:title ?title }} \
             OPTIONAL {{ ?n a ?class }} }}"
        ),
    )?;
    let mut by: HashMap<String, (Option<String>, Vec<String>)> = HashMap::new();
    for r in info {
        let Some(n) = text(&r, "n") else { continue };
        let e = by.entry(n).or_default();
        if e.0.is_none() {
            e.0 = text(&r, "label").or_else(|| text(&r, "title"));
        }
        if let Some(c) = text(&r, "class") {
            if !e.1.contains(&c) {
                e.1.push(c);
            }
        }
    }
    let nodes = ids
        .into_iter()
        .map(|id| {
            let (label, classes) = by.remove(&id).unwrap_or_default();
            let short = id.rsplit('/').next().unwrap_or(&id).to_string();
            Node {
                href: page_of(&id).unwrap_or_default(),
                label: label.unwrap_or(short),
                class: best_class(&classes).unwrap_or_else(|| "Resource".into()),
                id,
            }
        })
        .collect();
    Ok(Neighbourhood { nodes, edges })
}
