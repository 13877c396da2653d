//! Expressions: operators, displays, calls, f-strings, constant folding of literals.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use crate::bytecode::{format_value, CmpOp, Constant, Op};
use crate::compile::{CResult, CompBody, Compiler};
use crate::stmt::binop_of;
use crate::unit::Label;

fn cmp_arg(op: ast::CmpOp) -> (Op, u32) {
    use ast::CmpOp as C;
    match op {
        C::Eq => (Op::COMPARE_OP, CmpOp::Eq as u32),
        C::NotEq => (Op::COMPARE_OP, CmpOp::Ne as u32),
        C::Lt => (Op::COMPARE_OP, CmpOp::Lt as u32),
        C::LtE => (Op::COMPARE_OP, CmpOp::Le as u32),
        C::Gt => (Op::COMPARE_OP, CmpOp::Gt as u32),
        C::GtE => (Op::COMPARE_OP, CmpOp::Ge as u32),
        C::Is => (Op::IS_OP, 0),
        C::IsNot => (Op::IS_OP, 1),
        C::In => (Op::CONTAINS_OP, 0),
        C::NotIn => (Op::CONTAINS_OP, 1),
    }
}

/// The value of a literal expression, if it is one (tuples of literals included).
pub fn constant_of(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(big_literal_decimal(&i.to_string())?),
            },
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Constant::Str(Rc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => {
            let v: Vec<u8> = b.value.bytes().collect();
            Constant::Bytes(Rc::from(v))
        }
        Expr::Tuple(t) => {
            let mut v = Vec::with_capacity(t.elts.len());
            for x in &t.elts {
                v.push(constant_of(x)?);
            }
            Constant::Tuple(v)
        }
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match constant_of(&u.operand)? {
            Constant::Int(v) if v != i64::MIN => Constant::Int(-v),
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex(r, i) => Constant::Complex(-r, -i),
            Constant::BigInt(s) => {
                if let Some(rest) = s.strip_prefix('-') {
                    Constant::BigInt(rest.to_string())
                } else {
                    Constant::BigInt(format!("-{s}"))
                }
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// A big integer literal's text (`0x...`, `0o...`, `0b...`, decimal, with `_`) in decimal.
fn big_literal_decimal(text: &str) -> Option<String> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        return Some(lower);
    };
    let v = dashu_int::UBig::from_str_radix(&digits, radix).ok()?;
    Some(v.to_string())
}

impl<'a> Compiler<'a> {
    /// Compile an expression; its instructions carry its source position, as CPython's.
    pub fn expr(&mut self, e: &Expr) -> CResult<()> {
        let saved = self.loc();
        self.set_line(e.range());
        let r = self.expr_inner(e);
        self.set_loc(saved);
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_) => {
                let c = constant_of(e).ok_or_else(|| self.err("invalid literal", e.range()))?;
                self.load_const(c);
            }
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BoolOp(b) => {
                let end = self.label();
                let op = if b.op == ast::BoolOp::And {
                    Op::JUMP_IF_FALSE_OR_POP
                } else {
                    Op::JUMP_IF_TRUE_OR_POP
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(w) => {
                self.expr(&w.value)?;
                self.emit(Op::COPY, 1);
                self.assign_target(&w.target)?;
            }
            Expr::BinOp(b) => {
                if self.percent_format(b)? {
                    return Ok(());
                }
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(e.range());
                self.emit(Op::BINARY_OP, binop_of(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = constant_of(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.set_line(e.range());
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UNARY_INVERT,
                    ast::UnaryOp::Not => Op::UNARY_NOT,
                    ast::UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Op::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let orelse = self.label();
                let end = self.label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Op::JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => self.sequence_display(&s.elts, Op::BUILD_SET)?,
            Expr::List(l) => self.sequence_display(&l.elts, Op::BUILD_LIST)?,
            Expr::Tuple(t) => {
                if let Some(c) = constant_of(e) {
                    self.load_const(c);
                } else {
                    self.sequence_display(&t.elts, Op::BUILD_TUPLE)?;
                }
            }
            // (CPython's grammar refuses a starred element: `[*x for x in y]`.)
            Expr::ListComp(ast::ExprListComp { elt, .. })
            | Expr::SetComp(ast::ExprSetComp { elt, .. })
            | Expr::Generator(ast::ExprGenerator { elt, .. })
                if matches!(**elt, Expr::Starred(_)) =>
            {
                return Err(self.err(
                    "iterable unpacking cannot be used in comprehension",
                    elt.range(),
                ));
            }
            Expr::ListComp(c) => {
                self.comprehension(e, "<listcomp>", &c.generators, CompBody::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(e, "<setcomp>", &c.generators, CompBody::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(self.err(
                        "dict unpacking cannot be used in dict comprehension",
                        e.range(),
                    ));
                };
                self.comprehension(e, "<dictcomp>", &c.generators, CompBody::Dict(k, &c.value))?
            }
            Expr::Generator(c) => {
                self.comprehension(e, "<genexpr>", &c.generators, CompBody::Gen(&c.elt))?
            }
            Expr::Await(a) => self.await_expr(a)?,
            Expr::Yield(y) => {
                if !self.scope_kind().is_function_like() {
                    return Err(self.err("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Op::YIELD_VALUE, 0);
            }
            Expr::YieldFrom(y) => {
                if !self.scope_kind().is_function_like() {
                    return Err(self.err("'yield' outside function", y.range));
                }
                if self.in_async_unit() {
                    return Err(self.err("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit(Op::GET_YIELD_FROM_ITER, 0);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.unsupported("template strings", t.range)),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(e.range());
                let i = self.attr_name(&a.attr.id);
                self.emit(Op::LOAD_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_line(e.range());
                self.emit(Op::BINARY_SUBSCR, 0);
            }
            Expr::Starred(s) => return Err(self.err("can't use starred expression here", s.range)),
            Expr::Slice(s) => self.slice(s)?,
            Expr::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// The index of a subscript: slices build a slice object.
    pub fn subscript_index(&mut self, idx: &Expr) -> CResult<()> {
        self.expr(idx)
    }

    fn slice(&mut self, s: &ast::ExprSlice) -> CResult<()> {
        let mut n = 2;
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(Constant::None),
            }
        }
        if let Some(step) = &s.step {
            self.expr(step)?;
            n = 3;
        }
        self.emit(Op::BUILD_SLICE, n);
        Ok(())
    }

    fn sequence_display(&mut self, elts: &[Expr], build: Op) -> CResult<()> {
        self.sequence_display_after(elts, build, 0)
    }

    /// A display of `elts` whose first `before` items are already on the stack (a
    /// class's function and name ahead of its starred bases).
    pub fn sequence_display_after(&mut self, elts: &[Expr], build: Op, before: u32) -> CResult<()> {
        let has_star = elts.iter().any(|e| e.is_starred_expr());
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, before + elts.len() as u32);
            return Ok(());
        }
        let (start_op, extend_op) = if build == Op::BUILD_SET {
            (Op::BUILD_SET, Op::SET_UPDATE)
        } else {
            (Op::BUILD_LIST, Op::LIST_EXTEND)
        };
        // Collect leading plain items, then extend/append.
        let mut pending = before;
        let mut started = false;
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    if !started {
                        self.emit(start_op, pending);
                        started = true;
                        pending = 0;
                    } else if pending > 0 {
                        unreachable!("pending items are appended eagerly once started");
                    }
                    self.expr(&s.value)?;
                    self.emit(extend_op, 1);
                }
                _ => {
                    self.expr(e)?;
                    if started {
                        let add = if build == Op::BUILD_SET {
                            Op::SET_ADD
                        } else {
                            Op::LIST_APPEND
                        };
                        self.emit(add, 1);
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if build == Op::BUILD_TUPLE {
            self.emit(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult<()> {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Op::BUILD_MAP, d.items.len() as u32);
            return Ok(());
        }
        let mut pending = 0u32;
        let mut started = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if !started || pending > 0 {
                        self.emit(Op::BUILD_MAP, pending);
                        if started {
                            self.emit(Op::DICT_UPDATE, 1);
                        }
                        started = true;
                        pending = 0;
                    }
                    self.expr(&item.value)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BUILD_MAP, pending);
            self.emit(Op::DICT_UPDATE, 1);
        }
        Ok(())
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_line(c.range);
            let (op, arg) = cmp_arg(c.ops[0]);
            self.emit(op, arg);
            return Ok(());
        }
        let cleanup = self.label();
        let end = self.label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            self.set_line(c.range);
            let (op, arg) = cmp_arg(c.ops[i]);
            if i + 1 < n {
                self.emit(Op::SWAP, 2);
                self.emit(Op::COPY, 2);
                self.emit(op, arg);
                self.jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.emit(op, arg);
            }
        }
        self.jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` when `e`'s truth equals `cond`; otherwise fall through.
    pub fn jump_if(&mut self, e: &Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != cond {
                    // `a and b` jumping on false (or `a or b` on true): any operand decides.
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if cond {
                Op::POP_JUMP_IF_TRUE
            } else {
                Op::POP_JUMP_IF_FALSE
            },
            target,
        );
        Ok(())
    }

    /// The keyword arguments of a call through CALL_FUNCTION_EX, as one dict on the
    /// stack; the instruction's flags (1 when there is a dict).
    pub fn star_call_keywords(&mut self, keywords: &[ast::Keyword]) -> CResult<u32> {
        if keywords.is_empty() {
            return Ok(0);
        }
        let mut pending = 0u32;
        let mut started = false;
        for k in keywords.iter() {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(Rc::from(name.id.as_str())));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if !started || pending > 0 {
                        self.emit(Op::BUILD_MAP, pending);
                        if started {
                            self.emit(Op::DICT_MERGE, 1);
                        }
                        started = true;
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BUILD_MAP, pending);
            if started {
                self.emit(Op::DICT_MERGE, 1);
            }
        }
        Ok(1)
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| a.is_starred_expr())
            || args.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            self.emit(Op::PUSH_NULL, 0);
            self.expr(&c.func)?;
            // Positional arguments as a tuple.
            // Borrowed, never cloned: scopes are keyed by the address of their AST node.
            let elts: &[Expr] = &args.args;
            if elts.len() == 1 {
                if let Expr::Starred(s) = &elts[0] {
                    // CALL_FUNCTION_EX turns the iterable into the argument tuple.
                    self.expr(&s.value)?;
                } else {
                    self.sequence_display(elts, Op::BUILD_TUPLE)?;
                }
            } else {
                self.sequence_display(elts, Op::BUILD_TUPLE)?;
            }
            let flags = self.star_call_keywords(&args.keywords)?;
            self.set_line(c.range());
            self.emit(Op::CALL_FUNCTION_EX, flags);
            return Ok(());
        }
        // Method call: obj.meth(args) → LOAD_METHOD.
        if let Expr::Attribute(a) = &*c.func {
            self.expr(&a.value)?;
            let i = self.attr_name(&a.attr.id);
            self.set_line(a.range);
            self.emit(Op::LOAD_METHOD, i);
        } else {
            self.emit(Op::PUSH_NULL, 0);
            self.expr(&c.func)?;
        }
        for a in args.args.iter() {
            self.expr(a)?;
        }
        let mut names = Vec::new();
        for k in args.keywords.iter() {
            self.expr(&k.value)?;
            names.push(Constant::Str(Rc::from(
                k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or(""),
            )));
        }
        let n = (args.args.len() + args.keywords.len()) as u32;
        self.set_line(c.range());
        if !names.is_empty() {
            let i = self.u().add_const(Constant::Tuple(names));
            self.emit(Op::KW_NAMES, i);
        }
        self.emit(Op::CALL, n);
        Ok(())
    }

    /// `'%s %r' % (a, b)` compiled as the f-string CPython's optimizer makes of it
    /// (`percent_format`); false (nothing emitted) when the rewrite does not apply.
    fn percent_format(&mut self, b: &ast::ExprBinOp) -> CResult<bool> {
        use crate::percent_format::{folded_str, is_constant_tuple, plan, Piece};
        if b.op != ast::Operator::Mod {
            return Ok(false);
        }
        let Expr::Tuple(t) = &*b.right else {
            return Ok(false);
        };
        if t.elts.iter().any(|e| e.is_starred_expr()) || is_constant_tuple(t) {
            return Ok(false);
        }
        let Some(fmt) = folded_str(&b.left) else {
            return Ok(false);
        };
        let Some(pieces) = plan(&fmt, t.elts.len()) else {
            return Ok(false);
        };
        let mut items = t.elts.iter();
        for piece in &pieces {
            match piece {
                Piece::Text(s) => self.load_const(Constant::Str(Rc::from(s.as_str()))),
                Piece::Field { conv, spec } => {
                    let item = items.next().expect("plan matched the items");
                    self.expr(item)?;
                    let saved = self.loc();
                    // CPython gives the formatting the item's position (a traceback from
                    // its `__str__` points at the item, not at the `%`).
                    self.set_line(item.range());
                    let mut flags = match conv {
                        's' => format_value::CONV_STR,
                        'r' => format_value::CONV_REPR,
                        _ => format_value::CONV_ASCII,
                    };
                    if let Some(spec) = spec {
                        self.load_const(Constant::Str(Rc::from(spec.as_str())));
                        flags |= format_value::HAVE_SPEC;
                    }
                    self.emit(Op::FORMAT_VALUE, flags);
                    self.set_loc(saved);
                }
            }
        }
        if pieces.len() != 1 {
            self.emit(Op::BUILD_STRING, pieces.len() as u32);
        }
        Ok(true)
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CResult<()> {
        let mut n = 0u32;
        let mut lit = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => lit.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.interpolated_elements(&fs.elements, &mut lit, &mut n)?;
                }
            }
        }
        if !lit.is_empty() || n == 0 {
            self.load_const(Constant::Str(Rc::from(lit.as_str())));
            n += 1;
        }
        if n > 1 {
            self.emit(Op::BUILD_STRING, n);
        }
        Ok(())
    }

    fn interpolated_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        lit: &mut String,
        n: &mut u32,
    ) -> CResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => lit.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(dbg) = &i.debug_text {
                        lit.push_str(dbg.leading());
                        let text = &self.source[i.expression.range().start().to_usize()
                            ..i.expression.range().end().to_usize()];
                        lit.push_str(text);
                        lit.push_str(dbg.trailing());
                        if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    if !lit.is_empty() {
                        self.load_const(Constant::Str(Rc::from(lit.as_str())));
                        *n += 1;
                        lit.clear();
                    }
                    self.expr(&i.expression)?;
                    let mut flags = match conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => format_value::CONV_STR,
                        ast::ConversionFlag::Repr => format_value::CONV_REPR,
                        ast::ConversionFlag::Ascii => format_value::CONV_ASCII,
                    };
                    if let Some(spec) = &i.format_spec {
                        let mut slit = String::new();
                        let mut sn = 0u32;
                        self.interpolated_elements(&spec.elements, &mut slit, &mut sn)?;
                        if !slit.is_empty() || sn == 0 {
                            self.load_const(Constant::Str(Rc::from(slit.as_str())));
                            sn += 1;
                        }
                        if sn > 1 {
                            self.emit(Op::BUILD_STRING, sn);
                        }
                        flags |= format_value::HAVE_SPEC;
                    }
                    self.emit(Op::FORMAT_VALUE, flags);
                    *n += 1;
                }
            }
        }
        Ok(())
    }
}
