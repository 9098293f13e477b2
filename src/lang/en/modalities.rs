//! English cues for the modalities (date, time, place, means, agenda, minutes, chair, reply
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

/// Words that place a day relative to the letter's date: "tomorrow", "next Tuesday", "this
/// coming Thursday", "on Thursday at 2 pm" ("the day after tomorrow" is read from
/// "tomorrow").
pub(crate) static RELATIVE: &[(&str, Relative)] = &[
    ("tomorrow", Relative::Days(1)),
    // Written in a hurry, from a phone.
    ("tmrw", Relative::Days(1)),
    ("tmr", Relative::Days(1)),
    ("tmw", Relative::Days(1)),
    ("next", Relative::Before),
    ("this", Relative::Before),
    ("coming", Relative::Before),
    ("on", Relative::BeforeTimed),
    ("in", Relative::In),
    ("from", Relative::From),
];

/// What may follow a weekday to put it in the week after the letter's ("Tuesday week").
pub(crate) static NEXT_WEEK: &[&str] = &["next week", "of next week", "week"];

/// Month and weekday names and their abbreviations, hour words.
pub(crate) static CALENDAR: &[(&str, Cal)] = &[
    ("january", Month(1)),
    ("jan", Month(1)),
    ("february", Month(2)),
    ("feb", Month(2)),
    ("march", Month(3)),
    ("mar", Month(3)),
    ("april", Month(4)),
    ("apr", Month(4)),
    ("may", Month(5)),
    ("june", Month(6)),
    ("jun", Month(6)),
    ("july", Month(7)),
    ("jul", Month(7)),
    ("august", Month(8)),
    ("aug", Month(8)),
    ("september", Month(9)),
    ("sept", Month(9)),
    ("sep", Month(9)),
    ("october", Month(10)),
    ("oct", Month(10)),
    ("november", Month(11)),
    ("nov", Month(11)),
    ("december", Month(12)),
    ("dec", Month(12)),
    ("monday", Weekday(0)),
    ("mon", Weekday(0)),
    ("tuesday", Weekday(1)),
    ("tue", Weekday(1)),
    ("tues", Weekday(1)),
    ("wednesday", Weekday(2)),
    ("wed", Weekday(2)),
    ("thursday", Weekday(3)),
    ("thu", Weekday(3)),
    ("thur", Weekday(3)),
    ("thurs", Weekday(3)),
    ("friday", Weekday(4)),
    ("fri", Weekday(4)),
    ("saturday", Weekday(5)),
    ("sat", Weekday(5)),
    ("sunday", Weekday(6)),
    ("sun", Weekday(6)),
    ("hrs", HourMark),
    ("hr", HourMark),
    ("am", Am),
    ("pm", Pm),
    ("noon", Noon),
    ("midday", Noon),
    ("midnight", Midnight),
];

/// Numbers and clock words written out: "Tuesday the fifth of May", "May the twenty-first",
/// "at ten o'clock", "half past ten", "a quarter to nine", "the 17th inst.".
pub(crate) static SPELLED: &[(&str, Spelled)] = &[
    ("one", Number(1)),
    ("two", Number(2)),
    ("three", Number(3)),
    ("four", Number(4)),
    ("five", Number(5)),
    ("six", Number(6)),
    ("seven", Number(7)),
    ("eight", Number(8)),
    ("nine", Number(9)),
    ("ten", Number(10)),
    ("eleven", Number(11)),
    ("twelve", Number(12)),
    ("thirteen", Number(13)),
    ("fourteen", Number(14)),
    ("fifteen", Number(15)),
    ("sixteen", Number(16)),
    ("seventeen", Number(17)),
    ("eighteen", Number(18)),
    ("nineteen", Number(19)),
    ("twenty", Number(20)),
    ("thirty", Number(30)),
    ("forty", Number(40)),
    ("fifty", Number(50)),
    ("first", Ordinal(1)),
    ("second", Ordinal(2)),
    ("third", Ordinal(3)),
    ("fourth", Ordinal(4)),
    ("fifth", Ordinal(5)),
    ("sixth", Ordinal(6)),
    ("seventh", Ordinal(7)),
    ("eighth", Ordinal(8)),
    ("ninth", Ordinal(9)),
    ("tenth", Ordinal(10)),
    ("eleventh", Ordinal(11)),
    ("twelfth", Ordinal(12)),
    ("thirteenth", Ordinal(13)),
    ("fourteenth", Ordinal(14)),
    ("fifteenth", Ordinal(15)),
    ("sixteenth", Ordinal(16)),
    ("seventeenth", Ordinal(17)),
    ("eighteenth", Ordinal(18)),
    ("nineteenth", Ordinal(19)),
    ("twentieth", Ordinal(20)),
    ("thirtieth", Ordinal(30)),
    ("half", Half),
    ("quarter", Quarter),
    ("inst", CurrentMonth),
    ("instant", CurrentMonth),
];

/// What may follow a day to say it is of the letter's own month: "the 17th of this month".
/// Folded, after the day and its suffix.
pub(crate) static CURRENT_MONTH: &[&str] = &["of this month", "of the current month"];

/// What may follow a day to say it is of the month after the letter's: "on the 4th of
/// next month".
pub(crate) static NEXT_MONTH: &[&str] = &[
    "of next month",
    "of the next month",
    "of the following month",
];

/// Heads of "label: value" lines (and of Markdown table rows).
pub(crate) static LABELS: &[(&str, Label)] = &[
    ("date", LDate),
    ("dates", LDate),
    ("day", LDate),
    ("when", LDate),
    ("time", LTime),
    ("times", LTime),
    ("hour", LTime),
    ("hours", LTime),
    ("start", LTime),
    ("place", LPlace),
    ("venue", LPlace),
    ("location", LPlace),
    ("where", LPlace),
    ("address", LAddress),
    ("room", LPlace),
    ("remote", LRemote),
    ("online", LRemote),
    ("videoconference", LRemote),
    ("and", LFiller),
    ("of", LFiller),
    ("the", LFiller),
    ("meeting", LFiller),
    ("consultation", LFiller),
    ("proposed", LFiller),
    ("starting", LFiller),
    ("suggested", LFiller),
    ("session", LFiller),
    ("case", LFiller),
    ("conference", LFiller),
    // "The venue stays the same: PCSW Fictibrux, meeting room 3".
    ("stays", LFiller),
    ("remains", LFiller),
    ("same", LFiller),
    ("unchanged", LFiller),
    // "New starting time: 15h15".
    ("new", LFiller),
    // "The venue does not change: Town Hall, room 2".
    ("does", LFiller),
    ("not", LFiller),
    ("change", LFiller),
];

/// Cues of the modalities, most specific first.
pub(crate) static CUES: &[(&str, Cue)] = &[
    // Two days offered, the choice left open: "Mon 2 or Tue 3 March".
    (
        r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.? \d{1,2}(?:st|nd|rd|th)? or (?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        Options,
    ),
    // "As for the venue, I was thinking of the community centre" (the date still to come).
    (
        r"\b(?:as for the (?:venue|place|location)|for the (?:venue|place|location)|venue-wise),",
        MeetingVerb,
    ),
    // A meeting called off (before the past tenses: "was cancelled").
    (
        r"\b(?:originally|initially) (?:scheduled|planned|set|foreseen|fixed)\b|\b(?:cannot|can't|will not|won't) (?:take place|go ahead|be held)\b|\b(?:is|has been|was|have been|are) (?:cancel(?:l)?ed|called off)\b|\b(?:consultation|meeting|session)(?:'s)?(?: (?:on|about|for|with|re) [a-z0-9.' ]{1,30}?)? (?:is|are) (?:off|cancel(?:l)?ed|called off)\b",
        Cancelled,
    ),
    (
        r"\b(?:phone|telephone) (?:meeting|conference|bridge|call)\b|\bdial (?:in|into|\+?\d)",
        Remote,
    ),
    // Hours when the writer can be reached: "I can also be reached by phone on 02 767 31 08
    // between 13:00 and 14:00" bounds no meeting; nor do a secretariat's opening days and
    // closures ("Mon-Fri, 9:00-12:00; closed 1-5 February 2027").
    (
        r"\breachable\b|\b(?:can|may|could) (?:also )?be reached\b|\boffice hours\b|\bcan reach (?:me|us)\b|\b(?:mon(?:day)?|tue(?:sday)?)\.? ?(?:-|to) ?(?:thu(?:rsday)?|fri(?:day)?|sat(?:urday)?)\b|\bclosed (?:on |from |between )?[0-9]",
        Reachable,
    ),
    (
        r"\b(?:(?:in|during) )?the weeks? (?:of|starting|beginning)(?: (?:on|monday))?\b|\b(?:sometime|some time) (?:in|during|after|before)\b|\bbetween\b",
        Vague,
    ),
    (
        r"\b(?:options?|possible (?:dates|slots)|proposed (?:dates|slots)|candidate (?:dates|slots)|(?:date )?poll|doodle)\s{0,3}:|\bone of (?:these|the following|the) (?:two|three|four) (?:dates|days|slots)\b|\b(?:slots|possible dates|available dates) (?:between|from|ranging)\b",
        Options,
    ),
    // The letter's own date: "Done at Namur on", "sent by e-mail on".
    (r"\bdone (?:at|in) [^\n,.;]{1,40},? on\b", LetterDate),
    (
        r"\bsent(?: by (?:e-?mail|post|registered mail))? on\b",
        LetterDate,
    ),
    // A notice's own date at the start of its line: "*Issued Monday 16 February 2026 by the
    // prevention service*", « Émise le : 02/04/2026 ».
    (
        r"(?:^|\n)(?:issued|emise?|publiee?)(?: on| le)?\s{0,3}:?",
        LetterDate,
    ),
    // A document's own stamps: "Exported: 2026-02-10 16:05", "Generated on", "Printed:".
    (
        r"\b(?:exported|generated|printed|downloaded)(?: (?:on|at))? ?:|\b(?:exported|generated|printed|downloaded) on\b",
        LetterDate,
    ),
    // Birth dates.
    (r"\bborn(?: on| in)?\b", Birth),
    (r"\bdate of birth\b", Birth),
    (r"\bd\.?o\.?b\.?\b", Birth),
    // A past event right before a date.
    (
        r"\b(?:at|during|following|after|in) (?:our|the|your|their|my|that|this) (?:last |previous |earlier |most recent )?(?:meeting|consultation|session|conversation|call|discussion|exchange|visit|interview|hearing)s? (?:of|on|dated|held on)\b",
        Past,
    ),
    (
        r"\b(?:our|the|your) (?:last|previous|earlier|most recent) (?:meeting|consultation|session)(?: of| on| dated)?\b",
        Past,
    ),
    (r"\bas agreed (?:at [a-z' -]{0,40}?(?:of|on)|on)\b", Past),
    // A date put off: "postponing the case consultation … that was planned for Wed 4/3".
    (
        r"\b(?:that|which) (?:was|had been) (?:planned|scheduled|set|foreseen|fixed) (?:for|on)\b",
        Cancelled,
    ),
    // Another meeting's date, read as a past one's: "the next plenary session of the LIVC-R
    // is scheduled for Thursday 10 June".
    (
        r"\bplenary (?:session|meeting)(?: of (?:the |our )?[a-z-]{2,12})? (?:is|will be|has been) (?:scheduled|planned|held|set) (?:for|on)\b|\b(?:annual|yearly|general|district) plenary (?:session|meeting)? ?(?:on|of)\b",
        Past,
    ),
    (
        r"\b(?:your|our|his|her|their|my|the) (?:letter|e-?mail|message|report|call|request|referral|complaint|note|notification) (?:of|dated|on|sent on|received on)\b",
        Past,
    ),
    (
        r"\b(?:took place|was held|were held|happened|occurred|was reported|were reported|was admitted|was placed|was received|were received|was heard|was arrested|was born|started|began) (?:on|in)\b",
        Past,
    ),
    (
        r"\b(?:reported|admitted|placed|received|hospitali[sz]ed|arrested|heard) (?:[a-z' -]{0,25} )?on\b",
        Past,
    ),
    (
        r"\b(?:order|judgment|judgement|decision|ruling|sentence) (?:handed down |issued |given )?(?:of|dated|on)\b",
        Past,
    ),
    (r"\bsince\b", Past),
    // A meeting moved to a new date, and the date it was first set for.
    (
        r"\b(?:postponed|moved|rescheduled|brought forward|put back|changed) (?:to|until|for|on)\b",
        Moved,
    ),
    (
        r"\b(?:originally|initially|first) (?:scheduled|planned|set|fixed|foreseen|proposed) (?:for|on)\b",
        Past,
    ),
    // Past tense in the clause of a date.
    (
        r"\b(?:was|were|had been|had|happened|occurred|reported|informed|stated|told|disclosed)\b",
        PastVerb,
    ),
    // The day something is sent: "(the poll link will be sent tomorrow)", "minutes sent out
    // on 3 March".
    (r"\b(?:sent|mailed|circulated)(?: out)?(?: on)?\b", Sent),
    // A reply deadline right before a date, or right after it.
    (r"\b(?:no|not) later than\b", Deadline),
    (r"\bat the latest(?: by| on)?\b", Deadline),
    (r"\bby\b", Deadline),
    (r"\bbefore\b", Deadline),
    (r"\bprior to\b", Deadline),
    (r"\buntil\b", Deadline),
    (r"\bdeadline\b", Deadline),
    (r"\brsvp\b", Reply),
    (r"\bconfirm(?:ation|ing|ed)?\b", Reply),
    (r"\breply\b", Reply),
    (r"\brespond\b", Reply),
    (r"\blet (?:us|me|the [a-z]{1,40}) know\b", Reply),
    (r"\bregist(?:er|ration)\b", Reply),
    (r"\bavailability\b", Reply),
    (r"\bpoll\b", Reply),
    // Meeting verbs and nouns.
    (
        r"\b(?:will|would|shall) (?:take place|be held|be organi[sz]ed|meet|start|begin|be convened|be scheduled)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:takes place|is taking place|is to take place|is to be held)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:is|has been|was|are|have been) (?:scheduled|planned|set|fixed|arranged|convened|organi[sz]ed)\b",
        MeetingVerb,
    ),
    (r"\bscheduled (?:for|on)\b", MeetingVerb),
    // "We postpone to next week, start at 10.30 this time".
    (
        r"\b(?:start|starts|starting|begin|begins|kick off|kicks off) at\b",
        MeetingVerb,
    ),
    // "The meeting will be at our office, …".
    (
        r"\b(?:meeting|consultation|casusoverleg|case conference|session) (?:will be|would be|is) (?:at|in|on)\b|\bit(?:'ll| will) be at (?:our|the|your) (?:place|office|premises|offices|centre|center|school|station)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:convening|convene|convenes|invite you|inviting you|invites you|are invited|you are invited|organising|organizing)\b",
        MeetingVerb,
    ),
    (r"\b(?:i|we) (?:would like to )?propose\b", MeetingVerb),
    // "The LIVC-R meets tomorrow about …", "we're meeting on Thursday" (not "meets the
    // conditions").
    (
        r"\b(?:meets|is meeting|are meeting|we meet|we're meeting|let's meet) (?:on|tomorrow|today|tonight|next|this|at|in)\b",
        MeetingVerb,
    ),
    (
        r"\b(?:meetings?|consultations?|case conferences?|sessions?|appointments?|case consults?|case mtgs?)\b",
        MeetingNoun,
    ),
    // Items.
    // "E.K.'s situation will be put on the agenda of one of the forthcoming sessions": a
    // date to come, not the meeting's agenda.
    (
        r"\b(?:will be|is to be|would be|shall be) (?:put|placed|added|included|scheduled|entered) on the agenda of (?:a|one of the|the next|an?(?: forthcoming| upcoming| future)?|(?:a |one of the )?(?:forthcoming|upcoming|future|next))\b",
        DateLater,
    ),
    (r"\bagenda\b", Agenda),
    (
        r"\b(?:points|items|topics|issues) (?:to be )?(?:discussed|addressed|covered|on the agenda)\b",
        Agenda,
    ),
    (
        r"\bno (?:minutes|written record|record|notes) will be\b",
        NoMinutes,
    ),
    (
        r"\b(?:minutes|notes|a record|records) will not be\b",
        NoMinutes,
    ),
    (r"\bwritten (?:record|report|summary|minutes)\b", Minutes),
    (
        r"\b(?:short |brief |concise )?(?:record|summary) (?:of|limited to) (?:the )?(?:decisions|agreed|meeting|consultation|discussion|follow-up)",
        Minutes,
    ),
    (
        r"\b(?:a|the) record will be (?:kept|made|drawn up)\b",
        Minutes,
    ),
    (r"\bnotes will be taken\b", Minutes),
    (
        r"\bminutes will be (?:taken|kept|drawn up|drafted|circulated|sent)\b",
        Minutes,
    ),
    (r"\bthe minutes\b", Minutes),
    (r"\bminutes\b", MinutesWeak),
    (r"\bchaired by\b", Chair),
    (r"\bwill (?:be )?chair(?:ed)?\b", Chair),
    (r"\bchair(?:s|person|man|woman|ing)?\b", Chair),
    (r"\bcontact persons?\b", Contact),
    (
        r"\b(?:if you have|should you have|for) (?:any )?(?:further |other )?(?:questions?|queries|information)\b",
        Contact,
    ),
    (r"\bplease (?:do not hesitate to )?contact\b", Contact),
    (r"\b(?:contact|reach|call) (?:me|us)\b", Contact),
    (r"\bcan be reached\b", Contact),
    (r"\bcontact ?:", Contact),
    (r"\b(?:tel|phone|telephone|mobile)\.? ?:? ?[+(0-9]", Contact),
    (
        r"\b(?:information|it) (?:will|is to|shall) be (?:shared|exchanged|communicated|given) (?:only )?(?:orally|verbally)\b",
        Procedure,
    ),
    (
        r"\b(?:shared|exchanged|communicated) (?:only |exclusively )?(?:orally|verbally)\b",
        Procedure,
    ),
    (
        r"\b(?:stored|kept|filed|archived) (?:securely|safely|confidentially)\b",
        Procedure,
    ),
    (r"\bsecurely (?:stored|kept|filed|archived)\b", Procedure),
    (r"\bsecure (?:platform|server|file|folder)\b", Procedure),
    (r"\bneed[- ]to[- ]know\b", Procedure),
    (r"\bfeedback form\b", Procedure),
    (
        r"\bno cop(?:y|ies) (?:of [a-z ]{1,30} )?will be\b",
        Procedure,
    ),
    (
        r"\bno documents? will be (?:handed|distributed|sent|kept)\b",
        Procedure,
    ),
    (r"\bwill be collected at the end\b", Procedure),
    (
        r"\b(?:notes|documents|copies) will be destroyed\b",
        Procedure,
    ),
    (
        r"\bonly (?:the )?information (?:that is )?(?:strictly )?(?:necessary|relevant)\b",
        Procedure,
    ),
    (
        r"\bonly what is (?:strictly )?(?:necessary|relevant)\b",
        Procedure,
    ),
    // Remote means.
    (r"\bvideo-?conferenc(?:e|es|ing)\b", Remote),
    (r"\bvideo (?:call|link|meeting)\b", Remote),
    // "Tmrw 8am, by video – I'll post a Jitsi link".
    (
        r"\b(?:by|via|over|on) video\b|\b(?:jitsi|whereby|google meet)\b",
        Remote,
    ),
    (
        r"\b(?:via|by|on|over|through|in|using) (?:microsoft |ms )?teams\b",
        Remote,
    ),
    (
        r"\bteams (?:link|meeting|invitation|call|connection|session|room|channel|video)s?\b",
        Remote,
    ),
    (
        r"\b(?:meeting|council|conference|board|consultation|staff|teachers'?) room\b|\bstaffroom\b",
        Place,
    ),
    (r"\b(?:zoom|webex|skype)\b", Remote),
    (
        r"\b(?:online|virtual|remote|hybrid) (?:meeting|consultation|session|participation|attendance)\b",
        Remote,
    ),
    (
        r"\b(?:join|attend|participate|take part|connect|held|follow)(?: [a-z' ]{0,20})? (?:online|remotely|virtually|by (?:tele)?phone|by video)\b",
        Remote,
    ),
    (r"\b(?:conference call|dial-in|dial in)\b", Remote),
    // "Tuesday 3 June, 2 p.m., online only: https://…".
    (
        r"\b(?:online only|(?:entirely|fully|only|exclusively|purely) online)\b",
        Remote,
    ),
    (r"\bhybrid\b", Remote),
    // A meeting link, bare: "14 May, half past two in the afternoon: https://meet.x.example/cc".
    (
        r"\bhttps?://(?:[a-z0-9-]{1,40}\.){0,3}(?:meet|teams|zoom|webex|whereby|jitsi|visio)[a-z0-9-]{0,20}\.",
        Remote,
    ),
    (r"\bremotely\b", Remote),
    // Places.
    // "at our post, Grand-Route 41": the police post that writes.
    (r"\bat (?:our|the) (?:local )?post,? [a-z0-9-]", Place),
    // "Monday 19 January, 8.45, head teacher's office": an office named by whose it is,
    // with no preposition before it.
    (
        r"\b(?:head ?teacher|headmaster|headmistress|principal|director|coordinator)'s office\b",
        Place,
    ),
    (
        r"\b(?:at|in|on) (?:the |our |your |their |its |his |her |my )?(?:[a-z\x22'-]{1,40} ){0,3}?(?:town hall|city hall|municipal hall|offices?|premises|room|hall|police station|police post|station|headquarters|building|centre|center|court|courthouse|palais de justice|school|hospital|clinic|ward|library|pcsw|cpas|fjc|justice house|house|maison|office|floor|unit|department|chamber|boardroom|auditorium|canteen|reception|suite|practice|surgery)\b",
        Place,
    ),
    (
        r"\broom (?:[a-z0-9.'\x22-]{1,40} ){0,2}?[a-z0-9.'\x22-]{1,40}",
        Place,
    ),
    // A building named bare at the head of an address line ("Town Hall, Council Chamber
    // (ground floor)").
    (
        r"\b(?:town hall|city hall|municipal hall|police station|community cent(?:re|er)|courthouse|justice house|maison de justice)(?:,| -| \()|\brm\.? [0-9][a-z0-9.]{0,6}\b",
        Place,
    ),
    (
        r"\b(?:[a-z'-]{1,40} ){1,4}?(?:street|road|avenue|lane|square|place|boulevard)\b,? \d{1,4}\b",
        Place,
    ),
    // A street name translated word for word ("Street of the Station 12", « rue de la Gare
    // 12 »).
    (
        r"\b(?:street|road|avenue|square|boulevard) of the [a-z'-]{2,30},? \d{1,4}\b",
        Place,
    ),
    (
        r"\b(?:(?:exact|precise|final) )?(?:venue|location|address|place) (?:will be|is to be|is still to be|to be|remains to be) (?:communicated|confirmed|announced|given|sent|determined|fixed)",
        PlaceLater,
    ),
    (
        r"\b(?:venue|location|address|place|room) (?:still |yet )?(?:tbc|tba|tbd|to be confirmed|to follow)\b",
        PlaceLater,
    ),
    (
        r"\b(?:date|day) (?:will be|is to be|to be|remains to be|still to be) (?:communicated|confirmed|announced|fixed|set|determined|agreed)",
        DateLater,
    ),
    (
        r"\b(?:date|day) (?:still |yet )?(?:tbc|tba|tbd|to follow|to be confirmed|to be chosen|to be set)\b",
        DateLater,
    ),
    // "I'll send the invite once we have a date."
    (
        r"\b(?:once|when|as soon as) we have (?:a|the|agreed (?:on )?a) date\b|\bonce (?:the|a) date (?:is|has been) (?:set|fixed|agreed|chosen)\b",
        DateLater,
    ),
    // Salutations.
    (
        r"\b(?:dear|madam|sir|hello|hi|good morning|good afternoon|to whom)\b",
        Salutation,
    ),
    // Closings: what follows is the signature.
    (
        r"\b(?:kind regards|best regards|warm regards|regards|yours (?:sincerely|faithfully|truly)|sincerely|best wishes|with thanks)\b",
        Closing,
    ),
];
