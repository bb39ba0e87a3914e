//! `racegraph serve`: the SPARQL 1.1 Protocol ([`sparql`]), the Graph Store
//! Protocol ([`gsp`], [`write`]) and a browser explorer ([`explorer`]) over
//! the racegraph store, on axum and tokio. A query runs on the worker that
//! read its request (explorer pages and writes on `spawn_blocking`), each
//! cancelled after the timeout by one thread ([`deadline`]); writes need a
//! bearer token.

pub mod deadline;
pub mod describe;
pub mod error;
pub mod explorer;
pub mod gsp;
pub mod negotiate;
pub mod sparql;
pub mod state;
pub mod write;

pub use error::{ApiError, ServeError};
pub use state::{AppState, ServeOptions};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::sync::Arc;
use std::time::Instant;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Every route of the server.
pub fn router(state: Arc<AppState>) -> Result<Router, ServeError> {
    let mut app = Router::new()
        .route("/sparql", get(sparql::sparql).post(sparql::sparql))
        .route(
            "/update",
            post(sparql::update).get(|| async {
                ApiError::new(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "SPARQL Update is POSTed (form or application/sparql-update)",
                )
            }),
        )
        .route(
            "/store",
            get(gsp::store_read)
                .put(write::store_write)
                .post(write::store_write)
                .delete(write::store_write),
        )
        .route("/health", get(|| async { "ok\n" }))
        .merge(explorer::routes())
        .fallback(|| async { ApiError::not_found("no such page") })
        .layer(middleware::from_fn_with_state(state.clone(), log));
    if let Some(origin) = &state.opts.cors {
        let origin = HeaderValue::from_str(origin)
            .map_err(|_| ServeError::Usage(format!("--cors '{origin}': not an origin")))?;
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list([origin]))
                .allow_methods([
                    Method::GET,
                    Method::HEAD,
                    Method::POST,
                    Method::PUT,
                    Method::DELETE,
                ])
                .allow_headers([
                    axum::http::header::ACCEPT,
                    axum::http::header::CONTENT_TYPE,
                    axum::http::header::AUTHORIZATION,
                ]),
        );
    }
    Ok(app.with_state(state))
}

/// One log line per request: method, path, status, milliseconds.
async fn log(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if state.opts.quiet {
        return next.run(req).await;
    }
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let resp = next.run(req).await;
    eprintln!(
        "{method} {path} {} {:.1}ms",
        resp.status().as_u16(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    resp
}

/// Opens the store, listens, and serves until Ctrl-C or SIGTERM.
pub fn serve(opts: ServeOptions) -> Result<(), ServeError> {
    let state = AppState::open(opts.clone())?;
    let app = router(state.clone())?;
    state::watch(state.clone());
    // A query runs on the worker that read its request (see sparql::run),
    // so the workers bound how many run at once; more workers than cores
    // keep connections answered beside slow queries.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads((8 * cores).max(8))
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.bind)
            .await
            .map_err(|source| ServeError::Bind {
                addr: opts.bind,
                source,
            })?;
        let addr = listener.local_addr()?;
        eprintln!(
            "serving {} on http://{addr}/ (SPARQL at /sparql, {})",
            opts.store.display(),
            if state.writable() {
                "writes with the bearer token"
            } else {
                "read-only"
            }
        );
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown())
            .await?;
        Ok(())
    })
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// A response for a HEAD or unknown method, kept for handlers.
pub fn method_not_allowed() -> Response {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method not allowed").into_response()
}
