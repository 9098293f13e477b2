#![doc = include_str!("secrecy_reminder_missing.md")]

use super::{states, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity, StatementKind};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::SecrecyReminderMissing,
    severity: Severity::Warning,
    element: Element::Statements,
    title_en: "Participants are not reminded that they are bound to secrecy",
    title_fr: "Le secret auquel les participants sont tenus n'est pas rappelé",
    legal_reference: statute::REF_P2_AL1,
    statute_fr: statute::P2_AL1_FR,
    statute_nl: statute::P2_AL1_NL,
    doc: include_str!("secrecy_reminder_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if states(ex, &[StatementKind::SecrecyReminder]) {
        return;
    }
    let message = match lang {
        MessageLang::Fr => {
            "La lettre ne rappelle pas que les participants sont tenus au secret sur \
             ce qui est communiqué durant la concertation."
                .to_owned()
        }
        _ => "The letter does not remind participants that they are bound to secrecy about what \
             is shared during the consultation."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message};
    use super::*;

    #[test]
    fn fires_without_a_secrecy_reminder() {
        let mut ex = compliant();
        ex.statements
            .retain(|s| s.kind != StatementKind::SecrecyReminder);
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La lettre ne rappelle pas que les participants sont tenus au secret sur ce qui est communiqué durant la concertation.");
    }

    #[test]
    fn near_miss_use_limitation_is_not_a_reminder_but_a_reminder_is_enough() {
        let mut ex = compliant();
        ex.statements
            .retain(|s| s.kind == StatementKind::SecrecyReminder);
        assert_eq!(fires(&RULE, &ex), 0);
        ex.statements.clear();
        assert_eq!(fires(&RULE, &ex), 1);
    }
}
