//! The tree of `parse` → a flat program for `exec`'s backtracking matcher. Flags are
//! resolved here: case-insensitive literals become their lowercase (or a set with sre's
//! extra case equivalents), classes get a bitmap of the first 256 code points with the
//! case rules applied, and `$`, `^`, `.`, `\b` get their multiline/dotall/ASCII variant.

use super::parse::{
    At, Cat, ErrKind, Item, Node, Parsed, ReError, RepeatKind, F_ASCII, F_DOTALL, F_IGNORECASE,
    F_MULTILINE, MAXREPEAT,
};
use super::unicode::{
    extra_cases, is_cased, is_digit, is_space, is_word, lower, lower_ascii, upper,
};

/// A test of one character.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Test {
    Char(u32),
    NotChar(u32),
    /// The character's lowercase is this (unicode or ASCII lowering).
    CharI(u32, bool),
    NotCharI(u32, bool),
    /// Any character but `\n`.
    AnyNotNl,
    Any,
    Set(u32),
}

/// Zero-width assertions, their flags resolved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Assert {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    /// `\b`, `\B`; the bool: Unicode's `\w` rather than ASCII's.
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SubKind {
    Atomic,
    Ahead,
    NotAhead,
    Behind(u32),
    NotBehind(u32),
}

/// How a backreference compares: exactly, or by lowercase (unicode or ASCII).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fold {
    Exact,
    Unicode,
    Ascii,
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(Test),
    /// A repeat of one character; the continuation is the next instruction.
    RepOne {
        test: Test,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    At(Assert),
    Save(u32),
    /// Try the first, then the second.
    Split(u32, u32),
    Jmp(u32),
    RepInit(u32),
    /// The head of a greedy loop: the body follows, `exit` is after the loop.
    RepGreedy {
        reg: u32,
        min: u32,
        max: u32,
        exit: u32,
    },
    RepLazy {
        reg: u32,
        min: u32,
        max: u32,
        exit: u32,
    },
    Backref(u32, Fold),
    GroupExists(u32, u32),
    /// A look-around or atomic group: its body follows up to `Succeed`; then `next`.
    Sub(SubKind, u32),
    Succeed,
    Match,
}

/// A character class: a bitmap of the code points below 256 (the answer, negation and
/// case included) and the items for the rest.
#[derive(Debug)]
pub struct CharSet {
    bitmap: [u64; 4],
    neg: bool,
    fold: Fold,
    unicode: bool,
    items: Vec<SetItem>,
}

#[derive(Clone, Copy, Debug)]
enum SetItem {
    Range(u32, u32),
    /// sre's RANGE_UNI_IGNORE: the (lowered) character or its uppercase in the range.
    RangeUpper(u32, u32),
    Cat(Cat),
}

impl CharSet {
    fn items_contain(&self, c: u32) -> bool {
        let c = match self.fold {
            Fold::Exact => c,
            Fold::Unicode => lower(c),
            Fold::Ascii => lower_ascii(c),
        };
        self.items.iter().any(|it| match *it {
            SetItem::Range(a, b) => a <= c && c <= b,
            SetItem::RangeUpper(a, b) => {
                (a <= c && c <= b) || {
                    let u = upper(c);
                    a <= u && u <= b
                }
            }
            SetItem::Cat(cat) => cat_test(cat, c, self.unicode),
        })
    }
    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.bitmap[(c >> 6) as usize] & (1u64 << (c & 63)) != 0;
        }
        self.items_contain(c) != self.neg
    }
}

pub fn cat_test(cat: Cat, c: u32, unicode: bool) -> bool {
    match cat {
        Cat::Digit => is_digit(c, unicode),
        Cat::NotDigit => !is_digit(c, unicode),
        Cat::Space => is_space(c, unicode),
        Cat::NotSpace => !is_space(c, unicode),
        Cat::Word => is_word(c, unicode),
        Cat::NotWord => !is_word(c, unicode),
    }
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub nregs: usize,
    pub nslots: usize,
    /// The literal every match starts with (case-sensitive; after a leading `^` or
    /// `\A`), as UTF-8 and as latin-1
    /// bytes (None when a character is above 255).
    pub prefix_utf8: Vec<u8>,
    pub prefix_latin: Option<Vec<u8>>,
    /// A match can only start at the beginning of the string.
    pub anchored_start: bool,
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
    istext: bool,
    widths: &'a [(u64, u64)],
}

fn fold_of(istext: bool, fl: u32) -> Fold {
    if fl & F_IGNORECASE == 0 {
        Fold::Exact
    } else if istext && fl & F_ASCII == 0 {
        Fold::Unicode
    } else {
        Fold::Ascii
    }
}

impl Compiler<'_> {
    fn unicode(&self, fl: u32) -> bool {
        self.istext && fl & F_ASCII == 0
    }

    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn add_set(&mut self, neg: bool, items: &[Item], fl: u32) -> Test {
        let fold = fold_of(self.istext, fl);
        let unicode = self.unicode(fl);
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        let mut out = Vec::new();
        let add_folded = |c: u32, ranges: &mut Vec<(u32, u32)>| match fold {
            Fold::Exact => ranges.push((c, c)),
            Fold::Ascii => ranges.push((lower_ascii(c), lower_ascii(c))),
            Fold::Unicode => {
                let l = lower(c);
                ranges.push((l, l));
                for &e in extra_cases(l) {
                    ranges.push((e, e));
                }
            }
        };
        for it in items {
            match *it {
                Item::Lit(c) => add_folded(c, &mut ranges),
                Item::Range(a, b) => match fold {
                    Fold::Exact => ranges.push((a, b)),
                    _ => {
                        // Every BMP character of the range by its lowercase (as sre's
                        // charmap); beyond, the lowered character or its uppercase.
                        let bmp_end = b.min(0xffff);
                        if a <= bmp_end {
                            for c in a..=bmp_end {
                                add_folded(c, &mut ranges);
                            }
                        }
                        if b > 0xffff {
                            let lo = a.max(0x10000);
                            if fold == Fold::Unicode {
                                out.push(SetItem::RangeUpper(lo, b));
                            } else {
                                ranges.push((lo, b));
                            }
                        }
                    }
                },
                Item::Cat(c) => out.push(SetItem::Cat(c)),
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::new();
        for (a, b) in ranges {
            match merged.last_mut() {
                Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let mut items: Vec<SetItem> = merged
            .into_iter()
            .map(|(a, b)| SetItem::Range(a, b))
            .collect();
        items.extend(out);
        let mut set = CharSet {
            bitmap: [0; 4],
            neg,
            fold,
            unicode,
            items,
        };
        for c in 0..256u32 {
            if set.items_contain(c) != neg {
                set.bitmap[(c >> 6) as usize] |= 1u64 << (c & 63);
            }
        }
        self.sets.push(set);
        Test::Set(self.sets.len() as u32 - 1)
    }

    fn literal(&mut self, c: u32, neg: bool, fl: u32) -> Test {
        match fold_of(self.istext, fl) {
            Fold::Exact => {}
            Fold::Ascii => {
                if c < 128 && (c as u8).is_ascii_alphabetic() {
                    let l = lower_ascii(c);
                    return if neg {
                        Test::NotCharI(l, false)
                    } else {
                        Test::CharI(l, false)
                    };
                }
            }
            Fold::Unicode => {
                if is_cased(c) {
                    let l = lower(c);
                    if !extra_cases(l).is_empty() {
                        return self.add_set(neg, &[Item::Lit(c)], fl);
                    }
                    return if neg {
                        Test::NotCharI(l, true)
                    } else {
                        Test::CharI(l, true)
                    };
                }
            }
        }
        if neg {
            Test::NotChar(c)
        } else {
            Test::Char(c)
        }
    }

    /// The test of a node that matches exactly one character, if it is one.
    fn single(&mut self, n: &Node) -> Option<Test> {
        Some(match n {
            Node::Lit(c, fl) => self.literal(*c, false, *fl),
            Node::NotLit(c, fl) => self.literal(*c, true, *fl),
            Node::Any(fl) => {
                if fl & F_DOTALL != 0 {
                    Test::Any
                } else {
                    Test::AnyNotNl
                }
            }
            Node::In { neg, items, fl } => self.add_set(*neg, items, *fl),
            Node::Concat(v) if v.len() == 1 => return self.single(&v[0]),
            _ => return None,
        })
    }

    fn node(&mut self, n: &Node) -> Result<(), ReError> {
        if let Some(t) = self.single(n) {
            self.emit(Inst::One(t));
            return Ok(());
        }
        match n {
            Node::At(a, fl) => {
                let ml = fl & F_MULTILINE != 0;
                let uni = self.unicode(*fl);
                let a = match a {
                    At::Beginning if ml => Assert::BeginningLine,
                    At::Beginning => Assert::Beginning,
                    At::End if ml => Assert::EndLine,
                    At::End => Assert::End,
                    At::BeginningString => Assert::BeginningString,
                    At::EndString => Assert::EndString,
                    At::Boundary => Assert::Boundary(uni),
                    At::NonBoundary => Assert::NonBoundary(uni),
                };
                self.emit(Inst::At(a));
            }
            Node::Concat(v) => {
                for n in v {
                    self.node(n)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, n) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.node(n)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split as u32 + 1, next);
                    } else {
                        self.node(n)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, n) => {
                self.emit(Inst::Save(2 * *g as u32));
                self.node(n)?;
                self.emit(Inst::Save(2 * *g as u32 + 1));
            }
            Node::Backref(g, fl) => {
                self.emit(Inst::Backref(*g as u32, fold_of(self.istext, *fl)));
            }
            Node::Cond { group, yes, no } => {
                let test = self.emit(Inst::GroupExists(*group as u32, 0));
                self.node(yes)?;
                let jmp = self.emit(Inst::Jmp(0));
                let no_pc = self.pc();
                if let Some(no) = no {
                    self.node(no)?;
                }
                let end = self.pc();
                self.insts[test] = Inst::GroupExists(*group as u32, no_pc);
                self.insts[jmp] = Inst::Jmp(end);
            }
            Node::Atomic(n) => self.sub(SubKind::Atomic, n)?,
            Node::Assert { behind, neg, node } => {
                let kind = if *behind {
                    let (lo, hi) = super::parse::width(node, &self.width_table());
                    if lo != hi {
                        return Err(ReError {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                            kind: ErrKind::Re,
                        });
                    }
                    if *neg {
                        SubKind::NotBehind(lo as u32)
                    } else {
                        SubKind::Behind(lo as u32)
                    }
                } else if *neg {
                    SubKind::NotAhead
                } else {
                    SubKind::Ahead
                };
                self.sub(kind, node)?;
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => self.repeat(*min, *max, *kind, node)?,
            Node::Lit(..) | Node::NotLit(..) | Node::Any(_) | Node::In { .. } => {}
        }
        Ok(())
    }

    fn width_table(&self) -> Vec<Option<(u64, u64)>> {
        self.widths.iter().map(|w| Some(*w)).collect()
    }

    fn sub(&mut self, kind: SubKind, n: &Node) -> Result<(), ReError> {
        let at = self.emit(Inst::Sub(kind, 0));
        self.node(n)?;
        self.emit(Inst::Succeed);
        let next = self.pc();
        self.insts[at] = Inst::Sub(kind, next);
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepeatKind, n: &Node) -> Result<(), ReError> {
        if let Some(test) = self.single(n) {
            self.emit(Inst::RepOne {
                test,
                min,
                max,
                kind,
            });
            return Ok(());
        }
        if kind == RepeatKind::Possessive {
            // sre matches each iteration of a possessive repeat as an atomic group
            // (`(?:a|ab)++c` does not match "abc") and never gives iterations back.
            let at = self.emit(Inst::Sub(SubKind::Atomic, 0));
            let each = Node::Atomic(Box::new(n.clone()));
            self.repeat(min, max, RepeatKind::Greedy, &each)?;
            self.emit(Inst::Succeed);
            let next = self.pc();
            self.insts[at] = Inst::Sub(SubKind::Atomic, next);
            return Ok(());
        }
        let greedy = kind == RepeatKind::Greedy;
        if min == 1 && max == 1 {
            return self.node(n);
        }
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0, 0));
            self.node(n)?;
            let end = self.pc();
            self.insts[split] = if greedy {
                Inst::Split(split as u32 + 1, end)
            } else {
                Inst::Split(end, split as u32 + 1)
            };
            return Ok(());
        }
        let (lo, _) = super::parse::width(n, &self.width_table());
        if lo > 0 && min <= 1 && max == MAXREPEAT {
            // A body that cannot match empty needs no count: a plain loop.
            let enter = if min == 1 {
                Some(self.emit(Inst::Jmp(0)))
            } else {
                None
            };
            let head = self.emit(Inst::Split(0, 0));
            let body = self.pc();
            self.node(n)?;
            self.emit(Inst::Jmp(head as u32));
            let exit = self.pc();
            self.insts[head] = if greedy {
                Inst::Split(body, exit)
            } else {
                Inst::Split(exit, body)
            };
            if let Some(e) = enter {
                self.insts[e] = Inst::Jmp(body);
            }
            return Ok(());
        }
        let reg = self.nregs as u32;
        self.nregs += 1;
        self.emit(Inst::RepInit(reg));
        let head = self.emit(Inst::Jmp(0));
        self.node(n)?;
        self.emit(Inst::Jmp(head as u32));
        let exit = self.pc();
        self.insts[head] = if greedy {
            Inst::RepGreedy {
                reg,
                min,
                max,
                exit,
            }
        } else {
            Inst::RepLazy {
                reg,
                min,
                max,
                exit,
            }
        };
        Ok(())
    }
}

/// Compile a parsed pattern.
pub fn compile(p: &Parsed, istext: bool) -> Result<Program, ReError> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        nregs: 0,
        istext,
        widths: &p.widths,
    };
    c.node(&p.node)?;
    c.emit(Inst::Match);
    let mut prefix = Vec::new();
    // The literal after a leading `^`/`\A` counts too: such a pattern is tried at
    // one place only, and that place must start with it.
    let skip = usize::from(matches!(
        c.insts.first(),
        Some(Inst::At(Assert::Beginning | Assert::BeginningString))
    ));
    for i in &c.insts[skip..] {
        match i {
            Inst::One(Test::Char(ch)) => prefix.push(*ch),
            _ => break,
        }
    }
    let prefix_utf8 = prefix
        .iter()
        .filter_map(|&ch| char::from_u32(ch))
        .collect::<String>()
        .into_bytes();
    let prefix_latin = prefix
        .iter()
        .map(|&ch| u8::try_from(ch).ok())
        .collect::<Option<Vec<u8>>>();
    let anchored_start = matches!(
        c.insts.first(),
        Some(Inst::At(Assert::Beginning | Assert::BeginningString))
    );
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        nregs: c.nregs,
        nslots: 2 * (p.groups + 1),
        prefix_utf8,
        prefix_latin,
        anchored_start,
    })
}
