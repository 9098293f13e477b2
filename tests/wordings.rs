//! Wordings met in letters written by other hands (the holdout sets of the `7be66b1`
//! sitting), each read through the public API: what the analyzer must find in them, and
//! the near misses it must leave alone.

mod common;

use common::evidence::span_problems;
use convocheck::{analyze, InstrumentKind, ModalityKind, PurposeCategory, Role, StatementKind};

/// The text of the letter's first modality item of `kind`, after checking that every span
/// of the report is the slice of the input it claims.
fn item(text: &str, kind: ModalityKind) -> Option<String> {
    let report = analyze(text);
    assert_eq!(span_problems(&report, text), Vec::<String>::new(), "{text}");
    report
        .modalities
        .items
        .iter()
        .find(|i| i.kind == kind)
        .map(|i| i.evidence.text.clone())
}

fn roles(text: &str) -> Vec<Role> {
    let mut r: Vec<Role> = analyze(text)
        .participants
        .entries
        .iter()
        .map(|p| p.role)
        .collect();
    r.sort_by_key(|r| format!("{r:?}"));
    r.dedup();
    r
}

fn categories(text: &str) -> Vec<PurposeCategory> {
    analyze(text).purposes.iter().map(|p| p.category).collect()
}

#[test]
fn a_composition_heading_opens_the_participants_list() {
    let text = "Sir,\n\nYou are hereby convened to a case consultation of the LISC-R.\n\nCOMPOSITION OF THE CELL FOR THIS CASE\n  • the Mayor of Vorstbeek, chair;\n  • the Chief of Police of the police zone;\n  • yourself, for the Justice House.\n";
    let r = roles(text);
    assert!(r.contains(&Role::Municipality), "{r:?}");
    assert!(r.contains(&Role::Police), "{r:?}");
}

#[test]
fn open_lists_and_closed_ones() {
    let open = "Dear Sir,\n\nWe invite you to a case consultation. Taking part will be, inter alia, an inspector of the police zone and a doctor of the hospital.";
    assert!(analyze(open).participants.open_ended);
    let closed = "Dear Sir,\n\nWe invite you to a case consultation. It has been deemed necessary to bring together the police, the school and the youth aid counsellor:\n- the police\n- the school\n";
    assert!(!analyze(closed).participants.open_ended);
}

#[test]
fn aims_named_obliquely() {
    let text = "Dear Doctor,\n\nIt is in order to avert a tragedy that a case consultation under Article 458ter is being organised.";
    assert!(categories(text).contains(&PurposeCategory::Integrity));
    let text = "Madame,\n\nAfin d'éviter un drame, nous organisons une concertation de cas.";
    assert!(categories(text).contains(&PurposeCategory::Integrity));
    let text = "Madame,\n\nNous organisons une concertation de cas afin de prévenir de nouvelles infractions dans le cadre d'un réseau structuré de traite des êtres humains.";
    assert!(categories(text).contains(&PurposeCategory::CriminalOrganization));
    // A policy's name is no aim.
    let text = "Dear Parent,\n\nUnder our Safeguarding & Child Protection Policy we are organizing a case consultation about school absenteeism.";
    assert!(!categories(text).contains(&PurposeCategory::Integrity));
}

#[test]
fn a_prosecutor_who_has_agreed_has_authorized_without_reasons() {
    let text = "Dear Sir,\n\nA case consultation within the meaning of Article 458ter of the Criminal Code, to the holding of which the public prosecutor has agreed, will be held on Monday 11 May 2026 at 14.00.";
    let basis = analyze(text).legal_basis;
    let auth = basis
        .instruments
        .iter()
        .find(|i| i.kind == InstrumentKind::ProsecutorAuthorization)
        .expect("a prosecutor's authorization");
    assert_eq!(auth.reasoned, Some(false));
}

#[test]
fn dates_written_out_point_into_the_letter() {
    let text = "Namur, le 5 mai 2026\n\nMonsieur,\n\nNous vous invitons à une concertation de cas. Elle se tiendra le 17 courant à dix\u{a0}heures et demie, à l'Hôtel de Ville.";
    assert_eq!(
        item(text, ModalityKind::Date).as_deref(),
        Some("17 courant")
    );
    assert_eq!(
        item(text, ModalityKind::Time).as_deref(),
        Some("dix\u{a0}heures et demie")
    );
    assert_eq!(
        analyze(text).modalities.meeting.date.as_deref(),
        Some("2026-05-17")
    );
    let text = "Brussels, 20 April 2026\n\nDear Madam,\n\nWe invite you to a case consultation. It will be held on Tuesday the fifth of May at half past ten in the morning, in the Centre’s boardroom.";
    assert_eq!(
        item(text, ModalityKind::Date).as_deref(),
        Some("Tuesday the fifth of May")
    );
    assert_eq!(
        item(text, ModalityKind::Time).as_deref(),
        Some("half past ten")
    );
    assert_eq!(
        analyze(text).modalities.meeting.time.as_deref(),
        Some("10:30")
    );
}

#[test]
fn near_misses_of_the_new_cues() {
    // A privacy notice named inside a convocation does not make it a notice.
    let text = "Dear Sir,\n\nWe invite you to a case consultation under art. 458ter of the Criminal Code on Thursday 15 January 2026 at 14:00, Town Hall, room 2, with the police and the CPAS. Our privacy notice is on our website.";
    assert!(analyze(text).is_convocation);
    // A negation inside the cue still turns it, when the cue runs over a comma.
    let text = "Madame,\n\nNous vous invitons à une concertation de cas. Votre présence, comme indiqué plus haut, n'est pas obligatoire.";
    let kinds: Vec<StatementKind> = analyze(text).statements.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, vec![StatementKind::ParticipationOptional]);
}
