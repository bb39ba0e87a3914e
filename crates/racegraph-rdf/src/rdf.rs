//! RDF mapping: an article and its resolved extraction become quads in the
//! article's own named graph, each `rg:` fact with its evidence node.

use crate::corpus::Article;
use crate::extract::{Extraction, Kind, Value};
use crate::vocab::{self, dcterms, rdf, rdfs, rg};
use oxrdf::vocab::xsd;
use oxrdf::{GraphName, Literal, NamedNode, Quad, Term};

/// The IRI of an article.
pub fn article_iri(id: &str) -> NamedNode {
    vocab::resource(&format!("article/{id}"))
}

/// The kinds an article counts as mentioning (what a reader would call
/// "an entity it names").
fn is_mentionable(kind: Kind) -> bool {
    !matches!(
        kind,
        Kind::RaceResult | Kind::ParticipationCount | Kind::Race
    )
}

/// Every quad of one article's graph.
pub fn article_quads(article: &Article, x: &Extraction, paths: &[String]) -> Vec<Quad> {
    let me = article_iri(&article.id);
    let graph = GraphName::NamedNode(me.clone());
    let mut out = Vec::new();
    let mut add =
        |s: &NamedNode, p: NamedNode, o: Term| out.push(Quad::new(s.clone(), p, o, graph.clone()));

    add(&me, vocab::RDF_TYPE.into_owned(), rg("Article").into());
    add(
        &me,
        dcterms("source"),
        Literal::new_simple_literal(&article.source).into(),
    );
    add(
        &me,
        rg("body"),
        Literal::new_simple_literal(&article.body).into(),
    );
    add(
        &me,
        rg("contentHash"),
        Literal::new_simple_literal(&article.hash).into(),
    );
    let m = &article.meta;
    if let Some(t) = &m.title {
        add(&me, dcterms("title"), Literal::new_simple_literal(t).into());
    }
    if let Some(d) = m.published {
        add(
            &me,
            dcterms("issued"),
            Literal::new_typed_literal(d.to_string(), xsd::DATE).into(),
        );
    }
    if let Some(p) = &m.publisher {
        add(
            &me,
            dcterms("publisher"),
            Literal::new_simple_literal(p).into(),
        );
    }
    if let Some(a) = &m.author {
        add(
            &me,
            dcterms("creator"),
            Literal::new_simple_literal(a).into(),
        );
    }
    if let Some(u) = &m.url {
        let term: Term = NamedNode::new(u.as_str())
            .map(Term::from)
            .unwrap_or_else(|_| Literal::new_simple_literal(u).into());
        add(&me, rdfs("seeAlso"), term);
    }

    let iris: Vec<NamedNode> = paths.iter().map(|p| vocab::resource(p)).collect();
    for (e, iri) in x.entities.iter().zip(&iris) {
        add(iri, vocab::RDF_TYPE.into_owned(), rg(e.kind.class()).into());
        if e.kind == Kind::Athlete {
            add(iri, vocab::RDF_TYPE.into_owned(), rg("Person").into());
        }
        if is_mentionable(e.kind) {
            add(&me, rg("mentions"), iri.clone().into());
        }
    }

    // Facts, and the names each entity goes by here, each with evidence.
    let chars = CharOffsets::new(&article.body, &x.sentences);
    let mut evidence = 0usize;
    let mut stated: Vec<(NamedNode, NamedNode, Term, usize)> = Vec::new();
    for f in &x.facts {
        stated.push((
            iris[f.subject].clone(),
            rg(f.property.local()),
            object(&f.object, &iris),
            f.sentence,
        ));
    }
    for (e, iri) in x.entities.iter().zip(&iris) {
        for n in &e.names {
            stated.push((
                iri.clone(),
                rg("name"),
                Literal::new_simple_literal(&n.text).into(),
                n.sentence,
            ));
        }
    }
    for (s, p, o, sentence) in stated {
        add(&s, p.clone(), o.clone());
        evidence += 1;
        let ev = vocab::resource(&format!("evidence/{}/{evidence}", article.id));
        let span = &x.sentences[sentence];
        add(&ev, vocab::RDF_TYPE.into_owned(), rg("Evidence").into());
        add(&ev, rdf("subject"), s.into());
        add(&ev, rdf("predicate"), p.into());
        add(&ev, rdf("object"), o);
        add(&ev, rg("article"), me.clone().into());
        add(
            &ev,
            rg("text"),
            Literal::new_simple_literal(&article.body[span.start..span.end]).into(),
        );
        add(
            &ev,
            rg("start"),
            Literal::from(chars.of(span.start) as i64).into(),
        );
        add(
            &ev,
            rg("end"),
            Literal::from(chars.of(span.end) as i64).into(),
        );
    }
    out
}

/// Code-point offsets of the sentence bounds of a body, counted in one pass
/// (counting from the start for each evidence node was quadratic).
struct CharOffsets(std::collections::HashMap<usize, usize>);

impl CharOffsets {
    fn new(body: &str, sentences: &[crate::extract::text::Sentence]) -> Self {
        let mut bytes: Vec<usize> = sentences.iter().flat_map(|s| [s.start, s.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut map = std::collections::HashMap::with_capacity(bytes.len());
        let (mut at, mut count) = (0usize, 0usize);
        for b in bytes {
            let b = b.min(body.len());
            count += body.get(at..b).map_or(0, |t| t.chars().count());
            at = b;
            map.insert(b, count);
        }
        Self(map)
    }

    fn of(&self, byte: usize) -> usize {
        self.0.get(&byte).copied().unwrap_or(0)
    }
}

fn object(v: &Value, iris: &[NamedNode]) -> Term {
    match v {
        Value::Entity(id) => iris[*id].clone().into(),
        Value::Integer(i) => Literal::from(*i).into(),
        Value::Decimal(d) => Literal::new_typed_literal(d, xsd::DECIMAL).into(),
        Value::Date(d) => Literal::new_typed_literal(d.to_string(), xsd::DATE).into(),
        Value::Duration(d) => Literal::new_typed_literal(d, xsd::DURATION).into(),
        Value::Boolean(b) => Literal::from(*b).into(),
        Value::Text(t) => Literal::new_simple_literal(t).into(),
        Value::Sex(s) => rg(s.term()).into(),
        Value::Group(g) => rg(g.term()).into(),
        Value::Status(s) => rg(s.term()).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_article;

    #[test]
    fn every_rg_fact_has_evidence_pointing_at_its_sentence() {
        let a = parse_article(
            "---\npublished: 2025-04-08\n---\nResults of Lakeside 2025 races\n  • Women’s Marathon: Ann Lee (Kenya) – 2:25:48\nThe Lakeside Marathon starts at Lakeside Stadium.\n".as_bytes(),
            "t".into(),
            "t.txt".into(),
            "t.txt".into(),
        )
        .unwrap();
        let x = crate::extract::extract(&a);
        let paths = crate::resolve::resolve(&x, &a.id, &mut Default::default());
        let quads = article_quads(&a, &x, &paths);
        let evidence_subjects = quads
            .iter()
            .filter(|q| q.predicate == rdf("subject"))
            .count();
        let rg_facts = quads
            .iter()
            .filter(|q| q.predicate.as_str().starts_with(vocab::RG))
            .filter(|q| {
                ![
                    "body",
                    "contentHash",
                    "mentions",
                    "article",
                    "text",
                    "start",
                    "end",
                ]
                .iter()
                .any(|p| q.predicate == rg(p))
            })
            .count();
        assert!(rg_facts > 5);
        assert_eq!(evidence_subjects, rg_facts);
        let body: Vec<char> = a.body.chars().collect();
        let texts: Vec<_> = quads.iter().filter(|q| q.predicate == rg("text")).collect();
        let starts: Vec<_> = quads
            .iter()
            .filter(|q| q.predicate == rg("start"))
            .collect();
        let ends: Vec<_> = quads.iter().filter(|q| q.predicate == rg("end")).collect();
        for ((t, s), e) in texts.iter().zip(&starts).zip(&ends) {
            let num = |q: &Quad| match &q.object {
                Term::Literal(l) => l.value().parse::<usize>().unwrap(),
                _ => panic!(),
            };
            let span: String = body[num(s)..num(e)].iter().collect();
            let Term::Literal(text) = &t.object else {
                panic!()
            };
            assert_eq!(span, text.value());
        }
    }
}
