//! # convocheck
//!
//! Reads a *convocation letter* — a letter summoning a professional to a Belgian **case
//! consultation** ("concertation de cas", "casusoverleg") under **article 458ter of the
//! Criminal Code** — and tells whether it meets the law: the stated legal basis, the
//! participants, the purposes and the modalities are extracted with the letter's own words
//! as evidence, and every mandatory element that is missing or wrong becomes a finding
//! that names the article it rests on.
//!
//! ## Example
//!
//! ```
//! let letter = "Objet : concertation de cas (art. 458ter du Code pénal)\n\
//!     Madame,\n\
//!     En application de la loi du 30 juillet 2018 portant création de cellules de sécurité\n\
//!     intégrale locales, le bourgmestre vous invite à la réunion de la CSIL-R du jeudi\n\
//!     14 mars 2025 à 14h30, à l'hôtel de ville, afin de prévenir des infractions\n\
//!     terroristes. Participeront : la police locale et le CPAS.\n\
//!     Votre participation n'est pas obligatoire.";
//! let report = convocheck::analyze(letter);
//! assert!(report.is_convocation);
//! assert_eq!(report.modalities.meeting.date.as_deref(), Some("2025-03-14"));
//! for finding in &report.findings {
//!     println!("{:?} {:?}: {}", finding.severity, finding.code, finding.message);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Pipeline
//!
//! ```text
//! bytes ─decode─▶ text ─fold─▶ folded view ─segment─▶ sentences, regions
//!       ─extract─▶ basis, participants, purposes, modalities, statements, addressee
//!       ─rules─▶ findings ─▶ Report (schema v1)
//! ```
//!
//! Decoding recognizes UTF-8 (with or without BOM), UTF-16 (with a BOM, or by its shape)
//! and takes Windows-1252 for other bytes that are not UTF-8. Markdown is read with
//! pulldown-cmark. Folding (NFKC-like compatibility decomposition, accents and case
//! removed, typography unified, words hyphenated across lines joined) gives the view every
//! matcher reads, with a map back to the original.
//!
//! ## Spans and offsets
//!
//! Every [`Evidence`] in a report carries `start..end`, a byte range into the decoded text
//! (the Markdown source itself for Markdown input; for a string handed to [`analyze`], that
//! string), always on character boundaries, and `text` is exactly that slice. Property
//! tests and a fuzz target check it.
//!
//! ## Error reporting
//!
//! Defects of a letter are findings in the [`Report`], never errors. [`Error`] is only for
//! inputs that cannot be analyzed: I/O failures, inputs over the size limit, binary data,
//! empty files.
//!
//! ## Crate features
//!
//! - `cli` (default): the `convocheck` binary and its dependencies (clap, annotate-snippets,
//!   indicatif, toml). Build the library alone with `default-features = false`.
//!
//! ## Limits
//!
//! - Inputs above the size limit (10 MiB by default, [`Analyzer::max_size`]) are refused
//!   with [`Error::TooLarge`]; inputs with NUL bytes that are not UTF-16 are
//!   [`Error::Binary`]; empty or white-space inputs are [`Error::Empty`].
//! - Encodings recognized: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or by the
//!   shape of its bytes), Windows-1252 for anything else that is not UTF-8.
//! - Cost is linear in the input: sentences are cut at 800 bytes, searches around a hit are
//!   windowed, and every extractor examines a bounded number of candidates per letter (a few
//!   thousand cue hits, 2,000 dates and times, 64 entries per list in the report).
//!
//! ## Incomplete support
//!
//! - Dutch letters are recognized as Dutch but not analyzed in depth yet.
//! - Whether an instrument really exists, is in force, or really organizes this kind of
//!   consultation is not checked: the analyzer reads what the letter says.
//! - Whether the instrument itself (rather than the letter) determines participants,
//!   purposes and modalities (§ 1 al. 3) cannot be checked from the letter alone.
//! - Scanned letters must be OCRed first; tables pasted from PDFs lose their structure.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(
    missing_debug_implementations,
    clippy::print_stdout,
    clippy::print_stderr
)]

mod batch;
mod document;
mod error;
mod extract;
mod fold;
mod lang;
mod lexicon;
mod report;
mod rules;
mod segment;
mod span;

use std::path::Path;

pub use batch::{walk, Batch, Checked, Input};
pub use error::{Error, ErrorKind};
pub use report::{
    Addressee, Element, Encoding, ErrorDetail, ErrorRecord, Evidence, Finding, InputFormat,
    Instrument, InstrumentKind, Language, LegalBasis, Meeting, Modalities, ModalityItem,
    ModalityKind, Participant, Participants, Purpose, PurposeCategory, Record, Report, Role,
    Severity, Statement, StatementKind, Verdict, SCHEMA_VERSION,
};
pub use rules::{registry, rule, ParseRuleCodeError, Rule, RuleCode, RuleConfig, RuleStatus};
pub use span::Span;

/// The default maximum input size: 10 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 10 * 1024 * 1024;

/// The language of findings' messages.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum MessageLang {
    /// French.
    Fr,
    /// English.
    #[default]
    En,
}

/// Analyzes a plain-text letter with the default settings.
///
/// Shorthand for `Analyzer::new().analyze(text)`.
#[must_use]
pub fn analyze(text: &str) -> Report {
    Analyzer::new().analyze(text)
}

/// The analyzer, configured once and shared freely (`Send + Sync`).
///
/// The cue tables are compiled once per process, the first time they are needed; an
/// `Analyzer` only holds settings.
#[derive(Clone, Debug)]
pub struct Analyzer {
    format: Option<InputFormat>,
    messages: Option<MessageLang>,
    max_size: u64,
    rules: RuleConfig,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer with the default settings: format from the file name (plain text for
    /// strings), messages in the letter's language, 10 MiB size limit, every rule.
    #[must_use]
    pub fn new() -> Analyzer {
        Analyzer {
            format: None,
            messages: None,
            max_size: DEFAULT_MAX_SIZE,
            rules: RuleConfig::default(),
        }
    }

    /// Forces the input format (otherwise: `.md`/`.markdown` files are Markdown, the rest
    /// plain text).
    #[must_use]
    pub fn input_format(mut self, format: InputFormat) -> Analyzer {
        self.format = Some(format);
        self
    }

    /// Shorthand for `input_format(InputFormat::Markdown)` when `yes`.
    #[must_use]
    pub fn markdown(self, yes: bool) -> Analyzer {
        self.input_format(if yes {
            InputFormat::Markdown
        } else {
            InputFormat::Text
        })
    }

    /// Forces the language of messages (otherwise: the letter's, English if unknown).
    #[must_use]
    pub fn messages(mut self, lang: MessageLang) -> Analyzer {
        self.messages = Some(lang);
        self
    }

    /// Sets the maximum input size in bytes for [`analyze_bytes`](Self::analyze_bytes) and
    /// [`analyze_path`](Self::analyze_path).
    #[must_use]
    pub fn max_size(mut self, bytes: u64) -> Analyzer {
        self.max_size = bytes;
        self
    }

    /// Sets which rules run and at which severity.
    #[must_use]
    pub fn rules(mut self, config: RuleConfig) -> Analyzer {
        self.rules = config;
        self
    }

    /// The maximum input size in bytes.
    #[must_use]
    pub fn get_max_size(&self) -> u64 {
        self.max_size
    }

    /// Analyzes a letter given as text (`source` is `None` in the report).
    #[must_use]
    pub fn analyze(&self, text: &str) -> Report {
        let format = self.format.unwrap_or_default();
        self.analyze_decoded(text, Encoding::Utf8, format, None)
    }

    /// Decodes and analyzes a letter given as bytes.
    ///
    /// # Errors
    ///
    /// [`Error::TooLarge`], [`Error::Binary`] or [`Error::Empty`] when the bytes cannot be
    /// analyzed.
    pub fn analyze_bytes(&self, bytes: &[u8]) -> Result<Report, Error> {
        self.analyze_source(bytes, None, self.format.unwrap_or_default())
    }

    /// Reads, decodes and analyzes a file; the report's `source` is the path as given.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the file cannot be read, or any error of
    /// [`analyze_bytes`](Self::analyze_bytes).
    pub fn analyze_path(&self, path: &Path) -> Result<Report, Error> {
        let bytes = read_limited(path, self.max_size)?;
        let format = self.format.unwrap_or_else(|| format_of(path));
        self.analyze_source(&bytes, Some(path.to_string_lossy().into_owned()), format)
    }

    /// Decodes and analyzes bytes read from `source` (a path, or `"-"` for standard input)
    /// in the given format.
    ///
    /// # Errors
    ///
    /// As [`analyze_bytes`](Self::analyze_bytes).
    pub fn analyze_source(
        &self,
        bytes: &[u8],
        source: Option<String>,
        format: InputFormat,
    ) -> Result<Report, Error> {
        if bytes.len() as u64 > self.max_size {
            return Err(Error::TooLarge {
                size: bytes.len() as u64,
                limit: self.max_size,
            });
        }
        if bytes.len() > u32::MAX as usize / 2 {
            return Err(Error::TooLarge {
                size: bytes.len() as u64,
                limit: u32::MAX as u64 / 2,
            });
        }
        let (text, encoding) = document::decode::decode(bytes)?;
        Ok(self.analyze_decoded(&text, encoding, format, source))
    }

    fn analyze_decoded(
        &self,
        text: &str,
        encoding: Encoding,
        format: InputFormat,
        source: Option<String>,
    ) -> Report {
        let doc = document::Document::new(text, format);
        let seg = segment::Segments::new(&doc);
        let language = lang::detect(doc.f());
        let ex = extract::extract(&doc, &seg);
        let is_convocation = extract::convocation::classify(&doc, &seg, &ex);
        let messages = self.messages.unwrap_or(match language {
            Language::Fr => MessageLang::Fr,
            _ => MessageLang::En,
        });
        let findings = if is_convocation {
            rules::run(&ex, messages, &self.rules)
        } else {
            vec![rules::not_a_convocation(messages)]
        };
        let verdict = if !is_convocation {
            Verdict::NotAConvocation
        } else if findings.iter().any(|f| f.severity == Severity::Error) {
            Verdict::NonCompliant
        } else {
            Verdict::Compliant
        };
        let extract::Extraction {
            legal_basis,
            participants,
            purposes,
            modalities,
            statements,
            addressee,
        } = ex;
        Report {
            schema_version: SCHEMA_VERSION,
            source,
            input_format: format,
            encoding,
            language,
            is_convocation,
            verdict,
            legal_basis,
            participants,
            purposes,
            modalities,
            statements,
            addressee,
            findings,
        }
    }
}

/// The input format a path's extension implies: `.md` and `.markdown` are Markdown.
#[must_use]
pub fn format_of(path: &Path) -> InputFormat {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("md" | "markdown") => InputFormat::Markdown,
        _ => InputFormat::Text,
    }
}

/// Reads at most `limit` bytes of a file; a larger file is [`Error::TooLarge`].
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(Error::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The README's examples, compiled and run as doc-tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn analyzer_is_send_and_sync() {
        assert_send_sync::<Analyzer>();
        assert_send_sync::<Report>();
    }
}
