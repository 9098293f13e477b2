#![doc = include_str!("disclosure_presented_as_mandatory.md")]

use super::{quote_list, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity, StatementKind};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::DisclosurePresentedAsMandatory,
    severity: Severity::Error,
    element: Element::Statements,
    title_en: "Sharing information is presented as compulsory",
    title_fr: "La communication d'informations est présentée comme obligatoire",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("disclosure_presented_as_mandatory.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let evidence = super::statement_evidence(ex, StatementKind::DisclosureMandatory);
    if evidence.is_empty() {
        return;
    }
    let list = quote_list(lang, &evidence);
    let message = match lang {
        MessageLang::Fr => format!(
            "La lettre présente la communication d'informations comme obligatoire ({list}), alors \
             que l'article 458ter permet de partager un secret sans jamais y obliger."
        ),
        _ => format!(
            "The letter presents sharing information as compulsory ({list}), whereas art. 458ter \
             allows sharing a secret but never requires it."
        ),
    };
    out.push(RULE.finding(message, evidence));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message, statement};
    use super::*;

    #[test]
    fn fires_on_a_disclosure_mandatory_statement() {
        let mut ex = compliant();
        ex.statements.push(statement(
            StatementKind::DisclosureMandatory,
            "you are required to share all information",
        ));
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter presents sharing information as compulsory (“you are required to share all information”), whereas art. 458ter allows sharing a secret but never requires it.");
    }

    #[test]
    fn near_miss_optional_disclosure_or_mandatory_participation() {
        let mut ex = compliant();
        ex.statements.push(statement(
            StatementKind::ParticipationMandatory,
            "votre présence est requise",
        ));
        assert_eq!(fires(&RULE, &ex), 0);
    }
}
