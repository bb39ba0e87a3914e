//! Series names with a sponsor before them: the names in an article that
//! are one series under two spellings ("Acme Lakeside Marathon",
//! "Lakeside Marathon") get one key, so one IRI.

use super::*;

mod brands;
pub(super) use brands::sponsor_list;
use brands::{add_alias, less_brand, shouted_brand, supporter_list};

impl Extractor<'_> {
    /// The key of a series name, without a sponsor written before it.
    pub(super) fn series_key_of(&self, name: &str) -> String {
        let k = names::series_key(name, self.lx);
        match self.series_alias.get(&k) {
            Some((short, _)) => short.clone(),
            None => k,
        }
    }

    /// Series named with a sponsor before them: "Acme Lakeside Marathon"
    /// beside "Lakeside Marathon" in the same article, or a name whose
    /// words up to an organisation word ("Bank", "Credit Union") are a
    /// company's, are the series without it.
    pub(super) fn alias_series(&mut self) {
        let mut found: Vec<String> = Vec::new();
        // Organisations' names, and each less its last word when two words
        // are left ("Al Nahda" of "Al Nahda Properties"), as brands are
        // written before race names.
        let mut brands: Vec<String> = Vec::new();
        for i in 0..self.sents.len() {
            let t = self.text(i);
            for (c, shape) in &self.sents[i].chunks {
                let text = c.text(t).trim_start_matches("the ");
                let text = &text.split_whitespace().collect::<Vec<_>>().join(" ");
                match shape {
                    Shape::Series => found.push(text.to_string()),
                    Shape::Organization => {
                        brands.push(text.to_string());
                        // One word left ("Fujairah" of "Fujairah Events") is
                        // as often the place the race is named after.
                        if let Some((stem, _)) = text.rsplit_once(' ') {
                            if stem.contains(' ')
                                && self.lx.city(stem).is_none()
                                && self.lx.country(stem).is_none()
                            {
                                brands.push(stem.to_string());
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // Names the text calls a sponsor: "backed by Lumina Watch",
        // "sponsored by Huaxin Motors since 2023".
        static SPONSORED_BY: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(
                    r"\b(?:sponsored|backed|presented|powered|supported|bankrolled)\s+by\s+(\p{Lu}[\p{L}\d&'’\-]*(?:\s+\p{Lu}[\p{L}\d&'’\-]*){0,3})",
                )
            });
        // "Bluefield Health has sponsored the half marathon since 2022",
        // "commended Kafue Smelters for sponsoring the marathon".
        static HAS_SPONSORED: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(
                    r"(\p{Lu}[\p{L}\d&'’\-]*(?:\s+\p{Lu}[\p{L}\d&'’\-]*){0,3})\s+(?:(?:has\s+|have\s+|had\s+)?(?:sponsored|sponsors|backed|backs)\s+the\b|for\s+(?:sponsoring|backing)\s+the\b|(?:has|have|had)\s+been\s+(?:the\s+)?(?:race[’']s\s+|event[’']s\s+)?(?:title|main|presenting|headline)\s+sponsor\b)",
                )
            });
        // A label that names the sponsor: "Title sponsor: Noorderzon
        // Energie", "Sponsor - Lumina Watch".
        static SPONSOR_LABEL: std::sync::LazyLock<crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| {
                crate::pattern::fixed(
                    r"(?i)(?:^|[·|•;]\s*)(?:title\s+|main\s+|presenting\s+|headline\s+|official\s+)?sponsors?\s*(?::|\s[–—-])\s*(?-i:(\p{Lu}[\p{L}\d&'’\-]*(?:\s+\p{Lu}[\p{L}\d&'’\-]*){0,3}))",
                )
            });
        for i in 0..self.sents.len() {
            let t = self.text(i);
            for m in SPONSOR_LABEL.captures_iter(t) {
                brands.push(m[1].to_string());
            }
            brands.extend(
                sponsor_list(t)
                    .into_iter()
                    .chain(supporter_list(t))
                    .map(|(a, b)| t[a..b].to_string()),
            );
            for m in SPONSORED_BY.captures_iter(self.text(i)) {
                brands.push(m[1].to_string());
            }
            for m in HAS_SPONSORED.captures_iter(self.text(i)) {
                brands.push(m[1].to_string());
            }
        }
        // A sponsor's name and a bare race type ("Bluefield Health Half
        // Marathon" beside the "Reedy River Marathon"): that distance of the
        // event the article is about, the first series it names otherwise.
        let bare = |rest: &str| {
            self.lx
                .words(crate::lexicon::Section::RaceType)
                .iter()
                .any(|rt| rt.eq_ignore_ascii_case(rest))
        };
        // (Or a name of two words or more that ends on a company's word,
        // "Kilimo Bank Half Marathon" beside "the Kilimo Bank 21km men's
        // race" of the Makulu Hills Marathon.)
        let company = |w: &str| self.lx.has(crate::lexicon::Section::CompanySuffix, w);
        let branded_bare = |name: &str| {
            brands.iter().any(|b| {
                name.strip_prefix(b.as_str())
                    .and_then(|r| r.strip_prefix(' '))
                    .is_some_and(&bare)
            }) || {
                let words: Vec<&str> = name.split_whitespace().collect();
                (2..words.len()).any(|k| company(words[k - 1]) && bare(&words[k..].join(" ")))
            }
        };
        let main = found
            .iter()
            .find(|f| !branded_bare(f) && f.split_whitespace().count() >= 2)
            .cloned();
        let mut branded: Vec<String> = Vec::new();
        if let Some(main) = main {
            branded = found.iter().filter(|n| branded_bare(n)).cloned().collect();
            for name in &branded {
                add_alias(&mut self.series_alias, self.lx, name, main.clone());
            }
        }
        let lx = self.lx;
        let is_series =
            |s: &str| s.split_whitespace().count() >= 2 && names::series_head(s, lx).is_some();
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            let words: Vec<&str> = name.split_whitespace().collect();
            // (Not after a possessive: "Dunn's River Half Marathon" is the
            // race's whole name, "River Half Marathon" a headline's cut.)
            let mut target = (1..words.len().saturating_sub(1))
                .filter(|&k| !(words[k - 1].ends_with("'s") || words[k - 1].ends_with("’s")))
                .map(|k| words[k..].join(" "))
                .find(|suffix| {
                    is_series(suffix) && found.iter().any(|f| f.eq_ignore_ascii_case(suffix))
                });
            // "Coral Trust Cayman Harbour Marathon" beside a headline's
            // "Harbour Marathon": the name less the brand, when longer.
            let unbranded = less_brand(&words, lx).filter(|rest| is_series(rest));
            if let (Some(short), Some(rest)) = (&target, &unbranded) {
                if rest.len() > short.len() {
                    target = unbranded;
                }
            }
            if target.is_none() {
                // "Banca Subalpina Maratona del Po": in a name that puts the
                // race first, the words before it are a sponsor's.
                // (Not after "Half": "Porcelaine Half Marathon of Limoges"
                // names its race before the kind.)
                target = names::race_first_at(name, lx)
                    .filter(|&at| at > 0)
                    .filter(|&at| {
                        !name[..at].split_whitespace().next_back().is_some_and(|w| {
                            ["half", "semi", "mini"].contains(&w.to_lowercase().as_str())
                        })
                    })
                    .map(|at| name[at..].to_string())
                    .filter(|rest| is_series(rest));
            }
            if target.is_none() && words.len() >= 4 {
                // "Porcelaine Half Marathon of Limoges": a town the gazetteer
                // knows after "of" at the end of a race's name, as
                // translations write "de Limoges", is where it is run.
                target = (1..=2)
                    .filter(|n| words.len() >= n + 3 && words[words.len() - n - 1] == "of")
                    .find_map(|n| {
                        let town = words[words.len() - n..].join(" ");
                        let rest = words[..words.len() - n - 1].join(" ");
                        ((lx.city(&town).is_some() || lx.town(&town).is_some())
                            && is_series(&rest)
                            && !bare(&rest))
                        .then_some(rest)
                    });
            }
            if target.is_none() && words.len() >= 4 {
                // "Banca Arnolfo Firenze Lungarno Marathon": an organisation
                // word and its name before the race's are a sponsor's.
                let rest = words[2..].join(" ");
                if lx.has(crate::lexicon::Section::OrganizationPrefix, words[0])
                    && words[1].starts_with(char::is_uppercase)
                    && is_series(&rest)
                {
                    target = Some(rest);
                }
            }
            if target.is_none() && words.len() >= 3 {
                // "LotusBank Sông Hương Marathon": a brand written with a
                // capital inside its one word ("McKinney", "LeBlanc" are
                // names), or in capitals before a name that is not
                // ("KORONA Tisza Riverside Half Marathon").
                let first = words[0];
                let surname_like = ["Mc", "Mac", "Le", "La", "De", "Di", "Du", "Van", "O"]
                    .iter()
                    .any(|p| {
                        first
                            .strip_prefix(p)
                            .is_some_and(|r| r.starts_with(char::is_uppercase))
                    });
                let rest = words[1..].join(" ");
                let shouted = shouted_brand(first, &words[1..], lx);
                if (super::rules::orgs::camel_case(first) && !surname_like || shouted)
                    && is_series(&rest)
                {
                    target = Some(rest);
                }
            }
            if target.is_none() {
                // A brand before the name, in the name's capitals or not
                // ("NOORDERZON ENERGIE GRONINGEN MARTINI 15K").
                target = brands.iter().find_map(|b| {
                    let head = name.get(..b.len())?;
                    let rest = name[b.len()..].strip_prefix(' ')?;
                    (head.eq_ignore_ascii_case(b) && is_series(rest)).then(|| rest.to_string())
                });
            }
            if target.is_none() {
                target = less_brand(&words, lx).filter(|rest| is_series(rest));
            }
            if target.is_none() {
                // "Oysho Cardiff Half Marathon": words before the city a race
                // is named after are a sponsor's, unless they belong to the
                // name ("Great Manchester Run"). A smaller town counts after
                // two words or more when the article names it apart from
                // the race ("Birch Outfitters Yellowknife Marathon", and
                // "Yellowknife" in a runner's home town).
                let body = self.body;
                let named_apart = |town: &str| {
                    super::text::whole_words(body, town).count()
                        > body.matches(name.as_str()).count()
                };
                // (Not when another name of the article ends in the same
                // words: two spellings of one race, read below.)
                let elsewhere = |rest: &str| {
                    found
                        .iter()
                        .any(|f| f != name && f.ends_with(rest) && f.len() > rest.len())
                };
                target = (1..words.len().saturating_sub(1)).find_map(|k| {
                    (1..=3).rev().filter(|n| k + n < words.len()).find(|n| {
                        let place = words[k..k + n].join(" ");
                        lx.city(&place).is_some()
                            || (k >= 2
                                && lx.town(&place).is_some()
                                && named_apart(&place)
                                && !elsewhere(&words[k..].join(" ")))
                    })?;
                    let keep = words[..k]
                        .iter()
                        .all(|w| lx.has(crate::lexicon::Section::SeriesPrefixWord, w));
                    let rest = words[k..].join(" ");
                    (!keep && is_series(&rest)).then_some(rest)
                });
            }
            if let Some(short) = target {
                add_alias(&mut self.series_alias, lx, name, short);
            }
        }
        // "the Dromore Lions 10K Road Race" beside the "Dromore Lions 10K":
        // one race, the words of a race after its distance left out.
        for name in &found {
            for tail in [" Road Race", " Race", " Run", " Road Run"] {
                let Some(short) = name.strip_suffix(tail) else {
                    continue;
                };
                if short.ends_with(|c: char| c.is_ascii_digit() || c == 'K' || c == 'k')
                    && found.iter().any(|f| f == short)
                {
                    add_alias(&mut self.series_alias, lx, name, short.to_string());
                }
            }
        }
        // "the Cove Frost Run 10K", "COVE BAY RUN 10 KM": a distance after
        // a whole race's name is that event's race of the distance, the
        // series the name before it (a race's kind of no distance, "Run",
        // "Road Race", else the distance would be the kind).
        static KM: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
            crate::pattern::fixed(r"^(.+?)\s+\d{1,2}(?:\.\d{1,3})?\s?(?:km|k|K|KM|Km)$")
        });
        let mut less_distance: Vec<String> = Vec::new();
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            let Some(rest) = KM.captures(name).and_then(|c| c.get(1)) else {
                continue;
            };
            let rest = rest.as_str();
            if is_series(rest) && !bare(rest) {
                add_alias(&mut self.series_alias, lx, name, rest.to_string());
                less_distance.push(rest.to_string());
                // (A name made one with this one before, "Salina Prairie
                // Run 10K" with "Prairie Run 10K", follows it.)
                let (from, to) = (names::series_key(name, lx), names::series_key(rest, lx));
                for (key, short) in self.series_alias.values_mut() {
                    if *key == from {
                        (*key, *short) = (to.clone(), rest.to_string());
                    }
                }
            }
        }
        // (And a headline's "Frost Run" beside it is that race, when the one
        // such race whose name ends so.)
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) || !is_series(name) {
                continue;
            }
            let tail = format!(" {}", name.to_lowercase());
            let mut wholes = less_distance
                .iter()
                .filter(|w| w.to_lowercase().ends_with(&tail));
            if let (Some(whole), None) = (wholes.next(), wholes.next()) {
                add_alias(&mut self.series_alias, lx, name, whole.clone());
            }
        }
        // Two names that end in the same race's name of two words or more
        // before its race type ("Gyeongbuk Daily Andong Hahoe Marathon",
        // a headline's "… Win Andong Hahoe Marathon"): that race.
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            let words: Vec<&str> = name.split_whitespace().collect();
            let common = (1..words.len().saturating_sub(2)).find_map(|k| {
                let suffix = words[k..].join(" ");
                // (Words of the race type left out: "Town Half" of "Town
                // Half Marathon" is one word of a name.)
                let head_words = names::series_head(&suffix, lx)?
                    .split_whitespace()
                    .filter(|w| !["half", "full", "ultra"].contains(&w.to_lowercase().as_str()))
                    .count();
                (head_words >= 2
                    && found.iter().any(|f| {
                        f != name
                            && f.ends_with(&format!(" {suffix}"))
                            && !f.ends_with(&format!(" {}", words[k - 1..].join(" ")))
                    }))
                .then_some(suffix)
            });
            if let Some(suffix) = common {
                add_alias(&mut self.series_alias, lx, name, suffix);
            }
        }
        // "the Spa Town Half" beside the "Spa Town Half Marathon": one race.
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            // (The whole name may have a sponsor before it: "GLANMOR ENERGY
            // SWANSEA BAY HALF MARATHON" and "the Swansea Bay Half".)
            let whole = format!("{name} Marathon");
            let tail = format!(" {}", whole.to_lowercase());
            if found.iter().any(|f| {
                let f = f.to_lowercase();
                f == whole.to_lowercase() || f.ends_with(&tail)
            }) {
                add_alias(&mut self.series_alias, lx, name, whole);
            }
        }
        // "the Holy City Half Marathon" or "the Holy City 10 km" beside "the
        // Holy City Marathon": a shorter race run at the same event, of the
        // same series (its results keep the distance their own words give).
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            let Some(head) = name
                .strip_suffix(" Half Marathon")
                .or_else(|| name.strip_suffix(" Half-Marathon"))
                .or_else(|| KM.captures(name).and_then(|c| c.get(1)).map(|h| h.as_str()))
            else {
                continue;
            };
            let whole = format!("{head} Marathon");
            if found.contains(&whole) {
                add_alias(&mut self.series_alias, lx, name, whole);
            }
        }
        // "River Half Marathon" where the article also writes "the Dunn's
        // River Half Marathon": the name cut after its possessive is the
        // whole name's.
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            let whole = found.iter().find(|f| {
                f.strip_suffix(name.as_str())
                    .and_then(|head| head.strip_suffix(' '))
                    .is_some_and(|head| {
                        !head.contains(' ') && (head.ends_with("'s") || head.ends_with("’s"))
                    })
            });
            if let Some(whole) = whole {
                add_alias(&mut self.series_alias, lx, name, whole.clone());
            }
        }
        // "Søhøjlandsmarathon" beside the "Silkeborg Søhøjlandsmarathon": a
        // race written as one word alone is the one name it ends.
        for name in &found {
            if name.contains(' ') || self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            let tail = format!(" {name}");
            let mut wholes: Vec<&String> = found.iter().filter(|f| f.ends_with(&tail)).collect();
            wholes.sort();
            wholes.dedup();
            if let [whole] = wholes[..] {
                add_alias(&mut self.series_alias, lx, name, whole.clone());
            }
        }
        // A headline's "Harbour Marathon" beside the "Coral Trust Cayman
        // Harbour Marathon" read as the "Cayman Harbour Marathon": that race,
        // when it is the one such race whose name ends so.
        // (Names less a brand or a title before them only, not the names
        // other races were made one with.)
        let mut targets: Vec<String> = found
            .iter()
            .filter_map(|name| {
                let (_, short) = self.series_alias.get(&names::series_key(name, lx))?;
                let cut = name.len().checked_sub(short.len() + 1)?;
                name.get(cut..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(&format!(" {short}")))
                    .then(|| short.clone())
            })
            .collect();
        targets.sort();
        targets.dedup();
        for name in &found {
            if self.series_alias.contains_key(&names::series_key(name, lx)) {
                continue;
            }
            let tail = format!(" {}", name.to_lowercase());
            let mut ends = targets.iter().filter(|t| t.to_lowercase().ends_with(&tail));
            if let (Some(whole), None) = (ends.next(), ends.next()) {
                add_alias(&mut self.series_alias, lx, name, whole.clone());
            }
        }
        // "COVEČKI POLUMARATON / COVE HALF MARATHON": a line of the page's
        // head that names one race in two languages, set apart by a
        // slash, names one series, the English name's.
        let mut bilingual: Vec<(String, String)> = Vec::new();
        for i in 0..self.sents.len().min(12) {
            let t = self.text(i);
            let (Some(slash), 1) = (t.find(" / "), t.matches(" / ").count()) else {
                continue;
            };
            let side = |before: bool| -> Vec<String> {
                self.sents[i]
                    .chunks
                    .iter()
                    .filter(|(c, s)| {
                        *s == Shape::Series
                            && if before {
                                c.end <= slash
                            } else {
                                c.start > slash
                            }
                    })
                    .map(|(c, _)| c.text(t).to_string())
                    .collect()
            };
            let english = |n: &str| {
                n.rsplit_once(' ').is_some_and(|(_, last)| {
                    ["marathon", "run", "race"].contains(&last.to_lowercase().as_str())
                })
            };
            if let ([a], [b]) = (side(true).as_slice(), side(false).as_slice()) {
                match (english(a), english(b)) {
                    (false, true) => bilingual.push((a.clone(), b.clone())),
                    (true, false) => bilingual.push((b.clone(), a.clone())),
                    _ => {}
                }
            }
        }
        for (from, to) in bilingual {
            if !self
                .series_alias
                .contains_key(&names::series_key(&from, lx))
            {
                add_alias(&mut self.series_alias, lx, &from, to);
            }
        }
        // A sponsor's bare race type made one with a series that is itself
        // another's spelling ("Medika Fun Run" with the "Krajina Telekom
        // Banja Luka Half Marathon", that the "Banja Luka Half Marathon"):
        // the last of them, so one series.
        for name in &branded {
            let key = names::series_key(name, lx);
            let next = self
                .series_alias
                .get(&key)
                .and_then(|(main, _)| self.series_alias.get(main).filter(|(to, _)| to != main))
                .cloned();
            if let Some(next) = next {
                self.series_alias.insert(key, next);
            }
        }
    }

    /// A series named with its sponsor in front ("the Fynbos Mutual Signal
    /// Hill Marathon") is the series without it: the same key, so the same IRI.
    pub(super) fn sponsored_series_names(&mut self) {
        // Whole organisation names, and for an organisation that sponsors the
        // series also its name less the last word ("Biển Xanh" of "Biển Xanh
        // Seafood"), as brands are written before race names.
        let mut prefixes: Vec<(Option<EntityId>, String)> = Vec::new();
        for (id, e) in self.out.entities.iter().enumerate() {
            if e.kind != Kind::Organization {
                continue;
            }
            let sponsors: Vec<EntityId> = self
                .out
                .facts
                .iter()
                .filter(|f| f.property == Property::Sponsor && f.object == Value::Entity(id))
                .map(|f| f.subject)
                .collect();
            for n in &e.names {
                prefixes.push((None, n.text.clone()));
                if let Some((stem, _)) = n.text.rsplit_once(' ') {
                    if stem.split_whitespace().count() >= 2 {
                        prefixes.extend(sponsors.iter().map(|&s| (Some(s), stem.to_string())));
                    }
                }
            }
        }
        for id in 0..self.out.entities.len() {
            if self.out.entities[id].kind != Kind::RaceSeries {
                continue;
            }
            let names: Vec<String> = self.out.entities[id]
                .names
                .iter()
                .map(|n| n.text.clone())
                .collect();
            for name in names {
                let Some(rest) = prefixes
                    .iter()
                    .filter(|(only, _)| only.is_none_or(|s| s == id))
                    .find_map(|(_, o)| {
                        name.strip_prefix(o.as_str())
                            .and_then(|r| r.strip_prefix(' '))
                    })
                else {
                    continue;
                };
                if names::series_head(rest, self.lx).is_some() {
                    self.out.entities[id].key = Key::Name(names::series_key(rest, self.lx));
                    let sentence = self.out.entities[id].names[0].sentence;
                    self.out.entities[id].names.push(Name {
                        text: rest.to_string(),
                        sentence,
                    });
                    break;
                }
            }
        }
    }
}
