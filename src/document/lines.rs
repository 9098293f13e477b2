//! Line index: byte offset to 1-based line and column.

/// Start offsets of every line of a text (lines end at `\n`).
#[derive(Clone, Debug)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of byte `offset` of `text`.
    pub(crate) fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let line_start = self.starts[line - 1];
        let column = text[line_start..offset].chars().count() + 1;
        (line, column)
    }
}

/// The lines of `text`, split at `\n` exactly as `text.split('\n')` splits them (a text
/// ending in `\n` ends with an empty line), found with `memchr`'s vectorized search rather
/// than the standard library's word-at-a-time one: the extractors walk the lines of every
/// letter several times over.
pub(crate) fn split_lines(text: &str) -> SplitLines<'_> {
    SplitLines { rest: Some(text) }
}

/// Iterator of [`split_lines`].
#[derive(Clone, Debug)]
pub(crate) struct SplitLines<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for SplitLines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => {
                self.rest = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_lines_splits_as_split_does() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\na",
            "ab\r\nçd\n\ne",
            "é\n\n\n",
            "x\ny\nz",
        ] {
            let ours: Vec<&str> = split_lines(text).collect();
            let std: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn positions() {
        let text = "ab\r\nçd\ne";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), (1, 1));
        assert_eq!(idx.position(text, 4), (2, 1));
        assert_eq!(idx.position(text, 6), (2, 2)); // after 'ç' (2 bytes)
        assert_eq!(idx.position(text, 8), (3, 1));
    }
}
