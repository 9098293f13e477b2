//! The addressee: is the letter addressed to a lawyer?
use super::Ctx;
use crate::report::Addressee;

pub(crate) fn extract(_cx: &Ctx<'_>) -> Addressee {
    Addressee::default()
}
