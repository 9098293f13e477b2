#![doc = include_str!("basis_not_qualifying.md")]

use super::{quote_list, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, InstrumentKind, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::BasisNotQualifying,
    severity: Severity::Error,
    element: Element::LegalBasis,
    title_en: "The basis invoked is not a law, decree, ordinance or prosecutor's authorization",
    title_fr: "La base invoquée n'est ni une loi, ni un décret, ni une ordonnance, ni une autorisation du procureur du Roi",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("basis_not_qualifying.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    let instruments = &ex.legal_basis.instruments;
    if instruments.is_empty() || instruments.iter().any(|i| i.kind.is_qualifying()) {
        return;
    }
    let evidence: Vec<_> = instruments
        .iter()
        .filter(|i| i.kind == InstrumentKind::NonNormative)
        .map(|i| i.evidence.clone())
        .collect();
    let list = quote_list(lang, &evidence);
    let message = match (lang, evidence.len()) {
        (MessageLang::Fr, 1) => format!(
            "La concertation ne repose que sur {list}, qui n'est ni une loi, ni un décret, ni une \
             ordonnance, ni une autorisation motivée du procureur du Roi."
        ),
        (MessageLang::Fr, _) => format!(
            "La concertation ne repose que sur {list}, qui ne sont ni des lois, ni des décrets, ni \
             des ordonnances, ni des autorisations motivées du procureur du Roi."
        ),
        (_, 1) => format!(
            "The consultation rests only on {list}, which is not a law, decree, ordinance or \
             reasoned authorization of the public prosecutor."
        ),
        _ => format!(
            "The consultation rests only on {list}, which are not laws, decrees, ordinances or \
             reasoned authorizations of the public prosecutor."
        ),
    };
    out.push(RULE.finding(message, evidence));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, instrument, message};
    use super::*;

    #[test]
    fn fires_once_on_non_normative_instruments_only() {
        let mut ex = compliant();
        ex.legal_basis.instruments = vec![instrument(
            InstrumentKind::NonNormative,
            "la circulaire COL 04/2018",
        )];
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::Fr), @"La concertation ne repose que sur « la circulaire COL 04/2018 », qui n'est ni une loi, ni un décret, ni une ordonnance, ni une autorisation motivée du procureur du Roi.");
        ex.legal_basis.instruments.push(instrument(
            InstrumentKind::NonNormative,
            "protocole d'accord du 15 mars 2021",
        ));
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The consultation rests only on “la circulaire COL 04/2018” and “protocole d'accord du 15 mars 2021”, which are not laws, decrees, ordinances or reasoned authorizations of the public prosecutor.");
        let f = &super::super::testing::check(&RULE, &ex, MessageLang::En)[0];
        assert_eq!(f.evidence.len(), 2);
    }

    #[test]
    fn near_miss_with_a_qualifying_instrument_too() {
        let mut ex = compliant();
        ex.legal_basis
            .instruments
            .push(instrument(InstrumentKind::NonNormative, "charte"));
        assert_eq!(fires(&RULE, &ex), 0);
        ex.legal_basis.instruments = vec![
            instrument(InstrumentKind::NonNormative, "charte"),
            instrument(InstrumentKind::ImplementingAct, "arrêté royal"),
        ];
        assert_eq!(fires(&RULE, &ex), 0, "an implementing act qualifies here");
    }
}
