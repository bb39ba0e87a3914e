//! Results told in prose: "Ethiopia's X took the women's title in 2:21:08,
//! ahead of Y of Kenya, who finished second in 2:21:40", "Z was third",
//! "W dropped out at 30 km", "Last year's winner, V, …".
//!
//! Each runner named in a sentence owns the text up to the next runner; that
//! text is cut into clauses, and each clause is read on its own: a win, a
//! place, not finishing, or nothing. A clause that hopes, expects or
//! predicts says nothing about a result.

use super::lists::{Category, Outcome, Pending};
use super::measure;
use super::names::{self, Chunk, Shape};
use super::{Extractor, Kind, Property, Value};
use crate::contract::Sex;
use crate::lexicon::Section;
use regex::Regex;
use std::sync::LazyLock;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("static pattern")
}

/// What the article has said so far that later sentences lean on.
#[derive(Debug, Default)]
pub(crate) struct Context {
    /// The category of the last race spoken of ("the men's race").
    sex: Option<Sex>,
    /// The paragraph (line) the context was set in.
    line: usize,
}

static WIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s*(?:also|comfortably|easily|narrowly|convincingly|then|duly|again)\s+)?(?:\s*(?:has|have|had)\s+(?:now\s+|also\s+)?)?\s*(?:won|wins|took|claimed|clinched|captured|secured|retained|defended|triumphed|prevailed|(?:was|finished|came|crossed\s+the\s+line)\s+first|took\s+victory|(?:pulled|broke|moved|surged|kicked|went|raced)\s+(?:away|clear|on)\s+to\s+win)\b",
    )
});
/// A win told by a phrase that holds its own object: "produced a runaway
/// win", "clocked 2:20:37 to bag the title", "came from behind to upset
/// the favourites and win".
static WIN_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:has|have|had)\s+)?(?:(?:produced|recorded|registered|scored|earned|sealed|notched(?:\s+up)?|celebrated|took|claimed|secured|grabbed)\s+(?:a|an|the|her|his)\s+(?:[\w\-]+\s+){0,2}?(?:win|victory)\b|(?:clocked|clocking|stopped\s+the\s+clock\s+(?:at|in)|crossed\s+the\s+line\s+in)\s+[^;]{1,45}?\s+to\s+(?:win|bag|claim|take|seal|clinch|secure|grab|land)\s+(?:the|her|his)\s+(?:[\w’'\-]+\s+){0,2}?(?:title|win|victory|crown|race)\b|(?:came|coming)\s+from\s+behind\s+to\s+(?:[\w’'\-]+\s+){0,5}?win\b|(?:stormed|storming|powered|powering|cruised|cruising|romped|romping|raced|racing|sped|strode|striding|eased|easing|surged|surging|charged|sprinted|sprinting|glided|swept|sweeping|ran|running)\s+to\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:victory|win)\b|(?:reached|topped|topping|stood\s+on)\s+(?:the\s+)?top\s+(?:step\s+)?of\s+the\s+podium|(?:topped|topping)\s+the\s+podium|(?:to\s+)?emerged?\s+(?:as\s+)?(?:the\s+)?(?:winner|victorious)\b)",
    )
});
static WIN_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*\w+\s+(?:the\s+)?(?:(?:women's|men's|women’s|men’s|overall|elite)\s+)?(?:[\w\-]+\s+){0,3}?(?:race|title|crown|win|victory|honours|honors|marathon|half|10k|10\s?km|event|edition|in\b|here\b|by\b)|^\s*(?:won|wins)\s*(?:$|[,.;]|\s+(?:in|by|on|at|here|comfortably|easily))",
    )
});
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s*(?:a|one|two|three)\s+years?\s+(?:after|before)\s+)?(?:\s*(?:who\s+)?(?:was|were|is|finished|finishing|came|coming|placed|ended|crossed\s+the\s+line|took|taking|had\s+finished|ran\s+to|(?:completed|completing|rounded\s+out|rounding\s+out|rounded\s+off)\s+the\s+podium\s+(?:in|with)|held\s+on\s+(?:for|to)|settled\s+for|had\s+to\s+settle\s+for|claimed|secured|grabbed|earned)\s+)?(?:in\s+)?(?:a\s+|last\s+year[’']s\s+|the\s+(?:19|20)\d\d\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|runner-up|runner\s+up)\b(?:\s+place)?",
    )
});
/// A sentence that opens on a race ("In the half marathon, …").
static PARAGRAPH_RACE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:in|over|at)\s+the\s+[^,;.]{1,40}"));
/// A capitalised word after the runner's name: someone or something else named.
static OTHER_NAME: LazyLock<Regex> = LazyLock::new(|| re(r"\s\p{Lu}\p{Ll}+"));
/// A lexicon section as one alternation of its phrases, spaces flexible.
fn phrases(section: Section, case_insensitive: bool) -> Regex {
    let alt: Vec<String> = crate::lexicon::get()
        .words(section)
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    let flags = if case_insensitive { "(?i)" } else { "" };
    re(&format!(r"{flags}\b(?:{})\b", alt.join("|")))
}

static DNF: LazyLock<Regex> = LazyLock::new(|| phrases(Section::Dnf, false));
static DNS: LazyLock<Regex> = LazyLock::new(|| phrases(Section::Dns, false));
/// A clause of its own before a verb of dropping out ("took charge after
/// the pacemakers dropped out"): the verb has another subject.
static SUBORDINATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:after|when|once|before|while|until|because|since|whereas)\b"));
static HEDGE: LazyLock<Regex> = LazyLock::new(|| phrases(Section::Hedge, true));
static WON_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:was|were|been)\s+won\s+by|,\s+won\s+by|\bwent\s+to|\b(?:women[’']s|men[’']s)\s+(?:by|to))\s+(?:(?:a|an|the)\s+[^,.;]{1,25},\s+)?(?:(?:a|an|the)\s+)?(?:[\w’']+\s+){0,2}$",
    )
});
static OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:of|from|over|beat|beating|beats|off|against|behind|past|outsprinting|outkicking|edging|with)\s+(?:(?:compatriot|countryman|countrywoman|teammate|training\s+partner|rival|\p{Lu}[a-z]+man|\p{Lu}[a-z]+woman)\s+)?$",
    )
});
/// "Second was X", "third was X": a place before the runner.
static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(second|third|fourth|fifth|sixth)\s+(?:place\s+)?(?:was|went\s+to)\s+(?:(?:the\s+)?\p{Lu}[\w]+\s+)?$",
    )
});
static BARE_PLACE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:second|third|fourth|fifth|runner-up)\b"));
/// "…, ahead of X (in) TIME": the runner right behind the winner.
static AHEAD_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ahead\s+of|clear\s+of|in\s+front\s+of)\s+(?:(?:compatriot|countryman|countrywoman)\s+)?(?:\p{Lu}[\w\-]+(?:\s\p{Lu}[\w\-]+)?[’']s\s+)?$",
    )
});
static BEFORE_WINNER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(last\s+year[’']s|this\s+year[’']s|the\s+(?:19|20)\d\d|(?:19|20)\d\d)\s+(?:(women[’']s|men[’']s)\s+)?(?:(?:marathon|half[\s\-]marathon|10\s?km|10k|race)\s+)?(winner|champion|runner-up)\s*,?\s*(?:(?-i:\p{Lu}[\w\-]+(?:\s\p{Lu}[\w\-]+)?)[’']s\s+)?$",
    )
});

/// Reads the results a sentence tells.
pub(super) fn run(x: &mut Extractor, i: usize, ctx: &mut Context) {
    let t = x.text(i);
    // A short line naming a series heads what follows: a new race.
    if t.split_whitespace().count() <= 8
        && !t.ends_with('.')
        && x.sents[i].chunks.iter().any(|(_, s)| *s == Shape::Series)
    {
        ctx.sex = None;
    }
    // The series of the sentence, its paragraph, its section or the article.
    let Some(sentence_series) = x.series_in(i) else {
        return;
    };
    // A new paragraph starts without a race category in focus.
    let line = x.out.sentences[i].line;
    if line != ctx.line {
        ctx.line = line;
        ctx.sex = None;
    }
    let runners = runners(x, i);
    // "In the half marathon (21.097 km), Moroccan athletes also dominated.":
    // the distance of the results told after it in the paragraph.
    if let Some(m) = PARAGRAPH_RACE.find(t) {
        if let Some(d) = distance_of(&m.as_str().to_lowercase()) {
            x.paragraph_distance = Some((line, d));
        }
    }
    if runners.is_empty() {
        // "The women's race was a duel …": the race in focus for what follows.
        if let (Some(s), true) = (
            sex_of_race(t),
            !(t.to_lowercase().contains("women") && t.to_lowercase().contains(" men")),
        ) {
            ctx.sex = Some(s);
        }
    }
    // "A (2:46:51) and B (2:50:02) won the silver and bronze respectively".
    let together = super::together::respectively(x, i, &runners, sentence_series, ctx.sex);
    for (k, (c, start)) in runners.iter().enumerate() {
        let end = runners.get(k + 1).map_or(t.len(), |(n, _)| n.start);
        // Places given "respectively" belong to pairs, read above or not at all.
        if together.contains(&k)
            || super::together::other_race(&t[..end])
            || super::together::RESPECTIVELY_WORD.is_match(&t[c.end..end])
        {
            continue;
        }
        let series = x.sents[i]
            .chunks
            .iter()
            .find(|(sc, s)| *s == Shape::Series && sc.start >= c.end && sc.end <= end)
            .and_then(|(sc, _)| x.lookup(Kind::RaceSeries, &x.series_key_of(sc.text(t))))
            .unwrap_or(sentence_series);
        // Who the runner is first: "Last year's women's winner, X", "was won by X".
        // The words between the previous runner and this one (at most 160 bytes).
        let prev_end = if k == 0 { 0 } else { runners[k - 1].0.end };
        let lead = crate::extract::tail(&t[prev_end.min(c.start)..c.start], 160);
        let prev_end = c.start - lead.len();
        let name = t[*start..c.end].to_string();
        if let Some(s) = sex_of_race(lead) {
            ctx.sex = Some(s);
        }
        let mut runner_year = None;
        let mut times = measure::times(&t[c.end..end]);
        if times.is_empty()
            && measure::dotted_fits(
                super::lists::series_distance(x, series).and_then(|d| d.parse().ok()),
            )
        {
            // "came home in 31.07": a 10K's time written with a point.
            times = measure::dotted_minutes(&t[c.end..end], true);
        }
        if let Some(m) = BEFORE_WINNER.captures(lead) {
            let position = if m[3].to_lowercase() == "runner-up" {
                2
            } else {
                1
            };
            let said = m.get(2).map(|g| {
                if g.as_str().to_lowercase().starts_with('w') {
                    Sex::Women
                } else {
                    Sex::Men
                }
            });
            runner_year = x.year_at(i, prev_end + m.get(1).map_or(0, |g| g.start()));
            if let Some(year) = runner_year {
                add_result(
                    x,
                    i,
                    Told {
                        said_in: lead,
                        series,
                        year,
                        sex: said.or(ctx.sex),
                        explicit: said.is_some(),
                        name: &name,
                        outcome: Outcome::Position(position),
                        time: None,
                    },
                );
            }
        } else if let Some((m, position)) = next_place(x, i, lead, &name) {
            // "…won, edging out compatriot X", "…was second, followed by X".
            let segment = &t[c.end..end];
            let time = times
                .first()
                .filter(|tm| {
                    let gap = segment[..tm.start].trim_start_matches([' ', '(', ',']);
                    gap.is_empty() || gap.starts_with("in ") && gap.len() <= 3
                })
                .map(|t| t.duration());
            if let Some(year) = x.year_at(i, prev_end + m) {
                let said = sex_of_race(lead);
                add_result(
                    x,
                    i,
                    Told {
                        said_in: lead,
                        series,
                        year,
                        sex: said.or(ctx.sex).or_else(|| last_sex(x, i)),
                        explicit: said.is_some(),
                        name: &name,
                        outcome: Outcome::Position(position),
                        time,
                    },
                );
                continue;
            }
        } else if let (Some(m), true) = (AHEAD_OF.find(lead), won_before(x, &name)) {
            // Only when the sentence has a winner and gives this runner a time.
            let segment = &t[c.end..end];
            let time = times
                .first()
                .filter(|tm| {
                    segment[..tm.start]
                        .trim_start_matches([' ', '('])
                        .trim_start_matches("in ")
                        .trim()
                        .is_empty()
                })
                .map(|t| t.duration());
            if let (Some(time), Some(year)) = (time, x.year_at(i, prev_end + m.start())) {
                let said = sex_of_race(lead);
                add_result(
                    x,
                    i,
                    Told {
                        said_in: lead,
                        series,
                        year,
                        sex: said.or(ctx.sex),
                        explicit: said.is_some(),
                        name: &name,
                        outcome: Outcome::Position(2),
                        time: Some(time),
                    },
                );
                continue;
            }
        } else if let Some(m) = PLACE_BEFORE.captures(lead) {
            let n = measure::ordinal(&m[1]).unwrap_or(0);
            let said = sex_of_race(lead);
            let time = times
                .first()
                .filter(|tm| tm.start < 40)
                .map(|t| t.duration());
            let year = x.year_at(i, prev_end + m.get(0).map_or(0, |g| g.start()));
            if let (true, Some(year)) = (n > 0, year) {
                add_result(
                    x,
                    i,
                    Told {
                        said_in: &format!("{} {lead}", &t[..c.start]),
                        series,
                        year,
                        sex: said.or(ctx.sex),
                        explicit: said.is_some(),
                        name: &name,
                        outcome: Outcome::Position(n),
                        time,
                    },
                );
            }
            continue;
        } else if let Some(m) = WON_BY.find(lead) {
            let said = sex_of_race(lead);
            let time = times.first().map(|t| t.duration());
            if let Some(year) = x.year_at(i, prev_end + m.start()) {
                add_result(
                    x,
                    i,
                    Told {
                        said_in: lead,
                        series,
                        year,
                        sex: said.or(ctx.sex),
                        explicit: said.is_some(),
                        name: &name,
                        outcome: Outcome::Position(1),
                        time,
                    },
                );
            }
            continue;
        }
        let parts = clauses(t, c.end, end);
        let segment_dns = DNS.is_match(&t[c.end..end]);
        // The runner's own words ("in the women's race"), else the pronouns
        // of the paragraph when they are all of one kind ("her debut").
        let runner_sex = sex_of_race(&t[c.end..end])
            .or_else(|| sex_of_race(lead))
            .or_else(|| {
                // The race of a result told earlier in the same sentence.
                x.pending
                    .iter()
                    .rev()
                    .find(|p| p.sentence == i)
                    .and_then(|p| p.category.sex)
            })
            .or_else(|| pronoun_sex(x, i));
        // A runner named as an object ("clear of X", "ahead of X") is not the
        // subject of the verbs after it: only clauses set off by commas right
        // after the name speak of them.
        let object = OBJECT.is_match(crate::extract::tail(&t[..*start], 80));
        for (n, &(cs, ce)) in parts.iter().enumerate() {
            if object && !t[cs.saturating_sub(1)..].starts_with(',') {
                // "with Sandeep Yadav second": a bare place right after the name.
                if n == 0 && !BARE_PLACE.is_match(&t[cs..ce]) {
                    continue;
                }
                if n > 0 {
                    break;
                }
            }
            let clause = &t[cs..ce];
            let relative_clause = clause.trim_start_matches([',', ' ']).starts_with("who ");
            let body = clause
                .trim_start_matches([',', ' '])
                .trim_start_matches("who ")
                .trim_start_matches("which ");
            let offset = cs + (clause.len() - body.len());
            if body.starts_with("’s") || body.starts_with("'s") {
                break;
            }
            let place = PLACE.captures(body).and_then(|p| {
                let w = p[1].to_lowercase();
                if w.starts_with("runner") {
                    Some(2)
                } else {
                    measure::ordinal(&w)
                }
            });
            let outcome = if DNS.is_match(body) {
                Some(Outcome::DidNotStart)
            } else if DNF
                .find(body)
                .is_some_and(|m| !SUBORDINATE.is_match(&body[..m.start()]))
                && !segment_dns
            {
                Some(Outcome::DidNotFinish)
            } else if HEDGE.is_match(body) {
                None
            } else if let Some(n) = place {
                Some(Outcome::Position(n))
            } else if (WIN.is_match(body)
                && WIN_OBJECT.is_match(&body[WIN.find(body).map_or(0, |m| m.start())..]))
                || WIN_PHRASE.is_match(body)
            {
                Some(Outcome::Position(1))
            } else {
                None
            };
            let Some(outcome) = outcome else { continue };
            // The time: in the clause, or in a clause right after that is only "in TIME".
            let time = match outcome {
                Outcome::Position(_) => {
                    let next_start = parts.get(n + 1).map_or(end, |p| p.0);
                    let in_clause = times
                        .iter()
                        .find(|tm| c.end + tm.start >= cs && c.end + tm.start < ce);
                    // A later clause that is only "in TIME", past clauses that are only dates.
                    let _ = next_start;
                    let after = parts[n + 1..]
                        .iter()
                        .take(3)
                        .take_while(|&&(ns, ne)| {
                            // "… behind Ana Ruiz, who recorded 1:04:09": another
                            // runner's relative clause.
                            let who = t[ns..ne].trim_start_matches([',', ' ']).starts_with("who ")
                                && OTHER_NAME.is_match(&t[c.end..ns]);
                            !(who
                                || WIN.is_match(t[ns..ne].trim_start_matches([',', ' ']))
                                || WIN_PHRASE.is_match(t[ns..ne].trim_start_matches([',', ' ']))
                                || PLACE.is_match(t[ns..ne].trim_start_matches([',', ' '])))
                        })
                        .find_map(|&(ns, ne)| {
                            let b = t[ns..ne].trim_start_matches([',', ' ']);
                            (!DNF.is_match(b) && !HEDGE.is_match(b))
                                .then(|| {
                                    times
                                        .iter()
                                        .find(|tm| c.end + tm.start >= ns && c.end + tm.start < ne)
                                })
                                .flatten()
                        });
                    in_clause.or(after).map(|tm| tm.duration())
                }
                _ => None,
            };
            let said = sex_of_race(body).or(runner_sex);
            if said.is_some() {
                ctx.sex = said;
            }
            let own_year = has_year_words(body);
            let year = if own_year || !relative_clause {
                x.year_at(i, offset)
            } else {
                runner_year.or_else(|| x.year_at(i, offset))
            };
            if let Some(year) = year {
                add_result(
                    x,
                    i,
                    Told {
                        said_in: &format!("{} {body}", &t[..c.start]),
                        series,
                        year,
                        sex: said.or(ctx.sex),
                        explicit: said.is_some(),
                        name: &name,
                        outcome,
                        time,
                    },
                );
            }
        }
    }
}

/// Whether a clause dates itself ("last year", "in 2023").
fn has_year_words(t: &str) -> bool {
    static YEARS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:(?:19|20)\d\d|last\s+year|this\s+year|next\s+year|previous\s+year|year\s+before)\b",
        )
    });
    YEARS.is_match(t)
}

/// A result a sentence tells, before it becomes entities.
pub(super) struct Told<'a> {
    /// The words the runner's result is told in (for its distance).
    pub(super) said_in: &'a str,
    pub(super) series: usize,
    pub(super) year: i32,
    pub(super) sex: Option<Sex>,
    /// The sex is said in the runner's own words, not taken from context.
    pub(super) explicit: bool,
    pub(super) name: &'a str,
    pub(super) outcome: Outcome,
    pub(super) time: Option<String>,
}

/// Records a result for the end of the article, when races are made.
pub(super) fn add_result(x: &mut Extractor, i: usize, told: Told) {
    let Told {
        said_in,
        series,
        year,
        sex,
        explicit,
        name,
        outcome,
        time,
    } = told;
    // The distance the runner's own words give, else the series' own.
    let line = x.out.sentences[i].line;
    let distance = distance_of(&said_in.to_lowercase()).or_else(|| {
        x.paragraph_distance
            .as_ref()
            .filter(|(l, _)| *l == line)
            .map(|(_, d)| d.clone())
    });
    x.person(name, true, i);
    // Without a category of its own, a runner keeps the one of an earlier result.
    let key = names::normalise_key(&names::normalise_person(name));
    let same = |other: &str| {
        let o = names::normalise_key(&names::normalise_person(other));
        o == key || o.ends_with(&format!(" {key}")) || key.ends_with(&format!(" {o}"))
    };
    let known = x
        .pending
        .iter()
        .rev()
        .find(|p| same(&p.athlete) && p.category.sex.is_some());
    // Else the category of the last result told in the same paragraph.
    let paragraph = x
        .pending
        .iter()
        .rev()
        .find(|p| x.out.sentences[p.sentence].line == line && p.category.sex.is_some());
    let sex = match (explicit, known, paragraph) {
        (false, Some(p), _) => p.category.sex,
        (false, None, Some(p)) if sex.is_none() => p.category.sex,
        _ => sex,
    };
    x.pending.push(Pending {
        series,
        year,
        category: Category { distance, sex },
        athlete: name.to_string(),
        nationality: None,
        outcome,
        time,
        sentence: i,
    });
}

/// The distance a sentence names for its race, if it names one.
fn distance_of(t: &str) -> Option<String> {
    static HALF: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bhalf[\s\-]marathon\b|\b21(?:[.,](?:1|097|0975))?\s?km\b"));
    static TEN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:the\s+)?10\s?(?:km|k)\s+(?:race|title|event|run)\b|\bthe\s+(?:(?:men|women)[’']s\s+)?10\s?(?:km|k)\b",
        )
    });
    if HALF.is_match(t) {
        Some("21.0975".into())
    } else if TEN.is_match(t) {
        Some("10".into())
    } else {
        None
    }
}

/// "the women's race", "the men's title": the category a text speaks of.
pub(super) fn sex_of_race(t: &str) -> Option<Sex> {
    static WOMEN: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:women[’']s|women|female|ladies)\b"));
    static MEN: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:men[’']s|men|male)\b"));
    match (WOMEN.find(t), MEN.find(t)) {
        (Some(w), Some(m)) => Some(if w.start() < m.start() {
            Sex::Women
        } else {
            Sex::Men
        }),
        (Some(_), None) => Some(Sex::Women),
        (None, Some(_)) => Some(Sex::Men),
        _ => None,
    }
}

/// "she"/"her" or "he"/"his" in a paragraph, when only one kind occurs.
fn pronoun_sex(x: &Extractor, i: usize) -> Option<Sex> {
    static SHE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:she|her|hers|herself)\b"));
    // "He Xiaojing": a capitalised word after it makes it a name.
    static HE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b(?:$|[^\p{L}\s]|\s+[^\p{Lu}\s])")
    });
    let line = x.out.sentences[i].line;
    let text: String = (0..x.out.sentences.len())
        .filter(|&k| x.out.sentences[k].line == line)
        .map(|k| x.text(k))
        .collect::<Vec<_>>()
        .join(" ");
    match (SHE.is_match(&text), HE.is_match(&text)) {
        (true, false) => Some(Sex::Women),
        (false, true) => Some(Sex::Men),
        _ => None,
    }
}

/// Clauses of `t[start..end]`: split at commas and semicolons outside
/// numbers, and at " and " before a new verb phrase.
fn clauses(t: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    // "2 hours 05 minutes and 09 seconds": one time, not two clauses.
    static UNIT_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\d\s*(?:minutes?|mins?|hours?|hrs?),?$"));
    static UNIT_AFTER: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^\d{1,2}\s*(?:seconds?|secs?|minutes?|mins?)\b"));
    let mut out = Vec::new();
    let mut s = start;
    let seg = &t[start..end];
    // "two hours, six minutes and 11 seconds" is one time.
    let spans = measure::times(seg);
    let mut skip_to = start;
    for (k, c) in seg.char_indices() {
        let i = start + k;
        if i < skip_to {
            continue;
        }
        let digit_before = t[..i]
            .chars()
            .next_back()
            .is_some_and(|d| d.is_ascii_digit());
        let digit_after = t[i + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|d| d.is_ascii_digit());
        let in_time = spans
            .iter()
            .any(|tm| start + tm.start < i && i < start + tm.end);
        if matches!(c, ',' | ';' | '(' | ')') && !(digit_before && digit_after) && !in_time {
            if i > s {
                out.push((s, i));
            }
            s = i + c.len_utf8();
        } else if t[i..end].starts_with(" and ")
            && i > s
            && !in_time
            && !(UNIT_BEFORE.is_match(&t[s..i]) && UNIT_AFTER.is_match(&t[i + 5..end]))
        {
            out.push((s, i));
            s = i + 5;
            skip_to = s;
        }
    }
    if end > s {
        out.push((s, end));
    }
    out
}

/// The runners a sentence names, in order: each chunk that can be a
/// person, with where the name proper starts (after a demonym or a
/// possessive country, which it records as nationality).
fn runners(x: &mut Extractor, i: usize) -> Vec<(Chunk, usize)> {
    let t = x.text(i);
    let chunks = x.sents[i].chunks.clone();
    let mut out = Vec::new();
    for (c, shape) in chunks {
        if shape != Shape::Unknown {
            continue;
        }
        // "Freya Ashby of Leeds City": the club after "of" is not part of the name.
        let c = match c.words.iter().position(|&(a, b)| &t[a..b] == "of") {
            Some(k) if (2..=3).contains(&k) => Chunk {
                start: c.start,
                end: c.words[k - 1].1,
                words: c.words[..k].into(),
                possessive: false,
            },
            _ => c,
        };
        let words: Vec<&str> = c.words.iter().map(|&(a, b)| &t[a..b]).collect();
        // A leading demonym ("Moroccan Youssef El Amrani").
        let mut first = 0;
        if words.len() >= 4 && demonym_country(x, &format!("{} {}", words[0], words[1])).is_some() {
            first = 2;
        } else if words.len() >= 3 && demonym_country(x, words[0]).is_some() {
            first = 1;
        }
        // A capitalised description before the name ("Favourite Jane Chebet").
        while words.len() - first >= 3
            && x.lx
                .has(crate::lexicon::Section::PersonPrefix, words[first])
        {
            first += 1;
        }
        let start = c.words[first].0;
        let n = words.len() - first;
        let mut single_known = x
            .person_by_surname(&names::normalise_key(&t[start..c.end]))
            .is_some();
        if !single_known && n == 1 && STRONG.is_match(&t[c.end..]) {
            if let Some(full) = full_name_before(x, i, &t[start..c.end]) {
                x.person(&full, true, i);
                single_known = true;
            }
        }
        let known_full = n >= 2
            && x.lookup(
                Kind::Person,
                &names::normalise_key(&names::normalise_person(&t[start..c.end])),
            )
            .is_some();
        let looks = (2..=5).contains(&n)
            && words[first..]
                .iter()
                .all(|w| w.chars().count() > 1 || w.chars().all(char::is_uppercase));
        if !(single_known || known_full || looks) {
            continue;
        }
        // Only a name followed by what a runner does is a runner here.
        let after = &t[c.end..];
        if !(looks_like_result(after)
            || EDGED.is_match(crate::extract::tail(&t[..c.start], 80))
            || FOLLOWED.is_match(crate::extract::tail(&t[..c.start], 80))
            || BEFORE_WINNER.is_match(crate::extract::tail(&t[..c.start], 120))
            || WON_BY.is_match(crate::extract::tail(&t[..c.start], 120))
            || single_known
            || known_full)
        {
            continue;
        }
        if first > 0 {
            if let Some(country) = demonym_country(x, &words[..first].join(" ")) {
                let p = x.person(&t[start..c.end], true, i);
                let k = x.country_of(&country, i);
                x.fact(p, Property::Nationality, Value::Entity(k), i);
            }
        }
        // Named as a runner: later surnames refer to them.
        x.person(&t[start..c.end], true, i);
        out.push((c, start));
    }
    out
}

/// The country of a demonym, also as a noun ("Kenyan", "Frenchman").
pub(super) fn demonym_country(x: &Extractor, word: &str) -> Option<crate::lexicon::Country> {
    let stem = word
        .strip_suffix("woman")
        .or_else(|| word.strip_suffix("man"))
        .unwrap_or(word);
    x.lx.country_by_demonym(word)
        .or_else(|| x.lx.country_by_demonym(stem))
        .cloned()
}

static EDGED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:edging\s+out|edged\s+out|edging|beating|beat|holding\s+off|held\s+off|out-?sprinting|outkicking)\s+(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|training\s+partner|teammate)\s+)?$",
    )
});
static FOLLOWED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:followed\s+by|trailed\s+by|with)\s+(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|teammate)\s+)?$",
    )
});

/// "edging out X" after a win in the same sentence makes X second;
/// "followed by X" after a place in the same sentence makes X the next.
/// Returns where the cue starts in `lead` and the position.
fn next_place(x: &Extractor, i: usize, lead: &str, name: &str) -> Option<(usize, i64)> {
    let last = x
        .pending
        .last()
        .filter(|p| p.sentence == i && p.athlete != name)?;
    let Outcome::Position(p) = last.outcome else {
        return None;
    };
    if let Some(m) = EDGED.find(lead) {
        return (p == 1).then_some((m.start(), 2));
    }
    // "with X" only names the next place when a place was just given ("was second, with X third" is read elsewhere).
    let m = FOLLOWED.find(lead)?;
    (m.as_str().to_lowercase().starts_with("followed")
        || m.as_str().to_lowercase().starts_with("trailed"))
    .then_some((m.start(), p + 1))
}

/// The sex of the race of the last result read in this sentence.
fn last_sex(x: &Extractor, i: usize) -> Option<Sex> {
    x.pending
        .last()
        .filter(|p| p.sentence == i)
        .and_then(|p| p.category.sex)
}

/// Whether the last result read before this runner is a win (so "ahead of
/// X" makes X second), and X is someone else.
fn won_before(x: &Extractor, name: &str) -> bool {
    x.pending
        .last()
        .is_some_and(|p| p.outcome == Outcome::Position(1) && p.athlete != name)
}

/// A lone surname straight followed by a result ("Wolde finished second").
static STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:won|finished\s+(?:second|third|fourth|fifth|\d)|was\s+(?:second|third|fourth|fifth|runner-up)|took\s+(?:second|third)|dropped\s+out)\b",
    )
});

/// The full name, written earlier in the article, whose last word is `surname`.
fn full_name_before(x: &Extractor, i: usize, surname: &str) -> Option<String> {
    (0..=i).rev().find_map(|k| {
        let t = x.text(k);
        x.sents[k].chunks.iter().rev().find_map(|(c, s)| {
            if *s != Shape::Unknown || c.words.len() < 2 || c.last(t) != surname {
                return None;
            }
            let words: Vec<&str> = c.words.iter().map(|&(a, b)| &t[a..b]).collect();
            let first = usize::from(demonym_country(x, words[0]).is_some());
            (words.len() - first >= 2).then(|| words[first..].join(" "))
        })
    })
}

/// Whether the text after a name reads like a result.
fn looks_like_result(after: &str) -> bool {
    static RESULTISH: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^[^.;]{0,120}?\b(?:won|wins|took|claimed|clinched|captured|secured|retained|triumphed|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)\s+in|runner-up|dropped\s+out|pulled\s+out|failed\s+to\s+finish|did\s+not\s+(?:finish|start)|DNF|finish(?:ed|ing)\s+(?:in\s+)?(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner|last)|to\s+win|(?:a|an|her|his)\s+(?:[\w\-]+\s+){0,2}?(?:win|victory)|to\s+(?:bag|claim|seal|clinch|secure|grab)\s+(?:the|her|his)|to\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?victory|top\s+of\s+the\s+podium|topped\s+the\s+podium|emerged?\s+(?:as\s+)?(?:the\s+)?winner|completed\s+the\s+podium|rounded\s+out\s+the\s+podium)\b",
        )
    });
    RESULTISH.is_match(after)
}

use super::registry::{Counterexample as Cx, Example as Ex, Family as Fam, Rule as R, Scope as S};

/// Results in prose as a sentence rule, keeping its context between sentences.
fn prose_rule(x: &mut Extractor, i: usize) {
    let mut ctx = std::mem::take(&mut x.prose);
    run(x, i, &mut ctx);
    x.prose = ctx;
}

pub(crate) static PROSE_RESULTS: R = R {
    name: "results in prose",
    family: Fam::Results,
    doc: "Each runner named in a sentence owns the text up to the next one; its clauses are read as a win (`won`, `has won`, `produced a runaway win`, `clocked TIME to bag the title`, `came from behind to … win`), a place, did not finish or did not start. A paragraph that opens on a race (`In the half marathon, …`) gives its distance to the results told after it. Places given to two runners `respectively` go to them in order. Hopes and predictions give nothing, nor do places in another race than the open one (`the wheelchair race`, `the domestic men's title`: words of `[subgroup]`). In a race of up to 10 miles a time may be written `31.07` after a word that introduces it (`in`, `clocked`, `ran a superb`).",
    reads: &[],
    writes: &[
        Property::Race,
        Property::Position,
        Property::FinishTime,
        Property::Status,
        Property::Nationality,
    ],
    examples: &[
        Ex {
            text: "Ethiopia's Almaz Tefera won the women's race of the Lakeside Marathon in 2:21:08, ahead of Ruth Chebet of Kenya, who finished second in 2:21:40.",
            published: Some("2025-04-07"),
            yields: &[
                "result of Almaz Tefera position 1",
                "result of Almaz Tefera finishTime PT2H21M8S",
                "result of Ruth Chebet position 2",
            ],
        },
        Ex {
            text: "Peter Kiprono won the Lakeside Marathon on Sunday, edging out compatriot Daniel Rotich in a sprint.",
            published: Some("2025-04-07"),
            yields: &[
                "result of Peter Kiprono position 1",
                "result of Daniel Rotich position 2",
            ],
        },
        Ex {
            text: "Mary Akinyi was second in the women's race of the Lakeside Marathon in 2:24:10, followed by her compatriot Ruth Wambui.",
            published: Some("2025-04-07"),
            yields: &["result of Ruth Wambui position 3"],
        },
        Ex {
            text: "Kenya's Ivo Rotich has won the Lakeside Marathon after clocking 2 hours 05 minutes and 09 seconds on Sunday. In the women's race, Ada Tanui clocked 2 hours 20 minutes and 37 seconds to bag the title. Eda Koros produced a runaway win in the 10K.",
            published: Some("2025-04-07"),
            yields: &[
                "result of Ivo Rotich position 1",
                "result of Ivo Rotich finishTime PT2H5M9S",
                "result of Ada Tanui position 1",
                "result of Ada Tanui finishTime PT2H20M37S",
                "result of Eda Koros position 1",
            ],
        },
        Ex {
            text: "In the women's race of the Lakeside Marathon, Ana Obi (2:46:51) and Eva Lin (2:50:02) won the silver and bronze respectively. Tom Reyes clocked two hours, six minutes and 11 seconds to win the men's race.",
            published: Some("2025-04-07"),
            yields: &[
                "result of Ana Obi position 2",
                "result of Ana Obi finishTime PT2H46M51S",
                "result of Eva Lin position 3",
                "result of Eva Lin finishTime PT2H50M2S",
                "result of Tom Reyes finishTime PT2H6M11S",
            ],
        },
        Ex {
            text: "At the Souss Marathon, Omar Lahcen won in 2h11min07s. In the half marathon, home athletes also dominated. Yassin Amzi won the men's race in 1h02min41s.",
            published: Some("2025-11-24"),
            yields: &[
                "result of Omar Lahcen finishTime PT2H11M7S",
                "result of Yassin Amzi race Souss Marathon 2025 21.0975 Men",
                "result of Yassin Amzi finishTime PT1H2M41S",
            ],
        },
        Ex {
            text: "Ryan Ash won the men's race of the Calder Brook 10K, coming home in 31.07 to take the title.",
            published: Some("2025-09-14"),
            yields: &["result of Ryan Ash finishTime PT31M7S"],
        },
    ],
    counterexamples: &[
        Cx {
            text: "Ryan Ash won the men's race of the Calder Brook Marathon, coming home in 31.07 at the halfway mark.",
            published: Some("2025-09-14"),
            never: &["result of Ryan Ash finishTime"],
        },
        Cx {
            text: "In the wheelchair race of the Lakeside Marathon, Jon Spek and Nadia Baum took the honours. Wang Hao claimed the domestic men's title in 2:14:20.",
            published: Some("2025-04-07"),
            never: &["result of Nadia Baum position", "result of Wang Hao position"],
        },
        Cx {
            text: "Almaz Tefera was tipped to win the women's race of the Lakeside Marathon.",
            published: Some("2025-04-07"),
            never: &["result of Almaz Tefera position"],
        },
        // Dropping out in a clause of its own has another subject.
        Cx {
            text: "At the Lakeside Marathon, Peter Kiprono took charge after the pacemakers dropped out at 15km.",
            published: Some("2025-04-07"),
            never: &["result of Peter Kiprono status"],
        },
    ],
    scope: S::Sentence(prose_rule),
};
