//! Writes: the bearer-token check, and the Graph Store Protocol's PUT,
//! POST and DELETE on `/store`.

use crate::error::{ApiError, ApiResult};
use crate::gsp::Target;
use crate::sparql::{content_type, read_body};
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad};
use std::sync::Arc;

/// Lets a write through only with `Authorization: Bearer TOKEN`, and only
/// when the server was started with a token.
pub fn authorize(state: &AppState, headers: &HeaderMap) -> ApiResult<()> {
    let Some(token) = &state.opts.update_token else {
        return Err(ApiError::forbidden(
            "writes are disabled on this server (start it with --update-token to allow them)",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(g) if constant_time_eq(g.as_bytes(), token.as_bytes()) => Ok(()),
        Some(_) => Err(ApiError::forbidden("wrong bearer token")),
        None => Err(ApiError::forbidden(
            "a write needs 'Authorization: Bearer TOKEN' (the server's --update-token)",
        )),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `PUT|POST|DELETE /store?graph=IRI` (or `?default`).
pub async fn store_write(State(state): State<Arc<AppState>>, req: Request) -> Response {
    match write(state, req).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

async fn write(state: Arc<AppState>, req: Request) -> ApiResult<Response> {
    authorize(&state, req.headers())?;
    let target = Target::from_query(req.uri().query())?;
    let graph: GraphName = match target {
        Target::Graph(g) => g.into(),
        Target::Default => GraphName::DefaultGraph,
        Target::All => {
            return Err(ApiError::bad_request(
                "writes name a graph: /store?graph=IRI or /store?default",
            ))
        }
    };
    let method = req.method().clone();
    let quads: Vec<Quad> = if method == Method::DELETE {
        Vec::new()
    } else {
        let ct = content_type(req.headers());
        let format = RdfFormat::from_media_type(&ct).ok_or_else(|| {
            ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "cannot read '{ct}': send Turtle, N-Triples, RDF/XML, JSON-LD, TriG or N-Quads"
                ),
            )
        })?;
        let body = read_body(req.into_body(), state.opts.max_body).await?;
        RdfParser::from_format(format)
            .without_named_graphs()
            .with_default_graph(graph.clone())
            .for_slice(&body)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ApiError::bad_request(format!("cannot parse the body: {e}")))?
    };
    let store = state.store();
    let job = tokio::task::spawn_blocking(move || -> ApiResult<StatusCode> {
        let s = store.inner();
        let existed = match &graph {
            GraphName::NamedNode(g) => s.contains_named_graph(g).map_err(ApiError::internal)?,
            _ => true,
        };
        let mut tx = s.start_transaction().map_err(ApiError::internal)?;
        if method != Method::POST {
            if !existed && method == Method::DELETE {
                return Err(ApiError::not_found("no such graph in the store"));
            }
            tx.clear_graph(graph.as_ref()).map_err(ApiError::internal)?;
            if let GraphName::NamedNode(g) = &graph {
                if method == Method::DELETE {
                    tx.remove_named_graph(g).map_err(ApiError::internal)?;
                }
            }
        }
        tx.extend(&quads);
        tx.commit().map_err(ApiError::internal)?;
        // Readers see the store's files, not its write-ahead log.
        store.commit_point().map_err(ApiError::internal)?;
        Ok(if existed || method == Method::DELETE {
            StatusCode::NO_CONTENT
        } else {
            StatusCode::CREATED
        })
    });
    match job.await {
        Ok(r) => Ok(r?.into_response()),
        Err(e) => Err(ApiError::internal(format!("write task failed: {e}"))),
    }
}
