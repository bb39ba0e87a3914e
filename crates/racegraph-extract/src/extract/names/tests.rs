use super::*;
use crate::lexicon;

fn runs(s: &str) -> Vec<&str> {
    chunks(s).iter().map(|c| c.text(s)).collect()
}

#[test]
fn runs_of_capitalised_words() {
    assert_eq!(
        runs("The race kicks off in the iconic Ong Tae Bok Stadium, in front"),
        vec!["Ong Tae Bok Stadium"]
    );
    assert_eq!(
        runs("landmarks such as the Gate of Honour and Big Ben."),
        vec!["Gate of Honour", "Big Ben"]
    );
    assert_eq!(runs("North Korea’s founding leader"), vec!["North Korea"]);
    // A place named with a possessive ("Hawke's Bay") is one name, a
    // country's possessive is not.
    assert_eq!(
        runs("the Hawke's Bay Vineyards Marathon"),
        vec!["Hawke's Bay Vineyards Marathon"]
    );
    assert_eq!(runs("Kenya's Bay Runner"), vec!["Kenya", "Bay Runner"]);
    assert_eq!(
        runs("won the Percival's Island Half Marathon"),
        vec!["Percival's Island Half Marathon"]
    );
    // Two places joined by an en dash, with no space, are one name.
    assert_eq!(
        runs("the Medio Maratón Santa Cruz–Cotoca was held"),
        vec!["Medio Maratón Santa Cruz–Cotoca"]
    );
    assert_eq!(runs("from 2025–26 on"), Vec::<&str>::new());
    // A generational suffix keeps its point.
    assert_eq!(
        runs("over Kris Manla and Rey Jumawan Jr. (1:16:30) for third"),
        vec!["Kris Manla", "Rey Jumawan Jr."]
    );
    // Columns of a table laid out with spaces part names; a line broken
    // and indented does not.
    assert_eq!(
        runs("1   Ann LEE        Hill Harriers      36:48"),
        vec!["Ann LEE", "Hill Harriers"]
    );
    assert_eq!(
        runs("the Hill\n    Harriers won"),
        vec!["Hill\n    Harriers"]
    );
    // A distance after a whole race name, before a race noun, tells the
    // kind of race; one that ends the name stays in it.
    assert_eq!(
        runs("the Tarn Valley Challenge 10km road race in Ledbury"),
        vec!["Tarn Valley Challenge", "Ledbury"]
    );
    assert_eq!(
        runs("the 9th Windward Unity 10-K road race in St Lucia"),
        vec!["Windward Unity 10-K", "St Lucia"]
    );
    assert_eq!(
        runs("the Forth Valley 10K race in Stirling"),
        vec!["Forth Valley 10K", "Stirling"]
    );
    // The distance a marathon's name gives, said again, is no part of it.
    assert_eq!(
        runs("edition of the Tapatío Half Marathon 21K in Guadalajara"),
        vec!["Tapatío Half Marathon", "Guadalajara"]
    );
    assert_eq!(
        runs("the Cove Marathon 42km in Guadalajara"),
        vec!["Cove Marathon", "Guadalajara"]
    );
    assert_eq!(
        runs("at Beijing-based Harbour Tours"),
        vec!["Harbour Tours"]
    );
    assert_eq!(
        runs("Foreigners Again Allowed To Run The Riverside Marathon"),
        vec!["Foreigners", "Allowed", "Run", "Riverside Marathon"]
    );
    assert_eq!(
        runs("won by Pieter van der Merwe today"),
        vec!["Pieter van der Merwe"]
    );
    // An initial glued to a name is one word; a year glued to a race's
    // name is not part of it.
    assert_eq!(
        runs("runner B.Enkhtuvshin won the Erdenet Copper City Marathon-2025 ahead of S.Batbold"),
        vec!["B.Enkhtuvshin", "Erdenet Copper City Marathon", "S.Batbold"]
    );
    assert_eq!(
        runs("Kh.Batbayar was second and Ts.Oyunchimeg third"),
        vec!["Kh.Batbayar", "Ts.Oyunchimeg"]
    );
    // A particle before a race named race first is an article.
    assert_eq!(
        runs("filled el Maratón de Sevilla with colour, as el Guerrouj did"),
        vec!["Maratón de Sevilla", "el Guerrouj"]
    );
    assert_eq!(
        runs("along C. de Alcalá and the Av. da Índia"),
        vec!["C. de Alcalá", "Av. da Índia"]
    );
    assert_eq!(
        runs("at a blustery Forth Valley 10 Mile in Stirling"),
        vec!["Forth Valley 10 Mile", "Stirling"]
    );
    assert_eq!(runs("Ana Lee ran 10 Miles"), vec!["Ana Lee", "Miles"]);
    // A distance after a name that ends on "Race", before a lower-case
    // word, says what the race is.
    assert_eq!(
        runs("the Cove Bay Road Race 10 km went to Ken Sato"),
        vec!["Cove Bay Road Race", "Ken Sato"]
    );
    assert_eq!(
        runs("Lac de Tunis 10 km (TUN), Sunday"),
        vec!["Lac de Tunis 10 km", "TUN"]
    );
    assert_eq!(runs("Ana Lee ran 10 km"), vec!["Ana Lee"]);
    assert_eq!(
        runs("at the maiden Kwara Unity 10km Road Race in Ilorin"),
        vec!["Kwara Unity 10km Road Race", "Ilorin"]
    );
    assert_eq!(
        runs("when winning the Boyne Valley 10-Mile in 52:10"),
        vec!["Boyne Valley 10-Mile"]
    );
    assert_eq!(
        runs("She retained her Kibi Plain Women's Marathon title."),
        vec!["Kibi Plain Women's Marathon"]
    );
    assert_eq!(runs("Kenya's Ann Lee won."), vec!["Kenya", "Ann Lee"]);
    assert_eq!(runs("Belarus' Ann Lee won."), vec!["Belarus", "Ann Lee"]);
    assert_eq!(
        runs("the Riga Runners' Society"),
        vec!["Riga Runners' Society"]
    );
    assert_eq!(
        runs("Ann Lee made it three in a row on Sunday at the Kaloleni People's Marathon."),
        vec!["Ann Lee", "Kaloleni People's Marathon"]
    );
    assert_eq!(
        runs("Kaloleni People's favourite Ann Lee won."),
        vec!["Kaloleni People", "Ann Lee"]
    );
    // "Top" opens a race's name after "the" or an ordinal, before words
    // that end on a race type; elsewhere it breaks names.
    assert_eq!(
        runs("the 52nd Top End Harbour Run was won by Sam Lee."),
        vec!["Top End Harbour Run", "Sam Lee"]
    );
    assert_eq!(runs("the Top Ten Finishers were"), vec!["Ten Finishers"]);
    // "to" inside a race's name after a race noun ("Road to Oz 10K").
    assert_eq!(
        runs("Ben Lee won the Road to Oz 10K in Wamego"),
        vec!["Ben Lee", "Road to Oz 10K", "Wamego"]
    );
    assert_eq!(runs("Lee Returns to Wamego"), vec!["Lee Returns", "Wamego"]);
    assert_eq!(runs("the Road to Oz in 33:51"), vec!["Road", "Oz"]);
    assert_eq!(
        runs("along Oystermouth Road to Mumbles"),
        vec!["Oystermouth Road", "Mumbles"]
    );
    // Two distances of one event's name, joined by "and" before its race
    // noun; two races named apart stay apart.
    assert_eq!(
        runs("at the Tarn Lantern Trust 10K and 5K Road Race on Saturday"),
        vec!["Tarn Lantern Trust 10K and 5K Road Race"]
    );
    assert_eq!(
        runs("the Tarn 10K and 5K Grand Prix races"),
        vec!["Tarn 10K", "Grand Prix"]
    );
    // A distance in miles in lower case goes on with the name before a
    // race noun, and only there.
    assert_eq!(
        runs("the Holyhead Breakwater 5-mile race"),
        vec!["Holyhead Breakwater 5-mile"]
    );
    assert_eq!(runs("the Ardee 10-miler road race"), vec!["Ardee 10-miler"]);
    assert_eq!(runs("the Kenyan 10-mile record"), vec!["Kenyan"]);
    assert_eq!(runs("the Ardee 10-mile, the"), vec!["Ardee"]);
    // A middle initial goes on with the name; a lone "A." before "The"
    // does not.
    assert_eq!(
        runs("Mayor Patricia A. Lomax today handed"),
        vec!["Mayor Patricia A. Lomax"]
    );
    assert_eq!(runs("under Plan A. The race"), vec!["Plan"]);
    // A month's name after a name is a family name before a bracket or a
    // stop, not before a number or a capitalised word.
    assert_eq!(
        runs("the winner was Luis Ángel May (33:40)"),
        vec!["Luis Ángel May"]
    );
    assert_eq!(runs("Next: Club Handicap October »"), vec!["Club Handicap"]);
    assert_eq!(runs("Cove Marathon May 3"), vec!["Cove Marathon"]);
}

#[test]
fn shapes_from_words() {
    let lx = lexicon::get();
    assert_eq!(shape("Harbour Tours", lx), Shape::Organization);
    assert_eq!(shape("World Athletics", lx), Shape::Organization);
    assert_eq!(shape("Ong Tae Bok Stadium", lx), Shape::Venue);
    assert_eq!(shape("Almsfield Gardens", lx), Shape::Venue);
    assert_eq!(shape("Falls Athletics Camp", lx), Shape::Organization);
    assert_eq!(shape("Meia Maratona da Garoa", lx), Shape::Series);
    assert_eq!(shape("Acme Maratón de Sevilla", lx), Shape::Series);
    assert_eq!(shape("Marathon du Médoc", lx), Shape::Series);
    assert_ne!(shape("Marathon Champion Kiptoo", lx), Shape::Series);
    // A Belgian jogging is named with the article after the word; the word
    // alone before a name is a club's.
    assert_eq!(shape("Jogging du Confluent", lx), Shape::Series);
    // An Italian half marathon called "la Mezza".
    assert_eq!(shape("Mezza di Monza", lx), Shape::Series);
    assert_ne!(shape("Jogging Club Namur", lx), Shape::Series);
    assert_ne!(shape("Maratona", lx), Shape::Series);
    // "Race" ends a name of two words or more, not one alone.
    assert_eq!(shape("Kribi Seafront Race", lx), Shape::Series);
    assert_ne!(shape("Race", lx), Shape::Series);
    // A race's kind alone names no series ("the 10km Road Race").
    assert_ne!(shape("Road Race", lx), Shape::Series);
    assert_eq!(shape("Cove Road Race", lx), Shape::Series);
    // A region is a region's, not a person's, name.
    assert_eq!(shape("Northwest Region", lx), Shape::Region);
    assert_eq!(shape("Kiambu County", lx), Shape::Region);
    assert_eq!(shape("Gate of Honour", lx), Shape::Landmark);
    assert_eq!(shape("Riverside International Marathon", lx), Shape::Series);
    // Races named by a short distance in miles or kilometres.
    assert_eq!(shape("Harbour Marina 5 Mile", lx), Shape::Series);
    assert_eq!(shape("Quay Night 8K", lx), Shape::Series);
    assert_eq!(shape("Fair Town Marathon Festival", lx), Shape::Series);
    assert_eq!(shape("Zomba Hills 15km Race", lx), Shape::Series);
    assert_eq!(shape("Cove Canal 15km", lx), Shape::Series);
    assert_eq!(shape("Cove Ridge 12 km", lx), Shape::Series);
    // A nation and a distance: a ranking's, not a race's name.
    assert_ne!(shape("British 10km", lx), Shape::Series);
    assert_ne!(shape("US 10 km", lx), Shape::Series);
    assert_eq!(shape("Scottish Half Marathon", lx), Shape::Series);
    assert_eq!(shape("Women’s Half Marathon", lx), Shape::Unknown);
    // A race written as one word, after a town or its adjective, or alone
    // ("the Kanavajuoksu"); not the foundation that holds it, a short
    // stem, a race's kind ("Halbmarathon") or a hashtag's words run
    // together.
    assert_eq!(shape("Varde Klitmarathon", lx), Shape::Series);
    assert_eq!(shape("Lindauer Hafenlauf", lx), Shape::Series);
    assert_eq!(shape("Zwolse Vestingloop", lx), Shape::Series);
    assert_ne!(shape("Stichting Vestingloop", lx), Shape::Series);
    assert_eq!(shape("Hafenlauf", lx), Shape::Series);
    assert_eq!(shape("Kanavajuoksu", lx), Shape::Series);
    assert_eq!(shape("Fjordhalvan", lx), Shape::Series);
    assert_ne!(shape("Halbmarathon", lx), Shape::Series);
    assert_ne!(shape("NakuruCityMarathon", lx), Shape::Series);
    assert_ne!(shape("Anna Verlauf", lx), Shape::Series);
    assert_eq!(shape("North Korea", lx), Shape::Country);
    assert_eq!(shape("Ong Tae Bok", lx), Shape::Unknown);
    // Where runners work or give to.
    assert_eq!(shape("Weald Valley Hospice", lx), Shape::Organization);
    assert_eq!(
        shape("Redemption Mission Hospital", lx),
        Shape::Organization
    );
    assert_eq!(
        series_key("Riverside International Marathon", lx),
        series_key("Riverside Marathon", lx)
    );
    // "Road Race" after a distance names no other race.
    assert_eq!(
        series_key("Glen 4 Mile Road Race", lx),
        series_key("Glen 4 Mile", lx)
    );
    assert_eq!(series_key("Tarn 10K Road Race", lx), "tarn 10k");
    assert_eq!(series_key("Tarn 5-Mile Road Race", lx), "tarn 5 mile");
    // Without a distance the words are the name.
    assert_eq!(series_key("Fako Hill Road Race", lx), "fako hill road race");
}

#[test]
fn typographic_capitals_are_undone_and_spellings_kept() {
    assert_eq!(normalise_person("TAM Ho Sen"), "Tam Ho Sen");
    assert_eq!(normalise_person("O'BRIEN Seán"), "O'Brien Seán");
    assert_eq!(normalise_person("SMITH-JONES Amy"), "Smith-Jones Amy");
    for kept in ["Ní Mhurchú", "D'Amato", "van der Merwe", "McAdam"] {
        assert_eq!(normalise_person(kept), kept);
    }
    assert_eq!(
        capitalise_last("Ong Tae Bok stadium"),
        "Ong Tae Bok Stadium"
    );
}

#[test]
fn acronyms_match_initials() {
    assert!(acronym_of("KCNA", "Korean Central News Agency"));
    assert!(acronym_of("LAF", "Lakeshore Athletics Federation"));
    assert!(acronym_of("FOA", "Federation of Athletics"));
    assert!(!acronym_of("KCNA", "Harbour Tours"));
    assert!(is_acronym("KCNA") && !is_acronym("Kim") && !is_acronym("A"));
}

#[test]
fn a_title_before_an_organisation_is_no_part_of_it() {
    let lx = crate::lexicon::get();
    assert_eq!(
        less_title("Founder of Northern Trails Events", lx),
        "Northern Trails Events"
    );
    assert_eq!(
        less_title("CEO Northside Mental Health Trust", lx),
        "Northside Mental Health Trust"
    );
    // Not a name that only begins like one.
    assert_eq!(less_title("Bank of Ireland", lx), "Bank of Ireland");
    assert_eq!(
        less_title("Head Start Foundation", lx),
        "Head Start Foundation"
    );
}

#[test]
fn a_job_title_leaves_out_the_words_written_before_it() {
    let lx = lexicon::get();
    assert_eq!(
        tidy_title("whose managing director", lx),
        "managing director"
    );
    assert_eq!(tidy_title("winnipeg mayor", lx), "mayor");
    assert_eq!(tidy_title("police spokesman", lx), "police spokesman");
    assert_eq!(tidy_title("race director", lx), "race director");
    assert_eq!(tidy_title("mayor", lx), "mayor");
}

#[test]
fn a_race_run_for_a_cause_keeps_it_in_its_name() {
    assert_eq!(
        runs("Nago won the Cove Half Marathon for Peace on Sunday."),
        ["Nago", "Cove Half Marathon for Peace"]
    );
    // A country, or a cause that opens another name, is not the race's.
    assert_eq!(
        runs("Nago won the Cove Marathon for Kenya."),
        ["Nago", "Cove Marathon", "Kenya"]
    );
    assert_eq!(
        runs("She ran the Cove Marathon for Hope Foundation."),
        ["Cove Marathon", "Hope Foundation"]
    );
}

#[test]
fn an_edition_in_roman_numerals_is_no_part_of_the_name() {
    assert_eq!(
        runs("The winners of the IXth Kadiogo 10 km left the field behind."),
        ["Kadiogo 10 km"]
    );
    assert_eq!(
        runs("The XXXIII Cove Volcano Run was held this Sunday."),
        ["Cove Volcano Run"]
    );
    assert_eq!(
        runs("Yesterday took place the VI Cove Ridge Half Marathon."),
        ["Cove Ridge Half Marathon"]
    );
    // After a name, or before one that is no race's, a numeral stays.
    assert_eq!(
        runs("They finished at the Mohammed VI Stadium in Cove."),
        ["Mohammed VI Stadium", "Cove"]
    );
    assert_eq!(runs("Then the LI Wei Trio played."), ["LI Wei Trio"]);
}

#[test]
fn a_row_one_cell_a_line_parts_names_at_each_line() {
    assert_eq!(
        runs("1\n2204\nAri Wen\nCove Striders\n00:33:18"),
        vec!["Ari Wen", "Cove Striders"]
    );
    // A wrapped line of prose still runs on.
    assert_eq!(
        runs("The race was won by Ari\nWen of the Cove Striders club, who led from the gun to the end"),
        vec!["Ari\nWen", "Cove Striders"]
    );
}
