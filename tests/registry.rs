//! The rule registry against the fixtures: every rule has its documentation, both
//! messages, and at least one fixture letter that fires it and one that does not.

mod common;

use std::collections::BTreeMap;

use convocheck::{registry, RuleCode};

#[test]
fn every_rule_is_documented_and_exercised_by_the_fixtures() {
    let root = common::gold::fixtures_root();
    let (corpus, problems) = common::analyze_corpus(&root);
    assert!(problems.is_empty(), "{problems:?}");
    let reports: Vec<_> = corpus
        .iter()
        .filter_map(|a| a.report.as_ref().ok())
        .map(|(r, _)| r)
        .collect();
    assert!(
        reports.len() >= 80,
        "expected at least 80 fixture letters, found {}",
        reports.len()
    );

    let mut fired: BTreeMap<RuleCode, usize> = BTreeMap::new();
    for report in &reports {
        let mut codes: Vec<RuleCode> = report.findings.iter().map(|f| f.code).collect();
        codes.sort();
        codes.dedup();
        for code in codes {
            *fired.entry(code).or_default() += 1;
        }
    }

    let mut missing = Vec::new();
    for rule in registry() {
        let n = fired.get(&rule.code).copied().unwrap_or(0);
        assert!(
            !rule.doc.trim().is_empty(),
            "{}: no documentation",
            rule.code
        );
        assert!(
            !rule.title_en.is_empty() && !rule.title_fr.is_empty(),
            "{}: a title is missing",
            rule.code
        );
        assert!(
            !rule.statute_fr.is_empty() && !rule.statute_nl.is_empty(),
            "{}: a statute text is missing",
            rule.code
        );
        if n == 0 {
            missing.push(format!("{}: no fixture fires it", rule.code));
        }
        if n == reports.len() {
            missing.push(format!(
                "{}: every fixture fires it (no near miss)",
                rule.code
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
