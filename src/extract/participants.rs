//! Participants: who the letter says takes part, and whether unnamed others may join.
//!
//! ## What counts
//!
//! A role is counted only inside a *participants scope*:
//! - a list under a label or heading ("Participants :", "## Participants", "Invités :",
//!   "Attendees:"), through the lines that follow it up to the end of the list;
//! - a sentence with a participation verb in the third person ("participeront", "seront
//!   présents", "présidée par", "will attend", "have been invited", "chaired by"), and the
//!   list it introduces when it ends with a colon.
//!
//! So a letterhead, a signature or a contact person does not make a participant, and
//! neither does the sender inviting "you" ("la zone de police vous invite"). The lines
//! that address the letter ("To:", "Cc:", « À : » in its head, a "cc :" list under its
//! signature) count only when no scope names anyone and they name at least two roles:
//! a convocation sent to several services convenes them. Roles named inside an
//! instrument's citation ("autorisation du procureur du Roi") are not participants
//! either.

use std::ops::Range;
use std::sync::LazyLock;

use super::{negation, Ctx};
use crate::document::lines::split_lines;
use crate::lang::{en, fr};
use crate::lexicon::{compile_any, compile_one, Lexicon, Pattern};
use crate::report::{Participant, Participants, Role};
use crate::segment::{self, RegionKind};

/// What a participants cue means.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A participant of this role (an institution or a role that is its own).
    Role(Role),
    /// A profession of this role ("psychologue", "social worker"): yields to the
    /// institution named in the same item ("Mme X, psychologue, centre PMS" is education).
    Profession(Role),
    /// A label that introduces a list of participants.
    ListLabel,
    /// A participation verb.
    Verb,
    /// A label whose own line names one participant ("Présidence : Dr X", "Chair: Ms Y").
    LineLabel,
}

pub(crate) static ROLES: LazyLock<Lexicon<Cue>> =
    LazyLock::new(|| Lexicon::new(&[fr::participants::ROLES, en::participants::ROLES]));
pub(crate) static SCOPES: LazyLock<Lexicon<Cue>> =
    LazyLock::new(|| Lexicon::new(&[fr::participants::SCOPES, en::participants::SCOPES]));
pub(crate) static OPEN_ENDED: LazyLock<Pattern> =
    LazyLock::new(|| compile_any(&[fr::participants::OPEN_ENDED, en::participants::OPEN_ENDED]));
/// The addressee listed among the participants ("vous-même", "yourself", "and you").
pub(crate) static SELF: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:vous-memes?|toi-meme|toi\b|yourself|yourselves|(?:et|and) (?:vous|you)\b|(?:vous|you) \([a-z]|(?:vous|you),? (?:as|en tant|en qualite|pour|for|in your)\b|you as\b|(?:your|votre) (?:service|team|centre|center|school|ecole|equipe|institution|organi[sz]ation))",
    )
});
/// A participant named earlier in the letter ("Mme X, précitée"): its role is not known here.
pub(crate) static PREVIOUSLY_NAMED: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:precitee?s?|susmentionnee?s?|deja citee?s?|aforementioned|above-mentioned|mentioned above)\b",
    )
});

/// The sender listed among the participants ("moi-même", "notre service", "the undersigned").
pub(crate) static SENDER_SELF: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:moi-meme|moi meme|et moi\b|moi pour|me, |and me\b|: me\b|myself|nous-memes|ourselves|(?:le|la) soussignee?|the undersigned|(?:notre|mon) (?:service|equipe|cellule|unite|centre|section)|(?:our|my) (?:service|team|unit|centre|center|section|office))\b",
    )
});

/// Lines of the head that address the letter ("À :", "To:", "Madame X", "Ms X").
pub(crate) static ADDRESS_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:^|\n)(?:a ?[:|]|to ?[:|]|a l'attention d|(?:to|for) the attention of|a (?:madame|monsieur|mme |m\. |maitre|me |docteur|dr\.? )|attention ?:|attn|destinataire|madame|monsieur|mme |m\. |mr\.? |mrs\.? |ms\.? |dr\.? |me |maitre|docteur|doctor)[^\n]*(?:\n[^\n]+){0,3}",
    )
});
/// The addressees and the sender named as one group: "to bring the three of us together",
/// "you both", « vous deux », « nous trois » (not « tous les trois », which may be "every
/// three").
pub(crate) static GROUP_OF_US: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:the (?:two|three|four|five) of us|all (?:three|four|five) of us|(?:you|both of) you (?:both|two)|you both|vous (?:deux|trois|quatre)|nous (?:trois|quatre|cinq))\b",
    )
});
pub(crate) static SALUTATION: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:^|\n)(?:madame|monsieur|mesdames|messieurs|cher|chere|chers|cheres|dear|bonjour|hello|geachte|beste)(?:\b[^\n]{0,40}[,!:]|) *(?:\n|$)",
    )
});

pub(crate) static OPEN_ENDED_IN_SCOPE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_any(&[
        fr::participants::OPEN_ENDED_IN_SCOPE,
        en::participants::OPEN_ENDED_IN_SCOPE,
    ])
});

/// A group described rather than listed ("the professionals concerned by E.'s situation"):
/// open-ended only when no list under a label names anyone.
pub(crate) static DESCRIBED_GROUP: LazyLock<Pattern> = LazyLock::new(|| {
    compile_any(&[
        fr::participants::DESCRIBED_GROUP,
        en::participants::DESCRIBED_GROUP,
    ])
});

/// A terse note that opens a line with the meeting and lists who comes with "with" /
/// "avec": "Case consultation (art. 458ter) next Tuesday, room 0.03, with the CPAS, the
/// school and our youth unit", "Concertation de cas jeudi 5/3, 14h, avec le parquet, …".
/// Read in code rather than as a cue: a cue would need a wide gap between the two.
pub(crate) static TERSE_OPENER: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:concertation(?: de cas)?|concert\.(?: de)? cas\b|cc (?:de cas|458 ?ter)|case consult|reunion|case consultation|consultation|meeting|casusoverleg|csil(?:-r)?|lisc(?:-r)?)\b",
    )
});
/// See [`TERSE_OPENER`].
pub(crate) static TERSE_WITH: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r",? (?:with (?:the|our|her|his|their|your|mrs?\.?|ms\.?|dr\.?)|avec (?:le|la|les|l'|notre|nos|son|sa|ses|leur|leurs|votre|vos|mme|m\.|madame|monsieur|dr\.?|docteur|maitre|me))\b",
    )
});

/// The part of `block` nested under the bullet whose line begins at folded offset `title`:
/// up to the first line indented no further than the title in the original text.
fn nested_under(cx: &Ctx<'_>, title: usize, block: Range<usize>) -> Option<Range<usize>> {
    let text = cx.doc.text;
    let indent = |folded: usize| {
        let o = segment::floor_char(text, cx.doc.folded.orig_start(folded).min(text.len()));
        let line = text[..o].rfind('\n').map_or(0, |p| p + 1);
        text[line..]
            .chars()
            .take_while(|&c| !matches!(c, '\n' | '\r') && c.is_whitespace())
            .count()
    };
    let own = indent(title);
    let f = cx.f();
    // Not nested (a numbered section's title over its list at the same margin): as is.
    if indent(block.start) <= own {
        return Some(block);
    }
    let mut at = block.start;
    for line in f[block.clone()].split_inclusive('\n') {
        if !line.trim().is_empty() && indent(at) <= own {
            break;
        }
        at += line.len();
    }
    let end = f[block.start..at].trim_end().len() + block.start;
    (end > block.start).then_some(block.start..end)
}

/// True when two evidence texts are the same words, whatever white space (a no-break
/// space, a line break), case, composition of accents or soft hyphens set them apart: one
/// participant named twice is one entry.
fn same_words(a: &str, b: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    // Each word after one space, its letters composed and lowercased.
    fn chars(s: &str) -> impl Iterator<Item = char> + '_ {
        s.split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .flat_map(|w| std::iter::once(' ').chain(w.nfc()))
            .filter(|&c| c != '\u{ad}')
            .flat_map(char::to_lowercase)
    }
    chars(a).eq(chars(b))
}

/// Where a cue found at `at` really starts: a cue that begins with the line break before
/// its first word (`(?:^|\n)Participants:`) belongs to the line after the break, and one
/// that begins with the full stop before it, to the sentence after the stop.
fn after_break(f: &str, at: usize) -> usize {
    if f[at..].starts_with(". ") || f[at..].starts_with(".\n") {
        // "… (1st floor). With: the school": the label after the full stop.
        return at + 2;
    }
    at + usize::from(f.as_bytes().get(at) == Some(&b'\n'))
}

/// At most this many entries are kept (a hostile input cannot grow the report).
const MAX_ENTRIES: usize = 64;

pub(crate) fn extract(cx: &Ctx<'_>) -> Participants {
    let f = cx.f();
    let (scopes, blocks) = scopes(cx);
    let mut out = Participants::default();
    let excluded = [
        RegionKind::Header,
        RegionKind::Disclaimer,
        RegionKind::Unticked,
        RegionKind::Statute,
        RegionKind::StatuteParaphrase,
        RegionKind::QuotedMessage,
    ];
    out.open_ended = OPEN_ENDED
        .find_iter_in(cx.scan(), f)
        .take(100)
        .any(|m| open_at(cx, m.start(), &excluded));
    let hits: Vec<_> = ROLES.find_iter_in(cx.scan(), f).take(20_000).collect();
    for (n, hit) in hits.iter().enumerate() {
        let role = match hit.kind {
            Cue::Role(role) => role,
            Cue::Profession(role) => {
                let mut item = item_around(f, hit.start);
                // In a list under a label, a line is an item ("Wim D. (CLB)" above "Dr E.
                // (huisarts)").
                if blocks.iter().any(|b| b.contains(&hit.start)) {
                    let line = line_of(f, hit.start);
                    item = item.start.max(line.start)..item.end.min(line.end);
                }
                let institution = hits[n.saturating_sub(8)..(n + 8).min(hits.len())]
                    .iter()
                    .any(|h| {
                        matches!(h.kind, Cue::Role(r) if r != Role::Other)
                            && item.contains(&h.start)
                            && scopes.iter().any(|s| s.contains(&h.start))
                            && !cx.in_citation(h.start)
                    });
                if institution {
                    continue;
                }
                role
            }
            _ => continue,
        };
        if !scopes.iter().any(|s| s.contains(&hit.start))
            || cx.seg.in_region(hit.start, &excluded)
            || cx.in_citation(hit.start)
        {
            continue;
        }
        let evidence = cx.doc.evidence(hit.start..hit.end);
        if out
            .entries
            .iter()
            .any(|e| e.role == role && same_words(&e.evidence.text, &evidence.text))
        {
            continue;
        }
        out.entries.push(Participant { role, evidence });
        if out.entries.len() >= MAX_ENTRIES {
            break;
        }
    }
    // A list item that names a participant whose role no cue knows ("un représentant de
    // la société de logement"): other.
    for block in &blocks {
        let mut header_seen = false;
        for line in split_lines(&f[block.clone()]) {
            let offset = line.as_ptr() as usize - f.as_ptr() as usize;
            let row = line.contains(" | ");
            // The first table row is its header; a line without a bullet continues the
            // previous item (hard-wrapped text).
            if row && !std::mem::replace(&mut header_seen, true) {
                continue;
            }
            let text = line.trim_start_matches(['•', '-', '*', ' ']).trim();
            if text.len() < 4 || line.contains("---") || !(row || line.starts_with(['•', '-', '*']))
            {
                continue;
            }
            let item = offset..offset + line.len();
            let named = out.entries.iter().any(|e| {
                let at = cx.doc.folded.span(item.clone());
                e.evidence.start >= at.start && e.evidence.end <= at.end
            });
            // A row struck through and marked withdrawn ("7 | ~~Justice house~~ | removed").
            let withdrawn = line.split(|c: char| !c.is_alphanumeric()).any(|w| {
                matches!(
                    w,
                    "removed" | "withdrawn" | "retire" | "retiree" | "supprime"
                )
            });
            if named
                || withdrawn
                || PREVIOUSLY_NAMED.is_match_in(cx.scan(), line)
                || ROLES.find_iter_in(cx.scan(), line).next().is_some()
                || SELF.is_match_in(cx.scan(), line)
                || SENDER_SELF.is_match_in(cx.scan(), line)
                || OPEN_ENDED.is_match_in(cx.scan(), line)
                || OPEN_ENDED_IN_SCOPE.is_match_in(cx.scan(), line)
                || segment::is_label_line(line)
                || out.entries.len() >= MAX_ENTRIES
            {
                continue;
            }
            let start = offset + (line.len() - line.trim_start_matches(['•', '-', '*', ' ']).len());
            let end = offset + line.trim_end().len();
            if start < end {
                out.entries.push(Participant {
                    role: Role::Other,
                    evidence: cx.doc.evidence(start..end),
                });
            }
        }
    }
    // "vous-même" / "yourself" in a participants scope: the addressee's own role.
    if let Some(role) = addressee_role(cx) {
        if !out.entries.iter().any(|e| e.role == role) {
            if let Some(m) = scopes.iter().find_map(|s| {
                SELF.find_in(cx.scan(), &f[s.clone()])
                    .map(|m| s.start + m.start()..s.start + m.end())
            }) {
                out.entries.push(Participant {
                    role,
                    evidence: cx.doc.evidence(m),
                });
            }
        }
    }
    // "I'd like to bring the three of us together": every addressee of the head, and the
    // sender.
    if let Some(m) = GROUP_OF_US
        .find_iter_in(cx.scan(), f)
        .find(|m| !cx.seg.in_region(m.start(), &excluded))
    {
        for (role, r) in addressee_roles(cx) {
            if !out.entries.iter().any(|e| e.role == role) && out.entries.len() < MAX_ENTRIES {
                out.entries.push(Participant {
                    role,
                    evidence: cx.doc.evidence(r),
                });
            }
        }
        let role = sender_role(cx).unwrap_or(Role::Other);
        if !out.entries.iter().any(|e| e.role == role) && out.entries.len() < MAX_ENTRIES {
            out.entries.push(Participant {
                role,
                evidence: cx.doc.evidence(m.range()),
            });
        }
    }
    // "moi-même" / "notre service": the sender's own role (signature or letterhead).
    if let Some(m) = scopes.iter().find_map(|s| {
        SENDER_SELF
            .find_in(cx.scan(), &f[s.clone()])
            .map(|m| s.start + m.start()..s.start + m.end())
    }) {
        // A sender whose role no cue knows (a victims' centre, a shelter) is `other`.
        let role = sender_role(cx).unwrap_or(Role::Other);
        if !out.entries.iter().any(|e| e.role == role) {
            out.entries.push(Participant {
                role,
                evidence: cx.doc.evidence(m),
            });
        }
    }
    // No scope names anyone: the services the letter is sent or copied to ("À : CPAS … ;
    // AMO …" in its head, "cc : Parquet – section jeunesse …" under its signature) are those
    // it convenes, when they are at least two.
    if out.entries.is_empty() && !out.open_ended {
        let listed = recipient_roles(cx);
        let mut roles: Vec<Role> = listed.iter().map(|(r, _)| *r).collect();
        roles.sort_by_key(|r| *r as u8);
        roles.dedup();
        if roles.len() >= 2 {
            for (role, r) in listed {
                let evidence = cx.doc.evidence(r);
                if out.entries.len() < MAX_ENTRIES
                    && !out.entries.iter().any(|e| {
                        e.role == role && e.evidence.text.eq_ignore_ascii_case(&evidence.text)
                    })
                {
                    out.entries.push(Participant { role, evidence });
                }
            }
        }
    }
    // A list under a label that names someone a cue knows (looked for only when a group is
    // described).
    let listed = || {
        blocks.iter().any(|b| {
            ROLES
                .find_iter_in(cx.scan(), &f[b.clone()])
                .any(|h| !cx.seg.in_region(b.start + h.start, &excluded))
        })
    };
    for scope in &scopes {
        let open = |p: &Pattern| {
            p.find_iter_in(cx.scan(), &f[scope.clone()]).any(|m| {
                let at = scope.start + m.start();
                open_at(cx, at, &excluded)
                    && !names_who(&f[scope.start + m.end()..scope.end])
                    && !etc_of_things(cx, scope.start, at)
            })
        };
        // A group described beside a list ("the professionals involved with E.V. …" over
        // "The following will take part: …") is the list's.
        if open(&OPEN_ENDED_IN_SCOPE) || (open(&DESCRIBED_GROUP) && !listed()) {
            out.open_ended = true;
        }
    }
    out
}

/// True when the "etc" at `at` ends a list that names no role since its opening (a
/// parenthesis, a colon, its sentence's start): things, not people ("vous devez nous
/// transmettre tout ce que l'école sait (dossier disciplinaire, absences, etc.)").
fn etc_of_things(cx: &Ctx<'_>, scope_start: usize, at: usize) -> bool {
    let f = cx.f();
    if !f[at..].starts_with("etc") {
        return false;
    }
    let from = f[scope_start..at]
        .rfind(['(', ':'])
        .map_or(scope_start, |p| scope_start + p + 1)
        .max(cx.seg.sentence(at).start.min(at));
    ROLES.find_iter_in(cx.scan(), &f[from..at]).next().is_none()
}

/// True when a condition ("le cas échéant", "if necessary") goes on to name who comes:
/// "accompagné le cas échéant du coordinateur de l'équipe éducative", "if need be by the
/// school nurse". Named people are not unnamed others.
fn names_who(after: &str) -> bool {
    let rest = after.trim_start_matches([',', ' ', '\n']);
    let rest: String = rest
        .chars()
        .take(10)
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    [
        "du ", "de la ", "de l'", "d'un ", "d'une ", "par le ", "par la ", "par l'", "by the ",
        "by a ", "by an ", "by our ", "by your ",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// The addressee's role, read from the head of the letter: the address lines ("À : Mme X,
/// assistante sociale, CPAS de Y", "To: Dr Z, GP") before the salutation.
fn addressee_role(cx: &Ctx<'_>) -> Option<Role> {
    addressee_roles(cx).first().map(|(role, _)| *role)
}

/// Every role named in the head's address lines, with where it is named: the addressees
/// of a letter sent to several people ("To: Dr. A. Saleh <…>; Tom Geerts <…@cpas-…>").
fn addressee_roles(cx: &Ctx<'_>) -> Vec<(Role, Range<usize>)> {
    let f = cx.f();
    let head_end = SALUTATION
        .find_in(cx.scan(), f)
        .map_or(super::default_head_end(f, cx.doc.lead), |m| m.start());
    let end = segment::floor_char(f, head_end.min(f.len()));
    let head = &f[..end];
    let mut out = Vec::new();
    for m in ADDRESS_LINE.find_iter_in(cx.scan(), head).take(20) {
        for h in ROLES.find_iter_in(cx.scan(), &head[m.range()]).take(20) {
            if let Cue::Role(role) | Cue::Profession(role) = h.kind {
                out.push((role, m.start() + h.start..m.start() + h.end));
            }
        }
    }
    out
}

/// The sender's role: from the signature (the last lines before any disclaimer or quoted
/// message), else the letterhead or the "De :"/"From:" line.
fn sender_role(cx: &Ctx<'_>) -> Option<Role> {
    let f = cx.f();
    let own_end = cx
        .seg
        .regions
        .iter()
        .filter(|(k, _)| {
            matches!(
                k,
                RegionKind::Disclaimer | RegionKind::Unticked | RegionKind::QuotedMessage
            )
        })
        .map(|(_, r)| r.start)
        .min()
        .unwrap_or(f.len());
    let body = f[..own_end].trim_end();
    // The signature: the last four non-empty lines; the role nearest the end wins.
    let sig_start = body
        .match_indices('\n')
        .filter(|&(i, _)| body.as_bytes().get(i + 1) != Some(&b'\n'))
        .map(|(i, _)| i)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .nth(3)
        .unwrap_or(0);
    let roles_in = |r: Range<usize>| {
        ROLES
            .find_iter_in(cx.scan(), &f[r])
            .filter_map(|h| match h.kind {
                Cue::Role(role) | Cue::Profession(role) => Some(role),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    // The letterhead: the first four lines that hold a word (blank lines and stray
    // characters do not count).
    let head_end = f
        .match_indices('\n')
        .map(|(i, _)| i)
        .scan(0, |start, end| {
            let line = &f[*start..end];
            *start = end + 1;
            Some((end, line.chars().filter(|c| c.is_alphabetic()).count() >= 3))
        })
        .filter(|&(_, worded)| worded)
        .nth(3)
        .map_or(f.len(), |(end, _)| end);
    // In the letterhead, the recipients' header lines ("To:", "Cc:") name others.
    let sender_head = || {
        ROLES
            .find_iter_in(cx.scan(), &f[..head_end])
            .filter(|h| {
                let line = &f[line_of(f, h.start)];
                !RECIPIENT_LINES.iter().any(|p| line.starts_with(p))
            })
            .find_map(|h| match h.kind {
                Cue::Role(role) | Cue::Profession(role) => Some(role),
                _ => None,
            })
    };
    roles_in(sig_start..body.len())
        .last()
        .copied()
        .or_else(sender_head)
}

/// The roles named in the lines that address the letter: the recipients' header lines of
/// its head ("To:", "Cc:", "À :"), and a copy list after its body ("cc : Parquet – section
/// jeunesse", "Copie : SAJ"), each with the lines that continue it. A role inside an e-mail
/// address ("<sdc@police-zone-meuse.be>") is not counted: a domain is not a service.
fn recipient_roles(cx: &Ctx<'_>) -> Vec<(Role, Range<usize>)> {
    const COPY_LINES: &[&str] = &[
        "cc:",
        "cc :",
        "copie:",
        "copie :",
        "copies:",
        "copies :",
        "copie a:",
        "copie a :",
        "copy:",
        "copy :",
        "copies to:",
        "copies to :",
        "copy to:",
        "copy to :",
        "c.c.:",
        "c.c. :",
    ];
    let f = cx.f();
    let head_end = SALUTATION
        .find_in(cx.scan(), f)
        .map_or(super::default_head_end(f, cx.doc.lead), |m| m.start());
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_list = false;
    let mut lines = 0;
    while start < f.len() && lines < 5_000 {
        lines += 1;
        let end = f[start..].find('\n').map_or(f.len(), |i| start + i);
        let line = &f[start..end];
        let bare = line.trim_start_matches(['*', '#', '>', ' ']);
        let opens = (start < head_end && RECIPIENT_LINES.iter().any(|p| bare.starts_with(p)))
            || (start >= head_end && COPY_LINES.iter().any(|p| bare.starts_with(p)));
        if opens {
            in_list = true;
        } else if line.trim().is_empty() || segment::is_label_line(line) {
            in_list = false;
        }
        if in_list && !cx.seg.in_region(start, &[RegionKind::QuotedMessage]) {
            for h in ROLES.find_iter_in(cx.scan(), line).take(20) {
                let (Cue::Role(role) | Cue::Profession(role)) = h.kind else {
                    continue;
                };
                let token_start = line[..h.start]
                    .rfind([' ', '<', ';', ','])
                    .map_or(0, |i| i + 1);
                let token_end = line[h.end..]
                    .find([' ', '>', ';', ','])
                    .map_or(line.len(), |i| h.end + i);
                if line[token_start..token_end].contains('@') {
                    continue;
                }
                out.push((role, start + h.start..start + h.end));
            }
        }
        start = end + 1;
    }
    out
}

/// The header lines that name an e-mail's recipients, folded.
const RECIPIENT_LINES: &[&str] = &[
    "to:", "to :", "cc:", "cc :", "bcc:", "a:", "a :", "cci:", "cci :", "aan:", "aan :",
];

/// An open-ended cue at folded `at` counts unless excluded or negated in its clause.
fn open_at(cx: &Ctx<'_>, at: usize, excluded: &[RegionKind]) -> bool {
    let f = cx.f();
    if cx.seg.in_region(at, excluded) {
        return false;
    }
    let clause = segment::clause_around(f, cx.seg.sentence(at), at);
    // "brings together, to the exclusion of anyone else:", « à l'exclusion de toute autre
    // personne »: the list is closed.
    let lead = f[clause.start..at].trim_end();
    let excluding = [
        "to the exclusion of",
        "with the exclusion of",
        "excluding",
        "a l'exclusion de",
        "a l'exclusion d'",
        "a l'exclusion du",
    ]
    .iter()
    .any(|x| lead.ends_with(x));
    !excluding && !negation::negated_before(cx.scan(), f, clause.start, at)
}

/// The value of a form's field left blank (folded, without its brackets): French,
/// English, Dutch.
const BLANK_VALUES: &[&str] = &[
    "a completer",
    "a determiner",
    "a definir",
    "a preciser",
    "a confirmer",
    "a remplir",
    "to be completed",
    "to be determined",
    "to be confirmed",
    "to be defined",
    "to be filled in",
    "tbd",
    "tbc",
    "n/a",
    "in te vullen",
    "nog te bepalen",
];

/// The folded ranges where roles count as participants.
/// The participants scopes, and among them the list blocks (one item a line).
fn scopes(cx: &Ctx<'_>) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let f = cx.f();
    let mut scopes: Vec<Range<usize>> = Vec::new();
    let mut blocks: Vec<Range<usize>> = Vec::new();
    for hit in SCOPES.find_iter_in(cx.scan(), f).take(500) {
        match hit.kind {
            Cue::ListLabel => {
                // A label cue that begins at a line break belongs to the next line.
                let start = after_break(f, hit.start);
                let line = line_of(f, start);
                // A title that ends in a full stop ("3. Participants.") only after a
                // section number: not the end of a sentence.
                // Or alone on its line ("**Participants.**" in Markdown).
                if f[hit.start..hit.end].trim_end().ends_with('.')
                    && !section_number(&f[line.start..start])
                    && !f[line.start..start].trim().is_empty()
                {
                    continue;
                }
                let before = f[line.start..start].trim_matches(|c: char| !c.is_alphanumeric());
                // "Obligations des participants", "Role of participants": a heading about
                // them, not a list of them.
                if DUTY_HEADS.iter().any(|h| {
                    before
                        .strip_prefix(h)
                        .is_some_and(|rest| ["des", "of", "of the"].contains(&rest.trim()))
                }) {
                    continue;
                }
                let sentence = cx.seg.sentence(start);
                if before.len() > 24 {
                    // "Les participants : ..." inside a sentence; the list after the colon
                    // when a line break cut the label's line from it ("between the
                    // services\ninvolved: the local police, …").
                    let list = if f[hit.start..hit.end].ends_with(':') {
                        cx.seg.sentence(hit.end).end
                    } else {
                        0
                    };
                    scopes.push(start..sentence.end.max(hit.end).max(list));
                } else {
                    scopes.push(start..line.end.max(hit.end));
                }
                if f[line.clone()].trim_end().ends_with([':', '|']) || before.len() <= 24 {
                    // A label with its list on its own line ("Participants: the police, the
                    // CPAS") goes on only into the lines right after it, not past a blank
                    // line into the next paragraph.
                    let inline = !f[hit.end.min(line.end)..line.end]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .is_empty();
                    let blank_next = f.as_bytes().get(line.end + 1) == Some(&b'\n');
                    // "– Autour de la table : la pédiatre, la psychologue…" as one item of a
                    // list of topics: the list goes on only in that item's wrapped lines.
                    // "B. PARTICIPANTS (fonction / service)": a section's title, not an item.
                    let titled = section_number(&f[line.start..start]);
                    // A table's row with its value in the next cell: the rows below are
                    // other fields ("| Participants | la liste … vous sera communiquée |"
                    // over "| Date | …").
                    // (Not a table's head over its rows: "| Participant | Service |".)
                    // So is a form's field with its value inline over the form's other
                    // fields ("Participants ...... : voir liste jointe" over "Date ...... :").
                    // A form's field left blank ("| Participants invités | *(à
                    // compléter)* |"): no list here, nor in the fields below it.
                    let value = f[hit.end.min(line.end)..line.end]
                        .trim_matches(|c: char| !c.is_alphanumeric());
                    if inline && BLANK_VALUES.contains(&value) {
                        continue;
                    }
                    let row = inline && {
                        let next_start = (line.end + 1).min(f.len());
                        let next_end = f[next_start..]
                            .find('\n')
                            .map_or(f.len(), |p| next_start + p);
                        super::modalities::is_field_label(f, next_start..next_end)
                            || (!f[line.clone()].contains('|')
                                && segment::is_label_line(&f[next_start..next_end]))
                    };
                    let block = if row {
                        None
                    } else if inline && !titled && segment::starts_with_bullet(&f[line.clone()]) {
                        item_continuation(f, line.end)
                    } else {
                        // "Participants (liste fixée par l'autorisation)" over its list:
                        // a remark on the title, not the list inline.
                        let remark = f[hit.start..hit.end].ends_with('(')
                            && f[line.clone()].trim_end().ends_with(')');
                        block_after(cx, line.end).filter(|_| remark || !(inline && blank_next))
                    };
                    // A bullet that titles a nested list ("* Who" over "    - Municipality"):
                    // the list ends at the next bullet as far left as the title's.
                    let block = match block {
                        Some(b) if !inline && segment::starts_with_bullet(&f[line.clone()]) => {
                            nested_under(cx, line.start, b)
                        }
                        b => b,
                    };
                    if let Some(block) = block {
                        scopes.push(block.clone());
                        blocks.push(block);
                    }
                }
            }
            Cue::Verb => {
                let start = after_break(f, hit.start);
                let sentence = through_semicolons(cx, cx.seg.sentence(start));
                scopes.push(sentence.clone());
                let heading = cx.doc.folded.headings.iter().any(|h| h.contains(&start));
                // A heading, a sentence that ends in a colon, or a question alone on its line
                // over its answer ("> 3. Qui sera là ?"), not one asked in prose.
                let line = line_of(f, start);
                let question = f[sentence.clone()].trim_end().ends_with('?')
                    && f[sentence.end..line.end.max(sentence.end)]
                        .trim()
                        .is_empty()
                    && !f[line.start..sentence.start.max(line.start)]
                        .chars()
                        .any(char::is_alphabetic);
                if heading || question || f[sentence.clone()].trim_end().ends_with(':') {
                    if let Some(block) = block_after(cx, sentence.end) {
                        scopes.push(block.clone());
                        blocks.push(block);
                    }
                }
            }
            Cue::LineLabel => {
                let start = after_break(f, hit.start);
                scopes.push(start..line_of(f, start).end.max(hit.end));
            }
            Cue::Role(_) | Cue::Profession(_) => {}
        }
    }
    // The opener must begin its line, or follow a greeting that does ("Hi Noor, case
    // consultation … with our unit, …"): a word found through the scan, then checked.
    let opens_line = |at: usize| {
        let line_start = f[..at].rfind('\n').map_or(0, |p| p + 1);
        let before = &f[line_start..at];
        // A chat message on its stamp's line: "[teams · lun. 03/02/2025 08:12] karim b.
        // (cpas) : salut julie ! concertation …" is read from its first word.
        let before = before
            .strip_prefix('[')
            .and_then(|rest| rest.split_once(']'))
            .filter(|(stamp, _)| stamp.len() <= 40)
            .and_then(|(_, rest)| rest.split_once(" : ").or_else(|| rest.split_once(": ")))
            .filter(|(author, _)| author.len() <= 60)
            .map_or(before, |(_, message)| message);
        before.is_empty()
            // "Rappel CPAS : concertation de cas demain 9h30, …, avec le SSM".
            || (before.len() <= 30 && before.trim_end().ends_with(':'))
            // (Or an emoji after the greeting: « coucou Julie 🙂 concert. de cas … ».)
            || (before.len() <= 30
                && before
                    .trim_end()
                    .ends_with(|c: char| matches!(c, ',' | '!') || c >= '\u{2600}')
                && GREETINGS.iter().any(|g| {
                    before.starts_with(g) && before[g.len()..].starts_with([' ', ','])
                }))
            // Or its sentence's first words, ending on an article: "On fait une
            // concertation de cas demain 14h … avec l'agent de quartier et son médecin
            // traitant" (not "Attendance at this consultation is compulsory for all services
            // involved with the tenant").
            || {
                let lead = &f[cx.seg.sentence(at).start.min(at)..at];
                let mut words = lead.split_whitespace().rev();
                let article = words
                    .next()
                    .is_some_and(|w| matches!(w, "une" | "un" | "a" | "an"));
                // "29 Sep 2025 - Dear Dr Aerts, we are holding a case consultation … with
                // her home nurse, …": a longer lead whose verb convenes.
                let convening = words.next().is_some_and(|w| {
                    matches!(
                        w,
                        "holding" | "organising" | "organizing" | "convening" | "organisons"
                            | "organise" | "tenons" | "organiserons" | "planning"
                    )
                });
                article
                    && ((lead.len() <= 30 && lead.split_whitespace().count() <= 4)
                        || (lead.len() <= 80 && convening))
            }
    };
    for m in TERSE_OPENER
        .find_iter_in(cx.scan(), f)
        .filter(|m| opens_line(m.start()))
        .take(50)
    {
        let start = m.start();
        // The note's line, when an abbreviation ("sit. fam. R.") has cut its sentence.
        let sentence = cx.seg.sentence(start);
        let end = sentence.end.max(line_of(f, start).end);
        let rest = &f[m.end().min(end)..end];
        if TERSE_WITH.is_match_in(cx.scan(), rest) {
            scopes.push(sentence.start..end);
        }
    }
    // A list of roles after a colon in the sentence that names the consultation: « on
    // monte une CSIL-R (…) pour prévenir des infractions terroristes : bourgmestre, chef de
    // corps, fonctionnaire de prévention et CPAS »; or after "avec" / "with" / "w/", up to
    // its aim: « concertation de cas … le 7/01 à 10h, avec CPAS, police et inspection
    // sociale, pour vérifier … ».
    for m in TERSE_OPENER.find_iter_in(cx.scan(), f).take(50) {
        // (Through its line, 300 bytes at most: an abbreviation, « art. 458ter », « dem. »,
        // may have cut the sentence.)
        let mut sentence = cx.seg.sentence(m.start());
        sentence.end = sentence.end.max(
            line_of(f, m.start())
                .end
                .min(segment::floor_char(f, m.end() + 300)),
        );
        let rest = &f[m.end().min(sentence.end)..sentence.end];
        if let Some(colon) = rest.find(':') {
            let start = m.end() + colon + 1;
            // (Up to a full stop the splitter left: a text typed without capitals.)
            let end = f[start..sentence.end]
                .find(". ")
                .map_or(sentence.end, |p| start + p + 1);
            let list = start..end;
            let covered = scopes
                .iter()
                .any(|s| s.start <= list.start && list.end <= s.end);
            if !covered && role_list(cx, list.clone(), false) {
                scopes.push(list);
            }
        }
        let with = [" avec ", " with ", " w/ "]
            .iter()
            .filter_map(|w| rest.find(w).map(|i| i + w.len()))
            .min();
        if let Some(with) = with {
            let from = m.end() + with;
            let tail = &f[from..sentence.end];
            let len = [
                " pour ",
                " afin ",
                " to ",
                " re ",
                " about ",
                " concernant ",
                ";",
                " (",
                ". ",
                " - ",
            ]
            .iter()
            .filter_map(|stop| tail.find(stop))
            .min()
            .unwrap_or(tail.len());
            let list = from..from + tail[..len].trim_end_matches([',', ' ']).len();
            if role_list(cx, list.clone(), false) || with_list(cx, list.clone()) {
                scopes.push(list);
            }
        }
    }
    // A sentence that is only a list of roles, its last item maybe open ("police + the
    // paediatrician + us (ocmw).", "chief of police, SAJ, the school + whoever else u think
    // is useful.").
    // (Every full stop cuts here, an initial's too: the splitter keeps "re baby n. police
    // + the paediatrician + us (ocmw)." as one sentence, the "n." being an initial.)
    for sentence in cx.seg.sentences.iter().take(2_000) {
        // (A sentence with no comma, plus or ampersand holds no such list.)
        if !f.as_bytes()[sentence.clone()]
            .iter()
            .any(|&b| matches!(b, b',' | b'+' | b'&'))
        {
            continue;
        }
        let mut start = sentence.start;
        for piece in f[sentence.clone()].split_inclusive(['.', '!', '?', '\n']) {
            let r = start..start + piece.len();
            start = r.end;
            // (Two separators at least, one a comma or a plus, before any cue is looked
            // up: a byte count, then a word.)
            let separators = || {
                let signs = piece
                    .bytes()
                    .filter(|&b| matches!(b, b',' | b'+' | b'&'))
                    .count();
                signs >= 2 || (signs == 1 && (piece.contains(" et ") || piece.contains(" and ")))
            };
            if (6..=200).contains(&r.len())
                && separators()
                && !scopes.iter().any(|s| s.start <= r.start && r.end <= s.end)
                && role_list(cx, r.clone(), true)
            {
                scopes.push(r);
            }
        }
    }
    (scopes, blocks)
}

/// True when `r` is an inline list of at least three items ("bourgmestre, chef de corps,
/// fonctionnaire de prévention et CPAS", "police, CPAS + his GP"), each a few words that
/// name a role.
fn role_list(cx: &Ctx<'_>, r: Range<usize>, open_tail: bool) -> bool {
    /// The longest item read, in words.
    const ITEM_WORDS: usize = 6;
    /// The most items a list of those who take part holds (a longer run of commas is
    /// something else, and is not read item by item).
    const ITEMS: usize = 30;
    let f = cx.f();
    let text = f[r.clone()].trim_end_matches(['.', ' ', '\n', '!', ';']);
    // One pass over the bytes: an item ends where a separator begins.
    const SEPARATORS: &[&str] = &[", ", " et ", " and ", " + ", " & ", " ou ", " or "];
    let b = text.as_bytes();
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut item_start = 0;
    let mut i = 0;
    while i < b.len() {
        let sep = match b[i] {
            b',' | b' ' => SEPARATORS.iter().find(|s| b[i..].starts_with(s.as_bytes())),
            _ => None,
        };
        match sep {
            Some(sep) => {
                items.push(r.start + item_start..r.start + i);
                if items.len() > ITEMS {
                    return false;
                }
                i += sep.len();
                item_start = i;
            }
            None => i += 1,
        }
    }
    if item_start < b.len() {
        items.push(r.start + item_start..r.start + b.len());
    }
    // (The last item may close the list on everyone else: "+ whoever else u think is
    // useful".)
    if open_tail
        && items.len() > 3
        && items
            .last()
            .is_some_and(|last| OPEN_ENDED.is_match_in(cx.scan(), &f[last.clone()]))
    {
        items.pop();
    }
    items.len() >= 3
        && items.iter().all(|item| {
            let words = f[item.clone()].split_whitespace().count();
            (1..=ITEM_WORDS).contains(&words)
                && ROLES
                    .find_iter_in(cx.scan(), &f[item.clone()])
                    .next()
                    .is_some()
        })
}

/// True when `r` is a short list after "avec" / "with" whose items name roles: two that
/// both do ("w/ deputy prosecutor L. + local police"), or three or more of which one may be
/// a body no cue knows or the writer ("CPAS, police et inspection sociale", « moi-même,
/// l'agent de quartier et l'assistante sociale du CPAS »); each item of at most six words.
fn with_list(cx: &Ctx<'_>, r: Range<usize>) -> bool {
    let f = cx.f();
    let items: Vec<&str> = f[r]
        .split([',', '+'])
        .flat_map(|p| p.split(" et ").flat_map(|q| q.split(" and ")))
        .map(str::trim)
        .collect();
    if !(2..=12).contains(&items.len())
        || !items
            .iter()
            .all(|i| (1..=6).contains(&i.split_whitespace().count()))
    {
        return false;
    }
    let named = |item: &str| ROLES.find_iter_in(cx.scan(), item).next().is_some();
    let unnamed = items.iter().filter(|i| !named(i)).count();
    unnamed == 0 || (items.len() >= 3 && unnamed == 1)
}

/// True when `prefix` is a section number alone: "3.", "3)", "III.", "b)".
fn section_number(prefix: &str) -> bool {
    let p = prefix.trim();
    let Some(body) = p.strip_suffix(['.', ')']) else {
        return false;
    };
    !body.is_empty()
        && body.len() <= 4
        && (body.bytes().all(|b| b.is_ascii_digit())
            || body.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
            || (body.len() == 1 && body.bytes().all(|b| b.is_ascii_lowercase())))
}

/// Heads of a heading about the participants rather than a list of them ("Obligations des
/// participants", "Duties of participants").
const DUTY_HEADS: &[&str] = &[
    "obligations",
    "obligation",
    "devoirs",
    "engagements",
    "responsabilites",
    "role",
    "roles",
    "droits",
    "duties",
    "commitments",
    "responsibilities",
    "rights",
];

/// Greetings that may open a terse note's line ([`TERSE_OPENER`]).
const GREETINGS: &[&str] = &[
    "hi", "hello", "hey", "dear", "bonjour", "salut", "coucou", "cher", "chere",
];

/// A sentence that ends with ";" goes on with the next ones, up to one that does not
/// (an enumeration "X; Y; and Z."), at most 1,500 bytes.
fn through_semicolons(cx: &Ctx<'_>, mut sentence: Range<usize>) -> Range<usize> {
    let f = cx.f();
    let start = sentence.start;
    while f[sentence.clone()].trim_end().ends_with(';') && sentence.end - start < 1_500 {
        let next = cx.seg.sentence(sentence.end + 1);
        if next.start <= sentence.start || next.is_empty() {
            break;
        }
        sentence = next;
    }
    start..sentence.end
}

/// The list item around folded `i`: between line breaks, bullets, semicolons, table
/// cells, and commas that open a new item ("..., the headmistress of ...").
fn item_around(f: &str, i: usize) -> Range<usize> {
    const NEW_ITEM: &[&str] = &[
        "the ", "le ", "la ", "l'", "les ", "un ", "une ", "a ", "an ", "and ", "et ", "des ",
        "du ", "mr", "ms", "mrs", "m. ", "mme", "dr ", "our ", "notre ", "your ", "votre ", "vous",
        "you",
    ];
    let lo = crate::segment::floor_char(f, i.saturating_sub(200));
    let hi = crate::segment::floor_char(f, i + 200);
    let is_sep = |s: &str, at: usize| -> bool {
        match s.as_bytes()[at] {
            b';' | b'.' => true,
            // A line break ends an item after a table row or a label, or before a bullet;
            // inside hard-wrapped prose it does not.
            b'\n' => {
                at == 0
                    || matches!(s.as_bytes()[at - 1], b'|' | b':' | b'\n')
                    || crate::segment::starts_with_bullet(&s[at + 1..])
            }
            b',' => {
                let rest = s[at + 1..].trim_start();
                NEW_ITEM.iter().any(|w| rest.starts_with(w))
            }
            // "l'école et le médecin traitant": a conjunction before a new noun phrase
            // ends the item ("psychologue et directrice" stays one person).
            b' ' => ["et ", "and "].iter().any(|c| {
                s[at + 1..].strip_prefix(c).is_some_and(|rest| {
                    NEW_ITEM
                        .iter()
                        .filter(|w| !matches!(**w, "and " | "et " | "vous" | "you"))
                        .any(|w| rest.starts_with(w))
                })
            }),
            _ => false,
        }
    };
    let mut start = i;
    while start > lo && !is_sep(f, start - 1) {
        start -= 1;
    }
    let mut end = i;
    while end < hi && !is_sep(f, end) {
        end += 1;
    }
    let start = crate::segment::floor_char(f, start);
    start..crate::segment::floor_char(f, end)
}

fn line_of(f: &str, i: usize) -> Range<usize> {
    let start = f[..i].rfind('\n').map_or(0, |p| p + 1);
    let end = f[i..].find('\n').map_or(f.len(), |p| i + p);
    start..end
}

/// The wrapped lines of a list item whose first line ends at `from`: the indented or
/// unmarked lines after it, up to the next item, a blank line or the end of the text.
fn item_continuation(f: &str, from: usize) -> Option<Range<usize>> {
    let mut pos = from + 1;
    let mut end = from;
    while pos < f.len() {
        let line = line_of(f, pos);
        let text = &f[line.clone()];
        if text.trim().is_empty() || segment::starts_with_bullet(text.trim_start()) {
            break;
        }
        end = line.end;
        pos = line.end + 1;
    }
    (end > from).then_some(from + 1..end)
}

/// The list that follows a label: the lines after `from` up to a blank line not followed by
/// another item, the next label line or heading, or 2,000 bytes.
fn block_after(cx: &Ctx<'_>, from: usize) -> Option<Range<usize>> {
    let f = cx.f();
    let mut pos = from;
    if f.as_bytes().get(pos) == Some(&b'\n') {
        pos += 1;
    }
    let start = pos;
    let mut end = pos;
    let mut started = false;
    let mut named_lines = false;
    let mut numbered_items = false;
    let mut blank_before = false;
    let mut first_in_capitals = false;
    while pos < f.len() && pos - start < 2_000 {
        let line = line_of(f, pos);
        let text = &f[line.clone()];
        let next = line.end + 1;
        // A rule ("-----", "_____", "=====") closes a form's section as a blank line would.
        let rule = text.trim().len() >= 5 && text.trim().bytes().all(|b| b"-_=*".contains(&b));
        if rule && started {
            break;
        }
        // The next message of a chat.
        if segment::is_chat_stamp_line(text) {
            break;
        }
        // A heading in capitals under a list that is not ("PARTICIPANTS\nToute personne …
        // utile.\nOBLIGATIONS DES PARTICIPANTS").
        let capitals = cx.doc.in_capitals(line.clone());
        if started && capitals && !first_in_capitals {
            break;
        }
        if !started {
            first_in_capitals = capitals;
        }
        if text.trim().is_empty() {
            if blank_before && started {
                break;
            }
            blank_before = true;
            pos = next;
            continue;
        }
        let bullet = segment::starts_with_bullet(text) || text.contains(" | ");
        let heading = cx
            .doc
            .folded
            .headings
            .iter()
            .any(|h| h.contains(&line.start));
        // A list of "Name : function" lines (a form's dot leaders read as colons) goes on
        // through its label lines; another list's label ends it.
        let label = segment::is_label_line(text);
        // After a blank line, a line numbered where the items had dashes (or the other way
        // round) opens the next section: "- Dr A. Colson, pédiatre.\n\n4. Déroulement".
        let numbered = text.trim_start().starts_with(|c: char| c.is_ascii_digit());
        let other_kind = blank_before && bullet && numbered != numbered_items;
        if started
            && (heading
                || (blank_before && !bullet)
                || other_kind
                || (label && !bullet && !named_lines))
        {
            break;
        }
        if !started {
            named_lines = text.trim_end().trim_end_matches(':').contains(':');
            numbered_items = numbered;
        }
        started = true;
        blank_before = false;
        end = line.end;
        pos = next;
    }
    (end > start).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::report::InputFormat;
    use crate::segment::Segments;

    fn run(text: &str, format: InputFormat) -> Participants {
        let doc = Document::new(text, format);
        let seg = Segments::new(&doc);
        let cx = Ctx {
            doc: &doc,
            seg: &seg,
            citations: Vec::new(),
        };
        extract(&cx)
    }

    #[test]
    fn one_participant_named_twice_is_one_entry() {
        assert!(same_words("assistante\u{a0}sociale", "Assistante sociale"));
        assert!(same_words("e\u{301}ducatrice", "éducatrice"));
        assert!(same_words(
            "assistante\nsociale",
            "assistante socia\u{ad}le"
        ));
        assert!(!same_words("assistante sociale", "assistant social"));
        // Spaces or no-break spaces, the same letter gives the same entries.
        let text = "Mme\u{a0}B.,\u{a0}assistante\u{a0}sociale, est invitée à la concertation le jeudi 14 mars 2025 à 14h30. Mme C., assistante sociale, y est invitée aussi.";
        let a = run(text, InputFormat::Text);
        let b = run(&text.replace(' ', "\u{a0}"), InputFormat::Text);
        assert_eq!(a.entries.len(), b.entries.len());
    }

    fn roles(p: &Participants) -> Vec<Role> {
        let mut r: Vec<Role> = p.entries.iter().map(|e| e.role).collect();
        r.sort();
        r.dedup();
        r
    }

    #[test]
    fn list_under_a_label() {
        let p = run("Zone de police Nord\nRue X 1\n\nMadame,\nVous êtes invitée.\n\nParticipants :\n- le bourgmestre, qui préside ;\n- la police locale ;\n- le CPAS ;\n- toute personne utile.\n\nCordialement,\nCommissaire Y", InputFormat::Text);
        assert_eq!(
            roles(&p),
            vec![Role::Police, Role::Municipality, Role::SocialServices]
        );
        assert!(p.open_ended);
        // "la police locale" is the evidence, not the letterhead or the signature.
        let police = p.entries.iter().find(|e| e.role == Role::Police).unwrap();
        assert_eq!(police.evidence.text, "police locale");
    }

    #[test]
    fn markdown_heading_and_verbs() {
        let p = run("# Invitation\n\nThe meeting will be chaired by the Mayor.\n\n## Participants\n\n- Local police\n- **PMS centre** of the school\n\n## Date\n\n3 March", InputFormat::Markdown);
        assert_eq!(
            roles(&p),
            vec![Role::Police, Role::Municipality, Role::Education]
        );
        assert!(!p.open_ended);
    }

    #[test]
    fn sender_and_signature_are_not_participants() {
        let p = run("CPAS de Namur\n\nMadame,\nLe CPAS vous invite à une concertation de cas le 3 mars.\n\nL'assistante sociale,\nMme Z", InputFormat::Text);
        assert!(p.entries.is_empty(), "{:?}", p.entries);
    }

    #[test]
    fn labels_that_are_short_clauses_or_questions() {
        let p = run("Madame,\nVous êtes invitée à une concertation de cas.\n\nLes participants seront :\n  • l'inspectrice de la zone de police ;\n  • le CPAS.\n\nCordialement", InputFormat::Text);
        assert_eq!(roles(&p), vec![Role::Police, Role::SocialServices]);
        let p = run("Dear Madam,\n\nAre convened:\n- the Federal Judicial Police;\n- the Public Centre for Social Welfare.\n", InputFormat::Text);
        assert_eq!(roles(&p), vec![Role::Police, Role::SocialServices]);
        let p = run("# Convocation\n\n### Qui ?\n\n| Fonction | Service |\n|---|---|\n| Chef de corps | Zone de police Mons |\n", InputFormat::Markdown);
        assert_eq!(roles(&p), vec![Role::Police]);
    }

    #[test]
    fn negated_open_ended() {
        let p = run("Seront présents : la police et le parquet. Aucune autre personne utile ne sera invitée.", InputFormat::Text);
        assert_eq!(roles(&p), vec![Role::Prosecution, Role::Police]);
        assert!(!p.open_ended);
    }
}
