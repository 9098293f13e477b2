//! English cues for the legal basis, over the folded view.

use crate::extract::basis::Cue::{self, *};

/// A date as written in an English citation: "30 July 2018", "30th of July 2018",
/// "July 30, 2018", "30/07/2018".
macro_rules! date {
    () => {
        r"(?:(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december),? \d{4}|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b))"
    };
}

/// Instruments, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    (
        r"\bauthori[sz]ation (?:that|which) (?:the )?(?:crown |public |king's )?(?:deputy )?prosecutor|\b(?:my|our|his|her) authori[sz]ation as (?:the )?(?:deputy|substitute|public|crown)",
        ProsecutorAuthorization,
    ),
    (
        r"\bordinance of the (?:joint|common) community commission\b",
        Ordinance,
    ),
    (
        r"\b(?:prosecutor|procurator|procureur du roi|prosecutor's office)(?: [a-z'-]{1,40}){0,8} (?:has |have |had )?(?:authori[sz]ed|permitted|allowed|approved|issued|granted|given|signed|delivered|agreed|consented|gave (?:its|his|her|their) (?:authori[sz]ation|approval|consent|permission|agreement))\b",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:(?:reasoned|written|formal|express|specific|prior|signed),? (?:and )?){0,6}(?:authori[sz]ation|consent|decision|approval|permission) (?:of|from|by) (?:the )?(?:[a-z-]{3,20} )?(?:crown |public |king's )?(?:prosecutor|(?:procurator|procurer)(?: of the king)?|procureur (?:des konings|du roi)(?: / procureur (?:des konings|du roi))?)",
        ProsecutorAuthorization,
    ),
    (r"\b(?:federal |belgian )?(?:act|law) dated\b", Law),
    // "the reasoned authorisation issued to the Réseau Enfance Verlaine by the Crown
    // Prosecutor".
    (
        r"\bauthori[sz]ation (?:given|issued|granted|delivered) to (?:us|the [a-z'-]{1,20}(?: [a-z'-]{1,20}){0,3}|our [a-z'-]{1,20}) by (?:the )?(?:[a-z-]{3,20} )?(?:crown |public |king's )?(?:prosecutor|procurator)",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:reasoned |written ){0,6}authori[sz]ation(?:,? (?:with reasons|duly reasoned|in writing))?,? (?:given|issued|granted|delivered|signed) by (?:the )?(?:[a-z-]{3,20} )?(?:crown |public |king's )?(?:prosecutor|(?:procurator|procurer)(?: of the king)?|procureur (?:des konings|du roi)(?: / procureur (?:des konings|du roi))?)",
        ProsecutorAuthorization,
    ),
    // "Royal Decree" is an implementing act (arrêté royal), never a Community decree.
    (
        concat!(
            r"\broyal (?:decree|order)(?: no\.? ?\d{1,10})? of ",
            date!()
        ),
        ImplementingAct,
    ),
    (r"\broyal (?:decree|order)\b", ImplementingAct),
    (
        concat!(
            r"\b(?:(?:french community|flemish|walloon|brussels|regional|community|executive|ministerial|government) ){1,6}(?:order|decree of the government)(?: [a-z' -]{0,40}?)? of ",
            date!()
        ),
        ImplementingAct,
    ),
    (
        r"\b(?:order|decree|regulation) of the (?:[a-z]{1,40} ){0,3}government\b",
        ImplementingAct,
    ),
    (
        r"\b(?:ministerial|government|implementing|executive) (?:order|decree|regulation)\b",
        ImplementingAct,
    ),
    // The Common Community Commission's government: "Order of the United College of the
    // Common Community Commission of 3 July 2025".
    (
        r"\b(?:order|decree) of the (?:united|joint) college\b",
        ImplementingAct,
    ),
    // Prosecutor's authorisation.
    (
        r"\b(?:reasoned |written |formal |express |specific |prior ){0,6}(?:authori[sz]ation|consent|decision|approval|permission)(?: \([a-z'\x22\s]{1,40}\)| -)?(?: (?:issued|granted|given|delivered|signed))? (?:of|from|by) (?:the )?(?:[a-z-]{3,20} )?(?:crown |public |king's |royal )?(?:prosecutor|(?:procurator|procurer)(?: of the king)?|procureur (?:des konings|du roi|of the king)(?: / procureur (?:des konings|du roi))?)(?:'s office)?(?: \(procureur du roi\))?",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:crown |public |king's )?(?:prosecutor|(?:procurator|procurer)(?: of the king)?|procureur (?:des konings|du roi)(?: / procureur (?:des konings|du roi))?)(?:'s office)?'s (?:(?:reasoned|written|formal|express|motivated|signed|prior|explicit|specific)(?:,| and|, and)? ){0,6}(?:authori[sz]ation|consent|decision|approval|permission|agreement)",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:reasoned |written ){0,6}authori[sz]ation (?:of|from|by) the procureur du roi",
        ProsecutorAuthorization,
    ),
    (
        r"\b(?:authori[sz]ed|approved|sanctioned|endorsed|cleared|permitted) (?:[a-z0-9'-]{1,40} )?by (?:the )?(?:crown |public |king's )?(?:prosecutor|(?:procurator|procurer)(?: of the king)?|procureur (?:des konings|du roi)(?: / procureur (?:des konings|du roi))?)",
        ProsecutorAuthorization,
    ),
    // "the reasoned authorisation the Crown Prosecutor gave our network on 2 February".
    (
        r"\bauthori[sz]ation (?:that |which )?(?:the |our )?(?:[a-z-]{3,20} )?(?:crown |public |king's )?prosecutor (?:\([^)\n]{1,30}\) |of [a-z-]{2,20} |in [a-z-]{2,20} )?(?:has |had )?(?:gave|granted|issued|delivered|signed)\b",
        ProsecutorAuthorization,
    ),
    // The prosecutor writing: "I have issued a reasoned authorisation (attached) for a
    // case consultation".
    (
        r"\b(?:i|we) (?:have |hereby |had )?(?:issued|granted|given|signed|delivered) (?:a|an|the|my|our|this) (?:(?:reasoned|written|formal) )?authori[sz]ation\b",
        ProsecutorAuthorization,
    ),
    // The prosecutor writing: "by the reasoned authorisation I signed on 28 February".
    (
        r"\bauthori[sz]ation (?:that |which )?(?:i|we) (?:have |had )?(?:signed|granted|gave|issued|delivered)\b",
        ProsecutorAuthorization,
    ),
    // The decision itself: "The Crown Prosecutor hereby authorises, by this reasoned
    // decision, …".
    (r"\bhereby authori[sz]es\b", Authorization),
    (
        concat!(
            r"\b(?:reasoned |written ){0,6}authori[sz]ation (?:dated|of|issued on|given on|granted on) ",
            date!()
        ),
        Authorization,
    ),
    (
        r"\b(?:crown |public |king's )?(?:prosecutor|(?:procurator|procurer)(?: of the king)?|procureur (?:des konings|du roi)(?: / procureur (?:des konings|du roi))?)(?: [a-z'-]{1,40}){0,8} (?:has|have|had)(?:,[a-z0-9 \n'§.,()-]{1,200}?,)? (?:authori[sz]ed|permitted|allowed|approved)",
        ProsecutorAuthorization,
    ),
    // The prosecutor writing of their own: "It is held under my reasoned authorisation of 14
    // January 2026" (from a prosecutor, said at the letter's top).
    (
        r"\b(?:my|our) (?:(?:reasoned|written|formal|signed),? (?:and )?){0,3}authori[sz]ation\b",
        OwnAuthorization,
    ),
    // The prosecutor writing: "By a reasoned decision of 6 May, I have authorised …".
    (
        r"\b(?:i|we) (?:have |hereby |have hereby )?authori[sz]ed?(?:,[a-z0-9 \n'§.,()-]{1,200}?,)? (?:the (?:organi[sz]ation|holding)|a case consultation|the case consultation|this case consultation|this consultation)",
        OwnAuthorization,
    ),
    // "The reference magistrate of the Public Prosecutor's Office gave us the green light":
    // an authorization when the sentence names the prosecutor.
    (
        r"\b(?:green light|go-ahead|go ahead|nod)\b(?: (?:of|from|by) (?:the )?(?:reference |liaison |duty )?magistrate\b)?",
        Authorization,
    ),
    // Laws.
    (
        concat!(r"\b(?:federal |belgian )?(?:act|law) of ", date!()),
        Law,
    ),
    (
        r"\b(?:act|law) (?:on|establishing|creating|setting up|concerning|relating to|organi[sz]ing) (?:the )?(?:local integral security cells|lisc|csil|integral security)",
        Law,
    ),
    (
        r"\b(?:csil(?:-r)?|lisc(?:-r)?|livc(?:-r)?) (?:act|law)\b",
        Law,
    ),
    // Decrees of a Community or Region.
    (
        r"\b(?:(?:flemish|walloon|brussels|french community|german-speaking community) parliament act|act of the (?:flemish|walloon|french community|german-speaking community) parliament)\b",
        Decree,
    ),
    (
        concat!(
            r"\b(?:(?:french community|flemish|walloon|german-speaking community|regional|community) )?decree (?:of the (?:french|flemish|german-speaking) community |of the (?:walloon|flemish) region |of the flemish parliament )?(?:of )?",
            date!()
        ),
        Decree,
    ),
    (
        r"\b(?:veilige huizen|family justice cent(?:re|er)s?|integral youth care|integrale jeugdhulp|youth care|jeugdhulp) decree\b",
        Decree,
    ),
    (
        r"\b(?:french community|flemish|walloon|german-speaking community) decree\b",
        Decree,
    ),
    (
        r"\bdecree (?:of the (?:french|flemish|german-speaking) community|of the (?:walloon|flemish) region|on (?:the )?(?:family justice cent|youth|assistance|participation)|establishing|organi[sz]ing|relating to|concerning)",
        Decree,
    ),
    // Brussels ordinances.
    (
        concat!(
            r"\b(?:brussels |joint |cocom |common community commission )?ordinance (?:of the (?:common community commission|brussels-capital region|cocom) )?(?:of )?",
            date!()
        ),
        Ordinance,
    ),
    (
        r"\b(?:brussels|joint|bicommunal|cocom|cocof|common community commission) ordinance\b",
        Ordinance,
    ),
    (
        r"\bordinance (?:of the (?:common community commission|brussels-capital region|cocom)|on|establishing|organi[sz]ing|relating to|concerning)\b",
        Ordinance,
    ),
    // Texts that are not norms.
    (
        r"\b(?:circular|col) ?(?:no\.? ?)?\d{1,2}/\d{4}\b",
        NonNormative,
    ),
    (r"\b(?:joint |ministerial )?circular\b", NonNormative),
    (
        r"\b(?:cooperation |collaboration |partnership |network |local |intersectoral )?protocol(?: agreement)?\b",
        NonNormative,
    ),
    (
        r"\b(?:network |cooperation |partnership |confidentiality )?charter\b",
        NonNormative,
    ),
    (r"\bmemorandum of understanding\b", NonNormative),
    (
        r"\b(?:cooperation|collaboration|partnership|framework) agreement\b",
        NonNormative,
    ),
    (
        r"\b(?:internal rules|rules of procedure|code of conduct|service note|vademecum|guidelines?)\b",
        NonNormative,
    ),
];

/// Words that show an instrument is invoked as a basis.
pub(crate) static BASIS_CONTEXT: &[&str] = &[
    r"\bunder\b",
    r"\bpursuant to\b",
    r"\bhaving regard to\b",
    r"\bin accordance with\b",
    r"\bin application of\b",
    r"\bon the basis of\b",
    r"\bbased on\b",
    r"\bas provided (?:for )?(?:by|in)\b",
    r"\bprovided for (?:by|in)\b",
    r"\b(?:in|within) the framework of\b",
    // A form's label: "FRAMEWORK .... : – circular …; – cooperation protocol of …".
    r"(?:^|\n)(?:framework|legal framework)\s{0,3}(?::|$)",
    r"\b(?:in|within) the framework (?:set|laid down|defined|established) (?:by|in)\b",
    r"(?:^|\n)(?:[-•*] )?(?:as well as|and also) (?:by|in|on|under) (?:the|our)\b",
    r"\bin the context of\b",
    r"\bgoverned by\b",
    r"\bas set out in\b",
    r"\bby virtue of\b",
    r"\bin line with\b",
    r"\blegal basis\b",
    r"\blegal framework\b",
    r"\borgani[sz]ed (?:under|by|in accordance|pursuant|on)\b",
    r"\bsigned (?:with|between|by)\b",
    r"\bas laid down in\b",
    // The text empowers the meeting: "Our internal rules say volunteers can call meetings
    // like this with partners".
    r"\b(?:say|says|state|states|allow|allows|permit|permits|provide|provides|let|lets|entitle|entitles)(?: that)?(?: [a-z'-]{1,20}){0,2} (?:can|may|to) (?:call|convene|organi[sz]e|hold|set up) (?:meetings|consultations|case consultations|such (?:meetings|consultations)|a meeting|a consultation|a case consultation)\b",
];

/// Topics of laws cited about something else (a data-protection footer, a court order).
pub(crate) static FOREIGN_TOPICS: &[&str] = &[
    r"\bpatients?'? rights\b",
    r"\bdata protection\b",
    r"\bprotection of (?:natural persons|personal data)\b",
    r"\bpersonal data\b",
    r"\bprocessing of (?:personal )?data\b",
    r"\bprivacy\b",
    r"\bgdpr\b",
    r"\bpublic procurement\b",
    r"\buse of languages\b",
    r"\baccess to (?:administrative )?documents\b",
    r"\b(?:municipal )?administrative sanctions\b",
];

/// Courts and judges: an "ordonnance" in such a sentence is a court order, not a Brussels
/// ordinance.
pub(crate) static COURT_TOPICS: &[&str] = &[r"\b(?:youth|family|juvenile) (?:court|judge)\b"];
