use super::*;

#[test]
fn the_embedded_data_loads() {
    let lx = get();
    assert!(lx.countries.len() > 100);
    assert_eq!(lx.country("DPRK").unwrap().name, "North Korea");
    assert_eq!(lx.country_by_code("KEN").unwrap().name, "Kenya");
    assert_eq!(
        lx.country_by_demonym("north korean").unwrap().name,
        "North Korea"
    );
    assert_eq!(lx.city("beijing").unwrap().1.name, "China");
    assert!(lx.has(Section::OrganizationSuffix, "tours"));
    assert_eq!(
        lx.race_categories[0].0.len(),
        "half marathon".len().max(lx.race_categories[0].0.len())
    );
}

#[test]
fn the_file_has_exactly_the_sections_the_code_knows() {
    let in_file: Vec<&str> = data_lines(LEXICON)
        .filter_map(|l| l.trim().strip_prefix('[').and_then(|l| l.strip_suffix(']')))
        .collect();
    for s in Section::ALL {
        assert!(
            in_file.contains(&s.name()),
            "data/lexicon.txt lacks [{}]",
            s.name()
        );
        assert!(!get().words(s).is_empty(), "[{}] is empty", s.name());
    }
    for name in in_file {
        assert!(
            Section::ALL.iter().any(|s| s.name() == name),
            "data/lexicon.txt has [{name}], which no code reads"
        );
    }
}

#[test]
fn no_section_lists_a_word_twice() {
    let mut section = "";
    let mut seen = std::collections::HashSet::new();
    for line in data_lines(LEXICON) {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            seen.clear();
        } else if !line.is_empty() && !line.starts_with('#') {
            assert!(seen.insert(line), "[{section}] lists {line:?} twice");
        }
    }
}

#[test]
fn the_code_reads_every_section() {
    // Every variant is used somewhere outside this file.
    fn sources(dir: &std::path::Path, out: &mut String) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                sources(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("lexicon.rs") {
                out.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    let mut code = String::new();
    sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    for s in Section::ALL {
        assert!(
            code.contains(&format!("Section::{s:?}")),
            "nothing reads [{}]",
            s.name()
        );
    }
}

#[test]
fn sections_and_pairs() {
    let lx = Lexicon::parse("", "", "[a]\nx=Y\nz\n", "marathon\t42.195\nultra\t-\n");
    assert_eq!(lx.pairs_named("a"), vec![("x", Some("Y")), ("z", None)]);
    assert_eq!(
        lx.race_categories[0],
        ("marathon".to_string(), Some("42.195".to_string()))
    );
    assert_eq!(lx.race_categories[1].1, None);
}

#[test]
fn each_section_has_a_place_of_its_own() {
    let mut seen = std::collections::HashSet::new();
    for s in Section::ALL {
        assert!(s.index() < Section::ALL.len(), "{s:?}");
        assert!(seen.insert(s.index()), "{s:?} shares its place");
    }
}
