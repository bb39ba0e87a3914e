//! The words around a name that make it no runner's, or a runner's
//! aside: a sponsor before it, a home town or state set off by commas,
//! where a person is from, a number of people, a school or employer
//! before "student", a club in quotes, an aside on someone (read by
//! [`super::runners::runners`]); and the club, town or age between a
//! runner's name and the runner's time (read by the prose's places).

/// "presented by", "sponsored by": a sponsor's name follows, no runner's.
pub(super) static SPONSOR_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(r"\b(?:presented|sponsored|powered|backed|supported)\s+by\s+$")
    });
/// A name and "of" or "from" right before a chunk (a town, when its
/// state's code follows: "Tyler Nova from State College, Pa.,").
pub(super) static NAME_FROM_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"[\p{Lu}][\p{L}'’\-]+\s+(?:of|from)\s+$"));

/// A name and "from" right before a chunk ("X from KB Oliwa, took
/// fourth": where the runner is from; not "of", which also follows a day,
/// "the victory on Sunday of X, who won").
pub(super) static NAME_FROM_ONLY_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"[\p{Lu}][\p{L}'’\-]+\s+from\s+$"));

/// The spans of the asides on someone that a sentence sets off by commas
/// (", who was third last year behind B and C,"), up to the comma that
/// goes back to the sentence: the first one before a word in lower case
/// (not a list's comma before a name).
pub(super) fn who_asides(t: &str) -> Vec<(usize, usize)> {
    static WHO: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(|| crate::pattern::fixed(r",\s+who\s"));
    static BACK: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(|| crate::pattern::fixed(r",\s+\p{Ll}"));
    // (Not the winner's own clause that a time after a comma ends: "A, who
    // ran T and won by a minute from B, Club, in T2": B's time.)
    static TIME_AFTER: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(|| crate::pattern::fixed(r"^,\s+(?:in|at|with|after)\s+\d"));
    WHO.find_iter(t)
        .filter_map(|m| {
            let end = BACK.find(&t[m.end()..])?.start() + m.end();
            (!TIME_AFTER.is_match(&t[end..])).then_some((m.start(), end))
        })
        .collect()
}

/// A state's code after a town: ", Pa.,", ", MD ".
pub(super) static STATE_CODE_AFTER: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"^,\s+(?:[A-Z]{2}\b|[A-Z][a-z]{1,4}\.)"));

/// A closing quote and a word for a club after a name in quotes.
pub(super) static QUOTED_CLUB_AFTER: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(r#"(?i)^["”]\s+(?:club|team|society|association|squad|academy)\b"#)
    });

/// A name and "of" or "from" right before a chunk, past a town and a comma
/// or after a comma: the chunk is the runner's town or its state.
pub(super) static HOME_TOWN_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"[\p{Lu}][\p{L}'’\-]+(?:,\s+(?:of|from)\s+|\s+(?:of|from)\s+[\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{Lu}][\p{L}.'’\-]*){0,2},\s+)$",
        )
    });
/// Right before where a person is from or lives: "a native of", "hails
/// from", "based in".
pub(super) static ORIGIN_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:(?:native|natives|resident|residents)\s+of|hails?\s+from|originally\s+from|born\s+in|grew\s+up\s+in|lives\s+in|based\s+in)\s+(?:the\s+)?$",
        )
    });
/// A number of people right before a name in the plural ("nine Weald
/// Oaks", "a dozen Harriers"): the name is a club's or a people's, not a
/// person's.
pub(super) static COUNTED_BEFORE: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozen|several|many|some|all)\s+$",
        )
    });
/// A lower-case word of what a person is somewhere before the person's
/// name ("College student X", "Gosport resident X").
pub(super) static DESCRIBES_NEXT: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"^\s+(?:student|graduate|alumnus|alumna|teacher|lecturer|pupil|resident|native|employee|nurse|senior|junior|sophomore|freshman)s?\s+\p{Lu}",
        )
    });
/// A name between "a" (or "a former") and a lower-case word of what a
/// person is ("Laura X, a former Magnolia State College runner, was the
/// fastest woman"): a school's, a club's or an employer's.
pub(super) static DESCRIBED_AS: std::sync::LazyLock<(
    crate::pattern::Pattern,
    crate::pattern::Pattern,
)> = std::sync::LazyLock::new(|| {
    (
        crate::pattern::fixed(r"\b(?:a|an)\s+(?:(?:former|one-time|current|fellow)\s+)?$"),
        crate::pattern::fixed(
            r"^\s+(?:runner|athlete|student|graduate|standout|star|captain|coach|teacher|employee|nurse|alumnus|alumna)s?\b",
        ),
    )
});
/// A runner's age and "of" or "from" before a name: the name is a town,
/// or the state after it ("Lucy Wanjiku, 27, of Washington, D.C.,").
pub(super) static AGE_OF: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
    || {
        crate::pattern::fixed(
            r"(?i),\s*\d{1,3},\s+(?:of|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{Lu}][\p{L}.'’\-]*){0,2},\s+)?$",
        )
    },
);

/// A club or town opening the brackets that close on the runner's time
/// ("B (Gower Road Runners, 31:40)"), up to the time.
pub(super) static CLUB_THEN_TIME: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"^\s*\(\s*\p{Lu}[^()\d;]{1,60},\s*$"));

/// A club set off by commas before a runner's time (", Norrköping
/// Athletics, in T").
pub(super) static CLUB_COMMAS_THEN_TIME: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(r"^,\s*\p{Lu}[^,;()\d]{1,40},\s*(?:in\s+)?$")
    });

/// A club or country in brackets without a figure ("(Callan Valley AC)").
pub(super) static CLUB_BRACKET: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| crate::pattern::fixed(r"^\s*\([^)\d]{2,60}\)\s*"));

/// "31, of Frederick (" before a time: a runner's age and home town.
pub(super) static AGE_TOWN: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
    || {
        crate::pattern::fixed(
            r"^(?:\d{1,3},\s*)?(?:of|from)\s+\p{Lu}[^(),;]{0,40}(?:,\s*\p{Lu}[^(),;]{0,20})?\s*\(\s*$",
        )
    },
);

/// "beating X who clocked 2:15:20": the runner's own time in a relative
/// clause right after the name, the words up to the time.
pub(super) static WHO_TIMED: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"^,?\s*who\s+(?:clocked|timed|recorded|posted|stopped\s+the\s+clock\s+(?:at|in)|crossed\s+the\s+(?:finish\s+)?line\s+in|finished\s+in)\s+(?:a\s+time\s+of\s+)?$",
        )
    });

/// "of Rockville ", "from the Valley Harriers (V40) ": where a runner is
/// from, right after the name (perhaps with its kind of place in lower
/// case: "of Selenge aimag", "from Uvs province").
pub(super) static OF_PLACE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
    || {
        crate::pattern::fixed(
            r"^(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|(?:of|de|la|del)\b))*(?:\s+(?:aimag|soum|province|prefecture|oblast|governorate|district|county|region|municipality|city)\b)?(?:\s+in\s+(?:Co\.?\s+|County\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)?)?(?:,\s*[A-Z]{2}\b)?\s*(?:\([^)]{0,30}\)\s*)?",
        )
    },
);

/// Right after a runner, before the verb: the day ("on Sunday",
/// "yesterday morning", "last weekend").
pub(super) static WHEN_BEFORE_VERB: std::sync::LazyLock<crate::pattern::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)^(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday(?:\s+(?:morning|afternoon|evening))?|today|this\s+(?:morning|afternoon|weekend)|last\s+(?:weekend|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+",
        )
    });
