//! `--format human`: each letter's verdict, then its findings rendered like compiler
//! diagnostics (annotate-snippets), then a one-line summary over the run.

use std::io::{self, Write};

use annotate_snippets::renderer::{AnsiColor, Effects, Style};
use annotate_snippets::{Level, Message, Renderer, Snippet};
use convocheck::{
    ErrorRecord, Evidence, Finding, Language, MessageLang, Report, RuleCode, Severity, Verdict,
};

use super::Tally;

/// Lines of context allowed between two pieces of evidence shown in one snippet.
const MERGE_GAP: usize = 2;
/// At most this many pieces of evidence are shown per finding.
const MAX_EVIDENCE: usize = 6;
/// At most this many codes are named in the summary.
const TOP_CODES: usize = 5;

/// The human renderer: colours or not, and the language of its own words (`None`: each
/// letter's language).
#[derive(Debug)]
pub(crate) struct Human {
    renderer: Renderer,
    color: bool,
    lang: Option<MessageLang>,
}

impl Human {
    pub(crate) fn new(color: bool, lang: Option<MessageLang>) -> Human {
        Human {
            renderer: if color {
                Renderer::styled()
            } else {
                Renderer::plain()
            },
            color,
            lang,
        }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_owned()
        }
    }

    /// The language for a letter in `language`.
    fn lang_for(&self, language: Language) -> MessageLang {
        self.lang.unwrap_or(match language {
            Language::Fr => MessageLang::Fr,
            _ => MessageLang::En,
        })
    }

    /// Renders one report; `text` is the decoded letter its evidence points into (without
    /// it, findings are rendered without the letter's lines).
    pub(crate) fn report(
        &self,
        out: &mut dyn Write,
        report: &Report,
        text: Option<&str>,
    ) -> io::Result<()> {
        let lang = self.lang_for(report.language);
        let source = clean(report.source.as_deref().unwrap_or("-"));
        let (verdict, style) = verdict_words(report.verdict, lang);
        let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
        let counts = counts_words(
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
            lang,
        );
        let language = crate::render::csv::name(&report.language);
        writeln!(
            out,
            "{}: {} ({language}; {counts})",
            self.paint(Style::new().effects(Effects::BOLD), &source),
            self.paint(style, verdict),
        )?;
        if report.findings.is_empty() {
            writeln!(out)?;
        }
        for finding in &report.findings {
            self.finding(out, &source, finding, text, lang)?;
        }
        Ok(())
    }

    fn finding(
        &self,
        out: &mut dyn Write,
        source: &str,
        finding: &Finding,
        text: Option<&str>,
        lang: MessageLang,
    ) -> io::Result<()> {
        let level = level(finding.severity);
        let title = clean(&finding.message);
        let code = finding.code.as_str();
        let clusters = text
            .map(|t| clusters(t, &finding.evidence))
            .unwrap_or_default();
        let shown: usize = clusters.iter().map(|c| c.spans.len()).sum();
        let more = finding.evidence.len().saturating_sub(shown);
        let more_note = (more > 0).then(|| match lang {
            MessageLang::Fr => format!("et {more} autre(s) passage(s) de la lettre"),
            _ => format!("and {more} more passage(s) of the letter"),
        });
        let reference = clean(&finding.legal_reference);

        let mut message: Message<'_> = level.title(&title).id(code);
        for cluster in &clusters {
            let snippet = Snippet::source(&cluster.source)
                .line_start(cluster.line)
                .origin(source)
                .annotations(cluster.spans.iter().map(|s| level.span(s.clone())));
            message = message.snippet(snippet);
        }
        if let Some(note) = &more_note {
            message = message.footer(Level::Note.title(note));
        }
        if !reference.is_empty() {
            message = message.footer(Level::Note.title(&reference));
        }
        if let Some(help) = help(finding.code, lang) {
            message = message.footer(Level::Help.title(help));
        }
        let rendered = self.renderer.render(message).to_string();
        writeln!(out, "{rendered}\n")
    }

    /// Renders an input that could not be analyzed.
    pub(crate) fn error(&self, out: &mut dyn Write, error: &ErrorRecord) -> io::Result<()> {
        let lang = self.lang.unwrap_or(MessageLang::En);
        let source = clean(error.source.as_deref().unwrap_or("-"));
        let word = match lang {
            MessageLang::Fr => "illisible",
            _ => "unreadable",
        };
        writeln!(
            out,
            "{}: {}",
            self.paint(Style::new().effects(Effects::BOLD), &source),
            self.paint(AnsiColor::Red.on_default().effects(Effects::BOLD), word),
        )?;
        let kind = crate::render::csv::name(&error.error.kind);
        let title = clean(&error.error.message);
        let message = Level::Error.title(&title).id(&kind);
        let rendered = self.renderer.render(message).to_string();
        writeln!(out, "{rendered}\n")
    }

    /// Renders the one-line summary and the most frequent codes.
    pub(crate) fn summary(&self, out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
        let lang = self.lang.unwrap_or(MessageLang::En);
        let line = match lang {
            MessageLang::Fr => format!(
                "{} : {} conforme(s), {} non conforme(s), {} hors convocation, {} illisible(s).",
                plural(tally.inputs(), "lettre vérifiée", "lettres vérifiées"),
                tally.compliant,
                tally.non_compliant,
                tally.not_a_convocation,
                tally.unreadable,
            ),
            _ => format!(
                "{}: {} compliant, {} non-compliant, {} not a convocation, {} unreadable.",
                plural(tally.inputs(), "letter checked", "letters checked"),
                tally.compliant,
                tally.non_compliant,
                tally.not_a_convocation,
                tally.unreadable,
            ),
        };
        writeln!(
            out,
            "{}",
            self.paint(Style::new().effects(Effects::BOLD), &line)
        )?;
        let top = tally.top_codes(TOP_CODES);
        if !top.is_empty() {
            let list: Vec<String> = top.iter().map(|(c, n)| format!("{c} ({n})")).collect();
            let head = match lang {
                MessageLang::Fr => "Codes les plus fréquents :",
                _ => "Most frequent codes:",
            };
            writeln!(out, "{head} {}.", list.join(", "))?;
        }
        Ok(())
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
    }
}

fn verdict_words(verdict: Verdict, lang: MessageLang) -> (&'static str, Style) {
    let red = AnsiColor::Red.on_default().effects(Effects::BOLD);
    let green = AnsiColor::Green.on_default().effects(Effects::BOLD);
    let plain = Style::new().effects(Effects::BOLD);
    match (verdict, lang) {
        (Verdict::Compliant, MessageLang::Fr) => ("conforme", green),
        (Verdict::Compliant, _) => ("compliant", green),
        (Verdict::NonCompliant, MessageLang::Fr) => ("non conforme", red),
        (Verdict::NonCompliant, _) => ("non-compliant", red),
        (Verdict::NotAConvocation, MessageLang::Fr) => ("pas une convocation", plain),
        (Verdict::NotAConvocation, _) => ("not a convocation", plain),
    }
}

fn counts_words(errors: usize, warnings: usize, infos: usize, lang: MessageLang) -> String {
    match lang {
        MessageLang::Fr => format!(
            "{}, {}, {}",
            plural(errors, "erreur", "erreurs"),
            plural(warnings, "avertissement", "avertissements"),
            plural(infos, "info", "infos")
        ),
        _ => format!(
            "{}, {}, {}",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings"),
            plural(infos, "info", "infos")
        ),
    }
}

/// A run of the letter's lines holding one or more pieces of evidence.
#[derive(Debug, PartialEq)]
struct Cluster {
    /// The lines, control characters blanked (same byte length).
    source: String,
    /// The 1-based number of the first line.
    line: usize,
    /// The evidence spans, relative to `source`.
    spans: Vec<std::ops::Range<usize>>,
}

/// Groups the evidence into snippets of whole lines. Evidence whose offsets do not fit
/// `text` is left out (never a panic).
fn clusters(text: &str, evidence: &[Evidence]) -> Vec<Cluster> {
    let mut ev: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| {
            e.start <= e.end
                && e.end <= text.len()
                && text.is_char_boundary(e.start)
                && text.is_char_boundary(e.end)
        })
        .collect();
    ev.sort_by_key(|e| (e.start, e.end));
    ev.truncate(MAX_EVIDENCE);
    let mut groups: Vec<Group> = Vec::new();
    for e in ev {
        let (start, end) = trimmed(text, e.start, e.end);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let line_end = if text[..line_end].ends_with('\r') {
            line_end - 1
        } else {
            line_end
        };
        let first = text[..start].matches('\n').count() + 1;
        let last = first + text[start..end].matches('\n').count();
        match groups.last_mut() {
            Some(g) if first <= g.last + MERGE_GAP + 1 => {
                g.to = g.to.max(line_end);
                g.last = g.last.max(last);
                g.spans.push((start, end));
            }
            _ => groups.push(Group {
                from: line_start,
                to: line_end.max(line_start),
                first,
                last,
                spans: vec![(start, end)],
            }),
        }
    }
    groups
        .into_iter()
        .map(|g| Cluster {
            source: blank_controls(&text[g.from..g.to]),
            line: g.first,
            spans: g
                .spans
                .into_iter()
                .map(|(s, e)| s - g.from..(e - g.from).min(g.to - g.from))
                .collect(),
        })
        .collect()
}

/// A cluster being built: byte range of its lines, their numbers, the evidence spans.
struct Group {
    from: usize,
    to: usize,
    first: usize,
    last: usize,
    spans: Vec<(usize, usize)>,
}

/// The evidence range without surrounding white space; an empty range is widened to the
/// next character so that it can be underlined.
fn trimmed(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        start += lead;
        end -= trail;
    }
    if start == end {
        if let Some(c) = text[start..]
            .chars()
            .next()
            .filter(|c| *c != '\n' && *c != '\r')
        {
            end = start + c.len_utf8();
        }
    }
    (start, end)
}

/// Replaces control characters (but tabs and line breaks) with `?`, byte for byte, so
/// that a letter cannot drive the terminal and offsets stay valid.
fn blank_controls(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let n = if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                c.len_utf8()
            } else {
                0
            };
            let keep = (n == 0).then_some(c);
            keep.into_iter().chain(std::iter::repeat_n('?', n))
        })
        .collect()
}

/// One line, without control characters or line breaks.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// What to ask the sender, for each code, in French and English.
pub(crate) fn help(code: RuleCode, lang: MessageLang) -> Option<&'static str> {
    let (fr, en) = match code {
        RuleCode::BasisMissing => (
            "demandez quelle loi, quel décret, quelle ordonnance ou quelle autorisation motivée du procureur du Roi organise cette concertation de cas",
            "ask which law, decree or ordinance, or which reasoned authorisation of the public prosecutor, organizes this case consultation",
        ),
        RuleCode::BasisOnly458ter => (
            "l'art. 458ter ne suffit pas à lui seul : demandez quelle loi, quel décret, quelle ordonnance ou quelle autorisation motivée du procureur du Roi organise cette concertation",
            "art. 458ter alone does not organize a consultation: ask which law, decree or ordinance, or which reasoned authorisation of the public prosecutor, organizes this one",
        ),
        RuleCode::BasisNotQualifying => (
            "une circulaire, un protocole ou une charte ne suffit pas : demandez la loi, le décret, l'ordonnance ou l'autorisation motivée du procureur du Roi sur laquelle la concertation repose",
            "a circular, protocol or charter is not enough: ask for the law, decree or ordinance, or the prosecutor's reasoned authorisation, the consultation rests on",
        ),
        RuleCode::ParticipantsMissing => (
            "demandez qui participera à la concertation : quels services, quelles fonctions",
            "ask who will take part in the consultation: which services and which functions",
        ),
        RuleCode::PurposeMissing => (
            "demandez à laquelle des finalités permises la concertation répond : protéger l'intégrité physique ou psychique d'une personne, prévenir des infractions terroristes ou des infractions commises dans le cadre d'une organisation criminelle",
            "ask which permitted purpose the consultation serves: protecting someone's physical or psychological integrity, or preventing terrorist offences or offences of a criminal organization",
        ),
        RuleCode::PurposeNotPermitted => (
            "demandez que cette finalité soit retirée : le secret professionnel ne peut être levé que pour les finalités que permet l'art. 458ter",
            "ask the sender to drop this purpose: professional secrecy may be set aside only for the purposes art. 458ter permits",
        ),
        RuleCode::ModalitiesMissing => (
            "demandez quand, où et comment la concertation aura lieu, et comment les informations échangées seront consignées",
            "ask when, where and how the consultation will take place, and how what is shared will be recorded",
        ),
        RuleCode::ParticipationPresentedAsMandatory => (
            "demandez confirmation que votre participation est libre : l'art. 458ter vous autorise à partager un secret, il ne vous oblige pas à venir",
            "ask the sender to confirm that taking part is voluntary: art. 458ter allows you to share secrets, it does not oblige you to attend",
        ),
        RuleCode::DisclosurePresentedAsMandatory => (
            "demandez confirmation que vous restez seul juge de ce que vous partagez : l'art. 458ter permet de parler, il n'y oblige jamais",
            "ask the sender to confirm that what you share is up to you: art. 458ter permits disclosure, it never requires it",
        ),
        RuleCode::AuthorizationNotReasoned => (
            "demandez une copie de l'autorisation du procureur du Roi et si elle est motivée",
            "ask for a copy of the prosecutor's authorisation and whether it is reasoned",
        ),
        RuleCode::BasisImplementingActOnly => (
            "demandez sur quelle loi, quel décret ou quelle ordonnance repose l'arrêté invoqué",
            "ask which law, decree or ordinance the implementing act rests on",
        ),
        RuleCode::ParticipantsOpenEnded => (
            "demandez la liste fermée des participants : qui exactement entendra ce que vous direz",
            "ask for the closed list of participants: who exactly will hear what you share",
        ),
        RuleCode::MeetingDateMissing => (
            "demandez la date de la réunion",
            "ask for the date of the meeting",
        ),
        RuleCode::MeetingPlaceMissing => (
            "demandez où la réunion aura lieu, ou par quel moyen à distance",
            "ask where the meeting takes place, or by which remote means",
        ),
        RuleCode::SecrecyReminderMissing => (
            "demandez confirmation que tous les participants sont tenus au secret sur ce qui sera partagé",
            "ask the sender to confirm that every participant is bound to secrecy about what is shared",
        ),
        RuleCode::UseLimitationMissing => (
            "demandez confirmation que les secrets partagés ne pourront fonder des poursuites que pour les infractions pour lesquelles la concertation est organisée",
            "ask the sender to confirm that secrets shared may lead to prosecution only for the offences the consultation was organized for",
        ),
        RuleCode::OptionalityNotStated => (
            "demandez confirmation que vous êtes libre de participer et de décider de ce que vous partagez",
            "ask the sender to confirm that you are free to take part and free to decide what you share",
        ),
        RuleCode::PersonConcernedNotMentioned => (
            "demandez si la personne concernée est informée de la concertation ou peut y être entendue",
            "ask whether the person concerned is informed of the consultation or may be heard",
        ),
        RuleCode::LawyerException => (
            "un avocat ne peut rien révéler qui puisse mener à des poursuites contre son client : vérifiez ce que vous pouvez partager",
            "a lawyer may not disclose anything that could lead to the prosecution of the client: check what you may share",
        ),
        RuleCode::NotAConvocation => (
            "rien à demander : ce texte ne convoque personne à une concertation de cas",
            "nothing to ask: the text does not summon anyone to a case consultation",
        ),
        _ => return None,
    };
    Some(match lang {
        MessageLang::Fr => fr,
        _ => en,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(text: &str, start: usize, end: usize) -> Evidence {
        let line = text[..start].matches('\n').count() + 1;
        Evidence {
            start,
            end,
            line,
            column: 1,
            text: text[start..end].to_owned(),
        }
    }

    #[test]
    fn every_code_has_help_in_both_languages() {
        for rule in convocheck::registry() {
            for lang in [MessageLang::Fr, MessageLang::En] {
                let h =
                    help(rule.code, lang).unwrap_or_else(|| panic!("no help for {}", rule.code));
                assert!(h.len() > 20, "{h}");
            }
        }
    }

    #[test]
    fn evidence_close_together_shares_a_snippet() {
        let text = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\n";
        let two = text.find("two").unwrap();
        let three = text.find("three").unwrap();
        let nine = text.find("nine").unwrap();
        let got = clusters(
            text,
            &[
                ev(text, nine, nine + 4),
                ev(text, two, two + 3),
                ev(text, three, three + 5),
            ],
        );
        assert_eq!(
            got,
            [
                Cluster {
                    source: "two\nthree".into(),
                    line: 2,
                    spans: vec![0..3, 4..9]
                },
                Cluster {
                    source: "nine".into(),
                    line: 9,
                    spans: std::iter::once(0..4).collect()
                },
            ]
        );
    }

    #[test]
    fn bad_offsets_are_left_out_and_crlf_trimmed() {
        let text = "é\r\nabc\r\n";
        let a = text.find('a').unwrap();
        let bad = Evidence {
            start: 1,
            end: 2,
            line: 1,
            column: 1,
            text: String::new(),
        };
        let past = Evidence {
            start: 5,
            end: 99,
            line: 1,
            column: 1,
            text: String::new(),
        };
        let got = clusters(text, &[bad, past, ev(text, a, a + 5)]);
        assert_eq!(
            got,
            [Cluster {
                source: "abc".into(),
                line: 2,
                spans: std::iter::once(0..3).collect()
            }]
        );
    }

    #[test]
    fn controls_are_blanked_byte_for_byte() {
        let s = "a\u{1b}[31mb\u{85}c\td\n";
        let b = blank_controls(s);
        assert_eq!(b.len(), s.len());
        assert_eq!(b, "a?[31mb??c\td\n");
    }

    #[test]
    fn renders_a_finding_under_its_line() {
        let text = "Madame,\nVous êtes tenue de venir.\n";
        let start = text.find("tenue").unwrap();
        let finding = Finding {
            code: RuleCode::ParticipationPresentedAsMandatory,
            severity: Severity::Error,
            element: convocheck::Element::Statements,
            message: "obligatoire".into(),
            legal_reference: "art. 458ter C. pén.".into(),
            evidence: vec![ev(text, start, start + 5)],
        };
        let human = Human::new(false, Some(MessageLang::En));
        let mut out = Vec::new();
        human
            .finding(&mut out, "l.txt", &finding, Some(text), MessageLang::En)
            .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.starts_with("error[participation-presented-as-mandatory]: obligatoire\n"),
            "{out}"
        );
        assert!(out.contains("--> l.txt:2:11"), "{out}");
        assert!(out.contains("2 | Vous êtes tenue de venir."), "{out}");
        assert!(out.contains("^^^^^"), "{out}");
        assert!(out.contains("= note: art. 458ter C. pén."), "{out}");
        assert!(out.contains("= help: ask the sender to confirm"), "{out}");
    }
}
