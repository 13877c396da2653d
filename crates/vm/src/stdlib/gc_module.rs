//! The `gc` module: CPython's interface to the cycle collector of `crate::gc`
//! (collections by generation, counts, thresholds, statistics, callbacks, `freeze`,
//! the tracked objects and their references, the debug flags with `gc.garbage`).

use std::rc::Rc;

use crate::builtins::{function, pos_args};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::objects::object::Payload;
use crate::objects::PyList;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, d: &PyDict) {
    function(d, "collect", collect);
    function(d, "isenabled", isenabled);
    function(d, "enable", enable);
    function(d, "disable", disable);
    function(d, "get_count", get_count);
    function(d, "get_threshold", get_threshold);
    function(d, "set_threshold", set_threshold);
    function(d, "get_stats", get_stats);
    function(d, "get_objects", get_objects);
    function(d, "get_referents", get_referents);
    function(d, "get_referrers", get_referrers);
    function(d, "is_tracked", is_tracked);
    function(d, "is_finalized", is_finalized);
    function(d, "freeze", freeze);
    function(d, "unfreeze", unfreeze);
    function(d, "get_freeze_count", get_freeze_count);
    function(d, "set_debug", set_debug);
    function(d, "get_debug", get_debug);
    for (name, v) in [
        ("DEBUG_STATS", crate::gc::DEBUG_STATS),
        ("DEBUG_COLLECTABLE", crate::gc::DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", crate::gc::DEBUG_SAVEALL),
        ("DEBUG_LEAK", 38),
    ] {
        d.set_by_str(name, Value::Int(v as i64));
    }
    let callbacks = PyList::tracked(Vec::new());
    let garbage = PyList::tracked(Vec::new());
    d.set_by_str("callbacks", Value::List(callbacks.clone()));
    d.set_by_str("garbage", Value::List(garbage.clone()));
    crate::gc::set_module_lists(callbacks, garbage);
    let _ = vm;
}

/// An int argument as `usize` (CPython's message for a non-int).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::builtins::to_index(vm, v)
}

/// The one optional argument `generation` of `collect()` and `get_objects()`.
fn generation_arg(vm: &Vm, name: &str, args: &Args<'_>) -> PyResult<Option<Value>> {
    for (k, _) in args.kw() {
        if k != "generation" {
            return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
    }
    let kw = args.get_kw("generation");
    let pos = args.pos();
    let given = pos.len() + usize::from(kw.is_some());
    if given > 1 {
        return Err(vm.type_error(format!("{name}() takes at most 1 argument ({given} given)")));
    }
    Ok(pos.first().or(kw).cloned())
}

fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generation = generation_arg(vm, "collect", &args)?;
    let generation = match generation {
        Some(g) => int_arg(vm, &g)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    crate::gc::safe_point(vm);
    let n = crate::gc::collect_generation(vm, generation as usize);
    crate::gc::safe_point(vm);
    Ok(Value::from_usize(n))
}

fn isenabled(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "isenabled", &args)?;
    Ok(Value::bool(crate::gc::is_enabled()))
}

fn enable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "enable", &args)?;
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "disable", &args)?;
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn triple(t: (usize, usize, usize)) -> Value {
    Value::tuple(vec![
        Value::from_usize(t.0),
        Value::from_usize(t.1),
        Value::from_usize(t.2),
    ])
}

fn get_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "get_count", &args)?;
    Ok(triple(crate::gc::counts()))
}

fn get_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "get_threshold", &args)?;
    Ok(triple(crate::gc::thresholds()))
}

fn set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let mut t = crate::gc::thresholds();
    let mut vals = [0usize; 3];
    for (i, v) in pos.iter().enumerate() {
        // (CPython stores the C ints as given; a negative one never triggers.)
        let n = int_arg(vm, v)?;
        vals[i] = usize::try_from(n).unwrap_or(usize::MAX);
    }
    t.0 = vals[0];
    if pos.len() > 1 {
        t.1 = vals[1];
    }
    if pos.len() > 2 {
        t.2 = vals[2];
    }
    crate::gc::set_thresholds(t);
    Ok(Value::None)
}

fn get_stats(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "get_stats", &args)?;
    let stats = crate::gc::stats()
        .iter()
        .map(|[collections, collected]| {
            let d = PyDict::new();
            d.set_by_str("collections", Value::from_usize(*collections));
            d.set_by_str("collected", Value::from_usize(*collected));
            d.set_by_str("uncollectable", Value::Int(0));
            Value::Dict(crate::gc::track_dict(Rc::new(d)))
        })
        .collect();
    Ok(Value::list(stats))
}

fn get_objects(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generation = generation_arg(vm, "get_objects", &args)?;
    let generation = match generation {
        None | Some(Value::None) => None,
        Some(g) => {
            let g = int_arg(vm, &g)?;
            if g == -1 {
                // (CPython's default: all generations.)
                return Ok(Value::list(crate::gc::objects(None)));
            }
            if g >= 3 {
                return Err(vm.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    crate::gc::safe_point(vm);
    Ok(Value::list(crate::gc::objects(generation)))
}

fn get_referents(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let objs = pos_args(vm, "get_referents", &args, 0, usize::MAX)?;
    let mut out = Vec::new();
    for o in objs {
        out.extend(crate::gc::referents(o));
    }
    Ok(Value::list(out))
}

fn get_referrers(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let objs = pos_args(vm, "get_referrers", &args, 0, usize::MAX)?;
    crate::gc::safe_point(vm);
    Ok(Value::list(crate::gc::referrers(objs)))
}

/// Whether CPython's collector would be tracking `v` now: atoms never, a tuple unless
/// empty (CPython tracks a new tuple until a collection finds only atoms in it), a dict
/// once it holds a tracked key or value, heap types and the container kinds always.
fn tracked(v: &Value) -> bool {
    match v {
        Value::Null
        | Value::None
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_) => false,
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Dict(d) => d
            .table
            .borrow()
            .iter()
            .any(|e| tracked(&e.key) || tracked(&e.value)),
        Value::List(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Function(_)
        | Value::Builtin(_)
        | Value::Cell(_) => true,
        Value::Type(t) => !t.builtin,
        Value::Object(o) => match &o.payload {
            Payload::Complex(..)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Code(_) => false,
            Payload::Iter(st) => !matches!(&*st.borrow(), IterState::Range { .. }),
            Payload::Instance => !o.cls().builtin,
            _ => true,
        },
    }
}

fn is_tracked(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = gc_one_arg(vm, "is_tracked", &args)?;
    Ok(Value::bool(tracked(a)))
}

fn is_finalized(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = gc_one_arg(vm, "is_finalized", &args)?;
    Ok(Value::bool(match a {
        Value::Object(o) => o.finalized.get(),
        _ => false,
    }))
}

/// No arguments, with CPython's message naming the function with its module.
fn no_args(vm: &Vm, name: &str, args: &Args<'_>) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    match args.pos().len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("gc.{name}() takes no arguments ({n} given)"))),
    }
}

/// One positional argument, named as CPython names the module's functions.
fn gc_one_arg<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [a] => Ok(a),
        p => Err(vm.type_error(format!(
            "gc.{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

fn freeze(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "freeze", &args)?;
    crate::gc::freeze();
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "unfreeze", &args)?;
    crate::gc::unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "get_freeze_count", &args)?;
    Ok(Value::from_usize(crate::gc::freeze_count()))
}

fn set_debug(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = gc_one_arg(vm, "set_debug", &args)?;
    let flags = int_arg(vm, a)?;
    crate::gc::set_debug(flags as u32);
    Ok(Value::None)
}

fn get_debug(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, "get_debug", &args)?;
    Ok(Value::Int(crate::gc::debug() as i64))
}
