//! The entities graph: one `rdfs:label` per entity, chosen from every name
//! the articles give it, `skos:altLabel`s for the rest, and labels of
//! editions, races, results and claims made from their parts.
//!
//! [`LabelIndex`] is fed the article graphs of an extraction, or of a
//! first build, as they stream past, and keeps of them what the labels
//! need (types, `rg:name`s, the parts of composites), not the quads; the
//! store's `refresh_labels` reads the same from its indexes instead.

mod composites;

use crate::error::Result;
use crate::extract::Kind;
use crate::lexicon;
use crate::resolve;
use crate::store::kind_of_class;
use crate::vocab::{self, rg};
use composites::{Composites, Record, Value};
use oxigraph::model::{
    Literal, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef, TermRef,
};
use std::collections::HashMap;

/// The properties whose values name a composite entity's parts.
pub const PARTS: [&str; 10] = [
    "editionOf",
    "year",
    "raceOf",
    "distance",
    "sex",
    "race",
    "athlete",
    "edition",
    "count",
    "group",
];

/// What the labels need, gathered graph by graph. Every IRI of a named
/// entity, an edition or a race is kept once ([`Iris`]) and named by its
/// number elsewhere (parts are IRIs shared by many); results and claims,
/// most entities of a large corpus, wait on disk ([`Composites`]).
#[derive(Debug, Default)]
pub struct LabelIndex {
    iris: Iris,
    /// The most specific class of each entity.
    kinds: HashMap<u32, Kind>,
    /// The names each entity is given, with how often.
    names: HashMap<u32, Vec<(String, usize)>>,
    /// (entity, index in [`PARTS`]) -> the first value seen.
    parts: HashMap<(u32, u8), Part>,
    /// Results and claims, which are not in the maps above.
    composites: Composites,
}

/// A part's value: an IRI (by its number), or a literal's text.
#[derive(Debug)]
enum Part {
    Iri(u32),
    Text(Box<str>),
}

/// IRIs, each stored once, by number; those of racegraph's resources
/// without the namespace all share.
#[derive(Debug, Default)]
struct Iris(indexmap::IndexSet<Box<str>>);

impl Iris {
    /// The number of `iri`, given it if new (a string is made only then:
    /// this runs for every quad of an extraction).
    fn id(&mut self, iri: &str) -> u32 {
        if let Some(id) = self.get(iri) {
            return id;
        }
        let key = iri
            .strip_prefix(vocab::RESOURCE)
            .map_or_else(|| format!("<{iri}"), str::to_string);
        let (i, _) = self.0.insert_full(key.into_boxed_str());
        i as u32
    }

    fn get(&self, iri: &str) -> Option<u32> {
        let found = match iri.strip_prefix(vocab::RESOURCE) {
            Some(tail) => self.0.get_index_of(tail),
            None => self.0.get_index_of(format!("<{iri}").as_str()),
        };
        found.map(|i| i as u32)
    }

    /// The order of two IRIs by their whole text.
    fn cmp(&self, a: u32, b: u32) -> std::cmp::Ordering {
        let key = |id: u32| self.0.get_index(id as usize).map_or("", |k| k.as_ref());
        let (ka, kb) = (key(a), key(b));
        match (ka.strip_prefix('<'), kb.strip_prefix('<')) {
            // Both in the namespace: the same prefix was taken off both.
            (None, None) => ka.cmp(kb),
            (Some(x), Some(y)) => x.cmp(y),
            _ => self.iri(a).cmp(&self.iri(b)),
        }
    }

    fn iri(&self, id: u32) -> String {
        let key = self.0.get_index(id as usize).map_or("", |k| k.as_ref());
        match key.strip_prefix('<') {
            Some(other) => other.to_string(),
            None => format!("{}{key}", vocab::RESOURCE),
        }
    }
}

impl LabelIndex {
    /// Takes what the labels need from one article graph's quads, each
    /// quad once (a graph is a set: a name given twice counts once).
    /// Results and claims go to [`Composites`], the rest to the maps.
    pub fn add_graph(&mut self, quads: &[Quad]) -> Result<()> {
        // The graph's results and claims (by their types, in order), and
        // the record of each subject that is one.
        let mut record_of: HashMap<&str, usize> = HashMap::new();
        let mut records: Vec<Record> = Vec::new();
        for q in quads {
            if let (NamedOrBlankNodeRef::NamedNode(s), true, TermRef::NamedNode(o)) = (
                q.subject.as_ref(),
                q.predicate == vocab::RDF_TYPE,
                q.object.as_ref(),
            ) {
                if let Some(kind) = kind_of_type(o).filter(|k| stage_of(*k) == STAGES - 1) {
                    record_of.entry(s.as_str()).or_insert_with(|| {
                        records.push(Record {
                            iri: s.as_str().to_string(),
                            kind,
                            parts: Vec::new(),
                        });
                        records.len() - 1
                    });
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for q in quads {
            let q = q.as_ref();
            if !matters(q) || !seen.insert(q) {
                continue;
            }
            let record = match q.subject {
                NamedOrBlankNodeRef::NamedNode(s) => record_of.get(s.as_str()).copied(),
                NamedOrBlankNodeRef::BlankNode(_) => None,
            };
            let Some(r) = record else {
                self.add(q);
                continue;
            };
            // A composite's parts (it has neither names nor other kinds).
            let part = vocab::rg_local(q.predicate.as_str())
                .and_then(|l| PARTS.iter().position(|x| *x == l));
            let value = match q.object {
                TermRef::Literal(l) => Value::Text(l.value().to_string()),
                TermRef::NamedNode(n) => Value::Iri(n.as_str().to_string()),
                _ => continue,
            };
            if let Some(i) = part {
                let parts = &mut records[r].parts;
                if !parts.iter().any(|(j, _)| *j == i as u8) {
                    parts.push((i as u8, value));
                }
            }
        }
        for r in records {
            self.composites.add(r)?;
        }
        Ok(())
    }

    /// Takes what the labels need from one quad; other quads are ignored.
    fn add(&mut self, q: QuadRef<'_>) {
        let NamedOrBlankNodeRef::NamedNode(s) = q.subject else {
            return;
        };
        let p = q.predicate.as_str();
        if q.predicate == vocab::RDF_TYPE {
            if let TermRef::NamedNode(o) = q.object {
                self.add_type(s, o);
            }
            return;
        }
        let Some(local) = vocab::rg_local(p) else {
            return;
        };
        if local == "name" {
            if let TermRef::Literal(l) = q.object {
                let id = self.iris.id(s.as_str());
                let forms = self.names.entry(id).or_default();
                match forms.iter_mut().find(|(n, _)| n == l.value()) {
                    Some(f) => f.1 += 1,
                    None => forms.push((l.value().to_string(), 1)),
                }
            }
        } else if let Some(i) = PARTS.iter().position(|x| *x == local) {
            let id = self.iris.id(s.as_str());
            if self.parts.contains_key(&(id, i as u8)) {
                return;
            }
            let value = match q.object {
                TermRef::Literal(l) => Part::Text(l.value().into()),
                TermRef::NamedNode(n) => Part::Iri(self.iris.id(n.as_str())),
                _ => return,
            };
            self.parts.insert((id, i as u8), value);
        }
    }

    fn add_type(&mut self, s: NamedNodeRef<'_>, o: NamedNodeRef<'_>) {
        let Some(kind) = kind_of_type(o) else {
            return;
        };
        let id = self.iris.id(s.as_str());
        self.kinds
            .entry(id)
            .and_modify(|e| *e = more_specific(*e, kind))
            .or_insert(kind);
    }

    /// The kind of each entity, for [`resolve::Aliases`].
    pub fn kind_of(&self, iri: &str) -> Option<Kind> {
        if let Some(kind) = self.composites.kind_of(iri) {
            return Some(kind);
        }
        self.iris
            .get(iri)
            .and_then(|id| self.kinds.get(&id).copied())
    }

    /// The first value seen of one of an entity's [`PARTS`] (an IRI, or a
    /// literal's text).
    fn part(&self, s: u32, p: &str) -> Option<String> {
        let i = PARTS.iter().position(|x| *x == p)? as u8;
        self.parts.get(&(s, i)).map(|v| match v {
            Part::Iri(id) => self.iris.iri(*id),
            Part::Text(t) => t.to_string(),
        })
    }

    /// The quads of the entities graph, in a stable order (named entities
    /// by IRI, then editions and races by IRI, then results and claims in
    /// the order first seen), each given to `emit`; returns how many
    /// entities have a label.
    pub fn emit(self, emit: &mut dyn FnMut(Quad) -> Result<()>) -> Result<usize> {
        // The entities by IRI.
        let mut order: Vec<(u32, Kind)> = self.kinds.iter().map(|(id, k)| (*id, *k)).collect();
        order.sort_unstable_by(|a, b| self.iris.cmp(a.0, b.0));
        // Labels that composites are made from, by entity number.
        let mut labels: HashMap<u32, String> = HashMap::new();
        let mut n = 0;
        for (id, kind) in &order {
            let Some(forms) = self.names.get(id) else {
                continue;
            };
            let iri = self.iris.iri(*id);
            if let Some(label) = emit_names(&iri, *kind, forms.clone(), emit)? {
                n += 1;
                labels.insert(*id, label);
            }
        }
        for stage in 1..STAGES - 1 {
            let mut made = Vec::new();
            for (id, kind) in &order {
                if stage_of(*kind) != stage {
                    continue;
                }
                let iri = self.iris.iri(*id);
                let label = composite_label::<crate::error::Error>(
                    *kind,
                    &iri,
                    &|p| Ok(self.part(*id, p)),
                    &|part| Ok(self.iris.get(part).and_then(|p| labels.get(&p).cloned())),
                )?;
                if let Some(label) = label {
                    emit(label_quad(&iri, label.clone()))?;
                    n += 1;
                    made.push((*id, label));
                }
            }
            // A stage's labels are parts of the next stages' only.
            labels.extend(made);
        }
        // The last stage, results and claims: parts of nothing.
        let iris = &self.iris;
        self.composites.each(&mut |r| {
            let part = |p: &str| -> Result<Option<String>> {
                let Some(i) = PARTS.iter().position(|x| *x == p) else {
                    return Ok(None);
                };
                Ok(r.parts
                    .iter()
                    .find(|(j, _)| *j as usize == i)
                    .map(|(_, v)| match v {
                        Value::Iri(s) | Value::Text(s) => s.clone(),
                    }))
            };
            let label = composite_label(r.kind, &r.iri, &part, &|part| {
                Ok(iris.get(part).and_then(|p| labels.get(&p).cloned()))
            })?;
            if let Some(label) = label {
                emit(label_quad(&r.iri, label))?;
                n += 1;
            }
            Ok(())
        })?;
        Ok(n)
    }
}

/// How many stages the labels are made in: named entities first, then
/// editions (of series), races (of editions), and results and claims (of
/// athletes, races and editions). A composite's label is made from the
/// labels of its parts, all of earlier stages.
pub const STAGES: usize = 4;

/// The stage an entity of `kind` is labelled at.
pub fn stage_of(kind: Kind) -> usize {
    match kind {
        Kind::RaceEdition => 1,
        Kind::Race => 2,
        Kind::RaceResult | Kind::ParticipationCount => 3,
        _ => 0,
    }
}

/// The kind an `rdf:type` gives an entity, if it is an `rg:` class of one.
pub fn kind_of_type(class: NamedNodeRef<'_>) -> Option<Kind> {
    vocab::rg_local(class.as_str()).and_then(kind_of_class)
}

/// The kind of an entity of kind `current` that is also of kind `kind`:
/// an athlete is an athlete, a person anything more specific; otherwise
/// the first kind stays (its classes come in the store's order).
pub fn more_specific(current: Kind, kind: Kind) -> Kind {
    if kind == Kind::Athlete || (current == Kind::Person && kind != Kind::Person) {
        kind
    } else {
        current
    }
}

/// An entity's `rdfs:label` in the entities graph.
pub fn label_quad(iri: &str, label: String) -> Quad {
    Quad::new(
        NamedNode::new_unchecked(iri),
        vocab::RDFS_LABEL.into_owned(),
        Literal::new_simple_literal(label),
        graph(),
    )
}

/// The entities graph's quads of an entity with names (`forms`: each name
/// with how many times articles give it, in any order): its
/// `skos:altLabel`s and, unless it is a composite (labelled from its parts
/// by [`composite_label`]), its `rdfs:label`, which is returned.
pub fn emit_names<E>(
    iri: &str,
    kind: Kind,
    mut forms: Vec<(String, usize)>,
    emit: &mut dyn FnMut(Quad) -> Result<(), E>,
) -> Result<Option<String>, E> {
    // The same order whatever the order of the articles (a store's, a
    // stream's, a shard's): names in capitals last, then the most used,
    // then by their text.
    forms.sort_by(|a, b| {
        shouting(&a.0)
            .cmp(&shouting(&b.0))
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(&b.0))
    });
    let Some((label, alts)) = resolve::choose_label(kind, &forms, lexicon::get()) else {
        return Ok(None);
    };
    for alt in alts {
        emit(Quad::new(
            NamedNode::new_unchecked(iri),
            vocab::skos("altLabel"),
            Literal::new_simple_literal(alt),
            graph(),
        ))?;
    }
    if is_composite(kind) {
        return Ok(None);
    }
    emit(label_quad(iri, label.clone()))?;
    Ok(Some(label))
}

/// The label of a composite `s` of `kind` (none for other kinds), made
/// from its parts: `part` gives the first value of one of its [`PARTS`]
/// (an IRI, or a literal's text), `label` the label of an entity of an
/// earlier stage (see [`STAGES`]).
pub fn composite_label<E>(
    kind: Kind,
    s: &str,
    part: &dyn Fn(&str) -> Result<Option<String>, E>,
    label: &dyn Fn(&str) -> Result<Option<String>, E>,
) -> Result<Option<String>, E> {
    let text = |p: &str| -> Result<String, E> {
        Ok(part(p)?
            .map(|v| vocab::rg_local(&v).unwrap_or(&v).to_string())
            .unwrap_or_default())
    };
    let of = |p: &str| -> Result<String, E> {
        Ok(match part(p)? {
            Some(iri) => label(&iri)?.unwrap_or_default(),
            None => String::new(),
        })
    };
    Ok(Some(match kind {
        Kind::RaceEdition => format!("{} {}", of("editionOf")?, text("year")?),
        Kind::Race => {
            let category = match text("distance")?.as_str() {
                "42.195" => "marathon".to_string(),
                "21.0975" => "half marathon".to_string(),
                "" => "race".to_string(),
                d => format!("{d} km"),
            };
            let sex = match text("sex")?.as_str() {
                "Men" => "men's ",
                "Women" => "women's ",
                _ => "",
            };
            format!("{}, {sex}{category}", of("raceOf")?)
        }
        Kind::RaceResult => format!("{} in {}", of("athlete")?, of("race")?),
        Kind::ParticipationCount => {
            let group = match text("group")?.as_str() {
                "ForeignParticipants" => "foreign participants",
                "WesternParticipants" => "Western participants",
                "Finishers" => "finishers",
                _ => "participants",
            };
            let id = s.rsplit('/').next().unwrap_or(s);
            format!(
                "{} {group}, {} (claim {id})",
                text("count")?,
                of("edition")?
            )
        }
        _ => return Ok(None),
    }))
}

/// A name with letters, none of them small.
fn shouting(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

fn is_composite(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::RaceEdition | Kind::Race | Kind::RaceResult | Kind::ParticipationCount
    )
}

/// The IRI of the entities graph, as a node.
pub fn graph() -> NamedNode {
    NamedNode::new_unchecked(vocab::ENTITIES_GRAPH)
}

/// Whether a quad can matter to the labels (a type, a name or a part).
pub fn matters(q: QuadRef<'_>) -> bool {
    q.predicate == vocab::RDF_TYPE
        || vocab::rg_local(q.predicate.as_str()).is_some_and(|l| l == "name" || PARTS.contains(&l))
}

/// The `rg:` properties the index reads, as nodes.
pub fn properties() -> Vec<NamedNode> {
    std::iter::once(rg("name"))
        .chain(PARTS.iter().map(|p| rg(p)))
        .collect()
}
