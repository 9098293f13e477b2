//! English cues that tell a convocation to a case consultation from other texts.

use crate::extract::convocation::Cue::{self, *};

/// Cues, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    // A reply that sets the meeting: "Let's do it on the 3rd at noon, at your office".
    (
        r"\blet's (?:do it|meet|make it|go for|get together|sit down)(?: on| at| next| this)\b",
        Invitation,
    ),
    // Someone else's invitation, told: "whether they are invited to be heard", "several
    // members have been invited to case consultations by the police".
    (
        r"\b(?:is|are|has been|have been|was|were) (?:also )?invited to be heard\b|\b(?:are|were|has been|have been|had been)(?: often| regularly| increasingly)? (?:invited|convened|summoned) to (?:case consultations|consultations|meetings|several|such)\b",
        Aside,
    ),
    // Before the title below: "CONVOCATION TO A HEARING" is a hearing's.
    (
        r"(?:^|\n)(?:\*\*)?(?:convocation|summons) (?:to|for) (?:a |an |the )?(?:hearing|interview|audition)\b|(?:^|\n)(?:subject|re) ?: ?(?:invitation|convocation|summons) (?:to|for) (?:a |an |the )?(?:hearing|interview|audition)\b",
        Court,
    ),
    // Summoned in the third person or the passive, or under a "Convocation" title: "Ms B.,
    // social worker, is invited to…", "the following partners are convened", "a case
    // consultation is hereby scheduled", "DECISION … convening a case consultation".
    (
        r"\b(?:is|are|has been|have been) (?:hereby |kindly |cordially |duly |formally )?(?:invited|convened|summoned)(?: to| for| on| at|,|\s{0,3}:)|\bis hereby (?:scheduled|called|organi[sz]ed)\b|\b(?:convening|convenes) (?:a|the|this) (?:case|meeting|consultation|session)\b|\b(?:members|partners|participants|services|professionals) convened\b|(?:^|\n)(?:\*\*)?(?:convocation|notice of meeting)(?:\s{0,3}(?:\n|$|:|\*\*|-)| (?:to|for|of|no\.?) )|(?:^|\n)(?:\*\*)?notice of (?:a |the )?(?:case consultation|casusoverleg|case conference|consultation)\b|(?:^|\n)(?:\*\*)?invitation\s{0,3}[-:]\s{0,3}(?:to )?(?:a |the )?(?:case consultation|casusoverleg|case conference)\b",
        Invitation,
    ),
    // A calendar invitation's answer buttons: "Reply  Yes · Maybe · No", "Participer ?
    // Oui – Peut-être – Non".
    (
        r"\byes\s{0,3}[·|/-]\s{0,3}maybe\s{0,3}[·|/-]\s{0,3}no\b|\baccept\s{0,3}[·|/-]\s{0,3}tentative\s{0,3}[·|/-]\s{0,3}decline\b|\boui\s{0,3}[·|/-]\s{0,3}peut-etre\s{0,3}[·|/-]\s{0,3}non\b|\baccepter\s{0,3}[·|/-]\s{0,3}provisoire\s{0,3}[·|/-]\s{0,3}refuser\b",
        Invitation,
    ),
    // A reminder or a text message that convenes without a greeting: "Reminder: case
    // consultation tomorrow 9.30 … Attendance required, please confirm".
    (
        r"(?:^|\n)(?:friendly |quick )?reminder\b[^\n:]{0,30}: ?(?:the |our |your )?(?:case consultation|consultation|meeting|casusoverleg|lisc|csil)\b|(?:^|\n)(?:friendly |quick )?reminder (?:for|to)(?: [^\n:. ][^\n:.]{0,24}?)? (?:the |our |your )?(?:case consultation|consultation|meeting|casusoverleg|lisc|csil)\b[^\n]{0,80}?\b(?:tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|h)|\d{1,2}[:.]\d\d)|\bplease confirm (?:your attendance|your participation|you can attend)",
        Invitation,
    ),
    (
        r"(?:^|\n)(?:subject|re) ?: ?(?:re: ?)?complaint\b|\bwe (?:are writing to )?complain\b|(?:^|\n)(?:re: ?)?your complaint (?:of|dated)\b|\bin which you complain\b",
        Decline,
    ),
    (
        r"\b(?:invited|convened) (?:partners|members|services|participants)\s{0,6}:|\bhopefully you\b|\bcould we (?:do|meet|make it|say)\b|\b(?:can|could|will) (?:you|u) (?:make it|come|be there|join us|join)\b",
        Invitation,
    ),
    (
        r"\bwe (?:will |shall )?meet (?:in|at|on)\b|\b(?:want|wish|would like) to sit down together\b",
        Organize,
    ),
    (r"\bsit down together\b", TopicStrong),
    (
        r"\bno (?:individual|particular) (?:case|file|situation)s?(?: or (?:case|file|situation)s?| or personal (?:data|information))? (?:will|is to|are to) be\b|\b458 ?ter (?:therefore |thus |hence )?does not apply to (?:this|the|our) (?:meeting|session|plenary|gathering)\b|\b(?:this|the|our) (?:meeting|session|plenary|gathering|hearing|interview|conversation|visit) is not a case consultation\b|\b(?:it|this) is not an? (?:formal )?(?:case consultation|casusoverleg|case conference)\b|\b(?:it|this (?:meeting|session|morning|afternoon|event)) does not constitute an? case consultation\b",
        Memo,
    ),
    // A meeting held with the family, not about it: "The idea is not to exchange
    // information about Theo behind his back".
    (
        r"\b(?:the idea|the aim|the purpose|the point) (?:is|will be) not to (?:exchange|share|pass on) information\b",
        Memo,
    ),
    (
        r"\b(?:we|i) (?:wish to |want to |must )?(?:complain|object|protest)\b|\b(?:formal |our )complaint\b",
        Decline,
    ),
    (
        r"\b(?:case consult\b|joint meeting|(?:meeting|consultation) (?:will|would) bring together|local integrated security cell|lisc-r|multi-?agency meeting|professionals'? meeting)",
        TopicStrong,
    ),
    (
        r"\b(?:(?:and|as well as|besides) yourself|taking part,? besides yourself)\b|\band you,? as (?:the |his |her |their |a )|[;,] you,? as (?:the |his |her |their |a )",
        Invitation,
    ),
    (
        r"(?:^|\n)(?:all|hi all|hello all|dear all|team|colleagues|hi everyone|hello everyone|heads up(?: all| everyone| team)?)\s{0,6}[,!:]",
        Salutation,
    ),
    // A message addressed by name after its stamp: "Tue 6 May 2025, 18:22 — Dr Okafor, case
    // consultation …".
    (
        r"[—–-] (?:dr|doctor|docteur|mr|mrs|ms|madame|monsieur|maitre) [a-z][a-z'-]{1,30},",
        Salutation,
    ),
    // A chat's greeting: "hey team 👋 quick one!!".
    (
        r"(?:^|\n)(?:hey|hi|hello|morning|good morning) (?:team|all|everyone|folks|guys|both|there|y'all)\b",
        Salutation,
    ),
    (
        r"\b(?:thank you|(?:many |a lot of )?thanks)(?: all| again| so much| very much){0,2} for (?:taking part|attending|participating|coming|your (?:participation|presence|contribution|input)) (?:in|at|to) (?:the|our|this|last|yesterday's|today's|this morning's|last week's|monday's|tuesday's|wednesday's|thursday's|friday's)\b|\b(?:thank you|thanks)(?: all| again| so much| very much){0,2} for (?:yesterday's|today's|this morning's|last week's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:casusoverleg|case consultation|consultation|meeting|session)\b",
        Decline,
    ),
    (
        r"(?:^|\n)(?:subject|re) ?: ?(?:(?:re|fw|fwd) ?: ?){0,6}[^\n]{0,30}\b(?:case )?consultation\b",
        TopicStrong,
    ),
    (
        r"\b(?:see you (?:on|at|next)|let me know if (?:that|this|it) (?:works|suits)|we look forward to (?:welcoming|seeing) you)\b",
        Invitation,
    ),
    (
        r"\b(?:consultation|meeting) (?:between|among|of|with) (?:the )?(?:professionals|practitioners|services|partners|agencies)\b|\bbring (?:the )?(?:professionals|practitioners|services|partners)(?: involved| concerned)? together\b|\bmultidisciplinary meeting\b|\bnetwork meeting\b|\bcase (?:review|discussion) meeting\b|\bcase huddle\b|\bcase (?:meetings?|mtgs?)\b",
        TopicStrong,
    ),
    (
        r"\b(?:not for external circulation|(?:to|attn) ?: ?all (?:staff|colleagues|employees|members|teams))\b",
        Memo,
    ),
    (
        r"\b(?:we'd|we would|i'd|i would|we'd really|we really) (?:like|love|want) you to (?:join|attend|come|take part|be there|participate|be present)",
        Invitation,
    ),
    (
        r"\byour (?:participation|presence|attendance) (?:in|at) (?:a|the|this|our)\b",
        Invitation,
    ),
    (
        r"\b(?:would like|want|wish|intend|plan|wants|wishes|intends|plans) to (?:bring (?:[a-z' ]{0,40})?together|gather|convene|meet|hold|organi[sz]e|discuss)\b",
        Organize,
    ),
    (
        r"\b(?:will|shall) (?:soon |shortly )?(?:discuss|examine|look at|consider|review) (?:the |a |her |his |their )?(?:file|case|situation)\b",
        Organize,
    ),
    (
        r"\bwants? a (?:case )?(?:consultation|casusoverleg|case conference|concertation)\b",
        Organize,
    ),
    (
        r"\b(?:we'll|we will|we shall|i'll|i will) (?:hold|organi[sz]e|convene|have) (?:the|a|an|our) (?:[a-z-]{1,20} )?(?:case consultation|consultation|meeting|casusoverleg|case conference)\b",
        Organize,
    ),
    (
        r"\b(?:consultation|meeting|casusoverleg|overleg|concertation)(?: [a-z'-]{1,40}){0,4} (?:will|shall) be (?:organi[sz]ed|convened|called)\b",
        Organize,
    ),
    (
        r"(?:^|\n)(?:madam|sir|sirs|madam or sir|sir or madam|colleagues?|dear all|hi)\b[^\n]{0,30}(?:,|!|:|\n)|(?:^|\n)hi\b[^\n.]{0,30}\.|(?:^|\n)(?:hi|hello|hey) [a-z][a-z'-]{1,20}(?: |,|!|\n)",
        Salutation,
    ),
    // "the mayor convenes the cell on Thursday 5 February", « le bourgmestre convoque la
    // cellule le jeudi 5 février ».
    (
        r"\b(?:convenes|is convening|will convene|hereby convenes|convoque|convoquera) (?:the|a|an|this|la|le|cette|ce) (?:cell|lisc(?:-r)?|livc(?:-r)?|csil(?:-r)?|network|case table|cellule|reseau|concertation)\b",
        Invitation,
    ),
    // A reply that acknowledges an invitation quoted below it: "Received, thanks. I'll be
    // there on Thursday.", « Bien reçu, merci ».
    (
        r"(?:^|\n)(?:received|noted|well received|got it|duly noted)[,.!]? (?:thanks|thank you|many thanks|thx)\b|(?:^|\n)(?:bien recu|bien note|c'est note)[,.!]? merci\b",
        Decline,
    ),
    // A note: « merci de venir ! », « merci d'être présent(e) ».
    (
        r"\bmerci de (?:venir|passer|vous joindre a nous|etre present(?:e|s|es)?|etre la)\b",
        Invitation,
    ),
    // Its writer was invited and asks about it: « le CPAS m'invite à une concert. de cas …
    // je suis obligée d'y aller ?? », "the CPAS invited me to a case consultation".
    (
        r"\b(?:m'invite|m'a invitee?|me convoque|m'a convoquee?) a (?:une|la|leur|sa|cette) (?:concert|reunion|seance|csil)|\bj'ai ete (?:invitee?|convoquee?) a (?:une|la|cette) (?:concert|reunion|seance|csil)|\b(?:invited|invites|has invited|have invited|summoned) me to (?:a|the|their|its|this) (?:case consult|case conference|casusoverleg|meeting|lisc|livc)|\bi(?:'ve| have)? (?:been|got|was) (?:invited|summoned|convened) to (?:a|the|their|this) (?:case consult|case conference|casusoverleg|meeting|lisc|livc)",
        Relayed,
    ),
    // A convocation still to come: « S'il y a une nouvelle convocation elle viendra par
    // courrier », "a new invitation will follow".
    (
        r"\b(?:une|la) nouvelle convocation (?:vous )?(?:viendra|suivra|sera envoyee|vous sera adressee|arrivera)\b|\bs'il y a une nouvelle convocation\b|\ba new (?:invitation|convocation) will (?:follow|be sent)\b",
        Cancel,
    ),
    // A report's chapter ("Family Justice Centre — Annual Report 2025 — Chapter 4"), which
    // "does not describe any individual situation".
    (
        r"\b(?:annual report|rapport annuel|jaarverslag) (?:19|20)\d{2}\b",
        Notice,
    ),
    (
        r"\b(?:does|do|will) not (?:describe|discuss|concern|deal with|address) any (?:individual|particular|specific) (?:situation|case|file)s?\b|\bne (?:decrit|traite|concerne|aborde) aucune? (?:situation|cas|dossier) (?:individuel(?:le)?|particulier|particuliere)\b",
        Memo,
    ),
    // A Brussels greeting in Dutch: "Dag allemaal / hi all", « Beste collega's, ».
    (
        r"(?:^|\n)(?:dag|hallo|goedemorgen|goedemiddag|beste) (?:allemaal|iedereen|collega'?s|[a-z][a-z'-]{1,20})\b",
        Salutation,
    ),
    // "confirming the case consultation re S. tmrw Wed 11/03": the meeting restated to
    // those it convenes.
    (
        r"\b(?:i'm |i am |we're |we are |just |this is to )?confirm(?:ing)? (?:the|our|tomorrow's|today's|next week's) (?:case consultation|casusoverleg|case conference)\b",
        Invitation,
    ),
    (
        r"\b(?:je |nous )?(?:vous )?confirm(?:e|ons) (?:la|notre) concertation(?: de cas)?\b",
        Invitation,
    ),
    (r"(?:^|\n)(?:to|attn|attention) ?[:|]", Salutation),
    // A calendar entry addresses its attendees: "Organizer: prevention service".
    (
        r"(?:^|\n)(?:organi[sz]er|organisateur|organisatrice|organisator)\s{0,3}:",
        Salutation,
    ),
    // "TO THE PARTNERS LISTED BELOW", « Aux partenaires du réseau ».
    (
        r"(?:^|\n)(?:to|aux|aan) (?:the |all |our |de )?(?:partners|participants|members|services|addressees|partenaires|membres|destinataires|deelnemers|partners)\b",
        Salutation,
    ),
    // A chat message that opens on the names it calls ("@Aline Vervoort @Julie Renard …").
    (r"\n@[a-z]", Salutation),
    // A form that invites its addressee: "INVITATION FORM – CASE CONSULTATION" ("convocation
    // form" is with the French cues), a "NOTICE TO PARTICIPANTS", a "REQUEST TO TAKE PART IN
    // A CASE CONSULTATION" (« demande de participation à une concertation de cas »).
    (
        r"\binvitation form\b|\bnotice to (?:the )?(?:participants|partners|members|attendees)\b|\b(?:request|invitation|summons) to (?:take part|participate) in (?:a|the|this) (?:case consultation|casusoverleg)\b|\bdemande de participation a (?:une|la) concertation de cas\b",
        Invitation,
    ),
    // A calendar invitation pasted as text: its meeting link's boilerplate, its attendees.
    (
        r"\bjoin on your computer,? mobile app or room device\b|\bclick here to join the meeting\b|(?:^|\n)(?:required|optional) attendees\s{0,3}:",
        Invitation,
    ),
    // A text that serves as the convocation: "These minutes serve as the convocation to the
    // next meeting", "stands as notice of the meeting".
    (
        r"\b(?:serves?|serving|stands?|counts?|acts?) as (?:the |your |a )?(?:formal )?(?:convocation|invitation|notice of (?:the )?meeting)\b",
        ServesAs,
    ),
    // A decision that convenes: "Article 4. The consultation shall be held on Tuesday 28
    // April 2026 at 2 p.m.", "The following shall take part:".
    (
        r"\b(?:the|this) (?:case )?consultation shall (?:be held|take place|convene) on\b|\bthe following (?:persons |services |members )?shall (?:take part|attend|participate|sit)\b",
        Invitation,
    ),
    // A calendar file's event sent to its attendees ("BEGIN:VEVENT … ATTENDEE;CN=…").
    (r"(?:^|\n)attendee;[^\n:]{0,60}cn=", Salutation),
    (
        r"\b(?:your availability|are you available|(?:whether|if) you (?:are|would be|will be|can be) available|(?:whether|if) you (?:can|could|will|would) (?:attend|take part|participate|join|come)|we propose (?:a|the|to meet)|we would be grateful if you (?:could|would) (?:attend|take part|join|participate))\b",
        Invitation,
    ),
    (
        r"\b(?:decided|decides|decide|agreed) to (?:convene|organi[sz]e|hold|call|schedule|open) (?:a |an |the )?(?:case )?(?:consultation|meeting|conference)\b",
        Organize,
    ),
    (
        r"\b(?:i|we) (?:will|shall|would|must|have to|am going to|are going to)? ?(?:not|be unable to|unfortunately not) (?:attend|take part|participate|be attending|be present|be taking part|come to (?:this|the|your) (?:meeting|consultation|case consultation))\b|\b(?:i|we) (?:won't|will not|cannot|can't) (?:come|attend) (?:to )?(?:this|the|your) (?:meeting|consultation|case consultation)\b",
        Decline,
    ),
    (
        r"\b(?:i|we) (?:must |have to |regret(?:fully)? |respectfully |will have to |therefore ){0,6}(?:decline|refuse|am unable to attend|are unable to attend|cannot attend|can't attend|won't attend|will not be attending)\b",
        Decline,
    ),
    (
        r"\b(?:thank you|thank u|thanks) for (?:your|ur|the) invitation\b",
        Decline,
    ),
    // Questions before answering: "Before confirming my attendance, …", "I will let you
    // know whether I will take part".
    (
        r"\bbefore (?:i )?confirm(?:ing)? (?:my|our) (?:attendance|participation|presence)\b|\bbefore (?:i|we) decide (?:whether|if) (?:to|i will|we will|i'll|we'll|i should|we should) (?:attend|take part|participate|come|go)\b|\b(?:i|we)(?: will| shall|'ll) (?:let you know|tell you|confirm) (?:then )?(?:whether|if) (?:i|we) (?:will )?(?:attend|take part|participate|join|come)\b",
        Decline,
    ),
    // A complaint about a consultation held: "NOBODY TOLD ME!!!", "I will call my lawyer".
    (
        r"\b(?:i|we) (?:wish to |want to )?(?:complain|protest|object to|contest)\b|\b(?:my|our) (?:formal )?complaint\b|\b(?:nobody|no one) (?:had |has |ever )?(?:told|informed|asked|warned|consulted|contacted|said (?:a word|anything) to) (?:me|us|my|our)\b|\b(?:i|we) (?:will|shall) (?:call|contact|consult|see) (?:my|our) lawyer\b|\bwho gave you the right\b",
        Decline,
    ),
    // A meeting that rests on the patient's consent, not on art. 458ter: "Mr L.S. has signed a
    // written consent for us to discuss his treatment with each of you".
    (
        r"\bconsent for us to (?:discuss|share|talk about|exchange)\b|\b(?:only )?share what falls within (?:that|this|his|her|their) consent\b",
        Memo,
    ),
    // Texts about convocations: a case note on a judgment, an audit report.
    (
        r"\bcase (?:note|law commentary)\b|(?:^|\n)keywords\s{0,3}:|\bthe court (?:held|ruled|recalled) that\b|\b(?:internal )?audit (?:report|department|finding)\b|\bmanagement response\b",
        Memo,
    ),
    // A question put to a legal helpdesk about a meeting others organise: "My questions:
    // 1. …".
    (
        r"(?:^|\n)(?:my|our) questions?\s{0,3}:|\b(?:may|might|could) (?:i|we) (?:kindly |please )?ask(?: you)?(?: the following)?\s{0,3}:|\bwhether (?:a representative of (?:the|our) [a-z]{1,20}|someone from (?:the|our) [a-z]{1,20}|one of us|we) (?:could|may|might|can) (?:attend|take part|participate|be heard)\b|\b(?:nobody|no one) has (?:actually |yet |formally )?(?:invited|convened|asked) me\b|\bi (?:have not|haven't) (?:yet |actually )?been (?:invited|convened)\b|\bi(?:'m| am) writing (?:to you )?(?:to ask (?:for (?:your )?(?:advice|guidance|help|an opinion)|a (?:few |couple of )?questions?|about|what|how|whether (?:i|we)|if (?:i|we))|because (?:we|i) (?:are|am) (?:a bit |somewhat |rather )?(?:lost|unsure|confused))\b",
        Memo,
    ),
    // Advice on an invitation the reader received: "Thank you for forwarding the letter you
    // received from the Family Justice Centre".
    (
        r"\bthank(?:s| you) for forwarding (?:me )?(?:the|your|their|this) (?:letter|invitation|convocation|e-?mail|summons)\b|\bthe (?:letter|invitation|convocation|summons) you (?:have )?(?:received|got) from (?:the|a|an|their)\b",
        Decline,
    ),
    // Advice on an invitation someone else sent: "good that you asked before replying to the
    // municipality" (a reply to a colleague, not the convocation).
    (
        r"\bbefore (?:you )?(?:reply(?:ing)?|answer(?:ing)?|respond(?:ing)?) to (?:their (?:invitation|convocation|summons)|(?:the|their) (?:municipality|city|town|commune|mayor|prosecutor|police|organi[sz]ers?|cell|livc|lisc|cpas|pcsw|ocmw|school))\b",
        Decline,
    ),
    // A reply: "we have decided not to take part", "your letter inviting us to the
    // consultation", "Subject: your invitation to the case consultation of 11 December".
    (
        r"\b(?:we|i) (?:have )?(?:decided|chosen) not to (?:attend|take part|participate|be present|join)\b|\binviting (?:us|me) to (?:the|a|this|your|attend|take part|participate)\b|(?:^|\n)(?:subject|re) ?: ?(?:re ?: ?)?your (?:invitation|convocation|summons)\b",
        Decline,
    ),
    (
        r"\b(?:invite you|invitation) to (?:a |an |the |our |this )?(?:[a-z0-9-]{1,20} ){0,2}(?:training|seminar|workshop|conference|webinar|study day|information (?:session|afternoon|morning|evening|day)|lecture|round table|symposium)",
        Event,
    ),
    (
        r"\b(?:half-day|half day|one-day|full-day|evening|lunchtime|afternoon|morning) (?:seminar|training|workshop|conference|symposium|study session|session for)\b|(?:^|\n)training ?:|\bwhat we will cover\b|\b(?:registration|enrolment|enrollment) is (?:requested|needed|open)\b|\baccreditation\b",
        Event,
    ),
    // Minutes of a meeting already held: the title, attendance lists, "held on".
    (
        r"(?:^|\n)(?:(?:verslag|compte rendu|proces-verbal|pv) ?/ ?)?(?:minutes|record of (?:the )?(?:meeting|consultation))(?: of\b|\s{0,3}[:–-])",
        Record,
    ),
    (
        r"(?:^|\n)(?:present|excused|apologies|absent|in attendance|attendees)\s{0,6}(?::|\n[-•*]|\n[a-z][a-z ]{0,30} \| )",
        Record,
    ),
    (
        r"\b(?:meeting|consultation|session),? held (?:[a-z]{1,20} ){0,3}on\b|\bno (?:further|other|new) (?:case )?(?:consultations?|meetings?) (?:is|are|has been|have been) (?:planned|scheduled|foreseen)\b",
        Record,
    ),
    (
        r"(?:^|\n)(?:subject|re|object) ?: ?(?:(?:re|fw|fwd) ?: ?){0,3}(?:minutes|record of (?:the )?(?:meeting|consultation)|report of (?:the )?(?:meeting|consultation))\b",
        Record,
    ),
    // A calendar's reminder of a meeting gone by: "Overdue by 3 days", "Status: held".
    (
        r"\boverdue by \d{1,3} (?:days?|hours?|weeks?)\b|(?:^|\n)status ?: ?(?:meeting |event )?(?:held|completed|past|closed|ended)\b",
        Record,
    ),
    // A meeting already held: "took place yesterday", "Thanks to all who came".
    (
        r"\b(?:took place|was held|met|happened) (?:yesterday|this morning|last (?:week|night|monday|tuesday|wednesday|thursday|friday))\b|\bthank(?:s| you) (?:to )?(?:all|everyone|everybody|you all)(?: of you)? (?:who came|who attended|for coming|for attending|for being there)\b",
        Record,
    ),
    // A privacy notice about consultations convenes no one.
    (
        r"(?:^|\n)(?:privacy (?:notice|statement|policy)|data protection (?:notice|statement|policy))\b",
        Notice,
    ),
    // A list headed "Who is invited".
    (
        r"(?:^|\n)(?:who is invited|who is convened|who are invited|invitees|invited participants|who takes part|who will take part|who will attend|who (?:i've|i have|we've|we have) invited)\s{0,6}(?::|\n)",
        Invitation,
    ),
    (
        r"\b(?:consultation|meeting) (?:will|would) (?:bring together|gather|assemble)\b",
        Organize,
    ),
    (
        r"\b(?:research )?focus groups?\b|\bresearch (?:project|study|interviews?)\b|\b(?:participate|take part) in (?:our|a|this) (?:study|survey|research)\b",
        Event,
    ),
    (
        r"\b(?:training|seminar|workshop|webinar|study day|symposium|lecture|information session) (?:on|about|dedicated to|entitled|devoted to)\b|\b(?:half-day |one-day )?information briefing\b|\bgeneral information session\b",
        Event,
    ),
    (
        r"\b(?:registration (?:form|fee|(?:is )?(?:free|required|mandatory|compulsory|essential))|(?:please )?register (?:by|before|via|online|here|through|at)|sign up (?:for|via|here)|places are limited|participation fee|cpd points|training (?:day|session|course|programme|program)|lunch (?:is|will be) (?:provided|served)|speakers? (?:include|will be)|certificates? of attendance|copy of the slides|keynote)\b",
        Event,
    ),
    // A training's own page: its title line ("MANDATORY SAFEGUARDING WORKSHOP – …"), its
    // trainer, its programme, a choice of sessions.
    (
        r"\b(?:workshop|seminar|webinar|training session|info(?:rmation)? (?:session|evening|afternoon|morning))(?: - |\s{0,3}\n|\s{0,3}:)|(?:^|\n)(?:trainers?|speakers?|facilitators?|programme|program)\s{0,3}(?::|\n)|\bone of the (?:two|three|four) sessions\b|\binfo(?:rmation)? (?:session|evening) (?:on|about)\b",
        Event,
    ),
    // A meeting of debtors with their creditors ("réunion de concertation avec vos
    // créanciers"): debt mediation, not a case consultation.
    (
        r"\b(?:meeting|consultation) with (?:all )?(?:your|their|his|her|the) creditors\b|\b(?:amicable |negotiated )?payment plan\b",
        Event,
    ),
    (
        r"\b(?:team|staff|departmental|monthly team) meeting\b|\bgeneral assembly\b|\b(?:will|shall) not (?:discuss|examine|deal with|look at) (?:any )?individual (?:cases|files|situations|young people|families|persons|children)\b|\bshould not share (?:any )?information covered by professional secrecy\b|\b(?:meeting of|convening) the task ?force\b|\btask ?force meeting\b|\b(?:extraordinary |ordinary |annual )?(?:board meeting|meeting of the (?:board|board of directors|management committee))\b|\bintervision\b|\bmeeting of the (?:municipal|city|town|communal|provincial|social welfare) council\b|\b(?:municipal|city|town|communal) council meeting\b|(?:^|\n)(?:public|closed) session\s{0,3}(?:\n|:|$)",
        Event,
    ),
    // A committee that meets about the practice, not about someone: "The steering committee
    // meets on 8 December to prepare it", "a working group … will meet on 3 February".
    (
        r"\b(?:steering (?:committee|group)|working group|editorial (?:board|committee)|coordination committee)(?: [a-z,'()-]{1,20}){0,12} (?:meets|will meet|is meeting|shall meet|will convene|will gather)\b|\bmeeting of the (?:steering (?:committee|group)|working group|editorial (?:board|committee)|coordination committee)\b",
        Event,
    ),
    (
        r"(?:^|\n)(?:subject|re|object) ?: ?(?:request for (?:a |an )?)?(?:hearing|interview|audition)\b|\b(?:hear|interview|question|summon|call) you as a witness\b|(?:^|\n)(?:subject|re|object) ?: ?summons to appear\b|\byou (?:are|have been) (?:hereby )?summoned to appear\b|\b(?:summon(?:ed|s)? to appear|appear (?:before|in) (?:the )?court|court hearing|hearing (?:before|at) the (?:youth |juvenile |family )?(?:court|judge)|as a witness|registry of the|court clerk|witness summons)\b",
        Court,
    ),
    (
        r"\b(?:disciplinary (?:hearing|procedure|proceedings|interview|board|chamber|council|committee)|preliminary hearing|summoned to a hearing)\b",
        Court,
    ),
    // The operative verb of a decision, on a line of its own: "… Having regard to …;
    // CONVENES Ms X to a case consultation".
    (
        r"(?:^|\n)(?:convenes|convokes|summons|hereby convenes)\s{0,3}(?::|\n)",
        Invitation,
    ),
    // A reply: the receipt of the invitation acknowledged, the sender's service not coming.
    (
        r"\backnowledge (?:the )?receipt of your (?:invitation|convocation|letter)\b|\b(?:regret|are sorry|am sorry) (?:to (?:say|inform you|tell you) )?that (?:we|i|our [a-z]{2,20}) (?:will|would|shall|can|could) not be able to (?:take part|attend|participate|join|be present)\b|\b(?:regret|are sorry|am sorry) (?:to (?:say|inform you|tell you) )?that the [a-z]{2,20} (?:will|would|shall|can|could) not be able to (?:take part|attend|participate|join|be present) in (?:the (?:case )?consultation you are (?:organi[sz]ing|holding|convening)|your (?:case consultation|consultation|meeting))\b|\b(?:we|i|our service|our team) (?:will|shall) not (?:be taking part|take part|participate|attend) in (?:this|the|your) (?:consultation|case consultation|meeting)\b",
        Decline,
    ),
    // A letter to someone who is told they will not take part: the person concerned
    // informed of the consultation.
    (
        r"\byou will not (?:take part in|attend|be present at|participate in|be at) (?:this|the) (?:meeting|consultation|case consultation)\b|\b(?:about|concerning|regarding) your (?:own )?situation\b|\byou are not (?:being )?(?:convened|summoned|invited|asked) to (?:attend )?(?:this|the) (?:meeting|consultation|case consultation)\b|\b(?:involved|working) with you and your (?:children|child|family|son|daughter)\b|\bprotect you and your (?:children|child|family|son|daughter)\b|\bhave the right to (?:attend|come|be heard|take part)\b",
        Memo,
    ),
    // A subject line that names a training or a seminar: what the letter invites to.
    (
        r"(?:^|\n)subject ?: ?(?:\[?invitation\]? ?[:|-]? ?(?:to )?)?(?:(?:a|an|the|our|lunch|online|half-day|one-day|evening|afternoon|morning|free|annual) ){0,2}(?:webinar|seminar|training|workshop|conference|study day|info(?:rmation)? session)\b",
        Memo,
    ),
    // The prosecutor's authorization itself: "The FJC is authorised, from 1 February 2027
    // to 31 January 2029, to organise case consultations".
    (
        r"\b(?:is|are) (?:hereby )?authori[sz]ed,?(?: [a-z0-9,]{1,12}){0,10} to (?:organi[sz]e|hold|convene) case consultations\b|\b(?:i|we) (?:have |hereby )?authori[sz]ed? (?:the )?(?:[a-z\x22'-]{1,20} ){1,6}to (?:organi[sz]e|hold|convene) case consultations\b|\bcase consultations (?:within the meaning of (?:article|art\.) 458 ?ter(?: of the criminal code)? )?may be (?:organi[sz]ed|held|convened) by\b|\bthis (?:authori[sz]ation|decision) (?:is|shall be|remains) valid (?:for|until)\b",
        Memo,
    ),
    // A job application's interview, whatever its exercise ("you will chair a simulated case
    // consultation").
    (
        r"\b(?:you have been shortlisted|your application for the (?:post|position|job|vacancy)|job interview|selection (?:procedure|interview|panel|committee))\b",
        Memo,
    ),
    // A training's exercise: "a mock case consultation", "role play".
    (
        r"\b(?:mock|fictional|fictitious|simulated) (?:case consultation|casusoverleg|convocation)s?\b|\brole[- ]plays?\b",
        Event,
    ),
    // The first invitations are still to come: this letter convenes no one yet.
    (
        r"\bthe first (?:invitations|convocations)(?: to [a-z' ]{3,40})? will (?:be sent|follow|reach you)\b|\bwill send (?:individual |separate |the )?(?:invitations|convocations) (?:for each|to each|case by case|as cases)\b",
        Memo,
    ),
    // A request that says it is not made in a case consultation.
    (
        r"\bthis is not a (?:case consultation|casusoverleg|case conference)\b|\b(?:satisfaction|evaluation) (?:survey|questionnaire)\b|\b(?:this|our|a|the) (?:(?:short|brief|anonymous|online|quick) ){1,3}(?:survey|questionnaire)\b|(?:^|\n)subject ?: ?[^\n]{0,40}\bsurvey (?:on|about|of) (?:case consultations|casusoverleg|the practice)\b",
        Memo,
    ),
    (
        r"\b(?:asks?|asking|request(?:s|ing)?) (?:you )?to be invited\b|\b(?:asks?|asking|request(?:s|ing)?) (?:that )?you invite (?:me|us|my client|our client)\b",
        Decline,
    ),
    (
        r"\b(?:i'd|we'd|i would|we would) like (?:a|to have a|to hold a|to organi[sz]e a|to set up a) (?:case consultation|casusoverleg|case conference|multidisciplinary meeting|network meeting)\b|\b(?:i'd|we'd|i would|we would) (?:like|love) to (?:get|bring|gather|have) (?:all of us|us all|everyone|everybody|all (?:the )?(?:services|partners|professionals|parties)(?: involved)?) (?:together )?(?:around|round|at) (?:one|the same|a|the) table\b",
        Invitation,
    ),
    (
        r"\b(?:this|the|our|my) (?:request|letter|e-mail|email|message) is not (?:part of |made (?:in|under) the (?:context|framework) of |made in |made under )?a case consultation\b",
        Memo,
    ),
    (
        r"\bno (?:meeting|consultation|date) (?:is|has been|is being|will be) (?:planned|scheduled|foreseen|organi[sz]ed|set|fixed)(?: (?:yet|so far|for now|until then|at this stage))?\b|\b(?:we )?cannot (?:yet )?commit to a date\b",
        Cancel,
    ),
    // An annual review, a study morning, a simulated case: events, not a consultation
    // (a letter that convenes one may mention them as other meetings).
    (
        r"\bannual (?:evaluation|review|assessment) meeting\b|\bstudy (?:morning|afternoon|day)\b|\brole-?play\b|\b(?:simulated|fictitious|mock) (?:case|consultation)\b",
        Event,
    ),
    (r"\bno (?:convocation|invitation) will be sent\b", Memo),
    // A document titled as an agreement or a report, on a line of its own: "COOPERATION
    // PROTOCOL", "Annual report 2024", "TABLE OF CONTENTS" (not a letter that cites one).
    (
        r"(?:^|\n)(?:# |## )?(?:(?:cooperation|collaboration|partnership) (?:protocol|agreement)|annual report|activity report|table of contents)(?: (?:19|20)[0-9]{2})?[* ]{0,4}\n",
        Memo,
    ),
    // "Would you be willing to take part in a short case consultation about Mr K.?"
    (
        r"\bwould you be (?:willing|able|available|ok|okay|happy) to (?:attend|join|take part|participate|come)\b",
        Invitation,
    ),
    // "this is a practical meeting, not a case consultation under Article 458ter".
    (
        r"\b(?:meeting|session|gathering|is|'s),? not a (?:case consultation|casusoverleg|consultation under (?:art(?:icle|\.)? ?)?458 ?ter)\b",
        Memo,
    ),
    // A professional body's guidance: "Guidance for members: being asked to attend a case
    // consultation", "This note is general guidance; it does not invite anyone".
    (
        r"\b(?:guidance|advice|recommendations?|guidelines?)(?: note)? (?:for|to) (?:our |all )?(?:members|doctors|physicians|lawyers|practitioners|professionals|social workers|colleagues)\b|\b(?:does|do) not (?:invite|convene) anyone\b|\bthis (?:note|document|leaflet|guidance|page) is not an invitation\b",
        Memo,
    ),
    // Information asked for in writing, no meeting set.
    (
        r"\b(?:request (?:of|for) (?:information|informations|data|a (?:social )?report)|a written (?:answer|reply|report|response) (?:is|will be) (?:enough|sufficient)|send me (?:by return(?: mail)? )?(?:the|your|a copy of the) (?:[a-z]{1,20} )?(?:report|file|information|informations))\b",
        Request,
    ),
    // Asking a service to organise a consultation: "Would the CPAS be willing to set one
    // up?", "Subject: Request - possible case consultation for Mr V.".
    (
        r"\bwould (?:the|your) [a-z'-]{2,40}(?: [a-z'-]{2,40}){0,2} be willing to (?:set|organi[sz]e|convene|arrange|call|hold)\b|\b(?:could|would) (?:you|your service|the [a-z'-]{2,40}) (?:set up|organi[sz]e|convene|arrange|call) (?:a|one) (?:case consultation|casusoverleg|case conference|multidisciplinary meeting|network meeting|consultation)\b|(?:^|\n)(?:subject|re|object) ?: ?request(?: for| of| -| :|:)[^\n]{0,40}(?:case consultation|casusoverleg|case conference)",
        Request,
    ),
    // A staff member's own return-to-work meeting with the medical service.
    (
        r"\breturn[- ]to[- ]work\b|\bemployee assistance programme\b|\boccupational (?:physician|health service)\b",
        Event,
    ),
    // A letter received, passed on below with a question about it.
    (
        r"\bi(?:'ve| have)? (?:just )?(?:received|got|been sent) (?:the|this) (?:letter|e-?mail|mail|message|invitation|convocation) below\b|\bi(?:'ve| have)? (?:just )?(?:received|got|been sent) (?:a|an) (?:letter|e-?mail|mail|message|invitation|convocation|summons) (?:from [^.;]{1,80}? )?(?:inviting|convening|summoning|asking) me to\b",
        Relayed,
    ),
    // "I (hereby) confirm that the case consultation about the L. family will take place".
    (
        r"\b(?:i|we) (?:hereby )?confirm (?:that )?(?:the|a|our) (?:case consultation|casusoverleg|consultation|meeting)(?: [a-z.'-]{1,20}){0,5} will (?:take place|be held)\b",
        Invitation,
    ),
    // A colleague asking whether the reader goes to a consultation someone else convened.
    (
        r"\b(?:are|will) you (?:going|be going|attending|be attending) (?:to )?the (?:case consultation|casusoverleg|case consult|consultation|csil|lisc)\b",
        Relayed,
    ),
    // A bar's or a legal desk's practice note: guidance about consultations.
    (
        r"\bi(?:'ve| have)? (?:just )?(?:received|got|been sent) (?:an?|the|this) (?:invitation|convocation|invite|summons)\b|\b(?:practice note|guidance note|this note summari[sz]es the (?:position|law|rules))\b|\byour request for (?:an |our )?(?:opinion|advice)\b|\b(?:issues|gives|renders|delivers) the following (?:opinion|advice)\b|\bthis opinion is (?:given|issued|rendered|delivered)\b|\bthe (?:invitation|convocation) you (?:forwarded|received|sent us|passed on|shared with us)\b",
        Memo,
    ),
    // Notes taken during a call that convened their writer.
    (
        r"\b(?:call notes|notes (?:of|from) (?:the|a|my) (?:phone )?call|(?:phone|telephone) (?:call )?notes?|note of (?:a|the) (?:phone )?call)\b",
        CallNote,
    ),
    // An automatic reply: "Automatic reply: …", "I am out of the office until …".
    (
        r"(?:^|\n)(?:subject|re|objet) ?: ?(?:automatic reply|auto-?reply|autoreply|out of (?:the )?office|reponse automatique|absent du bureau|automatisch antwoord)\b|(?:^|\n)auto-submitted ?: ?auto-replied\b|\bi am (?:currently )?out of (?:the )?office (?:until|till)\b",
        Memo,
    ),
    // A letter addressed to a pupil's parents: a meeting with the family.
    (r"(?:^|\n)(?:to )?the parents of\b", Family),
    // "To Mr and Mrs K.\n Parents of Tymon", "Dear parents,".
    (r"(?:^|\n)parents of [a-z]|(?:^|\n)dear parents\b", Family),
    // "Dear Mr and Mrs Pirotte, … your son Lucas", « Chers parents », « Monsieur et Madame
    // X, … votre fils »: the family, addressed.
    (
        r"(?:^|\n)dear (?:mr\.? (?:and|&) mrs|mrs\.? (?:and|&) mr)\b|(?:^|\n)(?:chers parents|monsieur et madame [a-z]|madame et monsieur [a-z])|\b(?:re|our ref\.?|concerne|objet) ?:[^\n]{0,60}\b(?:your (?:son|daughter|child)|votre (?:fils|fille|enfant))\b",
        Family,
    ),
    // A parent writes about their child: "Re: case consultation concerning my daughter".
    (
        r"\b(?:concerning|about|regarding|re) (?:my|our) (?:daughter|son|child|children|grandson|granddaughter)\b",
        Family,
    ),
    // An interview with parents or a pupil: not a case consultation.
    (
        r"\b(?:parent-teacher (?:meeting|conference|interview)|(?:invitation|summons) to an interview|(?:would like|wish) to meet you (?:to|in order to) (?:present|discuss) (?:the results|your child))\b",
        Event,
    ),
    // No meeting convened now: a cancellation, or a convocation still to come.
    (
        r"(?:^|\n)(?:subject|re|object) ?: ?(?:(?:re|fw|fwd) ?: ?){0,3}(?:cancel(?:l?ed|lation)|called off)\b|\b(?:is|has been|was|are|have been) (?:cancel(?:l)?ed|called off)\b|\bno (?:new )?date has (?:yet )?been (?:set|fixed|scheduled)|\bno (?:new|other|further) date will be (?:set|fixed|scheduled|proposed)|\b(?:will|shall) not (?:now )?(?:take place|be held|go ahead)\b|(?:^|\n)(?:notice of cancell?ation|cancell?ation(?: notice)?)\s{0,3}(?:\n|:|$)|\b(?:an?|the) (?:new |formal |separate )?(?:invitation|convocation|notice) will (?:be sent|follow|reach you)\b|\bthe (?:individual |formal )?(?:invitations|convocations)(?: to [a-z' ]{3,40})? will (?:be sent|follow|reach you)\b|(?:^|\n)(?:subject|re) ?: ?(?:(?:re|fw|fwd) ?: ?){0,3}postponed\b|\b(?:is|are|has been|have been) postponed(?: until further notice| sine die| indefinitely)?(?:\.|,| and\b)|\byou will receive a (?:new |fresh |formal )?(?:convocation|invitation)\b|\b(?:release|free up) the (?:slot|date|time slot)\b",
        Cancel,
    ),
    (r"\bcase consultations?\b", TopicStrong),
    (
        r"\b(?:case conference|case consult|cc 458 ?ter|concert\.(?: de)? (?:cas|csil(?:-r)?|458 ?ter)|(?:network |multi-?agency )?case table|casustafel|multi-?agency (?:meeting|mtg|consultation)|multidisciplinary (?:consultation|case meeting)|consultation meeting|local integral security cell|lisc(?:-r)?)\b",
        TopicStrong,
    ),
    (r"\bprofessional secrecy\b", TopicWeak),
    (
        r"\b(?:we|i) (?:would like to |wish to |hereby |are pleased to |kindly |cordially |are writing to )?(?:invite|convene|summon|ask) you\b|\b(?:would like to|wishes to|wish to|is pleased to|are pleased to|hereby) (?:invite|invites|convene|convenes) (?:the|your) [a-z'-]{2,40}(?: [a-z'-]{2,40}){0,5} to (?:a|an|the|its|our|this)\b",
        Invitation,
    ),
    (
        r"\b(?:you are|you're|you have been) (?:hereby |kindly |cordially |(?:all|both|also) )?(?:invited|summoned|requested|asked|expected|convened)\b",
        Invitation,
    ),
    (
        r"\b(?:inviting you|invite you|invitation to|(?:convocation|summons) to (?:a|an|the|this) (?:case consultation|consultation|case conference|casusoverleg|concertation)|your (?:presence|participation|attendance) (?:is|will be|would be))\b",
        Invitation,
    ),
    (
        r"\b(?:please|kindly) (?:attend|join us|confirm (?:your|whether you)|confirm (?:attendance|participation|presence)\b|let us know (?:whether|if) you)\b",
        Invitation,
    ),
    // A reply asked for: "Reply by 20/2", "RSVP".
    (
        r"\b(?:(?:please )?(?:reply|respond|answer) (?:by|before|no later than)|rsvp)\b",
        Invitation,
    ),
    (
        r"(?:^|\n)(?:subject|re|object) ?: ?(?:invitation|convocation|summons)\b|(?:^|\n)(?:case consultation|casusoverleg|case conference|multidisciplinary (?:case )?meeting)\b[^\n]{0,40}\b(?:invitation|convocation|notice of meeting)\s{0,3}(?:\n|$)|(?:^|\n)(?:case consultation|casusoverleg|case conference) ?[-:] ?notice of meeting\b|\b(?:case consultation|casusoverleg|case conference|concertation de cas)(?: -| :|:)? (?:invitation|convocation)\s{0,3}(?:\n|$)",
        Invitation,
    ),
    (
        r"\b(?:could|would|can) you (?:please |kindly )?(?:confirm|let us know|let me know|attend|join|come)\b|\byou are (?:all )?expected (?:there|to attend)\b|\bwho will (?:represent|attend for|be attending for|sit for) your (?:service|organi[sz]ation|team|institution|department|school|centre|center|unit)\b|\b(?:to be brought|to bring|bring it|bring this form)(?:,? printed,?| with you)? to the (?:case consultation|consultation|meeting|session)\b",
        Invitation,
    ),
    (
        r"(?:\b(?:am|are|is)|\b(?:we|i)(?:'re|'m)) (?:convening|organi[sz]ing|holding|scheduling|calling|setting up|arranging|planning)\b[^.;?!]{0,40}?\b(?:consultation|meeting|conference|session|concertation|casusoverleg)\b",
        Organize,
    ),
    (
        r"\b(?:want|wish|would like|'d like|intend|plan) to (?:hold|organi[sz]e|convene|schedule|arrange|set up) (?:a |an |the )?(?:case )?(?:consultation|meeting|conference|consult|mtg)\b",
        Organize,
    ),
    (
        r"\b(?:consultation|meeting|conference|session)s?(?: [a-z'-]{1,40}){0,4} (?:will (?:take place|be held|start|begin|convene)|is (?:scheduled|planned|set|due) (?:for|on|to)|has been (?:scheduled|planned|set))\b",
        Organize,
    ),
    (r"\b(?:you|your)\b", SecondPerson),
    (
        r"\b(?:we are convening|we convene|request your (?:presence|attendance|participation))\b",
        Invitation,
    ),
    (
        r"\b(?:dear|hello|good morning|to whom it may concern)\b",
        Salutation,
    ),
    // A form's field that sets no new date, and a status that cancels: "New date: N/A",
    // "Status ....... CANCELLED" (found before the new-date cue below).
    (
        r"\bnew date\s{0,3}:\s{0,3}(?:n/a|none|nil|-|not applicable|tbc|to be (?:set|fixed|confirmed|determined))|\bstatus\s{0,3}:\s{0,3}(?:cancell?ed|called off|postponed)\b",
        Cancel,
    ),
    // A new date for a meeting put off ("no new date has been set" is a cancellation cue,
    // found first).
    (
        r"\b(?:new date(?:,? (?:and )?(?:time|venue|place)){0,2}\s{0,3}(?::|\n)|new date\s{0,3}[:-]?\s{0,3}(?:is |will be )?(?:on |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|[0-9]|january|february|march|april|may|june|july|august|september|october|november|december)|(?:postponed|rescheduled|deferred) (?:to|until|till|for) [a-z0-9]|moved (?:to|until|till) (?:next |the )?(?:[0-9]|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|january|february|march|april|may|june|july|august|september|october|november|december|next|later|tomorrow)|will now (?:take place|be held))",
        NewDate,
    ),
    // A text that says it convenes no one, and a model letter with blanks to fill: "this
    // message is not a convocation", "[DATE]", "model letter".
    (
        r"\[(?:date|name|title|place|time|reference|hh:mm|day)\]|\[(?:name|surname|first name|title|place|time|date of|reference|dd/mm|day|city|service|function|coordinator|template|mr/ms|ms/mr|he/she|she/he)\b[^\]\n]{0,40}\]|\{\{ ?[a-z_: ,./]{1,40} ?\}\}|\bnot for (?:sending|distribution|circulation)\b|\bnever send this\b",
        Placeholder,
    ),
    (
        r"\b(?:this|it) is not (?:yet |still )?(?:the|a|an|your|our) (?:formal |official |actual )?(?:invitation|convocation)\b|\b(?:this|it) is (?:general (?:legal )?information|(?:a|our|my) (?:legal )?(?:answer|reply|opinion|advice)),? (?:and )?not (?:a|an) (?:convocation|invitation|summons)\b|\bthis (?:message|e-?mail|mail|letter|note|answer|reply|calendar|schedule|document|agenda|draft(?: agenda)?|list|overview|planning) is not (?:yet )?(?:a|an) (?:convocation|invitation)(?: to (?:a|any|the) (?:case consultation|consultation|casusoverleg)\b|\s{0,3}[.,;:!)]|\s{0,3}$)|\b(?:model|template|sample) (?:letter|convocation|invitation)\b",
        Memo,
    ),
    // A notice that changes the room of a meeting convened before: "[CHANGE OF ROOM]",
    // "New room: …", "Nothing else changes".
    (
        r"\b(?:change of (?:room|venue)|room change|new room\s{0,3}:|new venue\s{0,3}:|nothing else changes|everything else (?:remains|stays) (?:the same|unchanged))",
        Moved,
    ),
    (
        r"\bnothing (?:else )?(?:has been|is) (?:fixed|decided|scheduled|planned) (?:yet|so far|for now|for the moment|in the meantime)\b|\b(?:i|we) (?:have|had|need|needed) to cancel (?:the|our|this|that|today's|tomorrow's)\b|\b(?:i|we) (?:must|regret to|are obliged to|am obliged to|are forced to|am forced to) cancel (?:the|our|this|that|today's|tomorrow's)\b|\b(?:i am|i'm|we are|we're) (?:cancell?ing|calling off) (?:the|our|this|that|today's|tomorrow's)\b|\b(?:i|we) will send (?:you )?(?:all )?(?:a|the) (?:new|fresh|formal|separate) (?:invitation|convocation)s?\b|\b(?:an?|the) (?:new |formal |separate )?(?:invitation|convocation|notice) for (?:it|that (?:meeting|one|date)|this (?:meeting|one)) will (?:be sent|follow|reach you)\b",
        Cancel,
    ),
    // A request to the prosecutor for the authorisation itself: no one is convened yet.
    (
        r"(?:^|\n)(?:subject|re) ?: ?request for (?:a |an |the )?(?:reasoned )?authori[sz]ation\b|\brequest that you (?:grant|issue|deliver) (?:a |an |the )?(?:reasoned )?authori[sz]ation\b",
        Memo,
    ),
    // A draft for approval: "Nobody has been invited yet", « personne n'a encore été
    // convoqué ».
    (
        r"\b(?:nobody|no one|no-one) has (?:yet )?been (?:invited|convened|summoned)\b|\bno (?:invitations?|convocations?) (?:have|has) (?:yet )?been (?:sent|issued)\b|\bpersonne n'a (?:encore )?ete (?:invitee?|convoquee?)\b|\baucune? (?:invitation|convocation) n'a (?:encore )?ete (?:envoyee|adressee|lancee)\b",
        Memo,
    ),
    (r"\b(?:internal memo|internal note)\b", InternalNote),
];
