//! A real browser against `metal serve`: headless Chromium (Debian's `chromium`, which
//! the README's test command installs) loads the add-two-numbers page, types two numbers
//! into the form, submits it (with the CSRF cookie and token, as a browser does) and sees
//! the answer. Chromium is driven with the DevTools protocol over
//! `--remote-debugging-pipe` (JSON messages ending in NUL on fds 3 and 4).

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod common;

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server() -> (Killed, String) {
    let (child, addr) = common::spawn_serve(&[], &[]);
    (Killed(child), addr)
}

fn find_chromium() -> String {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let found = std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()));
        if found {
            return name.to_string();
        }
    }
    panic!("no chromium on PATH: scripts/test installs it (apt-get install chromium)");
}

/// A pipe whose two ends are closed on exec (the child gets dup2'ed copies).
fn pipe() -> (std::fs::File, std::fs::File) {
    use std::os::unix::io::FromRawFd;
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two new descriptors into `fds`, which we then own.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    assert_eq!(r, 0, "pipe2");
    // SAFETY: the descriptors were just created and are owned by nobody else.
    unsafe {
        (
            std::fs::File::from_raw_fd(fds[0]),
            std::fs::File::from_raw_fd(fds[1]),
        )
    }
}

struct Browser {
    _child: Killed,
    to: std::fs::File,
    from: mpsc::Receiver<String>,
    next_id: u64,
    session: Option<String>,
    _profile: TempDir,
}

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Browser {
    fn launch() -> Browser {
        use std::os::unix::io::AsRawFd;
        let (to_read, to_write) = pipe();
        let (from_read, from_write) = pipe();
        let profile = std::env::temp_dir().join(format!("metal-chromium-{}", std::process::id()));
        let (a, b) = (to_read.as_raw_fd(), from_write.as_raw_fd());
        let mut cmd = Command::new(find_chromium());
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--remote-debugging-pipe",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        // SAFETY: only async-signal-safe fcntl/dup2 calls between fork and exec. The
        // ends are first copied above 10, so that neither is overwritten by the other's
        // dup2 (or left close-on-exec when it already was fd 3 or 4).
        unsafe {
            cmd.pre_exec(move || {
                let ha = libc::fcntl(a, libc::F_DUPFD, 10);
                let hb = libc::fcntl(b, libc::F_DUPFD, 10);
                if ha < 0 || hb < 0 || libc::dup2(ha, 3) < 0 || libc::dup2(hb, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = Killed(cmd.spawn().expect("spawn chromium"));
        drop(to_read);
        drop(from_write);
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(from_read);
            loop {
                let mut msg = Vec::new();
                match r.read_until(0, &mut msg) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        msg.pop();
                        if tx.send(String::from_utf8_lossy(&msg).into_owned()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Browser {
            _child: child,
            to: to_write,
            from: rx,
            next_id: 0,
            session: None,
            _profile: TempDir(profile),
        }
    }

    /// Send one command; return the text of its response message.
    fn call_raw(&mut self, method: &str, params: &str) -> String {
        self.next_id += 1;
        let id = self.next_id;
        let session = match &self.session {
            Some(s) => format!(",\"sessionId\":\"{s}\""),
            None => String::new(),
        };
        let msg = format!("{{\"id\":{id},\"method\":\"{method}\",\"params\":{params}{session}}}\0");
        self.to
            .write_all(msg.as_bytes())
            .expect("write to chromium");
        let deadline = Instant::now() + Duration::from_secs(30);
        let prefix = format!("{{\"id\":{id},");
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let m = self
                .from
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no answer from chromium to {method}"));
            if m.starts_with(&prefix) {
                return m;
            }
        }
    }

    fn call(&mut self, method: &str, params: &str) -> String {
        let m = self.call_raw(method, params);
        assert!(!m.contains("\"error\":{"), "{method}: {m}");
        m
    }

    /// Evaluate a JavaScript expression in the page; its value as a string.
    fn eval(&mut self, expr: &str) -> String {
        let params = format!(
            "{{\"expression\":{},\"returnByValue\":true}}",
            json_string(&format!("String({expr})"))
        );
        let m = self.call("Runtime.evaluate", &params);
        string_field(&m, "value").unwrap_or_default()
    }

    fn wait_for(&mut self, expr: &str, want: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            // While the page navigates (a form was just submitted) an evaluation can
            // fail with "Inspected target navigated or closed": not there yet.
            let params = format!(
                "{{\"expression\":{},\"returnByValue\":true}}",
                json_string(&format!("String({expr})"))
            );
            let m = self.call_raw("Runtime.evaluate", &params);
            let v = if m.contains("\"error\":{") {
                String::new()
            } else {
                string_field(&m, "value").unwrap_or_default()
            };
            if v.contains(want) {
                return v;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {want:?} in {expr}: last {v:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn type_into(&mut self, id: &str, text: &str) {
        self.eval(&format!("document.getElementById('{id}').focus()"));
        self.call(
            "Input.insertText",
            &format!("{{\"text\":{}}}", json_string(text)),
        );
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The string value of the first `"name":"..."` in a JSON message.
fn string_field(msg: &str, name: &str) -> Option<String> {
    let start = msg.find(&format!("\"{name}\":\""))? + name.len() + 4;
    let mut out = String::new();
    let mut chars = msg[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

#[test]
fn chromium_adds_two_numbers_through_the_form() {
    let (_server, addr) = start_server();
    let mut b = Browser::launch();
    let created = b.call("Target.createTarget", "{\"url\":\"about:blank\"}");
    let target = string_field(&created, "targetId").expect("targetId");
    let attached = b.call(
        "Target.attachToTarget",
        &format!("{{\"targetId\":\"{target}\",\"flatten\":true}}"),
    );
    b.session = Some(string_field(&attached, "sessionId").expect("sessionId"));
    for (first, second, answer) in [
        ("1", "2", "Answer is 3"),
        (
            "99999999999999999999",
            "1",
            "Answer is 100000000000000000000",
        ),
    ] {
        b.call("Page.navigate", &format!("{{\"url\":\"http://{addr}/\"}}"));
        b.wait_for(
            "document.readyState + ' ' + !!document.getElementById('id_number2')",
            "complete true",
        );
        assert_eq!(b.eval("document.title"), "Add 2 numbers");
        assert_eq!(
            b.eval("document.querySelector('h1').textContent"),
            "Add 2 numbers!"
        );
        // The page carries the masked CSRF token; the browser keeps the cookie.
        assert_eq!(
            b.eval("document.querySelector('[name=csrfmiddlewaretoken]').value.length"),
            "64"
        );
        b.type_into("id_number1", first);
        b.type_into("id_number2", second);
        assert_eq!(b.eval("document.getElementById('id_number1').value"), first);
        b.eval("document.querySelector('button[type=submit]').click()");
        let got = b.wait_for(
            "(document.getElementById('answer') || {textContent: ''}).textContent",
            "Answer is",
        );
        assert_eq!(got, answer);
        // The answer page is the form again, filled in with what was sent.
        assert_eq!(
            b.eval("document.getElementById('id_number2').value"),
            second
        );
    }
}
