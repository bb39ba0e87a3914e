//! The self-contained HTML page: `page.html` with the graph as
//! JSON and `graph.js` inlined. The page fetches nothing; its
//! Content-Security-Policy allows no source but that one script, by hash.

use std::io::{self, Write};

use sha2::{Digest, Sha256};

use super::json::Document;
use super::view::GraphView;
use super::VizError;

const PAGE: &str = include_str!("page.html");
const SCRIPT: &str = include_str!("graph.js");

/// Writes the page.
pub(crate) fn write(view: &GraphView, out: &mut dyn Write) -> Result<(), VizError> {
    let data = script_safe_json(&serde_json::to_string(&Document::new(view))?);
    let script_hash = base64(&Sha256::digest(SCRIPT.as_bytes()));
    fill(
        PAGE,
        &[
            ("{{script-hash}}", script_hash.as_str()),
            ("{{data}}", data.as_str()),
            ("{{script}}", SCRIPT),
        ],
        out,
    )?;
    Ok(())
}

/// Writes `template` with each marker replaced, in order; the values are
/// never searched for markers.
fn fill(template: &str, values: &[(&str, &str)], out: &mut dyn Write) -> io::Result<()> {
    let mut rest = template;
    for (marker, value) in values {
        let Some((before, after)) = rest.split_once(marker) else {
            return Err(io::Error::other(format!("page template lacks {marker}")));
        };
        out.write_all(before.as_bytes())?;
        out.write_all(value.as_bytes())?;
        rest = after;
    }
    out.write_all(rest.as_bytes())
}

/// Makes JSON safe inside `<script type="application/json">`: `<`, `>`,
/// `&`, U+2028 and U+2029 (which only occur inside JSON strings) become
/// `\u` escapes, so no `</script>` or `<!--` can end or bend the element.
pub(crate) fn script_safe_json(json: &str) -> String {
    let mut safe = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            '\u{2028}' => safe.push_str("\\u2028"),
            '\u{2029}' => safe.push_str("\\u2029"),
            c => safe.push(c),
        }
    }
    safe
}

/// Standard base64 with padding (for the CSP script hash).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut encoded = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                encoded.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                encoded.push('=');
            }
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_examples() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn json_cannot_close_the_script_element() -> Result<(), serde_json::Error> {
        let raw = serde_json::to_string("</script><!-- & \u{2028}")?;
        let safe = script_safe_json(&raw);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        assert_eq!(
            serde_json::from_str::<String>(&safe)?,
            "</script><!-- & \u{2028}"
        );
        Ok(())
    }

    #[test]
    fn the_template_has_every_marker_and_the_script_no_end_tag() {
        let mut out = Vec::new();
        let filled = fill(
            PAGE,
            &[
                ("{{script-hash}}", "h"),
                ("{{data}}", "{}"),
                ("{{script}}", "s"),
            ],
            &mut out,
        );
        assert!(filled.is_ok());
        assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
        assert!(!SCRIPT.contains("innerHTML") && !SCRIPT.contains("insertAdjacentHTML"));
    }
}
