//! Throughput of the analysis: one letter, the fixture mix, the stages, linear cost, and
//! a batch of 10,000 letters.
//!
//! ```text
//! cargo bench --bench analyze                 # everything
//! cargo bench --bench analyze -- letter/      # one group
//! ```
//!
//! Every input comes from the project's own fixtures (`fixtures/letters`), read through
//! `CARGO_MANIFEST_DIR` and varied deterministically by `benches/common/gen.rs`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use convocheck::{Analyzer, Batch, InputFormat, Record};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[path = "common/gen.rs"]
mod gen;

use gen::Fixture;

/// The allocator the `convocheck` binary uses, so that the figures are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The shortest and the longest fixture of each language and format.
fn letter(c: &mut Criterion) {
    let fixtures = gen::load_fixtures();
    let mut group = c.benchmark_group("letter");
    for lang in ["fr", "en"] {
        for ext in ["txt", "md"] {
            let mut same: Vec<&Fixture> = fixtures
                .iter()
                .filter(|f| f.lang == lang && f.ext == ext)
                .collect();
            same.sort_by_key(|f| f.bytes.len());
            let (Some(short), Some(long)) = (same.first(), same.last()) else {
                continue;
            };
            for (size, f) in [("short", short), ("long", long)] {
                let analyzer = Analyzer::new().input_format(format(f));
                group.throughput(Throughput::Bytes(f.bytes.len() as u64));
                group.bench_with_input(
                    BenchmarkId::new(format!("{lang}-{ext}-{size}"), f.bytes.len()),
                    &f.bytes,
                    |b, bytes| b.iter(|| analyzer.analyze_bytes(black_box(bytes))),
                );
            }
        }
    }
    group.finish();
}

fn format(f: &Fixture) -> InputFormat {
    if f.is_markdown() {
        InputFormat::Markdown
    } else {
        InputFormat::Text
    }
}

/// Every fixture once per iteration: the "fixture mix" throughput (target ≥ 50 MB/s).
fn mix(c: &mut Criterion) {
    let fixtures = gen::load_fixtures();
    let total: u64 = fixtures.iter().map(|f| f.bytes.len() as u64).sum();
    let analyzers: Vec<Analyzer> = fixtures
        .iter()
        .map(|f| Analyzer::new().input_format(format(f)))
        .collect();
    let mut group = c.benchmark_group("mix");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Bytes(total));
    group.bench_function(BenchmarkId::new("fixtures", fixtures.len()), |b| {
        b.iter(|| {
            for (f, a) in fixtures.iter().zip(&analyzers) {
                black_box(a.analyze_bytes(black_box(&f.bytes)).ok());
            }
        })
    });
    group.finish();
}

/// The stages, through the public API (the stages are private modules):
///
/// - `full`: a ~3 KB French letter, decoded and analyzed;
/// - `no-decode`: the same from `&str` (so `full - no-decode` = decoding);
/// - `as-markdown`: the same read as Markdown (pulldown-cmark on top);
/// - `no-cues`: a text of the same length and line shape whose letters are all `x` and
///   digits all `0` — folding, segmenting and scanning the cue tables without a single
///   hit, so `no-decode - no-cues` ≈ what the extractors and rules cost on real cues.
fn stages(c: &mut Criterion) {
    let fixtures = gen::load_fixtures();
    let text = gen::long_letter(&fixtures, "fr", 3_000, 7);
    let neutral: String = text
        .chars()
        .map(|ch| {
            if ch.is_alphabetic() {
                'x'
            } else if ch.is_numeric() {
                '0'
            } else {
                ch
            }
        })
        .collect();
    let text_analyzer = Analyzer::new().input_format(InputFormat::Text);
    let md_analyzer = Analyzer::new().input_format(InputFormat::Markdown);
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("full", |b| {
        b.iter(|| text_analyzer.analyze_bytes(black_box(text.as_bytes())))
    });
    group.bench_function("no-decode", |b| {
        b.iter(|| text_analyzer.analyze(black_box(&text)))
    });
    group.bench_function("as-markdown", |b| {
        b.iter(|| md_analyzer.analyze(black_box(&text)))
    });
    group.throughput(Throughput::Bytes(neutral.len() as u64));
    group.bench_function("no-cues", |b| {
        b.iter(|| text_analyzer.analyze(black_box(&neutral)))
    });
    group.finish();
}

/// Letters of 1 KB, 10 KB, 100 KB and 1 MB built from fixture paragraphs, about 1 MB of
/// them at each size (a thousand letters of 1 KB, one of 1 MB): the time per byte should
/// stay within 2× across the range.
fn linear(c: &mut Criterion) {
    let fixtures = gen::load_fixtures();
    let analyzer = Analyzer::new().max_size(20 << 20);
    let mut group = c.benchmark_group("linear");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    for lang in ["fr", "en"] {
        for size in [1_000usize, 10_000, 100_000, 1_000_000] {
            // About 1 MB of different letters at every size: one letter analyzed over
            // and over runs from caches it has warmed itself (its lazy-DFA states, its
            // text), which flatters the short sizes by up to 3x.
            let letters: Vec<String> = (0..(1_000_000 / size) as u64)
                .map(|seed| gen::long_letter(&fixtures, lang, size, seed))
                .collect();
            let bytes: usize = letters.iter().map(String::len).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_with_input(BenchmarkId::new(lang, size), &letters, |b, letters| {
                b.iter(|| {
                    letters
                        .iter()
                        .map(|text| analyzer.analyze(black_box(text)).findings.len())
                        .sum::<usize>()
                })
            });
        }
    }
    group.finish();
}

/// 10,000 generated letters on disk through [`Batch`], on 1 and 2 threads.
fn batch(c: &mut Criterion) {
    const N: u64 = 10_000;
    let fixtures = gen::load_fixtures();
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, bytes) = gen::write_archive(&fixtures, dir.path(), N, 458).expect("archive");
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(15));
    group.throughput(Throughput::Bytes(bytes));
    for jobs in [1, 2, 4].into_iter().filter(|&j| j <= cpus.max(2)) {
        let batch = Batch::new(Analyzer::new()).jobs(jobs);
        group.bench_with_input(BenchmarkId::new("jobs", jobs), dir.path(), |b, dir| {
            b.iter(|| run(&batch, dir))
        });
    }
    group.finish();
}

fn run(batch: &Batch, dir: &Path) -> usize {
    let mut reports = 0;
    batch.run(&[dir], |record| {
        if let Record::Report(r) = record {
            reports += usize::from(black_box(r).is_convocation) + 1;
        }
    });
    reports
}

criterion_group!(benches, letter, mix, stages, linear, batch);
criterion_main!(benches);
