//! The clauses after a runner's name in a sentence of prose ("X, who won
//! here in 2023, was second in 2:13:40, ahead of Y"): what each tells of
//! the runner (a place, a win, a race not finished or not started), with
//! its time, race and year. Read for each runner by [`super::prose::run`]
//! once the words before the name have been read.

use super::lists::Outcome;
use super::names::Chunk;
use super::phrasing::*;
use super::prose::Context;
use super::runners::{add_result, Told};
use super::{measure, Extractor};
use crate::extract::names::Shape;

/// A runner of a sentence, with what the words before the name told.
pub(super) struct Named<'s> {
    /// The sentence.
    pub t: &'s str,
    /// The runners the sentence names, each with where its name starts.
    pub runners: &'s [(Chunk, usize)],
    /// Which of them.
    pub k: usize,
    /// Where the runner's words end (the next runner's name).
    pub end: usize,
    pub series: usize,
    /// The words before the name, from the last turn to another race.
    pub lead: &'s str,
    pub name: &'s str,
    /// The times after the name, up to a turn to another runner.
    pub times: &'s [measure::Time],
    /// The year a title before the name gave ("last year's runner-up X").
    pub runner_year: Option<i32>,
}

/// Reads the clauses after the runner's name into results.
pub(super) fn read(x: &mut Extractor, i: usize, ctx: &mut Context, r: &Named<'_>) {
    let Named {
        t,
        runners,
        k,
        end,
        series,
        lead,
        name,
        times,
        runner_year,
    } = *r;
    let (c, start) = &runners[k];
    // "Paul Hughes (Callan Valley AC) third in 31:05": the club or country
    // in brackets right after the name is no clause of what the runner
    // did (a bracket with a figure, a time or an age, is read as one).
    let after_name = &t[c.end..end];
    let from = after_name
        .strip_prefix(' ')
        .unwrap_or(after_name)
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|close| (r, close)))
        .filter(|(r, close)| {
            *close <= 60
                && !r[..*close].contains(|ch: char| ch.is_ascii_digit())
                && !BARE_ORDINAL.is_match(&r[..*close])
        })
        .map_or(c.end, |(r, close)| end - r.len() + close + 1);
    let parts = clauses(t, from, end);
    if parts.is_empty() {
        return;
    }
    let segment_dns = DNS.is_match(&t[c.end..end]);
    // The runner's own words ("in the women's race"), else the pronouns
    // of the paragraph when they are all of one kind ("her debut").
    // The race of a result told earlier in the same sentence, and
    // whether that result was a win (a second win is of another race).
    let earlier = x
        .pending
        .iter()
        .rev()
        .find(|p| p.sentence == i)
        .and_then(|p| Some((p.category.sex?, p.outcome == Outcome::Position(1))));
    let own_sex = sex_of_race(before_turn(&t[c.end..end])).or_else(|| sex_of_race(lead));
    let runner_sex = own_sex
        .or_else(|| earlier.map(|(s, _)| s))
        .or_else(|| {
            let next_own = runners.get(k + 1).is_some_and(|(n, _)| {
                let next_end = runners.get(k + 2).map_or(t.len(), |(m, _)| m.start);
                sex_is_next_runners(
                    before_turn(&t[c.end..end]),
                    before_turn(&t[n.end..next_end]),
                )
            });
            one_sex_around(if next_own { &t[..end] } else { t }, c.start)
        })
        // (Not where the sentence turns after the runner to a race of
        // one sex: "X was first across the line in T, while Y took the
        // women's race, a run that made her ninth overall": the pronoun
        // is Y's.)
        .or_else(|| {
            let turned = after_turn(t);
            let other = turned.len() < t.len()
                && c.end <= t.len() - turned.len()
                && sex_of_race(turned).is_some();
            pronoun_sex(x, i).filter(|_| !other)
        });
    // A runner named as an object ("clear of X", "ahead of X") is not the
    // subject of the verbs after it: only clauses set off by commas right
    // after the name speak of them.
    // ("with B taking the women's section in T": B does what follows.)
    let object = OBJECT.is_match(crate::extract::tail(&t[..*start], 80))
        && !(WITH_BEFORE.is_match(crate::extract::tail(&t[..*start], 10))
            && WITH_DOING.is_match(&t[c.end..end]));
    // The end of an aside on the runner's past ("X, who won the K
    // Marathon in 2022, was first home"), if the sentence opens on one.
    let mut past_aside: Option<usize> = None;
    for (n, &(cs, ce)) in parts.iter().enumerate() {
        // "…, while Marchetti, who ran fourth, won the women's title": a
        // clause that turns to another subject ends what the runner did.
        if NEW_SUBJECT.is_match(&t[cs..ce]) {
            break;
        }
        if object && !t[..cs].ends_with(',') {
            // "with Sandeep Yadav second": a bare place right after the
            // name (or after the runner's town or club: "with Ethan Park
            // of Signal Mountain third").
            let first = t[cs..ce].trim_start();
            let first = OF_PLACE.find(first).map_or(first, |m| &first[m.end()..]);
            if n == 0 && !BARE_PLACE.is_match(first) {
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
        // ("X, 17, of Annapolis, MD finished first": after an age too.)
        let after_age = n > 0
            && parts[..n].iter().all(|&(ps, pe)| {
                let p = t[ps..pe].trim_start_matches([',', ' ']).trim();
                p.is_empty() || (p.len() <= 3 && p.chars().all(|ch| ch.is_ascii_digit()))
            });
        let body = if n == 0 || after_age {
            OF_PLACE.find(body).map_or(body, |m| &body[m.end()..])
        } else {
            body
        };
        // "X of Hanover, New Hampshire led the women home": the state after
        // the runner's home town, right before the verb.
        let home_town_before = n == 1 && {
            let p = t[parts[0].0..parts[0].1].trim_start_matches([',', ' ']);
            OF_PLACE
                .find(p)
                .is_some_and(|m| p[m.end()..].trim().is_empty())
        };
        let body = if home_town_before {
            (1..=4)
                .rev()
                .find_map(|k| {
                    let mut words = body.splitn(k + 1, ' ');
                    let head: Vec<&str> = words.by_ref().take(k).collect();
                    let rest = words.next()?;
                    x.lx.has(crate::lexicon::Section::State, &head.join(" "))
                        .then_some(rest)
                })
                .unwrap_or(body)
        } else {
            body
        };
        // "X on Wednesday won …": the day told between the runner and the
        // verb is not what they did.
        let body = WHEN_BEFORE_VERB
            .find(body)
            .map_or(body, |m| &body[m.end()..]);
        let offset = cs + (clause.len() - body.len());
        if body.starts_with("’s") || body.starts_with("'s") {
            break;
        }
        // "…; third was Tyler Grimes": the place of the runner after.
        if ce == end && runners.get(k + 1).is_some() && PLACE_BEFORE.is_match(body) {
            break;
        }
        let place = PLACE.captures(body).and_then(|p| {
            let after = p.get(0).map_or(0, |m| m.end());
            if NOT_A_PLACE.is_match(&body[after..]) {
                return None;
            }
            // "taking the 12th Cove Half Marathon": an edition's ordinal
            // before the race's name.
            let named = offset + after + body[after..].len() - body[after..].trim_start().len();
            if x.sents[i]
                .chunks
                .iter()
                .any(|(sc, s)| *s == Shape::Series && sc.start == named)
            {
                return None;
            }
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
        // "A (first), B (second)", "A - first, B - second": an ordinal
        // alone right after the name, in brackets or after a dash.
        let place = place.or_else(|| {
            let right_after = parts[..n]
                .iter()
                .all(|&(ps, pe)| t[ps..pe].trim().is_empty());
            let bracketed = t[..cs].ends_with('(') && t[ce..].starts_with(')');
            let dashed = clause.trim_start().starts_with(['-', '–']);
            (right_after && (bracketed || dashed))
                .then(|| BARE_ORDINAL.captures(clause))
                .flatten()
                .and_then(|m| measure::ordinal(&m[1].to_lowercase()))
        });
        // "won R90 000 for coming second in T": the place the prize was for.
        let place = place.or_else(|| {
            PRIZE_FOR_PLACE
                .captures(body)
                .and_then(|m| measure::ordinal(&m[1].to_lowercase()))
        });
        // "X from Bengkulu as second winner (30.57 minutes)", "Y in the
        // runner-up position (36.48)": places told as a "winner" by rank
        // (translations from Indonesian).
        let place = place.or_else(|| {
            let m = ORDINAL_WINNER.captures(body)?;
            m.get(1)
                .map_or(Some(2), |w| measure::ordinal(&w.as_str().to_lowercase()))
        });
        // "X completed the rostrum places in 2:21:50": third.
        let place = place.or_else(|| COMPLETED_PODIUM.is_match(body).then_some(3));
        // "settled for bronze", "taking the silver medal": third, second.
        // (Not beside a place of its own, "took silver and third place
        // overall", nor in an article that tells of a championship: its
        // medals are the championship's.)
        let place = place.or_else(|| {
            MEDAL_PLACE
                .captures(body)
                .filter(|_| {
                    let both = t[c.end..end].contains("silver") && t[c.end..end].contains("bronze");
                    !(OVERALL.is_match(body)
                        || ORDINAL_PLACE.is_match(body)
                        || both
                        || x.championship_told())
                })
                .map(|m| {
                    if m[1].eq_ignore_ascii_case("silver") {
                        2
                    } else {
                        3
                    }
                })
        });
        // "Her clubmate B came next in 49:30": the place after the one
        // just told, in this sentence or the one before.
        let place = place.or_else(|| {
            CAME_NEXT.is_match(body).then_some(()).and_then(|()| {
                // (Not from the paragraph before where this sentence
                // opens on a race of one sex: "On the women's side A
                // stopped the clock at T; B came next".)
                let last = x.pending.last().filter(|p| {
                    p.sentence + 1 >= i
                        && (x.out.sentences[p.sentence].line == x.out.sentences[i].line
                            || sex_of_race(&t[..runners[0].1]).is_none())
                })?;
                match last.outcome {
                    Outcome::Position(p) => Some(p + 1),
                    _ => None,
                }
            })
        });
        // "A took the first place, B the second place and C the third
        // place": the verb said once.
        let place = place.or_else(|| {
            (n == 0)
                .then(|| GAPPED_PLACE.captures(body))
                .flatten()
                .and_then(|m| measure::ordinal(&m[1].to_lowercase()))
        });
        // "X rounded out the top six": sixth.
        let place = place.or_else(|| {
            ROUNDED_TOP
                .captures(body)
                .and_then(|m| measure::number(&m[1].to_lowercase()).map(i64::from))
                .filter(|n| (4..=20).contains(n))
        });
        // "came home ninth in the overall standings and first woman in
        // T": the place among her own sex, told in the clause after, is
        // her race's.
        let next_first = place.is_some()
            && OVERALL.is_match(body)
            && parts
                .get(n + 1)
                .is_some_and(|&(s, e)| FIRST_OF_SEX.is_match(&t[s..e]));
        let place = if next_first { Some(1) } else { place };
        if !next_first
            && place.is_some()
            && OVERALL.is_match(body)
            && SEXED_PLACE.is_match(&t[c.end..end])
        {
            continue;
        }
        // "X won the women's race with a course record of T, 14th
        // overall": a woman's place among everyone after her win says
        // nothing of her race (a man's "fourth overall" after a national
        // title is his place in the race).
        if place.is_some()
            && OVERALL.is_match(body)
            && runner_sex.or(ctx.sex) == Some(crate::contract::Sex::Women)
            && parts[..n]
                .iter()
                .any(|&(s, e)| tells_win(t[s..e].trim_start_matches([',', ' '])))
        {
            continue;
        }
        // "third among Canadians": a ranking inside a group of the
        // field, not a place in the race; "ranked second in the world"
        // is a ranking, "who ranked second" a place.
        if place.is_some()
            && (AMONG_GROUP.is_match(body)
                || (body.contains("ranked") && WORLD_RANKING.is_match(body)))
        {
            continue;
        }
        // "placed seventh at the NCAA cross-country championships": a
        // place at a meet the article names in passing, not the race's.
        if place.is_some() && OTHER_MEET.is_match(body) {
            continue;
        }
        let outcome = if DNS.is_match(body) {
            Some(Outcome::DidNotStart)
        } else if DNF
            .find(body)
            .is_some_and(|m| !SUBORDINATE.is_match(&body[..m.start()]))
            && !segment_dns
        {
            Some(Outcome::DidNotFinish)
        } else if HEDGE.is_match(body)
            || CAREER_WINS.is_match(body)
            || DEFENDED_YEAR.is_match(body)
            || PACED.is_match(body)
        {
            None
        } else if let Some(n) = place {
            Some(Outcome::Position(n))
        } else if wins_championship(x, i, cs, ce) {
            // "A and B won the Scottish Half Marathon Championships, held
            // within the X Half": a title, not the race.
            None
        } else if (tells_win(body) && !PLURAL_WIN.is_match(body))
            // "…, more than a minute clear of the chasing pack": a
            // margin over everyone else, where no place is told.
            || (CLEAR_OF_FIELD.is_match(body) && !PLACE.is_match(&t[c.end..end]))
            // "shrugged off a cold morning to clock T and win the X".
            || CLOCK_AND_WIN.is_match(&t[cs..end])
            // Not a caption's "X on his way to victory", which the
            // report tells in full elsewhere.
            || ON_THE_WAY
                .find(body)
                .is_some_and(|m| !body[..m.start()].trim().is_empty())
        {
            Some(Outcome::Position(1))
        } else {
            None
        };
        let Some(outcome) = outcome else { continue };
        // The time: in the clause, or in a clause right after that is only "in TIME".
        let time = match outcome {
            Outcome::Position(_) => super::clause_time::place_time(t, c.end, end, &parts, n, times),
            _ => None,
        };
        // "With a time of 2h24:58, X took the men's marathon": the time
        // the sentence opens on, right before the first runner's name.
        let time = time.or_else(|| match outcome {
            Outcome::Position(_) if k == 0 => LEAD_TIME
                .captures(&t[..c.start])
                .and_then(|m| measure::times(&m[1]).first().map(measure::Time::duration)),
            _ => None,
        });
        // "Zhao, who finished third here last year, pulled away … to
        // clock 2:29:47": a place of another year in a relative clause
        // takes no time from outside it.
        // (Nor does one told in an aside of its own: "X (CMR), 2nd last
        // year, went to the front … crossing the line in T".)
        let aside = t[..cs].trim_end().ends_with(',')
            && t[ce..].trim_start().starts_with(',')
            && PLACE_ASIDE.is_match(body);
        let time = if (relative_clause || aside) && has_year_words(body) {
            times
                .iter()
                .find(|tm| c.end + tm.start >= cs && c.end + tm.start < ce)
                .and(time)
        } else {
            time
        };
        // Two wins in one sentence: not the race of the first.
        let runner_sex = match (own_sex, earlier, outcome) {
            (None, Some((s, true)), Outcome::Position(1)) if runner_sex == Some(s) => None,
            _ => runner_sex,
        };
        let said = sex_of_race(before_turn(body)).or(runner_sex);
        if said.is_some() {
            ctx.sex = said;
        }
        let own_year = has_year_words(body);
        if n == 0 && relative_clause && own_year && names_series_in(x, i, cs, ce) {
            past_aside = Some(ce);
        }
        // Past that aside, the main clause tells of the race at hand:
        // the section's race, unless it names its own, in the year in
        // focus.
        let after_aside = n > 0 && !relative_clause && !own_year && past_aside.is_some();
        let series = match past_aside.filter(|_| after_aside) {
            Some(aside_end) if !names_series_in(x, i, aside_end, ce) => {
                x.section_series(i).unwrap_or(series)
            }
            _ => series,
        };
        let year = if after_aside {
            x.paragraph_year(i).or(x.reference_year())
        } else if own_year || !relative_clause {
            x.year_at(i, offset)
        } else {
            runner_year.or_else(|| x.year_at(i, offset))
        };
        if let Some(year) = year {
            add_result(
                x,
                i,
                Told {
                    // A distance in the runner's own clause ("was
                    // ninth man in the marathon") over one before it.
                    said_in: &if distance_of(&body.to_lowercase()).is_some()
                        || FULL_MARATHON.is_match(body)
                    {
                        before_turn(body).to_string()
                    } else {
                        format!("{} {}", &t[..c.start], before_turn(body))
                    },
                    series,
                    year,
                    sex: said.or(ctx.sex),
                    explicit: said.is_some(),
                    name,
                    outcome,
                    time,
                },
            );
        }
    }
}

/// Whether sentence `i` names a series between bytes `from` and `to`.
fn names_series_in(x: &Extractor, i: usize, from: usize, to: usize) -> bool {
    x.sents[i]
        .chunks
        .iter()
        .any(|(c, s)| *s == Shape::Series && c.start >= from && c.end <= to)
}

/// Whether the clause between `from` and `to` names a championship that is
/// no series of the article ("won the Scottish Half Marathon
/// Championships", held within another race).
fn wins_championship(x: &Extractor, i: usize, from: usize, to: usize) -> bool {
    let t = x.text(i);
    x.sents[i].chunks.iter().any(|(c, _)| {
        c.start >= from
            && c.end <= to
            && c.text(t)
                .rsplit(' ')
                .next()
                .is_some_and(|w| x.lx.has(crate::lexicon::Section::Championship, w))
            && x.lookup(
                crate::extract::Kind::RaceSeries,
                &x.series_key_of(c.text(t)),
            )
            .is_none()
    })
}

/// A place told as a "winner" by its rank ("as second winner"), or "in
/// the runner-up position".
static ORDINAL_WINNER: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
    || {
        re(
            r"(?i)^\s*(?:(?:came\s+out|emerged|finished)\s+)?(?:as\s+(?:the\s+)?(second|third|fourth|fifth)\s+winner\b|in\s+the\s+runner[\s\-]up\s+(?:position|spot|place)\b)",
        )
    },
);

/// A time the sentence opens on, before the runner's name ("With a time
/// of 2h24:58, X …").
static LEAD_TIME: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    re(r"(?i)^\W*(?:with|in)\s+a\s+(?:winning\s+)?time\s+of\s+([^,]{3,20}),\s*$")
});

/// A first place among one sex opening a clause ("and first woman in
/// T"), after a place among everyone.
static FIRST_OF_SEX: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        re(r"(?i)^[\s,]*(?:and\s+)?(?:the\s+)?(?:first|1st)\s+(?:woman|female|lady|man|male)\b")
    });

/// A clause that turns to another subject: "while Marchetti", "whereas
/// the Kenyan", "while in second and third placings were": another
/// runner's place.
static NEW_SUBJECT: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    re(&format!(
        r"^[\s,]*(?:while|whereas)\s+(?:(?:the\s+)?(?-i:\p{{Lu}}[\p{{L}}\-]+)\s*$|(?:in\s+)?(?:the\s+)?(?:{PLACE_WORD})\b)"
    ))
});

/// A clause that is only a place, set apart by commas ("…, 2nd last year,").
static PLACE_ASIDE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    re(r"(?i)^(?:\d{1,2}(?:st|nd|rd|th|º|°)?|second|third|fourth|fifth|sixth|runner-up)\s")
});
