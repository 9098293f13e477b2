//! Checking many letters at once: walking paths, parallel analysis, ordered streaming.
//!
//! A [`Batch`] takes paths (files and directories; `-` for standard input), walks them
//! lazily in sorted order, analyzes the letters in parallel on its own thread pool, and
//! hands back exactly one [`Record`] per input, **in input order**, as soon as it is
//! ready. Inputs are analyzed in bounded windows (a few dozen to a few hundred letters at
//! a time), so memory stays flat however large the archive: neither the walk nor the
//! reports are ever collected whole. With more than one job, the pool analyzes a window
//! while the calling thread hands back the records of the one before (at most two
//! windows are held at once).
//!
//! # What is taken
//!
//! - A path named explicitly is always taken, whatever its name or extension, and even
//!   when it is a symbolic link (the link is followed); a named directory is walked.
//! - Inside a directory, entries are visited in sorted order (by file name, byte-wise),
//!   depth first; hidden entries (whose name starts with `.`) and symbolic links are
//!   skipped (so a symlink loop cannot hang the walk); only files ending in `.txt`,
//!   `.text`, `.md` or `.markdown` (in any case) are taken.
//! - `-`, or no path at all, is standard input, reported with source `"-"`.
//!
//! # Errors
//!
//! A bad input never stops the batch: a file that cannot be read, is too large, is binary
//! or empty, a directory that cannot be listed, a path that does not exist — each gives
//! an [`ErrorRecord`] in its place and the batch goes on.

use std::ffi::OsStr;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::report::{ErrorRecord, Record, Report};
use crate::{format_of, Analyzer, Error, InputFormat};

/// The default number of inputs analyzed together before their records are emitted.
const DEFAULT_WINDOW: usize = 128;

/// Extensions of the files taken inside directories (compared case-insensitively).
const LETTER_EXTENSIONS: [&str; 4] = ["txt", "text", "md", "markdown"];

/// A batch checker: an [`Analyzer`] plus how many threads to use.
///
/// # Example
///
/// ```
/// use convocheck::{Analyzer, Batch, Record};
///
/// let dir = tempfile::tempdir()?;
/// std::fs::write(dir.path().join("b.txt"), "Objet : convocation à une concertation de cas.")?;
/// std::fs::write(dir.path().join("a.md"), "# Invitation\n\nRéunion de concertation.")?;
/// std::fs::write(dir.path().join("empty.txt"), "  \n")?;
/// std::fs::write(dir.path().join("photo.png"), [0x89, b'P', b'N', b'G', 0])?; // not a letter: skipped
///
/// let batch = Batch::new(Analyzer::new()).jobs(2);
/// let mut sources = Vec::new();
/// batch.run(&[dir.path()], |record| match record {
///     Record::Report(report) => sources.push(report.source.unwrap()),
///     Record::Error(error) => sources.push(format!("{} ({:?})", error.source.unwrap(), error.error.kind)),
/// });
/// let names: Vec<_> = sources
///     .iter()
///     .map(|s| s.rsplit(std::path::MAIN_SEPARATOR).next().unwrap())
///     .collect();
/// assert_eq!(names, ["a.md", "b.txt", "empty.txt (Empty)"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Batch {
    analyzer: Analyzer,
    jobs: usize,
    window: usize,
    keep_text: bool,
}

/// One checked input: its record and, when asked for with [`Batch::keep_text`], the
/// decoded text its evidence offsets point into.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Checked {
    /// The report or the error record.
    pub record: Record,
    /// The decoded text of the letter (only for reports, only with [`Batch::keep_text`]).
    pub text: Option<String>,
}

/// One input of a batch, as the walk yields it.
#[derive(Debug)]
#[non_exhaustive]
pub enum Input {
    /// Standard input (`-`, or no path).
    Stdin,
    /// A file to read.
    File(PathBuf),
    /// A path the walk could not go through (missing, unreadable directory, ...).
    Failed(PathBuf, io::Error),
}

impl Input {
    /// The source the input's record carries: the path as given (lossily converted to
    /// UTF-8), or `"-"` for standard input.
    #[must_use]
    pub fn source(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File(path) | Input::Failed(path, _) => path.to_string_lossy().into_owned(),
        }
    }
}

impl Batch {
    /// A batch with this analyzer, as many threads as CPUs, records not carrying text.
    #[must_use]
    pub fn new(analyzer: Analyzer) -> Batch {
        Batch {
            analyzer,
            jobs: 0,
            window: DEFAULT_WINDOW,
            keep_text: false,
        }
    }

    /// Sets the number of threads; `0` (the default) means one per CPU. The records are
    /// the same, in the same order, whatever the number.
    #[must_use]
    pub fn jobs(mut self, jobs: usize) -> Batch {
        self.jobs = jobs;
        self
    }

    /// Sets how many inputs are analyzed together before their records are emitted
    /// (default 128; at least 1). Memory grows with this window, not with the archive.
    #[must_use]
    pub fn window(mut self, inputs: usize) -> Batch {
        self.window = inputs.max(1);
        self
    }

    /// Makes [`run_checked`](Self::run_checked) hand back each letter's decoded text, to
    /// render evidence in context.
    #[must_use]
    pub fn keep_text(mut self, yes: bool) -> Batch {
        self.keep_text = yes;
        self
    }

    /// The analyzer used for every input.
    #[must_use]
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Walks `paths` and calls `emit` with one [`Record`] per input, in input order.
    ///
    /// An empty `paths` means standard input.
    pub fn run<P, F>(&self, paths: &[P], mut emit: F)
    where
        P: AsRef<Path>,
        F: FnMut(Record),
    {
        self.run_checked(paths, |checked| emit(checked.record));
    }

    /// As [`run`](Self::run), handing back [`Checked`] items (with the decoded text of
    /// each letter when [`keep_text`](Self::keep_text) is set).
    pub fn run_checked<P, F>(&self, paths: &[P], mut emit: F)
    where
        P: AsRef<Path>,
        F: FnMut(Checked),
    {
        let result: Result<(), std::convert::Infallible> = self.try_run_checked(paths, |c| {
            emit(c);
            Ok(())
        });
        if let Err(never) = result {
            match never {}
        }
    }

    /// As [`run_checked`](Self::run_checked), but stops at the first error `emit`
    /// returns (e.g. when the output is closed), and returns it.
    ///
    /// # Errors
    ///
    /// The first error returned by `emit`; the inputs after it are not analyzed.
    pub fn try_run_checked<P, F, E>(&self, paths: &[P], mut emit: F) -> Result<(), E>
    where
        P: AsRef<Path>,
        F: FnMut(Checked) -> Result<(), E>,
    {
        let pool = self.pool();
        if let Some(pool) = &pool {
            // Compile the lexicons on every thread at once rather than one by one.
            pool.install(crate::lexicon::compile_all);
        }
        let mut inputs = walk(paths);
        // The first windows are small, so the first records come out at once; then they
        // double up to the full window.
        let mut size = self.jobs.max(1).min(self.window);
        let mut next_window = || {
            let window: Vec<Input> = inputs.by_ref().take(size).collect();
            size = (size * 2).min(self.window);
            window
        };
        let Some(pool) = &pool else {
            // One thread: each window analyzed, then emitted.
            loop {
                let window = next_window();
                if window.is_empty() {
                    return Ok(());
                }
                for input in window {
                    emit(self.check(input))?;
                }
            }
        };
        // Several: the pool analyzes a window while this thread emits the one before,
        // so that writing the records does not leave the pool idle.
        let analyze = |window: Vec<Input>| -> Vec<Checked> {
            pool.install(|| window.into_par_iter().map(|i| self.check(i)).collect())
        };
        std::thread::scope(|scope| {
            let mut done: Vec<Checked> = Vec::new();
            loop {
                let window = next_window();
                let running = (!window.is_empty()).then(|| scope.spawn(|| analyze(window)));
                let emitted: Result<(), E> = done.drain(..).try_for_each(&mut emit);
                match running {
                    Some(running) => {
                        done = running
                            .join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    }
                    None => return emitted,
                }
                emitted?;
            }
        })
    }

    /// Checks one input.
    #[must_use]
    pub fn check(&self, input: Input) -> Checked {
        let source = input.source();
        let result = match input {
            Input::Stdin => read_stdin(self.analyzer.max_size).and_then(|bytes| {
                let format = self.analyzer.format.unwrap_or_default();
                self.analyze_bytes(&bytes, source.clone(), format)
            }),
            Input::File(path) => {
                crate::read_limited(&path, self.analyzer.max_size).and_then(|bytes| {
                    let format = self.analyzer.format.unwrap_or_else(|| format_of(&path));
                    self.analyze_bytes(&bytes, source.clone(), format)
                })
            }
            Input::Failed(_, err) => Err(Error::Io(err)),
        };
        match result {
            Ok((report, text)) => Checked {
                record: Record::Report(report),
                text,
            },
            Err(err) => Checked {
                record: Record::Error(ErrorRecord::new(Some(source), &err)),
                text: None,
            },
        }
    }

    fn analyze_bytes(
        &self,
        bytes: &[u8],
        source: String,
        format: InputFormat,
    ) -> Result<(Report, Option<String>), Error> {
        let limit = self.analyzer.max_size.min(u64::from(u32::MAX) / 2);
        if bytes.len() as u64 > limit {
            return Err(Error::TooLarge {
                size: bytes.len() as u64,
                limit,
            });
        }
        let (text, encoding) = crate::document::decode::decode(bytes)?;
        let report = self
            .analyzer
            .analyze_decoded(&text, encoding, format, Some(source));
        let text = self.keep_text.then(|| text.into_owned());
        Ok((report, text))
    }

    fn pool(&self) -> Option<rayon::ThreadPool> {
        if self.jobs == 1 {
            return None;
        }
        // A failure to start threads is not fatal: the batch then runs on this thread.
        rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs)
            .thread_name(|i| format!("convocheck-{i}"))
            .stack_size(8 << 20)
            .build()
            .ok()
    }
}

/// Walks `paths` lazily, in the order [`Batch`] checks them (see the module docs).
///
/// No path means standard input. Nothing is read but directory listings, one directory at
/// a time.
pub fn walk<P: AsRef<Path>>(paths: &[P]) -> impl Iterator<Item = Input> + '_ {
    let stdin_only = paths.is_empty().then_some(Input::Stdin);
    let walker = Walker {
        roots: paths
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<&Path>>()
            .into_iter(),
        stack: Vec::new(),
    };
    stdin_only.into_iter().chain(walker)
}

/// One directory entry waiting to be visited.
enum Entry {
    Dir(PathBuf),
    File(PathBuf),
    Failed(PathBuf, io::Error),
}

struct Walker<'a> {
    roots: std::vec::IntoIter<&'a Path>,
    /// The sorted, not yet visited entries of each directory being walked.
    stack: Vec<std::vec::IntoIter<Entry>>,
}

impl Iterator for Walker<'_> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(entries) = self.stack.last_mut() {
                match entries.next() {
                    None => {
                        self.stack.pop();
                    }
                    Some(Entry::File(path)) => return Some(Input::File(path)),
                    Some(Entry::Failed(path, err)) => return Some(Input::Failed(path, err)),
                    Some(Entry::Dir(path)) => match list(&path) {
                        Ok(entries) => self.stack.push(entries.into_iter()),
                        Err(err) => return Some(Input::Failed(path, err)),
                    },
                }
                continue;
            }
            let root = self.roots.next()?;
            if root.as_os_str() == "-" {
                return Some(Input::Stdin);
            }
            // A path named explicitly is followed if it is a symlink.
            match fs::metadata(root) {
                Ok(meta) if meta.is_dir() => match list(root) {
                    Ok(entries) => self.stack.push(entries.into_iter()),
                    Err(err) => return Some(Input::Failed(root.to_path_buf(), err)),
                },
                Ok(_) => return Some(Input::File(root.to_path_buf())),
                Err(err) => return Some(Input::Failed(root.to_path_buf(), err)),
            }
        }
    }
}

/// The entries of a directory worth visiting, sorted by name.
fn list(dir: &Path) -> io::Result<Vec<Entry>> {
    let mut named = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                // An entry that cannot be read: report it in the directory's name.
                named.push((
                    dir.as_os_str().to_owned(),
                    Entry::Failed(dir.to_path_buf(), err),
                ));
                continue;
            }
        };
        let name = entry.file_name();
        if name.as_encoded_bytes().first() == Some(&b'.') {
            continue;
        }
        let path = entry.path();
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => continue,
            Ok(t) if t.is_dir() => Entry::Dir(path),
            Ok(t) if t.is_file() && is_letter_name(&name) => Entry::File(path),
            Ok(_) => continue,
            Err(err) => Entry::Failed(path, err),
        };
        named.push((name, kind));
    }
    named.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(named.into_iter().map(|(_, e)| e).collect())
}

/// Whether a file inside a directory is taken: `.txt`, `.text`, `.md`, `.markdown`.
fn is_letter_name(name: &OsStr) -> bool {
    Path::new(name)
        .extension()
        .map(|ext| {
            LETTER_EXTENSIONS
                .iter()
                .any(|l| ext.as_encoded_bytes().eq_ignore_ascii_case(l.as_bytes()))
        })
        .unwrap_or(false)
}

/// Reads standard input, at most `limit` bytes.
fn read_stdin(limit: u64) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn names(records: &[Record]) -> Vec<String> {
        records
            .iter()
            .map(|r| {
                let source = match r {
                    Record::Report(r) => r.source.clone().unwrap(),
                    Record::Error(e) => format!("!{}", e.source.clone().unwrap()),
                };
                source.replace('\\', "/")
            })
            .collect()
    }

    fn run(batch: &Batch, paths: &[PathBuf]) -> Vec<Record> {
        let mut out = Vec::new();
        batch.run(paths, |r| out.push(r));
        out
    }

    #[test]
    fn letter_extensions() {
        for yes in ["a.txt", "a.TXT", "b.text", "c.md", "d.Markdown", "x.y.md"] {
            assert!(is_letter_name(OsStr::new(yes)), "{yes}");
        }
        for no in ["a.png", "txt", "a.txt.bak", "a.mdx", "README"] {
            assert!(!is_letter_name(OsStr::new(no)), "{no}");
        }
    }

    #[test]
    fn sorted_depth_first_walk_with_skips() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join("b/sub")).unwrap();
        fs::create_dir_all(d.join(".git")).unwrap();
        fs::write(d.join(".git/x.txt"), "hidden").unwrap();
        fs::write(d.join(".hidden.txt"), "hidden").unwrap();
        fs::write(d.join("c.txt"), "c").unwrap();
        fs::write(d.join("a.md"), "a").unwrap();
        fs::write(d.join("b/z.text"), "z").unwrap();
        fs::write(d.join("b/sub/y.markdown"), "y").unwrap();
        fs::write(d.join("b/skip.pdf"), "pdf").unwrap();
        let explicit = d.join("b/skip.pdf");
        let paths = [d.to_path_buf(), explicit, d.join("missing.txt")];
        let got: Vec<String> = walk(&paths)
            .map(|i| {
                let s = i.source();
                let rel = s
                    .strip_prefix(&*d.to_string_lossy())
                    .unwrap_or(&s)
                    .to_owned();
                match i {
                    Input::Failed(..) => format!("!{rel}"),
                    _ => rel,
                }
            })
            .map(|s| s.replace('\\', "/"))
            .collect();
        assert_eq!(
            got,
            [
                "/a.md",
                "/b/sub/y.markdown",
                "/b/z.text",
                "/c.txt",
                "/b/skip.pdf",
                "!/missing.txt"
            ]
        );
    }

    #[test]
    fn no_path_is_stdin() {
        let none: [&Path; 0] = [];
        let inputs: Vec<Input> = walk(&none).collect();
        assert!(matches!(inputs.as_slice(), [Input::Stdin]));
        let dash = [Path::new("-")];
        assert_eq!(walk(&dash).next().unwrap().source(), "-");
    }

    #[test]
    fn bad_inputs_give_error_records_and_the_batch_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::write(d.join("1-empty.txt"), "").unwrap();
        fs::write(d.join("2-blank.txt"), " \n\t\n").unwrap();
        fs::write(d.join("3-binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
        fs::write(d.join("4-big.txt"), "x".repeat(200)).unwrap();
        fs::write(d.join("5-ok.txt"), "Convocation à une concertation de cas.").unwrap();
        let batch = Batch::new(Analyzer::new().max_size(100)).jobs(2);
        let records = run(&batch, &[d.to_path_buf(), d.join("nope.txt")]);
        let kinds: Vec<Option<ErrorKind>> = records
            .iter()
            .map(|r| match r {
                Record::Report(_) => None,
                Record::Error(e) => Some(e.error.kind),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                Some(ErrorKind::Empty),
                Some(ErrorKind::Empty),
                Some(ErrorKind::Binary),
                Some(ErrorKind::TooLarge),
                None,
                Some(ErrorKind::Io),
            ]
        );
    }

    #[test]
    fn same_records_whatever_the_threads_and_window() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for i in 0..40 {
            let body = if i % 7 == 0 {
                String::new()
            } else {
                format!("Lettre {i} : convocation à une concertation de cas le {i} mars 2025.")
            };
            fs::write(d.join(format!("{i:03}.txt")), body).unwrap();
        }
        let paths = [d.to_path_buf()];
        let one = run(&Batch::new(Analyzer::new()).jobs(1), &paths);
        let four = run(&Batch::new(Analyzer::new()).jobs(4).window(3), &paths);
        let all = run(&Batch::new(Analyzer::new()).jobs(0).window(1000), &paths);
        assert_eq!(one.len(), 40);
        assert_eq!(one, four);
        assert_eq!(one, all);
        let n: Vec<String> = names(&one)
            .into_iter()
            .map(|s| s.replace('!', ""))
            .collect();
        let mut sorted = n.clone();
        sorted.sort();
        assert_eq!(n, sorted);
    }

    #[test]
    fn keep_text_hands_back_the_decoded_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.txt");
        fs::write(&path, b"R\xe9union de concertation").unwrap(); // Windows-1252
        let batch = Batch::new(Analyzer::new()).keep_text(true);
        let mut got = Vec::new();
        batch.run_checked(&[&path], |c| got.push(c));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].text.as_deref(), Some("Réunion de concertation"));
        let batch = Batch::new(Analyzer::new());
        let mut got = Vec::new();
        batch.run_checked(&[&path], |c| got.push(c));
        assert_eq!(got[0].text, None);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_inside_directories_are_skipped_and_loops_do_not_hang() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir(d.join("loop")).unwrap();
        symlink(d, d.join("loop/back")).unwrap();
        fs::write(d.join("real.txt"), "Convocation").unwrap();
        symlink(d.join("real.txt"), d.join("link.txt")).unwrap();
        let inputs: Vec<String> = walk(&[d]).map(|i| i.source()).collect();
        assert_eq!(inputs, [d.join("real.txt").to_string_lossy().into_owned()]);
        // Named explicitly, a symlink is followed.
        let inputs: Vec<String> = walk(&[d.join("link.txt")]).map(|i| i.source()).collect();
        assert_eq!(inputs.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_names_work() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = OsStr::from_bytes(b"caf\xe9.txt");
        fs::write(dir.path().join(name), "Convocation à une concertation").unwrap();
        let records = run(&Batch::new(Analyzer::new()), &[dir.path().to_path_buf()]);
        assert_eq!(records.len(), 1);
        let Record::Report(report) = &records[0] else {
            panic!("expected a report, got {:?}", records[0]);
        };
        assert!(report
            .source
            .as_deref()
            .unwrap()
            .ends_with("caf\u{FFFD}.txt"));
    }
}
