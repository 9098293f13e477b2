#![doc = include_str!("participants_missing.md")]

use super::{statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::ParticipantsMissing,
    severity: Severity::Error,
    element: Element::Participants,
    title_en: "The participants are not named",
    title_fr: "Les participants ne sont pas désignés",
    legal_reference: statute::REF_P1_AL3,
    statute_fr: statute::P1_AL3_FR,
    statute_nl: statute::P1_AL3_NL,
    doc: include_str!("participants_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if !ex.participants.entries.is_empty() {
        return;
    }
    let message = match lang {
        MessageLang::Fr => {
            "La lettre ne désigne aucun participant : elle ne dit pas qui prendra part \
             à la concertation."
                .to_owned()
        }
        _ => "The letter names no participant: it does not say who will take part in the \
             consultation."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message, participant};
    use super::*;
    use crate::report::Role;

    #[test]
    fn fires_without_participants_even_when_open_ended() {
        let mut ex = compliant();
        ex.participants.entries.clear();
        ex.participants.open_ended = true;
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La lettre ne désigne aucun participant : elle ne dit pas qui prendra part à la concertation.");
    }

    #[test]
    fn near_miss_one_participant_is_enough() {
        let mut ex = compliant();
        ex.participants.entries = vec![participant(Role::Other, "la directrice de la crèche")];
        assert_eq!(fires(&RULE, &ex), 0);
    }
}
