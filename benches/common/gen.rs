//! A deterministic generator of realistic letters, built from the project's own fixtures
//! (`fixtures/letters/{fr,en}/*.{txt,md}`), shared by the benches and by
//! `examples/gen_archive.rs`.
//!
//! Each generated letter is a fixture varied by a seeded xorshift generator: the people's
//! names (after a title such as `Mme`, `Dr`, `Ms`), the places (after `Commune de`,
//! `zone de police`, `City of`...), every date (shifted by whole weeks, so weekdays stay
//! right) and the order of two body paragraphs. The same seed always gives the same
//! letters, byte for byte; no file outside the project is read.

#![allow(dead_code)] // each user takes only part of it

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::{Captures, Regex};

/// The fixtures directory, found through the crate's own path.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/letters")
}

/// One fixture letter.
#[derive(Clone, Debug)]
pub struct Fixture {
    /// `fr` or `en`.
    pub lang: &'static str,
    /// File name without extension.
    pub stem: String,
    /// `txt` or `md`.
    pub ext: &'static str,
    /// The original bytes.
    pub bytes: Vec<u8>,
    /// The text (UTF-8, or Windows-1252 decoded).
    pub text: String,
    /// Whether the file is Windows-1252 rather than UTF-8.
    pub cp1252: bool,
}

impl Fixture {
    /// Whether the letter is Markdown.
    pub fn is_markdown(&self) -> bool {
        self.ext == "md"
    }

    /// The text in the fixture's own encoding.
    pub fn encode(&self, text: &str) -> Vec<u8> {
        if self.cp1252 {
            encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
        } else {
            text.as_bytes().to_vec()
        }
    }
}

/// Every fixture letter, French then English, sorted by name.
pub fn load_fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for lang in ["fr", "en"] {
        let dir = fixtures_dir().join(lang);
        let mut names: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        names.sort();
        for path in names {
            let ext = match path.extension().and_then(|e| e.to_str()) {
                Some("txt") => "txt",
                Some("md") => "md",
                _ => continue,
            };
            let bytes = fs::read(&path).unwrap();
            let (text, cp1252) = match String::from_utf8(bytes.clone()) {
                Ok(s) => (s, false),
                Err(_) => (
                    encoding_rs::WINDOWS_1252.decode(&bytes).0.into_owned(),
                    true,
                ),
            };
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            out.push(Fixture {
                lang,
                stem,
                ext,
                bytes,
                text,
                cp1252,
            });
        }
    }
    assert!(
        !out.is_empty(),
        "no fixtures under {}",
        fixtures_dir().display()
    );
    out
}

/// xorshift64* — small, fast, deterministic; enough to vary letters.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for this seed (any value, 0 included).
    pub fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, so that nearby seeds give unrelated streams.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One item of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FIRST_NAMES: &[&str] = &[
    "Anne",
    "Benoît",
    "Chloé",
    "David",
    "Élise",
    "François",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Jan",
    "Karin",
    "Luc",
    "Marie",
    "Nadia",
    "Olivier",
    "Pieter",
    "Rania",
    "Sven",
    "Thérèse",
    "Yasmina",
];

const SURNAMES: &[&str] = &[
    "Adam",
    "Bertrand",
    "Claes",
    "Dubois",
    "Evrard",
    "Fontaine",
    "Goossens",
    "Hermans",
    "Jacobs",
    "Kabongo",
    "Lambert",
    "Maes",
    "Nollet",
    "Orban",
    "Peeters",
    "Renard",
    "Simon",
    "Thiry",
    "Urbain",
    "Vandenberghe",
    "Wauters",
    "Yilmaz",
    "Zeghers",
    "Mertens",
    "Dupont",
];

const PLACES: &[&str] = &[
    "Blancmoulin",
    "Clairbois",
    "Durbuy-le-Val",
    "Estinval",
    "Fontaine-Oriel",
    "Grandpré",
    "Hautrival",
    "Isières",
    "Jollain-Merlin",
    "Lasnelles",
    "Montsaule",
    "Noirchamps",
    "Ottembourg",
    "Pierreval",
    "Roc-Saint-Nicolas",
    "Sainte-Odile",
    "Tournebride",
    "Viroinval",
];

/// Capitalized words that follow a title but are roles or articles, not names.
const NOT_NAMES: &[&str] = &[
    "Le",
    "La",
    "Les",
    "The",
    "De",
    "Du",
    "Van",
    "Bourgmestre",
    "Procureur",
    "Procureure",
    "Président",
    "Présidente",
    "Directeur",
    "Directrice",
    "Juge",
    "Substitut",
    "Conseiller",
    "Conseillère",
    "Mayor",
    "Prosecutor",
    "Chief",
    "Director",
    "Judge",
    "President",
    "Chair",
    "Commissaire",
    "Chef",
    "Échevin",
    "Échevine",
    "Secrétaire",
    "Secretary",
    "Doctor",
];

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:Mme|M\.|Mlle|Madame|Monsieur|Docteur|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Me|Maître|Prof\.?) ((?:\p{Lu}[\p{Ll}'’-]+ )?)(\p{Lu}[\p{Ll}'’-]+)\b",
    )
    .unwrap()
});

static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:Commune de|Ville de|CPAS de|zone de police|police zone|City of|Municipality of|Town of|PCSW of|Gemeente) (\p{Lu}[\p{L}]+(?:-\p{L}+)*)",
    )
    .unwrap()
});

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months: Vec<&str> = MONTHS_FR.iter().chain(MONTHS_EN.iter()).copied().collect();
    Regex::new(&format!(
        r"\b(\d{{1,2}})(er|st|nd|rd|th)? ({}) (20\d\d)\b|\b(\d{{1,2}})([./])(\d{{1,2}})([./])(20\d\d)\b",
        months.join("|")
    ))
    .unwrap()
});

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn english_suffix(day: i64) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Words before a date that make it the date of a legal instrument (kept as is).
static INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:lois?|d[ée]crets?|arr[êe]t[ée]s?|ordonnances?|circulaires?|protocoles?|chartes?|accords?|codes?|autorisations?|acts?|decrees?|orders?|ordinances?|circulars?|protocols?|charters?|agreements?|authori[sz]ations?|wet|decreet|besluit|ordonnantie)\b[^.;\n]{0,30}$",
    )
    .unwrap()
});

/// Shifts every date of `text` by `weeks` weeks (weekdays stay right), except the dates of
/// legal instruments ("loi du 30 juillet 2018").
fn shift_dates(text: &str, weeks: i64) -> String {
    DATE.replace_all(text, |c: &Captures| {
        let m = c.get(0).map_or(0, |m| m.start());
        let mut from = m.saturating_sub(48);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if INSTRUMENT.is_match(&text[from..m]) {
            return c[0].to_owned();
        }
        let shift = |y: i64, m: i64, d: i64| civil_from_days(days_from_civil(y, m, d) + 7 * weeks);
        if let Some(month) = c.get(3) {
            let day: i64 = c[1].parse().unwrap_or(1);
            let year: i64 = c[4].parse().unwrap_or(2025);
            let (fr, idx) = match MONTHS_FR.iter().position(|m| *m == month.as_str()) {
                Some(i) => (true, i),
                None => (
                    false,
                    MONTHS_EN
                        .iter()
                        .position(|m| *m == month.as_str())
                        .unwrap_or(0),
                ),
            };
            if !(1..=31).contains(&day) {
                return c[0].to_owned();
            }
            let (y, m, d) = shift(year, idx as i64 + 1, day);
            let names = if fr { &MONTHS_FR } else { &MONTHS_EN };
            let suffix = match c.get(2).map(|s| s.as_str()) {
                None => "",
                Some("er") => "",
                Some(_) => english_suffix(d),
            };
            let suffix = if fr && d == 1 && c.get(2).is_some() {
                "er"
            } else {
                suffix
            };
            format!("{d}{suffix} {} {y}", names[(m - 1) as usize])
        } else {
            let day: i64 = c[5].parse().unwrap_or(1);
            let month: i64 = c[7].parse().unwrap_or(1);
            let year: i64 = c[9].parse().unwrap_or(2025);
            if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
                return c[0].to_owned();
            }
            let (y, m, d) = shift(year, month, day);
            let w = c[5].len();
            format!("{d:0w$}{}{m:02}{}{y}", &c[6], &c[8])
        }
    })
    .into_owned()
}

/// Replaces whole words by others, everywhere in `text`.
fn replace_words(text: &str, map: &HashMap<String, String>) -> String {
    if map.is_empty() {
        return text.to_owned();
    }
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
    let alternation: Vec<String> = keys.iter().map(|k| regex::escape(k)).collect();
    let re = Regex::new(&format!(r"\b(?:{})\b", alternation.join("|"))).unwrap();
    re.replace_all(text, |c: &Captures| map[&c[0]].clone())
        .into_owned()
}

/// Words that start a letter's closing: paragraphs from there on are not moved.
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:cordialement|veuillez|bien (?:à|a) vous|salutations|avec nos|sincerely|yours|kind regards|best regards|regards|with best|met vriendelijke)",
    )
    .unwrap()
});

/// Swaps two neighbouring body paragraphs (long ones, after the opening and before the
/// closing), if there are two.
fn swap_paragraphs(text: &str, rng: &mut Rng) -> String {
    let sep = if text.contains("\r\n\r\n") {
        "\r\n\r\n"
    } else {
        "\n\n"
    };
    let mut paras: Vec<&str> = text.split(sep).collect();
    let end = paras
        .iter()
        .position(|p| CLOSING.is_match(p))
        .unwrap_or(paras.len());
    let body: Vec<usize> = (1..end).filter(|&i| paras[i].len() >= 100).collect();
    if body.len() >= 2 {
        let k = rng.below(body.len() - 1);
        paras.swap(body[k], body[k + 1]);
    }
    paras.join(sep)
}

/// Varies a letter's text: names, places, dates, paragraph order.
pub fn vary(text: &str, rng: &mut Rng) -> String {
    let mut map: HashMap<String, String> = HashMap::new();
    for c in NAME.captures_iter(text) {
        if NOT_NAMES.contains(&&c[2]) {
            continue;
        }
        if let Some(first) = c.get(1).filter(|m| !m.is_empty()) {
            let first = first.as_str().trim_end();
            if !NOT_NAMES.contains(&first) && !map.contains_key(first) {
                map.insert(first.to_owned(), (*rng.pick(FIRST_NAMES)).to_owned());
            }
        }
        let last = &c[2];
        if !map.contains_key(last) {
            map.insert(last.to_owned(), (*rng.pick(SURNAMES)).to_owned());
        }
    }
    for c in PLACE.captures_iter(text) {
        let place = &c[1];
        if !map.contains_key(place) {
            map.insert(place.to_owned(), (*rng.pick(PLACES)).to_owned());
        }
    }
    let text = replace_words(text, &map);
    let weeks = rng.below(105) as i64 - 52; // ± one year
    let text = shift_dates(&text, weeks);
    swap_paragraphs(&text, rng)
}

/// One generated letter.
#[derive(Clone, Debug)]
pub struct Generated {
    /// The fixture it comes from.
    pub fixture: usize,
    /// Its bytes, in the fixture's encoding.
    pub bytes: Vec<u8>,
}

/// The `index`-th letter of the archive for `seed`: fixture `index % n`, varied.
pub fn letter(fixtures: &[Fixture], seed: u64, index: u64) -> Generated {
    let mut rng = Rng::new(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let fixture = (index % fixtures.len() as u64) as usize;
    let f = &fixtures[fixture];
    let text = vary(&f.text, &mut rng);
    Generated {
        fixture,
        bytes: f.encode(&text),
    }
}

/// A long letter of about `target` bytes (never less, at most one paragraph more) in
/// `lang`: a fixture's opening, then body paragraphs of every plain-text fixture of that
/// language, varied anew at each round, then the fixture's closing. The seed chooses the
/// fixture it opens with (and the order of the others), so that letters of different
/// seeds differ in more than names and dates.
pub fn long_letter(fixtures: &[Fixture], lang: &str, target: usize, seed: u64) -> String {
    let same: Vec<&Fixture> = fixtures
        .iter()
        .filter(|f| f.lang == lang && !f.is_markdown())
        .collect();
    assert!(!same.is_empty());
    let mut rng = Rng::new(seed);
    let first = (seed % same.len() as u64) as usize;
    let base = &same[first].text.replace("\r\n", "\n");
    let paras: Vec<&str> = base.split("\n\n").collect();
    let (head, tail) = if paras.len() >= 4 {
        (
            paras[..2].join("\n\n"),
            paras[paras.len() - 2..].join("\n\n"),
        )
    } else {
        (base.clone(), String::new())
    };
    let mut out = head;
    let mut round = 0usize;
    while out.len() + tail.len() + 2 < target {
        let f = same[(first + round) % same.len()];
        let text = vary(&f.text.replace("\r\n", "\n"), &mut rng);
        let body: Vec<&str> = text.split("\n\n").collect();
        let body = if body.len() > 4 {
            &body[2..body.len() - 2]
        } else {
            &body[..]
        };
        for p in body {
            if out.len() + tail.len() + 2 >= target {
                break;
            }
            out.push_str("\n\n");
            out.push_str(p);
        }
        round += 1;
    }
    if !tail.is_empty() {
        out.push_str("\n\n");
        out.push_str(&tail);
    }
    out
}

/// Writes `n` letters under `dir` (`<lang>/<index / 1000>/<index>-<stem>.<ext>`) and
/// returns their count and total size in bytes.
pub fn write_archive(
    fixtures: &[Fixture],
    dir: &Path,
    n: u64,
    seed: u64,
) -> std::io::Result<(u64, u64)> {
    let mut bytes = 0u64;
    let mut made: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    for i in 0..n {
        let g = letter(fixtures, seed, i);
        let f = &fixtures[g.fixture];
        let sub = dir.join(f.lang).join(format!("{:04}", i / 1000));
        if made.insert(sub.clone()) {
            fs::create_dir_all(&sub)?;
        }
        fs::write(sub.join(format!("{i:07}-{}.{}", f.stem, f.ext)), &g.bytes)?;
        bytes += g.bytes.len() as u64;
    }
    Ok((n, bytes))
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)] // benches compile this module without their `#[test]`s
    use super::*;

    #[test]
    fn dates_round_trip_and_shift() {
        assert_eq!(civil_from_days(days_from_civil(2025, 3, 14)), (2025, 3, 14));
        assert_eq!(
            shift_dates("le jeudi 14 mars 2025", 1),
            "le jeudi 21 mars 2025"
        );
        assert_eq!(
            shift_dates("on 1st March 2025", -1),
            "on 22nd February 2025"
        );
        assert_eq!(shift_dates("le 25/12/2024.", 1), "le 01/01/2025.");
        assert_eq!(
            shift_dates("la loi du 30 juillet 2018, le 7 mars 2025", 1),
            "la loi du 30 juillet 2018, le 14 mars 2025"
        );
    }
}
