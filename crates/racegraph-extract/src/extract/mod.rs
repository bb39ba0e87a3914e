//! The extractor: an article's body in, entities and facts with evidence out.
//!
//! Extraction never fails: text it cannot read gives fewer facts. Rules are
//! general patterns over sentences; what they know of the world comes from
//! [`crate::lexicon`]. Every fact points at the sentence or line that
//! states it.

mod dotted;
mod focus;
pub mod measure;
mod model;
pub mod names;
mod persons;
mod placenames;
mod reading;
pub mod rules;
mod series;
mod stacked;
pub mod structure;
pub mod text;
mod years;

use rules::{lists as results, prose};

pub use model::*;
pub(crate) use years::clause_around;

pub use crate::contract::{Family, Group, Property, Sex, Status};
use crate::corpus::Article;
use crate::dates::Date;
use crate::lexicon::{self, Lexicon};
use crate::pattern::Pattern;
use names::{Chunk, Shape};
use std::collections::HashMap;
use std::sync::LazyLock;
use text::Sentence;

/// Extracts the entities and facts of an article.
pub fn extract(article: &Article) -> Extraction {
    extract_text(&article.body, article.meta.published)
}

/// Extracts from a body given its publication date (if known).
pub fn extract_text(body: &str, published: Option<Date>) -> Extraction {
    let mut x = Extractor::new(body, published, lexicon::get());
    x.run();
    x.out
}

/// A sentence with what is known of it before rules run.
struct Sent {
    chunks: Vec<(Chunk, Shape)>,
    /// A Title Case headline: only known names count there.
    headline: bool,
    /// The kind of its line: credits and page debris state no relation.
    block: structure::Block,
}

pub(crate) struct Extractor<'a> {
    body: &'a str,
    published: Option<Date>,
    lx: &'a Lexicon,
    out: Extraction,
    sents: Vec<Sent>,
    index: HashMap<(Family, Key), EntityId>,
    claims: usize,
    focus: Option<EntityId>,
    /// Results read so far, made into entities at the end.
    pending: Vec<results::Pending>,
    /// Table rows whose sex nothing settled: no results of their own, but
    /// the time of a result read elsewhere of the same runner and place.
    unsettled_rows: Vec<results::Pending>,
    /// Per sentence, the series of the heading above it.
    heading_series: Vec<Option<EntityId>>,
    /// The year of a later edition the article announces, if any.
    future_year: Option<i32>,
    /// Whether the sentence that announces it names the focus series.
    future_of_focus: bool,
    /// An undated article's year, as its headline gives it with the race
    /// ("Local Runners Sweep … at the 2025 X Half Marathon").
    headline_year: Option<i32>,
    /// An undated article's race year from a full date (`race_date_year`).
    race_year: Option<i32>,
    /// The year of the race an article of early January reports, when a
    /// weekday dates it in December (`weekday_race_year`).
    weekday_year: Option<i32>,
    /// Every name of every person: (entity, normalised full name, family
    /// name written first in capitals).
    person_names: Vec<(EntityId, String, Option<String>)>,
    /// What results in prose have said so far (the race spoken of).
    prose: prose::Context,
    /// The distance a paragraph's opening words named ("In the half
    /// marathon, …"): (its line, km) for results told after them.
    paragraph_distance: Option<(usize, String)>,
    /// The sentences the list pass read as rows, written in one line or
    /// a table's, in order (the prose reads no places there).
    row_lines: Vec<usize>,
    /// Series keys of names with a sponsor before them -> (key, name) of
    /// the series without it ("Acme Lakeside Marathon" -> "Lakeside Marathon").
    series_alias: HashMap<String, (String, String)>,
    /// Per sentence, the span of the physical line it sits on.
    line_spans: Vec<(usize, usize)>,
    /// Per sentence, where the first sentence of its line (block) starts.
    block_starts: Vec<usize>,
}

impl<'a> Extractor<'a> {
    /// The physical line sentence `i` sits on.
    fn line_of(&self, i: usize) -> &'a str {
        let (a, b) = self.line_spans[i];
        &self.body[a..b]
    }

    /// Whether sentence `i` is the first of its line (block).
    fn opens_line(&self, i: usize) -> bool {
        self.out.sentences[i].start == self.block_starts[i]
    }

    fn text(&self, i: usize) -> &'a str {
        let s = &self.out.sentences[i];
        &self.body[s.start..s.end]
    }

    fn run(&mut self) {
        rules::run_passes(self);
    }

    fn set_focus(&mut self) {
        self.focus = self.pick_focus();
    }

    fn set_heading_series(&mut self) {
        self.heading_series = self.heading_series();
    }

    fn set_future_year(&mut self) {
        let found = self.find_future_year();
        self.future_year = found.map(|(y, _)| y);
        self.future_of_focus = found.is_some_and(|(_, i)| self.names_focus(i));
    }

    fn set_headline_year(&mut self) {
        // (Or the year of a date written with numbers that could be read
        // day or month first: the year is the page's all the same.)
        self.headline_year = self.find_headline_year().or_else(|| {
            self.published
                .is_none()
                .then(|| crate::dates::infer_publication_year(self.body))
                .flatten()
        });
        self.race_year = self.race_date_year();
        self.weekday_year = self.weekday_race_year();
    }

    /// Entities whose words say what they are, and acronyms.
    fn named_entities(&mut self) {
        self.alias_series();
        for i in 0..self.sents.len() {
            // Menus and page furniture name sections of a site, not things.
            if self.sents[i].block == structure::Block::Debris {
                continue;
            }
            let t = self.text(i);
            let chunks: Vec<(Chunk, Shape)> = self.sents[i].chunks.clone();
            for (c, shape) in &chunks {
                let name = c.text(t);
                match shape {
                    Shape::Country => {
                        self.country(name, i);
                    }
                    Shape::City => {
                        self.city(name, i);
                    }
                    Shape::Series => {
                        self.series(name, i);
                    }
                    Shape::Venue => {
                        self.named(Kind::Venue, &names::capitalise_last(name), i);
                    }
                    Shape::Landmark => {
                        self.named(Kind::Landmark, name, i);
                    }
                    Shape::Organization
                        if !structure::masthead(self.body, c.start, name, self.lx)
                            && !structure::section_label(name, self.lx)
                            && !structure::column_headings(name, self.lx)
                            && !structure::credited_outlet(t, c.start, name, self.lx) =>
                    {
                        self.organization(name, i);
                    }
                    Shape::Organization | Shape::Region | Shape::Unknown => {}
                }
            }
            rules::orgs::acronyms(self, i);
        }
        // A venue or landmark word written in lower case after a name
        // ("the Ong Tae Bok stadium") names the same place; a race's name
        // is none.
        for i in 0..self.sents.len() {
            let t = self.text(i);
            for (c, shape) in self.sents[i].chunks.clone() {
                let after = &t[c.end..];
                let next: String = after
                    .trim_start_matches(' ')
                    .chars()
                    .take_while(|ch| ch.is_alphabetic())
                    .collect();
                // (Not a race's name: "the Slaney 10-mile road race".)
                if after.starts_with(' ')
                    && next.chars().next().is_some_and(char::is_lowercase)
                    && shape != Shape::Series
                {
                    let full = format!("{} {}", c.text(t), next);
                    if matches!(
                        names::shape(&names::capitalise_last(&full), self.lx),
                        Shape::Venue | Shape::Landmark
                    ) {
                        let name = names::capitalise_last(&full);
                        let kind = if names::shape(&name, self.lx) == Shape::Venue {
                            Kind::Venue
                        } else {
                            Kind::Landmark
                        };
                        self.entity_named(kind, Key::Name(names::normalise_key(&name)), &full, i);
                    }
                }
            }
        }
    }

    /// The series the article is mostly about: the one it names most.
    /// Its score: how often the article names it or its city, and more for
    /// a series named in the first quarter of the article.
    fn pick_focus(&self) -> Option<EntityId> {
        let early = self.sents.len() / 4 + 1;
        let city_of = |id: EntityId| {
            self.out
                .facts
                .iter()
                .find(|f| f.subject == id && f.property == Property::City)
                .and_then(|f| match f.object {
                    Value::Entity(c) => Some(self.out.entities[c].mentions),
                    _ => None,
                })
        };
        self.out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Kind::RaceSeries)
            .map(|(id, e)| {
                let first = e
                    .names
                    .iter()
                    .map(|n| n.sentence)
                    .min()
                    .unwrap_or(usize::MAX);
                let score =
                    e.mentions + city_of(id).unwrap_or(0) + if first < early { 2 } else { 0 };
                (id, score)
            })
            .max_by_key(|&(id, score)| (score, std::cmp::Reverse(id)))
            .map(|(id, _)| id)
    }

    // ---- entities -------------------------------------------------------

    /// Adds (or finds) an entity and records the name it goes by here.
    fn entity_named(&mut self, kind: Kind, key: Key, name: &str, sentence: usize) -> EntityId {
        let id = self.entity(kind, key);
        let e = &mut self.out.entities[id];
        e.mentions += 1;
        // A name broken across a wrapped line is one name, one space apart.
        let joined;
        let name = if name.contains('\n') {
            joined = name.split_whitespace().collect::<Vec<_>>().join(" ");
            joined.as_str()
        } else {
            name.trim()
        };
        if !name.is_empty() && !e.names.iter().any(|n| n.text == name) {
            e.names.push(Name {
                text: name.to_string(),
                sentence,
            });
            if e.kind.family() == Family::Person {
                // For surname look-ups: the normalised full name, and a
                // family name written first, in capitals ("TAM Ho Sen") or
                // of those written first by custom ("Choi Min-ji").
                let words: Vec<&str> = name.split_whitespace().collect();
                let family_first = (words.len() > 1 && names::is_acronym(words[0])
                    || (2..=3).contains(&words.len())
                        && self.lx.has(crate::lexicon::Section::FamilyFirst, words[0]))
                .then(|| names::normalise_key(words[0]));
                self.person_names
                    .push((id, names::normalise_key(name), family_first));
            }
        }
        id
    }

    /// Adds (or finds) an unnamed entity. A more specific kind of the same
    /// family wins (an athlete is a person).
    fn entity(&mut self, kind: Kind, key: Key) -> EntityId {
        let slot = (kind.family(), key.clone());
        if let Some(&id) = self.index.get(&slot) {
            let e = &mut self.out.entities[id];
            if kind.rank() > e.kind.rank() {
                e.kind = kind;
            }
            return id;
        }
        let id = self.out.entities.len();
        self.out.entities.push(Entity {
            kind,
            key,
            names: Vec::new(),
            mentions: 0,
        });
        self.index.insert(slot, id);
        id
    }

    fn named(&mut self, kind: Kind, name: &str, sentence: usize) -> EntityId {
        self.entity_named(kind, Key::Name(names::normalise_key(name)), name, sentence)
    }

    fn country(&mut self, name: &str, sentence: usize) -> Option<EntityId> {
        let c = self.lx.country(name)?;
        let key = Key::Country(c.key().to_string());
        Some(self.entity_named(Kind::Country, key, name, sentence))
    }

    fn country_of(&mut self, c: &crate::lexicon::Country, sentence: usize) -> EntityId {
        let key = Key::Country(c.key().to_string());
        let name = c.name.clone();
        self.entity_named(Kind::Country, key, &name, sentence)
    }

    fn city(&mut self, name: &str, sentence: usize) -> Option<EntityId> {
        let (canonical, country) = self.lx.city(name)?;
        Some(self.place_in(canonical.to_string(), country.clone(), name, sentence))
    }

    /// The city `canonical` of `country`, named `name` in `sentence`.
    fn place_in(
        &mut self,
        canonical: String,
        country: crate::lexicon::Country,
        name: &str,
        sentence: usize,
    ) -> EntityId {
        let id = self.entity_named(
            Kind::City,
            Key::Name(names::normalise_key(&canonical)),
            name,
            sentence,
        );
        self.locate_city(id, &country, sentence);
        id
    }

    /// A city of the gazetteer or a town of the world list, where the text
    /// already says a place is meant.
    fn town(&mut self, name: &str, sentence: usize) -> Option<EntityId> {
        let (canonical, country) = self.lx.town(name)?;
        Some(self.place_in(canonical.to_string(), country.clone(), name, sentence))
    }

    /// A city of the gazetteer is in its country: a fact when the article
    /// names that country too, stated by the sentence naming the city.
    fn locate_city(&mut self, city: EntityId, country: &crate::lexicon::Country, sentence: usize) {
        let forms: Vec<String> = std::iter::once(country.name.clone())
            .chain(country.aliases.iter().cloned())
            .chain(country.demonyms.iter().cloned())
            .collect();
        if forms.iter().any(|f| self.body.contains(f.as_str())) {
            let k = self.country_of(country, sentence);
            self.out.entities[k].mentions -= 1;
            self.fact(city, Property::LocatedIn, Value::Entity(k), sentence);
        }
    }

    fn series(&mut self, name: &str, sentence: usize) -> EntityId {
        let long = names::series_key(name, self.lx);
        let (key, short) = match self.series_alias.get(&long) {
            Some((k, n)) => (k.clone(), Some(n.clone())),
            None => (long, None),
        };
        // A name cut short ("River Half Marathon" of "the Dunn's River Half
        // Marathon") is labelled with the whole one.
        let label = match &short {
            Some(n) if n.len() > name.len() => n.clone(),
            _ => name.to_string(),
        };
        let id = self.entity_named(Kind::RaceSeries, Key::Name(key), &label, sentence);
        let core = match short {
            Some(n) => {
                if !self.out.entities[id].names.iter().any(|x| x.text == n) {
                    self.out.entities[id].names.push(Name {
                        text: n.clone(),
                        sentence,
                    });
                }
                n
            }
            None => name.to_string(),
        };
        // A series named after a city takes place there.
        if let Some(head) = names::series_head(&core, self.lx) {
            let words: Vec<&str> = head.split_whitespace().collect();
            for n in (1..=words.len().min(3)).rev() {
                let cand = words[..n].join(" ");
                if self.lx.city(&cand).is_some() {
                    if let Some(c) = self.city(&cand, sentence) {
                        self.fact(id, Property::City, Value::Entity(c), sentence);
                    }
                    break;
                }
            }
        }
        id
    }

    /// An organisation; its key leaves out a legal form, so "X Events GmbH"
    /// and "X Events" are one.
    fn organization(&mut self, name: &str, sentence: usize) -> EntityId {
        let name = names::less_title(name.trim_start_matches("the ").trim(), self.lx);
        // "Twenty-two Looe Valley Harriers took part": a number of its
        // members at a sentence's head is no part of a club's name.
        let name = match name.split_once(' ') {
            Some((first, rest))
                if first.starts_with(char::is_uppercase)
                    && measure::number(first).is_some()
                    && rest.contains(' ') =>
            {
                rest
            }
            _ => name,
        };
        let key = names::normalise_key(names::strip_legal_form(name));
        self.entity_named(Kind::Organization, Key::Name(key), name, sentence)
    }

    fn edition(&mut self, series: EntityId, year: i32, sentence: usize) -> EntityId {
        let id = self.entity(Kind::RaceEdition, Key::Edition { series, year });
        self.fact(id, Property::EditionOf, Value::Entity(series), sentence);
        self.fact(id, Property::Year, Value::Integer(year as i64), sentence);
        id
    }

    fn race(
        &mut self,
        edition: EntityId,
        distance: Option<String>,
        sex: Option<Sex>,
        sentence: usize,
    ) -> EntityId {
        let id = self.entity(
            Kind::Race,
            Key::Race {
                edition,
                distance: distance.clone(),
                sex,
            },
        );
        self.fact(id, Property::RaceOf, Value::Entity(edition), sentence);
        if let Some(d) = distance {
            self.fact(id, Property::Distance, Value::Decimal(d), sentence);
        }
        if let Some(s) = sex {
            self.fact(id, Property::Sex, Value::Sex(s), sentence);
        }
        id
    }

    fn claim(&mut self) -> EntityId {
        self.claims += 1;
        self.entity(Kind::ParticipationCount, Key::Claim(self.claims))
    }

    fn fact(&mut self, subject: EntityId, property: Property, object: Value, sentence: usize) {
        self.out.facts.push(Fact {
            subject,
            property,
            object,
            sentence,
        });
    }

    /// A name read as a person's by its place in a sentence and as an
    /// organisation's by what a later sentence says of it ("commended Kafue
    /// Smelters for sponsoring the marathon") is the organisation's: the
    /// person, of no fact, becomes that organisation (one IRI, one name).
    fn persons_that_are_organisations(&mut self) {
        let orgs: HashMap<String, Key> = self
            .out
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Organization)
            .flat_map(|e| {
                e.names
                    .iter()
                    .map(|n| (names::normalise_key(&n.text), e.key.clone()))
            })
            .collect();
        for id in 0..self.out.entities.len() {
            let e = &self.out.entities[id];
            if !matches!(e.kind, Kind::Person | Kind::Athlete) {
                continue;
            }
            let Some(key) = e
                .names
                .iter()
                .find_map(|n| orgs.get(&names::normalise_key(&n.text)))
                .cloned()
            else {
                continue;
            };
            let used = self
                .out
                .facts
                .iter()
                .any(|f| f.subject == id || f.object == model::Value::Entity(id));
            // (Not a name of two words, nor one of a given name: "Luc
            // Feltgen" is a person's.)
            let given = e.names.iter().any(|n| {
                n.text.split_whitespace().count() < 3
                    || n.text.split_whitespace().any(|w| self.lx.given_name(w))
            });
            if !used && !given {
                let e = &mut self.out.entities[id];
                e.kind = Kind::Organization;
                e.key = key;
            }
        }
    }

    /// A race only named in passing ("who has also run the London
    /// Marathon"), not the article's and of which it tells no edition,
    /// takes no city from its name.
    fn drop_passing_race_cities(&mut self) {
        let told: std::collections::HashSet<EntityId> = self
            .out
            .entities
            .iter()
            .filter_map(|e| match e.key {
                Key::Edition { series, .. } => Some(series),
                _ => None,
            })
            .collect();
        let entities = &self.out.entities;
        let focus = self.focus;
        // (Only the city its name gives: "the Shannonside 10km in Athlone"
        // tells it.)
        let from_name = |series: EntityId, city: &Value| match city {
            Value::Entity(c) => entities[*c].names.iter().any(|n| {
                entities[series]
                    .names
                    .iter()
                    .any(|s| s.text.starts_with(&format!("{} ", n.text)))
            }),
            _ => false,
        };
        self.out.facts.retain(|f| {
            !(f.property == Property::City
                && entities[f.subject].kind == Kind::RaceSeries
                && focus != Some(f.subject)
                && !told.contains(&f.subject)
                && from_name(f.subject, &f.object))
        });
    }

    /// One fact per triple, with the first sentence that states it.
    fn dedupe_facts(&mut self) {
        let mut seen = std::collections::HashSet::new();
        self.out
            .facts
            .retain(|f| seen.insert((f.subject, f.property, f.object.clone())));
    }

    fn lookup(&self, kind: Kind, key: &str) -> Option<EntityId> {
        self.index
            .get(&(kind.family(), Key::Name(key.to_string())))
            .copied()
    }
}

/// The first `n` bytes of `s` (at a character boundary).
pub(crate) fn head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The last `n` bytes of `s` (at a character boundary): patterns that look
/// back from a name need only the words right before it, and matching them
/// against a whole long prefix would cost time for every name.
pub(crate) fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

#[cfg(test)]
mod context_tests;
#[cfg(test)]
mod tests;
