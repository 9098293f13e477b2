//! Hostile inputs, built in memory: shared by `tests/hostile.rs` (a record must come back)
//! and `benches/hostile.rs` (how long it takes).

#![allow(dead_code)] // each user takes only part of it

/// A short French convocation, full of cues (basis, date, place, participants, purpose).
pub const LETTER_FR: &str = "Objet : convocation à une concertation de cas (art. 458ter C. pén.)\n\
\n\
Madame,\n\
\n\
En application de la loi du 30 juillet 2018 portant création de cellules de sécurité \
intégrale locales, le bourgmestre vous invite à la réunion de la CSIL-R du jeudi 14 mars \
2025 à 14h30, à l'hôtel de ville, salle du conseil, afin de prévenir des infractions \
terroristes. Participeront : la police locale, le CPAS et le service de prévention.\n\
\n\
Votre participation n'est pas obligatoire et vous restez libre de ne rien révéler.\n\
\n\
Veuillez agréer, Madame, nos salutations distinguées.\n\
\n\
Le Bourgmestre\n";

/// The same in English.
pub const LETTER_EN: &str =
    "Subject: invitation to a case consultation (Article 458ter of the Criminal Code)\n\
\n\
Dear Dr Peeters,\n\
\n\
Under the Act of 30 July 2018 on the local integrated security cells, the mayor invites you \
to the meeting of the CSIL-R on Thursday 14 March 2025 at 2.30 pm at the town hall, council \
room, in order to prevent terrorist offences. The local police, the PCSW and the prevention \
service will take part.\n\
\n\
Your participation is not compulsory, and you remain free to reveal nothing.\n\
\n\
Yours sincerely,\n\
\n\
The Mayor\n";

/// `unit` repeated up to at least `size` bytes.
pub fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len().max(1)))
}

/// About `size` bytes on a single line: the French letter's sentences joined by spaces,
/// over and over (a cue-dense worst case).
pub fn one_line(size: usize) -> String {
    let unit = LETTER_FR.replace('\n', " ");
    repeat_to(&unit, size)
}

/// `n` lines of one character each (cycling through a few letters).
pub fn one_char_lines(n: usize) -> String {
    let mut s = String::with_capacity(2 * n);
    for i in 0..n {
        s.push(['a', 'x', '.', 'é', '-', '1'][i % 6]);
        s.push('\n');
    }
    s
}

/// Only separator lines (`-----`, `=====`, `|||`, `_____`, `*****`, `#####`, `>>>>>`),
/// about `size` bytes.
pub fn separators(size: usize) -> String {
    repeat_to(
        "-----\n=====\n|||\n_____\n*****\n#####\n\n>>>>>\n+++++\n~~~~~\n",
        size,
    )
}

/// A Markdown list nested `depth` levels, one item per level, each indented two more spaces.
pub fn nested_list_lines(depth: usize) -> String {
    let mut s = String::new();
    for i in 0..depth {
        s.push_str(&" ".repeat(2 * i));
        s.push_str("- concertation de cas, art. 458ter, le 14 mars 2025\n");
    }
    s
}

/// A Markdown list nested `depth` levels on one line (`- - - - … item`).
pub fn nested_list_one_line(depth: usize) -> String {
    let mut s = "- ".repeat(depth);
    s.push_str("concertation de cas le 14 mars 2025\n");
    s
}

/// Block quotes nested `depth` levels deep, then a line at each depth going back up.
pub fn nested_quotes(depth: usize) -> String {
    let mut s = ">".repeat(depth);
    s.push_str(" Convocation à une concertation de cas le 14 mars 2025 à 14h30.\n");
    for i in (0..depth).step_by((depth / 200).max(1)) {
        s.push_str(&">".repeat(depth - i));
        s.push_str(" la police locale et le CPAS participeront.\n");
    }
    s
}

/// Lists and quotes interleaved `depth` levels deep (`> - > - … text`).
pub fn nested_mixed(depth: usize) -> String {
    let mut s = "> - ".repeat(depth);
    s.push_str("réunion le 14 mars 2025\n");
    s
}

/// The French letter followed by `"458ter"` and a date, `n` times.
pub fn repeated_cues(n: usize) -> String {
    let mut s = String::from(LETTER_FR);
    s.reserve(n * 40);
    for _ in 0..n {
        s.push_str("art. 458ter, le 14 mars 2025. ");
    }
    s.push('\n');
    s
}

/// The French letter with invalid UTF-8 bytes spliced into its middle.
pub fn invalid_utf8_middle() -> Vec<u8> {
    let text = LETTER_FR.as_bytes();
    let mid = LETTER_FR.find("bourgmestre").unwrap_or(text.len() / 2);
    let mut out = text[..mid].to_vec();
    out.extend_from_slice(b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x90\x28\xbc");
    out.extend_from_slice(&text[mid..]);
    out
}

/// The English letter as UTF-16 without a byte-order mark (`big_endian` or little).
pub fn utf16_no_bom(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

/// The French letter with NUL bytes: one in the middle, a run at the end.
pub fn with_nuls() -> Vec<u8> {
    let mut out = LETTER_FR.as_bytes().to_vec();
    out.insert(out.len() / 2, 0);
    out.extend_from_slice(&[0; 64]);
    out
}

/// `size` NUL bytes.
pub fn only_nuls(size: usize) -> Vec<u8> {
    vec![0; size]
}
