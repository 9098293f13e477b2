#![doc = include_str!("basis_only_458ter.md")]

use super::{statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::BasisOnly458ter,
    severity: Severity::Error,
    element: Element::LegalBasis,
    title_en: "Art. 458ter is cited without the instrument organizing the consultation",
    title_fr: "L'article 458ter est cité sans l'instrument qui organise la concertation",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("basis_only_458ter.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let basis = &ex.legal_basis;
    if !basis.cites_458ter || !basis.instruments.is_empty() {
        return;
    }
    let message = match lang {
        MessageLang::Fr => {
            "La lettre cite l'article 458ter, mais aucune loi, aucun décret, aucune \
             ordonnance ni aucune autorisation motivée du procureur du Roi qui organise la \
             concertation ; l'article 458ter seul n'organise aucune concertation."
                .to_owned()
        }
        _ => "The letter cites art. 458ter but no law, decree, ordinance or reasoned \
             authorization of the public prosecutor organizing the consultation; art. 458ter \
             alone organizes none."
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
    fn fires_when_458ter_is_the_only_basis() {
        let mut ex = compliant();
        ex.legal_basis.instruments.clear();
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter cites art. 458ter but no law, decree, ordinance or reasoned authorization of the public prosecutor organizing the consultation; art. 458ter alone organizes none.");
    }

    #[test]
    fn near_miss_with_an_instrument_or_without_458ter() {
        let mut ex = compliant();
        assert_eq!(fires(&RULE, &ex), 0);
        ex.legal_basis.instruments = vec![instrument(
            InstrumentKind::NonNormative,
            "protocole d'accord",
        )];
        assert_eq!(fires(&RULE, &ex), 0, "basis-not-qualifying wins");
        ex.legal_basis.instruments.clear();
        ex.legal_basis.cites_458ter = false;
        assert_eq!(fires(&RULE, &ex), 0, "basis-missing instead");
    }
}
