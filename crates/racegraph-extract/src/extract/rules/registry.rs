//! The registry of rules and the order of the passes.
//!
//! A [`Rule`] is a general pattern with a name, the family it belongs to,
//! the properties it reads (facts earlier rules must have made) and writes,
//! examples that must yield given facts and counterexamples that must not.
//! [`PASSES`] is the one place that says what runs when; the test
//! `every_rule_keeps_its_examples` runs every example of every rule.

use super::super::Extractor;
use super::{
    counts, editions, lists_rule, orgs_rule, people, places_rule, prose_rule, results_rule,
};
use crate::contract::Property;

/// The families of rules, one file each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Organisations and roles (`rules/orgs.rs`).
    Organisations,
    /// People and nationality (`rules/people.rs`).
    People,
    /// Places and routes (`rules/places.rs`).
    Places,
    /// Editions and dates (`rules/editions.rs`).
    Editions,
    /// Participant and spectator counts (`rules/counts.rs`).
    Counts,
    /// Results lists and tables (`rules/lists.rs`) and results in prose (`rules/prose.rs`).
    Results,
}

/// How a rule is applied.
#[derive(Clone, Copy)]
pub(crate) enum Scope {
    /// Once per sentence or list line, given its index.
    Sentence(fn(&mut Extractor, usize)),
    /// Once over the whole article.
    Document(fn(&mut Extractor)),
}

/// Text that must yield facts: each of `yields` is a fact written
/// `SUBJECT property OBJECT` with entities by their first name in the text.
pub struct Example {
    pub text: &'static str,
    /// The article's publication date (ISO), if the example needs one.
    pub published: Option<&'static str>,
    pub yields: &'static [&'static str],
}

/// Text that must not yield facts: none of `never` (written as in
/// [`Example::yields`]; a prefix such as `"Jane Doe nationality"` rules out
/// every object), or, when `never` is empty, no fact of the rule's
/// `writes` at all.
pub struct Counterexample {
    pub text: &'static str,
    pub published: Option<&'static str>,
    pub never: &'static [&'static str],
}

/// A general pattern of the extractor.
pub struct Rule {
    pub name: &'static str,
    pub family: Family,
    /// What it says, for people reading the registry.
    pub doc: &'static str,
    /// Facts it needs from earlier rules (empty for most).
    pub reads: &'static [Property],
    /// Properties it writes.
    pub writes: &'static [Property],
    /// In parts (a long table may live in files of its own).
    pub examples: &'static [&'static [Example]],
    /// In parts, as the examples.
    pub counterexamples: &'static [&'static [Counterexample]],
    pub(crate) scope: Scope,
}

/// One step of the extraction, in the order of [`PASSES`].
pub(crate) enum Pass {
    /// Bookkeeping that makes no fact of its own (names typed by their
    /// words, the focus series, headings, the year in focus, deduplication).
    Step {
        name: &'static str,
        run: fn(&mut Extractor),
    },
    /// Rules over the whole article.
    Document(&'static Rule),
    /// Rules run sentence by sentence; within a sentence in this order.
    Sentences(&'static [&'static Rule]),
}

/// The order of the passes: document structure and mentions first, then
/// the relation rules, then results made into entities, then clean-up.
pub(crate) const PASSES: &[Pass] = &[
    Pass::Step {
        name: "names typed by their words and the gazetteer; acronyms",
        run: |x| x.named_entities(),
    },
    Pass::Step {
        name: "the article's focus series",
        run: |x| x.set_focus(),
    },
    Pass::Step {
        name: "the series each heading puts in force",
        run: |x| x.set_heading_series(),
    },
    Pass::Step {
        name: "the year of a later edition the article announces",
        run: |x| x.set_future_year(),
    },
    Pass::Step {
        name: "an undated article's year, from its headline",
        run: |x| x.set_headline_year(),
    },
    Pass::Document(&lists_rule::RESULTS_LISTS),
    Pass::Document(&people::CREDITED_PEOPLE),
    Pass::Sentences(&[&orgs_rule::ORGANISATIONS_BY_DESCRIPTION]),
    Pass::Sentences(&[
        &prose_rule::PROSE_RESULTS,
        &orgs_rule::ROLES,
        &orgs_rule::TITLES_BEFORE_NAMES,
        &orgs_rule::MEMBER_OF,
        &orgs_rule::BASED_IN,
        &people::PEOPLE_BY_CONTEXT,
        &people::NATIONALITY,
        &people::COMMEMORATES,
        &people::FOUNDERS,
        &places_rule::VENUES,
        &places_rule::PASSES_ON_ROUTE,
        &places_rule::RACE_CITY,
        &orgs_rule::ORGANISER_ROLES,
        &editions::EDITIONS,
        &counts::COUNTS,
        &counts::PARTICIPANTS_FROM,
    ]),
    Pass::Document(&results_rule::RESULTS),
    Pass::Document(&places_rule::CITY_IN_NAME),
    Pass::Step {
        name: "a sponsor's name before a series is not part of it",
        run: |x| x.sponsored_series_names(),
    },
    Pass::Step {
        name: "a race named in passing takes no city from its name",
        run: |x| x.drop_passing_race_cities(),
    },
    Pass::Step {
        name: "a name of no fact read as a person's and as an organisation's is the organisation's",
        run: |x| x.persons_that_are_organisations(),
    },
    Pass::Step {
        name: "each fact once",
        run: |x| x.dedupe_facts(),
    },
];

/// A pass as people read it: its name and its rules, in order.
pub struct PassInfo {
    pub name: &'static str,
    pub rules: Vec<&'static Rule>,
}

/// The passes of [`PASSES`], in order, for documentation and `racegraph rules`.
pub fn passes() -> Vec<PassInfo> {
    PASSES
        .iter()
        .map(|p| match p {
            Pass::Step { name, .. } => PassInfo {
                name,
                rules: Vec::new(),
            },
            Pass::Document(r) => PassInfo {
                name: r.name,
                rules: vec![*r],
            },
            Pass::Sentences(rs) => PassInfo {
                name: "sentence by sentence",
                rules: rs.to_vec(),
            },
        })
        .collect()
}

/// Every rule, in pass order.
#[cfg(test)]
pub(crate) fn registry() -> impl Iterator<Item = &'static Rule> {
    PASSES.iter().flat_map(|p| -> Vec<&'static Rule> {
        match p {
            Pass::Step { .. } => Vec::new(),
            Pass::Document(r) => vec![*r],
            Pass::Sentences(rs) => rs.to_vec(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Date;
    use crate::extract::{extract_text, fact_lines};

    fn date(iso: Option<&str>) -> Option<Date> {
        iso.and_then(|s| {
            let p: Vec<i32> = s.split('-').filter_map(|n| n.parse().ok()).collect();
            Date::checked(*p.first()?, *p.get(1)? as u32, *p.get(2)? as u32)
        })
    }

    #[test]
    fn every_rule_keeps_its_examples() {
        let mut failures = Vec::new();
        for rule in registry() {
            assert!(
                rule.examples.iter().any(|part| !part.is_empty()),
                "rule {} has no example",
                rule.name
            );
            assert!(
                rule.counterexamples.iter().any(|part| !part.is_empty()),
                "rule {} has no counterexample",
                rule.name
            );
            for ex in rule.examples.iter().flat_map(|part| part.iter()) {
                let x = extract_text(ex.text, date(ex.published));
                let lines = fact_lines(&x);
                for want in ex.yields {
                    // "person NAME": an entity of the person family so named.
                    let entity = want.strip_prefix("person ").is_some_and(|n| {
                        x.entities.iter().any(|e| {
                            e.kind.family() == crate::contract::Family::Person
                                && e.names.iter().any(|m| m.text == n)
                        })
                    });
                    if !entity && !lines.iter().any(|l| l == want) {
                        failures.push(format!(
                            "{}: {:?} does not yield `{want}`; it yields {lines:#?}",
                            rule.name, ex.text
                        ));
                    }
                }
            }
            for cx in rule.counterexamples.iter().flat_map(|part| part.iter()) {
                let x = extract_text(cx.text, date(cx.published));
                let lines = fact_lines(&x);
                if cx.never.is_empty() {
                    for f in &x.facts {
                        if rule.writes.contains(&f.property) {
                            failures.push(format!(
                                "{}: counterexample {:?} yields a {} fact: {lines:#?}",
                                rule.name, cx.text, f.property
                            ));
                        }
                    }
                }
                for bad in cx.never {
                    if let Some(n) = bad.strip_prefix("person ") {
                        if x.entities.iter().any(|e| {
                            e.kind.family() == crate::contract::Family::Person
                                && e.names.iter().any(|m| m.text == n)
                        }) {
                            failures.push(format!(
                                "{}: counterexample {:?} makes {n} a person",
                                rule.name, cx.text
                            ));
                        }
                        continue;
                    }
                    if let Some(l) = lines.iter().find(|l| l.starts_with(bad)) {
                        failures.push(format!(
                            "{}: counterexample {:?} yields `{l}`",
                            rule.name, cx.text
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_rule_writes_what_it_says() {
        for rule in registry() {
            for ex in rule.examples.iter().flat_map(|part| part.iter()) {
                for want in ex.yields.iter().filter(|w| !w.starts_with("person ")) {
                    assert!(
                        rule.writes
                            .iter()
                            .chain(rule.reads)
                            .any(|p| want.contains(&format!(" {} ", p.local()))),
                        "{}: example fact `{want}` is of none of its properties",
                        rule.name
                    );
                }
            }
        }
    }

    #[test]
    fn rule_names_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for rule in registry() {
            assert!(seen.insert(rule.name), "two rules named {}", rule.name);
        }
    }
}
