//! Places of another race than the open one: the wheelchair race, a
//! children's race, a nation's own ranking ("the elite Indian men's race",
//! "Among Indian women, X won"), told in a runner's words.

use crate::lexicon::Section;
use crate::pattern::fixed as re;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// Whether a runner's words name another race than the open one ("In the
/// wheelchair race", "the domestic men's title", "the national
/// championship", "the masters category",
/// "the Women's Master 2 category", "Top masters honors went to X"): a
/// word of `[subgroup]` (and a class
/// number) before a word for a race or a ranking, an age
/// group ("the women's 40-49 category"), a children's race ("the
/// under-15s mile", "the girls' race", "the kids' 2km"), a race walk
/// ("won the 10km walk"), or a ranking by points ("finished
/// second with 176 points").
pub(super) fn other_race(text: &str) -> bool {
    static OTHER: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:{})\s+(?:\d{{1,2}}\s+)?(?:(?:men[’']s|women[’']s|male|female|men|women|girls[’']?|boys[’']?)\s+)?(?:(?:marathon|half[\s\-]marathon|half|10\s?k|10\s?km|road|running)\s+)?(?:title|titles|championship|championships|crown|group|race|races|category|categories|field|ranking|rankings|division|section|class|event|standings|competition|honou?rs)\b",
            crate::lexicon::get().alternation(Section::Subgroup)
        ))
    });
    // "In the Indian Elite Men's category", "won the Korean section for
    // men and women", "took the Malaysian women's title": a nation's
    // ranking beside the open race.
    static NATIONAL: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\b(\p{Lu}\w+)\s+(?:(?:[Ee]lite\s+)?(?:[Mm]en[’']s|[Ww]omen[’']s|[Mm]ale|[Ff]emale)\s+(?:category|categories|ranking|rankings|division|section|class|standings|field)|(?:section|ranking|rankings|standings)\s+for\s+(?:wo)?men)\b|\b(?:take|took|taking|won|win|winning|claim|claimed|claiming|clinch|clinched|clinching)\s+the\s+(\p{Lu}\w+)\s+(?:[Ee]lite\s+)?(?:[Mm]en[’']s|[Ww]omen[’']s)\s+(?:title|crown)\b|\b(\p{Lu}\w+)\s+[Ee]lite\s+(?:[Mm]en[’']s|[Ww]omen[’']s|[Mm]ale|[Ff]emale)\s+(?:title|race|crown)\b|\b(?:took|won|claimed|clinched|taking|winning)\s+the\s+(\p{Lu}\w+)\s+(?:national\s+)?championships?\s+(?:title|crown|gold)\b",
        )
    });
    // "the elite Indian men's race": the same, told as a race of its own.
    static NATIONAL_ELITE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\b[Ee]lite\s+(\p{Lu}\w+)\s+(?:[Mm]en[’']s|[Ww]omen[’']s|[Mm]ale|[Ff]emale)\s+(?:race|title|field|event|competition)\b",
        )
    });
    // "the women's 40-49 category", "the men's 30-39 group", "2nd in
    // the F50-59s", "3rd in the Male Under 50s", "was second over-45",
    // "top of my age group, and Ewan was 2nd in his", "first in the
    // women's 70-plus category", "the over-60 division", "1st M60-64" (not
    // "fourth and first W50", a place overall beside it): an age group's
    // ranking; "first across the line off his handicap": a handicap's.
    static AGE_GROUP: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:1st|first)\s+(?-i:[MFVWK])\d{2}\s?[-–]\s?\d{2}\b|\b(?:off|on)\s+(?:his|her|their)\s+handicap\b|\b\d{2}\s?[-–]\s?\d{2}\s+(?:category|categories|group|age[\s\-]group|division|class|section|bracket)\b|\b\d{2}(?:-plus|\s?\+)\s*(?:category|group|age[\s\-]group|division|class|section|bracket)\b|\b(?:over|under)[\s\-]\d{2}s?\s+(?:category|group|age[\s\-]group|division|class|section|bracket)\b|\b(?:in|of|among)\s+the\s+(?-i:[MFVW])\d{2}(?:\s?[-–]\s?\d{2})?s?\b|\b(?:male|female|men[’']?s?|women[’']?s?)\s+(?:under|over)\s+\d{2}s?\b|\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+over-\d{2}s?\b|\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+in\s+(?:his|hers|theirs)\s*(?:[.,;]|$)",
        )
    });
    // "the under-15s mile", "the boys' race", "the kids' 2km": a
    // children's race; "the wheelchair marathon": a race on wheels, named
    // by its distance; "the 10km walk", "the women's walkers": a race walk.
    static CHILDREN: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:boys|girls|children|kids|youth)[’']?\s+(?:race|races|event|mile|run|category|title|\d{1,2}\s?km?)\b|\b\d{1,2}(?:\.\d)?\s?km?\s+(?:race\s+)?walk\b|\brace\s?walk\b|\b(?:wo)?men[’']s\s+walk(?:ers|ing)?\b|\bunder-\d{1,2}s?\b|\b[Uu]-?1\d[sS]?\b|\b(?:wheelchair|handcycle|hand-cycle|handbike)\s+(?:(?:men|women)[’']s\s+)?(?:marathon|half[\s\-]marathon|half|10\s?km?)\b",
        )
    });
    // A sentence that opens "Among Indian women, X won", "Among Kenyans,
    // …", "In the Indian category, …", and "… and B (third) were the
    // leading South Africans" (for the runner whose words say it): a
    // nation's own ranking.
    static AMONG: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^\W*[Aa]mong\s+(?:the\s+)?(\p{Lu}\w+?)s?\s+(?:men|women|runners|athletes|finishers|entrants|participants)\b|^\W*[Aa]mong\s+(?:the\s+)?(\p{Lu}\w+?)s\b|^\W*[Ii]n\s+the\s+(\p{Lu}\w+)\s+(?:category|ranking|standings|section)\b|\bwere\s+the\s+(?:leading|best|top|first)\s+((?:\p{Lu}\w+\s)?\p{Lu}\w+?)s\b",
        )
    });
    // "Among the Moorfoot contingent, X finished 48th": places among the
    // field of a club's own runners.
    static CONTINGENT: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^\W*[Aa]mong\s+(?:the\s+|our\s+)?(?:\p{Lu}[\w’'\-]*\s+){1,3}(?:contingent|club\s+members|members|squad)\b",
        )
    });
    let among = |m: regex::Captures| {
        [m.get(1), m.get(2), m.get(3), m.get(4)]
            .into_iter()
            .flatten()
            .any(|g| {
                let lx = crate::lexicon::get();
                lx.country_by_demonym(g.as_str()).is_some()
                    || lx.country_by_demonym(&format!("{}s", g.as_str())).is_some()
            })
    };
    let demonym = |m: regex::Captures| {
        m.get(1)
            .or_else(|| m.get(2))
            .or_else(|| m.get(3))
            .or_else(|| m.get(4))
            .is_some_and(|g| {
                crate::lexicon::get()
                    .country_by_demonym(g.as_str())
                    .is_some()
            })
    };
    // "Second and third in the championship were A and B": places in a
    // championship held inside the race, not the race's.
    static IN_CHAMPIONSHIP: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)(?:\s+and\s+(?:third|fourth|fifth|3rd|4th|5th))?\s+in\s+the\s+(?:national\s+)?championships?\s+(?:were|was|went)\b",
        )
    });
    // "X finished second with 176 points": a ranking by points (teams, a
    // series), not by time.
    static POINTS: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\b(?:with|on|scoring|totall?ing)\s+\d{1,4}\s+points\b"));
    // "won the W60 prize", "took the M65": an age group's win, where the
    // sentence tells no place in the race beside it ("Third was X; the
    // Swiss won the W30 class").
    static AGE_WIN: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:won|wins|took|takes|claimed|captured|topped|scooped|bagged)\s+the\s+(?-i:[MFVWK])\d{2}(?:\s?[-–]\s?\d{2})?s?\b",
        )
    });
    static PLACE_WORD: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up)\b")
    });
    CHILDREN.is_match(text)
        || AGE_GROUP.is_match(text)
        || (AGE_WIN.is_match(text) && !PLACE_WORD.is_match(text))
        || POINTS.is_match(text)
        || IN_CHAMPIONSHIP.is_match(text)
        || CONTINGENT.is_match(text)
        || OTHER.is_match(text)
        || (NATIONAL.is_match(text) && NATIONAL.captures_iter(text).any(demonym))
        || (NATIONAL_ELITE.is_match(text) && NATIONAL_ELITE.captures_iter(text).any(demonym))
        || (AMONG.is_match(text) && AMONG.captures_iter(text).any(among))
}

/// "… to beat B, who recorded T2, and take the Korean men's title": the
/// sentence's first runner goes on to a nation's own title, so the win it
/// tells is of that ranking, not of the open race.
pub(super) fn and_take_national_title(text: &str) -> bool {
    static TAKE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"\band\s+(?:take|win|claim|clinch|seal)\s+the\s+(\p{Lu}\w+)\s+(?:[Mm]en[’']s|[Ww]omen[’']s)\s+(?:title|crown)\b",
        )
    });
    TAKE.captures_iter(text)
        .any(|m| crate::lexicon::get().country_by_demonym(&m[1]).is_some())
}

/// "A, 31, and B, 29, both of the Wonju team, won the Korean section for
/// men and women": runners of one list whose shared words, after the last
/// of them, name another race.
pub(super) fn list_of_other_race(text: &str, runners: &[(super::names::Chunk, usize)]) -> bool {
    static AGE_GAP: LazyLock<Pattern> =
        LazyLock::new(|| re(r"^\s*,\s*\d{2}\s*,\s*(?:and\s+)?$|^\s*,\s*\d{2}\s*,?\s+and\s+$"));
    let (Some((first, _)), Some((last, _))) = (runners.first(), runners.last()) else {
        return false;
    };
    runners.len() >= 2
        && first.start < last.start
        && runners.windows(2).all(|w| {
            let gap = &text[w[0].0.end..w[1].1];
            super::together::LIST_GAP.is_match(gap) || AGE_GAP.is_match(gap)
        })
        && other_race(&text[last.end..])
}
