//! Writing records in the chosen `--format`, one at a time, as the batch hands them over.

pub(crate) mod csv;
pub(crate) mod human;

use std::collections::BTreeMap;
use std::io::{self, Write};

use convocheck::{Record, RuleCode, Severity, Verdict};

/// The output formats of `check --format`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Compiler-style diagnostics and a summary.
    Human,
    /// One report object for a single input, else an array of records.
    Json,
    /// One record per line.
    Jsonl,
    /// A header, then one row per input.
    Csv,
}

/// Counts over a run: verdicts, unreadable inputs, and how many letters have each code.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    pub(crate) compliant: usize,
    pub(crate) non_compliant: usize,
    pub(crate) not_a_convocation: usize,
    pub(crate) unreadable: usize,
    /// For each error or warning code, the number of letters with it.
    codes: BTreeMap<RuleCode, usize>,
}

impl Tally {
    pub(crate) fn add(&mut self, record: &Record) {
        match record {
            Record::Error(_) => self.unreadable += 1,
            Record::Report(report) => {
                match report.verdict {
                    Verdict::Compliant => self.compliant += 1,
                    Verdict::NonCompliant => self.non_compliant += 1,
                    Verdict::NotAConvocation => self.not_a_convocation += 1,
                }
                let mut seen: Vec<RuleCode> = Vec::new();
                for f in &report.findings {
                    if f.severity != Severity::Info && !seen.contains(&f.code) {
                        seen.push(f.code);
                        *self.codes.entry(f.code).or_default() += 1;
                    }
                }
            }
        }
    }

    /// Every input counted.
    pub(crate) fn inputs(&self) -> usize {
        self.compliant + self.non_compliant + self.not_a_convocation + self.unreadable
    }

    /// The exit status the contract asks for: 2 when an input could not be analyzed, else
    /// 1 when a letter is non-compliant, else 0.
    pub(crate) fn exit_code(&self) -> u8 {
        if self.unreadable > 0 {
            2
        } else if self.non_compliant > 0 {
            1
        } else {
            0
        }
    }

    /// The `n` codes found in most letters, most frequent first (ties in registry order).
    pub(crate) fn top_codes(&self, n: usize) -> Vec<(RuleCode, usize)> {
        let mut all: Vec<(RuleCode, usize)> = self.codes.iter().map(|(c, n)| (*c, *n)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        all.truncate(n);
        all
    }
}

/// Writes records in one format, streaming: nothing is kept but the first JSON record
/// (to know whether the output is one object or an array).
#[derive(Debug)]
pub(crate) struct Sink {
    format: Format,
    human: human::Human,
    /// For `json`: the first record, until a second one shows that an array is needed.
    first_json: Option<String>,
    /// For `json`: records written so far.
    written: usize,
}

impl Sink {
    pub(crate) fn new(format: Format, human: human::Human) -> Sink {
        Sink {
            format,
            human,
            first_json: None,
            written: 0,
        }
    }

    /// What comes before the first record.
    pub(crate) fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.format {
            Format::Csv => csv::header(out),
            _ => Ok(()),
        }
    }

    /// Writes one record into `out` (a buffer: JSON is written to it directly, not through
    /// a `dyn Write` call per token); `text` is the letter's decoded text (for `human`
    /// only).
    pub(crate) fn record(
        &mut self,
        out: &mut Vec<u8>,
        record: &Record,
        text: Option<&str>,
    ) -> io::Result<()> {
        match self.format {
            Format::Human => match record {
                Record::Report(report) => self.human.report(out, report, text),
                Record::Error(error) => self.human.error(out, error),
            },
            Format::Jsonl => {
                serde_json::to_writer(&mut *out, record)?;
                out.write_all(b"\n")
            }
            Format::Json => {
                let json = serde_json::to_string_pretty(record)?;
                if self.written == 0 && self.first_json.is_none() {
                    self.first_json = Some(json);
                    return Ok(());
                }
                if let Some(first) = self.first_json.take() {
                    write!(out, "[\n{first}")?;
                    self.written = 1;
                }
                write!(out, ",\n{json}")?;
                self.written += 1;
                Ok(())
            }
            Format::Csv => csv::record(out, record),
        }
    }

    /// What comes after the last record.
    pub(crate) fn finish(&mut self, out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
        match self.format {
            Format::Human => self.human.summary(out, tally),
            Format::Json => match self.first_json.take() {
                Some(only) => writeln!(out, "{only}"),
                None if self.written == 0 => writeln!(out, "[]"),
                None => writeln!(out, "\n]"),
            },
            Format::Jsonl | Format::Csv => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use convocheck::ErrorRecord;

    fn error(source: &str) -> Record {
        Record::Error(ErrorRecord::new(
            Some(source.into()),
            &convocheck::Error::Empty,
        ))
    }

    fn json_of(records: &[Record]) -> String {
        let mut sink = Sink::new(Format::Json, human::Human::new(false, None));
        let mut out = Vec::new();
        sink.begin(&mut out).unwrap();
        let mut tally = Tally::default();
        for r in records {
            tally.add(r);
            sink.record(&mut out, r, None).unwrap();
        }
        sink.finish(&mut out, &tally).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_is_an_object_for_one_input_and_an_array_otherwise() {
        let one: serde_json::Value = serde_json::from_str(&json_of(&[error("a")])).unwrap();
        assert_eq!(one["source"], "a");
        let none: serde_json::Value = serde_json::from_str(&json_of(&[])).unwrap();
        assert_eq!(none, serde_json::json!([]));
        let three: serde_json::Value =
            serde_json::from_str(&json_of(&[error("a"), error("b"), error("c")])).unwrap();
        let sources: Vec<&str> = three
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["source"].as_str().unwrap())
            .collect();
        assert_eq!(sources, ["a", "b", "c"]);
    }

    #[test]
    fn exit_code_two_wins_over_one() {
        let mut tally = Tally::default();
        assert_eq!(tally.exit_code(), 0);
        tally.non_compliant = 1;
        assert_eq!(tally.exit_code(), 1);
        tally.unreadable = 1;
        assert_eq!(tally.exit_code(), 2);
    }
}
