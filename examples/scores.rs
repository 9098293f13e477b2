//! Scores the analyzer against the gold fixtures, as the contract defines them
//! (report-v1.md, section 6): per language and overall.
//!
//! ```text
//! cargo run --release --example scores [-- [--codes] [--diff] [DIR]]
//! ```
//!
//! `DIR` defaults to `fixtures/letters`; every `.txt`/`.md` letter under it (recursively) is
//! paired with its `<name>.gold.json`. `--codes` adds a table per rule code, `--diff` prints
//! how each letter differs from its gold (`✗` verdict or codes, `·` anything else).
//!
//! The scoring code is `tests/common/`, shared with the gold test.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::PathBuf;
use std::process::ExitCode;

use common::gold::{compare, render_diff, Observed};
use common::scores::Scoreboard;

fn main() -> ExitCode {
    let mut dir = None;
    let (mut codes, mut diff) = (false, false);
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--codes" => codes = true,
            "--diff" => diff = true,
            "-h" | "--help" => {
                println!("usage: scores [--codes] [--diff] [DIR]   (DIR: fixtures/letters)");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => {
                eprintln!("scores: unknown option {s} (expected --codes, --diff or a directory)");
                return ExitCode::from(2);
            }
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let root = dir.unwrap_or_else(common::gold::fixtures_root);
    if !root.is_dir() {
        eprintln!("scores: {} is not a directory", root.display());
        return ExitCode::from(2);
    }
    let (corpus, mut problems) = common::analyze_corpus(&root);
    let mut board = Scoreboard::default();
    // Letters whose verdict or codes differ: what the gold test fails on, counted exactly
    // (an F1 rounded to three places hides one miss in thousands).
    let mut failing = 0usize;
    for a in &corpus {
        let (gold, report) = match (&a.gold, &a.report) {
            (Ok(g), Ok((r, _))) => (g, r),
            (Err(e), _) | (_, Err(e)) => {
                problems.push(format!("{}: {e}", a.fixture.name));
                continue;
            }
        };
        let got = Observed::of(report);
        board.add(gold, &got);
        let d = compare(gold, &got);
        failing += usize::from(!d.hard.is_empty());
        if diff && !d.is_empty() {
            println!("{}", render_diff(&a.fixture.name, gold, &d));
        }
    }
    println!(
        "{}: {} letters, {failing} with a verdict or codes that differ from the gold\n",
        root.display(),
        corpus.len()
    );
    print!("{}", board.table());
    if codes {
        println!();
        print!("{}", board.code_table());
    }
    if !problems.is_empty() {
        eprintln!("\n{} letters not scored:", problems.len());
        for p in &problems {
            eprintln!("  {p}");
        }
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
