//! `--format csv`: a header, then one RFC 4180 row per input.

use std::io::{self, Write};

use convocheck::{ErrorRecord, Record, Report};

/// The header row (the contract's columns, in order).
pub(crate) const HEADER: [&str; 9] = [
    "source",
    "language",
    "verdict",
    "errors",
    "warnings",
    "codes",
    "meeting_date",
    "basis_kinds",
    "error",
];

/// Writes the header row.
pub(crate) fn header(out: &mut dyn Write) -> io::Result<()> {
    row(out, &HEADER.map(String::from))
}

/// Writes the row of one record.
pub(crate) fn record(out: &mut dyn Write, record: &Record) -> io::Result<()> {
    match record {
        Record::Report(report) => row(out, &report_fields(report)),
        Record::Error(error) => row(out, &error_fields(error)),
    }
}

/// The fields of a report's row. `codes` lists every finding's code once, in the order
/// of the findings (errors first); `basis_kinds` every instrument kind once, in the order
/// of the letter.
pub(crate) fn report_fields(report: &Report) -> [String; 9] {
    let count = |s: convocheck::Severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == s)
            .count()
            .to_string()
    };
    let mut codes: Vec<String> = Vec::new();
    for f in &report.findings {
        let code = f.code.to_string();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let mut kinds: Vec<String> = Vec::new();
    for i in &report.legal_basis.instruments {
        let kind = name(&i.kind);
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    [
        report.source.clone().unwrap_or_default(),
        name(&report.language),
        name(&report.verdict),
        count(convocheck::Severity::Error),
        count(convocheck::Severity::Warning),
        codes.join(";"),
        report.modalities.meeting.date.clone().unwrap_or_default(),
        kinds.join(";"),
        String::new(),
    ]
}

/// The fields of an error record's row: the source, empty fields, and `kind: message`.
pub(crate) fn error_fields(error: &ErrorRecord) -> [String; 9] {
    let mut fields: [String; 9] = Default::default();
    fields[0] = error.source.clone().unwrap_or_default();
    fields[8] = format!("{}: {}", name(&error.error.kind), error.error.message);
    fields
}

/// The serialized (snake_case) name of an enum value.
pub(crate) fn name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn row(out: &mut dyn Write, fields: &[String]) -> io::Result<()> {
    let mut line = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        quote(&mut line, field);
    }
    line.push('\n');
    out.write_all(line.as_bytes())
}

/// Appends `field`, quoted as RFC 4180 asks when it holds a comma, a quote or a line
/// break (quotes doubled).
fn quote(line: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        line.push('"');
        line.push_str(&field.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        let mut out = Vec::new();
        row(
            &mut out,
            &[
                "a".into(),
                "b,c".into(),
                "say \"hi\"".into(),
                "l1\nl2".into(),
                String::new(),
            ],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"l1\nl2\",\n"
        );
    }

    #[test]
    fn header_row() {
        let mut out = Vec::new();
        header(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "source,language,verdict,errors,warnings,codes,meeting_date,basis_kinds,error\n"
        );
    }

    #[test]
    fn error_row() {
        let err = convocheck::Error::Empty;
        let rec = ErrorRecord::new(Some("a, b.txt".into()), &err);
        let mut out = Vec::new();
        record(&mut out, &Record::Error(rec)).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"a, b.txt\",,,,,,,,\"empty: empty input: expected a letter, found nothing but white space\"\n"
        );
    }

    #[test]
    fn report_row() {
        let mut report = convocheck::analyze("Bonjour.");
        report.source = Some("x.txt".into());
        let fields = report_fields(&report);
        assert_eq!(fields[0], "x.txt");
        assert_eq!(fields[2], name(&report.verdict));
        assert_eq!(fields[8], "");
        assert!(!fields[2].is_empty());
    }
}
