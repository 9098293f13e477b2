//! Lexicons: tables of cues compiled once into one multi-pattern automaton, tried only
//! where a cue can start.
//!
//! A cue is a regular expression over the folded view (lower case, no accents, `'` as the
//! only apostrophe, `"` as the only quote, single spaces) paired with what it means. In a
//! cue, a plain space matches one space or one line break (a phrase may wrap), `\b` is an
//! ASCII word boundary and `\d` an ASCII digit (a Unicode digit class would make each
//! `\d{1,10}` a large automaton for digits no letter uses), and `\s` is a space or a line
//! break, the only white space of the folded view (Unicode's white space would give the
//! automata some twenty byte classes for characters folding has already turned into a
//! space); nothing else is rewritten.
//! The cues of a lexicon form one multi-pattern automaton searched leftmost-first: at a
//! given position, the cue listed first wins, so longer or more specific cues are listed
//! before shorter ones, and every hit says which cue matched.
//!
//! # Where a lexicon looks
//!
//! Most of a letter is not a cue, so a lexicon does not run an automaton over the whole
//! text. When it is compiled, every cue yields the literal strings its matches begin with
//! (`concertation`, `458`, `\nparticipants`…, read off the cue's syntax tree). A search
//! finds where they occur with one Aho-Corasick pass, then runs the cues' lazy DFA
//! *anchored* at each of those positions, left to right, skipping the positions inside
//! the previous hit. Every match starts at such a position, so the hits are exactly those
//! of a leftmost-first scan of the whole text, in the same order.
//!
//! Literals are read, and searched for, in a view of the text where a line break is a
//! space (a cue's space matches either): `loi du` is one literal rather than one per way
//! of wrapping the line, and a cue's literal set stays small enough to be read in full
//! rather than cut to a short, frequent prefix.
//!
//! A cue whose start is not a finite set of literals (`[a-z'-]{1,40} street`, a name
//! before its street) is found through a literal it must contain (`street`) and its
//! longest length: its match can only start in the few bytes before that literal, and
//! the DFA is tried at each of them (at each that begins a word, when the cue begins with
//! `\b` and a word). So is a cue that begins with a short word and a wide gap
//! (`le [^\n]{3,80} a ecrit`): each "le" would cost a try reading the whole gap, each
//! " a ecrit" costs a few tries at the words before it. A cue with neither would have its
//! lexicon tried at every position of the text; the test
//! `every_lexicon_knows_where_its_cues_start` keeps the tables free of such cues, and
//! `hits_are_those_of_a_full_scan` compares the hits with a full scan on every fixture.
//!
//! # One literal pass per letter
//!
//! A letter is searched by some forty lexicons, over the whole text and over its lines,
//! sentences and windows. Rather than forty literal passes, the literals of every lexicon
//! of the registry ([`ALL`]) form one overlapping automaton, run once when the letter's
//! document is built ([`Scan`]); each occurrence is filed under the lexicons it is a
//! literal of. A lexicon searching the letter or a slice of it (`find_iter_in`,
//! `is_match_in`…) reads its candidate positions off the scan by binary search, leaving
//! out the literals the slice cuts. Any other text (a string built by a caller, a test) is
//! searched with the lexicon's own automaton, built the first time it is needed. The test
//! `the_shared_scan_serves_every_slice` compares both on every line and sentence of the
//! fixtures. Two kinds of lexicon stay out of the scan: those whose cues all begin with
//! `^` (one try where the slice begins) and those with a one-byte literal (a space, a
//! comma: an occurrence every few bytes of every letter, for a pattern that searches a
//! few short slices).

use std::collections::BTreeMap;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{LazyLock, Mutex, OnceLock};

use aho_corasick::AhoCorasick;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, Match, MatchKind, Span};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

mod syntax;

/// A hit of a cue in the folded text.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit<K> {
    /// What the cue means.
    pub(crate) kind: K,
    /// Folded start.
    pub(crate) start: usize,
    /// Folded end.
    pub(crate) end: usize,
}

type CachePool = Pool<Cache, Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>>;

/// The most memory a cache of a lexicon's pool keeps between two uses.
const POOL_CACHE_LIMIT: usize = 128 << 10;

/// A compiled table of cues.
pub(crate) struct Lexicon<K> {
    /// The cues, as one forward lazy DFA (searches are anchored: the start is known).
    dfa: DFA,
    /// The DFA cache most searches use: the lazy DFA's states, built once for every
    /// thread. It is held for one step of a search (up to its next hit), so searches that
    /// interleave on one thread never find it taken; a search that finds it in use by
    /// another thread takes one of `caches` instead of waiting.
    shared: Mutex<Cache>,
    /// More DFA caches, one per thread at a time.
    caches: CachePool,
    kinds: Vec<K>,
    /// Where the cues can start; `None` when some cue has neither start literals nor a
    /// required literal and a bounded length (the DFA is then tried everywhere).
    finder: Option<Finder>,
    /// The cues, for the tests that compare with a full scan.
    #[cfg(test)]
    hirs: Vec<Hir>,
}

impl<K> std::fmt::Debug for Lexicon<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("cues", &self.kinds.len())
            .field("finder", &self.finder.is_some())
            .finish()
    }
}

/// The literals that tell where cues can start.
#[derive(Debug)]
pub(crate) struct Finder {
    /// Literals that begin cues (sorted, prefix-free).
    start_literals: Vec<Vec<u8>>,
    /// Literals that cues contain, for cues found through a word they contain rather
    /// than by their start (sorted, prefix-free).
    inner_literals: Vec<Vec<u8>>,
    /// For each inner literal (same index): the longest match of a cue found through it
    /// (the match starts at most this many bytes before the literal's end), and whether
    /// all those cues begin with `\b` and a word byte (only the bytes that begin a word
    /// are then tried).
    inner_reach: Vec<(usize, bool)>,
    /// The automaton of `start_literals`, built on first use: a letter's own text is
    /// searched by the shared [`Scan`]; this one serves texts that are not a letter's.
    starts: OnceLock<Option<AhoCorasick>>,
    /// The automaton of `inner_literals`, likewise.
    inner: OnceLock<Option<AhoCorasick>>,
    /// True when every cue begins with `^`: a match can only begin where the text does,
    /// and no literal needs to be looked for.
    at_start: bool,
}

/// Start literals are cut to this length: a shorter prefix is still a prefix, and a
/// short set makes a small automaton.
const START_LEN: usize = 8;

/// Rewrites a cue for the folded view: a space outside a class matches a space or a line
/// break, `\b` becomes an ASCII word boundary, `\d` an ASCII digit, `\s` a space or a
/// line break (the only white space folding leaves).
pub(crate) fn rewrite(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut in_class = false;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next().unwrap_or('\\');
                if next == 'b' && !in_class {
                    out.push_str("(?-u:\\b)");
                } else if next == 'd' {
                    out.push_str(if in_class { "0-9" } else { "[0-9]" });
                } else if next == 's' {
                    out.push_str(if in_class { " \\n" } else { "[ \\n]" });
                } else {
                    out.push('\\');
                    out.push(next);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']'));
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            ' ' if !in_class => out.push_str("[ \\n]"),
            c => out.push(c),
        }
    }
    out
}

/// Compiles the patterns of several tables into one alternation, for "does any of these
/// cues occur here" tests.
pub(crate) fn compile_any(tables: &[&[&str]]) -> Pattern {
    let all: Vec<&str> = tables.iter().flat_map(|t| t.iter().copied()).collect();
    compile_one(&format!("(?:{})", all.join("|")))
}

/// Compiles one cue pattern (rewritten).
pub(crate) fn compile_one(pattern: &str) -> Pattern {
    Pattern(Lexicon::new(&[&[(pattern, ())]]))
}

/// The tree of a cue: read by [`syntax::parse`] when the cue keeps to the syntax it
/// reads (all of the crate's do), else by `regex-syntax` from the [`rewrite`]n cue. In
/// debug builds, both, and they must agree.
fn parse(pattern: &str) -> Hir {
    match syntax::parse(pattern) {
        Some(hir) => {
            if cfg!(debug_assertions) {
                let full = parse_rewritten(pattern);
                assert_eq!(
                    hir, full,
                    "the cue parser and regex-syntax disagree on {pattern:?}"
                );
            }
            hir
        }
        None => parse_rewritten(pattern),
    }
}

/// The tree of a cue, [`rewrite`]n and parsed by `regex-syntax`.
fn parse_rewritten(pattern: &str) -> Hir {
    try_parse_rewritten(pattern).unwrap_or_else(|e| panic!("a lexicon cue does not parse: {e}"))
}

/// [`parse_rewritten`], or what `regex-syntax` finds wrong with the cue.
fn try_parse_rewritten(pattern: &str) -> Result<Hir, Box<regex_syntax::Error>> {
    regex_syntax::ParserBuilder::new()
        .unicode(true)
        .utf8(true)
        .build()
        .parse(&rewrite(pattern))
        .map_err(Box::new)
}

/// The forward lazy DFA of the cues, leftmost-first, without capture groups.
fn build(hirs: &[Hir]) -> DFA {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(64 << 20))
                .which_captures(thompson::WhichCaptures::None),
        )
        .build_many_from_hir(hirs)
        .unwrap_or_else(|e| panic!("a lexicon cue does not compile: {e}"));
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::LeftmostFirst)
                // A lazy DFA's cache grows with the states a batch visits, up to this: 8 MiB
                // keeps a 100,000-letter batch on two threads under 100 MB (16 MiB took it to
                // 145 MB) for 2 % more instructions; 4 MiB cost 13 %, 2 MiB 58 %.
                .cache_capacity(8 << 20),
        )
        .build_from_nfa(nfa)
        .unwrap_or_else(|e| panic!("a lexicon cue does not compile: {e}"))
}

/// Literals, one of which begins every match of `hir` (cut to [`START_LEN`] bytes), when
/// they form a finite set of non-empty strings. When the whole cue gives too many, its
/// first parts alone may do (every match begins with a match of them).
fn start_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    if hir.properties().minimum_len().unwrap_or(0) == 0 {
        return None;
    }
    if let Some(lits) = prefix_set(hir) {
        return Some(lits);
    }
    let HirKind::Concat(children) = hir.kind() else {
        return None;
    };
    (1..children.len())
        .rev()
        .map(|k| Hir::concat(children[..k].to_vec()))
        .filter(|head| head.properties().minimum_len().unwrap_or(0) > 0)
        .find_map(|head| prefix_set(&head))
}

/// The prefix literals of `hir` read by `regex-syntax`, when finite and non-empty.
fn prefix_set(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_total(250)
        .limit_literal_len(START_LEN)
        .extract(hir);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(
        lits.iter()
            .map(|l| l.as_bytes()[..l.len().min(START_LEN)].to_vec())
            .collect(),
    )
}

/// Literals, one of which occurs in every match of `hir` (a required word), chosen as
/// long as possible; `None` when there is no such finite set.
fn inner_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    fn score(set: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
        let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
        (shortest.min(6), std::cmp::Reverse(set.len()))
    }
    fn better(a: Option<Vec<Vec<u8>>>, b: Option<Vec<Vec<u8>>>) -> Option<Vec<Vec<u8>>> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
    let mut best = start_literals(hir);
    match hir.kind() {
        HirKind::Concat(children) => {
            for (i, child) in children.iter().enumerate() {
                if child.properties().minimum_len().unwrap_or(0) > 0 {
                    // The words from this one on ("place 1", "street 2"…), or this one.
                    let rest = Hir::concat(children[i..].to_vec());
                    best = better(best, start_literals(&rest));
                    best = better(best, inner_literals(child));
                }
            }
        }
        HirKind::Alternation(branches) => {
            let all: Option<Vec<Vec<Vec<u8>>>> = branches.iter().map(inner_literals).collect();
            best = better(best, all.map(|sets| sets.concat()));
        }
        HirKind::Capture(c) => best = better(best, inner_literals(&c.sub)),
        HirKind::Repetition(r) if r.min > 0 => best = better(best, inner_literals(&r.sub)),
        _ => {}
    }
    best
}

/// The text as the literal automata see it: every line break a space. A cue's space
/// matches either (see [`rewrite`]), so its literals are read with spaces only
/// ([`spaced_hir`]), one literal where there would be one per way of wrapping the line;
/// offsets are those of the text.
fn spaced(text: &str) -> Vec<u8> {
    text.bytes()
        .map(|b| if b == b'\n' { b' ' } else { b })
        .collect()
}

/// The cue as it reads in the [`spaced`] view: every line break it matches is a space.
/// Each match of `hir` in a text is, spaced, a match of this one at the same offsets, so
/// the literals one of which begins (or occurs in) each of its matches do the same for
/// `hir`'s matches in the spaced text. (`\b` is alike on both sides: a space and a line
/// break are both non-word bytes.)
fn spaced_hir(hir: &Hir) -> Hir {
    use regex_syntax::hir::{
        Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Repetition,
    };
    match hir.kind() {
        HirKind::Literal(lit) => Hir::literal(
            lit.0
                .iter()
                .map(|&b| if b == b'\n' { b' ' } else { b })
                .collect::<Vec<u8>>(),
        ),
        HirKind::Class(Class::Unicode(class)) => {
            let newline = ClassUnicode::new([ClassUnicodeRange::new('\n', '\n')]);
            let mut class = class.clone();
            if class
                .ranges()
                .iter()
                .any(|r| r.start() <= '\n' && '\n' <= r.end())
            {
                class.difference(&newline);
                class.union(&ClassUnicode::new([ClassUnicodeRange::new(' ', ' ')]));
            }
            Hir::class(Class::Unicode(class))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let newline = ClassBytes::new([ClassBytesRange::new(b'\n', b'\n')]);
            let mut class = class.clone();
            if class
                .ranges()
                .iter()
                .any(|r| r.start() <= b'\n' && b'\n' <= r.end())
            {
                class.difference(&newline);
                class.union(&ClassBytes::new([ClassBytesRange::new(b' ', b' ')]));
            }
            Hir::class(Class::Bytes(class))
        }
        HirKind::Empty | HirKind::Look(_) => hir.clone(),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(spaced_hir(&r.sub)),
            ..r.clone()
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(spaced_hir(&c.sub)),
            ..c.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(spaced_hir).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(spaced_hir).collect()),
    }
}

/// True for the bytes of an ASCII word (what `(?-u:\b)` tells from the others).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// True when every match of `hir` begins with a word boundary then an ASCII word byte:
/// it can only begin where a word does.
fn begins_with_word(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Concat(subs) => {
            matches!(
                subs.first().map(Hir::kind),
                Some(HirKind::Look(regex_syntax::hir::Look::WordAscii))
            ) && seq_starts_with_word(&subs[1..])
        }
        HirKind::Capture(c) => begins_with_word(&c.sub),
        HirKind::Alternation(subs) => subs.iter().all(begins_with_word),
        _ => false,
    }
}

/// True when every non-empty match of `hir` begins with an ASCII word byte.
fn starts_with_word(hir: &Hir) -> bool {
    use regex_syntax::hir::Class;
    match hir.kind() {
        // Nothing to begin with.
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => lit.0.first().is_some_and(|&b| is_word_byte(b)),
        HirKind::Class(Class::Unicode(c)) => c
            .ranges()
            .iter()
            .all(|r| r.end().is_ascii() && (r.start() as u8..=r.end() as u8).all(is_word_byte)),
        HirKind::Class(Class::Bytes(c)) => c
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(is_word_byte)),
        HirKind::Concat(subs) => seq_starts_with_word(subs),
        HirKind::Capture(c) => starts_with_word(&c.sub),
        HirKind::Repetition(r) => starts_with_word(&r.sub),
        HirKind::Alternation(subs) => subs.iter().all(starts_with_word),
    }
}

/// [`starts_with_word`] for a sequence: each part that may match nothing must begin with
/// a word byte when it does match, up to the first that always matches something.
fn seq_starts_with_word(subs: &[Hir]) -> bool {
    for sub in subs {
        if !starts_with_word(sub) {
            return false;
        }
        if sub.properties().minimum_len().unwrap_or(0) > 0 {
            return true;
        }
    }
    false
}

/// True when every match of `hir` begins where the text does (`^`).
fn begins_at_text_start(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(regex_syntax::hir::Look::Start) => true,
        HirKind::Concat(subs) => subs.first().is_some_and(begins_at_text_start),
        HirKind::Capture(c) => begins_at_text_start(&c.sub),
        HirKind::Alternation(subs) => subs.iter().all(begins_at_text_start),
        _ => false,
    }
}

/// [`spaced_hir`] of the beginning of `hir` only, as far as start literals are read
/// ([`START_LEN`] bytes): the parts of a sequence after those that always match that many
/// bytes are left out. Every match of `hir` begins with a match of this one (spaced),
/// which is all start literals need.
fn spaced_head(hir: &Hir) -> Hir {
    use regex_syntax::hir::Capture;
    match hir.kind() {
        HirKind::Concat(subs) => {
            let mut head = Vec::new();
            let mut len = 0;
            for sub in subs {
                if len >= START_LEN {
                    break;
                }
                head.push(spaced_head(sub));
                len += sub.properties().minimum_len().unwrap_or(0);
            }
            Hir::concat(head)
        }
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(spaced_head).collect()),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(spaced_head(&c.sub)),
            ..c.clone()
        }),
        _ => spaced_hir(hir),
    }
}

impl Finder {
    /// True when the shared [`Scan`] should leave this finder out: its cues begin where
    /// the text does (nothing to look for), or it has a one-byte literal (a space, a
    /// comma, "a"), which would file an occurrence at every few bytes of every letter for
    /// a lexicon that only ever searches a few short slices; it searches them with its
    /// own automaton.
    fn unscanned(&self) -> bool {
        self.at_start || self.start_literals.iter().any(|l| l.len() == 1)
    }

    /// The finder of a set of cues, when each has start literals, or a required literal
    /// and a bounded length.
    fn new(hirs: &[Hir]) -> Option<Finder> {
        let mut starts = Vec::new();
        let mut inner = Vec::new();
        for hir in hirs {
            match start_literals(&spaced_head(hir)) {
                Some(lits) => match through_a_word(hir, &lits) {
                    Some(words) => inner.extend(words),
                    None => starts.extend(lits),
                },
                None => {
                    let hir = &spaced_hir(hir);
                    let reach = hir.properties().maximum_len()?;
                    let at_word = begins_with_word(hir);
                    inner.extend(
                        inner_literals(hir)?
                            .into_iter()
                            .map(|l| (l, reach, at_word)),
                    );
                }
            }
        }
        let (inner_literals, inner_reach) = prefix_free_inner(inner);
        Some(Finder {
            start_literals: prefix_free(starts),
            inner_literals,
            inner_reach,
            starts: OnceLock::new(),
            inner: OnceLock::new(),
            at_start: hirs.iter().all(begins_at_text_start),
        })
    }

    /// The positions of `text` where a cue may start, in order, found by this finder's
    /// own automata.
    fn candidates(&self, text: &str) -> Vec<usize> {
        if self.at_start {
            return if text.is_empty() { Vec::new() } else { vec![0] };
        }
        let (Some(starts), Some(inner)) = (
            lazily(&self.starts, &self.start_literals),
            lazily(&self.inner, &self.inner_literals),
        ) else {
            // An automaton that could not be built: every position is a candidate.
            return (0..text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
        };
        let view = spaced(text);
        let mut at = Vec::new();
        if let Some(ac) = &starts {
            each_start(ac, &view, |start, _, _| at.push(start));
        }
        let mut occurrences = Vec::new();
        if let Some(ac) = &inner {
            each_start(ac, &view, |start, end, k| occurrences.push((start, end, k)));
        }
        self.reach_back(text, &mut at, occurrences.into_iter());
        at
    }

    /// Adds to `at` the positions from which a cue found through an inner literal can
    /// reach each of `occurrences` (its (start, end) in `text` and the literal's index),
    /// and sorts `at`.
    fn reach_back(
        &self,
        text: &str,
        at: &mut Vec<usize>,
        occurrences: impl Iterator<Item = (usize, usize, usize)>,
    ) {
        // The stretch before each occurrence, by whether only word starts are tried.
        let mut stretches: [Vec<(usize, usize)>; 2] = [Vec::new(), Vec::new()];
        for (start, end, k) in occurrences {
            let (reach, at_word) = self.inner_reach[k];
            stretches[usize::from(at_word)].push((end.saturating_sub(reach), start));
        }
        if stretches.iter().all(Vec::is_empty) {
            return;
        }
        let bytes = text.as_bytes();
        let word_start = |i: usize| {
            bytes.get(i).is_some_and(|&b| is_word_byte(b))
                && (i == 0 || !is_word_byte(bytes[i - 1]))
        };
        for (at_word, mut stretches) in stretches.into_iter().enumerate() {
            // Merged, so that each position is pushed once however many occurrences
            // reach back over it.
            stretches.sort_unstable();
            let mut next = 0;
            for (from, to) in stretches {
                let from = from.max(next);
                if from > to {
                    continue;
                }
                if at_word == 1 {
                    at.extend((from..=to).filter(|&i| word_start(i)));
                } else {
                    at.extend((from..=to).filter(|&i| text.is_char_boundary(i)));
                }
                next = to + 1;
            }
        }
        at.sort_unstable();
        at.dedup();
    }
}

/// The automaton of `literals` in `cell`, built on first use: `Some(None)` for no
/// literals, `None` when it cannot be built.
fn lazily<'a>(
    cell: &'a OnceLock<Option<AhoCorasick>>,
    literals: &[Vec<u8>],
) -> Option<Option<&'a AhoCorasick>> {
    if literals.is_empty() {
        return Some(None);
    }
    cell.get_or_init(|| automaton(literals)).as_ref().map(Some)
}

/// The words through which a cue that has start literals (`lits`) is better found: when
/// a start literal is a short, frequent word ("le ", "on ") followed by a wide gap
/// (`[^\n]{3,80}`) and the cue must contain longer words (" a ecrit", "wrote") within a
/// bounded length, each occurrence of those costs a few tries at the word starts before
/// it, where each occurrence of the start would cost a try that reads the whole gap.
/// Each comes with the cue's longest match and whether it begins with a word (always).
fn through_a_word(hir: &Hir, lits: &[Vec<u8>]) -> Option<Vec<(Vec<u8>, usize, bool)>> {
    /// A start literal at most this long is a frequent word.
    const SHORT: usize = 3;
    /// An inner literal at least this long is a rare one.
    const LONG: usize = 6;
    /// A cue at most this long (in bytes: a gap of 80 characters may take 320) is
    /// reached back over cheaply from a rare word.
    const REACH: usize = 400;
    if !lits.iter().any(|l| l.len() <= SHORT) || !has_wide_gap(hir) {
        return None;
    }
    let reach = hir.properties().maximum_len().filter(|&r| r <= REACH)?;
    let hir = spaced_hir(hir);
    if !begins_with_word(&hir) {
        return None;
    }
    let words = inner_literals(&hir).filter(|w| w.iter().all(|l| l.len() >= LONG))?;
    Some(words.into_iter().map(|l| (l, reach, true)).collect())
}

/// True when `hir` repeats, up to 30 times or more, a class of nearly any character
/// (`[^\n]`, `[^.;]`): a gap a forward try reads to its end.
fn has_wide_gap(hir: &Hir) -> bool {
    use regex_syntax::hir::Class;
    match hir.kind() {
        HirKind::Repetition(r) => {
            let wide = match r.sub.kind() {
                HirKind::Class(Class::Unicode(c)) => {
                    c.ranges()
                        .iter()
                        .map(|r| u32::from(r.end()) - u32::from(r.start()) + 1)
                        .sum::<u32>()
                        > 1_000
                }
                _ => false,
            };
            (wide && r.max.is_none_or(|m| m >= 30)) || has_wide_gap(&r.sub)
        }
        HirKind::Capture(c) => has_wide_gap(&c.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(has_wide_gap),
        _ => false,
    }
}

/// The inner literals sorted and prefix-free, each kept one with the longest reach of
/// those it stands for (an occurrence of a prefix ends no later than the literal's), and
/// word starts only when all of those begin with a word.
fn prefix_free_inner(
    mut literals: Vec<(Vec<u8>, usize, bool)>,
) -> (Vec<Vec<u8>>, Vec<(usize, bool)>) {
    literals.sort();
    let mut kept: Vec<Vec<u8>> = Vec::with_capacity(literals.len());
    let mut reach: Vec<(usize, bool)> = Vec::with_capacity(literals.len());
    for (lit, r, at_word) in literals {
        match (kept.last(), reach.last_mut()) {
            (Some(k), Some(last)) if lit.starts_with(k) => {
                *last = (last.0.max(r), last.1 && at_word);
            }
            _ => {
                kept.push(lit);
                reach.push((r, at_word));
            }
        }
    }
    (kept, reach)
}

/// A set of literals sorted and prefix-free: a literal that begins with another adds no
/// start position.
fn prefix_free(mut literals: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    literals.sort();
    literals.dedup();
    let mut kept: Vec<Vec<u8>> = Vec::with_capacity(literals.len());
    for lit in literals {
        if !kept.last().is_some_and(|k| lit.starts_with(k)) {
            kept.push(lit);
        }
    }
    kept
}

/// The automaton of a non-empty, prefix-free set of literals, searched leftmost-first.
fn automaton(literals: &[Vec<u8>]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(literals)
        .ok()
}

/// Every literal of every lexicon of the registry, in one automaton: one pass over a
/// letter finds where any lexicon's cues can start ([`Scan`]).
struct Scanner {
    /// All the literals, searched overlapping (every occurrence of every literal).
    ac: Option<AhoCorasick>,
    /// For each literal of `ac`: the lexicons (registry index) it is a literal of, and
    /// its index among their inner literals when it is one (`None`: a start literal).
    owners: Vec<Vec<(usize, Option<u32>)>>,
    /// The address of each registered lexicon's finder and its registry index, sorted.
    finders: Vec<(usize, usize)>,
}

/// The scanner of the registry's lexicons, built (with them) on first use.
static SCANNER: LazyLock<Scanner> = LazyLock::new(Scanner::new);

impl Scanner {
    fn new() -> Scanner {
        let mut owners: BTreeMap<&'static [u8], Vec<(usize, Option<u32>)>> = BTreeMap::new();
        let mut finders = Vec::new();
        for (i, (_, get)) in ALL.iter().enumerate() {
            let Some(finder) = get().finder().filter(|f| !f.unscanned()) else {
                continue;
            };
            for lit in &finder.start_literals {
                owners.entry(lit).or_default().push((i, None));
            }
            for (k, lit) in finder.inner_literals.iter().enumerate() {
                let k = u32::try_from(k).expect("fewer literals than 2^32");
                owners.entry(lit).or_default().push((i, Some(k)));
            }
            finders.push((std::ptr::from_ref(finder) as usize, i));
        }
        finders.sort_unstable();
        let ac = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(owners.keys())
            .ok();
        if ac.is_none() {
            // Without the shared automaton every lexicon searches with its own.
            finders.clear();
        }
        Scanner {
            ac,
            owners: owners.into_values().collect(),
            finders,
        }
    }

    /// The registry index of the lexicon whose finder this is.
    fn index(&self, finder: &Finder) -> Option<usize> {
        let address = std::ptr::from_ref(finder) as usize;
        let k = self
            .finders
            .binary_search_by_key(&address, |&(a, _)| a)
            .ok()?;
        Some(self.finders[k].1)
    }
}

/// Where the cues of every registered lexicon can start in one text (a letter's folded
/// view): one overlapping pass of all their literals, sorted out per lexicon. A lexicon
/// searching that text, or any slice of it, takes its candidate positions from here
/// instead of running its own automaton ([`Lexicon::find_iter_in`]).
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Address of the text scanned, to recognise slices of it.
    base: usize,
    /// Length of the text scanned.
    len: usize,
    /// Per lexicon (registry index): where one of its start literals begins, in order.
    /// Offsets are `u32`: a text too long for them is not scanned (each lexicon then
    /// searches it with its own automaton).
    starts: Vec<Vec<u32>>,
    /// Per lexicon: (start, end, literal index) of each occurrence of one of its inner
    /// literals, by start.
    inner: Vec<Vec<(u32, u32, u32)>>,
}

impl Scan {
    /// Scans `text` once for the literals of every registered lexicon.
    pub(crate) fn new(text: &str) -> Scan {
        let scanner = &*SCANNER;
        let Some(ac) = scanner
            .ac
            .as_ref()
            .filter(|_| u32::try_from(text.len()).is_ok())
        else {
            return Scan::default();
        };
        let mut scan = Scan {
            base: text.as_ptr() as usize,
            len: text.len(),
            starts: vec![Vec::new(); ALL.len()],
            inner: vec![Vec::new(); ALL.len()],
        };
        for m in ac.find_overlapping_iter(&spaced(text)) {
            // In range: the text's length fits.
            let (start, end) = (m.start() as u32, m.end() as u32);
            for &(lexicon, inner) in &scanner.owners[m.pattern().as_usize()] {
                match inner {
                    Some(k) => scan.inner[lexicon].push((start, end, k)),
                    None => scan.starts[lexicon].push(start),
                }
            }
        }
        // Occurrences are reported by end: put them in order of start.
        for v in &mut scan.starts {
            v.sort_unstable();
            v.dedup();
        }
        for v in &mut scan.inner {
            v.sort_unstable();
            v.dedup_by_key(|o| o.0);
        }
        scan
    }

    /// Where the cues of the lexicon with this finder can start in `text`, when `text`
    /// is the scanned text or a slice of it and the lexicon is registered.
    fn candidates(&self, finder: &Finder, text: &str) -> Option<Candidates<'_>> {
        let address = text.as_ptr() as usize;
        if address < self.base || address + text.len() > self.base + self.len {
            return None;
        }
        let id = SCANNER.index(finder)?;
        let (starts, inner) = (self.starts.get(id)?, self.inner.get(id)?);
        let from = address - self.base;
        let to = from + text.len();
        let first = starts.partition_point(|&p| (p as usize) < from);
        if inner.is_empty() {
            // Read off the scan as they come, without a list of their own.
            return Some(Candidates::Scanned {
                starts: starts[first..].iter(),
                from,
                to,
            });
        }
        let mut at: Vec<usize> = starts[first..]
            .iter()
            .map(|&p| p as usize)
            .take_while(|&p| p < to)
            .map(|p| p - from)
            .collect();
        {
            let first = inner.partition_point(|&(p, _, _)| (p as usize) < from);
            let occurrences = inner[first..]
                .iter()
                .map(|&(p, end, k)| (p as usize, end as usize, k as usize))
                .take_while(|&(p, _, _)| p < to)
                .filter(|&(_, end, _)| end <= to)
                .map(|(p, end, k)| (p - from, end - from, k));
            finder.reach_back(text, &mut at, occurrences);
        }
        Some(Candidates::Listed(at.into_iter()))
    }
}

/// Calls `f(start, end, literal)` for every position where one of the literals starts
/// (with the end and index of the first literal found there), in order: each search
/// resumes one byte after the previous start, so occurrences that overlap are all found.
fn each_start(ac: &AhoCorasick, text: &[u8], mut f: impl FnMut(usize, usize, usize)) {
    let mut from = 0;
    while from < text.len() {
        let input = aho_corasick::Input::new(text).span(from..text.len());
        let Some(m) = ac.find(input) else { break };
        f(m.start(), m.end(), m.pattern().as_usize());
        from = m.start() + 1;
    }
}

impl<K: Copy> Lexicon<K> {
    /// Compiles the tables, in order (earlier cues win ties).
    pub(crate) fn new(tables: &[&[(&str, K)]]) -> Lexicon<K> {
        let mut hirs = Vec::new();
        let mut kinds = Vec::new();
        for table in tables {
            for &(p, k) in *table {
                hirs.push(parse(p));
                kinds.push(k);
            }
        }
        let dfa = build(&hirs);
        let for_caches = dfa.clone();
        Lexicon {
            shared: Mutex::new(dfa.create_cache()),
            caches: Pool::new(Box::new(move || for_caches.create_cache())),
            dfa,
            finder: Finder::new(&hirs),
            kinds,
            #[cfg(test)]
            hirs,
        }
    }

    /// Every non-overlapping hit in `text`, left to right, found by the lexicon's own
    /// automaton: the reference the shared scan is tested against.
    #[cfg(test)]
    pub(crate) fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Hit<K>> + 't {
        self.matches(text).map(move |m| Hit {
            kind: self.kinds[m.pattern().as_usize()],
            start: m.start(),
            end: m.end(),
        })
    }

    /// Every non-overlapping hit in `text`, a letter's folded text or a slice of it,
    /// left to right, with the candidate positions read off the letter's [`Scan`] (or,
    /// for any other text, found by the lexicon's own automaton).
    pub(crate) fn find_iter_in<'t>(
        &'t self,
        scan: &'t Scan,
        text: &'t str,
    ) -> impl Iterator<Item = Hit<K>> + 't {
        self.matches_in(Some(scan), text).map(move |m| Hit {
            kind: self.kinds[m.pattern().as_usize()],
            start: m.start(),
            end: m.end(),
        })
    }

    /// Every non-empty, non-overlapping match in `text`, left to right.
    #[cfg(test)]
    fn matches<'t>(&'t self, text: &'t str) -> Matches<'t, K> {
        self.matches_in(None, text)
    }

    /// Every non-empty, non-overlapping match in `text`, left to right, with the
    /// candidates taken from `scan` when it covers `text`.
    fn matches_in<'t>(&'t self, scan: Option<&'t Scan>, text: &'t str) -> Matches<'t, K> {
        let at = match &self.finder {
            Some(finder) => scan
                .and_then(|scan| scan.candidates(finder, text))
                .unwrap_or_else(|| Candidates::Listed(finder.candidates(text).into_iter())),
            None => Candidates::Listed(
                (0..text.len())
                    .filter(|&i| text.is_char_boundary(i))
                    .collect::<Vec<_>>()
                    .into_iter(),
            ),
        };
        Matches {
            lexicon: self,
            text,
            at,
            cursor: 0,
        }
    }

    /// The leftmost-first match that starts at `at`, if any.
    fn match_at(&self, cache: &mut Cache, text: &str, at: usize) -> Option<Match> {
        let input = Input::new(text).range(at..).anchored(Anchored::Yes);
        // The DFA has no quit bytes and never gives up (no minimum cache clear count):
        // an error cannot happen; if it did, there would be no match here.
        let end = self.dfa.try_search_fwd(cache, &input).ok()??;
        (end.offset() > at).then(|| Match::new(end.pattern(), Span::from(at..end.offset())))
    }

    /// Every non-overlapping hit, by a leftmost-first scan of the whole text (what the
    /// anchored tries must reproduce).
    #[cfg(test)]
    pub(crate) fn hits_full_scan(&self, text: &str) -> Vec<Hit<K>> {
        let regex = regex_automata::meta::Regex::builder()
            .configure(regex_automata::meta::Regex::config().match_kind(MatchKind::LeftmostFirst))
            .build_many_from_hir(&self.hirs)
            .expect("the cues compile");
        regex
            .find_iter(text)
            .filter(|m| !m.is_empty())
            .map(|m| Hit {
                kind: self.kinds[m.pattern().as_usize()],
                start: m.start(),
                end: m.end(),
            })
            .collect()
    }

    /// True when the lexicon knows where each of its cues can start.
    #[cfg(test)]
    pub(crate) fn knows_starts(&self) -> bool {
        self.finder.is_some()
    }

    /// All hits, collected.
    #[cfg(test)]
    pub(crate) fn hits(&self, text: &str) -> Vec<Hit<K>> {
        self.find_iter(text).collect()
    }
}

/// Where a lexicon's cues may start in a text, in order.
enum Candidates<'s> {
    /// A list of their own.
    Listed(std::vec::IntoIter<usize>),
    /// Start literals read off a letter's scan: offsets in the scanned text, those from
    /// `from` (the text's start there) up to `to` (its end).
    Scanned {
        starts: std::slice::Iter<'s, u32>,
        from: usize,
        to: usize,
    },
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Candidates::Listed(at) => at.next(),
            Candidates::Scanned { starts, from, to } => {
                let p = *starts.next()? as usize;
                (p < *to).then(|| p - *from)
            }
        }
    }
}

/// The matches of a lexicon in a text: anchored tries at the candidate positions.
struct Matches<'t, K> {
    lexicon: &'t Lexicon<K>,
    text: &'t str,
    at: Candidates<'t>,
    /// End of the previous hit: candidates before it are inside it.
    cursor: usize,
}

impl<K: Copy> Iterator for Matches<'_, K> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        // The shared cache when no other thread is using it (its states, determinized
        // once, serve every thread); a cache of the pool's otherwise.
        match self.lexicon.shared.try_lock() {
            Ok(mut cache) => self.next_with(&mut cache),
            Err(_) => {
                let mut cache = self.lexicon.caches.get();
                let found = self.next_with(&mut cache);
                // The pool's caches serve the rare step that finds the shared one in use:
                // one that has grown is dropped, so that over a long batch they do not
                // each grow to the shared cache's size (peak memory).
                if cache.memory_usage() > POOL_CACHE_LIMIT {
                    *cache = self.lexicon.dfa.create_cache();
                }
                found
            }
        }
    }
}

impl<K: Copy> Matches<'_, K> {
    fn next_with(&mut self, cache: &mut Cache) -> Option<Match> {
        for i in self.at.by_ref() {
            if i < self.cursor {
                continue;
            }
            if let Some(m) = self.lexicon.match_at(cache, self.text, i) {
                self.cursor = m.end();
                return Some(m);
            }
        }
        None
    }
}

/// One cue (or an alternation of cues) with no meaning attached: the same search as a
/// [`Lexicon`], answering "is it here" and "where".
#[derive(Debug)]
pub(crate) struct Pattern(Lexicon<()>);

impl Pattern {
    /// True when the pattern matches somewhere in `text`, a letter's folded text or a
    /// slice of it (candidates read off the letter's [`Scan`]).
    pub(crate) fn is_match_in(&self, scan: &Scan, text: &str) -> bool {
        self.find_in(scan, text).is_some()
    }

    /// The first non-empty match in `text`, a letter's folded text or a slice of it.
    pub(crate) fn find_in(&self, scan: &Scan, text: &str) -> Option<Match> {
        self.0.matches_in(Some(scan), text).next()
    }

    /// Every non-empty, non-overlapping match in `text`, a letter's folded text or a
    /// slice of it.
    pub(crate) fn find_iter_in<'t>(
        &'t self,
        scan: &'t Scan,
        text: &'t str,
    ) -> impl Iterator<Item = Match> + 't {
        self.0.matches_in(Some(scan), text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_spaces_and_boundaries() {
        assert_eq!(rewrite(r"\bloi du"), r"(?-u:\b)loi[ \n]du");
        assert_eq!(rewrite(r"a[ ,]b"), r"a[ ,]b");
        assert_eq!(rewrite(r"\d{1,2}[\d.]"), r"[0-9]{1,2}[0-9.]");
        assert_eq!(rewrite(r"a\s{0,6}:[\s,]"), r"a[ \n]{0,6}:[ \n,]");
    }

    #[test]
    fn white_space_in_a_cue_is_a_space_or_a_line_break() {
        let lex = Lexicon::new(&[&[(r"\bqui\s{0,2}:", ())]]);
        for text in ["qui:", "qui :", "qui\n:", "qui \n:"] {
            assert_eq!(lex.hits(text).len(), 1, "{text:?}");
        }
        // Folding leaves no other white space (`fold::tests`), and the cue reads none.
        for text in ["qui\t:", "qui\u{a0}:", "qui\u{2003}:", "qui\r:"] {
            assert!(lex.hits(text).is_empty(), "{text:?}");
        }
        // Any white space of a letter is one of the two once folded, so the cue finds it.
        for original in [
            "Qui\t:",
            "Qui\u{a0}:",
            "Qui\u{202f}:",
            "Qui\u{2003}:",
            "Qui\r\n:",
        ] {
            let folded = crate::fold::Folded::plain(original).text;
            assert_eq!(
                lex.hits(&folded).len(),
                1,
                "{original:?} folded to {folded:?}"
            );
        }
        // And a registered cue with `\s` (French typography: a narrow no-break space
        // before the colon, a tab after it).
        let folded = crate::fold::Folded::plain("Présence\u{202f}:\tobligatoire").text;
        let hits = crate::extract::statements::CUES.hits(&folded);
        assert_eq!(hits.len(), 1, "{folded:?}");
        assert_eq!((hits[0].start, hits[0].end), (0, folded.len()));
    }

    #[test]
    fn first_cue_wins_and_kind_is_reported() {
        let lex = Lexicon::new(&[&[(r"\broyal decree\b", 1), (r"\bdecree\b", 2)]]);
        let hits = lex.hits("the royal\ndecree and the decree");
        assert_eq!(hits.iter().map(|h| h.kind).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!((hits[0].start, hits[0].end), (4, 16));
    }

    /// A search of a lexicon while another of the same lexicon is under way (the shared
    /// cache is then taken, and a cache of the pool serves) finds what it finds alone.
    #[test]
    fn a_search_inside_a_search_of_the_same_lexicon() {
        let lex = Lexicon::new(&[&[(r"\bdecree\b", 1), (r"\blaw of [0-9]+\b", 2)]]);
        let text = "the decree, the law of 2018 and the decree again";
        let alone = lex.hits(text);
        let mut outer = lex.find_iter(text);
        let first = outer.next().expect("a hit");
        // The shared cache is free between two steps; hold it as another thread would.
        let held = lex.shared.lock().expect("not poisoned");
        let inner = lex.hits(text);
        let rest: Vec<Hit<i32>> = outer.collect();
        drop(held);
        assert_eq!(inner, alone);
        assert_eq!(
            std::iter::once(first).chain(rest).collect::<Vec<_>>(),
            alone
        );
    }

    /// Several threads searching one lexicon at once (sharing its cache or not) find
    /// what one thread finds.
    #[test]
    fn threads_searching_one_lexicon_find_the_same() {
        let lex = Lexicon::new(&[&[
            (
                r"\b(?:royal )?decree of [0-9]{1,2} [a-z]{3,9} [0-9]{4}\b",
                1,
            ),
            (r"\blaw\b", 2),
        ]]);
        let text = "a law, the royal decree of 12 march 2019, a decree of 3 may 2020 and a law."
            .repeat(50);
        let alone = lex.hits(&text);
        assert_eq!(alone.len(), 200);
        std::thread::scope(|scope| {
            let runs: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| (0..20).map(|_| lex.hits(&text)).collect::<Vec<_>>()))
                .collect();
            for run in runs {
                for hits in run.join().expect("no panic") {
                    assert_eq!(hits, alone);
                }
            }
        });
    }

    fn starts_of(p: &str) -> Option<Vec<String>> {
        start_literals(&spaced_head(&parse(p))).map(|set| {
            set.into_iter()
                .map(|a| String::from_utf8(a).unwrap())
                .collect()
        })
    }

    #[test]
    fn start_literals_are_read_off_the_cue() {
        let a = starts_of(r"\b(?:la )?loi du").unwrap();
        assert!(
            a.contains(&"loi du".to_string()) && a.contains(&"la loi d".to_string()),
            "{a:?}"
        );
        let a = starts_of(r"(?:^|\n)(?:[-*] )?(?:attendance|presence)\s{0,3}:").unwrap();
        assert!(
            a.contains(&"attendan".to_string()) && a.contains(&" - prese".to_string()),
            "{a:?}"
        );
        // Read in the spaced view: one literal, not one per way of wrapping the line.
        assert_eq!(starts_of(r"\ba b c d").unwrap(), ["a b c d"]);
        assert_eq!(starts_of(r"\n\n[ \n]objet").unwrap(), ["   objet"]);
        assert_eq!(starts_of(r"\b[a-z]{2,9}\b"), None);
        assert_eq!(starts_of(r"(?:loi)?"), None);
    }

    #[test]
    fn starts_find_what_a_full_scan_finds() {
        let lex = Lexicon::new(&[&[
            (r"\bconcertation de cas\b", 1),
            (r"\b458 ?ter\b", 2),
            (r"\b(?:art\.? )?458\b[^\n]{0,30}", 3),
            (r"\bde cas et", 4),
            (r"\bloi du \d", 5),
            (r"\nobjet ?:", 6),
        ]]);
        assert!(lex.knows_starts());
        let text = "x ".repeat(500)
            + "art. 458 du code, puis la concertation\nde cas et 458ter "
            + &"y ".repeat(500)
            + "concertation de cas, la loi\ndu 8 mai\nobjet: la loi du\nmois objet :";
        let hits = lex.hits(&text);
        assert_eq!(hits, lex.hits_full_scan(&text));
        // "art. 458 du code, puis la concertation" takes the words after 458; a phrase
        // wrapped over two lines is found, a line break a cue requires is one.
        assert_eq!(
            hits.iter().map(|h| h.kind).collect::<Vec<_>>(),
            [3, 4, 2, 1, 5, 6]
        );
    }

    /// The lexicon's hits in each text are those of a full scan.
    fn same_as_a_full_scan<K: Copy + PartialEq + std::fmt::Debug>(
        lex: &Lexicon<K>,
        texts: &[&str],
    ) {
        for text in texts {
            assert_eq!(lex.hits(text), lex.hits_full_scan(text), "{text:?}");
        }
    }

    #[test]
    fn a_cue_at_the_start_is_tried_there_only() {
        let lex = Lexicon::new(&[&[(r"^[ ,]{1,6}(?:qui|which)\b", ())]]);
        let finder = lex.finder.as_ref().expect("a finder");
        assert!(finder.at_start && finder.unscanned());
        same_as_a_full_scan(&lex, &[", qui sera", "x, qui sera", "", " which"]);
        assert_eq!(lex.hits(", qui sera").len(), 1);
        // A one-byte literal keeps a lexicon out of the shared scan too.
        let lex = Lexicon::new(&[&[(r"\b(?:a|une?)\s{0,6}$", ())]]);
        assert!(lex.finder.as_ref().is_some_and(Finder::unscanned));
    }

    #[test]
    fn a_cue_found_through_a_word_is_tried_where_words_begin() {
        let lex = Lexicon::new(&[&[(
            r"\b(?:[a-z]\.? and )?(?:his|her|the) [a-z]{1,20} (?:is|was) informed",
            (),
        )]]);
        let finder = lex.finder.as_ref().expect("a finder");
        assert!(!finder.inner_reach.is_empty() && finder.inner_reach.iter().all(|r| r.1));
        let texts = [
            "x his father is informed",
            "this mother was informed, and j. and her aunt was informed",
            "xhis dad is informed; her_dad is informed",
            "é his dad is informed",
        ];
        same_as_a_full_scan(&lex, &texts);
        // A slice that begins inside a word begins a word.
        same_as_a_full_scan(&lex, &texts.map(|t| &t[3..]));
        let starts = |p: &str| begins_with_word(&spaced_hir(&parse(p)));
        assert!(starts(r"\b(?:[a-z]\.? )?(?:his|her) x"));
        assert!(!starts(r"\b(?:[-a-z]\.? )?(?:his|her) x"));
        assert!(!starts(r"(?:his|her) x"));
        assert!(!starts(r"\b(?:x )?"));
    }

    #[test]
    fn a_cue_with_a_wide_gap_after_a_short_word_is_found_through_a_rarer_one() {
        let lex = Lexicon::new(&[&[(r"\ble [^\n]{3,80} a ecrit ?:", 1), (r"\ble rapport\b", 2)]]);
        let finder = lex.finder.as_ref().expect("a finder");
        let literal = |s: &str| s.as_bytes().to_vec();
        assert!(finder.inner_literals.contains(&literal(" a ecrit")));
        assert!(!finder.start_literals.contains(&literal("le ")));
        same_as_a_full_scan(
            &lex,
            &[
                "le 3 mai, m. x a ecrit : le rapport",
                "le rapport\nle 3 mai a ecrit:",
                "ville 3 mai x a ecrit:",
                "le 3 mai\nx a ecrit:",
            ],
        );
    }

    #[test]
    fn a_cue_found_through_a_word_it_contains() {
        let lex = Lexicon::new(&[&[
            (
                r"\b(?:[a-z'-]{1,40} ){1,4}?(?:street|road)\b,? \d{1,4}\b",
                1,
            ),
            (r"\bstreet\b", 2),
        ]]);
        assert!(lex.knows_starts());
        // The second "street" is inside the first match of cue 1, which starts four
        // words before the third.
        let text = "at the old mill road 12, then on street corners at rose street, 4; street";
        let hits = lex.hits(text);
        assert_eq!(hits, lex.hits_full_scan(text));
        assert_eq!(hits.iter().map(|h| h.kind).collect::<Vec<_>>(), [1, 1, 2]);
    }
}

/// What the registry needs of a lexicon, whatever its kind of cue.
pub(crate) trait Compiled: Sync {
    /// Where its cues can start, when it knows.
    fn finder(&self) -> Option<&Finder>;

    /// True when the lexicon knows where each of its cues can start.
    #[cfg(test)]
    fn knows_starts(&self) -> bool;

    /// The cues, parsed.
    #[cfg(test)]
    fn cues(&self) -> &[Hir];

    /// The matches in `text` by its own search and with candidates from `scan`.
    #[cfg(test)]
    fn both_ways(&self, scan: &Scan, text: &str) -> (Vec<Match>, Vec<Match>);

    /// For each text, its hits by anchored tries and by a full scan (checking on the way
    /// that the shared scan gives the same as its own search).
    #[cfg(test)]
    fn against_full_scan(
        &self,
        texts: &[String],
    ) -> Vec<(all_lexicons::Found, all_lexicons::Found)>;
}

impl<K: Copy + Sync + Send> Compiled for Lexicon<K> {
    #[cfg(test)]
    fn against_full_scan(
        &self,
        texts: &[String],
    ) -> Vec<(all_lexicons::Found, all_lexicons::Found)> {
        all_lexicons::both(self, texts)
    }

    fn finder(&self) -> Option<&Finder> {
        self.finder.as_ref()
    }

    #[cfg(test)]
    fn both_ways(&self, scan: &Scan, text: &str) -> (Vec<Match>, Vec<Match>) {
        (
            self.matches(text).collect(),
            self.matches_in(Some(scan), text).collect(),
        )
    }

    #[cfg(test)]
    fn knows_starts(&self) -> bool {
        self.finder.is_some()
    }

    #[cfg(test)]
    fn cues(&self) -> &[Hir] {
        &self.hirs
    }
}

impl Compiled for Pattern {
    #[cfg(test)]
    fn against_full_scan(
        &self,
        texts: &[String],
    ) -> Vec<(all_lexicons::Found, all_lexicons::Found)> {
        self.0.against_full_scan(texts)
    }

    fn finder(&self) -> Option<&Finder> {
        self.0.finder.as_ref()
    }

    #[cfg(test)]
    fn both_ways(&self, scan: &Scan, text: &str) -> (Vec<Match>, Vec<Match>) {
        self.0.both_ways(scan, text)
    }

    #[cfg(test)]
    fn knows_starts(&self) -> bool {
        self.0.finder.is_some()
    }

    #[cfg(test)]
    fn cues(&self) -> &[Hir] {
        self.0.cues()
    }
}

/// A lexicon of the crate: its name, and how to get it (compiled on first use).
pub(crate) type Entry = (&'static str, fn() -> &'static dyn Compiled);

/// The registry's entries, from the lexicons' paths (`module::NAME`, the name they are
/// listed and tested under).
macro_rules! registry {
    ($($module:ident :: $name:ident),* $(,)?) => {
        &[$((concat!(stringify!($module), "::", stringify!($name)), || -> &'static dyn Compiled {
            &*$module::$name
        })),*]
    };
}

/// Every lexicon of the crate.
pub(crate) static ALL: &[Entry] = {
    use crate::extract::{addressee, basis, convocation, modalities, negation};
    use crate::extract::{participants, purposes, statements};
    use crate::segment;
    registry![
        segment::MARKERS,
        basis::CUES,
        basis::CONTEXT,
        basis::COURT,
        basis::FOREIGN,
        basis::ABOUT_CONSULTATION,
        basis::PROSECUTOR,
        basis::REASONED,
        basis::REASONED_NEXT,
        basis::MANDATE_BEFORE,
        basis::GENERIC,
        basis::SPECIFIC,
        basis::INVOKED_BEFORE,
        basis::NOT_APPLICABLE_AFTER,
        basis::AMENDING_BEFORE,
        basis::ANAPHORIC_BASIS,
        basis::NOT_APPLICABLE_BEFORE,
        basis::APPLIED_FOR_BEFORE,
        basis::ACCREDITED_BEFORE,
        addressee::HEAD_CUES,
        addressee::BODY_CUES,
        addressee::SALUTATION,
        negation::NEGATION,
        negation::STRONG_NEGATION,
        modalities::CONTEXT,
        modalities::ITEMS,
        modalities::PLACES,
        modalities::NEG_AFTER,
        modalities::CONDITION,
        modalities::REMOTE_VALUE,
        modalities::INSTRUMENT_BEFORE,
        modalities::PLACE_STOP,
        statements::CUES,
        statements::PROFESSIONALS_BEFORE,
        statements::RHETORICAL,
        statements::REPORTED,
        statements::NEGATIVE_SUBJECT,
        statements::NEGATED_MODAL,
        participants::ROLES,
        participants::SCOPES,
        participants::OPEN_ENDED,
        participants::SELF,
        participants::SENDER_SELF,
        participants::ADDRESS_LINE,
        participants::GROUP_OF_US,
        participants::DESCRIBED_GROUP,
        participants::SALUTATION,
        participants::PREVIOUSLY_NAMED,
        participants::OPEN_ENDED_IN_SCOPE,
        participants::TERSE_OPENER,
        participants::TERSE_WITH,
        convocation::ADDRESSED,
        convocation::TOPICS,
        convocation::CUES,
        convocation::ABOUT_SOMEONE,
        convocation::CONDITIONAL,
        convocation::BEEN_INVITED,
        convocation::NEXT_MEETING,
        purposes::CUES,
        purposes::CONTEXT,
        purposes::ONLY_AS_CONTEXT_AFTER,
        purposes::PURPOSE_LABEL,
        purposes::EXCLUDING,
        purposes::EXCLUDING_FAR,
        purposes::AIM_CLAUSE,
    ]
};

/// Compiles every lexicon now, in parallel on the current rayon pool, instead of one by
/// one as the first letter needs them, then the scanner of their literals.
pub(crate) fn compile_all() {
    use rayon::prelude::*;
    ALL.par_iter().for_each(|(_, get)| {
        get();
    });
    LazyLock::force(&SCANNER);
}

/// Every lexicon of the crate against a full scan, on every fixture letter.
#[cfg(test)]
mod all_lexicons {
    use super::*;
    use crate::document::Document;
    use crate::report::InputFormat;

    /// Hits as (cue, start, end).
    pub(super) type Found = Vec<(usize, usize, usize)>;

    /// For each text, the hits by anchored tries and by a full scan, as (cue, start, end).
    pub(super) fn both<K: Copy>(lexicon: &Lexicon<K>, texts: &[String]) -> Vec<(Found, Found)> {
        let regex = regex_automata::meta::Regex::builder()
            .configure(regex_automata::meta::Regex::config().match_kind(MatchKind::LeftmostFirst))
            .build_many_from_hir(&lexicon.hirs)
            .expect("the cues compile");
        texts
            .iter()
            .map(|text| {
                let triple = |m: Match| (m.pattern().as_usize(), m.start(), m.end());
                let tried: Found = lexicon.matches(text).map(triple).collect();
                // The same hits when the candidates come from the letter's shared scan,
                // over the whole text and over a slice of it.
                let scan = Scan::new(text);
                let scanned: Found = lexicon.matches_in(Some(&scan), text).map(triple).collect();
                assert_eq!(tried, scanned, "the shared scan differs on {text:.80}");
                let cut = (text.len() / 3..text.len())
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(text.len());
                let (head, tail) = text.split_at(cut);
                for part in [head, tail] {
                    let own: Found = lexicon.matches(part).map(triple).collect();
                    let scanned: Found =
                        lexicon.matches_in(Some(&scan), part).map(triple).collect();
                    assert_eq!(
                        own, scanned,
                        "the shared scan differs on a slice of {text:.80}"
                    );
                }
                let full = regex.find_iter(text.as_str()).filter(|m| !m.is_empty());
                (tried, full.map(triple).collect())
            })
            .collect()
    }

    /// The full-scan comparison of every lexicon of the registry.
    fn compared(texts: &[String]) -> Vec<(&'static str, Vec<(Found, Found)>)> {
        ALL.iter()
            .map(|(name, get)| (*name, get().against_full_scan(texts)))
            .collect()
    }

    /// Every lexicon declared in the crate's sources is in the registry: an unregistered
    /// one would still be right (searched with its own automaton) but compiled on first
    /// use instead of up front, left out of the shared scan and of these tests.
    /// A lexicon left out of the shared scan searches every text it is given with its own
    /// automaton: cheap for the few that only read short slices, dear for one that reads
    /// the whole letter. A cue whose start can be a single byte (`(?:\d{1,2}\. )?Composition`
    /// gave the participants' scopes the ten digits) moves its lexicon out unnoticed, at a
    /// tenth more instructions per letter; this list says which may be out.
    #[test]
    fn only_the_expected_lexicons_are_left_out_of_the_scan() {
        let out: Vec<&str> = ALL
            .iter()
            .filter(|(_, get)| get().finder().is_some_and(Finder::unscanned))
            .map(|(name, _)| *name)
            .collect();
        assert_eq!(
            out,
            [
                "basis::GENERIC",
                "modalities::NEG_AFTER",
                "modalities::REMOTE_VALUE",
                "modalities::PLACE_STOP",
                "purposes::ONLY_AS_CONTEXT_AFTER",
            ]
        );
    }

    #[test]
    fn every_lexicon_is_registered() {
        let declared = regex::Regex::new(
            r"static\s+([A-Z_]+)\s*:\s*LazyLock<\s*(?:Lexicon<[^>]*>|Pattern)\s*>",
        )
        .expect("regex");
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![src];
        let mut found = Vec::new();
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(
                    std::fs::read_dir(&path)
                        .expect("dir")
                        .map(|e| e.expect("entry").path()),
                );
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            let module = path
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned();
            for c in declared.captures_iter(&text) {
                found.push(format!("{module}::{}", &c[1]));
            }
        }
        assert!(found.len() >= 40, "{found:?}");
        let registered: Vec<&str> = ALL.iter().map(|(name, _)| *name).collect();
        for name in &found {
            assert!(
                registered.contains(&name.as_str()),
                "{name} is not in lexicon::ALL"
            );
        }
        assert_eq!(found.len(), registered.len(), "{found:?}");
    }

    #[test]
    fn every_lexicon_knows_where_its_cues_start() {
        let lost: Vec<_> = ALL
            .iter()
            .filter(|(_, get)| !get().knows_starts())
            .map(|(name, _)| name)
            .collect();
        assert!(lost.is_empty(), "tried at every position: {lost:?}");
    }

    /// The characters of a cue's literals that folding never produces: a cue (or an
    /// alternative of one) spelled with them can never match the folded view.
    fn unfolded_chars(hir: &Hir, out: &mut Vec<char>) {
        match hir.kind() {
            HirKind::Literal(lit) => {
                let text = String::from_utf8_lossy(&lit.0);
                // A line break alone is a text's end, which folding trims; it is kept
                // inside a text.
                for c in text.chars().filter(|&c| c != '\n') {
                    let one = c.to_string();
                    if crate::fold::Folded::plain(&one).text != one {
                        out.push(c);
                    }
                }
            }
            HirKind::Capture(c) => unfolded_chars(&c.sub, out),
            HirKind::Repetition(r) => unfolded_chars(&r.sub, out),
            HirKind::Concat(subs) | HirKind::Alternation(subs) => {
                subs.iter().for_each(|h| unfolded_chars(h, out));
            }
            HirKind::Empty | HirKind::Class(_) | HirKind::Look(_) => {}
        }
    }

    /// The check itself: it flags a capital and an accented letter, and leaves alone
    /// what folding keeps (a line break, a bullet, a section sign, an apostrophe).
    #[test]
    fn unfolded_characters_are_told_from_folded_ones() {
        let flagged = |cue: &str| {
            let mut chars = Vec::new();
            unfolded_chars(&parse(cue), &mut chars);
            chars
        };
        assert_eq!(flagged(r"\bdès lors|Roi\b"), vec!['è', 'R']);
        assert_eq!(
            flagged(r"(?:^|\n)(?:[-•*] )?l'art\. 458 ?ter,? § ?2"),
            vec![]
        );
    }

    /// Whether `hir` can match the empty string.
    fn nullable(hir: &Hir) -> bool {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => true,
            HirKind::Literal(_) | HirKind::Class(_) => false,
            HirKind::Capture(c) => nullable(&c.sub),
            HirKind::Repetition(r) => r.min == 0 || nullable(&r.sub),
            HirKind::Concat(subs) => subs.iter().all(nullable),
            HirKind::Alternation(subs) => subs.iter().any(nullable),
        }
    }

    /// Whether `hir` is one character of white space: a space, or a space or a line break.
    fn one_space(hir: &Hir) -> bool {
        match hir.kind() {
            HirKind::Literal(lit) => lit.0.as_ref() == b" ",
            HirKind::Class(regex_syntax::hir::Class::Unicode(c)) => c
                .ranges()
                .iter()
                .all(|r| (r.start()..=r.end()).all(|ch| ch == ' ' || ch == '\n')),
            HirKind::Class(regex_syntax::hir::Class::Bytes(c)) => c
                .ranges()
                .iter()
                .all(|r| (r.start()..=r.end()).all(|b| b == b' ' || b == b'\n')),
            _ => false,
        }
    }

    /// Concatenations where a space, things that may all be empty, and another space
    /// follow each other: when the middle is empty the cue asks for two spaces in a row,
    /// which folding never leaves ("authorisation,? (?:duly reasoned)?,? issued").
    fn double_spaces(hir: &Hir, out: &mut usize) {
        match hir.kind() {
            HirKind::Concat(subs) => {
                for a in 0..subs.len() {
                    if !one_space(&subs[a]) {
                        continue;
                    }
                    let b = (a + 1..subs.len())
                        .find(|&b| !nullable(&subs[b]))
                        .unwrap_or(subs.len());
                    if b > a + 1 && b < subs.len() && one_space(&subs[b]) {
                        *out += 1;
                    }
                }
                subs.iter().for_each(|h| double_spaces(h, out));
            }
            HirKind::Alternation(subs) => subs.iter().for_each(|h| double_spaces(h, out)),
            HirKind::Capture(c) => double_spaces(&c.sub, out),
            HirKind::Repetition(r) => double_spaces(&r.sub, out),
            _ => {}
        }
    }

    #[test]
    fn no_cue_asks_for_two_spaces_in_a_row() {
        let count = |cue: &str| {
            let mut n = 0;
            double_spaces(&parse(cue), &mut n);
            n
        };
        assert_eq!(count(r"\bauthorisation,? (?:duly reasoned)?,? issued"), 1);
        assert_eq!(count(r"\bauthorisation(?:,? duly reasoned)?,? issued"), 0);
        assert_eq!(count(r"\bwe (?:will|shall)? ?(?:not )?attend"), 0);
        let mut dead = Vec::new();
        for (name, get) in ALL {
            for (i, cue) in get().cues().iter().enumerate() {
                let mut n = 0;
                double_spaces(cue, &mut n);
                if n > 0 {
                    dead.push(format!("{name} cue {i}"));
                }
            }
        }
        assert!(
            dead.is_empty(),
            "cues that ask for two spaces in a row: {dead:#?}"
        );
    }

    #[test]
    fn cues_are_spelled_as_folding_spells() {
        let mut dead = Vec::new();
        for (name, get) in ALL {
            for (i, cue) in get().cues().iter().enumerate() {
                let mut chars = Vec::new();
                unfolded_chars(cue, &mut chars);
                if !chars.is_empty() {
                    dead.push(format!("{name} cue {i}: {chars:?}"));
                }
            }
        }
        assert!(
            dead.is_empty(),
            "cues with characters folding changes: {dead:#?}"
        );
    }

    fn folded_fixtures() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/letters");
        let mut out = Vec::new();
        for lang in ["fr", "en"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(lang))
                .expect("fixtures")
                .map(|e| e.expect("entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
                .collect();
            paths.sort();
            for p in paths {
                let bytes = std::fs::read(&p).expect("fixture");
                let text = String::from_utf8_lossy(&bytes);
                let format = if p.extension().is_some_and(|x| x == "md") {
                    InputFormat::Markdown
                } else {
                    InputFormat::Text
                };
                out.push(Document::new(&text, format).f().to_string());
            }
        }
        out
    }

    /// Lexicons search lines, sentences and windows of a letter: the candidates the
    /// shared scan gives for a slice (literals cut by its ends left out) find what the
    /// lexicon's own search of the slice finds.
    #[test]
    fn the_shared_scan_serves_every_slice() {
        let texts = folded_fixtures();
        for text in texts.iter().step_by(8) {
            let scan = Scan::new(text);
            let mut slices: Vec<&str> = text.split('\n').collect();
            slices.extend(text.split(". "));
            for (name, get) in ALL {
                for slice in &slices {
                    let (own, scanned) = get().both_ways(&scan, slice);
                    assert_eq!(own, scanned, "{name} on {slice:?}");
                }
            }
        }
    }

    #[test]
    fn hits_are_those_of_a_full_scan() {
        let texts = folded_fixtures();
        assert!(texts.len() > 150);
        for (name, results) in compared(&texts) {
            for ((tried, full), text) in results.into_iter().zip(&texts) {
                assert_eq!(tried, full, "{name} differs from a full scan on {text:.80}");
            }
        }
    }
}
