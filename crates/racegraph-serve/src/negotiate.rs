//! Content negotiation: the `Accept` header (media ranges parsed by the
//! `mime` crate, weighed by `q`) against what a response can be, or a
//! `format` parameter that names one.

use racegraph_store::output::{GraphFormat, ResultsFormat};

/// SELECT and ASK results: media types and formats, the default first.
pub const RESULTS: &[(&str, ResultsFormat)] = &[
    ("application/sparql-results+json", ResultsFormat::Json),
    ("application/sparql-results+xml", ResultsFormat::Xml),
    ("text/csv", ResultsFormat::Csv),
    ("text/tab-separated-values", ResultsFormat::Tsv),
    ("application/json", ResultsFormat::Json),
    ("application/xml", ResultsFormat::Xml),
    ("text/xml", ResultsFormat::Xml),
];

/// Graphs (CONSTRUCT, DESCRIBE, a graph of the store): Turtle first.
pub const GRAPHS: &[(&str, GraphFormat)] = &[
    ("text/turtle", GraphFormat::Turtle),
    ("application/n-triples", GraphFormat::Ntriples),
    ("application/n-quads", GraphFormat::Nquads),
    ("application/trig", GraphFormat::Trig),
    ("application/rdf+xml", GraphFormat::Rdfxml),
    ("application/ld+json", GraphFormat::Jsonld),
    ("text/plain", GraphFormat::Ntriples),
];

/// Datasets (the whole store): TriG first, as `racegraph export`.
pub const DATASETS: &[(&str, GraphFormat)] = &[
    ("application/trig", GraphFormat::Trig),
    ("application/n-quads", GraphFormat::Nquads),
    ("application/ld+json", GraphFormat::Jsonld),
    ("text/turtle", GraphFormat::Turtle),
    ("application/n-triples", GraphFormat::Ntriples),
    ("application/rdf+xml", GraphFormat::Rdfxml),
];

/// The offer the `Accept` header prefers: highest `q`, then the server's
/// order. No header (or `*/*`) gives the first offer; nothing acceptable
/// gives `None`.
pub fn choose<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let accept = match accept.map(str::trim) {
        None | Some("") => return offers.first().map(|o| o.1),
        Some(a) => a,
    };
    // One media type without parameters that is an offer (what most
    // clients send): that offer, without parsing.
    if !accept.contains([',', ';']) {
        if let Some(o) = offers.iter().find(|o| o.0.eq_ignore_ascii_case(accept)) {
            return Some(o.1);
        }
    }
    let ranges: Vec<(mime::Mime, f32)> = accept
        .split(',')
        .filter_map(|r| r.trim().parse::<mime::Mime>().ok())
        .map(|m| {
            let q = m
                .get_param("q")
                .and_then(|q| q.as_str().parse::<f32>().ok())
                .unwrap_or(1.0);
            (m, q)
        })
        .collect();
    let mut best: Option<(f32, T)> = None;
    for (offer, value) in offers {
        let Ok(o) = offer.parse::<mime::Mime>() else {
            continue;
        };
        // The most specific range that matches this offer decides its q.
        let q = ranges
            .iter()
            .filter_map(|(r, q)| {
                let specificity = if r.type_() == mime::STAR {
                    0
                } else if r.type_() != o.type_() {
                    return None;
                } else if r.subtype() == mime::STAR {
                    1
                } else if r.essence_str() == o.essence_str() {
                    2
                } else {
                    return None;
                };
                Some((specificity, *q))
            })
            .max_by_key(|(s, _)| *s)
            .map(|(_, q)| q);
        if let Some(q) = q.filter(|q| *q > 0.0) {
            if best.is_none_or(|(bq, _)| q > bq) {
                best = Some((q, *value));
            }
        }
    }
    best.map(|b| b.1)
}

/// The media type of a results format.
pub fn results_media_type(f: ResultsFormat) -> &'static str {
    RESULTS
        .iter()
        .find(|(_, r)| *r == f)
        .map(|(m, _)| *m)
        .unwrap_or("text/plain")
}

/// The media type of an RDF syntax.
pub fn graph_media_type(f: GraphFormat) -> &'static str {
    f.rdf_format().media_type()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_picks_by_q_then_server_order() {
        assert_eq!(choose(None, RESULTS), Some(ResultsFormat::Json));
        assert_eq!(choose(Some("*/*"), RESULTS), Some(ResultsFormat::Json));
        assert_eq!(
            choose(
                Some("application/sparql-results+xml;q=0.9, text/csv"),
                RESULTS
            ),
            Some(ResultsFormat::Csv)
        );
        assert_eq!(
            choose(Some("text/*;q=0.5, application/json;q=0.1"), RESULTS),
            Some(ResultsFormat::Csv)
        );
        assert_eq!(choose(Some("image/png"), RESULTS), None);
        assert_eq!(choose(Some("text/csv;q=0"), RESULTS), None);
        assert_eq!(
            choose(Some("application/ld+json"), GRAPHS),
            Some(GraphFormat::Jsonld)
        );
        assert_eq!(
            choose(Some("text/html,application/xhtml+xml,*/*;q=0.8"), DATASETS),
            Some(GraphFormat::Trig)
        );
    }

    #[test]
    fn one_plain_media_type_is_read_without_parsing_as_with() {
        // The quick path must answer as the parsed one does.
        for accept in [
            "text/csv",
            "TEXT/CSV",
            "application/sparql-results+xml",
            "application/json",
            "text/turtle",
            "image/png",
            "text/*",
        ] {
            let quick = choose(Some(accept), RESULTS);
            let parsed = choose(Some(&format!("{accept}, image/gif;q=0")), RESULTS);
            assert_eq!(quick, parsed, "{accept}");
        }
        assert_eq!(choose(Some("text/csv"), RESULTS), Some(ResultsFormat::Csv));
        assert_eq!(
            choose(Some("text/plain"), GRAPHS),
            Some(GraphFormat::Ntriples)
        );
    }
}
