//! The year of a statement when the sentence does not say it in full:
//! relative expressions, explicit years, the paragraph's, the article's.

use super::*;

mod first;
mod titles;
use titles::*;

/// Words that put a race said with a date or weekday in the future ("will",
/// "is set to", "takes place", "entries are open"): a race to come, not the
/// one reported.
pub(super) static RACE_AHEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)\b(?:will|is\s+set\s+to|takes\s+place|is\s+scheduled|are\s+open|opens|expected|leads?\s+the)\b",
    )
});

impl Extractor<'_> {
    /// The year a statement at byte `pos` of sentence `i` is about: a
    /// relative expression in its clause ("this year", "last year", "the
    /// previous year"), else the explicit year of the sentence, else the
    /// publication year. An undated article gives no year but explicit ones.
    pub(super) fn year_at(&self, i: usize, pos: usize) -> Option<i32> {
        let t = self.text(i);
        // The sentence's explicit years, but those of an aside on someone
        // that does not hold `pos`.
        let years = years_outside_asides(t, pos);
        let explicit = nearest_year(&years, pos);
        let (cs, ce) = clause_around(t, pos);
        // "won the 10km in T after finishing second last year": the years
        // of a clause that tells of an earlier time ("after finishing",
        // "before winning") are not the main clause's.
        static EARLIER: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(r"(?i)\b(?:after|before|having)\s+(?:\w+ing|been)\b")
        });
        // (Not where it opens the clause: ", a year after finishing
        // runner-up in last year's race" is about that earlier time.)
        let ce = EARLIER
            .find(&t[pos.min(ce)..ce])
            .map(|m| pos.min(ce) + m.start())
            .filter(|&e| t[cs.min(e)..e].split_whitespace().count() >= 3)
            .unwrap_or(ce);
        let pub_year = self.reference_year();
        let focus = || explicit.or_else(|| self.paragraph_year(i));
        let relative = |text: &str| -> Option<Option<i32>> {
            // "Second was last year's runner-up X": a title held, which
            // dates nothing else.
            let l = LAST_YEARS_TITLE.replace_all(text, "").to_lowercase();
            if [
                "previous year",
                "year before",
                "a year earlier",
                "prior year",
            ]
            .iter()
            .any(|w| l.contains(w))
            {
                return Some(focus().or(pub_year).map(|y| y - 1));
            }
            // "two years ago" from the article's year, "three years
            // earlier" from the year the paragraph speaks of.
            static YEARS_BACK: std::sync::LazyLock<crate::pattern::Pattern> =
                std::sync::LazyLock::new(|| {
                    crate::pattern::fixed(
                        r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+years\s+(ago|earlier|before)\b",
                    )
                });
            if let Some(c) = YEARS_BACK.captures(&l) {
                let n = crate::extract::measure::number(&c[1])? as i32;
                let from = if &c[2] == "ago" {
                    pub_year
                } else {
                    focus().or(pub_year)
                };
                return Some(from.map(|y| y - n));
            }
            // "the winners of the last edition that had foreign athletes":
            // an earlier edition, of no year the sentence tells.
            if l.contains("last edition") || l.contains("previous edition") {
                return Some(None);
            }
            if l.contains("that year") || l.contains("the same year") {
                return Some(explicit.or_else(|| self.last_year_before(i)));
            }
            if l.contains("last year") || l.contains("a year ago") || l.contains("one year ago") {
                return Some(pub_year.map(|y| y - 1));
            }
            if l.contains("next year") {
                return Some(pub_year.map(|y| y + 1));
            }
            // "next May": the coming May, in the next year if this year's
            // has begun by the time of the article.
            static NEXT_MONTH: std::sync::LazyLock<crate::pattern::Pattern> =
                std::sync::LazyLock::new(|| {
                    crate::pattern::fixed(
                        r"\bnext\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b",
                    )
                });
            if let (Some(c), Some(p)) = (NEXT_MONTH.captures(&l), self.published) {
                let month = crate::dates::month_number(&c[1])?;
                return Some(Some(if month <= u32::from(p.month) {
                    p.year + 1
                } else {
                    p.year
                }));
            }
            if l.contains("this year")
                || l.contains("yesterday")
                || l.contains("today")
                || l.contains("last sunday")
                || l.contains("last saturday")
            {
                return Some(pub_year);
            }
            None
        };
        // "… here last year," said X, who was 21st in that race: the
        // race the sentence spoke of, in its year.
        if t[cs..ce].to_lowercase().contains("that race") {
            if let Some(y) = relative(t) {
                return y;
            }
        }
        if let Some(y) = relative(&t[cs..ce]) {
            return y;
        }
        // An explicit year counts in its own clause or before the statement,
        // not in a later clause about something else ("… would move to 2026").
        let dates = crate::dates::find_dates(t);
        let explicit = years
            .into_iter()
            .filter(|&(s, e, _)| {
                // ", in 2022,": a year set off by commas dates the whole sentence.
                let ys = t[..s].rfind(',').map_or(0, |p| p + 1);
                let ye = t[e..].find(',').map_or(t.len(), |p| e + p);
                let bare = t[ys..ye].trim().trim_start_matches("in ").trim().len() == e - s;
                // A race day written out, or a clause about the same thing (", which …").
                let in_date = dates
                    .iter()
                    .any(|d| d.year.is_some() && d.start <= s && e <= d.end);
                let relative_clause = t[ys..].trim_start().starts_with("which")
                    || t[ys..].trim_start().starts_with("when");
                // "Dlamini, the 2023 champion, crossed …, and X rounded out
                // the podium": a title held, which dates nothing said after it.
                // "repeated his 2024 win, leading … to win in T": the same.
                // "with 2024 winner X third": a title before a name, in
                // the clause or not.
                let before_name = TITLE_BEFORE_NAME.is_match(&t[e..]);
                let title_held = (!(s >= cs && e <= ce) || before_name)
                    && e <= pos
                    && (HELD_TITLE.is_match(&t[e..])
                        || (OWN_PAST_WIN.is_match(&t[e..]) && OWN_BEFORE.is_match(&t[..s])));
                // "X, champion of the 2019 and 2021 editions, had to settle
                // for second": the title's years, in an aside before the
                // place.
                // "retained the title she won in 2025, clocking T": the
                // year of the title, not of the win told.
                let title_of = (e <= pos
                    && TITLE_OF_BEFORE.is_match(crate::extract::tail(&t[..s], 48)))
                    || TITLE_WON_IN.is_match(crate::extract::tail(&t[..s], 90));
                !title_held
                    && !title_of
                    && ((s >= cs && e <= ce) || e <= pos || bare || in_date || relative_clause)
            })
            .min_by_key(|&(s, _, _)| s.abs_diff(pos))
            .map(|(_, _, y)| y);
        if explicit.is_some() {
            return explicit;
        }
        // A relative year of the race earlier in the sentence ("Last year's
        // race, the 30th edition", "Last year the men's race was won by A
        // in T1, and the women's by B in T2").
        static RACE_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"(?i)\b(?:last|this|next)\s+year[’']s\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:race|edition|marathon|event|half|10k|run)\b|^(?:last|this|next)\s+(?:year|week|weekend|month)(?:\s*,|\s+the\b)|^(?:last|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|^(?:yesterday|today)\b",
            )
        });
        if let Some(m) = RACE_YEAR.find(&t[..cs]) {
            if let Some(y) = relative(m.as_str()) {
                return y;
            }
        }
        // A statement of plans in an article that announces a later edition.
        static FUTURE: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"(?i)\b(?:will|expected|expects|expecting|plans?|planned|set\s+to|registration|entries)\b",
            )
        });
        if let Some(y) = self.future_year.filter(|_| FUTURE.is_match(t)) {
            return Some(y);
        }
        // "That first race, … It was won by X in T": the first edition's
        // year, or none.
        if let Some(year) = self.first_edition_year(i, cs) {
            return year;
        }
        self.paragraph_year(i)
            .or(self.weekday_year)
            .or(pub_year)
            .or_else(|| self.race_year.filter(|_| !self.another_race_named(i)))
    }

    /// Whether sentence `i` names a race other than the article's.
    fn another_race_named(&self, i: usize) -> bool {
        self.series_named(i).any(|s| s != self.focus)
    }

    /// Whether sentence `i` names the article's focus series.
    pub(super) fn names_focus(&self, i: usize) -> bool {
        self.focus.is_some() && self.series_named(i).any(|s| s == self.focus)
    }

    /// The series sentence `i` names, as found (`None` for a name no
    /// series goes by).
    fn series_named(&self, i: usize) -> impl Iterator<Item = Option<EntityId>> + '_ {
        let t = self.text(i);
        self.sents[i]
            .chunks
            .iter()
            .filter(|(_, s)| *s == Shape::Series)
            .map(move |(c, _)| self.lookup(Kind::RaceSeries, &self.series_key_of(c.text(t))))
    }

    /// The year the article is written in: its publication date's, else
    /// the one its headline gives its race.
    pub(super) fn reference_year(&self) -> Option<i32> {
        self.published.map(|d| d.year).or(self.headline_year)
    }

    /// The year in focus of a paragraph: the last explicit year of an
    /// earlier sentence of the same paragraph, unless a sentence since
    /// turns back to the race reported ("This time …").
    pub(super) fn paragraph_year(&self, i: usize) -> Option<i32> {
        // The nearest earlier sentence of the paragraph that names a year
        // decides: a year in its opening clause ("In 2018 …", "The 2024
        // men's race …") or set off by commas (", in 2022,") is the topic; a
        // year in an aside is not.
        // A title held ("his 2024 win", "the 2023 champion", "the title
        // she won in 2024") is no topic, nor is one of several years
        // ("won the 2023 and 2024 editions as well").
        let held = |t: &str, s: usize, e: usize| {
            SEVERAL_AFTER.is_match(&t[e..])
                || SEVERAL_BEFORE.is_match(&t[..s])
                || HELD_TITLE.is_match(&t[e..])
                || (OWN_PAST_WIN.is_match(&t[e..]) && OWN_BEFORE.is_match(&t[..s]))
                || TITLE_WON_IN.is_match(crate::extract::tail(&t[..s], 90))
        };
        // "This time he ran away from the field": back to the race the
        // article reports, past the years told before.
        static NOW: LazyLock<Pattern> =
            LazyLock::new(|| crate::pattern::fixed(r"(?i)^\W*this\s+(?:time|year)\b"));
        if NOW.is_match(self.text(i)) {
            return None;
        }
        let k = self.earlier_in_paragraph(i).find(|&k| {
            let t = self.text(k);
            NOW.is_match(t)
                || LAST_YEAR_OPENING.is_match(t)
                || measure::years(t)
                    .into_iter()
                    .any(|(s, e, _)| !held(t, s, e))
        })?;
        if NOW.is_match(self.text(k)) {
            return None;
        }
        // "Last year, Kenyans swept the race. X won in T, ahead of Y …":
        // the paragraph speaks of last year.
        if LAST_YEAR_OPENING.is_match(self.text(k)) {
            return self.reference_year().map(|y| y - 1);
        }
        let t = self.text(k);
        let first = t.find(',').unwrap_or(t.len());
        explicit_years(&t[..first])
            .into_iter()
            .find(|&(s, e, _)| !held(t, s, e))
            .map(|(_, _, y)| y)
            .or_else(|| {
                measure::years(t)
                    .into_iter()
                    .filter(|&(s, e, _)| !held(t, s, e))
                    .find_map(|(s, e, y)| {
                        let ys = t[..s].rfind(',').map_or(0, |p| p + 1);
                        let ye = t[e..].find(',').map_or(t.len(), |p| e + p);
                        (t[ys..ye].trim().trim_start_matches("in ").trim().len() == e - s)
                            .then_some(y)
                    })
            })
    }

    /// The last year the paragraph named before sentence `i` ("that year").
    pub(super) fn last_year_before(&self, i: usize) -> Option<i32> {
        self.earlier_in_paragraph(i).find_map(|k| {
            let t = self.text(k);
            explicit_year(t, t.len())
        })
    }

    /// An undated article's headline (its first sentence that names a
    /// race, among the first three) with one year: that year.
    pub(super) fn find_headline_year(&self) -> Option<i32> {
        if self.published.is_some() || self.sents.is_empty() {
            return None;
        }
        // (The headline may come after a site's breadcrumb trail: the
        // first of the opening sentences that names a race; or after more
        // lines of page furniture, each of a few words: "TEL: …", "E-MAIL:
        // Club Secretary", "Club News".)
        let names_race = |i: usize| {
            self.sents[i]
                .chunks
                .iter()
                .any(|(_, s)| *s == Shape::Series)
        };
        // (A navigation bar of a site, its items set apart by bars or
        // dots, "Sports destination | Events | News | ES / EN", is
        // furniture too.)
        let furniture = |i: usize| {
            let t = self.text(i);
            t.split_whitespace().count() <= 4 || t.matches(['|', '·']).count() >= 2
        };
        let i = (0..self.sents.len().min(6))
            .find(|&i| names_race(i))
            .filter(|&i| i < 3 || (0..i).all(furniture))?;
        let t = self.text(i);
        match measure::years(t).as_slice() {
            [(_, _, y)] if !t.trim_end().ends_with('.') => Some(*y),
            _ => None,
        }
    }

    /// The year of the race an article of the first days of January
    /// reports, where the first sentence of its opening that names a race
    /// dates it by a weekday of the days before ("01 January 2026 … on
    /// Wednesday won the X": 31 December 2025) or "yesterday", without a
    /// year of its own and not in the future ("will"): that year, for what
    /// the article tells without a year (not for "last year" or "this
    /// year", which stay the publication's).
    pub(super) fn weekday_race_year(&self) -> Option<i32> {
        // (A weekday of the week before the article: its first days only.)
        let p = self.published.filter(|p| p.month == 1 && p.day <= 6)?;
        static ON_WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"(?i)\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(yesterday)\b",
            )
        });
        // The first sentence of the opening that dates a race by a weekday.
        let (i, m) = (0..self.sents.len().min(8)).find_map(|i| {
            let t = self.text(i);
            let m = ON_WEEKDAY.captures(t).filter(|_| !RACE_AHEAD.is_match(t))?;
            let races = self.sents[i]
                .chunks
                .iter()
                .any(|(_, s)| *s == Shape::Series);
            races.then_some((i, m))
        })?;
        let day = match m.get(1) {
            Some(w) => p.nearest_weekday(crate::dates::weekday_number(w.as_str())?, false),
            None => crate::dates::Date::from_days(p.days() - 1),
        };
        // (Nor one whose sentence writes its year.)
        (day.year < p.year && measure::years(self.text(i)).is_empty()).then_some(day.year)
    }

    /// An undated article's one full date, in a sentence of its opening
    /// that names a race ("… following the 14th edition of the X Marathon
    /// in Agadir, Morocco, on Jan. 26, 2025"), or its one year written
    /// right before the name of the first race it names, the one year of
    /// its sentence ("the Pacers' 2026 Ice Breaker"; not on a page of
    /// sections headed by other races): the year of what the article tells
    /// without a year of its own, but no reference for "last year" (the
    /// article's own year stays unknown).
    pub(super) fn race_date_year(&self) -> Option<i32> {
        static YEAR_BEFORE: LazyLock<Pattern> =
            LazyLock::new(|| crate::pattern::fixed(r"(?i)(?:\bthe|[’']s?)\s+((?:19|20)\d\d)\s+$"));
        if self.published.is_some() || self.headline_year.is_some() {
            return None;
        }
        // The races' names, wherever the article says they are races.
        let races: Vec<&str> = (0..self.sents.len())
            .flat_map(|i| {
                let t = self.text(i);
                self.sents[i]
                    .chunks
                    .iter()
                    .filter(|(_, s)| *s == Shape::Series)
                    .map(move |(c, _)| c.text(t))
            })
            .collect();
        let is_race = |c: &names::Chunk, s: Shape, t: &str| {
            s == Shape::Series || (s == Shape::Unknown && races.contains(&c.text(t)))
        };
        // A year before a name dates the first race the article names.
        let first_race = |c: &names::Chunk, s: Shape, t: &str| {
            is_race(c, s, t) && races.first() == Some(&c.text(t))
        };
        // A page of sections headed each by its race (a club's round-up)
        // is dated by no race's name.
        let sections = (0..self.sents.len()).any(|i| {
            let t = self.text(i);
            self.opens_line(i)
                && t.split_whitespace().count() <= 8
                && self.sents[i]
                    .chunks
                    .iter()
                    .any(|(c, s)| *s == Shape::Series && races.first() != Some(&c.text(t)))
        });
        let mut years: Vec<i32> = (0..self.sents.len().min(8))
            .filter(|&i| {
                let t = self.text(i);
                self.sents[i].chunks.iter().any(|(c, s)| is_race(c, *s, t))
            })
            .flat_map(|i| {
                let t = self.text(i);
                let dated = crate::dates::find_dates(t)
                    .into_iter()
                    .filter_map(|d| d.date())
                    .map(|d| d.year);
                let named = self.sents[i]
                    .chunks
                    .iter()
                    // The sentence's one year.
                    .filter(|(c, s)| {
                        !sections && measure::years(t).len() == 1 && first_race(c, *s, t)
                    })
                    .filter_map(|(c, _)| YEAR_BEFORE.captures(&t[..c.start]))
                    .filter_map(|m| m[1].parse().ok());
                dated.chain(named).collect::<Vec<i32>>()
            })
            .collect();
        years.sort_unstable();
        years.dedup();
        match years.as_slice() {
            [y] => Some(*y),
            _ => None,
        }
    }

    /// The year of a later edition an article announces: a race day after
    /// the publication date (a day without a year in the publication's
    /// year), in a sentence about the race being held.
    pub(super) fn find_future_year(&self) -> Option<(i32, usize)> {
        static HELD: LazyLock<Pattern> = LazyLock::new(|| {
            crate::pattern::fixed(
                r"(?i)\b(?:will\s+be\s+held|will\s+take\s+place|takes\s+place|is\s+scheduled|will\s+be\s+run|will\s+start)\b",
            )
        });
        let published = self.published?;
        (0..self.sents.len()).find_map(|i| {
            let t = self.text(i);
            if !HELD.is_match(t) {
                return None;
            }
            // A day without a year ("on Aug 10") in the publication's
            // year, when it is still to come then.
            crate::dates::find_dates(t)
                .iter()
                .filter_map(|d| {
                    d.date()
                        .or_else(|| crate::dates::Date::checked(published.year, d.month, d.day))
                })
                .find(|d| *d > published)
                .map(|d| (d.year, i))
        })
    }
}

/// A sentence that opens on last year: "Last year, …", "A year ago, …",
/// "In last year's race, …" (not "Last year's winner …").
static LAST_YEAR_OPENING: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)^\W*(?:last\s+year|a\s+year\s+ago|twelve\s+months\s+ago|in\s+last\s+year[’']s\s+(?:race|edition|event|marathon))\s*,",
    )
});

/// The nearest explicit year of a sentence to `pos`, leaving out years
/// that date something else ("born in 1912", "since 2020", "Class of 2019").
pub(super) fn explicit_year(t: &str, pos: usize) -> Option<i32> {
    nearest_year(&years_outside_asides(t, pos), pos)
}

/// The year of `years` (spans and years) nearest to `pos`.
fn nearest_year(years: &[(usize, usize, i32)], pos: usize) -> Option<i32> {
    years
        .iter()
        .min_by_key(|&&(s, _, _)| s.abs_diff(pos))
        .map(|&(_, _, y)| y)
}

/// The explicit years of a sentence less those in an aside on someone
/// that does not hold `pos` ("Rotich, who won in Asunción in 2021 and
/// 2023, was fifth"): a year there dates only what the aside says.
fn years_outside_asides(t: &str, pos: usize) -> Vec<(usize, usize, i32)> {
    static ASIDE: LazyLock<Pattern> =
        LazyLock::new(|| crate::pattern::fixed(r",\s+who\s+[^,;]{1,80}?,"));
    let asides: Vec<(usize, usize)> = ASIDE
        .find_iter(t)
        .map(|m| (m.start(), m.end()))
        .filter(|&(a, b)| !(a..b).contains(&pos))
        .collect();
    explicit_years(t)
        .into_iter()
        .filter(|&(s, _, _)| !asides.iter().any(|&(a, b)| (a..b).contains(&s)))
        .collect()
}

/// The explicit years of a sentence with their spans, leaving out a leading
/// dateline and years that date something else ("born in 1912", "since 2020").
pub(super) fn explicit_years(t: &str) -> Vec<(usize, usize, i32)> {
    // "**HANOI, 2 September 2025** - …": the dateline dates the report.
    static DATELINE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"^\**\p{Lu}[\p{Lu} .'’\-]{2,30},\s*[^–—]{3,40}?\**\s*[–—-]\s")
    });
    // ("Alumnus X, Class of 2019, took the title": a graduating class.)
    const NOT_THE_EVENT: [&str; 11] = [
        "class of",
        "graduated in",
        "since",
        "born",
        "born in",
        "until",
        "till",
        "founded in",
        "established in",
        "in the",
        "from",
    ];
    let skip = DATELINE.find(t).map_or(0, |m| m.end());
    measure::years(t)
        .into_iter()
        .filter(|&(s, _, _)| s >= skip)
        .filter(|&(s, e, _)| {
            let before = t[..s].trim_end().to_lowercase();
            // "since 2019, when X won": the clause after it is of that year.
            let when = t[e..]
                .trim_start_matches([',', ' '])
                .to_lowercase()
                .starts_with("when ");
            // "Julia X (Saarburg Läufer 1990) was second": a club's year of
            // founding, the last word of its name in brackets.
            let club_founding = t[e..].starts_with(')')
                && t[..s].rfind('(').is_some_and(|o| {
                    let inside = t[o + 1..s].trim();
                    !inside.is_empty()
                        && inside.split_whitespace().all(|w| {
                            w.starts_with(char::is_uppercase)
                                && crate::dates::month_number(&w.to_lowercase()).is_none()
                        })
                });
            !club_founding && (when || !NOT_THE_EVENT.iter().any(|w| before.ends_with(w)))
        })
        .collect()
}

/// The clause around `pos`: between the commas, semicolons or dashes
/// that enclose it, not counting the commas inside a date ("May 3, 2024";
/// a time before a comma, "in 1:19:33, 40 seconds outside …", ends one).
pub(crate) fn clause_around(t: &str, pos: usize) -> (usize, usize) {
    let is_break = |i: usize, c: char| {
        matches!(c, ';' | '–' | '—' | '(' | ')')
            || (c == '-' && t[..i].ends_with(' ') && t[i + 1..].starts_with(' '))
            || (c == ','
                && !(t[i + 1..]
                    .trim_start()
                    .starts_with(|d: char| d.is_ascii_digit())
                    && t[..i]
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.bytes().all(|d| d.is_ascii_digit()))))
    };
    let start = t[..pos.min(t.len())]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_break(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = t[pos.min(t.len())..]
        .char_indices()
        .find(|&(i, c)| is_break(pos + i, c))
        .map_or(t.len(), |(i, _)| pos + i);
    (start, end)
}
