//! Embeds the example project (`examples/addsite`) that `metal serve` serves by default.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read examples/addsite")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().map(|n| n.to_string_lossy().to_string());
        if name.as_deref() == Some("__pycache__") {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    // Read when the script runs (see crates/build-support/embed_py.rs): checkouts that
    // share a target directory share the compiled script.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../../examples/addsite");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(&root, &mut files);
    let mut table = String::from("pub static EXAMPLE_PROJECT: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&root).expect("under examples/addsite");
        writeln!(
            table,
            "    ({:?}, include_str!({:?})),",
            rel.to_string_lossy(),
            f.display().to_string()
        )
        .expect("write");
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("example.rs");
    std::fs::write(out, table).expect("write example.rs");
}
