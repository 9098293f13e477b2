//! Language detection, and the language packs.
//!
//! Detection counts function words of each language in the folded view (a handful of very
//! frequent words per language, which letters cannot avoid). The packs (`fr`, `en`) hold
//! the cue tables of every element as data; extractors compile the tables of all packs
//! together, so that a French law title quoted in an English letter is still found.

pub(crate) mod en;
pub(crate) mod fr;

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::report::Language;

const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "une", "est", "et", "vous", "nous", "pour", "dans", "que",
    "qui", "sur", "avec", "sont", "votre", "aux", "au", "cette", "par", "pas", "ne",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "is", "are", "you", "we", "for", "with", "this", "that", "will",
    "your", "be", "on", "at", "in", "our", "by", "as", "from", "not", "it",
];
const NL: &[&str] = &[
    "de", "het", "een", "en", "van", "voor", "met", "zijn", "wordt", "op", "te", "dat", "die", "u",
    "uw", "wij", "niet", "aan", "ook", "bij", "naar", "om",
];

static WORDS: LazyLock<(AhoCorasick, Vec<Language>)> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut langs = Vec::new();
    for (list, lang) in [(FR, Language::Fr), (EN, Language::En), (NL, Language::Nl)] {
        for w in list {
            pats.push(format!(" {w} "));
            langs.push(lang);
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&pats)
        .expect("function words compile");
    (ac, langs)
});

/// Detects the language of a folded text.
pub(crate) fn detect(folded: &str) -> Language {
    let (ac, langs) = &*WORDS;
    let mut counts = [0usize; 3];
    // Words are matched with a space on both sides; line breaks and punctuation count as
    // spaces through a cheap per-byte translation of a bounded prefix.
    let limit = folded.len().min(64 * 1024);
    let mut end = limit;
    while !folded.is_char_boundary(end) {
        end -= 1;
    }
    let spaced: String = std::iter::once(' ')
        .chain(
            folded[..end]
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' }),
        )
        .chain(std::iter::once(' '))
        .collect();
    for m in ac.find_overlapping_iter(&spaced) {
        let i = match langs[m.pattern().as_usize()] {
            Language::Fr => 0,
            Language::En => 1,
            _ => 2,
        };
        counts[i] += 1;
    }
    let total: usize = counts.iter().sum();
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(_, n)| *n)
        .unwrap_or((0, &0));
    if n < 3 || n * 2 < total {
        return Language::Unknown;
    }
    [Language::Fr, Language::En, Language::Nl][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert_eq!(
            detect(
                "nous vous invitons a la reunion de concertation de cas qui aura lieu le 3 mars"
            ),
            Language::Fr
        );
        assert_eq!(detect("we invite you to the case consultation that will be held on 3 march at the town hall"), Language::En);
        assert_eq!(detect("wij nodigen u uit voor het casusoverleg dat op 3 maart plaatsvindt in de raadzaal van de stad"), Language::Nl);
        assert_eq!(detect("458ter"), Language::Unknown);
    }
}
