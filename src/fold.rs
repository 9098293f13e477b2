//! The folded view: the text every matcher reads, with a map back to the original.
//!
//! Folding makes the spellings of one word the same: Unicode compatibility decomposition
//! (ligatures, no-break and narrow no-break spaces, full-width forms), accents stripped
//! (precomposed or NFD), lower case, typographic apostrophes, quotes, dashes and bullets
//! unified, white space collapsed (runs of spaces and tabs to one space, line breaks kept,
//! at most one blank line), carriage returns dropped, soft hyphens removed, and a word
//! hyphenated across a line break ("concerta-\ntion") joined again. In a chat pasted as
//! text, each message is put on a line of its own after its stamp and its author's name
//! (a space becomes a line break).
//!
//! Every folded byte remembers the original character range it came from
//! (`starts[i]..ends[i]`), so a folded range `[a, b)` maps back to the original range
//! `starts[a]..ends[b - 1]`. Both arrays are non-decreasing, which keeps mapped spans well
//! formed and on character boundaries: that is the invariant the property tests check.

use std::ops::Range;
use std::sync::LazyLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::document::lines::split_lines;
use crate::span::Span;

/// The labels of calendar entries and forms that may stand apart from their value in a
/// column ([`Folded::columns`]), folded: French, English and Dutch.
const COLUMN_LABELS: &[&str] = &[
    "when",
    "where",
    "date",
    "time",
    "location",
    "venue",
    "organizer",
    "organiser",
    "attendees",
    "participants",
    "guests",
    "invitees",
    "chair",
    "quand",
    "ou",
    "lieu",
    "heure",
    "horaire",
    "organisateur",
    "organisatrice",
    "invites",
    "presents",
    "presidence",
    "wanneer",
    "waar",
    "plaats",
    "datum",
    "uur",
    "deelnemers",
    "aanwezigen",
    "voorzitter",
];

/// The folded text and its map back to the original.
#[derive(Clone, Debug, Default)]
pub(crate) struct Folded {
    /// The folded text: lower case, ASCII-like, ' ' and '\n' as only white space.
    pub(crate) text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
    /// Folded ranges that quote someone else (Markdown block quotes).
    pub(crate) quoted: Vec<Range<usize>>,
    /// Folded ranges of Markdown headings.
    pub(crate) headings: Vec<Range<usize>>,
}

impl Folded {
    /// Folds a whole plain text.
    pub(crate) fn plain(text: &str) -> Folded {
        let mut b = Builder::with_capacity(text.len());
        b.read_accents_of(text);
        b.feed(text, 0);
        let mut folded = b.finish();
        folded.calendar_lines(text);
        folded.drop_emphasis();
        folded.drop_page_furniture();
        folded.drop_box_borders();
        folded.dot_leaders();
        folded.columns(text);
        folded.chat_lines();
        folded.ocr_capital_i(text);
        folded
    }

    /// Reads back the lower-case "l" that character recognition took for a capital "I"
    /// ("facuItative", "sociaI", "Ia concertation", "I'articIe"): in a text where a capital
    /// "I" follows a lower-case letter inside a word at least twice (no text written by
    /// hand does that), such an "I" is an "l", and so is one that begins "Ie", "Ia", "Ies",
    /// "Ioi" or "I'" before a vowel. One byte for another: offsets do not move.
    fn ocr_capital_i(&mut self, original: &str) {
        /// Words that begin with the misread "l" (folded).
        const WORDS: &[&str] = &[
            "ie", "ia", "ies", "ioi", "iois", "iui", "ieur", "ieurs", "iors", "iorsque", "iieu",
            "iettre", "iocal", "iocaux",
        ];
        let raw = original.as_bytes();
        let misread = |o: usize| {
            raw.get(o) == Some(&b'I')
                && original[..o]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_lowercase)
        };
        let inside = memchr::memchr_iter(b'I', raw)
            .filter(|&o| misread(o))
            .take(2)
            .count();
        if inside < 2 {
            return;
        }
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        for i in 0..bytes.len() {
            if bytes[i] != b'i' {
                continue;
            }
            let o = self.starts[i] as usize;
            if raw.get(o) != Some(&b'I') {
                continue;
            }
            let word_start = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
            let word_end = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(bytes.len(), |p| i + p);
            let word = std::str::from_utf8(&bytes[i..word_end]).unwrap_or("");
            let elided = bytes.get(i + 1) == Some(&b'\'')
                && bytes.get(i + 2).is_some_and(|b| b"aeiouh".contains(b));
            if misread(o) || (word_start && (WORDS.contains(&word) || elided)) {
                bytes[i] = b'l';
            }
        }
        self.text = String::from_utf8(bytes).expect("an ASCII byte replaced by an ASCII byte");
    }

    /// Puts each message of a chat pasted as text on a line of its own, after the stamp
    /// and the name of who wrote it: "[mon 09/03/2026 16:43] mrs j. hartley (head): who:
    /// me, sarah …" reads as the line "[mon 09/03/2026 16:43] mrs j. hartley (head):" and
    /// the message's line "who: me, sarah …", whose label, list or opening words then
    /// begin a line as in a letter. A stamp is a time in brackets that open the line, or a
    /// date and a time before " - " (an export's "14/11/2026, 19:03 - inès c.: …"); the
    /// name runs up to the first ": ". Only in a text with two such lines or more (a
    /// chat), and the space after the colon becomes the line break: offsets do not move.
    fn chat_lines(&mut self) {
        static STAMPED: LazyLock<regex::Regex> = LazyLock::new(|| {
            regex::Regex::new(
                r"(?m)^(?:\[[^\]\n]{0,40}?\d{1,2}[:h.]\d{2}[^\]\n]{0,12}\] ?|(?:[a-z]{2,9}\.?,? )?\d{1,2}[ /.-][^\n]{0,24}?\d{1,2}[:h]\d{2}(?: ?[ap]\.?m\.?)?,? ?- )[^\n:\[\]?!]{1,60}?: [^ \n]",
            )
            .expect("chat stamp pattern compiles")
        });
        if !self.text.contains(": ") {
            return;
        }
        let breaks: Vec<usize> = STAMPED
            .find_iter(&self.text)
            // The space of the name's ": " (the message's first character may be wide).
            .filter_map(|m| m.as_str().rfind(": ").map(|i| m.start() + i + 1))
            .take(10_000)
            .collect();
        if breaks.len() < 2 {
            return;
        }
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        for i in breaks {
            // The space after the name's colon (a one-byte character for another).
            bytes[i] = b'\n';
        }
        self.text = String::from_utf8(bytes).expect("a space replaced by a line break");
    }

    /// Reads the columns that white space draws in a plain text, which folding would
    /// otherwise collapse into one space: a tab between two cells of a line is a table's
    /// cell separator (" | ", as in a Markdown table), and a label of a calendar entry or
    /// a form set apart from its value by a tab or a run of spaces ("When        Tuesday 9
    /// February", "Attendees   Marieke De Smedt") is a label with a colon ("when: …"). The
    /// inserted characters map to the white space they stand for.
    fn columns(&mut self, original: &str) {
        let gap_chars = |s: &str| {
            s.chars()
                .filter(|c| c.is_whitespace() && *c != '\n')
                .count()
        };
        // Tabs are rare: one look at the bytes decides whether every space is looked at.
        let raw = original.as_bytes();
        let tabs = raw.contains(&b'\t');
        // A gap of three spaces, or of white space other than ASCII (no-break, narrow and
        // em spaces begin with these bytes): otherwise no label stands apart.
        let gaps = memchr::memmem::find(raw, b"   ").is_some()
            || memchr::memchr3(0xC2, 0xE2, 0xE3, raw).is_some()
            || memchr::memchr(0xE1, raw).is_some();
        if !tabs && !gaps {
            return;
        }
        let bytes = self.text.as_bytes();
        // The white space a folded space stands for: up to the next folded character's
        // source (the spaces collapsed into it map nowhere).
        let source = |i: usize| {
            let end = self
                .starts
                .get(i + 1)
                .map_or(original.len(), |&e| e as usize);
            original.get(self.starts[i] as usize..end).unwrap_or("")
        };
        // The column where folded offset `i` begins: characters of the original, less
        // combining marks ("OÙ" decomposed is as wide as composed).
        let column = |i: usize| {
            let at = self.starts[i] as usize;
            let line = original[..at].rfind('\n').map_or(0, |p| p + 1);
            original[line..at]
                .chars()
                .filter(|&c| !is_combining_mark(c))
                .count()
        };
        // A label set apart from its value: the line's first word, a known label, then a
        // tab or three spaces; or two spaces when the value begins in the same column as
        // the value of a label on the line above or below ("PARTICIPANTS  Parquet …" under
        // "OÙ            SAJ …": the longest label of an aligned form leaves the narrowest
        // gap). Per line: the label's end, whether its gap alone sets it apart, and the
        // column of its value. (The gap first: most first words are followed by one space.)
        let mut candidates: Vec<Option<(usize, bool, usize)>> = Vec::new();
        let mut line_start = 0;
        for line in split_lines(&self.text) {
            let candidate = line
                .find(' ')
                .filter(|&h| h + 1 < line.len() && h <= 13)
                .and_then(|h| {
                    let gap = source(line_start + h);
                    let wide = gap.contains('\t') || (gap.len() >= 3 && gap_chars(gap) >= 3);
                    let two = gap.len() >= 2 && gap_chars(gap) >= 2;
                    ((wide || two) && COLUMN_LABELS.contains(&&line[..h]))
                        .then(|| (line_start + h, wide, column(line_start + h + 1)))
                });
            candidates.push(candidate);
            line_start += line.len() + 1;
        }
        let aligned = |k: usize, col: usize| {
            let wide_at = |j: usize| {
                candidates
                    .get(j)
                    .copied()
                    .flatten()
                    .is_some_and(|(_, wide, c)| wide && c == col)
            };
            (k > 0 && wide_at(k - 1)) || wide_at(k + 1)
        };
        let mut marks: Vec<(usize, &'static str)> = Vec::new();
        let mut line_start = 0;
        for (k, line) in split_lines(&self.text).enumerate() {
            let line_end = line_start + line.len();
            let label = candidates[k]
                .filter(|&(_, wide, col)| wide || aligned(k, col))
                .map(|(at, _, _)| at);
            if let Some(at) = label {
                marks.push((at, ": "));
            }
            // A second field set apart on its line by a wide gap: "Date : jeudi 2/4
            // Heure : 9.30" (not read as "2/4 heure", four o'clock). Only on a line with a
            // colon after its first word, whose original holds a wide gap.
            let wide_line = line.len() > 2
                && line.bytes().skip(1).any(|b| b == b':')
                && original
                    .get(
                        self.starts[line_start] as usize
                            ..self.ends[line_end.max(line_start + 1) - 1] as usize,
                    )
                    .is_some_and(|o| o.contains("   ") || o.contains('\t') || !o.is_ascii());
            let spaces = if wide_line { line } else { "" };
            for i in spaces.match_indices(' ').map(|(i, _)| line_start + i) {
                if label == Some(i) || i == line_start {
                    continue;
                }
                if bytes[i - 1] == b':' || !bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
                    continue;
                }
                let gap = source(i);
                if !(gap.contains('\t') || (gap.len() >= 3 && gap_chars(gap) >= 3)) {
                    continue;
                }
                let next = &self.text[i + 1..line_end];
                if COLUMN_LABELS.iter().any(|l| {
                    next.strip_prefix(l)
                        .is_some_and(|r| r.trim_start_matches(' ').starts_with(':'))
                }) {
                    marks.push((i, " | "));
                }
            }
            if tabs {
                for i in line.match_indices(' ').map(|(i, _)| line_start + i) {
                    if label == Some(i) {
                        continue;
                    }
                    // Not a tab before punctuation ("Qui\t:"), nor after a label's colon
                    // ("Présence :\tobligatoire"): no cell begins there.
                    if i > line_start
                        && bytes[i - 1] != b':'
                        && bytes
                            .get(i + 1)
                            .is_some_and(|&b| !b"\n:;,.|)!?".contains(&b))
                        && i + 1 < line_end
                        && source(i).contains('\t')
                    {
                        marks.push((i, " | "));
                    }
                }
            }
            line_start = line_end + 1;
        }
        if marks.is_empty() {
            return;
        }
        marks.sort_unstable_by_key(|&(at, _)| at);
        marks.dedup_by_key(|&mut (at, _)| at);
        let mut text = String::with_capacity(self.text.len() + 2 * marks.len());
        let (mut starts, mut ends) = (
            Vec::with_capacity(self.starts.len() + 2 * marks.len()),
            Vec::with_capacity(self.ends.len() + 2 * marks.len()),
        );
        let mut from = 0;
        for (at, with) in marks {
            text.push_str(&self.text[from..at]);
            starts.extend_from_slice(&self.starts[from..at]);
            ends.extend_from_slice(&self.ends[from..at]);
            text.push_str(with);
            starts.extend(std::iter::repeat_n(self.starts[at], with.len()));
            ends.extend(std::iter::repeat_n(self.ends[at], with.len()));
            from = at + 1;
        }
        text.push_str(&self.text[from..]);
        starts.extend_from_slice(&self.starts[from..]);
        ends.extend_from_slice(&self.ends[from..]);
        self.text = text;
        self.starts = starts;
        self.ends = ends;
    }

    /// Reads the dot leaders of a form as the colon they stand for: "Date ........ 17/03/2027"
    /// folds to "date : 17/03/2027". A leader is a run of at least four dots with a label
    /// before it and a value after it on its line; its first dot becomes the colon (and
    /// maps to it), the others go. A leader that runs up to a colon of its own ("Lieu
    /// ........ : salle 3", or "Participants ...... :" over a list) goes whole, with the
    /// space after it; so does a run of two or three dots between a space and a colon
    /// ("Participants convoqués ... :"). An ellipsis ("...") stays.
    fn dot_leaders(&mut self) {
        if !self.text.contains("..") {
            return;
        }
        let bytes = self.text.as_bytes();
        let mut keep = vec![true; bytes.len()];
        let mut colons = Vec::new();
        let mut i = 0;
        while let Some(at) = self.text[i..].find("..") {
            let start = i + at;
            let end = start + bytes[start..].iter().take_while(|&&b| b == b'.').count();
            i = end;
            // Two or three dots lead only from a space up to a colon ("Participants
            // convoqués ... :"); elsewhere they are an ellipsis.
            if end - start < 4
                && !(start > 0
                    && bytes[start - 1] == b' '
                    && self.text[end..].trim_start_matches(' ').starts_with(':'))
            {
                continue;
            }
            let label = self.text[..start]
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.bytes().any(|b| b.is_ascii_alphanumeric()));
            let value = self.text[end..]
                .split('\n')
                .next()
                .is_some_and(|l| l.bytes().any(|b| b.is_ascii_alphanumeric()));
            // A leader that runs up to a colon of its own ("Participation ....... :
            // OBLIGATOIRE") is dropped, with the space after it: the colon is there. So is
            // one whose value is on the lines below ("Participants ...... :" over a list).
            let colon_follows = self.text[end..].trim_start_matches(' ').starts_with(':');
            if label && colon_follows {
                keep[start..end].fill(false);
                if bytes.get(end) == Some(&b' ') {
                    keep[end] = false;
                }
            } else if label && value {
                colons.push(start);
                keep[start + 1..end].fill(false);
            }
        }
        if colons.is_empty() {
            if keep.contains(&false) {
                self.retain(&keep);
            }
            return;
        }
        let mut text = std::mem::take(&mut self.text).into_bytes();
        for at in colons {
            text[at] = b':';
        }
        self.text = String::from_utf8(text).expect("an ASCII byte replaced by an ASCII byte");
        self.retain(&keep);
    }

    /// Reads a calendar file (iCalendar, RFC 5545) as its writer wrote it: a content line
    /// folded onto the next with a line break and one space or tab is joined again ("on
    /// the basi\r\n s of" is "on the basis of"; a space the line ended on stays), and the
    /// text values' escapes are read: "\n" a line break, "\," a comma, "\;" a semicolon,
    /// "\\" a backslash. Only in a text that opens a calendar ("BEGIN:VCALENDAR" or
    /// "BEGIN:VEVENT" on a line of its own); elsewhere a line may begin with a space.
    fn calendar_lines(&mut self, original: &str) {
        // The calendar runs from its first "BEGIN:" line to its last "END:" line; the
        // text around it (a mail's body above an attached invitation) is left as it is.
        let Some(begin) = ["begin:vcalendar", "begin:vevent"]
            .iter()
            .filter_map(|b| {
                if self.text.starts_with(b) {
                    Some(0)
                } else {
                    self.text.find(&format!("\n{b}\n")).map(|p| p + 1)
                }
            })
            .min()
        else {
            return;
        };
        let end = ["\nend:vcalendar", "\nend:vevent"]
            .iter()
            .filter_map(|e| self.text.rfind(e).map(|p| p + e.len()))
            .max()
            .filter(|&e| e > begin)
            .unwrap_or(self.text.len());
        let ob = original.as_bytes();
        let mut text = std::mem::take(&mut self.text).into_bytes();
        let mut keep = vec![true; text.len()];
        let mut i = begin;
        while i < end {
            match text[i] {
                b'\n' => {
                    // The original line break and what follows it.
                    // (The folded line break may begin at the spaces the line ended on.)
                    // (White space: a space, a tab or a no-break space, U+00A0.)
                    let blank_at = |j: usize| match ob.get(j) {
                        Some(b' ' | b'\t') => 1,
                        Some(0xC2) if ob.get(j + 1) == Some(&0xA0) => 2,
                        _ => 0,
                    };
                    let mut j = self.starts[i] as usize;
                    loop {
                        match blank_at(j) {
                            0 if ob.get(j) == Some(&b'\r') => j += 1,
                            0 => break,
                            n => j += n,
                        }
                    }
                    let mut k = j;
                    while k > 0 && ob[k - 1] == b'\r' {
                        k -= 1;
                    }
                    let spaced = (k >= 1 && matches!(ob[k - 1], b' ' | b'\t'))
                        || (k >= 2 && ob[k - 2] == 0xC2 && ob[k - 1] == 0xA0);
                    let folded_line = ob.get(j) == Some(&b'\n') && blank_at(j + 1) > 0;
                    if folded_line {
                        if spaced {
                            text[i] = b' ';
                        } else {
                            keep[i] = false;
                        }
                    }
                }
                b'\\' if i + 1 < end => {
                    match text[i + 1] {
                        b'n' => {
                            text[i] = b'\n';
                            keep[i + 1] = false;
                        }
                        b',' | b';' | b'\\' => keep[i] = false,
                        _ => {}
                    }
                    i += 1;
                }
                _ => {}
            }
            i += 1;
        }
        self.text = String::from_utf8(text).expect("ASCII bytes replaced by ASCII bytes");
        self.retain(&keep);
    }

    /// Drops the asterisks that mark emphasis in plain text (e-mails converted from HTML
    /// write "*WHEN:* March 12th", "*Invited partners*"): one that opens before a letter or
    /// digit, after a space, a line break or an opening bracket, or one that closes after a
    /// letter, a digit or punctuation, before a space, a line break or punctuation. A
    /// bullet ("* item") is neither and stays. The maps lose the same entries as the text,
    /// so they stay non-decreasing.
    fn drop_emphasis(&mut self) {
        if !self.text.contains('*') {
            return;
        }
        let bytes = self.text.as_bytes();
        let neighbour = |i: usize, step: isize| -> Option<u8> {
            let mut i = i;
            loop {
                i = i.checked_add_signed(step)?;
                match bytes.get(i) {
                    Some(b'*') => continue,
                    b => return b.copied(),
                }
            }
        };
        // Only the asterisks are looked at; most are bullets, and then nothing is rebuilt.
        let dropped: Vec<usize> = self
            .text
            .match_indices('*')
            .map(|(i, _)| i)
            .filter(|&i| {
                let (prev, next) = (neighbour(i, -1), neighbour(i, 1));
                let opens = next.is_some_and(|b| b.is_ascii_alphanumeric())
                    && prev.is_none_or(|b| matches!(b, b' ' | b'\n' | b'(' | b'[' | b'"' | b'\''));
                let closes = prev
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b".:,;!?)'\"".contains(&b))
                    && next.is_none_or(|b| b" \n,.:;)!?".contains(&b));
                opens || closes
            })
            .collect();
        if dropped.is_empty() {
            return;
        }
        let mut keep = vec![true; self.text.len()];
        for i in dropped {
            keep[i] = false;
        }
        self.retain(&keep);
    }

    /// Drops the borders of a box drawn around text ("+-----+" or "┌─────┐" above, "| … |"
    /// on each line, "+-----+" or "└─────┘" below), so that its lines read as the lines of a
    /// paragraph: the text of a statute reproduced in a frame, a note in a box. The border
    /// lines go (a blank line stays in their place), and so do the bars at both ends of each
    /// line. A table drawn the same way is left alone: its borders have more than two
    /// corners, or its lines a bar inside.
    fn drop_box_borders(&mut self) {
        let text = &self.text;
        if !text.contains("\n|") {
            return;
        }
        let border = |line: &str, top: bool| {
            let (open, close) = if top { ('┌', '┐') } else { ('└', '┘') };
            let inner = line
                .strip_prefix('+')
                .and_then(|l| l.strip_suffix('+'))
                .filter(|l| l.len() >= 3 && l.bytes().all(|b| b == b'-' || b == b'='))
                .is_some();
            let drawn = line
                .strip_prefix(open)
                .and_then(|l| l.strip_suffix(close))
                .is_some_and(|l| l.chars().count() >= 3 && l.chars().all(|c| c == '─'));
            inner || drawn
        };
        let content = |line: &str| {
            line.strip_prefix('|')
                .and_then(|l| l.strip_suffix('|'))
                .is_some_and(|l| !l.contains('|'))
        };
        let mut lines = Vec::new();
        let mut at = 0;
        for line in split_lines(text) {
            lines.push(at..at + line.len());
            at += line.len() + 1;
        }
        let mut keep = vec![true; text.len()];
        let mut k = 0;
        while k < lines.len() {
            if !border(&text[lines[k].clone()], true) {
                k += 1;
                continue;
            }
            let body = lines[k + 1..]
                .iter()
                .take_while(|l| content(&text[(*l).clone()]))
                .count();
            let bottom = k + 1 + body;
            if body == 0
                || !lines
                    .get(bottom)
                    .is_some_and(|l| border(&text[l.clone()], false))
            {
                k += 1;
                continue;
            }
            for l in [&lines[k], &lines[bottom]] {
                keep[l.clone()].fill(false);
            }
            // At the start or the end of the text, the border's line break goes too.
            if lines[k].start == 0 {
                keep[lines[k].end] = false;
            }
            if lines[bottom].end == text.len() {
                keep[lines[bottom].start - 1] = false;
            }
            for l in &lines[k + 1..bottom] {
                let line = &text[l.clone()];
                let lead = if line[1..].starts_with(' ') { 2 } else { 1 };
                let trail = if line[..line.len() - 1].ends_with(' ') {
                    2
                } else {
                    1
                };
                keep[l.start..(l.start + lead).min(l.end)].fill(false);
                keep[l.end.saturating_sub(trail).max(l.start)..l.end].fill(false);
            }
            k = bottom + 1;
        }
        self.retain(&keep);
    }

    /// Keeps the folded characters whose first byte is marked in `keep`, with their map
    /// entries (both maps stay non-decreasing: entries are only removed).
    fn retain(&mut self, keep: &[bool]) {
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut text = String::with_capacity(self.text.len());
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        // Where each old offset lands, for the ranges of quotes and headings (Markdown).
        let remap = !self.quoted.is_empty() || !self.headings.is_empty();
        let mut moved = if remap {
            vec![0; self.text.len() + 1]
        } else {
            Vec::new()
        };
        for (i, c) in self.text.char_indices() {
            let n = c.len_utf8();
            if remap {
                moved[i..i + n].fill(text.len());
            }
            if keep[i] {
                text.push(c);
                starts.extend_from_slice(&self.starts[i..i + n]);
                ends.extend_from_slice(&self.ends[i..i + n]);
            }
        }
        if remap {
            moved[self.text.len()] = text.len();
            for r in self.quoted.iter_mut().chain(self.headings.iter_mut()) {
                *r = moved[r.start]..moved[r.end];
            }
        }
        self.text = text;
        self.starts = starts;
        self.ends = ends;
    }

    /// The passes of a plain text's folding that a Markdown text needs too: a form's dot
    /// leaders (a form in a code block) and a chat's messages on lines of their own.
    pub(crate) fn markdown_passes(&mut self) {
        self.dot_leaders();
        self.chat_lines();
    }

    /// Drops the page furniture of a text pasted from a PDF: a footer line that gives the
    /// page ("… Page 1 of 2", "… 1/2" next to a rule of underscores or dashes), the rules
    /// around it, the blank lines, and the letterhead repeated at the top of the next page.
    /// The text on both sides is joined again: without a line break when a word was
    /// hyphenated across the break ("con-" … "firmed"), with one line break otherwise.
    fn drop_page_furniture(&mut self) {
        static FOOTER: LazyLock<regex::Regex> = LazyLock::new(|| {
            regex::Regex::new(r"(?:\b(?:page|p\.|pagina|blz\.?) ?(\d{1,3}) ?(?:/|of|sur|de|van) ?(\d{1,3})|(?:^| )(\d{1,2}) ?/ ?(\d{1,2}))$")
                .expect("footer pattern compiles")
        });
        if !self.text.contains('/') && !self.text.contains("page") && !self.text.contains(" of ") {
            return;
        }
        let text = &self.text;
        let lines: Vec<Range<usize>> = {
            let mut v = Vec::new();
            let mut start = 0;
            for (i, _) in text.match_indices('\n') {
                v.push(start..i);
                start = i + 1;
            }
            v.push(start..text.len());
            v
        };
        let line = |k: usize| text[lines[k].clone()].trim();
        let is_rule = |k: usize| {
            let l = line(k);
            l.len() >= 8
                && l.bytes()
                    .all(|b| matches!(b, b'_' | b'-' | b'=' | b'*' | b'.' | b' '))
        };
        // Footer candidates, by the text before their page number: a footer repeats on
        // every page with another number.
        let candidates: Vec<(usize, &str)> = (0..lines.len())
            .filter_map(|k| {
                let l = line(k);
                // A page number ends the line: most lines are passed over at once.
                if !l.ends_with(|c: char| c.is_ascii_digit()) {
                    return None;
                }
                FOOTER.find(l).map(|m| (k, l[..m.start()].trim()))
            })
            .collect();
        if candidates.is_empty() {
            return;
        }
        // The letterhead: the first lines of the first page, above its footer (a line after
        // a footer is a repeated letterhead only if the first page began with it).
        // Only lines long enough to be dropped count among the three.
        let head: Vec<&str> = (0..candidates[0].0)
            .map(line)
            .filter(|l| l.len() >= 8)
            .take(3)
            .collect();
        let repeated = |prefix: &str| candidates.iter().filter(|(_, p)| *p == prefix).count() >= 2;
        let mut keep = vec![true; text.len()];
        let mut changed = false;
        // The first line not yet inside a dropped block.
        let mut next = 0;
        for &(k, _) in &candidates {
            if k < next {
                continue;
            }
            let Some(c) = FOOTER.captures(line(k)) else {
                continue;
            };
            let (n, m) = match (c.get(1).or(c.get(3)), c.get(2).or(c.get(4))) {
                (Some(n), Some(m)) => (
                    n.as_str().parse::<u32>().unwrap_or(0),
                    m.as_str().parse::<u32>().unwrap_or(0),
                ),
                _ => (0, 0),
            };
            let worded = c.get(1).is_some();
            let rule_before = k > 0 && is_rule(k - 1);
            let rule_after = k + 1 < lines.len() && is_rule(k + 1);
            let prefix = line(k)[..c.get(0).map_or(0, |g| g.start())].trim();
            // "Page 1 of 2" beside a rule, or any page number whose footer repeats: a
            // line that ends with a date ("réunion le 1/3") is neither.
            let footer =
                (worded && (rule_before || rule_after || prefix.is_empty())) || repeated(prefix);
            if n == 0 || n > m || m > 99 || !footer {
                continue;
            }
            // The block: rule before, footer, rule after, blank lines, the repeated
            // letterhead and the blank lines after it.
            let mut first = if rule_before { k - 1 } else { k };
            while first > 0 && line(first - 1).is_empty() {
                first -= 1;
            }
            let mut last = if rule_after { k + 1 } else { k };
            let skip_blank = |mut j: usize| {
                while j + 1 < lines.len() && line(j + 1).is_empty() {
                    j += 1;
                }
                j
            };
            last = skip_blank(last);
            if last + 1 < lines.len() && head.contains(&line(last + 1)) && line(last + 1).len() >= 8
            {
                last = skip_blank(last + 1);
            }
            if last + 1 < lines.len() && is_rule(last + 1) {
                last = skip_blank(last + 1);
            }
            let from = lines[first].start;
            let to = if last + 1 < lines.len() {
                lines[last + 1].start
            } else {
                text.len()
            };
            let before = text[..from].trim_end_matches('\n');
            let after = &text[to..];
            let hyphenated = before.ends_with('-')
                && before[..before.len() - 1].ends_with(|c: char| c.is_alphabetic())
                && after.starts_with(|c: char| c.is_lowercase());
            for b in &mut keep[from..to] {
                *b = false;
            }
            // Otherwise the line break that ended the page's last line stays, unless the
            // footer ends the text.
            if hyphenated || to == text.len() {
                if hyphenated {
                    keep[before.len() - 1] = false;
                }
                for b in &mut keep[before.len()..from] {
                    *b = false;
                }
            }
            changed = true;
            next = last + 1;
        }
        if changed {
            self.retain(&keep);
        }
    }

    /// Maps a folded range back to the original text. An empty range maps to an empty span
    /// at the original position of its start.
    pub(crate) fn span(&self, r: Range<usize>) -> Span {
        if self.starts.is_empty() {
            return Span::new(0, 0);
        }
        if r.start >= r.end {
            let p = if r.start < self.starts.len() {
                self.starts[r.start]
            } else {
                self.ends[self.ends.len() - 1]
            };
            return Span::new(p as usize, p as usize);
        }
        let end = r.end.min(self.ends.len());
        let start = r.start.min(end - 1);
        Span::new(self.starts[start] as usize, self.ends[end - 1] as usize)
    }

    /// Original byte offset where folded byte `i` starts (the end of the text for `i == len`).
    pub(crate) fn orig_start(&self, i: usize) -> usize {
        match self.starts.get(i) {
            Some(&s) => s as usize,
            None => self.ends.last().map_or(0, |&e| e as usize),
        }
    }

    /// True when folded offset `i` lies inside a quoted range.
    pub(crate) fn is_quoted(&self, i: usize) -> bool {
        self.quoted.iter().any(|r| r.contains(&i))
    }
}

/// Builds a [`Folded`] from pieces of the original text, in order.
pub(crate) struct Builder {
    out: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
    /// Byte length of the last folded character.
    last_len: usize,
    /// A line break seen right after "letter-": held until the next character says whether
    /// the word goes on (lower-case letter: join) or not (emit the break).
    pending_join: Option<(usize, usize)>,
    quoted: Vec<Range<usize>>,
    headings: Vec<Range<usize>>,
    /// The text sets its accents before their letters, as a PDF made with LaTeX copies
    /// them ("R´eseau", "`a", "^etre"): see [`accents_lead`].
    accents_lead: bool,
}

/// True when `text` sets its accents before their letters ("R´eseau", "p´enal",
/// "motiv´ee": a PDF made with LaTeX, copied as text), which an acute after a consonant
/// other than those of an elision ("l´article", "d´une", "qu´il") and before a vowel shows:
/// at least twice, no one types so.
fn accents_lead(text: &str) -> bool {
    const ACUTE: &[u8] = "\u{00B4}".as_bytes();
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, ACUTE)
        .filter(|&i| {
            let before = i.checked_sub(1).map_or(b' ', |k| b[k].to_ascii_lowercase());
            let after = b.get(i + ACUTE.len()).copied().unwrap_or(b' ');
            before.is_ascii_lowercase()
                && !b"aeiouyldjmnstcq".contains(&before)
                && b"aeiou".contains(&after)
        })
        .take(2)
        .count()
        == 2
}

/// A character whose UTF-8 bytes were read as Windows-1252 (mojibake: "rÃ©union",
/// "Â«", "lâ€™article"), at the start of `s`: its length in `s` and the character meant.
/// Only the leads French and English text turn into it: "Ã" and "Â" (two bytes, the
/// Latin-1 letters and signs) and "â" (three bytes, the typographic quotes and dashes),
/// each followed by characters that stand for continuation bytes; a real "â" is followed
/// by a letter. "Â" before a space is a no-break space whose second half became a space.
fn mojibake(s: &str) -> Option<(usize, char)> {
    // The lead, composed or decomposed (NFD: "A" and U+0302 for "Â").
    let (lead, lead_len) = match s.chars().next()? {
        c @ ('Â' | 'Ã' | 'â') => (c, c.len_utf8()),
        base @ ('A' | 'a') => {
            let lead = match (base, s[1..].chars().next()?) {
                ('A', '\u{302}') => 'Â',
                ('A', '\u{303}') => 'Ã',
                ('a', '\u{302}') => 'â',
                _ => return None,
            };
            (lead, 1 + '\u{302}'.len_utf8())
        }
        _ => return None,
    };
    let rest = &s[lead_len..];
    // A no-break space read as Windows-1252 is "Â" and a no-break space, which a copy often
    // turns into an ordinary one: "Â " is read as the space it was.
    if lead == 'Â' && rest.starts_with(' ') {
        return Some((lead_len + 1, ' '));
    }
    let (lead_byte, needed) = match lead {
        'Â' => (0xC2, 1),
        'Ã' => (0xC3, 1),
        _ => (0xE2, 2),
    };
    let mut bytes = vec![lead_byte];
    let mut len = lead_len;
    for c in rest.chars().take(needed) {
        let mut buf = [0u8; 4];
        let (encoded, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        match *encoded {
            [b @ 0x80..=0xBF] if !unmappable => bytes.push(b),
            _ => return None,
        }
        len += c.len_utf8();
    }
    if bytes.len() != needed + 1 {
        return None;
    }
    let decoded = std::str::from_utf8(&bytes).ok()?.chars().next()?;
    Some((len, decoded))
}

/// The "T" between an ISO 8601 date and its time ("2026-03-24T14:00", lower-cased by then)
/// becomes a space, so that the date and the time read as they do when written apart. One
/// byte for one byte: the maps do not change.
fn iso_time_separator(out: &mut String) {
    // Found from the colon of the time, rarer than the letter.
    let positions: Vec<usize> = out
        .match_indices(':')
        .filter_map(|(j, _)| j.checked_sub(3))
        .filter(|&i| {
            let b = out.as_bytes();
            let digits = |r: std::ops::Range<usize>| {
                b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit))
            };
            i >= 10
                && b[i] == b't'
                && digits(i - 10..i - 6)
                && b[i - 6] == b'-'
                && digits(i - 5..i - 3)
                && b[i - 3] == b'-'
                && digits(i - 2..i)
                && digits(i + 1..i + 3)
                && b.get(i + 3) == Some(&b':')
        })
        .collect();
    if positions.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(out).into_bytes();
    for i in positions {
        bytes[i] = b' ';
    }
    *out = String::from_utf8(bytes).expect("an ASCII byte replaced by an ASCII byte");
}

/// What may follow a number in a clean letter: "1er", "1st", "1bis", "1an".
const ORDINALS: &[&[u8]] = &[
    b"er", b"ere", b"ers", b"eres", b"re", b"res", b"st", b"ste", b"ier", b"iere", b"bis", b"ter",
    b"quater", b"an", b"ans",
];

/// Repairs the confusions of text read by OCR from a scan, one byte for one byte (the maps
/// do not change): "o" for a zero among digits ("2O18", "O9:3O", "14h3O"), "1" for an "l"
/// and "0" for an "o" among letters ("Artic1e", "1oi", "hôte1", "C0de", "0bjet"), "ln" for
/// "in" at the start of a word ("lnvitation").
///
/// Only a text that shows it was scanned is touched: at least two confusions that nothing
/// else explains, a "1" or a "0" between two letters or an "o" between two digits. A clean
/// letter keeps its "page1" or "B1" as written.
fn ocr_confusions(out: &mut String) {
    let b = out.as_bytes();
    // A vectorized search for the "1"s and "0"s finds the telling confusions around them
    // ("artic1e", "c0de", and an "o" among digits next to one: "2o18", "1o:3o"); most
    // letters stop there.
    let at = |i: Option<usize>| i.and_then(|i| b.get(i)).copied().unwrap_or(b' ');
    let telling = |i: usize| {
        let (x, y) = (at(i.checked_sub(1)), at(Some(i + 1)));
        (x.is_ascii_lowercase() && y.is_ascii_lowercase())
            // "1oi", "0ctobre": a word's first letter (not "1er", "1bis").
            || (!x.is_ascii_alphanumeric() && y.is_ascii_lowercase() && {
                let rest = &b[i + 1..];
                let len = rest.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                len >= 2
                    && rest[..len].iter().all(u8::is_ascii_lowercase)
                    && !ORDINALS.contains(&&rest[..len])
            })
            || (x == b'o' && at(i.checked_sub(2)).is_ascii_digit())
            || (y == b'o' && at(Some(i + 2)).is_ascii_digit())
    };
    if memchr::memchr2_iter(b'0', b'1', b)
        .filter(|&i| telling(i))
        .take(2)
        .count()
        < 2
    {
        return;
    }
    // Words mixing letters and digits: a run of ASCII letters and digits.
    let mut words = Vec::new();
    let mut i = 0;
    let mut telling = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let w = &b[start..i];
        let digits = w.iter().filter(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            if w.starts_with(b"ln") && w.len() > 3 {
                words.push(start..i);
            }
            continue;
        }
        if digits == w.len() {
            continue;
        }
        telling += w
            .windows(3)
            .filter(|t| match t {
                [x, b'1' | b'0', y] => x.is_ascii_lowercase() && y.is_ascii_lowercase(),
                [x, b'o', y] => x.is_ascii_digit() && y.is_ascii_digit(),
                _ => false,
            })
            .count();
        // "1oi", "0ctobre": a one or a zero for a word's first letter, the rest letters
        // (not "1er", "1bis", "0h").
        if matches!(w[0], b'1' | b'0')
            && w.len() >= 3
            && w[1..].iter().all(u8::is_ascii_lowercase)
            && !ORDINALS.contains(&&w[1..])
        {
            telling += 1;
        }
        words.push(start..i);
    }
    if telling < 2 {
        return;
    }
    let mut bytes = std::mem::take(out).into_bytes();
    for r in words {
        let w = &mut bytes[r];
        let digits = w.iter().filter(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            w[0] = b'i';
            continue;
        }
        // A number: its letters are only "o"s and the "h" of a time ("14h3o").
        if w.iter()
            .all(|&c| c.is_ascii_digit() || c == b'o' || c == b'h')
        {
            for c in w.iter_mut().filter(|c| **c == b'o') {
                *c = b'0';
            }
            continue;
        }
        // A word: its digits are only "1"s and "0"s, and it is not an ordinal or a
        // number with its unit ("1er", "1st", "10h", "1bis").
        let letters = w.len() - digits;
        let ordinal = |rest: &[u8]| ORDINALS.contains(&rest);
        if letters < 2
            || w.iter()
                .any(|c| c.is_ascii_digit() && !matches!(c, b'1' | b'0'))
            || (w[0].is_ascii_digit() && ordinal(&w[1..]))
            || w.windows(2)
                .any(|p| p[0].is_ascii_digit() && p[1].is_ascii_digit())
        {
            continue;
        }
        for c in w.iter_mut() {
            match *c {
                b'1' => *c = b'l',
                b'0' => *c = b'o',
                _ => {}
            }
        }
    }
    *out = String::from_utf8(bytes).expect("ASCII bytes replaced by ASCII bytes");
}

/// Repairs the numbers a scan read with letters in them, one byte for one byte (the maps
/// do not change): "l" or "I" for a one and "O" for a zero in a date or a time ("l2 mars",
/// "2l October", "29/O9/2O26", "l4h00", "10h3O", "9 h 3O"), and "B" for an eight before
/// "ter" ("45Bter").
///
/// A word is repaired when it holds a digit and its letters could all be digits misread:
/// "l", "i", "o", the "h" of a time after its hour, or a "b" before "ter", "bis",
/// "quater". It must hold an "l" or an "i", or an "o" before a digit: "1o" (an ordinal, "1°"
/// folded), "h2o" and "co2" stay as written. No other word has only those letters and a
/// digit, so a clean letter needs no sign of a scan for this repair.
fn ocr_numbers(out: &mut String) {
    let b = out.as_bytes();
    let mut words = Vec::new();
    // The words are found from their digits, and each is read once.
    let mut done = 0;
    for d in digits(b) {
        if d < done {
            continue;
        }
        let start = b[..d]
            .iter()
            .rposition(|c| !c.is_ascii_alphanumeric())
            .map_or(0, |p| p + 1);
        let end = b[d..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |p| d + p);
        done = end;
        let mut w = &b[start..end];
        // Most words with a digit are only digits.
        if w.iter().all(u8::is_ascii_digit) {
            continue;
        }
        let suffix = [&b"ter"[..], b"bis", b"quater"]
            .into_iter()
            .find(|s| w.len() > s.len() && w.ends_with(s));
        if let Some(s) = suffix {
            w = &w[..w.len() - s.len()];
        }
        let hour = w.iter().position(|&c| c == b'h');
        let misread = |k: usize, c: u8| match c {
            b'l' | b'i' | b'o' => true,
            b'b' => suffix.is_some(),
            b'h' => hour == Some(k) && k > 0,
            _ => c.is_ascii_digit(),
        };
        // (An "o" ending the minutes of a time, "10h3o", or standing for them after the
        // hour's "h", "9 h 3o", is a zero too.)
        let after_h = b[..start].ends_with(b"h ")
            && b[..start - 2]
                .last()
                .is_some_and(|c| c.is_ascii_digit() || *c == b' ');
        let telling = w.iter().enumerate().any(|(k, &c)| match c {
            b'l' | b'i' | b'b' => true,
            b'o' => {
                w.get(k + 1).is_some_and(u8::is_ascii_digit)
                    || (k + 1 == w.len()
                        && k >= 1
                        && matches!(w[k - 1], b'0'..=b'5')
                        && (after_h && k == 1 || k >= 2 && w[k - 2] == b'h'))
            }
            _ => false,
        });
        if w.iter().any(u8::is_ascii_digit)
            && telling
            && w.iter().enumerate().all(|(k, &c)| misread(k, c))
        {
            words.push(start..start + w.len());
        }
    }
    if words.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(out).into_bytes();
    for r in words {
        for c in &mut bytes[r] {
            *c = match *c {
                b'l' | b'i' => b'1',
                b'o' => b'0',
                b'b' => b'8',
                c => c,
            };
        }
    }
    *out = String::from_utf8(bytes).expect("ASCII bytes replaced by ASCII bytes");
}

/// The offsets of the ASCII digits in `b`, in order. Eight bytes are looked at at once
/// (a byte is a digit when it lies strictly between '/' and ':', the test of "Bit Twiddling
/// Hacks", `hasbetween`, which never counts a byte of 128 or more): most of a letter has
/// none.
fn digits(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 128;
    let (below, above) = (u64::from(b'/'), u64::from(b':'));
    b.chunks(8)
        .enumerate()
        .filter(move |(_, chunk)| match <[u8; 8]>::try_from(*chunk) {
            Ok(bytes) => {
                let x = u64::from_le_bytes(bytes);
                let low7 = x & (ONES * 127);
                (ONES * (127 + above)).wrapping_sub(low7)
                    & !x
                    & (low7 + ONES * (127 - below))
                    & HIGH
                    != 0
            }
            Err(_) => chunk.iter().any(u8::is_ascii_digit),
        })
        .flat_map(|(k, chunk)| {
            chunk
                .iter()
                .enumerate()
                .filter(|(_, c)| c.is_ascii_digit())
                .map(move |(i, _)| 8 * k + i)
        })
}

/// Removes the entries at the sorted, distinct indices `dropped`, moving each run of kept
/// entries down at once.
fn drop_at<T: Copy>(v: &mut Vec<T>, dropped: &[usize]) {
    let Some(&first) = dropped.first() else {
        return;
    };
    let mut write = first;
    for (k, &d) in dropped.iter().enumerate() {
        let next = dropped.get(k + 1).copied().unwrap_or(v.len());
        v.copy_within(d + 1..next, write);
        write += next - d - 1;
    }
    v.truncate(write);
}

/// A byte folded to itself, lower-cased: visible ASCII except the backtick (an
/// apostrophe).
fn is_plain(b: u8) -> bool {
    b.is_ascii_graphic() && b != b'`' && b != b'&'
}

/// The length of the HTML character reference at the start of `s` ("&nbsp;", "&amp;",
/// "&#233;", "&#xE9;") and what it stands for, when `s` starts with one: e-mails converted
/// from HTML leave them in the text ("Participants&nbsp;:", "Prévention &amp; Sécurité").
fn html_entity(s: &str) -> Option<(usize, String)> {
    /// The longest reference read ("&CounterClockwiseContourIntegral;" is 33 bytes).
    const LONGEST: usize = 34;
    let b = s.as_bytes();
    let end = b
        .iter()
        .take(LONGEST)
        .skip(1)
        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'#'))
        .map(|p| p + 1)?;
    if end < 3 || b[end] != b';' {
        return None;
    }
    let reference = &s[..=end];
    match html_escape::decode_html_entities(reference) {
        std::borrow::Cow::Owned(decoded) if decoded != reference => Some((end + 1, decoded)),
        _ => None,
    }
}

impl Builder {
    pub(crate) fn with_capacity(n: usize) -> Builder {
        Builder {
            out: String::with_capacity(n),
            starts: Vec::with_capacity(n),
            ends: Vec::with_capacity(n),
            last_len: 0,
            pending_join: None,
            quoted: Vec::new(),
            headings: Vec::new(),
            accents_lead: false,
        }
    }

    /// Reads the accents of `text`, the whole original, before their letters when it
    /// sets them so ([`accents_lead`]).
    pub(crate) fn read_accents_of(&mut self, text: &str) {
        self.accents_lead = accents_lead(text);
    }

    /// Current length of the folded text.
    pub(crate) fn len(&mut self) -> usize {
        self.flush_join();
        self.out.len()
    }

    pub(crate) fn mark_quoted(&mut self, r: Range<usize>) {
        self.quoted.push(r);
    }

    pub(crate) fn mark_heading(&mut self, r: Range<usize>) {
        self.headings.push(r);
    }

    pub(crate) fn finish(mut self) -> Folded {
        self.flush_join();
        while self.out.ends_with(['\n', ' ']) {
            self.pop_last();
        }
        iso_time_separator(&mut self.out);
        ocr_confusions(&mut self.out);
        ocr_numbers(&mut self.out);
        self.ocr_rn();
        self.inclusive_endings();
        // A range marked while the text was built may end in white space trimmed since.
        let len = self.out.len();
        for r in self.quoted.iter_mut().chain(self.headings.iter_mut()) {
            *r = r.start.min(len)..r.end.min(len);
        }
        Folded {
            text: self.out,
            starts: self.starts,
            ends: self.ends,
            quoted: self.quoted,
            headings: self.headings,
        }
    }

    /// Repairs the "m" a scan read as "rn" where no French or English word has "rn":
    /// at the start of a word before a vowel ("rnadame", "rnars"), after a consonant
    /// ("bourgrnestre"), before "mu" or another "rn" ("cornmune", "cornrnunauté"), after a
    /// vowel before "p" or "b" ("cornpte", "irnportant"), or ending a word after "oo"
    /// ("roorn"). The "m" maps to both letters.
    fn ocr_rn(&mut self) {
        let b = self.out.as_bytes();
        let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        let at = |i: Option<usize>| i.and_then(|i| b.get(i)).copied().unwrap_or(b' ');
        let dropped: Vec<usize> = memchr::memmem::find_iter(b, b"rn")
            .filter(|&i| {
                let (before, after, next) =
                    (at(i.checked_sub(1)), at(Some(i + 2)), at(Some(i + 3)));
                (!before.is_ascii_alphanumeric() && vowel(after))
                    || (before.is_ascii_lowercase()
                        && !vowel(before)
                        && before != b'r'
                        && vowel(after))
                    || (after == b'm' && next == b'u')
                    || (after == b'r' && next == b'n')
                    || (before == b'n' && at(i.checked_sub(2)) == b'r')
                    || (vowel(before) && matches!(after, b'p' | b'b'))
                    // "roorn" (no word ends in "oorn" but Dutch "hoorn").
                    || (before == b'o'
                        && at(i.checked_sub(2)) == b'o'
                        && at(i.checked_sub(3)) != b'h'
                        && !after.is_ascii_alphanumeric())
            })
            .map(|i| i + 1)
            .collect();
        if dropped.is_empty() {
            return;
        }
        let mut bytes = std::mem::take(&mut self.out).into_bytes();
        for &n in &dropped {
            bytes[n - 1] = b'm';
        }
        self.out = String::from_utf8(bytes).expect("an ASCII byte for an ASCII byte");
        self.drop_bytes(&dropped);
    }

    /// Drops the inclusive endings of French words ("tenu(e)", "invité(e)s", "convoqué·e·s",
    /// "directeur(trice)"), so that the word reads as its plain form ("tenu", "invite",
    /// "convoque"): the letter before the ending maps to it too.
    fn inclusive_endings(&mut self) {
        const ENDINGS: &[&str] = &[
            "e", "es", "s", "ne", "nes", "le", "les", "te", "tes", "se", "ses", "trice", "trices",
            "euse", "euses",
        ];
        const DOT: &[u8] = "·".as_bytes();
        let b = self.out.as_bytes();
        let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_lowercase);
        let word_goes_on = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        let mut dropped = Vec::new();
        // "(e)", "(es)", "(e)s", "(trice)".
        for i in memchr::memchr_iter(b'(', b) {
            if i == 0 || !letter(i - 1) {
                continue;
            }
            let Some(close) = b[i + 1..].iter().take(7).position(|&c| c == b')') else {
                continue;
            };
            if !ENDINGS.contains(&&self.out[i + 1..i + 1 + close]) {
                continue;
            }
            let mut end = i + close + 2;
            if b.get(end) == Some(&b's') {
                end += 1;
            }
            if !word_goes_on(end) {
                dropped.extend(i..end);
            }
        }
        // "·e", "·es", "·e·s" (the second dot of "·e·s" is read with the first).
        let mut dotted_to = 0;
        for i in memchr::memmem::find_iter(b, DOT) {
            if i == 0 || !letter(i - 1) || i < dotted_to {
                continue;
            }
            let from = i + DOT.len();
            let len = b[from..]
                .iter()
                .take_while(|c| c.is_ascii_lowercase())
                .count();
            if !ENDINGS.contains(&&self.out[from..from + len]) {
                continue;
            }
            let mut end = from + len;
            if b[end..].starts_with(DOT) && b.get(end + DOT.len()) == Some(&b's') {
                end += DOT.len() + 1;
            }
            if !word_goes_on(end) {
                dropped.extend(i..end);
                dotted_to = end;
            }
        }
        if !dropped.is_empty() {
            dropped.sort_unstable();
            dropped.dedup();
            self.drop_bytes(&dropped);
        }
    }

    /// Removes the folded bytes at the sorted indices `dropped`, each run of them mapped into
    /// the byte before it (which then covers the run's original text), and shifts the
    /// quoted and heading ranges. Every run is preceded by an ASCII byte that stays.
    fn drop_bytes(&mut self, dropped: &[usize]) {
        let mut k = 0;
        while k < dropped.len() {
            let first = dropped[k];
            while k + 1 < dropped.len() && dropped[k + 1] == dropped[k] + 1 {
                k += 1;
            }
            self.ends[first - 1] = self.ends[dropped[k]];
            k += 1;
        }
        let mut bytes = std::mem::take(&mut self.out).into_bytes();
        drop_at(&mut bytes, dropped);
        drop_at(&mut self.starts, dropped);
        drop_at(&mut self.ends, dropped);
        self.out = String::from_utf8(bytes).expect("whole characters dropped after ASCII");
        let shift = |p: usize| p - dropped.partition_point(|&d| d < p);
        for r in self.quoted.iter_mut().chain(self.headings.iter_mut()) {
            *r = shift(r.start)..shift(r.end);
        }
    }

    fn push(&mut self, c: char, o_start: usize, o_end: usize) {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        self.out.push_str(s);
        for _ in 0..s.len() {
            self.starts.push(o_start as u32);
            self.ends.push(o_end as u32);
        }
        self.last_len = s.len();
    }

    /// Pushes a run of [plain](is_plain) ASCII and spaces that starts at original offset
    /// `o_start`.
    fn push_plain(&mut self, run: &str, o_start: usize) {
        let n = self.out.len();
        self.out.push_str(run);
        self.out[n..].make_ascii_lowercase();
        let (from, to) = (o_start as u32, (o_start + run.len()) as u32);
        self.starts.extend(from..to);
        self.ends.extend(from + 1..to + 1);
        self.last_len = 1;
    }

    /// Extends the last folded character to cover the original up to `o_end`.
    fn extend_last(&mut self, o_end: usize) {
        let n = self.ends.len();
        for e in &mut self.ends[n - self.last_len.min(n)..] {
            *e = (*e).max(o_end as u32);
        }
    }

    fn pop_last(&mut self) {
        if let Some(c) = self.out.pop() {
            let n = self.out.len();
            self.starts.truncate(n);
            self.ends.truncate(n);
            let _ = c;
            self.last_len = self.out.chars().next_back().map_or(0, char::len_utf8);
        }
    }

    fn last(&self) -> Option<char> {
        self.out.chars().next_back()
    }

    pub(crate) fn space(&mut self, o_start: usize, o_end: usize) {
        self.flush_join();
        match self.last() {
            None | Some(' ' | '\n') => {}
            _ => self.push(' ', o_start, o_end),
        }
    }

    pub(crate) fn newline(&mut self, o_start: usize, o_end: usize) {
        self.flush_join();
        if self.last() == Some(' ') {
            self.pop_last();
        }
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        // "letter-" at the end of a line: maybe a hyphenated word.
        let bytes = self.out.as_bytes();
        let n = bytes.len();
        if n >= 2 && bytes[n - 1] == b'-' && bytes[n - 2].is_ascii_alphabetic() {
            self.pending_join = Some((o_start, o_end));
            return;
        }
        self.push('\n', o_start, o_end);
    }

    /// Ends the current line at original offset `at` unless it is already ended.
    pub(crate) fn line_break(&mut self, at: usize) {
        self.flush_join();
        if self.last() == Some(' ') {
            self.pop_last();
        }
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.push('\n', at, at);
        }
    }

    /// A paragraph break at original offset `at` (maps to nothing).
    pub(crate) fn paragraph(&mut self, at: usize) {
        self.newline(at, at);
        self.flush_join();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.push('\n', at, at);
        }
    }

    fn flush_join(&mut self) {
        if let Some((s, e)) = self.pending_join.take() {
            self.push('\n', s, e);
        }
    }

    /// Folds `src`, which starts at original offset `base`.
    pub(crate) fn feed(&mut self, src: &str, base: usize) {
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if self.pending_join.is_none() {
                if is_plain(bytes[i]) && !(self.accents_lead && bytes[i] == b'^') {
                    // Most of a letter: a run of visible ASCII and single spaces after
                    // it, copied lower-cased, each folded byte mapped to its own original
                    // byte (what `fold_char` and `space` do one character at a time: a
                    // space after a visible character is kept as it is).
                    let mut end = i + 1;
                    while end < bytes.len()
                        && (is_plain(bytes[end]) || bytes[end] == b' ' && bytes[end - 1] != b' ')
                    {
                        end += 1;
                    }
                    // (A text that sets its accents before their letters reads its "^"
                    // one character at a time.)
                    if self.accents_lead {
                        if let Some(caret) = memchr::memchr(b'^', &bytes[i..end]) {
                            end = i + caret;
                        }
                    }
                    // An "A" or "a" whose circumflex or tilde follows apart (NFD) may lead
                    // mojibake ("Â", "Ã", "â"): it is read with the characters after it.
                    if bytes.get(end) == Some(&0xCC)
                        && matches!(bytes.get(end + 1), Some(0x82 | 0x83))
                        && matches!(bytes[end - 1], b'A' | b'a')
                    {
                        end -= 1;
                    }
                    if end > i {
                        self.push_plain(&src[i..end], base + i);
                        i = end;
                        continue;
                    }
                }
                if bytes[i] == b' ' {
                    self.space(base + i, base + i + 1);
                    i += 1;
                    continue;
                }
            }
            // `i` is a character boundary: runs and spaces are whole characters.
            let Some(c) = src[i..].chars().next() else {
                break;
            };
            let (o_start, o_end) = (base + i, base + i + c.len_utf8());
            i += c.len_utf8();
            if let Some((nl, _)) = self.pending_join {
                match c {
                    ' ' | '\t' | '\r' | '\u{A0}' | '\u{202F}' => continue,
                    c if c.is_lowercase()
                        || (c.is_uppercase() && caps_join(src, base, nl, o_start)) =>
                    {
                        self.pending_join = None;
                        self.pop_last(); // the hyphen
                    }
                    _ => self.flush_join(),
                }
            }
            if c == '\r' {
                // The run of CRs is read at once (linear however long it is). CR LF, and CR
                // CR LF (a CRLF file converted once more), are one line break: the LF's.
                let crs = bytes[i..].iter().take_while(|&&b| b == b'\r').count();
                i += crs;
                if bytes.get(i) != Some(&b'\n') {
                    // Lone CRs (old Mac line ends): a line break each.
                    for k in 0..=crs {
                        self.newline(o_start + k, o_end + k);
                    }
                }
                continue;
            }
            if self.detached_diacritic(c, &src[i..], o_end) {
                continue;
            }
            if self.accents_lead && self.leading_accent(c, &src[i..]) {
                continue;
            }
            if matches!(c, 'Â' | 'Ã' | 'â')
                || (matches!(c, 'A' | 'a') && src[i..].starts_with(['\u{302}', '\u{303}']))
            {
                if let Some((len, decoded)) = mojibake(&src[o_start - base..]) {
                    self.fold_char(decoded, o_start, o_start + len);
                    i = o_start - base + len;
                    continue;
                }
            }
            if c == '&' {
                if let Some((len, decoded)) = html_entity(&src[o_start - base..]) {
                    self.feed_mapped(&decoded, o_start, o_start + len);
                    i = o_start - base + len;
                    continue;
                }
            }
            self.fold_char(c, o_start, o_end);
        }
    }

    /// Folds `text` (which is not a slice of the original: an entity or an escape), mapping
    /// every folded byte to the original range `o_start..o_end`.
    pub(crate) fn feed_mapped(&mut self, text: &str, o_start: usize, o_end: usize) {
        for c in text.chars() {
            self.fold_char(c, o_start, o_end);
        }
    }

    /// True when `c`, read before `rest`, is a diacritic a PDF copy has set apart from its
    /// letter ("De´cret", "Communaute´", "franc¸aise", "a` fixer"), which then joins the
    /// letter before it: its original range grows to cover it. Not an acute used as an
    /// apostrophe ("l´article", "qu´il", "you´re", "I´m", "we´ll").
    fn detached_diacritic(&mut self, c: char, rest: &str, o_end: usize) -> bool {
        if !matches!(
            c,
            '\u{00B4}' | '`' | '\u{00B8}' | '\u{00A8}' | '\u{02CA}' | '\u{02CB}' | '\u{02C6}'
        ) {
            return false;
        }
        let contraction = ["m", "s", "t", "d", "ll", "ve", "re"].iter().any(|e| {
            rest.strip_prefix(e)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        });
        let detached = match (c, self.out.as_bytes()) {
            ('\u{00B8}', [.., b'c']) => true,
            ('\u{00B8}', _) => false,
            (_, [.., b'q', b'u']) => false,
            (_, [.., b]) => b"aeiouy".contains(b) && !contraction,
            _ => false,
        };
        // (The letter is one ASCII byte.)
        match self.ends.last_mut().filter(|_| detached) {
            Some(e) => {
                *e = o_end as u32;
                true
            }
            None => false,
        }
    }

    /// True when `c`, read before `rest` in a text that sets its accents before their
    /// letters, is the accent of the letter after it ("R´eseau", "`a une", "Ma^ıtre"): it
    /// is dropped, the letter read plain. Not after a lone elision consonant ("l´article",
    /// "qu´il"), where it is an apostrophe.
    fn leading_accent(&self, c: char, rest: &str) -> bool {
        if !matches!(
            c,
            '\u{00B4}'
                | '`'
                | '^'
                | '\u{00A8}'
                | '\u{00B8}'
                | '\u{02C6}'
                | '\u{02CA}'
                | '\u{02CB}'
                | '\u{02DC}'
        ) {
            return false;
        }
        if !rest.starts_with([
            'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U', 'ı', 'c', 'C',
        ]) {
            return false;
        }
        let word = self
            .out
            .rsplit(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        !matches!(word, "l" | "d" | "j" | "m" | "n" | "s" | "t" | "c" | "qu")
    }

    fn fold_char(&mut self, c: char, o_start: usize, o_end: usize) {
        if c.is_ascii() {
            match c {
                '\n' => self.newline(o_start, o_end),
                ' ' | '\t' => self.space(o_start, o_end),
                '\x0C' | '\x0B' => self.newline(o_start, o_end),
                '`' => self.push('\'', o_start, o_end),
                c if c.is_ascii_control() => {}
                c => self.push(c.to_ascii_lowercase(), o_start, o_end),
            }
            return;
        }
        let mapped: Option<&str> = match c {
            '\u{2019}' | '\u{2018}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '\u{02BC}' => {
                Some("'")
            }
            '«' | '»' | '“' | '”' | '„' | '‟' | '″' | '‹' | '›' => Some("\""),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => Some("-"),
            // Box drawing (tables drawn in text): its vertical lines are a table's column
            // separators. The rules stay as they are (a line of "-" would read as a
            // signature delimiter).
            '\u{2502}' | '\u{2503}' | '\u{2506}' | '\u{2507}' | '\u{250A}' | '\u{250B}'
            | '\u{2551}' | '\u{254E}' | '\u{254F}' => Some("|"),
            'œ' | 'Œ' => Some("oe"),
            'æ' | 'Æ' => Some("ae"),
            'ß' | 'ẞ' => Some("ss"),
            'ø' | 'Ø' => Some("o"),
            'ł' | 'Ł' => Some("l"),
            // The dotless "i" a circumflex sits on in a PDF made with LaTeX ("Ma^ıtre").
            'ı' => Some("i"),
            'đ' | 'Đ' => Some("d"),
            '•' | '▪' | '◦' | '●' | '○' | '■' | '□' | '➢' | '►' | '▶' | '✓' | '✔' | '‣' | '⁃'
            | '\u{F0B7}' | '\u{F0A7}' | '\u{F0D8}' => Some("•"),
            '\u{2028}' | '\u{2029}' | '\u{85}' => {
                self.newline(o_start, o_end);
                return;
            }
            '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
                return;
            }
            c if c.is_whitespace() => {
                self.space(o_start, o_end);
                return;
            }
            _ => None,
        };
        if let Some(m) = mapped {
            for d in m.chars() {
                self.push(d, o_start, o_end);
            }
            return;
        }
        let mut pushed = false;
        for d in std::iter::once(c).nfkd() {
            if is_combining_mark(d) {
                continue;
            }
            if d == ' ' {
                self.space(o_start, o_end);
                pushed = true;
                continue;
            }
            if d.is_control() {
                continue;
            }
            for l in d.to_lowercase() {
                self.push(l, o_start, o_end);
                pushed = true;
            }
        }
        if !pushed && !self.out.is_empty() && is_combining_mark(c) {
            // An NFD accent: the folded letter before it now covers it too.
            self.extend_last(o_end);
        }
    }
}

/// True when a word in capitals is hyphenated across a line break ("LES PARTICIPANTS SONT
/// TENUS AU SE-\nCRET"): the hyphen (just before the line break at original offset `nl`)
/// follows two capitals or more, and the line after it opens on three capitals or more (at
/// original offset `next`) with no hyphen after them ("CSIL-\nR" keeps its hyphen).
fn caps_join(src: &str, base: usize, nl: usize, next: usize) -> bool {
    let (Some(end), Some(next)) = (nl.checked_sub(base), next.checked_sub(base)) else {
        return false;
    };
    // Back over what ends the line before the break (a CR, spaces) to the hyphen.
    let Some(hyphen) = src
        .get(..end)
        .and_then(|s| s.trim_end_matches([' ', '\t', '\r']).len().checked_sub(1))
    else {
        return false;
    };
    if src.as_bytes().get(hyphen) != Some(&b'-') || next > src.len() {
        return false;
    }
    let caps = |it: &mut dyn Iterator<Item = char>| {
        let mut n = 0;
        for c in it {
            // An accent written apart from its letter (NFD) belongs to the word.
            if ('\u{300}'..='\u{36F}').contains(&c) {
                continue;
            }
            if !c.is_alphabetic() {
                return (n, Some(c));
            }
            if !c.is_uppercase() {
                return (0, None);
            }
            n += 1;
        }
        (n, None)
    };
    let (before, _) = caps(&mut src[..hyphen].chars().rev());
    let (after, stop) = caps(&mut src[next..].chars());
    before >= 2 && after >= 3 && stop != Some('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folds `original`, checks the text, and that every folded byte maps into the
    /// original in order, on character boundaries.
    fn check(original: &str, expected: &str) -> Folded {
        let f = Folded::plain(original);
        assert_eq!(f.text, expected);
        assert_eq!(f.starts.len(), f.text.len());
        assert_eq!(f.ends.len(), f.text.len());
        for w in f.starts.windows(2).chain(f.ends.windows(2)) {
            assert!(w[0] <= w[1], "{original:?}");
        }
        for (&s, &e) in f.starts.iter().zip(&f.ends) {
            let (s, e) = (s as usize, e as usize);
            assert!(s < e && e <= original.len(), "{original:?}");
            assert!(original.is_char_boundary(s) && original.is_char_boundary(e));
        }
        f
    }

    #[test]
    fn folds_case_accents_and_typography() {
        check("Réunion du Jeudi", "reunion du jeudi");
        check(
            "l’intégrité «\u{a0}physique\u{a0}»",
            "l'integrite \" physique \"",
        );
        check("14\u{a0}h\u{202f}30", "14 h 30");
        check("Conﬁdentialité", "confidentialite");
        check("Re\u{301}union", "reunion");
        check("A\r\nB\r\n\r\n\r\nC  D", "a\nb\n\nc d");
        check("A\r\r\nB\rC", "a\nb\nc");
        check("SŒUR ŒUVRE", "soeur oeuvre");
    }

    #[test]
    fn a_calendar_file_is_unfolded_and_unescaped() {
        let original = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:You are invited to a case consultation under Article \r\n 458ter\\, on the basi\r\n s of the law.\\n\\nPURPOSE: to protect\\; her.\r\nLOCATION:Room 3\\, Stationsplei\r\n n 4\r\nEND:VEVENT\r\n";
        check(
            original,
            "begin:vcalendar\nbegin:vevent\ndescription:you are invited to a case consultation under article 458ter, on the basis of the law.\n\npurpose: to protect; her.\nlocation:room 3, stationsplein 4\nend:vevent",
        );
        // Not a calendar file: a line that opens on a space stays one.
        check("Dear all,\n a list\\n", "dear all,\na list\\n");
    }

    #[test]
    fn reads_the_character_references_html_left_behind() {
        let original = "Participants&nbsp;: Pr&eacute;vention &amp; S&#233;curit&#xE9;, &amp";
        let f = check(original, "participants : prevention & securite, &amp");
        // Each folded character of a reference maps to the whole reference.
        let at = f.text.find('&').unwrap();
        let span = f.span(at..at + 1);
        assert_eq!(&original[span.start..span.end], "&amp;");
        let span = f.span(0..f.text.find(':').unwrap());
        assert_eq!(&original[span.start..span.end], "Participants&nbsp;");
        // Not a reference: an ampersand in prose, an unknown name, no semicolon.
        check("R&D; A & B; &zzz; &#;", "r&d; a & b; &zzz; &#;");
    }

    #[test]
    fn repairs_the_confusions_of_a_scanned_text() {
        check(
            "0bjet : lnvitation (Artic1e 458ter) - 1oi du 30 juil1et 2O18, hôte1 de vi1le, le 1er mars à 14h3O, O9:3O, C0de",
            "objet : invitation (article 458ter) - loi du 30 juillet 2018, hotel de ville, le 1er mars a 14h30, 09:30, code",
        );
        // A clean text keeps what it wrote, even where a scan would have been repaired.
        check(
            "Annexe1, salle B1, ln 2, le 1er mars à 10h, 458ter, art. 1bis",
            "annexe1, salle b1, ln 2, le 1er mars a 10h, 458ter, art. 1bis",
        );
        // One confusion alone does not make a scan.
        check("réf. AB1CD, 2026", "ref. ab1cd, 2026");
        // A one for a word's first letter, with another sign of a scan ("M0NT"); a time's
        // last zero read as an "O", joined to its hour or apart.
        check(
            "VILLE DE M0NTFLEURY, la 1oi du 30 juillet, 10h3O, 9 h 3O",
            "ville de montfleury, la loi du 30 juillet, 10h30, 9 h 30",
        );
        check("le 1er étage, 1bis, 0h", "le 1er etage, 1bis, 0h");
    }

    #[test]
    fn reads_back_text_damaged_on_its_way() {
        // Accents a PDF copy set apart from their letters; the letter's range covers them.
        let f = check(
            "De´cret de la Communaute´ franc¸aise, a` fixer",
            "decret de la communaute francaise, a fixer",
        );
        let at = f.text.find("ecret").unwrap();
        assert_eq!(f.span(at..at + 1), Span::new(1, 4));
        // An acute or a backtick used as an apostrophe stays one.
        check(
            "l´article qu´il cite; you´re, I´m, we´ll",
            "l'article qu'il cite; you're, i'm, we'll",
        );
        // Accents a PDF made with LaTeX sets before their letters, once the text shows it
        // (an acute after a consonant no elision ends with, twice); an elision's acute
        // stays an apostrophe; a "ı" reads as an "i".
        check(
            "R´eseau, Code p´enal, H´el`ene, invit´ee `a l´audience, Ma^ıtre, ^etre",
            "reseau, code penal, helene, invitee a l'audience, maitre, etre",
        );
        check("2^3 et `x`", "2^3 et 'x'");
        // UTF-8 read as Windows-1252; an accented capital before a guillemet is no such thing.
        check("la rÃ©union de lâ€™Ã©quipe Â«", "la reunion de l'equipe \"");
        check("« À L'ÉTÉ »", "\" a l'ete \"");
        // The same decomposed (NFD), and a no-break space's "Â" before an ordinary space.
        check(
            "la rA\u{303}\u{a9}union de la\u{302}\u{20ac}\u{2122}Ã©quipe",
            "la reunion de l'equipe",
        );
        check("mayorÂ  - municipality", "mayor - municipality");
        // Words in capitals hyphenated across a line break; a short tail keeps its hyphen.
        check("TENUS AU SE-\nCRET, CSIL-\nR", "tenus au secret, csil-\nr");
        // A capital I read for an l, in a text where it happens inside words twice.
        check(
            "Ia Ioi et I'articIe sont facuItatifs ; Il dit In extenso",
            "la loi et l'article sont facultatifs ; il dit in extenso",
        );
        check("Il y a Ixelles et Inès", "il y a ixelles et ines");
    }

    #[test]
    fn repairs_the_numbers_a_scan_read_with_letters() {
        check(
            "le l9 février 2O26, jeudi l2 mars à l4h00, le 29/O9/2026, 2l October, art. 45Bter",
            "le 19 fevrier 2026, jeudi 12 mars a 14h00, le 29/09/2026, 21 october, art. 458ter",
        );
        // Words whose letters a digit explains only in part, or an ordinal, stay.
        check(
            "1o, H2O, CO2, B1, 2nd, 1er, A4, salle 3b, 10h, l'an 2026, 3bis",
            "1o, h2o, co2, b1, 2nd, 1er, a4, salle 3b, 10h, l'an 2026, 3bis",
        );
    }

    #[test]
    fn the_borders_of_a_box_go_and_a_table_stays() {
        let original = "Le texte :\n  +--------------------------+\n  | Art. 458ter, § 1er. Il   |\n  | n'y a pas d'infraction   |\n  +--------------------------+\nSuite.";
        let f = check(
            original,
            "le texte :\n\nart. 458ter, § 1er. il\nn'y a pas d'infraction\n\nsuite.",
        );
        let at = f.text.find("n'y a pas").unwrap();
        let span = f.span(at..at + "n'y a pas d'infraction".len());
        assert_eq!(&original[span.start..span.end], "n'y a pas d'infraction");
        check(
            "┌──────────┐\n│ Note : │\n│ jeudi 9h │\n└──────────┘",
            "note :\njeudi 9h",
        );
        // A table keeps its bars, and so does a box left open.
        check(
            "+-----+-----+\n| Nom | Rôle |\n+-----+-----+",
            "+-----+-----+\n| nom | role |\n+-----+-----+",
        );
        check("+-----+\n| abc |\nsuite", "+-----+\n| abc |\nsuite");
    }

    #[test]
    fn digits_are_found_eight_bytes_at_a_time() {
        for s in [
            "",
            "7",
            "le 12/03/2026 à 14h30",
            "/:/:/:/:0/:/:/:/:9",
            "Ré\u{0660}union ٣ 𝟗 ⁹ ½ 0123456789abcdef",
            "\u{ff10}\u{ff11} (fullwidth digits are not ASCII) 9",
        ] {
            let want: Vec<usize> = s
                .bytes()
                .enumerate()
                .filter(|(_, c)| c.is_ascii_digit())
                .map(|(i, _)| i)
                .collect();
            assert_eq!(digits(s.as_bytes()).collect::<Vec<_>>(), want, "{s}");
        }
        // Every byte value, in every position of a chunk.
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut b = [b'x'; 11];
                b[at] = c;
                let found: Vec<usize> = digits(&b).collect();
                assert_eq!(
                    found,
                    if c.is_ascii_digit() { vec![at] } else { vec![] },
                    "{c}"
                );
            }
        }
    }

    #[test]
    fn repairs_the_m_a_scan_read_as_rn() {
        let original = "Bourgrnestre de la Cornmunauté, rnardi, cornpte, cornrnune";
        let f = check(
            original,
            "bourgmestre de la communaute, mardi, compte, commune",
        );
        // The "m" maps to both letters it stands for.
        let at = f.text.find("bourgmestre").unwrap();
        let span = f.span(at..at + "bourgmestre".len());
        assert_eq!(&original[span.start..span.end], "Bourgrnestre");
        let at = f.text.find("commune").unwrap();
        let span = f.span(at..at + "commune".len());
        assert_eq!(&original[span.start..span.end], "cornrnune");
        // Words that spell "rn" as it is written stay.
        check(
            "government, concernant, journée, Tournai, return, modern, interne, RN4, adornment",
            "government, concernant, journee, tournai, return, modern, interne, rn4, adornment",
        );
    }

    #[test]
    fn drop_at_keeps_the_rest_in_order() {
        let dropped = |v: &[usize]| {
            let mut all: Vec<u32> = (0..10).collect();
            drop_at(&mut all, v);
            all
        };
        assert_eq!(dropped(&[0, 3, 4, 9]), vec![1, 2, 5, 6, 7, 8]);
        assert_eq!(dropped(&[]), (0..10).collect::<Vec<_>>());
        assert_eq!(dropped(&(0..10).collect::<Vec<_>>()), Vec::<u32>::new());
        assert_eq!(dropped(&[5]), vec![0, 1, 2, 3, 4, 6, 7, 8, 9]);
    }

    #[test]
    fn drops_inclusive_endings() {
        let original = "Vous êtes tenu(e) au secret ; les invité(e)s, convoqué·e·s, le directeur(trice) et l'élu·e.";
        let f = check(
            original,
            "vous etes tenu au secret ; les invite, convoque, le directeur et l'elu.",
        );
        // The word maps to its ending too.
        for (word, written) in [
            ("tenu", "tenu(e)"),
            ("invite", "invité(e)s"),
            ("convoque", "convoqué·e·s"),
        ] {
            let at = f.text.find(word).unwrap();
            let span = f.span(at..at + word.len());
            assert_eq!(&original[span.start..span.end], written);
        }
        // Parentheses that hold no ending, or a word that goes on, stay.
        check(
            "article(s) 3(e), (e), note(b), tenu(e)x, mot(ecrit)",
            "article 3(e), (e), note(b), tenu(e)x, mot(ecrit)",
        );
    }

    #[test]
    fn reads_dot_leaders_as_colons() {
        let f = check(
            " Date ................ 17/03/2027\n Lieu ....... Hôtel de ville\nEt puis... rien.\n........\nNom ......",
            "date : 17/03/2027\nlieu : hotel de ville\net puis... rien.\n........\nnom ......",
        );
        let at = f.text.find(':').unwrap();
        let span = f.span(at..at + 1);
        assert_eq!(span.start, " Date ".len());
        // A leader that runs up to a colon of its own goes whole: one colon, the form's.
        let text = "Participation ........ : OBLIGATOIRE
Lieu ....... :salle 3";
        let f = check(
            text,
            "participation : obligatoire
lieu :salle 3",
        );
        let at = f.text.find(':').unwrap();
        let span = f.span(at..at + 1);
        assert_eq!(&text[span.start..span.end], ":");
        // Three dots from a space to a colon lead too; an ellipsis elsewhere stays.
        check(
            "Participants convoqués ... : [x] CPMS\nEt donc... : rien .. ici",
            "participants convoques : [x] cpms\net donc... : rien .. ici",
        );
    }

    #[test]
    fn reads_columns_drawn_with_white_space() {
        let text = "When        Tuesday 9 February\nAttendees\tM. De Smedt (chair)\nWho\tService\tRole\nWard\tCAW\tchair\nDear all,   we meet.";
        let f = check(
            text,
            "when: tuesday 9 february\nattendees: m. de smedt (chair)\nwho | service | role\nward | caw | chair\ndear all, we meet.",
        );
        // The inserted characters map to the white space they stand for.
        let at = f.text.find(" | caw").unwrap();
        let span = f.span(at..at + 3);
        assert_eq!(&text[span.start..span.end], "\t");
        let at = f.text.find(": tuesday").unwrap();
        let span = f.span(at..at + 2);
        assert_eq!(&text[span.start..span.end], " ");
    }

    #[test]
    fn reads_a_narrow_label_gap_aligned_with_its_neighbours() {
        // The longest label of an aligned form leaves two spaces: its value begins in the
        // column of the values above it.
        let text =
            "  OÙ            SAJ, salle 3\n  PARTICIPANTS  Parquet - CPAS\n  Presidence    Mme C.";
        let f = check(
            text,
            "ou: saj, salle 3\nparticipants: parquet - cpas\npresidence: mme c.",
        );
        let at = f.text.find(": parquet").unwrap();
        let span = f.span(at..at + 2);
        assert_eq!(&text[span.start..span.end], " ");
        // Decomposed, "OÙ" is as wide as composed.
        check(
            "OU\u{300}            SAJ, salle 3\nPARTICIPANTS  Parquet",
            "ou: saj, salle 3\nparticipants: parquet",
        );
        // Two spaces with no aligned neighbour, or out of line with it, stay a space.
        check(
            "Participants  Parquet - CPAS",
            "participants parquet - cpas",
        );
        check(
            "Lieu          SAJ, salle 3\nParticipants  Parquet\nParticipants  CPAS",
            "lieu: saj, salle 3\nparticipants: parquet\nparticipants cpas",
        );
        check(
            "Lieu       SAJ\nParticipants  Parquet",
            "lieu: saj\nparticipants parquet",
        );
    }

    #[test]
    fn joins_words_hyphenated_across_lines() {
        check("concerta-\ntion de cas", "concertation de cas");
        check("concerta-\r\n   tion", "concertation");
        check("Jean-\nPierre", "jean-\npierre");
        check("socio- \néducatif", "socioeducatif");
        check("pages 3-\n4", "pages 3-\n4");
    }

    #[test]
    fn maps_back_to_original() {
        let original = "La Réunion\u{a0}: Me\u{301}decin";
        let f = Folded::plain(original);
        let at = f.text.find("medecin").unwrap();
        let span = f.span(at..at + "medecin".len());
        assert_eq!(&original[span.start..span.end], "Me\u{301}decin");
        let at = f.text.find("reunion").unwrap();
        let span = f.span(at..at + 7);
        assert_eq!(&original[span.start..span.end], "Réunion");
    }

    /// The text fed one character at a time (each space then goes through `space`, each
    /// letter through a run of one): the runs of visible ASCII and single spaces copied
    /// whole must fold and map the same.
    fn one_char_at_a_time(original: &str) -> Folded {
        let mut b = Builder::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            b.feed(&original[i..i + c.len_utf8()], i);
        }
        b.finish()
    }

    #[test]
    fn runs_fold_as_characters_do() {
        use proptest::prelude::*;
        let alphabet = prop::sample::select(vec![
            "a", "B", "z", " ", "  ", "\n", "\t", "-", "'", ".", "é", "\u{a0}", "`", "Œ", "x-\n",
        ]);
        proptest!(|(parts in prop::collection::vec(alphabet, 0..40))| {
            let original: String = parts.concat();
            let mut b = Builder::with_capacity(original.len());
            b.feed(&original, 0);
            let whole = b.finish();
            let single = one_char_at_a_time(&original);
            prop_assert_eq!(&whole.text, &single.text);
            prop_assert_eq!(&whole.starts, &single.starts);
            prop_assert_eq!(&whole.ends, &single.ends);
        });
    }

    /// The cues read `\s` as a space or a line break (see `lexicon::rewrite`): no other
    /// white space may come out of folding, whichever character went in, as text or as
    /// an entity of Markdown.
    #[test]
    fn only_spaces_and_line_breaks_are_left_as_white_space() {
        let all: String = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .flat_map(|c| ['x', c])
            .collect();
        let mut mapped = Builder::with_capacity(all.len());
        mapped.feed_mapped(&all, 0, 0);
        for folded in [Folded::plain(&all), mapped.finish()] {
            let odd: Vec<char> = folded
                .text
                .chars()
                .filter(|&c| c.is_whitespace() && c != ' ' && c != '\n')
                .collect();
            assert!(odd.is_empty(), "white space left by folding: {odd:?}");
            assert!(folded.text.contains(' ') && folded.text.contains('\n'));
        }
    }

    #[test]
    fn hyphen_join_maps_over_the_break() {
        let original = "une concerta-\ntion";
        let f = Folded::plain(original);
        let at = f.text.find("concertation").unwrap();
        let span = f.span(at..at + "concertation".len());
        assert_eq!(&original[span.start..span.end], "concerta-\ntion");
    }
}

#[cfg(test)]
mod plain_text_markup {
    use super::*;

    fn folded(text: &str) -> String {
        let f = Folded::plain(text);
        // Every folded byte still maps into the original, in order.
        for w in f.starts.windows(2) {
            assert!(w[0] <= w[1]);
        }
        for w in f.ends.windows(2) {
            assert!(w[0] <= w[1]);
        }
        assert_eq!(f.starts.len(), f.text.len());
        f.text
    }

    #[test]
    fn emphasis_asterisks_go_and_bullets_stay() {
        assert_eq!(
            folded("*WHEN:* March 12th\n*Invited partners*\n* the police\n5 * 3"),
            "when: march 12th\ninvited partners\n* the police\n5 * 3"
        );
        assert_eq!(folded("**Lieu :** salle 2"), "lieu : salle 2");
    }

    #[test]
    fn an_iso_time_separator_is_a_space() {
        assert_eq!(
            folded("Start: 2026-03-24T14:00 (CET)"),
            "start: 2026-03-24 14:00 (cet)"
        );
        assert_eq!(folded("Ref. 2026-03-24T1"), "ref. 2026-03-24t1");
    }

    #[test]
    fn page_furniture_goes_and_the_pages_join() {
        let text = "HEADER OF THE SERVICE   Ref. 12\n\nThe following partners have con-\n\n______________\nService – Invitation   Page 1 of 2\n\n\n\nHEADER OF THE SERVICE   Ref. 12\n\nfirmed their participation:\n- the police\n______________\nService – Invitation   Page 2 of 2\n";
        assert_eq!(
            folded(text),
            "header of the service ref. 12\n\nthe following partners have confirmed their participation:\n- the police"
        );
        // A repeated footer with a bare page number, and no hyphen: one line break stays.
        let text = "Rappel : secret.\nReseau VIF asbl – www.vif.example        1/2\n__________\nOrdre du jour :\n1. Tour de table\nReseau VIF asbl – www.vif.example        2/2\n";
        assert_eq!(
            folded(text),
            "rappel : secret.\nordre du jour :\n1. tour de table"
        );
        // A line right after a footer is a repeated letterhead only if the first page began
        // with it.
        let text = "\nconcertation de cas   1/3\n__________\nautorisation motivee\nconcertation de cas   3/3\n";
        assert_eq!(folded(text), "autorisation motivee");
        // A line that ends with a date is not a footer, rule or not.
        let text = "La reunion aura lieu le 1/3\n__________\nCordialement";
        assert_eq!(
            folded(text),
            "la reunion aura lieu le 1/3\n__________\ncordialement"
        );
    }

    #[test]
    fn spans_across_a_page_break_map_to_the_original() {
        let text =
            "We invite you.\nThe partners have con-\n____________\nPage 1 of 2\n\nfirmed it.";
        let f = Folded::plain(text);
        let at = f.text.find("confirmed").unwrap();
        let span = f.span(at..at + "confirmed".len());
        assert_eq!(
            &text[span.start..span.end],
            "con-\n____________\nPage 1 of 2\n\nfirmed"
        );
    }
}
