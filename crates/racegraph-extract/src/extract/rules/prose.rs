//! Results told in prose: "Ethiopia's X took the women's title in 2:21:08,
//! ahead of Y of Kenya, who finished second in 2:21:40", "Z was third",
//! "W dropped out at 30 km", "Last year's winner, V, …".
//!
//! Each runner named in a sentence owns the text up to the next runner; that
//! text is cut into clauses, and each clause is read on its own: a win, a
//! place, not finishing, or nothing. A clause that hopes, expects or
//! predicts says nothing about a result.

use super::names::Shape;
use super::phrasing::*;
use super::runners::*;
use super::Extractor;
use crate::contract::Sex;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// What the article has said so far that later sentences lean on.
#[derive(Debug, Default)]
pub(crate) struct Context {
    /// The category of the last race spoken of ("the men's race").
    pub(super) sex: Option<Sex>,
    /// The paragraph (line) the context was set in.
    line: usize,
    /// The last sentence that told of another race than the open one
    /// ("won the wheelchair race").
    other: Option<usize>,
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
    // Rows written in one line ("Men. 10 kilometres: 1st) A (Town) T1,
    // 2nd) B (Town) T2") or a table's rows, read by the list pass: their
    // ordinals and marks are no places told in prose.
    if x.row_lines.binary_search(&i).is_ok() {
        return;
    }
    // A new paragraph starts without a race category in focus.
    let line = x.out.sentences[i].line;
    if line != ctx.line {
        // "In the half marathon, A won …" then a paragraph that opens on a
        // sex alone ("For the women, B took first place"): the same race's
        // other sex, so the same distance.
        // ("Over the same distance for women, …": the same distance.)
        if (SEX_ONLY_OPENING.is_match(t) || SAME_DISTANCE.is_match(t))
            && distance_of(&t.to_lowercase()).is_none()
        {
            if let Some((l, d)) = x.paragraph_distance.clone() {
                if l == ctx.line {
                    x.paragraph_distance = Some((line, d));
                }
            }
        }
        ctx.line = line;
        // ("Among Slovenian women, …": a paragraph that opens on a sex
        // speaks of that sex, whatever its first sentence yields.)
        ctx.sex = SEX_OPENING
            .captures(t)
            .map(|m| sex_word(&m[1]))
            .or_else(|| super::headings::bullet_heading_sex(x, i));
    }
    // "X won the wheelchair race." then "The Frenchman beat Y, while Z
    // took third": the next sentence goes on about that race.
    if super::together::other_race(t) {
        ctx.other = Some(i);
    } else if ctx.other.is_some_and(|o| o + 1 == i)
        && GOES_ON.is_match(t)
        && sex_of_race(t).is_none()
        && !x.sents[i].chunks.iter().any(|(_, s)| *s == Shape::Series)
    {
        ctx.other = Some(i);
        return;
    }
    let runners = runners(x, i);
    // "In the half marathon (21.097 km), Moroccan athletes also dominated.":
    // the distance of the results told after it in the paragraph.
    // ("Over 10 km Kerstin Rainer was the fastest woman": the words before
    // the name.)
    if let Some(m) = PARAGRAPH_RACE
        .captures(t)
        .and_then(|c| c.name("over").or_else(|| c.get(0)))
    {
        if let Some(d) = distance_of(&m.as_str().to_lowercase()) {
            // ("…, while the women's champion was B. In the 10 km, C won":
            // a sentence that opens on another distance, naming no sex,
            // leaves no sex of the race before in focus.)
            let other = x
                .paragraph_distance
                .as_ref()
                .is_some_and(|(l, before)| *l == line && *before != d);
            if other && sex_of_race(m.as_str()).is_none() {
                ctx.sex = None;
            }
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
    // A sentence that opens on a runner of a known race goes on about
    // that race ("Jepkorir won in 71:05, with A and B completing the
    // podium").
    if let Some((c, start)) = runners.first() {
        if x.text(i)[..*start].trim().is_empty() {
            if let Some(sex) = known_sex(x, &t[*start..c.end]) {
                ctx.sex = Some(sex);
            }
        }
    }
    // "A won the elite Indian women's race, with B and C completing the
    // podium": no runner of the sentence is in the open race; nor in "A
    // clocked T to beat B, who recorded T2, and take the Korean men's
    // title" (the first runner's verbs go on past B's name), nor in "A,
    // 31, and B, 29, won the Korean section for men and women".
    let other_first = runners.first().is_some_and(|(c, _)| {
        let end = runners.get(1).map_or(t.len(), |(n, _)| n.start);
        super::together::other_race(&t[..end.max(c.end)])
    }) || super::other_race::and_take_national_title(t)
        || super::other_race::list_of_other_race(t, &runners);
    let together: Vec<usize> = if other_first {
        (0..runners.len()).collect()
    } else {
        // "A (2:46:51) and B (2:50:02) won the silver and bronze respectively".
        let mut together = super::together::respectively(x, i, &runners, sentence_series, ctx.sex);
        // "The winners of the long race were A (2:21:40), B (2:25:09) and C".
        together.extend(super::together::followed(
            x,
            i,
            &runners,
            sentence_series,
            ctx.sex,
        ));
        together.extend(super::together::places_went_to(
            x,
            i,
            &runners,
            sentence_series,
            ctx.sex,
        ));
        together.extend(super::together::podium(
            x,
            i,
            &runners,
            sentence_series,
            ctx.sex,
        ));
        // "A followed B": B's race, the place after B's.
        let followed = super::ahead::followed_runner(x, i, &runners);
        if followed.first() == Some(&0) {
            // The sentence goes on about B's race, of whatever sex it is.
            ctx.sex = x.pending.last().and_then(|p| p.category.sex);
        }
        together.extend(followed);
        // "The 10K was won by A (T1) and B (T2)": the men's and the
        // women's winners.
        let pair = super::two_winners::winners_pair(x, i, &runners, sentence_series, &together);
        together.extend(pair);
        // "The men's and women's 10km races were won by A (T1) and B (T2)
        // respectively".
        let pair =
            super::two_winners::sexes_before_pair(x, i, &runners, sentence_series, &together);
        together.extend(pair);
        // "crowned A among the men and B among the women".
        let pair = super::two_winners::sexed_pair(x, i, &runners, sentence_series, &together);
        together.extend(pair);
        // "A won in T, ahead of B and C.": B and C second and third.
        if together.is_empty() {
            together.extend(super::ahead::ahead_pair(
                x,
                i,
                &runners,
                sentence_series,
                ctx.sex,
            ));
        }
        together
    };
    for k in 0..runners.len() {
        super::prose_runner::read(x, i, ctx, &runners, k, &together, sentence_series);
    }
    // A sentence that told of both races ("took the men's and women's
    // titles respectively") leaves neither in focus.
    static BOTH: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\bmen[’']s\s+and\s+women[’']s\b|\bwomen[’']s\s+and\s+men[’']s\b")
    });
    if BOTH.is_match(t) {
        ctx.sex = None;
    }
}

/// Results in prose as a sentence rule, keeping its context between sentences.
pub(super) fn prose_rule(x: &mut Extractor, i: usize) {
    let mut ctx = std::mem::take(&mut x.prose);
    run(x, i, &mut ctx);
    x.prose = ctx;
}
