//! French (and Dutch) cues that tell a convocation to a case consultation from other texts.

use crate::extract::convocation::Cue::{self, *};

/// Cues, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    // Une concertation d'une série : « notre première concertation du 14 janvier », « 2e
    // concertation » (not « la prochaine concertation » of a public consultation).
    (
        r"\b(?:premiere|deuxieme|2e|2eme|seconde|troisieme|3e) concertation\b",
        TopicStrong,
    ),
    // « Je vous propose donc qu'on se voie tous les trois … pour une petite concertation afin
    // de la protéger ».
    (
        r"\b(?:je vous propose|je propose|nous vous proposons|je suggere)(?: donc)? (?:qu'on se voie|que nous nous voyions|qu'on se reunisse|que nous nous reunissions|qu'on se retrouve|de nous voir|de nous reunir|de nous retrouver)\b",
        Invitation,
    ),
    (
        r"\b(?:une|cette|notre) (?:petite |breve |courte )?concertation (?:afin de |pour )(?:la |le |les |l')?(?:proteger|aider|accompagner|mettre a l'abri)\b|\b(?:une|cette|notre) (?:petite |breve |courte )?concertation (?:pour (?:lui|elle|eux)\b|entre nous|a trois|a quatre)",
        TopicStrong,
    ),
    // L'invitation d'un autre, racontée : « elle est invitée à être entendue », « plusieurs
    // membres ont été invités à des concertations de cas ».
    (
        r"\b(?:est|sont|a ete|ont ete|sera|seront) (?:egalement |aussi )?(?:invitee?s?|conviee?s?) a (?:etre entendue?s?|s'exprimer)\b|\b(?:sont|etaient|a ete|ont ete|avaient ete|avait ete)(?: souvent| regulierement| de plus en plus)? (?:invitee?s?|conviee?s?|convoquee?s?) a des (?:concertations|reunions)\b",
        Aside,
    ),
    (
        r"\b(?:formulaire de convocation|fiche de convocation|convocation form|notice of convocation)\b",
        Invitation,
    ),
    // Une invitation d'agenda collée en texte : le lien de la réunion, les participants.
    (
        r"\brejoindre sur votre ordinateur,? (?:votre )?application mobile ou (?:votre )?appareil de salle\b|\bcliquez ici pour rejoindre la reunion\b|(?:^|\n)participants (?:obligatoires|facultatifs|requis)\s{0,3}:",
        Invitation,
    ),
    // A heading over the list of those convened: « Sont convoqués », « Seront conviés : ».
    (
        r"(?:^|\n)(?:sont|seront) (?:convoquee?s?|conviee?s?|invitee?s?)\s{0,3}:?\s{0,3}(?:\n|$)",
        Invitation,
    ),
    // Before the title below: « CONVOCATION À UNE AUDITION » is a hearing's.
    (
        r"(?:^|\n)(?:\*\*)?convocation (?:a|pour) (?:une |l')?(?:audition|audience|entretien|comparution)\b|(?:^|\n)objet ?: ?(?:invitation|convocation) (?:a|pour) (?:une |l')?(?:audition|audience|comparution)\b",
        Court,
    ),
    // Convoqué à la troisième personne ou au passif, ou sous un titre « Convocation » :
    // « Mme B., assistante sociale, est invitée à… », « les partenaires suivants sont
    // convoqués », « DÉCISION … convoquant une concertation ».
    (
        r"\b(?:est|sont|a ete|ont ete) (?:par la presente |donc |dument |formellement )?(?:convoquee?s?|invitee?s?|conviee?s?)(?: a| au| aux| pour| le|,|\s{0,3}:)|\bconvoquant (?:une|la|les|a)\b|\b(?:membres|partenaires|participants|services) convoques\b|(?:^|\n)(?:\*\*)?convocation(?:\s{0,3}(?:\n|$|:|\*\*|-)| (?:a|au|aux|pour|de|d'|du|des|a la|n°) )|(?:^|\n)(?:\*\*)?invitation\s{0,3}[-:]\s{0,3}(?:a |a la |a une )?(?:concertation de cas|casusoverleg)\b",
        Invitation,
    ),
    // A reminder or a text message that convenes without a greeting: "Rappel CPAS :
    // concertation de cas demain 9h30 … Présence requise, merci de confirmer par retour".
    (
        r"(?:^|\n)(?:petit )?rappel\b[^\n:]{0,30}: ?(?:la |notre |votre )?(?:concertation|reunion|csil|seance|rdv|rendez-vous)\b|(?:^|\n)(?:petit )?rappel (?:pr|pour|a)(?: [^\n:. ][^\n:.]{0,24}?)? (?:la |notre |votre )?(?:concertation|reunion|csil|seance|rdv|rendez-vous)\b[^\n]{0,80}?\b(?:demain|aujourd'hui|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2} ?h)|\bmerci de (?:me |nous )?confirmer (?:votre presence|votre participation)",
        Invitation,
    ),
    (
        r"\bvous y (?:etes|serez) (?:attendue?s?|conviee?s?|invitee?s?|convoquee?s?)\b|\b(?:membres|partenaires|services) (?:convoquee?s|invitee?s)\s{0,6}:|\bqui (?:representera|representeront|siegera pour) votre (?:service|institution|equipe|organisation|ecole|centre|cellule|asbl)\b|\b(?:a apporter|apportez-la|apportez-le|a ramener|a remettre)(?:,? imprimee?s?,?| avec vous)? (?:a|lors de) la (?:concertation|reunion|seance)\b",
        Invitation,
    ),
    (
        r"\bnous nous (?:reunirons|retrouverons|verrons)\b|\bnous (?:nous )?reunissons (?:le|a|au|en)\b|\b(?:a|ont|avons) retenu (?:la situation|le dossier|votre dossier|ce dossier|cette situation)(?: [a-z0-9'().,-]{1,30}){0,10} pour une concertation\b",
        Organize,
    ),
    (
        r"\b(?:ne|n'y) (?:traite|traitera|traiteront|traitent|examine|examinera|aborde|abordera|discute|discutera) (?:aucune?|pas de) (?:dossiers?|situations?|cas) (?:individuel(?:le)?s?|particuliers?|particulieres?|nominatifs?|nominatives?)\b|\baucun(?:e)? (?:dossier|situation|cas) (?:individuel(?:le)?|particulier(?:e)?|nominatif|nominative)(?: (?:ni|ou) (?:aucun(?:e)? )?(?:dossier|situation|cas)(?: individuel(?:le)?| nominatif)?)? (?:ne sera|n'y sera|ne seront|n'y seront|ne pourra|ne pourront)\b|\b(?:elle|il|cette (?:reunion|matinee|seance|rencontre|journee|audition)) ne constitue (?:donc )?pas une concertation de cas\b|\bcette audition (?:n'est pas|est independante de) (?:une|la) concertation\b|\b458 ?ter ne s'applique (?:donc |des lors |pas )?(?:pas )?a (?:cette|la|notre) (?:reunion|rencontre|seance|pleniere)\b|\b(?:cette|la|notre) (?:reunion|rencontre|seance|pleniere) n'est pas une concertation de cas\b",
        Memo,
    ),
    // A meeting held with the family, not about it: « L'idée n'est pas d'échanger des
    // informations sur Théo en leur absence ».
    (
        r"\b(?:l'idee|le but|l'objectif|l'objet) (?:n'est pas|ne sera pas) d'echanger des informations\b|\bil ne s'agit pas d'echanger des informations\b",
        Memo,
    ),
    // Un formulaire qui invite son destinataire : « FORMULAIRE DE CONVOCATION ».
    (
        r"\bformulaire d'invitation\b|\bavis aux (?:participants|partenaires|membres)\b",
        Invitation,
    ),
    // Un écrit qui vaut convocation : « La présente décision … qui valent convocation »,
    // « le présent compte rendu tient lieu de convocation », « DÉCISION PORTANT
    // AUTORISATION MOTIVÉE ET CONVOCATION ».
    (
        r"\b(?:vaut|valent|vaudra|tient lieu|tiennent lieu|tiendra lieu) (?:de )?convocation\b|\b(?:autorisation|decision)(?: [a-z']{1,20}){0,3} et convocation\b",
        ServesAs,
    ),
    // Une réunion fondée sur le consentement du patient, non sur l'art. 458ter.
    (
        r"\bconsentement (?:ecrit )?pour que nous (?:discutions|partagions|abordions|echangions)\b|\bdans (?:les limites|le cadre) de (?:ce|son|leur) consentement\b",
        Memo,
    ),
    // Les notes prises pendant un appel qui convoquait leur auteur.
    (
        r"\b(?:notes? d'appel|notes? (?:de l'appel|d'entretien telephonique|telephoniques?)|compte rendu d'appel|appel telephonique du)\b",
        CallNote,
    ),
    // La réponse d'un service juridique à la question d'un membre.
    (r"\bpermanence juridique\b", Memo),
    // A document titled as an agreement or a report, on a line of its own: « PROTOCOLE DE
    // COLLABORATION », « RAPPORT D'ACTIVITÉS 2024 », « TABLE DES MATIÈRES ».
    (
        r"(?:^|\n)(?:# |## )?(?:protocole (?:de collaboration|de cooperation|d'accord|de partenariat)|rapport (?:annuel|d'activites?)|table des matieres)(?: (?:19|20)[0-9]{2})?[* ]{0,4}\n",
        Memo,
    ),
    // Une réponse automatique : « Je suis absente du bureau jusqu'au … ».
    (
        r"\bje suis (?:actuellement )?absente? (?:du bureau )?(?:jusqu'au|jusqu'a)",
        Memo,
    ),
    // Une lettre adressée aux parents (« Aux parents de Noah V. ») : une réunion avec la
    // famille, non une concertation de cas entre professionnels.
    (r"(?:^|\n)aux parents d(?:e|u|es)\b", Family),
    // "À Monsieur et Madame K.\n Parents de Tymon", « Chers parents, ».
    (
        r"(?:^|\n)(?:parents|responsables legaux) d(?:e|u|es) [a-z]|(?:^|\n)(?:chers|cher|chere) parents\b",
        Family,
    ),
    // Un parent écrit au sujet de son enfant : « Objet : concertation au sujet de ma fille ».
    (
        r"\b(?:concernant|au sujet de|a propos de) (?:ma fille|mon fils|mon enfant|mes enfants|nos enfants|notre fille|notre fils|notre enfant|mon petit-fils|ma petite-fille)\b",
        Family,
    ),
    // Un courrier reçu, reproduit plus bas avec une question à son sujet.
    (
        r"\bj'ai recu (?:le|la|ce|cette) (?:courrier|lettre|mail|e-mail|courriel|message|convocation|invitation) (?:ci-dessous|ci-apres|suivante?)\b|\bj'ai recu (?:un|une) (?:courrier|lettre|mail|e-mail|courriel|message|convocation|invitation) (?:(?:de|du|des|d')[^.;]{1,80}? )?(?:m'invitant|me convoquant|me conviant|me demandant de)\b",
        Relayed,
    ),
    // « Je vous confirme la tenue d'une concertation de cas au sujet de la famille L. »
    (
        r"\b(?:je|nous) vous confirm(?:e|ons) (?:donc |par la presente )?la tenue d(?:'une|e la|e notre)\b",
        Invitation,
    ),
    // A colleague asking whether the reader goes to a consultation someone else convened:
    // « Tu vas à la concertation de demain ? », « Vous allez à la CSIL jeudi ? ».
    (
        r"\b(?:tu vas|vous allez|tu iras|vous irez) (?:a la|a) (?:concertation|csil|reunion de concertation)\b",
        Relayed,
    ),
    // Un commentaire de jurisprudence, un rapport d'audit : des textes sur des convocations.
    (
        r"\bj'ai recu (?:une|la|cette|un) (?:convoc|convocation|invitation|invit)\b|\bchronique de jurisprudence\b|(?:^|\n)mots-cles\s{0,3}:|\b(?:le tribunal|la cour) (?:rappelle|releve) que\b|\brapport d'audit\b|\baudit interne\b",
        Memo,
    ),
    // L'avis d'un ordre professionnel ou d'un conseil, en réponse à une question sur une
    // invitation : « votre demande d'avis du 14 avril », « Le Bureau émet l'avis suivant ».
    (
        r"\bvotre demande d'avis\b|\b(?:emet|emettons|rend|rendons|formule|formulons) l'avis suivant\b|\bcet avis est (?:rendu|emis|donne)\b|\bl'(?:invitation|convocation) que vous (?:avez recue|nous avez (?:transmise|fait suivre|envoyee|communiquee))\b",
        Memo,
    ),
    // La page d'une formation : son programme, son inscription, son atelier.
    (
        r"\bfocus groups?\b|\bgroupes? de discussion\b|\bprojet de recherche\b|\bentretiens? de recherche\b|\bparticiper a (?:notre|une|cette) (?:etude|enquete|recherche)\b",
        Event,
    ),
    (
        r"(?:^|\n)(?:au )?programme\s{0,3}(?::|\n)|\n#{1,3} programme\s{0,3}\n|(?:^|\n)(?:[-•*] )?(?:\*\*)?inscriptions?\s{0,3}(?:\*\*)?\s{0,3}:|\n\| inscriptions? \||\batelier\s{0,3}: |\b(?:matinee|demi-journee|soiree) (?:pour|de reflexion|d'echanges|consacree|autour)\b",
        Event,
    ),
    // D'autres concertations : la concertation sociale (comité de concertation, délégations
    // syndicales), la concertation pédagogique, la réunion de concertation pluridisciplinaire
    // d'oncologie (RCP, COM).
    (
        r"\b(?:comite de concertation (?:de base|commune-cpas|syndicale?)|comite de negociation|concertation sociale|delegations? syndicales?|organisations? syndicales?|concertation pedagogique|rcp|concertation oncologique(?: multidisciplinaire)?|tumou?r board|multidisciplinary (?:oncology|cancer|tumou?r) (?:meeting|board|team)|works council|trade unions?)\b",
        Event,
    ),
    // Une réunion d'un débiteur avec ses créanciers (« réunion de concertation avec vos
    // créanciers ») : de la médiation de dettes, pas une concertation de cas.
    (
        r"\b(?:reunion|concertation|rencontre) (?:de concertation )?avec (?:l'ensemble de )?(?:vos|leurs|ses|les) creanciers\b|\bplan de paiement (?:amiable|negocie)\b|\bechelonnement de (?:vos|ses|leurs) dettes\b",
        Event,
    ),
    // Une question posée à un service d'aide juridique sur une réunion que d'autres
    // organisent : « Mes questions : 1. … ».
    (
        r"(?:^|\n)(?:mes|nos) (?:questions?|interrogations)\s{0,3}:|\b(?:puis-je|pourrais-je|pouvons-nous|pourrions-nous) vous demander\s{0,3}:|\bsi (?:un representant de (?:notre|l') ?[a-z]{1,20}|quelqu'un de (?:notre|l') ?[a-z]{1,20}|nous) (?:pourrait|pourrions|peut|pouvons) (?:assister|participer|etre entendu)\b|\bpersonne ne m'a (?:encore |pour l'instant |jusqu'ici )?(?:invitee?|convoquee?|sollicitee?)\b|\bje n'ai pas (?:encore |moi-meme )?ete (?:invitee?|convoquee?)\b",
        Memo,
    ),
    // « Je me permets de vous écrire car … » : une question écrite, sauf si la lettre fixe
    // elle-même une réunion (« J'aimerais donc qu'on se voie … le jeudi 12 février, à
    // 16h »).
    (
        r"\bje me permets de vous (?:ecrire|contacter|solliciter) (?:car|parce que|pour vous demander|afin de vous demander|pour avoir votre avis)\b",
        Request,
    ),
    // Un conseil sur l'invitation que le lecteur a reçue : « merci de m'avoir transmis la
    // convocation que vous avez reçue du centre ».
    (
        r"\bmerci de m'avoir (?:transmis|fait suivre|transfere) (?:la|votre|leur|cette) (?:lettre|invitation|convocation|courriel)\b|\b(?:la|l') (?:lettre|invitation|convocation) que (?:vous avez|tu as) recue? (?:du|de la|de l'|des)\b",
        Decline,
    ),
    // Un conseil sur l'invitation d'un autre : « avant de répondre à la commune ».
    (
        r"\bavant (?:de (?:repondre|donner suite)|d'y repondre|que (?:tu|vous) (?:ne )?repond(?:e|iez)) (?:a (?:la commune|la ville|leur (?:invitation|convocation)|la cellule|la csilr?|la police|l'organisat(?:eur|rice))|au (?:cpas|parquet|bourgmestre)|aux organisat(?:eurs|rices))\b",
        Decline,
    ),
    (
        r"\bavant de (?:vous )?confirmer (?:ma|notre) (?:presence|participation|venue)\b|\bavant de (?:decider|me decider|nous decider) (?:si (?:je|nous) (?:participe|participons|viendrai|viendrons|serai|serons)|de (?:participer|venir|prendre part))\b|\b(?:je|nous) vous (?:dirai|dirons|ferai savoir|ferons savoir|confirmerai|confirmerons) (?:alors )?si (?:je|nous) (?:participe|participons|viendrai|viendrons|serai present|serons presents)\b|\b(?:nous contestons|je conteste|nous deplorons|nous protestons|je porte plainte|notre plainte)\b|\bpersonne ne (?:m'a|nous a|m'avait|nous avait) (?:prevenue?s?|informee?s?|consultee?s?|demande|rien dit|dit un mot)\b",
        Decline,
    ),
    (
        r"\b(?:proposition de (?:concertation|reunion|rencontre)|(?:reunion|concertation|rencontre) (?:autour|au sujet|a propos) (?:de|du|des|d')|reunions? de cas|reunir (?:les|l'ensemble des|quelques) (?:soignants|acteurs|services|personnes|intervenants|professionnels))\b",
        TopicStrong,
    ),
    (
        r"\b(?:(?:et|avec|ainsi que|,) (?:vous-meme|toi-meme)|(?:vous|te) propos(?:e|ons) (?:une|de)|proposer (?:une|de) (?:concertation|reunion|rencontre))\b",
        Invitation,
    ),
    (
        r"\b(?:souhaiterai[st]?|aimerai[st]?|voudrai[st]?|souhaiterions|aimerions|voudrions) (?:organiser|reunir|tenir|convoquer|rassembler)\b|\b(?:nous amenent|m'amenent|nous conduisent|ont conduit) a (?:reunir|organiser|convoquer)\b|\b(?:a|avons|ont) decide d'(?:ouvrir|organiser|tenir|convoquer) (?:une|la) concertation\b",
        Organize,
    ),
    (
        r"\b(?:merci|je vous remercie|nous vous remercions)(?: encore)? (?:pour|de) votre (?:participation|presence|contribution) (?:a|lors de|au cours de) (?:la|notre|cette|l') ?(?:reunion|concertation|rencontre|seance|csil)",
        Decline,
    ),
    (
        r"(?:^|\n)(?:objet|concerne) ?: ?(?:(?:re|tr|fw|fwd) ?: ?){0,6}[^\n]{0,30}\bconcertation\b",
        TopicStrong,
    ),
    (
        r"\b(?:on se voit|on se retrouve|rendez-vous (?:est )?(?:fixe|pris)|(?:dis|dites)[- ]moi si (?:ca|cela) (?:te|vous) (?:va|convient))\b",
        Invitation,
    ),
    // « Je propose qu'on fasse une concertation autour de lui ».
    (
        r"\b(?:je propose|je suggere|nous proposons) (?:qu'on fasse|que nous fassions|qu'on organise|que nous organisions|qu'on se fasse) (?:une|la|cette) (?:petite )?(?:concertation|reunion)\b",
        Invitation,
    ),
    // « je me dis qu'on devrait se mettre autour de la table pour une concertation de cas »,
    // « on se fait une concertation ? » (not reported: « ils ont dit qu'on devrait … »).
    (
        r"\b(?:je me dis|je pense|je crois|il me semble|je propose|je trouve|je suggere) (?:qu'on|que nous) (?:devrait|devrions|pourrait|pourrions|va|allons|doit|devons)(?: peut-etre| vite)? (?:se|nous) (?:mettre autour (?:de la|d'une) table|reunir|retrouver)\b|\b(?:on se fait|on s'organise|on organise) (?:une|la|cette) (?:petite )?(?:concertation|reunion)\b",
        Invitation,
    ),
    (
        r"\b(?:je t'invite|on t'invite|te convie|ta (?:presence|participation)|(?:peux|pourrais|pourras)-tu|tu (?:peux|pourrais|pourras) (?:venir|participer|etre la|te joindre)|tu (?:me )?(?:confirmes|confirmeras|viens|viendras|seras la)|confirmes?-(?:tu|moi)|vous me (?:le )?confirmez)\b|\btu (?:passes|passeras|peux passer|pourrais passer|es dispo|serais dispo) ?\?",
        Invitation,
    ),
    (r"\b(?:tu|toi|ton|ta|tes)\b", SecondPerson),
    (
        r"\b(?:reunion|concertation|rencontre) (?:entre|des|avec les|de) (?:professionnels|intervenants|partenaires|services)\b|\breunir (?:les|l'ensemble des) (?:professionnels|intervenants|partenaires)\b|\breunion (?:de reseau|pluridisciplinaire|multidisciplinaire)\b",
        TopicStrong,
    ),
    (
        r"\b(?:(?:a|destinataires?) ?: ?(?:tous|toutes|l'ensemble)(?: les| des)? (?:collaborat|membres|agents|travailleurs|equipes|services))",
        Memo,
    ),
    (
        r"\b(?:nous aimerions|j'aimerais|nous souhaiterions|je souhaiterais|nous voudrions|je voudrais) (?:que vous (?:soyez|veniez|participiez|assistiez|vous joigniez)|vous (?:voir|compter parmi|associer|convier|inviter))|\b(?:souhaite|souhaitent|souhaiterait|souhaiteraient) (?:inviter|convier|convoquer) (?:le|la|les|l'|votre|vos) ?[a-z'-]{2,40}(?: [a-z'-]{2,40}){0,5} a (?:une|la|sa|notre|cette)\b",
        Invitation,
    ),
    (
        r"\bvotre (?:participation|presence) (?:a|lors de|au|aux) (?:la|une|cette|notre|la prochaine)\b",
        Invitation,
    ),
    (
        r"\b(?:souhait(?:e|ons|erions)|voudri(?:ons|ez)|aimeri(?:ons|ez)|envisage(?:ons)?) (?:de )?(?:reunir|rassembler|organiser|tenir|convoquer|examiner)\b",
        Organize,
    ),
    (
        r"\b(?:examinera|se penchera sur|discutera|abordera|evoquera) (?:prochainement )?(?:la situation|le dossier|le cas)\b",
        Organize,
    ),
    (
        r"\b(?:nous comptons sur votre (?:venue|presence|participation)|votre (?:venue|presence) serait (?:appreciee|precieuse|souhaitable))\b",
        Invitation,
    ),
    // Asked to name who will come: "un assistant de justice que vous voudriez bien
    // désigner", "demande de participation".
    (
        r"\bvoudr(?:ez|iez) bien (?:nous )?(?:designer|deleguer|mandater)\b|\b(?:veuillez|merci de|vous prions de|vous prie de) (?:bien vouloir )?(?:nous )?(?:designer|deleguer|mandater)\b|\bdemande de (?:participation|presence)\b",
        Invitation,
    ),
    (
        r"\b(?:concertation|reunion|rencontre) (?:reunira|reunirait|rassemblera|rassemblerait|associera|associerait)\b",
        Organize,
    ),
    // Minutes of a meeting already held: the title, attendance lists, "tenue le".
    (
        r"(?:^|\n)(?:proces-verbal|compte[- ]rendu|pv)(?: de\b| du\b| d'|\s{0,3}[:–-])",
        Record,
    ),
    (
        r"(?:^|\n)(?:presents?|presentes?|excuses?|excusees?|absents?|absentes?)\s{0,6}(?::|\n[-•*])",
        Record,
    ),
    (
        r"\b(?:reunion|concertation|seance),? (?:tenue|qui s'est tenue|qui a eu lieu)(?: [a-z']{1,20}){0,3} le\b|\b(?:aucune|pas de) (?:nouvelle |autre )?(?:concertation|reunion)s? (?:n'est |n'a ete )?(?:(?:pour l'instant|a ce stade|actuellement) )?(?:prevue|programmee|envisagee)",
        Record,
    ),
    (
        r"(?:^|\n)(?:objet|subject|re) ?: ?(?:(?:re|tr|fw|fwd) ?: ?){0,3}(?:proces-verbal|compte[- ]rendu|pv)\b",
        Record,
    ),
    // Le rappel d'un agenda pour une réunion passée : « En retard de 3 jours », « Statut :
    // réunion tenue ».
    (
        r"\ben retard de \d{1,3} (?:jours?|heures?|semaines?)\b|(?:^|\n)statut ?: ?(?:reunion |concertation |evenement )?(?:tenue|terminee?|passee?|cloturee?)\b",
        Record,
    ),
    // Une réunion déjà tenue : « a eu lieu hier », « merci à toutes et à tous d'être venus ».
    (
        r"\b(?:a eu lieu|s'est tenue|s'est deroulee) (?:hier|ce matin|la semaine derniere|lundi dernier|mardi dernier|mercredi dernier|jeudi dernier|vendredi dernier)\b|\bmerci (?:a (?:tous|toutes|toutes et a tous|tous et toutes|chacun|chacune)(?: et a chacun)? )?(?:d'etre venue?s?|pour votre presence|de votre presence|d'avoir ete (?:la|present))\b",
        Record,
    ),
    (
        r"(?:^|\n)(?:declaration de confidentialite|politique de (?:confidentialite|protection des (?:donnees|la vie privee))|avis (?:de confidentialite|relatif a la protection des donnees)|protection des donnees a caractere personnel\s{0,3}(?::|\n))",
        Notice,
    ),
    (
        r"(?:^|\n)(?:qui est invite|personnes invitees|sont invites|invites|qui participe|qui y participe|qui participera)\s{0,6}(?::|\n)",
        Invitation,
    ),
    (
        r"(?:^|\n)(?:maitre|docteur|docteure|chere docteure|cher docteur|chere consoeur|cher confrere|chers collegues|chere collegue|cher collegue|chers partenaires)\b[^\n]{0,30}(?:,|!)",
        Salutation,
    ),
    (r"(?:^|\n)(?:a|destinataires?|aan) ?[:|]", Salutation),
    // « À l'attention de : Dr A. W. », en tête d'une note.
    (
        r"(?:^|\n)(?:a l'attention de|a l'att\.|attn\.?|for the attention of)\s{0,3}:",
        Salutation,
    ),
    // « Note d'invitation », « Lettre d'invitation » : le texte invite.
    (r"\b(?:note|lettre|courrier) d'invitation\b", Invitation),
    (
        r"\b(?:vos disponibilites|(?:etes|serez|seriez)-?(?:vous)? disponibles?|si vous (?:etes|serez|seriez) disponibles?|votre accord de principe|(?:bien vouloir|accepter d') ?y (?:participer|assister|prendre part)|vous (?:propos(?:e|ons)|sugger(?:e|ons)) (?:une|la|de (?:vous )?(?:reunir|rencontrer|participer))|nous vous serions (?:reconnaissants|gre)|je vous saurais gre)\b",
        Invitation,
    ),
    // Texts that are something else.
    (
        r"\b(?:je|nous) (?:ne |n'y |ne m'y |ne nous y )?(?:participerai|participerons|assisterai|assisterons|rendrai|rendrons|pourrai|pourrons|serai|serons|donnerai|donnerons) pas\b",
        Decline,
    ),
    (
        r"\b(?:je|nous) (?:decline|declinons|refuse|refusons|me vois contraint|nous voyons contraints|suis au regret|sommes au regret|ne souhaite pas|ne souhaitons pas)\b",
        Decline,
    ),
    (
        r"\b(?:je|nous) vous remerci(?:e|ons) (?:pour|de) votre (?:invitation|convocation)",
        Decline,
    ),
    (
        r"\b(?:ne pas|de ne pas) (?:donner suite a|participer a) (?:votre|cette) (?:invitation|convocation|concertation|reunion)",
        Decline,
    ),
    // A reply: "nous avons décidé de ne pas y prendre part", "votre courrier nous invitant à
    // la concertation", "Objet : votre invitation à la concertation du 11 décembre".
    (
        r"\b(?:(?:avons|ai) (?:decide|choisi)|nous (?:decidons|choisissons)) de ne pas (?:y )?(?:prendre part|participer|assister|donner suite|(?:nous|me) rendre)\b|\b(?:nous|m') invitant a (?:la|une|cette|votre|participer)\b|(?:^|\n)(?:objet|concerne|re) ?: ?(?:re ?: ?)?votre (?:invitation|convocation)\b",
        Decline,
    ),
    (
        r"\bvous invit(?:e|ons|er) a (?:une |un |la |notre |cette )?(?:formation|journee|demi-journee|matinee|soiree|seance d'information|apres-midi d'(?:information|etude|echanges?)|seminaire|conference|colloque|table ronde|webinaire|atelier)",
        Event,
    ),
    (
        r"\b(?:formation|journee d'etude|journee de reflexion|seminaire|colloque|webinaire|atelier|module) (?:sur|consacree?|dedie|autour|intitulee?|relatif|relative)\b",
        Event,
    ),
    (
        r"\b(?:inscriptions? (?:obligatoire|gratuite|souhaitee|requise|via|aupres|en ligne|sur)|s'inscrire|inscrivez-vous|frais de participation|paf|(?:journee|matinee|apres-midi|demi-journee|soiree|session|seance|cycle) de formation|attestation de (?:presence|participation)|places limitees|formation continue|orateurs?|intervenants? du jour|sandwichs? (?:offerts?|prevus?)|lunch offert)\b",
        Event,
    ),
    // La page d'une formation : son public, ses intervenants, son prix.
    (
        r"(?:^|\n)(?:public(?: cible| vise)?|intervenante?s?|formateurs?|formatrices?|oratrices?)\s{0,3}:|\bparticipation gratuite\b|\bpour les non-membres\b",
        Event,
    ),
    // Un comité qui se réunit sur la pratique, non sur une personne : « Le comité de
    // pilotage se réunira le 8 décembre », « le groupe de travail … se réunit ».
    (
        r"\b(?:comite de pilotage|copil|groupe de travail|comite de redaction|comite de coordination)(?: [a-z,'()-]{1,20}){0,12} (?:se reunit|se reunira|se reuniront|se reunissent)\b|\breunion du (?:comite de pilotage|copil|groupe de travail|comite de redaction|comite de coordination)\b",
        Event,
    ),
    (
        r"\breunion (?:d'equipe|de service|du personnel|mensuelle d'equipe|pedagogique)|\bintervision\b|\bassemblee generale\b|\bn'(?:aborderons|examinerons|evoquerons) (?:pas de|aucune) situations? individuelles?\b|\bne (?:discuterons|traiterons) (?:pas de|d'aucune) situations? individuelles?\b|(?:^|\n)(?:objet ?: ?)?votre plainte du\b|\b(?:reunion|seance) (?:extraordinaire |ordinaire |mensuelle )?du conseil d'administration\b|\bseance (?:publique |a huis clos )?du conseil (?:communal|de l'action sociale|provincial|de police)\b|\breunion du conseil communal\b|(?:^|\n)(?:seance publique|huis clos|seance a huis clos)\s{0,3}(?:\n|:|$)",
        Event,
    ),
    (
        r"\b(?:audience(?: publique)? du|comparaitre|citation a comparaitre|greffe|greffier|chambre du conseil|en qualite de temoin|convocation a l'audience)\b",
        Court,
    ),
    (
        r"\b(?:audition prealable|procedure disciplinaire|convoquee? a une audition|convocation a une audition|audition disciplinaire|conseil de discipline|chambre disciplinaire)\b",
        Court,
    ),
    // The operative verb of a decision, on a line of its own: "… Vu …; CONVOQUE Mme X à
    // une concertation de cas".
    (
        r"(?:^|\n)(?:convoque|convoquent|invite|decide de convoquer)\s{0,3}(?::|\n)",
        Invitation,
    ),
    // A request that says it is not made in a case consultation.
    (
        r"\b(?:ceci|ce|cela|il) n'est pas une concertation\b|\bil ne s'agit pas d'une concertation de cas\b|\bquestionnaire (?:d'evaluation|de satisfaction)\b|\benquete de satisfaction\b|\b(?:ce|notre|un|le) (?:(?:court|bref|petit) )?questionnaire (?:anonyme|en ligne)\b",
        Memo,
    ),
    (
        r"\bdemande d'etre invitee?s?\b|\b(?:de m'inviter|de nous inviter|d'inviter mon client|d'inviter notre client)\b",
        Decline,
    ),
    (
        r"\b(?:cette|la|ma|notre|la presente) (?:demande|lettre|requete|sollicitation|courrier|demarche) ne s'inscrit pas dans (?:le cadre d')?une concertation|\bn'(?:est|constitue) pas une concertation de cas\b",
        Memo,
    ),
    // Un avis qui change la salle d'une réunion déjà convoquée : « changement de salle »,
    // « Nouvelle salle : … », « Rien d'autre ne change ».
    (
        r"\b(?:changement de (?:salle|local|lieu)|nouvelle salle\s{0,3}:|nouveau lieu\s{0,3}:|rien d'autre ne change|tout le reste (?:reste|demeure) inchange)",
        Moved,
    ),
    (
        r"\baucune (?:reunion|concertation|date) n'est (?:encore )?(?:prevue|programmee|envisagee|organisee|fixee)|\baucune (?:reunion|concertation) ne sera (?:organisee|fixee|programmee) avant\b|\bnous ne pouvons pas (?:encore )?(?:nous engager sur|fixer) (?:une|la) date\b|\b(?:je dois |nous devons |j'ai du |nous avons du |(?:je suis|nous sommes|je me vois|nous nous voyons) (?:contrainte?s? |obligee?s? |au regret )d')annuler (?:la|notre|cette|le|la reunion|la concertation)\b|\bavant d'envoyer (?:la|les) convocations?\b|\bla convocation(?: [a-z0-9'(),-]{1,30}){0,24} vous sera (?:envoyee|adressee|transmise|communiquee)\b",
        Cancel,
    ),
    // An annual review, a study morning, a simulated case: events, not a consultation
    // (a letter that convenes one may mention them as other meetings).
    (
        r"\b(?:evaluation|bilan) annuel(?:le)?\b|\b(?:matinee|journee|apres-midi|demi-journee) d'etude\b|\bmise en situation\b|\bcas fictif\b|\bconcertation simulee\b|\bjeu de roles?\b",
        Event,
    ),
    (
        r"\baucune convocation ne (?:sera|vous sera) (?:adressee|envoyee|transmise)",
        Memo,
    ),
    // A reply: the receipt of the invitation acknowledged, the sender's service not coming.
    (
        r"\b(?:accusons|j'accuse) (?:bonne )?reception de votre (?:invitation|convocation|courrier|courriel)\b|\b(?:je|nous) ne (?:pourrai|pourrons|saurais|saurions) (?:y )?(?:donner suite|participer|assister|prendre part|me rendre|nous rendre)\b|\b(?:par lequel|par laquelle|ou) vous (?:m'|nous )invitez\b|\bregrett(?:e|ons) (?:de vous (?:informer|annoncer|dire) )?que (?:nous|je|notre [a-z]{2,20}) ne (?:pourr(?:a|ons|ai)|sera|serons|serai) pas (?:en mesure de )?(?:prendre part|participer|assister|etre present|nous joindre|me joindre)|\b(?:notre service|notre equipe|notre institution|nous|je) ne (?:prendr(?:a|ons|ai)|participer(?:a|ons|ai)|assister(?:a|ons|ai)) pas (?:part )?(?:a|aux?) (?:cette|la|votre) (?:concertation|reunion)",
        Decline,
    ),
    // A letter to the person concerned, informed of the consultation: told they will not
    // take part, told of their rights, or that it is about their situation.
    (
        r"\bvous ne (?:participerez|prendrez|serez|assisterez) (?:donc )?pas (?:part )?(?:a|presente?s? a) (?:cette|la) (?:reunion|concertation|rencontre)\b|\b(?:au sujet de|concernant|a propos de) (?:votre|ta) situation\b|\bvous n'(?:etes|etiez) pas (?:convoquee?s?|invitee?s?) a (?:cette|la) (?:reunion|concertation)\b|\b(?:au sujet de|concernant|a propos de) (?:votre|ta) (?:fils|fille|enfant|enfants|petit-fils|petite-fille)\b|\bqui (?:vous )?(?:connaissent|suivent) (?:votre|vos) (?:fils|fille|enfants?)\b|\b(?:avez|as) le droit (?:de venir|d'y (?:venir|participer|assister)|de participer|d'etre entendue?)\b",
        Memo,
    ),
    // A subject line that names a training or a seminar: what the letter invites to.
    (
        r"(?:^|\n)objet ?: ?(?:\[?invitation\]? ?[:|-]? ?(?:a |au |a la )?)?(?:(?:une|un|la|le|notre|demi-journee de|journee de|matinee de|apres-midi de|seance de) ){0,2}(?:webinaire|seminaire|formation|atelier|conference|(?:journee|matinee|demi-journee|apres-midi) d'etude|seance d'information|sensibilisation)\b",
        Memo,
    ),
    // L'autorisation du procureur elle-même : « Le réseau est autorisé, du 1er février 2027
    // au 31 janvier 2029, à organiser des concertations de cas ».
    (
        r"\b(?:est|sont) (?:par la presente )?autorisee?s?,?(?: [a-z0-9,']{1,12}){0,10} a (?:organiser|tenir|convoquer) des concertations de cas\b|\bdes concertations de cas (?:au sens de l'(?:article|art\.) 458 ?ter(?: du code penal)? )?peuvent etre (?:organisees|tenues|convoquees) par\b|\bla presente (?:autorisation|decision) est valable (?:pour|jusqu)",
        Memo,
    ),
    // A job application's interview: « votre candidature au poste de … », « entretien
    // d'embauche ».
    (
        r"\b(?:votre candidature (?:au|pour le) poste|entretien d'embauche|entretien de (?:selection|recrutement)|(?:procedure|jury|comite) de (?:selection|recrutement))\b",
        Memo,
    ),
    // A training's exercise: "une concertation de cas fictive", "jeu de rôle".
    (
        r"\b(?:concertations? de cas|convocations?) (?:fictives?|simulees?)\b|\bjeux? de roles?\b|\bcas fictifs?\b",
        Event,
    ),
    // The first convocations are still to come: this letter convenes no one yet.
    (
        r"\bles premieres convocations(?: aux? [a-z' ]{3,40})? vous (?:parviendront|seront (?:adressees|envoyees|transmises|communiquees))",
        Memo,
    ),
    // An interview with parents or a pupil: not a case consultation.
    (
        r"\b(?:convocation a un entretien|entretien (?:individuel|d'orientation|avec (?:les|vous,?) parents)|souhaite(?:rait|rions)? vous rencontrer afin de vous presenter)\b",
        Event,
    ),
    // No meeting convened now: a cancellation, or a convocation still to come.
    (
        r"(?:^|\n)(?:objet|subject|re|concerne) ?: ?(?:(?:re|tr|fw|fwd) ?: ?){0,3}(?:annulation|annule(?:e)?|report sine die)\b|\b(?:est|a ete|sont|ont ete) (?:annulee?s?|decommandee?s?)\b|\baucune (?:nouvelle )?date n'(?:est|a ete) (?:encore )?(?:fixee|arretee|prevue)|\baucune (?:nouvelle |autre )?date ne sera (?:fixee|proposee|arretee)|\bn'aura (?:finalement )?pas lieu\b|(?:^|\n)(?:avis d'annulation|annulation)\s{0,3}(?:\n|:|$)|\b(?:une|la) (?:nouvelle |prochaine )?convocation vous (?:sera|serait|parviendra|parviendrait) (?:adressee|envoyee|transmise|communiquee)?|(?:^|\n)(?:objet|concerne|re) ?: ?(?:(?:re|tr|fw|fwd) ?: ?){0,3}(?:report|reportee?)\b|\b(?:est|sont|a ete|ont ete) reportee?s?(?: a une date ulterieure| sine die| jusqu'a nouvel ordre)?(?:\.|,| et\b)|\bvous recevrez une (?:nouvelle )?(?:convocation|invitation)\b|\b(?:les|des) (?:prochaines |futures )?convocations(?: aux? [a-z' ]{3,40})? vous (?:parviendront|seront (?:adressees|envoyees|transmises|communiquees))|\bliber(?:er|ez) (?:le creneau|la plage|cette date)\b",
        Cancel,
    ),
    // The subject: a case consultation.
    // "Cc de cas" in a hurried text message.
    (
        r"\b(?:concertations?|cc|concert\.|conc\.) de cas\b",
        TopicStrong,
    ),
    // « cc 458ter dem. 14h », « cc demain 9h30 sur Teams » (not the copy of an e-mail:
    // « cc : … »).
    (
        r"\bcc (?:458 ?ter|art\.? ?458|demain|dem\.|ce (?:lundi|mardi|mercredi|jeudi|vendredi)|(?:lundi|mardi|mercredi|jeudi|vendredi) (?:prochain|a|[0-9]))",
        TopicStrong,
    ),
    (r"\b(?:reunion|seance) de concertation\b", TopicStrong),
    (
        r"\bconcertation (?:multidisciplinaire|pluridisciplinaire|de reseau|intersectorielle|psycho-?medico-?sociale|autour de la situation)\b",
        TopicStrong,
    ),
    (
        r"\b(?:csil(?:-r)?|cellules? de securite integrale|livc(?:-r)?|casusoverleg|family justice cent(?:er|re)|veilig huis)\b",
        TopicStrong,
    ),
    (r"\b458 ?-?ter\b", TopicWeak),
    (r"\bsecret (?:professionnel|partage|pro)\b", TopicWeak),
    (r"\bberoepsgeheim\b", TopicWeak),
    // Being summoned.
    (
        r"\bvous (?:invit(?:e|ons|ent)|convi(?:e|ons|ent)|convoqu(?:e|ons|ent)|pri(?:e|ons)nt?|sollicit(?:e|ons)) (?:a|de|d'|pour|cordialement|par la presente)",
        Invitation,
    ),
    (
        r"\b(?:vous etes|etes-vous|vous serez) (?:cordialement |par la presente |(?:donc )?(?:tous|toutes|tou(?:te)?s les deux|egalement|aussi) )?(?:invitee?s?|conviee?s?|convoquee?s?|attendue?s?|priee?s?)\b",
        Invitation,
    ),
    (
        r"\b(?:vous inviter|vous convier|vous convoquer|solliciter votre (?:presence|participation)|souhaiterions (?:vous inviter|votre presence|votre participation)|souhaitons (?:vous inviter|votre presence|votre participation)|votre presence (?:est|sera) (?:souhaitee|requise|attendue|obligatoire|indispensable|importante|precieuse)|compter sur votre (?:presence|participation))\b",
        Invitation,
    ),
    (
        r"\b(?:invitation|convocation) (?:a|au|pour|a une|a la)\b",
        Invitation,
    ),
    (
        r"(?:^|\n)(?:objet|concerne) ?: ?(?:invitation|convocation)\b|(?:^|\n)(?:concertation de cas|reunion de concertation)\b[^\n]{0,40}\b(?:invitation|convocation)\s{0,3}(?:\n|$)",
        Invitation,
    ),
    (
        r"\b(?:organis(?:e|ons|era|erons|ent)|tiendr(?:a|ons)|tenons|tiendra|reunira|se reunira|aura lieu|se tiendra|se deroulera|est (?:prevue?|programmee?|fixee?|planifiee?)|souhait(?:e|ons) (?:organiser|tenir|reunir)) [^\n]{0,40}?\b(?:concertation|reunion|seance|rencontre)\b",
        Organize,
    ),
    (
        r"\b(?:concertation|reunion|seance|rencontre)(?: de cas)?(?: [a-z'-]{1,40}){0,4} (?:aura lieu|se tiendra|se deroulera|est (?:prevue?|programmee?|fixee?|organisee?)|sera organisee?|se reunira)\b",
        Organize,
    ),
    (
        r"\bmerci de (?:bien vouloir )?(?:nous |me )?(?:confirmer|signaler|indiquer|faire savoir) (?:votre|si vous)",
        Invitation,
    ),
    (
        r"\b(?:uitnodiging|nodigen u uit|wordt uitgenodigd)\b",
        Invitation,
    ),
    (r"\b(?:vous|votre|vos)\b", SecondPerson),
    (
        r"\b(?:madame|monsieur|mesdames|messieurs|chere?s? (?:madame|monsieur|collegue|maitre|partenaire)s?|bonjour|bonsoir|coucou|geachte|beste)\b|\bsalut(?: [a-z-]{2,20})?\s{0,2}[,!]|\bbjr (?:m\.|mme|madame|monsieur|mr|dr|docteur|maitre|me)\b|\b(?:salut|hello|coucou|bonjour) (?:a tous|a toutes|tout le monde|la compagnie|l'equipe)\b",
        Salutation,
    ),
    // Information asked for in writing, no meeting set.
    (
        r"\b(?:demande (?:de |d')(?:renseignements|informations?|rapport social)|une reponse (?:ecrite|par ecrit) (?:suffit|suffira|sera suffisante)|(?:me|nous) (?:transmettre|faire parvenir|communiquer) (?:par retour(?: de (?:mail|courrier))? )?(?:le|votre|une copie du) (?:[a-z]{1,20} )?(?:rapport|dossier))\b",
        Request,
    ),
    // Demander à un service d'organiser une concertation : « Le CPAS serait-il disposé à en
    // organiser une ? », « Objet : demande de concertation de cas ».
    (
        r"\bseraient?-(?:il|elle|ils|elles) (?:dispose|disposee|disposes|disposees|pret|prete|prets|pretes|d'accord) (?:a|pour) (?:en )?(?:organiser|mettre en place|convoquer|reunir)\b|\b(?:pourriez|pourrais|pourrait)-(?:vous|tu|il|elle) (?:organiser|mettre en place|convoquer) (?:une|la) (?:concertation|reunion)\b|(?:^|\n)(?:objet|concerne) ?: ?demande d(?:e|') ?(?:organisation d'une |une )?concertation\b",
        Request,
    ),
    // A new date for a meeting put off ("aucune nouvelle date" is a cancellation cue,
    // found first).
    (
        r"\b(?:nouvelle (?:date|seance)(?:,? (?:et )?(?:heure|lieu|horaire)){0,2}\s{0,3}(?::|\n)|(?:nouvelle date|nouvelle seance)\s{0,3}[:-]?\s{0,3}(?:le |ce |retenue |fixee |:)?\s{0,2}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|[0-9])|(?:est |a ete )?reportee? (?:au|a la date du) [a-z0-9]|(?:aura|se tiendra|se deroulera) desormais)",
        NewDate,
    ),
    // A text that says it convenes no one, and a model letter with blanks to fill: "ce
    // message n'est pas une convocation", "[DATE]", "modèle de convocation".
    (
        r"\[(?:date|nom|titre|lieu|heure|reference|hh:mm|jour)\]|\[(?:nom|prenom|titre|lieu|heure|date d|reference|jj/mm|jour|ville|service|fonction|coordinat|modele|madame/monsieur|monsieur/madame|m\./mme|mme/m\.|il/elle|elle/il)[^\]\n]{0,40}\]|\bne (?:pas|jamais) envoyer (?:ce|tel quel|en l'etat)\b|\bdocument de travail\b[^\n]{0,40}\bne pas diffuser\b",
        Placeholder,
    ),
    (
        r"\b(?:ceci|ce message|ce courriel|il) n'est pas (?:encore )?(?:la|une|votre|notre) (?:convocation|invitation)(?: (?:officielle|formelle))?\b|\bil s'agit d'(?:une information juridique generale|un avis|une reponse)(?: [a-z]{1,12})?,? (?:et )?non d'une (?:convocation|invitation)\b|\b(?:ce|le present|cet?|la presente) (?:message|courriel|mail|courrier|avis|note|reponse|calendrier|planning|programme|document|ordre du jour|projet(?: d'ordre du jour)?|liste) n'est pas une (?:convocation|invitation)(?: a (?:une|la|cette) concertation(?: de cas)?\b|\s{0,3}[.,;:!)]|\s{0,3}$)|\b(?:modele de (?:lettre|convocation|courrier)|lettre[ -]type)\b",
        Memo,
    ),
    (r"\brien n'est (?:encore )?fixe\b", Cancel),
    // A request to the prosecutor for the authorisation itself: no one is convened yet.
    (
        r"(?:^|\n)(?:objet|concerne) ?: ?demande d'(?:une )?autorisation (?:motivee\b|du procureur)|\b(?:sollicitons|sollicite|solliciter) (?:de votre part |de vous )?(?:l'octroi d'une |une )autorisation motivee\b",
        Memo,
    ),
    (
        r"\b(?:note interne|memo interne|note de service)\b",
        InternalNote,
    ),
    // « Seriez-vous d'accord de participer à un petit casusoverleg au sujet de M. K. ? »
    (
        r"\b(?:seriez-vous|seriez vous|serais-tu) (?:d'accord|disponible|pret|prete|partant|partante) (?:de|pour|a) (?:participer|venir|prendre part|vous joindre|nous rejoindre)\b|\baccepteriez-vous de (?:participer|venir|prendre part|vous joindre)\b",
        Invitation,
    ),
    // « une réunion pratique, et non une concertation de cas au sens de l'article 458ter ».
    (
        r"\b(?:reunion|rencontre|seance)(?: [a-z]{1,20})?,? (?:et )?(?:non|pas) une concertation de cas\b|\b(?:il ne s'agit pas d'une|ce n'est pas une|cette reunion n'est pas une) concertation (?:de cas|entre (?:professionnels|intervenants|services))\b",
        Memo,
    ),
    // L'avis d'un ordre professionnel : « Note d'orientation », « La présente note ne
    // constitue pas une invitation ».
    (
        r"\b(?:note d'orientation|note deontologique|avis deontologique|commission de deontologie|recommandations? (?:aux|a l'intention des) (?:membres|medecins|avocats|confreres|professionnels))\b|\b(?:la presente|cette) (?:note|brochure|fiche|page) ne (?:constitue|vaut) pas (?:une )?(?:invitation|convocation)\b|\bn'invite (?:personne|quiconque)\b",
        Memo,
    ),
];
