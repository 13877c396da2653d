//! What metal does not support yet fails loudly, naming it (docs/compat.md's first
//! table), instead of giving wrong output: each snippet must exit 1 with its
//! `NotImplementedError` on stderr, and print nothing it should not have.

use std::process::Command;

fn run(code: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_metal"))
        .args(["-c", code])
        .output()
        .expect("metal runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn unsupported_features_raise_not_implemented_error() {
    let cases = [
        (
            "class B: pass\nclass M(type):\n    def mro(cls):\n        return [B, cls, object]\nclass A(metaclass=M): pass\nprint('made')",
            "",
            "NotImplementedError: an MRO that does not start with the class itself is not supported yet",
        ),
        // Our str is UTF-8 inside: a lone surrogate cannot be held, so it is refused
        // wherever a program could make one, never replaced by U+FFFD.
        (
            "print('start')\ns = 'a\\ud800b'",
            "",
            "NotImplementedError: lone surrogates in string literals are not supported yet",
        ),
        (
            "print('start')\ns = f'{1}\\uDC80'",
            "",
            "NotImplementedError: lone surrogates in string literals are not supported yet",
        ),
        (
            "print(len('\\\\ud800'), r'\\ud800')\nc = chr(0xd800)",
            "6 \\ud800\n",
            "NotImplementedError: lone surrogates in strings are not supported yet",
        ),
        (
            "print('ok'.translate({111: 0x20ac}))\n'x'.translate({120: 0xdfff})",
            "\u{20ac}k\n",
            "NotImplementedError: lone surrogates in strings are not supported yet",
        ),
        (
            "print('%c' % 0x41)\n'%c' % 0xd800",
            "A\n",
            "NotImplementedError: lone surrogates in strings are not supported yet",
        ),
        (
            "import json\nprint(json.loads('\"\\\\ud83d\\\\ude00\"') == '\\U0001f600')\njson.loads('\"\\\\ud800\"')",
            "True\n",
            "NotImplementedError: lone surrogates in strings are not supported yet",
        ),
        // A native iterator's state is out while its `__next__` runs.
        (
            "import itertools\ngb = itertools.groupby([1, 2], key=lambda x: next(gb))\nprint('made')\nnext(gb)",
            "made\n",
            "RuntimeError: cannot re-enter the groupby iterator",
        ),
        // One thread per interpreter: starting another fails, and a wait only another
        // thread could end (CPython hangs) names the deadlock.
        (
            "import threading\nth = threading.Thread(target=print)\nprint('made')\nth.start()",
            "made\n",
            "NotImplementedError: threading.Thread.start: threads are not supported yet",
        ),
        (
            "import threading\nl = threading.Lock()\nl.acquire()\nprint('held')\nl.acquire()",
            "held\n",
            "RuntimeError: deadlock: acquiring a Lock this thread holds",
        ),
        (
            "import threading\nprint('wait')\nthreading.Event().wait()",
            "wait\n",
            "RuntimeError: deadlock: waiting on an Event nobody sets",
        ),
        (
            "import queue\nq = queue.Queue()\nprint('empty')\nq.get()",
            "empty\n",
            "RuntimeError: deadlock: getting from an empty Queue without a timeout",
        ),
        (
            "import queue\nq = queue.Queue(1)\nq.put(1)\nprint('full')\nq.put(2)",
            "full\n",
            "RuntimeError: deadlock: putting into a full Queue without a timeout",
        ),
        (
            "import queue\nq = queue.LifoQueue()\nq.put(1)\nprint('put')\nq.join()",
            "put\n",
            "RuntimeError: deadlock: joining a Queue with 1 unfinished task(s)",
        ),
        (
            "import queue\nprint('simple')\nqueue.SimpleQueue().get(block=True)",
            "simple\n",
            "RuntimeError: deadlock: getting from an empty SimpleQueue without a timeout",
        ),
        (
            "import traceback\nprint('start')\ntraceback.TracebackException.from_exception(ValueError(1), capture_locals=True)",
            "start\n",
            "NotImplementedError: traceback: capture_locals= is not supported yet",
        ),
        // Decoding that would make a lone surrogate (docs/compat.md).
        (
            "print('start')\nb'a\\xff'.decode('utf-8', 'surrogateescape')",
            "start\n",
            "NotImplementedError: the 'surrogateescape' error handler's lone surrogates (strings cannot hold them here) are not supported yet",
        ),
        (
            "print('start')\nb'\\x00\\xdc'.decode('utf-16-le', 'surrogatepass')",
            "start\n",
            "NotImplementedError: the 'surrogatepass' error handler's lone surrogates",
        ),
        (
            "import codecs\nprint('start')\ncodecs.register_error('x', print)",
            "start\n",
            "NotImplementedError: codecs.register_error (error handlers of one's own) is not supported yet",
        ),
    ];
    for (code, stdout, err) in cases {
        let (status, out, stderr) = run(code);
        assert_eq!(status, 1, "{code}: exit status; stderr: {stderr}");
        assert_eq!(out, stdout, "{code}: stdout");
        assert!(
            stderr.contains(err),
            "{code}: stderr lacks {err:?}:\n{stderr}"
        );
    }
}
