//! Helpers shared by the integration tests and the `scores` example (which includes this
//! module with `#[path]`). `evidence.rs` and `decode.rs` are also included by the fuzz
//! targets, so they depend only on `convocheck` and `encoding_rs`.

#![allow(dead_code)]

pub mod decode;
pub mod evidence;
pub mod gold;
pub mod schema;
pub mod scores;

use std::path::Path;

use convocheck::{Analyzer, Report};
use rayon::prelude::*;

#[allow(unused_imports)]
pub use evidence::{all_evidence, labeled_evidence, span_problems};

/// One fixture, analyzed.
#[derive(Debug)]
pub struct Analyzed {
    pub fixture: gold::Fixture,
    /// The gold, or why it could not be read.
    pub gold: Result<gold::Gold, String>,
    /// The report and the decoded text its spans index, or why the letter could not be
    /// analyzed.
    pub report: Result<(Report, String), String>,
}

/// Analyzes one letter with `Analyzer::new().analyze_path` (format from the extension) and
/// rebuilds the decoded text from the file's bytes and the report's `encoding`.
pub fn analyze_file(path: &Path) -> Result<(Report, String), String> {
    let report = Analyzer::new()
        .analyze_path(path)
        .map_err(|e| format!("analyze_path failed: {e}"))?;
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = decode::decode_as(&bytes, report.encoding);
    Ok((report, text))
}

/// Walks `root` (see [`gold::walk`]) and analyzes every fixture, in parallel, keeping the
/// walk's order. Also returns the problems of the tree (letters without gold, ...).
pub fn analyze_corpus(root: &Path) -> (Vec<Analyzed>, Vec<String>) {
    let (fixtures, problems) = gold::walk(root);
    let analyzed = fixtures
        .into_par_iter()
        .map(|fixture| Analyzed {
            gold: gold::read_gold(&fixture.gold_path),
            report: analyze_file(&fixture.path),
            fixture,
        })
        .collect();
    (analyzed, problems)
}

/// The first `limit` places where two JSON values differ, as `path: left != right` lines.
pub fn json_differences(a: &serde_json::Value, b: &serde_json::Value, limit: usize) -> Vec<String> {
    fn walk(
        a: &serde_json::Value,
        b: &serde_json::Value,
        path: &mut String,
        out: &mut Vec<String>,
        limit: usize,
    ) {
        use serde_json::Value;
        if out.len() >= limit || a == b {
            return;
        }
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
                for k in keys {
                    let len = path.len();
                    path.push('/');
                    path.push_str(k);
                    let null = Value::Null;
                    walk(
                        x.get(k).unwrap_or(&null),
                        y.get(k).unwrap_or(&null),
                        path,
                        out,
                        limit,
                    );
                    path.truncate(len);
                }
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
                for (i, (p, q)) in x.iter().zip(y).enumerate() {
                    let len = path.len();
                    path.push_str(&format!("/{i}"));
                    walk(p, q, path, out, limit);
                    path.truncate(len);
                }
            }
            _ => out.push(format!("{path}: {a} != {b}")),
        }
    }
    let mut out = Vec::new();
    walk(a, b, &mut String::new(), &mut out, limit);
    out
}
