//! The SPARQL 1.1 Protocol at `/sparql`: queries by GET and POST (form or
//! `application/sparql-query`), the dataset parameters, content
//! negotiation, the service description, and SPARQL Update at `/update`.

use crate::error::{ApiError, ApiResult};
use crate::negotiate::{self, GRAPHS, RESULTS};
use crate::plans::{Entry, Key, Plans};
use crate::state::AppState;
use crate::write;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use oxigraph::model::NamedNode;
use oxigraph::sparql::{
    CancellationToken, DefaultServiceHandler, QueryEvaluationError, QueryResults,
    QuerySolutionIter, QueryTripleIter, SparqlEvaluator,
};
use racegraph_rdf::vocab;
use racegraph_store::output::{self, GraphFormat, ResultsFormat};
use racegraph_store::store::GraphStore;
use racegraph_store::union::{Plan, RequestDataset};
use std::sync::Arc;

/// A parsed request: the operation text and the protocol parameters.
#[derive(Debug, Default)]
pub struct Params {
    pub operation: Option<String>,
    pub default_graphs: Vec<String>,
    pub named_graphs: Vec<String>,
    pub format: Option<String>,
}

impl Params {
    fn add(&mut self, key: &str, value: String, op_key: &str) {
        match key {
            k if k == op_key => self.operation = Some(value),
            "default-graph-uri" | "using-graph-uri" => self.default_graphs.push(value),
            "named-graph-uri" | "using-named-graph-uri" => self.named_graphs.push(value),
            "format" => self.format = Some(value),
            _ => {}
        }
    }
}

/// Reads the parameters of a GET or POST, `op_key` being `query` or
/// `update`, `direct` the media type of a body that is the operation itself.
pub async fn read_params(
    state: &AppState,
    req: Request,
    op_key: &str,
    direct: &str,
) -> ApiResult<Params> {
    let mut p = Params::default();
    if let Some(q) = req.uri().query() {
        for (k, v) in form_urlencoded::parse(q.as_bytes()) {
            p.add(&k, v.into_owned(), op_key);
        }
    }
    if req.method() == Method::POST {
        let ct = content_type(req.headers());
        let body = read_body(req.into_body(), state.opts.max_body).await?;
        if ct == "application/x-www-form-urlencoded" {
            for (k, v) in form_urlencoded::parse(&body) {
                p.add(&k, v.into_owned(), op_key);
            }
        } else if ct == direct {
            let text = String::from_utf8(body.to_vec())
                .map_err(|_| ApiError::bad_request("the request body is not UTF-8"))?;
            p.operation = Some(text);
        } else {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("POST a form (application/x-www-form-urlencoded) or {direct}, not '{ct}'"),
            ));
        }
    }
    Ok(p)
}

/// The media type of a request, without parameters, lower case.
pub fn content_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// The body, refused (413) over `limit` bytes.
pub async fn read_body(body: Body, limit: usize) -> ApiResult<Bytes> {
    axum::body::to_bytes(body, limit).await.map_err(|_| {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request body over the limit of {limit} bytes (--max-body)"),
        )
    })
}

/// `GET|POST /sparql`.
pub async fn sparql(State(state): State<Arc<AppState>>, req: Request) -> Response {
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let method = req.method().clone();
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let params = match read_params(&state, req, "query", "application/sparql-query").await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let Some(query) = params.operation.clone() else {
        if method == Method::GET {
            return crate::describe::service_description(
                &state,
                host.as_deref(),
                accept.as_deref(),
            );
        }
        return ApiError::bad_request("no query: give a 'query' parameter or body").into_response();
    };
    match run(state, query, params, accept).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

/// A finished answer.
struct Answer {
    media_type: &'static str,
    body: Vec<u8>,
    truncated: bool,
}

/// Runs a query, cancelled after `--timeout-s`.
pub async fn run(
    state: Arc<AppState>,
    query: String,
    params: Params,
    accept: Option<String>,
) -> ApiResult<Response> {
    let token = CancellationToken::new();
    let store = state.store();
    let evaluator = state.queries.clone().with_cancellation_token(token.clone());
    let max_rows = state.opts.max_rows;
    let timeout = state.opts.timeout;
    // The query runs right here, on its connection's own thread (see
    // `serve`), as Oxigraph's server runs it: handing it to another thread
    // (block_in_place, spawn_blocking) cost more CPU than a small query
    // itself (spawn_blocking: 95-130 against 45-55 microseconds a point
    // lookup), and no other connection waits behind it. The deadline thread
    // cancels it at the timeout.
    let registered = state.deadlines.register(token.clone());
    let answer = evaluate(
        &store,
        &state.plans,
        evaluator,
        query,
        &params,
        accept.as_deref(),
        max_rows,
    );
    drop(registered);
    let answer = answer.map_err(|e| {
        if token.is_cancelled() && e.status == StatusCode::SERVICE_UNAVAILABLE {
            timed_out(timeout)
        } else {
            e
        }
    })?;
    let mut resp = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(answer.media_type),
        )],
        answer.body,
    )
        .into_response();
    if answer.truncated {
        resp.headers_mut().insert(
            "x-racegraph-truncated",
            HeaderValue::from_str(&max_rows.to_string())
                .unwrap_or(HeaderValue::from_static("true")),
        );
    }
    Ok(resp)
}

fn timed_out(timeout: std::time::Duration) -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "query cancelled: it ran longer than {}s (--timeout-s)",
            timeout.as_secs_f64()
        ),
    )
}

/// Refuses every SERVICE call: the server never fetches a URL.
struct NoService;

#[derive(Debug, thiserror::Error)]
#[error("SERVICE <{0}> refused: this server runs no federated queries and fetches no URL")]
struct ServiceRefused(String);

impl DefaultServiceHandler for NoService {
    type Error = ServiceRefused;

    fn handle(
        &self,
        service_name: &NamedNode,
        _pattern: &spargebra::algebra::GraphPattern,
        _base_iri: Option<&oxiri::Iri<String>>,
    ) -> Result<QuerySolutionIter<'static>, ServiceRefused> {
        Err(ServiceRefused(service_name.as_str().to_string()))
    }
}

/// The evaluator of queries: no SERVICE. (Queries are parsed apart, by
/// [`racegraph_store::store::parse_query`], so it holds no prefixes and its
/// clone per query is cheap.)
pub fn query_evaluator() -> SparqlEvaluator {
    SparqlEvaluator::new().with_default_service_handler(NoService)
}

/// The evaluator of updates: the predeclared prefixes and no SERVICE.
pub fn base_evaluator() -> ApiResult<SparqlEvaluator> {
    let mut e = query_evaluator();
    for (prefix, iri) in vocab::PREFIX_MAP {
        e = e
            .with_prefix(*prefix, *iri)
            .map_err(|err| ApiError::internal(format!("prefix {prefix}: {err}")))?;
    }
    Ok(e)
}

fn iri(s: &str, param: &str) -> ApiResult<NamedNode> {
    NamedNode::new(s).map_err(|e| ApiError::bad_request(format!("{param} '{s}': not an IRI ({e})")))
}

fn eval_error(e: QueryEvaluationError) -> ApiError {
    match e {
        QueryEvaluationError::Cancelled => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "query cancelled: it ran longer than the server's limit (--timeout-s)",
        ),
        QueryEvaluationError::Service(e) => ApiError::bad_request(e.to_string()),
        e @ (QueryEvaluationError::UnsupportedService(_)
        | QueryEvaluationError::UnboundService
        | QueryEvaluationError::InvalidServiceName(_)) => ApiError::bad_request(format!(
            "SERVICE refused: this server runs no federated queries ({e})"
        )),
        e => ApiError::internal(format!("query evaluation: {e}")),
    }
}

/// Parses a query and rewrites it for the request's dataset.
fn plan(key: &Key) -> ApiResult<Entry> {
    let parsed = racegraph_store::store::parse_query(&key.text).map_err(|e| match e {
        racegraph_store::Error::UpdateGiven => ApiError::bad_request(
            "this is a SPARQL update: POST it to /update (with the server's update token)",
        ),
        e => ApiError::bad_request(e.to_string()),
    })?;
    // The protocol's dataset, if the request names one, replaces the
    // query's and is exactly what it names (see RequestDataset); without
    // one the default graph is read as racegraph query reads it (the union
    // of the graphs, as a set).
    let request = RequestDataset {
        default: key
            .default_graphs
            .iter()
            .map(|g| iri(g, "default-graph-uri"))
            .collect::<ApiResult<_>>()?,
        named: key
            .named_graphs
            .iter()
            .map(|g| iri(g, "named-graph-uri"))
            .collect::<ApiResult<_>>()?,
    };
    Ok(Entry {
        plan: Plan::new(parsed, Some(&request)),
        request,
    })
}

fn evaluate(
    store: &GraphStore,
    plans: &Plans,
    evaluator: SparqlEvaluator,
    text: String,
    params: &Params,
    accept: Option<&str>,
    max_rows: usize,
) -> ApiResult<Answer> {
    let key = Key {
        text,
        default_graphs: params.default_graphs.clone(),
        named_graphs: params.named_graphs.clone(),
    };
    let Entry { plan, request } = match plans.get(&key) {
        Some(kept) => kept,
        None => {
            let entry = plan(&key)?;
            plans.put(key, entry.clone());
            entry
        }
    };
    let q = plan.prepare(evaluator, Some(&request));
    let results = q.on_store(store.inner()).execute().map_err(eval_error)?;
    let forced = |name: &str| {
        ApiError::new(
            StatusCode::NOT_ACCEPTABLE,
            format!("format '{name}' does not fit this query form"),
        )
    };
    let mut truncated = false;
    let mut err: Option<QueryEvaluationError> = None;
    let (media_type, results, rf, gf) = match results {
        QueryResults::Solutions(solutions) => {
            let rf = match &params.format {
                Some(f) => f.parse::<ResultsFormat>().map_err(|_| forced(f))?,
                None => {
                    negotiate::choose(accept, RESULTS).ok_or_else(|| not_acceptable(RESULTS))?
                }
            };
            if rf == ResultsFormat::Table {
                return Err(forced("table"));
            }
            let vars: Arc<[_]> = solutions.variables().into();
            let mut rows = Vec::new();
            for s in solutions {
                match s {
                    Ok(s) if rows.len() < max_rows => rows.push(Ok(s)),
                    Ok(_) => {
                        truncated = true;
                        break;
                    }
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            let results = QueryResults::Solutions(QuerySolutionIter::new(vars, rows));
            (
                negotiate::results_media_type(rf),
                results,
                rf,
                GraphFormat::Turtle,
            )
        }
        QueryResults::Boolean(b) => {
            let rf = match &params.format {
                Some(f) => f.parse::<ResultsFormat>().map_err(|_| forced(f))?,
                None => {
                    negotiate::choose(accept, RESULTS).ok_or_else(|| not_acceptable(RESULTS))?
                }
            };
            if rf == ResultsFormat::Table {
                return Err(forced("table"));
            }
            (
                negotiate::results_media_type(rf),
                QueryResults::Boolean(b),
                rf,
                GraphFormat::Turtle,
            )
        }
        QueryResults::Graph(triples) => {
            let gf = match &params.format {
                Some(f) => f.parse::<GraphFormat>().map_err(|_| forced(f))?,
                None => negotiate::choose(accept, GRAPHS).ok_or_else(|| not_acceptable(GRAPHS))?,
            };
            let mut kept = Vec::new();
            for t in triples {
                match t {
                    Ok(t) if kept.len() < max_rows => kept.push(Ok(t)),
                    Ok(_) => {
                        truncated = true;
                        break;
                    }
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            let results = QueryResults::Graph(QueryTripleIter::new(kept.into_iter()));
            (
                negotiate::graph_media_type(gf),
                results,
                ResultsFormat::Json,
                gf,
            )
        }
    };
    if let Some(e) = err {
        return Err(eval_error(e));
    }
    let mut body = Vec::new();
    output::write_results(results, rf, gf, &mut body).map_err(ApiError::from)?;
    Ok(Answer {
        media_type,
        body,
        truncated,
    })
}

fn not_acceptable<T>(offers: &[(&str, T)]) -> ApiError {
    let list: Vec<&str> = offers.iter().map(|o| o.0).collect();
    ApiError::new(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "no acceptable format; this answer can be {}",
            list.join(", ")
        ),
    )
}

/// `POST /update`: SPARQL 1.1 Update, with the bearer token only.
pub async fn update(State(state): State<Arc<AppState>>, req: Request) -> Response {
    if let Err(e) = write::authorize(&state, req.headers()) {
        return e.into_response();
    }
    let params = match read_params(&state, req, "update", "application/sparql-update").await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let Some(text) = params.operation else {
        return ApiError::bad_request("no update: give an 'update' parameter or body")
            .into_response();
    };
    let store = state.store();
    let evaluator = state.evaluator.clone();
    let job = tokio::task::spawn_blocking(move || -> ApiResult<()> {
        let u = evaluator
            .parse_update(&text)
            .map_err(|e| ApiError::bad_request(format!("SPARQL Update syntax: {e}")))?;
        u.on_store(store.inner())
            .execute()
            .map_err(|e| ApiError::bad_request(format!("update: {e}")))?;
        // Readers (`query`, `export`, a build's check) see the store's
        // files, not its write-ahead log: an answered update is in them.
        store.commit_point().map_err(ApiError::internal)
    });
    match job.await {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(e)) => e.into_response(),
        Err(e) => ApiError::internal(format!("update task failed: {e}")).into_response(),
    }
}
