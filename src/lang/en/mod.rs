//! The English language pack: cue tables per element, as data.

pub(crate) mod basis;
pub(crate) mod convocation;
pub(crate) mod modalities;
pub(crate) mod participants;
pub(crate) mod purposes;
pub(crate) mod statements;
