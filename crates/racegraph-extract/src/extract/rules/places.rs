//! Places and routes: start and finish venues, places on the route, and the
//! race's city.

#[allow(unused_imports)]
use super::*;

/// The sentence speaks of the race itself.
pub(super) fn about_race(x: &Extractor, i: usize) -> bool {
    static RACE: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\b(?:marathons?|races?|course|route|events?|run|runners|the\s+field)\b")
    });
    static PRONOUN: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^(?:It|It\s+still|It\s+then|Then\s+it|From\s+there,?\s+it)\b"));
    let speaks = |k: usize| {
        RACE.is_match(x.text(k)) || x.sents[k].chunks.iter().any(|(_, s)| *s == Shape::Series)
    };
    // "The course has barely changed. It still starts in …"
    speaks(i) || (i > 0 && PRONOUN.is_match(x.text(i)) && speaks(i - 1))
}

/// Places (venues, landmarks, cities) named after byte `from` in a list:
/// "X", "X and Y", "X, the Y and Z".
pub(super) fn place_list(x: &mut Extractor, i: usize, from: usize, first_gap: usize) -> Vec<usize> {
    let t = x.text(i);
    let mut out = Vec::new();
    let mut last = from;
    for (c, shape) in x.sents[i].chunks.clone() {
        if c.start < from {
            continue;
        }
        let gap = &t[last..c.start];
        let limit = if out.is_empty() { first_gap + 2 } else { 30 };
        let gap_stop = if out.is_empty() {
            gap.trim_start_matches([':', ' '])
        } else {
            gap
        };
        // Up to the first place, no other clause ("… and finishes at X").
        let first_clause_break = out.is_empty()
            && (gap.contains(',') || gap.contains(" and ") || gap.contains(" then "));
        if gap.len() > limit
            || first_clause_break
            // ("Start en finish / Start and finish: …": a line in two
            // languages, the other half no place.)
            || gap_stop.contains(['.', ';', ':', '/', '|'])
            || (!out.is_empty() && !is_list_gap(gap))
        {
            break;
        }
        if !matches!(shape, Shape::Venue | Shape::Landmark | Shape::City) {
            // The lower-case type word of a place ("the X stadium").
            let after = &t[c.end..];
            let next: String = after
                .trim_start_matches(' ')
                .chars()
                .take_while(|ch| ch.is_alphabetic())
                .collect();
            let full = names::capitalise_last(&format!("{} {next}", c.text(t)));
            // (Only a place's word, or a word of the name after a street's
            // word alone, "Trg slobode": "from the Place de la Nation
            // through the quarter" names no "Place de la Nation Through".)
            let place_word = x.lx.has(crate::lexicon::Section::VenueSuffix, &next)
                || x.lx.has(crate::lexicon::Section::LandmarkSuffix, &next)
                || (c.words.len() == 1
                    && x.lx.has(crate::lexicon::Section::VenuePrefix, c.text(t))
                    && next.chars().count() >= 4
                    && !names::is_function_word(&next));
            match names::shape(&full, x.lx) {
                s @ (Shape::Venue | Shape::Landmark) if place_word => {
                    let kind = if s == Shape::Venue {
                        Kind::Venue
                    } else {
                        Kind::Landmark
                    };
                    out.push(x.named(kind, &full, i));
                    last = c.end + 1 + next.len();
                    continue;
                }
                // A name the words do not explain, where only a place fits.
                Shape::Unknown
                    if shape == Shape::Unknown
                        && c.words.len() <= 4
                        // ("the start of a 5 K race": a unit, no place.)
                        && c.text(t).chars().count() >= 2
                        && !["KM", "Km", "KMS", "Kms"].contains(&c.text(t))
                        && !c.possessive
                        && gap.split_whitespace().count() <= 2
                        && x.lx.country_by_demonym(c.text(t)).is_none()
                        // ("Avenida" of "Avenida 18 de Julio": a street's
                        // first word cut off by a number names no place.)
                        && !(x.lx.has(crate::lexicon::Section::VenuePrefix, c.text(t))
                            && t[c.end..].trim_start().starts_with(|ch: char| ch.is_ascii_digit()))
                        && !is_championship(x, c.text(t))
                        && !is_person_known(x, c.text(t))
                        // ("Start: Liman meydani (…)": a label's value
                        // that goes on in words of another language is a
                        // name cut off.)
                        && !(t[..from].trim_end_matches(['*', ' ']).ends_with(':')
                            && next.starts_with(char::is_lowercase)
                            && !names::is_function_word(&next)) =>
                {
                    out.push(x.named(Kind::Place, c.text(t), i));
                    last = c.end;
                    continue;
                }
                _ => break,
            }
        }
        if let Some(id) = entity_of(x, i, &c, shape) {
            out.push(id);
        }
        last = c.end;
    }
    out
}

/// "the NRRA 12 km Championships": an event, not a place.
fn is_championship(x: &Extractor, name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|w| {
        x.lx.has(crate::lexicon::Section::Championship, &w.to_lowercase())
    })
}

pub(super) fn is_person_known(x: &Extractor, name: &str) -> bool {
    x.lookup(
        Kind::Person,
        &names::normalise_key(&names::normalise_person(name)),
    )
    .is_some()
}

pub(super) fn is_list_gap(gap: &str) -> bool {
    static GAP: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"^(?:\s|,|and|or|as well as|the|by|past|through|along|via|over|across|around|beside)*$")
    });
    GAP.is_match(gap)
}

/// Whether the verb at byte `at` has a person for its subject ("the winner
/// starts work at", "she passed"): then it says nothing of the route.
pub(super) fn person_subject(x: &Extractor, i: usize, at: usize) -> bool {
    static HUMAN: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:he|she|winner|champion|runner-up|victor|coach|director|mayor|organi[sz]er|president|[a-z]+man|[a-z]+woman)\s*(?:,[^,]*,\s*)?(?:then\s+|also\s+|later\s+|now\s+|first\s+)?$",
        )
    });
    let t = x.text(i);
    let before = crate::extract::tail(&t[..at.min(t.len())], 60);
    if HUMAN.is_match(before) {
        return true;
    }
    let trimmed = before.trim_end();
    let start = at.min(t.len()) - (before.len() - trimmed.len());
    x.sents[i]
        .chunks
        .iter()
        .any(|(c, s)| c.end == start && (*s == Shape::Unknown && is_person_known(x, c.text(t))))
}

/// "The race starts in X", "kicks off at X", "finishes at X", "culminates
/// in X"; the labels "Start: X", "Start/Finish: X", "Start & finish: X".
pub(super) fn venues(x: &mut Extractor, i: usize) {
    // The label of both: "Start/Finish:", "Start & finish:".
    const BOTH: &str = r"\bstart\s*(?:/|&|\+|and)\s*finish\**\s*:\**";
    static START: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i){BOTH}\s*|\b(?:starts?|started|starting|begins?|began|beginning|kicks?\s+off|kicked\s+off|sets?\s+off|departs?|start\s+line\s+(?:is|was|will\s+be)|^start\s*:|^leaving)\b\s*:?\s*(?:and\s+(?:finishes|ends)\s+)?(?:in|at|from|outside|inside|on)?\s*(?:the\s+)?(?-i:[a-z][\w\-]*\s+){{0,2}}",
        ))
    });
    static FINISH: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i)(?:{BOTH}|\b(?:finish(?:es|ed|ing)?|ends?|ended|ending|culminat\w+|concludes?|concluded|finish\s+line\s+(?:is|was|will\s+be))\s+(?:in|at|inside|on|beside|back\s+(?:in|at))\b|(?:^|\|\s*)finish\s*:|\bstarts\s+and\s+finishes\s+(?:at|in|on)\b)\s*:?\s*(?:the\s+)?(?-i:[a-z][\w\-]*\s+){{0,2}}",
        ))
    });
    // A label names the place outright: "Start: X", "Start/Finish: X".
    static LABEL: LazyLock<Pattern> = LazyLock::new(|| re(&format!(r"(?i)^start|{BOTH}")));
    let labelled = LABEL.is_match(x.text(i));
    if !about_race(x, i) && !labelled {
        return;
    }
    let t = x.text(i);
    for (re, prop) in [
        (&*START, Property::StartVenue),
        (&*FINISH, Property::FinishVenue),
    ] {
        // The first mention of starting (finishing) that names a place.
        let places = re
            .find_iter(t)
            .filter(|m| !person_subject(x, i, m.start()))
            // "was started by the Mayor of X": who started it, no place.
            .filter(|m| !m.as_str().to_lowercase().contains(" by "))
            .map(|m| m.end())
            .collect::<Vec<_>>()
            .into_iter()
            .map(|end| place_list(x, i, end, 2))
            .find(|p| !p.is_empty())
            .unwrap_or_default();
        if let (Some(&place), Some(series)) = (places.first(), x.series_in(i)) {
            // "The standings conclude at the X 12 km Championships": a race
            // is no place.
            if x.out.entities[place].kind == Kind::RaceSeries {
                continue;
            }
            if x.out.entities[place].kind != Kind::City || places.len() == 1 {
                x.fact(series, prop, Value::Entity(place), i);
            }
        }
    }
}

/// The city a race is held in: "X was held in Y", "X in Y", "run on a
/// flat course in Y", and a wire dateline ("NAIROBI, May 18 (Wire) -")
/// when the article speaks of one race only.
pub(super) fn race_city(x: &mut Extractor, i: usize) {
    static HELD_IN: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:held|run|staged|hosted|takes\s+place|took\s+place|will\s+take\s+place|course)\s+in\s+(?:(?-i:[a-z][\w\-]*)\s+){0,1}$",
        )
    });
    // A race-information line: "Race date: May 18, 2025 (Omaha, Nebraska)",
    // "Location: Omaha": its first city is the race's.
    static INFO: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)^(?:race\s+date|race\s+day|date|venue|location|where|host\s+city)\s*:")
    });
    if INFO.is_match(x.text(i)) {
        let t = x.text(i);
        let city = x.sents[i]
            .chunks
            .iter()
            .find(|(_, s)| *s == Shape::City)
            .map(|(c, _)| c.text(t).to_string());
        if let (Some(name), Some(series)) = (city, x.series_in(i).or(x.focus)) {
            if let Some(c) = x.city(&name, i) {
                x.fact(series, Property::City, Value::Entity(c), i);
            }
        }
        return;
    }
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    let named_series = chunks.iter().position(|(_, s)| *s == Shape::Series);
    for (k, (c, shape)) in chunks.iter().enumerate() {
        if !matches!(shape, Shape::City | Shape::Unknown) || c.words.len() > 3 || c.possessive {
            continue;
        }
        let before = &t[..c.start];
        // Right after a series: "the X Marathon in Tours".
        let after_series =
            k > 0 && chunks[k - 1].1 == Shape::Series && &t[chunks[k - 1].0.end..c.start] == " in ";
        let held = HELD_IN.is_match(crate::extract::tail(before, 80))
            && (named_series.is_some_and(|p| p < k) || about_race(x, i));
        // ("\"Most big events in the state are held in Langkawi,\" he
        // said": a quote speaks of other events.)
        let quoted = before
            .chars()
            .filter(|&q| matches!(q, '"' | '“' | '”'))
            .count()
            % 2
            == 1;
        if !(after_series || (held && !quoted)) {
            continue;
        }
        if *shape == Shape::Unknown && is_person_known(x, c.text(t)) {
            continue;
        }
        // "held in the South Australian capital", "held in International
        // Elite, SAARC and Bangladesh categories": a people's word or the
        // name of a category, not a town.
        static NO_TOWN_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
            re(r"(?i)^(?:\s+capital\b|[\w\s,]{0,40}?\b(?:categor(?:y|ies)|divisions?|classes)\b)")
        });
        let last = c.text(t).split_whitespace().last().unwrap_or("");
        if *shape == Shape::Unknown
            && (x.lx.country_by_demonym(last).is_some() || NO_TOWN_AFTER.is_match(&t[c.end..]))
        {
            continue;
        }
        // A place's name after "in" must not run on into a venue ("in Republic Square").
        let after = t[c.end..].trim_start();
        if after.starts_with(|ch: char| ch.is_uppercase()) {
            continue;
        }
        let series = if after_series {
            x.lookup(Kind::RaceSeries, &x.series_key_of(chunks[k - 1].0.text(t)))
        } else {
            x.series_in(i)
        };
        let Some(series) = series else { continue };
        let name = c.text(t).to_string();
        let city = x
            .city(&name, i)
            .unwrap_or_else(|| x.named(Kind::City, &name, i));
        x.fact(series, Property::City, Value::Entity(city), i);
        break;
    }
    // "… on Sunday, 16 November 2025, in Porto": a known city in a sentence
    // that holds or wins the race named in it.
    static HOSTS: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\b(?:held|hosted|run|staged|won|took\s+place|takes\s+place|returns?|returned)\b")
    });
    if named_series.is_some()
        && HOSTS.is_match(t)
        && !x
            .out
            .facts
            .iter()
            .any(|f| f.sentence == i && f.property == Property::City)
    {
        let cities: Vec<(Chunk, Shape)> = chunks
            .iter()
            .filter(|(c, s)| *s == Shape::City && t[..c.start].ends_with(" in "))
            .cloned()
            .collect();
        if let ([(c, _)], Some(series)) = (cities.as_slice(), x.series_in(i)) {
            if let Some(city) = x.city(c.text(t), i) {
                x.fact(series, Property::City, Value::Entity(city), i);
            }
        }
    }
    // "Aberdeen's marathon": the city of the race the article is about;
    // "Trondheim's Nidaros Marathon": the city of the race named next.
    for (k, (c, shape)) in chunks.iter().enumerate() {
        if *shape == Shape::City && c.possessive {
            if let Some((next, Shape::Series)) = chunks.get(k + 1) {
                let gap = &t[c.end..next.start];
                if gap.chars().count() <= 3 && !gap.contains(',') {
                    let key = x.series_key_of(next.text(t));
                    if let (Some(series), Some(city)) =
                        (x.lookup(Kind::RaceSeries, &key), x.city(c.text(t), i))
                    {
                        x.fact(series, Property::City, Value::Entity(city), i);
                        continue;
                    }
                }
            }
        }
        let after = t[c.end..].to_lowercase();
        if *shape == Shape::City
            && c.possessive
            && [
                "’s marathon",
                "'s marathon",
                "’s half",
                "'s half",
                "’s race",
                "'s race",
            ]
            .iter()
            .any(|w| after.starts_with(w))
        {
            if let (Some(series), Some(city)) = (x.focus, x.city(c.text(t), i)) {
                x.fact(series, Property::City, Value::Entity(city), i);
            }
        }
    }
    super::datelines::dateline_city(x, i);
}

/// The town a race is named after, when nothing else gives its city: the
/// first words of the name of the race the article is about ("Boise
/// Greenbelt Half Marathon"), if they name a town.
pub(super) fn city_in_name(x: &mut Extractor) {
    // The series the article is about, when nothing gives its city.
    let Some(series) = x.focus else { return };
    if !x
        .out
        .facts
        .iter()
        .any(|f| f.subject == series && f.property == Property::City)
    {
        let alone = !x.out.facts.iter().any(|f| f.property == Property::City);
        city_in_name_of(x, series, alone);
    }
}

/// Whether the article names `country` or its people ("Belgium",
/// "Belgian").
fn country_named(x: &Extractor, country: &str) -> bool {
    (0..x.sents.len()).any(|i| {
        let t = x.text(i);
        x.sents[i].chunks.iter().any(|(c, _)| {
            let text = c.text(t);
            let first = text.split_whitespace().next().unwrap_or("");
            x.lx.country(text).is_some_and(|k| k.name == country)
                || x.lx
                    .country_by_demonym(first)
                    .is_some_and(|k| k.name == country)
        })
    })
}

/// The town a race's name ends on after a connector, as French and
/// translated pages name races ("International 10 km of Kara", "20 km
/// de Lausanne"), when the gazetteer knows it.
pub(super) fn town_after_connector(x: &Extractor, series: usize) -> Option<(String, usize)> {
    x.out.entities[series].names.iter().find_map(|n| {
        let (_, tail) = [" of ", " de ", " du "]
            .iter()
            .filter_map(|c| n.text.rsplit_once(c))
            .min_by_key(|(_, tail)| tail.len())?;
        let tail = tail.trim();
        (tail.split_whitespace().count() <= 2
            && tail.starts_with(char::is_uppercase)
            && (x.lx.town(tail).is_some() || x.lx.city(tail).is_some()))
        .then(|| (tail.to_string(), n.sentence))
    })
}

fn city_in_name_of(x: &mut Extractor, series: usize, alone: bool) {
    if let Some((town, sentence)) = town_after_connector(x, series) {
        if stands_alone(x.body, &town, x.lx.city(&town).is_none()) {
            if let Some(city) = x.town(&town, sentence) {
                x.fact(series, Property::City, Value::Entity(city), sentence);
                return;
            }
        }
    }
    let mut names: Vec<(String, usize)> = x.out.entities[series]
        .names
        .iter()
        .map(|n| (n.text.clone(), n.sentence))
        .collect();
    names.sort_by_key(|(n, _)| n.len());
    for (name, sentence) in names {
        let words: Vec<&str> = name.split_whitespace().collect();
        for n in (1..=3.min(words.len().saturating_sub(1))).rev() {
            let head = words[..n].join(" ");
            if !words[..n].iter().all(|w| w.starts_with(char::is_uppercase)) {
                continue;
            }
            // A town of the world list must also stand alone in the text
            // ("in Boise,", "TRIESTE (ITA)"), not only inside names, or its
            // country be named ("Leuven Dijle Half Marathon" beside
            // "Belgian"), the latter too when another race's city is given.
            // ("Panama Bay Marathon": a country's name, not its capital's,
            // though one of the capital's names; "Singapore" is both.)
            let country_only =
                x.lx.country(&head)
                    .is_some_and(|c| c.name.eq_ignore_ascii_case(&head) && !c.capital_is(&head));
            if country_only {
                continue;
            }
            let town_country = x.lx.town(&head).map(|(_, k)| k.name.clone());
            // A small town of the list must stand alone, its country named
            // or not ("Greenbelt" beside "American" is the path).
            let small = x.lx.is_small_town(&head);
            let listed = x.lx.city(&head).is_none();
            let corroborated = town_country.is_some_and(|k| {
                (alone && stands_alone(x.body, &head, listed)) || (!small && country_named(x, &k))
            });
            if !(corroborated || x.lx.city(&head).is_some() && alone) {
                continue;
            }
            if let Some(city) = x.town(&head, sentence) {
                x.fact(series, Property::City, Value::Entity(city), sentence);
                return;
            }
        }
    }
}

/// `name` occurs in `body` as a name of its own: not followed by another
/// capitalised word or a figure ("Riverside 10K").
/// With `strict` (a town of the world lists), not after "the", nor
/// inside a longer name.
fn stands_alone(body: &str, name: &str, strict: bool) -> bool {
    let Ok(pattern) = crate::pattern::compile(&format!(
        r"(?i:\b{})\b(?:\s*[,.;:()\-–—]|\s+\p{{Ll}}|\s*$)",
        regex::escape(name)
    )) else {
        return false;
    };
    // "the Roman walls", "the Potomac" are no towns; nor beside a particle
    // of a longer name ("Ribera del Ebro", "Praça da Ribeira").
    const PARTICLES: [&str; 12] = [
        "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "van", "von",
    ];
    let alone = pattern.find_iter(body).any(|m| {
        let before = body[..m.start()].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let next = body
            .get(m.start() + name.len()..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("");
        // After a capitalised word, part of a longer name ("Paseo Santa
        // Lucía riverwalk"), unless a preposition opens the sentence.
        let in_name = word.starts_with(char::is_uppercase)
            && !["In", "At", "From", "To", "Near", "Of", "And", "Around"].contains(&word)
            && !body[..before.len() - word.len()]
                .trim_end()
                .ends_with(['.', '!', '?', ':'])
            && before.len() > word.len();
        // In an address ("…/ribeira-half-title").
        let slug = body[..m.start()].ends_with(['/', '-', '_', '.'])
            || body
                .get(m.start() + name.len()..)
                .is_some_and(|r| r.starts_with('-'));
        // A name in small letters is a word ("police and civilians" is
        // no town of Police).
        let capitalised = body[m.start()..].starts_with(char::is_uppercase);
        capitalised
            && (!strict
                || !word.eq_ignore_ascii_case("the")
                    && !PARTICLES.contains(&next)
                    && !PARTICLES.contains(&word)
                    && !in_name
                    && !slug)
    });
    alone
}

/// "The route passes (by) X and Y."
pub(super) fn passes(x: &mut Extractor, i: usize) {
    static PASS: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:pass(?:es|ed|ing)?|runs?\s+past|ran\s+past|goes\s+past|went\s+past|winds?\s+past|takes?\s+in|took\s+in|past|cross(?:es|ed|ing)?|runs?\s+along|running\s+along|(?:heads?|headed|heading|turns?|turned|comes?\s+back|coming\s+back|came\s+back|out|back)\s+along|(?:went|goes|go|ran|runs?|headed|heads?)\s+(?:up|down)|along|through|via|over\s+the|follows?|followed|following|climbs?\s+to|climbed\s+to|loops?\s+(?:round|around|along)|ran\s+(?:along|past)|skirts?|skirting)\b(?:\s+by)?",
        )
    });
    static ROUTE: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:route|course|marathon|race|runners|field)\b"));
    let t = x.text(i);
    let about = about_race(x, i);
    let ends: Vec<usize> = PASS
        .find_iter(t)
        .filter(|m| ROUTE.is_match(&t[..m.start()]) || about)
        // "followed by X": a runner behind another, not a route.
        .filter(|m| {
            let w = m.as_str().to_lowercase();
            !(w.starts_with("follow") && w.ends_with("by"))
        })
        .filter(|m| !person_subject(x, i, m.start()))
        // "cross-country medallist X": a word of a compound, no verb.
        .filter(|m| !t[m.end()..].starts_with('-'))
        // "brought two home wins, through X and Y": by whom, no route.
        .filter(|m| {
            static WINS: LazyLock<Pattern> = LazyLock::new(|| {
                re(r"(?i)\b(?:wins?|victor(?:y|ies)|success(?:es)?|titles?|double)\s*,?\s*$")
            });
            !(m.as_str().eq_ignore_ascii_case("through")
                && WINS.is_match(crate::extract::tail(&t[..m.start()], 30)))
        })
        // "along with the Joint Outreach Officer, X": company, no route.
        .filter(|m| {
            !(m.as_str().eq_ignore_ascii_case("along")
                && t[m.end()..].trim_start().starts_with("with "))
        })
        // "Both titles went to Kenya, through X (2:14:37) and Y": a name
        // with a finishing time in brackets is a runner's, no place.
        .filter(|m| {
            static TIMED: LazyLock<Pattern> = LazyLock::new(|| {
                re(r"^\s+\p{Lu}[^(),.;]{1,40}\(\s*\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*[,)]")
            });
            !TIMED.is_match(&t[m.end()..])
        })
        .map(|m| m.end())
        .collect();
    for end in ends {
        let places = place_list(x, i, end, 60);
        let Some(series) = x.series_in(i) else { return };
        for p in places {
            // (Not the races "held over the Full Marathon, Half Marathon".)
            let e = &x.out.entities[p];
            let race = e.names.first().is_some_and(|n| names::race_kind(&n.text));
            if e.kind != Kind::City && !race {
                x.fact(series, Property::Passes, Value::Entity(p), i);
            }
        }
    }
}
