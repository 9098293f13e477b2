//! What the fuzz targets assert on every input (shared by both targets).
//!
//! The span and verdict checks are the integration tests' own (`tests/common/`), included by
//! path so the tests and the fuzzer check exactly the same thing.

#[path = "../../tests/common/decode.rs"]
mod decode;
#[path = "../../tests/common/evidence.rs"]
#[allow(dead_code)]
mod evidence;

use convocheck::{Analyzer, ErrorRecord, Report};
use serde_json::Value;

/// Analyzes `data` as bytes (`analyze_bytes`) and, when it is UTF-8, as a string
/// (`analyze`), in plain text or Markdown, and panics when a report breaks the contract:
///
/// - every evidence span lies on char boundaries of the decoded input and its `text` is that
///   slice, with the right line and column;
/// - the verdict agrees with the findings (`non_compliant` iff an error finding,
///   `not_a_convocation` iff not a convocation, with `not-a-convocation` as only finding);
/// - the report serializes to JSON with `schema_version: 1` and every required key, and
///   reads back equal;
/// - an input that cannot be analyzed gives a well-formed error record.
pub fn check(data: &[u8], markdown: bool) {
    let analyzer = Analyzer::new().markdown(markdown);
    match analyzer.analyze_bytes(data) {
        Ok(report) => {
            let text = decode::decode_as(data, report.encoding);
            check_report(&report, &text);
        }
        Err(e) => {
            let record = serde_json::to_value(ErrorRecord::new(None, &e)).expect("serializes");
            assert_eq!(record["schema_version"], 1);
            assert!(record["error"]["kind"].is_string(), "{record}");
            assert!(
                record["error"]["message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty()),
                "{record}"
            );
        }
    }
    if let Ok(s) = std::str::from_utf8(data) {
        check_report(&analyzer.analyze(s), s);
    }
}

fn check_report(report: &Report, text: &str) {
    let problems = evidence::span_problems(report, text);
    assert!(
        problems.is_empty(),
        "bad spans:\n  {}",
        problems.join("\n  ")
    );
    if let Some(p) = evidence::verdict_problem(report) {
        panic!("{p}");
    }
    let json = serde_json::to_string(report).expect("the report serializes");
    let value: Value = serde_json::from_str(&json).expect("the JSON parses");
    check_shape(&value);
    let back: Report = serde_json::from_str(&json).expect("the JSON reads back");
    assert!(
        back == *report,
        "the report does not survive a JSON round trip"
    );
}

fn require(v: &Value, at: &str, keys: &[&str]) {
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{at} is not an object: {v}"));
    for k in keys {
        assert!(obj.contains_key(*k), "{at} lacks {k:?}: {v}");
    }
}

/// The required keys of report-v1.schema.json.
fn check_shape(v: &Value) {
    require(
        v,
        "report",
        &[
            "schema_version",
            "source",
            "input_format",
            "encoding",
            "language",
            "is_convocation",
            "verdict",
            "legal_basis",
            "participants",
            "purposes",
            "modalities",
            "statements",
            "addressee",
            "findings",
        ],
    );
    assert_eq!(v["schema_version"], 1, "schema_version");
    require(
        &v["legal_basis"],
        "legal_basis",
        &["cites_458ter", "instruments"],
    );
    for i in v["legal_basis"]["instruments"]
        .as_array()
        .expect("instruments")
    {
        require(
            i,
            "instrument",
            &["kind", "title", "date", "reasoned", "evidence"],
        );
    }
    require(
        &v["participants"],
        "participants",
        &["open_ended", "entries"],
    );
    require(&v["modalities"], "modalities", &["meeting", "items"]);
    require(
        &v["modalities"]["meeting"],
        "meeting",
        &["date", "time", "place", "remote"],
    );
    require(&v["addressee"], "addressee", &["is_lawyer", "evidence"]);
    for f in v["findings"].as_array().expect("findings") {
        require(
            f,
            "finding",
            &[
                "code",
                "severity",
                "element",
                "message",
                "legal_reference",
                "evidence",
            ],
        );
        assert!(
            f["message"].as_str().is_some_and(|m| !m.is_empty()),
            "empty message: {f}"
        );
    }
}
