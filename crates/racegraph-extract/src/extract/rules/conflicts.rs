//! Results that contradict each other are not kept: a runner placed and
//! also out of the same race, or placed twice in it. Either reading is a
//! misreading somewhere, and the contract allows one of each.

use super::lists::{Outcome, Pending};
use crate::contract::Sex;
use crate::extract::{EntityId, Extractor};

/// Drops the contradicting results of `pending` (a race is its series,
/// year and category; a runner is the normalised name).
pub(super) fn drop_conflicts(pending: &mut Vec<Pending>) {
    // One runner both placed and not finishing (or not starting) in one
    // race: the text was misread somewhere, and neither is kept.
    // A race is its series, year and distance; a sex that one reading
    // leaves open is not a difference, as the result may be given it later.
    type RaceKey = (usize, i32, Option<String>, String);
    let key = |p: &Pending| -> RaceKey {
        (
            p.series,
            p.year,
            p.category.distance.clone(),
            crate::extract::names::normalise_key(&p.athlete),
        )
    };
    let sexes: Vec<(RaceKey, Option<Sex>)> =
        pending.iter().map(|p| (key(p), p.category.sex)).collect();
    // Two sexes given for one runner are two races, not a contradiction.
    let apart = |k: &RaceKey| {
        let mut given = sexes.iter().filter(|(s, _)| s == k).filter_map(|(_, x)| *x);
        given.next().is_some_and(|first| given.any(|x| x != first))
    };
    let placed: Vec<_> = pending
        .iter()
        .filter(|p| matches!(p.outcome, Outcome::Position(_)))
        .map(key)
        .collect();
    let out: Vec<_> = pending
        .iter()
        .filter(|p| !matches!(p.outcome, Outcome::Position(_)))
        .map(key)
        .collect();
    pending.retain(|p| {
        let k = key(p);
        apart(&k) || !(placed.contains(&k) && out.contains(&k))
    });
    // Two places for one runner in one race: neither is kept. Two times
    // with one place: the place is kept, the times are not.
    type Seen = (RaceKey, Option<i64>, Option<String>);
    let mut seen: Vec<Seen> = Vec::new();
    for p in pending.iter() {
        if let Outcome::Position(n) = p.outcome {
            seen.push((key(p), Some(n), p.time.clone()));
        }
    }
    let clash =
        |k: &RaceKey, pick: &dyn Fn(&Seen) -> bool| seen.iter().filter(|s| &s.0 == k).any(pick);
    let mut two_places = Vec::new();
    let mut two_times = Vec::new();
    for p in pending.iter() {
        if let Outcome::Position(n) = p.outcome {
            let k = key(p);
            if clash(&k, &|s| s.1 != Some(n)) {
                two_places.push(k.clone());
            }
            if p.time.is_some() && clash(&k, &|s| s.2.is_some() && s.2 != p.time) {
                two_times.push(k);
            }
        }
    }
    pending.retain(|p| !two_places.contains(&key(p)));
    for p in pending.iter_mut() {
        if two_times.contains(&key(p)) {
            p.time = None;
        }
    }
}

/// The same, once each runner's name is resolved to the person it names
/// ("Kiptoo Rop" is "Kennedy Kiptoo Rop" named in full before): two
/// outcomes of one person in one race (two places, or a place and not
/// finishing) are a misreading, and neither is kept. Returns the others,
/// each with its person.
pub(super) fn drop_resolved_conflicts(
    x: &mut Extractor,
    pending: Vec<Pending>,
) -> Vec<(EntityId, Pending)> {
    type Key = (usize, i32, Option<String>, Option<Sex>, EntityId);
    let keyed: Vec<(Key, Pending)> = pending
        .into_iter()
        .map(|p| {
            let id = x.person(&p.athlete, true, p.sentence);
            let k = (
                p.series,
                p.year,
                p.category.distance.clone(),
                p.category.sex,
                id,
            );
            (k, p)
        })
        .collect();
    let clash = |k: &Key, o: Outcome| keyed.iter().any(|(k2, p2)| k2 == k && p2.outcome != o);
    let clashing: Vec<Key> = keyed
        .iter()
        .filter(|(k, p)| clash(k, p.outcome))
        .map(|(k, _)| k.clone())
        .collect();
    keyed
        .into_iter()
        .filter(|(k, _)| !clashing.contains(k))
        .map(|(k, p)| (k.4, p))
        .collect()
}
