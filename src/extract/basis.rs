//! The legal basis: art. 458ter cited, and every instrument invoked as the basis of the
//! consultation.
//!
//! ## What counts
//!
//! An instrument is a *specific* norm or text: a cue names it with a date, a title, or a
//! definite reference ("loi du 30 juillet 2018", "the Royal Decree of 3 May 2019",
//! "l'autorisation motivée du procureur du Roi de Namur"). Not counted:
//! - the generic wording of the statute ("une loi, un décret ou une ordonnance", "une
//!   autorisation motivée du procureur du Roi") and anything inside a quotation of it;
//! - a law cited about something else (data protection, a judge's order) or in an e-mail
//!   disclaimer;
//! - an instrument mentioned under a negation ("sans autorisation du parquet");
//! - a text that is not a norm (circular, protocol, charter...) unless the sentence invokes
//!   it as a basis ("conformément au protocole", "under the network charter") or is about
//!   the consultation.
//!
//! "Royal Decree" is an implementing act (arrêté royal), never a Community decree: the
//! cue for it is listed first and starts earlier, so it wins.

use std::ops::Range;
use std::sync::LazyLock;

use super::negation;
use super::Ctx;
use crate::lang::{en, fr};
use crate::lexicon::{compile_any, compile_one, Lexicon, Pattern};
use crate::report::{Instrument, InstrumentKind, LegalBasis};
use crate::segment::{floor_char, RegionKind};

/// What a basis cue names.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Art. 458ter of the Criminal Code.
    Cite458ter,
    /// A law.
    Law,
    /// A decree.
    Decree,
    /// An ordinance.
    Ordinance,
    /// A prosecutor's authorization.
    ProsecutorAuthorization,
    /// An implementing act.
    ImplementingAct,
    /// A text that is not a norm.
    NonNormative,
    /// An authorization named without its author ("une autorisation motivée du 2 mai
    /// 2025"): a prosecutor's authorization when its sentence names the prosecutor.
    Authorization,
    /// The author's own authorization in the first person ("j'ai autorisé l'organisation
    /// d'une concertation", "I have authorised"): a prosecutor's authorization when the
    /// letterhead (its first 400 bytes) names the prosecutor's office.
    OwnAuthorization,
}

pub(crate) static CUES: LazyLock<Lexicon<Cue>> =
    LazyLock::new(|| Lexicon::new(&[fr::basis::CUES, en::basis::CUES]));

pub(crate) static CONTEXT: LazyLock<Pattern> =
    LazyLock::new(|| compile_any(&[fr::basis::BASIS_CONTEXT, en::basis::BASIS_CONTEXT]));
pub(crate) static COURT: LazyLock<Pattern> =
    LazyLock::new(|| compile_any(&[fr::basis::COURT_TOPICS, en::basis::COURT_TOPICS]));
pub(crate) static FOREIGN: LazyLock<Pattern> =
    LazyLock::new(|| compile_any(&[fr::basis::FOREIGN_TOPICS, en::basis::FOREIGN_TOPICS]));
/// The consultation itself: a sentence about it invokes the texts it names.
pub(crate) static ABOUT_CONSULTATION: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:concertation|458 ?ter|secret professionnel|consultation|case conference|professional secrecy|casusoverleg|csil|lisc|cellule)",
    )
});
/// An instrument named only to say it does not govern this consultation: "contrairement
/// aux Veilige Huizen, régis par le décret flamand…, qui ne s'applique pas en Wallonie".
pub(crate) static NOT_APPLICABLE_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:ne s'applique pas|ne s'appliquent pas|n'est pas applicable|ne sont pas applicables|ne trouve pas a s'appliquer|does not apply|do not apply|doesn't apply|is not applicable|are not applicable)\b",
    )
});
/// A service's accreditation named right before an instrument ("Service agréé par la
/// Fédération Wallonie-Bruxelles en application du décret du 18 janvier 2018", in a
/// footer): the service's standing, not the consultation's basis. Not "le service agréé
/// organise la concertation en application du décret…", where the decree is the basis.
/// Likewise the body an instrument set up ("BAUP is a regional public-interest body set up
/// by the Brussels-Capital Region ordinance of 4 April 2019"), not a cell or a centre,
/// which the instrument that creates them also empowers to consult.
pub(crate) static ACCREDITED_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:agreee?s?|reconnue?s?|subventionnee?s?|accredited|recognised|recognized|licensed|erkend)(?: (?:et|and|en) (?:subventionnee?s?|subsidi[sz]ed|funded|gesubsidieerd|financee?s?))?(?: (?:par|by|door) [^,;\n]{1,60})? (?:en application|en vertu|conformement|sur (?:la )?base|under|pursuant|in accordance|on the basis)|\b(?:body|agency|organisme|asbl|vzw|association|institution|parastatal|parastatale?) (?:[a-z'-]{1,20} ){0,3}(?:set up|established|created|founded|creee?|instituee?|opgericht|ingesteld) (?:by|par|bij)\b",
    )
});
/// The law that inserted or amended a text, named right before it ("art. 458ter, inséré
/// par l'art. 313 de la loi du 6 juillet 2017", "as amended by the Act of …"): the history
/// of the text cited, not the consultation's basis.
pub(crate) static AMENDING_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:inseree?s?|introduite?s?|modifiee?s?|remplacee?s?|inserted|introduced|amended|replaced) (?:par|by)\b",
    )
});
/// A measure of another service that the instrument organizes, right before it: "dans le
/// cadre de l'aide consentie organisée par le décret du 18 janvier 2018", "the voluntary
/// youth aid provided for by the decree". The instrument is that service's mandate. So is
/// the law a person was admitted under, told as the case's history ("Mr H. was admitted to
/// our hospital on 2 March 2026 under the Act of 26 June 1990").
pub(crate) static MANDATE_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:aide (?:consentie|contrainte|specialisee|volontaire)|mesures? d'aide|programme d'aide|mesures? de protection|mandat|guidance|tutelle|voluntary (?:youth )?(?:aid|care)|youth (?:aid|care) measures?|protection measures?|mandate|guardianship|probation|voluntary support)(?: [a-z']{1,20}){0,3} (?:(?:organisee?s?|prevue?s?|regie?s?|encadree?s?|organi[sz]ed|provided for|governed|regulated) (?:par|by|under)|under)\b|\b(?:was|were|has been|had been|a ete) (?:compulsorily |involuntarily )?(?:admitted|hospitali[sz]ed|committed|interned|admise?|hospitalisee?|colloquee?|internee?)\b[^.;\n]{0,60}\b(?:under|en vertu de)\b",
    )
});
/// The next sentence says the instrument just named organizes the consultations ("…
/// recognised under the Flemish Decree of 29 March 2024. That decree organises our case
/// consultations"), or the rest of its own sentence does ("…, which allows it to organise
/// case consultations"): an accreditation that is also the basis.
pub(crate) static ANAPHORIC_BASIS: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:that|this|the same|the said|said|ce|cet|cette|ledit|ladite|le meme|la meme) (?:decree|law|act|ordinance|order|decret|loi|ordonnance|arrete)\b[^.;\n]{0,40}?\b(?:organi[sz]es|governs|regulates|provides for|frames|organise|regit|encadre|prevoit)\b|\b(?:which|qui) (?:allows|enables|permits|empowers|entitles|authori[sz]es|lui permet|leur permet|nous permet|permet|autorise|habilite) (?:it |us |them |the centre |the center |le centre |au centre )?(?:to |d'|de |a )?(?:organi[sz]e|organiser|hold|tenir|convene)\b",
    )
});
/// An authorization applied for, not granted, right before its cue: "An application for a
/// reasoned authorisation of the Public Prosecutor was sent on 2 March", « une demande
/// d'autorisation au procureur du Roi ». It organizes nothing yet.
pub(crate) static APPLIED_FOR_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:application for|applied for|applying for|apply for|request for|requested|requesting|asked for|asking for|ask for|demande d'|demande de l'|demander (?:une |l')|sollicite (?:une |l')|solliciter (?:une |l')|sollicitons (?:une |l'))\s{0,3}(?:an? |the |une |l')?$|\b(?:sollicite|solliciter|sollicitons|demande|demandons|requested|applied for|asked for),[^,\n]{1,30}, (?:an? |the |une |l')?$",
    )
});
/// See [`NOT_APPLICABLE_AFTER`]: the contrast said before the instrument.
pub(crate) static NOT_APPLICABLE_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:contrairement (?:a|aux|au)|a la difference (?:de|des|du)|unlike|as opposed to|in contrast to)\b",
    )
});
pub(crate) static PROSECUTOR: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:procureure? du roi|parquet|ministere public|prosecutor|procurator|procurer of the king|procureur des konings|parket)\b",
    )
});
pub(crate) static REASONED: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:motivee?s?|motivation|reasoned|motivated|with reasons|states? (?:its |the )?reasons|statement of reasons|met redenen omklede|gemotiveerde?|sets? out (?:in writing )?(?:his|her|its|the) reasons|(?:explains?|sets? out|spells? out) (?:in writing |in black and white )?why (?:he|she|they|it) (?:agreed|grants?|granted|allowed|authori[sz]ed)|(?:y )?explique (?:noir sur blanc )?pourquoi (?:il|elle) (?:l'a |l')?(?:accorde|donne|autorise)|reasons included|motifs,? (?:(?:y )?sont |figurent )?(?:longuement |dument |amplement )?(?:developpes|exposes|detailles|joints)|reasons in writing|gave (?:its |his |her )?reasons|giving (?:its |his |her )?reasons|(?:stating|states?|setting out|sets? out|giving|gives|with) (?:its |his |her |the )?grounds|statement of (?:the |its )?grounds|(?:exposant|enoncant|precisant) (?:ses|les) motifs)\b",
    )
});
/// The sentence after an authorization says it is reasoned, naming it again: "Les motifs de
/// cette autorisation … y sont exposés", "The reasons for this authorisation are set out",
/// "The authorisation sets out the reasons for which it was given".
pub(crate) static REASONED_NEXT: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"\b(?:les motifs de (?:cette|ladite|l') (?:autorisation|decision)|(?:cette|ladite) (?:autorisation|decision) est (?:dument |longuement |amplement )?motivee|the reasons for (?:this|the|that) (?:authori[sz]ation|decision)|(?:this|that|the) (?:authori[sz]ation|decision) (?:is|was) (?:duly |fully )?reasoned|(?:this|that|the) (?:authori[sz]ation|decision) (?:sets out|states|gives|explains) (?:in writing )?(?:the|its) (?:reasons|grounds)|(?:cette|ladite|l') (?:autorisation|decision) (?:expose|enonce|precise|detaille|donne) (?:ses|les) motifs|(?:letter|decision|document|authori[sz]ation),? (?:which|that) (?:sets out|explains|states|spells out) (?:in writing )?why (?:he|she|they|it|the prosecutor) (?:agreed|granted|allowed|authori[sz]ed)|(?:lettre|decision|document|autorisation),? qui (?:explique|expose|precise) pourquoi (?:il|elle) (?:l'a )?(?:accordee?|donne|autorise))\b",
    )
});
/// Generic wording: an indefinite article right before the cue ("une autorisation motivée",
/// "a reasoned authorisation", "une loi").
pub(crate) static GENERIC: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:\b(?:une?|a|an|soit|either|ou|or|d'une?|by an?|par une?|moyennant une?|een)\s{0,6})$",
    )
});
/// A preposition that invokes what follows, before an indefinite article: "under a
/// reasoned authorisation", « en vertu d'une autorisation motivée »; or a verb of having
/// one ("Dr Peeters has an authorisation from the Crown Prosecutor", « nous disposons
/// d'une autorisation »).
pub(crate) static INVOKED_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:\b(?:under|on the basis of|pursuant to|based on|en vertu d'|sur (?:la )?base d'|sur pied d'|conformement a|has|have|holds|hold|has obtained|have obtained|obtained|has received|have received|received|has got|have got|a obtenu|avons obtenu|a recu|avons recu|dispose d'|disposons d')\s?(?:an?|une)\s{0,6})$",
    )
});
/// A specific reference after a generic article still makes it specific.
pub(crate) static SPECIFIC: LazyLock<Pattern> = LazyLock::new(|| {
    compile_one(
        r"(?:[0-9]{4}|\bn[o°]\b|\bref\b|\bdated\b|\bdatee\b|\bdu \d|\bof \d|\bde (?:namur|liege|bruxelles|charleroi|mons|hainaut|luxembourg|brabant|halle|leuven|louvain|eupen|dinant|arlon|tournai|nivelles|verviers|huy|marche|neufchateau|[a-z]{1,40}-[a-z]{1,40})\b)",
    )
});

/// Extracts the legal basis; also returns the folded ranges of the citations (cue and
/// title), whose words and dates other extractors must ignore.
pub(crate) fn extract(cx: &Ctx<'_>) -> (LegalBasis, Vec<Range<usize>>) {
    let f = cx.f();
    let mut basis = LegalBasis::default();
    let mut citations = Vec::new();
    let mut passed_on_reasoned = false;
    for hit in CUES.find_iter_in(cx.scan(), f) {
        if hit.kind == Cue::Cite458ter {
            if !cx.seg.in_region(hit.start, &[RegionKind::QuotedMessage]) {
                basis.cites_458ter = true;
            }
            continue;
        }
        let kind = match hit.kind {
            Cue::Law => InstrumentKind::Law,
            Cue::Decree => InstrumentKind::Decree,
            Cue::Ordinance => InstrumentKind::Ordinance,
            Cue::ProsecutorAuthorization => InstrumentKind::ProsecutorAuthorization,
            Cue::ImplementingAct => InstrumentKind::ImplementingAct,
            Cue::NonNormative => InstrumentKind::NonNormative,
            Cue::Authorization => {
                let sentence = cx.seg.sentence(hit.start);
                if !PROSECUTOR.is_match_in(cx.scan(), &f[sentence]) {
                    continue;
                }
                InstrumentKind::ProsecutorAuthorization
            }
            Cue::OwnAuthorization => {
                let head = &f[..cx.doc.top(400)];
                if !PROSECUTOR.is_match_in(cx.scan(), head) {
                    continue;
                }
                InstrumentKind::ProsecutorAuthorization
            }
            Cue::Cite458ter => unreachable!("handled above"),
        };
        // "authorised by the prosecutors' circular COL 04/2018": the circular is what is
        // invoked, a non-normative text read as such below.
        if kind == InstrumentKind::ProsecutorAuthorization {
            let rest = f[hit.end..].trim_start_matches(['s', '\'', '\u{2019}', ' ']);
            if ["circular", "col ", "guideline", "circulaire", "omzendbrief"]
                .iter()
                .any(|w| rest.starts_with(w))
            {
                continue;
            }
        }
        let title_end = title_end(f, hit.end);
        citations.push(hit.start..title_end);
        if citations.len() > 2_000 {
            break;
        }
        if cx.seg.in_region(
            hit.start,
            &[
                RegionKind::Statute,
                RegionKind::StatuteParaphrase,
                RegionKind::Disclaimer,
                RegionKind::Unticked,
                RegionKind::QuotedMessage,
            ],
        ) {
            // The authorization itself, passed on below the letter ("Je vous transfère
            // ci-dessous le texte de l'autorisation … par la présente décision motivée"):
            // it says whether the authorization the letter invokes is reasoned.
            if kind == InstrumentKind::ProsecutorAuthorization
                && cx.seg.in_region(hit.start, &[RegionKind::QuotedMessage])
                && !cx.seg.in_region(
                    hit.start,
                    &[
                        RegionKind::Statute,
                        RegionKind::StatuteParaphrase,
                        RegionKind::Disclaimer,
                        RegionKind::Unticked,
                    ],
                )
                && said_reasoned(cx, hit.start..hit.end, cx.seg.sentence(hit.start))
            {
                passed_on_reasoned = true;
            }
            continue;
        }
        let sentence = cx.seg.sentence(hit.start);
        let sent = &f[sentence.clone()];
        // Said not to apply: after it in its sentence, or a contrast before it in its own
        // clause ("unlike the Flemish decree of …"; not "Unlike an informal meeting, this
        // one rests on the law of …").
        let after_end = floor_char(f, sentence.end.min(title_end + 80).max(hit.end));
        let clause = crate::segment::clause_around(f, sentence.clone(), hit.start);
        let before_start = floor_char(f, hit.start.saturating_sub(80).max(clause.start));
        if NOT_APPLICABLE_AFTER.is_match_in(cx.scan(), &f[hit.end..after_end.max(hit.end)])
            || NOT_APPLICABLE_BEFORE.is_match_in(cx.scan(), &f[before_start..hit.start])
        {
            continue;
        }
        // Another text's words, quoted: "In my e-mail of 3 March I wrote that the
        // consultation would be held \"under the cooperation protocol …\". That was a
        // mistake." (A prosecutor's authorization quoted is handled above.)
        if kind != InstrumentKind::ProsecutorAuthorization
            && said_elsewhere(f, sentence.clone(), hit.start)
        {
            continue;
        }
        // (A title in brackets after the text it translates, "under the decree of 27 April
        // 2018 on pupil guidance (decreet betreffende de leerlingenbegeleiding)", is read
        // with the words before the brackets.)
        let accredited_from = if f[..hit.start].trim_end().ends_with('(') {
            floor_char(f, hit.start.saturating_sub(160).max(sentence.start))
        } else {
            before_start
        };
        if matches!(
            kind,
            InstrumentKind::Law | InstrumentKind::Decree | InstrumentKind::Ordinance
        ) && ACCREDITED_BEFORE.is_match_in(cx.scan(), &f[accredited_from..hit.start])
        {
            let next = cx
                .seg
                .sentence(sentence.end.min(f.len().saturating_sub(1)) + 1);
            let next = next.start.max(sentence.end)..next.end.max(sentence.end);
            let rest = hit.end..sentence.end.max(hit.end);
            if !ANAPHORIC_BASIS.is_match_in(cx.scan(), &f[next])
                && !ANAPHORIC_BASIS.is_match_in(cx.scan(), &f[rest])
            {
                continue;
            }
        }
        // (From the sentence's start, not the clause's: « Nous avons sollicité, le 9
        // octobre, une autorisation motivée ».)
        if kind == InstrumentKind::ProsecutorAuthorization
            && APPLIED_FOR_BEFORE.is_match_in(
                cx.scan(),
                &f[floor_char(f, hit.start.saturating_sub(48).max(sentence.start))..hit.start],
            )
        {
            continue;
        }
        let amended_from = floor_char(f, hit.start.saturating_sub(40).max(clause.start));
        if AMENDING_BEFORE.is_match_in(cx.scan(), &f[amended_from..hit.start])
            || MANDATE_BEFORE.is_match_in(
                cx.scan(),
                &f[floor_char(f, hit.start.saturating_sub(80).max(clause.start))..hit.start],
            )
        {
            continue;
        }
        if FOREIGN.is_match_in(cx.scan(), sent)
            || (kind == InstrumentKind::Ordinance && COURT.is_match_in(cx.scan(), sent))
        {
            continue;
        }
        let clause = crate::segment::clause_around(f, sentence.clone(), hit.start);
        if negation::negated_before(cx.scan(), f, clause.start, hit.start) {
            continue;
        }
        let prefix_start = hit.start.saturating_sub(24);
        let prefix = &f[floor_char(f, prefix_start)..hit.start];
        let sentence_end = cx.seg.sentence(hit.start).end.max(hit.end);
        let after_end = floor_char(f, sentence_end.min(hit.end + 200));
        let specific_after =
            SPECIFIC.is_match_in(cx.scan(), &f[hit.start..after_end.max(hit.start)]);
        // "Under a reasoned authorisation of the Crown Prosecutor, you are invited …": the
        // letter invokes one, where the statute's words offer one ("or with a reasoned
        // authorisation").
        let invoked = kind == InstrumentKind::ProsecutorAuthorization
            && INVOKED_BEFORE.is_match_in(cx.scan(), prefix);
        if GENERIC.is_match_in(cx.scan(), prefix) && !specific_after && !invoked {
            continue;
        }
        if kind == InstrumentKind::NonNormative
            && !(CONTEXT.is_match_in(cx.scan(), sent)
                || ABOUT_CONSULTATION.is_match_in(cx.scan(), sent)
                || list_label(f, sentence.start).is_some_and(|label| {
                    CONTEXT.is_match_in(cx.scan(), label)
                        || ABOUT_CONSULTATION.is_match_in(cx.scan(), label)
                }))
        {
            continue;
        }
        let reasoned = (kind == InstrumentKind::ProsecutorAuthorization)
            .then(|| said_reasoned(cx, hit.start..hit.end, sentence.clone()));
        let date = citation_date(&f[hit.start..hit.end]);
        let title = cx.doc.evidence(hit.start..title_end).text.trim().to_owned();
        let instrument = Instrument {
            kind,
            title: Some(title),
            date,
            reasoned,
            evidence: cx.doc.evidence(hit.start..hit.end),
        };
        merge(&mut basis.instruments, instrument);
    }
    // The authorization reproduced in an annex the letter refers to ("dont le texte est
    // reproduit en annexe A" over "ANNEXE A — … AUTORISATION MOTIVÉE D'ORGANISER …"): it
    // says whether the authorization is reasoned.
    if !passed_on_reasoned
        && basis
            .instruments
            .iter()
            .any(|i| i.kind == InstrumentKind::ProsecutorAuthorization && i.reasoned == Some(false))
    {
        if let Some(annex) = annex_start(f) {
            // (Not the statute's own words, quoted in the annex: « soit moyennant une
            // autorisation motivée du procureur du Roi ».)
            let text = &f[annex..];
            let statute = [RegionKind::Statute, RegionKind::StatuteParaphrase];
            passed_on_reasoned = PROSECUTOR.is_match_in(cx.scan(), text)
                && REASONED
                    .find_iter_in(cx.scan(), text)
                    .any(|m| !cx.seg.in_region(annex + m.start(), &statute))
                && ["autorisation", "authoris", "authoriz"]
                    .iter()
                    .any(|w| text.contains(w));
        }
    }
    if passed_on_reasoned {
        for i in &mut basis.instruments {
            if i.kind == InstrumentKind::ProsecutorAuthorization {
                i.reasoned = Some(true);
            }
        }
    }
    (basis, citations)
}

/// Where an annex begins: a line that opens on "Annexe", "Annex" or "Bijlage" (a title, at
/// most 80 bytes), below the text's first third.
fn annex_start(f: &str) -> Option<usize> {
    let mut start = 0;
    for line in f.split('\n') {
        let here = start;
        start += line.len() + 1;
        if here < f.len() / 3 || line.len() > 80 {
            continue;
        }
        let t = line.trim_start_matches([' ', '#', '*', '-', '=']);
        if ["annexe", "annex", "bijlage"].iter().any(|a| {
            t.strip_prefix(a)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', ':', '.', '-']))
        }) {
            return Some(here);
        }
    }
    None
}

/// True when the prosecutor's authorization cited at `hit` is said to be reasoned: after the
/// cue in its sentence, or before it in the same part of the sentence, up to 250 bytes
/// ("By a reasoned decision of 6 November (ref. …), taken under Article 458ter, § 1, of the
/// Criminal Code, the Crown Prosecutor authorised"), or in the next sentence, naming it
/// again.
fn said_reasoned(cx: &Ctx<'_>, hit: Range<usize>, sentence: Range<usize>) -> bool {
    let f = cx.f();
    // (A sentence that an abbreviation cut goes on from the one before it: "Par décision
    // motivée du 10 novembre 2025 (réf. PR/BM/…), … le procureur du Roi a autorisé".)
    let mut opening = sentence.start;
    let lead = f[..opening].trim_end();
    if ["ref.", "art.", "cf.", "n.", "no.", "nr.", "p."]
        .iter()
        .any(|a| lead.ends_with(a))
    {
        opening = cx.seg.sentence(lead.len().saturating_sub(1)).start;
    }
    let reach = 250;
    let before = floor_char(f, hit.start.saturating_sub(reach).max(opening));
    let before = f[before..hit.start]
        .rfind([';', ':'])
        .map_or(before, |i| before + i + 1);
    let window = before..sentence.end.max(hit.end);
    let said = REASONED
        .find_iter_in(cx.scan(), &f[window.clone()])
        .any(|m| {
            let at = window.start + m.start();
            // "qui tient compte des motifs exposés dans la demande du réseau": the
            // request's reasons, not the authorization's.
            let taken_from = ["compte des", "compte de ces", "into account the"]
                .iter()
                .any(|w| f[..at].trim_end().ends_with(w));
            !taken_from
                && !negation::negated_before(
                    cx.scan(),
                    f,
                    window.start.max(at.saturating_sub(30)),
                    at,
                )
        });
    // Or in the next sentence, of "this authorization": "Les motifs de cette
    // autorisation … y sont exposés en page 2."
    said || {
        let next = cx
            .seg
            .sentence((sentence.end + 1).min(f.len().saturating_sub(1)));
        next.start > sentence.start && REASONED_NEXT.is_match_in(cx.scan(), &f[next])
    }
}

/// The label line of the list whose item starts at or after folded `at` ("Cadre de la
/// concertation :" above "– la circulaire COL 04/2018 ;"): back over the list's items (lines
/// that begin with a bullet or a dash, and blank lines between them), at most 1,000 bytes,
/// to a line that ends with a colon. Or the label of the item's own line ("Cadre juridique :
/// art. 458ter ; Protocole de collaboration …").
fn list_label(f: &str, at: usize) -> Option<&str> {
    let line_start = f[..at].rfind('\n').map_or(0, |p| p + 1);
    // The label of the sentence's own line: "Cadre juridique : art. 458ter ; Protocole …".
    let own = &f[line_start..at];
    if let Some((head, _)) = own.split_once(':') {
        if crate::segment::is_label_line(own) {
            return Some(head);
        }
    }
    let mut end = line_start.checked_sub(1)?;
    let floor = end.saturating_sub(1_000);
    loop {
        let start = f[..end].rfind('\n').map_or(0, |p| p + 1);
        let line = f[start..end].trim();
        if line.ends_with(':') {
            // With the lines its sentence wraps from ("La présente concertation de cas
            // s'inscrit dans le cadre de l'article 458ter\ndu Code pénal et repose sur :").
            let mut from = start;
            for _ in 0..3 {
                let Some(prev_end) = from.checked_sub(1) else {
                    break;
                };
                let prev_start = f[..prev_end].rfind('\n').map_or(0, |p| p + 1);
                let prev = f[prev_start..prev_end].trim();
                if prev.is_empty() || prev.ends_with(['.', ':', ';', '!', '?']) {
                    break;
                }
                from = prev_start;
            }
            return Some(f[from..end].trim());
        }
        // A numbered section's title over its items ("1. BASE DE LA CONCERTATION (cocher)"
        // over its boxes): a few words after the number, no other digit.
        let numbered = line
            .split_once(['.', ')'])
            .filter(|(n, _)| {
                !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_alphanumeric())
            })
            .map(|(_, rest)| rest.trim());
        if let Some(title) = numbered {
            if !title.is_empty()
                && title.split_whitespace().count() <= 6
                && !title.bytes().any(|b| b.is_ascii_digit())
            {
                return Some(line);
            }
        }
        // Items, and blank lines between them (folding has taken the indentation of a
        // wrapped line away: such a line ends the list).
        let item = line.is_empty() || crate::segment::starts_with_bullet(line);
        if start <= floor || start == 0 || !item {
            return None;
        }
        end = start - 1;
    }
}

/// True when `at` lies in a quotation that its sentence says was written or said before
/// ("I wrote that the consultation would be held \"under the cooperation protocol …\"", «
/// j'écrivais que la concertation se tiendrait « dans le cadre du protocole … » »).
fn said_elsewhere(f: &str, sentence: Range<usize>, at: usize) -> bool {
    const SAID: &[&str] = &[
        " wrote ",
        " said ",
        " stated ",
        " mentioned ",
        " ecrit ",
        " ecrivais ",
        " ecrivait ",
        " indique ",
        " indiquait ",
        " mentionne ",
        " mentionnait ",
    ];
    crate::segment::quote_lead(f, sentence, at)
        .is_some_and(|lead| SAID.iter().any(|w| lead.contains(w)))
}

/// One entry per instrument: the same kind and date (or no date) is the same instrument; a
/// later mention that says the authorization is reasoned makes it reasoned.
fn merge(list: &mut Vec<Instrument>, new: Instrument) {
    if let Some(old) = list
        .iter_mut()
        .find(|i| i.kind == new.kind && (i.date == new.date || new.date.is_none()))
    {
        if new.reasoned == Some(true) {
            old.reasoned = Some(true);
        }
        return;
    }
    if let Some(pos) = list
        .iter()
        .position(|i| i.kind == new.kind && i.date.is_none())
    {
        // A dated mention replaces an earlier undated one.
        let reasoned = list[pos].reasoned.max(new.reasoned);
        list[pos] = Instrument { reasoned, ..new };
        return;
    }
    list.push(new);
}

/// True when the line break at `i` wraps an instrument's title clause: the title so far
/// has its clause ("establishing", « portant création »), the line it ends is a full one
/// (at least 50 bytes) and the next line goes on.
fn wrapped_title(f: &str, from: usize, i: usize) -> bool {
    const CLAUSE: &[&str] = &[
        "establishing",
        "creating",
        "instituting",
        "relating to",
        "portant creation",
        "instituant",
        "relative aux",
        "relatif aux",
    ];
    let line_start = f[..i].rfind('\n').map_or(0, |p| p + 1);
    i - line_start >= 50
        && f[i + 1..].starts_with(|c: char| c.is_alphanumeric())
        && CLAUSE.iter().any(|w| f[from..i].contains(w))
}

/// Where an instrument's title ends: after the cue, through a title clause ("portant
/// création de cellules ... de radicalisme, d'extrémisme et de terrorisme"), at the end of
/// the clause, at most 240 bytes on.
/// True when `rest`, after a space in a title's run, opens a new clause: a subject pronoun
/// of either language ("nous", "je", "we", "you"; « on » before a verb) or a spoken filler
/// ("euh", « donc », « alors »).
fn clause_opens(rest: &str) -> bool {
    const OPENERS: &[&str] = &[
        "nous ", "je ", "j'", "vous ", "euh ", "donc ", "alors ", "we ", "i ", "you ", "i'm ",
        "we're ",
    ];
    const ON_VERBS: &[&str] = &[
        "a ",
        "va ",
        "voudrait ",
        "aimerait ",
        "se ",
        "fait ",
        "doit ",
        "peut ",
        "pourrait ",
        "souhaite ",
        "vous ",
        "organise ",
    ];
    OPENERS.iter().any(|o| rest.starts_with(o))
        || rest
            .strip_prefix("on ")
            .is_some_and(|r| ON_VERBS.iter().any(|v| r.starts_with(v)))
}

fn title_end(f: &str, from: usize) -> usize {
    const STOP_AFTER_COMMA: &[&str] = &[
        "qui", "que", "nous", "vous", "je", "il", "elle", "ils", "on", "dont", "laquelle",
        "lequel", "la", "le", "les", "votre", "notre", "une", "un", "et", "we", "you", "i", "it",
        "which", "who", "this", "the", "our", "your", "a", "an", "and", "in", "to", "as", "dans",
        "en", "par", "pour", "ainsi", "et/ou", "de", "du", "cette", "ce", "cet", "ces", "these",
        "those", "its", "their", "son", "sa", "ses", "leur", "leurs", "at",
    ];
    let limit = floor_char(f, (from + 240).min(f.len()));
    let bytes = f.as_bytes();
    let mut i = from;
    while i < limit {
        match bytes[i] {
            // A title clause wrapped onto the next line ("the Act of 30 July 2018 establishing
            // local\nintegral security cells on radicalism, extremism and terrorism"): the
            // line break is a space.
            b'\n' if wrapped_title(f, from, i) => {}
            b'.' | b';' | b'(' | b')' | b':' | b'\n' | b'"' | b'?' | b'!' => break,
            // A full stop said aloud in a dictated text ("… signé le douze mai point la
            // finalité est …"); in a transcript with no punctuation, a new clause's subject
            // or a filler ("sur autorisation du procureur du roi concernant la petite ines on
            // a des signes …", "… euh", "… donc"), which no title holds.
            b' ' if f[i..].starts_with(" point ") || clause_opens(&f[i + 1..]) => break,
            b',' => {
                let rest = f[i + 1..].trim_start();
                let word = rest
                    .split(|c: char| !c.is_alphanumeric() && c != '/')
                    .next()
                    .unwrap_or("");
                // (Or a weekday: a date set after the title, "under the CSIL Act, Thu 19/3,
                // 2pm".)
                if (STOP_AFTER_COMMA.contains(&word) || crate::extract::dates::is_weekday(word))
                    && !rest.starts_with("d'")
                {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut end = floor_char(f, i);
    while end > from && f.as_bytes()[end - 1] == b' ' {
        end -= 1;
    }
    end.max(from)
}

/// The date inside an instrument's cue ("du 30 juillet 2018", "of 3rd May 2019",
/// "of July 30, 2018", "du 30/07/2018"), as `YYYY-MM-DD`: the first full date the date
/// reader finds in it.
fn citation_date(cue: &str) -> Option<String> {
    super::dates::scan(cue)
        .dates
        .iter()
        .find_map(|d| d.full())
        .map(|d| d.iso())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::report::InputFormat;
    use crate::segment::Segments;

    fn basis(text: &str) -> LegalBasis {
        let doc = Document::new(text, InputFormat::Text);
        let seg = Segments::new(&doc);
        let cx = Ctx {
            doc: &doc,
            seg: &seg,
            citations: Vec::new(),
        };
        extract(&cx).0
    }

    fn kinds(text: &str) -> Vec<InstrumentKind> {
        basis(text).instruments.iter().map(|i| i.kind).collect()
    }

    #[test]
    fn law_with_date_and_title() {
        let b = basis("En application de la loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales en matière de radicalisme, d’extrémisme et de terrorisme, le bourgmestre vous invite.");
        assert_eq!(b.instruments.len(), 1);
        let i = &b.instruments[0];
        assert_eq!(i.kind, InstrumentKind::Law);
        assert_eq!(i.date.as_deref(), Some("2018-07-30"));
        assert_eq!(i.evidence.text, "loi du 30 juillet 2018");
        assert!(
            i.title.as_deref().unwrap().ends_with("de terrorisme"),
            "{:?}",
            i.title
        );
    }

    #[test]
    fn royal_decree_is_an_implementing_act() {
        assert_eq!(
            kinds("Under the Royal Decree of 3 May 2019, we convene you."),
            vec![InstrumentKind::ImplementingAct]
        );
        assert_eq!(
            kinds("Under the Flemish Decree of 29 March 2024 on Family Justice Centres."),
            vec![InstrumentKind::Decree]
        );
    }

    #[test]
    fn statute_quote_and_generic_wording_do_not_count() {
        let b = basis("L'article 458ter dispose : « Il n'y a pas d'infraction lorsqu'une personne qui, par état ou par profession, est dépositaire de secrets, communique ceux-ci dans le cadre d'une concertation organisée soit par ou en vertu d'une loi, d'un décret ou d'une ordonnance, soit moyennant une autorisation motivée du procureur du Roi. »");
        assert!(b.cites_458ter);
        assert!(b.instruments.is_empty(), "{:?}", b.instruments);
    }

    #[test]
    fn data_protection_footer_is_not_a_basis() {
        assert!(kinds("Vos données sont traitées conformément à la loi du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel.").is_empty());
    }

    #[test]
    fn prosecutor_authorization_reasoned_or_not() {
        let b = basis("Cette concertation est organisée sur la base de l'autorisation motivée du procureur du Roi de Namur du 4 septembre 2023.");
        assert_eq!(
            b.instruments[0].kind,
            InstrumentKind::ProsecutorAuthorization
        );
        assert_eq!(b.instruments[0].reasoned, Some(true));
        let b = basis("The consultation is organised with the authorisation of the Crown Prosecutor of Brussels.");
        assert_eq!(b.instruments[0].reasoned, Some(false));
    }

    #[test]
    fn prosecutor_authorization_in_other_words() {
        for text in [
            "La présente réunion repose sur la décision dûment motivée par laquelle le procureur du Roi d'Eupen a, le 12 janvier 2026, autorisé la tenue de concertations de cas.",
            "Je vous invite sur la base de l'autorisation motivée que j'ai délivrée le 3 septembre 2025.",
            "The consultation takes place with the Public Prosecutor's written and motivated consent.",
        ] {
            let b = basis(text);
            assert_eq!(
                b.instruments.first().map(|i| (i.kind, i.reasoned)),
                Some((InstrumentKind::ProsecutorAuthorization, Some(true))),
                "{text}"
            );
        }
        // Near miss: an authorization the writer signed that is not a prosecutor's.
        assert!(
            kinds("Merci de rapporter l'autorisation de sortie que j'ai signée hier.").is_empty()
        );
    }

    #[test]
    fn decrees_by_nickname_or_parliament() {
        assert_eq!(
            kinds("Dans le cadre du décret « Missions », je vous propose de nous réunir."),
            vec![InstrumentKind::Decree]
        );
        assert_eq!(
            kinds("It is held under the Flemish Parliament Act of 12 July 2013 on integrated youth care."),
            vec![InstrumentKind::Decree]
        );
    }

    #[test]
    fn judge_order_is_not_an_ordinance_and_protocol_needs_context() {
        assert!(
            kinds("Par ordonnance du 12 mars 2025, le juge de la jeunesse a confié l'enfant.")
                .is_empty()
        );
        assert_eq!(kinds("Conformément au protocole de collaboration signé avec le parquet, nous vous invitons."), vec![InstrumentKind::NonNormative]);
        assert!(kinds("Suivez le protocole sanitaire à l'entrée.").is_empty());
    }
}
