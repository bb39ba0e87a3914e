//! Editions and dates: edition numbers, years and race days.

#[allow(unused_imports)]
use super::*;

/// "since" or "until" right before an ordinal edition (not "from": "From
/// the 11th edition, on Sunday 28 September 2025, the event will be …").
static SINCE_BEFORE: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)\b(?:since|until|till)\s*$"));

/// Editions: "the 31st X", "the 47th edition", "the VI X", "X 2025", "the 2019 X",
/// "the last edition … was held in 2019", and the race day of a dated
/// "X on Sunday, April 6, 2025".
pub(super) fn editions(x: &mut Extractor, i: usize) {
    static ORDINAL: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)(?:\bthe|\bits|\bthis|\bthe\s+race[’']s|\bthis\s+year[’']s|\blast\s+year[’']s|\bnext\s+year[’']s|\b(?:yesterday|today|saturday|sunday)[’']s|\b(?:19|20)\d\d[’']s|\bedition\s*:)\s+(\d{1,3}(?:st|nd|rd|th)|(?-i:[IVXL]{2,7}(?:st|nd|rd|th)?)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+(?:((?:edition|running|staging)\b(?:\s+of\s+(?:the\s+)?)?)|(?:annual|yearly)\s+)?",
        )
    });
    static HELD: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:edition|race|marathon)\b[^.;]{0,60}?\b(?:(?:was|were|is|will\s+be|would\s+be)\s+(?:held|run|staged|contested)|(?:will|would)\s+(?:move|return|switch|take\s+place))\s+(?:in|on|to)\s+(?:[\w\-]+\s+){0,4}?(?:in\s+)?((?:19|20)\d\d)\b",
        )
    });
    static HOSTED: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:held|host(?:s|ed|ing)?|run|ran|staged|took\s+place|takes\s+place|will\s+take\s+place|race\s+day|scheduled|returns?|returned|results?\s+(?:of|from))\b",
        )
    });
    let t = x.text(i);
    let pub_known = x.published.is_some();
    // Ordinals.
    // "the club hopes to add a half marathon in time for the 45th
    // running", "looking ahead to next year's 14th edition": an
    // edition hoped for is not dated by the sentence.
    static HOPED: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:hopes?|hoping|plans?|planning|aims?|in\s+time\s+for|look(?:s|ing)?\s+(?:ahead|forward)\s+to)\b",
        )
    });
    for m in ORDINAL.captures_iter(t) {
        let Some(n) = measure::ordinal(&m[1]).or_else(|| measure::roman_ordinal(&m[1])) else {
            continue;
        };
        if HOPED.is_match(&t[..m.get(0).map_or(0, |g| g.start())]) {
            continue;
        }
        // "has backed the race since its first edition": an edition long
        // past, not the one the sentence is dated to.
        if SINCE_BEFORE.is_match(crate::extract::tail(
            &t[..m.get(0).map_or(0, |g| g.start())],
            20,
        )) {
            continue;
        }
        // ("The winner of the 1st edition, X, did not start" after the
        // article has numbered this year's the 2nd: a title held, of an
        // edition told as past; "was crowned the winner of the 12th
        // edition" is this year's.)
        static TITLE_OF: LazyLock<Pattern> =
            LazyLock::new(|| re(r"(?i)\b(?:winners?|champions?|victors?)\s+of\s+$"));
        let title_of = TITLE_OF.is_match(crate::extract::tail(
            &t[..m.get(0).map_or(0, |g| g.start())],
            20,
        ));
        let is_edition = m.get(2).is_some();
        let numeric = m[1].chars().next().is_some_and(|c| c.is_ascii_digit());
        let end = m.get(0).map_or(0, |g| g.end());
        let named = chunk_from(x, i, end).filter(|(_, s)| *s == Shape::Series);
        // ("X (Kenya, the winner of the 3rd Y Ten)": an edition of a
        // runner's title, of another time.)
        if named
            .as_ref()
            .is_some_and(|(c, _)| crate::extract::focus::own_other_race(t, c.start, c.end))
        {
            continue;
        }
        let series = match &named {
            Some((c, _)) => Some(x.series(c.text(t), i)),
            None if is_edition => x.series_in(i),
            None => None,
        };
        // "the second X Marathon" is an edition; "the first X Marathon since
        // 2019" or "in six years" is not a count of editions.
        let after_name = named.as_ref().map_or("", |(c, _)| &t[c.end..]);
        let since = after_name.trim_start().starts_with("since")
            || after_name.trim_start().starts_with("in ") && after_name.contains("years")
            || after_name.trim_start().starts_with("for ");
        if !(is_edition || named.is_some() && (numeric || !since)) {
            continue;
        }
        let Some(series) = series else { continue };
        if let Some(year) = x.year_at(i, m.get(0).map_or(0, |g| g.start())) {
            let ed = x.edition(series, year, i);
            // (Looked for only after a title: the facts so far are many.)
            let numbered_else = || {
                x.out.facts.iter().any(|f| {
                    f.subject == ed
                        && f.property == Property::EditionNumber
                        && f.object != Value::Integer(n)
                })
            };
            if title_of && numbered_else() {
                continue;
            }
            x.fact(ed, Property::EditionNumber, Value::Integer(n), i);
        }
    }
    // "X 2025" and "the 2025 X".
    let chunks = x.sents[i].chunks.clone();
    for (c, shape) in &chunks {
        if *shape != Shape::Series {
            continue;
        }
        let after = &t[c.end..];
        let before = &t[..c.start];
        let year = year_prefix(after, false).or_else(|| year_prefix(before, true));
        if let Some(y) = year {
            let s = x.series(c.text(t), i);
            x.edition(s, y, i);
        }
    }
    static YEAR_EDITION: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\bthe\s+((?:19|20)\d\d)\s+(?:edition|race)\b"));
    for m in YEAR_EDITION.captures_iter(t) {
        if let (Some(series), Ok(y)) = (x.series_in(i), m[1].parse::<i32>()) {
            x.edition(series, y, i);
        }
    }
    if let Some(m) = HELD.captures(t) {
        if let (Some(series), Ok(y)) = (x.series_in(i), m[1].parse::<i32>()) {
            x.edition(series, y, i);
        }
    }
    // Race day: a date in a sentence that speaks of the race being held
    // (or won), written in full or as a weekday of the article's week.
    static RACE_WORD: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\b(?:edition|race|marathon|half\s+marathon|10k)\b|^race\s+date\s*:")
    });
    static WON: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:won|wins|took\s+the|claimed)\b"));
    static WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:[’']s)?\b",
        )
    });
    use crate::extract::years::RACE_AHEAD as FUTURE;
    static ON_DAY: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:edition|race|marathon|half|10k|\d{1,2}k|run|miler|mile|event|running)\s+(?:(?:in|at)\s+(?-i:\p{Lu}[\w’'\-]*)(?:\s+(?-i:\p{Lu}[\w’'\-]*)){0,2}\s+|here\s+)?(?:will\s+be\s+held\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        )
    });
    static AGO: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:(a|one)\s+week\s+ago|yesterday|last\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        )
    });
    static TODAY: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:today|this\s+morning|earlier\s+today)\b"));
    // (Not a race the one told of qualifies runners for: "… and a Boston
    // Marathon qualifier".)
    static QUALIFIER: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)^\s*(?:qualifier|qualifying\s+(?:race|event|course))\b"));
    let named: Vec<usize> = chunks
        .iter()
        .filter(|(c, s)| *s == Shape::Series && !QUALIFIER.is_match(&t[c.end..]))
        .filter_map(|(c, _)| x.lookup(Kind::RaceSeries, &x.series_key_of(c.text(t))))
        .collect();
    // A sentence that names the race and tells what happened in it.
    static TOLD: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:went\s+to|made\s+it|retained|defended|clinched|captured|triumphed|clock(?:ed|ing)|cross(?:ed|ing)|reach(?:ed|es)|ran|broke|lowered|set|finish(?:ed|ing)|(?:was|were)\s+(?:run|held|staged|contested))\b",
        )
    });
    // A sentence that names the race and a weekend day it was on ("THE X
    // Half Marathon dodged the worst of the weather on Sunday").
    // ("on a cool Sunday morning", "for a breezy Sunday morning running of
    // the X".)
    static ON_WEEKEND: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:on\s+(?:an?\s+(?:[\w\-]+\s+){0,2}?)?|for\s+an?\s+(?:[\w\-]+\s+){0,2}?)(?:saturday|sunday)\b",
        )
    });
    // Told in the past ("dodged", "lined up", "was"), not a preview's
    // present ("welcomes back a full field on Sunday").
    static PAST: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:was|were|had|came|went|ran|won|took|saw|drew|\w{3,}ed)\b"));
    let race_sentence = (!named.is_empty() || RACE_WORD.is_match(t))
        && (HOSTED.is_match(t)
            || WON.is_match(t)
            || ON_DAY.is_match(t)
            || (!named.is_empty()
                && (TOLD.is_match(t)
                    || ON_WEEKEND
                        .find(t)
                        .is_some_and(|w| PAST.find(t).is_some_and(|p| p.start() < w.start())))
                && !FUTURE.is_match(t))
            || t.to_lowercase().starts_with("race date")
            || super::datelines::event_line(x, i).is_some());
    if race_sentence {
        // A dateline ("SÃO PAULO, Nov 17, 2025 (Wire) -") dates the report.
        static DATELINE: LazyLock<Pattern> =
            LazyLock::new(|| re(r"^\**\p{Lu}[\p{Lu} .'’\-]{2,30},\s*[^–—]{3,40}?\**\s*[–—-]\s"));
        let skip = DATELINE.find(t).map_or(0, |m| m.end());
        let mentions: Vec<_> = crate::dates::find_dates(t)
            .into_iter()
            .filter(|d| d.start >= skip)
            .collect();
        let full: Vec<crate::dates::Date> = mentions.iter().filter_map(|d| d.date()).collect();
        let published = x.published;
        // A day and month without a year: the one nearest the publication date.
        let partial = || {
            let p = published?;
            // The day the race is "on", else the only one written.
            let on_day = mentions.iter().filter(|m| m.year.is_none()).find(|m| {
                let before = t[..m.start].trim_end().to_lowercase();
                before.ends_with(" on") || before.ends_with("day,") || before.ends_with("day")
            });
            let m = match (on_day, mentions.as_slice()) {
                (Some(m), _) => m,
                (None, [m]) if m.year.is_none() => m,
                _ => return None,
            };
            [p.year - 1, p.year, p.year + 1]
                .iter()
                .filter_map(|y| crate::dates::Date::checked(*y, m.month, m.day))
                .min_by_key(|d| (d.days() - p.days()).abs())
        };
        let relative = || {
            let p = published?;
            if let Some(m) = AGO.captures(t) {
                return Some(match (m.get(1), m.get(2)) {
                    (Some(_), _) => crate::dates::Date::from_days(p.days() - 7),
                    (None, Some(w)) => {
                        let w = crate::dates::weekday_number(w.as_str())?;
                        crate::dates::Date::from_days(p.days() - 1).nearest_weekday(w, false)
                    }
                    _ => crate::dates::Date::from_days(p.days() - 1),
                });
            }
            // "started and ended at the stadium today", "this morning": the
            // day the article is dated.
            if TODAY.is_match(t) && !WEEKDAY.is_match(t) {
                return Some(p);
            }
            // "washed out Saturday's programme, … returned on Sunday": the
            // day the race was "on", before any other weekday named.
            let m = WEEKDAY
                .captures_iter(t)
                .find(|c| c[0].to_lowercase().starts_with("on"))
                .or_else(|| WEEKDAY.captures(t))?;
            let w = crate::dates::weekday_number(&m[1])?;
            Some(p.nearest_weekday(w, FUTURE.is_match(t)))
        };
        let on_date = || {
            mentions.iter().filter(|m| m.year.is_some()).find(|m| {
                let before = t[..m.start].trim_end().to_lowercase();
                before.ends_with(" on") || before.ends_with("day,") || before.ends_with("day")
            })
        };
        // "Lübeck, 21.09.2026 – … the 22nd Hansestadt 25 km on Sunday": a
        // weekday the race was on before the day the line is dated.
        let weekdays: Vec<_> = WEEKDAY.captures_iter(t).collect();
        let on_weekday = match (weekdays.as_slice(), mentions.as_slice()) {
            ([m], [d])
                if m[0].to_lowercase().starts_with("on")
                    && d.start < m.get(0).map_or(0, |g| g.start()) =>
            {
                crate::dates::weekday_number(&m[1])
            }
            _ => None,
        };
        // On an undated page whose race the headline dates ("2026
        // Reservoir Marathon"), a day and month after the weekday it fell
        // on in that year ("run on Saturday, January 10").
        let weekday_in_year = || {
            if published.is_some() {
                return None;
            }
            let y = x.reference_year()?;
            mentions.iter().filter(|m| m.year.is_none()).find_map(|m| {
                let before = t[..m.start].trim_end().trim_end_matches(',');
                let word = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
                let w = crate::dates::weekday_number(word)?;
                let d = crate::dates::Date::checked(y, m.month, m.day)?;
                (d.weekday() == w).then_some(d)
            })
        };
        let date = match full.as_slice() {
            [d] => Some(match on_weekday {
                Some(w) => d.nearest_weekday(w, FUTURE.is_match(t)),
                None => *d,
            }),
            [] => partial().or_else(relative).or_else(weekday_in_year),
            _ => on_date().and_then(|m| m.date()),
        };
        let targets = if named.is_empty() {
            x.series_in(i).into_iter().collect()
        } else {
            named.clone()
        };
        if let Some(d) = date {
            for series in targets {
                let ed = x.edition(series, d.year, i);
                // The first race day an article gives for an edition stands.
                if !x
                    .out
                    .facts
                    .iter()
                    .any(|f| f.subject == ed && f.property == Property::Date)
                {
                    x.fact(ed, Property::Date, Value::Date(d), i);
                }
            }
        }
    }
    // "first run in 1995", "the inaugural race last year".
    static FIRST: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\bfirst\s+(?:held|run|staged|organi[sz]ed|contested|race|edition|marathon|running)\s+in\s+((?:19|20)\d\d)\b|\binaugural\s+(?:race|edition|event|marathon|run)\b",
        )
    });
    if let (Some(m), Some(series)) = (FIRST.captures(t), x.series_in(i)) {
        let year = match m.get(1) {
            Some(y) => y.as_str().parse().ok(),
            None => x.year_at(i, m.get(0).map_or(0, |g| g.start())),
        };
        if let Some(y) = year {
            let ed = x.edition(series, y, i);
            x.fact(ed, Property::EditionNumber, Value::Integer(1), i);
        }
    }
    let _ = pub_known;
}

pub(super) fn year_prefix(s: &str, before: bool) -> Option<i32> {
    static AFTER: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s+(\d{4})\b"));
    static BEFORE: LazyLock<Pattern> = LazyLock::new(|| re(r"\b(\d{4})(?:[’']s)?\s+$"));
    let m = if before {
        BEFORE.captures(s)
    } else {
        AFTER.captures(s)
    }?;
    m[1].parse().ok().filter(|y| (1900..2100).contains(y))
}

pub(crate) static EDITIONS: R = R {
    name: "editions",
    family: Fam::Editions,
    doc: "\"the 31st X\", \"its 19th edition\", \"the 12th running of the event\", \"the 38th annual X\", \"yesterday's 14th X\" (not an edition hoped for, nor one in a runner's title in brackets: `X (the winner of the 3rd Y)`), \"X 2025\", \"the 2019 X\", \"first run in 1979\", and the race day of a dated, weekday, `yesterday` or `today` (`this morning`) statement; not an edition after `since` or `until` (`since its first edition`), a race the one told of qualifies for (`a Boston Marathon qualifier`), nor a weekday other than the one the race was `on` (`washed out Saturday's programme, … returned on Sunday`); a weekend day after `on a` or `for a` and an adjective (`on a cool Sunday morning for the 12th annual X`, `for a breezy Sunday morning running of the X`) dates the race told of in the past. The winner of an edition (`The winner of the 1st edition, X, did not start`) numbers no edition of this year when the article has numbered this year's otherwise; `crowned the winner of the 12th edition` numbers this year's. Ordinals in words run to the twentieth (`The twelfth edition …`), and an edition looked ahead to (`already looking ahead to the fourteenth edition on 28 November 2027`) is a hope, not numbered. A report's event line (`COVE BAY HALF MARATHON, Bergen, Norway, April 12`) dates its race.",
    reads: &[Property::Date],
    writes: &[
        Property::EditionOf,
        Property::Year,
        Property::EditionNumber,
        Property::Date,
    ],
    examples: &[&[
        // A report's event line: the race, its town and a day, of the year
        // the page is dated.
        Ex {
            text: "Lee breaks 73 minutes at Cove Bay\n\nCOVE BAY HALF MARATHON, Bergen, Norway, April 12\n\nAnn Lee ran 72:40 on Sunday.",
            published: Some("2026-04-14"),
            yields: &["COVE BAY HALF MARATHON 2026 date 2026-04-12"],
        },
        // An article of 1 January on a race "on Wednesday": the race of 31
        // December, its edition of that year.
        Ex {
            text: "Cove Year-End Road Race\n\nNamibian Pet Hauf won the 69th edition of the Cove Year-End Road Race on Wednesday, covering the ten kilometres in 29 minutes and 41 seconds.",
            published: Some("2026-01-01"),
            yields: &[
                "Cove Year-End Road Race 2025 editionNumber 69",
                "Cove Year-End Road Race 2025 date 2025-12-31",
            ],
        },
        // An undated page whose headline gives the race's year: a day and
        // month after the weekday they fall on in that year.
        Ex {
            text: "2026 Cypress Dam Marathon\n\nThe Cypress Dam Marathon was run on Saturday, January 10 from Pine Hollow Park.",
            published: None,
            yields: &["Cypress Dam Marathon 2026 date 2026-01-10"],
        },
        // "the Spa Town Half" is the "Spa Town Half Marathon" named before;
        // a title that names a championship and no race makes the article
        // the championship's, whatever race hosted it.
        Ex {
            text: "Spa Vale Half Marathon – Sunday 7th September\n\nWhat a morning for the 30th running of the Spa Vale Half!",
            published: Some("2025-09-10"),
            yields: &["Spa Vale Half Marathon 2025 editionNumber 30"],
        },
        Ex {
            text: "Okafor Defends at NRRA 10 Mile Championships\n\nDaniel Okafor won the NRRA 10 Mile Championships in 47:10. Hosted by the Lakeland Riverbend Ten Mile, the championships were held on Sunday.",
            published: Some("2025-10-05"),
            yields: &["NRRA 10 Mile Championships 2025 editionOf NRRA 10 Mile Championships"],
        },
        // A possessive after "the" opens the race's name; the same name cut
        // after it (a headline's) is the same race.
        Ex {
            text: "Campbell retains title at Rose's Fern Gully Half Marathon\n\nTwo runners retained their titles at the 12th staging of the Rose's Fern Gully Half Marathon on Sunday.",
            published: Some("2025-12-08"),
            yields: &["Rose's Fern Gully Half Marathon 2025 editionNumber 12"],
        },
        Ex {
            text: "Ada Sang won the maiden Kwara Unity 10km Road Race. The second edition would move to Offa next May.",
            published: Some("2025-05-25"),
            yields: &["Kwara Unity 10km Road Race 2026 editionNumber 2"],
        },
        Ex {
            text: "The 31st Lakeside Marathon was held on Sunday, April 6, 2025.",
            published: Some("2025-04-07"),
            yields: &[
                "Lakeside Marathon 2025 editionNumber 31",
                "Lakeside Marathon 2025 date 2025-04-06",
            ],
        },
        Ex {
            text: "Results of the Tarn Valley Marathon in Ledbury on Saturday (9 August, 2025):",
            published: None,
            yields: &["Tarn Valley Marathon 2025 date 2025-08-09"],
        },
        Ex {
            text: "The Lakeside Marathon 2024 drew a big crowd.",
            published: Some("2025-04-07"),
            yields: &["Lakeside Marathon 2024 year 2024"],
        },
        // "the 12th running of the event", "the 38th annual X",
        // "yesterday's 14th X".
        Ex {
            text: "More than 4,800 people took on a humid morning at the 12th running of the Strand Marathon on Sunday. History was made at the 38th annual Catoctin 10 Miler.",
            published: Some("2025-07-06"),
            yields: &[
                "Strand Marathon 2025 editionNumber 12",
                "Catoctin 10 Miler 2025 editionNumber 38",
            ],
        },
        // "today", "this morning": the day the article is dated.
        Ex {
            text: "Copper Hills Marathon draws 3,000\n\nThe Copper Hills Marathon started and finished this morning on the central square of the city.",
            published: Some("2025-06-14"),
            yields: &["Copper Hills Marathon 2025 date 2025-06-14"],
        },
        // A weekday right after the race's name, its town or "here".
        Ex {
            text: "Dar Wal and Sio Bren are the new champions after taking their titles at the Marble City Half Marathon in Kilkenny on Sunday.",
            published: Some("2025-09-15"),
            yields: &["Marble City Half Marathon 2025 date 2025-09-14"],
        },
        Ex {
            text: "Cool skies greeted the field at the Star City 10 Miler on Saturday morning.",
            published: Some("2025-10-11"),
            yields: &["Star City 10 Miler 2025 date 2025-10-11"],
        },
        // A past told of the named race before a weekend day; a weekday
        // before the day a line is dated.
        Ex {
            text: "THE Exeter Quayside Half Marathon dodged the worst of the weather on Sunday.",
            published: Some("2025-09-29"),
            yields: &["Exeter Quayside Half Marathon 2025 date 2025-09-28"],
        },
        Ex {
            text: "Lübeck, 21.09.2026 – Strong wind slowed the field at the 22nd Hansestadt 25 km on Sunday.",
            published: Some("2026-09-21"),
            yields: &["Hansestadt 25 km 2026 date 2026-09-20"],
        },
        // "on a cool Sunday morning for the X", "for a breezy Sunday
        // morning running of the X".
        Ex {
            text: "Runners packed downtown Cove on a cool Sunday morning for the 12th annual Cove Riverwalk Marathon.",
            published: Some("2026-03-08"),
            yields: &["Cove Riverwalk Marathon 2026 date 2026-03-08"],
        },
        Ex {
            text: "Spectators lined the streets of downtown Cove for a breezy Sunday morning running of the 14th annual Cove Lakes Marathon.",
            published: Some("2026-05-25"),
            yields: &["Cove Lakes Marathon 2026 date 2026-05-24"],
        },
        // An edition's ordinal in words past the tenth.
        Ex {
            text: "Cove Half Marathon\n\nCove, 9 November 2026.\n\nThe twelfth edition of the Cove Half Marathon gathered some 3,400 runners this Sunday.",
            published: Some("2026-11-09"),
            yields: &["Cove Half Marathon 2026 editionNumber 12"],
        },
        // This year's winner crowned "the winner of the 12th edition".
        Ex {
            text: "Cove Atlantic Marathon\n\n8 March 2026\n\nAli Maki was this afternoon crowned the overall winner of the 12th edition of the Cove Atlantic Marathon.",
            published: Some("2026-03-08"),
            yields: &["Cove Atlantic Marathon 2026 editionNumber 12"],
        },
        // An edition's number in Roman numerals, as translations write it:
        // no part of the race's name.
        Ex {
            text: "Cove Ridge Federation › News\n\n14.06.2026 | 11:02\n\nToday in Cove took place the VII Cove Ridge Half Marathon, with 840 runners on the start.",
            published: Some("2026-06-14"),
            yields: &["Cove Ridge Half Marathon 2026 editionNumber 7"],
        },
        // A race named as a championship, in an article about it alone.
        Ex {
            text: "Ada Sang won the NRRA 10 Mile Championships on Sunday.",
            published: Some("2025-10-06"),
            yields: &["NRRA 10 Mile Championships 2025 editionOf NRRA 10 Mile Championships"],
        },
    ]],
    counterexamples: &[&[
        // Numerals not written the regular way (a clock's "IIII") are no
        // edition's number.
        Cx {
            text: "Runners of the IIII Cove Clock Marathon met on Sunday.",
            published: Some("2026-06-15"),
            never: &["Cove Clock Marathon 2026 editionNumber"],
        },
        // An edition in a runner's title, in brackets after the name: of
        // another time.
        Cx {
            text: "Cove Half Marathon\n\nJune 8, 2026\n\nThe 7th Cove Half Marathon was won by Ole Bond in 1:06:12. Third place went to Nic Kipt (Kenya, the winner of the 3rd Cove Winter Ten).",
            published: Some("2026-06-08"),
            never: &["Cove Winter Ten 2026 editionNumber"],
        },
        // A race the one told of qualifies runners for: no edition that day.
        Cx {
            text: "Families lined Water Street on Sunday to watch runners finish the Shoreline Marathon, the biggest running event in the west and a Charles River Marathon qualifier.",
            published: Some("2025-09-22"),
            never: &["Charles River Marathon 2025"],
        },
        // A weekday whose programme was washed out is not the race day.
        Cx {
            text: "Although a storm washed out Saturday's programme, the Harwood Fell Marathon weekend returned on Sunday for the 11th time.",
            published: Some("2025-10-06"),
            never: &["Harwood Fell Marathon 2025 date 2025-10-04"],
        },
        // An edition long past: the sponsor's first, not this year's.
        Cx {
            text: "The 9th Tana Lakeside Run was held on Sunday. Title sponsor Abay Malt has backed the race since its first edition.",
            published: Some("2025-11-27"),
            never: &["Tana Lakeside Run 2025 editionNumber 1"],
        },
        // Not when the weekday written is not that day's in that year.
        Cx {
            text: "2026 Cypress Dam Marathon\n\nThe Cypress Dam Marathon was run on Sunday, January 10 from Pine Hollow Park.",
            published: None,
            never: &["Cypress Dam Marathon 2026 date"],
        },
        Cx {
            text: "The Lakeside Marathon was won last year by a local runner.",
            published: None,
            never: &[],
        },
        // An edition hoped for.
        Cx {
            text: "The Star City 10 Miler club hopes to add a half marathon in time for the 45th running.",
            published: Some("2025-10-11"),
            never: &["Star City 10 Miler 2025 editionNumber", "Star City 10 Miler 2026 editionNumber"],
        },
        // A preview's present: the Sunday to come, not the one before.
        Cx {
            text: "The Scioto River Marathon welcomes back a full field on Sunday for the first time since its course was rebuilt.",
            published: Some("2025-10-16"),
            never: &["Scioto River Marathon 2025 date 2025-10-12"],
        },
        // Beside another race, a championship run inside it.
        Cx {
            text: "The Kenyan Half Marathon Championships were held within the Lakeside Marathon on Sunday.",
            published: Some("2025-10-06"),
            never: &["Kenyan Half Marathon Championships 2025 editionOf"],
        },
        // An edition looked ahead to is not this year's.
        Cx {
            text: "Cove Harbour Marathon\n\n30-11-2026\n\nThe thirteenth edition of the Cove Harbour Marathon was held yesterday. The organisers are already looking ahead to the fourteenth edition on 28 November 2027.",
            published: Some("2026-11-30"),
            never: &["Cove Harbour Marathon 2027 editionNumber", "Cove Harbour Marathon 2026 editionNumber 14"],
        },
        // The winner of an edition told as past, after the article has
        // numbered this year's: that number is no edition of this year.
        Cx {
            text: "Cove 10K\n\n2 May 2026\n\nThe 2nd edition of the Cove 10K was run on Sunday.\n\nThe winner of the 1st edition, Ali Maki, did not start.",
            published: Some("2026-05-02"),
            never: &["Cove 10K 2026 editionNumber 1"],
        },
    ]],
    scope: S::Sentence(editions),
};
