//! Reading a body before the rules: sentences and their lines, the runs of
//! capitalised words in each sentence and what their words say they are.

use super::*;

impl<'a> Extractor<'a> {
    pub(super) fn new(body: &'a str, published: Option<Date>, lx: &'a Lexicon) -> Self {
        let sentences = text::sentences(body);
        let line_spans = physical_lines(body, &sentences);
        let mut block_starts = Vec::with_capacity(sentences.len());
        for (k, s) in sentences.iter().enumerate() {
            let first = match k.checked_sub(1) {
                Some(p) if sentences[p].line == s.line => block_starts[p],
                _ => s.start,
            };
            block_starts.push(first);
        }
        // A line's kind of block, once per line (a line may hold many
        // sentences, and a run-on one many pieces).
        let mut blocks: HashMap<usize, structure::Block> = HashMap::new();
        let sents = sentences
            .iter()
            .zip(&line_spans)
            .map(|(s, &(ls, le))| {
                let t = &body[s.start..s.end];
                let mut chunks = Vec::new();
                let runs = possessive_names_joined(sport_titles_cut(names::chunks(t), t), t, lx);
                let (runs, races) = distance_first_races(runs, t);
                for c in placenames::extend(runs, t, lx) {
                    let mut shape = names::shape(c.text(t), lx);
                    if races.contains(&(c.start, c.end)) {
                        shape = Shape::Series;
                    }
                    // "the 9th annual Ice Breaker": an event's name whose
                    // words name no race type.
                    if shape == Shape::Unknown && EDITION_BEFORE.is_match(&t[..c.start]) {
                        shape = Shape::Series;
                    }
                    // "the 33rd Považie Marathon Žilina": after an edition's
                    // ordinal, a race's name with its town after the race's
                    // kind.
                    // (Not a country after it, nor a sponsor before:
                    // "the 25th Falknis Bank Alpine Marathon Liechtenstein".)
                    if shape == Shape::Unknown
                        && c.words.len() == 3
                        && lx.country(c.last(t)).is_none()
                        && ORDINAL_BEFORE.is_match(&t[..c.start])
                        && race_before_last_word(&c, t, lx).is_some()
                    {
                        shape = Shape::Series;
                    }
                    // "HANÁ HALF MARATHON OLOMOUC 2026": a race's name, its
                    // kind one of a distance, and after it its town, one
                    // the gazetteer knows (the town a name of its own, a
                    // city where the gazetteer has it as one). Not a name
                    // in quotes (a group's, "Join “X 10 Mile Town”"),
                    // nor one whose kind is no distance (a club's, "Hobby
                    // Run Catanzaro"; "New Year's Eve Run Innsbruck").
                    if shape == Shape::Unknown
                        && c.words.len() >= 3
                        && lx.country(c.last(t)).is_none()
                        && lx.town(c.last(t)).is_some()
                        && !t[..c.start]
                            .trim_end()
                            .ends_with(['"', '“', '\'', '’', '„'])
                        && race_before_last_word(&c, t, lx).is_some_and(|race| {
                            // (A headline in capitals is no name:
                            // "SUNSHINE AND SPEED AS LAKESHORE MARATHON".)
                            let sentence_words = race.split_whitespace().any(|w| {
                                [
                                    "AND", "AS", "AT", "IN", "ON", "FOR", "TO", "THE", "WITH", "BY",
                                ]
                                .contains(&w)
                            });
                            !sentence_words
                                && rules::headings::parse_category(race, lx)
                                    .is_some_and(|k| k.distance.is_some())
                        })
                    {
                        let n = c.words.len();
                        let race = names::Chunk {
                            start: c.start,
                            end: c.words[n - 2].1,
                            words: c.words[..n - 1].into(),
                            possessive: false,
                        };
                        chunks.push((race, Shape::Series));
                        let town = names::Chunk {
                            start: c.words[n - 1].0,
                            end: c.end,
                            words: c.words[n - 1..].into(),
                            possessive: c.possessive,
                        };
                        if names::shape(town.text(t), lx) == Shape::City {
                            chunks.push((town, Shape::City));
                        }
                        continue;
                    }
                    // "Organised by Clydeside Road Races": an events
                    // company named like races is the organiser.
                    // ("a member of the Nordic Road Races network": a body
                    // of races, named for them.)
                    if shape == Shape::Series
                        && (ORGANISED_BY.is_match(crate::extract::tail(&t[..c.start], 30))
                            || BODY_AFTER.is_match(&t[c.end..]))
                    {
                        shape = Shape::Organization;
                    }
                    // "Kh.Batbayar (Erdenet Mining sports club)": a name
                    // before a club's lower-case words is the club's (not
                    // one word, a town's: "the Bandung athletics club";
                    // but letters, "APR athletics club").
                    if shape == Shape::Unknown
                        && (c.words.len() >= 2 || names::is_acronym(c.text(t)))
                        && CLUB_AFTER
                            .captures(&t[c.end..])
                            .is_some_and(|m| m.name("rec").is_none())
                    {
                        shape = Shape::Organization;
                    }
                    // "the Scottish 10 Mile Champs", "their Scottish 10 Mile
                    // titles": a championship's name, not a race's.
                    if shape == Shape::Series {
                        let first = c.text(t).split_whitespace().next().unwrap_or("");
                        let national = first == "National"
                            || lx.country_by_demonym(first).is_some()
                            || ["sh", "ian", "ese"].iter().any(|e| first.ends_with(e));
                        if CHAMPS_AFTER.is_match(&t[c.end..])
                            || (national && TITLE_AFTER.is_match(&t[c.end..]))
                        {
                            continue;
                        }
                    }
                    let parts = names::split_at_connectors(&c, t);
                    let gazetteer_part = parts.iter().any(|p| {
                        matches!(names::shape(p.text(t), lx), Shape::Country | Shape::City)
                    });
                    // Two parts joined by "of": a person of something.
                    let of_pair =
                        parts.len() == 2 && t[parts[0].end..parts[1].start].trim() == "of";
                    // "Niamh Doherty of Swilly Valley AC": a person of a club.
                    let person_of_club = shape == Shape::Organization
                        && of_pair
                        && (2..=3).contains(&parts[0].words.len())
                        && names::shape(parts[0].text(t), lx) == Shape::Unknown
                        && names::shape(parts[1].text(t), lx) == Shape::Organization;
                    // "G.Erdene of Selenge aimag": a person of a region
                    // named with its word in lower case.
                    let person_of_region = shape == Shape::Unknown
                        && of_pair
                        && t[c.end..].split_whitespace().next().is_some_and(|w| {
                            w.chars().all(char::is_lowercase)
                                && lx.has(crate::lexicon::Section::RegionSuffix, w)
                        });
                    if person_of_region {
                        chunks.extend(parts.into_iter().zip([Shape::Unknown, Shape::Region]));
                    } else if (shape == Shape::Unknown
                        && parts.len() > 1
                        && gazetteer_part
                        && !has_lower_particle(&c, t))
                        || person_of_club
                    {
                        chunks.extend(parts.into_iter().map(|p| {
                            let s = names::shape(p.text(t), lx);
                            (p, s)
                        }));
                    } else {
                        chunks.push((c, shape));
                    }
                }
                Sent {
                    chunks,
                    headline: structure::is_headline(t),
                    block: *blocks
                        .entry(s.line)
                        .or_insert_with(|| structure::classify(&body[ls..le])),
                }
            })
            .collect::<Vec<Sent>>();
        let sents = championships_apart(sents, body, &sentences, lx);
        let sents = family_of_club_apart(sents, body, &sentences, lx);
        Self {
            body,
            published,
            lx,
            out: Extraction {
                sentences,
                ..Default::default()
            },
            sents,
            index: HashMap::new(),
            claims: 0,
            focus: None,
            pending: Vec::new(),
            unsettled_rows: Vec::new(),
            heading_series: Vec::new(),
            future_year: None,
            future_of_focus: false,
            headline_year: None,
            race_year: None,
            weekday_year: None,
            person_names: Vec::new(),
            prose: prose::Context::default(),
            paragraph_distance: None,
            row_lines: Vec::new(),
            series_alias: HashMap::new(),
            line_spans,
            block_starts,
        }
    }
}

/// A race named as a championship ("NRRA 10 Mile Championships") is the
/// article's series only where the article names no other race: beside
/// one ("the Kenyan Half Marathon Championships, held within the Lakeside
/// Marathon") it is a championship run inside that race, and its name is
/// read by its words alone.
fn championships_apart(
    mut sents: Vec<Sent>,
    body: &str,
    sentences: &[Sentence],
    lx: &Lexicon,
) -> Vec<Sent> {
    let champs =
        |s: &Sentence, c: &Chunk| names::championship_head(c.text(&body[s.start..s.end]), lx);
    let other_race = sents.iter().zip(sentences).any(|(st, s)| {
        st.chunks
            .iter()
            .any(|(c, shape)| *shape == Shape::Series && champs(s, c).is_none())
    });
    // A title that names the championship and no race: the article is the
    // championship's, whatever race hosted it.
    let titled = sents.first().zip(sentences.first()).is_some_and(|(st, s)| {
        !body[s.start..s.end].trim_end().ends_with('.')
            && st
                .chunks
                .iter()
                .any(|(c, shape)| *shape == Shape::Series && champs(s, c).is_some())
            && !st
                .chunks
                .iter()
                .any(|(c, shape)| *shape == Shape::Series && champs(s, c).is_none())
    });
    let other_race = other_race && !titled;
    if other_race {
        for (st, s) in sents.iter_mut().zip(sentences) {
            let t = &body[s.start..s.end];
            for (c, shape) in st.chunks.iter_mut() {
                if *shape == Shape::Series && names::championship_head(c.text(t), lx).is_some() {
                    *shape = names::shape_of_words(c.text(t), lx);
                }
            }
        }
    }
    sents
}

/// A sports title before a name, as pages of the former Soviet states
/// give them ("International Master of Sport O.Solongo", "Master of Sports
/// A", "Candidate Master of Sport B"), is no part of it: the run is cut to
/// the name after it.
fn sport_titles_cut(runs: Vec<Chunk>, t: &str) -> Vec<Chunk> {
    static TITLE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"^(?:(?:International|Candidate|Honou?red|Merited|Distinguished)\s+(?:for\s+)?)?Masters?\s+of\s+Sports?\s+",
        )
    });
    runs.into_iter()
        .filter_map(|c| {
            let Some(m) = TITLE.find(c.text(t)) else {
                return Some(c);
            };
            let cut = c.start + m.end();
            let k = c.words.iter().position(|&(s, _)| s >= cut)?;
            Some(Chunk {
                start: c.words[k].0,
                words: c.words[k..].into(),
                ..c
            })
        })
        .collect()
}

/// A race named by its distance first and the town after it, as French
/// and translated pages name them ("the 10 km International de Sya",
/// the "10 kilometres of N'Djamena", "the 20 km de Lausanne", "the 2nd
/// International 10 km of Kara", a results page's "10 KM INTERNATIONAL DU
/// COVE", and with "K" a name of two words around a connector, "the 10K
/// Ribeira do Cove", as Spanish and Portuguese pages name them): one run,
/// the race's name, in place of the runs inside it. Returns the runs and
/// the spans of those names.
fn distance_first_races(runs: Vec<Chunk>, t: &str) -> (Vec<Chunk>, Vec<(usize, usize)>) {
    static RACE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r#"(?:\b[Tt]he\s+["“]?(?:\d{1,2}(?:st|nd|rd|th)\s+)?|^["“]?)(?P<name>(?:(?:International|Internacional)\s+)?\d{1,2}(?:[.,]\d)?\s?(?:km|KM|Km|kilomet(?:re|er)s)\s+(?:(?:International|Internacional|Internationaux|INTERNATIONAL|INTERNACIONAL)\s+)?(?:de|of|du|des|d['’]|DE|OF|DU|DES|D['’])\s*(?:la\s+|le\s+|l['’]|LA\s+|LE\s+|L['’])?\p{Lu}[\p{L}'’\-]+(?:[\s\-](?:de\s+)?\p{Lu}[\p{L}'’\-]+){0,2}|\d{1,2}K\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?\s+(?:do|da|dos|das|de|del|della|di|du|des)\s+(?:la\s+|l['’])?\p{Lu}[\p{L}'’\-]+)"#,
        )
    });
    let spans: Vec<(usize, usize)> = RACE
        .captures_iter(t)
        .filter_map(|c| c.name("name"))
        .map(|m| (m.start(), m.end()))
        .collect();
    if spans.is_empty() {
        return (runs, spans);
    }
    let mut out: Vec<Chunk> = runs
        .into_iter()
        .filter(|c| !spans.iter().any(|&(s, e)| c.start < e && s < c.end))
        .collect();
    for &(s, e) in &spans {
        let mut words = Vec::new();
        let mut at = s;
        for w in t[s..e].split(' ') {
            if !w.is_empty() {
                words.push((at, at + w.len()));
            }
            at += w.len() + 1;
        }
        out.push(Chunk {
            start: s,
            end: e,
            words: words.into(),
            possessive: false,
        });
    }
    out.sort_by_key(|c| c.start);
    (out, spans)
}

/// "the Dunn's River Half Marathon": after "the", a possessive is no
/// owner's ("Kenya's Jane Roe") but the first word of the race's name.
fn possessive_names_joined(runs: Vec<Chunk>, t: &str, lx: &Lexicon) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::with_capacity(runs.len());
    let mut runs = runs.into_iter().peekable();
    while let Some(c) = runs.next() {
        let joined = c.possessive
            && c.words.len() == 1
            && t[..c.start].to_lowercase().ends_with("the ")
            && runs
                .peek()
                .and_then(|n| {
                    let gap = t.get(c.end..n.start)?;
                    let merged = t.get(c.start..n.end)?;
                    ((gap == "'s " || gap == "’s ") && names::shape(merged, lx) == Shape::Series)
                        .then_some(())
                })
                .is_some();
        match (joined, runs.peek()) {
            (true, Some(n)) => {
                let own = (c.start, n.start - 1);
                let mut words = vec![own];
                words.extend(n.words.iter().copied());
                let merged = Chunk {
                    start: c.start,
                    end: n.end,
                    words: words.into(),
                    possessive: n.possessive,
                };
                runs.next();
                out.push(merged);
            }
            _ => out.push(c),
        }
    }
    out
}

/// "Ncube of Khami Prisons AC", the runner named in full before ("Nokuthula
/// Ncube"): the family name and the club, not one organisation's name.
fn family_of_club_apart(
    mut sents: Vec<Sent>,
    body: &str,
    sentences: &[Sentence],
    lx: &Lexicon,
) -> Vec<Sent> {
    let mut families: Vec<&str> = Vec::new();
    for (st, s) in sents.iter_mut().zip(sentences) {
        let t = &body[s.start..s.end];
        let mut out = Vec::with_capacity(st.chunks.len());
        for (c, shape) in std::mem::take(&mut st.chunks) {
            let split = if shape == Shape::Organization
                && c.words.len() >= 3
                && &t[c.words[1].0..c.words[1].1] == "of"
                && families.contains(&&t[c.words[0].0..c.words[0].1])
            {
                let parts = names::split_at_connectors(&c, t);
                (parts.len() == 2
                    && parts[0].words.len() == 1
                    && names::shape(parts[1].text(t), lx) == Shape::Organization)
                    .then_some(parts)
            } else {
                None
            };
            match split {
                Some(parts) => out.extend(parts.into_iter().map(|p| {
                    let s = names::shape(p.text(t), lx);
                    (p, s)
                })),
                None => {
                    if let (Shape::Unknown, 2..=3, Some(&(a, b))) =
                        (shape, c.words.len(), c.words.last())
                    {
                        families.push(&body[s.start + a..s.start + b]);
                    }
                    out.push((c, shape));
                }
            }
        }
        st.chunks = out;
    }
    sents
}

/// An edition's number right before a name: "the 9th annual ".
static EDITION_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
    || {
        crate::pattern::fixed(
            r"(?i)\bthe\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+annual\s+$",
        )
    },
);

/// A run's words but its last, when they are a race's name ("Považie
/// Marathon" of "Považie Marathon Žilina").
fn race_before_last_word<'t>(c: &Chunk, t: &'t str, lx: &Lexicon) -> Option<&'t str> {
    let &(s, _) = c.words.last()?;
    let race = t[c.start..s].trim_end();
    (names::shape(race, lx) == Shape::Series).then_some(race)
}

/// An edition's ordinal right before a name: "33rd ", "the 12th ".
static ORDINAL_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"(?:^|\s)\d{1,3}(?:st|nd|rd|th)\s+$"));

/// Right before an organiser's name: "Organised by", "hosted by the".
static ORGANISED_BY: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
    || {
        crate::pattern::fixed(
            r"(?i)\b(?:organi[sz]ed|run|hosted|promoted|staged|presented|managed)\s+by\s+(?:the\s+)?$",
        )
    },
);

/// A word after a name of races that makes it a body's: "the Nordic Road
/// Races network", "the Coastal Marathons circuit".
static BODY_AFTER: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(
        r"^\s+(?:network|circuit|association|federation|league|organi[sz]ation|company|foundation)\b",
    )
});

/// A club's words in lower case after a name that make it the club's: "of
/// the Darkhan Railway sports club", "(Erdenet Mining sports club)" (not
/// "club record").
static CLUB_AFTER: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(
        r"^\s+(?:sports?|athletics|athletic|running|runners[’']?|jogging|track|road\s+running)\s+(?:club|society|team)\b(?P<rec>\s+(?:record|best|mark|champion)s?\b)?",
    )
});

/// A word after a race's name that makes it a championship's.
static CHAMPS_AFTER: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"^\s+(?i:champs|championships?)\b"));
/// After a nation's race name ("Scottish 10 Mile titles", "the Scottish
/// 10km road title"), the same.
static TITLE_AFTER: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::fixed(
        r"^\s+(?i:(?:road|track|cross[\s\-]country|indoor|senior|masters?|veterans?)\s+)?(?i:titles?|champions?|crowns?)\b",
    )
});

/// A name with a surname particle ("Pieter van der Merwe") stays whole.
fn has_lower_particle(c: &Chunk, t: &str) -> bool {
    c.words.iter().any(|&(a, b)| {
        [
            "van", "der", "den", "von", "de", "da", "di", "du", "le", "la", "al", "el", "bin",
            "ibn", "dos", "del", "ter", "ten",
        ]
        .contains(&&t[a..b])
    })
}

/// The whole line a sentence stands in.
/// Per sentence, the span of the physical line around it: one pass over
/// the text's newlines, so a long line costs no more than a short one.
fn physical_lines(body: &str, sentences: &[Sentence]) -> Vec<(usize, usize)> {
    let newlines: Vec<usize> = body.match_indices('\n').map(|(p, _)| p).collect();
    sentences
        .iter()
        .map(|s| {
            // Newlines before the start, and the first at or after the end.
            let before = newlines.partition_point(|&p| p < s.start);
            let start = before.checked_sub(1).map_or(0, |k| newlines[k] + 1);
            let after = newlines.partition_point(|&p| p < s.end);
            let end = newlines.get(after).copied().unwrap_or(body.len());
            (start, end)
        })
        .collect()
}
