//! How each class looks: a fill colour and a Graphviz shape, shared by the
//! DOT output and the HTML page so both tell classes apart the same way.

/// The look of one class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ClassStyle {
    /// A CSS / Graphviz colour, `#rrggbb`.
    pub color: &'static str,
    /// A Graphviz node shape.
    pub shape: &'static str,
}

/// Colours for classes the ontology may add later, picked by name.
const SPARE_COLORS: [&str; 6] = [
    "#8cd17d", "#d37295", "#a0cbe8", "#ffbe7d", "#86bcb6", "#d4a6c8",
];

/// The style of a class, by local name.
pub(crate) fn class_style(class: &str) -> ClassStyle {
    let (color, shape) = match class {
        "Athlete" => ("#f28e8c", "ellipse"),
        "Person" => ("#9ec5e8", "ellipse"),
        "Organization" => ("#f5b36b", "box"),
        "Country" => ("#7fc97f", "octagon"),
        "City" => ("#a6d96a", "house"),
        "Venue" => ("#c7e9a0", "invhouse"),
        "Landmark" => ("#b8e186", "triangle"),
        "Place" => ("#d9f0a3", "house"),
        "RaceSeries" => ("#c5a3d9", "doubleoctagon"),
        "RaceEdition" => ("#dcc6e8", "hexagon"),
        "Race" => ("#e8c6a0", "diamond"),
        "RaceResult" => ("#e0dcd8", "note"),
        "ParticipationCount" => ("#f5e08c", "cds"),
        "Article" => ("#b5d8d6", "folder"),
        other => {
            let hash = other
                .bytes()
                .fold(0usize, |h, b| h.wrapping_mul(31) ^ b as usize);
            (SPARE_COLORS[hash % SPARE_COLORS.len()], "ellipse")
        }
    };
    ClassStyle { color, shape }
}
