//! Memory stays bounded: a loop creating a million self-referencing objects and a
//! million caught exceptions (with their tracebacks) peaks within 2x the RSS of the same
//! loop creating neither — the cycle collector reclaims what reference counting cannot.

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Run `metal -c code` and return its own peak RSS in KiB (from `wait4`).
#[allow(clippy::zombie_processes)] // reaped by wait4, which std cannot see
fn peak_rss_kib(code: &str) -> i64 {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_metal"));
    let child = Command::new(bin)
        .arg("-c")
        .arg(code)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn metal");
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; `pid` is our own child, which
    // has not been waited for (std's Child is dropped without waiting).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "metal failed: {status}"
    );
    usage.ru_maxrss
}

const WITH_GARBAGE: &str = "
class Node:
    def __init__(self, i):
        self.me = self
        self.payload = [i, i + 1, i + 2]

def fail(i):
    raise ValueError(i)

total = 0
for i in range(1000000):
    n = Node(i)
    try:
        fail(i)
    except ValueError as e:
        total += e.args[0] & 1
print(total)
";

const WITHOUT: &str = "
total = 0
for i in range(1000000):
    n = i
    total += i & 1
print(total)
";

#[test]
fn cycles_and_caught_exceptions_do_not_grow_memory() {
    let base = peak_rss_kib(WITHOUT);
    let with = peak_rss_kib(WITH_GARBAGE);
    assert!(
        with <= 2 * base,
        "peak RSS {with} KiB with a million cycles and exceptions, {base} KiB without"
    );
}
