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
            folded,
            scan,
            lines: LineIndex::new(text),
        }
    }

    /// The folded text.
    pub(crate) fn f(&self) -> &str {
        &self.folded.text
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
