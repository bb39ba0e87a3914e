//! People named in an article: one entity per person, whatever the form
//! of the name (a description or a club before it, a family name or a
//! given name alone after the full name, an initial).

use super::*;

impl Extractor<'_> {
    pub(super) fn person(&mut self, name: &str, athlete: bool, sentence: usize) -> EntityId {
        // Descriptions glued before a name are not part of it: "Olympian
        // Jane Roe", "Kenyan Jane Roe", "Ethiopians Jane Roe".
        let mut words: Vec<&str> = name.split_whitespace().collect();
        // "Cairns' Ben Hollis", "Tollcross Harriers' Calum Niven": a place's
        // or a club's possessive, however many words it has, before the name.
        let is_possessive = |w: &str| ["'s", "’s", "'", "’"].iter().any(|p| w.ends_with(p));
        if let Some(k) = words[..words.len().saturating_sub(2)]
            .iter()
            .rposition(|w| is_possessive(w))
        {
            words.drain(..=k);
        }
        // "Sidra Telecom CEO Khalid Al-Mansouri", "State Sports Minister P.
        // Sreedharan": an employer's or a title's words, up to the title's
        // last word (`[title_head]`), before the name.
        if let Some(k) = words[..words.len().saturating_sub(2)]
            .iter()
            .rposition(|w| self.lx.has(crate::lexicon::Section::TitleHead, w))
        {
            words.drain(..=k);
        }
        // "Solway Harrier Craig Bell", "Gate City Strider Ryan Pelletier":
        // a club's runner.
        if let Some(k) =
            (1..=2).find(|&k| words.len() >= k + 3 && self.lx.club_member_word(words[k]))
        {
            words.drain(..=k);
        }
        // "South African Thandeka Khumalo", "Costa Ricans A B C": a people
        // of two words, one or more of them.
        if words.len() >= 4 && {
            let people = words[..2].join(" ");
            let one = people.strip_suffix('s').unwrap_or(&people);
            self.lx.country_by_demonym(&people).is_some()
                || self.lx.country_by_demonym(one).is_some()
        } {
            words.drain(..2);
        }
        while words.len() > 2 {
            let w = words[0];
            let plural = w.strip_suffix('s').unwrap_or(w);
            if self.lx.has(crate::lexicon::Section::PersonPrefix, w)
                || self.lx.has(
                    crate::lexicon::Section::PersonPrefix,
                    w.trim_end_matches('.'),
                )
                || self.lx.country_by_demonym(w).is_some()
                || (w.len() > 4 && self.lx.country_by_demonym(plural).is_some())
                || self.town_people(w)
                // "Runner-up X", "Co-favourite X": a word with a lower-case
                // part after its hyphen says what the runner is.
                || w.split_once('-').is_some_and(|(head, tail)| {
                    head.chars().count() >= 2
                        && tail.chars().count() >= 2
                        && tail.chars().all(|c| c.is_lowercase() || c == '-')
                })
                // "Ethiopian-Canadian X": two peoples joined by a hyphen.
                || w.split_once('-').is_some_and(|(head, tail)| {
                    self.lx.country_by_demonym(head).is_some()
                        && self.lx.country_by_demonym(tail).is_some()
                })
            {
                words.remove(0);
            } else {
                break;
            }
        }
        let joined = words.join(" ");
        let name = if words.len() < name.split_whitespace().count() {
            joined.as_str()
        } else {
            name
        };
        let kind = if athlete { Kind::Athlete } else { Kind::Person };
        let key = Key::Name(names::normalise_key(&names::normalise_person(name)));
        // A name not seen before may be another writing of one that was.
        if let Key::Name(k) = &key {
            if self.lookup(Kind::Person, k).is_none() {
                // A table's "TOLA Gemechu", the family name in capitals
                // first, goes by the prose's order ("Gemechu Tola", or
                // "Third-placed Meseret Tadesse" where the prose names the
                // runner in no result).
                if let Some(prose) = self.prose_order(name) {
                    return self.person(&prose, athlete, sentence);
                }
                // The prose's "Youssef Amrani" after a table's "AMRANI
                // YOUSSEF": the same runner, known from now on by the
                // prose's name (the table's still finds it).
                if let Some(id) = self.person_in_capitals(name) {
                    self.known_by(id, kind, key.clone(), name, sentence);
                    return id;
                }
                // A later surname-only mention is the full name seen
                // before (or a given name alone, of the one person named in
                // full with it: "Melissa broke the tape", after "Melissa
                // Tran-Howard").
                let found = self.person_by_surname(k).or_else(|| {
                    (!k.contains(' '))
                        .then(|| self.person_by_given(k))
                        .flatten()
                });
                if let Some(id) = found {
                    let id2 = self.entity(kind, self.out.entities[id].key.clone());
                    self.out.entities[id2].mentions += 1;
                    return id2;
                }
            }
        }
        self.entity_named(kind, key, name, sentence)
    }

    /// A runner named where a runner's name goes, unless its words cannot
    /// be a runner's ([`names::no_runner`]: "Full Marathon", "Kids 1KM").
    pub(super) fn runner(&mut self, name: &str, sentence: usize) -> Option<EntityId> {
        (!names::no_runner(name, self.lx)).then(|| self.person(name, true, sentence))
    }

    /// The full name an initial stands for: "F Ashby" or "F. Ashby" is the
    /// one "Freya Ashby" the article names, if it names exactly one.
    pub(super) fn expand_initial(&self, name: &str) -> Option<String> {
        let (initial, surname) = name.split_once(' ')?;
        let initial = initial.trim_end_matches('.');
        let mut ch = initial.chars();
        let letter = ch.next().filter(|c| c.is_uppercase())?;
        if ch.next().is_some() || surname.split_whitespace().count() != 1 {
            return None;
        }
        let mut found = self.names_ending_with(&surname.to_lowercase(), false, |first| {
            first.starts_with(letter) && first.chars().count() > 2
        });
        (found.len() == 1).then(|| found.remove(0))
    }

    /// The one full name (two or three words) the article gives a surname.
    pub(super) fn full_name_of(&self, surname: &str) -> Option<String> {
        let mut found = self.names_ending_with(&surname.to_lowercase(), true, |_| true);
        (found.len() == 1).then(|| found.remove(0))
    }

    /// The distinct names of two or three words that end in `surname`
    /// (lower case) inside the article's runs of capitals ("Freya Ashby" of
    /// "Freya Ashby of Leeds City"), whose first word `accept`s; with
    /// `skip_description`, a description before the name is left out
    /// ("Kenyan Benard Kipkemoi").
    pub(super) fn names_ending_with(
        &self,
        surname: &str,
        skip_description: bool,
        accept: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for i in 0..self.sents.len() {
            let t = self.text(i);
            for (c, shape) in &self.sents[i].chunks {
                if *shape != Shape::Unknown {
                    continue;
                }
                let upto = c.words.len().min(if skip_description { 4 } else { 3 });
                let Some(k) = (1..upto).find(|&k| c.word(t, k).to_lowercase() == surname) else {
                    continue;
                };
                let first = c.word(t, 0);
                let from = usize::from(
                    skip_description
                        && (self.lx.has(crate::lexicon::Section::PersonPrefix, first)
                            || self.lx.country_by_demonym(first).is_some()),
                );
                if !(1..=2).contains(&(k - from)) || !accept(c.word(t, from)) {
                    continue;
                }
                let full = &t[c.words[from].0..c.words[k].1];
                if !found.iter().any(|f| f == full) {
                    found.push(full.to_string());
                }
            }
        }
        found
    }

    /// The one person of the article whose full name starts with `given`
    /// (a key), not a name with a class code glued on ("Colin Marsh MV60").
    pub(super) fn person_by_given(&self, given: &str) -> Option<EntityId> {
        let head = format!("{given} ");
        self.one_person(|full, family_first| {
            full.starts_with(&head)
                && family_first != Some(given)
                && !full.contains(|c: char| c.is_ascii_digit())
        })
    }

    /// The one person of the article whose family name is `surname`.
    pub(super) fn person_by_surname(&self, surname: &str) -> Option<EntityId> {
        let tail = format!(" {surname}");
        self.one_person(|full, family_first| {
            (full.ends_with(&tail) && full.len() > tail.len()) || family_first == Some(surname)
        })
    }

    /// Person `id` goes by `name` (key `key`) from now on, its first name,
    /// its other keys still finding it.
    fn known_by(&mut self, id: EntityId, kind: Kind, key: Key, name: &str, sentence: usize) {
        let e = &mut self.out.entities[id];
        e.key = key.clone();
        e.names.insert(
            0,
            Name {
                text: name.to_string(),
                sentence,
            },
        );
        e.mentions += 1;
        if kind.rank() > e.kind.rank() {
            e.kind = kind;
        }
        if let Key::Name(k) = &key {
            self.person_names.push((id, k.clone(), None));
        }
        self.index.insert((kind.family(), key), id);
    }

    /// For a name written in capitals (a table's "KIPROTICH LAGAT EVANS",
    /// "AMRANI YOUSSEF"), the one person the article names with the same
    /// words in another order and not in capitals ("Evans Kiprotich
    /// Lagat", "Youssef Amrani").
    pub(super) fn person_by_words(&self, name: &str) -> Option<EntityId> {
        if name.chars().any(char::is_lowercase) {
            return None;
        }
        let id = self.person_with_words_of(name)?;
        self.out.entities[id]
            .names
            .iter()
            .any(|n| n.text.chars().any(char::is_lowercase))
            .then_some(id)
    }

    /// For a name written as prose writes it ("Youssef Amrani"), the one
    /// person named so far only in capitals, or with the family name in
    /// capitals first, with the same words ("AMRANI YOUSSEF").
    fn person_in_capitals(&self, name: &str) -> Option<EntityId> {
        if name.split_whitespace().any(in_capitals) {
            return None;
        }
        let id = self.person_with_words_of(name)?;
        self.out.entities[id]
            .names
            .iter()
            .all(|n| n.text.split_whitespace().next().is_some_and(in_capitals))
            .then_some(id)
    }

    /// The one person whose name has the words of `name` (two or more) in
    /// another order.
    fn person_with_words_of(&self, name: &str) -> Option<EntityId> {
        let sorted = |n: &str| {
            let mut w: Vec<String> = n.split_whitespace().map(str::to_string).collect();
            w.sort_unstable();
            w
        };
        let key = names::normalise_key(name);
        let mine = sorted(&key);
        if mine.len() < 2 {
            return None;
        }
        self.one_person(|full, _| full != key && sorted(full) == mine)
    }

    /// For a name of a family name in capitals of one word or two and then
    /// a given name ("TADESSE Meseret", "EL IDRISSI Hamza"), the one name
    /// of the article's prose with the given name first and not in
    /// capitals ("Meseret Tadesse", past a description before it; "Hamza
    /// El Idrissi").
    fn prose_order(&self, name: &str) -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        // The family name, in capitals, of one word or two ("EL IDRISSI");
        // then one given name, not in capitals.
        let k = words.iter().take_while(|w| in_capitals(w)).count();
        if !(1..=2).contains(&k)
            || words.len() != k + 1
            || !words[k].chars().any(char::is_lowercase)
        {
            return None;
        }
        // The prose's order: the given name, then the family name.
        let wanted: Vec<String> = std::iter::once(words[k])
            .chain(words[..k].iter().copied())
            .map(str::to_lowercase)
            .collect();
        let mut found: Option<String> = None;
        for i in 0..self.sents.len() {
            let t = self.text(i);
            for (c, shape) in &self.sents[i].chunks {
                if *shape != Shape::Unknown || c.words.len() < wanted.len() {
                    continue;
                }
                for at in 0..=c.words.len() - wanted.len() {
                    let fits =
                        (0..wanted.len()).all(|j| c.word(t, at + j).to_lowercase() == wanted[j]);
                    if fits && c.word(t, at).chars().any(char::is_lowercase) {
                        let full = &t[c.words[at].0..c.words[at + wanted.len() - 1].1];
                        if found.as_deref().is_some_and(|f| f != full) {
                            return None;
                        }
                        found = Some(full.to_string());
                    }
                }
            }
        }
        found
    }

    /// The one person whose name (a key, and its family name if written
    /// first) fits `fits`; none when two people do.
    pub(super) fn one_person(&self, fits: impl Fn(&str, Option<&str>) -> bool) -> Option<EntityId> {
        let mut found = self
            .person_names
            .iter()
            .filter(|(_, full, family_first)| fits(full, family_first.as_deref()))
            .map(|(id, _, _)| *id);
        let first = found.next()?;
        // Another person who fits makes it ambiguous.
        if found.any(|id| id != first) {
            None
        } else {
            Some(first)
        }
    }

    /// A town's people before a name ("Aucklander X", "Brandonite X",
    /// "Leonese X", "Omahan X", "Bostonian X"): a town of the gazetteer
    /// with "-er", "-ite", "-ese", "-an" or "-ian" after it (or "-n" after
    /// one ending in "a" or "o"), not a given name ("Gentian").
    fn town_people(&self, w: &str) -> bool {
        let given = || self.lx.given_name(w);
        ["er", "ite", "ese", "ian", "an", "n"].iter().any(|suffix| {
            w.strip_suffix(suffix)
                .filter(|town| town.chars().count() >= 4)
                .filter(|town| *suffix != "n" || town.ends_with(['a', 'o']))
                .is_some_and(|town| {
                    self.lx.city(town).is_some()
                        // ("Wanakaite X": "-ite" after a smaller town too.)
                        || (*suffix == "ite" && self.lx.town(town).is_some())
                })
        }) && !given()
    }
}

/// A word written in capitals, of two letters or more ("TOLA", "EL").
pub(super) fn in_capitals(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}
