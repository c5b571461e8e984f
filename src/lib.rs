//! `selon` finds the quotations of French text — guillemets with every spacing,
//! English and straight quotes, nesting, multi-paragraph quotations, dialogue
//! dashes, broken marks — and gives each one exact byte spans into the caller's
//! text, the marks used and its kind; then who speaks (resolved to a named
//! entity when the text names it), who relays the words, and the cue that says so.
//!
//! # Quick start
//! ```
//! let text = "La ministre a dénoncé un «\u{a0}mépris\u{a0}». \
//!             «\u{202f}Nous ne céderons pas, a-t-elle ajouté, jamais.\u{202f}»";
//! let doc = selon::extract(text);
//! let quotes = doc.quotes();
//! assert_eq!(quotes.len(), 2);
//! assert_eq!(quotes[0].text, "mépris");
//! assert_eq!(quotes[0].kind, selon::QuoteKind::Embedded);
//! assert_eq!(quotes[0].speaker.as_ref().map(|s| s.mention), Some("La ministre"));
//! // the whole quotation, marks included, is a byte span of the input
//! assert_eq!(&text[quotes[1].span.range()], "«\u{202f}Nous ne céderons pas, a-t-elle ajouté, jamais.\u{202f}»");
//! // the parts leave the incise out; the incise gives the cue and the speaker,
//! // resolved to the entity named before
//! let parts: Vec<&str> = quotes[1].parts.iter().map(|p| &text[p.range()]).collect();
//! assert_eq!(parts, ["Nous ne céderons pas", "jamais."]);
//! let speaker = quotes[1].speaker.as_ref().unwrap();
//! assert_eq!((speaker.mention, speaker.name), ("elle", Some("La ministre")));
//! assert_eq!(quotes[1].cue.as_ref().map(|c| c.text), Some("a-t-elle ajouté"));
//! ```
//!
//! # Layout
//! - `detect`: paragraphs, marks and their pairing, dialogue turns, incises, first kinds;
//! - `cue`: the reporting-verb lexicon (`verbs.txt`, data) and the verb-group parser;
//! - `attribute`: sentences, speaker phrases, cues, speakers and relays, then
//!   `resolve`: who each mention refers to, and the document's entities.
//!
//! # Configuration
//! An [`Extractor`] is built once with [`Extractor::builder`] and reused; it is
//! `Send + Sync`. [`extract`] uses the default configuration.
//!
//! # Never an error for text
//! Any `&str` is valid input. Marks that had to be repaired (a `«` closed by
//! `"`, a quotation never closed) or ignored (an orphan `»`, a stray `"`) are
//! reported as [`Diagnostic`]s; [`Error`] is only for configuration.
//!
//! # Features
//! - `serde`: `Serialize` for [`Quote`] and the other results (their JSON is the
//!   prediction format of the project's scorer), `Deserialize` for the owned
//!   forms ([`OwnedQuote`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub(crate) mod attribute;
mod compose;
pub(crate) mod cue;
pub(crate) mod detect;
mod error;
mod extractor;
mod model;
mod span;
pub(crate) mod text;

pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder, extract};
pub use model::{
    Cue, Diagnostic, DiagnosticKind, Document, Marks, Mention, OwnedCue, OwnedMention, OwnedQuote, Quote, QuoteKind,
};
pub use span::{LineCol, LineIndex, Span};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
