//! `metal dis` shows the opcodes of a `match` statement (compiler/src/pattern.rs).

use std::process::Command;

#[test]
fn dis_shows_the_match_opcodes() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("dis_match.py");
    let source = "match x:\n    case [a, *b]:\n        pass\n    case {'k': v, **r}:\n        pass\n    case P(1, y=z):\n        pass\n";
    std::fs::write(&path, source).expect("write the program");
    let out = Command::new(env!("CARGO_BIN_EXE_metal"))
        .arg("dis")
        .arg(&path)
        .output()
        .expect("metal runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    for op in ["MATCH_SEQUENCE", "GET_LEN", "MATCH_MAPPING", "MATCH_KEYS"] {
        let line = text
            .lines()
            .find(|l| l.contains(op))
            .unwrap_or_else(|| panic!("{op} missing from:\n{text}"));
        // These take no argument.
        assert!(line.trim_end().ends_with(op), "{line}");
    }
    assert!(
        text.lines().any(|l| l
            .split_whitespace()
            .collect::<Vec<_>>()
            .ends_with(&["MATCH_CLASS", "1"])),
        "{text}"
    );
}
