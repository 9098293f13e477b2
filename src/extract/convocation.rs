//! Is it a convocation?
use super::Extraction;
use crate::document::Document;
use crate::segment::Segments;

pub(crate) fn classify(_doc: &Document<'_>, _seg: &Segments, _ex: &Extraction) -> bool {
    true
}
