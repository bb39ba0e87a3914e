//! The city a dateline gives a report on one race: a wire's
//! (`NAIROBI, May 18 (Wire) -`, `SYRACUSE, N.Y. --`), an agency's in small
//! letters (`Hefei, Oct 19 (IANS)`), a date line that names a town (`Sunday
//! 7 September 2025, Glasgow`); not a masthead, a caption's label, a press
//! release's sender or a weekday. And a report's event line (`COVE BAY
//! HALF MARATHON, Bergen, Norway, April 12`): the race, its town and its
//! day.

#[allow(unused_imports)]
use super::*;

/// A report's event line: the race's name, a town (and its country), and
/// a day (`COVE BAY HALF MARATHON, Bergen, Norway, April 12`; `Lake Run
/// 10K, Molde, 3 May 2026`), the line alone, near the head of the page or
/// as a heading of its own. The race and the town as written, if the town
/// is one the gazetteer knows in that country, or any name of one to
/// three words before a country.
pub(super) fn event_line(x: &Extractor, i: usize) -> Option<(crate::extract::EntityId, String)> {
    let t = x.text(i).trim().trim_end_matches('.');
    // Near the head of the page, or later a heading between blank lines
    // (a round-up's section); not a line of a calendar.
    let (a, b) = x.line_spans[i];
    let alone = x.body[..a].ends_with("\n\n")
        && x.body[b..].starts_with("\n\n")
        && x.line_of(i).trim().trim_end_matches('.') == t;
    if !x.opens_line(i) || (x.out.sentences[i].line >= 12 && !alone) {
        return None;
    }
    let fields: Vec<&str> = t.split(',').map(str::trim).collect();
    if !(3..=5).contains(&fields.len()) {
        return None;
    }
    let series = x.lookup(Kind::RaceSeries, &x.series_key_of(fields[0]))?;
    // The day: one date, the rest of the line.
    let places = fields[1..]
        .iter()
        .take_while(|f| !f.chars().any(|c| c.is_ascii_digit()))
        .count();
    let day = fields[1 + places..].join(", ");
    match crate::dates::find_dates(&day).as_slice() {
        [d] if d.start == 0 && d.end == day.len() => {}
        _ => return None,
    }
    let (town, country) = match fields[1..=places] {
        [town] => (town, None),
        [town, country] => (town, Some(x.lx.country(country)?)),
        _ => return None,
    };
    let words = town.split_whitespace().count();
    if !(1..=3).contains(&words)
        || !town
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let known = x.lx.town(town).map(|(_, c)| c.key());
    match (known, country) {
        (Some(k), Some(c)) if k != c.key() => None,
        (None, None) => None,
        _ => Some((series, town.to_string())),
    }
}

/// Reads the dateline of sentence `i`, when the article speaks of one race.
pub(super) fn dateline_city(x: &mut Extractor, i: usize) {
    if let Some((series, town)) = event_line(x, i) {
        let city = x
            .town(&town, i)
            .unwrap_or_else(|| x.named(Kind::City, &town, i));
        x.fact(series, Property::City, Value::Entity(city), i);
        return;
    }
    static DATELINE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^([\p{Lu}][\p{Lu}\s.'’\-]{2,30}?)\s*(?:,\s*(?:\p{Lu}[\p{L} ]{2,30},\s*)?(?:\p{Lu}[a-z]{2,8}\.?\s+\d|\d)|,\s*\p{Lu}[\p{L}.]{1,12}(?:\s\p{Lu}[\p{L}.]{1,12})?\s*(?:\([^()]{3,30}\)\s*)?(?:--|[–—-])\s|[–—-]\s|:\s+\p{Lu})",
        )
    });
    let t = x.text(i);
    // The dateline of a report on one race.
    let one_series = x
        .out
        .entities
        .iter()
        .filter(|e| e.kind == Kind::RaceSeries)
        .count()
        == 1;
    let dateline_only = x.out.sentences[i].line < 12
        && t.split_whitespace().count() <= 8
        && crate::dates::infer_publication_date(t).is_some();
    // "Hefei, Oct 19 (IANS) An Ethiopian took …": an agency's dateline
    // written in small letters, for a town the gazetteer knows.
    static AGENCY_DATELINE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^(\p{Lu}\p{Ll}+(?:[\s\-]\p{Lu}\p{Ll}+){0,2}),\s+\p{Lu}[a-z]{2,8}\.?\s+\d{1,2}\s*\(\p{Lu}[\p{L}]{1,12}\)",
        )
    });
    if one_series && x.out.sentences[i].line < 12 {
        if let (Some(m), Some(series)) = (AGENCY_DATELINE.captures(t), x.focus) {
            if x.lx.town(&m[1]).is_some() {
                if let Some(city) = x.town(&m[1], i) {
                    x.fact(series, Property::City, Value::Entity(city), i);
                }
            }
        }
    }
    // ("DOHA, Qatar, March 24, 2025 /PRNewswire/ -- …": a press release's
    // dateline is its sender's town, not the race's.)
    static RELEASE_WIRE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)/\s*[\p{L} ]{0,20}(?:newswire|presswire)\s*/|\(\s*[\p{L} ]{0,20}(?:newswire|presswire|business\s+wire)\s*\)",
        )
    });
    if one_series
        && x.out.sentences[i].line < 12
        && (t.split_whitespace().count() >= 8 || dateline_only)
        && !RELEASE_WIRE.is_match(t)
    {
        if let (Some(m), Some(series)) = (DATELINE.captures(t), x.focus) {
            let raw = m[1].trim();
            if raw.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && raw.chars().all(|c| !c.is_lowercase())
            {
                let name = names::normalise_person(raw);
                // "SHYMKENT. QAZNEWS - …": a name that does not open its line
                // and that the gazetteer does not know is an agency's.
                let known = x.lx.city(&name).is_some() || x.lx.town(&name).is_some();
                // A city that is its country ("SINGAPORE -") is a city here.
                let city_state = x.lx.country(&name).is_some_and(|c| c.capital_is(&name));
                // "ISLAMABAD: …" only for a place the gazetteer knows
                // ("OPINION: …", "PICS: …" are labels).
                let colon = t[m.get(1).map_or(0, |g| g.end())..]
                    .trim_start()
                    .starts_with(':');
                // "AND THEY'RE OFF – Runners leave …": a caption's label.
                let label = raw.split_whitespace().any(|w| {
                    w.contains(['\'', '’'])
                        || [
                            "AND", "THE", "ARE", "IS", "IT", "WE", "OFF", "GO", "UP", "ON",
                        ]
                        .contains(&w)
                });
                // "ANGOP – Angola Press Agency", "REKORD SPORT – …": the
                // page's first line is its masthead.
                // (Or the first after an editor's note in brackets:
                // "[Translated from French]".)
                let masthead = (0..i).all(|k| {
                    let t = x.text(k).trim();
                    t.starts_with('[') && t.ends_with(']')
                });
                // "FÉLMARATON – FÉRFI": a race's kind heading its results.
                let race_kind = x.lx.names_race_kind(&name);
                if (x.lx.country(&name).is_none() || city_state)
                    && !race_kind
                    && (known || (x.opens_line(i) && !colon && !label && !masthead))
                {
                    let city = x
                        .city(&name, i)
                        .unwrap_or_else(|| x.named(Kind::City, &name, i));
                    x.fact(series, Property::City, Value::Entity(city), i);
                }
            }
        } else if dateline_only {
            // "Brno, Sunday 14 September 2025.": a known city heading a date line
            // (not where a communiqué was sent from, "Lomé, the 2 May
            // 2026", when the race is named for another town: "International
            // 10 km of Kara").
            if let (Some((name, _)), Some(series)) = (t.split_once(','), x.focus) {
                let elsewhere = super::places::town_after_connector(x, series)
                    .is_some_and(|(town, _)| !town.eq_ignore_ascii_case(name.trim()));
                if elsewhere {
                    return;
                }
                if let Some(city) = x.city(name.trim(), i) {
                    x.fact(series, Property::City, Value::Entity(city), i);
                }
            }
        }
    }
    // "Sunday 7 September 2025, Glasgow", "Saturday, May 17, 2025 - Boise,
    // Idaho", "Sunday, 21 September 2025 · Tallinn · 21.0975 km": the race's
    // date line at the head of a page about one race names its town.
    if one_series
        && x.out.sentences[i].line < 12
        && t.split_whitespace().count() <= 16
        && crate::dates::find_dates(t).iter().any(|d| d.year.is_some())
        && !x.out.facts.iter().any(|f| f.property == Property::City)
    {
        static FIELDS: LazyLock<Pattern> = LazyLock::new(|| re(r"\s[-–—·|]\s|,|\*\*"));
        let town = FIELDS
            .split(t)
            .map(|f| f.trim().trim_matches('*').trim())
            .filter(|f| !f.is_empty() && !f.chars().any(|c| c.is_ascii_digit()))
            // ("Mon, 5 Jan 2026": a weekday, though a town bears the name.)
            .filter(|f| !crate::dates::is_weekday(f))
            .find_map(|f| x.lx.town(f).map(|_| f.to_string()));
        if let (Some(name), Some(series)) = (town, x.focus) {
            if let Some(city) = x.town(&name, i) {
                x.fact(series, Property::City, Value::Entity(city), i);
            }
        }
    }
}
