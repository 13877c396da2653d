//! Python's regular-expression syntax → a tree (`Node`), with CPython 3.11's error
//! messages and positions. Positions count code points of a str pattern (bytes of a
//! bytes pattern), as `re.error.pos` does. The flags in force where an item stands are
//! written into it (`(?i:…)` scopes them), so the compiler needs no flag stack.

pub const F_TEMPLATE: u32 = 1;
pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_DEBUG: u32 = 128;
pub const F_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS: u32 = F_DEBUG | F_TEMPLATE;

/// sre's "no upper bound" for repeats (`_sre.MAXREPEAT`).
pub const MAXREPEAT: u32 = u32::MAX;
const MAXGROUPS: usize = i32::MAX as usize / 2;
/// Widths saturate here (CPython's MAXWIDTH).
pub const MAXWIDTH: u64 = 1 << 32;

/// A compile error: the message, and where (None for errors CPython raises without one).
#[derive(Debug)]
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
    pub kind: ErrKind,
}

/// Which exception a compile error raises.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ErrKind {
    /// `re.error`
    Re,
    /// `OverflowError` (repeat counts)
    Overflow,
    /// `RecursionError` (nesting deeper than the parser goes)
    Recursion,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    /// `^`
    Beginning,
    /// `$`
    End,
    /// `\A`
    BeginningString,
    /// `\Z`
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// A parsed pattern. `fl` is the flags in force at the item.
#[derive(Clone, Debug)]
pub enum Node {
    Lit(u32, u32),
    NotLit(u32, u32),
    Any(u32),
    In {
        neg: bool,
        items: Vec<Item>,
        fl: u32,
    },
    At(At, u32),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        node: Box<Node>,
    },
    Backref(usize, u32),
    Assert {
        behind: bool,
        neg: bool,
        node: Box<Node>,
    },
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Option<Box<Node>>,
    },
    Atomic(Box<Node>),
}

impl Node {
    fn is_repeat(&self) -> bool {
        matches!(self, Node::Repeat { .. })
    }
}

/// The result of parsing: the tree, the number of groups (without group 0), the group
/// names in definition order, and the pattern's flags with its inline global flags.
pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    /// The width of each group (index 0 unused), for the compiler's look-behind check.
    pub widths: Vec<(u64, u64)>,
}

/// One token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq)]
struct Tok {
    c: u32,
    esc: bool,
}

struct Source<'a> {
    s: &'a [u32],
    istext: bool,
    index: usize,
    next: Option<Tok>,
    // Parser state (CPython's `State`).
    flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
}

fn err(msg: impl Into<String>, pos: usize) -> ReError {
    ReError {
        msg: msg.into(),
        pos: Some(pos),
        kind: ErrKind::Re,
    }
}

type R<T> = Result<T, ReError>;

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn is_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { c, esc: false }) if (b'0' as u32..=b'9' as u32).contains(&c))
}

fn is_identifier(s: &str) -> bool {
    crate::ucd::is_identifier(s)
}

impl<'a> Source<'a> {
    fn advance(&mut self) -> R<()> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == b'\\' as u32 {
            let Some(&e) = self.s.get(self.index + 1) else {
                return Err(err("bad escape (end of pattern)", self.s.len() - 1));
            };
            self.index += 2;
            self.next = Some(Tok { c: e, esc: true });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, esc: false });
        }
        Ok(())
    }
    fn tell(&self) -> usize {
        self.index
            - match self.next {
                None => 0,
                Some(t) if t.esc => 2,
                Some(_) => 1,
            }
    }
    fn seek(&mut self, i: usize) -> R<()> {
        self.index = i;
        self.advance()
    }
    fn get(&mut self) -> R<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    /// Takes the next token when it is the plain character `c`.
    fn eat(&mut self, c: char) -> R<bool> {
        if self.next
            == Some(Tok {
                c: c as u32,
                esc: false,
            })
        {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }
    fn peek_is(&self, c: char) -> bool {
        self.next
            == Some(Tok {
                c: c as u32,
                esc: false,
            })
    }
    fn error(&self, msg: impl Into<String>, offset: usize) -> ReError {
        err(msg, self.tell().saturating_sub(offset))
    }
    /// Up to `n` tokens that are plain characters satisfying `f`.
    fn getwhile(&mut self, n: usize, f: impl Fn(u32) -> bool) -> R<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(Tok { c, esc: false }) if f(c) => {
                    out.push(ch(c));
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }
    /// The text up to `term` (a name), with CPython's errors; token texts are kept as
    /// written (`\x` stays two characters).
    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        let mut len = 0;
        loop {
            let t = self.next;
            self.advance()?;
            match t {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {term}, unterminated name"), len));
                }
                Some(Tok { c, esc: false }) if c == term as u32 => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    if t.esc {
                        out.push('\\');
                        len += 1;
                    }
                    out.push(ch(t.c));
                    len += 1;
                }
            }
        }
        Ok(out)
    }
    fn check_group_name(&self, name: &str, offset: usize) -> R<()> {
        if !is_identifier(name) {
            return Err(self.error(
                format!(
                    "bad character in group name {}",
                    crate::repr::str_repr(name)
                ),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn check_group(&self, g: usize) -> bool {
        g < self.groups() && self.widths[g].is_some()
    }
    fn check_lookbehind_group(&self, g: usize) -> R<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return Err(self.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(self.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
    fn group_of(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
}

const OCT: fn(u32) -> bool = |c| (b'0' as u32..=b'7' as u32).contains(&c);
const HEX: fn(u32) -> bool = |c| char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit());

fn escape_text(e: u32) -> String {
    format!("\\{}", ch(e))
}

/// The escapes common to classes and expressions: `\x`, `\u`, `\U`, `\N`.
/// Returns None when `e` is none of them.
fn hex_escape(src: &mut Source, e: u32) -> R<Option<u32>> {
    let len = match ch(e) {
        'x' => 2,
        'u' if src.istext => 4,
        'U' if src.istext => 8,
        'N' if src.istext => {
            if !src.eat('{')? {
                return Err(src.error("missing {", 0));
            }
            let name = src.getuntil('}', "character name")?;
            // A named sequence is no one character: undefined here too, as in CPython.
            let found = metal_ucd::names::lookup(&name, false).and_then(|s| s.chars().next());
            return match found {
                Some(c) => Ok(Some(c as u32)),
                None => Err(src.error(
                    format!("undefined character name {}", crate::repr::str_repr(&name)),
                    name.chars().count() + 4,
                )),
            };
        }
        _ => return Ok(None),
    };
    let digits = src.getwhile(len, HEX)?;
    let text = format!("{}{digits}", escape_text(e));
    if digits.len() != len {
        return Err(src.error(format!("incomplete escape {text}"), text.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if len == 8 && char::from_u32(v).is_none() && v > 0x10ffff {
        return Err(src.error(format!("bad escape {text}"), text.len()));
    }
    Ok(Some(v))
}

fn simple_escape(e: u32) -> Option<u32> {
    Some(match ch(e) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => b'\\' as u32,
        _ => return None,
    })
}

fn category(e: u32) -> Option<Cat> {
    Some(match ch(e) {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

enum ClassCode {
    Lit(u32),
    Cat(Cat),
}

fn class_escape(src: &mut Source, e: u32) -> R<ClassCode> {
    if let Some(c) = simple_escape(e) {
        return Ok(ClassCode::Lit(c));
    }
    if let Some(c) = category(e) {
        return Ok(ClassCode::Cat(c));
    }
    if let Some(v) = hex_escape(src, e)? {
        return Ok(ClassCode::Lit(v));
    }
    let c = ch(e);
    if OCT(e) {
        let more = src.getwhile(2, OCT)?;
        let text = format!("\\{c}{more}");
        let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return Err(src.error(
                format!("octal escape value {text} outside of range 0-0o377"),
                text.len(),
            ));
        }
        return Ok(ClassCode::Lit(v));
    }
    if c.is_ascii_alphanumeric() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(ClassCode::Lit(e))
}

fn escape(src: &mut Source, e: u32) -> R<Node> {
    let fl = src.flags;
    match ch(e) {
        'A' => return Ok(Node::At(At::BeginningString, fl)),
        'Z' => return Ok(Node::At(At::EndString, fl)),
        'b' => return Ok(Node::At(At::Boundary, fl)),
        'B' => return Ok(Node::At(At::NonBoundary, fl)),
        _ => {}
    }
    if let Some(c) = category(e) {
        return Ok(Node::In {
            neg: false,
            items: vec![Item::Cat(c)],
            fl,
        });
    }
    if let Some(c) = simple_escape(e) {
        return Ok(Node::Lit(c, fl));
    }
    if let Some(v) = hex_escape(src, e)? {
        return Ok(Node::Lit(v, fl));
    }
    let c = ch(e);
    if c == '0' {
        let more = src.getwhile(2, OCT)?;
        return Ok(Node::Lit(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
            fl,
        ));
    }
    if c.is_ascii_digit() {
        let mut text = format!("\\{c}");
        if is_digit(src.next) {
            let d = src.get()?.map(|t| ch(t.c)).unwrap_or('0');
            text.push(d);
            let b = text.as_bytes();
            if OCT(b[1] as u32) && OCT(b[2] as u32) && src.next.is_some_and(|t| !t.esc && OCT(t.c))
            {
                let d = src.get()?.map(|t| ch(t.c)).unwrap_or('0');
                text.push(d);
                let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(src.error(
                        format!("octal escape value {text} outside of range 0-0o377"),
                        text.len(),
                    ));
                }
                return Ok(Node::Lit(v, fl));
            }
        }
        let g: usize = text[1..].parse().unwrap_or(usize::MAX);
        if g < src.groups() {
            if !src.check_group(g) {
                return Err(src.error("cannot refer to an open group", text.len()));
            }
            src.check_lookbehind_group(g)?;
            return Ok(Node::Backref(g, fl));
        }
        return Err(src.error(format!("invalid group reference {g}"), text.len() - 1));
    }
    if c.is_ascii_alphanumeric() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(Node::Lit(e, fl))
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        't' => F_TEMPLATE,
        'u' => F_UNICODE,
        _ => return None,
    })
}

fn tok_is(t: Option<Tok>, c: char) -> bool {
    t == Some(Tok {
        c: c as u32,
        esc: false,
    })
}

fn tok_len(t: Tok) -> usize {
    if t.esc {
        2
    } else {
        1
    }
}

/// After `(?` and a flag letter or `-`: None for global flags (`(?i)`), or the flags a
/// scoped group (`(?i-s:…)`) adds and removes.
fn parse_flags(src: &mut Source, first: Tok) -> R<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut t = Some(first);
    if !tok_is(t, '-') {
        loop {
            let c = t.map(|t| t.c).unwrap_or(0);
            let flag = flag_of(c).unwrap_or(0);
            if src.istext {
                if ch(c) == 'L' {
                    return Err(src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if ch(c) == 'u' {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            t = src.get()?;
            let Some(tk) = t else {
                return Err(src.error("missing -, : or )", 0));
            };
            if !tk.esc && matches!(ch(tk.c), ')' | '-' | ':') {
                break;
            }
            if tk.esc || flag_of(tk.c).is_none() {
                let msg = if !tk.esc && crate::ucd::is_alpha(ch(tk.c)) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, tok_len(tk)));
            }
        }
    }
    if tok_is(t, ')') {
        src.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if tok_is(t, '-') {
        t = src.get()?;
        let Some(tk) = t else {
            return Err(src.error("missing flag", 0));
        };
        if tk.esc || flag_of(tk.c).is_none() {
            let msg = if !tk.esc && crate::ucd::is_alpha(ch(tk.c)) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, tok_len(tk)));
        }
        loop {
            let flag = t.and_then(|t| flag_of(t.c)).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            t = src.get()?;
            let Some(tk) = t else {
                return Err(src.error("missing :", 0));
            };
            if tok_is(t, ':') {
                break;
            }
            if tk.esc || flag_of(tk.c).is_none() {
                let msg = if !tk.esc && crate::ucd::is_alpha(ch(tk.c)) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg, tok_len(tk)));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

fn seq(mut items: Vec<Node>) -> Node {
    if items.len() == 1 {
        items.pop().unwrap_or(Node::Concat(Vec::new()))
    } else {
        Node::Concat(items)
    }
}

/// An alternation `a|b|c`.
fn parse_sub(src: &mut Source, nested: usize) -> R<Node> {
    if nested > 1000 {
        return Err(ReError {
            msg: "maximum recursion depth exceeded while parsing a pattern".into(),
            pos: None,
            kind: ErrKind::Recursion,
        });
    }
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, nested + 1, first)?);
        if !src.eat('|')? {
            break;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Node::Concat(Vec::new())));
    }
    Ok(Node::Alt(items))
}

/// A sequence of items, up to `|`, `)` or the end.
fn parse_seq(src: &mut Source, nested: usize, first: bool) -> R<Node> {
    let mut out: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if !this.esc && (this.c == b'|' as u32 || this.c == b')' as u32) {
            break;
        }
        src.advance()?;
        let c = ch(this.c);
        if src.flags & F_VERBOSE != 0 && !this.esc {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                continue;
            }
            if c == '#' {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if tok_is(Some(t), '\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            out.push(escape(src, this.c)?);
            continue;
        }
        match c {
            '[' => out.push(parse_class(src)?),
            '?' | '*' | '+' | '{' => {
                let here = src.tell();
                let (min, max) = match c {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.peek_is('}') {
                            out.push(Node::Lit(this.c, src.flags));
                            continue;
                        }
                        let lo = src.getwhile(usize::MAX, |c| (48..58).contains(&c))?;
                        let hi = if src.eat(',')? {
                            Some(src.getwhile(usize::MAX, |c| (48..58).contains(&c))?)
                        } else {
                            None
                        };
                        if !src.eat('}')? {
                            out.push(Node::Lit(this.c, src.flags));
                            src.seek(here)?;
                            continue;
                        }
                        let num = |s: &str| -> R<u32> {
                            match s.parse::<u64>() {
                                Ok(v) if v < MAXREPEAT as u64 => Ok(v as u32),
                                _ => Err(ReError {
                                    msg: "the repetition number is too large".into(),
                                    pos: None,
                                    kind: ErrKind::Overflow,
                                }),
                            }
                        };
                        let min = if lo.is_empty() { 0 } else { num(&lo)? };
                        let max = match &hi {
                            None => min,
                            Some(h) if h.is_empty() => MAXREPEAT,
                            Some(h) => {
                                let m = num(h)?;
                                if m < min {
                                    return Err(src.error(
                                        "min repeat greater than max repeat",
                                        src.tell() - here,
                                    ));
                                }
                                m
                            }
                        };
                        (min, max)
                    }
                };
                let off = src.tell() - here + 1;
                let Some(item) = out.pop() else {
                    return Err(src.error("nothing to repeat", off));
                };
                if matches!(item, Node::At(..)) {
                    return Err(src.error("nothing to repeat", off));
                }
                if item.is_repeat() {
                    return Err(src.error("multiple repeat", off));
                }
                let kind = if src.eat('?')? {
                    RepeatKind::Lazy
                } else if src.eat('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                out.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    node: Box::new(item),
                });
            }
            '.' => out.push(Node::Any(src.flags)),
            '^' => out.push(Node::At(At::Beginning, src.flags)),
            '$' => out.push(Node::At(At::End, src.flags)),
            '(' => {
                let start = src.tell() - 1;
                if let Some(n) = parse_paren(src, start, nested, first && out.is_empty())? {
                    out.push(n);
                }
            }
            _ => out.push(Node::Lit(this.c, src.flags)),
        }
    }
    Ok(seq(out))
}

fn unterminated(src: &Source, start: usize) -> ReError {
    src.error("missing ), unterminated subpattern", src.tell() - start)
}

/// After `(`: a group, an extension, or None for what adds nothing (comments, global
/// flags).
fn parse_paren(src: &mut Source, start: usize, nested: usize, first: bool) -> R<Option<Node>> {
    let mut capture = true;
    let mut atomic = false;
    let mut name = None;
    let saved_flags = src.flags;
    if src.eat('?')? {
        let Some(t) = src.get()? else {
            return Err(src.error("unexpected end of pattern", 0));
        };
        let c = if t.esc { '\0' } else { ch(t.c) };
        match c {
            'P' => {
                if src.eat('<')? {
                    let n = src.getuntil('>', "group name")?;
                    src.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if src.eat('=')? {
                    let n = src.getuntil(')', "group name")?;
                    src.check_group_name(&n, 1)?;
                    let len = n.chars().count();
                    let Some(g) = src.group_of(&n) else {
                        return Err(src.error(
                            format!("unknown group name {}", crate::repr::str_repr(&n)),
                            len + 1,
                        ));
                    };
                    if !src.check_group(g) {
                        return Err(src.error("cannot refer to an open group", len + 1));
                    }
                    src.check_lookbehind_group(g)?;
                    return Ok(Some(Node::Backref(g, src.flags)));
                } else {
                    let Some(t) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    let text = if t.esc {
                        escape_text(t.c)
                    } else {
                        ch(t.c).to_string()
                    };
                    return Err(src.error(
                        format!("unknown extension ?P{text}"),
                        text.chars().count() + 2,
                    ));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if src.next.is_none() {
                        return Err(
                            src.error("missing ), unterminated comment", src.tell() - start)
                        );
                    }
                    if tok_is(src.get()?, ')') {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut kind = c;
                let mut behind = false;
                let mut outer_lb = None;
                if c == '<' {
                    let Some(t) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    if t.esc || !matches!(ch(t.c), '=' | '!') {
                        let text = if t.esc {
                            escape_text(t.c)
                        } else {
                            ch(t.c).to_string()
                        };
                        return Err(src.error(
                            format!("unknown extension ?<{text}"),
                            text.chars().count() + 2,
                        ));
                    }
                    kind = ch(t.c);
                    behind = true;
                    outer_lb = Some(src.lookbehind_groups);
                    if src.lookbehind_groups.is_none() {
                        src.lookbehind_groups = Some(src.groups());
                    }
                }
                let p = parse_sub(src, nested + 1)?;
                if let Some(prev) = outer_lb {
                    if prev.is_none() {
                        src.lookbehind_groups = None;
                    }
                }
                if !src.eat(')')? {
                    return Err(unterminated(src, start));
                }
                src.flags = saved_flags;
                return Ok(Some(Node::Assert {
                    behind,
                    neg: kind == '!',
                    node: Box::new(p),
                }));
            }
            '(' => return parse_cond(src, start, nested).map(Some),
            '>' => {
                capture = false;
                atomic = true;
            }
            _ if c == '-' || flag_of(t.c).is_some() && !t.esc => match parse_flags(src, t)? {
                None => {
                    if !first {
                        return Err(src.error(
                            "global flags not at the start of the expression",
                            src.tell() - start,
                        ));
                    }
                    return Ok(None);
                }
                Some((add, del)) => {
                    capture = false;
                    src.flags = (src.flags | add) & !del;
                }
            },
            _ => {
                let text = if t.esc {
                    escape_text(t.c)
                } else {
                    c.to_string()
                };
                return Err(src.error(
                    format!("unknown extension ?{text}"),
                    text.chars().count() + 1,
                ));
            }
        }
    }
    let group = if capture {
        let g = src.groups();
        src.widths.push(None);
        if src.groups() > MAXGROUPS {
            return Err(src.error("too many groups", 0));
        }
        if let Some(n) = &name {
            if let Some(og) = src.group_of(n) {
                return Err(src.error(
                    format!(
                        "redefinition of group name {} as group {g}; was group {og}",
                        crate::repr::str_repr(n)
                    ),
                    n.chars().count() + 1,
                ));
            }
            src.names.push((n.clone(), g));
        }
        Some(g)
    } else {
        None
    };
    let p = parse_sub(src, nested + 1)?;
    src.flags = saved_flags;
    if !src.eat(')')? {
        return Err(unterminated(src, start));
    }
    if let Some(g) = group {
        let w = width(&p, &src.widths);
        src.widths[g] = Some(w);
        return Ok(Some(Node::Group(g, Box::new(p))));
    }
    if atomic {
        return Ok(Some(Node::Atomic(Box::new(p))));
    }
    // A non-capturing group is its contents; a Concat keeps it one item for a
    // following repeat.
    Ok(Some(match p {
        Node::Concat(v) if v.len() == 1 => Node::Concat(v),
        p => Node::Concat(vec![p]),
    }))
}

/// `(?(group)yes|no)`, after `(?(`.
fn parse_cond(src: &mut Source, start: usize, nested: usize) -> R<Node> {
    let name = src.getuntil(')', "group name")?;
    let len = name.chars().count();
    let group = if is_identifier(&name) {
        let Some(g) = src.group_of(&name) else {
            return Err(src.error(
                format!("unknown group name {}", crate::repr::str_repr(&name)),
                len + 1,
            ));
        };
        g
    } else {
        let bad = || {
            format!(
                "bad character in group name {}",
                crate::repr::str_repr(&name)
            )
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_digit()) {
            return Err(src.error(bad(), len + 1));
        }
        let g: usize = name.parse().unwrap_or(usize::MAX);
        if g == 0 {
            return Err(src.error("bad group number", len + 1));
        }
        if g >= MAXGROUPS {
            return Err(src.error(format!("invalid group reference {g}"), len + 1));
        }
        if !src.grouprefpos.iter().any(|(x, _)| *x == g) {
            let p = src.tell() - len - 1;
            src.grouprefpos.push((g, p));
        }
        g
    };
    src.check_lookbehind_group(group)?;
    let yes = parse_seq(src, nested + 1, false)?;
    let no = if src.eat('|')? {
        let n = parse_seq(src, nested + 1, false)?;
        if src.peek_is('|') {
            return Err(src.error("conditional backref with more than two branches", 0));
        }
        Some(Box::new(n))
    } else {
        None
    };
    if !src.eat(')')? {
        return Err(unterminated(src, start));
    }
    Ok(Node::Cond {
        group,
        yes: Box::new(yes),
        no,
    })
}

/// A class `[...]`, after the `[`.
fn parse_class(src: &mut Source) -> R<Node> {
    let here = src.tell() - 1;
    let neg = src.eat('^')?;
    let mut items: Vec<Item> = Vec::new();
    let tok_text = |t: Tok| {
        if t.esc {
            escape_text(t.c)
        } else {
            ch(t.c).to_string()
        }
    };
    loop {
        let Some(this) = src.get()? else {
            return Err(src.error("unterminated character set", src.tell() - here));
        };
        if tok_is(Some(this), ']') && !items.is_empty() {
            break;
        }
        let code1 = if this.esc {
            class_escape(src, this.c)?
        } else {
            ClassCode::Lit(this.c)
        };
        if src.eat('-')? {
            let Some(that) = src.get()? else {
                return Err(src.error("unterminated character set", src.tell() - here));
            };
            if tok_is(Some(that), ']') {
                items.push(match code1 {
                    ClassCode::Lit(c) => Item::Lit(c),
                    ClassCode::Cat(c) => Item::Cat(c),
                });
                items.push(Item::Lit(b'-' as u32));
                break;
            }
            let code2 = if that.esc {
                class_escape(src, that.c)?
            } else {
                ClassCode::Lit(that.c)
            };
            let msg = format!("bad character range {}-{}", tok_text(this), tok_text(that));
            let off = tok_text(this).chars().count() + 1 + tok_text(that).chars().count();
            match (code1, code2) {
                (ClassCode::Lit(lo), ClassCode::Lit(hi)) if hi >= lo => {
                    items.push(Item::Range(lo, hi))
                }
                _ => return Err(src.error(msg, off)),
            }
        } else {
            items.push(match code1 {
                ClassCode::Lit(c) => Item::Lit(c),
                ClassCode::Cat(c) => Item::Cat(c),
            });
        }
    }
    let fl = src.flags;
    if items.len() == 1 {
        if let Item::Lit(c) = items[0] {
            return Ok(if neg {
                Node::NotLit(c, fl)
            } else {
                Node::Lit(c, fl)
            });
        }
    }
    Ok(Node::In { neg, items, fl })
}

fn add_w(a: u64, b: u64) -> u64 {
    a.saturating_add(b).min(MAXWIDTH)
}

/// The least and most characters a node can match (CPython's `getwidth`).
pub fn width(n: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    match n {
        Node::Lit(..) | Node::NotLit(..) | Node::Any(_) | Node::In { .. } => (1, 1),
        Node::At(..) | Node::Assert { .. } => (0, 0),
        Node::Concat(v) => v.iter().fold((0, 0), |(lo, hi), n| {
            let (l, h) = width(n, groups);
            (add_w(lo, l), add_w(hi, h))
        }),
        Node::Alt(v) => {
            let mut lo = MAXWIDTH;
            let mut hi = 0;
            for n in v {
                let (l, h) = width(n, groups);
                lo = lo.min(l);
                hi = hi.max(h);
            }
            (lo, hi)
        }
        Node::Group(_, n) | Node::Atomic(n) => width(n, groups),
        Node::Repeat { min, max, node, .. } => {
            let (l, h) = width(node, groups);
            let lo = l.saturating_mul(*min as u64).min(MAXWIDTH);
            let hi = if *max == MAXREPEAT && h > 0 {
                MAXWIDTH
            } else {
                h.saturating_mul(*max as u64).min(MAXWIDTH)
            };
            (lo, hi)
        }
        Node::Backref(g, _) => groups.get(*g).copied().flatten().unwrap_or((0, 0)),
        Node::Cond { yes, no, .. } => {
            let (mut l, mut h) = width(yes, groups);
            match no {
                Some(no) => {
                    let (l2, h2) = width(no, groups);
                    l = l.min(l2);
                    h = h.max(h2);
                }
                None => l = 0,
            }
            (l, h)
        }
    }
}

/// Parse a pattern (code points of a str, or bytes) with the flags it was compiled with.
pub fn parse(pattern: &[u32], istext: bool, flags: u32) -> R<Parsed> {
    let mut src = Source {
        s: pattern,
        istext,
        index: 0,
        next: None,
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
    };
    src.advance()?;
    let node = parse_sub(&mut src, 0)?;
    // The global flags are those at the end of the top level (scoped ones are undone).
    let flags = src.flags;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, p) in &src.grouprefpos {
        if g >= src.groups() {
            return Err(err(format!("invalid group reference {g}"), p));
        }
    }
    let groups = src.groups() - 1;
    let widths = src.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    Ok(Parsed {
        node,
        groups,
        names: src.names,
        flags,
        widths,
    })
}
