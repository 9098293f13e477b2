//! Is the text a convocation to a case consultation?
//!
//! A convocation **summons someone** (an invitation in the second person: "nous vous
//! invitons", "you are invited", or a salutation and a meeting) **to a case consultation**
//! (its subject: "concertation de cas", "case consultation", a CSIL-R, art. 458ter or
//! professional secrecy). Not convocations, even when they speak of 458ter: an article or
//! information sheet (no invitation, or only a conditional one: "si vous êtes convoqué"),
//! a training day or seminar, an ordinary team meeting, a court summons, and a reply from
//! a professional declining a consultation (the invitation only in the quoted message).

use std::sync::LazyLock;

use super::Extraction;
use crate::document::Document;
use crate::lang::{en, fr};
use crate::lexicon::{compile_one, Lexicon, Pattern};
use crate::segment::{self, RegionKind, Segments};

/// What a convocation cue says about the text.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// The author declines an invitation.
    Decline,
    /// An event that is not a case consultation (training, seminar, team meeting).
    Event,
    /// A court summons.
    Court,
    /// An internal memo or a note to all staff: guidance, not a summons.
    Memo,
    /// A case consultation named as such.
    TopicStrong,
    /// Art. 458ter or professional secrecy.
    TopicWeak,
    /// Someone is invited or summoned.
    Invitation,
    /// A salutation.
    Salutation,
    /// A meeting being organized or announced ("nous organisons une concertation", "the
    /// meeting will take place").
    Organize,
    /// The addressee spoken to ("vous", "you").
    SecondPerson,
}

/// The subject cues and the other cues are searched separately, so that a cue such as
/// "we are organising a case consultation" does not hide the topic it contains.
fn split(topic: bool) -> Vec<(&'static str, Cue)> {
    fr::convocation::CUES
        .iter()
        .chain(en::convocation::CUES)
        .filter(|(_, k)| matches!(k, Cue::TopicStrong | Cue::TopicWeak) == topic)
        .copied()
        .collect()
}
pub(crate) static TOPICS: LazyLock<Lexicon<Cue>> = LazyLock::new(|| Lexicon::new(&[&split(true)]));
pub(crate) static CUES: LazyLock<Lexicon<Cue>> = LazyLock::new(|| Lexicon::new(&[&split(false)]));
pub(crate) static ABOUT_SOMEONE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:(?:mme|mlle|m\.|mr|mrs|ms|madame|monsieur) [a-z]\.|(?:situation|dossier) (?:de|du|d')|(?:case|file|situation) of|au sujet de|concernant|regarding|about (?:mr|mrs|ms|our|your|the young|the child|her|his))",
    )
});
pub(crate) static CONDITIONAL: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(r"\b(?:si|lorsque|quand|lorsqu'|if|when|whenever|once|als|wanneer)\b")
});

pub(crate) fn classify(doc: &Document<'_>, seg: &Segments, ex: &Extraction) -> bool {
    let f = doc.f();
    let (mut strong, mut weak, mut invitation, mut salutation) = (0, 0, 0, false);
    let (mut decline, mut event, mut court, mut memo) = (0, 0, 0, 0);
    let (mut organize, mut second) = (0, 0);
    for hit in TOPICS
        .find_iter_in(&doc.scan, f)
        .take(10_000)
        .chain(CUES.find_iter_in(&doc.scan, f).take(10_000))
    {
        let quoted = seg.in_region(
            hit.start,
            &[RegionKind::QuotedMessage, RegionKind::Disclaimer],
        );
        match hit.kind {
            Cue::TopicStrong => strong += 1,
            Cue::TopicWeak => weak += 1,
            Cue::Salutation if !quoted => salutation = true,
            Cue::Invitation if !quoted => {
                let clause = segment::clause_around(f, seg.sentence(hit.start), hit.start);
                let from = clause.start.max(hit.start.saturating_sub(60));
                let from = (from..=hit.start)
                    .find(|&i| f.is_char_boundary(i))
                    .unwrap_or(hit.start);
                if !CONDITIONAL.is_match_in(&doc.scan, &f[from..hit.start]) {
                    invitation += 1;
                }
            }
            Cue::Organize if !quoted => organize += 1,
            Cue::SecondPerson if !quoted => second += 1,
            Cue::Decline if !quoted => decline += 1,
            Cue::Event if !quoted => event += 1,
            Cue::Court if !quoted => court += 1,
            Cue::Memo if !quoted => memo += 1,
            _ => {}
        }
    }
    let meeting = &ex.modalities.meeting;
    let has_meeting = meeting.date.is_some()
        || meeting.time.is_some()
        || meeting.place.is_some()
        || meeting.remote;
    // A meeting about a named person with several services listed is a case consultation
    // even when the letter never says so ("petite réunion jeudi au sujet de Mme Y.").
    let about_someone = ex.participants.entries.len() >= 2
        && has_meeting
        && ABOUT_SOMEONE.is_match_in(&doc.scan, f);
    let topic = strong > 0 || weak > 0 || about_someone;
    let summoned = invitation > 0
        || (organize > 0 && second > 0 && salutation && (strong > 0 || has_meeting))
        || (salutation && has_meeting && topic);
    if !topic || !summoned {
        return false;
    }
    if decline > 0 && decline >= invitation {
        return false;
    }
    if memo > 0 {
        return false;
    }
    if court > 0 && strong == 0 {
        return false;
    }
    // An invitation to a training day, a seminar or a team meeting: no case consultation
    // is being convened unless the letter also convenes one, and names it more often.
    if event > 0 && (invitation + organize == 0 || strong <= event) {
        return false;
    }
    true
}
