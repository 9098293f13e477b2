//! How long the hostile inputs of `tests/hostile.rs` take (the tests only check that a
//! record comes back).
//!
//! ```text
//! cargo bench --bench hostile
//! ```

use std::hint::black_box;
use std::time::Duration;

use convocheck::{Analyzer, InputFormat};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[path = "common/hostile.rs"]
mod hostile;

fn hostile_inputs(c: &mut Criterion) {
    let cases: Vec<(&str, InputFormat, Vec<u8>)> = vec![
        (
            "one-line-10MB",
            InputFormat::Text,
            hostile::one_line(10 << 20).into_bytes(),
        ),
        (
            "one-line-1MB",
            InputFormat::Text,
            hostile::one_line(1 << 20).into_bytes(),
        ),
        (
            "one-char-lines-1M",
            InputFormat::Text,
            hostile::one_char_lines(1_000_000).into_bytes(),
        ),
        (
            "separators-1MB",
            InputFormat::Text,
            hostile::separators(1 << 20).into_bytes(),
        ),
        (
            "separators-1MB-md",
            InputFormat::Markdown,
            hostile::separators(1 << 20).into_bytes(),
        ),
        (
            "nested-list-lines-1000",
            InputFormat::Markdown,
            hostile::nested_list_lines(1_000).into_bytes(),
        ),
        (
            "nested-list-one-line-10000",
            InputFormat::Markdown,
            hostile::nested_list_one_line(10_000).into_bytes(),
        ),
        (
            "nested-quotes-10000",
            InputFormat::Markdown,
            hostile::nested_quotes(10_000).into_bytes(),
        ),
        (
            "nested-mixed-5000",
            InputFormat::Markdown,
            hostile::nested_mixed(5_000).into_bytes(),
        ),
        (
            "repeated-cues-1000",
            InputFormat::Text,
            hostile::repeated_cues(1_000).into_bytes(),
        ),
        (
            "repeated-cues-10000",
            InputFormat::Text,
            hostile::repeated_cues(10_000).into_bytes(),
        ),
        (
            "repeated-cues-100000",
            InputFormat::Text,
            hostile::repeated_cues(100_000).into_bytes(),
        ),
        (
            "invalid-utf8",
            InputFormat::Text,
            hostile::invalid_utf8_middle(),
        ),
        (
            "utf16le-no-bom",
            InputFormat::Text,
            hostile::utf16_no_bom(hostile::LETTER_EN, false),
        ),
        ("nuls", InputFormat::Text, hostile::with_nuls()),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    for (name, format, bytes) in &cases {
        let analyzer = Analyzer::new().max_size(20 << 20).input_format(*format);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| {
            b.iter(|| analyzer.analyze_bytes(black_box(bytes)).is_ok())
        });
    }
    group.finish();
}

criterion_group!(benches, hostile_inputs);
criterion_main!(benches);
