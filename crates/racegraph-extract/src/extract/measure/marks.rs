//! Finishing times written with other marks than colons alone: a point
//! and a comma ("1.02,48", "30.12,4"), a prime ("15'38", "2u58'31",
//! "2'34'' 18", "1 hour 21' 05''"), the hour in words and seconds
//! ("1 hour and 9 seconds"), a
//! point before "minutes" ("60.12 minutes") or "hours" ("2.41 hours"),
//! units and a colon
//! ("44mins:52s"). Read after the colon forms of
//! [`super::times`], and only where nothing was read before.

use super::{overlaps, Time};
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// Adds to `out` the times of `text` written with these marks.
pub(super) fn read(text: &str, out: &mut Vec<Time>) {
    // "44mins:52s": minutes and seconds with their units and a colon;
    // "2u58'31": hours written "u" (uur), as Dutch pages do; "1 hour 05:
    // 31": the hour in words, minutes and seconds with a colon, as
    // translations from Chinese write them; "1 hour 21' 05''", "1 hour
    // 21.36s", "1 hour and 9 seconds": the hour in words, then minutes and
    // seconds with primes or a point, or seconds alone.
    static UNITS_COLON: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r#"(?i)\b(\d{1,3})\s*mins?\s*:\s*([0-5]?\d)\s*s(?:ecs?)?\b|\b([1-9])u([0-5]\d)['’′]([0-5]\d)|\b([1-9])\s*hours?\s+([0-5]\d)\s*:\s*([0-5]\d)\b|\b([1-9])\s*hours?\s*,?\s*(?:and\s+)?(?:([0-5]?\d)\s*(?:['’′]\s*([0-5]\d)\s*(?:''|’’|["”″])|\.([0-5]\d)\s*s\b)|([0-5]?\d)\s*seconds?\b)"#,
        )
    });
    for c in UNITS_COLON.captures_iter(text) {
        let Some(m) = c.get(0) else {
            continue;
        };
        if overlaps(out, &m) {
            continue;
        }
        let num = |i: usize| c.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
        let seconds = match (num(1), num(2), num(3), num(4), num(5)) {
            (Some(mi), Some(se), ..) => mi * 60 + se,
            (_, _, Some(h), Some(mi), Some(se)) => h * 3600 + mi * 60 + se,
            _ => match (num(6), num(7), num(8)) {
                (Some(h), Some(mi), Some(se)) => h * 3600 + mi * 60 + se,
                _ => match (num(9), num(10), num(11).or(num(12)), num(13)) {
                    (Some(h), Some(mi), Some(se), _) => h * 3600 + mi * 60 + se,
                    (Some(h), None, None, Some(se)) => h * 3600 + se,
                    _ => continue,
                },
            },
        };
        out.push(Time {
            start: m.start(),
            end: m.end(),
            seconds,
            fraction: None,
        });
    }
    // "needed 2.41 hours", "in 1.18 hours": hours and minutes with a point
    // before "hours", as Indian dailies write them (two digits of minutes;
    // "2.5 hours" is a length of time, no finishing time).
    static POINT_HOURS: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"(?i)\b([1-9])\.([0-5]\d)\s*(?:hours|hrs)\b"));
    for c in POINT_HOURS.captures_iter(text) {
        let Some(m) = c.get(0) else {
            continue;
        };
        let num = |i: usize| c.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
        if overlaps(out, &m) {
            continue;
        }
        if let (Some(h), Some(mi)) = (num(1), num(2)) {
            out.push(Time {
                start: m.start(),
                end: m.end(),
                seconds: h * 3600 + mi * 60,
                fraction: None,
            });
        }
    }
    // "1.02,48", "2.17,06": hours, minutes and seconds with a point and
    // a comma; "30.12,4": minutes, seconds and tenths, as some agencies
    // write them.
    static POINT_COMMA: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"\b(?:([1-6])\.([0-5]\d),([0-5]\d)|([1-5]\d)\.([0-5]\d),(\d))(?:$|[^\d.,]|[.,](?:\D|$))",
        )
    });
    for c in POINT_COMMA.captures_iter(text) {
        let num = |i: usize| c.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
        let (seconds, fraction, start, end) = match (num(1), num(2), num(3), num(4), num(5)) {
            (Some(h), Some(m), Some(se), _, _) => (
                h * 3600 + m * 60 + se,
                None,
                c.get(1).map_or(0, |g| g.start()),
                c.get(3).map_or(0, |g| g.end()),
            ),
            (_, _, _, Some(m), Some(se)) => (
                m * 60 + se,
                c.get(6).map(|g| g.as_str().to_string()),
                c.get(4).map_or(0, |g| g.start()),
                c.get(6).map_or(0, |g| g.end()),
            ),
            _ => continue,
        };
        if out.iter().any(|t| t.start < end && start < t.end) {
            continue;
        }
        out.push(Time {
            start,
            end,
            seconds,
            fraction,
        });
    }
    // "2'34'' 18", "1'13''05", "2h 38' 14''", "1h 12'48''": hours, minutes
    // and seconds set apart by a prime (or "h") and a double prime (or a
    // prime), as French pages write a long race's time (one figure of
    // hours, the seconds required); a point may follow the "h" or the
    // prime, as Italian pages write it ("2h.38' 12\"", "3h.01'.28\"").
    static HOURS_PRIME: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r#"(?:^|[^\d'’′:.])([1-9])(?:['’′]|\s?h\.?\s?)([0-5]\d)\s?(?:''|’’|["”″]|['’′]\.?)\s?([0-5]\d)(?:''|’’|["”″])?(?:$|[^\d'’′:])"#,
        )
    });
    for c in HOURS_PRIME.captures_iter(text) {
        let (Some(h), Some(mi), Some(se)) = (c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let m = h.start()..se.end();
        if out.iter().any(|t| t.start < m.end && m.start < t.end) {
            continue;
        }
        let num = |g: regex::Match| g.as_str().parse::<u32>().unwrap_or(0);
        out.push(Time {
            start: m.start,
            end: m.end,
            seconds: num(h) * 3600 + num(mi) * 60 + num(se),
            fraction: None,
        });
    }
    // "15'38", "37'38''": minutes and seconds set apart by a prime, as
    // some outlets write a short race's time (two figures of minutes: a
    // height's "5'10" is none).
    static MINUTES_PRIME: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r#"(?:^|[^\d'’′:.])(\d{2})['’′]([0-5]\d)(?:(?:''|’’|["”″])(\d{2})?)?(?:$|[^\d'’′:.]|\.(?:\D|$))"#,
        )
    });
    for c in MINUTES_PRIME.captures_iter(text) {
        let (Some(a), Some(b)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let m = c.get(0).unwrap_or(a);
        if overlaps(out, &m) {
            continue;
        }
        let (Ok(mi), Ok(se)) = (a.as_str().parse::<u32>(), b.as_str().parse::<u32>()) else {
            continue;
        };
        // ("48'20''96": hundredths after the seconds' mark.)
        let hundredths = c.get(3);
        out.push(Time {
            start: a.start(),
            end: hundredths.map_or(b.end(), |h| h.end()),
            seconds: mi * 60 + se,
            fraction: hundredths
                .map(|h| h.as_str().trim_end_matches('0').to_string())
                .filter(|f| !f.is_empty()),
        });
    }
    // "60.12 minutes": minutes and seconds set apart by a point, the
    // minutes past the hour and more.
    static MINUTES_POINT: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"(?i)\b(\d{2,3})\.([0-5]\d)\s*(?:minutes|mins)\b"));
    for c in MINUTES_POINT.captures_iter(text) {
        let (Some(m), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if overlaps(out, &m) {
            continue;
        }
        let (Ok(mi), Ok(se)) = (a.as_str().parse::<u32>(), b.as_str().parse::<u32>()) else {
            continue;
        };
        out.push(Time {
            start: m.start(),
            end: m.end(),
            seconds: mi * 60 + se,
            fraction: None,
        });
    }
}

/// "53 minutes, 2 seconds and 18 hundredths": the hundredths told in words
/// after a time of `out`, read last.
pub(super) fn hundredths(text: &str, out: &mut [Time]) {
    static HUNDREDTHS: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"(?i)^,?\s+and\s+(\d{1,2})\s+hundredths\b"));
    for t in out.iter_mut().filter(|t| t.fraction.is_none()) {
        if let Some(c) = HUNDREDTHS.captures(&text[t.end..]) {
            t.fraction = Some(format!("{:0>2}", &c[1]));
            t.end += c.get(0).map_or(0, |g| g.end());
        }
    }
}
