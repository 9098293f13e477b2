#![doc = include_str!("participants_open_ended.md")]

use super::{statute, Rule, RuleCode, RuleStatus};
use crate::extract::Extraction;
use crate::report::{Element, Finding, Severity};
use crate::MessageLang;

pub(crate) const RULE: Rule = Rule {
    code: RuleCode::ParticipantsOpenEnded,
    severity: Severity::Warning,
    element: Element::Participants,
    title_en: "Unnamed others may take part",
    title_fr: "Des participants non désignés peuvent prendre part",
    legal_reference: statute::REF_P1_AL3,
    statute_fr: statute::P1_AL3_FR,
    statute_nl: statute::P1_AL3_NL,
    doc: include_str!("participants_open_ended.md"),
    status: RuleStatus::Stable,
    since: "0.1.0",
    check,
};

fn check(ex: &Extraction, lang: MessageLang, out: &mut Vec<Finding>) {
    if !ex.participants.open_ended {
        return;
    }
    let message = match lang {
        MessageLang::Fr => "La lettre permet à des participants non désignés de prendre part à la \
             concertation, alors que l'article 458ter veut que soit déterminé qui peut y participer."
            .to_owned(),
        _ => "The letter lets unnamed others take part in the consultation, whereas art. 458ter \
             requires who may take part to be determined."
            .to_owned(),
    };
    out.push(RULE.finding(message, Vec::new()));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compliant, fires, message};
    use super::*;

    #[test]
    fn fires_when_open_ended() {
        let mut ex = compliant();
        ex.participants.open_ended = true;
        assert_eq!(fires(&RULE, &ex), 1);
        insta::assert_snapshot!(message(&RULE, &ex, MessageLang::En), @"The letter lets unnamed others take part in the consultation, whereas art. 458ter requires who may take part to be determined.");
    }

    #[test]
    fn near_miss_closed_list_or_no_list() {
        let mut ex = compliant();
        assert_eq!(fires(&RULE, &ex), 0);
        ex.participants.entries.clear();
        assert_eq!(fires(&RULE, &ex), 0, "participants-missing instead");
    }
}
