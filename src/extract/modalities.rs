//! Modalities.
use super::Ctx;
use crate::report::Modalities;

pub(crate) fn extract(_cx: &Ctx<'_>) -> Modalities {
    Modalities::default()
}
