//! The gold fixtures: every letter of `fixtures/letters/<lang>/` is analyzed and compared
//! with its `<name>.gold.json` (contract, section 6).
//!
//! The test fails when a letter's verdict or its set of error/warning codes differs from
//! gold (or a letter has no gold, or cannot be analyzed). Every other field that differs is
//! printed but does not fail. All letters are reported at once, then the scores.
//!
//! Run with `cargo test --test gold -- --nocapture` to see the report when it passes.

mod common;

use common::gold::{compare, render_diff, Observed};
use common::scores::Scoreboard;

#[test]
fn gold_fixtures() {
    let root = common::gold::fixtures_root();
    let (corpus, mut problems) = common::analyze_corpus(&root);
    assert!(!corpus.is_empty(), "no fixture under {}", root.display());

    let mut board = Scoreboard::default();
    let mut failing = Vec::new();
    let mut soft_only = Vec::new();
    for a in &corpus {
        let gold = match &a.gold {
            Ok(g) => g,
            Err(e) => {
                problems.push(format!("{}: bad gold: {e}", a.fixture.name));
                continue;
            }
        };
        let report = match &a.report {
            Ok((r, _)) => r,
            Err(e) => {
                problems.push(format!("{}: {e}", a.fixture.name));
                continue;
            }
        };
        let got = Observed::of(report);
        board.add(gold, &got);
        let diff = compare(gold, &got);
        if !diff.hard.is_empty() {
            failing.push(render_diff(&a.fixture.name, gold, &diff));
        } else if !diff.is_empty() {
            soft_only.push(render_diff(&a.fixture.name, gold, &diff));
        }
    }

    println!(
        "gold: {} letters under {}; {} differ in verdict or codes (✗, fails), {} more differ \
         only in other fields (·, reported)\n",
        corpus.len(),
        root.display(),
        failing.len(),
        soft_only.len()
    );
    if !failing.is_empty() {
        println!("== verdict or codes differ ==\n");
        for d in &failing {
            println!("{d}");
        }
    }
    if !soft_only.is_empty() {
        println!("== other fields differ (not a failure) ==\n");
        for d in &soft_only {
            println!("{d}");
        }
    }
    println!("== scores ==\n\n{}\n{}", board.table(), board.code_table());
    if !problems.is_empty() {
        println!("== problems ==\n");
        for p in &problems {
            println!("  {p}");
        }
        println!();
    }
    assert!(
        failing.is_empty() && problems.is_empty(),
        "{} of {} letters differ from gold in verdict or codes, {} problems (see above)",
        failing.len(),
        corpus.len(),
        problems.len()
    );
}

/// Every fixture's report is a valid record of the schema, every evidence is the slice of the
/// decoded letter it claims (char boundaries, line and column right), the verdict agrees with
/// the findings, and `source`/`input_format` are what was given.
#[test]
fn fixture_reports_are_well_formed() {
    let root = common::gold::fixtures_root();
    let (corpus, _) = common::analyze_corpus(&root);
    assert!(!corpus.is_empty(), "no fixture under {}", root.display());
    let mut problems = Vec::new();
    let mut evidence_count = 0;
    for a in &corpus {
        let (report, text) = match &a.report {
            Ok(x) => x,
            Err(e) => {
                problems.push(format!("{}: {e}", a.fixture.name));
                continue;
            }
        };
        let mut here = Vec::new();
        evidence_count += common::all_evidence(report).len();
        here.extend(common::span_problems(report, text));
        here.extend(common::schema::violations_of(report));
        here.extend(common::evidence::verdict_problem(report));
        let expected_source = a.fixture.path.to_string_lossy();
        if report.source.as_deref() != Some(&*expected_source) {
            here.push(format!(
                "source {:?}, expected {expected_source:?}",
                report.source
            ));
        }
        let expected_format = convocheck::format_of(&a.fixture.path);
        if report.input_format != expected_format {
            here.push(format!(
                "input_format {:?}, expected {expected_format:?}",
                report.input_format
            ));
        }
        for p in here {
            problems.push(format!("{}: {p}", a.fixture.name));
        }
    }
    println!(
        "{} fixtures, {evidence_count} evidence spans checked",
        corpus.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}
