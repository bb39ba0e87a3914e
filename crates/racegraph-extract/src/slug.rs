//! IRI-safe slugs of names and file stems.
//!
//! Names written in Latin letters keep the plain ASCII slug they have always
//! had (`Čáslavská O’Dwyer` -> `caslavska-odwyer`). A name with letters that
//! have no ASCII form (Cyrillic, Greek, Chinese, `Ł`, `ø`…) keeps them (IRIs
//! allow them) and gets a short hash of the whole key as well, so no two
//! such names can share an IRI, and a name that gives no letters at all is
//! named by its hash alone. The same key gives the same slug in every run.

use sha2::{Digest, Sha256};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-case ASCII slug for IRIs: letters and digits kept (diacritics
/// dropped), `_` kept, anything else becomes one `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.nfkd() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if is_combining_mark(c) || c == '\'' || c == '’' {
            continue;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Whether [`slug`] drops a letter or digit of `s` (one with no ASCII form).
pub fn is_lossy(s: &str) -> bool {
    s.nfkd()
        .any(|c| c.is_alphanumeric() && !c.is_ascii() && !is_combining_mark(c))
}

/// The slug of a key that must name one thing only: the ASCII [`slug`] when
/// it keeps every letter of the key, otherwise the lower-cased letters of
/// the key as they are, then `-` and [`short_hash`] of the key (the hash
/// alone when the key has no letters or digits at all).
pub fn key_slug(key: &str) -> String {
    let ascii = slug(key);
    if !ascii.is_empty() && !is_lossy(key) {
        return ascii;
    }
    let hash = short_hash(key);
    let wide = unicode_slug(key);
    if wide.is_empty() {
        hash
    } else {
        format!("{wide}-{hash}")
    }
}

/// Letters and digits of any script, lower-cased (NFC), with their marks;
/// `_` kept; anything else becomes one `-`.
fn unicode_slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '_' || (is_combining_mark(c) && !out.is_empty()) {
            out.push(c);
            dash = false;
        } else if c == '\'' || c == '’' {
            continue;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The first 12 hex digits of the SHA-256 of `s` (in NFC).
pub fn short_hash(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    Sha256::digest(nfc.as_bytes())
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_names_keep_their_ascii_slug() {
        assert_eq!(key_slug("tam ho sen"), "tam-ho-sen");
        assert_eq!(key_slug("čáslavská o’dwyer"), "caslavska-odwyer");
        assert_eq!(key_slug("000_d4f2"), "000_d4f2");
    }

    #[test]
    fn names_of_other_scripts_are_kept_apart() {
        let keys = [
            "иван петров",
            "сергей смирнов",
            "ολυμπία παπαδοπούλου",
            "马拉松",
            "łukasz",
            "ukasz",
            "kim иван",
            "kim",
            "--",
            "!!",
        ];
        let slugs: Vec<String> = keys.iter().map(|k| key_slug(k)).collect();
        let distinct: std::collections::HashSet<&String> = slugs.iter().collect();
        assert_eq!(distinct.len(), keys.len(), "{slugs:?}");
        assert!(slugs[0].starts_with("иван-петров-"), "{}", slugs[0]);
        assert_eq!(slugs[0], key_slug("иван петров"));
        assert!(slugs.iter().all(|s| !s.is_empty()));
        for s in &slugs {
            let iri = format!("https://w3id.org/racegraph/resource/person/{s}");
            assert!(
                !s.contains(|c: char| c.is_whitespace() || "<>\"{}|\\^`".contains(c)),
                "{iri}"
            );
        }
    }
}
