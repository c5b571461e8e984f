//! Paragraphs: a paragraph ends at any line break (`\n` or `\r\n`); blank lines
//! only separate paragraphs.

use crate::text::is_space;

/// One non-blank line of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Paragraph {
    /// Offset of the first non-space character.
    pub content: usize,
    /// Offset just past the last non-space character (before `\r\n`).
    pub end: usize,
}

/// Iterates over the non-blank paragraphs of a text, in order.
pub(crate) struct Paragraphs<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Paragraphs<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Paragraphs { text, pos: 0 }
    }

    /// The paragraphs that start at or after byte `from` (`from` must be a
    /// paragraph start), to look ahead across a run of lines.
    pub(crate) fn from_offset(text: &'t str, from: usize) -> Self {
        Paragraphs { text, pos: from }
    }
}

impl Iterator for Paragraphs<'_> {
    type Item = Paragraph;

    fn next(&mut self) -> Option<Paragraph> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let start = self.pos;
            let line_end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |k| start + k);
            self.pos = line_end + 1;
            let line = &self.text[start..line_end];
            let trimmed_start = line.trim_start_matches(is_space);
            if trimmed_start.is_empty() {
                continue;
            }
            let content = start + (line.len() - trimmed_start.len());
            let end = content + trimmed_start.trim_end_matches(is_space).len();
            return Some(Paragraph { content, end });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_every_line_break_and_skips_blank_lines() {
        let text = "Un.\r\n\r\n\t Deux \n\u{a0}\nTrois";
        let paras: Vec<&str> = Paragraphs::new(text).map(|p| &text[p.content..p.end]).collect();
        assert_eq!(paras, ["Un.", "Deux", "Trois"]);
        assert_eq!(Paragraphs::from_offset(text, 4).next().map(|p| &text[p.content..p.end]), Some("Deux"));
        assert_eq!(Paragraphs::new("").next(), None);
    }
}
