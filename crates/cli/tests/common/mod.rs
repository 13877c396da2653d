//! Shared by the tests that run `metal serve`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// Start `metal serve` on a free loopback port with 2 workers (plus `args`, with `env`
/// set) and return it with the address it printed once ready.
pub fn spawn_serve(args: &[&str], env: &[(&str, &str)]) -> (Child, String) {
    spawn_serve_logging(args, env, Stdio::null())
}

/// `spawn_serve` with the server's stderr (its log) going to `log`.
pub fn spawn_serve_logging(args: &[&str], env: &[(&str, &str)], log: Stdio) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_metal"))
        .envs(env.iter().copied())
        .arg("serve")
        .args(["--bind", "127.0.0.1:0", "--workers", "2"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("spawn metal serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("read banner");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    (child, addr)
}
