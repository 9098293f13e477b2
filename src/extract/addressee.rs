//! The addressee: is the letter addressed to a lawyer?
//!
//! Looked for in the head of the letter (address block, e-mail "À :"/"To:" line, up to and
//! including the salutation: "Maître", "Me Dupont", "avocate au barreau de Liège",
//! "Dear Counsel", "Attorney at law") and in phrases that speak to the addressee as a
//! lawyer ("en votre qualité d'avocat", "in your capacity as counsel").

use std::sync::LazyLock;

use super::Ctx;
use crate::lexicon::{compile_one, Pattern};
use crate::report::Addressee;

pub(crate) static HEAD_CUES: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:\b(?:cher|chere) maitre\b|\bmaitre [a-z]|(?:^|\n)(?:a ?: ?)?me [a-z]{1,40} [a-z]|\bavocate?s? (?:au|pres le) barreau\b|\bavocate?\b|\bbarreau de\b|\bdear counsel\b|\battorney(?:-| )at(?:-| )law\b|\b(?:lawyer|attorney|solicitor|barrister|advocaat)\b|\bmeester [a-z])",
    )
});
pub(crate) static BODY_CUES: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:en (?:votre|sa) qualite d'avocate?|in your capacity as (?:a |the |his |her |their )?(?:lawyer|counsel|attorney)|as (?:his|her|their|the family's|the child's) (?:lawyer|counsel|attorney)|en tant qu'avocate? de)\b",
    )
});
pub(crate) static SALUTATION: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:^|\n)(?:madame|monsieur|cher|chere|dear|bonjour|hello|geachte|beste|mesdames)\b",
    )
});

pub(crate) fn extract(cx: &Ctx<'_>) -> Addressee {
    let f = cx.f();
    // The head ends with the salutation's line.
    let mut head_end = SALUTATION
        .find_in(cx.scan(), f)
        .map_or(super::default_head_end(f, cx.doc.lead), |m| {
            memchr::memchr(b'\n', &f.as_bytes()[m.end()..]).map_or(f.len(), |p| m.end() + p)
        });
    while !f.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let found = HEAD_CUES
        .find_in(cx.scan(), &f[..head_end])
        .map(|m| m.range())
        .or_else(|| BODY_CUES.find_in(cx.scan(), f).map(|m| m.range()));
    match found {
        Some(r) => {
            let start = r.start + f[r.clone()].len() - f[r.clone()].trim_start().len();
            Addressee {
                is_lawyer: true,
                evidence: Some(cx.doc.evidence(start..r.end)),
            }
        }
        None => Addressee::default(),
    }
}
