//! Results told in prose: "Ethiopia's X took the women's title in 2:21:08,
//! ahead of Y of Kenya, who finished second in 2:21:40", "Z was third",
//! "W dropped out at 30 km", "Last year's winner, V, …".
//!
//! Each runner named in a sentence owns the text up to the next runner; that
//! text is cut into clauses, and each clause is read on its own: a win, a
//! place, not finishing, or nothing. A clause that hopes, expects or
//! predicts says nothing about a result.

use super::lists::Outcome;
use super::measure;
use super::names::Shape;
use super::phrasing::*;
use super::runners::*;
use super::{Extractor, Kind, Property};
use crate::contract::Sex;

/// What the article has said so far that later sentences lean on.
#[derive(Debug, Default)]
pub(crate) struct Context {
    /// The category of the last race spoken of ("the men's race").
    sex: Option<Sex>,
    /// The paragraph (line) the context was set in.
    line: usize,
}

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
    let mut together = super::together::respectively(x, i, &runners, sentence_series, ctx.sex);
    // "The winners of the long race were A (2:21:40), B (2:25:09) and C".
    together.extend(super::together::podium(
        x,
        i,
        &runners,
        sentence_series,
        ctx.sex,
    ));
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
                super::headings::series_distance(x, series).and_then(|d| d.parse().ok()),
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
            // "The fastest woman runner was X".
            let woman = m.as_str().contains("woman") || m.as_str().contains("female");
            let said = if woman {
                Some(Sex::Women)
            } else {
                sex_of_race(lead)
            };
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
            // "Yonas Berhe of Rockville was second": the runner's town or
            // club right after the name is not what they did.
            let body = if n == 0 {
                OF_PLACE.find(body).map_or(body, |m| &body[m.end()..])
            } else {
                body
            };
            let offset = cs + (clause.len() - body.len());
            if body.starts_with("’s") || body.starts_with("'s") {
                break;
            }
            // "…; third was Tyler Grimes": the place of the runner after.
            if ce == end && runners.get(k + 1).is_some() && PLACE_BEFORE.is_match(body) {
                break;
            }
            let place = PLACE.captures(body).and_then(|p| {
                let w = p[1].to_lowercase();
                // "first runner-up" is second, "second runner-up" third.
                if w.starts_with("second runner") {
                    Some(3)
                } else if w.starts_with("runner") || w.starts_with("first runner") {
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
            } else if HEDGE.is_match(body) || CAREER_WINS.is_match(body) {
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
                    // "Ivan Markovic (1:08:30) was second": a time in brackets
                    // right after the name, before the clause.
                    let bracketed = parts[..n]
                        .iter()
                        .find(|&&(bs, be)| {
                            t[c.end..bs].trim() == "(" && t[bs..be].trim().len() <= 14
                        })
                        .and_then(|&(bs, be)| {
                            times
                                .iter()
                                .find(|tm| c.end + tm.start >= bs && c.end + tm.start < be)
                        });
                    in_clause.or(after).or(bracketed).map(|tm| tm.duration())
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

/// "of Rockville ", "from the Valley Harriers (V40) ": where a runner is
/// from, right after the name.
static OF_PLACE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|of|de|la|del))*\s*(?:\([^)]{0,30}\)\s*)?")
        .expect("static pattern")
});

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
    doc: "Each runner named in a sentence owns the text up to the next one; its clauses are read as a win (`won`, `has won`, `produced a runaway win`, `clocked TIME to bag the title`, `came from behind to … win`), a place, did not finish or did not start. A paragraph that opens on a race (`In the half marathon, …`) gives its distance to the results told after it. Places given to two runners `respectively` go to them in order, two runners who `took the minor placings` or `completed the podium` are second and third, as do places of a list after `The winners … were` or `The top women were`. Hopes and predictions give nothing, nor do places in another race than the open one (`the wheelchair race`, `the domestic men's title`: words of `[subgroup]`). In a race of up to 10 miles a time may be written `31.07` after a word that introduces it (`in`, `clocked`, `ran a superb`).",
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
            text: "Alfred Towett stopped the clock at 2hr 31.47min to win the men's race of the Song Lake Marathon. Third place went to Vietnamese runner Lo Van Thang, who clocked in at 2:39.05. The women's half marathon went to Nguyen Que. At the Song Lake Marathon the fastest woman runner was Alma Gem, from Ethiopia, at 2:41:09.",
            published: Some("2025-10-13"),
            yields: &[
                "result of Alma Gem position 1",
                "result of Alfred Towett finishTime PT2H31M47S",
                "result of Lo Van Thang position 3",
                "result of Lo Van Thang finishTime PT2H39M5S",
                "result of Nguyen Que position 1",
            ],
        },
        Ex {
            text: "Eli Sirma won the men's race of the Drava Marathon in 2:09:57, a few seconds ahead of his compatriots Rob Kip Chumba (2:10:20) and Den Kip Korir (2:11:03). Ana Wolde won the women's national marathon title in 2:31:40. In the women's half marathon, Lena Hof was the fastest (1:19:44), followed by Maja Roz (1:20:10) and Reka Far (1:21:03). In the men's half marathon, Tilen Jer won in 1:07:58 and Ivo Mark (1:08:30) was second.",
            published: Some("2025-10-19"),
            yields: &[
                "result of Rob Kip Chumba position 2",
                "result of Den Kip Korir position 3",
                "result of Den Kip Korir finishTime PT2H11M3S",
                "result of Lena Hof position 1",
                "result of Lena Hof finishTime PT1H19M44S",
                "result of Reka Far position 3",
                "result of Ivo Mark finishTime PT1H8M30S",
            ],
        },
        Ex {
            text: "At the Chebucto Harbour Marathon, the winners of the long race were Pete Ngeno of Kenya (with a time of 2:21:40), Alf Too of Kenya (2:25:09) and Marc Thibo of Halifax (2:37:15). The top women were Kara Douce of Truro, N.S. (2:55:48), Hea MacLel (3:02:19) and Jo Pyke (3:04:57).",
            published: Some("2025-10-06"),
            yields: &[
                "result of Pete Ngeno position 1",
                "result of Alf Too position 2",
                "result of Marc Thibo position 3",
                "result of Marc Thibo finishTime PT2H37M15S",
                "result of Kara Douce race Chebucto Harbour Marathon 2025 42.195 Women",
                "result of Jo Pyke position 3",
            ],
        },
        Ex {
            text: "Mercy Atieno won the women's race of the Rift Half Marathon in 1:09:12. Joy Cheru was first runner-up in 1:09:40, while Lucy Wanza finished second runner-up.",
            published: Some("2025-06-02"),
            yields: &[
                "result of Joy Cheru position 2",
                "result of Joy Cheru finishTime PT1H9M40S",
                "result of Lucy Wanza position 3",
            ],
        },
        Ex {
            text: "Tomas Berg won the men's race of the Fjord Half Marathon in 1:04:10. Lars Vik (1:04:55) and Ole Strand took the minor placings.",
            published: Some("2025-05-12"),
            yields: &[
                "result of Lars Vik position 2",
                "result of Lars Vik finishTime PT1H4M55S",
                "result of Ole Strand position 3",
            ],
        },
        Ex {
            text: "Jo Tak won the men's race of the Strand Marathon in 2:08:40. Felix Kip (2:09:38) and Cairns' Ben Holl took the minor placings. Holl, who was fourth here two years ago, ran 2:10:05.",
            published: Some("2025-07-07"),
            yields: &[
                "result of Ben Holl position 3",
                "result of Ben Holl race Strand Marathon 2025 42.195 Men",
                "result of Ben Holl race Strand Marathon 2023 42.195 Men",
            ],
        },
        Ex {
            text: "Kenyans Den Rotich and Esi Jeptoo won the men's and women's titles respectively at the Coast Marathon on Sunday.",
            published: Some("2025-10-12"),
            yields: &[
                "result of Den Rotich race Coast Marathon 2025 42.195 Men",
                "result of Den Rotich position 1",
                "result of Esi Jeptoo race Coast Marathon 2025 42.195 Women",
                "result of Esi Jeptoo position 1",
            ],
        },
        Ex {
            text: "Ed Kip won the Spires 10K in 29:02. Yon Berhe, 24, of Silver Spring, was second in 29:31; third was Ty Grimes, 30, of Hagerstown (29:48). Lu Wanjiku, 27, of Boise, Idaho, won the women's race in 33:56.",
            published: Some("2025-05-11"),
            yields: &[
                "result of Lu Wanjiku position 1",
                "result of Yon Berhe position 2",
                "result of Yon Berhe finishTime PT29M31S",
                "result of Ty Grimes position 3",
            ],
        },
        Ex {
            text: "Ed Kip won the Spires 10K in 29:02. Yon Berhe of Rockville was second in 29:31. Lu Wanjiku of D.C. won the women's race in 33:56.",
            published: Some("2025-05-11"),
            yields: &[
                "result of Yon Berhe position 2",
                "result of Lu Wanjiku position 1",
                "result of Lu Wanjiku finishTime PT33M56S",
            ],
        },
        Ex {
            text: "Ryan Ash won the men's race of the Calder Brook 10K, coming home in 31.07 to take the title.",
            published: Some("2025-09-14"),
            yields: &["result of Ryan Ash finishTime PT31M7S"],
        },
    ],
    counterexamples: &[
        // Three runners "completed the podium": which two places is not said.
        Cx {
            text: "Tomas Berg won the men's race of the Fjord Half Marathon. Lars Vik, Ole Strand and Per Moe completed the podium.",
            published: Some("2025-05-12"),
            never: &["result of Lars Vik position", "result of Per Moe position"],
        },
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
            text: "At the Cordoba Half Marathon, Javi Cant (Trota Club) came in third and Salta-born Gonz Tola finished ninth.",
            published: Some("2025-03-21"),
            never: &["result of Trota Club position", "result of Salta-born Gonz Tola position"],
        },
        Cx {
            text: "At the Drava Marathon, Mat Kranjc took the national marathon title in 2:31:40.",
            published: Some("2025-10-19"),
            never: &["result of Mat Kranjc position"],
        },
        Cx {
            text: "At the Song Lake Marathon Alfred Towett met a strong challenge from his countryman Edwin Yego, who has won several titles here. HUE Kenyans took both titles.",
            published: Some("2025-10-13"),
            never: &["result of Edwin Yego position", "result of HUE Kenyans position"],
        },
        // A home town after an age is no runner.
        Cx {
            text: "Ed Kip won the Spires 10K in 29:02. Yon Berhe, 24, of Silver Spring, was second in 29:31; third was Ty Grimes, 30, of Hagerstown (29:48).",
            published: Some("2025-05-11"),
            never: &["result of Silver Spring position", "result of Yon Berhe position 3"],
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
