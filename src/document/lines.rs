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

#[cfg(test)]
mod tests {
    use super::*;

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
