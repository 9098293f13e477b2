#![doc = include_str!("basis_implementing_act_only.md")]

use super::{quote_list, statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, InstrumentKind, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::BasisImplementingActOnly,
    severity: Severity::Warning,
    element: Element::LegalBasis,
    title_en: "Only an implementing act is invoked, without the law, decree or ordinance it rests on",
    title_fr: "Seul un arrêté d'exécution est invoqué, sans la loi, le décret ou l'ordonnance dont il procède",
    legal_reference: statute::REF_P1_AL1,
    statute_fr: statute::P1_AL1_FR,
    statute_nl: statute::P1_AL1_NL,
    doc: include_str!("basis_implementing_act_only.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    use InstrumentKind::{Decree, ImplementingAct, Law, Ordinance, ProsecutorAuthorization};
    let instruments = &ex.legal_basis.instruments;
    if instruments
        .iter()
        .any(|i| matches!(i.kind, Law | Decree | Ordinance | ProsecutorAuthorization))
    {
        return;
    }
    let evidence: Vec<_> = instruments
        .iter()
        .filter(|i| i.kind == ImplementingAct)
        .map(|i| i.evidence.clone())
        .collect();
    if evidence.is_empty() {
        return;
    }
    let list = quote_list(lang, &evidence);
    let message = match (lang, evidence.len()) {
        (MessageLang::Fr, 1) => format!(
            "La lettre n'invoque qu'un arrêté d'exécution, {list}, sans la loi, le décret ou \
             l'ordonnance en vertu duquel il est pris."
        ),
        (MessageLang::Fr, _) => format!(
            "La lettre n'invoque que des arrêtés d'exécution, {list}, sans la loi, le décret ou \
             l'ordonnance en vertu desquels ils sont pris."
        ),
        (_, 1) => format!(
            "The letter invokes only an implementing act, {list}, without the law, decree or \
             ordinance it is adopted under."
        ),
        _ => format!(
            "The letter invokes only implementing acts, {list}, without the law, decree or \
             ordinance they are adopted under."
        ),
    };
    out.push(RULE.finding(message, evidence));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, instrument, message};
    use super::*;

    #[test]
    fn fires_on_an_implementing_act_alone_or_with_a_circular() {
        let mut ex = compliant();
        ex.legal_basis.instruments = vec![instrument(
            InstrumentKind::ImplementingAct,
            "l'arrêté du Gouvernement du 16 mai 2024",
        )];
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter invokes only an implementing act, “l'arrêté du Gouvernement du 16 mai 2024”, without the law, decree or ordinance it is adopted under.");
        ex.legal_basis
            .instruments
            .push(instrument(InstrumentKind::NonNormative, "circulaire"));
        assert_eq!(fires(&RULE, &ex), 1);
    }

    #[test]
    fn near_miss_with_the_parent_norm() {
        for parent in [
            InstrumentKind::Law,
            InstrumentKind::Decree,
            InstrumentKind::Ordinance,
            InstrumentKind::ProsecutorAuthorization,
        ] {
            let mut ex = compliant();
            ex.legal_basis.instruments = vec![
                instrument(InstrumentKind::ImplementingAct, "arrêté royal"),
                instrument(parent, "parent"),
            ];
            assert_eq!(fires(&RULE, &ex), 0, "{parent:?}");
        }
    }
}
