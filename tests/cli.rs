//! The `convocheck` binary: formats, exit statuses, the walk, error records, configuration.
//!
//! Verdict tests use `--select`/`--ignore` and letters that are obviously non-compliant (no
//! legal basis at all), so that they do not hang on the extractors' finer results.

#![cfg(feature = "cli")]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A convocation with no legal basis at all: `basis-missing` must fire.
const NO_BASIS: &str = "Objet : convocation à une concertation de cas\n\
\n\
Madame,\n\
\n\
Nous vous invitons à participer à une concertation de cas le jeudi 14 mars 2025 à 14h30,\n\
à l'hôtel de ville, salle du conseil, avec la police locale et le CPAS.\n\
\n\
Veuillez agréer, Madame, nos salutations distinguées.\n";

/// The same in English.
const NO_BASIS_EN: &str = "Subject: invitation to a case consultation\n\
\n\
Dear Dr Peeters,\n\
\n\
We invite you to take part in a case consultation on Thursday 14 March 2025 at 2.30 pm\n\
at the town hall, with the local police and the PCSW.\n\
\n\
Yours sincerely,\n";

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_convocheck"));
    cmd.env("NO_COLOR", "1").env_remove("CLICOLOR_FORCE");
    cmd
}

/// Runs `convocheck` in `dir` with `args`.
fn run(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run convocheck")
}

fn run_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn convocheck");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit status")
}

fn jsonl(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn sources(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["source"].as_str().unwrap().replace('\\', "/"))
        .collect()
}

fn codes(record: &Value) -> Vec<String> {
    record["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

/// A temporary directory with `files` (relative path, contents).
fn tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, body).unwrap();
    }
    dir
}

fn fixtures_bad() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/bad")
}

/// Every rule code, from `convocheck rules`.
fn all_codes() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["rules"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_owned())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Exit statuses

#[test]
fn exit_1_for_a_non_compliant_letter() {
    let dir = tree(&[("letter.txt", NO_BASIS.as_bytes())]);
    let out = run(
        dir.path(),
        &[
            "check",
            "--select",
            "basis-missing",
            "--format",
            "jsonl",
            "letter.txt",
        ],
    );
    assert_eq!(code(&out), 1, "{}{}", stdout(&out), stderr(&out));
    let records = jsonl(&out);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["verdict"], "non_compliant");
    assert_eq!(codes(&records[0]), ["basis-missing"]);
}

#[test]
fn exit_0_when_nothing_is_non_compliant() {
    let dir = tree(&[("letter.txt", NO_BASIS.as_bytes())]);
    // Only an info rule runs: the letter cannot be non-compliant.
    let out = run(
        dir.path(),
        &["check", "--select", "use-limitation-missing", "letter.txt"],
    );
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
}

#[test]
fn exit_2_for_an_unreadable_input_wins_over_1() {
    let dir = tree(&[("letter.txt", NO_BASIS.as_bytes())]);
    let out = run(
        dir.path(),
        &[
            "check",
            "--select",
            "basis-missing",
            "--format",
            "jsonl",
            "letter.txt",
            "missing.txt",
        ],
    );
    assert_eq!(code(&out), 2);
    let records = jsonl(&out);
    assert_eq!(sources(&records), ["letter.txt", "missing.txt"]);
    assert_eq!(records[0]["verdict"], "non_compliant");
    assert_eq!(records[1]["error"]["kind"], "io");
    assert_eq!(records[1]["schema_version"], 1);
}

#[test]
fn exit_2_for_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check", "--select", "no-such-rule"][..],
        &["check", "--ignore", "basis-missing,bogus"],
        &["check", "--severity", "basis-missing=fatal"],
        &["check", "--severity", "bogus=error"],
        &["check", "--format", "xml"],
        &["check", "--max-size", "ten"],
        &["explain", "no-such-rule"],
        &["frobnicate"],
    ] {
        let out = run(dir.path(), args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = run(dir.path(), &["check", "--select", "no-such-rule"]);
    let err = stderr(&out);
    assert!(err.contains("no-such-rule"), "{err}");
    assert!(
        err.contains("basis-missing") && err.contains("not-a-convocation"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------
// The walk

#[test]
fn one_record_per_input_in_sorted_order_whatever_the_jobs() {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..23 {
        let body = if i % 5 == 0 {
            Vec::new()
        } else {
            NO_BASIS
                .replace("14 mars", &format!("{} mars", i % 28 + 1))
                .into_bytes()
        };
        let ext = ["txt", "md", "TEXT", "markdown"][i % 4];
        files.push((
            format!("archive/{}/l{i:02}.{ext}", ["b", "a", "c/d"][i % 3]),
            body,
        ));
    }
    files.push(("archive/z.txt".into(), NO_BASIS_EN.as_bytes().to_vec()));
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let dir = tree(&refs);
    let one = run(
        dir.path(),
        &["check", "--format", "jsonl", "--jobs", "1", "archive"],
    );
    let two = run(
        dir.path(),
        &["check", "--format", "jsonl", "--jobs", "2", "archive"],
    );
    let many = run(
        dir.path(),
        &["check", "--format", "jsonl", "--jobs", "8", "archive"],
    );
    assert_eq!(code(&one), 2, "empty files are unreadable");
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, many.stdout);
    let records = jsonl(&one);
    assert_eq!(records.len(), 24);
    let got = sources(&records);
    let mut want: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    want.sort();
    assert_eq!(got, want);
    assert_eq!(got[0], "archive/a/l01.md");
    assert_eq!(got[23], "archive/z.txt");
    for r in &records {
        let empty = r.get("error").is_some();
        assert_eq!(
            empty,
            r["source"].as_str().unwrap().contains("l00")
                || r["source"].as_str().unwrap().contains("l05")
                || r["source"].as_str().unwrap().contains("l10")
                || r["source"].as_str().unwrap().contains("l15")
                || r["source"].as_str().unwrap().contains("l20")
        );
        if empty {
            assert_eq!(r["error"]["kind"], "empty");
        } else {
            let md = r["source"].as_str().unwrap().to_ascii_lowercase();
            let want = if md.ends_with(".md") || md.ends_with(".markdown") {
                "markdown"
            } else {
                "text"
            };
            assert_eq!(r["input_format"], want, "{md}");
        }
    }
}

#[test]
fn hidden_entries_and_other_extensions_are_skipped_but_explicit_files_are_taken() {
    let dir = tree(&[
        ("d/a.txt", NO_BASIS.as_bytes()),
        ("d/.hidden.txt", NO_BASIS.as_bytes()),
        ("d/.git/HEAD.txt", NO_BASIS.as_bytes()),
        ("d/notes.docx", b"PK\x03\x04"),
        ("d/letter.eml", NO_BASIS.as_bytes()),
        ("d/README", NO_BASIS.as_bytes()),
        ("d/sub/b.Md", NO_BASIS.as_bytes()),
    ]);
    let out = run(dir.path(), &["check", "--format", "jsonl", "d"]);
    assert_eq!(sources(&jsonl(&out)), ["d/a.txt", "d/sub/b.Md"]);
    // Named explicitly, any file is taken, hidden or not, whatever its extension.
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "d/letter.eml",
            "d/.hidden.txt",
            "d/README",
        ],
    );
    let records = jsonl(&out);
    assert_eq!(
        sources(&records),
        ["d/letter.eml", "d/.hidden.txt", "d/README"]
    );
    assert!(records.iter().all(|r| r.get("verdict").is_some()));
}

#[test]
fn standard_input() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check", "--format", "jsonl"][..],
        &["check", "--format", "jsonl", "-"],
    ] {
        let out = run_stdin(dir.path(), args, NO_BASIS.as_bytes());
        let records = jsonl(&out);
        assert_eq!(records.len(), 1, "{args:?}");
        assert_eq!(records[0]["source"], "-");
        assert_eq!(records[0]["input_format"], "text");
    }
    let out = run_stdin(
        dir.path(),
        &["check", "--format", "jsonl", "--input", "markdown"],
        b"# Convocation\n",
    );
    assert_eq!(jsonl(&out)[0]["input_format"], "markdown");
    let out = run_stdin(dir.path(), &["check", "--format", "jsonl"], b"   \n");
    assert_eq!(code(&out), 2);
    assert_eq!(jsonl(&out)[0]["error"]["kind"], "empty");
    let out = run_stdin(
        dir.path(),
        &["check", "--format", "jsonl", "--max-size", "10"],
        NO_BASIS.as_bytes(),
    );
    assert_eq!(jsonl(&out)[0]["error"]["kind"], "too_large");
}

#[test]
fn bad_inputs_give_error_records_and_the_batch_goes_on() {
    let bad = fixtures_bad();
    let dir = tree(&[("good.txt", NO_BASIS.as_bytes())]);
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "--max-size",
            "4096",
            bad.to_str().unwrap(),
            "good.txt",
            "does-not-exist.txt",
        ],
    );
    assert_eq!(code(&out), 2);
    let records = jsonl(&out);
    let got: Vec<(String, String)> = records
        .iter()
        .map(|r| {
            let source = r["source"].as_str().unwrap().replace('\\', "/");
            let name = source.rsplit('/').next().unwrap().to_owned();
            let kind = r["error"]["kind"].as_str().unwrap_or("report").to_owned();
            (name, kind)
        })
        .collect();
    let want = [
        ("empty.txt", "empty"),
        ("scan-saved-as-text.txt", "binary"),
        ("too-large.txt", "too_large"),
        ("whitespace-only.txt", "empty"),
        ("good.txt", "report"),
        ("does-not-exist.txt", "io"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
    for r in records.iter().filter(|r| r.get("error").is_some()) {
        assert!(!r["error"]["message"].as_str().unwrap().is_empty());
        assert_eq!(r.as_object().unwrap().len(), 3, "{r}");
    }
    // The human format names each one too, and the summary counts them.
    let out = run(
        dir.path(),
        &[
            "check",
            "--max-size",
            "4096",
            bad.to_str().unwrap(),
            "good.txt",
        ],
    );
    let text = stdout(&out);
    assert!(text.contains("error[binary]"), "{text}");
    assert!(text.contains("error[too_large]"), "{text}");
    assert!(text.contains("error[empty]"), "{text}");
    assert!(text.contains("5 letters checked"), "{text}");
    assert!(text.contains("4 unreadable"), "{text}");
}

#[cfg(unix)]
#[test]
fn a_directory_symlink_loop_does_not_hang() {
    use std::os::unix::fs::symlink;
    let dir = tree(&[
        ("d/a.txt", NO_BASIS.as_bytes()),
        ("d/sub/b.txt", NO_BASIS.as_bytes()),
    ]);
    symlink("..", dir.path().join("d/sub/up")).unwrap();
    symlink(dir.path().join("d"), dir.path().join("d/sub/loop")).unwrap();
    symlink("a.txt", dir.path().join("d/link.txt")).unwrap();
    let out = run(dir.path(), &["check", "--format", "jsonl", "d"]);
    assert_eq!(sources(&jsonl(&out)), ["d/a.txt", "d/sub/b.txt"]);
    // A symlink named explicitly is read.
    let out = run(dir.path(), &["check", "--format", "jsonl", "d/link.txt"]);
    let records = jsonl(&out);
    assert_eq!(sources(&records), ["d/link.txt"]);
    assert!(records[0].get("verdict").is_some());
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("d")).unwrap();
    let name = OsStr::from_bytes(b"r\xe9union.txt");
    fs::write(dir.path().join("d").join(name), NO_BASIS).unwrap();
    let out = run(dir.path(), &["check", "--format", "jsonl", "d"]);
    let records = jsonl(&out);
    assert_eq!(sources(&records), ["d/r\u{FFFD}union.txt"]);
    assert!(records[0].get("verdict").is_some());
    // Named explicitly too.
    let out = bin()
        .current_dir(dir.path())
        .arg("check")
        .arg("--format=csv")
        .arg(Path::new("d").join(name))
        .output()
        .unwrap();
    let rows = parse_csv(&stdout(&out));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][0], "d/r\u{FFFD}union.txt");
}

// ---------------------------------------------------------------------------------------
// Formats

#[test]
fn json_is_one_object_for_one_input_and_an_array_for_more() {
    let dir = tree(&[
        ("a.txt", NO_BASIS.as_bytes()),
        ("b.txt", NO_BASIS_EN.as_bytes()),
        ("c.txt", b""),
    ]);
    let out = run(dir.path(), &["check", "--format", "json", "a.txt"]);
    let one: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(one["source"], "a.txt");
    assert_eq!(one["schema_version"], 1);
    let out = run(dir.path(), &["check", "--format", "json", "."]);
    let all: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let all = all.as_array().unwrap();
    assert_eq!(sources(all), ["./a.txt", "./b.txt", "./c.txt"]);
    assert_eq!(all[2]["error"]["kind"], "empty");
    // The same records as jsonl.
    let lines = jsonl(&run(dir.path(), &["check", "--format", "jsonl", "."]));
    assert_eq!(&lines, all);
}

#[test]
fn csv_has_a_header_and_one_row_per_input() {
    let dir = tree(&[
        ("a, with comma.txt", NO_BASIS.as_bytes()),
        ("b.txt", NO_BASIS_EN.as_bytes()),
        ("c \"quoted\".txt", b"  "),
    ]);
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "csv",
            "--select",
            "basis-missing,use-limitation-missing",
            ".",
        ],
    );
    let rows = parse_csv(&stdout(&out));
    assert_eq!(
        rows[0],
        [
            "source",
            "language",
            "verdict",
            "errors",
            "warnings",
            "codes",
            "meeting_date",
            "basis_kinds",
            "error"
        ]
    );
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.len() == 9));
    assert_eq!(rows[1][0], "./a, with comma.txt");
    assert_eq!(rows[1][2], "non_compliant");
    assert_eq!(rows[1][3], "1");
    assert_eq!(rows[1][5].split(';').next(), Some("basis-missing"));
    assert_eq!(rows[1][8], "");
    assert_eq!(rows[2][0], "./b.txt");
    assert_eq!(rows[3][0], "./c \"quoted\".txt");
    assert!(rows[3][1..8].iter().all(String::is_empty));
    assert!(rows[3][8].starts_with("empty: "), "{:?}", rows[3]);
    // The same verdicts as the JSON reports.
    let records = jsonl(&run(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "--select",
            "basis-missing,use-limitation-missing",
            ".",
        ],
    ));
    for (row, r) in rows[1..3].iter().zip(&records) {
        assert_eq!(row[1], r["language"].as_str().unwrap());
        assert_eq!(row[2], r["verdict"].as_str().unwrap());
        assert_eq!(
            row[6],
            r["modalities"]["meeting"]["date"].as_str().unwrap_or("")
        );
    }
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn csv_reader_reads_rfc_4180() {
    assert_eq!(
        parse_csv("a,\"b,c\",\"d \"\"e\"\"\"\r\n\"x\ny\",,z\n"),
        [vec!["a", "b,c", "d \"e\""], vec!["x\ny", "", "z"]]
    );
}

#[test]
fn human_output_shows_the_verdict_findings_and_summary() {
    let dir = tree(&[
        ("lettre.txt", NO_BASIS.as_bytes()),
        ("letter.txt", NO_BASIS_EN.as_bytes()),
    ]);
    let out = run(
        dir.path(),
        &[
            "check",
            "--select",
            "basis-missing",
            "lettre.txt",
            "letter.txt",
        ],
    );
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}'),
        "no colour with NO_COLOR or off a terminal"
    );
    assert!(text.contains("lettre.txt: non conforme"), "{text}");
    assert!(text.contains("letter.txt: non-compliant"), "{text}");
    assert!(text.contains("error[basis-missing]"), "{text}");
    assert!(text.contains("= help: demandez quelle loi"), "{text}");
    assert!(text.contains("= help: ask which law"), "{text}");
    assert!(
        text.contains(
            "2 letters checked: 0 compliant, 2 non-compliant, 0 not a convocation, 0 unreadable."
        ),
        "{text}"
    );
    assert!(
        text.contains("Most frequent codes: basis-missing (2)."),
        "{text}"
    );
    let out = run(
        dir.path(),
        &[
            "check",
            "--messages",
            "fr",
            "--select",
            "basis-missing",
            "letter.txt",
        ],
    );
    let text = stdout(&out);
    assert!(
        text.contains("1 lettre vérifiée : 0 conforme(s), 1 non conforme(s)"),
        "{text}"
    );
}

#[test]
fn human_output_underlines_evidence() {
    // With --severity, a rule with evidence is easy to pick: whatever the extractors find,
    // every finding with evidence must show the letter's line with a caret under it.
    let dir = tree(&[("letter.txt", NO_BASIS.as_bytes())]);
    let out = run(dir.path(), &["check", "--format", "jsonl", "letter.txt"]);
    let record = &jsonl(&out)[0];
    let with_evidence: Vec<&Value> = record["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["evidence"].as_array().unwrap().is_empty())
        .collect();
    let out = run(dir.path(), &["check", "letter.txt"]);
    let text = stdout(&out);
    for f in with_evidence {
        let e = &f["evidence"][0];
        let origin = format!("--> letter.txt:{}:{}", e["line"], e["column"]);
        assert!(text.contains(&origin), "{origin} in\n{text}");
    }
}

// ---------------------------------------------------------------------------------------
// Rules and configuration

#[test]
fn rules_lists_20_codes() {
    let codes = all_codes();
    assert_eq!(codes.len(), 20, "{codes:?}");
    assert_eq!(codes[0], "basis-missing");
    assert!(codes.contains(&"not-a-convocation".to_owned()));
    let dir = tempfile::tempdir().unwrap();
    let en = stdout(&run(dir.path(), &["rules"]));
    let fr = stdout(&run(dir.path(), &["rules", "--messages", "fr"]));
    assert_ne!(en, fr);
    for line in en.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert!(["error", "warning", "info"].contains(&cols[1]), "{line}");
        assert!(cols.len() >= 4, "{line}");
    }
}

#[test]
fn explain_works_for_every_code_and_fails_for_an_unknown_one() {
    let dir = tempfile::tempdir().unwrap();
    for c in all_codes() {
        let out = run(dir.path(), &["explain", &c]);
        assert_eq!(code(&out), 0, "{c}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(&format!("`{c}`")), "{c}: {text}");
        assert!(text.contains("458ter"), "{c}: {text}");
        assert!(text.lines().count() > 10, "{c}: {text}");
    }
    let out = run(dir.path(), &["explain", "basis-mising"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("basis-missing"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn ignore_removes_a_code_and_changes_the_verdict() {
    let dir = tree(&[("letter.txt", NO_BASIS.as_bytes())]);
    let select = [
        "check",
        "--format",
        "jsonl",
        "--select",
        "basis-missing,basis-only-458ter,basis-not-qualifying",
    ];
    let out = run(dir.path(), &[&select[..], &["letter.txt"]].concat());
    assert_eq!(code(&out), 1);
    assert_eq!(codes(&jsonl(&out)[0]), ["basis-missing"]);
    let out = run(
        dir.path(),
        &[&select[..], &["--ignore", "basis-missing", "letter.txt"]].concat(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = &jsonl(&out)[0];
    assert_eq!(r["verdict"], "compliant");
    assert!(codes(r).is_empty());
}

#[test]
fn a_severity_override_changes_the_verdict() {
    let dir = tree(&[("letter.txt", NO_BASIS.as_bytes())]);
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "--select",
            "basis-missing",
            "--severity",
            "basis-missing=warning",
            "letter.txt",
        ],
    );
    assert_eq!(code(&out), 0);
    let r = &jsonl(&out)[0];
    assert_eq!(r["verdict"], "compliant");
    assert_eq!(r["findings"][0]["severity"], "warning");
    // And the other way: an info rule made an error.
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "--select",
            "use-limitation-missing",
            "--severity",
            "use-limitation-missing=error",
            "letter.txt",
        ],
    );
    let r = &jsonl(&out)[0];
    if codes(r).contains(&"use-limitation-missing".to_owned()) {
        assert_eq!(code(&out), 1);
        assert_eq!(r["verdict"], "non_compliant");
    }
}

#[test]
fn convocheck_toml_in_the_current_directory() {
    let dir = tree(&[
        ("letter.txt", NO_BASIS.as_bytes()),
        ("convocheck.toml", b"select = [\"basis-missing\", \"purpose-missing\"]\nignore = [\"purpose-missing\"]\n\n[severity]\nbasis-missing = \"info\"\n"),
    ]);
    let out = run(dir.path(), &["check", "--format", "jsonl", "letter.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = &jsonl(&out)[0];
    assert_eq!(codes(r), ["basis-missing"]);
    assert_eq!(r["findings"][0]["severity"], "info");
    // The command line comes on top: --severity overrides the file, --select replaces it.
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "--severity",
            "basis-missing=error",
            "letter.txt",
        ],
    );
    assert_eq!(code(&out), 1);
    // --config names another file, which replaces convocheck.toml.
    fs::write(
        dir.path().join("other.toml"),
        "select = [\"basis-missing\"]\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "--config",
            "other.toml",
            "letter.txt",
        ],
    );
    assert_eq!(code(&out), 1);
    assert_eq!(jsonl(&out)[0]["findings"][0]["severity"], "error");
}

#[test]
fn a_bad_config_file_is_a_clear_error() {
    let dir = tree(&[("letter.txt", NO_BASIS.as_bytes())]);
    for (body, needle) in [
        (
            "select = [\"basis-missing\"]\nignore = [\"no-such-rule\"]\n",
            "no-such-rule",
        ),
        ("select = [\"basis-missing\"\n", "line"),
        ("[severity]\nbasis-missing = \"fatal\"\n", "fatal"),
        ("colour = true\n", "colour"),
    ] {
        fs::write(dir.path().join("convocheck.toml"), body).unwrap();
        let out = run(dir.path(), &["check", "letter.txt"]);
        let err = stderr(&out);
        assert_eq!(code(&out), 2, "{body}: {err}");
        assert!(out.stdout.is_empty(), "{body}");
        assert!(err.contains("convocheck.toml"), "{err}");
        assert!(err.contains(needle), "{needle} in {err}");
        assert!(err.contains("line"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    fs::remove_file(dir.path().join("convocheck.toml")).unwrap();
    let out = run(
        dir.path(),
        &["check", "--config", "missing.toml", "letter.txt"],
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("missing.toml"));
}

// ---------------------------------------------------------------------------------------
// Snapshots

#[test]
fn snapshot_rules() {
    let dir = tempfile::tempdir().unwrap();
    insta::assert_snapshot!("rules_en", stdout(&run(dir.path(), &["rules"])));
    insta::assert_snapshot!(
        "rules_fr",
        stdout(&run(dir.path(), &["rules", "--messages", "fr"]))
    );
}

#[test]
fn snapshot_human_and_json() {
    let mandatory = format!("{NO_BASIS}\nVotre présence à cette réunion est obligatoire.\n");
    let dir = tree(&[
        ("lettre.txt", NO_BASIS.as_bytes()),
        ("letter.txt", NO_BASIS_EN.as_bytes()),
        ("empty.txt", b""),
        ("obligatoire.txt", mandatory.as_bytes()),
    ]);
    let select =
        "basis-missing,basis-only-458ter,basis-not-qualifying,participation-presented-as-mandatory";
    let out = run(
        dir.path(),
        &[
            "check",
            "--select",
            select,
            "lettre.txt",
            "letter.txt",
            "empty.txt",
            "obligatoire.txt",
        ],
    );
    insta::assert_snapshot!("human_two_letters_and_an_empty_file", stdout(&out));
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--select",
            select,
            "obligatoire.txt",
        ],
    );
    let mut json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    // The extracted elements change as the extractors grow: the snapshot keeps the
    // envelope and the findings.
    for key in [
        "legal_basis",
        "participants",
        "purposes",
        "modalities",
        "statements",
        "addressee",
    ] {
        assert!(json.as_object_mut().unwrap().remove(key).is_some(), "{key}");
    }
    insta::assert_json_snapshot!("json_mandatory_fr", json);
}
