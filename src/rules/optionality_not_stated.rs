#![doc = include_str!("optionality_not_stated.md")]

use super::{states, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity, StatementKind};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::OptionalityNotStated,
    severity: Severity::Info,
    element: Element::Statements,
    title_en: "The letter does not say that taking part and sharing are optional",
    title_fr: "La lettre ne dit pas que participer et communiquer sont facultatifs",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("optionality_not_stated.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if states(
        ex,
        &[
            StatementKind::ParticipationOptional,
            StatementKind::DisclosureOptional,
        ],
    ) {
        return;
    }
    let message = match lang {
        MessageLang::Fr => "La lettre ne précise pas que la participation à la concertation et la \
             communication d'informations sont facultatives."
            .to_owned(),
        _ => "The letter does not say that taking part in the consultation and sharing \
             information are optional."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message, statement};
    use super::*;

    fn without_optionality() -> Extraction {
        let mut ex = compliant();
        ex.statements.retain(|s| {
            !matches!(
                s.kind,
                StatementKind::ParticipationOptional | StatementKind::DisclosureOptional
            )
        });
        ex
    }

    #[test]
    fn fires_without_either_optional_statement() {
        let mut ex = without_optionality();
        ex.statements.push(statement(
            StatementKind::ParticipationMandatory,
            "votre présence est obligatoire",
        ));
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La lettre ne précise pas que la participation à la concertation et la communication d'informations sont facultatives.");
    }

    #[test]
    fn near_miss_either_statement_is_enough() {
        for kind in [
            StatementKind::ParticipationOptional,
            StatementKind::DisclosureOptional,
        ] {
            let mut ex = without_optionality();
            ex.statements.push(statement(kind, "libre"));
            assert_eq!(fires(&RULE, &ex), 0, "{kind:?}");
        }
    }
}
