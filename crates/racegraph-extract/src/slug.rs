//! IRI-safe slugs of names and file stems.

/// Lower-case ASCII slug for IRIs: letters and digits kept (diacritics
/// dropped), `_` kept, anything else becomes one `-`.
pub fn slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut dash = false;
    for c in s.nfkd() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if unicode_normalization::char::is_combining_mark(c) || c == '\'' || c == '’' {
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
