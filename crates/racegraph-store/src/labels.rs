//! The entities graph: one `rdfs:label` per entity, chosen from every name
//! the articles give it, `skos:altLabel`s for the rest, and labels of
//! editions, races, results and claims made from their parts.
//!
//! [`LabelIndex`] is fed the quads that matter (types, `rg:name`s, the
//! parts of composites) from anywhere: the store after a build, or the
//! article graphs of an extraction as they stream past. It holds what the
//! labels need, per entity, not the quads.

use crate::extract::Kind;
use crate::lexicon;
use crate::resolve;
use crate::store::kind_of_class;
use crate::vocab::{self, rg};
use oxigraph::model::{
    Literal, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef, TermRef,
};
use std::collections::{BTreeMap, HashMap};

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

/// What the labels need, gathered quad by quad.
#[derive(Debug, Default)]
pub struct LabelIndex {
    /// The most specific class of each entity.
    kinds: BTreeMap<Box<str>, Kind>,
    /// The names each entity is given, with how often.
    names: HashMap<Box<str>, Vec<(String, usize)>>,
    /// (entity, index in [`PARTS`]) -> the first value seen (an IRI, or a
    /// literal's text, or a class's local name).
    parts: HashMap<(Box<str>, u8), Box<str>>,
}

impl LabelIndex {
    /// Takes what the labels need from one quad; other quads are ignored.
    pub fn add(&mut self, q: QuadRef<'_>) {
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
                let forms = self.names.entry(s.as_str().into()).or_default();
                match forms.iter_mut().find(|(n, _)| n == l.value()) {
                    Some(f) => f.1 += 1,
                    None => forms.push((l.value().to_string(), 1)),
                }
            }
        } else if let Some(i) = PARTS.iter().position(|x| *x == local) {
            let value: Box<str> = match q.object {
                TermRef::Literal(l) => l.value().into(),
                TermRef::NamedNode(n) => n.as_str().into(),
                _ => return,
            };
            self.parts
                .entry((s.as_str().into(), i as u8))
                .or_insert(value);
        }
    }

    fn add_type(&mut self, s: NamedNodeRef<'_>, o: NamedNodeRef<'_>) {
        let Some(kind) = kind_of_type(o) else {
            return;
        };
        match self.kinds.get_mut(s.as_str()) {
            Some(e) => *e = more_specific(*e, kind),
            None => {
                self.kinds.insert(s.as_str().into(), kind);
            }
        }
    }

    /// The kind of each entity, for [`resolve::Aliases`].
    pub fn kind_of(&self, iri: &str) -> Option<Kind> {
        self.kinds.get(iri).copied()
    }

    /// The first value seen of one of an entity's [`PARTS`].
    fn part(&self, s: &str, p: &str) -> Option<String> {
        let i = PARTS.iter().position(|x| *x == p)? as u8;
        self.parts.get(&(s.into(), i)).map(|v| v.to_string())
    }

    /// The quads of the entities graph, in a stable order (named entities
    /// by IRI, then editions, races, results and claims by IRI), each given
    /// to `emit`; returns how many entities have a label.
    pub fn emit<E>(self, emit: &mut dyn FnMut(Quad) -> Result<(), E>) -> Result<usize, E> {
        // Labels that composites are made from.
        let mut labels: HashMap<&str, String> = HashMap::new();
        let mut n = 0;
        for (iri, kind) in &self.kinds {
            let Some(forms) = self.names.get(iri) else {
                continue;
            };
            if let Some(label) = emit_names(iri, *kind, forms.clone(), emit)? {
                n += 1;
                labels.insert(iri, label);
            }
        }
        for stage in 1..STAGES {
            let mut made = Vec::new();
            for (s, kind) in &self.kinds {
                if stage_of(*kind) != stage {
                    continue;
                }
                let label = composite_label(*kind, s, &|p| Ok(self.part(s, p)), &|iri| {
                    Ok(labels.get(iri).cloned())
                })?;
                if let Some(label) = label {
                    emit(label_quad(s, label.clone()))?;
                    n += 1;
                    made.push((s.as_ref(), label));
                }
            }
            // A stage's labels are parts of the next stages' only.
            labels.extend(made);
        }
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
