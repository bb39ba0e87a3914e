//! Nationality in its many written forms: "Ethiopia's X", "X of Kenya",
//! "the Kenyan X", "X (KEN)", "Kenyans A and B", "compatriot X".

#[allow(unused_imports)]
use super::*;

/// Nationality from prose: "Ethiopia's X", "X of Kenya", "the Kenyan X",
/// "X, a Kenyan runner".
pub(super) fn nationality(x: &mut Extractor, i: usize) {
    static OF: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s+of\s+(?:the\s+)?"));
    static DEMONYM_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)\s+(?:runner|athlete|marathoner|marathon runner|champion|winner|runner-up|olympian|record holder)\b",
        )
    });
    static DEMONYM_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?:\b(?:the|The|a|an|A|An)\s+(?:[\w\-]+\s+)?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)(?:\s+(?:runner|athlete|marathoner|star|champion|visitor|entrant|competitor|veteran))?\s*,?\s*|\b([\p{Lu}][\w]+)\s+(?:runner|athlete|marathoner|star|champion|visitor|entrant|competitor|veteran)\s+)$",
        )
    });
    // "X (Kenya)", "X (KEN)", "X, also from Norway".
    // (After a name set in bold: "**A** (Rwanda)".)
    static IN_BRACKETS: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^(?:\*\*|__)?\s*\(([^)]{2,40})\)"));
    static FROM_COUNTRY: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"^,?\s+(?:also\s+|both\s+)?from\s+(?:the\s+)?([\p{Lu}][\w]+(?:\s[\p{Lu}][\w]+)?)\b")
    });
    // "Tanzanians A and B", "Kenyan runners A and B", "Fellow Kenyan A",
    // "another Kenyan, A,": a demonym (or its plural) right before.
    static PEOPLE_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?:^|[\s(])(?:(?:[Ff]ellow|[Aa]nother)\s+)?([\p{Lu}][\w]+)(\s+(?:runners|athletes|pair|duo|trio|quartet)(?:\s+of)?)?\s*,?\s+$",
        )
    });
    // Between two names of a list that share what came before ("Kenyans A
    // (2:17:02), B (2:18:40) and C").
    static AND_GAP: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^\s*(?:\([^()]{1,45}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)$"));
    static COMPATRIOT: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\b(?:(compatriots|countrymen|countrywomen)|compatriot|countryman|countrywoman|fellow\s+countryman)\s+$",
        )
    });
    static OUR: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)\b(?:our|my)\s+$"));
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
        // "Warwick's Brodie Hansen": a town's runner, a person of two or
        // three words.
        if *shape == Shape::City && c.possessive {
            if let Some((pc, ps)) = chunks.get(k + 1) {
                if person_like(pc, *ps, t)
                    && (2..=3).contains(&pc.words.len())
                    && ["’s ", "'s "].contains(&&t[c.end..pc.start])
                {
                    x.person(pc.text(t), false, i);
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
                let Some(p) = x.runner(name, i) else {
                    continue;
                };
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
            static AGE_COUNTRY: LazyLock<Pattern> = LazyLock::new(|| {
                re(r"^(?:\*\*|__)?\s*\(\s*\d{1,2}\s*,\s*(\p{Lu}[\w]+(?:\s\p{Lu}[\w]+)?)\s*[,)]")
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
        // ("our compatriot X": the writer's country, not a runner's.)
        let lead = crate::extract::tail(&t[..c.start], 60);
        let compatriot = COMPATRIOT
            .captures(lead)
            .filter(|m| !OUR.is_match(&lead[..m.get(0).map_or(0, |g| g.start())]));
        if country.is_none() && compatriot.is_some() {
            // "compatriots A and B": both.
            many = compatriot.as_ref().is_some_and(|m| m.get(1).is_some());
            // The nationality the sentence gave last before the name (not
            // one given after it: "his compatriot B, …, and Moroccan C").
            let before = &t[..c.start];
            let said = x
                .out
                .facts
                .iter()
                .rev()
                .filter(|f| f.sentence == i && f.property == Property::Nationality)
                .find(|f| {
                    x.out.entities[f.subject].names.iter().any(|n| {
                        n.text
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|last| before.contains(last))
                    })
                })
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
            static OWNER: LazyLock<Pattern> = LazyLock::new(|| {
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

pub(crate) static NATIONALITY: R = R {
    name: "nationality",
    family: Fam::People,
    doc: "\"Ethiopia's X\", \"X of Kenya\", \"X from Ireland\", \"the Kenyan X\", \"American visitor X\", \"Fellow Kenyan X\" (a runner), \"another Kenyan, X,\", \"X (KEN)\", \"X (Kenya)\", \"X (27, Kenya)\", \"compatriot X\"; \"Tanzanians A and B\", \"Kenyan runners A and B\", \"the Kenyan trio of A, B and C\", \"Kenyans A (time), B (time) and C\", \"compatriots A and B\" give all (\"Kenya's A and B\" only A); a compatriot takes the country told before the name in its sentence, not one told after it (\"his compatriot B, …, and Moroccan C\"), and \"our compatriot X\" is the writer's, none. A town's runner (\"Warwick's X\") is a person, with no nationality. A country in brackets after a name set in bold (`**A** (Rwanda)`) is the runner's, as without.",
    reads: &[Property::Nationality],
    writes: &[Property::Nationality],
    examples: &[&[
        // A name set in bold, its country in brackets after.
        Ex {
            text: "---\ntitle: \"Cove 10K live\"\npublished: 2026-07-19\n---\n\n**10:05** – Ali Maki wins the Cove 10K in **29:07**. **Inno Haki** (Rwanda) is second in 29:21.\n",
            published: Some("2026-07-19"),
            yields: &["Inno Haki nationality Rwanda"],
        },
        Ex {
            text: "Brisbane's Ell Marc and Sydney's Tom Bray made the most of the still conditions.",
            published: None,
            yields: &["person Ell Marc", "person Tom Bray"],
        },
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
        // The gazetteer's smaller countries too.
        Ex {
            text: "Ryan Labro (SEY) led from the start, with Togo's Kofi Mensa close behind and Panamanian Eli Cast third.",
            published: None,
            yields: &[
                "Ryan Labro nationality Seychelles",
                "Kofi Mensa nationality Togo",
                "Eli Cast nationality Panama",
            ],
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
    counterexamples: &[&[
        // "our compatriot X": the writer's country, not the runner's before.
        Cx {
            text: "Cove Marathon\n\nThe Cove Marathon was held on Sunday. The women's 10 km went to the Tanzanian Nee Sull in 36:11; our compatriot Ami Traor came second.",
            published: Some("2026-02-16"),
            never: &["Ami Traor nationality"],
        },
        // A "compatriot" takes the country told before the name, not one
        // told after it in the same sentence.
        Cx {
            text: "Kenyan athlete Jos Kipro won the Cove Coast Marathon on Sunday.\n\nKipro finished ahead of his compatriot Eno Kimu, 2nd in 2h 19 min 06 sec, and Moroccan Ham El Idri, 3rd with a time of 2 h 23 min 50 sec.\n\nRESULTS (marathon, men)\n1. KIPRO Jos (KEN) 2:15:41\n2. KIMU Eno (KEN) 2:19:06\n3. EL IDRI Ham (MAR) 2:23:50",
            published: Some("2025-12-07"),
            never: &["Eno Kimu nationality Morocco"],
        },
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
    ]],
    scope: S::Sentence(nationality),
};
