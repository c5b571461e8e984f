//! Configuration errors. Extraction itself never fails: any `&str` is valid input.

/// An error in the extractor's configuration, reported by
/// [`ExtractorBuilder::build`](crate::ExtractorBuilder::build).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A reporting verb added to the lexicon could not be read.
    #[error("invalid reporting verb {entry:?}: {reason}")]
    InvalidCue {
        /// The entry as given.
        entry: String,
        /// Why it was refused.
        reason: String,
    },
    /// A confidence threshold outside `0.0..=1.0`.
    #[error("confidence threshold {0} is outside 0.0..=1.0")]
    InvalidConfidence(f32),
}
