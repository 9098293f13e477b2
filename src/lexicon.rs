//! Lexicons: tables of cues compiled once into one multi-pattern automaton.
//!
//! A cue is a regular expression over the folded view (lower case, no accents, `'` as the
//! only apostrophe, `"` as the only quote, single spaces) paired with what it means. In a
//! cue, a plain space matches one space or one line break (a phrase may wrap), and `\b` is
//! an ASCII word boundary; nothing else is rewritten. All the cues of a lexicon are
//! searched in a single leftmost-first pass (`regex-automata`'s multi-pattern meta regex),
//! which reports for every hit which cue matched: at a given position, the cue listed
//! first wins, so longer or more specific cues are listed before shorter ones.

use regex_automata::meta::Regex;
use regex_automata::util::syntax;

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

/// A compiled table of cues.
#[derive(Debug)]
pub(crate) struct Lexicon<K> {
    regex: Regex,
    kinds: Vec<K>,
}

/// Rewrites a cue for the folded view: a space outside a class matches a space or a line
/// break, `\b` becomes an ASCII word boundary.
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
pub(crate) fn compile_any(tables: &[&[&str]]) -> Regex {
    let all: Vec<&str> = tables.iter().flat_map(|t| t.iter().copied()).collect();
    compile_one(&format!("(?:{})", all.join("|")))
}

/// Compiles one cue pattern (rewritten) into a single regex.
pub(crate) fn compile_one(pattern: &str) -> Regex {
    build(&[rewrite(pattern)])
}

fn build(patterns: &[String]) -> Regex {
    Regex::builder()
        .syntax(syntax::Config::new().unicode(true).utf8(true))
        .configure(
            Regex::config()
                .nfa_size_limit(Some(64 << 20))
                .hybrid_cache_capacity(16 << 20)
                .match_kind(regex_automata::MatchKind::LeftmostFirst)
                .auto_prefilter(false),
        )
        .build_many(patterns)
        .unwrap_or_else(|e| panic!("a lexicon cue does not compile: {e}"))
}

impl<K: Copy> Lexicon<K> {
    /// Compiles the tables, in order (earlier cues win ties).
    pub(crate) fn new(tables: &[&[(&str, K)]]) -> Lexicon<K> {
        let mut patterns = Vec::new();
        let mut kinds = Vec::new();
        for table in tables {
            for &(p, k) in *table {
                patterns.push(rewrite(p));
                kinds.push(k);
            }
        }
        Lexicon {
            regex: build(&patterns),
            kinds,
        }
    }

    /// Every non-overlapping hit in `text`, left to right.
    pub(crate) fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Hit<K>> + 't {
        self.regex
            .find_iter(text)
            .filter(|m| !m.is_empty())
            .map(move |m| Hit {
                kind: self.kinds[m.pattern().as_usize()],
                start: m.start(),
                end: m.end(),
            })
    }

    /// All hits, collected.
    #[cfg(test)]
    pub(crate) fn hits(&self, text: &str) -> Vec<Hit<K>> {
        self.find_iter(text).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_spaces_and_boundaries() {
        assert_eq!(rewrite(r"\bloi du"), r"(?-u:\b)loi[ \n]du");
        assert_eq!(rewrite(r"a[ ,]b"), r"a[ ,]b");
    }

    #[test]
    fn first_cue_wins_and_kind_is_reported() {
        let lex = Lexicon::new(&[&[(r"\broyal decree\b", 1), (r"\bdecree\b", 2)]]);
        let hits = lex.hits("the royal\ndecree and the decree");
        assert_eq!(hits.iter().map(|h| h.kind).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!((hits[0].start, hits[0].end), (4, 16));
    }
}
