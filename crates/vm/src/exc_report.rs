//! The report of an exception (CPython 3.11's text): its chain of causes and contexts
//! and, for a group, the nested boxes of its exceptions. Two walks of the exceptions,
//! as CPython has two: the `traceback` module's (`TracebackException` makes the whole
//! tree first, each exception once) and the interpreter's own printer (which draws as
//! it goes, leaving out what it has drawn). The text of one exception (its frames, its
//! last line) is `exceptions.rs`'s.

use std::collections::HashSet;
use std::rc::Rc;

use crate::exceptions::{exception_chunks, stack_chunks};
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// The `traceback` module's report of an exception, chain included.
pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    format_exception_with(vm, e, &ReportOptions::default()).concat()
}

/// What the `traceback` module may change in a report (`TracebackException`'s
/// arguments).
pub struct ReportOptions {
    /// Draw the causes and contexts.
    pub chain: bool,
    /// How many exceptions of a group are drawn (the rest are counted).
    pub max_group_width: usize,
    /// How deep nested groups are drawn.
    pub max_group_depth: usize,
}

impl Default for ReportOptions {
    fn default() -> ReportOptions {
        ReportOptions {
            chain: true,
            max_group_width: 15,
            max_group_depth: 10,
        }
    }
}

/// The `traceback` module's text of `e` drawn with `opts`, in the chunks
/// `TracebackException.format` yields (a frame, a line of the box…).
pub fn format_exception_with(vm: &mut Vm, e: &PyErr, opts: &ReportOptions) -> Vec<String> {
    let tree = ExcTree::build(e);
    let mut ctx = PrintCtx::new(false, opts);
    let mut out = Vec::new();
    tree.format(vm, 0, &mut ctx, &mut out);
    out
}

/// What the interpreter prints for an exception nobody caught: "Did you mean" on
/// AttributeErrors and NameErrors (CPython 3.11 adds it only there, not in the
/// `traceback` module's text), and the exceptions drawn in the order its C printer
/// meets them.
pub fn format_uncaught(vm: &mut Vm, e: &PyErr) -> String {
    let opts = ReportOptions::default();
    let mut ctx = PrintCtx::new(true, &opts);
    let mut printer = Printer {
        seen: HashSet::new(),
    };
    let mut out = Vec::new();
    printer.print(vm, e, &mut ctx, &mut out);
    out.concat()
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

fn id_of(e: &PyErr) -> usize {
    Rc::as_ptr(&e.0) as usize
}

fn as_exception(v: &Value) -> Option<PyErr> {
    match v {
        Value::Object(o) if matches!(o.payload, Payload::Exception(_)) => Some(PyErr(o.clone())),
        _ => None,
    }
}

/// A group's exceptions (None for an exception that is not a group).
fn members(e: &PyErr) -> Option<Vec<PyErr>> {
    crate::exc_group::parts(&e.value())
        .map(|(_, excs)| excs.iter().filter_map(as_exception).collect())
}

/// One exception of a report and the ones it leads to (CPython's
/// `TracebackException`): its cause, its context and a group's exceptions, each
/// exception taken once (the `_seen` set), in the order CPython visits them.
struct ExcNode {
    exc: PyErr,
    cause: Option<usize>,
    context: Option<usize>,
    children: Option<Vec<usize>>,
}

struct ExcTree {
    nodes: Vec<ExcNode>,
}

impl ExcTree {
    fn build(e: &PyErr) -> ExcTree {
        fn add(nodes: &mut Vec<ExcNode>, seen: &mut HashSet<usize>, e: PyErr) -> usize {
            seen.insert(id_of(&e));
            nodes.push(ExcNode {
                exc: e,
                cause: None,
                context: None,
                children: None,
            });
            nodes.len() - 1
        }
        let mut seen = HashSet::new();
        let mut nodes = Vec::new();
        add(&mut nodes, &mut seen, e.clone());
        let mut queue = vec![0usize];
        while let Some(i) = queue.pop() {
            let exc = nodes[i].exc.clone();
            let d = exc.data();
            let unseen = |v: &Value, seen: &HashSet<usize>| {
                as_exception(v).filter(|x| !seen.contains(&id_of(x)))
            };
            let cause = unseen(&d.cause.borrow(), &seen).map(|c| add(&mut nodes, &mut seen, c));
            let context = unseen(&d.context.borrow(), &seen).map(|c| add(&mut nodes, &mut seen, c));
            let children = members(&exc).map(|m| {
                m.into_iter()
                    .map(|x| add(&mut nodes, &mut seen, x))
                    .collect::<Vec<_>>()
            });
            nodes[i].cause = cause;
            nodes[i].context = context;
            queue.extend(cause);
            queue.extend(context);
            if let Some(c) = &children {
                queue.extend(c.iter().copied());
            }
            nodes[i].children = children;
        }
        ExcTree { nodes }
    }

    /// `TracebackException.format`: the chain ending at node `i`, oldest first.
    fn format(&self, vm: &mut Vm, i: usize, ctx: &mut PrintCtx<'_>, out: &mut Vec<String>) {
        let mut chain: Vec<(Option<&str>, usize)> = Vec::new();
        let mut cur = Some(i);
        while let Some(n) = cur {
            let node = &self.nodes[n];
            if !ctx.opts.chain {
                chain.push((None, n));
                break;
            }
            let suppress = node.exc.data().suppress_context.get();
            let (msg, next) = match (node.cause, node.context) {
                (Some(c), _) => (Some(CAUSE_MESSAGE), Some(c)),
                (None, Some(c)) if !suppress => (Some(CONTEXT_MESSAGE), Some(c)),
                _ => (None, None),
            };
            chain.push((msg, n));
            cur = next;
        }
        for (msg, n) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(out, m, '|');
            }
            let node = &self.nodes[n];
            let children = node.children.as_deref();
            draw(
                vm,
                &node.exc,
                children,
                ctx,
                out,
                &mut |vm, &child, ctx, out| self.format(vm, child, ctx, out),
            );
        }
    }
}

/// The interpreter's printer (CPython's `print_exception_recursive`): an exception's
/// cause or context is drawn first unless already drawn (or being drawn) in this
/// report; the cause, when there is one, leaves the context out.
struct Printer {
    seen: HashSet<usize>,
}

impl Printer {
    fn print(&mut self, vm: &mut Vm, e: &PyErr, ctx: &mut PrintCtx<'_>, out: &mut Vec<String>) {
        self.seen.insert(id_of(e));
        let mut chain: Vec<(Option<&str>, PyErr)> = vec![(None, e.clone())];
        let mut cur = e.clone();
        loop {
            let d = cur.data();
            let cause = as_exception(&d.cause.borrow());
            let next = match cause {
                Some(c) => Some((CAUSE_MESSAGE, c)),
                None if !d.suppress_context.get() => {
                    as_exception(&d.context.borrow()).map(|c| (CONTEXT_MESSAGE, c))
                }
                None => None,
            };
            let Some((msg, next)) = next.filter(|(_, n)| !self.seen.contains(&id_of(n))) else {
                break;
            };
            self.seen.insert(id_of(&next));
            // (The message is drawn after the exception it introduces.)
            chain.push((Some(msg), next.clone()));
            cur = next;
        }
        let mut pending_msg: Option<&str> = None;
        for (msg, exc) in chain.into_iter().rev() {
            if let Some(m) = pending_msg.take() {
                ctx.emit(out, m, '|');
            }
            let children = members(&exc);
            draw(
                vm,
                &exc,
                children.as_deref(),
                ctx,
                out,
                &mut |vm, child, ctx, out| self.print(vm, child, ctx, out),
            );
            pending_msg = msg;
        }
    }
}

/// How `draw` draws a member of a group (as the walk it is part of does).
type DrawMember<'f, M> = dyn FnMut(&mut Vm, &M, &mut PrintCtx<'_>, &mut Vec<String>) + 'f;

/// One exception: its frames and text; for a group, its exceptions in nested boxes
/// (drawn by `member`), as deep and as many as `ctx.opts` allows.
fn draw<M>(
    vm: &mut Vm,
    e: &PyErr,
    children: Option<&[M]>,
    ctx: &mut PrintCtx<'_>,
    out: &mut Vec<String>,
    member: &mut DrawMember<'_, M>,
) {
    let has_tb = !e.data().traceback.borrow().is_empty();
    let Some(children) = children else {
        if has_tb {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            for chunk in stack_chunks(vm, e) {
                ctx.emit(out, &chunk, '|');
            }
        }
        let chunks = exception_chunks(vm, e, ctx.uncaught);
        let uncaught_syntax = ctx.uncaught && e.0.cls().is_subtype(&vm.exc_type("SyntaxError"));
        // CPython's own printer draws a SyntaxError's source line and caret without the
        // group's margin (its traceback module indents them).
        let first_own = (uncaught_syntax && ctx.depth > 0)
            .then(|| chunks.iter().position(|l| !l.starts_with(' ')))
            .flatten();
        for (k, chunk) in chunks.iter().enumerate() {
            if first_own.is_some_and(|f| k < f) && chunk.starts_with("    ") {
                out.push(chunk.clone());
            } else {
                ctx.emit(out, chunk, '|');
            }
        }
        return;
    };
    let (max_width, max_depth) = (ctx.opts.max_group_width, ctx.opts.max_group_depth);
    if ctx.depth > max_depth {
        ctx.emit(out, &format!("... (max_group_depth is {max_depth})\n"), '|');
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if has_tb {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        for chunk in stack_chunks(vm, e) {
            ctx.emit(out, &chunk, '|');
        }
    }
    for chunk in exception_chunks(vm, e, ctx.uncaught) {
        ctx.emit(out, &chunk, '|');
    }
    let total = children.len();
    let shown = total.min(max_width + 1);
    ctx.need_close = false;
    for (k, child) in children.iter().take(shown).enumerate() {
        let last = k + 1 == shown;
        if last {
            // The closing line may be drawn by a nested group.
            ctx.need_close = true;
        }
        let truncated = k >= max_width;
        let title = if truncated {
            "...".to_string()
        } else {
            (k + 1).to_string()
        };
        out.push(format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if k == 0 { "+-" } else { "  " }
        ));
        ctx.depth += 1;
        if truncated {
            let more = total - max_width;
            let text = format!(
                "and {more} more exception{}\n",
                if more > 1 { "s" } else { "" }
            );
            ctx.emit(out, &text, '|');
        } else {
            member(vm, child, ctx, out);
        }
        if last && ctx.need_close {
            out.push(format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// CPython's `_ExceptionPrintContext`: how deep in groups the text is drawn.
struct PrintCtx<'o> {
    depth: usize,
    need_close: bool,
    /// The interpreter's report (not the `traceback` module's).
    uncaught: bool,
    opts: &'o ReportOptions,
}

impl<'o> PrintCtx<'o> {
    fn new(uncaught: bool, opts: &'o ReportOptions) -> PrintCtx<'o> {
        PrintCtx {
            depth: 0,
            need_close: false,
            uncaught,
            opts,
        }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text` as one chunk, each of its lines after the indent and (inside a group) the
    /// margin.
    fn emit(&self, out: &mut Vec<String>, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        let mut chunk = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            chunk.push_str(&prefix);
            chunk.push_str(line);
        }
        out.push(chunk);
    }
}
