//! The project's copy of the report schema, compiled once (draft 2020-12, no network).

use std::path::Path;
use std::sync::LazyLock;

use serde_json::{json, Value};

/// `schema/report-v1.schema.json` of this crate.
pub fn schema_json() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/report-v1.schema.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::new(schema)
        .unwrap_or_else(|e| panic!("the report schema does not compile: {e}"))
}

/// The same schema with its root `oneOf` replaced by a reference to one definition, so that
/// errors name the failing keyword rather than just "not valid under any of oneOf".
fn narrowed(def: &str) -> jsonschema::Validator {
    let mut schema = schema_json();
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("oneOf");
        obj.insert("$ref".into(), json!(format!("#/$defs/{def}")));
    }
    compile(&schema)
}

static RECORD: LazyLock<jsonschema::Validator> = LazyLock::new(|| compile(&schema_json()));
static REPORT: LazyLock<jsonschema::Validator> = LazyLock::new(|| narrowed("report"));
static ERROR_RECORD: LazyLock<jsonschema::Validator> = LazyLock::new(|| narrowed("error_record"));

/// The compiled schema as published (a record: a report or an error record).
pub fn validator() -> &'static jsonschema::Validator {
    &RECORD
}

/// Every schema violation of `instance`, one line each (`at /path: message`). Empty when
/// valid against the published schema. For an invalid record, the errors are those of the
/// definition it was meant to be (an error record when it has an `error` key, else a report).
pub fn violations(instance: &Value) -> Vec<String> {
    if RECORD.is_valid(instance) {
        return Vec::new();
    }
    let narrow: &jsonschema::Validator = if instance.get("error").is_some() {
        &ERROR_RECORD
    } else {
        &REPORT
    };
    let mut out: Vec<String> = narrow
        .iter_errors(instance)
        .map(|e| format!("at {:?}: {e}", e.instance_path.to_string()))
        .collect();
    if out.is_empty() {
        out.push("valid as one definition but not as exactly one of the root `oneOf`".into());
    }
    out
}

/// Serializes `value` and returns its schema violations.
pub fn violations_of<T: serde::Serialize>(value: &T) -> Vec<String> {
    match serde_json::to_value(value) {
        Ok(v) => violations(&v),
        Err(e) => vec![format!("does not serialize: {e}")],
    }
}
