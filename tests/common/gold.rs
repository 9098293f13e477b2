//! The gold annotations of the fixtures (contract, section 6): reading them, walking the
//! fixture tree, and comparing a report with its gold.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use convocheck::{
    InstrumentKind, Language, PurposeCategory, Report, Role, RuleCode, Severity, StatementKind,
    Verdict,
};
use serde::Deserialize;

/// One `<name>.gold.json`. Unknown keys are refused, so a misspelt key cannot be ignored
/// silently; values are read into the library's own enumerations, so a misspelt value is
/// refused too.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    pub language: Language,
    pub is_convocation: bool,
    pub verdict: Verdict,
    /// The exact set of error and warning codes.
    pub codes: BTreeSet<RuleCode>,
    #[serde(default)]
    pub basis_kinds: Option<BTreeSet<InstrumentKind>>,
    #[serde(default)]
    pub cites_458ter: Option<bool>,
    #[serde(default)]
    pub participant_roles: Option<BTreeSet<Role>>,
    #[serde(default)]
    pub participants_open_ended: Option<bool>,
    #[serde(default)]
    pub purpose_categories: Option<BTreeSet<PurposeCategory>>,
    #[serde(default)]
    pub statement_kinds: Option<BTreeSet<StatementKind>>,
    #[serde(default)]
    pub meeting: Option<GoldMeeting>,
    /// `null` (or absent) when no prosecutor's authorization is invoked.
    #[serde(default)]
    pub authorization_reasoned: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
}

/// The `meeting` object of a gold file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldMeeting {
    pub date: Option<String>,
    pub time: Option<String>,
    pub has_place: bool,
    pub remote: bool,
}

/// The same facts, read from a report.
#[derive(Clone, Debug)]
pub struct Observed {
    pub language: Language,
    pub is_convocation: bool,
    pub verdict: Verdict,
    /// Codes of the error and warning findings.
    pub codes: BTreeSet<RuleCode>,
    pub basis_kinds: BTreeSet<InstrumentKind>,
    pub cites_458ter: bool,
    pub participant_roles: BTreeSet<Role>,
    pub participants_open_ended: bool,
    pub purpose_categories: BTreeSet<PurposeCategory>,
    pub statement_kinds: BTreeSet<StatementKind>,
    pub date: Option<String>,
    pub time: Option<String>,
    pub has_place: bool,
    pub remote: bool,
    /// `None` when no prosecutor's authorization; else whether one is said to be reasoned.
    pub authorization_reasoned: Option<bool>,
}

impl Observed {
    pub fn of(r: &Report) -> Observed {
        let authorizations: Vec<_> = r
            .legal_basis
            .instruments
            .iter()
            .filter(|i| i.kind == InstrumentKind::ProsecutorAuthorization)
            .collect();
        Observed {
            language: r.language,
            is_convocation: r.is_convocation,
            verdict: r.verdict,
            codes: r
                .findings
                .iter()
                .filter(|f| matches!(f.severity, Severity::Error | Severity::Warning))
                .map(|f| f.code)
                .collect(),
            basis_kinds: r.legal_basis.instruments.iter().map(|i| i.kind).collect(),
            cites_458ter: r.legal_basis.cites_458ter,
            participant_roles: r.participants.entries.iter().map(|p| p.role).collect(),
            participants_open_ended: r.participants.open_ended,
            purpose_categories: r.purposes.iter().map(|p| p.category).collect(),
            statement_kinds: r.statements.iter().map(|s| s.kind).collect(),
            date: r.modalities.meeting.date.clone(),
            time: r.modalities.meeting.time.clone(),
            has_place: r.modalities.meeting.place.is_some(),
            remote: r.modalities.meeting.remote,
            authorization_reasoned: if authorizations.is_empty() {
                None
            } else {
                Some(authorizations.iter().any(|i| i.reasoned == Some(true)))
            },
        }
    }
}

/// One fixture: the letter and its gold file.
#[derive(Clone, Debug)]
pub struct Fixture {
    /// The letter.
    pub path: PathBuf,
    /// The letter's path relative to the walked root, with `/` (for messages).
    pub name: String,
    /// `<name>.gold.json` beside the letter.
    pub gold_path: PathBuf,
}

/// The extensions of letters (as `convocheck check` takes them in a directory).
pub const LETTER_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];

/// The fixture root of this crate: `fixtures/letters`.
pub fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/letters")
}

/// Walks `root` recursively (sorted, hidden entries skipped) and pairs every letter with its
/// gold file. Returns the fixtures and the problems of the tree: a letter without gold, a gold
/// file without a letter, an unreadable directory.
pub fn walk(root: &Path) -> (Vec<Fixture>, Vec<String>) {
    let mut fixtures = Vec::new();
    let mut problems = Vec::new();
    let mut golds = Vec::new();
    walk_into(root, root, &mut fixtures, &mut golds, &mut problems);
    for f in &fixtures {
        if !f.gold_path.is_file() {
            problems.push(format!(
                "{}: no gold file (expected {})",
                f.name,
                f.gold_path.display()
            ));
        }
    }
    for g in golds {
        if !fixtures.iter().any(|f| f.gold_path == g) {
            problems.push(format!("{}: gold file without a letter", g.display()));
        }
    }
    (fixtures, problems)
}

fn walk_into(
    root: &Path,
    dir: &Path,
    fixtures: &mut Vec<Fixture>,
    golds: &mut Vec<PathBuf>,
    problems: &mut Vec<String>,
) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            problems.push(format!("{}: {e}", dir.display()));
            return;
        }
    };
    entries.sort();
    for path in entries {
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if file_name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk_into(root, &path, fixtures, golds, problems);
        } else if file_name.ends_with(".gold.json") {
            golds.push(path);
        } else if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
            if LETTER_EXTENSIONS.contains(&ext) {
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                let gold_path = path.with_file_name(format!("{stem}.gold.json"));
                let name = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                fixtures.push(Fixture {
                    path,
                    name,
                    gold_path,
                });
            }
        }
    }
}

/// Reads and parses a gold file.
pub fn read_gold(path: &Path) -> Result<Gold, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let gold: Gold = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if gold.is_convocation {
        let missing: Vec<&str> = [
            ("basis_kinds", gold.basis_kinds.is_none()),
            ("cites_458ter", gold.cites_458ter.is_none()),
            ("participant_roles", gold.participant_roles.is_none()),
            (
                "participants_open_ended",
                gold.participants_open_ended.is_none(),
            ),
            ("purpose_categories", gold.purpose_categories.is_none()),
            ("statement_kinds", gold.statement_kinds.is_none()),
            ("meeting", gold.meeting.is_none()),
        ]
        .into_iter()
        .filter_map(|(k, missing)| missing.then_some(k))
        .collect();
        if !missing.is_empty() {
            return Err(format!(
                "{}: a convocation's gold must have {}",
                path.display(),
                missing.join(", ")
            ));
        }
    }
    Ok(gold)
}

/// A value as the contract writes it (`"non_compliant"`, `"basis-missing"`, `null`).
pub fn name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(e) => format!("<{e}>"),
    }
}

/// One field of a letter that differs from gold.
#[derive(Clone, Debug)]
pub struct FieldDiff {
    pub field: &'static str,
    /// What differs, e.g. `expected compliant, got non_compliant` or
    /// `missing: law; extra: decree`.
    pub detail: String,
}

/// How a report differs from its gold. `hard` (verdict, codes) fails the gold test; `soft`
/// (everything else) is printed only.
#[derive(Clone, Debug, Default)]
pub struct Diff {
    pub hard: Vec<FieldDiff>,
    pub soft: Vec<FieldDiff>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.hard.is_empty() && self.soft.is_empty()
    }
}

fn set_diff<T: Ord + serde::Serialize>(gold: &BTreeSet<T>, got: &BTreeSet<T>) -> Option<String> {
    let missing: Vec<String> = gold.difference(got).map(name).collect();
    let extra: Vec<String> = got.difference(gold).map(name).collect();
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("missing {}", missing.join(", ")));
    }
    if !extra.is_empty() {
        parts.push(format!("extra {}", extra.join(", ")));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn value_diff<T: PartialEq + serde::Serialize>(gold: &T, got: &T) -> Option<String> {
    (gold != got).then(|| format!("expected {}, got {}", name(gold), name(got)))
}

/// Compares a report (read into [`Observed`]) with its gold.
pub fn compare(gold: &Gold, got: &Observed) -> Diff {
    let mut d = Diff::default();
    let mut hard = |field, detail: Option<String>| {
        if let Some(detail) = detail {
            d.hard.push(FieldDiff { field, detail });
        }
    };
    hard("verdict", value_diff(&gold.verdict, &got.verdict));
    hard("codes", set_diff(&gold.codes, &got.codes));
    let mut soft = |field, detail: Option<String>| {
        if let Some(detail) = detail {
            d.soft.push(FieldDiff { field, detail });
        }
    };
    soft("language", value_diff(&gold.language, &got.language));
    soft(
        "is_convocation",
        value_diff(&gold.is_convocation, &got.is_convocation),
    );
    if gold.is_convocation {
        if let Some(g) = &gold.basis_kinds {
            soft("basis_kinds", set_diff(g, &got.basis_kinds));
        }
        if let Some(g) = &gold.cites_458ter {
            soft("cites_458ter", value_diff(g, &got.cites_458ter));
        }
        if let Some(g) = &gold.participant_roles {
            soft("participant_roles", set_diff(g, &got.participant_roles));
        }
        if let Some(g) = &gold.participants_open_ended {
            soft(
                "participants_open_ended",
                value_diff(g, &got.participants_open_ended),
            );
        }
        if let Some(g) = &gold.purpose_categories {
            soft("purpose_categories", set_diff(g, &got.purpose_categories));
        }
        if let Some(g) = &gold.statement_kinds {
            soft("statement_kinds", set_diff(g, &got.statement_kinds));
        }
        if let Some(m) = &gold.meeting {
            soft("meeting.date", value_diff(&m.date, &got.date));
            soft("meeting.time", value_diff(&m.time, &got.time));
            soft(
                "meeting.has_place",
                value_diff(&m.has_place, &got.has_place),
            );
            soft("meeting.remote", value_diff(&m.remote, &got.remote));
        }
        soft(
            "authorization_reasoned",
            value_diff(&gold.authorization_reasoned, &got.authorization_reasoned),
        );
    }
    d
}

/// Renders the differences of one letter: a header line, then one line per field, `✗` for
/// a difference that fails the gold test, `·` for one that is only reported.
pub fn render_diff(name: &str, gold: &Gold, diff: &Diff) -> String {
    let mut out = String::new();
    let _ = write!(out, "{name}");
    if let Some(note) = &gold.note {
        let _ = write!(out, "  -- {note}");
    }
    out.push('\n');
    for (mark, list) in [("✗", &diff.hard), ("·", &diff.soft)] {
        for f in list {
            let _ = writeln!(out, "  {mark} {:<24} {}", f.field, f.detail);
        }
    }
    out
}
