//! The HTTP server: an acceptor hands each new connection to one of N worker threads;
//! each worker serves its connections with hyper (HTTP/1.1, keep-alive, pipelining) on
//! its own single-threaded tokio runtime and runs their requests on its own interpreter,
//! which imported the application once at start (ARCHITECTURE.md §2: no GIL, nothing
//! Python crosses threads). A request goes from the socket to Python on one thread.

use std::cell::RefCell;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

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

/// What a worker shares with the acceptor and the watchdog. Each worker owns its
/// connections (no hand-off per request: nginx's model, ARCHITECTURE.md §2); the acceptor
/// gives a new connection to the worker with the fewest, preferring one not running a
/// request, and the watchdog interrupts a request that runs past its deadline.
struct WorkerShared {
    /// Connections this worker serves now.
    conns: AtomicUsize,
    /// The eval loop's interrupt flag (2: the deadline passed).
    cancel: Arc<AtomicU8>,
    /// The request running now, if any. The worker sets and clears it under this lock and
    /// the watchdog only raises `cancel` under it, so an interrupt meant for one request
    /// never lands on the next.
    running: Mutex<Running>,
}

/// Access log lines waiting to be written, all workers' in one buffer (so the log keeps
/// the order of events): they are written together, at most `LOG_DELAY` after a worker
/// added its first line since the last write (or once `LOG_BATCH` bytes wait), before
/// anything the application writes to stderr, and when the server stops. A write per
/// line was a system call per request.
static ACCESS_LOG: Mutex<Vec<u8>> = Mutex::new(Vec::new());

thread_local! {
    /// This worker has a flush timer pending on its runtime. Each worker keeps its own:
    /// a timer on a worker busy with a long request cannot fire, and must not hold back
    /// the lines of the others.
    static FLUSH_DUE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

const LOG_DELAY: Duration = Duration::from_millis(100);
const LOG_BATCH: usize = 16 << 10;

/// Write the waiting access log lines to stderr.
fn flush_log() {
    let Ok(mut log) = ACCESS_LOG.lock() else {
        return;
    };
    if !log.is_empty() {
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), &log);
        log.clear();
    }
}

/// Queue one access log line (called on a worker's runtime, inside its LocalSet).
fn log_access(entry: &str) {
    let full = match ACCESS_LOG.lock() {
        Ok(mut log) => {
            log.extend_from_slice(entry.as_bytes());
            log.len() >= LOG_BATCH
        }
        Err(_) => return,
    };
    if full {
        flush_log();
    } else if !FLUSH_DUE.with(|d| d.replace(true)) {
        tokio::task::spawn_local(async {
            tokio::time::sleep(LOG_DELAY).await;
            FLUSH_DUE.with(|d| d.set(false));
            flush_log();
        });
    }
}

#[derive(Default)]
struct Running {
    since: Option<Instant>,
    expired: bool,
}

impl WorkerShared {
    fn busy(&self) -> bool {
        self.running
            .lock()
            .map(|r| r.since.is_some())
            .unwrap_or(true)
    }
}

type Conn = (std::net::TcpStream, SocketAddr);

/// A connection's addresses as the gateway and the access log write them.
struct ConnAddrs {
    peer_ip: String,
    local_ip: String,
    local_port: u16,
}

/// Start the workers (each imports the app), bind, call `ready` with the address, and
/// serve until SIGINT/SIGTERM; in-flight requests finish before it returns.
pub fn serve(config: Config, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    let (started_tx, started_rx) = mpsc::channel::<Result<(), String>>();
    let workers = config.workers.max(1);
    let config = Arc::new(config);
    let active = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for i in 0..workers {
        let shared = Arc::new(WorkerShared {
            conns: AtomicUsize::new(0),
            cancel: Arc::new(AtomicU8::new(0)),
            running: Mutex::new(Running::default()),
        });
        let (conn_tx, conn_rx) = tokio::sync::mpsc::unbounded_channel::<Conn>();
        let started = started_tx.clone();
        let (config, active, ws) = (config.clone(), active.clone(), shared.clone());
        std::thread::Builder::new()
            .name(format!("metal-worker-{i}"))
            .stack_size(256 << 20)
            .spawn(move || worker(config, ws, conn_rx, active, started))
            .map_err(|e| format!("cannot start a worker thread: {e}"))?;
        handles.push((shared, conn_tx));
    }
    drop(started_tx);
    for _ in 0..workers {
        match started_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(format!("the application failed to load:\n{e}")),
            Err(_) => return Err("a worker exited while loading the application".to_string()),
        }
    }
    let watched: Vec<Arc<WorkerShared>> = handles.iter().map(|(s, _)| s.clone()).collect();
    let timeout = config.timeout;
    std::thread::Builder::new()
        .name("metal-watchdog".into())
        .spawn(move || watchdog(watched, timeout))
        .map_err(|e| format!("cannot start the watchdog thread: {e}"))?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the I/O runtime: {e}"))?;
    let r = rt.block_on(accept_loop(config, handles, active, ready));
    flush_log();
    r
}

/// Interrupt every request that runs past its deadline: a TimeoutError at its next
/// backward jump or call; if it is still running a second later (it caught the
/// exception and went on), it is stopped past all its handlers.
fn watchdog(workers: Vec<Arc<WorkerShared>>, timeout: Duration) {
    let tick = (timeout / 4).clamp(Duration::from_millis(10), Duration::from_millis(100));
    let kill_after = timeout + Duration::from_secs(1);
    loop {
        std::thread::sleep(tick);
        for w in &workers {
            let Ok(mut r) = w.running.lock() else {
                continue;
            };
            let Some(ran) = r.since.map(|t| t.elapsed()) else {
                continue;
            };
            if ran >= kill_after {
                w.cancel.store(metal_gateway::KILL, Ordering::Relaxed);
            } else if ran >= timeout && !r.expired {
                r.expired = true;
                w.cancel.store(2, Ordering::Relaxed);
            }
        }
    }
}

fn worker(
    config: Arc<Config>,
    shared: Arc<WorkerShared>,
    mut conns: tokio::sync::mpsc::UnboundedReceiver<Conn>,
    active: Arc<AtomicUsize>,
    started: mpsc::Sender<Result<(), String>>,
) {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let _ = started.send(Err(format!("cannot start a worker's runtime: {e}")));
            return;
        }
    };
    let app = match App::load(&config.app) {
        Ok(a) => {
            let _ = started.send(Ok(()));
            a
        }
        Err(e) => {
            let _ = started.send(Err(e));
            return;
        }
    };
    metal_gateway::watch_interrupt(shared.cancel.clone());
    let app = Rc::new(RefCell::new(app));
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, async move {
        while let Some((stream, peer)) = conns.recv().await {
            let Ok(stream) = tokio::net::TcpStream::from_std(stream) else {
                shared.conns.fetch_sub(1, Ordering::SeqCst);
                active.fetch_sub(1, Ordering::SeqCst);
                continue;
            };
            let local_addr = stream.local_addr().unwrap_or(peer);
            // Formatted once per connection, not per request.
            let addrs = Rc::new(ConnAddrs {
                peer_ip: peer.ip().to_string(),
                local_ip: local_addr.ip().to_string(),
                local_port: local_addr.port(),
            });
            let (config, shared, app, active) =
                (config.clone(), shared.clone(), app.clone(), active.clone());
            tokio::task::spawn_local(async move {
                let client_timeout = config.client_timeout;
                let w = shared.clone();
                let service = service_fn(move |req| {
                    handle(req, addrs.clone(), config.clone(), w.clone(), app.clone())
                });
                let conn = http1::Builder::new()
                    .timer(hyper_util::rt::TokioTimer::new())
                    .header_read_timeout(client_timeout)
                    .keep_alive(true)
                    .max_buf_size(64 << 10)
                    .serve_connection(TokioIo::new(stream), service);
                let _ = tokio::time::timeout(Duration::from_secs(300), conn).await;
                shared.conns.fetch_sub(1, Ordering::SeqCst);
                active.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
}

/// Run the application for one request on this worker's interpreter.
fn run_app(shared: &WorkerShared, app: &RefCell<App>, req: Request) -> Response {
    if let Ok(mut r) = shared.running.lock() {
        *r = Running {
            since: Some(Instant::now()),
            expired: false,
        };
        shared.cancel.store(0, Ordering::Relaxed);
    }
    // A Rust panic is a bug, but it must not take the server down: answer 500.
    let resp = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        app.borrow_mut().call(&req, &mut |text| {
            // The access log's earlier lines first, so the log reads in order.
            flush_log();
            eprint!("{text}")
        })
    }))
    .unwrap_or_else(|_| {
        Response::plain(500, "Internal Server Error", "500 Internal Server Error\n")
    });
    let expired = match shared.running.lock() {
        Ok(mut r) => {
            let expired = r.expired;
            *r = Running::default();
            // No interrupt reaches the next request (the gateway has ended the
            // stopping past handlers itself).
            shared.cancel.store(0, Ordering::Relaxed);
            expired
        }
        Err(_) => false,
    };
    if expired {
        // The view ran past its deadline and was interrupted; the worker lives on.
        Response::plain(
            503,
            "Service Unavailable",
            "503 Service Unavailable: the request took too long\n",
        )
    } else {
        resp
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

/// The worker a new connection goes to: one not running a request if any, and among
/// those the one with the fewest connections.
fn pick(workers: &[(Arc<WorkerShared>, tokio::sync::mpsc::UnboundedSender<Conn>)]) -> usize {
    (0..workers.len())
        .min_by_key(|&i| {
            let w = &workers[i].0;
            (w.busy(), w.conns.load(Ordering::SeqCst))
        })
        .unwrap_or(0)
}

async fn accept_loop(
    config: Arc<Config>,
    workers: Vec<(Arc<WorkerShared>, tokio::sync::mpsc::UnboundedSender<Conn>)>,
    active: Arc<AtomicUsize>,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.bind))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    ready(addr);
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
        let Ok(stream) = stream.into_std() else {
            continue;
        };
        let i = pick(&workers);
        workers[i].0.conns.fetch_add(1, Ordering::SeqCst);
        active.fetch_add(1, Ordering::SeqCst);
        if workers[i].1.send((stream, peer)).is_err() {
            workers[i].0.conns.fetch_sub(1, Ordering::SeqCst);
            active.fetch_sub(1, Ordering::SeqCst);
        }
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
    addrs: Rc<ConnAddrs>,
    config: Arc<Config>,
    shared: Arc<WorkerShared>,
    app: Rc<RefCell<App>>,
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
            // A request without a body (a GET) needs no read and no timer.
            let body = if hyper::body::Body::is_end_stream(req.body()) {
                Ok(Ok(Vec::new()))
            } else {
                let read = Limited::new(req.into_body(), config.max_body).collect();
                tokio::time::timeout(config.client_timeout, read)
                    .await
                    .map(|r| r.map(|c| c.to_bytes().to_vec()))
            };
            match body {
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
                Ok(Ok(body)) => {
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
                        server_name: addrs.local_ip.clone(),
                        server_port: addrs.local_port,
                        remote_addr: addrs.peer_ip.clone(),
                        http_version: if version == "HTTP/1.0" {
                            "HTTP/1.0".into()
                        } else {
                            "HTTP/1.1".into()
                        },
                    };
                    to_hyper(run_app(&shared, &app, gw))
                }
            }
        }
    };
    if config.access_log {
        let size = hyper::body::Body::size_hint(resp.body())
            .exact()
            .unwrap_or(0);
        // Formatted whole and queued: the lines are written in batches (log_access).
        let entry = format!(
            "{} - - [{}] \"{}\" {} {}\n",
            addrs.peer_ip,
            httpdate::fmt_http_date(std::time::SystemTime::now()),
            line,
            resp.status().as_u16(),
            size
        );
        log_access(&entry);
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
