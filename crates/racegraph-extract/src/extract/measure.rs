//! Numbers with a meaning: finishing times, counts, ordinals, years.

use crate::pattern::Pattern;
use std::sync::LazyLock;

pub use super::dotted::{dotted_fits, dotted_minutes, leading_dotted_hms};

/// A finishing time found in text, as an `xsd:duration`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time {
    pub start: usize,
    pub end: usize,
    /// Whole seconds.
    pub seconds: u32,
    /// Tenths or hundredths of a second as written (`2` of `2:09:18,2`).
    pub fraction: Option<String>,
}

impl Time {
    /// The `xsd:duration` lexical form, e.g. `PT2H12M8S`, `PT2H9M18.2S`.
    pub fn duration(&self) -> String {
        duration_with(self.seconds, self.fraction.as_deref())
    }
}

/// The duration of `t` read as fits `km` ([`fit_time`]), its fraction of a
/// second kept when the reading is the one written.
pub fn fitted(km: Option<f64>, t: &Time) -> Option<String> {
    let s = fit_time(km, t)?;
    Some(if s == t.seconds {
        t.duration()
    } else {
        duration(s)
    })
}

/// `PT2H12M8S` for 7928 seconds.
pub fn duration(total: u32) -> String {
    duration_with(total, None)
}

/// `PT2H9M18.2S` for 7758 seconds and the fraction `2`: components that are
/// zero are left out, but for the seconds when nothing else is written or
/// a fraction follows.
fn duration_with(total: u32, fraction: Option<&str>) -> String {
    // "30.50" is thirty and a half seconds, "30.00" thirty.
    let fraction = fraction
        .map(|f| f.trim_end_matches('0'))
        .filter(|f| !f.is_empty());
    let (h, m, s) = (total / 3600, (total / 60) % 60, total % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out += &format!("{h}H");
    }
    if m > 0 {
        out += &format!("{m}M");
    }
    match fraction {
        Some(f) => out += &format!("{s}.{f}S"),
        None if s > 0 || (h == 0 && m == 0) => out += &format!("{s}S"),
        None => {}
    }
    out
}

static CLOCK: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?:^|[^\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:[.,](\d+)|:(\d{2,3}))?(?:$|[^\d:])",
    )
});
static UNITS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:(\d{1,2})\s*(?:hours?|hrs?|h)\.?,?\s*(?:and\s+)?)?(\d{1,2})\s*(?:minutes?|mins|min|mn|m)\.?,?\s*(?:and\s+)?(?:(\d{1,2})(?:[.,](\d{1,2}))?\s*(?:seconds?|secs|sec|segundos|seg|s)\b)?",
    )
});

/// `1.09.44s`, `(2.21.48)`, `at 02.29.47`, `(00.38.29)`: see [`times`].
static DOTTED_HMS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"\b0?([1-6])\.([0-5]\d)\.([0-5]\d)\s?(?:s|secs?|hrs?)\b|\(0?([0-6])\.([0-5]\d)\.([0-5]\d)\)|(?i:\b(?:in|at|with|clocked|clocking|a\s+time\s+of|time\s+(?:was|is|of)|the\s+time|ran|needed|timed|recorded))\s+0?([0-6])\.([0-5]\d)\.([0-5]\d)(?:$|[^\d.]|\.(?:\s|$))",
    )
});

/// Words that make the time after them approximate.
static APPROXIMATE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:just\s+over|just\s+under|a\s+little\s+(?:over|under)|about|around|roughly|approximately|nearly|almost|some|more\s+than|less\s+than)$",
    )
});

/// After a time with its unit: a gap to a mark, not a time run ("3:38
/// minutes off the record", "12 seconds outside it").
static GAP_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)^\s*(?:minutes?|mins?|seconds?|secs?)\s+(?:off|outside|short|slower|faster|quicker|adrift|inside|shy)\b",
    )
});

static MIXED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r#"(?i)\b(\d{1,2})\s*(?:h(?:rs?)?|u)\.?\s*(\d{1,2})\s*(?:[:'’′.]|min(?:utes?|s)?|mn|m)\s*(\d{2})\s*(?:["”″]|s\b|secs?\b)?|\b(\d)\s*h\s*(\d{2})\b(?:\s*[:'’′])?|\b(\d)['’′](\d{2}):(\d{2})s?\b|\b(\d):([0-5]\d)['’′]([0-5]\d)(?:["”″]|'')?|\b(\d{1,2})\s?min\s?([0-5]\d)\b|\b(\d)\.([0-5]\d):([0-5]\d)\b"#,
    )
});

/// Whether `m` overlaps a time already read.
fn overlaps(out: &[Time], m: &regex::Match) -> bool {
    out.iter().any(|t| t.start < m.end() && m.start() < t.end)
}

/// Finishing times in `text`: `2:12:08`, `35:11`, `2h04m45s`,
/// `2h 04min 45s`, `2 hours, 11 minutes and 5 seconds`. A clock time of the
/// day (`18:06` next to a date, `9:30 a.m.`) is not a finishing time, nor
/// a gap written with a plus (`+0:38`), nor a time said roughly (`just over
/// 1 hour, 11 minutes`).
pub fn times(text: &str) -> Vec<Time> {
    let mut out = Vec::new();
    // `2h06:31`, `2 h 03:02`, `2h10'05"`, `2h17`, `2'19:31s`, `2:51'40"`,
    // `32min48`, `2.26:39`.
    for c in MIXED.captures_iter(text) {
        let m = c.get(0).unwrap();
        let num = |i: usize| c.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
        let seconds = match (num(1), num(2), num(3), num(4), num(5)) {
            (Some(h), Some(mi), Some(se), _, _) if mi < 60 && se < 60 => h * 3600 + mi * 60 + se,
            (_, _, _, Some(h), Some(mi)) if mi < 60 => h * 3600 + mi * 60,
            _ if matches!((num(7), num(8)), (Some(mi), Some(se)) if mi < 60 && se < 60) => {
                num(6).unwrap_or(0) * 3600 + num(7).unwrap_or(0) * 60 + num(8).unwrap_or(0)
            }
            // `2:51'40"`: hours, then minutes and seconds with primes.
            _ if matches!((num(9), num(10), num(11)), (Some(_), Some(_), Some(_))) => {
                num(9).unwrap_or(0) * 3600 + num(10).unwrap_or(0) * 60 + num(11).unwrap_or(0)
            }
            // `32min48`: minutes, then seconds with no unit.
            _ if matches!(num(12), Some(mi) if mi < 60) => {
                num(12).unwrap_or(0) * 60 + num(13).unwrap_or(0)
            }
            // `2.26:39`: hours after a point, then minutes and seconds.
            _ if matches!((num(14), num(15), num(16)), (Some(_), Some(_), Some(_))) => {
                num(14).unwrap_or(0) * 3600 + num(15).unwrap_or(0) * 60 + num(16).unwrap_or(0)
            }
            _ => continue,
        };
        out.push(Time {
            start: m.start(),
            end: m.end(),
            seconds,
            fraction: None,
        });
    }
    for c in CLOCK.captures_iter(text) {
        let (a, b) = (c.get(1).unwrap(), c.get(2).unwrap());
        let end = c.get(3).unwrap_or(b).end();
        let after = text[end..].trim_start().to_ascii_lowercase();
        if after.starts_with("a.m")
            || after.starts_with("p.m")
            || after.starts_with("am")
            || after.starts_with("pm")
            || after.starts_with("local")
        {
            continue;
        }
        if out
            .iter()
            .any(|t| t.start <= a.start() && a.start() < t.end)
        {
            continue;
        }
        let (Ok(x), Ok(y)) = (a.as_str().parse::<u32>(), b.as_str().parse::<u32>()) else {
            continue;
        };
        // "2:07.40", "1:04.58": hours, minutes and seconds set apart by a
        // point, as some outlets write them; no road race is run in one or
        // two minutes and hundredths.
        let dotted = c
            .get(4)
            .filter(|d| d.as_str().len() == 2)
            .and_then(|d| d.as_str().parse::<u32>().ok())
            .filter(|d| *d < 60 && (1..=2).contains(&x));
        let seconds = match (
            c.get(3).and_then(|z| z.as_str().parse::<u32>().ok()),
            dotted,
        ) {
            (Some(z), _) => x * 3600 + y * 60 + z,
            (None, Some(d)) => x * 3600 + y * 60 + d,
            (None, None) => x * 60 + y,
        };
        // Tenths or hundredths of the seconds ("2:09:18,2", "17:48.3"), or
        // hundredths or thousandths after a colon, as timing systems print
        // them ("2:31:18:40", "01:14:58:312").
        let millis = c.get(5).filter(|_| c.get(3).is_some());
        let fraction = c
            .get(4)
            .filter(|_| dotted.is_none() || c.get(3).is_some())
            .map(|f| f.as_str().chars().take(2).collect::<String>())
            .or_else(|| millis.map(|m| m.as_str().to_string()));
        let end = c
            .get(4)
            .filter(|_| dotted.is_some() || fraction.is_some())
            .or(millis)
            .map_or(end, |d| d.end());
        out.push(Time {
            start: a.start(),
            end,
            seconds,
            fraction,
        });
    }
    // Minutes and seconds set apart by other marks: "1.02,48", "15'38",
    // "60.12 minutes".
    marks::read(text, &mut out);
    // "two hours, six minutes and 11 seconds": numbers written as words.
    for c in WORDS.captures_iter(text) {
        let m = c.get(0).unwrap();
        if overlaps(&out, &m) {
            continue;
        }
        let num = |i: usize| c.get(i).map_or(Some(0), |g| number(g.as_str()));
        // "an hour, eight minutes and 50 seconds".
        let hours = if c.get(1).is_none() { Some(1) } else { num(1) };
        let (Some(h), Some(mi), Some(se)) = (hours, num(2), num(3)) else {
            continue;
        };
        if h == 0 || h > 9 || mi > 59 || se > 59 {
            continue;
        }
        out.push(Time {
            start: m.start(),
            end: m.end(),
            seconds: h * 3600 + mi * 60 + se,
            fraction: None,
        });
    }
    for c in UNITS.captures_iter(text) {
        let m = c.get(0).unwrap();
        // Minutes alone ("10 minutes") are not a finishing time.
        if c.get(1).is_none() && c.get(3).is_none() {
            continue;
        }
        if overlaps(&out, &m) {
            continue;
        }
        let num = |i: usize| {
            c.get(i)
                .and_then(|g| g.as_str().parse::<u32>().ok())
                .unwrap_or(0)
        };
        let seconds = num(1) * 3600 + num(2) * 60 + num(3);
        let end = m.as_str().trim_end_matches([',', ' ', '.']).len() + m.start();
        out.push(Time {
            start: m.start(),
            end,
            seconds,
            // "28 minutes, 41.5 seconds": tenths as written.
            fraction: c.get(4).map(|f| f.as_str().to_string()),
        });
    }
    // "(1.09.44s)", "(2.21.48)", "Her time was 2.41.08": hours, minutes
    // and seconds set apart by points, marked as a time by a unit, by
    // brackets of their own or by the words before (a bare "1.09.44" may be
    // a date).
    for c in DOTTED_HMS.captures_iter(text) {
        let m = c.get(0).unwrap();
        if overlaps(&out, &m) {
            continue;
        }
        let num = |a: usize, b: usize| {
            c.get(a)
                .or_else(|| c.get(b))
                .and_then(|g| g.as_str().parse::<u32>().ok())
        };
        let (Some(h), Some(mi), Some(se)) = (
            num(1, 4).or_else(|| num(7, 7)),
            num(2, 5).or_else(|| num(8, 8)),
            num(3, 6).or_else(|| num(9, 9)),
        ) else {
            continue;
        };
        let start = c
            .get(1)
            .or_else(|| c.get(4))
            .or_else(|| c.get(7))
            .map_or(m.start(), |g| g.start());
        out.push(Time {
            start,
            end: c
                .get(3)
                .or_else(|| c.get(6))
                .or_else(|| c.get(9))
                .map_or(m.end(), |g| g.end()),
            seconds: h * 3600 + mi * 60 + se,
            fraction: None,
        });
    }
    marks::hundredths(text, &mut out);
    // "(+0:38 min)", "+1:02": a gap behind someone, not a finishing time;
    // "just over 1 hour, 11 minutes": no time said exactly; "3:38 minutes
    // off the record": a gap.
    out.retain(|t| {
        let before = text[..t.start].trim_end_matches(' ');
        !before.ends_with('+')
            && !APPROXIMATE.is_match(before)
            && !GAP_AFTER.is_match(&text[t.end..])
    });
    out.sort_by_key(|t| t.start);
    out
}

/// A number of hours, minutes or seconds as digits or English words.
static WORDS: LazyLock<Pattern> = LazyLock::new(|| {
    const N: &str = r"(\d{1,2}|(?:twenty|thirty|forty|fifty)(?:[\- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    crate::pattern::compile(&format!(
        r"(?i)\b(?:{N}\s+hours?|an\s+hour),?\s+(?:and\s+)?{N}\s+minutes?(?:,?\s+(?:and\s+)?{N}\s+seconds?)?\b"
    ))
    .unwrap()
});

/// `"six"` 6, `"forty-one"` 41, `"12"` 12; `None` for anything else.
pub(crate) fn number(w: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 6] = ["twenty", "thirty", "forty", "fifty", "", ""];
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    let w = w.to_lowercase();
    let word = |x: &str| -> Option<u32> {
        UNITS
            .iter()
            .position(|u| *u == x)
            .map(|p| p as u32)
            .or_else(|| {
                TENS.iter()
                    .position(|t| !t.is_empty() && *t == x)
                    .map(|p| 20 + 10 * p as u32)
            })
    };
    match w.split_once(['-', ' ']) {
        Some((t, u)) => {
            let (t, u) = (word(t)?, word(u)?);
            (t >= 20 && t % 10 == 0 && (1..10).contains(&u)).then_some(t + u)
        }
        None => word(&w),
    }
}

/// Whether `seconds` can be a finishing time over `km` kilometres: no
/// faster than 2:30 a kilometre (2:35 from a half marathon on, 2:45 from
/// 40 km: every world record is slower), no slower than 15:00.
pub fn plausible(km: f64, seconds: u32) -> bool {
    let s = f64::from(seconds);
    let fastest = if km >= 40.0 {
        165.0
    } else if km >= 20.0 {
        155.0
    } else {
        150.0
    };
    s >= km * fastest && s <= km * 900.0 + 600.0
}

/// A finishing time over `km` as written: `2:31` after a marathon is two
/// hours and 31 minutes, not two minutes; `None` when no reading fits.
pub fn fit_time(km: Option<f64>, t: &Time) -> Option<u32> {
    let Some(km) = km else {
        return Some(t.seconds);
    };
    // "2:41.30" after a marathon: hours, minutes and, after the point,
    // seconds (two digits under 60), as some clubs write them.
    let point_seconds = t
        .fraction
        .as_deref()
        .filter(|f| f.len() == 2)
        .and_then(|f| f.parse::<u32>().ok())
        .filter(|&s| s < 60);
    if plausible(km, t.seconds) {
        Some(t.seconds)
    } else if t.seconds < 3600 && plausible(km, t.seconds * 60) {
        Some(t.seconds * 60 + point_seconds.unwrap_or(0))
    } else {
        None
    }
}

/// Seconds of an `xsd:duration` of hours, minutes and whole seconds
/// (`PT2H4M45S`); `None` for anything else.
pub fn seconds_of(duration: &str) -> Option<u32> {
    let rest = duration.strip_prefix("PT")?;
    let mut total = 0u32;
    let mut num = String::new();
    let mut fraction = false;
    for c in rest.chars() {
        match c {
            '0'..='9' => num.push(c),
            // The fraction of a second counts for nothing here.
            '.' if !num.is_empty() => {
                let n: u32 = num.parse().ok()?;
                total += n;
                num.clear();
                fraction = true;
            }
            'S' if fraction => {
                num.clear();
                fraction = false;
            }
            'H' | 'M' | 'S' => {
                let n: u32 = num.parse().ok()?;
                total += n * match c {
                    'H' => 3600,
                    'M' => 60,
                    _ => 1,
                };
                num.clear();
            }
            _ => return None,
        }
    }
    num.is_empty().then_some(total)
}

/// A number written in figures or (small numbers) in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub value: i64,
}

static FIGURES: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::fixed(r"\d{1,3}(?:[,\u{a0}\u{202f} ]\d{3})+|\d+"));
static MULTIPLIER: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::fixed(r"^\s*(thousand|million)\b"));

/// Whole numbers in `text` (`950`, `50,000`, `1 100`, `2 thousand`),
/// leaving out money, percentages, decimals, times and dates.
pub fn numbers(text: &str) -> Vec<Number> {
    let mut out = Vec::new();
    for m in FIGURES.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = &text[m.end()..];
        let next = after.chars().next();
        // Part of a word, a decimal, a time, a date, a price or a percentage.
        if before.is_some_and(|c| c.is_alphanumeric() || ".:/£$€".contains(c))
            || before == Some(',')
                && text[..m.start() - 1]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit())
            || next.is_some_and(|c| c.is_alphanumeric() || ":/%".contains(c))
            || ((next == Some('.') || next == Some(','))
                && after[1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        let Ok(mut value) = digits.parse::<i64>() else {
            continue;
        };
        let mut end = m.end();
        if let Some(mult) = MULTIPLIER.captures(after) {
            value = value.saturating_mul(if &mult[1] == "thousand" {
                1_000
            } else {
                1_000_000
            });
            end += mult.get(0).map_or(0, |g| g.end());
        }
        out.push(Number {
            start: m.start(),
            end,
            value,
        });
    }
    out
}

/// The value of an edition's number in Roman numerals, in capitals, bare
/// or with an ordinal's ending (`VI`, `XXXIII`, `IXth`): 2 to 99, and only
/// a numeral written the regular way (not `IIII`, nor a word such as
/// `CIVIL` whose letters are all numerals').
pub fn roman_ordinal(word: &str) -> Option<i64> {
    let numeral = word.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &word[numeral.len()..];
    if !(suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix))
        || numeral.is_empty()
        || numeral.len() > 7
    {
        return None;
    }
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let values: Vec<i64> = numeral.chars().map(digit).collect::<Option<_>>()?;
    let mut n = 0;
    for (k, v) in values.iter().enumerate() {
        if values.get(k + 1).is_some_and(|next| next > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    const TENS: [&str; 10] = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
    const UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let regular = (1..100)
        .contains(&n)
        .then(|| format!("{}{}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize]));
    (regular.as_deref() == Some(numeral) && n >= 2).then_some(n)
}

/// The value of an ordinal such as `31st`, `47th` or `third`.
pub fn ordinal(word: &str) -> Option<i64> {
    static ORD: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^(\d+)(?:st|nd|rd|th)$"));
    let w = word.to_lowercase();
    if let Some(c) = ORD.captures(&w) {
        return c[1].parse().ok();
    }
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    WORDS.iter().position(|o| *o == w).map(|i| i as i64 + 1)
}

/// Four-digit years (1900-2099) in `text`, with their byte spans.
pub fn years(text: &str) -> Vec<(usize, usize, i32)> {
    static YEAR: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"\b(19\d{2}|20\d{2})\b"));
    YEAR.find_iter(text)
        .filter(|m| {
            let before = &text[..m.start()];
            let after = &text[m.end()..];
            // Not part of a larger number such as "2,019" or a time; a
            // colon after it with no digit after that ends a headline's
            // part ("Kolkata Maidan Marathon 2026: X storms to title").
            // (Not a date's year: "10 AUGUST 2025: NILE SOURCE 10K".)
            let month_before = before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| crate::dates::month_number(w.trim_end_matches(',')).is_some());
            let time_after = after.starts_with(':')
                && (month_before || after[1..].starts_with(|c: char| c.is_ascii_digit()));
            !before.ends_with([',', ':', '.', '/', '$', '£', '€'])
                && !time_after
                && !after.starts_with('%')
        })
        .filter_map(|m| m.as_str().parse().ok().map(|y| (m.start(), m.end(), y)))
        .collect()
}

mod marks;
#[cfg(test)]
mod tests;
