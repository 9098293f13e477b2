//! The rules: one file per rule, one registry of stable codes.
//!
//! Each rule lives in its own module (`src/rules/<code_with_underscores>.rs`) whose
//! documentation is a Markdown file beside it (`<code_with_underscores>.md`), written once
//! and used three times: as the module's doc comment, as the doc of its [`RuleCode`]
//! variant, and as [`Rule::doc`] (what `convocheck explain CODE` prints). Every rule has
//! a pure check function from the [`Extraction`] to findings, with messages in French and
//! English that quote the letter's own words.
//!
//! The registry ([`registry`]) lists the rules in the contract's order; [`run`] runs them
//! under a [`RuleConfig`] and sorts the findings by severity, then registry order.
//! `statute/458ter.md` at the root of the repository maps each paragraph of the article
//! to the codes that implement it; a test checks the mapping both ways.

mod authorization_not_reasoned;
mod basis_implementing_act_only;
mod basis_missing;
mod basis_not_qualifying;
mod basis_only_458ter;
mod disclosure_presented_as_mandatory;
mod lawyer_exception;
mod meeting_date_missing;
mod meeting_place_missing;
mod modalities_missing;
mod not_a_convocation;
mod optionality_not_stated;
mod participants_missing;
mod participants_open_ended;
mod participation_presented_as_mandatory;
mod person_concerned_not_mentioned;
mod purpose_missing;
mod purpose_not_permitted;
mod secrecy_reminder_missing;
mod statute;
mod use_limitation_missing;

#[cfg(test)]
pub(crate) mod testing;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::extract::Extraction;
use crate::report::{Element, Evidence, Finding, Severity, StatementKind};
use crate::MessageLang;

/// The stable code of a rule. Codes are never reused or renamed.
///
/// Each variant's documentation is the rule's full documentation: what it checks, why it
/// matters, the statute text it rests on (French and Dutch), how to fix it and an example.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RuleCode {
    #[doc = include_str!("basis_missing.md")]
    BasisMissing,
    #[doc = include_str!("basis_only_458ter.md")]
    #[serde(rename = "basis-only-458ter")]
    BasisOnly458ter,
    #[doc = include_str!("basis_not_qualifying.md")]
    BasisNotQualifying,
    #[doc = include_str!("participants_missing.md")]
    ParticipantsMissing,
    #[doc = include_str!("purpose_missing.md")]
    PurposeMissing,
    #[doc = include_str!("purpose_not_permitted.md")]
    PurposeNotPermitted,
    #[doc = include_str!("modalities_missing.md")]
    ModalitiesMissing,
    #[doc = include_str!("participation_presented_as_mandatory.md")]
    ParticipationPresentedAsMandatory,
    #[doc = include_str!("disclosure_presented_as_mandatory.md")]
    DisclosurePresentedAsMandatory,
    #[doc = include_str!("authorization_not_reasoned.md")]
    AuthorizationNotReasoned,
    #[doc = include_str!("basis_implementing_act_only.md")]
    BasisImplementingActOnly,
    #[doc = include_str!("participants_open_ended.md")]
    ParticipantsOpenEnded,
    #[doc = include_str!("meeting_date_missing.md")]
    MeetingDateMissing,
    #[doc = include_str!("meeting_place_missing.md")]
    MeetingPlaceMissing,
    #[doc = include_str!("secrecy_reminder_missing.md")]
    SecrecyReminderMissing,
    #[doc = include_str!("use_limitation_missing.md")]
    UseLimitationMissing,
    #[doc = include_str!("optionality_not_stated.md")]
    OptionalityNotStated,
    #[doc = include_str!("person_concerned_not_mentioned.md")]
    PersonConcernedNotMentioned,
    #[doc = include_str!("lawyer_exception.md")]
    LawyerException,
    #[doc = include_str!("not_a_convocation.md")]
    NotAConvocation,
}

impl RuleCode {
    /// Every code, in the registry's order (the contract's table).
    pub const ALL: [RuleCode; 20] = [
        RuleCode::BasisMissing,
        RuleCode::BasisOnly458ter,
        RuleCode::BasisNotQualifying,
        RuleCode::ParticipantsMissing,
        RuleCode::PurposeMissing,
        RuleCode::PurposeNotPermitted,
        RuleCode::ModalitiesMissing,
        RuleCode::ParticipationPresentedAsMandatory,
        RuleCode::DisclosurePresentedAsMandatory,
        RuleCode::AuthorizationNotReasoned,
        RuleCode::BasisImplementingActOnly,
        RuleCode::ParticipantsOpenEnded,
        RuleCode::MeetingDateMissing,
        RuleCode::MeetingPlaceMissing,
        RuleCode::SecrecyReminderMissing,
        RuleCode::UseLimitationMissing,
        RuleCode::OptionalityNotStated,
        RuleCode::PersonConcernedNotMentioned,
        RuleCode::LawyerException,
        RuleCode::NotAConvocation,
    ];

    /// The code as written in reports and on the command line, e.g. `"basis-missing"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            RuleCode::BasisMissing => "basis-missing",
            RuleCode::BasisOnly458ter => "basis-only-458ter",
            RuleCode::BasisNotQualifying => "basis-not-qualifying",
            RuleCode::ParticipantsMissing => "participants-missing",
            RuleCode::PurposeMissing => "purpose-missing",
            RuleCode::PurposeNotPermitted => "purpose-not-permitted",
            RuleCode::ModalitiesMissing => "modalities-missing",
            RuleCode::ParticipationPresentedAsMandatory => "participation-presented-as-mandatory",
            RuleCode::DisclosurePresentedAsMandatory => "disclosure-presented-as-mandatory",
            RuleCode::AuthorizationNotReasoned => "authorization-not-reasoned",
            RuleCode::BasisImplementingActOnly => "basis-implementing-act-only",
            RuleCode::ParticipantsOpenEnded => "participants-open-ended",
            RuleCode::MeetingDateMissing => "meeting-date-missing",
            RuleCode::MeetingPlaceMissing => "meeting-place-missing",
            RuleCode::SecrecyReminderMissing => "secrecy-reminder-missing",
            RuleCode::UseLimitationMissing => "use-limitation-missing",
            RuleCode::OptionalityNotStated => "optionality-not-stated",
            RuleCode::PersonConcernedNotMentioned => "person-concerned-not-mentioned",
            RuleCode::LawyerException => "lawyer-exception",
            RuleCode::NotAConvocation => "not-a-convocation",
        }
    }

    /// The rule this code names.
    #[must_use]
    pub fn rule(self) -> &'static Rule {
        rule(self)
    }

    /// The position of this code in [`RuleCode::ALL`] and in the registry.
    const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RuleCode {
    type Err = ParseRuleCodeError;

    /// Parses a code as written in reports (`"purpose-not-permitted"`); surrounding white
    /// space and ASCII case are ignored.
    fn from_str(s: &str) -> Result<RuleCode, ParseRuleCodeError> {
        let wanted = s.trim();
        RuleCode::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| ParseRuleCodeError {
                found: wanted.to_owned(),
            })
    }
}

/// The error of parsing an unknown rule code; its message lists the valid codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseRuleCodeError {
    found: String,
}

impl ParseRuleCodeError {
    /// The text that is not a rule code.
    #[must_use]
    pub fn found(&self) -> &str {
        &self.found
    }
}

impl fmt::Display for ParseRuleCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown rule code `{}`: expected one of ", self.found)?;
        for (i, code) in RuleCode::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(code.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseRuleCodeError {}

/// Where a rule stands in its life cycle. Codes are never reused, even once removed.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleStatus {
    /// Runs by default; its code and meaning are stable.
    Stable,
    /// Experimental: may change or be removed.
    Preview,
    /// Still runs, but will be removed.
    Deprecated,
    /// No longer runs; the code stays reserved.
    Removed,
}

/// The signature of a rule's check: pure, from the extraction to findings.
type CheckFn = fn(&Extraction, MessageLang, &mut Vec<Finding>);

/// A rule: its stable code, its default severity, what it is about, the statute it rests
/// on and its documentation.
#[non_exhaustive]
pub struct Rule {
    /// The stable code.
    pub code: RuleCode,
    /// The default severity of its findings (a [`RuleConfig`] may override it).
    pub severity: Severity,
    /// The element of the letter it is about.
    pub element: Element,
    /// A one-line title in English.
    pub title_en: &'static str,
    /// A one-line title in French.
    pub title_fr: &'static str,
    /// The paragraph it rests on, as written in findings: `"art. 458ter, § 1er, al. 2, C. pén."`.
    pub legal_reference: &'static str,
    /// The verbatim French text of that paragraph.
    pub statute_fr: &'static str,
    /// The verbatim Dutch text of that paragraph.
    pub statute_nl: &'static str,
    /// The documentation, in Markdown: what it checks, why it matters, the statute, how to
    /// fix it, an example.
    pub doc: &'static str,
    /// Where the rule stands in its life cycle.
    pub status: RuleStatus,
    /// The version of convocheck that introduced it.
    pub since: &'static str,
    check: CheckFn,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule")
            .field("code", &self.code)
            .field("severity", &self.severity)
            .field("element", &self.element)
            .field("title_en", &self.title_en)
            .field("legal_reference", &self.legal_reference)
            .field("status", &self.status)
            .field("since", &self.since)
            .finish_non_exhaustive()
    }
}

impl Rule {
    /// The title in the given language.
    #[must_use]
    pub fn title(&self, lang: MessageLang) -> &'static str {
        match lang {
            MessageLang::Fr => self.title_fr,
            _ => self.title_en,
        }
    }

    /// A finding of this rule at its default severity.
    fn finding(&self, message: String, evidence: Vec<Evidence>) -> Finding {
        Finding {
            code: self.code,
            severity: self.severity,
            element: self.element,
            message,
            legal_reference: self.legal_reference.to_owned(),
            evidence,
        }
    }
}

/// The rules, in the contract's order.
static REGISTRY: [Rule; 20] = [
    basis_missing::RULE,
    basis_only_458ter::RULE,
    basis_not_qualifying::RULE,
    participants_missing::RULE,
    purpose_missing::RULE,
    purpose_not_permitted::RULE,
    modalities_missing::RULE,
    participation_presented_as_mandatory::RULE,
    disclosure_presented_as_mandatory::RULE,
    authorization_not_reasoned::RULE,
    basis_implementing_act_only::RULE,
    participants_open_ended::RULE,
    meeting_date_missing::RULE,
    meeting_place_missing::RULE,
    secrecy_reminder_missing::RULE,
    use_limitation_missing::RULE,
    optionality_not_stated::RULE,
    person_concerned_not_mentioned::RULE,
    lawyer_exception::RULE,
    not_a_convocation::RULE,
];

/// Every rule, in the contract's order (the order of [`RuleCode::ALL`]).
#[must_use]
pub fn registry() -> &'static [Rule] {
    &REGISTRY
}

/// The rule a code names.
#[must_use]
pub fn rule(code: RuleCode) -> &'static Rule {
    &REGISTRY[code.index()]
}

/// Which rules run and at which severity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleConfig {
    /// When set, only these rules run.
    pub select: Option<Vec<RuleCode>>,
    /// These rules never run (even when selected).
    pub ignore: Vec<RuleCode>,
    /// Severity overrides: the findings of the rule get this severity instead of its
    /// default (the last override of a code wins). The verdict follows the findings'
    /// severities.
    pub severity: Vec<(RuleCode, Severity)>,
}

impl RuleConfig {
    /// True when the rule `code` runs under this configuration.
    #[must_use]
    pub fn is_enabled(&self, code: RuleCode) -> bool {
        let selected = match &self.select {
            Some(select) => select.contains(&code),
            None => true,
        };
        selected && !self.ignore.contains(&code)
    }

    /// The severity the findings of `code` get: its override, else `default`.
    #[must_use]
    pub fn severity_of(&self, code: RuleCode, default: Severity) -> Severity {
        self.severity
            .iter()
            .rev()
            .find(|(c, _)| *c == code)
            .map_or(default, |&(_, s)| s)
    }
}

/// The evidence of every statement of `kind`, in the letter's order.
pub(crate) fn statement_evidence(
    ex: &Extraction,
    kind: crate::report::StatementKind,
) -> Vec<crate::report::Evidence> {
    ex.statements
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.evidence.clone())
        .collect()
}

/// Runs every enabled rule over an extraction, in registry order, and returns the
/// findings sorted by severity (error, warning, info), then registry order.
pub(crate) fn run(ex: &Extraction, lang: MessageLang, config: &RuleConfig) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in registry() {
        if !config.is_enabled(rule.code) {
            continue;
        }
        let first = out.len();
        (rule.check)(ex, lang, &mut out);
        let severity = config.severity_of(rule.code, rule.severity);
        for finding in &mut out[first..] {
            finding.severity = severity;
        }
    }
    // A stable sort keeps the registry order within a severity.
    out.sort_by_key(|f| f.severity);
    out
}

/// The finding for a text that is not a convocation (the only finding of such a report).
pub(crate) fn not_a_convocation(lang: MessageLang) -> Finding {
    not_a_convocation::finding(lang)
}

// ---------------------------------------------------------------------------------------
// Helpers shared by the rules.

/// The longest quotation of the letter a message carries, in characters.
const QUOTE_MAX: usize = 100;

/// The letter's words of `e` for a message: white space collapsed to single spaces,
/// surrounding punctuation trimmed, cut at [`QUOTE_MAX`] characters with an ellipsis.
fn words(e: &Evidence) -> String {
    let mut s = String::with_capacity(e.text.len().min(QUOTE_MAX * 4));
    let mut chars = 0;
    for w in e.text.split_whitespace() {
        if chars > 0 {
            if chars + 1 > QUOTE_MAX {
                break;
            }
            s.push(' ');
            chars += 1;
        }
        for c in w.chars() {
            if chars == QUOTE_MAX {
                break;
            }
            s.push(c);
            chars += 1;
        }
        if chars == QUOTE_MAX {
            break;
        }
    }
    let full: usize = e
        .text
        .split_whitespace()
        .map(|w| w.chars().count() + 1)
        .sum();
    let trimmed = s
        .trim_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '.' | '•' | '-' | '*') || c.is_whitespace()
        })
        .to_owned();
    if full.saturating_sub(1) > chars {
        format!("{trimmed}…")
    } else {
        trimmed
    }
}

/// The letter's words of `e` in the quotation marks of the message language.
fn quote(lang: MessageLang, e: &Evidence) -> String {
    let w = words(e);
    match lang {
        MessageLang::Fr => format!("« {w} »"),
        _ => format!("“{w}”"),
    }
}

/// Several quotations joined into one list (`« a », « b » et « c »`).
fn quote_list<'a>(lang: MessageLang, evidence: impl IntoIterator<Item = &'a Evidence>) -> String {
    let quotes: Vec<String> = evidence.into_iter().map(|e| quote(lang, e)).collect();
    let and = match lang {
        MessageLang::Fr => " et ",
        _ => " and ",
    };
    match quotes.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// True when the letter makes a statement of one of `kinds`.
fn states(ex: &Extraction, kinds: &[StatementKind]) -> bool {
    ex.statements.iter().any(|s| kinds.contains(&s.kind))
}

/// True when the letter states some modality of the consultation: a meeting date, time,
/// place or remote means, or an item of kind date, time, place, remote, agenda, minutes,
/// chair or procedure (a contact or a reply deadline alone is not one).
fn any_modality(ex: &Extraction) -> bool {
    let m = &ex.modalities;
    m.meeting.date.is_some()
        || m.meeting.time.is_some()
        || m.meeting.place.is_some()
        || m.meeting.remote
        || m.items.iter().any(|i| i.kind.is_substantive())
}

#[cfg(test)]
mod tests {
    use super::testing::{compliant, ev, instrument, run_fr};
    use super::*;
    use crate::report::{InstrumentKind, Purpose, PurposeCategory, Statement};

    const SECTIONS: [&str; 5] = [
        "## What it checks",
        "## Why it matters",
        "## Statute",
        "## How to fix",
        "## Example",
    ];

    #[test]
    fn registry_follows_all_and_codes_index_it() {
        assert_eq!(registry().len(), RuleCode::ALL.len());
        for (i, (rule, code)) in registry().iter().zip(RuleCode::ALL).enumerate() {
            assert_eq!(rule.code, code, "registry position {i}");
            assert_eq!(code.index(), i);
            assert_eq!(super::rule(code).code, code);
            assert_eq!(code.rule().code, code);
        }
    }

    #[test]
    fn codes_round_trip_through_str_and_serde() {
        for code in RuleCode::ALL {
            assert_eq!(code.as_str().parse::<RuleCode>(), Ok(code));
            assert_eq!(code.to_string(), code.as_str());
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            let back: RuleCode = serde_json::from_str(&json).unwrap();
            assert_eq!(back, code);
        }
        assert_eq!(
            " Basis-Missing ".parse::<RuleCode>(),
            Ok(RuleCode::BasisMissing)
        );
    }

    #[test]
    fn unknown_code_lists_valid_codes() {
        let err = "basis-absent".parse::<RuleCode>().unwrap_err();
        assert_eq!(err.found(), "basis-absent");
        let msg = err.to_string();
        assert!(msg.starts_with(
            "unknown rule code `basis-absent`: expected one of basis-missing, basis-only-458ter,"
        ));
        for code in RuleCode::ALL {
            assert!(msg.contains(code.as_str()), "{code} missing from {msg}");
        }
    }

    #[test]
    fn contract_table_severities_and_elements() {
        use Element::*;
        use Severity::*;
        let table: [(&str, Severity, Element); 20] = [
            ("basis-missing", Error, LegalBasis),
            ("basis-only-458ter", Error, LegalBasis),
            ("basis-not-qualifying", Error, LegalBasis),
            ("participants-missing", Error, Participants),
            ("purpose-missing", Error, Purposes),
            ("purpose-not-permitted", Error, Purposes),
            ("modalities-missing", Error, Modalities),
            ("participation-presented-as-mandatory", Error, Statements),
            ("disclosure-presented-as-mandatory", Error, Statements),
            ("authorization-not-reasoned", Warning, LegalBasis),
            ("basis-implementing-act-only", Warning, LegalBasis),
            ("participants-open-ended", Warning, Participants),
            ("meeting-date-missing", Warning, Modalities),
            ("meeting-place-missing", Warning, Modalities),
            ("secrecy-reminder-missing", Warning, Statements),
            ("use-limitation-missing", Info, Statements),
            ("optionality-not-stated", Info, Statements),
            ("person-concerned-not-mentioned", Info, Statements),
            ("lawyer-exception", Info, Participants),
            ("not-a-convocation", Info, Document),
        ];
        for (rule, (code, severity, element)) in registry().iter().zip(table) {
            assert_eq!(rule.code.as_str(), code);
            assert_eq!(rule.severity, severity, "{code}");
            assert_eq!(rule.element, element, "{code}");
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in registry() {
            let code = rule.code;
            let doc = rule.doc;
            assert!(!doc.trim().is_empty(), "{code}: empty doc");
            assert!(
                doc.contains(&format!("`{code}`")),
                "{code}: doc does not name its code"
            );
            let mut last = 0;
            for section in SECTIONS {
                let at = doc
                    .find(section)
                    .unwrap_or_else(|| panic!("{code}: no section {section:?}"));
                assert!(at >= last, "{code}: section {section:?} out of order");
                last = at;
            }
            assert!(
                !rule.title_en.is_empty() && !rule.title_fr.is_empty(),
                "{code}"
            );
            assert_ne!(rule.title_en, rule.title_fr, "{code}");
            assert!(
                rule.statute_fr.len() > 100 && rule.statute_nl.len() > 100,
                "{code}"
            );
            assert!(
                doc.contains(rule.statute_fr),
                "{code}: French statute text not in doc"
            );
            assert!(
                doc.contains(rule.statute_nl),
                "{code}: Dutch statute text not in doc"
            );
            assert!(doc.contains("art. 458ter C. pén. / Sw."), "{code}");
            assert!(
                rule.legal_reference.starts_with("art. 458ter, § ")
                    && rule.legal_reference.ends_with(", C. pén."),
                "{code}: {}",
                rule.legal_reference
            );
            assert!(
                doc.contains(&format!("Legal reference: {}", rule.legal_reference)),
                "{code}: doc does not give its legal reference"
            );
            assert!(
                doc.matches("```text").count() >= 2,
                "{code}: two examples, as text blocks"
            );
            assert!(doc.contains("\nCompliant"), "{code}: no compliant example");
            assert_eq!(rule.status, RuleStatus::Stable);
            assert_eq!(rule.since, "0.1.0");
        }
    }

    /// An extraction on which every rule fires that can fire with the others.
    fn firing_cases() -> Vec<Extraction> {
        let mut all_missing = Extraction::default();
        all_missing.purposes.push(Purpose {
            category: PurposeCategory::NotPermitted,
            evidence: ev("lutter contre la fraude sociale"),
        });
        all_missing.statements.push(Statement {
            kind: StatementKind::ParticipationMandatory,
            evidence: ev("votre présence est obligatoire"),
        });
        all_missing.statements.push(Statement {
            kind: StatementKind::DisclosureMandatory,
            evidence: ev("vous êtes tenu de communiquer toute information"),
        });
        all_missing.participants.open_ended = true;
        all_missing.addressee.is_lawyer = true;
        all_missing.addressee.evidence = Some(ev("Maître Dupont, avocat"));

        let mut only_458ter = all_missing.clone();
        only_458ter.legal_basis.cites_458ter = true;

        let mut non_normative = all_missing.clone();
        non_normative.legal_basis.instruments.push(instrument(
            InstrumentKind::NonNormative,
            "circulaire COL 04/2018",
        ));

        let mut modal = compliant();
        modal.legal_basis.instruments = vec![instrument(
            InstrumentKind::ImplementingAct,
            "arrêté royal du 5 mai 2019",
        )];
        modal.modalities.meeting = crate::report::Meeting::default();
        modal
            .modalities
            .items
            .retain(|i| i.kind == crate::report::ModalityKind::Minutes);

        let mut auth = compliant();
        auth.legal_basis.instruments = vec![instrument(
            InstrumentKind::ProsecutorAuthorization,
            "autorisation du procureur du Roi",
        )];
        auth.statements.clear();

        vec![all_missing, only_458ter, non_normative, modal, auth]
    }

    #[test]
    fn every_rule_fires_somewhere_with_messages_in_both_languages() {
        let mut seen = std::collections::BTreeSet::new();
        for ex in firing_cases() {
            for lang in [MessageLang::Fr, MessageLang::En] {
                for f in run(&ex, lang, &RuleConfig::default()) {
                    assert!(!f.message.trim().is_empty(), "{}", f.code);
                    assert_eq!(f.legal_reference, rule(f.code).legal_reference);
                    assert_eq!(f.element, rule(f.code).element);
                    seen.insert((f.code, lang == MessageLang::Fr));
                }
            }
        }
        for lang in [MessageLang::Fr, MessageLang::En] {
            let f = not_a_convocation(lang);
            assert!(!f.message.is_empty());
            seen.insert((f.code, lang == MessageLang::Fr));
        }
        for code in RuleCode::ALL {
            assert!(seen.contains(&(code, true)), "{code} never fired in French");
            assert!(
                seen.contains(&(code, false)),
                "{code} never fired in English"
            );
        }
    }

    #[test]
    fn french_and_english_messages_differ() {
        for ex in firing_cases() {
            let fr = run(&ex, MessageLang::Fr, &RuleConfig::default());
            let en = run(&ex, MessageLang::En, &RuleConfig::default());
            assert_eq!(fr.len(), en.len());
            for (a, b) in fr.iter().zip(&en) {
                assert_eq!(a.code, b.code);
                assert_eq!(a.evidence, b.evidence);
                assert_ne!(a.message, b.message, "{}", a.code);
            }
        }
    }

    #[test]
    fn compliant_extraction_has_no_findings() {
        assert_eq!(run_fr(&compliant()), Vec::<RuleCode>::new());
    }

    #[test]
    fn findings_are_sorted_by_severity_then_registry_order() {
        for ex in firing_cases() {
            let findings = run(&ex, MessageLang::En, &RuleConfig::default());
            for w in findings.windows(2) {
                let (a, b) = (&w[0], &w[1]);
                assert!(
                    (a.severity, a.code.index()) <= (b.severity, b.code.index()),
                    "{} before {}",
                    a.code,
                    b.code
                );
            }
        }
        let codes = run_fr(&firing_cases()[0]);
        assert_eq!(
            codes,
            [
                RuleCode::BasisMissing,
                RuleCode::ParticipantsMissing,
                RuleCode::PurposeMissing,
                RuleCode::PurposeNotPermitted,
                RuleCode::ModalitiesMissing,
                RuleCode::ParticipationPresentedAsMandatory,
                RuleCode::DisclosurePresentedAsMandatory,
                RuleCode::ParticipantsOpenEnded,
                RuleCode::SecrecyReminderMissing,
                RuleCode::UseLimitationMissing,
                RuleCode::OptionalityNotStated,
                RuleCode::PersonConcernedNotMentioned,
                RuleCode::LawyerException,
            ]
        );
    }

    #[test]
    fn the_three_basis_errors_exclude_each_other() {
        use InstrumentKind::*;
        let basis = [
            RuleCode::BasisMissing,
            RuleCode::BasisOnly458ter,
            RuleCode::BasisNotQualifying,
        ];
        let kinds = [
            Law,
            Decree,
            Ordinance,
            ProsecutorAuthorization,
            ImplementingAct,
            NonNormative,
        ];
        // Every subset of kinds, with and without art. 458ter.
        for mask in 0u32..(1 << kinds.len()) {
            for cites in [false, true] {
                let mut ex = compliant();
                ex.legal_basis.cites_458ter = cites;
                ex.legal_basis.instruments = kinds
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, &k)| instrument(k, "instrument"))
                    .collect();
                let fired: Vec<RuleCode> = run_fr(&ex)
                    .into_iter()
                    .filter(|c| basis.contains(c))
                    .collect();
                let qualifying = ex
                    .legal_basis
                    .instruments
                    .iter()
                    .any(|i| i.kind != NonNormative);
                let expected = if qualifying {
                    vec![]
                } else if mask != 0 {
                    vec![RuleCode::BasisNotQualifying]
                } else if cites {
                    vec![RuleCode::BasisOnly458ter]
                } else {
                    vec![RuleCode::BasisMissing]
                };
                assert_eq!(fired, expected, "mask {mask:06b}, cites {cites}");
            }
        }
    }

    #[test]
    fn config_selects_ignores_and_overrides_severity() {
        let ex = firing_cases().swap_remove(0);
        let config = RuleConfig {
            select: Some(vec![
                RuleCode::BasisMissing,
                RuleCode::SecrecyReminderMissing,
                RuleCode::LawyerException,
            ]),
            ignore: vec![RuleCode::LawyerException],
            severity: vec![
                (RuleCode::SecrecyReminderMissing, Severity::Info),
                (RuleCode::SecrecyReminderMissing, Severity::Error),
                (RuleCode::BasisMissing, Severity::Warning),
            ],
        };
        let got: Vec<(RuleCode, Severity)> = run(&ex, MessageLang::En, &config)
            .into_iter()
            .map(|f| (f.code, f.severity))
            .collect();
        assert_eq!(
            got,
            [
                (RuleCode::SecrecyReminderMissing, Severity::Error),
                (RuleCode::BasisMissing, Severity::Warning),
            ]
        );
        assert!(config.is_enabled(RuleCode::BasisMissing));
        assert!(!config.is_enabled(RuleCode::LawyerException));
        assert!(!config.is_enabled(RuleCode::PurposeMissing));
        assert!(RuleConfig::default().is_enabled(RuleCode::PurposeMissing));
    }

    #[test]
    fn words_collapse_space_and_cut_long_quotes() {
        assert_eq!(
            words(&ev("  lutte contre\n la   fraude ;")),
            "lutte contre la fraude"
        );
        let long = "mot ".repeat(60);
        let w = words(&ev(&long));
        assert!(w.ends_with('…'));
        assert!(w.chars().count() <= QUOTE_MAX + 1);
        assert_eq!(quote(MessageLang::Fr, &ev("x")), "« x »");
        assert_eq!(quote(MessageLang::En, &ev("x")), "“x”");
        let (a, b, c) = (ev("a"), ev("b"), ev("c"));
        assert_eq!(
            quote_list(MessageLang::Fr, [&a, &b, &c]),
            "« a », « b » et « c »"
        );
        assert_eq!(quote_list(MessageLang::En, [&a, &b]), "“a” and “b”");
    }

    // -- statute/458ter.md: the literate statute and its mapping to the rules --------------

    const STATUTE: &str = include_str!("../../statute/458ter.md");

    /// The paragraphs of the statute file: heading, body, codes listed under it.
    fn statute_paragraphs() -> Vec<(String, String, Vec<String>)> {
        let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
        for line in STATUTE.lines() {
            if let Some(h) = line.strip_prefix("## ") {
                out.push((h.trim().to_owned(), String::new(), Vec::new()));
            } else if let Some(last) = out.last_mut() {
                if let Some(list) = line.strip_prefix("Implemented by:") {
                    last.2
                        .extend(list.split('`').skip(1).step_by(2).map(str::to_owned));
                } else {
                    last.1.push_str(line);
                    last.1.push('\n');
                }
            }
        }
        out
    }

    #[test]
    fn statute_file_maps_paragraphs_to_rules_both_ways() {
        let paragraphs = statute_paragraphs();
        assert_eq!(paragraphs.len(), 5, "five paragraphs in art. 458ter");
        let mut mapped = std::collections::BTreeSet::new();
        for (heading, body, codes) in &paragraphs {
            assert!(heading.starts_with("Art. 458ter, § "), "{heading}");
            assert!(!codes.is_empty(), "{heading}: no rule implements it");
            for code in codes {
                let code: RuleCode = code.parse().unwrap_or_else(|e| panic!("{heading}: {e}"));
                mapped.insert(code);
            }
            assert!(!body.trim().is_empty(), "{heading}: no text");
        }
        for rule in registry() {
            assert!(
                mapped.contains(&rule.code),
                "{} is under no paragraph",
                rule.code
            );
            let own = paragraphs
                .iter()
                .find(|(h, _, _)| {
                    rule.legal_reference == format!("{}, C. pén.", h.replacen("Art.", "art.", 1))
                })
                .unwrap_or_else(|| {
                    panic!("{}: no heading for {}", rule.code, rule.legal_reference)
                });
            assert!(
                own.2.iter().any(|c| c == rule.code.as_str()),
                "{} not listed under {}",
                rule.code,
                own.0
            );
            assert!(
                own.1.contains(rule.statute_fr),
                "{}: French text differs",
                rule.code
            );
            assert!(
                own.1.contains(rule.statute_nl),
                "{}: Dutch text differs",
                rule.code
            );
        }
    }

    #[test]
    fn statute_file_holds_every_paragraph_verbatim() {
        for text in [
            statute::P1_AL1_FR,
            statute::P1_AL1_NL,
            statute::P1_AL2_FR,
            statute::P1_AL2_NL,
            statute::P1_AL3_FR,
            statute::P1_AL3_NL,
            statute::P2_AL1_FR,
            statute::P2_AL1_NL,
            statute::P2_AL2_FR,
            statute::P2_AL2_NL,
        ] {
            assert!(STATUTE.contains(text), "not in statute/458ter.md: {text}");
        }
    }
}
