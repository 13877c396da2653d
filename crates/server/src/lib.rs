//! The HTTP server: hyper on tokio accepts connections (HTTP/1.1, keep-alive,
//! pipelining) and hands each request to a pool of worker threads. Each worker owns one
//! interpreter that imported the application once at start (ARCHITECTURE.md §2: no GIL,
//! nothing Python crosses threads; only plain request/response data does).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request as HRequest, Response as HResponse, StatusCode};
use hyper_util::rt::TokioIo;
use metal_gateway::{App, AppSpec, Request, Response};

#[derive(Clone, Debug)]
pub struct Config {
    pub bind: String,
    pub workers: usize,
    pub app: AppSpec,
    /// Largest request body accepted (413 beyond).
    pub max_body: usize,
    /// Largest request head (request line + headers) accepted (431 beyond).
    pub max_head: usize,
    pub access_log: bool,
    /// A request still running after this is interrupted (its client gets 503).
    pub timeout: Duration,
    /// A client must send a request's head, and then its body, within this (slow or
    /// stalled clients: the connection is closed, or 408 for a body).
    pub client_timeout: Duration,
}

impl Config {
    pub fn new(app: AppSpec) -> Config {
        Config {
            bind: "127.0.0.1:8000".to_string(),
            workers: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
            app,
            max_body: 10 << 20,
            max_head: 64 << 10,
            access_log: true,
            timeout: Duration::from_secs(30),
            client_timeout: Duration::from_secs(10),
        }
    }
}

struct Job {
    req: Request,
    reply: tokio::sync::oneshot::Sender<Response>,
    /// Set to 2 when the request's deadline passes: the worker's eval loop raises.
    cancel: Arc<AtomicU8>,
}

/// Start the workers (each imports the app), bind, call `ready` with the address, and
/// serve until SIGINT/SIGTERM; in-flight requests finish before it returns.
pub fn serve(config: Config, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    let (tx, rx) = mpsc::channel::<Job>();
    let rx = Arc::new(Mutex::new(rx));
    let (started_tx, started_rx) = mpsc::channel::<Result<(), String>>();
    let workers = config.workers.max(1);
    for i in 0..workers {
        let rx = rx.clone();
        let spec = config.app.clone();
        let started = started_tx.clone();
        std::thread::Builder::new()
            .name(format!("metal-worker-{i}"))
            .stack_size(256 << 20)
            .spawn(move || worker(spec, rx, started))
            .map_err(|e| format!("cannot start a worker thread: {e}"))?;
    }
    drop(started_tx);
    for _ in 0..workers {
        match started_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(format!("the application failed to load:\n{e}")),
            Err(_) => return Err("a worker exited while loading the application".to_string()),
        }
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the I/O runtime: {e}"))?;
    rt.block_on(accept_loop(config, tx, ready))
}

fn worker(
    spec: AppSpec,
    rx: Arc<Mutex<mpsc::Receiver<Job>>>,
    started: mpsc::Sender<Result<(), String>>,
) {
    let mut app = match App::load(&spec) {
        Ok(a) => {
            let _ = started.send(Ok(()));
            a
        }
        Err(e) => {
            let _ = started.send(Err(e));
            return;
        }
    };
    loop {
        let job = {
            let Ok(guard) = rx.lock() else { return };
            match guard.recv() {
                Ok(j) => j,
                Err(_) => return,
            }
        };
        metal_gateway::watch_interrupt(job.cancel.clone());
        // A Rust panic is a bug, but it must not take the server down: answer 500.
        let resp = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            app.call(&job.req, &mut |text| eprint!("{text}"))
        }))
        .unwrap_or_else(|_| {
            Response::plain(500, "Internal Server Error", "500 Internal Server Error\n")
        });
        let _ = job.reply.send(resp);
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

async fn accept_loop(
    config: Config,
    tx: mpsc::Sender<Job>,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.bind))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    ready(addr);
    let active = Arc::new(AtomicUsize::new(0));
    let config = Arc::new(config);
    let tx = Arc::new(Mutex::new(tx));
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(_) => continue,
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let config = config.clone();
        let tx = tx.clone();
        let active = active.clone();
        active.fetch_add(1, Ordering::SeqCst);
        let client_timeout = config.client_timeout;
        tokio::spawn(async move {
            let service =
                service_fn(move |req| handle(req, peer, addr, config.clone(), tx.clone()));
            let conn = http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(client_timeout)
                .keep_alive(true)
                .max_buf_size(64 << 10)
                .serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(Duration::from_secs(300), conn).await;
            active.fetch_sub(1, Ordering::SeqCst);
        });
    }
    // Graceful shutdown: stop accepting, let in-flight connections finish (bounded).
    for _ in 0..100 {
        if active.load(Ordering::SeqCst) == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

fn text_response(status: StatusCode, text: &str) -> HResponse<Full<Bytes>> {
    let mut r = HResponse::new(Full::new(Bytes::from(text.to_string())));
    *r.status_mut() = status;
    r.headers_mut().insert(
        "content-type",
        hyper::header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

async fn handle(
    req: HRequest<Incoming>,
    peer: SocketAddr,
    local: SocketAddr,
    config: Arc<Config>,
    tx: Arc<Mutex<mpsc::Sender<Job>>>,
) -> Result<HResponse<Full<Bytes>>, Infallible> {
    let method = req.method().to_string();
    let uri = req.uri().clone();
    let version = format!("{:?}", req.version());
    let head_size: usize = uri.to_string().len()
        + req
            .headers()
            .iter()
            .map(|(k, v)| k.as_str().len() + v.len() + 4)
            .sum::<usize>();
    let line = format!("{} {} {}", method, uri, version);
    let resp = if head_size > config.max_head {
        text_response(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "431 Request Header Fields Too Large\n",
        )
    } else {
        let declared = req
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if declared.is_some_and(|n| n > config.max_body) {
            text_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                "413 Request Entity Too Large\n",
            )
        } else {
            let headers: Vec<(String, String)> = req
                .headers()
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect();
            let body = tokio::time::timeout(
                config.client_timeout,
                Limited::new(req.into_body(), config.max_body).collect(),
            );
            match body.await {
                Err(_) => {
                    let mut r = text_response(StatusCode::REQUEST_TIMEOUT, "408 Request Timeout\n");
                    r.headers_mut().insert(
                        hyper::header::CONNECTION,
                        hyper::header::HeaderValue::from_static("close"),
                    );
                    r
                }
                Ok(Err(_)) => text_response(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "413 Request Entity Too Large\n",
                ),
                Ok(Ok(collected)) => {
                    let body = collected.to_bytes().to_vec();
                    let path_raw = uri.path();
                    // PATH_INFO is percent-decoded bytes read as latin-1 (PEP 3333).
                    let decoded: Vec<u8> = percent_encoding::percent_decode_str(path_raw).collect();
                    let path: String = decoded.iter().map(|&b| b as char).collect();
                    let gw = Request {
                        method: method.clone(),
                        path,
                        query: uri.query().unwrap_or("").to_string(),
                        headers,
                        body,
                        server_name: local.ip().to_string(),
                        server_port: local.port(),
                        remote_addr: peer.ip().to_string(),
                        http_version: if version == "HTTP/1.0" {
                            "HTTP/1.0".into()
                        } else {
                            "HTTP/1.1".into()
                        },
                    };
                    let (rtx, rrx) = tokio::sync::oneshot::channel();
                    let cancel = Arc::new(AtomicU8::new(0));
                    let job = Job {
                        req: gw,
                        reply: rtx,
                        cancel: cancel.clone(),
                    };
                    let sent = tx.lock().map(|t| t.send(job).is_ok()).unwrap_or(false);
                    if !sent {
                        text_response(StatusCode::SERVICE_UNAVAILABLE, "503 Service Unavailable\n")
                    } else {
                        match tokio::time::timeout(config.timeout, rrx).await {
                            Ok(Ok(r)) => to_hyper(r),
                            Ok(Err(_)) => text_response(
                                StatusCode::INTERNAL_SERVER_ERROR,
                                "500 Internal Server Error\n",
                            ),
                            Err(_) => {
                                // The view ran past its deadline: interrupt it; the worker
                                // lives on and takes the next request.
                                cancel.store(2, Ordering::Relaxed);
                                text_response(
                                    StatusCode::SERVICE_UNAVAILABLE,
                                    "503 Service Unavailable: the request took too long\n",
                                )
                            }
                        }
                    }
                }
            }
        }
    };
    if config.access_log {
        let size = hyper::body::Body::size_hint(resp.body())
            .exact()
            .unwrap_or(0);
        // Formatted first and written whole: one write per line (eprintln! writes each
        // piece of the format on unbuffered stderr, a dozen system calls a request).
        let entry = format!(
            "{} - - [{}] \"{}\" {} {}\n",
            peer.ip(),
            httpdate::fmt_http_date(std::time::SystemTime::now()),
            line,
            resp.status().as_u16(),
            size
        );
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), entry.as_bytes());
    }
    Ok(resp)
}

fn to_hyper(r: Response) -> HResponse<Full<Bytes>> {
    let mut resp = HResponse::new(Full::new(Bytes::from(r.body)));
    *resp.status_mut() =
        StatusCode::from_u16(r.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let h = resp.headers_mut();
    for (k, v) in r.headers {
        // Surrounding blanks are not part of a field value (RFC 9110 5.5): Django's
        // Set-Cookie values start with one.
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(k.as_bytes()),
            hyper::header::HeaderValue::from_str(v.trim_matches([' ', '\t'])),
        ) {
            if name == hyper::header::CONTENT_LENGTH {
                continue;
            }
            h.append(name, value);
        }
    }
    h.insert("server", hyper::header::HeaderValue::from_static("metal"));
    resp
}
