#![doc = include_str!("lawyer_exception.md")]

use super::{quote_list, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Evidence, Finding, Role, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::LawyerException,
    severity: Severity::Info,
    element: Element::Participants,
    title_en: "A lawyer is summoned: nothing that could lead to the client's prosecution may be disclosed",
    title_fr: "Un avocat est convié : rien de ce qui pourrait mener à des poursuites contre son client ne peut être communiqué",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("lawyer_exception.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let lawyers = ex
        .participants
        .entries
        .iter()
        .filter(|p| p.role == Role::Lawyer)
        .map(|p| &p.evidence);
    if !ex.addressee.is_lawyer && lawyers.clone().next().is_none() {
        return;
    }
    let mut evidence: Vec<Evidence> = Vec::new();
    let addressee = ex
        .addressee
        .evidence
        .as_ref()
        .filter(|_| ex.addressee.is_lawyer);
    for e in addressee.into_iter().chain(lawyers) {
        if !evidence
            .iter()
            .any(|x| x.start == e.start && x.end == e.end)
        {
            evidence.push(e.clone());
        }
    }
    let list = quote_list(lang, &evidence);
    let message = match (lang, evidence.is_empty()) {
        (MessageLang::Fr, true) => "Un avocat est convié : un avocat ne peut communiquer aucune \
             information sur son client qui pourrait mener à des poursuites contre celui-ci."
            .to_owned(),
        (MessageLang::Fr, false) => format!(
            "Un avocat est convié ({list}) : un avocat ne peut communiquer aucune information sur \
             son client qui pourrait mener à des poursuites contre celui-ci."
        ),
        (_, true) => "A lawyer is summoned: a lawyer may not disclose anything about a client \
             that could lead to the client's prosecution."
            .to_owned(),
        (_, false) => format!(
            "A lawyer is summoned ({list}): a lawyer may not disclose anything about a client \
             that could lead to the client's prosecution."
        ),
    };
    out.push(RULE.finding(message, evidence));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, compliant, ev, fires, message, participant};
    use super::*;

    #[test]
    fn fires_for_a_lawyer_addressee_or_participant() {
        let mut ex = compliant();
        ex.addressee.is_lawyer = true;
        ex.addressee.evidence = Some(ev("Maître Anne Dupont, avocate"));
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"Un avocat est convié (« Maître Anne Dupont, avocate ») : un avocat ne peut communiquer aucune information sur son client qui pourrait mener à des poursuites contre celui-ci.");
        // The same words named as a participant are not quoted twice.
        ex.participants
            .entries
            .push(participant(Role::Lawyer, "Maître Anne Dupont, avocate"));
        assert_eq!(check(&RULE, &ex, MessageLang::En)[0].evidence.len(), 1);

        let mut ex = compliant();
        ex.participants
            .entries
            .push(participant(Role::Lawyer, "the family's lawyer"));
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"A lawyer is summoned (“the family's lawyer”): a lawyer may not disclose anything about a client that could lead to the client's prosecution.");
    }

    #[test]
    fn near_miss_no_lawyer_even_with_stale_evidence() {
        let mut ex = compliant();
        ex.addressee.evidence = Some(ev("Madame"));
        assert_eq!(fires(&RULE, &ex), 0);
    }
}
