#![doc = include_str!("not_a_convocation.md")]

use super::{statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::NotAConvocation,
    severity: Severity::Info,
    element: Element::Document,
    title_en: "The text is not a convocation to a case consultation",
    title_fr: "Le texte n'est pas une convocation à une concertation de cas",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("not_a_convocation.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

/// Never fires on an extraction: whether the text is a convocation is decided before the
/// rules run, and a text that is not one gets [`finding`] alone.
fn check(_ex: &Extraction, _lang: MessageLang, _out: &mut Vec<Finding>) {}

/// The only finding of a text that is not a convocation.
pub(super) fn finding(lang: MessageLang) -> Finding {
    let message = match lang {
        MessageLang::Fr => {
            "Le texte n'est pas une convocation à une concertation de cas au sens de \
             l'article 458ter : les autres règles ne lui ont pas été appliquées."
                .to_owned()
        }
        _ => "The text is not a convocation to a case consultation under art. 458ter: the other \
             rules were not applied to it."
            .to_owned(),
    };
    RULE.finding(message, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires};
    use super::*;

    #[test]
    fn fires_through_its_own_entry_point() {
        let f = finding(MessageLang::Fr);
        assert_eq!(f.code, RuleCode::NotAConvocation);
        assert_eq!(f.severity, Severity::Info);
        assert_eq!(f.element, Element::Document);
        assert_eq!(f.legal_reference, "art. 458ter, § 1er, al. 1er, C. pén.");
        assert!(f.evidence.is_empty());
        insta::assert_snapshot!(f.message, @"Le texte n'est pas une convocation à une concertation de cas au sens de l'article 458ter : les autres règles ne lui ont pas été appliquées.");
        insta::assert_snapshot!(finding(MessageLang::En).message, @"The text is not a convocation to a case consultation under art. 458ter: the other rules were not applied to it.");
    }

    #[test]
    fn near_miss_never_fires_on_an_extraction() {
        assert_eq!(fires(&RULE, &compliant()), 0);
        assert_eq!(fires(&RULE, &Extraction::default()), 0);
    }
}
