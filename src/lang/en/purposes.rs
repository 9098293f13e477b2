//! English cues for purposes, over the folded view.

use crate::report::PurposeCategory::{self, *};

/// Purpose cues, most specific first.
pub(crate) static CUES: &[(&str, PurposeCategory)] = &[
    // Evidence for an investigation, a professional's work judged, a benefit checked: not
    // what a consultation may share secrets for.
    (
        r"\b(?:(?:gather|gathering|collect|collecting|obtain|obtaining|secure|securing) (?:evidence|proof)|(?:use|using) (?:it |them |this |that |what is shared )?as evidence in (?:its|the|their|an|his|her) (?:ongoing |current |pending |criminal )?(?:investigation|inquiry|enquiry|proceedings)|build(?:ing)? (?:the|a|their|its) case against)\b",
        NotPermitted,
    ),
    (
        r"\b(?:evaluate|evaluating|assess|assessing|review|reviewing|judge|judging) (?:whether|how|if) (?:the|our|their|his|her|its|your) (?:[a-z-]{1,20} ){0,2}(?:worker|streetworker|professional|caseworker|counsell?or|teacher|staff member|employee|officer|staff)(?: [a-z0-9.'-]{1,20}){0,8} (?:has|have|had) (?:handled|managed|dealt with|performed|followed)\b|\b(?:evaluation|assessment|appraisal) of (?:the|our|their|his|her) (?:[a-z-]{1,20} ){0,2}(?:worker|streetworker|professional|caseworker|counsell?or|teacher|staff member|employee|officer)(?:'s)? (?:work|performance|handling)\b|\b(?:entitlement|eligibility) (?:to|for) (?:the |his |her |their )?(?:[a-z-]{1,20} ){0,2}(?:benefits?|allowances?|integration income|social assistance|unemployment)\b|\b(?:still )?(?:entitled|eligible) (?:to|for) (?:the |his |her |their )?(?:[a-z-]{1,20} ){0,2}(?:benefits?|allowances?|integration income|social assistance|unemployment)\b",
        NotPermitted,
    ),
    (
        r"\bresidence (?:papers|permits?|status|rights)\b|\b(?:maintain(?:ing)?|ensure|ensuring|keep(?:ing)?|preserve|preserving) public order\b|\bmaintenance of public order\b|\bpublic order and (?:peace|tranquillity|quiet)\b|\border to leave the territory\b|\b(?:inform|informed|notify|notified|alert|alerted|report (?:it |them )?to) (?:the )?immigration (?:office|service|authorities)\b",
        NotPermitted,
    ),
    (
        r"\b(?:fears?|afraid) for (?:his|her|their) (?:life|lives|safety)\b|\bdeath threats?\b|\bthreat(?:s|ens|ened|ening)? to kill\b|\bact on (?:these|his|her|their|the|those) threats\b",
        Integrity,
    ),
    (
        r"\b(?:physical|bodily) (?:and|or|and/or) psychic integrity\b|\bprotected from (?:harm|violence|abuse|danger|further)\b|\b(?:harming|hurting|injuring|endangering) (?:himself|herself|themselves|others|his|her|their|the)\b|\bstays? safe\b|\bkeep (?:[a-z'.]{1,40} ){0,5}safe\b",
        Integrity,
    ),
    (
        r"\b(?:unauthori[sz]ed absences?|(?:unjustified|unexcused|unjustifiable) absences?|back to (?:regular )?school|(?:regular )?school attendance|(?:regular )?attendance at school)\b",
        NotPermitted,
    ),
    // The aim said as a result wished for: "so that their safety can be ensured".
    (
        r"\b(?:ensure|ensuring|guarantee|guaranteeing|secure|securing) (?:the |their |his |her |its )?(?:physical |own )?safety\b|\bmake sure (?:she|he|they|the (?:child|children|kids|victim|woman|mother)|[a-z]{2,20}(?: [a-z]\.)?) (?:is|are|stays?|remains?|will be|feels?) safe\b|\bsafety (?:at home |at school )?(?:can|could|will|would|may|is to|are to) be (?:ensured|guaranteed|secured|protected)\b|\brisk of (?:further|renewed|more|new|serious|repeated) (?:violence|harm|abuse|assaults?)\b",
        Integrity,
    ),
    (
        r"\b(?:acting out|attacks?|plots?|acts?) (?:of a )?terrorist\b|\bterrorist (?:acting out|plot|attack|act)s?\b",
        Terrorism,
    ),
    (
        r"\b(?:committed|perpetrated) (?:within|in the context of|as part of) (?:a|the|this) (?:criminal )?(?:organi[sz]ation|network|gang)\b",
        CriminalOrganization,
    ),
    (
        r"\b(?:physical|mental|psychological|emotional|bodily)(?:(?:,| and| or|/){1,6} (?:physical|mental|psychological|emotional|bodily))? (?:safety|wellbeing|well-being|harm)\b|\b(?:physically|mentally|psychologically|emotionally)(?: and (?:physically|mentally|psychologically|emotionally))? safe\b",
        Integrity,
    ),
    (
        r"\bprotect(?:ing|ion of)? (?:the |a |her |his |their |these |both )?(?:[a-z'-]{1,40} ){0,2}(?:child(?:ren)?|minors?|victims?|girls?|boys?|daughters?|sons?|woman|women|mother|family|patient)\b",
        Integrity,
    ),
    (
        r"\b(?:at risk of (?:serious )?harm|serious harm|violent acting out|acting out violently|passage a l'acte)\b",
        Integrity,
    ),
    (
        r"\bprotect(?:ing)? [a-z'-]{1,40} (?:from|against) (?:further |any |the |possible )?(?:violence|abuse|harm|danger|ill-treatment|threats?|assaults?|retaliation)\b",
        Integrity,
    ),
    // "Protect" what is not a person: no end that art. 458ter names (a generic aim).
    (
        r"\bprotect(?:ing|ion of)? (?:the |your |our |their |its |his |her )?(?:data|privacy|confidentiality|secrecy|interests?|property|information|reputation|sources|files?|records)\b",
        Unspecified,
    ),
    (
        r"\b(?:jihadis[tm]s?|(?:join|joining|joined|leave to join|leaving to join) (?:an? |the )?(?:armed|jihadist|terrorist|extremist) (?:group|organi[sz]ation|movement|cause|faction)|armed groups? abroad|foreign (?:terrorist )?fighters?|(?:bomb|bombing|knife|vehicle) attacks?)\b",
        Terrorism,
    ),
    (
        r"\b(?:drug(?:-dealing| dealing|-trafficking| trafficking)? (?:network|ring|gang|cartel)s?|(?:trafficking|smuggling|prostitution|pimping) (?:network|ring|gang)s?|organi[sz]ed (?:gangs?|networks?)|mafias?)\b",
        CriminalOrganization,
    ),
    (
        r"\b(?:harm|harmed|harming|abused|abusive|intimidation|intimidated|assault(?:ed|s)?|beatings?|beaten|beat (?:her|him|them)|hurt|injur(?:y|ies|ed)|self-harm|suicide)\b|\b(?:his|her|their|[a-z]{1,20}'s) violence\b|\bexposed to (?:[a-z'-]{1,20} ){0,2}violence\b|\b(?:victims? of|subjected to|suffer(?:s|ing|ed)?|witness(?:es|ed|ing)?) (?:[a-z'-]{1,20} )?violence\b|\bviolence (?:against|towards?|at home|in the home)\b",
        Integrity,
    ),
    (
        r"\b(?:terrorist (?:offen[cs]es?|acts?|crimes?|threats?|attacks?)|terrorism|(?:violent )?radicali[sz]ation|violent extremism|extremism|title (?:i|1) ?ter)\b",
        Terrorism,
    ),
    (
        r"\b(?:criminal organi[sz]ations?|organi[sz]ed crime|criminal networks?|organi[sz]ed criminal (?:group|network)s?)\b",
        CriminalOrganization,
    ),
    (
        r"\b(?:physical (?:and|or|and/or) (?:psychological|mental|moral) integrity|(?:physical|psychological|mental|moral|bodily) integrity)\b",
        Integrity,
    ),
    (
        r"\b(?:protect(?:ing|ion of)?|safeguard(?:ing)?|ensure the safety of|safety of) (?:the |a |her |his |their |these )?(?:[a-z]\.? )?(?:child(?:ren)?|kids?|minors?|victims?|person|young (?:person|people)|mother|woman|family|patient|teenager|siblings|third parties|integrity)\b",
        Integrity,
    ),
    (
        r"\b(?:child abuse|(?:intra-?family|domestic|partner|sexual|physical|family) (?:violence|abuse)|sexual abuse|neglect|(?:serious|imminent) danger|suicid(?:e|al) risk|risk of (?:suicide|harm|violence|reoffending)|female genital mutilation|forced marriage|human trafficking|ill-treatment|maltreatment|harassment|coercive control)\b",
        Integrity,
    ),
    (
        r"\b(?:(?:social|benefit|welfare|tax|social security|allowance) fraud|fraud|fraudulently)\b",
        NotPermitted,
    ),
    (
        r"\b(?:theft|thefts|burglar(?:y|ies)|break-ins?|housebreaking|property (?:crime|offen[cs]es?|damage)|shoplifting|vandalism|graffiti)\b",
        NotPermitted,
    ),
    (
        r"\b(?:nuisance|anti-?social behaviou?r|incivilit(?:y|ies)|disturbances?|neighbou?r(?:hood)? (?:disputes?|conflicts?)|public order offen[cs]es?|administrative (?:sanctions|fines))\b",
        NotPermitted,
    ),
    (
        r"\b(?:irregular|illegal|unlawful) (?:residence|stay|residency|migration status)|\bundocumented\b|\bresidence status\b|\b(?:regularity|lawfulness|legality) of (?:his|her|their|the) (?:residence|stay)\b|\bright (?:of|to) residence\b|\b(?:staying|stays|residing|resides|living|lives|remaining|remains) (?:still )?(?:illegally|irregularly|unlawfully) (?:in belgium|in the country|on (?:the|belgian) territory)\b",
        NotPermitted,
    ),
    (
        r"\b(?:truancy|school (?:absenteeism|absence|attendance|drop-?out)|absenteeism|(?:her|his|their) (?:school )?attendance (?:back on track|up|rate)|(?:get|getting|bring|bringing) (?:him|her|them) back (?:to|in|into) (?:school|class|the classroom))\b",
        NotPermitted,
    ),
    (
        r"\b(?:debt (?:recovery|collection)|unpaid rent|rent arrears|(?:maintenance|child support|alimony) arrears|arrears of (?:rent|maintenance|child support|alimony|payments?|contributions?)|unpaid (?:maintenance|child support|alimony)|recovery of (?:the |any )?(?:debts?|sums|benefits|arrears|advances|overpayments|fees|costs|payments|amounts owed|(?:civil )?damages|compensation)|eviction|(?:school |canteen )?(?:fees|bills) (?:left )?unpaid|unpaid (?:school |membership |club |canteen )?(?:fees|bills|subscriptions|dues)|(?:membership|club) (?:fees|dues|subscriptions) (?:left )?(?:unpaid|outstanding|in arrears)|recover (?:any |the |its |our |their |his |her |those |these )?(?:[a-z-]{2,20} )?(?:sums|amounts|benefits|payments|costs|advances|expenses|arrears|contributions|taxes|fines|invoices|bills|fees|debts?|rent|income|allowances?)|unpaid (?:[a-z-]{2,20} )?(?:invoices|bills)|(?:invoices|bills)(?: [a-z0-9(),.-]{1,20}){0,4} (?:left |still |remaining |that remain |which remain )?(?:unpaid|outstanding)|(?:secure|obtain|enforce|collect|chase|ensure) (?:the )?(?:payment|repayment|settlement) of (?:the |any |his |her |their )?(?:compensation|damages|debts?|sums|amounts|arrears|fees|rent|fines|contributions)|unduly (?:paid|received|obtained|granted|collected)|undeclared (?:income|cohabitation|partner|subletting)|outstanding (?:[a-z-]{1,20} ){0,3}(?:fees|bills|debts?|rent|sums|amounts|arrears))\b",
        NotPermitted,
    ),
    (r"\b(?:petty crime)\b", NotPermitted),
    // Any other person protected or shielded ("protect her from what is going on").
    (
        r"\b(?:protect|protecting|shield|shielding)\b|\bsafeguard(?:ing)? (?:him|her|them|the|his|their|this|a|an)\b",
        Integrity,
    ),
    // "to avert a tragedy", "a more serious incident cannot be ruled out".
    (
        r"\b(?:avert|averting|prevent|preventing|avoid|avoiding) (?:a |any |another |the )?(?:tragedy|tragedies|drama|disaster|catastrophe|worst)\b|\b(?:more serious|further|fatal) (?:incident|harm)s? (?:cannot|can't|could not) be (?:ruled out|excluded)\b",
        Integrity,
    ),
    (
        r"\b(?:exchange|share|pool) (?:of )?(?:information|views|observations|our observations)\b",
        Unspecified,
    ),
    (r"\btake stock\b", Unspecified),
    (
        r"\b(?:coordinate|co-ordinate|improve|align|harmoni[sz]e) (?:the |our |their )?(?:follow-?up|support|interventions?|care|approach|collaboration)\b",
        Unspecified,
    ),
    (
        r"\b(?:discuss|review|assess|examine|go over|look at) (?:the |his |her |their )?(?:situation|case|file)\b",
        Unspecified,
    ),
];

/// Words that make a sentence state an aim.
pub(crate) static CONTEXT: &[&str] = &[
    // "CASE CONSULT RE SAFETY OF THE K KIDS": what the consultation is about.
    r"\b(?:case consult(?:ation)?|case meeting|casusoverleg|case conference)\b[^\n]*? (?:re|about|regarding|concerning) ",
    // A terse message that names the consultation, then after a colon what it is about:
    // "case consultation (458ter) school/PCSW/police re Tom: truancy since January".
    r"\bcase consultation\b[^\n:]{0,80}: ",
    r"\bwhat we (?:want|need|hope|aim)\b",
    // The question the consultation is to answer: "How can we keep the children safe?".
    r"\bhow (?:to|can we|do we|best to|should we|could we) (?:protect|preserve|safeguard|ensure|prevent|keep|stop)\b",
    // "we need to get his attendance back on track".
    r"\b(?:we|i) (?:need|want|have|would like|'d like|are trying|'re trying) to\b",
    r"\bthe idea (?:is|would be)\b",
    // An aim added on the side: "while we're at it", "and while we have everyone there".
    r"\bwhile we(?:'re| are) at it\b|\bwhile we(?:'ve got| have got| have) everyone\b|\b(?:at the same time|on the same occasion),? we(?:'d| would| will)? (?:also )?(?:like|want|use)\b",
    // "We will also use the meeting to settle the rent arrears".
    r"\b(?:use|take) (?:the|this) (?:meeting|consultation|opportunity|occasion) to\b",
    // "It will also allow us to settle the unpaid invoices".
    r"\b(?:will|would|should) (?:also |further )?(?:allow|enable|help|serve)(?: us| you| everyone)? to\b",
    r"\bso that\b",
    r"\b(?:fear|fears|feared|afraid|worried|worry|concerned)\b",
    r"\b(?:avert|avoid|put(?:ting)? an end|bring(?:ing)? an end|put(?:ting)? a stop|stop|concerns?|meant)\b",
    // "We will also look for ways of putting an end to the nuisance".
    r"\b(?:look|looking|search|searching|find|finding) (?:for )?(?:ways?|means|solutions?) (?:of|to|for)\b",
    r"\bin order to\b",
    r"\b(?:make sure|ensure|intended to|meant to|to keep|keep (?:him|her|them) (?:from|away|safe))\b",
    r"\bwith a view to\b",
    r"\bso as to\b",
    r"\b(?:aims?|aimed|aiming)\b",
    r"\bpurposes?\b",
    r"\bobjectives?\b",
    r"\bgoals?\b",
    r"\bfocus(?:es|ed)? on\b",
    r"\bto (?:protect|prevent|address|tackle|examine|verify|check|discuss|exchange|coordinate|assess|review|combat|fight|deal with|look into|evaluate|judge|establish|determine|decide|find out)\b",
    r"\bprevent(?:ing|ion)?\b",
    r"\bprotect(?:ing|ion)?\b",
    r"\bcombat(?:ing)?\b",
    r"\bconcern(?:s|ing)?\b",
    r"\bregarding\b",
    r"\brelat(?:es|ing) to\b",
    r"\babout\b",
    r"\bsubject\b",
    r"\bagenda\b",
    // "We will be discussing R.D.'s school absenteeism".
    r"\b(?:discussing|examining|reviewing|talking about)\b|\b(?:will|shall) (?:discuss|examine|review|talk about|look at|look into)\b",
];
