//! The vm: values and objects, the eval loop, builtins and native modules. It runs the
//! compiler's code objects and knows nothing of HTTP or the framework above it.

pub mod alloc;
pub mod attr;
mod builtin_docs;
mod builtin_sigs;
pub mod builtins;
pub mod call;
pub mod classes;
pub mod codecs;
pub mod codecs_extra;
pub mod construct;
pub mod coroutine;
pub mod dis;
pub mod dunder;
pub mod eval;
pub mod exc_details;
pub mod exc_group;
pub mod exc_report;
pub mod exceptions;
pub mod format;
pub mod format_percent;
pub mod gc;
pub mod generator;
pub mod getset;
pub mod import;
pub mod iter;
pub mod mapping_ns;
pub mod members;
mod module_docs;
mod module_sigs;
pub mod objects;
pub mod ops;
#[cfg(feature = "opstats")]
pub mod opstats;
pub mod pattern;
pub mod profile;
pub mod recursion;
pub mod repr;
pub mod run;
pub mod special;
pub mod stdlib;
pub mod strformat;
pub mod subscript;
pub mod suggest;
pub use metal_ucd as ucd;
pub mod type_flags;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};
