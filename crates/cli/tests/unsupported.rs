//! What metal does not support yet fails loudly, naming it (docs/compat.md's first
//! table), instead of giving wrong output: each snippet must exit 1 with its
//! `NotImplementedError` on stderr, and print nothing it should not have.

use std::process::Command;

fn run(code: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_metal"))
        .args(["-c", code])
        .output()
        .expect("metal runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn unsupported_features_raise_not_implemented_error() {
    let cases = [
        (
            "print(isinstance(b'', memoryview))\nm = memoryview(b'abc')\nprint(m[0])",
            "False\n",
            "NotImplementedError: memoryview is not supported yet",
        ),
        (
            "class M(type):\n    def mro(cls):\n        return [cls, object]\nclass A(metaclass=M): pass\nprint('made')",
            "",
            "NotImplementedError: a metaclass that overrides mro() is not supported yet",
        ),
    ];
    for (code, stdout, err) in cases {
        let (status, out, stderr) = run(code);
        assert_eq!(status, 1, "{code}: exit status; stderr: {stderr}");
        assert_eq!(out, stdout, "{code}: stdout");
        assert!(
            stderr.contains(err),
            "{code}: stderr lacks {err:?}:\n{stderr}"
        );
    }
}
