//! Legal basis.
use std::ops::Range;

use super::Ctx;
use crate::report::LegalBasis;

pub(crate) fn extract(_cx: &Ctx<'_>) -> (LegalBasis, Vec<Range<usize>>) {
    (LegalBasis::default(), Vec::new())
}
