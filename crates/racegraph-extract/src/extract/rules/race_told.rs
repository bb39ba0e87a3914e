//! The race and the sex a text speaks of: a distance named as a race, the
//! sex of "women's" and of pronouns, where a sentence turns to another
//! runner ("while", "but"), and whether a clause dates itself. Used with
//! [`super::phrasing`] by the prose and list rules.

use super::phrasing::{re, tells_win, HE, ORDINAL_PLACE, SHE};
use super::Extractor;
use crate::contract::Sex;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// Whether a clause dates itself ("last year", "in 2023").
pub(super) fn has_year_words(t: &str) -> bool {
    static YEARS: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:(?:19|20)\d\d|last\s+year|this\s+year|next\s+year|previous\s+year|year\s+before|years\s+(?:ago|earlier|before))\b",
        )
    });
    YEARS.is_match(t)
}

/// The distance a sentence names for its race, if it names one.
pub(super) fn distance_of(t: &str) -> Option<String> {
    static HALF: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\bhalf[\s\-]marathon\b|\b21(?:[.,](?:1|097|0975))?[\s\-]?(?:km?|kilomet(?:re|er)s?)\b|\b(?:in|won|took|of|over)\s+the\s+(?:(?:wo)?men[’']s\s+)?half\s*(?:$|[,.;:(]|\s+(?:in|with|on|at|was|were|title|race|crown|distance|course)\b)",
        )
    });
    static TEN: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\b(?:the\s+)?10[\s\-]?(?:km|k|kilomet(?:re|er)s?)\s+(?:races?|titles?|events?|runs?)\b|\bthe\s+(?:(?:competitive|non-competitive|open|elite|main|classic|shorter|longer)\s+)?(?:(?:men|women)[’']s\s+(?:and\s+(?:wo)?men[’']s\s+)?)?10[\s\-]?(?:km|k|kilomet(?:re|er)s)\b|^\s*10\s?(?:km|k)\s+(?:overall\s+)?(?:winners|results|top)\b",
        )
    });
    // Any other distance in kilometres named as a race: "took the 12km
    // race", "came first in the women's 12km", "won the men's and women's
    // 12km races", "was first over 5 km in T", "the 5 km was won by X",
    // "the 5 kilometres went to X", a paragraph's opening words "In the
    // 5K", "was the quickest man over 10 km", a paragraph's opening race
    // with its distance in brackets or after "over", "In the Mini Marathon
    // (8 km)", "In the Medika Fun Run over 4 kilometres", a distance with
    // a decimal, "The 10.5 kilometers went to X", a category of a race
    // named with its town, "the men's category of Padang 5 K", a race
    // named with its event's name opening the sentence, "On the Graoully
    // 10 km, …", a kind of entry before the distance, "In the competitive
    // 10 kilometres", a distance won, "A and B topped the 5K", a distance
    // before a sex as translations write it, "in 10K men", "the fastest in
    // 10K" (not "the 30km mark").
    static KM_RACE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\bthe\s+(?:(?:(?:men|women)[’']s\s+(?:and\s+(?:wo)?men[’']s\s+)?)?(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k|kilomet(?:re|er)s?)\s+(?:races?|titles?|events?|runs?|category|categories|sections?|crowns?)\b|(?:men|women)[’']s\s+(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k|kilomet(?:re|er)s?)(?:\s*$|[,.;)]|\s+(?:in|with|on|at|and)\b))|\b(?:over|in\s+the)\s+(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k)\s+in\s+\d|,\s+over\s+(\d{1,2}(?:\.\d{1,3})?)\s?(?:km|kilomet(?:re|er)s),|^\s*(?:in|over|at)\s+the\s+(?:(?:competitive|non-competitive|open|elite|main|classic)\s+)?(?:(?:men|women)[’']s\s+)?(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k|kilomet(?:re|er)s?)\s*$|^\s*(?:in|over)\s+(\d{1,2}(?:\.\d{1,3})?)\s?(?:km|kilomet(?:re|er)s)\s*,?\s*$|^\s*over\s+(\d{1,2}(?:\.\d{1,3})?)\s?(?:km|kilomet(?:re|er)s)\s+the\s+(?:winners|best|fastest)\b|(?i:(?:\bthe|\brace|\brun|\bchallenge|\bclassic)\s+(?:(?:shorter|longer)\s+)?(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k|kilomet(?:re|er)s?)\s+(?:(?:was|were)\s+(?:won|taken|claimed|captured)|went\s+to)\b)|\b(?:fastest|quickest)(?:\s+(?:woman|man|female|male|lady))?\s+(?:over|in)\s+(?:the\s+)?(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k|kilomet(?:re|er)s?)\b|^\s*(?:in|over|at)\s+the\s+[^,;.()]{1,40}?\s(?:\((\d{1,2}(?:\.\d{1,3})?)\s?(?:km|k|kilomet(?:re|er)s)\)|over\s+(\d{1,2}(?:\.\d{1,3})?)\s?(?:km|kilomet(?:re|er)s))\s*,?\s*$|\bcategory\s+of\s+(?:the\s+)?(?:[\p{L}’'\-]+\s+){1,3}(\d{1,2}(?:\.\d{1,3})?)\s?(?:km|k)\b|^\s*(?:in|on|over|at)\s+the\s+(?:[\p{L}’'\-]+\s+){1,3}(\d{1,2}(?:\.\d{1,3})?)\s?(?:km|k)\s*,|\b(?:won|win|wins|topped|took|claimed|captured|ruled|swept)\s+the\s+(?:(?:men|women)[’']s\s+)?(\d{1,2}(?:\.\d{1,3})?)[\s\-]?(?:km|k)\b|\bin\s+(\d{1,2}(?:\.\d{1,3})?)\s?(?:km|k)\s+(?:(?:wo)?men|males?|females?|ladies)\b",
        )
    });
    // "In the full course men's section" (as Korean and Japanese pages
    // call the marathon).
    static FULL: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\b(?:in|won|took|of|over)\s+the\s+(?:(?:wo)?men[’']s\s+)?full[\s\-]course\b|\bfull[\s\-]course\s+(?:(?:wo)?men[’']s\s+)?(?:section|race|category|division)\b",
        )
    });
    if HALF.is_match(t) {
        Some("21.0975".into())
    } else if FULL.is_match(t) {
        Some("42.195".into())
    } else if TEN.is_match(t) {
        Some("10".into())
    } else {
        let c = KM_RACE.captures(t)?;
        let km = (1..=15).find_map(|k| c.get(k))?.as_str();
        Some(if km == "42" || km.starts_with("42.") {
            "42.195".into()
        } else {
            km.into()
        })
    }
}

/// The sex a captured word names: "women's", "woman", "female", "ladies",
/// "girls" the women's, any other ("men's", "male", "boys") the men's.
pub(super) fn sex_word(word: &str) -> Sex {
    let w = word.to_lowercase();
    if ["wom", "fem", "lad", "girl"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        Sex::Women
    } else {
        Sex::Men
    }
}

/// "the women's race", "the men's title": the category a text speaks of
/// (not one it compares with: "Just as with the women, the whole podium
/// is Norwegian").
pub(super) fn sex_of_race(t: &str) -> Option<Sex> {
    static COMPARED: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:(?:just\s+)?as\s+(?:with|for|in)|like|unlike)\s+(?:in\s+)?the\s+(?:wo)?men(?:[’']s\s+(?:race|field))?\b",
        )
    });
    // (Only a text that names a sex can compare with one.)
    let named = sex_named(t)?;
    match COMPARED.find(t) {
        Some(m) => sex_named(&format!("{}{}", &t[..m.start()], &t[m.end()..])),
        None => Some(named),
    }
}

/// The words a translation puts after "feminine" or "masculine" for a
/// sex's race ("the feminine category", "in the masculine race").
const GROUP: &str = r"(?:category|race|section|field|podium|contest|event|competition|branch)";

/// The category the words of `t` name, the first of them ("the distaff
/// side", as Philippine sports pages write it, is the women's; "the
/// feminine category", as translations from Spanish, French, Italian or
/// Portuguese write it).
fn sex_named(t: &str) -> Option<Sex> {
    static WOMEN: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:women[’']s|womens|women|woman|females?|ladies|lady|distaff|feminine\s+{GROUP})\b"
        ))
    });
    // ("the fastest man"; not "Isle of Man". "the Mens Half Marathon": the
    // apostrophe left out.)
    static MEN: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:men[’']s|mens|men|males?|gentlemen|(?-i:man)|masculine\s+{GROUP})\b"
        ))
    });
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

/// Words that turn a sentence to another race: "while", "whereas", "but",
/// "and in the", a semicolon, and ", and" before the other sex's winner
/// ("X won in T, and the fastest woman was Y"; the turn is ", and", the
/// words of the winner open the next part), and a comma before another
/// runner's place in a headline ("Kiptoo wins the X Marathon, Ukrainian
/// Bondar first woman").
static TURN: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\bwhile\b|\bwhereas\b|\bbut\b|\band\s+(?:in|among)\s+the\b|;|(?:,\s*|\s)and\s+(the\s+(?:fastest|first|top|quickest|best|leading)\s+(?:woman|man|female|male|lady)\b)|,\s+((?-i:(?:\p{Lu}[\p{L}\-’']+\s+){1,3})(?:the\s+)?(?:first|fastest|quickest|top|best)\s+(?:woman|man|lady|female|male)\b)",
    )
});

/// Where each turn ([`TURN`]) is in `t`, as (start, end, words): of ", and
/// the fastest woman", only ", and ".
fn turns(t: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    TURN.captures_iter(t).filter_map(move |c| {
        let m = c.get(0)?;
        let end = c.get(1).or(c.get(2)).map_or(m.end(), |w| w.start());
        Some((m.start(), end, t[m.start()..end].trim_end()))
    })
}

/// `t` after the last word that turns to another race ("…, while the
/// men's race went to").
pub(super) fn after_turn(t: &str) -> &str {
    // Not at a semicolon: "… and males; first place X" names X's race
    // before it.
    turns(t)
        .filter(|&(_, _, w)| w != ";")
        .last()
        .map_or(t, |(_, end, _)| &t[end..])
}

/// `t` up to the first word that turns to another race.
pub(super) fn before_turn(t: &str) -> &str {
    // "…, but the Ethiopian faded …", "but he …": the same runner goes on.
    static SAME_RUNNER: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"^\s+(?:he|she|the\s+(?-i:\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i))\s+(?-i:\p{Ll}))")
    });
    turns(t)
        .find(|&(_, end, w)| !(w == "but" && SAME_RUNNER.is_match(&t[end..])))
        .map_or(t, |(start, _, _)| &t[..start])
}

/// The words after a runner's name that still speak of the runner: up to
/// a turn ([`before_turn`]), less a sex that opens the next part ("…, at
/// 1:55:37 and males; first place …").
pub(super) fn own_part(t: &str) -> &str {
    static NEXT_SEX: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)(?:,|\band)\s+(?:the\s+)?(?:women|men|females?|males?|ladies)\s*$")
    });
    let t = before_turn(t);
    NEXT_SEX.find(t).map_or(t, |m| &t[..m.start()])
}

/// The one category the part of a sentence around `pos` speaks of ("…
/// in the men's division of the race"), when it names only one; the parts
/// are cut at "while", "whereas", "but", "and in the", "and among the"
/// and semicolons, which turn to another race ("X won the marathon,
/// while Y took the women's title"; "A did not start, and in the men's
/// race B dropped out"; "Among the men A won and among the women B").
pub(super) fn one_sex_around(t: &str, pos: usize) -> Option<Sex> {
    let start = turns(t)
        .filter(|&(_, end, _)| end <= pos)
        .last()
        .map_or(0, |(_, end, _)| end);
    let end = turns(t)
        .find(|&(start, _, _)| start >= pos)
        .map_or(t.len(), |(start, _, _)| start);
    one_sex(&t[start..end])
}

/// The one category a text speaks of, when it names only one.
pub(super) fn one_sex(t: &str) -> Option<Sex> {
    let first = sex_of_race(t)?;
    static WOMEN: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:women[’']s|women|female|ladies|feminine\s+{GROUP})\b"
        ))
    });
    let women = WOMEN.is_match(t);
    let men = WOMEN.replace_all(t, " ");
    let men = sex_of_race(&men) == Some(Sex::Men);
    (women != men).then_some(first)
}

/// "she"/"her" or "he"/"his" in a paragraph, when only one kind occurs.
pub(super) fn pronoun_sex(x: &Extractor, i: usize) -> Option<Sex> {
    let line = x.out.sentences[i].line;
    // The paragraph's sentences (a paragraph's sentences are one run).
    let same = |k: &usize| x.out.sentences[*k].line == line;
    let first = (0..i).rev().take_while(same).last().unwrap_or(i);
    let last = (i..x.out.sentences.len())
        .take_while(same)
        .last()
        .unwrap_or(i);
    // (Not a later sentence that names a race of one sex: its pronouns are
    // that race's runner's, "Kiptoo won last year. … Mollel won the women's
    // race … to defend her title".)
    let text: String = (first..=last)
        .filter(|&k| k <= i || sex_of_race(x.text(k)).is_none())
        .map(|k| x.text(k))
        .collect::<Vec<_>>()
        .join(" ");
    let sex = match (SHE.is_match(&text), HE.is_match(&text)) {
        (true, false) => Sex::Women,
        (false, true) => Sex::Men,
        _ => return None,
    };
    // (Nor a paragraph that has told the other sex's race by the
    // sentence: "… after his debut, X won the race. Y won the women's race.
    // Z was second" — Z is not his.)
    let other = (first..=i).any(|k| one_sex(x.text(k)).is_some_and(|s| s != sex));
    (!other).then_some(sex)
}

/// Whether `lead` opens on "The X was won by" where X is one capitalised
/// word that names no race's kind or distance and no word of the series'
/// names ("The Handirun was won by"): another race of the event.
pub(super) fn other_event_won(x: &Extractor, lead: &str, series: usize) -> bool {
    static OTHER_EVENT: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^\W*[Tt]he\s+(\p{Lu}[\p{L}\-]+)\s+(?:was|were)\s+won\s+by\b"));
    let Some(c) = OTHER_EVENT.captures(lead) else {
        return false;
    };
    let w = &c[1];
    let of_series = x.out.entities[series]
        .names
        .iter()
        .any(|n| n.text.split_whitespace().any(|s| s.eq_ignore_ascii_case(w)));
    !of_series
        && !x.lx.has(crate::lexicon::Section::RaceType, w)
        && super::headings::parse_category(w, x.lx).is_none()
}

/// A paragraph that opens on the distance of the one before it.
pub(super) static SAME_DISTANCE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)^\s*(?:over|in|at|on)\s+the\s+same\s+(?:distance|course)\b"));

/// A runner's own sex told with a place ("the top woman", "first man").
pub(super) static PERSONAL_SEX: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)\b(?:top|first|fastest|leading|second|third)\s+(?:woman|female|lady|man|male)\b")
});

/// A sentence that opens on a sex, perhaps with a people's word: "Among
/// Slovenian women,", "In the men's race,".
pub(super) static SEX_OPENING: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:for|among|in)\s+(?:the\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+)\s+)?(women|men|ladies|females|males)(?:[’']s\s+(?:race|event|category|section|division))?\s*,",
    )
});

/// A paragraph's opening words that name a sex and no race ("For the
/// women,", "Among the men,", "In the women's race,").
pub(super) static SEX_ONLY_OPENING: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:for|among|in)\s+the\s+(?:women|men|ladies|females|males)(?:[’']s\s+(?:race|event|category|section|division))?\s*,",
    )
});

/// Whether the race a next runner's words name is theirs alone, not the
/// runner's before them (whose words are `own`): told of them alone ("X won
/// in T and Y was the top woman"), in their own relative clause ("…, and
/// B, who ended fifth in the women's category"), beside a place of each
/// ("A (T1) in seventh place and B (T2) in sixth place among women"), or of
/// a second winner (two winners, two races: "with A securing a win in T1
/// and B cruising to victory in T2 in the women's race", "A won in T1 and
/// B took the women's race in T2").
pub(super) fn sex_is_next_runners<'a>(own: &'a str, next: &'a str) -> bool {
    let head = |s: &'_ str| -> String {
        s.trim_start_matches([',', ' '])
            .split([',', ';'])
            .next()
            .unwrap_or("")
            .to_string()
    };
    let own_clause = next
        .trim_start_matches([',', ' '])
        .strip_prefix("who ")
        .is_some_and(|rel| sex_of_race(&head(rel)).is_some());
    let next_head = head(next);
    let parallel = ORDINAL_PLACE.is_match(own)
        && ORDINAL_PLACE.is_match(&next_head)
        && sex_of_race(&next_head).is_some();
    // ("A of Town won in T1 and B of Town took the women's race in T2": a
    // win without its object before the second, past the runners' towns.)
    static WON_IN: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)^\s*(?:won|wins|triumphed|prevailed)\s+(?:in|with)\s+\d"));
    let past_town = |s: &'a str| -> &'a str {
        let s = s.trim_start_matches([',', ' ']);
        super::name_context::OF_PLACE
            .find(s)
            .map_or(s, |m| s[m.end()..].trim_start_matches([',', ' ']))
    };
    let (own, next_told) = (past_town(own), past_town(next));
    let own_win = tells_win(own) || WON_IN.is_match(own);
    PERSONAL_SEX.is_match(next) || own_clause || parallel || (tells_win(next_told) && own_win)
}
