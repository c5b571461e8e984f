//! The values the extractor returns: quotations, their marks and kind, the
//! speaker, source and cue attached to them, and diagnostics.

use crate::span::{LineCol, LineIndex, Span};
use std::fmt;

/// The quotation marks that delimit a quotation.
///
/// Its `Display` (and serde) form is the pair as written in the gold format:
/// `«»`, `“”`, `‹›`, `""`, `<<>>`, `—` for a dialogue turn, `none`, or a
/// broken pair such as `«"` or `««`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Marks {
    /// French guillemets `« … »`, whatever the spacing inside.
    Guillemets,
    /// English double quotes `“ … ”`.
    English,
    /// Single guillemets `‹ … ›`.
    Single,
    /// Straight double quotes `" … "`.
    Straight,
    /// ASCII guillemets `<< … >>`.
    Ascii,
    /// A dialogue or interview turn opened by a dash (`—`, `–`, `--` or `-`).
    Dash,
    /// Speech with no marks.
    None,
    /// Single quotation marks inside another quotation, straight or curly, as
    /// written (`«Il a dit 'non'»`, `“le mot ‘crise’”`).
    SingleQuotes {
        /// The opening mark as written (`'`, `‘` or `’`).
        open: &'static str,
        /// The closing mark as written (`'` or `’`).
        close: &'static str,
    },
    /// A broken pair, repaired by the extractor: the opening and the closing
    /// mark as found (`«` closed by `"`, `”` used as an opener, …).
    Broken {
        /// The opening mark as written.
        open: &'static str,
        /// The closing mark as written.
        close: &'static str,
    },
}

impl Marks {
    /// The marks as a string, as in the gold format (`«»`, `—`, `«"` …).
    pub fn as_str(&self) -> String {
        self.to_string()
    }

    /// Parses the gold-format notation back (`«»`, `“”`, `—`, `«"` …).
    pub fn parse(s: &str) -> Option<Marks> {
        Some(match s {
            "«»" => Marks::Guillemets,
            "“”" => Marks::English,
            "‹›" => Marks::Single,
            "\"\"" => Marks::Straight,
            "<<>>" => Marks::Ascii,
            "—" => Marks::Dash,
            "none" => Marks::None,
            "''" => Marks::SingleQuotes { open: "'", close: "'" },
            "‘’" => Marks::SingleQuotes { open: "‘", close: "’" },
            "’’" => Marks::SingleQuotes { open: "’", close: "’" },
            _ => {
                const ALL: [&str; 10] = ["«", "»", "“", "”", "‹", "›", "\"", "<<", ">>", "„"];
                let open = ALL.iter().find(|m| s.starts_with(**m))?;
                let close = ALL.iter().find(|m| s[open.len()..] == ***m)?;
                Marks::Broken { open, close }
            }
        })
    }
}

impl fmt::Display for Marks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Marks::Guillemets => f.write_str("«»"),
            Marks::English => f.write_str("“”"),
            Marks::Single => f.write_str("‹›"),
            Marks::Straight => f.write_str("\"\""),
            Marks::Ascii => f.write_str("<<>>"),
            Marks::Dash => f.write_str("—"),
            Marks::None => f.write_str("none"),
            Marks::Broken { open, close } | Marks::SingleQuotes { open, close } => write!(f, "{open}{close}"),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Marks {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Marks {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Marks::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown marks {s:?}")))
    }
}

/// What a quotation is in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A whole utterance, one or more sentences: `«…», a déclaré X`.
    Direct,
    /// A fragment of someone's words woven into the journalist's sentence:
    /// `X a «…»`, `X a assuré que «…»`, `un «mépris» dénoncé par X`.
    Embedded,
    /// A title, a name, a level on a scale or a scare-quoted word that nobody is
    /// said to utter. Terms have no speaker.
    Term,
}

impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Embedded => "embedded",
            QuoteKind::Term => "term",
        })
    }
}

/// Words of the text that designate a speaker or a source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Mention<'a> {
    /// The words as written (`le porte-parole du Kremlin, Dmitri Peskov`, `-t-il` → `il`).
    pub mention: &'a str,
    /// Where they are.
    pub span: Span,
    /// The entity the mention refers to, by its fullest name in the document,
    /// when it is known.
    pub name: Option<&'a str>,
    /// The id of that entity in [`Document::entities`], stable within the document.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub entity: Option<u32>,
}

/// Someone (a person, an institution, a group) who speaks in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity<'a> {
    /// Its id, the index in [`Document::entities`] (order of first mention).
    pub id: u32,
    /// Its fullest name in the document (`Tamara Veliyeva`, `le ministère turc`).
    pub name: &'a str,
    /// Every mention that refers to it as a speaker or a source.
    pub mentions: Vec<Span>,
    /// The quotations it speaks, as indices into [`Document::quotes`].
    pub quotes: Vec<usize>,
    /// The number of words it is quoted saying.
    pub quoted_words: usize,
}

/// The reporting verb or preposition that links a quotation to its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cue<'a> {
    /// The cue as written (`a indiqué`, `a-t-il ajouté`, `selon`).
    pub text: &'a str,
    /// Where it is.
    pub span: Span,
}

/// One quotation found in the text. Every `&str` borrows from the caller's text
/// and every [`Span`] is a byte range into it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote<'a> {
    /// The quoted text: what stands between the opening and the closing mark,
    /// trimmed of white space, verbatim (incises, line breaks and reopening marks
    /// kept). For a dialogue turn: the speech after the dash, without a final incise.
    pub text: &'a str,
    /// The whole quotation, marks included (for a turn: from the dash to the end
    /// of the speech; for an unclosed quotation: to the end of its paragraph).
    pub span: Span,
    /// Where [`Quote::text`] is: `&source[text_span.range()] == text`.
    pub text_span: Span,
    /// The quoted words themselves: `text` without incises (`, a-t-il ajouté,`)
    /// and without the reopening marks of a multi-paragraph quotation.
    pub parts: Vec<Span>,
    /// The marks used.
    pub marks: Marks,
    /// What the quotation is in its sentence.
    pub kind: QuoteKind,
    /// Who uttered the words, when the text says so.
    pub speaker: Option<Mention<'a>>,
    /// When the words are those of a first-person narrator whom the text never
    /// names: the words of the narration that designate them (`je` in
    /// `répondis-je`). Nobody is identifiable, so [`Quote::speaker`] is `None`.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub narrator: Option<Mention<'a>>,
    /// Who relays the words to the journalist, when distinct from the speaker.
    pub source: Option<Mention<'a>>,
    /// The reporting cue that attributes the quotation.
    pub cue: Option<Cue<'a>>,
    /// How sure the extractor is of this quotation and its attribution, in `0.0..=1.0`.
    pub confidence: f32,
    /// Nesting depth: 0 for an outermost quotation, 1 inside another, and so on.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub depth: u8,
}

impl<'a> Quote<'a> {
    /// An owned copy that no longer borrows the text.
    pub fn to_owned_quote(&self) -> OwnedQuote {
        OwnedQuote {
            text: self.text.to_owned(),
            span: self.span,
            text_span: self.text_span,
            parts: self.parts.clone(),
            marks: self.marks,
            kind: self.kind,
            speaker: self.speaker.as_ref().map(OwnedMention::from),
            narrator: self.narrator.as_ref().map(OwnedMention::from),
            source: self.source.as_ref().map(OwnedMention::from),
            cue: self.cue.as_ref().map(|c| OwnedCue { text: c.text.to_owned(), span: c.span }),
            confidence: self.confidence,
        }
    }
}

/// The owned form of a [`Mention`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OwnedMention {
    /// The words as written.
    pub mention: String,
    /// Where they are.
    pub span: Span,
    /// The resolved entity's name, when known.
    pub name: Option<String>,
    /// The resolved entity's id in the document.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub entity: Option<u32>,
}

impl From<&Mention<'_>> for OwnedMention {
    fn from(m: &Mention<'_>) -> Self {
        OwnedMention { mention: m.mention.to_owned(), span: m.span, name: m.name.map(str::to_owned), entity: m.entity }
    }
}

/// The owned form of a [`Cue`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OwnedCue {
    /// The cue as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// The owned form of a [`Quote`], for callers who store results; its serde form
/// is the same JSON as the borrowed one, and it can be read back.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OwnedQuote {
    /// See [`Quote::text`].
    pub text: String,
    /// See [`Quote::span`].
    pub span: Span,
    /// See [`Quote::text_span`].
    pub text_span: Span,
    /// See [`Quote::parts`].
    pub parts: Vec<Span>,
    /// See [`Quote::marks`].
    pub marks: Marks,
    /// See [`Quote::kind`].
    pub kind: QuoteKind,
    /// See [`Quote::speaker`].
    pub speaker: Option<OwnedMention>,
    /// See [`Quote::narrator`].
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub narrator: Option<OwnedMention>,
    /// See [`Quote::source`].
    pub source: Option<OwnedMention>,
    /// See [`Quote::cue`].
    pub cue: Option<OwnedCue>,
    /// See [`Quote::confidence`].
    pub confidence: f32,
}

/// What went wrong with a mark, and what the extractor did about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// An opening mark with no closing mark: the quotation was ended at the end of
    /// its paragraph.
    Unclosed,
    /// An opening mark with no closing mark that was not made a quotation (a lone
    /// straight quote, an inner mark left open when its outer quotation closed).
    UnclosedDropped,
    /// A closing mark with nothing open before it (for example `»` at the start of
    /// an unrelated paragraph): ignored.
    OrphanClosing,
    /// A straight quote that is neither an opener nor a closer (a stray mark): ignored.
    StrayStraightQuote,
    /// A pair closed by another kind of mark (`«…"`), or a closing mark used as
    /// an opener (`”…”`), or an opening mark used as a closer (`«…«`): repaired.
    MismatchedPair,
    /// The same opening mark twice in a row (`« «`): read as one.
    DoubledOpening,
    /// An opening mark that holds a dialogue exchange (`« Vous partez ?` then
    /// `— Demain. »`): its first turn ends where the next turn's dash opens,
    /// and the mark closes after the last turn (or is reported [`Unclosed`]
    /// there when nothing closes it).
    ///
    /// [`Unclosed`]: DiagnosticKind::Unclosed
    ExchangeOpened,
}

/// A repaired or ignored mark, reported as data: extraction never fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Diagnostic {
    /// What happened.
    pub kind: DiagnosticKind,
    /// The mark concerned.
    pub span: Span,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            DiagnosticKind::Unclosed => "opening mark never closed; quotation ended at the end of its paragraph",
            DiagnosticKind::UnclosedDropped => "opening mark never closed; no quotation made of it",
            DiagnosticKind::OrphanClosing => "closing mark with nothing open before it; ignored",
            DiagnosticKind::StrayStraightQuote => "straight quote that opens and closes nothing; ignored",
            DiagnosticKind::MismatchedPair => "marks of different kinds paired; repaired",
            DiagnosticKind::DoubledOpening => "opening mark doubled; read as one",
            DiagnosticKind::ExchangeOpened => {
                "opening mark holds an exchange; its first turn ends where the next turn's dash opens"
            }
        };
        write!(f, "{}..{}: {what}", self.span.start, self.span.end)
    }
}

/// The result of extracting one text: its quotations in text order (an outer
/// quotation before the quotations nested in it) and the diagnostics.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub(crate) text: &'a str,
    pub(crate) quotes: Vec<Quote<'a>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) entities: Vec<Entity<'a>>,
}

impl<'a> Document<'a> {
    /// The text the document was extracted from.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The quotations, in order of their opening mark.
    pub fn quotes(&self) -> &[Quote<'a>] {
        &self.quotes
    }

    /// Takes the quotations out of the document.
    pub fn into_quotes(self) -> Vec<Quote<'a>> {
        self.quotes
    }

    /// Who speaks in the document: each entity with its mentions, the
    /// quotations it speaks and how many words, in order of first mention.
    pub fn entities(&self) -> &[Entity<'a>] {
        &self.entities
    }

    /// The repaired or ignored marks, in text order.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// A line index over the text, to turn spans into line:column positions.
    pub fn line_index(&self) -> LineIndex<'a> {
        LineIndex::new(self.text)
    }

    /// The line:column of a byte offset (builds an index; for many lookups,
    /// keep one from [`Document::line_index`]).
    pub fn line_col(&self, offset: usize) -> LineCol {
        LineIndex::new(self.text).line_col(offset)
    }

    /// Owned copies of the quotations.
    pub fn to_owned_quotes(&self) -> Vec<OwnedQuote> {
        self.quotes.iter().map(Quote::to_owned_quote).collect()
    }
}

impl<'a> IntoIterator for Document<'a> {
    type Item = Quote<'a>;
    type IntoIter = std::vec::IntoIter<Quote<'a>>;
    fn into_iter(self) -> Self::IntoIter {
        self.quotes.into_iter()
    }
}

impl<'d, 'a> IntoIterator for &'d Document<'a> {
    type Item = &'d Quote<'a>;
    type IntoIter = std::slice::Iter<'d, Quote<'a>>;
    fn into_iter(self) -> Self::IntoIter {
        self.quotes.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip() {
        for s in ["«»", "“”", "‹›", "\"\"", "<<>>", "—", "none", "«\"", "««", "””", "<<\""] {
            assert_eq!(Marks::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(Marks::parse("xy"), None);
    }
}
