#![doc = include_str!("participation_presented_as_mandatory.md")]

use super::{quote_list, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity, StatementKind};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::ParticipationPresentedAsMandatory,
    severity: Severity::Error,
    element: Element::Statements,
    title_en: "Taking part is presented as compulsory",
    title_fr: "La participation est présentée comme obligatoire",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("participation_presented_as_mandatory.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let evidence = super::statement_evidence(ex, StatementKind::ParticipationMandatory);
    if evidence.is_empty() {
        return;
    }
    let list = quote_list(lang, &evidence);
    let message = match lang {
        MessageLang::Fr => format!(
            "La lettre présente la participation comme obligatoire ({list}), alors que l'article \
             458ter permet de prendre part à la concertation sans jamais l'imposer."
        ),
        _ => format!(
            "The letter presents taking part as compulsory ({list}), whereas art. 458ter allows \
             taking part in the consultation but never requires it."
        ),
    };
    out.push(RULE.finding(message, evidence));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message, statement};
    use super::*;

    #[test]
    fn fires_once_quoting_every_statement() {
        let mut ex = compliant();
        ex.statements.push(statement(
            StatementKind::ParticipationMandatory,
            "votre présence est obligatoire",
        ));
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La lettre présente la participation comme obligatoire (« votre présence est obligatoire »), alors que l'article 458ter permet de prendre part à la concertation sans jamais l'imposer.");
        ex.statements.push(statement(
            StatementKind::ParticipationMandatory,
            "you are required to attend",
        ));
        assert_eq!(fires(&RULE, &ex), 1);
        let f = &super::super::testing::check(&RULE, &ex, MessageLang::En)[0];
        assert_eq!(f.evidence.len(), 2);
    }

    #[test]
    fn near_miss_optional_participation_or_mandatory_disclosure() {
        let mut ex = compliant();
        ex.statements.push(statement(
            StatementKind::DisclosureMandatory,
            "vous êtes tenu de tout communiquer",
        ));
        assert_eq!(fires(&RULE, &ex), 0);
    }
}
