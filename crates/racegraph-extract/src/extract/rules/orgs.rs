//! Organisations and roles: acronyms, organisations known by a description,
//! job titles and employers, bases, organisers, sponsors and travel partners.

#[allow(unused_imports)]
use super::*;

/// `Full Name (ACR)`: the acronym is another name of the organisation.
pub(crate) fn acronyms(x: &mut Extractor, i: usize) {
    static DEF: LazyLock<Pattern> = LazyLock::new(|| re(r"\s*\(([A-Z][A-Z&]{1,6})\)"));
    let t = x.text(i);
    for (c, shape) in x.sents[i].chunks.clone() {
        let Some(m) = DEF
            .captures(&t[c.end..])
            .filter(|m| m.get(0).is_some_and(|g| g.start() == 0))
        else {
            continue;
        };
        let acr = m[1].to_string();
        let full = c.text(t);
        if !names::acronym_of(&acr, full) || !matches!(shape, Shape::Organization | Shape::Unknown)
        {
            continue;
        }
        let id = x.organization(full, i);
        let e = &mut x.out.entities[id];
        if !e.names.iter().any(|n| n.text == acr) {
            e.names.push(crate::extract::Name {
                text: acr.clone(),
                sentence: i,
            });
        }
        x.index.insert(
            (
                Kind::Organization.family(),
                crate::extract::Key::Name(names::normalise_key(&acr)),
            ),
            id,
        );
        x.out.acronyms.push((acr, full.to_string()));
    }
    // An acronym already defined, used alone.
    let t = x.text(i);
    for (c, _) in x.sents[i].chunks.clone() {
        let w = c.text(t);
        if c.words.len() == 1 && names::is_acronym(w) {
            if let Some(id) = x.lookup(Kind::Organization, &names::normalise_key(w)) {
                x.out.entities[id].mentions += 1;
            }
        }
    }
}

pub(super) static ORG_NOUN: LazyLock<String> = LazyLock::new(|| {
    let mut nouns: Vec<String> = crate::lexicon::get()
        .words(crate::lexicon::Section::OrganizationNoun)
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    nouns.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!("(?:{})", nouns.join("|"))
});

/// Organisations a description introduces: "the travel agency X", "X, a
/// Beijing-based firm", "X news agency", and "… X? The American app …".
pub(super) fn organisations_by_description(x: &mut Extractor, i: usize) {
    static TRAIL_APP: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^\s+(?:app|application|platform|website|watch)\b"));
    static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\bthe\s+(?:[\w\-]+\s+){{0,3}}?{}\s+$",
            *ORG_NOUN
        ))
    });
    static AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"^,\s+(?:a|an|the)\s+(?:[\w\-’']+\s+){{0,3}}?{}\b",
            *ORG_NOUN
        ))
    });
    static NEXT: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"^(?:The|This|That)\s+(?:[A-Za-z\-]+\s+){{0,2}}?{}\b",
            *ORG_NOUN
        ))
    });
    static TRAIL: LazyLock<Pattern> = LazyLock::new(|| re(&format!(r"^\s+{}\b", *ORG_NOUN)));
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    for (c, shape) in &chunks {
        if !matches!(shape, Shape::Unknown | Shape::Organization) || c.possessive {
            continue;
        }
        let name = c.text(t);
        let described = BEFORE.is_match(crate::extract::tail(&t[..c.start], 100))
            || AFTER.is_match(&t[c.end..])
            || (c.words.len() == 1
                && (names::is_acronym(name)
                    || camel_case(name)
                    || (TRAIL_APP.is_match(&t[c.end..])
                        && x.lx.country_by_demonym(name).is_none()))
                && TRAIL.is_match(&t[c.end..]));
        if described
            && x.lookup(Kind::Person, &names::normalise_key(name))
                .is_none()
        {
            x.organization(name, i);
        }
    }
    // A name closing a sentence, described by the next one.
    if let (Some((c, Shape::Unknown)), true) = (chunks.last(), i + 1 < x.sents.len()) {
        let after = t[c.end..].trim();
        if (after.is_empty() || after.chars().all(|ch| "?.!".contains(ch)))
            && NEXT.is_match(x.text(i + 1))
        {
            let name = c.text(t).to_string();
            if c.words.len() <= 3 {
                x.organization(&name, i);
            }
        }
    }
}

/// "PaceLog", "iPhone": a word with a capital inside, as brand names are written.
pub(crate) fn camel_case(w: &str) -> bool {
    w.chars().skip(1).any(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && !w.contains(['-', '’', '\''])
}

pub(super) static TITLE: LazyLock<String> = LazyLock::new(|| {
    let heads = crate::lexicon::get().alternation(crate::lexicon::Section::TitleHead);
    // "race director", "head of sales": a head word, perhaps with "of …" after it.
    // Also capitalised, as press releases write them ("Vice-President of Y").
    format!(
        r"((?:[a-z][\w\-]*\s+){{0,3}}(?i:{})(?:\s+of\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?|(?:[\p{{Lu}}][\w\-]*\s+)?(?i:{}))",
        heads, heads
    )
});

/// After a name, ", and …": what follows is the next person's ("X, and
/// the President of Y, Z,").
static AND_NEXT_TITLE: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)^,\s+(?:and|or)\s"));

/// "X, general manager at/of Y": X works for Y in that role.
pub(super) fn roles(x: &mut Extractor, i: usize) {
    static ROLE: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"^,\s+(?:the\s+|a\s+|an\s+|its\s+)?{}\s+(?:at|of|for|with)\s+(?:the\s+)?(?:([\p{{Lu}}][\w’']*)-based\s+)?",
            *TITLE
        ))
    });
    let t = x.text(i);
    for (c, shape) in x.sents[i].chunks.clone() {
        if !person_like(&c, shape, t) {
            continue;
        }
        if AND_NEXT_TITLE.is_match(&t[c.end..]) {
            continue;
        }
        let Some(m) = ROLE.captures(&t[c.end..]) else {
            continue;
        };
        let title = m[1].trim().to_lowercase();
        let org_at = c.end + m.get(0).map_or(0, |g| g.end());
        let Some((oc, oshape)) = chunk_from(x, i, org_at) else {
            continue;
        };
        let known_org = x
            .lookup(Kind::Organization, &names::normalise_key(oc.text(t)))
            .is_some();
        if !(oshape == Shape::Organization || known_org) {
            continue;
        }
        let person = x.person(c.text(t), false, i);
        let org = x.organization(oc.text(t), i);
        x.fact(person, Property::WorksFor, Value::Entity(org), i);
        job_title(x, person, &title, i);
        if let Some(city) = m.get(2) {
            let city = x
                .city(city.as_str(), i)
                .unwrap_or_else(|| x.named(Kind::City, city.as_str(), i));
            x.fact(org, Property::BasedIn, Value::Entity(city), i);
        }
    }
}

/// "Aigerim Bekova of Steppe Journeys": a person of an organisation works
/// for it; a runner of a sports club ("Niamh Doherty of Swilly Valley AC")
/// is a member, which the contract does not state.
pub(super) fn member_of(x: &mut Extractor, i: usize) {
    static OF: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s+of\s+(?:the\s+)?"));
    let lx = x.lx;
    let t = x.text(i);
    // A club's official ("race director Colleen Birch of the Valley Road
    // Runners") works for it: a job title just before the name.
    let titled = |start: usize| {
        crate::extract::tail(&t[..start], 40)
            .trim_end_matches([' ', ','])
            .rsplit(' ')
            .next()
            .is_some_and(|w| lx.has(crate::lexicon::Section::TitleHead, &w.to_lowercase()))
    };
    let club = |org: &str, person_start: usize| {
        !titled(person_start)
            && org
                .split_whitespace()
                .last()
                .is_some_and(|w| lx.has(crate::lexicon::Section::ClubSuffix, w))
    };
    // A runner "of" a team ("Lee Min-su of Korea Water Corp", a corporate
    // team) runs for it: no employment stated.
    let runner = |x: &Extractor, name: &str, person_start: usize| {
        !titled(person_start)
            && x.lookup(
                Kind::Person,
                &names::normalise_key(&names::normalise_person(name)),
            )
            .is_some_and(|id| x.out.entities[id].kind == Kind::Athlete)
    };
    for (c, shape) in x.sents[i].chunks.clone() {
        // "A B of C D" read as one run: the person and the organisation.
        if let Some((left, right)) = c.text(t).split_once(" of ") {
            let known_org = x
                .lookup(Kind::Organization, &names::normalise_key(right))
                .is_some();
            if known_org
                && (2..=3).contains(&left.split_whitespace().count())
                && shape == Shape::Unknown
                && !is_title_text(left)
                && !club(right, c.start)
                && !runner(x, left, c.start)
            {
                let person = x.person(left, false, i);
                let org = x.organization(right, i);
                x.fact(person, Property::WorksFor, Value::Entity(org), i);
                continue;
            }
        }
        if !person_like(&c, shape, t) {
            continue;
        }
        let Some(m) = OF.find(&t[c.end..]) else {
            continue;
        };
        let Some((oc, oshape)) = chunk_from(x, i, c.end + m.end()) else {
            continue;
        };
        let known_org = x
            .lookup(Kind::Organization, &names::normalise_key(oc.text(t)))
            .is_some();
        if (oshape == Shape::Organization || known_org)
            && !club(oc.text(t), c.start)
            && !runner(x, c.text(t), c.start)
        {
            let person = x.person(c.text(t), false, i);
            let org = x.organization(oc.text(t), i);
            x.fact(person, Property::WorksFor, Value::Entity(org), i);
        }
    }
}

/// "Beijing-based Harbour Tours", "Harbour Tours, the Beijing-based agency",
/// "X, based in Y".
pub(super) fn based_in(x: &mut Extractor, i: usize) {
    static BASED: LazyLock<Pattern> =
        LazyLock::new(|| re(r"([\p{Lu}][\w’']*(?:\s[\p{Lu}][\w’']*)?)-based\s+"));
    static APPOS: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^,\s+(?:a|an|the)\s+([\p{Lu}][\w’']*(?:\s[\p{Lu}][\w’']*)?)-based\b|^,\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?)?(?:based|headquartered|registered)\s+in\s+([\p{Lu}][\w’']*(?:\s[\p{Lu}][\w’']*){0,3})",
        )
    });
    let t = x.text(i);
    for m in BASED.captures_iter(t) {
        let g = m.get(0).map_or(0, |g| g.end());
        // The organisation: the name right after, perhaps behind a few lower-case words.
        let rest = &t[g..];
        let skip: usize = rest
            .split_inclusive(' ')
            .take_while(|w| w.chars().next().is_some_and(char::is_lowercase))
            .take(3)
            .map(str::len)
            .sum();
        let Some((oc, oshape)) = chunk_from(x, i, g + skip) else {
            continue;
        };
        if oshape != Shape::Organization
            && x.lookup(Kind::Organization, &names::normalise_key(oc.text(t)))
                .is_none()
        {
            continue;
        }
        let org = x.organization(oc.text(t), i);
        let city_name = m[1].to_string();
        let city = x
            .city(&city_name, i)
            .unwrap_or_else(|| x.named(Kind::City, &city_name, i));
        x.fact(org, Property::BasedIn, Value::Entity(city), i);
    }
    for (c, shape) in x.sents[i].chunks.clone() {
        let Some(m) = APPOS.captures(&t[c.end..]) else {
            continue;
        };
        if shape != Shape::Organization
            && x.lookup(Kind::Organization, &names::normalise_key(c.text(t)))
                .is_none()
        {
            continue;
        }
        let city_name = m
            .get(1)
            .or(m.get(2))
            .map(|g| g.as_str().to_string())
            .unwrap_or_default();
        let org = x.organization(c.text(t), i);
        let city = x
            .city(&city_name, i)
            .unwrap_or_else(|| x.named(Kind::City, &city_name, i));
        x.fact(org, Property::BasedIn, Value::Entity(city), i);
    }
}

/// Titles written before a name or set off after it: "race director Jane
/// Roe", "NRAA chairman Jane Roe", "Race director: Jane Roe", "Jane Roe,
/// the race director,". An organisation named right before the title is
/// the employer.
pub(super) fn titles_before_names(x: &mut Extractor, i: usize) {
    static HEAD: LazyLock<String> =
        LazyLock::new(|| crate::lexicon::get().alternation(crate::lexicon::Section::TitleHead));
    static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?:^|[\s(“‘]|^\p{{Lu}})(?P<title>(?:(?i:[a-z][\w\-]*)\s+){{0,2}}(?:{}))\s*:?\s*$",
            *HEAD
        ))
    });
    static BEFORE_CAP: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?:\b(?:its|the|his|her|their)\s+|\b\p{{Lu}}{{2,}}\s+|^)(?P<title>(?:[\p{{Lu}}][\w\-]*\s+)?(?i:{}))\s*,?\s*$",
            *HEAD
        ))
    });
    // "The Governor of Enugu State, " before a name set off by commas.
    static BEFORE_OF: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?:^|\b(?:the|The)\s+)(?P<title>(?:(?i:deputy|vice|chief|executive|general|managing|acting)[\s\-]+){{0,2}}(?i:{}))\s+of\s+(?:the\s+)?(?P<org>\p{{Lu}}[\p{{L}}\-'’&.]*(?:\s+(?:(?:of|and|for|the)\s+)?\p{{Lu}}[\p{{L}}\-'’&.]*){{0,6}})(?:\s*\(\p{{Lu}}{{2,8}}\))?\s*,\s*$",
            *HEAD
        ))
    });
    static APPOSED: LazyLock<Pattern> = LazyLock::new(|| re(r"^\s*(?:,|\.|$)"));
    static AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"^,\s+(?:the\s+|its\s+)?(?P<title>(?:[a-z][\w\-]*\s+){{0,2}}(?:{}))\s*(?:,|\.|$)",
            *HEAD
        ))
    });
    // "Yaw Mensah, Chief Executive Officer of Coastline Events," (or in
    // lower case): the title, then the organisation it is of.
    static AFTER_OF: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"^,\s+(?:the\s+|its\s+)?(?P<title>(?:[A-Za-z][\w\-]*\s+){{0,2}}(?i:{}))\s+of\s+(?:the\s+)?(?P<org>\p{{Lu}})",
            *HEAD
        ))
    });
    let t = x.text(i);
    // "LAF President Maria Costa", "County Governor Jane Roe": a capitalised
    // title inside a run of capitalised words, before two or three more.
    for (c, _) in x.sents[i].chunks.clone() {
        let w: Vec<&str> = (0..c.words.len()).map(|k| c.word(t, k)).collect();
        let Some(h) = (1..w.len().min(4)).find(|&h| {
            x.lx.has(crate::lexicon::Section::TitleHead, &w[h - 1].to_lowercase())
                && (2..=3).contains(&(w.len() - h))
        }) else {
            continue;
        };
        let acronym = w[0].len() >= 2 && w[0].chars().all(|ch| ch.is_uppercase());
        // "Athletics Ireland President Mary Keane": an organisation the
        // article names elsewhere, before the title ("Tasmanian Sports
        // Minister X" is a minister of no organisation named).
        let org_before = (h >= 3).then(|| w[..h - 1].join(" ")).filter(|o| {
            x.lookup(Kind::Organization, &names::normalise_key(o))
                .is_some()
        });
        let title_from = if org_before.is_some() {
            h - 1
        } else {
            usize::from(acronym && h >= 2)
        };
        if h - title_from > 2 || (h - title_from == 2 && !acronym && c.start != 0) {
            continue;
        }
        // Only titles that head an office, and a name that is a person's.
        const OFFICES: [&str; 12] = [
            "president",
            "chairman",
            "chairwoman",
            "chair",
            "director",
            "governor",
            "secretary",
            "minister",
            "ceo",
            "coach",
            "founder",
            "mayor",
        ];
        let name = &t[c.words[h].0..c.end];
        if !OFFICES.contains(&w[h - 1].to_lowercase().as_str())
            || names::shape(name, x.lx) != Shape::Unknown
            || w[h..].iter().any(|n| {
                !n.starts_with(char::is_uppercase)
                    || x.lx.country(n).is_some()
                    || x.lx.country_by_demonym(n).is_some()
                    || x.lx.has(crate::lexicon::Section::OrganizationSuffix, n)
            })
        {
            continue;
        }
        let title = w[title_from..h].join(" ").to_lowercase();
        let person = x.person(name, false, i);
        job_title(x, person, &title, i);
        if let Some(o) = &org_before {
            let org = x.organization(o, i);
            x.fact(person, Property::WorksFor, Value::Entity(org), i);
        } else if acronym && title_from == 1 {
            let org = x.organization(w[0], i);
            x.fact(person, Property::WorksFor, Value::Entity(org), i);
        }
    }
    for (c, shape) in x.sents[i].chunks.clone() {
        if !person_like(&c, shape, t) || c.words.len() > 4 {
            continue;
        }
        let before = &t[..c.start];
        // "X, and the President of Y, Z,": the title after the "and" is
        // the next person's.
        let after_and = AND_NEXT_TITLE.is_match(&t[c.end..]);
        let mut capitalised = false;
        let mut employer = None;
        let portfolio = super::portfolios::before(before)
            .filter(|_| APPOSED.is_match(&t[c.end..]))
            .or_else(|| super::portfolios::after(&t[c.end..]).filter(|_| !after_and));
        let (title, title_start) = if let Some(office) = portfolio {
            // "the Minister of Youth and Sports, X": the portfolio is the
            // title's.
            capitalised = true;
            (office, None)
        } else if let Some(m) = BEFORE_OF
            .captures(before)
            .filter(|_| APPOSED.is_match(&t[c.end..]))
        {
            // "The Governor of Enugu State, Ikenna Nwafor,", "the President
            // of the Athletics Federation of Nigeria (AFN), Babatunde
            // Oyewole,": an office of an organisation, or of a place.
            let org = m["org"].trim();
            employer = (names::shape(org, x.lx) == Shape::Organization
                || x.lookup(Kind::Organization, &names::normalise_key(org))
                    .is_some())
            .then(|| x.organization(org, i));
            capitalised = true;
            (m["title"].trim().to_string(), None)
        } else if let Some(m) = BEFORE.captures(before) {
            let g = m.name("title").map(|g| (g.as_str(), g.start()));
            match g {
                Some((s, at)) => (s.trim().to_string(), Some(at)),
                None => continue,
            }
        } else if let Some(m) = BEFORE_CAP.captures(before) {
            // "IAAF President Jane Roe", "its Managing Director, Jane Roe".
            capitalised = true;
            let g = m.name("title").map(|g| (g.as_str(), g.start()));
            match g {
                Some((s, at)) => (s.trim().to_string(), Some(at)),
                None => continue,
            }
        } else if let Some(m) = AFTER.captures(&t[c.end..]).filter(|_| !after_and) {
            (m["title"].trim().to_string(), None)
        } else if let Some(m) = AFTER_OF
            .captures(&t[c.end..])
            .filter(|_| !after_and)
            .filter(|m| is_title_text(&m["title"]) || m["title"].starts_with(char::is_lowercase))
        {
            // The organisation: the name the "of" leads to, if it is one.
            let at = c.end + m.name("org").map_or(0, |g| g.start());
            let object = chunk_from(x, i, at);
            // An office of a name, not of a country or a people ("the
            // founder of the Kenyan republic").
            let named: String = t[at..]
                .split(|ch: char| [',', '.', ';', '(', ')'].contains(&ch))
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .collect::<Vec<_>>()
                .join(" ");
            let first = named.split_whitespace().next().unwrap_or("");
            let of_place = named.is_empty()
                || x.lx.country(&named).is_some()
                || x.lx.city(&named).is_some()
                || x.lx.country_by_demonym(&named).is_some()
                || x.lx.country_by_demonym(first).is_some();
            if of_place {
                continue;
            }
            employer = object
                .filter(|(oc, os)| {
                    *os == Shape::Organization
                        || x.lookup(Kind::Organization, &names::normalise_key(oc.text(t)))
                            .is_some()
                })
                .map(|(oc, _)| oc.text(t).to_string())
                .map(|n| x.organization(&n, i));
            capitalised = true;
            (m["title"].trim().to_string(), None)
        } else {
            continue;
        };
        // "Townsville Road Runners president Gary Pike": capitalised words
        // before a lower-case title are the organisation's name, the
        // employer, not part of the title.
        let (title, title_start) = match (
            title_start,
            title
                .split_whitespace()
                .position(|w| w.starts_with(char::is_lowercase)),
        ) {
            (Some(s), Some(k))
                if k > 0
                    && !capitalised
                    && !t[..s].trim().is_empty()
                    && title.split_whitespace().take(k).all(|w| {
                        w.starts_with(char::is_uppercase) && !w.chars().all(|ch| ch.is_uppercase())
                    }) =>
            {
                let skip: usize = title.split_whitespace().take(k).map(|w| w.len() + 1).sum();
                let rest = title[skip.min(title.len())..].trim().to_string();
                (rest, Some(s + skip))
            }
            _ => (title, title_start),
        };
        // A capital is the sentence's or the line's, not a name's: "Race director".
        let mut words = title.split_whitespace();
        let first = words.next().unwrap_or_default();
        let at_start = title_start.is_some_and(|s| t[..s].trim().is_empty());
        if first.chars().next().is_some_and(char::is_uppercase) && !at_start && !capitalised {
            // "NRAA chairman": an acronym is the employer, not part of the title.
            if !(first.chars().all(|ch| ch.is_uppercase()) && words.next().is_some()) {
                continue;
            }
        }
        let mut title_words: Vec<&str> = title.split_whitespace().collect();
        // Words of the sentence before a title are not part of it ("said race director").
        while title_words.len() > 1
            && x.lx.has(
                crate::lexicon::Section::TitleStop,
                &title_words[0].to_lowercase(),
            )
        {
            title_words.remove(0);
        }
        if let Some(w) = title_words.first().copied() {
            if w.len() >= 2 && w.chars().all(|ch| ch.is_uppercase()) {
                employer = x.lookup(Kind::Organization, &names::normalise_key(w));
                title_words.remove(0);
            }
        }
        if title_words.is_empty() {
            continue;
        }
        let title = title_words.join(" ").to_lowercase();
        // An organisation's name right before the title.
        if employer.is_none() {
            if let Some(s) = title_start {
                let lead = t[..s].trim_end();
                employer = x.sents[i]
                    .chunks
                    .iter()
                    .find(|(oc, os)| {
                        oc.end == lead.len()
                            && (*os == Shape::Organization
                                || (oc.words.len() == 1 && names::is_acronym(oc.text(t))))
                    })
                    .map(|(oc, _)| oc.text(t).to_string())
                    .map(|n| x.organization(&n, i));
            }
        }
        let person = x.person(c.text(t), false, i);
        job_title(x, person, &title, i);
        if let Some(org) = employer {
            x.fact(person, Property::WorksFor, Value::Entity(org), i);
        }
    }
}

/// Records `person`'s job title, as [`names::tidy_title`] writes it.
fn job_title(x: &mut Extractor, person: usize, title: &str, i: usize) {
    let title = names::tidy_title(title, x.lx);
    x.fact(person, Property::JobTitle, Value::Text(title), i);
}
