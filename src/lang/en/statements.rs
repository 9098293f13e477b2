//! English cues for statements, over the folded view.

use crate::extract::statements::Cue::{self, *};

/// The person concerned, as letters name them.
macro_rules! person {
    () => {
        r"(?:the person(?:s)? concerned|the individual concerned|the family|the parents?|the young (?:person|man|woman)|the minor|the child(?:ren)?'s parents|the (?:child|children)|the patient|the client|the pupil|the student|the mother|the father|the victim|the tenant|(?:[a-z]\.? and )?(?:his|her|their) (?:mother|father|parents?|family|partner|(?:legal )?guardian)|the [a-z'-]{1,20} (?:mother|father|parents|family|(?:legal )?guardian)|[a-z]\.'s (?:mother|father|parents?|family|(?:legal )?guardian)|(?:mr|ms|mrs|miss)\.? [a-z]{1,40}\.?|he\b|she\b)"
    };
}

/// Statement cues, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    // A table's row: "| Attendance | **required** – please send a colleague |".
    (
        r"\b(?:attendance|presence|participation)\s{0,3}\|\s{0,3}(?:\*\*)?(?:compulsory|mandatory|required|obligatory)\b",
        FixedParticipationMandatory,
    ),
    // "No partner is entitled to withhold relevant information."
    (
        r"\b(?:no (?:partner|participant|service|one|professional|agency|member)|nobody|none of you) (?:is|will be|shall be) (?:entitled|allowed|permitted|free) to (?:withhold|keep back|hold back|refuse to share|remain silent|keep silent)\b",
        FixedDisclosureMandatory,
    ),
    // "skipping this one is not an option".
    (
        r"\b(?:skipping|missing|not attending|not coming|staying away|sitting (?:this|it) out|opting out)(?: (?:this one|this meeting|this consultation|it|the meeting|the consultation))? (?:is not|isn't|is no|will not be|won't be) (?:an |a real )?option\b",
        FixedParticipationMandatory,
    ),
    // "u would be the justice house rep if ok for u, no obligation ofc".
    (
        r"\bno obligation(?: (?:ofc|of course|at all|whatsoever))?(?:\s{0,3}[,.;!)]|\s{0,3}$|\n)",
        FixedParticipationOptional,
    ),
    // "This agenda does not change the voluntary nature of your participation".
    // "Come only if you wish", "join us only if you want to".
    (
        r"\b(?:come|attend|join(?: us)?|take part|participate) only if you (?:wish|want|like|choose)\b",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:voluntary|optional|non-?compulsory|non-?mandatory) (?:nature|character) of (?:your|the|their|each|this) (?:participation|attendance|presence)\b",
        FixedParticipationOptional,
    ),
    // A chat's answer: "come if you can", "join if you can".
    (
        r"\b(?:come|join(?: us)?|drop in) if you can\b",
        FixedParticipationOptional,
    ),
    // "Those who cannot or would rather not come should not feel obliged": what they feel
    // obliged to do says which freedom it is.
    (
        r"\b(?:should(?: not|n't)|need(?: not|n't)|must(?: not|n't)|do(?: not|n't)) (?:ever )?feel (?:obliged|obligated|pressured|pressed|compelled|bound|forced|under (?:any )?(?:obligation|pressure)) to (?:share|disclose|say|tell|reveal|speak|answer|pass on|hand over)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:should(?: not|n't)|need(?: not|n't)|must(?: not|n't)|do(?: not|n't)) (?:ever )?feel (?:obliged|obligated|pressured|pressed|compelled|bound|forced|under (?:any )?(?:obligation|pressure))(?: to (?:attend|come|take part|participate|join|be there|be present)\b|\s{0,2}[.,;!)]|\s{0,2}$)",
        FixedParticipationOptional,
    ),
    // A decision's list of who takes part: "The following shall take part:".
    (
        r"\bthe following (?:persons |services |members )?(?:shall|will|must) (?:take part|attend|participate|sit)\s{0,3}(?::|\n)",
        Composition,
    ),
    // "No relevant information may be withheld, whether or not the service attends."
    (
        r"\bno (?:relevant |useful )?information (?:may|can|shall|must|should) be (?:withheld|kept back|held back|omitted)",
        FixedDisclosureMandatory,
    ),
    // "Physicians and psychologists taking part are required to share the relevant
    // elements of the medical file".
    // "everyone will have to put all their info on the table".
    // "the communication of all information at your disposal concerning the household is
    // required from every participant".
    (
        r"\b(?:communication|disclosure|transmission|sharing) of all (?:the )?information[^.;\n]{0,80}? (?:is|are) (?:required|mandatory|compulsory|obligatory|expected)\b",
        DisclosureMandatory,
    ),
    (
        r"\b(?:will|must|shall|should) (?:have to |need to )?(?:put|lay) (?:all |everything )?(?:of )?(?:their|your|his|her|our|the) (?:info|information|cards|knowledge|files?|data)? ?on the table\b",
        DisclosureMandatory,
    ),
    (
        r"\b(?:are|is|will be|you'll be|you're|we'll be|they'll be) (?:all )?(?:required|obliged|expected) to (?:share|disclose|provide|pass on|communicate|hand over|reveal|transmit)\b",
        DisclosureMandatory,
    ),
    // "we need all medical info u have on the kid", "we need everything you know".
    (
        r"\bwe (?:need|want|expect|require) (?:all (?:the )?|every (?:bit of |piece of )?|the full |the complete |everything)(?:(?:medical|relevant|useful|social|school|police) )?(?:info(?:rmation)?|details|data|records|file|you (?:know|have))\b",
        DisclosureMandatory,
    ),
    // A sanction for keeping something back: "any withholding of relevant information will
    // be recorded in the minutes and reported to your line manager".
    (
        r"\bany (?:withholding|concealment) of (?:relevant |useful )?information(?: [a-z'-]{1,20}){0,8} (?:will|shall) be (?:recorded|reported|sanctioned|noted|passed on)",
        FixedDisclosureMandatory,
    ),
    // Before the absence below, which also begins with "declining": "Declining to share will
    // never be held against you" leaves disclosure free.
    (
        r"\b(?:declining|refusing|choosing not|deciding not) to (?:share|disclose|say|speak)(?: anything)? (?:(?:will|shall|would|can|may|could) (?:never|not)|cannot|can't|won't) be held against you",
        FixedDisclosureOptional,
    ),
    // "You remain free to decide which information you consider it necessary to share", "You
    // decide for yourself, within your professional deontology, whether and what information
    // you share", "It remains your own decision which information you share", "you cannot be
    // obliged to disclose professional secrets".
    (
        r"\byou (?:remain|are|stay) (?:entirely |completely |fully )?free to (?:decide|judge|determine|choose|assess) (?:what|whether|how much|which)\b|\byou (?:decide|choose|determine|judge) for yourself(?:, [a-z' ]{1,60},)? (?:what|whether|how much|which)\b|\bit (?:remains|is|stays) (?:entirely |always )?your (?:own )?(?:decision|choice|call) (?:what|whether|how much|which)\b|\byou (?:cannot|can't|can not|may not) be (?:obliged|forced|compelled|required|made) to (?:disclose|share|reveal|divulge|pass on|breach)\b",
        FixedDisclosureOptional,
    ),
    // Absence not held against anyone: "Not coming would not be held against you", "Should
    // you prefer not to come, we would not hold that against you".
    (
        r"\b(?:not coming|not attending|staying away|declining|your absence|(?:prefer|decide|choose) not to (?:come|attend|take part))[^.;\n]{0,60}? (?:would|will|shall|could) (?:not|never|in no way|not in any way) (?:be held|count|hold (?:that|this|it)) against (?:you|anyone|them)|\b(?:not coming|not attending|your absence|(?:a |any )?(?:failure|decision) (?:not )?to (?:attend|come|take part)) (?:would|will|shall|could) (?:have|carry|entail) no (?:consequences?|sanctions?|penalty|repercussions?)\b|\bthink (?:any )?less of you (?:if|should|when) you (?:decide|choose|prefer) not to (?:come|attend|take part)",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:nor|neither) (?:would|will|do|shall|should|could) (?:we|i|anyone|anybody) (?:expect|ask|require|force|oblige|press|want) you to (?:say|share|disclose|reveal|tell|pass on|speak)|\b(?:we|i) (?:would|will|do|shall)(?: not|n't) (?:expect|ask|require|force|oblige|press) you to (?:say|share|disclose|reveal|tell|pass on)|\bthink (?:any )?less of you (?:if|should|when) you (?:decide to |choose to |prefer to )?(?:keep|hold back|withhold|not share|not disclose|remain silent)|\b(?:neither|nor) would (?:choosing|deciding|preferring) not to (?:share|disclose|pass on|say|reveal)",
        FixedDisclosureOptional,
    ),
    // Double negatives: "it will not be possible for participants not to share".
    (
        r"\b(?:not|never) (?:be )?possible (?:for (?:you|participants|anyone|any participant|the participants|those present|services) )?not to (?:share|disclose|say|answer|tell|pass on|reveal)",
        FixedDisclosureMandatory,
    ),
    // "We do not expect anyone to withhold information relevant to T.'s safety."
    (
        r"\b(?:we|i) (?:do not|don't|would not|wouldn't) expect (?:anyone|anybody|you|any (?:participant|partner|service)) to (?:withhold|keep back|hold back)\b",
        FixedDisclosureMandatory,
    ),
    (
        r"\b(?:not|never) (?:be )?possible (?:for (?:you|partners|anyone|any partner|services) )?not to (?:attend|come|take part|be present)|\byou(?:'ll| will) be expected (?:to be there|to attend|to come|to be present|to take part|at the meeting)",
        FixedParticipationMandatory,
    ),
    (
        r"\byou(?:'ll| will) (?:have|need) to (?:send|provide|give|hand over|submit|forward) (?:us |me )?(?:a |the |your )?(?:full |complete |written )?(?:written )?(?:report|file|records?|information|notes)\b|\byou(?:'ll| will) (?:have|need) to (?:tell|give|share with|disclose to|pass on to) (?:us|me|the group|everyone) (?:everything|all (?:you know|the information|information|details))",
        DisclosureMandatory,
    ),
    // "Please bring your complete file", "each partner will be asked to present the file it
    // holds".
    (
        r"\b(?:please |kindly )?(?:bring|send us|hand over|forward) (?:along )?(?:your|the) (?:complete|full|entire|whole) (?:file|records|dossier|case file)\b|\b(?:each|every) (?:partner|participant|service|professional)(?: [a-z-]{1,20}){0,1} will be asked(?: [a-z-]{1,20}){0,3} to (?:present|share|disclose|hand over|bring) (?:the|its|their|your|his or her) (?:complete |full |entire |whole )?(?:file|records|dossier|information)\b",
        DisclosureMandatory,
    ),
    // "Your attendance is, naturally, at your own discretion", "attendance, while strongly
    // encouraged, remains your choice".
    (
        r"\b(?:attendance|presence|participation|coming|taking part)(?:,[^,.;\n]{1,40},)? (?:is|remains|will remain|will be)(?:,[^,.;\n]{1,20},)? (?:entirely |completely |naturally |of course |always |still )?(?:at your (?:own )?discretion|up to you|your (?:own )?(?:choice|decision|call)|voluntary|optional|for you to decide|a matter of choice)\b",
        ParticipationOptional,
    ),
    // "… cannot, given the gravity of the situation, be regarded as optional": the
    // negation decides.
    (
        r"\b(?:regarded|considered|seen|treated|viewed) as (?:optional|voluntary|a matter of choice)\b",
        ParticipationOptional,
    ),
    // "Entirely up to you whether you come and what you share".
    (
        r"\b(?:entirely |completely |totally |wholly )?up to you (?:whether|if) (?:or not )?(?:you )?(?:come|attend|take part|join|participate|are present)\b",
        ParticipationOptional,
    ),
    (
        r"\bup to you (?:whether|if) [^.;\n]{0,40}\band (?:what|how much) (?:you )?(?:share|disclose|say|tell)\b",
        DisclosureOptional,
    ),
    // "everyone is bound to keep what is shared there to themselves".
    (
        r"\b(?:bound|obliged|required|expected) to keep (?:what|everything|all|anything)[^.;\n]{0,40}? (?:to (?:themselves|yourself|yourselves|ourselves)|confidential|secret|private)\b",
        Secrecy,
    ),
    // "each participant is bound to keep it secret", "Everything said in the room stays
    // there" (not a notice's "Recipients are bound to keep it confidential").
    (
        r"\b(?:participants?|everyone|everybody|each of (?:you|us|them)|all of (?:you|us|them)|those present|each one|each|all)(?: [a-z]{1,12}){0,2} (?:is|are|will be|shall be|remains?) (?:bound|obliged|required) to keep (?:it|this|them|that) (?:secret|confidential|to (?:themselves|yourself|yourselves))\b|\b(?:everything|whatever is|what is|all that is) (?:said|shared|discussed|disclosed)(?: [a-z]{1,12}){0,3} (?:stays|remains|will stay|will remain) (?:there|in the room|within (?:these walls|the room|the meeting)|between (?:us|the participants|those present))\b",
        Secrecy,
    ),
    // Each one judges what to share: "It is entirely up to you what, if anything, you
    // share", "each participant decides what to disclose", "No-one will be pressed to share".
    (
        r"\bup to (?:you|each (?:participant|professional|partner|of you|one)|every (?:participant|professional)) (?:what|whether|how much|to decide what)\b|\b(?:each|every)(?: one)? (?:of you|participant|professional|partner|service) (?:decides|chooses|judges|determines|remains (?:free|the (?:sole |only )?judge(?: of)?))(?: freely| alone| for (?:yourself|themselves|himself|herself))? (?:what|whether|how much|which (?:information|elements|facts|data))\b|\b(?:no-?one|nobody|no one|no participant|none of you) (?:will|shall|is going to|can) be (?:pressed|pressured|pushed|forced|compelled|made) to (?:share|disclose|say|speak|reveal|hand over|answer)|\bkeeping (?:something|anything|information|things) (?:back |to yourself )?(?:will not|won't|shall not) be held against you|\bwhat, if anything, you (?:share|disclose|say|tell|pass on)\b|\byou (?:alone |yourself )(?:decide|choose|determine|judge) (?:what|whether|how much|which (?:information|elements|facts|data))\b|\b(?:it is )?for you (?:alone )?to (?:judge|decide|determine)(?:, in (?:all |good )?conscience,)? (?:whether|what|how much|which|if)\b|\b(?:each|every)(?: one)? (?:of you|participant|professional|partner|service) (?:remains|stays|is) free to (?:appreciate|judge|decide|assess|determine|choose) (?:what|how much|which (?:information|informations|elements|facts|data))\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:share|say|disclose|pass on|tell us) (?:only )?what you (?:judge|consider|deem|think|find|feel is) (?:necessary|appropriate|relevant|useful|right)|\b(?:share|say|disclose|pass on|tell us) (?:only )?what you (?:feel|are) (?:ok|okay|comfortable|happy|at ease) (?:sharing|saying|telling|disclosing|to share|with)\b|\bonly what you (?:judge|consider|deem|think|find) (?:necessary|appropriate|relevant|useful)",
        DisclosureOptional,
    ),
    (
        r"(?:^|\n)(?:[-•*] )?(?:attendance|presence|participation)\s{0,6}:\s{0,6}(?:compulsory|mandatory|required|obligatory)|\bno excuses? (?:will be )?accepted\b|\b(?:treat|consider|see) (?:this|it) as (?:a |an )?(?:mandatory|compulsory|obligatory) (?:appointment|meeting|session)\b",
        FixedParticipationMandatory,
    ),
    (
        r"\b(?:please )?make sure (?:that )?you (?:share|disclose|bring|provide|pass on|tell)|\b(?:we|i) (?:ask|need|expect) you to (?:share|disclose|bring|provide|pass on|tell)|\b(?:we are counting|we count|counting) on you to (?:share|disclose|bring|provide|tell)|\bwithout (?:holding|keeping) (?:anything )?back\b|\bno holding back\b",
        FixedDisclosureMandatory,
    ),
    (
        r"\b(?:nobody|no one|none of you) (?:has|have|needs?) to (?:come|attend|take part|join)\b",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:no one|nobody|no participant) is under (?:any )?obligation to (?:attend|come|take part|participate)",
        FixedParticipationOptional,
    ),
    (
        r",? or to (?:disclose|share|reveal|pass on) (?:any |anything|information)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:staying away|not coming|not attending|declining|your absence) (?:will have|has|carries) no (?:consequences?|effect|repercussions?)|\b(?:at liberty|free) to (?:decline|say no\b|refuse|stay away|not attend|not come)|\bno one is (?:bound|obliged|required) to (?:come|attend|take part)",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:sole|only) judge of what|\b(?:at liberty|free) to keep (?:back|to yourself)|\b(?:nobody|no one|no participant) (?:will|is|shall)(?:,? however,?)? (?:be )?(?:asked|required|obliged|expected|forced) to (?:share|disclose|say|reveal|tell)|\bwhat you (?:share|say|disclose)[^.;]{0,60}? (?:is|remains) (?:entirely |completely )?(?:up to you|your (?:own )?(?:choice|decision|call))",
        FixedDisclosureOptional,
    ),
    // "We count on your presence", "please ensure your service is represented", "any
    // absence must be justified in writing": attendance asked for in other words.
    (
        r"\b(?:we are |we're |i am |i'm |we |i )?(?:counting|count|relying|rely) on your (?:presence|attendance|participation|being there)\b",
        WishedParticipation,
    ),
    // A forwarder's note: "Marie, please go on behalf of the unit — this one is not
    // optional." (negated: mandatory), "this one is compulsory".
    (
        r"\bthis (?:one|meeting|consultation|session|time) is (?:not |really |strictly )?(?:optional|voluntary)\b",
        ParticipationOptional,
    ),
    (
        r"\bthis (?:one|meeting|consultation|session|time) is (?:not |really |strictly )?(?:compulsory|mandatory|obligatory)\b",
        ParticipationMandatory,
    ),
    (
        r"\b(?:ensure|make sure|see to it) (?:that )?(?:your|each|every|the) (?:[a-z-]{1,20} ){0,2}(?:service|organi[sz]ation|department|team|institution|unit|school|agency|office|centre|center|partner)s? (?:is|are|will be|gets?) represented\b|\b(?:any|every|each|your|all)? ?absences? (?:must|shall|will have to|has to|have to|is to|are to|needs? to|should) be (?:justified|explained|excused|accounted for|motivated)\b",
        ParticipationMandatory,
    ),
    // "You will bring the full medical file": an instruction, not a wish.
    (
        r"\byou will (?:also )?(?:bring|provide|hand over|submit|produce|present|forward|make available|send|transmit) (?:us |with you )?(?:the|your|a copy of the|a copy of your|all|any) (?:full |complete |entire |whole |relevant )?(?:[a-z-]{1,20} ){0,2}(?:files?|records?|dossiers?|reports?|notes)\b",
        DisclosureMandatory,
    ),
    (
        r"\b(?:if|should) you (?:cannot|can't|can not|are unable to) (?:attend|come|be present)(?: yourself| in person)?,? you (?:must|shall|have to|are required to|will have to|need to) (?:send|delegate|designate|appoint|arrange for) (?:a |an )?(?:replacement|substitute|colleague|representative|deputy)\b|\babsence is not an option\b|\bnot (?:attending|coming) is not an option\b|\b(?:i|you) (?:have to|must|need to) be there(?:\s{0,3}[.,;!\x22)]|\s{0,3}$)|\b(?:it's|it is) not optional\b|\b(?:every|each) (?:partner|participant|service|professional)[a-z ]{0,20} is expected (?:at the table|to attend|to be present)",
        FixedParticipationMandatory,
    ),
    (
        r"\bmust keep to themselves|\b(?:does not|doesn't|will not|won't|must not|shall not) leave (?:the|this) room|\b(?:held|bound|kept) (?:to|by) (?:the )?(?:professional )?secret\b|\bnothing (?:leaves|will leave|is to leave|goes (?:out of|outside)) (?:the|this) room\b|\b(?:it's|its|it is|everything is|all is|this is) (?:all )?under (?:professional |prof\.? )secrecy\b|\b(?:stays?|remains?|will (?:stay|remain)|must (?:stay|remain)) (?:strictly |entirely |completely )?confidential (?:between|among|within) (?:us|the participants|those present)\b|\bwhat (?:is|gets|will be) (?:said|shared|discussed)(?: [a-z]{1,20}){0,4} (?:stays|remains|will (?:stay|remain)) (?:there|in the room|around the table|at the table|between us)\b|\bheld (?:to|by) (?:the )?(?:professional )?secrecy|\b(?:strict|strictest|absolute|utmost|complete) discretion (?:applies|is required|is expected|is owed)",
        Secrecy,
    ),
    (
        r"\b(?:has|have) given (?:his|her|their) (?:consent|agreement|approval|permission)\b",
        PersonInformed,
    ),
    (
        r"\b(?:would like|wishes|wants|has asked|have asked) to (?:join|attend|be present|take part) (?:for )?(?:the )?(?:first|second|last|final|opening|start|end|part)",
        PersonInvited,
    ),
    (
        r"\b(?:need|needs|require|requires) you to (?:tell|share|disclose|reveal|pass on|give|provide)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:each|every) (?:service|participant|partner|professional)(?: [a-z-]{1,20}){0,2} is (?:required|expected|obliged|bound) to (?:put|share|bring|disclose|provide|communicate|pass on|hand over|report)",
        DisclosureMandatory,
    ),
    (
        r"\bbound by (?:what |the terms of )?(?:art(?:icle|\.)? ?)?458 ?ter,? ?(?:§ ?|para(?:graph)? ?)2",
        Secrecy,
    ),
    (
        r"\bno (?:duty|obligation|requirement) (?:on you )?(?:to|of) (?:attend|come|take part|participate)",
        FixedParticipationOptional,
    ),
    (
        r"\bnothing (?:you )?(?:hold back|keep to yourself|withhold|do not share|don't share|keep back)\b|\bso is what you (?:say|share|disclose|tell)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:can|may|will|shall|could) (?:not |never )?(?:lead|give rise) to (?:a |any )?prosecution (?:for|of) (?:anything|any (?:other )?offen[cs]es?|any other)(?: [a-z]{1,40})? other than\b",
        UseLimitation,
    ),
    (
        r"\b(?:confidentiality|secrecy|discretion|professional secrecy) (?:binds|applies to|covers|is required of|is owed by)",
        Secrecy,
    ),
    (
        r"\b(?:is|are|remains?) (?:a matter (?:for|of) (?:each|your|every)[a-z' ]{0,30}(?:judg(?:e)?ment|choice|decision|conscience)|a matter of (?:personal )?choice)",
        ParticipationOptional,
    ),
    (
        r"\b(?:will|may|shall|can) (?:also )?be asked to (?:join|attend|come|take part|give (?:their|his|her) (?:point of )?view)",
        PersonInvited,
    ),
    (
        r"\b(?:may|can|will|shall) (?:only )?(?:lead|give rise|result|be used)(?: [a-z'-]{1,40}){0,4} (?:prosecution|prosecute|proceedings)(?: [a-z'-]{1,40}){0,3} only\b|\b(?:prosecution|proceedings) (?:only|solely|exclusively) (?:for|of|in respect of)\b",
        UseLimitation,
    ),
    (
        r"\b(?:may|can|will|shall|could) (?:not|never) (?:lead|give rise) to (?:any )?(?:criminal )?(?:prosecutions?|proceedings) other than (?:for|in respect of|in connection with)\b",
        UseLimitation,
    ),
    // "Nothing, on the other hand, obliges you to share".
    (
        r"\bnothing(?:, [a-z' -]{1,30},)? (?:obliges|forces|requires|compels|binds) you to (?:attend|come|log on|log in|join|take part|participate|be present|accept)",
        FixedParticipationOptional,
    ),
    (
        r"\bnothing(?:, [a-z' -]{1,30},)? (?:obliges|forces|requires|compels|binds) you to (?:say|share|disclose|reveal|speak|answer|tell|pass on)",
        FixedDisclosureOptional,
    ),
    (
        r"\bneed(?: not|n't) (?:attend|come|take part|participate|be present|join (?:us|the meeting|the consultation))\b",
        FixedParticipationOptional,
    ),
    (
        r"\bneed(?: not|n't) (?:share|disclose|reveal|say|pass on|tell)\b",
        FixedDisclosureOptional,
    ),
    // "We trust you will bring the full file": no choice is left.
    (
        r"\b(?:trust|are confident|am confident|are sure|am sure|have no doubt|do not doubt|don't doubt)(?: that)? you will (?:bring|share|disclose|provide|hand over|submit|produce|pass on|make available|forward)",
        FixedDisclosureMandatory,
    ),
    (
        r"\bwhether (?:or not )?you (?:come|attend|take part|join|participate|accept|log on)[^.;\n]{0,30}? (?:is|remains) (?:entirely |completely |wholly |purely |of course )?(?:up to you|your (?:own )?(?:choice|decision|call)|at your (?:own )?discretion|a matter for you|for you to decide)",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:there is )?no (?:duty|obligation|requirement) (?:on you |for you )?to (?:attend|come|take part|participate|join)",
        FixedParticipationOptional,
    ),
    (
        r"\bfree to (?:remain|stay|keep) (?:silent|quiet)|\bfree to say nothing|\bnot (?:be )?(?:asked|required|expected) to justify what you keep",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:will|shall|would|may) (?:of course )?(?:not |never )?be (?:required|expected|asked|obliged|obligated) to (?:share|disclose|reveal|provide|say|justify|answer|tell|hand over|pass on)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:stays?|remains?) in the room\b|\b(?:stays?|remains?) (?:within|between) (?:these walls|us|the participants|the people present)",
        Secrecy,
    ),
    (
        r"\b(?:must|shall|will|should|are to|agree to) (?:keep|treat|hold) (?:secret|confidential|in confidence|in strict confidence)|\bkeep (?:secret|confidential) (?:what|everything|anything|all)|\b(?:must|shall|are to|have to|are required to) keep (?:everything|anything|all|what)(?: [a-z'-]{1,20}){0,8} (?:secret|confidential)\b",
        Secrecy,
    ),
    (
        r"\b(?:is|are|remains?|stays?|will remain|will stay) (?:fully |strictly )?(?:covered|protected) by (?:the )?(?:professional |shared )?secrecy",
        Secrecy,
    ),
    (
        r"\b(?:may|can|will|shall) only (?:ever )?(?:be used to prosecute|be used for (?:the )?prosecution|serve (?:to|for) (?:the )?prosecut)",
        UseLimitation,
    ),
    (
        r"\b(?:agreed|consented|has agreed|have agreed|has consented|have consented) to (?:this|the) (?:case )?(?:consultation|meeting)|\bknows? (?:about|of) (?:this|the) (?:case )?(?:consultation|meeting)|\bknows? (?:that )?(?:we're|we are|we will be|we'll be) (?:meeting|getting together|holding (?:this|the|a) (?:case )?(?:consultation|meeting))\b|\b(?:is|are) aware (?:of|that) (?:this|the) (?:case )?(?:consultation|meeting)",
        PersonInformed,
    ),
    (
        r"\b(?:professional )?secrecy (?:binds|applies to|covers) (?:all|every|each|the)",
        Secrecy,
    ),
    (
        r"\b(?:may|can|will) (?:also )?attend (?:the |its )?(?:first |last |opening |final )?part\b",
        PersonInvited,
    ),
    (
        r"\b(?:may|can|shall|will) (?:only|solely|exclusively) (?:be used to )?(?:lead|give rise|result) (?:to )?(?:the )?(?:criminal )?(?:prosecution|proceedings|charges)",
        UseLimitation,
    ),
    (
        r"\b(?:may|can|will) (?:not|never) (?:be used (?:to|for|in) )?(?:lead to |give rise to )?(?:the )?(?:criminal )?prosecution (?:of|for) (?:any )?(?:other|offen[cs]es other)",
        UseLimitation,
    ),
    (
        r"\bprosecution (?:only )?(?:of|for) (?:the )?offen[cs]es (?:for which|that justified|covered by)",
        UseLimitation,
    ),
    (
        r"\bonly (?:be used )?(?:to prosecute|for (?:the )?prosecution of) (?:the )?offen[cs]es",
        UseLimitation,
    ),
    (
        r"\b(?:are|is|remain|remains|stay|stays|will be|will remain|will stay|shall remain|must remain|shall be) (?:all )?(?:strictly |fully |bound by |subject to )?(?:bound (?:by|to)|subject to|held to|hold to|tied to) (?:(?:the|a|strict|professional|shared|their|his|her|your|our) ){0,6}(?:duty of )?(?:secrecy|confidentiality|discretion|secret)",
        Secrecy,
    ),
    (
        r"\b(?:bound (?:by|to)|subject to|obliged to (?:observe|respect)|required to (?:observe|respect|maintain)) (?:(?:the|a|strict|professional|prof\.?|shared) ){0,6}(?:duty of )?(?:secrecy|confidentiality|discretion)",
        Secrecy,
    ),
    (
        r"\b(?:information|everything|all (?:information|that is)|anything|whatever|what is)(?: [a-z'-]{1,40}){0,6} (?:is|are|remains?|stays?|will (?:be|remain|stay)|must (?:be kept|remain|stay)|shall (?:be kept|remain)) (?:kept )?(?:strictly |entirely |fully )?(?:confidential|secret|covered by (?:(?:the )?(?:professional|prof\.?|shared professional) )?secrecy)",
        Secrecy,
    ),
    (
        r"\b(?:must|may|shall|will|can) (?:not|never)(?: under any circumstances)? be (?:disclosed|shared|passed on|communicated|divulged) (?:to|with|outside)",
        Secrecy,
    ),
    (
        r"\b(?:duty of (?:confidentiality|secrecy|discretion)|shared professional secrecy|strict confidentiality|in (?:strict|the strictest) confidence|respect (?:the )?(?:confidentiality|professional secrecy) of)",
        Secrecy,
    ),
    (
        r"\b(?:your |their |his |her )?(?:participation|attendance|presence|taking part|attending|coming)(?:,? [a-z0-9'/()-]{1,40},?){0,7}? (?:(?:absolutely|strictly|therefore) )?(?:mandatory|compulsory|obligatory|required|expected|essential|indispensable|necessary|an obligation|a requirement|obliged|required of you)",
        ParticipationMandatory,
    ),
    (
        r"\b(?:your |their |his |her )?(?:participation|attendance|presence|taking part|attending|coming)(?:,? [a-z'/()-]{1,40},?){0,7}? (?:(?:entirely|completely|purely|strictly|totally|fully) )?(?:voluntary|optional|on a voluntary basis|up to you|your (?:own )?(?:choice|decision|call)|a matter of choice)",
        ParticipationOptional,
    ),
    (
        r"\b(?:on a voluntary basis|free to (?:attend|decline|take part|participate|choose whether|accept or decline|come)|(?:may|can) (?:freely )?decline (?:this|the|our)? ?(?:invitation)?|(?:choose|decide) (?:whether|freely whether) (?:or not )?to (?:attend|take part|participate|come)|voluntary (?:participation|attendance))",
        ParticipationOptional,
    ),
    (
        r"\b(?:are|is|will be|were)(?:, (?:however|though|nevertheless|in any case|of course),)? (?:therefore |hereby |legally |however )?(?:not |in no way |under no )?(?:required|obliged|obligated|expected|bound|compelled|summoned) to (?:attend|take part|participate|be present|appear|come|join)",
        ParticipationMandatory,
    ),
    (
        r"\b(?:must|shall|have to|has to|need to) (?:attend|take part|participate|be present|appear|come)|\bobligation to (?:attend|take part|participate|be present)|\b(?:mandatory|compulsory|obligatory) (?:attendance|participation|meeting)|\b(?:failure|failing|refusal|refusing) to (?:attend|appear|comply|take part|participate)(?: [a-z'-]{1,40}){0,5} (?:will|may|could|shall|would) (?:be (?:reported|recorded|noted|notified|communicated|passed on|sanctioned|penali[sz]ed|followed up|taken into account|mentioned)|result in|lead to|entail|have (?:consequences|repercussions)|trigger|expose)\b",
        ParticipationMandatory,
    ),
    (
        r"\b(?:cannot|can't|may not) (?:refuse|decline) (?:to attend|this invitation|to participate|to take part)",
        FixedParticipationMandatory,
    ),
    (
        r"\bfree (?:to attend or not|not to (?:attend|take part|participate|come))",
        FixedParticipationOptional,
    ),
    (
        r"\b(?:free to (?:share|disclose|decide what|choose what|speak|keep|withhold|lift|remain silent)|(?:you )?(?:alone )?decide what (?:you )?(?:consider|deem|wish|think|choose|want|find)|at your (?:own )?discretion|(?:may|can) (?:also )?(?:choose|decide) (?:to|whether to|what to|what|not to) (?:share|disclose|keep|withhold|say|reveal|lift)|choose whether (?:or not )?to (?:share|disclose|lift|reveal)|(?:may|can) (?:keep|maintain|withhold|remain silent)|what you (?:consider|deem|judge|think) (?:appropriate|relevant|necessary|useful) to share)",
        DisclosureOptional,
    ),
    (
        r"\b(?:share|disclose|reveal|lift)(?: [a-z']{1,40}){0,3} or (?:to )?(?:keep|maintain|withhold|not)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:no|not under any) (?:duty|obligation) to (?:speak|share|disclose)",
        FixedDisclosureOptional,
    ),
    (
        r"\bwhat (?:you )?(?:decide|choose|wish|want|are willing|agree) to (?:share|disclose|say|reveal)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:has|have|had) (?:already )?been (?:duly |fully |also )?(?:informed|notified|told|made aware) (?:of|about|that) (?:the|this|a) (?:case )?(?:consultation|meeting)",
        PersonInformed,
    ),
    (
        r"\bwill (?:also )?be (?:informed|notified|told) (?:beforehand |in advance )?(?:of|about|that) (?:the|this|a) (?:case )?(?:consultation|meeting)",
        PersonInformed,
    ),
    (
        r"\b(?:may|can|will|could|shall)(?: also)?(?:,? if (?:she|he|they|so) (?:so )?(?:wish(?:es)?|want(?:s)?|desired?),?)? be heard\b",
        PersonInvited,
    ),
    (
        r"\bnor (?:to )?(?:share|disclose|reveal|communicate|speak)\b",
        FixedDisclosureOptional,
    ),
    (
        r"\bdecide (?:for yourself |by yourself |yourself |freely )?(?:what|which information|whether)(?:,? [a-z]{1,40},?){0,3}? (?:you )?(?:to )?(?:share|disclose|say|reveal|pass on|tell|hand over|wish to share|want to share|are willing to share)",
        FixedDisclosureOptional,
    ),
    (
        r"\b(?:are|is|will be|were)(?:, (?:however|though|nevertheless|in any case|of course),)? (?:therefore |hereby |legally |also |further |however )?(?:not |never |in no way |under no |by no means )?(?:required|requird|obliged|obligated|expected|bound|compelled|held) to (?:share|disclose|provide|reveal|communicate|bring|submit|hand over|report|pass on|speak|answer|divulge|give|tell (?:us|me|the group|the meeting|everything|all))",
        DisclosureMandatory,
    ),
    (
        r"\b(?:must|shall|have to|has to|need to) (?:share|disclose|provide|reveal|communicate|bring|submit|hand over|pass on|divulge|report)|\b(?:obligation|duty) to (?:share|disclose|speak|provide|reveal|communicate)|\bfull disclosure (?:is|will be) (?:required|expected|mandatory)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:all|any) (?:relevant )?info(?:rmation)?(?: [a-z'-]{1,40}){0,5} (?:must|shall|has to|is to) be (?:shared|disclosed|provided|communicated|passed on|submitted)",
        DisclosureMandatory,
    ),
    (
        r"\b(?:professional )?secrecy (?:cannot|may not|can't|shall not) be (?:invoked|relied upon|used|raised)|\b(?:cannot|may not|can't) (?:invoke|rely on|hide behind) (?:your )?(?:professional )?secrecy",
        FixedDisclosureMandatory,
    ),
    (
        concat!(
            r"\b",
            person!(),
            r"(?: [a-z'-]{1,40}){0,3} (?:(?:has|have|had|will) (?:already )?(?:been|be)|is|are|was|were) (?:duly |fully |also |already )?(?:informed|notified|told|made aware|advised|aware)"
        ),
        PersonInformed,
    ),
    (
        concat!(
            r"\b(?:we|i) (?:have|will|shall|had|has)? ?(?:already |duly )?(?:informed|notified|told|advised|inform|notify|tell) (?:him\b|her\b|",
            person!(),
            ")"
        ),
        PersonInformed,
    ),
    (
        concat!(
            r"\b",
            person!(),
            r"(?: [a-z'-]{1,40}){0,3} (?:knows?|are aware|is aware|know about|knows about|agreed to|agrees to|consented to|consents to) (?:that )?(?:this|the|our) (?:case )?(?:meeting|consultation)"
        ),
        PersonInformed,
    ),
    (
        concat!(
            r"\b",
            person!(),
            r"(?: [a-z'-]{1,40}){0,3} (?:is|are|will be|may be|has been|have been|can be|could be) (?:also )?(?:invited|welcome|heard|able to attend|given the opportunity|asked to join|asked to attend)|\b",
            person!(),
            r"(?: [a-z'-]{1,40}){0,2} (?:may|can|will|could) (?:attend|be heard|take part|join|participate|give (?:their|his|her) (?:point of )?view)|\b",
            // "L.'s mother has been told that this consultation will take place and has been
            // invited to attend its first half-hour" (the first clause is read as informed;
            // the professionals are not invited to a part of it).
            r"\b(?:and (?:has|have) (?:also )?been|and (?:is|are) (?:also )?|will (?:also )?be|may (?:also )?be) (?:invited|offered the (?:chance|opportunity|possibility)) to (?:attend|join|take part in|come to|be present at)(?: for)? (?:the |its )?(?:first|last|opening|final|start|beginning|end)\b"
        ),
        PersonInvited,
    ),
    (
        concat!(
            r"\b(?:we|i) (?:will|shall|have)? ?(?:also )?(?:invite|invited|hear) ",
            person!()
        ),
        PersonInvited,
    ),
    (
        r"\b(?:will|may|can|shall) (?:also )?be (?:invited|asked|given the opportunity|able) to (?:give|express|share|present|explain) (?:their|his|her) (?:own )?(?:point of view|views?|side|perspective|observations)",
        PersonInvited,
    ),
    // "she can come at the end to give her point of view".
    (
        r"\b(?:he|she|they) (?:can|may|could|will) (?:also )?(?:come|join|attend)(?: [a-z]{1,12}){0,4} to (?:give|express|share|present|explain) (?:their|his|her) (?:own )?(?:point of view|views?|side|perspective|story)",
        PersonInvited,
    ),
];
