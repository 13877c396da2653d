//! The bytecode: opcodes, instructions and code objects, as the compiler emits them and the
//! vm runs them. It knows nothing of the vm's values: constants are plain data here.
//!
//! An instruction is an opcode plus a 32-bit argument. Serialised (`co_code`) each
//! instruction takes four bytes: the opcode, then the argument's low 24 bits little-endian
//! (a code object whose arguments need more is refused by the compiler). Offsets shown by
//! `dis` are byte offsets into that serialisation. Jump arguments are absolute instruction
//! indices. See docs/bytecode.md.

use std::fmt;
use std::rc::Rc;

macro_rules! opcodes {
    ($($name:ident),* $(,)?) => {
        /// An opcode. Names follow CPython 3.11's where the meaning is the same.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $($name),* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name)),* }
            }
            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }
        }
    };
}

opcodes! {
    NOP,
    POP_TOP,
    PUSH_NULL,
    COPY,
    SWAP,
    LOAD_CONST,
    LOAD_FAST,
    STORE_FAST,
    DELETE_FAST,
    LOAD_GLOBAL,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    LOAD_NAME,
    STORE_NAME,
    DELETE_NAME,
    LOAD_DEREF,
    STORE_DEREF,
    DELETE_DEREF,
    LOAD_CLOSURE,
    LOAD_CLASSDEREF,
    LOAD_ATTR,
    STORE_ATTR,
    DELETE_ATTR,
    LOAD_METHOD,
    BINARY_OP,
    UNARY_POSITIVE,
    UNARY_NEGATIVE,
    UNARY_NOT,
    UNARY_INVERT,
    COMPARE_OP,
    IS_OP,
    CONTAINS_OP,
    BINARY_SUBSCR,
    STORE_SUBSCR,
    DELETE_SUBSCR,
    BUILD_SLICE,
    BUILD_TUPLE,
    BUILD_LIST,
    BUILD_SET,
    BUILD_MAP,
    BUILD_STRING,
    LIST_APPEND,
    SET_ADD,
    MAP_ADD,
    LIST_EXTEND,
    SET_UPDATE,
    DICT_UPDATE,
    DICT_MERGE,
    LIST_TO_TUPLE,
    UNPACK_SEQUENCE,
    UNPACK_EX,
    GET_ITER,
    FOR_ITER,
    JUMP_FORWARD,
    JUMP_BACKWARD,
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    POP_JUMP_IF_NONE,
    POP_JUMP_IF_NOT_NONE,
    JUMP_IF_FALSE_OR_POP,
    JUMP_IF_TRUE_OR_POP,
    KW_NAMES,
    CALL,
    CALL_FUNCTION_EX,
    MAKE_FUNCTION,
    RETURN_VALUE,
    FORMAT_VALUE,
    RAISE_VARARGS,
    PUSH_EXC_INFO,
    POP_EXCEPT,
    CHECK_EXC_MATCH,
    RERAISE,
    LOAD_ASSERTION_ERROR,
    IMPORT_NAME,
    IMPORT_FROM,
    IMPORT_STAR,
    PRINT_EXPR,
    LOAD_BUILD_CLASS,
    SETUP_ANNOTATIONS,
    YIELD_VALUE,
    GET_YIELD_FROM_ITER,
    SEND,
    BEFORE_WITH,
    WITH_EXCEPT_START,
    CHECK_EG_MATCH,
    PREP_RERAISE_STAR,
    GET_AWAITABLE,
    GET_AITER,
    GET_ANEXT,
    END_ASYNC_FOR,
    BEFORE_ASYNC_WITH,
    GET_LEN,
    MATCH_SEQUENCE,
    MATCH_MAPPING,
    MATCH_KEYS,
    MATCH_CLASS,
    UNSUPPORTED,
}

/// `BINARY_OP` arguments, in CPython's numbering (`dis` shows the symbol).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

/// Offset added to a `BinOp` for its in-place form (`+=`), as in CPython.
pub const INPLACE: u32 = 13;

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];
    pub fn from_arg(arg: u32) -> (BinOp, bool) {
        let inplace = arg >= INPLACE;
        let i = if inplace { arg - INPLACE } else { arg };
        (BinOp::ALL[(i as usize).min(12)], inplace)
    }
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }
    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// `COMPARE_OP` arguments, in CPython's numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_arg(arg: u32) -> CmpOp {
        match arg {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            _ => CmpOp::Ge,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

/// `MAKE_FUNCTION` flag bits (CPython's).
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FORMAT_VALUE` flag bits (CPython's).
pub mod format_value {
    pub const CONV_MASK: u32 = 0x03;
    pub const CONV_STR: u32 = 0x01;
    pub const CONV_REPR: u32 = 0x02;
    pub const CONV_ASCII: u32 = 0x03;
    pub const HAVE_SPEC: u32 = 0x04;
}

/// Code flags (`co_flags`), CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// metal's own (never in `co_flags`): the frames of this code leave no traceback
    /// entries, as the C functions CPython writes them in (asyncio's tasks and futures,
    /// the async generator awaitables of `lib/_metal_async.py`).
    pub const METAL_HIDDEN: u32 = 0x4000_0000;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An integer literal too large for i64, in decimal.
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<Constant>),
    Code(Rc<CodeObject>),
}

impl PartialEq for Constant {
    /// Constants are deduplicated by identity of kind and value, not Python equality
    /// (so `1`, `1.0` and `True` stay distinct, and `0.0` and `-0.0` too).
    fn eq(&self, other: &Self) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex(a, b), Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A compiled unit: a module, function, lambda, comprehension or class body.
#[derive(Debug, Clone)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    /// (end line, start column, end column) of each instruction, columns in UTF-8 bytes.
    pub positions: Vec<(u32, u32, u32)>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also an argument, its index in `varnames`.
    pub cell2arg: Vec<Option<u32>>,
    /// Exception handlers: (target instruction, stack depth to restore).
    pub exc_handlers: Vec<(u32, u32)>,
    /// The innermost handler (index into `exc_handlers`) covering each instruction.
    pub handler_of: Vec<Option<u32>>,
}

impl CodeObject {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// Number of slots in the frame for locals, cells and free variables.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    /// The serialised bytecode, `co_code`.
    pub fn co_code(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.instrs.len() * 4);
        for i in &self.instrs {
            out.push(i.op as u8);
            out.extend_from_slice(&i.arg.to_le_bytes()[..3]);
        }
        out
    }
    /// Name of localsplus slot `i` (varnames, then cellvars, then freevars).
    pub fn localsplus_name(&self, i: usize) -> &str {
        let nv = self.varnames.len();
        let nc = self.cellvars.len();
        if i < nv {
            &self.varnames[i]
        } else if i < nv + nc {
            &self.cellvars[i - nv]
        } else {
            &self.freevars[i - nv - nc]
        }
    }
    pub fn is_jump(op: Op) -> bool {
        matches!(
            op,
            Op::FOR_ITER
                | Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE
                | Op::JUMP_IF_FALSE_OR_POP
                | Op::JUMP_IF_TRUE_OR_POP
                | Op::SEND
        )
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
