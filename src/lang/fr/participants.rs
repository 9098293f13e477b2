//! French (and Dutch) cues for participants, over the folded view.

use crate::extract::participants::Cue::{self, *};
use crate::report::Role;

/// Role cues, most specific first.
pub(crate) static ROLES: &[(&str, Cue)] = &[
    (
        r"\b(?:(?:fonctionnaire|agent|service|conseill(?:er|ere)|coordinat(?:eur|rice)|echevinat)s? (?:communa(?:l|le|ux)|municipa(?:l|le|ux))|fonctionnaire [a-z' ]{0,25}prevention|(?:coordinat(?:eur|rice)|fonctionnaire|agent(?:e)?|responsable) de la (?:ville|commune))\b",
        Role(Role::Municipality),
    ),
    (
        r"\b(?:enqueteu(?:r|rs|se|ses)|cellule (?:moeurs|vif|violences? intrafamiliales?|jeunesse et famille)|referente?s? [a-z' -]{0,30}de la zone|(?:agent|inspect(?:eur|rice)) de (?:quartier|proximite))\b",
        Role(Role::Police),
    ),
    (
        r"\b(?:dre?|docteure?|[a-z]{1,40}iatres?|gerontologue|neurologue|gynecologue|cardiologue|addictologue|kinesitherapeute|kine|logopede|ergotherapeute)\b",
        Profession(Role::Health),
    ),
    (
        r"\b(?:maison|maisons) de justice\b",
        Role(Role::JusticeHouse),
    ),
    (r"\bassistante?s? de justice\b", Role(Role::JusticeHouse)),
    (r"\bjustitie(?:huis|assistent)", Role(Role::JusticeHouse)),
    (r"\bsurete de l'etat\b", Role(Role::Intelligence)),
    (r"\b(?:vsse|ocam|sgrs|adiv)\b", Role(Role::Intelligence)),
    (
        r"\borgane de coordination pour l'analyse de la menace\b",
        Role(Role::Intelligence),
    ),
    (r"\bveiligheid van de staat\b", Role(Role::Intelligence)),
    (
        r"\b(?:service|services|conseill(?:er|ere)|delegue(?:e)?s?|directeur|directrice|direction)(?: [a-z]{1,40})? de (?:l'aide|la protection) a la jeunesse\b",
        Role(Role::YouthAid),
    ),
    (
        r"\b(?:aide|protection) (?:a|de) la jeunesse\b",
        Role(Role::YouthAid),
    ),
    (
        r"\b(?:saj|spj|amo|sos jeunes|sae|srg)\b",
        Role(Role::YouthAid),
    ),
    (r"\bservice d'aide en milieu ouvert\b", Role(Role::YouthAid)),
    (
        r"\b(?:jeugdhulp|jeugdzorg|ondersteuningscentrum jeugdzorg|oasis)\b",
        Role(Role::YouthAid),
    ),
    (r"\b(?:equipe )?sos[ -]enfants\b", Role(Role::Health)),
    (
        r"\b(?:centres? psycho-?medico-?socia(?:l|ux)|c\.?pms|centres? pms|pms)\b",
        Role(Role::Education),
    ),
    (
        r"\b(?:juge|tribunal) de la (?:jeunesse|famille)\b",
        Role(Role::Other),
    ),
    (
        r"\b(?:procureure?s? du roi|substitute?s?(?: du procureur(?: du roi)?)?|parquet(?: general)?|ministere public|magistrate?s? (?:du parquet|de reference|de liaison|soussignee?|referente?|de garde)|auditorat|procureur des konings|parket)\b",
        Role(Role::Prosecution),
    ),
    (
        r"\b(?:zone de police|police (?:locale|federale|judiciaire)|police|policiers?|commissaire(?: de police)?|inspect(?:eur|rice)(?: principale?)?(?: de police)?|agent de quartier|agents? de police|chef de corps|cheffe de corps|service jeunesse et famille|korpschef|politie|politiezone|wijkagent|zp|pz)\b",
        Role(Role::Police),
    ),
    (
        r"\b(?:bourgmestre|echevine?s?|college communal|administration communale|commune de|ville de|maison communale|fonctionnaire (?:de prevention|radicalisme)|service (?:de )?prevention|coordinat(?:eur|rice) (?:csil|radicalisme|prevention)|plan (?:strategique de securite|de cohesion sociale)|burgemeester|schepen|gemeente|preventieambtenaar)\b",
        Role(Role::Municipality),
    ),
    (
        r"\b(?:c\.?p\.?a\.?s\.?|centre public d'action sociale|service social|services sociaux|casg|centre d'action sociale globale|maison d'accueil|centre d'accueil|service d'aide aux familles|ocmw|caw|centrum algemeen welzijnswerk)\b",
        Role(Role::SocialServices),
    ),
    (
        r"\b(?:assistante?s? socia(?:le|les|l|ux)|travailleu(?:r|se|rs|ses) socia(?:l|le|ux|les)|maatschappelijk werker)\b",
        Profession(Role::SocialServices),
    ),
    (
        r"\b(?:service de sante mentale|ssm|hopital|hopitaux|clinique|centre hospitalier|chu|chr|maison medicale|planning familial|ggz|ziekenhuis|pse|promotion de la sante a l'ecole)\b",
        Role(Role::Health),
    ),
    (
        r"\b(?:medecins?(?: traitant| generaliste| referent| legiste| scolaire)?|psychiatres?|pedopsychiatres?|psychologues?|psychotherapeutes?|therapeutes?|infirmi(?:er|ere)s?|pediatres?|sage-femme|huisarts|psycholoog)\b",
        Profession(Role::Health),
    ),
    (
        r"\b(?:ecoles?|etablissement scolaire|athenee|lycee|institut (?:saint|sainte|st|ste|notre-dame|technique|provincial|communal)|college (?:saint|sainte|st|ste|notre-dame)|direct(?:eur|rice) d'ecole|directions? d'ecole|enseignante?s?|professeure?s?|institut(?:eur|rice)s?|titulaire(?: de classe)?|educat(?:eur|rice) scolaire|mediat(?:eur|rice) scolaire|equipe (?:educative|pedagogique|enseignante)|clb|leerkracht|school)\b",
        Role(Role::Education),
    ),
    (
        r"\b(?:avocate?s?|maitre [a-z]{1,40}|barreau|batonnier|advocaat)\b",
        Role(Role::Lawyer),
    ),
    (
        r"\b(?:coordinat(?:eur|rice) du (?:family justice center|fjc|reseau)|family justice cent(?:er|re)|veilig huis|societe de logement|interpretes?)\b",
        Role(Role::Other),
    ),
];

/// Cues that open a participants scope: a list label or a participation verb.
pub(crate) static SCOPES: &[(&str, Cue)] = &[
    // Une ligne qui propose qui inviter, la liste dessous : « Je proposerais :\n- toi, …».
    (
        r"(?:^|\n)(?:je|nous|j'ai|nous avons) (?:propose|proposerais|proposerions|proposons|suggere|suggererais|suggerons|pensais a|pensions a|pense a)(?: (?:d'inviter|de convier|les personnes suivantes))?\s{0,3}:\s{0,3}\n",
        ListLabel,
    ),
    // A label that is a short clause: "Les participants seront :", "Seront connectés :",
    // "Sont convoqués :", and a heading that asks "Qui ?".
    (
        r"\b(?:(?:les )?participants (?:seront|sont|prevus sont|attendus sont)|(?:seront|sont|ont ete)(?: (?:egalement|aussi|par ailleurs|en outre))? (?:connectes|presents|presentes|representes|convoques|convies|invites|associes|attendus|autour de la table|dans la boucle)|(?:y )?participeront|(?:y )?assisteront)\s{0,6}:|(?:^|\n)(?:avec nous|autour de la table)\s{0,6}:",
        ListLabel,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:qui|qui participe|qui sera la|qui sera present|participants?|presents?)\s{0,3}\?\s{0,6}(?:\n|$)",
        ListLabel,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:qui|participants?|presents|invites|autour de la table)\s{0,6}\|",
        ListLabel,
    ),
    (
        r"\b(?:membres|partenaires|services|acteurs|personnes|intervenants|professionnels) (?:convoquee?s|invitee?s|convie(?:e)?s|pressentie?s|sollicitee?s)(?: (?:a|pour) (?:la|cette|notre) (?:concertation|reunion|seance)(?: de cas)?)?\s{0,6}(?::|\n|$)",
        ListLabel,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:qui|participants?|presents)\s{0,6}:",
        ListLabel,
    ),
    // A terse message: the services right after the consultation, joined by slashes
    // (« concertation de cas (art 458ter) école/SAJ/AMO pr Lucas D. »).
    (
        r"\b(?:concertation(?: de cas)?|case consultation|casusoverleg)(?: \([^)\n]{0,30}\))? [a-z]{2,12}/[a-z]{2,12}/[a-z]{2,12}\b",
        Verb,
    ),
    // « Sont attendus pour les points 3 et 4 : la déléguée du SAJ, … ».
    (
        r"\b(?:sont|seront) (?:attendue?s|convoquee?s|invitee?s|conviee?s) (?:pour|a|au|aux) [^:\n]{1,40}:",
        ListLabel,
    ),
    // A note's line of services joined by "+" (« AMO + AS CPAS + titulaire »), and a
    // chair marked in brackets (« bourgmestre (prés.) », "mayor (chair)"): a list.
    (
        r"\b[a-z]{2,12}(?: [a-z]{2,12})? \+ [a-z]{2,12}(?: [a-z]{2,12})? \+ [a-z]{2,12}|\b(?:mayor|bourgmestre|burgemeester|president|coordinator|coordinat(?:eur|rice)) \((?:chair|chairing|chairs|presidence|pres\.|preside|voorzitter)\)",
        Verb,
    ),
    (r"\bqui (?:siegera|siegeront|siege)\b", Verb),
    (
        r"\b(?:siegeront|siegera|sous ma presidence|sous sa presidence|y prendront place|y seront)\b",
        Verb,
    ),
    (
        r"\b(?:reunissant|rassemblant|associant|outre moi-meme|outre vous-meme|outre vous|en presence de|avec la presence de)\b",
        Verb,
    ),
    (
        r"\b(?:qui (?:participe|participera|sera (?:la|present|autour de la table))|autour de la table|avec moi (?:seront|sera)|seront la|sera la|seraient la|serait la|se joindront|se joindra)\b",
        Verb,
    ),
    (
        r"(?:^|\n)(?:qui|presences?|presents|participants?|invites|convies)\s{0,6}:|(?:^|\n)(?:qui|presents|presentes|presences)\.?\s{0,3}\n",
        ListLabel,
    ),
    // Ceux qui convoquent ensemble : « le bourgmestre et le chef de corps de la zone de
    // police vous convient à une concertation de cas ».
    (r"\b(?:vous|te) (?:convient|convoquent|invitent)\b", Verb),
    // Ceux qui ont accepté : « M. Dubois et la déléguée du SAJ ont déjà dit oui ».
    (
        r"\b(?:dit oui|confirme (?:leur|sa) (?:presence|participation|venue)|accepte (?:de (?:venir|participer|prendre part)|l'invitation))\b",
        Verb,
    ),
    // An annex after the signature: « ANNEXE - Participants à la concertation du 14/10 ».
    (
        r"(?:^|\n)annexe(?: [0-9a-z]{1,3})?\s{0,3}[-:\u{2013}\u{2014}]\s{0,3}(?:liste des )?participants\b[^\n:]{0,50}(?::|\n)",
        ListLabel,
    ),
    // Un intertitre en gras : « **Participants.** Le bourgmestre, … ».
    (
        r"(?:^|\n)(?:participants|presents|invites|composition)\. |\b(?:participants|presents|invites)(?: \.{1,12} ?|\.{4,12} ?)",
        ListLabel,
    ),
    // A heading without a colon over its list: « QUI PARTICIPE », « Qui sera présent ».
    (
        r"(?:^|\n)(?:# |## |### )?(?:qui (?:participe|participera|participent|participeront|sera la|seront la|sera present|seront presents|est invite|sont invites|est convoque|sont convoques))(?: \([^)\n]{1,60}\))?\s{0,3}\??\s{0,3}\n",
        ListLabel,
    ),
    // « Il y aura le bourgmestre qui préside, le chef de corps, moi-même … » (spoken).
    (r"\bil y aura (?:le|la|les|l') ?", Verb),
    // A chat: « y aura moi, le Dr Lemaire, l'AS du CPAS et l'éduc de l'AMO ».
    (r"\by aura (?:moi|le|la|les|l')(?:,| ?)", Verb),
    // « on serait toi (en tant que psy du planning familial), moi, et Kevin du CPAS ».
    (
        r"\b(?:on serait|on sera|nous serions) (?:toi|vous|moi|nous)\b",
        Verb,
    ),
    // « Nous serons : moi-même, Mme Piette, … ».
    (
        r"\b(?:nous serons|on sera|nous serons presents)\s{0,6}:",
        ListLabel,
    ),
    // A terse list that ends with the sender: "le SAJ, l'école et moi pour le CPAS.", « on
    // se marche un peu dessus entre le CPAS, le SSM et moi ».
    (r"\bentre (?:le|la|les|l')[^.;\n]{1,80}? et moi\b", Verb),
    (
        r"\bet (?:moi|moi-meme) (?:pour|du|de la|de l'|au nom du|au nom de la)\b",
        Verb,
    ),
    // The chair, on a line of its own ("Présidence : Dr X", "| Présidence | Mme Y |").
    (
        r"(?:^|\n)(?:[-•*] )?(?:presidence|president(?:e)?|presidee? par|animation|animat(?:eur|rice))[ .]{0,20}(?::|\|)",
        LineLabel,
    ),
    // Several addressees listed: each is summoned.
    (
        r"(?:^|\n)(?:destinataires|liste de diffusion)\s{0,6}(?::|\n)",
        ListLabel,
    ),
    // The attendee lines of a calendar invitation ("Obligatoire : …", "Facultatif : …").
    (
        r"(?:^|\n)(?:obligatoires?|facultatifs?|participants (?:obligatoires|facultatifs))\s{0,6}:",
        ListLabel,
    ),
    (
        r"\bqui (?:y )?(?:participera|participeront|participe|sera present|seront presents|prendra part|assiste|assistera|assisteront|sera la|seront la)\.?\s{0,6}(?:\?|:|\n|$)",
        ListLabel,
    ),
    (
        r"\b(?:liste des )?participants?(?: (?:prevus|invites|attendus|a la concertation|a la reunion|convies|convoques|presents))?\s{0,6}(?:\(|:|\||\]|\n|$)",
        ListLabel,
    ),
    // « … à y prendre part, aux côtés de : » au-dessus de la liste.
    (
        r"\b(?:aux cotes d(?:e|u|es)|en presence d(?:e|u|es)|ensemble avec|en compagnie d(?:e|u|es))\s{0,6}:",
        ListLabel,
    ),
    // « Sont convoqués » en titre, au-dessus de la liste.
    (
        r"(?:^|\n)(?:sont|seront) (?:convoquee?s?|conviee?s?|invitee?s?)\s{0,3}:?\s{0,3}(?:\n|$)",
        ListLabel,
    ),
    // Une question au-dessus de sa réponse : « Qui sera là ? », « > 3. Qui participera ? ».
    (
        r"\bqui (?:sera|seront|participe|participera|participeront|sera present|seront presents|est invite|sont invites|prendra part|prendront part)[^\n?]{0,40}\?\s{0,6}(?:\n|$)",
        ListLabel,
    ),
    // "… salle B. Présents : le bourgmestre, le chef de corps et vous-même."
    (
        r"\b(?:presents|seront presents|etaient presents)\s{0,6}:",
        ListLabel,
    ),
    // "… de participer à la concertation aux côtés de :".
    (
        r"\b(?:participer|prendre part|sieger|assister)(?: [a-z']{1,12}){0,4} (?:aux cotes de|en compagnie de|avec)\s{0,6}:",
        ListLabel,
    ),
    // Several addressees listed under the label: each is summoned.
    (
        r"(?:^|\n)a l'attention (?:de|des)\s{0,3}:\s{0,3}\n",
        ListLabel,
    ),
    // A decision's list: « Peuvent participer à la concertation, à l'exclusion de toute
    // autre personne : », « Sont appelés à siéger : ».
    (
        r"\b(?:peuvent|pourront) (?:participer|prendre part|sieger|assister)[^:\n]{0,80}:|\bsont appelee?s a (?:sieger|participer|prendre part)[^:\n]{0,60}:",
        ListLabel,
    ),
    // "Nous avons pensé réunir :", "La concertation rassemblera :".
    (
        r"\b(?:reunir|reunira|reunirait|rassembler|rassemblera|rassemblerait|bring together|will bring together|gather|pense a inviter|pense inviter|pense a convier|thought of inviting)\s{0,6}:",
        ListLabel,
    ),
    // A numbered section's title ending in a full stop: "3. Participants.", "III. Composition."
    // (the extractor checks the number before it).
    (
        r"\b(?:participants?|composition|invites|presents|attendees|who will attend)\.\s{0,6}(?:\n|$)",
        ListLabel,
    ),
    (
        r"\b(?:personnes|services|partenaires|intervenants) (?:invite|convie|present|attendu)e?s?\s{0,6}(?::|\n|$)",
        ListLabel,
    ),
    (
        r"\b(?:invites|composition|presences?|autour de la table|deelnemers|aanwezigen)(?: \([a-z0-9 ,'/-]{1,30}\))?\s{0,6}(?::|\n|$)",
        ListLabel,
    ),
    (
        r"(?:^|\n)composition (?:de la (?:cellule|concertation|reunion|seance)|du groupe|de l'equipe)(?: [a-z0-9']{1,12}){0,4}\s{0,6}(?::|\n)|(?:^|\n)(?:[0-9][.)] )?(?:membres|partenaires|participants) (?:permanents|reguliers|habituels)\s{0,6}(?::|\n)",
        ListLabel,
    ),
    (
        r"\by prennent part\s{0,6}:|\b(?:prendraient part|seraient (?:presente?s|reunie?s|associee?s|invitee?s|conviee?s)|seront reunis|participeraient|seront autour de la table|autour de la table (?:seront|se trouveront|il y aura)|participeront|participera|prendront part|prendra part|seront (?:presents|presentes|representes|associes|egalement invites|invites|convies)|sera (?:presente?|represente|egalement invite)|sont (?:invites|convies|egalement invites|conviees|invitees)|ont ete (?:invites|convies|sollicites)|(?:j'ai|nous avons) (?:aussi |egalement )?(?:invite|convie|convoque)(?: aussi| egalement)?|a ete (?:invitee?|conviee?)|est (?:invitee?|conviee?|egalement invitee?)|reunira|reunit|rassemblera|rassemble|associera|en presence d|avec la participation d|composee? d|presidee? par|preside par|sous la presidence d|assurera la presidence|presidera|y assisteront|seront autour de la table|nemen deel|zullen aanwezig zijn|voorgezeten door)",
        Verb,
    ),
];

/// Cues that let unnamed others take part.
pub(crate) static OPEN_ENDED: &[&str] = &[
    r"\b(?:les|des|aux|tout|tous les|d'autres) (?:services|partenaires|personnes|intervenants|acteurs) que (?:nous|vous|(?:le|la|l'|notre|votre) ?[a-z'-]{1,20}) (?:jugerons|jugera|jugerez|jugerait|estimerons|estimera|estimerait) (?:utiles?|opportun|necessaire|pertinent)",
    r"\bouverte? a (?:toute personne|tout professionnel|tout intervenant|tout partenaire|d'autres)",
    // « toute personne qui connaît la famille est la bienvenue », « d'autres intervenants
    // utiles, invitez-les ».
    r"\b(?:toute personne|tout professionnel|tout intervenant|tout partenaire|tous ceux|toutes celles)(?: [a-z.'-]{1,20}){0,6} (?:est|sont|sera|seront|serait) (?:la |les )?(?:bienvenue?s?|invitee?s?)\b",
    r"\b(?:d'autres|autres) (?:intervenants|partenaires|professionnels|services|personnes)(?: [a-z'-]{1,20}){0,6},? invitez[- ]les\b",
    r"\btoute (?:autre )?personne (?:pouvant|susceptible|qui pourrait|capable)",
    // « ainsi que les intervenants habituels du réseau qui souhaiteraient se joindre à nous »,
    // « les partenaires habituels du réseau. » (not « les partenaires habituels, à savoir … »).
    r"\b(?:les|nos|aux|des) (?:intervenants|partenaires|services|acteurs|membres) habituels(?: du reseau| de la plateforme| du secteur)?(?: qui\b| que\b|\s{0,3}(?:\n|$|\.|;|\)))",
    r"\btoute (?:autre )?personne dont\b",
    r"\btoute (?:autre )?personne (?:utile|jugee utile|dont la presence|qu'(?:il|elle|on) jugerait|susceptible|pertinente|concernee)",
    r"\btoute (?:autre )?personne que (?:vous|nous|l'on|on|le president|la presidente|la presidence) (?:jugeriez|jugerez|jugerions|jugerons|jugera|jugerait|estimeriez|estimerez|estimerons|estimera|estimerait)\b",
    r"\b(?:tout|tt) (?:autre )?(?:partenaire|service|intervenant|acteur|professionnel|expert)s? (?:utile|pertinent|concerne|jugee? utile|que|qu'|dont|qui)",
    r"\b(?:d'autres|tous autres|tout autre|autres) (?:partenaires|services|intervenants|acteurs|professionnels|personnes)(?: [a-z']{1,40}){0,3} (?:pourront|peuvent|pourraient|pourrait|seront invites|pourront etre|si necessaire|le cas echeant|selon les besoins)",
    r"\b(?:liste|composition) (?:non exhaustive|indicative|susceptible d'evoluer)",
    r"\bnon exhaustive?\b|\bentre autres\b|\bsans (?:toutefois )?s'y limiter\b",
    // "la présidente pourra inviter d'autres professionnels".
    r"\b(?:pourra|peut|pourrait|pourront|peuvent) (?:egalement |aussi )?inviter (?:d'autres|tout autre|toute autre|tous autres) (?:professionnels|partenaires|services|personnes|intervenants|acteurs|experts|professionnel|partenaire|service|personne|intervenant)\b",
    r"\belargie? (?:a|aux) (?:d'autres|tout)",
    r"\belke andere (?:nuttige )?(?:persoon|partner)",
];

/// Cues that let unnamed others take part only inside a participants scope.
pub(crate) static OPEN_ENDED_IN_SCOPE: &[&str] = &[
    // « … et toute personne qui connaît Y. et peut être utile » (not « Toute personne qui
    // connaît la famille sait combien elle est fragile » outside the list).
    r"\btoute (?:autre )?personne qui (?:connait|connaitrait|suit|pourrait|peut|souhaite|souhaiterait)\b",
    r"\b(?:si necessaire|le cas echeant|selon les besoins|en fonction des besoins|si besoin)\b",
    r"\bjug(?:ee?s?|ent|eraient|erait|era|eront|ez|eriez) utiles?\b",
    // « autres services à l'invitation du président ».
    r"\b(?:d'autres|autres|tout autre|toute autre) (?:services?|partenaires?|intervenants?|acteurs?|professionnels?|personnes?) (?:a l'invitation d|invitee?s? par (?:le|la) (?:president|presidente|bourgmestre|procureur|coordinat))",
    r"\betc\b",
];

/// A group described, not listed ("les professionnels concernés par la situation"): open
/// only when the letter lists no one under a label.
pub(crate) static DESCRIBED_GROUP: &[&str] = &[
    r"\b(?:les|tous les) (?:professionnels|services|partenaires|intervenants|acteurs) (?:concernes|impliques) (?:par|dans)\b",
];
