//! `metal run --profile`: the program runs unchanged (its output, its exit status) and
//! stderr ends with where its time went, per Python function.

use std::process::Command;

fn run_profiled(name: &str, src: &str) -> (i32, String, String) {
    let dir = tempfile_dir(name);
    let path = dir.join("prog.py");
    std::fs::write(&path, src).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_metal"))
        .arg("run")
        .arg("--profile")
        .arg(&path)
        .arg("argument")
        .output()
        .expect("run metal");
    let _ = std::fs::remove_dir_all(&dir);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("metal-profile-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// The rows of one table of the report ("by self" or "by total"): (self%, total%, name).
fn table(report: &str, title: &str) -> Vec<(f64, f64, String)> {
    let start = report
        .find(title)
        .unwrap_or_else(|| panic!("no {title:?} in {report}"));
    report[start..]
        .lines()
        .skip(2)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.split_whitespace();
            let own: f64 = parts.next().unwrap().parse().unwrap();
            let total: f64 = parts.next().unwrap().parse().unwrap();
            (own, total, parts.collect::<Vec<_>>().join(" "))
        })
        .collect()
}

const PROG: &str = "\
import sys

def hot(n):
    t = 0
    for i in range(n):
        t += i * i
    return t

def cold(n):
    return sum(range(n))

def driver():
    r = 0
    for _ in range(40):
        r += hot(60000) + cold(100)
    return r

print(driver(), sys.argv[1:])
";

#[test]
fn profile_names_the_function_that_takes_the_time() {
    let (code, out, err) = run_profiled("hot", PROG);
    assert_eq!(code, 0, "stderr: {err}");
    // The program's own output is untouched.
    assert_eq!(out, "2879928000598000 ['argument']\n");
    let samples: u64 = err
        .lines()
        .find_map(|l| l.strip_prefix("metal profile: "))
        .and_then(|l| l.strip_suffix(" samples"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no sample count in {err}"));
    assert!(samples >= 20, "too few samples: {err}");
    let by_self = table(&err, "by self:");
    assert!(
        by_self[0].2.starts_with("hot (prog.py:3)"),
        "hot is not first by self time: {err}"
    );
    assert!(by_self[0].0 > 50.0, "{err}");
    let by_total = table(&err, "by total:");
    // The module and driver are on the stack in every sample; hot in most.
    let total_of = |name: &str| {
        by_total
            .iter()
            .find(|r| r.2.starts_with(name))
            .map(|r| r.1)
            .unwrap_or_else(|| panic!("{name} missing: {err}"))
    };
    assert_eq!(total_of("<module> (prog.py:1)"), 100.0);
    assert!(total_of("driver (prog.py:12)") > 95.0, "{err}");
    assert!(total_of("hot (prog.py:3)") < total_of("driver (prog.py:12)") + 0.01);
}

#[test]
fn profile_reports_even_when_the_program_fails() {
    let (code, _, err) = run_profiled("fails", "def f():\n    return 1 / 0\nf()\n");
    assert_eq!(code, 1);
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
    assert!(err.contains("metal profile: "), "{err}");
}
