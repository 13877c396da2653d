//! `_metal_os`: the native half of `os` (the environment, the working directory,
//! directory listings, file kinds, random bytes). `os`, `posixpath` and `pathlib` are
//! Python, beside this file.

use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::{Layout, PyType};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const OS: &str = include_str!("os.py");
pub const POSIXPATH: &str = include_str!("posixpath.py");
pub const PATHLIB: &str = include_str!("pathlib.py");

pub fn init(_vm: &mut Vm, d: &PyDict) {
    let ty = PyType::new_builtin("_metal_os.File", Some(&_vm.types.object), Layout::Object);
    d.set_by_str("File", Value::Type(ty));
    crate::builtins::function(d, "file_open", file_open);
    crate::builtins::function(d, "file_read", file_read);
    crate::builtins::function(d, "file_write", file_write);
    crate::builtins::function(d, "file_seek", file_seek);
    crate::builtins::function(d, "file_close", file_close);
    crate::builtins::function(d, "file_truncate", file_truncate);
    crate::builtins::function(d, "remove", remove);
    crate::builtins::function(d, "mkdir", mkdir);
    crate::builtins::function(d, "rmdir", rmdir);
    crate::builtins::function(d, "rename", rename);
    crate::builtins::function(d, "stat", stat);
    crate::builtins::function(d, "environ", environ);
    crate::builtins::function(d, "getcwd", getcwd);
    crate::builtins::function(d, "listdir", listdir);
    crate::builtins::function(d, "kind", kind);
    crate::builtins::function(d, "urandom", urandom);
    crate::builtins::function(d, "getpid", getpid);
    crate::builtins::function(d, "open", fd_open);
    crate::builtins::function(d, "close", fd_close);
    crate::builtins::function(d, "read", fd_read);
    crate::builtins::function(d, "write", fd_write);
    crate::builtins::function(d, "lseek", fd_lseek);
    crate::builtins::function(d, "file_fromfd", file_fromfd);
    crate::builtins::function(d, "file_fileno", file_fileno);
    crate::builtins::function(d, "chmod", chmod);
    crate::builtins::function(d, "utime", utime);
    crate::builtins::function(d, "stat_full", stat_full);
    crate::builtins::function(d, "disk_usage", disk_usage);
    crate::builtins::function(d, "symlink", symlink);
    crate::builtins::function(d, "readlink", readlink);
    crate::builtins::function(d, "access", access);
    crate::builtins::function(d, "get_terminal_size", get_terminal_size);
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(vm.type_error(format!("{what}: expected str, got {}", vm.type_name(v)))),
    }
}

fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    io_error(vm, e, Some(path))
}

/// The OSError a system call's error `e` is (with the file name, for one).
pub fn io_error(vm: &Vm, e: &std::io::Error, path: Option<&str>) -> crate::vm::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
    errno_error(vm, errno as i64, &msg, path)
}

/// `OSError(errno, strerror[, filename])`: the subclass the errno names, with
/// `errno`, `strerror` and `filename` set, as the system calls' errors are in CPython.
pub fn errno_error(vm: &Vm, errno: i64, msg: &str, path: Option<&str>) -> crate::vm::PyErr {
    let mut args = vec![Value::Int(errno), Value::str(msg)];
    args.extend(path.map(Value::str));
    match crate::construct::new_exception_instance(vm, vm.exc_type("OSError"), args) {
        Value::Object(o) => crate::vm::PyErr(o),
        _ => unreachable!("an exception instance"),
    }
}

fn environ(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "environ", &args, 0, 0)?;
    let items = std::env::vars_os()
        .map(|(k, v)| {
            Value::tuple(vec![
                Value::str(&k.to_string_lossy()),
                Value::str(&v.to_string_lossy()),
            ])
        })
        .collect();
    Ok(Value::list(items))
}

fn getcwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "getcwd", &args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(&p.to_string_lossy())),
        Err(e) => Err(os_error(vm, &e, ".")),
    }
}

fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "listdir", &args, 1, 1)?;
    let path = str_arg(vm, &a[0], "listdir")?;
    let rd = std::fs::read_dir(&path).map_err(|e| os_error(vm, &e, &path))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, &path))?;
        names.push(Value::str(&entry.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

/// `kind(path, follow=True)` -> 0: nothing there, 1: a file, 2: a directory, 3: something
/// else, 4: a symbolic link (only with `follow` false: the link itself is looked at).
fn kind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "kind", &args, 1, 2)?;
    let path = str_arg(vm, &a[0], "kind")?;
    let follow = match a.get(1) {
        Some(f) => vm.truthy(f)?,
        None => true,
    };
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    Ok(Value::Int(match meta {
        Err(_) => 0,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(m) if m.file_type().is_symlink() => 4,
        Ok(_) => 3,
    }))
}

fn urandom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "urandom", &args, 1, 1)?;
    let n = crate::builtins::to_index(vm, &a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    fill_random(&mut buf).map_err(|e| os_error(vm, &e, "/dev/urandom"))?;
    Ok(crate::objects::bytes::new_bytes(vm, buf))
}

/// Fill `buf` from the kernel's random source: getrandom(2) (no file to open per
/// call), or /dev/urandom where the system call is missing.
pub fn fill_random(buf: &mut [u8]) -> std::io::Result<()> {
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: the kernel writes at most `rest.len()` bytes into `rest`.
        let got = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if got < 0 {
            let e = std::io::Error::last_os_error();
            match e.raw_os_error() {
                Some(libc::EINTR) => continue,
                Some(libc::ENOSYS) => {
                    return std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(rest))
                }
                _ => return Err(e),
            }
        }
        done += got as usize;
    }
    Ok(())
}

fn getpid(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "getpid", &args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

/// An open file: `None` once closed.
struct FileHandle(RefCell<Option<std::fs::File>>);

fn with_file<R>(
    vm: &Vm,
    v: &Value,
    f: impl FnOnce(&mut std::fs::File) -> std::io::Result<R>,
) -> PyResult<R> {
    if let Value::Object(o) = v {
        if let Payload::Native(b) = &o.payload {
            if let Some(h) = b.downcast_ref::<FileHandle>() {
                let mut g = h.0.borrow_mut();
                let Some(file) = g.as_mut() else {
                    return Err(vm.value_error("I/O operation on closed file."));
                };
                return f(file).map_err(|e| {
                    let errno = e.raw_os_error().unwrap_or(0);
                    let msg = e.to_string();
                    let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
                    errno_error(vm, errno as i64, &msg, None)
                });
            }
        }
    }
    Err(vm.type_error("expected a _metal_os.File"))
}

/// `file_open(path, mode, File)`: mode is one of r, w, a, x, optionally with '+'.
fn file_open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "file_open", &args, 3, 3)?;
    let path = str_arg(vm, &a[0], "open")?;
    let mode = str_arg(vm, &a[1], "open")?;
    let Value::Type(ty) = &a[2] else {
        return Err(vm.type_error("expected the File type"));
    };
    let plus = mode.contains('+');
    let mut o = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = o.open(&path).map_err(|e| os_error(vm, &e, &path))?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(errno_error(vm, 21, "Is a directory", Some(&path)));
    }
    let h = FileHandle(RefCell::new(Some(file)));
    Ok(Value::Object(PyObject::new(
        ty.clone(),
        Payload::Native(Box::new(h) as Box<dyn std::any::Any>),
    )))
}

/// `file_read(handle, n)`: up to n bytes (n < 0: to the end).
fn file_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "file_read", &args, 2, 2)?;
    let n = crate::builtins::to_index(vm, &a[1])?;
    let buf = with_file(vm, &a[0], |f| {
        let mut buf = Vec::new();
        if n < 0 {
            f.read_to_end(&mut buf)?;
        } else {
            Read::by_ref(f).take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?;
    Ok(crate::objects::bytes::new_bytes(vm, buf))
}

fn file_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "file_write", &args, 2, 2)?;
    let Some(data) = crate::objects::bytes::buffer_bytes(vm, &a[1])? else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a[1])
        )));
    };
    with_file(vm, &a[0], |f| f.write_all(&data))?;
    Ok(Value::from_usize(data.len()))
}

/// `file_seek(handle, offset, whence)` → the new position.
fn file_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "file_seek", &args, 3, 3)?;
    let off = crate::builtins::to_index(vm, &a[1])? as i64;
    let whence = crate::builtins::to_index(vm, &a[2])?;
    let pos = match whence {
        0 => SeekFrom::Start(off.max(0) as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let p = with_file(vm, &a[0], |f| f.seek(pos))?;
    Ok(Value::Int(p as i64))
}

fn file_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "file_truncate", &args, 2, 2)?;
    let size = crate::builtins::to_index(vm, &a[1])?.max(0) as u64;
    with_file(vm, &a[0], |f| f.set_len(size))?;
    Ok(Value::Int(size as i64))
}

/// `file_close(handle[, closefd])`: with closefd false the descriptor stays open.
fn file_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::io::IntoRawFd;
    let a = crate::builtins::pos_args(vm, "file_close", &args, 1, 2)?;
    let closefd = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if let Value::Object(o) = &a[0] {
        if let Payload::Native(b) = &o.payload {
            if let Some(h) = b.downcast_ref::<FileHandle>() {
                let file = h.0.borrow_mut().take();
                if let (Some(f), false) = (file, closefd) {
                    // The caller keeps the descriptor open (closefd=False).
                    let _ = f.into_raw_fd();
                }
                return Ok(Value::None);
            }
        }
    }
    Err(vm.type_error("expected a _metal_os.File"))
}

fn path_op(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    op: impl FnOnce(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, name, args, 1, 1)?;
    let path = str_arg(vm, &a[0], name)?;
    op(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    path_op(vm, &args, "remove", |p| std::fs::remove_file(p))
}

/// `mkdir(path[, mode])`: the mode is masked by the umask, as mkdir(2) does.
fn mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let a = crate::builtins::pos_args(vm, "mkdir", &args, 1, 2)?;
    let path = str_arg(vm, &a[0], "mkdir")?;
    let mode = match a.get(1) {
        Some(m) => crate::builtins::to_index(vm, m)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&path)
        .map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    path_op(vm, &args, "rmdir", |p| std::fs::remove_dir(p))
}

fn rename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "rename", &args, 2, 2)?;
    let src = str_arg(vm, &a[0], "rename")?;
    let dst = str_arg(vm, &a[1], "rename")?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(vm, &e, &src))?;
    Ok(Value::None)
}

/// `stat(path)` → (size, mtime as float seconds, mode bits).
fn stat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let a = crate::builtins::pos_args(vm, "stat", &args, 1, 1)?;
    let path = str_arg(vm, &a[0], "stat")?;
    let m = std::fs::metadata(&path).map_err(|e| os_error(vm, &e, &path))?;
    let mtime = m.mtime() as f64 + m.mtime_nsec() as f64 / 1e9;
    Ok(Value::tuple(vec![
        Value::Int(m.size() as i64),
        Value::Float(mtime),
        Value::Int(m.mode() as i64),
    ]))
}

/// The OSError of the last failed C library call.
fn last_error(vm: &Vm, path: Option<&str>) -> crate::vm::PyErr {
    io_error(vm, &std::io::Error::last_os_error(), path)
}

fn c_path(vm: &Vm, path: &str) -> PyResult<std::ffi::CString> {
    std::ffi::CString::new(path).map_err(|_| vm.value_error("embedded null byte"))
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let fd = crate::builtins::to_index(vm, v)?;
    i32::try_from(fd).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

/// `open(path, flags, mode)` → a file descriptor, as os.open.
fn fd_open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "open", &args, 3, 3)?;
    let path = str_arg(vm, &a[0], "open")?;
    let flags = crate::builtins::to_index(vm, &a[1])? as i32;
    let mode = crate::builtins::to_index(vm, &a[2])? as libc::c_uint;
    let c = c_path(vm, &path)?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(last_error(vm, Some(&path)));
    }
    Ok(Value::Int(fd as i64))
}

fn fd_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "close", &args, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: closing a descriptor number has no memory effects; a bad one is EBADF.
    if unsafe { libc::close(fd) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

/// `read(fd, n)` → up to n bytes.
fn fd_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "read", &args, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = crate::builtins::to_index(vm, &a[1])?;
    if n < 0 {
        return Err(errno_error(
            vm,
            libc::EINVAL as i64,
            "Invalid argument",
            None,
        ));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: the kernel writes at most `buf.len()` bytes into `buf`.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        return Err(last_error(vm, None));
    }
    buf.truncate(got as usize);
    Ok(crate::objects::bytes::new_bytes(vm, buf))
}

/// `write(fd, data)` → the number of bytes written.
fn fd_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "write", &args, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let Some(data) = crate::objects::bytes::buffer_bytes(vm, &a[1])? else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a[1])
        )));
    };
    // SAFETY: the kernel reads at most `data.len()` bytes from `data`.
    let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if n < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(n as i64))
}

/// `lseek(fd, pos, how)` → the new position.
fn fd_lseek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "lseek", &args, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = crate::builtins::to_index(vm, &a[1])? as libc::off_t;
    let how = crate::builtins::to_index(vm, &a[2])? as i32;
    // SAFETY: moving a descriptor's offset has no memory effects.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(r as i64))
}

/// `file_fromfd(fd, File)`: a file object over an open descriptor (it owns it).
fn file_fromfd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::io::FromRawFd;
    let a = crate::builtins::pos_args(vm, "file_fromfd", &args, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let Value::Type(ty) = &a[1] else {
        return Err(vm.type_error("expected the File type"));
    };
    // SAFETY: fstat only writes into `st`; it checks that `fd` is open before we own it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(last_error(vm, None));
    }
    if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
        return Err(errno_error(vm, 21, "Is a directory", None));
    }
    // SAFETY: the descriptor is open (fstat succeeded); the File owns it from here and
    // file_close gives it back without closing when the caller asked for closefd=False.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    let h = FileHandle(RefCell::new(Some(file)));
    Ok(Value::Object(PyObject::new(
        ty.clone(),
        Payload::Native(Box::new(h) as Box<dyn std::any::Any>),
    )))
}

fn file_fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::io::AsRawFd;
    let a = crate::builtins::pos_args(vm, "file_fileno", &args, 1, 1)?;
    let fd = with_file(vm, &a[0], |f| Ok(f.as_raw_fd()))?;
    Ok(Value::Int(fd as i64))
}

fn chmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "chmod", &args, 2, 2)?;
    let path = str_arg(vm, &a[0], "chmod")?;
    let mode = crate::builtins::to_index(vm, &a[1])? as libc::mode_t;
    let c = c_path(vm, &path)?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    if unsafe { libc::chmod(c.as_ptr(), mode) } < 0 {
        return Err(last_error(vm, Some(&path)));
    }
    Ok(Value::None)
}

/// `utime(path, atime_ns, mtime_ns, follow)`; None: now. Without `follow`, a
/// symbolic link's own times.
fn utime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "utime", &args, 4, 4)?;
    let flags = if vm.truthy(&a[3])? {
        0
    } else {
        libc::AT_SYMLINK_NOFOLLOW
    };
    let path = str_arg(vm, &a[0], "utime")?;
    let c = c_path(vm, &path)?;
    let mut ts = [libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    }; 2];
    for (i, v) in a[1..3].iter().enumerate() {
        if !matches!(v, Value::None) {
            let ns = crate::builtins::to_index(vm, v)? as i64;
            ts[i] = libc::timespec {
                tv_sec: ns.div_euclid(1_000_000_000),
                tv_nsec: ns.rem_euclid(1_000_000_000),
            };
        }
    }
    // SAFETY: `c` is NUL-terminated and `ts` holds the two timespecs utimensat reads.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) } < 0 {
        return Err(last_error(vm, Some(&path)));
    }
    Ok(Value::None)
}

/// `stat_full(path, follow)` → (mode, ino, dev, nlink, uid, gid, size, atime_ns,
/// mtime_ns, ctime_ns, blocks, blksize, rdev).
fn stat_full(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let a = crate::builtins::pos_args(vm, "stat_full", &args, 2, 2)?;
    let path = str_arg(vm, &a[0], "stat")?;
    let m = if vm.truthy(&a[1])? {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    }
    .map_err(|e| os_error(vm, &e, &path))?;
    let ns = |s: i64, n: i64| Value::Int(s * 1_000_000_000 + n);
    Ok(Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        Value::Int(m.blocks() as i64),
        Value::Int(m.blksize() as i64),
        Value::Int(m.rdev() as i64),
    ]))
}

/// `statvfs(path)` → (total, used, free) bytes, as shutil.disk_usage computes them.
fn disk_usage(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "disk_usage", &args, 1, 1)?;
    let path = str_arg(vm, &a[0], "disk_usage")?;
    let c = c_path(vm, &path)?;
    // SAFETY: statvfs writes only into `st`; `c` is NUL-terminated.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } < 0 {
        return Err(last_error(vm, Some(&path)));
    }
    let fr = st.f_frsize as i64;
    let total = st.f_blocks as i64 * fr;
    let free = st.f_bavail as i64 * fr;
    let used = (st.f_blocks as i64 - st.f_bfree as i64) * fr;
    Ok(Value::tuple(vec![
        Value::Int(total),
        Value::Int(used),
        Value::Int(free),
    ]))
}

fn symlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "symlink", &args, 2, 2)?;
    let src = str_arg(vm, &a[0], "symlink")?;
    let dst = str_arg(vm, &a[1], "symlink")?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(vm, &e, &src))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "readlink", &args, 1, 1)?;
    let path = str_arg(vm, &a[0], "readlink")?;
    let target = std::fs::read_link(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::str(&target.to_string_lossy()))
}

/// `access(path, mode)` → whether the real user may (F_OK 0, R_OK 4, W_OK 2, X_OK 1).
fn access(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "access", &args, 2, 2)?;
    let path = str_arg(vm, &a[0], "access")?;
    let mode = crate::builtins::to_index(vm, &a[1])? as i32;
    let c = c_path(vm, &path)?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    Ok(Value::Bool(crate::value::PyBool(
        unsafe { libc::access(c.as_ptr(), mode) } == 0,
    )))
}

/// `get_terminal_size(fd)` → (columns, lines) of the terminal on fd.
fn get_terminal_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "get_terminal_size", &args, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: TIOCGWINSZ writes one winsize into `ws`.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::tuple(vec![
        Value::Int(ws.ws_col as i64),
        Value::Int(ws.ws_row as i64),
    ]))
}
