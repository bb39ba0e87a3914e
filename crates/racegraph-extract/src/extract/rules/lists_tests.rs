//! Unit tests of [`super`]: the shapes of numbered lines.

use super::*;

#[test]
fn numbered_lines_with_particles() {
    let c = NUMBERED_LINE
        .captures("1. Pieter van der Berg (NED) 1:02:35")
        .expect("matches");
    assert_eq!(&c["name"], "Pieter van der Berg");
}
