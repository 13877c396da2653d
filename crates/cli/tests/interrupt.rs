//! Ctrl-C (SIGINT) interrupts running Python code with KeyboardInterrupt — which a
//! program can catch — and an uncaught one ends the program with status 130.

use std::process::{Command, Stdio};
use std::time::Duration;

fn run_and_interrupt(code: &str) -> (i32, String, String) {
    let child = Command::new(env!("CARGO_BIN_EXE_metal"))
        .args(["-c", code])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn metal");
    std::thread::sleep(Duration::from_millis(600));
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn uncaught_keyboard_interrupt_exits_130() {
    let (code, _, err) = run_and_interrupt("n = 0\nwhile True:\n    n += 1\n");
    assert_eq!(code, 130, "stderr: {err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "stderr: {err}");
}

#[test]
fn keyboard_interrupt_can_be_caught() {
    let (code, out, _) =
        run_and_interrupt("import sys\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n");
    assert_eq!((code, out.as_str()), (0, "caught\n"));
}

#[test]
fn time_sleep_is_interrupted() {
    // As CPython's sleep is cut short by the signal: not after its 30 seconds.
    let started = std::time::Instant::now();
    let (code, out, err) = run_and_interrupt(
        "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('woke')\n",
    );
    assert_eq!((code, out.as_str()), (0, "woke\n"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_call_interrupted_before_it_binds_leaves_no_keyword_names_behind() {
    // Most of the loop's interrupt checks are at the keyword calls; the interrupt
    // lands at one of them, and the next call (without keywords) must not see the
    // interrupted call's `b=` name.
    let call = "f(1, b=2); ";
    let code = format!(
        "def f(a, b=0):\n    return a + b\ntry:\n    while True:\n        {}\nexcept KeyboardInterrupt:\n    print(f(1))\n",
        call.repeat(7)
    );
    let (status, out, err) = run_and_interrupt(&code);
    assert_eq!((status, out.as_str()), (0, "1\n"), "stderr: {err}");
}
