//! The names of a list's rows as the article means them: a country code
//! written after the name taken off it, a name written family-first turned
//! the way the prose writes it, an initial expanded, a lone surname made the
//! one full name the article gives it (or the row left out).

use super::lists::Pending;
use super::results::natural_order;
use super::Extractor;

/// Settles the names of `pending`'s rows and names their runners.
pub(super) fn settle(x: &mut Extractor, pending: &mut Vec<Pending>) {
    for p in pending.iter_mut() {
        // "1. Daniel Kipchirchir Koros KEN 2:08:51": the code ends the name.
        if let Some((name, code)) = p.athlete.rsplit_once(' ') {
            if name.contains(' ') && x.lx.country_by_code(code).is_some() {
                if p.nationality.is_none() {
                    p.nationality = Some(code.to_string());
                }
                p.athlete = name.to_string();
            }
        }
        // "TESFAYE Bereket Alemu": the order the prose writes it, if it does.
        if let Some(natural) = natural_order(&p.athlete, x.body) {
            p.athlete = natural;
        }
        if let Some(full) = x.expand_initial(&p.athlete) {
            p.athlete = full;
        }
    }
    // A lone surname stands for the one full name the article gives it;
    // without one it is left out.
    pending.retain_mut(|p| {
        if p.athlete.contains(' ') {
            return true;
        }
        match x.full_name_of(&p.athlete) {
            Some(full) => {
                p.athlete = full;
                true
            }
            None => false,
        }
    });
    for p in pending.iter() {
        x.runner(&p.athlete, p.sentence);
    }
}
