#![doc = include_str!("purpose_not_permitted.md")]

use super::{quote, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, PurposeCategory, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::PurposeNotPermitted,
    severity: Severity::Error,
    element: Element::Purposes,
    title_en: "A purpose art. 458ter does not allow is stated",
    title_fr: "Une finalité que l'article 458ter ne permet pas est indiquée",
    legal_reference: statute::REF_P1_AL2,
    statute_fr: statute::P1_AL2_FR,
    statute_nl: statute::P1_AL2_NL,
    doc: include_str!("purpose_not_permitted.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    for p in ex
        .purposes
        .iter()
        .filter(|p| p.category == PurposeCategory::NotPermitted)
    {
        let q = quote(lang, &p.evidence);
        let message = match lang {
            MessageLang::Fr => {
                format!("La finalité {q} ne fait pas partie de celles que permet l'article 458ter.")
            }
            _ => format!("The purpose {q} is not one of those art. 458ter allows."),
        };
        out.push(RULE.finding(message, vec![p.evidence.clone()]));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, compliant, fires, purpose};
    use super::*;

    #[test]
    fn fires_once_per_not_permitted_purpose() {
        let mut ex = compliant();
        ex.purposes.push(purpose(
            PurposeCategory::NotPermitted,
            "lutte contre la fraude sociale",
        ));
        ex.purposes.push(purpose(
            PurposeCategory::NotPermitted,
            "fight against\n  school absenteeism",
        ));
        assert_eq!(fires(&RULE, &ex), 2);
        let fr = check(&RULE, &ex, MessageLang::Fr);
        insta::assert_snapshot!(fr[0].message, @"La finalité « lutte contre la fraude sociale » ne fait pas partie de celles que permet l'article 458ter.");
        let en = check(&RULE, &ex, MessageLang::En);
        insta::assert_snapshot!(en[1].message, @"The purpose “fight against school absenteeism” is not one of those art. 458ter allows.");
        assert_eq!(
            en[1].evidence[0].text,
            "fight against\n  school absenteeism"
        );
    }

    #[test]
    fn near_miss_unspecified_or_permitted_purposes() {
        let mut ex = compliant();
        ex.purposes
            .push(purpose(PurposeCategory::Unspecified, "faire le point"));
        ex.purposes
            .push(purpose(PurposeCategory::Integrity, "protéger l'enfant"));
        assert_eq!(fires(&RULE, &ex), 0);
    }
}
