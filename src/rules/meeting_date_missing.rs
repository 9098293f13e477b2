#![doc = include_str!("meeting_date_missing.md")]

use super::{any_modality, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, ModalityKind, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::MeetingDateMissing,
    severity: Severity::Warning,
    element: Element::Modalities,
    title_en: "The date of the consultation is not stated",
    title_fr: "La date de la concertation n'est pas indiquée",
    legal_reference: statute::REF_P1_AL3,
    statute_fr: statute::P1_AL3_FR,
    statute_nl: statute::P1_AL3_NL,
    doc: include_str!("meeting_date_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let m = &ex.modalities;
    // With no modality at all, `modalities-missing` speaks instead.
    if !any_modality(ex)
        || m.meeting.date.is_some()
        || m.items.iter().any(|i| i.kind == ModalityKind::Date)
    {
        return;
    }
    let message = match lang {
        MessageLang::Fr => "La lettre n'indique pas la date de la concertation.".to_owned(),
        _ => "The letter does not give the date of the consultation.".to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, item, message};
    use super::*;
    use crate::report::Modalities;

    #[test]
    fn fires_when_modalities_are_stated_but_no_date() {
        let mut ex = compliant();
        ex.modalities.meeting.date = None;
        ex.modalities.items.retain(|i| i.kind != ModalityKind::Date);
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La lettre n'indique pas la date de la concertation.");
    }

    #[test]
    fn near_miss_no_modality_at_all_or_a_date_item() {
        let mut ex = compliant();
        ex.modalities = Modalities::default();
        ex.modalities
            .items
            .push(item(ModalityKind::ReplyDeadline, "avant le 3 mars"));
        assert_eq!(fires(&RULE, &ex), 0, "modalities-missing instead");
        let mut ex = compliant();
        ex.modalities.meeting.date = None;
        assert_eq!(fires(&RULE, &ex), 0, "a date modality is stated");
    }
}
