//! The browser explorer: a front page with search, a page for every
//! resource (HTML for a browser, RDF for an RDF client), article pages
//! with every fact's sentence highlighted, a neighbourhood graph and a
//! query page. Script and style are compiled in and served from
//! `/assets/`; every page carries a Content-Security-Policy that allows
//! only them.

pub mod data;
pub mod pages;

use crate::error::{ApiError, ApiResult};
use crate::negotiate::{self, GRAPHS};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use oxigraph::sparql::{QueryResults, QueryTripleIter};
use racegraph_rdf::vocab;
use racegraph_store::output::{self, GraphFormat, ResultsFormat};
use racegraph_store::store::GraphStore;
use std::collections::HashMap;
use std::sync::Arc;

/// The only sources a page may use.
pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const JS: &str = include_str!("explorer.js");
const CSS: &str = include_str!("explorer.css");

/// The example queries of `queries/`, offered on the query page.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "who-says-what",
        include_str!("../../../../queries/who-says-what.rq"),
    ),
    (
        "entities-by-type",
        include_str!("../../../../queries/entities-by-type.rq"),
    ),
    (
        "all-results",
        include_str!("../../../../queries/all-results.rq"),
    ),
    (
        "article-overview",
        include_str!("../../../../queries/article-overview.rq"),
    ),
    (
        "disagreements",
        include_str!("../../../../queries/disagreements.rq"),
    ),
    (
        "cq01-winners-2025",
        include_str!("../../../../queries/cq01-winners-2025.rq"),
    ),
    (
        "cq02-edition-number",
        include_str!("../../../../queries/cq02-edition-number.rq"),
    ),
    (
        "cq03-editions",
        include_str!("../../../../queries/cq03-editions.rq"),
    ),
    (
        "cq04-start-venue",
        include_str!("../../../../queries/cq04-start-venue.rq"),
    ),
    (
        "cq05-route",
        include_str!("../../../../queries/cq05-route.rq"),
    ),
    (
        "cq06-people-roles",
        include_str!("../../../../queries/cq06-people-roles.rq"),
    ),
    (
        "cq07-participant-countries",
        include_str!("../../../../queries/cq07-participant-countries.rq"),
    ),
    (
        "cq08-participation-counts",
        include_str!("../../../../queries/cq08-participation-counts.rq"),
    ),
    (
        "cq09-participant-groups",
        include_str!("../../../../queries/cq09-participant-groups.rq"),
    ),
    (
        "cq10-commemorates",
        include_str!("../../../../queries/cq10-commemorates.rq"),
    ),
    (
        "cq11-organizations",
        include_str!("../../../../queries/cq11-organizations.rq"),
    ),
    (
        "cq12-nationalities",
        include_str!("../../../../queries/cq12-nationalities.rq"),
    ),
    (
        "cq13-mentions-koryo",
        include_str!("../../../../queries/cq13-mentions-koryo.rq"),
    ),
    (
        "cq14-article-dates",
        include_str!("../../../../queries/cq14-article-dates.rq"),
    ),
    (
        "cq15-evidence",
        include_str!("../../../../queries/cq15-evidence.rq"),
    ),
    (
        "cq16-evidence-spans",
        include_str!("../../../../queries/cq16-evidence-spans.rq"),
    ),
    (
        "cq17-unevidenced-facts",
        include_str!("../../../../queries/cq17-unevidenced-facts.rq"),
    ),
    (
        "cq18-undated-article",
        include_str!("../../../../queries/cq18-undated-article.rq"),
    ),
    (
        "cq19-spectators-partner-city",
        include_str!("../../../../queries/cq19-spectators-partner-city.rq"),
    ),
    (
        "cq20-one-entity-per-name",
        include_str!("../../../../queries/cq20-one-entity-per-name.rq"),
    ),
];

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(index))
        .route("/search", get(search))
        .route("/resource/{*path}", get(resource))
        .route("/graph", get(graph))
        .route("/query", get(query_page))
        .route("/api/suggest", get(suggest))
        .route("/api/neighbours", get(neighbours))
        .route(
            "/assets/explorer.js",
            get(|| async { asset(JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/assets/explorer.css",
            get(|| async { asset(CSS, "text/css; charset=utf-8") }),
        )
}

fn asset(body: &'static str, media_type: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, media_type),
            (header::CACHE_CONTROL, "max-age=300"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// An HTML page with the security headers.
fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        body,
    )
        .into_response()
}

/// Runs `f` on the store on a blocking thread.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&GraphStore) -> ApiResult<T> + Send + 'static,
) -> ApiResult<T> {
    let store = state.store();
    tokio::task::spawn_blocking(move || f(&store))
        .await
        .map_err(|e| ApiError::internal(format!("task failed: {e}")))?
}

fn page(r: ApiResult<String>) -> Response {
    match r {
        Ok(body) => html(StatusCode::OK, body),
        Err(e) => {
            let body = pages::layout(
                "Error",
                &format!(
                    "<h1>{}</h1><p>{}</p>",
                    e.status.as_u16(),
                    html_escape::encode_text(&e.message)
                ),
            );
            html(e.status, body)
        }
    }
}

async fn index(State(state): State<Arc<AppState>>) -> Response {
    page(
        blocking(&state, |s| {
            Ok(pages::index(&data::articles(s)?, &data::entities(s)?))
        })
        .await,
    )
}

async fn search(
    State(state): State<Arc<AppState>>,
    Query(p): Query<HashMap<String, String>>,
) -> Response {
    let q = p.get("q").cloned().unwrap_or_default();
    page(
        blocking(&state, move |s| {
            let found = data::search(s, &q, 100)?;
            Ok(pages::search(&q, &found))
        })
        .await,
    )
}

async fn suggest(
    State(state): State<Arc<AppState>>,
    Query(p): Query<HashMap<String, String>>,
) -> Response {
    let q = p.get("q").cloned().unwrap_or_default();
    match blocking(&state, move |s| Ok(data::search(s, &q, 12)?)).await {
        Ok(found) => {
            let list: Vec<serde_json::Value> = found
                .into_iter()
                .map(|e| {
                    serde_json::json!({
                        "href": data::page_of(&e.iri),
                        "iri": e.iri, "label": e.label, "alt": e.alt, "class": e.class,
                    })
                })
                .collect();
            Json(list).into_response()
        }
        Err(e) => e.into_response(),
    }
}

fn focus_iri(p: &HashMap<String, String>, key: &str) -> ApiResult<Option<String>> {
    match p.get(key) {
        None => Ok(None),
        Some(i) => oxigraph::model::NamedNode::new(i.as_str())
            .map(|n| Some(n.into_string()))
            .map_err(|e| ApiError::bad_request(format!("{key} '{i}': not an IRI ({e})"))),
    }
}

async fn neighbours(
    State(state): State<Arc<AppState>>,
    Query(p): Query<HashMap<String, String>>,
) -> Response {
    let iri = match focus_iri(&p, "iri") {
        Ok(Some(i)) => i,
        Ok(None) => return ApiError::bad_request("give ?iri=IRI").into_response(),
        Err(e) => return e.into_response(),
    };
    match blocking(&state, move |s| Ok(data::neighbourhood(s, &iri, 300)?)).await {
        Ok(n) => Json(n).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn graph(
    State(state): State<Arc<AppState>>,
    Query(p): Query<HashMap<String, String>>,
) -> Response {
    let focus = match focus_iri(&p, "focus") {
        Ok(f) => f,
        Err(e) => return page(Err(e)),
    };
    page(
        blocking(&state, move |s| {
            // No focus: the best-connected entity.
            let focus = match focus {
                Some(f) => f,
                None => data::central_entity(s)?
                    .ok_or_else(|| ApiError::not_found("the store holds no entities yet"))?,
            };
            let n = data::neighbourhood(s, &focus, 300)?;
            Ok(pages::graph(&focus, &n))
        })
        .await,
    )
}

async fn query_page(Query(p): Query<HashMap<String, String>>) -> Response {
    let initial = p.get("query").map(String::as_str).unwrap_or(EXAMPLES[0].1);
    html(StatusCode::OK, pages::query(EXAMPLES, initial))
}

/// `/resource/...`: HTML for a browser, an RDF syntax for an RDF client
/// (by `Accept`, or `?format=turtle|jsonld|...`).
async fn resource(
    State(state): State<Arc<AppState>>,
    Path(path): Path<String>,
    Query(p): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let iri = format!("{}{path}", vocab::RESOURCE);
    if oxigraph::model::NamedNode::new(iri.as_str()).is_err() {
        return page(Err(ApiError::bad_request("not a resource IRI")));
    }
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    let rdf: Option<GraphFormat> = match p.get("format") {
        Some(f) => match f.parse::<GraphFormat>() {
            Ok(g) => Some(g),
            Err(e) => return ApiError::new(StatusCode::NOT_ACCEPTABLE, e).into_response(),
        },
        None => {
            let mut offers: Vec<(&str, Option<GraphFormat>)> =
                vec![("text/html", None), ("application/xhtml+xml", None)];
            offers.extend(GRAPHS.iter().map(|(m, g)| (*m, Some(*g))));
            match negotiate::choose(accept, &offers) {
                Some(choice) => choice,
                None => {
                    return ApiError::new(
                        StatusCode::NOT_ACCEPTABLE,
                        "a resource is served as text/html or an RDF syntax (text/turtle, application/ld+json, …)",
                    )
                    .into_response()
                }
            }
        }
    };
    match rdf {
        Some(format) => {
            let i = iri.clone();
            match blocking(&state, move |s| describe_rdf(s, &i, format)).await {
                Ok(body) => (
                    [
                        (
                            header::CONTENT_TYPE,
                            HeaderValue::from_static(negotiate::graph_media_type(format)),
                        ),
                        (header::VARY, HeaderValue::from_static("accept")),
                    ],
                    body,
                )
                    .into_response(),
                Err(e) => e.into_response(),
            }
        }
        None => {
            let mut r = page(
                blocking(&state, move |s| {
                    let d = data::describe(s, &iri)?.ok_or_else(|| {
                        ApiError::not_found(format!("nothing is known of <{iri}>"))
                    })?;
                    let article = data::article(s, &iri)?;
                    Ok(pages::entity(&d, article.as_ref()))
                })
                .await,
            );
            r.headers_mut()
                .insert(header::VARY, HeaderValue::from_static("accept"));
            r
        }
    }
}

/// The triples about a resource (out and in), in `format`.
fn describe_rdf(store: &GraphStore, iri: &str, format: GraphFormat) -> ApiResult<Vec<u8>> {
    let q = format!(
        "CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}"
    );
    let QueryResults::Graph(triples) = store.query(&q)? else {
        return Err(ApiError::internal("CONSTRUCT gave no graph"));
    };
    let triples = triples
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ApiError::internal(format!("query evaluation: {e}")))?;
    if triples.is_empty() {
        return Err(ApiError::not_found(format!("nothing is known of <{iri}>")));
    }
    let results = QueryResults::Graph(QueryTripleIter::new(triples.into_iter().map(Ok)));
    let mut body = Vec::new();
    output::write_results(results, ResultsFormat::Json, format, &mut body)?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::EXAMPLES;

    #[test]
    fn every_query_file_is_an_example() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../queries");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .expect("queries/")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rq"))
            .map(|n| n.trim_end_matches(".rq").to_string())
            .collect();
        files.sort();
        let mut names: Vec<String> = EXAMPLES.iter().map(|(n, _)| n.to_string()).collect();
        names.sort();
        assert_eq!(files, names);
    }
}
