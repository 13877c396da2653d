//! `metal serve` against real HTTP on a loopback port: the embedded add-two-numbers
//! site, a hand-written WSGI application, limits, errors and keep-alive.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Child;
use std::time::Duration;

mod common;

struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        Server::start_env(args, &[])
    }

    fn start_env(args: &[&str], env: &[(&str, &str)]) -> Server {
        let (child, addr) = common::spawn_serve(args, env);
        Server { child, addr }
    }

    /// The hand-written WSGI app (tests/wsgi_apps/echo_app.py) served with its log
    /// (stderr) going to a new file named after `tag`, and that file's path.
    fn start_echo_logging(tag: &str) -> (Server, PathBuf) {
        let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/echo_app.py");
        let path = std::env::temp_dir().join(format!("metal-{tag}-{}.log", std::process::id()));
        let file = std::fs::File::create(&path).expect("log file");
        let (child, addr) =
            common::spawn_serve_logging(&[app.to_str().expect("path")], &[], file.into());
        (Server { child, addr }, path)
    }

    fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(20)))
            .expect("timeout");
        s
    }

    /// One request on a fresh connection; returns (status, headers, body).
    fn request(&self, raw: &str) -> (u16, String, String) {
        let mut s = self.connect();
        s.write_all(raw.as_bytes()).expect("send");
        read_response(&mut BufReader::new(s))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_response(r: &mut BufReader<TcpStream>) -> (u16, String, String) {
    let mut status_line = String::new();
    r.read_line(&mut status_line).expect("status line");
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut headers = String::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        r.read_line(&mut h).expect("header");
        if h == "\r\n" || h.is_empty() {
            break;
        }
        if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        headers.push_str(&h);
    }
    let mut body = vec![0; length];
    r.read_exact(&mut body).expect("body");
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

/// A form POST carrying the given extra header lines (e.g. the CSRF cookie).
fn post_with(path: &str, form: &str, extra: &str) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{form}",
        form.len()
    )
}

/// GET / and return ("Cookie: csrftoken=...\r\n", the masked form token).
fn csrf(s: &Server) -> (String, String) {
    let (status, headers, body) =
        s.request("GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200);
    let secret = headers
        .lines()
        .find_map(|l| l.split_once("csrftoken=").map(|(_, v)| v))
        .and_then(|v| v.split(';').next())
        .unwrap_or_else(|| panic!("no csrftoken cookie in {headers}"))
        .to_string();
    assert_eq!(secret.len(), 32, "{secret}");
    let token = body
        .split("name=\"csrfmiddlewaretoken\" value=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .unwrap_or_else(|| panic!("no csrfmiddlewaretoken in {body}"))
        .to_string();
    assert_eq!(token.len(), 64, "{token}");
    assert!(token.chars().all(|c| c.is_ascii_alphanumeric()));
    (format!("Cookie: csrftoken={secret}\r\n"), token)
}

#[test]
fn add_two_numbers_site() {
    let s = Server::start(&[]);
    let (status, headers, body) =
        s.request("GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200);
    assert!(
        body.contains("Add 2 numbers!")
            && body.contains("<input type=\"number\" name=\"number1\" required id=\"id_number1\">")
            && body.contains("<label for=\"id_number2\">Number2:</label>"),
        "{body}"
    );
    let lower = headers.to_ascii_lowercase();
    assert!(lower.contains("x-frame-options: deny"), "{headers}");
    assert!(
        lower.contains("x-content-type-options: nosniff"),
        "{headers}"
    );
    assert!(
        lower.contains("max-age=31449600; path=/; samesite=lax"),
        "{headers}"
    );
    // The cookie's value has no leading blank on the wire.
    assert!(lower.contains("\r\nset-cookie: csrftoken="), "{headers}");
    let (cookie, token) = csrf(&s);
    let add = |form: &str| {
        let (status, _, body) = s.request(&post_with(
            "/",
            &format!("csrfmiddlewaretoken={token}&{form}"),
            &cookie,
        ));
        assert_eq!(status, 200, "{body}");
        body
    };
    assert!(add("number1=1&number2=2").contains("Answer is 3"));
    assert!(
        add("number1=99999999999999999999&number2=1").contains("Answer is 100000000000000000000")
    );
    assert!(add("number1=+3.0+&number2=-4").contains("Answer is -1"));
    let body = add("number1=1e3&number2=");
    assert!(
        body.contains(
            "<ul class=\"errorlist\" id=\"id_number1_error\"><li>Enter a whole number.</li></ul>"
        ) && body.contains("<li>This field is required.</li>")
            && body.contains("value=\"1e3\"")
            && !body.contains("Answer is"),
        "{body}"
    );
    // The same form posted as multipart/form-data (a form with enctype=...).
    let boundary = "----metalBoundary42";
    let mut multipart = String::new();
    for (name, value) in [
        ("csrfmiddlewaretoken", token.as_str()),
        ("number1", "20"),
        ("number2", "22"),
    ] {
        multipart.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    multipart.push_str(&format!("--{boundary}--\r\n"));
    let (status, _, body) = s.request(&format!(
        "POST / HTTP/1.1\r\nHost: t\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\n{cookie}Connection: close\r\n\r\n{multipart}",
        multipart.len()
    ));
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("Answer is 42"), "{body}");
    // The token goes with the cookie: none, a wrong one, or no cookie is refused.
    for (form, extra) in [
        ("number1=1&number2=2".to_string(), cookie.clone()),
        (
            format!("csrfmiddlewaretoken={}&number1=1&number2=2", "x".repeat(64)),
            cookie.clone(),
        ),
        (
            format!("csrfmiddlewaretoken={token}&number1=1&number2=2"),
            String::new(),
        ),
    ] {
        let (status, _, body) = s.request(&post_with("/", &form, &extra));
        assert_eq!(status, 403, "{body}");
        assert!(
            body.contains("CSRF verification failed. Request aborted."),
            "{body}"
        );
    }
    let (status, _, _) = s.request("GET /missing HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 404);
}

#[test]
fn each_request_gets_one_access_log_line() {
    let path = std::env::temp_dir().join(format!("metal-access-{}.log", std::process::id()));
    let file = std::fs::File::create(&path).expect("log file");
    let (child, addr) = common::spawn_serve_logging(&[], &[], file.into());
    let s = Server { child, addr };
    let (status, _, page) = s.request("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200);
    let (status, _, missing) =
        s.request("GET /nope?x=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 404);
    // The line is written after the response is handed to the connection.
    let mut log = String::new();
    for _ in 0..100 {
        log = std::fs::read_to_string(&path).expect("read log");
        if log.lines().count() >= 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(s);
    let _ = std::fs::remove_file(&path);
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 2, "{log}");
    for (line, (request, status, size)) in lines.iter().zip([
        ("GET / HTTP/1.1", 200, page.len()),
        ("GET /nope?x=1 HTTP/1.1", 404, missing.len()),
    ]) {
        let (head, rest) = line.split_once(" - - [").expect("client and date");
        assert_eq!(head, "127.0.0.1", "{line}");
        let (date, rest) = rest.split_once("] ").expect("date");
        assert!(date.ends_with(" GMT") && date.len() == 29, "{line}");
        assert_eq!(rest, format!("\"{request}\" {status} {size}"), "{line}");
    }
}

#[test]
fn sigterm_lets_the_running_request_finish_and_writes_the_log() {
    let (mut s, path) = Server::start_echo_logging("term");
    // Two quick requests (their log lines wait in the worker's batch), one whose
    // traceback goes to the log, then one that runs for a second, interrupted by
    // SIGTERM half-way.
    for _ in 0..2 {
        let (status, _, _) =
            s.request("GET /quick HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assert_eq!(status, 201);
    }
    let (status, _, _) = s.request("GET /boom HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 500);
    let mut conn = s.connect();
    conn.write_all(b"GET /nap HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .expect("send");
    std::thread::sleep(Duration::from_millis(300));
    // SAFETY: kill(2) on the child's pid; no memory is involved.
    unsafe {
        libc::kill(s.child.id() as libc::pid_t, libc::SIGTERM);
    }
    let (status, _, body) = read_response(&mut BufReader::new(conn));
    assert_eq!((status, body.as_str()), (200, "rested"));
    let exit = s.child.wait().expect("wait");
    assert!(exit.success(), "{exit:?}");
    assert!(
        TcpStream::connect(&s.addr).is_err(),
        "still accepting after SIGTERM"
    );
    let log = std::fs::read_to_string(&path).expect("read log");
    let _ = std::fs::remove_file(&path);
    // The access lines and the traceback in the order they happened.
    let events: Vec<&str> = log
        .lines()
        .filter_map(|l| {
            if l.contains(" - - [") {
                l.split('"').nth(1)
            } else if l.starts_with("ValueError") {
                Some(l)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        events,
        [
            "GET /quick HTTP/1.1",
            "GET /quick HTTP/1.1",
            "ValueError: boom from the application",
            "GET /boom HTTP/1.1",
            "GET /nap HTTP/1.1"
        ],
        "{log}"
    );
}

#[test]
fn a_busy_worker_does_not_hold_back_the_access_log_of_the_others() {
    let (s, path) = Server::start_echo_logging("busy");
    // One worker logs a request, then runs a long one on the same connection...
    let mut busy = s.connect();
    busy.write_all(b"GET /first HTTP/1.1\r\nHost: t\r\n\r\n")
        .expect("send");
    let mut busy_reader = BufReader::new(busy.try_clone().expect("clone"));
    assert_eq!(read_response(&mut busy_reader).0, 201);
    busy.write_all(b"GET /nap?4 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .expect("send");
    std::thread::sleep(Duration::from_millis(200));
    // ...while the other serves one: its line is written long before the nap ends.
    let started = std::time::Instant::now();
    let (status, _, _) = s.request("GET /second HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 201);
    let mut log = String::new();
    while started.elapsed() < Duration::from_secs(3) {
        log = std::fs::read_to_string(&path).expect("read log");
        if log.contains("GET /second") {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = std::fs::remove_file(&path);
    assert!(
        log.contains("GET /first") && log.contains("GET /second"),
        "{log}"
    );
    assert!(started.elapsed() < Duration::from_secs(3), "{log}");
    drop(busy_reader);
}

#[test]
fn keep_alive_serves_several_requests_on_one_connection() {
    let s = Server::start(&[]);
    let (cookie, token) = csrf(&s);
    let mut stream = s.connect();
    // Two pipelined requests, then one more after reading both answers.
    let req = post_with(
        "/",
        &format!("csrfmiddlewaretoken={token}&number1=20&number2=22"),
        &cookie,
    )
    .replace("Connection: close\r\n", "");
    stream
        .write_all(format!("{req}{req}").as_bytes())
        .expect("send");
    let mut r = BufReader::new(stream.try_clone().expect("clone"));
    for _ in 0..2 {
        let (status, _, body) = read_response(&mut r);
        assert_eq!(status, 200);
        assert!(body.contains("Answer is 42"));
    }
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        .expect("send");
    let (status, _, _) = read_response(&mut r);
    assert_eq!(status, 200);
}

#[test]
fn hand_written_wsgi_app_limits_and_errors() {
    let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/echo_app.py");
    let s = Server::start(&[app.to_str().expect("path")]);
    let (status, headers, body) = s.request(
        "POST /a%20b/c?x=1&y=2 HTTP/1.1\r\nHost: t\r\nUser-Agent: tester\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
    );
    assert_eq!(status, 201);
    assert!(headers.to_ascii_lowercase().contains("x-echo: yes"));
    for expected in [
        "method=POST",
        "path=/a b/c",
        "query=x=1&y=2",
        "type=text/plain",
        "length=5",
        "agent=tester",
        "scheme=http",
        "version=1.0",
        "body=hello",
        "errors=True",
    ] {
        assert!(
            body.lines().any(|l| l == expected),
            "missing {expected} in:\n{body}"
        );
    }
    let (status, _, body) =
        s.request("GET /generator HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!((status, body.as_str()), (200, "abc"));
    // An exception in the application is a 500; the worker lives on.
    let (status, _, _) = s.request("GET /boom HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 500);
    let (status, _, _) = s.request("GET /boom HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 500);
    let (status, _, _) = s.request("GET /fine HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 201);
    // Oversized body and oversized headers.
    let _ = &s;
    let big = 11 << 20;
    let (status, _, _) = s.request(&format!(
        "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: {big}\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(status, 413);
    let huge_header = "x".repeat(70 << 10);
    let (status, _, _) = s.request(&format!(
        "GET / HTTP/1.1\r\nHost: t\r\nX-Big: {huge_header}\r\nConnection: close\r\n\r\n"
    ));
    assert!(status == 431 || status == 400, "status {status}");
}

#[test]
fn django_style_app_through_the_embedded_framework() {
    let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/django_app.py");
    let s = Server::start(&[&format!("{}:application", app.to_str().expect("path"))]);
    let (status, headers, body) = s.request(
        "POST /hello/caf%C3%A9/?q=a+b HTTP/1.1\r\nHost: t\r\nCookie: flavour=mint; other=1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\nConnection: close\r\n\r\nn=40&n=2&x=",
    );
    assert_eq!(status, 200, "{body}");
    assert!(headers.contains("text/plain; charset=utf-8"), "{headers}");
    assert_eq!(
        body,
        "hello café; q=a b; total=42; cookie=mint; next=/hello/caf%C3%A9!/"
    );
    // Django's own 404 page, for no matching pattern and for Http404 alike.
    for path in ["/nowhere/", "/gone/", "/hello/a/b/"] {
        let (status, _, body) = s.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
        ));
        assert_eq!(status, 404, "{path}");
        assert!(
            body.contains(
                "<h1>Not Found</h1><p>The requested resource was not found on this server.</p>"
            ),
            "{body}"
        );
    }
    // An exception in a view is Django's 500 page (DEBUG is off); the worker lives on.
    let (status, _, body) =
        s.request("GET /broken/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 500);
    assert!(body.contains("<h1>Server Error (500)</h1>"), "{body}");
    let (status, _, _) =
        s.request("GET /hello/x/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200);
}

#[test]
fn a_django_project_directory_is_served_through_its_wsgi_module() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/django_project");
    let s = Server::start(&[dir.to_str().expect("path")]);
    let (status, headers, body) =
        s.request("GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200, "{body}");
    // Settings came from mysite/settings.py (found through manage.py), BASE_DIR from
    // pathlib; the project's middleware ran.
    assert_eq!(body, "hello from django_project; debug=False");
    assert!(
        headers.to_ascii_lowercase().contains("x-powered-by: metal"),
        "{headers}"
    );
    let (status, _, body) =
        s.request("GET /items/21/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!((status, body.as_str()), (200, "item 42"));
    let (status, _, _) =
        s.request("GET /items/x/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 404);
    // Without DEBUG an exception is the plain 500 page: no traceback, no locals.
    let (status, _, body) =
        s.request("GET /divide/3/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 500);
    assert!(
        body.contains("Server Error (500)") && !body.contains("numerator"),
        "{body}"
    );
}

#[test]
fn debug_pages_show_the_traceback_with_locals_and_the_patterns_tried() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/django_project");
    let s = Server::start_env(&[dir.to_str().expect("path")], &[("MYSITE_DEBUG", "1")]);
    let get = |path: &str, extra: &str| {
        s.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: t\r\n{extra}Connection: close\r\n\r\n"
        ))
    };
    let (status, headers, body) = get("/divide/3/", "Accept: text/html\r\n");
    assert_eq!(status, 500);
    assert!(
        headers
            .to_ascii_lowercase()
            .contains("content-type: text/html"),
        "{headers}"
    );
    assert!(
        body.contains("<h1>ZeroDivisionError at /divide/3/</h1>"),
        "{body}"
    );
    assert!(body.contains("division by zero"), "{body}");
    // The view's frame with its source line and its local variables (secrets masked).
    assert!(body.contains("in divide"), "{body}");
    assert!(body.contains("numerator / (pk - pk)"), "{body}");
    assert!(
        body.contains("<td>numerator</td><td class=\"code\"><pre>30</pre></td>"),
        "{body}"
    );
    assert!(
        body.contains(
            "<td>secret_token</td><td class=\"code\"><pre>&#x27;********************&#x27;</pre>"
        ),
        "{body}"
    );
    assert!(!body.contains("do-not-show"), "{body}");
    // An AJAX client gets the same report as text.
    let (status, headers, text) = get("/divide/3/", "X-Requested-With: XMLHttpRequest\r\n");
    assert_eq!(status, 500);
    assert!(
        headers
            .to_ascii_lowercase()
            .contains("content-type: text/plain"),
        "{headers}"
    );
    assert!(
        text.starts_with("ZeroDivisionError at /divide/3/\ndivision by zero\n"),
        "{text}"
    );
    assert!(
        text.contains("Traceback (most recent call last):"),
        "{text}"
    );
    assert!(text.contains("  numerator = 30\n"), "{text}");
    // The technical 404 lists the patterns tried.
    let (status, _, body) = get("/nope/", "");
    assert_eq!(status, 404);
    assert!(
        body.contains("Page not found <small>(404)</small>"),
        "{body}"
    );
    assert!(
        body.contains("<code>items/&lt;int:pk&gt;/ [name='item']</code>"),
        "{body}"
    );
    assert!(
        body.contains("The current path, <code>nope/</code>, didn’t match any of these."),
        "{body}"
    );
}

#[test]
fn a_runaway_view_is_stopped_at_its_deadline_and_the_worker_lives_on() {
    let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/echo_app.py");
    let s = Server::start(&[app.to_str().expect("path"), "--timeout", "1"]);
    let started = std::time::Instant::now();
    let (status, _, _) = s.request("GET /loop HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 503);
    assert!(started.elapsed() < Duration::from_secs(10));
    // Both workers still answer (the looping one was interrupted).
    for _ in 0..4 {
        let (status, _, _) =
            s.request("GET /fine HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assert_eq!(status, 201);
    }
}

#[test]
fn a_view_swallowing_the_deadline_is_interrupted_again_and_others_are_served_meanwhile() {
    let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/echo_app.py");
    let s = Server::start(&[app.to_str().expect("path"), "--timeout", "2"]);
    let mut stuck = s.connect();
    stuck
        .set_read_timeout(Some(Duration::from_secs(15)))
        .expect("timeout");
    stuck
        .write_all(b"GET /stubborn HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .expect("send");
    std::thread::sleep(Duration::from_millis(300));
    // While one worker runs the stubborn view, new connections go to the other one and
    // are answered at once: behind the stubborn view they would wait for it to be
    // stopped, 3 s after it started (a wide margin for a loaded machine below that).
    let started = std::time::Instant::now();
    for _ in 0..3 {
        let (status, _, _) =
            s.request("GET /fine HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assert_eq!(status, 201);
    }
    assert!(
        started.elapsed() < Duration::from_millis(2500),
        "served only after the deadline: {:?}",
        started.elapsed()
    );
    // The view catches the deadline's TimeoutError and loops on; a second later it is
    // stopped past its handlers, and the client gets its 503.
    let (status, _, body) = read_response(&mut BufReader::new(stuck));
    assert_eq!(status, 503, "{body}");
    let (status, _, _) = s.request("GET /fine HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 201);
}

#[test]
fn a_request_stopped_past_its_handlers_leaves_nothing_to_the_next_one() {
    let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/echo_app.py");
    let s = Server::start(&[
        app.to_str().expect("path"),
        "--timeout",
        "1",
        "--workers",
        "1",
    ]);
    let (status, _, _) =
        s.request("GET /stubborn-in-handler HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 503);
    for _ in 0..3 {
        let (status, _, body) =
            s.request("GET /after HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assert_eq!((status, body.as_str()), (200, "caught None"));
    }
}

#[test]
fn a_sleeping_view_is_interrupted_at_its_deadline() {
    let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/echo_app.py");
    let s = Server::start(&[app.to_str().expect("path"), "--timeout", "1"]);
    let started = std::time::Instant::now();
    let (status, _, _) = s.request("GET /sleep HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 503);
    // time.sleep(30) wakes for the interrupt, as CPython's does for a signal.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn slow_clients_are_cut_off() {
    let s = Server::start(&["--client-timeout", "0.5"]);
    // A head that never ends: the connection is closed.
    let mut stalled = s.connect();
    stalled
        .write_all(b"GET / HTTP/1.1\r\nHost: t\r\n")
        .expect("send");
    let started = std::time::Instant::now();
    let mut rest = Vec::new();
    let _ = stalled.read_to_end(&mut rest);
    assert!(started.elapsed() < Duration::from_secs(10), "not closed");
    assert!(!String::from_utf8_lossy(&rest).contains("200 OK"));
    // A body that never comes: 408, and the connection is closed.
    let mut slow = s.connect();
    slow.write_all(
        b"POST / HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nnumber1=1",
    )
    .expect("send");
    let (status, headers, body) = read_response(&mut BufReader::new(slow));
    assert_eq!(status, 408, "{headers}{body}");
    // The server still serves everyone else.
    let (status, _, _) = s.request("GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200);
}

/// The server's resident memory in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .expect("VmRSS")
}

#[test]
fn memory_stays_bounded_under_sustained_load() {
    // Blocks allocated by the HTTP threads and freed by the workers (or the reverse)
    // once piled up on the freeing thread: RSS grew with every request served.
    let app = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wsgi_apps/echo_app.py");
    let s = Server::start(&[app.to_str().expect("path")]);
    let run = |n: usize| {
        // Two keep-alive connections at once, so both workers and the I/O threads work.
        let clients: Vec<_> = (0..2)
            .map(|_| {
                let mut stream = s.connect();
                std::thread::spawn(move || {
                    let mut r = BufReader::new(stream.try_clone().expect("clone"));
                    for i in 0..n / 2 {
                        let body = format!("payload number {i} with some text in it");
                        let req = format!(
                            "POST /echo?i={i} HTTP/1.1\r\nHost: t\r\nUser-Agent: load\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
                            body.len()
                        );
                        stream.write_all(req.as_bytes()).expect("send");
                        let (status, _, got) = read_response(&mut r);
                        assert_eq!(status, 201);
                        assert!(got.contains(&body));
                    }
                })
            })
            .collect();
        for c in clients {
            c.join().expect("client");
        }
    };
    run(2000);
    let warm = rss_kib(s.child.id());
    run(8000);
    let after = rss_kib(s.child.id());
    eprintln!("RSS after 2000 requests: {warm} KiB; after 8000 more: {after} KiB");
    assert!(
        after < warm + 4096,
        "RSS grew from {warm} KiB to {after} KiB over 8000 requests"
    );
}
