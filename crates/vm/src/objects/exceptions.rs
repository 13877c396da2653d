//! Exception objects: their data (args, traceback, cause, context) and the builtin
//! exception hierarchy.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::function::Code;
use crate::value::Value;

pub struct ExcData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The `__traceback__` object handed out, and how many entries it had (so the same
    /// object comes back while the traceback is unchanged).
    pub tb_object: RefCell<(usize, Value)>,
    /// An OSError's `filename` and `filename2` (its `args` keep only errno and
    /// strerror, as CPython's do).
    pub filenames: RefCell<Option<Box<(Value, Value)>>>,
    /// An AttributeError's object and name, a NameError's name and scopes: for its
    /// `name`/`obj` attributes and the traceback's "Did you mean".
    pub hint: RefCell<Option<Box<crate::suggest::Hint>>>,
    /// A `BaseExceptionGroup`'s message and exceptions (a tuple), set once when it is
    /// made (`crate::exc_group`).
    pub group: RefCell<Option<Box<(Value, Value)>>>,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            tb_object: RefCell::new((0, Value::None)),
            filenames: RefCell::new(None),
            hint: RefCell::new(None),
            group: RefCell::new(None),
        }
    }
}

/// One traceback entry: a code object, the instruction that was running, and the
/// frame object of that frame (`tb_frame`), which keeps the frame's locals once the
/// frame is over (as in CPython, where the traceback keeps the frame: they live, and
/// their `__del__` waits, until the exception is gone).
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub pc: usize,
    pub frame: Option<Rc<crate::objects::object::PyObject>>,
}

impl TbEntry {
    /// A `pc` naming no instruction: the entry is the function's `def` line (a
    /// generator that was thrown into before it started), shown without carets.
    pub const DEF_LINE: usize = usize::MAX;

    pub fn line(&self) -> u32 {
        self.code
            .co
            .lines
            .get(self.pc)
            .copied()
            .unwrap_or(self.code.co.firstlineno)
    }
}

/// (name, base) in definition order; the base appears before its subclasses.
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    // (Also a subclass of Exception: `Vm::new` adds that base.)
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];
