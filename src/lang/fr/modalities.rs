//! French cues for the modalities (date, time, place, means, agenda, minutes, chair, reply
//! deadline, contact, procedure), over the folded view (lower case, no accents, `'` as the
//! only apostrophe).
//!
//! `CALENDAR`, `SPELLED` and `LABELS` hold exact folded words (looked up one word at a time); every
//! other table holds cue patterns compiled by [`crate::lexicon::Lexicon`].

use crate::extract::dates::Cal::{self, *};
use crate::extract::dates::Relative;
use crate::extract::dates::Spelled::{self, CurrentMonth, Half, Number, Ordinal, Quarter};
use crate::extract::modalities::Cue::{self, *};
use crate::extract::modalities::Label::{self, *};

/// Month and weekday names and their abbreviations, hour words.
pub(crate) static CALENDAR: &[(&str, Cal)] = &[
    ("janvier", Month(1)),
    ("janv", Month(1)),
    ("fevrier", Month(2)),
    ("fevr", Month(2)),
    ("fev", Month(2)),
    ("mars", Month(3)),
    ("mar", Month(3)),
    ("avril", Month(4)),
    ("avr", Month(4)),
    ("mai", Month(5)),
    ("juin", Month(6)),
    ("juillet", Month(7)),
    ("juil", Month(7)),
    ("aout", Month(8)),
    ("septembre", Month(9)),
    ("sept", Month(9)),
    ("octobre", Month(10)),
    ("oct", Month(10)),
    ("novembre", Month(11)),
    ("nov", Month(11)),
    ("decembre", Month(12)),
    ("dec", Month(12)),
    ("lundi", Weekday(0)),
    ("lun", Weekday(0)),
    ("mardi", Weekday(1)),
    ("mar", Weekday(1)),
    ("mercredi", Weekday(2)),
    ("mer", Weekday(2)),
    ("jeudi", Weekday(3)),
    ("jeu", Weekday(3)),
    ("vendredi", Weekday(4)),
    ("ven", Weekday(4)),
    ("samedi", Weekday(5)),
    ("sam", Weekday(5)),
    ("dimanche", Weekday(6)),
    ("dim", Weekday(6)),
    ("h", HourMark),
    ("heure", HourMark),
    ("heures", HourMark),
    ("midi", Noon),
    ("minuit", Midnight),
];

/// Numbers and clock words written out: "le quinze mars", "le premier avril", "à dix heures
/// et demie", "quatorze heures trente", "le 17 courant". "Un" and "une" are left out (they
/// are articles far more often than numbers); "vingt et un" and "trente et un" are read as
/// compounds, like "dix-sept" and "vingt-deux".
pub(crate) static SPELLED: &[(&str, Spelled)] = &[
    ("premier", Ordinal(1)),
    ("deux", Number(2)),
    ("trois", Number(3)),
    ("quatre", Number(4)),
    ("cinq", Number(5)),
    ("six", Number(6)),
    ("sept", Number(7)),
    ("huit", Number(8)),
    ("neuf", Number(9)),
    ("dix", Number(10)),
    ("onze", Number(11)),
    ("douze", Number(12)),
    ("treize", Number(13)),
    ("quatorze", Number(14)),
    ("quinze", Number(15)),
    ("seize", Number(16)),
    ("vingt", Number(20)),
    ("trente", Number(30)),
    ("quarante", Number(40)),
    ("cinquante", Number(50)),
    ("demie", Half),
    ("demi", Half),
    ("quart", Quarter),
    ("courant", CurrentMonth),
    ("ct", CurrentMonth),
];

/// What may follow a day to say it is of the letter's own month: "le 17 courant", "le 17 de
/// ce mois". Folded, after the day and its suffix.
/// Words that place a day relative to the letter's date: "demain", "mardi prochain", "ce
/// jeudi" ("après-demain" is read from "demain").
pub(crate) static RELATIVE: &[(&str, Relative)] = &[
    ("demain", Relative::Days(1)),
    // « dem. 14h »: cut short, read only before a time.
    ("dem", Relative::Clipped(1)),
    ("prochain", Relative::After),
    ("prochaine", Relative::After),
    ("ce", Relative::Before),
    ("dans", Relative::In),
];

/// What may follow a weekday to put it in the week after the letter's (« mardi en huit »:
/// the Tuesday of the week after the letter's).
pub(crate) static NEXT_WEEK: &[&str] =
    &["de la semaine prochaine", "la semaine prochaine", "en huit"];

pub(crate) static CURRENT_MONTH: &[&str] = &["de ce mois", "du mois courant", "du mois en cours"];

/// What may follow a day to say it is of the month after the letter's: « le 4 du mois
/// prochain ».
pub(crate) static NEXT_MONTH: &[&str] = &["du mois prochain", "du mois suivant"];

/// Heads of "label : value" lines (and of Markdown table rows).
pub(crate) static LABELS: &[(&str, Label)] = &[
    ("date", LDate),
    ("dates", LDate),
    ("jour", LDate),
    ("quand", LDate),
    ("qd", LDate),
    ("heure", LTime),
    ("heures", LTime),
    ("horaire", LTime),
    ("horaires", LTime),
    ("lieu", LPlace),
    ("lieux", LPlace),
    ("adresse", LAddress),
    ("endroit", LPlace),
    // A calendar invitation's field ("Emplacement : Salle Jean Tilman").
    ("emplacement", LPlace),
    ("ou", LPlace),
    ("local", LPlace),
    ("salle", LPlace),
    ("distance", LRemote),
    ("visioconference", LRemote),
    // Words that may join label words ("date et heure de la réunion").
    ("et", LFiller),
    ("de", LFiller),
    ("la", LFiller),
    ("du", LFiller),
    ("le", LFiller),
    ("l", LFiller),
    ("a", LFiller),
    ("reunion", LFiller),
    ("concertation", LFiller),
    ("rendez", LFiller),
    ("vous", LFiller),
    ("prochaine", LFiller),
    ("proposee", LFiller),
    ("proposees", LFiller),
    ("prevue", LFiller),
    ("retenue", LFiller),
    ("fixee", LFiller),
    ("seance", LFiller),
    ("debut", LFiller),
    ("precise", LFiller),
    // « Le lieu reste inchangé : CPAS, salle 3 ».
    ("reste", LFiller),
    ("inchange", LFiller),
    // « Nouvelle heure : 15h15 ».
    ("nouvelle", LFiller),
    ("nouveau", LFiller),
    ("nouvel", LFiller),
    // « Le lieu ne change pas : CPAS de Florival, salle 2 ».
    ("ne", LFiller),
    ("change", LFiller),
    ("pas", LFiller),
    ("meme", LFiller),
    ("exacte", LFiller),
];

/// Cues of the modalities, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    // Deux jours proposés, le choix ouvert : « lundi 2 ou mardi 3 mars ».
    (
        r"\b(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.? \d{1,2}(?:er)? ou (?:le )?(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
        Options,
    ),
    // « Pour le lieu, je pensais à la maison de quartier des Tanneurs » (la date à venir).
    (r"\b(?:pour le lieu|quant au lieu|cote lieu),", MeetingVerb),
    // A meeting called off (before the past tenses: "a été annulée").
    (
        r"\b(?:initialement|primitivement) (?:prevue?s?|fixee?s?|programmee?s?)|\b(?:prevue?s?|fixee?s?) (?:initialement|a l'origine)|\b(?:ne pourra pas|ne peut pas|ne pourra plus) (?:avoir lieu|se tenir)|\bn'aura pas lieu\b|\b(?:est|a ete|sont|ont ete) (?:annulee?s?|decommandee?s?)\b",
        Cancelled,
    ),
    (
        r"\b(?:reunion|conference|concertation) (?:telephonique|par telephone)\b|\bpont telephonique\b",
        Remote,
    ),
    // Hours when the writer can be reached: "Je suis joignable du lundi au vendredi de 8 h
    // à 16 h" bounds no meeting; nor do a secretariat's opening days and closures (« lun.-ven.
    // 9 h-12 h ; fermé du 1er au 5 février »).
    (
        r"\bjoignables?\b|\bheures de bureau\b|\bpermanences? telephoniques?\b|\bpermanences?\s{0,3}:|\bheures d'ouverture\b|\b(?:lun(?:di)?|mar(?:di)?)\.? ?(?:-|au) ?(?:jeu(?:di)?|ven(?:dredi)?|sam(?:edi)?)\b|\bfermee?s? (?:le |du |entre le )?[0-9]",
        Reachable,
    ),
    (
        r"\bsemaines? du [0-9]{1,2} et du\b|\b(?:dans )?(?:le courant de )?(?:la |les )?(?:semaines?|sem\.?) du\b|\bdans le courant (?:du mois|de la semaine)\b|\bentre le\b",
        Vague,
    ),
    (
        r"\b(?:options?|dates (?:possibles|proposees)|creneaux (?:possibles|proposes)|sondage|doodle)\s{0,3}:|\b(?:l'une|une|l'un|un) des (?:deux|trois|quatre) (?:dates|jours|creneaux)(?: suivante?s| suivants| proposee?s| proposes)?\b|\b(?:creneaux|dates possibles|dates disponibles) (?:entre|du|allant)\b",
        Options,
    ),
    // The letter's own date: "Fait à Namur, le", "envoyé par courriel le".
    (r"\bfait a [^\n,.;]{1,40},? le\b", LetterDate),
    (
        r"\b(?:envoye|expedie|transmis)(?: par (?:e-?mail|courriel|mail|courrier))? le\b",
        LetterDate,
    ),
    // A document's own stamps: « Généré le : 19/05/2026 », « Imprimé le », « Exporté : ».
    (
        r"\b(?:genere|imprime|exporte|telecharge)e? (?:le|en date du) ?:?|\b(?:genere|imprime|exporte|telecharge)e? ?:",
        LetterDate,
    ),
    // Birth dates.
    (r"\bnee? (?:le|en|au)\b", Birth),
    (r"\bdate de naissance\b", Birth),
    (r"°", Birth),
    // A past event right before a date.
    (
        r"\b(?:lors|a l'issue|a la suite|suite) (?:de la|de notre|de votre|de leur|de cette|de l'|du|d'une?|des) [a-z' -]{0,40}?(?:du|le|en date du)\b",
        Past,
    ),
    (
        r"\bcomme convenu (?:lors de [a-z' -]{0,40}?(?:du|le)|le)\b",
        Past,
    ),
    // « … reporter la concertation qui était prévue le mercredi 4 mars ».
    (
        r"\bqui (?:etait|avait ete) (?:prevue?|fixee?|programmee?|planifiee?) (?:le|pour le|au|ce)\b",
        Cancelled,
    ),
    // Another meeting's date, read as a past one's: "la prochaine séance plénière de la
    // CSIL-R est fixée au jeudi 10 juin".
    (
        r"\b(?:seance|reunion) pleniere(?: de (?:la |notre )?[a-z-]{2,12})? (?:est|sera|a ete) (?:fixee|prevue|programmee|planifiee) (?:au|le|pour le)\b|\b(?:seance|reunion) pleniere (?:annuelle|generale|d'arrondissement) (?:du|le)\b",
        Past,
    ),
    (
        r"\b(?:notre|la|votre|leur) (?:derniere|precedente) (?:reunion|concertation|rencontre|seance|entrevue)(?: du| le| en date du)?\b",
        Past,
    ),
    (
        r"\b(?:votre|notre|son|sa|leur|mon|ma|le|la) (?:courrier|lettre|courriel|mail|e-mail|message|rapport|appel|demande|signalement|requete|plainte|note|proces-verbal|pv|avis) (?:du|de|en date du|date du)\b",
        Past,
    ),
    (
        r"\bsignal(?:ement|ee?s?) (?:a [a-z' -]{1,30} )?(?:du|le)\b",
        Past,
    ),
    (r"\bdepuis\b", Past),
    (r"\b(?:a|ont|avait|avaient) eu lieu (?:le|du)\b", Past),
    (r"\bs'est (?:tenue?|deroulee?|reunie?) (?:le|du)\b", Past),
    (
        r"\b(?:admise?|hospitalisee?|arrivee?|placee?|entendue?|auditionnee?|interpellee?|recue?) (?:[a-z' -]{0,25} )?le\b",
        Past,
    ),
    (
        r"\b(?:jugement|ordonnance|decision|arret|requisitoire) (?:rendue? |prononcee? )?(?:du|le|en date du)\b",
        Past,
    ),
    (r"\brendue? le\b", Past),
    // A meeting moved to a new date, and the date it was first set for.
    (
        r"\b(?:reportee?|deplacee?|avancee?|decalee?) (?:au|a|le|pour le)\b|\breport (?:au|pour le)\b|\b(?:nouvelle date|nouvelle date et heure|new date|new date and time)\s{0,3}:",
        Moved,
    ),
    // A schedule's cancelled line: "CANCELLED: Thursday 12 November", « Annulée : jeudi 12 ».
    (
        r"\b(?:cancell?ed|old date|previous date|annulee?|ancienne date)\s{0,3}:",
        Past,
    ),
    (
        r"\b(?:initialement|d'abord|primitivement) (?:prevue?|fixee?|programmee?|envisagee?) (?:le|au|pour le)\b",
        Past,
    ),
    (
        r"\b(?:prevue?|fixee?|programmee?|envisagee?) initialement (?:le|au|pour le)\b",
        Past,
    ),
    // Past tense in the clause of a date.
    (
        r"\b(?:a|ont|avait|avaient|aurait|auraient) (?:ete|eu|fait|signale|constate|observe|recu|quitte|frappe|agresse|menace|declare|informe|evoque|indique|releve)\b",
        PastVerb,
    ),
    (
        r"\b(?:est|sont) (?:intervenue?s?|venue?s?|arrivee?s?|decedee?s?|partie?s?|survenue?s?)\b",
        PastVerb,
    ),
    // The day something is sent: « (lien Framadate envoyé demain) », « le compte rendu
    // sera diffusé le 3 mars ».
    (
        r"\b(?:envoyee?s?|transmise?s?|expediee?s?|diffusee?s?)(?: des| au plus tard| d'ici)?\b",
        Sent,
    ),
    // A reply deadline right before a date, or right after it.
    (r"\bau plus tard (?:le|pour le|ce)\b", Deadline),
    (r"\bau plus tard\b", Deadline),
    (r"\b(?:avant|d'ici) (?:le|ce|la date du)\b", Deadline),
    (r"\bpour (?:le|ce)\b", DeadlineWeak),
    (r"\bavant\b", Deadline),
    (r"\bd'ici\b", Deadline),
    (r"\bjusqu'(?:au|a)\b", Deadline),
    (r"\bdate limite(?: de reponse| d'inscription)?\b", Deadline),
    (r"\bdans les meilleurs delais\b", Reply),
    (r"\bconfirm(?:er|ez|ation|e)\b", Reply),
    (r"\brepond(?:re|ez)\b", Reply),
    (r"\breponse\b", Reply),
    (
        r"\b(?:faire|faites|fassiez) (?:nous |moi )?(?:savoir|part)\b",
        Reply,
    ),
    (r"\b(?:m'en |nous en |en )?avertir\b", Reply),
    (
        r"\bprevenir (?:le secretariat|notre secretariat|nos services)\b",
        Reply,
    ),
    (r"\binscri(?:re|vez|ption)\b", Reply),
    (r"\bdisponibilites\b", Reply),
    (r"\bsondage\b", Reply),
    (r"\bdoodle\b", Reply),
    (r"\bexcuser\b", Reply),
    // Meeting verbs and nouns.
    (r"\b(?:aura|auront|aurait|auraient) lieu\b", MeetingVerb),
    // « La rencontre prendra place le lundi 2 juin » (a calque of "will take place").
    (
        r"\b(?:prendra|prendront|prend|prennent) place (?:le|au|a|en|ce)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:se tiendra|se tiendront|se tiendrait|se deroulera|se derouleront|se deroulerait)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:se reunira|se reuniront|se reunit|se reunissent|nous reunirons|nous nous reunirons|se reunir|nous nous retrouverons|nous nous verrons|on se retrouve|nous vous attendons|nous vous recevrons)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:sera|est|seront) (?:organisee?s?|fixee?s?|prevue?s?|programmee?s?|planifiee?s?|convoquee?s?)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:fixee?|prevue?|programmee?|planifiee?) (?:au|le|pour le)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:organisons|organise|organisera|convoque|convoquons|convie|convions|invite|invitons)\b",
        MeetingVerb,
    ),
    (r"\b(?:je|nous) vous propos(?:e|ons)\b", MeetingVerb),
    (
        r"\bvous (?:etes|serez) (?:invitee?s?|conviee?s?|convoquee?s?|attendue?s?)\b",
        MeetingVerb,
    ),
    (r"\b(?:debutera|commencera|demarrera)\b", MeetingVerb),
    // « La réunion sera à notre bureau, … ».
    (
        r"\b(?:reunion|concertation|rencontre|seance) (?:sera|se fera|est) (?:a|au|aux|dans|chez|en)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:concertations?|reunions?|rencontres?|rendez-vous|seances?|entrevues?|plateforme de concertation)\b",
        MeetingNoun,
    ),
    // Items.
    // « la situation sera inscrite à l'ordre du jour d'une prochaine séance » : a date to
    // come, not the meeting's agenda.
    (
        r"\b(?:sera|seront|serait) (?:inscrite?s?|mise?s?|ajoutee?s?|portee?s?) a l'ordre du jour d'une (?:prochaine|future|de nos prochaines|des prochaines) (?:seance|reunion)s?\b",
        DateLater,
    ),
    (r"\bordre du jour\b", Agenda),
    (
        r"\bpoints? (?:abordes|a aborder|a l'ordre du jour|discutes|a discuter|a examiner|examines)\b",
        Agenda,
    ),
    (
        r"\b(?:programme|deroulement) de la (?:reunion|concertation|seance)\b",
        Agenda,
    ),
    (
        r"\baucun (?:proces-?verbal|pv|compte-?rendu|rapport) (?:ne sera|n'est|ne seront)\b",
        NoMinutes,
    ),
    (
        r"\bpas de (?:proces-?verbal|pv|compte-?rendu|prise de notes?)\b",
        NoMinutes,
    ),
    (r"\bproces-?verba(?:l|ux)\b", Minutes),
    (r"\bpv\b", Minutes),
    (r"\bcomptes?[- ]rendus?\b", Minutes),
    (
        r"\brapport de (?:la )?(?:reunion|concertation|seance)\b",
        Minutes,
    ),
    (r"\breleve (?:de|des) decisions\b", Minutes),
    (r"\bprise de notes?\b", Minutes),
    (
        r"\bnotes? (?:seront|sera) (?:prises?|redigees?|tenues?)\b",
        Minutes,
    ),
    (r"\bpresid(?:ee?s?|era|eront|ent) par\b", Chair),
    (r"\bsous (?:la|ma|sa|votre|leur) presidence\b", Chair),
    (r"\bpresidence\b", Chair),
    (
        r"\bpresidente? (?:de (?:la )?seance|de la reunion|de la concertation|de la cellule|de la plateforme)\b",
        Chair,
    ),
    (r"\bqui (?:la |le )?presid(?:e|era|ent)\b", Chair),
    (r"\bpresidera\b", Chair),
    (r"\bpresidente?\b", Chair),
    (r"\bpersonnes? de contact\b", Contact),
    (r"\bpersonne-ressource\b", Contact),
    (
        r"\bpour (?:toute|tout|de plus amples|d'autres|tous) (?:autres? )?(?:questions?|informations?|renseignements?|precisions?)\b",
        Contact,
    ),
    (r"\bn'hesitez pas a (?:me |nous )?contacter\b", Contact),
    (r"\b(?:me|nous) contacter\b", Contact),
    (r"\bcontactez\b", Contact),
    (r"\bcontact ?:", Contact),
    (r"\b(?:tel|telephone|gsm|portable)\.? ?:? ?[+(0-9]", Contact),
    (
        r"\b(?:echangees?|partagees?|communiquees?|transmises?) (?:uniquement |exclusivement |seulement )?(?:oralement|verbalement|de vive voix)\b",
        Procedure,
    ),
    (
        r"\baucun (?:document|dossier|ecrit)[a-z ]{0,30} ne sera (?:remis|distribue|transmis|conserve|envoye|diffuse)\b",
        Procedure,
    ),
    (r"\baucune (?:copie|note|trace ecrite)\b", Procedure),
    (
        r"\bseules? les informations (?:strictement )?(?:necessaires|pertinentes|utiles)\b",
        Procedure,
    ),
    (r"\binformations strictement necessaires\b", Procedure),
    (
        r"\bnotes? (?:personnelles )?(?:seront|sera) detruites?\b",
        Procedure,
    ),
    (r"\bseront detruit(?:e|es|s)\b", Procedure),
    (
        r"\bconserv(?:e|ee|es|ees|era|eront|ation|er)s? (?:de (?:maniere|facon) )?(?:securisee|confidentielle|en lieu sur)\b",
        Procedure,
    ),
    (r"\bde (?:maniere|facon) securisee\b", Procedure),
    (r"\bplate-?forme securisee\b", Procedure),
    (
        r"\bfiche (?:de retour|de liaison|de suivi|retour)\b",
        Procedure,
    ),
    (r"\bbesoin d'en connaitre\b", Procedure),
    (
        r"\b(?:recuperes?|repris|restitues?) (?:a la fin|en fin) de (?:la )?(?:reunion|seance|concertation)\b",
        Procedure,
    ),
    // Remote means.
    (r"\bvisio-?conferences?\b", Remote),
    (r"\bvisio\b", Remote),
    (r"\bvideo-?conferences?\b", Remote),
    (r"\bmicrosoft teams\b", Remote),
    (r"\bms teams\b", Remote),
    (r"\b(?:via|par|sur|en) teams\b", Remote),
    (
        r"\b(?:connexion|lien|liens|reunion|invitation|session|salle|canal|appel|visio) (?:via |par |sur )?(?:microsoft |ms )?teams\b",
        Remote,
    ),
    (r"\(teams\)", Remote),
    (r"\bzoom\b", Remote),
    (r"\bwebex\b", Remote),
    (r"\bgoogle meet\b", Remote),
    (r"\bskype\b", Remote),
    (
        r"\blien (?:de (?:connexion|participation|la reunion|visio)|de connexion)\b",
        Remote,
    ),
    // « mardi 3 juin, 14 h, uniquement en ligne : https://… ».
    (
        r"\b(?:uniquement|entierement|exclusivement|seulement) en ligne\b|\ben ligne (?:uniquement|seulement)\b",
        Remote,
    ),
    (
        r"\b(?:participer|participation|assister|rejoindre|se connecter|suivre la reunion|reunion|concertation|se tiendra|aura lieu) (?:[a-z' ]{0,20} )?(?:en ligne|a distance)\b",
        Remote,
    ),
    (
        r"\b(?:participer|participation|rejoindre|assister|se joindre) [a-z' ]{0,30}par telephone\b",
        Remote,
    ),
    (r"\bconference telephonique\b", Remote),
    // A meeting link's text, its address left behind by the Markdown ("👉 [Rejoindre la
    // réunion](https://teams…)", "[Join the meeting](…)").
    (
        r"\brejoindre la reunion(?: (?:teams|zoom|webex|en ligne))?\b|\bjoin (?:the )?(?:teams|zoom|webex|online) meeting\b|\bjoin meeting now\b|\bclick here to join\b",
        Remote,
    ),
    (r"\baudioconference\b", Remote),
    (r"\bhybrides?\b", Remote),
    (r"\ba distance\b", Remote),
    // Places.
    // « dans ma classe (P5-P6) » : the writer's classroom, not « absences en classe » or « un
    // élève dans sa classe ».
    (
        r"\bdans (?:ma|notre) (?:classe|salle de classe|classe de [a-z0-9-]{1,20})\b",
        Place,
    ),
    (
        r"\b(?:a|au|aux|dans|en|chez|sur) (?:l'|la |le |les |nos |notre |vos |votre |mon |ma |leurs? |ses |son |sa |ce |cette |cet )?(?:[a-z\x22'-]{1,40} ){0,2}?(?:hotel de ville|hotel de police|maison communale|maison de (?:la )?justice|maison des [a-z]{1,40}|maison de quartier|salle|locaux|bureaux?|siege|commissariat|poste de police|palais de justice|parquet|cpas|administration communale|mairie|antenne|batiment|caserne|tribunal|centre|hopital|clinique|ecole|institut|service|residence|espace|amo|pms|cpms|cabinet|cabinet medical|buvette|cafeteria|refectoire|club-house|clubhouse|vestiaire|gymnase|bibliotheque)\b",
        Place,
    ),
    // « lundi 19 janvier à 8h45, bureau de la direction » : an office named by whose it is,
    // with no preposition before it.
    (
        r"\bbureau (?:de la direction|du directeur|de la directrice|du coordinateur|de la coordinatrice|des educateurs|du service social|du centre pms|du pms)\b|\bbureau (?:de la )?dir\.",
        Place,
    ),
    (
        r"\b(?:salle|lokaal) (?:[a-z0-9.'\x22-]{1,40} ){0,3}?[a-z0-9.'\x22-]{1,40}",
        Place,
    ),
    // "local 2.14", "local n° 104", "local des éducateurs": not "Local Integral Security
    // Cell" nor "le service local de recherche".
    (
        r"\blocal (?:n[o°]\.? ?)?(?:[a-z]{0,2}[0-9][a-z0-9.'-]{0,10}|(?:des|du|de la|de l') ?[a-z'-]{1,40})",
        Place,
    ),
    // A building named bare after the date and time, before its room or a comma
    // (« le 7/01 à 10h, maison communale bureau 4, avec … »).
    (
        r"\b(?:maison communale|hotel de ville|hotel de police|commissariat|maison de justice|administration communale) (?:bureau|salle|local) [a-z0-9.-]{1,10}\b",
        Place,
    ),
    // « au local prévention », « dans notre local » : a room, not « au niveau local ».
    (r"\b(?:au|dans (?:le|notre|votre|leur|mon)) local\b", Place),
    (
        r"\b(?:rue|avenue|av\.|boulevard|bd|chaussee|place|square|quai|chemin|dreve|allee|impasse|clos|rempart|parvis|galerie) (?:[a-z'-]{1,40}\.? ){0,5}?\d{1,4}\b",
        Place,
    ),
    // "12, rue des Glycines": the street after its number (checked in code).
    (
        r"\b(?:rue|avenue|boulevard|chaussee|quai|chemin|dreve|allee|impasse|square|street|road|lane) (?:de la |de l'|des |du |de |d'|la |le )?[a-z'-]{2,40}(?: [a-z'-]{2,40}){0,2}",
        Street,
    ),
    (
        r"\b(?:lieu|adresse)(?: exacte?| precise?| definitive?)? (?:vous sera|sera|seront|reste|restent|est) (?:communique|precise|confirme|indique|a confirmer|a determiner|a preciser)|\ble local (?:vous sera|sera) (?:communique|precise|confirme|indique)",
        PlaceLater,
    ),
    (
        r"\b(?:lieu|adresse) (?:a confirmer|a determiner|a preciser|a definir|a fixer|encore inconnu|non communique)",
        PlaceLater,
    ),
    (
        r"\b(?:date|jour)(?:\s{0,3}:)?\s{0,3}(?:a confirmer|a determiner|a preciser|a definir|a fixer)\b",
        DateLater,
    ),
    (
        r"\bla date (?:precise |exacte |definitive )?(?:vous )?(?:sera|seront|reste|est) (?:communiquee|confirmee|fixee|arretee|precisee|determinee|a fixer|a confirmer)|\b(?:une fois|des que|lorsque|quand) (?:la date (?:sera |aura ete )?(?:fixee|arretee|choisie|connue)|nous aurons (?:une|la) date)\b",
        DateLater,
    ),
    // Salutations and closings.
    (
        r"\b(?:madame|monsieur|mesdames|messieurs|cher|chere|chers|cheres|docteur|maitre|bonjour|bonsoir)\b",
        Salutation,
    ),
    (
        r"\b(?:cordialement|bien a vous|bien a toi|sinceres salutations|salutations distinguees|nos salutations|mes salutations|veuillez agreer|je vous prie d'agreer|nous vous prions d'agreer|recevez, [a-z]{1,40}, l'expression|avec mes remerciements)\b",
        Closing,
    ),
];
