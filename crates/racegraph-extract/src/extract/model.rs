//! What extraction gives: entities with their kinds, keys and names, and
//! facts whose objects are values of the contract, each with the sentence
//! that states it; `fact_lines` writes them out for tests and rule examples.

use super::text::Sentence;
use crate::contract::{Family, Group, Property, Sex, Status};
use crate::dates::Date;
use crate::lexicon;

/// Index of an entity in [`Extraction::entities`].
pub type EntityId = usize;

/// The class of an entity (the `rg:` class of the same name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Athlete,
    Organization,
    Country,
    City,
    Venue,
    Landmark,
    Place,
    RaceSeries,
    RaceEdition,
    Race,
    RaceResult,
    ParticipationCount,
}

impl Kind {
    /// The local name of the class in the `rg:` namespace.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Person => "Person",
            Kind::Athlete => "Athlete",
            Kind::Organization => "Organization",
            Kind::Country => "Country",
            Kind::City => "City",
            Kind::Venue => "Venue",
            Kind::Landmark => "Landmark",
            Kind::Place => "Place",
            Kind::RaceSeries => "RaceSeries",
            Kind::RaceEdition => "RaceEdition",
            Kind::Race => "Race",
            Kind::RaceResult => "RaceResult",
            Kind::ParticipationCount => "ParticipationCount",
        }
    }

    /// Kinds of one family share keys: an athlete is a person, a landmark and
    /// a venue are both places.
    pub fn family(self) -> Family {
        match self {
            Kind::Person | Kind::Athlete => Family::Person,
            Kind::Venue | Kind::Landmark | Kind::Place => Family::Place,
            Kind::Organization => Family::Organization,
            Kind::Country => Family::Country,
            Kind::City => Family::City,
            Kind::RaceSeries => Family::Series,
            Kind::RaceEdition => Family::Edition,
            Kind::Race => Family::Race,
            Kind::RaceResult => Family::Result,
            Kind::ParticipationCount => Family::Count,
        }
    }

    pub(super) fn rank(self) -> u8 {
        match self {
            Kind::Athlete | Kind::Venue | Kind::Landmark => 2,
            _ => 1,
        }
    }
}

/// What identifies an entity; the resolver turns it into an IRI.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    /// A normalised name (see [`names::normalise_key`]).
    Name(String),
    /// A gazetteer country, by its first code.
    Country(String),
    Edition {
        series: EntityId,
        year: i32,
    },
    Race {
        edition: EntityId,
        distance: Option<String>,
        sex: Option<Sex>,
    },
    Result {
        race: EntityId,
        athlete: EntityId,
    },
    /// The n-th claim of the article (a participation count).
    Claim(usize),
}

/// A name an article uses for an entity, with the sentence it is first seen in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub sentence: usize,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: Kind,
    pub key: Key,
    pub names: Vec<Name>,
    /// How many times the article names it.
    pub mentions: usize,
}

/// The object of a fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    Entity(EntityId),
    Integer(i64),
    /// An `xsd:decimal` lexical form.
    Decimal(String),
    Date(Date),
    /// An `xsd:duration` lexical form.
    Duration(String),
    Boolean(bool),
    Text(String),
    Sex(Sex),
    Group(Group),
    Status(Status),
}

/// One extracted statement: `subject rg:property object`, stated by a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub subject: EntityId,
    pub property: Property,
    pub object: Value,
    pub sentence: usize,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
    /// Acronyms the article defines, with the full name (`KNA` -> `Kenya News Agency`).
    pub acronyms: Vec<(String, String)>,
}

impl Extraction {
    /// The text of a sentence, given the body it came from.
    pub fn sentence_text<'a>(&self, body: &'a str, i: usize) -> &'a str {
        let s = &self.sentences[i];
        &body[s.start..s.end]
    }
}

/// The facts of an extraction as lines `SUBJECT property OBJECT`, entities
/// by their first name (a result as `result of ATHLETE`, an edition as
/// `SERIES YEAR`, a race as `SERIES YEAR DISTANCE SEX`, a claim as
/// `claim N`): for tests, rule examples and debugging.
pub fn fact_lines(x: &Extraction) -> Vec<String> {
    fn entity(x: &Extraction, id: EntityId) -> String {
        let e = &x.entities[id];
        if let Key::Country(code) = &e.key {
            let lx = lexicon::get();
            if let Some(c) = lx.countries.iter().find(|c| c.key() == code) {
                return c.name.clone();
            }
        }
        if let Some(n) = e.names.first() {
            return n.text.clone();
        }
        match &e.key {
            Key::Name(n) | Key::Country(n) => n.clone(),
            Key::Edition { series, year } => format!("{} {year}", entity(x, *series)),
            Key::Race {
                edition,
                distance,
                sex,
            } => {
                let mut s = entity(x, *edition);
                if let Some(d) = distance {
                    s.push_str(&format!(" {d}"));
                }
                if let Some(sx) = sex {
                    s.push_str(&format!(" {}", sx.term()));
                }
                s
            }
            Key::Result { athlete, .. } => format!("result of {}", entity(x, *athlete)),
            Key::Claim(n) => format!("claim {n}"),
        }
    }
    let value = |v: &Value| match v {
        Value::Entity(id) => entity(x, *id),
        Value::Integer(i) => i.to_string(),
        Value::Decimal(d) | Value::Duration(d) | Value::Text(d) => d.clone(),
        Value::Date(d) => d.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Sex(s) => s.term().to_string(),
        Value::Group(g) => g.term().to_string(),
        Value::Status(s) => s.term().to_string(),
    };
    x.facts
        .iter()
        .map(|f| {
            format!(
                "{} {} {}",
                entity(x, f.subject),
                f.property,
                value(&f.object)
            )
        })
        .collect()
}
