//! French (and Dutch) cues for statements, over the folded view.
//!
//! Each cue says what its words mean when affirmed; the extractor decides negation per
//! clause ("n'est pas obligatoire" turns a mandatory cue into an optional statement).

use crate::extract::statements::Cue::{self, *};

/// The person concerned, as letters name them.
macro_rules! person {
    () => {
        r"(?:la personne concernee|les personnes concernees|l'interesse(?:e)?|les interesses|la famille|les parents|le jeune|la jeune|le mineur|la mineure|le patient|la patiente|le beneficiaire|la beneficiaire|madame [a-z]\.?|monsieur [a-z]\.?|(?:mme|m\.|madame|monsieur) [a-z]\. [a-z]\.?|mme [a-z]{1,40}|m\. [a-z]{1,40}|la mere|le pere|la maman|le papa|le client|la cliente|l'usager|les enfants|l'enfant|la victime|(?:sa|leur) (?:mere|maman|famille|compagne|partenaire)|(?:son|leur) (?:pere|papa|compagnon|partenaire)|ses parents|betrokkene|de betrokken persoon|het gezin|de ouders)"
    };
}

/// Statement cues, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    // Une ligne de tableau : « | Présence | **obligatoire** | ».
    (
        r"\b(?:presence|participation)\s{0,3}\|\s{0,3}(?:\*\*)?(?:obligatoire|requise|indispensable|imperative)\b",
        FixedParticipationMandatory,
    ),
    // « Votre présence est-elle obligatoire ? Non, rien ne vous y oblige. », « rien ne vous
    // oblige à tout dire ».
    (
        r"\brien ne vous (?:y )?(?:oblige|obligera|contraint|contraindra|force|forcera) a (?:parler|partager|reveler|dire|tout dire|communiquer|transmettre|divulguer)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\brien ne vous (?:y )?(?:oblige|obligera|contraint|contraindra|force|forcera)\b",
        FixedParticipationOptional,
    ),
    // « ne pas venir n'est pas une option », « s'absenter n'est pas envisageable ».
    (
        r"\b(?:ne pas (?:venir|participer|y assister|y participer|etre present|etre presente)|s'absenter|manquer (?:cette|la) (?:reunion|concertation)) n'est (?:pas|plus) (?:une option|envisageable|possible|permis)\b",
        FixedParticipationMandatory,
    ),
    // La liste d'une décision : « Sont appelés à siéger : », « Participent obligatoirement
    // à la concertation : » n'est pas une obligation faite au lecteur.
    (
        r"\bsont (?:appeles|appelees) a (?:sieger|participer|prendre part)(?: a la concertation(?: de cas)?)?\s{0,3}(?::|\n)",
        Composition,
    ),
    // "Aucune information pertinente ne peut être retenue, que le service soit présent ou
    // non."
    (
        r"\baucune information(?: pertinente| utile)? ne (?:peut|pourra|doit|devra|saurait) (?:etre )?(?:retenue|gardee|cachee|omise|conservee par devers)",
        FixedDisclosureMandatory,
    ),
    // Said to one person, in a chat: « t'es obligé de nous dire tout ce que tu sais ».
    (
        r"\b(?:t'es|tu es|tu seras) (?:oblige|obligee|tenu|tenue) de (?:nous |leur )?(?:dire|partager|communiquer|reveler|transmettre|donner)\b",
        DisclosureMandatory,
    ),
    // « Tu DOIS être là et tu dois tout nous dire sur leurs absences ».
    (
        r"\btu (?:dois|devras|devrais) (?:absolument |vraiment |imperativement )?(?:etre la|etre presente?|venir|participer|y etre)\b",
        ParticipationMandatory,
    ),
    (
        r"\btu (?:dois|devras) (?:absolument |vraiment )?(?:tout )?(?:nous |leur )?(?:tout )?(?:dire|raconter|partager|communiquer|transmettre|donner)\b",
        DisclosureMandatory,
    ),
    // A sanction for keeping something back: « toute rétention d'une information utile …
    // sera consignée au procès-verbal et signalée à votre autorité hiérarchique ».
    (
        r"\btoute (?:retention|dissimulation) d'(?:une )?informations?(?: [a-z'-]{1,20}){0,8} sera (?:consignee|signalee|sanctionnee|rapportee|communiquee|notee)",
        FixedDisclosureMandatory,
    ),
    // A chat's answer: « je dois venir ? » — « oui c obligatoire ».
    (
        r"\boui,? c(?:'est| est|) (?:obligatoire|oblige)\b",
        FixedParticipationMandatory,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:presence|participation)\s{0,6}:\s{0,6}(?:☒\s{0,3})?(?:requise|obligatoire|exigee|indispensable)|\baucune? (?:excuse|absence|remplacement)s? (?:ne sera )?acceptee?s?",
        FixedParticipationMandatory,
    ),
    // « Il n'est pas envisageable que la maison de justice ne soit pas représentée », « en cas
    // d'empêchement, vous devez vous faire remplacer »: a double negation, a replacement
    // required.
    (
        r"\bil n'est pas (?:envisageable|concevable|pensable|imaginable|acceptable|question) que [^.;\n]{1,60}? ne (?:soit|soient) pas (?:representee?s?|presente?s?)\b|\ben cas d'empechement,? (?:vous (?:devez|devrez|etes tenue?s? de)|il (?:vous )?(?:appartient|incombe) de) (?:vous faire remplacer|designer un remplacant|deleguer un)",
        FixedParticipationMandatory,
    ),
    // A form's field: "Participation : ☒ facultative ☐ obligatoire" (the unticked box is
    // left out of the reading).
    // A chat: « Chacun vient s'il peut, rien d'obligatoire », « viens si tu peux ».
    (
        r"\bchacun vient s'il (?:peut|veut|le souhaite|le peut)\b|\brien d'obligatoire\b",
        FixedParticipationOptional,
    ),
    (
        r"(?:^|\n)(?:[-•*|] ?)?(?:presence|participation|attendance)\s{0,6}[:|]\s{0,6}(?:☒\s{0,3})?(?:facultative|libre|volontaire|optionnelle|voluntary|optional)\b",
        FixedParticipationOptional,
    ),
    // « Le présent ordre du jour ne modifie en rien le caractère facultatif de votre
    // participation »: what is said of its character, whatever is said of the document.
    (
        r"\bcaractere (?:facultatif|volontaire|libre|non obligatoire) de (?:votre|la|leur|sa|chaque|cette) (?:participation|presence|venue)\b",
        FixedParticipationOptional,
    ),
    // A chat's answer: « viens si tu peux », « venez si vous pouvez ».
    (
        r"\b(?:viens|venez) si (?:tu peux|vous pouvez|c'est possible)\b",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:nous vous demandons|je vous demande|nous vous prions|je vous prie) de (?:bien vouloir )?(?:nous )?(?:communiquer|transmettre|partager|fournir|reveler|apporter|remettre)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:on compte|nous comptons|je compte) sur vous pour (?:nous )?(?:apporter|partager|communiquer|transmettre|fournir|remettre)|\bsans rien (?:garder|cacher|omettre|retenir)\b",
        FixedDisclosureMandatory,
    ),
    // "Nous comptons impérativement sur vous": attendance asked for (after the cue above,
    // where "sur vous pour apporter" asks for the file).
    (
        r"\b(?:nous comptons|je compte|on compte) (?:imperativement|absolument|fermement) sur (?:vous|votre presence|votre participation|votre venue|la presence de votre service|la participation de votre service)\b",
        ParticipationMandatory,
    ),
    (
        r"\b(?:nous comptons|je compte|on compte) (?:vivement |donc |bien |vraiment )?sur (?:vous|votre presence|votre participation|votre venue|la presence de votre service|la participation de votre service)\b",
        WishedParticipation,
    ),
    // Instructions in the future tense: "Conformément à vos obligations, vous communiquerez
    // aux participants l'ensemble des informations", "vous voudrez bien nous transmettre
    // le dossier complet", "n'oubliez pas d'apporter vos notes de suivi complètes".
    (
        r"\bvous (?:nous |leur |lui )?(?:communiquerez|transmettrez|apporterez|fournirez|remettrez|partagerez|produirez|presenterez|ferez parvenir)(?: [a-z'-]{1,20}){0,3} (?:l'ensemble|la totalite|l'integralite|tout|toutes|tous|le dossier|votre dossier|vos dossiers|les dossiers|vos notes|le rapport|vos rapports|les informations)\b",
        DisclosureMandatory,
    ),
    // "Si vous participez, vous devrez en revanche nous communiquer l'ensemble des
    // informations dont vous disposez."
    (
        r"\bvous (?:devrez|devez|deviez|devriez|aurez a)(?: [a-z]{1,12}){0,2} (?:nous |leur |lui )?(?:communiquer|transmettre|partager|fournir|remettre|reveler|apporter|livrer) (?:l'ensemble|la totalite|l'integralite|tout|toutes|tous|les informations|vos informations|le dossier|votre dossier)\b",
        DisclosureMandatory,
    ),
    // "Chaque intervenant est prié de transmettre à la direction, pour le 14 janvier,
    // l'intégralité des informations dont il dispose": the whole of what one knows asked for.
    (
        r"\b(?:est|sont|etes) (?:prie|priee|pries|priees|tenue?s?) de (?:nous |leur |lui )?(?:transmettre|communiquer|fournir|remettre|faire parvenir|partager)[a-z0-9 ,'-]{0,60}?\b(?:l'integralite|la totalite|l'ensemble) (?:des|de ses|de leurs|de vos) (?:informations|elements|donnees)\b",
        DisclosureMandatory,
    ),
    (
        r"\bvous voudrez bien (?:nous |leur |lui )?(?:transmettre|communiquer|apporter|fournir|remettre|faire parvenir|partager|produire)[a-z0-9 ,'-]{0,80}?\b(?:le dossier|votre dossier|vos dossiers|les dossiers|le rapport|vos rapports|vos notes|les notes|toutes les informations|l'ensemble des|l'integralite)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:nous attendons|on attend|j'attends) (?:de (?:chaque|chacun|tous|toutes|vous)[a-z' ]{0,30} )?(?:qu'(?:il|ils|elle|elles)|que vous|que chacun|que chaque [a-z]{3,20}) (?:nous )?(?:communique|communiquent|communiquiez|transmette|transmettent|transmettiez|partage|partagent|partagiez|livre|livrent|apporte|apportent|fournisse|fournissent)\b|\b(?:merci d'|merci de |veuillez |je vous (?:invite|demande|prie) (?:a|de) |nous vous (?:invitons|demandons|prions) (?:a|de) )(?:nous |leur )?(?:apporter|transmettre|remettre|faire parvenir|communiquer|fournir) (?:(?:votre|le) dossier (?:[a-z]{3,12} )?(?:complet|integral|entier)\b|(?:l'integralite|la totalite|l'ensemble) (?:de votre|du|des) dossiers?\b)|\b(?:chaque|chacun des) (?:partenaire|participant|service|intervenant)s?(?: [a-z-]{1,20}){0,1} (?:sera|seront) (?:invitee?s?|amenee?s?|appelee?s?|prie?e?s?) a (?:presenter|partager|communiquer|exposer) (?:le|son|leur|votre) dossier\b|\b(?:n'oubliez pas|pensez a|veillez a) (?:de |d')?(?:nous )?(?:apporter|transmettre|communiquer|fournir|remettre|faire parvenir)(?: [a-z'-]{1,20}){0,2}? (?:vos notes|votre dossier|le dossier|les dossiers|vos dossiers|vos rapports|le rapport|les informations|l'ensemble|tout)\b",
        DisclosureMandatory,
    ),
    // Attendance left free in other words: "Rien ne vous oblige à répondre favorablement à
    // cette invitation", "aucune justification ne vous sera demandée".
    (
        r"\b(?:rien|nul|personne|aucune (?:disposition|regle)) ne vous (?:oblige|contraint|force|astreint) (?:a|de) (?:repondre (?:favorablement |positivement )?a (?:cette|notre|la presente|l') ?(?:invitation|convocation|demande)|accepter (?:cette|notre) invitation)|\baucune justification ne vous sera (?:demandee|exigee|reclamee)",
        FixedParticipationOptional,
    ),
    // Disclosure left free: "sans préjudice de votre droit de vous taire", "vous n'aurez à
    // partager que ce que vous estimez...", "vous décidez seul·e de ce que vous partagez".
    (
        r"\b(?:droit|liberte) (?:de vous taire|de garder le silence|de ne rien dire|au silence)|\bvous n'(?:aurez|avez) a (?:partager|dire|communiquer|transmettre|reveler) que\b|\bce que vous (?:vous )?sentez (?:a l'aise|pret|prete|libre) de (?:partager|dire|communiquer)\b|\bvous (?:decidez|deciderez|choisissez|choisirez|determinez|determinerez|jugez|jugerez|appreciez|apprecierez)(?: librement| seule?s?| seul[^a-z ]{1,3}e| vous-memes?| en conscience){0,2} (?:de )?(?:ce que|ce qu'il|des informations|quelles informations|de ce qu)",
        FixedDisclosureOptional,
    ),
    // A bare reminder: "Rappel – art. 458ter, § 2 : secret".
    (
        r"\b458 ?ter,? ?§ ?2\s{0,3}(?::|-|–|\()\s{0,3}(?:le )?(?:secret|confidentialite|secrecy|confidentiality)\b",
        Secrecy,
    ),
    // « il faudra que vous communiquiez l'ensemble des éléments ».
    (
        r"\bil (?:faudra|faut|faudrait) que vous (?:nous |leur )?(?:communiquiez|transmettiez|partagiez|apportiez|fournissiez|reveliez|remettiez)\b",
        DisclosureMandatory,
    ),
    // "Nous ne doutons pas que vous communiquerez l'intégralité du dossier": no choice is left.
    (
        r"\b(?:ne doutons pas|ne doute pas|sommes (?:certains|convaincus|surs)|suis (?:certaine?|convaincue?|sure?)) que vous (?:nous )?(?:communiquerez|transmettrez|partagerez|apporterez|fournirez|remettrez|revelerez|ferez part|mettrez a (?:la )?disposition)",
        FixedDisclosureMandatory,
    ),
    // "Il ne vous est nullement imposé d'y prendre part", "il n'est pas attendu de
    // l'assistant qu'il communique": affirmed, an obligation; negated, a choice.
    (
        r"\b(?:impose|exige) (?:d'y |de )(?:prendre part|participer|assister|venir|etre present)",
        ParticipationMandatory,
    ),
    (
        r"\battendu(?: de [a-z'-]{1,40}(?: [a-z'-]{1,40}){0,4})? (?:qu'(?:il|elle|ils|elles) |que (?:vous|chacun) |de vous )(?:communiqu|transmett|partag|revel|divulgu|fourniss|fournir|livr)[a-z]{0,5}",
        DisclosureMandatory,
    ),
    (
        r"\b(?:on compte|nous comptons|je compte) sur (?:la transmission|la communication|le partage|la remise|l'envoi) (?:de l'ensemble |de la totalite |de tout |integrale )?(?:de |du |des |de la |de vos |de votre )?",
        FixedDisclosureMandatory,
    ),
    (
        r"\bvotre (?:participation|presence|venue)(?: [a-z']{1,20}){0,6} relevent? de votre (?:appreciation|choix|libre choix|decision|seule decision)",
        FixedParticipationOptional,
    ),
    // Each one judges what to share: "Chacun apprécie en conscience ce qu'il estime
    // pouvoir partager", "Vous restez seul juge de ce que vous souhaitez partager".
    (
        r"\b(?:chacun(?:e|s|es)?|chaque (?:participant|intervenant|professionnel|partenaire|membre)e?) (?:des participants |d'entre vous |d'entre nous )?(?:apprecie|juge|decide|determine|evalue|choisit)(?:,? en conscience| librement| seule?| lui-meme| elle-meme){0,2},? (?:de )?(?:ce qu|ce que|(?:des|les) (?:informations|elements)|quelles? (?:informations|elements)|s'il|si elle)|\b(?:seule?s?|le seul|la seule) juges? de ce que (?:vous|chacun|il|elle|nous)|\b(?:reste|restez|restent|demeure|demeurez|etes|est) (?:seul[a-z.·]{0,3} |le seul |la seule )?juges? (?:de ce qu|des informations|des elements)|\blibres? de ne (?:rien )?(?:communiquer|partager|dire|transmettre|reveler|livrer)(?: que)?\b|\bil vous (?:appartient|appartiendra) (?:en revanche |toutefois |cependant |neanmoins |par contre |donc |bien sur |evidemment |en outre |aussi |egalement |par ailleurs )?(?:seule?s? |a vous seule?s? )?(?:de decider(?:,? en conscience,?|,? librement,?)? (?:des|de ce|quelles?|si)|d'apprecier)\b|\baucune (?:communication|information|transmission|revelation) ne vous sera (?:reclamee|exigee|imposee|demandee)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\bgarder pour vous\b|\bgarder par devers vous\b",
        FixedDisclosureOptional,
    ),
    // "Personne n'est obligé de venir, ni de tout dire : chacun partage ce qu'il estime
    // pouvoir partager." ("ni" carries the negation of the clause before it.)
    (
        r"\bni (?:de |d')(?:tout |rien )?(?:dire|partager|reveler|communiquer|transmettre|divulguer|parler)\b|\bchacun(?:e)? (?:ne )?(?:partage|partagera|communique|communiquera|transmet|transmettra|dit|dira|apporte|apportera) (?:que |uniquement |seulement )?ce qu'(?:il|elle) (?:estime|juge|souhaite|veut|croit)\b|\bdecider (?:librement |seule?s? )?(?:des informations (?:que|qu')|de ce que (?:vous|chacun)|de ce qu'(?:il|elle|on))|\blibres? de ce qu'(?:il|elle|ils|elles|on) (?:estime|juge|souhaite|veut|pense|croit|partage|partagera|communique|communiquera|dit|dira)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:loisible de|libre de|pouvez) vous (?:faire excuser|excuser|abstenir)\b|\bnul n'est tenu de (?:repondre a (?:cette|l'|votre) invitation|donner suite)",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:reste|restera|demeure|demeurera|est|sera) (?:strictement |entierement )?couverte? par le secret",
        Secrecy,
    ),
    (
        r"\bil vous (?:appartiendra|incombera|reviendra)(?: toutefois| cependant| neanmoins| donc| des lors| en outre| egalement| aussi| en tout etat de cause)? de (?:nous )?(?:transmettre|communiquer|partager|fournir|reveler|divulguer|apporter|remettre)",
        DisclosureMandatory,
    ),
    (
        r"\bil (?:vous|t') est (?:bien sur |evidemment |tout a fait )?loisible de (?:ne pas (?:venir|participer|y prendre part|y assister)|decliner|refuser)|\bnul n'est tenu de (?:venir|participer|y assister|y prendre part)|\b(?:votre |ton )?(?:eventuelle )?absence ne (?:portera|pretera|aura|entrainera) a? ?(?:aucune|pas de) consequence",
        FixedParticipationOptional,
    ),
    (
        r"\bil (?:vous|t') est (?:bien sur |evidemment )?loisible de (?:garder|taire|ne pas (?:partager|reveler|communiquer|dire))|\bnul n'est tenu de (?:reveler|partager|communiquer|dire|parler)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:la )?discretion (?:la plus )?(?:stricte|absolue|totale) s'impose|\bne sortira pas de (?:la |cette )?(?:salle|piece|reunion)|\bce qui (?:se dit|est dit|sera dit|s'y dit|s'y dira)(?: [a-z']{1,20}){0,3} (?:reste|restera|doit rester) (?:entre nous|dans (?:la|cette) (?:salle|piece))\b",
        Secrecy,
    ),
    (
        r"\b(?:est au courant|sont au courant|a marque son accord|ont marque leur accord|l'approuve|y consent|y a consenti)\b|\b(?:sait|savent) que (?:nous nous reunissons|nous nous reunirons|nous organisons|la (?:concertation|reunion) (?:a|aura) lieu|cette (?:concertation|reunion) (?:a|aura) lieu)\b",
        PersonInformed,
    ),
    (
        r"\b(?:tenue?s?|liee?s?|soumise?s?) (?:par|a|au respect de) (?:ce que prevoit |ce que dispose )?l'(?:art(?:icle|\.)? ?)?458 ?ter,? ?§ ?2",
        Secrecy,
    ),
    (
        r"\b(?:votre |toute )?absence ne (?:vous )?(?:sera|pourra)(?: (?:vous|pas|aucunement|nullement|jamais|en aucun cas|d'aucune facon|etre)){0,4} (?:reprochee|sanctionnee|retenue contre vous|pas prise en compte|consideree comme (?:un |une )?(?:refus|faute|manquement))|\blibre a (?:vous|toi) d'y (?:prendre part|participer|assister|venir)\b",
        FixedParticipationOptional,
    ),
    // « l'absence de partage ne pourra vous être reprochée »: what one keeps to oneself.
    (
        r"\b(?:l')?absence de (?:partage|communication|reponse|reponses|transmission)(?: d'informations?)? ne (?:vous )?(?:sera|pourra)(?: (?:vous|pas|aucunement|nullement|jamais|en aucun cas|d'aucune facon|etre)){0,4} (?:reprochee|sanctionnee|retenue contre vous)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:a vous|vous) seule?s? (?:de |d'|qui )?(?:decider|decidez|deciderez|choisir|choisissez|choisirez|apprecier|appreciez|apprecierez)\b",
        FixedDisclosureOptional,
    ),
    // « Venir n'est pas un devoir ; parler non plus. », « ni votre absence ni votre
    // silence ne vous seront reprochés ».
    (
        r"\b(?:venir|participer|y participer|assister|y assister|y prendre part|etre present|etre presente) n'est (?:pas|en rien|nullement|aucunement) (?:un devoir|une obligation|obligatoire)\b|\bni (?:votre|ton) absence,? ni (?:votre|ton) silence\b",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:parler|partager|vous exprimer|tout dire|dire quoi que ce soit) non plus\b|\bni (?:votre|ton) absence,? ni (?:votre|ton) silence\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:pouvez|pourrez) (?:aussi |egalement |toujours )?(?:choisir de |decider de )?(?:vous taire|garder le silence|ne rien dire|garder le secret)",
        FixedDisclosureOptional,
    ),
    // « Ceux qui ne souhaitent pas venir ne doivent pas se sentir obligés » : ce à quoi
    // on ne doit pas se sentir obligé dit de quelle liberté il s'agit.
    (
        r"\bne (?:doivent|doit|devez|devraient|devrait|devez surtout|doivent surtout) (?:surtout |en aucun cas )?pas (?:vous |se |te )sentir (?:obligee?s?|tenue?s?|contrainte?s?|forcee?s?) (?:de |d')(?:tout )?(?:dire|partager|reveler|communiquer|transmettre|divulguer|parler|repondre)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\bne (?:doivent|doit|devez|devraient|devrait) (?:surtout |en aucun cas )?pas (?:vous |se |te )sentir (?:obligee?s?|tenue?s?|contrainte?s?|forcee?s?)(?: (?:de |d')(?:venir|participer|assister|etre presente?s?|y (?:aller|assister|participer|prendre part))\b|\s{0,2}[.,;!)]|\s{0,2}$)",
        FixedParticipationOptional,
    ),
    (
        r"\bn'a (?:toutefois |pourtant |cependant |donc |evidemment |bien sur )?rien d'obligatoire",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:aucune disposition|aucun texte|nul|personne|rien|aucune regle) ne (?:vous|t') ?(?:oblige|contraint|force|astreint) (?:a|de) (?:y )?(?:venir|participer|assister|etre present|prendre part)",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:aucune disposition|aucun texte|nul|personne|rien|aucune regle) ne (?:vous|t') ?(?:oblige|contraint|force|astreint) (?:a|de) (?:tout )?(?:livrer|confier|raconter|dire|partager|reveler|parler|repondre|communiquer|transmettre|divulguer|lever)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:reste|restez|demeure|demeurez|restera|resterez)(?: par ailleurs| toutefois| donc| bien sur| evidemment| en tout etat de cause)? (?:seule?s? )?(?:juges?|maitres?)(?: de| des| quant)",
        DisclosureOptional,
    ),
    (
        r"\b(?:sera|seront) (?:prealablement |egalement )?(?:informee?s?|avertie?s?|prevenue?s?)\b",
        PersonInformed,
    ),
    (
        r"\b(?:pourra|pourront) (?:egalement |aussi )?(?:s'y joindre|y participer|y assister|etre presente?s?|se joindre a)",
        PersonInvited,
    ),
    (
        r"\bil vous (?:incombe|revient|appartient)(?: toutefois| cependant| neanmoins| donc| des lors| en outre| egalement| aussi| en tout etat de cause)? de (?:nous )?(?:transmettre|communiquer|partager|fournir|reveler|divulguer|apporter|remettre|faire part)",
        DisclosureMandatory,
    ),
    (
        r"\bne (?:dire|partager|communiquer|reveler|livrer|transmettre) que ce que vous",
        FixedDisclosureOptional,
    ),
    // « tous les participants doivent garder confidentiel ce qui est partagé ».
    (
        r"\b(?:doivent|doit|devront|devra|sont tenue?s? de|est tenue? de) (?:garder|conserver|traiter) (?:strictement )?(?:confidentiel(?:le)?s?|secret(?:e)?s?|le secret sur|sous le sceau du secret)\b",
        Secrecy,
    ),
    (
        r"\b(?:restera|resteront|reste|restent|sera|seront|demeure|demeurent|demeurera|demeureront) (?:soumise?s?|tenue?s?) au secret",
        Secrecy,
    ),
    (
        r"\bs'engagen?t? a ne (?:rien|pas) (?:divulguer|reveler|communiquer|repeter|rapporter)",
        Secrecy,
    ),
    // "Nul participant ne pourra divulguer ce qui aura été partagé", "les participants ne
    // pourront en aucun cas répéter…".
    (
        r"\b(?:nul|aucun|aucune) (?:participante?|intervenante?|membre|personne presente)(?: [a-z'-]{1,40}){0,3} ne (?:pourra|peut|doit|devra|saurait) (?:en aucun cas |jamais )?(?:divulguer|reveler|repeter|rapporter|ebruiter)|\b(?:les participants|chaque participant|chacun des participants)(?: [a-z'-]{1,40}){0,3} ne (?:pourra|pourront|peut|peuvent|doit|doivent|devra|devront) (?:en aucun cas |jamais |pas )?(?:divulguer|reveler|repeter|rapporter|ebruiter)",
        Secrecy,
    ),
    (
        r"\ble secret (?:professionnel |partage )?(?:s'impose a|lie|vaut pour|s'applique a) (?:tous|chaque|l'ensemble|chacun)",
        Secrecy,
    ),
    (
        r"\bne (?:pourra|pourront|peut|peuvent|sauraient|saurait)(?: [a-z'-]{1,40}){1,6} (?:poursuites?|en justice|poursuivre)(?: [a-z'-]{1,40}){0,3} (?:qu'|que )",
        UseLimitation,
    ),
    (
        r"\b(?:ont|a) ete (?:dument |prealablement |bien )?(?:informee?s?|avertie?s?|avisee?s?|prevenue?s?) (?:de la demarche|de cette demarche|de la concertation|de notre demarche|de cette (?:invitation|rencontre))",
        PersonInformed,
    ),
    (
        r"\brien ne (?:vous|t') ?(?:oblige|contraint|force|astreint) (?:a|de) (?:venir|participer|assister|vous connecter|etre present|y prendre part|accepter)",
        FixedParticipationOptional,
    ),
    (
        r"\brien ne (?:vous|t') ?(?:oblige|contraint|force|astreint) (?:a|de) (?:tout )?(?:dire|partager|reveler|parler|repondre|communiquer|transmettre|divulguer)",
        FixedDisclosureOptional,
    ),
    (
        r"\baucune obligation ne (?:pese|repose) sur vous\b|\bvous n'etes en rien (?:contraint|oblige|tenu)e?s?\b",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:venir|participer|votre venue|y assister)(?: ou non)? (?:releve|depend|est) (?:entierement |uniquement |de )?(?:de votre (?:seule )?(?:decision|choix|appreciation)|votre (?:seul )?choix|a votre (?:libre )?appreciation)",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:libre|libres) de (?:garder le silence|vous taire|ne rien dire)|\bpouvez (?:aussi |egalement |toujours )?(?:garder le silence|vous taire)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:restent|resteront|demeurent|demeureront|sont|seront) (?:strictement |entierement )?couverte?s? par le secret|\bne sortira pas (?:de (?:la|cette) )?(?:reunion|salle|concertation|pieces?)",
        Secrecy,
    ),
    (
        r"\b(?:garder|tenir|conserver) (?:le |au )?secret (?:sur|de|quant)|\b(?:doivent|devront|s'engagent a) (?:garder|tenir|respecter) (?:le |la )?(?:secret|confidentialite)",
        Secrecy,
    ),
    (
        r"\bne (?:pourront|pourra|peuvent|peut) (?:etre utilisee?s?|servir) qu'(?:a|aux|en vue de) (?:des |la )?poursuites?",
        UseLimitation,
    ),
    (
        r"\b(?:a|ont) (?:donne son|donne leur|marque son|marque leur) (?:accord|consentement)|\b(?:est|sont) (?:d'accord|au courant) (?:avec|de) (?:la tenue|cette|la) ",
        PersonInformed,
    ),
    (
        r"\b(?:pourra|pourront|peut|peuvent) (?:egalement )?assister a (?:une partie|la premiere partie|la fin|une partie de)",
        PersonInvited,
    ),
    (
        r"\ble secret professionnel (?:s'impose a|lie|vaut pour) (?:tous|chaque|l'ensemble)|\bsecret pro(?:fessionnel|f\.)? pour (?:tous|tout le monde|chacun)\b",
        Secrecy,
    ),
    // Use limitation (§ 2 al. 2): its own wording carries "ne ... que", never flipped.
    (
        r"\b(?:ne (?:peuvent|pourront|pourraient|peut|pourra)(?: en aucun cas)?|(?:peuvent|pourront|peut|pourra) (?:uniquement|seulement|exclusivement)) (?:donner lieu|conduire|mener|servir)(?: que)? (?:a|aux|de base a) (?:des |la |une )?poursuites?",
        UseLimitation,
    ),
    (
        r"\bpoursuites? (?:penales? )?(?:que |uniquement |exclusivement )?(?:pour|des) (?:les )?(?:infractions|delits|faits) (?:pour lesquel|en vue desquel|ayant justifie|qui ont justifie|vises)",
        UseLimitation,
    ),
    (
        r"\b(?:ne (?:seront|pourront etre) (?:utilisees?|exploitees?) (?:qu'|que )|uniquement (?:utilisees?|exploitees?) )(?:aux fins|dans le cadre|pour)",
        UseLimitation,
    ),
    (
        r"\bkunnen slechts aanleiding geven tot (?:de )?strafrechtelijke vervolging\b",
        UseLimitation,
    ),
    // Secrecy (§ 2 al. 1).
    (
        r"\b(?:tenue?s?|soumise?s?|astreinte?s?|lie(?:e|es|s)?) (?:au|a un|au devoir de|a l'obligation de|par le|par un) (?:strict )?(?:secret|devoir de (?:secret|discretion|reserve)|discretion|confidentialite)",
        Secrecy,
    ),
    (
        r"\b(?:respecter|respect (?:du|de la)|garantir|preserver|assurer) (?:strictement |scrupuleusement )?(?:le |la |du |de la )?(?:secret(?: professionnel)?|confidentialite) (?:des|de ce|relatif|quant|sur|a l'egard|concernant|partage|pour)",
        Secrecy,
    ),
    (
        r"\b(?:les |toutes les |ces )?(?:informations|echanges|donnees|elements|propos)(?: [a-z']{1,40}){0,4} (?:restent|resteront|sont|seront|demeurent|demeureront|doivent rester|doivent demeurer) (?:strictement |absolument |entierement )?(?:confidentiel(?:le)?s|couverte?s par le secret|secrete?s)",
        Secrecy,
    ),
    (
        r"\b(?:ne (?:peuvent|pourront|doivent|peut|pourra)(?: en aucun cas| pas)? etre (?:divulguee?s|communiquee?s|transmise?s|reveleee?s|reveles|rapportee?s)(?: a (?:des |aucun )?(?:tiers|personne|l'exterieur))?)",
        Secrecy,
    ),
    (
        r"\b(?:confidentialite (?:des echanges|des informations|des debats|absolue|stricte)|sous le sceau du secret|devoir de discretion|obligation de (?:secret|discretion|confidentialite))\b",
        Secrecy,
    ),
    (
        r"\b(?:tot geheimhouding verplicht|beroepsgeheim (?:blijft|geldt))\b",
        Secrecy,
    ),
    // Participation.
    // "Vous pouvez vous retrancher derrière votre secret professionnel"; negated ("il ne vous
    // sera pas possible, dans ce cadre, de vous retrancher…"), a duty to speak.
    (
        r"\b(?:vous )?retrancher derriere (?:votre|le|son|leur) secret\b",
        DisclosureOptional,
    ),
    // "Votre présence : nous comptons sur vous, bien sûr, mais elle demeure facultative."
    (
        r"\belle (?:est|reste|demeure|restera|demeurera|sera) (?:bien sur |evidemment |naturellement |entierement |tout a fait |toutefois |neanmoins )?(?:facultative|volontaire|optionnelle)\b",
        ParticipationOptional,
    ),
    // "… ne saurait, eu égard à la gravité de la situation, être considérée comme
    // facultative": the negation decides.
    (
        r"\b(?:consideree?s?|regardee?s?|vue?s?|tenue?s?) (?:comme|pour) (?:facultative|optionnelle|volontaire|libre)\b",
        ParticipationOptional,
    ),
    (
        r"\b(?:votre |la |leur |sa )?(?:participation|presence|venue)(?:,? [a-z'/()-]{1,40},?){0,7}? (?:(?:est|sera|reste|restera|demeure|revet un caractere) )?(?:(?:strictement |absolument |tout a fait )?(?:obligatoire|requise|indispensable|imperative|exigee|attendue|une obligation|une exigence))",
        ParticipationMandatory,
    ),
    (
        r"\b(?:votre |la |leur |sa )?(?:participation|presence|venue)(?:,? [a-z'/()-]{1,40},?){0,7}? (?:(?:est|sera|reste|restera|demeure) )?(?:(?:tout a fait|entierement|totalement|purement|strictement) )?(?:facultative|volontaire|libre|optionnelle|souhaitee mais (?:pas|non) obligatoire|(?:laissee )?a votre (?:seule |libre )?(?:appreciation|discretion)|(?:releve|depend) de votre (?:seule |libre )?(?:appreciation|decision|choix|volonte))",
        ParticipationOptional,
    ),
    (
        r"\b(?:sur (?:une )?base volontaire|a titre volontaire|de maniere volontaire|libre(?:s)? d'(?:y )?(?:participer|assister|accepter|decliner|refuser)|libre(?:s)? de (?:participer|venir|decliner|refuser)|(?:pouvez|pourrez|etes en droit de|avez le droit de|avez la possibilite de) (?:librement )?(?:decliner|refuser)(?: (?:cette|notre|l'))? ?(?:invitation|participation)?)",
        ParticipationOptional,
    ),
    (
        r"\b(?:(?:etes|serez|sont|seront|est|sera|reste|restent|demeure|demeurent) (?:donc |des lors |ainsi |egalement |aussi |toutefois |cependant |neanmoins |pourtant |evidemment |bien sur |bien entendu |naturellement )?(?:pas |nullement |aucunement |en aucun cas )?(?:tenu(?:e|\(e\))?s?|oblige(?:e|\(e\))?s?|contraint(?:e|\(e\))?s?|astreint(?:e|\(e\))?s?) (?:ni )?(?:d'y |de vous y |de |d')?(?:participer|assister|etre present|etre presente|vous presenter|venir|prendre part|repondre a (?:cette|la) convocation))",
        ParticipationMandatory,
    ),
    (
        r"\b(?:obligation|obligatoire) (?:de |d'y )?(?:participer|presence|assister|vous presenter)|\b(?:devez|devrez|devriez) (?:imperativement |obligatoirement |absolument )?(?:y )?(?:participer|assister|etre present|etre presente|vous presenter|venir|prendre part)|\bpresence obligatoire\b|\bobligatoirement present",
        ParticipationMandatory,
    ),
    (
        r"\b(?:ne (?:pouvez|pourrez) (?:pas|en aucun cas) (?:refuser|decliner|vous soustraire|vous dispenser))",
        FixedParticipationMandatory,
    ),
    (
        r"\b(?:toute |votre |aucune )?absence(?: [a-z'-]{1,40}){0,3} (?:sera|fera l'objet|pourra|entrainera|devra etre justifiee|sera signalee|sera consignee|ne (?:sera|pourra) (?:etre )?(?:excusee|toleree|acceptee))",
        FixedParticipationMandatory,
    ),
    (
        r"\blibres? (?:d'y participer )?(?:ou )?de ne pas (?:participer|venir|assister|y participer|donner suite)",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:ne|n') (?:etes|serez) (?:aucunement |nullement |en rien |evidemment |bien sur |bien entendu |naturellement )?(?:pas |nullement )?oblige(?:e|s|es)? de (?:venir|participer|assister)",
        ParticipationOptional,
    ),
    (
        r"\bdeelname (?:is )?(?:niet )?verplicht\b",
        ParticipationMandatory,
    ),
    (r"\bdeelname (?:is )?vrijwillig\b", ParticipationOptional),
    // Disclosure.
    (
        r"\b(?:libre(?:s)? de (?:partager|communiquer|reveler|transmettre|lever|divulguer|decider|choisir|vous exprimer|parler|garder|conserver|maintenir)|(?:restez|etes|demeurez|reste|restera|resterez|demeure|demeurerez) (?:seule?s? )?(?:juge|maitre)s?(?: de| des| quant)|seule?s? juges?\b|a votre (?:libre )?appreciation|selon votre appreciation|en fonction de (?:votre|leur) appreciation)",
        DisclosureOptional,
    ),
    // Never turned by a "ne … que" before it ("libre de ne partager que ce que vous jugez
    // utile"): a restriction, not a negation.
    (
        r"\b(?:ce que vous|les (?:informations|elements) que vous) (?:jugez|jugerez|estimez|estimerez|souhaitez|souhaiterez|choisissez|choisirez|acceptez|accepterez|pensez) (?:utiles?|necessaires?|pertinente?s?|opportune?s?|bon|devoir|pouvoir|partager|communiquer)",
        FixedDisclosureOptional,
    ),
    (
        r"\bne (?:peuvent|pouvez|pourront|pourrez|peut|pourra|sauraient|sauriez) (?:pas |en aucun cas )?(?:refuser|se soustraire|vous soustraire) (?:de|a) (?:communiquer|transmettre|partager|repondre|reveler|fournir)",
        FixedDisclosureMandatory,
    ),
    (
        r"\b(?:devra|devront|doit|doivent|devez|devrez)(?: toutefois| cependant| neanmoins| egalement| aussi| imperativement| obligatoirement| donc| absolument)? (?:nous |lui |leur )?(?:transmettre|communiquer|partager|fournir|reveler|divulguer|apporter|remettre|faire parvenir|faire part)\b",
        DisclosureMandatory,
    ),
    (
        r"\b(?:il vous appartient|il appartient a chacun|libre a vous) d'apprecier\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:ce que|quelles? informations?|quels elements|(?:les|aux|des) (?:informations|elements) que) vous (?:estimez|estimerez|estimeriez|jugez|jugerez|jugeriez|souhaitez|souhaiterez|souhaiteriez|choisissez|choisirez|choisiriez|acceptez|accepterez|accepteriez|pensez|decidez|deciderez|decideriez)(?: pouvoir| devoir| utile de| necessaire de| opportun de)? (?:partager|communiquer|reveler|taire|dire|transmettre|livrer)",
        FixedDisclosureOptional,
    ),
    (
        r"\blibres? de ne (?:rien|pas) (?:reveler|partager|communiquer|dire|transmettre|divulguer)",
        FixedDisclosureOptional,
    ),
    (
        r"\bni(?:, [^,.;\n]{1,40},)? (?:celle |celui )?(?:de |a |d')?(?:partager|communiquer|reveler|transmettre|divulguer|parler)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:decidez|deciderez|choisissez|choisirez) (?:librement |vous-meme )?(?:de )?(?:ce que|quelles informations|si) (?:vous )?(?:partagez|souhaitez partager|communiquez|acceptez de)",
        FixedDisclosureOptional,
    ),
    // "Il vous appartient d'apprécier en conscience si vous partagez ou non…"; "il ne vous
    // appartient pas d'apprécier…" is the opposite.
    (
        r"\b(?:apprecier|juger|decider|evaluer|determiner)(?: en conscience| librement| vous-memes?| seule?s?| souverainement){0,2} (?:si|ce que|quelles?|quels?|dans quelle mesure|l'opportunite de) (?:vous )?(?:partag|communiqu|transmet|revel|divulg|lev|fai(?:re|tes) part)",
        DisclosureOptional,
    ),
    (
        r"\b(?:lever|partager|communiquer)(?: [a-z']{1,40}){0,3} ou (?:de )?(?:maintenir|garder|conserver|non|ne pas)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:(?:etes|serez|sont|seront|est|sera|reste|restent|demeure|demeurent) (?:donc |des lors |ainsi |egalement |aussi |toutefois |cependant |neanmoins |pourtant |evidemment |bien sur |bien entendu |naturellement )?(?:pas |nullement |aucunement |en aucun cas )?(?:tenu(?:e|\(e\))?s?|oblige(?:e|\(e\))?s?|contraint(?:e|\(e\))?s?|astreint(?:e|\(e\))?s?) (?:de |d')(?:nous )?(?:communiquer|transmettre|partager|reveler|divulguer|fournir|apporter|faire part|lever|repondre|parler|vous exprimer|faire connaitre|donner|livrer|rapporter|remettre|deposer))",
        DisclosureMandatory,
    ),
    (
        r"\b(?:obligation|obligatoire|devoir) de (?:communiquer|transmettre|partager|divulguer|reveler|parler|lever le secret|fournir)|\b(?:devez|devrez|devrez imperativement|devez imperativement|devrez obligatoirement) (?:nous )?(?:communiquer|transmettre|partager|fournir|apporter|reveler|divulguer|faire parvenir|remettre|faire part)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:l'ensemble des|toutes les) informations(?: [a-z']{1,40}){0,5} (?:doivent|devront) (?:nous )?etre (?:communiquees|transmises|partagees|fournies|apportees|revelees)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:le|votre) secret professionnel ne (?:peut|pourra|saurait)(?: pas| en aucun cas)? (?:etre )?(?:oppose|invoque)|\bne (?:pouvez|pourrez|sauriez) (?:pas |en aucun cas )?(?:invoquer|opposer|vous retrancher derriere) (?:le |votre )?secret",
        FixedDisclosureMandatory,
    ),
    // The person concerned.
    (
        concat!(
            r"\b",
            person!(),
            r"(?: [a-z'-]{1,40}){0,3} (?:a|ont|est|sont|sera|seront|a deja|ont deja|a bien|ont bien) (?:ete |deja ete )?(?:dument |prealablement |prealablement |egalement |bien )?(?:informee?s?|avertie?s?|avisee?s?|prevenue?s?|mise?s? au courant|tenue?s? informee?s?)"
        ),
        PersonInformed,
    ),
    (
        concat!(
            r"\b(?:avons|a|ont|avons deja|avons bien|allons|va) (?:deja |bien )?(?:informe|averti|prevenu|avise|tenu informe)(?:e|s|es)? ",
            person!()
        ),
        PersonInformed,
    ),
    (
        r"\b(?:est|sont) (?:informee?s?|au courant|avertie?s?)(?: par [a-z' -]{3,80}?)? de la tenue\b",
        PersonInformed,
    ),
    (
        r"\b(?:a|ont|avait|avaient) (?:deja |bien )?ete (?:dument |prealablement |bien )?(?:informee?s?|avertie?s?|avisee?s?|prevenue?s?)(?: par [a-z' -]{3,60}?)? (?:de la tenue|de cette|de la (?:reunion|concertation)|du fait|que (?:cette|la|une) (?:reunion|concertation))",
        PersonInformed,
    ),
    (
        r"\b(?:sera|seront) (?:prealablement |egalement )?(?:informee?s?|avertie?s?|avisee?s?|prevenue?s?) (?:de la tenue|de cette (?:reunion|concertation)|que (?:cette|la|une) (?:reunion|concertation))",
        PersonInformed,
    ),
    (
        r"\b(?:pourra|pourront|sera|seront|peut|peuvent)(?: egalement| aussi)?(?:,? (?:si|s'il|s'ils|si elle|si elles) (?:le )?(?:souhaite|souhaitent|le desire|le desirent),?)? (?:y )?(?:etre )?entendue?s?\b",
        PersonInvited,
    ),
    (
        r"\b(?:is|zijn|werd|werden) (?:op de hoogte gebracht|geinformeerd)\b",
        PersonInformed,
    ),
    (
        concat!(
            r"\b",
            person!(),
            r"(?: [a-z'-]{1,40}){0,3} (?:est|sont|sera|seront|a ete|ont ete|pourra|pourront|peut|peuvent) (?:egalement |aussi )?(?:invitee?s?|conviee?s?|entendue?s?|associee?s?|presente?s?|etre entendue?s?|assister|participer|prendre part|s'exprimer|donner son avis|faire valoir)"
        ),
        PersonInvited,
    ),
    (
        concat!(
            r"\b(?:inviterons|invitons|avons invite|convions|entendrons) (?:egalement )?",
            person!()
        ),
        PersonInvited,
    ),
    (
        r"\b(?:(?:sera|seront|pourra|pourront) (?:egalement )?|et )(?:invitee?s?|amenee?s?|en mesure) (?:a|de) (?:y )?(?:donner|exprimer|exposer|faire valoir|presenter|expliquer|faire entendre)(?:,? (?:s'il|si elle|s'ils|si elles) le (?:souhaite|souhaitent|desire|desirent),?)? (?:son|leur|sa|ses|leurs) (?:propre |propres )?(?:avis|point de vue|version|observations)",
        PersonInvited,
    ),
    // « elle souhaite être entendue en début de réunion » : la personne viendra pour une
    // partie de la concertation.
    (
        r"\b(?:souhaite|souhaitent|demande|demandent|a demande|ont demande|a souhaite|ont souhaite) (?:a )?(?:pouvoir )?(?:etre entendue?s?|venir|assister|participer|etre presente?s?) (?:en debut|au debut|en fin|a la fin|pendant une partie|a une partie|pour une partie)\b",
        PersonInvited,
    ),
];
