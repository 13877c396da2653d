//! `type.__flags__`: CPython's `tp_flags` of a type. The types CPython writes in C have
//! theirs from a table generated from CPython (`scripts/gen-type-flags`); a class
//! defined in Python has them worked out as `type.__new__` sets them: a heap type, its
//! instances' layout (`cshape`), what `match` takes it for, whether it is abstract, and
//! what it inherits from its `tp_base` (the builtin-subclass bits, `_Py_TPFLAGS_MATCH_SELF`).
//! `Py_TPFLAGS_VALID_VERSION_TAG`, which CPython sets on a type once its method cache
//! has looked it up, is never set.

use std::rc::Rc;

use crate::objects::types::{PyType, COLLECTION_MAPPING, COLLECTION_SEQUENCE};

#[path = "type_flags_table.rs"]
mod table;

pub const MANAGED_DICT: u32 = 1 << 4;
pub const SEQUENCE: u32 = 1 << 5;
pub const MAPPING: u32 = 1 << 6;
pub const IMMUTABLETYPE: u32 = 1 << 8;
pub const HEAPTYPE: u32 = 1 << 9;
pub const BASETYPE: u32 = 1 << 10;
pub const READY: u32 = 1 << 12;
pub const HAVE_GC: u32 = 1 << 14;
pub const IS_ABSTRACT: u32 = 1 << 20;
pub const MATCH_SELF: u32 = 1 << 22;
/// `Py_TPFLAGS_LONG_SUBCLASS` … `Py_TPFLAGS_TYPE_SUBCLASS` (bits 24 to 31).
pub const SUBCLASS_BITS: u32 = 0xff00_0000;

/// CPython's flags of a type it writes in C (by `tp_name`).
fn c_flags(name: &str) -> Option<u32> {
    table::TABLE
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|i| table::TABLE[i].1)
}

/// `t.__flags__`.
pub fn flags(t: &Rc<PyType>) -> u32 {
    if t.builtin {
        if let Some(f) = c_flags(&t.name()) {
            return f;
        }
    } else if let Some(f) = t.shape.c_name.and_then(c_flags) {
        return f;
    } else if let Some(f) = c_flags(&t.full_name()) {
        // Another class of metal's library that CPython writes in C (`re.Pattern`,
        // `types.GenericAlias`).
        return f;
    }
    let inherited =
        crate::objects::cshape::tp_base(t).map_or(0, |b| flags(&b)) & (SUBCLASS_BITS | MATCH_SELF);
    let mut f = READY | inherited;
    if t.builtin {
        // (A native type missing from CPython's table.)
        f |= IMMUTABLETYPE | BASETYPE;
    } else {
        f |= HEAPTYPE;
        if !t.shape.final_type {
            f |= BASETYPE;
        }
        if t.shape.managed_dict {
            f |= MANAGED_DICT;
        }
        if t.abstract_.get() {
            f |= IS_ABSTRACT;
        }
    }
    if t.shape.gc {
        f |= HAVE_GC;
    }
    let collection = t.collection.get();
    if collection & COLLECTION_SEQUENCE != 0 {
        f |= SEQUENCE;
    }
    if collection & COLLECTION_MAPPING != 0 {
        f |= MAPPING;
    }
    f
}
