#![doc = include_str!("use_limitation_missing.md")]

use super::{states, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity, StatementKind};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::UseLimitationMissing,
    severity: Severity::Info,
    element: Element::Statements,
    title_en: "The limit on the use of shared secrets is not stated",
    title_fr: "La limite à l'usage des secrets communiqués n'est pas indiquée",
    legal_reference: statute::REF_P2_AL2,
    statute_fr: statute::P2_AL2_FR,
    statute_nl: statute::P2_AL2_NL,
    doc: include_str!("use_limitation_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if states(ex, &[StatementKind::UseLimitation]) {
        return;
    }
    let message = match lang {
        MessageLang::Fr => {
            "La lettre ne précise pas que les secrets communiqués ne peuvent donner \
             lieu à des poursuites que pour les délits en vue desquels la concertation est \
             organisée."
                .to_owned()
        }
        _ => "The letter does not say that the secrets shared may lead to prosecution only for \
             the offences the consultation is organized for."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message};
    use super::*;

    #[test]
    fn fires_without_a_use_limitation() {
        let mut ex = compliant();
        ex.statements
            .retain(|s| s.kind != StatementKind::UseLimitation);
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter does not say that the secrets shared may lead to prosecution only for the offences the consultation is organized for.");
    }

    #[test]
    fn near_miss_secrecy_reminder_alone_does_not_count() {
        let mut ex = compliant();
        assert_eq!(fires(&RULE, &ex), 0);
        ex.statements
            .retain(|s| s.kind == StatementKind::SecrecyReminder);
        assert_eq!(fires(&RULE, &ex), 1);
    }
}
