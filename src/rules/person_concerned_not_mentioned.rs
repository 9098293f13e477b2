#![doc = include_str!("person_concerned_not_mentioned.md")]

use super::{states, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity, StatementKind};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::PersonConcernedNotMentioned,
    severity: Severity::Info,
    element: Element::Statements,
    title_en: "The letter does not say whether the person concerned is informed or heard",
    title_fr: "La lettre ne dit pas si la personne concernée est informée ou entendue",
    legal_reference: statute::REF_P1_AL3,
    statute_fr: statute::P1_AL3_FR,
    statute_nl: statute::P1_AL3_NL,
    doc: include_str!("person_concerned_not_mentioned.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if states(
        ex,
        &[StatementKind::PersonInformed, StatementKind::PersonInvited],
    ) {
        return;
    }
    let message = match lang {
        MessageLang::Fr => "La lettre ne dit pas si la personne concernée est informée de la \
             concertation, ni si elle peut y être entendue."
            .to_owned(),
        _ => "The letter does not say whether the person concerned is informed of the \
             consultation or may be heard."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message, statement};
    use super::*;

    fn without_person() -> Extraction {
        let mut ex = compliant();
        ex.statements.retain(|s| {
            !matches!(
                s.kind,
                StatementKind::PersonInformed | StatementKind::PersonInvited
            )
        });
        ex
    }

    #[test]
    fn fires_when_the_person_concerned_is_not_mentioned() {
        let ex = without_person();
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter does not say whether the person concerned is informed of the consultation or may be heard.");
    }

    #[test]
    fn near_miss_informed_or_invited() {
        for kind in [StatementKind::PersonInformed, StatementKind::PersonInvited] {
            let mut ex = without_person();
            ex.statements.push(statement(kind, "pourra être entendue"));
            assert_eq!(fires(&RULE, &ex), 0, "{kind:?}");
        }
    }
}
