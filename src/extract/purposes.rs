//! Purposes: what the letter says the consultation is for.
//!
//! ## What counts
//!
//! A purpose cue counts in a sentence that states an aim ("en vue de", "afin de",
//! "objectif", "finalité", "in order to", "the purpose of", "aims to") or in a list under a
//! purpose heading ("Objet de la concertation", "Purpose"). Not counted: words inside an
//! instrument's title ("loi ... en matière de radicalisme ... et de terrorisme"), inside a
//! quotation of the statute, in a disclaimer, or under a negation in their clause ("il ne
//! s'agit pas d'un dossier de fraude", "this is not about benefit fraud").
//!
//! A generic aim (`unspecified`: "faire le point", "exchange information") is reported only
//! for a sentence that names no specific end.

use std::ops::Range;
use std::sync::LazyLock;

use super::{negation, Ctx};
use crate::lang::{en, fr};
use crate::lexicon::{compile_any, compile_one, Lexicon, Pattern};
use crate::report::{Purpose, PurposeCategory};
use crate::segment::{self, RegionKind};

pub(crate) static CUES: LazyLock<Lexicon<PurposeCategory>> =
    LazyLock::new(|| Lexicon::new(&[fr::purposes::CUES, en::purposes::CUES]));
pub(crate) static CONTEXT: LazyLock<Pattern> =
    LazyLock::new(|| compile_any(&[fr::purposes::CONTEXT, en::purposes::CONTEXT]));
/// Headings and labels of a purpose section, and a table's label cell ("| Aims |", folded
/// "aims | ").
pub(crate) static PURPOSE_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:\b(?:objet|objectifs?|finalites?|but|motif|purposes?|aims?|goals?|objectives?|subject|reason|ordre du jour|agenda|doel|(?:main|first|second|third) point|what the (?:meeting|consultation) is (?:for|about)|what (?:it|this)(?:'s| is) (?:for|about)|de quoi il s'agit|on the table|sur la table|what we (?:want|hope|aim|need|seek)|ce que nous (?:cherchons|voulons|souhaitons|visons)|deal with|address|cover|discuss|focus on|portera sur|abordera|traitera|examinera|(?:seront|sera) (?:examinee?s?|abordee?s?|discutee?s?|traitee?s?)|(?:will be|are to be) (?:discussed|examined|reviewed|considered)|in order to|so as to|with a view to|afin de|en vue de)\b[^\n]{0,40}(?:\([^)\n]{0,40}\) {0,3})?(?::|\n))|\b(?:objet|objectifs?|finalites?|buts?|motifs?|purposes?|aims?|goals?|objectives?|doel) \||(?:^|\n)(?:[-•*] )?(?:dossier|situation)\s{0,3}:|\b(?:why|pourquoi)(?: (?:we|nous) [a-z]{2,12}| (?:this|the|a|cette|la|une) (?:meeting|consultation|case consultation|concertation|reunion))?\s{0,3}(?:\?\s{0,3}\n|\?|:|\n)",
    )
});
/// Exclusions that work like negations for purposes ("à l'exclusion de", "other than").
pub(crate) static EXCLUDING: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:a l'exclusion (?:de|du|des|d')|hors|excluant|excluding|other than|rather than|plutot que|et non|and not|pas de|no longer|(?:have|has|i've|we've) (?:removed|dropped|deleted|struck out|taken out)|(?:ai|avons|a) (?:retire|supprime|enleve|raye))\b",
    )
});

/// The exclusions that reach back past a clause's comma to an aim a clause or two later
/// ("et non, par exemple, pour des faits d'absentéisme"): not "pas de", "hors", "no
/// longer", which only exclude within their own clause.
pub(crate) static EXCLUDING_FAR: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:et non|and not|rather than|plutot que|other than|a l'exclusion d|excluding|excluant)\b",
    )
});

/// Matters named only as context after them in their sentence: « Les difficultés
/// financières (arriérés de loyer, …) ne seront abordées que dans la mesure où elles
/// aggravent le danger », "the rent arrears will be discussed only insofar as …", said not
/// to be discussed at all (« la situation de séjour, en particulier, ne sera pas abordée »,
/// "their residence status will not be discussed"), or as a sign of the danger (« dont les
/// absences répétées … font craindre des maltraitances »), or an agenda's other item marked
/// as holding no individual case ("Night-time nuisance … | general information, no
/// individual cases"). Not an aim of the consultation.
pub(crate) static ONLY_AS_CONTEXT_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"^(?:[^.;]|\betc\.){0,120}?\b(?:(?:ne|n'y) (?:seront|sera|seraient|serait) (?:abordee?s?|evoquee?s?|examinee?s?|discutee?s?|traitee?s?|mentionnee?s?) que (?:dans la mesure|comme (?:un )?(?:element de )?contexte|a titre de contexte)|(?:will|would|shall) (?:only )?be (?:discussed|addressed|raised|considered|looked at|mentioned) only (?:insofar|in so far|to the extent|as (?:context|background))|(?:will|would|shall) only be (?:discussed|addressed|raised|considered|looked at|mentioned) (?:insofar|in so far|to the extent|as (?:context|background))|(?:ne|n'y) (?:sera|seront) (?:pas|aucunement|nullement|en aucun cas) (?:abordee?s?|evoquee?s?|examinee?s?|discutee?s?|traitee?s?)\b|(?:will|shall|would) not be (?:discussed|addressed|raised|examined|considered|looked at|dealt with)\b|\b(?:no|without) individual (?:cases|situations)\b|\b(?:pas de|sans|aucune?) (?:cas|situations?|dossiers?) individuel(?:le)?s?\b|(?:font|fait|laissent|laisse) (?:craindre|suspecter|soupconner)|(?:raise|raises|give rise to|gives rise to) (?:fears|concerns|suspicions))",
    )
});

/// A subordinate clause of aim ("so that", "afin que", "éviter que"): a negation after it
/// is part of the aim ("so that she is no longer exposed to his violence", "faire en sorte
/// qu'il ne soit plus jamais secoué"), not a denial of it.
pub(crate) static AIM_CLAUSE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:so that|so as|make sure|making sure|ensure|ensuring|to keep|to stop|to prevent|to avoid|pour que|pour qu'|afin que|afin qu'|faire en sorte|veiller a ce|s'assurer qu|eviter qu|empecher qu|de sorte qu|met het oog op|zodat)",
    )
});

/// At most this many purposes are kept.
const MAX_PURPOSES: usize = 64;

pub(crate) fn extract(cx: &Ctx<'_>) -> Vec<Purpose> {
    let f = cx.f();
    let sections = purpose_sections(cx);
    // Header lines are not excluded: a subject line may state the purpose.
    let excluded = [
        RegionKind::Statute,
        RegionKind::StatuteParaphrase,
        RegionKind::Disclaimer,
        RegionKind::Unticked,
    ];
    let mut out: Vec<Purpose> = Vec::new();
    let mut generic: Vec<Range<usize>> = Vec::new();
    // Where the permitted aims found so far begin.
    let mut permitted: Vec<usize> = Vec::new();
    for hit in CUES.find_iter_in(cx.scan(), f).take(5_000) {
        if cx.in_citation(hit.start) || cx.seg.in_region(hit.start, &excluded) {
            continue;
        }
        let sentence = cx.seg.sentence(hit.start);
        // "Separately, and not related to this: the absenteeism file…": another matter.
        if unrelated(f, sentence.clone()) {
            continue;
        }
        let in_section = sections.iter().any(|s| s.contains(&hit.start));
        if !in_section && !CONTEXT.is_match_in(cx.scan(), &f[sentence.clone()]) {
            continue;
        }
        let clause = segment::clause_around(f, sentence.clone(), hit.start);
        let aim_from = segment::ceil_char(f, clause.start.max(hit.start.saturating_sub(80)));
        let aim = AIM_CLAUSE.find_in(cx.scan(), &f[aim_from..hit.start]);
        let in_aim = aim.is_some();
        // A negation inside the aim clause is part of the aim ("so that she is no longer
        // exposed"); one before it denies the aim ("is not intended to prevent terrorist
        // offences").
        if aim.is_some_and(|m| {
            negation::strongly_negated_before(cx.scan(), f, clause.start, aim_from + m.start())
        }) {
            continue;
        }
        if !in_aim
            && (negation::strongly_negated_before(cx.scan(), f, clause.start, hit.start)
                || EXCLUDING.is_match_in(
                    cx.scan(),
                    &f[segment::ceil_char(f, clause.start.max(hit.start.saturating_sub(40)))
                        ..hit.start],
                ))
        {
            continue;
        }
        // "… que pour les infractions terroristes — et non, par exemple, pour des faits
        // d'absentéisme scolaire": an exclusion a clause or two before.
        if hit.kind == PurposeCategory::NotPermitted
            && EXCLUDING_FAR.is_match_in(
                cx.scan(),
                &f[segment::ceil_char(f, sentence.start.max(hit.start.saturating_sub(60)))
                    ..hit.start],
            )
        {
            continue;
        }
        if hit.kind == PurposeCategory::NotPermitted
            && ONLY_AS_CONTEXT_AFTER.is_match_in(
                cx.scan(),
                &f[hit.end..segment::floor_char(f, f.len().min(hit.end + 200))],
            )
        {
            continue;
        }
        // "protéger l'intégrité de L., au vu des éléments préoccupants (marques répétées,
        // absences non justifiées, propos de l'enfant)": a sign in brackets after the
        // permitted aim of the same sentence is its context, not another aim.
        if hit.kind == PurposeCategory::NotPermitted {
            let before = &f[sentence.start.min(hit.start)..hit.start];
            if let Some(open) = before.rfind('(').filter(|&o| !before[o..].contains(')')) {
                let open = sentence.start.min(hit.start) + open;
                let closed = f[hit.end..sentence.end.max(hit.end)].contains(')');
                if closed && permitted.iter().any(|&p| sentence.start <= p && p < open) {
                    continue;
                }
            }
        }
        if hit.kind == PurposeCategory::Unspecified {
            generic.push(hit.start..hit.end);
            continue;
        }
        if hit.kind != PurposeCategory::NotPermitted {
            permitted.push(hit.start);
        }
        push(cx, &mut out, hit.kind, hit.start..hit.end);
    }
    // The letter's own aims, when it states some, are its aims: an earlier message it quotes
    // below ("> Purposes: … and the school attendance problems") is what it corrects.
    let quoted = |p: &Purpose| {
        let at = p.evidence.start;
        cx.seg.regions.iter().any(|(k, r)| {
            *k == RegionKind::QuotedMessage
                && (cx.doc.folded.orig_start(r.start)..cx.doc.folded.orig_start(r.end))
                    .contains(&at)
        })
    };
    if out.iter().any(|p| !quoted(p)) {
        out.retain(|p| !quoted(p));
    }
    // A generic aim is reported only when the letter names no specific end at all.
    if out.is_empty() {
        for r in generic {
            push(cx, &mut out, PurposeCategory::Unspecified, r);
        }
    }
    out.truncate(MAX_PURPOSES);
    out
}

fn push(cx: &Ctx<'_>, out: &mut Vec<Purpose>, category: PurposeCategory, r: Range<usize>) {
    let evidence = cx.doc.evidence(r);
    if out
        .iter()
        .any(|p| p.category == category && p.evidence.text.eq_ignore_ascii_case(&evidence.text))
    {
        return;
    }
    out.push(Purpose { category, evidence });
}

/// The lines under a purpose heading or label, up to the next blank line that is not
/// followed by a list item (at most 1,500 bytes).
fn purpose_sections(cx: &Ctx<'_>) -> Vec<Range<usize>> {
    let f = cx.f();
    let mut out = Vec::new();
    for m in PURPOSE_LABEL.find_iter_in(cx.scan(), f).take(100) {
        let line_start = f[..m.start()].rfind('\n').map_or(0, |p| p + 1);
        let line_end = f[m.start()..].find('\n').map_or(f.len(), |p| m.start() + p);
        let ends_with_colon = f[line_start..line_end].trim_end().ends_with(':');
        if f[line_start..m.start()]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .len()
            > 12
            && !ends_with_colon
        {
            continue;
        }
        let start = m.end();
        // A table's label cell ("| **Aims** | (1) protect …; (2) … |"): its row only.
        if f[..start].ends_with('|') {
            out.push(start..line_end.max(start));
            continue;
        }
        let mut end = start;
        let mut rest = &f[start..];
        let mut blank = false;
        while !rest.is_empty() && end - start < 1_500 {
            let line_len = rest.find('\n').unwrap_or(rest.len());
            let line = &rest[..line_len];
            if line.trim().is_empty() {
                if blank {
                    break;
                }
                blank = true;
            } else {
                if blank && !segment::starts_with_bullet(line) && end > start {
                    break;
                }
                blank = false;
                end = end.max(start + (f.len() - start - rest.len()) + line_len);
            }
            rest = rest.get(line_len + 1..).unwrap_or("");
        }
        out.push(start..end.max(start));
    }
    out
}

/// True when the sentence says it turns to another matter ("Separately, and not related to
/// this: …", "Sans rapport avec ce qui précède, …", "P.S. …").
fn unrelated(f: &str, sentence: Range<usize>) -> bool {
    const OPENERS: &[&str] = &[
        "separately",
        "unrelated",
        "not related",
        "on another note",
        "sans rapport",
        "sans lien",
        "autre sujet",
        "p.s.",
        "ps:",
    ];
    segment::opens_with(f, sentence, OPENERS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::report::InputFormat;
    use crate::segment::Segments;

    fn cats(text: &str) -> Vec<PurposeCategory> {
        let doc = Document::new(text, InputFormat::Text);
        let seg = Segments::new(&doc);
        let mut cx = Ctx {
            doc: &doc,
            seg: &seg,
            citations: Vec::new(),
        };
        cx.citations = super::super::basis::extract(&cx).1;
        let mut c: Vec<_> = extract(&cx).iter().map(|p| p.category).collect();
        c.sort();
        c.dedup();
        c
    }

    #[test]
    fn permitted_and_not() {
        use PurposeCategory::*;
        assert_eq!(
            cats("La concertation vise à protéger l'intégrité physique et psychique de l'enfant."),
            vec![Integrity]
        );
        assert_eq!(cats("Objectifs :\n1. prévenir toute infraction terroriste ;\n2. vérifier les indices de fraude sociale."), vec![Terrorism, NotPermitted]);
        assert_eq!(
            cats("The purpose of the meeting is to address the persistent nuisance and truancy."),
            vec![NotPermitted]
        );
        assert_eq!(
            cats("L'objectif est de faire le point sur la situation."),
            vec![Unspecified]
        );
    }

    #[test]
    fn harm_named_by_what_is_done_or_feared() {
        use PurposeCategory::*;
        assert_eq!(
            cats("La concertation a pour objet d'éviter qu'il ne s'en prenne à nouveau à sa compagne."),
            vec![Integrity]
        );
        assert_eq!(
            cats("L'objectif est de mettre Lucas à l'abri des coups."),
            vec![Integrity]
        );
        assert_eq!(
            cats("Nous organisons une concertation visant à protéger les riverains."),
            vec![Integrity]
        );
        assert_eq!(
            cats("The consultation is intended to shield L. from any further harm."),
            vec![Integrity]
        );
        assert_eq!(
            cats("We want to keep her from leaving to join a jihadist group in the Sahel."),
            vec![Terrorism]
        );
        assert_eq!(
            cats("Ce que nous cherchons à éviter :\nqu'il ne prenne part à la préparation d'un attentat."),
            vec![Terrorism]
        );
        // Protecting what is not a person names no end.
        assert_eq!(
            cats("The aim is to protect the data of the family."),
            vec![Unspecified]
        );
    }

    #[test]
    fn a_negation_inside_an_aim_clause_is_part_of_the_aim() {
        use PurposeCategory::*;
        assert_eq!(
            cats("We meet so that Y. is no longer exposed to his violence."),
            vec![Integrity]
        );
        assert_eq!(
            cats("L'objectif est de faire en sorte qu'Inès ne soit plus jamais secouée."),
            vec![Integrity]
        );
        // Outside an aim clause, a negation still denies the purpose.
        assert!(cats("The purpose is not to look into benefit fraud.").is_empty());
    }

    #[test]
    fn titles_negations_and_background_do_not_count() {
        assert!(cats("En vertu de la loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales en matière de radicalisme, d'extrémisme et de terrorisme, nous vous invitons.").is_empty());
        assert!(cats("Il ne s'agit pas d'examiner une éventuelle fraude sociale.").is_empty());
        assert!(cats("Le jeune a été interpellé pour des vols l'an dernier.").is_empty());
    }
}
