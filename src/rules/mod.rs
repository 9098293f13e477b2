//! The rules: one file per rule, one registry of stable codes.
//!
//! (Skeleton: the registry and the rule files are filled in by the rules work.)

use serde::{Deserialize, Serialize};

use crate::extract::Extraction;
use crate::report::{Finding, Severity};
use crate::MessageLang;

/// The stable code of a rule. Codes are never reused or renamed.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RuleCode {
    /// `basis-missing`
    BasisMissing,
    /// `basis-only-458ter`
    #[serde(rename = "basis-only-458ter")]
    BasisOnly458ter,
    /// `basis-not-qualifying`
    BasisNotQualifying,
    /// `participants-missing`
    ParticipantsMissing,
    /// `purpose-missing`
    PurposeMissing,
    /// `purpose-not-permitted`
    PurposeNotPermitted,
    /// `modalities-missing`
    ModalitiesMissing,
    /// `participation-presented-as-mandatory`
    ParticipationPresentedAsMandatory,
    /// `disclosure-presented-as-mandatory`
    DisclosurePresentedAsMandatory,
    /// `authorization-not-reasoned`
    AuthorizationNotReasoned,
    /// `basis-implementing-act-only`
    BasisImplementingActOnly,
    /// `participants-open-ended`
    ParticipantsOpenEnded,
    /// `meeting-date-missing`
    MeetingDateMissing,
    /// `meeting-place-missing`
    MeetingPlaceMissing,
    /// `secrecy-reminder-missing`
    SecrecyReminderMissing,
    /// `use-limitation-missing`
    UseLimitationMissing,
    /// `optionality-not-stated`
    OptionalityNotStated,
    /// `person-concerned-not-mentioned`
    PersonConcernedNotMentioned,
    /// `lawyer-exception`
    LawyerException,
    /// `not-a-convocation`
    NotAConvocation,
}

/// Which rules run and at which severity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleConfig {
    /// When set, only these rules run.
    pub select: Option<Vec<RuleCode>>,
    /// These rules never run.
    pub ignore: Vec<RuleCode>,
    /// Severity overrides.
    pub severity: Vec<(RuleCode, Severity)>,
}

/// Runs every enabled rule over an extraction.
pub(crate) fn run(_ex: &Extraction, _lang: MessageLang, _config: &RuleConfig) -> Vec<Finding> {
    Vec::new()
}

/// The finding for a text that is not a convocation.
pub(crate) fn not_a_convocation(_lang: MessageLang) -> Finding {
    Finding {
        code: RuleCode::NotAConvocation,
        severity: Severity::Info,
        element: crate::report::Element::Document,
        message: "not a convocation".into(),
        legal_reference: "art. 458ter C. pén.".into(),
        evidence: Vec::new(),
    }
}
