//! Embeds every `.py` file under `lib/` (the pure-Python standard library) into the
//! binary as a module table; `stdlib::install_lib` puts it in `Vm::embedded`.

include!("../build-support/embed_py.rs");

fn main() {
    embed_py_tree("lib", "LIB", "lib_modules.rs");
}
