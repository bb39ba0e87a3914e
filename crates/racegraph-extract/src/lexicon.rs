//! Gazetteers and word lists from `data/`, compiled into the binary so it
//! runs from any folder. The files are data: edit them, not this module.

use std::collections::HashMap;
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("../../../data/gazetteer/countries.tsv");
const CITIES: &str = include_str!("../../../data/gazetteer/cities.tsv");
const WORLD_CITIES: &str = include_str!("../../../data/gazetteer/world_cities.tsv");
const TOWNS: &str = include_str!("../../../data/gazetteer/towns.tsv");
const LEXICON: &str = include_str!("../../../data/lexicon.txt");
const RACES: &str = include_str!("../../../data/races.tsv");

/// A country of the gazetteer.
/// A section of `data/lexicon.txt`. The file has exactly these sections,
/// and the code reads every one (tests check both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    OrganizationSuffix,
    OrganizationPrefix,
    OrganizationNoun,
    TitleHead,
    TitleStop,
    VenueSuffix,
    LandmarkSuffix,
    LandmarkPrefix,
    RaceType,
    SeriesFiller,
    SeriesPrefixWord,
    ParticipantNoun,
    ParticipantGroup,
    ParticipationVerb,
    Approximate,
    Expected,
    Hedge,
    Dnf,
    Dns,
    PersonPrefix,
    TableColumn,
    OtherClass,
    TeamRace,
    VenuePrefix,
    VenueSuffixLower,
    VenuePrefixLower,
    VenueNumbered,
    RaceTypeFirst,
    Championship,
    Subgroup,
    ClubSuffix,
    NameBreaker,
    TitleWord,
    FamilyFirst,
    BrandSuffix,
    SideEvent,
    OutletWord,
    SectionWord,
    RegionSuffix,
    RaceCause,
    FemaleGivenName,
    FemaleMiddleName,
    MaleGivenName,
    CompanySuffix,
    RaceSize,
    State,
    RaceTypeSuffix,
    PossessivePlace,
    OrganizationBody,
    MonthWord,
}

impl Section {
    pub const ALL: [Section; 50] = [
        Section::OrganizationSuffix,
        Section::OrganizationPrefix,
        Section::OrganizationNoun,
        Section::TitleHead,
        Section::TitleStop,
        Section::VenueSuffix,
        Section::LandmarkSuffix,
        Section::LandmarkPrefix,
        Section::RaceType,
        Section::SeriesFiller,
        Section::SeriesPrefixWord,
        Section::ParticipantNoun,
        Section::ParticipantGroup,
        Section::ParticipationVerb,
        Section::Approximate,
        Section::Expected,
        Section::Hedge,
        Section::Dnf,
        Section::Dns,
        Section::PersonPrefix,
        Section::TableColumn,
        Section::OtherClass,
        Section::TeamRace,
        Section::VenuePrefix,
        Section::VenueSuffixLower,
        Section::VenuePrefixLower,
        Section::VenueNumbered,
        Section::RaceTypeFirst,
        Section::Championship,
        Section::Subgroup,
        Section::ClubSuffix,
        Section::NameBreaker,
        Section::TitleWord,
        Section::FamilyFirst,
        Section::BrandSuffix,
        Section::SideEvent,
        Section::OutletWord,
        Section::SectionWord,
        Section::RegionSuffix,
        Section::RaceCause,
        Section::FemaleGivenName,
        Section::FemaleMiddleName,
        Section::MaleGivenName,
        Section::CompanySuffix,
        Section::RaceSize,
        Section::State,
        Section::RaceTypeSuffix,
        Section::PossessivePlace,
        Section::OrganizationBody,
        Section::MonthWord,
    ];

    /// Where the section's words are kept in a table of all sections: its
    /// place in the declaration (under [`Section::ALL`]'s length; a test
    /// checks it).
    fn index(self) -> usize {
        self as usize
    }

    /// The section's name in the file, `[name]`.
    pub fn name(self) -> &'static str {
        match self {
            Section::OrganizationSuffix => "organization_suffix",
            Section::OrganizationPrefix => "organization_prefix",
            Section::OrganizationBody => "organization_body",
            Section::MonthWord => "month_word",
            Section::OrganizationNoun => "organization_noun",
            Section::TitleHead => "title_head",
            Section::TitleStop => "title_stop",
            Section::VenueSuffix => "venue_suffix",
            Section::LandmarkSuffix => "landmark_suffix",
            Section::LandmarkPrefix => "landmark_prefix",
            Section::RaceType => "race_type",
            Section::SeriesFiller => "series_filler",
            Section::SeriesPrefixWord => "series_prefix_word",
            Section::ParticipantNoun => "participant_noun",
            Section::ParticipantGroup => "participant_group",
            Section::ParticipationVerb => "participation_verb",
            Section::Approximate => "approximate",
            Section::Expected => "expected",
            Section::Hedge => "hedge",
            Section::Dnf => "dnf",
            Section::Dns => "dns",
            Section::PersonPrefix => "person_prefix",
            Section::TableColumn => "table_column",
            Section::OtherClass => "other_class",
            Section::TeamRace => "team_race",
            Section::VenuePrefix => "venue_prefix",
            Section::VenueSuffixLower => "venue_suffix_lower",
            Section::VenuePrefixLower => "venue_prefix_lower",
            Section::VenueNumbered => "venue_numbered",
            Section::RaceTypeFirst => "race_type_first",
            Section::Championship => "championship",
            Section::Subgroup => "subgroup",
            Section::ClubSuffix => "club_suffix",
            Section::NameBreaker => "name_breaker",
            Section::TitleWord => "title_word",
            Section::FamilyFirst => "family_first",
            Section::BrandSuffix => "brand_suffix",
            Section::SideEvent => "side_event",
            Section::OutletWord => "outlet_word",
            Section::SectionWord => "section_word",
            Section::RegionSuffix => "region_suffix",
            Section::RaceCause => "race_cause",
            Section::FemaleGivenName => "female_given_name",
            Section::FemaleMiddleName => "female_middle_name",
            Section::MaleGivenName => "male_given_name",
            Section::CompanySuffix => "company_suffix",
            Section::RaceSize => "race_size",
            Section::State => "state",
            Section::RaceTypeSuffix => "race_type_suffix",
            Section::PossessivePlace => "possessive_place",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Country {
    /// Common English short name: the preferred label.
    pub name: String,
    /// IOC and ISO codes; the first is the key.
    pub codes: Vec<String>,
    pub demonyms: Vec<String>,
    pub aliases: Vec<String>,
    pub capital: Option<String>,
}

impl Country {
    pub fn key(&self) -> &str {
        self.codes.first().map(String::as_str).unwrap_or(&self.name)
    }

    /// Whether `name` is this country's capital too ("Singapore").
    pub fn capital_is(&self, name: &str) -> bool {
        self.capital
            .as_deref()
            .is_some_and(|k| k.eq_ignore_ascii_case(name))
    }
}

/// Everything the extractor knows about the world.
#[derive(Debug)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    /// Lower-cased name, alias, code or demonym -> index into `countries`.
    country_names: HashMap<String, usize>,
    demonyms: HashMap<String, usize>,
    /// Lower-cased city name -> (city name, country index).
    cities: HashMap<String, (String, usize)>,
    /// Towns of the world list (GeoNames, 50,000 people or more), read only
    /// where the text already says a place is meant: [`Lexicon::town`].
    towns: HashMap<String, (String, usize)>,
    /// Towns of under 100,000 people: many are words or family names too.
    small_towns: HashMap<String, (String, usize)>,
    sections: HashMap<String, Vec<String>>,
    /// The same entries in lower case, for look-ups: a set for each
    /// section, at its [`Section::index`].
    lookup: Vec<std::collections::HashSet<String>>,
    /// The entries split into `word=VALUE` pairs, by word (the first of
    /// a word that comes twice), for [`Lexicon::pair`].
    pair_lookup: HashMap<String, HashMap<String, Option<String>>>,
    /// Race category phrases (lower case) and their distance, longest first.
    pub race_categories: Vec<(String, Option<String>)>,
}

/// The lexicon of the embedded data files.
pub fn get() -> &'static Lexicon {
    static LEXICON_DATA: LazyLock<Lexicon> = LazyLock::new(Lexicon::embedded);
    &LEXICON_DATA
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn list(col: Option<&str>) -> Vec<String> {
    col.unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl Lexicon {
    /// Builds the lexicon from the files compiled in.
    pub fn embedded() -> Self {
        let mut lx = Self::parse(COUNTRIES, CITIES, LEXICON, RACES);
        lx.add_towns(WORLD_CITIES, false);
        lx.add_towns(TOWNS, true);
        lx
    }

    /// Adds the towns of a `city<TAB>country` list: to the towns of the
    /// world list, or, with `small`, to the small towns, read as
    /// [`Lexicon::town`] reads the others but flagged by
    /// [`Lexicon::is_small_town`]. A name already listed keeps its country.
    pub fn add_towns(&mut self, text: &str, small: bool) {
        for line in data_lines(text) {
            let mut cols = line.split('\t');
            let (Some(city), Some(country)) = (cols.next(), cols.next()) else {
                continue;
            };
            if let Some(&i) = self.country_names.get(&country.trim().to_lowercase()) {
                let towns = if small {
                    &mut self.small_towns
                } else {
                    &mut self.towns
                };
                towns
                    .entry(city.trim().to_lowercase())
                    .or_insert((city.trim().to_string(), i));
            }
        }
    }

    /// Whether `name` is known only as a small town (not a city of the
    /// gazetteer nor a town of the world list).
    pub fn is_small_town(&self, name: &str) -> bool {
        let key = name.trim().to_lowercase();
        self.city(name).is_none()
            && !self.towns.contains_key(&key)
            && self.small_towns.contains_key(&key)
    }

    /// A city of the gazetteer or a town of the world list, and its country.
    /// The world list holds names that are also words and given names
    /// ("Reading", "Florence"), so it serves where a place is certain.
    pub fn town(&self, name: &str) -> Option<(&str, &Country)> {
        let key = name.trim().to_lowercase();
        self.city(name).or_else(|| {
            self.towns
                .get(&key)
                .or_else(|| self.small_towns.get(&key))
                .map(|(n, i)| (n.as_str(), &self.countries[*i]))
        })
    }

    /// Builds a lexicon from file texts (the formats of `data/`).
    pub fn parse(countries: &str, cities: &str, lexicon: &str, races: &str) -> Self {
        let mut out = Lexicon {
            countries: Vec::new(),
            country_names: HashMap::new(),
            demonyms: HashMap::new(),
            cities: HashMap::new(),
            towns: HashMap::new(),
            small_towns: HashMap::new(),
            sections: HashMap::new(),
            lookup: Vec::new(),
            pair_lookup: HashMap::new(),
            race_categories: Vec::new(),
        };
        for line in data_lines(countries) {
            let mut cols = line.split('\t');
            let Some(name) = cols.next().map(str::trim).filter(|s| !s.is_empty()) else {
                continue;
            };
            let country = Country {
                name: name.to_string(),
                codes: list(cols.next()),
                demonyms: list(cols.next()),
                aliases: list(cols.next()),
                capital: cols
                    .next()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            };
            let i = out.countries.len();
            for n in std::iter::once(&country.name)
                .chain(&country.aliases)
                .chain(&country.codes)
            {
                out.country_names.entry(n.to_lowercase()).or_insert(i);
            }
            for d in &country.demonyms {
                out.demonyms.entry(d.to_lowercase()).or_insert(i);
            }
            if let Some(c) = &country.capital {
                out.cities.insert(c.to_lowercase(), (c.clone(), i));
            }
            out.countries.push(country);
        }
        for line in data_lines(cities) {
            let mut cols = line.split('\t');
            let (Some(city), Some(country)) = (cols.next(), cols.next()) else {
                continue;
            };
            if let Some(&i) = out.country_names.get(&country.trim().to_lowercase()) {
                out.cities
                    .insert(city.trim().to_lowercase(), (city.trim().to_string(), i));
            }
        }
        let mut section = String::new();
        for line in data_lines(lexicon) {
            let line = line.trim();
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.to_string();
                continue;
            }
            out.sections
                .entry(section.clone())
                .or_default()
                .push(line.to_string());
        }
        out.lookup = vec![std::collections::HashSet::new(); Section::ALL.len()];
        for s in Section::ALL {
            let words = out.sections.get(s.name()).map_or(&[][..], Vec::as_slice);
            if let Some(set) = out.lookup.get_mut(s.index()) {
                *set = words.iter().map(|w| w.to_lowercase()).collect();
            }
        }
        for (name, words) in &out.sections {
            let pairs = out.pair_lookup.entry(name.clone()).or_default();
            for (key, value) in words.iter().map(|w| split_pair(w)) {
                pairs
                    .entry(key.to_string())
                    .or_insert_with(|| value.map(str::to_string));
            }
        }
        for line in data_lines(races) {
            let mut cols = line.split('\t');
            let (Some(phrase), Some(km)) = (cols.next(), cols.next()) else {
                continue;
            };
            let km = km.trim();
            out.race_categories.push((
                phrase.trim().to_lowercase(),
                (km != "-" && !km.is_empty()).then(|| km.to_string()),
            ));
        }
        out.race_categories
            .sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        out
    }

    /// Whether `word` names a race's kind: a word of `[race_type]` or a
    /// category of `data/races.tsv` ("Halbmarathon", "Félmaraton",
    /// "polumaraton"), whatever its case.
    pub fn names_race_kind(&self, word: &str) -> bool {
        self.has(Section::RaceType, word) || {
            let lower = word.to_lowercase();
            self.race_categories
                .iter()
                .any(|(phrase, _)| *phrase == lower)
        }
    }

    /// The entries of a `[section]` of `data/lexicon.txt`.
    pub fn words(&self, section: Section) -> &[String] {
        self.words_named(section.name())
    }

    /// A section's words as one regex alternation (`a|b|c`), each escaped,
    /// in the file's order.
    pub fn alternation(&self, section: Section) -> String {
        self.words(section)
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    }

    fn words_named(&self, section: &str) -> &[String] {
        self.sections.get(section).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `word` is in a section, ignoring case.
    pub fn has(&self, section: Section, word: &str) -> bool {
        self.lookup.get(section.index()).is_some_and(|set| {
            if word.chars().all(|c| !c.is_uppercase()) {
                set.contains(word)
            } else {
                set.contains(&word.to_lowercase())
            }
        })
    }

    /// Whether `word` is a given name, a man's or a woman's.
    pub fn given_name(&self, word: &str) -> bool {
        self.has(Section::MaleGivenName, word) || self.has(Section::FemaleGivenName, word)
    }

    /// The value of `key` (lower case) in a section of `word=VALUE` pairs:
    /// `None` if the key is not there, `Some(None)` if it has no value.
    pub fn pair(&self, section: Section, key: &str) -> Option<Option<&str>> {
        self.pair_lookup
            .get(section.name())
            .and_then(|pairs| pairs.get(key))
            .map(Option::as_deref)
    }

    /// A section split into `word=VALUE` pairs (the value may be absent).
    pub fn pairs(&self, section: Section) -> Vec<(&str, Option<&str>)> {
        self.pairs_named(section.name())
    }

    fn pairs_named(&self, section: &str) -> Vec<(&str, Option<&str>)> {
        self.words_named(section)
            .iter()
            .map(|w| split_pair(w))
            .collect()
    }

    /// A country by its name, an alias, or a code.
    pub fn country(&self, name: &str) -> Option<&Country> {
        let key = name.trim().trim_start_matches("the ").to_lowercase();
        self.country_names
            .get(&key)
            .or_else(|| self.country_names.get(&name.trim().to_lowercase()))
            .map(|&i| &self.countries[i])
    }

    /// A country by a code alone (`KEN`), as results lists write them.
    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        self.countries
            .iter()
            .find(|c| c.codes.iter().any(|k| k == code))
    }

    /// A member of a club named by its last word in the singular
    /// ("Harrier" of `Harriers`, "Strider" of `Striders`): "Solway
    /// Harrier Craig Bell" is a club's runner.
    pub fn club_member_word(&self, word: &str) -> bool {
        !word.ends_with('s')
            && word.starts_with(char::is_uppercase)
            && self.has(Section::ClubSuffix, &format!("{word}s"))
    }

    /// A country by its demonym (`Kenyan`, `South African`).
    pub fn country_by_demonym(&self, word: &str) -> Option<&Country> {
        self.demonyms
            .get(&word.to_lowercase())
            .map(|&i| &self.countries[i])
    }

    /// A city and the country it is in.
    pub fn city(&self, name: &str) -> Option<(&str, &Country)> {
        self.cities
            .get(&name.trim().to_lowercase())
            .map(|(n, i)| (n.as_str(), &self.countries[*i]))
    }

    /// Every country name, alias and demonym, for building matchers.
    pub fn country_surface_forms(&self) -> impl Iterator<Item = &str> {
        self.countries.iter().flat_map(|c| {
            std::iter::once(c.name.as_str())
                .chain(c.aliases.iter().map(String::as_str))
                .chain(c.demonyms.iter().map(String::as_str))
        })
    }

    /// Every city name.
    pub fn city_names(&self) -> impl Iterator<Item = &str> {
        self.cities.values().map(|(n, _)| n.as_str())
    }
}

/// An entry of a section of pairs: `word=VALUE`, or `word` alone.
fn split_pair(w: &str) -> (&str, Option<&str>) {
    match w.split_once('=') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (w, None),
    }
}

#[cfg(test)]
mod tests;
