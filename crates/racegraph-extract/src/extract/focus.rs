//! What a sentence is about when it does not say: the series of its
//! paragraph, its section or the article (the year: `years`).

use super::years::explicit_year;
use super::*;

impl Extractor<'_> {
    /// Whether the article speaks of a championship (a word of
    /// `[championship]` or "champs", capitalised or not): medals are then
    /// its, not the race's places.
    pub(super) fn championship_told(&self) -> bool {
        static CHAMPS: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(r"(?i)\b(?:championships?|champs|trials|nationals)\b")
            });
        // (Not a teaser of another story after "Related": "… names squad
        // for cross-country trials".)
        static TEASERS: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
            || {
                crate::pattern::fixed(
                    r"(?im)^\W*(?:related(?:\s+(?:articles?|stories|news|posts?))?|more\s+(?:from|stories|news)\b.*|you\s+may\s+also\s+like|also\s+read|read\s+also|recommended(?:\s+for\s+you)?)\s*:?\s*$",
                )
            },
        );
        let body = TEASERS
            .find(self.body)
            .map_or(self.body, |m| &self.body[..m.start()]);
        CHAMPS.is_match(body)
    }

    /// The sentences of `i`'s paragraph before it, nearest first; at most
    /// 64, so a paragraph of thousands of sentences takes linear time.
    pub(super) fn earlier_in_paragraph(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let line = self.out.sentences[i].line;
        (0..i)
            .rev()
            .take_while(move |&k| self.out.sentences[k].line == line)
            .take(64)
    }

    /// The series a sentence speaks of: one it names (not a runner's own
    /// race of another time, [`own_other_race`]), else the article's.
    pub(super) fn series_in(&self, i: usize) -> Option<EntityId> {
        let t = self.text(i);
        self.sents[i]
            .chunks
            .iter()
            .find(|(c, s)| *s == Shape::Series && !own_other_race(t, c.start, c.end))
            .and_then(|(c, _)| self.lookup(Kind::RaceSeries, &self.series_key_of(c.text(t))))
            .or_else(|| self.series_by_town(i))
            .or_else(|| self.paragraph_series(i))
            .or_else(|| {
                self.earlier_in_paragraph(i)
                    .find_map(|k| self.series_by_town(k))
            })
            .or_else(|| self.there_series(i))
            .or(self.heading_series.get(i).copied().flatten())
            .or(self.focus)
    }

    /// "X won the women's 21km there": the race of the town the sentence
    /// before opens on ("On 2 August in Swakopmund, …").
    fn there_series(&self, i: usize) -> Option<EntityId> {
        static THERE: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"(?i)\b(?:won|took|finished|came|claimed|clocked|ran|race|\d+\s?km|title)\b[^.;]{0,40}?\bthere\s*(?:[,.;]|$)",
            )
        });
        // (The word alone first: most sentences have none, and one
        // search for it costs less than the pattern's bounded gap.)
        static WORD: LazyLock<Pattern> = LazyLock::new(|| crate::pattern::fixed(r"(?i)\bthere\b"));
        if !WORD.is_match(self.text(i)) || !THERE.is_match(self.text(i)) {
            return None;
        }
        self.series_by_town(i.checked_sub(1)?)
    }

    /// The series of a sentence's section, leaving aside the ones the
    /// sentence names: its paragraph's, its heading's, else the article's.
    pub(super) fn section_series(&self, i: usize) -> Option<EntityId> {
        self.paragraph_series(i)
            .or(self.heading_series.get(i).copied().flatten())
            .or(self.focus)
    }

    /// The last series named earlier in the same paragraph.
    pub(super) fn paragraph_series(&self, i: usize) -> Option<EntityId> {
        self.earlier_in_paragraph(i).find_map(|k| {
            let t = self.text(k);
            // (Not a past edition: "who won the K Marathon in 2022".)
            self.sents[k]
                .chunks
                .iter()
                .rev()
                .find(|(c, s)| {
                    *s == Shape::Series
                        && !another_year(t, c.end, self.published.map(|d| d.year))
                        && !own_other_race(t, c.start, c.end)
                        && !qualified_for(t, c.start, c.end)
                        && !ALSO_RACED.is_match(&t[..c.start])
                })
                .and_then(|(c, _)| self.lookup(Kind::RaceSeries, &self.series_key_of(c.text(t))))
        })
    }

    /// A sentence that opens on a town ("In Oshakati, …", "On 2 August in
    /// Swakopmund, …"): the one race of the article whose name begins with
    /// it ("Oshakati Half Marathon"), of several races in several towns.
    pub(super) fn series_by_town(&self, i: usize) -> Option<EntityId> {
        static OPENS_ON_TOWN: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"^\W*(?:[Oo]n\s+[^,]{3,25}?\s+)?[Ii]n\s+(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)\s*,",
            )
        });
        let t = self.text(i);
        let town = OPENS_ON_TOWN.captures(t)?;
        let town = format!("{} ", &town[1]);
        let mut found = self
            .out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == Kind::RaceSeries && e.names.iter().any(|n| n.text.starts_with(&town))
            })
            .map(|(id, _)| id);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// For each sentence, the series named by the last short heading line
    /// above it ("LOIRE VALLEY MARATHON"), if any.
    pub(super) fn heading_series(&self) -> Vec<Option<EntityId>> {
        let mut current = None;
        (0..self.sents.len())
            .map(|i| {
                let t = self.text(i);
                // A heading, or the opening sentence of a paragraph ("BRUGES - …
                // won the Bruges Canals 10K"), that names a series opens its section.
                let opens = i == 0 || self.out.sentences[i - 1].line != self.out.sentences[i].line;
                let heading = t.split_whitespace().count() <= 8 && !t.ends_with('.');
                // A quote, or a past edition ("the winner of the 2021 X
                // Marathon"), does not open a section about that race.
                let quoted = t.starts_with(['"', '“', '‘', '\'']);
                if heading || (opens && !quoted) {
                    // The first series it names as the race at hand (past
                    // a runner's title: "Former X Half Marathon runner-up
                    // Y led a sweep at the Z Marathon").
                    let named = self.sents[i]
                        .chunks
                        .iter()
                        .filter(|(_, s)| *s == Shape::Series);
                    let mut named =
                        named.skip_while(|(c, _)| !heading && career_title(t, c.start, c.end));
                    // (A sentence that lists the day's races, "the 42km
                    // Marathon, the X 21km Half Marathon, …", opens none.)
                    let lists = !heading && LISTS_RACES.is_match(t);
                    if let Some((c, _)) = named.next().filter(|(c, _)| {
                        heading
                            || (!lists
                                && explicit_year(crate::extract::tail(&t[..c.start], 12), 0)
                                    .is_none()
                                && !another_year(t, c.end, self.published.map(|d| d.year))
                                && !named_in_passing(t, c.start, c.end)
                                && !one_of_listed_races(t, c.start)
                                && !self.side_event(c.text(t)))
                    }) {
                        current = self.lookup(Kind::RaceSeries, &self.series_key_of(c.text(t)));
                    } else if !heading
                        && current.is_some_and(|s| self.turns_to_other_distance(t, s))
                    {
                        // "After dark it was the turn of the Lantern 5K, …"
                        // then "On Sunday the marathon started …": the
                        // article's race again, not the 5K's.
                        current = None;
                    }
                }
                current
            })
            .collect()
    }

    /// Whether a paragraph's opening sentence `t` names a race by its kind
    /// ("the marathon", "the half marathon", "the 10K") longer than the one
    /// series `s` is named for ("Lantern 5K"): an event named for a 5K
    /// holds no marathon, while a half marathon's may hold a 10K.
    fn turns_to_other_distance(&self, t: &str, s: EntityId) -> bool {
        static KIND: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"(?i)\bthe\s+(?:(?:full|half)[\s-])?marathon\b|\bthe\s+\d{1,2}\s?(?:k|km)\b",
            )
        });
        let Some(own) = super::rules::headings::series_distance(self, s) else {
            return false;
        };
        KIND.find(t)
            .and_then(|m| super::rules::headings::parse_category(m.as_str(), self.lx))
            .and_then(|c| c.distance)
            .zip(own.parse::<f64>().ok())
            .is_some_and(|(d, own)| d.parse::<f64>().is_ok_and(|d| d > own + 0.5))
    }

    /// A children's or fun event's name ("the Kids' Run"): words of
    /// `[side_event]`.
    pub(super) fn side_event(&self, name: &str) -> bool {
        name.split_whitespace().any(|w| {
            self.lx.has(
                crate::lexicon::Section::SideEvent,
                &w.to_lowercase().replace('’', "'"),
            )
        })
    }
}

/// A sentence that lists races after a colon or as "races: A, B and C"
/// ("line up in four categories: the 42.2k Full Marathon, …").
static LISTS_RACES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:races|events|distances|programme|program|categories|courses)\b[^.:;]{0,30}:\s",
    )
});

/// Before a race a paragraph's runners "also" ran ("Runners also competed
/// over 5 kilometres and in the "Night Ten" race"): a side race, not the
/// paragraph's.
static ALSO_RACED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(r"(?i)\balso\s+(?:competed|ran|raced|took\s+part|lined\s+up)\b[^.;]*$")
});

/// A race named last in a list of the day's races ("the Marathon,
/// Half-Marathon and Team Run at 19:00"): not a section's race.
fn one_of_listed_races(t: &str, start: usize) -> bool {
    static LISTED: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:marathon|half[\s-]marathon|half|\d+(?:\.\d+)?\s?(?:k|km|mile|miles)|relay)\s*(?:,|and|&)\s*(?:the\s+)?$",
        )
    });
    LISTED.is_match(crate::extract::tail(&t[..start], 40))
}

/// A race named in passing in a sentence of prose: a runner's own race of
/// another time or their plans ([`own_other_race`], [`another_time`]), a
/// race the article's race qualifies runners for, a rival race: no list
/// below it is that race's.
pub(super) fn named_in_passing(t: &str, start: usize, end: usize) -> bool {
    own_other_race(t, start, end)
        || another_time(t, start, end)
        || qualified_for(t, start, end)
        || rival_race(t, start, end)
}

/// A race the article's race qualifies runners for ("the Boston Marathon
/// qualifier", "a qualifying race for the X Marathon", "to qualify for the
/// X"): not a section's race.
fn qualified_for(t: &str, start: usize, end: usize) -> bool {
    static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:qualif(?:ier|ying\s+(?:race|event|run|time|standard|mark))|to\s+qualify|qualified)\s+for\s+(?:the\s+|next\s+year[’']s\s+)?$",
        )
    });
    static AFTER: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"(?i)^(?:[’']s)?\s+qualif(?:ier|ying)\b"));
    BEFORE.is_match(crate::extract::tail(&t[..start], 50)) || AFTER.is_match(&t[end..])
}

/// A race named as the one the article's race competed with ("was up
/// against the Berlin Marathon, held the same day"): not a section's race.
fn rival_race(t: &str, start: usize, end: usize) -> bool {
    static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:up\s+against|clash(?:es|ed)?\s+with|competing\s+with|rather\s+than)\s+(?:the\s+)?$",
        )
    });
    static AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)^,?\s+(?:(?:which\s+was\s+)?(?:held|run|staged)\s+)?(?:on\s+)?the\s+same\s+(?:day|weekend|morning)\b",
        )
    });
    BEFORE.is_match(crate::extract::tail(&t[..start], 40)) || AFTER.is_match(&t[end..])
}

/// A race named in a runner's title before the runner's name ("Former
/// Boston Marathon runner-up X", "two-time Lakeside Marathon champion X"):
/// the runner's career, not a section's race.
fn career_title(t: &str, start: usize, end: usize) -> bool {
    static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)(?:^|\s)(?:former|ex-|past|one-time|(?:two|three|four|five|six|\d)[- ]times?)\s+(?:the\s+)?$",
        )
    });
    static AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"^\s+(?:(?:men's|women's|men’s|women’s)\s+)?(?:runner-up|champion|winner|course[- ]record[- ]holder|record[- ]holder)\s+\p{Lu}",
        )
    });
    BEFORE.is_match(crate::extract::tail(&t[..start], 24)) || AFTER.is_match(&t[end..])
}

/// A race followed by a year not the article's ("who won the Kuching
/// Marathon in 2022, was first home"): a past edition, not the section's race.
fn another_year(t: &str, end: usize, published: Option<i32>) -> bool {
    static IN_YEAR: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"^\s+in\s+((?:19|20)\d\d)\b"));
    IN_YEAR
        .captures(&t[end..])
        .and_then(|c| c[1].parse::<i32>().ok())
        .is_some_and(|y| published.is_some_and(|p| y < p))
}

/// A runner's own race of another time ("added the half marathon title to
/// his Kilfinane 10 Mile win of last month", "Already the winner of the
/// Moundou 15 km in December, X won …"): a possessive before the race's
/// name, or a title held in the sentence's opening words, and another time
/// beside it, or an aside on a runner with another time ("X, who came
/// fourth at the Y Marathon last month, …"); a place of late in apposition
/// ("recently runner-up in the X").
pub(super) fn own_other_race(t: &str, start: usize, end: usize) -> bool {
    static OWN: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r"(?i)\b(?:his|her|their)\s+$"));
    static TITLE_OPENING: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)^\W*(?:(?:already|also|previously)\s+)?(?:the\s+)?(?:winner|champion|runner-up)\s+(?:of|at)\s+(?:the\s+)?$",
        )
    });
    // ("…, winner of the last Oran Marathon, …", "Varga, a former
    // Melbourne Marathon champion, …": a title of an earlier edition, in
    // apposition.)
    static LAST_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i),\s*(?:the\s+)?(?:winner|champion|runner-up|victor)\s+(?:of|at)\s+the\s+(?:last|previous|past|latest)\s+$|,\s*(?:a|the)\s+(?:former|past|previous|one-time|two-time|three-time)\s+$",
        )
    });
    // ("X (Club), recently runner-up in the Connacht 10k, was second": a
    // place of another race of late, in apposition.)
    static RECENT_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i),\s*(?:who\s+was\s+)?recently\s+(?:the\s+)?(?:runner[\s\-]up|second|third|winner|victorious)\s+(?:in|at|of)\s+the\s+$",
        )
    });
    // ("Nicholas Kiptanui (Kenya, the winner of the 3rd Zakopane Winter
    // Ten)": a title of a runner's, in brackets after the name.)
    static BRACKET_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\([^()]*\b(?:winner|champion|runner-up|victor)\s+(?:of|at)\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?$",
        )
    });
    let bracket_title = || {
        BRACKET_TITLE.is_match(crate::extract::tail(&t[..start], 80)) && t[end..].starts_with(')')
    };
    // ("X, who came fourth at the Wuxi Marathon last month, hung on for
    // second": a race of another time in an aside on a runner.)
    static WHO_ASIDE: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r",\s+who\s+[^,;]{1,100}?,"));
    let in_aside = || {
        WHO_ASIDE
            .find_iter(t)
            .any(|m| m.start() < start && end <= m.end())
    };
    ((OWN.is_match(crate::extract::tail(&t[..start], 8))
        || TITLE_OPENING.is_match(&t[..start])
        || in_aside())
        && another_time(t, start, end))
        || LAST_TITLE.is_match(crate::extract::tail(&t[..start], 50))
        || RECENT_PLACE.is_match(crate::extract::tail(&t[..start], 50))
        || bracket_title()
}

/// A race named beside another time than the article's ("the Maloti Half
/// Marathon title he won earlier this year", "fourth in February at the
/// Lake Nakuru Half Marathon", "a place in next spring's X Marathon",
/// "Next, X is set to run the Y Half Marathon"): a runner's career, prize
/// or plans, not a section's race.
fn another_time(t: &str, start: usize, end: usize) -> bool {
    static OTHER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)\b(?:(?:earlier|later)\s+(?:this|that)\s+year|(?:last|next)\s+(?:year|month|season|spring|autumn|fall|summer|winter)|(?:in|since)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:years?|months?|weeks?|days?)\s+(?:ago|earlier)|\bfresh\s+from\b|\brecently\s+(?:(?:the\s+)?runner[\s\-]up|second|third|won|the\s+winner|victorious|placed|finished|ran|raced)\b|(?:he|she)\s+(?:had\s+)?won\b|^\W*next\s*,|(?:is|are)\s+(?:set|due|scheduled|expected|slated)\s+to\s+(?:run|race|compete|line\s+up|defend)|\bwill\s+(?:run|race|compete|line\s+up)\b|\bplans?\s+to\s+(?:run|race)\b|(?:his|her|their)\s+next\s+(?:race|outing|marathon|start))",
        )
    });
    let before = crate::extract::tail(&t[..start], 40);
    let mut stop = t.len().min(end + 60);
    while !t.is_char_boundary(stop) {
        stop -= 1;
    }
    let after = &t[end..stop];
    OTHER.is_match(before) || OTHER.is_match(after)
}
