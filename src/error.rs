//! Errors: only for inputs that cannot be analyzed at all.
//!
//! A letter that breaks the law is never an error: its defects are findings in the
//! [`Report`](crate::Report). An [`Error`] means the input could not be read or decoded.

use std::io;

/// Why an input could not be analyzed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading the input failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The input is larger than the configured maximum.
    #[error("input too large: expected at most {limit} bytes, found {size}")]
    TooLarge {
        /// Size of the input in bytes.
        size: u64,
        /// The configured maximum in bytes.
        limit: u64,
    },
    /// The input is not text: it holds NUL bytes or cannot be decoded.
    #[error("binary input: {reason}")]
    Binary {
        /// What gave the input away as binary.
        reason: String,
    },
    /// The input holds nothing but white space.
    #[error("empty input: expected a letter, found nothing but white space")]
    Empty,
}

/// The kind of an [`Error`], as written in the `error.kind` field of an error record.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// An I/O failure (missing file, permission denied, ...).
    Io,
    /// Larger than the maximum size.
    TooLarge,
    /// NUL bytes or undecodable bytes.
    Binary,
    /// Nothing but white space.
    Empty,
}

impl Error {
    /// The kind of this error.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Io(_) => ErrorKind::Io,
            Error::TooLarge { .. } => ErrorKind::TooLarge,
            Error::Binary { .. } => ErrorKind::Binary,
            Error::Empty => ErrorKind::Empty,
        }
    }
}
