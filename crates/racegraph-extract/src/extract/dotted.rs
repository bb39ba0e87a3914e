//! Times written with points, as local papers and results rows write
//! them: minutes and seconds over short races (`31.07`), hours, minutes
//! and seconds opening a row's time (`1.06.02`). Re-exported by
//! [`super::measure`].

use super::measure::Time;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A time of hours, minutes and seconds set apart by points that opens
/// `text` (`1.06.02` after a row's name and club, past separators): a
/// bare `1.06.02` elsewhere may be a date, and unlike [`times`]' dotted
/// form no word or bracket need introduce it here; not a date's
/// `1.06.2026`.
pub fn leading_dotted_hms(text: &str) -> Option<Time> {
    static LEADING: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"^[\s|,;–—\-]*0?([1-6])\.([0-5]\d)\.([0-5]\d)(?:$|[^\d.]|\.(?:\s|$))",
        )
    });
    let c = LEADING.captures(text)?;
    let num = |i: usize| c.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
    Some(Time {
        start: c.get(1)?.start(),
        end: c.get(3)?.end(),
        seconds: num(1)? * 3600 + num(2)? * 60 + num(3)?,
        fraction: None,
    })
}

/// Minutes and seconds set apart by a point, as local papers write 5K and
/// 10K times (`31.07`, `35.48`): a reading for short races only, so callers
/// use it where the race's distance is known and a colon time is missing.
/// `cued` asks for a word that introduces a time before it ("in 31.07",
/// "clocked 36.59", "a superb 35.48", "X, with 37.39", "won with the time
/// 37.58", "second with 34.09") or a bracket right after a name
/// ("Pavel Sidorenko (32.41)"); a tenth may follow (`34.52.0`, a zero
/// one no fraction); a number followed by a unit (`21.09 km`, `12.50%`)
/// is none.
pub fn dotted_minutes(text: &str, cued: bool) -> Vec<Time> {
    static DOTTED: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?:^|[^\d.,:£$€])\b(\d{2})\.([0-5]\d)(?:\.(\d))?\b(?:$|[^\d.]|\.(?:\s|$))",
        )
    });
    static CUE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)(?:(?:\b(?:in|clocked|clocking|clocks|ran|runs|run|time(?:\s+of)?|stopp(?:ed|ing) the clock (?:at|in)|cross(?:ed|ing) the line in|(?:first|second|third|fourth|fifth)\s+with)|,\s*with)\s+(?:an?\s+)?(?:[a-z]+\s+)?|(?:^|\p{L})\s\()$",
        )
    });
    static UNIT: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)^\s*(?:%|per\b|km|k\b|kilomet|mi\b|miles?|m\b|met|sec|s\b|kg|mph|pm\b|am\b|p\.m|a\.m|hours?|hrs?|h\b)",
        )
    });
    static MINUTES: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"(?i)^\s*min(?:ute)?s?\b"));
    let mut out = Vec::new();
    for c in DOTTED.captures_iter(text) {
        let (Some(m), Some(s)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(min), Ok(sec)) = (m.as_str().parse::<u32>(), s.as_str().parse::<u32>()) else {
            continue;
        };
        if !(10..60).contains(&min) || UNIT.is_match(&text[s.end()..]) {
            continue;
        }
        // "33.05 minutes" says what it is without a word before it.
        if cued && !CUE.is_match(&text[..m.start()]) && !MINUTES.is_match(&text[s.end()..]) {
            continue;
        }
        // "34.52.0": a tenth after the seconds (a zero one is none).
        let tenth = c.get(3);
        out.push(Time {
            start: m.start(),
            end: tenth.unwrap_or(s).end(),
            seconds: min * 60 + sec,
            fraction: tenth.map(|d| d.as_str().to_string()).filter(|d| d != "0"),
        });
    }
    out
}

/// Distances, in km, for which a time may be written `31.07`.
pub fn dotted_fits(km: Option<f64>) -> bool {
    km.is_some_and(|k| k > 0.0 && k <= 16.1)
}
