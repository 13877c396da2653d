//! The argument checks of the `os` and `time` functions that CPython writes in C and
//! metal in Python (`forward.rs` dresses them as builtin functions): CPython's C
//! functions word their argument errors by how they take their arguments
//! (`METH_NOARGS`, `METH_O`, `PyArg_ParseTuple`, `PyArg_UnpackTuple`, Argument Clinic's
//! keyword parser), not as a Python function's. This module checks a call against the
//! C function's signature first, with CPython's words, and hands the Python function its
//! arguments (keywords by CPython's parameter names become positional ones).

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// How a C function takes its arguments.
enum CSig {
    /// `METH_NOARGS` (`q`: its qualified name, `posix.getcwd`).
    NoArgs(&'static str),
    /// `METH_O`.
    One(&'static str),
    /// `METH_VARARGS` parsed by `PyArg_ParseTuple` (between `min` and `max` arguments).
    ParseTuple(usize, usize),
    /// `PyArg_UnpackTuple` / Argument Clinic's positional-only check (`name expected at
    /// most 1 argument, got 2`); `Some(q)`: a `METH_FASTCALL` function, whose keyword
    /// error names it `q`, else `METH_VARARGS`.
    Unpack(usize, usize, Option<&'static str>),
    /// Argument Clinic's keyword parser: the parameters (positional-or-keyword, then
    /// keyword-only), how many are required and how many may be positional.
    Keywords(&'static [&'static str], usize, usize),
    /// `METH_VARARGS` taking no keywords, its arguments checked by the Python function
    /// it calls (`time.strptime` calls `_strptime._strptime_time`).
    Varargs,
}

fn signature(name: &str) -> Option<CSig> {
    use CSig::*;
    Some(match name {
        "gmtime" | "localtime" | "ctime" => ParseTuple(0, 1),
        "mktime" => One("time.mktime"),
        "tzset" => NoArgs("time.tzset"),
        "asctime" => Unpack(0, 1, None),
        "strftime" => ParseTuple(1, 2),
        "strptime" => Varargs,
        "getcwd" => NoArgs("posix.getcwd"),
        "getpid" => NoArgs("posix.getpid"),
        "urandom" => One("posix.urandom"),
        "read" => Unpack(2, 2, Some("posix.read")),
        "write" => Unpack(2, 2, Some("posix.write")),
        "lseek" => Unpack(3, 3, Some("posix.lseek")),
        "get_terminal_size" => Unpack(0, 1, Some("posix.get_terminal_size")),
        "listdir" | "scandir" => Keywords(&["path"], 0, 1),
        "stat" => Keywords(&["path", "dir_fd", "follow_symlinks"], 1, 1),
        "lstat" | "remove" | "unlink" | "rmdir" | "readlink" => Keywords(&["path", "dir_fd"], 1, 1),
        "fspath" => Keywords(&["path"], 1, 1),
        "mkdir" => Keywords(&["path", "mode", "dir_fd"], 1, 2),
        "rename" | "replace" => Keywords(&["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2),
        "open" => Keywords(&["path", "flags", "mode", "dir_fd"], 2, 3),
        "close" => Keywords(&["fd"], 1, 1),
        "chmod" => Keywords(&["path", "mode", "dir_fd", "follow_symlinks"], 2, 2),
        "utime" => Keywords(&["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 2),
        "symlink" => Keywords(&["src", "dst", "target_is_directory", "dir_fd"], 2, 3),
        "access" => Keywords(
            &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
            2,
            2,
        ),
        _ => return None,
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Call `f`, the Python function behind the C function `name`, with `args` checked as
/// CPython checks the C function's.
pub(crate) fn call_checked(vm: &mut Vm, f: &Value, name: &str, args: Args<'_>) -> PyResult<Value> {
    let Some(sig) = signature(name) else {
        return vm.call(f, args);
    };
    let pos = args.pos();
    let n = pos.len();
    let nkw = args.kwnames.len();
    let no_kw = |vm: &Vm, q: &str| vm.type_error(format!("{q}() takes no keyword arguments"));
    match sig {
        CSig::NoArgs(q) | CSig::One(q) if nkw > 0 => Err(no_kw(vm, q)),
        CSig::NoArgs(q) if n > 0 => {
            Err(vm.type_error(format!("{q}() takes no arguments ({n} given)")))
        }
        CSig::One(q) if n != 1 => {
            Err(vm.type_error(format!("{q}() takes exactly one argument ({n} given)")))
        }
        CSig::ParseTuple(..) | CSig::Varargs | CSig::Unpack(_, _, None) if nkw > 0 => {
            Err(no_kw(vm, name))
        }
        CSig::Unpack(_, _, Some(q)) if nkw > 0 => Err(no_kw(vm, q)),
        CSig::ParseTuple(min, max) if n < min || n > max => {
            let (how, m) = if min == max {
                ("exactly", min)
            } else if n < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            Err(vm.type_error(format!(
                "{name}() takes {how} {m} argument{} ({n} given)",
                plural(m)
            )))
        }
        CSig::Unpack(min, max, _) if n < min || n > max => {
            let (how, m) = if n < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            let how = if min == max { "" } else { how };
            Err(vm.type_error(format!(
                "{name} expected {how}{m} argument{}, got {n}",
                plural(m)
            )))
        }
        CSig::Keywords(params, minpos, maxpos) => {
            let (all, kwnames) = keywords(vm, name, params, minpos, maxpos, &args)?;
            vm.call(
                f,
                Args {
                    all: &all,
                    kwnames: &kwnames,
                },
            )
        }
        _ => vm.call(f, args),
    }
}

/// Argument Clinic's keyword parser (`_PyArg_UnpackKeywords`): its errors, in its order,
/// and then the arguments for the Python function (values, then keyword names): the
/// positional parameters by position up to the first one absent, the others by keyword.
fn keywords(
    vm: &Vm,
    name: &str,
    params: &[&str],
    minpos: usize,
    maxpos: usize,
    args: &Args<'_>,
) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let pos = args.pos();
    let (n, nkw, maxargs) = (pos.len(), args.kwnames.len(), params.len());
    if n + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({} given)",
            if n == 0 { "keyword " } else { "" },
            plural(maxargs),
            n + nkw
        )));
    }
    if n > maxpos {
        let how = if minpos < maxpos {
            "at most"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {maxpos} positional argument{} ({n} given)",
            plural(maxpos)
        )));
    }
    let mut slots: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    let mut left = nkw;
    for (i, p) in params.iter().enumerate().skip(n) {
        let found = if left > 0 {
            args.kw().find(|(k, _)| k == p).map(|(_, v)| v.clone())
        } else {
            None
        };
        match found {
            Some(v) => {
                left -= 1;
                slots.push(Some(v));
            }
            None if i < minpos => {
                return Err(vm.type_error(format!(
                    "{name}() missing required argument '{p}' (pos {})",
                    i + 1
                )));
            }
            None => slots.push(None),
        }
    }
    if left > 0 {
        for (i, p) in params.iter().enumerate().take(n) {
            if args.kw().any(|(k, _)| k == *p) {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{p}') and position ({})",
                    i + 1
                )));
            }
        }
        let bad = args
            .kw()
            .find(|(k, _)| !params.contains(k))
            .map_or("", |(k, _)| k);
        return Err(vm.type_error(format!(
            "'{bad}' is an invalid keyword argument for {name}()"
        )));
    }
    check_paths(vm, name, params, &slots)?;
    // The Python function takes the positional parameters by position and the
    // keyword-only ones by keyword: an absent one keeps its default.
    let mut all = Vec::with_capacity(slots.len());
    let mut kwnames = Vec::new();
    let mut by_position = true;
    for (i, v) in slots.into_iter().enumerate() {
        match v {
            Some(v) if by_position && i < maxpos => all.push(v),
            Some(v) => {
                all.push(v);
                kwnames.push(Value::str(params[i]));
            }
            None => by_position = false,
        }
    }
    Ok((all, kwnames))
}

/// posixmodule's `path_t` converter's error for a path argument (`path`, `src`, `dst`)
/// that is not a str, bytes or os.PathLike (an int, a descriptor, where the function
/// takes one; None where it means the current directory).
fn check_paths(vm: &Vm, name: &str, params: &[&str], slots: &[Option<Value>]) -> PyResult<()> {
    if name == "fspath" {
        // (Its own error: `expected str, bytes or os.PathLike object, not int`.)
        return Ok(());
    }
    let allow_fd = matches!(name, "stat" | "chmod" | "utime" | "listdir" | "scandir");
    let nullable = matches!(name, "listdir" | "scandir");
    for (p, v) in params.iter().zip(slots) {
        let (true, Some(v)) = (matches!(*p, "path" | "src" | "dst"), v) else {
            continue;
        };
        let ok = match v {
            Value::Str(_) | Value::Object(_) if is_path_like(vm, v) => true,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => allow_fd,
            Value::None => nullable,
            _ => false,
        };
        if !ok {
            let what = match (allow_fd, nullable) {
                (_, true) => "string, bytes, os.PathLike, integer or None",
                (true, false) => "string, bytes, os.PathLike or integer",
                _ => "string, bytes or os.PathLike",
            };
            return Err(vm.type_error(format!(
                "{name}: {p} should be {what}, not {}",
                vm.type_name(v)
            )));
        }
    }
    Ok(())
}

/// A str, bytes (or a subclass's instance) or an object whose class has `__fspath__`.
fn is_path_like(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Str(_) => true,
        _ => {
            crate::objects::bytes::as_bytes(v).is_some()
                || crate::builtins::str::str_payload(v).is_some()
                || vm.type_of(v).lookup_str("__fspath__").is_some()
        }
    }
}
