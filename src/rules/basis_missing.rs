#![doc = include_str!("basis_missing.md")]

use super::{statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::BasisMissing,
    severity: Severity::Error,
    element: Element::LegalBasis,
    title_en: "No legal basis is stated",
    title_fr: "Aucune base légale n'est indiquée",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("basis_missing.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let basis = &ex.legal_basis;
    if !basis.instruments.is_empty() || basis.cites_458ter {
        return;
    }
    let message = match lang {
        MessageLang::Fr => {
            "La lettre n'indique aucune base légale : ni l'article 458ter du Code pénal, \
             ni la loi, le décret, l'ordonnance ou l'autorisation motivée du procureur du Roi \
             qui organise la concertation."
                .to_owned()
        }
        _ => "The letter states no legal basis: neither art. 458ter of the Criminal Code nor the \
             law, decree, ordinance or reasoned authorization of the public prosecutor that \
             organizes the consultation."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, instrument, message};
    use super::*;
    use crate::report::InstrumentKind;

    #[test]
    fn fires_without_any_basis() {
        let mut ex = compliant();
        ex.legal_basis.instruments.clear();
        ex.legal_basis.cites_458ter = false;
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter states no legal basis: neither art. 458ter of the Criminal Code nor the law, decree, ordinance or reasoned authorization of the public prosecutor that organizes the consultation.");
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La lettre n'indique aucune base légale : ni l'article 458ter du Code pénal, ni la loi, le décret, l'ordonnance ou l'autorisation motivée du procureur du Roi qui organise la concertation.");
    }

    #[test]
    fn near_miss_458ter_or_any_instrument() {
        let mut ex = compliant();
        ex.legal_basis.instruments.clear();
        assert_eq!(fires(&RULE, &ex), 0, "458ter alone is basis-only-458ter");
        ex.legal_basis.cites_458ter = false;
        ex.legal_basis.instruments = vec![instrument(InstrumentKind::NonNormative, "circulaire")];
        assert_eq!(fires(&RULE, &ex), 0, "a circular is basis-not-qualifying");
    }
}
