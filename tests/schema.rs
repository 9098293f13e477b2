//! The JSON contract: every record the library produces validates against the project's copy
//! of the schema (`schema/report-v1.schema.json`, draft 2020-12, compiled without network),
//! the schema refuses malformed records, and every value the schema enumerates is one the
//! library knows.

mod common;

use convocheck::{
    Analyzer, Element, Encoding, ErrorKind, ErrorRecord, InputFormat, InstrumentKind, Language,
    ModalityKind, PurposeCategory, Record, Report, Role, RuleCode, Severity, StatementKind,
    Verdict,
};
use serde_json::{json, Value};

use common::schema::{schema_json, validator, violations, violations_of};

const LETTER_FR: &str = "Objet : concertation de cas (art. 458ter du Code pénal)\n\
    Madame,\n\
    En application de la loi du 30 juillet 2018 portant création de cellules de sécurité\n\
    intégrale locales, le bourgmestre vous invite à la réunion de la CSIL-R du jeudi\n\
    14 mars 2025 à 14h30, à l'hôtel de ville, afin de prévenir des infractions\n\
    terroristes. Participeront : la police locale et le CPAS.\n\
    Votre participation n'est pas obligatoire.\n";

const LETTER_EN_MD: &str = "# Case consultation (article 458ter of the Criminal Code)\n\n\
    Pursuant to the Royal Decree of 3 May 2019, you are invited to a case consultation on\n\
    **Thursday 14 March 2025 at 2.30 pm** at the town hall.\n\n\
    - local police\n- PCSW social worker\n\n\
    > Attendance is not compulsory.\n";

fn assert_valid(what: &str, value: &Value) {
    let v = violations(value);
    assert!(
        v.is_empty(),
        "{what} does not validate:\n  {}\n{value:#}",
        v.join("\n  ")
    );
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema() {
    let schema = schema_json();
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "the schema must declare draft 2020-12"
    );
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!("schema/report-v1.schema.json is not a valid schema: {e}");
    }
    // Compiles (without network: the meta-schema is bundled).
    let _ = validator();
}

#[test]
fn fixture_reports_validate() {
    let (corpus, _) = common::analyze_corpus(&common::gold::fixtures_root());
    assert!(!corpus.is_empty());
    let mut problems = Vec::new();
    for a in &corpus {
        match &a.report {
            Ok((report, _)) => {
                for v in violations_of(&Record::Report(report.clone())) {
                    problems.push(format!("{}: {v}", a.fixture.name));
                }
            }
            Err(e) => problems.push(format!("{}: {e}", a.fixture.name)),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn reports_of_strings_bytes_and_markdown_validate() {
    let fr = convocheck::analyze(LETTER_FR);
    assert_eq!(fr.source, None);
    assert_valid(
        "a French letter given as a string",
        &serde_json::to_value(&fr).unwrap(),
    );

    let md = Analyzer::new().markdown(true).analyze(LETTER_EN_MD);
    assert_eq!(md.input_format, InputFormat::Markdown);
    assert_valid(
        "an English Markdown letter",
        &serde_json::to_value(&md).unwrap(),
    );

    let other = convocheck::analyze("Hello, the cafeteria is closed on Friday.");
    assert_valid(
        "a text that is not a convocation",
        &serde_json::to_value(&other).unwrap(),
    );

    // UTF-16LE with BOM and Windows-1252 bytes.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(LETTER_FR.encode_utf16().flat_map(u16::to_le_bytes));
    let r = Analyzer::new().analyze_bytes(&utf16).unwrap();
    assert_eq!(r.encoding, Encoding::Utf16Le);
    assert_valid("a UTF-16LE letter", &serde_json::to_value(&r).unwrap());

    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(LETTER_FR);
    let r = Analyzer::new().analyze_bytes(&cp1252).unwrap();
    assert_eq!(r.encoding, Encoding::Windows1252);
    assert_valid("a Windows-1252 letter", &serde_json::to_value(&r).unwrap());
}

#[test]
fn reports_round_trip_through_json() {
    for report in [
        convocheck::analyze(LETTER_FR),
        Analyzer::new().markdown(true).analyze(LETTER_EN_MD),
    ] {
        let json = serde_json::to_string(&report).unwrap();
        let back: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report);
        let record: Record = serde_json::from_str(&json).unwrap();
        assert!(matches!(record, Record::Report(_)), "{json}");
    }
}

#[test]
fn error_records_validate() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(ErrorKind, Result<Report, convocheck::Error>, Option<String>)> = vec![
        (
            ErrorKind::Io,
            Analyzer::new().analyze_path(&dir.path().join("missing.txt")),
            Some("missing.txt".to_owned()),
        ),
        (
            ErrorKind::TooLarge,
            Analyzer::new()
                .max_size(10)
                .analyze_bytes(LETTER_FR.as_bytes()),
            Some("-".to_owned()),
        ),
        (
            ErrorKind::Binary,
            Analyzer::new().analyze_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00binary"),
            None,
        ),
        (
            ErrorKind::Empty,
            Analyzer::new().analyze_bytes(b" \r\n\t \n"),
            None,
        ),
    ];
    for (kind, result, source) in cases {
        let err = match result {
            Err(e) => e,
            Ok(r) => panic!("expected a {kind:?} error, got a report: {r:?}"),
        };
        assert_eq!(err.kind(), kind, "{err}");
        let record = ErrorRecord::new(source, &err);
        let value = serde_json::to_value(&record).unwrap();
        assert_valid(&format!("the {kind:?} error record"), &value);
        assert_valid(
            &format!("the {kind:?} error record as a Record"),
            &serde_json::to_value(Record::Error(record.clone())).unwrap(),
        );
        let back: Record = serde_json::from_value(value).unwrap();
        assert_eq!(back, Record::Error(record));
    }
}

/// Inputs under `fixtures/bad/` give records (usually error records) that validate.
#[test]
fn bad_fixture_records_validate() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/bad");
    let Ok(entries) = std::fs::read_dir(&root) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths.into_iter().filter(|p| p.is_file()) {
        let source = Some(path.to_string_lossy().into_owned());
        let record = match Analyzer::new().analyze_path(&path) {
            Ok(r) => Record::Report(r),
            Err(e) => Record::Error(ErrorRecord::new(source, &e)),
        };
        let v = violations_of(&record);
        assert!(v.is_empty(), "{}: {}", path.display(), v.join("\n"));
    }
}

/// The validator is not vacuous: it refuses records that break the contract.
#[test]
fn schema_refuses_malformed_records() {
    let good = serde_json::to_value(convocheck::analyze(LETTER_FR)).unwrap();
    assert_valid("the base report", &good);
    let evidence = json!({ "start": 0, "end": 5, "line": 1, "column": 1, "text": "Objet" });
    type Mutation = (&'static str, fn(&mut Value, &Value));
    let mutations: &[Mutation] = &[
        ("schema_version 2", |r, _| r["schema_version"] = json!(2)),
        ("unknown verdict", |r, _| r["verdict"] = json!("ok")),
        ("unknown language", |r, _| r["language"] = json!("de")),
        ("unknown encoding", |r, _| r["encoding"] = json!("latin-1")),
        ("findings missing", |r, _| {
            r.as_object_mut().unwrap().remove("findings");
        }),
        ("is_convocation a string", |r, _| {
            r["is_convocation"] = json!("yes")
        }),
        ("meeting date not ISO", |r, _| {
            r["modalities"]["meeting"]["date"] = json!("14/03/2025");
        }),
        ("meeting time not HH:MM", |r, _| {
            r["modalities"]["meeting"]["time"] = json!("14h30");
        }),
        ("evidence with line 0", |r, e| {
            let mut e = e.clone();
            e["line"] = json!(0);
            r["modalities"]["meeting"]["place"] = e;
        }),
        ("evidence with an extra key", |r, e| {
            let mut e = e.clone();
            e["len"] = json!(5);
            r["addressee"]["evidence"] = e;
        }),
        ("evidence without text", |r, e| {
            let mut e = e.clone();
            e.as_object_mut().unwrap().remove("text");
            r["purposes"] = json!([{ "category": "integrity", "evidence": e }]);
        }),
        ("unknown purpose category", |r, e| {
            r["purposes"] = json!([{ "category": "fraud", "evidence": e }]);
        }),
        ("unknown role", |r, e| {
            r["participants"]["entries"] = json!([{ "role": "mayor", "evidence": e }]);
        }),
        ("unknown instrument kind", |r, e| {
            r["legal_basis"]["instruments"] = json!([{
                "kind": "royal_decree", "title": null, "date": null, "reasoned": null, "evidence": e
            }]);
        }),
        ("unknown rule code", |r, _| {
            r["findings"] = json!([{
                "code": "purpose-unclear", "severity": "error", "element": "purposes",
                "message": "m", "legal_reference": "art. 458ter", "evidence": []
            }]);
        }),
        ("empty finding message", |r, _| {
            r["findings"] = json!([{
                "code": "purpose-missing", "severity": "error", "element": "purposes",
                "message": "", "legal_reference": "art. 458ter", "evidence": []
            }]);
        }),
    ];
    for (what, mutate) in mutations {
        let mut bad = good.clone();
        mutate(&mut bad, &evidence);
        assert!(
            !validator().is_valid(&bad),
            "the schema accepts a report with {what}"
        );
        assert!(!violations(&bad).is_empty(), "{what}: no violation listed");
    }

    let record = json!({ "schema_version": 1, "source": "a.txt",
                         "error": { "kind": "io", "message": "permission denied" } });
    assert_valid("the contract's error record", &record);
    for bad in [
        json!({ "schema_version": 1, "source": "a.txt", "error": { "kind": "gone", "message": "x" } }),
        json!({ "schema_version": 1, "source": "a.txt", "error": { "kind": "io", "message": "" } }),
        json!({ "schema_version": 1, "error": { "kind": "io", "message": "x" } }),
        json!({ "schema_version": 1, "source": null }),
    ] {
        assert!(!validator().is_valid(&bad), "the schema accepts {bad}");
    }
}

/// Every value the schema enumerates deserializes into the library's own type, so the schema
/// promises nothing the library cannot produce.
#[test]
fn schema_enumerations_are_known_to_the_library() {
    fn check<T: serde::de::DeserializeOwned>(schema: &Value, pointer: &str) -> usize {
        let values = schema
            .pointer(pointer)
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("no enum at {pointer}"));
        for v in values {
            if let Err(e) = serde_json::from_value::<T>(v.clone()) {
                panic!("{pointer}: {v} is unknown to the library: {e}");
            }
        }
        values.len()
    }
    let s = schema_json();
    let r = "/$defs/report/properties";
    check::<InputFormat>(&s, &format!("{r}/input_format/enum"));
    check::<Encoding>(&s, &format!("{r}/encoding/enum"));
    check::<Language>(&s, &format!("{r}/language/enum"));
    check::<Verdict>(&s, &format!("{r}/verdict/enum"));
    check::<InstrumentKind>(
        &s,
        &format!("{r}/legal_basis/properties/instruments/items/properties/kind/enum"),
    );
    check::<Role>(
        &s,
        &format!("{r}/participants/properties/entries/items/properties/role/enum"),
    );
    check::<PurposeCategory>(&s, &format!("{r}/purposes/items/properties/category/enum"));
    check::<ModalityKind>(
        &s,
        &format!("{r}/modalities/properties/items/items/properties/kind/enum"),
    );
    check::<StatementKind>(&s, &format!("{r}/statements/items/properties/kind/enum"));
    let codes = check::<RuleCode>(&s, &format!("{r}/findings/items/properties/code/enum"));
    assert_eq!(codes, 20, "the contract has 20 rule codes");
    check::<Severity>(&s, &format!("{r}/findings/items/properties/severity/enum"));
    check::<Element>(&s, &format!("{r}/findings/items/properties/element/enum"));
    check::<ErrorKind>(
        &s,
        "/$defs/error_record/properties/error/properties/kind/enum",
    );
}
