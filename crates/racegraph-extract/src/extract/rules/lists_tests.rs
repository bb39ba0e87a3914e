//! Unit tests of [`super`]: the shapes of numbered lines.

use super::*;

#[test]
fn numbered_lines_with_particles() {
    let c = NUMBERED_LINE
        .captures("1. Pieter van der Berg (NED) 1:02:35")
        .expect("matches");
    assert_eq!(&c["name"], "Pieter van der Berg");
}

#[test]
fn a_row_with_the_country_code_first_and_a_category_after_the_name() {
    let lx = crate::lexicon::get();
    let row =
        super::super::rows::parse("3 KEN Amos Kip Lel M35-44 2 5 1:07:12,40", lx).expect("row");
    assert_eq!(row.name, "Amos Kip Lel");
    assert_eq!(row.nationality.as_deref(), Some("KEN"));
    // A family name in capitals after a code's letters is the name's.
    let row = super::super::rows::parse("2 BEN SALAH Rim 33:15", lx).expect("row");
    assert_eq!(row.name, "BEN SALAH Rim");
    // A code after the name, as before.
    let row = super::super::rows::parse("3 Amos Kip Lel KEN 1:07:12", lx).expect("row");
    assert_eq!(row.name, "Amos Kip Lel");
    assert_eq!(row.nationality.as_deref(), Some("KEN"));
}
