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

/// Idioms that hold a negation word and negate nothing: "it goes without saying that all
/// are bound to secrecy", "cela va sans dire", "reply no later than", "not only", "do not
/// forget that all participants are bound to secrecy", "n'hésitez pas".
/// They are matched before the negators (leftmost first) and then ignored.
pub(crate) static NOT_NEGATIONS: &[&str] = &[
    "without saying",
    "without delay",
    "without fail",
    "no doubt",
    "no later than",
    "not later than",
    "not only",
    "non seulement",
    "sans dire",
    "sans doute",
    "sans tarder",
    "sans delai",
    "sans faute",
    "sans oublier",
    "do not forget",
    "don't forget",
    "not to forget",
    "do not hesitate",
    "don't hesitate",
    "n'oubliez pas",
    "ne pas oublier",
    "n'hesitez pas",
    "ne manquez pas",
    "ne pas manquer",
    "sans prejudice",
    "without prejudice",
    // "failure to attend without a valid reason will be reported": an absence excused or
    // not, the duty it states stands.
    "without a valid reason",
    "without valid reason",
    "without a good reason",
    "without good reason",
    "without a valid excuse",
    "without good cause",
    "without justification",
    "sans motif valable",
    "sans raison valable",
    "sans excuse valable",
    "sans motif legitime",
    "sans motif serieux",
    "sans justification",
    // "libre de partager ou non ce qu'il sait et tous … étant tenus au secret": the choice
    // it offers denies nothing after it.
    "ou non",
    "or not",
];

/// The idioms, then the negators, as one alternation.
fn alternation(negators: &[&str]) -> Pattern {
    let idioms = NOT_NEGATIONS.iter().map(|i| format!(r"\b{i}\b"));
    let all: Vec<String> = idioms
        .chain(negators.iter().map(|n| (*n).to_owned()))
        .collect();
    compile_one(&format!("(?:{})", all.join("|")))
}

/// True when a match of [`NEGATION`] or [`STRONG_NEGATION`] in `text` is a negator, not
/// one of [`NOT_NEGATIONS`].
fn negates(pattern: &Pattern, scan: &Scan, text: &str) -> bool {
    pattern
        .find_iter_in(scan, text)
        .any(|m| !NOT_NEGATIONS.contains(&&text[m.start()..m.end()]))
}

pub(crate) static NEGATION: LazyLock<Pattern> = LazyLock::new(|| alternation(NEGATORS));

/// True when the folded text `f[from..to]` holds a negation word (`scan`: the letter's).
pub(crate) fn has_negation(scan: &Scan, f: &str, from: usize, to: usize) -> bool {
    from < to && to <= f.len() && negates(&NEGATION, scan, &f[from..to])
}

pub(crate) static STRONG_NEGATION: LazyLock<Pattern> = LazyLock::new(|| {
    let strong: Vec<&str> = NEGATORS
        .iter()
        .copied()
        .filter(|n| !matches!(*n, r"\bne\b" | r"\bn'"))
        .collect();
    alternation(&strong)
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
    from < cue && negates(&STRONG_NEGATION, scan, &f[from..cue])
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
        assert!(!negated(
            "it goes without saying that each participant remains bound",
            "bound"
        ));
        assert!(!negated("il va sans dire que chacun est tenu", "tenu"));
        assert!(negated("without saying so, you are not bound", "bound"));
        assert!(!negated(
            "please do not forget that all participants are bound to secrecy",
            "bound"
        ));
        assert!(!negated(
            "n'oubliez pas que chacun est tenu au secret",
            "tenu"
        ));
        assert!(negated("do not forget: you are not bound", "bound"));
    }
}
