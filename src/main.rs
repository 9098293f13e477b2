//! The `convocheck` command line: `check`, `rules` and `explain`.
//!
//! A thin layer over the library: arguments, configuration, I/O and rendering.

#![forbid(unsafe_code)]

mod config;
mod render;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::Duration;

use anstream::{AutoStream, ColorChoice};
use clap::{Args, Parser, Subcommand, ValueEnum};
use convocheck::{
    Analyzer, Batch, InputFormat, MessageLang, RuleCode, RuleConfig, Severity, DEFAULT_MAX_SIZE,
};

use crate::config::Config;
use crate::render::{human::Human, Format, Sink, Tally};

/// The allocator: the analysis makes many small, short-lived allocations (compiling the
/// cue automata at start-up, and per letter), which mimalloc serves faster than the
/// system allocator. The library leaves the choice to the program that links it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Checks Belgian case-consultation convocation letters (art. 458ter of the Criminal Code)
/// against the law.
#[derive(Debug, Parser)]
#[command(name = "convocheck", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check letters: files, directories (walked recursively), or `-` for standard input.
    ///
    /// Exit status: 0 when every input was analyzed and none is non-compliant, 1 when at
    /// least one letter is non-compliant, 2 on a usage error or when an input could not be
    /// analyzed.
    Check(CheckArgs),
    /// List the rules: code, severity, element and title.
    Rules {
        /// Language of the titles.
        #[arg(long, value_enum, default_value_t = Messages::Auto)]
        messages: Messages,
    },
    /// Show a rule's documentation: statute text, why it matters, how to fix it, examples.
    Explain {
        /// The rule's code, e.g. `purpose-not-permitted`.
        #[arg(value_name = "CODE", value_parser = parse_code)]
        code: RuleCode,
    },
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Files and directories to check; none, or `-`, reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Input format: `auto` takes `.md`/`.markdown` files as Markdown, the rest as text.
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    input: InputArg,
    /// Language of the messages: `auto` is each letter's language (English if unknown).
    #[arg(long, value_enum, default_value_t = Messages::Auto)]
    messages: Messages,
    /// Largest input analyzed, in bytes; a larger one gets an error record.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_SIZE)]
    max_size: u64,
    /// Number of threads (default: one per CPU).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Run only these rules (comma-separated codes).
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_code)]
    select: Option<Vec<RuleCode>>,
    /// Never run these rules (comma-separated codes).
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_code)]
    ignore: Vec<RuleCode>,
    /// Override a rule's severity (repeatable).
    #[arg(long, value_name = "CODE=error|warning|info", value_parser = parse_severity)]
    severity: Vec<(RuleCode, Severity)>,
    /// Configuration file (default: `convocheck.toml` in the current directory, if any).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum InputArg {
    Auto,
    Text,
    Markdown,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Messages {
    Auto,
    Fr,
    En,
}

impl Messages {
    fn lang(self) -> Option<MessageLang> {
        match self {
            Messages::Auto => None,
            Messages::Fr => Some(MessageLang::Fr),
            Messages::En => Some(MessageLang::En),
        }
    }
}

fn parse_code(s: &str) -> Result<RuleCode, String> {
    RuleCode::from_str(s).map_err(|e| e.to_string())
}

fn parse_severity(s: &str) -> Result<(RuleCode, Severity), String> {
    let (code, level) = s
        .split_once('=')
        .ok_or_else(|| format!("expected CODE=error|warning|info, found `{s}`"))?;
    let severity = match level.trim().to_ascii_lowercase().as_str() {
        "error" => Severity::Error,
        "warning" => Severity::Warning,
        "info" => Severity::Info,
        other => {
            return Err(format!(
                "unknown severity `{other}`: expected error, warning or info"
            ))
        }
    };
    Ok((parse_code(code)?, severity))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Rules { messages } => rules(messages.lang().unwrap_or(MessageLang::En)),
        Command::Explain { code } => explain(code),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            let _ = writeln!(anstream::stderr(), "error: {message}");
            ExitCode::from(2)
        }
    }
}

/// `convocheck check`: returns the exit status, or a usage error.
fn check(args: CheckArgs) -> Result<u8, String> {
    let config = Config::load(args.config.as_deref()).map_err(|e| e.to_string())?;
    let rules = RuleConfig {
        select: args
            .select
            .or_else(|| config.select.map(|s| s.into_iter().map(|c| c.0).collect())),
        ignore: config
            .ignore
            .iter()
            .map(|c| c.0)
            .chain(args.ignore)
            .collect(),
        severity: config
            .severity
            .iter()
            .map(|(c, s)| (c.0, *s))
            .chain(args.severity)
            .collect(),
    };

    let mut analyzer = Analyzer::new().max_size(args.max_size).rules(rules);
    match args.input {
        InputArg::Auto => {}
        InputArg::Text => analyzer = analyzer.input_format(InputFormat::Text),
        InputArg::Markdown => analyzer = analyzer.input_format(InputFormat::Markdown),
    }
    if let Some(lang) = args.messages.lang() {
        analyzer = analyzer.messages(lang);
    }
    let human = args.format == Format::Human;
    let batch = Batch::new(analyzer)
        .jobs(args.jobs.unwrap_or(0))
        .keep_text(human);

    let stdout = io::stdout();
    let stdout_is_terminal = stdout.is_terminal();
    let color = human && AutoStream::choice(&stdout) != ColorChoice::Never;
    let choice = if human {
        AutoStream::choice(&stdout)
    } else {
        ColorChoice::AlwaysAnsi // pass JSON and CSV through untouched
    };
    let mut out = AutoStream::new(stdout.lock(), choice);
    let mut sink = Sink::new(args.format, Human::new(color, args.messages.lang()));
    let progress = progress_bar(&args.paths, args.messages.lang());
    let reads_stdin = args.paths.is_empty() || args.paths.iter().any(|p| p.as_os_str() == "-");
    if reads_stdin && io::stdin().is_terminal() {
        let _ = writeln!(
            io::stderr(),
            "convocheck: reading a letter from standard input (end it with Ctrl-D)"
        );
    }
    let mut tally = Tally::default();
    let mut buf = Vec::new();

    let written = (|| -> io::Result<()> {
        sink.begin(&mut buf)?;
        out.write_all(&buf)?;
        batch.try_run_checked(&args.paths, |checked| {
            tally.add(&checked.record);
            buf.clear();
            sink.record(&mut buf, &checked.record, checked.text.as_deref())?;
            if let Some(pb) = &progress {
                pb.inc(1);
                if stdout_is_terminal {
                    return pb.suspend(|| {
                        out.write_all(&buf)?;
                        out.flush()
                    });
                }
            }
            out.write_all(&buf)?;
            out.flush()
        })?;
        if let Some(pb) = &progress {
            pb.finish_and_clear();
        }
        buf.clear();
        sink.finish(&mut buf, &tally)?;
        out.write_all(&buf)?;
        out.flush()
    })();
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    match written {
        Ok(()) => Ok(tally.exit_code()),
        // The reader went away (`| head`): stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(tally.exit_code()),
        Err(e) => Err(format!("cannot write the output: {e}")),
    }
}

/// A progress spinner on standard error, only when it is a terminal and more than one
/// input is likely.
fn progress_bar(paths: &[PathBuf], lang: Option<MessageLang>) -> Option<indicatif::ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let many = paths.len() > 1 || paths.iter().any(|p| p.is_dir());
    if !many {
        return None;
    }
    let pb =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    let template = match lang {
        Some(MessageLang::Fr) => "{spinner} {pos} lettres vérifiées ({elapsed})",
        _ => "{spinner} {pos} letters checked ({elapsed})",
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    pb.enable_steady_tick(Duration::from_millis(120));
    Some(pb)
}

/// `convocheck rules`: one line per rule.
fn rules(lang: MessageLang) -> Result<u8, String> {
    let mut out = anstream::stdout().lock();
    for rule in convocheck::registry() {
        let severity = render::csv::name(&rule.severity);
        let element = render::csv::name(&rule.element);
        let line = format!(
            "{:<38} {severity:<8} {element:<13} {}",
            rule.code.as_str(),
            rule.title(lang)
        );
        if let Err(e) = writeln!(out, "{}", line.trim_end()) {
            return broken_pipe_ok(e);
        }
    }
    Ok(0)
}

/// `convocheck explain CODE`: the rule's documentation.
fn explain(code: RuleCode) -> Result<u8, String> {
    let rule = code.rule();
    let mut text = format!("{}\n", rule.doc.trim_end());
    let reference = format!("\nLegal reference: {}\n", rule.legal_reference);
    if !rule.doc.contains(rule.legal_reference) {
        text.push_str(&reference);
    }
    for (label, statute) in [("French", rule.statute_fr), ("Dutch", rule.statute_nl)] {
        let statute = statute.trim();
        let head: String = statute.chars().take(60).collect();
        if !statute.is_empty() && !rule.doc.contains(head.as_str()) {
            text.push_str(&format!("\nStatute ({label}):\n{statute}\n"));
        }
    }
    match anstream::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(0),
        Err(e) => broken_pipe_ok(e),
    }
}

fn broken_pipe_ok(e: io::Error) -> Result<u8, String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(0)
    } else {
        Err(format!("cannot write the output: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn severity_overrides() {
        assert_eq!(
            parse_severity("basis-missing=warning"),
            Ok((RuleCode::BasisMissing, Severity::Warning))
        );
        assert!(parse_severity("basis-missing")
            .unwrap_err()
            .contains("CODE="));
        assert!(parse_severity("basis-missing=fatal")
            .unwrap_err()
            .contains("fatal"));
        assert!(parse_severity("nope=info")
            .unwrap_err()
            .contains("basis-missing"));
    }
}
