//! Is the text a convocation to a case consultation?
//!
//! A convocation **summons someone** (an invitation in the second person: "nous vous
//! invitons", "you are invited", or a salutation and a meeting) **to a case consultation**
//! (its subject: "concertation de cas", "case consultation", a CSIL-R, art. 458ter or
//! professional secrecy). Not convocations, even when they speak of 458ter: an article or
//! information sheet (no invitation, or only a conditional one: "si vous êtes convoqué"),
//! a training day or seminar, an ordinary team meeting, a court summons, the minutes of a
//! consultation already held, a privacy notice, and a reply from a professional declining
//! a consultation (the invitation only in the quoted message).

use std::sync::LazyLock;

use super::Extraction;
use crate::document::Document;
use crate::lang::{en, fr};
use crate::lexicon::{compile_one, Lexicon, Pattern, Scan};
use crate::report::{ModalityKind, StatementKind};
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
    /// A field left to fill in a model letter ("[date]", « [nom] »): a model, not a
    /// letter, unless the text is addressed to a person by name ("To: Daan Peeters",
    /// « Destinataire : Dr Marc Lhoest »), when it is a convocation whose sender left
    /// fields open.
    Placeholder,
    /// Its writer passes on a letter received, set out below ("I received the letter
    /// below", « j'ai reçu le courrier ci-dessous »): a question about a convocation, not
    /// one, unless the text forwards that letter whole (a forward is the letter it passes
    /// on, see [`Segments::forward`](crate::segment::Segments::forward)).
    Relayed,
    /// An internal note ("NOTE INTERNE"): a memo, unless it is addressed to someone by
    /// name ("À : Mme L. D."), when it may convene them.
    InternalNote,
    /// The title of a privacy notice: a memo when it heads the text (in its first third),
    /// a footer when it follows a letter.
    Notice,
    /// A letter addressed to the family ("Aux parents de Noah V.", "To the parents of"): a
    /// meeting with the family, not a consultation among professionals, when it heads the
    /// text (a line of its first 600 bytes from where its words begin; further down, a line
    /// that wraps a sentence).
    Family,
    /// The title of notes taken during a phone call ("Note d'appel", "Call notes"): with a
    /// case consultation and its date, the record of a convocation by phone.
    CallNote,
    /// A sign of the minutes of a meeting already held (a "Minutes" title, a "Present:"
    /// list, "held on"); two make a record, not a summons.
    Record,
    /// A sign that no meeting is being convened now: a cancellation ("ANNULATION", "is
    /// cancelled", "no new date has been set") or a convocation still to come ("a
    /// convocation will be sent to you"); two make a notice, not a summons.
    Cancel,
    /// The room of a meeting convened before is changed ("CHANGE OF ROOM", « nouvelle
    /// salle : », "nothing else changes"): a notice, not a convocation, unless it restates
    /// who takes part or what for.
    Moved,
    /// A new date set for a meeting put off ("nouvelle date", "postponed to", "will now
    /// take place"): a postponement that sets one convenes.
    NewDate,
    /// A request for information in writing ("request for information", "a written answer
    /// is enough"): not a summons when the text sets no meeting.
    Request,
    /// A case consultation named as such.
    TopicStrong,
    /// Art. 458ter or professional secrecy.
    TopicWeak,
    /// Someone is invited or summoned.
    Invitation,
    /// The text says it serves as the convocation ("le présent compte rendu tient lieu de
    /// convocation", "these minutes serve as the invitation"): an invitation that minutes
    /// around it do not turn into a record.
    ServesAs,
    /// A salutation.
    Salutation,
    /// A meeting being organized or announced ("nous organisons une concertation", "the
    /// meeting will take place").
    Organize,
    /// The addressee spoken to ("vous", "you").
    SecondPerson,
    /// Someone else's invitation told in the passive, which convenes no reader: the person
    /// concerned "invited to be heard", members "invited to case consultations" in general.
    /// It only keeps the words from reading as an [`Invitation`](Cue::Invitation).
    Aside,
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
/// An addressee line at the head of a note: "À : Mme L. D., assistante sociale", "To: Ms X".
pub(crate) static ADDRESSED: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:^|\n)(?:a|to|destinataire|aan)\s{0,8}:\s{0,8}(?:(?:mme|mr|mrs|ms|madame|monsieur|dr|docteur|me)\b|m\. )",
    )
});
pub(crate) static CONDITIONAL: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(r"\b(?:si|lorsque|quand|lorsqu'|if|when|whenever|once|als|wanneer|how|comment)\b")
});

pub(crate) fn classify(doc: &Document<'_>, seg: &Segments, ex: &Extraction) -> bool {
    let f = doc.f();
    let (mut strong, mut weak, mut invitation, mut salutation) = (0, 0, 0, false);
    let (mut decline, mut event, mut court, mut memo, mut record) = (0, 0, 0, 0, 0);
    let mut placeholders = 0;
    // Paragraphs that announce an event and say it discusses no individual case.
    let mut event_memos: Vec<std::ops::Range<usize>> = Vec::new();
    let (mut cancel, mut request, mut new_date, mut internal, mut titled) = (0, 0, 0, 0, 0);
    let mut moved = 0;
    let mut serves = false;
    let mut call_note = false;
    let head = &f[..doc.top(1_500)];
    let addressed = ADDRESSED.is_match_in(&doc.scan, head) || addressed_by_name(head);
    let (mut organize, mut second) = (0, 0);
    // The consultation itself said to be organized ("cette concertation est organisée").
    let mut organized_here = false;
    // Case consultations named in a quoted earlier message.
    let mut quoted_topic = 0;
    // The sentences that name an event, and those that name a case consultation.
    let (mut event_sentences, mut topic_sentences) = (Vec::new(), Vec::new());
    // The invitation cues counted, with their sentences, and where event cues start.
    let mut invitations = Vec::new();
    let mut event_starts = Vec::new();
    // The letter's closing lines, read the first time an event cue needs them.
    let mut closings: Option<super::statements::Closings> = None;
    for hit in TOPICS
        .find_iter_in(&doc.scan, f)
        .take(10_000)
        .chain(CUES.find_iter_in(&doc.scan, f).take(10_000))
    {
        let quoted = seg.in_region(
            hit.start,
            &[
                RegionKind::QuotedMessage,
                RegionKind::Disclaimer,
                RegionKind::Unticked,
            ],
        );
        // Below the signature of a letter that invites: an annex (the prosecutor's
        // authorization reproduced, a reply slip's "I will not attend", a training announced
        // as another item of the mail), not what the letter is.
        let annexed = !invitations.is_empty()
            && matches!(
                hit.kind,
                Cue::Event | Cue::Memo | Cue::Decline | Cue::Court | Cue::Cancel
            )
            && closings
                .get_or_insert_with(|| super::statements::Closings::new(f))
                .first()
                .is_some_and(|c| c < hit.start);
        if matches!(hit.kind, Cue::TopicStrong | Cue::TopicWeak)
            && seg.in_region(hit.start, &[RegionKind::QuotedMessage])
        {
            quoted_topic += 1;
        }
        match hit.kind {
            Cue::TopicStrong => {
                strong += 1;
                topic_sentences.push(seg.sentence(hit.start));
            }
            Cue::TopicWeak => weak += 1,
            Cue::Salutation if !quoted => salutation = true,
            // (Not a wording quoted to be talked about: 'A letter saying "your attendance is
            // compulsory" is simply wrong'.)
            Cue::Invitation
                if !quoted
                    && !in_quotes(f, hit.start)
                    && !reported(f, seg.sentence(hit.start), hit.start)
                    && !received(f, hit.start)
                    && !in_reply_subject(f, hit.start)
                    && !asked(&doc.scan, f, seg.sentence(hit.start), hit.start..hit.end)
                    && !generic(f, seg.sentence(hit.start), hit.start..hit.end)
                    && !topic_item(f, hit.start)
                    && !some_of_you(f, hit.start) =>
            {
                let clause = segment::clause_around(f, seg.sentence(hit.start), hit.start);
                let from = clause.start.max(hit.start.saturating_sub(60));
                let from = (from..=hit.start)
                    .find(|&i| f.is_char_boundary(i))
                    .unwrap_or(hit.start);
                // "si vous êtes convoqué", "personne n'a été convoqué".
                if !CONDITIONAL.is_match_in(&doc.scan, &f[from..hit.start])
                    && !super::negation::negated_before(&doc.scan, f, clause.start, hit.start)
                {
                    invitation += 1;
                    invitations.push((hit.end, seg.sentence(hit.start)));
                    // A title line: "**Invitation – concertation de cas**", "CONVOCATION" (not
                    // a subject line: "Re: Invitations to case consultations – what to check").
                    let title = f[hit.start..hit.end].trim_start_matches(['\n', '*']);
                    let line_start = hit.start == 0 || f[..hit.start].ends_with(['\n', '*']);
                    // Or an invitation to the meeting the text sets out ("Vous êtes invités
                    // à la concertation de cas décrite ci-dessous").
                    let sentence = &f[seg.sentence(hit.start)];
                    if ((line_start || f[hit.start..hit.end].starts_with('\n'))
                        && (title.starts_with("invitation") || title.starts_with("convocation")))
                        || ["decrite ci-dessous", "described below", "set out below"]
                            .iter()
                            .any(|w| sentence.contains(w))
                    {
                        titled += 1;
                    }
                }
            }
            Cue::ServesAs if !quoted => {
                invitation += 1;
                invitations.push((hit.end, seg.sentence(hit.start)));
                serves = true;
            }
            // "No consultation has been scheduled yet."
            Cue::Organize
                if !quoted && {
                    let clause = segment::clause_around(f, seg.sentence(hit.start), hit.start);
                    !super::negation::negated_before(&doc.scan, f, clause.start, hit.start)
                        && !topic_item(f, hit.start)
                } =>
            {
                organize += 1;
                // « Cette concertation est organisée … », "the case consultation is organised":
                // the consultation itself said to be organized, in the present.
                let words = &f[hit.start..hit.end];
                organized_here |= ["concertation", "consultation", "casusoverleg"]
                    .iter()
                    .any(|w| words.contains(w))
                    && [" est organise", " is organi", " wordt georganiseerd"]
                        .iter()
                        .any(|w| words.contains(w));
            }
            Cue::SecondPerson if !quoted => second += 1,
            Cue::Decline if !quoted && !annexed => decline += 1,
            // "Pour mémoire, la réunion plénière (bilan annuel) reste fixée au 2 avril": another
            // meeting named in passing.
            Cue::Event
                if !quoted
                    && !annexed
                    && !aside(f, seg.sentence(hit.start))
                    && !because(f, seg.sentence(hit.start), hit.start)
                    && !in_parentheses(f, seg.sentence(hit.start), hit.start)
                    && !in_passing(f, hit.start) =>
            {
                event += 1;
                event_sentences.push(seg.sentence(hit.start));
                event_starts.push(hit.start);
            }
            Cue::Court if !quoted && !annexed => court += 1,
            // "its operative part reads: \"… I authorise the Family Justice Centre to organise
            // case consultations …\"": the authorization quoted by a letter that convenes.
            // (Said of a training or a meeting the paragraph announces, « Une matinée
            // d'échanges … Aucune situation individuelle n'y sera évoquée », it tells of that
            // event: a newsletter may convene a consultation in another section. See below.)
            Cue::Memo if !quoted && !annexed && !in_quotes(f, hit.start) => {
                let paragraph = segment::paragraph_around(f, hit.start);
                if event_starts
                    .iter()
                    .any(|&e| paragraph.contains(&e) && e < hit.start)
                {
                    event_memos.push(paragraph);
                } else {
                    memo += 1;
                }
            }
            Cue::Placeholder if !quoted && !addressed => placeholders += 1,
            Cue::Relayed if !quoted && !seg.forward => memo += 1,
            // An internal note to a named person may convene them, and so may one that
            // invites to a meeting it sets (see below).
            Cue::InternalNote if !quoted && !addressed => {
                internal += 1;
                // "NOTE DE SERVICE – CONVOCATION", "NOTE INTERNE + CONVOCATON": the note's
                // title says it convenes.
                let line_end = f[hit.end..].find('\n').map_or(f.len(), |p| hit.end + p);
                let rest =
                    f[hit.end..line_end].trim_start_matches([' ', '-', ':', '*', '/', '+', '&']);
                if rest.starts_with("convoc") || rest.starts_with("invitation") {
                    titled += 1;
                }
            }
            Cue::Notice
                if !quoted && 3 * hit.start.saturating_sub(doc.lead) < f.len() - doc.lead =>
            {
                memo += 1
            }
            Cue::Record if !quoted => record += 1,
            Cue::Family if !quoted && hit.start < doc.lead + 600 && !told(f, hit.end) => memo += 1,
            Cue::CallNote if !quoted && hit.start < doc.lead + 300 => call_note = true,
            Cue::Cancel if !quoted && !annexed => cancel += 1,
            Cue::Moved if !quoted => moved += 1,
            Cue::NewDate if !quoted => new_date += 1,
            Cue::Request if !quoted => request += 1,
            _ => {}
        }
    }
    // "No individual case will be discussed" of an event is the letter's memo unless the
    // letter convenes a case consultation outside that event's paragraph (a newsletter's
    // training blurb beside its convocation).
    for paragraph in &event_memos {
        let elsewhere = invitations.iter().any(|(_, sentence)| {
            !paragraph.contains(&sentence.start) && topic_sentences.contains(sentence)
        });
        if !elsewhere {
            memo += 1;
        }
    }
    // A chat message that opens on a mention ("@julie …"): the cue reads one after a line
    // break, and a text's first line has none.
    if f.starts_with('@') && f[1..].starts_with(|c: char| c.is_ascii_lowercase()) {
        salutation = true;
    }
    // A chat pasted as text, its first line naming the conversation: its messages are
    // addressed to their reader.
    // So is a message whose first line names it ("SMS · Mon 2 Feb 2026 19:48", « SMS —
    // reçu mar. 4 mars 2025 »). (A calendar entry's organizer line is a salutation cue.)
    if super::modalities::names_chat(f) || super::modalities::names_message(f) {
        salutation = true;
    }
    let meeting = &ex.modalities.meeting;
    let has_meeting = meeting.date.is_some()
        || meeting.time.is_some()
        || meeting.place.is_some()
        || meeting.remote;
    // A model with its blanks is no letter; a letter that set its meeting and left one blank
    // of the model it was written from ("Concerne : Convocation – [NOM DU DOSSIER] famille
    // D.", a date and a room below) still convenes.
    // A form filled in but for its meeting's fields ("Date ........ [DATE]", "Time ........
    // [TIME]"), its purpose and its participants written, was sent: it convenes, its
    // modalities missing.
    let filled = ex.participants.entries.len() >= 2 && !ex.purposes.is_empty() && event == 0;
    if (placeholders >= 2 && !(filled && placeholders <= 3))
        || (placeholders == 1 && meeting.date.is_none() && !filled)
    {
        memo += 1;
    }
    // A meeting about a named person with several services listed is a case consultation
    // even when the letter never says so ("petite réunion jeudi au sujet de Mme Y.").
    let about_someone = ex.participants.entries.len() >= 2
        && has_meeting
        && ABOUT_SOMEONE.is_match_in(&doc.scan, f);
    let topic = strong > 0 || weak > 0 || about_someone;
    // A meeting proposed only in the earlier message a reply quotes below it ("Une réunion
    // est aussi possible mardi prochain à 10h au commissariat"), a message that names no
    // case consultation: the reply, which does, convenes nobody to it. (Lines marked ">>"
    // in the middle of a letter set its meeting apart; they quote no one.)
    let meeting_quoted = ex
        .modalities
        .items
        .iter()
        .find(|i| i.kind == ModalityKind::Date)
        .or_else(|| {
            ex.modalities
                .items
                .iter()
                .find(|i| i.kind == ModalityKind::Time)
        })
        .is_some_and(|item| {
            seg.regions.iter().any(|(kind, r)| {
                *kind == RegionKind::QuotedMessage
                    && r.end == f.len()
                    && (doc.folded.orig_start(r.start)..doc.folded.orig_start(r.end))
                        .contains(&item.evidence.start)
            })
        });
    // A note that sets a case consultation with a date and a place and tells its reader
    // whether to attend, with no greeting and no invitation verb: addressed to someone by
    // name ("À : Mme L. D." — an internal note), or in labelled lines ("Quand : jeudi 4 juin
    // 2026, 9 h 30. Où : salle 2. Participation libre.").
    let attendance_stated = ex.statements.iter().any(|s| {
        matches!(
            s.kind,
            StatementKind::ParticipationOptional | StatementKind::ParticipationMandatory
        )
    });
    // (A meeting held online is located by its means.)
    let located = meeting.date.is_some() && (meeting.place.is_some() || meeting.remote);
    let note = || {
        strong > 0
            && located
            && attendance_stated
            && (addressed || super::modalities::when_and_where_labels(f))
    };
    let summoned = invitation > 0
        || (organize > 0 && second > 0 && salutation && (strong > 0 || has_meeting))
        || (salutation && has_meeting && topic && (!meeting_quoted || quoted_topic > 0))
        // "Dear all, a casusoverleg will be organised about Mr B. Participants: …", the
        // date still to be set (about someone: not a plan of future consultations).
        || (organize > 0
            && salutation
            && strong > 0
            && ex.participants.entries.len() >= 2
            && ABOUT_SOMEONE.is_match_in(&doc.scan, f))
        || note()
        // A notice that organizes a consultation and sets it, with no greeting nor verb of
        // invitation: « Cette concertation est organisée dans le cadre de … », its date and
        // place in a table, its participants listed.
        || (organized_here && strong > 0 && located && ex.participants.entries.len() >= 2)
        // Notes of a call that convened their writer: "Note d'appel … Concertation de cas
        // DEMAIN 9h00, SAJ, salle B".
        || (call_note && strong > 0 && has_meeting);
    if !topic || !summoned {
        return false;
    }
    // An internal note is guidance unless its title invites to a meeting it sets
    // ("Invitation – concertation de cas … Note interne transmise par courriel", a date and
    // Teams).
    // An internal note that convenes in its own words and sets the meeting, its date and
    // place, with the services who take part ("Une concertation de cas … est convoquée au
    // sujet du nouveau-né L.", a table "Jour | Lieu", six participants) is a convocation.
    let convened_here = located
        && ex.participants.entries.len() >= 2
        && invitations
            .iter()
            .any(|(_, sentence)| topic_sentences.contains(sentence));
    if internal > 0 && (titled == 0 || !has_meeting) && !convened_here {
        memo += internal;
    }
    if decline > 0 && decline >= invitation {
        return false;
    }
    // A room change that refers to the first convocation for everything else.
    if moved > 0 && ex.participants.entries.len() < 2 && ex.purposes.is_empty() {
        return false;
    }
    if memo > 0
        || (record >= 2 && !serves && !next_convened(doc, ex, &invitations))
        || (cancel >= 2 && new_date == 0)
        || (request > 0 && !has_meeting)
    {
        return false;
    }
    // A court or disciplinary summons that names a case consultation (the one the hearing
    // is about) names the hearing more often than sentences name the consultation ("une
    // concertation de cas organisée par la cellule de sécurité intégrale locale (CSIL-R)"
    // is one mention).
    let mut named_in = topic_sentences.clone();
    named_in.sort_by_key(|s| (s.start, s.end));
    named_in.dedup();
    if court > 0 && (strong == 0 || court > named_in.len()) {
        return false;
    }
    // An invitation to a training day, a seminar or a team meeting: no case consultation
    // is being convened unless the letter also convenes one, and names it more often. An
    // invitation whose object is the event ("Nous vous proposons une journée de
    // formation", the event a few words after the cue) or in a sentence that names the
    // event and no consultation is the event's, however often the training names its
    // subject.
    let invites = invitations
        .iter()
        .filter(|(end, s)| {
            let object = event_starts
                .iter()
                .any(|&e| *end <= e && e <= end + 40 && e < s.end);
            !object && (!event_sentences.contains(s) || topic_sentences.contains(s))
        })
        .count();
    if event > 0 && (invites + organize == 0 || strong <= event) {
        return false;
    }
    // The meeting's date is the event's: "we invite you to an information afternoon on
    // Thursday the fourth of June" (the consultations are its subject).
    if let Some(date) = ex
        .modalities
        .items
        .iter()
        .find(|i| i.kind == ModalityKind::Date)
    {
        let in_event = event_sentences.iter().any(|s| {
            doc.folded.orig_start(s.start) <= date.evidence.start
                && date.evidence.start < doc.folded.orig_start(s.end)
                && !topic_sentences.contains(s)
        });
        if in_event {
            return false;
        }
    }
    true
}

/// The next meeting, announced at the end of minutes: "Prochaine concertation : …", "Next
/// meeting", « Convocation à la séance n° 2 », "the second session".
pub(crate) static NEXT_MEETING: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:prochaine (?:concertation|reunion|seance|rencontre)|next (?:meeting|consultation|case consultation|session)|(?:seance|session|reunion|meeting) (?:n[o°]?\.? ?|nr\.? ?|#)?[2-9]|(?:deuxieme|seconde|troisieme|quatrieme|second|third|fourth) (?:seance|session|reunion|meeting|concertation))\b",
    )
});

/// True when minutes convene their readers to the next meeting: an invitation in the
/// paragraph that announces it and sets the meeting's date ("Prochaine concertation :
/// mardi 12 janvier, 14 h 00, même lieu. Vous y êtes attendus"). Not "The chair will set
/// the date and send a separate invitation".
fn next_convened(
    doc: &Document<'_>,
    ex: &Extraction,
    invitations: &[(usize, std::ops::Range<usize>)],
) -> bool {
    let f = doc.f();
    let Some(date) = ex
        .modalities
        .items
        .iter()
        .find(|i| i.kind == ModalityKind::Date)
    else {
        return false;
    };
    invitations.iter().any(|(_, sentence)| {
        let mut paragraph = segment::paragraph_around(f, sentence.start);
        // "… vous invite à la prochaine séance de la CSIL-R :" over the date set apart.
        if f[sentence.clone()].trim_end().ends_with(':') && paragraph.end < f.len() {
            let next = f[paragraph.end..]
                .find(|c: char| !c.is_whitespace())
                .map(|p| paragraph.end + p);
            if let Some(next) = next {
                paragraph.end = segment::paragraph_around(f, next).end;
            }
        }
        let (from, to) = (
            doc.folded.orig_start(paragraph.start),
            doc.folded.orig_start(paragraph.end),
        );
        (from..to).contains(&date.evidence.start)
            && NEXT_MEETING.is_match_in(
                &doc.scan,
                &f[paragraph.start..sentence.end.max(paragraph.start)],
            )
    })
}

/// True when the line that goes on from folded `at` says something of whom it names ("The
/// parents of the child have been informed."), rather than addressing them ("To the
/// parents of Noah V.", « Parents de Tymon (3e primaire) »): it holds a finite verb.
fn told(f: &str, at: usize) -> bool {
    const VERBS: &[&str] = &[
        "have", "has", "are", "is", "were", "was", "will", "would", "ont", "sont", "est", "seront",
        "sera", "etaient", "avaient",
    ];
    // (Not « a »: folding reads « à » so.)
    let end = f[at..].find('\n').map_or(f.len(), |p| at + p);
    f[at..end]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| VERBS.contains(&w))
}

/// True when an "À :" / "To:" line of the head names one person rather than a group ("À :
/// Julie Marchal, assistante sociale", not "À : tous les collaborateurs").
fn addressed_by_name(head: &str) -> bool {
    const GROUPS: &[&str] = &[
        "tous",
        "toutes",
        "tout le",
        "l'ensemble",
        "ensemble",
        "equipe",
        "service",
        "personnel",
        "collaborat",
        "membres",
        "partenaires",
        "liste",
        "all ",
        "everyone",
        "staff",
        "team",
        "members",
        "partners",
        "mailing",
        "distribution",
    ];
    head.lines().any(|line| {
        let Some(value) = ["a :", "a:", "to:", "to :", "aan:", "aan :"]
            .iter()
            .find_map(|k| line.strip_prefix(k))
        else {
            return false;
        };
        let value = value.trim();
        // "To: <<name of the participant>>": a field left to fill.
        if value.starts_with("<<") || value.starts_with(['[', '{']) {
            return false;
        }
        let words = value
            .split(|c: char| !c.is_alphabetic() && c != '-' && c != '\'')
            .filter(|w| !w.is_empty())
            .take(2)
            .count();
        words == 2 && !GROUPS.iter().any(|g| value.contains(g))
    })
}

/// True when an invitation cue speaks of invitations in general or asks for something not
/// to be done: "An invitation to a case consultation is never an order" (the sentence opens
/// on the indefinite article and the cue, and says what such an invitation is not), « je
/// vous saurais gré de ne pas interpréter mon absence comme un refus », or tells what to do
/// with any invitation: "Before you accept an invitation to a case consultation", « que
/// faire si vous recevez une convocation ». Not "Une invitation à la concertation du 3 mars
/// est jointe", nor "please accept this invitation".
fn generic(f: &str, sentence: std::ops::Range<usize>, hit: std::ops::Range<usize>) -> bool {
    // A verb that handles an invitation, then the indefinite article.
    const HANDLED: &[&str] = &[
        "accept an",
        "accepting an",
        "receive an",
        "receiving an",
        "get an",
        "decline an",
        "declining an",
        "answer an",
        "respond to an",
        "reply to an",
        "accepter une",
        "acceptez une",
        "recevez une",
        "recevoir une",
        "recoit une",
        "refuser une",
        "repondre a une",
    ];
    const GENERAL: &[&str] = &[
        " never ",
        " is not ",
        " isn't ",
        " does not ",
        " doesn't ",
        " jamais",
        " n'est pas",
        " n'est ni",
        " ne constitue",
        " n'oblige",
    ];
    // An exercise's material: "role-play: an invitation to a CSIL-R consultation".
    const EXERCISES: &[&str] = &[
        "role-play",
        "role play",
        "roleplay",
        "exercise",
        "case study",
        "jeu de role",
        "exercice",
        "cas pratique",
        "mise en situation",
    ];
    let before = after_list_number(&f[sentence.start.min(hit.start)..hit.start]).trim_end();
    let cue = &f[hit.clone()];
    let rest = &f[hit.end..sentence.end.max(hit.end)];
    let line_start = f[..hit.start].rfind('\n').map_or(0, |p| p + 1);
    let exercise = matches!(before.rsplit(' ').next(), Some("an" | "a" | "une"))
        && EXERCISES
            .iter()
            .any(|e| f[line_start..hit.start].contains(e));
    exercise
        || (matches!(before, "an" | "a" | "une")
            && (cue.starts_with("invitation") || cue.starts_with("convocation"))
            && GENERAL.iter().any(|g| rest.contains(g)))
        || f[hit.end..].starts_with(" de ne ")
        || ((cue.starts_with("invitation") || cue.starts_with("convocation"))
            && HANDLED.iter().any(|h| {
                before
                    .strip_suffix(h)
                    .is_some_and(|b| b.is_empty() || b.ends_with([' ', '\n', '"', '(']))
            }))
}

/// The reader's situation told as an invitation already made: "you have been invited",
/// "have you been convened", « vous avez été convié », « avez-vous été invitée ». Not the
/// present "you are invited", which a convocation may put in a question ("You are invited
/// to the consultation on 3 March, can you confirm?").
pub(crate) static BEEN_INVITED: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:been|were|was|got) (?:invited|convened|summoned|asked to attend)\b|\bete (?:invitee?s?|conviee?s?|convoquee?s?)\b",
    )
});

/// True when an invitation cue tells the reader's situation in a question ("You have been
/// invited to a case consultation and you are not sure what you may say?", « Vous êtes
/// convié à une concertation de cas ? »): a training's or a guide's opening, not an
/// invitation.
fn asked(
    scan: &Scan,
    f: &str,
    sentence: std::ops::Range<usize>,
    hit: std::ops::Range<usize>,
) -> bool {
    f[sentence].trim_end().ends_with('?') && BEEN_INVITED.is_match_in(scan, &f[hit])
}

/// True when `at` lies inside words the letter reports from another text ("your letter
/// stated that \"your attendance at this meeting is compulsory\"", « la convocation indiquait
/// que "votre présence est requise" »): an opening quote after a reporting word, and its
/// closing quote, in the same sentence (folding made every double quote '"').
fn reported(f: &str, sentence: std::ops::Range<usize>, at: usize) -> bool {
    const REPORTING: &[&str] = &[
        "that",
        "stated",
        "said",
        "says",
        "states",
        "wrote",
        "writes",
        "read",
        "reads",
        "que",
        "qu'",
        "indique",
        "indiquait",
        "precise",
        "precisait",
        "ecrit",
        "ecrivait",
        "mentionne",
        "mentionnait",
        "stipulait",
    ];
    let Some(lead) = segment::quote_lead(f, sentence, at) else {
        return false;
    };
    let lead = lead.trim_end();
    // A quotation that opens the sentence, after a list number at most: "3) « Nous comptons
    // sur votre présence » et « chacun devra partager » : rien ne t'y oblige."
    after_list_number(lead).is_empty() || ends_with_word(lead, REPORTING)
}

/// True when the cue at `at` lies in an item of a list of questions, the programme of a
/// talk or a training ("• why your participation in a case consultation is never
/// compulsory", "• how to tell your client that a consultation will take place", « •
/// comment réagir si vous êtes invité »): the item names a subject, it convenes no one.
fn topic_item(f: &str, at: usize) -> bool {
    const ASKING: &[&str] = &[
        "why ",
        "how ",
        "what ",
        "which ",
        "whether ",
        "when ",
        "pourquoi ",
        "comment ",
        "ce que ",
        "ce qu'",
        "quand ",
        "quel ",
        "quels ",
        "quelle ",
        "quelles ",
        "que faire ",
    ];
    let line = &f[f[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    let Some(item) = ["• ", "- ", "* "].iter().find_map(|m| line.strip_prefix(m)) else {
        return false;
    };
    ASKING.iter().any(|w| item.starts_with(w))
}

/// True when an invitation cue is said of some of its readers or of others, in the past:
/// "Many of you have been invited to a case consultation", « plusieurs d'entre vous ont été
/// invités », "hundreds of professionals have been invited to case consultations".
fn some_of_you(f: &str, at: usize) -> bool {
    const OTHERS: &[&str] = &[
        "professionals",
        "colleagues",
        "practitioners",
        "workers",
        "others",
        "they",
        "professionnels",
        "collegues",
        "intervenants",
        "praticiens",
        "travailleurs",
        "ils",
        "elles",
    ];
    let cue = &f[at..];
    if ["have been", "ont ete"].iter().any(|w| cue.starts_with(w))
        && ends_with_word(f[..at].trim_end(), OTHERS)
    {
        return true;
    }
    const SOME: &[&str] = &[
        "many of ",
        "some of ",
        "most of ",
        "several of ",
        "beaucoup d'entre ",
        "certains d'entre ",
        "certaines d'entre ",
        "plusieurs d'entre ",
        "nombre d'entre ",
        "la plupart d'entre ",
    ];
    SOME.iter().any(|w| f[..at].ends_with(w))
}

/// `text` past a list number or bullet that opens it ("3) ", "1. ", "- ").
fn after_list_number(text: &str) -> &str {
    text.trim_start_matches(|c: char| c.is_ascii_digit() || " .)-*•\n".contains(c))
}

/// True when `text` ends with one of `words`, a whole word (or ending in an apostrophe,
/// "qu'").
fn ends_with_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        text.strip_suffix(w).is_some_and(|rest| {
            w.ends_with('\'') || rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
        })
    })
}

/// True when an invitation cue stands in the subject line of a reply ("Subject: RE:
/// Invitation to a case consultation – am I allowed to go?"): the invitation is the
/// message answered, not this one.
fn in_reply_subject(f: &str, at: usize) -> bool {
    let start = f[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = f[at..].find('\n').map_or(f.len(), |i| at + i);
    let line = &f[start..end];
    if !matches!(
        segment::header_key(line),
        Some("subject" | "objet" | "onderwerp")
    ) {
        return false;
    }
    let value = line.split_once(':').map_or("", |(_, v)| v.trim_start());
    ["re:", "re :", "aw:", "antw:", "antw :"]
        .iter()
        .any(|p| value.starts_with(p))
}

/// True when an invitation cue names an invitation someone received: a question or a
/// guide about it, not one the letter makes. A verb of receiving stands among the last few
/// words of the cue's clause, followed by a message ("you may receive an e-mail or letter
/// inviting you to a case consultation") or by a determiner only, the cue being the message
/// ("I received an invitation to a LIVC-R", « j'ai reçu une invitation à »). Not "we
/// received a report from the school and invite you".
fn received(f: &str, at: usize) -> bool {
    const RECEIVE: &[&str] = &[
        "receive",
        "receives",
        "received",
        "receiving",
        "got",
        "recevoir",
        "recevez",
        "recevrez",
        "recevra",
        "recevront",
        "recoit",
        "recois",
        "recoivent",
        "recu",
        "recue",
        "recus",
        "recues",
    ];
    const MESSAGE: &[&str] = &[
        "letter",
        "letters",
        "e-mail",
        "e-mails",
        "email",
        "emails",
        "mail",
        "message",
        "messages",
        "lettre",
        "lettres",
        "courrier",
        "courriel",
        "courriels",
    ];
    const DETERMINER: &[&str] = &[
        "a", "an", "the", "your", "this", "un", "une", "la", "le", "votre", "cette", "ce",
    ];
    let before = &f[segment::floor_char(f, at.saturating_sub(60))..at];
    let clause = before
        .rsplit(['.', ',', ';', ':', '!', '?', '\n'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause.split(' ').filter(|w| !w.is_empty()).collect();
    let last = &words[words.len().saturating_sub(6)..];
    last.iter()
        .rposition(|w| RECEIVE.contains(w))
        .is_some_and(|k| {
            let between = &last[k + 1..];
            between.iter().any(|w| MESSAGE.contains(w))
                || (between.len() == 1 && DETERMINER.contains(&between[0]))
        })
}

/// True when `at` lies between parentheses in its sentence ("Monday 7 September, 6:00 pm
/// (before evening training)"): another event named in passing.
fn in_parentheses(f: &str, sentence: std::ops::Range<usize>, at: usize) -> bool {
    let (Some(before), Some(after)) = (f.get(sentence.start..at), f.get(at..sentence.end)) else {
        return false;
    };
    let open = before.rfind('(');
    open.is_some_and(|o| !before[o..].contains(')'))
        && after.find(')').is_some_and(|c| !after[..c].contains('('))
}

/// True when the clause around `at` gives a reason ("Because two partners are on a training
/// day, Thursday's case consultation has to move", « parce que deux partenaires sont en
/// formation »): an event named as the cause of something else.
fn because(f: &str, sentence: std::ops::Range<usize>, at: usize) -> bool {
    const REASONS: &[&str] = &[
        "because ",
        "due to ",
        "owing to ",
        "parce que ",
        "parce qu'",
        "puisque ",
        "vu que ",
        "en raison d",
    ];
    let clause = segment::clause_around(f, sentence, at);
    let c = f[clause].trim_start_matches(|c: char| !c.is_alphanumeric());
    REASONS.iter().any(|r| c.starts_with(r))
}

/// True when `at` lies between double quotes in its paragraph (folding made every double
/// quote '"'): words the letter quotes from another text.
fn in_quotes(f: &str, at: usize) -> bool {
    // (A voicemail's transcript in quotation marks is the message itself: '[transcript]
    // "Hi, it's Sarah … we'd like you to join …"'.)
    segment::quote_lead(f, segment::paragraph_around(f, at), at).is_some_and(|lead| {
        let lead = lead.trim_end_matches([' ', ':']);
        ![
            "[transcript]",
            "transcript",
            "[transcription]",
            "transcription",
        ]
        .iter()
        .any(|t| lead.ends_with(t))
    })
}

/// True when the sentence names something in passing ("Pour mémoire, …", "As a reminder,
/// …", "P.S. …").
fn aside(f: &str, sentence: std::ops::Range<usize>) -> bool {
    const ASIDES: &[&str] = &[
        "pour memoire",
        "pour rappel",
        "par ailleurs",
        "for the record",
        "as a reminder",
        "separately",
        "p.s.",
        "ps:",
        "nb:",
        "n.b.",
    ];
    segment::opens_with(f, sentence, ASIDES)
}

/// True when the event at folded `at` is where something was said before, named in
/// passing: « Comme annoncé en réunion d'équipe, on organise une concertation de cas »,
/// "As agreed at the last team meeting, …".
fn in_passing(f: &str, at: usize) -> bool {
    const LEADS: &[&str] = &[
        "comme annonce ",
        "comme convenu ",
        "comme discute ",
        "comme dit ",
        "comme evoque ",
        "comme decide ",
        "as announced ",
        "as agreed ",
        "as discussed ",
        "as mentioned ",
        "as decided ",
    ];
    let from = segment::floor_char(f, at.saturating_sub(40));
    let before = &f[from..at];
    LEADS.iter().any(|l| {
        before.rfind(l).is_some_and(|p| {
            let gap = &before[p + l.len()..];
            gap.len() <= 24 && !gap.contains(['.', ';', '\n'])
        })
    })
}

#[cfg(test)]
mod tests {
    fn convocation(text: &str) -> bool {
        crate::analyze(text).is_convocation
    }

    const MEETING: &str = "The case consultation under art. 458ter of the Criminal Code will take place on Thursday 15 January 2026 at 14:00, Town Hall, room 2. The police, the CPAS and the school take part.";

    #[test]
    fn minutes_of_a_meeting_held_are_a_record() {
        let minutes = format!("MINUTES – CASE CONSULTATION\n\nMeeting held on: 15 January 2026\n\nPRESENT\n- the police\n- the CPAS\n\n{MEETING}");
        assert!(!convocation(&minutes));
        // One sign alone (a convocation may mention earlier minutes) is not enough.
        let letter = format!("Dear Madam,\n\nWe invite you to a case consultation. {MEETING} The minutes of the consultation held on 3 December are attached.\n\nYours faithfully,");
        assert!(convocation(&letter));
        let pv = "PROCÈS-VERBAL DE LA CONCERTATION DE CAS\n\nPrésents :\n- la police\n- le CPAS\n\nLa concertation tenue le 15 janvier 2026 à 14 h à la maison communale.";
        assert!(!convocation(pv));
    }

    #[test]
    fn privacy_notices_and_seminars_convene_no_one() {
        let notice = format!("PRIVACY NOTICE – PROCESSING OF PERSONAL DATA IN CASE CONSULTATIONS\n\nWe invite you to read this notice. {MEETING}");
        assert!(!convocation(&notice));
        let seminar = "Dear Colleagues,\n\nCase consultations under Article 458ter raise questions; we are pleased to invite you to a half-day seminar on the subject.\n\nWhen: Thursday 16 October 2025, 13:30\nWhere: Maison des Associations\n\nAttendance is optional. Registration is requested by 1 October.";
        assert!(!convocation(seminar));
    }

    #[test]
    fn invitations_without_a_salutation_or_a_date() {
        let notice = format!("# Case consultation – child protection\n\n## Who is invited\n\n| Service | Name |\n|---|---|\n| Police | Insp. W. |\n\n{MEETING}");
        let md = crate::Analyzer::new().markdown(true).analyze(&notice);
        assert!(md.is_convocation);
        let letter = "Madame la Directrice,\n\nObjet : situation individuelle – demande de participation\n\nLa cellule de sécurité intégrale locale créée en exécution de la loi du 30 juillet 2018 a décidé d'examiner une situation individuelle. La concertation réunirait, outre un assistant de justice que vous voudriez bien désigner, le bourgmestre et la police.\n\nVeuillez agréer, Madame, mes salutations distinguées.";
        assert!(convocation(letter));
    }
}
