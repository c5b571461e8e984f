//! Byte spans into the caller's text, and their conversion to characters and lines.

use std::ops::Range;

/// A half-open byte range `start..end` into the text given to the extractor.
///
/// Both ends always lie on UTF-8 character boundaries of that text, so
/// `&text[span.range()]` never panics for the text the span came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`, for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// True when `other` lies inside this span (bounds included).
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The slice of `text` this span covers, or `None` when the span does not fit
    /// `text` (it came from another text).
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

/// A position as a human reads it: 1-based line and 1-based column counted in
/// characters (Unicode scalar values). Lines end at `\n` (`\r\n` counts as one break).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LineCol {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column in characters, starting at 1.
    pub column: usize,
}

impl std::fmt::Display for LineCol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Converts byte offsets of one text into character offsets and line:column positions.
///
/// Building the index reads the text once; each lookup is a binary search over
/// the line starts plus a count of the characters on one line.
///
/// ```
/// use selon::{LineIndex, Span};
/// let text = "Il a dit :\n«\u{a0}Oui\u{a0}»";
/// let index = LineIndex::new(text);
/// let pos = index.line_col(text.find('O').unwrap());
/// assert_eq!((pos.line, pos.column), (2, 3));
/// assert_eq!(index.char_span(Span::new(0, 2)), 0..2);
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { text, line_starts }
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut o = offset.min(self.text.len());
        while !self.text.is_char_boundary(o) {
            o -= 1;
        }
        o
    }

    /// The line and column of a byte offset. Offsets past the end or inside a
    /// character are moved back to the nearest character boundary.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let o = self.clamp(offset);
        let line = self.line_starts.partition_point(|&s| s <= o) - 1;
        let start = self.line_starts[line];
        LineCol { line: line + 1, column: self.text[start..o].chars().count() + 1 }
    }

    /// The character offset (count of Unicode scalar values before it) of a byte offset.
    pub fn char_offset(&self, offset: usize) -> usize {
        let o = self.clamp(offset);
        self.text[..o].chars().count()
    }

    /// A byte span converted to a range of character offsets.
    pub fn char_span(&self, span: Span) -> Range<usize> {
        let start = self.char_offset(span.start);
        let end = start + self.text[self.clamp(span.start)..self.clamp(span.end).max(self.clamp(span.start))].chars().count();
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_not_bytes() {
        let text = "«é»\r\nsecond « ligne »";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(0), LineCol { line: 1, column: 1 });
        let p = text.find("ligne").unwrap();
        assert_eq!(idx.line_col(p), LineCol { line: 2, column: 10 });
        // an offset inside '«' is moved back to its start
        assert_eq!(idx.line_col(1), LineCol { line: 1, column: 1 });
        assert_eq!(idx.char_offset(text.len() + 10), text.chars().count());
    }

    #[test]
    fn span_helpers() {
        let s = Span::new(2, 5);
        assert_eq!(s.len(), 3);
        assert!(s.contains(Span::new(3, 5)));
        assert!(s.overlaps(Span::new(4, 9)));
        assert!(!s.overlaps(Span::new(5, 9)));
        assert_eq!(s.slice("abcdefg"), Some("cde"));
        assert_eq!(Span::new(0, 1).slice("é"), None);
    }
}
