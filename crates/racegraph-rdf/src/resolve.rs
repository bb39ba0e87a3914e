//! The resolver: one IRI per real entity across all articles, and one
//! preferred label for each.
//!
//! IRIs come from keys (a normalised name, a gazetteer code, or the IRIs of
//! the parts of a composite such as an edition), so the same entity gets
//! the same IRI in every run. An organisation known by an acronym and by
//! its full name is one entity: [`Aliases`] remembers every name an IRI
//! has had, from earlier builds too.

use crate::extract::{names, Entity, EntityId, Extraction, Key, Kind};
use crate::lexicon::{self, Lexicon};
use std::collections::HashMap;

pub use racegraph_extract::slug::{key_slug, slug};

/// Names already given to IRIs: (family, normalised name) -> IRI path.
#[derive(Debug, Default, Clone)]
pub struct Aliases {
    map: HashMap<(String, String), String>,
    /// Acronym (normalised) -> full name, from every article seen.
    acronyms: HashMap<String, String>,
}

impl Aliases {
    /// Remembers that `name` names the resource at `path` (relative to the resource namespace).
    pub fn insert(&mut self, family: &str, name: &str, path: &str) {
        self.map
            .entry((family.to_string(), names::normalise_key(name)))
            .or_insert_with(|| path.to_string());
    }

    fn get(&self, family: &str, name: &str) -> Option<&String> {
        self.map
            .get(&(family.to_string(), names::normalise_key(name)))
    }

    /// Learns the acronyms an extraction defines.
    pub fn learn_acronyms(&mut self, x: &Extraction) {
        for (acr, full) in &x.acronyms {
            self.acronyms
                .entry(names::normalise_key(acr))
                .or_insert_with(|| full.clone());
        }
    }
}

/// IRI paths (relative to the resource namespace) for an extraction's entities.
pub fn resolve(x: &Extraction, article_id: &str, aliases: &mut Aliases) -> Vec<String> {
    let lx = lexicon::get();
    let mut paths: Vec<String> = Vec::with_capacity(x.entities.len());
    for (id, e) in x.entities.iter().enumerate() {
        let path = path_for(id, e, &paths, x, article_id, aliases, lx);
        if matches!(
            e.kind,
            Kind::Organization
                | Kind::Person
                | Kind::Athlete
                | Kind::City
                | Kind::Venue
                | Kind::Landmark
                | Kind::Place
        ) {
            for n in &e.names {
                aliases.insert(e.kind.family().path(), &n.text, &path);
            }
        }
        paths.push(path);
    }
    paths
}

fn path_for(
    id: EntityId,
    e: &Entity,
    done: &[String],
    x: &Extraction,
    article_id: &str,
    aliases: &Aliases,
    lx: &Lexicon,
) -> String {
    let tail = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
    match &e.key {
        Key::Country(code) => format!("country/{}", slug(code)),
        Key::Edition { series, year } => format!("edition/{}-{year}", tail(&done[*series])),
        Key::Race {
            edition,
            distance,
            sex,
        } => {
            let d = distance
                .as_deref()
                .map(|d| d.replace('.', "_"))
                .unwrap_or_else(|| "any".into());
            let s = sex
                .map(|s| s.term().to_lowercase())
                .unwrap_or_else(|| "open".into());
            format!("race/{}-{d}km-{s}", tail(&done[*edition]))
        }
        Key::Result { race, athlete } => {
            format!("result/{}--{}", tail(&done[*race]), tail(&done[*athlete]))
        }
        Key::Claim(n) => format!("claim/{article_id}-{n}"),
        Key::Name(key) => {
            let family = e.kind.family().path();
            // A name seen before (in this build or an earlier one) keeps its IRI.
            for n in &e.names {
                if let Some(p) = aliases.get(family, &n.text) {
                    return p.clone();
                }
            }
            let mut base = key.clone();
            if e.kind == Kind::Organization {
                // An acronym whose full name some article gives is named by the full name.
                let full = e
                    .names
                    .iter()
                    .find_map(|n| aliases.acronyms.get(&names::normalise_key(&n.text)));
                if let Some(full) = full {
                    if let Some(p) = aliases.get(family, full) {
                        return p.clone();
                    }
                    base = names::normalise_key(full);
                }
            }
            let _ = (id, x, lx);
            // Every script keeps its letters; a hash keeps apart names whose
            // letters have no ASCII form (see `slug::key_slug`).
            format!("{family}/{}", key_slug(&base))
        }
    }
}

/// The preferred label of an entity, from every name the articles give it,
/// with how often each was used. Returns the label and the other spellings.
pub fn choose_label(
    kind: Kind,
    names_seen: &[(String, usize)],
    lx: &Lexicon,
) -> Option<(String, Vec<String>)> {
    if names_seen.is_empty() {
        return None;
    }
    let mut alts: Vec<String> = names_seen.iter().map(|(n, _)| n.clone()).collect();
    let count = |f: &dyn Fn(&str) -> bool| -> usize {
        names_seen
            .iter()
            .filter(|(n, _)| f(n))
            .map(|(_, c)| c)
            .sum()
    };
    let label = match kind {
        Kind::Country => {
            let c = names_seen
                .iter()
                .find_map(|(n, _)| lx.country(n).or_else(|| lx.country_by_code(n)))?;
            alts.extend(c.aliases.iter().cloned());
            alts.extend(c.codes.iter().cloned());
            c.name.clone()
        }
        Kind::City => names_seen
            .iter()
            .find_map(|(n, _)| lx.city(n).map(|(c, _)| c.to_string()))
            .unwrap_or_else(|| most_used(names_seen, |n| n.to_string())),
        Kind::Person | Kind::Athlete => {
            // The most used spelling once typographic capitals are undone.
            let forms: Vec<(String, usize)> = names_seen
                .iter()
                .map(|(n, c)| (names::normalise_person(n), *c))
                .collect();
            let _ = count;
            most_used(&forms, |n| n.to_string())
        }
        Kind::Organization => names_seen
            .iter()
            .filter(|(n, _)| !names::is_acronym(n))
            .max_by_key(|(n, c)| {
                (
                    n.split_whitespace().count(),
                    *c,
                    std::cmp::Reverse(n.clone()),
                )
            })
            .map(|(n, _)| n.clone())
            .unwrap_or_else(|| most_used(names_seen, |n| n.to_string())),
        // A race named with a sponsor before it and without: the name
        // without ("Lakeside Marathon" of "Acme Lakeside Marathon").
        Kind::RaceSeries => names_seen
            .iter()
            .filter(|(n, _)| n.split_whitespace().count() >= 2)
            .filter(|(n, _)| {
                let tail = format!(" {}", n.to_lowercase());
                names_seen.iter().all(|(m, _)| {
                    let m = m.to_lowercase();
                    m == n.to_lowercase() || m.ends_with(&tail)
                })
            })
            .min_by_key(|(n, _)| n.len())
            .map(|(n, _)| n.clone())
            .unwrap_or_else(|| most_used(names_seen, |n| n.to_string())),
        Kind::Venue | Kind::Landmark | Kind::Place => most_used(names_seen, names::capitalise_last),
        _ => most_used(names_seen, |n| n.to_string()),
    };
    let mut seen = std::collections::HashSet::new();
    seen.insert(label.clone());
    alts.retain(|a| seen.insert(a.clone()));
    alts.sort();
    Some((label, alts))
}

/// The form used most often (ties: the longer, then the first in order).
fn most_used(names_seen: &[(String, usize)], norm: impl Fn(&str) -> String) -> String {
    let mut tally: Vec<(String, usize)> = Vec::new();
    for (n, c) in names_seen {
        let f = norm(n);
        match tally.iter_mut().find(|(t, _)| *t == f) {
            Some(t) => t.1 += c,
            None => tally.push((f, *c)),
        }
    }
    tally
        .into_iter()
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.0.len().cmp(&b.0.len()))
                .then(b.0.cmp(&a.0))
        })
        .map(|(n, _)| n)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_iri_safe() {
        assert_eq!(slug("Tam Ho Sen"), "tam-ho-sen");
        assert_eq!(slug("Čáslavská O’Dwyer"), "caslavska-odwyer");
        assert_eq!(slug("000_d4f2"), "000_d4f2");
        assert_eq!(slug("  --  "), "");
    }

    #[test]
    fn names_without_ascii_letters_get_iris_of_their_own() {
        let text = "Иван Петров won the Lakeside Marathon. Сергей Смирнов was second. \
                    Ολυμπία Παπαδοπούλου won the women's race. Ivan Petrov was third.";
        let x = crate::extract::extract_text(text, None);
        let paths = resolve(&x, "a", &mut Aliases::default());
        let people: Vec<&String> = x
            .entities
            .iter()
            .zip(&paths)
            .filter(|(e, _)| matches!(e.kind, Kind::Person | Kind::Athlete))
            .map(|(_, p)| p)
            .collect();
        assert!(people.len() >= 3, "{people:?}");
        let distinct: std::collections::HashSet<_> = people.iter().collect();
        assert_eq!(distinct.len(), people.len(), "{people:?}");
        assert!(people.iter().all(|p| !p.ends_with('/')), "{people:?}");
        assert!(
            people.contains(&&"person/ivan-petrov".to_string()),
            "{people:?}"
        );
        // The same key gives the same IRI in another run.
        let again = resolve(&x, "b", &mut Aliases::default());
        assert_eq!(paths, again);
    }

    #[test]
    fn preferred_labels() {
        let lx = lexicon::get();
        let (l, alts) = choose_label(
            Kind::Athlete,
            &[("TAM Ho Sen".into(), 1), ("Tam Ho Sen".into(), 1)],
            lx,
        )
        .unwrap();
        assert_eq!(l, "Tam Ho Sen");
        assert_eq!(alts, vec!["TAM Ho Sen"]);
        let (l, alts) = choose_label(
            Kind::Organization,
            &[("KCNA".into(), 3), ("Korean Central News Agency".into(), 1)],
            lx,
        )
        .unwrap();
        assert_eq!(l, "Korean Central News Agency");
        assert_eq!(alts, vec!["KCNA"]);
        let (l, alts) = choose_label(Kind::Country, &[("DPRK".into(), 1)], lx).unwrap();
        assert_eq!(l, "North Korea");
        assert!(alts.contains(&"PRK".to_string()) && alts.contains(&"DPR Korea".to_string()));
        let (l, _) = choose_label(
            Kind::Venue,
            &[
                ("Ong Tae Bok stadium".into(), 1),
                ("Ong Tae Bok Stadium".into(), 2),
            ],
            lx,
        )
        .unwrap();
        assert_eq!(l, "Ong Tae Bok Stadium");
        let (l, _) = choose_label(
            Kind::RaceSeries,
            &[
                ("Acme Bank Lakeside Marathon".into(), 3),
                ("Lakeside Marathon".into(), 1),
            ],
            lx,
        )
        .unwrap();
        assert_eq!(l, "Lakeside Marathon");
    }

    #[test]
    fn acronyms_join_their_full_name() {
        let mut aliases = Aliases::default();
        let full =
            crate::extract::extract_text("The Lakeshore Athletics Federation (LAF) said so.", None);
        let short = crate::extract::extract_text("LAF news agency reported it.", None);
        aliases.learn_acronyms(&full);
        aliases.learn_acronyms(&short);
        let a = resolve(&short, "a", &mut aliases);
        let b = resolve(&full, "b", &mut aliases);
        let org = |x: &Extraction, p: &[String]| {
            x.entities
                .iter()
                .position(|e| e.kind == Kind::Organization)
                .map(|i| p[i].clone())
        };
        assert_eq!(org(&short, &a), org(&full, &b));
        assert_eq!(
            org(&full, &b).as_deref(),
            Some("organization/lakeshore-athletics-federation")
        );
    }
}
