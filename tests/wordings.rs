//! Wordings met in letters written by other hands (the holdout sets of the `7be66b1`
//! sitting), each read through the public API: what the analyzer must find in them, and
//! the near misses it must leave alone.

mod common;

use common::evidence::span_problems;
use convocheck::{analyze, InstrumentKind, ModalityKind, PurposeCategory, Role, StatementKind};

/// The letter's report, after checking that every span of it is the slice of the input it
/// claims: every helper below goes through it.
fn checked(text: &str) -> convocheck::Report {
    let report = analyze(text);
    assert_eq!(span_problems(&report, text), Vec::<String>::new(), "{text}");
    report
}

/// The text of the letter's first modality item of `kind`.
fn item(text: &str, kind: ModalityKind) -> Option<String> {
    checked(text)
        .modalities
        .items
        .iter()
        .find(|i| i.kind == kind)
        .map(|i| i.evidence.text.clone())
}

fn roles(text: &str) -> Vec<Role> {
    let mut r: Vec<Role> = checked(text)
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
    checked(text).purposes.iter().map(|p| p.category).collect()
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

fn kinds(text: &str) -> Vec<StatementKind> {
    let mut k: Vec<StatementKind> = checked(text).statements.iter().map(|s| s.kind).collect();
    k.sort_by_key(|k| format!("{k:?}"));
    k.dedup();
    k
}

const INVITE: &str = "Dear colleagues,\n\nWe invite you to a case consultation under Article 458ter of the Criminal Code. ";

#[test]
fn attendance_asked_for_in_other_words() {
    for asked in [
        "We count on your presence.",
        "Please ensure your service is represented at this meeting.",
        "Any absence must be justified in writing to the coordinator.",
    ] {
        let text = format!("{INVITE}{asked}");
        assert!(
            kinds(&text).contains(&StatementKind::ParticipationMandatory),
            "{asked}"
        );
    }
    let text = format!("{INVITE}You will bring the full medical file of the minor and present it to the participants.");
    assert!(kinds(&text).contains(&StatementKind::DisclosureMandatory));
    // Near misses: a wish to be told of an absence, and an identity card.
    for neutral in [
        "Please let us know of any absence.",
        "You will bring your identity documents.",
    ] {
        let text = format!("{INVITE}{neutral}");
        assert_eq!(kinds(&text), vec![], "{neutral}");
    }
}

#[test]
fn reminders_that_say_do_not_forget() {
    let text = format!("{INVITE}Please do not forget that all participants are bound to secrecy about what is said during the consultation. Each of you remains the judge of what can be shared.");
    let k = kinds(&text);
    assert!(k.contains(&StatementKind::SecrecyReminder), "{k:?}");
    assert!(k.contains(&StatementKind::DisclosureOptional), "{k:?}");
}

#[test]
fn a_reasoned_decision_named_before_the_prosecutor() {
    let text = format!("{INVITE}By a reasoned decision of 6 November 2025, the Crown Prosecutor of Valdore authorised the organisation of case consultations.");
    let basis = analyze(&text).legal_basis;
    assert_eq!(
        basis.instruments.first().map(|i| (i.kind, i.reasoned)),
        Some((InstrumentKind::ProsecutorAuthorization, Some(true)))
    );
}

#[test]
fn calendar_invitations_list_their_attendees() {
    let text = "Case review (confidential)\n\nOrganizer: Mayor's office\nRequired: Bram V. (local police); Lien G. (CLB Hoogwaarde)\nWhen: Wednesday, 21 January 2026 10:00-11:30\n\nDear partners,\n\nUnder the Law of 30 July 2018, the mayor convenes a case consultation.";
    let r = roles(text);
    assert!(r.contains(&Role::Police), "{r:?}");
    assert!(r.contains(&Role::Education), "{r:?}");
    let text = "Dear Doctor,\n\nWe invite you to a case consultation.\n\nAround the table (on screen): Inspector Tom W. (local police), Ms Anja M. (justice assistant).";
    let r = roles(text);
    assert!(r.contains(&Role::JusticeHouse), "{r:?}");
}

#[test]
fn minutes_sent_after_the_meeting() {
    let text = "Subject: Minutes – case consultation family D. of 5 March 2026\n\nDear all,\n\nThank you for taking part in yesterday's case consultation, held by Teams on Thursday 5 March under the reasoned authorisation of the Crown Prosecutor (Article 458ter). Please find attached the minutes. No further consultation is planned at this stage. If you have comments, please send them by 13 March.";
    assert!(!analyze(text).is_convocation);
    let text = "Objet : Compte rendu de la concertation de cas du 5 mars\n\nMadame, Monsieur,\n\nVeuillez trouver ci-joint le compte rendu de la concertation tenue en visioconférence le 5 mars (art. 458ter). Aucune nouvelle concertation n'est prévue à ce stade. Merci de nous faire part de vos remarques avant le 13 mars.";
    assert!(!analyze(text).is_convocation);
}

const INVITER: &str = "Madame, Monsieur,\n\nNous vous invitons à une concertation de cas au sens de l'article 458ter du Code pénal. ";

#[test]
fn french_instructions_and_choices_in_other_words() {
    for (said, kind) in [
        ("Nous comptons impérativement sur vous.", StatementKind::ParticipationMandatory),
        ("Conformément à vos obligations, vous communiquerez aux participants l'ensemble des informations dont vous disposez.", StatementKind::DisclosureMandatory),
        ("Afin de préparer la réunion, vous voudrez bien nous transmettre, pour le 3 novembre au plus tard, le dossier complet.", StatementKind::DisclosureMandatory),
        ("N'oubliez pas d'apporter vos notes de suivi complètes.", StatementKind::DisclosureMandatory),
        ("Rien ne vous oblige à répondre favorablement à cette invitation.", StatementKind::ParticipationOptional),
        ("Si vous ne souhaitez pas y prendre part, il vous suffit de nous le signaler : aucune justification ne vous sera demandée.", StatementKind::ParticipationOptional),
        ("Si vous venez, ce sera sans préjudice de votre droit de vous taire.", StatementKind::DisclosureOptional),
        ("Vous n'aurez à partager que ce que vous estimez compatible avec votre mission.", StatementKind::DisclosureOptional),
        ("Vous décidez seul·e de ce que vous partagez.", StatementKind::DisclosureOptional),
        ("Rappel – art. 458ter, § 2 : secret.", StatementKind::SecrecyReminder),
    ] {
        let text = format!("{INVITER}{said}");
        assert!(kinds(&text).contains(&kind), "{said}: {:?}", kinds(&text));
    }
    // Near misses: availabilities asked for, an identity card, a confirmation.
    for neutral in [
        "Vous voudrez bien nous communiquer vos disponibilités.",
        "N'oubliez pas de vous munir d'une pièce d'identité.",
        "Ne manquez pas de nous confirmer votre venue.",
    ] {
        let text = format!("{INVITER}{neutral}");
        assert_eq!(kinds(&text), vec![], "{neutral}");
    }
}

#[test]
fn attendance_hoped_for_yields_to_a_stated_choice() {
    let text = format!(
        "{INVITER}Nous comptons sur votre venue, mais vous restez entièrement libre de décliner."
    );
    assert_eq!(kinds(&text), vec![StatementKind::ParticipationOptional]);
    let text = format!("{INVITE}We count on your presence.");
    assert_eq!(kinds(&text), vec![StatementKind::ParticipationMandatory]);
    let text = format!("{INVITER}Nous comptons impérativement sur vous, même si la participation est en principe volontaire.");
    assert!(kinds(&text).contains(&StatementKind::ParticipationMandatory));
}

#[test]
fn a_quoted_second_paragraph_reminds_of_secrecy() {
    let text = format!("{INVITER}Pour rappel, l'article 458ter, § 2, du Code pénal dispose : « Les participants sont tenus au secret relativement aux secrets communiqués durant la concertation. Toute personne violant ce secret sera punie des peines prévues à l'article 458. »");
    assert!(kinds(&text).contains(&StatementKind::SecrecyReminder));
}

#[test]
fn chairs_and_addressee_lists_name_participants() {
    let text = format!("{INVITER}\n\nDATE : lundi 5 janvier 2026 à 8 h 15\nPRÉSIDENCE : Dr Pierre Janssens, chef du service de pédiatrie\nLIEU : salle de staff, hôpital\n");
    let r = roles(&text);
    assert!(r.contains(&Role::Health), "{r:?}");
    let text = "Destinataires :\n  M. le Commissaire O. D., ZP Lesse-Famenne\n  Mme I. K., Service de l'aide à la jeunesse de Famenne\n\nObjet : convocation – concertation de cas\n\nMadame, Monsieur,\n\nUne concertation de cas est organisée le lundi 5 janvier 2026 à 8 h 15.";
    let r = roles(text);
    assert!(r.contains(&Role::Police), "{r:?}");
    assert!(r.contains(&Role::YouthAid), "{r:?}");
    // A chair line names only its own line's participant.
    let text = format!(
        "{INVITE}\n\nChair: Ms Nadia O., network coordinator\nVenue: CPAS building, room 2\n"
    );
    let r = roles(&text);
    assert!(!r.contains(&Role::SocialServices), "{r:?}");
}

#[test]
fn hearings_cancellations_and_thanks_convene_no_one() {
    let text = "Objet : convocation à une audition préalable – procédure disciplinaire\n\nMadame,\n\nIl vous est reproché d'avoir, à la suite de la concertation de cas du 20 janvier 2026, communiqué des informations couvertes par le secret. Vous êtes convoquée à une audition devant le Conseil de l'action sociale, le jeudi 26 février 2026 à 18 h 30. Votre présence est obligatoire.";
    assert!(!analyze(text).is_convocation);
    let text = "Objet : ANNULATION – concertation de cas du 12/03\n\nBonjour à toutes et à tous,\n\nLa concertation de cas prévue le jeudi 12 mars 2026 à 14 h au FJC (art. 458ter C. pén.) est annulée. Aucune nouvelle date n'est fixée à ce stade.";
    assert!(!analyze(text).is_convocation);
    let text = "Subject: CANCELLED – case consultation of 12 March\n\nDear all,\n\nThe case consultation planned on Thursday 12 March 2026 at 14:00 (art. 458ter) has been cancelled. No new date has been set.";
    assert!(!analyze(text).is_convocation);
    // A rescheduled meeting is still convened.
    let text = "Subject: NEW DATE – case consultation\n\nDear colleagues,\n\nThe case consultation under art. 458ter of 3 March has been cancelled and moved: we invite you on Tuesday 10 March 2026 at 14:00, Town Hall, room 2, with the police and the CPAS.";
    assert!(analyze(text).is_convocation);
}

fn instruments(text: &str) -> Vec<(InstrumentKind, Option<bool>)> {
    checked(text)
        .legal_basis
        .instruments
        .iter()
        .map(|i| (i.kind, i.reasoned))
        .collect()
}

#[test]
fn bases_named_in_passing_or_abbreviated() {
    use InstrumentKind as K;
    for (said, expected) in [
        ("Cette concertation est organisée avec l’aval du magistrat de référence du parquet de Liège.", vec![(K::ProsecutorAuthorization, Some(false))]),
        ("The reference magistrate of the Public Prosecutor’s Office of Liège (youth section) gave us the green light by phone on 19/01.", vec![(K::ProsecutorAuthorization, Some(false))]),
        ("This consultation has been approved by the Procurator of the King of Charleroi.", vec![(K::ProsecutorAuthorization, Some(false))]),
        ("Cadre légal : la cellule fonctionne conformément à la L. 30/07/2018 (CSIL-R).", vec![(K::Law, None)]),
        ("Base : D. RW 3.5.2024 (concertation de cas), art. 12 à 15.", vec![(K::Decree, None)]),
    ] {
        let text = format!("{INVITER}{said}");
        assert_eq!(instruments(&text), expected, "{said}");
    }
    // The prosecutor writing in the first person, under the office's letterhead.
    let text = "PARQUET DU PROCUREUR DU ROI DE HAUTE-MEUSE\n\nMadame,\n\nPar décision motivée du 21 avril 2026, j'ai autorisé, en application de l'article 458ter, § 1er, du Code pénal, l'organisation d'une concertation de cas. Nous vous invitons à y participer.";
    assert_eq!(
        instruments(text),
        vec![(K::ProsecutorAuthorization, Some(true))]
    );
    // The same words from a service that is not the prosecutor's.
    let text = "CPAS DE HAUTE-MEUSE\n\nMadame,\n\nJ'ai autorisé la tenue d'une concertation de cas au CPAS. Nous vous invitons à y participer.";
    assert_eq!(instruments(text), vec![]);
}

#[test]
fn instruments_said_not_to_apply_or_listed_under_a_label() {
    use InstrumentKind as K;
    let text = format!("{INVITER}Notre centre ne relève pas d'un décret propre : contrairement aux Veilige Huizen flamands, régis par le décret flamand du 29 mars 2024, qui ne s'applique pas en Région wallonne, les échanges sont encadrés par le protocole de collaboration du 14 novembre 2022.");
    let kinds: Vec<K> = instruments(&text).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, vec![K::NonNormative]);
    let text = format!("{INVITER}\n\nCadre de la concertation :\n– la circulaire COL 04/2018 du Collège des procureurs généraux ;\n– la charte du secret partagé de l’arrondissement ;\n– l’autorisation motivée du Procureur du Roi du 4 mars 2025.\n");
    let kinds: Vec<K> = instruments(&text).into_iter().map(|(k, _)| k).collect();
    assert!(kinds.contains(&K::NonNormative), "{kinds:?}");
    assert!(kinds.contains(&K::ProsecutorAuthorization), "{kinds:?}");
}

#[test]
fn decisions_footers_and_requests() {
    // A decision that convenes on a line of its own.
    let text = "CONVOCATION\n\nThe Mayor, chair of the Local Integral Security Cell,\nHaving regard to Article 458ter of the Criminal Code;\nHaving regard to the internal rules of the LIVC-R;\n\nCONVENES\n\nMs H. V., student counsellor,\nto a case consultation of the LIVC-R on Monday 1 December 2025, 15:00, City Hall.\n\nParticipants:\n- the Mayor (chair);\n- the Chief of Police.\n";
    let report = analyze(text);
    assert!(report.is_convocation);
    assert!(report
        .legal_basis
        .instruments
        .iter()
        .any(|i| i.kind == InstrumentKind::NonNormative));
    // A privacy notice as the footer of a convocation.
    let text = format!("{INVITE}It will take place on 24 April 2026 at 14:00 at the school, with the police and the CPAS.\n\nKind regards,\nC. D.\n\n______\nPRIVACY NOTICE\nYour personal data are processed in accordance with the General Data Protection Regulation.\n");
    assert!(analyze(&text).is_convocation);
    // A request for a report that says it is no consultation.
    let text = "Madame,\n\nJe vous saurais gré de bien vouloir me transmettre un bref rapport écrit. Cette demande ne s’inscrit pas dans une concertation de cas au sens de l’article 458ter du Code pénal et aucune réunion n’est prévue.";
    assert!(!analyze(text).is_convocation);
}

#[test]
fn secrecy_said_of_the_law_or_of_the_participants() {
    let text = format!("{INVITE}In accordance with Article 458ter, which allows professionals bound by secrecy to share information in a consultation, we meet on 24 April 2026.");
    assert!(!kinds(&text).contains(&StatementKind::SecrecyReminder));
    let text = format!("{INVITE}All participants remain bound by their professional secrecy for everything that is said. Each of you decides freely what you share.");
    let k = kinds(&text);
    assert!(k.contains(&StatementKind::SecrecyReminder), "{k:?}");
    assert!(k.contains(&StatementKind::DisclosureOptional), "{k:?}");
    let text = format!("{INVITER}Les professionnels sont tenus au secret.");
    assert!(kinds(&text).contains(&StatementKind::SecrecyReminder));
}

#[test]
fn terse_notes_and_virtual_tables_name_participants() {
    let text = "Hi all,\n\nCase consultation (art. 458ter) on the Y. family next Tuesday (18/11) between 9 and 11,\nroom 0.03 at the police station, with the CPAS, the school and our youth unit.\n\nKoen";
    let r = roles(text);
    assert!(r.contains(&Role::SocialServices), "{r:?}");
    assert!(r.contains(&Role::Education), "{r:?}");
    let text = "Bonjour,\n\nConcertation de cas (art. 458ter) jeudi 5/3, 14h, commissariat central, avec le parquet (substitut D.), notre service local de recherche et le fonctionnaire de prévention de la commune.";
    let r = roles(text);
    assert!(r.contains(&Role::Prosecution), "{r:?}");
    assert!(r.contains(&Role::Municipality), "{r:?}");
    let text = format!("{INVITE}\n\nPractical details:\n  - around the (virtual) table:\n      * Sgt K. T., Police Zone Semois\n      * Ms J. F., social worker, CPAS of Thiaumont\n");
    let r = roles(&text);
    assert!(r.contains(&Role::Police), "{r:?}");
    let text = format!("{INVITE}\n\nInvited:\n- local police\n- and all other useful partners\n");
    assert!(analyze(&text).participants.open_ended);
}

#[test]
fn a_contrast_in_another_clause_does_not_unsay_the_basis() {
    let text = format!("{INVITE}Unlike an informal meeting, this consultation is organised under the Law of 30 July 2018.");
    let kinds: Vec<InstrumentKind> = instruments(&text).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, vec![InstrumentKind::Law]);
    let text = format!("{INVITE}Unlike the Flemish Decree of 29 March 2024, the protocol of 3 May 2022 governs our exchanges.");
    let kinds: Vec<InstrumentKind> = instruments(&text).into_iter().map(|(k, _)| k).collect();
    assert!(!kinds.contains(&InstrumentKind::Decree), "{kinds:?}");
}

fn meeting_date(text: &str) -> Option<String> {
    checked(text).modalities.meeting.date
}

#[test]
fn a_meeting_called_off_gives_no_date() {
    for called_off in [
        "La réunion du jeudi 5 mars 2026 a été annulée.",
        "La réunion prévue le jeudi 5 mars 2026 à 10h ne pourra pas avoir lieu : notre salle sera occupée.",
        "The meeting of Thursday 5 March 2026 has been cancelled.",
    ] {
        let text = format!("{INVITER}{called_off} La nouvelle date sera fixée par sondage.");
        assert_eq!(meeting_date(&text), None, "{called_off}");
    }
    // The new date of a meeting moved is its date.
    let text = format!("{INVITER}La concertation du 5 mars 2026 est annulée et reportée au jeudi 12 mars 2026 à 14 h.");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-03-12"));
    // A quoted earlier message does not give back the date called off above it.
    let text = "Objet : RE: Concertation de cas\n\nBonjour,\n\nLa réunion prévue le jeudi 5 mars 2026 à 10h ne pourra pas avoir lieu. Une nouvelle date sera fixée par sondage.\n\n-----Message d'origine-----\nDe : CPAS\nObjet : Concertation de cas\n\nJe vous convoque à une concertation de cas le jeudi 5 mars 2026 à 10h, dans nos locaux.";
    assert_eq!(meeting_date(text), None);
}

#[test]
fn statements_reported_from_someone_else() {
    let text = format!("{INVITER}Mon message du 9 février indiquait que votre présence était obligatoire : c'était une erreur. Votre participation n'est pas obligatoire.");
    assert_eq!(kinds(&text), vec![StatementKind::ParticipationOptional]);
    let text = format!("{INVITE}A colleague told you that attendance is mandatory; it is not.");
    assert!(!kinds(&text).contains(&StatementKind::ParticipationMandatory));
}

#[test]
fn the_statute_paraphrased_and_accreditations_are_no_basis() {
    let text = format!("{INVITER}En substance, le législateur a prévu que ce partage n'est pas punissable lorsqu'il a lieu au cours d'une concertation mise sur pied par une loi, un décret ou une ordonnance, ou lorsque le procureur du Roi a autorisé cette concertation par une décision motivée.\n\nAMO « La Passerelle » ASBL – Service agréé par la Fédération Wallonie-Bruxelles en application du décret du 18 janvier 2018.");
    assert_eq!(instruments(&text), vec![]);
    // The prosecutor authorizing in the present tense, under the office's letterhead.
    let text = "PARQUET DU PROCUREUR DU ROI DE NAMUR\n\nMadame,\n\nJ'autorise, par la présente décision motivée, l'organisation d'une concertation de cas à laquelle je vous invite.";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let text = format!("{INVITE}It rests on the reasoned authorisation of the procureur des Konings / procureur du Roi of Brussels of 14 November 2024.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
}

#[test]
fn forwards_requests_and_short_messages() {
    // A short note above a forwarded convocation: the convocation is the letter.
    let text = "De : Marc H.\nObjet : TR: Invitation - concertation de cas M. P. - 03.03\n\nJulie,\n\nPeux-tu représenter le service ?\n\nMarc\n\n-----Message d'origine-----\nDe : Prévention Florimont\nObjet : Invitation - concertation de cas\n\nMadame, Monsieur,\n\nNous vous invitons à une concertation de cas le 3 mars 2026 à 14h. Chaque participant est tenu au secret.";
    assert!(kinds(text).contains(&StatementKind::SecrecyReminder));
    // A reply is not a forward: what it quotes does not speak for it.
    let text = text.replace("TR:", "RE:");
    assert!(!kinds(&text).contains(&StatementKind::SecrecyReminder));
    // Asking to be invited, or saying it is no consultation.
    let text = "Madame la Bourgmestre,\n\nAu nom de mon client, j'ai l'honneur de vous demander de m'inviter à la séance de la cellule de sécurité intégrale locale (CSIL-R) du 19 mars 2026 à 14 heures, en présence de la police locale et du CPAS, où sa situation serait examinée en concertation de cas.";
    assert!(!analyze(text).is_convocation);
    let text = "Dear director,\n\nPlease send us the attendance record of pupil T.M. by 6 February. This is not a casusoverleg under art. 458ter Sw. and no meeting is planned.";
    assert!(!analyze(text).is_convocation);
    // A two-line message in the second person singular is a convocation.
    let text = "Bjr ! Concertation de cas pour Inès V. jeudi 12/3 à 14h, CPAS salle 2. Seront là : SAJ, agent de quartier, institutrice + direction de l'école. Tu confirmes stp ? Merci ! M.";
    assert!(analyze(text).is_convocation);
    let text = "Hi all, case consult on the D. children: Thu 26/3 at half past two, venue TBC. Youth brigade, school head + PMS, and me for the SAJ.";
    let r = roles(text);
    assert!(r.contains(&Role::Education), "{r:?}");
}

#[test]
fn plain_text_from_html_and_calendar_fields() {
    let text = "Dear Mr H.,\n\nWe invite you to a case consultation of the LISC-R (art. 458ter).\n\n*WHEN:* March 12th, 2026 @ 2:30PM\n*WHERE:* Town Hall, Council Chamber\n\n*Invited partners*\n\n  *   Chief of the local police zone\n  *   CPAS of Ravelsberg\n";
    let report = analyze(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-03-12")
    );
    assert!(roles(text).contains(&Role::Police));
    let text = "Location:          Stadhuis Oosterveld, Grote Markt 1, schepenzaal\nStart:             ma 8/06/2026 14:00\n\nDear partners,\n\nWe invite you to a case consultation (art. 458ter) with the police and the CPAS.";
    assert!(analyze(text).modalities.meeting.place.is_some());
    let text = "Dear Ms K.,\n\nWe invite you to a case consultation (art. 458ter) with the police and the CPAS, online.\n\nStart (ISO 8601): 2026-03-24T14:00 (Europe/Brussels)";
    let m = analyze(text).modalities.meeting;
    assert_eq!(
        (m.date.as_deref(), m.time.as_deref()),
        (Some("2026-03-24"), Some("14:00"))
    );
    let text = "Dear Councillor,\n\nYou are hereby convened to the public meeting of the Municipal Council on Monday 23 March 2026 at 7 pm.\n\nAGENDA\n\nPUBLIC SESSION\n7. Cooperation protocol on case consultations within the meaning of Article 458ter - approval.";
    assert!(!analyze(text).is_convocation);
}

#[test]
fn hard_english_turns() {
    // A duty to share after "However" and an aside that holds a negation.
    let text = format!("{INVITE}Attendance is not compulsory. However - and the point is made because it has not always been understood - every service taking part is obliged to communicate all relevant information.");
    assert!(kinds(&text).contains(&StatementKind::DisclosureMandatory));
    // "No one will, however, be asked to reveal", "covered by the secrecy".
    let text = format!("{INVITE}No one will, however, be asked to reveal anything. What is said remains covered by the secrecy to which all participants are bound.");
    let k = kinds(&text);
    assert!(k.contains(&StatementKind::DisclosureOptional), "{k:?}");
    assert!(k.contains(&StatementKind::SecrecyReminder), "{k:?}");
    // An open list in other words, and a heading that asks who takes part.
    let text = format!(
        "{INVITE}It will bring together such partners as the zone may judge it useful to invite."
    );
    assert!(analyze(&text).participants.open_ended);
    let text = "# Case consultation\n\nThe consultation under art. 458ter is organised to protect Jade's physical and psychological integrity.\n\n| When | Where |\n|---|---|\n| Thursday 29 January 2026, 13:30 | SAJ, room 3 |\n\n## Who takes part\n\n1. the youth aid counsellor\n2. the local police\n";
    assert!(crate_md(text).is_convocation);
    // Aims a letter is "meant" to serve, unpaid fees among them.
    let text = format!("{INVITE}It is meant, too, to bring an end to his persistent truancy and to settle the question of the school fees left unpaid by the family.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
}

fn crate_md(text: &str) -> convocheck::Report {
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert_eq!(span_problems(&report, text), Vec::<String>::new(), "{text}");
    report
}

#[test]
fn ordinary_french_letters_of_the_last_set() {
    // A date on its own indented line under a sentence left hanging on "le".
    let text = "Madame la Directrice,\n\nAfin de préserver son intégrité physique et psychique, j’organise une réunion de concertation le\n\n    mardi 17 février 2026 à 9 h 30\n    dans nos locaux, rue du Viaduc 21.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-02-17"));
    // A date still to fix, with the weeks of a poll.
    let text = format!("{INVITER}\n\n- Date : à fixer – merci de compléter le sondage (semaines du 16 et du 23 mars 2026) avant le vendredi 13 mars 2026.\n");
    assert_eq!(meeting_date(&text), None);
    // Recipients under a heading without a colon, and a chair behind a dotted leader.
    let text = "DESTINATAIRES\n- Parquet du procureur du Roi de Belcourt, section Famille-Jeunesse\n- CPAS de Belcourt – service Jeunesse\n\nMadame, Monsieur,\n\nLa zone de police organise une concertation de cas (art. 458ter).\n\nPrésidence ..... : Commissaire D. M., chef du service\n";
    let r = roles(text);
    assert!(r.contains(&Role::Prosecution), "{r:?}");
    assert!(r.contains(&Role::SocialServices), "{r:?}");
    // "L'absentéisme" alone is an aim the article does not allow.
    let text = format!("{INVITER}Cette réunion a pour objectifs de lutter contre l'absentéisme de Nathan et de protéger son intégrité physique.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    // A PMS centre meeting parents about orientation.
    let text = "Madame, Monsieur,\n\nObjet : convocation à un entretien\n\nL’équipe du centre PMS souhaite vous rencontrer afin de vous présenter les résultats des épreuves d’orientation.\n\nDate : mardi 12 mai 2026\nHeure : 17 h 15\nLieu : centre PMS, bureau 3\n\nLe centre PMS est tenu au secret professionnel.";
    assert!(!analyze(text).is_convocation);
}

#[test]
fn ordinary_english_letters_of_the_last_set() {
    // Bilingual e-mail headers are headers: their date is not the meeting's.
    let text = "Van / From: W. De Clercq <w@example.be>\nDatum / Date: vrijdag 20 februari 2026 15:07\nOnderwerp / Subject: Case consultation – Thursday 5/3\n\nDear Ms Holm,\n\nWe would like to invite you to a case consultation on Thursday 5/3 at 9h, under Article 458ter.";
    let m = analyze(text).modalities.meeting;
    assert_eq!(
        (m.date.as_deref(), m.time.as_deref()),
        (Some("2026-03-05"), Some("09:00"))
    );
    // The prosecutor authorizing in the first person, with a long aside.
    let text = "PUBLIC PROSECUTOR'S OFFICE\n\nMadam,\n\nBy a reasoned decision of 27 March 2026, I authorised, pursuant to Article 458ter, § 1, of the former Criminal Code (whose content has been taken over in the new Criminal Code), the organisation of a case consultation, to which I invite you.";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    // Aims that recover benefits or bring a pupil's attendance back.
    for aim in [
        "The purpose of the consultation is to clarify his resources, in order to recover any sums unduly paid.",
        "Our aims: get her attendance back on track before the exams.",
    ] {
        let text = format!("{INVITE}{aim}");
        assert!(categories(&text).contains(&PurposeCategory::NotPermitted), "{aim}");
    }
}

#[test]
fn other_meetings_named_beside_a_convocation() {
    // An annual review named as another meeting does not unmake the convocation.
    let text = "Objet : CSIL-R – concertation de cas « Y. »\n\nMadame la Directrice,\n\nUne concertation de cas, au sens de l’article 458ter du Code pénal, se tiendra ce vendredi 20 mars 2026, de 9h à 11h, en visioconférence. Y participeront le chef de corps de la zone de police et la conseillère de l’aide à la jeunesse.\n\nPour mémoire, la réunion plénière de la cellule (bilan annuel, sans examen de cas individuels) reste fixée au jeudi 2 avril à 14h.";
    assert!(analyze(text).is_convocation);
    // A study morning with a simulated consultation, and a request for an authorization.
    let text = "# Matinée d’étude – le secret professionnel partagé\n\nNous avons le plaisir de vous inviter à une matinée d’étude sur l’article 458ter, avec une concertation de cas simulée (cas fictif).\n\n- Date : jeudi 23 avril 2026, 9 h\n- Lieu : Maison des associations";
    assert!(!crate_md(text).is_convocation);
    let text = "Monsieur le Procureur du Roi,\n\nNous sollicitons votre autorisation motivée d’organiser une concertation de cas, qui réunirait le CPAS et la police le 12 mai 2026 à 10 h. Aucune convocation ne sera adressée aux participants avant votre décision.";
    assert!(!analyze(text).is_convocation);
    // Reasons said without the word "motivée".
    let text = format!("{INVITER}Elle se tient en vertu de l’autorisation du procureur du Roi du 2 février 2026, dont les motifs, longuement développés, vous ont été communiqués.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
}

#[test]
fn near_misses_of_this_sittings_cues() {
    // An accredited service that organizes under the decree: the decree is the basis.
    let text = format!("{INVITER}Le service agréé organise la concertation en application du décret du 8 juin 2023.");
    let found: Vec<InstrumentKind> = instruments(&text).into_iter().map(|(k, _)| k).collect();
    assert_eq!(found, vec![InstrumentKind::Decree]);
    // The letter's own reminder is not reported speech.
    let text = format!("{INVITER}Nous vous rappelons que votre présence est obligatoire.");
    assert_eq!(kinds(&text), vec![StatementKind::ParticipationMandatory]);
    // A line that opens with "Meeting" but lists no one, and "me for" without "and".
    let text = format!("{INVITE}\n\nMeeting with the parents will follow later.\nTell me for the record whether the police are aware.");
    assert_eq!(roles(&text), vec![]);
}

// The holdout sets of the `c9c796a` sitting.

fn meeting_time(text: &str) -> Option<String> {
    checked(text).modalities.meeting.time
}

#[test]
fn an_hour_without_am_or_pm_is_read_in_business_hours() {
    for (written, want) in [
        ("at a quarter past four", "16:15"),
        ("from a quarter to three", "14:45"),
        ("at half past two", "14:30"),
        ("at 2.30", "14:30"),
        ("at 9.30", "09:30"),
        ("at 02:30", "02:30"),
        ("at 2.30 am", "02:30"),
        ("at noon", "12:00"),
    ] {
        let text =
            format!("{INVITE}It will take place on Thursday 5 March 2026 {written}, room 2.");
        assert_eq!(meeting_time(&text).as_deref(), Some(want), "{written}");
    }
    // "at noon in room 2": the time is not the place.
    let text = format!("{INVITE}It will take place on 5 March 2026 at noon in room 2.");
    assert_eq!(item(&text, ModalityKind::Place).as_deref(), Some("room 2"));
}

#[test]
fn a_weekday_and_a_day_without_a_month() {
    // The first month, from the letter's date, in which the 9th is a Tuesday.
    let text = "From: S. Vandamme <s.v@fjc.example>\nTo: Dr A. Peeters <a.p@gp.example>\nDate: Wed, 3 Sep 2025 16:42:07 +0200\nSubject: Case consultation\n\nDear Dr Peeters,\n\nWe invite you to a case consultation under art. 458ter Sw. We suggest meeting next Tuesday the 9th, at noon, at our offices.";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-09-09"));
    let text = "Bruxelles, le 20 janvier 2026\n\nMadame,\n\nNous vous invitons à une concertation de cas (art. 458ter C. pén.) le mardi 10 à 14h, à la maison communale.";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-02-10"));
    // Not "Monday 3 people", nor a weekday followed by a number.
    let text = "Brussels, 20 January 2026\n\nDear Sir,\n\nWe invite you to a case consultation. On Monday 3 people called us.";
    assert_eq!(meeting_date(text), None);
}

#[test]
fn aims_said_as_a_result_wished_for() {
    let text = format!(
        "{INVITE}We would like to meet so that their safety can be ensured once she returns home."
    );
    assert!(categories(&text).contains(&PurposeCategory::Integrity));
    let text =
        format!("{INVITE}The aim is to assess the risk of further violence from her partner.");
    assert!(categories(&text).contains(&PurposeCategory::Integrity));
    let text = format!(
        "{INVITE}The aim is that the allowances unduly received by their son can be recovered."
    );
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text =
        format!("{INVITE}The purpose is that his regular attendance at school can be restored.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = "Madame,\n\nNous vous invitons à une concertation de cas afin d'assurer la sécurité des enfants.";
    assert!(categories(text).contains(&PurposeCategory::Integrity));
}

#[test]
fn optional_in_roundabout_words() {
    use StatementKind::*;
    for (said, want) in [
        ("It goes without saying that nobody — and that includes you — is, by receiving this letter, placed under any obligation to attend.", ParticipationOptional),
        ("Not coming would not be held against you.", ParticipationOptional),
        ("Should you prefer not to come, we would not hold that against you in any way.", ParticipationOptional),
        ("Your attendance is, naturally, at your own discretion.", ParticipationOptional),
        ("Nor would we expect you to say anything you believe ought to remain confidential.", DisclosureOptional),
        ("Nobody will think any less of you should you decide to keep to yourself what he told you.", DisclosureOptional),
        ("Once present, it will not be possible for participants not to share what they know.", DisclosureMandatory),
        ("Unless you're on leave, you'll be expected to be there.", ParticipationMandatory),
    ] {
        let text = format!("{INVITE}{said}");
        assert_eq!(kinds(&text), vec![want], "{said}");
    }
    // A wrapped line does not end the clause of a negation.
    let text = format!(
        "{INVITE}Nor would we expect you\nto say anything that ought to remain confidential."
    );
    assert!(!kinds(&text).contains(&SecrecyReminder));
    // A negative subject with a verb of its own does not reach the next clause.
    let text = "Madame,\n\nNous vous invitons à une concertation de cas. Nul n'est tenu de répondre, et il vous est loisible de taire ce que vous estimez devoir garder pour vous.";
    assert!(
        !kinds(text).contains(&DisclosureMandatory),
        "{:?}",
        kinds(text)
    );
}

/// Whether the text is read as a convocation.
fn convocation(text: &str) -> bool {
    checked(text).is_convocation
}

#[test]
fn convocations_and_their_near_misses() {
    for (text, want) in [
        // The meeting's date stands in a sentence that names a training.
        ("Dear colleague,\n\nCASE CONSULTATIONS AND PROFESSIONAL SECRECY\n\nMany of you have received an invitation to a case consultation from a CSIL-R. We are therefore pleased to invite you to an information afternoon on Thursday 4 June 2026, from half past one to five o'clock, at our offices.\n\nWith our best regards,", false),
        // A consultation named in the sentence of its date is the meeting.
        ("Subject: case consultation, family K.\n\nDear colleague,\n\nWe invite you to a case consultation on Thursday 4 June 2026 at 14:00, room 2; a training session on art. 458ter follows in September.\n\nKind regards,", true),
        // Notices of cancellation; one cancellation phrase alone is not one.
        ("NOTICE OF CANCELLATION\n\nDear colleagues,\n\nThe case consultation on the K. family, which was to be held next Tuesday the 9th at noon at our offices, will not take place. No new date will be set.\n\nKind regards,", false),
        ("AVIS D'ANNULATION\n\nMadame,\n\nLa concertation de cas du mardi 9 n'aura pas lieu. Aucune nouvelle date ne sera fixée.\n\nCordialement,", false),
        ("Dear colleagues,\n\nWe invite you to a case consultation on 9 March 2026 at 14:00. It will not take place at the town hall but at the police station.\n\nKind regards,", true),
        // A chat message that calls its addressees by name.
        ("Kevin Dumont (zone de police) 16:42\n@Aline Vervoort @Julie Renard concertation 458ter demain mer. 5/2/2025 à 9h, salle 2 au commissariat. Présence obligatoire svp. J'ai invité aussi le SAJ et la conseillère du CPMS.", true),
        // "Dear all, a casusoverleg will be organised" about someone, participants listed,
        // no date yet; not consultations planned in general.
        ("Dear all,\n\nA casusoverleg will be organised about Mr. B. and his family.\n\nParticipants:\n- the mayor, who will chair\n- the chief of the police zone\n- the social worker of the OCMW\n\nThe date is not fixed yet.", true),
        ("Dear all,\n\nFrom next year, case consultations will be organised by the cell.\n\nParticipants:\n- the mayor, who will chair\n- the chief of the police zone\n- the social worker of the OCMW\n\nMore in our next newsletter.", false),
        // "… wants a casusoverleg", "Merci de me confirmer votre présence".
        ("Hi Lotte,\n\nDr Vermeulen wants a casusoverleg before he is discharged. Around the table: Dr Vermeulen, Inspector Verhaeghe from PZ Brugge, and you for the CLB.", true),
        ("Chère Docteure Halleux,\n\nJe souhaite réunir les intervenants pour une concertation. Rendez-vous le mardi 3 juin 2025 à 11h. Merci de me confirmer votre présence.", true),
        // A request for information that sets no meeting; one that sets a meeting is a
        // convocation.
        ("Hello,\n\nIn the frame of the judicial file, I ask you to send me by return mail the social report of Mrs P. Article 458ter permits you to transmit these informations. If needed we could organise later a concertation de cas, but for the moment a written answer is enough.\n\nBest regards,", false),
        ("Madame,\n\nDans le cadre du dossier, je vous saurais gré de me transmettre le rapport social. Si nécessaire, une concertation de cas (art. 458ter) pourra être organisée plus tard ; une réponse écrite suffit.\n\nCordialement,", false),
        ("Dear Sir,\n\nWe invite you to a case consultation on 9 March 2026 at 14:00, room 2. Please send me by return mail the social report before the meeting.\n\nKind regards,", true),
        // A reply to an invitation, which repeats its date and its participants; a
        // convocation that says a service chose not to come.
        ("Objet : votre invitation à la concertation de cas du jeudi 11 décembre 2025\n\nMonsieur le Bourgmestre,\n\nNous accusons bonne réception de votre courrier nous invitant à la concertation de cas que la CSIL-R tiendra le 11 décembre 2025 à 10 h, en présence de la police et du CPAS. Nous avons décidé de ne pas y prendre part.\n\nVeuillez agréer,", false),
        // A note that sets a consultation in labelled lines and says whether to attend,
        // with no greeting; a training set out the same way.
        ("SPJ Lenneville – note                Lenneville, le 12 mai 2026\n\nCONCERTATION DE CAS (art. 458ter C. pén.)\n\nBase : autorisation motivée du procureur du Roi du 3 février 2026.\nBut : protéger l'intégrité physique de L.\nQuand : jeudi 4 juin 2026, 9 h 30 – 11 h.\nOù : rue du Marché 22, Lenneville, salle 2.\nParticipation libre.", true),
        ("FORMATION – LA CONCERTATION DE CAS (art. 458ter C. pén.)\n\nQuand : jeudi 4 juin 2026, 9 h 30 – 11 h.\nOù : rue du Marché 22, Lenneville, salle 2.\nParticipation libre. Une matinée de formation pour les travailleurs sociaux.", false),
        // A reminder of the consultation convenes; a reminder of the law does not.
        ("Reminder: case consultation tomorrow 9.30, PCSW room 2, with the police and the school.", true),
        ("FICHE D'INFORMATION\n\nRappel : l'article 458ter du Code pénal permet la concertation de cas. Merci de confirmer par retour la bonne réception de cette fiche.", false),
        ("Dear Mayor,\n\nThank you for your letter inviting us to the case consultation of the LISC-R on 11 December 2025 at 10:00. After discussion, we have decided not to attend.\n\nKind regards,", false),
        ("Madame,\n\nNous vous invitons à la concertation de cas du 11 décembre 2025 à 10 h, salle du conseil. Le centre PMS a décidé de ne pas y prendre part.\n\nCordialement,", true),
    ] {
        assert_eq!(convocation(text), want, "{text}");
    }
    let text = "Kevin Dumont (zone de police) 16:42\n@Aline Vervoort concertation 458ter demain 5/2/2025 à 9h. J'ai invité aussi le SAJ.";
    assert!(roles(text).contains(&Role::YouthAid), "{:?}", roles(text));
}

#[test]
fn a_calendar_guest_field() {
    let text = "Invitation: LIVC-R casusoverleg\nWhen        Mon 16 Mar 2026 · 9.30 a.m.\nGuests      Mayor (chair) · Korpschef PZ Lier · Social worker OCMW Lier\n\nHi Bart,\n\nHere is the invite for the case consultation.";
    let r = roles(text);
    assert!(
        r.contains(&Role::Municipality) && r.contains(&Role::Police),
        "{r:?}"
    );
    // A sentence that begins with "Guests" lists no one.
    let text = format!("{INVITE}It takes place on 9 March 2026 at 14:00.\nGuests of the town hall and the school must sign in at the reception.");
    assert_eq!(roles(&text), vec![]);
}

#[test]
fn a_meeting_moved_takes_its_new_date() {
    let text = "Mesdames, Messieurs,\n\nLa séance de la CSIL-R initialement prévue ce vendredi 14 mars 2025 à 9h00 à l'hôtel de ville est reportée au\n\n    vendredi 21 mars 2025, à 13h30,\n    Espace Prévention, salle 1.\n\nVotre participation reste libre.";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-03-21"));
    let text = format!("{INVITE}Originally scheduled for 3 March 2026, the consultation will now take place on 10 March 2026 at 14:00.");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-03-10"));
    // "report" as the English verb is no move.
    let text = format!("{INVITE}It will take place on 10 March 2026 at 14:00. Please report a change of address by 3 March 2026.");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-03-10"));
}

#[test]
fn wordings_of_the_english_of_belgian_senders() {
    use StatementKind::*;
    let text = format!("{INVITE}Of course all participants are held by the professional secret concerning what will be said.");
    assert!(kinds(&text).contains(&SecrecyReminder));
    let text = format!("{INVITE}What is said around the table stays there.");
    assert!(kinds(&text).contains(&SecrecyReminder));
    let text = format!("{INVITE}All of this stays strictly confidential between the participants.");
    assert!(kinds(&text).contains(&SecrecyReminder));
    let text = format!("{INVITE}The child stays there with his grandmother.");
    assert!(!kinds(&text).contains(&SecrecyReminder));
    let text = format!("{INVITE}The concertation is organised on the basis of the reasoned authorisation (autorisation motivée) of the Procureur du Roi of Namur.\n\nAnnex: authorisation of the Procureur du Roi of Namur (12/09/2024)");
    let r = analyze(&text);
    assert!(
        r.legal_basis
            .instruments
            .iter()
            .all(|i| i.reasoned == Some(true)),
        "{:?}",
        r.legal_basis.instruments
    );
    let text = format!("{INVITE}With the participation of the police, the CPAS,\n- and every other service or person the coordinator will judge useful.");
    assert!(analyze(&text).participants.open_ended);
    let text = format!("{INVITE}The aim is the recovery of maintenance arrears.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = "Madame,\n\nNous vous invitons à une concertation de cas. Objectif : mettre fin aux arriérés de pension alimentaire.";
    assert!(categories(text).contains(&PurposeCategory::NotPermitted));
}

#[test]
fn a_conjunction_before_a_new_noun_phrase_starts_a_new_participant() {
    let text = "Madame,\n\nNous vous invitons à une concertation de cas le 3 mars 2026 à 14 h. Y participeront : le SAJ, l'école et le médecin traitant.";
    assert_eq!(
        roles(text),
        vec![Role::Education, Role::Health, Role::YouthAid]
    );
    let en = "Dear Sir,\n\nWe invite you to a case consultation. Taking part will be the school and the family doctor.";
    assert_eq!(roles(en), vec![Role::Education, Role::Health]);
    // One person with two titles stays one item: the institution wins.
    let one = "Madame,\n\nNous vous invitons à une concertation de cas. Y participera : Mme Ruelle, psychologue et directrice de l'école.";
    assert_eq!(roles(one), vec![Role::Education]);
}

/// The meeting's date and time.
fn when(text: &str) -> (Option<String>, Option<String>) {
    let m = checked(text).modalities.meeting;
    (m.date, m.time)
}

fn some(date: &str, time: &str) -> (Option<String>, Option<String>) {
    (Some(date.to_owned()), Some(time.to_owned()))
}

#[test]
fn days_given_relative_to_the_letters_own_date() {
    // A dateline, an e-mail's "Envoyé :", a chat's and a text message's first line.
    let fr = "Liège, le jeudi 5 mars 2026\n\nMadame,\n\nNous vous invitons à la concertation de cas mardi prochain, de 10 à 12 h, dans la salle de réunion du 3e étage.";
    assert_eq!(when(fr), some("2026-03-10", "10:00"));
    let mail = "Envoyé : jeudi 5 mars 2026 17:12\nObjet : concertation\n\nBonjour Madame,\n\nJe vous invite à la concertation de cas de demain à 9 h, salle 2.";
    assert_eq!(when(mail), some("2026-03-06", "09:00"));
    let chat = "Microsoft Teams — chat with Insp. M. V. — Tuesday 10 November 2026\n\nMara V. 09:12\nHi Noor, case consultation on the D. kids this Thu at 14:00, police station room 1.04, with our family-violence unit and the youth aid counsellor.";
    assert_eq!(when(chat), some("2026-11-12", "14:00"));
    let sms = "SMS reçu le lundi 8 juin 2026 à 17:42\nDe : CPAS\n\nRappel CPAS : concertation de cas (art. 458ter C. pén.) sit. fam. R. demain 9h30, CPAS salle 2, avec l'AS du CPAS, la police locale et l'école. Merci de confirmer par retour.";
    assert!(convocation(sms));
    assert_eq!(when(sms), some("2026-06-09", "09:30"));
    let r = roles(sms);
    assert!(
        r.contains(&Role::Police) && r.contains(&Role::Education),
        "{r:?}"
    );
    let en = "Brussels, Monday 9 February 2026\n\nDear colleague,\n\nWe invite you to the case consultation on Tuesday next week at 2 pm, room 3.";
    assert_eq!(when(en), some("2026-02-17", "14:00"));
    // A short line before the chat header does not change which line heads the text.
    assert_eq!(when(&format!("é\n{chat}")), some("2026-11-12", "14:00"));
    // Only a quoted message's date to go by: a lower bound, not the letter's day.
    let quoted = "Dear colleague,\n\nSee you at the case consultation tomorrow at 9, room 2.\n\n-----Original Message-----\nFrom: A. B.\nSent: Monday 9 February 2026 10:00\nSubject: question\n\nIs it on?";
    assert_eq!(checked(quoted).modalities.meeting.date, None);
}

#[test]
fn calendars_and_messages_pasted_as_text() {
    let invite = "Case consultation – file 26/FV/0412 (household V.)\n\nWhen        Wednesday 13 January 2027 ⋅ 09:00 – 10:30 (Central European Time - Brussels)\nWhere       Microsoft Teams meeting\nOrganizer   Secretariat, Crown Prosecutor's Office\nSent        Monday 4 January 2027 11:06\nGuests      Substitute Prosecutor Lien H. (chair)\n            Insp. Koen M. – local police\n            Ms Dalila A. – PCSW, general social service\n\nCase consultation organised under the reasoned authorisation of the Crown Prosecutor of 14 December 2026 (Art. 458ter Criminal Code).\n\nReply   Yes · Maybe · No";
    assert!(convocation(invite));
    assert_eq!(when(invite), some("2027-01-13", "09:00"));
    let r = roles(invite);
    assert!(
        r.contains(&Role::Prosecution) && r.contains(&Role::SocialServices),
        "{r:?}"
    );
    // A chat's header names the app it came through, not the meeting's means.
    let chat = "[Microsoft Teams – conversation « CSIL-R Haut-Marvel »]\nY. B. (commune) – 09/04/2026 08:52\n\nBonjour à tous,\nDans le cadre de la CSIL-R (loi du 30/07/2018), nous organiserons une concertation de cas sur le jeune A.D.\nY participeront : M. le bourgmestre et la police.";
    assert!(!checked(chat).modalities.meeting.remote);
    // A table drawn with box characters.
    let boxed = "Madame,\n\nNous vous invitons à la concertation de cas (art. 458ter C. pén.) :\n\n┌──────────┬──────────────────────┐\n│ Date     │ mardi 24 mars 2026   │\n│ Heure    │ 10 h 00 – 11 h 30    │\n│ Lieu     │ salle « Meuse »      │\n└──────────┴──────────────────────┘\n";
    assert_eq!(when(boxed), some("2026-03-24", "10:00"));
    assert_eq!(
        item(boxed, ModalityKind::Place).as_deref(),
        Some("salle « Meuse »")
    );
    let field = "Objet : CSIL-R – concertation de cas\nEmplacement :  Salle Jean Tilman, Maison communale\nDébut :        mar. 05/05/2026 14:00\n\nMesdames, Messieurs,\n\nLe bourgmestre vous invite à la concertation de cas reprise en objet.";
    assert_eq!(
        item(field, ModalityKind::Place).as_deref(),
        Some("Salle Jean Tilman, Maison communale")
    );
}

#[test]
fn postponements_replies_and_new_dates() {
    let postponed = "Subject: POSTPONED – case consultation of 4 March 2026\n\nDear colleagues,\n\nWe regret to inform you that the case consultation scheduled for Wednesday 4 March 2026 at 14:00 cannot take place on that date. No new date has been set yet: as soon as a date is fixed you will receive a new convocation. Please release the slot of 4 March in your agenda.\n\nKind regards,";
    assert!(!convocation(postponed));
    let new_date = "Objet : concertation de cas reportée — NOUVELLE DATE\n\nMadame, Monsieur,\n\nLa concertation de cas initialement prévue le jeudi 5 mars 2026 a dû être reportée. Nous avons le plaisir de vous communiquer la nouvelle date : le mardi 24 mars 2026 à 10 h, salle « Meuse ».\n\n3. Participants.\n   – l'inspectrice principale, zone de police Châtelval-Sud ;\n   – M. Y. H., assistant social, CPAS de Châtelval.\n";
    assert!(convocation(new_date));
    assert_eq!(when(new_date), some("2026-03-24", "10:00"));
    assert_eq!(roles(new_date), vec![Role::Police, Role::SocialServices]);
    // A title that ends in a full stop only after a section number.
    let sentence = "Madame,\n\nNous vous invitons à la concertation de cas le 24 mars 2026.\nLa liste sera envoyée à tous les participants.\nLa police locale viendra.";
    assert_eq!(roles(sentence), Vec::<Role>::new());
}

#[test]
fn statements_of_the_fifth_round() {
    for (text, want) in [
        ("La présence de chacun des intervenants ne saurait, eu égard à la gravité de la situation, être\nconsidérée comme facultative.", StatementKind::ParticipationMandatory),
        ("Your attendance cannot, given the gravity of the situation, be regarded as optional.", StatementKind::ParticipationMandatory),
        ("Your attendance will be regarded as optional.", StatementKind::ParticipationOptional),
        ("Vous n'êtes tenu(e) ni d'y participer ni, si vous y participez, de révéler quelque information que ce soit.", StatementKind::DisclosureOptional),
        ("Votre participation reste libre. Il vous appartiendra toutefois de nous transmettre l'ensemble des informations dont vous disposez.", StatementKind::DisclosureMandatory),
        ("Il vous appartient en outre d'apprécier en conscience si vous partagez ou non des informations couvertes par votre secret.", StatementKind::DisclosureOptional),
        ("Nul participant ne pourra divulguer ce qui aura été partagé au cours de la concertation.", StatementKind::SecrecyReminder),
        ("All participants stay bound by their professional secret for everything said during the meeting.", StatementKind::SecrecyReminder),
        ("Votre présence : nous comptons sur vous, bien sûr, mais elle demeure facultative.", StatementKind::ParticipationOptional),
        ("Il ne vous sera toutefois pas possible, dans ce cadre, de vous retrancher derrière votre secret professionnel.", StatementKind::DisclosureMandatory),
        ("Vous pourrez, si vous le jugez nécessaire, vous retrancher derrière votre secret professionnel.", StatementKind::DisclosureOptional),
        ("Entirely up to you whether you come and what you share.", StatementKind::ParticipationOptional),
    ] {
        let k = kinds(&format!("{INVITER}{text}"));
        assert!(k.contains(&want), "{text}: {k:?}");
    }
    // The negated modal reaches only a clause that opens on an infinitive.
    let k = kinds(&format!("{INVITER}Nous ne pouvons, hélas, pas changer la date ; votre participation est facultative."));
    assert!(k.contains(&StatementKind::ParticipationOptional), "{k:?}");
}

#[test]
fn purposes_and_bases_of_the_fifth_round() {
    let aim = |s: &str| categories(&format!("{INVITER}La concertation vise {s}"));
    assert!(aim("à statuer sur la régularité du séjour de l'intéressé.")
        .contains(&PurposeCategory::NotPermitted));
    assert!(
        aim("à mettre un terme à un absentéisme qui compromet sa réussite.")
            .contains(&PurposeCategory::NotPermitted)
    );
    assert!(aim("à éviter qu'elle ne soit à nouveau victime des violences que lui a fait subir son compagnon.").contains(&PurposeCategory::Integrity));
    assert!(
        !aim("à protéger l'intégrité de L., vu la dégradation de son état psychologique.")
            .contains(&PurposeCategory::NotPermitted)
    );
    let aside = "Dear colleague,\n\nWe invite you to a case consultation to protect the children.\n\n- Separately, and not related to this: the absenteeism file is still pending.";
    assert_eq!(categories(aside), vec![PurposeCategory::Integrity]);
    // The law that inserted art. 458ter is the article's history, not the basis.
    let amended = "Madame,\n\nNous vous invitons à une concertation de cas organisée en vertu de l'autorisation motivée du procureur du Roi du 12 mars 2025.\n\n¹ Article 458ter du Code pénal, inséré par l'art. 313 de la loi du 6 juillet 2017.";
    assert_eq!(
        instruments(amended),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let wrapped = "Dear colleagues,\n\nThis case consultation is organised on the basis of the reasoned authorisation (autorisation\nmotivée) given by the Procureur du Roi of Hautmont on 9 January 2026.";
    assert_eq!(
        instruments(wrapped),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let listed = "Dear Madam,\n\nWe invite you to a case consultation.\n\nThis concertation is held on the basis of:\n\n* the cooperation protocol signed on 12 September 2024\n  between our school and the police zone; and\n* the school rules.";
    assert!(
        instruments(listed)
            .iter()
            .any(|(k, _)| *k == InstrumentKind::NonNormative),
        "{:?}",
        instruments(listed)
    );
}

#[test]
fn modalities_of_the_fifth_round() {
    // "quarante-huit heures avant" is a duration.
    let text = format!("{INVITER}Merci de nous transmettre vos notes au plus tard quarante-huit heures avant la réunion.");
    assert_eq!(checked(&text).modalities.meeting.time, None);
    // A place phrase stops before the hour.
    let text = "Dear Madam,\n\nWe invite you to a case consultation. The meeting will be held at our offices at 14:00 on 8 June 2026.";
    assert_eq!(
        item(text, ModalityKind::Place).as_deref(),
        Some("our offices")
    );
    // A clock that a hard wrap put at the start of a line is not a label.
    let text = "Dear Madam,\n\nWe invite you to a case consultation. The meeting will take place on 8 June 2026 at\n14:00 in room 2.";
    assert_eq!(when(text), some("2026-06-08", "14:00"));
    // The hour beside a vague date, and a meeting that "would be held".
    let text = "Dear Madam,\n\nWe invite you to a case consultation. The meeting would be held at our offices (room 3.04) at\n14:00, in the week of 8 June 2026.";
    assert_eq!(when(text), (None, Some("14:00".to_owned())));
    assert_eq!(
        item(text, ModalityKind::Place).as_deref(),
        Some("our offices (room 3.04)")
    );
}

#[test]
fn participants_of_the_fifth_round() {
    // A label inside a bullet of topics lists only that bullet's participants.
    let text = "Bonjour Madame,\n\nJe vous confirme la concertation de cas du 10 mars 2026 à 10 h.\n\n– Autour de la table : la pédiatre de l'équipe SOS Enfants, vous-même pour le CPAS et un\n  inspecteur de la zone de police.\n– Votre présence : elle demeure facultative.\n– Tous les participants sont tenus au secret.";
    let p = checked(text).participants;
    assert!(
        p.entries.iter().all(|e| e.role != Role::Other),
        "{:?}",
        p.entries
    );
    // A calendar's "Guests" label alone on its line; each line of the list is an item.
    let text = "Subject: Invitation: Casusoverleg family V. (art. 458ter Sw.)\n\nGuests\nSofie V. (OCMW Lindeveld, maatschappelijk werker)\nInsp. Dries W. (Politiezone Lindeveld-Oost)\nWim D. (CLB Lindeveld)\nDr Evelien C. (huisarts of the family)\n\nHi Wim, see you at the casusoverleg on Thursday 11 June 2026 at 10:00.";
    let r = roles(text);
    for role in [
        Role::SocialServices,
        Role::Police,
        Role::Education,
        Role::Health,
    ] {
        assert!(r.contains(&role), "{role:?} in {r:?}");
    }
    // A profession does not yield to a role named in the basis's citation.
    let text = "Hi Noor, case consultation on the D. kids this Thu at 14:00, with the youth aid counsellor and Dr Claes (GP), to protect the children, under the Crown Prosecutor's reasoned authorisation (Art. 458ter).";
    assert!(roles(text).contains(&Role::Health), "{:?}", roles(text));
}

#[test]
fn wordings_of_the_sixth_round() {
    // An accreditation the next sentence calls the basis.
    let text = "Dear Ms W.,\n\nWe invite you to a case consultation on 14 October 2026 at 15:00 on Teams. Veilig Huis Scheldeland is a Family Justice Centre recognised under the Flemish Decree of 29 March 2024 establishing the Family Justice Centres. That decree organises our case consultations within the meaning of Article 458ter of the Criminal Code.";
    assert_eq!(instruments(text), vec![(InstrumentKind::Decree, None)]);
    // Without that sentence, the accreditation is the service's standing only.
    let standing = text.replace(
        "That decree organises our case consultations",
        "We thank you",
    );
    assert_eq!(instruments(&standing), vec![]);
    // Open-ended lists.
    for open in [
        "Depending on the discussion, the chair may invite other professionals involved with the family.",
        "Participants include but are not limited to: the Mayor, the local police and the PCSW.",
        "Participeront, sans s'y limiter : la police et le CPAS.",
    ] {
        let text = format!("{INVITER}{open}");
        assert!(checked(&text).participants.open_ended, "{open}");
    }
    // Labels: "will include, but are not limited to:", "Nous avons pensé réunir :", an
    // inline "With:".
    let text = "Dear Dr R.,\n\nWe invite you to a case consultation on 3 March 2026 at 14:00.\n\nParticipants will include, but are not limited to:\n- the local police;\n- the PCSW.";
    assert_eq!(roles(text), vec![Role::Police, Role::SocialServices]);
    let text = "Chère Docteure,\n\nNous pensons qu'il serait précieux de réunir les personnes qui l'entourent pour une concertation le 22 septembre 2026 à 12 h 30.\n\nNous avons pensé réunir :\n– le Dr C., psychiatre au service de santé mentale ;\n– M. T., assistant social au CPAS.";
    assert_eq!(roles(text), vec![Role::Health, Role::SocialServices]);
    let chat = "Kevin L. (Prevention officer – Municipality of Lindebeek)   Mon 12/01/2026 16:05\nHi all 👋 quick one: case consultation tomorrow 10:00, Room 3, town hall (1st floor). With: the school (Ms D.), the PCSW (Ahmed), local police (Insp. R.) and me.\nAim: go through the break-ins around Tilleulstraat.\nProfessional secrecy applies: everyone is bound to keep what is shared there to themselves.";
    assert!(convocation(chat));
    assert_eq!(when(chat), some("2026-01-13", "10:00"));
    let r = roles(chat);
    assert!(
        r.contains(&Role::Police) && r.contains(&Role::Education),
        "{r:?}"
    );
    assert_eq!(categories(chat), vec![PurposeCategory::NotPermitted]);
    assert!(kinds(chat).contains(&StatementKind::SecrecyReminder));
    // Disclosure made a duty past an aside.
    for duty in [
        "Attendance is optional. Attendees are, however, required to disclose all relevant information in their possession.",
        "Votre participation reste facultative. Les services qui y participent sont toutefois tenus de communiquer l'ensemble des informations.",
    ] {
        let k = kinds(&format!("{INVITER}{duty}"));
        assert!(k.contains(&StatementKind::DisclosureMandatory), "{duty}: {k:?}");
    }
}

#[test]
fn postponements_templates_and_requests_of_the_sixth_round() {
    // A postponement that sets the new date convenes.
    let moved = "Objet : REPORT de la séance de la CSIL-R – dossier 2026/03\n\nMadame la Préfète,\n\nLa séance de la cellule de sécurité intégrale locale fixée au jeudi 12 mars 2026 est REPORTÉE.\n\n1. NOUVELLE DATE, HEURE ET LIEU\n\nLa séance aura lieu le jeudi 19 mars 2026 à 9 h 30, en salle du Collège. Elle constitue une concertation de cas au sens de l'article 458ter du Code pénal.";
    assert!(convocation(moved));
    assert_eq!(meeting_date(moved).as_deref(), Some("2026-03-19"));
    // A model letter, a message that says it convenes no one, a request to the prosecutor.
    let model = "ANNEX 3 – MODEL LETTER: INVITATION TO A CASE CONSULTATION\n\n[PLACE], [DATE]\n\nDear [TITLE] [NAME],\n\nOn the basis of the reasoned authorisation of the Crown Prosecutor, we invite you to a case consultation.\nDate: [DAY] [DATE]  Time: [HH:MM]";
    assert!(!convocation(model));
    let poll = "Bonjour à toutes et à tous,\n\nLe centre PMS envisage de demander une autorisation motivée afin qu'une concertation de cas puisse être organisée. Pourriez-vous compléter le sondage pour les semaines du 9 et du 16 novembre ?\n\nJe précise que rien n'est fixé à ce stade et que ce message n'est pas une convocation.";
    assert!(!convocation(poll));
    let request = "Subject: Request for a reasoned authorisation to organise case consultations (Article 458ter)\n\nDear Crown Prosecutor,\n\nThe partners of the Network respectfully request that you grant a reasoned authorisation allowing the Network to organise case consultations, held monthly (second Tuesday of the month, 2 pm).\n\nYours faithfully,";
    assert!(!convocation(request));
    // A wrapped "To:" line does not cut the e-mail header: its "Date:" is the letter's.
    let header = "From: FJC case management <cm@fjc.example>\nTo: Insp. L. W. (LPZ); Ms H. J. (PCSW);\n    Ms S. E. (Justice House)\nDate: Wednesday 25 February 2026 16:48\nSubject: case consultation\n\nDear colleagues,\n\nWe invite you to the case consultation on Wednesday 4 March 2026 at 14:00.";
    assert_eq!(when(header), some("2026-03-04", "14:00"));
}

#[test]
fn a_house_number_before_its_street() {
    for (text, want) in [
        (
            "The meeting will take place at 12 Rue des Glycines, Lindenberg.",
            "12 Rue des Glycines, Lindenberg",
        ),
        (
            "La réunion aura lieu au 12, rue des Glycines.",
            "12, rue des Glycines",
        ),
        (
            "La réunion aura lieu rue des Glycines 12.",
            "rue des Glycines 12",
        ),
    ] {
        let text = format!(
            "{INVITER}Elle est fixée au lundi 9 mars 2026 à 10 h. {want_sentence}",
            want_sentence = text
        );
        assert_eq!(
            item(&text, ModalityKind::Place).as_deref(),
            Some(want),
            "{text}"
        );
    }
    // A street without a number is no place.
    let text = format!(
        "{INVITER}Elle est fixée au lundi 9 mars 2026 à 10 h. La famille habite rue des Glycines."
    );
    assert_eq!(item(&text, ModalityKind::Place), None);
    // The year of a date right before the street is not its house number.
    for text in [
        "La concertation de cas aura lieu le mardi 3 mars 2026 rue Haute 12, à 14 h.",
        "La concertation de cas aura lieu le 03/03/2026, rue Haute 12, à 14 h.",
    ] {
        let text = format!("{INVITER}{text}");
        assert_eq!(
            item(&text, ModalityKind::Place).as_deref(),
            Some("rue Haute 12"),
            "{text}"
        );
    }
}

#[test]
fn frames_without_a_greeting_of_the_seventh_round() {
    for (text, want) in [
        // Third person, passive, a "Convocation" title.
        ("CPAS of Linden\n\nMs Benali, social worker, is invited to the case consultation on 3 March 2026 at 14:00, room 2, to protect the children.", true),
        ("ZONE DE POLICE\n\nLes partenaires suivants sont convoqués : la police locale, le CPAS. La concertation de cas aura lieu le 3 mars 2026 à 14 h, salle 2.", true),
        ("DECISION OF THE MAYOR No. 2025/071\nconvening a case consultation\n\nArticle 1. A case consultation is convened on Tuesday 15 July 2025 at 11:00 in the Council Chamber.", true),
        // Procedure, negation.
        ("AUTHORISATION\n\n4.1 Each case consultation is convened by the coordinator by e-mail, at least ten days in advance.", false),
        ("Bonjour,\n\nRien n'est encore fixé pour la concertation de cas et personne n'a été convoqué : aucune convocation ne partira avant l'accord du parquet.", false),
        // An internal note addressed to someone by name, with a date and a place, that
        // says whether to attend; the same note to all staff is guidance.
        ("NOTE INTERNE\nÀ : Mme L. D., assistante sociale\nObjet : Concertation de cas\n\nLa concertation de cas aura lieu le mardi 27 janvier 2026 à 10 h, salle du Conseil. La présence de l'assistante sociale référente est obligatoire.", true),
        ("NOTE INTERNE\nÀ : tous les collaborateurs\nObjet : Concertation de cas\n\nLa concertation de cas aura lieu le mardi 27 janvier 2026 à 10 h, salle du Conseil. La présence est obligatoire.", false),
    ] {
        assert_eq!(convocation(text), want, "{text}");
    }
}

#[test]
fn a_form_says_only_what_is_ticked() {
    let form = "FORMULAIRE DE CONVOCATION — CONCERTATION DE CAS (art. 458ter C. pén.)\n\nBase : ☐ Loi ☐ Décret ☒ Autorisation motivée du procureur du Roi du 2 février 2026\nFinalité : ☒ Protection de l'intégrité physique ☐ Prévention d'infractions terroristes\nParticipants : ☒ Police locale ☐ Établissement scolaire\nDate : jeudi 19/02/2026\nHeure : 09h30\nLieu : ☒ Maison Iris, salle 2 ☐ Visioconférence\nParticipation : ☒ facultative ☐ obligatoire\n";
    let report = checked(form);
    assert!(report.is_convocation);
    assert_eq!(categories(form), vec![PurposeCategory::Integrity]);
    assert_eq!(roles(form), vec![Role::Police]);
    assert!(!report.modalities.meeting.remote);
    let k = kinds(form);
    assert!(k.contains(&StatementKind::ParticipationOptional), "{k:?}");
    assert!(!k.contains(&StatementKind::ParticipationMandatory), "{k:?}");
    assert_eq!(
        instruments(form),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
}

#[test]
fn near_misses_of_the_review() {
    // A bracketed line in the body that names the meeting's means is the meeting's.
    let text = "Madame,\n\nNous vous invitons à la concertation de cas (art. 458ter C. pén.) le 3 mars 2026 à 14 h.\n\n[Réunion Microsoft Teams : lien ci-dessous]\n";
    assert!(checked(text).modalities.meeting.remote);
    // "Article 1 :" is still a label line that starts a sentence; "14:00 in room 2" is not.
    let text = "DECISION\nconvening a case consultation\nArticle 1: A case consultation is convened on Tuesday 15 July 2025 at 11:00 in the Council Chamber.\nArticle 2: The police take part.";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-07-15"));
}

#[test]
fn forms_columns_and_scans_of_the_eighth_round() {
    // Dot leaders are colons; a form's ticked boxes are list items; a rule ends the list;
    // "Obligations des participants" is no list of them.
    let form = "FORMULAIRE DE CONVOCATION - CSIL-R\n-----------------------------\n Date ................ 17/03/2027\n Heure ............... 10h30\n Lieu ................ Hôtel de ville, salle des Mariages\n Finalité ............ Prévention des infractions terroristes\n Participants ........ [x] Bourgmestre\n                       [x] Zone de police (chef de corps)\n                       [x] Établissement scolaire : Athénée royal\n                       [x] Service de l'aide à la jeunesse (SAJ)\n                       [ ] CPAS\n-----------------------------\n Obligations des participants\n  - Chaque participant est tenu au secret.\n";
    let report = checked(form);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2027-03-17")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("10:30"));
    assert!(report.modalities.meeting.place.is_some());
    assert_eq!(
        roles(form),
        vec![
            Role::Education,
            Role::Municipality,
            Role::Police,
            Role::YouthAid
        ]
    );
    // A calendar block whose labels stand apart from their values, and a table drawn with
    // tabs.
    let calendar = "Case consultation – family V. (Art. 458ter)\nWhen        Tuesday 9 February 2027 10:00\nWhere       Family Justice Centre, Stationsstraat 41, meeting room 3\nAttendees   M. De Smedt (chair)\n            Insp. B. Wouters (local police)\n            E. Peeters (social worker, CAW)\nGoing?      Yes · Maybe · No\n";
    assert_eq!(roles(calendar), vec![Role::Police, Role::SocialServices]);
    let tabs = "Dear all,\n\nJust a reminder of the case consultation about baby M. on Thursday 15 October 2026, 10:30, Children's House, meeting room 1.\n\nWho\tService\tRole\nWard S.\tChildren's House\tchair\nDr L. M.\tPaediatrics, St Gertrude hospital\tfindings\nInsp. K. H.\tLocal police\tpolice information\n";
    let r = roles(tabs);
    assert!(
        r.contains(&Role::Health) && r.contains(&Role::Police),
        "{r:?}"
    );
    // A scanned letter: "1oi", "2O18", "14h3O".
    let scan = "Madame,\n\nJ'ai l'honneur de vous inviter à une concertation de cas organisée en app1ication de la 1oi du 30 juil1et 2O18.\nDate : jeudi 12 mars 2O26\nHeure : 14h3O\nLieu : hôte1 de vil1e, sa1le du Consei1\n";
    let report = checked(scan);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-03-12")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("14:30"));
    assert_eq!(instruments(scan), vec![(InstrumentKind::Law, None)]);
    // A numbered section's title with a remark, then its list after a blank line.
    let titled = format!("{INVITER}\n\n3. Participants (liste fixée par l'autorisation)\n\n  - Mme O. D., substitut du procureur du Roi ;\n  - M. T. R., délégué du Service de l'aide à la jeunesse.\n");
    assert_eq!(roles(&titled), vec![Role::Prosecution, Role::YouthAid]);
    // A list of "Name ....... function" lines under "Destinataires :".
    let named = format!("{INVITER}\n\nDestinataires :\n\n   M. P. R. ............ Chef de corps, ZP Orvignies\n   Mme S. B. ........... Fonctionnaire de prévention\n   M. K. B. ............ Assistant social, CPAS d'Orvignies\n");
    assert_eq!(
        roles(&named),
        vec![Role::Municipality, Role::Police, Role::SocialServices]
    );
}

#[test]
fn wordings_of_the_eighth_round() {
    let k = kinds(&format!("{INVITER}Personne n'est obligé de venir, ni de tout dire : chacun partage ce qu'il estime pouvoir partager."));
    assert!(k.contains(&StatementKind::ParticipationOptional), "{k:?}");
    assert!(k.contains(&StatementKind::DisclosureOptional), "{k:?}");
    for text in [
        "Chaque participant apprécie librement s'il communique ou non des informations couvertes par son secret.",
        "Il vous appartient en revanche d'apprécier seule quelles informations vous estimez pouvoir partager.",
        "Aucune communication ne vous sera réclamée.",
    ] {
        let k = kinds(&format!("{INVITER}{text}"));
        assert!(k.contains(&StatementKind::DisclosureOptional), "{text}: {k:?}");
    }
    for text in [
        "Each partner decides which information it shares.",
        "You alone decide which information covered by your professional secrecy you share, if any.",
        "We count on your professional judgement as to what, if anything, you share.",
        "Declining to share will never be held against you.",
    ] {
        let k = kinds(&format!("{INVITE}{text}"));
        assert!(k.contains(&StatementKind::DisclosureOptional), "{text}: {k:?}");
        assert!(!k.contains(&StatementKind::ParticipationOptional), "{text}: {k:?}");
    }
    for text in [
        "You are held to bring the complete file of the pupil.",
        "Each partner will be asked at the meeting to present the file it holds on the person concerned.",
        "Please bring your complete file.",
    ] {
        let k = kinds(&format!("{INVITE}{text}"));
        assert!(k.contains(&StatementKind::DisclosureMandatory), "{text}: {k:?}");
    }
    let k = kinds(&format!("{INVITER}Merci d'apporter votre dossier complet."));
    assert!(k.contains(&StatementKind::DisclosureMandatory), "{k:?}");
    // Purposes of an agenda's cases, and of a social-benefit check.
    let agenda = format!("{INVITER}\n\nDeux situations seront examinées :\n\n   Situation n° 1 : prévention d'infractions terroristes\n   Situation n° 2 : nuisances et incivilités aux abords de la gare\n");
    let c = categories(&agenda);
    assert!(
        c.contains(&PurposeCategory::Terrorism) && c.contains(&PurposeCategory::NotPermitted),
        "{c:?}"
    );
    let c = categories(&format!("{INVITER}Objectifs :\n1. protéger l'intégrité physique de Mme R. ;\n2. réunir les éléments nécessaires à la récupération de l'indu."));
    assert!(c.contains(&PurposeCategory::NotPermitted), "{c:?}");
    // An authorization said reasoned in the next sentence; a protocol under an inline label.
    let text = format!("{INVITER}La concertation est couverte par l'autorisation du procureur du Roi du 2 février 2026. Les motifs de cette autorisation y sont exposés en page 2.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let text = format!("{INVITER}\nCadre juridique : art. 458ter du Code pénal ; Protocole de collaboration « Enfance en danger » du 3 février 2025.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::NonNormative, None)]
    );
    // Participants: "alongside:", "coordinator of the City", an address block "À Madame",
    // "to the attention of".
    let text = format!("{INVITE}We would like to invite you to take part alongside:\n  - the neighbourhood officer of the local police;\n  - the chain coordinator of the City.\n");
    assert_eq!(roles(&text), vec![Role::Municipality, Role::Police]);
    let text = "CPAS DE FLORIMONT\n\n                      À Madame V. L.\n                      Psychologue\n                      Service de santé mentale\n\nMadame,\n\nNous vous invitons à une concertation de cas. Seront présents : le CPAS et vous-même.";
    assert!(roles(text).contains(&Role::Health));
    let text = "SAFE HOUSE\n\n        To the attention of Mrs L. B.\n        CLB Noord-Limburg\n\nMadam,\n\nWe invite you to a case consultation. Will take part in the consultation:\n - the local police;\n - yourself.\n";
    assert!(roles(text).contains(&Role::Education));
}

#[test]
fn convocations_and_near_misses_of_the_eighth_round() {
    for (text, want) in [
        // Titled as the invitation itself.
        ("# Family Justice Centre\n## Case consultation — agenda and invitation\n\n| **Date** | Thursday 14 May 2026 |\n| **Venue** | Kaailaan 8, room Leie |\n\nThis consultation is held under the Flemish Decree of 29 March 2024.", true),
        // Convocations still to come; a policy meeting where 458ter does not apply.
        ("Chers partenaires,\n\nLe procureur du Roi a signé l'autorisation. Les premières convocations aux concertations de cas vous parviendront dans les prochaines semaines.\n\nLa concertation de cas aura lieu au CPAS, le 3 mars 2027 à 14 h.", false),
        ("Dear partners,\n\nThe Mayor has the pleasure of inviting you to the annual policy meeting of our LISC-R on Thursday 20 May 2027, 2 pm, City Hall. NO individual situations or files will be discussed. Article 458ter therefore does not apply to this meeting.", false),
    ] {
        let report = if text.starts_with('#') { crate_md(text) } else { checked(text) };
        assert_eq!(report.is_convocation, want, "{text}");
    }
    // A phone call already had is no remote means; a meeting by phone is one.
    let text = format!("{INVITE}Following our phone call of last week, I confirm the consultation on 18 March 2027 at 14:30, Rue des Tanneurs 14, Namur.");
    assert!(!checked(&text).modalities.meeting.remote);
    let text = format!("{INVITE}It will be held as a phone conference on 18 March 2027 at 14:30.");
    assert!(checked(&text).modalities.meeting.remote);
}

#[test]
fn the_border_of_a_convocation_in_the_ninth_round() {
    for (text, want) in [
        // Disciplinary summons, surveys, trainings, letters to the person concerned, replies.
        ("COUNCIL OF THE ORDER\nSubject: Summons to appear – disciplinary hearing\n\nDear Sir,\n\nYou are hereby summoned to appear in person on Tuesday 8 December 2026 at 18:00. The complaint alleges that you disclosed information during a meeting that was not a case consultation within the meaning of Article 458ter.", false),
        ("Dear partner,\n\nWe are asking everyone who has been invited to a case consultation under Article 458ter to fill in a short anonymous questionnaire. The results will be presented on Thursday 28 January 2027.", false),
        ("Dear colleagues,\n\nYou are invited to a workshop on case consultations (Art. 458ter) on Thursday 8 October 2026 at 09:00, Maison des Associations. 11:00 Role play: a mock case consultation.", false),
        ("Madame,\n\nUne concertation de cas aura lieu le jeudi 8 octobre 2026 au sujet de votre situation et de celle de vos enfants. Vous ne participerez pas à cette réunion.", false),
        ("Salut Yanis,\n\nPlusieurs services vont se réunir le jeudi 10 décembre à 16 h pour une concertation de cas. Tu as le droit de venir à la réunion, au début.", false),
        ("Madame,\n\nNous accusons bonne réception de votre invitation à la concertation de cas du jeudi 4 juin 2026 à 14 h. Après examen, notre service ne prendra pas part à cette concertation.", false),
        ("Dear Ms L.,\n\nWe regret that the Embassy will not be able to take part in the case consultation you are organising on 10 March 2026 under Article 458ter.", false),
        ("Dear Ms R.,\n\nEthan's parents have asked me to organise a round-table meeting on Thursday 17 September 2026 at 16:00 at the family's home. It is NOT a case consultation under Article 458ter of the Criminal Code.", false),
        ("From: Medical Staff Office\nSubject: Invitation: Lunch webinar \"Professional secrecy & case consultations (Art. 458ter)\"\n\nDear colleagues,\n\nThis webinar on Tuesday 2 June 2026 at 12:30 will cover case consultations.", false),
        // An internal note to a named colleague convenes her; a "not an invitation to that
        // session" about another meeting does not unconvene.
        ("NOTE INTERNE\nÀ : Julie Marchal, assistante sociale\n\nJulie,\n\nje te confirme que tu es convoquée à la concertation de cas sur la situation de Mme K. : jeudi 7 mai, 10 h, CPAS, salle B. Ta présence est obligatoire.", true),
        ("Dear Director,\n\nwe invite you to take part in a case consultation of the LIVC-R under the Act of 30 July 2018 about R.B.; the practical details will be sent separately. This letter is not an invitation to the plenary session.", true),
    ] {
        assert_eq!(convocation(text), want, "{text}");
    }
}

#[test]
fn wordings_of_the_ninth_round() {
    // A moved meeting's new date in the paragraph after "reportée au".
    let text = "Madame la Directrice,\n\nPar courrier du 19 février, je vous invitais à la réunion de la CSIL-R prévue le jeudi 12 mars 2026 à 14 heures. Cette réunion est annulée.\n\nElle est reportée au\n\n        MARDI 24 MARS 2026, À 9 H 30\n        Hôtel de ville, salle du Collège\n";
    assert_eq!(when(text), some("2026-03-24", "09:30"));
    // Another plenary's date; a chair title in the signature.
    let text = format!("{INVITE}The practical details will be sent separately. Please note that the next plenary session of the LIVC-R is scheduled for Thursday 10 June 2027 at the town hall.\n\nYours sincerely,\n\nA. V.\nMayor\nChair of the LIVC-R");
    let report = checked(&text);
    assert_eq!(report.modalities.meeting.date, None);
    assert!(
        report.modalities.items.is_empty(),
        "{:?}",
        report.modalities.items
    );
    // A postscript after the closing still says who chairs.
    let text = format!("{INVITE}It will take place on 3 March 2027 at 14:00, room 2.\n\nKind regards,\nA. B.\n\nP.S. The meeting will be chaired by the Mayor.");
    assert!(item(&text, ModalityKind::Chair).is_some());
    // A decree that organizes another service's measure; a law on administrative sanctions.
    let text = format!("{INVITER}Le SAJ intervient dans le cadre de l'aide consentie organisée par le décret de la Communauté française du 18 janvier 2018. La concertation repose sur le protocole de collaboration de la plateforme.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::NonNormative, None)]
    );
    let text = format!("{INVITER}Les incivilités relèvent de la loi du 24 juin 2013 relative aux sanctions administratives communales.");
    assert_eq!(instruments(&text), vec![]);
    // Statements.
    for (text, want) in [
        (format!("{INVITER}Nous attendons de chaque service qu'il communique l'ensemble des informations dont il dispose."), StatementKind::DisclosureMandatory),
        (format!("{INVITER}Vous restez évidemment libre de ne partager que ce que vous jugez utile."), StatementKind::DisclosureOptional),
        (format!("{INVITE}You are never obliged to share information. It is for you to decide, in conscience, what you share."), StatementKind::DisclosureOptional),
        (format!("{INVITER}Tu décideras sur place : rien ne t'oblige à tout dire."), StatementKind::DisclosureOptional),
    ] {
        let k = kinds(&text);
        assert!(k.contains(&want), "{text}: {k:?}");
        assert_eq!(k.iter().filter(|k| **k != want && matches!(k, StatementKind::DisclosureMandatory | StatementKind::DisclosureOptional)).count(), 0, "{text}: {k:?}");
    }
    // Participants: "Présents :" mid-line; a condition that names who comes.
    let text = "Bonjour Monsieur,\n\nJe vous confirme la CSIL-R (loi du 30 juillet 2018) le 23/04 à 14h, salle B. Présents : le bourgmestre (présidence), le chef de corps, le CPAS et vous-même pour la maison de justice.";
    assert_eq!(
        roles(text),
        vec![
            Role::JusticeHouse,
            Role::Municipality,
            Role::Police,
            Role::SocialServices
        ]
    );
    let text = format!("{INVITER}\n\nSeront présents :\n  – le fonctionnaire de prévention ;\n  – vous-même, accompagné le cas échéant du\n    coordinateur de l'équipe éducative.\n");
    assert!(!checked(&text).participants.open_ended);
    let text = format!("{INVITER}\n\nSeront présents :\n  – le fonctionnaire de prévention ;\n  – le cas échéant, d'autres services.\n");
    assert!(checked(&text).participants.open_ended);
}

#[test]
fn long_letters_of_the_ninth_round() {
    // The statute described ("professionals who are bound by secrecy") reminds no one.
    let text = format!("{INVITE}It is held under Article 458ter of the Criminal Code, which allows professionals who are bound by secrecy to share information with each other.");
    assert!(!kinds(&text).contains(&StatementKind::SecrecyReminder));
    // A venue still to be confirmed under a "When / where" heading is no place.
    let text = format!("{INVITE}\n\nWhen / where\nTuesday 9 February 2027, 14:00–15:30. The venue is still to be confirmed – either the hospital or\nthe CPAS, depending on room availability. I will let you know.\n");
    assert_eq!(checked(&text).modalities.meeting.place, None);
    // An authorization issued to a network by the prosecutor; a decree under which another
    // service offers its support.
    let text = format!("{INVITE}The Youth Aid Service has offered voluntary support under the French Community decree of 18 January 2018. The consultation is organised on the basis of the reasoned authorisation issued to the Réseau Enfance Verlaine by the Crown Prosecutor of Luxembourg.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    // Participants described, not named, leave the list open.
    let text = format!("{INVITE}\n\n4. Participants\n\nThe consultation will bring together the professionals concerned by E.'s situation.\n");
    let report = checked(&text);
    assert!(report.participants.open_ended);
    assert!(report.participants.entries.is_empty());
}

#[test]
fn questions_titles_and_hearings_of_the_tenth_round() {
    // "No." answers a question; "No. 5" is a number.
    let text = format!(
        "{INVITE}\n\nDO I HAVE TO ATTEND?\nNo. Attendance is voluntary. Ref. No. 5 of the list."
    );
    let k = kinds(&text);
    assert!(k.contains(&StatementKind::ParticipationOptional), "{k:?}");
    assert!(!k.contains(&StatementKind::ParticipationMandatory), "{k:?}");
    // A question line over its answer, quoted or not; a bold title with a full stop; a
    // "Sont convoqués" heading.
    let text = format!("{INVITE}\n\nWHO TAKES PART IN THE 10 JUNE MEETING?\n- the mayor (chair)\n- the chief of the local police zone\n");
    assert_eq!(roles(&text), vec![Role::Municipality, Role::Police]);
    let text = "Bonjour Docteur,\n\nVoici mes réponses.\n\n> 3. Qui sera là ?\n\n- Mme A. R., substitut du procureur du Roi ;\n- l'inspecteur Y. D., police locale.\n\nLa concertation de cas aura lieu le 12 janvier 2027 à 14 h, salle 2.";
    assert_eq!(roles(text), vec![Role::Police, Role::Prosecution]);
    let md = "Dear Ms W.,\n\nWe invite you to a case consultation.\n\n**Participants.**\n\n- the Public Prosecutor's Office;\n- the local police.\n";
    let r = crate_md(md);
    assert_eq!(
        r.participants.entries.len(),
        2,
        "{:?}",
        r.participants.entries
    );
    let note = "# CSIL-R\n\n**Note aux partenaires**\n\nLa prochaine réunion de la CSIL-R aura lieu le jeudi 14 janvier 2027 à 9 h 30, hôtel de ville.\n\n### Sont convoqués\n\n1. M. le Bourgmestre ;\n2. le chef de corps de la zone de police.\n\n- **Transmission** : aucune information pertinente ne peut être retenue.\n";
    let r = crate_md(note);
    assert!(r.is_convocation);
    assert!(r.participants.entries.len() >= 2);
    assert!(r
        .statements
        .iter()
        .any(|s| s.kind == StatementKind::DisclosureMandatory));
    // Hearings and the prosecutor's standing authorization are not convocations.
    for text in [
        "ZONE DE POLICE\n\nCONVOCATION À UNE AUDITION\n\nMadame,\n\nvous êtes invitée à vous présenter au commissariat le vendredi 16 octobre 2026 à 10 h 00, afin d'y être entendue. Cette audition est indépendante de la concertation de cas (art. 458ter).",
        "Subject: invitation to a hearing as a witness\n\nMadam,\n\nI would like to hear you on 3 March 2026 at 10:00. This hearing is not a case consultation within the meaning of Article 458ter.",
        "REASONED AUTHORISATION\n\nTo: the Steering Committee of the Family Justice Centre\n\nDECIDES:\n\nArticle 1 - The Family Justice Centre is authorised, from 1 February 2027 to 31 January 2029, to organise case consultations within the meaning of Article 458ter.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A first-person authorization whose aside wraps a line.
    let text = "PUBLIC PROSECUTOR'S OFFICE\n\nDear Mr V.,\n\nBy a reasoned decision of 20 February 2026, I authorised, pursuant to\nArticle 458ter, § 1, of the Criminal Code, the organisation of a case consultation on 3 March 2026 at 14:00, room 2.";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
}

#[test]
fn near_misses_of_the_sittings_border_cues() {
    // A convocation that says a partner cannot come, that the person concerned may be
    // heard, or that mentions a webinar in passing still convenes.
    for text in [
        "Dear colleagues,\n\nWe invite you to a case consultation on 3 March 2027 at 14:00, room 2. We regret that the police will not be able to attend.",
        "Madame,\n\nNous vous invitons à une concertation de cas le 3 mars 2027 à 14 h, salle 2. Nous regrettons que la police ne pourra pas participer.",
        "Madame,\n\nNous vous invitons à une concertation de cas le 3 mars 2027 à 14 h, salle 2. Mme K. a le droit d'être entendue à la fin de la réunion.",
        "Subject: case consultation about J. (Art. 458ter)\n\nDear colleague,\n\nWe invite you to a case consultation on 3 March 2027 at 14:00, room 2. The webinar on secrecy of last month is recorded on the intranet.",
        // The eleventh round's cues near a convocation: advice before replying to this
        // invitation, words between quotation marks, a question asked in the letter.
        "Dear colleague,\n\nWe invite you to a case consultation (art. 458ter) on 3 March 2027 at 14:00, room 2. Please read the attached note before replying to the invitation.",
        "Madame,\n\nNous vous invitons à une concertation de cas (art. 458ter) le 3 mars 2027 à 14 h, salle 2. Lisez la note jointe avant de répondre à l'invitation.",
        "Dear colleague,\n\nThe mayor writes that \"you are invited to the case consultation\" on 3 March 2027 at 14:00, room 2 (art. 458ter). We invite you to confirm.",
    ] {
        assert!(convocation(text), "{text}");
    }
}

#[test]
fn mail_systems_and_replies_of_the_eleventh_round() {
    // A reminder over the sender's own earlier message: that message is the letter.
    let text = "De : Coordination Réseau <coordination@reseau.example.be>\nObjet : Re: Concertation famille M. - jeudi 11/02\n\nBonjour à tous,\n\nPetit rappel : la concertation a lieu demain matin. Les détails figurent dans mon message ci-dessous.\n\nHélène\n\nLe lun. 1 févr. 2027 à 10:12, Coordination Réseau\n<coordination@reseau.example.be> a écrit :\n\n> Madame, Monsieur,\n>\n> Nous vous invitons à une concertation de cas (art. 458ter du Code pénal).\n> Les participants sont tenus au secret professionnel.";
    assert!(kinds(text).contains(&StatementKind::SecrecyReminder));
    // Another sender's message quoted in a reply does not speak for the letter.
    let text = text.replace(
        "<coordination@reseau.example.be> a écrit",
        "<ecole@ecole.example.be> a écrit",
    );
    assert!(!kinds(&text).contains(&StatementKind::SecrecyReminder));
    // Nor does the message sent to the writer, which names his address in its "To:" line.
    let text = "From: Dr. R. G. <r.g@ggz.example.be>\nSubject: RE: Invitation LIVC-R\n\nDear Ms W.,\n\nI will not take part.\n\nDr. R. G.\n\n-----Original Message-----\nFrom: LIVC-R <livcr@city.example.be>\nTo: r.g@ggz.example.be\n\n> Dear Dr. G.,\n> The Mayor invites you to the case consultation (art. 458ter). All participants are bound to secrecy.";
    assert!(!kinds(text).contains(&StatementKind::SecrecyReminder));
    // HTML's character references left in the text.
    let text = "Madame,\n\nNous vous invitons à une concertation de cas (art.&nbsp;458ter) le 3 mars 2027 à 14&nbsp;h à la maison communale.\n\nParticipants&nbsp;:\n&nbsp;&nbsp;- la zone de police ;\n&nbsp;&nbsp;- le CPAS.";
    let r = roles(text);
    assert!(
        r.contains(&Role::Police) && r.contains(&Role::SocialServices),
        "{r:?}"
    );
    // A question in the recipient's quoted message is not the meeting's date.
    let text = "Dear Dr N.,\n\nThe chain would like to hold a case consultation (art. 458ter). Could you let me know whether you would be willing to take part? We will come back to you with the practicalities.\n\nKind regards,\nS.\n\n-----Original Message-----\nFrom: Dr N.\nSent: Friday, November 27, 2026 5:40 PM\n\nWould this be a meeting on Thursday at the hospital?";
    assert_eq!(checked(text).modalities.meeting.date, None);
}

#[test]
fn letters_about_an_invitation_received_are_not_one() {
    for text in [
        // Advice to a colleague before he answers the municipality.
        "Hi Jonas,\n\nGood that you asked before replying to the municipality. The LIVC-R case consultation on the 24th is not compulsory (art. 458ter).\n\nMarleen",
        "Bonjour Paul,\n\nTu as bien fait de me demander avant de répondre à la commune. La concertation de cas du 24 n'est pas obligatoire.",
        // The convocation's words reported by a lawyer.
        "Madam Mayor,\n\nWe understand that your letter stated that \"your attendance at this case consultation is compulsory\". Attendance at a case consultation under Article 458ter cannot be made compulsory.\n\nYours faithfully,",
        // A legal helpdesk's answer, and a question put to one.
        "Dear Mr W.,\n\nThis is general legal information, not an invitation to any meeting. Attendance at a case consultation under Article 458ter on Thursday 22 April is not compulsory.",
        "Bonjour Madame,\n\nJe me permets de vous écrire car nous sommes un peu perdus. L'école veut réunir la police et notre centre mardi prochain à 16h pour une concertation 458ter.\n\nMes questions :\n1. Est-ce permis ?",
        // A thank-you after the meeting, and a webinar.
        "Dear Mr B.,\n\nMany thanks for taking part in the casusoverleg of the LIVC-R on Tuesday. Please send back the feedback form by 3 March 2027.",
        "Subject: Invitation | Webinar \"Case consultations and Article 458ter\" – 4 February 2027\n\nDear member,\n\nWe are pleased to invite you to a 90-minute webinar on case consultations.\n\nWhen: Thursday 4 February 2027, 12:30\nWhere: online (Zoom)",
    ] {
        assert!(!convocation(text), "{text}");
    }
}

#[test]
fn lists_places_and_statements_of_the_eleventh_round() {
    // A list after "the services involved:", and partners "at the table".
    let text = format!("{INVITE}The aim is to exchange information between the services\ninvolved: the local police, the CPAS and the justice house.");
    assert!(roles(&text).contains(&Role::JusticeHouse));
    let text = format!("{INVITE}The mayor chairs; the chief of police and the adult education centre are at the table.");
    assert!(roles(&text).contains(&Role::Education));
    // A heading "Who will take part." and a heading "Who" over their lists.
    for heading in ["Who will take part.", "Who"] {
        let text = format!("{INVITE}\n\n{heading}\n\n- the local police;\n- the CPAS.\n");
        assert!(roles(&text).contains(&Role::Police), "{heading}");
    }
    // Where the person concerned is admitted is not where the meeting is.
    let text = format!("{INVITE}It concerns J.M., currently admitted on Ward 4B. It takes place on 12 January 2027 at 09:00 on MS Teams only.");
    assert_eq!(checked(&text).modalities.meeting.place, None);
    // "Local" in an English name is no French "local 2.14".
    let text = "Dear Dr S,\n\nI would like to invite you to a case consultation of our Local Integral Security Cell. Practical details will follow.";
    assert_eq!(checked(text).modalities.meeting.place, None);
    let text =
        format!("{INVITER}Elle aura lieu le 3 mars 2027 à 14 h au palais de justice, local 2.14.");
    assert!(item(&text, ModalityKind::Place).is_some_and(|p| p.contains("2.14")));
    // A prosecutor named with the city before his title.
    let text = format!("{INVITE}It is held under the reasoned authorisation issued by the Brussels Crown Prosecutor on 9 December 2026.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    // The person concerned invited to part of it, in a second clause.
    let text = format!("{INVITE}L.'s mother has been told that this consultation will take place and has been invited to attend its first half-hour.");
    assert!(kinds(&text).contains(&StatementKind::PersonInvited));
    // The whole file asked for, and the choice of what to share in French.
    let text = format!("{INVITER}Merci de transmettre l'intégralité du dossier social de la famille au secrétariat.");
    assert!(kinds(&text).contains(&StatementKind::DisclosureMandatory));
    for choice in [
        "Il vous appartient de décider, en conscience, des éléments que vous estimez devoir partager.",
        "Vous restez libre d'y prendre part ou non et de décider des informations que vous partagez.",
        "Chacun reste libre de ce qu'il estime pouvoir partager.",
    ] {
        let text = format!("{INVITER}{choice}");
        assert!(kinds(&text).contains(&StatementKind::DisclosureOptional), "{choice}");
    }
}

#[test]
fn chats_calendars_and_decisions_of_the_eleventh_round() {
    // A chat pasted as text: its stamps date the letter, a bare weekday with a time is the
    // next such day, and a message that greets with "Salut" convenes.
    let text = "Signal · groupe « Prévention »\n\n[09/03/2026 18:42] Nadia L. : Salut Julien, concertation de cas (art. 458ter, loi du 30/07/2018) pour le jeune D. : jeudi à 14h, salle 2. Avec la police et le CPAS.";
    let report = checked(text);
    assert!(report.is_convocation);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-03-12")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("14:00"));
    let text = "WhatsApp chat with Inès C. (PCSW)\n\n[14/11/2026, 19:03] Inès C.: Dr O., the case consultation on the R. children is Tue 17 Nov at 16:00 on Zoom. You'll have to tell us everything you know about the mother's treatment.";
    let report = checked(text);
    assert!(report.is_convocation);
    assert!(kinds(text).contains(&StatementKind::DisclosureMandatory));
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-11-17")
    );
    // A calendar file's event.
    let text = "BEGIN:VEVENT\nSUMMARY:LISC-R case consultation\nDTSTART;TZID=Europe/Brussels:20270120T090000\nLOCATION:Town Hall\\, room 2.14\nATTENDEE;CN=Chief of Police:mailto:chief@pz.example\nDESCRIPTION:Case consultation (Act of 30 July 2018) to prevent terrorist offences.\nEND:VEVENT";
    let report = checked(text);
    assert!(report.is_convocation);
    assert_eq!(
        (
            report.modalities.meeting.date.as_deref(),
            report.modalities.meeting.time.as_deref()
        ),
        (Some("2027-01-20"), Some("09:00"))
    );
    assert!(roles(text).contains(&Role::Police));
    // A prosecutor's decision that convenes, and the authorization that only permits.
    let text = "DECISION\n\nThe Crown Prosecutor,\n\nHAVING REGARD TO Article 458ter of the Criminal Code;\n\nDECIDES:\n\nArticle 1. A case consultation is organised. This decision constitutes the reasoned authorisation of the Crown Prosecutor.\n\nArticle 3. The following shall take part:\n  (a) the liaison magistrate;\n  (b) the federal judicial police.\n\nArticle 4. The consultation shall be held on Tuesday 28 April 2026 at 2 p.m. at the Courthouse, room B.03.";
    let report = checked(text);
    assert!(report.is_convocation);
    assert!(!kinds(text).contains(&StatementKind::ParticipationMandatory));
    assert!(roles(text).contains(&Role::Prosecution));
    let text = "Article 1. Case consultations within the meaning of Article 458ter may be organised by the chain network under the conditions of this decision.\n\nArticle 4. Case consultations take place by secure videoconference.\n\nArticle 6. This authorisation is valid for three years.\n\nTo: Ms C. H., coordinator";
    assert!(!convocation(text));
    let text = format!("{INVITER}La présente décision constitue l'autorisation motivée visée à l'article 458ter.\n\nArt. 3. Peuvent participer à la concertation, à l'exclusion de toute autre personne :\n  1° la magistrate de référence du parquet ;\n  2° un inspecteur de la zone de police.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    assert!(roles(&text).contains(&Role::Police));
    // A group named as "the three of us" is the addressees and the sender.
    let text = "From: R. V. <r.v@justicehouse.example.be>\nTo: Dr. A. S. <a.s@clinic.example>; Tom G. <tom@cpas.example.be>\n\nDear Dr S., dear Tom,\n\nI'd like to bring the three of us together for a short case consultation (Article 458ter) on Thursday 14 May 2026 at 10:30 on Teams.\n\nRuth\nJustice assistant, Justice House of Hautrive";
    let r = roles(text);
    assert!(
        r.contains(&Role::Health) && r.contains(&Role::JusticeHouse),
        "{r:?}"
    );
    // An abbreviated prosecutor, a training's subject line, a lawyer's advice.
    let text = format!("{INVITER}Autorisation du PR du 3/02 (art. 458ter).");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(false))]
    );
    let text = "Objet : [Invitation] Matinée d'étude « Concertation de cas (art. 458ter) » — jeudi 10 septembre 2026\n\nMadame, Monsieur,\n\nNous avons le plaisir de vous inviter à notre matinée consacrée à la concertation de cas, le jeudi 10 septembre 2026 à 8 h 45, auditorium du Campus.";
    assert!(!convocation(text));
    let text = "Dear Mr W.,\n\nThank you for forwarding the letter you received from the Family Justice Centre. The Centre is organising a case consultation under Article 458ter on 15 April. You are not obliged to do anything.\n\nKind regards,\nE. B., Advocate";
    assert!(!convocation(text));
}

#[test]
fn time_certainty_and_conditions_of_the_thirteenth_round() {
    // Not (yet) a convocation: a save-the-date, a postponement with a date still to fix, a
    // project awaiting the prosecutor's authorization.
    for text in [
        "SAVE THE DATE\n\nTuesday 8 June 2027 - 13:30\nCase consultation - Justice House\n\nDear partner,\n\nPlease keep the afternoon free. Please note that this is NOT yet the invitation: we are still waiting for the Crown Prosecutor's reasoned authorisation under Article 458ter.",
        "Objet : Concertation de cas du 22 avril - REPORTÉE (nouvelle date à fixer)\n\nBonjour à tous,\n\nLa concertation de cas prévue le jeudi 22 avril à 14 h (art. 458ter) est reportée. Une nouvelle convocation vous sera adressée dès que possible. Merci de libérer la plage du 22 avril.",
        "Madame, Monsieur,\n\nNous avons demandé au procureur du Roi une autorisation motivée au sens de l'article 458ter. Dès réception de sa décision, vous recevrez soit une\nconvocation en bonne et due forme, soit un courrier vous informant du refus.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // Minutes that serve as the convocation to the next meeting, and a new date heading.
    let text = "COMPTE RENDU DE LA CONCERTATION DE CAS DU 9 SEPTEMBRE 2026\n\nPrésents\n- M. K. L., substitut du procureur du Roi\n- Mme N. O., zone de police\n\nExcusée : Mme A. J.\n\n4. Prochaine concertation\nLa prochaine concertation (art. 458ter) aura lieu le mardi 13 octobre 2026 à 10 h, salle du conseil du CPAS. Le présent compte rendu tient lieu de convocation pour l'ensemble des participants ci-dessus.";
    let report = checked(text);
    assert!(report.is_convocation);
    assert!(roles(text).contains(&Role::Prosecution));
    let text = "Objet : REPORT de la séance de la CSIL-R\n\nMadame,\n\nLa séance de la CSIL-R (concertation de cas, art. 458ter) fixée au jeudi 12 mars 2026 est REPORTÉE.\n\n1. NOUVELLE DATE, HEURE ET LIEU\n\nJeudi 19 mars 2026 à 14 h, hôtel de ville, salle du Collège.";
    assert!(convocation(text));
    // The slots of a poll are not the meeting's date.
    let text = format!("{INVITE}The date is not fixed yet. Please tick the slots that suit you by Monday 20 April 2026. Options: Tue 28 April (14:00),\nThu 30 April (09:00) or Tue 5 May (14:00). It will take place on Microsoft Teams.");
    assert_eq!(checked(&text).modalities.meeting.date, None);
    // A list after "Convened:"; a group described beside a list is the list's.
    let text = format!("{INVITE}\n\nConvened: the Mayor (chair); the chief of police of the zone; the Youth Aid Service (SAJ).");
    assert!(roles(&text).contains(&Role::YouthAid));
    let text = format!("{INVITE}We would like to bring together the professionals involved with E.V. and her family.\n\nThe following will take part:\n• Dr I. L., child psychiatrist;\n• yourself, on behalf of the CLB.");
    assert!(!checked(&text).participants.open_ended);
    // A debt among the aims; a mother's missed appointments are not truancy.
    let text = format!("{INVITE}Its aims are (a) to protect the child and (b) to agree on how the outstanding after-school childcare fees owed by the family can be recovered.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = format!("{INVITER}Plusieurs éléments (marques au visage, absences répétées de la maman aux rendez-vous) nous font craindre pour son intégrité physique.");
    assert!(!categories(&text).contains(&PurposeCategory::NotPermitted));
    // A duty to disclose set as a condition, and the addressee counted in « outre vous-même ».
    let text = format!("{INVITER}Votre présence n'est pas requise. Si vous participez, vous devrez en revanche nous communiquer l'ensemble des informations dont vous disposez.");
    assert!(kinds(&text).contains(&StatementKind::DisclosureMandatory));
    let text = format!("{INVITER}Participants. Outre vous-même : le substitut du procureur du Roi et l'inspectrice de la police locale.");
    assert!(roles(&text).contains(&Role::Police));
    // A form that invites, with no meeting set yet.
    let text = "INVITATION FORM – CASE CONSULTATION (Art. 458ter Criminal Code)\n\nADDRESSEE\nName ....... Ms K. J.\n\nLEGAL BASIS\n[x] Law of 30 July 2018\n\nPRACTICAL ARRANGEMENTS\nPractical details will be communicated in due course.";
    assert!(convocation(text));
}

#[test]
fn texts_about_consultations_and_health_senders_of_the_fourteenth_round() {
    // Texts about convocations, a witness hearing, a complaint, a meeting resting on the
    // patient's consent: no convocation.
    for text in [
        "INTERNAL AUDIT DEPARTMENT\nAudit report IA-2026-07\n\nFINDING 3 - Convocation letters for case consultations (Article 458ter).\n\nExcerpt from a letter, as sent:\n   \"You are invited to a case consultation on Thursday 23 April 2026 at 14:00 in meeting room B.\"\n\nManagement response: agreed.",
        "CHRONIQUE DE JURISPRUDENCE\n\nMots-clés : secret professionnel — concertation de cas — art. 458ter\n\nLa réunion avait été convoquée par courriel. Le tribunal rappelle que l'article 458ter n'écarte l'infraction que lorsque la concertation est organisée par ou en vertu d'une loi. L'affaire sera plaidée le 22 avril 2027.",
        "Subject: Request for a hearing - file 27/0991\n\nDear Dr W.,\n\nMr H.'s situation was discussed at a case consultation under Article 458ter last month. Independently of it, the investigating officer would like to hear you as a witness. We suggest a hearing at our premises on Tuesday 23 March 2027 at 9.00 am.\n\nCould you kindly confirm?",
        "TO THE HEADMASTER\n\nI JUST FOUND OUT THAT THERE WAS A \"CASE CONSULTATION\" ABOUT MY SON LAST WEEK UNDER ARTICLE 458TER. NOBODY TOLD ME!!! I WANT A MEETING WITH YOU, I CAN COME WEDNESDAY AFTER 4PM. IF I DON'T HEAR FROM YOU I WILL CALL MY LAWYER.",
        "Dear colleagues,\n\nBefore Mr L.S. goes home, I am organising a network meeting on Tuesday 13 October 2026, 14:00, family room. Mr L.S. has signed a written consent for us to discuss his treatment with each of you; anything else stays covered by professional secrecy.\n\nCould you let me know whether you can make it?",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A notice to participants convenes; the date spelled out after a weekday that ends
    // the line before.
    let text = "SAFEGUARDING MEETING – NOTICE TO PARTICIPANTS\n\nMeeting:   Tuesday 22 September 2026, 09:00\nLocation:  Veilig Huis, room 2\n\nThis is a case consultation (casusoverleg) under Article 458ter of the Criminal Code.\n\nInvited:\n- the local police zone\n- the CLB";
    assert!(convocation(text));
    let text = "Madame,\n\nBerchem, le 2 mars 2027\n\nJ'ai l'honneur de vous inviter à la concertation de cas (art. 458ter) qui se tiendra le lundi\nquinze mars deux mille vingt-sept, à 14 h 30, en la salle du Collège.";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2027-03-15")
    );
    // Addressees listed inline; "toute autre personne que les partenaires jugeraient utile".
    let text = format!("*Sent 19 May 2026 to: the social worker of the CPAS, the pupil support counsellor of the school and the youth aid service (SAJ).*\n\n{INVITE}");
    assert!(roles(&text).contains(&Role::SocialServices));
    let text = format!("{INVITER}Seront invités :\n  - le SAJ ;\n  - ainsi que toute autre personne que les partenaires jugeraient utile d'associer.");
    assert!(checked(&text).participants.open_ended);
    // Residence status to be checked, a misspelt prosecutor, a bare "no obligation".
    let text = format!("{INVITER}La concertation a pour objet de protéger l'enfant et la vérification de la situation de séjour des personnes suivies, en lien avec l'Office des étrangers.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text =
        format!("{INVITER}On a enfin reçu l'autorisation motivée du proccureur du Roi (28/09).");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let text =
        format!("{INVITE}You would be the justice house rep if ok for you, no obligation ofc.");
    assert!(kinds(&text).contains(&StatementKind::ParticipationOptional));
}

#[test]
fn near_misses_of_the_fourteenth_rounds_cues() {
    // Convocations that mention a court's finding, thanks in advance, the options of
    // another meeting's poll, or the words "every three months" still convene, with their
    // date.
    for text in [
        "Dear colleagues,\n\nWe invite you to a case consultation (art. 458ter) on 3 March 2027 at 14:00, room 2. The youth court found last month that the children must stay with their grandmother.",
        "Madame,\n\nNous vous invitons à une concertation de cas (art. 458ter) le 3 mars 2027 à 14 h, salle 2. Le tribunal de la jeunesse estime que l'enfant doit rester placé. Nous faisons le point tous les trois mois.",
        "Dear colleagues,\n\nThank you in advance for taking part. We invite you to a case consultation (art. 458ter) on 3 March 2027 at 14:00, room 2.",
        "Dear colleagues,\n\nThe network meeting's poll is closed (options: 17 or 24 February).\n\nWe invite you to a case consultation (art. 458ter) on 3 March 2027 at 14:00, room 2.",
    ] {
        let report = checked(text);
        assert!(report.is_convocation, "{text}");
        assert_eq!(report.modalities.meeting.date.as_deref(), Some("2027-03-03"), "{text}");
    }
    // A label line that ends on a date and a time is no chat stamp, even under a first line
    // that names a message.
    let text = "Message received from the network\nDate : mardi 3 mars 2026 14:00\n\nBonjour, nous vous invitons à la concertation de cas (art. 458ter) à la maison communale.";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2026-03-03")
    );
    // "tous les trois mois" names no group of addressees and the sender (the addressees
    // alone are the participants, read from the "À :" line).
    let text = "De : CPAS <a@cpas.example.be>\nÀ : Dr X <x@clinic.example>; école <e@ecole.example.be>\n\nMadame,\n\nNous vous invitons à une concertation de cas (art. 458ter) le 3 mars 2027 à 14 h, salle 2. Nous faisons le point tous les trois mois.";
    assert_eq!(roles(text), vec![Role::Education, Role::Health]);
}

#[test]
fn senders_bases_and_lists_of_the_fifteenth_round() {
    // Convened without an invitation verb: "we're holding", a form's "NOTICE OF CASE
    // CONSULTATION", a request to take part written as "I am writing to ask whether".
    for text in [
        "Hi all,\n\nAs you know, we're holding a case consultation under Article 458ter so that everyone who works with him can put what they know on the table.\n\nWhen: Monday 7 September 2026, 6:00 pm (before evening training)\nWhere: clubhouse, first-floor meeting room",
        "CITY OF STEENHOVE — LOCAL INTEGRATED SECURITY CELL (LIVC-R)\nNOTICE OF CASE CONSULTATION        Form LIVC-R/02\n\nLEGAL FRAMEWORK\n[x] Act of 30 July 2018\n\nMEETING\nDay / date ........... Thursday 5 November 2026\nLocation ............. Room \"De Schelde\", City Hall",
        "Dear Dr Brennan,\n\nI am writing to ask whether you would be willing to take part in a case consultation concerning your patient T.V. The consultation is held under Article 458ter of the Belgian Criminal Code. Your participation is entirely voluntary.",
    ] {
        assert!(convocation(text), "{text}");
    }
    // Not convocations: a newsletter's question "What about you, as a parent?", a training's
    // own page, a debt-mediation meeting with creditors, a volunteer asking questions
    // before anyone invited him, an FAQ quoting an invitation someone received.
    for text in [
        "# Harbour Families — Autumn Newsletter\n\n## Invited to a \"case consultation\"? What Belgian law says\n\nThe rule is Article 458ter of the Criminal Code. Participation is voluntary.\n\n**What about you, as a parent?** Whether you are told about the consultation depends on the framework.\n\n## Info evening — Thursday 24 September 2026, 19:30\n\nVenue: drop-in centre, Rue des Bouleaux 18, 1040 Etterbeek. Please register at events@example.org.",
        "MANDATORY SAFEGUARDING WORKSHOP – \"Secrecy, reporting and case consultations\"\n\nEvery staff member must attend one of the two sessions below.\n\nSession A: Tuesday 10 November 2026, 19:00–21:30, clubhouse\n\nProgramme\n 1. Case consultations under Article 458ter: why your participation is always voluntary.\n\nTrainer: Maître N. V.\n\nPlease register through the portal by 30 October.",
        "Madame, Monsieur,\n\nObjet : invitation à une réunion de concertation avec vos créanciers\n\nDeux d'entre eux ont accepté de participer à une réunion de concertation pour discuter de l'échelonnement de vos dettes et d'un plan de paiement amiable.\n\nDate : mardi 30 juin 2026, à 9 h 30\nLieu : nos bureaux, avenue Reine Astrid 31\n\nNos médiateurs sont tenus au secret professionnel.",
        "Hi Sandrine,\n\nNoah's teacher says the school is going to have a \"case consultation\" about Noah under article 458ter. Nobody has actually invited me to anything yet. Could we have a quick chat about it? I'm at the clubhouse Thursday from 18:00.",
        "## FAQ\n\n**\"I received an invitation to a LIVC-R. Do I have to go?\"**\nNo. Case consultations under art. 458ter rest on a law or a reasoned authorisation. Participation is voluntary.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // Participants: "Who'll be there:", a table under "Composition de la concertation du 17
    // mars :", a "cc :" list under the signature when nothing else names anyone.
    let text = format!("{INVITE}Who'll be there:\n- Inspector M. J., youth & family unit, local police\n- Ms F. K., youth aid worker from the SAJ");
    assert_eq!(roles(&text), vec![Role::Police, Role::YouthAid]);
    let text = format!("{INVITER}\n\nComposition de la concertation du 17 mars :\n\n  Fonction / service | Personne | Rôle\n  Bourgmestre de Hautrive | M. L. D. | présidence\n  Service de l'aide à la jeunesse (SAJ) | Mme C. B. | invitée");
    assert_eq!(roles(&text), vec![Role::Municipality, Role::YouthAid]);
    let text = format!("{INVITER}La réunion se tient sur Microsoft Teams.\n\nCommissaire É. V. R.\n\ncc : Parquet d'Ostremont – section jeunesse (M. B. L., substitut)\n     Service de santé mentale L'Escale – Mme L. H., psychologue\n     CPAS d'Ostremont – service jeunesse");
    assert_eq!(
        roles(&text),
        vec![Role::Health, Role::Prosecution, Role::SocialServices]
    );
    // Bases: the United College's order, an authorization applied for and not yet
    // received, a prosecutor named before "nous a délivré … une autorisation motivée".
    let text = format!("{INVITE}It is held under the Order of the United College of the Common Community Commission of 3 July 2025 on multidisciplinary case consultations in home care.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ImplementingAct, None)]
    );
    let text = format!("{INVITE}An application for a reasoned authorisation of the Public Prosecutor was sent to the Brussels Public Prosecutor's Office on 2 March 2026. We have not received it yet.");
    assert!(instruments(&text).is_empty());
    let text = format!("{INVITER}Le procureur du Roi du Hainaut (division Mons) nous a délivré à cette fin une autorisation motivée le 28 avril.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    // Purposes: residence permits checked for the Immigration Office; a mental health
    // service named is no aim.
    let text = format!("{INVITE}Purpose of the consultation: to check whether the residence permits of the family members are still valid and to agree how the Immigration Office will be informed.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = format!("{INVITER}Le but est de prévenir des infractions terroristes. Sont attendus : le CPAS et le service de santé mentale.");
    assert_eq!(categories(&text), vec![PurposeCategory::Terrorism]);
    // Modalities: "se réunit mardi prochain 19 mai", an address block after "à l'adresse
    // suivante :".
    let text = "Objet : RAPPEL – concertation du 19 mai\nEnvoyé : mercredi 13 mai 2026 16:05\n\nBonjour à toutes et tous,\n\nPetit rappel : la cellule de sécurité intégrale locale (loi du 30 juillet 2018) se réunit mardi prochain 19 mai dans l'après-midi, salle Magritte, Maison communale.";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-05-19")
    );
    assert!(report.modalities.meeting.place.is_some());
    let text = format!("{INVITER}La réunion aura lieu le jeudi 9 avril 2026 à 14h, à l'adresse suivante :\n\n      Maison de la Solidarité\n      Salle 2 (rez-de-chaussée)\n      chaussée de Nivelles 210\n      1490 Brainval\n\nChaque participant est tenu au secret.");
    assert!(checked(&text).modalities.meeting.place.is_some());
}

#[test]
fn near_misses_of_the_fifteenth_rounds_cues() {
    // "and you, as the school's nurse" still counts the addressee in; an authorization
    // requested and then granted is the basis; a training named in brackets beside a
    // consultation does not unmake it; "I am writing to ask for your advice" is a question.
    let text = "Dear colleagues,\n\nThe case consultation (art. 458ter) will take place on 3 March 2027 at 14:00, room 2, with the CPAS, the police and you, as the school's nurse.";
    assert!(convocation(text));
    let text = format!("{INVITE}Following our request, the Crown Prosecutor granted a reasoned authorisation on 2 March 2026.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let text = "Dear colleagues,\n\nWe invite you to a case consultation (art. 458ter) on 3 March 2027 at 14:00 (right after the half-day seminar), room 2.";
    assert!(convocation(text));
    let text = "Dear Ms L.,\n\nI am writing to ask for your advice: a school has invited me to a case consultation under art. 458ter next Thursday at 10:00. Must I go?";
    assert!(!convocation(text));
    // A "Cc:" line of e-mail addresses names no service, and a single copy is no list.
    let text = "From: CPAS <a@cpas.example.be>\nTo: x@police-zone.example.be; y@school.example.be\n\nDear colleagues,\n\nWe invite you to a case consultation (art. 458ter) on 3 March 2027 at 14:00, room 2.";
    assert!(roles(text).is_empty());
    let text = format!(
        "{INVITER}La réunion aura lieu le 3 mars 2027 à 14 h, salle 2.\n\nCopie : Parquet de Namur"
    );
    assert!(roles(&text).is_empty());
    // A service of mental health in a purpose sentence is no aim; her mental health is.
    let text = format!("{INVITER}Le but est de protéger sa santé mentale.");
    assert!(categories(&text).contains(&PurposeCategory::Integrity));
}

#[test]
fn bilingual_letters_and_others_of_the_sixteenth_round() {
    // A letter followed by its translation is in the language of its first version.
    let fr = "Madame,\n\nNous vous invitons à une concertation de cas au sens de l'article 458ter du Code pénal, organisée par la cellule de sécurité intégrale locale. Les participants sont tenus au secret. Votre participation n'est pas obligatoire et vous restez libre de ce que vous partagez.\n\n";
    let en = "Dear Madam,\n\nWe invite you to a case consultation within the meaning of Article 458ter of the Criminal Code, organised by the local integrated security cell. The participants are bound to secrecy. Your participation is not compulsory and you are free to decide what you share.\n\n";
    assert_eq!(
        checked(&format!("{fr}{en}")).language,
        convocheck::Language::Fr
    );
    assert_eq!(
        checked(&format!("{en}{fr}")).language,
        convocheck::Language::En
    );
    // Convened: a "Casusoverleg invitation" title, a note titled "Invitation – concertation
    // de cas" even when it calls itself an internal note.
    let text = "# Family Justice Center Brussel-Zuid — Casusoverleg invitation\n\nThis casusoverleg is organised under Article 458ter of the Criminal Code.\n\n- Date: Tuesday 17 November 2026\n- Time: 13:30";
    assert!(convocation(text));
    let text = "**Invitation – concertation de cas pluridisciplinaire**\n*Note interne transmise par courriel le 1er mars 2027*\n\nRéunion : jeudi 18 mars 2027, 8 h 45, en visioconférence (Microsoft Teams).\n\nElle est organisée en application de l'article 458ter du Code pénal.";
    assert!(convocation(text));
    // Not convened: a steering committee that says it is not a casusoverleg, a training
    // morning with its programme and registration, an embassy's questions, a prosecutor's
    // standing authorization whose invitations will follow.
    for text in [
        "Veilig Huis — Stuurgroep (steering committee)\n\nDate: Thursday 18 March 2027, 09:30\nLocation: zaal Arenberg\n\nPlease note: the stuurgroep is a policy body; it is not a casusoverleg within the meaning of Article 458ter of the Criminal Code.",
        "Matinée de formation : « Secret professionnel et concertation de cas »\n\nProgramme :\n9 h 15 Le secret professionnel (art. 458 C. pén.)\n11 h 15 Atelier : lire une convocation\n\nDate : jeudi 19 novembre 2026, de 9 h à 12 h 30\nLieu : Maison des associations (salle Verte)\nInscription : avant le 10 novembre – places limitées à 30",
        "Dear Mr Claes,\n\nMs A.K. told us that a \"case consultation\" about her family is planned for Thursday 26 November 2026 at the Veilig Huis, under Article 458ter of the Belgian Criminal Code.\n\nIn that context, may I kindly ask:\n\n1. whether a representative of the Embassy could attend the consultation;\n2. to whom we should address any further correspondence.",
        "Dear partners,\n\nBy a reasoned decision of today's date, I have authorised the \"Safe at Home\" chain to organise case consultations within the meaning of Article 458ter of the Criminal Code. It sets out how consultations are convened, chaired and minuted. The coordinator will send individual invitations for each consultation. No consultation has been scheduled yet.\n\nYours faithfully,",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // Participants under "* Members:" and "Qui y participe ?"; a reasoned authorisation
    // set off by dashes; a town hall named in Dutch.
    let text = format!("{INVITE}\n\n  * Members: the Mayor (chair); the Chief of the local police; a social worker of the PCSW; and yourself.");
    assert!(roles(&text).contains(&Role::Police));
    let text = format!("{INVITER}\n\nQui y participe ?\n  - un substitut du procureur du Roi ;\n  - l'inspectrice de quartier de la zone de police.");
    assert_eq!(roles(&text), vec![Role::Police, Role::Prosecution]);
    let text = format!("{INVITE}It rests on the met redenen omklede toestemming — the reasoned authorisation — granted by the procureur des Konings of Brussels on 2 March 2026.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let text = format!("{INVITE}\n\nDate and place: Thursday 10 September 2026 at 14:00, Gemeentehuis, Raadzaal (ground floor).");
    assert!(checked(&text).modalities.meeting.place.is_some());
    // The mayor who chairs the standing cell is no modality of this meeting.
    let text = "Madame la Directrice,\n\nConformément à la loi du 30 juillet 2018, j'ai l'honneur de solliciter votre participation à la prochaine concertation de cas de la cellule de sécurité intégrale locale (art. 458ter du Code pénal).\n\nLa cellule réunit, outre le Bourgmestre qui la préside, le chef de corps de la zone de police et la fonctionnaire de prévention.\n\nLes informations pratiques vous seront transmises ultérieurement.";
    assert!(checked(text).modalities.items.is_empty());
}

#[test]
fn near_misses_of_the_sixteenth_rounds_cues() {
    // A French letter quoting one English sentence stays French; the chair of a meeting
    // of the cell is a modality; a consultation "scheduled" without a negation organizes.
    let text = format!("{INVITER}Le CAW nous écrit : \"we will attend\". Les participants sont tenus au secret et la participation n'est pas obligatoire.");
    assert_eq!(checked(&text).language, convocheck::Language::Fr);
    let text = format!("{INVITER}La concertation de la cellule sera présidée par le bourgmestre.");
    assert!(item(&text, ModalityKind::Chair).is_some());
    let text = "Dear colleagues,\n\nA case consultation (art. 458ter) has been scheduled for 3 March 2027 at 14:00 in room 2, with the CPAS and the police.";
    assert!(convocation(text));
    // "Members" of a standing cell listed under a bullet are its participants; an
    // invitation to "the" case consultation with a title still convenes.
    let text = "Dear Dr V.,\n\nThis is a reminder of the case consultation of the LISC-R (Act of 30 July 2018, art. 458ter).\n\n  * Venue: Town Hall, room 3.02\n  * Members: the Mayor (chair); the Chief of the local police; and yourself.";
    assert!(convocation(text));
    assert!(roles(text).contains(&Role::Municipality));
}

#[test]
fn everyday_senders_crime_and_conversions_of_the_seventeenth_round() {
    // Convened: a form titled "CASE CONSULTATION - INVITATION", a prosecutor's note that
    // asks to "confirm attendance".
    let text = "SAFEGUARDING FORM SG-4 : CASE CONSULTATION - INVITATION\n\nGrounds: [x] Club Safeguarding Protocol (v3), section 7\n\nDATE / TIME / PLACE\n   Wednesday 22 April 2026, 18:00 - 19:30\n   Club office, 1st floor\n\nAttendance is COMPULSORY for all persons listed. Everything shared at the meeting (professional secrecy) is confidential.";
    assert!(convocation(text));
    let text = "# Case consultation: labour exploitation\n\n| **Date** | Tuesday 8 September 2026 |\n| **Time** | 13:30 |\n\nThis meeting is a case consultation under Article 458ter of the Criminal Code.\n\n*Please confirm attendance to the THB desk by 3 September.*";
    assert!(convocation(text));
    // Not convened: a club's board meeting with 458ter on its agenda, an ombudsman's reply
    // to a complaint, a neighbourhood task force that will not discuss individual people,
    // an information briefing about no individual case.
    for text in [
        "CONVOCATION – RÉUNION EXTRAORDINAIRE DU CONSEIL D'ADMINISTRATION\n\nChers administrateurs,\n\nVous êtes convoqués à une réunion extraordinaire du conseil d'administration le jeudi 22 octobre 2026 à 20 h, à la buvette du club.\n\nOrdre du jour :\n3. Exposé sur le secret professionnel, l'article 458ter du Code pénal et les « concertations de cas ».",
        "Your complaint of 16 March 2026\n\nDear Mr A.,\n\nThank you for your letter, in which you complain that Dr L. took part in a \"case consultation\" on 3 March 2026. Article 458ter allows this only in certain cases. I can propose a meeting on Monday 20 April 2026 at 11:00 in my office.",
        "Dear partners,\n\nThe Mayor is convening the Task Force Marlowe Square on Tuesday 16 June 2026, 18:00, at the community centre.\n\nPlease note: we will not discuss individual young people or families, and partners should not share information covered by professional secrecy. A separate case consultation (Art. 458ter) may be organised.",
        "Dear colleagues,\n\nThe Federal Judicial Police invites you to a half-day information briefing for the partners of the LISC-R.\n\n  Date: Tuesday 15 December 2026, 09:00\n  Venue: Police Training Centre, auditorium\n\nThis is a general information session. No individual case or personal data will be discussed (Article 458ter).",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // Participants: "entre le CPAS, le SSM et moi", "Nous avons pensé à inviter :" with
    // "toute autre personne que vous jugeriez utile", a form's "[SECTION 4 – PARTICIPANTS]".
    let text = format!("{INVITER}On se marche un peu dessus entre le CPAS, le SSM et moi.");
    assert_eq!(roles(&text), vec![Role::Health, Role::SocialServices]);
    let text = format!("{INVITER}\n\nNous avons pensé à inviter :\n- Madame N. B., assistante sociale au CPAS ;\n- le Docteur X. P., médecin traitant ;\nainsi que toute autre personne que vous jugeriez utile d'amener avec vous.");
    let report = checked(&text);
    assert!(report.participants.open_ended);
    assert!(roles(&text).contains(&Role::SocialServices));
    let text = format!("{INVITER}\n\n[SECTION 4 – PARTICIPANTS]\n  ☒ Parquet – substitut de la section famille-jeunesse\n  ☒ CPAS – service social\n  ☐ Maison de justice");
    assert_eq!(roles(&text), vec![Role::Prosecution, Role::SocialServices]);
    // Modalities: a protocol's date across a line break is not the meeting's; a town hall
    // at the head of an address line; "à mon cabinet"; a form's ticked "Non" for video.
    let text = format!("{INVITER}Elle repose sur le protocole d'accord\nconclu le 15 octobre 2019 entre la commune et le CPAS.\n\nLa réunion aura lieu à la maison communale. La date vous sera communiquée.");
    assert_eq!(checked(&text).modalities.meeting.date, None);
    let text = format!("{INVITE}The meeting is maintained on:\n\n      Thursday 22 April 2027 at 8.30 a.m.\n      Town Hall, Council Chamber (ground floor)\n");
    assert!(checked(&text).modalities.meeting.place.is_some());
    let text = format!("{INVITER}Mardi 14/04/2026 à 12h30 à mon cabinet, ça vous va ?");
    assert_eq!(
        checked(&text).modalities.meeting.place.map(|p| p.text),
        Some("mon cabinet".to_owned())
    );
    let text = format!(
        "{INVITER}\n\nLieu : Maison des associations, salle B\nVisioconférence : ☐ Oui  ☒ Non"
    );
    assert!(!checked(&text).modalities.meeting.remote);
    // An unticked aim that runs on to the next line is no aim.
    let text = format!("{INVITER}\n\n[FINALITÉ]\n  ☒ Protection de l'intégrité physique ou psychique de la personne\n  ☐ Prévention d'infractions commises dans le cadre d'une organisation\n    criminelle (art. 324bis C. pén.)");
    assert!(!categories(&text).contains(&PurposeCategory::CriminalOrganization));
}

#[test]
fn near_misses_of_the_seventeenth_rounds_cues() {
    // A meeting of the board named in passing does not unmake a convocation that names the
    // consultation more often; a mediation meeting to come is no event; a law "du" a date
    // in the line above the meeting's date leaves the meeting's date alone.
    let text = "Madame,\n\nNous vous invitons à une concertation de cas (art. 458ter) le 3 mars 2027 à 14 h, salle 2. La concertation de cas est organisée par la cellule; la concertation de cas suivra la réunion du conseil d'administration du CPAS.";
    assert!(convocation(text));
    let text = "Madame,\n\nNous vous proposons une concertation de cas (art. 458ter) le 3 mars 2027 à 14 h, salle 2, afin de préparer la rencontre de médiation que nous souhaitons organiser à la rentrée.";
    assert!(convocation(text));
    let text = "Madame,\n\nNous vous invitons à une concertation de cas organisée en vertu de la loi du 30 juillet 2018.\nElle aura lieu le 3 mars 2027 à 14 h, salle 2.";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2027-03-03")
    );
    // Nor does a law that ends the line before "… de la CSIL-R du jeudi".
    let text = "Madame,\nEn application de la loi du 30 juillet 2018 portant création de cellules de sécurité\nintégrale locales, le bourgmestre vous invite à la réunion de la CSIL-R du jeudi\n14 mars 2025 à 14h30, à l'hôtel de ville (art. 458ter).";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2025-03-14")
    );
    // A ticked "Oui" for video is a remote means; a ticked box's text on the next line
    // still counts.
    let text = format!("{INVITER}\n\nLieu : salle B\nVisioconférence : ☒ Oui  ☐ Non");
    assert!(checked(&text).modalities.meeting.remote);
    let text = format!("{INVITER}\n\n[FINALITÉ]\n  ☒ Prévention d'infractions commises dans le cadre d'une organisation\n    criminelle (art. 324bis C. pén.)");
    assert!(categories(&text).contains(&PurposeCategory::CriminalOrganization));
}

#[test]
fn room_changes_and_subtle_errors_of_the_eighteenth_round() {
    // A notice that only moves a meeting convened before to another room is no
    // convocation; one that restates who takes part and what for still is.
    for text in [
        "Subject: [CHANGE OF ROOM] LISC-R case session of Thursday 15 October\n\nDear partners,\n\nThe case session of the LISC-R this Thursday 15 October 2026 at 10:00 will not take place in room 2.14.\n\nNew room: \"Salle du Conseil\", ground floor, Town Hall.\n\nNothing else changes: what the Mayor's invitation says about professional secrecy still applies.",
        "**CSIL-R — changement de salle**\n\nBonjour,\n\nLa réunion de la CSIL-R du jeudi 21 mai 2026 à 14 h, à laquelle vous avez été convoqué·e, ne se tiendra pas en salle du Collège.\n\nNouvelle salle : salle polyvalente, Maison de la Prévention.\n\nRien d'autre ne change.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    let text = "Subject: CASE CONSULTATION OF 24 NOVEMBER 2026 — CHANGE OF VENUE\n\nDear Mr H.,\n\nThe case consultation will not take place at the PCSW. NEW VENUE: Maison des Associations, room 2.\n\nIt is held in the framework of Article 458ter of the Criminal Code and aims to protect the physical and mental integrity of a 16-year-old girl.\n\nParticipants: the local police zone; the PCSW social worker; the Youth Aid Service; and yourself.";
    assert!(convocation(text));
    // Secrecy said as a duty to keep things secret; public order is no permitted aim; debts
    // named only as context of the aim are none; "mardi en huit".
    let text =
        format!("{INVITE}Participants must keep everything shared during the consultation secret.");
    assert!(kinds(&text).contains(&StatementKind::SecrecyReminder));
    let text = format!("{INVITER}\n\nLa concertation a pour finalités :\n 1. de prévenir des infractions terroristes ;\n 2. d'assurer le maintien de l'ordre public aux abords de l'athénée.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = format!("{INVITER}\n\nPourquoi ?\nExclusivement pour protéger l'intégrité physique de Mme D. Les difficultés financières du ménage (arriérés de loyer, menace d'expulsion, etc.) ne seront abordées que dans la mesure où elles aggravent le danger.");
    assert!(!categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = "Envoyé : mardi 10 mars 2026 09:12\n\nMadame,\n\nNous vous invitons à la concertation de cas de la CSIL-R (art. 458ter).\n\nQuand : mardi en huit, à 10h\nOù : salle du Collège";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2026-03-17")
    );
    // An authorization that takes the request's reasons into account is not said to be
    // reasoned.
    let text = format!("{INVITER}Elle est organisée moyennant l'autorisation du procureur du Roi de Namur du 9 février 2026, qui tient compte des motifs exposés dans la demande du réseau.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(false))]
    );
}

#[test]
fn near_misses_of_the_eighteenth_rounds_cues() {
    // Arrears that are the aim stay an aim not permitted; an authorization whose own
    // reasons are set out is reasoned; "Tuesday week" is the Tuesday of the next week.
    let text = format!("{INVITER}\n\nPourquoi ?\nPour obtenir le paiement des arriérés de loyer.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = format!("{INVITER}Elle est organisée moyennant l'autorisation du procureur du Roi de Namur du 9 février 2026, dont les motifs sont longuement exposés.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let text = "Sent: Monday 9 March 2026 09:12\n\nDear colleague,\n\nWe invite you to a case consultation (art. 458ter) on Tuesday week at 10:00, room 2.";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2026-03-17")
    );
}

#[test]
fn forms_threads_and_translations_of_the_nineteenth_round() {
    // A cancellation form ("Status …… CANCELLED", "New date …… N/A") convenes no one; a
    // legal memo whose subject speaks of invitations is guidance, however it ends; a
    // generic "An invitation to … is never an order" invites no one.
    for text in [
        "Subject: CANCELLED - case consultation 3 March 2027\n\nDear colleagues,\n\n  Meeting ............ Wednesday 3 March 2027, 09:30, Veilig Huis\n  Status ............. CANCELLED\n  New date ........... N/A - no new consultation is planned\n\nThe duty of secrecy about the previous consultation continues to apply.",
        "PCSW - INTERNAL MEMO\nTo:       all social workers\nRe:       Invitations to \"case consultations\" - what to check\n\nArt. 458ter only covers a consultation organised under a law. The Legal Unit holds an open hour every Tuesday, 14:00-15:00, room 0.12.",
        "Hi Amira,\n\n1. An invitation to a case consultation under Article 458ter is never an order. Nobody is obliged to attend.\n\nDon't confirm anything until we've seen their answer.",
        "Madame,\n\nJe ne participerai pas à la concertation de cas du 16 mars. Comme vous le soulignez vous-même, la participation est facultative ; je vous saurais gré de ne pas interpréter mon absence comme un refus de collaborer.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A form titled "CASE CONSULTATION - NOTICE OF MEETING" with a reference beside it.
    let text = "LISC-R\n\nCASE CONSULTATION - NOTICE OF MEETING            Form LISC-R/03\n\nSECTION 1 - LEGAL BASIS\n  Law of 30 July 2018 on local integrated security cells\n\nSECTION 3 - MEETING\n  Date/time ......... 02/09/2026, 15:00\n  Venue ............. Municipal Hall, room 2.14";
    assert!(convocation(text));
    // A field left unfilled states no modality; a place label whose value wraps onto the
    // next line to say it will be sent later names none.
    let text = format!("{INVITE}\n\n| Item | Details |\n|---|---|\n| Agenda | N/A |\n| Minutes | *à compléter* |\n| Chair | TBC |");
    for kind in [
        ModalityKind::Agenda,
        ModalityKind::Minutes,
        ModalityKind::Chair,
    ] {
        assert_eq!(item(&text, kind), None, "{kind:?}");
    }
    let text = format!("{INVITER}\n\n- Date : mardi 6 octobre 2026\n- Lieu : en raison des travaux, le lieu de la réunion vous sera\n  communiqué ultérieurement.");
    assert_eq!(checked(&text).modalities.meeting.place, None);
    let text = format!("{INVITER}\n\n- Date : mardi 6 octobre 2026\n- Lieu : *à compléter*");
    assert_eq!(checked(&text).modalities.meeting.place, None);
    // A poll's range of days is no meeting date.
    let text = format!("{INVITER}La date n'est pas encore arrêtée : le sondage propose plusieurs créneaux entre le 14 et le 25 septembre 2026.");
    assert_eq!(checked(&text).modalities.meeting.date, None);
    // A calendar invitation's "Location" field above its description.
    let text = "Invitation from Google Calendar\n\nCase consultation \"Anchor\"\n\nWhen\nTuesday 9 March 2027 ⋅ 15:00 – 16:30\n\nLocation\nPolice HQ Zone Escaut-Nord, Rue Pont-à-Rieu 27, room 3\n\nDescription\nDear partners,\n\nThis case consultation is held under Article 458ter of the Criminal Code.";
    assert_eq!(
        checked(text)
            .modalities
            .meeting
            .place
            .map(|p| p.text)
            .as_deref(),
        Some("Police HQ Zone Escaut-Nord, Rue Pont-à-Rieu 27, room 3")
    );
    // An authorization with its name in the other language in brackets, and the "Procureur
    // of the King" of a translation.
    for text in [
        format!("{INVITE}It rests on the reasoned authorization (autorisation motivee) of the Procureur of the King of Sarteville of 14 September 2026."),
        format!("{INVITE}It rests on the reasoned authorisation (met redenen omklede toestemming) of the Procureur des Konings of Westerdaal of 22 June 2026."),
        format!("{INVITER}Suite à l'autorisation motivée (met redenen omklede toestemming) du procureur du Roi de Leuwerval du 2 mars 2026."),
    ] {
        assert_eq!(
            instruments(&text),
            vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
            "{text}"
        );
    }
    let text =
        format!("{INVITE}Each participant stays free to appreciate which informations he shares.");
    assert!(kinds(&text).contains(&StatementKind::DisclosureOptional));
    // Participants listed "alongside" the addressee, and under « Participants convoqués : ».
    let text = format!("{INVITER}Nous invitons un représentant de l'école à y prendre part, aux côtés de :\n- M. le chef de corps de la zone de police ;\n- un conseiller du Service de l'aide à la jeunesse.");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    assert!(roles(&text).contains(&Role::YouthAid), "{text}");
    let text = format!("{INVITER}\n\nParticipants convoqués :\n\tM. P. Delhaye\t\tBourgmestre (président)\n\tCne V. Noël\t\tzone de police Wanfercée\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    // A short French mail is French.
    let text = "Concertation de cas (art. 458ter C. pén.) famille D. le 12/02/26 à 10h, commissariat de Herstalmont, salle 2.\nMerci de confirmer.";
    assert_eq!(checked(text).language, convocheck::Language::Fr);
}

#[test]
fn near_misses_of_the_nineteenth_rounds_cues() {
    // A subject that postpones with a new date convenes; a field with a value is a
    // modality; a place value on one line stays the place; a named date after a range's
    // end is still the meeting's; an invitation sent as "une invitation" in a sentence is
    // one.
    let text = "Subject: Case consultation postponed\n\nDear colleagues,\n\nThe case consultation (art. 458ter) is postponed.\n\n  New date ........... Tuesday 9 March 2027, 10:00, town hall, room 2\n\nPlease confirm your attendance.";
    assert!(convocation(text));
    let text =
        format!("{INVITE}\n\n| Item | Details |\n|---|---|\n| Agenda | the child's safety plan |");
    assert!(item(&text, ModalityKind::Agenda).is_some());
    let text = format!("{INVITER}\n\n- Date : mardi 6 octobre 2026\n- Lieu : Hôtel communal, salle des\n  mariages (rez-de-chaussée).");
    assert!(checked(&text).modalities.meeting.place.is_some());
    let text = format!(
        "{INVITER}Après le sondage, la concertation aura lieu le 25 septembre 2026 à 10 h."
    );
    assert_eq!(
        checked(&text).modalities.meeting.date.as_deref(),
        Some("2026-09-25")
    );
    let text = "Bonjour,\n\nVeuillez trouver ci-joint une invitation à la concertation de cas (art. 458ter) du 3 mars 2026 à 10 h, salle 2.";
    assert!(convocation(text));
    let text = format!("{INVITE}Each participant is free to decide whether to attend.");
    assert!(!kinds(&text).contains(&StatementKind::DisclosureOptional));
}

#[test]
fn notes_replies_and_formal_letters_of_the_twentieth_round() {
    // A letter to a pupil's parents, an automatic reply, a lawyer's analysis that quotes
    // the invitation, a bar council's opinion about lawyers who receive convocations.
    for text in [
        "ÉCOLE COMMUNALE DES GLYCINES\n\nAux parents de Noah V. (classe de 5e B)\n\nObjet : convocation — réunion de concertation au sujet des absences de Noah\n\nMadame, Monsieur,\n\nNous vous convions à une réunion de concertation le jeudi 3 décembre 2026 à 16 h 15, dans le bureau de la direction. Nous comptons sur votre présence.",
        "From: Dr P. V. <p.v@chr.example.be>\nTo: H. D. <prevention@marvennes.example.be>\nDate: Thu, 15 Oct 2026 07:02:11 +0200\nSubject: Automatic reply: URGENT - case consultation art. 458ter tomorrow 9:00\n\nThank you for your message.\n\nI am out of the office until Monday 26 October 2026. For requests concerning case consultations (art. 458ter), please write to my colleague.",
        "Bonjour Sarah,\n\nJe reprends les points de l'invitation que tu as reçue.\n\n3) « Nous comptons sur votre présence » et « chacun devra partager ce qu'il sait ». Rien ne t'oblige à participer à une concertation de cas (art. 458ter), et encore moins à parler.",
        "AVIS du Conseil de l'Ordre\n\n1. L'avocat qui reçoit une convocation à une concertation de cas (art. 458ter) n'est pas tenu d'y donner suite.\n\n4. Le secrétariat organisera le jeudi 11 mars 2027 à 12 h 30, à la bibliothèque du Palais de justice, une séance d'information.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A note titled as an invitation to someone "à l'attention de", and notes of the call
    // that convened their writer.
    for text in [
        "# Concertation de cas — M. T.\n\n*Note d'invitation — Réseau santé mentale*\n\nÀ l'attention de : **Dr A. W.**\n\n## Base\n\nAutorisation motivée du procureur du Roi de Haute-Lesse du 11 janvier 2027 (art. 458ter).\n\n- **Lieu** : salle de réunion du SSM, rue du Moulin 12\n- **Date** : *à fixer*",
        "## Note d'appel — jeu. 22/04/2027, 11h05\n\n- **Concertation de cas DEMAIN (ven.) 9h00** — SAJ, rue des Récollets 8, salle B\n- Présents : la conseillère du SAJ, police locale, et moi pour l'école.",
    ] {
        assert!(convocation(text), "{text}");
    }
    // A message's stamp on its second or third line is its date: "demain 14h", "this
    // Thursday at two p.m.".
    let text = "Messages — +32 470 00 00 09\nLun. 8 juin 2026 · 18:04\n\nBonsoir, on fait une concertation de cas demain 14h à la maison communale (salle 1).";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-06-09")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("14:00"));
    let text = "Visual Voicemail — transcription\nFrom: +32 400 00 00 18\nReceived: Mon 14 Sep 2026, 08:57\n\nHi, we're organising a case consultation under article 458ter. It's this Thursday at two p.m., at our offices, Rue des Tanneurs 14. Around the table there'll be the local police, the school and the CPAS.";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-09-17")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("14:00"));
    assert!(roles(text).contains(&Role::Police));
    // Statements: sharing one keeps back is not held against one; "évidemment pas
    // obligé"; "it's not optional".
    let text = format!("{INVITER}L'absence de partage ne pourra vous être reprochée.");
    assert!(kinds(&text).contains(&StatementKind::DisclosureOptional));
    let text = format!("{INVITER}Vous n'êtes évidemment pas obligé de venir.");
    assert!(kinds(&text).contains(&StatementKind::ParticipationOptional));
    let text = format!("{INVITE}He said I have to be there, it's not optional.");
    assert!(kinds(&text).contains(&StatementKind::ParticipationMandatory));
    // An aim said to be only context; a decree that "allows it to organise case
    // consultations" is the basis even after "recognised under".
    let text = format!("{INVITER}La séance a pour seule finalité de prévenir des infractions terroristes ; l'absentéisme n'y sera évoqué que comme élément de contexte.");
    assert!(!categories(&text).contains(&PurposeCategory::NotPermitted));
    let text = format!("{INVITE}The Centre was recognised under the Flemish Decree of 29 March 2024 on family justice centres, which allows it to organise case consultations.");
    assert_eq!(instruments(&text), vec![(InstrumentKind::Decree, None)]);
    // Participants: « Composition de la séance : », « aux côtés de : », « sont également
    // convoqués : », and a verb whose colon a hard wrap put on the next line.
    for text in [
        format!("{INVITER}\n\nComposition de la séance :\n  - le chef de corps de la ZP ;\n  - la conseillère du SAJ ;"),
        format!("{INVITER}Les partenaires en copie sont également convoqués : la ZP Sambre-et-Val et le SAJ de Charleroi."),
        format!("{INVITER}\n\nConformément à l'autorisation, prendront part à la concertation, à l'exclusion de toute\nautre personne :\n  – l'inspecteur principal de la zone de police ;\n  – la déléguée du SAJ ;"),
    ] {
        assert!(roles(&text).contains(&Role::YouthAid), "{text}");
    }
    // Places: « pas de salle physique » is none; a place label that says later is not read
    // again as a phrase; a place line under the date that runs on into prose.
    let text = format!("{INVITER}\n\nQuand : mardi 16 mars 2027, 14h00\nComment : Microsoft Teams (pas de salle physique)");
    assert_eq!(checked(&text).modalities.meeting.place, None);
    let text = format!("{INVITER}\n\nQuand : jeudi 15 octobre 2026, 13 h 30.\nOù : le lieu exact (dans les locaux d'un des partenaires) vous sera confirmé ultérieurement.");
    assert_eq!(checked(&text).modalities.meeting.place, None);
    let text = format!("{INVITE}\n\nThursday 24 September 2026, 15:30\nPolice station Saint-Aubert, conference room, 3rd floor, Rue de la Senne 112, 1000 Brussels\nThe first names of the youngsters concerned are in the attached list.");
    assert!(checked(&text).modalities.meeting.place.is_some());
    // A poll over "the weeks of 22 and 29 March" sets no date.
    let text = format!("{INVITE}\n\n- **Date:** still to be fixed — please give your availability for the weeks of 22 and 29 March 2027.");
    assert_eq!(checked(&text).modalities.meeting.date, None);
}

#[test]
fn near_misses_of_the_twentieth_rounds_cues() {
    // "Copie : aux parents" is no letter to the parents; "aux parents de" far down a long
    // letter is a wrapped line; a reply that quotes no sentence still invites; a line that
    // ends a sentence before a label is cut there.
    let text = "Madame,\n\nNous vous invitons à la concertation de cas (art. 458ter) du 3 décembre 2026 à 10 h, salle 2, au sujet de Noah.\n\nCopie : aux parents de Noah";
    assert!(convocation(text));
    let text = format!("{INVITE}It's this Thursday 5 March 2026 at 10:00, room 2. You must be there by 9:45 if you come.");
    assert!(!kinds(&text).contains(&StatementKind::ParticipationMandatory));
    let text = "Messages — +32 470 00 00 09\n\nBonjour, concertation de cas (art. 458ter) le mardi 9 juin 2026 à 14h à la maison communale.";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2026-06-09")
    );
    let text = format!("{INVITER}\n\nPrendront part à la concertation :\n  – l'inspecteur de la zone de police.\nLieu : salle 2");
    assert!(roles(&text).contains(&Role::Police));
}

#[test]
fn a_body_an_instrument_set_up_and_call_notes_dated_in_their_title() {
    // The ordinance that set up the agency, in its footer, is no basis; the law that set up
    // the cell is one.
    let text = format!("{INVITE}\n\nKind regards,\n\nD. M.\n\nBAUP is a regional public-interest body set up by the Brussels-Capital Region ordinance of 4 April 2019 on urban prevention.");
    assert_eq!(instruments(&text), vec![]);
    let text = format!("{INVITE}The local integrated security cell established by the Law of 30 July 2018 will meet on 3 March 2027.");
    assert_eq!(instruments(&text), vec![(InstrumentKind::Law, None)]);
    // Notes of a call dated in their title: "tomorrow" is the day after.
    let text = "# Call notes — Tue 3 Nov 2026, 15:20\n\n**Caller:** Chief Insp. M., local police\n\n- **CSIL-R case consultation TOMORROW 8:30**, police HQ, Av. de la Gare 51, 3rd floor";
    let report = checked(text);
    assert!(report.is_convocation);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-11-04")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("08:30"));
    // A title that dates a meeting is not the letter's date.
    let text = "# Concertation de cas — 14 mars 2027, 10h\n\nMadame,\n\nNous vous invitons à cette concertation de cas (art. 458ter), salle 2.";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2027-03-14")
    );
}

#[test]
fn other_concertations_negations_and_series_of_the_twenty_first_round() {
    // Other concertations: an oncology RCP, a union consultation committee, a bar's practice
    // note with a webinar, a legal desk's answer, an availability poll before the
    // convocation.
    for text in [
        "# Convocation — Réunion de concertation pluridisciplinaire (RCP) d'oncologie digestive\n\n- **Date :** mardi 29 septembre 2026, 12 h 30\n- **Lieu :** salle Vésale\n\nChers collègues,\n\nVous êtes convoqué(e)s à la prochaine RCP. Les informations échangées en RCP sont couvertes par le secret professionnel.",
        "Aux membres du Comité de concertation de base\n– Délégations syndicales CGSP, CSC et SLFP\n\nObjet : Concertation sociale – convocation à la réunion du Comité de concertation de base\n\nMesdames, Messieurs,\n\nJ'ai l'honneur de vous convoquer à la réunion du Comité de concertation de base, le mardi 21 avril 2026 à 14 heures. Point 2 : une cellule « concertations de cas » (art. 458ter, CSIL-R).",
        "Subject: Practice note 2027/03 – invitations to \"case consultations\" (Art. 458ter CC)\n\nDear colleagues,\n\nThis note summarises the position of the Council. Attendance is never compulsory.\n\nLunch webinar: Tuesday 9 March 2027, 12:30–13:30, on Zoom.",
        "Permanence juridique des membres\nObjet : convocation à une « concertation de cas » — suis-je obligée d'y aller ?\n\n2. Réponse courte\n\nNon. L'article 458ter ne crée aucune obligation de participer.",
        "Objet : [Sondage] Date de la première concertation de cas (art. 458ter)\n\nBonjour,\n\nAvant d'envoyer la convocation, je cherche une date. Pourriez-vous indiquer vos disponibilités ?\n\n[ ] mardi 12 janvier, 14h-15h30\n\nLa convocation officielle, précisant la base et les participants, vous sera envoyée dès que la date sera arrêtée.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A platform that has taken up a family's situation for a case consultation convenes.
    let text = "Madame, Monsieur,\n\nLa plateforme, qui fonctionne sous l'autorisation motivée du procureur du Roi du 12 janvier 2026, a retenu la situation de la famille M. (La Roche) pour une concertation de cas au sens de l'article 458ter.\n\nY participeront la zone de police et le CPAS.\n\nLes modalités pratiques vous parviendront ultérieurement.";
    assert!(convocation(text));
    // Negations: a denied aim stays denied through "to prevent"; a double negation and a
    // required replacement make attendance mandatory.
    let text = format!("{INVITE}It is not a LISC-R meeting, and the consultation is not intended to prevent terrorist offences.");
    assert!(!categories(&text).contains(&PurposeCategory::Terrorism));
    for text in [
        format!("{INVITER}Il n'est pas envisageable que la maison de justice ne soit pas représentée à cette réunion."),
        format!("{INVITER}En cas d'empêchement, vous devez vous faire remplacer par un membre de votre équipe."),
        format!("{INVITE}If you cannot attend yourself, you must send a replacement from your service."),
        format!("{INVITE}Your attendance on the 19th is compulsory."),
    ] {
        assert!(kinds(&text).contains(&StatementKind::ParticipationMandatory), "{text}");
    }
    // A sign in brackets after the permitted aim is its context.
    let text = format!("{INVITER}Elle a pour seul objet de protéger l'intégrité physique de L., au vu des éléments préoccupants (marques répétées, absences non justifiées, propos de l'enfant).");
    assert!(!categories(&text).contains(&PurposeCategory::NotPermitted));
    // Dates: a dateline with other fields after it, a dateline in a column of a reference
    // line, a schedule's cancelled line and its new date.
    let text = "Soignies, le 10 mars 2026 · Réf. PED/SOC/26-031 · *Confidentiel*\n\nMadame,\n\nNous vous invitons à une concertation de cas (art. 458ter), salle 2.\n\n- **Date :** à fixer — merci de compléter le sondage avant le 20 mars.";
    assert_eq!(checked(text).modalities.meeting.date, None);
    let text = "Our ref.: VIF-S/CC/2026-118                               Sarthigny, 16 December 2026\n\nDear Mr C.,\n\nWe invite you to a case consultation (art. 458ter) on Wednesday 13 January at 9.30, room 3.";
    assert_eq!(
        checked(text).modalities.meeting.date.as_deref(),
        Some("2027-01-13")
    );
    let text = "Date: Thu, 5 Nov 2026 16:08\nSubject: CHANGE OF DATE - LISC-R case consultation\n\nDear Ms D.,\n\n  CANCELLED:  Thursday 12 November 2026, 10:00\n  NEW DATE:   Thursday 19 November 2026, 14u\n  PLACE:      Town hall, council room\n\nAround the table on the 19th:\n  - the chief of the local police;\n  - yourself.";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-11-19")
    );
    assert!(roles(text).contains(&Role::Police));
    // "Same people around the table as in September:".
    let text = format!("{INVITE}\n\nSame people around the table as in September: the justice assistant, the local police and the PMS centre.");
    assert!(roles(&text).contains(&Role::JusticeHouse), "{text}");
}

#[test]
fn near_misses_of_the_twenty_first_rounds_cues() {
    // A clinical "comité de concertation" of a mental-health network still convenes; a
    // permitted aim denied only inside its aim clause stays; a place-name dateline with a
    // separator but no comma is no dateline; an aim not permitted outside brackets stays.
    let text = "**Comité de concertation clinique — CONVOCATION**\n\nMadame,\n\nLes concertations de cas (art. 458ter) du comité se tiennent le mercredi 22 octobre 2025 à 9 h, salle Magritte. Merci de confirmer votre présence.";
    assert!(convocation(text));
    let text = format!(
        "{INVITE}It aims to protect the children so that they are no longer exposed to violence."
    );
    assert!(categories(&text).contains(&PurposeCategory::Integrity));
    let text = format!("{INVITER}Elle a pour objet de protéger l'intégrité physique de L. et de lutter contre les absences non justifiées.");
    assert!(categories(&text).contains(&PurposeCategory::NotPermitted));
    let text =
        format!("{INVITE}Attendance is not compulsory. If you come, you must be there by 9:45.");
    assert!(!kinds(&text).contains(&StatementKind::ParticipationMandatory));
}

#[test]
fn english_of_other_systems_in_the_twenty_first_round() {
    // An authorization whose French name is quoted in brackets; a staff member's own
    // return-to-work meeting is no case consultation.
    let text = format!("{INVITE}It is held on the basis of the reasoned authorisation (\"autorisation motivée\") given by the Public\nProsecutor (Procureur du Roi) of Walloon Brabant on 2 February 2026.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    let text = "Subject: Invitation - multidisciplinary return-to-work case meeting - 28 January\n\nDear Mr K.,\n\nWe would like to invite you to a multidisciplinary case meeting to prepare your return to work.\n\nDate: Thursday 28 January 2027, 11:00\nPlace: Medical Service, room 02.114\n\nYour medical data remain covered by medical confidentiality; support is available through our Employee Assistance Programme.";
    assert!(!convocation(text), "{text}");
}

#[test]
fn near_misses_of_the_sittings_read() {
    // Convocations that announce their sender's absence, attach "an invitation", use a
    // legal opinion or a note that sums up the arrangements: all still convocations.
    for text in [
        "Dear colleagues,\n\nWe invite you to a case consultation (art. 458ter) on 3 March 2027 at 10:00, room 2. I will be out of the office from 4 to 6 March; for questions, contact my colleague.",
        "Madame,\n\nNous vous invitons à la concertation de cas (art. 458ter) du 3 mars 2027 à 10 h, salle 2. Je serai absente du 4 au 6 mars ; en cas de question, contactez ma collègue.",
        "Madame,\n\nUne invitation à la concertation de cas (art. 458ter) du 3 mars 2027 à 10 h, salle 2, est jointe à ce courriel. Merci de confirmer votre présence.",
        "Madame,\n\nNous vous invitons à la concertation de cas (art. 458ter) du 3 mars 2027 à 10 h, salle 2. Réponse courte souhaitée avant le 25 février ; pour tout avis juridique, contactez notre juriste.",
        "Dear colleagues,\n\nWe invite you to a case consultation (art. 458ter) on 3 March 2027 at 10:00, room 2. This note summarises the practical arrangements.",
    ] {
        assert!(convocation(text), "{text}");
    }
    // A calendar field above the salutation is read only when it is a place label alone on
    // its line, not a letterhead line that ends in a place word.
    let text = "CPAS de Namur – Service social\nRue de Fer 10, lieu-dit Les Tanneries\n\nMadame,\n\nNous vous invitons à la concertation de cas (art. 458ter) du 3 mars 2027 à 10 h.";
    assert_eq!(checked(text).modalities.meeting.place, None);
}

#[test]
fn wordings_of_the_twenty_second_sitting() {
    use InstrumentKind as K;
    use StatementKind as S;
    // A cancellation told in the first person, its new invitation still to come: not a
    // convocation. Saying what would happen if the meeting had to be cancelled is one.
    let text = "Dear all,\n\nI have to cancel the case consultation (art. 458ter) about J. that I announced for 18 March at 9:30. I will send a new invitation once the prosecutor has decided; nothing is planned in the meantime.";
    assert!(!convocation(text), "{text}");
    let text = "Madame,\n\nJe dois annuler la concertation de cas (art. 458ter) du 18 mars à 9 h 30. Une nouvelle convocation vous sera adressée dès que possible.";
    assert!(!convocation(text), "{text}");
    let text = "Dear all,\n\nWe invite you to a case consultation (art. 458ter) on 18 March 2027 at 9:30, room 2. Should we have to cancel it, we will let you know by phone.";
    assert!(convocation(text), "{text}");
    // A professional order's opinion on an invitation convenes nobody.
    let text = "Chère Consœur,\n\nLe Bureau a examiné votre demande d'avis. Vous êtes invitée à participer, le 12 mai 2026, à une concertation de cas (article 458ter du Code pénal). Le Bureau émet l'avis suivant : votre participation n'est pas obligatoire.";
    assert!(!convocation(text), "{text}");
    let text = "Dear colleague,\n\nFurther to your request for an opinion, you are invited to a case consultation (art. 458ter) on 12 May 2026. The Board issues the following opinion: attendance is not compulsory.";
    assert!(!convocation(text), "{text}");
    // A substitute prosecutor's agreement given by phone is an authorization, not said to
    // be reasoned.
    let text = format!("{INVITER}Le substitut Wéry (parquet, section jeunesse) nous a donné ce matin par téléphone son accord pour cette concertation.");
    assert_eq!(
        instruments(&text),
        vec![(K::ProsecutorAuthorization, Some(false))]
    );
    // "Should not feel obliged": what to, says which freedom.
    let text = format!("{INVITER}Ceux qui ne peuvent pas venir ne doivent pas se sentir obligés, un petit mot suffit.");
    assert!(kinds(&text).contains(&S::ParticipationOptional), "{text}");
    let text = format!("{INVITER}Vous ne devez pas vous sentir obligé de tout dire.");
    let k = kinds(&text);
    assert!(
        k.contains(&S::DisclosureOptional) && !k.contains(&S::ParticipationOptional),
        "{k:?}"
    );
    let text = format!("{INVITE}Please don't feel obliged to attend if you cannot.");
    assert!(kinds(&text).contains(&S::ParticipationOptional), "{text}");
    let text = format!(
        "{INVITE}You should not feel pressured to share anything you consider confidential."
    );
    let k = kinds(&text);
    assert!(
        k.contains(&S::DisclosureOptional) && !k.contains(&S::ParticipationOptional),
        "{k:?}"
    );
    // Checking whether someone stays on the territory unlawfully is not a permitted aim.
    let text = format!("{INVITER}Objectifs : protéger l'intégrité physique des enfants ; vérifier si le père se maintient illégalement sur le territoire.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    let text = format!("{INVITE}The aims are to protect the children's physical integrity and to establish whether the father is staying illegally in Belgium.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // The person concerned asked to be heard, or invited to give their view, for a part.
    let text = format!(
        "{INVITER}Yasmina est au courant et elle souhaite être entendue en début de réunion."
    );
    assert!(kinds(&text).contains(&S::PersonInvited), "{text}");
    let text = format!("{INVITER}M. J. sera informé de la réunion et invité à y exprimer, s'il le souhaite, son propre point de vue.");
    assert!(kinds(&text).contains(&S::PersonInvited), "{text}");
    let text = format!("{INVITE}Ms R. has been informed and has been offered the chance to attend the first part of the meeting.");
    assert!(kinds(&text).contains(&S::PersonInvited), "{text}");
    // 458ter cited only in the addressee's quoted question: the reply cites nothing.
    let text = "Dear Mr S.,\n\nJust a reminder that the meeting about Dylan is this Thursday 22 October 2026 at 15:45, at our offices. You will need to share everything he has told you.\n\nMarie\n\n-----Original Message-----\nFrom: O. S. <o.s@law.example>\nSent: Friday, 16 October 2026 17:05\n\nDear Ms D., is this a case consultation under Article 458ter of the Criminal Code?";
    let r = checked(text);
    assert!(!r.legal_basis.cites_458ter, "{:?}", r.legal_basis);
    // Dates and times a scan misread still date the meeting.
    let text =
        format!("{INVITER}\n\nQuand : jeudi l2 mars 2026\nHeure : l4h00\nLieu : salle du Collège");
    assert_eq!(
        item(&text, ModalityKind::Date).as_deref(),
        Some("jeudi l2 mars 2026")
    );
    assert_eq!(item(&text, ModalityKind::Time).as_deref(), Some("l4h00"));
    let text = format!("{INVITE}When: Thursday l8 March 2027, 10:00, room 2.");
    assert_eq!(
        checked(&text)
            .modalities
            .meeting
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2027-03-18")
    );
}

#[test]
fn wordings_of_the_twenty_third_sitting() {
    use StatementKind as S;
    // A reply that refuses a request and explains what a case consultation would need: the
    // meeting proposed in the quoted request names no case consultation.
    let text = "Bonjour Monsieur,\n\nJe ne suis pas en mesure de vous communiquer ces informations. Une demande par mail n'entre pas dans le cadre d'une concertation de cas au sens de l'article 458ter du Code pénal.\n\nBien à vous,\nL. C.\n\n-----Message d'origine-----\nDe : Inspecteur M. H.\nEnvoyé : jeudi 10 septembre 2026 08:54\n\nBonjour Madame,\n\nPourriez-vous me transmettre son adresse ? Une réunion est aussi possible mardi prochain à 10h au commissariat.";
    assert!(!convocation(text), "{text}");
    // Lines marked ">>" in the middle of a letter set its meeting apart: still a convocation.
    let text = "Bonjour à tous,\n\nPetit rappel pour la concertation de cas (art. 458ter) de la semaine prochaine :\n\n>> mardi 2 février 2027, de 13h30 à 15h00\n>> en visioconférence (Teams)\n\nLe SAJ, l'AMO et le CPAS y participent.\n\nBien à vous,";
    assert!(convocation(text), "{text}");
    // A cancellation whose people moved to a shelter has no new date.
    let text = "Dear colleagues,\n\nThe case consultation (art. 458ter) planned for Tuesday 9 February 2027 at 9.30 a.m. is cancelled. Ms S. and her children have moved to a shelter outside our district.\n\nKind regards,";
    assert!(!convocation(text), "{text}");
    let text = "Dear colleagues,\n\nThe case consultation (art. 458ter) planned for Tuesday 9 February 2027 is cancelled and moved to Thursday 11 February 2027 at 9.30 a.m., same room.\n\nKind regards,";
    assert!(convocation(text), "{text}");
    // Advice on an invitation its reader received, answering a reply's subject line.
    let text = "Subject: RE: Invitation to a case consultation – am I allowed to go?\n\nDear Dr R.,\n\nThe invitation you forwarded says the consultation (art. 458ter) is organised on 1 June 2027 under the Act of 30 July 2018. You may attend, but you are not obliged to.\n\nKind regards,";
    assert!(!convocation(text), "{text}");
    // A mayor who has decided to open a case consultation and asks the reader to take part.
    let text = "Hi Tom,\n\nThe mayor has decided to open a case consultation within our LISC-R about the young man you support. Besides the police, we would like you to be involved. Could you let me know by 5 May whether you are willing to take part?\n\nThanks,\nY.";
    assert!(convocation(text), "{text}");
    // Recovering the service's own advances is not a permitted aim.
    let text = format!("{INVITER}La concertation poursuit un double objectif : protéger l'intégrité physique de Mme G. ; permettre au Centre de récupérer les frais d'hébergement et les avances consenties, qui restent à ce jour impayés.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    let text = format!("{INVITE}Its purposes: to protect the physical integrity of Ms G., and to allow the PCSW to recover its advances to her.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // Disclosure left to the reader in other words.
    for sentence in [
        "You remain free to decide which information you consider it necessary to share.",
        "You decide for yourself, within your professional deontology, whether and what information you share.",
        "It remains your own decision which information you share.",
        "You cannot be obliged to disclose professional secrets.",
        "Choosing not to share anything cannot be held against you.",
    ] {
        let text = format!("{INVITE}{sentence}");
        assert!(kinds(&text).contains(&S::DisclosureOptional), "{text}");
    }
}

#[test]
fn wordings_of_the_twenty_fourth_sitting() {
    // A leaflet that says one may receive a letter inviting to a case consultation.
    let text = "Invited to a case consultation?\n\nYou may receive an e-mail or letter inviting you to a \"case consultation\" under Article 458ter. Check it against the list below.";
    assert!(!convocation(text), "{text}");
    // Receiving a report is not receiving the invitation.
    let text = "Dear colleagues,\n\nWe received a report from the school and invite you to a case consultation (art. 458ter) on 3 March 2027 at 10:00, room 2.";
    assert!(convocation(text), "{text}");
    // An invitation received, named with its determiner, is asked about, not made; an
    // organizer's reply under "RE: Invitation …" that invites in its body still convenes.
    let text = "Dear colleague,\n\nI received an invitation to a case consultation (art. 458ter) on 3 March 2027 at 10:00. Is my attendance compulsory?";
    assert!(!convocation(text), "{text}");
    let text = "Subject: RE: Invitation to a case consultation\n\nDear all,\n\nFurther to your question, we invite you to the case consultation (art. 458ter) on 3 March 2027 at 10:00, room 2.";
    assert!(convocation(text), "{text}");
    // Letters to the person concerned or their family, told of the consultation.
    let text = "Dear Ms R.,\n\nOn Wednesday 14 October 2026 at 13:30, several professionals who are involved with you and your children will meet at our offices for a case consultation (art. 458ter). You are welcome to join for the last half hour.";
    assert!(!convocation(text), "{text}");
    let text = "Madame, Monsieur,\n\nUne concertation de cas (article 458ter) au sujet de votre fils Emre aura lieu le lundi 28 septembre 2026 à 13 h 30, dans nos locaux. Vous n'êtes pas convoqués à cette réunion.";
    assert!(!convocation(text), "{text}");
    // A colleague who received a convocation and asks about it.
    let text = "[14/10/2026 11:04] Aurélie : coucou, j'ai reçu une convoc de la zone pour une concertation de cas 458ter le 19/11 à 9h, t'y es déjà allé ?";
    assert!(!convocation(text), "{text}");
    // A chat that convenes a "case huddle", and names who is wanted.
    let text = "hey team 👋 quick one!!\ncan we grab 45 min for a case huddle on the K. family?? thinking Wed 3 Feb 2027, 11:00, on Teams\n\nwho I'd love to have on:\n• Jess (youth care)\n• Omar (Riverside primary school)\n• me from the PCSW side";
    let r = checked(text);
    assert!(r.is_convocation, "{text}");
    assert!(r.participants.entries.len() >= 2, "{:?}", r.participants);
    // Places and participants in other words.
    let text =
        format!("{INVITER}On se voit le jeudi 12 novembre 2026 à 15h45, dans ma classe (P5-P6).");
    assert!(item(&text, ModalityKind::Place).is_some(), "{text}");
    let text = format!("{INVITER}Le jeudi 12 novembre 2026 à 15h45. Votre élève est dans sa classe depuis septembre.");
    assert!(item(&text, ModalityKind::Place).is_none(), "{text}");
    let text = format!("{INVITE}Thursday 14/01/2027, 09:00, at our post, Grand-Route 41, Tinlot.");
    assert_eq!(
        item(&text, ModalityKind::Place).as_deref(),
        Some("our post, Grand-Route 41, Tinlot")
    );
    let text = format!("{INVITE}The other participants would be the public prosecutor's office, the local police zone and the CAW social worker.");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    let text = format!("{INVITER}Conformément à l'autorisation, y prennent part :\n- la substitute du procureur du Roi ;\n- l'enquêtrice de la police locale.");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    // Recovering a pension advance from the person concerned is not a permitted aim.
    let text = format!("{INVITER}Nos objectifs : protéger l'intégrité physique de M. V. et examiner comment le CPAS pourrait récupérer auprès de lui les avances sur pension.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
}

#[test]
fn wordings_of_the_twenty_fifth_sitting() {
    // Participants told as who "would be" taking part.
    let text = format!("{INVITE}Taking part would be the Mayor, the Chief of the local police, the youth-aid adviser and you.");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    // A "Permanent members" heading opens the list.
    let text = format!("{INVITE}The session is on 14 April 2027 at 10:00, on Zoom.\n\n2. Permanent members\n\n* Local police, domestic violence unit\n* Justice house");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    // A letter received, set out below with a question, is asked about; a forward of a
    // whole letter is that letter.
    let text = "Hello,\n\nToday I received the letter below from a local police zone. Do I have to go?\n\n> We invite you to a case consultation under Article 458ter of the Criminal Code.\n> The meeting will take place on Tuesday 27 October 2026 at 14:00 at the police station.\n\nI would be grateful for an answer before the meeting.";
    assert!(!convocation(text), "{text}");
    let text = "Bonjour,\n\nJ'ai reçu le courrier ci-dessous de la zone de police. Dois-je y aller ?\n\n> Nous vous invitons à une concertation de cas (art. 458ter) le 3 mars 2027 à 10 h, salle 2.\n\nMerci d'avance pour votre réponse.";
    assert!(!convocation(text), "{text}");
    let text = "Subject: Fwd: Case consultation - baby L.\n\nHello,\nI received the message below from the hospital. Can I go?\n\n---------- Forwarded message ---------\nFrom: Child Protection Team <cpt@hospital.example>\nSubject: Case consultation - baby L.\n\nDear colleague,\n\nWe invite you to a case consultation under Article 458ter on 3 March 2027 at 10:00, room 2.";
    assert!(convocation(text), "{text}");
    // No meeting until an authorization comes, and a convocation to follow.
    let text = "Dear colleagues,\n\nWe intend to bring the partners together in a case consultation (art. 458ter) once the prosecutor's authorisation is granted. No meeting is being organised until then. As soon as it is, you will receive a formal convocation.";
    assert!(!convocation(text), "{text}");
    let text = format!("{INVITE}It takes place on 3 March 2027 at 10:00, room 2. No date has been set for the follow-up meeting yet.");
    assert!(convocation(&text), "{text}");
    // Aims 458ter does not permit: evidence for an investigation, a worker's work judged,
    // a benefit checked.
    for text in [
        format!("{INVITE}Its aims are to protect the boys and to pool what each service knows so that the police can use it as evidence in its ongoing investigation."),
        format!("{INVITE}Second, the aim is to evaluate whether the streetworker assigned to Y. has handled the case adequately."),
        format!("{INVITER}Objectifs : protéger Mme L. et vérifier si son fils remplit toujours les conditions pour percevoir le revenu d'intégration."),
    ] {
        assert!(categories(&text).contains(&PurposeCategory::NotPermitted), "{text}");
    }
    for text in [
        format!("{INVITE}The aim is to protect the child and to assess how the school can support her."),
        format!("{INVITE}The aim is to protect the child. What is shared may not be used as evidence in other proceedings."),
    ] {
        assert!(!categories(&text).contains(&PurposeCategory::NotPermitted), "{text}");
    }
    // A training day proposed in its own sentence, however often it names consultations;
    // a consultation convened with a training to follow.
    let text = "Chers collègues,\n\nVous êtes souvent invités à des concertations de cas (CSIL-R, réseaux VIF). Nous vous proposons une journée de formation pour y voir clair, le mardi 6 octobre 2026 de 9 h à 16 h 30, à l'Espace Intersections : la concertation de cas et l'article 458ter en pratique.";
    assert!(!convocation(text), "{text}");
    let text = format!("{INVITER}Elle aura lieu le 3 mars 2027 à 10 h, salle 2. Une journée de formation sur la concertation de cas suivra en juin.");
    assert!(convocation(&text), "{text}");
    // The reader's situation told in a question opens a webinar; said plainly, it convenes.
    let text = "You have been invited to a case consultation and you are not sure what you may say? Join our webinar on Article 458ter on Thursday 10 December 2026, 12:30, on Zoom.";
    assert!(!convocation(text), "{text}");
    let text = "Dear colleague,\n\nYou have been invited to the case consultation (art. 458ter) on 3 March 2027 at 10:00, room 2, town hall.";
    assert!(convocation(text), "{text}");
    // A present invitation asked to be confirmed in the same sentence still convenes.
    let text = "Dear colleague,\n\nYou are invited to the case consultation (art. 458ter) on 3 March 2027 at 10:00, room 2 of the town hall, could you confirm by Friday?";
    assert!(convocation(text), "{text}");
    let text = "Madame,\n\nVous êtes invitée à la concertation de cas (art. 458ter) du 3 mars 2027 à 10 h, salle 2 de l'hôtel de ville, pourriez-vous confirmer votre présence ?";
    assert!(convocation(text), "{text}");
    // Inclusive endings read as the plain word.
    let text = format!("{INVITER}Le 3 mars 2027 à 10 h. Vous êtes tenu(e) au secret sur ce qui est partagé durant la concertation.");
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A circular added after a quotation, "ainsi que par …".
    let text = format!("{INVITER}Elle se tient dans le cadre fixé par nos textes de référence :\n\n> « Les partenaires peuvent se concerter. »\n\nainsi que par la circulaire COL 04/2018 du Collège des procureurs généraux.");
    let kinds: Vec<InstrumentKind> = instruments(&text).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, vec![InstrumentKind::NonNormative], "{text}");
    // A place sent the day before is no place; a place named before such words is one.
    let text = format!("{INVITER}\n\nDate : jeudi 4 mars 2027\nLieu : communiqué la veille par SMS aux seuls participants\n");
    assert!(item(&text, ModalityKind::Place).is_none(), "{text}");
    let text = format!("{INVITER}\n\nDate : jeudi 4 mars 2027\nLieu : hôtel de ville de Namur (la salle vous sera communiquée la veille)\n");
    assert!(item(&text, ModalityKind::Place).is_some(), "{text}");
    let text = format!("{INVITE}\n\nDate: Thursday 4 March 2027\nVenue: communicated the day before by text message\n");
    assert!(item(&text, ModalityKind::Place).is_none(), "{text}");
    // A line opening « ainsi que par » gives a basis its context only where it names one.
    let text = format!("{INVITER}Elle réunit le CPAS,\nainsi que par moments la police locale. La circulaire COL 04/2018 a été présentée lors d'une formation.");
    assert!(instruments(&text).is_empty(), "{text}");
}

#[test]
fn wordings_of_the_twenty_sixth_sitting() {
    // A wish to get everyone around one table, and the list of who was invited, convene.
    let text = "Hi all,\n\nI'd like to get all of us around one table for a casusoverleg about the V. family.\n\nWho I've invited:\n- the OCMW social worker\n- the CLB\n\nThe meeting will be at our office, Vaartstraat 61, Mechelen. I'll send a Doodle for the date.\n\nEach of us remains bound by professional secrecy.";
    assert!(convocation(text), "{text}");
    assert!(item(text, ModalityKind::Place).is_some(), "{text}");
    let text =
        format!("{INVITER}La réunion sera au CPAS de Namur, salle 2, le 3 mars 2027 à 10 h.");
    assert!(item(&text, ModalityKind::Place).is_some(), "{text}");
    // A third party invited by name of service.
    let text = "Dear Ms C.,\n\nThe local integrated security cell (CSIL-R) would like to invite the Justice House to a case consultation within the meaning of Article 458ter concerning Mr T. Taking part is voluntary.";
    assert!(convocation(text), "{text}");
    let text = "Madame,\n\nLa cellule de sécurité intégrée locale souhaite inviter le service de la maison de justice à une concertation de cas au sens de l'article 458ter.";
    assert!(convocation(text), "{text}");
    // A professional who received an invitation and asks about it; asks a service to
    // organise one; a parent writes about their child or is invited to a school meeting.
    for text in [
        "Dear Sir or Madam,\n\nThis afternoon I received a letter from the local police zone inviting me to a \"casusoverleg\" on 24 November. Your presence is expected, it says. Am I obliged to attend?\n\nI would be grateful for an answer before 20 November.",
        "Madame,\n\nJ'ai reçu un courrier de la zone de police m'invitant à une concertation de cas le 24 novembre. Votre présence est attendue, dit-il. Suis-je obligée d'y aller ?",
        "Subject: Request - possible case consultation for Mr V.\n\nDear colleagues,\n\nI am worried about my patient. Would the CPAS be willing to set one up under Article 458ter? Please let me know whether this is possible.",
        "Madame,\n\nJe m'inquiète pour mon patient. Le CPAS serait-il disposé à en organiser une, dans le cadre de l'article 458ter ? Merci de me faire savoir si c'est possible.",
        "Re: \"case consultation\" concerning my daughter Emma\n\nDear Ms P.,\n\nNobody had said a word to my wife or to me about this case consultation under Article 458ter. I look forward to your answer before 12 May.",
        "À Monsieur et Madame K.\nParents de Tymon\n\nObjet : invitation à une réunion de concertation au sujet de Tymon\n\nChers Parents,\n\nNous vous proposons une réunion de concertation le jeudi 3 décembre 2026 à 16 h 15. Les membres du centre PMS sont tenus au secret professionnel.",
        "Newsletter\n\nMany of you ask what you may say in a casusoverleg. Our checklist \"Before you accept an invitation to a case consultation\" is now online, and our webinar on Article 458ter is on 19 November 2026 at 12:30.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // Near misses: a convocation that asks to accept its invitation, and one that says the
    // parents of the child were informed.
    for text in [
        "Dear colleague,\n\nPlease accept this invitation to a case consultation under Article 458ter on 3 March 2027 at 10:00, room 2 of the town hall.",
        "Dear colleague,\n\nWe invite you to a case consultation under Article 458ter on 3 March 2027 at 10:00, room 2 of the town hall.\nThe parents of the child have been informed.",
    ] {
        assert!(convocation(text), "{text}");
    }
    // Items set out with ">" that run on to the next line are a list, not a quoted mail;
    // a mail quoted line by line stays quoted.
    let text = format!("{INVITE}It is on 3 March 2027 at 10:00, room 2.\n\nSome points before you decide:\n\n  > Coming is entirely up to you. If you cannot, simply let us know; we will not\n    hold it against you.\n  > Every participant is bound to secrecy on the information exchanged, and breaching\n    it is punishable.\n");
    let k = kinds(&text);
    assert!(k.contains(&StatementKind::ParticipationOptional), "{k:?}");
    assert!(k.contains(&StatementKind::SecrecyReminder), "{k:?}");
    for text in [
        format!("{INVITE}It is on 3 March 2027 at 10:00, room 2.\n\nOn 2 March, the police wrote:\n> Coming is entirely up to you. If you cannot, simply let us know; we will not\n> hold it against you.\n"),
        // A reply right below the quote, not indented.
        format!("{INVITE}It is on 3 March 2027 at 10:00, room 2.\n\n> Coming is entirely up to you. If you cannot, simply let us know.\nThank you, I will think about it.\n"),
    ] {
        assert!(
            !kinds(&text).contains(&StatementKind::ParticipationOptional),
            "{text}"
        );
    }
    // An aligned form whose longest label leaves a gap of two spaces.
    let text = format!("{INVITER}\n\n  QUAND         jeudi 12 novembre 2026, 14h00\n  OÙ            SAJ, rue Haute 12, salle 3\n  PARTICIPANTS  Parquet (section famille) - service de pédiatrie du CHR\n");
    let r = roles(&text);
    assert!(r.contains(&Role::Prosecution), "{r:?}");
    assert!(r.contains(&Role::Health), "{r:?}");
    // A range of slots for a poll, and a date still to be agreed, give no date; a date
    // set in another sentence still does.
    let text = format!("{INVITE}How: on Teams. Please tick your availabilities in the Doodle by Tuesday noon (slots between Monday 18 and Friday 22 May 2026), and I'll send the invite once we have a date.");
    assert_eq!(meeting_date(&text), None, "{text}");
    let text = format!("{INVITE}It will take place on Friday 22 May 2026 at 10:00 on Teams. Parking is available between the two buildings.");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-05-22"), "{text}");
    // One slot booked is the meeting's.
    let text = format!(
        "{INVITE}We have booked the slot from 14:00 to 15:30 on Friday 22 May 2026, room 2."
    );
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-05-22"), "{text}");
    let text =
        format!("{INVITER}Nous avons retenu le créneau du vendredi 22 mai 2026 à 14 h, salle 2.");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-05-22"), "{text}");
    // A list with dashes ends where a numbered section begins: what follows is not about
    // who takes part.
    let text = format!("{INVITER}\n\n3. Participants\n- Mme W., CPAS (présidence) ;\n- M. G., service de l'aide à la jeunesse.\n\n4. Déroulement\nChaque participant pourra exposer les éléments qu'il juge utiles.\n");
    assert!(!checked(&text).participants.open_ended, "{text}");
    let text = format!("{INVITER}\n\n3. Participants\n- Mme W., CPAS (présidence) ;\n- M. G., service de l'aide à la jeunesse ;\n- toute personne jugée utile.\n");
    assert!(checked(&text).participants.open_ended, "{text}");
}

#[test]
fn wordings_of_the_twenty_seventh_sitting() {
    // Convocations without an invitation verb: an agenda that asks who will represent the
    // service, a calendar entry, a form to bring, the next meeting set at the end of
    // minutes, a "case meeting" the reader will attend.
    for text in [
        "LOCAL INTEGRATED SECURITY CELL (LISC-R)\nAGENDA - MEETING No. 6/2026\n\nTuesday 24 November 2026, 10:00 - 12:30\nCouncil Chamber, Town Hall\n\nPlease let the secretariat know by 19 November who will represent your service.",
        "Case consultation - D. family (Art. 458ter)\n\nOrganizer:   Family Justice Centre\nWhen:        Thursday, 15 October 2026 13:30-15:00\nWhere:       Microsoft Teams Meeting\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n\nAttendance is voluntary.",
        "# Fiche préparatoire de concertation de cas\n\n*À compléter par chaque service et à apporter, imprimée, à la concertation.*\n\n| **Concertation** | lundi 21 septembre 2026, 14 h |\n| **Lieu** | Maison de justice, salle B |",
        "Good morning Mr O.,\n\nAs discussed on the phone, we'll see each other next Thursday, 21 January 2027, at 9:00 at the police station for the case meeting about Yanis.",
        "RÉSEAU VIF - CONCERTATION DE CAS\nCompte rendu de la réunion du mardi 8 décembre 2026\n\nPrésents\n- Mme E. V., substitut du procureur du Roi\n- Mme A. D., CPAS\n\n5. Prochaine réunion\nProchaine concertation : mardi 12 janvier 2027, 14 h 00, CPAS, salle Lys. Vous y êtes attendus, la participation reste libre.",
    ] {
        assert!(convocation(text), "{text}");
    }
    // Near misses: minutes whose next meeting is left to a separate invitation; a hearing
    // about a breach of a consultation's secrecy; a research focus group; a reply that asks
    // questions before confirming; a police request for information; a training morning.
    for text in [
        "CASE CONSULTATION - MINUTES\nMinutes of the meeting of 3 February 2026\n\nPresent:\n- L. D., FJC (chair)\n- N. B., CPAS\n\n4. NEXT CONSULTATION\nA follow-up consultation will be needed in about two months. The chair will set the date and send a separate invitation to the participants in due course.",
        "Objet : convocation à une audition - procédure disciplinaire\n\nMadame,\n\nVous êtes convoquée à une audition préalable, le mardi 20 octobre 2026 à 10 heures. Le 14 septembre, à l'issue d'une concertation de cas organisée par la cellule de sécurité intégrale locale (CSIL-R), vous auriez communiqué des informations à un tiers. Votre présence est requise.",
        "## Invitation to take part in a research focus group\n\nDear practitioner,\n\nProfessionals are increasingly asked to attend case consultations under Article 458ter. We would like to hear about your experience on Thursday 26 November 2026 at 2 pm, room H.2.07.",
        "Objet : RE: Convocation - concertation de cas - 10 septembre\n\nMonsieur,\n\nAvant de vous confirmer ma présence à la concertation de cas du 10 septembre, je souhaiterais savoir sur quelle base légale elle repose. Dès réception de ces éléments, je vous dirai si je participe.",
        "Objet : Demande de renseignements\n\nMadame, Monsieur,\n\nL'article 458ter du Code pénal vous autorise à lever le secret professionnel. Je souhaiterais obtenir l'adresse de M. V. Je suis joignable du lundi au vendredi de 8 h à 16 h.",
        "# Matinée d'étude - concertation de cas\n\nChers collègues,\n\nVous êtes souvent invités à des concertations de cas (CSIL-R). Nous vous proposons une matinée pour faire le point.\n\n| **Date** | mercredi 3 mars 2027, 9 h |\n| **Inscription** | avant le 20 février |\n\n## Programme\n\n1. L'article 458ter en dix minutes",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // Near misses of the new cues: a webinar's Teams link convenes no one to a case
    // consultation; a convocation that names a court hearing once, and the consultation in
    // several sentences, still convenes.
    let text = "Webinar: case consultations and professional secrecy (Art. 458ter)\n\nSpeakers: a deputy prosecutor and a lawyer.\nThursday 19 November 2026, 12:30-14:00\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n\nRegistration is free.";
    assert!(!convocation(text), "{text}");
    let text = format!("{INVITE}The case consultation will take place on 3 March 2027 at 10:00, room 2 of the town hall. The juvenile court hearing set for April is not on the agenda. The consultation aims to protect the child.");
    assert!(convocation(&text), "{text}");
    // A request to take part is a convocation; asking a service to organise one is not.
    let text = "Subject: Request to take part in a case consultation (LISC-R)\n\nDear Mr W.,\n\nThe Mayor wishes to organise a case consultation (Article 458ter). Could you let me know by Friday 15 May whether you are willing to take part?";
    assert!(convocation(text), "{text}");
    // An authorization "stating its grounds" is reasoned; one the prosecutor "granted us"
    // is an authorization.
    let text = format!("{INVITE}It is held under the authorisation that the Public Prosecutor granted our network on 4 November 2025, in a written decision stating its grounds.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    let text = format!("{INVITER}Nos concertations sont organisées sur la base de l'autorisation motivée que nous a accordée le procureur du Roi de Bruxelles le 19 septembre 2025.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    // Threats to kill, the idea of keeping a mother and her children safe, and recovering
    // advances from an ex-partner as aims.
    for text in [
        format!("{INVITE}He has sent her messages. We are worried that he will act on these threats, against Ms L. or the children."),
        format!("{INVITE}We are worried: he threatens to kill her if she keeps the children from him."),
    ] {
        assert!(categories(&text).contains(&PurposeCategory::Integrity), "{text}");
    }
    let text = format!("{INVITER}L'idée, c'est de voir ensemble comment mettre Mme V. et ses deux enfants à l'abri.");
    assert!(
        categories(&text).contains(&PurposeCategory::Integrity),
        "{text}"
    );
    let text = format!("{INVITER}Elle vise à protéger Mme M. et à examiner les possibilités de récupérer auprès de Monsieur K. les avances versées par le CPAS.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // Participants "with Mme X, the school's director, and Dr Y".
    let text = "Bonjour Julie,\n\nTu peux passer mardi 3 février 2026 à 10h au SAJ ? On fait une concertation de cas (art. 458ter) autour de Léa, avec Mme Collard, la directrice de l'école, et le Dr Nguyen du centre de planning familial.";
    let r = roles(text);
    assert!(r.contains(&Role::Education), "{r:?}");
    // The hours when the writer can be reached are no meeting's.
    let text = format!("{INVITE}The date will be set later. I can be reached by phone on 02 767 31 08 between 13:00 and 14:00 on Monday 3 May 2027.");
    assert_eq!(meeting_date(&text), None, "{text}");
    // Not an agreement to be reached at the meeting.
    let text = format!("{INVITE}An agreement should be reached in the consultation, which will take place on Monday 3 May 2027 at 10:00 in room 2.");
    assert_eq!(meeting_date(&text).as_deref(), Some("2027-05-03"), "{text}");
    // "I'll let you know whether I attend" answers an invitation.
    let text = "Dear Mr D.,\n\nThank you for your e-mail about the case consultation (art. 458ter) of 10 September 2026. Which law does it rest on? I'll let you know whether I will attend once I have your answer.";
    assert!(!convocation(text), "{text}");
}

#[test]
fn wordings_of_the_twenty_eighth_sitting() {
    // Written in a hurry: "case consult … tmrw 9:30 … Can u make it?"; « Cc de cas … RDV
    // jeudi 12/03 à 14h … Vous me confirmez ? » in a text message whose reply is stamped on
    // a line of its own.
    let text = "From: T. V. <t.v@justice.example>\nSent: Wednesday, September 9, 2026 9:47 PM\nTo: Dr A. H.\nSubject: case consult B. kids tmrw\n\nHi Amira, quick one - case consult re the B. kids tmrw 9:30, Justice House room 4. Same crew as last time. Can u make it? pls let me know tonight if poss\n\nSent from my iPhone";
    assert!(convocation(text), "{text}");
    assert_eq!(
        when(text),
        (Some("2026-09-10".into()), Some("09:30".into()))
    );
    let text = "Messages — Nadia Coord. Réseau VIF\nmar. 10 mars 2026, 07:54\n\nBjr Dr L., pas eu le temps d'envoyer la convoc officielle. Cc de cas pr Mme D. et ses 2 enfants : RDV jeudi 12/03 à 14h au CPAS de Marbaix (salle du 1er).\nRappel : secret pro, ce qui se dit reste entre nous.\nVous me confirmez ? Merci ! Nadia\n\nmar. 10 mars 2026, 08:31\nOk pour moi, je serai là. Dr L.";
    assert!(convocation(text), "{text}");
    assert_eq!(
        when(text),
        (Some("2026-03-12".into()), Some("14:00".into()))
    );
    assert!(
        kinds(text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A partner day whose programme has a role play, and a consultation convened below it.
    let text = "Dear Dr R.,\n\nTwo things today: our annual partner day, and a consultation that concerns you directly.\n\n1) PARTNER DAY - Thursday 12 March 2026\n\n13:30  Role play: a simulated case consultation\n\n2) CASE CONSULTATION\n\nSeparately, I am writing to invite you to a case consultation concerning your patient Ms M. and her two children, under the reasoned authorisation of the Crown Prosecutor (Article 458ter of the Criminal Code).\n\nDate and place: Thursday 19 March 2026 at 9:30, Maison Ariane, meeting room 2.";
    assert!(convocation(text), "{text}");
    // Near misses: a job interview whose exercise is a simulated consultation; a meeting
    // held with the family, not about it; a colleague asking whether the reader goes.
    for text in [
        "Dear Ms M.,\n\nThank you for your application for the post of Case Consultation Coordinator at the Family Justice Centre. You have been shortlisted. We will see you for an interview on Tuesday 12 May 2026 at 10:45. You will chair a simulated case consultation under Article 458ter.",
        "Bonjour à toutes et à tous,\n\nMadame L. souhaite réunir les professionnels qui accompagnent son fils. Je vous propose une réunion de réseau jeudi 4 juin à 14h dans nos locaux. L'idée n'est pas d'échanger des informations sur Théo en son absence : c'est lui qui décidera de ce qu'il souhaite dire.",
        "Hi Sam,\n\nAre you going to the case consultation at the CPAS tomorrow at 10? If so, can you come by my office afterwards to talk about it?\n\nThanks, Jo",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // Participants: "it would be me for the CPAS, Sarah for the school, and Marc for the
    // local police"; « Nous serons : … »; « Il y aura le bourgmestre qui préside, … ».
    let text = format!("{INVITE}So far it would be me for the CPAS social service, Sarah for the international school, and Marc for the local police.");
    assert_eq!(
        roles(&text),
        vec![Role::Education, Role::Police, Role::SocialServices],
        "{text}"
    );
    let text = format!("{INVITER}Nous serons : moi-même, Mme Piette, Mme Gilson (CPMS) et M. Hanquet (AMO Le Tremplin).");
    assert_eq!(
        roles(&text),
        vec![Role::Education, Role::YouthAid],
        "{text}"
    );
    let text = format!("{INVITER}Il y aura le bourgmestre qui préside, le chef de corps et la directrice du centre PMS.");
    assert_eq!(
        roles(&text),
        vec![Role::Education, Role::Municipality, Role::Police],
        "{text}"
    );
    // … but not "il y aura le temps".
    let text = format!("{INVITER}Il y aura le temps de faire connaissance.");
    assert_eq!(roles(&text), vec![], "{text}");
    // Secrecy said in passing, or by a writer whose English is not native.
    for text in [
        format!("{INVITE}Pls remember its all under prof secrecy, nothing leaves the room."),
        format!("{INVITE}All participants are kept to the secret for what is told during the concertation."),
    ] {
        assert!(kinds(&text).contains(&StatementKind::SecrecyReminder), "{text}");
    }
    // A venue still to be confirmed is no place, even with a guess after it; a place set
    // with only the time left open is one.
    let text = format!("{INVITE}It will be held on Friday 15 May 2026 at 10:00. The venue will be confirmed next week (probably the police station, but the room still has to be booked).");
    assert!(checked(&text).modalities.meeting.place.is_none(), "{text}");
    let text = format!("{INVITE}It will be held on Friday 15 May 2026 at the police station, room 2; the time will be confirmed next week.");
    assert!(checked(&text).modalities.meeting.place.is_some(), "{text}");
    // A secretariat's opening days and closure are no meeting's; a closed session is.
    let text = format!("{INVITE}The day is not yet fixed. Secretariat: tel. 02 366 71 00 (Mon-Fri, 9:00-12:00; closed 1-5 February 2027 for the move).");
    assert_eq!(when(&text), (None, None), "{text}");
    let text = format!(
        "{INVITE}It will be held on Monday 3 May 2027 at 10:00 (closed session) at the town hall."
    );
    assert_eq!(meeting_date(&text).as_deref(), Some("2027-05-03"), "{text}");
    // « lundi prochain, le 12 » after the letter's date.
    let text = "De : Commune\nDate : mercredi 7 octobre 2026\n\nMadame,\n\nJe vous appelle pour la concertation de cas de la CSIL. On se réunit lundi prochain, le 12, à dix heures, à l'hôtel de ville.";
    assert_eq!(
        when(text),
        (Some("2026-10-12".into()), Some("10:00".into()))
    );
    // Aims listed under "in order to:", one of them not permitted.
    let text = format!("{INVITE}\n\nThe cell will meet in order to:\n- prevent terrorist offences concerning a pupil;\n- tackle the public nuisance and vandalism reported around the sports centre.\n");
    let c = categories(&text);
    assert!(c.contains(&PurposeCategory::Terrorism), "{c:?}");
    assert!(c.contains(&PurposeCategory::NotPermitted), "{c:?}");
    // An authorization passed on below the letter says whether it is reasoned.
    let forwarded = "Objet : TR: Autorisation du parquet reçue\n\nBonjour à tous,\n\nLe parquet a répondu favorablement : je vous transfère ci-dessous l'autorisation du procureur du Roi et vous convoque à la première concertation de cas le mardi 5 mai 2026 à 13h30, rue des Tilleuls 8.\n\nBien à vous,\nA. M.\n\n-------- Message transféré --------\nObjet : Autorisation - concertation de cas\n\nPARQUET DU PROCUREUR DU ROI DE NAMUR\n\nLa procureure du Roi autorise, par la présente décision";
    let text =
        format!("{forwarded} motivée, l'organisation de concertations de cas au sein du réseau.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    let text = format!("{forwarded}, l'organisation de concertations de cas au sein du réseau.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(false))],
        "{text}"
    );
}

#[test]
fn wordings_of_the_twenty_ninth_sitting() {
    // Convocations: a consultation "we're setting up" (the noun on the next line); one whose
    // holding the writer confirms; an internal note inviting to the consultation it sets out.
    for text in [
        "Hi Fiona,\n\nAs discussed, we're setting up a case\nconsultation with the services around Yanis, under art. 458ter of the Criminal Code. Could you fill in the Doodle by Friday 18 September?",
        "Objet : Concertation de cas famille L. — jeudi 22 octobre 2026 à 9h30 — Maison de justice, salle 2\n\nBonjour à toutes et à tous,\n\nJe vous confirme la tenue d'une concertation de cas au sujet de la famille L., dans le cadre de l'article 458ter du Code pénal.",
        "Dear Dr V.,\n\nI confirm that the case consultation about the L. family will take place on Thursday 22 October 2026 at 9:30 at the Justice House (art. 458ter).",
        "# Concertation de cas — élève J.\n\n*Note interne diffusée aux partenaires le 27 mai 2026*\n\nVous êtes invité·e·s à la concertation de cas décrite ci-dessous.\n\n- **Date :** vendredi 5 juin 2026, 12 h 30\n- **Lieu :** local du PMS",
    ] {
        assert!(convocation(text), "{text}");
    }
    // Near misses: a reply that asks questions before deciding; an internal note of
    // guidance.
    for text in [
        "Subject: Re: Convocation – case consultation CSIL-R 25 February\n\nDear Ms J.,\n\nThank you for your letter. Before I decide whether to attend, I would like a few points clarified. Can you confirm in writing that declining will have no consequence for me?",
        "Objet : Re: concertation de cas du 3 mars\n\nMadame,\n\nAvant de décider si je participe à la concertation de cas (art. 458ter), j'aimerais savoir qui en recevra le compte rendu.",
        "NOTE INTERNE\n\nÀ l'attention de tout le personnel. Vous êtes invités à lire les consignes ci-dessous avant toute concertation de cas (art. 458ter) : ne transmettez aucun dossier sans l'accord de la direction.",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // The date set only in the subject line is the meeting's; given in the body too, the
    // body's mention is shown.
    let text = "Objet : Concertation de cas famille L. — jeudi 22 octobre 2026 à 9h30 — Maison de justice, salle 2\n\nBonjour à toutes et à tous,\n\nJe vous confirme la tenue d'une concertation de cas au sujet de la famille L., dans le cadre de l'article 458ter du Code pénal.";
    assert_eq!(
        when(text),
        (Some("2026-10-22".into()), Some("09:30".into()))
    );
    let text = "Subject: casusoverleg mr. V. - Tue 26 May 2026, 13:30\n\nDear all,\n\nWe'd like to hold a casusoverleg about Mr V. (art. 458ter).\n\nPractical:\n  Tuesday 26 May 2026, 13:30-15:00\n  Sociaal Huis, Kerkplein 3, room 2";
    assert_eq!(
        item(text, ModalityKind::Date).as_deref(),
        Some("Tuesday 26 May 2026"),
        "{text}"
    );
    // A form's dot leader that runs up to a colon of its own.
    let text = format!("{INVITER}\n\nDate ............ : jeudi 04/06/2026\nParticipation ...... : OBLIGATOIRE pour le service convoqué\n");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-06-04"), "{text}");
    // Attendance: free, and an absence not held against anyone; compulsory only at another
    // meeting, in the past; sharing expected in every way but a command.
    let text = format!("{INVITER}Libre à vous d'y prendre part ou non : votre absence ne sera pas considérée comme un refus de collaborer.");
    assert_eq!(
        kinds(&text),
        vec![StatementKind::ParticipationOptional],
        "{text}"
    );
    let text = format!("{INVITER}Contrairement à la réunion plénière du 12 janvier, pour laquelle la présence de chaque service était obligatoire, votre participation n'est pas obligatoire.");
    assert_eq!(
        kinds(&text),
        vec![StatementKind::ParticipationOptional],
        "{text}"
    );
    let text = format!("{INVITER}Votre présence est obligatoire.");
    assert_eq!(
        kinds(&text),
        vec![StatementKind::ParticipationMandatory],
        "{text}"
    );
    for text in [
        format!("{INVITER}Si vous venez, il faudra que vous communiquiez l'ensemble des éléments dont vous disposez."),
        format!("{INVITE}This is not a compulsory meeting, but we do not expect anyone to withhold information."),
    ] {
        assert!(
            kinds(&text).contains(&StatementKind::DisclosureMandatory),
            "{text}"
        );
    }
    // Participants under "Participants in this consultation:"; others the Mayor deems useful.
    let text = format!("{INVITE}\n\nParticipants in this consultation:\n- the local police;\n- a counsellor of the CAW;\n- you, as the family's general practitioner.\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    let text = format!("{INVITE}The Chief of Police will attend. Other persons or services whose presence the Mayor considers useful may also be invited.");
    assert!(checked(&text).participants.open_ended, "{text}");
    // "the reasoned authorisation the Crown Prosecutor gave our network"; "It'll be at our
    // place, Rue …".
    let text = format!("{INVITE}It is covered by the reasoned authorisation the Crown Prosecutor gave our network on 2 February 2026.");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    let text = format!("{INVITE}The date will be set by a Doodle. It'll be at our place, Rue des Tisserands 12 (1st floor).");
    assert!(checked(&text).modalities.meeting.place.is_some(), "{text}");
}

#[test]
fn wordings_of_the_thirtieth_sitting() {
    // A newsletter's training: its programme's questions and "Many of you have been
    // invited" convene no one; nor do "hundreds of professionals have been invited".
    let text = "Home Care Network - Newsletter\n\nTraining: \"Can I talk about my client?\"\n\nMany of you have been invited to a case consultation (art. 458ter) by a CPAS or the police. So we have organised a half-day session for home carers.\n\nWhen: Thursday 5 February 2026, 9:30-12:30\nWhere: Network office, Room 3\n\nWhat we will cover:\n\n- why your participation in a case consultation is never compulsory;\n- how to tell your client that a consultation will take place.\n\nPlaces are limited to 20 participants.";
    assert!(!convocation(text), "{text}");
    let text = "WEBINAR - Secrets around the table\n\nSince 2018, hundreds of professionals have been invited to case consultations under Article 458ter of the Criminal Code.\n\nDate: Thursday 22 May 2025\nFormat: online (Zoom)\nCertificate of attendance on request.\n\nProgramme\n\n1. When may a prosecutor authorise a case consultation?";
    assert!(!convocation(text), "{text}");
    // The same words addressed to the reader still convene.
    let text = "Dear Dr Claes,\n\nYou have been invited to a case consultation under Article 458ter of the Criminal Code on Monday 14 April 2025 at 14:30, Family Justice Centre, room Linde.";
    assert!(convocation(text), "{text}");
    // A training named as the reason for a postponement is not the letter's event.
    let text = "Dear all,\n\nBecause two partners are on a training day, Thursday's case consultation on the V. children has to move to Monday 14 April 2025, same hour (2.30 pm), same place: Family Justice Centre, Veldstraat 112. The consultation is organised under the Flemish Decree of 29 March 2024.\n\nKind regards,";
    assert!(convocation(text), "{text}");
    // A channel named alone heads a chat; its reply quotes the message it answers; the
    // old date is off, the new one still to be chosen, the hour and the room set.
    let text = "#riverside-partners                          Tuesday 11 February 2025\n\nInsp. Tom V.   16:47\n│ ↪ Replying to Tom V.: \"Reminder: art. 458ter case consultation tomorrow 9:00,\n│   briefing room 2. Attendance compulsory for all partners.\"\n\nChange of plan folks - tomorrow's consultation is OFF.\nWe postpone to next week, start at 10.30 this time, day to be picked via the poll.\nVenue doesn't change: briefing room 2, police HQ.\n\nReminder: art. 458ter case consultation, authorised by the Crown Prosecutor. Around the table: us (police) and the city's prevention service.";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert_eq!(report.modalities.meeting.date, None, "{text}");
    assert_eq!(
        report.modalities.meeting.time.as_deref(),
        Some("10:30"),
        "{text}"
    );
    assert!(
        !kinds(text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    // In a chat, "demain" counts from the message's stamp, not the export's date.
    let text = "Discussion WhatsApp « Réseau Nord » – exportée le 12/02/2026\n\n[11/02/2026 21:03] Kévin: je lance une concertation de cas pour Sam, dans le cadre du 458ter du code pénal\n[11/02/2026 21:04] Kévin: c'est demain 18h30, en visio\n[11/02/2026 21:11] Kévin: non t'inquiète, viens si tu peux";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-02-12"), "{text}");
    assert!(
        kinds(text).contains(&StatementKind::ParticipationOptional),
        "{text}"
    );
    // An authorization quoted in a letter that convenes: the quotation is no memo, and
    // "the authorisation sets out the reasons" makes it reasoned; a link alone is no place.
    let text = "Dear Dr V.,\n\nThe Family Justice Centre is organising a case consultation concerning Ms L.\n\nThis consultation takes place under Article 458ter of the Criminal Code, on the strength of the authorisation granted by the Crown Prosecutor of Leuven on 4 November 2024. The authorisation sets out the reasons for which it was given; its operative part reads:\n\n  \"For the reasons set out above, I authorise the Family Justice Centre to organise case consultations between the services listed in Annex 1.\"\n\nWhen and where\nTuesday 3 June 2025, 2 p.m., online only:\nhttps://meet.fjc.example/case-25-031\n\nKind regards,";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert!(report.modalities.meeting.remote, "{text}");
    assert!(report.modalities.meeting.place.is_none(), "{text}");
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    // Secrecy named as what lets them talk is no reminder; the permission to share only
    // what one feels ok sharing is.
    let text = format!("{INVITE}From what i read online we can talk under \"shared professional secrecy\". Share only what you feel ok sharing.");
    assert_eq!(
        kinds(&text),
        vec![StatementKind::DisclosureOptional],
        "{text}"
    );
    let text = format!("{INVITE}The exchanges take place under shared professional secrecy.");
    assert_eq!(kinds(&text), vec![StatementKind::SecrecyReminder], "{text}");
    // Unpaid membership fees and « cotisations impayées » are debts, not a permitted aim.
    let text = format!("{INVITER}Objet de la concertation :\n1. protéger l'intégrité physique de J. ;\n2. faire le point sur les cotisations impayées de la famille D.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    let text = format!("{INVITE}Its aims: to protect the physical integrity of J. and to recover the unpaid membership fees of the family.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // "We will be discussing" states what the meeting is for; "With us:" lists who comes.
    let text = format!("{INVITE}We will be discussing R.D.'s school absenteeism.\n\nWith us: Ms Aerts, the CLB counsellor; and the municipal attendance officer.");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    assert!(roles(&text).contains(&Role::Education), "{text}");
    // The place on the block after a date that ends with a comma.
    let text = format!("{INVITER}Elle est reportée au\n\n        VENDREDI 13 JUIN 2025 À 9 HEURES,\n\nsalle polyvalente de l'administration communale, rue des Tanneurs 14, 2e étage.\n");
    assert!(checked(&text).modalities.meeting.place.is_some(), "{text}");
    // A message forwarded below a letter that convenes is background: its reminders are
    // not the letter's. Forwarded under "you are invited as well", it is the letter.
    let text = "Bonjour à tous,\n\nSuite à l'autorisation motivée que Mme la procureure du Roi nous a délivrée le 4 décembre 2024 (message transféré ci-dessous), je vous convie à la concertation de cas, au sens de l'article 458ter du Code pénal, du mardi 7 janvier 2025 à 10 h au CPAS, salle Lilas.\n\nLucie T.\n\n---------- Message transféré ---------\nDe : Parquet\n\nJ'autorise l'organisation d'une concertation de cas. Les participants sont tenus au secret relativement aux secrets communiqués durant la concertation. La participation de chaque service est facultative.\n";
    assert_eq!(kinds(text), vec![], "{text}");
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    let text = "Dear Mr P.,\n\nPlease find below the invitation sent to the partners. You are invited as well.\n\n---------- Forwarded message ---------\nFrom: M. Delcourt\n\nDear partners,\n\nThe case consultation under Article 458ter of the Criminal Code will take place on Monday 16 February 2026 at 10.00, Courthouse, room 3.12. All participants are bound to secrecy as regards the secrets shared during the consultation.\n";
    assert!(
        kinds(text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A form's "CADRE :" label invokes the texts it lists; "HEURE : 9.30" is a time; so is
    // "1400 hrs"; a date line that ends on « à » goes on with its time.
    let text = format!("{INVITER}\n\nCADRE : – circulaire commune des ministres relative à l'échange d'informations\nDATE : mercredi 2 avril 2025\nHEURE : 9.30\n");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::NonNormative, None)],
        "{text}"
    );
    assert_eq!(meeting_time(&text).as_deref(), Some("09:30"), "{text}");
    let text = format!("{INVITE}Tue 14/04/2026, 1400 hrs, Briefing Room B, Police HQ.");
    assert_eq!(meeting_time(&text).as_deref(), Some("14:00"), "{text}");
    let text = format!("{INVITER}\nDate et heure : mardi 14 janvier 2025 à\n9 h 30 (accueil dès 9 h 15).\nLieu : CPVI, salle 2.14.\n");
    assert_eq!(meeting_time(&text).as_deref(), Some("09:30"), "{text}");
    // What the writer wrote before, quoted and retracted, is not invoked; the
    // authorisation the prosecutor signed is.
    let text = "Dear partners,\n\nIn my e-mail of 3 March I wrote that the case consultation would be held \"under the cooperation protocol between the police zone and the youth services\". That was a mistake. The consultation is organised under Article 458ter of the Criminal Code by the reasoned authorisation I signed on 28 February 2025. It will take place on Wednesday 19 March 2025, 9 am, courthouse, room 1.12.";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
}

#[test]
fn wordings_of_the_thirty_first_sitting() {
    // The prosecutor's authorization said in more ways: after a decision named between
    // commas, abbreviated « Proc. du Roi », issued by the writer.
    for (text, reasoned) in [
        (format!("{INVITER}Monsieur le Procureur du Roi de Namur a, par une décision du 22 août 2025, donné une autorisation motivée à l'organisation de cette concertation."), Some(true)),
        (format!("{INVITER}\nCadre : autorisation motivee du Proc. du Roi de Liège du 12/11/2024.\n"), Some(true)),
        (format!("{INVITE}I have issued a reasoned authorisation (attached) for this case consultation."), Some(true)),
    ] {
        assert_eq!(
            instruments(&text),
            vec![(InstrumentKind::ProsecutorAuthorization, reasoned)],
            "{text}"
        );
    }
    // Aims that are not 458ter's, said in a subordinate clause; absences named as a sign
    // of the danger are not an aim.
    for text in [
        format!("{INVITE}The consultation aims to protect the integrity of Ms A. and to examine whether the household's social benefits were obtained fraudulently."),
        format!("{INVITER}La concertation a pour objet de prévenir les infractions terroristes et de vérifier, à cette occasion, si l'intéressé séjourne régulièrement sur le territoire, afin que l'Office des étrangers puisse en être avisé."),
    ] {
        assert!(
            categories(&text).contains(&PurposeCategory::NotPermitted),
            "{text}"
        );
    }
    let text = format!("{INVITER}\nObjectif : protéger l'intégrité physique de l'enfant, dont les absences répétées et les marques constatées à l'école font craindre des maltraitances.");
    assert!(
        !categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // Words of a law's title wrapped onto the next line are the title's, not an aim.
    let text = "Dear Mr D.,\n\nThe local integral security cell set up under the Act of 30 July 2018 establishing local\nintegral security cells on radicalism, extremism and terrorism will discuss the\nsituation of the B. family at its next meeting.\n\nAim of the discussion: we want to get the children back to school.\n";
    assert!(
        !categories(text).contains(&PurposeCategory::Terrorism),
        "{text}"
    );
    // Disclosure made a duty: by a sanction, by "required to share", in a chat.
    for text in [
        format!("{INVITER}Toute rétention d'une information utile à la protection de l'enfant sera consignée au procès-verbal."),
        format!("{INVITE}Any withholding of relevant information will be reported to your line manager."),
        format!("{INVITE}Physicians and psychologists taking part are required to share the relevant elements of the file."),
        "[17/11/2025 16:02] Nadia: on organise une concertation de cas (458ter) pour Mme V., ven. 21/11 à 14h, salle Magritte\n[17/11/2025 16:06] Nadia: justement, t'es obligé de nous dire tout ce que tu sais".to_string(),
    ] {
        let kinds = kinds(&text);
        assert!(kinds.contains(&StatementKind::DisclosureMandatory), "{text}");
        assert!(
            !kinds.contains(&StatementKind::ParticipationMandatory),
            "{text}"
        );
    }
    // Still attendance: "required to attend".
    let text = format!("{INVITE}All services taking part are required to attend in person.");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    // Who takes part: "it'll be me (CPAS), …", "Taking part, under my chairmanship:", « y
    // aura moi, le Dr Lemaire … ».
    let text = format!("{INVITE}It'll be me (CPAS), Insp. Dumont from the local police and Sarah from the municipal housing department.");
    assert!(!checked(&text).participants.entries.is_empty(), "{text}");
    let text = format!("{INVITE}\nTaking part, under my chairmanship: the Chief of Police of the local police zone and the municipal prevention officer.\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    let text = "[17/11/2025 16:02] Nadia: on organise une concertation de cas pour Mme V.\n[17/11/2025 16:03] Nadia: y aura moi, le Dr Lemaire (urgentiste) et l'AS du CPAS";
    assert!(!checked(text).participants.entries.is_empty(), "{text}");
    // A place label whose line goes on to say the date is still to be set; labels in
    // lettered sub-clauses.
    let text = format!(
        "{INVITE}\nPlace: Town hall, council room (1st floor). The date will be set by poll.\n"
    );
    assert!(checked(&text).modalities.meeting.place.is_some(), "{text}");
    let text = format!("{INVITER}\n1.3 Modalités\n    a) date : jeudi 6 mars 2025 ;\n    b) heure : 8 h 15 précises ;\n    c) lieu : bureau de la direction, bâtiment A ;\n");
    let meeting = checked(&text).modalities.meeting;
    assert_eq!(meeting.time.as_deref(), Some("08:15"), "{text}");
    assert!(meeting.place.is_some(), "{text}");
}

#[test]
fn near_misses_of_the_thirtieth_and_thirty_first_sittings() {
    // "1400 hours" is a duration; a room number under a place label is no time.
    let text = format!("{INVITE}It will take place on Tuesday 14 April 2026 at the police station. The cell has already given 1400 hours of training.");
    assert_eq!(meeting_time(&text), None, "{text}");
    let text = format!("{INVITER}\n    a) date : jeudi 6 mars 2025 ;\n    c) salle : 2.14 ;\n");
    assert_eq!(meeting_time(&text), None, "{text}");
    // A reason clause does not hide a training that is the letter's own event.
    let text = "Dear colleagues,\n\nBecause many of you asked for it, we invite you to a training day on case consultations and Article 458ter on Thursday 4 June 2026 at 9:30, at our offices.\n\nKind regards,";
    assert!(!convocation(text), "{text}");
    // "The following people have been invited" still convenes.
    let text = "Dear Dr M.,\n\nThe following people have been invited to the case consultation about Ms L. (art. 458ter of the Criminal Code) on Monday 12 October 2026 at 10:00, town hall, room 2: you, the local police and the CPAS.\n\nKind regards,";
    assert!(convocation(text), "{text}");
    // A title clause on a short line ends there: the aim on the next line is an aim.
    let text = format!("{INVITE}\nBasis: the Act establishing the cells\nprevent terrorist offences is the aim of this consultation.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::Terrorism),
        "{text}"
    );
    // A link after a place named in words leaves the place.
    let text = format!("{INVITE}\n\nWhen: Tuesday 3 June 2025, 2 p.m.\nWhere: Town hall, room 2 (map: https://maps.example/th)\n");
    assert!(checked(&text).modalities.meeting.place.is_some(), "{text}");
    // Secrecy that binds is a reminder, even after "we can".
    let text = format!("{INVITE}We can only do this if everyone is bound by professional secrecy.");
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
}

#[test]
fn wordings_of_the_thirty_second_sitting() {
    // A chat pasted as text: each message read from its own line, after its stamp and
    // its author, so that its labels and lists begin a line.
    let text = "#pastoral-team  (St Aidan's School)\n\n[Mon 09/03/2026 16:42] Mrs J. Hartley (Head): Hi all, I'm setting up a case consultation (art 458ter) re Dylan R.\n[Mon 09/03/2026 16:43] Mrs J. Hartley (Head): Who: me, Sarah from the CLB, Mr Okafor (attendance officer at the municipality) + the form tutor\n[Mon 09/03/2026 16:44] Mrs J. Hartley (Head): When: tmrw 8.45, staff room\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    let found: Vec<Role> = report.participants.entries.iter().map(|p| p.role).collect();
    assert!(found.contains(&Role::Municipality), "{found:?}");
    assert!(found.contains(&Role::Education), "{found:?}");
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-03-10")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("08:45"));
    assert!(report.modalities.meeting.place.is_some(), "{text}");
    // Two text messages: a "case mtg" tomorrow counted from the stamp, the services
    // listed before "coming", in English however short.
    let text = "Tue 4 Mar 2025, 21:10 – Dr A. Okafor (paeds): Hi Lena, multi-agency case mtg on baby J. tmrw @ 3pm to keep him safe after Sunday's ER visit - police, CPAS + his GP coming, can u join?\nTue 4 Mar 2025, 21:11 – Dr A. Okafor (paeds): reply Y/N pls, thx\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert_eq!(report.language, convocheck::Language::En);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2025-03-05")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("15:00"));
    let found: Vec<Role> = report.participants.entries.iter().map(|p| p.role).collect();
    assert!(found.contains(&Role::Police), "{found:?}");
    assert!(found.contains(&Role::SocialServices), "{found:?}");
    // Who takes part, in a chat's run-on sentences: a list of roles after the colon of
    // the sentence that names the consultation; "would be you, me and …".
    let text = "[13/03/2025 18:42] Insp. D. Verlaine - ZP Montvaux: Salut Karim, on monte une CSIL-R (loi du 30/07/2018) sur le dossier K. pour prévenir des infractions terroristes : bourgmestre, chef de corps, fonctionnaire de prévention et CPAS. Date et lieu suivent.\n[13/03/2025 18:43] Insp. D. Verlaine - ZP Montvaux: Et rappel : tout reste couvert par le secret.\n";
    let found = roles(text);
    assert!(found.contains(&Role::Police), "{found:?}");
    assert!(found.contains(&Role::SocialServices), "{found:?}");
    let text = format!("{INVITE}Would be you, me and Inès from the CPAS of Schaerbeek.");
    assert!(roles(&text).contains(&Role::SocialServices), "{text}");
    // A service note whose title convenes.
    let text = "NOTE DE SERVICE – CONVOCATION\n\nCONCERNE : CONCERTATION DE CAS – ÉLÈVE Y.B.\n\nMesdames, Messieurs,\n\nUne concertation de cas est organisée au sujet de l'élève Y.B.\n\nPARTICIPANTS : la direction, l'agent de quartier, l'assistant social du CPAS.\n\nDATE ET LIEU : vendredi 14/02/2025 à 8h15, local 112.\n\nVotre présence est requise.\n";
    assert!(convocation(text), "{text}");
    // Attendance at school as the aim, in other words.
    for text in [
        format!("{INVITER}Le but de la réunion c'est de mettre tout le monde autour de la table pour faire baisser ces absences et le raccrocher à l'école."),
        format!("{INVITE}He has missed 41 half-days and we need to get his attendance back on track before the end of term."),
    ] {
        assert!(
            categories(&text).contains(&PurposeCategory::NotPermitted),
            "{text}"
        );
    }
    // The day a poll's link is sent is no meeting date; the time of the meeting is.
    let text = format!("{INVITER}La date sera fixée par sondage (lien Framadate envoyé demain) ; la réunion débutera à 8h45 précises, salle 3 du CPAS.");
    assert_eq!(meeting_date(&text), None, "{text}");
    assert_eq!(meeting_time(&text).as_deref(), Some("08:45"), "{text}");
    // A link as a place's value: the meeting is held online.
    let text = format!("{INVITE}\n\nWhen .......... Tuesday 3 June 2025, 2.15 pm\nWhere .......... https://meet.example.eu/j/CL-2025-0412\n");
    assert!(checked(&text).modalities.meeting.remote, "{text}");
    // A time the place follows, the day still to be chosen.
    let text = "VIF high-risk (group chat, 5 members)\n\nSofie (CPAS Riverside)  [Tue 11 Mar 2025, 08:41]\nMorning all, we're doing a case consultation (art 458ter) under the Act of 30 July 2018.\n\nSofie (CPAS Riverside)  [08:45]\n2pm at the shelter office (back entrance, buzzer 3). day still TBC -> vote in the doodle by tonight pls\n";
    assert_eq!(meeting_date(text), None, "{text}");
    assert_eq!(meeting_time(text).as_deref(), Some("14:00"), "{text}");
    // The person the object of a relative clause is not the one invited; the subject of
    // one still is.
    let text = format!(
        "{INVITE}Any other partner who knows the family is welcome too, just bring them along."
    );
    assert!(
        !kinds(&text).contains(&StatementKind::PersonInvited),
        "{text}"
    );
    let text = format!("{INVITE}Ms A. and her mother, who have been informed of the consultation, will be invited to join the meeting for its last half-hour.");
    assert!(
        kinds(&text).contains(&StatementKind::PersonInformed),
        "{text}"
    );
}

#[test]
fn near_misses_of_the_thirty_second_sitting() {
    // One stamped line is no chat: its line stays whole.
    let text = format!("{INVITE}\n[Update 10:30] Note: the room has changed.\n\nWhen: Tuesday 3 June 2025 at 14:00\nWhere: town hall, room 2\n");
    assert_eq!(meeting_time(&text).as_deref(), Some("14:00"), "{text}");
    // A list after the consultation's colon that names no role is no participants list.
    let text = "Bonjour,\n\nNous organisons une concertation de cas (article 458ter) pour trois raisons : l'urgence, la gravité et la récidive.\n\nCordialement,";
    assert!(roles(text).is_empty(), "{text}");
    // The day a letter was sent stays out; the meeting's date is read.
    let text = format!("{INVITER}La première convocation vous a été envoyée le 3 mars 2026 ; la réunion aura lieu le mardi 10 mars 2026 à 14h à l'hôtel de ville.");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-03-10"), "{text}");
    // "Thanks for coming" names no one.
    let text = format!("{INVITE}Thanks for coming last time.");
    assert!(roles(&text).is_empty(), "{text}");
    // A short French message stays French.
    let text =
        "Salut, il faut qu'on voie ça avec elle demain, mais son frère ne doit pas le savoir.";
    assert_eq!(checked(text).language, convocheck::Language::Fr, "{text}");
}

#[test]
fn wordings_of_the_thirty_third_sitting() {
    // A reply that declines, the invitation quoted below it.
    let text = "Subject: RE: case consultation family K. - 12/3\n\nDear ms Peeters,\n\nthank u for ur invitation but I will not come to this meeting. I dont see any legal base.\n\nbest regards\ndr. Anton W.\n\n> From: N. Peeters\n> Sent: Monday 3 March 2025 09:12\n>\n> Dear doctor, we convene u to a case consultation about the K. children on wednesday 12/3 at 16h in the school (room 2.14).\n";
    assert!(!convocation(text), "{text}");
    // A chat that greets with "hi dr …." and sets the meeting.
    let text = "Tue 6 May 2025 21:13 - Insp. Dirk (zone ouest):\nhi dr sorry for late msg. case consult tmrw 2pm @ the station, rue du moulin 8 2nd floor, re the kid (N., 7y). hes in danger at home we need to protect him asap\n\nTue 6 May 2025 21:15 - Insp. Dirk (zone ouest):\nur presence is not optional btw. pls bring the full medical file, we need all medical info u have on the kid\n";
    assert!(convocation(text), "{text}");
    let found = kinds(text);
    assert!(
        found.contains(&StatementKind::DisclosureMandatory),
        "{found:?}"
    );
    assert!(
        found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    // Statements in a non-native writer's words.
    let text = format!("{INVITE}\nPlease know:\n - you decide by yourself what you share\n - all participants are hold to secrecy about what is told in the meeting\n - mrs V. is informed and she can come at the end to give her point of view\n");
    let found = kinds(&text);
    for kind in [
        StatementKind::DisclosureOptional,
        StatementKind::SecrecyReminder,
        StatementKind::PersonInvited,
    ] {
        assert!(found.contains(&kind), "{kind:?} in {found:?}");
    }
    // Money owed as an aim.
    for text in [
        format!("{INVITE}The consultation has two aims:\n- to protect Ms L.;\n- to secure payment of the compensation Mr K. still owes Ms L. under the judgment."),
        format!("{INVITER}Objectifs :\n- démanteler le réseau ;\n- permettre à l'ONSS de recouvrer les cotisations sociales éludées par la société."),
    ] {
        assert!(
            categories(&text).contains(&PurposeCategory::NotPermitted),
            "{text}"
        );
    }
    // An internal note whose title convenes, its participants under a heading without a
    // colon.
    let text = "INSTITUT SAINT-REMACLE\n\nNOTE INTERNE + CONVOCATON\n\nConcerne : élève Y. (4e TQ), concertation de cas\n\nQUI PARTICIPE\n - Mme F. Lejeune, directrice (présidence)\n - Insp. S. Moens, agent de quartier, ZP Ardennes-Ourthe\n - Mme C. Hardy, déléguée SAJ\n\nQUAND / OU\nMardi 13 janvier 2026, 8h20 — local B12.\n\nTous les participants sont tenus au secret.\n";
    assert!(convocation(text), "{text}");
    let found = roles(text);
    assert!(found.contains(&Role::Police), "{found:?}");
    assert!(found.contains(&Role::YouthAid), "{found:?}");
    let text = format!(
        "{INVITE}\n\nWHO TAKES PART\n- the local police (youth unit)\n- the CPAS social worker\n"
    );
    assert!(roles(&text).contains(&Role::Police), "{text}");
    // Those who have accepted take part.
    let text = format!("{INVITE}Mr Dubois (deputy head, Athénée Jean-Jaurès) and the youth aid counsellor from the SAJ have already said yes.");
    assert!(roles(&text).contains(&Role::YouthAid), "{text}");
    // A second field on a form's line, apart from the first by a wide gap; the voluntary
    // character of participation, whatever is said of the document.
    let text = "CLINIQUE SAINT-ALDRIC\n                                              Liège, le 23 mars 2026\nORDRE DU JOUR\nConcertation de cas - enfant L. (3 ans)\nDate : jeudi 2/4       Heure : 9.30 précises\nLieu : salle B-214\nCadre : autorisation motivée du procureur du Roi de Liège du 12 mai 2025.\nRappels :\n- Le présent ordre du jour ne modifie en rien le caractère facultatif de votre participation.\n";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-04-02")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("09:30"));
    assert!(
        kinds(text).contains(&StatementKind::ParticipationOptional),
        "{text}"
    );
    // A meeting called off "tmrw" and set again for a day still to be chosen, at the same
    // time and place.
    let text = "#vif-casework (channel export)\n\n[Mon 20 Apr 2026 08:15] Sgt. R. Maes (Local Police): tmrw's case consultation on the V. family is OFF, the school's rep is sick\n[Mon 20 Apr 2026 08:16] Sgt. R. Maes (Local Police): we'll do it next week instead, same time 9:00, police HQ 2nd floor, room \"Lys\". exact day tbc by fri\n";
    let report = checked(text);
    assert_eq!(report.modalities.meeting.date, None, "{text}");
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("09:00"));
    assert!(report.modalities.meeting.place.is_some(), "{text}");
    // "etc" after things is no open list of people; "tt intervenant utile" is.
    let text = format!("{INVITER}\nseront la: le bourgmestre, le chef de corps, moi et vous\nvous devez nous transmettre tt ce que l ecole sait sur lui (dossier disciplinaire absences etc, tout)\n");
    assert!(!checked(&text).participants.open_ended, "{text}");
    let text = format!("{INVITER}\nparticipants: tt intervenant utile au dossier\n");
    assert!(checked(&text).participants.open_ended, "{text}");
    // A law's citation that runs on into the meeting's place.
    let text = "Mesdames, Messieurs,\n\nLa cellule (CSIL-R), instituée en application de la loi du 30 juillet 2018, se réunira ce jeudi 12 mars 2026 à 9 h, salle du Collège (Hôtel de ville).\n";
    assert!(checked(text).modalities.meeting.place.is_some(), "{text}");
    // A forward whose note sets out the meeting itself: what it forwards is background.
    let text = "From: Hanne P. <h.p@caw.example>\nSent: Tuesday, 31 March 2026 17:05\nSubject: FW: Convocation - case consultation - K. family\n\nTom,\n\nForwarding this one, you'll take my place. Short version: case consultation on the K. family, Thursday 9 April at 2 pm, Family Justice Centre, meeting room 3. You have to be there.\n\nHanne\n\n-----Original Message-----\nFrom: Case coordination <coordination@fjc.example>\nSent: Monday, 23 March 2026 09:12\nSubject: Convocation - case consultation - K. family\n\nDear partners,\n\nYou are invited to a case consultation on Thursday 9 April 2026 at 14:00. All participants are bound to secrecy regarding what is shared.\n";
    assert!(
        !kinds(text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
}

#[test]
fn near_misses_of_the_thirty_third_sitting() {
    // A forward under a note that does not set the meeting: the forwarded message is the
    // letter.
    let text = "From: Hanne P. <h.p@caw.example>\nSent: Tuesday, 31 March 2026 17:05\nSubject: FW: Convocation - case consultation - K. family\n\nTom, forwarding this one, you'll take my place.\n\nHanne\n\n-----Original Message-----\nFrom: Case coordination <coordination@fjc.example>\nSent: Monday, 23 March 2026 09:12\nSubject: Convocation - case consultation - K. family\n\nDear partners,\n\nYou are invited to a case consultation on Thursday 9 April 2026 at 14:00. All participants are bound to secrecy regarding what is shared.\n";
    assert!(
        kinds(text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // "etc." after services still leaves the list open.
    let text = format!("{INVITER}\nSont invités : le service Proximité de la police locale, le CPAS, l'association des commerçants du quartier, etc.\n");
    assert!(checked(&text).participants.open_ended, "{text}");
    // An abbreviation's full stop does not end the place.
    let text = format!(
        "{INVITE}It will take place on 3 March 2026 at 9:00 at the police station, bd. Anspach 12."
    );
    let place = checked(&text).modalities.meeting.place.map(|p| p.text);
    assert!(
        place.as_deref().is_some_and(|p| p.contains("Anspach")),
        "{place:?}"
    );
    // "I will not come" to something else is no refusal of the consultation.
    let text = format!("{INVITE}It will take place on Tuesday 3 March 2026 at 10:00 at the town hall. I will not come to the reception on Friday, but I will chair this one.");
    assert!(convocation(&text), "{text}");
}

#[test]
fn wordings_of_the_thirty_fourth_sitting() {
    // A professional body's guidance and a lawyer's refusal convene no one.
    for text in [
        "# Provincial Council of the Order of Physicians\n\n## Guidance for members: being asked to attend a \"case consultation\" (Art. 458ter Criminal Code)\n\n*This note is general guidance; it does not invite anyone to any meeting.*\n\n| The letter says your attendance is \"required\" | It is not. Reply that you will decide freely. |\n",
        "# ORDRE DES AVOCATS\n\n## Commission de déontologie — Note d'orientation n° 2025/02\n\n**Objet : l'avocat invité à une « concertation de cas » (article 458ter du Code pénal)**\n\nUne formule du type « votre présence est requise » n'oblige personne.\n",
        "Madame,\n\nJ'accuse réception de votre courriel par lequel vous m'invitez à une « concertation de cas » fixée au mardi 14 janvier à 10 heures dans les locaux du CPAS.\n\nJe vous informe que je n'y participerai pas.\n\nMe C. Delvigne",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A message's header line without a named chat: the reply's stamp is no meeting.
    let text = "Sarah L. (SAJ Namur-Est)   Tue 21/10/2025 10:14\nHi Tom, quick one.\n\nThe SAJ is organising a concertation about the young L. in the frame of the CSIL-R, on the basis of the décret du 8 juin 2023.\n\nDate and place still TBC.\n\nTom D. (Athénée)   Tue 21/10/2025 10:31\nNoted, I'll come back to you\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert_eq!(report.modalities.meeting.date, None, "{text}");
    assert_eq!(report.modalities.meeting.time, None, "{text}");
    // "Under a reasoned authorisation": invoked, not the statute's offer.
    let text = "Dear Ms Okafor,\n\nUnder a reasoned authorisation of the Crown Prosecutor (Art. 458ter Criminal Code), you are invited to a case consultation with the local police and the PCSW.\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))]
    );
    // Those who convene together take part.
    let text = "Madame,\n\nEn vertu de la loi du 30 juillet 2018, le bourgmestre et le chef de corps de la zone de police vous convient à une concertation de cas jeudi 13 mars 2025 à 10 h.\n";
    let found = roles(text);
    assert!(found.contains(&Role::Municipality), "{found:?}");
    assert!(found.contains(&Role::Police), "{found:?}");
    // A chat: "next Thursday" from the message's stamp, the place after the day, "Would
    // be: …".
    let text = "WhatsApp - \"care circle\"\n[Fri 14 Mar 2025, 13:05] Dr Sam A.: Hi all. I'd like to hold a case consult on Mrs K. (82) next Thursday after surgery hours, at my practice (Bell Street 9).\n[Fri 14 Mar 2025, 13:06] Dr Sam A.: Would be: me, the district nurse (Hanne), and Yusuf from the CPAS.\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2025-03-20")
    );
    assert!(roles(text).contains(&Role::SocialServices), "{text}");
    // One of two dates is no date; the time they share is the meeting's.
    let text = format!("{INVITE}\n\nWhen: one of these two dates - Tuesday 9 or Thursday 11 September 2025, at 2 pm; we will confirm which.\nWhere: meeting room 4.\n");
    assert_eq!(meeting_date(&text), None, "{text}");
    assert_eq!(meeting_time(&text).as_deref(), Some("14:00"), "{text}");
    let text = "[07/11/2025 16:55] Céline (coord. réseau) : qd ? sem. du 17/11, 14h, en visio (lien suivra).\n[07/11/2025 16:56] Céline (coord. réseau) : concertation de cas (autorisation du procureur du Roi), je fais un doodle pr le jour.\n";
    assert_eq!(meeting_date(text), None, "{text}");
    assert_eq!(meeting_time(text).as_deref(), Some("14:00"), "{text}");
    // The question the consultation answers, as a heading.
    let text = "# Convocation\n\n## Comment préserver l'intégrité physique et psychique de Mme D. et de ses enfants ?\n\nC'est la seule question à l'ordre du jour de la concertation de cas à laquelle nous vous convions.\n";
    assert!(
        categories(text).contains(&PurposeCategory::Integrity),
        "{text}"
    );
    // A heading in capitals ends the list above it.
    let text = "Madame, Monsieur,\n\nVous êtes convoqué(e) à une concertation de cas.\nPARTICIPANTS\nToute personne ou tout service qui sera jugé utile.\nOBLIGATIONS DES PARTICIPANTS\nMerci de confirmer la réception de la présente auprès de l'inspecteur principal M. Dufrasne.\n";
    assert!(roles(text).is_empty(), "{text}");
    // Numbered points and run-in headings.
    let text = format!("{INVITE}\n\n3. Who takes part. The deputy public prosecutor, the local police family violence officer and the CAW social worker.\n");
    assert!(roles(&text).contains(&Role::Prosecution), "{text}");
    let text = "Dear Mr Peeters,\n\nI would like to invite you to a case consultation of our local integrated security cell.\n\n**Participants.** The Mayor (who chairs the cell), the chief of the local police and the Justice House.\n\n**Venue.** Meeting room B.02, Town Hall, Markt 1.\n";
    let report = checked(text);
    assert!(
        report
            .participants
            .entries
            .iter()
            .any(|p| p.role == Role::Police),
        "{text}"
    );
    assert!(report.modalities.meeting.place.is_some(), "{text}");
    // The texts a list under a wrapped sentence names are what it rests on.
    let text = "Madame,\n\nLa présente concertation de cas s'inscrit dans le cadre de l'article 458ter\ndu Code pénal et repose sur :\n\n- la Charte de collaboration école – CPMS – AMO signée le 14 septembre 2023 ;\n- la circulaire relative à la prévention du décrochage scolaire.\n";
    assert!(
        instruments(text)
            .iter()
            .any(|(k, _)| *k == InstrumentKind::NonNormative),
        "{text}"
    );
    // A Markdown block quote that opens on a reply's header lines is the earlier message.
    let text = "Bonjour Madame,\n\nnon, votre présence n'est pas obligatoire. Je vous confirme la concertation de cas le 3/12/2025 à 10h, par Teams.\n\n> **De :** Direction école\n> **Envoyé :** lundi 24 novembre 2025 11:05\n>\n> Avant de confirmer : ma collègue m'a transféré ceci :\n>\n>> les participants sont tenus au secret sur ce qui est dit.\n";
    let text = convocheck::Analyzer::new()
        .markdown(true)
        .analyze(text)
        .statements
        .iter()
        .map(|s| s.kind)
        .collect::<Vec<_>>();
    assert!(!text.contains(&StatementKind::SecrecyReminder), "{text:?}");
    // A form in a Markdown code block, its dot leaders read as colons.
    let text = "Bonjour Docteur,\n\n```text\nFICHE DE CONVOCATION — CONCERTATION DE CAS\nDate de la réunion ...... 2025-11-18\nHeure ................... 12h00 – 13h30\nModalité ................ visioconférence Zoom\n```\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2025-11-18")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("12:00"));
    // "on Thursday, 3pm" after the message's stamp.
    let text = "#casework-north · exported from team chat\n\nElise M. · Mon 12 Jan 2026, 16:07\nhey @Sam can you join a case consult about the Novak family on Thursday, 3pm?\nwe'll do it on Zoom\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-01-15"), "{text}");
}

#[test]
fn near_misses_of_the_thirty_fourth_sitting() {
    // A wrapped line that begins with a label word and a full stop is no label.
    let text = format!("{INVITE}The son would not leave the\nroom. Mr V. told me last week that he is afraid at night.");
    assert!(checked(&text).modalities.meeting.place.is_none(), "{text}");
    // "by Tuesday noon" is a deadline's hour, not the meeting's.
    let text = format!("{INVITE}Please tick your availabilities in the Doodle by Tuesday noon (slots between Monday 18 and Friday 22 May 2026).");
    assert_eq!(meeting_time(&text), None, "{text}");
    // Office hours in a signature are no meeting.
    let text = "Bonjour,\n\nJe vous confirme la réunion de la CSIL-R le jeudi 7 janvier 2027 à 10h00 à l'hôtel de ville.\n\nKevin M.\nPermanence : lundi et jeudi 9h-12h, rue du Marché 15\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2027-01-07"), "{text}");
    // A block quote that is the letter's own callout still speaks for it.
    let text = "Madame,\n\nNous vous invitons à une concertation de cas (art. 458ter) le 3 mars 2026 à 10h.\n\n> **Rappels**\n> Les participants sont tenus au secret sur ce qui sera partagé.\n";
    let kinds = convocheck::Analyzer::new()
        .markdown(true)
        .analyze(text)
        .statements
        .iter()
        .map(|s| s.kind)
        .collect::<Vec<_>>();
    assert!(kinds.contains(&StatementKind::SecrecyReminder), "{kinds:?}");
    // Statute words that offer an authorization stay generic.
    let text = "Dear Ms Okafor,\n\nArt. 458ter allows sharing in a consultation organised under a law, or with a reasoned authorisation of the Crown Prosecutor. We invite you to one on 3 March 2026.\n";
    assert!(instruments(text).is_empty(), "{text}");
}

#[test]
fn wordings_of_the_thirty_fifth_sitting() {
    // A form in a table: its title convenes, its "Participation | Facultative" row says
    // attendance is free.
    let text = "# FICHE DE CONVOCATION — CSIL-R\n\n| Rubrique | Contenu |\n|---|---|\n| Fondement | Arrêté du Gouvernement de la Communauté française du 16 mai 2024 ; art. 458ter C. pén. |\n| Date | mer. 05/11/2025 |\n| Heure | 9h |\n| Lieu | Maison communale, local 1.14 |\n| Participation | Facultative |\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.is_convocation, "{text}");
    assert!(
        report
            .statements
            .iter()
            .any(|s| s.kind == StatementKind::ParticipationOptional),
        "{text}"
    );
    // A meeting said not to be a case consultation.
    let text = "Dear all,\n\nI suggest a short coordination meeting on Tuesday 4 November 2025 at 10:00, CPAS, room 0.12.\n\nTo be clear, this is a practical meeting, not a case consultation under Article 458ter of the Criminal Code.\n";
    assert!(!convocation(text), "{text}");
    // A form's question answered "no" by its ticked box.
    let text = format!("{INVITER}\n   Participation obligatoire : [ ] oui   [x] non\n   Obligation de partager vos informations : [ ] oui   [x] non\n");
    let found = kinds(&text);
    assert!(
        found.contains(&StatementKind::ParticipationOptional),
        "{found:?}"
    );
    assert!(
        found.contains(&StatementKind::DisclosureOptional),
        "{found:?}"
    );
    assert!(
        !found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    // Text damaged on its way: a capital I read for an l, accents set apart from their
    // letters, UTF-8 read as Windows-1252.
    let text = "Madame,\n\nEn application de Ia Ioi du 30 juillet 2018, j'ai I'honneur de vous inviter à la concertation de cas de Ia CSIL-R. Votre participation est facuItative et Ies participants, dont l'assistant sociaI, sont tenus au secret.\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::Law, None)],
        "{text}"
    );
    let text = "Madame,\n\nNous vous invitons à une concertation de cas.\n1. BASE LE´GALE\n   [x] De´cret de la Communaute´ franc¸aise du 8 juin 2023\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::Decree, None)],
        "{text}"
    );
    let text = "Bonjour docteur,\n\nNous organisons une concertation de cas. Votre prÃ©sence est requise : la rÃ©union aura lieu le mardi 13 janvier 2026 Ã  9h.\n";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-01-13")
    );
    assert!(
        kinds(text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    // « Seriez-vous d'accord de participer à un petit casusoverleg … avec … ».
    let text = "Bonjour Docteur,\n\nSeriez-vous d'accord de participer à un petit\ncasusoverleg au sujet de M. K., avec l'assistante sociale du CPAS qui le suit et notre psychiatre ?\n";
    assert!(convocation(text), "{text}");
    assert!(roles(text).contains(&Role::SocialServices), "{text}");
    // A form's participants row whose value is deferred, over the other fields' rows.
    let text = "# FORMULAIRE D'INVITATION — CONCERTATION DE CAS\n\n| Rubrique | Détail |\n|---|---|\n| Participants | la liste des services invités vous sera communiquée la veille |\n| Date | mercredi 12 mars 2025 |\n| Heure | 13.30 |\n| Lieu | CLB Noordrand, salle 2 |\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.participants.entries.is_empty(), "{text}");
    // The translation of an accrediting decree's title, in brackets after it.
    let text = format!("{INVITE}\n\nCLB De Brug is a pupil guidance centre recognised and subsidised by the Flemish Community under the decree of 27 April 2018 on pupil guidance (decreet betreffende de leerlingenbegeleiding).\n");
    assert!(instruments(&text).is_empty(), "{text}");
}

#[test]
fn near_misses_of_the_thirty_fifth_sitting() {
    // A capital I in ordinary words stays: "Il", "In", "I'm", "Ixelles".
    let text = "Dear colleagues,\n\nIn Ixelles, I'm convening a case consultation under the Act of 30 July 2018. Il y aura la police.\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::Law, None)],
        "{text}"
    );
    // An acute used as an apostrophe stays one.
    let text = "Madame,\n\nEn vertu de l´autorisation motivée du procureur du Roi du 3 mars 2025, nous vous invitons à une concertation de cas qu´il présidera.\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    // An accented capital before guillemets is no mojibake.
    let text = "Madame,\n\nNous vous invitons à une concertation de cas « À L'ÉTÉ » le 3 mars 2026 à 10h.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-03-03"), "{text}");
    // A ticked "oui" keeps the duty.
    let text = format!("{INVITER}\n   Participation obligatoire : [x] oui   [ ] non\n");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
}

#[test]
fn wordings_of_the_thirty_sixth_sitting() {
    // Unpaid invoices to recover are an aim outside the statute.
    let text = format!("{INVITE}It aims to protect Mr D.'s physical integrity and to recover the home-care invoices (EUR 4,860) left unpaid since June.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // A form's dot leader that runs up to its colon, over the list below it.
    let text = "FORMULAIRE DE CONVOCATION — CONCERTATION DE CAS\n\nParticipants ............ :\n  [x] Direction de l'Athénée royal (M. Hubert, préfet)\n  [x] Médecin scolaire PSE (Dr Collard)\n  [ ] Autre : ..........\n\nDate .................... : mardi 02/12/2025\n";
    let found = roles(text);
    assert!(found.contains(&Role::Education), "{found:?}");
    assert!(found.contains(&Role::Health), "{found:?}");
    // « Titre Ier ter » names the terrorist offences.
    let text = format!("{INVITER}Cette concertation a pour seule finalité de prévenir les délits visés au Titre\nIer ter du Livre II du Code pénal.\n");
    assert_eq!(
        categories(&text),
        vec![PurposeCategory::Terrorism],
        "{text}"
    );
    // An aim said not to be discussed is none.
    let text = format!("{INVITER}Finalité : protéger l'intégrité physique des victimes. Aucune autre finalité ne sera poursuivie : la situation de séjour des personnes concernées, en particulier, ne sera pas abordée.\n");
    assert_eq!(
        categories(&text),
        vec![PurposeCategory::Integrity],
        "{text}"
    );
    // Outlook's header lines below a reply: the earlier message's duties are not the letter's.
    let text = "From: Sofie Claes <s.claes@ocmw.example>\nSent: Monday, 2 June 2025 14:20\nSubject: RE: Family H. – case consultation\n\nDear all,\n\nI am convening the case consultation under the decree of 29 March 2024. One correction to the message below: attendance is NOT mandatory.\n\nBest regards,\nSofie\n\n________________________________\nFrom: Inspector Jonas Maes\nSent: Friday, 30 May 2025 17:03\nTo: Sofie Claes\nSubject: Family H.\n\nAttendance is mandatory for all services and everyone must bring their complete file. Remind everyone they're bound to secrecy.\n";
    let found = kinds(text);
    assert!(
        found.contains(&StatementKind::ParticipationOptional),
        "{found:?}"
    );
    assert!(
        !found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    assert!(
        !found.contains(&StatementKind::SecrecyReminder),
        "{found:?}"
    );
    // The statute quoted in a footer under the signature reminds of nothing.
    let text = format!("{INVITE}Attendance is compulsory.\n\nKind regards,\nMargot\n\n------\nLEGAL FRAMEWORK (added automatically)\n\"§ 2. The participants are bound to secrecy with regard to the secrets communicated during the consultation.\"\n");
    assert!(
        !kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A citation's title stops before « cette concertation »: its aim is read.
    let text = format!("{INVITER}\n\nConformément à la circulaire ministérielle relative à l'obligation scolaire, ainsi qu'au règlement d'ordre intérieur de l'établissement, cette concertation a pour objet de lutter contre l'absentéisme de l'élève.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // « est prié de transmettre … l'intégralité des informations ».
    let text = format!("{INVITER}Chaque intervenant est prié de transmettre à la direction, pour le 14 janvier, l'intégralité des informations dont il dispose sur l'élève.\n");
    assert!(
        kinds(&text).contains(&StatementKind::DisclosureMandatory),
        "{text}"
    );
    // A data-protection notice's « toute personne concernée » opens no list.
    let text = format!("{INVITER}\n\nParticipants : la police, le CPAS.\n\nMentions RGPD : les données sont traitées aux seules fins du dossier. Toute personne concernée peut exercer ses droits auprès du délégué.\n");
    assert!(!analyze(&text).participants.open_ended, "{text}");
    // "any partner the Mayor considers useful", "other services at the invitation of the Chair".
    let text = format!(
        "{INVITE}\n\nParticipants: the police; the CPAS; any partner the Mayor considers useful.\n"
    );
    assert!(analyze(&text).participants.open_ended, "{text}");
    let text = format!("{INVITE}\n\nParticipants: the police; the CPAS; other services at the invitation of the Chair.\n");
    assert!(analyze(&text).participants.open_ended, "{text}");
    // A table's label cell states the aims.
    let text = "We convene a case consultation.\n\n| | |\n|---|---|\n| **Aims** | (1) protect the physical integrity of Ms K.; (2) establish her irregular residence status |\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(
        report
            .purposes
            .iter()
            .any(|p| p.category == PurposeCategory::NotPermitted),
        "{text}"
    );
}

#[test]
fn near_misses_of_the_thirty_sixth_sitting() {
    // An agenda's other item marked as holding no individual case is no aim.
    let text = format!("{INVITE}\n\nAim: to prevent terrorist offences.\n\nAgenda:\n2. Night-time nuisance on the promenade | general information, no individual cases\n");
    assert_eq!(
        categories(&text),
        vec![PurposeCategory::Terrorism],
        "{text}"
    );
    // A newsletter's training section: its duties are the training's.
    let text = "# Partners' newsletter\n\n## 2. Convening notice — case consultation\n\nWe convene a case consultation under Article 458ter of the Criminal Code. Coming is entirely voluntary.\n\n## 3. Training: shared professional secrecy\n\nAttendance is mandatory for all volunteers working night shifts.\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(
        !report
            .statements
            .iter()
            .any(|s| s.kind == StatementKind::ParticipationMandatory),
        "{text}"
    );
    // A chat export's own stamp is not the meeting's date.
    let text = "Microsoft Teams — chat export\nExported: 2026-02-10 16:05 by j.rivera\n[10:42] Jamie: we need a case consultation on Mr P. before he's discharged, day not fixed yet, I'll send a poll.\n";
    assert_eq!(meeting_date(text), None, "{text}");
    // A footnote called from the body is the letter's own reminder.
    let text = format!("{INVITER}Vous restez libre de partager ce qui est couvert par votre secret professionnel¹.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nN. Collignon\n\n________\n¹ Art. 458ter, § 2, C. pén. : les participants sont tenus au secret relativement aux secrets communiqués durant la concertation.\n");
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A memo's own "From:" over "Date:" lines open no earlier message.
    let text = "MEMO\n\nTo: all partners\nFrom: the prevention service\nDate: 3 March 2026\n\nDear colleagues,\n\nWe invite you to a case consultation under Article 458ter of the Criminal Code. Attendance is voluntary.\n";
    assert!(
        kinds(text).contains(&StatementKind::ParticipationOptional),
        "{text}"
    );
    // A reply to a forward keeps the forwarded convocation below it as the letter.
    let text = "De : Julie <j@amo.be>\nEnvoyé : mardi 10 mars 2026 08:47\nObjet : RE: TR: Convocation concertation de cas\n\nSalut Marc,\n\nTu peux y aller à ma place ?\n\nJulie\n\n________________________________\nDe : Direction <d@amo.be>\nEnvoyé : lundi 9 mars 2026 09:31\nObjet : TR: Convocation concertation de cas\n\nMadame, Monsieur,\n\nNous vous invitons à une concertation de cas au sens de l'article 458ter du Code pénal. Votre participation est facultative.\n";
    assert!(
        kinds(text).contains(&StatementKind::ParticipationOptional),
        "{text}"
    );
}

#[test]
fn participants_after_with_in_a_terse_convening_sentence() {
    // "we are holding a case consultation … with her home nurse, our social worker and the
    // police family unit": a longer lead whose verb convenes.
    let text = "29 Sep 2025 - Dear Dr Aerts, we are holding a case consultation on your patient Mrs D. on Thu 9 Oct, 10:00, ward 3B meeting room, with her home nurse, our geriatric social worker and the police family unit, to protect her from further abuse.\n";
    let found = roles(text);
    assert!(found.contains(&Role::Police), "{found:?}");
    assert!(found.contains(&Role::SocialServices), "{found:?}");
    // A chat's greeting that ends on "!".
    let text = "[12/03/2025 16:42] Karim (AMO) : Salut Anne ! concertation de cas demain 14h salle 2 chez nous avec la police de quartier et l'école de Jessy\n[12/03/2025 16:43] Karim (AMO) : tu sais passer ?\n";
    let found = roles(text);
    assert!(found.contains(&Role::Police), "{found:?}");
    assert!(found.contains(&Role::Education), "{found:?}");
}

#[test]
fn wordings_of_the_known_gaps() {
    // An SMS that greets in short ("Bjr Mme …") and sets the meeting.
    let text = "Bjr Mme Lemaire, concertation de cas (art 458ter) pr Lucas D. : Jeu 12/3 à 14h, lien Teams : https://teams.example/l/1 . Merci de confirmer. P. Gérard, dir.\n";
    assert!(convocation(text), "{text}");
    // A form titled as a request to take part, its arrangements still to be set.
    let text = "REQUEST TO TAKE PART IN A CASE CONSULTATION\n(Article 458ter of the Criminal Code)\n\nTo : Mr K., director\n\nA. BASIS\n   [x] Authorisation of the Crown Prosecutor dated 16 February 2026\n\nD. ARRANGEMENTS\n   Date  : to be set once all participants have replied\n";
    assert!(convocation(text), "{text}");
    // A notice that organizes the consultation and sets it, with no greeting.
    let text = "# Concertation de cas — violences intrafamiliales\n\n> Cette concertation est organisée dans le cadre de l'article 458ter du Code pénal.\n\n| Élément | Détail |\n|---|---|\n| Date | mercredi 18 juin 2025 |\n| Lieu | CJF, salle « Escale » |\n\n## Participants\n\n- Zone de police Sambre-Orient\n- CPAS de Sambre-Orient\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.is_convocation, "{text}");
    // An updated list under its heading; a row struck through is no participant.
    let text = "Dear members,\n\nWe invite you to the next LISC-R case consultation on Tuesday 18 November 2025 at 15:00, Town Hall.\n\n#### Updated participant list\n\n| # | Service | Status |\n|---|---|---|\n| 1 | Mayor (chair) | unchanged |\n| 2 | ~~Justice house (probation assistant)~~ | **removed** |\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    let found: Vec<Role> = report.participants.entries.iter().map(|p| p.role).collect();
    assert!(found.contains(&Role::Municipality), "{found:?}");
    assert!(!found.contains(&Role::JusticeHouse), "{found:?}");
    assert!(!found.contains(&Role::Other), "{found:?}");
    // "Taking part tomorrow:"; a bullet that titles the nested list under it.
    let text = format!(
        "{INVITE}\n\nTaking part tomorrow:\n- the local police;\n- the CPAS social worker.\n"
    );
    assert!(roles(&text).contains(&Role::Police), "{text}");
    let text = format!("{INVITE}\n\n* Who\n    - Police\n        + chief of the local police zone\n    - OCMW social worker\n* Ground rules\n    - minutes: decisions only, kept in the prevention service's register\n");
    let found = roles(&text);
    assert!(found.contains(&Role::Police), "{found:?}");
    assert!(!found.contains(&Role::Other), "{found:?}");
    // A line that asks and answers: « QUI ? Mme Hennuy, assistante sociale au CPAS ; … ».
    let text = format!("{INVITER}\n\nQUI ? Mme Laura Hennuy, assistante sociale au CPAS de Namur ; l'inspectrice Sarah Gillet, zone de police.\n");
    assert!(roles(&text).contains(&Role::SocialServices), "{text}");
    // A form's participants field deferred to an annex keeps the fields below to themselves.
    let text = "FICHE DE CONVOCATION – CONCERTATION DE CAS\n\nParticipants ............. : voir liste jointe\nPrésence ................. : souhaitée, mais sans obligation aucune\nConfidentialité .......... : chacun est tenu au secret\nContact .................. : INP Didier Collard, agent de quartier\n";
    assert!(roles(text).is_empty(), "{:?}", roles(text));
    // A wording quoted to be talked about; a negation denied as a whole.
    let text = format!("{INVITER}Désolée : la phrase sur la « présence obligatoire » dans le premier mail est un vieux copier-coller.\n");
    assert!(
        !kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    let text = format!(
        "{INVITER}Ce n'est pas que vous ne pouvez pas refuser de venir : vous le pouvez.\n"
    );
    let found = kinds(&text);
    assert!(
        found.contains(&StatementKind::ParticipationOptional),
        "{found:?}"
    );
    assert!(
        !found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    // An authorization one has, said reasoned in plain words in the next sentence.
    let text = format!("{INVITE}Dr Peeters has an authorisation from the Crown Prosecutor in Leuven for this consultation. She has the letter, which sets out why he agreed to it.\n");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    // A numbered section's title over the ticked box of its basis.
    let text = "FORMULAIRE DE CONVOCATION — CONCERTATION DE CAS\n\n1. BASE DE LA CONCERTATION (cocher)\n   ☐ Loi du 30 juillet 2018 (CSIL-R)\n   ☒ Protocole d'accord CPAS / zone de police du 3 mai 2022\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::NonNormative, None)],
        "{text}"
    );
    // "What it's about:"; « tant qu'on y est » adds an aim.
    let text = format!("{INVITE}\n\nWhat it's about: we'd like to prevent a terrorist attack and to sort out his residence status.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    let text = "[03/03/2026 19:52] Coach : Salut à tous, concertation de cas ce samedi 7 mars 2026 à la buvette du club, à 11h30\n[03/03/2026 19:58] Coach : le but c'est de voir comment on protège le gamin\n[03/03/2026 19:58] Coach : et tant qu'on y est on réglera l'histoire des cotisations que la famille nous doit depuis septembre\n";
    let found = categories(text);
    assert!(found.contains(&PurposeCategory::Integrity), "{found:?}");
    assert!(found.contains(&PurposeCategory::NotPermitted), "{found:?}");
    assert!(convocation(text), "{text}");
    // Minutes that convene « la séance n° 2 ».
    let text = "# Compte rendu de la séance n° 1\n\n**Séance tenue le :** 9 septembre 2025, maison de justice\n\nLa concertation de cas se tient sur la base de l'autorisation motivée du procureur du Roi du 14 mai 2024.\n\n## Convocation à la séance n° 2\n\nVous êtes invité·e à la séance n° 2, qui se tiendra le mardi 7 octobre 2025 à 9 h 30, en visioconférence.\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.is_convocation, "{text}");
}

#[test]
fn wordings_of_the_thirty_eighth_sitting() {
    // A weekday with no letter date to count from: no date, but the time stands.
    let text = "Heads up all: next case consultation is Tuesday at 8.15, room B12 at the town hall, chaired by the alderman, with the chief of police and our prevention officer.\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert_eq!(report.modalities.meeting.date, None, "{text}");
    assert_eq!(
        report.modalities.meeting.time.as_deref(),
        Some("08:15"),
        "{text}"
    );
    // An SMS that opens on its own stamp; a bare meeting link; "With the …" lists who comes.
    let text = "Tue 6 May 2025, 18:22 — Dr Okafor, case consultation (Art. 458ter Crim. Code, under the reasoned authorisation of the Crown Prosecutor dated 2 May) on your patient J.M., to protect her physical integrity.\n14 May, half past two in the afternoon: https://meet.fjc-demo.example/cc-0514\nWith the local police, the CPAS social worker and the victim-support psychologist. Come only if you wish.\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2025-05-14")
    );
    assert!(report.modalities.meeting.remote, "{text}");
    assert!(roles(text).contains(&Role::Police), "{text}");
    assert!(
        kinds(text).contains(&StatementKind::ParticipationOptional),
        "{text}"
    );
    // « concert. de cas »; a chat stamp that names its app; « Tu DOIS être là ».
    let text = "[Teams · lun. 03/02/2025 08:12] Karim B. (CPAS de Florival) : Salut Julie ! concertation 458ter sur la famille R. ce vendredi 11h, en visio sur Teams, avec l'école, le SAJ et nous.\nTu DOIS être là et tu dois tout nous dire sur leurs absences stp\n";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2025-02-07")
    );
    let found = kinds(text);
    assert!(
        found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    assert!(
        found.contains(&StatementKind::DisclosureMandatory),
        "{found:?}"
    );
    assert!(roles(text).contains(&Role::YouthAid), "{text}");
    // "treat this as a mandatory appointment"; « doivent garder confidentiel ».
    let text = format!("{INVITE}Please treat this as a mandatory appointment.\n");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    let text =
        format!("{INVITER}Tous les participants doivent garder confidentiel ce qui est partagé.\n");
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // « ou non » denies nothing after it.
    let text = format!("{INVITER}Chacun restant libre de partager ou non ce qu'il sait et tous les participants étant tenus au secret sur ce qui y sera communiqué.\n");
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A word in capitals hyphenated across a line break is read whole.
    let text = format!(
        "{INVITER}\nLES PARTICIPANTS SONT TENUS AU SE-\nCRET QUANT AUX INFORMATIONS ÉCHANGÉES.\n"
    );
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // The prosecutor's own authorization; one the letter says the prosecutor gave.
    let text = "From: Substitute Prosecutor J. Lemmens <j.lemmens@parquet.example>\nSubject: Consultation\n\nDear Ms Van Acker,\n\nThe consultation will take place on 21 January 2026 at 10 a.m. It is held under my reasoned authorisation of 14 January 2026.\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    let text = "Bonjour à toutes et tous,\n\nJe vous transfère la note par laquelle le procureur du Roi autorise la concertation. Je vous convie à la concertation de cas le mardi 17 mars 2026 à 16 h 30.\n";
    assert_eq!(
        instruments(text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(false))],
        "{text}"
    );
    // A notice's issue date is not the meeting's.
    let text = "# LIVC-R notice\n\n*Issued Monday 16 February 2026 by the prevention service*\n\nWe invite you to a case consultation. When: date to be confirmed, vote in the poll. Where: City Hall.\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert_eq!(report.modalities.meeting.date, None, "{text}");
    // The letter's own aims replace those of the message it quotes.
    let text = "Dear all,\n\nWe invite you to a case consultation. The only purpose is to protect the physical integrity of the two children. I have removed the item on school attendance from the purposes.\n\n> Purposes: protecting the children, and the school attendance problems.\n";
    let found = categories(text);
    assert!(found.contains(&PurposeCategory::Integrity), "{found:?}");
    assert!(!found.contains(&PurposeCategory::NotPermitted), "{found:?}");
    // « La rencontre prendra place le lundi 2 juin ».
    let text = "Bruxelles, le 19 mai 2025\n\nMadame,\n\nVous êtes invitée à une concertation de cas. La rencontre prendra place le lundi 2 juin à 10 heures, en ligne.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-06-02"), "{text}");
}

#[test]
fn near_misses_of_the_thirty_eighth_sitting() {
    // A steering committee that treats no individual case.
    let text = "Madame, Monsieur,\n\nNous vous invitons au comité de pilotage du réseau (article 458ter du Code pénal) le jeudi 12 mars 2026 à 14 h, salle 2. Attention : ce comité ne traite aucune situation individuelle.\n";
    assert!(!convocation(text), "{text}");
    // "Present will be:" inside a paragraph; a place to be communicated later.
    let text = format!("{INVITE}This is organised under article 458ter. Present will be: myself (CPAS), inspector Jacobs from the local police.\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    let text = "Namur, le 15 décembre 2025\n\nMadame,\n\nNous vous invitons à une concertation de cas le jeudi 8 janvier à 14u. Le local vous sera communiqué plus tard.\n";
    assert!(checked(text).modalities.meeting.place.is_none(), "{text}");
}

#[test]
fn near_misses_of_the_terse_with_line() {
    // A line that opens on "With the support of …" names no participant: only a service
    // right after the article opens a list.
    let text = format!(
        "{INVITE}\n\nWith the support of the prosecutor's office, we have set this meeting up.\n"
    );
    assert!(!roles(&text).contains(&Role::Prosecution), "{text}");
    // "issued" inside a sentence is no letter date: the meeting's date stands.
    let text = format!("{INVITE}It rests on the authorisation issued on 3 March 2026. The consultation will take place on 20 March 2026 at 10:00, CPAS, room 2.\n");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-03-20"), "{text}");
}

#[test]
fn wordings_of_the_thirty_ninth_sitting() {
    // A form sent to a named addressee with fields still open convenes them; "Chair:
    // [name]" and « Heure : …… » are fields left to fill, not modalities.
    let text = "To: Ines Wauters <i.wauters@example.org>\nSubject: case consultation - form below\n\nHello Ines,\n\nHere is the form for the case consultation on the D. children; I'll fill in the rest on Monday.\n\nLegal basis: [to be completed]\nPurpose: to protect the physical integrity of the children\nDate: Thursday 2 April 2026\nTime: [hh:mm]\nChair: [name]\nVenue: TBC\n\nBest,\nKoen\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert!(
        report
            .modalities
            .items
            .iter()
            .all(|i| i.kind != ModalityKind::Chair),
        "{text}"
    );
    let text = "Destinataire : Mme Aline Dubois, assistante sociale\n\nMadame,\n\nVous êtes invitée à une concertation de cas (art. 458ter du Code pénal) au sujet de l'enfant K.\n\nPrésidence : [à compléter]\nHeure : ……\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert!(
        report
            .modalities
            .items
            .iter()
            .all(|i| i.kind != ModalityKind::Chair),
        "{text}"
    );
    // « Intervenants convoqués » and "Services invited" head their lists.
    let text = format!(
        "{INVITER}\n\nINTERVENANTS CONVOQUÉS\n- CPAS de Hamois, service social\n- AMO Le Pont\n"
    );
    let found = roles(&text);
    assert!(
        found.contains(&Role::SocialServices) && found.contains(&Role::YouthAid),
        "{found:?}"
    );
    let text = format!("{INVITE}\n\nServices invited:\n- the local police, youth section\n- the CPAS social worker\n");
    let found = roles(&text);
    assert!(
        found.contains(&Role::Police) && found.contains(&Role::SocialServices),
        "{found:?}"
    );
    // An office named by whose it is, with no preposition before it.
    let text = format!("{INVITER}Le lundi 19 janvier 2026 à 8h45, bureau de la direction.\n");
    assert_eq!(
        item(&text, ModalityKind::Place).as_deref(),
        Some("bureau de la direction"),
        "{text}"
    );
    let text = format!("{INVITE}Thursday 5 March 2026, 16:00, head teacher's office.\n");
    assert_eq!(
        item(&text, ModalityKind::Place).as_deref(),
        Some("head teacher's office"),
        "{text}"
    );
    // A Dutch greeting in a Brussels chat, and the meeting confirmed to those it convenes.
    let text = "[12/05/2026 08:40] Sam (SSM Nord):\nDag iedereen - confirming the case consultation on J. tomorrow 13/05 at 14h, on Teams. Goal: protect J., serious threats to her physical integrity. Who: me, the school nurse, the AMO.\n";
    assert!(convocation(text), "{text}");
    // Reminders and aims in other words.
    let text = format!("{INVITE}Whatever is said stays covered by prof. secrecy.\n");
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    let text = format!("{INVITER}Elle a aussi pour but le recouvrement des arriérés de loyer.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    let text = format!("{INVITE}A second aim is the recovery of the advances paid by the PCSW.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // An excuse asked for keeps the duty: "without a valid reason" negates nothing.
    let text = format!(
        "{INVITE}Failing to attend without good reason will be reported to the Crown Prosecutor.\n"
    );
    let found = kinds(&text);
    assert!(
        found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    assert!(
        !found.contains(&StatementKind::ParticipationOptional),
        "{found:?}"
    );
    // « en aucun cas reprochée »: the absence is free.
    let text = format!("{INVITER}Votre absence ne pourra en aucun cas vous être reprochée.\n");
    let found = kinds(&text);
    assert!(
        found.contains(&StatementKind::ParticipationOptional),
        "{found:?}"
    );
    assert!(
        !found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    // Text set in a narrow column: a sentence wraps over lines shorter than a heading
    // would be, and its instrument is read with the consultation it organizes.
    let text = "ZONE DE POLICE DU VAL\nService d'appui\n\nMadame,\n\nLa présente concertation de cas\nau sens de l'art. 458ter du Code\npénal est organisée en application\nde la circulaire COL 04/2018 et du\nprotocole local du 3 mai 2024.\nVous y êtes invitée le 9 juin 2026\nà 10 h au commissariat central.\n";
    let found = instruments(text);
    assert!(
        found
            .iter()
            .any(|(k, _)| *k == InstrumentKind::NonNormative),
        "{found:?}"
    );
}

#[test]
fn near_misses_of_the_thirty_ninth_sitting() {
    // A model letter, its addressee a field to fill, convenes no one.
    let text = "MODEL - do not send as is\n\n[Name of addressee]\n\nDear [name],\n\nYou are invited to a case consultation under Article 458ter of the Criminal Code on [date] at [time], [place].\n";
    assert!(!convocation(text), "{text}");
    // The prosecutor's office is an institution, not the meeting's place.
    let text = format!("{INVITE}We are waiting for the prosecutor's office to come back to us before we set a date.\n");
    assert!(checked(&text).modalities.meeting.place.is_none(), "{text}");
    // "Chair: Ms Peeters" is a chair, its value filled in.
    let text = format!("{INVITE}\n\nChair: Ms Peeters, case manager\n");
    assert!(item(&text, ModalityKind::Chair).is_some(), "{text}");
    // An absence said to have no consequences is free; one said to be reported is not.
    let text = format!("{INVITE}Failure to attend will have no consequences for you.\n");
    let found = kinds(&text);
    assert!(
        !found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    let text = format!("{INVITE}Your absence will in no way be held against you.\n");
    let found = kinds(&text);
    assert!(
        found.contains(&StatementKind::ParticipationOptional),
        "{found:?}"
    );
    // A short line in a letter of long lines still ends its sentence: an address above
    // a paragraph is not read into it.
    let text = "CPAS de Florennes\nrue du Pont 4\n\nMadame, Monsieur, nous vous invitons à une concertation de cas au sens de l'article 458ter du Code pénal, qui se tiendra le 4 juin 2026 à 10 h dans nos locaux, afin de protéger l'intégrité physique de Mme R.\n";
    assert!(convocation(text), "{text}");
}

#[test]
fn wordings_of_the_fortieth_sitting() {
    // A calendar that says it is no convocation; a draft for approval that says no one
    // has been invited yet.
    let text = "Madame, Monsieur,\n\nLa CSIL-R (loi du 30 juillet 2018) se réunira en 2026 les jeudis suivants, à 9 h, salle du Collège : 8 janvier, 12 février, 12 mars.\n\nCe planning n'est pas une convocation : chaque séance fera l'objet d'une convocation.\n";
    assert!(!convocation(text), "{text}");
    let text = "Mayor,\n\nBelow is the draft agenda of the LIVC-R case consultation planned for Thursday 11 June 2026 (Art. 458ter). No invitations have been sent yet.\n\n1. Case R-2026-03\n2. Case R-2026-05\n";
    assert!(!convocation(text), "{text}");
    // A network's case table is a case consultation; a chat member's "joins as well".
    let text = "[04/02/2026, 17:52] Lotte (Youth Aid): Hi all, network case table tomorrow at 9:00, town hall room 2, on the V. children (we fear for their physical safety).\n[04/02/2026, 18:02] Lotte (Youth Aid): Inspector Ben Claes from the local police joins as well.\n";
    assert!(convocation(text), "{text}");
    assert!(roles(text).contains(&Role::Police), "{text}");
    // Another meeting's date: "the annual plenary meeting on 11 June".
    let text = format!("{INVITE}The situation will be put on the agenda of one of the forthcoming sessions; this is separate from the network's annual plenary meeting on 11 June 2026.\n");
    let report = checked(&text);
    assert_eq!(report.modalities.meeting.date, None, "{text}");
    assert!(
        report
            .modalities
            .items
            .iter()
            .all(|i| i.kind != ModalityKind::Agenda),
        "{text}"
    );
    // Fields "to be fixed"; the exact place to be confirmed.
    let text = format!("{INVITE}\n\nDate ...... to be fixed\nVenue ..... to be fixed\n");
    assert!(checked(&text).modalities.meeting.place.is_none(), "{text}");
    let text = format!(
        "{INVITER}Le jeudi 13 novembre 2025 à 9 h 30 ; le lieu exact vous sera confirmé.\n"
    );
    assert!(checked(&text).modalities.meeting.place.is_none(), "{text}");
    // A purpose section whose title carries a remark in brackets; civil damages.
    let text = format!("{INVITE}\n\nPURPOSE OF THE CONSULTATION (tick as appropriate)\n  [X] other (specify): recovery of the civil damages he still owes her\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // Open lists in other words.
    for text in [
        format!("{INVITE}Feel free to bring along anyone from your team who knows the family.\n"),
        format!(
            "{INVITE}You may take part together with any partner service you consider useful.\n"
        ),
        format!("{INVITER}Toute personne qui connaît la famille est la bienvenue.\n"),
    ] {
        assert!(checked(&text).participants.open_ended, "{text}");
    }
    // « Sont attendus pour les points 3 et 4 : »; « Seraient là : ».
    let text = format!("{INVITER}\n\nSont attendus pour les points 3 et 4 : la déléguée du SAJ et l'assistante sociale du CPAS.\n");
    let found = roles(&text);
    assert!(
        found.contains(&Role::YouthAid) && found.contains(&Role::SocialServices),
        "{found:?}"
    );
    // Disclosure required in other words; attendance left free in a chat.
    let text = format!("{INVITE}Everyone will have to put all their info on the table.\n");
    assert!(
        kinds(&text).contains(&StatementKind::DisclosureMandatory),
        "{text}"
    );
    let text = format!("{INVITER}Chacun vient s'il peut, rien d'obligatoire.\n");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationOptional),
        "{text}"
    );
    // An authorisation the prosecutor "(Ghent) gave us".
    let text = format!("{INVITE}It is held under the authorisation the Public Prosecutor (Ghent) gave us for our case consultations.\n");
    let found = instruments(&text);
    assert!(
        found
            .iter()
            .any(|(k, _)| *k == InstrumentKind::ProsecutorAuthorization),
        "{found:?}"
    );
    // A note addressed to « M. le Délégué »: it may convene him.
    let text = "NOTE DE SERVICE\n\nA : M. le Délégué du SAJ de Dinant\n\nOBJET : concertation de cas - élève R.\n\nLa réunion est organisée comme concertation de cas au sens de l'article 458ter du Code pénal, le mercredi 12 mars 2025 à 13 h 30, salle des professeurs. Merci de confirmer votre présence.\n";
    assert!(convocation(text), "{text}");
    // A terse SMS: services joined by slashes, and after a colon what it is about.
    let text = "Bjr Mme L., concertation de cas (art 458ter) école/SAJ/AMO pr Lucas D. (5e prim.) : absentéisme scolaire. Jeu 12/3 à 14h, Teams. Merci de confirmer.\n";
    assert!(roles(text).contains(&Role::YouthAid), "{text}");
    assert!(
        categories(text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // A room written "rm 2"; a letter set in LaTeX, its accents before their letters.
    let text = format!("{INVITE}Tomorrow 10:30, justice house, rm 2.\n");
    assert!(checked(&text).modalities.meeting.place.is_some(), "{text}");
    let text = "Ma^ıtre,\n\nDans le cadre de l'article 458ter du Code p´enal, le Centre organise une concertation de cas moyennant l'autorisation motiv´ee du procureur du Roi du 12 mai 2025. Elle a pour finalit´e de prot´eger l'int´egrit´e physique des enfants.\n";
    let found = instruments(text);
    assert!(
        found
            .iter()
            .any(|(k, r)| *k == InstrumentKind::ProsecutorAuthorization && *r == Some(true)),
        "{found:?}"
    );
}

#[test]
fn near_misses_of_the_fortieth_sitting() {
    // "The agenda of the next meeting" is this meeting's agenda.
    let text = format!("{INVITE}It will take place on 3 June 2026 at 10:00 at the town hall; the agenda of the next meeting is attached.\n");
    assert!(item(&text, ModalityKind::Agenda).is_some(), "{text}");
    // "Failure to attend" with no sanction after it is no duty.
    let text =
        format!("{INVITE}Failure to attend will not affect your other cooperation with us.\n");
    assert!(
        !kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    // The prosecutor's office joins: an institution, not a place.
    let text = format!("{INVITE}The prosecutor's office joins as well.\n");
    assert!(roles(&text).contains(&Role::Prosecution), "{text}");
    assert!(checked(&text).modalities.meeting.place.is_none(), "{text}");
    // A clean letter's "1er" and "1bis" stay; an acute used as an apostrophe stays one.
    let text =
        format!("{INVITER}Le 1er juin 2026 à 10 h, salle 1bis, l´article 458ter s´applique.\n");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-06-01"), "{text}");
}

#[test]
fn wordings_of_the_forty_first_sitting() {
    // A reply that answers a quoted question below it: the question's words are not the
    // sender's, the answer's are; an attribution inside the quote ends with it.
    let text = "Bonjour à tous,\n\n> Le 3 nov. 2025 à 17:05, Direction de l'école a écrit :\n> est-ce obligatoire pour l'école d'être présente ?\n\nOui : la présence d'un représentant de l'établissement est obligatoire pour cette concertation de cas (art. 458ter du Code pénal) du jeudi 13 novembre 2025 à 10 h, salle du Conseil.\n";
    let found = kinds(text);
    assert!(
        found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    let text = "Dear Ms O'Neill,\n\n> Is this compulsory? My head thinks we are obliged to attend.\n\nNo. Attendance at the case consultation (Art. 458ter) is not compulsory: you are invited, not summoned.\n";
    let found = kinds(text);
    assert!(
        !found.contains(&StatementKind::ParticipationMandatory),
        "{found:?}"
    );
    // A forwarder's "this one is not optional".
    let text =
        format!("Marie, please go on behalf of the unit, this one is not optional.\n\n{INVITE}\n");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    // A date put off is no meeting date; the place "stays the same".
    let text = "Dear all,\n\nI am postponing the case consultation (art. 458ter) about Mr L. that was planned for Wednesday 4 March 2026 at 14:30. The new date will be fixed through a poll.\n\nThe venue stays the same: PCSW, meeting room 3 (ground floor).\n";
    let report = checked(text);
    assert_eq!(report.modalities.meeting.date, None, "{text}");
    assert!(report.modalities.meeting.place.is_some(), "{text}");
    // The place in the sentence after the date's, under its own label.
    let text = format!("{INVITE}It is moved to Friday 20 March 2026 at 8:15. Same place: Town Hall, council room.\n");
    assert!(checked(&text).modalities.meeting.place.is_some(), "{text}");
    // Minutes above a convocation to the next meeting, its date set apart under a colon.
    let text = "Madame, Monsieur,\n\nPARTIE 1 – COMPTE RENDU DE LA SÉANCE DU 23 SEPTEMBRE 2025\n\nPrésents : le bourgmestre, le chef de corps.\nExcusé : néant.\n\nPARTIE 2 – CONVOCATION\n\nDans le cadre de l'article 458ter du Code pénal, le bourgmestre vous invite à la prochaine séance de la CSIL-R (loi du 30 juillet 2018) :\n\n    le jeudi 6 novembre 2025, à 14 h 30, à l'Hôtel de ville.\n\nFinalité : prévenir les infractions terroristes.\n";
    assert!(convocation(text), "{text}");
    // A training announced below the signature of a letter that invites: not what it
    // convenes, and its "shared professional secrecy" reminds of nothing.
    let text = format!("{INVITE}It takes place on Teams on 17 March 2026 at 10:00, to protect the children's physical integrity.\n\nKind regards,\nC. H.\n\n----\nALSO FROM THE NETWORK - TRAINING ANNOUNCEMENT\n\"Shared professional secrecy in practice\"\nDate: Thursday 23 April 2026\nProgramme: the legal framework. Register at training@example.org.\n");
    let report = checked(&text);
    assert!(report.is_convocation, "{text}");
    assert!(
        !kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // "the mayor convenes the cell"; "Partners invited to the consultation:"; "Joining:".
    let text = "Under the Act of 30 July 2018 and Article 458ter of the Criminal Code, the mayor convenes the cell on Thursday 5 February 2026, 2.30 pm (venue to be confirmed), to prevent terrorist offences.\n";
    assert!(convocation(text), "{text}");
    let text = format!("{INVITE}\n\nPartners invited to the consultation:\n- the local police, Youth & Family section;\n- the CLB of the children's school.\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    let text = "[21/05/2025 16:42] Marieke (Shelter): Hi all, case consultation (art. 458ter) tomorrow 9am on Teams, to protect R. and the kids.\n[21/05/2025 16:46] Marieke (Shelter): Joining: me (chair), Sgt. Claessens (police zone South-East), Tom from the CPAS.\n";
    assert!(roles(text).contains(&Role::Police), "{text}");
}

#[test]
fn near_misses_of_the_forty_first_sitting() {
    // An acknowledgement on top of a quoted convocation convenes no one.
    let text = "From: Jan\nSent: Tuesday, 25 November 2025 09:14\nSubject: RE: Case consultation 27/11\n\nReceived, thanks. I'll be there on Thursday.\n\nJan\n\n________________________________________\nFrom: Veerle\nSent: Monday, 24 November 2025 11:30\nSubject: Case consultation 27/11\n\nDear colleagues,\n\nI invite you to a case consultation (Art. 458ter) on Thursday 27 November 2025 at 14:00, town hall.\n";
    assert!(!convocation(text), "{text}");
    // A witness hearing that says it is no consultation among professionals.
    let text = "Madame,\n\nVous êtes convoquée en qualité de témoin le mardi 2 décembre 2025 à 10 h au commissariat central. Vous êtes dépositaire du secret professionnel. Il ne s'agit pas d'une concertation entre professionnels.\n";
    assert!(!convocation(text), "{text}");
    // A meeting with the family alone.
    let text = "Dear Mr and Mrs Pirotte,\n\nI would like to meet you and Lucas on Tuesday 24 June 2025 at 2 pm at our offices. Everything you tell me remains covered by my professional secrecy.\n";
    assert!(!convocation(text), "{text}");
    // A lawyer who declines, restating the invitation.
    let text = "Madame,\n\nJ'accuse bonne réception de votre courrier par lequel vous m'invitez à participer, le jeudi 16 octobre 2025 à 10 heures, à une concertation de cas relative à mon client. Je ne pourrai y donner suite.\n";
    assert!(!convocation(text), "{text}");
}

#[test]
fn wordings_of_the_forty_second_sitting() {
    // An SMS whose first line names it is addressed to its reader; « concert. de cas »,
    // « loi 30/07/2018 », « secret pro pour tous ».
    let text = "SMS — reçu mar. 4 mars 2025 16:52\n\nBjr M. Lambert, concert. CSIL-R (loi 30/07/2018 + art. 458ter) jeudi 14h, maison communale. Présents : bourgmestre, chef de corps, CPAS. But : prévenir des infractions terroristes. Secret pro pour tous sur ce qui est dit.\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    assert!(
        kinds(text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    assert!(
        instruments(text)
            .iter()
            .any(|(k, _)| *k == InstrumentKind::Law),
        "{text}"
    );
    // A calendar entry, its organizer named; "mayor (chair), …" lists who takes part.
    let text = "cc 458ter - file M.B.\nWed 4 Jun 2025, 14:00\nTown hall, meeting room 2.14\nOrganizer: prevention service\nDescription: case consultation of the LISC-R (Act of 30 July 2018) - mayor (chair), chief of police, prevention officer - aim: prevent terrorist offences.\n";
    assert!(convocation(text), "{text}");
    assert!(roles(text).contains(&Role::Police), "{text}");
    // A typed post-it: services joined by "+", the aim after « motif : », « bureau dir. ».
    let text = "Mme Renard ->\nCONCERT. CAS Lucas 3eB\n8h15 bureau dir.\nAMO + AS CPAS + titulaire\nmotif : absentéisme ++\nmerci de venir ! M.\n";
    assert!(convocation(text), "{text}");
    assert!(
        categories(text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // A voicemail with no punctuation: the authorization's title stops at the next clause,
    // and "Reçu le …" dates the message for « mardi prochain ».
    let text = "Transcription automatique - messagerie vocale\nReçu le vendredi 14 novembre 2025 à 11:02 - durée 0:58\n\noui bonjour docteur c'est l'inspectrice de la zone de police je vous appelle pour une concertation de cas sur autorisation du procureur du roi concernant la petite Inès on voudrait protéger l'enfant donc ce serait mardi prochain à quatorze heures trente au commissariat\n";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2025-11-18"),
        "{text}"
    );
    assert!(
        categories(text).contains(&PurposeCategory::Integrity),
        "{text}"
    );
    // A question run on in lower case is the asker's; a tag "ok?" asks for a nod.
    let text = "[14/10/2025 16:02] Evelien: The casusoverleg (art. 458ter) on the V. kids is tomorrow 9.15 on Teams.\n[14/10/2025 16:05] Sofie: ok thx. Do I have to come?? my agenda is full\n";
    assert!(
        !kinds(text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    let text = format!("{INVITE}Whatever we say stays between us ok? not a word outside.\n");
    assert!(
        kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A PDF's text with no blank line: its disclaimer is its last paragraph, not the letter.
    let text = "POLICE ZONE WESTBROEK\nDear Ms McAllister,\nI hereby notify you of a case consultation (Art.\n458ter Criminal Code) on Tuesday 6 January 2026 at 14:00, police station, room 2,\nto protect the physical integrity of the pupils concerned.\nYours faithfully,\nChief of Police\nThis e-mail and any attachments are confidential and intended solely for the addressee.\n";
    assert!(convocation(text), "{text}");
    // An annex: the authorization reproduced below the signature, said reasoned there.
    let text = "Docteur,\n\nNous vous invitons à une concertation de cas le 4 mars 2026 à 10 h, salle 2, en vertu de l'autorisation du procureur du Roi du 4 septembre 2025, dont le texte est reproduit en annexe A.\n\nBien à vous,\nLa coordinatrice\n\n\nANNEXE A\n\nPARQUET DU PROCUREUR DU ROI\nAUTORISATION MOTIVÉE D'ORGANISER DES CONCERTATIONS DE CAS\nLa présente autorisation est valable jusqu'au 31 décembre 2026.\n";
    let report = checked(text);
    assert!(report.is_convocation, "{text}");
    let found = instruments(text);
    assert!(
        found
            .iter()
            .any(|(k, r)| *k == InstrumentKind::ProsecutorAuthorization && *r == Some(true)),
        "{found:?}"
    );
    // An exclusion a clause or two before an aim; "why we meet".
    let text = format!("{INVITER}Ce qui sera partagé ne pourra fonder de poursuites que pour les infractions terroristes, et non, par exemple, pour des faits d'absentéisme scolaire.\n");
    assert!(
        !categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // "TO THE PARTNERS LISTED BELOW"; "the communication of all information … is required".
    let text = "TO THE PARTNERS LISTED BELOW\n\nSUBJECT: CASE CONSULTATION (ART. 458TER)\n\nTUESDAY 29 SEPTEMBER 2026, AT 3 P.M., PROSECUTOR'S OFFICE, ROOM 4.02.\n\nThe communication of all information at your disposal is required from every participant.\n";
    assert!(convocation(text), "{text}");
    assert!(
        kinds(text).contains(&StatementKind::DisclosureMandatory),
        "{text}"
    );
}

#[test]
fn near_misses_of_the_forty_second_sitting() {
    // A doctor asking a colleague about the consultation she was invited to.
    let text = "SMS - de : Claire - 22/01/2026 21:14\n\ncoucou question rapide : le CPAS m'invite à une concert. de cas « 458ter » jeudi 14h pour une patiente... je suis obligée d'y aller ?? bisous\n";
    assert!(!convocation(text), "{text}");
    // A newsletter quoting a wording to talk about it.
    let text = "# The Shared Secret - quarterly newsletter\n\n## Five questions\n\nArticle 458ter of the Criminal Code lets professionals share in a case consultation. A letter saying \"your attendance is compulsory\" is simply wrong.\n\n- Webinar: Thursday 19 March 2026, 12:30, online.\n";
    assert!(!convocation(text), "{text}");
    // An annual report's chapter.
    let text = "Family Justice Centre - Annual Report 2025 - Chapter 4\n\nCase consultations under Article 458ter. This chapter does not describe any individual situation. In 2025 we held 41 case consultations, on Tuesdays at 9:00 in room 2.\n";
    assert!(!convocation(text), "{text}");
    // A callout set in a block quote is the sender's: its question asks nothing answered.
    let text = "Dear colleagues,\n\nWe invite you to a case consultation under Article 458ter of the Criminal Code on 3 June 2026 at 10:00, town hall.\n\n> **Important:** your attendance is compulsory. Questions? Call us.\n\nKind regards,\nThe coordinator\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(
        report
            .statements
            .iter()
            .any(|s| s.kind == StatementKind::ParticipationMandatory),
        "{text}"
    );
    // A calendar entry for a webinar on art. 458ter: its organizer line addresses its
    // attendees, but it convenes no case consultation.
    let text = "Webinar: shared professional secrecy (Art. 458ter)\nThu 19 Mar 2026, 12:30-13:30\nOnline\nOrganizer: training service\nDescription: a one-hour webinar on case consultations; registration required.\n";
    assert!(!convocation(text), "{text}");
    // « pas de » excludes within its own clause only.
    let text = format!("{INVITER}Elle a pour but, pas de doute là-dessus, le recouvrement des arriérés de loyer.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // "Why I am writing" is background, not the aim.
    let text = format!("{INVITE}\n\nWhy I am writing to you\n\nThe minors were caught committing thefts from shops.\n\nPurpose: to protect the physical integrity of the minors.\n");
    assert!(
        !categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
}

#[test]
fn wordings_of_the_forty_third_sitting() {
    // A reasoned authorization said in other words, the statement in the next sentence.
    let text = format!("{INVITE}It is held under the authorisation given to the Centre by the Crown Prosecutor of Brussels on 4 March 2025. That authorisation sets out in writing the reasons for which it was granted.\n");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::ProsecutorAuthorization, Some(true))],
        "{text}"
    );
    // Secrecy in plain words.
    for said in [
        "Each participant is bound to keep it secret.",
        "Everything said in the room stays there.",
    ] {
        let text = format!("{INVITE}{said}\n");
        assert!(
            kinds(&text).contains(&StatementKind::SecrecyReminder),
            "{text}"
        );
    }
    // A purpose reached through « réfléchir à la manière de … ».
    let text = format!("{INVITER}Nous aimerions réfléchir ensemble, entre professionnels, à la manière de la mettre à l'abri, elle et ses deux enfants, de nouvelles violences et de préserver leur santé physique et psychique.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::Integrity),
        "{text}"
    );
    // Choices and the person concerned, said warmly.
    let text = format!("{INVITER}Venir n'est pas un devoir ; parler non plus. Vous seule déciderez de ce que vous pouvez dire. Mme D. sait que nous nous réunissons ; elle a souhaité pouvoir être entendue en fin de séance.\n");
    let k = kinds(&text);
    for kind in [
        StatementKind::ParticipationOptional,
        StatementKind::DisclosureOptional,
        StatementKind::PersonInformed,
        StatementKind::PersonInvited,
    ] {
        assert!(k.contains(&kind), "{kind:?} in {text}");
    }
    let text = format!("{INVITE}Mrs V. knows we're meeting: I told her on Thursday.\n");
    assert!(
        kinds(&text).contains(&StatementKind::PersonInformed),
        "{text}"
    );
    // A chat's demand.
    let text = format!("{INVITE}pls bring everything u have on him. all info MUST be shared this time, no holding back\n");
    assert!(
        kinds(&text).contains(&StatementKind::DisclosureMandatory),
        "{text}"
    );
    // A PDF's narrow column breaks the date and the time over three lines under a
    // heading whose labels a comma joins.
    let text = "Madame,\n\nVous êtes convoquée à une concertation de cas (art. 458ter C. pén.).\n\nDATE, HEURE ET LIEU\nLe lundi 12\nmai 2025 à 9 h\n30, au Palais de justice, place du Palais 1, local 2.07.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-05-12"), "{text}");
    assert_eq!(meeting_time(text).as_deref(), Some("09:30"), "{text}");
    assert!(
        item(text, ModalityKind::Place).is_some_and(|p| p.starts_with("Palais de justice")),
        "{text}"
    );
    // Internal rules that empower the meeting are its (non-qualifying) basis.
    let text = format!("{INVITE}Our association's internal rules (article 12) say volunteers can call meetings like this with partners.\n");
    assert!(
        instruments(&text)
            .iter()
            .any(|(k, _)| *k == InstrumentKind::NonNormative),
        "{text}"
    );
    // A proposal of whom to ask, the list under it.
    for intro in ["I'd suggest:", "I've thought of:"] {
        let text = format!("{INVITE}\n\n{intro}\n- Ms Benali, the home-care nurse;\n- Inspector Wouters of the local police;\n- Mr Claes from the PCSW.\n");
        let r = roles(&text);
        assert!(
            r.contains(&Role::Police) && r.contains(&Role::SocialServices),
            "{text}"
        );
    }
    // « toute personne qui connaît un peu M. Dubois est la bienvenue ».
    let text = format!("{INVITER}Seraient là : Kevin notre agent de quartier, Sophie du service prévention de la commune et moi. Et toute personne qui connaît un peu M. Dubois est la bienvenue.\n");
    assert!(checked(&text).participants.open_ended, "{text}");
    // A street worker's proposal, the place given before the date.
    let text = "Salut à tous,\n\nJe me dis qu'on devrait se mettre autour de la table pour une concertation de cas sur Dylan.\n\nPour le lieu, je pensais à la maison de quartier des Tanneurs, salle du 1er étage. Pour la date, je vous envoie un Doodle.\n";
    assert!(convocation(text), "{text}");
    assert!(
        item(text, ModalityKind::Place).is_some_and(|p| p.contains("maison de quartier")),
        "{text}"
    );
}

#[test]
fn near_misses_of_the_forty_third_sitting() {
    // A committee that meets about the practice.
    for text in [
        "Dear partners,\n\nOur next newsletter comes out on 14 December: the new guidelines on case consultations under article 458ter.\n\nThe steering committee meets on Tuesday 8 December at 10:00 at the town hall to prepare it.\n\nBest regards,\nThe coordination\n",
        "Chers partenaires,\n\nLe comité de pilotage du réseau se réunira le mardi 8 décembre à 10 h à l'hôtel de ville. Ordre du jour : bilan des concertations de cas (article 458ter du Code pénal).\n\nBien à vous,\nLa coordination\n",
        "Bonjour à toutes et à tous,\n\nBeaucoup de collègues ont dit qu'on devrait se réunir plus souvent en concertation de cas, comme le permet l'article 458ter du Code pénal.\n\nBonne journée,\nClaire\n",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A title that names a message is no message's header; a meeting already held.
    for text in [
        "Message to all partners of the network\n\nFrom 1 January 2027, case consultations under article 458ter of the Criminal Code will be hosted by the CPAS on Tuesdays at 9:00 in meeting room 2, Rue Haute 12.\n\nThe coordination\n",
        "Message received 12/11/2026 09:14\n\nReminder: the case consultation about the Dubois family took place yesterday at the town hall with the police, the CPAS and the school. Thanks to all who came.\n",
        "SMS reçu le 12/11/2026 à 09:14\n\nLa concertation de cas pour la famille Dubois a eu lieu hier à la maison communale avec la police et le CPAS. Merci à toutes et à tous d'être venus !\n",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // A message that names its sender is addressed to its reader.
    let text = "Message from Dr Okafor to the team\n\ncase consultation re little Ines thurs 9h at the surgery, police + CPAS, to protect her. 458ter + decree of 29 March 2024. no obligation\n";
    assert!(convocation(text), "{text}");
    // A letter that convenes one, with a working group's meeting in a P.S.
    let text = format!("{INVITE}It will be held on Monday 11 January 2027 at 09:30 at the CLB office, Kerkstraat 4, with the CLB and the school's care coordinator.\n\nP.S. Our working group on school drop-out will meet on 20 January.\n");
    assert!(convocation(&text), "{text}");
    assert_eq!(meeting_date(&text).as_deref(), Some("2027-01-11"), "{text}");
    // A platform's notice about the message is no reminder of the consultation's secrecy.
    let text = format!("{INVITE}\n\nCONFIDENTIALITY NOTICE: This message may contain information covered by professional secrecy. Recipients are bound to keep it confidential.\n");
    assert!(
        !kinds(&text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    // A time's minutes on the next line only when nothing but a place or a sign follows.
    let text = format!(
        "{INVITER}La réunion aura lieu le lundi 12 mai 2025 à 14 h\n15 personnes sont attendues.\n"
    );
    assert_eq!(meeting_time(&text).as_deref(), Some("14:00"), "{text}");
}

#[test]
fn wordings_of_the_forty_fourth_sitting() {
    // Three dots between a form's label and its colon lead to the value.
    let text = "FORMULAIRE DE CONVOCATION – CONCERTATION DE CAS\n\nDestinataire ............. : Mme S. G.\n\nParticipants convoqués ... : [x] CPMS\n                             [x] AMO « La Passerelle »\n";
    let r = roles(text);
    assert!(
        r.contains(&Role::Education) && r.contains(&Role::YouthAid),
        "{text}"
    );
    // « une concertation autour de lui », proposed in a chat.
    let text = "[Groupe « Suivi Dylan » - Signal]\n\nlun. 9 juin 2025\n\nSarah (AMO Le Tremplin) 16:42\nHello tout le monde\nJe propose qu'on fasse une concertation autour de lui pour faire le point sur sa situation.\n\nSarah (AMO Le Tremplin) 16:44\nDemain 14h chez nous à l'AMO (salle du fond) ?\nSeraient là : Julie du SAJ, Karim du service prévention de la Ville et moi.\n";
    assert!(convocation(text), "{text}");
    // A harm feared in the passive, an aim added on the side.
    let text = format!("{INVITER}Nous voudrions nous réunir pour éviter que Madame ou sa fille ne soient à nouveau blessées. Nous profiterons aussi de la réunion pour trouver une solution à l'arriéré de loyer.\n");
    let c = categories(&text);
    assert!(
        c.contains(&PurposeCategory::Integrity) && c.contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // « les intervenants habituels du réseau qui souhaiteraient se joindre à nous ».
    let text = format!("{INVITER}Autour de la table : l'inspectrice de la zone de police, le médecin traitant et vous-même, ainsi que les intervenants habituels du réseau qui souhaiteraient se joindre à nous.\n");
    assert!(checked(&text).participants.open_ended, "{text}");
    // A day of the month after the letter's.
    let text = "Liège, le 20 décembre 2025\n\nMadame,\n\nNous vous invitons à une concertation de cas le 4 du mois prochain à 14 h au CPAS.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-01-04"), "{text}");
    let text = "Lowbridge, 10 November 2025\n\nDear Sir,\n\nI am organising a case consultation. The meeting will take place on the 4th of next month at 2 pm.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-12-04"), "{text}");
    // Whom the writer would have around the table, in a sentence.
    let text = "Dear Ms Willems,\n\nI would like to convene a case consultation about Emma under Article 458ter of the Criminal Code, with you as her teacher, Mr Jacobs, the youth aid consultant who already knows the family, and myself. I want us to make sure Emma is safe at home.\n";
    let r = roles(text);
    assert!(
        r.contains(&Role::Education) && r.contains(&Role::YouthAid),
        "{text}"
    );
    assert!(
        categories(text).contains(&PurposeCategory::Integrity),
        "{text}"
    );
    // Two days offered: no date is set.
    let text = format!("{INVITE}\n\nWhen: Mon 2 or Tue 3 March 2026, 10:00 - the day will be confirmed once everyone has answered the poll.\n");
    assert_eq!(meeting_date(&text), None, "{text}");
    // Attendance made compulsory, or left free, in other words.
    let text = format!("{INVITE}Given what happened over the weekend, skipping this one is not an option for the services involved.\n");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    let text = format!("{INVITER}Votre présence est-elle obligatoire ? Non, rien ne vous y oblige. Mais nous comptons sur vous.\n");
    let k = kinds(&text);
    assert!(
        k.contains(&StatementKind::ParticipationOptional)
            && !k.contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    // A duty to share, said by a rhetorical question or a negated right.
    for text in [
        format!("{INVITER}Mais faut-il rappeler que chaque service présent est tenu de transmettre toutes les informations dont il dispose ?\n"),
        format!("{INVITE}No partner is entitled to withhold relevant information.\n"),
    ] {
        assert!(
            kinds(&text).contains(&StatementKind::DisclosureMandatory),
            "{text}"
        );
    }
    // A time after a date and a comma, written with a dot.
    let text = "Brussels, 1 December 2025\n\nDear all,\n\nThe case consultation has to move. New date: Friday 12 December, 11.15, Paediatrics wing, room 4.031.\n";
    assert_eq!(meeting_time(text).as_deref(), Some("11:15"), "{text}");
    // A consultation set inside a newsletter whose training blurb says no case is discussed.
    let text = "# La Lettre du Réseau\n\n## Formation\n\nUne matinée d'échanges animée par Me Hoste, le jeudi 24 avril. Aucune situation individuelle n'y sera évoquée.\n\n## Concertation de cas — convocation\n\nEn vertu de l'autorisation du procureur du Roi du 3 février 2025, les services ci-dessous sont convoqués à une concertation de cas : le parquet, la zone de police et le CPAS.\n\n**Quand** : jeudi 13 mars 2025, 9 h 30\n**Où** : Maison de la Justice, salle « Lesse »\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.is_convocation, "{text}");
    // A consultation in a weekly team e-mail, the team meeting named in passing.
    let text = "Bonjour à toutes et tous,\n\n4) CONCERTATION FAMILLE D.\nComme annoncé en réunion d'équipe, on organise une concertation de cas sur la famille D. (art. 458ter du Code pénal).\nQuand : jeu. 20/03/2025, 14h\nOù : ici, salle 2\n";
    assert!(convocation(text), "{text}");
}

#[test]
fn near_misses_of_the_forty_fourth_sitting() {
    // A newsletter's FAQ: others' invitations told, the person "invited to be heard".
    let text = "# Care Network — Newsletter #38\n\n## Case consultations under Article 458ter\n\nSince the summer, several members have been invited to case consultations by the police or the PCSW.\n\n**5. Should I tell my patient?**\nCheck whether the person concerned has been informed, and whether they are invited to be heard.\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(!report.is_convocation, "{text}");
    // A training's page: its audience, its speakers, its price.
    let text = "MATINÉE DE FORMATION\n« La concertation de cas (art. 458ter C. pén.) : dois-je y aller ? »\n\nJeudi 16 octobre 2025, de 9 h à 12 h 30\nSalle polyvalente, chaussée de Mons 210\n\nPublic : assistants sociaux de CPAS.\n\nDe plus en plus de CPAS sont invités à des concertations de cas par la police. Votre participation à une concertation de cas n'est jamais obligatoire.\n\nIntervenants : Me Sophie Warnant, avocate.\n\nParticipation gratuite pour les membres ; 35 € pour les non-membres.\n";
    assert!(!convocation(text), "{text}");
    // A template: blanks in brackets and braces, "not for sending".
    let text = "<!-- DRAFT - NOT FOR SENDING -->\n\n# Convocation to a case consultation (art. 458ter)\n\n**To:** [name, function, service]\n\nDear [Mr/Ms] [surname],\n\nWe invite you to a case consultation within the meaning of Article 458ter.\n\n| Date | {{meeting_date}} |\n| Time | {{hh:mm}} |\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(!report.is_convocation, "{text}");
    // "[signature]" in a real letter is no blank.
    let text = format!("{INVITE}It will take place on 3 June 2026 at 10:00 at the town hall, room 2, with the police and the CPAS.\n\nKind regards,\n\n[signature]\nThe coordinator\n");
    assert!(convocation(&text), "{text}");
    // A calendar reminder of a meeting held three days before.
    let text = "Rappel : Concertation de cas CSIL-R - dossier 2025/02\nmardi 4 mars 2025 09:30 - 11:00\nHôtel de ville, salle du Collège\nOrganisateur : Secrétariat du Bourgmestre\n\nEn retard de 3 jours\n\nDétails de l'événement\nConcertation de cas au sens de l'article 458ter du Code pénal (loi du 30 juillet 2018, CSIL-R).\nStatut : réunion tenue\n";
    assert!(!convocation(text), "{text}");
    // A training's role-play material is no invitation.
    let text = "Dear colleagues,\n\nAs announced at the last staff meeting, all new social workers must attend the half-day training below. It is not optional.\n\n  Thursday 10 December 2026, 9:00-12:30, CPAS training room\n  Trainer: Ms Gilson\n\nProgramme:\n  - case consultations under Article 458ter;\n  - role-play: an invitation to a CSIL-R consultation.\n";
    assert!(!convocation(text), "{text}");
    // An ellipsis stays an ellipsis; "14 h" then a number on the next line is no time.
    let text = format!(
        "{INVITER}La réunion aura lieu le lundi 12 mai 2025 à 14 h\n15 personnes sont attendues.\n"
    );
    assert_eq!(meeting_time(&text).as_deref(), Some("14:00"), "{text}");
}

#[test]
fn wordings_of_the_forty_fifth_sitting() {
    // A template's blank left in a letter that set its meeting still convenes.
    let text = "Marbais, le 21 novembre 2025\n\nConcerne : Convocation - concertation de cas - [NOM DU DOSSIER] famille D.\n\nMadame, Monsieur,\n\nEn vertu de l'autorisation du procureur du Roi du 4 septembre 2025, nous avons l'honneur de vous inviter à une concertation de cas au sens de l'article 458ter du Code pénal.\n\nDate : vendredi 5/12 à 9h30\nLieu : CPAS, salle de réunion\n";
    assert!(convocation(text), "{text}");
    // A GP's plain words: « une petite concertation afin de la protéger ».
    let text = "Le 3 février 2026\n\nChère Madame,\n\nJe vous propose donc qu'on se voie tous les trois pour une petite concertation afin de la protéger. C'est demain, mercredi, à 19h, à mon cabinet.\n";
    assert!(convocation(text), "{text}");
    // An aim added by « permettra aussi de ».
    let text = format!("{INVITER}Elle permettra aussi de trouver une solution pour le remboursement des arriérés de loyer.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // A date set after an Act's short title is not the title's.
    let text = "[12/03/2026, 16:42] Jonas Peeters (prevention officer): Hi all - CSIL-R case meeting under the CSIL Act, Thu 19/3, 2pm, town hall room 1.02\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-03-19"), "{text}");
    // « 2e concertation », « Objectif de la concertation ».
    let text = "Note aux partenaires — le 3 février 2025\n\nObj. : suivi de l'élève J. T. — 2e concertation\n\nBonjour à tous,\n\nLa prochaine réunion aura lieu le mer. 12/02 à midi, au local 117.\n\nObjectif de la concertation : lutter contre l'absentéisme scolaire de J.\n\nSont invités :\n - le CPMS (Mme Hardy) ;\n - l'AMO « La Passerelle ».\n";
    assert!(convocation(text), "{text}");
    // A duty to tell, a typo, a table's "required".
    for text in [
        format!("{INVITE}In the interest of the children, you are required to tell us everything you know.\n"),
        format!("{INVITE}You are requird to share all relevant info on the subject that you hold.\n"),
    ] {
        assert!(
            kinds(&text).contains(&StatementKind::DisclosureMandatory),
            "{text}"
        );
    }
    let text = "# Notice\n\n**Type:** Convocation to a case consultation\n\n| Item | Details |\n|---|---|\n| Meeting | Fri 16/01/2026, 9h15 |\n| Attendance | **required** – please send a colleague |\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.is_convocation, "{text}");
    assert!(
        report
            .statements
            .iter()
            .any(|s| s.kind == StatementKind::ParticipationMandatory),
        "{text}"
    );
    // An authorization asked for, a date between commas: not yet a basis.
    let text = format!("{INVITER}Nous avons dès lors sollicité, le 9 octobre, une autorisation motivée du procureur du Roi de Charleroi ; à ce jour, elle ne nous est pas encore parvenue.\n");
    assert!(instruments(&text).is_empty(), "{text}");
    // A decree by its short name.
    let text =
        format!("{INVITER}Elle est organisée en application du décret Aide à la jeunesse.\n");
    assert_eq!(
        instruments(&text),
        vec![(InstrumentKind::Decree, None)],
        "{text}"
    );
    // "Thursday week, 2 to 4 pm", « dans quinze jours ».
    let text = "From: FJC <a@b.be>\nDate: Monday 6 October 2025, 10:14\nSubject: Case consultation\n\nDear colleagues,\n\nI am convening a case consultation.\n\nWhen: Thursday week, 2 to 4 pm.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-10-16"), "{text}");
    let text = "De : CPAS <a@b.be>\nDate : lun. 3 mars 2025 09:00\nObjet : Concertation de cas\n\nBonjour,\n\nJe vous invite à une concertation de cas.\n\nQuand : dans quinze jours jour pour jour, 14h-16h\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-03-17"), "{text}");
    // "by video" is a remote means; "I would like to invite Fr Thomas, Ms Collard …".
    let text = format!("{INVITE}Tomorrow 8am, by video.\n");
    assert!(checked(&text).modalities.meeting.remote, "{text}");
    let text = format!("{INVITE}I would like to invite Fr Thomas (our parish priest), Ms Nadine Collard (social worker at the CPAS) and Officer Marc Pauwels (our community police officer).\n");
    let r = roles(&text);
    assert!(
        r.contains(&Role::SocialServices) && r.contains(&Role::Police),
        "{text}"
    );
}

#[test]
fn near_misses_of_the_forty_fifth_sitting() {
    // A reply asked "in ten days" is no meeting's date.
    let text = format!("{INVITE}It will take place on 3 June 2026 at 10:00, town hall, room 2. Please reply in 10 days.\n");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-06-03"), "{text}");
    // "the usual partners", spelled out, are a closed list.
    let text = format!("{INVITE}\n\nAttendees: the usual partners - that is, the CLB, the youth unit of the local police and the OCMW.\n");
    assert!(!checked(&text).participants.open_ended, "{text}");
    // "we are required to tell you" is the sender's own duty.
    let text = format!(
        "{INVITE}A few things we are required to tell you: your participation is voluntary.\n"
    );
    assert!(
        !kinds(&text).contains(&StatementKind::DisclosureMandatory),
        "{text}"
    );
    // A public consultation on a plan is no case consultation.
    for text in [
        "Madame,\n\nNous vous invitons à une concertation pour le plan communal de mobilité le 3 mars 2027 à 19 h à la salle des fêtes.\n",
        "Madame,\n\nVous êtes invitée à la prochaine concertation publique sur le plan de cohésion sociale, le 3 mars 2027 à 19 h, salle du conseil.\n",
    ] {
        assert!(!convocation(text), "{text}");
    }
    // An accredited service's decree, named by its code in a footer, is no basis.
    let text = format!("{INVITER}\n\nAMO « La Passerelle » ASBL – Service agréé en application du décret du 18 janvier 2018 portant le code de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse\n");
    assert!(instruments(&text).is_empty(), "{text}");
}

/// The mends after reading the forty-third to forty-fifth sittings' change.
#[test]
fn wordings_read_again_after_the_forty_fifth_sitting() {
    // A reply that sets the meeting: "Let's do it on …".
    let text = "Hi Owen,\n\nLet's do it on Wednesday 3 December 2025 at noon, at your office at the school. This will be a case consultation under Article 458ter of the Criminal Code, with the CPAS and the local police.\n";
    assert!(convocation(text), "{text}");
    // "let's say at the outset" is no meeting set.
    let text = "Case consultations under Article 458ter: a short guide.\n\nLet's say at the outset that nobody has to attend a case consultation.\n";
    assert!(!convocation(text), "{text}");
    // The person concerned "invited to be heard" in a letter that convenes: the statement
    // stays, the letter still convenes.
    let text = format!("{INVITE}It will take place on 3 June 2026 at 10:00, town hall, room 2, with the police and the CPAS. The mother is invited to be heard at the start of the meeting.\n");
    assert!(convocation(&text), "{text}");
    assert!(
        kinds(&text).contains(&StatementKind::PersonInvited),
        "{text}"
    );
}

#[test]
fn wordings_of_the_forty_sixth_sitting() {
    // A day whose month is left unsaid, before a time: the first such day on or after the
    // letter's.
    let text = "From: Nadia B.\nSent: Tuesday, 25 November 2025 09:12\nSubject: RE: the B. children\n\nHi Owen,\n\nLet's do it on the 3rd at noon, at your office at the school. This will be a case consultation under Article 458ter of the Criminal Code, with the CPAS and the local police.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-12-03"), "{text}");
    assert_eq!(meeting_time(text).as_deref(), Some("12:00"), "{text}");
    assert!(item(text, ModalityKind::Place).is_some(), "{text}");
    let text = format!("Namur, le 5 mars 2026\n\n{INVITER}Elle aura lieu le 12 à 14 h, à mon cabinet, avec le CPAS et la police.\n");
    assert_eq!(meeting_date(&text).as_deref(), Some("2026-03-12"), "{text}");
    assert!(item(&text, ModalityKind::Place).is_some(), "{text}");
    // Reported in a quoted earlier message, such a day is that message's: no date.
    let text = "From: P. Claeys\nSent: Wednesday, 10 June 2026 09:47\nSubject: RE: case consultation invitation\n\nHi Amira,\n\nDon't confirm anything until we've seen their answer about the case consultation.\n\n-----Original Message-----\nFrom: Amira S.\nSent: Tuesday, 9 June 2026 17:15\n\nThey want me around the table on the 24th at 2 pm at the town hall.\n";
    assert_eq!(meeting_date(text), None, "{text}");
    // A bare hour and the part of the day; a GP's own practice.
    let text = format!("{INVITE}It will take place on Thursday 12 March 2026 at 7 in the evening, in my practice (waiting room), with the police and the school.\n");
    assert_eq!(meeting_time(&text).as_deref(), Some("19:00"), "{text}");
    assert!(item(&text, ModalityKind::Place).is_some(), "{text}");
    // « au local prévention », not « au niveau local ».
    let text = format!("Le 14/10/2025\n\n{INVITER}Elle aura lieu le 16 octobre 2025 à 9h au local prévention, avec la police et le CPAS.\n");
    assert!(item(&text, ModalityKind::Place).is_some(), "{text}");
    let text = format!("Le 14/10/2025\n\n{INVITER}Elle aura lieu le 16 octobre 2025 à 9h, avec la police et le CPAS, acteurs au niveau local.\n");
    assert!(item(&text, ModalityKind::Place).is_none(), "{text}");
    // "The LIVC-R meets tomorrow": a meeting verb; a chat's stamp gives the day.
    let text = "[Thu 12 Nov 2026, 16:42] Lotte V. (prevention officer):\nHi Mr Okafor, quick follow-up to our phone call. The LIVC-R meets tomorrow about the pupil we discussed. It's a case consultation under art. 458ter of the Criminal Code, with the police and the CPAS.\n\n[Thu 12 Nov 2026, 16:44] Lotte V.:\nStarts at half past two in the afternoon, room 3.14 at the town hall.\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2026-11-13"), "{text}");
    // Another meeting set in a newsletter on a day and at an hour of its own lends its
    // place to no one.
    let text = format!("{INVITE}It will take place on Thursday 5 February 2026, 2.30 pm (venue to be confirmed), with the police and the CPAS.\n\nThe prevention council meets on Monday 9 February 2026 at 6 pm in the Town Hall.\n");
    assert!(item(&text, ModalityKind::Place).is_none(), "{text}");
    // Debts recovered "auprès du neveu", fees "restés impayés".
    let text = format!("{INVITER}Elle a pour but de protéger l'intégrité physique de Mme V. Nous examinerons aussi comment récupérer auprès du neveu les frais d'aide familiale restés impayés.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // "putting an end to the nuisance", as an aim added on the side.
    let text = format!("{INVITE}Its purpose is to prevent terrorist offences. We will also look for ways of putting an end to the nuisance caused by the group in the park.\n");
    assert!(
        categories(&text).contains(&PurposeCategory::NotPermitted),
        "{text}"
    );
    // "No and no 🙂 Taking part is entirely voluntary": the answer's "no" denies the
    // question, not what follows the emoji.
    let text = format!("{INVITE}It will take place on 19 May 2026 at 15:30, town hall, with the police and the CPAS.\nIs my presence mandatory? No and no 🙂 Taking part is entirely voluntary.\n");
    assert!(
        kinds(&text).contains(&StatementKind::ParticipationOptional),
        "{text}"
    );
    assert!(
        !kinds(&text).contains(&StatementKind::ParticipationMandatory),
        "{text}"
    );
    // A form's participants field left blank: no participants, not the fields below it.
    let text = "# Fiche de convocation — Concertation de cas\n\n| Champ | Contenu |\n|---|---|\n| Base légale | art. 458ter C. pén. |\n| Participants invités | *(à compléter)* |\n| Présidence | *(à déterminer)* |\n| Date de la réunion | mer. 03/06/2026 |\n| Heure | 14u |\n| Lieu | Visioconférence |\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.participants.entries.is_empty(), "{text}");
}

#[test]
fn a_calendar_file_folded_and_in_universal_time() {
    // RFC 5545: content lines folded at 75 octets, text escapes, a start in UTC.
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260309T083000Z\r\nDTSTAMP:20260302T141203Z\r\nDESCRIPTION:You are invited to a case consultation under Article \r\n 458ter of the Criminal Code\\, on the basis of the reasoned authorisation o\r\n f the Crown Prosecutor.\\n\\nPARTICIPANTS: the local police\\; the PCSW soc\r\n ial worker.\r\nLOCATION:Family Justice Centre\\, Meeting room 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let report = checked(text);
    assert_eq!(
        report.modalities.meeting.date.as_deref(),
        Some("2026-03-09")
    );
    assert_eq!(report.modalities.meeting.time.as_deref(), Some("09:30"));
    assert!(report.is_convocation);
    let roles = roles(text);
    assert!(
        roles.contains(&Role::Police) && roles.contains(&Role::SocialServices),
        "{roles:?}"
    );
}

#[test]
fn wordings_of_the_forty_seventh_sitting() {
    // The terse: « cc 458ter dem. 14h … : moi (cpas), la police et le saj », "tu passes ?".
    let text = "Marie CPAS\nmar. 4 mars 2025\n\n18:42  slt c marie. cc 458ter dem. 14h salle 2 au cpas : moi (cpas), la police et le saj. c pour proteger la petite l. tu passes ?\n";
    assert!(convocation(text), "{text}");
    assert_eq!(meeting_date(text).as_deref(), Some("2025-03-05"), "{text}");
    let r = roles(text);
    assert!(
        r.contains(&Role::Police) && r.contains(&Role::YouthAid),
        "{r:?}"
    );
    // « dem. » before no time is no day.
    let text = "Le 4 mars 2025\n\nVoir la dem. de placement jointe.\n";
    assert_eq!(meeting_date(text), None, "{text}");
    // A text typed without capitals: its full stops end sentences, so the "not" of one
    // does not deny the next.
    let text = "Wed 5 Feb 2025 19:10\n\nhi dr patel its tom from the ocmw. case consult tmrw 8.45 re baby n. police + the paediatrician + us (ocmw). pls come but its not compulsory. whatever gets said stays confidential for all of us (art 458ter).\n";
    assert!(
        kinds(text).contains(&StatementKind::SecrecyReminder),
        "{text}"
    );
    assert!(roles(text).contains(&Role::Police), "{text}");
    // A list after "avec" / "w/" in the sentence that names the consultation.
    let text = "Date : lun. 16 déc. 2024 08:03\n\nDr, concertation de cas (art. 458ter) le 7/01 à 10h, maison communale bureau 4, avec CPAS, police et inspection sociale, pour protéger M. T.\n";
    let r = roles(text);
    assert!(
        r.contains(&Role::Police) && r.contains(&Role::SocialServices),
        "{r:?}"
    );
    assert!(item(text, ModalityKind::Place).is_some(), "{text}");
    let text = "Date: Thu, 20 Mar 2025 16:48\n\nCounsel, pls attend the 458ter case consultation Thu 3 Apr 10am, prosecutor's office rm 212, w/ deputy prosecutor Lambrechts + local police - you'll be expected to share what your client told you.\n";
    assert!(roles(text).contains(&Role::Police), "{text}");
    assert!(
        kinds(text).contains(&StatementKind::DisclosureMandatory),
        "{text}"
    );
    // A voicemail's transcript in quotation marks is the message.
    let text = "Voicemail – received 2 Jun 2025 09:14 (0:31)\n[transcript] \"Hi, it's Sarah from the social service at St Anne's hospital. We'd like you to join a case consultation about Mr K. Could you call me back? Thanks, bye.\"\n";
    assert!(convocation(text), "{text}");
    // A section titled by who is invited; a list closed "to the exclusion of anyone else".
    let text = format!("{INVITE}It will take place on 23 April 2026 at 1.30 pm, Pavilion C, room 2.\n\n3. WHO I AM INVITING\n\n  – the CPAS social worker;\n  – Inspector V., local police.\n\nThe consultation brings together, to the exclusion of anyone else, the people above.\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    assert!(!checked(&text).participants.open_ended, "{text}");
    // A law the person was admitted under is the case's history, not the basis.
    let text = format!("{INVITE}It rests on the Royal Decree of 14 September 2025. Mr H. was admitted to our hospital on 2 March 2026 under the Act of 26 June 1990 on the protection of the mentally ill.\n");
    assert!(
        !instruments(&text)
            .iter()
            .any(|(k, _)| *k == InstrumentKind::Law),
        "{text}"
    );
    // A reasoned decision named far ahead of the prosecutor in its sentence.
    let text = format!("{INVITER}Par décision motivée du 10 novembre 2025 (réf. PR/BM/458ter/2025-07), prise en application de l'article 458ter, § 1er, alinéa 1er, du Code pénal, le procureur du Roi de Brabant-Meuse a autorisé l'organisation de concertations de cas.\n");
    assert_eq!(
        checked(&text)
            .legal_basis
            .instruments
            .iter()
            .find(|i| i.kind == InstrumentKind::ProsecutorAuthorization)
            .and_then(|i| i.reasoned),
        Some(true),
        "{text}"
    );
    // "One week from today, Tuesday".
    let text = format!("Sent: Tuesday, 2 December 2025 09:12\n\n{INVITE}One week from today, Tuesday, at half past two in the afternoon, in the crisis room of the police station, with the CPAS.\n");
    assert_eq!(meeting_date(&text).as_deref(), Some("2025-12-09"), "{text}");
    // A place given in answer to "Where exactly?".
    let text = "[14/10/2025, 16:05] Dr N. V. (Paediatrics): Case consultation tomorrow at half past four in the afternoon under art. 458ter. Joining: the police youth section and the OCMW social worker.\n[14/10/2025, 16:21] Dr J. L.: will try to make it. Where exactly?\n[14/10/2025, 16:23] Dr N. V. (Paediatrics): Meeting room 3.14, paediatric wing, 3rd floor.\n";
    assert!(item(text, ModalityKind::Place).is_some(), "{text}");
}

#[test]
fn near_misses_of_the_forty_seventh_sitting() {
    // A protocol and an annual report, whatever invitations they describe.
    let text = "# COOPERATION PROTOCOL\n## on case consultations within the chain\n\n### Article 4 — Members\n\nOnly the members whose involvement is established are invited to a given case consultation under Article 458ter. The police, the CPAS and the hospital take part.\n";
    assert!(!convocation(text), "{text}");
    let text = "VILLE DE SERAING\nCSIL-R\n\nRAPPORT D'ACTIVITÉS 2024\n\nTaux moyen de présence des services invités : 84 %. La CSIL-R a tenu onze concertations de cas (art. 458ter) avec la police et le CPAS. Recommandation : porter le délai d'invitation à quinze jours.\n";
    assert!(!convocation(text), "{text}");
    // Minutes titled in two languages, with their "Present" table.
    let text = "# Verslag / Minutes — LIVC-R Zavelbeek\n\n**Meeting of:** Tuesday 3 February 2026, 10u00\n\n## Present\n\n| Service | Represented by |\n|---|---|\n| Local police | community officer |\n| OCMW | social worker |\n\n## Next meeting\n\nThe mayor will convene the cell for a case consultation under art. 458ter.\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(!report.is_convocation, "{text}");
}

#[test]
fn near_misses_read_again_after_the_forty_seventh_sitting() {
    // "meets" sets a meeting only before a day or a place, not "meets the conditions".
    let text = format!("{INVITE}Participants: the police and the CPAS.\nYour request meets the conditions set out in the protocol of 12 March 2026.\n");
    assert_eq!(meeting_date(&text), None, "{text}");
    // A copy line's address is no « cc demain ».
    let text = "De : secretariat@commune.example\nCc : mardi.dupont@commune.example\nObjet : fête du personnel\n\nBonjour,\n\nNous vous invitons à la fête du personnel le 3 mars 2026 à 18h.\n";
    assert!(!convocation(text), "{text}");
    // A letter that names a cooperation protocol in its text still convenes.
    let text = format!("{INVITE}It rests on the cooperation protocol of our network and on the Act of 30 July 2018. It will take place on 3 June 2026 at 10:00, town hall, room 2, with the police and the CPAS.\n");
    assert!(convocation(&text), "{text}");
    // "Where?" answered with no place gives none.
    let text = "[14/10/2025, 16:05] Dr N. V.: Case consultation tomorrow at 4 pm under art. 458ter, with the police and the OCMW.\n[14/10/2025, 16:21] Dr J. L.: Where?\n[14/10/2025, 16:23] Dr N. V.: I'll tell you tomorrow morning.\n";
    assert!(item(text, ModalityKind::Place).is_none(), "{text}");
    // A list after "with" whose items are not services: no participants from it.
    let text = "Date: 3 March 2026\n\nCase consultation on 10 March 2026 at 10:00 with the mother, the father and the grandmother, to protect the child.\n";
    assert!(roles(text).is_empty(), "{text}");
}

fn has_code(text: &str, code: convocheck::RuleCode) -> bool {
    checked(text).findings.iter().any(|f| f.code == code)
}

#[test]
fn wordings_of_the_forty_eighth_sitting() {
    use convocheck::RuleCode;
    // A chat's reminder with no colon after « Rappel »; « vous êtes tous invités ».
    let text = "[mar. 14/10/2025 16:42] Sarah B. (Prévention) :\nRappel pr tt le monde 🙂 concertation de cas dossier fam. R. c'est DEMAIN 9h30, salle 3 maison communale\nPrésents : inspecteur de quartier, Jonathan du CPAS\n";
    assert!(convocation(text), "{text}");
    assert_eq!(meeting_date(text).as_deref(), Some("2025-10-15"), "{text}");
    let text = "[03/11/2025 16:42] Insp. Nadia R. (ZP) :\nBonjour à tous\nLe procureur du Roi a donné son autorisation motivée pour une concertation de cas (art. 458ter C. pén.). Seront dans la boucle : le parquet, le CPAS de Waremme-Nord et la maison de justice.\nVous êtes tous invités à cette concertation, date encore à fixer.\n\n[03/11/2025 16:45] Kevin (CPAS) :\nreçu, je regarde mon agenda\n";
    assert!(convocation(text), "{text}");
    assert!(roles(text).contains(&Role::SocialServices), "{text}");
    // « mon agenda » is a diary, and neither it nor a police report's number is a modality.
    assert!(has_code(text, RuleCode::ModalitiesMissing), "{text}");
    let text = format!("{INVITER}Suite aux PV HW.71.L2.004512/2025, la concertation aura lieu le 3 février 2026 à 9h. Un PV sera rédigé.\n");
    assert_eq!(
        item(&text, ModalityKind::Minutes).as_deref(),
        Some("PV"),
        "{text}"
    );
    // An internal note that convenes, its meeting in a table, six participants.
    let text = "# Note interne — Maternité\n\n**Date :** 30 mars 2026\n\nUne **concertation de cas au sens de l'article 458ter du Code pénal** est convoquée au sujet du nouveau-né L.\n\n| | |\n|---|---|\n| Jour | jeudi 9/04 |\n| Heure | 8h30 |\n| Lieu | salle de staff, 3e étage |\n\n### Participants\n\n1. Dr Renard, pédiatre\n2. Mme Tondeur, assistante sociale du service social hospitalier\n3. M. Delvaux, conseiller au SAJ\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(report.is_convocation, "{text}");
    // A form filled in but for its meeting's fields: modalities missing, not a model.
    let text = "CASE CONSULTATION — CONVOCATION (form SEN-2)\n\nDate ............ 16/03/2026\n\n1. LEGAL BASIS: Art. 458ter of the Criminal Code.\n2. PURPOSE: to protect the physical integrity of Mr P.\n3. PARTICIPANTS\n   - OCMW social worker\n   - Local police, community officer\n4. ARRANGEMENTS\n   Date ........ [DATE]\n   Time ........ [TIME]\n   Agenda ...... <<to be added by the coordinator>>\n\nPlease reply by 27 March 2026.\n";
    assert!(convocation(text), "{text}");
    assert!(has_code(text, RuleCode::ModalitiesMissing), "{text}");
    // « Le lieu ne change pas : … »; a place left as a placeholder.
    let text = format!("{INVITER}La concertation prévue le 20 janvier est reportée au mardi 3 février 2026 à 9h.\n\nLe lieu ne change pas : CPAS de Florival, salle de réunion 2, rue du Moulin 12.\n");
    assert!(item(&text, ModalityKind::Place).is_some(), "{text}");
    let text = format!("{INVITER}Date : XX/XX/2026\nLieu : <<lieu de la réunion>>\n");
    assert!(item(&text, ModalityKind::Place).is_none(), "{text}");
    // A time the meeting no longer starts at, the new one on the next line.
    let text = format!("{INVITE}The case consultation on Friday 6 March 2026 keeps its date and room, but will NOT start at\n10:00 as announced. New starting time: 15h15.\nRoom: 2.14, PCSW building.\n");
    assert_eq!(
        checked(&text).modalities.meeting.time.as_deref(),
        Some("15:15"),
        "{text}"
    );
    // A past day in the memo's own "When:" line, with its hour and year.
    let text = "MEMO\n\nDate:     15 September 2025\nTo:       Dr M. O.\n\nYou are invited to a case consultation of the LISC-R under the Act of 30 July 2018.\n\nWhen: 12 September 2025, 9.30 a.m.\nWhere: Room 3.07\n";
    assert_eq!(meeting_date(text).as_deref(), Some("2025-09-12"), "{text}");
    // A circular the prosecutors issued is no authorization.
    let text = format!(
        "{INVITE}It's authorised by the prosecutors' circular COL 04/2018 so we're covered.\n"
    );
    let found = instruments(&text);
    assert!(
        found
            .iter()
            .all(|(k, _)| *k == InstrumentKind::NonNormative),
        "{found:?}"
    );
    // A model's guidance in brackets is not the letter's.
    let text = format!("{INVITER}Finalité : protéger l'intégrité physique de M. R.\n[Consigne : seules trois finalités sont permises. Ne mentionnez jamais la récupération de créances, la fraude sociale ou les nuisances.]\n");
    let found = categories(&text);
    assert!(
        found.contains(&PurposeCategory::Integrity)
            && !found.contains(&PurposeCategory::NotPermitted),
        "{found:?}"
    );
    // A form's leader dots after "Participants".
    let text = format!("{INVITE}\n\n  Participants . public prosecutor's office (chair); local police, family violence unit; CAW social worker\n  When ......... 12 March 2026 at 12.30\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    // English calqued on French: the "Procurer of the King", a "motivated" authorization.
    let text = "Madam,\n\nWe have the honour to invite you to a concertation of case in the sense of the article 458ter of the Penal Code. This concertation is organised on base of the motivated authorisation of the Procurer of the King of Namur of the 14 of January 2025.\n\nThe reunion will take place the Thursday 6 of March at 9h, in Street of the Station 12.\n";
    assert!(
        instruments(text).contains(&(InstrumentKind::ProsecutorAuthorization, Some(true))),
        "{text}"
    );
    assert!(item(text, ModalityKind::Place).is_some(), "{text}");
    // The prosecutor "has, by a written decision …, authorised".
    let text = "Dear Ms Osei,\n\nThe Crown Prosecutor has, by a written decision of 8 April 2026 stating the grounds on which it rests, authorised the organisation of a case consultation within the meaning of Article 458ter of the Criminal Code. I would like you to take part in it.\n";
    assert!(
        instruments(text).contains(&(InstrumentKind::ProsecutorAuthorization, Some(true))),
        "{text}"
    );
    // « en ligne avec l'article » (in line with) is not online.
    let text = format!("{INVITER}Cette réunion de cas est tenue en ligne avec\nl'article 458ter. Quand : ce jeudi 12 mars 2026 à 14h.\n");
    assert!(item(&text, ModalityKind::Remote).is_none(), "{text}");
    // A Markdown heading with its translation in brackets.
    let text = "Dear colleagues,\n\nWe invite you to a case consultation under the Ordinance of 16 May 2019.\n\n## Who takes part (*deelnemers / participants*)\n\n- the OCMW/CPAS social worker of the family (chair);\n- the *lokale politie* – police zone Midi;\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(!report.participants.entries.is_empty(), "{text}");
    // Open lists in other words.
    for text in [
        format!("{INVITER}Participeront à la concertation les partenaires que notre coordination estimera utile d'associer.\n"),
        format!("{INVITER}Sont invités : l'inspecteur de quartier, l'AS du CPAS... et toute personne qui connaît Y. et peut être utile.\n"),
        format!("{INVITE}Participants: the local police, the OCMW and anyone who knows the family.\n"),
    ] {
        assert!(checked(&text).participants.open_ended, "{text}");
    }
    // The list in an annex below the signature.
    let text = format!("{INVITER}Quand : le mardi 14 octobre 2025, de 9h30 à 11h\nParticipants : voir l'annexe en bas de ce mail\n\nBien à vous,\n\nAurélie Fontaine\n\n------\nANNEXE - Participants à la concertation du 14/10\n- INP Julien Masson, ZP Haute-Meuse\n- Chloé Dubreucq, déléguée, SAJ\n");
    let r = roles(&text);
    assert!(
        r.contains(&Role::Police) && r.contains(&Role::YouthAid),
        "{r:?}"
    );
    // "Thursday morning, 20 November": one date.
    let text = format!("Date: Fri, 7 Nov 2025 10:26\n\n{INVITE}We will meet on Thursday morning, 20 November, at De Linde school.\n");
    assert_eq!(meeting_date(&text).as_deref(), Some("2025-11-20"), "{text}");
    // A form marked with ticks and crosses.
    let text = format!("{INVITE}\n\nPURPOSE\n  ✓ Protecting the physical and psychological integrity of Ms K.\n  ✗ Preventing terrorist offences\n");
    let found = categories(&text);
    assert!(
        found.contains(&PurposeCategory::Integrity) && !found.contains(&PurposeCategory::Terrorism),
        "{found:?}"
    );
}

#[test]
fn near_misses_of_the_forty_eighth_sitting() {
    // A blank model stays a model, its placeholders everywhere.
    let text = "TEMPLATE — CONVOCATION TO A CASE CONSULTATION (ART. 458ter)\n\n[PLACE], [DATE]\n\nTo: <<name of the participant>>\n\nDear <<title>> <<surname>>,\n\n[NAME OF SERVICE] invites you to a case consultation under Article 458ter.\n\nPurpose: [protect the physical or psychological integrity of the person]\nParticipants: [list every service]\nDate: [DD/MM/YYYY]  Time: [HH:MM]  Venue: [ADDRESS]\n";
    assert!(!convocation(text), "{text}");
    // An internal note with a list heading but no convening sentence stays guidance.
    let text = "# Note interne — réunion PIA\n\nRéunion de concertation pour le plan individuel d'apprentissage de L., le jeudi 9 avril 2026 à 8h30, salle 4.\n\n## Qui est invité\n\n- la titulaire de classe\n- le CPMS\n- les parents\n\nRappel : secret professionnel.\n";
    let report = convocheck::Analyzer::new().markdown(true).analyze(text);
    assert!(!report.is_convocation, "{text}");
    // A past day in a "Previous meeting:" line is history, hour and year or not.
    let text = "Date: 15 September 2025\n\nDear colleagues,\n\nWe invite you to a case consultation under the Act of 30 July 2018, its date to be set.\n\nPrevious meeting: 12 September 2025, 9.30 a.m.\n";
    assert_eq!(meeting_date(text), None, "{text}");
    // A sender's note in brackets is the sender's.
    let text = format!("{INVITE}It will be held on 3 March 2026 at 10:00.\n[Note: participants: the police and the CPAS.]\n");
    assert!(roles(&text).contains(&Role::Police), "{text}");
    // A past day outside a "When:" line is history.
    let text = "Date: 15 September 2025\n\nDear colleagues,\n\nWe invite you to a case consultation under the Act of 30 July 2018. Our last meeting on 12 September 2025 at 9.30 a.m. was cut short.\n";
    assert_eq!(meeting_date(text), None, "{text}");
    // A time that is not said to be dropped stays; « réunion en ligne » is online.
    let text = format!("{INVITE}It will be held on Friday 6 March 2026 at 10:00. The training's new starting time is 15h15.\n");
    assert_eq!(
        checked(&text).modalities.meeting.time.as_deref(),
        Some("10:00"),
        "{text}"
    );
    let text = format!("{INVITER}La réunion se tiendra en ligne le jeudi 12 mars 2026 à 14h.\n");
    assert!(item(&text, ModalityKind::Remote).is_some(), "{text}");
    // "the agenda" of the meeting is still an agenda.
    let text = format!("{INVITER}La concertation aura lieu le 3 février 2026 à 9h au CPAS. L'ordre du jour suit.\nAgenda : 1. Tour de table\n");
    assert!(item(&text, ModalityKind::Agenda).is_some(), "{text}");
    // "by the prosecutor's authorisation" still is one.
    let text = format!("{INVITE}It is held under the reasoned authorisation of the Crown Prosecutor of 3 March 2026.\n");
    assert!(
        instruments(&text).contains(&(InstrumentKind::ProsecutorAuthorization, Some(true))),
        "{text}"
    );
    // Bracketed words that are no guidance are read.
    let text = format!("{INVITER}Finalité : [protéger l'intégrité physique de M. R.]\n");
    assert!(
        categories(&text).contains(&PurposeCategory::Integrity),
        "{text}"
    );
}

#[test]
fn near_misses_read_again_after_the_forty_eighth_sitting() {
    // A reminder without a colon convenes only to a day or an hour to come.
    let text = "[04/03/2026 09:12] Sarah B. (CPAS) :\nRappel pour info concertation de cas d'hier : le compte rendu est dans le drive, merci à tous d'être venus.\n";
    assert!(!convocation(text), "{text}");
    // « vous êtes tous invités » to a training is no convocation.
    let text = "Chers partenaires,\n\nVous êtes tous invités à la formation sur le secret professionnel partagé et la concertation de cas (art. 458ter), le jeudi 5 mars 2026 à 9h, salle 2.\n";
    assert!(!convocation(text), "{text}");
    // "anyone who knows …" outside the list of participants opens nothing.
    let text = format!("{INVITE}It will be held on 3 March 2026 at 10:00 at the town hall. Participants: the police and the CPAS.\nAnyone who knows the family knows how fragile it is.\n");
    assert!(!checked(&text).participants.open_ended, "{text}");
    let text = format!("{INVITER}Elle aura lieu le 3 mars 2026 à 10h à la maison communale. Participants : la police et le CPAS.\nToute personne qui connaît la famille sait combien elle est fragile.\n");
    assert!(!checked(&text).participants.open_ended, "{text}");
    // A place label that says the place is not set gives none; leader dots before a value
    // that is filled in give the item.
    let text = format!("{INVITER}Elle aura lieu le 3 mars 2026 à 10h.\n\nLe lieu n'est pas encore fixé : nous vous le dirons.\n");
    assert!(item(&text, ModalityKind::Place).is_none(), "{text}");
    let text = format!("{INVITE}It will be held on 3 March 2026 at 10:00, room 2.\n\nAgenda ...... 1. round of the table\n");
    assert!(item(&text, ModalityKind::Agenda).is_some(), "{text}");
    // "on Thursday morning at 9" is still the next Thursday.
    let text = format!("Date: Fri, 7 Nov 2025 10:26\n\n{INVITE}We will meet on Thursday morning at 9, at De Linde school.\n");
    assert_eq!(meeting_date(&text).as_deref(), Some("2025-11-13"), "{text}");
    // Ticks used as bullets: every ticked aim is read.
    let text = format!("{INVITE}\n\nPURPOSE\n  ✓ Protecting the physical integrity of Ms K.\n  ✓ Preventing terrorist offences\n");
    let found = categories(&text);
    assert!(
        found.contains(&PurposeCategory::Integrity) && found.contains(&PurposeCategory::Terrorism),
        "{found:?}"
    );
}
