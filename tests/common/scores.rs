//! The contract's scores over a corpus (report-v1.md, section 6), per language and overall.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::gold::{name, Gold, Observed};

/// Pooled true positives, false positives and false negatives of a set-valued field.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn add<T: Ord>(&mut self, gold: &BTreeSet<T>, got: &BTreeSet<T>) {
        self.tp += gold.intersection(got).count();
        self.fp += got.difference(gold).count();
        self.fn_ += gold.difference(got).count();
    }

    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// F1 = 2tp / (2tp + fp + fn); `None` when both sets were always empty.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

/// A count of hits over a count of cases.
#[derive(Clone, Copy, Debug, Default)]
pub struct Acc {
    pub ok: usize,
    pub n: usize,
}

impl Acc {
    pub fn add(&mut self, ok: bool) {
        self.n += 1;
        self.ok += usize::from(ok);
    }

    pub fn value(&self) -> Option<f64> {
        ratio(self.ok, self.n)
    }
}

/// The scores of one group of letters.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub letters: usize,
    /// Letters whose gold says they are convocations.
    pub convocations: usize,
    pub verdict: Acc,
    pub language: Acc,
    pub is_convocation: Acc,
    /// Error and warning codes, pooled over all letters.
    pub codes: Prf,
    pub basis_kinds: Prf,
    pub participant_roles: Prf,
    pub purpose_categories: Prf,
    pub statement_kinds: Prf,
    pub meeting_date: Acc,
    pub meeting_time: Acc,
    /// Per code: (tp, fp, fn).
    pub per_code: BTreeMap<String, Prf>,
}

impl Scores {
    /// Adds one letter. Set fields and meeting fields are scored over the letters whose gold
    /// says they are convocations (whatever the analyzer decided).
    pub fn add(&mut self, gold: &Gold, got: &Observed) {
        self.letters += 1;
        self.verdict.add(gold.verdict == got.verdict);
        self.language.add(gold.language == got.language);
        self.is_convocation
            .add(gold.is_convocation == got.is_convocation);
        self.codes.add(&gold.codes, &got.codes);
        for code in gold.codes.union(&got.codes) {
            let e = self.per_code.entry(name(code)).or_default();
            match (gold.codes.contains(code), got.codes.contains(code)) {
                (true, true) => e.tp += 1,
                (false, true) => e.fp += 1,
                (true, false) => e.fn_ += 1,
                (false, false) => {}
            }
        }
        if !gold.is_convocation {
            return;
        }
        self.convocations += 1;
        if let Some(g) = &gold.basis_kinds {
            self.basis_kinds.add(g, &got.basis_kinds);
        }
        if let Some(g) = &gold.participant_roles {
            self.participant_roles.add(g, &got.participant_roles);
        }
        if let Some(g) = &gold.purpose_categories {
            self.purpose_categories.add(g, &got.purpose_categories);
        }
        if let Some(g) = &gold.statement_kinds {
            self.statement_kinds.add(g, &got.statement_kinds);
        }
        if let Some(m) = &gold.meeting {
            self.meeting_date.add(m.date == got.date);
            self.meeting_time.add(m.time == got.time);
        }
    }
}

/// Scores per language (the gold's language) and over everything.
#[derive(Clone, Debug, Default)]
pub struct Scoreboard {
    pub by_language: BTreeMap<String, Scores>,
    pub all: Scores,
}

impl Scoreboard {
    pub fn add(&mut self, gold: &Gold, got: &Observed) {
        self.by_language
            .entry(name(&gold.language))
            .or_default()
            .add(gold, got);
        self.all.add(gold, got);
    }

    fn columns(&self) -> Vec<(String, &Scores)> {
        let mut cols: Vec<(String, &Scores)> = self
            .by_language
            .iter()
            .map(|(k, v)| (k.clone(), v))
            .collect();
        cols.push(("all".to_owned(), &self.all));
        cols
    }

    /// The main table: one row per score, one column per language and one for all.
    pub fn table(&self) -> String {
        type Row = (&'static str, fn(&Scores) -> String);
        let rows: &[Row] = &[
            ("letters", |s| s.letters.to_string()),
            ("convocations (gold)", |s| s.convocations.to_string()),
            ("verdict accuracy", |s| acc(s.verdict)),
            ("codes precision", |s| {
                frac(s.codes.precision(), s.codes.tp, s.codes.tp + s.codes.fp)
            }),
            ("codes recall", |s| {
                frac(s.codes.recall(), s.codes.tp, s.codes.tp + s.codes.fn_)
            }),
            ("codes F1", |s| num(s.codes.f1())),
            ("basis_kinds F1", |s| f1(s.basis_kinds)),
            ("participant_roles F1", |s| f1(s.participant_roles)),
            ("purpose_categories F1", |s| f1(s.purpose_categories)),
            ("statement_kinds F1", |s| f1(s.statement_kinds)),
            ("meeting.date accuracy", |s| acc(s.meeting_date)),
            ("meeting.time accuracy", |s| acc(s.meeting_time)),
            ("language accuracy", |s| acc(s.language)),
            ("is_convocation accuracy", |s| acc(s.is_convocation)),
        ];
        let cols = self.columns();
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|(_, f)| cols.iter().map(|(_, s)| f(s)).collect())
            .collect();
        let label_w = rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        let widths: Vec<usize> = (0..cols.len())
            .map(|c| {
                cells
                    .iter()
                    .map(|r| r[c].chars().count())
                    .chain([cols[c].0.len()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        let _ = write!(out, "{:<label_w$}", "score");
        for ((h, _), w) in cols.iter().zip(&widths) {
            let _ = write!(out, "  {h:>w$}");
        }
        out.push('\n');
        let total = label_w + widths.iter().map(|w| w + 2).sum::<usize>();
        out.push_str(&"-".repeat(total));
        out.push('\n');
        for ((label, _), row) in rows.iter().zip(&cells) {
            let _ = write!(out, "{label:<label_w$}");
            for (cell, w) in row.iter().zip(&widths) {
                let _ = write!(out, "  {cell:>w$}");
            }
            out.push('\n');
        }
        out
    }

    /// Per code over all letters: true positives, false positives, false negatives,
    /// precision and recall.
    pub fn code_table(&self) -> String {
        let w = self
            .all
            .per_code
            .keys()
            .map(String::len)
            .max()
            .unwrap_or(4)
            .max(4);
        let mut out = format!(
            "{:<w$}  {:>4}  {:>4}  {:>4}  {:>9}  {:>6}\n",
            "code", "tp", "fp", "fn", "precision", "recall"
        );
        out.push_str(&"-".repeat(w + 39));
        out.push('\n');
        for (code, p) in &self.all.per_code {
            let _ = writeln!(
                out,
                "{code:<w$}  {:>4}  {:>4}  {:>4}  {:>9}  {:>6}",
                p.tp,
                p.fp,
                p.fn_,
                num(p.precision()),
                num(p.recall())
            );
        }
        out
    }
}

fn num(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"))
}

fn frac(v: Option<f64>, n: usize, d: usize) -> String {
    match v {
        Some(v) => format!("{v:.3} ({n}/{d})"),
        None => "-".to_owned(),
    }
}

fn acc(a: Acc) -> String {
    frac(a.value(), a.ok, a.n)
}

fn f1(p: Prf) -> String {
    match p.f1() {
        Some(v) => format!("{v:.3} (tp {} fp {} fn {})", p.tp, p.fp, p.fn_),
        None => "-".to_owned(),
    }
}
