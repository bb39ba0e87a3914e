//! People and nationality: people known by context, nationality in its
//! many written forms, people a race honours, founders and birth years.

#[allow(unused_imports)]
use super::*;

/// People that a verb of saying or a runner's description makes people:
/// "X said", "X, a Kenyan runner", "the runner X".
pub(super) fn people_by_context(x: &mut Extractor, i: usize) {
    static SAID: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^,?\s+(?:said|says|wrote|writes|told|added|explained|noted|recalled|shared|posted)\b")
    });
    static RUNNER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:runner|athlete|marathoner|marathon runner|champion|winner|runner-up|olympian|pacemaker|elite)\b",
        )
    });
    static RUNNER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:runner|athlete|marathoner|champion|winner|runner-up|olympian|compatriot)\s+$")
    });
    static STORY_OF: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:story|account|profile|words)\s+of\s+$"));
    // "Catrin Hughes (Taff Trail Runners, 77:52)", "Ravi Shah of Dulwich
    // Road Runners (31:52)": a finishing time in brackets after the name.
    static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:of\s+\p{Lu}[^()]{1,40}?\s*)?\(\s*(?:[^()]{1,40},\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*\)",
        )
    });
    // "Cody Blanchard, 26, of Kingsville": an age and a home town.
    static AGE_FROM: LazyLock<Regex> =
        LazyLock::new(|| re(r"^,\s*\d{1,2},\s+(?:of|from)\s+\p{Lu}"));
    // "Ms. Ho Wai Man, Secretary for …": a courtesy title before a name.
    static COURTESY: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:^|[\s(;:,])(?:Mr|Mrs|Ms|Mx|Miss|Madam|Madame)\.?\s+$"));
    let t = x.text(i);
    for (c, shape) in x.sents[i].chunks.clone() {
        if !person_like(&c, shape, t) {
            continue;
        }
        let name = c.text(t);
        let courtesy = COURTESY.is_match(crate::extract::tail(&t[..c.start], 12));
        // "Joanne Pyke of Halifax", "Dutchman Bram de Graaf": the name is
        // before the "of", after a nation's man or woman; "Corbally A.C"
        // is a club.
        let name = match name.split_once(" of ") {
            Some((n, _)) if n.split_whitespace().count() >= 2 => n,
            Some(_) => continue,
            None => name,
        };
        let name = match name.split_once(' ') {
            Some((first, rest))
                if (first.ends_with("man") || first.ends_with("woman"))
                    && rest.split_whitespace().count() >= 2 =>
            {
                rest
            }
            _ => name,
        };
        if name
            .split_whitespace()
            .last()
            .is_some_and(|w| x.lx.has(crate::lexicon::Section::ClubSuffix, w) || w.contains('.'))
        {
            continue;
        }
        if RUNNER_AFTER.is_match(&t[c.end..])
            || RUNNER_BEFORE.is_match(crate::extract::tail(&t[..c.start], 60))
            || TIME_AFTER.is_match(&t[c.end..])
        {
            x.person(name, true, i);
        } else if courtesy
            || SAID.is_match(&t[c.end..])
            || AGE_FROM.is_match(&t[c.end..])
            || STORY_OF.is_match(crate::extract::tail(&t[..c.start], 60))
        {
            x.person(name, false, i);
        }
    }
    // Surnames of people already known, used alone ("Cockerell wrote").
    for (c, shape) in x.sents[i].chunks.clone() {
        if c.words.len() == 1 && shape == Shape::Unknown {
            if let Some(id) = x.person_by_surname(&names::normalise_key(c.text(t))) {
                x.out.entities[id].mentions += 1;
            }
        } else if c.words.len() >= 2 && shape == Shape::Unknown {
            if let Some(id) = x.lookup(
                Kind::Person,
                &names::normalise_key(&names::normalise_person(c.text(t))),
            ) {
                x.out.entities[id].mentions += 1;
            }
        }
    }
}

/// Nationality from prose: "Ethiopia's X", "X of Kenya", "the Kenyan X",
/// "X, a Kenyan runner".
pub(super) fn nationality(x: &mut Extractor, i: usize) {
    static OF: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+of\s+(?:the\s+)?"));
    static DEMONYM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)\s+(?:runner|athlete|marathoner|marathon runner|champion|winner|runner-up|olympian|record holder)\b",
        )
    });
    static DEMONYM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:\b(?:the|The|a|an|A|An)\s+(?:[\w\-]+\s+)?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)(?:\s+(?:runner|athlete|marathoner|star|champion|visitor|entrant|competitor|veteran))?\s*,?\s*|\b([\p{Lu}][\w]+)\s+(?:runner|athlete|marathoner|star|champion|visitor|entrant|competitor|veteran)\s+)$",
        )
    });
    // "X (Kenya)", "X (KEN)", "X, also from Norway".
    static IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*\(([^)]{2,40})\)"));
    static FROM_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^,?\s+(?:also\s+|both\s+)?from\s+(?:the\s+)?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)\b")
    });
    // "Tanzanians A and B", "Kenyan runners A and B", "Fellow Kenyan A",
    // "another Kenyan, A,": a demonym (or its plural) right before.
    static PEOPLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:^|[\s(])(?:(?:[Ff]ellow|[Aa]nother)\s+)?([\p{Lu}][\w]+)(\s+(?:runners|athletes|pair|duo|trio|quartet)(?:\s+of)?)?\s*,?\s+$",
        )
    });
    // Between two names of a list that share what came before ("Kenyans A
    // (2:17:02), B (2:18:40) and C").
    static AND_GAP: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s*(?:\([^()]{1,45}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)$"));
    static COMPATRIOT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:(compatriots|countrymen|countrywomen)|compatriot|countryman|countrywoman|fellow\s+countryman)\s+$",
        )
    });
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    let mut last_country: Option<crate::lexicon::Country> = None;
    // The chunk given a country last, and that country, for a pair after it.
    let mut shared: Option<(usize, usize)> = None;
    for (k, (c, shape)) in chunks.iter().enumerate() {
        // Country's Name
        if *shape == Shape::Country && c.possessive {
            if let Some((pc, ps)) = chunks.get(k + 1) {
                let gap = &t[c.end..pc.start];
                // ("Belarus' Ilya Karpovich": the apostrophe alone.)
                if person_like(pc, *ps, t) && ["’s ", "'s ", "’ ", "' "].contains(&gap) {
                    let country = x.country(c.text(t), i);
                    let p = x.person(pc.text(t), true, i);
                    if let Some(country) = country {
                        x.fact(p, Property::Nationality, Value::Entity(country), i);
                    }
                }
            }
        }
        if !person_like(c, *shape, t) {
            continue;
        }
        // "Tanzanians Angelina Awe", "Fellow Kenyan Wesley Chelimo": a
        // demonym (or its plural) at the head of the chunk, a name after it.
        let words: Vec<&str> = c.words.iter().map(|&(a, b)| &t[a..b]).collect();
        let skip = usize::from(matches!(words[0], "Fellow" | "Another"));
        if words.len() >= skip + 3 {
            let name = &t[c.words[skip + 1].0..c.end];
            // Only a runner: a name the article knows, or one a result follows.
            let runner = || {
                x.lookup(
                    Kind::Person,
                    &names::normalise_key(&names::normalise_person(name)),
                )
                .is_some()
                    || super::phrasing::looks_like_result(&t[c.end..])
            };
            let lead = super::runners::demonym_or_plural(x, words[skip]);
            if let Some((country, many)) = lead.filter(|_| runner()) {
                let p = x.person(name, true, i);
                let id = x.country_of(&country, i);
                x.fact(p, Property::Nationality, Value::Entity(id), i);
                shared = many.then_some((k, id));
                last_country = Some(country);
                continue;
            }
        }
        let known = x.lookup(
            Kind::Person,
            &names::normalise_key(&names::normalise_person(c.text(t))),
        );
        if let Some(m) = OF.find(&t[c.end..]) {
            if let Some((cc, Shape::Country)) = chunk_from(x, i, c.end + m.end()) {
                // Only for someone the article already knows as a person.
                if known.is_some() {
                    let country = x.country(cc.text(t), i);
                    let p = x.person(c.text(t), true, i);
                    if let Some(country) = country {
                        x.fact(p, Property::Nationality, Value::Entity(country), i);
                    }
                }
            }
        }
        let demonym = DEMONYM_AFTER
            .captures(&t[c.end..])
            .map(|m| m[1].to_string())
            .or_else(|| {
                DEMONYM_BEFORE
                    .captures(crate::extract::tail(&t[..c.start], 80))
                    .and_then(|m| m.get(1).or(m.get(2)).map(|g| g.as_str().to_string()))
            });
        let mut country = demonym.and_then(|d| super::runners::demonym_country(x, &d));
        // Whether the words before speak of several ("Kenyan runners").
        let mut many = false;
        if country.is_none() {
            country = PEOPLE_BEFORE
                .captures(crate::extract::tail(&t[..c.start], 60))
                .and_then(|m| {
                    let word = &m[1];
                    // "Kenyans", "Swiss": a word ending in s speaks of several.
                    many = word.ends_with('s') || m.get(2).is_some();
                    super::runners::demonym_or_plural(x, word).map(|(c, _)| c)
                });
        }
        // "Kenyans A and B", "Kenyan runners A and B": the second of a pair
        // shares the first's country when the words before speak of several
        // ("Kenya's A and B" may not: "Eritrea's A and B" of Spain).
        if country.is_none() && k >= 1 {
            if let Some((_, id)) = shared
                .filter(|&(at, _)| at + 1 == k && AND_GAP.is_match(&t[chunks[at].0.end..c.start]))
            {
                let p = x.person(c.text(t), true, i);
                x.fact(p, Property::Nationality, Value::Entity(id), i);
                shared = Some((k, id));
                continue;
            }
        }
        if country.is_none() && known.is_some() {
            let named = IN_BRACKETS
                .captures(&t[c.end..])
                .or_else(|| FROM_COUNTRY.captures(&t[c.end..]))
                .map(|m| m[1].trim().to_string());
            country = named.and_then(|n| {
                x.lx.country_by_code(&n)
                    .or_else(|| x.lx.country(&n))
                    .cloned()
            });
        }
        if country.is_none() {
            // "Isaac Langat (27, Kenya)", "(29, Ethiopia, a time of 2:08:47)":
            // an age and a country in brackets mark a runner.
            static AGE_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
                re(r"^\s*\(\s*\d{1,2}\s*,\s*(\p{Lu}[\w]+(?:\s\p{Lu}[\w]+)?)\s*[,)]")
            });
            country = AGE_COUNTRY
                .captures(&t[c.end..])
                .and_then(|m| x.lx.country(m[1].trim()).cloned());
        }
        if country.is_none() && known.is_none() {
            // "Peter Kiprono (KEN)": a country code in brackets after a
            // name marks an athlete even where nothing else has.
            country = IN_BRACKETS
                .captures(&t[c.end..])
                .map(|m| m[1].trim().to_string())
                .filter(|n| n.len() == 3 && n.chars().all(|ch| ch.is_ascii_uppercase()))
                .and_then(|n| x.lx.country_by_code(&n).cloned());
        }
        let compatriot = COMPATRIOT.captures(crate::extract::tail(&t[..c.start], 60));
        if country.is_none() && compatriot.is_some() {
            // "compatriots A and B": both.
            many = compatriot.as_ref().is_some_and(|m| m.get(1).is_some());
            // The nationality the sentence gave last.
            let said = x
                .out
                .facts
                .iter()
                .rev()
                .find(|f| f.sentence == i && f.property == Property::Nationality)
                .and_then(|f| match f.object {
                    Value::Entity(e) => match &x.out.entities[e].key {
                        crate::extract::Key::Country(code) => {
                            x.lx.countries.iter().find(|c| c.key() == code).cloned()
                        }
                        _ => None,
                    },
                    _ => None,
                });
            // "Langat's countryman B": the country of the runner named, if
            // the article gives one, and no other.
            static OWNER: LazyLock<Regex> = LazyLock::new(|| {
                re(
                    r"(\p{Lu}[\p{L}\-]+)[’']s\s+(?:fellow\s+)?(?:compatriots?|countrym[ae]n|countrywom[ae]n)\s+$",
                )
            });
            let owner = OWNER
                .captures(crate::extract::tail(&t[..c.start], 60))
                .map(|m| names::normalise_key(&m[1]));
            country = match owner {
                Some(owner) => x
                    .person_by_surname(&owner)
                    .or_else(|| x.lookup(Kind::Person, &owner))
                    .and_then(|p| {
                        x.out
                            .facts
                            .iter()
                            .find_map(|f| match (f.property, &f.object) {
                                (Property::Nationality, Value::Entity(e)) if f.subject == p => {
                                    match &x.out.entities[*e].key {
                                        crate::extract::Key::Country(code) => {
                                            x.lx.countries.iter().find(|c| c.key() == code).cloned()
                                        }
                                        _ => None,
                                    }
                                }
                                _ => None,
                            })
                    }),
                None => said.or_else(|| last_country.clone()),
            };
        }
        if let Some(country) = country {
            let p = x.person(c.text(t), true, i);
            let id = x.country_of(&country, i);
            x.fact(p, Property::Nationality, Value::Entity(id), i);
            shared = many.then_some((k, id));
            last_country = Some(country);
        } else if let Some(k) = known {
            // Remember what is known of this runner for a later "compatriot".
            let nat = x
                .out
                .facts
                .iter()
                .find(|f| f.subject == k && f.property == Property::Nationality)
                .and_then(|f| match f.object {
                    Value::Entity(e) => match &x.out.entities[e].key {
                        crate::extract::Key::Country(code) => {
                            x.lx.country_by_code(code)
                                .or_else(|| x.lx.countries.iter().find(|c| c.key() == code))
                                .cloned()
                        }
                        _ => None,
                    },
                    _ => None,
                });
            if nat.is_some() {
                last_country = nat;
            }
        }
    }
}

/// A race held in honour of a person: "in homage to X", "marking the birth
/// of X", "the birthday of X". With "born in 1912" or "the birth of X in
/// 1912", the person's birth year.
pub(super) fn commemorates(x: &mut Extractor, i: usize) {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:in\s+homage\s+to|in\s+hono(?:u)?r\s+of|in\s+memory\s+of|commemorat\w+|tribute\s+to|dedicated\s+to|(?:marking|celebrating|celebrations?\s+(?:of|marking|leading\s+up\s+to))\s+the\s+(?:[\w\s]{0,20}?)?birth(?:day)?\s+of|birth(?:day)?\s+of)\b",
        )
    });
    static RACE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:marathon|race|event|run|it)\b"));
    static BORN: LazyLock<Regex> =
        LazyLock::new(|| re(r"^[^.;]{0,80}?\bborn\s+(?:in\s+)?(\d{4})\b"));
    static IN_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+in\s+(\d{4})\b"));
    let t = x.text(i);
    let Some(cue) = CUE.find(t) else { return };
    if !RACE.is_match(&t[..cue.start()]) {
        return;
    }
    let Some(series) = x.series_in(i) else { return };
    let birth_cue = cue.as_str().to_lowercase().contains("birth");
    // The first name after the cue that can be a person.
    let Some((c, _)) = x.sents[i]
        .chunks
        .iter()
        .find(|(c, s)| c.start >= cue.end() && person_like(c, *s, t))
        .cloned()
    else {
        return;
    };
    if t[cue.end()..c.start].contains([',', ';', '.']) {
        return;
    }
    let person = x.person(c.text(t), false, i);
    x.fact(series, Property::Commemorates, Value::Entity(person), i);
    let year = BORN
        .captures(&t[c.end..])
        .or_else(|| {
            if birth_cue {
                IN_YEAR.captures(&t[c.end..])
            } else {
                None
            }
        })
        .and_then(|m| m[1].parse::<i64>().ok());
    if let Some(y) = year {
        x.fact(person, Property::BirthYear, Value::Integer(y), i);
    }
}

/// "X, the founder of Y" and "Y's founding leader X".
pub(super) fn founders(x: &mut Extractor, i: usize) {
    static FOUNDER_OF: LazyLock<Regex> =
        LazyLock::new(|| re(r"^,\s+(?:the\s+)?(?:co-)?founder\s+of\s+(?:the\s+)?"));
    static FOUNDING: LazyLock<Regex> =
        LazyLock::new(|| re(r"^[’']s\s+(?:founding\s+(?:leader|father|president)|founder)\s+"));
    static BORN: LazyLock<Regex> =
        LazyLock::new(|| re(r"^,\s+(?:[^,.;]{0,60},\s+)?born\s+(?:in\s+)?(\d{4})\b"));
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    for (c, shape) in &chunks {
        if person_like(c, *shape, t) {
            if let Some(m) = FOUNDER_OF.find(&t[c.end..]) {
                if let Some((fc, fs)) = chunk_from(x, i, c.end + m.end()) {
                    if matches!(fs, Shape::Country | Shape::Organization | Shape::City) {
                        if let Some(target) = entity_of(x, i, &fc, fs) {
                            let p = x.person(c.text(t), false, i);
                            x.fact(p, Property::FounderOf, Value::Entity(target), i);
                        }
                    }
                }
            }
            if let Some(m) = BORN.captures(&t[c.end..]) {
                if let Some(y) = m[1].parse::<i64>().ok().filter(|_| {
                    x.lookup(
                        Kind::Person,
                        &names::normalise_key(&names::normalise_person(c.text(t))),
                    )
                    .is_some()
                }) {
                    let p = x.person(c.text(t), false, i);
                    x.fact(p, Property::BirthYear, Value::Integer(y), i);
                }
            }
        }
        if c.possessive && matches!(shape, Shape::Country | Shape::Organization) {
            let after = &t[c.end..];
            if let Some(m) = FOUNDING.find(after) {
                if let Some((pc, ps)) = chunk_from(x, i, c.end + m.end()) {
                    if person_like(&pc, ps, t) {
                        if let Some(target) = entity_of(x, i, c, *shape) {
                            let p = x.person(pc.text(t), false, i);
                            x.fact(p, Property::FounderOf, Value::Entity(target), i);
                        }
                    }
                }
            }
        }
    }
}

pub(crate) static PEOPLE_BY_CONTEXT: R = R {
    name: "people by context",
    family: Fam::People,
    doc: "A name a verb of saying, a courtesy title or a runner's description makes a person: \"X said\", \"Ms. X\", \"X, a Kenyan runner\", \"the runner X\", \"X (Club, 77:52)\", \"X of Club (31:38)\", \"X, 26, of Town\"; with nationality when the description gives one.",
    reads: &[],
    writes: &[Property::Nationality],
    examples: &[&[
        Ex {
            text: "Tomas Lindqvist, a Swedish runner, said the wind was strong.",
            published: None,
            yields: &["Tomas Lindqvist nationality Sweden"],
        },
        Ex {
            text: "Officiating at the start were: Ms. Ho Wai Min, Secretary for Social Affairs; and Mrs Lam Sok Ian.",
            published: None,
            yields: &["person Ho Wai Min", "person Lam Sok Ian"],
        },
        Ex {
            text: "The wind was brutal. Cat Hughes (Taff Trail Runners, 77:52) and Ravi Shah of Dulwich Road Runners (31:52) were pleased, and so were Jo Pyke of Halifax (33:10) and Cody Blan, 26, of Kingsville.",
            published: None,
            yields: &["person Cat Hughes", "person Ravi Shah", "person Jo Pyke", "person Cody Blan"],
        },
    ]],
    counterexamples: &[
        Cx {
            text: "Swedish Lapland, a quiet region, was windy.",
            published: None,
            never: &[],
        },
    ],
    scope: S::Sentence(people_by_context),
};

pub(crate) static NATIONALITY: R = R {
    name: "nationality",
    family: Fam::People,
    doc: "\"Ethiopia's X\", \"X of Kenya\", \"X from Ireland\", \"the Kenyan X\", \"American visitor X\", \"Fellow Kenyan X\" (a runner), \"another Kenyan, X,\", \"X (KEN)\", \"X (Kenya)\", \"X (27, Kenya)\", \"compatriot X\"; \"Tanzanians A and B\", \"Kenyan runners A and B\", \"the Kenyan trio of A, B and C\", \"Kenyans A (time), B (time) and C\", \"compatriots A and B\" give all (\"Kenya's A and B\" only A).",
    reads: &[Property::Nationality],
    writes: &[Property::Nationality],
    examples: &[&[
        Ex {
            text: "Ethiopia's Almaz Tefera led from the start.",
            published: None,
            yields: &["Almaz Tefera nationality Ethiopia"],
        },
        Ex {
            text: "Peter Kiprono (KEN) led from the start.",
            published: None,
            yields: &["Peter Kiprono nationality Kenya"],
        },
        Ex {
            text: "The Kenyan trio of Vic Kipro (29:40), Dom Rut (30:02) and Bri Kipt (30:35) finished outside the top 20.",
            published: None,
            yields: &[
                "Vic Kipro nationality Kenya",
                "Dom Rut nationality Kenya",
                "Bri Kipt nationality Kenya",
            ],
        },
        Ex {
            text: "At the Lakeside Marathon, Englishman Pat Doy snatched third place in 2:26:02.",
            published: Some("2025-04-07"),
            yields: &["Pat Doy nationality United Kingdom"],
        },
        Ex {
            text: "The Lakeside Marathon is on Sunday. Dar Ferg will be pushed by American visitor Kyl Brand, third here in 2023.",
            published: Some("2025-01-10"),
            yields: &["Kyl Brand nationality United States"],
        },
        Ex {
            text: "At the Lakeside Marathon, Kenyans Hal Kip (2:17:02), Evan Kir (2:18:40) and Joe Ndu (2:21:09) filled the first three places. Kenya's Phil Kipro won the half in 63:48, ahead of compatriots Isa Roti (64:02) and Ben Maiy (64:30).",
            published: Some("2025-11-16"),
            yields: &[
                "Evan Kir nationality Kenya",
                "Joe Ndu nationality Kenya",
                "Isa Roti nationality Kenya",
                "Ben Maiy nationality Kenya",
            ],
        },
        Ex {
            text: "Tanzanians Angelina Awe and Rehema Sanka finished second and third. Fellow Kenyan Wesley Chelimo was runner-up in the men's race. Jamie Conn from Ireland took third in the Lakeside 10K.",
            published: None,
            yields: &[
                "Angelina Awe nationality Tanzania",
                "Rehema Sanka nationality Tanzania",
                "Wesley Chelimo nationality Kenya",
                "Jamie Conn nationality Ireland",
            ],
        },
    ]],
    counterexamples: &[
        Cx {
            text: "The Ethiopia Athletics Federation sent Almaz Tefera a message.",
            published: None,
            never: &["Almaz Tefera nationality"],
        },
        Cx {
            text: "Last year's winners, Eritrea's Biniam Tesfa and Laia Vidal Roig, finished third.",
            published: None,
            never: &["Laia Vidal Roig nationality"],
        },
        Cx {
            text: "Post published at 12:21 British Summer Time on Sunday.",
            published: None,
            never: &["Summer Time nationality"],
        },
    ],
    scope: S::Sentence(nationality),
};

pub(crate) static COMMEMORATES: R = R {
    name: "commemorates",
    family: Fam::People,
    doc: "A race held in honour of a person (\"in homage to X\", \"marking the birth of X\"); \"born in 1912\" gives the birth year.",
    reads: &[],
    writes: &[Property::Commemorates, Property::BirthYear],
    examples: &[&[Ex {
        text: "The Lakeside Marathon is held in honour of Joe Bloggs, born in 1912.",
        published: None,
        yields: &[
            "Lakeside Marathon commemorates Joe Bloggs",
            "Joe Bloggs birthYear 1912",
        ],
    }]],
    counterexamples: &[Cx {
        text: "The Lakeside Marathon was won by Joe Bloggs.",
        published: None,
        never: &["Lakeside Marathon commemorates"],
    }],
    scope: S::Sentence(commemorates),
};

pub(crate) static FOUNDERS: R = R {
    name: "founders",
    family: Fam::People,
    doc: "\"X, the founder of Y\" and \"Y's founding leader X\".",
    reads: &[],
    writes: &[Property::FounderOf, Property::BirthYear],
    examples: &[&[Ex {
        text: "It honours Joe Bloggs, the founder of Harbour Tours.",
        published: None,
        yields: &["Joe Bloggs founderOf Harbour Tours"],
    }]],
    counterexamples: &[Cx {
        text: "It honours Joe Bloggs, a friend of Harbour Tours.",
        published: None,
        never: &[],
    }],
    scope: S::Sentence(founders),
};

/// People a credit line names: "By Jane Roe", "Reporting by Jane Roe;
/// Editing by Tom Poe", "Posted by Dan".
pub(super) fn credited_people(x: &mut Extractor, i: usize) {
    if x.sents[i].block != Block::Byline {
        return;
    }
    let t = x.text(i);
    for (a, b) in super::super::structure::credited_names(t) {
        let name = t[a..b].to_string();
        // "By Our Correspondent", "By Staff Reporter": a desk, not a person.
        let desk = name.split_whitespace().any(|w| {
            x.lx.has(crate::lexicon::Section::TitleHead, &w.to_lowercase())
                || matches!(w, "Our" | "Staff" | "Team")
        });
        if !desk && names::shape(&name, x.lx) == Shape::Unknown {
            x.person(&name, false, i);
        }
    }
}

pub(crate) static CREDITED_PEOPLE: R = R {
    name: "people credited",
    family: Fam::People,
    doc: "A byline or credit line names people: \"By Jane Roe\", \"(Reporting by Jane Roe; Editing by Tom Poe)\", \"Posted by Dan\". They are people of the article; nothing else is read from the line.",
    reads: &[],
    writes: &[],
    examples: &[&[Ex {
        text: "Kiprono wins again\nBy Katrin Vogel\nPeter Kiprono won the Lakeside Marathon.\n(Reporting by Jana Hofmann; Editing by Lukas Brandt)\n",
        published: None,
        yields: &["person Katrin Vogel", "person Jana Hofmann", "person Lukas Brandt"],
    }]],
    counterexamples: &[Cx {
        text: "Kiprono wins again\nBy Our Correspondent\nBy Easter Monday the Lakeside Marathon was over.",
        published: None,
        never: &["person Easter Monday", "person Our Correspondent"],
    }],
    scope: S::Document(|x| {
        for i in 0..x.sents.len() {
            credited_people(x, i);
        }
    }),
};
