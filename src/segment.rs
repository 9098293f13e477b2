//! Segmentation of the folded view: sentences, clauses and the regions whose words do not
//! speak for the letter (a quoted earlier message, an e-mail disclaimer, a quotation of
//! the statute, e-mail header lines).

use std::ops::Range;
use std::sync::LazyLock;

use crate::document::lines::split_lines;
use crate::document::Document;
use crate::lexicon::Lexicon;

/// What a region is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum RegionKind {
    /// A quoted earlier message (reply quoting, "> " lines).
    QuotedMessage,
    /// A standard e-mail confidentiality disclaimer.
    Disclaimer,
    /// A quotation of the statute's own text.
    Statute,
    /// The statute's wording used in the letter's own sentence, without quotation marks.
    StatuteParaphrase,
    /// An e-mail header line (From/To/Date/Subject...).
    Header,
    /// An option of a form left unticked ("☐ Présence obligatoire", "[ ] Videoconference"),
    /// or a model's guidance left in brackets ("[Consigne : …]"): the form does not say it.
    Unticked,
}

/// The segmentation of a document.
#[derive(Debug, Default)]
pub(crate) struct Segments {
    /// Sentences, in order, covering the text.
    pub(crate) sentences: Vec<Range<usize>>,
    /// Regions that do not speak for the letter.
    pub(crate) regions: Vec<(RegionKind, Range<usize>)>,
    /// The text forwards a message: its first subject line says so ("Objet : TR: …",
    /// "Subject: Fwd: …").
    pub(crate) forward: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    Reply,
    /// A forwarded message begins ("---------- Forwarded message ---------").
    Forward,
    /// The writer convenes in words of their own ("je vous convie", "we invite you"): a
    /// message forwarded below such a letter is background, not the letter.
    Invites,
    Disclaimer,
    Statute,
    /// An earlier message's header lines ("From:" over "Sent:"): read as a reply marker
    /// when they stand on a line of their own below the letter's words, not at its top
    /// (its own header lines) nor just after another marker (the header of the message
    /// that marker opens).
    HeaderBlock,
}

/// Markers that open a quoted earlier message, an e-mail disclaimer, or a quotation of
/// the statute's own wording (its fingerprints, in French and English).
pub(crate) static MARKERS: LazyLock<Lexicon<Marker>> = LazyLock::new(|| {
    Lexicon::new(&[&[
        (
            r"-{2,20} ?(original message|message d'origine|oorspronkelijk bericht) ?-{2,20}",
            Marker::Reply,
        ),
        // A forwarded message: what a letter that convenes passes on below it, or else the
        // letter itself.
        (
            r"-{2,20} ?(forwarded message|message transfere|doorgestuurd bericht) ?-{2,20}|\b(begin forwarded message|debut du message (reexpedie|transfere)) ?:",
            Marker::Forward,
        ),
        (
            r"\b(je vous (convie|invite|convoque)|nous vous (convions|invitons|convoquons)|(i|we) (would like to |hereby )?(invite|convene) you|you are (hereby )?(invited|convened))\b",
            Marker::Invites,
        ),
        // The attribution line, perhaps wrapped by the mail client.
        (
            r"\ble [^\n]{3,80}(?:\n[^\n]{1,80})? a ecrit ?:",
            Marker::Reply,
        ),
        (
            r"\bon [^\n]{3,80}(?:\n[^\n]{1,80})? wrote ?:",
            Marker::Reply,
        ),
        (r"\bop [^\n]{3,80} schreef [^\n]{0,40}:", Marker::Reply),
        // The header lines of an earlier message in the body of a reply, as Outlook writes
        // them: under its rule of underscores, or "From:" over "Sent:" (« De : X\nEnvoyé :
        // lundi … »; not "From:" over "Date:", a memo's own lines).
        (
            r"\b(?:from|de|van) ?: ?[^\n]+\n(?:sent|envoye|verzonden) ?:|_{8,80}\n(?:from|de|van) ?:",
            Marker::HeaderBlock,
        ),
        (
            r"\bce (message|courriel|e-?mail)( electronique)?( ainsi que| et)?( ses| les| toutes? les?)?( eventuelles)? ?(pieces jointes|annexes|fichiers joints)? (est|sont|peut|peuvent|contient|contiennent) [^\n]{0,30}(confidenti|strictement|exclusivement|destine)",
            Marker::Disclaimer,
        ),
        (
            r"\bsi vous (avez recu|recevez|n'etes pas le destinataire)",
            Marker::Disclaimer,
        ),
        (
            r"\bthis (e-?mail|message|communication)( and any (attachments?|files?)[^\n]{0,30})? (is|are|may|contains?) [^\n]{0,40}(confidential|privileged|intended)",
            Marker::Disclaimer,
        ),
        (
            r"\bif you (have received|are not the intended recipient)",
            Marker::Disclaimer,
        ),
        (
            r"\b(disclaimer|avertissement legal|clause de confidentialite)\b",
            Marker::Disclaimer,
        ),
        // A data-protection notice's paragraph ("Mentions RGPD : … Toute personne concernée
        // peut exercer ses droits", "you may exercise your rights"; not a privacy notice's
        // title, which says the document convenes no one).
        (
            r"\bmentions? rgpd\b|\b(?:peut|peuvent|pouvez) exercer (?:ses|vos|leurs) droits\b|\b(?:may|can) exercise (?:your|their|his|her) rights\b",
            Marker::Disclaimer,
        ),
        (r"\bil n'y a pas d'infraction lorsqu", Marker::Statute),
        // The statute paraphrased: "le législateur a prévu que…", "le même article limite
        // …", the abstract list "une loi, un décret ou une ordonnance".
        (
            r"\ble legislateur a (?:prevu|voulu|permis|entendu)\b|\b(?:le meme|cet) article (?:limite|prevoit|exige|precise|impose|permet)\b|\bune loi, un decret ou une ordonnance\b",
            Marker::Statute,
        ),
        (
            r"\bthe legislator (?:has )?(?:provided|intended|allowed)\b|\bthe same (?:article|provision) (?:limits|requires|provides|allows)\b|\ba law, (?:a )?decree or (?:an )?ordinance\b",
            Marker::Statute,
        ),
        (r"\bdepositaire de secrets\b", Marker::Statute),
        (r"\bpeut exclusivement etre organisee\b", Marker::Statute),
        (r"\bdeterminent au moins qui\b", Marker::Statute),
        (
            r"\bsont tenus au secret relativement aux secrets\b",
            Marker::Statute,
        ),
        (
            r"\bpeuvent uniquement donner lieu a la poursuite\b",
            Marker::Statute,
        ),
        (
            r"\bthere is no (criminal )?offen[cs]e (where|when)\b",
            Marker::Statute,
        ),
        (
            r"\b(depositar(y|ies)|holders?|custodians?|keepers?) of secrets\b",
            Marker::Statute,
        ),
        (
            r"\bby (reason|virtue) of (his|her|their|his or her) (state|status|condition) or profession\b",
            Marker::Statute,
        ),
        (
            r"\bmay (exclusively|only) be organi[sz]ed (either )?(with a view|in order|to)\b",
            Marker::Statute,
        ),
        (r"\b(shall )?determine at least who\b", Marker::Statute),
        (r"\bgeen misdrijf wanneer\b", Marker::Statute),
        (
            r"\b(?:are|shall be) bound to secrecy (?:with regard to|regarding|as regards|in respect of) the secrets\b",
            Marker::Statute,
        ),
        (
            r"\b(?:any|every) person (?:who )?(?:breaches|violating|violates|infringing|infringes) (?:this|that) secret",
            Marker::Statute,
        ),
        (r"\btoute personne violant ce secret\b", Marker::Statute),
    ]])
});

/// The first words of a model's guidance in brackets ("[Consigne : …]", "[Note to the
/// sender: …]").
const GUIDANCE_OPENERS: &[&str] = &[
    "consigne",
    "consignes",
    "instruction",
    "guidance",
    "note to the sender",
    "note to sender",
    "note pour le redacteur",
    "note pour l'expediteur",
    "a supprimer",
    "supprimer",
    "delete",
    "remove",
    "modele",
    "model",
    "template",
];

/// Whether `s` holds a form's box: "☐", "❏", "❑", "☒", "☑", "[ ]" or "[x]", or a tick or a
/// cross ("✓", "✔", "✗", "✘").
fn has_box(s: &str) -> bool {
    s.as_bytes().windows(3).any(|w| {
        matches!(
            w,
            [b'[', b' ' | b'x', b']']
                | [0xE2, 0x98, 0x90..=0x92]
                | [0xE2, 0x9D, 0x8F | 0x91]
                | [0xE2, 0x9C, 0x93 | 0x94 | 0x97 | 0x98]
        )
    })
}

impl Segments {
    pub(crate) fn new(doc: &Document<'_>) -> Segments {
        let f = doc.f();
        let sentences = split_sentences(doc);
        let mut regions = Vec::new();
        // Markdown block quotes that open on a reply's header lines ("> **De :** …", "> From:
        // …") are quoted messages (nested ones with them); other block quotes are the
        // letter's own (a "> Rappels" callout).
        for q in &doc.folded.quoted {
            if f[q.clone()].lines().take(3).any(is_header_line) {
                push_merged(&mut regions, RegionKind::QuotedMessage, q.clone());
            }
        }
        // Plain-text "> " lines are quoted messages.
        // Forms are rare: one look at the whole text spares the per-line box scan below.
        let has_boxes = has_box(f);
        // An unticked box's text that runs on to the next lines ("☐ Prévention
        // d'infractions commises dans le cadre d'une organisation\n    criminelle").
        let mut runs_on = false;
        let mut line_start = 0;
        let bullets = angle_bullets(f, |i| {
            let o = doc.folded.orig_start(i).min(doc.text.len());
            let line = doc.text[..o].rfind('\n').map_or(0, |p| p + 1);
            o > line && doc.text[line..o].chars().all(char::is_whitespace)
        });
        // A chat's reply quoting the message it answers ("│ ↪ Replying to Tom: \"…", its
        // lines drawn with a bar).
        let mut chat_quote = false;
        for line in split_lines(f) {
            let r = line_start..line_start + line.len();
            line_start = r.end + 1;
            if line.starts_with('>') && !bullets.iter().any(|b| b.contains(&r.start)) {
                push_merged(&mut regions, RegionKind::QuotedMessage, r.clone());
            }
            let barred = line.starts_with('|');
            if replying_line(line) || (chat_quote && barred) {
                push_merged(&mut regions, RegionKind::QuotedMessage, r.clone());
                chat_quote = barred;
            } else {
                chat_quote = false;
            }
            if is_header_line(line) {
                push_merged(&mut regions, RegionKind::Header, r.clone());
            }
            // Each unticked box, up to the next box on its line or the line's end:
            // "Participation: ☐ compulsory ☒ voluntary". (The boxes are "[" or begin with
            // the byte 0xE2.)
            if !has_boxes {
                continue;
            }
            if !has_box(line) {
                runs_on &= line.starts_with(' ') || line.starts_with(|c: char| c.is_lowercase());
                if runs_on {
                    push_merged(&mut regions, RegionKind::Unticked, r.clone());
                }
                continue;
            }
            let mut open: Option<usize> = None;
            for (i, c) in line.char_indices() {
                let tick = match c {
                    '☐' | '❏' | '❑' => Some(false),
                    '☒' | '☑' | '✓' | '✔' => Some(true),
                    // A form marked with ticks and crosses: "✗ Preventing terrorist offences".
                    '✗' | '✘' => Some(false),
                    '[' if line[i..].starts_with("[ ]") => Some(false),
                    '[' if line[i..].starts_with("[x]") => Some(true),
                    _ => None,
                };
                let Some(ticked) = tick else { continue };
                if let Some(s) = open.take() {
                    push_merged(&mut regions, RegionKind::Unticked, r.start + s..r.start + i);
                }
                if !ticked {
                    open = Some(i);
                }
            }
            runs_on = open.is_some();
            if let Some(s) = open {
                push_merged(&mut regions, RegionKind::Unticked, r.start + s..r.end);
            }
        }
        // A model's guidance left in the letter sent ("[Consigne : seules trois finalités
        // sont permises …]", "[NOTE: a circular is not enough]"): the model's words, not
        // the sender's.
        for (i, _) in f.match_indices('[') {
            let rest = &f[i + 1..];
            if !GUIDANCE_OPENERS.iter().any(|w| rest.starts_with(w)) {
                continue;
            }
            let end = rest.len().min(1_200);
            let mut end = (0..=end)
                .rev()
                .find(|&e| rest.is_char_boundary(e))
                .unwrap_or(0);
            if let Some(close) = rest[..end].find([']', '[']) {
                if rest.as_bytes()[close] == b']' {
                    end = close + 1;
                    push_merged(&mut regions, RegionKind::Unticked, i..i + 1 + end);
                }
            }
        }
        let mut forward_seen = false;
        // Where the sender's own earlier message begins, quoted under a short reminder.
        let mut own_from: Option<usize> = None;
        // The writer has convened in words of their own above the markers met so far.
        let mut invites = false;
        // Where the last reply or forward marker ends.
        let mut marker_end: Option<usize> = None;
        // How far the letter's lines have been read for a line of its own words, and
        // whether one was found (read once over the text, however many header blocks).
        let mut body_read = doc.lead.min(f.len());
        let mut body_seen = false;
        for hit in MARKERS.find_iter_in(&doc.scan, f).take(300) {
            let kind = match hit.kind {
                Marker::HeaderBlock => {
                    let line_start = hit.start == 0 || f[..hit.start].ends_with('\n');
                    let after_marker = marker_end.is_some_and(|e| hit.start <= e + 200);
                    if !line_start || after_marker {
                        continue;
                    }
                    if !body_seen && body_read < hit.start {
                        body_seen = body_lines(&f[body_read..hit.start]);
                        body_read = hit.start;
                    }
                    if !body_seen || subject_forwards(&f[doc.lead.min(hit.start)..hit.start]) {
                        continue;
                    }
                    Marker::Reply
                }
                kind => kind,
            };
            if matches!(kind, Marker::Reply | Marker::Forward) {
                marker_end = Some(hit.end);
            }
            match kind {
                Marker::HeaderBlock => {}
                // Not "you are invited as well" (to the meeting of the message forwarded).
                Marker::Invites => {
                    let rest = f[hit.end..].trim_start_matches([' ', ',']);
                    let too = ["as well", "too", "also", "egalement", "aussi", "vous aussi"]
                        .iter()
                        .any(|w| rest.starts_with(w));
                    invites |= !too
                        && !regions.iter().any(|(k, r)| {
                            *k == RegionKind::QuotedMessage && r.contains(&hit.start)
                        });
                }
                // Forwarded below a letter that convenes: background, set apart like a
                // quoted message. Otherwise the forwarded message is the letter.
                Marker::Forward => {
                    if invites && !forward_seen {
                        regions.push((RegionKind::QuotedMessage, hit.start..f.len()));
                        forward_seen = true;
                    }
                }
                Marker::Reply => {
                    // A forward ("Objet : TR: …") with a short note above the first
                    // marker: the forwarded message is what the sender passes on, the
                    // letter itself, not an earlier message quoted in a reply. Under a
                    // letter of its own, what is forwarded is background.
                    if !forward_seen {
                        if let Some(note) = forward_note(&f[doc.lead.min(hit.start)..hit.start]) {
                            forward_seen = true;
                            if note_sets_meeting(note) {
                                regions.push((RegionKind::QuotedMessage, hit.start..f.len()));
                            }
                            continue;
                        }
                    }
                    // A short reminder over the sender's own message: that message is
                    // the convocation it recalls.
                    if !forward_seen && own_message(f, doc.lead, hit.start..hit.end) {
                        forward_seen = true;
                        own_from = Some(hit.start);
                        continue;
                    }
                    // An attribution inside a quote the reply answers below it ("> Le 3
                    // nov. … a écrit :" over "> est-ce obligatoire ?", then "Oui : …"):
                    // the earlier message is that quote only.
                    if let Some(end) = interleaved_quote_end(doc, hit.start) {
                        regions.push((RegionKind::QuotedMessage, hit.start..end));
                        continue;
                    }
                    // Everything after the marker is the earlier message.
                    regions.push((RegionKind::QuotedMessage, hit.start..f.len()));
                }
                Marker::Disclaimer => {
                    // Its paragraph; from the disclaimer's own sentence when the paragraph is
                    // long or holds the letter's closing: a text with no blank line (a PDF's,
                    // pasted) is one paragraph, whose letter is no disclaimer.
                    let p = paragraph_around(f, hit.start);
                    let own = sentence_of(&sentences, hit.start).start.max(p.start);
                    let signed_above = f[p.start..own]
                        .split('\n')
                        .any(crate::extract::statements::closing_line);
                    let from = if p.len() > 1_200 || signed_above {
                        own
                    } else {
                        p.start
                    };
                    regions.push((RegionKind::Disclaimer, from..p.end));
                }
                Marker::Statute => {
                    let quoted = quote_around(f, hit.start).or_else(|| {
                        doc.folded
                            .quoted
                            .iter()
                            .find(|q| q.contains(&hit.start))
                            .cloned()
                    });
                    match quoted {
                        Some(r) => regions.push((RegionKind::Statute, r)),
                        // The statute's words in the letter's own sentence: its instruments
                        // and purposes are the statute's, its reminders are the letter's.
                        None => regions.push((
                            RegionKind::StatuteParaphrase,
                            sentence_of(&sentences, hit.start),
                        )),
                    }
                }
            }
        }
        if let Some(from) = own_from {
            regions.retain(|(k, r)| !(*k == RegionKind::QuotedMessage && r.start >= from));
        }
        Segments {
            sentences,
            regions,
            forward: forward_subject(&f[doc.lead..]).is_some(),
        }
    }

    /// True when folded offset `i` lies in a region of one of the `kinds`.
    pub(crate) fn in_region(&self, i: usize, kinds: &[RegionKind]) -> bool {
        self.regions
            .iter()
            .any(|(k, r)| kinds.contains(k) && r.contains(&i))
    }

    /// The sentence containing folded offset `i`.
    pub(crate) fn sentence(&self, i: usize) -> Range<usize> {
        sentence_of(&self.sentences, i)
    }
}

/// Adds a region, merged with the previous one of the same kind when they touch (a run of
/// quoted lines is one region), at most 1,000 regions.
fn push_merged(regions: &mut Vec<(RegionKind, Range<usize>)>, kind: RegionKind, r: Range<usize>) {
    if let Some((k, last)) = regions.last_mut() {
        if *k == kind && last.end + 1 >= r.start {
            last.end = r.end;
            return;
        }
    }
    if regions.len() < 1_000 {
        regions.push((kind, r));
    }
}

/// The note above a forwarded message, when the first subject line of `head` (the text
/// above a reply marker) marks a forward ("Objet : TR: …", "Subject: Fwd: …", "Onderwerp:
/// Doorst: …") and the note is short.
fn forward_note(head: &str) -> Option<&str> {
    /// At most this many bytes of note above the forwarded message.
    const NOTE: usize = 600;
    let k = forward_subject(head)?;
    let lines: Vec<&str> = head.lines().take(400).collect();
    // The note: from the blank line that ends the forward's header lines up to the header
    // lines or the rule of the next message (the forwarded thread may hold replies).
    let note: Vec<&str> = lines[k..]
        .iter()
        .skip_while(|line| !line.trim().is_empty())
        .take_while(|line| {
            let rule = line.len() >= 8 && line.bytes().all(|b| matches!(b, b'_' | b'-' | b'='));
            !rule && !is_header_line(line)
        })
        .copied()
        .collect();
    let (Some(first), Some(last)) = (note.first(), note.last()) else {
        return Some("");
    };
    let from = first.as_ptr() as usize - head.as_ptr() as usize;
    let to = last.as_ptr() as usize - head.as_ptr() as usize + last.len();
    (to - from <= NOTE).then(|| &head[from..to])
}

/// True when a forward's note sets out the meeting itself: it names the consultation and
/// gives a time ("Short version: case consultation on the K. family, Thursday 9 April at 2
/// pm, Family Justice Centre, room 3"). A letter of its own: what it forwards is
/// background.
fn note_sets_meeting(note: &str) -> bool {
    static TIME: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"\b\d{1,2}(?:[:.h]\d{2}| ?[ap]\.?m\b| ?h\b| heures?\b| uur\b)")
            .expect("time pattern compiles")
    });
    const TOPICS: &[&str] = &[
        "case consultation",
        "concertation",
        "casusoverleg",
        "csil",
        "lisc",
        "livc",
    ];
    TOPICS.iter().any(|t| note.contains(t)) && TIME.is_match(note)
}

/// The index of the first subject line of `text` (among its first 40 lines) when it marks
/// a forward ("Objet : TR: …", "Subject: Fwd: …", "Onderwerp: Doorst: …").
fn forward_subject(text: &str) -> Option<usize> {
    let (k, value) = first_subject(text)?;
    value
        .trim_start()
        .split_once(':')
        .is_some_and(|(prefix, _)| FORWARDS.contains(&prefix.trim()))
        .then_some(k)
}

/// Subject keys of e-mail header lines.
const SUBJECTS: &[&str] = &["objet", "subject", "onderwerp", "betreft"];
/// The prefixes a forward puts before a subject ("TR:", "Fwd:").
const FORWARDS: &[&str] = &["tr", "fw", "fwd", "wg", "doorst", "trans"];

/// The index and value of the first subject line of `text`, among its first 40 lines.
fn first_subject(text: &str) -> Option<(usize, &str)> {
    text.lines().take(40).enumerate().find_map(|(k, line)| {
        let (key, value) = line.split_once(':')?;
        SUBJECTS.contains(&key.trim()).then_some((k, value))
    })
}

/// True when the message quoted at `marker` is the sender's own, under a short note ("Petit
/// rappel : … Les détails figurent dans mon message ci-dessous."): the address of the
/// first "From:" line names the quoted message's author too (in its attribution line, "Le
/// lun. 1 févr. 2027 à 10:12, X <x@y.be> a écrit :", or in the header lines after an
/// "Original Message" rule).
fn own_message(f: &str, lead: usize, marker: Range<usize>) -> bool {
    /// At most this many bytes between the header lines and the marker.
    const NOTE: usize = 800;
    /// The quoted message's header lines read after an "Original Message" rule.
    const AFTER: usize = 300;
    let head = &f[..marker.start];
    // The first lines count from where the words begin (`lead`).
    let Some((from_line, address)) =
        head[lead.min(head.len())..]
            .lines()
            .take(40)
            .find_map(|line| {
                matches!(header_key(line), Some("de" | "from" | "van"))
                    .then(|| line.split(|c: char| c.is_whitespace() || "<>;,\"()".contains(c)))
                    .and_then(|mut words| words.find(|w| w.contains('@') && w.len() >= 5))
                    .map(|address| (line.as_ptr() as usize - head.as_ptr() as usize, address))
            })
    else {
        return false;
    };
    // The note: from the end of the header lines (the first blank line after the "From:"
    // line, among the first bytes) to the marker.
    let note = head[from_line..floor_char(head, head.len().min(from_line + 4 * NOTE))]
        .find("\n\n")
        .map_or(head.len(), |p| head.len() - from_line - p);
    // The attribution (the marker, which reads it wrapped by a mail client: "…, Coordination
    // Réseau X\n<coordination@x.be> a écrit :"), or the quoted message's own "From:" line after a
    // rule (not its "To:" line: a reply quotes the message sent to its writer).
    let to = floor_char(f, (marker.end + AFTER).min(f.len()));
    let author = f[marker.end..to]
        .lines()
        .find(|line| matches!(header_key(line), Some("de" | "from" | "van")))
        .is_some_and(|line| line.contains(address));
    note <= NOTE && (f[marker].contains(address) || author)
}

/// True when `text` holds a line of the letter's own words (a line that is not a header
/// line and ends a sentence, a greeting or a closing: ".", ",", "!", "?"): header lines
/// found below it belong to an earlier message, not to the letter's own top (under a
/// letterhead's lines).
fn body_lines(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim();
        line.ends_with(['.', ',', '!', '?'])
            && line.bytes().any(|b| b.is_ascii_alphabetic())
            && !is_header_line(line)
    })
}

/// True when the first subject line of `text` (among its first 40 lines) holds a forward's
/// prefix anywhere ("Objet : RE: TR: Fwd: Convocation …"): a reply to a forwarded message,
/// whose thread carries the letter below.
fn subject_forwards(text: &str) -> bool {
    first_subject(text).is_some_and(|(_, value)| {
        value
            .split(':')
            .rev()
            .skip(1)
            .any(|prefix| FORWARDS.contains(&prefix.trim()))
    })
}

fn sentence_of(sentences: &[Range<usize>], i: usize) -> Range<usize> {
    let k = sentences.partition_point(|s| s.end <= i);
    sentences.get(k).cloned().unwrap_or(i..i)
}

/// E-mail header lines: "de :", "from:", "objet :", "subject:", "envoye :", "sent:",
/// "date :", "a :", "to:", "cc :", and bilingual ones ("Van / From:").
pub(crate) fn is_header_line(line: &str) -> bool {
    header_key(line).is_some()
}

/// Where the quote that holds the reply marker at folded `at` ends, when the reply goes on
/// below it in words of its own: a Markdown block quote, or a run of lines that open on
/// ">", followed, before any other quoted line, by a line of more than 40 bytes.
fn interleaved_quote_end(doc: &Document<'_>, at: usize) -> Option<usize> {
    let f = doc.f();
    let end = match doc.folded.quoted.iter().find(|q| q.contains(&at)) {
        Some(q) => q.end,
        None => {
            let line_start = f[..at].rfind('\n').map_or(0, |p| p + 1);
            if !f[line_start..].starts_with('>') {
                return None;
            }
            let mut end = line_start;
            for line in f[line_start..].split('\n') {
                if !line.starts_with('>') {
                    break;
                }
                end += line.len() + 1;
            }
            end.min(f.len())
        }
    };
    // The writer's own words below: a line that is neither quoted nor short (a signature's).
    let own = f[end..]
        .split('\n')
        .take_while(|l| !l.starts_with('>'))
        .any(|l| l.trim().len() > 40);
    (end < f.len() && own).then_some(end)
}

/// Weekdays (and their short forms' beginnings) that may open a date header's value.
const WEEKDAYS: &[&str] = &[
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mar", "mer", "jeu", "ven", "sam",
    "dim", "maa", "din", "woe", "don", "vri", "zat", "zon",
];

/// Paragraphs whose items open with ">" but run on to indented lines without it: a list
/// set out with ">" for bullets ("  > Coming is entirely up to you. If you cannot …\n
/// hold it against you …"), not a quoted message, whose every line a mail program
/// prefixes (the reply that follows a quote at once is not indented). Not when a line of
/// the paragraph is a header, nor below a reply's attribution ("On … wrote:").
/// `indented(i)`: the line at folded offset `i` is indented in the original.
fn angle_bullets(f: &str, indented: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    if !f.starts_with('>') && !f.contains("\n>") {
        return found;
    }
    // In the current paragraph, from its first line with ">": where that line starts,
    // whether the line above it is a reply's attribution, whether a line without ">"
    // follows one with it, whether a line is a header.
    let mut run: Option<(usize, bool, bool, bool)> = None;
    let mut previous = "";
    let mut line_start = 0;
    for line in split_lines(f).chain(std::iter::once("")) {
        let at = line_start;
        line_start += line.len() + 1;
        if line.trim().is_empty() {
            if let Some((start, false, true, false)) = run.take() {
                found.push(start..at);
            }
            continue;
        }
        if run.is_none() && line.starts_with('>') {
            let attributed = ["wrote:", "wrote :", "ecrit :", "ecrit:"]
                .iter()
                .any(|a| previous.ends_with(a))
                || previous.contains("original message")
                || previous.contains("message d'origine");
            run = Some((at, attributed, false, false));
        }
        if let Some((_, _, runs_on, header)) = run.as_mut() {
            if !line.starts_with('>') && indented(at) {
                *runs_on = true;
            }
            if is_header_line(line.trim_start_matches(['>', ' '])) {
                *header = true;
            }
        }
        previous = line;
    }
    found
}

/// The key of an e-mail header line, folded ("from" for "From: X"); of a bilingual key
/// ("Van / From: X", "Datum / Date: …"), its last part that is a header key.
pub(crate) fn header_key(line: &str) -> Option<&str> {
    const HEADERS: &[&str] = &[
        "de",
        "from",
        "a",
        "to",
        "cc",
        "cci",
        "bcc",
        "envoye",
        "sent",
        "objet",
        "subject",
        "date",
        "van",
        "aan",
        "verzonden",
        "onderwerp",
        "reply-to",
    ];
    // "Sent: …", or, in a calendar pasted as text (its columns of spaces folded to one),
    // a date header followed by a weekday or a day: "Sent Monday 4 January 2027 11:06".
    const DATED: &[&str] = &["sent", "envoye", "verzonden"];
    if let Some(head) = DATED
        .iter()
        .find(|h| line.starts_with(**h) && line.as_bytes().get(h.len()) == Some(&b' '))
    {
        let rest = &line[head.len() + 1..];
        // Not "Sent 19 May 2026 to: the CPAS, the school…", a sentence that lists addressees.
        if (rest.starts_with(|c: char| c.is_ascii_digit())
            || WEEKDAYS.iter().any(|w| rest.starts_with(w)))
            && !rest.contains(" to:")
        {
            return Some(head);
        }
    }
    // (A key has at most 40 bytes: the colon is looked for there only.)
    let colon = memchr::memchr(b':', &line.as_bytes()[..line.len().min(41)])?;
    let (head, rest) = (&line[..colon], &line[colon + 1..]);
    if rest.trim().is_empty() || head.len() > 40 {
        return None;
    }
    head.rsplit('/')
        .map(str::trim)
        .find(|h| HEADERS.contains(h))
        .filter(|_| head.split('/').count() <= 2)
}

/// The paragraph (between blank lines) around folded offset `i`, at most 4,000 bytes on
/// either side.
pub(crate) fn paragraph_around(f: &str, i: usize) -> Range<usize> {
    let lo = floor_char(f, i.saturating_sub(4_000));
    let hi = floor_char(f, i + 4_000);
    let start = f[lo..i].rfind("\n\n").map_or(lo, |p| lo + p + 2);
    let end = f[i..hi].find("\n\n").map_or(hi, |p| i + p);
    start..end
}

/// The quotation ("..." in the folded view) around folded offset `i`, if `i` is inside one
/// within the same paragraph.
fn quote_around(f: &str, i: usize) -> Option<Range<usize>> {
    let para = paragraph_around(f, i);
    let before = &f[para.start..i];
    let open = before.rfind('"')?;
    // An odd number of quote marks before `i` in the paragraph: `i` is inside a quotation.
    if before.matches('"').count() % 2 == 0 {
        return None;
    }
    let close = f[i..para.end].find('"').map_or(para.end, |p| i + p + 1);
    Some(para.start + open..close)
}

/// Words a line cannot end on when its sentence goes on: articles and prepositions.
const DANGLING: &[&str] = &[
    "a", "la", "le", "les", "l'", "de", "des", "du", "d'", "au", "aux", "et", "ou", "pour", "par",
    "avec", "sur", "dans", "un", "une", "toute", "tout", "tous", "toutes", "chaque", "the", "of",
    "to", "and", "or", "for", "with", "by", "an", "any", "all", "every", "each", "het", "van",
    "een",
];

const ABBREVIATIONS: &[&str] = &[
    "art", "arts", "m", "mm", "mme", "mmes", "mr", "mrs", "ms", "dr", "me", "st", "ste", "n", "no",
    "nr", "p", "pp", "ex", "cf", "c", "pen", "al", "par", "ch", "av", "bd", "tel", "prof", "sw",
    "vs", "ref", "e", "g", "i", "a", "r", "b", "s", "etc", "min", "env", "resp", "dept", "inc",
    "ltd", "vol", "fig", "h", "sq", "approx", "mgr", "adv", "hr",
];

/// Splits the folded text into sentences: at a blank line; after ".", "!", "?" or ";"
/// followed by a space and an original upper-case letter, a digit, a bullet or a quote
/// (not after a known abbreviation); at a line break after a line ending in punctuation or
/// a colon, before a bullet, a "label:" line or a chat message's stamp line, or after a
/// short line (address blocks, headings, label lines).
fn split_sentences(doc: &Document<'_>) -> Vec<Range<usize>> {
    let f = doc.f();
    let b = f.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut i = 0;
    // Read the first time a short line is followed by one in lower case.
    let mut width = None;
    let uncapitalized = uncapitalized(doc.text);
    while i < b.len() {
        let c = b[i];
        let mut cut: Option<usize> = None; // cut after this byte index (exclusive end)
        match c {
            b'\n' => {
                let line = &f[line_start..i];
                let next_line_start = i + 1;
                let next = f[next_line_start..].split('\n').next().unwrap_or("");
                let blank = next.is_empty();
                let trimmed = line.trim_end();
                let ends_punct = trimmed.ends_with(['.', ':', ';', '!', '?', '|']);
                let next_bullet = starts_with_bullet(next);
                // "… prendront part à la\nconcertation :": a wrapped sentence whose last
                // words look like a label, not a label line.
                let next_label = is_label_line(next)
                    && !trimmed
                        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
                        .next()
                        .is_some_and(|w| DANGLING.contains(&w));
                // A short line ends its sentence (an address, a heading), unless the text
                // is set in a narrow column ("La présente concertation de cas au\nsens de
                // l'art. 458ter…", a PDF's text) and this line runs nearly its width into a
                // line that goes on in lower case.
                let chars = trimmed.chars().count();
                let short = chars < 45
                    && !(continues_lower(doc, next_line_start)
                        && 10 * chars >= 7 * *width.get_or_insert_with(|| wrap_width(f)));
                if blank
                    || ends_punct
                    || next_bullet
                    || next_label
                    || short
                    || line.starts_with('•')
                    || is_chat_stamp_line(next)
                {
                    cut = Some(i);
                }
                line_start = i + 1;
            }
            b'.' | b'!' | b'?' | b';' => {
                let after = b.get(i + 1).copied();
                if matches!(after, Some(b' ') | Some(b'\n')) || after.is_none() {
                    let before = &f[floor_char(f, i.saturating_sub(24)).max(start)..i];
                    // "No. 5" is a number; "No. Attendance is voluntary." answers a question.
                    let numero = matches!(
                        before.rsplit(|c: char| !c.is_ascii_alphanumeric()).next(),
                        Some("no" | "nr" | "nos")
                    );
                    let digit_next = f[i + 1..]
                        .trim_start_matches(' ')
                        .starts_with(|c: char| c.is_ascii_digit() || c == '°');
                    // "pr Lucas D. (5e prim.)": an initial before a remark in brackets.
                    let initial = c == b'.'
                        && f[i + 1..].trim_start_matches(' ').starts_with('(')
                        && before
                            .rsplit(|c: char| !c.is_ascii_alphanumeric())
                            .next()
                            .is_some_and(|w| w.len() == 1 && w.as_bytes()[0].is_ascii_lowercase());
                    if c == b'.' && (is_abbreviation(before) || initial) && (!numero || digit_next)
                    {
                        // "art. 458ter", "M. Dupont": not a sentence end.
                    } else if next_starts_sentence(doc, i + 1, uncapitalized) {
                        cut = Some(i + 1);
                    }
                }
            }
            _ => {}
        }
        if let Some(end) = cut {
            if end > start {
                push_trimmed(f, &mut out, start..end);
            }
            start = end;
        }
        i += 1;
    }
    if start < f.len() {
        push_trimmed(f, &mut out, start..f.len());
    }
    out
}

/// The longest sentence kept whole: longer runs (text without punctuation, a hostile
/// input) are cut at a space, so that every look at "the sentence" stays bounded.
const MAX_SENTENCE: usize = 800;

fn push_trimmed(f: &str, out: &mut Vec<Range<usize>>, r: Range<usize>) {
    let s = &f[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut start, end) = (r.start + lead, r.end - trail);
    while end - start > MAX_SENTENCE {
        let mut cut = floor_char(f, start + MAX_SENTENCE);
        if let Some(sp) = f[start..cut].rfind(' ') {
            if sp > MAX_SENTENCE / 2 {
                cut = start + sp;
            }
        }
        if cut <= start {
            cut = ceil_char(f, start + 1);
        }
        out.push(start..cut);
        start = cut;
        while start < end && f.as_bytes()[start] == b' ' {
            start += 1;
        }
    }
    if start < end {
        out.push(start..end);
    }
}

/// The nearest character boundary at or before `i`.
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary at or after `i`.
pub(crate) fn ceil_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The first full stop in `f[from..to]` that ends a sentence the splitter left whole (a
/// lower-case word after it: "room \"lys\". exact day tbc by fri"), not an abbreviation's
/// ("bd. anspach", "st. anne's"): the offset of the stop.
pub(crate) fn full_stop_in(f: &str, from: usize, to: usize) -> Option<usize> {
    let mut at = from;
    while let Some(p) = f.get(at..to)?.find(". ") {
        let stop = at + p;
        if !is_abbreviation(&f[from..stop]) {
            return Some(stop);
        }
        at = stop + 2;
    }
    None
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric() && c != '.')
        .next()
        .unwrap_or("")
        .trim_start_matches('.');
    let last = word.rsplit('.').next().unwrap_or(word);
    // "CSIL-R." ends a sentence: a letter joined by a hyphen is a name's, not an initial.
    if last.len() == 1 && !word.contains('.') && before[..before.len() - word.len()].ends_with('-')
    {
        return false;
    }
    !last.is_empty() && (ABBREVIATIONS.contains(&last) || word.contains('.'))
}

/// The width the text is wrapped at, in characters: the ninth decile of its non-blank
/// lines' lengths (a footer or a link longer than the rest does not set it).
fn wrap_width(f: &str) -> usize {
    let mut lengths: Vec<usize> = f
        .split('\n')
        .map(|l| l.trim_end().chars().count())
        .filter(|&n| n > 0)
        .collect();
    if lengths.is_empty() {
        return 0;
    }
    let at = (lengths.len() * 9 / 10).min(lengths.len() - 1);
    *lengths.select_nth_unstable(at).1
}

/// True when the line at folded `i` begins with a lower-case letter in the original.
fn continues_lower(doc: &Document<'_>, i: usize) -> bool {
    let f = doc.f();
    let Some(rest) = f.get(i..) else {
        return false;
    };
    let j = i + (rest.len() - rest.trim_start_matches(' ').len());
    if !f[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let o = doc.folded.orig_start(j);
    doc.text[o..].chars().next().is_some_and(char::is_lowercase)
}

/// After a sentence mark at folded `i`: does the next word start a sentence (upper case
/// in the original, a digit, a bullet, a quote)?
/// True when the writer begins no sentence with a capital: after a full stop and a space,
/// a lower-case letter at least twice and a capital never ("hi dr patel its tom from the
/// ocmw. case consult tmrw 8.45 re baby n. police + the paediatrician + us").
fn uncapitalized(text: &str) -> bool {
    let (mut lower, mut upper) = (0, 0);
    for (i, _) in text.match_indices('.').take(2_000) {
        let mut rest = text[i + 1..].chars();
        // (Any white space, a no-break space too.)
        if !rest.next().is_some_and(|c| c.is_whitespace() && c != '\n') {
            continue;
        }
        match rest.next() {
            Some(c) if c.is_lowercase() => lower += 1,
            Some(c) if c.is_uppercase() => upper += 1,
            _ => {}
        }
    }
    lower >= 2 && upper == 0
}

fn next_starts_sentence(doc: &Document<'_>, i: usize, uncapitalized: bool) -> bool {
    let f = doc.f();
    let rest = &f[i..];
    let skip = rest.len() - rest.trim_start().len();
    let j = i + skip;
    if j >= f.len() {
        return true;
    }
    let fc = f[j..].chars().next().unwrap_or(' ');
    if fc.is_ascii_digit() || matches!(fc, '•' | '"' | '-' | '(' | '*' | '\'') || uncapitalized {
        return true;
    }
    let o = doc.folded.orig_start(j);
    doc.text[o..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_lowercase())
}

pub(crate) fn starts_with_bullet(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with(['•', '-', '*', '+', '>']) {
        return true;
    }
    // A form's box, ticked or not, marks an item too.
    if t.starts_with(['☐', '☑', '☒', '❏', '❑']) || t.starts_with("[ ]") || t.starts_with("[x]")
    {
        return true;
    }
    // "1." "2)" "a)" "i."
    let mut chars = t.chars();
    let first = chars.next();
    let second = chars.next();
    matches!((first, second), (Some(d), Some('.' | ')')) if d.is_ascii_alphanumeric())
        || (first.is_some_and(|c| c.is_ascii_digit())
            && t.trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(['.', ')']))
}

/// The line of a chat message's stamp and author, its message on the next line (folding
/// puts it there): "[09/03/2026 18:45] nadia lemaire :", "tue 4 mar 2025, 21:10 - dr a.
/// okafor (paeds):". It ends what a label above it lists.
pub(crate) fn is_chat_stamp_line(line: &str) -> bool {
    let t = line.trim();
    let Some(head) = t.strip_suffix(':') else {
        return false;
    };
    let bracketed = head.starts_with('[') && head.find(']').is_some_and(|c| c <= 40);
    let exported = head.find(" - ").is_some_and(|d| {
        let stamp = &head[..d];
        stamp.len() <= 40
            && stamp.starts_with(|c: char| c.is_ascii_alphanumeric())
            && stamp.bytes().any(|b| b == b':' || b == b'h')
            && stamp.bytes().filter(u8::is_ascii_digit).count() >= 3
    });
    bracketed || exported
}

/// "Label : value" lines ("date : 14 mars", "lieu : ..."): a short head before a colon.
pub(crate) fn is_label_line(line: &str) -> bool {
    let t = line.trim_start_matches(['•', '-', '*', ' ']);
    // (A label has at most 30 characters, 120 bytes: the colon is looked for there only.)
    match memchr::memchr(b':', &t.as_bytes()[..t.len().min(121)]).map(|c| &t[..c]) {
        Some(head) => {
            let n = head.chars().count();
            // Not a clock ("14:00 in room 2", a hard-wrapped line); "Article 1 :" is one.
            n > 0
                && n <= 30
                && !head.contains(['.', ','])
                && head.split(' ').count() <= 4
                && !head.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// When folded `at` lies inside a double quotation of `within` (its sentence or its
/// paragraph: an opening quote before it, a closing one after it; folding made every double
/// quote '"'), the words of `within` before the opening quote.
pub(crate) fn quote_lead(f: &str, within: Range<usize>, at: usize) -> Option<&str> {
    let before = f.get(within.start..at)?;
    let after = f.get(at..within.end)?;
    let open = before.rfind('"')?;
    (before.matches('"').count() % 2 == 1 && after.contains('"')).then(|| &before[..open])
}

/// True when a line opens a chat's quote of the message replied to: "↪ Replying to Tom
/// V.: …", or a barred line that says so ("| replying to …", « | en réponse à … »).
fn replying_line(line: &str) -> bool {
    let t = line.trim_start();
    let rest = t.strip_prefix('|').unwrap_or(t).trim_start();
    rest.starts_with('\u{21AA}')
        || (t.starts_with('|')
            && [
                "replying to ",
                "in reply to ",
                "en reponse a ",
                "reponse a ",
            ]
            .iter()
            .any(|w| rest.starts_with(w)))
}

/// True when the sentence opens (past any bullet or punctuation) with one of `openers`
/// (folded): "Pour mémoire, …", "Separately, …", "P.S. …".
pub(crate) fn opens_with(f: &str, sentence: Range<usize>, openers: &[&str]) -> bool {
    let s = f[sentence].trim_start_matches(|c: char| !c.is_alphanumeric());
    openers.iter().any(|a| s.starts_with(a))
}

/// Clause boundaries inside a sentence: commas, colons, semicolons, parentheses, emoji
/// (a chat's punctuation: "No and no 🙂 Taking part is voluntary") and the adversative
/// conjunctions of each language. Returns the clause around folded `i`.
pub(crate) fn clause_around(f: &str, sentence: Range<usize>, i: usize) -> Range<usize> {
    static SPLIT: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"[,;:()\x{2600}-\x{27BF}\x{1F300}-\x{1FAFF}]|\s(?:mais|but|however|cependant|toutefois|neanmoins|whereas|while|tandis que|alors que|maar|echter)\s|\s(?:et|and|ou|or|en)\s(?:vous|you|il|elle|ils|elles|nous|we|they|je|i|u|wij)\s|\s(?:et|ou|and|or)\s(?:que\s|qu'|that\s)|\s-\s",
        )
        .expect("clause splitter compiles")
    });
    let s = &f[sentence.clone()];
    let rel = i.saturating_sub(sentence.start).min(s.len());
    let mut start = 0;
    let mut end = s.len();
    for m in SPLIT.find_iter(s) {
        if m.end() <= rel {
            start = m.end();
        } else if m.start() >= rel {
            end = m.start();
            break;
        }
    }
    sentence.start + start..sentence.start + end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::InputFormat;

    fn sentences(text: &str) -> Vec<String> {
        let doc = Document::new(text, InputFormat::Text);
        let seg = Segments::new(&doc);
        seg.sentences
            .iter()
            .map(|r| doc.f()[r.clone()].to_owned())
            .collect()
    }

    #[test]
    fn a_box_is_found_and_a_curly_apostrophe_is_not_one() {
        for form in [
            "☐ oui",
            "☑ non",
            "☒",
            "❏ x",
            "❑ y",
            "[ ] Teams",
            "[x] sur place",
        ] {
            assert!(has_box(form), "{form}");
        }
        for text in ["l’article [2]", "“quoted” — dash", "[X]", "[  ]", ""] {
            assert!(!has_box(text), "{text}");
        }
    }

    #[test]
    fn no_is_a_number_only_before_one() {
        let s = sentences("Do I have to attend? No. Attendance is voluntary. See item No. 5 of the list. Mme N. Dupont is invited.");
        assert!(
            s.iter().any(
                |x| x == "Attendance is voluntary." || x.starts_with("attendance is voluntary")
            ),
            "{s:?}"
        );
        assert!(s.iter().any(|x| x.contains("no. 5 of the list")), "{s:?}");
        assert!(
            s.iter().any(|x| x.contains("mme n. dupont is invited")),
            "{s:?}"
        );
    }

    #[test]
    fn splits_sentences_not_abbreviations() {
        let s = sentences(
            "Selon l'art. 458ter du Code pénal, M. Dupont viendra. La réunion aura lieu le 3 mars.",
        );
        assert_eq!(
            s,
            vec![
                "selon l'art. 458ter du code penal, m. dupont viendra.",
                "la reunion aura lieu le 3 mars."
            ]
        );
    }

    #[test]
    fn a_name_ending_in_a_letter_ends_a_sentence() {
        assert_eq!(
            sentences("Une invitation de la CSIL-R. Nous vous invitons. Voir M. R. Dupont."),
            vec![
                "une invitation de la csil-r.",
                "nous vous invitons.",
                "voir m. r. dupont."
            ]
        );
    }

    #[test]
    fn wrapped_lines_stay_one_sentence() {
        let s = sentences("Nous avons l'honneur de vous inviter à une réunion de concertation de cas qui\nse tiendra le 3 mars dans nos locaux.\nDate : 3 mars\nLieu : salle B");
        assert_eq!(s.len(), 3, "{s:?}");
    }

    #[test]
    fn reply_and_disclaimer_regions() {
        let text = "Bonjour,\nVoici ma réponse.\n\nLe 3 mars 2025, Marie Dupont a écrit :\n> Votre présence est obligatoire.\n\nCe message et ses annexes sont confidentiels.";
        let doc = Document::new(text, InputFormat::Text);
        let seg = Segments::new(&doc);
        let f = doc.f();
        let at = f.find("votre presence").unwrap();
        assert!(seg.in_region(at, &[RegionKind::QuotedMessage]));
        let at = f.find("ce message").unwrap();
        assert!(seg.in_region(at, &[RegionKind::Disclaimer]));
        assert!(!seg.in_region(f.find("voici").unwrap(), &[RegionKind::QuotedMessage]));
    }

    #[test]
    fn clauses() {
        let f = "votre participation, comme celle des autres, n'est pas obligatoire, mais restez joignable";
        let i = f.find("obligatoire").unwrap();
        let c = clause_around(f, 0..f.len(), i);
        assert_eq!(&f[c], " n'est pas obligatoire");
    }
}
