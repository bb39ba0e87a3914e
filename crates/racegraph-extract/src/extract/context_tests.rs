//! Tests of what a name is read as from its context: a race's name with
//! a distance in lower case, a table's names in capitals, a fun run told
//! of in prose, a club's runner.

use super::tests::facts_of;
use super::*;

#[test]
fn a_race_named_with_a_lower_case_distance_in_miles() {
    let body = "Ola Brenn was the first county runner home in the Harbour AC Tolka 10-mile road race. The race, which doubled as the Leinster 10-Mile Championship, was won by Cal Dunne in 51:37.\n";
    let (x, lines) = facts_of(body, Some(Date::new(2025, 3, 13)));
    assert!(
        x.entities
            .iter()
            .all(|e| e.kind != Kind::Venue && e.kind != Kind::Landmark),
        "{:?}",
        x.entities
    );
    // The race is the one of the 10-mile road race, not the championship
    // it doubled as.
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("editionOf Harbour AC Tolka 10-mile")),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.contains("Leinster")), "{lines:?}");
}

#[test]
fn a_table_in_capitals_family_name_first_names_the_prose_runners() {
    let people = |x: &Extraction| -> Vec<String> {
        x.entities
            .iter()
            .filter(|e| e.kind.family() == Family::Person)
            .map(|e| {
                e.names
                    .iter()
                    .map(|n| n.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    };
    // The prose first, the table after it: the family name in capitals
    // before the given name.
    let body = "Ado Kuma and Sifa Lelo win in Lakeside\n\nAdo Kuma won the Lakeside City Marathon on Sunday in 2:08:31, ahead of Tefo Bari. Third-placed Gudo Sena finished a minute back.\n\nMen's top results\n1. KUMA Ado (ETH) 2:08:31\n2. BARI Tefo (ETH) 2:09:12\n3. SENA Gudo (ETH) 2:09:50\n";
    let (x, _) = facts_of(body, Some(Date::new(2025, 4, 14)));
    assert_eq!(
        people(&x),
        vec!["Ado Kuma", "Tefo Bari", "Gudo Sena"],
        "{:?}",
        x.entities
    );
    // The prose first, the table after it all in capitals.
    let body = "Lakeside marathon\n\nEthiopia's Ado Kuma won the Lakeside City Marathon on Sunday in 2:08:31, ahead of Tefo Bari.\n\nResults\n1. | KUMA ADO | ETH | 2:08:31 |\n2. | BARI TEFO | ETH | 2:09:12 |\n";
    let (x, _) = facts_of(body, Some(Date::new(2025, 4, 14)));
    assert_eq!(
        people(&x),
        vec!["Ado Kuma", "Tefo Bari"],
        "{:?}",
        x.entities
    );
    // A family name of two words in capitals ("EL IDRISSI Hamza").
    let body = "Cove marathon\n\nKenyan Jos Kipro won the Cove Coast Marathon on Sunday in 2:15:41, ahead of Moroccan Ham El Idri in 2:23:50.\n\nRESULTS (marathon, men)\n1. KIPRO Jos (KEN) 2:15:41\n2. EL IDRI Ham (MAR) 2:23:50\n";
    let (x, _) = facts_of(body, Some(Date::new(2025, 12, 7)));
    assert_eq!(
        people(&x),
        vec!["Jos Kipro", "Ham El Idri"],
        "{:?}",
        x.entities
    );
    // The table first, all in capitals, the prose after it: one runner,
    // known by the prose's name.
    let body = "Lakeside City Marathon results\n\n1. | KUMA ADO | ETH | 2:08:31 |\n2. | BARI TEFO | ETH | 2:09:12 |\n\nAdo Kuma won the Lakeside City Marathon on Sunday, ahead of Tefo Bari.\n";
    let (x, _) = facts_of(body, Some(Date::new(2025, 4, 14)));
    let people = people(&x);
    assert_eq!(people.len(), 2, "{people:?}");
    assert!(
        people
            .iter()
            .all(|p| p.starts_with("Ado Kuma") || p.starts_with("Tefo Bari")),
        "{people:?}"
    );
}

#[test]
fn a_fun_run_told_of_in_prose_takes_no_results_of_the_day() {
    let body = "Harriers' race day a success\n\nCove Harriers staged their Tarn Lodge Road Races in Tarn on Sunday, a 10k and a two-mile Fun Run, organised by Tarn Events Road Races.\n\nThe Fun Run was first away, with 84 runners of all ages lining up for a loop past the museum.\n\nThen it was the turn of the 10k field.\n\nRESULTS - 10K\nMen\n1 Ken Barr (Moor Runners) 33:47\n2 Al Tate (Cove Harriers) 34:20\nWomen\n1 Mai Olen (Lauder Runners) 39:55\n";
    let (x, lines) = facts_of(body, Some(Date::new(2025, 9, 11)));
    // An events company named like races is no race.
    assert!(
        !x.entities
            .iter()
            .any(|e| e.kind == Kind::RaceSeries && e.names[0].text == "Tarn Events Road Races"),
        "{lines:?}"
    );
    // The object of `subject property ?`.
    let object = |subject: &str, property: &str| -> String {
        let head = format!("{subject} {property} ");
        lines
            .iter()
            .find_map(|l| l.strip_prefix(&head))
            .unwrap_or_default()
            .to_string()
    };
    for runner in ["Ken Barr", "Al Tate", "Mai Olen"] {
        let tail = format!(" athlete {runner}");
        let result = lines
            .iter()
            .find_map(|l| l.strip_suffix(&tail))
            .unwrap_or_default();
        let edition = object(&object(result, "race"), "raceOf");
        assert_eq!(
            object(&edition, "editionOf"),
            "Tarn Lodge Road Races",
            "{runner}: {lines:?}"
        );
    }
}

#[test]
fn a_clubs_runner_of_a_club_named_in_two_words_is_the_runner() {
    let body = "Cove Pantry Road Races\n\nCove Pantry Road Races were run on Sunday. Gate City Strider Ron Cato said the course was fast.\n";
    let (x, _) = facts_of(body, Some(Date::new(2025, 4, 15)));
    let people: Vec<&str> = x
        .entities
        .iter()
        .filter(|e| e.kind.family() == Family::Person)
        .map(|e| e.names[0].text.as_str())
        .collect();
    assert_eq!(people, vec!["Ron Cato"]);
}

#[test]
fn a_half_marathon_beside_its_marathon_is_of_the_same_series() {
    let body = "Runners brave the cold at the Tarn City Marathon\n\nMore than 5,200 runners took to the streets for the Tarn City Marathon, its half and its 5K on Saturday.\n\nMark Dwyn won the Tarn City Half Marathon in 1:12:04.\n";
    let (x, lines) = facts_of(body, Some(Date::new(2026, 1, 11)));
    let series: Vec<&str> = x
        .entities
        .iter()
        .filter(|e| e.kind == Kind::RaceSeries)
        .map(|e| e.names[0].text.as_str())
        .collect();
    assert_eq!(series, vec!["Tarn City Marathon"], "{lines:?}");
    assert!(
        lines.iter().any(|l| l.ends_with("distance 21.0975")),
        "{lines:?}"
    );
}

#[test]
fn a_race_named_in_passing_takes_no_city_from_its_name() {
    let body = "Tarn Bay Marathon\n\nLea Bran won the Tarn Bay Marathon on Sunday in 2:31:10.\n\nBran, who has also run the London Marathon, said she would be back.\n";
    let (_, lines) = facts_of(body, Some(Date::new(2025, 4, 14)));
    assert!(
        !lines.iter().any(|l| l.starts_with("London Marathon city")),
        "{lines:?}"
    );
}

#[test]
fn a_number_of_members_is_no_part_of_a_clubs_name() {
    let body = "Tarn Bay 10K\n\nLea Bran won the Tarn Bay 10K on Sunday in 34:10. Twenty-two Tarn Valley Harriers took part, and Thirty Tarn Striders ran the 5K.\n";
    let (x, _) = facts_of(body, Some(Date::new(2025, 4, 14)));
    let orgs: Vec<&str> = x
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Organization)
        .map(|e| e.names[0].text.as_str())
        .collect();
    assert!(orgs.contains(&"Tarn Valley Harriers"), "{orgs:?}");
    assert!(
        orgs.iter()
            .all(|o| !o.starts_with("Twenty") && !o.starts_with("Thirty")),
        "{orgs:?}"
    );
}

#[test]
fn two_winners_of_a_race_named_together_without_their_races_are_not_placed() {
    let body = "Cove Corniche Marathon\n\nThe Cove Corniche Marathon was held on Sunday. The 10 km went to Oma Cheh and Rit Gema.\n";
    let (_, lines) = facts_of(body, Some(Date::new(2025, 11, 10)));
    assert!(!lines.iter().any(|l| l.contains("position")), "{lines:?}");
    // One winner told so is placed, with hundredths after the seconds.
    let body = "Cove Corniche Marathon\n\nThe Cove Corniche Marathon was held on Sunday. The women's 10 km went to Pru Azon in 48'20''96.\n";
    let (_, lines) = facts_of(body, Some(Date::new(2025, 11, 10)));
    assert!(lines.iter().any(|l| l.ends_with("position 1")), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.ends_with("finishTime PT48M20.96S")),
        "{lines:?}"
    );
}

#[test]
fn a_company_read_as_a_person_is_the_sponsor_it_is_said_to_be() {
    let body = "Sefu wins Cove Marathon\n\nMay 4, 2026\n\nTom Sefu won the Cove Marathon on Saturday in 2:14:10.\n\nThe provincial minister, who officiated at the event, commended Kibo Mining Works for sponsoring the marathon for the sixth year.\n\nKibo Mining Works corporate affairs manager Ann Mumba said the firm had raised the prize purse.\n";
    let (x, lines) = facts_of(body, Some(Date::new(2026, 5, 4)));
    assert!(
        lines
            .iter()
            .any(|l| l == "Cove Marathon sponsor Kibo Mining Works"),
        "{lines:?}"
    );
    // One name, one thing: no person of the company's name.
    assert!(
        !x.entities.iter().any(|e| e.kind.family() == Family::Person
            && e.names.iter().any(|n| n.text == "Kibo Mining Works")),
        "{:?}",
        x.entities
    );
}

#[test]
fn a_groups_name_in_quotes_is_no_race_before_its_town() {
    let body = "Cove Runners 10 Mile Road Race Championship heads to Olomouc\n\nThe 38th Cove Runners 10 Mile Road Race Championship will be held on Wednesday, 9th September 2026.\n\nJoin the group \"Cove Runners 10 Mile Olomouc\" for news.\n";
    let (x, _) = facts_of(body, Some(Date::new(2026, 5, 4)));
    assert!(
        !x.entities.iter().any(|e| e.kind == Kind::RaceSeries
            && e.names.iter().any(|n| n.text == "Cove Runners 10 Mile")),
        "{:?}",
        x.entities
    );
}

#[test]
fn a_beach_named_with_its_word_first_is_a_venue() {
    let body = "Cove Bay Half Marathon\n\nTom Bale won the Cove Bay Half Marathon on Sunday in 1:04:10. The runners set off from Praia da Rocha and finished at the marina.\n";
    let (x, _) = facts_of(body, Some(Date::new(2026, 5, 4)));
    assert!(
        x.entities
            .iter()
            .any(|e| e.kind == Kind::Venue && e.names.iter().any(|n| n.text == "Praia da Rocha")),
        "{:?}",
        x.entities
    );
}

#[test]
fn a_town_after_of_at_the_end_of_a_race_name_is_where_it_is_run() {
    // "Cove Half Marathon of Poitiers", as translations write "Semi-marathon
    // de Poitiers": the race is the "Cove Half Marathon", not a "Marathon of
    // Poitiers" after a sponsor's "Cove Half".
    let body = "Cove Half Marathon of Poitiers – 5,400 finishers\n\nSunday, 6,300 runners set off for the 16th edition of the Cove Half Marathon of Poitiers. Victory for the Ethiopian Abdi Bek, clocked in 1h02min 14.\n";
    let (x, _) = facts_of(body, Some(Date::new(2026, 3, 29)));
    let keys: Vec<String> = x
        .entities
        .iter()
        .filter(|e| e.kind == Kind::RaceSeries)
        .map(|e| match &e.key {
            Key::Name(k) => k.clone(),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(keys, vec!["cove half marathon".to_string()]);
}

#[test]
fn a_head_that_names_its_race_in_two_languages_names_one_series() {
    let series_of = |body: &str| -> Vec<Vec<String>> {
        let (x, _) = facts_of(body, Some(Date::new(2026, 4, 12)));
        x.entities
            .iter()
            .filter(|e| e.kind == Kind::RaceSeries)
            .map(|e| e.names.iter().map(|n| n.text.clone()).collect())
            .collect()
    };
    let two = "12. COVEČKI POLUMARATON / 12th COVE HALF MARATHON\n\nPublished 12 April 2026\n\nAna Lazo won in 1:12:40.\n";
    assert_eq!(
        series_of(two),
        vec![vec!["COVEČKI POLUMARATON", "COVE HALF MARATHON"]]
    );
    // (Two names in English are two races.)
    let english = "RESULTS: COVE HALF MARATHON / COVE BAY RUN\n\nPublished 12 April 2026\n\nAna Lazo won in 1:12:40.\n";
    assert_eq!(series_of(english).len(), 2);
}
