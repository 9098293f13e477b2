//! Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM, or recognized without
//! one), and Windows-1252 for everything else that is not valid UTF-8.

use std::borrow::Cow;

use crate::error::Error;
use crate::report::Encoding;

/// Decodes `bytes`, saying what they were decoded from.
///
/// Order of decisions:
/// 1. a UTF-8 BOM: UTF-8, the BOM removed (invalid sequences become U+FFFD);
/// 2. a UTF-16 BOM: UTF-16 of that byte order, the BOM removed;
/// 3. no BOM but the shape of UTF-16 text (every other byte NUL): UTF-16 of that order;
/// 4. any other NUL byte: [`Error::Binary`];
/// 5. valid UTF-8: UTF-8;
/// 6. otherwise, when most non-ASCII sequences are valid UTF-8 (a UTF-8 file with a few
///    broken bytes), UTF-8 with U+FFFD for the broken bytes; else Windows-1252.
///
/// Text with nothing but white space is [`Error::Empty`].
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Error> {
    let (text, encoding) = decode_inner(bytes)?;
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok((text, encoding))
}

fn decode_inner(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok((String::from_utf8_lossy(rest), Encoding::Utf8Bom));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok((utf16(rest, true), Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok((utf16(rest, false), Encoding::Utf16Be));
    }
    if let Some(little) = utf16_shape(bytes) {
        let encoding = if little {
            Encoding::Utf16Le
        } else {
            Encoding::Utf16Be
        };
        return Ok((utf16(bytes, little), encoding));
    }
    if let Some(pos) = memchr::memchr(0, bytes) {
        return Err(Error::Binary {
            reason: format!("NUL byte at offset {pos}"),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((Cow::Borrowed(s), Encoding::Utf8)),
        Err(_) if mostly_utf8(bytes) => Ok((String::from_utf8_lossy(bytes), Encoding::Utf8)),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((Cow::Owned(text.into_owned()), Encoding::Windows1252))
        }
    }
}

fn utf16(bytes: &[u8], little: bool) -> Cow<'static, str> {
    let enc = if little {
        encoding_rs::UTF_16LE
    } else {
        encoding_rs::UTF_16BE
    };
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Cow::Owned(text.into_owned())
}

/// Recognizes UTF-16 without a BOM: an even length, and in at least 90% of the code units
/// one byte is NUL and the other not (Latin text). Returns whether it is little-endian.
fn utf16_shape(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let units = bytes.len() / 2;
    let (mut le, mut be) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        match (pair[0], pair[1]) {
            (a, 0) if a != 0 => le += 1,
            (0, b) if b != 0 => be += 1,
            _ => {}
        }
    }
    if le * 10 >= units * 9 {
        Some(true)
    } else if be * 10 >= units * 9 {
        Some(false)
    } else {
        None
    }
}

/// True when valid multi-byte UTF-8 sequences outnumber invalid bytes.
fn mostly_utf8(mut bytes: &[u8]) -> bool {
    let (mut valid_multi, mut invalid) = (0usize, 0usize);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                valid_multi += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                // `good` is the valid prefix the error reported.
                valid_multi += std::str::from_utf8(good)
                    .map(|s| s.chars().filter(|c| !c.is_ascii()).count())
                    .unwrap_or(0);
                invalid += 1;
                let skip = e.error_len().unwrap_or(rest.len()).max(1);
                bytes = &rest[skip.min(rest.len())..];
                if bytes.is_empty() {
                    break;
                }
            }
        }
    }
    valid_multi > invalid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_plain_and_bom() {
        assert_eq!(decode(b"Objet").unwrap().1, Encoding::Utf8);
        let (t, e) = decode(b"\xEF\xBB\xBFObjet").unwrap();
        assert_eq!((t.as_ref(), e), ("Objet", Encoding::Utf8Bom));
    }

    #[test]
    fn windows_1252() {
        let (t, e) = decode(b"concertation pr\xe9vue le 3 ao\xfbt \x96 salle").unwrap();
        assert_eq!(e, Encoding::Windows1252);
        assert_eq!(t, "concertation prévue le 3 août – salle");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Réunion".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(
            decode(&le).unwrap(),
            (Cow::Borrowed("Réunion"), Encoding::Utf16Le)
        );
        let be: Vec<u8> = "Meeting"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode(&be).unwrap().1, Encoding::Utf16Be);
    }

    #[test]
    fn nul_is_binary_and_blank_is_empty() {
        assert!(matches!(
            decode(b"ab\0cd\x89PNG"),
            Err(Error::Binary { .. })
        ));
        assert!(matches!(decode(b" \n\t\r\n"), Err(Error::Empty)));
    }

    #[test]
    fn broken_byte_in_utf8_stays_utf8() {
        let (t, e) = decode(b"r\xc3\xa9union \xff pr\xc3\xa9vue").unwrap();
        assert_eq!(e, Encoding::Utf8);
        assert_eq!(t, "réunion \u{FFFD} prévue");
    }
}
