//! No input makes `metal` crash: truncated and mutated programs compile to a code object
//! or a SyntaxError (in process), and run to a clean exit or a Python error (as a
//! process) — never a panic, an abort or a signal.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

fn sources() -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root().join("tests/python")];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "py") {
                out.push(std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    out
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutations(rng: &mut Rng) -> Vec<String> {
    let tokens = [
        "(", ")", "[", "]", "{", "}", ":", "=", "==", "\n", "    ", "\t", "'", "\"", "\"\"\"",
        "lambda", "yield", "*", "**", ",", ".", "@", "if", "else", "def", "class", "return", "\\",
        "#", "f'{", "}'", "0x", "1e", "_", "é",
    ];
    let mut out = Vec::new();
    for src in sources() {
        if src.is_empty() {
            continue;
        }
        for _ in 0..6 {
            let cut = floor_boundary(&src, rng.below(src.len()));
            out.push(src[..cut].to_string());
        }
        for _ in 0..6 {
            let mut s = src.clone();
            for _ in 0..1 + rng.below(3) {
                let at = floor_boundary(&s, rng.below(s.len()));
                let t = tokens[rng.below(tokens.len())];
                s.insert_str(at, t);
            }
            out.push(s);
        }
    }
    out.push("(".repeat(3000) + &")".repeat(3000));
    out.push("x = ".to_string() + &"[".repeat(2000));
    out.push("-".repeat(5000) + "1");
    out.push("def f():\n".to_string() + &" if x:\n".repeat(100));
    out.push("\u{0}\u{feff}x = 1\n".to_string());
    out
}

#[test]
fn compiling_mutated_sources_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let cases = mutations(&mut rng);
    assert!(cases.len() > 1000);
    // The parser recurses: give it the stack the `metal` binary gives it.
    let h = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let mut compiled = 0;
            let mut panicked = Vec::new();
            for src in &cases {
                let r = std::panic::catch_unwind(|| {
                    metal_compiler::compile(src, "<fuzz>", metal_compiler::Mode::Exec).is_ok()
                });
                match r {
                    Ok(true) => compiled += 1,
                    Ok(false) => {}
                    Err(_) => panicked.push(src.clone()),
                }
            }
            (compiled, panicked)
        })
        .expect("spawn");
    let (compiled, panicked) = h.join().expect("the fuzz thread");
    assert!(
        panicked.is_empty(),
        "the compiler panicked on {} inputs; the first:\n{}",
        panicked.len(),
        panicked[0]
    );
    // Some mutations are still valid programs, most are not.
    assert!(compiled > 0);
}

#[test]
fn running_mutated_programs_never_crashes() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_metal"));
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let all = mutations(&mut rng);
    // A deterministic sample keeps the run short.
    let sample: Vec<String> = all.iter().step_by(9).cloned().collect();
    let dir = std::env::temp_dir().join(format!("metal-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut crashes = Vec::new();
    for (i, src) in sample.iter().enumerate() {
        let file = dir.join(format!("case{i}.py"));
        std::fs::write(&file, src).expect("write case");
        let mut child = Command::new(&bin)
            .arg(&file)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn metal");
        let start = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().expect("wait") {
                break Some(s);
            }
            if start.elapsed() > Duration::from_secs(5) {
                // A mutated loop may never end; that is not a crash.
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        if let Some(s) = status {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                use std::io::Read;
                let _ = e.read_to_string(&mut err);
            }
            let crashed = s.code().is_none()
                || s.code() == Some(101)
                || s.code() == Some(70)
                || err.contains("panicked");
            if crashed {
                crashes.push(format!(
                    "case{i}.py (status {s:?}):\n{}\n--- stderr:\n{}",
                    src.chars().take(300).collect::<String>(),
                    err.lines().take(5).collect::<Vec<_>>().join("\n")
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        crashes.is_empty(),
        "{} inputs crashed metal:\n{}",
        crashes.len(),
        crashes.join("\n\n")
    );
}
