//! Unit tests of [`super`]: headers, aligned rows and notes on net time.

use super::*;

fn lx() -> &'static Lexicon {
    crate::lexicon::get()
}

/// The kinds of a header's columns, and the header.
fn kinds(line: &str) -> (Vec<Column>, Header) {
    let h = header(line, lx()).expect("header");
    (h.cols.iter().map(|c| c.1).collect(), h)
}

#[test]
fn a_timing_export_header_splits_headings_written_with_one_space() {
    let (kinds, h) = kinds(
        "Place   Bib  Name                     Gender G.Place  Age Group  Chip Time   Gun Time   Pace",
    );
    assert_eq!(
        kinds,
        vec![
            Column::Place,
            Column::Other,
            Column::Name,
            Column::Sex,
            Column::SexPlace,
            Column::Other,
            Column::NetTime,
            Column::GunTime,
            Column::Other
        ]
    );
    let row = cells(
        "   14  1139  Ada Quill                F            1  F30-34       1:15:38    1:15:40  5:46",
        &h,
    )
    .expect("row");
    assert_eq!(row[0], "14");
    assert_eq!(row[2], "Ada Quill");
    assert_eq!(row[3], "F");
    assert_eq!(row[4], "1");
    assert_eq!(row[6], "1:15:38");
    assert_eq!(row[7], "1:15:40");
}

#[test]
fn prose_and_field_lines_are_not_headers() {
    assert!(header("Event: Half Marathon (13.1 mi)   Finishers: 2,317", lx()).is_none());
    assert!(header("The runners who placed well are named below", lx()).is_none());
    assert!(header("| Pos | Name | Club | Time |", lx()).is_some());
}

#[test]
fn a_header_of_single_spaces_and_a_sex_and_place_cell() {
    let h = header(
        "Place Sex/Pl Name                    Age City              Time",
        lx(),
    )
    .expect("header");
    assert_eq!(h.find(Column::SexWithPlace), Some(1));
    let row = cells(
        "    4  F 1   Ada Quill                29 Pella IA          35:22",
        &h,
    )
    .expect("row");
    assert_eq!(row[1], "F 1");
    assert_eq!(row[2], "Ada Quill");
    assert_eq!(row[5], "35:22");
}

#[test]
fn net_ranking_is_read_from_a_note() {
    assert!(ranked_by_net("Places are decided by chip time."));
    assert!(!ranked_by_net("Official placings are by gun time."));
}

#[test]
fn a_czech_timing_header_names_its_columns() {
    let (kinds, _) = kinds(
        "Pořadí  Příjmení a jméno      Stát  Roč.  Oddíl            Kat.  Čistý čas  Cílový čas",
    );
    assert_eq!(
        kinds,
        vec![
            Column::Place,
            Column::Name,
            Column::Country,
            Column::Other,
            Column::Other,
            Column::Other,
            Column::NetTime,
            Column::GunTime
        ]
    );
    // The sexes of headings in other languages.
    let sex = |l: &str| super::super::headings::parse_category(l, lx()).and_then(|c| c.sex);
    assert_eq!(sex("MARATON 42 KM – ŽENE"), Some(Sex::Women));
    assert_eq!(sex("Bărbați, 10 km"), Some(Sex::Men));
    assert_eq!(sex("Cove 10 km"), None);
}
