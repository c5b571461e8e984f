//! Decomposed accents (NFD) composed before reading, and every span mapped
//! back to the caller's text afterwards.
//!
//! The rules compare words to lists written in composed French (`publiée`,
//! `déclaré`, `ministère`); text written with decomposed accents
//! (`publie\u{301}e`, as some tools and file systems write it) would slip past
//! them. A text with combining marks is therefore read in a composed copy,
//! letter by letter (a letter and the marks after it become the one character
//! they compose to), and the document found in the copy is moved back to the
//! caller's text: every span, and every string as the slice of the caller's
//! text that the span covers. Text without combining marks is read as it is,
//! with no copy.

use crate::model::{Cue, Diagnostic, Document, Entity, Mention, Quote};
use crate::span::Span;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// A letter and its marks, composed to one character.
#[derive(Debug, Clone, Copy)]
struct Letter {
    /// Its byte range in the composed copy.
    composed: (usize, usize),
    /// Its byte range in the caller's text.
    original: (usize, usize),
}

/// The composed copy of a text and the letters that changed in it.
#[derive(Debug)]
pub(crate) struct Composed {
    /// The text with its decomposed letters composed.
    pub(crate) text: String,
    /// The letters composed, in text order.
    letters: Vec<Letter>,
}

impl Composed {
    /// The composed copy of `text`, or `None` when nothing in it composes
    /// (the common case, told by one byte scan: the combining marks of
    /// Latin letters, U+0300–U+036F, all start with byte 0xCC or 0xCD).
    pub(crate) fn of(text: &str) -> Option<Composed> {
        memchr::memchr2(0xCC, 0xCD, text.as_bytes())?;
        let mut out = String::new();
        let mut letters = Vec::new();
        // (the caller's text is copied up to `copied`; `letter` is where the
        // last character that combines with nothing before it starts)
        let mut copied = 0;
        let mut letter = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if canonical_combining_class(c) == 0 {
                letter = i;
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if canonical_combining_class(d) == 0 {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let start = letter.max(copied);
            let mut one = text[start..end].nfc();
            // (only a letter that composes to one character is replaced, so
            // that every offset of the copy has its place in the text)
            let (Some(composed), None) = (one.next(), one.next()) else {
                continue;
            };
            // (a mark alone, with no letter before it to compose with, stays)
            if text[start..end].chars().nth(1).is_none() {
                continue;
            }
            if out.capacity() == 0 {
                out.reserve(text.len());
            }
            out.push_str(&text[copied..start]);
            letters.push(Letter { composed: (out.len(), out.len() + composed.len_utf8()), original: (start, end) });
            out.push(composed);
            copied = end;
        }
        if letters.is_empty() {
            return None;
        }
        out.push_str(&text[copied..]);
        Some(Composed { text: out, letters })
    }

    /// The offset in the caller's text of offset `at` of the copy.
    fn offset(&self, at: usize) -> usize {
        let k = self.letters.partition_point(|l| l.composed.0 <= at);
        match k.checked_sub(1).map(|k| self.letters[k]) {
            None => at,
            Some(l) if at == l.composed.0 => l.original.0,
            // (a letter is one character: no offset falls inside it)
            Some(l) => l.original.1 + (at - l.composed.1),
        }
    }

    fn span(&self, s: Span) -> Span {
        Span::new(self.offset(s.start), self.offset(s.end))
    }

    /// The slice of `text` that `part`, a slice of the copy, stands for.
    fn slice<'a>(&self, text: &'a str, part: &str) -> Option<&'a str> {
        let at = (part.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        (at + part.len() <= self.text.len()).then(|| &text[self.span(Span::new(at, at + part.len())).range()])
    }

    fn mention<'a>(&self, text: &'a str, m: &Mention<'_>) -> Mention<'a> {
        let span = self.span(m.span);
        Mention { mention: &text[span.range()], span, name: m.name.and_then(|n| self.slice(text, n)), entity: m.entity }
    }

    /// The document found in the copy, moved to the caller's `text`.
    pub(crate) fn restore<'a>(&self, text: &'a str, doc: Document<'_>) -> Document<'a> {
        let quotes = doc
            .quotes
            .iter()
            .map(|q| {
                let text_span = self.span(q.text_span);
                Quote {
                    text: &text[text_span.range()],
                    span: self.span(q.span),
                    text_span,
                    parts: q.parts.iter().map(|&p| self.span(p)).collect(),
                    marks: q.marks,
                    kind: q.kind,
                    speaker: q.speaker.as_ref().map(|m| self.mention(text, m)),
                    narrator: q.narrator.as_ref().map(|m| self.mention(text, m)),
                    source: q.source.as_ref().map(|m| self.mention(text, m)),
                    cue: q.cue.as_ref().map(|c| {
                        let span = self.span(c.span);
                        Cue { text: &text[span.range()], span }
                    }),
                    confidence: q.confidence,
                    depth: q.depth,
                }
            })
            .collect();
        let diagnostics = doc.diagnostics.iter().map(|d| Diagnostic { kind: d.kind, span: self.span(d.span) }).collect();
        let entities = doc
            .entities
            .iter()
            .filter_map(|e| {
                Some(Entity {
                    id: e.id,
                    name: self.slice(text, e.name)?,
                    mentions: e.mentions.iter().map(|&s| self.span(s)).collect(),
                    quotes: e.quotes.clone(),
                    quoted_words: e.quoted_words,
                })
            })
            .collect();
        Document { text, quotes, diagnostics, entities }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_marks_to_compose_is_not_copied() {
        assert!(Composed::of("Le ministre a déclaré «\u{a0}oui\u{a0}».").is_none());
        // (a mark on a letter it cannot compose with stays as written)
        assert!(Composed::of("q\u{301} x").is_none());
    }

    #[test]
    fn offsets_of_the_copy_fall_on_the_same_letters() {
        let text = "Il a de\u{301}clare\u{301} : «\u{a0}c\u{327}a va\u{a0}».";
        let c = Composed::of(text).expect("composes");
        assert_eq!(c.text, "Il a déclaré : «\u{a0}ça va\u{a0}».");
        for (at, _) in c.text.char_indices().chain([(c.text.len(), ' ')]) {
            let o = c.offset(at);
            assert!(text.is_char_boundary(o));
            assert_eq!(text[o..].nfc().collect::<String>(), c.text[at..], "{at}");
        }
        let word = &c.text[5..14];
        assert_eq!(c.slice(text, word), Some("de\u{301}clare\u{301}"));
        assert_eq!(c.slice(text, "déclaré"), None);
        // (a letter that composes to a character as long as it was: `ỳ`)
        let c = Composed::of("Il dit y\u{300}.").expect("composes");
        assert_eq!(c.text, "Il dit ỳ.");
        assert_eq!(c.offset(c.text.len()), "Il dit y\u{300}.".len());
    }
}
