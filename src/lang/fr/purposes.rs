//! French (and Dutch) cues for purposes, over the folded view.

use crate::report::PurposeCategory::{self, *};

/// Purpose cues, most specific first.
pub(crate) static CUES: &[(&str, PurposeCategory)] = &[
    // Des preuves pour une enquête, le travail d'un professionnel jugé, un droit à une
    // allocation vérifié : rien pour quoi une concertation peut partager des secrets.
    (
        r"\b(?:(?:recueillir|rassembler|reunir|collecter|obtenir|etayer) (?:des|les) (?:preuves|elements de preuve)|(?:servir|utiliser|utilisees?) (?:comme|a titre de) (?:preuves?|elements? de preuve) (?:dans|pour) (?:l'|son |leur |une )?(?:enquete|instruction|dossier penal|poursuites?)|constituer (?:le|un) dossier (?:a charge|contre))\b",
        NotPermitted,
    ),
    (
        r"\b(?:evaluer|juger|examiner|verifier) (?:si|comment) (?:le|la|l'|notre|leur|son|sa|votre) (?:[a-z'-]{1,20} ){0,2}(?:travailleur|travailleuse|educateur|educatrice|professionnel|professionnelle|intervenant|intervenante|assistant social|assistante sociale|enseignant|enseignante|agent|service|equipe)(?: [a-z0-9.'-]{1,20}){0,8} (?:a|ont|aurait|auraient) (?:bien |correctement |adequatement )?(?:gere|traite|suivi|accompagne|travaille)\b|\b(?:verifier|controler|examiner|evaluer) (?:si|que) (?:[a-z'-]{1,20} ){0,4}(?:remplit|remplissent|satisfait|satisfont|a (?:encore |toujours )?droit|ont (?:encore |toujours )?droit)\b|\b(?:son|leur|le) droit (?:au|aux) (?:revenu d'integration|ris|allocations?|aide sociale|chomage)\b",
        NotPermitted,
    ),
    (
        r"\b(?:regularis(?:er|ation) (?:de )?(?:son|sa|leur) (?:sejour|situation administrative)|ordre de quitter le territoire|papiers (?:de sejour|d'identite)|(?:maintien|maintenir|assurer le maintien) de l'ordre public|l'ordre public et (?:de )?la tranquillite|tranquillite publique|(?:informer|avertir|prevenir|signaler a) l'office des etrangers|l'office des etrangers (?:en )?sera (?:informe|averti|prevenu)|l'office des etrangers (?:puisse|pourra|soit|puisse en|pourra en)(?: en)? (?:etre )?(?:informe|averti|prevenu|avise)|(?:verifier|controler|examiner)(?:, [a-z' ]{1,30},)? si (?:l'interessee?|la personne|le jeune|il|elle) (?:sejourne|reside) (?:regulierement|legalement)|(?:titres?|permis) de sejour (?:sont |est )?(?:encore |toujours )?valables?)\b",
        NotPermitted,
    ),
    (
        r"\b(?:peur|craint|crainte|craignons) pour (?:sa|leur|la) (?:vie|securite|integrite)\b|\b(?:en danger de mort|menaces? de mort)\b|\bmenace(?:s|nt|ait|e)? de (?:la |le |les |l')?tuer\b|\bmettre (?:ses|ces|leurs) menaces a execution\b",
        Integrity,
    ),
    (
        r"\b(?:recuperation|recouvrement|remboursement) (?:du|des|de l'|d'|de la)(?: [a-z']{1,40}){0,4} (?:indu(?:ment)?|percus?|trop-percus?)\b|\bindument percue?s?\b|\b(?:recuperation|recouvrement|remboursement) de l'indu\b|\bper(?:coit|coivent|cevrait|cevraient|cevait|cu|cus) (?:pas )?indument\b",
        NotPermitted,
    ),
    (
        r"\b(?:decrochage|absences? injustifiees?|(?:frequentation|assiduite) scolaire|(?:ramener|retour) (?:regulierement )?(?:en classe|a l'ecole))\b|\b(?:faire (?:baisser|diminuer|cesser|reculer)|reduire|mettre (?:un terme|fin) a) (?:ces|ses|les|leurs|aux|ses nombreuses) absences\b|\b(?:le |la |les )?(?:raccrocher|reaccrocher) a l'ecole\b",
        NotPermitted,
    ),
    (
        r"\b(?:passages? a l'acte|actes?|attentats?|projets?) (?:a caractere |de nature )?terroristes?\b",
        Terrorism,
    ),
    (
        r"\bpreserver (?:sa|la|leur) (?:vie|securite|sante)\b|\b(?:assurer|garantir) (?:la |sa |leur )?securite (?:physique )?(?:de|des|du|d')\b|\b(?:sa|leur) securite (?:puisse|soit|puissent|soient) (?:etre )?(?:assuree|garantie)\b|\bsecurite (?:de (?:son|sa|ses|leur|leurs|la|l')|des (?:enfants|victimes))\b",
        Integrity,
    ),
    (
        r"\b(?:commises?|perpetrees?) (?:dans le cadre|au sein) d(?:'une|e cette|e l'|u) (?:organisation|reseau|bande)\b",
        CriminalOrganization,
    ),
    (
        r"\b(?:(?:securite|bien-etre) (?:physique|psychique|mentale)|sante (?:physique|psychique)|(?:sa|leur|la|son|ses|notre|votre) sante mentale)(?: (?:et|ou) (?:physique|psychique|mentale))?\b|\bmettre (?:a l'abri|en securite)\b",
        Integrity,
    ),
    (
        r"\bproteger (?:les |la |le |l'|leur |ses |sa |son |ces )?(?:[a-z'-]{1,40} ){0,2}(?:enfants?|mineure?s?|victimes?|filles?|fils|femme|mere|famille|patiente?)\b",
        Integrity,
    ),
    (
        r"\b(?:passage a l'acte(?: violent)?|mise en danger|enfant en danger|danger pour (?:sa|leur|son))\b",
        Integrity,
    ),
    (
        r"\bproteger [a-z'-]{1,40} (?:de|contre) (?:nouvelles |toutes? |des |la |les |tout |d'eventuelles )?(?:violences?|maltraitances?|abus|dangers?|mauvais traitements|agressions?|menaces?|representailles)\b",
        Integrity,
    ),
    // "Protéger" what is not a person: no end that art. 458ter names (a generic aim).
    (
        r"\bproteger (?:les |la |le |l'|vos |nos |leurs |ses |sa |son |notre |votre )?(?:donnees|secrets?|vie privee|biens|interets|patrimoine|informations|confidentialite|anonymat|reputation|image|dossiers?|sources)\b",
        Unspecified,
    ),
    // Harm named by what is done or feared rather than by its legal name.
    (
        r"\bs'en (?:prenne|prennent|prendre|prend|est pris|soit pris) (?:a nouveau |de nouveau |encore |physiquement |une nouvelle fois )?(?:a|au|aux)\b|\b(?:des |les |de |aux )coups\b|\bcoups et blessures\b|\bsecoue(?:e|s|es)?\b|\bcraindre le pire\b|\b(?:frapper|battre|agresser|blesser|tuer|violenter|maltraiter|violer|menacer|harceler|terroriser|intimider|(?:se )?suicider|mettre fin a ses jours)\b|\b(?:soit|soient|etre|sera|seront) (?:a nouveau |de nouveau |encore |une nouvelle fois )?(?:blessee?s?|frappee?s?|battue?s?|agressee?s?|maltraitee?s?|violentee?s?)\b",
        Integrity,
    ),
    (
        r"\b(?:en securite|hors de danger|a l'abri)\b|\b(?:sa|ses|leur|leurs) violences?\b|\bexposee?s? (?:a|aux) (?:[a-z'-]{1,20} ){0,2}violences?\b|\bvictimes? (?:de|des|d') ?(?:[a-z'-]{1,20} )?violences?\b|\bviolences? (?:qu'(?:il|elle|ils) (?:lui|leur) (?:a|ont|aurait) fait subir|que (?:lui|leur) (?:a|ont|aurait) fait subir)|\bviolences? (?:subies?|envers|a l'egard|contre|a la maison|au domicile)\b|\bsubi(?:t|r|ssent)? (?:des |de la |de )?violences?\b|\bagressions?\b|\bintimidations?\b|\bemprise\b|\bsuicide\b",
        Integrity,
    ),
    // Terrorism (Title I ter of Book II).
    (
        r"\b(?:attentats?|d?jihadis(?:tes?|me)|filieres? (?:d?jihadistes?|terroristes?|syriennes?)|groupes? (?:d?jihadistes?|terroristes?|armes?|extremistes?)|(?:partir|depart) (?:combattre|faire le d?jihad|en zone de combat)|combattants? etrangers?)\b",
        Terrorism,
    ),
    (
        r"\b(?:infractions?|delits?|faits?|actes?) (?:a caractere )?terroriste?s?\b",
        Terrorism,
    ),
    (r"\btitre (?:i|ier|1er|premier) ?ter\b", Terrorism),
    (
        r"\b(?:terrorisme|radicalisation(?: violente)?|radicalisme violent|extremisme(?: violent)?|(?:depart|departs|retour|retours) (?:vers|de) (?:la )?(?:syrie|zone de conflit)|foreign terrorist fighters?|ftf|terroristische misdrijven|terrorisme|radicalisering)\b",
        Terrorism,
    ),
    // "éviter un drame", "prévenir le pire".
    (
        r"\b(?:eviter|prevenir) (?:un |tout |le |que ne survienne un )?(?:drame|pire|nouveau drame)\b",
        Integrity,
    ),
    // Criminal organization (art. 324bis).
    (
        r"\b(?:organisations? criminelles?|324 ?bis|criminalite organisee|reseaux? criminels?|bandes? organisees?|criminele organisatie)\b",
        CriminalOrganization,
    ),
    (
        r"\b(?:reseaux? (?:structures?|organises?|mafieux|de (?:traite|prostitution|proxenetisme|passeurs|trafiquants?|trafic))|reseaux? (?:structures? )?de traite|crime organise|proxenetisme|mafias?|filieres? de (?:traite|prostitution|passeurs))\b",
        CriminalOrganization,
    ),
    // Integrity of the person or of third parties.
    (
        r"\bintegrite (?:physique|psychique|physique (?:et|ou|et/ou) (?:psychique|morale)|psychologique|morale|corporelle)\b",
        Integrity,
    ),
    (
        r"\b(?:fysieke|psychische) (?:en psychische )?integriteit\b",
        Integrity,
    ),
    (
        r"\b(?:proteger|protection de|protection des|mettre a l'abri|assurer la securite de|securite de|preserver) (?:l'|la |le |les |leur |sa |son )?(?:enfants?|mineure?s?|victimes?|personnes?|jeunes?|mere|femme|famille|patiente?|adolescente?|fratrie|tiers|integrite)\b",
        Integrity,
    ),
    (
        r"\b(?:maltraitances?|violences? (?:intra-?familiales?|conjugales?|sexuelles?|physiques?|domestiques?)|abus sexuels?|negligences? grave|mise en danger|danger (?:grave|imminent)|risque (?:suicidaire|de passage a l'acte|vital|de recidive|pour (?:sa|la|leur) securite)|mutilations? genitales?|mariage force|traite des etres humains|harcelement|intrafamiliaal geweld|kindermishandeling)\b",
        Integrity,
    ),
    // Aims outside what art. 458ter allows.
    (
        r"\b(?:fraudes? (?:sociales?|fiscales?|aux allocations|au cpas|au revenu d'integration|domiciliaire)|fraude|sociale fraude|fiscale fraude)\b",
        NotPermitted,
    ),
    (
        r"\b(?:vols?|cambriolages?|atteintes? aux biens|degradations? (?:de biens|materielles?|volontaires?|du mobilier|de (?:vehicules?|voitures?|batiments?|biens publics|l'espace public))|des degradations|vandalisme|tags|recel|diefstal|inbraak)\b",
        NotPermitted,
    ),
    (
        r"\b(?:incivilites?|nuisances?|troubles? (?:de voisinage|a l'ordre public)|tapage|conflits? de voisinage|comportements? (?:inciviques?|derangeants?)|sanctions? administratives?|overlast)\b",
        NotPermitted,
    ),
    (
        r"\b(?:sejour (?:illegal|irregulier)|situation (?:administrative|de sejour) (?:irreguliere|illegale)|titre de sejour|sans[- ]papiers|statut de sejour|(?:verification|controle|examen) de (?:la|leur|sa) situation de sejour|situation de sejour des|(?:regularite|legalite) (?:du|de son|de leur) sejour|droit (?:au|de) sejour|illegaal verblijf|(?:se maintient|se maintiennent|se maintenir|demeure|demeurent|reside|resident|sejourne|sejournent)(?: toujours| encore)? (?:illegalement|irregulierement|en situation irreguliere) (?:sur le territoire|en belgique|dans le pays))\b",
        NotPermitted,
    ),
    (
        r"\b(?:le |la |les )?faire revenir (?:a l'ecole|en classe|aux cours)\b|\b(?:absenteisme|decrochage|absences?) scolaires?|\bmotif\s{0,3}:\s{0,3}absenteisme\b|\b(?:l'|un |d'|son |cet |leur |d'un )absenteisme\b|\bobligation scolaire\b|\bspijbelen\b|\b(?:ses|leurs) absences (?:a repetition|repetees|repetitives|injustifiees|non justifiees|frequentes)\b|\babsences? (?:(?:a repetition|repetees?|repetitives?|injustifiees?|non justifiees?|frequentes?)(?: (?:en classe|a l'ecole|aux cours|de l'eleve|de l'enfant|du jeune|de (?:k|[a-z])\.)|\s{0,2}[,;.)]|\s{0,2}$| et )|en classe)",
        NotPermitted,
    ),
    (
        r"\b(?:recouvrement|recuperation) (?:de|des|du|de l'|d') ?(?:dettes?|creances?|loyers?|sommes|indus|avances?|arrieres|frais|montants|cotisations|factures|amendes|impots|taxes|dommages(?: et |-)interets|indemnites)\b|\b(?:recuperer|recouvrer|se faire rembourser)(?: aupres (?:de lui|d'elle|d'eux|(?:de la |de l'|du |des |de |d')[a-z.'-]{1,20}(?: [a-z.'-]{1,20}){0,2}?))? (?:les|des|ses|nos|leurs) (?:frais|avances|sommes|montants|arrieres|creances|dettes|loyers|cotisations|impots|taxes|amendes)\b|\b(?:frais|avances|sommes|factures|loyers)(?: [a-z']{1,20}){0,6} (?:qui )?(?:restent|demeurent|sont|restee?s|demeuree?s) (?:a ce jour |toujours |encore )?impayee?s\b|\b(?:cotisations?|factures?|sommes?|loyers?|frais)(?: [a-z']{1,20}){0,2} que (?:la famille|le pere|la mere|les parents|il|elle|ils|elles|monsieur|madame) (?:nous |leur |lui )?(?:doit|doivent|devait|devaient)\b|\b(?:loyers? impayes?|(?:cotisations?|factures?|frais (?:scolaires|de cantine|d'inscription)) (?:impayee?s?|non (?:payee?s?|reglee?s?)|en retard)|arrieres? de (?:loyer|pension|contributions?|paiement|cotisations?)|dettes? locatives?|expulsion|pensions? alimentaires? (?:impayees?|non payees?|non versees?))\b",
        NotPermitted,
    ),
    (r"\b(?:petite delinquance)\b", NotPermitted),
    // Any other person protected ("protéger les riverains", "protéger Mme X").
    (
        r"\bproteger\b|\bmettre [a-z'-]{1,40} (?:a l'abri|en securite)\b|\b(?:soit|soient|sera|seront|etre|soit mieux|soient mieux) protegee?s?\b|\b(?:on|nous) (?:protege|protegeons|pourrait proteger|peut proteger)\b",
        Integrity,
    ),
    // Generic aims that name no end.
    (
        r"\b(?:echanger|partager|croiser|mettre en commun) (?:des |les |nos |vos |toutes les )?(?:informations|observations|regards|points de vue|constats)\b",
        Unspecified,
    ),
    (
        r"\bfaire (?:le|un) (?:point|bilan|etat des lieux)\b",
        Unspecified,
    ),
    (
        r"\b(?:coordonner|harmoniser|ameliorer|assurer) (?:le|les|nos|notre|la) (?:suivi|interventions?|accompagnement|prise en charge|collaboration)\b",
        Unspecified,
    ),
    (
        r"\b(?:discuter|evaluer|examiner|analyser|aborder|evoquer) (?:de )?(?:la |sa |leur )?(?:situation|dossier|cas)\b",
        Unspecified,
    ),
];

/// Words that make a sentence state an aim.
pub(crate) static CONTEXT: &[&str] = &[
    // A terse message that names the consultation, then after a colon what it is about:
    // « concertation de cas (art 458ter) école/SAJ/AMO pr Lucas D. : absentéisme scolaire ».
    r"\bconcertation de cas\b[^\n:]* : ",
    r"\bce que nous (?:voulons|souhaitons|visons|cherchons)\b",
    // The question the consultation is to answer: « Comment préserver l'intégrité … ? ».
    r"\bcomment (?:preserver|proteger|garantir|assurer|prevenir|eviter|mettre (?:fin|un terme))\b",
    r"\b(?:faire en sorte|veiller a ce|s'assurer que|garantir que)\b",
    r"\b(?:afin|pour) que\b",
    // An aim added on the side: « et tant qu'on y est on réglera l'histoire des cotisations ».
    r"\b(?:tant qu'on y est|tant que nous y sommes|par la meme occasion|on en profitera pour|nous en profiterons pour)\b",
    // « Nous profiterons aussi de la réunion pour trouver une solution à l'arriéré ».
    r"\bprofiter(?:ons|a|ait|ions|) (?:aussi |egalement )?de (?:la|cette) (?:reunion|concertation|rencontre|occasion) pour\b",
    r"\b(?:craignons|craint|craindre|crainte|peur|inquiet|inquiete|inquietude)",
    r"\bil s'agit d",
    // « L'idée, c'est vraiment de voir ensemble comment … ».
    r"\bl'idee,? (?:c'est|est|serait)\b",
    // « réfléchir ensemble à la manière de la mettre à l'abri … C'est la seule raison
    // d'être de cette réunion ».
    r"\b(?:a|sur) la (?:maniere|facon|meilleure (?:maniere|facon)) de\b",
    r"\braison d'etre\b",
    // « Elle permettra aussi de trouver une solution pour le remboursement des arriérés ».
    r"\b(?:permettra|permettrait|servira|servirait)(?: aussi| egalement| en outre)? (?:de|d'|a)\b",
    r"\b(?:ecarter|eviter|empecher|mettre (?:un terme|fin))\b",
    r"\bpreoccupations?\b",
    r"\bmotivent\b",
    r"\ben vue de\b",
    r"\bafin d",
    r"\bdans le (?:but|souci) d",
    r"\bpour (?:but|objet|objectif|finalite)\b",
    // « c'est pour le faire revenir à l'école », « c'est pour protéger la petite ».
    r"\bc'est pour\b",
    r"\bobjectifs?\b",
    r"\bobjet\b",
    r"\bfinalites?\b",
    r"\bbut\b",
    r"\bvise(?:ra|nt)? a\b",
    r"\bviser a\b",
    r"\bpour (?:proteger|prevenir|lutter|examiner|verifier|traiter|aborder|evaluer|discuter|echanger|faire|coordonner|assurer|contribuer)",
    r"\blutte(?:r)? contre\b",
    r"\bprevenir\b",
    r"\bprevention\b",
    r"\bproteger\b",
    r"\bmotif\b",
    r"\bconcerne\b",
    r"\bportera sur\b",
    r"\bporte sur\b",
    r"\bsous l'angle\b",
    r"\bverifier\b",
    r"\bexaminer\b",
    r"\baborder\b",
    // « Nous discuterons de l'absentéisme scolaire de R. ».
    r"\b(?:discuterons|discutera|examinerons|examinera|aborderons|abordera|parlerons)\b",
    r"\bmet het oog op\b",
    r"\bter voorkoming\b",
    r"\bdoel\b",
];
