//! Document structure: what each line of a body is, told by its shape, not
//! by one site's format. A headline (Title Case, no full stop), a byline
//! ("By Jane Roe", "Reporting by …", "Posted by …", "Interview by …"), page
//! debris (share buttons, "Advertising", "Read more", newsletter and related
//! links, menus and breadcrumb trails), or text (paragraphs, headings, list items, table rows and
//! `Label: value` lines, which the relation rules and results rows read).

use crate::pattern::Pattern;
use std::sync::LazyLock;

/// The kind of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A Title Case headline: only names known from elsewhere count there.
    Headline,
    /// A line crediting people: they are people, and nothing else is stated.
    Byline,
    /// Page furniture that states nothing.
    Debris,
    /// Everything else.
    Text,
}

static BYLINE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)^[(\[]?\s*(?:by|written\s+by|posted\s+by|reporting\s+by|additional\s+reporting\s+by|interview\s+by|words\s+by|photos?\s+by|editing\s+by|compiled\s+by|(?:photos?|pictures?)(?:\s+credit)?\s*:)\s+(?-i:\p{Lu}[\p{L}\p{M}’'\-]+(?:\s+\p{Lu}[\p{L}\p{M}’'\-.]*){0,3})\s*(?:$|[|·•,;:)\]–—-]|\s+(?:in|and|for|at)\b)",
    )
});
static CREDIT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)^\s(?:(?:(?:additional\s+)?(?:reporting|editing|interview|photos?|pictures?|words|compiled|posted|written)\s+)?by|(?:photos?|pictures?)(?:\s+credit)?\s*:)\s+$",
    )
});
static DEBRIS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::fixed(
        r"(?i)^(?:advertising(?:\s+read\s+more)?|read\s+more|share(?:\s+this)?|related(?:\s+articles?)?\s*:?|(?:related(?:\s+(?:articles?|stories|news))?|read\s+(?:also|more)|also\s+read|see\s+also)\s*:\s+\S.*|sign\s+up\b.*newsletter.*|subscribe\b.*|\d+\s+min\s+read|comments?\s*\(\d+\)|tweet|print|email)\s*$",
    )
});

/// The kind of one line (its text without the line break).
pub fn classify(line: &str) -> Block {
    let t = line
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_' || c == '#')
        .trim();
    if DEBRIS.is_match(t) || is_navigation(t) {
        Block::Debris
    } else if BYLINE.is_match(t) && t.split_whitespace().count() <= 16 {
        Block::Byline
    } else if is_headline(t) {
        Block::Headline
    } else {
        Block::Text
    }
}

/// A site's menu or breadcrumb trail: short items set apart by `|`, `>`,
/// `»`, `›` or, with no figure in the line, `·` ("Home | News | Race Reports | Club Records", "SPORTS> China",
/// "Milers AC > 2025 Club Championship >"). Not a table row: those open
/// with a pipe or hold times.
fn is_navigation(t: &str) -> bool {
    static TIME: LazyLock<Pattern> = LazyLock::new(|| crate::pattern::fixed(r"\d[:.]\d\d"));
    if t.starts_with('|') || TIME.is_match(t) {
        return false;
    }
    let pipes = t.matches('|').count();
    let arrows = t.matches(['>', '»', '›']).count();
    // A menu set apart by middle dots ("Home · Route · Photos ·
    // Contact"): at least three items and no figure in any (a date line
    // is set apart so too, "Sunday 9 May 2027 · Town · start X").
    let dots = t.matches('·').count();
    // (Nor a page's footer, "© X · Organised by Y · Privacy".)
    let dotted_menu = dots >= 3
        && !t.contains(|c: char| c.is_ascii_digit() || c == '©')
        && !t.to_lowercase().contains(" by ");
    if pipes < 2 && arrows == 0 && !dotted_menu {
        return false;
    }
    let separators: &[char] = if dotted_menu {
        &['|', '>', '»', '›', '·']
    } else {
        &['|', '>', '»', '›']
    };
    let items: Vec<&str> = t
        .split(separators)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    items.len() >= 2
        && items.iter().all(|s| {
            s.split_whitespace().count() <= 4 && !s.contains(['.', ',', ';', ':', '!', '?'])
        })
}

/// The names a credit line gives, with their byte spans in `line`: "By Jane
/// Roe", "(Reporting by Jane Roe in Nairobi; Editing by Tom Poe)", "Posted
/// by Dan | 4 March 2025".
pub fn credited_names(line: &str) -> Vec<(usize, usize)> {
    static NAME: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(r"\p{Lu}[\p{L}\p{M}’'\-]+(?:[ \u{a0}]\p{Lu}[\p{L}\p{M}’'\-.]*){0,3}")
    });
    NAME.find_iter(line)
        .filter(|m| {
            let before = &line[..m.start()];
            let seg = before.rsplit([';', '(', '[', '|']).next().unwrap_or(before);
            CREDIT.is_match(&format!(" {}", seg.trim_start()))
                && (!seg.contains(':') || person_like(m.as_str()))
        })
        .map(|m| (m.start(), m.end()))
        .chain(
            // "By Jane Roe": the capital of "By" joins the name's run.
            NAME.find_iter(line).filter_map(|m| {
                let rest = m.as_str().strip_prefix("By ")?;
                let seg = line[..m.start()].rsplit([';', '(', '[', '|']).next()?;
                (seg.trim().is_empty() && rest.contains(' '))
                    .then(|| (m.end() - rest.len(), m.end()))
            }),
        )
        .collect()
}

/// A credit after "Photo:" that reads as a person's name: two words or
/// more, none in capitals alone, the last no outlet's ("Photo: VCG",
/// "Photo: Tobago News" credit agencies).
fn person_like(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words.iter().all(|w| w.chars().any(char::is_lowercase))
        && words
            .last()
            .is_some_and(|w| !crate::lexicon::get().has(crate::lexicon::Section::OutletWord, w))
}

/// A Title Case headline: most words capitalised, function words too, and
/// no full stop.
pub fn is_headline(t: &str) -> bool {
    let words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    if words.len() < 4 || t.ends_with('.') {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let function_caps = words.iter().any(|w| {
        [
            "In", "To", "The", "Of", "For", "On", "At", "And", "A", "With", "Still", "Again",
        ]
        .contains(w)
    });
    caps * 10 >= words.len() * 7 && function_caps
}

/// Whether `name`, at byte `at` of `body`, is a news outlet's name in the
/// article's first line ("Saipan Island Tribune", "KANTO SPORTS NEWS |
/// Sport"): the page's masthead, named nowhere else in the body.
pub fn masthead(body: &str, at: usize, name: &str, lx: &crate::lexicon::Lexicon) -> bool {
    let first_line = body.trim_start();
    let start = body.len() - first_line.len();
    let end = start + first_line.find('\n').unwrap_or(first_line.len());
    let last = name.split_whitespace().last().unwrap_or("");
    let outlet = lx.has(crate::lexicon::Section::OutletWord, last);
    (start..end).contains(&at)
        && outlet
        && !body[end..].to_lowercase().contains(&name.to_lowercase())
}

/// Whether `name`, an outlet's (its last word or the one before "Service"
/// or "Agency" of `[outlet_word]`), stands in a credit at `at` of `t`:
/// "By Taiwan News", "(Photo: Tobago News)", "Story by X, Army News
/// Service", "Source: Valley News Service". The outlet that published or
/// supplied the page, not an organisation the article tells of.
pub fn credited_outlet(t: &str, at: usize, name: &str, lx: &crate::lexicon::Lexicon) -> bool {
    static CREDIT_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::pattern::fixed(
            r"(?i)(?:^|[\s(\[|])(?:by|photos?|pictures?|source|courtesy(?:\s+of)?|credit|via)\s*:?\s+(?:(?-i:\p{Lu})[^,.;:()|]{0,40},\s+)?$",
        )
    });
    let is_outlet = |w: &str| lx.has(crate::lexicon::Section::OutletWord, w);
    let words: Vec<&str> = name.split_whitespace().collect();
    let outlet = match words.as_slice() {
        [.., w, "Service" | "Agency" | "Network"] => is_outlet(w),
        [.., w] => is_outlet(w),
        [] => false,
    };
    outlet && CREDIT_BEFORE.is_match(crate::extract::tail(&t[..at], 60))
}

/// Whether `name` is a news page's section label ("Local Sports", "Wire
/// Sports", "MORE SPORTS NEWS"): words of `[section_word]` and
/// `[outlet_word]` only.
pub fn section_label(name: &str, lx: &crate::lexicon::Lexicon) -> bool {
    use crate::lexicon::Section;
    name.split_whitespace()
        .all(|w| lx.has(Section::SectionWord, w) || lx.has(Section::OutletWord, w))
}

/// Whether `name` is a results table's column headings run together
/// ("Nat  Club", "Age Group"): words that make up headings of
/// `[table_column]` (one or two words each), nothing else.
pub fn column_headings(name: &str, lx: &crate::lexicon::Lexicon) -> bool {
    let heading = |h: &str| lx.pair(crate::lexicon::Section::TableColumn, h).is_some();
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let mut i = 0;
    while i < words.len() {
        if i + 1 < words.len() && heading(&format!("{} {}", words[i], words[i + 1])) {
            i += 2;
        } else if heading(&words[i]) {
            i += 1;
        } else {
            return false;
        }
    }
    !words.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sites_section_labels_are_no_organisations() {
        let lx = crate::lexicon::get();
        for label in [
            "Club News",
            "Race News",
            "Alumni News",
            "Local Sports",
            "Breaking News",
        ] {
            assert!(section_label(label, lx), "{label}");
        }
        for name in ["Tarn Valley Club", "Cove Race Trust", "Valley News Service"] {
            assert!(!section_label(name, lx), "{name}");
        }
    }

    #[test]
    fn an_outlet_in_a_credit_is_no_organisation() {
        let lx = crate::lexicon::get();
        let credited = |t: &str, name: &str| {
            let at = t.find(name).unwrap_or(0);
            credited_outlet(t, at, name, lx)
        };
        assert!(credited("By Cove News, Sports Desk", "Cove News"));
        assert!(credited("Tom Ray (Photo: Tarn News)", "Tarn News"));
        assert!(credited(
            "By: Cove Times News Service",
            "Cove Times News Service"
        ));
        assert!(!credited(
            "the bishop told Lumen Tarn News on Saturday",
            "Lumen Tarn News"
        ));
        assert!(!credited("By Cove Harriers' standards", "Cove Harriers"));
    }

    #[test]
    fn column_headings_run_together_are_no_name() {
        let lx = crate::lexicon::get();
        for h in ["Nat  Club", "Pos Club", "Age Group", "Club"] {
            assert!(column_headings(h, lx), "{h}");
        }
        for name in [
            "Hill Harriers",
            "Age Group Harriers",
            "Sliema Pacers Club",
            "",
        ] {
            assert!(!column_headings(name, lx), "{name}");
        }
    }

    #[test]
    fn menus_and_breadcrumbs_are_debris() {
        for nav in [
            "Home | News | Race Reports | Club Records | Membership | Contact",
            "SPORTS> China",
            "SPORT » OTHER SPORTS",
            "Monifieth Milers AC > 2025 Club Championship >",
            "Home · Route · Entries · **Winners** · Photos · Contact",
        ] {
            assert_eq!(classify(nav), Block::Debris, "{nav}");
        }
        for text in [
            "| 1 | Jane Doe | KEN | 2:09:34 |",
            "1 | Jane Doe | KEN | 2:09:34",
            "SPORTS | October 14, 2025",
            "Sunday 9 May 2027 · Cove · start Town Square · finish Cove Fort",
            "Cove Marathon · Cove Half · Cove 10K · 12 April",
            "© Cove Marathon · Organised by Cove Runners · Privacy · Cookies",
            "Cove Marathon · Organised by Cove Runners · Privacy · Cookies",
            "The lead pack was > 20 strong at halfway, as expected.",
        ] {
            assert_ne!(classify(text), Block::Debris, "{text}");
        }
    }

    #[test]
    fn lines_by_their_shape() {
        assert_eq!(classify("By Jane Roe"), Block::Byline);
        assert_eq!(classify("*Posted by Dan | 4 March 2025*"), Block::Byline);
        assert_eq!(
            classify("(Reporting by Jane Roe; Editing by Tom Poe)"),
            Block::Byline
        );
        assert_eq!(classify("Advertising Read more"), Block::Debris);
        // A link to another story after "Read more:" names races of no
        // fact here.
        assert_eq!(
            classify("Read more: Cove harbour run moves to August · Watch: Ure 10K"),
            Block::Debris
        );
        assert_eq!(classify("2 Min Read"), Block::Debris);
        // A line of teasers after "Related:" or "Read also:".
        assert_eq!(
            classify("Related: Prague half marathon entries open • Junior 10 km rankings"),
            Block::Debris
        );
        assert_eq!(
            classify("Kenyan Runners Sweep The Lakeside Marathon"),
            Block::Headline
        );
        assert_eq!(classify("By the halfway mark Jane Roe led."), Block::Text);
        assert_eq!(classify("Jane Roe won by a minute."), Block::Text);
        assert_eq!(
            classify("By Sunday evening the race was over."),
            Block::Text
        );
    }

    #[test]
    fn credits_name_people() {
        let line = "(Additional reporting by Jana Hofmann in Berlin; Editing by Lukas Brandt)";
        let names: Vec<&str> = credited_names(line)
            .iter()
            .map(|&(a, b)| &line[a..b])
            .collect();
        assert_eq!(names, ["Jana Hofmann", "Lukas Brandt"]);
        let line = "By Katrin Vogel";
        let names: Vec<&str> = credited_names(line)
            .iter()
            .map(|&(a, b)| &line[a..b])
            .collect();
        assert_eq!(names, ["Katrin Vogel"]);
        for line in ["Photo: VCG", "Photo: Cove Island News", "Photo: BTN Photo"] {
            assert!(credited_names(line).is_empty(), "{line}");
        }
        for line in ["PHOTO: Katrin Vogel", "Photo credit: Katrin Vogel"] {
            assert_eq!(classify(line), Block::Byline, "{line}");
            let names: Vec<&str> = credited_names(line)
                .iter()
                .map(|&(a, b)| &line[a..b])
                .collect();
            assert_eq!(names, ["Katrin Vogel"], "{line}");
        }
    }
}
