#![doc = include_str!("authorization_not_reasoned.md")]

use super::{quote, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, InstrumentKind, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::AuthorizationNotReasoned,
    severity: Severity::Warning,
    element: Element::LegalBasis,
    title_en: "The prosecutor's authorization is not said to be reasoned",
    title_fr: "L'autorisation du procureur du Roi n'est pas dite motivée",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("authorization_not_reasoned.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    for i in
        ex.legal_basis.instruments.iter().filter(|i| {
            i.kind == InstrumentKind::ProsecutorAuthorization && i.reasoned != Some(true)
        })
    {
        let q = quote(lang, &i.evidence);
        let message = match lang {
            MessageLang::Fr => format!(
                "L'autorisation du procureur du Roi invoquée ({q}) n'est pas dite motivée ; \
                 l'article 458ter exige une autorisation motivée."
            ),
            _ => format!(
                "The public prosecutor's authorization invoked ({q}) is not said to be reasoned; \
                 art. 458ter requires a reasoned authorization."
            ),
        };
        out.push(RULE.finding(message, vec![i.evidence.clone()]));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, instrument, message};
    use super::*;

    #[test]
    fn fires_when_reasoned_is_false_or_unknown() {
        let mut ex = compliant();
        let mut auth = instrument(
            InstrumentKind::ProsecutorAuthorization,
            "avec l'accord du procureur du Roi",
        );
        auth.reasoned = Some(false);
        ex.legal_basis.instruments = vec![auth.clone()];
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"L'autorisation du procureur du Roi invoquée (« avec l'accord du procureur du Roi ») n'est pas dite motivée ; l'article 458ter exige une autorisation motivée.");
        auth.reasoned = None;
        ex.legal_basis.instruments.push(auth);
        assert_eq!(fires(&RULE, &ex), 2);
    }

    #[test]
    fn near_miss_reasoned_authorization_or_other_kinds() {
        let mut ex = compliant();
        let mut auth = instrument(
            InstrumentKind::ProsecutorAuthorization,
            "l'autorisation motivée du procureur du Roi",
        );
        auth.reasoned = Some(true);
        ex.legal_basis.instruments.push(auth);
        assert_eq!(fires(&RULE, &ex), 0);
    }
}
