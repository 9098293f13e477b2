//! The decoded text a report's spans index, rebuilt from the input bytes and the report's
//! `encoding` field (the library does not expose its decoder).
//!
//! Shared with the fuzz targets through `#[path]`: depends on `convocheck` and `encoding_rs`.

use convocheck::Encoding;

/// Decodes `bytes` the way the report says they were decoded.
pub fn decode_as(bytes: &[u8], encoding: Encoding) -> String {
    match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Utf8Bom => {
            String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
                .into_owned()
        }
        Encoding::Utf16Le => {
            let rest = bytes.strip_prefix(b"\xFF\xFE").unwrap_or(bytes);
            let (text, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(rest);
            text.into_owned()
        }
        Encoding::Utf16Be => {
            let rest = bytes.strip_prefix(b"\xFE\xFF").unwrap_or(bytes);
            let (text, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(rest);
            text.into_owned()
        }
        Encoding::Windows1252 => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            text.into_owned()
        }
    }
}
