//! One runner named in a sentence told in prose: the text up to the next
//! runner is cut into clauses, and each clause is read on its own (a win, a
//! place, not finishing, or nothing). The sentence's pairs and lists, read
//! before by `prose`, are skipped here.

use super::lists::Outcome;
use super::measure;
use super::names::{Chunk, Shape};
use super::phrasing::*;
use super::prose::Context;
use super::runners::*;
use super::{Extractor, Kind};
use crate::contract::Sex;
use crate::extract::model::EntityId;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A place told with its verb ("Second was A", "Fourth was A"), before a
/// place told without ("…, third B in T2").
static PLACE_WAS: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:first|second|third|fourth|fifth|sixth|seventh)\s+(?:place\s+)?(?:was|came|went\s+to)|the\s+winner\s+was)\b",
    )
});

/// Whether sentence `i` names a runner read as a winner so far, by family
/// name ("Cauich, who comes from Valladolid, stopped the clock at T."
/// before "Behind her came X").
fn names_winner(x: &Extractor, i: usize) -> bool {
    let t = x.text(i);
    x.pending.iter().any(|p| {
        p.outcome == Outcome::Position(1)
            && super::told_later::family_word(x, &p.athlete).is_some_and(|w| w.is_match(t))
    })
}

/// Reads what sentence `i` tells of its `k`th runner.
pub(super) fn read(
    x: &mut Extractor,
    i: usize,
    ctx: &mut Context,
    runners: &[(Chunk, usize)],
    k: usize,
    together: &[usize],
    sentence_series: EntityId,
) {
    let t = x.text(i);
    let (c, start) = (&runners[k].0, &runners[k].1);
    let end = runners.get(k + 1).map_or(t.len(), |(n, _)| n.start);
    // Places given "respectively" belong to pairs, read above or not at all.
    // (Nor the second of two winners of races told apart by nothing:
    // "A and B won the 10 kilometre races".)
    if together.contains(&k)
        || super::together::shared_win(t, runners, k, end)
        || super::together::other_race(&t[..end])
        || super::together::RESPECTIVELY_WORD.is_match(&t[c.end..end])
    {
        return;
    }
    let series = x.sents[i]
        .chunks
        .iter()
        .find(|(sc, s)| {
            *s == Shape::Series
                && sc.start >= c.end
                && sc.end <= end
                && !crate::extract::focus::own_other_race(t, sc.start, sc.end)
        })
        .and_then(|(sc, _)| x.lookup(Kind::RaceSeries, &x.series_key_of(sc.text(t))))
        .unwrap_or(sentence_series);
    // Who the runner is first: "Last year's women's winner, X", "was won by X".
    // The words between the previous runner and this one (at most 160 bytes).
    let prev_end = if k == 0 { 0 } else { runners[k - 1].0.end };
    // Up to a word that turns to another race ("…, while the men's
    // race went to X").
    let lead = after_turn(crate::extract::tail(
        &t[prev_end.min(c.start)..c.start],
        160,
    ));
    let prev_end = c.start - lead.len();
    let name = t[*start..c.end].to_string();
    if let Some(s) = sex_of_race(lead) {
        ctx.sex = Some(s);
    }
    let mut runner_year = None;
    // Up to a turn to another runner's clause ("X, while third in T
    // was Y": T is Y's).
    let mut times = measure::times(before_turn(&t[c.end..end]));
    // The race's distance: the one the sentence names ("won the men's
    // 10 kilometres in 31.58"), else that of the paragraph's last
    // result ("The 10km race was won by A. B finished second in
    // 32.20."), else the one the paragraph opened on ("On the
    // competitive side the 10K produced a new course record. … B
    // finished third in 33.44"), else the series'.
    let km = distance_of(&t.to_lowercase())
        .or_else(|| last_distance_in_paragraph(x, i, None))
        .or_else(|| super::runners::paragraph_opening_distance(x, i))
        .or_else(|| super::headings::series_distance(x, series))
        .or_else(|| super::race_of::the_one_distance(x))
        .and_then(|d| d.parse().ok());
    if measure::dotted_fits(km) {
        // "came home in 31.07": a 10K's time written with a point
        // (beside "twelve hours after", which is no finishing time).
        let dotted: Vec<_> = measure::dotted_minutes(&t[c.end..end], true)
            .into_iter()
            .filter(|d| !times.iter().any(|tm| tm.start < d.end && d.start < tm.end))
            .collect();
        times.extend(dotted);
        times.sort_by_key(|tm| tm.start);
    }
    // "X, also the 2023 champion, won …": a win that year, beside
    // what the sentence goes on to say.
    if let Some(m) = TITLE_AFTER_NAME.captures(&t[c.end..end]) {
        if let Some(Ok(year)) = m
            .get(1)
            .or(m.get(3))
            .or(m.get(4))
            .map(|g| g.as_str().parse::<i32>())
        {
            let said = m.get(2).map(|g| sex_word(g.as_str()));
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
                    time: None,
                },
            );
        }
    }
    // "X repeated his 2024 win, leading from the gun to win in T": a
    // win that year too.
    if let Some(m) = REPEATED_WIN.captures(&t[c.end..end]) {
        // ("… won in 2025 in a time of 2:27:50": that win's time, not
        // this one's.)
        let then = m.name("t").and_then(|g| {
            let at = times.iter().position(|tm| tm.start == g.end())?;
            Some(times.remove(at).duration())
        });
        if let Some(Ok(year)) = m.get(1).or(m.get(2)).map(|g| g.as_str().parse::<i32>()) {
            add_result(
                x,
                i,
                Told {
                    said_in: lead,
                    series,
                    year,
                    sex: ctx.sex,
                    explicit: false,
                    name: &name,
                    outcome: Outcome::Position(1),
                    time: then,
                },
            );
        }
    }
    // "Winner X and runner-up Y pulled clear": this race's, unless a
    // year is said; a "champion" without a year is a title held, not a
    // result here.
    let before_winner = BEFORE_WINNER
        .captures(lead)
        .filter(|m| m.get(1).is_some() || !m[3].eq_ignore_ascii_case("champion"));
    if let Some(m) = before_winner {
        let position = if m[3].to_lowercase() == "runner-up" {
            2
        } else {
            1
        };
        let said = m.get(2).map(|g| sex_word(g.as_str()));
        // ("last year's runner-up X": the year before the article's.)
        runner_year = match m.get(1).map(|g| g.as_str().to_lowercase()) {
            Some(w) if w.starts_with("last") => x.published.map(|d| d.year - 1),
            _ => x.year_at(i, prev_end + m.get(1).map_or(0, |g| g.start())),
        };
        // ("runner-up X (2:21:02)": this year's, the time in brackets
        // right after the name is theirs.)
        let time = times
            .first()
            .filter(|tm| m.get(1).is_none() && t[c.end..c.end + tm.start].trim() == "(")
            .map(|tm| tm.duration());
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
                    time,
                },
            );
        }
    } else if let Some((m, position)) = next_place(x, i, lead, &t[..c.start], &name, &t[c.end..end])
    {
        // "…won, edging out compatriot X", "…was second, followed by X".
        let segment = &t[c.end..end];
        let time = times
            .first()
            .filter(|tm| {
                let gap = &segment[..tm.start];
                // Past a club in brackets ("B (Strule Harriers) in T").
                let gap = CLUB_BRACKET.find(gap).map_or(gap, |o| &gap[o.end()..]);
                let gap = gap.trim_start_matches([' ', '(', ',']);
                gap.is_empty()
                    || gap.starts_with("in ") && gap.len() <= 3
                    || AGE_TOWN.is_match(gap)
                    || WHO_TIMED.is_match(&segment[..tm.start])
                    || CLUB_THEN_TIME.is_match(&segment[..tm.start])
                    || CLUB_COMMAS_THEN_TIME.is_match(&segment[..tm.start])
            })
            .map(|t| t.duration());
        // A winner read from "took silver behind A" only with A's own
        // time right after the name ("behind A (1:22:58)").
        if position == 1 && time.is_none() {
            return;
        }
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
            return;
        }
    } else if let (Some(m), Some(winner_sex)) =
        (AHEAD_OF.find(lead), won_before(x, i, &t[..c.start], &name))
    {
        // Only when the sentence has a winner and gives this runner a
        // time, or the winner's lead over them ("more than two minutes
        // clear of X", "nine seconds ahead of X").
        let segment = &t[c.end..end];
        let time = times
            .first()
            .filter(|tm| {
                // Past the runner's club or town ("X of Kapchorwa AC
                // (2:15:40)").
                let gap = segment[..tm.start].trim_start();
                let gap = OF_PLACE.find(gap).map_or(gap, |o| &gap[o.end()..]);
                // Past a club in brackets ("X (Callan AC) in 35:22").
                let gap = CLUB_BRACKET.find(gap).map_or(gap, |o| &gap[o.end()..]);
                gap.trim_start_matches([' ', '('])
                    .trim_start_matches("in ")
                    .trim()
                    .is_empty()
                    || WHO_TIMED.is_match(&segment[..tm.start])
                    || CLUB_THEN_TIME.is_match(&segment[..tm.start])
                    || CLUB_COMMAS_THEN_TIME.is_match(&segment[..tm.start])
            })
            .map(|t| t.duration());
        let by_gap = GAP_BEFORE.is_match(&lead[..m.start()]);
        // After a gap, the runner's own time further on ("…, who was
        // runner-up in 1:13:39").
        let time = time.or_else(|| times.first().filter(|_| by_gap).map(|t| t.duration()));
        // Or the last runner of a sentence that ends on them ("…, ahead
        // of Poland's X.").
        let ends_on = k + 1 == runners.len() && SENTENCE_END.is_match(segment);
        if let (true, Some(year)) = (
            time.is_some() || by_gap || ends_on,
            x.year_at(i, prev_end + m.start()),
        ) {
            let said = sex_of_race(lead);
            add_result(
                x,
                i,
                Told {
                    said_in: lead,
                    series,
                    year,
                    // ("Among the men, the Ghanaian X dominated …,
                    // ahead of B": the sentence's own sex first.)
                    sex: said
                        .or_else(|| SEX_OPENING.captures(t).map(|m| sex_word(&m[1])))
                        .or(winner_sex)
                        .or(ctx.sex),
                    explicit: said.is_some(),
                    name: &name,
                    outcome: Outcome::Position(2),
                    time,
                },
            );
            return;
        }
    } else if let Some(m) = PLACE_BEFORE
        .captures(lead)
        // "Second and third in the men's race went to A and B": places
        // given together, read by their own rule.
        .filter(|m| !PLACES_LISTED.is_match(&lead[..m.get(0).map_or(0, |g| g.start())]))
        // "First across the line was X, but he had been invited to
        // pace the course": no place of the race.
        .filter(|_| !PACED.is_match(&t[c.end..end]))
        // (A place with the verb left out only after one told with it.)
        .filter(|m| {
            (m.name("ellip").or(m.name("ellipto")).is_none() || PLACE_WAS.is_match(&t[..c.start]))
                && (m.name("behind").is_none() || i > 0 && names_winner(x, i - 1))
        })
        // "Bronze went to X": a medal of the race, unless the article
        // tells of a championship, whose medals they are.
        .filter(|m| {
            !m.get(1).is_some_and(|g| {
                let w = g.as_str();
                w.eq_ignore_ascii_case("silver") || w.eq_ignore_ascii_case("bronze")
            }) || !x.championship_told()
        })
    {
        // The place word of whichever form matched (group 2 is a time).
        let n = m
            .get(1)
            .or_else(|| m.get(3))
            .or_else(|| m.get(4))
            .or_else(|| m.get(5))
            .or_else(|| m.name("inplace"))
            .or_else(|| m.name("spot"))
            .or_else(|| m.name("ellip"))
            .or_else(|| m.name("ellipto"))
            .or_else(|| m.name("nthr"))
            .and_then(|g| super::together::place_of(g.as_str()))
            // "Closing the women's podium was X": third.
            .or(m.name("closing").map(|_| 3))
            .or(m.name("victory").map(|_| 1))
            // "Behind her came A (T1) and B (T2)" after her win.
            .or(m.name("behind").map(|_| 2))
            .unwrap_or(0);
        // "Third placed Tania Whitcombe, the first Napier woman home".
        let said = m
            .name("sexw")
            .map(|g| sex_word(g.as_str()))
            .or_else(|| sex_of_race(lead))
            .or_else(|| sex_of_race(own_part(&t[c.end..end])));
        // "females; first place A, …, second place B": the sex said
        // goes on to the places after it.
        if said.is_some() {
            ctx.sex = said;
        }
        // "third in 1:02:40 was X": the time told with the place.
        let time = m
            .name("time")
            .or_else(|| m.name("vtime"))
            .and_then(|g| measure::times(g.as_str()).into_iter().next())
            .or_else(|| times.first().filter(|tm| tm.start < 40).cloned())
            // "First across the line, in T, was X": the time before.
            .or_else(|| {
                m.get(5)
                    .and(m.get(0))
                    .and_then(|g| measure::times(g.as_str()).into_iter().next())
            })
            .map(|t| t.duration());
        let year = x.year_at(i, prev_end + m.get(0).map_or(0, |g| g.start()));
        // ("…, second A with T1 and third B with T2": a place with its verb
        // left out after "and" only in a race whose sex is told.)
        let and_ellipsis = m.name("ellip").is_some()
            && m.get(0)
                .is_some_and(|g| g.as_str().trim_start().to_lowercase().starts_with("and"));
        if and_ellipsis && said.or(ctx.sex).is_none() {
            return;
        }
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
        return;
    } else if let Some(m) = WON_BY
        .find(lead)
        // "Second and third in the men's race went to A": places, read
        // with the list or not at all.
        .filter(|_| !super::together::PLACES_WENT_TO.is_match(lead))
    {
        // "The 10 km went to A and B.": two winners, whose races the
        // sentence does not tell apart; neither is placed.
        if WINNER_AND_WINNER.is_match(&t[c.end..]) {
            return;
        }
        // "The Handirun was won by X": a race of the event named by a
        // word of its own, neither a race's kind nor the series'.
        if super::race_told::other_event_won(x, lead, series) {
            return;
        }
        // "The fastest woman runner was X".
        let woman = m.as_str().contains("woman") || m.as_str().contains("female");
        // "was won by X for the men's while Y won for the women's": the
        // race of the words right after the name.
        static FOR_SEX: LazyLock<Pattern> = LazyLock::new(|| {
            re(r"(?i)^\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:for|in)\s+the\s+((?:wo)?men)[’']s\b")
        });
        let said = if woman {
            Some(Sex::Women)
        } else {
            FOR_SEX
                .captures(&t[c.end..])
                .map(|f| sex_word(&f[1]))
                .or_else(|| sex_of_race(lead))
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
        return;
    }
    // "A held off B by almost three minutes to win in T", "A eased away
    // from B to win": a win told across the runner it beat.
    if let Some(m) = BEAT_TO_WIN.captures(&t[c.end..]) {
        let span = m.get(0).map_or("", |g| g.as_str());
        let time = m
            .get(1)
            .and_then(|g| measure::times(g.as_str()).into_iter().next())
            .map(|tm| tm.duration());
        if let Some(year) = x.year_at(i, c.end) {
            let said = sex_of_race(span).or_else(|| sex_of_race(lead));
            add_result(
                x,
                i,
                Told {
                    said_in: &format!("{lead} {span}"),
                    series,
                    year,
                    sex: said.or(ctx.sex),
                    explicit: said.is_some(),
                    name: &name,
                    outcome: Outcome::Position(1),
                    time,
                },
            );
            return;
        }
    }
    super::prose_clauses::read(
        x,
        i,
        ctx,
        &super::prose_clauses::Named {
            t,
            runners,
            k,
            end,
            series,
            lead,
            name: &name,
            times: &times,
            runner_year,
        },
    );
}
