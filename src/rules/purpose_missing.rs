#![doc = include_str!("purpose_missing.md")]

use super::{quote_list, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, PurposeCategory, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::PurposeMissing,
    severity: Severity::Error,
    element: Element::Purposes,
    title_en: "No purpose allowed by art. 458ter is stated",
    title_fr: "Aucune finalité permise par l'article 458ter n'est indiquée",
    legal_reference: statute::REF_P1_AL2,
    statute_fr: statute::P1_AL2_FR,
    statute_nl: statute::P1_AL2_NL,
    doc: include_str!("purpose_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

const ALLOWED_FR: &str = "protéger l'intégrité physique ou psychique de la personne ou de tiers, \
     prévenir des infractions terroristes ou des infractions commises dans le cadre d'une \
     organisation criminelle";
const ALLOWED_EN: &str = "protecting the physical or psychological integrity of the person or \
     of third parties, preventing terrorist offences or offences committed within a criminal \
     organization";

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if ex.purposes.iter().any(|p| p.category.is_permitted()) {
        return;
    }
    // The generic aims the letter gives instead are its evidence; aims outside the three
    // have their own finding (`purpose-not-permitted`).
    let evidence: Vec<_> = ex
        .purposes
        .iter()
        .filter(|p| p.category == PurposeCategory::Unspecified)
        .map(|p| p.evidence.clone())
        .collect();
    let list = quote_list(lang, &evidence);
    let message = match (lang, evidence.len()) {
        (MessageLang::Fr, 0) => format!(
            "La lettre n'indique aucune des finalités que permet l'article 458ter : {ALLOWED_FR}."
        ),
        (MessageLang::Fr, 1) => format!(
            "La finalité indiquée, {list}, ne nomme aucune de celles que permet l'article 458ter : \
             {ALLOWED_FR}."
        ),
        (MessageLang::Fr, _) => format!(
            "Les finalités indiquées, {list}, ne nomment aucune de celles que permet l'article \
             458ter : {ALLOWED_FR}."
        ),
        (_, 0) => {
            format!("The letter states none of the purposes art. 458ter allows: {ALLOWED_EN}.")
        }
        (_, 1) => format!(
            "The stated aim, {list}, names none of the purposes art. 458ter allows: {ALLOWED_EN}."
        ),
        _ => format!(
            "The stated aims, {list}, name none of the purposes art. 458ter allows: {ALLOWED_EN}."
        ),
    };
    out.push(RULE.finding(message, evidence));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message, purpose};
    use super::*;

    #[test]
    fn fires_without_a_permitted_purpose_and_quotes_generic_aims() {
        let mut ex = compliant();
        ex.purposes.clear();
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter states none of the purposes art. 458ter allows: protecting the physical or psychological integrity of the person or of third parties, preventing terrorist offences or offences committed within a criminal organization.");
        ex.purposes = vec![
            purpose(
                PurposeCategory::Unspecified,
                "faire le point sur la situation",
            ),
            purpose(
                PurposeCategory::NotPermitted,
                "lutter contre la fraude sociale",
            ),
        ];
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La finalité indiquée, « faire le point sur la situation », ne nomme aucune de celles que permet l'article 458ter : protéger l'intégrité physique ou psychique de la personne ou de tiers, prévenir des infractions terroristes ou des infractions commises dans le cadre d'une organisation criminelle.");
        let f = super::super::testing::check(&RULE, &ex, MessageLang::Fr);
        assert_eq!(f[0].evidence.len(), 1);
        assert_eq!(f[0].evidence[0].text, "faire le point sur la situation");
    }

    #[test]
    fn near_miss_any_permitted_purpose_is_enough() {
        for category in [
            PurposeCategory::Integrity,
            PurposeCategory::Terrorism,
            PurposeCategory::CriminalOrganization,
        ] {
            let mut ex = compliant();
            ex.purposes = vec![
                purpose(
                    PurposeCategory::NotPermitted,
                    "lutter contre les incivilités",
                ),
                purpose(category, "protéger"),
            ];
            assert_eq!(fires(&RULE, &ex), 0, "{category:?}");
        }
    }
}
