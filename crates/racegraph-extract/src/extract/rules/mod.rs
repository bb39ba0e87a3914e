//! The relations layer: rule families, each rule an entry of the registry
//! with the properties it reads and writes, examples that must yield a fact
//! and counterexamples that must not. [`PASSES`] declares the order in which
//! everything runs, in one place.
//!
//! Each rule adds facts only when every part of its pattern is there; a rule
//! that is unsure adds nothing.

mod ahead;
mod bullets;
mod clause_time;
pub(super) mod conflicts;
pub(super) mod counts;
mod datelines;
pub(super) mod editions;
pub(super) mod headings;
mod led_lists;
mod list_names;
pub(super) mod lists;
mod lists_examples;
mod lists_rule;
mod name_context;
mod nationality;
mod next_place;
pub(super) mod organisers;
pub(super) mod orgs;
pub(super) mod orgs_rule;
mod other_race;
mod paired_tables;
mod paired_times;
pub(super) mod people;
mod phrasing;
pub(super) mod places;
mod places_rule;
mod portfolios;
pub(super) mod prose;
mod prose_clauses;
mod prose_context_counterexamples;
mod prose_context_examples;
mod prose_counterexamples;
mod prose_examples;
mod prose_forms_counterexamples;
mod prose_forms_examples;
mod prose_more_examples;
mod prose_podium_examples;
pub(super) mod prose_rule;
mod prose_runner;
mod prose_told_examples;
mod race_of;
mod race_told;
mod reach;
mod registry;
mod results;
mod results_rule;
mod roll_lines;
pub(super) mod rows;
mod runner_refs;
mod runners;
pub(super) mod tables;
pub(super) mod together;
mod told_later;
mod two_winners;
mod unsettled;
mod winner_lines;

pub use registry::{passes, Counterexample, Example, Family, PassInfo, Rule};
pub(crate) use registry::{Pass, Scope, PASSES};

#[allow(unused_imports)]
pub(super) use super::measure;
#[allow(unused_imports)]
pub(super) use super::names::{self, Chunk, Shape};
pub(super) use super::structure::Block;
#[allow(unused_imports)]
pub(super) use super::{Extractor, Kind, Value};
#[allow(unused_imports)]
pub(super) use crate::contract::{Group, Property};
pub(super) use crate::pattern::Pattern;
#[allow(unused_imports)]
pub(super) use counts::*;
#[allow(unused_imports)]
pub(super) use editions::*;
#[allow(unused_imports)]
pub(super) use orgs::*;
#[allow(unused_imports)]
pub(super) use people::*;
#[allow(unused_imports)]
pub(super) use places::*;
#[allow(unused_imports)]
pub(super) use registry::{
    Counterexample as Cx, Example as Ex, Family as Fam, Rule as R, Scope as S,
};
pub(super) use std::sync::LazyLock;

/// Runs every pass of [`PASSES`] in order.
pub(super) fn run_passes(x: &mut Extractor) {
    for pass in PASSES {
        match pass {
            Pass::Step { run, .. } => run(x),
            Pass::Document(rule) => apply(rule, x),
            Pass::Sentences(rules) => {
                for i in 0..x.sents.len() {
                    if x.sents[i].headline || x.sents[i].block != Block::Text {
                        continue;
                    }
                    for rule in *rules {
                        if let Scope::Sentence(f) = rule.scope {
                            f(x, i);
                        }
                    }
                }
            }
        }
    }
}

fn apply(rule: &Rule, x: &mut Extractor) {
    match rule.scope {
        Scope::Document(f) => f(x),
        Scope::Sentence(f) => {
            for i in 0..x.sents.len() {
                if !x.sents[i].headline && x.sents[i].block == Block::Text {
                    f(x, i);
                }
            }
        }
    }
}

pub(super) use crate::pattern::fixed as re;

/// The chunk of sentence `i` that starts at byte `pos` (after spaces and an article).
pub(super) fn chunk_from(x: &Extractor, i: usize, pos: usize) -> Option<(Chunk, Shape)> {
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
pub(super) fn person_like(c: &Chunk, shape: Shape, t: &str) -> bool {
    shape == Shape::Unknown
        && (2..=5).contains(&c.words.len())
        && c.words.iter().all(|&(a, b)| {
            let w = &t[a..b];
            w.chars().count() > 1 || w.chars().all(char::is_uppercase)
        })
        && !is_title(c, t)
        && !club_like(c, t)
}

/// A name ending in a club's word or a plural possessive ("Lisburn Lagan
/// Runners'", "Stavanger Løpsklubb"): a club, not a person.
fn club_like(c: &Chunk, t: &str) -> bool {
    let Some(&(a, b)) = c.words.last() else {
        return false;
    };
    let last = &t[a..b];
    let bare = last.trim_end_matches(['\'', '’']);
    bare.len() < last.len()
        || t[b..].starts_with(['\'', '’']) && !t[b..].starts_with("'s") && !t[b..].starts_with("’s")
        || crate::lexicon::get().has(crate::lexicon::Section::ClubSuffix, bare)
}

/// A job title written in capitals ("Deputy Chairman", "Chief Executive
/// Officer"): only words of `[title_word]` and `[title_head]`, ending on one
/// of the latter.
pub(super) fn is_title(c: &Chunk, t: &str) -> bool {
    is_title_text(c.text(t))
}

/// Whether words written as a name are a job title ("Chief Executive
/// Officer"): see [`is_title`].
pub(super) fn is_title_text(name: &str) -> bool {
    use crate::lexicon::Section;
    let lx = crate::lexicon::get();
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    words.last().is_some_and(|w| lx.has(Section::TitleHead, w))
        && words
            .iter()
            .all(|w| lx.has(Section::TitleHead, w) || lx.has(Section::TitleWord, w))
}

/// The entity a typed chunk names (adding it if new).
pub(super) fn entity_of(x: &mut Extractor, i: usize, c: &Chunk, shape: Shape) -> Option<usize> {
    let name = c.text(x.text(i)).to_string();
    match shape {
        Shape::Country => x.country(&name, i),
        Shape::City => x.city(&name, i),
        Shape::Series => Some(x.series(&name, i)),
        Shape::Venue => Some(x.named(Kind::Venue, &names::capitalise_last(&name), i)),
        Shape::Landmark => Some(x.named(Kind::Landmark, &name, i)),
        Shape::Organization => Some(x.organization(&name, i)),
        Shape::Region => None,
        Shape::Unknown => {
            if c.words.len() == 1 && names::is_acronym(&name) {
                x.lookup(Kind::Organization, &names::normalise_key(&name))
            } else {
                None
            }
        }
    }
}
