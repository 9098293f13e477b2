//! Builders for the rules' tests: evidence and extractions written by hand.

use crate::extract::Extraction;
use crate::report::{
    Addressee, Evidence, Instrument, InstrumentKind, LegalBasis, Meeting, Modalities, ModalityItem,
    ModalityKind, Participant, Participants, Purpose, PurposeCategory, Role, Statement,
    StatementKind,
};
use crate::MessageLang;

use super::{Rule, RuleCode, RuleConfig};

/// Evidence whose text is `text` (at the start of a one-line letter).
pub(crate) fn ev(text: &str) -> Evidence {
    Evidence {
        start: 0,
        end: text.len(),
        line: 1,
        column: 1,
        text: text.to_owned(),
    }
}

/// An instrument of `kind` invoked with the words `text`.
pub(crate) fn instrument(kind: InstrumentKind, text: &str) -> Instrument {
    Instrument {
        kind,
        title: None,
        date: None,
        reasoned: None,
        evidence: ev(text),
    }
}

/// A statement of `kind` with the words `text`.
pub(crate) fn statement(kind: StatementKind, text: &str) -> Statement {
    Statement {
        kind,
        evidence: ev(text),
    }
}

/// A modality item of `kind` with the words `text`.
pub(crate) fn item(kind: ModalityKind, text: &str) -> ModalityItem {
    ModalityItem {
        kind,
        evidence: ev(text),
    }
}

/// A participant of `role` named with the words `text`.
pub(crate) fn participant(role: Role, text: &str) -> Participant {
    Participant {
        role,
        evidence: ev(text),
    }
}

/// A purpose of `category` with the words `text`.
pub(crate) fn purpose(category: PurposeCategory, text: &str) -> Purpose {
    Purpose {
        category,
        evidence: ev(text),
    }
}

/// The extraction of a letter that meets every rule: a law, named participants, an
/// integrity purpose, date, time and place, and every statement the rules look for.
pub(crate) fn compliant() -> Extraction {
    Extraction {
        legal_basis: LegalBasis {
            cites_458ter: true,
            instruments: vec![instrument(
                InstrumentKind::Law,
                "loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales",
            )],
        },
        participants: Participants {
            open_ended: false,
            entries: vec![
                participant(Role::Municipality, "le bourgmestre"),
                participant(Role::Police, "le chef de corps de la zone de police"),
            ],
        },
        purposes: vec![purpose(
            PurposeCategory::Terrorism,
            "prévenir des infractions terroristes",
        )],
        modalities: Modalities {
            meeting: Meeting {
                date: Some("2025-03-14".into()),
                time: Some("14:30".into()),
                place: Some(ev("à l'hôtel de ville, salle du conseil")),
                remote: false,
            },
            items: vec![
                item(ModalityKind::Date, "jeudi 14 mars 2025"),
                item(ModalityKind::Time, "14h30"),
                item(ModalityKind::Place, "à l'hôtel de ville, salle du conseil"),
                item(ModalityKind::Minutes, "un procès-verbal sera rédigé"),
            ],
        },
        statements: vec![
            statement(
                StatementKind::SecrecyReminder,
                "les participants sont tenus au secret",
            ),
            statement(
                StatementKind::UseLimitation,
                "ne peuvent donner lieu à des poursuites que pour les infractions visées",
            ),
            statement(
                StatementKind::ParticipationOptional,
                "votre participation n'est pas obligatoire",
            ),
            statement(
                StatementKind::DisclosureOptional,
                "vous restez libre de partager ou non",
            ),
            statement(
                StatementKind::PersonInformed,
                "la personne concernée est informée de cette concertation",
            ),
        ],
        addressee: Addressee::default(),
    }
}

/// The findings of one rule alone, in `lang`.
pub(crate) fn check(
    rule: &Rule,
    ex: &Extraction,
    lang: MessageLang,
) -> Vec<crate::report::Finding> {
    let mut out = Vec::new();
    (rule.check)(ex, lang, &mut out);
    out
}

/// The codes of every rule's findings, in the order `run` gives them.
pub(crate) fn run_fr(ex: &Extraction) -> Vec<RuleCode> {
    super::run(ex, MessageLang::Fr, &RuleConfig::default())
        .into_iter()
        .map(|f| f.code)
        .collect()
}

/// The number of findings of `rule` on `ex`, checking that both languages agree on
/// everything but the message.
pub(crate) fn fires(rule: &Rule, ex: &Extraction) -> usize {
    let fr = check(rule, ex, MessageLang::Fr);
    let en = check(rule, ex, MessageLang::En);
    assert_eq!(fr.len(), en.len());
    for (a, b) in fr.iter().zip(&en) {
        assert_eq!(a.code, rule.code);
        assert_eq!(a.severity, rule.severity);
        assert_eq!(a.element, rule.element);
        assert_eq!(a.legal_reference, rule.legal_reference);
        assert_eq!(a.evidence, b.evidence);
        assert!(!a.message.is_empty() && !b.message.is_empty());
        assert_ne!(a.message, b.message);
    }
    fr.len()
}

/// The one message `rule` gives in `lang` (panics unless exactly one finding).
pub(crate) fn message(rule: &Rule, ex: &Extraction, lang: MessageLang) -> String {
    let mut findings = check(rule, ex, lang);
    assert_eq!(findings.len(), 1, "{}: {findings:?}", rule.code);
    findings.remove(0).message
}
