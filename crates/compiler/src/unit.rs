//! A code unit under construction: the instruction buffer with labels, constants, names,
//! the static stack depth, and the exception-handler regions (CPython 3.11's zero-cost
//! `try`: each instruction is tagged at emission with the innermost handler covering it).

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::{CodeObject, Constant, Instr, Op};
use crate::symtable::{NameScope, Scope, ScopeKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// A handler region: where to jump and what stack depth to restore.
#[derive(Clone, Copy, Debug)]
pub struct HandlerSpec {
    pub label: Label,
    pub depth: u32,
}

/// Compile-time frame blocks, for unwinding on `break`, `continue` and `return`.
#[derive(Clone, Debug)]
pub enum FBlock {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers: a handler region is active.
    TryExcept,
    /// The body of a `try` with a `finally`: unwinding runs the finally body.
    FinallyTry {
        body: *const [ruff_python_ast::Stmt],
    },
    /// Inside the finally body on the exceptional path: [prev_exc, exc] are on the stack.
    FinallyEnd,
    /// Inside an `except` body: [prev_exc] is on the stack, a cleanup region is active.
    HandlerCleanup {
        name: Option<String>,
    },
    /// Inside an `except*` body, which `break`, `continue` and `return` may not leave.
    ExceptStarHandler,
    /// Inside a `with` body: the exit callable is on the stack.
    With,
    /// Inside an `async with` body: the same, and its result is awaited.
    AsyncWith,
    /// Evaluating a value that sits on the stack across the unwinding (e.g. return value).
    PopValue,
}

pub struct Unit {
    pub scope: usize,
    pub kind: ScopeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    /// Source positions per instruction: (end line, column, end column), UTF-8 bytes.
    pub positions: Vec<(u32, u32, u32)>,
    /// Innermost handler index per instruction.
    pub handler_of: Vec<Option<u32>>,
    pub handlers: Vec<HandlerSpec>,
    pub handler_stack: Vec<u32>,
    pub labels: Vec<Option<u32>>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub line: u32,
    /// The current position (end line, column, end column) for new instructions.
    pub pos: (u32, u32, u32),
    pub depth: i32,
    pub max_depth: i32,
    /// Static depth recorded at each label by the jumps that target it.
    label_depth: Vec<Option<i32>>,
    /// After an unconditional jump/return/raise, code is unreachable until a label.
    pub reachable: bool,
    /// Frame blocks, each with the handler-stack length to cut back to when unwinding it.
    pub fblocks: Vec<(FBlock, usize)>,
    /// The class whose private names are mangled here.
    pub private: Option<String>,
}

impl Unit {
    pub fn new(scope_id: usize, scope: &Scope, name: &str, qualname: &str, line: u32) -> Unit {
        let varnames: Vec<Rc<str>> = scope
            .varnames()
            .iter()
            .map(|s| Rc::from(s.as_str()))
            .collect();
        let cellvars: Vec<Rc<str>> = scope
            .cellvars()
            .iter()
            .map(|s| Rc::from(s.as_str()))
            .collect();
        let freevars: Vec<Rc<str>> = scope
            .freevars()
            .iter()
            .map(|s| Rc::from(s.as_str()))
            .collect();
        Unit {
            scope: scope_id,
            kind: scope.kind,
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            firstlineno: line,
            instrs: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            handler_of: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            line,
            pos: (line, 0, 0),
            depth: 0,
            max_depth: 0,
            label_depth: Vec::new(),
            reachable: true,
            fblocks: Vec::new(),
            private: scope.private.clone(),
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len() as u32);
        if let Some(d) = self.label_depth[l.0 as usize] {
            if !self.reachable || d > self.depth {
                self.depth = d;
            }
        }
        self.reachable = true;
    }

    fn note_label_depth(&mut self, l: Label, depth: i32) {
        let slot = &mut self.label_depth[l.0 as usize];
        *slot = Some(slot.map_or(depth, |d| d.max(depth)));
    }

    fn adjust(&mut self, delta: i32) {
        self.depth += delta;
        if self.depth > self.max_depth {
            self.max_depth = self.depth;
        }
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        let effect = stack_effect(op, arg);
        self.instrs.push(Instr { op, arg });
        self.lines.push(self.line);
        self.positions.push(self.pos);
        self.handler_of.push(self.handler_stack.last().copied());
        self.adjust(effect);
        if matches!(op, Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE) {
            self.reachable = false;
        }
    }

    /// Emit a jump to a label; conditional jumps record the depth the target sees.
    pub fn jump(&mut self, op: Op, target: Label) {
        let depth_at_target = self.depth
            + match op {
                Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE => -1,
                // FOR_ITER jumps when exhausted, with the iterator popped; SEND jumps with
                // the receiver replaced by the return value.
                Op::FOR_ITER | Op::SEND => -1,
                _ => 0,
            };
        self.note_label_depth(target, depth_at_target);
        self.instrs.push(Instr { op, arg: target.0 });
        self.lines.push(self.line);
        self.positions.push(self.pos);
        self.handler_of.push(self.handler_stack.last().copied());
        match op {
            Op::JUMP_FORWARD | Op::JUMP_BACKWARD => self.reachable = false,
            Op::POP_JUMP_IF_FALSE
            | Op::POP_JUMP_IF_TRUE
            | Op::POP_JUMP_IF_NONE
            | Op::POP_JUMP_IF_NOT_NONE => self.adjust(-1),
            // Falls through with the iterator and the next item.
            Op::FOR_ITER => self.adjust(1),
            // Falls through having popped the value.
            Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => self.adjust(-1),
            _ => {}
        }
    }

    /// Open a handler region whose handler finds the stack at the current depth plus
    /// the exception.
    pub fn push_handler(&mut self, label: Label) {
        let depth = self.depth.max(0) as u32;
        self.note_label_depth(label, self.depth + 1);
        self.handlers.push(HandlerSpec { label, depth });
        self.handler_stack.push(self.handlers.len() as u32 - 1);
    }

    /// Like `push_handler`, for a handler that finds `below` fewer values under the
    /// exception than the stack holds now.
    pub fn push_handler_below(&mut self, label: Label, below: i32) {
        let depth = self.depth - below;
        self.note_label_depth(label, depth + 1);
        self.handlers.push(HandlerSpec {
            label,
            depth: depth.max(0) as u32,
        });
        self.handler_stack.push(self.handlers.len() as u32 - 1);
    }

    pub fn push_fblock(&mut self, b: FBlock, hlen: usize) {
        self.fblocks.push((b, hlen));
    }

    pub fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        if let Some(i) = self.consts.iter().position(|x| *x == c) {
            return i as u32;
        }
        self.consts.push(c);
        self.consts.len() as u32 - 1
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let rc: Rc<str> = Rc::from(name);
        self.names.push(rc.clone());
        let i = self.names.len() as u32 - 1;
        self.name_index.insert(rc, i);
        i
    }

    pub fn varname_index(&self, name: &str) -> Option<u32> {
        self.varnames
            .iter()
            .position(|v| &**v == name)
            .map(|i| i as u32)
    }

    /// Index of a cell or free variable in localsplus.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        let nv = self.varnames.len();
        if let Some(i) = self.cellvars.iter().position(|v| &**v == name) {
            return Some((nv + i) as u32);
        }
        self.freevars
            .iter()
            .position(|v| &**v == name)
            .map(|i| (nv + self.cellvars.len() + i) as u32)
    }

    pub fn finish(self, filename: Rc<str>, scope: &Scope) -> CodeObject {
        let labels = self.labels;
        let mut instrs = self.instrs;
        for ins in instrs.iter_mut() {
            if CodeObject::is_jump(ins.op) {
                ins.arg = labels[ins.arg as usize].unwrap_or(0);
            }
        }
        let handlers: Vec<(u32, u32)> = self
            .handlers
            .iter()
            .map(|h| (labels[h.label.0 as usize].unwrap_or(0), h.depth))
            .collect();
        let cell2arg = self
            .cellvars
            .iter()
            .map(|c| {
                self.varnames
                    .iter()
                    .position(|v| v == c)
                    .filter(|_| scope.symbols.get(&**c).is_some_and(|s| s.param))
                    .map(|i| i as u32)
            })
            .collect();
        let mut flags = self.flags;
        if self.freevars.is_empty() && self.cellvars.is_empty() {
            flags |= crate::bytecode::flags::NOFREE;
        }
        let _ = NameScope::Local;
        CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename,
            firstlineno: self.firstlineno,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags,
            stacksize: self.max_depth.max(1) as u32,
            instrs,
            lines: self.lines,
            positions: self.positions,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell2arg,
            exc_handlers: handlers,
            handler_of: self.handler_of,
        }
    }
}

/// Net stack effect of an instruction on its fall-through path.
pub fn stack_effect(op: Op, arg: u32) -> i32 {
    let a = arg as i32;
    use Op::*;
    match op {
        NOP | UNSUPPORTED => 0,
        POP_TOP => -1,
        PUSH_NULL => 1,
        COPY => 1,
        SWAP => 0,
        LOAD_CONST | LOAD_FAST | LOAD_GLOBAL | LOAD_NAME | LOAD_DEREF | LOAD_CLOSURE
        | LOAD_CLASSDEREF | LOAD_ASSERTION_ERROR | LOAD_BUILD_CLASS => 1,
        STORE_FAST | STORE_GLOBAL | STORE_NAME | STORE_DEREF => -1,
        DELETE_FAST | DELETE_GLOBAL | DELETE_NAME | DELETE_DEREF => 0,
        LOAD_ATTR => 0,
        STORE_ATTR => -2,
        DELETE_ATTR => -1,
        LOAD_METHOD => 1,
        BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR => -1,
        UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT => 0,
        STORE_SUBSCR => -3,
        DELETE_SUBSCR => -2,
        BUILD_SLICE => 1 - a,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - a,
        BUILD_MAP => 1 - 2 * a,
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE => -1,
        MAP_ADD => -2,
        LIST_TO_TUPLE => 0,
        UNPACK_SEQUENCE => a - 1,
        UNPACK_EX => (a & 0xff) + (a >> 8),
        GET_ITER => 0,
        FOR_ITER => 1,
        JUMP_FORWARD | JUMP_BACKWARD => 0,
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => -1,
        JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => -1,
        KW_NAMES => 0,
        CALL => -1 - a,
        CALL_FUNCTION_EX => -2 - (a & 1),
        MAKE_FUNCTION => {
            -(((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)) as i32)
        }
        RETURN_VALUE => -1,
        FORMAT_VALUE => {
            if arg & 0x04 != 0 {
                -1
            } else {
                0
            }
        }
        RAISE_VARARGS => -a,
        PUSH_EXC_INFO => 1,
        POP_EXCEPT => -1,
        CHECK_EXC_MATCH => 0,
        RERAISE => -1,
        IMPORT_NAME => -1,
        IMPORT_FROM => 1,
        IMPORT_STAR => -1,
        PRINT_EXPR => -1,
        SETUP_ANNOTATIONS => 0,
        YIELD_VALUE => 0,
        GET_YIELD_FROM_ITER => 0,
        SEND => 0,
        GET_AWAITABLE => 0,
        GET_AITER => 0,
        GET_ANEXT => 1,
        END_ASYNC_FOR => -2,
        BEFORE_ASYNC_WITH => 1,
        BEFORE_WITH => 1,
        WITH_EXCEPT_START => 1,
        CHECK_EG_MATCH => 0,
        PREP_RERAISE_STAR => -1,
        GET_LEN | MATCH_SEQUENCE | MATCH_MAPPING | MATCH_KEYS => 1,
        MATCH_CLASS => -2,
    }
}
