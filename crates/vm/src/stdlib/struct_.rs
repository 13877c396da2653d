//! `_struct`: packing values into bytes and back by a format string (`struct` in
//! `lib/struct.py` re-exports it, as CPython's does).
//!
//! The functions are native; `error`, `Struct` and `unpack_iterator` are small Python
//! classes defined in the module (`STRUCT_PY`) over them. A parsed format (a `Layout`) is
//! cached by its text, as CPython caches its `Struct` objects (`_clearcache` empties it).
//! Native mode (`@`) uses the sizes and alignments of x86-64 Linux; `=`, `<` are the
//! little-endian standard table and `>`, `!` the big-endian one, with the messages each
//! of CPython's tables gives for out-of-range values.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use dashu_int::IBig;

use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::int::as_int;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

const STRUCT_PY: &str = r#"
class error(Exception):
    pass
error.__module__ = 'struct'

class Struct:
    __slots__ = ('_format', '_size', '_codes')
    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('Struct() takes at most 1 argument (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            format = args[0]
        elif 'format' in kwargs:
            format = kwargs['format']
        else:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, str):
            self._format = format.encode('ascii').decode('ascii')
        elif isinstance(format, bytes):
            self._format = format.decode('latin-1')
        # (CPython shows the new format even when it is bad, but keeps packing the old.)
        self._size = calcsize(format)
        self._codes = format
    @property
    def format(self):
        return self._format
    @property
    def size(self):
        return self._size
    def pack(self, *args, **kwargs):
        if kwargs:
            raise TypeError('Struct.pack() takes no keyword arguments')
        return pack(self._codes, *args)
    def pack_into(self, *args, **kwargs):
        if kwargs:
            raise TypeError('Struct.pack_into() takes no keyword arguments')
        return pack_into(self._codes, *args)
    def unpack(self, *args, **kwargs):
        if kwargs:
            raise TypeError('Struct.unpack() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('Struct.unpack() takes exactly one argument (%d given)' % len(args))
        return unpack(self._codes, args[0])
    def unpack_from(self, *args, **kwargs):
        return _unpack_from(self._codes, 1, *args, **kwargs)
    def iter_unpack(self, *args, **kwargs):
        if kwargs:
            raise TypeError('Struct.iter_unpack() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('Struct.iter_unpack() takes exactly one argument (%d given)'
                            % len(args))
        return iter_unpack(self._codes, args[0])

class unpack_iterator:
    def __init__(self, format, buffer, size):
        self._format = format
        self._buffer = buffer
        self._size = size
        self._offset = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self._buffer is None or self._offset >= len(self._buffer):
            self._buffer = None
            raise StopIteration
        r = unpack_from(self._format, self._buffer, self._offset)
        self._offset += self._size
        return r
    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (len(self._buffer) - self._offset) // self._size

_unpack_iterator = unpack_iterator
del unpack_iterator
"#;

pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    crate::builtins::function(d, "pack", pack);
    crate::builtins::function(d, "pack_into", pack_into);
    crate::builtins::function(d, "unpack", unpack);
    crate::builtins::function(d, "unpack_from", unpack_from);
    crate::builtins::function(d, "iter_unpack", iter_unpack);
    crate::builtins::function(d, "calcsize", calcsize);
    crate::builtins::function(d, "_clearcache", clearcache);
    crate::builtins::function(d, "_unpack_from", struct_unpack_from);
    let code = crate::run::compile_source(vm, STRUCT_PY, "<_struct>", metal_compiler::Mode::Exec)?;
    crate::run::exec_code(vm, code, d.clone(), None)?;
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes.
    nargs: usize,
}

thread_local! {
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Layout>>> = RefCell::new(HashMap::new());
}

const CACHE_MAX: usize = 100;

fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let m = vm.modules.get_by_str("_struct");
    if let Some(m) = m {
        if let Ok(Value::Type(t)) = vm.getattr(&m, "error") {
            return vm.new_exception(t, vec![Value::from_string(msg.into())]);
        }
    }
    vm.new_error("Exception", msg)
}

/// (size, alignment) of a format character, or None when the table has no such code.
fn code_size(order: Order, c: u8) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let s = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((s, if native { s } else { 1 }))
}

fn parse(vm: &mut Vm, fmt: &[u8]) -> PyResult<Rc<Layout>> {
    if let Some(l) = CACHE.with(|c| c.borrow().get(fmt).cloned()) {
        return Ok(l);
    }
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=') | Some(b'<') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let too_long = |vm: &mut Vm| struct_error(vm, "total struct size too long");
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nargs: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < body.len() && body[i].is_ascii_digit() {
                n = match n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((body[i] - b'0') as usize))
                {
                    Some(n) => n,
                    None => return Err(too_long(vm)),
                };
                i += 1;
            }
            if i >= body.len() {
                return Err(struct_error(
                    vm,
                    "repeat count given without format specifier",
                ));
            }
            c = body[i];
            count = n;
        }
        i += 1;
        let Some((isize_, align)) = code_size(order, c) else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        if align > 1 {
            size = match size.checked_add(align - 1) {
                Some(s) => s / align * align,
                None => return Err(too_long(vm)),
            };
        }
        let offset = size;
        let bytes = match isize_.checked_mul(count) {
            Some(b) => b,
            None => return Err(too_long(vm)),
        };
        size = match size.checked_add(bytes) {
            Some(s) if s <= isize::MAX as usize => s,
            _ => return Err(too_long(vm)),
        };
        match c {
            b'x' => {}
            b's' | b'p' => nargs += 1,
            _ => nargs += count,
        }
        items.push(Item {
            code: c,
            count,
            offset,
            size: isize_,
        });
    }
    let layout = Rc::new(Layout {
        order,
        items,
        size,
        nargs,
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(fmt.to_vec(), layout.clone());
    });
    Ok(layout)
}

/// The builtin value inside an instance of a subclass of bytes, bytearray or str.
fn builtin_of(v: &Value) -> Value {
    crate::ops::unwrap_builtin(v).unwrap_or_else(|| v.clone())
}

fn format_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<Layout>> {
    let inner = builtin_of(v);
    match &inner {
        Value::Str(s) => {
            if let Some((pos, ch)) = s.as_str().chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                let code = ch as u32;
                let esc = if code < 0x100 {
                    format!("\\x{code:02x}")
                } else if code < 0x10000 {
                    format!("\\u{code:04x}")
                } else {
                    format!("\\U{code:08x}")
                };
                return Err(vm.new_error(
                    "UnicodeEncodeError",
                    format!("'ascii' codec can't encode character '{esc}' in position {pos}: ordinal not in range(128)"),
                ));
            }
            let b = s.as_str().as_bytes().to_vec();
            parse(vm, &b)
        }
        Value::Object(o) if matches!(o.payload, Payload::Bytes(_)) => {
            let b = as_bytes(&inner).unwrap_or_default();
            parse(vm, &b)
        }
        _ => {
            // CPython looks the format up in its cache first, so it must be hashable.
            crate::dunder::hash(vm, v)?;
            Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                vm.type_name(v)
            )))
        }
    }
}

fn buffer_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::objects::bytes::buffer_bytes(vm, &builtin_of(v))? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

// ---- packing -------------------------------------------------------------------------

/// The integer for an integer code, and whether it came from `__index__` (CPython then
/// lets some overflows through as OverflowError instead of struct.error).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<(IBig, bool)> {
    if let Some(i) = as_int(v) {
        return Ok((i.to_ibig(), false));
    }
    if let Some(m) = crate::dunder::user_special(vm, v, "__index__") {
        let r = crate::dunder::call_special(vm, &m, v, &[])?;
        let exact = crate::ops::unwrap_builtin(&r).unwrap_or_else(|| r.clone());
        return match as_int(&exact) {
            Some(i) => Ok((i.to_ibig(), true)),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(struct_error(vm, "required argument is not an integer"))
}

/// A float for `e`, `f`, `d`: any failure of the conversion is CPython's struct.error.
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match float_value(vm, v) {
        Ok(f) => Ok(f),
        Err(_) => Err(struct_error(vm, "required argument is not a float")),
    }
}

pub(crate) fn float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let exact = crate::ops::unwrap_builtin(v).unwrap_or_else(|| v.clone());
    match &exact {
        Value::Float(f) => return Ok(*f),
        _ => {
            if let Some(i) = as_int(&exact) {
                return crate::objects::int::to_f64(vm, &i);
            }
        }
    }
    for name in ["__float__", "__index__"] {
        if let Some(m) = crate::dunder::user_special(vm, v, name) {
            let r = crate::dunder::call_special(vm, &m, v, &[])?;
            let e = crate::ops::unwrap_builtin(&r).unwrap_or_else(|| r.clone());
            return match (&e, as_int(&e)) {
                (Value::Float(f), _) if name == "__float__" => Ok(*f),
                (_, Some(i)) if name == "__index__" => crate::objects::int::to_f64(vm, &i),
                _ => Err(vm.type_error(format!(
                    "{name} returned non-{} (type {})",
                    if name == "__float__" { "float" } else { "int" },
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Err(struct_error(vm, "required argument is not a float"))
}

/// The bits of an integer for code `c`, or the message CPython's table gives.
fn int_bits(order: Order, c: u8, n: &IBig) -> Result<u64, String> {
    let out = || "argument out of range".to_string();
    let signed = i64::try_from(n).ok();
    let unsigned = u64::try_from(n).ok();
    let big = order == Order::Big;
    let ranged = |lo: i64, hi: i64, msg: String| -> Result<u64, String> {
        let v = signed.ok_or_else(out)?;
        if v < lo || v > hi {
            Err(msg)
        } else {
            Ok(v as u64)
        }
    };
    let uranged = |hi: u64, msg: String| -> Result<u64, String> {
        let v = unsigned.ok_or_else(out)?;
        if v > hi {
            Err(msg)
        } else {
            Ok(v)
        }
    };
    let letter = c as char;
    match c {
        b'b' => ranged(
            -128,
            127,
            "byte format requires -128 <= number <= 127".into(),
        ),
        b'B' => ranged(0, 255, "ubyte format requires 0 <= number <= 255".into()),
        b'h' => {
            let who = if big { "'h'" } else { "short" };
            ranged(
                -32768,
                32767,
                format!("{who} format requires -32768 <= number <= 32767"),
            )
        }
        b'H' if big => uranged(65535, "'H' format requires 0 <= number <= 65535".into()),
        b'H' => ranged(
            0,
            65535,
            "ushort format requires 0 <= number <= 65535".into(),
        ),
        b'i' => ranged(
            i32::MIN as i64,
            i32::MAX as i64,
            "'i' format requires -2147483648 <= number <= 2147483647".into(),
        ),
        b'l' if order != Order::Native => ranged(
            i32::MIN as i64,
            i32::MAX as i64,
            "'l' format requires -2147483648 <= number <= 2147483647".into(),
        ),
        b'I' | b'L' if c == b'I' || order != Order::Native => uranged(
            u32::MAX as u64,
            format!("'{letter}' format requires 0 <= number <= 4294967295"),
        ),
        b'q' | b'n' | b'l' => match signed {
            Some(v) => Ok(v as u64),
            None if big => Err("int too large to convert".into()),
            None => Err(out()),
        },
        b'P' => match (signed, unsigned) {
            (_, Some(u)) => Ok(u),
            (Some(v), None) => Ok(v as u64),
            _ => Err("int too large to convert".into()),
        },
        _ => match unsigned {
            Some(v) => Ok(v),
            None if big => Err("int too large to convert".into()),
            None => Err(out()),
        },
    }
}

fn put(out: &mut [u8], order: Order, bits: u64) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if order == Order::Big { n - 1 - k } else { k };
        *b = (bits >> (8 * shift)) as u8;
    }
}

fn get(inp: &[u8], order: Order) -> u64 {
    let n = inp.len();
    let mut v = 0u64;
    for (k, b) in inp.iter().enumerate() {
        let shift = if order == Order::Big { n - 1 - k } else { k };
        v |= (*b as u64) << (8 * shift);
    }
    v
}

/// IEEE 754 half precision of `x`, rounded half to even; None when too large.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let min_normal = 2f64.powi(-14);
    if a < min_normal {
        // Subnormal: a multiple of 2**-24 (1024 is the smallest normal, encoded the same).
        let m = (a * 2f64.powi(24)).round_ties_even();
        return Some(sign | m as u16);
    }
    let bits = a.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let m = a / 2f64.powi(e);
    let mut frac = ((m - 1.0) * 1024.0).round_ties_even() as u32;
    if frac >= 1024 {
        frac = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | frac as u16)
}

fn half_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let v = match e {
        0 => f * 2f64.powi(-24),
        31 if f == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    };
    sign * v
}

fn pack_values(
    vm: &mut Vm,
    layout: &Layout,
    values: &[Value],
    out: &mut [u8],
    who: &str,
) -> PyResult<()> {
    if values.len() != layout.nargs {
        return Err(struct_error(
            vm,
            format!(
                "{who} expected {} items for packing (got {})",
                layout.nargs,
                values.len()
            ),
        ));
    }
    let order = layout.order;
    let mut vi = values.iter();
    for item in &layout.items {
        let base = item.offset;
        match item.code {
            b'x' => {
                out[base..base + item.count].fill(0);
                continue;
            }
            b's' | b'p' => {
                let v = vi.next().cloned().unwrap_or(Value::None);
                let Some(data) = as_bytes(&builtin_of(&v)) else {
                    let c = item.code as char;
                    return Err(struct_error(
                        vm,
                        format!("argument for '{c}' must be a bytes object"),
                    ));
                };
                let field = &mut out[base..base + item.count];
                field.fill(0);
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1);
                    field[1..1 + n].copy_from_slice(&data[..n]);
                    field[0] = n.min(255) as u8;
                }
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let v = vi.next().cloned().unwrap_or(Value::None);
            let at = base + k * item.size;
            let slot = &mut out[at..at + item.size];
            match item.code {
                b'c' => match &builtin_of(&v) {
                    Value::Object(o) if matches!(&o.payload, Payload::Bytes(b) if b.len() == 1) => {
                        if let Payload::Bytes(b) = &o.payload {
                            slot[0] = b[0];
                        }
                    }
                    _ => {
                        return Err(struct_error(
                            vm,
                            "char format requires a bytes object of length 1",
                        ))
                    }
                },
                b'?' => slot[0] = vm.truthy(&v)? as u8,
                b'e' | b'f' | b'd' => {
                    let x = float_arg(vm, &v)?;
                    let bits = match item.code {
                        b'd' => x.to_bits(),
                        b'f' => {
                            let y = x as f32;
                            if y.is_infinite() && x.is_finite() && order != Order::Native {
                                return Err(
                                    vm.overflow_error("float too large to pack with f format")
                                );
                            }
                            y.to_bits() as u64
                        }
                        _ => match half_bits(x) {
                            Some(h) => h as u64,
                            None => {
                                return Err(
                                    vm.overflow_error("float too large to pack with e format")
                                )
                            }
                        },
                    };
                    put(slot, order, bits);
                }
                c => {
                    let (n, indexed) = int_arg(vm, &v)?;
                    match int_bits(order, c, &n) {
                        Ok(bits) => put(slot, order, bits),
                        Err(msg)
                            if indexed && order == Order::Big && msg.starts_with("int too") =>
                        {
                            return Err(vm.overflow_error("int too big to convert"))
                        }
                        Err(_) if indexed && c == b'P' => {
                            return Err(vm.overflow_error(
                                "Python int too large to convert to C unsigned long",
                            ))
                        }
                        Err(msg) => return Err(struct_error(vm, msg)),
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> Value {
    let order = layout.order;
    let mut out = Vec::with_capacity(layout.nargs);
    for item in &layout.items {
        let base = item.offset;
        match item.code {
            b'x' => continue,
            b's' => {
                out.push(new_bytes(vm, data[base..base + item.count].to_vec()));
                continue;
            }
            b'p' => {
                let field = &data[base..base + item.count];
                let v = match field.split_first() {
                    Some((n, rest)) => rest[..(*n as usize).min(rest.len())].to_vec(),
                    None => Vec::new(),
                };
                out.push(new_bytes(vm, v));
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let at = base + k * item.size;
            let bits = get(&data[at..at + item.size], order);
            let v = match item.code {
                b'c' => new_bytes(vm, vec![bits as u8]),
                b'?' => Value::bool(bits != 0),
                b'e' => Value::Float(half_value(bits as u16)),
                b'f' => Value::Float(f32::from_bits(bits as u32) as f64),
                b'd' => Value::Float(f64::from_bits(bits)),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    let shift = 64 - 8 * item.size as u32;
                    Value::Int(((bits << shift) as i64) >> shift)
                }
                _ => match i64::try_from(bits) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::from_ibig(IBig::from(bits)),
                },
            };
            out.push(v);
        }
    }
    Value::tuple(out)
}

// ---- the module's functions ----------------------------------------------------------

/// The output buffer: CPython's OverflowError past what a bytes object can hold, and
/// MemoryError (not an abort) when the allocation fails.
fn zeroed(vm: &mut Vm, size: usize) -> PyResult<Vec<u8>> {
    if size > isize::MAX as usize - 40 {
        return Err(vm.overflow_error("byte string is too large"));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(size).is_err() {
        return Err(vm.new_error("MemoryError", ""));
    }
    out.resize(size, 0);
    Ok(out)
}

fn pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("_struct.pack() takes no keyword arguments"));
    }
    let p = args.pos();
    let Some(f) = p.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let layout = format_of(vm, f)?;
    let mut out = zeroed(vm, layout.size)?;
    pack_values(vm, &layout, &p[1..], &mut out, "pack")?;
    Ok(new_bytes(vm, out))
}

/// A negative offset counts from the end; the checks and messages of CPython.
fn resolve_offset(
    vm: &mut Vm,
    offset: i64,
    len: usize,
    size: usize,
    packing: bool,
) -> PyResult<usize> {
    let mut off = offset;
    if off < 0 {
        if off.unsigned_abs() as usize > len {
            return Err(struct_error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        if packing && (off.unsigned_abs() as usize) < size {
            return Err(struct_error(
                vm,
                format!("no space to pack {size} bytes at offset {offset}"),
            ));
        }
        if !packing && (off.unsigned_abs() as usize) < size {
            return Err(struct_error(
                vm,
                format!("not enough data to unpack {size} bytes at offset {offset}"),
            ));
        }
        off += len as i64;
    }
    let off = off as usize;
    if len < size || off > len - size {
        let (verb, noun) = if packing {
            ("pack_into", "packing")
        } else {
            ("unpack_from", "unpacking")
        };
        return Err(struct_error(
            vm,
            format!(
                "{verb} requires a buffer of at least {} bytes for {noun} {size} bytes at offset {off} (actual buffer size is {len})",
                (size as u128) + off as u128
            ),
        ));
    }
    Ok(off)
}

fn pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("_struct.pack_into() takes no keyword arguments"));
    }
    let p = args.pos();
    let Some(f) = p.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let layout = format_of(vm, f)?;
    let Some(buf) = p.get(1) else {
        return Err(struct_error(vm, "pack_into expected buffer argument"));
    };
    let got = p.len().saturating_sub(3);
    if p.len() >= 3 && got != layout.nargs {
        return Err(struct_error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {got})",
                layout.nargs
            ),
        ));
    }
    let Some(off) = p.get(2) else {
        return Err(struct_error(vm, "pack_into expected offset argument"));
    };
    let target = builtin_of(buf);
    let Value::Object(o) = &target else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        )));
    };
    if !matches!(o.payload, Payload::ByteArray(_)) {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        )));
    }
    let offset = crate::builtins::to_index(vm, off)?;
    let Payload::ByteArray(cell) = &o.payload else {
        return Ok(Value::None);
    };
    let len = cell.borrow().len();
    let at = resolve_offset(vm, offset, len, layout.size, true)?;
    let mut out = zeroed(vm, layout.size)?;
    pack_values(vm, &layout, &p[3..], &mut out, "pack_into")?;
    let mut b = cell.borrow_mut();
    if at + layout.size <= b.len() {
        b[at..at + layout.size].copy_from_slice(&out);
    }
    Ok(Value::None)
}

fn unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(vm, "unpack", &args)?;
    let p = crate::builtins::pos_args(vm, "unpack", &args, 2, 2)?;
    let layout = format_of(vm, &p[0])?;
    let data = buffer_of(vm, &p[1])?;
    if data.len() != layout.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    Ok(unpack_values(vm, &layout, &data))
}

fn unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error("unpack_from() takes at least 1 positional argument (0 given)"));
    }
    unpack_from_args(vm, &p[0], &p[1..], &args, 2)
}

/// `Struct.unpack_from`'s body: the format, then the method's arguments (the buffer is
/// its first, where the module function's is its second).
fn struct_unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some(f) = p.first() else {
        return Err(vm.type_error("_unpack_from() needs a format"));
    };
    unpack_from_args(vm, f, &p[2.min(p.len())..], &args, 1)
}

/// `buffer` and `offset` by position or name; `first` is the buffer's position in the
/// caller's messages.
fn unpack_from_args(
    vm: &mut Vm,
    f: &Value,
    rest: &[Value],
    args: &Args<'_>,
    first: usize,
) -> PyResult<Value> {
    let given = rest.len() + args.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most {} arguments ({} given)",
            first + 1,
            given + first - 1
        )));
    }
    let mut buffer = rest.first().cloned();
    let mut offset = rest.get(1).cloned();
    let mut unknown = None;
    for (k, v) in args.kw() {
        let (slot, pos) = match k {
            "buffer" => (&mut buffer, first),
            "offset" => (&mut offset, first + 1),
            _ => {
                unknown = unknown.or(Some(k));
                continue;
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for unpack_from() given by name ('{k}') and position ({pos})"
            )));
        }
        *slot = Some(v.clone());
    }
    let Some(buffer) = buffer else {
        return Err(vm.type_error(format!(
            "unpack_from() missing required argument 'buffer' (pos {first})"
        )));
    };
    if let Some(k) = unknown {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for unpack_from()"
        )));
    }
    let layout = format_of(vm, f)?;
    let data = buffer_of(vm, &buffer)?;
    let offset = match offset {
        Some(v) => crate::builtins::to_index(vm, &v)?,
        None => 0,
    };
    let at = resolve_offset(vm, offset, data.len(), layout.size, false)?;
    Ok(unpack_values(vm, &layout, &data[at..at + layout.size]))
}

fn iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(vm, "iter_unpack", &args)?;
    let p = crate::builtins::pos_args(vm, "iter_unpack", &args, 2, 2)?;
    let layout = format_of(vm, &p[0])?;
    let data = buffer_of(vm, &p[1])?;
    if layout.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let Some(m) = vm.modules.get_by_str("_struct") else {
        return Err(vm.new_error("ImportError", "_struct is not loaded"));
    };
    let cls = vm.getattr(&m, "_unpack_iterator")?;
    let items = [
        p[0].clone(),
        new_bytes(vm, data),
        Value::from_usize(layout.size),
    ];
    vm.call(&cls, Args::new(&items))
}

fn calcsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(vm, "calcsize", &args)?;
    let p = crate::builtins::pos_args(vm, "_struct.calcsize", &args, 1, 1)?;
    let layout = format_of(vm, &p[0])?;
    Ok(Value::from_usize(layout.size))
}

fn no_kw(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.type_error(format!("_struct.{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn clearcache(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "_clearcache", &args, 0, 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_round_trip() {
        for x in [0.0, 1.0, -2.5, 65504.0, 6.1e-5, 5.96e-8, 1.0 / 3.0] {
            let h = half_bits(x).unwrap_or(0);
            let back = half_value(h);
            assert!((back - x).abs() <= x.abs() * 1e-3 + 6e-8);
        }
        assert_eq!(half_bits(65520.0), None);
        assert_eq!(half_bits(65519.99), Some(0x7bff));
    }
}
