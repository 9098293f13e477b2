//! English cues for participants, over the folded view.

use crate::extract::participants::Cue::{self, *};
use crate::report::Role;

/// Role cues, most specific first.
pub(crate) static ROLES: &[(&str, Cue)] = &[
    (
        r"\b(?:neighbou?rhood policing|policing (?:service|unit|team))\b",
        Role(Role::Police),
    ),
    (
        r"\b(?:investigators?|zone's [a-z' -]{0,40}(?:officer|unit|reference)|(?:domestic|family)[a-z -]{0,20}(?:reference )?officer|vice (?:squad|unit)|youth (?:and|&) family (?:brigade|unit|section))\b",
        Role(Role::Police),
    ),
    (
        r"\b(?:dr|[a-z]{1,40}iatrician|[a-z]{1,40}iatrist|geriatrician|physiotherapist|speech therapist|occupational therapist|pharmacist)s?\b",
        Profession(Role::Health),
    ),
    (
        r"\b(?:police )?(?:inspector|commissioner|superintendent|constable|police officer)s?\b",
        Role(Role::Police),
    ),
    (
        r"\bjustice (?:house|assistant)s?\b",
        Role(Role::JusticeHouse),
    ),
    (
        r"\bprobation (?:officer|service)s?\b",
        Role(Role::JusticeHouse),
    ),
    (
        r"\b(?:state security(?: service)?|cuta|coordination unit for threat analysis|intelligence (?:service|officer)s?|military intelligence)\b",
        Role(Role::Intelligence),
    ),
    (
        r"\b(?:youth (?:aid|care|protection|welfare|assistance)(?: service| services| department| worker| counsellor| officer)?|child protection (?:service|services|team)|aid to young people|youth aid service)\b",
        Role(Role::YouthAid),
    ),
    (
        r"\b(?:pms|clb|psycho-medical-social) (?:centre|center|team)s?\b",
        Role(Role::Education),
    ),
    (
        r"\b(?:youth|juvenile|family) (?:court|judge)\b",
        Role(Role::Other),
    ),
    (
        r"\b(?:(?:liaison|reference|referent) magistrates?|(?:crown|public|deputy|king's)(?: prosecutor| prosecutors)(?:'s office)?|prosecutor(?:'s office|s)?|prosecution (?:service|office)|public prosecution)\b",
        Role(Role::Prosecution),
    ),
    (
        r"\b(?:police (?:zone|officers?|department|service|inspector|commissioner)|local police|federal police|judicial police|chief (?:of|constable of) (?:the )?(?:local )?police|police chief|community (?:police )?officer|neighbou?rhood officer|police|detective)\b",
        Role(Role::Police),
    ),
    (
        r"\b(?:(?:livc|csil|lisc)(?:-r)? information officer|(?:information officer|coordinator|officer|official) of the (?:city|town|municipality|commune)|mayor|deputy mayor|alderm[ae]n|alderwom[ae]n|municipal(?:ity| council| prevention| administration| services?)?|city council|town council|city hall|prevention (?:officer|service|department|unit)|local authority|commune)\b",
        Role(Role::Municipality),
    ),
    (
        r"\b(?:pcsw|public (?:centre|center) for social welfare|social (?:services?|welfare (?:centre|center))|welfare cent(?:re|er)|shelter)\b",
        Role(Role::SocialServices),
    ),
    (
        r"\b(?:social workers?|psycho-?social workers?)\b",
        Profession(Role::SocialServices),
    ),
    (
        r"\b(?:mental health(?: service| services| centre| center| team)?|hospital|clinic|medical (?:team|service)|school health service)\b",
        Role(Role::Health),
    ),
    (
        r"\b(?:general practitioner|gp|family doctor|doctors?|physicians?|psychiatrists?|child psychiatrist|psychologists?|psychotherapists?|therapists?|nurses?|paediatricians?|pediatricians?|midwife|school doctor)\b",
        Profession(Role::Health),
    ),
    (
        r"\b(?:schools?|teachers?|head ?teachers?|headmaster|headmistress|principal|class teacher|school (?:counsellor|counselor|management|director|mediator)|educational team|(?:adult )?education (?:centre|center)s?|(?:centre|center)s? for adult education)\b",
        Role(Role::Education),
    ),
    (
        r"\b(?:lawyers?|attorneys?|solicitors?|barristers?|legal counsel|counsel for)\b",
        Role(Role::Lawyer),
    ),
    (
        r"\b(?:coordinator of the (?:fjc|family justice cent(?:re|er))|fjc coordinator|family justice cent(?:re|er) coordinator|housing (?:company|association|officer)|interpreters?|tenant officer)\b",
        Role(Role::Other),
    ),
];

/// Cues that open a participants scope: a list label or a participation verb.
pub(crate) static SCOPES: &[(&str, Cue)] = &[
    // A label that is a short clause: "Are convened:", "Participants will be:", "Joining
    // online:", and a heading that asks "Who?".
    (
        r"\b(?:(?:the )?participants (?:will be|are|would be|will include|include)(?:,? but (?:are |is )?not limited to)?|(?:are|will be|have been) (?:convened|invited|summoned|attending|present|connected|joining|represented|expected)|joining(?: (?:us|online|remotely))?|will attend)\s{0,6}:",
        ListLabel,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:who|who attends|who is coming|who will be there|participants?|attendees)\s{0,3}\?\s{0,6}(?:\n|$)",
        ListLabel,
    ),
    // A section titled by who is invited: "3. WHO I AM INVITING", "Who we have invited".
    (
        r"\bwho (?:i am|i'm|we are|we're|i have|i've|we have|we've) (?:inviting|invited|asking to (?:attend|join|come))\s{0,3}[:.]?\s{0,3}\n",
        ListLabel,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:who|attending|attendees|participants?|present|invited|around the table)\s{0,6}\|",
        ListLabel,
    ),
    (
        r"\b(?:invited|convened|summoned) (?:partners|members|services|participants|parties|professionals|agencies|organi[sz]ations)\s{0,6}(?::|\n|$)|(?:^|\n)(?:[-•*#] )?(?:services|partners|agencies|professionals|organi[sz]ations) (?:invited|convened|summoned|attending)(?: (?:to|for|at|in) (?:the|this|our) (?:case )?(?:consultation|meeting|session|case table))?\s{0,6}(?::|\n|$)|\bso far\s{0,6}:|\b(?:also there|also present|also attending|there too)\s{0,6}:|\bwho (?:i'd|i would|we'd|we would) (?:love|like) to (?:have|see|bring) (?:on|there|around the table|in)\s{0,6}:|\baround the table on [a-z0-9 ]{1,30}:|\bsame (?:people|participants|partners|services|team) (?:around|at) the table[a-z0-9 ]{0,30}:|\b(?:alongside|together with|in the presence of|joined by)\s{0,6}:|(?:^|\n)(?:with us|joining us|at the table)\s{0,6}:|\b(?:will be|are) in the loop\s{0,6}:",
        ListLabel,
    ),
    (
        r"\bwho (?:would|will|might|could) be (?:there|present|attending|around the table|at the table|taking part)\.?\s{0,6}(?:\?|:|\n|$)",
        ListLabel,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:who|attending|participants?)\s{0,6}:",
        ListLabel,
    ),
    // A line or a bullet that asks and answers: "- qui ? le Dr Benali, …", "QUI ? Mme
    // Hennuy, …", "Who? the GP, …".
    (
        r"(?:^|\n)(?:[-•*] )?(?:qui|who|avec qui|with whom) ?\? ",
        ListLabel,
    ),
    // A line that opens on "With" and a service, the rest of a terse message: "With the
    // local police, the CPAS social worker and the victim-support psychologist."
    (
        r"(?:^|\n)(?:with|avec) (?:the|our|le|la|les|l'|notre|nos) (?:local |federal |zonal |locale |federale )?(?:police|cpas|ocmw|pcsw|school|ecole|saj|spj|amo|gp|family doctor|medecin|psycholog|social worker|assistante? social|youth|jeunesse|justice|parquet|prosecutor)",
        ListLabel,
    ),
    // A line that proposes whom to ask, the list under it: "I'd suggest:\n- you, …;\n-
    // Ms Benali, the home-care nurse".
    (
        r"(?:^|\n)(?:i'd|i would|we'd|we would|i|we|i've|we've|i have|we have) (?:suggest|suggested|propose|proposed|think of|thought of)(?: (?:inviting|asking|the following))?\s{0,3}:\s{0,3}\n",
        ListLabel,
    ),
    // "… of the Penal Code. Present will be: myself (social assistant, CPAS), …".
    (
        r"\b(?:present|attending|participating) will be\s{0,6}:",
        ListLabel,
    ),
    // A bullet that titles the nested list under it: "* Who\n    - Municipality …".
    (
        r"(?:^|\n)[-•*] (?:who|participants?|attendees|attending|invitees|invited|qui|invites)\s{0,3}\n",
        ListLabel,
    ),
    // "Updated participant list", "Revised list of participants" (and French « Liste mise à
    // jour des participants »), as a heading or a label.
    (
        r"(?:^|\n)(?:updated |revised |new |final |amended |current )?(?:list of participants|participants? list|liste (?:actualisee |mise a jour |definitive |revisee )?des participants)(?: \((?:updated|revised|mise a jour|actualisee)\))?\s{0,6}(?::|\n)",
        ListLabel,
    ),
    (
        r"\btaking part,? (?:besides|apart from|in addition to) (?:yourself|you)\b",
        Verb,
    ),
    (
        r"\b(?:around|round) the table (?:there )?(?:would|will) be\b|\bwho (?:sits|will sit|would sit)\b",
        Verb,
    ),
    (
        r"(?:^|\n)(?:attending|expected(?: at the meeting| to attend)?|present will be|taking part)(?: tomorrow| today| on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)| this time| in this session)?(?:,? under (?:my|the|his|her) (?:chairmanship|chair|presidency))?\s{0,6}:",
        ListLabel,
    ),
    (
        r"\b(?:present will be|will be expected|bringing together|gathering|(?:i|we) have (?:also )?(?:invited|convened)(?: also)?)\b",
        Verb,
    ),
    (
        r"\bwho (?:takes part|participates|attends|is invited|is attending|will be (?:there|present|attending|around the table|at the table|taking part))\.?\s{0,6}(?:\?|:|\n|$)",
        ListLabel,
    ),
    // "* Members: the Mayor (chair); the Chief of the local police; …" in a list of the
    // meeting's particulars.
    (
        r"[-•*] (?:members|membres)\s{0,3}:|(?:^|\n)(?:members|membres)\s{0,3}:",
        ListLabel,
    ),
    // Contracted: "Who'll be there:", "Who's coming:" (the full forms are below).
    (
        r"\bwho'll (?:be (?:there|present|attending|joining|around the table|at the table|taking part)|attend|take part|join)\.?\s{0,6}(?::|\n|$)|\bwho(?:'s| is| are) (?:coming|attending|joining|invited|taking part)\s{0,6}(?::|\n|$)",
        ListLabel,
    ),
    (
        r"\b(?:the )?other participants (?:would|will) be\b|\b(?:(?:with me|taking part|attending|around the table) (?:will|would) be|will be with me|around the table there(?:'ll| will) be|will be there|will be joining|will join us|accompanied by)\b",
        Verb,
    ),
    (
        r"(?:^|\n|[.;] )(?:who|attendance|attendees|present|participants?|invited|convened|summoned|invitees)(?: (?:in|at|of|for|to) (?:this|the|our) (?:case )?(?:consultation|meeting|casusoverleg|session))?\s{0,6}:|(?:^|\n)who\.?\s{0,3}\n",
        ListLabel,
    ),
    // A terse list that ends with the sender: "Youth brigade, school head + PMS, and me for
    // the SAJ."
    // … or begins with the sender: "So far it would be me for the CPAS social service,
    // Sarah for the school, and Marc for the local police."
    (
        r"\band (?:me|myself) (?:for|from|of) (?:the|our)\b|\bit (?:would|will) be (?:me|myself) (?:for|from) (?:the|our)\b|\bit(?:'ll| will|'d| would) be (?:me|myself) \(",
        Verb,
    ),
    // "We will be: …", "There will be: …".
    (r"\b(?:we|there)(?: will|'ll| would) be\s{0,6}:", ListLabel),
    (
        r"\bbetween (?:the|our|your)[^.;\n]{1,80}? and (?:me|myself)\b",
        Verb,
    ),
    // The chair, on a line of its own ("Chair: Ms Y", "| Chair | Dr X |").
    (
        r"(?:^|\n)(?:[-•*] )?(?:chair(?:person|man|woman|ed by)?|presiding|facilitator|moderator)[ .]{0,20}(?::|\|)",
        LineLabel,
    ),
    // A calendar file's attendee: "ATTENDEE;CN=Chief of Police:mailto:…".
    (r"(?:^|\n)attendee;[^\n:]{0,60}cn=", LineLabel),
    // The addressees listed inline: "Sent 19 May 2026 to: the social worker of the CPAS, …".
    (
        r"\b(?:sent|addressed|mailed)(?: [a-z0-9]{1,12}){0,4} to\s{0,3}:",
        ListLabel,
    ),
    // Several addressees listed: each is summoned.
    (
        r"(?:^|\n)(?:recipients|addressees|distribution(?: list)?)\s{0,6}(?::|\n)",
        ListLabel,
    ),
    // The attendee lines of a calendar invitation ("Required: …", "Optional: …").
    (
        r"(?:^|\n)(?:required|optional)(?: attendees| participants)?\s{0,6}:",
        ListLabel,
    ),
    // "With: SAJ (Mr Dubois), zone de police (insp. Kaya) and our service."
    (r"(?:^|\n)(?:with|avec|met)\s{0,3}:", ListLabel),
    // The same after a sentence on its line: "… town hall (1st floor). With: the school".
    (r"\. (?:with|avec)\s{0,3}:", ListLabel),
    // A calendar's guest field, its value in a column ("Guests      Mayor (chair) · …";
    // folding has made the column one space): without a colon, only a list of names set
    // apart by middle dots, not a sentence that begins with "Guests".
    (
        r"(?:^|\n)(?:guests?|guest list|invitees)(?:\s{0,6}:| [^\n·]{1,80}·| *\n| [^\n:!?]{1,80}\)(?:\n|$))",
        ListLabel,
    ),
    (
        r"\bwho (?:will|is|are|may|would) (?:take part|attend|participate|be (?:present|invited|attending)|join)\.?\s{0,6}(?:\?|:|\n|$)",
        ListLabel,
    ),
    (
        r"\b(?:list of )?(?:participants|attendees|invitees|those (?:invited|attending)|present)\s{0,6}(?:\(|:|\||\n|$)",
        ListLabel,
    ),
    // A question line over its answer: "WHO TAKES PART IN THE 10 JUNE MEETING?",
    // "Q. Who will be there?", "> 3. Who is invited?".
    (
        r"\bwho (?:takes part|will take part|will attend|attends|is coming|will be there|is invited|are invited|will be present|sits)[^\n?]{0,40}\?\s{0,6}(?:\n|$)",
        ListLabel,
    ),
    // An annex after the signature: "ANNEX 1 - Participants in the consultation of 14/10".
    (
        r"(?:^|\n)(?:annex|appendix)(?: [0-9a-z]{1,3})?\s{0,3}[-:\u{2013}\u{2014}]\s{0,3}(?:list of )?(?:participants|attendees)\b[^\n:]{0,50}(?::|\n)",
        ListLabel,
    ),
    // A run-in heading (bold in Markdown): "**Participants.** The Mayor (who chairs the
    // cell), …".
    (
        r"(?:^|\n)(?:participants|attendees|invitees|who takes part|composition)\. |\b(?:participants|attendees|invitees)(?: \.{1,12} ?|\.{4,12} ?)",
        ListLabel,
    ),
    // A numbered point that names its subject: "3. Who takes part. The deputy public
    // prosecutor …".
    (
        r"\bwho (?:takes part|will take part|attends|participates|is invited|are invited|will attend|will be there)\. ",
        ListLabel,
    ),
    // A heading without a colon or question mark over its list: "WHO TAKES PART".
    (
        r"(?:^|\n)(?:# |## |### )?who (?:takes part|participates|attends|is invited|are invited|is attending|will attend|will take part|will be there|will be present)(?: \([^)\n]{1,60}\))?\s{0,3}\n",
        ListLabel,
    ),
    // "We would like to invite you to take part alongside:".
    (
        r"\b(?:take part|participate|attend|sit|join us|be present)(?: [a-z]{1,12}){0,2} (?:alongside|together with|along with)\s{0,6}:",
        ListLabel,
    ),
    // "COMPOSITION OF THE CELL FOR THIS CASE", "Composition:".
    (
        r"(?:^|\n)(?:[0-9][.)] )?composition(?: of (?:the|this|our) (?:cell|meeting|consultation|case consultation|casusoverleg|group|team)(?: [a-z]{1,10}){0,3})?\s{0,6}(?::|\n)|(?:^|\n)(?:[0-9][.)] )?(?:permanent|standing|core|regular) (?:members|partners|participants)\s{0,6}(?::|\n)",
        ListLabel,
    ),
    (
        r"\b(?:invited|attending|(?:a)?round the (?:\([a-z]{1,12}\) |virtual |physical )?table|taking part|present will be|expected)(?: \([a-z0-9 ,'/-]{1,30}\))?\s{0,6}(?::|\n|$)",
        ListLabel,
    ),
    // "to exchange information between the services involved: the local police, …".
    (
        r"\b(?:services|partners|professionals|agencies|bodies|people|persons) (?:involved|concerned|taking part|attending|present)\s{0,6}:",
        ListLabel,
    ),
    // A chat: "Ben (police liaison officer) joins as well", "Kim (PMS centre): I'll be
    // there".
    (
        r"\b(?:joins|will join|is joining) (?:us )?(?:as well|too|also)\b|\b(?:i'll|i will|we'll|we will) be there\b|\bje serai (?:la|present|presente)\b|\b(?:sera|seront) (?:la|presente?s?) (?:aussi|egalement)\b|\bse joint a nous\b",
        Verb,
    ),
    (r"\b(?:around|round) the table (?:will|would) be\b", Verb),
    // "I would like to invite Fr Thomas (our parish priest), Ms Collard (social worker at the
    // CPAS) and Officer Pauwels".
    (
        r"\b(?:i|we)(?: would|'d)? like to (?:invite|ask) (?:mr|ms|mrs|dr|fr|father|officer|inspector|the|our|both|all)\b",
        Verb,
    ),
    // "a case consultation about Emma … with you as her teacher, Mr Jacobs, …, and myself".
    (
        r"\bwith you (?:as|for|from|in your)\b|\bwith (?:you|yourself), (?:mr|ms|mrs|dr|the)\b",
        Verb,
    ),
    // Those who have accepted: "Mr Dubois and the SAJ counsellor have already said yes".
    (
        r"\b(?:said yes|confirmed (?:their |his |her )?(?:attendance|participation|presence)|agreed to (?:come|attend|take part|join|participate))\b|\b(?:have|has) (?:already |both |all )?confirmed\b",
        Verb,
    ),
    // "Would be: me, the district nurse (Hanne), and Yusuf from the CPAS."
    (r"\b(?:would|will|it'll) be\s{0,3}:", ListLabel),
    // A chat: "Would be you, me and Inès from the CPAS", "it'll be me, the GP and …".
    (r"\bbe (?:you|me|just)(?:, | and )", Verb),
    // After the list: "police, CPAS + his GP coming, can u join?".
    (
        r"\b(?:coming|joining)(?:\s{0,2}[,.;!]|\s{0,2}$| too\b| as well\b)",
        Verb,
    ),
    (
        r"\bthe following (?:would|will|shall|have|are|partners|services|people|persons)\b",
        Verb,
    ),
    (
        r"\b(?:would|will) (?:also )?(?:take part|attend|participate|be (?:present|represented|invited))\b",
        Verb,
    ),
    (
        r"\b(?:will (?:also )?(?:attend|take part|participate|be present|be represented|join|sit)|(?:have|has) (?:also )?been invited|(?:are|is) (?:also )?(?:invited|expected to attend|attending)|will (?:also )?be invited|brings? together|bring(?:s|ing)? together|with the participation of|in the presence of|attended by|chaired by|will chair|will be chaired|(?:are|sit|will be|will sit) (?:all )?(?:at|around|round) the table\b|presided (?:over )?by|under the chairmanship of|composed of|participants (?:are|will be|include)|the following (?:will|have|are|partners|services|people|persons))",
        Verb,
    ),
];

/// Cues that let unnamed others take part.
pub(crate) static OPEN_ENDED: &[&str] = &[
    // "together with any partner service you consider useful".
    r"\bany (?:other )?(?:partner |relevant )?(?:services?|partners?|professionals?|bodies|agencies|organi[sz]ations?|persons?|people|colleagues?)(?: [a-z'-]{1,20}){0,3} (?:consider|considers|deem|deems|find|finds|judge|judges|think|thinks)(?: (?:to be|it))? (?:useful|relevant|appropriate|necessary|helpful)\b",
    // "Feel free to bring along any colleague or partner organisation you think could
    // usefully contribute."
    r"\b(?:feel free to|you may|you can|you are welcome to|do not hesitate to|don't hesitate to) (?:also )?(?:bring(?: along)?|invite|ask) (?:(?:any|other)(?: [a-z'-]{1,20}){0,3} (?:colleagues?|partners?|professionals?|services?|organi[sz]ations?|persons?|people)|anyone|anybody|whoever)\b",
    r"\bthe relevant (?:partners|services|professionals|people|parties|agencies)\b",
    // "and the usual partners of the network who wish to join" (not "the usual partners —
    // that is, …", a list).
    r"\bthe usual (?:partners|services|professionals|people|parties|agencies|members)(?: of the (?:network|platform))?(?: who\b| that\b|\s{0,3}(?:\n|$|\.|;|\)))",
    r"\b(?:whoever|anyone|anybody) else\b",
    // "the partners our coordination deems useful".
    r"\bthe (?:partners|services|professionals|persons|people|agencies|bodies) (?:that |whom |which )?(?:we|our [a-z]{3,20}|the [a-z]{3,20}) (?:will )?(?:consider|considers|deem|deems|judge|judges|find|finds) (?:useful|relevant|appropriate|necessary)\b",
    r"\bany (?:other )?(?:relevant |useful |appropriate )?(?:body|bodies|institution|actor|organisation|organization|partner|service)s? (?:whose|that|which|who)\b",
    r"\b(?:other|additional|further) (?:partners|services|professionals|persons|people|agencies|participants|stakeholders|bodies)(?: [a-z']{1,40}){0,3} (?:may|might|can|could|will) be (?:added|associated|involved|called in|brought in)",
    r"\bany (?:other )?(?:relevant|useful|appropriate|concerned|necessary) (?:partner|person|service|professional|party|agency|stakeholder|organi[sz]ation|expert|body)s?\b",
    r"\b(?:any|every) other (?:partner|person|service|professional|party|agency|stakeholder|organi[sz]ation|expert|body)s?\b",
    r"\bsuch (?:other )?(?:partners|services|persons|people|professionals|agencies|bodies) as\b",
    r"\ball (?:other )?(?:relevant|useful|appropriate|concerned|necessary) (?:partners|persons|people|services|professionals|parties|agencies|stakeholders|organi[sz]ations|experts|bodies|actors)\b",
    r"\b(?:other|additional|further) (?:partners|services|professionals|persons|people|agencies|participants|stakeholders)(?: [a-z']{1,40}){0,3} (?:may|might|can|could|will) (?:be invited|be asked|join|attend|take part|participate)",
    // "Other persons or services whose presence the Mayor considers useful may also be
    // invited."
    r"\b(?:other|additional|further) (?:partners|services|professionals|persons|people|agencies|bodies)(?: or (?:partners|services|professionals|persons|people|agencies|bodies))? whose (?:presence|participation|input|contribution|expertise) (?:[a-z']{1,20} ){0,4}(?:considers?|deems?|judges?|finds?|thinks?)\b",
    r"\b(?:non-?exhaustive|not exhaustive|including but not limited to|inter alia|among(?:st)? others)\b|\bbut (?:are |is )?not limited to\b",
    // "any partner the Mayor considers useful", "other services at the invitation of the
    // Chair".
    r"\bany (?:other )?(?:partner|person|service|professional|party|agency|expert|body|organi[sz]ation)s? (?:(?:whom |that |who )?the )(?:mayor|chair|chairperson|chairman|president|prosecutor|coordinator|convener|organi[sz]er|cell|platform)s? (?:considers?|deems?|judges?|finds?|thinks?)\b",
    r"\b(?:other|further|additional) (?:partners|services|professionals|persons|people|agencies|bodies|experts|participants) (?:at the invitation of|invited by|at the discretion of)\b",
    // "the chair may invite other professionals involved with the family".
    r"\b(?:may|can|could|will) (?:also )?invite (?:other|further|additional|any other) (?:professionals|partners|services|persons|people|participants|stakeholders|agencies|experts)\b",
];

/// Cues that let unnamed others take part only inside a participants scope.
pub(crate) static OPEN_ENDED_IN_SCOPE: &[&str] = &[
    // "… and anyone who knows the family" (not "Anyone who knows the family knows how
    // fragile it is" outside the list).
    r"\b(?:anyone|anybody|any person) (?:else )?who (?:knows|follows|could|can|might|wishes|would like)\b",
    r"\b(?:as|if|where|when) (?:needed|necessary|appropriate|relevant|required)\b",
    // "others as deemed useful.", not "it has been deemed necessary to meet" nor "deemed
    // necessary — in order that".
    r"\bdeemed (?:useful|relevant|necessary)(?:\s{0,3}[,;.)\n]|\s{0,3}$| (?:and|or|by|for)\b)",
    r"\betc\b",
];

/// A group described, not listed ("The consultation will bring together the professionals
/// concerned by E.'s situation"): open only when the letter lists no one under a label.
pub(crate) static DESCRIBED_GROUP: &[&str] = &[
    r"\b(?:the|all|any) (?:professionals|services|partners|people|persons|actors|stakeholders|workers) (?:concerned|involved) (?:by|in|with)\b",
];
