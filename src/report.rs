//! The report: the JSON contract, schema version 1.
//!
//! Every type here serializes to exactly the shape of `schema/report-v1.schema.json`
//! (field names, enumeration values in `snake_case`). The report is what other tools
//! rely on: fields are only ever added in a new schema version.

use serde::{Deserialize, Serialize};

use crate::rules::RuleCode;
use crate::span::Span;

/// The version of the report's schema, written as `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// The analysis of one letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The path as given, `"-"` for standard input, `None` for a string handed to the library.
    pub source: Option<String>,
    /// Whether the input was read as plain text or Markdown.
    pub input_format: InputFormat,
    /// What the bytes were decoded from.
    pub encoding: Encoding,
    /// The letter's language.
    pub language: Language,
    /// Whether the text is a convocation to a case consultation.
    pub is_convocation: bool,
    /// The overall verdict, derived from the findings' severities.
    pub verdict: Verdict,
    /// The legal basis the letter invokes.
    pub legal_basis: LegalBasis,
    /// Who the letter says takes part.
    pub participants: Participants,
    /// The purposes the letter states.
    pub purposes: Vec<Purpose>,
    /// The meeting and the other modalities the letter states.
    pub modalities: Modalities,
    /// The letter's statements on secrecy, optionality and the person concerned.
    pub statements: Vec<Statement>,
    /// Who the letter is addressed to, as far as the rules care.
    pub addressee: Addressee,
    /// What the rules found, most severe first.
    pub findings: Vec<Finding>,
}

/// A piece of the letter: its byte span in the decoded input, its position and its text.
///
/// `text` is exactly `input[start..end]`; `line` and `column` are 1-based, the column
/// counted in Unicode scalar values from the start of the line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// First byte, into the decoded input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// The slice `[start, end)` of the decoded input.
    pub text: String,
}

impl Evidence {
    /// The byte span of this evidence.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Plain text or Markdown.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Plain text.
    #[default]
    Text,
    /// CommonMark, read with pulldown-cmark.
    Markdown,
}

/// The encoding the input's bytes were decoded from.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    #[default]
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-8 with a byte-order mark (the mark is stripped; offsets count from after it).
    #[serde(rename = "utf-8-bom")]
    Utf8Bom,
    /// UTF-16 little-endian, with a byte-order mark.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16 big-endian, with a byte-order mark.
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// Windows-1252, taken for bytes that are not valid UTF-8.
    #[serde(rename = "windows-1252")]
    Windows1252,
}

/// A letter's language.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// French.
    Fr,
    /// English.
    En,
    /// Dutch (detected; not yet analyzed in depth).
    Nl,
    /// Not recognized.
    #[default]
    Unknown,
}

/// The verdict on a letter.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A convocation without any error finding.
    Compliant,
    /// A convocation with at least one error finding.
    NonCompliant,
    /// Not a convocation to a case consultation.
    NotAConvocation,
}

/// The legal basis invoked by the letter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalBasis {
    /// The letter cites art. 458ter of the Criminal Code.
    pub cites_458ter: bool,
    /// Every instrument the letter invokes as the basis of the consultation.
    pub instruments: Vec<Instrument>,
}

/// An instrument invoked as the basis of the consultation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instrument {
    /// What kind of norm it is.
    pub kind: InstrumentKind,
    /// Its title as written, when the letter gives one.
    pub title: Option<String>,
    /// Its date, ISO 8601 (`YYYY-MM-DD`), when the letter gives one.
    pub date: Option<String>,
    /// For a prosecutor's authorization: whether the letter says it is reasoned.
    pub reasoned: Option<bool>,
    /// Where the letter invokes it.
    pub evidence: Evidence,
}

/// The kinds of instrument.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstrumentKind {
    /// A federal law (loi, wet, Act).
    Law,
    /// A decree of a Community or Region (not a Royal Decree).
    Decree,
    /// A Brussels ordinance.
    Ordinance,
    /// An authorization of the procureur du Roi.
    ProsecutorAuthorization,
    /// An executive act: arrêté royal, arrêté du Gouvernement, Royal Decree, order.
    ImplementingAct,
    /// A text that is not a norm: circular, protocol, charter, convention, guideline.
    NonNormative,
}

impl InstrumentKind {
    /// True for the kinds art. 458ter accepts (directly or pursuant to a norm).
    #[must_use]
    pub fn is_qualifying(self) -> bool {
        !matches!(self, InstrumentKind::NonNormative)
    }
}

/// Who takes part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participants {
    /// The letter lets unnamed others take part ("toute personne utile").
    pub open_ended: bool,
    /// The participants named.
    pub entries: Vec<Participant>,
}

/// One participant named by the letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// The participant's role.
    pub role: Role,
    /// Where the letter names it.
    pub evidence: Evidence,
}

/// Roles of participants.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Public prosecutor's office.
    Prosecution,
    /// Local or federal police.
    Police,
    /// Mayor, alderman, municipal services.
    Municipality,
    /// CPAS / OCMW, social workers, social services.
    SocialServices,
    /// Youth aid and youth protection.
    YouthAid,
    /// Medical and psychological care.
    Health,
    /// Schools and PMS centres.
    Education,
    /// Maisons de justice / justice houses.
    JusticeHouse,
    /// Intelligence and threat analysis (VSSE, OCAM/CUTA).
    Intelligence,
    /// Lawyers.
    Lawyer,
    /// Any other participant.
    Other,
}

/// A purpose stated by the letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Purpose {
    /// The category of the purpose.
    pub category: PurposeCategory,
    /// Where the letter states it.
    pub evidence: Evidence,
}

/// Categories of purposes.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurposeCategory {
    /// Protecting the physical or psychological integrity of the person or of third parties.
    Integrity,
    /// Preventing terrorist offences (Title I ter of Book II).
    Terrorism,
    /// Preventing offences committed within a criminal organization (art. 324bis).
    CriminalOrganization,
    /// A specific aim outside the three the statute allows.
    NotPermitted,
    /// A generic aim that names no end.
    Unspecified,
}

impl PurposeCategory {
    /// True for the three purposes art. 458ter § 1 al. 2 allows.
    #[must_use]
    pub fn is_permitted(self) -> bool {
        matches!(
            self,
            PurposeCategory::Integrity
                | PurposeCategory::Terrorism
                | PurposeCategory::CriminalOrganization
        )
    }
}

/// The meeting and the modalities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Modalities {
    /// The consultation's own date, time and place.
    pub meeting: Meeting,
    /// Every modality stated, with evidence.
    pub items: Vec<ModalityItem>,
}

/// When and where the consultation meets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `HH:MM`, 24-hour clock.
    pub time: Option<String>,
    /// The place, as written.
    pub place: Option<Evidence>,
    /// Remote means are offered (videoconference, phone).
    pub remote: bool,
}

/// A modality stated by the letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModalityItem {
    /// What kind of modality.
    pub kind: ModalityKind,
    /// Where the letter states it.
    pub evidence: Evidence,
}

/// Kinds of modality.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModalityKind {
    /// The meeting's date.
    Date,
    /// The meeting's time.
    Time,
    /// The meeting's place.
    Place,
    /// Remote means (videoconference, phone).
    Remote,
    /// An agenda.
    Agenda,
    /// Minutes or a written record.
    Minutes,
    /// Who chairs.
    Chair,
    /// A deadline to reply.
    ReplyDeadline,
    /// A contact person.
    Contact,
    /// How information is exchanged, recorded or kept.
    Procedure,
}

impl ModalityKind {
    /// True for kinds that count as a modality of the consultation itself (a contact or a
    /// reply deadline alone does not).
    #[must_use]
    pub fn is_substantive(self) -> bool {
        !matches!(self, ModalityKind::Contact | ModalityKind::ReplyDeadline)
    }
}

/// A statement of the letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// What the statement says.
    pub kind: StatementKind,
    /// Where the letter says it.
    pub evidence: Evidence,
}

/// Kinds of statements.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Participants are bound to secrecy about what is shared.
    SecrecyReminder,
    /// Secrets shared may lead to prosecution only for the offences the consultation is for.
    UseLimitation,
    /// Taking part is optional.
    ParticipationOptional,
    /// Taking part is presented as compulsory.
    ParticipationMandatory,
    /// Disclosing is optional.
    DisclosureOptional,
    /// Disclosing is presented as compulsory.
    DisclosureMandatory,
    /// The person concerned is or will be informed.
    PersonInformed,
    /// The person concerned may attend or be heard.
    PersonInvited,
}

/// The addressee, as far as the rules care.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addressee {
    /// The addressee is a lawyer.
    pub is_lawyer: bool,
    /// What shows it.
    pub evidence: Option<Evidence>,
}

/// A rule's finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable code.
    pub code: RuleCode,
    /// Its effective severity.
    pub severity: Severity,
    /// The element of the letter it is about.
    pub element: Element,
    /// What is wrong, in the message language.
    pub message: String,
    /// The article it rests on.
    pub legal_reference: String,
    /// The letter's own words that show it (may be empty when something is missing).
    pub evidence: Vec<Evidence>,
}

/// How serious a finding is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Makes the letter non-compliant.
    Error,
    /// Something the person summoned should ask about.
    Warning,
    /// Worth knowing.
    Info,
}

/// The element of the letter a finding is about.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Element {
    /// The legal basis.
    LegalBasis,
    /// The participants.
    Participants,
    /// The purposes.
    Purposes,
    /// The modalities.
    Modalities,
    /// The statements.
    Statements,
    /// The document as a whole.
    Document,
}

/// An input that could not be analyzed, as written in a batch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The path as given, `"-"` for standard input.
    pub source: Option<String>,
    /// What went wrong.
    pub error: ErrorDetail,
}

/// The `error` object of an [`ErrorRecord`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// The kind of failure.
    pub kind: crate::ErrorKind,
    /// A human-readable message.
    pub message: String,
}

/// One record of a batch: a report or an error record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Record {
    /// The input was analyzed.
    Report(Report),
    /// The input could not be analyzed.
    Error(ErrorRecord),
}

impl ErrorRecord {
    /// Builds the record of `error` for `source`.
    #[must_use]
    pub fn new(source: Option<String>, error: &crate::Error) -> ErrorRecord {
        ErrorRecord {
            schema_version: SCHEMA_VERSION,
            source,
            error: ErrorDetail {
                kind: error.kind(),
                message: error.to_string(),
            },
        }
    }
}
