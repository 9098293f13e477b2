//! Language detection, and the language packs.
//!
//! Detection counts function words of each language in the folded view (a handful of very
//! frequent words per language, which letters cannot avoid), word by word. The packs
//! (`fr`, `en`) hold the cue tables of every element as data; extractors compile the
//! tables of all packs together, so that a French law title quoted in an English letter is
//! still found.

pub(crate) mod en;
pub(crate) mod fr;

use std::sync::LazyLock;

use crate::extract::WordMap;
use crate::report::Language;

const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "une", "est", "et", "vous", "nous", "pour", "dans", "que",
    "qui", "sur", "avec", "sont", "votre", "aux", "au", "cette", "par", "pas", "ne", "de", "en",
    "il", "elle", "ce", "mais", "sa", "ses", "leur",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "is", "are", "you", "we", "for", "with", "this", "that", "will",
    "your", "be", "on", "at", "in", "our", "by", "as", "from", "not", "it", "his", "her", "him",
    "can", "if", "have", "my",
];
const NL: &[&str] = &[
    "de", "het", "een", "en", "van", "voor", "met", "zijn", "wordt", "op", "te", "dat", "die", "u",
    "uw", "wij", "niet", "aan", "ook", "bij", "naar", "om",
];

/// The function words of every language, each with its languages as bits (bit `k` for the
/// `k`-th list: a word in two lists counts for both), and the length of the longest.
struct Words {
    languages: WordMap<u8>,
    longest: usize,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut languages = WordMap::default();
    for (lang, list) in [FR, EN, NL].iter().enumerate() {
        for &w in *list {
            *languages.entry(w).or_insert(0) |= 1 << lang;
        }
    }
    let longest = languages.keys().map(|w| w.len()).max().unwrap_or(0);
    Words { languages, longest }
});

/// ASCII letters and digits, by byte.
static WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Detects the language of a folded text.
///
/// A text in two languages with neither in the majority (a letter followed by its
/// translation) is in the language of its first part: its leading paragraphs, as many as
/// hold a third of its function words. (Whole paragraphs, so that a paragraph without
/// function words put before the text changes nothing.)
pub(crate) fn detect(folded: &str) -> Language {
    let text = prefix(folded, 64 * 1024);
    let whole = counts(text);
    if let Some(lang) = majority(whole) {
        return lang;
    }
    let total: usize = whole.iter().sum();
    if total < 30 {
        return Language::Unknown;
    }
    let mut lead = [0usize; 3];
    for paragraph in text.split("\n\n") {
        for (sum, n) in lead.iter_mut().zip(counts(paragraph)) {
            *sum += n;
        }
        if 3 * lead.iter().sum::<usize>() >= total {
            return majority(lead).unwrap_or(Language::Unknown);
        }
    }
    Language::Unknown
}

/// The text's first `limit` bytes, cut at a character boundary.
fn prefix(text: &str, limit: usize) -> &str {
    let mut end = text.len().min(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The language whose function words are at least three and at least half of all.
fn majority(counts: [usize; 3]) -> Option<Language> {
    let total: usize = counts.iter().sum();
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(_, n)| *n)
        .unwrap_or((0, &0));
    (n >= 3 && n * 2 >= total).then(|| [Language::Fr, Language::En, Language::Nl][best])
}

/// How many function words of each language the text holds.
fn counts(text: &str) -> [usize; 3] {
    let words = &*WORDS;
    let mut counts = [0usize; 3];
    // Its words: runs of letters and digits (line breaks and punctuation separate words
    // as spaces do).
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A word: a run of letters and digits (ASCII ones read byte by byte).
        let start = i;
        while i < bytes.len() {
            let b = bytes[i];
            if WORD_BYTE[usize::from(b)] {
                i += 1;
            } else if b.is_ascii() {
                break;
            } else {
                let c = text[i..].chars().next().expect("a character starts here");
                if !c.is_alphanumeric() {
                    break;
                }
                i += c.len_utf8();
            }
        }
        // Only a word as short as the longest function word can be one.
        if i > start && i - start <= words.longest {
            if let Some(&langs) = words.languages.get(&text[start..i]) {
                for (lang, count) in counts.iter_mut().enumerate() {
                    *count += usize::from(langs >> lang & 1);
                }
            }
        }
        // Past the separator.
        if i < bytes.len() {
            i += if bytes[i].is_ascii() {
                1
            } else {
                text[i..].chars().next().map_or(1, char::len_utf8)
            };
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_word_is_found_with_its_languages() {
        let words = &*WORDS;
        for (lang, list) in [FR, EN, NL].iter().enumerate() {
            for w in *list {
                assert!(words.languages[w] >> lang & 1 == 1, "{w} in list {lang}");
            }
        }
        // "de" and "en" are French words and Dutch ones.
        assert_eq!(words.languages["de"], 0b101);
        assert_eq!(words.languages["en"], 0b101);
        assert_eq!(words.languages["het"], 0b100);
        for w in ["concertation", "xyz", "lo", "thee", "a"] {
            assert_eq!(words.languages.get(w), None, "{w}");
        }
    }

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
        // A two-line French mail whose only frequent words are « de » and « le ».
        assert_eq!(
            detect("concertation de cas famille d. le 12/02/26 a 10h, commissariat de herstalmont. merci de confirmer. envoye de mon iphone"),
            Language::Fr
        );
        // Words end at any character that is not a letter or digit, ASCII or not, and a
        // letter outside ASCII belongs to its word.
        assert_eq!(detect("•le•la•les•des\nthe"), Language::Fr);
        assert_eq!(detect("leω leω leω laω the the the"), Language::En);
    }
}
