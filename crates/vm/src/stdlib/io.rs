//! `io`: `BytesIO` and `StringIO`, in-memory streams (the WSGI gateway hands the request
//! body to applications as a `BytesIO`). Written in Python on our own interpreter: they
//! are thin, and their semantics are exactly the language's.

pub const SOURCE: &str = include_str!("io.py");
