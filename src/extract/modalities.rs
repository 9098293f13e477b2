//! Modalities: when and where the consultation meets, by what means, and the other
//! arrangements the letter states (agenda, minutes, chair, reply deadline, contact, how
//! information is exchanged and kept).
//!
//! ## Meeting date
//!
//! Every date of the letter is a candidate ([`dates::scan`]). The letter's own date is
//! found first (an e-mail header "Date :"/"Envoyé :"/"Sent:", a dateline "Namur, le 3 mars
//! 2025", "Fait à ..., le"), since a date written without a year takes the year that puts it
//! on or after it. Candidates that are not the meeting are set aside: the letter's date,
//! header dates, dates inside a cited instrument, reply deadlines ("avant le", "by"), past
//! events ("lors de notre réunion du", "our meeting of", anything before the letter's
//! date), birth dates. The others are scored: a "Date :"/"When:" label, a meeting verb or
//! noun in the sentence, a weekday, a time attached; a quoted earlier message or a subject
//! line counts against. The strongest wins, then the earliest.
//!
//! ## Meeting time
//!
//! The time attached to the meeting date (same sentence, same label line, or the next
//! "Heure :"/"Time:" line), a range's start; otherwise a time stated in a meeting sentence
//! or on a time label line.

use std::ops::Range;
use std::sync::LazyLock;

use super::dates::{self, Date, DateMatch, TimeMatch};
use super::{negation, Ctx, WordMap};
use crate::document::lines::split_lines;
use crate::lang;
use crate::lexicon::{compile_one, Hit, Lexicon, Pattern, Scan};
use crate::report::{Modalities, ModalityItem, ModalityKind};
use crate::segment::{self, RegionKind};

/// What a modality cue means.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Right before the letter's own date ("fait à Namur, le").
    LetterDate,
    /// Right before a birth date.
    Birth,
    /// Right before the date of a past event.
    Past,
    /// Right before a date that only bounds the meeting ("la semaine du", "the week of"):
    /// not its date.
    Vague,
    /// Before the dates a poll offers ("Options: Tue 28 April (14:00), Thu 30 April …",
    /// « Créneaux possibles : … »): none of them, in that paragraph, is the meeting's.
    Options,
    /// Hours when the writer can be reached ("je suis joignable", "I can be reached"): the
    /// days and hours after it in its sentence are no meeting's.
    Reachable,
    /// Right before the day something is sent ("lien Framadate envoyé demain", "the
    /// minutes will be sent on 3 March"): not the meeting's date.
    Sent,
    /// Right before (or after) a deadline.
    Deadline,
    /// "pour le": a deadline when the sentence asks for a reply.
    DeadlineWeak,
    /// Asks for a reply, a confirmation, a registration.
    Reply,
    /// Right before the new date of a moved meeting ("reportée au", "postponed to").
    Moved,
    /// A past tense in the clause of a date ("a été", "was").
    PastVerb,
    /// A verb that sets a meeting ("aura lieu", "will be held").
    MeetingVerb,
    /// A meeting noun ("réunion", "meeting").
    MeetingNoun,
    /// The meeting's date is not fixed yet.
    DateLater,
    /// The date's meeting is called off ("la réunion prévue le 5 mars ne pourra pas avoir
    /// lieu", "the meeting of 3 March has been cancelled"): not the meeting's date.
    Cancelled,
    /// An agenda.
    Agenda,
    /// No minutes will be taken (a procedure).
    NoMinutes,
    /// Minutes, a written record.
    Minutes,
    /// "minutes": minutes unless it counts time ("10 minutes").
    MinutesWeak,
    /// Who chairs.
    Chair,
    /// A contact.
    Contact,
    /// How information is exchanged, recorded or kept.
    Procedure,
    /// Remote means.
    Remote,
    /// A place phrase ("à l'hôtel de ville", "in room 2.14", a street address).
    Place,
    /// A street named without a number after it ("rue des Glycines"): a place only right
    /// after a house number ("12, rue des Glycines", "at 12 Rue des Glycines").
    Street,
    /// The place is not given yet.
    PlaceLater,
    /// A salutation ("Madame,", "Dear Ms X,").
    Salutation,
    /// A closing formula ("Cordialement", "Kind regards"): the signature follows.
    Closing,
}

/// What a label word names.
#[allow(clippy::enum_variant_names)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    /// The date ("date", "quand", "when").
    LDate,
    /// The time ("heure", "time").
    LTime,
    /// The place ("lieu", "venue").
    LPlace,
    /// An address ("adresse"): the place only near the meeting's date or time, not in a
    /// signature.
    LAddress,
    /// Remote means ("à distance").
    LRemote,
    /// A word that may join label words ("et", "de la réunion").
    LFiller,
}

/// Dutch label words (to move into a Dutch language pack once it exists).
pub(crate) static NL_LABELS: &[(&str, Label)] = &[
    ("datum", Label::LDate),
    ("wanneer", Label::LDate),
    ("dag", Label::LDate),
    ("tijdstip", Label::LTime),
    ("tijd", Label::LTime),
    ("uur", Label::LTime),
    ("aanvang", Label::LTime),
    ("plaats", Label::LPlace),
    ("locatie", Label::LPlace),
    ("waar", Label::LPlace),
    ("adres", Label::LAddress),
    ("lokaal", Label::LPlace),
    ("zaal", Label::LPlace),
    ("en", Label::LFiller),
    ("van", Label::LFiller),
    ("het", Label::LFiller),
    ("overleg", Label::LFiller),
    ("casusoverleg", Label::LFiller),
];

/// Dutch cues (to move into a Dutch language pack once it exists).
pub(crate) static NL_CUES: &[(&str, Cue)] = &[
    (r"\bgeboren(?: op)?\b", Cue::Birth),
    (
        r"\b(?:tijdens|na|sinds) (?:ons|onze|het|de) (?:vorig|laatst)[a-z]* (?:overleg|vergadering|gesprek)(?: van| op)?\b",
        Cue::Past,
    ),
    (r"\bsinds\b", Cue::Past),
    (
        r"\b(?:uiterlijk|ten laatste)(?: op| tegen)?\b",
        Cue::Deadline,
    ),
    (r"\b(?:voor|tegen)\b", Cue::DeadlineWeak),
    (
        r"\b(?:bevestig(?:en|t)?|laten weten|antwoord(?:en)?|inschrijven)\b",
        Cue::Reply,
    ),
    (
        r"\b(?:vindt plaats|zal plaatsvinden|plaatsvinden|gaat door|wordt gehouden|zal doorgaan|nodigen u uit|nodig u uit)\b",
        Cue::MeetingVerb,
    ),
    (
        r"\b(?:casusoverleg|overleg|vergadering|bijeenkomst)\b",
        Cue::MeetingNoun,
    ),
    (r"\b(?:dagorde|agendapunten)\b", Cue::Agenda),
    (r"\b(?:verslag|notulen)\b", Cue::Minutes),
    (
        r"\b(?:voorgezeten door|voorzitter|voorzitterschap)\b",
        Cue::Chair,
    ),
    (r"\b(?:contactpersoon|bij vragen)\b", Cue::Contact),
    (r"\bterugkoppelingsfiche\b", Cue::Procedure),
    (
        r"\b(?:videoconferentie|videogesprek|videovergadering|online overleg)\b",
        Cue::Remote,
    ),
    (
        r"\b(?:in|op|bij|ten) (?:het |de |ons |onze |uw )?(?:[a-z-]{1,40} ){0,2}?(?:stadhuis|gemeentehuis|politiekantoor|politiecommissariaat|kantoor|kantoren|lokaal|zaal|vergaderzaal|raadzaal|justitiehuis|ocmw|gebouw|school|ziekenhuis|lokalen)\b",
        Cue::Place,
    ),
    (
        r"\b[a-z-]{1,40}(?:straat|laan|plein|steenweg|dreef|lei|kaai)\b \d{1,4}\b",
        Cue::Place,
    ),
    // A building named bare in a label's value or a list ("Date and place: Thursday 10
    // September 2026 at 14:00, Gemeentehuis, Raadzaal").
    (
        r"\b(?:stadhuis|gemeentehuis|raadzaal|vergaderzaal|politiecommissariaat|justitiehuis)\b",
        Cue::Place,
    ),
    (r"\b(?:geachte|beste)\b", Cue::Salutation),
    (
        r"\b(?:met vriendelijke groet(?:en)?|hoogachtend|vriendelijke groeten)\b",
        Cue::Closing,
    ),
];

fn group(kinds: &[Cue]) -> Lexicon<Cue> {
    let mut all: Vec<(&str, Cue)> = Vec::new();
    for table in [
        lang::fr::modalities::CUES,
        lang::en::modalities::CUES,
        NL_CUES,
    ] {
        all.extend(table.iter().filter(|(_, k)| kinds.contains(k)).copied());
    }
    Lexicon::new(&[&all])
}

/// Cues that qualify a date.
pub(crate) static CONTEXT: LazyLock<Lexicon<Cue>> = LazyLock::new(|| {
    group(&[
        Cue::LetterDate,
        Cue::Birth,
        Cue::Past,
        Cue::Vague,
        Cue::Options,
        Cue::Reachable,
        Cue::Sent,
        Cue::Deadline,
        Cue::DeadlineWeak,
        Cue::Reply,
        Cue::Moved,
        Cue::PastVerb,
        Cue::MeetingVerb,
        Cue::MeetingNoun,
        Cue::DateLater,
        Cue::Cancelled,
    ])
});

/// Cues of the modality items.
pub(crate) static ITEMS: LazyLock<Lexicon<Cue>> = LazyLock::new(|| {
    group(&[
        Cue::Agenda,
        Cue::NoMinutes,
        Cue::Minutes,
        Cue::MinutesWeak,
        Cue::Chair,
        Cue::Contact,
        Cue::Procedure,
        Cue::Remote,
        Cue::PlaceLater,
        Cue::Salutation,
        Cue::Closing,
    ])
});

/// Place phrases.
pub(crate) static PLACES: LazyLock<Lexicon<Cue>> =
    LazyLock::new(|| group(&[Cue::Place, Cue::Street]));

/// Label words of every language.
static LABELS: LazyLock<WordMap<Label>> = LazyLock::new(|| {
    let mut m = WordMap::default();
    for table in [
        lang::fr::modalities::LABELS,
        lang::en::modalities::LABELS,
        NL_LABELS,
    ] {
        for &(w, k) in table {
            m.entry(w).or_insert(k);
        }
    }
    m
});

/// Negation after a cue, in its clause.
pub(crate) static NEG_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"^[^.;\n]{0,40}?\b(?:n'est pas|ne sera pas|ne seront pas|n'est plus|is not|are not|will not|won't|isn't|not be|not possible|pas possible|niet mogelijk|niet)\b",
    )
});

/// A condition ("si", "if") before a cue: a negation there does not deny the cue.
pub(crate) static CONDITION: LazyLock<Pattern> =
    LazyLock::new(|| compile_one(r"\b(?:si|if|unless|als|wanneer|lorsque|when|should)\b"));

/// True when a place's value is a link ("online only:\nhttps://meet.example/case-25"): the
/// means of a meeting held online, not a place.
fn link_value(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with("https://") || t.starts_with("http://") || t.starts_with("www.")
}

/// A place label's value that is a remote means ("Lieu : Teams", "Location: online").
pub(crate) static REMOTE_VALUE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"^(?:(?:via|par|by|on|sur|en|through|op|in) )?(?:(?:microsoft|ms) )?(?:teams|zoom|webex|skype|google meet|jitsi)\b|^(?:online|en ligne|virtual|virtuel(?:le)?|visio(?:-?conference)?|video-?conference|videoconferentie|digita(?:al|l))\b",
    )
});

/// Instrument words right before `du/of/van <date>` (a backup for citations).
pub(crate) static INSTRUMENT_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:loi|decret|arrete|ordonnance|circulaire|protocole|convention|charte|autorisation|act|law|decree|order|ordinance|authori[sz]ation|circular|protocol|charter|wet|decreet|besluit|ordonnantie|omzendbrief|toestemming|vonnis|jugement|judgment|judgement|accord|agreement|reglement|regulation|code)\b(?:[^.;\n]{0,120}?|[^.;\n]{0,30}?\n[^.;\n]{0,30}?)\b(?:du|of|van|dated|en date du|d\.d\.|dd\.?|(?:conclue?s?|signee?s?|adoptee?s?|approuvee?s?) le|(?:concluded|signed|adopted|approved) on)\s{0,6}$",
    )
});

/// Where a place phrase stops: before a comma or a space followed by one of these.
pub(crate) static PLACE_STOP: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"^[ ,]+(?:(?:sous|presidee?|chaired|which|qui|where|ou il|et (?:sera|est|elle|il|qui|durera|se)|and (?:will|it|is|the)|with|avec|en presence|afin|pour (?:une|un|la|le|y|faire|toute)|in order|so that|it|elle|il|the (?:consultation|meeting)|la (?:concertation|reunion)|from\s\d+|de\s\d+|des\s\d+|a\s\d+|at\s\d+|om\s\d+|van\s\d+|vers\s\d+|entre|between|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d+)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+|the \d+)|ou (?:par|via|en|sur|a distance)|or (?:by|via|online|through|on)|par (?:teams|visio|video|zoom|webex)|via|le lien|the link|if|si|to (?:discuss|agree|examine|assess)|puis|then|it will|elle durera|lasting|durant|during|pendant|et a|and at|and on|et le|visitors|please|merci|vous|you|we|nous|votre|your|ca|cela|does that|is that)\b)",
    )
});

const MAX_HITS: usize = 20_000;
const MAX_ITEMS_PER_KIND: usize = 20;

/// Weights of the meeting-date score.
const W_LABEL: i32 = 12;
const W_VERB: i32 = 8;
const W_NOUN: i32 = 6;
const W_WEEKDAY: i32 = 3;
const W_TIME: i32 = 5;
const W_YEAR: i32 = 1;
const THRESHOLD: i32 = 5;

/// A "label : value" line.
#[derive(Clone, Debug)]
struct LabelLine {
    date: bool,
    time: bool,
    place: bool,
    /// Only an address label ("Adresse :").
    address: bool,
    remote: bool,
    /// Folded range of the value (after the separator).
    value: Range<usize>,
}

/// `text` past an enumerator of a sub-clause ("a) ", "b. ", "2) ", "iv) "), or `text`.
fn after_enumerator(text: &str) -> &str {
    // Within the first bytes only: label lines are read many times over.
    let mark = text
        .bytes()
        .take(5)
        .position(|b| b == b')' || b == b'.')
        .filter(|&i| {
            let e = &text[..i];
            (1..=4).contains(&e.len())
                && (e.bytes().all(|b| b.is_ascii_digit())
                    || (e.len() == 1 && e.bytes().all(|b| b.is_ascii_lowercase()))
                    || e.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
        })
        .filter(|&i| text[i + 1..].starts_with(' '));
    mark.map_or(text, |i| text[i + 1..].trim_start_matches(' '))
}

/// True when `line` is a form's date, time, place or remote field ("Date : …", "| Heure |
/// 13.30 |").
pub(crate) fn is_field_label(f: &str, line: Range<usize>) -> bool {
    label_line(f, line).is_some()
}

fn label_line(f: &str, line: Range<usize>) -> Option<LabelLine> {
    let text = &f[line.clone()];
    let body = after_enumerator(text.trim_start_matches([' ', '•', '-', '*', '|', '>', '#']));
    let lead = text.len() - body.len();
    let mut head_end = body.len().min(50);
    while !body.is_char_boundary(head_end) {
        head_end -= 1;
    }
    // "Lieu :", "Lieu | …" (a table row), and a question: "Où ? Dans nos locaux"; or a
    // label ended by a full stop, as a bold run-in heading is ("**Venue.** Meeting room
    // B.02"; label words only, checked below).
    let sep = body[..head_end].find([':', '|', '?']).or_else(|| {
        // (After a blank line only: "the\nroom. Mr V. told me …" is a sentence wrapped.)
        let paragraph_start = f[..line.start].ends_with("\n\n");
        body[..head_end].find(". ").filter(|_| paragraph_start)
    })?;
    let head = body[..sep].trim();
    if head.is_empty() || head.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut l = LabelLine {
        date: false,
        time: false,
        place: false,
        address: false,
        remote: false,
        value: 0..0,
    };
    let mut n = 0;
    for w in head
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        n += 1;
        if n > 6 {
            return None;
        }
        match LABELS.get(w) {
            Some(Label::LDate) => l.date = true,
            Some(Label::LTime) => l.time = true,
            Some(Label::LPlace) => l.place = true,
            Some(Label::LAddress) => l.address = true,
            Some(Label::LRemote) => l.remote = true,
            Some(Label::LFiller) => {}
            None => return None,
        }
    }
    if l.address && !l.place {
        l.place = true;
    } else {
        l.address = false;
    }
    if !(l.date || l.time || l.place || l.remote) {
        return None;
    }
    let mut start = line.start + lead + sep + 1;
    let mut end = line.end;
    let v = &f[start..end];
    start += v.len() - v.trim_start_matches([' ', '*', ':']).len();
    let v = &f[start..end];
    end -= v.len() - v.trim_end_matches([' ', '*', '|', '.']).len();
    l.value = start..end.max(start);
    Some(l)
}

/// A heading that is only label words ("Date et lieu", "3. Date and place", "Lieu"): its
/// kinds, the value being the lines under it.
fn heading_label(f: &str, line: Range<usize>) -> Option<LabelLine> {
    let text = f[line.clone()].trim();
    let text = text.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ')' | ' ' | '#' | '*' | '•' | '-')
    });
    let text = text.trim_end_matches([' ', '*', ':']);
    // (A comma may join labels: « DATE, HEURE ET LIEU ».)
    if text.is_empty() || text.len() > 48 || text.contains([':', '|']) {
        return None;
    }
    let mut l = LabelLine {
        date: false,
        time: false,
        place: false,
        address: false,
        remote: false,
        value: line.end..line.end,
    };
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        match LABELS.get(w) {
            Some(Label::LDate) => l.date = true,
            Some(Label::LTime) => l.time = true,
            Some(Label::LPlace) => l.place = true,
            Some(Label::LAddress) => l.address = true,
            Some(Label::LRemote) => l.remote = true,
            Some(Label::LFiller) => {}
            None => return None,
        }
    }
    if l.address && !l.place {
        l.place = true;
    } else {
        l.address = false;
    }
    (l.date || l.time || l.place).then_some(l)
}

/// Everything the extractor reads, computed once per letter.
struct Letter<'a> {
    cx: &'a Ctx<'a>,
    f: &'a str,
    line_starts: Vec<usize>,
    ctx: Vec<Hit<Cue>>,
    items: Vec<Hit<Cue>>,
    places: Vec<Hit<Cue>>,
    found: dates::Found,
    /// End of the salutation line (0 when none was found): what comes before is the
    /// letterhead, addresses, header.
    body_start: usize,
    /// E-mail header lines and their heads, in order.
    headers: Vec<(Range<usize>, &'a str)>,
    /// Disclaimers and statute quotations, sorted and merged.
    mute_ranges: Vec<Range<usize>>,
    /// Quoted earlier messages, sorted and merged.
    quoted_ranges: Vec<Range<usize>>,
    /// The stamps of chat messages pasted as text ([`chat_stamps`]).
    stamps: Vec<Range<usize>>,
}

/// The regions of `kinds`, sorted and merged (for lookups in logarithmic time).
fn merged(cx: &Ctx<'_>, kinds: &[RegionKind]) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = cx
        .seg
        .regions
        .iter()
        .filter(|(k, _)| kinds.contains(k))
        .map(|(_, r)| r.clone())
        .collect();
    v.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

fn in_ranges(ranges: &[Range<usize>], i: usize) -> bool {
    let k = ranges.partition_point(|r| r.end <= i);
    ranges.get(k).is_some_and(|r| r.contains(&i))
}

/// Heads that make a run of "head: value" lines an e-mail header (a lone "Date :" line in
/// a letter's body is a label, not a header).
const MAIL_HEADS: &[&str] = &[
    "de",
    "from",
    "a",
    "to",
    "cc",
    "cci",
    "bcc",
    "envoye",
    "sent",
    "van",
    "aan",
    "verzonden",
    "reply-to",
];
const SUBJECT_HEADS: &[&str] = &["objet", "subject", "onderwerp"];

/// The e-mail header lines of `f`: runs of header lines holding a sender or recipient
/// line, and lone subject lines.
fn header_lines(f: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut run: Vec<(Range<usize>, &str)> = Vec::new();
    let mut start = 0;
    // The end of the last run of mail headers: a run that starts on the line after the
    // next one goes on with it ("To: A; B;" wrapped onto a second line, then "Date: …").
    let mut mail_end: Option<usize> = None;
    for line in split_lines(f) {
        let r = start..start + line.len();
        start = r.end + 1;
        let text = line.trim_start_matches(['>', ' ', '*']);
        if let Some(head) = segment::header_key(text) {
            run.push((r, head));
        } else {
            flush_headers(f, &mut run, &mut out, &mut mail_end);
        }
        if out.len() > 10_000 {
            break;
        }
    }
    flush_headers(f, &mut run, &mut out, &mut mail_end);
    out
}

fn flush_headers<'a>(
    f: &str,
    run: &mut Vec<(Range<usize>, &'a str)>,
    out: &mut Vec<(Range<usize>, &'a str)>,
    mail_end: &mut Option<usize>,
) {
    let Some(first) = run.first().map(|(r, _)| r.start) else {
        return;
    };
    // One line between the last mail run and this one, not blank.
    let continued = mail_end.is_some_and(|end| {
        first > end && {
            let between = &f[end..first];
            between.matches('\n').count() == 2 && !between.contains("\n\n")
        }
    });
    let mail = continued || run.iter().any(|(_, h)| MAIL_HEADS.contains(h));
    if mail {
        *mail_end = run.last().map(|(r, _)| r.end);
    }
    for (r, h) in run.drain(..) {
        if mail || SUBJECT_HEADS.contains(&h) {
            out.push((r, h));
        }
    }
}

/// A date candidate for the meeting.
#[derive(Clone, Debug)]
struct Cand {
    idx: usize,
    date: Option<Date>,
    score: i32,
    time: Option<usize>,
    quoted: bool,
    /// On a subject line: the body's mention of the same day is the one to show (and its
    /// sentence the one that gives the place).
    subject: bool,
}

impl<'a> Letter<'a> {
    fn new(cx: &'a Ctx<'a>) -> Letter<'a> {
        let f = cx.f();
        let mut line_starts = vec![0];
        line_starts.extend(
            f.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let ctx: Vec<_> = CONTEXT.find_iter_in(cx.scan(), f).take(MAX_HITS).collect();
        let items: Vec<_> = ITEMS.find_iter_in(cx.scan(), f).take(MAX_HITS).collect();
        let places: Vec<_> = PLACES
            .find_iter_in(cx.scan(), f)
            .take(MAX_HITS)
            .filter_map(|h| match h.kind {
                Cue::Street => house_number_before(f, h.start).map(|start| Hit {
                    start,
                    kind: Cue::Place,
                    ..h
                }),
                _ => Some(h),
            })
            .collect();
        let found = dates::scan(f);
        let mut l = Letter {
            cx,
            f,
            line_starts,
            ctx,
            items,
            places,
            found,
            body_start: 0,
            headers: header_lines(f),
            mute_ranges: merged(
                cx,
                &[
                    RegionKind::Disclaimer,
                    RegionKind::Unticked,
                    RegionKind::Statute,
                    RegionKind::StatuteParaphrase,
                ],
            ),
            quoted_ranges: merged(cx, &[RegionKind::QuotedMessage]),
            stamps: Vec::new(),
        };
        l.stamps = chat_stamps(f, &l.found);
        l.body_start = l.salutation_end();
        l
    }

    fn line(&self, i: usize) -> Range<usize> {
        let k = self
            .line_starts
            .partition_point(|&s| s <= i)
            .saturating_sub(1);
        let start = self.line_starts.get(k).copied().unwrap_or(0);
        let end = self
            .line_starts
            .get(k + 1)
            .map_or(self.f.len(), |&s| s.saturating_sub(1));
        start..end.max(start)
    }

    fn next_line(&self, line: &Range<usize>) -> Option<Range<usize>> {
        (line.end < self.f.len()).then(|| self.line(line.end + 1))
    }

    fn hits_in<'h>(hits: &'h [Hit<Cue>], r: &Range<usize>) -> &'h [Hit<Cue>] {
        let a = hits.partition_point(|h| h.start < r.start);
        let b = hits.partition_point(|h| h.start < r.end);
        &hits[a..b.max(a)]
    }

    fn has(&self, r: &Range<usize>, kind: Cue) -> bool {
        Self::hits_in(&self.ctx, r).iter().any(|h| h.kind == kind)
    }

    /// Disclaimers and statute quotations never speak for the letter.
    fn mute(&self, i: usize) -> bool {
        in_ranges(&self.mute_ranges, i) || in_ranges(&self.stamps, i)
    }

    fn quoted(&self, i: usize) -> bool {
        in_ranges(&self.quoted_ranges, i)
    }

    /// The head of the e-mail header line at `i` ("date", "sent", "objet"...), if any.
    fn header_head(&self, i: usize) -> Option<&'a str> {
        let k = self.headers.partition_point(|h| h.0.end < i);
        self.headers
            .get(k)
            .filter(|h| h.0.start <= i && i <= h.0.end)
            .map(|h| h.1)
    }

    fn salutation_end(&self) -> usize {
        let limit = self.cx.doc.top(6_000);
        for h in &self.items {
            if h.start >= limit {
                break;
            }
            if h.kind != Cue::Salutation {
                continue;
            }
            let line = self.line(h.start);
            if line.len() > 200 {
                continue;
            }
            let text = self.f[line.clone()].trim_start_matches([' ', '*', '#']);
            let lead = line.end - line.start - text.len();
            if line.start + lead != h.start {
                continue;
            }
            let t = text.trim_end_matches([' ', '*']);
            if t.chars().count() <= 70 && t.ends_with([',', ':', '!']) {
                return line.end;
            }
        }
        0
    }

    /// The context cue right before folded `i` (only little words between), if any.
    fn cue_before(&self, i: usize, window: usize) -> Option<Hit<Cue>> {
        let r = i.saturating_sub(window)..i;
        let sentence = self.cx.seg.sentence(i);
        Self::hits_in(&self.ctx, &r)
            .iter()
            .rev()
            // In the date's sentence, or right before it across a line break alone ("Elle
            // est reportée au\n\nMARDI 24 MARS 2026").
            .filter(|h| {
                h.end <= i
                    && (h.start >= sentence.start.min(i) || self.f[h.end..i].trim().is_empty())
            })
            .find(|h| {
                let gap = &self.f[h.end..i];
                let gap = gap
                    .trim_matches(|c: char| matches!(c, ' ' | ',' | ':' | '*' | '(' | '\n' | '"'));
                gap.is_empty()
                    || matches!(
                        gap,
                        "le" | "la"
                            | "the"
                            | "on"
                            | "ce"
                            | "du"
                            | "au"
                            | "op"
                            | "de"
                            | "of"
                            | "dated"
                            | "en date du"
                            | "in"
                            | "l'"
                            | "est"
                            | "is"
                    )
                    // "entre le 14 et le 25 septembre": the range's first day between.
                    || (h.kind == Cue::Vague && range_gap(gap))
            })
            .copied()
    }

    /// A deadline cue right after folded `i` ("14 mars au plus tard", "by 3 May at the latest").
    fn deadline_after(&self, i: usize) -> bool {
        let r = i..(i + 40).min(self.f.len());
        Self::hits_in(&self.ctx, &r).iter().any(|h| {
            h.kind == Cue::Deadline && {
                let gap = self.f[i..h.start].trim_matches([' ', ',', '*']);
                let t = &self.f[h.start..h.end];
                (gap.is_empty() || dates_gap_is_time(gap))
                    && (t.starts_with("au plus tard")
                        || t.starts_with("at the latest")
                        || t.starts_with("uiterlijk")
                        || t.starts_with("ten laatste"))
            }
        })
    }

    /// Is the date at `i` inside a cited instrument ("loi du 30 juillet 2018")?
    /// Inside an instrument's citation, unless a meeting verb, a meeting noun or a
    /// deadline stands between the instrument and `i` (a citation that runs on too far:
    /// "instituée en application de la loi du 30 juillet 2018, se réunira ce jeudi 12 mars
    /// à 9 h, salle du Collège").
    fn in_citation_proper(&self, i: usize) -> bool {
        self.cx.citations.iter().any(|c| {
            c.contains(&i)
                && !Self::hits_in(&self.ctx, &(c.start..i)).iter().any(|h| {
                    matches!(
                        h.kind,
                        Cue::MeetingVerb | Cue::MeetingNoun | Cue::Deadline | Cue::Reply
                    )
                })
        })
    }

    fn in_citation(&self, r: &Range<usize>) -> bool {
        if self.in_citation_proper(r.start) {
            return true;
        }
        let from = r.start.saturating_sub(160);
        let mut from = from;
        while !self.f.is_char_boundary(from) {
            from += 1;
        }
        INSTRUMENT_BEFORE.is_match_in(self.cx.scan(), &self.f[from..r.start])
    }

    // -----------------------------------------------------------------------------------
    // The letter's own date.

    /// The date of the last chat stamp before `at` ("[11/02/2026 21:04]"), if any.
    fn stamp_date_before(&self, at: usize) -> Option<Date> {
        let stamp = self.stamps.iter().rev().find(|s| s.start < at)?;
        self.found
            .dates
            .iter()
            .filter(|d| stamp.start <= d.range.start && d.range.start < stamp.end)
            .find_map(|d| d.full())
    }

    fn letter_date(&self) -> (Option<usize>, Option<Date>, Option<i32>) {
        let dates = &self.found.dates;
        // 1. E-mail header of the letter itself.
        for (k, d) in dates.iter().enumerate() {
            if self.quoted(d.range.start) {
                continue;
            }
            if let (Some(head), Some(full)) = (self.header_head(d.range.start), d.full()) {
                if matches!(head, "date" | "envoye" | "sent" | "verzonden" | "datum") {
                    return (Some(k), Some(full), None);
                }
            }
        }
        // 2. "Fait à Namur, le ...", "sent by e-mail on ...".
        for (k, d) in dates.iter().enumerate() {
            if self.quoted(d.range.start) || self.mute(d.range.start) {
                continue;
            }
            if let Some(full) = d.full() {
                if self
                    .cue_before(d.range.start, 60)
                    .is_some_and(|h| h.kind == Cue::LetterDate)
                {
                    return (Some(k), Some(full), None);
                }
            }
        }
        // 2b. The header line of a pasted chat or text message, the text's first line:
        // "Microsoft Teams — chat with … — Tuesday 10 November 2026", "SMS reçu le lundi 8
        // juin 2026 à 17:42".
        // In a message whose first line names it ("Messages — +32 …", "Visual Voicemail —
        // transcription"), the stamp may stand on one of the next lines ("Lun. 8 juin 2026 ·
        // 18:04", "Received: Mon 14 Sep 2026, 08:57").
        let message = names_message(self.f);
        // Notes of a phone call, dated in their title: "# Call notes — Tue 3 Nov 2026, 15:20".
        let call = first_line_words(self.f).any(|w| CALL_WORDS.contains(&w));
        for (n, first) in head_lines(self.f)
            .take(if message { 4 } else { 1 })
            .enumerate()
        {
            // A message word, or a timestamp that ends the line ("Kevin L. (Prevention
            // officer)   Mon 12/01/2026 16:05").
            let line = self.f[first.clone()].trim_end();
            let timestamp = self.found.times.iter().any(|t| {
                t.range.end == first.start + line.len()
                    && dates.iter().any(|d| {
                        let gap = self.f.get(d.range.end..t.range.start).unwrap_or("x");
                        d.range.end <= t.range.start
                            && if n == 0 && !call {
                                gap.trim().is_empty()
                            } else {
                                d.range.start >= first.start
                                    && (gap.chars().all(|c| !c.is_alphanumeric() && c != '\n')
                                        || matches!(gap.trim(), "a" | "at" | "om"))
                            }
                    })
            });
            // Below the first line, a bare stamp or one labelled as the message's own
            // ("Received: …"), not "Date : mardi 3 mars 2026 14:00" (the meeting's, in a
            // forwarded note).
            let own = || {
                line.split_once(':').is_none_or(|(key, _)| {
                    matches!(
                        key.trim(),
                        "received"
                            | "recu"
                            | "recu le"
                            | "sent"
                            | "envoye"
                            | "envoye le"
                            | "ontvangen"
                    ) || key.chars().any(|c| c.is_ascii_digit())
                })
            };
            // Or a stamp that opens the first line and a dash that ends it, the message going
            // on after it: "Tue 6 May 2025, 18:22 — Dr Okafor, case consultation …".
            let opening = n == 0
                && dates.iter().any(|d| {
                    d.range.start == first.start
                        && self.found.times.iter().any(|t| {
                            let gap = self.f.get(d.range.end..t.range.start).unwrap_or("x");
                            d.range.end <= t.range.start
                                && gap.chars().all(|c| !c.is_alphanumeric() && c != '\n')
                                && self.f[t.range.end..first.end]
                                    .trim_start()
                                    .starts_with(['—', '–', '-', '·', '|'])
                        })
                });
            // Or, below the first line of a message, a line that opens on its receipt and
            // its date ("Reçu le vendredi 14 novembre 2025 à 11:02 — durée 0:58 — …").
            let received = n > 0 && {
                let rest = [
                    "recu le ",
                    "recu ",
                    "received on ",
                    "received ",
                    "envoye le ",
                    "sent on ",
                ]
                .iter()
                .find_map(|p| line.strip_prefix(p));
                rest.is_some_and(|rest| {
                    let at = first.start + (line.len() - rest.len());
                    dates
                        .iter()
                        .any(|d| d.range.start >= at && d.range.start <= at + 12)
                })
            };
            if (n == 0 && (timestamp || message || opening))
                || (n > 0 && timestamp && line.len() <= 80 && own())
                || received
            {
                if let Some((k, full)) = dates
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| first.start <= d.range.start && d.range.end <= first.end)
                    .find_map(|(k, d)| d.full().map(|full| (k, full)))
                {
                    return (Some(k), Some(full), None);
                }
            }
        }
        // 2c. The stamp of the first chat message ("[09/03/2026 18:42] Nadia L. : …").
        if let Some((k, full)) = dates.iter().enumerate().find_map(|(k, d)| {
            in_ranges(&self.stamps, d.range.start)
                .then(|| d.full())
                .flatten()
                .map(|full| (k, full))
        }) {
            return (Some(k), Some(full), None);
        }
        // 3. A dateline near the top.
        let top_end = if self.body_start > 0 {
            self.body_start
        } else {
            self.cx.doc.top(1_500)
        };
        for (k, d) in dates.iter().enumerate() {
            if d.range.start >= top_end {
                break;
            }
            if self.quoted(d.range.start) || self.mute(d.range.start) {
                continue;
            }
            let Some(full) = d.full() else { continue };
            if self.is_dateline(d) {
                return (Some(k), Some(full), None);
            }
        }
        // 4. A header date of a quoted earlier message: the letter is later.
        let quoted_header = dates
            .iter()
            .filter(|d| {
                self.quoted(d.range.start)
                    && (self.header_head(d.range.start).is_some()
                        || self.reply_marker(d.range.start))
            })
            .filter_map(DateMatch::full)
            .max();
        if let Some(q) = quoted_header {
            return (None, Some(q), None);
        }
        // 5. The latest full year of the letter's other dates.
        let year = dates
            .iter()
            .filter(|d| !self.mute(d.range.start) && !self.in_citation(&d.range))
            .filter(|d| {
                !self
                    .cue_before(d.range.start, 40)
                    .is_some_and(|h| h.kind == Cue::Birth)
            })
            .filter_map(|d| d.y)
            .max();
        (None, None, year)
    }

    /// "Namur, le 3 mars 2025", "18 December 2025", "Date: 3 March 2025" alone on a line.
    fn is_dateline(&self, d: &DateMatch) -> bool {
        let line = self.line(d.range.start);
        if d.range.end > line.end {
            return false;
        }
        let mut prefix = self.f[line.start..d.range.start].trim_matches([' ', '*', '_', '•']);
        // A dateline set apart in a column of a reference line ("Our ref.: VIF-S/2026-118
        // <spaces> Sarthigny, 16 December 2026"): the words after the gap, of three
        // characters or more in the original (not bytes: two no-break spaces are four).
        let (folded, text) = (&self.cx.doc.folded, self.cx.doc.text);
        if let Some(gap) = self.f[line.start..d.range.start]
            .rmatch_indices(' ')
            .map(|(i, _)| line.start + i)
            .find(|&i| {
                let (a, b) = (folded.orig_start(i), folded.orig_start(i + 1));
                text.get(a..b)
                    .is_some_and(|gap| gap.chars().nth(2).is_some())
            })
        {
            prefix = self.f[gap + 1..d.range.start].trim_matches([' ', '*', '_', '•']);
        }
        let suffix = self.f[d.range.end..line.end].trim_matches([' ', '*', '_', '.', '|', ')']);
        // "Soignies, le 10 mars 2026 · Réf. PED/26-031 · Confidentiel": other fields of the
        // dateline after a separator.
        let fields = suffix.starts_with(['·', '|', '-', '–', '—', '/']);
        if !suffix.is_empty() && !fields {
            return false;
        }
        if fields {
            let p = prefix.trim_end();
            return !prefix.bytes().any(|b| b.is_ascii_digit())
                && prefix.split(' ').count() <= 7
                && (p.ends_with(',') || p.ends_with(" le") || p.ends_with(", on"));
        }
        // A date alone (or under a "Date :" label) in a paragraph that sets the meeting is
        // the meeting's.
        let bare = prefix.is_empty() || label_line(self.f, line.clone()).is_some();
        if bare
            && self.has(
                &segment::paragraph_around(self.f, d.range.start),
                Cue::MeetingVerb,
            )
        {
            return false;
        }
        // A meeting block's "Date :" line followed by a time or place line is not a dateline.
        if let Some(l) = label_line(self.f, line.clone()) {
            if !l.date {
                return false;
            }
            if let Some(next) = self.next_line(&line) {
                if label_line(self.f, next).is_some_and(|n| n.time || n.place) {
                    return false;
                }
            }
            return true;
        }
        if prefix.is_empty() {
            return true;
        }
        if prefix.bytes().any(|b| b.is_ascii_digit()) || prefix.split(' ').count() > 7 {
            return false;
        }
        let p = prefix.trim_end();
        p.ends_with(',')
            || p.ends_with(" le")
            || p.ends_with(" ce")
            || p.ends_with(" den")
            || p.ends_with(", on")
            || p == "le"
    }

    /// A heading line right above `line` that names the date, time or place ("Date et
    /// lieu", "3. Date and place", "## Modalités" does not).
    fn heading_above(&self, line: &Range<usize>) -> Option<LabelLine> {
        let mut l = line.clone();
        for _ in 0..3 {
            if l.start == 0 {
                return None;
            }
            l = self.line(l.start - 1);
            if l.is_empty() {
                continue;
            }
            return heading_label(self.f, l);
        }
        None
    }

    /// The line right before `sentence` when it ends with ":" (an introduction: "La
    /// réunion aura lieu :").
    fn intro_before(&self, sentence: &Range<usize>) -> Option<Range<usize>> {
        if sentence.start == 0 {
            return None;
        }
        let before = self.f[..sentence.start].trim_end_matches([' ', '\n', '*']);
        // A colon, or a sentence left hanging on a preposition ("j'organise une réunion
        // de concertation le" above an indented "mardi 17 février à 9 h 30").
        const HANGING: &[&str] = &[
            " le", " au", " du", " a", " on", " at", " the", " op", " om",
        ];
        if !before.ends_with(':') && !HANGING.iter().any(|w| before.ends_with(w)) {
            return None;
        }
        let line = self.line(before.len().saturating_sub(1));
        Some(line)
    }

    /// Is `i` on a reply marker line ("Le lun. 10 mars 2025 à 09:12, X a écrit :")?
    fn reply_marker(&self, i: usize) -> bool {
        let line = self.line(i);
        if line.len() > 300 {
            return false;
        }
        let t = self.f[line].trim_end();
        t.ends_with("a ecrit :")
            || t.ends_with("a ecrit:")
            || t.ends_with("wrote:")
            || t.ends_with("wrote :")
            || t.contains(" schreef ")
    }

    // -----------------------------------------------------------------------------------
    // Meeting date and time.

    /// The time attached to the date `d`: same sentence right after it (or right before in
    /// the same clause), the same label line, or the next time label line.
    fn attached_time(&self, d: &DateMatch) -> Option<usize> {
        let times = &self.found.times;
        // A date broken over two lines ("le lundi 12\nmai 2025 à 9 h 30", a PDF's narrow
        // column) reaches into the line and sentence where it ends.
        let last = d.range.end.saturating_sub(1).max(d.range.start);
        let sentence = self.cx.seg.sentence(d.range.start);
        let sentence = sentence.start..sentence.end.max(self.cx.seg.sentence(last).end);
        let line = self.line(d.range.start);
        let line = line.start..line.end.max(self.line(last).end);
        let next_date_start = self
            .found
            .dates
            .iter()
            .map(|x| x.range.start)
            .find(|&s| s > d.range.start)
            .unwrap_or(usize::MAX);
        let k = times.partition_point(|t| t.range.start < d.range.end);
        // A line that breaks before its time ("Date et heure : mardi 14 janvier à\n9 h 30"):
        // the next line goes on with it.
        let line_end = {
            let text = self.f[line.clone()].trim_end();
            let open = [" a", " at", " om", " from", " vanaf", " des", " de", ","]
                .iter()
                .any(|w| text.ends_with(w));
            match self.next_line(&line) {
                Some(next) if open => next.end,
                _ => line.end,
            }
        };
        // After the date, same sentence (or same line), near.
        if let Some(t) = times.get(k) {
            let near = t.range.start.saturating_sub(d.range.end) <= 80;
            let same = t.range.start < sentence.end.max(line_end);
            if near && same && t.range.start < next_date_start && !self.is_deadline_time(t) {
                // "… on Friday 6 March keeps its date, but will NOT start at 10:00 as
                // announced. New starting time: 15h15.": the next time, when near.
                if self.superseded_time(t) {
                    if let Some(n) = times.get(k + 1) {
                        if n.range.start < t.range.end + 300 && !self.superseded_time(n) {
                            return Some(k + 1);
                        }
                    }
                }
                return Some(k);
            }
        }
        // Before the date, same clause: "à 14h, le 14 mars".
        if k > 0 {
            if let Some(t) = times.get(k - 1) {
                let clause = segment::clause_around(self.f, sentence.clone(), d.range.start);
                let near = d.range.start.saturating_sub(t.range.end) <= 30;
                if near
                    && t.range.start >= sentence.start.max(clause.start.saturating_sub(12))
                    && !self.is_deadline_time(t)
                {
                    return Some(k - 1);
                }
            }
        }
        // A time label on the next lines of a label block.
        if label_line(self.f, line.clone()).is_some() {
            let mut l = line;
            for _ in 0..4 {
                let Some(next) = self.next_line(&l) else {
                    break;
                };
                if next.is_empty() {
                    break;
                }
                if let Some(lab) = label_line(self.f, next.clone()) {
                    if lab.time {
                        let j = times.partition_point(|t| t.range.start < lab.value.start);
                        if times.get(j).is_some_and(|t| t.range.start < next.end) {
                            return Some(j);
                        }
                    }
                    if lab.date {
                        break;
                    }
                }
                l = next;
            }
        }
        None
    }

    /// A time the letter says the meeting no longer starts at ("will not start at 10:00 as
    /// announced", « ne commencera pas à 10 h »).
    fn superseded_time(&self, t: &TimeMatch) -> bool {
        let f = self.f;
        let mut b = t.range.start.saturating_sub(48);
        while !f.is_char_boundary(b) {
            b += 1;
        }
        // (Across a line break: "but will NOT start at\n10:00".)
        let before: String = f[b..t.range.start]
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        let before = before.trim_end_matches(' ');
        [
            "not start at ",
            "not begin at ",
            "not be held at ",
            "no longer start at ",
            "no longer at ",
            "ne commencera pas a ",
            "ne debutera pas a ",
            "ne commencera plus a ",
            "ne debutera plus a ",
            "ne se tiendra pas a ",
            "ne se tiendra plus a ",
        ]
        .iter()
        .any(|w| before.ends_with(w.trim_end()))
    }

    fn is_deadline_time(&self, t: &TimeMatch) -> bool {
        self.cue_before(t.range.start, 40)
            .is_some_and(|h| matches!(h.kind, Cue::Deadline | Cue::Past))
    }

    fn meeting(&self) -> (Option<Cand>, Vec<(usize, usize)>) {
        let (letter_idx, letter_date, year_hint) = self.letter_date();
        let mut cands: Vec<Cand> = Vec::new();
        let mut deadlines: Vec<(usize, usize)> = Vec::new();
        // Dates of meetings called off: a quoted earlier message that convened them does
        // not give the meeting's date either.
        let mut cancelled = Vec::new();
        for (k, d) in self.found.dates.iter().enumerate() {
            let r = &d.range;
            if Some(k) == letter_idx || self.mute(r.start) {
                continue;
            }
            // A day whose month is left unsaid ("the 24th at 2 pm") is read in the letter's
            // own words only: in a quoted earlier message it is reported, and its month is
            // that message's, not the letter's.
            if matches!(d.rel, Some(dates::Rel::DayOfMonth(_))) && self.quoted(r.start) {
                continue;
            }
            let mut score = 0;
            let mut subject = false;
            if let Some(head) = self.header_head(r.start) {
                if SUBJECT_HEADS.contains(&head) {
                    score -= 4;
                    subject = true;
                } else {
                    continue;
                }
            }
            if self.in_citation(r) {
                continue;
            }
            let sentence = self.cx.seg.sentence(r.start);
            let paragraph = segment::paragraph_around(self.f, r.start);
            if self.has(
                &(paragraph.start.min(sentence.start)..r.start),
                Cue::Options,
            ) {
                continue;
            }
            if self.has(&(sentence.start.min(r.start)..r.start), Cue::Reachable) {
                continue;
            }
            let clause = segment::clause_around(self.f, sentence.clone(), r.start);
            let line = self.line(r.start);
            let label = label_line(self.f, line.clone()).filter(|l| r.start >= l.value.start);
            let heading = self.heading_above(&line);
            let before = self.cue_before(r.start, 70);
            match before.map(|h| h.kind) {
                Some(Cue::Past | Cue::Birth | Cue::LetterDate | Cue::Vague | Cue::Sent) => continue,
                Some(Cue::Deadline) => {
                    deadlines.push((k, before.map_or(r.start, |h| h.start)));
                    continue;
                }
                Some(Cue::DeadlineWeak) if self.has(&sentence, Cue::Reply) => {
                    deadlines.push((k, before.map_or(r.start, |h| h.start)));
                    continue;
                }
                Some(Cue::Moved) => score += W_LABEL,
                _ => {}
            }
            // "la réunion du 14 mars", "the meeting on 14 March".
            let noun_direct = before.is_some_and(|h| h.kind == Cue::MeetingNoun);
            if self.deadline_after(r.end) {
                deadlines.push((k, r.start));
                continue;
            }
            if past_after(self.f, r.end) {
                continue;
            }
            // A day relative to the letter's ("demain") needs the letter's own date, not
            // only a lower bound from a quoted message, or the stamp of its chat message.
            if d.rel.is_some() && letter_idx.is_none() && self.stamp_date_before(r.start).is_none()
            {
                continue;
            }
            // In a chat, a day relative to the message's stamp ("[11/02/2026 21:04] … c'est
            // demain 18h30"), not to the export's date.
            let letter_date = match d.rel {
                Some(_) => self.stamp_date_before(r.start).or(letter_date),
                None => letter_date,
            };
            let date = match (letter_date, d.y) {
                (_, Some(_)) | (Some(_), None) => d.resolve(letter_date),
                (None, None) => year_hint.and_then(|y| dates::in_year(d.m, d.d, d.weekday, y)),
            };
            if let (Some(date), Some(letter)) = (date, letter_date) {
                // A past day is history, unless the letter sets it in its own "When:" line
                // with its hour and its year ("When: 12 September 2025, 9.30 a.m." in a memo
                // of the 15th): the sender's slip, still the meeting's date.
                if date < letter {
                    let line = self.line(r.start);
                    let set_here = d.y.is_some()
                        && label_line(self.f, line.clone())
                            .is_some_and(|l| l.date && r.start >= l.value.start)
                        && self.attached_time(d).is_some()
                        // Not "Previous meeting: 3 March 2025, 10:00".
                        && !self.f[line.start..r.start].split(|c: char| !c.is_alphanumeric()).any(
                            |w| {
                                matches!(
                                    w,
                                    "previous" | "last" | "earlier" | "first" | "precedente"
                                        | "derniere" | "premiere" | "vorige"
                                )
                            },
                        );
                    if !set_here {
                        continue;
                    }
                    score -= 6;
                }
                let ahead = letter.days_to(&date);
                // A year inferred far ahead is most likely a past event written without one.
                if ahead > 730 || (d.y.is_none() && ahead > 270) {
                    score -= 6;
                }
            }
            // The sentence, and the line that introduces it ("La réunion aura lieu :").
            let mut context = sentence.clone();
            if let Some(intro) = self.intro_before(&sentence) {
                context.start = intro.start;
            }
            // A subject line is one context, whatever full stops its initials put in it
            // ("Objet : Concertation de cas famille L. — jeudi 22 octobre 2026 à 9h30").
            if subject {
                let line = self.line(r.start);
                context = context.start.min(line.start)..context.end.max(line.end);
            }
            let verb = self.has(&context, Cue::MeetingVerb);
            let noun = self.has(&context, Cue::MeetingNoun);
            let reply = self.has(&sentence, Cue::Reply);
            let time = self.attached_time(d);
            if reply && !verb && !noun_direct && label.is_none() && time.is_none() {
                // "merci de confirmer votre présence ... 20 mars": a deadline.
                deadlines.push((k, r.start));
                continue;
            }
            if noun_direct {
                score += 2;
            }
            if label.as_ref().is_some_and(|l| l.date) || heading.as_ref().is_some_and(|l| l.date) {
                score += W_LABEL;
            }
            if verb {
                score += W_VERB;
            } else if noun {
                score += W_NOUN;
            }
            if d.weekday.is_some() {
                score += W_WEEKDAY;
            }
            if d.y.is_some() {
                score += W_YEAR;
            }
            if time.is_some() {
                score += W_TIME;
            }
            if self.has(&sentence, Cue::DateLater) {
                score -= 4;
            }
            // "next Thursday after surgery hours, at my practice": the place of the meeting
            // follows its date.
            if !verb
                && !noun
                && !self.in_signature(r.start)
                && !Self::hits_in(
                    &self.places,
                    &(r.end..(r.end + 40).min(sentence.end.max(r.end))),
                )
                .is_empty()
            {
                score += W_NOUN;
            }
            // A date whose meeting is called off in its own clause is not the meeting's,
            // unless it is the new date ("annulée et reportée au 10 mars").
            if self.has(&clause, Cue::Cancelled) && before.map(|h| h.kind) != Some(Cue::Moved) {
                cancelled.push(date);
                continue;
            }
            if self.has(&clause, Cue::PastVerb) && !self.has(&clause, Cue::MeetingVerb) {
                score -= 4;
            }
            let quoted = self.quoted(r.start);
            if self.cx.doc.folded.is_quoted(r.start) {
                score -= 2;
            }
            // A question in the earlier message ("Would this be a meeting on Thursday at
            // the hospital?"): the reader's own guess, not the meeting that was set.
            if quoted && self.f[sentence.clone()].trim_end().ends_with('?') {
                continue;
            }
            if r.start < self.body_start && label.is_none() {
                score -= 2;
            }
            cands.push(Cand {
                idx: k,
                date,
                score,
                time,
                quoted,
                subject,
            });
        }
        // The letter's own text first; a quoted earlier message only when it has nothing.
        let own = cands.iter().any(|c| !c.quoted && c.score >= THRESHOLD);
        // A day on the subject line that the body gives too: the body's.
        let in_body: Vec<Date> = cands
            .iter()
            .filter(|c| !c.subject && c.score >= THRESHOLD)
            .filter_map(|c| c.date)
            .collect();
        cands.retain(|c| !(c.subject && c.date.is_some_and(|d| in_body.contains(&d))));
        let best = cands
            .into_iter()
            .filter(|c| c.score >= THRESHOLD && c.quoted != own)
            // A date called off in the letter's own text is not the meeting's wherever
            // else it is written (the subject line, the quoted convocation).
            .filter(|c| !(c.date.is_some() && cancelled.contains(&c.date)))
            .max_by(|a, b| {
                a.score
                    .cmp(&b.score)
                    // Then the earliest date, then the first written.
                    .then_with(|| match (a.date, b.date) {
                        (Some(x), Some(y)) => y.cmp(&x),
                        _ => std::cmp::Ordering::Equal,
                    })
                    .then_with(|| b.idx.cmp(&a.idx))
            });
        (best, deadlines)
    }

    /// A time for the meeting when no date carries one: on a time label line, or in a
    /// sentence that sets the meeting and holds no date.
    fn lone_time(&self, meeting_quoted: bool) -> Option<usize> {
        let mut best: Option<(i32, usize)> = None;
        let no_letter_date = self.letter_date().0.is_none();
        for (k, t) in self.found.times.iter().enumerate() {
            let i = t.range.start;
            if self.mute(i) || self.header_head(i).is_some() || self.is_deadline_time(t) {
                continue;
            }
            if self.quoted(i) != meeting_quoted {
                continue;
            }
            let sentence = self.cx.seg.sentence(i);
            // A date in the sentence gives the time its own reading, unless it is vague
            // ("at 14:00, in the week of 8 June"), the day something is sent ("(lien
            // Framadate envoyé demain) ; la réunion débutera à 8h45"), a deadline ("same time
            // 9:00 … exact day tbc by fri"), a past day or one of a poll's days ("one of these
            // two dates - Tuesday 9 or Thursday 11 September, at 2 pm").
            // The hour of a deadline's day: "by Tuesday noon".
            if dates::weekday_start_before(self.f, i).is_some_and(|w| {
                self.cue_before(w, 40)
                    .is_some_and(|h| matches!(h.kind, Cue::Deadline | Cue::DeadlineWeak))
            }) {
                continue;
            }
            let paragraph = segment::paragraph_around(self.f, i);
            let options =
                |at: usize| self.has(&(paragraph.start.min(sentence.start)..at), Cue::Options);
            // (A day relative to a letter date there is not — "next case consultation is
            // Tuesday at 8.15", no date above it — is no date: the time stands alone.)
            let unanchored = |d: &dates::DateMatch| {
                d.rel.is_some() && no_letter_date && self.stamp_date_before(d.range.start).is_none()
            };
            if self.found.dates.iter().any(|d| {
                !unanchored(d)
                    && d.range.start >= sentence.start
                    && d.range.start < sentence.end
                    && !options(d.range.start)
                    && self.cue_before(d.range.start, 70).is_none_or(|h| {
                        !matches!(
                            h.kind,
                            Cue::Vague | Cue::Sent | Cue::Deadline | Cue::Past | Cue::Birth
                        )
                    })
            }) {
                continue;
            }
            let line = self.line(i);
            let mut score = 0;
            // "Heure : 14h", and "When: … at 2 pm" (a date's label holds its time too).
            if label_line(self.f, line).is_some_and(|l| (l.time || l.date) && i >= l.value.start) {
                score += W_LABEL;
            }
            if self.has(&sentence, Cue::MeetingVerb) {
                score += W_VERB;
            } else if self.has(&sentence, Cue::MeetingNoun) {
                score += W_NOUN;
            }
            // "2pm at the shelter office", "same time 9:00, police HQ 2nd floor, room Lys": a
            // time the place of the meeting follows sets the meeting as a verb would.
            let place_next = !Self::hits_in(
                &self.places,
                &(t.range.end..(t.range.end + 40).min(sentence.end.max(t.range.end))),
            )
            .is_empty();
            if place_next {
                score += W_VERB;
            }
            if self.has(&sentence, Cue::Reply)
                && !self.has(&sentence, Cue::MeetingVerb)
                && !place_next
            {
                score -= 4;
            }
            let better = match best {
                None => true,
                Some((s, _)) => s < score,
            };
            if score >= THRESHOLD && better {
                best = Some((score, k));
            }
        }
        best.map(|(_, k)| k)
    }

    // -----------------------------------------------------------------------------------
    // Place.

    /// Place hits in the sentences that set the meeting, best first: in the sentences of
    /// the meeting date and time (those after the date or time first), then right after a
    /// meeting verb ("aura lieu à l'hôtel de ville", "will be held in room 2").
    fn place_hits(&self, anchors: &[usize], quoted: bool) -> Vec<(Hit<Cue>, Range<usize>)> {
        let mut out: Vec<(Hit<Cue>, Range<usize>)> = Vec::new();
        let mut seen: Vec<Range<usize>> = Vec::new();
        for &a in anchors {
            let s = self.cx.seg.sentence(a);
            if seen.contains(&s) {
                continue;
            }
            seen.push(s.clone());
            let hits = Self::hits_in(&self.places, &s);
            out.extend(
                hits.iter()
                    .filter(|h| h.start >= a)
                    .map(|h| (*h, s.clone())),
            );
            out.extend(hits.iter().filter(|h| h.start < a).map(|h| (*h, s.clone())));
            // A date on a line of its own in a block ("Monday 17 November, 13:30\nHôpital
            // des Sablons, room 2"): the block's next and previous lines.
            for near in [
                self.block_line_after(&s),
                self.block_line_before(&s),
                self.block_after_colon(&s),
                self.place_sentence_after(&s),
            ]
            .into_iter()
            .flatten()
            {
                if !seen.contains(&near) {
                    seen.push(near.clone());
                    out.extend(
                        Self::hits_in(&self.places, &near)
                            .iter()
                            .map(|h| (*h, near.clone())),
                    );
                }
            }
        }
        let meeting_times: Vec<dates::Time> = self
            .found
            .times
            .iter()
            .filter(|t| anchors.contains(&t.range.start))
            .map(|t| t.time)
            .collect();
        for v in self.ctx.iter().filter(|h| h.kind == Cue::MeetingVerb) {
            if v.start < self.body_start || self.mute(v.start) || self.quoted(v.start) != quoted {
                continue;
            }
            if self.header_head(v.start).is_some() {
                continue;
            }
            let s = self.cx.seg.sentence(v.start);
            // A sentence that sets another meeting on a day and at an hour of its own ("The
            // prevention council meets on Monday 9 February at 6 pm in the Town Hall"); not
            // the meeting moved to another day, "same time, same room".
            let other_day = || {
                self.found
                    .dates
                    .iter()
                    .any(|d| s.contains(&d.range.start) && !anchors.contains(&d.range.start))
            };
            let other_hour = || {
                self.found.times.iter().any(|t| {
                    s.contains(&t.range.start)
                        && !anchors.contains(&t.range.start)
                        && !meeting_times.contains(&t.time)
                })
            };
            if !anchors.is_empty() && other_day() && other_hour() {
                continue;
            }
            let near = v.end..(v.end + 60).min(s.end);
            out.extend(
                Self::hits_in(&self.places, &near)
                    .iter()
                    .map(|h| (*h, s.clone())),
            );
            if out.len() > 200 {
                break;
            }
        }
        out
    }

    /// The sentence right after `s` when it opens on a place's label ("… moved to Friday 20
    /// March, at a quarter past eight. Same place: Town Hall, council room", « Lieu : salle
    /// 2 » after the date's sentence on the same line).
    fn place_sentence_after(&self, s: &Range<usize>) -> Option<Range<usize>> {
        const LABELS: &[&str] = &[
            "same place",
            "same venue",
            "same room",
            "same location",
            "place",
            "venue",
            "location",
            "where",
            "lieu",
            "meme lieu",
            "meme endroit",
            "meme salle",
            "endroit",
            "ou",
        ];
        let rest = self.f.get(s.end..)?;
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        let at = s.end + gap;
        if at >= self.f.len() || rest[gap..].starts_with('\n') {
            return None;
        }
        let next = self.cx.seg.sentence(at);
        let text = &self.f[next.clone()];
        (next.start >= s.end
            && next.len() <= 160
            && LABELS.iter().any(|l| {
                text.strip_prefix(l)
                    .is_some_and(|r| r.trim_start().starts_with(':'))
            }))
        .then_some(next)
    }

    /// The sentence that follows `s` on the next line of the same block, when `s` ends a
    /// line and the next one is short (a line of an address block).
    fn block_line_after(&self, s: &Range<usize>) -> Option<Range<usize>> {
        let rest = self.f.get(s.end..)?;
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if !rest[gap..].starts_with('\n')
            || rest[gap + 1..].trim_start_matches(' ').starts_with('\n')
        {
            return None;
        }
        let mut next = self.cx.seg.sentence(s.end + gap + 1);
        // A line under the date that runs on into prose with no full stop ("Police station
        // …, 1000 Brussels\nThe first names … are attached."): the line alone.
        if next.len() > 120 {
            if let Some(eol) = self.f[next.clone()].find('\n') {
                next.end = next.start + eol;
            }
        }
        (next.start > s.end && next.len() <= 120 && !self.f[s.end..next.start].contains("\n\n"))
            .then_some(next)
    }

    /// The block of short lines that a sentence ending with a colon introduces, across one
    /// blank line ("… à l'adresse suivante :\n\n  Maison de la Solidarité\n  Salle 2\n
    /// chaussée de Nivelles 210"), or a comma that the block goes on from ("reportée au\n\n
    /// VENDREDI 13 JUIN À 9 HEURES,\n\nsalle polyvalente, rue des Tanneurs 14"): at most
    /// four lines, each at most 120 bytes.
    fn block_after_colon(&self, s: &Range<usize>) -> Option<Range<usize>> {
        if !self.f.get(s.clone())?.trim_end().ends_with([':', ',']) {
            return None;
        }
        let rest = self.f.get(s.end..)?;
        let body = rest.trim_start_matches([' ', ':']);
        let body = body.strip_prefix('\n').unwrap_or(body);
        let body = body.trim_start_matches(' ');
        let body = body
            .strip_prefix('\n')
            .unwrap_or(body)
            .trim_start_matches(' ');
        let start = self.f.len() - body.len();
        let mut end = start;
        for line in body.split('\n').take(4) {
            if line.trim().is_empty() || line.len() > 120 {
                break;
            }
            end += line.len() + 1;
        }
        let end = end.saturating_sub(1).min(self.f.len());
        (end > start && !self.f[start..end].contains(". ")).then_some(start..end)
    }

    /// The sentence on the line before `s` in the same block, when it is short.
    fn block_line_before(&self, s: &Range<usize>) -> Option<Range<usize>> {
        let head = self.f.get(..s.start)?;
        let trimmed = head.trim_end_matches(' ');
        if !trimmed.ends_with('\n')
            || trimmed[..trimmed.len() - 1]
                .trim_end_matches(' ')
                .ends_with('\n')
        {
            return None;
        }
        let prev = self.cx.seg.sentence(trimmed.len().checked_sub(2)?);
        (prev.end < s.start
            && !prev.is_empty()
            && prev.len() <= 120
            && !self.f[prev.end..s.start].contains("\n\n"))
        .then_some(prev)
    }

    fn place(&self, anchors: &[usize], quoted: bool) -> Option<Range<usize>> {
        // 1. A "Lieu :" / "Venue:" label line, or a "Lieu" heading over its value. Above
        // the salutation only a place label counts ("Location:" in a calendar invitation),
        // not an address, a heading or a letterhead.
        let mut line_start = 0;
        let mut lines_seen = 0;
        let mut judged: Vec<Range<usize>> = Vec::new();
        while line_start < self.f.len() && lines_seen < 5_000 {
            lines_seen += 1;
            let line = self.line(line_start);
            line_start = line.end + 1;
            if line.is_empty() || self.mute(line.start) || self.quoted(line.start) != quoted {
                continue;
            }
            if self.header_head(line.start).is_some() {
                continue;
            }
            let head = line.start < self.body_start;
            let l = match label_line(self.f, line.clone()) {
                Some(l) if !(head && l.address) => l,
                Some(_) => continue,
                // A calendar invitation's field above its description: a place label alone
                // on its line ("Location"), its value under it.
                None if head
                    && (self.f[line.clone()].trim().contains(' ')
                        || !heading_label(self.f, line.clone())
                            .is_some_and(|h| h.place && !h.address)) =>
                {
                    continue
                }
                None => {
                    if heading_label(self.f, line.clone()).is_some_and(|h| h.place && !h.address) {
                        if let Some(r) = self.section_place(&line) {
                            return Some(r);
                        }
                    }
                    continue;
                }
            };
            if !l.place || l.value.is_empty() {
                continue;
            }
            // "Adresse :" in a signature is the sender's: only near the meeting's date or
            // time, with no closing formula between.
            if l.address
                && !anchors
                    .iter()
                    .any(|&a| self.near_without_closing(a, line.start))
            {
                continue;
            }
            if let Some(r) = self.label_place(&l) {
                return Some(r);
            }
            // The label's value names no place ("Où : le lieu exact (dans les locaux d'un
            // des partenaires) vous sera confirmé ultérieurement"): its words are not read
            // again as a place phrase.
            judged.push(line);
        }
        // 2. A place phrase in a sentence that sets the meeting, unless the sentence says
        // before it that the place is still to be confirmed ("| *à confirmer* (une salle
        // sera réservée) |", "The venue will be confirmed next week (probably the police
        // station …)").
        self.place_hits(anchors, quoted)
            .iter()
            .filter(|(h, s)| {
                let before = s.start.min(h.start)..h.start;
                !PLACE_LATER_PHRASES
                    .iter()
                    .any(|w| has_phrase(&self.f[before.clone()], w))
                    && !Self::hits_in(&self.items, &before)
                        .iter()
                        .any(|x| x.kind == Cue::PlaceLater)
                    && !judged.iter().any(|l| l.contains(&h.start))
            })
            .find_map(|(h, s)| self.phrase_place(h, s))
            .or_else(|| self.answered_place(quoted))
    }

    /// The third way to a place: the answer to a question about it, in the next lines
    /// ("Where exactly?" … "Meeting room 3.14, paediatric wing, 3rd floor", « c'est où ? »
    /// … « salle 2 »).
    fn answered_place(&self, quoted: bool) -> Option<Range<usize>> {
        const QUESTIONS: &[&str] = &[
            "where exactly?",
            "where?",
            "where is it?",
            "which room?",
            "what room?",
            "c'est ou ?",
            "ou exactement ?",
            "ou ca ?",
            "quelle salle ?",
        ];
        let mut line_start = 0;
        for _ in 0..5_000 {
            if line_start >= self.f.len() {
                break;
            }
            let line = self.line(line_start);
            line_start = line.end + 1;
            let text = self.f[line.clone()].trim_end();
            if !QUESTIONS.iter().any(|q| text.ends_with(q)) || self.quoted(line.start) != quoted {
                continue;
            }
            let mut next = line.clone();
            for _ in 0..3 {
                next = self.next_line(&next)?;
                let s = self.cx.seg.sentence(next.start);
                if let Some(r) = Self::hits_in(&self.places, &next)
                    .iter()
                    .find_map(|h| self.phrase_place(h, &s))
                {
                    return Some(r);
                }
            }
        }
        None
    }

    fn later(&self, r: &Range<usize>) -> bool {
        Self::hits_in(&self.items, r)
            .iter()
            .any(|h| h.kind == Cue::PlaceLater)
            || Self::hits_in(&self.ctx, r)
                .iter()
                .any(|h| h.kind == Cue::DateLater)
    }

    fn label_place(&self, l: &LabelLine) -> Option<Range<usize>> {
        let v = l.value.clone();
        // A value that wraps onto the next line ("Lieu : … le lieu de la réunion vous sera\n
        // communiqué ultérieurement."): the words that say "later" may be there.
        let line = self.line(v.start);
        let wrapped = self
            .next_line(&line)
            .filter(|next| {
                let next_text = &self.f[next.clone()];
                !self.f[v.start..line.end].trim_end().ends_with(['.', ';'])
                    && next_text
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_lowercase())
                    && !segment::is_label_line(next_text)
            })
            .map_or(v.end, |next| next.end);
        let text = &self.f[v.start..wrapped];
        // "… vous sera communiqué": later, unless a place is named before it ("Hôtel de
        // ville (le numéro de la salle vous sera communiqué)").
        const SENT_LATER: &[&str] = &[
            "will be communicated",
            "will be sent",
            "will be given",
            "sera communique",
            "seront communique",
            "sera transmis",
            "sera indique",
            "sera precise",
            "communique la veille",
            "communique le jour",
            "communique par sms",
            "communique par mail",
            "transmis la veille",
            "envoye la veille",
            "envoye par sms",
            "communicated the day before",
            "communicated on the day",
            "communicated by text",
            "sent the day before",
            "sent by text",
            "sent by sms",
        ];
        if placeholder_value(text) {
            return None;
        }
        let sent_later = SENT_LATER.iter().filter_map(|w| text.find(w)).min();
        let named_before = |at: usize| {
            Self::hits_in(&self.places, &(v.start..v.start + at))
                .iter()
                .any(|h| h.end <= v.start + at)
        };
        if PLACE_LATER_PHRASES
            .iter()
            .chain(PLACE_LATER_WORDS)
            .any(|w| has_phrase(text, w))
            || sent_later.is_some_and(|at| !named_before(at))
            // (The value's first sentence: "Place: Town hall, council room. The date will
            // be set by poll" leaves only the date for later.)
            || self.later(&(v.start..v.start + self.f[v.clone()].find(". ").map_or(v.len(), |i| i + 1)))
            || REMOTE_VALUE.is_match_in(self.cx.scan(), text)
            || link_value(text)
        {
            return None;
        }
        let remote_only = Self::hits_in(&self.items, &v)
            .iter()
            .any(|h| h.kind == Cue::Remote)
            && Self::hits_in(&self.places, &v).is_empty();
        let starts_with_when = self.starts_with_when(v.start);
        if l.date || l.time || starts_with_when {
            // "Date et lieu : lundi 2 juin 2025, de 14h à 16h, dans les locaux de ...".
            let sentence = v.clone();
            return Self::hits_in(&self.places, &v)
                .iter()
                .find_map(|h| self.phrase_place(h, &sentence));
        }
        if remote_only {
            return None;
        }
        let r = self.cut_remote_tail(v);
        (!r.is_empty()).then_some(r)
    }

    /// Does a date or a time start at (or right after) folded `i`, or go on there?
    fn starts_with_when(&self, i: usize) -> bool {
        let d = self.found.dates.partition_point(|d| d.range.start < i);
        let t = self.found.times.partition_point(|t| t.range.start < i);
        // (Or goes on with one begun on the line before: "Le lundi 12\nmai 2025 à 9 h 30".)
        let goes_on = |end: Option<usize>| end.is_some_and(|end| end > i);
        goes_on(d.checked_sub(1).map(|k| self.found.dates[k].range.end))
            || goes_on(t.checked_sub(1).map(|k| self.found.times[k].range.end))
            || self
                .found
                .dates
                .get(d)
                .is_some_and(|d| d.range.start < i + 4)
            || self
                .found
                .times
                .get(t)
                .is_some_and(|t| t.range.start < i + 4)
    }

    /// A place value up to an "– or by videoconference" / "— a Webex link" tail.
    fn cut_remote_tail(&self, v: Range<usize>) -> Range<usize> {
        let mut end = v.end;
        if let Some(h) = Self::hits_in(&self.items, &v)
            .iter()
            .find(|h| h.kind == Cue::Remote)
        {
            end = h.start;
            // Back to the separator before the remote means.
            let head = &self.f[v.start..end];
            let sep = [" - ", ", ", " ou ", " or ", " (", "; "]
                .iter()
                .filter_map(|p| head.rfind(p))
                .max();
            if let Some(p) = sep {
                end = v.start + p;
            }
        }
        let head = &self.f[v.start..end];
        if let Some(c) = [" - ou ", " - or ", ", ou ", ", or "]
            .iter()
            .filter_map(|p| head.find(p))
            .min()
        {
            end = v.start + c;
        }
        trim_range(self.f, v.start..end)
    }

    /// The place under a heading that names it ("## When & where", "Lieu"): the first line
    /// of its section that is neither the date nor the time and looks like a place.
    fn section_place(&self, heading: &Range<usize>) -> Option<Range<usize>> {
        let mut l = heading.clone();
        let mut seen_content = false;
        for _ in 0..6 {
            let next = self.next_line(&l)?;
            l = next.clone();
            if next.is_empty() {
                if seen_content {
                    return None;
                }
                continue;
            }
            seen_content = true;
            if heading_label(self.f, next.clone()).is_some()
                || self
                    .cx
                    .doc
                    .folded
                    .headings
                    .iter()
                    .any(|h| h.contains(&next.start))
            {
                return None;
            }
            let text = &self.f[next.clone()];
            let body = text.trim_start_matches([' ', '•', '-', '*', '|']);
            let start = next.start + (text.len() - body.len());
            let v = start..next.end;
            if self.starts_with_when(start) {
                // The when, then the place on its line: "30, au Palais de justice, place du
                // Palais 1" under « Le lundi 12 / mai 2025 à 9 h » (a PDF's narrow column).
                let line_sentence = start..next.end;
                if let Some(r) = Self::hits_in(&self.places, &v)
                    .iter()
                    .find_map(|h| self.phrase_place(h, &line_sentence))
                {
                    return Some(r);
                }
                continue;
            }
            if label_line(self.f, next.clone()).is_some() {
                continue;
            }
            // Prose under the heading: the place phrase of its sentence.
            if self.has(&v, Cue::MeetingVerb) || body.contains(". ") || body.len() > 160 {
                let sentence = self.cx.seg.sentence(start);
                // "The venue is still to be confirmed – either the hospital or the CPAS,
                // depending on room availability."
                if self.later(&sentence)
                    || PLACE_LATER_PHRASES
                        .iter()
                        .any(|w| has_phrase(&self.f[sentence.clone()], w))
                {
                    return None;
                }
                return Self::hits_in(&self.places, &v)
                    .iter()
                    .find_map(|h| self.phrase_place(h, &sentence));
            }
            let looks_like_place = !Self::hits_in(&self.places, &v).is_empty()
                || body.bytes().any(|b| b.is_ascii_digit());
            if looks_like_place
                && !self.later(&v)
                && !REMOTE_VALUE.is_match_in(self.cx.scan(), body)
                && !link_value(body)
            {
                let r = self.cut_remote_tail(v);
                if !r.is_empty() {
                    return Some(r);
                }
            }
        }
        None
    }

    fn phrase_place(&self, h: &Hit<Cue>, sentence: &Range<usize>) -> Option<Range<usize>> {
        if self.in_citation_proper(h.start) || self.mute(h.start) {
            return None;
        }
        let f = self.f;
        let text = &f[h.start..h.end];
        // "take place on ..." is not "Place Communale 3".
        if text.starts_with("place ") {
            if let Some(w) = dates::word_before(f, h.start) {
                if matches!(
                    w,
                    "take"
                        | "takes"
                        | "took"
                        | "taking"
                        | "taken"
                        | "first"
                        | "second"
                        | "in"
                        | "your"
                        | "our"
                        | "my"
                        | "his"
                        | "her"
                        | "their"
                        | "a"
                        | "the"
                ) {
                    return None;
                }
            }
        }
        // "pas de salle physique", "no meeting room", "sans salle": no place.
        let before = f[..h.start].trim_end();
        if let Some(w) = dates::word_before(f, h.start) {
            let denied = matches!(w, "aucune" | "aucun" | "sans" | "no" | "without" | "geen")
                || (w == "de"
                    && before.ends_with("de")
                    && dates::word_before(f, before.len() - 2) == Some("pas"));
            if denied {
                return None;
            }
        }
        // "currently admitted on Ward 4B", "hospitalisée au CHR", "scolarisé à l'école X":
        // where the person concerned is, not where the meeting is.
        if dates::word_before(f, h.start).is_some_and(|w| WHERE_SOMEONE_IS.contains(&w)) {
            return None;
        }
        // Up to a full stop the sentence splitter left: "room \"lys\". exact day tbc by fri"
        // leaves the date for later, not the place, and the place ends at the stop.
        let stop = segment::full_stop_in(f, h.start, sentence.end).unwrap_or(sentence.end);
        let clause = segment::clause_around(f, sentence.clone(), h.start);
        if self.later(&(clause.start..clause.end.min(stop).max(clause.start))) {
            return None;
        }
        // Start after the preposition.
        let mut start = h.start;
        if let Some((first, rest)) = text.split_once(' ') {
            if matches!(
                first,
                "a" | "au"
                    | "aux"
                    | "dans"
                    | "en"
                    | "chez"
                    | "sur"
                    | "at"
                    | "in"
                    | "on"
                    | "op"
                    | "bij"
                    | "ten"
            ) && !rest.is_empty()
            {
                start = h.start + first.len() + 1;
            }
        }
        // "at noon in room 2": the time is not the place.
        for lead in [
            "noon in ",
            "noon at ",
            "midday in ",
            "midday at ",
            "midi a ",
            "midi au ",
            "midi dans ",
        ] {
            if f[start..h.end].starts_with(lead) {
                start += lead.len();
                break;
            }
        }
        let end = place_end(self.cx.scan(), f, start, h.end.min(stop.max(start)), stop);
        let r = trim_range(f, start..end);
        (!r.is_empty()).then_some(r)
    }

    // -----------------------------------------------------------------------------------
    // Remote means and items.

    fn negated(&self, h: &Hit<Cue>) -> bool {
        let f = self.f;
        let sentence = self.cx.seg.sentence(h.start);
        let clause = segment::clause_around(f, sentence, h.start);
        let before_start = clause.start.max(h.start.saturating_sub(40)).min(h.start);
        let mut b = before_start;
        while !f.is_char_boundary(b) {
            b += 1;
        }
        let before = &f[b..h.start];
        if negation::strongly_negated_before(self.cx.scan(), f, b, h.start)
            && !CONDITION.is_match_in(self.cx.scan(), before)
        {
            return true;
        }
        let after_end = clause.end.max(h.end).min(f.len());
        NEG_AFTER.is_match_in(self.cx.scan(), &f[h.end..after_end])
    }

    /// Is `b` within a few lines after (or the paragraph of) anchor `a`, with no closing
    /// formula between them?
    fn near_without_closing(&self, a: usize, b: usize) -> bool {
        if segment::paragraph_around(self.f, a).contains(&b) {
            return true;
        }
        if b < a {
            return false;
        }
        let lines = self.line_starts.partition_point(|&s| s <= b)
            - self.line_starts.partition_point(|&s| s <= a);
        lines <= 8
            && !Self::hits_in(&self.items, &(a..b))
                .iter()
                .any(|h| h.kind == Cue::Closing)
    }

    /// Is `i` in the signature: at most 400 bytes after a closing formula ("Yours
    /// sincerely,", "Cordialement,"), with no postscript between ("P.S. The meeting will
    /// be chaired by …")?
    fn in_signature(&self, i: usize) -> bool {
        Self::hits_in(&self.items, &(i.saturating_sub(400)..i))
            .iter()
            .any(|h| {
                h.kind == Cue::Closing
                    && !["\np.s", "\nps", "\nn.b", "\nnb"]
                        .iter()
                        .any(|p| self.f[h.end..i].contains(p))
            })
    }

    /// A remote label whose value says no: "À distance : non", "Videoconference: not possible".
    fn label_says_no(&self, i: usize) -> bool {
        let line = self.line(i);
        let Some(l) = label_line(self.f, line) else {
            return false;
        };
        if !l.remote || i >= l.value.start {
            return false;
        }
        let v = &self.f[l.value.clone()];
        // A form's choice: the word after the ticked box ("Visioconférence : ☐ Oui ☒ Non").
        let v = ["☒", "☑", "[x]", "✔", "✓"]
            .iter()
            .filter_map(|b| v.find(b).map(|i| &v[i + b.len()..]))
            .next()
            .unwrap_or(v);
        let first = v
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        matches!(
            first,
            "non"
                | "no"
                | "not"
                | "pas"
                | "nee"
                | "neen"
                | "geen"
                | "impossible"
                | "exclu"
                | "exclue"
                | "none"
                | "aucune"
        )
    }

    /// True when the cue at `h` is a form's label whose value says there is none yet
    /// ("| Agenda | N/A |", "Président : à compléter", "Minutes: TBC"): a field left
    /// unfilled states no modality.
    fn unfilled(&self, h: &Hit<Cue>) -> bool {
        let line = self.line(h.start);
        let before = &self.f[line.start..h.start];
        if !before
            .trim_matches([' ', '|', '*', '-', '•', '#'])
            .is_empty()
        {
            return false;
        }
        // A cue that runs onto the next line is no label of this one.
        let Some(after) = self.f.get(h.end..line.end) else {
            return false;
        };
        let after = after.trim_start_matches([' ', '*']);
        // (A form's leader dots stand for the colon: "Agenda ...... <<to be added>>".)
        let dots = after.trim_start_matches(['.', '\u{2026}']);
        let Some(value) = after
            .strip_prefix([':', '|'])
            .or_else(|| (after.len() - dots.len() >= 3).then_some(dots))
        else {
            return false;
        };
        // (A wide gap before the colon reads as a colon too: "presidence: : …".)
        let value = value
            .split('|')
            .next()
            .unwrap_or("")
            .trim_matches([' ', ':']);
        // « Présidence : [à compléter] », "Chair: [name]", "Heure : ……": a field left to
        // fill (a bracketed value, or dots and nothing else).
        if placeholder_value(value)
            || !value.is_empty() && value.trim_matches(['.', '_', ' ']).is_empty()
        {
            return true;
        }
        let value = value.trim_matches([' ', '*', '_', '.', '(', ')']);
        UNFILLED.contains(&value)
    }

    /// Place or remote labels whose value is a remote means: "Lieu : Teams".
    fn remote_labels(&self, quoted: bool) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut line_start = self.body_start;
        let mut seen = 0;
        while line_start < self.f.len() && seen < 5_000 {
            seen += 1;
            let line = self.line(line_start);
            line_start = line.end + 1;
            if line.is_empty() || self.mute(line.start) || self.quoted(line.start) != quoted {
                continue;
            }
            if let Some(l) = label_line(self.f, line) {
                // "Lieu : Teams", "Where: https://meet.example/j/CL-2025-0412": a link
                // as a place's value is the means of a meeting held online.
                let value = &self.f[l.value.clone()];
                if (l.place || l.remote)
                    && (REMOTE_VALUE.is_match_in(self.cx.scan(), value) || link_value(value))
                {
                    out.push(l.value);
                }
            }
        }
        out
    }

    /// Is this item hit speaking for the letter?
    fn item_counts(&self, i: usize, meeting_quoted: bool) -> bool {
        !self.mute(i) && self.header_head(i).is_none() && (meeting_quoted || !self.quoted(i))
    }
}

/// Phrases that say a place is not known yet wherever they stand in the sentence that
/// sets the meeting ("| jeudi 19 février | *à confirmer* (une salle sera réservée) |").
const PLACE_LATER_PHRASES: &[&str] = &[
    "a confirmer",
    "a determiner",
    "a preciser",
    "a definir",
    "a fixer",
    "a completer",
    "to be confirmed",
    "to be completed",
    "to be determined",
    "to be communicated",
    "to be fixed",
    "to be set",
    "to be decided",
    "to be arranged",
    "to be agreed",
    "nader te bepalen",
];

/// Words that say so only as a place label's value ("Venue: TBC", "Lieu : suivra").
const PLACE_LATER_WORDS: &[&str] = &[
    "tbc",
    "t.b.c",
    "t.b.c.",
    "tba",
    "tbd",
    "later",
    "ulterieurement",
    "suivra",
    "to follow",
    "volgt",
    "n/a",
];

/// A form's field left unfilled, as its whole value (folded): "N/A", "TBC", « à compléter ».
const UNFILLED: &[&str] = &[
    "n/a",
    "na",
    "n.a",
    "-",
    "/",
    "none",
    "nil",
    "tbc",
    "tba",
    "tbd",
    "to follow",
    "to be confirmed",
    "to be fixed",
    "to be set",
    "to be determined",
    "to be decided",
    "not applicable",
    "a fixer",
    "a determiner",
    "a definir",
    "a completer",
    "a preciser",
    "a confirmer",
    "neant",
    "sans objet",
    "suivra",
    "nvt",
    "n.v.t",
    "n.t.b",
    "t.b.c",
    "t.b.a",
    "t.b.d",
];

/// True when an agenda cue is that of a session still to set, not this meeting's agenda:
/// "will be put on the agenda of one of the forthcoming sessions", « inscrite à l'ordre du
/// jour d'une prochaine séance ».
fn later_session(after: &str) -> bool {
    const LATER: &[&str] = &[
        " of one of the",
        " of a forthcoming",
        " of an upcoming",
        " of a future",
        " of a later",
        " of a next",
        " d'une prochaine",
        " d'une future",
        " d'une de nos prochaines",
        " d'une des prochaines",
    ];
    LATER.iter().any(|l| after.starts_with(l))
}

/// True when `phrase` stands in `text` as whole words ("à confirmer", not "va confirmer").
fn has_phrase(text: &str, phrase: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices(phrase).any(|(i, _)| {
        let end = i + phrase.len();
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && (end == b.len() || !b[end].is_ascii_alphanumeric())
    })
}

/// The gap between a vague range's opening and its last day: "14 et le" (« entre le 14 et
/// le 25 septembre »), "14th and" ("between the 14th and 25th of May").
fn range_gap(gap: &str) -> bool {
    let rest = gap.trim_start_matches(|c: char| c.is_ascii_digit());
    let suffix = ["er", "st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .unwrap_or(rest);
    rest.len() < gap.len()
        && gap.len() - rest.len() <= 2
        && matches!(
            suffix,
            " et le" | " et" | " and" | " and the" | " au" | " to" | " to the" | " en"
        )
}

/// "le 3 février dernier", "on 3 February last": a past date.
fn past_after(f: &str, end: usize) -> bool {
    let rest = &f[end..];
    let rest = rest.trim_start_matches([' ', ',']);
    let word: &str = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "dernier"
            | "derniere"
            | "ecoule"
            | "ecoulee"
            | "passe"
            | "passee"
            | "last"
            | "jongstleden"
            | "ll"
    )
}

/// "10h", "14:30": a time between a date and "au plus tard".
fn dates_gap_is_time(gap: &str) -> bool {
    gap.len() <= 16 && gap.bytes().any(|b| b.is_ascii_digit())
}

/// Trims spaces, commas, dashes and markup from both ends of a folded range.
fn trim_range(f: &str, r: Range<usize>) -> Range<usize> {
    // A reversed or out-of-bounds range (a place phrase that ended before it began) is empty.
    let r = r.start.min(f.len())..r.end.min(f.len());
    if r.start >= r.end || !f.is_char_boundary(r.start) || !f.is_char_boundary(r.end) {
        return r.start..r.start.max(r.start);
    }
    let s = &f[r.clone()];
    let t = s.trim_start_matches([' ', ',', '-', '*', '|', ':', '\n']);
    let start = r.start + (s.len() - t.len());
    let t = t.trim_end_matches([' ', ',', '-', '*', '|', ':', '\n', '.', ';']);
    let mut end = start + t.len();
    // An unclosed parenthesis at the end: drop it; an unopened one: drop it too.
    let inner = &f[start..end];
    let (open, close) = (inner.matches('(').count(), inner.matches(')').count());
    if open > close {
        if let Some(p) = inner.rfind('(') {
            end = start + inner[..p].trim_end_matches([' ', ',']).len();
        }
    } else if close > open && inner.ends_with(')') {
        end -= 1;
    }
    start..end
}

/// Where a place phrase starting at `start` ends: at the end of the sentence, a ";", a
/// sentence-ending ".", or before a comma or word that starts something else.
fn place_end(scan: &Scan, f: &str, start: usize, min_end: usize, limit: usize) -> usize {
    let mut limit = limit.min(start + 200).min(f.len());
    while !f.is_char_boundary(limit) {
        limit -= 1;
    }
    let mut depth = 0i32;
    let mut i = start;
    let b = f.as_bytes();
    while i < limit {
        let c = b[i];
        match c {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b';' | b':' if depth <= 0 => return i,
            b'.' if depth <= 0 && i >= min_end => {
                let next = b.get(i + 1).copied();
                let before = &f[start..i];
                let word = before.rsplit([' ', '(', ',']).next().unwrap_or("");
                let abbreviation = matches!(
                    word,
                    "av" | "bd"
                        | "n"
                        | "no"
                        | "st"
                        | "ste"
                        | "bte"
                        | "ch"
                        | "pl"
                        | "sq"
                        | "r"
                        | "bldg"
                        | "bat"
                        | "mr"
                        | "mme"
                        | "m"
                        | "dr"
                ) || word.len() == 1;
                if matches!(next, None | Some(b' ' | b'\n')) && !abbreviation {
                    return i;
                }
            }
            b',' | b' '
                if depth <= 0 && i >= min_end && PLACE_STOP.is_match_in(scan, &f[i..limit]) =>
            {
                return i;
            }
            b'\n' if depth <= 0 && i >= min_end && b.get(i + 1) == Some(&b'\n') => {
                return i;
            }
            _ => {}
        }
        i += 1;
    }
    limit
}

fn push_item(items: &mut Vec<ModalityItem>, cx: &Ctx<'_>, kind: ModalityKind, r: Range<usize>) {
    if r.is_empty() {
        return;
    }
    let mut n = 0;
    for it in items.iter().filter(|it| it.kind == kind) {
        n += 1;
        let span = cx.doc.folded.span(r.clone());
        if it.evidence.start < span.end && span.start < it.evidence.end {
            return;
        }
    }
    if n >= MAX_ITEMS_PER_KIND {
        return;
    }
    items.push(ModalityItem {
        kind,
        evidence: cx.doc.evidence(r),
    });
}

/// Words of a first line that titles notes of a call (its stamp is the notes' date).
const CALL_WORDS: &[&str] = &[
    "call",
    "appel",
    "telephone",
    "phone",
    "voicemail",
    "messagerie",
];

/// Words that make a text's first line the header of a pasted message, whose date is the
/// letter's.
const MESSAGE_HEADER_WORDS: &[&str] = &["sms", "whatsapp", "voicemail", "messagerie", "repondeur"];

/// Words that make a text's first line a message's header only on a short line, beside a
/// stamp or a number ("Message received 12/11/2026 09:14", "Messages — +32 470 …") or
/// before its sender ("Message from Dr Okafor"), not a title ("Message to all partners of
/// the network").
const MESSAGE_HEADER_WEAK_WORDS: &[&str] = &[
    "chat",
    "conversation",
    "signal",
    "message",
    "recu",
    "received",
    "messages",
    "transcription",
    "transcript",
];

/// True when the text's first line names the chat it was pasted from: an application and
/// a conversation ("WhatsApp chat with Inès C.", "Microsoft Teams · Conversation avec …",
/// "Signal · groupe « Prévention »", "#youth-team (Slack)"). Its messages are addressed.
pub(crate) fn names_chat(f: &str) -> bool {
    const APPS: &[&str] = &["whatsapp", "signal", "teams", "slack", "messenger", "sms"];
    const CHATS: &[&str] = &[
        "chat",
        "conversation",
        "groupe",
        "group",
        "discussion",
        "canal",
        "channel",
    ];
    let Some(first) = head_lines(f).next() else {
        return false;
    };
    let mut words = first_line_words(f);
    let line = f[first].trim();
    // A channel's name alone: "#riverside-partners   Tuesday 11 February 2025".
    let channel = line.strip_prefix('#').is_some_and(|rest| {
        let name = rest.split(char::is_whitespace).next().unwrap_or("");
        name.starts_with(|c: char| c.is_ascii_alphanumeric())
            && name.contains(['-', '_'])
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    });
    channel
        || (words.clone().any(|w| APPS.contains(&w))
            && (line.starts_with('#') || words.any(|w| CHATS.contains(&w))))
}

/// True when the text's first line names a message or a chat ("SMS reçu le …", "WhatsApp
/// chat with …", "Microsoft Teams – conversation …"): its dates are the message's.
pub(crate) fn names_message(f: &str) -> bool {
    if names_chat(f) || first_line_words(f).any(|w| MESSAGE_HEADER_WORDS.contains(&w)) {
        return true;
    }
    let first = head_lines(f).next().unwrap_or(0..0);
    let line = &f[first];
    let words: Vec<&str> = first_line_words(f).filter(|w| !w.is_empty()).collect();
    // (Or names its sender: "Message from Dr Okafor", « Message de la coordination ».)
    let from = words.windows(2).any(|w| {
        MESSAGE_HEADER_WEAK_WORDS.contains(&w[0]) && matches!(w[1], "from" | "de" | "d" | "van")
    });
    words.iter().any(|w| MESSAGE_HEADER_WEAK_WORDS.contains(w))
        && (from || words.len() <= 3 || line.bytes().any(|b| b.is_ascii_digit()))
}

/// The words of the text's first line ([`head_lines`]).
fn first_line_words(f: &str) -> std::str::Split<'_, impl Fn(char) -> bool + Clone> {
    let first = head_lines(f).next().unwrap_or(0..0);
    f[first].split(|c: char| !c.is_alphanumeric())
}

/// The stamps of chat messages pasted as text, each up to its message: "[14/11/2026, 19:03]"
/// (a bracket that opens its line on a date), "14/11/2026, 19:03 - " (an export's line that
/// opens on a date and a time), and, in a text whose first line names a chat ("Microsoft
/// Teams · Conversation avec …"), a short line that ends on a date and a time ("Steven
/// Colard   mar. 07/04/2026 16:05") or is only a date and a time ("mar. 10 mars 2026,
/// 08:31"). When the message was sent, not when the meeting is.
fn chat_stamps(f: &str, found: &dates::Found) -> Vec<Range<usize>> {
    /// The longest stamp line read in a chat (a name, a weekday, a date and a time).
    const STAMP_LINE: usize = 100;
    let chat = names_message(f);
    // Dates and times are in text order and do not overlap: looked up by binary search.
    let (dates, times) = (&found.dates, &found.times);
    let date_at = |i: usize| {
        let k = dates.partition_point(|d| d.range.start < i);
        dates.get(k).filter(|d| d.range.start == i)
    };
    let mut out = Vec::new();
    // Message header lines found outside a chat that names itself.
    let mut headers = Vec::new();
    let mut start = 0;
    for line in split_lines(f).take(20_000) {
        let r = start..start + line.len();
        start = r.end + 1;
        let text = line.trim_end();
        if text.starts_with('[') {
            if let Some(close) = text.find(']').filter(|&c| c <= 40) {
                // The date opens the bracket, or follows the app's name ("[Teams · lun.
                // 03/02/2025 08:12]").
                let k = dates.partition_point(|d| d.range.start <= r.start);
                let inside = dates.get(k).is_some_and(|d| {
                    d.range.end <= r.start + close && f[r.start + 1..d.range.start].len() <= 12
                });
                if date_at(r.start + 1).is_some() || inside {
                    out.push(r.start..r.start + close + 1);
                }
            }
            continue;
        }
        let Some(d) = date_at(r.start) else {
            // A line that ends on a date and a time, in a chat ("Sofie (CPAS)  [Tue 11 Mar
            // 2025, 08:41]"), or on a time in brackets ("Sofie (CPAS)  [08:42]"); outside a
            // chat that names itself, two such lines or more (each message's header: "Sarah
            // L. (SAJ)   Tue 21/10/2025 10:14" … "Tom D. (school)   Tue 21/10/2025 10:31").
            if text.len() <= STAMP_LINE {
                let bracketed = text.strip_suffix(']');
                let end = r.start + bracketed.unwrap_or(text).len();
                let k = times.partition_point(|t| t.range.end < end);
                let stamp = times
                    .get(k)
                    .filter(|t| t.range.end == end)
                    .is_some_and(|t| {
                        // A name before the time alone, in brackets.
                        if bracketed.is_some()
                            && f[..t.range.start].ends_with('[')
                            && !f[r.start..t.range.start].contains(':')
                        {
                            return true;
                        }
                        let j = dates.partition_point(|d| d.range.end <= t.range.start);
                        j.checked_sub(1).map(|j| &dates[j]).is_some_and(|d| {
                            // A name before the date, not a label ("Date : 3 mars 14:00").
                            r.start < d.range.start
                                && !f[r.start..d.range.start].contains(':')
                                && f[d.range.end..t.range.start]
                                    .trim_matches(|c: char| c == ' ' || c == ',')
                                    .is_empty()
                        })
                    });
                if stamp {
                    if chat {
                        out.push(r.clone());
                    } else if !MEETING_WORDS.iter().any(|w| has_phrase(text, w)) {
                        headers.push(r.clone());
                    }
                }
            }
            continue;
        };
        let k = times.partition_point(|t| t.range.start < d.range.end);
        // In a chat, a line that is only a date and a time ("mar. 10 mars 2026, 08:31"
        // above a reply).
        if chat
            && times.get(k).is_some_and(|t| {
                t.range.end == r.start + text.len()
                    && f[d.range.end..t.range.start]
                        .trim_matches(|c: char| c == ' ' || c == ',' || c == '-')
                        .is_empty()
            })
        {
            out.push(r.start..r.start + text.len());
            continue;
        }
        // "14/11/2026, 19:03 - Inès C.: …": a date in figures, and a name before a colon
        // (not "Monday 9 March 2026, 10.00 am – 12 Rue des Glycines"); or a date in words
        // whose name's colon ends the line, where folding has put a chat's message on a
        // line of its own ("Tue 4 Mar 2025, 21:10 – Dr A. Okafor (paeds):\nHi Lena, …").
        if !text.starts_with(|c: char| c.is_ascii_digit()) && !text.ends_with(':') {
            continue;
        }
        if let Some(t) = times
            .get(k)
            .filter(|t| t.range.start <= d.range.end + 3 && t.range.end <= r.end)
        {
            let message = &f[t.range.end..r.end];
            let named = message
                .strip_prefix(" - ")
                .and_then(|m| m.get(..m.len().min(60)))
                .is_some_and(|m| m.contains(':'));
            if named {
                out.push(r.start..t.range.end + 3);
            }
        }
    }
    if headers.len() >= 2 {
        out.extend(headers);
        out.sort_by_key(|r| r.start);
    }
    out
}

/// Words of a line that names the meeting rather than a message's author: "Concertation de
/// cas jeudi 12/03/2026 14h00" is the meeting's date, not a stamp.
const MEETING_WORDS: &[&str] = &[
    "concertation",
    "reunion",
    "meeting",
    "consultation",
    "overleg",
    "casusoverleg",
    "seance",
    "session",
    "rdv",
    "rendez-vous",
    "date",
    "quand",
    "when",
];

/// The text's lines of at least 8 bytes, from the top: its head, whatever short lines
/// (a stray character, an initial) stand before it.
fn head_lines(f: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    split_lines(f)
        .map(move |line| {
            let r = start..start + line.len();
            start = r.end + 1;
            r
        })
        .filter(|r| f[r.clone()].trim().len() >= 8)
}

/// Where the house number right before a street name starts ("12, rue des Glycines",
/// "12 Rue des Glycines"), if there is one.
fn house_number_before(f: &str, at: usize) -> Option<usize> {
    let before = f[..at].trim_end_matches(' ');
    let before = before
        .strip_suffix(',')
        .unwrap_or(before)
        .trim_end_matches(' ');
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let start = before.len() - digits;
    let word_boundary = f[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    // "le 3 mars 2026 rue Haute", "03/03/2026, rue Haute": a year, not a house number.
    let year = digits == 4
        && (before[start..].starts_with("19") || before[start..].starts_with("20"))
        && f[..start]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '/' | '-' | '.'));
    (1..=4)
        .contains(&digits)
        .then_some(start)
        .filter(|_| word_boundary && !year)
}

/// Words before a place that say where someone is, not where the meeting is ("admitted
/// on Ward 4B", "hospitalisé au CHR", "scolarisée à l'école", "lives in the building").
const WHERE_SOMEONE_IS: &[&str] = &[
    "admitted",
    "hospitalised",
    "hospitalized",
    "hospitalise",
    "hospitalisee",
    "hospitalises",
    "hospitalisees",
    "admis",
    "admise",
    "scolarise",
    "scolarisee",
    "scolarises",
    "scolarisees",
    "enrolled",
    "lives",
    "living",
    "resides",
    "residing",
    "habite",
    "domicilie",
    "domiciliee",
    "detained",
    "detenu",
    "detenue",
];

/// True when the remote means at folded `at` is a conversation already had: "Following our
/// phone call of last week", "Suite à notre conférence téléphonique".
fn past_conversation(f: &str, at: usize) -> bool {
    super::dates::word_before(f, at).is_some_and(|w| {
        [
            "our",
            "my",
            "your",
            "yesterday's",
            "notre",
            "votre",
            "mon",
            "nos",
            "vos",
        ]
        .contains(&w)
    })
}

/// True when `at` is on the header line of a chat the message was pasted from: the first
/// line ([`head_lines`]), in brackets ("[Microsoft Teams – conversation « CSIL-R »]") or
/// naming a conversation or a channel. The means the message came through, not the
/// meeting's.
fn chat_header(f: &str, at: usize) -> bool {
    let start = f[..at].rfind('\n').map_or(0, |p| p + 1);
    let end = f[at..].find('\n').map_or(f.len(), |p| at + p);
    let line = f[start..end].trim();
    if head_lines(f).next().is_none_or(|l| l.start != start) {
        return false;
    }
    (line.starts_with('[') && line.ends_with(']'))
        || [
            "conversation",
            "chat",
            "canal",
            "channel",
            "groupe",
            "group",
        ]
        .iter()
        .any(|w| line.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
}

/// True when the text sets its meeting in label lines, a date or time label and a place
/// label ("Quand : jeudi 4 juin", "Où : salle 2"; "Date | …" in a table): the same labels
/// the meeting is read from.
pub(crate) fn when_and_where_labels(f: &str) -> bool {
    let (mut when, mut place) = (false, false);
    let mut start = 0;
    for line in split_lines(f) {
        let r = start..start + line.len();
        start = r.end + 1;
        if let Some(l) = label_line(f, r) {
            when |= l.date || l.time;
            place |= l.place && !l.address;
            if when && place {
                return true;
            }
        }
    }
    false
}

/// Extracts the meeting (date, time, place, remote) and the modality items.
pub(crate) fn extract(cx: &Ctx<'_>) -> Modalities {
    let f = cx.f();
    let mut out = Modalities::default();
    if f.trim().is_empty() {
        return out;
    }
    let l = Letter::new(cx);
    let (best, deadlines) = l.meeting();
    let meeting_quoted = best.as_ref().is_some_and(|c| c.quoted);
    let mut anchors = Vec::new();
    let mut items: Vec<ModalityItem> = Vec::new();

    // Date and time.
    let mut time_idx = None;
    if let Some(c) = &best {
        let d = &l.found.dates[c.idx];
        out.meeting.date = c.date.map(|d| d.iso());
        push_item(&mut items, cx, ModalityKind::Date, d.range.clone());
        anchors.push(d.range.start);
        time_idx = c.time;
    }
    if time_idx.is_none() {
        time_idx = l.lone_time(meeting_quoted);
    }
    if let Some(k) = time_idx {
        let t = &l.found.times[k];
        out.meeting.time = Some(t.time.hhmm());
        push_item(&mut items, cx, ModalityKind::Time, t.range.clone());
        anchors.push(t.range.start);
    }

    // Place.
    if let Some(r) = l.place(&anchors, meeting_quoted) {
        out.meeting.place = Some(cx.doc.evidence(r.clone()));
        push_item(&mut items, cx, ModalityKind::Place, r);
    }

    // Remote means and the other items.
    for h in &l.items {
        if !l.item_counts(h.start, meeting_quoted) {
            continue;
        }
        let r = h.start..h.end;
        match h.kind {
            // « tenue en ligne avec l'article 458ter » (English "in line with"): not online.
            Cue::Remote if in_line_with(&f[h.end..]) => {}
            Cue::Remote
                if !l.negated(h)
                    && !l.label_says_no(h.start)
                    && !chat_header(f, h.start)
                    && !past_conversation(f, h.start) =>
            {
                out.meeting.remote = true;
                push_item(&mut items, cx, ModalityKind::Remote, r);
            }
            // "| Agenda | N/A |": a field left unfilled.
            Cue::Agenda | Cue::Minutes | Cue::MinutesWeak | Cue::Chair | Cue::Procedure
                if l.unfilled(h) => {}
            // « je regarde mon agenda », "put it in your agenda": a diary.
            Cue::Agenda
                if dates::word_before(f, h.start).is_some_and(|w| {
                    matches!(
                        w,
                        "mon"
                            | "ton"
                            | "son"
                            | "votre"
                            | "vos"
                            | "leur"
                            | "leurs"
                            | "nos"
                            | "my"
                            | "your"
                            | "their"
                    )
                }) => {}
            Cue::Agenda if !l.negated(h) && !later_session(&f[h.end..]) => {
                push_item(&mut items, cx, ModalityKind::Agenda, r);
            }
            Cue::NoMinutes => push_item(&mut items, cx, ModalityKind::Procedure, r),
            Cue::Minutes | Cue::MinutesWeak => {
                if h.kind == Cue::MinutesWeak && counts_time(f, h.start) {
                    continue;
                }
                if is_police_report(f, h.end) {
                    continue;
                }
                let kind = if l.negated(h) {
                    ModalityKind::Procedure
                } else {
                    ModalityKind::Minutes
                };
                push_item(&mut items, cx, kind, r);
            }
            // "Mayor of Kesselbeek\nChair of the LIVC-R" under "Yours sincerely,": a title in
            // the signature, not who chairs the meeting.
            Cue::Chair if l.in_signature(h.start) => {}
            // "La cellule réunit, outre le Bourgmestre qui la préside, …": who chairs the
            // standing cell, not how this meeting runs.
            Cue::Chair if chairs_the_cell(f, cx.seg.sentence(h.start), h.start) => {}
            Cue::Chair => push_item(&mut items, cx, ModalityKind::Chair, r),
            Cue::Contact => push_item(&mut items, cx, ModalityKind::Contact, r),
            Cue::Procedure => push_item(&mut items, cx, ModalityKind::Procedure, r),
            _ => {}
        }
    }
    for r in l.remote_labels(meeting_quoted) {
        out.meeting.remote = true;
        push_item(&mut items, cx, ModalityKind::Remote, r);
    }
    // Reply deadlines.
    for (k, cue_start) in deadlines {
        let d = &l.found.dates[k];
        if !l.item_counts(d.range.start, meeting_quoted) {
            continue;
        }
        let start = cue_start.min(d.range.start);
        push_item(
            &mut items,
            cx,
            ModalityKind::ReplyDeadline,
            start..d.range.end,
        );
    }
    for h in &l.ctx {
        if h.kind == Cue::Reply
            && f[h.start..h.end].starts_with("rsvp")
            && l.item_counts(h.start, meeting_quoted)
        {
            push_item(&mut items, cx, ModalityKind::ReplyDeadline, h.start..h.end);
        }
    }
    items.sort_by_key(|it| (it.evidence.start, it.kind));
    out.items = items;
    out
}

/// True when the sentence before a chair cue at `at` speaks of the standing cell and of no
/// meeting ("La cellule réunit, outre le Bourgmestre qui la préside, …", "The LISC, chaired
/// by the mayor, brings together …"): the cell's composition, not a modality of this
/// meeting.
fn chairs_the_cell(f: &str, sentence: Range<usize>, at: usize) -> bool {
    const CELL: &[&str] = &["cellule", "cell", "csil", "lisc", "livc"];
    const MEETING: &[&str] = &[
        "reunion",
        "concertation",
        "seance",
        "meeting",
        "consultation",
        "session",
        "casusoverleg",
        "conference",
    ];
    let Some(before) = f.get(sentence.start..at) else {
        return false;
    };
    let words = || {
        before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    words().any(|w| CELL.contains(&w)) && !words().any(|w| MEETING.contains(&w))
}

/// "10 minutes", "a few minutes": time counted, not minutes of a meeting.
fn counts_time(f: &str, i: usize) -> bool {
    let before = f[..i].trim_end();
    before.ends_with(|c: char| c.is_ascii_digit())
        || dates::word_before(f, i).is_some_and(|w| {
            matches!(
                w,
                "few"
                    | "several"
                    | "some"
                    | "quelques"
                    | "dix"
                    | "quinze"
                    | "vingt"
                    | "trente"
                    | "ten"
                    | "fifteen"
                    | "twenty"
                    | "thirty"
                    | "five"
                    | "cinq"
                    | "of"
                    | "plusieurs"
            )
        })
}

/// « en ligne » followed by « avec l'article … » (English "in line with"), across a line
/// break: conformity, not a meeting held online.
fn in_line_with(rest: &str) -> bool {
    let next: String = rest
        .chars()
        .take(32)
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    [
        " avec l'",
        " avec la loi",
        " avec le code",
        " avec le decret",
        " avec les dispositions",
    ]
    .iter()
    .any(|w| next.starts_with(w))
}

/// A form's field left to fill: a bracketed value ("[to be confirmed]", "[DATE]") or one
/// in double angle brackets ("<<lieu de la réunion>>").
fn placeholder_value(value: &str) -> bool {
    let v = value.trim_matches([' ', '.', '*']);
    v.strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .is_some_and(|v| !v.contains(['[', ']']))
        || v.strip_prefix("<<")
            .and_then(|v| v.strip_suffix(">>"))
            .is_some_and(|v| !v.contains(['<', '>']))
}

/// "procès-verbal d'audition", "PV n° 123": a police report, not minutes.
fn is_police_report(f: &str, end: usize) -> bool {
    let rest = f.get(end..).unwrap_or("");
    [
        " d'audition",
        " de police",
        " de constat",
        " d'intervention",
        " initial",
        " n°",
        " no ",
        " nr",
        " du ",
        " dresse",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
        // "PV HW.71.L2.004512/2025": a report's number.
        || rest.strip_prefix(' ').is_some_and(|r| {
            r.split([' ', '\n', ',', ')'])
                .next()
                .is_some_and(|w| w.len() >= 4 && w.bytes().any(|b| b.is_ascii_digit()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::report::{InputFormat, Meeting};
    use crate::segment::Segments;

    fn run_as(text: &str, format: InputFormat) -> Modalities {
        let doc = Document::new(text, format);
        let seg = Segments::new(&doc);
        let cx = Ctx {
            doc: &doc,
            seg: &seg,
            citations: vec![],
        };
        extract(&cx)
    }

    fn run(text: &str) -> Modalities {
        run_as(text, InputFormat::Text)
    }

    fn kinds(m: &Modalities) -> Vec<ModalityKind> {
        let mut k: Vec<_> = m.items.iter().map(|i| i.kind).collect();
        k.sort();
        k.dedup();
        k
    }

    fn place(m: &Modalities) -> Option<&str> {
        m.meeting.place.as_ref().map(|e| e.text.as_str())
    }

    #[test]
    fn french_letter_with_traps() {
        let text = "COMMUNE DE HAUTRIVAL\nRue de la Loi 16, 1000 Bruxelles\n\n\
            Hautrival, le 10 mars 2025\n\nMadame,\n\n\
            Lors de notre réunion du 3 février, les membres de la cellule instituée par la loi du 30 juillet 2018 \
            avaient convenu de se revoir. Une nouvelle concertation de cas est donc fixée au jeudi 27 mars à 9h, \
            à l’hôtel de police, salle de crise.\n\n\
            La réunion sera présidée par le bourgmestre. Un procès-verbal sera rédigé.\n\n\
            Merci de confirmer votre présence d’ici le 20 mars 2025.\n\nLe Bourgmestre";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-27"));
        assert_eq!(m.meeting.time.as_deref(), Some("09:00"));
        assert_eq!(place(&m), Some("l’hôtel de police, salle de crise"));
        assert!(!m.meeting.remote);
        let k = kinds(&m);
        for want in [
            ModalityKind::Date,
            ModalityKind::Time,
            ModalityKind::Place,
            ModalityKind::Chair,
            ModalityKind::Minutes,
            ModalityKind::ReplyDeadline,
        ] {
            assert!(k.contains(&want), "{want:?} missing from {k:?}");
        }
        let deadline = m
            .items
            .iter()
            .find(|i| i.kind == ModalityKind::ReplyDeadline)
            .unwrap();
        assert_eq!(deadline.evidence.text, "d’ici le 20 mars 2025");
    }

    #[test]
    fn a_place_still_to_be_confirmed_is_no_place() {
        for text in [
            "Madame,\n\nNous vous invitons à une concertation de cas.\n\n| Date | Heure | Lieu |\n|:--|:--|:--|\n| jeudi 19 février 2026 | 14 h 30 | *à confirmer* (une salle sera réservée dans l'un des bâtiments communaux) |\n",
            "Madame,\n\nLa réunion aura lieu le jeudi 19 février 2026 à 14 h 30, lieu à confirmer (une salle sera réservée dans l'un des bâtiments communaux).\n",
        ] {
            assert_eq!(place(&run(text)), None, "{text}");
        }
        // Nor "va confirmer".
        let m = run("Madame,\n\nNotre secrétariat va confirmer la réservation : la réunion aura lieu le 19 février 2026 à 14 h 30 à la salle du conseil.\n");
        assert!(place(&m).is_some());
        // "Later" alone in the sentence does not unsay a place.
        let m = run("Madame,\n\nLa réunion, que nous confirmerons later, aura lieu le 19 février 2026 à 14 h 30 à la salle du conseil.\n");
        assert!(place(&m).is_some());
    }

    #[test]
    fn places_asked_as_questions_beside_the_date_or_sent_later() {
        let text = "Madame,\n\nNous vous invitons à une concertation de cas.\n\nQuand ? Le jeudi 8 janvier 2026, de 13h30 à 15h30.\nOù ? Dans nos locaux, rue de la Chapelle 22 (salle du premier étage).\n\nCordialement";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2026-01-08"));
        let p = m.meeting.place.as_ref().expect("a place");
        assert_eq!(&text[p.start..p.end], p.text);
        assert!(p.text.contains("rue de la Chapelle 22"), "{}", p.text);
        // A date on a line of its own: the place is the block's next line.
        let text = "Dear all,\n\nI confirm the case consultation regarding the L. children:\n\n  Monday 17 November 2025, 13:30–15:00\n  Hôpital des Sablons, Building C, meeting room 2\n\nBest wishes";
        let m = run(text);
        let p = m.meeting.place.as_ref().expect("a place");
        assert_eq!(&text[p.start..p.end], p.text);
        assert!(p.text.contains("meeting room 2"), "{}", p.text);
        // Near miss: the place is to be sent later, unless it is named first.
        let later = "Madame,\n\nConcertation de cas le 1er avril 2026 à 8 h 30.\nLieu : pour des raisons de sécurité, le lieu exact vous sera communiqué la veille.\n";
        assert_eq!(place(&run(later)), None);
        let named = "Madame,\n\nConcertation de cas le 1er avril 2026 à 8 h 30.\nLieu : Hôtel de ville, rue Haute 3 (le numéro de salle vous sera communiqué).\n";
        assert!(place(&run(named)).is_some_and(|p| p.contains("rue Haute 3")));
    }

    #[test]
    fn french_label_block_and_remote() {
        let text = "Liège, ce 3 mars 2025\n\nMonsieur,\n\nNous organisons une concertation de cas.\n\n\
            Date : 14.03.2025\nHeure : 10h00\nLieu : Commissariat central, salle \"Horizon\" (2e étage)\n\n\
            Si vous ne pouvez pas vous déplacer, une participation par visioconférence (Teams) est possible.\n\
            Ordre du jour : 1. accueil ; 2. situation.\nPour toute question : 04 222 33 44.\n\
            Les informations seront échangées oralement et aucun procès-verbal ne sera rédigé.";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-14"));
        assert_eq!(m.meeting.time.as_deref(), Some("10:00"));
        assert_eq!(
            place(&m),
            Some("Commissariat central, salle \"Horizon\" (2e étage)")
        );
        assert!(m.meeting.remote);
        let k = kinds(&m);
        assert!(k.contains(&ModalityKind::Agenda));
        assert!(k.contains(&ModalityKind::Contact));
        assert!(k.contains(&ModalityKind::Procedure));
        assert!(!k.contains(&ModalityKind::Minutes), "{k:?}");
    }

    #[test]
    fn negated_remote_is_not_remote() {
        let m = run("Namur, le 3/03/2025\n\nMadame,\n\nLa réunion aura lieu le 14 mars à 14h30 à l'hôtel de ville. \
            Il n'y aura pas de visioconférence.");
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-14"));
        assert_eq!(m.meeting.time.as_deref(), Some("14:30"));
        assert!(!m.meeting.remote);
        let m = run("Dear Sir,\n\nThe meeting will be held on 14 March 2025 at 2 pm. No remote participation is possible.");
        assert!(!m.meeting.remote);
        assert_eq!(m.meeting.time.as_deref(), Some("14:00"));
    }

    #[test]
    fn english_email_with_header_and_deadline() {
        let text = "From: A <a@x.be>\nSent: Monday, March 3, 2025 9:14 AM\nTo: B <b@y.be>\nSubject: Case consultation\n\n\
            Dear Ms Peeters,\n\nFurther to our meeting of 3 February, the consultation will take place on Thursday 3rd April \
            at 10am at our offices, rue de la Loi 16, 1000 Brussels. It will be chaired by the Mayor. \
            Participants may also join via Microsoft Teams.\n\nPlease confirm your attendance by 25 March.\n\n\
            Kind regards,\nJ. Smith\nTel. 02 555 55 55";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-04-03"));
        assert_eq!(m.meeting.time.as_deref(), Some("10:00"));
        assert_eq!(
            place(&m),
            Some("our offices, rue de la Loi 16, 1000 Brussels")
        );
        assert!(m.meeting.remote);
        let k = kinds(&m);
        assert!(k.contains(&ModalityKind::Chair));
        assert!(k.contains(&ModalityKind::ReplyDeadline));
        assert!(k.contains(&ModalityKind::Contact));
    }

    #[test]
    fn english_letter_range_and_year_from_letter_date() {
        let text = "18 December 2025\n\nDear Mr Lemaire,\n\nIt will be held on Monday 12 January, from 2 to 4 pm, in room 2.14 \
            of the town hall. Minutes will be taken and stored securely.";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2026-01-12"));
        assert_eq!(m.meeting.time.as_deref(), Some("14:00"));
        assert_eq!(place(&m), Some("room 2.14 of the town hall"));
        let k = kinds(&m);
        assert!(k.contains(&ModalityKind::Minutes));
        assert!(k.contains(&ModalityKind::Procedure));
    }

    #[test]
    fn markdown_table() {
        let text = "# Convocation\n\n*Bruxelles, le 2 avril 2025*\n\nMonsieur,\n\nVous êtes invité à la concertation.\n\n\
            | Élément | Détail |\n|---|---|\n| **Date** | jeudi 24 avril 2025 |\n| **Heure** | 10 h 00 – 12 h 00 |\n\
            | **Lieu** | Rue des Artisans 17, salle 4.02 |\n| **Présidence** | Mme X |\n\n\
            Merci de nous faire savoir avant le 17 avril 2025 si vous serez présent.\n";
        let m = run_as(text, InputFormat::Markdown);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-04-24"));
        assert_eq!(m.meeting.time.as_deref(), Some("10:00"));
        assert_eq!(place(&m), Some("Rue des Artisans 17, salle 4.02"));
        let k = kinds(&m);
        assert!(k.contains(&ModalityKind::Chair));
        assert!(k.contains(&ModalityKind::ReplyDeadline));
        for it in &m.items {
            assert_eq!(&text[it.evidence.start..it.evidence.end], it.evidence.text);
        }
    }

    #[test]
    fn crlf_nbsp_and_nnbsp() {
        let text = "Namur, le 3\u{a0}mars\u{a0}2025\r\n\r\nMadame,\r\n\r\nLa concertation se tiendra le mardi 18\u{a0}mars\u{a0}2025 \
            à 14\u{a0}h\u{202f}30, dans les locaux du CPAS.\r\n";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-18"));
        assert_eq!(m.meeting.time.as_deref(), Some("14:30"));
        assert_eq!(place(&m), Some("les locaux du CPAS"));
        let time = m
            .items
            .iter()
            .find(|i| i.kind == ModalityKind::Time)
            .unwrap();
        assert_eq!(time.evidence.text, "14\u{a0}h\u{202f}30");
    }

    #[test]
    fn email_header_time_is_not_the_meeting_time() {
        let text = "De : Service <s@x.be>\nEnvoyé : lundi 3 mars 2025 16:42\nÀ : Dr X <x@y.be>\nObjet : concertation\n\n\
            Docteur,\n\nLa concertation aura lieu le vendredi 14 mars à 14h30 par Teams.\n";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-14"));
        assert_eq!(m.meeting.time.as_deref(), Some("14:30"));
        assert!(m.meeting.remote);
        assert_eq!(m.meeting.place, None);
    }

    #[test]
    fn quoted_message_dates_do_not_count_when_the_letter_has_its_own() {
        let text = "Bonjour,\n\nLa concertation aura finalement lieu le mardi 25 mars 2025 à 9h30.\n\n\
            -----Message d'origine-----\nDe : X\nEnvoyé : vendredi 7 mars 2025 11:05\nObjet : RE\n\n\
            Le 18 mars à 14h ne nous convient plus pour la réunion.";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-25"));
        assert_eq!(m.meeting.time.as_deref(), Some("09:30"));
    }

    #[test]
    fn time_without_date_and_no_date() {
        let m = run("Clairbois, le 17 avril 2025\n\nMadame,\n\nLa réunion aura lieu à 18 h dans la salle du Conseil communal ; \
            la date précise vous sera confirmée dès que possible.");
        assert_eq!(m.meeting.date, None);
        assert_eq!(m.meeting.time.as_deref(), Some("18:00"));
        assert_eq!(place(&m), Some("la salle du Conseil communal"));
        let m = run(
            "Madame,\n\nLe lieu de la réunion vous sera communiqué ultérieurement. Date à fixer.",
        );
        assert_eq!(m.meeting, Meeting::default());
    }

    #[test]
    fn birth_and_instrument_dates_are_not_meetings() {
        let m = run("Madame,\n\nConcernant Léa, née le 3 mai 2016, et l'arrêté royal du 19 novembre 2019 relatif à la concertation.");
        assert_eq!(m.meeting.date, None);
    }

    #[test]
    fn no_letter_date_uses_the_latest_year() {
        let m = run("Madame,\n\nSuite au signalement du 12 janvier 2025, je vous propose le mercredi 19 novembre à 10h.");
        assert_eq!(m.meeting.date.as_deref(), Some("2025-11-19"));
        let m = run("Madame,\n\nLa réunion aura lieu le 19 novembre à 10h.");
        assert_eq!(m.meeting.date, None);
        assert_eq!(m.meeting.time.as_deref(), Some("10:00"));
        assert!(kinds(&m).contains(&ModalityKind::Date));
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "",
            " ",
            "\n\n\n",
            "Date :",
            "Lieu :",
            "| | |",
            "le 31/04/2025 à 25h99",
            "à l'hôtel",
            ":::::",
            "é".repeat(1000).as_str(),
        ] {
            let _ = run(text);
        }
        let many = "La réunion aura lieu le 14/03/2025 à 14h30 à l'hôtel de ville. ".repeat(3_000);
        let m = run(&many);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-14"));
        // Random mixes of cue words, digits, signs and multi-byte characters.
        let pieces = [
            "le ",
            "14",
            "/",
            ".",
            ":",
            "h",
            "30",
            " mars ",
            "2025",
            " à ",
            "pv",
            "𐇕",
            "é",
            "ß",
            "\u{a0}",
            "\u{202f}",
            "\n",
            "\n\n",
            "Date : ",
            "Lieu : ",
            "salle ",
            "rue ",
            "1er ",
            "pm",
            "a.m.",
            "-",
            "–",
            "(",
            ")",
            "teams",
            "réunion ",
            "aura lieu ",
            "avant le ",
            "de ",
            "minutes",
            "procès-verbal",
            "présidée par ",
            "🫸",
            "ض",
            "> ",
            "De : ",
            "|",
            "Madame,",
            "by ",
            "the 7th of May",
            "midi",
            "place ",
            "au plus tard",
            "°",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for round in 0..3_000u64 {
            let mut text = String::new();
            x = x.wrapping_add(round.wrapping_mul(0x2545_F491_4F6C_DD1D)) | 1;
            for _ in 0..(x % 40 + 1) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                text.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            let _ = run(&text);
            let _ = run_as(&text, InputFormat::Markdown);
            let m = run(&text);
            for it in &m.items {
                assert_eq!(&text[it.evidence.start..it.evidence.end], it.evidence.text);
            }
            // Prepending a line shifts every span and changes nothing else.
            let shifted = run(&format!("é\n{text}"));
            assert_eq!(m.meeting.date, shifted.meeting.date, "{text:?}");
            assert_eq!(m.meeting.time, shifted.meeting.time, "{text:?}");
            let spans: Vec<_> = m
                .items
                .iter()
                .map(|i| (i.kind, i.evidence.start + 3))
                .collect();
            let spans2: Vec<_> = shifted
                .items
                .iter()
                .map(|i| (i.kind, i.evidence.start))
                .collect();
            assert_eq!(spans, spans2, "{text:?}");
        }
        let long_line = "x".repeat(200_000) + " le 3 mars 2025";
        let _ = run(&long_line);
    }

    #[test]
    fn varied_phrasings() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            ("Namur, le 3 mars 2025\n\nMadame,\n\nNous vous proposons de nous réunir le 14 mars prochain à 10 heures au CPAS.", Some("2025-03-14"), Some("10:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLa concertation est prévue le jeudi 20 mars 2025 de 9h30 à 11h.", Some("2025-03-20"), Some("09:30")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nRendez-vous le 14/03 à 14h00 au CPAS.", Some("2025-03-14"), Some("14:00")),
            ("Brussels, 3 March 2025\n\nDear Sir,\n\nThe case conference is scheduled for Tuesday, 18 March 2025, 2:00–3:30 p.m., Room 204, City Hall.", Some("2025-03-18"), Some("14:00")),
            ("Brussels, 3 March 2025\n\nDear Sir,\n\nWe would be grateful if you could attend a meeting on 3/4/2025 at 10:00.", Some("2025-04-03"), Some("10:00")),
            ("Brussels, 3 March 2025\n\nDear Sir,\n\nMeeting date: 14 March 2025\nStart time: 9.30 am\nVenue: Town Hall", Some("2025-03-14"), Some("09:30")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nDate proposée : mardi 18 mars 2025\nHoraire : 9h-11h\nLieu de la réunion : salle 3", Some("2025-03-18"), Some("09:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nQuand ? Le jeudi 13 mars à 10h.", Some("2025-03-13"), Some("10:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLa réunion aura lieu :\nle jeudi 13 mars 2025\nà l'hôtel de ville.", Some("2025-03-13"), None),
            ("Namur, le 3 mars 2025\n\nMadame,\n\n2. Date et lieu\n\nLe jeudi 13 mars 2025, à l'hôtel de ville.", Some("2025-03-13"), None),
            ("London, 3 March 2025\n\nDear Sir,\n\nThe consultation will be held on Wednesday the 12th of March at 14.00 hrs.", Some("2025-03-12"), Some("14:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLa réunion aura lieu le mardi 18 mars 2025, à 14 heures 30, dans nos locaux.", Some("2025-03-18"), Some("14:30")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLa réunion se tiendra le 18 mars de 14h-16h.", Some("2025-03-18"), Some("14:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLa réunion du 14 mars est reportée au 21 mars à 10h.", Some("2025-03-21"), Some("10:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLe 3 février dernier, nous nous sommes réunis. La prochaine concertation aura lieu le 24 mars à 9h.", Some("2025-03-24"), Some("09:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLe 12 janvier à 22h, la police est intervenue au domicile. Une concertation sera organisée.", None, None),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nMerci de vous inscrire pour le 10 mars au plus tard. La réunion aura lieu le 14 mars à 10h.", Some("2025-03-14"), Some("10:00")),
            ("Namur, le 3 mars 2025\n\nMadame,\n\nLa concertation se tiendra le 14 mars à 10h ; merci de confirmer avant le 7 mars à 12h.", Some("2025-03-14"), Some("10:00")),
            ("Dear Sir,\n\nFurther to the report of 12 February 2025, the consultation will take place on Monday 24 March at 11 am.", Some("2025-03-24"), Some("11:00")),
            ("Madame,\n\nLa réunion aura lieu le 14 mars à 10h.\n\nFait à Namur, le 3 mars 2025.\n\nLe Bourgmestre", Some("2025-03-14"), Some("10:00")),
            ("Dear Ms X,\n\nThe meeting will take place on 2025-03-14 at noon in our offices.", Some("2025-03-14"), Some("12:00")),
            ("Dear Ms X,\n\nPlease join us on Friday, 14 March 2025 between 10 and 12.", Some("2025-03-14"), Some("10:00")),
            ("Dear Ms X,\n\nThe consultation will take place on 14 March 2025 at 10.30am. Please let us know by Friday 7 March 2025 whether you can attend.", Some("2025-03-14"), Some("10:30")),
            ("Gent, 3 maart 2025\n\nGeachte mevrouw,\n\nHet casusoverleg vindt plaats op dinsdag 18 maart 2025 om 14u30 in het stadhuis.", Some("2025-03-18"), Some("14:30")),
            ("Gent, 3 maart 2025\n\nGeachte mevrouw,\n\nHet overleg zal plaatsvinden op 18 maart van 14.00 tot 16.00 uur. Gelieve te bevestigen voor 10 maart.", Some("2025-03-18"), Some("14:00")),
            ("Namur, le 28 novembre 2025\n\nMadame,\n\nLa concertation aura lieu le lundi 12 janvier à 14h.", Some("2026-01-12"), Some("14:00")),
            ("Madame,\n\nConcernant Léa (° 12/03/2010), la concertation aura lieu le 14/03/2025 à 10h.", Some("2025-03-14"), Some("10:00")),
        ];
        for (text, date, time) in cases {
            let m = run(text);
            assert_eq!(m.meeting.date.as_deref(), *date, "date of {text:?}");
            assert_eq!(m.meeting.time.as_deref(), *time, "time of {text:?}");
        }
    }

    #[test]
    fn signature_address_is_not_the_place_and_label_says_no() {
        let text = "De : Service social <s@x.be>\nEnvoyé : lundi 3 mars 2025 16:42\nÀ : Dr X <x@y.be>\nObjet : concertation\n\n\
            Docteur,\n\nLa concertation aura lieu le vendredi 14 mars à 14h30 via Teams.\nÀ distance : oui\n\n\
            Cordialement,\nMarie Dupont\nAdresse : rue de Fer 12, 5000 Namur\nTél. : 081 00 00 00";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-14"));
        assert_eq!(m.meeting.place, None);
        assert!(m.meeting.remote);
        let m = run(
            "Madame,\n\nDate : 14/03/2025\nHeure : 10h\nLieu : CPAS, salle 2\nÀ distance : non\n",
        );
        assert!(!m.meeting.remote);
        assert_eq!(place(&m), Some("CPAS, salle 2"));
        assert_eq!(m.meeting.time.as_deref(), Some("10:00"));
    }

    #[test]
    fn remote_label_value() {
        let m = run("Dear Sir,\n\nDate: 14/03/2025\nTime: 10:00\nLocation: Teams\n");
        assert!(m.meeting.remote);
        assert_eq!(m.meeting.place, None);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-14"));
    }

    #[test]
    fn no_meeting_date_when_none_is_set() {
        for text in [
            "Namur, le 3 mars 2025\n\nMadame,\n\nSuite au signalement du 12 février 2025, une concertation sera organisée. \
             La date vous sera communiquée après le sondage. Merci de répondre avant le 10 mars 2025.",
            "Brussels, 3 March 2025\n\nDear Sir,\n\nUnder the Act of 30 July 2018, a case consultation will be organised. \
             Date: to be fixed through a Doodle poll. Please reply by 10 March 2025.",
            "Namur, le 3 mars 2025\n\nMadame,\n\nL'enfant, né le 4 mai 2015, a été hospitalisé depuis le 28 février 2025. \
             Une concertation sera organisée prochainement.",
        ] {
            let m = run(text);
            assert_eq!(m.meeting.date, None, "{text}");
            assert_eq!(m.meeting.time, None, "{text}");
        }
    }

    #[test]
    fn reply_quoting_the_convocation_and_subject_line() {
        let text = "Bonjour,\n\nJe serai présente.\n\nLe lun. 24 févr. 2025 à 09:12, CSIL-R <c@x.be> a écrit :\n\
            > La réunion aura lieu le jeudi 6 mars à 14 h.\n";
        assert_eq!(run(text).meeting.date.as_deref(), Some("2025-03-06"));
        let text = "Bonjour,\n\nJe serai présente.\n\nLe lun. 3 mars 2025 à 09:12, CSIL-R <c@x.be> a écrit :\n\
            > La réunion aura lieu le jeudi 20 mars 2025 à 14 h à l'Hôtel de Ville (salle du Collège).\n";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-20"));
        assert_eq!(m.meeting.time.as_deref(), Some("14:00"));
        assert_eq!(place(&m), Some("l'Hôtel de Ville (salle du Collège)"));
        let text = "Objet : Concertation de cas – 14 mars 2025 à 10h\n\nMadame,\n\n\
            Je vous invite à la concertation indiquée en objet, dans nos locaux.";
        let m = run(text);
        assert_eq!(m.meeting.date.as_deref(), Some("2025-03-14"));
        assert_eq!(m.meeting.time.as_deref(), Some("10:00"));
    }
}
