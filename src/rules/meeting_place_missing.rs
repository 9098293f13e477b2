#![doc = include_str!("meeting_place_missing.md")]

use super::{any_modality, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, ModalityKind, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::MeetingPlaceMissing,
    severity: Severity::Warning,
    element: Element::Modalities,
    title_en: "Neither a place nor remote means are stated",
    title_fr: "Ni le lieu ni un moyen de participer à distance ne sont indiqués",
    legal_reference: statute::REF_P1_AL3,
    statute_fr: statute::P1_AL3_FR,
    statute_nl: statute::P1_AL3_NL,
    doc: include_str!("meeting_place_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let m = &ex.modalities;
    // With no modality at all, `modalities-missing` speaks instead.
    if !any_modality(ex)
        || m.meeting.place.is_some()
        || m.meeting.remote
        || m.items
            .iter()
            .any(|i| matches!(i.kind, ModalityKind::Place | ModalityKind::Remote))
    {
        return;
    }
    let message = match lang {
        MessageLang::Fr => "La lettre n'indique ni le lieu de la concertation ni un moyen d'y \
             participer à distance."
            .to_owned(),
        _ => "The letter gives neither the place of the consultation nor a way to take part \
             remotely."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, item, message};
    use super::*;

    fn placeless() -> Extraction {
        let mut ex = compliant();
        ex.modalities.meeting.place = None;
        ex.modalities
            .items
            .retain(|i| i.kind != ModalityKind::Place);
        ex
    }

    #[test]
    fn fires_when_a_date_is_given_but_no_place() {
        let ex = placeless();
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter gives neither the place of the consultation nor a way to take part remotely.");
    }

    #[test]
    fn near_miss_remote_means_or_no_modality() {
        let mut ex = placeless();
        ex.modalities.meeting.remote = true;
        assert_eq!(fires(&RULE, &ex), 0);
        let mut ex = placeless();
        ex.modalities
            .items
            .push(item(ModalityKind::Remote, "via Teams"));
        assert_eq!(fires(&RULE, &ex), 0);
        let mut ex = placeless();
        ex.modalities = crate::report::Modalities::default();
        assert_eq!(fires(&RULE, &ex), 0, "modalities-missing instead");
    }
}
