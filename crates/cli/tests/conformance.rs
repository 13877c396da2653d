//! Differential conformance: every `tests/python/<topic>/<name>.py` runs on `metal` and
//! must print what CPython 3.11 printed (stored beside it by `tests/regen.py`): stdout,
//! stderr when stored, and the exit status. Programs listed in `tests/python/xfail.txt`
//! are known not to pass yet; one that starts passing fails the run until it is removed
//! from the list, so the list stays true.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n != "__pycache__" && n != "_support")
            {
                programs(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

struct Outcome {
    name: String,
    problems: Vec<String>,
}

fn read_or_empty(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

fn diff(what: &str, expected: &str, got: &str) -> String {
    let mut s = format!("  {what} differs:\n");
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let n = e.len().max(g.len());
    let mut shown = 0;
    for i in 0..n {
        let a = e.get(i).copied();
        let b = g.get(i).copied();
        if a != b {
            s.push_str(&format!(
                "    line {}:\n      expected: {:?}\n      got:      {:?}\n",
                i + 1,
                a,
                b
            ));
            shown += 1;
            if shown >= 5 {
                s.push_str("    ...\n");
                break;
            }
        }
    }
    if shown == 0 {
        s.push_str("    (trailing newline or whitespace)\n");
    }
    s
}

fn run_one(bin: &Path, prog: &Path, rel: &str) -> Outcome {
    let dir = prog.parent().expect("program dir");
    let file = prog.file_name().expect("file name");
    let stem = prog.with_extension("");
    let expected_out = read_or_empty(&stem.with_extension("out"));
    let err_path = stem.with_extension("err");
    let expected_err = if err_path.exists() {
        Some(read_or_empty(&err_path))
    } else {
        None
    };
    let expected_exit: i32 = read_or_empty(&stem.with_extension("exit"))
        .trim()
        .parse()
        .unwrap_or(0);
    let mut problems = Vec::new();
    let child = Command::new(bin)
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                name: rel.to_string(),
                problems: vec![format!("  could not start metal: {e}")],
            }
        }
    };
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {
                if start.elapsed() > Duration::from_secs(30) {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    let prefix = format!("{}/", dir.display());
    let out = String::from_utf8_lossy(&t_out.join().unwrap_or_default()).replace(&prefix, "");
    let err = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).replace(&prefix, "");
    let Some(status) = status else {
        return Outcome {
            name: rel.to_string(),
            problems: vec!["  timed out after 30 s".to_string()],
        };
    };
    let code = status.code().unwrap_or(-1);
    if code == 101 || err.contains("panicked at") {
        problems.push(format!("  metal panicked:\n{err}"));
    }
    if out != expected_out {
        problems.push(diff("stdout", &expected_out, &out));
    }
    match &expected_err {
        Some(e) if *e != err => problems.push(diff("stderr", e, &err)),
        None if !err.is_empty() && code == expected_exit => problems.push(format!(
            "  unexpected stderr:\n{}",
            err.lines().take(10).collect::<Vec<_>>().join("\n")
        )),
        _ => {}
    }
    if code != expected_exit {
        problems.push(format!(
            "  exit status {code}, expected {expected_exit}\n  stderr: {}",
            err.lines().last().unwrap_or("")
        ));
    }
    Outcome {
        name: rel.to_string(),
        problems,
    }
}

#[test]
fn python_programs_match_cpython() {
    let root = root();
    let base = root.join("tests/python");
    let mut progs = Vec::new();
    programs(&base, &mut progs);
    assert!(
        progs.len() > 100,
        "expected the conformance programs under {}",
        base.display()
    );
    let xfail: BTreeSet<String> = read_or_empty(&base.join("xfail.txt"))
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let only = std::env::var("METAL_TEST_FILTER").ok();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_metal"));
    let queue: Arc<Mutex<Vec<PathBuf>>> = Arc::new(Mutex::new(progs.clone()));
    let results: Arc<Mutex<Vec<Outcome>>> = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let mut handles = Vec::new();
    for _ in 0..workers {
        let queue = queue.clone();
        let results = results.clone();
        let bin = bin.clone();
        let base = base.clone();
        let only = only.clone();
        handles.push(std::thread::spawn(move || loop {
            let Some(p) = queue.lock().expect("queue").pop() else {
                break;
            };
            let rel = p
                .strip_prefix(&base)
                .expect("under base")
                .to_string_lossy()
                .to_string();
            if only.as_ref().is_some_and(|f| !rel.contains(f.as_str())) {
                continue;
            }
            let o = run_one(&bin, &p, &rel);
            results.lock().expect("results").push(o);
        }));
    }
    for h in handles {
        h.join().expect("worker");
    }
    let mut results = std::mem::take(&mut *results.lock().expect("results"));
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let mut failures = Vec::new();
    let mut passed = 0;
    let mut expected_failures = 0;
    for r in &results {
        let is_x = xfail.contains(&r.name);
        match (r.problems.is_empty(), is_x) {
            (true, false) => passed += 1,
            (true, true) => failures.push(format!(
                "{}: passes now; remove it from tests/python/xfail.txt",
                r.name
            )),
            (false, true) => expected_failures += 1,
            (false, false) => failures.push(format!("{}:\n{}", r.name, r.problems.join(""))),
        }
    }
    for x in &xfail {
        if !progs.iter().any(|p| {
            p.strip_prefix(&base)
                .map(|r| r.to_string_lossy() == *x)
                .unwrap_or(false)
        }) {
            failures.push(format!("{x}: listed in xfail.txt but no such program"));
        }
    }
    if std::env::var("METAL_TEST_LIST_FAILING").is_ok() {
        for r in &results {
            if !r.problems.is_empty() {
                println!("FAILING {}", r.name);
            }
        }
    }
    println!(
        "conformance: {} programs, {} pass, {} known failures (xfail.txt), {} problems",
        results.len(),
        passed,
        expected_failures,
        failures.len()
    );
    if !failures.is_empty() {
        panic!(
            "{} conformance problems:\n\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
