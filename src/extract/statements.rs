//! Statements: secrecy, use limitation, optional or mandatory participation and
//! disclosure, and the person concerned informed or invited.
//!
//! ## Negation is decided per clause
//!
//! A participation or disclosure cue says what its words mean when affirmed ("présence
//! obligatoire" → mandatory, "libre de partager" → optional). When a negation word stands
//! in the cue's clause, before or inside the cue ("votre présence **n'est pas**
//! obligatoire", "you are **not** required to attend", "**under no** obligation to
//! share"), the statement is the opposite one. A few cues carry their negation as part of
//! their meaning ("vous ne pouvez pas refuser", "free not to attend") and are never
//! flipped. A secrecy, use-limitation or person cue under a negation is dropped. A cue
//! whose words run on into a later clause is judged in the clause of its last words. Idioms
//! such as "it goes without saying" or "non seulement" negate nothing.
//!
//! ## The letter's own statements only
//!
//! Not counted: a quoted earlier message, a quotation of the statute, a standard e-mail
//! disclaimer ("ce message est confidentiel"), e-mail header lines, and questions (a
//! sentence ending with "?": "Ma présence est-elle obligatoire ?").

use std::sync::LazyLock;

use super::{negation, Ctx};
use crate::lang::{en, fr};
use crate::lexicon::{compile_one, Lexicon, Pattern};
use crate::report::{Statement, StatementKind};
use crate::segment::{self, RegionKind};

/// What a statement cue says when affirmed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Participants are bound to secrecy.
    Secrecy,
    /// Secrets may lead to prosecution only for the offences concerned.
    UseLimitation,
    /// Taking part is optional (a negation makes it mandatory).
    ParticipationOptional,
    /// Taking part is mandatory (a negation makes it optional).
    ParticipationMandatory,
    /// Disclosing is optional (a negation makes it mandatory).
    DisclosureOptional,
    /// Disclosing is mandatory (a negation makes it optional).
    DisclosureMandatory,
    /// Optional, with a negation that belongs to the cue ("free not to attend").
    FixedParticipationOptional,
    /// Mandatory, with a negation that belongs to the cue ("vous ne pouvez pas refuser").
    FixedParticipationMandatory,
    /// Optional, with a negation that belongs to the cue ("partager ou non").
    FixedDisclosureOptional,
    /// Mandatory, with a negation that belongs to the cue ("secrecy cannot be invoked").
    FixedDisclosureMandatory,
    /// Attendance hoped for in words that leave room ("nous comptons sur votre présence",
    /// "we count on your presence"): mandatory, unless the letter also says that taking
    /// part is optional ("nous comptons sur votre venue, mais vous restez libre de
    /// décliner"). A negation makes it nothing.
    WishedParticipation,
    /// The person concerned is informed.
    PersonInformed,
    /// The person concerned is invited or heard.
    PersonInvited,
    /// Words of duty that only name who takes part ("Article 3. The following shall take
    /// part:", « Sont appelés à siéger : »): no statement, and the duty cue they hold is
    /// consumed.
    Composition,
}

pub(crate) static CUES: LazyLock<Lexicon<Cue>> =
    LazyLock::new(|| Lexicon::new(&[fr::statements::CUES, en::statements::CUES]));

/// At most this many statements are kept.
const MAX_STATEMENTS: usize = 64;

pub(crate) fn extract(cx: &Ctx<'_>) -> Vec<Statement> {
    use StatementKind as K;
    let f = cx.f();
    let excluded = [
        RegionKind::QuotedMessage,
        RegionKind::Disclaimer,
        RegionKind::Unticked,
        RegionKind::Header,
    ];
    let mut out: Vec<Statement> = Vec::new();
    // Where the closing formulas and the e-mail header lines begin, read once when a cue
    // of the statute's words first needs them.
    let mut closings: Option<Closings> = None;
    // Whether the text names a training or a conference at all (read once, when a cue
    // first asks): only then is a section appended below the signature looked for.
    let mut names_event: Option<bool> = None;
    // Where the hoped-for attendances start (original offsets).
    let mut wished = Vec::new();
    for hit in CUES.find_iter_in(cx.scan(), f).take(5_000) {
        if cx.seg.in_region(hit.start, &excluded) {
            continue;
        }
        // The statute quoted by the letter ("Pour rappel, l'article 458ter, § 2, dispose :
        // « Les participants sont tenus au secret… »") reminds of secrecy and of the limit
        // on use; it says nothing of this letter's attendance or disclosure.
        if !matches!(hit.kind, Cue::Secrecy | Cue::UseLimitation)
            && cx.seg.in_region(hit.start, &[RegionKind::Statute])
        {
            continue;
        }
        // The statute's words below the letter, in an annex or a footer after its closing
        // ("Kind regards, …" over "LEGAL FRAMEWORK (added automatically): « § 2. The
        // participants are bound to secrecy… »"): the sender's stationery, not a reminder
        // the letter gives.
        if matches!(hit.kind, Cue::Secrecy | Cue::UseLimitation)
            && cx.seg.in_region(
                hit.start,
                &[RegionKind::Statute, RegionKind::StatuteParaphrase],
            )
            && closings
                .get_or_insert_with(|| Closings::new(f))
                .below(hit.start)
            && !footnote(cx, hit.start)
        {
            continue;
        }
        if under_training_heading(cx, hit.start)
            || mentioned(f, hit.start, hit.end)
            || quoted_question(cx, hit.start)
            || (*names_event.get_or_insert_with(|| {
                // (As a word: not the "formation" of "information".)
                let b = f.as_bytes();
                TRAINING_WORDS.iter().any(|w| {
                    memchr::memmem::find_iter(b, w.as_bytes())
                        .any(|i| i == 0 || !b[i - 1].is_ascii_alphanumeric())
                })
            }) && appended_event(
                f,
                closings.get_or_insert_with(|| Closings::new(f)),
                hit.start,
            ))
        {
            continue;
        }
        let sentence = cx.seg.sentence(hit.start);
        // A rhetorical question asserts what it asks: « faut-il rappeler que chaque service
        // est tenu de transmettre … ? », "need I remind you that …?".
        let rhetorical =
            || RHETORICAL.is_match_in(cx.scan(), &f[sentence.start.min(hit.start)..hit.start]);
        if f[sentence.clone()].trim_end().ends_with('?') && !rhetorical() {
            continue;
        }
        // A question run on into lower case, the splitter finding no sentence end: "Do I
        // have to come?? my agenda is full tmrw".
        // (Not a tag that asks for a nod: "whatever we say stays between us ok?".)
        if f[hit.end..sentence.end.max(hit.end)]
            .find(['.', '!', '?', '\n'])
            .is_some_and(|p| {
                let before = f[hit.end..hit.end + p].trim_end();
                f[hit.end + p..].starts_with('?')
                    && ![
                        " ok",
                        " okay",
                        " right",
                        " d'accord",
                        " hein",
                        " oke",
                        " ja",
                    ]
                    .iter()
                    .any(|t| before.ends_with(t))
            })
            && !rhetorical()
        {
            continue;
        }
        let mut clause = segment::clause_around(f, sentence.clone(), hit.start);
        // A cue that runs on into a later clause ("ni quant à votre présence, que vous
        // demeurez libre de décliner") is judged in the clause of its last words: a
        // negation before its first words belongs to another clause.
        if hit.end > clause.end {
            clause = segment::clause_around(f, sentence.clone(), hit.end - 1);
        }
        let before = negation::negated_before(cx.scan(), f, clause.start, hit.start)
            || negative_subject(cx, f, sentence.start, clause.start, hit.kind);
        let within = before || negation::has_negation(cx.scan(), f, hit.start, hit.end);
        if hit.kind == Cue::Secrecy && describes_professionals(cx, f, hit.start) {
            continue;
        }
        // Someone else's words reported ("mon message du 9 février indiquait que votre
        // présence était obligatoire : c'était une erreur"): not the letter's statement.
        if !matches!(hit.kind, Cue::Secrecy | Cue::UseLimitation) {
            let from = segment::floor_char(f, hit.start.saturating_sub(60).max(clause.start));
            let from = segment::floor_char(f, from.min(hit.start));
            let sentence_start = cx.seg.sentence(hit.start).start;
            let from = from.max(sentence_start).min(hit.start);
            if REPORTED.is_match_in(cx.scan(), &f[from..hit.start]) {
                continue;
            }
        }
        // Said of another meeting, in the past ("la réunion plénière du 12 janvier, pour
        // laquelle la présence de chaque service membre était obligatoire"): the cue's own
        // words run through a verb in the imperfect.
        if !matches!(
            hit.kind,
            Cue::Secrecy | Cue::UseLimitation | Cue::PersonInformed | Cue::PersonInvited
        ) && f[hit.start..hit.end]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "etait" | "etaient" | "was" | "were"))
        {
            continue;
        }
        // "Physicians taking part are required to share the relevant elements of the file":
        // what is required is to share, a statement on disclosure (its evidence runs to the
        // verb).
        let mut hit = hit;
        let verb = f[hit.end..]
            .strip_prefix(" to ")
            .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
            .filter(|w| SHARING.contains(w));
        if let Some(verb) = verb {
            match hit.kind {
                Cue::ParticipationMandatory => hit.kind = Cue::DisclosureMandatory,
                Cue::ParticipationOptional => hit.kind = Cue::DisclosureOptional,
                _ => {}
            }
            if matches!(hit.kind, Cue::DisclosureMandatory | Cue::DisclosureOptional) {
                hit.end += " to ".len() + verb.len();
            }
        }
        // Secrecy named as what lets them talk ("From what i read online we can talk under
        // \"shared professional secrecy\"", « nous pouvons parler sous le couvert du secret
        // partagé »): the writer's idea of the basis, not a reminder of a duty.
        if hit.kind == Cue::Secrecy && permits(f, cx.seg.sentence(hit.start), hit.start) {
            continue;
        }
        let kind = match hit.kind {
            Cue::Secrecy if !before => K::SecrecyReminder,
            // Its wording usually carries a negation of its own ("ne ... que", "nothing
            // ... other than"): never dropped.
            Cue::UseLimitation => K::UseLimitation,
            Cue::PersonInformed if !within => K::PersonInformed,
            Cue::PersonInvited if !within => K::PersonInvited,
            Cue::ParticipationOptional if within => K::ParticipationMandatory,
            Cue::ParticipationOptional => K::ParticipationOptional,
            Cue::ParticipationMandatory if within => K::ParticipationOptional,
            Cue::ParticipationMandatory => K::ParticipationMandatory,
            Cue::DisclosureOptional if within => K::DisclosureMandatory,
            Cue::DisclosureOptional => K::DisclosureOptional,
            Cue::DisclosureMandatory if within => K::DisclosureOptional,
            Cue::DisclosureMandatory => K::DisclosureMandatory,
            Cue::FixedParticipationOptional => K::ParticipationOptional,
            Cue::FixedParticipationMandatory => K::ParticipationMandatory,
            Cue::FixedDisclosureOptional => K::DisclosureOptional,
            Cue::FixedDisclosureMandatory => K::DisclosureMandatory,
            Cue::WishedParticipation if !within => {
                wished.push(cx.doc.evidence(hit.start..hit.end).start);
                K::ParticipationMandatory
            }
            _ => continue,
        };
        // A form's question answered by its ticked box: "Participation obligatoire : [ ]
        // oui [x] non" says it is not.
        let kind = match (kind, ticked_no(f, hit.end)) {
            (K::ParticipationMandatory, true) => K::ParticipationOptional,
            (K::DisclosureMandatory, true) => K::DisclosureOptional,
            (kind, _) => kind,
        };
        // A wording that carries its own negation, denied as a whole: « Ce n'est pas que
        // vous ne pouvez pas refuser de venir : vous le pouvez », "it's not that you cannot
        // decline".
        let denied = matches!(
            hit.kind,
            Cue::FixedParticipationMandatory | Cue::FixedDisclosureMandatory
        ) && {
            let from = hit
                .start
                .saturating_sub(40)
                .max(sentence.start)
                .min(hit.start);
            let lead = &f[segment::floor_char(f, from)..hit.start];
            [
                "ce n'est pas que",
                "c'est pas que",
                "it's not that",
                "it is not that",
            ]
            .iter()
            .any(|w| lead.contains(w))
        };
        let kind = match (kind, denied) {
            (K::ParticipationMandatory, true) => K::ParticipationOptional,
            (K::DisclosureMandatory, true) => K::DisclosureOptional,
            (kind, _) => kind,
        };
        if matches!(kind, K::PersonInformed | K::PersonInvited) && addressee_subject(f, hit.start) {
            continue;
        }
        let evidence = cx.doc.evidence(hit.start..hit.end);
        if out
            .iter()
            .any(|s| s.kind == kind && s.evidence.text == evidence.text)
        {
            continue;
        }
        out.push(Statement { kind, evidence });
        if out.len() >= MAX_STATEMENTS {
            break;
        }
    }
    if out.iter().any(|s| s.kind == K::ParticipationOptional) {
        out.retain(|s| {
            !(s.kind == K::ParticipationMandatory && wished.contains(&s.evidence.start))
        });
    }
    out
}

/// The lead of a question that asserts: « faut-il rappeler que », "need I remind you that".
pub(crate) static RHETORICAL: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:faut-il (?:vous )?(?:rappeler|redire|preciser) que|est-il (?:besoin|utile|necessaire) de (?:vous )?(?:rappeler|redire|preciser) que|need (?:i|we) remind you that|do (?:i|we) (?:need|have) to remind you that|must (?:i|we) remind you that)\b",
    )
});

/// Professionals in general, as the article describes them ("the article allows
/// professionals bound by secrecy to share information"): a participle right after such a
/// noun describes who may speak; it reminds no participant of anything.
pub(crate) static PROFESSIONALS_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:professionals?|professionnels?|persons?|personnes|people|depositaries|depositaires|those|ceux|celles|workers|travailleurs|staff|employees|employes|personnel)(?: who| qui)?\s{0,3}$",
    )
});

/// A negative subject ("nobody", "no participant", "personne ne", "aucun intervenant")
/// at the end of the text before a cue's clause, with only an aside between.
pub(crate) static NEGATIVE_SUBJECT: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:nobody|no-?one|no one|none of (?:you|us|them|the [a-z]{1,20})|no (?:participant|professional|partner|service|practitioner)s?|personne (?:ne|n')|aucune? (?:participant|professionnel|intervenant|partenaire|service)e?s? (?:ne|n')|nul (?:ne|n'))\b",
    )
});

/// A negated modal verb ("ne saurait", "cannot"): see [`negative_subject`].
pub(crate) static NEGATED_MODAL: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:ne (?:saurai(?:t|ent)|peu(?:t|vent)|pourr(?:a|ont|ait|aient)|doi(?:t|vent)|devr(?:a|ont|ait|aient))(?: pas| nullement| aucunement| en aucun cas| guere)?|(?:ne|n') (?:vous |nous |leur |lui )?(?:sera|serait|est)(?: toutefois| cependant| donc| des lors)? pas possible|impossible|cannot|can not|can't|could not|may not|must not|should not|shall not|will not|won't|would not|not (?:be )?possible)\b",
    )
});

/// True when the clause of a cue about attending or disclosing is the predicate of a
/// negative subject that an aside or an incidental phrase has cut off: "nobody — and that
/// includes you — is, by receiving this letter, placed under any obligation to attend";
/// or, for a clause that opens on an infinitive, of a negated modal verb cut off the same
/// way: "la présence ne saurait, eu égard à la gravité de la situation, être considérée
/// comme facultative". The subject or the modal stands at most 120 bytes before the
/// clause, in the same sentence, with no semicolon, colon or adversative between.
fn negative_subject(
    cx: &Ctx<'_>,
    f: &str,
    sentence_start: usize,
    clause_start: usize,
    kind: Cue,
) -> bool {
    if !matches!(
        kind,
        Cue::ParticipationOptional
            | Cue::ParticipationMandatory
            | Cue::DisclosureOptional
            | Cue::DisclosureMandatory
    ) {
        return false;
    }
    let from = segment::floor_char(f, clause_start.saturating_sub(120).max(sentence_start));
    let mut words = f[clause_start..].split_whitespace();
    let infinitive = match (words.next(), words.next()) {
        (Some("etre" | "be" | "de" | "to"), _) => true,
        (Some(w), _) if w.starts_with("d'") => true,
        (Some("se"), Some("voir")) => true,
        (Some("avoir"), Some("ete")) | (Some("have"), Some("been")) => true,
        _ => false,
    };
    let subject = NEGATIVE_SUBJECT
        .find_iter_in(cx.scan(), &f[from..clause_start])
        .last();
    let modal = infinitive
        .then(|| {
            NEGATED_MODAL
                .find_iter_in(cx.scan(), &f[from..clause_start])
                .last()
        })
        .flatten();
    let Some(m) = subject.into_iter().chain(modal).max_by_key(|m| m.end()) else {
        return false;
    };
    let between = &f[from + m.end()..clause_start];
    // The subject is cut off right after it ("nobody — …", "no one, not even…"), not
    // followed by its own verb ("nul n'est tenu de répondre, et il vous est loisible…").
    between.trim_start().starts_with(['—', '–', '-', ',', '('])
        && !between.contains([';', ':', '\n'])
        && ![" but ", " mais ", " however", " toutefois", " cependant"]
            .iter()
            .any(|w| between.contains(w))
}

/// A reporting verb in the past before a cue: what someone said or wrote, reported.
pub(crate) static REPORTED: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:indiquait|disait|precisait|mentionnait|affirmait|pretendait|laissait entendre|(?:a|ont|avait|aurait|m'a|vous a|nous a) (?:dit|indique|ecrit|affirme|pretendu|laisse entendre)|(?:said|stated|suggested|claimed|indicated|mentioned|wrote|told (?:me|you|us))) (?:a tort |wrongly )?(?:que|qu'|that)\b",
    )
});

/// The lines of a letter that open on a closing formula ("Kind regards,", « Veuillez
/// agréer, … », "Met vriendelijke groeten") and its e-mail header lines, by folded start.
pub(crate) struct Closings {
    closings: Vec<usize>,
    headers: Vec<usize>,
}

impl Closings {
    pub(crate) fn new(f: &str) -> Closings {
        let (mut closings, mut headers) = (Vec::new(), Vec::new());
        let mut start = 0;
        for line in f.split('\n') {
            // (Not "Date:", "To:" alone: a form's fields below a signature, "Date: Thursday
            // 23 April" in a training announced after the letter, begin no message.)
            let opens_message = segment::header_key(line).is_some_and(|k| {
                matches!(
                    k,
                    "de" | "from"
                        | "van"
                        | "sent"
                        | "envoye"
                        | "verzonden"
                        | "objet"
                        | "subject"
                        | "onderwerp"
                )
            });
            if opens_message {
                headers.push(start);
            } else if closing_line(line) {
                closings.push(start);
            }
            start += line.len() + 1;
        }
        Closings { closings, headers }
    }

    /// Where the first line that opens on a closing formula starts, if any.
    pub(crate) fn first(&self) -> Option<usize> {
        self.closings.first().copied()
    }

    /// True when a closing formula stands on a line before folded offset `at` with no
    /// e-mail header line after it: `at` is below the letter's signature (a forward's
    /// note signs off above the message it passes on, whose header lines begin it).
    pub(crate) fn below(&self, at: usize) -> bool {
        let last = |starts: &[usize]| {
            let k = starts.partition_point(|&s| s < at);
            k.checked_sub(1).map(|k| starts[k])
        };
        match (last(&self.closings), last(&self.headers)) {
            (Some(c), Some(h)) => c > h,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}

/// True when `line` opens on a closing formula.
pub(crate) fn closing_line(line: &str) -> bool {
    const CLOSINGS: &[&str] = &[
        "cordialement",
        "bien a vous",
        "bien cordialement",
        "veuillez agreer",
        "je vous prie d'agreer",
        "nous vous prions d'agreer",
        "recevez, ",
        "salutations",
        "sinceres salutations",
        "kind regards",
        "best regards",
        "warm regards",
        "regards",
        "yours sincerely",
        "yours faithfully",
        "sincerely",
        "best wishes",
        "met vriendelijke groet",
        "hoogachtend",
    ];
    let line = line.trim_start_matches([' ', '*', '_']);
    CLOSINGS.iter().any(|c| {
        line.strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([',', ' ', '.', '*']))
    })
}

/// Words that name a training or a conference, folded.
const TRAINING_WORDS: &[&str] = &[
    "training",
    "formation",
    "webinar",
    "workshop",
    "seminar",
    "seminaire",
    "colloque",
    "conference",
    "journee d'etude",
    "opleiding",
    "vorming",
];

/// True when the nearest Markdown heading above folded offset `at` announces a training,
/// a seminar or a conference ("## 3. Training: shared professional secrecy"): a newsletter's
/// other section, whose "attendance is mandatory for all volunteers" is not said of the
/// consultation.
fn under_training_heading(cx: &Ctx<'_>, at: usize) -> bool {
    const EVENTS: &[&str] = TRAINING_WORDS;
    let f = cx.f();
    let headings = &cx.doc.folded.headings;
    let k = headings.partition_point(|h| h.start <= at);
    let Some(heading) = k.checked_sub(1).map(|k| &f[headings[k].clone()]) else {
        return false;
    };
    EVENTS.iter().any(|e| {
        heading
            .match_indices(e)
            .any(|(i, _)| !heading[..i].ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// True when folded `at` lies in a quote that asks a question the reply answers below it
/// ("> *Is this compulsory? My head of school seems to think we are obliged to attend…*"
/// over "**No.** Attendance is not compulsory"): the asker's words, not the sender's. A
/// Markdown block quote, or a run of lines that open on ">".
fn quoted_question(cx: &Ctx<'_>, at: usize) -> bool {
    let f = cx.f();
    let quote = match cx.doc.folded.quoted.iter().find(|q| q.contains(&at)) {
        Some(q) => q.clone(),
        None => {
            let line_start = f[..at].rfind('\n').map_or(0, |p| p + 1);
            if !f[line_start..].starts_with('>') {
                return false;
            }
            let start = f[..line_start]
                .split_inclusive('\n')
                .rev()
                .take_while(|l| l.starts_with('>'))
                .map(str::len)
                .sum::<usize>();
            let end = f[line_start..]
                .split_inclusive('\n')
                .take_while(|l| l.starts_with('>'))
                .map(str::len)
                .sum::<usize>();
            line_start - start..line_start + end
        }
    };
    // (A quote of some length is an earlier message, not a question put; and the reply
    // answers it on its next line: "No.", « Oui : », "Not at all", not a callout set in a
    // block quote, "> Questions? Call us.".)
    const ANSWERS: &[&str] = &[
        "no",
        "yes",
        "non",
        "oui",
        "nee",
        "ja",
        "not at all",
        "pas du tout",
        "indeed",
        "en effet",
        "absolutely",
        "of course",
        "bien sur",
    ];
    quote.len() <= 600
        && f[quote.clone()].contains('?')
        && f[quote.end.min(f.len())..]
            .split('\n')
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| {
                let l = l.trim_start_matches([' ', '*', '_']);
                ANSWERS.iter().any(|a| {
                    l.strip_prefix(a)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                })
            })
}

/// True when folded `at` lies in a section appended below the letter's signature that
/// announces an event ("Kind regards, …" then "ALSO FROM THE NETWORK – TRAINING
/// ANNOUNCEMENT", "\"Shared professional secrecy in practice\""): a short line naming a
/// training, a seminar… stands between the first closing formula and `at`.
fn appended_event(f: &str, closings: &Closings, at: usize) -> bool {
    // (Below the signature, with no message begun since: not a forwarded letter.)
    let Some(first) = closings.first().filter(|_| closings.below(at)) else {
        return false;
    };
    f[first..at].split('\n').any(|line| {
        line.len() <= 100
            && TRAINING_WORDS.iter().any(|e| {
                line.match_indices(e).any(|(i, _)| {
                    !line[..i].ends_with(|c: char| c.is_alphanumeric())
                        && !line[..i].ends_with("case ")
                })
            })
    })
}

/// True when the cue at `start..end` is a wording quoted to be talked about, not said: in
/// quotation marks of its own after a word for words ("la phrase sur la « présence
/// obligatoire » dans le premier mail est un vieux copier-coller", "the words \"attendance
/// is compulsory\" were a mistake").
fn mentioned(f: &str, start: usize, end: usize) -> bool {
    const WORDS: &[&str] = &[
        "phrase",
        "mention",
        "formule",
        "terme",
        "termes",
        "mots",
        "expression",
        "words",
        "wording",
        "sentence",
        "line",
        "term",
    ];
    let before = f[..start].trim_end_matches(' ');
    let Some(before) = before.strip_suffix('"') else {
        return false;
    };
    if !f[end..].trim_start_matches(' ').starts_with('"') {
        return false;
    }
    let lo = segment::floor_char(f, before.len().saturating_sub(40));
    before[lo..]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.contains(&w))
}

/// True when folded offset `at` is in a footnote: a line of its paragraph, up to `at`,
/// opens on a footnote's mark in the original ("¹ Art. 458ter, § 2 : …", "(1)", "[1]"),
/// the letter's own words called from its body.
fn footnote(cx: &Ctx<'_>, at: usize) -> bool {
    let text = cx.doc.text;
    let o = cx.doc.folded.orig_start(at).min(text.len());
    let o = segment::floor_char(text, o);
    // Its paragraph, at most 2,000 bytes back.
    let lo = segment::floor_char(text, o.saturating_sub(2_000));
    let from = text[lo..o].rfind("\n\n").map_or(lo, |p| lo + p + 2);
    text[from..o].lines().any(|line| {
        let line = line.trim_start();
        line.starts_with(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])
            || ["(", "["].iter().any(|open| {
                line.strip_prefix(open).is_some_and(|rest| {
                    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                    (1..=2).contains(&digits) && rest[digits..].starts_with([')', ']'])
                })
            })
    })
}

fn describes_professionals(cx: &Ctx<'_>, f: &str, at: usize) -> bool {
    const PARTICIPLES: &[&str] = &["bound ", "subject to", "tenu", "lie", "astreint", "soumis"];
    // "professionals who are bound by secrecy", "les professionnels qui sont tenus au secret".
    let rest = ["are ", "is ", "sont ", "est "]
        .iter()
        .find_map(|v| f[at..].strip_prefix(v))
        .unwrap_or(&f[at..]);
    if !PARTICIPLES.iter().any(|p| rest.starts_with(p)) {
        return false;
    }
    let from = segment::floor_char(f, at.saturating_sub(30));
    PROFESSIONALS_BEFORE.is_match_in(cx.scan(), &f[from..at])
}

/// True when the words just before a subject-less person cue name the addressee or the
/// participants ("you will be informed of the meeting"), not the person concerned.
fn addressee_subject(f: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(20);
    while !f.is_char_boundary(from) {
        from += 1;
    }
    let before = &f[from..at];
    before
        .split(|c: char| !c.is_ascii_alphabetic())
        .rev()
        .take(3)
        .any(|w| {
            matches!(
                w,
                "you"
                    | "vous"
                    | "we"
                    | "nous"
                    | "participants"
                    | "partners"
                    | "partenaires"
                    | "u"
                    | "wij"
                    | "utile"
                    | "personne"
                    | "service"
                    | "services"
                    | "professionnel"
                    | "professionnels"
                    | "other"
                    | "others"
                    | "autre"
                    | "autres"
                    | "useful"
                    | "relevant"
                    | "partner"
                    | "partenaire"
            )
        })
        // The person the object of a relative clause ("any other partner who knows the
        // family is welcome too"), not the subject of one ("her mother, who have been
        // informed").
        || before
            .rsplit(['.', ';', ':', '!', '?', ','])
            .next()
            .unwrap_or("")
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .rev()
            .skip(1)
            .take(2)
            .any(|w| w == "who" || w == "qui")
}

/// True when the rest of the line after a form's label (`at`) answers it "no" with a
/// ticked box: ": [ ] oui [x] non", ": ☐ yes ☒ no".
fn ticked_no(f: &str, at: usize) -> bool {
    let line_end = f[at..].find('\n').map_or(f.len(), |p| at + p);
    let rest = f[at..line_end].trim_start_matches([' ', '.']);
    // The label's own words may run on before its colon ("Obligation de partager vos
    // informations : …").
    let Some(colon) = rest.find(':').filter(|&c| c <= 40) else {
        return false;
    };
    let value = &rest[colon + 1..];
    ["[x]", "☒", "☑", "✔", "✓"].iter().any(|b| {
        value.find(b).is_some_and(|i| {
            let after = value[i + b.len()..].trim_start();
            let word = after
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            matches!(word, "non" | "no" | "nee" | "neen")
        })
    })
}

/// Verbs of passing information on, after "required to", "expected to".
const SHARING: &[&str] = &[
    "share",
    "disclose",
    "provide",
    "pass",
    "communicate",
    "hand",
    "reveal",
    "tell",
    "transmit",
];

/// True when the words before `at` in its sentence say what may be done under it ("we can
/// talk under", « nous pouvons parler sous »), a permission and not a duty.
fn permits(f: &str, sentence: std::ops::Range<usize>, at: usize) -> bool {
    const MAY: &[&str] = &[
        "we can talk under",
        "we may talk under",
        "we can share under",
        "we may share under",
        "we can speak under",
        "we are allowed to talk under",
        "nous pouvons parler sous",
        "on peut parler sous",
        "on peut echanger sous",
        "nous pouvons echanger sous",
    ];
    let before = f[sentence.start.min(at)..at].trim_end_matches([' ', '\n', '"', '\'']);
    let before = [" the", " le couvert du", " le"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    // A wrapped line's break is a space ("we can talk\nunder").
    MAY.iter().any(|w| {
        before.len() >= w.len()
            && before.as_bytes()[before.len() - w.len()..]
                .iter()
                .zip(w.bytes())
                .all(|(&a, b)| a == b || (a == b'\n' && b == b' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::report::InputFormat;
    use crate::segment::Segments;
    use StatementKind as K;

    fn kinds(text: &str) -> Vec<StatementKind> {
        let doc = Document::new(text, InputFormat::Text);
        let seg = Segments::new(&doc);
        let cx = Ctx {
            doc: &doc,
            seg: &seg,
            citations: Vec::new(),
        };
        let mut k: Vec<_> = extract(&cx).iter().map(|s| s.kind).collect();
        k.sort();
        k.dedup();
        k
    }

    #[test]
    fn each_one_judges_what_to_share() {
        for text in [
            "It is entirely up to you what, if anything, you share.",
            "You remain free to say nothing at all.",
            "Each participant decides what to disclose.",
            "To be clear: nobody has to hand over a file.",
            "Chacun apprécie en conscience ce qu'il estime pouvoir partager.",
            "Chacun reste libre de ne communiquer que ce qu'il juge nécessaire.",
        ] {
            assert_eq!(kinds(text), vec![K::DisclosureOptional], "{text}");
        }
        // "free to say no" is about coming, not about what is said.
        assert_eq!(
            kinds("You are free to say no to this invitation."),
            vec![K::ParticipationOptional]
        );
        assert_eq!(
            kinds("Nous comptons sur la transmission de l'ensemble du dossier."),
            vec![K::DisclosureMandatory]
        );
    }

    #[test]
    fn the_shared_secrecy_framework_is_no_reminder() {
        assert!(kinds(
            "Dans le cadre du secret professionnel partagé, je vous propose de nous réunir."
        )
        .is_empty());
        assert_eq!(
            kinds("Les participants sont tenus au secret quant à ce qui sera dit."),
            vec![K::SecrecyReminder]
        );
    }

    #[test]
    fn negation_decides_the_kind() {
        assert_eq!(
            kinds("Votre présence n'est pas obligatoire."),
            vec![K::ParticipationOptional]
        );
        assert_eq!(kinds("Votre participation, comme celle des autres partenaires, n’est nullement obligatoire."), vec![K::ParticipationOptional]);
        assert_eq!(
            kinds("Attendance is not compulsory."),
            vec![K::ParticipationOptional]
        );
        assert_eq!(
            kinds("You are required to attend this meeting."),
            vec![K::ParticipationMandatory]
        );
        assert_eq!(
            kinds("Vous ne pouvez pas refuser de participer."),
            vec![K::ParticipationMandatory]
        );
        assert_eq!(
            kinds("You are under no obligation to share any information."),
            vec![K::DisclosureOptional]
        );
        assert_eq!(
            kinds("Vous êtes tenu de communiquer toutes les informations utiles."),
            vec![K::DisclosureMandatory]
        );
        assert_eq!(
            kinds("Vous n'êtes pas tenue de communiquer quoi que ce soit."),
            vec![K::DisclosureOptional]
        );
        assert_eq!(
            kinds("Il n'est pas obligatoire de venir, mais votre présence est indispensable."),
            vec![K::ParticipationMandatory]
        );
    }

    #[test]
    fn secrecy_use_and_person() {
        assert_eq!(
            kinds("Tous les participants sont tenus au secret. Les informations ne peuvent donner lieu à des poursuites que pour les infractions visées. La famille a été informée de la tenue de la réunion et pourra être entendue."),
            vec![K::SecrecyReminder, K::UseLimitation, K::PersonInformed, K::PersonInvited]
        );
        assert_eq!(kinds("The parents have been told about the meeting and will be invited to give their point of view."), vec![K::PersonInformed, K::PersonInvited]);
        assert!(kinds("La personne concernée n'a pas été informée.").is_empty());
    }

    #[test]
    fn oblique_wordings() {
        for (text, want) in [
            (
                "Nous ne doutons pas que vous communiquerez l'intégralité du dossier médical.",
                vec![K::DisclosureMandatory],
            ),
            (
                "We trust you will bring the full file.",
                vec![K::DisclosureMandatory],
            ),
            (
                "Il ne vous est nullement imposé d'y prendre part.",
                vec![K::ParticipationOptional],
            ),
            (
                "Il vous est imposé d'y participer.",
                vec![K::ParticipationMandatory],
            ),
            (
                "Il n'est pas attendu de l'assistant de justice qu'il communique des informations.",
                vec![K::DisclosureOptional],
            ),
            (
                "You need not attend.",
                vec![K::ParticipationOptional],
            ),
            (
                "Nothing, on the other hand, obliges you to share information.",
                vec![K::DisclosureOptional],
            ),
            (
                "The information may not give rise to criminal prosecution other than for the offences concerned.",
                vec![K::UseLimitation],
            ),
            (
                "Those secrets may lead to\nprosecution solely for the offences in view of which it was organised.",
                vec![K::UseLimitation],
            ),
            // The negation before the first words belongs to another clause.
            (
                "Aucune obligation ne pèse sur vous, ni quant à votre présence, que vous demeurez entièrement libre de décliner, ni quant aux informations que vous jugeriez pouvoir partager.",
                vec![K::ParticipationOptional, K::DisclosureOptional],
            ),
            // Idioms with a negation word negate nothing.
            (
                "It goes without saying that each participant remains bound by professional secrecy.",
                vec![K::SecrecyReminder],
            ),
            (
                "Il va sans dire que les participants sont tenus au secret.",
                vec![K::SecrecyReminder],
            ),
        ] {
            assert_eq!(kinds(text), want, "{text}");
        }
    }

    #[test]
    fn quoted_questions_and_disclaimers_do_not_count() {
        assert!(kinds("Ma présence est-elle obligatoire ?").is_empty());
        assert!(kinds("Merci.\n\nCe message et ses annexes sont confidentiels et destinés exclusivement au destinataire.").is_empty());
        assert!(kinds("Bonjour,\nJe viendrai.\n\nLe 3 mars 2025, A. B. a écrit :\n> Votre présence est obligatoire.").is_empty());
    }
}
