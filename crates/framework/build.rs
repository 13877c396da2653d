//! Embeds every `.py` file under `python/` into the binary as a module table.

include!("../build-support/embed_py.rs");

fn main() {
    embed_py_tree("python", "MODULES", "modules.rs");
}
