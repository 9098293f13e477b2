//! French (and Dutch) cues for the legal basis, over the folded view.

use crate::extract::basis::Cue::{self, *};

/// A date as written in an instrument's citation: "30 juillet 2018", "1er avril 2021",
/// "30/07/2018", "30.07.2018".
macro_rules! date {
    () => {
        r"(?:(?:1er|\d{1,2}) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januari|februari|maart|mei|juni|juli|augustus|oktober) \d{4}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b))"
    };
}

/// Instruments and citations, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    (
        r"\bautorisation(?:,? [a-z0-9'-]{1,40}){0,8},? par (?:m(?:onsieur|adame|me)?\.? )?(?:le |la )?(?:procureure? du roi|parquet|substitute? du procureur)",
        ProsecutorAuthorization,
    ),
    (
        r"\bautorisation(?: [a-z'-]{1,40}){0,3} (?:que|qu') (?:(?:nous|vous|lui|leur) (?:a|avait|ont|avaient) (?:accordee|delivree|donnee|octroyee|signee|consentie) |m'a (?:accordee|delivree|donnee|octroyee|signee) )?(?:m(?:onsieur|adame|me)?\.? )?(?:le |la )?(?:procureure? du roi|parquet|substitute?)",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:autorisation|decision|accord|aval|feu vert)(?:,? (?:ecrite?|formelle?|expresse?|prealable|dument|specialement|expressement|motivee?|et)){0,6}(?: \([a-z'\x22\s]{1,40}\))? (?:du|de la|de|emanant du|delivree? par le|donnee? par le|accordee? par le|par laquelle|par lequel) (?:(?:m(?:onsieur|adame|me)?\.? )?(?:le |la )?(?:procureure? du roi|substitut du procureur du roi)|parquet|ministere public|magistrate? (?:de reference |de liaison |de garde |referente? )?du parquet|magistrate? (?:de reference|de liaison|referente?))",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:procureure? du roi|parquet|substitut)(?: \(?[a-z'-]{1,40}\)?,?){0,8} a(?:,? [a-z0-9'-]{1,40}){0,8},? (?:autorise|permis|delivre|accorde|donne|octroye|signe|rendu)\b",
        ProsecutorAuthorization,
    ),
    // The prosecutor writing of the authorization given: "l'autorisation motivée que
    // j'ai délivrée le 3 septembre".
    (
        r"\bautorisation(?: (?:dument|motivee|ecrite|formelle|prealable|specifique|et)){0,3} (?:que|qu') (?:j'ai|je vous ai|nous avons|mon office a|notre office a) (?:[a-z]{1,20} )?(?:delivree|accordee|donnee|signee|octroyee|prise|rendue)\b",
        ProsecutorAuthorization,
    ),
    // Art. 458ter itself.
    (r"\b458 ?-?ter\b", Cite458ter),
    // Implementing acts first: "arrêté royal" must never read as a law or decree.
    (
        concat!(
            r"\b(?:arrete royal|a\.? ?r\.?)(?: n[o°]? ?\d{1,10})? du ",
            date!()
        ),
        ImplementingAct,
    ),
    (r"\barrete royal\b", ImplementingAct),
    (
        concat!(
            r"\barrete (?:du gouvernement|du gouv\.|ministeriel|du college reuni|du college|de gouvernement|d'execution)(?: [a-z' -]{0,60}?)? du ",
            date!()
        ),
        ImplementingAct,
    ),
    (
        r"\barrete (?:du gouvernement\b|du gouv\.|ministeriel\b|du college reuni\b|d'execution\b)",
        ImplementingAct,
    ),
    (
        r"\b(?:koninklijk besluit|besluit van de [a-z]{1,40} ?regering|ministerieel besluit)\b",
        ImplementingAct,
    ),
    // Prosecutor's authorization.
    (
        r"\b(?:autorisation|decision|accord)(?: ecrite| formelle| expresse)?(?: (?:dument|specialement|expressement))?(?: motivee?)?(?: ecrite)?(?: (?:accordee|delivree|donnee|octroyee|signee))?(?: par| de| du| emanant du| emanant de)? (?:(?:m(?:onsieur|adame|me)?\.? )?(?:le |la )?(?:procureure? du roi|substitut du procureur du roi)|parquet|ministere public)",
        ProsecutorAuthorization,
    ),
    // The prosecutor's decision that is itself the authorization: « La présente décision
    // constitue l'autorisation motivée visée à l'article 458ter ».
    (
        r"\b(?:constitue|vaut) (?:l'|une )?autorisation motivee\b",
        ProsecutorAuthorization,
    ),
    // Abbreviated in a note: "autorisation du PR du 3/02", "autor. motivée du PdR".
    (
        r"\b(?:autorisation|autor\.?|accord) (?:motivee )?du (?:pr|pdr|proc|procureur|proccureur|procureure|prokureur)\b",
        ProsecutorAuthorization,
    ),
    // Laws and decrees abbreviated: "L. 30/07/2018", "D. RW 3.5.2024".
    (r"\bl\. ?\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b", Law),
    // « loi 30/07/2018 » in an SMS, "Act 30/07/2018".
    (
        r"\b(?:loi|wet|act|law) \d{1,2}[./]\d{1,2}[./](?:(?:19|20)\d{2}|\d{2})\b",
        Law,
    ),
    (
        r"\bd\. ?(?:rw|w|cf|cfwb|fwb|cocof|rbc|vl|cg|wal)\.? ?\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b",
        Decree,
    ),
    // The prosecutor writing: "Par décision motivée du 21 avril, j'ai autorisé …".
    (
        r"\b(?:(?:j'ai|nous avons)(?: [a-z'-]{1,20}){0,2} autorise|j'autorise|nous autorisons)(?:,[a-z0-9 \n'§.,()-]{1,200}?,)? (?:l'organisation|la tenue|une concertation|la concertation|cette concertation)",
        OwnAuthorization,
    ),
    // "Avec le feu vert du parquet", "l'aval du magistrat": an authorization when the
    // sentence names the prosecutor.
    (r"\b(?:feu vert|aval)\b", Authorization),
    // The decision itself: « La procureure du Roi autorise, par la présente décision
    // motivée, l'organisation de concertations de cas ».
    (r"\bautorise,? par la presente\b", Authorization),
    // « la note par laquelle le procureur du Roi autorise la concertation », « le parquet
    // autorise cette concertation ».
    (
        r"\b(?:procureure? du roi|parquet|substitute? du procureur du roi)(?: [a-z'-]{1,20}){0,3} (?:autorise|a autorise|marque son accord pour|donne son accord (?:a|pour)) (?:la tenue d'une |la tenue de la |une |la |cette )?concertation\b",
        ProsecutorAuthorization,
    ),
    // The prosecutor writing: « je marque mon accord pour la tenue d'une concertation de cas ».
    (
        r"\bje (?:marque|donne) mon accord (?:pour|a) (?:la tenue d'une |la tenue de la |l'organisation d'une |une |la |cette )concertation\b",
        OwnAuthorization,
    ),
    (
        r"\bautorise(?:e|es|s)? (?:(?:expressement|formellement|specialement) )?par (?:m(?:onsieur|adame)? )?(?:le |la )?(?:procureure? du roi|parquet|ministere public)",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:met redenen omklede |gemotiveerde )?toestemming van de procureur des konings\b",
        ProsecutorAuthorization,
    ),
    (
        concat!(
            r"\bautorisation(?: ecrite| formelle)?(?: dument)?(?: motivee)?(?: ecrite)? (?:du|en date du|datee du|n[o°] ?[0-9/.-]{1,40} du) ",
            date!()
        ),
        Authorization,
    ),
    (
        r"\b(?:procureure? du roi|parquet)(?: [a-z'-]{1,40}){0,8} a (?:autorise|permis|accorde son autorisation|donne son autorisation|donne son accord)",
        ProsecutorAuthorization,
    ),
    // Laws.
    (
        concat!(r"\bloi(?:-programme| federale| speciale)? du ", date!()),
        Law,
    ),
    (
        r"\bloi (?:portant creation de cellules|relative aux cellules|csil(?:-r)?\b|sur la fonction de police|relative a la protection de la jeunesse|relative (?:aux|a la) [a-z]{1,40} [a-z]{1,40})",
        Law,
    ),
    (concat!(r"\bwet van ", date!()), Law),
    // Decrees (of a Community or Region).
    (
        concat!(
            r"\bdecret(?: de la communaute (?:francaise|flamande|germanophone)| de la region (?:wallonne|flamande)| wallon| flamand| de la cocof| de la commission communautaire francaise)? du ",
            date!()
        ),
        Decree,
    ),
    (
        r"\bdecret (?:de la communaute (?:francaise|flamande|germanophone)|de la region wallonne|wallon|flamand|relatif|portant|organisant|instituant|sur)\b",
        Decree,
    ),
    // A decree called by its nickname: 'le décret « Missions »', 'décret dit "inscriptions"'.
    (
        r#"\bdecret (?:dit |appele |intitule )?" ?[a-z][a-z' -]{1,40} ?""#,
        Decree,
    ),
    (concat!(r"\b(?:vlaams )?decreet van ", date!()), Decree),
    (r"\bdecreet (?:betreffende|houdende|tot)\b", Decree),
    // A decree by its short name: « décret Aide à la jeunesse ».
    (
        r"\bdecret (?:aide a la jeunesse|de l'aide a la jeunesse|aide a la jeunesse et protection de la jeunesse)\b",
        Decree,
    ),
    // Ordinances (Brussels). A judge's "ordonnance" is filtered out by context.
    (
        concat!(
            r"\bordonnance(?: bruxelloise| conjointe| de la cocom| de la commission communautaire commune| de la region de bruxelles-capitale| de la commission communautaire francaise)? du ",
            date!()
        ),
        Ordinance,
    ),
    (
        r"\bordonnance (?:bruxelloise|conjointe|bicommunautaire|de la cocom|de la cocof|de la commission communautaire commune|de la region de bruxelles-capitale)\b",
        Ordinance,
    ),
    (concat!(r"\bordonnantie van ", date!()), Ordinance),
    // Texts that are not norms.
    (
        r"\b(?:circulaire(?: ministerielle| commune| des procureurs generaux)?(?: col)?(?: ?n[o°]?)? ?\d{1,2}/\d{4}|col ?\d{1,2}/\d{4})\b",
        NonNormative,
    ),
    (
        r"\bcirculaire(?: ministerielle| commune| des procureurs generaux)?\b",
        NonNormative,
    ),
    (
        r"\bprotocole(?: d'accord| de collaboration| de cooperation| de partenariat| d'intervention| intersectoriel| de concertation| local)?\b",
        NonNormative,
    ),
    (
        r"\bcharte(?: de collaboration| de partenariat| de confidentialite| deontologique| du reseau)?\b",
        NonNormative,
    ),
    (
        r"\bconvention(?: de collaboration| de partenariat| de cooperation| cadre| d'adhesion| de reseau)\b",
        NonNormative,
    ),
    (r"\bnote de service\b", NonNormative),
    (r"\breglement d'ordre interieur\b", NonNormative),
    (r"\bvade-?mecum\b", NonNormative),
    (r"\blignes? directrices?\b", NonNormative),
    (
        r"\b(?:omzendbrief|samenwerkingsprotocol|samenwerkingsovereenkomst)\b",
        NonNormative,
    ),
];

/// Words that show an instrument is invoked as a basis.
pub(crate) static BASIS_CONTEXT: &[&str] = &[
    r"\ben vertu d",
    r"\bconformement a",
    r"\bsur (?:la )?base d",
    r"\bsur pied d",
    r"\bdans le cadre d",
    r"\bdans le cadre (?:fixe|defini|trace|prevu|pose|etabli) (?:par|dans)",
    r"(?:^|\n)(?:[-•*] )?(?:ainsi que|de meme que) (?:par|sur|dans) (?:la|le|les|l')",
    r"\ben application d",
    r"\bau titre d",
    r"\bfonde(?:e|es|s)? sur",
    r"\bprevue?s? par",
    r"\bregie?s? par",
    r"\borganisee?s? (?:par|selon|sur|en)",
    r"\bbase legale\b",
    r"\bcadre legal\b",
    r"\bcadre (?:juridique|reglementaire|normatif)\b",
    // A form's label: "CADRE .... : – circulaire …; – protocole d'accord du …".
    r"(?:^|\n)cadre\s{0,3}(?::|$)",
    r"\bbases? juridiques?\b",
    r"\bfondement\b",
    r"\bselon (?:le|la|les)\b",
    r"\bsigne(?:e|es|s)? (?:entre|avec|par)",
    // Le texte habilite à réunir : « notre ROI prévoit que les bénévoles peuvent convoquer
    // de telles réunions ».
    r"\b(?:prevoit|prevoient|permet|permettent|autorise|autorisent|dit|disent)(?: que)?(?: [a-z'-]{1,20}){0,2} (?:peut|peuvent|de|a) (?:convoquer|organiser|reunir|tenir) (?:des|de telles|ce type de|une) (?:reunions?|concertations?)\b",
    r"\bkrachtens\b",
    r"\bop grond van\b",
    r"\bovereenkomstig\b",
    r"\bin het kader van\b",
];

/// Topics of laws cited about something else (a data-protection footer, a judge's order).
pub(crate) static FOREIGN_TOPICS: &[&str] = &[
    r"\bdroits du patient\b",
    r"\bprotection des (?:donnees|personnes physiques)",
    r"\bdonnees a caractere personnel\b",
    r"\btraitements? (?:des|de) donnees\b",
    r"\bvie privee\b",
    r"\brgpd\b",
    r"\bemploi des langues\b",
    r"\bmarches publics\b",
    r"\bpublicite de l'administration\b",
    r"\bacces aux documents administratifs\b",
    r"\bgegevensbescherming\b",
    r"\bsanctions administratives(?: communales)?\b",
    r"\bgemeentelijke administratieve sancties\b",
];

/// Courts and judges: an "ordonnance" in such a sentence is a court order, not a Brussels
/// ordinance.
pub(crate) static COURT_TOPICS: &[&str] = &[
    r"\b(?:juge|tribunal|cour|chambre) (?:de la jeunesse|de la famille|d'appel|du conseil)\b",
    r"\bordonnance (?:du|de la|rendue par le|prise par le) (?:juge|tribunal|president|cour)\b",
    r"\bordonnance (?:de placement|de garde|medicale|de referes?)\b",
];
