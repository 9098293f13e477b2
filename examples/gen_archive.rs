//! Builds a realistic archive of letters from the project's fixtures, for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_archive -- OUT_DIR N [SEED]
//! ```
//!
//! Writes `N` letters under `OUT_DIR/<lang>/<index / 1000>/<index>-<fixture>.<ext>`: each is
//! a fixture of `fixtures/letters/{fr,en}` (taken in turn) with its people's names,
//! places and dates changed and two body paragraphs swapped, by a seeded xorshift
//! generator — the same `N` and `SEED` (default 458) always give the same archive. Only
//! the project's own files are read.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/common/gen.rs"]
mod gen;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_archive OUT_DIR N [SEED]";
    let (Some(out), Some(n)) = (args.first(), args.get(1)) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<u64>() else {
        eprintln!("N must be a whole number\n{usage}");
        return ExitCode::from(2);
    };
    let seed = match args.get(2).map(|s| s.parse::<u64>()) {
        None => 458,
        Some(Ok(seed)) => seed,
        Some(Err(_)) => {
            eprintln!("SEED must be a whole number\n{usage}");
            return ExitCode::from(2);
        }
    };
    let fixtures = gen::load_fixtures();
    let start = Instant::now();
    match gen::write_archive(&fixtures, &PathBuf::from(out), n, seed) {
        Ok((count, bytes)) => {
            println!(
                "{count} letters, {bytes} bytes ({:.1} MB, {:.0} bytes on average) from {} fixtures in {out}, seed {seed}, {:.1} s",
                bytes as f64 / 1e6,
                bytes as f64 / count.max(1) as f64,
                fixtures.len(),
                start.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("gen_archive: {out}: {err}");
            ExitCode::FAILURE
        }
    }
}
