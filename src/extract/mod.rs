//! Extraction: from the folded view to the typed elements of the report.
//!
//! One module per element. Each reads the [`Document`] (original and folded text) and the
//! [`Segments`] (sentences, clauses, regions that do not speak for the letter) and returns
//! report types whose evidence points into the original text.

pub(crate) mod addressee;
pub(crate) mod basis;
pub(crate) mod convocation;
pub(crate) mod dates;
pub(crate) mod modalities;
pub(crate) mod negation;
pub(crate) mod participants;
pub(crate) mod purposes;
pub(crate) mod statements;

use std::ops::Range;

use crate::document::Document;
use crate::lexicon::Scan;
use crate::report::{Addressee, LegalBasis, Modalities, Participants, Purpose, Statement};
use crate::segment::Segments;

/// Everything extracted from one letter: what the rules read.
#[derive(Clone, Debug, Default)]
pub(crate) struct Extraction {
    pub(crate) legal_basis: LegalBasis,
    pub(crate) participants: Participants,
    pub(crate) purposes: Vec<Purpose>,
    pub(crate) modalities: Modalities,
    pub(crate) statements: Vec<Statement>,
    pub(crate) addressee: Addressee,
}

/// What every extractor reads.
pub(crate) struct Ctx<'a> {
    pub(crate) doc: &'a Document<'a>,
    pub(crate) seg: &'a Segments,
    /// Folded ranges of the instruments cited (their cue, date and title): dates and words
    /// inside them are not meeting dates or purposes.
    pub(crate) citations: Vec<Range<usize>>,
}

impl Ctx<'_> {
    /// The folded text.
    pub(crate) fn f(&self) -> &str {
        self.doc.f()
    }

    /// Where the lexicons' cues can start in the folded text.
    pub(crate) fn scan(&self) -> &Scan {
        &self.doc.scan
    }

    /// True when folded offset `i` lies inside an instrument's citation.
    pub(crate) fn in_citation(&self, i: usize) -> bool {
        self.citations.iter().any(|r| r.contains(&i))
    }
}

/// FNV-1a, for the maps of words (calendar words, labels, the function words of language
/// detection): their keys are short words of a fixed table, and every word of a letter is
/// looked up (SipHash, the default, guards against chosen keys, which a fixed table does
/// not need, at several times the cost).
pub(crate) struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> WordHasher {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from the words of a fixed table.
pub(crate) type WordMap<V> =
    std::collections::HashMap<&'static str, V, std::hash::BuildHasherDefault<WordHasher>>;

/// Where the head of a letter without a salutation ends: at the end of the line holding
/// folded offset `lead +` [`HEAD_LEN`] (or of the word, on a line that goes on for long), so
/// that a word is never cut in two and a cue is read whole or not at all. `lead` is where
/// the letter's words begin ([`Document::lead`](crate::document::Document::lead)).
pub(crate) fn default_head_end(f: &str, lead: usize) -> usize {
    let limit = lead + HEAD_LEN;
    if f.len() <= limit {
        return f.len();
    }
    let bytes = f.as_bytes();
    let line_end = memchr::memchr(b'\n', &bytes[limit..]).filter(|&p| p <= HEAD_LINE_RUN);
    // Folded white space is ASCII: the end is a character boundary.
    line_end
        .or_else(|| memchr::memchr2(b' ', b'\n', &bytes[limit..]))
        .map_or(f.len(), |p| limit + p)
}

/// The length of a letter's head, in folded bytes from where its words begin, when no
/// salutation ends it.
pub(crate) const HEAD_LEN: usize = 1_500;

/// How far past [`HEAD_LEN`] the head follows its line to the line's end; a longer line
/// is cut at the end of a word.
const HEAD_LINE_RUN: usize = 500;

/// Runs every extractor.
pub(crate) fn extract(doc: &Document<'_>, seg: &Segments) -> Extraction {
    let mut cx = Ctx {
        doc,
        seg,
        citations: Vec::new(),
    };
    let (legal_basis, citations) = basis::extract(&cx);
    cx.citations = citations;
    Extraction {
        legal_basis,
        participants: participants::extract(&cx),
        purposes: purposes::extract(&cx),
        modalities: modalities::extract(&cx),
        statements: statements::extract(&cx),
        addressee: addressee::extract(&cx),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_head_never_cuts_a_word() {
        let short = "me dupont, avocate";
        assert_eq!(default_head_end(short, 0), short.len());
        // The line holding offset HEAD_LEN is read to its end.
        let text = "x ".repeat(HEAD_LEN / 2 - 2) + "yyy avocate au barreau\nrest";
        assert_eq!(
            &text[..default_head_end(&text, 0)],
            text.split_once("\nrest").unwrap().0
        );
        // On a line that goes on for long, to the end of the word.
        let text = "x ".repeat(HEAD_LEN / 2 - 1) + "avocate " + &"z ".repeat(400) + "\n";
        assert!(text[..default_head_end(&text, 0)].ends_with(" avocate"));
    }
}
