//! Counts: participants (with group, hedge and plan), spectators, and the
//! countries participants came from.

#[allow(unused_imports)]
use super::*;

/// Reported numbers of participants, and of spectators.
pub(super) fn counts(x: &mut Extractor, i: usize) {
    static SPECTATORS: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)^\s+(?:[a-z\-]+\s+)?(?:spectators|onlookers|fans|supporters|people\s+watching)\b")
    });
    static CROWD: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\bcrowds?\s+(?:of\s+(?:[a-z]+\s+){0,2}|[^.;]{0,40}?\bat\s+(?:[a-z]+\s+){0,2})$")
    });
    // A label line: "Finishers: 1,846 (marathon)", "Foreign participants: around 450".
    static LABEL: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)(?:^|[·|]\s*)[*_\-•\s]*(?:(foreign|international|overseas|western)\s+)?(finishers|starters|participants|entrants|runners|spectators)\s*[*_]*\s*:",
        )
    });
    static ABROAD: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^\s+(?:[\w’']+\s+){0,6}?(?:come|coming|came|travel\w*|fly|flying|flew)?\s*from\s+(?:abroad|overseas|other\s+countries)\b",
        )
    });
    static FINISHED: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:who\s+)?(?:had\s+|have\s+)?(?:finished|completed|crossed\s+the\s+(?:finish\s+)?line|finish\s+(?:the|their|in)\b)\b",
        )
    });
    static EXCLUDE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:-|‑)?(?:km|kilomet|mile|metre|meter|m\b|countries|nations|years?|days?|hours?|minutes?|seconds?|weeks?|months?|%|per|times|dollars|euros|pounds|yuan|won\b|usd|eur|kg|st\b|nd\b|rd\b|th\b|am\b|pm\b|a\.m|p\.m|-day|-year|-km)",
        )
    });
    static VERB_ONLY: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i)^\s+(?:people\s+|of\s+them\s+)?(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?(?:{})\b",
            crate::lexicon::get().alternation(crate::lexicon::Section::ParticipationVerb)
        ))
    });
    static FROM: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)(?:\b(?:up|down|rising|falling|compared)\s+(?:from|with|to)|\bagainst|\bversus|\band)\s+(?:[a-z]+\s+){0,2}$",
        )
    });
    // "21 runners were taken to hospital": casualties, not the field.
    static HURT: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:[\w\-]+\s+){0,2}(?:(?:were|was|had\s+been|have\s+been)\s+(?:taken|treated|rushed|admitted|hospitali[sz]ed|injured|disqualified|stretchered|helped)|(?:needed|required|received|sought)\s+(?:medical|treatment|hospital))\b",
        )
    });
    let lx = x.lx;
    let t = x.text(i);
    static NOUNS: LazyLock<Vec<(String, Option<String>)>> =
        LazyLock::new(|| owned_pairs(crate::lexicon::Section::ParticipantNoun));
    static GROUPS: LazyLock<Vec<(String, Option<String>)>> =
        LazyLock::new(|| owned_pairs(crate::lexicon::Section::ParticipantGroup));
    let nouns: Vec<(&str, Option<&str>)> = NOUNS
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_deref()))
        .collect();
    let groups: Vec<(&str, Option<&str>)> = GROUPS
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_deref()))
        .collect();
    let participate_in_sentence = {
        let l = t.to_lowercase();
        lx.words(crate::lexicon::Section::ParticipationVerb)
            .iter()
            .any(|v| l.contains(v.as_str()))
            || l.contains("marathon")
            || l.contains("race")
    };
    // An article's title line states no figures of its own.
    if x.out.sentences[i].line == 0 && !t.ends_with('.') {
        return;
    }
    let mut previous_group: Option<Group> = None;
    // (Several labels in a line, "Starters: 2,205 · Finishers: 1,912":
    // each number the last one's before it.)
    let labels: Vec<(&str, usize, usize)> = LABEL
        .captures_iter(t)
        .map(|m| {
            let group = match (
                m.get(1).map(|g| g.as_str().to_lowercase()),
                m[2].to_lowercase().as_str(),
            ) {
                (_, "spectators") => "spectators",
                (_, "finishers") => "Finishers",
                (Some(a), _) if a == "western" => "WesternParticipants",
                (Some(_), _) => "ForeignParticipants",
                _ => "AllParticipants",
            };
            let all = m.get(0).map_or(0..0, |g| g.range());
            (group, all.start, all.end)
        })
        .collect();
    for n in measure::numbers(t) {
        if (1900..2100).contains(&n.value) && !t[n.start..n.end].contains(',') {
            continue;
        }
        if n.value < 2 {
            continue;
        }
        let after = &t[n.end..];
        // "5. Runners in the 5-kilometre category …": a caption's or a
        // list's number; "SIBU (Oct 4): Runners from Kenya": a day.
        static MONTH_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
            re(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$")
        });
        let marker = t[..n.start].trim().is_empty()
            && x.opens_line(i)
            && (after.starts_with(". ") || after.starts_with(") "))
            && after[2..].starts_with(char::is_uppercase);
        let day = n.value <= 31 && MONTH_BEFORE.is_match(crate::extract::tail(&t[..n.start], 12));
        if (n.value <= 30 && marker) || day {
            continue;
        }
        if EXCLUDE.is_match(after) || HURT.is_match(after) {
            continue;
        }
        let before = &t[..n.start];
        // "Finishers: 1,210 (men 904, women 306)": in brackets, a count of
        // one sex, no count of the race's field.
        static SEX_BEFORE: LazyLock<Pattern> =
            LazyLock::new(|| re(r"(?i)\b(?:men|women|male|female)\s*:?\s*$"));
        static SEX_AFTER: LazyLock<Pattern> =
            LazyLock::new(|| re(r"(?i)^\s*(?:men|women|males|females)\b"));
        let in_brackets = before
            .rfind('(')
            .is_some_and(|o| !before[o..].contains(')'));
        if in_brackets && (SEX_BEFORE.is_match(before) || SEX_AFTER.is_match(after)) {
            continue;
        }
        if of_an_age_or_a_contingent(before, lx)
            || cumulative(before, after)
            || MARGIN.is_match(crate::extract::tail(before, 90))
        {
            continue;
        }
        // "300 or so", "300 runners or so": approximate as "about 300".
        static OR_SO: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)^\s+(?:[a-z]+\s+)?or\s+so\b"));
        let approximate = is_approximate(before, lx) || OR_SO.is_match(after);
        // (Up to the next label of the line: "Finishers: 738 | DNF: 6 |
        // DNS: 41" counts 738 finishers, not 6 nor 41.)
        let labelled = labels
            .iter()
            .rev()
            .find(|(_, _, end)| n.start >= *end)
            .filter(|(_, _, end)| !t[*end..n.start].contains([':', '|']))
            .map(|(g, _, _)| *g);
        // Spectators.
        if SPECTATORS.is_match(after)
            || CROWD.is_match(crate::extract::tail(before, 80))
            || labelled == Some("spectators")
        {
            let Some(series) = x.series_in(i) else {
                continue;
            };
            if let Some(year) = x.year_at(i, n.start) {
                let ed = x.edition(series, year, i);
                x.fact(ed, Property::Spectators, Value::Integer(n.value), i);
            }
            continue;
        }
        // A participant noun, perhaps with a group adjective.
        let lower_after = after.to_lowercase();
        let mut group: Option<Group> = None;
        let mut matched = false;
        let words: Vec<&str> = lower_after.split_whitespace().take(4).collect();
        let mut k = 0;
        const MIX: [&str; 9] = [
            "local",
            "international",
            "foreign",
            "overseas",
            "domestic",
            "elite",
            "amateur",
            "professional",
            "national",
        ];
        if words.len() >= 4
            && words[1] == "and"
            && MIX.contains(&words[0])
            && MIX.contains(&words[2])
        {
            // "15,000 local and international runners": the whole field.
            k = 3;
        } else if let Some(w) = words.first() {
            if let Some((_, g)) = groups.iter().find(|(a, _)| a.eq_ignore_ascii_case(w)) {
                group = g.and_then(Group::from_term);
                k = 1;
            }
        }
        // ("Starters: 2,205 · Finishers: 1,912": the next label, not what
        // 2,205 counts.)
        let label_next = labels
            .iter()
            .any(|&(_, s, _)| s >= n.end && t[n.end..s].trim().is_empty());
        let rest = if label_next {
            String::new()
        } else {
            words[k.min(words.len())..].join(" ")
        };
        let rest = rest.trim_start_matches(|c: char| !c.is_alphabetic());
        for (noun, g) in &nouns {
            if rest.starts_with(noun)
                && rest[noun.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
            {
                let weak = ["travelers", "travellers", "tourists", "visitors"].contains(noun);
                if weak && !participate_in_sentence {
                    continue;
                }
                matched = true;
                if group.is_none() {
                    group = g.and_then(Group::from_term);
                }
                break;
            }
        }
        let verb_only = !matched && VERB_ONLY.is_match(after);
        let abroad = !matched && ABROAD.is_match(after);
        // "up from 450", "against about 1,900 a year earlier", "and 2,980 the 10 km".
        let inherited = !matched
            && !verb_only
            && !abroad
            && FROM.is_match(crate::extract::tail(before, 60))
            && previous_group.is_some();
        let by_label = !matched && labelled.is_some();
        if !(matched || verb_only || inherited || abroad || by_label) {
            continue;
        }
        if inherited {
            group = previous_group;
        }
        if abroad {
            group = Some(Group::ForeignParticipants);
        }
        if by_label {
            group = labelled.and_then(Group::from_term);
        }
        // "6,214 runners finished": a count of finishers; so is "(finished
        // by 131 runners)".
        static FINISHED_BY: LazyLock<Pattern> = LazyLock::new(|| {
            re(
                r"(?i)\b(?:finished|completed)\s+by\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$",
            )
        });
        let after_noun = after.trim_start().split_once(' ').map_or("", |(_, r)| r);
        if group.is_none()
            && (FINISHED.is_match(after)
                || (matched && FINISHED.is_match(after_noun))
                || FINISHED_BY.is_match(crate::extract::tail(before, 40)))
        {
            group = Some(Group::Finishers);
        }
        let group = group.unwrap_or(Group::AllParticipants);
        let Some(series) = x.series_in(i) else {
            continue;
        };
        let Some(year) = x.year_at(i, n.start) else {
            continue;
        };
        let (cs, ce) = crate::extract::clause_around(t, n.start);
        // "… are expected, including some 600 foreign runners": the part shares the plan.
        let part_of_previous = t[cs..n.start].trim_start().to_lowercase();
        let part = ["including", "of whom", "among them", "with"]
            .iter()
            .any(|w| part_of_previous.starts_with(w));
        let expected =
            is_expected(&t[cs..ce.max(n.end)], "", lx) || (part && is_expected(t, "", lx));
        let ed = x.edition(series, year, i);
        let claim = x.claim();
        x.fact(claim, Property::Edition, Value::Entity(ed), i);
        x.fact(claim, Property::Count, Value::Integer(n.value), i);
        x.fact(claim, Property::Group, Value::Group(group), i);
        x.fact(claim, Property::Approximate, Value::Boolean(approximate), i);
        x.fact(claim, Property::Expected, Value::Boolean(expected), i);
        previous_group = Some(group);
    }
}

/// A word list of `data/lexicon.txt` as owned `word=VALUE` pairs.
pub(super) fn owned_pairs(section: crate::lexicon::Section) -> Vec<(String, Option<String>)> {
    crate::lexicon::get()
        .pairs(section)
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
        .collect()
}

pub(super) fn is_approximate(before: &str, lx: &crate::lexicon::Lexicon) -> bool {
    let b = before.trim_end().to_lowercase();
    lx.words(crate::lexicon::Section::Approximate)
        .iter()
        .any(|w| {
            b.ends_with(w.as_str())
                && b[..b.len() - w.len()]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

pub(super) fn is_expected(clause: &str, from_number: &str, lx: &crate::lexicon::Lexicon) -> bool {
    let window: String = from_number
        .chars()
        .take(80)
        .collect::<String>()
        .to_lowercase();
    let clause = clause.to_lowercase();
    lx.words(crate::lexicon::Section::Expected).iter().any(|w| {
        let w = w.as_str();
        let hit = |s: &str| {
            s.match_indices(w).any(|(p, _)| {
                s[..p].chars().last().is_none_or(|c| !c.is_alphanumeric())
                    && s[p + w.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        };
        hit(&window) || hit(&clause)
    })
}

/// "runners from countries including X and Y", "Marathoners of X, Y and Z".
pub(super) fn participants_from(x: &mut Extractor, i: usize) {
    static FROM: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:runners|participants|marathoners|athletes|competitors|entrants|foreigners|travell?ers|tourists|amateurs|elites|visitors)\s+(?:(?:who\s+)?(?:came\s+|travell?ed\s+|hail(?:ed|ing)?\s+)?(?:from|of)\s+)(?:(?:\d+|some|many|several|other)\s+)?(?:(?:countries|nations)\s+(?:including|such\s+as|like|among\s+them)\s+)?",
        )
    });
    if !about_race(x, i) && x.focus.is_none() {
        return;
    }
    let t = x.text(i);
    let Some(m) = FROM.find(t) else { return };
    let mut countries = Vec::new();
    let mut last = m.end();
    for (c, shape) in x.sents[i].chunks.clone() {
        if c.start < m.end() {
            continue;
        }
        let gap = &t[last..c.start];
        if shape != Shape::Country
            || (!countries.is_empty() && !is_list_gap(gap))
            || (countries.is_empty() && !gap.trim().is_empty())
        {
            break;
        }
        if let Some(k) = x.country(c.text(t), i) {
            countries.push(k);
        }
        last = c.end;
    }
    if countries.is_empty() {
        return;
    }
    let Some(series) = x.series_in(i) else { return };
    let Some(year) = x.year_at(i, m.start()) else {
        return;
    };
    let ed = x.edition(series, year, i);
    for k in countries {
        x.fact(ed, Property::ParticipantsFrom, Value::Entity(k), i);
    }
}

/// A total over many editions ("Over its ten editions the race has
/// welcomed more than 60,000 participants", "… since its inception"), told
/// in the words before the number or in its clause after it.
/// "beating last year's total by almost 3,000 runners", "up by 400": a
/// difference between two fields, not a field.
static MARGIN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:beat(?:ing|s)?|up|down|increas\w*|ris(?:e|es|ing)|rose|gr[eo]w\w*|jump\w*|surpass\w*|exceed\w*|bigger|larger|more|fewer|outnumber\w*|swell\w*|topp\w*)\b[^.;]{0,60}?\bby\s+(?:(?:almost|nearly|some|about|around|over|more\s+than|just\s+over|roughly|close\s+to)\s+)?$",
    )
});

fn cumulative(before: &str, after: &str) -> bool {
    static TOTAL: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:over|across|in|during|throughout)\s+(?:its|their|the)\s+(?:[\w\-]+\s+){0,2}?(?:editions|years|history)\b|\bsince\s+(?:its|the)\s+(?:inception|first\s+edition|founding|launch|creation|beginnings?)\b|\bto\s+date\b|\bover\s+the\s+years\b|\b(?:all|previous|past)\s+(?:[\w\-]+\s+)?editions\b",
        )
    });
    let clause_after = after.split([',', ';']).next().unwrap_or(after);
    TOTAL.is_match(crate::extract::tail(before, 80)) || TOTAL.is_match(clause_after)
}

/// Whether a number after `before` is an age ("schoolchildren aged seven
/// to 12 took part") or a nation's contingent ("the largest foreign group
/// with 240 runners, followed by Mexico with 95"), not the field.
fn of_an_age_or_a_contingent(before: &str, lx: &crate::lexicon::Lexicon) -> bool {
    static AGED: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\b(?:aged|ages|age)\s+(?:(?:\d{1,2}|[a-z]+)\s*(?:to|-|–|and)\s*)?(?:between\s+)?$")
    });
    static CONTINGENT: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:group|contingent|delegation|team|squad)s?\s+(?:of|with)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$",
        )
    });
    static NATION_WITH: LazyLock<Pattern> =
        LazyLock::new(|| re(r"\b(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+with\s+$"));
    let near = crate::extract::tail(before, 40);
    AGED.is_match(crate::extract::tail(before, 30))
        || CONTINGENT.is_match(near)
        || NATION_WITH
            .captures(near)
            .is_some_and(|m| lx.country(&m[1]).is_some())
}

pub(crate) static COUNTS: R = R {
    name: "participant and spectator counts",
    family: Fam::Counts,
    doc: "\"some 4,000 runners took part\", \"4,210 people eventually started\", \"1,214 runners who finished\" and \"was completed by 212 runners\" (finishers), \"15,000 local and international runners\" (the whole field), \"around 300 from abroad\", \"Finishers: 1,846\", \"50,000 spectators\"; hedges make them approximate (\"about 300\", \"300 or so\"), plans expected; a total over many editions (\"Over its ten editions the race has welcomed more than 60,000 participants\", \"since its inception\") is none, nor is a day of a date (\"SIBU (Oct 4): Runners from Kenya\", \"March 9 (612 finishers)\") or a caption's number at the head of its line (\"5. Runners in the 5-kilometre category …\"). In a line of labels each number counts what the label right before it says (\"Starters: 2,205 · Finishers: 1,912\"), up to the next label (\"Finishers: 738 | DNF: 6 | DNS: 41\": 738 finishers). The field of a first edition run years ago (\"The first edition had 340 runners\") is of the year the article gives that edition (\"born in 2014\"). A count of one sex in brackets after the field's (\"Finishers: 1,210 (men 904, women 306)\") is none.",
    reads: &[],
    writes: &[
        Property::Edition,
        Property::Count,
        Property::Group,
        Property::Approximate,
        Property::Expected,
        Property::Spectators,
    ],
    examples: &[&[
        // Labels in one line: each number counts what its own label says.
        Ex {
            text: "Cove Half Marathon results\n\nMay 4, 2026\n\nStarters: 2,205 · Finishers: 1,912",
            published: Some("2026-05-04"),
            yields: &[
                "claim 1 count 2205",
                "claim 1 group AllParticipants",
                "claim 2 count 1912",
                "claim 2 group Finishers",
            ],
        },
        Ex {
            text: "Some 4,000 runners took part in the Lakeside Marathon this year.",
            published: Some("2025-04-07"),
            yields: &[
                "claim 1 count 4000",
                "claim 1 group AllParticipants",
                "claim 1 approximate true",
            ],
        },
        Ex {
            text: "The biggest Lakeside Marathon yet saw 9,400 runners finish the course this year.",
            published: Some("2025-06-09"),
            yields: &["claim 1 count 9400", "claim 1 group Finishers"],
        },
        Ex {
            text: "At the Catoctin 10 Miler, the record holder was 19th overall, out of 1,214 runners who finished.",
            published: Some("2025-06-09"),
            yields: &["claim 1 count 1214", "claim 1 group Finishers"],
        },
        // "was completed by 212 runners": finishers too.
        Ex {
            text: "The Cove Valley Marathon was run on Sunday. The marathon was completed by 212 runners.",
            published: Some("2026-03-01"),
            yields: &["claim 1 count 212", "claim 1 group Finishers"],
        },
        Ex {
            text: "The second Coal Marathon attracted over 15,000 local and international runners.",
            published: Some("2025-06-09"),
            yields: &["claim 1 count 15000", "claim 1 group AllParticipants"],
        },
        Ex {
            text: "At the Roman Half Marathon, 4,210 people eventually started.",
            published: Some("2025-06-09"),
            yields: &["claim 1 count 4210"],
        },
        Ex {
            // Soldiers and service members are the field of a base's race.
            text: "About 1,100 service members, civilians and family members took part in the Cove Garrison Half Marathon.",
            published: Some("2025-05-11"),
            yields: &["claim 1 count 1100", "claim 1 group AllParticipants"],
        },
        // The first edition of a race run since counts in the year the
        // article gives it ("born in 2014"), not in the article's.
        Ex {
            text: "Cove Bay Half Marathon\n\nMarch 30, 2026\n\nThe Cove Bay Half Marathon was born in 2014 almost by chance. Its founder, then a physio and a 1:25 half marathoner, wanted a spring race near home. The first edition had 340 runners; last March there were more than 4,000 finishers.",
            published: Some("2026-03-30"),
            yields: &["claim 1 edition Cove Bay Half Marathon 2014", "claim 1 count 340"],
        },
        // "or so" after the number: approximate.
        Ex {
            text: "Cove Harbour Five\n\nJuly 4, 2026\n\nThe race director said 1,200 runners or so finished the Cove Harbour Five.",
            published: Some("2026-07-04"),
            yields: &["claim 1 count 1200", "claim 1 approximate true"],
        },
    ]],
    counterexamples: &[&[
        // The runners who did not finish or start, after the finishers'
        // label: no finishers.
        Cx {
            text: "Cove 10K results\n\nMay 4, 2026\n\nFinishers: 738 | DNF: 6 | DNS: 41",
            published: Some("2026-05-04"),
            never: &["claim 2"],
        },
        // A difference between two fields is no field.
        Cx {
            text: "More than 21,000 participants lined up for the 9th edition of the Tana Lakeside Run on Sunday.\n\nThat is a record for the event, beating last year's total by almost 3,000 runners.",
            published: Some("2025-11-27"),
            never: &["claim 2 count"],
        },
        // A total over many editions is not this one's field.
        Cx {
            text: "The Cove Marathon drew 8,200 runners this Saturday. Over its ten editions the race has welcomed more than 60,000 participants, and 30,000 runners have finished it since its inception.",
            published: Some("2025-11-23"),
            never: &["claim 2 count", "claim 3 count"],
        },
        // A nation's contingent is not the field.
        Cx {
            text: "At the Cove Marathon, the United States sent the largest foreign group with 240 runners, followed by Mexico with 95 and Canada with 71.",
            published: Some("2025-11-17"),
            never: &["claim 1 count", "claim 2 count"],
        },
        Cx {
            text: "The Lakeside Marathon winner took home 4,000 dollars this year.",
            published: Some("2025-04-07"),
            never: &["claim 1 count"],
        },
        // An age range is not the field.
        Cx {
            text: "The Lakeside Marathon opened with a children's race, in which schoolchildren aged seven to 12 took part.",
            published: Some("2025-04-07"),
            never: &["claim 1 count"],
        },
        // Casualties are not the field.
        Cx {
            text: "The Lakeside Marathon organisers said 21 runners were taken to hospital this year.",
            published: Some("2025-04-07"),
            never: &["claim 1 count"],
        },
        // A count of one sex in brackets after the field's is no count of
        // the field.
        Cx {
            text: "Cove 10K results\n\nMay 4, 2026\n\nFinishers: 1,210 (men 904, women 306).\n\nFinishers: 980 (702 men, 278 women).",
            published: Some("2026-05-04"),
            never: &["claim 2 count 904", "claim 3 count 306", "claim 2 count 702", "claim 3 count 278", "claim 4 count"],
        },
        // A day of a date and a caption's number are not the field.
        Cx {
            text: "Lakeside Marathon\n\nLAKESIDE (Oct 4): Runners from Kenya ruled the Lakeside Marathon.\n\nLakeside Marathon, Lakeside, March 9 (612 finishers)\n\n5. Runners in the 5-kilometre category were the first to reach the finish.",
            published: Some("2025-10-05"),
            never: &["claim 1 count 4", "claim 1 count 9", "claim 1 count 5", "claim 2 count 9", "claim 2 count 5"],
        },
    ]],
    scope: S::Sentence(counts),
};

pub(crate) static PARTICIPANTS_FROM: R = R {
    name: "countries participants came from",
    family: Fam::Counts,
    doc: "\"runners from countries including X and Y\", \"Marathoners of X, Y and Z arrived\".",
    reads: &[],
    writes: &[Property::ParticipantsFrom],
    examples: &[&[Ex {
        text: "Runners from countries including Chile and Peru took part in the Lakeside Marathon this year.",
        published: Some("2025-04-07"),
        yields: &[
            "Lakeside Marathon 2025 participantsFrom Chile",
            "Lakeside Marathon 2025 participantsFrom Peru",
        ],
    }]],
    counterexamples: &[&[Cx {
        text: "The Lakeside Marathon winner thanked his coach from Chile this year.",
        published: Some("2025-04-07"),
        never: &[],
    }]],
    scope: S::Sentence(participants_from),
};
