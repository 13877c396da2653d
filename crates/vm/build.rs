//! Embeds every `.py` file under `lib/` (the pure-Python standard library) into the
//! binary as a module table; `stdlib::install_lib` puts it in `Vm::embedded`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read lib/")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(&root, &mut files);
    let mut table = String::from("pub static LIB: &[(&str, &str, bool)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&root).expect("under lib/");
        let mut parts: Vec<String> = rel
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .collect();
        let is_pkg = parts.last().is_some_and(|l| l == "__init__");
        if is_pkg {
            parts.pop();
        }
        writeln!(
            table,
            "    ({:?}, include_str!({:?}), {is_pkg}),",
            parts.join("."),
            f.display().to_string()
        )
        .expect("write");
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("lib_modules.rs");
    std::fs::write(out, table).expect("write lib_modules.rs");
}
