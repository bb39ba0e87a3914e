//! Organisers, sponsors and travel partners of a race: "organised by X",
//! "sponsored by X", "the sponsors, led by X … and Y", "X, which sponsors
//! the race", "X … the official travel partner".

#[allow(unused_imports)]
use super::*;

/// "organised by X", "sponsored by X", "X … the official travel partner".
pub(super) fn organiser_roles(x: &mut Extractor, i: usize) {
    static BY: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(organi[sz]ed|staged|put\s+on|sponsored|backed|presented|run)\s+(?:(?:again|also|jointly|once\s+more|for\s+the\s+\w+\s+(?:consecutive\s+|successive\s+|straight\s+)?(?:year|time))\s+)?by\s+(?:the\s+)?",
        )
    });
    static LABEL: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^[*_\-•\s]*(?:(organi[sz]er|organi[sz]ed\s+by|race\s+organi[sz]er)|(?:(?:title|presenting|main|headline|official)\s+)?(sponsor))\s*[*_]*\s*:\s*[*_]*",
        )
    });
    static NOUN_THEN_ORG: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:the\s+(?:same\s+)?|its\s+|race\s+)?(organi[sz]ers|organi[sz]er|sponsors|sponsor)\s*(?:,|\s+such\s+as|\s+like|\s+including|\s+(?:is|was|has\s+been|will\s+be|remains))\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+)\s+(?-i:agency|company|firm|club|association|foundation|group)\s+)?|\b(?:title|main|presenting|headline)\s+(sponsor)\s+|\b(?:its|their)\s+(?:(?:title|main|headline|presenting)\s+)?(sponsor)\s+|(?:^|\.\s+|,\s+and\s+|\band\s+)(?:race\s+)?(organi[sz]ers)\s+",
        )
    });
    static ORG_THEN_ROLE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^(?:,[^,.;]{1,60},(?:\s+(?:still|also|now))?|,\s+(?:which|who)(?:\s+has|\s+have|\s+will\s+become|\s+becomes|\s+is)?|\s+(?:becomes|became|is|was|will\s+be|will\s+become|has\s+been\s+named|named|remains|has|have))\s+(?:the\s+)?(?:new\s+)?(?:title\s+|main\s+|official\s+|presenting\s+|headline\s+)?(sponsors?|sponsored|organi[sz]es|organi[sz]ed|organi[sz]er|organi[sz]e)\b(?:\s+of)?\s+(?:the\s+)?(?:race|marathon|event|it\b|\p{Lu})",
        )
    });
    static SUBJECT: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:marathon|race|event|run|edition|series|10k|it)\b"));
    static NOT_THE_RACE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:trips?|tours?|package|travel|camps?|excursions?|visits?|dinner|party|expo|festival|clinic|reception|study|survey|report|poll)\b",
        )
    });
    static PARTNER: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:official|exclusive)\s+travel\s+partner\b"));
    static SPONSOR: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^\s*,?\s+(?:is|was|will\s+be|as)\s+(?:the\s+|its\s+)?(?:(?:title|main|official|headline|lead|presenting)\s+)?sponsor\b|^\s*,\s+(?:the|its)\s+(?:title|main|official|headline|lead|presenting)\s+sponsor\b",
        )
    });
    let t = x.text(i);
    // Every pattern below needs one of these words: most sentences have
    // none, and are passed over at once.
    let lower = t.to_lowercase();
    if ![
        "organi",
        "sponsor",
        "staged",
        "put on",
        "backed",
        "presented",
        " by ",
        "partner",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return;
    }
    let Some(series) = x.series_in(i) else { return };
    let mut found: Vec<(Property, usize)> = Vec::new();
    // Where a name read as a person's so far is a company's.
    let mut companies: Vec<usize> = Vec::new();
    for m in BY.captures_iter(t) {
        let whole = m.get(0).map_or(0..0, |g| g.range());
        // The thing organised must be the race: named before the verb, with
        // nothing else (a trip, a tour) in between.
        let before = &t[..whole.start];
        // "Organised by X, in partnership with Y, the 21km course took
        // runners …": a sentence that opens on the verb, about the race.
        let opens = before.trim().is_empty() && SUBJECT.is_match(&t[whole.end..]);
        if !opens {
            let Some(subject) = SUBJECT.find_iter(before).last() else {
                continue;
            };
            if NOT_THE_RACE.is_match(&before[subject.start()..]) {
                continue;
            }
            // "The fastest marathon time, 2:41:07, was run by X": a time
            // run, not a race organised.
            static TIME_RUN: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)\btimes?\b|\d:\d\d"));
            if m[1].eq_ignore_ascii_case("run") && TIME_RUN.is_match(&before[subject.start()..]) {
                continue;
            }
        }
        let prop = match m[1].to_lowercase().as_str() {
            "sponsored" | "backed" | "presented" => Property::Sponsor,
            _ => Property::Organizer,
        };
        found.push((prop, whole.end));
    }
    if let Some(m) = LABEL.captures(t) {
        let prop = if m.get(2).is_some() {
            Property::Sponsor
        } else {
            Property::Organizer
        };
        found.push((prop, m.get(0).map_or(0, |g| g.end())));
    }
    // "the organisers, the X," and "sponsors such as X".
    for m in NOUN_THEN_ORG.captures_iter(t) {
        let noun = m
            .get(1)
            .or(m.get(2))
            .or(m.get(3))
            .or(m.get(4))
            .map_or("", |g| g.as_str())
            .to_lowercase();
        let prop = if noun.starts_with("sponsor") {
            Property::Sponsor
        } else {
            Property::Organizer
        };
        found.push((prop, m.get(0).map_or(0, |g| g.end())));
    }
    // "X, which sponsors the race", "X becomes the title sponsor of the race",
    // "commended X for sponsoring the marathon".
    for (c, shape) in x.sents[i].chunks.clone() {
        if !matches!(shape, Shape::Organization | Shape::Unknown) || c.possessive {
            continue;
        }
        // ("commended X for sponsoring the marathon".)
        static FOR_ROLE: LazyLock<Pattern> = LazyLock::new(|| {
            re(
                r"(?i)^\s+for\s+(sponsoring|organi[sz]ing)\s+(?:the\s+)?(?:race|marathon|event|it\b)",
            )
        });
        let role = ORG_THEN_ROLE.captures(&t[c.end..]);
        let for_role = FOR_ROLE.captures(&t[c.end..]);
        // (Thanked "for sponsoring the marathon", a name of no given name
        // is a company's, though read as a person's so far.)
        let given = || c.text(t).split_whitespace().any(|w| x.lx.given_name(w));
        if let Some(m) = role.as_ref().or(for_role.as_ref()) {
            let prop = if m[1].to_lowercase().starts_with("sponsor") {
                Property::Sponsor
            } else {
                Property::Organizer
            };
            if role.is_none() {
                if !given() {
                    found.push((prop, c.start));
                    companies.push(c.start);
                }
            } else if !is_person_known(x, c.text(t)) {
                found.push((prop, c.start));
            }
        }
    }
    // "the sponsors, led by X for the 42km race and Y for the half
    // marathon, as well as Z": every name of the list.
    for (at, _) in crate::extract::series::sponsor_list(t) {
        if !found.iter().any(|&(_, f)| f == at) {
            found.push((Property::Sponsor, at));
        }
    }
    for (prop, at) in found {
        // A name right at `at`, or the rest of a run of capitals that the
        // noun opens ("Organisers Wessex Road Events shortened …").
        let Some((name, shape)) = chunk_from(x, i, at)
            .map(|(c, shape)| (c.text(t), shape))
            .or_else(|| {
                let (c, _) = x.sents[i]
                    .chunks
                    .iter()
                    .find(|(c, _)| c.start < at && at < c.end)?;
                let rest = t[at..c.end].trim();
                Some((rest, names::shape(rest, x.lx)))
            })
        else {
            continue;
        };
        let known = x
            .lookup(Kind::Organization, &names::normalise_key(name))
            .is_some();
        if shape == Shape::Organization
            || known
            || (shape == Shape::Unknown && (!is_person_known(x, name) || companies.contains(&at)))
        {
            let org = x.organization(name, i);
            x.fact(series, prop, Value::Entity(org), i);
        }
    }
    if let Some(p) = PARTNER.find(t) {
        // The organisation the sentence is about: the last named before the phrase.
        let org = x.sents[i]
            .chunks
            .iter()
            .rev()
            .find(|(c, s)| {
                c.end <= p.start()
                    && (*s == Shape::Organization
                        || x.lookup(Kind::Organization, &names::normalise_key(c.text(t)))
                            .is_some())
            })
            .cloned();
        if let Some((c, _)) = org {
            let org = x.organization(c.text(t), i);
            x.fact(series, Property::TravelPartner, Value::Entity(org), i);
        }
    }
    for (c, shape) in x.sents[i].chunks.clone() {
        if shape == Shape::Organization && SPONSOR.is_match(&t[c.end..]) {
            let org = x.organization(c.text(t), i);
            x.fact(series, Property::Sponsor, Value::Entity(org), i);
        }
    }
}
