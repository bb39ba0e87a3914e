//! The first edition of a race, told as such ("That first race, … It was
//! won by X in T"): its results are of the year the article gives the
//! first edition ("founded the race in 2011", "first held in 2011"), and
//! of no year when it gives none, never of the article's own year.

use super::super::Extractor;
use crate::pattern::Pattern;
use std::sync::LazyLock;

/// A sentence that opens on the first edition: "That first race, …",
/// "The inaugural edition …", "The very first running …".
static FIRST_EDITION: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)^\W*(?:that|the)\s+(?:very\s+)?(?:first|inaugural|maiden)\s+(?:race|edition|run|running|event|year)\b",
    )
});

/// Where an article gives the year of the first edition: "founded the
/// race in 2011", "first held in 1996", "the first edition in 1996",
/// "launched in 2004".
static FIRST_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:founded|born|inaugurated|established|launched|started|created|first\s+(?:held|run|staged|organi[sz]ed)|(?:first|inaugural)\s+edition)\b[^.;]{0,50}?\bin\s+((?:19|20)\d\d)\b",
    )
});

/// An edition numbered second or later: "the 31st edition", "its tenth
/// running" (group 1 the number, when written in figures).
static LATER_EDITION: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:(\d{1,3})(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+tieth|\w+teenth)\s+(?:edition|running|staging)\b",
    )
});

/// Words of a sentence about an edition to come.
static TO_COME: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::fixed(r"(?i)\b(?:will|next|coming|upcoming|plans?|hopes?)\b"));

impl Extractor<'_> {
    /// The year of what the clause of sentence `i` that opens at `cs`
    /// tells, when it, or an earlier sentence of its paragraph, opens on
    /// the first edition of a race the article shows run since (a year
    /// given to the first edition before the article's, or an edition
    /// numbered second or later): that year, or none (`Some(None)`).
    /// `None` when it is not of a past first edition.
    pub(in crate::extract) fn first_edition_year(
        &self,
        i: usize,
        cs: usize,
    ) -> Option<Option<i32>> {
        let opens = FIRST_EDITION.is_match(&self.text(i)[cs..])
            || self
                .earlier_in_paragraph(i)
                .any(|k| FIRST_EDITION.is_match(self.text(k)));
        if !opens {
            return None;
        }
        let year = FIRST_YEAR
            .captures(self.body)
            .and_then(|c| c[1].parse::<i32>().ok());
        let past = match (year, self.reference_year()) {
            (Some(y), Some(now)) => y < now,
            _ => LATER_EDITION.captures_iter(self.body).any(|c| {
                // (Not one to come: "We will be more careful in the second
                // edition.")
                let (s, e) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
                let from = self.body[..s].rfind(['.', '\n']).map_or(0, |p| p + 1);
                let to = self.body[e..]
                    .find(['.', '\n'])
                    .map_or(self.body.len(), |p| e + p);
                c.get(1)
                    .and_then(|n| n.as_str().parse::<u32>().ok())
                    .is_none_or(|n| n >= 2)
                    && !TO_COME.is_match(&self.body[from..to])
            }),
        };
        past.then_some(year)
    }
}
