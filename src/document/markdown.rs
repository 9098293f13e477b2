//! Markdown input: the folded view is built from pulldown-cmark's events with their
//! source ranges, so that markup ("**", "#", "|") never reaches the matchers while every
//! folded byte still maps into the Markdown source.
//!
//! Structure is kept as the plain-text reader would see it: a heading is a line of its own
//! (and its range is recorded), a list item starts a line with a bullet mapped onto the
//! item's marker, table cells are separated by " | ", and block quotes are recorded as
//! quoted ranges (a quoted earlier message or statute does not speak for the letter).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::fold::{Builder, Folded};

/// Folds Markdown `source`.
pub(crate) fn fold_markdown(source: &str) -> Folded {
    // CR CR LF (a CRLF file converted once more) is one line ending, as in plain text; for
    // CommonMark the lone CR would end a line of its own and cut the paragraph. Each extra
    // CR becomes a space: the same length, so every range still points into `source`.
    let normalized;
    let source = if source.contains("\r\r") {
        let mut bytes = source.as_bytes().to_vec();
        let mut i = 0;
        while i < bytes.len() {
            let run = bytes[i..].iter().take_while(|&&b| b == b'\r').count();
            if run > 1 && bytes.get(i + run) == Some(&b'\n') {
                bytes[i..i + run - 1].fill(b' ');
            }
            i += run.max(1);
        }
        // ASCII replaced by ASCII: still UTF-8.
        normalized = String::from_utf8(bytes).unwrap_or_else(|_| source.to_owned());
        normalized.as_str()
    } else {
        source
    };
    let mut b = Builder::with_capacity(source.len());
    b.read_accents_of(source);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut quote_starts: Vec<usize> = Vec::new();
    let mut heading_start = 0usize;
    // Inside struck-through text ("~~Justice house~~ removed"): words the writer took back,
    // read as a space.
    let mut struck = 0usize;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Text(_) | Event::Code(_) if struck > 0 => b.space(range.start, range.end),
            Event::Text(t) => {
                let slice = &source[range.clone()];
                if slice == t.as_ref() {
                    b.feed(slice, range.start);
                } else {
                    b.feed_mapped(&t, range.start, range.end);
                }
            }
            // A code span's content, set apart from the words around it where white space
            // inside its backticks does so in the source: the parser turns its line endings
            // into spaces and trims one space, which it did not do alike for CRLF and LF.
            Event::Code(t) => {
                let inner = source[range.clone()].trim_matches('`');
                if inner.starts_with(char::is_whitespace) {
                    b.space(range.start, range.start);
                }
                b.feed_mapped(t.trim(), range.start, range.end);
                if inner.ends_with(char::is_whitespace) {
                    b.space(range.end, range.end);
                }
            }
            Event::SoftBreak | Event::HardBreak => b.newline(range.start, range.end),
            Event::Html(_) | Event::InlineHtml(_) => b.space(range.start, range.start),
            Event::Rule => b.paragraph(range.start),
            Event::Start(tag) => match tag {
                Tag::Heading { .. } => {
                    b.paragraph(range.start);
                    heading_start = b.len();
                }
                Tag::Paragraph | Tag::CodeBlock(_) | Tag::Table(_) => b.paragraph(range.start),
                Tag::Item => {
                    b.line_break(range.start);
                    // The bullet maps onto the item's own marker ("-", "*", "+", "1.").
                    let marker_len = source[range.start..]
                        .chars()
                        .next()
                        .filter(|c| matches!(c, '-' | '*' | '+') || c.is_ascii_digit())
                        .map_or(0, char::len_utf8);
                    b.feed_mapped("• ", range.start, range.start + marker_len);
                }
                Tag::BlockQuote(_) => {
                    b.paragraph(range.start);
                    quote_starts.push(b.len());
                }
                Tag::TableRow | Tag::TableHead => b.line_break(range.start),
                Tag::Strikethrough => struck += 1,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    let start = heading_start;
                    let end = b.len();
                    b.mark_heading(start..end);
                    b.paragraph(range.end);
                }
                TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::Table => b.paragraph(range.end),
                TagEnd::Item | TagEnd::TableRow | TagEnd::TableHead => b.line_break(range.end),
                TagEnd::TableCell => b.feed_mapped(" | ", range.end, range.end),
                TagEnd::Strikethrough => struck = struck.saturating_sub(1),
                TagEnd::BlockQuote(_) => {
                    let start = quote_starts.pop().unwrap_or(0);
                    let end = b.len();
                    b.mark_quoted(start..end);
                    b.paragraph(range.end);
                }
                _ => {}
            },
            _ => {}
        }
    }
    let mut folded = b.finish();
    folded.markdown_passes();
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_and_keeps_offsets() {
        let src = "## Participants\n\n- **Police** locale\n- le *CPAS*\n\n> citation\n";
        let f = fold_markdown(src);
        assert_eq!(
            f.text,
            "participants\n\n• police locale\n• le cpas\n\ncitation"
        );
        let at = f.text.find("police").unwrap();
        let span = f.span(at..at + "police locale".len());
        assert_eq!(&src[span.start..span.end], "Police** locale");
        assert_eq!(f.headings.len(), 1);
        let q = f.text.find("citation").unwrap();
        assert!(f.is_quoted(q));
        assert!(!f.is_quoted(at));
    }

    /// The "m" a scan read as "rn" shortens the folded text: the heading and quoted ranges
    /// after it move with it.
    #[test]
    fn ranges_follow_a_repaired_m() {
        let src = "## Le Bourgrnestre convoque\n\nLa cornrnune invite.\n\n> citation du rnessage\n";
        let f = fold_markdown(src);
        assert_eq!(
            f.text,
            "le bourgmestre convoque\n\nla commune invite.\n\ncitation du message"
        );
        assert_eq!(&f.text[f.headings[0].clone()], "le bourgmestre convoque");
        assert_eq!(&f.text[f.quoted[0].clone()], "citation du message");
        let at = f.text.find("message").unwrap();
        let span = f.span(at..at + "message".len());
        assert_eq!(&src[span.start..span.end], "rnessage");
    }

    /// A code span keeps the spacing its backticks hold in the source, alike for LF and
    /// CRLF, and its words map into the span.
    #[test]
    fn code_spans_keep_their_spacing() {
        for src in [
            "Le 4 juin 2026`\n3. la salle B\n` et `CSIL-R`s",
            "Le 4 juin 2026`\r\n3. la salle B\r\n` et `CSIL-R`s",
        ] {
            let f = fold_markdown(src);
            assert_eq!(f.text, "le 4 juin 2026 3. la salle b et csil-rs", "{src:?}");
            let at = f.text.find("salle").unwrap();
            let span = f.span(at..at + "salle".len());
            let code = src.find('`').unwrap()..src.rfind("` et").unwrap() + 1;
            assert!(code.start <= span.start && span.end <= code.end, "{span:?}");
            assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
        }
    }

    #[test]
    fn table_cells_are_separated() {
        let src = "| Date | Lieu |\n|---|---|\n| 14 mars | Salle A |\n";
        let f = fold_markdown(src);
        assert!(f.text.contains("14 mars | salle a |"), "{:?}", f.text);
    }
}
