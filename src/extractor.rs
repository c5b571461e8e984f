//! The extractor: configured once by a builder, then used on any number of texts.

use crate::cue::Lexicon;
use crate::detect::{self, DetectOptions, Found, incise, kind};
use crate::error::Error;
use crate::model::{Document, Quote};
use crate::span::Span;
use std::sync::{Arc, LazyLock};

/// Finds the quotations of French texts.
///
/// Build it once (it holds the reporting-verb lexicon) and reuse it: it is
/// `Send + Sync`, so one extractor can serve many threads.
///
/// ```
/// let extractor = selon::Extractor::builder().straight_quotes(true).build()?;
/// let doc = extractor.extract("«\u{202f}Nous tiendrons\u{202f}», a-t-elle assuré.");
/// assert_eq!(doc.quotes()[0].text, "Nous tiendrons");
/// # Ok::<(), selon::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    lexicon: Arc<Lexicon>,
    straight_quotes: bool,
    dialogue: bool,
    hyphen_dialogue: bool,
    attribution: bool,
    min_confidence: f32,
}

impl Default for Extractor {
    fn default() -> Self {
        crate::attribute::resolve::warm();
        Extractor {
            lexicon: Arc::new(Lexicon::builtin().clone()),
            straight_quotes: true,
            dialogue: true,
            hyphen_dialogue: true,
            attribution: true,
            min_confidence: 0.0,
        }
    }
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    straight_quotes: bool,
    dialogue: bool,
    hyphen_dialogue: bool,
    attribution: bool,
    min_confidence: f32,
    extra_verbs: Vec<String>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            straight_quotes: true,
            dialogue: true,
            hyphen_dialogue: true,
            attribution: true,
            min_confidence: 0.0,
            extra_verbs: Vec::new(),
        }
    }
}

impl ExtractorBuilder {
    /// Whether straight quotes `"…"` are read as quotation marks (default: yes).
    /// Inches, seconds, ditto marks and code are never read as quotation marks.
    pub fn straight_quotes(mut self, yes: bool) -> Self {
        self.straight_quotes = yes;
        self
    }

    /// Whether dialogue and interview turns opened by a dash are quotations
    /// (default: yes).
    pub fn dialogue(mut self, yes: bool) -> Self {
        self.dialogue = yes;
        self
    }

    /// Whether a hyphen `-` at paragraph start may open a dialogue turn when the
    /// lines around it look like dialogue (default: yes). Bullet lists never do.
    pub fn hyphen_dialogue(mut self, yes: bool) -> Self {
        self.hyphen_dialogue = yes;
        self
    }

    /// Whether to attribute the quotations (speaker, source, cue; default: yes).
    /// Without it, extraction is detection alone: spans, marks and a first kind.
    pub fn attribution(mut self, yes: bool) -> Self {
        self.attribution = yes;
        self
    }

    /// Leaves out quotations whose confidence is below `threshold` (default 0.0).
    pub fn min_confidence(mut self, threshold: f32) -> Self {
        self.min_confidence = threshold;
        self
    }

    /// Adds reporting verbs to the built-in lexicon, one entry per verb in the
    /// lexicon's line format (an infinitive such as `pérorer` or `s'époumoner`
    /// for a regular verb; see the crate documentation for irregular ones).
    pub fn reporting_verbs<I, S>(mut self, entries: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra_verbs.extend(entries.into_iter().map(Into::into));
        self
    }

    /// Builds the extractor.
    ///
    /// # Errors
    /// [`Error::InvalidCue`] for a reporting verb that cannot be read,
    /// [`Error::InvalidConfidence`] for a threshold outside `0.0..=1.0`.
    pub fn build(self) -> Result<Extractor, Error> {
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(Error::InvalidConfidence(self.min_confidence));
        }
        let lexicon = if self.extra_verbs.is_empty() {
            Lexicon::builtin().clone()
        } else {
            let refs: Vec<&str> = self.extra_verbs.iter().map(String::as_str).collect();
            Lexicon::builtin()
                .with_extra_lemmas(&refs)
                .map_err(|reason| Error::InvalidCue { entry: self.extra_verbs.join(", "), reason })?
        };
        if self.attribution {
            crate::attribute::resolve::warm();
        }
        Ok(Extractor {
            lexicon: Arc::new(lexicon),
            straight_quotes: self.straight_quotes,
            dialogue: self.dialogue,
            hyphen_dialogue: self.hyphen_dialogue,
            attribution: self.attribution,
            min_confidence: self.min_confidence,
        })
    }
}

impl Extractor {
    /// An extractor with the default configuration.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// A builder to configure an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Finds the quotations of `text`. Never fails and never panics: problems
    /// with the marks come back as [`Document::diagnostics`].
    ///
    /// Text with decomposed accents (NFD) is read as if composed, and its
    /// spans and strings are those of `text` as written.
    pub fn extract<'a>(&self, text: &'a str) -> Document<'a> {
        match crate::compose::Composed::of(text) {
            Some(composed) => composed.restore(text, self.extract_composed(&composed.text)),
            None => self.extract_composed(text),
        }
    }

    /// [`Extractor::extract`] on text whose letters are composed.
    fn extract_composed<'a>(&self, text: &'a str) -> Document<'a> {
        let opts = DetectOptions {
            straight_quotes: self.straight_quotes,
            dialogue: self.dialogue,
            hyphen_dialogue: self.hyphen_dialogue,
            lexicon: &self.lexicon,
        };
        let (found, diagnostics) = detect::detect(text, opts);
        let mut quotes = Vec::with_capacity(found.len());
        let mut nested = Vec::new();
        for (i, f) in found.iter().enumerate() {
            if f.confidence < self.min_confidence {
                continue;
            }
            let parts = self.parts(text, &found, i, &mut nested);
            quotes.push(Quote {
                text: &text[f.text.range()],
                span: f.span,
                text_span: f.text,
                parts,
                marks: f.marks,
                kind: kind::classify(text, f, &self.lexicon),
                speaker: None,
                narrator: None,
                source: None,
                cue: None,
                confidence: f.confidence,
                depth: f.depth,
            });
        }
        let entities = if self.attribution { crate::attribute::attribute(text, &mut quotes, &self.lexicon) } else { Vec::new() };
        for q in &mut quotes {
            // three decimals say all a confidence means
            q.confidence = (q.confidence * 1000.0).round() / 1000.0;
        }
        Document { text, quotes, diagnostics, entities }
    }

    /// The parts of quotation `i`: a quotation in one paragraph loses its incises.
    fn parts(&self, text: &str, found: &[Found], i: usize, nested: &mut Vec<Span>) -> Vec<Span> {
        let f = &found[i];
        // (a turn in guillemets, `— « Oh ! non, répliqua-t-elle, on reste. »`, loses them too)
        let marked_turn = f.marks == crate::model::Marks::Dash
            && text[..f.text.start].trim_end_matches(crate::text::is_space).ends_with(['«', '“', '"']);
        if f.marks == crate::model::Marks::Dash && !marked_turn || f.parts.len() != 1 {
            return f.parts.clone();
        }
        nested.clear();
        nested.extend(found[i + 1..].iter().take(32).take_while(|g| g.span.start < f.span.end).map(|g| g.span));
        let cut = incise::cut_incises(text, f.text.start, f.text.end, nested, &self.lexicon, false);
        if cut.parts.is_empty() { f.parts.clone() } else { cut.parts }
    }
}

static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::default);

/// Finds the quotations of `text` with the default configuration.
///
/// ```
/// let doc = selon::extract("Le maire a dénoncé un «\u{a0}scandale\u{a0}».");
/// assert_eq!(doc.quotes()[0].text, "scandale");
/// ```
pub fn extract(text: &str) -> Document<'_> {
    DEFAULT.extract(text)
}
