//! `_metal_random`: the Mersenne Twister (MT19937) behind `random.Random`.
//!
//! A generator's state lives in a `bytearray` the Python object owns (624 little-endian
//! 32-bit words, then the position), so no new object kind is needed and the state goes
//! wherever the Python object goes. Seeding follows the reference `init_by_array`, which
//! is what CPython uses, so the same seed gives the same numbers.

use dashu_int::{IBig, UBig};

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::int::{as_int, IntRef};
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
/// Bytes of a state: the words, then the position.
pub const STATE_BYTES: usize = N * 4 + 4;

pub fn init(_vm: &mut Vm, d: &PyDict) {
    d.set_by_str("STATE_BYTES", Value::from_usize(STATE_BYTES));
    crate::builtins::function(d, "init_by_array", init_by_array);
    crate::builtins::function(d, "random", random);
    crate::builtins::function(d, "getrandbits", getrandbits);
    crate::builtins::function(d, "randbelow", randbelow);
    crate::builtins::function(d, "getstate", getstate);
    crate::builtins::function(d, "setstate", setstate);
}

/// A generator over its state bytes, read and written in place.
struct Mt<'a> {
    bytes: &'a mut [u8],
    pos: usize,
}

impl<'a> Mt<'a> {
    fn new(bytes: &'a mut [u8]) -> Mt<'a> {
        let p = 4 * N;
        let pos = u32::from_le_bytes([bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]]);
        Mt {
            bytes,
            pos: (pos as usize).min(N),
        }
    }

    fn word(&self, i: usize) -> u32 {
        let b = &self.bytes[4 * i..4 * i + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    fn set_word(&mut self, i: usize, w: u32) {
        self.bytes[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }

    fn save_pos(&mut self) {
        let pos = self.pos as u32;
        self.bytes[4 * N..4 * N + 4].copy_from_slice(&pos.to_le_bytes());
    }

    fn init_genrand(&mut self, seed: u32) {
        self.set_word(0, seed);
        let mut prev = seed;
        for i in 1..N {
            prev = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
            self.set_word(i, prev);
        }
        self.pos = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.word(i - 1);
            let w = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            self.set_word(i, w);
            i += 1;
            j += 1;
            if i >= N {
                self.set_word(0, self.word(N - 1));
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.word(i - 1);
            let w = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            self.set_word(i, w);
            i += 1;
            if i >= N {
                self.set_word(0, self.word(N - 1));
                i = 1;
            }
        }
        self.set_word(0, 0x8000_0000);
        self.pos = N;
    }

    fn twist(&mut self) {
        for k in 0..N {
            let y = (self.word(k) & 0x8000_0000) | (self.word((k + 1) % N) & 0x7fff_ffff);
            let mut v = self.word((k + M) % N) ^ (y >> 1);
            if y & 1 != 0 {
                v ^= 0x9908_b0df;
            }
            self.set_word(k, v);
        }
        self.pos = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.pos >= N {
            self.twist();
        }
        let mut y = self.word(self.pos);
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// k random bits (k <= 64) as CPython draws them: 32-bit words, least significant
    /// first, the last one shifted down to the bits still needed.
    fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let low = self.next_u32() as u64;
        let high = (self.next_u32() >> (64 - k)) as u64;
        low | (high << 32)
    }
}

/// Run `f` on the generator whose state is the bytearray `v`.
fn with_state<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    if let Value::Object(o) = v {
        if let Payload::ByteArray(b) = &o.payload {
            let mut bytes = b.borrow_mut();
            if bytes.len() == STATE_BYTES {
                let mut mt = Mt::new(&mut bytes);
                let r = f(&mut mt);
                mt.save_pos();
                return Ok(r);
            }
        }
    }
    Err(vm.type_error("random state must be a bytearray of STATE_BYTES bytes"))
}

fn init_by_array(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "init_by_array", &args, 2, 2)?;
    let items: Vec<Value> = match &a[1] {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.type_error("init_by_array: key must be a list")),
    };
    let mut key = Vec::with_capacity(items.len());
    for v in &items {
        match as_int(v) {
            Some(IntRef::Small(i)) if (0..=u32::MAX as i64).contains(&i) => key.push(i as u32),
            _ => return Err(vm.value_error("init_by_array: key words must be 32-bit")),
        }
    }
    with_state(vm, &a[0], |mt| mt.init_by_array(&key))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "random", &args, 1, 1)?;
    Ok(Value::Float(with_state(vm, &a[0], |mt| mt.random())?))
}

fn bit_count(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    match as_int(v) {
        Some(IntRef::Small(k)) if k >= 0 => Ok(k as u64),
        Some(IntRef::Small(_)) => Err(vm.value_error("number of bits must be non-negative")),
        Some(IntRef::Big(b)) if *b < IBig::ZERO => {
            Err(vm.value_error("number of bits must be non-negative"))
        }
        Some(IntRef::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C int")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn getrandbits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "getrandbits", &args, 2, 2)?;
    let k = bit_count(vm, &a[1])?;
    if k > i32::MAX as u64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k <= 64 {
        let v = with_state(vm, &a[0], |mt| mt.bits_u64(k as u32))?;
        return Ok(Value::from_i128(v as i128));
    }
    let words = k.div_ceil(32) as usize;
    let bytes = with_state(vm, &a[0], |mt| {
        let mut out = Vec::with_capacity(words * 4);
        let mut left = k;
        for _ in 0..words {
            let mut w = mt.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            out.extend_from_slice(&w.to_le_bytes());
            left = left.saturating_sub(32);
        }
        out
    })?;
    Ok(Value::from_ibig(IBig::from(UBig::from_le_bytes(&bytes))))
}

/// A random int in [0, n) for 0 < n < 2**63: getrandbits(n.bit_length()) until below n.
fn randbelow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "randbelow", &args, 2, 2)?;
    let n = match as_int(&a[1]) {
        Some(IntRef::Small(n)) if n > 0 => n as u64,
        _ => return Err(vm.value_error("randbelow: n must be a positive machine int")),
    };
    let k = 64 - n.leading_zeros();
    let r = with_state(vm, &a[0], |mt| loop {
        let r = mt.bits_u64(k);
        if r < n {
            break r;
        }
    })?;
    Ok(Value::from_i128(r as i128))
}

fn getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "getstate", &args, 1, 1)?;
    let (words, pos) = with_state(vm, &a[0], |mt| {
        let words: Vec<u32> = (0..N).map(|i| mt.word(i)).collect();
        (words, mt.pos)
    })?;
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::from_usize(pos));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "setstate", &args, 2, 2)?;
    let Value::Tuple(t) = &a[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(t.items.iter()) {
        *w = match as_int(v) {
            Some(IntRef::Small(i)) if (0..=u32::MAX as i64).contains(&i) => i as u32,
            Some(_) => return Err(vm.overflow_error("Python int too large to convert to C long")),
            None => return Err(vm.type_error("state vector items must be integers")),
        };
    }
    let pos = match as_int(&t.items[N]) {
        Some(IntRef::Small(i)) if (0..=N as i64).contains(&i) => i as usize,
        Some(_) => return Err(vm.value_error("invalid state")),
        None => return Err(vm.type_error("state vector items must be integers")),
    };
    with_state(vm, &a[0], |mt| {
        for (i, w) in words.iter().enumerate() {
            mt.set_word(i, *w);
        }
        mt.pos = pos;
    })?;
    Ok(Value::None)
}
