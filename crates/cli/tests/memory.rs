//! Memory stays bounded: a loop creating a million self-referencing objects and a
//! million caught exceptions (with their tracebacks) peaks within 2x the RSS of the same
//! loop creating neither — the cycle collector reclaims what reference counting cannot.

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Run `metal -c code` and return its own peak RSS in KiB (from `wait4`).
#[allow(clippy::zombie_processes)] // reaped by wait4, which std cannot see
fn peak_rss_kib(code: &str) -> i64 {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_metal"));
    let child = Command::new(bin)
        .arg("-c")
        .arg(code)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn metal");
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; `pid` is our own child, which
    // has not been waited for (std's Child is dropped without waiting).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "metal failed: {status}"
    );
    usage.ru_maxrss
}

const WITH_GARBAGE: &str = "
class Node:
    def __init__(self, i):
        self.me = self
        self.payload = [i, i + 1, i + 2]

def fail(i):
    raise ValueError(i)

total = 0
for i in range(1000000):
    n = Node(i)
    try:
        fail(i)
    except ValueError as e:
        total += e.args[0] & 1
print(total)
";

const WITHOUT: &str = "
total = 0
for i in range(1000000):
    n = i
    total += i & 1
print(total)
";

#[test]
fn cycles_and_caught_exceptions_do_not_grow_memory() {
    let base = peak_rss_kib(WITHOUT);
    let with = peak_rss_kib(WITH_GARBAGE);
    assert!(
        with <= 2 * base,
        "peak RSS {with} KiB with a million cycles and exceptions, {base} KiB without"
    );
}

/// Cycles closed through each kind of container: dict displays and `dict()`, a dict
/// subclass instance, a bound method, a generator, a caught exception kept on the
/// object, a closure, `__slots__`, a set and a frozenset. Each iteration's cycle carries a list of 40 ints, so
/// a leak of any kind outgrows the bound quickly.
const CONTAINER_CYCLES: &str = "
import collections, itertools

class A:
    pass

class D(dict):
    pass

class S:
    __slots__ = ('other', 'pad')

def gen(a):
    yield a

def make(i):
    pad = list(range(i, i + 40))
    k = i % 12
    a = A()
    a.pad = pad
    if k == 0:
        a.d = {'self': a}
    elif k == 1:
        a.d = dict(me=a)
    elif k == 2:
        d = D()
        d['a'] = a
        a.d = d
    elif k == 3:
        a.m = a.__repr__
    elif k == 4:
        a.g = gen(a)
    elif k == 5:
        try:
            raise ValueError(a)
        except ValueError as e:
            a.e = e
    elif k == 6:
        a.f = lambda: a
    elif k == 7:
        s, t = S(), S()
        s.other, t.other = t, s
        s.pad = pad
    elif k == 8:
        a.s = {a, i}
    elif k == 9:
        a.s = frozenset([a, i])
    elif k == 10:
        a.t = list(itertools.tee([a, i]))
    else:
        a.od = collections.OrderedDict()
        a.od[a] = i

for i in range(100000):
    make(i)
print('done')
";

const CONTAINER_BASELINE: &str = "
def make(i):
    pad = list(range(i, i + 40))
    return len(pad)

for i in range(100000):
    make(i)
print('done')
";

#[test]
fn cycles_through_every_container_kind_are_collected() {
    let base = peak_rss_kib(CONTAINER_BASELINE);
    let with = peak_rss_kib(CONTAINER_CYCLES);
    assert!(
        with <= 2 * base,
        "peak RSS {with} KiB with container cycles, {base} KiB without"
    );
}

/// A large live heap raises the collection threshold (an eighth of its edges: 500,000
/// registrations here), and the collector's handles are weak references, which keep a
/// freed container's memory allocated until they are dropped. Short-lived containers
/// (a generator and its function per iteration) must not pile up between collections:
/// their memory is reused, as without them.
const SHORT_LIVED_ON_BIG_HEAP: &str = "
big = list(range(4000000))
for k in range(300000):
    sum(c for c in (1, 2))
print(len(big))
";

const BIG_HEAP_BASELINE: &str = "
big = list(range(4000000))
for k in range(300000):
    sum((1, 2))
print(len(big))
";

#[test]
fn short_lived_containers_do_not_pile_up_on_a_big_heap() {
    let base = peak_rss_kib(BIG_HEAP_BASELINE);
    let with = peak_rss_kib(SHORT_LIVED_ON_BIG_HEAP);
    assert!(
        with <= base + base / 4,
        "peak RSS {with} KiB with short-lived generators, {base} KiB without"
    );
}

/// Classes made and dropped in a loop (a class statement with a method, a subclass of
/// an exception, `type()` with `__slots__`): each class's handle in its bases'
/// `__subclasses__` list kept the whole class's memory (~400 bytes) until the handle
/// went, and nothing dropped it. And classes in cycles (a `super()` method's
/// `__class__` cell, a class naming itself, one holding an instance of itself): the
/// collector did not know classes, so they were never freed.
const CLASSES_IN_A_LOOP: &str = "
for i in range(100000):
    class A:
        def f(self):
            return i
    class C(A):
        def f(self):
            return super().f()
    C.me = C
    A.inst = C()
    class E(ValueError):
        pass
    B = type('B', (A,), {'__slots__': ()})
    B().f()
print(len(object.__subclasses__()) < 1000)
";

const CLASSES_BASELINE: &str = "
class A:
    def f(self):
        return 0
for i in range(100000):
    A().f()
print(len(object.__subclasses__()) < 1000)
";

#[test]
fn classes_made_in_a_loop_are_freed() {
    let base = peak_rss_kib(CLASSES_BASELINE);
    let with = peak_rss_kib(CLASSES_IN_A_LOOP);
    assert!(
        with <= base + base / 2,
        "peak RSS {with} KiB with 100,000 loops of classes made and dropped, {base} KiB without"
    );
}
