//! Negation, decided per clause.
//!
//! A cue is negated when a negation word of any supported language stands between the
//! start of its clause and the cue (or inside the cue's own words): "votre présence
//! **n'est pas** obligatoire", "attendance is **not** compulsory", "you are **under no**
//! obligation to share", "**sans** autorisation". Clause boundaries are commas, colons,
//! semicolons, parentheses and adversative conjunctions ("mais", "but"), so that
//! "ce n'est pas une obligation, mais votre présence est requise" keeps its second half
//! affirmative.

use std::sync::LazyLock;

use crate::lexicon::{compile_one, Pattern, Scan};

/// Negation words (French, English, Dutch), over the folded view.
pub(crate) static NEGATORS: &[&str] = &[
    r"\bne\b",
    r"\bn'",
    r"\bpas\b",
    r"\bnullement\b",
    r"\baucune?\b",
    r"\baucunement\b",
    r"\bjamais\b",
    r"\bni\b",
    r"\bnon\b",
    r"\bsans\b",
    r"\bnot\b",
    r"n't\b",
    r"\bno\b",
    r"\bnobody\b",
    r"\bno-one\b",
    r"\bnothing\b",
    r"\bnever\b",
    r"\bcannot\b",
    r"\bneither\b",
    r"\bnor\b",
    r"\bwithout\b",
    r"\bin no way\b",
    r"\bby no means\b",
    r"\bniet\b",
    r"\bgeen\b",
    r"\bnooit\b",
    r"\bgeenszins\b",
];

pub(crate) static NEGATION: LazyLock<Pattern> =
    LazyLock::new(|| compile_one(&format!("(?:{})", NEGATORS.join("|"))));

/// True when the folded text `f[from..to]` holds a negation word (`scan`: the letter's).
pub(crate) fn has_negation(scan: &Scan, f: &str, from: usize, to: usize) -> bool {
    from < to && to <= f.len() && NEGATION.is_match_in(scan, &f[from..to])
}

pub(crate) static STRONG_NEGATION: LazyLock<Pattern> = LazyLock::new(|| {
    let strong: Vec<&str> = NEGATORS
        .iter()
        .copied()
        .filter(|n| !matches!(*n, r"\bne\b" | r"\bn'"))
        .collect();
    compile_one(&format!("(?:{})", strong.join("|")))
});

/// Like [`negated_before`], without the French particle "ne" alone, which is often
/// expletive ("prévenir qu'il ne commette une infraction"): a "pas", "jamais", "aucun"...
/// is needed.
pub(crate) fn strongly_negated_before(
    scan: &Scan,
    f: &str,
    clause_start: usize,
    cue: usize,
) -> bool {
    let mut from = clause_start.max(cue.saturating_sub(80));
    while from < cue && !f.is_char_boundary(from) {
        from += 1;
    }
    from < cue && STRONG_NEGATION.is_match_in(scan, &f[from..cue])
}

/// True when a negation word stands in the clause before the cue: in `f[clause_start..cue]`,
/// looking back at most 80 bytes.
pub(crate) fn negated_before(scan: &Scan, f: &str, clause_start: usize, cue: usize) -> bool {
    let mut from = clause_start.max(cue.saturating_sub(80));
    while from < cue && !f.is_char_boundary(from) {
        from += 1;
    }
    has_negation(scan, f, from, cue)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negated(f: &str, word: &str) -> bool {
        negated_before(&Scan::new(f), f, 0, f.find(word).unwrap())
    }

    #[test]
    fn finds_negations() {
        assert!(negated(
            "votre presence n'est pas obligatoire",
            "obligatoire"
        ));
        assert!(negated("attendance is not compulsory", "compulsory"));
        assert!(!negated("your attendance is required", "required"));
        assert!(!negated("la nonne est obligatoire", "obligatoire"));
    }
}
