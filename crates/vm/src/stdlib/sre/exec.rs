//! The backtracking matcher. It runs a `Program` over a text of bytes (a bytes subject,
//! or a str that is all ASCII: one byte per character) or UTF-8 (any other str), with
//! positions in bytes. Choice points live on an explicit stack (`Bt`), so long texts
//! and deep repeats never grow the Rust stack; only look-arounds and atomic groups run
//! their body in a nested call, as deep as the pattern nests them.
//!
//! sre's rules kept here: a loop whose body matched empty stops looping (its last
//! start position is kept per loop); `^`/`\b` look at the whole string, not at `pos`;
//! a search after an empty match must not match empty where it starts ("must
//! advance"); fullmatch requires the match to end at `endpos` (checked at `Match`, so it
//! backtracks into shorter alternatives).

use super::compile::{Assert, Fold, Inst, Program, SubKind, Test};
use super::parse::{RepeatKind, MAXREPEAT};
use super::unicode::{is_word, lower, lower_ascii};

pub const NONE: usize = usize::MAX;

/// A subject: the next and previous character at a byte position.
pub trait Text: Copy {
    fn bytes(&self) -> &[u8];
    fn next(&self, pos: usize) -> Option<(u32, usize)>;
    fn prev(&self, pos: usize) -> Option<(u32, usize)>;
    /// Whether the text is one byte per character.
    const BYTES: bool;
}

#[derive(Clone, Copy)]
pub struct Bytes<'a>(pub &'a [u8]);

#[derive(Clone, Copy)]
pub struct Utf8<'a>(pub &'a [u8]);

impl Text for Bytes<'_> {
    const BYTES: bool = true;
    #[inline]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline]
    fn next(&self, pos: usize) -> Option<(u32, usize)> {
        self.0.get(pos).map(|&b| (b as u32, pos + 1))
    }
    #[inline]
    fn prev(&self, pos: usize) -> Option<(u32, usize)> {
        if pos == 0 {
            return None;
        }
        Some((self.0[pos - 1] as u32, pos - 1))
    }
}

impl Text for Utf8<'_> {
    const BYTES: bool = false;
    #[inline]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline]
    fn next(&self, pos: usize) -> Option<(u32, usize)> {
        let s = self.0;
        let b0 = *s.get(pos)? as u32;
        if b0 < 0x80 {
            return Some((b0, pos + 1));
        }
        let cont = |i: usize| (s[pos + i] & 0x3f) as u32;
        if b0 < 0xe0 {
            Some((((b0 & 0x1f) << 6) | cont(1), pos + 2))
        } else if b0 < 0xf0 {
            Some((((b0 & 0x0f) << 12) | (cont(1) << 6) | cont(2), pos + 3))
        } else {
            Some((
                ((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
                pos + 4,
            ))
        }
    }
    #[inline]
    fn prev(&self, pos: usize) -> Option<(u32, usize)> {
        if pos == 0 {
            return None;
        }
        let mut p = pos - 1;
        while p > 0 && self.0[p] & 0xc0 == 0x80 {
            p -= 1;
        }
        self.next(p).map(|(c, _)| (c, p))
    }
}

/// A choice point, or a value to put back when backtracking past it.
#[derive(Clone, Copy)]
enum Bt {
    Branch {
        pc: u32,
        pos: usize,
    },
    Slot {
        slot: u32,
        old: usize,
    },
    Reg {
        reg: u32,
        count: u32,
        last: usize,
    },
    /// A greedy single-character repeat that can give back characters down to `min_pos`;
    /// `pc` is its instruction.
    RepOne {
        pc: u32,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy one that can take one more at `pos`, having taken `count`.
    LazyOne {
        pc: u32,
        pos: usize,
        count: u32,
    },
    /// A lazy loop that can run its body once more at `pos`.
    LazyIter {
        pc: u32,
        pos: usize,
    },
}

/// Buffers kept between matches of a pattern.
#[derive(Default)]
pub struct Scratch {
    stack: Vec<Bt>,
    slots: Vec<usize>,
    regs: Vec<(u32, usize)>,
}

pub struct Matcher<'a, T: Text> {
    prog: &'a Program,
    text: T,
    end: usize,
    stack: Vec<Bt>,
    pub slots: Vec<usize>,
    regs: Vec<(u32, usize)>,
    /// Where the current attempt started, and whether it must not match empty there.
    start: usize,
    must_advance: bool,
    full: bool,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Search,
    Match,
    FullMatch,
}

impl<'a, T: Text> Matcher<'a, T> {
    pub fn new(prog: &'a Program, text: T, scratch: Scratch) -> Self {
        let Scratch {
            mut stack,
            mut slots,
            mut regs,
        } = scratch;
        stack.clear();
        slots.clear();
        // One more slot: the last group to close (sre's lastindex).
        slots.resize(prog.nslots + 1, NONE);
        regs.clear();
        regs.resize(prog.nregs, (0, NONE));
        let end = text.bytes().len();
        Matcher {
            prog,
            text,
            end,
            stack,
            slots,
            regs,
            start: 0,
            must_advance: false,
            full: false,
        }
    }

    pub fn into_scratch(self) -> Scratch {
        Scratch {
            stack: self.stack,
            slots: self.slots,
            regs: self.regs,
        }
    }

    /// Forget the last match's groups (before the next search).
    pub fn reset(&mut self) {
        self.slots.fill(NONE);
        self.regs.fill((0, NONE));
        self.stack.clear();
    }

    /// Find a match from byte position `pos`; on success `slots` hold its spans.
    pub fn run_search(&mut self, pos: usize, mode: Mode, must_advance: bool) -> bool {
        self.full = mode == Mode::FullMatch;
        self.must_advance = must_advance;
        let prog = self.prog;
        let prefix: &[u8] = if T::BYTES {
            match &prog.prefix_latin {
                Some(p) => p,
                None => return false,
            }
        } else {
            &prog.prefix_utf8
        };
        if mode != Mode::Search || prog.anchored_start {
            if prog.anchored_start && mode == Mode::Search && pos != 0 {
                return false;
            }
            if !self.text.bytes()[pos..].starts_with(prefix) {
                return false;
            }
            return self.attempt(pos);
        }
        let first = match prog.insts.first() {
            Some(Inst::One(t)) => Some(*t),
            Some(Inst::RepOne { test, min, .. }) if *min > 0 => Some(*test),
            _ => None,
        };
        let mut p = pos;
        loop {
            if !prefix.is_empty() {
                match memchr::memmem::find(&self.text.bytes()[p..], prefix) {
                    Some(off) => p += off,
                    None => return false,
                }
            } else if let Some(t) = first {
                // Skip the places where the first character cannot match.
                loop {
                    match self.text.next(p) {
                        Some((c, np)) => {
                            if self.test(t, c) {
                                break;
                            }
                            p = np;
                        }
                        None => return false,
                    }
                }
            }
            if self.attempt(p) {
                return true;
            }
            self.must_advance = false;
            match self.text.next(p) {
                Some((_, np)) => p = np,
                None => return false,
            }
        }
    }

    fn attempt(&mut self, pos: usize) -> bool {
        self.start = pos;
        match self.run(0, pos, true) {
            Some(end) => {
                self.stack.clear();
                self.slots[0] = pos;
                self.slots[1] = end;
                true
            }
            None => false,
        }
    }

    #[inline]
    fn test(&self, t: Test, c: u32) -> bool {
        match t {
            Test::Char(x) => c == x,
            Test::NotChar(x) => c != x,
            Test::CharI(x, uni) => (if uni { lower(c) } else { lower_ascii(c) }) == x,
            Test::NotCharI(x, uni) => (if uni { lower(c) } else { lower_ascii(c) }) != x,
            Test::AnyNotNl => c != b'\n' as u32,
            Test::Any => true,
            Test::Set(i) => self.prog.sets[i as usize].contains(c),
        }
    }

    fn at(&self, a: Assert, pos: usize) -> bool {
        let end = self.end;
        let nl = b'\n' as u32;
        match a {
            Assert::Beginning | Assert::BeginningString => pos == 0,
            Assert::BeginningLine => pos == 0 || self.text.prev(pos).is_some_and(|(c, _)| c == nl),
            Assert::EndString => pos == end,
            Assert::End => pos == end || (self.text.next(pos) == Some((nl, end))),
            Assert::EndLine => pos == end || self.text.next(pos).is_some_and(|(c, _)| c == nl),
            Assert::Boundary(uni) | Assert::NonBoundary(uni) => {
                if end == 0 {
                    return false;
                }
                let before = self.text.prev(pos).is_some_and(|(c, _)| is_word(c, uni));
                let after = self.text.next(pos).is_some_and(|(c, _)| is_word(c, uni));
                (before != after) == matches!(a, Assert::Boundary(_))
            }
        }
    }

    /// Back to the latest choice point above `base`, undoing what lies above it.
    fn backtrack(&mut self, base: usize) -> Option<(usize, usize)> {
        while self.stack.len() > base {
            let top = self.stack.pop()?;
            match top {
                Bt::Branch { pc, pos } => return Some((pc as usize, pos)),
                Bt::Slot { slot, old } => self.slots[slot as usize] = old,
                Bt::Reg { reg, count, last } => self.regs[reg as usize] = (count, last),
                Bt::RepOne { pc, min_pos, pos } => {
                    let p = self.give_back(pc as usize, min_pos, pos);
                    if p > min_pos {
                        self.stack.push(Bt::RepOne {
                            pc,
                            min_pos,
                            pos: p,
                        });
                    }
                    return Some((pc as usize + 1, p));
                }
                Bt::LazyOne { pc, pos, count } => {
                    let Inst::RepOne { test, max, .. } = self.prog.insts[pc as usize] else {
                        continue;
                    };
                    if count < max || max == MAXREPEAT {
                        if let Some((c, np)) = self.text.next(pos) {
                            if self.test(test, c) {
                                self.stack.push(Bt::LazyOne {
                                    pc,
                                    pos: np,
                                    count: count + 1,
                                });
                                return Some((pc as usize + 1, np));
                            }
                        }
                    }
                }
                Bt::LazyIter { pc, pos } => {
                    let Inst::RepLazy { reg, max, .. } = self.prog.insts[pc as usize] else {
                        continue;
                    };
                    let (count, last) = self.regs[reg as usize];
                    if (count >= max && max != MAXREPEAT) || pos == last {
                        continue;
                    }
                    self.stack.push(Bt::Reg { reg, count, last });
                    self.regs[reg as usize] = (count + 1, pos);
                    return Some((pc as usize + 1, pos));
                }
            }
        }
        None
    }

    /// One character less for the greedy repeat at `pc`, now ending at `pos`; when a
    /// literal follows, straight back to where it could match.
    fn give_back(&self, pc: usize, min_pos: usize, pos: usize) -> usize {
        let lit = match self.prog.insts.get(pc + 1) {
            Some(Inst::One(Test::Char(c))) => Some(*c),
            _ => None,
        };
        let mut p = match self.text.prev(pos) {
            Some((_, p)) => p,
            None => return min_pos,
        };
        if let Some(l) = lit {
            while p > min_pos && self.text.next(p).map(|(c, _)| c) != Some(l) {
                p = match self.text.prev(p) {
                    Some((_, q)) => q,
                    None => return min_pos,
                };
            }
        }
        p
    }

    /// Keep only the undo records above `base` (an atomic group or a look-around
    /// succeeded: its choice points are gone, its captures stay).
    fn cut(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            let e = self.stack[r];
            if matches!(e, Bt::Slot { .. } | Bt::Reg { .. }) {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undo everything above `base`.
    fn undo(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Bt::Slot { slot, old }) => self.slots[slot as usize] = old,
                Some(Bt::Reg { reg, count, last }) => self.regs[reg as usize] = (count, last),
                _ => {}
            }
        }
    }

    fn step_back(&self, mut pos: usize, n: u32) -> Option<usize> {
        if T::BYTES {
            return pos.checked_sub(n as usize);
        }
        for _ in 0..n {
            pos = self.text.prev(pos)?.1;
        }
        Some(pos)
    }

    fn backref(&self, g: u32, fold: Fold, pos: usize) -> Option<usize> {
        let (s, e) = (self.slots[2 * g as usize], self.slots[2 * g as usize + 1]);
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let bytes = self.text.bytes();
        if fold == Fold::Exact {
            let n = e - s;
            if pos + n <= self.end && bytes[s..e] == bytes[pos..pos + n] {
                return Some(pos + n);
            }
            return None;
        }
        let f = |c: u32| {
            if fold == Fold::Unicode {
                lower(c)
            } else {
                lower_ascii(c)
            }
        };
        let (mut i, mut p) = (s, pos);
        while i < e {
            let (a, ni) = self.text.next(i)?;
            let (b, np) = self.text.next(p)?;
            if f(a) != f(b) {
                return None;
            }
            i = ni;
            p = np;
        }
        Some(p)
    }

    fn set_slot(&mut self, slot: u32, v: usize) {
        let old = self.slots[slot as usize];
        self.stack.push(Bt::Slot { slot, old });
        self.slots[slot as usize] = v;
    }

    /// Run from `pc` at `pos` to `Match` (top level) or `Succeed` (a nested body): the
    /// end position, or None when every choice failed.
    fn run(&mut self, mut pc: usize, mut pos: usize, top: bool) -> Option<usize> {
        let base = self.stack.len();
        let prog = self.prog;
        loop {
            let ok = match prog.insts[pc] {
                Inst::One(t) => match self.text.next(pos) {
                    Some((c, np)) if self.test(t, c) => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::RepOne {
                    test,
                    min,
                    max,
                    kind,
                } => {
                    let mut count = 0u32;
                    let mut p = pos;
                    let limit = if kind == RepeatKind::Lazy { min } else { max };
                    let mut min_pos = if min == 0 { pos } else { NONE };
                    if T::BYTES && test == Test::Any {
                        let n = (self.end - p).min(limit as usize);
                        p += n;
                        count = n as u32;
                        if count >= min {
                            min_pos = pos + min as usize;
                        }
                    } else {
                        while count < limit {
                            match self.text.next(p) {
                                Some((c, np)) if self.test(test, c) => {
                                    p = np;
                                    count += 1;
                                    if count == min {
                                        min_pos = p;
                                    }
                                }
                                _ => break,
                            }
                        }
                    }
                    if count < min {
                        false
                    } else {
                        match kind {
                            RepeatKind::Lazy => self.stack.push(Bt::LazyOne {
                                pc: pc as u32,
                                pos: p,
                                count,
                            }),
                            RepeatKind::Greedy if p > min_pos => {
                                // Give back at once to where a following literal fits.
                                let q = match prog.insts.get(pc + 1) {
                                    Some(Inst::One(Test::Char(l))) => {
                                        if self.text.next(p).map(|(c, _)| c) == Some(*l) {
                                            p
                                        } else {
                                            self.give_back(pc, min_pos, p)
                                        }
                                    }
                                    _ => p,
                                };
                                p = q;
                                if p > min_pos {
                                    self.stack.push(Bt::RepOne {
                                        pc: pc as u32,
                                        min_pos,
                                        pos: p,
                                    });
                                }
                            }
                            _ => {}
                        }
                        pos = p;
                        pc += 1;
                        true
                    }
                }
                Inst::At(a) => {
                    pc += 1;
                    self.at(a, pos)
                }
                Inst::Save(s) => {
                    self.set_slot(s, pos);
                    if s & 1 == 1 {
                        self.set_slot(prog.nslots as u32, (s / 2) as usize);
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Branch { pc: b, pos });
                    pc = a as usize;
                    true
                }
                Inst::Jmp(a) => {
                    pc = a as usize;
                    true
                }
                Inst::RepInit(r) => {
                    let (count, last) = self.regs[r as usize];
                    self.stack.push(Bt::Reg {
                        reg: r,
                        count,
                        last,
                    });
                    self.regs[r as usize] = (0, NONE);
                    pc += 1;
                    true
                }
                Inst::RepGreedy {
                    reg,
                    min,
                    max,
                    exit,
                } => {
                    let (count, last) = self.regs[reg as usize];
                    if count < min {
                        self.stack.push(Bt::Reg { reg, count, last });
                        self.regs[reg as usize] = (count + 1, last);
                        pc += 1;
                    } else if (count < max || max == MAXREPEAT) && pos != last {
                        self.stack.push(Bt::Branch { pc: exit, pos });
                        self.stack.push(Bt::Reg { reg, count, last });
                        self.regs[reg as usize] = (count + 1, pos);
                        pc += 1;
                    } else {
                        pc = exit as usize;
                    }
                    true
                }
                Inst::RepLazy { reg, min, exit, .. } => {
                    let (count, last) = self.regs[reg as usize];
                    if count < min {
                        self.stack.push(Bt::Reg { reg, count, last });
                        self.regs[reg as usize] = (count + 1, last);
                        pc += 1;
                    } else {
                        self.stack.push(Bt::LazyIter { pc: pc as u32, pos });
                        pc = exit as usize;
                    }
                    true
                }
                Inst::Backref(g, fold) => match self.backref(g, fold, pos) {
                    Some(np) => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::GroupExists(g, no) => {
                    let (s, e) = (self.slots[2 * g as usize], self.slots[2 * g as usize + 1]);
                    pc = if s != NONE && e != NONE {
                        pc + 1
                    } else {
                        no as usize
                    };
                    true
                }
                Inst::Sub(kind, next) => {
                    let from = match kind {
                        SubKind::Behind(n) | SubKind::NotBehind(n) => self.step_back(pos, n),
                        _ => Some(pos),
                    };
                    let inner = self.stack.len();
                    let r = match from {
                        Some(f) => self.run(pc + 1, f, false),
                        None => None,
                    };
                    pc = next as usize;
                    match (kind, r) {
                        (SubKind::Atomic, Some(e)) => {
                            self.cut(inner);
                            pos = e;
                            true
                        }
                        (SubKind::Ahead | SubKind::Behind(_), Some(_)) => {
                            self.cut(inner);
                            true
                        }
                        (SubKind::NotAhead | SubKind::NotBehind(_), Some(_)) => {
                            self.undo(inner);
                            false
                        }
                        (SubKind::NotAhead | SubKind::NotBehind(_), None) => true,
                        _ => false,
                    }
                }
                Inst::Succeed => {
                    if !top {
                        return Some(pos);
                    }
                    true
                }
                Inst::Match => {
                    if (self.full && pos != self.end) || (self.must_advance && pos == self.start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if !ok {
                match self.backtrack(base) {
                    Some((npc, npos)) => {
                        pc = npc;
                        pos = npos;
                    }
                    None => return None,
                }
            }
        }
    }
}
