//! The Graph Store Protocol, read side: `GET|HEAD /store?graph=IRI` gives
//! one graph, `/store?default` the default graph (the union, as queries
//! see it), `/store` the whole store in a dataset syntax.

use crate::error::{ApiError, ApiResult};
use crate::negotiate::{self, DATASETS, GRAPHS};
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use oxigraph::model::NamedNode;
use racegraph_store::output::{self, GraphFormat};
use std::sync::Arc;

/// What a `/store` request names.
pub enum Target {
    Graph(NamedNode),
    Default,
    All,
}

impl Target {
    pub fn from_query(query: Option<&str>) -> ApiResult<Self> {
        let mut target = Target::All;
        for (k, v) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            match k.as_ref() {
                "graph" => {
                    target = Target::Graph(NamedNode::new(v.as_ref()).map_err(|e| {
                        ApiError::bad_request(format!("graph '{v}': not an IRI ({e})"))
                    })?)
                }
                "default" => target = Target::Default,
                _ => {}
            }
        }
        Ok(target)
    }
}

/// `GET|HEAD /store`.
pub async fn store_read(State(state): State<Arc<AppState>>, req: Request) -> Response {
    match read(state, req).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

async fn read(state: Arc<AppState>, req: Request) -> ApiResult<Response> {
    let target = Target::from_query(req.uri().query())?;
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let offers = match target {
        Target::All => DATASETS,
        _ => GRAPHS,
    };
    let format: GraphFormat = negotiate::choose(accept.as_deref(), offers).ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_ACCEPTABLE,
            format!(
                "no acceptable format; this answer can be {}",
                offers.iter().map(|o| o.0).collect::<Vec<_>>().join(", ")
            ),
        )
    })?;
    let store = state.store();
    let job = tokio::task::spawn_blocking(move || -> ApiResult<Vec<u8>> {
        let mut body = Vec::new();
        match target {
            Target::Graph(g) => {
                if !store
                    .inner()
                    .contains_named_graph(&g)
                    .map_err(ApiError::internal)?
                {
                    return Err(ApiError::not_found(format!(
                        "no graph <{}> in the store",
                        g.as_str()
                    )));
                }
                // As `racegraph export --graph`: a dataset syntax keeps the name.
                output::export(&store, format, Some(g.as_str()), &mut body)?;
            }
            Target::Default => {
                // The union as triples; N-Triples is N-Quads, Turtle is TriG.
                let triple_format = match format {
                    GraphFormat::Nquads => GraphFormat::Ntriples,
                    GraphFormat::Trig => GraphFormat::Turtle,
                    f => f,
                };
                output::export(&store, triple_format, None, &mut body)?;
            }
            Target::All => output::export(&store, format, None, &mut body)?,
        }
        Ok(body)
    });
    let body = job
        .await
        .map_err(|e| ApiError::internal(format!("export task failed: {e}")))??;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(negotiate::graph_media_type(format)),
        )],
        body,
    )
        .into_response())
}
