//! `memoryview`: views over the bytes of `bytes` and `bytearray` objects (and over
//! other views), as CPython 3.11's: items of a native struct format (`cast`), any
//! number of dimensions with their shape and strides, slices sharing the buffer,
//! writes through to a bytearray, `release()` and the context manager.
//!
//! The views of one `memoryview(obj)` call share a [`ManagedBuffer`] (CPython's
//! `_PyManagedBufferObject`): while one of them is unreleased, a bytearray under it is
//! exported and cannot change its length (`ByteArrayBuf::check_resizable`). Not here:
//! multi-dimensional sub-views and slicing (CPython's NotImplementedError too), formats
//! beyond the native single characters (CPython reads them with `struct`), the
//! view's own exports.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::builtins::method;
use crate::objects::function::Args;
use crate::objects::iter::{IterState, NativeIter};
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The exported bytes of one object, shared by the views made from it.
pub struct ManagedBuffer {
    /// The object as the view was made of it (`mv.obj`).
    obj: Value,
    source: Source,
}

enum Source {
    Bytes(Rc<[u8]>),
    /// The object whose payload is the bytearray (a subclass's inner one).
    ByteArray(Rc<PyObject>),
}

impl Drop for ManagedBuffer {
    fn drop(&mut self) {
        if let Source::ByteArray(o) = &self.source {
            if let Payload::ByteArray(b) = &o.payload {
                b.remove_export();
            }
        }
    }
}

impl ManagedBuffer {
    fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.source {
            Source::Bytes(b) => f(b),
            Source::ByteArray(o) => match &o.payload {
                Payload::ByteArray(b) => f(&b.borrow()),
                _ => f(&[]),
            },
        }
    }
}

/// A memoryview's fields (`Payload::MemoryView`).
pub struct MemoryView {
    /// None once released.
    mbuf: RefCell<Option<Rc<ManagedBuffer>>>,
    readonly: bool,
    /// As given to `cast` (`'@h'` keeps its `@`).
    format: Rc<str>,
    /// The format's character.
    code: u8,
    itemsize: usize,
    /// Byte offset of the first item.
    offset: isize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    hash: Cell<Option<i64>>,
}

impl MemoryView {
    /// What the view holds, for the cycle collector: the exporting object, by the view
    /// that is its buffer's sole owner (views made from one another share the buffer).
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        let Ok(mbuf) = self.mbuf.try_borrow() else {
            return;
        };
        if let Some(mb) = mbuf.as_ref().filter(|mb| Rc::strong_count(mb) == 1) {
            f(&mb.obj);
            if let Source::ByteArray(o) = &mb.source {
                f(&Value::Object(o.clone()));
            }
        }
    }

    fn buffer(&self, vm: &Vm) -> PyResult<Rc<ManagedBuffer>> {
        self.mbuf.borrow().clone().ok_or_else(|| released(vm))
    }

    fn ndim(&self) -> usize {
        self.shape.len()
    }

    fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    /// A view of the same buffer with other fields.
    fn derive(&self, vm: &Vm) -> PyResult<MemoryView> {
        Ok(MemoryView {
            mbuf: RefCell::new(Some(self.buffer(vm)?)),
            readonly: self.readonly,
            format: self.format.clone(),
            code: self.code,
            itemsize: self.itemsize,
            offset: self.offset,
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            hash: Cell::new(None),
        })
    }

    /// The byte offsets of the items, in C order (the last index varying fastest) or,
    /// `fortran`, the first fastest.
    fn offsets(&self, fortran: bool) -> Vec<isize> {
        let mut out = vec![self.offset];
        let dims: Vec<usize> = if fortran {
            (0..self.ndim()).rev().collect()
        } else {
            (0..self.ndim()).collect()
        };
        for d in dims {
            let mut next = Vec::with_capacity(out.len() * self.shape[d]);
            for &base in &out {
                for i in 0..self.shape[d] {
                    next.push(base + i as isize * self.strides[d]);
                }
            }
            out = next;
        }
        out
    }

    /// The items' bytes in C order (`tobytes()`).
    fn bytes(&self, vm: &Vm, fortran: bool) -> PyResult<Vec<u8>> {
        let mbuf = self.buffer(vm)?;
        let offs = self.offsets(fortran);
        let n = self.itemsize;
        Ok(mbuf.read(|buf| {
            let mut out = Vec::with_capacity(offs.len() * n);
            for o in offs {
                out.extend_from_slice(item_at(buf, o, n));
            }
            out
        }))
    }

    /// CPython's flags: a one-dimensional view is contiguous when its stride is its
    /// itemsize or it has one item (an empty one with another stride is not).
    fn contiguous_1d(&self) -> Option<bool> {
        match self.ndim() {
            0 => Some(true),
            1 => Some(self.shape[0] == 1 || self.strides[0] == self.itemsize as isize),
            _ => None,
        }
    }

    fn c_contiguous(&self) -> bool {
        if let Some(c) = self.contiguous_1d() {
            return c;
        }
        if self.nitems() == 0 {
            return true;
        }
        let mut sd = self.itemsize as isize;
        for d in (0..self.ndim()).rev() {
            if self.shape[d] > 1 && self.strides[d] != sd {
                return false;
            }
            sd *= self.shape[d] as isize;
        }
        true
    }

    fn f_contiguous(&self) -> bool {
        if let Some(c) = self.contiguous_1d() {
            return c;
        }
        if self.nitems() == 0 {
            return true;
        }
        let mut sd = self.itemsize as isize;
        for d in 0..self.ndim() {
            if self.shape[d] > 1 && self.strides[d] != sd {
                return false;
            }
            sd *= self.shape[d] as isize;
        }
        true
    }
}

fn item_at(buf: &[u8], off: isize, n: usize) -> &[u8] {
    let start = off.max(0) as usize;
    buf.get(start..start + n).unwrap_or(&[])
}

fn released(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    crate::builtins::staticmethod(&t, "__new__", new_m);
    method(
        &t,
        "__getattribute__",
        crate::builtins::slots::generic_getattribute,
    );
    method(&t, "__repr__", repr_m);
    method(&t, "__hash__", hash_m);
    method(&t, "__eq__", eq_m);
    method(&t, "__ne__", ne_m);
    method(&t, "__lt__", not_implemented);
    method(&t, "__le__", not_implemented);
    method(&t, "__gt__", not_implemented);
    method(&t, "__ge__", not_implemented);
    method(&t, "__iter__", iter_m);
    method(&t, "__len__", len_m);
    method(&t, "__getitem__", getitem_m);
    method(&t, "__setitem__", setitem_m);
    method(&t, "__delitem__", delitem_m);
    method(&t, "release", release);
    method(&t, "tobytes", tobytes);
    method(&t, "hex", hex);
    method(&t, "tolist", tolist);
    method(&t, "cast", cast);
    method(&t, "toreadonly", toreadonly);
    method(&t, "__enter__", enter);
    method(&t, "__exit__", exit);
}

/// The view a value is, if it is one.
pub fn as_view(v: &Value) -> Option<&MemoryView> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::MemoryView(m) => Some(m),
            _ => None,
        },
        _ => None,
    }
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryView> {
    as_view(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

fn make(vm: &Vm, m: MemoryView) -> Value {
    Value::Object(PyObject::new(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(m)),
    ))
}

/// A fresh one-dimensional byte view of a bytes-like object (None: not one).
fn view_of(vm: &Vm, v: &Value) -> PyResult<Option<MemoryView>> {
    if let Some(m) = as_view(v) {
        return m.derive(vm).map(Some);
    }
    let inner = crate::ops::unwrap_builtin(v).unwrap_or_else(|| v.clone());
    let Value::Object(o) = &inner else {
        return Ok(None);
    };
    let (source, len, readonly) = match &o.payload {
        Payload::Bytes(b) => (Source::Bytes(b.clone()), b.len(), true),
        Payload::ByteArray(b) => {
            b.add_export();
            (Source::ByteArray(o.clone()), b.borrow().len(), false)
        }
        _ => return Ok(None),
    };
    let mbuf = Rc::new(ManagedBuffer {
        obj: v.clone(),
        source,
    });
    Ok(Some(MemoryView {
        mbuf: RefCell::new(Some(mbuf)),
        readonly,
        format: Rc::from("B"),
        code: b'B',
        itemsize: 1,
        offset: 0,
        shape: vec![len],
        strides: vec![1],
        hash: Cell::new(None),
    }))
}

/// The contents of a memoryview as bytes (C order), for the consumers of bytes-like
/// objects (`objects::bytes::buffer_bytes`); None for other objects.
pub fn view_bytes(vm: &Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    match as_view(v) {
        Some(m) => m.bytes(vm, false).map(Some),
        None => Ok(None),
    }
}

fn new_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.memoryview.clone();
    crate::builtins::misc::own_new(vm, t, args)
}

/// `memoryview(object)`.
pub fn memoryview_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() + args.kw().count() > 1 {
        return Err(vm.type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            p.len() + args.kw().count()
        )));
    }
    let Some(obj) = p.first().or_else(|| args.get_kw("object")).cloned() else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some((k, _)) = args.kw().find(|(k, _)| *k != "object") {
        return Err(vm.type_error(format!(
            "memoryview() got an unexpected keyword argument '{k}'"
        )));
    }
    match view_of(vm, &obj)? {
        Some(m) => Ok(make(vm, m)),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&obj)
        ))),
    }
}

// ---- items -------------------------------------------------------------------------

/// The size of a native single-character struct format (`'@'` prefix allowed).
fn native_format(f: &str) -> Option<(u8, usize)> {
    let f = f.strip_prefix('@').unwrap_or(f);
    let [c] = f.as_bytes() else { return None };
    let size = match c {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    };
    Some((*c, size))
}

fn is_byte_format(c: u8) -> bool {
    matches!(c, b'b' | b'B' | b'c')
}

/// An unpacked item, compared as CPython's `unpack_cmp` compares them.
#[derive(Clone, Copy)]
enum Scalar {
    Int(i128),
    Float(f64),
    Bool(bool),
    Char(u8),
}

fn unpack(code: u8, b: &[u8]) -> Scalar {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    let u = u64::from_le_bytes(w);
    match code {
        b'b' => Scalar::Int(u as u8 as i8 as i128),
        b'B' => Scalar::Int(u as u8 as i128),
        b'h' => Scalar::Int(u as u16 as i16 as i128),
        b'H' => Scalar::Int(u as u16 as i128),
        b'i' => Scalar::Int(u as u32 as i32 as i128),
        b'I' => Scalar::Int(u as u32 as i128),
        b'l' | b'q' | b'n' => Scalar::Int(u as i64 as i128),
        b'L' | b'Q' | b'N' | b'P' => Scalar::Int(u as i128),
        b'f' => Scalar::Float(f32::from_bits(u as u32) as f64),
        b'd' => Scalar::Float(f64::from_bits(u)),
        b'?' => Scalar::Bool(u as u8 != 0),
        _ => Scalar::Char(u as u8),
    }
}

fn scalar_value(vm: &Vm, s: Scalar) -> Value {
    match s {
        Scalar::Int(i) => Value::from_i128(i),
        Scalar::Float(f) => Value::Float(f),
        Scalar::Bool(b) => Value::bool(b),
        Scalar::Char(c) => crate::objects::bytes::new_bytes(vm, vec![c]),
    }
}

fn scalar_eq(a: Scalar, b: Scalar) -> bool {
    let num = |s: Scalar| match s {
        Scalar::Int(i) => Some(i as f64),
        Scalar::Bool(b) => Some(b as i64 as f64),
        Scalar::Float(f) => Some(f),
        Scalar::Char(_) => None,
    };
    match (a, b) {
        (Scalar::Char(x), Scalar::Char(y)) => x == y,
        (Scalar::Int(x), Scalar::Int(y)) => x == y,
        (Scalar::Char(_), _) | (_, Scalar::Char(_)) => false,
        _ => num(a) == num(b),
    }
}

/// The bytes of `v` as an item of format `code` (CPython's `pack_single`).
fn pack(vm: &mut Vm, code: u8, itemsize: usize, v: &Value) -> PyResult<Vec<u8>> {
    let fmt = code as char;
    let invalid_type =
        |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let invalid_value =
        |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{fmt}'"));
    let bits: u64 = match code {
        b'c' => {
            let inner = crate::ops::unwrap_builtin(v).unwrap_or_else(|| v.clone());
            match &inner {
                Value::Object(o) => match &o.payload {
                    Payload::Bytes(b) if b.len() == 1 => b[0] as u64,
                    Payload::Bytes(_) => return Err(invalid_value(vm)),
                    _ => return Err(invalid_type(vm)),
                },
                _ => return Err(invalid_type(vm)),
            }
        }
        b'?' => vm.truthy(v)? as u64,
        b'f' | b'd' => {
            let Ok(f) = crate::stdlib::struct_::float_value(vm, v) else {
                return Err(invalid_type(vm));
            };
            match code {
                b'f' => (f as f32).to_bits() as u64,
                b'd' => f.to_bits(),
                _ => unreachable!("a float format"),
            }
        }
        _ => {
            let i: i128 = match crate::objects::int::as_int(v) {
                Some(crate::objects::int::IntRef::Small(i)) => i as i128,
                Some(crate::objects::int::IntRef::Big(_)) => return Err(invalid_value(vm)),
                None => match crate::dunder::index(vm, v)? {
                    Some(i) => i,
                    None => return Err(invalid_type(vm)),
                },
            };
            let (lo, hi): (i128, i128) = match code {
                b'b' => (-128, 127),
                b'B' => (0, 255),
                b'h' => (i16::MIN as i128, i16::MAX as i128),
                b'H' => (0, u16::MAX as i128),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            if i < lo || i > hi {
                return Err(invalid_value(vm));
            }
            i as u64
        }
    };
    Ok(bits.to_le_bytes()[..itemsize].to_vec())
}

// ---- indexing ------------------------------------------------------------------------

fn is_index(vm: &mut Vm, v: &Value) -> bool {
    crate::objects::int::as_int(v).is_some()
        || (matches!(v, Value::Object(_))
            && crate::dunder::user_special(vm, v, "__index__").is_some())
}

/// The byte offset of item `index` along dimension `dim` from `base`.
fn lookup(vm: &mut Vm, m: &MemoryView, base: isize, dim: usize, index: &Value) -> PyResult<isize> {
    let i = crate::builtins::to_index(vm, index)?;
    let n = m.shape[dim] as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(base + i as isize * m.strides[dim])
}

/// The byte offset of the item a tuple of indices names (as many as dimensions).
fn lookup_tuple(vm: &mut Vm, m: &MemoryView, key: &[Value]) -> PyResult<isize> {
    if key.len() < m.ndim() {
        return Err(vm.new_error("NotImplementedError", "sub-views are not implemented"));
    }
    if key.len() > m.ndim() {
        return Err(vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            m.ndim(),
            key.len()
        )));
    }
    let mut at = m.offset;
    for (d, k) in key.iter().enumerate() {
        at = lookup(vm, m, at, d, k)?;
    }
    Ok(at)
}

fn read_item(vm: &Vm, m: &MemoryView, at: isize) -> PyResult<Value> {
    let mbuf = m.buffer(vm)?;
    let s = mbuf.read(|buf| unpack(m.code, item_at(buf, at, m.itemsize)));
    Ok(scalar_value(vm, s))
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    }
}

/// `m[key]`.
pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let m = this(vm, obj)?;
    m.buffer(vm)?;
    if m.ndim() == 0 {
        return match key {
            Value::Ellipsis => Ok(obj.clone()),
            Value::Tuple(t) if t.items.is_empty() => read_item(vm, m, m.offset),
            _ => Err(vm.type_error("invalid indexing of 0-dim memory")),
        };
    }
    if is_index(vm, key) {
        if m.ndim() > 1 {
            return Err(vm.new_error(
                "NotImplementedError",
                "multi-dimensional sub-views are not implemented",
            ));
        }
        let at = lookup(vm, m, m.offset, 0, key)?;
        return read_item(vm, m, at);
    }
    if crate::objects::range::as_slice(key).is_some() {
        let (start, _stop, step, n) = crate::objects::range::slice_indices(vm, key, m.shape[0])?;
        let mut v = m.derive(vm)?;
        v.offset += start as isize * m.strides[0];
        v.shape[0] = n;
        v.strides[0] *= step as isize;
        return Ok(make(vm, v));
    }
    if let Some(items) = tuple_items(key) {
        if items.iter().all(|k| is_index(vm, k)) {
            let at = lookup_tuple(vm, m, &items)?;
            return read_item(vm, m, at);
        }
        if items
            .iter()
            .all(|k| crate::objects::range::as_slice(k).is_some())
        {
            return Err(vm.new_error(
                "NotImplementedError",
                "multi-dimensional slicing is not implemented",
            ));
        }
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

fn write_bytes(vm: &Vm, m: &MemoryView, writes: &[(isize, Vec<u8>)]) -> PyResult<()> {
    let mbuf = m.buffer(vm)?;
    if let Source::ByteArray(o) = &mbuf.source {
        if let Payload::ByteArray(b) = &o.payload {
            let mut buf = b.borrow_mut();
            for (at, bytes) in writes {
                let start = (*at).max(0) as usize;
                if let Some(dst) = buf.get_mut(start..start + bytes.len()) {
                    dst.copy_from_slice(bytes);
                }
            }
        }
    }
    Ok(())
}

/// `m[key] = v`.
pub fn setitem(vm: &mut Vm, m: &MemoryView, key: &Value, v: Value) -> PyResult<()> {
    m.buffer(vm)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if m.ndim() == 0 {
        return match key {
            Value::Ellipsis => {
                let b = pack(vm, m.code, m.itemsize, &v)?;
                write_bytes(vm, m, &[(m.offset, b)])
            }
            Value::Tuple(t) if t.items.is_empty() => {
                let b = pack(vm, m.code, m.itemsize, &v)?;
                write_bytes(vm, m, &[(m.offset, b)])
            }
            _ => Err(vm.type_error("invalid indexing of 0-dim memory")),
        };
    }
    if is_index(vm, key) {
        if m.ndim() > 1 {
            return Err(vm.new_error("NotImplementedError", "sub-views are not implemented"));
        }
        let at = lookup(vm, m, m.offset, 0, key)?;
        let b = pack(vm, m.code, m.itemsize, &v)?;
        return write_bytes(vm, m, &[(at, b)]);
    }
    let is_slice = crate::objects::range::as_slice(key).is_some();
    if is_slice && m.ndim() == 1 {
        let Some(src) = view_of(vm, &v)? else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&v)
            )));
        };
        let (start, _stop, step, n) = crate::objects::range::slice_indices(vm, key, m.shape[0])?;
        let strip = |f: &str| f.strip_prefix('@').unwrap_or(f).to_string();
        if strip(&m.format) != strip(&src.format) || m.itemsize != src.itemsize || src.shape != [n]
        {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let data = src.bytes(vm, false)?;
        drop(src);
        let writes: Vec<(isize, Vec<u8>)> = data
            .chunks(m.itemsize.max(1))
            .enumerate()
            .map(|(i, b)| {
                let at = m.offset + (start as isize + i as isize * step as isize) * m.strides[0];
                (at, b.to_vec())
            })
            .collect();
        return write_bytes(vm, m, &writes);
    }
    if let Some(items) = tuple_items(key) {
        if items.iter().all(|k| is_index(vm, k)) {
            let at = lookup_tuple(vm, m, &items)?;
            let b = pack(vm, m.code, m.itemsize, &v)?;
            return write_bytes(vm, m, &[(at, b)]);
        }
        if items
            .iter()
            .all(|k| crate::objects::range::as_slice(k).is_some())
        {
            return Err(slice_assign_ndim(vm));
        }
    }
    if is_slice {
        return Err(slice_assign_ndim(vm));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

fn slice_assign_ndim(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error(
        "NotImplementedError",
        "memoryview slice assignments are currently restricted to ndim = 1",
    )
}

/// `del m[key]`.
pub fn delitem(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    let m = this(vm, obj)?;
    m.buffer(vm)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

// ---- methods -------------------------------------------------------------------------

fn one<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<&'a MemoryView> {
    let (s, _) = crate::builtins::method_args(vm, name, args, 0, 0)?;
    this(vm, s)
}

fn not_implemented(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `repr(m)`.
pub fn repr(m: &MemoryView, v: &Value) -> String {
    let what = if m.mbuf.borrow().is_some() {
        "memory"
    } else {
        "released memory"
    };
    format!("<{what} at {:#x}>", v.id())
}

fn repr_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__repr__", &args, 0, 0)?;
    let m = this(vm, s)?;
    Ok(Value::from_string(repr(m, s)))
}

fn hash_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = one(vm, "__hash__", &args)?;
    hash(vm, m).map(Value::Int)
}

/// `hash(m)`: a read-only byte view's hash is its bytes'.
pub fn hash(vm: &mut Vm, m: &MemoryView) -> PyResult<i64> {
    if let Some(h) = m.hash.get() {
        return Ok(h);
    }
    let mbuf = m.buffer(vm)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.code) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    vm.hash(&mbuf.obj)?;
    let data = m.bytes(vm, false)?;
    let h = vm.hash(&crate::objects::bytes::new_bytes(vm, data))?;
    m.hash.set(Some(h));
    Ok(h)
}

/// `a == b` and `a != b` when either is a memoryview (None: not for them to answer).
pub fn compare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: metal_compiler::bytecode::CmpOp,
) -> PyResult<Option<bool>> {
    use metal_compiler::bytecode::CmpOp;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let r = match (as_view(a), as_view(b)) {
        (Some(m), _) => equal(vm, a, m, b)?,
        (None, Some(m)) => equal(vm, b, m, a)?,
        _ => return Ok(None),
    };
    Ok(r.map(|e| e == (op == CmpOp::Eq)))
}

/// `m == other`: equal shapes and equal items, unpacked by each side's format.
fn equal(vm: &Vm, s: &Value, m: &MemoryView, other: &Value) -> PyResult<Option<bool>> {
    if m.mbuf.borrow().is_none() {
        return Ok(Some(s.is(other)));
    }
    if let Some(o) = as_view(other) {
        if o.mbuf.borrow().is_none() {
            return Ok(Some(s.is(other)));
        }
    }
    let Some(w) = view_of(vm, other)? else {
        return Ok(None);
    };
    if m.shape != w.shape {
        return Ok(Some(false));
    }
    let (ma, wa) = (m.buffer(vm)?, w.buffer(vm)?);
    let (mo, wo) = (m.offsets(false), w.offsets(false));
    let xs: Vec<Scalar> = ma.read(|b| {
        mo.iter()
            .map(|&o| unpack(m.code, item_at(b, o, m.itemsize)))
            .collect()
    });
    let ys: Vec<Scalar> = wa.read(|b| {
        wo.iter()
            .map(|&o| unpack(w.code, item_at(b, o, w.itemsize)))
            .collect()
    });
    Ok(Some(xs.iter().zip(&ys).all(|(&x, &y)| scalar_eq(x, y))))
}

fn eq_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = crate::builtins::method_args(vm, "__eq__", &args, 1, 1)?;
    let m = this(vm, s)?;
    Ok(match equal(vm, s, m, &a[0])? {
        Some(b) => Value::bool(b),
        None => Value::NotImplemented,
    })
}

fn ne_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = crate::builtins::method_args(vm, "__ne__", &args, 1, 1)?;
    let m = this(vm, s)?;
    Ok(match equal(vm, s, m, &a[0])? {
        Some(b) => Value::bool(!b),
        None => Value::NotImplemented,
    })
}

fn len_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = one(vm, "__len__", &args)?;
    len(vm, m).map(|n| Value::Int(n as i64))
}

/// `len(m)`: the first dimension's (1 for a zero-dimensional view).
pub fn len(vm: &Vm, m: &MemoryView) -> PyResult<usize> {
    m.buffer(vm)?;
    Ok(m.shape.first().copied().unwrap_or(1))
}

fn getitem_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = crate::builtins::method_args(vm, "__getitem__", &args, 1, 1)?;
    getitem(vm, s, &a[0])
}

fn setitem_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = crate::builtins::method_args(vm, "__setitem__", &args, 2, 2)?;
    let m = this(vm, s)?;
    setitem(vm, m, &a[0], a[1].clone())?;
    Ok(Value::None)
}

fn delitem_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__delitem__", &args, 1, 1)?;
    delitem(vm, s)?;
    Ok(Value::None)
}

fn release(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = one(vm, "release", &args)?;
    let old = m.mbuf.borrow_mut().take();
    drop(old);
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__enter__", &args, 0, 0)?;
    this(vm, s)?.buffer(vm)?;
    Ok(s.clone())
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__exit__", &args, 0, usize::MAX)?;
    let m = this(vm, s)?;
    let old = m.mbuf.borrow_mut().take();
    drop(old);
    Ok(Value::None)
}

fn order_arg(vm: &mut Vm, args: &Args<'_>, pos: &[Value]) -> PyResult<bool> {
    let v = pos.first().or_else(|| args.get_kw("order"));
    match v {
        None | Some(Value::None) => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "C" | "A" => Ok(false),
            "F" => Ok(true),
            _ => Err(vm.value_error("order must be 'C', 'F' or 'A'")),
        },
        Some(v) => Err(vm.type_error(format!(
            "tobytes() argument 'order' must be str or None, not {}",
            vm.type_name(v)
        ))),
    }
}

fn tobytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some((s, a)) = p.split_first() else {
        return Err(vm.type_error("descriptor 'tobytes' needs an argument"));
    };
    if a.len() + args.kw().count() > 1 {
        return Err(vm.type_error(format!(
            "tobytes() takes at most 1 argument ({} given)",
            a.len() + args.kw().count()
        )));
    }
    let m = this(vm, s)?;
    m.buffer(vm)?;
    let fortran = order_arg(vm, &args, a)?;
    let data = m.bytes(vm, fortran)?;
    Ok(crate::objects::bytes::new_bytes(vm, data))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some(s) = p.first() else {
        return Err(vm.type_error("descriptor 'hex' needs an argument"));
    };
    let data = this(vm, s)?.bytes(vm, false)?;
    let mut all = args.all.to_vec();
    all[0] = crate::objects::bytes::new_bytes(vm, data);
    crate::builtins::bytes::hex(
        vm,
        Args {
            all: &all,
            kwnames: args.kwnames,
        },
    )
}

fn tolist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = one(vm, "tolist", &args)?;
    let mbuf = m.buffer(vm)?;
    fn level(vm: &Vm, m: &MemoryView, buf: &[u8], dim: usize, base: isize) -> Value {
        if dim == m.ndim() {
            return scalar_value(vm, unpack(m.code, item_at(buf, base, m.itemsize)));
        }
        let items = (0..m.shape[dim])
            .map(|i| level(vm, m, buf, dim + 1, base + i as isize * m.strides[dim]))
            .collect();
        Value::List(Rc::new(crate::objects::PyList::new(items)))
    }
    Ok(mbuf.read(|buf| level(vm, m, buf, 0, m.offset)))
}

fn toreadonly(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = one(vm, "toreadonly", &args)?;
    let mut v = m.derive(vm)?;
    v.readonly = true;
    Ok(make(vm, v))
}

/// `m.cast(format, shape=None)` (CPython's `memory_cast`: 1-D to N-D or N-D to 1-D, one
/// side a byte format).
fn cast(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some((s, a)) = p.split_first() else {
        return Err(vm.type_error("descriptor 'cast' needs an argument"));
    };
    if a.len() + args.kw().count() > 2 {
        return Err(vm.type_error(format!(
            "cast() takes at most 2 arguments ({} given)",
            a.len() + args.kw().count()
        )));
    }
    let m = this(vm, s)?;
    let format = a.first().or_else(|| args.get_kw("format")).cloned();
    let shape = a.get(1).or_else(|| args.get_kw("shape")).cloned();
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Value::Str(fmt) = &format else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(&format)
        )));
    };
    m.buffer(vm)?;
    if !m.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = match shape {
        None | Some(Value::None) => None,
        Some(v) => Some(v),
    };
    if (shape.is_some() || m.ndim() != 1) && m.shape.contains(&0) {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let dims = match &shape {
        None => None,
        Some(Value::List(l)) => Some(l.items.borrow().clone()),
        Some(Value::Tuple(t)) => Some(t.items.to_vec()),
        Some(_) => return Err(vm.type_error("shape must be a list or a tuple")),
    };
    if let Some(d) = &dims {
        if d.len() > 64 {
            return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
        }
        if m.ndim() != 1 && d.len() != 1 {
            return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    let Some((code, itemsize)) = native_format(fmt.as_str()) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(m.code) && !is_byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nitems() * m.itemsize;
    if nbytes % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut v = m.derive(vm)?;
    v.format = Rc::from(fmt.as_str());
    v.code = code;
    v.itemsize = itemsize;
    v.shape = vec![nbytes / itemsize];
    v.strides = vec![itemsize as isize];
    if let Some(d) = dims {
        let mut shape = Vec::with_capacity(d.len());
        for x in &d {
            match crate::objects::int::as_int(x) {
                Some(crate::objects::int::IntRef::Small(n)) if n > 0 => shape.push(n as usize),
                Some(_) => {
                    return Err(
                        vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    )
                }
                None => {
                    return Err(
                        vm.type_error("memoryview.cast(): elements of shape must be integers")
                    )
                }
            }
        }
        let total = shape
            .iter()
            .try_fold(itemsize, |acc: usize, &n| acc.checked_mul(n));
        if total != Some(nbytes) {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        let mut strides = vec![0isize; shape.len()];
        let mut sd = itemsize as isize;
        for i in (0..shape.len()).rev() {
            strides[i] = sd;
            sd *= shape[i] as isize;
        }
        v.shape = shape;
        v.strides = strides;
    }
    Ok(make(vm, v))
}

/// The attributes (`special::special_attr`): every one is CPython's ValueError on a
/// released view.
pub fn attr(vm: &mut Vm, m: &MemoryView, name: &str) -> PyResult<Option<Value>> {
    let ints = |v: Vec<i64>| {
        Value::Tuple(Rc::new(crate::objects::PyTuple::new(
            v.into_iter().map(Value::Int).collect(),
        )))
    };
    let known = matches!(
        name,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return Ok(None);
    }
    let mbuf = m.buffer(vm)?;
    Ok(Some(match name {
        "obj" => mbuf.obj.clone(),
        "nbytes" => Value::Int((m.nitems() * m.itemsize) as i64),
        "readonly" => Value::bool(m.readonly),
        "itemsize" => Value::Int(m.itemsize as i64),
        "format" => Value::str(&m.format),
        "ndim" => Value::Int(m.ndim() as i64),
        "shape" => ints(m.shape.iter().map(|&n| n as i64).collect()),
        "strides" => ints(m.strides.iter().map(|&n| n as i64).collect()),
        "suboffsets" => ints(Vec::new()),
        "c_contiguous" => Value::bool(m.c_contiguous()),
        "f_contiguous" => Value::bool(m.f_contiguous()),
        _ => Value::bool(m.c_contiguous() || m.f_contiguous()),
    }))
}

// ---- iteration -----------------------------------------------------------------------

struct MemoryIter {
    view: Value,
    i: usize,
}

impl NativeIter for MemoryIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(m) = as_view(&self.view) else {
            return Ok(None);
        };
        m.buffer(vm)?;
        if self.i >= m.shape[0] {
            return Ok(None);
        }
        let at = m.offset + self.i as isize * m.strides[0];
        self.i += 1;
        read_item(vm, m, at).map(Some)
    }

    fn type_name(&self) -> &'static str {
        "memory_iterator"
    }
}

fn iter_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__iter__", &args, 0, 0)?;
    iter(vm, s)
}

/// `iter(m)` (a one-dimensional view's items).
pub fn iter(vm: &Vm, s: &Value) -> PyResult<Value> {
    let m = this(vm, s)?;
    m.buffer(vm)?;
    if m.ndim() == 0 {
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if m.ndim() > 1 {
        return Err(vm.new_error(
            "NotImplementedError",
            "multi-dimensional sub-views are not implemented",
        ));
    }
    Ok(vm.new_iter(IterState::Native(Box::new(MemoryIter {
        view: s.clone(),
        i: 0,
    }))))
}
