//! Inputs that once crashed the analyzer or broke a span, found by the property tests or the
//! fuzzer, each run through the fuzz targets' checks (plain text and Markdown). Named after
//! what they reproduce.

mod common;

use convocheck::Analyzer;

/// Analyzes `s` as text and as Markdown, as a string and as UTF-8 bytes, and checks every
/// span and the verdict.
fn check(s: &str) {
    for md in [false, true] {
        let analyzer = Analyzer::new().markdown(md);
        let report = analyzer.analyze(s);
        let problems = common::span_problems(&report, s);
        assert!(
            problems.is_empty(),
            "markdown={md}: {}",
            problems.join("\n")
        );
        assert_eq!(common::evidence::verdict_problem(&report), None);
        if let Ok(report) = analyzer.analyze_bytes(s.as_bytes()) {
            let text = common::decode::decode_as(s.as_bytes(), report.encoding);
            let problems = common::span_problems(&report, &text);
            assert!(
                problems.is_empty(),
                "bytes, markdown={md}: {}",
                problems.join("\n")
            );
        }
    }
}

/// Analyzes `bytes` as text and as Markdown and checks every span against the decoded text.
fn check_bytes(bytes: &[u8]) {
    for md in [false, true] {
        if let Ok(report) = Analyzer::new().markdown(md).analyze_bytes(bytes) {
            let text = common::decode::decode_as(bytes, report.encoding);
            let problems = common::span_problems(&report, &text);
            assert!(
                problems.is_empty(),
                "markdown={md}: {}",
                problems.join("\n")
            );
            assert_eq!(common::evidence::verdict_problem(&report), None);
        }
    }
}

/// `is_police_report` sliced the folded text 20 bytes after "proces-verbal" inside a
/// multi-byte character (src/extract/modalities.rs).
#[test]
fn r_police_report_lookahead_inside_a_char() {
    check("un procès-verbal -\nsera rédigéઓ\u{10d8e}");
}

/// A basis title's look-ahead (`hit.end + 80`) ended inside a multi-byte character
/// (src/extract/basis.rs).
#[test]
fn r_basis_title_lookahead_inside_a_char() {
    check(
        "de\u{301}cret du 12 mai 2004 relatif à l'aide aux enfants victimes de maltraitance\
         *circulaire COL 4/2018*\u{fbea}",
    );
}

/// A purpose's look-behind (`hit.start - 40`) started inside a multi-byte character
/// (src/extract/purposes.rs).
#[test]
fn r_purpose_lookbehind_inside_a_char() {
    check("\u{1affd}꠰각A \u{fffc}a \u{ffe0}0¡pre\u{301}venir des infractions terroristes ");
    check("\u{2ebf0}Ⱥ\u{101a0}a0 Aa_maison de justice_ ~~to coordinate follow-up~~");
}

/// The place's end was searched with a look-ahead window ending inside a multi-byte character
/// (Windows-1252 `‚` decodes to 3 bytes; src/extract/modalities.rs, `PLACE_STOP`). Found by
/// the `analyze_text` fuzz target.
#[test]
fn r_place_end_window_inside_a_char() {
    check_bytes(
        b"e au service d organising d\xff\xff\x22sseeaca\xff\x82ca\xff\xff\x82a\x82c\x82a\x82caca\
          \xff\x82a\x82ca\xff\x82a\x82ca\xff\xff\x82a\x82ca\xff\xff\x82a\x82caa\xff\xff\x82a\x82ca\
          \x82a\x82caa\xff\xff\x82a\x82caa\xff\xff\x82a\x82caca\xff\x82a\x82ca\xff\x82a\x82caa\
          \xff\xff\x82a\x82ca\xff\xff\x82a\x82caa\xff\xff\x82a\x82ca",
    );
    // Mostly UTF-8: each stray \xa9 decodes to U+FFFD (3 bytes).
    check_bytes(
        b"E 5 juin \xc3\xa0 9h salle 1 \xa9p\xa9p\xa9p\xa9pp\xa9\xa9p\xc3\xa9\xa9p. \xa9\xa9p\xa9p. \
          p\xa9p\xa9p\xa9pp\xa9p\xa9p\xa9p\xa9p\xa9pp\xa9p\xa9p\xa9p\xa9p\xa9pp\xc3\xa9p\xa9p\xa9p\
          \xa9p\xa9p\xa9p\xa9p\xa9p\xa9p. p\xc3\xa9p\xa9p\xa9pp\xa9pp\xa9p\xa9p\xa9p\xa9p\xa9p. \
          p\xc3\xa9p\xa9p\xa9p\xa9p\xa9p\xa9pp\xa9p\xa9p\xa9p. p\xc3\xa9p\xa9p\xa9p\xa9p\xa9p\xa9p",
    );
}

/// A place range came out reversed (`begin > end`) in `trim_range` on this Markdown letter
/// (src/extract/modalities.rs). Found by the property test
/// `prepending_a_paragraph_shifts_every_markdown_span`.
#[test]
fn r_place_range_reversed_in_markdown() {
    let s = "Act\nof\n30\nJuly\n2018\nestablishing\nlocal\nintegral\nsecurity\ncellsvous \
             e\u{302}tes tenu d'assister a\u{300} la re\u{301}unionconcertation de cas\
             **« Êtes-vous obligé de venir ? »**at the town hall, council roomAll participants \
             are bound by professional secrecy.concertation de cas";
    check(s);
    check(&format!("é\n\n{s}"));
}

/// Without a salutation, the head of a letter once ended at folded byte 1,500 exactly: a
/// word across it was cut ("avocat|e") and whether the addressee was a lawyer depended on
/// where the text began (found by the prepend-a-line property test). The head now ends
/// with the line holding that byte.
#[test]
fn r_head_without_salutation_ends_with_a_line() {
    let filler = "Ligne de texte neutre sans objet.\n".repeat(44); // 1,496 bytes
    let lawyer_line = "Copie a Maitre Dupont, avocate de la famille.\n";
    let later_line = "Autre ligne: Maitre Durand, avocate.\n";
    let is_lawyer = |text: &str| {
        check(text);
        let report = Analyzer::new().analyze(text);
        let evidence = report.addressee.evidence.as_ref().map(|e| e.text.clone());
        (report.addressee.is_lawyer, evidence)
    };
    // The line holding byte 1,500 is read whole, whatever comes before it.
    let text = format!("{filler}{lawyer_line}{}", "Fin.\n".repeat(40));
    assert_eq!(filler.len(), 1_496);
    for prefix in ["", "é\n", "x\n"] {
        let (lawyer, evidence) = is_lawyer(&format!("{prefix}{text}"));
        assert!(lawyer, "prefix {prefix:?}");
        assert_eq!(evidence.as_deref(), Some("Maitre D"), "prefix {prefix:?}");
    }
    // Near miss: the same words on a later line are not in the head.
    let text = format!("{filler}Fin de la ligne.\n{later_line}");
    assert_eq!(is_lawyer(&text), (false, None));
}
