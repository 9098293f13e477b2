//! Every piece of evidence of a report, and the checks the contract makes on spans.
//!
//! Shared by the integration tests, the `scores` example and the fuzz targets (which include
//! this file with `#[path]`), so it depends on nothing but `convocheck`.

use convocheck::{Evidence, Report};

/// Every evidence of a report, each with where it sits in the report (for messages):
/// instruments, participants, purposes, modality items, the meeting's place, statements,
/// the addressee and the findings.
pub fn labeled_evidence(report: &Report) -> Vec<(String, &Evidence)> {
    let mut out = Vec::new();
    for (i, x) in report.legal_basis.instruments.iter().enumerate() {
        out.push((format!("legal_basis.instruments[{i}]"), &x.evidence));
    }
    for (i, x) in report.participants.entries.iter().enumerate() {
        out.push((format!("participants.entries[{i}]"), &x.evidence));
    }
    for (i, x) in report.purposes.iter().enumerate() {
        out.push((format!("purposes[{i}]"), &x.evidence));
    }
    if let Some(place) = &report.modalities.meeting.place {
        out.push(("modalities.meeting.place".to_owned(), place));
    }
    for (i, x) in report.modalities.items.iter().enumerate() {
        out.push((format!("modalities.items[{i}]"), &x.evidence));
    }
    for (i, x) in report.statements.iter().enumerate() {
        out.push((format!("statements[{i}]"), &x.evidence));
    }
    if let Some(e) = &report.addressee.evidence {
        out.push(("addressee".to_owned(), e));
    }
    for (i, f) in report.findings.iter().enumerate() {
        for (j, e) in f.evidence.iter().enumerate() {
            out.push((format!("findings[{i}].evidence[{j}]"), e));
        }
    }
    out
}

/// Every evidence of a report (see [`labeled_evidence`] for what is included).
pub fn all_evidence(report: &Report) -> Vec<&Evidence> {
    labeled_evidence(report)
        .into_iter()
        .map(|(_, e)| e)
        .collect()
}

/// The 1-based line and column (in Unicode scalar values) of byte `offset` of `text`, lines
/// ending at `\n`, computed the slow and obvious way.
///
/// `offset` must be a char boundary of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// What is wrong with one evidence against the decoded input `text`, if anything.
pub fn evidence_problem(text: &str, e: &Evidence) -> Option<String> {
    if e.start > e.end || e.end > text.len() {
        return Some(format!(
            "span {}..{} out of bounds (input is {} bytes)",
            e.start,
            e.end,
            text.len()
        ));
    }
    if !text.is_char_boundary(e.start) || !text.is_char_boundary(e.end) {
        return Some(format!(
            "span {}..{} not on char boundaries",
            e.start, e.end
        ));
    }
    let slice = &text[e.start..e.end];
    if e.text != slice {
        return Some(format!(
            "span {}..{}: text {:?} != input slice {:?}",
            e.start, e.end, e.text, slice
        ));
    }
    let (line, column) = line_column(text, e.start);
    if (e.line, e.column) != (line, column) {
        return Some(format!(
            "span {}..{} {:?}: line:column {}:{} but offset is at {}:{}",
            e.start, e.end, e.text, e.line, e.column, line, column
        ));
    }
    None
}

/// Every problem with the evidence of `report` against the decoded input `text`, one line
/// each, prefixed with where the evidence sits in the report. Empty when all is well.
pub fn span_problems(report: &Report, text: &str) -> Vec<String> {
    labeled_evidence(report)
        .into_iter()
        .filter_map(|(at, e)| evidence_problem(text, e).map(|p| format!("{at}: {p}")))
        .collect()
}

/// Whether the verdict agrees with the findings and `is_convocation`, as the contract says:
/// `not_a_convocation` iff not a convocation (then the only finding is `not-a-convocation`),
/// else `non_compliant` iff there is an error finding.
pub fn verdict_problem(report: &Report) -> Option<String> {
    use convocheck::{RuleCode, Severity, Verdict};
    let has_error = report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error);
    let expected = if !report.is_convocation {
        Verdict::NotAConvocation
    } else if has_error {
        Verdict::NonCompliant
    } else {
        Verdict::Compliant
    };
    if report.verdict != expected {
        return Some(format!(
            "verdict {:?} but findings/is_convocation imply {expected:?}",
            report.verdict
        ));
    }
    let only_not_a_convocation = matches!(
        report.findings.as_slice(),
        [f] if f.code == RuleCode::NotAConvocation
    );
    if !report.is_convocation && !only_not_a_convocation {
        return Some(format!(
            "not a convocation, but the findings are {:?} (expected only not-a-convocation)",
            report.findings.iter().map(|f| f.code).collect::<Vec<_>>()
        ));
    }
    None
}

/// Calls `f` on every evidence of a report (the same ones as [`labeled_evidence`]).
pub fn for_each_evidence_mut(report: &mut Report, mut f: impl FnMut(&mut Evidence)) {
    for x in &mut report.legal_basis.instruments {
        f(&mut x.evidence);
    }
    for x in &mut report.participants.entries {
        f(&mut x.evidence);
    }
    for x in &mut report.purposes {
        f(&mut x.evidence);
    }
    if let Some(place) = &mut report.modalities.meeting.place {
        f(place);
    }
    for x in &mut report.modalities.items {
        f(&mut x.evidence);
    }
    for x in &mut report.statements {
        f(&mut x.evidence);
    }
    if let Some(e) = &mut report.addressee.evidence {
        f(e);
    }
    for finding in &mut report.findings {
        for e in &mut finding.evidence {
            f(e);
        }
    }
}
