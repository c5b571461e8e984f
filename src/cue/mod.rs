//! Reporting cues: the lexicon of French reporting verbs, the parser of
//! reporting verb groups (`a-t-il ajouté`, `s'est félicitée`, `n'a pas voulu
//! commenter`) and the closed lists of prepositional cues (`selon`,
//! `d'après`, `cité par`).
//!
//! The verb lexicon is data: `verbs.txt`, embedded in the crate, lists the
//! lemmas; [`conjugate`] generates their forms.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use unicode_normalization::UnicodeNormalization;

use crate::text::{ShapeFilter, SmallStr};

pub(crate) mod conjugate;
mod group;
mod prep;
mod text;

pub use conjugate::{Agreement, Form, Tense};
pub(crate) use group::{GroupTense, NEGATION_PARTICLES, adverbials_len, is_adverb_word, is_auxiliary, reporting_verb_group};
pub(crate) use prep::{is_participle_cue, prepositional_cue, prepositional_cue_starts_outside};

/// The built-in lexicon data: one lemma per line (format in its header).
pub(crate) const VERBS_TXT: &str = include_str!("verbs.txt");

/// Folds a word for lookup: lowercase, `’`/`ʼ` → `'`, NFC when it has
/// non-ASCII characters. Borrows when the word is already folded, and does
/// not allocate for a short word.
#[inline]
pub(crate) fn fold(word: &str) -> SmallStr<'_> {
    // the common case, answered inline: a word of ASCII small letters
    if crate::text::is_ascii_lower(word.as_bytes()) {
        return SmallStr::Borrowed(word);
    }
    fold_other(word)
}

/// [`fold`] for a word that is not ASCII small letters.
fn fold_other(word: &str) -> SmallStr<'_> {
    // ASCII and Latin-1 words (nearly all) are folded by bytes: nothing to
    // compose there, and their lower case needs no table
    if let Some(f) = crate::text::lower_latin(word, true) {
        return f;
    }
    fold_chars(word)
}

/// [`fold`] by characters, for any text.
fn fold_chars(word: &str) -> SmallStr<'_> {
    if word.is_ascii() {
        // no apostrophe to map, no accent to compose: lower case is all
        return crate::text::lower(word);
    }
    // composed, lower-case text (the common case, `répondit`) needs no copy;
    // only decomposed accents need NFC
    let mut lower_only = true;
    let mut decomposed = false;
    for c in word.chars() {
        if crate::text::is_combining(c) {
            decomposed = true;
        } else if c.is_uppercase() || matches!(c, '\u{2019}' | '\u{2bc}') {
            lower_only = false;
        }
    }
    if lower_only && !decomposed {
        return SmallStr::Borrowed(word);
    }
    let lower = word.chars().flat_map(char::to_lowercase).map(|c| if matches!(c, '\u{2019}' | '\u{2bc}') { '\'' } else { c });
    if decomposed { SmallStr::collect(lower.nfc()) } else { SmallStr::collect(lower) }
}

/// The hasher of the crate's word tables: lookups hash short words at every
/// candidate position, where SipHash's resistance to flooding is not needed
/// (the keys are our own data). A word is read in at most two loads of up
/// to eight bytes that may overlap (FNV-1a took a round per byte), then
/// mixed so that the bucket (low bits) and the tag (high bits) both depend
/// on every byte.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordHashBuild;

/// The state of a [`WordHashBuild`] hash.
pub(crate) struct WordHash(u64);

impl std::hash::BuildHasher for WordHashBuild {
    type Hasher = WordHash;
    fn build_hasher(&self) -> WordHash {
        WordHash(0xcbf2_9ce4_8422_2325)
    }
}

impl WordHash {
    /// Mixes `x` into the state.
    #[inline]
    fn round(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(26) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl std::hash::Hasher for WordHash {
    #[inline]
    fn finish(&self) -> u64 {
        let h = self.0;
        (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 32)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let load4 = |at: usize| bytes.get(at..at + 4).and_then(|s| s.try_into().ok()).map_or(0, u32::from_le_bytes);
        let load8 = |at: usize| bytes.get(at..at + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes);
        let n = bytes.len();
        // the length tells apart the words whose loads overlap differently
        self.round(n as u64);
        match n {
            0 => {}
            1..4 => {
                let (a, b, c) = (bytes[0], bytes[n / 2], bytes[n - 1]);
                self.round(u64::from(a) | u64::from(b) << 8 | u64::from(c) << 16);
            }
            4..=8 => self.round(u64::from(load4(0)) | u64::from(load4(n - 4)) << 32),
            _ => {
                let mut at = 0;
                while at + 8 < n {
                    self.round(load8(at));
                    at += 8;
                }
                self.round(load8(n - 8));
            }
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.round(u64::from(b));
    }
}

/// The shapes of the ASCII words of a table (see [`ShapeFilter`]): an ASCII
/// word it rules out is not in the table, whatever its case (its folded form
/// is its ASCII lower case, of the same shape).
#[derive(Debug)]
pub(crate) struct AsciiFilter(ShapeFilter);

impl AsciiFilter {
    /// The filter of the ASCII ones of `words` (folded).
    pub(crate) fn new<'w>(words: impl Iterator<Item = &'w str>) -> AsciiFilter {
        let mut f = ShapeFilter::new();
        for w in words.filter(|w| !w.is_empty() && w.is_ascii()) {
            f.insert(w.as_bytes());
        }
        AsciiFilter(f)
    }

    /// True when `word` is surely not in the table: an ASCII word of a shape
    /// no word of it has.
    #[inline]
    pub(crate) fn rules_out(&self, word: &str) -> bool {
        !word.is_empty() && word.is_ascii() && !self.0.may_contain(word.as_bytes())
    }
}

/// The table of [`Lexicon::opener`] and the filter of its ASCII words.
type Openers = (HashMap<Box<str>, bool, WordHashBuild>, AsciiFilter);

/// One lemma of the lexicon.
#[derive(Debug)]
struct Lemma {
    /// As written in the data (`se féliciter`, `faire savoir`).
    name: Box<str>,
    /// Fixed words after the conjugated verb (`savoir`), or empty.
    tail: Box<str>,
    /// Whether the lemma is pronominal.
    pronominal: bool,
}

/// The shared content of a [`Lexicon`].
#[derive(Debug)]
struct Inner {
    /// The data it was built from (`verbs.txt` then extra lemmas).
    sources: Vec<Cow<'static, str>>,
    /// Lemmas in data order.
    lemmas: Vec<Lemma>,
    /// Folded form → (lemma index, form), plain lemmas before pronominal
    /// ones and single words before multiword lemmas.
    index: HashMap<Box<str>, Vec<(u32, Form)>, WordHashBuild>,
    /// The ASCII forms of `index`, by length and end letters.
    ascii_forms: AsciiFilter,
    /// The words that may open a verb group with this lexicon (see
    /// [`Lexicon::opener`]), built on first use.
    openers: std::sync::OnceLock<Openers>,
}

/// A lexicon of French reporting verbs with all their 3rd-person forms.
///
/// Cheap to clone (the data is behind an [`Arc`]) and `Send + Sync`.
/// [`Lexicon::default`] and [`Lexicon::builtin`] give the built-in lexicon;
/// [`Lexicon::with_extra_lemmas`] adds user lemmas to a lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// The shared data.
    inner: Arc<Inner>,
}

/// One analysis of a word form found in a [`Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VerbForm<'l> {
    /// The lemma (`déclarer`, `s'écrier`, `se féliciter`, `faire savoir`).
    pub lemma: &'l str,
    /// Whether the lemma is pronominal (its reflexive pronoun must precede
    /// the verb in the text).
    pub pronominal: bool,
    /// For a multiword lemma, the fixed words that must follow the verb
    /// (`savoir` for `faire savoir`); empty otherwise.
    pub tail: &'l str,
    /// What the form is.
    pub form: Form,
}

/// The built-in lexicon, built on first use.
static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| match Lexicon::from_data(vec![Cow::Borrowed(VERBS_TXT)]) {
    Ok(lex) => lex.ready(),
    // The data is tested; an error here is a bug in verbs.txt.
    Err(e) => panic!("built-in verbs.txt is malformed: {e}"),
});

impl Default for Lexicon {
    /// The built-in lexicon (a cheap clone of [`Lexicon::builtin`]).
    fn default() -> Self {
        Lexicon::builtin().clone()
    }
}

impl Lexicon {
    /// The built-in lexicon, built once on first use.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// This lexicon plus `extra` lemmas, each written as one line of
    /// `verbs.txt` (`fanfaronner`, `se gargariser`, `décrire < écrire`,
    /// `boire | boit boivent | buvait | but burent | boira | bu`), e.g.
    /// `Lexicon::builtin().with_extra_lemmas(&["gazouiller"])`. A lemma
    /// already present is ignored; a malformed one is an error message.
    pub fn with_extra_lemmas(&self, extra: &[&str]) -> Result<Lexicon, String> {
        for line in extra {
            if line.contains('\n') {
                return Err(format!("`{line}`: one lemma per entry"));
            }
            if conjugate::parse_entry(line)?.is_none() {
                return Err(format!("empty lemma `{line}`"));
            }
        }
        let mut sources = self.inner.sources.clone();
        sources.extend(extra.iter().map(|l| Cow::Owned(l.to_string())));
        Lexicon::from_data(sources).map(Lexicon::ready)
    }

    /// The lexicon with the tables of the cue grammar built: its openers (see
    /// [`Lexicon::opener`]) and the shared tables (the modals, the
    /// adverbs, the prepositional and participial cues and their finder),
    /// each built on first use by parsing one sample. A lexicon is made once
    /// for many texts: the first text then does not pay for them.
    fn ready(self) -> Lexicon {
        // (a compound group tries a modal, then reads an adverb)
        let _ = group::reporting_verb_group("a également déclaré", &self);
        // (a participial cue is looked up with the prepositional ones)
        let _ = prep::prepositional_cue("cité par");
        let _ = prep::prepositional_cue_starts("selon", 0, "selon".len());
        self
    }

    /// Builds a lexicon from data texts in the `verbs.txt` format (each text
    /// may hold several lines). Later duplicates of a lemma are ignored.
    pub(crate) fn from_data(sources: Vec<Cow<'static, str>>) -> Result<Lexicon, String> {
        let mut entries = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for text in &sources {
            for (n, line) in text.lines().enumerate() {
                let entry = conjugate::parse_entry(line).map_err(|e| format!("line {}: {e}", n + 1))?;
                if let Some(e) = entry {
                    if seen.insert((e.model_only, e.lemma.clone())) {
                        entries.push(e);
                    }
                }
            }
        }
        let parts = conjugate::resolve(&entries)?;
        let mut lemmas = Vec::with_capacity(entries.len());
        let mut index: HashMap<Box<str>, Vec<(u32, Form)>, WordHashBuild> =
            HashMap::with_capacity_and_hasher(entries.len() * 32, WordHashBuild);
        for (e, p) in entries.iter().zip(&parts) {
            if e.model_only {
                continue;
            }
            let id = u32::try_from(lemmas.len()).map_err(|_| "too many lemmas".to_string())?;
            lemmas.push(Lemma { name: e.lemma.as_str().into(), tail: e.tail.as_str().into(), pronominal: e.pronominal });
            for (form, f) in conjugate::expand(p, &e.head) {
                index.entry(form.into_boxed_str()).or_default().push((id, f));
            }
        }
        for v in index.values_mut() {
            v.sort_by_key(|&(id, _)| {
                let l = &lemmas[id as usize];
                (l.pronominal, !l.tail.is_empty())
            });
        }
        let ascii_forms = AsciiFilter::new(index.keys().map(|k| &**k));
        Ok(Lexicon { inner: Arc::new(Inner { sources, lemmas, index, ascii_forms, openers: std::sync::OnceLock::new() }) })
    }

    /// The analysis of `word` (as it appears in the text: any case, `’` or
    /// `'`, NFC or NFD), preferring a single-word, non-pronominal lemma and
    /// the first analysis of an ambiguous form (`dit`: présent before passé
    /// simple before participle). See [`Lexicon::lookup_all`] for every one.
    pub fn lookup(&self, word: &str) -> Option<VerbForm<'_>> {
        self.lookup_all(word).next()
    }

    /// Whether `word` (as it appears in the text) may open a reporting verb
    /// group with this lexicon: `Some(true)` for a verb word (an auxiliary, a
    /// form of the lexicon or of a modal), `Some(false)` for a clitic or
    /// negation that must lead to one, `None` for any other word. A word is
    /// looked up once in one table instead of in four lists (the grammar's
    /// cheap first test runs at every comma of every quotation), and an ASCII
    /// word that is none is ruled out without folding it.
    #[inline]
    pub(crate) fn opener(&self, word: &str) -> Option<bool> {
        let (table, ascii) = self.openers();
        if ascii.rules_out(word) { None } else { table.get(&*fold(word)).copied() }
    }

    /// The folded words of [`Lexicon::opener`] and what it says of them (the
    /// tests compare it with them).
    #[cfg(test)]
    pub(crate) fn group_openers(&self) -> &HashMap<Box<str>, bool, WordHashBuild> {
        &self.openers().0
    }

    /// The openers and their filter, built on first use.
    fn openers(&self) -> &Openers {
        self.inner.openers.get_or_init(|| {
            let table = group::openers(self.inner.index.keys().map(|k| &**k));
            let ascii = AsciiFilter::new(table.keys().map(|k| &**k));
            (table, ascii)
        })
    }

    /// Every form of the lexicon, folded.
    pub(crate) fn forms(&self) -> impl Iterator<Item = &str> + '_ {
        self.inner.index.keys().map(|k| &**k)
    }

    /// Every analysis of `word`: each lemma and form it can be.
    pub fn lookup_all(&self, word: &str) -> impl Iterator<Item = VerbForm<'_>> + '_ {
        // (most words are no form: an ASCII word is ruled out without folding it)
        let entries = if self.inner.ascii_forms.rules_out(word) { None } else { self.inner.index.get(&*fold(word)) };
        self.analyses(entries)
    }

    /// [`Lexicon::lookup_all`] for a word already folded (see [`fold`]).
    pub(crate) fn lookup_folded<'l>(&'l self, folded: &str) -> impl Iterator<Item = VerbForm<'l>> + use<'l> {
        self.analyses(self.inner.index.get(folded))
    }

    /// The analyses of the index's `entries` for a word.
    fn analyses<'l>(&'l self, entries: Option<&'l Vec<(u32, Form)>>) -> impl Iterator<Item = VerbForm<'l>> + use<'l> {
        entries.into_iter().flatten().map(|&(id, form)| {
            let l = &self.inner.lemmas[id as usize];
            VerbForm { lemma: &l.name, pronominal: l.pronominal, tail: &l.tail, form }
        })
    }

    /// The number of lemmas.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn lemma_count(&self) -> usize {
        self.inner.lemmas.len()
    }

    /// The number of distinct word forms.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn form_count(&self) -> usize {
        self.inner.index.len()
    }

    /// The lemmas, in data order.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn lemmas(&self) -> impl Iterator<Item = &str> + '_ {
        self.inner.lemmas.iter().map(|l| &*l.name)
    }

    /// Whether `lemma` (normalised as in the data: `s'écrier`) is present.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn contains_lemma(&self, lemma: &str) -> bool {
        let lemma = fold(lemma);
        self.lemmas().any(|l| l == &*lemma)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_is_send_sync_and_cheap() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Lexicon>();
        let a = Lexicon::default();
        assert!(Arc::ptr_eq(&a.inner, &Lexicon::builtin().inner));
    }

    #[test]
    fn the_ascii_filter_rules_out_no_form() {
        let lex = Lexicon::builtin();
        for f in lex.forms().filter(|f| f.is_ascii()) {
            for w in [f.to_string(), f.to_uppercase(), format!("{}{}", f[..1].to_uppercase(), &f[1..])] {
                assert!(!lex.inner.ascii_forms.rules_out(&w), "{w}");
                assert_eq!(lex.lookup_all(&w).count(), lex.lookup_folded(f).count(), "{w}");
            }
        }
        for w in lex.group_openers().keys().filter(|w| w.is_ascii()) {
            assert_eq!(lex.opener(&w.to_uppercase()), lex.group_openers().get(w).copied(), "{w}");
        }
        // (words that are no form are mostly ruled out)
        let words = ["le", "de", "Macron", "ministre", "président", "la", "France"];
        assert!(words.iter().filter(|w| lex.inner.ascii_forms.rules_out(w)).count() >= 4);
    }

    #[test]
    fn lexicons_come_ready_to_parse() {
        // (the openers are built with the lexicon, not by the first text)
        assert!(Lexicon::builtin().inner.openers.get().is_some());
        assert!(Lexicon::builtin().with_extra_lemmas(&["gazouiller"]).unwrap().inner.openers.get().is_some());
    }

    #[test]
    fn lexicon_size_and_every_lemma_conjugates() {
        let lex = Lexicon::builtin();
        assert!(lex.lemma_count() >= 250, "{} lemmas", lex.lemma_count());
        assert!(lex.form_count() > 5000, "{} forms", lex.form_count());
        let mut entries = Vec::new();
        for line in VERBS_TXT.lines() {
            if let Some(e) = conjugate::parse_entry(line).unwrap() {
                entries.push(e);
            }
        }
        let parts = conjugate::resolve(&entries).unwrap();
        for (e, p) in entries.iter().zip(&parts) {
            let forms = conjugate::expand(p, &e.head);
            assert!(forms.len() >= 16, "{}: {} forms", e.lemma, forms.len());
            assert!(forms.iter().all(|(f, _)| f.chars().all(char::is_alphabetic)), "{}", e.lemma);
        }
        for lemma in ["déclarer", "s'écrier", "se féliciter", "reconnaître", "tweeter", "mettre en garde"] {
            assert!(lex.contains_lemma(lemma), "{lemma}");
        }
    }

    #[test]
    fn builtin_builds_fast() {
        // Best of five, to be robust to a busy machine (the tests run in
        // parallel, and CI machines are shared): about 25 ms unoptimised on a
        // quiet machine, so the bound catches a build grown several times slower.
        let best = (0..5)
            .map(|_| {
                let t = std::time::Instant::now();
                let lex = Lexicon::from_data(vec![Cow::Borrowed(VERBS_TXT)]).unwrap();
                assert!(lex.lemma_count() > 0);
                t.elapsed()
            })
            .min()
            .unwrap();
        assert!(best.as_millis() < 150, "built in {best:?}");
    }

    #[test]
    fn folds_by_bytes_as_by_characters() {
        for w in
            ["", "dit", "Dit", "DÉCLARA", "aujourd’hui", "Aujourdʼhui", "l'aveu", "Œuvre", "re\u{301}pondit", &"É".repeat(25)]
        {
            assert_eq!(&*fold(w), &*fold_chars(w), "{w}");
        }
        // every character of the ranges folded by bytes, and around them
        for c in '\0'..='\u{3000}' {
            for w in [format!("a{c}b"), format!("A{c}b"), format!("{c}É")] {
                assert_eq!(&*fold(&w), &*fold_chars(&w), "{c:?}");
            }
        }
    }

    #[test]
    fn word_hashes_spread() {
        use std::hash::BuildHasher;
        // the forms of the lexicon in 8192 buckets (their low bits) and 128
        // tags (their top seven bits), crowded no more than by a random hash
        // (at most 8 in a bucket: 7 is the likeliest maximum)
        let lex = Lexicon::builtin();
        let (mut buckets, mut tags) = (vec![0u32; 8192], vec![0u32; 128]);
        for f in lex.forms() {
            let h = WordHashBuild.hash_one(f);
            buckets[(h & 8191) as usize] += 1;
            tags[(h >> 57) as usize] += 1;
        }
        let n = lex.form_count() as u32;
        assert!(buckets.iter().max().unwrap() <= &8, "{:?}", buckets.iter().max());
        assert!(tags.iter().all(|&t| t > n / 128 / 2 && t < n / 128 * 2), "{tags:?}");
        // words that differ by one byte, or only in length, hash apart
        let words = ["a", "b", "ab", "ba", "aa", "aaa", "aaaa", "aaaaaaaa", "aaaaaaaaa", "dit", "dît", "disait", "disaient"];
        let hashes: std::collections::HashSet<u64> = words.iter().map(|w| WordHashBuild.hash_one(w)).collect();
        assert_eq!(hashes.len(), words.len());
    }

    #[test]
    fn lookup_folds() {
        let lex = Lexicon::builtin();
        let v = lex.lookup("De\u{301}clarait").unwrap();
        assert_eq!(v.lemma, "déclarer");
        assert_eq!(v.form, Form::Finite { tense: Tense::Imperfect, plural: false });
        let v = lex.lookup("DÉCLARÉES").unwrap();
        assert_eq!(v.form, Form::PastParticiple(Agreement { feminine: true, plural: true }));
        assert_eq!(lex.lookup("disant").unwrap().form, Form::PresentParticiple);
        assert_eq!(lex.lookup("dire").unwrap().form, Form::Infinitive);
        // `dit`: présent, passé simple and participle of `dire` and `se dire`.
        let all: Vec<_> = lex.lookup_all("dit").collect();
        assert!(all.len() >= 6);
        assert_eq!(all[0].lemma, "dire");
        assert!(all.iter().any(|v| v.lemma == "se dire" && v.pronominal));
        assert_eq!(lex.lookup("écria").unwrap().lemma, "s'écrier");
        assert_eq!(lex.lookup("enchaine").unwrap().lemma, "enchaîner");
        assert!(lex.lookup("ditto").is_none());
        assert!(lex.lookup("déclaration").is_none());
        // A multiword lemma is found through its head.
        assert!(lex.lookup_all("fit").any(|v| v.lemma == "faire savoir" && v.tail == "savoir"));
        assert_eq!(lex.lookup("fit").unwrap().lemma, "faire");
    }

    #[test]
    fn extra_lemmas() {
        let lex = Lexicon::builtin()
            .with_extra_lemmas(&[
                "gazouiller",
                "se gargariser",
                "boire | boit boivent | buvait | but burent | boira | bu",
                "déclarer",
            ])
            .unwrap();
        assert_eq!(lex.lemma_count(), Lexicon::builtin().lemma_count() + 3);
        assert_eq!(lex.lookup("gazouilla").unwrap().lemma, "gazouiller");
        assert!(lex.lookup("gargarise").unwrap().pronominal);
        assert_eq!(lex.lookup("buvaient").unwrap().lemma, "boire");
        for bad in ["", "résoudre", "boire | boit", "dire < 9", "se"] {
            assert!(Lexicon::builtin().with_extra_lemmas(&[bad]).is_err(), "{bad:?}");
        }
        // Extra lemmas accumulate.
        let more = lex.with_extra_lemmas(&["pérorer"]).unwrap();
        assert!(more.lookup("gazouilla").is_some() && more.lookup("pérora").is_some());
    }
}
