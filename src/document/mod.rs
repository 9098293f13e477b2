//! The document: the decoded original text, its folded view and its line index.

pub(crate) mod decode;
pub(crate) mod lines;
pub(crate) mod markdown;

use std::ops::Range;

use crate::fold::Folded;
use crate::lexicon::Scan;
use crate::report::{Evidence, InputFormat};
use crate::span::Span;
use lines::LineIndex;

/// A letter ready for extraction.
pub(crate) struct Document<'a> {
    /// The decoded original text; every span indexes it.
    pub(crate) text: &'a str,
    /// The folded view matchers read.
    pub(crate) folded: Folded,
    /// Where the lexicons' cues can start in the folded view (one pass for all).
    pub(crate) scan: Scan,
    /// Where the letter's words begin in the folded view: see [`lead`].
    pub(crate) lead: usize,
    lines: LineIndex,
}

impl<'a> Document<'a> {
    pub(crate) fn new(text: &'a str, format: InputFormat) -> Document<'a> {
        let folded = match format {
            InputFormat::Text => Folded::plain(text),
            InputFormat::Markdown => markdown::fold_markdown(text),
        };
        let scan = Scan::new(&folded.text);
        Document {
            text,
            lead: lead(&folded.text),
            folded,
            scan,
            lines: LineIndex::new(text),
        }
    }

    /// The folded text.
    pub(crate) fn f(&self) -> &str {
        &self.folded.text
    }

    /// The folded offset `len` bytes past the [`lead`] (or the end of the text), at a
    /// character boundary: where a limit on the top of a letter ends.
    pub(crate) fn top(&self, len: usize) -> usize {
        let f = self.f();
        let mut end = f.len().min(self.lead + len);
        while !f.is_char_boundary(end) {
            end -= 1;
        }
        end
    }

    /// True when the original words of folded range `r` are written in capitals only,
    /// with at least eight letters ("OBLIGATIONS DES PARTICIPANTS"): a heading in a plain
    /// text.
    pub(crate) fn in_capitals(&self, r: Range<usize>) -> bool {
        let span = self.folded.span(r);
        let mut letters = 0;
        for c in self.text[span.start..span.end]
            .chars()
            .filter(|c| c.is_alphabetic())
        {
            if c.is_lowercase() {
                return false;
            }
            letters += 1;
        }
        letters >= 8
    }

    /// Evidence for a folded range.
    pub(crate) fn evidence(&self, r: Range<usize>) -> Evidence {
        self.evidence_span(self.folded.span(r))
    }

    /// Evidence for an original span.
    pub(crate) fn evidence_span(&self, span: Span) -> Evidence {
        let (line, column) = self.lines.position(self.text, span.start);
        Evidence {
            start: span.start,
            end: span.end,
            line,
            column,
            text: self.text[span.start..span.end].to_owned(),
        }
    }
}

/// Where the words of a folded text begin: the start of its first line that holds three
/// letters. The limits on the top of a letter (its head, its first lines) count from there,
/// so that a stray mark above the letterhead (a speck a scanner read as "e", a page number,
/// a line of dashes) moves every span and changes nothing else.
pub(crate) fn lead(f: &str) -> usize {
    let mut start = 0;
    for line in f.split_inclusive('\n') {
        if line.chars().filter(|c| c.is_alphabetic()).nth(2).is_some() {
            return start;
        }
        start += line.len();
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lead_skips_lines_without_a_word() {
        assert_eq!(lead("objet : concertation"), 0);
        assert_eq!(lead("e\nobjet"), 2);
        assert_eq!(lead("\n12\n-----\n  ab\ncsil-r"), 15);
        // Three letters anywhere on the line, not one word of three.
        assert_eq!(lead("1/3\na. b. c.\n"), 4);
        // No line with a word: the limits count from the first byte.
        assert_eq!(lead("e\n12\n"), 0);
        assert_eq!(lead(""), 0);
    }

    #[test]
    fn the_top_is_counted_from_the_lead() {
        let doc = Document::new("é\n\nObjet : réunion", InputFormat::Text);
        assert_eq!(doc.lead, 3);
        assert_eq!(doc.top(5), 8);
        assert_eq!(doc.top(1_000), doc.f().len());
    }
}
