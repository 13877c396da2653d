// Shared by the build scripts that embed a tree of Python modules in the binary
// (crates/vm: the standard library in lib/; crates/framework: python/). Included with
// `include!`, so it is plain functions, no crate.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk_py(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// Write `$OUT_DIR/<out_file>` declaring `pub static <name>: &[(&str, &str, bool)]`:
/// (dotted module name, source, is a package) for every `.py` under `<dir>` of the
/// crate, sorted by path.
fn embed_py_tree(dir: &str, name: &str, out_file: &str) {
    // The crate's directory when the script runs, not when it was compiled: checkouts
    // sharing a target directory (git worktrees) share the compiled script, which must
    // embed the files of the checkout being built.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join(dir);
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk_py(&root, &mut files);
    let mut table = format!("pub static {name}: &[(&str, &str, bool)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&root).expect("under the embedded tree");
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
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join(out_file);
    std::fs::write(&out, table).unwrap_or_else(|e| panic!("write {}: {e}", out.display()));
}
