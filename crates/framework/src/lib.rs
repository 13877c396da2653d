//! The Django-compatible framework: a `django` package written in Python, shipped inside
//! the binary and imported like any other package (`import django.urls`). Its modules are
//! embedded at build time from `python/` (see build.rs); `install` makes them importable
//! in one interpreter.

use metal_vm::vm::Vm;

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// Make the embedded `django` package importable in `vm`.
pub fn install(vm: &mut Vm) {
    for &(name, source, is_pkg) in MODULES {
        vm.embedded.insert(name.to_string(), (source, is_pkg));
    }
}
