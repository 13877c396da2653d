//! The interactive prompt, driven through a pseudo-terminal (`script`): prompts, echoed
//! results, continuation lines, errors that keep the session, and exit at end of input.
//! Input piped without a terminal runs as a program, as with `python < file`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_metal"))
}

#[test]
fn interactive_prompt_echoes_and_survives_errors() {
    if Command::new("script").arg("--version").output().is_err() {
        panic!("the `script` command (util-linux) is needed for this test");
    }
    let mut child = Command::new("script")
        .args(["-qec", &format!("{} ", bin().display()), "/dev/null"])
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn script");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(
            b"x = 40\nx + 2\nfor i in range(2):\n    print(i * 10)\n\n1/0\n'still here'\nx\n__loader__\n",
        )
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    // Everything after the banner: what a user sees.
    let session = text
        .split("more information.\n")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    assert!(session.starts_with(">>> "), "no prompt in:\n{text}");
    for expected in [
        ">>> 42\n",
        "... ... 0\n10\n",
        "ZeroDivisionError: division by zero\n",
        ">>> 'still here'\n",
        ">>> 40\n",
        ">>> <class '_frozen_importlib.BuiltinImporter'>\n",
    ] {
        assert!(
            session.contains(expected),
            "missing {expected:?} in:\n{session}"
        );
    }
    assert!(out.status.success(), "exit status {:?}", out.status);
}

/// `metal` with `input` piped to its standard input (a program, not a terminal).
fn run_piped(input: &[u8]) -> std::process::Output {
    let mut child = Command::new(bin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn metal");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    child.wait_with_output().expect("wait")
}

/// A finished program's standard output, after checking that it succeeded.
fn succeeded(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn piped_input_runs_as_a_program() {
    let out = run_piped(b"x = 6\nx * 7\nprint(x * 7)\n");
    // A program does not echo expression values; only print() shows.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    assert!(out.status.success());
}

/// `__main__` of `-c` code and of a program piped in: BuiltinImporter as its loader, no
/// spec, an empty `__annotations__`; standard input also has `__file__` `<stdin>` and
/// `__cached__` None. The expected text is CPython 3.11's output for the same program.
#[test]
fn main_module_of_code_and_piped_input() {
    const PROGRAM: &str = r#"print(__loader__, __spec__, list(globals()), __annotations__)
import sys
print(sys.modules["__main__"], sys.modules["__main__"].__loader__ is __loader__)
print(repr(globals().get("__file__")), "__cached__" in globals(), globals().get("__cached__"))
"#;
    const HEAD: &str = "<class '_frozen_importlib.BuiltinImporter'> None ['__name__', \
        '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__'";
    let out = Command::new(bin())
        .args(["-c", PROGRAM])
        .output()
        .expect("run metal -c");
    assert_eq!(
        succeeded(&out),
        format!("{HEAD}] {{}}\n<module '__main__' (built-in)> True\nNone False None\n")
    );
    assert_eq!(
        succeeded(&run_piped(PROGRAM.as_bytes())),
        format!(
            "{HEAD}, '__file__', '__cached__'] {{}}\n<module '__main__' (built-in)> True\n\
             '<stdin>' True None\n"
        )
    );
}
