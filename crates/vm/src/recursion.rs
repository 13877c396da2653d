//! The recursion limit: Python frames and the native operations that recurse (a
//! container's `repr`, a comparison of containers, native code calling back into
//! Python) count against one budget, `sys.getrecursionlimit()`, as in CPython 3.11,
//! where C-level recursion guards and Python frames share one counter. The
//! `RecursionError`'s message names the operation whose check reached the limit
//! (`maximum recursion depth exceeded while getting the repr of an object`), or none
//! for a Python frame.
//!
//! The eval loop's hot paths compare only `frames.len()` with `Vm::frame_limit`: the
//! limit less the native levels in progress, which they lower and raise as they come
//! and go (it is all that counts them).
//!
//! Some calls the eval loop runs as frames of its own count a native level in CPython
//! too, made by the C function on the way: `str(x)` with a `__str__` (`PyObject_Str`,
//! `while getting the str of an object`), a call of an instance with a `__call__` and
//! a call of a Python class (`_PyObject_MakeTpCall`, `while calling a Python object`).
//! Their frames hold that level while they run (`Ret::counted`); the loop pushes them
//! only when there is room for both, else the call takes its general path, which
//! counts the same way in native code and raises the error of the check that fails.
//! (CPython's counts are those of its specialised instructions: a `str(x)` call site
//! that has not warmed up yet counts one more level, the call of the `str` type.)
//!
//! Native recursion also uses the Rust stack, which the limit alone does not bound in
//! a small thread: `stack_exhausted` checks what is left of it (every nested eval loop,
//! every 16th other level).

use crate::vm::{PyResult, Vm};

/// The suffixes of CPython's message, by the check that reached the limit.
pub const CALLING: &str = " while calling a Python object";
pub const REPR: &str = " while getting the repr of an object";
pub const STR: &str = " while getting the str of an object";
pub const COMPARISON: &str = " in comparison";

/// How much Rust stack a native level may need at most before the next check.
const STACK_MARGIN: usize = 256 << 10;

thread_local! {
    /// The lowest stack address native recursion may reach on this thread (0: unknown,
    /// no check; `usize::MAX`: not looked up yet).
    static STACK_FLOOR: std::cell::Cell<usize> = const { std::cell::Cell::new(usize::MAX) };
}

/// This thread's `STACK_FLOOR`.
#[inline(always)]
fn floor() -> usize {
    let f = STACK_FLOOR.with(|f| f.get());
    if f != usize::MAX {
        return f;
    }
    look_up_floor()
}

#[cold]
#[inline(never)]
fn look_up_floor() -> usize {
    let f = stack_floor();
    STACK_FLOOR.with(|c| c.set(f));
    f
}

#[cfg(target_os = "linux")]
fn stack_floor() -> usize {
    // SAFETY: `attr` is initialised by pthread_getattr_np before it is read and
    // destroyed after; the calls only read the current thread's attributes.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok || size <= 2 * STACK_MARGIN {
            return 0;
        }
        addr as usize + STACK_MARGIN
    }
}

#[cfg(not(target_os = "linux"))]
fn stack_floor() -> usize {
    0
}

/// Is the Rust stack of this thread nearly used up? (`nested`: the eval loops nested
/// so far, the measure where the stack's size is unknown: at most 180.)
#[inline(always)]
fn stack_exhausted(nested: usize) -> bool {
    let f = floor();
    if f == 0 {
        return nested > 180;
    }
    let here = 0u8;
    (&here as *const u8 as usize) < f
}

impl Vm {
    /// A native operation that may recurse begins one level (`what`: the suffix of the
    /// RecursionError it raises when the limit is reached). Paired with `leave_native`.
    #[inline(always)]
    pub fn enter_native(&mut self, what: &'static str) -> PyResult<()> {
        // (The stack is looked at every 16 levels, fewer than its margin needs, from the
        // 16th: a flat container's comparison does not look.)
        if self.frames.len() >= self.frame_limit
            || (self.frame_limit.is_multiple_of(16) && stack_exhausted(self.native_depth))
        {
            return Err(self.recursion_error(what));
        }
        self.frame_limit -= 1;
        Ok(())
    }

    /// Native code is about to run Python code in a nested eval loop (`pushed`: its
    /// frame is pushed already). When the operation counts a level (`native_what`,
    /// taken here) it is entered, checked before the frame as CPython checks; else only
    /// the Rust stack is checked (every 8th loop: fewer than its margin needs). Ok(true):
    /// a `leave_native` is due.
    #[inline(always)]
    pub fn enter_nested(&mut self, pushed: bool) -> PyResult<bool> {
        if self.native_what.is_none() {
            if self.native_depth % 8 == 7 && stack_exhausted(self.native_depth) {
                return Err(self.recursion_error(""));
            }
            return Ok(false);
        }
        self.enter_nested_counted(pushed)
    }

    #[inline(never)]
    fn enter_nested_counted(&mut self, pushed: bool) -> PyResult<bool> {
        let what = self.native_what.take().unwrap_or("");
        // (The program's first frame has nothing native below it.)
        if self.frames.len() <= usize::from(pushed) {
            return Ok(false);
        }
        let below = self.frames.len() - usize::from(pushed);
        if below >= self.frame_limit || stack_exhausted(self.native_depth) {
            return Err(self.recursion_error(what));
        }
        self.frame_limit -= 1;
        if self.frames.len() > self.frame_limit {
            self.leave_native();
            return Err(self.recursion_error(""));
        }
        Ok(true)
    }

    /// Is there room for a frame called through a check CPython makes first (one
    /// native level, then the frame)? When there is not, the call takes its general
    /// path, whose checks raise the RecursionError of the one that fails.
    #[inline(always)]
    pub fn room_for_counted_frame(&self) -> bool {
        self.frames.len() + 1 < self.frame_limit
    }

    /// The frame just pushed by the eval loop holds one native level (its `Ret` is
    /// `counted`): given back by `leave_native` when it returns or unwinds.
    #[inline(always)]
    pub fn hold_native_level(&mut self) {
        self.frame_limit -= 1;
    }

    #[inline]
    pub fn leave_native(&mut self) {
        debug_assert!(
            self.frame_limit < self.recursion_limit,
            "leave_native without enter_native"
        );
        self.frame_limit += 1;
    }

    /// The native levels in progress.
    fn native_levels(&self) -> usize {
        self.recursion_limit - self.frame_limit
    }

    /// `maximum recursion depth exceeded` with the suffix of the check that found it.
    #[cold]
    #[inline(never)]
    pub fn recursion_error(&self, what: &str) -> crate::vm::PyErr {
        self.new_error(
            "RecursionError",
            format!("maximum recursion depth exceeded{what}"),
        )
    }

    /// `sys.setrecursionlimit(n)`: refused when the current depth is not below it.
    pub fn set_recursion_limit(&mut self, n: usize) -> PyResult<()> {
        // (This call counts one level, as the builtin's call does in CPython.)
        let levels = self.native_levels();
        let depth = self.frames.len() + levels + 1;
        if depth >= n {
            return Err(self.new_error(
                "RecursionError",
                format!(
                    "cannot set the recursion limit to {n} at the recursion depth {depth}: \
                     the limit is too low"
                ),
            ));
        }
        self.recursion_limit = n;
        self.frame_limit = n - levels;
        Ok(())
    }
}
