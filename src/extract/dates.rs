//! Dates and times, read from the folded view (lower case, no accents).
//!
//! Every form letters use is read: numeric dates, day first as in Belgium ("14/03/2025",
//! "14.03.2025", "14-03-25", "14/03"), ISO dates ("2025-03-14"), written dates in French,
//! English and Dutch ("le jeudi 14 mars 2025", "1er avril", "14 mar. 2025", "March 14, 2025",
//! "Thursday 3rd April 2025", "the 7th of May", "dinsdag 14 maart"), and times ("14h30",
//! "14 h 30", "14:30", "14.30 uur", "9 heures", "2.30 pm", "10 a.m.", "noon", "midi"),
//! with ranges ("de 14h à 16h", "from 2 to 4 pm", "14:00-16:00", "between 10 and 12"),
//! whose start is the time.
//!
//! The reader works on small tokens (digit runs, letter runs, single signs) read on demand
//! around each digit run, so its cost is linear in the text and bounded per letter; it never
//! allocates per token. Calendar words come from the language packs
//! (`crate::lang::{fr,en}::modalities::CALENDAR`) and from [`NL_CALENDAR`].

use std::ops::Range;
use std::sync::LazyLock;

use super::WordMap;
use crate::lang;

/// At most this many digit runs are examined per letter.
const MAX_DIGIT_RUNS: usize = 50_000;
/// At most this many dates (and as many times) are kept per letter.
pub(crate) const MAX_CANDIDATES: usize = 2_000;

/// What a calendar word means.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cal {
    /// A month, 1–12.
    Month(u32),
    /// A weekday, 0 (Monday) – 6 (Sunday).
    Weekday(u32),
    /// An hour word: "h", "heures", "uur", "u", "hrs".
    HourMark,
    /// "am".
    Am,
    /// "pm".
    Pm,
    /// "noon", "midi", "middag".
    Noon,
    /// "midnight", "minuit".
    Midnight,
}

/// What a number or clock word written out means.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Spelled {
    /// A cardinal: "ten", "quinze", "thirty".
    Number(u32),
    /// An ordinal: "fifth", "premier" ("twenty-first" is "twenty" and "first").
    Ordinal(u32),
    /// "courant", "inst.", "instant" after a day: the month of the letter.
    CurrentMonth,
    /// "half" ("half past ten"), "demie" ("dix heures et demie").
    Half,
    /// "quarter" ("a quarter to nine"), "quart" ("dix heures et quart").
    Quarter,
}

/// A word that places a day relative to the letter's date ([`relative_date`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Relative {
    /// That many days after the letter: "demain", "tomorrow".
    Days(u32),
    /// Before a weekday, its next occurrence: "next Tuesday", "this Thu", "ce jeudi".
    Before,
    /// Before a weekday, its next occurrence when a time follows: "on Thursday at 2 pm".
    BeforeTimed,
    /// After a weekday, its next occurrence: "mardi prochain".
    After,
    /// Before a span of days or weeks, the day that ends it: « dans quinze jours », "in two
    /// weeks", "in a fortnight".
    In,
    /// That many days after the letter, a word cut short with a full stop, read only
    /// before a time: « dem. 14h » (not « dem. de placement »).
    Clipped(u32),
    /// After a span of days or weeks, before "today" or "now", the day that ends it: "one
    /// week from today", "ten days from now".
    From,
}

/// The days of a span after "dans" / "in": « quinze jours », "two weeks", "a fortnight".
fn span_days(f: &str, pos: usize) -> Option<(u32, usize)> {
    let n = next_tok(f, pos, true)?;
    let (count, after) = match n.kind {
        Kind::Num => (n.num()?, n.end),
        Kind::Word => match n.s {
            "a" | "one" | "une" | "un" => (1, n.end),
            "two" | "deux" => (2, n.end),
            "three" | "trois" => (3, n.end),
            "huit" | "eight" => (8, n.end),
            "ten" | "dix" => (10, n.end),
            "quinze" | "fifteen" => (15, n.end),
            "fourteen" | "quatorze" => (14, n.end),
            _ => return None,
        },
        _ => return None,
    };
    let unit = next_tok(f, after, true)?;
    let days = match unit.word()? {
        "jours" | "jour" | "days" | "day" => count,
        "semaine" | "semaines" | "week" | "weeks" => count * 7,
        "fortnight" => count * 14,
        _ => return None,
    };
    // « quinze jours », « huit jours »: two weeks and one, as they are said.
    let days = match (n.s, days) {
        ("quinze", 15) => 14,
        ("huit", 8) => 7,
        (_, d) => d,
    };
    (1..=62).contains(&days).then_some((days, unit.end))
}

/// A day given relative to the letter's date, resolved by [`DateMatch::resolve`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    /// That many days after the letter.
    Days(u32),
    /// The first day after the letter that is this weekday (0 Monday – 6 Sunday).
    Next(u32),
    /// This weekday of the week after the letter's.
    NextWeek(u32),
    /// This day of the month after the letter's ("the 4th of next month").
    NextMonth(u32),
    /// The first day on or after the letter's that is this day of a month, for a day whose
    /// month is left unsaid: "the 3rd at noon", « le 3 à 14 h ».
    DayOfMonth(u32),
}

/// Dutch calendar words (to move into a Dutch language pack once it exists).
pub(crate) static NL_CALENDAR: &[(&str, Cal)] = &[
    ("januari", Cal::Month(1)),
    ("februari", Cal::Month(2)),
    ("maart", Cal::Month(3)),
    ("mrt", Cal::Month(3)),
    ("april", Cal::Month(4)),
    ("mei", Cal::Month(5)),
    ("juni", Cal::Month(6)),
    ("juli", Cal::Month(7)),
    ("augustus", Cal::Month(8)),
    ("september", Cal::Month(9)),
    ("oktober", Cal::Month(10)),
    ("okt", Cal::Month(10)),
    ("november", Cal::Month(11)),
    ("december", Cal::Month(12)),
    ("maandag", Cal::Weekday(0)),
    ("dinsdag", Cal::Weekday(1)),
    ("woensdag", Cal::Weekday(2)),
    ("donderdag", Cal::Weekday(3)),
    ("vrijdag", Cal::Weekday(4)),
    ("zaterdag", Cal::Weekday(5)),
    ("zondag", Cal::Weekday(6)),
    ("uur", Cal::HourMark),
    ("u", Cal::HourMark),
    ("middag", Cal::Noon),
    ("middernacht", Cal::Midnight),
];

/// The calendar words of every language, by word.
struct Calendar {
    months: WordMap<u32>,
    weekdays: WordMap<u32>,
    others: WordMap<Cal>,
    /// The bytes a word of the clock (noon, midnight) can begin with: any other word is
    /// not looked up when times are scanned.
    clock_starts: [bool; 256],
    /// Numbers and clock words written out.
    spelled: WordMap<Spelled>,
    /// The bytes a number, "half" or "quarter" can begin with: any other word is not
    /// looked up in `spelled` when dates and times are scanned.
    spelled_starts: [bool; 256],
    /// A bit set of the (first byte, last byte, length) of those words ([`shape`]): a
    /// word whose shape is not in it is not looked up ("the", "les", "for").
    spelled_shapes: [u64; 64],
    /// What may follow a day to say it is of the letter's month ("de ce mois").
    current_month: Vec<&'static str>,
    /// What may follow a day to say it is of the month after the letter's ("of next
    /// month").
    next_month: Vec<&'static str>,
    /// Words that place a day relative to the letter's date.
    relative: WordMap<Relative>,
    /// The shapes ([`shape`]) of the weekdays and of the `relative` words: any other word
    /// is not looked up for a relative date.
    relative_shapes: [u64; 64],
    /// What may follow a weekday to put it in the next week ("next week").
    next_week: Vec<&'static str>,
    /// The bytes a weekday or a `relative` word can begin with.
    relative_starts: [bool; 256],
}

static CALENDAR: LazyLock<Calendar> = LazyLock::new(|| {
    let mut c = Calendar {
        months: WordMap::default(),
        weekdays: WordMap::default(),
        others: WordMap::default(),
        clock_starts: [false; 256],
        spelled: WordMap::default(),
        spelled_starts: [false; 256],
        spelled_shapes: [0; 64],
        current_month: Vec::new(),
        next_month: Vec::new(),
        relative: WordMap::default(),
        relative_shapes: [0; 64],
        next_week: Vec::new(),
        relative_starts: [false; 256],
    };
    for table in [
        lang::fr::modalities::RELATIVE,
        lang::en::modalities::RELATIVE,
    ] {
        for &(w, k) in table {
            let h = shape(w.as_bytes());
            c.relative_shapes[h / 64] |= 1 << (h % 64);
            if let Some(&b) = w.as_bytes().first() {
                c.relative_starts[usize::from(b)] = true;
            }
            c.relative.entry(w).or_insert(k);
        }
    }
    for table in [
        lang::fr::modalities::NEXT_WEEK,
        lang::en::modalities::NEXT_WEEK,
    ] {
        c.next_week.extend_from_slice(table);
    }
    for table in [lang::fr::modalities::SPELLED, lang::en::modalities::SPELLED] {
        for &(w, k) in table {
            if let (false, Some(&b)) = (k == Spelled::CurrentMonth, w.as_bytes().first()) {
                c.spelled_starts[usize::from(b)] = true;
                let h = shape(w.as_bytes());
                c.spelled_shapes[h / 64] |= 1 << (h % 64);
            }
            c.spelled.entry(w).or_insert(k);
        }
    }
    for table in [
        lang::fr::modalities::CURRENT_MONTH,
        lang::en::modalities::CURRENT_MONTH,
    ] {
        c.current_month.extend_from_slice(table);
    }
    for table in [
        lang::fr::modalities::NEXT_MONTH,
        lang::en::modalities::NEXT_MONTH,
    ] {
        c.next_month.extend_from_slice(table);
    }
    for table in [
        lang::fr::modalities::CALENDAR,
        lang::en::modalities::CALENDAR,
        NL_CALENDAR,
    ] {
        for &(w, k) in table {
            match k {
                Cal::Month(m) => {
                    c.months.entry(w).or_insert(m);
                }
                Cal::Weekday(d) => {
                    c.weekdays.entry(w).or_insert(d);
                    let h = shape(w.as_bytes());
                    c.relative_shapes[h / 64] |= 1 << (h % 64);
                    if let Some(&b) = w.as_bytes().first() {
                        c.relative_starts[usize::from(b)] = true;
                    }
                }
                other => {
                    if let (Cal::Noon | Cal::Midnight, Some(&b)) = (other, w.as_bytes().first()) {
                        c.clock_starts[usize::from(b)] = true;
                    }
                    c.others.entry(w).or_insert(other);
                }
            }
        }
    }
    c
});

fn month_of(w: &str) -> Option<u32> {
    CALENDAR.months.get(w).copied()
}

/// True when the folded word `w` names a weekday, in full or abbreviated ("thu", « jeudi »).
pub(crate) fn is_weekday(w: &str) -> bool {
    weekday_of(w).is_some()
}

fn weekday_of(w: &str) -> Option<u32> {
    CALENDAR.weekdays.get(w).copied()
}

fn word_kind(w: &str) -> Option<Cal> {
    CALENDAR.others.get(w).copied()
}

/// A word's first byte, last byte and length, hashed into 0..4096.
fn shape(w: &[u8]) -> usize {
    let (Some(&a), Some(&z)) = (w.first(), w.last()) else {
        return 0;
    };
    (usize::from(a) * 31 + usize::from(z) * 17 + w.len()) % 4096
}

/// True when the word may be a number or clock word written out (no false negatives).
fn maybe_spelled(w: &[u8]) -> bool {
    let h = shape(w);
    CALENDAR.spelled_shapes[h / 64] & (1 << (h % 64)) != 0
}

fn spelled_of(w: &str) -> Option<Spelled> {
    CALENDAR.spelled.get(w).copied()
}

// ---------------------------------------------------------------------------------------
// Calendar arithmetic.

/// A calendar date (proleptic Gregorian).
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Date {
    /// Year.
    pub(crate) y: i32,
    /// Month, 1–12.
    pub(crate) m: u32,
    /// Day, 1–31.
    pub(crate) d: u32,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y` (February of an unknown year: 29).
fn month_len(y: Option<i32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match y {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// True when day `d` of month `m` exists (in year `y` when known).
pub(crate) fn valid_day(y: Option<i32>, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= month_len(y, m)
}

impl Date {
    /// A valid date, or `None` ("31/04", "29/02/2025").
    pub(crate) fn new(y: i32, m: u32, d: u32) -> Option<Date> {
        ((1000..=9999).contains(&y) && valid_day(Some(y), m, d)).then_some(Date { y, m, d })
    }

    /// `YYYY-MM-DD`.
    pub(crate) fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// Days since 1970-01-01.
    fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Weekday, 0 (Monday) – 6 (Sunday).
    pub(crate) fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        u32::try_from((self.days() + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// The date `n` days later.
    pub(crate) fn plus_days(&self, n: u32) -> Option<Date> {
        let mut d = *self;
        for _ in 0..n {
            d = Date::new(d.y, d.m, d.d + 1)
                .or_else(|| Date::new(d.y, d.m + 1, 1))
                .or_else(|| Date::new(d.y + 1, 1, 1))?;
        }
        Some(d)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub(crate) fn days_to(&self, other: &Date) -> i64 {
        other.days() - self.days()
    }
}

/// A date written without a year takes the year that puts it on or after `reference` (the
/// letter's date).
pub(crate) fn on_or_after(m: u32, d: u32, reference: Date) -> Option<Date> {
    (reference.y..=reference.y.saturating_add(8))
        .filter_map(|y| Date::new(y, m, d))
        .find(|date| *date >= reference)
}

/// A date written without a year, with only a year to go by: that year, unless the weekday
/// written beside it fits the year before or after and not that year.
pub(crate) fn in_year(m: u32, d: u32, weekday: Option<u32>, year: i32) -> Option<Date> {
    let base = Date::new(year, m, d);
    let Some(wd) = weekday else {
        return base.or_else(|| on_or_after(m, d, Date::new(year, 1, 1)?));
    };
    if base.is_some_and(|b| b.weekday() == wd) {
        return base;
    }
    for y in [year + 1, year - 1] {
        if let Some(b) = Date::new(y, m, d).filter(|b| b.weekday() == wd) {
            return Some(b);
        }
    }
    base.or_else(|| on_or_after(m, d, Date::new(year, 1, 1)?))
}

/// A time of day.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Time {
    /// Hour, 0–23.
    pub(crate) h: u32,
    /// Minute, 0–59.
    pub(crate) m: u32,
}

impl Time {
    /// `HH:MM`.
    pub(crate) fn hhmm(&self) -> String {
        format!("{:02}:{:02}", self.h, self.m)
    }
}

// ---------------------------------------------------------------------------------------
// Tokens, read on demand.

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Kind {
    Num,
    Word,
    Sign(char),
}

#[derive(Copy, Clone, Debug)]
struct Tok<'a> {
    kind: Kind,
    s: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Tok<'a> {
    fn num(&self) -> Option<u32> {
        (self.kind == Kind::Num && self.s.len() <= 4)
            .then(|| self.s.parse().ok())
            .flatten()
    }
    fn is_sign(&self, c: char) -> bool {
        self.kind == Kind::Sign(c)
    }
    fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.s == w
    }
    fn word(&self) -> Option<&'a str> {
        (self.kind == Kind::Word).then_some(self.s)
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// The token starting at or after `pos`, skipping white space. `None` at the end, or when
/// the white space skipped holds a blank line (or any line break, if `same_line`).
fn next_tok(f: &str, pos: usize, same_line: bool) -> Option<Tok<'_>> {
    let rest = f.get(pos..)?;
    let mut newlines = 0;
    let mut skip = 0;
    for c in rest.chars() {
        match c {
            ' ' => skip += 1,
            '\n' => {
                newlines += 1;
                skip += 1;
            }
            _ => break,
        }
    }
    if newlines > 1 || (same_line && newlines > 0) {
        return None;
    }
    let start = pos + skip;
    let rest = &f[start..];
    let c = rest.chars().next()?;
    let len = if c.is_ascii_digit() {
        rest.bytes().take_while(u8::is_ascii_digit).count()
    } else if is_letter(c) {
        rest.char_indices()
            .find(|&(_, c)| !is_letter(c))
            .map_or(rest.len(), |(i, _)| i)
    } else {
        c.len_utf8()
    };
    let kind = if c.is_ascii_digit() {
        Kind::Num
    } else if is_letter(c) {
        Kind::Word
    } else {
        Kind::Sign(c)
    };
    Some(Tok {
        kind,
        s: &rest[..len],
        start,
        end: start + len,
    })
}

/// The token ending at or before `pos`, skipping white space (not a blank line, nor any
/// line break if `same_line`).
fn prev_tok(f: &str, pos: usize, same_line: bool) -> Option<Tok<'_>> {
    let before = f.get(..pos)?;
    let mut newlines = 0;
    let mut end = before.len();
    for c in before.chars().rev() {
        match c {
            ' ' => end -= 1,
            '\n' => {
                newlines += 1;
                end -= 1;
            }
            _ => break,
        }
    }
    if newlines > 1 || (same_line && newlines > 0) {
        return None;
    }
    let before = &f[..end];
    let c = before.chars().next_back()?;
    let start = if c.is_ascii_digit() {
        end - before.bytes().rev().take_while(u8::is_ascii_digit).count()
    } else if is_letter(c) {
        before
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_letter(c))
            .map_or(0, |(i, c)| i + c.len_utf8())
    } else {
        end - c.len_utf8()
    };
    let kind = if c.is_ascii_digit() {
        Kind::Num
    } else if is_letter(c) {
        Kind::Word
    } else {
        Kind::Sign(c)
    };
    Some(Tok {
        kind,
        s: &f[start..end],
        start,
        end,
    })
}

/// The token right after `t`, glued to it (no white space between).
fn glued_next<'a>(f: &'a str, t: &Tok<'_>) -> Option<Tok<'a>> {
    next_tok(f, t.end, true).filter(|n| n.start == t.end)
}

/// The token right before `t`, glued to it.
fn glued_prev<'a>(f: &'a str, t: &Tok<'_>) -> Option<Tok<'a>> {
    prev_tok(f, t.start, true).filter(|p| p.end == t.start)
}

/// The word before `pos` (skipping signs like "," or "(" on the same line), if any.
pub(crate) fn word_before(f: &str, pos: usize) -> Option<&str> {
    let mut p = pos;
    for _ in 0..3 {
        let t = prev_tok(f, p, false)?;
        match t.kind {
            Kind::Word => return Some(t.s),
            Kind::Sign(',' | '(' | '*' | '\'' | '"') => p = t.start,
            _ => return None,
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Dates.

/// A date found in the folded text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// Folded range, weekday included.
    pub(crate) range: Range<usize>,
    /// The year, when written.
    pub(crate) y: Option<i32>,
    /// Month, 1–12; 0 for the month of the letter ("le 17 courant", "the 17th inst.").
    pub(crate) m: u32,
    /// Day, 1–31.
    pub(crate) d: u32,
    /// The weekday written beside it, 0 (Monday) – 6.
    pub(crate) weekday: Option<u32>,
    /// A day given relative to the letter's date ("demain", "next Tuesday"): `y`, `m` and
    /// `d` are then 0.
    pub(crate) rel: Option<Rel>,
}

impl DateMatch {
    /// The full date when the year is written.
    pub(crate) fn full(&self) -> Option<Date> {
        Date::new(self.y?, self.m, self.d)
    }

    /// The date, its year taken from `reference` (the letter's date) when not written.
    pub(crate) fn resolve(&self, reference: Option<Date>) -> Option<Date> {
        if let Some(rel) = self.rel {
            let r = reference?;
            return match rel {
                Rel::Days(n) => r.plus_days(n),
                Rel::Next(wd) => (1..=7)
                    .filter_map(|n| r.plus_days(n))
                    .find(|d| d.weekday() == wd),
                Rel::NextWeek(wd) => r.plus_days(7 - r.weekday() + wd),
                Rel::NextMonth(d) => {
                    let (y, m) = if r.m == 12 {
                        (r.y + 1, 1)
                    } else {
                        (r.y, r.m + 1)
                    };
                    Date::new(y, m, d)
                }
                Rel::DayOfMonth(d) => (0..3)
                    .filter_map(|k| {
                        let months = r.y * 12 + r.m as i32 - 1 + k;
                        Date::new(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, d)
                    })
                    .find(|date| *date >= r),
            };
        }
        match (self.y, reference) {
            (_, Some(r)) if self.m == 0 => match self.weekday {
                // "Tuesday the 9th": the first month from the letter's in which the 9th is
                // a Tuesday.
                Some(wd) => (0..13)
                    .filter_map(|k| {
                        let months = r.y * 12 + r.m as i32 - 1 + k;
                        Date::new(
                            months.div_euclid(12),
                            months.rem_euclid(12) as u32 + 1,
                            self.d,
                        )
                    })
                    .find(|date| *date >= r && date.weekday() == wd)
                    .or_else(|| Date::new(r.y, r.m, self.d)),
                None => Date::new(r.y, r.m, self.d),
            },
            (Some(y), _) => Date::new(y, self.m, self.d),
            (None, Some(r)) => on_or_after(self.m, self.d, r),
            (None, None) => None,
        }
    }
}

const DAY_SUFFIXES: &[&str] = &[
    "er", "re", "e", "eme", "st", "nd", "rd", "th", "ste", "de", "te",
];

fn year_value(t: &Tok<'_>) -> Option<i32> {
    if t.kind != Kind::Num {
        return None;
    }
    let v: i32 = t.s.parse().ok()?;
    match t.s.len() {
        4 if (1900..=2100).contains(&v) => Some(v),
        2 => Some(if v < 70 { 2000 + v } else { 1900 + v }),
        _ => None,
    }
}

/// Words after which a short numeric date "14.03" or "14-03" may stand.
const SHORT_DATE_PREV: &[&str] = &[
    "le", "du", "au", "on", "the", "op", "tot", "van", "ce", "date", "datum", "jusqu", "until",
];

/// Words after which "1/2" is a page number or a fraction, not a date.
const NOT_DATE_PREV: &[&str] = &[
    "page", "p", "pp", "blz", "pagina", "art", "article", "artikel",
];

/// A numeric date starting at the digit run `t0`: "14/03/2025", "14.03.25", "2025-03-14",
/// "14/03".
fn numeric_date(f: &str, t0: &Tok<'_>) -> Option<DateMatch> {
    if let Some(p) = glued_prev(f, t0) {
        if matches!(p.kind, Kind::Sign('/' | '.' | '-' | ':' | ',')) || p.kind == Kind::Word {
            return None;
        }
    }
    let s1 = glued_next(f, t0)?;
    let sep = match s1.kind {
        Kind::Sign(c @ ('/' | '.' | '-')) => c,
        _ => return None,
    };
    let t1 = glued_next(f, &s1).filter(|t| t.kind == Kind::Num)?;
    let third = glued_next(f, &t1)
        .filter(|s| s.is_sign(sep))
        .and_then(|s| glued_next(f, &s))
        .filter(|t| t.kind == Kind::Num);
    let (y, m, d, end) = if t0.s.len() == 4 {
        // ISO: 2025-03-14.
        let t2 = third?;
        if t1.s.len() > 2 || t2.s.len() > 2 {
            return None;
        }
        (year_value(t0)?, t1.num()?, t2.num()?, t2.end)
    } else if t0.s.len() <= 2 && t1.s.len() <= 2 {
        match third {
            Some(t2) => (year_value(&t2)?, t1.num()?, t0.num()?, t2.end),
            None => {
                let prev = word_before(f, t0.start);
                if prev.is_some_and(|w| NOT_DATE_PREV.contains(&w)) {
                    return None;
                }
                let ok_prev =
                    prev.is_some_and(|w| SHORT_DATE_PREV.contains(&w) || weekday_of(w).is_some());
                if sep != '/' && !ok_prev {
                    return None;
                }
                // "14.30 h" or "10.10 am" is a time.
                if let Some(n) = next_tok(f, t1.end, true) {
                    if n.word().is_some_and(|w| word_kind(w).is_some()) {
                        return None;
                    }
                }
                let m = t1.num()?;
                let d = t0.num()?;
                if !valid_day(None, m, d) {
                    return None;
                }
                return finish_numeric(f, t0.start, t1.end, None, m, d);
            }
        }
    } else {
        return None;
    };
    if !valid_day(Some(y), m, d) {
        return None;
    }
    finish_numeric(f, t0.start, end, Some(y), m, d)
}

fn finish_numeric(
    f: &str,
    start: usize,
    end: usize,
    y: Option<i32>,
    m: u32,
    d: u32,
) -> Option<DateMatch> {
    // Part of a longer sequence ("1.2.3.4", "14/03/2025/2")?
    if let Some(n) = next_tok(f, end, true).filter(|n| n.start == end) {
        if matches!(n.kind, Kind::Sign('/' | '.' | '-' | ':')) {
            if let Some(nn) = next_tok(f, n.end, true).filter(|t| t.start == n.end) {
                if nn.kind == Kind::Num {
                    return None;
                }
            }
        } else if n.kind != Kind::Sign(',')
            && n.kind != Kind::Sign(')')
            && !matches!(n.kind, Kind::Sign(_))
        {
            return None;
        }
    }
    let (start, weekday) = weekday_before(f, start);
    Some(DateMatch {
        range: start..end,
        y,
        m,
        d,
        weekday,
        rel: None,
    })
}

/// A weekday written right before `pos` ("jeudi 14", "Thu, 14", "jeu. 10"): the new start
/// and the weekday.
/// Where the weekday named right before `pos` begins ("by Tuesday noon", « jeudi 14h »),
/// if one is.
pub(crate) fn weekday_start_before(f: &str, pos: usize) -> Option<usize> {
    let t = prev_tok(f, pos, false)?;
    (t.kind == Kind::Word && weekday_of(t.s).is_some()).then_some(t.start)
}

fn weekday_before(f: &str, pos: usize) -> (usize, Option<u32>) {
    let mut p = pos;
    for _ in 0..4 {
        let Some(t) = prev_tok(f, p, false) else {
            break;
        };
        match t.kind {
            Kind::Sign(',' | '.') => p = t.start,
            Kind::Word if matches!(t.s, "the" | "le" | "den") => p = t.start,
            // "Thursday morning, 20 November", « jeudi matin 8 janvier ».
            Kind::Word
                if matches!(
                    t.s,
                    "morning" | "afternoon" | "evening" | "matin" | "soir" | "ochtend" | "namiddag"
                ) =>
            {
                p = t.start
            }
            // « lundi prochain, le 12 ».
            Kind::Word if CALENDAR.relative.get(t.s) == Some(&Relative::After) => p = t.start,
            Kind::Word => {
                if let Some(wd) = weekday_of(t.s) {
                    return (t.start, Some(wd));
                }
                break;
            }
            _ => break,
        }
    }
    (pos, None)
}

/// The date `d`/`m` (with year `y` when written) ending at `end`, with the weekday written
/// right before `from`; `None` for a day the month does not have.
fn date_match(
    f: &str,
    from: usize,
    end: usize,
    y: Option<i32>,
    m: u32,
    d: u32,
) -> Option<DateMatch> {
    if !valid_day(y, m, d) {
        return None;
    }
    let (start, weekday) = weekday_before(f, from);
    Some(DateMatch {
        range: start..end,
        y,
        m,
        d,
        weekday,
        rel: None,
    })
}

/// A written date whose day is the digit run `t0`: "14 mars 2025", "1er avril", "the 7th of
/// May", "March 14, 2025", "3rd April".
fn written_date(f: &str, t0: &Tok<'_>) -> Option<DateMatch> {
    if t0.s.len() > 2 {
        return None;
    }
    if let Some(p) = glued_prev(f, t0) {
        if !matches!(p.kind, Kind::Sign('(' | '"' | '\'' | '*' | '[' | '-' | '_')) {
            return None;
        }
    }
    let d = t0.num()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // Ordinal suffix, glued.
    let mut after_day = t0.end;
    let mut suffix = false;
    if let Some(s) = glued_next(f, t0) {
        match s.word() {
            Some(w) if DAY_SUFFIXES.contains(&w) => {
                after_day = s.end;
                suffix = true;
            }
            Some(_) => return None,
            None => {}
        }
    }
    // The letter's month: "le 17 courant", "the 17th inst."; or the month after it: "the
    // 4th of next month", « le 4 du mois prochain » (a day relative to the letter's).
    let month = current_month_after(f, after_day)
        .map(|end| (end, None))
        .or_else(|| {
            phrase_after(f, after_day, &CALENDAR.next_month)
                .map(|end| (end, Some(Rel::NextMonth(d))))
        });
    if let Some((end, rel)) = month {
        let (start, weekday) = weekday_before(f, t0.start);
        return Some(DateMatch {
            range: start..end,
            y: None,
            m: 0,
            d: if rel.is_some() { 0 } else { d },
            weekday,
            rel,
        });
    }
    // Day first: "14 mars", "7th of may", "14 mar. 2025".
    let mut n = next_tok(f, after_day, false)?;
    if n.is_word("of") {
        n = next_tok(f, n.end, false)?;
    }
    if let Some(m) = n.word().and_then(month_of) {
        let mut end = n.end;
        if let Some(dot) = glued_next(f, &n).filter(|t| t.is_sign('.')) {
            end = dot.end;
        }
        let mut y = None;
        let mut probe = end;
        if let Some(c) = next_tok(f, probe, false).filter(|t| t.is_sign(',')) {
            probe = c.end;
        }
        if let Some(yt) = next_tok(f, probe, false) {
            if yt.s.len() == 4 && !followed_by_time_sign(f, &yt) {
                if let Some(v) = year_value(&yt) {
                    y = Some(v);
                    end = yt.end;
                }
            }
        }
        return date_match(f, t0.start, end, y, m, d);
    }
    // Month first: "march 14, 2025", "may 7th".
    let month_before = prev_tok(f, t0.start, false).and_then(|mut p| {
        if p.is_sign('.') {
            p = glued_prev(f, &p)?;
        }
        Some((p.start, p.word().and_then(month_of)?))
    });
    let Some((month_start, m)) = month_before else {
        return weekday_and_day(f, t0, after_day, d);
    };
    let (start, weekday) = weekday_before(f, month_start);
    let mut end = after_day;
    let mut y = None;
    let mut probe = end;
    let mut comma = false;
    if let Some(c) = next_tok(f, probe, true).filter(|t| t.is_sign(',')) {
        probe = c.end;
        comma = true;
    }
    let next = next_tok(f, probe, false);
    if let Some(yt) = next {
        if yt.s.len() == 4 && !followed_by_time_sign(f, &yt) {
            if let Some(v) = year_value(&yt) {
                y = Some(v);
                end = yt.end;
            }
        }
    }
    // "may 2 weeks": a month word first reads as a date only when something says so.
    let next_ok = match next_tok(f, after_day, true) {
        None => true,
        Some(t) => match t.kind {
            Kind::Sign(_) => true,
            Kind::Num => false,
            Kind::Word => matches!(
                t.s,
                "at" | "from" | "between" | "to" | "and" | "a" | "om" | "de"
            ),
        },
    };
    if !(y.is_some() || suffix || weekday.is_some() || comma || next_ok) {
        return None;
    }
    if !valid_day(y, m, d) {
        return None;
    }
    Some(DateMatch {
        range: start..end,
        y,
        m,
        d,
        weekday,
        rel: None,
    })
}

/// A weekday and a day, with no month: "next Tuesday the 9th", "mardi 9 à 14h", "Thursday
/// 12th". The month is the first on or after the letter's date in which that day falls on
/// that weekday ([`DateMatch::resolve`]).
fn weekday_and_day(f: &str, t0: &Tok<'_>, after_day: usize, d: u32) -> Option<DateMatch> {
    let (start, weekday) = weekday_before(f, t0.start);
    if weekday.is_none() {
        return day_of_month(f, t0, after_day, d);
    }
    // Not "Monday 3 people", "mardi 9/10", "Thursday 12.30".
    if let Some(n) = next_tok(f, after_day, true) {
        let glued = n.start == after_day;
        match n.kind {
            Kind::Num => return None,
            Kind::Sign('/' | '.' | ':' | '-') if glued => return None,
            Kind::Word
                if !matches!(
                    n.s,
                    "at" | "a"
                        | "from"
                        | "de"
                        | "des"
                        | "om"
                        | "van"
                        | "and"
                        | "et"
                        | "en"
                        | "in"
                        | "au"
                        | "to"
                ) =>
            {
                return None
            }
            _ => {}
        }
    }
    Some(DateMatch {
        range: start..after_day,
        y: None,
        m: 0,
        d,
        weekday,
        rel: None,
    })
}

/// A day with its month unsaid, after an article and before a time: "the 3rd at noon",
/// « le 3 à 14 h », "the 12th, from 9.30". Without the time the day is too often something
/// else ("the 3rd of the points", « le 3 de la liste »).
fn day_of_month(f: &str, t0: &Tok<'_>, after_day: usize, d: u32) -> Option<DateMatch> {
    prev_tok(f, t0.start, true).filter(|p| p.is_word("the") || p.is_word("le"))?;
    let mut pos = after_day;
    if let Some(c) = next_tok(f, pos, true).filter(|t| t.is_sign(',')) {
        pos = c.end;
    }
    let noon = || {
        let mut n = next_tok(f, pos, true)?;
        if n.word()
            .is_some_and(|w| matches!(w, "at" | "a" | "from" | "de" | "vers"))
        {
            n = next_tok(f, n.end, true)?;
        }
        word_time(f, &n)
    };
    if !(clock_follows(f, pos) || noon().is_some()) {
        return None;
    }
    Some(DateMatch {
        range: t0.start..after_day,
        y: None,
        m: 0,
        d: 0,
        weekday: None,
        rel: Some(Rel::DayOfMonth(d)),
    })
}

/// The end of "courant", "inst.", "de ce mois"… right after a day at `pos`.
fn current_month_after(f: &str, pos: usize) -> Option<usize> {
    let n = next_tok(f, pos, true)?;
    if n.word().and_then(spelled_of) == Some(Spelled::CurrentMonth) {
        return Some(
            glued_next(f, &n)
                .filter(|d| d.is_sign('.'))
                .map_or(n.end, |d| d.end),
        );
    }
    phrase_after(f, pos, &CALENDAR.current_month)
}

/// The end of one of `phrases` ("de ce mois", "of next month") when it begins at the token
/// after `pos` and ends a word.
fn phrase_after(f: &str, pos: usize, phrases: &[&str]) -> Option<usize> {
    let n = next_tok(f, pos, true)?;
    let rest = &f[n.start..];
    phrases.iter().find_map(|p| {
        let after = rest.strip_prefix(p)?;
        (!after.starts_with(is_letter)).then_some(n.start + p.len())
    })
}

/// A year right after `pos` ("2026", ", 2026"), not the hour of a time: the year and its
/// end.
fn year_after(f: &str, pos: usize) -> Option<(i32, usize)> {
    let mut probe = pos;
    if let Some(c) = next_tok(f, probe, true).filter(|t| t.is_sign(',')) {
        probe = c.end;
    }
    let yt = next_tok(f, probe, false)?;
    if yt.s.len() != 4 || followed_by_time_sign(f, &yt) {
        return None;
    }
    Some((year_value(&yt)?, yt.end))
}

/// A number written out at the word `t`, compounds included ("twenty-first", "vingt et
/// un", "dix-sept", "trente et unieme"): its value, whether it is an ordinal, its end.
fn spelled_number(f: &str, t: &Tok<'_>) -> Option<(u32, bool, usize)> {
    let (v, ord) = match spelled_of(t.word()?)? {
        Spelled::Number(v) => (v, false),
        Spelled::Ordinal(v) => (v, true),
        _ => return None,
    };
    let compound = v == 10 || (v >= 20 && v % 10 == 0);
    if ord || !compound {
        return Some((v, ord, t.end));
    }
    // The unit: glued by a hyphen, or after "et".
    let mut n = next_tok(f, t.end, true);
    if let Some(h) = n.filter(|h| h.is_sign('-') && h.start == t.end) {
        n = glued_next(f, &h);
    }
    let mut et = false;
    if let Some(e) = n.filter(|e| e.is_word("et") || e.is_word("and")) {
        et = true;
        n = next_tok(f, e.end, true);
        if let Some(h) = n.filter(|h| h.is_sign('-') && h.start == e.end) {
            n = glued_next(f, &h);
        }
    }
    let Some(u) = n.filter(|u| u.kind == Kind::Word) else {
        return Some((v, false, t.end));
    };
    let (add, uord) = match u.s {
        "un" | "une" if et => (1, false),
        "unieme" if et => (1, true),
        w => match spelled_of(w) {
            Some(Spelled::Number(a)) if (1..=9).contains(&a) && !et => (a, false),
            Some(Spelled::Ordinal(a)) if (1..=9).contains(&a) && !et => (a, true),
            _ => return Some((v, false, t.end)),
        },
    };
    // "dix-sept" to "dix-neuf" only.
    if v == 10 && !(7..=9).contains(&add) {
        return Some((v, false, t.end));
    }
    Some((v + add, uord, u.end))
}

/// A date whose day is written out at the word `t`: "the fifth of May", "le quinze mars
/// 2026", "Tuesday the twenty-first of April", "May the fifth".
fn spelled_date(f: &str, t: &Tok<'_>) -> Option<DateMatch> {
    let (d, ord, after) = spelled_number(f, t)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // Day first, after an article or a weekday, or as an ordinal.
    let mut n = next_tok(f, after, false);
    if let Some(of) = n.filter(|n| n.is_word("of")) {
        n = next_tok(f, of.end, false);
    }
    if let Some((n, m)) = n.and_then(|n| Some((n, month_of(n.word()?)?))) {
        // The article or weekday may end the line before ("le lundi\nquinze mars").
        let articled = prev_tok(f, t.start, false).is_some_and(|p| {
            p.word().is_some_and(|w| {
                matches!(w, "the" | "le" | "du" | "au" | "on") || weekday_of(w).is_some()
            })
        });
        if !(ord || articled) {
            return None;
        }
        let mut end = glued_next(f, &n)
            .filter(|t| t.is_sign('.'))
            .map_or(n.end, |d| d.end);
        let mut y = None;
        if let Some((v, e)) = year_after(f, end) {
            y = Some(v);
            end = e;
        }
        return date_match(f, t.start, end, y, m, d);
    }
    // Month first, the day an ordinal: "May the fifth", "March twenty-first"; "may" and
    // "march" (verbs too) only with "the".
    if !ord {
        return None;
    }
    let mut p = prev_tok(f, t.start, true)?;
    let the = p.is_word("the");
    if the {
        p = prev_tok(f, p.start, true)?;
    }
    let m = p.word().and_then(month_of)?;
    if !the && matches!(p.s, "may" | "march" | "mar") {
        return None;
    }
    let mut end = after;
    let mut y = None;
    if let Some((v, e)) = year_after(f, end) {
        y = Some(v);
        end = e;
    }
    date_match(f, p.start, end, y, m, d)
}

fn followed_by_time_sign(f: &str, t: &Tok<'_>) -> bool {
    glued_next(f, t).is_some_and(|n| {
        matches!(n.kind, Kind::Sign(':' | '/'))
            || n.word()
                .is_some_and(|w| word_kind(w) == Some(Cal::HourMark))
    })
}

// ---------------------------------------------------------------------------------------
// Times.

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Mark {
    /// "14h", "14 heures", "14u", "14 uur", "10 o'clock".
    Hour,
    /// "14:30".
    Colon,
    /// "14.30" (a room number looks the same).
    Dot,
    /// "10 am", "2.30 pm", "10 a.m.".
    Meridiem,
    /// "2" in "from 2 to 4 pm".
    Bare,
}

#[derive(Copy, Clone, Debug)]
struct Clock {
    h: u32,
    m: u32,
    start: usize,
    end: usize,
    mark: Mark,
    /// Some(true) for pm, Some(false) for am, when written.
    pm: Option<bool>,
}

impl Clock {
    fn strong(&self) -> bool {
        !matches!(self.mark, Mark::Dot | Mark::Bare)
    }
}

/// Reads "a.m." / "p.m." / "am" / "pm" at `pos`: (is pm, end).
fn meridiem_at(f: &str, pos: usize) -> Option<(bool, usize)> {
    let t = next_tok(f, pos, true)?;
    match t.word() {
        Some("am") => return Some((false, t.end)),
        Some("pm") => return Some((true, t.end)),
        Some("a" | "p") => {}
        _ => return None,
    }
    let pm = t.s == "p";
    let dot = glued_next(f, &t).filter(|d| d.is_sign('.'))?;
    let m = glued_next(f, &dot).filter(|w| w.is_word("m"))?;
    let end = glued_next(f, &m)
        .filter(|d| d.is_sign('.'))
        .map_or(m.end, |d| d.end);
    Some((pm, end))
}

fn apply_meridiem(h: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// A clock reading starting at the digit run `t0`.
fn clock_at(f: &str, t0: &Tok<'_>, range_end: bool) -> Option<Clock> {
    if t0.s.len() == 4 {
        return military(f, t0);
    }
    if t0.s.len() > 2 {
        return None;
    }
    if let Some(p) = glued_prev(f, t0) {
        let dash_ok = range_end && p.is_sign('-');
        if !dash_ok && matches!(p.kind, Kind::Sign('.' | ':' | '/' | ',' | '-'))
            || p.kind == Kind::Word
        {
            return None;
        }
    }
    let h = t0.num()?;
    if h > 24 {
        return None;
    }
    let mut c = Clock {
        h,
        m: 0,
        start: t0.start,
        end: t0.end,
        mark: Mark::Bare,
        pm: None,
    };
    let n = next_tok(f, t0.end, true);
    match n {
        Some(s) if (s.is_sign(':') || s.is_sign('.')) && s.start == t0.end => {
            let mm = glued_next(f, &s).filter(|t| t.kind == Kind::Num && t.s.len() == 2);
            if let Some(mm) = mm {
                c.m = mm.num()?;
                c.end = mm.end;
                c.mark = if s.is_sign(':') {
                    Mark::Colon
                } else {
                    Mark::Dot
                };
                // Seconds: "14:20:03".
                if let Some(sec) = glued_next(f, &mm).filter(|t| t.is_sign(':')) {
                    if let Some(ss) = glued_next(f, &sec).filter(|t| t.kind == Kind::Num) {
                        c.end = ss.end;
                    }
                }
                // "14.30" followed by more digits: a number, a reference.
                if let Some(more) = glued_next(f, &mm) {
                    if (more.is_sign('.') || more.is_sign(':') || more.is_sign('/'))
                        && glued_next(f, &more).is_some_and(|t| t.kind == Kind::Num)
                        && c.end == mm.end
                    {
                        return None;
                    }
                }
                trailing_marks(f, &mut c)?;
            }
        }
        Some(w) if w.kind == Kind::Word => match word_kind(w.s) {
            Some(Cal::HourMark) => {
                // "u" only glued ("14u30"); the other hour words glued or spaced.
                if w.s == "u" && w.start != t0.end {
                    return None;
                }
                if glued_next(f, &w).is_some_and(|t| t.kind == Kind::Word) {
                    return None;
                }
                c.mark = Mark::Hour;
                c.end = w.end;
                // The minutes may stand on the next line of a narrow column ("à 9 h\n30, au
                // Palais"), when nothing but a sign, a line's end or a place's "au" follows.
                let wrapped = || {
                    next_tok(f, w.end, false)
                        .filter(|t| t.kind == Kind::Num && t.s.len() == 2)
                        .filter(|mm| match next_tok(f, mm.end, true) {
                            None => true,
                            Some(t) => {
                                matches!(t.kind, Kind::Sign(',' | ';' | ')' | '-'))
                                    || (t.kind == Kind::Sign('.')
                                        && !glued_next(f, &t).is_some_and(|d| d.kind == Kind::Num))
                                    || matches!(t.word(), Some("a" | "au" | "at" | "in" | "dans"))
                            }
                        })
                };
                if let Some(mm) = next_tok(f, w.end, true)
                    .filter(|t| t.kind == Kind::Num && t.s.len() == 2)
                    .or_else(wrapped)
                {
                    // Not "14 h 2025" nor "14h 30/06".
                    let glued_more = glued_next(f, &mm).is_some_and(|t| match t.kind {
                        Kind::Sign('/' | ':') | Kind::Num => true,
                        Kind::Sign('.') => glued_next(f, &t).is_some_and(|d| d.kind == Kind::Num),
                        Kind::Word => word_kind(t.s) != Some(Cal::HourMark) && t.s != "min",
                        Kind::Sign(_) => false,
                    });
                    if !glued_more {
                        c.m = mm.num()?;
                        c.end = mm.end;
                        if let Some(min) = glued_next(f, &mm).filter(|t| t.is_word("min")) {
                            c.end = min.end;
                        }
                    }
                } else if w.s.len() > 2 {
                    // « 9 heures et demie ».
                    hour_fraction(f, &mut c);
                }
            }
            Some(Cal::Am | Cal::Pm) => {
                trailing_marks(f, &mut c)?;
            }
            Some(Cal::Noon) if w.s == "noon" || w.s == "midi" => {
                if h == 12 {
                    c.mark = Mark::Hour;
                    c.end = w.end;
                }
            }
            _ => {
                if w.s == "a" || w.s == "p" {
                    trailing_marks(f, &mut c)?;
                } else if w.s == "o" {
                    // "10 o'clock"
                    let ap = glued_next(f, &w).filter(|t| t.is_sign('\''));
                    if let Some(cl) = ap
                        .and_then(|a| glued_next(f, &a))
                        .filter(|t| t.is_word("clock"))
                    {
                        c.mark = Mark::Hour;
                        c.end = cl.end;
                    }
                } else if w.start == t0.end {
                    // "14ans", "3x": glued letters that are not a mark.
                    return None;
                }
            }
        },
        _ => {}
    }
    if c.pm.is_none() && matches!(c.mark, Mark::Bare) && (1..12).contains(&c.h) {
        // "at 7 in the evening", « à 9 du matin »: the part of the day marks a bare hour.
        afternoon(f, &mut c);
        let rest = f[c.end..].trim_start_matches(' ');
        if let Some(p) = ["in the morning", "du matin"]
            .iter()
            .find(|p| rest.starts_with(**p))
        {
            c.end += f[c.end..].len() - rest.len() + p.len();
            c.pm = Some(false);
        }
        if c.pm.is_some() {
            c.mark = Mark::Hour;
        }
    } else if c.pm.is_none() && !matches!(c.mark, Mark::Bare) {
        afternoon(f, &mut c);
    }
    if c.h > 23 || c.m > 59 {
        return None;
    }
    Some(c)
}

/// "2.30 in the afternoon", "8 heures du soir": a 12-hour reading of the afternoon.
fn afternoon(f: &str, c: &mut Clock) {
    let rest = f.get(c.end..).unwrap_or("").trim_start_matches(' ');
    for p in [
        "in the afternoon",
        "in the evening",
        "de l'apres-midi",
        "de l'apres midi",
        "du soir",
        "'s middags",
        "'s avonds",
    ] {
        if rest.starts_with(p) && (1..12).contains(&c.h) {
            c.h += 12;
            c.pm = Some(true);
            c.end += f[c.end..].len() - rest.len() + p.len();
            return;
        }
    }
}

/// A meeting is not held in the small hours: an hour from 1 to 6 with no "am" or "pm"
/// and no leading zero ("half past two", "at 2.30", "4h") is read in the afternoon.
/// "02:30" and "2.30 am" keep their hour.
fn business_hours(c: &mut Clock) {
    if c.pm.is_none() && (1..=6).contains(&c.h) {
        c.h += 12;
    }
}

/// Words before an hour written out that make it a clock reading ("at ten", "à dix
/// heures"); without one, only an explicit mark does ("ten o'clock", "ten am").
const SPELLED_TIME_PREV: &[&str] = &["at", "a", "vers", "des", "from", "de", "by", "before"];

/// An hour written out at the word `t` (1–24): its value and end.
fn spelled_hour(f: &str, t: &Tok<'_>) -> Option<(u32, usize)> {
    match spelled_number(f, t)? {
        (h, false, end) if (1..=24).contains(&h) => Some((h, end)),
        _ => None,
    }
}

/// A time written out at the word `t`: "ten o'clock", "half past ten", "a quarter to
/// nine", "ten thirty am", "at ten in the morning", "dix heures", "quatorze heures
/// trente", "dix heures et demie", "onze heures moins le quart".
fn spelled_time(f: &str, t: &Tok<'_>) -> Option<TimeMatch> {
    let mut c = match spelled_of(t.word()?)? {
        // "half past ten".
        Spelled::Half => {
            let past = next_tok(f, t.end, true).filter(|p| p.is_word("past"))?;
            let ht = next_tok(f, past.end, true)?;
            let (h, end) = spelled_hour(f, &ht).filter(|&(h, _)| h <= 12)?;
            Clock {
                h,
                m: 30,
                start: t.start,
                end,
                mark: Mark::Hour,
                pm: None,
            }
        }
        // "a quarter past ten", "quarter to nine".
        Spelled::Quarter => {
            let rel = next_tok(f, t.end, true)?;
            let after = match rel.word() {
                Some("past") => true,
                Some("to") => false,
                _ => return None,
            };
            let ht = next_tok(f, rel.end, true)?;
            let (h, end) = spelled_hour(f, &ht).filter(|&(h, _)| h <= 12)?;
            let (h, m) = match (after, h) {
                (true, h) => (h, 15),
                (false, 1) => (12, 45),
                (false, h) => (h - 1, 45),
            };
            Clock {
                h,
                m,
                start: t.start,
                end,
                mark: Mark::Hour,
                pm: None,
            }
        }
        Spelled::Number(_) => spelled_clock(f, t)?,
        _ => return None,
    };
    if let Some((pm, end)) = meridiem_at(f, c.end) {
        c.h = apply_meridiem(c.h, pm)?;
        c.pm = Some(pm);
        c.end = end;
    }
    if c.pm.is_none() {
        afternoon(f, &mut c);
    }
    business_hours(&mut c);
    if c.h > 23 || c.m > 59 {
        return None;
    }
    Some(TimeMatch {
        range: c.start..c.end,
        time: Time { h: c.h, m: c.m },
    })
}

/// « et demie », « et quart », « moins le quart » after an hour word that ends `c`
/// ("dix heures et demie", "9 heures et quart").
fn hour_fraction(f: &str, c: &mut Clock) {
    let Some(w) = next_tok(f, c.end, true) else {
        return;
    };
    match w.word() {
        Some("et") => {
            if let Some(q) = next_tok(f, w.end, true) {
                match q.word().and_then(spelled_of) {
                    Some(Spelled::Half) => (c.m, c.end) = (30, q.end),
                    Some(Spelled::Quarter) => (c.m, c.end) = (15, q.end),
                    _ => {}
                }
            }
        }
        Some("moins") => {
            let mut q = next_tok(f, w.end, true);
            if let Some(le) = q.filter(|q| q.is_word("le")) {
                q = next_tok(f, le.end, true);
            }
            if q.and_then(|q| q.word()).and_then(spelled_of) == Some(Spelled::Quarter) {
                c.h = (c.h + 23) % 24;
                c.m = 45;
                c.end = q.map_or(c.end, |q| q.end);
            }
        }
        _ => {}
    }
}

/// An hour written out, with its minutes: "ten o'clock", "dix heures et quart", "ten thirty
/// am", "at ten in the morning".
fn spelled_clock(f: &str, t: &Tok<'_>) -> Option<Clock> {
    let (h, end) = spelled_hour(f, t)?;
    let prev = word_before(f, t.start);
    if prev.is_some_and(|w| DURATION_PREV.contains(&w)) {
        return None;
    }
    // The unit of a larger number ("quarante-huit heures avant la réunion"): not an hour.
    if let Some(h) = prev_tok(f, t.start, true).filter(|h| h.is_sign('-') && h.end == t.start) {
        if prev_tok(f, h.start, true)
            .is_some_and(|w| w.end == h.start && w.word().is_some_and(|s| spelled_of(s).is_some()))
        {
            return None;
        }
    }
    let mut c = Clock {
        h,
        m: 0,
        start: t.start,
        end,
        mark: Mark::Hour,
        pm: None,
    };
    let n = next_tok(f, end, true);
    // "ten o'clock".
    if let Some(o) = n.filter(|o| o.is_word("o")) {
        let cl = glued_next(f, &o)
            .filter(|a| a.is_sign('\''))
            .and_then(|a| glued_next(f, &a))
            .filter(|w| w.is_word("clock"))?;
        c.end = cl.end;
        return Some(c);
    }
    // "dix heures", "tien uur", then the minutes.
    if let Some(w) = n.filter(|w| {
        w.word()
            .is_some_and(|s| word_kind(s) == Some(Cal::HourMark) && s.len() > 2)
    }) {
        c.end = w.end;
        let m = next_tok(f, w.end, true);
        match m.and_then(|m| m.word().map(|s| (m, s))) {
            Some((_, "et" | "moins")) => hour_fraction(f, &mut c),
            Some((mt, _)) => {
                if let Some((mm, false, e)) = spelled_number(f, &mt) {
                    if (1..=59).contains(&mm) {
                        c.m = mm;
                        c.end = e;
                    }
                }
            }
            None => {}
        }
        // After a word other than "à", "vers", "at"…, a whole hour is a duration
        // ("prévoyez deux heures"); after a sign or a date it is a time ("le 5 mai, dix
        // heures").
        let at = prev.is_some_and(|w| SPELLED_TIME_PREV.contains(&w));
        if !at && c.m == 0 && prev_tok(f, t.start, false).is_some_and(|p| p.kind == Kind::Word) {
            return None;
        }
        // "de deux heures" without a range after it is a duration.
        if prev.is_some_and(|w| w == "de" || w == "d") && range_connector(f, c.end).is_none() {
            return None;
        }
        return Some(c);
    }
    if c.h > 12 {
        return None;
    }
    // "ten thirty": minutes written out, then a mark or after "at".
    if let Some(mt) = n.filter(|m| m.kind == Kind::Word) {
        if let Some((mm, false, e)) = spelled_number(f, &mt) {
            if (10..=59).contains(&mm) {
                c.m = mm;
                c.end = e;
            }
        }
    }
    // "ten am", "at ten in the morning".
    if meridiem_at(f, c.end).is_some() {
        return Some(c);
    }
    let rest = f[c.end..].trim_start_matches(' ');
    let daytime = [
        "in the morning",
        "in the afternoon",
        "in the evening",
        "du matin",
        "du soir",
        "de l'apres-midi",
    ]
    .iter()
    .any(|p| rest.starts_with(p));
    let at = prev.is_some_and(|w| SPELLED_TIME_PREV.contains(&w));
    (at && (daytime || c.m > 0)).then_some(c)
}

/// Marks after "14:30" / "2.30" / "10": "pm", "a.m.", "h", "uur".
fn trailing_marks(f: &str, c: &mut Clock) -> Option<()> {
    if let Some((pm, end)) = meridiem_at(f, c.end) {
        c.h = apply_meridiem(c.h, pm)?;
        c.pm = Some(pm);
        c.end = end;
        c.mark = Mark::Meridiem;
        return Some(());
    }
    if let Some(w) = next_tok(f, c.end, true) {
        if w.word()
            .is_some_and(|s| word_kind(s) == Some(Cal::HourMark))
            && !glued_next(f, &w).is_some_and(|t| t.kind == Kind::Word)
        {
            c.end = w.end;
            c.mark = Mark::Hour;
        }
    }
    Some(())
}

/// Words before a clock that make it a time even when it looks like a number ("at 10.00",
/// "à 9.30", "om 14.30").
const TIME_PREV: &[&str] = &[
    "at", "a", "from", "de", "des", "vers", "om", "van", "between", "entre", "tussen", "until",
    "till", "to", "tot", "heure", "heures", "time", "hour", "uur", "tijd", "starts", "start",
    "begins", "commence", "debut", "horaire", "tomorrow", "tmrw", "tmw", "today", "demain",
    "morgen", "vandaag",
];

/// Labels of a time ("Heure : 9.30").
const TIME_LABELS: &[&str] = &[
    "heure", "heures", "horaire", "time", "hour", "start", "debut", "uur", "tijd", "aanvang",
];

/// Words before "2 h" that make it a duration ("environ 2 h", "dans les 48 h").
const DURATION_PREV: &[&str] = &[
    "environ",
    "about",
    "approximately",
    "approx",
    "pendant",
    "durant",
    "during",
    "within",
    "les",
    "dans",
    "chaque",
    "toutes",
    "every",
    "max",
    "maximum",
    "minimum",
    "moins",
    "plus",
    "ongeveer",
    "for",
    "durera",
    "duree",
    "last",
    "lasts",
    "takes",
];

/// Range connectors: "-", "à", "to", "until", "tot", "et" / "and" (after "entre" / "between").
fn range_connector<'a>(f: &'a str, pos: usize) -> Option<(Tok<'a>, bool)> {
    let t = next_tok(f, pos, true)?;
    match t.kind {
        Kind::Sign('-') => Some((t, false)),
        Kind::Word => match t.s {
            "a" | "to" | "until" | "till" | "tot" => Some((t, false)),
            "jusqu" => {
                let ap = glued_next(f, &t).filter(|a| a.is_sign('\''))?;
                let a = glued_next(f, &ap).filter(|a| a.is_word("a"))?;
                Some((a, false))
            }
            "et" | "and" | "en" => Some((t, true)),
            _ => None,
        },
        _ => None,
    }
}

/// A time found in the folded text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TimeMatch {
    /// Folded range, the whole range "de 14h à 16h" when there is one.
    pub(crate) range: Range<usize>,
    /// The time (a range's start).
    pub(crate) time: Time,
}

fn clock_tok(f: &str, pos: usize) -> Option<Clock> {
    let t = next_tok(f, pos, true)?;
    if t.kind == Kind::Num {
        return clock_at(f, &t, true);
    }
    // "10 till noon", "de 10 h à midi".
    let h = match t.word().and_then(word_kind)? {
        Cal::Noon => 12,
        Cal::Midnight => 0,
        _ => return None,
    };
    Some(Clock {
        h,
        m: 0,
        start: t.start,
        end: t.end,
        mark: Mark::Hour,
        pm: None,
    })
}

/// Words after a clock that make it a time ("8.30 sharp", "9.15 précises").
const TIME_NEXT: &[&str] = &["sharp", "precises", "precise", "pile", "stipt"];

/// A time whose hour is the digit run `t0`.
fn time_at(f: &str, t0: &Tok<'_>) -> Option<TimeMatch> {
    let c = clock_at(f, t0, false)?;
    if glued_next(
        f,
        &Tok {
            kind: Kind::Num,
            s: "",
            start: c.end,
            end: c.end,
        },
    )
    .is_some_and(|t| t.is_sign('/'))
    {
        // "24h/24", "7/7".
        return None;
    }
    let prev = word_before(f, c.start);
    // A range?
    let end_clock = range_connector(f, c.end).and_then(|(conn, and)| {
        let e = clock_tok(f, conn.end)?;
        // "entre 10 et 12", "between 10 and 12" only after "entre"/"between"/"tussen".
        if and && !prev.is_some_and(|w| matches!(w, "entre" | "between" | "tussen")) {
            return None;
        }
        Some(e)
    });
    let range_word =
        prev.is_some_and(|w| matches!(w, "entre" | "between" | "tussen" | "from" | "de" | "van"));
    // Or a label of the time: "HEURE : 9.30", "Time: 10.15".
    let time_label = || {
        prev_tok(f, c.start, false)
            .filter(|t| t.is_sign(':'))
            .and_then(|colon| word_before(f, colon.start))
            .is_some_and(|w| TIME_LABELS.contains(&w))
    };
    // Or right after a date: "Friday 12 December, 11.15", "12 December 2025, 11.15".
    let after_date = || {
        prev.is_some_and(|w| month_of(w).is_some())
            || prev_tok(f, c.start, true)
                .map(|t| match t.kind {
                    Kind::Sign(',') => prev_tok(f, t.start, true),
                    _ => Some(t),
                })
                .is_some_and(|t| t.is_some_and(|t| year_value(&t).is_some() && t.s.len() == 4))
    };
    let time_word = prev.is_some_and(|w| TIME_PREV.contains(&w))
        || time_label()
        || (c.mark == Mark::Dot && after_date());
    let is_range = end_clock.is_some_and(|e| match (c.mark, e.mark) {
        (_, Mark::Bare) if c.strong() => false,
        (Mark::Bare, Mark::Bare) => {
            // "between 10 and 12", "from 2 to 4" — not "between 10 and 12 participants".
            range_word
                && !next_tok(f, e.end, true)
                    .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
        }
        (Mark::Bare, Mark::Dot) => range_word || time_word,
        _ => true,
    });
    let mut start = c;
    let mut end = c.end;
    if let (true, Some(e)) = (is_range, end_clock) {
        // The meridiem of the end applies to a start that has none: "from 2 to 4 pm".
        if let (None, Some(pm)) = (c.pm, e.pm) {
            if c.mark != Mark::Hour && c.h <= 12 {
                let e12 = if e.h % 12 == 0 { 12 } else { e.h % 12 };
                if pm && c.h < 12 && c.h < e12 {
                    start.h = c.h + 12;
                } else if !pm && c.h == 12 {
                    start.h = 0;
                }
            }
        }
        end = e.end;
    } else {
        match c.mark {
            Mark::Bare => return None,
            // "at 10.00" or "8.30 sharp" is a time; "room 3.12" is not.
            Mark::Dot
                if !time_word
                    && !next_tok(f, c.end, true)
                        .and_then(|t| t.word())
                        .is_some_and(|w| TIME_NEXT.contains(&w)) =>
            {
                return None
            }
            Mark::Hour if c.m == 0 && prev.is_some_and(|w| DURATION_PREV.contains(&w)) => {
                return None
            }
            _ => {}
        }
    }
    if start.h > 23 {
        return None;
    }
    if !f[c.start..].starts_with('0') {
        business_hours(&mut start);
    }
    Some(TimeMatch {
        range: c.start..end,
        time: Time {
            h: start.h,
            m: start.m,
        },
    })
}

/// A time written as four digits and "hrs" ("1400 hrs", "0930hrs"), as in police memos.
fn military(f: &str, t0: &Tok<'_>) -> Option<Clock> {
    let n = next_tok(f, t0.end, true)?;
    // Not "hours": "1200 hours of training" is a duration.
    if n.word() != Some("hrs") {
        return None;
    }
    if glued_prev(f, t0).is_some() {
        return None;
    }
    let v = t0.num()?;
    let (h, m) = (v / 100, v % 100);
    if h > 23 || m > 59 {
        return None;
    }
    Some(Clock {
        h,
        m,
        start: t0.start,
        end: n.end,
        mark: Mark::Colon,
        pm: None,
    })
}

/// "noon", "midi" (not "après-midi"), "midnight".
fn word_time(f: &str, w: &Tok<'_>) -> Option<TimeMatch> {
    let k = word_kind(w.s)?;
    let time = match k {
        Cal::Noon => Time { h: 12, m: 0 },
        Cal::Midnight => Time { h: 0, m: 0 },
        _ => return None,
    };
    if let Some(p) = glued_prev(f, w) {
        if p.is_sign('-') || p.kind == Kind::Word {
            return None;
        }
    }
    if let Some(p) = prev_tok(f, w.start, true) {
        if p.is_sign('-')
            && glued_prev(f, &p).is_some_and(|a| a.is_word("apres") || a.is_word("after"))
        {
            return None;
        }
    }
    // Ranges starting at noon: "de midi à 14h".
    let mut end = w.end;
    if let Some((conn, _)) = range_connector(f, w.end) {
        if let Some(e) = clock_tok(f, conn.end).filter(Clock::strong) {
            end = e.end;
        }
    }
    Some(TimeMatch {
        range: w.start..end,
        time,
    })
}

/// Everything found in a text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Found {
    /// Dates, in text order.
    pub(crate) dates: Vec<DateMatch>,
    /// Times, in text order.
    pub(crate) times: Vec<TimeMatch>,
}

/// Finds every date and time of the folded text `f`, in order (at most
/// [`MAX_CANDIDATES`] of each).
/// True when the word may be a weekday or a relative-day word (no false negatives).
fn maybe_relative(w: &[u8]) -> bool {
    let h = shape(w);
    CALENDAR.relative_shapes[h / 64] & (1 << (h % 64)) != 0
}

/// True when a day number follows `pos` on its line, past a comma, an article or a
/// weekday ("next Tuesday the 9th", "demain mer. 5/2"): the date is read there.
fn day_follows(f: &str, pos: usize) -> bool {
    let mut p = pos;
    for _ in 0..4 {
        let Some(t) = next_tok(f, p, true) else {
            return false;
        };
        match t.kind {
            Kind::Num => {
                // "mardi prochain 10 h", "next Monday 14:00", "Thursday week, 2 to 4 pm": a
                // time, or the start of a range of times.
                let time = next_tok(f, t.end, true).is_some_and(|n| {
                    (n.start == t.end && matches!(n.kind, Kind::Sign(':' | '.')))
                        || n.word().is_some_and(|w| {
                            matches!(word_kind(w), Some(Cal::HourMark | Cal::Am | Cal::Pm))
                        })
                        || range_connector(f, t.end)
                            .and_then(|(c, _)| clock_tok(f, c.end))
                            .is_some_and(|e| e.strong())
                });
                return !time;
            }
            Kind::Sign(',' | '.') => p = t.end,
            Kind::Word if matches!(t.s, "the" | "le") || weekday_of(t.s).is_some() => p = t.end,
            _ => return false,
        }
    }
    false
}

/// A day given relative to the letter's date at the word `t`: "demain", "après-demain",
/// "mardi prochain", "ce jeudi", "mardi de la semaine prochaine", "tomorrow", "next
/// Tuesday", "this Thu", "Tuesday next week", "on Thursday at 2 pm". Not when a day number
/// follows, which the numeric readers take with its weekday.
fn relative_date(f: &str, t: &Tok<'_>) -> Option<DateMatch> {
    let w = t.word()?;
    let time_follows = |pos: usize| {
        // (After a comma too: "on Thursday, 3pm".)
        let n = next_tok(f, pos, true)
            .filter(|n| n.is_sign(','))
            .map_or_else(|| next_tok(f, pos, true), |c| next_tok(f, c.end, true));
        n.is_some_and(|n| {
            n.kind == Kind::Num
                || n.word().is_some_and(|w| matches!(w, "at" | "from" | "between"))
                // Not "on Thursday morning, 20 November", a date read with its weekday.
                || (n.word().is_some_and(|w| matches!(w, "morning" | "afternoon"))
                    && !next_tok(f, n.end, true)
                        .map(|c| if c.is_sign(',') { next_tok(f, c.end, true) } else { Some(c) })
                        .is_some_and(|d| d.is_some_and(|d| d.kind == Kind::Num)))
        })
    };
    let (rel, start, end) = if let Some(wd) = weekday_of(w) {
        let n = next_tok(f, t.end, true)?;
        let rest = &f[n.start..];
        if n.word().and_then(|w| CALENDAR.relative.get(w)) == Some(&Relative::After) {
            (Rel::Next(wd), t.start, n.end)
        } else if let Some(p) = CALENDAR.next_week.iter().find(|p| {
            rest.starts_with(*p) && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric())
        }) {
            (Rel::NextWeek(wd), t.start, n.start + p.len())
        } else if clock_follows(f, t.end)
            && !word_before(f, t.start).is_some_and(|b| HABITUAL.contains(&b))
        {
            // "Thursday at 10:00, on Teams", "is set for Thu 14:00", "jeudi à 14 h": the
            // next such day (not "le jeudi à 14 h", every Thursday; not "last Thursday").
            (Rel::Next(wd), t.start, t.end)
        } else {
            return None;
        }
    } else {
        match CALENDAR.relative.get(w)? {
            Relative::Days(n) => {
                // "après-demain", "the day after tomorrow".
                let after = prev_tok(f, t.start, true).is_some_and(|h| {
                    h.is_sign('-')
                        && h.end == t.start
                        && prev_tok(f, h.start, true).is_some_and(|a| a.is_word("apres"))
                }) || word_before(f, t.start) == Some("after");
                (Rel::Days(n + u32::from(after)), t.start, t.end)
            }
            k @ (Relative::Before | Relative::BeforeTimed) => {
                let n = next_tok(f, t.end, true)?;
                let wd = weekday_of(n.word()?)?;
                // "ce jeudi-ci".
                let mut end = n.end;
                if let Some(ci) = glued_next(f, &n)
                    .filter(|h| h.is_sign('-'))
                    .and_then(|h| glued_next(f, &h))
                    .filter(|c| c.is_word("ci"))
                {
                    end = ci.end;
                }
                if *k == Relative::BeforeTimed && !time_follows(end) {
                    return None;
                }
                (Rel::Next(wd), t.start, end)
            }
            Relative::After => return None,
            Relative::From => {
                let now =
                    next_tok(f, t.end, true).filter(|n| n.is_word("today") || n.is_word("now"))?;
                let unit = prev_tok(f, t.start, true)?;
                let count = prev_tok(f, unit.start, true)?;
                let (days, end) = span_days(f, count.start)?;
                if end != unit.end {
                    return None;
                }
                (Rel::Days(days), count.start, now.end)
            }
            Relative::Clipped(n) => {
                let dot = glued_next(f, t).filter(|d| d.is_sign('.'))?;
                if !clock_follows(f, dot.end) {
                    return None;
                }
                (Rel::Days(*n), t.start, dot.end)
            }
            Relative::In => {
                let (days, end) = span_days(f, t.end)?;
                (Rel::Days(days), t.start, end)
            }
        }
    };
    if day_follows(f, end) {
        return None;
    }
    let weekday = match rel {
        Rel::Next(wd) | Rel::NextWeek(wd) => Some(wd),
        Rel::Days(_) | Rel::NextMonth(_) | Rel::DayOfMonth(_) => None,
    };
    Some(DateMatch {
        range: start..end,
        y: None,
        m: 0,
        d: 0,
        weekday,
        rel: Some(rel),
    })
}

/// Words before a weekday that make it no single day ahead: "le jeudi" (every Thursday),
/// "every Thursday", "last Thursday".
const HABITUAL: &[&str] = &[
    "le",
    "les",
    "chaque",
    "tous",
    "every",
    "each",
    "last",
    "previous",
    "past",
    "the",
    "on",
    "dernier",
    "precedent",
    "des",
];

/// True when a clock time follows `pos` on its line, right away or after "at", "à",
/// "from", "de", "vers", "around": "14:00", "10.30", "2 pm", "14 h".
fn clock_follows(f: &str, pos: usize) -> bool {
    let Some(mut n) = next_tok(f, pos, true) else {
        return false;
    };
    if n.word()
        .is_some_and(|w| matches!(w, "at" | "a" | "from" | "de" | "vers" | "around"))
    {
        match next_tok(f, n.end, true) {
            Some(m) => n = m,
            None => return false,
        }
    }
    n.kind == Kind::Num
        && next_tok(f, n.end, true).is_some_and(|m| {
            (m.start == n.end && matches!(m.kind, Kind::Sign(':' | '.')))
                || m.word().is_some_and(|w| {
                    matches!(word_kind(w), Some(Cal::HourMark | Cal::Am | Cal::Pm))
                })
        })
}

/// The date and time of an ISO 8601 stamp in its basic format, as calendar files write
/// them ("DTSTART;TZID=Europe/Brussels:20270120T090000", folded lower-case): eight digits
/// of a real date, "t", then four or six digits of a clock time.
fn basic_stamp(f: &str, start: usize, end: usize) -> Option<(DateMatch, TimeMatch)> {
    let b = f.as_bytes();
    if end - start != 8
        || b.get(end) != Some(&b't')
        || (start > 0 && b[start - 1].is_ascii_alphanumeric())
    {
        return None;
    }
    let digits = b[end + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    // The stamps of the calendar entry's own life (when it was sent, made, changed) are
    // no day of the meeting.
    let line = &f[f[..start].rfind('\n').map_or(0, |n| n + 1)..start];
    if ["dtstamp", "created", "last-modified"]
        .iter()
        .any(|p| line.starts_with(p))
    {
        return None;
    }
    // "…T083000Z": universal time.
    let utc = b.get(end + 1 + digits) == Some(&b'z');
    let after = end + 1 + digits + usize::from(utc);
    if !(digits == 4 || digits == 6) || b.get(after).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let num = |r: Range<usize>| f[r].parse::<u32>().ok();
    let (y, m, d) = (
        num(start..start + 4)?,
        num(start + 4..start + 6)?,
        num(start + 6..end)?,
    );
    let (h, min) = (num(end + 1..end + 3)?, num(end + 3..end + 5)?);
    let y = i32::try_from(y)
        .ok()
        .filter(|y| (1990..=2100).contains(y))?;
    let mut date = Date::new(y, m, d)?;
    if h > 23 || min > 59 {
        return None;
    }
    let mut h = h;
    if utc {
        (date, h) = brussels(date, h)?;
    }
    let (y, m, d) = (date.y, date.m, date.d);
    Some((
        DateMatch {
            range: start..end,
            y: Some(y),
            m,
            d,
            weekday: None,
            rel: None,
        },
        TimeMatch {
            range: end + 1..after,
            time: Time { h, m: min },
        },
    ))
}

/// The day and hour in Brussels of hour `h` of `date` in universal time: an hour ahead, two
/// in summer time (from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October, the European Union's rule since 1996).
fn brussels(date: Date, h: u32) -> Option<(Date, u32)> {
    let last_sunday = |m: u32| {
        let last = Date::new(date.y, m, 31)?;
        Date::new(date.y, m, 31 - (last.weekday() + 1) % 7)
    };
    let (spring, autumn) = (last_sunday(3)?, last_sunday(10)?);
    let summer = (date > spring || (date == spring && h >= 1))
        && (date < autumn || (date == autumn && h < 1));
    let local = h + if summer { 2 } else { 1 };
    if local < 24 {
        Some((date, local))
    } else {
        Some((date.plus_days(1)?, local - 24))
    }
}

pub(crate) fn scan(f: &str) -> Found {
    let mut found = Found::default();
    let cal: &Calendar = &CALENDAR;
    let b = f.as_bytes();
    let mut i = 0;
    let mut runs = 0;
    while i < b.len() && runs < MAX_DIGIT_RUNS {
        let c = b[i];
        if c.is_ascii_digit() {
            runs += 1;
            let run_end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let t0 = Tok {
                kind: Kind::Num,
                s: &f[i..run_end],
                start: i,
                end: run_end,
            };
            // A calendar file's stamp: "20270120T090000" (ISO 8601's basic format).
            if found.dates.len() < MAX_CANDIDATES && found.times.len() < MAX_CANDIDATES {
                if let Some((d, t)) = basic_stamp(f, i, run_end) {
                    i = t.range.end;
                    found.dates.push(d);
                    found.times.push(t);
                    continue;
                }
            }
            if found.dates.len() < MAX_CANDIDATES {
                if let Some(d) = numeric_date(f, &t0).or_else(|| written_date(f, &t0)) {
                    i = d.range.end.max(run_end);
                    found.dates.push(d);
                    continue;
                }
            }
            if found.times.len() < MAX_CANDIDATES {
                if let Some(t) = time_at(f, &t0) {
                    i = t.range.end.max(run_end);
                    found.times.push(t);
                    continue;
                }
            }
            i = run_end;
        } else if c.is_ascii_alphabetic() && (i == 0 || !b[i - 1].is_ascii_alphabetic()) {
            // Word times: "noon", "midi", "midnight".
            let end = i + b[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let w = &f[i..end];
            let t = Tok {
                kind: Kind::Word,
                s: w,
                start: i,
                end,
            };
            if found.times.len() < MAX_CANDIDATES
                && cal.clock_starts[usize::from(c)]
                && matches!(word_kind(w), Some(Cal::Noon | Cal::Midnight))
                && (end >= b.len() || !b[end].is_ascii_alphabetic() && b[end] < 0x80)
            {
                if let Some(tm) = word_time(f, &t) {
                    found.times.push(tm);
                    i = end;
                    continue;
                }
            }
            // Numbers written out: "the fifth of May", "half past ten", "dix heures".
            if cal.spelled_starts[usize::from(c)]
                && end - i <= 12
                && (end >= b.len() || b[end] < 0x80)
                && maybe_spelled(w.as_bytes())
                && spelled_of(w).is_some()
            {
                if found.dates.len() < MAX_CANDIDATES {
                    if let Some(d) = spelled_date(f, &t) {
                        i = d.range.end.max(end);
                        found.dates.push(d);
                        continue;
                    }
                }
                if found.times.len() < MAX_CANDIDATES {
                    if let Some(tm) = spelled_time(f, &t) {
                        i = tm.range.end.max(end);
                        found.times.push(tm);
                        continue;
                    }
                }
            }
            // Days relative to the letter's: "demain", "next Tuesday".
            if cal.relative_starts[usize::from(c)]
                && end - i <= 12
                && found.dates.len() < MAX_CANDIDATES
                && (end >= b.len() || b[end] < 0x80)
                && maybe_relative(w.as_bytes())
            {
                if let Some(d) = relative_date(f, &t) {
                    i = d.range.end.max(end);
                    found.dates.push(d);
                    continue;
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        crate::fold::Folded::plain(s).text
    }

    fn date1(s: &str) -> Option<(Option<i32>, u32, u32)> {
        let f = fold(s);
        scan(&f).dates.first().map(|d| (d.y, d.m, d.d))
    }

    fn date_text(s: &str) -> String {
        let f = fold(s);
        let found = scan(&f);
        found
            .dates
            .first()
            .map(|d| f[d.range.clone()].to_owned())
            .unwrap_or_default()
    }

    fn time1(s: &str) -> Option<String> {
        let f = fold(s);
        scan(&f).times.first().map(|t| t.time.hhmm())
    }

    /// The first date of `s`, resolved from the letter's date `letter`.
    fn relative(s: &str, letter: Date) -> Option<(String, String)> {
        let f = fold(s);
        let found = scan(&f);
        let d = found.dates.first()?;
        Some((
            f[d.range.clone()].to_owned(),
            d.resolve(Some(letter))?.iso(),
        ))
    }

    #[test]
    fn days_relative_to_the_letter() {
        // Thursday 5 March 2026.
        let thu = Date::new(2026, 3, 5).unwrap();
        for (text, found, date) in [
            ("mardi prochain à 10 h", "mardi prochain", "2026-03-10"),
            ("demain à 9 h", "demain", "2026-03-06"),
            ("mardi prochain 10 h", "mardi prochain", "2026-03-10"),
            ("après-demain", "demain", "2026-03-07"),
            ("ce jeudi-ci à 14h", "ce jeudi-ci", "2026-03-12"),
            (
                "le mardi de la semaine prochaine",
                "mardi de la semaine prochaine",
                "2026-03-10",
            ),
            ("next Monday at 2 pm", "next monday", "2026-03-09"),
            ("this coming Friday", "coming friday", "2026-03-06"),
            ("this Thu, room 2", "this thu", "2026-03-12"),
            ("on Tuesday at 2 pm", "on tuesday", "2026-03-10"),
            ("Wednesday next week", "wednesday next week", "2026-03-11"),
            ("the day after tomorrow", "tomorrow", "2026-03-07"),
            (
                "One week from today, Tuesday",
                "one week from today",
                "2026-03-12",
            ),
            ("ten days from now", "ten days from now", "2026-03-15"),
        ] {
            let want = Some((found.to_owned(), date.to_owned()));
            assert_eq!(relative(text, thu), want, "{text}");
        }
        // Across a month and a year.
        let eve = Date::new(2026, 12, 31).unwrap();
        assert_eq!(
            relative("demain", eve).map(|x| x.1).as_deref(),
            Some("2027-01-01")
        );
        // "from today" after no span of days is no day: "from today, the office moves".
        assert_eq!(relative("from today, the office moves", thu), None);
        assert_eq!(relative("three people from now on", thu), None);
        // Not relative: a day number follows (read with its weekday), a bare "on
        // Tuesday", "ce" before another word, "le jeudi" (every Thursday).
        assert_eq!(date_text("next Tuesday the 9th at noon"), "tuesday the 9th");
        assert_eq!(date_text("demain mer. 5/2/2025 à 9h"), "mer. 5/2/2025");
        assert_eq!(relative("we spoke on Tuesday about it", thu), None);
        assert_eq!(relative("ce dossier", thu), None);
        // A bare weekday is a day ahead only with a clock time, and not every week's.
        assert_eq!(
            relative("Thursday at 10:00, on Teams", thu)
                .map(|x| x.1)
                .as_deref(),
            Some("2026-03-12")
        );
        assert_eq!(
            relative("is set for Fri 14:00", thu)
                .map(|x| x.1)
                .as_deref(),
            Some("2026-03-06")
        );
        assert_eq!(relative("Thursday we spoke at length", thu), None);
        assert_eq!(relative("every Friday at 2 pm", thu), None);
        assert_eq!(relative("last Friday at 2 pm", thu), None);
        assert_eq!(
            relative("le jeudi à 14 h, la permanence est fermée", thu),
            None
        );
        // No letter date, no day.
        let f = fold("mardi prochain");
        assert_eq!(scan(&f).dates[0].resolve(None), None);
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(date1("le 14/03/2025"), Some((Some(2025), 3, 14)));
        assert_eq!(date1("Date : 14.03.2025"), Some((Some(2025), 3, 14)));
        assert_eq!(date1("le 14-03-2025 à"), Some((Some(2025), 3, 14)));
        assert_eq!(date1("le 14/03/25"), Some((Some(2025), 3, 14)));
        assert_eq!(date1("le 14/03 à 10h"), Some((None, 3, 14)));
        assert_eq!(date1("on 2025-03-14."), Some((Some(2025), 3, 14)));
        assert_eq!(date1("Huy, le 14.10.2025"), Some((Some(2025), 10, 14)));
        assert_eq!(date1("4/11 12h30"), Some((None, 11, 4)));
    }

    #[test]
    fn written_dates() {
        assert_eq!(date1("le jeudi 14 mars 2025"), Some((Some(2025), 3, 14)));
        assert_eq!(
            date_text("le jeudi 14 mars 2025 à 14h"),
            "jeudi 14 mars 2025"
        );
        assert_eq!(date1("jeudi 14 mars"), Some((None, 3, 14)));
        assert_eq!(date1("le 1er avril"), Some((None, 4, 1)));
        assert_eq!(date1("14 March 2025"), Some((Some(2025), 3, 14)));
        assert_eq!(date1("on March 14, 2025, at"), Some((Some(2025), 3, 14)));
        assert_eq!(
            date_text("on Thursday, March 27, 2025 at 4:00 pm"),
            "thursday, march 27, 2025"
        );
        assert_eq!(date1("Thursday 3rd April 2025"), Some((Some(2025), 4, 3)));
        assert_eq!(
            date_text("When: Thursday 3rd April 2025, 10am"),
            "thursday 3rd april 2025"
        );
        assert_eq!(date1("on the 7th of May at 9.15 am"), Some((None, 5, 7)));
        assert_eq!(date1("Monday, 12 January"), Some((None, 1, 12)));
        assert_eq!(date_text("Monday, 12 January"), "monday, 12 january");
        assert_eq!(date1("14 mar. 2025"), Some((Some(2025), 3, 14)));
        assert_eq!(
            date1("jeu. 10 avr. 2025 à 15:03"),
            Some((Some(2025), 4, 10))
        );
        assert_eq!(
            date_text("Date : jeu. 10 avr. 2025 à 15:03"),
            "jeu. 10 avr. 2025"
        );
        assert_eq!(date1("le 3 sept. 2025"), Some((Some(2025), 9, 3)));
        assert_eq!(
            date1("Wed, 7 May 2025 14:20:03 +0200"),
            Some((Some(2025), 5, 7))
        );
        assert_eq!(date1("dinsdag 14 maart 2025"), Some((Some(2025), 3, 14)));
        assert_eq!(date1("op 3 mei om 14u30"), Some((None, 5, 3)));
        assert_eq!(date1("14 oktober"), Some((None, 10, 14)));
        assert_eq!(date1("du 28 janvier\n2025, une"), Some((Some(2025), 1, 28)));
        assert_eq!(date1("le **mardi 1er avril, de 9 h 30"), Some((None, 4, 1)));
    }

    #[test]
    fn not_dates() {
        assert_eq!(date1("31/04/2025"), None);
        assert_eq!(date1("29/02/2025"), None);
        assert_eq!(date1("le 30 février"), None);
        assert_eq!(date1("Page 1/2"), None);
        assert_eq!(date1("Réf. : CAB/CSILR/2025-017"), None);
        assert_eq!(date1("Ref.: JF/2025/0412"), None);
        assert_eq!(date1("tel. 0476/12.34.56"), None);
        assert_eq!(date1("you may 2 weeks"), None);
        assert_eq!(date1("salle 2.14"), None);
        assert_eq!(date1("le 1er étage"), None);
        assert_eq!(date1("art. 3.12.1"), None);
        assert_eq!(date1(&"9".repeat(10_000)), None);
        assert_eq!(date1("29/02/2024"), Some((Some(2024), 2, 29)));
        assert_eq!(date1("le 29 février"), Some((None, 2, 29)));
    }

    #[test]
    fn times() {
        assert_eq!(time1("à 14h30"), Some("14:30".into()));
        assert_eq!(time1("à 14 h 30"), Some("14:30".into()));
        assert_eq!(time1("à 14\u{a0}h\u{202f}30"), Some("14:30".into()));
        assert_eq!(time1("à 14h"), Some("14:00".into()));
        assert_eq!(time1("à 9h30."), Some("09:30".into()));
        assert_eq!(time1("à 9h30, à"), Some("09:30".into()));
        assert_eq!(time1("at 14:30"), Some("14:30".into()));
        assert_eq!(time1("14.30 h"), Some("14:30".into()));
        assert_eq!(time1("à 9 heures"), Some("09:00".into()));
        assert_eq!(
            time1("de 9 heures et demie à 11 heures"),
            Some("09:30".into())
        );
        assert_eq!(time1("à 10 heures moins le quart"), Some("09:45".into()));
        assert_eq!(time1("à 9 heures et Mme D."), Some("09:00".into()));
        assert_eq!(time1("at 2.30 pm"), Some("14:30".into()));
        assert_eq!(time1("at 2:30 p.m."), Some("14:30".into()));
        assert_eq!(time1("10am"), Some("10:00".into()));
        assert_eq!(time1("10 a.m."), Some("10:00".into()));
        assert_eq!(time1("12 pm"), Some("12:00".into()));
        assert_eq!(time1("12 am"), Some("00:00".into()));
        assert_eq!(time1("at noon"), Some("12:00".into()));
        assert_eq!(time1("à midi"), Some("12:00".into()));
        assert_eq!(time1("om 14u30"), Some("14:30".into()));
        assert_eq!(time1("om 14.30 uur"), Some("14:30".into()));
        assert_eq!(time1("at 10.00, at"), Some("10:00".into()));
        assert_eq!(time1("10 o'clock"), Some("10:00".into()));
        assert_eq!(time1("at 2:30 in the afternoon"), Some("14:30".into()));
        assert_eq!(time1("à 8 heures du soir"), Some("20:00".into()));
        assert_eq!(time1("Heure : 10h00"), Some("10:00".into()));
        assert_eq!(time1("Thu 20/11, 8.30 sharp"), Some("08:30".into()));
        assert_eq!(time1("le 3 mars, 9.15 précises"), Some("09:15".into()));
        assert_eq!(time1("salle 3.12 au fond"), None);
    }

    #[test]
    fn dates_written_out() {
        assert_eq!(
            date_text("held on Tuesday the fifth of May at half past ten"),
            "tuesday the fifth of may"
        );
        assert_eq!(
            date1("on the twenty-first of April 2026"),
            Some((Some(2026), 4, 21))
        );
        assert_eq!(date1("on May the fifth, at"), Some((None, 5, 5)));
        assert_eq!(date1("on April twenty-third"), Some((None, 4, 23)));
        assert_eq!(date1("le quinze mars 2026"), Some((Some(2026), 3, 15)));
        assert_eq!(date1("le premier avril"), Some((None, 4, 1)));
        assert_eq!(date1("le lundi trente et un mars"), Some((None, 3, 31)));
        assert_eq!(date1("le vingt-deux juin"), Some((None, 6, 22)));
        // Not dates: a verb, a bare number, an impossible day.
        assert_eq!(date1("one may first discuss the case"), None);
        assert_eq!(date1("we may first agree"), None);
        assert_eq!(date1("three May meetings"), None);
        assert_eq!(date1("le trente février"), None);
        assert_eq!(date1("the first floor"), None);
    }

    #[test]
    fn days_of_the_letters_month() {
        let letter = Date::new(2026, 3, 5);
        let resolved = |s: &str| {
            let f = fold(s);
            let found = scan(&f);
            let d = found.dates.first()?;
            Some((f[d.range.clone()].to_owned(), d.resolve(letter)?.iso()))
        };
        assert_eq!(
            resolved("se tiendra le 17 courant à 9 h 15"),
            Some(("17 courant".into(), "2026-03-17".into()))
        );
        assert_eq!(
            resolved("on the 17th inst. at 9.15"),
            Some(("17th inst.".into(), "2026-03-17".into()))
        );
        assert_eq!(
            resolved("le mardi 24 de ce mois"),
            Some(("mardi 24 de ce mois".into(), "2026-03-24".into()))
        );
        assert_eq!(
            resolved("on the 20th of this month"),
            Some(("20th of this month".into(), "2026-03-20".into()))
        );
        // A day alone, before a time: the first such day on or after the letter's.
        let thu = Date::new(2026, 3, 5).unwrap();
        for (text, found, date) in [
            (
                "Let's do it on the 3rd at noon, at your office",
                "3rd",
                "2026-04-03",
            ),
            ("le 12 à 14 h, salle 3", "12", "2026-03-12"),
            ("the 5th, from 9.30", "5th", "2026-03-05"),
            ("le 31 à 10h", "31", "2026-03-31"),
        ] {
            let want = Some((found.to_owned(), date.to_owned()));
            assert_eq!(relative(text, thu), want, "{text}");
        }
        for text in [
            "the 3rd of the points",
            "le 3 de la liste",
            "page 3 at 10:00",
            "the 2nd floor at 10 am",
        ] {
            assert_eq!(date1(text), None, "{text}");
        }
        // Without the letter's date there is no month to give it.
        let f = fold("le 17 courant");
        assert_eq!(scan(&f).dates[0].resolve(None), None);
        assert_eq!(date1("le 17 courants"), None);
    }

    #[test]
    fn times_written_out() {
        assert_eq!(
            time1("at half past ten in the morning"),
            Some("10:30".into())
        );
        assert_eq!(time1("at a quarter past nine"), Some("09:15".into()));
        assert_eq!(time1("at a quarter to one"), Some("12:45".into()));
        assert_eq!(
            time1("quarter to three in the afternoon"),
            Some("14:45".into())
        );
        assert_eq!(time1("at ten o'clock"), Some("10:00".into()));
        assert_eq!(time1("at two pm"), Some("14:00".into()));
        assert_eq!(time1("at ten thirty"), Some("10:30".into()));
        assert_eq!(time1("at three in the afternoon"), Some("15:00".into()));
        assert_eq!(time1("à dix heures"), Some("10:00".into()));
        assert_eq!(time1("à quatorze heures trente"), Some("14:30".into()));
        assert_eq!(time1("à dix heures et demie"), Some("10:30".into()));
        assert_eq!(time1("à dix heures et quart"), Some("10:15".into()));
        assert_eq!(time1("à onze heures moins le quart"), Some("10:45".into()));
        assert_eq!(time1("à dix-sept heures"), Some("17:00".into()));
        assert_eq!(time1("de neuf heures à midi"), Some("09:00".into()));
        assert_eq!(time1("à huit heures du soir"), Some("20:00".into()));
        // A bare digit hour and the part of the day.
        assert_eq!(time1("at 7 in the evening"), Some("19:00".into()));
        assert_eq!(time1("à 8 du soir"), Some("20:00".into()));
        assert_eq!(time1("at 9 in the morning"), Some("09:00".into()));
        assert_eq!(time1("3 in the afternoon"), Some("15:00".into()));
        // Durations and plain numbers are no times.
        assert_eq!(time1("pendant deux heures"), None);
        assert_eq!(time1("une réunion de deux heures"), None);
        assert_eq!(time1("environ trois heures"), None);
        assert_eq!(time1("prévoyez deux heures"), None);
        assert_eq!(time1("le 5 mai, dix heures"), Some("10:00".into()));
        assert_eq!(time1("at ten"), None);
        assert_eq!(time1("the ten participants"), None);
        assert_eq!(time1("half the participants"), None);
        assert_eq!(time1("a quarter of the budget"), None);
    }

    #[test]
    fn time_ranges_give_the_start() {
        assert_eq!(time1("de 14h à 16h"), Some("14:00".into()));
        assert_eq!(time1("Monday 2/3, 10 till noon"), Some("10:00".into()));
        assert_eq!(time1("de 10 à midi"), Some("10:00".into()));
        assert_eq!(time1("from 2 to 4 pm"), Some("14:00".into()));
        assert_eq!(time1("from 9.30 to 11.00 am"), Some("09:30".into()));
        assert_eq!(time1("from 11 to 1 pm"), Some("11:00".into()));
        assert_eq!(time1("14:00-16:00"), Some("14:00".into()));
        assert_eq!(time1("16:00–17:30"), Some("16:00".into()));
        assert_eq!(time1("between 10 and 12."), Some("10:00".into()));
        assert_eq!(time1("10.00 – 11.30"), Some("10:00".into()));
        assert_eq!(time1("de 9 h 30 à 11 h"), Some("09:30".into()));
        assert_eq!(time1("8.45 am – 10.00 am"), Some("08:45".into()));
        assert_eq!(time1("2:00–3:30 p.m., Room 204"), Some("14:00".into()));
        assert_eq!(time1("2:00-3:30 p.m."), Some("14:00".into()));
        assert_eq!(time1("9am to 12.30pm"), Some("09:00".into()));
        assert_eq!(time1("de 9 à 12 h"), Some("09:00".into()));
        let f = fold("de 14h à 16h");
        assert_eq!(scan(&f).times.len(), 1);
        assert_eq!(&f[scan(&f).times[0].range.clone()], "14h a 16h");
    }

    #[test]
    fn not_times() {
        assert_eq!(time1("salle 2.14"), None);
        assert_eq!(time1("room B.14"), None);
        assert_eq!(time1("between 10 and 12 participants"), None);
        assert_eq!(time1("dans les 48 h"), None);
        assert_eq!(time1("environ 2 h"), None);
        assert_eq!(time1("24h/24"), None);
        assert_eq!(time1("l'après-midi"), None);
        assert_eq!(time1("the afternoon"), None);
        assert_eq!(time1("16 ans"), None);
        assert_eq!(time1("Tél. 081 55 20 10"), None);
        assert_eq!(time1("à 25h"), None);
        assert_eq!(time1("à 14h75"), None);
    }

    #[test]
    fn dates_and_times_together() {
        let f = fold("Elle se tiendra le jeudi 13 mars 2025 à 14h30, à l’Hôtel de Ville.");
        let found = scan(&f);
        assert_eq!(found.dates.len(), 1);
        assert_eq!(found.times.len(), 1);
        assert_eq!(found.times[0].time.hhmm(), "14:30");
        let f = fold("Date: 14/05/2025 – 10:00");
        let found = scan(&f);
        assert_eq!(
            found.dates[0].full().map(|d| d.iso()),
            Some("2025-05-14".into())
        );
        assert_eq!(found.times[0].time.hhmm(), "10:00");
        let f = fold("on 14.10.2025 at 09:00");
        let found = scan(&f);
        assert_eq!(
            found.dates[0].full().map(|d| d.iso()),
            Some("2025-10-14".into())
        );
        assert_eq!(found.times[0].time.hhmm(), "09:00");
    }

    #[test]
    fn a_calendar_stamp_in_universal_time_is_read_in_brussels() {
        let stamp = |s: &str| {
            let f = fold(s);
            let found = scan(&f);
            Some((
                found.dates.first()?.full()?.iso(),
                found.times.first()?.time.hhmm(),
            ))
        };
        let want = |d: &str, t: &str| Some((d.to_owned(), t.to_owned()));
        assert_eq!(
            stamp("DTSTART:20260309T083000Z"),
            want("2026-03-09", "09:30")
        );
        assert_eq!(
            stamp("DTSTART:20260610T070000Z"),
            want("2026-06-10", "09:00")
        );
        // Summer time begins at 01:00 UTC on the last Sunday of March (29 March 2026).
        assert_eq!(
            stamp("DTSTART:20260329T003000Z"),
            want("2026-03-29", "01:30")
        );
        assert_eq!(
            stamp("DTSTART:20260329T013000Z"),
            want("2026-03-29", "03:30")
        );
        // And ends at 01:00 UTC on the last Sunday of October (25 October 2026).
        assert_eq!(
            stamp("DTSTART:20261025T003000Z"),
            want("2026-10-25", "02:30")
        );
        assert_eq!(
            stamp("DTSTART:20261025T013000Z"),
            want("2026-10-25", "02:30")
        );
        // Across midnight.
        assert_eq!(
            stamp("DTSTART:20261231T233000Z"),
            want("2027-01-01", "00:30")
        );
        // Local time as written.
        assert_eq!(
            stamp("DTSTART;TZID=Europe/Brussels:20270120T090000"),
            want("2027-01-20", "09:00")
        );
        assert_eq!(stamp("DTSTART:20260309T083000ZX"), None);
        assert_eq!(stamp("DTSTAMP:20260302T141203Z"), None);
        assert_eq!(stamp("LAST-MODIFIED:20260302T141203Z"), None);
    }

    #[test]
    fn calendar() {
        assert_eq!(Date::new(2025, 3, 14).map(|d| d.weekday()), Some(4));
        assert_eq!(
            Date::new(2024, 2, 29).map(|d| d.iso()),
            Some("2024-02-29".into())
        );
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::new(2025, 4, 31), None);
        assert_eq!(Date::new(2000, 2, 29).map(|d| d.weekday()), Some(1));
        assert_eq!(Date::new(1900, 2, 29), None);
        assert!(Date::new(2025, 3, 14) < Date::new(2025, 3, 15));
        assert!(Date::new(2024, 12, 31) < Date::new(2025, 1, 1));
    }

    #[test]
    fn year_inference() {
        let letter = Date::new(2025, 3, 10).unwrap();
        assert_eq!(
            on_or_after(3, 27, letter).map(|d| d.iso()),
            Some("2025-03-27".into())
        );
        assert_eq!(
            on_or_after(3, 10, letter).map(|d| d.iso()),
            Some("2025-03-10".into())
        );
        assert_eq!(
            on_or_after(2, 3, letter).map(|d| d.iso()),
            Some("2026-02-03".into())
        );
        let december = Date::new(2025, 12, 18).unwrap();
        assert_eq!(
            on_or_after(1, 12, december).map(|d| d.iso()),
            Some("2026-01-12".into())
        );
        assert_eq!(
            on_or_after(2, 29, letter).map(|d| d.iso()),
            Some("2028-02-29".into())
        );
        // Weekdays pick the year when only a year is known.
        assert_eq!(
            in_year(1, 12, Some(0), 2025).map(|d| d.iso()),
            Some("2026-01-12".into())
        );
        assert_eq!(
            in_year(6, 5, Some(3), 2025).map(|d| d.iso()),
            Some("2025-06-05".into())
        );
        assert_eq!(
            in_year(6, 5, None, 2025).map(|d| d.iso()),
            Some("2025-06-05".into())
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "1",
            "1/",
            "/1",
            "1.",
            "12:",
            ":30",
            "h",
            "14h",
            "a.m.",
            "1 a.",
            "2 p.m",
            "1er",
            "the 7th of",
            "march",
            "march 3",
            "31 ",
            "é1/2é",
            "1\n\n2",
            "12 -",
            "de 9 à",
            "0:0",
            "99:99",
            "2025-",
            "2025-03-",
            "°1",
            "9999/99/99",
            "noon",
            "-midi",
            "apres-midi",
        ] {
            let f = fold(s);
            let _ = scan(&f);
        }
        let long = "14/03/2025 à 14h30 ".repeat(5_000);
        let found = scan(&long);
        assert_eq!(found.dates.len(), MAX_CANDIDATES);
    }
}
