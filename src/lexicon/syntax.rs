//! A parser of the cue dialect straight to `regex-syntax`'s [`Hir`], for start-up.
//!
//! The crate compiles some 740 cues (about 97 KB of patterns) before it reads its first
//! letter. Through `regex-syntax`'s parser, which builds an abstract syntax tree
//! with spans and then translates it, that was close to half of the start-up: every
//! space of a cue becomes a bracketed class (`[ \n]`, see [`rewrite`](super::rewrite)),
//! and each costs a class parse and a translation. The cues use a small part of the
//! syntax (literals, `(?:…|…)`, groups, `?`, `*`, `+`, `{m,n}`, lazy repetitions,
//! bracketed classes with ranges, `.`, `^`, `$`, `\b`, `\d`, `\s`, `\n`, `\xHH` and
//! escaped meta characters); this parser reads that part, with the meaning
//! [`rewrite`](super::rewrite) gives it, and builds the tree with the same `Hir`
//! constructors `regex-syntax`'s translator calls, so the tree is *equal* to the one
//! `regex-syntax` builds from the rewritten cue.
//!
//! It gives up (`None`) on anything else — flags, named groups, nested classes and class
//! set operations, Unicode classes, `\B`, `\w`, a repetition of a repetition, an unclosed
//! group, a bound out of order — and the caller then parses with `regex-syntax`, which
//! either reads it or says what is wrong. So this is a shortcut, never a second
//! definition of the syntax: in debug builds every cue is parsed both ways and the trees
//! compared, and a property test does the same on generated patterns.

use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Dot, Hir, Look, Repetition,
};

/// Groups nested deeper than this are left to `regex-syntax` (which has its own limit).
const MAX_DEPTH: u32 = 64;

/// The tree of `pattern` read as a cue (a space and `\s` match a space or a line break,
/// `\b` is an ASCII word boundary, `\d` an ASCII digit), or `None` when the pattern uses
/// syntax this parser leaves to `regex-syntax`.
pub(super) fn parse(pattern: &str) -> Option<Hir> {
    let mut parser = Parser {
        chars: pattern.chars().collect(),
        pos: 0,
        captures: 0,
        depth: 0,
    };
    let hir = parser.alternation()?;
    (parser.pos == parser.chars.len()).then_some(hir)
}

/// A recursive-descent reader of one cue.
struct Parser {
    /// The cue's characters.
    chars: Vec<char>,
    /// Index in `chars` of the next character to read.
    pos: usize,
    /// Capture groups opened so far (the next one is numbered one more).
    captures: u32,
    /// Groups open around the current position.
    depth: u32,
}

/// An atom: a character (gathered with its neighbours into one literal) or a tree.
enum Atom {
    Char(char),
    Hir(Hir),
}

/// One member of a bracketed class, before ranges are formed.
enum Member {
    Char(char),
    /// `\d` in a class: the ASCII digits.
    Digits,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    /// Branches separated by `|`, up to the end or a `)`.
    fn alternation(&mut self) -> Option<Hir> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.pos += 1;
            branches.push(self.concat()?);
        }
        Some(if branches.len() == 1 {
            branches.pop()?
        } else {
            Hir::alternation(branches)
        })
    }

    /// Atoms, each with its repetition, up to the end, a `|` or a `)`. Characters that
    /// are not repeated are gathered into one literal (a tree node each would cost an
    /// allocation that `Hir::concat` would merge away).
    fn concat(&mut self) -> Option<Hir> {
        let mut items = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            match atom {
                Atom::Char(c) if !self.at_repetition() => {
                    text.push(c);
                }
                atom => {
                    if !text.is_empty() {
                        items.push(Hir::literal(std::mem::take(&mut text).into_bytes()));
                    }
                    let hir = match atom {
                        Atom::Char(c) => literal(c),
                        Atom::Hir(hir) => hir,
                    };
                    items.push(self.repetition(hir)?);
                }
            }
        }
        if !text.is_empty() {
            items.push(Hir::literal(text.into_bytes()));
        }
        Some(Hir::concat(items))
    }

    /// One atom: a character, a class, a group, an assertion.
    fn atom(&mut self) -> Option<Atom> {
        let c = self.next()?;
        Some(Atom::Hir(match c {
            '(' => self.group()?,
            '[' => self.class()?,
            '\\' => return self.escape(),
            '.' => Hir::dot(Dot::AnyCharExcept('\n')),
            '^' => Hir::look(Look::Start),
            '$' => Hir::look(Look::End),
            // A space or a line break: a phrase may wrap.
            ' ' => space_or_line_break(),
            // A repetition with nothing to repeat (an error), or a `}` or `]` outside its
            // pair (a literal to regex-syntax): left to regex-syntax, to report or read.
            '?' | '*' | '+' | '{' | '}' | ']' => return None,
            c => return Some(Atom::Char(c)),
        }))
    }

    /// A group, after its `(`: `(?:…)` or a numbered capture.
    fn group(&mut self) -> Option<Hir> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let index = if self.peek() == Some('?') {
            if self.peek_at(1) != Some(':') {
                return None;
            }
            self.pos += 2;
            None
        } else {
            self.captures += 1;
            Some(self.captures)
        };
        let sub = self.alternation()?;
        if self.next()? != ')' {
            return None;
        }
        self.depth -= 1;
        Some(match index {
            None => sub,
            Some(index) => Hir::capture(Capture {
                index,
                name: None,
                sub: Box::new(sub),
            }),
        })
    }

    /// An escape outside a class, after its `\`.
    fn escape(&mut self) -> Option<Atom> {
        let c = self.next()?;
        Some(match c {
            'b' => Atom::Hir(Hir::look(Look::WordAscii)),
            'd' => Atom::Hir(Hir::class(Class::Unicode(ClassUnicode::new([
                ClassUnicodeRange::new('0', '9'),
            ])))),
            's' => Atom::Hir(space_or_line_break()),
            _ => Atom::Char(self.escaped_char(c)?),
        })
    }

    /// The character an escape stands for (`\n`, `\t`, `\r`, `\xHH`, an escaped meta
    /// character), after its `\` and `c`.
    fn escaped_char(&mut self, c: char) -> Option<char> {
        Some(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'x' => {
                let high = self.next()?.to_digit(16)?;
                let low = self.next()?.to_digit(16)?;
                char::from_u32(high * 16 + low)?
            }
            c if regex_syntax::is_meta_character(c) => c,
            _ => return None,
        })
    }

    /// The repetitions after an atom, if any (one at most: a repetition of a repetition
    /// is left to regex-syntax).
    fn repetition(&mut self, atom: Hir) -> Option<Hir> {
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                self.pos += 1;
                let min = self.decimal()?;
                let max = match (self.peek()?, self.peek_at(1)) {
                    ('}', _) => Some(min),
                    (',', Some('}')) => {
                        self.pos += 1;
                        None
                    }
                    (',', _) => {
                        self.pos += 1;
                        let max = self.decimal()?;
                        if max < min {
                            return None;
                        }
                        Some(max)
                    }
                    _ => return None,
                };
                if self.peek() != Some('}') {
                    return None;
                }
                (min, max)
            }
            _ => return Some(atom),
        };
        // Past the operator (`?`, `*`, `+` or the closing `}`), and its `?` if lazy.
        self.pos += 1;
        let greedy = self.peek() != Some('?');
        if !greedy {
            self.pos += 1;
        }
        if self.at_repetition() {
            return None;
        }
        Some(Hir::repetition(Repetition {
            min,
            max,
            greedy,
            sub: Box::new(atom),
        }))
    }

    /// A decimal number of one to nine digits.
    fn decimal(&mut self) -> Option<u32> {
        let start = self.pos;
        let mut n: u32 = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            n = n.saturating_mul(10).saturating_add(d);
            self.pos += 1;
        }
        (1..=9).contains(&(self.pos - start)).then_some(n)
    }

    /// True when a repetition operator comes next.
    fn at_repetition(&self) -> bool {
        matches!(self.peek(), Some('?' | '*' | '+' | '{'))
    }

    /// A bracketed class, after its `[`: characters, ranges, escapes, `\d`, negated by
    /// a leading `^`; a `]` first and a `-` first or last stand for themselves.
    fn class(&mut self) -> Option<Hir> {
        let negated = self.peek() == Some('^');
        if negated {
            self.pos += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self.next()?;
            if c == ']' && !first {
                break;
            }
            first = false;
            let next = self.peek();
            if c == '[' || (matches!(c, '&' | '~' | '-') && next == Some(c)) {
                // A nested class or a set operation.
                return None;
            }
            let member = self.member(c)?;
            let ranged = self.peek() == Some('-') && !matches!(self.peek_at(1), Some(']') | None);
            if ranged && c == ']' {
                // regex-syntax does not begin a range with a leading `]`.
                return None;
            }
            match member {
                Member::Digits if ranged => return None,
                Member::Digits => ranges.push(ClassUnicodeRange::new('0', '9')),
                Member::Char(start) if ranged => {
                    self.pos += 1;
                    let c = self.next()?;
                    let Member::Char(end) = self.member(c)? else {
                        return None;
                    };
                    if c == '[' || c == '-' || end < start {
                        return None;
                    }
                    // `a-z-…`: a range followed by a dash that is not last.
                    if self.peek() == Some('-') && self.peek_at(1) != Some(']') {
                        return None;
                    }
                    ranges.push(ClassUnicodeRange::new(start, end));
                }
                Member::Char(c) => ranges.push(ClassUnicodeRange::new(c, c)),
            }
        }
        let mut class = ClassUnicode::new(ranges);
        if negated {
            class.negate();
        }
        Some(Hir::class(Class::Unicode(class)))
    }

    /// A member of a class that begins with `c` (read already).
    fn member(&mut self, c: char) -> Option<Member> {
        if c != '\\' {
            return Some(Member::Char(c));
        }
        match self.next()? {
            'd' => Some(Member::Digits),
            e => self.escaped_char(e).map(Member::Char),
        }
    }
}

/// The literal of one character.
fn literal(c: char) -> Hir {
    Hir::literal(c.encode_utf8(&mut [0; 4]).as_bytes())
}

/// A space or a line break: what a cue's space and its `\s` match.
fn space_or_line_break() -> Hir {
    Hir::class(Class::Unicode(ClassUnicode::new([
        ClassUnicodeRange::new('\n', '\n'),
        ClassUnicodeRange::new(' ', ' '),
    ])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `regex-syntax` makes of the rewritten cue.
    fn reference(pattern: &str) -> Option<Hir> {
        super::super::try_parse_rewritten(pattern).ok()
    }

    /// The parser reads `pattern` (it keeps to the dialect) and agrees with regex-syntax.
    fn agrees(pattern: &str) -> Result<(), TestCaseError> {
        match (parse(pattern), reference(pattern)) {
            (Some(fast), Some(full)) => prop_assert_eq!(fast, full, "on {:?}", pattern),
            (Some(_), None) => prop_assert!(false, "{:?} is not a regex", pattern),
            (None, _) => {}
        }
        Ok(())
    }

    #[test]
    fn reads_the_dialect_as_regex_syntax_does() {
        for pattern in [
            r"\bconcertation de cas\b",
            r"(?:^|\n)(?:[-•*] )?(?:presence|participation)\s{0,6}:\s{0,6}(?:requise|obligatoire)",
            r"\baucune? (?:excuse|absence)s? (?:ne sera )?acceptee?s?",
            r"\b(?:art(?:icle|\.)? ?)?458 ?ter,? ?§ ?2",
            r"le [^\n]{3,80} a ecrit",
            r"[a-z'-]{1,40} street\b",
            r"[a-z0-9.'\x22-]{2,30}",
            r"(\d{1,2})[./](\d{1,2})[./](\d{2,4})",
            r"[+(0-9][0-9 ./()-]{6,20}",
            r"[^.;\n]{0,40}? fin$",
            r"a.b|c+?d*|e{2}|f{2,}|g??",
            r"[]a][^]b][-c][d-][^\d]",
            r"([\n-^])",
            "tab\there\nand \\x41\\(\\)\\|\\?\\+\\*\\.\\-\\&",
            "",
            "a||b|",
            "(?:)",
            "é ü ℃",
        ] {
            assert!(parse(pattern).is_some(), "{pattern:?} left to regex-syntax");
            agrees(pattern).unwrap();
        }
    }

    #[test]
    fn leaves_the_rest_to_regex_syntax() {
        for pattern in [
            r"(?i)a",
            r"(?P<x>a)",
            r"[[a]]",
            r"[a&&b]",
            r"[a--b]",
            r"\w",
            r"\B",
            r"\pL",
            r"a**",
            r"a{2}{3}",
            r"a{3,2}",
            r"a{",
            r"a{x}",
            r"*a",
            r"(a",
            r"a)",
            r"[a",
            r"\x4",
            r"\xg1",
            r"a{12345678901234567890}",
            r"\ ",
            r"[z-a]",
            r"[a-z-0]",
            r"[\d-z]",
            r"\s]",
            r"a}",
            r"[]-e]",
        ] {
            assert!(
                parse(pattern).is_none(),
                "{pattern:?} read by the cue parser"
            );
        }
    }

    /// An atom of the dialect.
    fn atom() -> impl Strategy<Value = String> {
        let member = prop_oneof![
            Just("a"),
            Just("z"),
            Just("a-z"),
            Just("0-9"),
            Just("'"),
            Just(" "),
            Just("."),
            Just(r"\n"),
            Just(r"\x22"),
            Just(r"\d"),
            Just("é"),
            Just("("),
            Just("/"),
            Just("•"),
            Just("-"),
            Just("^"),
            Just("]"),
            Just("*"),
            Just("|"),
        ];
        prop_oneof![
            "[a-eé' .,:/#~&-]",
            Just(r"\b".to_string()),
            Just(r"\d".to_string()),
            Just(r"\s".to_string()),
            Just(r"\n".to_string()),
            Just(r"\x22".to_string()),
            Just(r"\.".to_string()),
            Just("^".to_string()),
            Just("$".to_string()),
            (any::<bool>(), prop::collection::vec(member, 1..5)).prop_map(|(negated, members)| {
                format!("[{}{}]", if negated { "^" } else { "" }, members.concat())
            }),
        ]
    }

    /// A repetition operator.
    fn operator() -> impl Strategy<Value = &'static str> {
        prop_oneof![
            Just(""),
            Just("?"),
            Just("*"),
            Just("+"),
            Just("{2}"),
            Just("{1,3}"),
            Just("{0,2}?"),
            Just("{2,}"),
            Just("??"),
            Just("+?"),
            Just("{0,80}"),
        ]
    }

    /// A pattern of the dialect.
    fn pattern() -> impl Strategy<Value = String> {
        let leaf = (atom(), operator()).prop_map(|(a, op)| format!("{a}{op}"));
        leaf.prop_recursive(4, 40, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 1..5).prop_map(|v| v.concat()),
                prop::collection::vec(inner.clone(), 1..4)
                    .prop_map(|v| format!("(?:{})", v.join("|"))),
                prop::collection::vec(inner.clone(), 1..3)
                    .prop_map(|v| format!("({})", v.join("|"))),
                (inner, operator()).prop_map(|(s, op)| format!("(?:{s}){op}")),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn patterns_of_the_dialect_read_as_regex_syntax_reads_them(p in pattern()) {
            agrees(&p)?;
        }

        #[test]
        fn any_string_is_read_as_regex_syntax_reads_it_or_left_to_it(
            p in r"[ab é\\()\[\]^$|?*+{}0-9,.:&~\-bdsnx]{0,14}"
        ) {
            agrees(&p)?;
        }
    }
}
