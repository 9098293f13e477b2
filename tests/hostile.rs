//! Hostile inputs: each gives a report or an error record — never a panic, a hang or a
//! lost record.
//!
//! The inputs are built in memory (`benches/common/hostile.rs`, shared with
//! `benches/hostile.rs`, which times the big ones) and written to temporary directories.
//! Nothing here asserts a duration; a hang shows as a test that does not end, and the
//! tests that run the binary kill it after a deadline.

use std::fs;
use std::path::{Path, PathBuf};

use convocheck::{Analyzer, Batch, Encoding, ErrorKind, InputFormat, Record, Report};

#[path = "../benches/common/hostile.rs"]
mod hostile;

/// A library analyzer that takes inputs up to 20 MiB.
fn analyzer() -> Analyzer {
    Analyzer::new().max_size(20 << 20)
}

/// Writes `bytes` to `dir/name` and analyzes the file.
fn analyze_file(dir: &Path, name: &str, bytes: &[u8]) -> Result<Report, convocheck::Error> {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    analyzer().analyze_path(&path)
}

/// Every record of a batch over `paths`.
fn batch_records(batch: &Batch, paths: &[PathBuf]) -> Vec<Record> {
    let mut out = Vec::new();
    batch.run(paths, |r| out.push(r));
    out
}

fn report(result: Result<Report, convocheck::Error>, what: &str) -> Report {
    match result {
        Ok(report) => report,
        Err(err) => panic!("{what}: expected a report, got the error {err}"),
    }
}

/// The spans of every piece of evidence in a report lie within `len` bytes.
fn spans_within(report: &Report, len: usize) {
    let json = serde_json::to_value(report).unwrap();
    fn walk(v: &serde_json::Value, len: usize) {
        match v {
            serde_json::Value::Object(map) => {
                if let (Some(s), Some(e)) = (
                    map.get("start").and_then(|s| s.as_u64()),
                    map.get("end").and_then(|e| e.as_u64()),
                ) {
                    assert!(
                        s <= e && e as usize <= len,
                        "span {s}..{e} outside 0..{len}"
                    );
                }
                map.values().for_each(|v| walk(v, len));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, len)),
            _ => {}
        }
    }
    walk(&json, len);
}

#[test]
fn ten_megabytes_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = hostile::one_line(10 << 20);
    let r = report(
        analyze_file(dir.path(), "one-line.txt", text.as_bytes()),
        "10 MB line",
    );
    assert!(r.is_convocation);
    spans_within(&r, text.len());
    // Over the default limit, the same file is an error record, not a crash.
    let err = Analyzer::new()
        .max_size(1 << 20)
        .analyze_path(&dir.path().join("one-line.txt"))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLarge);
}

#[test]
fn a_million_one_character_lines() {
    let text = hostile::one_char_lines(1_000_000);
    let r = report(analyzer().analyze_bytes(text.as_bytes()), "1M lines");
    assert!(!r.is_convocation);
    spans_within(&r, text.len());
}

#[test]
fn only_separators() {
    let text = hostile::separators(200_000);
    for format in [InputFormat::Text, InputFormat::Markdown] {
        let r = report(
            analyzer()
                .input_format(format)
                .analyze_bytes(text.as_bytes()),
            "separators",
        );
        assert!(!r.is_convocation, "{format:?}");
    }
    for unit in [
        "-----\n",
        "=====\n",
        "|||\n",
        "|\n",
        "---\n\n",
        "| --- | --- |\n",
    ] {
        let text = hostile::repeat_to(unit, 50_000);
        for format in [InputFormat::Text, InputFormat::Markdown] {
            report(
                analyzer()
                    .input_format(format)
                    .analyze_bytes(text.as_bytes()),
                unit,
            );
        }
    }
}

#[test]
fn deeply_nested_markdown() {
    let md = analyzer().input_format(InputFormat::Markdown);
    let cases = [
        ("list, one level a line", hostile::nested_list_lines(1_000)),
        (
            "list, all on one line",
            hostile::nested_list_one_line(10_000),
        ),
        ("block quotes", hostile::nested_quotes(10_000)),
        ("quotes in lists", hostile::nested_mixed(5_000)),
    ];
    for (what, text) in &cases {
        let r = report(md.analyze_bytes(text.as_bytes()), what);
        spans_within(&r, text.len());
        assert_eq!(
            r.input_format,
            InputFormat::Markdown,
            "{what}: read as Markdown"
        );
    }
    // The same, read as plain text.
    for (what, text) in &cases {
        report(analyzer().analyze_bytes(text.as_bytes()), what);
    }
}

#[test]
fn a_cue_and_a_date_repeated_a_hundred_thousand_times() {
    let text = hostile::repeated_cues(100_000);
    let r = report(analyzer().analyze_bytes(text.as_bytes()), "repeated cues");
    assert!(r.is_convocation);
    assert_eq!(r.modalities.meeting.date.as_deref(), Some("2025-03-14"));
    spans_within(&r, text.len());
}

/// Words that cues are found through (a street, a psychiatrist, the family) back to back:
/// each occurrence lets a cue start in the bytes before it, and those stretches overlap.
#[test]
fn words_found_inside_cues_back_to_back() {
    let text = "rose street 12 pedopsychiatre the family has been told, ".repeat(40_000);
    let r = report(analyzer().analyze_bytes(text.as_bytes()), "inner words");
    spans_within(&r, text.len());
}

#[test]
fn invalid_utf8_in_the_middle() {
    let bytes = hostile::invalid_utf8_middle();
    let r = report(analyzer().analyze_bytes(&bytes), "invalid UTF-8");
    assert!(r.is_convocation, "the letter is still read");
    assert_eq!(r.modalities.meeting.date.as_deref(), Some("2025-03-14"));
}

#[test]
fn utf16_without_bom() {
    for (big_endian, encoding) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
        let bytes = hostile::utf16_no_bom(hostile::LETTER_EN, big_endian);
        let r = report(analyzer().analyze_bytes(&bytes), "UTF-16");
        assert_eq!(r.encoding, encoding);
        assert!(r.is_convocation);
        assert_eq!(r.modalities.meeting.date.as_deref(), Some("2025-03-14"));
    }
    // Odd length (a truncated UTF-16 file): still a record, whichever.
    let mut bytes = hostile::utf16_no_bom(hostile::LETTER_FR, false);
    bytes.pop();
    let _ = analyzer().analyze_bytes(&bytes);
}

#[test]
fn nul_bytes() {
    for bytes in [hostile::with_nuls(), hostile::only_nuls(4096), vec![0]] {
        match analyzer().analyze_bytes(&bytes) {
            Ok(_) => {}
            Err(err) => assert_eq!(err.kind(), ErrorKind::Binary, "{err}"),
        }
    }
}

#[test]
fn a_file_removed_between_walk_and_read() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        fs::write(dir.path().join(name), hostile::LETTER_FR).unwrap();
    }
    let batch = Batch::new(analyzer());
    let paths = [dir.path()];
    let mut inputs = convocheck::walk(&paths);
    let first = inputs.next().unwrap();
    // The directory has been listed; b.txt goes before it is read.
    fs::remove_file(dir.path().join("b.txt")).unwrap();
    let records: Vec<Record> = std::iter::once(first)
        .chain(inputs)
        .map(|input| batch.check(input).record)
        .collect();
    assert_eq!(records.len(), 3, "no record lost");
    assert!(matches!(&records[0], Record::Report(_)));
    match &records[1] {
        Record::Error(e) => {
            assert_eq!(e.error.kind, ErrorKind::Io);
            assert!(e.source.as_deref().unwrap().ends_with("b.txt"));
        }
        other => panic!("expected an error record for b.txt, got {other:?}"),
    }
    assert!(matches!(&records[2], Record::Report(_)));
}

#[cfg(unix)]
#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.txt");
    fs::write(&path, hostile::LETTER_FR).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    // As root (CI containers), mode 000 does not stop reading: nothing to test then.
    if fs::read(&path).is_ok() {
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        return;
    }
    let records = batch_records(&Batch::new(analyzer()), &[dir.path().to_path_buf()]);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(records.len(), 1);
    assert!(matches!(&records[0], Record::Error(e) if e.error.kind == ErrorKind::Io));
}

#[cfg(unix)]
#[test]
fn dangling_and_looping_symlinks() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("real.txt"), hostile::LETTER_FR).unwrap();
    symlink(d.join("gone.txt"), d.join("dangling.txt")).unwrap();
    symlink(d.join("loop-b.txt"), d.join("loop-a.txt")).unwrap();
    symlink(d.join("loop-a.txt"), d.join("loop-b.txt")).unwrap();
    fs::create_dir(d.join("sub")).unwrap();
    symlink(d, d.join("sub/up")).unwrap(); // a directory loop
    symlink("sub", d.join("sub/self")).unwrap();

    let batch = Batch::new(analyzer()).jobs(2);
    // Walking the directory: the symlinks are skipped, the loop does not hang.
    let records = batch_records(&batch, &[d.to_path_buf()]);
    assert_eq!(records.len(), 1);
    assert!(matches!(&records[0], Record::Report(_)));
    // Named explicitly: a dangling link and a link loop are error records, in order.
    let named = [
        d.join("dangling.txt"),
        d.join("real.txt"),
        d.join("loop-a.txt"),
        d.join("sub/up"),
    ];
    let records = batch_records(&batch, &named);
    let kinds: Vec<Option<ErrorKind>> = records
        .iter()
        .map(|r| match r {
            Record::Report(_) => None,
            Record::Error(e) => Some(e.error.kind),
        })
        .collect();
    // `sub/up` is the directory itself, walked once (its own links skipped): one report.
    assert_eq!(
        kinds,
        [Some(ErrorKind::Io), None, Some(ErrorKind::Io), None],
        "{records:?}"
    );
    assert!(analyzer().analyze_path(&d.join("loop-a.txt")).is_err());
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let sub = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"dossier-\xff"));
    fs::create_dir(&sub).unwrap();
    let path = sub.join(std::ffi::OsStr::from_bytes(b"lettre-\xe9.txt"));
    fs::write(&path, hostile::LETTER_FR).unwrap();
    let r = report(analyzer().analyze_path(&path), "non-UTF-8 path");
    assert!(r.source.as_deref().unwrap().contains('\u{FFFD}'));
    let records = batch_records(&Batch::new(analyzer()), &[dir.path().to_path_buf()]);
    assert_eq!(records.len(), 1);
    assert!(matches!(&records[0], Record::Report(_)));
}

/// Every hostile input in one directory: one record per file, in order, through the
/// batch API on 1 and 2 threads and through the binary.
#[test]
fn a_directory_of_hostile_inputs_loses_no_record() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("01-one-line.txt", hostile::one_line(1 << 20).into_bytes()),
        (
            "02-short-lines.txt",
            hostile::one_char_lines(100_000).into_bytes(),
        ),
        (
            "03-separators.txt",
            hostile::separators(100_000).into_bytes(),
        ),
        (
            "04-separators.md",
            hostile::separators(100_000).into_bytes(),
        ),
        (
            "05-nested-list.md",
            hostile::nested_list_one_line(5_000).into_bytes(),
        ),
        (
            "06-nested-quotes.md",
            hostile::nested_quotes(5_000).into_bytes(),
        ),
        (
            "07-repeated-cues.txt",
            hostile::repeated_cues(5_000).into_bytes(),
        ),
        ("08-invalid-utf8.txt", hostile::invalid_utf8_middle()),
        (
            "09-utf16le.txt",
            hostile::utf16_no_bom(hostile::LETTER_EN, false),
        ),
        (
            "10-utf16be.txt",
            hostile::utf16_no_bom(hostile::LETTER_EN, true),
        ),
        ("11-nuls.txt", hostile::with_nuls()),
        ("12-empty.txt", Vec::new()),
        ("13-too-large.txt", vec![b'a'; (20 << 20) + 1]),
        ("14-letter.md", hostile::LETTER_FR.as_bytes().to_vec()),
    ];
    for (name, bytes) in &files {
        fs::write(d.join(name), bytes).unwrap();
    }
    let names: Vec<String> = files.iter().map(|(n, _)| (*n).to_owned()).collect();
    let expect_error = |name: &str| {
        ["11-nuls", "12-empty", "13-too-large"]
            .iter()
            .any(|e| name.starts_with(e))
    };
    for jobs in [1, 2] {
        let batch = Batch::new(analyzer()).jobs(jobs).window(4);
        let records = batch_records(&batch, &[d.to_path_buf()]);
        let got: Vec<(String, bool)> = records
            .iter()
            .map(|r| match r {
                Record::Report(r) => (r.source.clone().unwrap(), false),
                Record::Error(e) => (e.source.clone().unwrap(), true),
            })
            .map(|(s, err)| (file_name(&s), err))
            .collect();
        let want: Vec<(String, bool)> =
            names.iter().map(|n| (n.clone(), expect_error(n))).collect();
        assert_eq!(got, want, "jobs {jobs}");
    }

    // The binary: one JSON line per file, in order, and it ends.
    if !cfg!(feature = "cli") {
        return;
    }
    let out = run_cli(&[
        "check".as_ref(),
        "--format".as_ref(),
        "jsonl".as_ref(),
        "--max-size".as_ref(),
        "20971520".as_ref(),
        d.as_os_str(),
    ]);
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<String> = lines
        .iter()
        .map(|v| file_name(v["source"].as_str().unwrap()))
        .collect();
    assert_eq!(got, names);
    assert_eq!(out.status.code(), Some(2), "an input could not be analyzed");
}

/// A loop of directory symlinks and a non-UTF-8 name through the binary.
#[cfg(all(unix, feature = "cli"))]
#[test]
fn the_binary_on_loops_and_odd_names() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("a/b")).unwrap();
    symlink(d.join("a"), d.join("a/b/back")).unwrap();
    fs::write(
        d.join("a/b")
            .join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt")),
        hostile::LETTER_FR,
    )
    .unwrap();
    let out = run_cli(&[
        "check".as_ref(),
        "--format".as_ref(),
        "jsonl".as_ref(),
        d.as_os_str(),
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert!(v["source"].as_str().unwrap().ends_with("caf\u{FFFD}.txt"));
}

fn file_name(source: &str) -> String {
    source
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(source)
        .to_owned()
}

/// Runs the binary with a deadline (a hang fails the test instead of blocking it).
#[cfg(feature = "cli")]
fn run_cli(args: &[&std::ffi::OsStr]) -> std::process::Output {
    use std::io::Read;
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_convocheck"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain the pipes on threads so a large output cannot block the child.
    fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    }
    let stdout = drain(child.stdout.take().unwrap());
    let stderr = drain(child.stderr.take().unwrap());
    let deadline = Instant::now() + Duration::from_secs(300);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("convocheck {args:?} did not end within 300 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    std::process::Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

#[cfg(not(feature = "cli"))]
fn run_cli(_: &[&std::ffi::OsStr]) -> std::process::Output {
    unreachable!("the binary needs the `cli` feature")
}
