//! Relation rules: general patterns over one sentence (and, for a few
//! descriptions, the sentence before). Each rule adds facts only when every
//! part of its pattern is there; a rule that is unsure adds nothing.

use super::measure;
use super::names::{self, Chunk, Shape};
use super::{Extractor, Kind, Value};
use crate::contract::{Group, Property};
use regex::Regex;
use std::sync::LazyLock;

pub(super) fn run(x: &mut Extractor) {
    for i in 0..x.sents.len() {
        if x.sents[i].headline {
            continue;
        }
        organisations_by_description(x, i);
    }
    let mut prose = super::prose::Context::default();
    for i in 0..x.sents.len() {
        if x.sents[i].headline {
            continue;
        }
        super::prose::run(x, i, &mut prose);
        roles(x, i);
        member_of(x, i);
        based_in(x, i);
        people_by_context(x, i);
        nationality(x, i);
        commemorates(x, i);
        founders(x, i);
        venues(x, i);
        passes(x, i);
        race_city(x, i);
        organiser_roles(x, i);
        editions(x, i);
        counts(x, i);
        participants_from(x, i);
    }
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static pattern")
}

/// The chunk of sentence `i` that starts at byte `pos` (after spaces and an article).
fn chunk_from(x: &Extractor, i: usize, pos: usize) -> Option<(Chunk, Shape)> {
    let t = x.text(i);
    let rest = &t[pos.min(t.len())..];
    let skip = rest.len() - rest.trim_start().len();
    let mut p = pos + skip;
    for art in ["the ", "The "] {
        if t[p..].starts_with(art) {
            p += art.len();
        }
    }
    x.sents[i]
        .chunks
        .iter()
        .find(|(c, _)| c.start == p)
        .cloned()
}

/// Whether a chunk may name a person: two to five words, nothing in them
/// saying it is something else.
fn person_like(c: &Chunk, shape: Shape, t: &str) -> bool {
    shape == Shape::Unknown
        && (2..=5).contains(&c.words.len())
        && c.words.iter().all(|&(a, b)| {
            let w = &t[a..b];
            w.chars().count() > 1 || w.chars().all(char::is_uppercase)
        })
}

/// The entity a typed chunk names (adding it if new).
fn entity_of(x: &mut Extractor, i: usize, c: &Chunk, shape: Shape) -> Option<usize> {
    let name = c.text(x.text(i)).to_string();
    match shape {
        Shape::Country => x.country(&name, i),
        Shape::City => x.city(&name, i),
        Shape::Series => Some(x.series(&name, i)),
        Shape::Venue => Some(x.named(Kind::Venue, &names::capitalise_last(&name), i)),
        Shape::Landmark => Some(x.named(Kind::Landmark, &name, i)),
        Shape::Organization => Some(x.organization(&name, i)),
        Shape::Unknown => {
            if c.words.len() == 1 && names::is_acronym(&name) {
                x.lookup(Kind::Organization, &names::normalise_key(&name))
            } else {
                None
            }
        }
    }
}

/// `Full Name (ACR)`: the acronym is another name of the organisation.
pub(super) fn acronyms(x: &mut Extractor, i: usize) {
    static DEF: LazyLock<Regex> = LazyLock::new(|| re(r"\s*\(([A-Z][A-Z&]{1,6})\)"));
    let t = x.text(i);
    for (c, shape) in x.sents[i].chunks.clone() {
        let Some(m) = DEF
            .captures(&t[c.end..])
            .filter(|m| m.get(0).is_some_and(|g| g.start() == 0))
        else {
            continue;
        };
        let acr = m[1].to_string();
        let full = c.text(t);
        if !names::acronym_of(&acr, full) || !matches!(shape, Shape::Organization | Shape::Unknown)
        {
            continue;
        }
        let id = x.organization(full, i);
        let e = &mut x.out.entities[id];
        if !e.names.iter().any(|n| n.text == acr) {
            e.names.push(super::Name {
                text: acr.clone(),
                sentence: i,
            });
        }
        x.index.insert(
            (
                Kind::Organization.family(),
                super::Key::Name(names::normalise_key(&acr)),
            ),
            id,
        );
        x.out.acronyms.push((acr, full.to_string()));
    }
    // An acronym already defined, used alone.
    let t = x.text(i);
    for (c, _) in x.sents[i].chunks.clone() {
        let w = c.text(t);
        if c.words.len() == 1 && names::is_acronym(w) {
            if let Some(id) = x.lookup(Kind::Organization, &names::normalise_key(w)) {
                x.out.entities[id].mentions += 1;
            }
        }
    }
}

static ORG_NOUN: LazyLock<String> = LazyLock::new(|| {
    let mut nouns: Vec<String> = super::lexicon::get()
        .words("organization_noun")
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    nouns.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!("(?:{})", nouns.join("|"))
});

/// Organisations a description introduces: "the travel agency X", "X, a
/// Beijing-based firm", "X news agency", and "… X? The American app …".
fn organisations_by_description(x: &mut Extractor, i: usize) {
    static TRAIL_APP: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s+(?:app|application|platform|website|watch)\b"));
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\bthe\s+(?:[\w\-]+\s+){{0,3}}?{}\s+$",
            *ORG_NOUN
        ))
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-’']+\s+){{0,3}}?{}\b",
            *ORG_NOUN
        ))
    });
    static NEXT: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"^(?:The|This|That)\s+(?:[A-Za-z\-]+\s+){{0,2}}?{}\b",
            *ORG_NOUN
        ))
    });
    static TRAIL: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^\s+{}\b", *ORG_NOUN)));
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    for (c, shape) in &chunks {
        if !matches!(shape, Shape::Unknown | Shape::Organization) || c.possessive {
            continue;
        }
        let name = c.text(t);
        let described = BEFORE.is_match(super::tail(&t[..c.start], 100))
            || AFTER.is_match(&t[c.end..])
            || (c.words.len() == 1
                && (names::is_acronym(name)
                    || camel_case(name)
                    || (TRAIL_APP.is_match(&t[c.end..])
                        && x.lx.country_by_demonym(name).is_none()))
                && TRAIL.is_match(&t[c.end..]));
        if described
            && x.lookup(Kind::Person, &names::normalise_key(name))
                .is_none()
        {
            x.organization(name, i);
        }
    }
    // A name closing a sentence, described by the next one.
    if let (Some((c, Shape::Unknown)), true) = (chunks.last(), i + 1 < x.sents.len()) {
        let after = t[c.end..].trim();
        if (after.is_empty() || after.chars().all(|ch| "?.!".contains(ch)))
            && NEXT.is_match(x.text(i + 1))
        {
            let name = c.text(t).to_string();
            if c.words.len() <= 3 {
                x.organization(&name, i);
            }
        }
    }
}

/// "PaceLog", "iPhone": a word with a capital inside, as brand names are written.
fn camel_case(w: &str) -> bool {
    w.chars().skip(1).any(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && !w.contains(['-', '’', '\''])
}

static TITLE: LazyLock<String> = LazyLock::new(|| {
    let heads: Vec<String> = super::lexicon::get()
        .words("title_head")
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    // "race director", "head of sales": a head word, perhaps with "of …" after it.
    format!(
        r"((?:[a-z][\w\-]*\s+){{0,3}}(?:{})(?:\s+of\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?)",
        heads.join("|")
    )
});

/// "X, general manager at/of Y": X works for Y in that role.
fn roles(x: &mut Extractor, i: usize) {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"^,\s+(?:the\s+|a\s+|an\s+|its\s+)?{}\s+(?:at|of|for|with)\s+(?:the\s+)?(?:([\p{{Lu}}][\w’']*)-based\s+)?",
            *TITLE
        ))
    });
    let t = x.text(i);
    for (c, shape) in x.sents[i].chunks.clone() {
        if !person_like(&c, shape, t) {
            continue;
        }
        let Some(m) = ROLE.captures(&t[c.end..]) else {
            continue;
        };
        let title = m[1].trim().to_string();
        let org_at = c.end + m.get(0).map_or(0, |g| g.end());
        let Some((oc, oshape)) = chunk_from(x, i, org_at) else {
            continue;
        };
        let known_org = x
            .lookup(Kind::Organization, &names::normalise_key(oc.text(t)))
            .is_some();
        if !(oshape == Shape::Organization || known_org) {
            continue;
        }
        let person = x.person(c.text(t), false, i);
        let org = x.organization(oc.text(t), i);
        x.fact(person, Property::WorksFor, Value::Entity(org), i);
        x.fact(person, Property::JobTitle, Value::Text(title), i);
        if let Some(city) = m.get(2) {
            let city = x
                .city(city.as_str(), i)
                .unwrap_or_else(|| x.named(Kind::City, city.as_str(), i));
            x.fact(org, Property::BasedIn, Value::Entity(city), i);
        }
    }
}

/// "Aigerim Bekova of Steppe Journeys": a person of an organisation works for it.
fn member_of(x: &mut Extractor, i: usize) {
    static OF: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+of\s+(?:the\s+)?"));
    let t = x.text(i);
    for (c, shape) in x.sents[i].chunks.clone() {
        // "A B of C D" read as one run: the person and the organisation.
        if let Some((left, right)) = c.text(t).split_once(" of ") {
            let known_org = x
                .lookup(Kind::Organization, &names::normalise_key(right))
                .is_some();
            if known_org
                && (2..=3).contains(&left.split_whitespace().count())
                && shape == Shape::Unknown
            {
                let person = x.person(left, false, i);
                let org = x.organization(right, i);
                x.fact(person, Property::WorksFor, Value::Entity(org), i);
                continue;
            }
        }
        if !person_like(&c, shape, t) {
            continue;
        }
        let Some(m) = OF.find(&t[c.end..]) else {
            continue;
        };
        let Some((oc, oshape)) = chunk_from(x, i, c.end + m.end()) else {
            continue;
        };
        let known_org = x
            .lookup(Kind::Organization, &names::normalise_key(oc.text(t)))
            .is_some();
        if oshape == Shape::Organization || known_org {
            let person = x.person(c.text(t), false, i);
            let org = x.organization(oc.text(t), i);
            x.fact(person, Property::WorksFor, Value::Entity(org), i);
        }
    }
}

/// "Beijing-based Harbour Tours", "Harbour Tours, the Beijing-based agency",
/// "X, based in Y".
fn based_in(x: &mut Extractor, i: usize) {
    static BASED: LazyLock<Regex> =
        LazyLock::new(|| re(r"([\p{Lu}][\w’']*(?:\s[\p{Lu}][\w’']*)?)-based\s+"));
    static APPOS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+([\p{Lu}][\w’']*(?:\s[\p{Lu}][\w’']*)?)-based\b|^,\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?)?(?:based|headquartered|registered)\s+in\s+([\p{Lu}][\w’']*(?:\s[\p{Lu}][\w’']*){0,3})",
        )
    });
    let t = x.text(i);
    for m in BASED.captures_iter(t) {
        let g = m.get(0).map_or(0, |g| g.end());
        // The organisation: the name right after, perhaps behind a few lower-case words.
        let rest = &t[g..];
        let skip: usize = rest
            .split_inclusive(' ')
            .take_while(|w| w.chars().next().is_some_and(char::is_lowercase))
            .take(3)
            .map(str::len)
            .sum();
        let Some((oc, oshape)) = chunk_from(x, i, g + skip) else {
            continue;
        };
        if oshape != Shape::Organization
            && x.lookup(Kind::Organization, &names::normalise_key(oc.text(t)))
                .is_none()
        {
            continue;
        }
        let org = x.organization(oc.text(t), i);
        let city_name = m[1].to_string();
        let city = x
            .city(&city_name, i)
            .unwrap_or_else(|| x.named(Kind::City, &city_name, i));
        x.fact(org, Property::BasedIn, Value::Entity(city), i);
    }
    for (c, shape) in x.sents[i].chunks.clone() {
        let Some(m) = APPOS.captures(&t[c.end..]) else {
            continue;
        };
        if shape != Shape::Organization
            && x.lookup(Kind::Organization, &names::normalise_key(c.text(t)))
                .is_none()
        {
            continue;
        }
        let city_name = m
            .get(1)
            .or(m.get(2))
            .map(|g| g.as_str().to_string())
            .unwrap_or_default();
        let org = x.organization(c.text(t), i);
        let city = x
            .city(&city_name, i)
            .unwrap_or_else(|| x.named(Kind::City, &city_name, i));
        x.fact(org, Property::BasedIn, Value::Entity(city), i);
    }
}

/// People that a verb of saying or a runner's description makes people:
/// "X said", "X, a North Korean runner", "the runner X".
fn people_by_context(x: &mut Extractor, i: usize) {
    static SAID: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^,?\s+(?:said|says|wrote|writes|told|added|explained|noted|recalled|shared|posted)\b")
    });
    static RUNNER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:runner|athlete|marathoner|marathon runner|champion|winner|runner-up|olympian|pacemaker|elite)\b",
        )
    });
    static RUNNER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:runner|athlete|marathoner|champion|winner|runner-up|olympian|compatriot)\s+$")
    });
    static STORY_OF: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:story|account|profile|words)\s+of\s+$"));
    let t = x.text(i);
    for (c, shape) in x.sents[i].chunks.clone() {
        if !person_like(&c, shape, t) {
            continue;
        }
        let name = c.text(t);
        if RUNNER_AFTER.is_match(&t[c.end..])
            || RUNNER_BEFORE.is_match(super::tail(&t[..c.start], 60))
        {
            x.person(name, true, i);
        } else if SAID.is_match(&t[c.end..]) || STORY_OF.is_match(super::tail(&t[..c.start], 60)) {
            x.person(name, false, i);
        }
    }
    // Surnames of people already known, used alone ("Cockerell wrote").
    for (c, shape) in x.sents[i].chunks.clone() {
        if c.words.len() == 1 && shape == Shape::Unknown {
            if let Some(id) = x.person_by_surname(&names::normalise_key(c.text(t))) {
                x.out.entities[id].mentions += 1;
            }
        } else if c.words.len() >= 2 && shape == Shape::Unknown {
            if let Some(id) = x.lookup(
                Kind::Person,
                &names::normalise_key(&names::normalise_person(c.text(t))),
            ) {
                x.out.entities[id].mentions += 1;
            }
        }
    }
}

/// Nationality from prose: "Ethiopia's X", "X of Kenya", "the Kenyan X",
/// "X, a North Korean runner".
fn nationality(x: &mut Extractor, i: usize) {
    static OF: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+of\s+(?:the\s+)?"));
    static DEMONYM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)\s+(?:runner|athlete|marathoner|marathon runner|champion|winner|runner-up|olympian|record holder)\b",
        )
    });
    static DEMONYM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:\b(?:the|The|a|an|A|An)\s+(?:[\w\-]+\s+)?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)(?:\s+(?:runner|athlete|marathoner|star|champion))?\s*,?\s*|\b([\p{Lu}][\w]+)\s+(?:runner|athlete|marathoner|star|champion)\s+)$",
        )
    });
    // "X (Kenya)", "X (KEN)", "X, also from Norway".
    static IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*\(([^)]{2,40})\)"));
    static FROM_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^,\s+(?:also\s+|both\s+)?from\s+(?:the\s+)?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)\b")
    });
    static COMPATRIOT: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:compatriot|countryman|countrywoman|fellow\s+countryman)\s+$"));
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    let mut last_country: Option<crate::lexicon::Country> = None;
    for (k, (c, shape)) in chunks.iter().enumerate() {
        // Country's Name
        if *shape == Shape::Country && c.possessive {
            if let Some((pc, ps)) = chunks.get(k + 1) {
                let gap = &t[c.end..pc.start];
                if person_like(pc, *ps, t) && (gap == "’s " || gap == "'s ") {
                    let country = x.country(c.text(t), i);
                    let p = x.person(pc.text(t), true, i);
                    if let Some(country) = country {
                        x.fact(p, Property::Nationality, Value::Entity(country), i);
                    }
                }
            }
        }
        if !person_like(c, *shape, t) {
            continue;
        }
        let known = x.lookup(
            Kind::Person,
            &names::normalise_key(&names::normalise_person(c.text(t))),
        );
        if let Some(m) = OF.find(&t[c.end..]) {
            if let Some((cc, Shape::Country)) = chunk_from(x, i, c.end + m.end()) {
                // Only for someone the article already knows as a person.
                if known.is_some() {
                    let country = x.country(cc.text(t), i);
                    let p = x.person(c.text(t), true, i);
                    if let Some(country) = country {
                        x.fact(p, Property::Nationality, Value::Entity(country), i);
                    }
                }
            }
        }
        let demonym = DEMONYM_AFTER
            .captures(&t[c.end..])
            .map(|m| m[1].to_string())
            .or_else(|| {
                DEMONYM_BEFORE
                    .captures(super::tail(&t[..c.start], 80))
                    .and_then(|m| m.get(1).or(m.get(2)).map(|g| g.as_str().to_string()))
            });
        let mut country = demonym.and_then(|d| super::prose::demonym_country(x, &d));
        if country.is_none() && known.is_some() {
            let named = IN_BRACKETS
                .captures(&t[c.end..])
                .or_else(|| FROM_COUNTRY.captures(&t[c.end..]))
                .map(|m| m[1].trim().to_string());
            country = named.and_then(|n| {
                x.lx.country_by_code(&n)
                    .or_else(|| x.lx.country(&n))
                    .cloned()
            });
        }
        if country.is_none() && COMPATRIOT.is_match(super::tail(&t[..c.start], 60)) {
            // The nationality the sentence gave last.
            let said = x
                .out
                .facts
                .iter()
                .rev()
                .find(|f| f.sentence == i && f.property == Property::Nationality)
                .and_then(|f| match f.object {
                    Value::Entity(e) => match &x.out.entities[e].key {
                        super::Key::Country(code) => {
                            x.lx.countries.iter().find(|c| c.key() == code).cloned()
                        }
                        _ => None,
                    },
                    _ => None,
                });
            country = said.or_else(|| last_country.clone());
        }
        if let Some(country) = country {
            let p = x.person(c.text(t), true, i);
            let k = x.country_of(&country, i);
            x.fact(p, Property::Nationality, Value::Entity(k), i);
            last_country = Some(country);
        } else if let Some(k) = known {
            // Remember what is known of this runner for a later "compatriot".
            let nat = x
                .out
                .facts
                .iter()
                .find(|f| f.subject == k && f.property == Property::Nationality)
                .and_then(|f| match f.object {
                    Value::Entity(e) => match &x.out.entities[e].key {
                        super::Key::Country(code) => {
                            x.lx.country_by_code(code)
                                .or_else(|| x.lx.countries.iter().find(|c| c.key() == code))
                                .cloned()
                        }
                        _ => None,
                    },
                    _ => None,
                });
            if nat.is_some() {
                last_country = nat;
            }
        }
    }
}

/// A race held in honour of a person: "in homage to X", "marking the birth
/// of X", "the birthday of X". With "born in 1912" or "the birth of X in
/// 1912", the person's birth year.
fn commemorates(x: &mut Extractor, i: usize) {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:in\s+homage\s+to|in\s+hono(?:u)?r\s+of|in\s+memory\s+of|commemorat\w+|tribute\s+to|dedicated\s+to|(?:marking|celebrating|celebrations?\s+(?:of|marking|leading\s+up\s+to))\s+the\s+(?:[\w\s]{0,20}?)?birth(?:day)?\s+of|birth(?:day)?\s+of)\b",
        )
    });
    static RACE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:marathon|race|event|run|it)\b"));
    static BORN: LazyLock<Regex> =
        LazyLock::new(|| re(r"^[^.;]{0,80}?\bborn\s+(?:in\s+)?(\d{4})\b"));
    static IN_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+in\s+(\d{4})\b"));
    let t = x.text(i);
    let Some(cue) = CUE.find(t) else { return };
    if !RACE.is_match(&t[..cue.start()]) {
        return;
    }
    let Some(series) = x.series_in(i) else { return };
    let birth_cue = cue.as_str().to_lowercase().contains("birth");
    // The first name after the cue that can be a person.
    let Some((c, _)) = x.sents[i]
        .chunks
        .iter()
        .find(|(c, s)| c.start >= cue.end() && person_like(c, *s, t))
        .cloned()
    else {
        return;
    };
    if t[cue.end()..c.start].contains([',', ';', '.']) {
        return;
    }
    let person = x.person(c.text(t), false, i);
    x.fact(series, Property::Commemorates, Value::Entity(person), i);
    let year = BORN
        .captures(&t[c.end..])
        .or_else(|| {
            if birth_cue {
                IN_YEAR.captures(&t[c.end..])
            } else {
                None
            }
        })
        .and_then(|m| m[1].parse::<i64>().ok());
    if let Some(y) = year {
        x.fact(person, Property::BirthYear, Value::Integer(y), i);
    }
}

/// "X, the founder of Y" and "Y's founding leader X".
fn founders(x: &mut Extractor, i: usize) {
    static FOUNDER_OF: LazyLock<Regex> =
        LazyLock::new(|| re(r"^,\s+(?:the\s+)?(?:co-)?founder\s+of\s+(?:the\s+)?"));
    static FOUNDING: LazyLock<Regex> =
        LazyLock::new(|| re(r"^[’']s\s+(?:founding\s+(?:leader|father|president)|founder)\s+"));
    static BORN: LazyLock<Regex> =
        LazyLock::new(|| re(r"^,\s+(?:[^,.;]{0,60},\s+)?born\s+(?:in\s+)?(\d{4})\b"));
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    for (c, shape) in &chunks {
        if person_like(c, *shape, t) {
            if let Some(m) = FOUNDER_OF.find(&t[c.end..]) {
                if let Some((fc, fs)) = chunk_from(x, i, c.end + m.end()) {
                    if matches!(fs, Shape::Country | Shape::Organization | Shape::City) {
                        if let Some(target) = entity_of(x, i, &fc, fs) {
                            let p = x.person(c.text(t), false, i);
                            x.fact(p, Property::FounderOf, Value::Entity(target), i);
                        }
                    }
                }
            }
            if let Some(m) = BORN.captures(&t[c.end..]) {
                if let Some(y) = m[1].parse::<i64>().ok().filter(|_| {
                    x.lookup(
                        Kind::Person,
                        &names::normalise_key(&names::normalise_person(c.text(t))),
                    )
                    .is_some()
                }) {
                    let p = x.person(c.text(t), false, i);
                    x.fact(p, Property::BirthYear, Value::Integer(y), i);
                }
            }
        }
        if c.possessive && matches!(shape, Shape::Country | Shape::Organization) {
            let after = &t[c.end..];
            if let Some(m) = FOUNDING.find(after) {
                if let Some((pc, ps)) = chunk_from(x, i, c.end + m.end()) {
                    if person_like(&pc, ps, t) {
                        if let Some(target) = entity_of(x, i, c, *shape) {
                            let p = x.person(pc.text(t), false, i);
                            x.fact(p, Property::FounderOf, Value::Entity(target), i);
                        }
                    }
                }
            }
        }
    }
}

/// The sentence speaks of the race itself.
fn about_race(x: &Extractor, i: usize) -> bool {
    static RACE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:marathons?|races?|course|route|events?|run)\b"));
    static PRONOUN: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:It|It\s+still|It\s+then|Then\s+it|From\s+there,?\s+it)\b"));
    let speaks = |k: usize| {
        RACE.is_match(x.text(k)) || x.sents[k].chunks.iter().any(|(_, s)| *s == Shape::Series)
    };
    // "The course has barely changed. It still starts in …"
    speaks(i) || (i > 0 && PRONOUN.is_match(x.text(i)) && speaks(i - 1))
}

/// Places (venues, landmarks, cities) named after byte `from` in a list:
/// "X", "X and Y", "X, the Y and Z".
fn place_list(x: &mut Extractor, i: usize, from: usize, first_gap: usize) -> Vec<usize> {
    let t = x.text(i);
    let mut out = Vec::new();
    let mut last = from;
    for (c, shape) in x.sents[i].chunks.clone() {
        if c.start < from {
            continue;
        }
        let gap = &t[last..c.start];
        let limit = if out.is_empty() { first_gap + 2 } else { 30 };
        let gap_stop = if out.is_empty() {
            gap.trim_start_matches([':', ' '])
        } else {
            gap
        };
        // Up to the first place, no other clause ("… and finishes at X").
        let first_clause_break = out.is_empty()
            && (gap.contains(',') || gap.contains(" and ") || gap.contains(" then "));
        if gap.len() > limit
            || first_clause_break
            || gap_stop.contains(['.', ';', ':'])
            || (!out.is_empty() && !is_list_gap(gap))
        {
            break;
        }
        if !matches!(shape, Shape::Venue | Shape::Landmark | Shape::City) {
            // The lower-case type word of a place ("the X stadium").
            let after = &t[c.end..];
            let next: String = after
                .trim_start_matches(' ')
                .chars()
                .take_while(|ch| ch.is_alphabetic())
                .collect();
            let full = names::capitalise_last(&format!("{} {next}", c.text(t)));
            match names::shape(&full, x.lx) {
                s @ (Shape::Venue | Shape::Landmark) => {
                    let kind = if s == Shape::Venue {
                        Kind::Venue
                    } else {
                        Kind::Landmark
                    };
                    out.push(x.named(kind, &full, i));
                    last = c.end + 1 + next.len();
                    continue;
                }
                // A name the words do not explain, where only a place fits.
                Shape::Unknown
                    if shape == Shape::Unknown
                        && c.words.len() <= 4
                        && !c.possessive
                        && gap.split_whitespace().count() <= 2
                        && x.lx.country_by_demonym(c.text(t)).is_none()
                        && !is_person_known(x, c.text(t)) =>
                {
                    out.push(x.named(Kind::Place, c.text(t), i));
                    last = c.end;
                    continue;
                }
                _ => break,
            }
        }
        if let Some(id) = entity_of(x, i, &c, shape) {
            out.push(id);
        }
        last = c.end;
    }
    out
}

fn is_person_known(x: &Extractor, name: &str) -> bool {
    x.lookup(
        Kind::Person,
        &names::normalise_key(&names::normalise_person(name)),
    )
    .is_some()
}

fn is_list_gap(gap: &str) -> bool {
    static GAP: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(?:\s|,|and|or|as well as|the|by|past|through|along|via|over|across|around|beside)*$")
    });
    GAP.is_match(gap)
}

/// "The race starts in X", "kicks off at X", "finishes at X", "culminates in X".
fn venues(x: &mut Extractor, i: usize) {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:starts?|started|starting|begins?|began|beginning|kicks?\s+off|kicked\s+off|sets?\s+off|departs?|start\s+line\s+(?:is|was|will\s+be)|^start\s*:)\b\s*:?\s*(?:and\s+(?:finishes|ends)\s+)?(?:in|at|from|outside|inside|on)?\s*(?:the\s+)?(?-i:[a-z][\w\-]*\s+){0,2}",
        )
    });
    static FINISH: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:\b(?:finish(?:es|ed|ing)?|ends?|ended|ending|culminat\w+|concludes?|concluded|finish\s+line\s+(?:is|was|will\s+be))\s+(?:in|at|inside|on|beside|back\s+(?:in|at))\b|(?:^|\|\s*)finish\s*:|\bstarts\s+and\s+finishes\s+(?:at|in|on)\b)\s*:?\s*(?:the\s+)?(?-i:[a-z][\w\-]*\s+){0,2}",
        )
    });
    let labelled = x.text(i).to_lowercase().starts_with("start");
    if !about_race(x, i) && !labelled {
        return;
    }
    let t = x.text(i);
    for (re, prop) in [
        (&*START, Property::StartVenue),
        (&*FINISH, Property::FinishVenue),
    ] {
        // The first mention of starting (finishing) that names a place.
        let places = re
            .find_iter(t)
            .map(|m| m.end())
            .collect::<Vec<_>>()
            .into_iter()
            .map(|end| place_list(x, i, end, 2))
            .find(|p| !p.is_empty())
            .unwrap_or_default();
        if let (Some(&place), Some(series)) = (places.first(), x.series_in(i)) {
            if x.out.entities[place].kind != Kind::City || places.len() == 1 {
                x.fact(series, prop, Value::Entity(place), i);
            }
        }
    }
}

/// The city a race is held in: "X was held in Y", "X in Y", "run on a
/// flat course in Y", and a wire dateline ("NAIROBI, May 18 (Wire) -")
/// when the article speaks of one race only.
fn race_city(x: &mut Extractor, i: usize) {
    static HELD_IN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:held|run|staged|hosted|takes\s+place|took\s+place|will\s+take\s+place|course)\s+in\s+(?:(?-i:[a-z][\w\-]*)\s+){0,1}$",
        )
    });
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^([\p{Lu}][\p{Lu}\s.'’\-]{2,30}?)\s*(?:,\s*(?:\p{Lu}[\p{L} ]{2,30},\s*)?(?:\p{Lu}[a-z]{2,8}\.?\s+\d|\d)|[–—-]\s)",
        )
    });
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    let named_series = chunks.iter().position(|(_, s)| *s == Shape::Series);
    for (k, (c, shape)) in chunks.iter().enumerate() {
        if !matches!(shape, Shape::City | Shape::Unknown) || c.words.len() > 3 || c.possessive {
            continue;
        }
        let before = &t[..c.start];
        // Right after a series: "the X Marathon in Tours".
        let after_series =
            k > 0 && chunks[k - 1].1 == Shape::Series && &t[chunks[k - 1].0.end..c.start] == " in ";
        let held = HELD_IN.is_match(super::tail(before, 80))
            && (named_series.is_some_and(|p| p < k) || about_race(x, i));
        if !(after_series || held) {
            continue;
        }
        if *shape == Shape::Unknown && is_person_known(x, c.text(t)) {
            continue;
        }
        // A place's name after "in" must not run on into a venue ("in Republic Square").
        let after = t[c.end..].trim_start();
        if after.starts_with(|ch: char| ch.is_uppercase()) {
            continue;
        }
        let series = if after_series {
            x.lookup(
                Kind::RaceSeries,
                &names::series_key(chunks[k - 1].0.text(t), x.lx),
            )
        } else {
            x.series_in(i)
        };
        let Some(series) = series else { continue };
        let name = c.text(t).to_string();
        let city = x
            .city(&name, i)
            .unwrap_or_else(|| x.named(Kind::City, &name, i));
        x.fact(series, Property::City, Value::Entity(city), i);
        break;
    }
    // "… on Sunday, 16 November 2025, in Porto": a known city in a sentence
    // that holds or wins the race named in it.
    static HOSTS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:held|hosted|run|staged|won|took\s+place|takes\s+place|returns?|returned)\b")
    });
    if named_series.is_some()
        && HOSTS.is_match(t)
        && !x
            .out
            .facts
            .iter()
            .any(|f| f.sentence == i && f.property == Property::City)
    {
        let cities: Vec<(Chunk, Shape)> = chunks
            .iter()
            .filter(|(c, s)| *s == Shape::City && t[..c.start].ends_with(" in "))
            .cloned()
            .collect();
        if let ([(c, _)], Some(series)) = (cities.as_slice(), x.series_in(i)) {
            if let Some(city) = x.city(c.text(t), i) {
                x.fact(series, Property::City, Value::Entity(city), i);
            }
        }
    }
    // "Aberdeen's marathon": the city of the race the article is about;
    // "Trondheim's Nidaros Marathon": the city of the race named next.
    for (k, (c, shape)) in chunks.iter().enumerate() {
        if *shape == Shape::City && c.possessive {
            if let Some((next, Shape::Series)) = chunks.get(k + 1) {
                let gap = &t[c.end..next.start];
                if gap.chars().count() <= 3 && !gap.contains(',') {
                    let key = names::series_key(next.text(t), x.lx);
                    if let (Some(series), Some(city)) =
                        (x.lookup(Kind::RaceSeries, &key), x.city(c.text(t), i))
                    {
                        x.fact(series, Property::City, Value::Entity(city), i);
                        continue;
                    }
                }
            }
        }
        let after = t[c.end..].to_lowercase();
        if *shape == Shape::City
            && c.possessive
            && [
                "’s marathon",
                "'s marathon",
                "’s half",
                "'s half",
                "’s race",
                "'s race",
            ]
            .iter()
            .any(|w| after.starts_with(w))
        {
            if let (Some(series), Some(city)) = (x.focus, x.city(c.text(t), i)) {
                x.fact(series, Property::City, Value::Entity(city), i);
            }
        }
    }
    // The dateline of a report on one race.
    let one_series = x
        .out
        .entities
        .iter()
        .filter(|e| e.kind == Kind::RaceSeries)
        .count()
        == 1;
    let dateline_only = x.out.sentences[i].line < 12
        && t.split_whitespace().count() <= 8
        && crate::dates::infer_publication_date(t).is_some();
    if one_series
        && x.out.sentences[i].line < 12
        && (t.split_whitespace().count() >= 8 || dateline_only)
    {
        if let (Some(m), Some(series)) = (DATELINE.captures(t), x.focus) {
            let raw = m[1].trim();
            if raw.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && raw.chars().all(|c| !c.is_lowercase())
            {
                let name = names::normalise_person(raw);
                if x.lx.country(&name).is_none() {
                    let city = x
                        .city(&name, i)
                        .unwrap_or_else(|| x.named(Kind::City, &name, i));
                    x.fact(series, Property::City, Value::Entity(city), i);
                }
            }
        } else if dateline_only {
            // "Brno, Sunday 14 September 2025.": a known city heading a date line.
            if let (Some((name, _)), Some(series)) = (t.split_once(','), x.focus) {
                if let Some(city) = x.city(name.trim(), i) {
                    x.fact(series, Property::City, Value::Entity(city), i);
                }
            }
        }
    }
}

/// "The route passes (by) X and Y."
fn passes(x: &mut Extractor, i: usize) {
    static PASS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:pass(?:es|ed|ing)?|runs?\s+past|ran\s+past|goes\s+past|went\s+past|winds?\s+past|takes?\s+in|took\s+in|past|cross(?:es|ed|ing)?|runs?\s+along|running\s+along|follows?|followed|following|climbs?\s+to|climbed\s+to|loops?\s+(?:round|around|along)|ran\s+(?:along|past)|skirts?|skirting)\b(?:\s+by)?",
        )
    });
    static ROUTE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:route|course|marathon|race|runners|field)\b"));
    let t = x.text(i);
    let about = about_race(x, i);
    let ends: Vec<usize> = PASS
        .find_iter(t)
        .filter(|m| ROUTE.is_match(&t[..m.start()]) || about)
        .map(|m| m.end())
        .collect();
    for end in ends {
        let places = place_list(x, i, end, 60);
        let Some(series) = x.series_in(i) else { return };
        for p in places {
            if x.out.entities[p].kind != Kind::City {
                x.fact(series, Property::Passes, Value::Entity(p), i);
            }
        }
    }
}

/// "organised by X", "sponsored by X", "X … the official travel partner".
fn organiser_roles(x: &mut Extractor, i: usize) {
    static BY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(organi[sz]ed|staged|put\s+on|sponsored|backed|presented|run)\s+(?:(?:again|also|jointly|once\s+more|for\s+the\s+\w+\s+(?:consecutive\s+|successive\s+|straight\s+)?(?:year|time))\s+)?by\s+(?:the\s+)?",
        )
    });
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^[*_\-•\s]*(?:(organi[sz]er|organi[sz]ed\s+by|race\s+organi[sz]er)|(?:(?:title|presenting|main|headline|official)\s+)?(sponsor))\s*[*_]*\s*:\s*[*_]*",
        )
    });
    static NOUN_THEN_ORG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:the\s+(?:same\s+)?|its\s+|race\s+)?(organi[sz]ers|organi[sz]er|sponsors|sponsor)\s*(?:,|\s+such\s+as|\s+like|\s+including|\s+(?:is|was|has\s+been|will\s+be|remains))\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+)?|\b(?:title|main|presenting|headline)\s+(sponsor)\s+",
        )
    });
    static ORG_THEN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:,[^,.;]{1,60},(?:\s+(?:still|also|now))?|,\s+which(?:\s+has|\s+have|\s+will\s+become|\s+becomes|\s+is)?|\s+(?:becomes|became|is|was|will\s+be|will\s+become|has\s+been\s+named|named|remains|has|have))\s+(?:the\s+)?(?:new\s+)?(?:title\s+|main\s+|official\s+|presenting\s+|headline\s+)?(sponsors?|sponsored|organi[sz]es|organi[sz]ed|organi[sz]er)\b(?:\s+of)?\s+(?:the\s+)?(?:race|marathon|event|it\b|\p{Lu})",
        )
    });
    static SUBJECT: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:marathon|race|event|run|edition|series|10k|it)\b"));
    static NOT_THE_RACE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:trips?|tours?|package|travel|camps?|excursions?|visits?|dinner|party|expo|festival|clinic|reception|study|survey|report|poll)\b",
        )
    });
    static PARTNER: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:official|exclusive)\s+travel\s+partner\b"));
    static SPONSOR: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*,?\s+(?:is|was|will\s+be|as)\s+(?:the\s+)?(?:title|main|official|headline|lead|presenting)\s+sponsor\b",
        )
    });
    let t = x.text(i);
    let Some(series) = x.series_in(i) else { return };
    let mut found: Vec<(Property, usize)> = Vec::new();
    for m in BY.captures_iter(t) {
        let whole = m.get(0).map_or(0..0, |g| g.range());
        // The thing organised must be the race: named before the verb, with
        // nothing else (a trip, a tour) in between.
        let before = &t[..whole.start];
        let Some(subject) = SUBJECT.find_iter(before).last() else {
            continue;
        };
        if NOT_THE_RACE.is_match(&before[subject.start()..]) {
            continue;
        }
        let prop = match m[1].to_lowercase().as_str() {
            "sponsored" | "backed" | "presented" => Property::Sponsor,
            _ => Property::Organizer,
        };
        found.push((prop, whole.end));
    }
    if let Some(m) = LABEL.captures(t) {
        let prop = if m.get(2).is_some() {
            Property::Sponsor
        } else {
            Property::Organizer
        };
        found.push((prop, m.get(0).map_or(0, |g| g.end())));
    }
    // "the organisers, the X," and "sponsors such as X".
    for m in NOUN_THEN_ORG.captures_iter(t) {
        let noun = m
            .get(1)
            .or(m.get(2))
            .map_or("", |g| g.as_str())
            .to_lowercase();
        let prop = if noun.starts_with("sponsor") {
            Property::Sponsor
        } else {
            Property::Organizer
        };
        found.push((prop, m.get(0).map_or(0, |g| g.end())));
    }
    // "X, which sponsors the race", "X becomes the title sponsor of the race".
    for (c, shape) in x.sents[i].chunks.clone() {
        if !matches!(shape, Shape::Organization | Shape::Unknown) || c.possessive {
            continue;
        }
        if let Some(m) = ORG_THEN_ROLE.captures(&t[c.end..]) {
            let prop = if m[1].to_lowercase().starts_with("sponsor") {
                Property::Sponsor
            } else {
                Property::Organizer
            };
            if !is_person_known(x, c.text(t)) {
                found.push((prop, c.start));
            }
        }
    }
    for (prop, at) in found {
        let Some((c, shape)) = chunk_from(x, i, at) else {
            continue;
        };
        let name = c.text(t);
        let known = x
            .lookup(Kind::Organization, &names::normalise_key(name))
            .is_some();
        if shape == Shape::Organization
            || known
            || (shape == Shape::Unknown && !is_person_known(x, name))
        {
            let org = x.organization(name, i);
            x.fact(series, prop, Value::Entity(org), i);
        }
    }
    if let Some(p) = PARTNER.find(t) {
        // The organisation the sentence is about: the last named before the phrase.
        let org = x.sents[i]
            .chunks
            .iter()
            .rev()
            .find(|(c, s)| {
                c.end <= p.start()
                    && (*s == Shape::Organization
                        || x.lookup(Kind::Organization, &names::normalise_key(c.text(t)))
                            .is_some())
            })
            .cloned();
        if let Some((c, _)) = org {
            let org = x.organization(c.text(t), i);
            x.fact(series, Property::TravelPartner, Value::Entity(org), i);
        }
    }
    for (c, shape) in x.sents[i].chunks.clone() {
        if shape == Shape::Organization && SPONSOR.is_match(&t[c.end..]) {
            let org = x.organization(c.text(t), i);
            x.fact(series, Property::Sponsor, Value::Entity(org), i);
        }
    }
}

/// Editions: "the 31st X", "the 47th edition", "X 2025", "the 2019 X",
/// "the last edition … was held in 2019", and the race day of a dated
/// "X on Sunday, April 6, 2025".
fn editions(x: &mut Extractor, i: usize) {
    static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:\bthe|\bits|\bthe\s+race[’']s|\bthis\s+year[’']s|\blast\s+year[’']s|\bnext\s+year[’']s|\b(?:19|20)\d\d[’']s|\bedition\s*:)\s+(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(edition\b(?:\s+of\s+(?:the\s+)?)?)?",
        )
    });
    static HELD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:edition|race|marathon)\b[^.;]{0,60}?\b(?:(?:was|were|is|will\s+be|would\s+be)\s+(?:held|run|staged|contested)|(?:will|would)\s+(?:move|return|switch|take\s+place))\s+(?:in|on|to)\s+(?:[\w\-]+\s+){0,4}?(?:in\s+)?((?:19|20)\d\d)\b",
        )
    });
    static HOSTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:held|host(?:s|ed|ing)?|run|ran|staged|took\s+place|takes\s+place|will\s+take\s+place|race\s+day|scheduled|returns?|returned)\b",
        )
    });
    let t = x.text(i);
    let pub_known = x.published.is_some();
    // Ordinals.
    for m in ORDINAL.captures_iter(t) {
        let Some(n) = measure::ordinal(&m[1]) else {
            continue;
        };
        let is_edition = m.get(2).is_some();
        let numeric = m[1].chars().next().is_some_and(|c| c.is_ascii_digit());
        let end = m.get(0).map_or(0, |g| g.end());
        let named = chunk_from(x, i, end).filter(|(_, s)| *s == Shape::Series);
        let series = match &named {
            Some((c, _)) => Some(x.series(c.text(t), i)),
            None if is_edition => x.series_in(i),
            None => None,
        };
        // "the second X Marathon" is an edition; "the first X Marathon since
        // 2019" or "in six years" is not a count of editions.
        let after_name = named.as_ref().map_or("", |(c, _)| &t[c.end..]);
        let since = after_name.trim_start().starts_with("since")
            || after_name.trim_start().starts_with("in ") && after_name.contains("years")
            || after_name.trim_start().starts_with("for ");
        if !(is_edition || named.is_some() && (numeric || !since)) {
            continue;
        }
        let Some(series) = series else { continue };
        if let Some(year) = x.year_at(i, m.get(0).map_or(0, |g| g.start())) {
            let ed = x.edition(series, year, i);
            x.fact(ed, Property::EditionNumber, Value::Integer(n), i);
        }
    }
    // "X 2025" and "the 2025 X".
    let chunks = x.sents[i].chunks.clone();
    for (c, shape) in &chunks {
        if *shape != Shape::Series {
            continue;
        }
        let after = &t[c.end..];
        let before = &t[..c.start];
        let year = year_prefix(after, false).or_else(|| year_prefix(before, true));
        if let Some(y) = year {
            let s = x.series(c.text(t), i);
            x.edition(s, y, i);
        }
    }
    static YEAR_EDITION: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\bthe\s+((?:19|20)\d\d)\s+(?:edition|race)\b"));
    for m in YEAR_EDITION.captures_iter(t) {
        if let (Some(series), Ok(y)) = (x.series_in(i), m[1].parse::<i32>()) {
            x.edition(series, y, i);
        }
    }
    if let Some(m) = HELD.captures(t) {
        if let (Some(series), Ok(y)) = (x.series_in(i), m[1].parse::<i32>()) {
            x.edition(series, y, i);
        }
    }
    // Race day: a date in a sentence that speaks of the race being held
    // (or won), written in full or as a weekday of the article's week.
    static RACE_WORD: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:edition|race|marathon|half\s+marathon|10k)\b|^race\s+date\s*:")
    });
    static WON: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:won|wins|took\s+the|claimed)\b"));
    static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:[’']s)?\b",
        )
    });
    static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:will|is\s+set\s+to|takes\s+place|is\s+scheduled|are\s+open|opens|expected|leads?\s+the)\b",
        )
    });
    static ON_DAY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:edition|race|marathon|10k|run)\s+(?:will\s+be\s+held\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        )
    });
    static AGO: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:(a|one)\s+week\s+ago|yesterday|last\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        )
    });
    let named: Vec<usize> = chunks
        .iter()
        .filter(|(_, s)| *s == Shape::Series)
        .filter_map(|(c, _)| x.lookup(Kind::RaceSeries, &names::series_key(c.text(t), x.lx)))
        .collect();
    let race_sentence = (!named.is_empty() || RACE_WORD.is_match(t))
        && (HOSTED.is_match(t)
            || WON.is_match(t)
            || ON_DAY.is_match(t)
            || t.to_lowercase().starts_with("race date"));
    if race_sentence {
        // A dateline ("SÃO PAULO, Nov 17, 2025 (Wire) -") dates the report.
        static DATELINE: LazyLock<Regex> =
            LazyLock::new(|| re(r"^\**\p{Lu}[\p{Lu} .'’\-]{2,30},\s*[^–—]{3,40}?\**\s*[–—-]\s"));
        let skip = DATELINE.find(t).map_or(0, |m| m.end());
        let mentions: Vec<_> = crate::dates::find_dates(t)
            .into_iter()
            .filter(|d| d.start >= skip)
            .collect();
        let full: Vec<crate::dates::Date> = mentions.iter().filter_map(|d| d.date()).collect();
        let published = x.published;
        // A day and month without a year: the one nearest the publication date.
        let partial = || {
            let p = published?;
            // The day the race is "on", else the only one written.
            let on_day = mentions.iter().filter(|m| m.year.is_none()).find(|m| {
                let before = t[..m.start].trim_end().to_lowercase();
                before.ends_with(" on") || before.ends_with("day,") || before.ends_with("day")
            });
            let m = match (on_day, mentions.as_slice()) {
                (Some(m), _) => m,
                (None, [m]) if m.year.is_none() => m,
                _ => return None,
            };
            [p.year - 1, p.year, p.year + 1]
                .iter()
                .filter_map(|y| crate::dates::Date::checked(*y, m.month, m.day))
                .min_by_key(|d| (d.days() - p.days()).abs())
        };
        let relative = || {
            let p = published?;
            if let Some(m) = AGO.captures(t) {
                return Some(match (m.get(1), m.get(2)) {
                    (Some(_), _) => crate::dates::Date::from_days(p.days() - 7),
                    (None, Some(w)) => {
                        let w = crate::dates::weekday_number(w.as_str())?;
                        crate::dates::Date::from_days(p.days() - 1).nearest_weekday(w, false)
                    }
                    _ => crate::dates::Date::from_days(p.days() - 1),
                });
            }
            let m = WEEKDAY.captures(t)?;
            let w = crate::dates::weekday_number(&m[1])?;
            Some(p.nearest_weekday(w, FUTURE.is_match(t)))
        };
        let on_date = || {
            mentions.iter().filter(|m| m.year.is_some()).find(|m| {
                let before = t[..m.start].trim_end().to_lowercase();
                before.ends_with(" on") || before.ends_with("day,") || before.ends_with("day")
            })
        };
        let date = match full.as_slice() {
            [d] => Some(*d),
            [] => partial().or_else(relative),
            _ => on_date().and_then(|m| m.date()),
        };
        let targets = if named.is_empty() {
            x.series_in(i).into_iter().collect()
        } else {
            named.clone()
        };
        if let Some(d) = date {
            for series in targets {
                let ed = x.edition(series, d.year, i);
                // The first race day an article gives for an edition stands.
                if !x
                    .out
                    .facts
                    .iter()
                    .any(|f| f.subject == ed && f.property == Property::Date)
                {
                    x.fact(ed, Property::Date, Value::Date(d), i);
                }
            }
        }
    }
    // "first run in 1995", "the inaugural race last year".
    static FIRST: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\bfirst\s+(?:held|run|staged|organi[sz]ed|contested|race|edition|marathon|running)\s+in\s+((?:19|20)\d\d)\b|\binaugural\s+(?:race|edition|event|marathon|run)\b",
        )
    });
    if let (Some(m), Some(series)) = (FIRST.captures(t), x.series_in(i)) {
        let year = match m.get(1) {
            Some(y) => y.as_str().parse().ok(),
            None => x.year_at(i, m.get(0).map_or(0, |g| g.start())),
        };
        if let Some(y) = year {
            let ed = x.edition(series, y, i);
            x.fact(ed, Property::EditionNumber, Value::Integer(1), i);
        }
    }
    let _ = pub_known;
}

fn year_prefix(s: &str, before: bool) -> Option<i32> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(\d{4})\b"));
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{4})(?:[’']s)?\s+$"));
    let m = if before {
        BEFORE.captures(s)
    } else {
        AFTER.captures(s)
    }?;
    m[1].parse().ok().filter(|y| (1900..2100).contains(y))
}

/// Reported numbers of participants, and of spectators.
fn counts(x: &mut Extractor, i: usize) {
    static SPECTATORS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)^\s+(?:[a-z\-]+\s+)?(?:spectators|onlookers|fans|supporters|people\s+watching)\b")
    });
    static CROWD: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\bcrowds?\s+(?:of\s+(?:[a-z]+\s+){0,2}|[^.;]{0,40}?\bat\s+(?:[a-z]+\s+){0,2})$")
    });
    // A label line: "Finishers: 1,846 (marathon)", "Foreign participants: around 450".
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^[*_\-•\s]*(?:(foreign|international|overseas|western)\s+)?(finishers|starters|participants|entrants|runners|spectators)\s*[*_]*\s*:",
        )
    });
    static ABROAD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s+(?:[\w’']+\s+){0,6}?(?:come|coming|came|travel\w*|fly|flying|flew)?\s*from\s+(?:abroad|overseas|other\s+countries)\b",
        )
    });
    static FINISHED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:had\s+|have\s+)?(?:finished|completed|crossed\s+the\s+(?:finish\s+)?line)\b",
        )
    });
    static EXCLUDE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:-|‑)?(?:km|kilomet|mile|metre|meter|m\b|countries|nations|years?|days?|hours?|minutes?|seconds?|weeks?|months?|%|per|times|dollars|euros|pounds|yuan|won\b|usd|eur|kg|st\b|nd\b|rd\b|th\b|am\b|pm\b|a\.m|p\.m|-day|-year|-km)",
        )
    });
    static VERB_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        let verbs: Vec<String> = super::lexicon::get()
            .words("participation_verb")
            .iter()
            .map(|w| regex::escape(w))
            .collect();
        re(&format!(
            r"(?i)^\s+(?:people\s+|of\s+them\s+)?(?:had\s+|have\s+|has\s+)?(?:{})\b",
            verbs.join("|")
        ))
    });
    static FROM: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:\b(?:up|down|rising|falling|compared)\s+(?:from|with|to)|\bagainst|\bversus|\band)\s+(?:[a-z]+\s+){0,2}$",
        )
    });
    let lx = x.lx;
    let t = x.text(i);
    static NOUNS: LazyLock<Vec<(String, Option<String>)>> =
        LazyLock::new(|| owned_pairs("participant_noun"));
    static GROUPS: LazyLock<Vec<(String, Option<String>)>> =
        LazyLock::new(|| owned_pairs("participant_group"));
    let nouns: Vec<(&str, Option<&str>)> = NOUNS
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_deref()))
        .collect();
    let groups: Vec<(&str, Option<&str>)> = GROUPS
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_deref()))
        .collect();
    let participate_in_sentence = {
        let l = t.to_lowercase();
        lx.words("participation_verb")
            .iter()
            .any(|v| l.contains(v.as_str()))
            || l.contains("marathon")
            || l.contains("race")
    };
    // An article's title line states no figures of its own.
    if x.out.sentences[i].line == 0 && !t.ends_with('.') {
        return;
    }
    let mut previous_group: Option<Group> = None;
    let label = LABEL.captures(t).map(|m| {
        let group = match (
            m.get(1).map(|g| g.as_str().to_lowercase()),
            m[2].to_lowercase().as_str(),
        ) {
            (_, "spectators") => "spectators",
            (_, "finishers") => "Finishers",
            (Some(a), _) if a == "western" => "WesternParticipants",
            (Some(_), _) => "ForeignParticipants",
            _ => "AllParticipants",
        };
        (group, m.get(0).map_or(0, |g| g.end()))
    });
    for n in measure::numbers(t) {
        if (1900..2100).contains(&n.value) && !t[n.start..n.end].contains(',') {
            continue;
        }
        if n.value < 2 {
            continue;
        }
        let after = &t[n.end..];
        if EXCLUDE.is_match(after) {
            continue;
        }
        let before = &t[..n.start];
        let approximate = is_approximate(before, lx);
        let labelled = label.filter(|(_, end)| n.start >= *end).map(|(g, _)| g);
        // Spectators.
        if SPECTATORS.is_match(after)
            || CROWD.is_match(super::tail(before, 80))
            || labelled == Some("spectators")
        {
            let Some(series) = x.series_in(i) else {
                continue;
            };
            if let Some(year) = x.year_at(i, n.start) {
                let ed = x.edition(series, year, i);
                x.fact(ed, Property::Spectators, Value::Integer(n.value), i);
            }
            continue;
        }
        // A participant noun, perhaps with a group adjective.
        let lower_after = after.to_lowercase();
        let mut group: Option<Group> = None;
        let mut matched = false;
        let words: Vec<&str> = lower_after.split_whitespace().take(4).collect();
        let mut k = 0;
        if let Some(w) = words.first() {
            if let Some((_, g)) = groups.iter().find(|(a, _)| a.eq_ignore_ascii_case(w)) {
                group = g.and_then(Group::from_term);
                k = 1;
            }
        }
        let rest = words[k.min(words.len())..].join(" ");
        let rest = rest.trim_start_matches(|c: char| !c.is_alphabetic());
        for (noun, g) in &nouns {
            if rest.starts_with(noun)
                && rest[noun.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
            {
                let weak = ["travelers", "travellers", "tourists", "visitors"].contains(noun);
                if weak && !participate_in_sentence {
                    continue;
                }
                matched = true;
                if group.is_none() {
                    group = g.and_then(Group::from_term);
                }
                break;
            }
        }
        let verb_only = !matched && VERB_ONLY.is_match(after);
        let abroad = !matched && ABROAD.is_match(after);
        // "up from 450", "against about 1,900 a year earlier", "and 2,980 the 10 km".
        let inherited = !matched
            && !verb_only
            && !abroad
            && FROM.is_match(super::tail(before, 60))
            && previous_group.is_some();
        let by_label = !matched && labelled.is_some();
        if !(matched || verb_only || inherited || abroad || by_label) {
            continue;
        }
        if inherited {
            group = previous_group;
        }
        if abroad {
            group = Some(Group::ForeignParticipants);
        }
        if by_label {
            group = labelled.and_then(Group::from_term);
        }
        // "6,214 runners finished": a count of finishers.
        let after_noun = after.trim_start().split_once(' ').map_or("", |(_, r)| r);
        if group.is_none()
            && (FINISHED.is_match(after) || (matched && FINISHED.is_match(after_noun)))
        {
            group = Some(Group::Finishers);
        }
        let group = group.unwrap_or(Group::AllParticipants);
        let Some(series) = x.series_in(i) else {
            continue;
        };
        let Some(year) = x.year_at(i, n.start) else {
            continue;
        };
        let (cs, ce) = super::clause_around(t, n.start);
        // "… are expected, including some 600 foreign runners": the part shares the plan.
        let part_of_previous = t[cs..n.start].trim_start().to_lowercase();
        let part = ["including", "of whom", "among them", "with"]
            .iter()
            .any(|w| part_of_previous.starts_with(w));
        let expected =
            is_expected(&t[cs..ce.max(n.end)], "", lx) || (part && is_expected(t, "", lx));
        let ed = x.edition(series, year, i);
        let claim = x.claim();
        x.fact(claim, Property::Edition, Value::Entity(ed), i);
        x.fact(claim, Property::Count, Value::Integer(n.value), i);
        x.fact(claim, Property::Group, Value::Group(group), i);
        x.fact(claim, Property::Approximate, Value::Boolean(approximate), i);
        x.fact(claim, Property::Expected, Value::Boolean(expected), i);
        previous_group = Some(group);
    }
}

/// A word list of `data/lexicon.txt` as owned `word=VALUE` pairs.
fn owned_pairs(section: &str) -> Vec<(String, Option<String>)> {
    super::lexicon::get()
        .pairs(section)
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
        .collect()
}

fn is_approximate(before: &str, lx: &crate::lexicon::Lexicon) -> bool {
    let b = before.trim_end().to_lowercase();
    lx.words("approximate").iter().any(|w| {
        b.ends_with(w.as_str())
            && b[..b.len() - w.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn is_expected(clause: &str, from_number: &str, lx: &crate::lexicon::Lexicon) -> bool {
    let window: String = from_number
        .chars()
        .take(80)
        .collect::<String>()
        .to_lowercase();
    let clause = clause.to_lowercase();
    lx.words("expected").iter().any(|w| {
        let w = w.as_str();
        let hit = |s: &str| {
            s.match_indices(w).any(|(p, _)| {
                s[..p].chars().last().is_none_or(|c| !c.is_alphanumeric())
                    && s[p + w.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        };
        hit(&window) || hit(&clause)
    })
}

/// "runners from countries including X and Y", "Marathoners of X, Y and Z".
fn participants_from(x: &mut Extractor, i: usize) {
    static FROM: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:runners|participants|marathoners|athletes|competitors|entrants|foreigners|travell?ers|tourists|amateurs|elites|visitors)\s+(?:(?:who\s+)?(?:came\s+|travell?ed\s+|hail(?:ed|ing)?\s+)?(?:from|of)\s+)(?:(?:\d+|some|many|several|other)\s+)?(?:(?:countries|nations)\s+(?:including|such\s+as|like|among\s+them)\s+)?",
        )
    });
    if !about_race(x, i) && x.focus.is_none() {
        return;
    }
    let t = x.text(i);
    let Some(m) = FROM.find(t) else { return };
    let mut countries = Vec::new();
    let mut last = m.end();
    for (c, shape) in x.sents[i].chunks.clone() {
        if c.start < m.end() {
            continue;
        }
        let gap = &t[last..c.start];
        if shape != Shape::Country
            || (!countries.is_empty() && !is_list_gap(gap))
            || (countries.is_empty() && !gap.trim().is_empty())
        {
            break;
        }
        if let Some(k) = x.country(c.text(t), i) {
            countries.push(k);
        }
        last = c.end;
    }
    if countries.is_empty() {
        return;
    }
    let Some(series) = x.series_in(i) else { return };
    let Some(year) = x.year_at(i, m.start()) else {
        return;
    };
    let ed = x.edition(series, year, i);
    for k in countries {
        x.fact(ed, Property::ParticipantsFrom, Value::Entity(k), i);
    }
}
