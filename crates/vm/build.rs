//! Embeds every `.py` file under `lib/` (the pure-Python standard library) into the
//! binary as a module table; `stdlib::install_lib` puts it in `Vm::embedded`.

include!("../build-support/embed_py.rs");

fn main() {
    embed_py_tree("lib", "LIB", "lib_modules.rs");
    // Optimized builds are compiled with this profile (scripts/rustc-pgo): a new one
    // recompiles the crate and those built on it.
    println!("cargo:rerun-if-changed=../../pgo/metal.profdata");
}
