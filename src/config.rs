//! `convocheck.toml`: which rules run and at which severity.
//!
//! ```toml
//! select = ["basis-missing", "purpose-not-permitted"]   # only these rules run
//! ignore = ["use-limitation-missing"]                    # these never run
//!
//! [severity]
//! meeting-date-missing = "error"                         # error, warning or info
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use convocheck::{RuleCode, Severity};
use serde::{Deserialize, Deserializer};

/// The name of the configuration file read from the current directory.
pub(crate) const FILE_NAME: &str = "convocheck.toml";

/// The settings of a configuration file.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub(crate) struct Config {
    /// When set, only these rules run.
    #[serde(default)]
    pub(crate) select: Option<Vec<Code>>,
    /// These rules never run.
    #[serde(default)]
    pub(crate) ignore: Vec<Code>,
    /// Severity overrides.
    #[serde(default)]
    pub(crate) severity: BTreeMap<Code, Severity>,
}

/// A rule code as written in a configuration file (same spelling as on the command line).
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Code(pub(crate) RuleCode);

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Code, D::Error> {
        let s = String::deserialize(d)?;
        RuleCode::from_str(&s)
            .map(Code)
            .map_err(serde::de::Error::custom)
    }
}

/// A configuration file that cannot be used.
#[derive(Debug)]
pub(crate) struct ConfigError {
    path: PathBuf,
    message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid configuration file {}: {}",
            self.path.display(),
            self.message
        )
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses the text of a configuration file.
    pub(crate) fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            message: e.to_string().trim_end().to_owned(),
        })
    }

    /// Reads `explicit` when given (it must exist), else `convocheck.toml` in the current
    /// directory when there is one, else the empty configuration.
    pub(crate) fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let (path, required) = match explicit {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from(FILE_NAME), false),
        };
        match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| ConfigError {
                    path: path.clone(),
                    message: "expected UTF-8 text, found invalid bytes".into(),
                })?;
                Config::parse(&path, &text)
            }
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
                Ok(Config::default())
            }
            Err(e) => Err(ConfigError {
                path,
                message: e.to_string(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_select_ignore_and_severity() {
        let c = Config::parse(
            Path::new("c.toml"),
            "select = [\"basis-missing\", \"purpose-missing\"]\nignore = [\"lawyer-exception\"]\n\n[severity]\nmeeting-date-missing = \"error\"\n",
        )
        .unwrap();
        assert_eq!(
            c.select,
            Some(vec![
                Code(RuleCode::BasisMissing),
                Code(RuleCode::PurposeMissing)
            ])
        );
        assert_eq!(c.ignore, vec![Code(RuleCode::LawyerException)]);
        assert_eq!(
            c.severity.get(&Code(RuleCode::MeetingDateMissing)),
            Some(&Severity::Error)
        );
        assert_eq!(
            Config::parse(Path::new("e.toml"), "").unwrap(),
            Config::default()
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = Config::parse(
            Path::new("c.toml"),
            "ignore = [\"lawyer-exception\"]\nselect = [\"nope\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("c.toml"), "{e}");
        assert!(e.contains("line 2"), "{e}");
        assert!(e.contains("basis-missing"), "{e}");
        let e = Config::parse(Path::new("c.toml"), "select = [\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line"), "{e}");
        let e = Config::parse(Path::new("c.toml"), "sellect = []\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("sellect"), "{e}");
        let e = Config::parse(
            Path::new("c.toml"),
            "[severity]\nbasis-missing = \"fatal\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("line 2"), "{e}");
    }
}
