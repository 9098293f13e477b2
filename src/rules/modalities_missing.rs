#![doc = include_str!("modalities_missing.md")]

use super::{any_modality, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::ModalitiesMissing,
    severity: Severity::Error,
    element: Element::Modalities,
    title_en: "No modality of the consultation is stated",
    title_fr: "Aucune modalité de la concertation n'est indiquée",
    legal_reference: statute::REF_P1_AL3,
    statute_fr: statute::P1_AL3_FR,
    statute_nl: statute::P1_AL3_NL,
    doc: include_str!("modalities_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if any_modality(ex) {
        return;
    }
    let message = match lang {
        MessageLang::Fr => {
            "La lettre n'indique aucune modalité de la concertation : ni date, ni heure, \
             ni lieu, ni moyen de participer à distance, ni ordre du jour, ni procès-verbal, ni \
             présidence, ni façon dont les informations sont échangées et conservées."
                .to_owned()
        }
        _ => "The letter states no modality of the consultation: no date, time, place, remote \
             means, agenda, minutes, chair, or procedure for how information is exchanged and \
             kept."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, item, message};
    use super::*;
    use crate::report::{Meeting, ModalityKind};

    fn without_modalities() -> Extraction {
        let mut ex = compliant();
        ex.modalities.meeting = Meeting::default();
        ex.modalities.items.clear();
        ex
    }

    #[test]
    fn fires_when_only_a_contact_or_a_reply_deadline_is_given() {
        let mut ex = without_modalities();
        assert_eq!(fires(&RULE, &ex), 1);
        ex.modalities.items = vec![
            item(ModalityKind::Contact, "Mme Leroy, 081 12 34 56"),
            item(ModalityKind::ReplyDeadline, "avant le 10 mars"),
        ];
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter states no modality of the consultation: no date, time, place, remote means, agenda, minutes, chair, or procedure for how information is exchanged and kept.");
    }

    #[test]
    fn near_miss_any_single_modality() {
        for kind in [
            ModalityKind::Date,
            ModalityKind::Time,
            ModalityKind::Place,
            ModalityKind::Remote,
            ModalityKind::Agenda,
            ModalityKind::Minutes,
            ModalityKind::Chair,
            ModalityKind::Procedure,
        ] {
            let mut ex = without_modalities();
            ex.modalities.items.push(item(kind, "…"));
            assert_eq!(fires(&RULE, &ex), 0, "{kind:?}");
        }
        let mut ex = without_modalities();
        ex.modalities.meeting.remote = true;
        assert_eq!(fires(&RULE, &ex), 0, "remote means");
        let mut ex = without_modalities();
        ex.modalities.meeting.time = Some("10:00".into());
        assert_eq!(fires(&RULE, &ex), 0, "a time");
    }
}
