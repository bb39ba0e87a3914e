//! `racegraph serve`: the SPARQL 1.1 Protocol ([`sparql`]), the Graph Store
//! Protocol ([`gsp`], [`write`]) and a browser explorer ([`explorer`]) over
//! the racegraph store, on axum, hyper and tokio. Each connection has a
//! thread of its own, and a query runs on its connection's thread
//! (explorer pages and writes on `spawn_blocking`), each cancelled after the
//! timeout by one thread ([`deadline`]); writes need a bearer token.

pub mod deadline;
pub mod describe;
pub mod error;
pub mod explorer;
pub mod gsp;
pub mod negotiate;
pub mod plans;
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

/// Counts each request in and out (a stopping server refuses new ones),
/// and logs one line per request: method, path, status, milliseconds.
async fn log(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let Some(_counted) = state.begin() else {
        let mut resp = ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is stopping; try again when it is back",
        )
        .into_response();
        resp.headers_mut().insert(
            axum::http::header::CONNECTION,
            HeaderValue::from_static("close"),
        );
        return resp;
    };
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

/// How long a stopping server waits for the requests under way.
pub const DRAIN: std::time::Duration = std::time::Duration::from_secs(30);

/// Opens the store, listens, and serves until Ctrl-C or SIGTERM; then
/// stops listening, answers requests that come on open connections 503,
/// and waits (up to [`DRAIN`]) for those under way before it returns.
pub fn serve(opts: ServeOptions) -> Result<(), ServeError> {
    let state = AppState::open(opts.clone())?;
    let app = router(state.clone())?;
    state::watch(state.clone());
    // Each connection is served on a thread of its own, and a query runs
    // on its connection's thread, as Oxigraph's own server does: no hand-off
    // per request, and as many queries run at once as connections ask (up
    // to MAX_CONNECTIONS; more wait to be accepted). A query run inline on
    // a worker of one shared runtime kept the other connections that worker
    // had woken waiting behind it.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let writable = state.writable();
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
            if writable {
                "writes with the bearer token"
            } else {
                "read-only"
            }
        );
        let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
        let stop = shutdown();
        tokio::pin!(stop);
        loop {
            let slot = tokio::select! {
                _ = &mut stop => break,
                slot = slots.clone().acquire_owned() => slot,
            };
            let Ok(slot) = slot else { break };
            let accepted = tokio::select! {
                _ = &mut stop => break,
                accepted = listener.accept() => accepted,
            };
            let stream = match accepted.and_then(|(s, _)| s.into_std()) {
                Ok(s) => s,
                // A connection that failed before it was accepted (reset,
                // out of descriptors): wait a little, go on with the next.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                }
            };
            let app = app.clone();
            let idle = opts.idle_timeout;
            let spawned = std::thread::Builder::new()
                .name("connection".into())
                .spawn(move || {
                    let _slot = slot;
                    connection(stream, app, idle);
                });
            if spawned.is_err() {
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
        }
        drop(listener);
        Ok::<(), ServeError>(())
    })?;
    let running = state.in_flight();
    if running > 0 {
        eprintln!(
            "stopping: waiting for {running} request(s) under way (up to {} s)",
            DRAIN.as_secs()
        );
    }
    let left = state.drain(DRAIN);
    if left > 0 {
        eprintln!("stopped with {left} request(s) still running");
    } else {
        eprintln!("stopped");
    }
    Ok(())
}

/// How many connections are served at once.
const MAX_CONNECTIONS: usize = 512;

/// Serves one connection (HTTP/1.1, keep-alive) on this thread. A client
/// that sends no complete request head for `idle` (between requests, or
/// partway through one) is disconnected, so idle or stalled clients do
/// not hold threads and connection slots.
fn connection(stream: std::net::TcpStream, app: Router, idle: std::time::Duration) {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    rt.block_on(async move {
        let Ok(stream) = tokio::net::TcpStream::from_std(stream) else {
            return;
        };
        let _ = stream.set_nodelay(true);
        // hyper's limit on reading a request's head starts when it waits
        // for the next request, so it also closes idle connections.
        let _ = hyper::server::conn::http1::Builder::new()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(idle)
            .writev(false)
            .serve_connection(
                hyper_util::rt::TokioIo::new(stream),
                hyper_util::service::TowerToHyperService::new(app),
            )
            .await;
    });
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
