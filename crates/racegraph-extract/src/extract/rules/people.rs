//! People: people known by context, people a race honours, founders and
//! birth years, people a credit line names. Nationality, in its many
//! written forms, is read in `nationality.rs` (its rule re-exported here).

pub(crate) use super::nationality::NATIONALITY;
#[allow(unused_imports)]
use super::*;

/// People that a verb of saying or a runner's description makes people:
/// "X said", "X, a Kenyan runner", "the runner X".
pub(super) fn people_by_context(x: &mut Extractor, i: usize) {
    static SAID: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"^,?\s+(?:said|says|wrote|writes|told|added|explained|noted|recalled|shared|posted)\b")
    });
    static RUNNER_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:runner|athlete|marathoner|marathon runner|champion|winner|runner-up|olympian|pacemaker|elite)\b",
        )
    });
    static RUNNER_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\b(?:runner|athlete|marathoner|champion|winner|runner-up|olympian|compatriot)\s+$")
    });
    static STORY_OF: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:story|account|profile|words)\s+of\s+$"));
    // "Catrin Hughes (Taff Trail Runners, 77:52)", "Ravi Shah of Dulwich
    // Road Runners (31:52)": a finishing time in brackets after the name.
    static TIME_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^\s*(?:of\s+\p{Lu}[^()]{1,40}?\s*)?\(\s*(?:[^()]{1,40},\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*\)",
        )
    });
    // "Cody Blanchard, 26, of Kingsville": an age and a home town.
    static AGE_FROM: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^,\s*\d{1,2},\s+(?:of|from)\s+\p{Lu}"));
    // "Ms. Ho Wai Man, Secretary for …": a courtesy title before a name.
    static COURTESY: LazyLock<Pattern> =
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
            x.runner(name, i);
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

/// A race held in honour of a person: "in homage to X", "marking the birth
/// of X", "the birthday of X". With "born in 1912" or "the birth of X in
/// 1912", the person's birth year.
pub(super) fn commemorates(x: &mut Extractor, i: usize) {
    static CUE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:in\s+homage\s+to|in\s+hono(?:u)?r\s+of|in\s+memory\s+of|commemorat\w+|tribute\s+to|dedicated\s+to|(?:marking|celebrating|celebrations?\s+(?:of|marking|leading\s+up\s+to))\s+the\s+(?:[\w\s]{0,20}?)?birth(?:day)?\s+of|birth(?:day)?\s+of)\b",
        )
    });
    static RACE: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:marathon|race|event|run|it)\b"));
    static BORN: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^[^.;]{0,80}?\bborn\s+(?:in\s+)?(\d{4})\b"));
    static IN_YEAR: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s+in\s+(\d{4})\b"));
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
    static FOUNDER_OF: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^,\s+(?:the\s+)?(?:co-)?founder\s+of\s+(?:the\s+)?"));
    static FOUNDING: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^[’']s\s+(?:founding\s+(?:leader|father|president)|founder)\s+"));
    static BORN: LazyLock<Pattern> =
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
    doc: "A name a verb of saying, a courtesy title or a runner's description makes a person: \"X said\", \"Ms. X\", \"X, a Kenyan runner\", \"the runner X\", \"X (Club, 77:52)\", \"X of Club (31:38)\", \"X, 26, of Town\"; with nationality when the description gives one. An employer's or a title's words before a name, up to the title's last word of `[title_head]` (\"Cove Telecom CEO X\", \"State Sports Minister X\"), are no part of it.",
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
        // An employer's or a title's words before the name, up to the
        // title's last word ("Cove Telecom CEO X", "State Sports Minister
        // X"), are no part of it.
        Ex {
            text: "Cove Telecom CEO Kha Almans said: \"The marathon went beyond what we hoped for.\"\n\nSpeaking at the prize giving, State Sports Minister P. Sreed said the race would grow.",
            published: None,
            yields: &["person Kha Almans", "person P. Sreed"],
        },
        // An army rank before a name is no part of it ("Naib Subedar X",
        // "Havildar X": `[person_prefix]`).
        Ex {
            text: "Cove Valley Half Marathon\n\nNaib Subedar Kul Negi won the men's race in 1:05:10, ahead of Havildar Ram Bisht.",
            published: Some("2026-02-16"),
            yields: &["person Kul Negi", "person Ram Bisht"],
        },
        // A family name that is also a people's noun is a name.
        Ex {
            text: "Cove Ridge Half Marathon\n\nUri Dane clocked 1:04:12 to win the men's race, and Tom English finished second.",
            published: Some("2025-10-19"),
            yields: &["person Uri Dane", "person Tom English"],
        },
    ]],
    counterexamples: &[&[
        Cx {
            text: "Swedish Lapland, a quiet region, was windy.",
            published: None,
            never: &[],
        },
        // A race's kind or distance, or a description cut off before its
        // noun, where a runner's name goes, is no runner.
        Cx {
            text: "Cove Bay Marathon\n\nMen\n  • Full Marathon (42.2KM): Den Kipr won in 02:14:20.\n  • Kids 1KM: Ali Sabt won in 00:04:10.\n\nUp-and-coming Jordanian marathoner Ham Omari took third.",
            published: Some("2026-02-21"),
            never: &["person Full Marathon", "person Kids 1KM", "person Up-and-coming Jordanian"],
        },
    ]],
    scope: S::Sentence(people_by_context),
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
    counterexamples: &[&[Cx {
        text: "The Lakeside Marathon was won by Joe Bloggs.",
        published: None,
        never: &["Lakeside Marathon commemorates"],
    }]],
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
    counterexamples: &[&[Cx {
        text: "It honours Joe Bloggs, a friend of Harbour Tours.",
        published: None,
        never: &[],
    }]],
    scope: S::Sentence(founders),
};

/// People a credit line names: "By Jane Roe", "Reporting by Jane Roe;
/// Editing by Tom Poe", "Posted by Dan", "Pictures by Ama Oti"; and a credit
/// in brackets anywhere ("… at the gate [Photo by Ama Oti]").
pub(super) fn credited_people(x: &mut Extractor, i: usize) {
    let byline = x.sents[i].block == Block::Byline;
    let t = x.text(i);
    for (a, b) in super::super::structure::credited_names(t) {
        // Elsewhere (a caption), only a credit "by" in brackets, of two
        // words or more: "… stadium gate [Photo by Ayan Ileye]", not
        // "(Photo by Reuters)" nor "(Photo: X on his way to the title)".
        let in_brackets = t[..a]
            .rfind(['(', '['])
            .is_some_and(|o| !t[o..a].contains([')', ']', ':']));
        let credited = byline || (in_brackets && t[a..b].contains(' '));
        if !credited {
            continue;
        }
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
    doc: "A byline or credit line names people: \"By Jane Roe\", \"(Reporting by Jane Roe; Editing by Tom Poe)\", \"Posted by Dan\", \"Pictures by Ama Oti\"; elsewhere, a credit in brackets of two words or more (\"[Photo by Ama Oti]\"). They are people of the article; nothing else is read from the line.",
    reads: &[],
    writes: &[],
    examples: &[&[
        Ex {
            text: "Kiprono wins again\nBy Katrin Vogel\nPeter Kiprono won the Lakeside Marathon.\n(Reporting by Jana Hofmann; Editing by Lukas Brandt)\n",
            published: None,
            yields: &["person Katrin Vogel", "person Jana Hofmann", "person Lukas Brandt"],
        },
        Ex {
            text: "Amina Rage won the Sheikh Hills Marathon.\n\nvolunteers handing out water at the 15km point of the marathon.[Photo by Ayan Warsame Ileye]\n",
            published: None,
            yields: &["person Ayan Warsame Ileye"],
        },
    ]],
    counterexamples: &[&[
        Cx {
            text: "Kiprono wins again\nBy Our Correspondent\nBy Easter Monday the Lakeside Marathon was over.",
            published: None,
            never: &["person Easter Monday", "person Our Correspondent"],
        },
        Cx {
            text: "Amina Rage won the Sheikh Hills Marathon.\n\nrunners at the gate (Photo by Reuters), before the start by Hills Gate Stadium.\n",
            published: None,
            never: &["person Reuters", "person Hills Gate Stadium"],
        },
    ]],
    scope: S::Document(|x| {
        for i in 0..x.sents.len() {
            credited_people(x, i);
        }
    }),
};
