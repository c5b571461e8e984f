//! Speaker and source phrases: the noun phrase after an inverted cue (`a
//! indiqué le porte-parole du ministère, Oleg Varanov`), the subject before a
//! cue (`Le président du conseil régional, Amaury Lhomond, a défendu…`), and the
//! few pronouns that stand for a speaker.

use crate::cue::Lexicon;
use crate::span::Span;
use crate::text::{is_apostrophe, is_space, is_word_char, lower};

/// A token of a phrase: a word (letters, digits, inner hyphens) or one
/// punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
    pub word: bool,
    /// The closed lists the token belongs to, `class::of(text)`: read once
    /// with the token, not again by each test of each rule.
    class: u32,
}

impl<'t> Tok<'t> {
    /// A punctuation token (in no list).
    fn punct(text: &'t str, start: usize, end: usize) -> Tok<'t> {
        Tok { start, end, text: &text[start..end], word: false, class: 0 }
    }

    /// A word token; `ascii` when its bytes are ASCII (looked up without
    /// lowering), else `latin` when its characters are ASCII and Latin-1
    /// (lowered by bytes, without a scan to tell it).
    fn word(text: &'t str, start: usize, end: usize, ascii: bool, latin: bool) -> Tok<'t> {
        let w = &text[start..end];
        let class = if ascii {
            class::lookup(w.as_bytes())
        } else if latin {
            class::of_latin(w.as_bytes())
        } else {
            class::of_other(w)
        };
        Tok { start, end, text: w, word: true, class }
    }

    /// True when the token is in one of the lists of `bits` (see [`class`]):
    /// read when the token was, so callers test bits instead of lowering the word.
    pub(crate) fn is(&self, bits: u32) -> bool {
        self.class & bits != 0
    }

    /// True for a word that ends a noun phrase (see [`STOPS`]), days included.
    fn is_stop(&self) -> bool {
        self.is(class::STOP | class::WEEKDAY)
    }
}

/// The tokens of `text[from..to]`, at most `max`. Runs on bytes where the
/// text is ASCII or Latin, and decodes characters only where it is not.
pub(crate) fn tokens(text: &str, from: usize, to: usize, max: usize) -> Vec<Tok<'_>> {
    // about one token every five bytes: room for a few more rather than a second allocation
    let mut out = Vec::with_capacity(max.min(to.saturating_sub(from) / 4 + 1));
    tokens_into(text, from, to, max, &mut out);
    out
}

/// The length of a domain's period and suffix at `i` (`.fr` of `Actu.fr`),
/// which ends the word, or `None`.
fn domain_after(b: &[u8], i: usize, to: usize) -> Option<usize> {
    const SUFFIXES: &[&[u8]] = &[b"fr", b"com", b"net", b"org", b"info", b"be", b"ch", b"ca", b"eu", b"tv", b"io"];
    let rest = &b[i + 1..to];
    let len = rest.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
    SUFFIXES.contains(&&rest[..len]).then_some(len + 1)
}

/// [`tokens`] appended to `out`, until it holds `max` tokens.
fn tokens_into<'t>(text: &'t str, from: usize, to: usize, max: usize, out: &mut Vec<Tok<'t>>) {
    // (the bytes up to `to` only: a test of `b.len()` is one of `to` too)
    let b = &text.as_bytes()[..to.min(text.len())];
    let to = b.len();
    let mut i = from;
    while i < to && out.len() < max {
        let kind = BYTES[usize::from(b[i])];
        let len = match kind {
            SPACE => {
                i += 1;
                continue;
            }
            OTHER => {
                // ASCII punctuation: one byte, one token
                out.push(Tok::punct(text, i, i + 1));
                i += 1;
                continue;
            }
            ALNUM => Some(1),
            _ => word_char_at(text, i),
        };
        if let Some(len) = len {
            let start = i;
            let mut ascii = kind == ALNUM;
            // (the characters of U+0080–U+00FF are those of lead bytes below 0xC4)
            let mut latin = ascii || b[start] < 0xc4;
            i += len;
            while i < to {
                // ASCII letters and digits, the most of a word: eight bytes at a time
                if let Some(x) = b.get(i..i + 8).and_then(|c| c.try_into().ok()).map(u64::from_le_bytes) {
                    let stop = not_alnum(x);
                    if stop == 0 {
                        i += 8;
                        continue;
                    }
                    // (then the byte that is not one, below)
                    i += (stop.trailing_zeros() / 8) as usize;
                }
                match BYTES[usize::from(b[i])] {
                    ALNUM => i += 1,
                    HIGH => match word_char_at(text, i) {
                        Some(l) => {
                            latin &= b[i] < 0xc4;
                            i += l;
                            ascii = false;
                        }
                        None if b[i] == 0xe2 => match name_apostrophe(b, start, i, to) {
                            Some(l) => {
                                i += l;
                                ascii = false;
                            }
                            None => break,
                        },
                        None => break,
                    },
                    // a hyphen joins words (`porte-parole`, `Jean-Luc`), not a dash
                    _ if b[i] == b'-' && i + 1 < to && word_char_at(text, i + 1).is_some() => i += 1,
                    _ if b[i] == b'\'' => match name_apostrophe(b, start, i, to) {
                        Some(l) => i += l,
                        None => break,
                    },
                    // a site's name with its domain (`Actu.fr`, `Mediapart.fr`)
                    _ if b[i] == b'.' => match domain_after(b, i, to) {
                        Some(l) => i += l,
                        None => break,
                    },
                    _ => break,
                }
            }
            let mut tok = Tok::word(text, start, i, ascii, latin);
            // (a possessive after a determiner is a noun: `le ton`, `le son`)
            // (read from the text, not from the tokens before: a window that starts
            // at the word reads it as the whole text does)
            if matches!(tok.text, "ton" | "son" | "ta" | "sa" | "mon") && article_before(text, start) {
                tok.class &= !class::DETERMINER;
            }
            out.push(tok);
            // (the space after a word, most often: skipped here rather than by one more turn)
            if i < to && b[i] == b' ' {
                i += 1;
            }
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        let end = i + ch.len_utf8();
        if !is_space(ch) {
            out.push(Tok::punct(text, i, end));
        }
        i = end;
    }
}

/// True when an article or a demonstrative and a space stand right before
/// byte `at` (`le `, `Un `, `ces `).
fn article_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    if before.len() == at {
        return false;
    }
    // (the whole word: `martèle sa` is no `le sa`)
    let w = &before
        [before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8))..];
    ["le", "la", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces"].iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// The length of the apostrophe at `i` when it is inside a name, not an
/// elision: after the Irish `O` before a capital (`O'Gara`, `O’Connor`), or
/// the Breton `c'h` (`Le Floc'h`). `start` is where the word began.
#[inline]
fn name_apostrophe(b: &[u8], start: usize, i: usize, to: usize) -> Option<usize> {
    let len = match b.get(i..i + 3) {
        _ if b[i] == b'\'' => 1,
        Some([0xe2, 0x80, 0x99]) => 3,
        _ => return None,
    };
    let next = *b.get(i + len).filter(|_| i + len < to)?;
    // (`O'Brien`; and the African names of `N'` and `M'`: `N'Diaye`, `M'Bala`,
    // never an elided `ne` or `me`, which a small letter follows)
    let irish = i == start + 1 && matches!(b[start], b'O' | b'N' | b'M') && next.is_ascii_uppercase();
    let breton = i > start && b[i - 1] == b'c' && next == b'h';
    // (`Prud'homme`: a capitalised word of three letters or more before a small
    // letter, none of the elided `qu` words, `Lorsqu'il`, nor `Aujourd'hui`)
    let inner = i >= start + 3
        && b[start].is_ascii_uppercase()
        && next.is_ascii_lowercase()
        && !b[i - 2..i].eq_ignore_ascii_case(b"qu")
        && !b[start..i].eq_ignore_ascii_case(b"aujourd")
        && b[start..i].iter().all(u8::is_ascii_alphabetic);
    (irish || breton || inner).then_some(len)
}

/// The high bit of each byte of `x` that is not an ASCII letter or digit,
/// for all eight bytes at once (SWAR, as [`crate::text::ascii_capitals`]).
#[inline]
fn not_alnum(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH: u64 = ONES * 0x80;
    // the high bit of each byte of `v` (each below 0x80) in `lo..=hi`
    let within = |v: u64, lo: u8, hi: u8| (v + ONES * u64::from(0x80 - lo)) & !(v + ONES * u64::from(0x7f - hi)) & HIGH;
    let low7 = x & !HIGH;
    let alnum = (within(low7, b'0', b'9') | within(low7 | (ONES * 0x20), b'a', b'z')) & !x;
    !alnum & HIGH
}

/// The length of the character at `i` when it belongs to a word. The
/// characters of French text are known by their bytes, without the Unicode
/// tables: the accented letters (U+00C0–U+017F but `×` and `÷`, lead bytes
/// 0xC3 to 0xC5), the Latin-1 signs, spaces and guillemets (U+0080–U+00BF,
/// lead byte 0xC2: words only `ª`, `µ`, `º` and the digits `¹²³¼½¾`), and the
/// general punctuation (U+2000–U+203F: `’`, `…`, dashes, narrow spaces).
/// Other characters are decoded.
#[inline(always)]
fn word_char_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    match BYTES[usize::from(b[i])] {
        ALNUM => Some(1),
        HIGH => match (b[i], b.get(i + 1)) {
            (0xc3, Some(0x97 | 0xb7)) => None,
            (0xc3..=0xc5, Some(_)) => Some(2),
            (0xc2, Some(0xaa | 0xb5 | 0xba | 0xb2 | 0xb3 | 0xb9 | 0xbc..=0xbe)) => Some(2),
            (0xc2, Some(_)) => None,
            (0xe2, Some(0x80)) => None,
            _ => {
                let ch = text[i..].chars().next()?;
                is_word_char(ch).then_some(ch.len_utf8())
            }
        },
        _ => None,
    }
}

/// What a byte of UTF-8 text is to [`tokens`]: ASCII white space, an ASCII
/// letter or digit, other ASCII, or part of a longer character.
const SPACE: u8 = 0;
/// See [`SPACE`].
const ALNUM: u8 = 1;
/// See [`SPACE`].
const OTHER: u8 = 2;
/// See [`SPACE`].
const HIGH: u8 = 3;

/// The kind of each byte (see [`SPACE`]).
static BYTES: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphanumeric() {
            ALNUM
        } else if b.is_ascii_whitespace() {
            SPACE
        } else {
            OTHER
        };
        c += 1;
    }
    t
};

/// The tokens of a whole text, each read at most once: the tokens of any part
/// of the text are a slice of them (or a copy of a few slices) instead of a
/// new reading.
///
/// The text is cut into chunks after ASCII white space, where no token can
/// continue, and a chunk is read the first time a window touches it: a long
/// text with few quotations is not read whole.
pub(crate) struct Words<'t> {
    text: &'t str,
    /// Where each chunk starts, then the end of the text.
    bounds: Vec<usize>,
    /// For each [`CHUNK`] bytes of the text, the chunk that holds its first byte.
    chunk_at: Vec<usize>,
    /// The tokens of each chunk, once read.
    chunks: Vec<std::cell::OnceCell<Chunk<'t>>>,
    /// For each capitalised word the text writes before a space and another
    /// capital, where the words after that space start, read once
    /// ([`Words::written_before`]).
    capital_pairs: std::cell::OnceCell<std::collections::HashMap<&'t str, Vec<usize>>>,
}

/// The length of a chunk of [`Words`], in bytes (it ends at the next space).
const CHUNK: usize = 256;

/// The tokens of one chunk of [`Words`], and where to find them.
struct Chunk<'t> {
    /// Where the chunk starts in the text.
    start: usize,
    toks: Vec<Tok<'t>>,
    /// For each [`BLOCK`] bytes of the chunk, the first token that ends after
    /// the block's first byte: a search starts there instead of at 0.
    by_block: Vec<u32>,
}

/// The granularity of [`Chunk::by_block`], in bytes.
const BLOCK: usize = 16;

impl<'t> Chunk<'t> {
    fn new(text: &'t str, start: usize, end: usize) -> Chunk<'t> {
        let toks = tokens(text, start, end, usize::MAX);
        let mut by_block = Vec::with_capacity((end - start) / BLOCK + 1);
        let mut k = 0;
        for p in (start..end).step_by(BLOCK) {
            while k < toks.len() && toks[k].end <= p {
                k += 1;
            }
            by_block.push(k as u32);
        }
        Chunk { start, toks, by_block }
    }

    /// The index of the first token that ends after `pos` (inside the chunk or
    /// at its end): `toks.partition_point(|t| t.end <= pos)`.
    fn first_ending_after(&self, pos: usize) -> usize {
        let mut k = self.by_block.get((pos - self.start) / BLOCK).map_or(self.toks.len(), |&k| k as usize);
        while k < self.toks.len() && self.toks[k].end <= pos {
            k += 1;
        }
        k
    }
}

impl<'t> Words<'t> {
    /// Cuts `text` into chunks; nothing is read yet.
    pub(crate) fn new(text: &'t str) -> Words<'t> {
        let b = text.as_bytes();
        let mut bounds = vec![0];
        let mut at = CHUNK;
        while at < b.len() {
            // a line break if one comes soon (sentences, hence most windows, end there),
            // else any ASCII space
            let line = memchr::memchr(b'\n', &b[at..b.len().min(at + 2 * CHUNK)]);
            match line.or_else(|| b[at..].iter().position(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))) {
                Some(k) if at + k + 1 < b.len() => {
                    bounds.push(at + k + 1);
                    at += k + 1 + CHUNK;
                }
                _ => break,
            }
        }
        bounds.push(b.len());
        // chunks are at least CHUNK bytes long: at most one starts in each CHUNK bytes
        let mut chunk_at = Vec::with_capacity(b.len() / CHUNK + 1);
        let mut c = 0;
        for p in (0..b.len().max(1)).step_by(CHUNK) {
            while bounds[c + 1] <= p && c + 2 < bounds.len() {
                c += 1;
            }
            chunk_at.push(c);
        }
        let chunks = (1..bounds.len()).map(|_| std::cell::OnceCell::new()).collect();
        Words { text, bounds, chunk_at, chunks, capital_pairs: std::cell::OnceCell::new() }
    }

    /// True when the text writes the capitalised word `first`, then a space,
    /// then words that start with `next`, a capital (`Ernest Chabrand` for
    /// `Ernest` and `Chabrand`), anywhere. The pairs of capitalised words are
    /// indexed on the first question, so that asking for each quotation of a
    /// long text stays linear in it.
    pub(crate) fn written_before(&self, first: &str, next: &str) -> bool {
        let index = self.capital_pairs.get_or_init(|| {
            let text = self.text;
            let mut index: std::collections::HashMap<&'t str, Vec<usize>> = std::collections::HashMap::new();
            for k in memchr::memchr_iter(b' ', text.as_bytes()) {
                // (a capital after the space: most spaces are left here)
                if !text[k + 1..].chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                // (the letters and hyphens right before the space)
                let word = &text[text[..k].trim_end_matches(|c: char| c.is_alphabetic() || c == '-').len()..k];
                if word.starts_with(char::is_uppercase) {
                    index.entry(word).or_default().push(k + 1);
                }
            }
            index
        });
        index.get(first).is_some_and(|after| after.iter().any(|&k| self.text[k..].starts_with(next)))
    }

    /// The text.
    pub(crate) fn text(&self) -> &'t str {
        self.text
    }

    /// Chunk `c`, read on first use.
    fn chunk(&self, c: usize) -> &Chunk<'t> {
        self.chunks[c].get_or_init(|| Chunk::new(self.text, self.bounds[c], self.bounds[c + 1]))
    }

    /// The chunk that holds byte `i` (of a non-empty text).
    fn chunk_of(&self, i: usize) -> usize {
        let mut c = self.chunk_at[i / CHUNK];
        while c + 1 < self.chunks.len() && self.bounds[c + 1] <= i {
            c += 1;
        }
        c
    }

    /// The tokens of `text[from..to]`, at most `max`: exactly those that
    /// [`tokens`] reads there. Only a word cut by `from` or `to` is read again
    /// (`to` inside `porte-parole` leaves `porte`, `-`).
    pub(crate) fn window(&self, from: usize, to: usize, max: usize) -> std::borrow::Cow<'_, [Tok<'t>]> {
        use std::borrow::Cow;
        let text = self.text;
        if from >= to || max == 0 {
            return Cow::Borrowed(&[]);
        }
        if to > text.len() || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
            return Cow::Owned(tokens(text, from, to, max));
        }
        let (first, last) = (self.chunk_of(from), self.chunk_of(to - 1));
        if first == last {
            return self.window_in(self.chunk(first), from, to, max);
        }
        // no token crosses a chunk boundary: the window is the pieces of its chunks
        let head = self.window_in(self.chunk(first), from, self.bounds[first + 1], max);
        // the whole window is copied once: room for all of it (at most `max`)
        let mut room = head.len();
        for c in first + 1..=last {
            if room >= max {
                break;
            }
            room += self.chunk(c).toks.len();
        }
        let mut out = Vec::with_capacity(room.min(max));
        out.extend_from_slice(&head);
        for c in first + 1..last {
            if out.len() >= max {
                break;
            }
            out.extend_from_slice(&self.chunk(c).toks);
        }
        if out.len() < max {
            out.extend_from_slice(&self.window_in(self.chunk(last), self.bounds[last], to, max));
        }
        out.truncate(max);
        Cow::Owned(out)
    }

    /// [`Words::window`] inside one chunk.
    #[inline(always)]
    fn window_in<'w>(&self, chunk: &'w Chunk<'t>, from: usize, to: usize, max: usize) -> std::borrow::Cow<'w, [Tok<'t>]> {
        use std::borrow::Cow;
        let text = self.text;
        let toks = &chunk.toks;
        // the first token that ends after `from`: a word cut by `from` is read from there
        let mut k = chunk.first_ending_after(from);
        let head = match toks.get(k) {
            Some(t) if t.start < from => {
                if t.end >= to {
                    return Cow::Owned(tokens(text, from, to, max));
                }
                k += 1;
                Some(t.end)
            }
            _ => None,
        };
        // the tokens that end by `to`, then the start of a word cut by `to`
        let e = chunk.first_ending_after(to).max(k);
        let cut = toks.get(e).filter(|t| t.start < to);
        if head.is_none() && cut.is_none() {
            return Cow::Borrowed(&toks[k..e.min(k.saturating_add(max))]);
        }
        // (a cut word is a few tokens: room for them, one allocation)
        let mut out = Vec::with_capacity(max.min(e - k + 8));
        if let Some(head_end) = head {
            tokens_into(text, from, head_end, max, &mut out);
        }
        out.extend_from_slice(&toks[k..e]);
        if let Some(t) = cut {
            tokens_into(text, t.start, to, max, &mut out);
        }
        out.truncate(max);
        Cow::Owned(out)
    }
}

/// True when `word` is a conjugated form of a reporting verb (not a participle).
pub(crate) fn is_finite(lex: &Lexicon, word: &str) -> bool {
    lex.lookup_all(word).any(|v| matches!(v.form, crate::cue::Form::Finite { .. }))
}

/// The days of the week, which open time adverbials (`mardi soir`).
const WEEKDAYS: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// True for a day of the week.
pub(crate) fn is_weekday(word: &str) -> bool {
    class::of(word) & class::WEEKDAY != 0
}

/// True for a noun of trade that a field in `en` may follow (`le chercheur en
/// biologie`, `le metteur en scène`).
fn is_trade(word: &str) -> bool {
    super::resolve::is_agent_word(word) || word == "metteur"
}

/// True when a segment that opens on `first` then `next` is a complement: the
/// capital `À` written without its accent, before any word but the hyphen of
/// an inversion (`A Bruxelles,`, `A la mairie,`, `A côté d'elle,`), not the
/// verb `a`.
pub(crate) fn opens_on_unaccented_a(first: &str, next: &str) -> bool {
    // (`A Lyon`, `A la fin`, `A l'inverse`, `A 82 ans`, `A côté d'elle`: the
    // verb `a` opens no sentence but inverted, `A-t-il`, one word)
    first == "A" && !next.is_empty() && !next.starts_with('-')
}

/// True for a word of two capitals or digits or more (`AFP`, `TF1`).
pub(crate) fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True for a determiner (`le`, `une`, `ses`…).
pub(crate) fn is_determiner(word: &str) -> bool {
    class::of(word) & class::DETERMINER != 0
}

/// True for a title before a name (see [`TITLES_BEFORE_NAMES`]), in any case.
pub(crate) fn is_title_before_name(word: &str) -> bool {
    class::of(word) & class::TITLE_BEFORE_NAME != 0
}

/// The closed lists of words as bits of one table, so that a word is looked
/// up once (by hash, not by a scan of each list) whatever the lists asked
/// about it: `of(w) & BIT != 0` is `LIST.contains(&&*lower(w))`.
pub(crate) mod class {
    pub(crate) const DETERMINER: u32 = 1;
    pub(crate) const STOP: u32 = 1 << 1;
    pub(crate) const PRONOUN: u32 = 1 << 2;
    pub(crate) const PARTICLE: u32 = 1 << 3;
    pub(crate) const ADVERBIAL_START: u32 = 1 << 4;
    pub(crate) const WEEKDAY: u32 = 1 << 5;
    pub(crate) const TITLE_BEFORE_NAME: u32 = 1 << 6;
    pub(crate) const NOT_NAME: u32 = 1 << 7;
    pub(crate) const OBJECT_CLITIC: u32 = 1 << 8;
    // single words, which the rules test in small sets (`de`, `du`, `des`, `d`)
    pub(crate) const D: u32 = 1 << 9;
    pub(crate) const DE: u32 = 1 << 10;
    pub(crate) const DU: u32 = 1 << 11;
    pub(crate) const DES: u32 = 1 << 12;
    pub(crate) const A: u32 = 1 << 13;
    pub(crate) const AU: u32 = 1 << 14;
    pub(crate) const AUX: u32 = 1 << 15;
    pub(crate) const LE: u32 = 1 << 16;
    pub(crate) const LA: u32 = 1 << 17;
    pub(crate) const L: u32 = 1 << 18;
    pub(crate) const MEDIUM: u32 = 1 << 19;
    pub(crate) const CLITIC: u32 = 1 << 20;
    pub(crate) const ADVERB_AFTER_SUBJECT: u32 = 1 << 21;

    /// The lists and their bits.
    const LISTS: [(&[&str], u32); 24] = [
        (super::DETERMINERS, DETERMINER),
        (super::STOPS, STOP),
        (super::PRONOUNS, PRONOUN),
        (super::PARTICLES, PARTICLE),
        (super::ADVERBIAL_STARTS, ADVERBIAL_START),
        (super::WEEKDAYS, WEEKDAY),
        (super::TITLES_BEFORE_NAMES, TITLE_BEFORE_NAME),
        (super::NOT_NAMES, NOT_NAME),
        (super::MONTHS, NOT_NAME),
        (super::NUMBER_WORDS, NOT_NAME),
        (super::OBJECT_CLITICS, OBJECT_CLITIC),
        (&["d"], D),
        (&["de"], DE),
        (&["du"], DU),
        (&["des"], DES),
        (&["à"], A),
        (&["au"], AU),
        (&["aux"], AUX),
        (&["le"], LE),
        (&["la"], LA),
        (&["l"], L),
        (super::MEDIA, MEDIUM),
        (super::CLITICS, CLITIC),
        (super::ADVERBS_AFTER_SUBJECT, ADVERB_AFTER_SUBJECT),
    ];

    /// The longest word a key holds, in bytes: longer words are in no list.
    const LONGEST: usize = 15;

    /// A word of at most [`LONGEST`] bytes packed in an integer (its bytes in
    /// ASCII lower case, then its length), so that a lookup compares integers.
    #[inline(always)]
    fn key(bytes: &[u8]) -> u128 {
        let n = bytes.len();
        // two loads that overlap in the middle, rather than a copy of `n` bytes
        if n >= 8 {
            let (lo, hi) = (load::<8>(&bytes[..8]), load::<8>(&bytes[n - 8..]));
            let k = u128::from(u64::from_le_bytes(lo)) | u128::from(u64::from_le_bytes(hi)) << (8 * (n - 8));
            return ascii_lower(k | (n as u128) << 120);
        }
        // (most words: their bytes fill the low half, lowered alone; the high half
        // is the length, no capital)
        let k = if n >= 4 {
            let (lo, hi) = (load::<4>(&bytes[..4]), load::<4>(&bytes[n - 4..]));
            u64::from(u32::from_le_bytes(lo)) | u64::from(u32::from_le_bytes(hi)) << (8 * (n - 4))
        } else {
            bytes.iter().rev().fold(0, |k, &b| k << 8 | u64::from(b))
        };
        u128::from(k | crate::text::ascii_capitals(k) >> 2) | (n as u128) << 120
    }

    /// The first `N` bytes of `bytes`, which has at least `N`.
    fn load<const N: usize>(bytes: &[u8]) -> [u8; N] {
        let mut a = [0; N];
        a.copy_from_slice(&bytes[..N]);
        a
    }

    /// Each byte of `k` in ASCII lower case, all at once: a capital gains
    /// 0x20 (its high-bit mark shifted down), eight bytes per half.
    fn ascii_lower(k: u128) -> u128 {
        let capitals = |half: u64| u128::from(crate::text::ascii_capitals(half));
        let upper = capitals(k as u64) | capitals((k >> 64) as u64) << 64;
        k | (upper >> 2)
    }

    /// log2 of the number of slots of [`CLASSES`].
    const BITS: u32 = 11;

    /// The slot where the search for `key` starts.
    const fn slot(key: u128) -> usize {
        let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - BITS)) as usize
    }

    /// Lower-case word → the lists it belongs to: an open-addressing table
    /// of keys (0 marks an empty slot) and of their bits, built at compile
    /// time (no lazy initialisation to check at each lookup, no bounds to
    /// check on a masked index).
    struct Table {
        keys: [u128; 1 << BITS],
        bits: [u32; 1 << BITS],
        /// The word of each key, as the lists spell it (in lower case).
        words: [&'static str; 1 << BITS],
    }

    /// See [`Table`].
    static CLASSES: Table = {
        let mut t = Table { keys: [0; 1 << BITS], bits: [0; 1 << BITS], words: [""; 1 << BITS] };
        let mut l = 0;
        while l < LISTS.len() {
            let (list, bit) = LISTS[l];
            let mut j = 0;
            while j < list.len() {
                // [`key`] by bytes (the words of the lists are in lower case)
                let w = list[j].as_bytes();
                let mut k = (w.len() as u128) << 120;
                let mut b = 0;
                while b < w.len() {
                    k |= (w[b].to_ascii_lowercase() as u128) << (8 * b);
                    b += 1;
                }
                let mut i = slot(k);
                while t.keys[i] != 0 && t.keys[i] != k {
                    i = (i + 1) & ((1 << BITS) - 1);
                }
                t.keys[i] = k;
                t.bits[i] |= bit;
                t.words[i] = list[j];
                j += 1;
            }
            l += 1;
        }
        t
    };

    /// The shapes of the words of the lists: most words in no list are told
    /// by it without a hash.
    static SHAPES: crate::text::ShapeFilter = {
        let mut f = crate::text::ShapeFilter::new();
        let mut l = 0;
        while l < LISTS.len() {
            f = f.with(LISTS[l].0);
            l += 1;
        }
        f
    };

    /// False for a word in no list, told by its length and the classes of
    /// its first and last bytes (most words are); its ASCII letters in
    /// either case, and its Latin-1 letters too.
    #[inline]
    fn may_be_listed(word: &[u8]) -> bool {
        SHAPES.may_contain(word)
    }

    /// The bits of a word lowered but for its ASCII letters.
    #[inline]
    pub(super) fn lookup(word: &[u8]) -> u32 {
        find(word).map_or(0, |i| CLASSES.bits[i])
    }

    /// A word of a list that is `word` in ASCII lower case: a static copy of
    /// `word` lowered (it has no other capitals) for the words met most often.
    pub(crate) fn listed_lowercase(word: &[u8]) -> Option<&'static str> {
        find(word).map(|i| CLASSES.words[i])
    }

    /// The slot of `word` lowered but for its ASCII letters, when a list has it.
    #[inline(always)]
    fn find(word: &[u8]) -> Option<usize> {
        if !may_be_listed(word) {
            return None;
        }
        let k = key(word);
        let mut i = slot(k);
        loop {
            let x = CLASSES.keys[i & ((1 << BITS) - 1)];
            if x == k {
                return Some(i & ((1 << BITS) - 1));
            }
            if x == 0 {
                return None;
            }
            i += 1;
        }
    }

    /// The lists `word` belongs to once lowered.
    pub(super) fn of(word: &str) -> u32 {
        let b = word.as_bytes();
        if b.is_ascii() {
            // the common case: the key lowers ASCII letters itself
            return lookup(b);
        }
        of_other(word)
    }

    /// [`of`] a word that is not ASCII.
    pub(super) fn of_other(word: &str) -> u32 {
        let b = word.as_bytes();
        if let Some(bits) = lookup_latin(b) {
            return bits;
        }
        if b.len() > 4 * LONGEST {
            // lowering shrinks a character to a third of its bytes at most
            return 0;
        }
        lookup(crate::text::lower(word).as_bytes())
    }

    /// [`of`] a word of ASCII and Latin-1 characters (lead bytes 0xC2 and
    /// 0xC3), lowered by bytes on the stack: such a word keeps its length,
    /// and only its ASCII and Latin-1 capitals change (as in
    /// [`crate::text::lower_latin`]). `None` for a word with other characters.
    fn lookup_latin(b: &[u8]) -> Option<u32> {
        // (ASCII and U+0080–U+00FF are the characters whose UTF-8 bytes are all below 0xC4)
        if !b.iter().all(|&c| c < 0xc4) {
            return None;
        }
        Some(of_latin(b))
    }

    /// [`of`] a word of ASCII and Latin-1 characters (see [`lookup_latin`]).
    pub(super) fn of_latin(b: &[u8]) -> u32 {
        // (lowering keeps the length and the classes of the first and last bytes)
        if b.len() > LONGEST || !may_be_listed(b) {
            return 0;
        }
        let mut lowered = [0; LONGEST];
        let mut prev = 0;
        for (l, &c) in lowered.iter_mut().zip(b) {
            *l = if prev == 0xc3 && crate::text::is_latin1_capital(c) { c + 0x20 } else { c };
            prev = c;
        }
        lookup(&lowered[..b.len()])
    }

    #[test]
    fn lists_fit_the_table() {
        for (list, bit) in LISTS {
            for w in list {
                // a key holds a short word in lower case: the lookup is the list's
                assert!(!w.is_empty() && w.len() <= LONGEST, "{w}");
                assert_eq!(&*crate::text::lower(w), *w, "{w}");
                assert_ne!(of(w) & bit, 0, "{w}");
                assert_ne!(of(&w.to_uppercase()) & bit, 0, "{w}");
                if w.is_ascii() {
                    assert_eq!(listed_lowercase(w.to_uppercase().as_bytes()), Some(*w));
                }
            }
        }
        assert_eq!(of("président"), 0);
        assert_eq!(of(""), 0);
        assert_eq!(of("LEs"), of("les"));
        assert_eq!(listed_lowercase(b"Macron"), None);
    }

    #[test]
    fn classes_as_the_lists_say() {
        // the bits as a scan of each list for the word lowered by the standard library
        let by_lists = |w: &str| {
            let l = w.to_lowercase();
            LISTS.iter().filter(|(list, _)| list.contains(&l.as_str())).fold(0, |a, (_, bit)| a | bit)
        };
        let mut words: Vec<String> = Vec::new();
        for (list, _) in LISTS {
            for w in list {
                let upper = w.to_uppercase();
                let capital: String = w.chars().take(1).flat_map(char::to_uppercase).chain(w.chars().skip(1)).collect();
                words.extend([w.to_string(), upper, capital, format!("{w}s"), format!("x{w}"), format!("{w}{w}")]);
            }
        }
        for c in '\0'..='\u{3000}' {
            words.extend([
                format!("{c}"),
                format!("l{c}"),
                format!("{c}a"),
                format!("É{c}"),
                format!("dÉj{c}"),
                format!("{c}{}", "É".repeat(7)),
            ]);
        }
        words.extend(["ÉTÉ", "À", "Ça", "DÈS", "ẞ", "İl", "Ǆ", "ΣΑ", "L’", "aujourd’hui", "AUJOURD’HUI"].map(String::from));
        for w in &words {
            assert_eq!(of(w), by_lists(w), "{w:?}");
        }
    }

    #[test]
    fn keys_lower_ascii_bytes_only() {
        // the key byte by byte
        let by_bytes = |bytes: &[u8]| {
            let mut k = (bytes.len() as u128) << 120;
            for (i, &b) in bytes.iter().enumerate() {
                k |= u128::from(b.to_ascii_lowercase()) << (8 * i);
            }
            k
        };
        for b in 0..=255u8 {
            for w in [&[b][..], &[b'Q', b, 0xc3, b], &[b; LONGEST]] {
                assert_eq!(key(w), by_bytes(w), "{w:?}");
            }
            // every length, every position
            for n in 1..=LONGEST {
                for i in 0..n {
                    let mut w: Vec<u8> = (0..n as u8).map(|j| b'A' + j).collect();
                    w[i] = b;
                    assert_eq!(key(&w), by_bytes(&w), "{w:?}");
                }
            }
        }
    }
}

pub(crate) fn lower_is(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        // an ASCII word lowers to as many ASCII bytes: compared in place, not copied
        let b = word.as_bytes();
        return list.iter().any(|l| l.len() == b.len() && l.bytes().zip(b).all(|(x, &y)| x == y.to_ascii_lowercase()));
    }
    // a capitalised word is lowered once, without allocating
    list.contains(&&*lower(word))
}

/// Words that open a noun phrase.
pub(crate) const DETERMINERS: &[&str] = &[
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "notre",
    "nos",
    "votre",
    "vos",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "tous",
    "toutes",
    "chaque",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "quinze",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "mille",
    "quelqu",
    "aucun",
    "aucune",
    "nombre",
    "nombreux",
    "d",
    "du",
];

/// Titles written before a name.
pub(crate) const HONORIFICS: &[&str] = &[
    "M",
    "MM",
    "Mme",
    "Mmes",
    "Mlle",
    "Me",
    "Maître",
    "Dr",
    "Docteur",
    "Pr",
    "Professeur",
    "Mgr",
    "Monseigneur",
    "Madame",
    "Monsieur",
];

/// Where the words after a definite article at token `at` start (`le`, `la`,
/// `l'` and its apostrophe), or `at` when none opens there.
pub(crate) fn past_definite_article(toks: &[Tok<'_>], at: usize) -> usize {
    if !toks.get(at).is_some_and(|t| lower_is(t.text, &["le", "la", "l"])) {
        return at;
    }
    at + 1 + usize::from(toks.get(at + 1).is_some_and(|t| matches!(t.text, "'" | "’")))
}

/// True for the first word of a body's name that a complement in `pour`
/// goes on (`Fondation`, `Ligue`, `Association`), written with its capital.
fn is_body_name_head(word: &str) -> bool {
    matches!(
        word,
        "Association"
            | "Fondation"
            | "Ligue"
            | "Comité"
            | "Institut"
            | "Centre"
            | "Collectif"
            | "Mouvement"
            | "Coalition"
            | "Alliance"
            | "Fonds"
            | "Agence"
            | "Conseil"
            | "Observatoire"
            | "Office"
            | "Fédération"
            | "Société"
            | "Union"
            | "Front"
            | "Rassemblement"
            | "Organisation"
            | "Haut-Commissariat"
            | "Programme"
    )
}

/// Subject pronouns that can stand for a speaker.
pub(crate) const PRONOUNS: &[&str] =
    &["il", "elle", "ils", "elles", "on", "lui", "eux", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "je", "nous"];

/// Words that end a noun phrase: prepositions other than `de`, conjunctions
/// of clauses, relative pronouns, time words.
const STOPS: &[&str] = &[
    // adverbs after a subject (`Un vieux monsieur surtout, …`)
    "surtout",
    // the participles of the auxiliaries open a clause (`un diplomate ayant
    // requis l'anonymat`)
    "ayant",
    "étant",
    "qui",
    "que",
    "qu",
    "dont",
    "où",
    "lors",
    "auprès",
    "sous",
    "derrière",
    "parmi",
    "près",
    "devant",
    "après",
    "avant",
    "sans",
    "en",
    "dans",
    "sur",
    "pour",
    "avec",
    "depuis",
    "pendant",
    "selon",
    "à",
    "au",
    "aux",
    "par",
    "hier",
    "aujourd",
    "demain",
    "mais",
    "car",
    "puis",
    "ainsi",
    "alors",
    "ensuite",
    "également",
    "aussi",
    "encore",
    "toujours",
    "déjà",
    "jamais",
    "ne",
    "n",
    "se",
    "s",
    "y",
    "ce",
    "cet",
    "cette",
    "soir",
    "matin",
    "vers",
    "contre",
    "chez",
    "face",
    "lorsqu",
    "lorsque",
    "quand",
    "si",
    "lui",
    "leur",
    "me",
    "te",
    "nous",
    "vous",
    "dès",
    "lui-même",
    "elle-même",
    "comme",
    "tout",
    "très",
    "plus",
    "moins",
    "non",
    "pas",
    // (before a number: `quelque 200 éleveurs`)
    "quelque",
    "environ",
    // subject pronouns and auxiliaries and the commonest finite verbs: the
    // phrase ends before them
    "il",
    "elle",
    "ils",
    "elles",
    "a",
    "ont",
    "avait",
    "avaient",
    "aura",
    "aurait",
    "eut",
    "est",
    "sont",
    "était",
    "étaient",
    "sera",
    "serait",
    "fut",
    "doit",
    "devait",
    "peut",
    "pouvait",
    "veut",
    "voulait",
    "va",
    "vont",
    "allait",
    "vient",
    "venait",
    // relative pronouns after a preposition
    "auquel",
    "auxquels",
    "auxquelles",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "duquel",
];

/// Object pronouns before a verb (`Le vieux la regarda`), which end a phrase.
pub(crate) const OBJECT_CLITICS: &[&str] = &["la", "le", "les", "l", "lui", "leur", "me", "te", "se", "s", "m", "t"];

/// Titles of address in small letters (`monsieur`, `madame`): alone after an
/// incise they are words said to someone (`, dit le valet, Monsieur.`).
pub(crate) const ADDRESS_TITLES: &[&str] = &["monsieur", "madame", "mademoiselle", "messieurs", "mesdames"];

/// Particles inside proper names (`Ursula von der Leyen`, `Bachar al-Assad`).
const PARTICLES: &[&str] =
    &["de", "du", "des", "d", "von", "van", "der", "den", "al", "el", "ben", "bin", "ibn", "da", "di", "dos", "y"];

/// The noun phrase that starts at `i` (right after an inverted cue): a
/// pronoun, a name (with honorific and particles), or a determiner with its
/// noun and complements, extended by an apposition that names the same person
/// (`le porte-parole du Kremlin, Dmitri Peskov`). Ends before relative
/// clauses, prepositional phrases other than `de …`, and verbs.
pub(crate) fn phrase_after(words: &Words<'_>, i: usize, end: usize, lex: &Lexicon) -> Option<Span> {
    // (a determiner alone, its noun in guillemets, names nobody: `a ajouté un
    // «expert»`)
    phrase_read(words, i, end, lex)
        .filter(|p| {
            let text = &words.text()[p.range()];
            text.contains(' ') || text.len() > 4 || {
                let c = class::of(text);
                c & class::DETERMINER == 0 || c & class::PRONOUN != 0
            }
        })
        .map(|p| without_stress(words.text(), p))
}

/// The phrase `p` without the pronoun that stresses it (`Le ministre
/// lui-même`, `les élus eux-mêmes`).
fn without_stress(text: &str, p: Span) -> Span {
    let words = &text[p.range()];
    match [" lui-même", " elle-même", " eux-mêmes", " elles-mêmes"].iter().find(|s| words.ends_with(**s)) {
        Some(s) if words.len() > s.len() => Span::new(p.start, p.end - s.len()),
        _ => p,
    }
}

/// [`phrase_after`], before its last test.
fn phrase_read(words: &Words<'_>, i: usize, end: usize, lex: &Lexicon) -> Option<Span> {
    let doc = words;
    let text = words.text();
    let toks = words.window(i, end, 40);
    let first = *toks.first()?;
    if !first.word {
        return None;
    }
    if first.is(class::PRONOUN) {
        return Some(Span::new(first.start, first.end));
    }
    // (`Ce fut un tumulte`, `Ce sera la fin`: the pronoun before `être`, no
    // phrase; but a cleft names the one after it, `Ce fut Roger qui répondit`)
    if lower_is(first.text, &["ce"])
        && toks.get(1).is_some_and(|t| {
            lower_is(
                t.text,
                &["fut", "furent", "sera", "seront", "serait", "seraient", "était", "étaient", "est", "sont", "soit"],
            )
        })
    {
        let focus = toks.get(2).and_then(|t| phrase_after(words, t.start, end, lex))?;
        let cleft = words.window(focus.end, end, 1).first().is_some_and(|t| lower_is(t.text, &["qui", "que", "qu"]));
        return cleft.then_some(focus);
    }
    // `quelqu'un`, with its complement of `de` only (`quelqu'un du ministère`),
    // not a place (`cria quelqu'un au fond de la salle`)
    if lower_is(first.text, &["quelqu"])
        && toks.get(1).is_some_and(|t| matches!(t.text, "'" | "’"))
        && toks.get(2).is_some_and(|t| t.text == "un")
        && toks.get(3).is_none_or(|t| !lower_is(t.text, &["de", "d", "du", "des"]))
    {
        return Some(Span::new(first.start, toks[2].end));
    }
    // a family's name for a relative, in small letters, alone (`dit maman`),
    // or before a manner (`a dit papa en tendant les bras`, `dit mamie
    // doucement`, `dit maman d'une voix blanche`), not with a name's
    // complement (`maman de Julie`)
    let complement = || {
        toks.get(1).is_some_and(|n| lower_is(n.text, &["de", "d"]))
            && toks[2..].iter().find(|t| t.word).is_some_and(|t| t.text.starts_with(char::is_uppercase))
    };
    if FAMILY_NAMES.contains(&first.text) && !complement() {
        return Some(Span::new(first.start, first.end));
    }
    // a quantity before the people (`plus de 200 médecins`, `près de 300
    // soignants`): the phrase of its number
    if let Some(k) = quantity_number(&toks) {
        return phrase_after(words, toks[k].start, end, lex).map(|p| Span::new(first.start, p.end));
    }
    // `beaucoup d'observateurs`, `nombre d'experts`: the people counted, when
    // their noun names people
    if lower_is(first.text, &["beaucoup", "nombre"]) && toks.get(1).is_some_and(|t| lower_is(t.text, &["de", "d"])) {
        let k = 2 + usize::from(toks.get(2).is_some_and(|a| matches!(a.text, "'" | "’")));
        return toks
            .get(k)
            .filter(|n| {
                n.word && (JUDGES.contains(&n.text) || super::resolve::is_agent_word(n.text.trim_end_matches(['s', 'x'])))
            })
            .map(|n| Span::new(first.start, n.end));
    }
    // a demonstrative and its relative clause, whole (`celle qui a donné
    // l'alerte`, `celui que tout le monde appelle Dédé`), to its punctuation
    // (or its group first: `celle des deux sœurs qui cousait`, `celui d'entre eux qui…`)
    let group = |k: usize| {
        toks.get(k)
            .is_some_and(|t| lower_is(t.text, &["des"]) || t.text == "d" && toks.get(k + 2).is_some_and(|e| e.text == "entre"))
    };
    if lower_is(first.text, &["celui", "celle", "ceux", "celles"])
        && (toks.get(1).is_some_and(|t| lower_is(t.text, &["qui", "que", "qu"])) || group(1))
    {
        let stop = toks[2..].iter().position(|t| !t.word && !matches!(t.text, "'" | "’")).map_or(toks.len(), |p| p + 2);
        return (stop > 2 && stop <= 16).then(|| Span::new(first.start, toks[stop - 1].end));
    }
    let upper = first.text.starts_with(char::is_uppercase);
    // a title before a name (`madame de Rochefide`, `oncle Mathurin`)
    let titled = first.is(class::TITLE_BEFORE_NAME)
        && toks[1..]
            .iter()
            .filter(|t| t.word)
            .find(|t| !t.is(class::PARTICLE))
            .is_some_and(|t| t.text.starts_with(char::is_uppercase));
    // (`Oncle meunier`, `tante Rude`: a title of kinship reads like an article)
    let kin = first.is(class::TITLE_BEFORE_NAME)
        && toks.get(1).filter(|n| n.word).is_some_and(|n| {
            n.text.starts_with(char::is_uppercase)
                || !(n.is_stop()
                    || lex.lookup(n.text).is_some()
                    || looks_finite(n.text)
                    || matches!(n.text, "est" | "a" | "sont" | "ont" | "était" | "avait" | "fut" | "eut"))
        });
    // (`de nombreux élus`, `de multiples témoins`: a determiner of two words;
    // a number in digits before a noun: `200 médecins`)
    let determiner = first.is(class::DETERMINER)
        || first.is(class::DE) && toks.get(1).is_some_and(|n| lower_is(n.text, &["nombreux", "nombreuses", "multiples"]))
        || is_counted_people(&toks);
    if !upper && !titled && !kin && !determiner {
        return None;
    }
    // an elided pronoun or article (`J'eus`, `L'homme` is handled as a determiner)
    if first.text.chars().count() == 1 && toks.get(1).is_some_and(|t| t.text == "'" || t.text == "’") && !determiner {
        return None;
    }
    // a capital at the start of a sentence is not a name by itself (`Ainsi`, `Devant`, `Rassurée`)
    // (but a month, written in small letters in French, is a name with a capital
    // when the phrase ends on it: `dit Janvier.`, Maigret's inspector)
    let month = || {
        MONTHS.contains(&&*lower(first.text))
            && toks.get(1).is_none_or(|n| matches!(n.text, "," | "." | "!" | "?" | ";" | "…" | "»" | ")"))
    };
    // (nor a surname shaped as a participle inside a sentence, after a word:
    // `répondit Fouqué`, where a participle would not take a capital)
    // (or before its verb, a clitic or a finite verb of the lexicon, with no
    // comma: `Fouqué lui répondit`, `Bourdé répondit`)
    let inside = || {
        let before = text[..first.start].trim_end_matches(is_space);
        let verb_next = || {
            toks.get(1).is_some_and(|n| {
                n.word
                    && (lower_is(n.text, &["lui", "leur", "se", "s"])
                        || lex.lookup_all(n.text).any(|v| matches!(v.form, crate::cue::Form::Finite { .. })))
            })
        };
        participle_shaped(first.text) && (before.ends_with(|c: char| c.is_alphabetic()) || verb_next())
    };
    if upper && !determiner && !HONORIFICS.contains(&first.text) && !starts_name_tok(&first) && !month() && !inside() {
        return None;
    }
    let mut last = first.end;
    let mut has_name = upper && !determiner && !HONORIFICS.contains(&first.text) && !kin;
    let mut words = 1;
    let mut k = 1;
    // (an honorific alone, as servants call their masters, before a stop word:
    // `dit Madame en se levant`)
    let mut prev_det =
        determiner || HONORIFICS.contains(&first.text) && !toks.get(1).is_some_and(|n| n.is_stop()) || titled || kin;
    // (set by the first word of an institution's name in small letters: see `institution_word`)
    let mut institution = false;
    // the names of bodies written as a capital and words in small letters, whole
    // (`Force ouvrière`, `Médecins du monde`)
    let body_at = |k: usize| organisation_at(text, toks.get(k)?.start, end);
    let body_k = if upper && !determiner {
        Some(0)
    } else if determiner {
        Some(1)
    } else {
        None
    };
    if let Some(body_end) = body_k.and_then(body_at) {
        last = body_end;
        k = toks.partition_point(|t| t.end <= body_end);
        has_name = true;
        institution = true;
        prev_det = false;
    }
    while k < toks.len() && words < 12 {
        let t = toks[k];
        if t.word {
            let is_upper = t.text.starts_with(char::is_uppercase);
            // an object pronoun before a verb (`Le vieux la regarda`) ends the phrase
            let after = toks[k + 1..].iter().find(|n| n.word);
            if t.is(class::OBJECT_CLITIC) && k > 1 && after.is_some_and(|n| looks_finite(n.text) || is_finite(lex, n.text)) {
                break;
            }
            // (any word after it, when it follows the noun with no particle: `La
            // critique la fait sourire`, `Le bruit le réveille`; not a superlative,
            // `la femme la plus âgée`)
            if t.is(class::OBJECT_CLITIC)
                && !is_upper
                && k > 1
                && determiner
                && toks[k - 1].word
                && toks[k - 1].text.starts_with(char::is_lowercase)
                && toks[1..k - 1].iter().all(|a| a.word && super::resolve::is_prenominal(a.text))
                && after.is_some_and(|n| n.text.starts_with(char::is_lowercase) && !lower_is(n.text, &["plus", "moins", "mieux"]))
            {
                break;
            }
            // (an elided one before an auxiliary: `Ma mère m'a appelée`, `Sa
            // sœur l'avait vu`)
            let elided = matches!(t.text, "m" | "t" | "s" | "l") && toks.get(k + 1).is_some_and(|a| matches!(a.text, "'" | "’"));
            let auxiliary = |n: &Tok<'_>| {
                matches!(
                    n.text,
                    "a" | "as"
                        | "ai"
                        | "avait"
                        | "avais"
                        | "ont"
                        | "avaient"
                        | "aurait"
                        | "eut"
                        | "est"
                        | "était"
                        | "fut"
                        | "sera"
                )
            };
            if elided
                && k > 1
                && toks[k - 1].word
                && !toks[k - 1].is(class::DETERMINER | class::DE)
                && after.is_some_and(auxiliary)
            {
                break;
            }
            // a time of repetition after the phrase (`ma grand-mère chaque fois
            // que…`, `mon père tous les soirs`)
            if lower_is(t.text, &["chaque"])
                || lower_is(t.text, &["tous", "toutes"])
                    && after.is_some_and(|n| lower_is(n.text, &["les", "ces"]))
                    && toks[k + 1..].iter().filter(|n| n.word).nth(1).is_some_and(|n| {
                        let w = lower(n.text);
                        is_time_noun(w.trim_end_matches('s')) || is_weekday(w.trim_end_matches('s'))
                    })
            {
                break;
            }
            // a time after the phrase (`dit le président le lendemain`, `répondit
            // Paul ce soir-là`)
            if k > 1
                && t.is(class::DETERMINER)
                && !prev_det
                // (not an age's complement: `une femme d'une trentaine d'années`)
                && !t.is(class::D | class::DE)
                // (in small letters: `La Dépêche du Midi` is a name)
                && after.is_some_and(|n| n.start == t.end + 1 && n.text.starts_with(char::is_lowercase) && is_time_noun(n.text))
            {
                break;
            }
            // an adverb in the superlative after the phrase (`le lièvre le plus
            // sérieusement du monde`)
            if k > 1
                && lower_is(t.text, &["le"])
                && after.is_some_and(|n| lower_is(n.text, &["plus", "moins"]))
                && toks[k + 1..].iter().filter(|n| n.word).nth(1).is_some_and(|n| n.text.ends_with("ment"))
            {
                break;
            }
            // a manner after the phrase (`le sculpteur d'une voix émue`, `d'un ton sec`)
            if t.is(class::D | class::DE) {
                let mut next = toks[k + 1..].iter().filter(|n| n.word);
                // (adjectives before the noun: `d'une toute petite voix`)
                let a = next.next();
                let b =
                    next.find(|n| !matches!(n.text, "toute" | "tout" | "très" | "si") && !super::resolve::is_prenominal(n.text));
                if a.is_some_and(|a| matches!(a.text, "un" | "une")) && b.is_some_and(|b| MANNER.contains(&b.text)) {
                    break;
                }
            }
            // a participle and its complement describe the phrase (`Oncle meunier
            // placé entre eux`), not one that is the noun after its article
            // (`a murmuré l'accusé devant la cour`, `l'intéressé sur X`)
            if k > 1 && !prev_det && after.is_some_and(|n| is_participle_with_complement(t.text, n.text)) {
                break;
            }
            // a trade's field after `en` (`le chercheur en épidémiologie Pierre
            // Martin`, `l'expert en cybersécurité`, `le metteur en scène`): the
            // noun after it, when a name follows or the phrase ends there
            // a gerund after the phrase (`la baronne de Kerhallec en posant sa
            // tasse`) ends it
            if t.text == "en"
                && k >= 1
                && after.is_some_and(|n| {
                    n.text.chars().count() > 4 && n.text.ends_with("ant") && n.text.starts_with(char::is_lowercase)
                })
            {
                break;
            }
            // (the one a court charges, a noun of the courts: `le mis en examen`,
            // `l'avocat de la mise en cause`)
            if court_noun_at(&toks, k) && prev_det_of(&toks, k - 1) {
                last = toks[k + 1].end;
                words += 2;
                k += 2;
                continue;
            }
            if t.text == "en" && k >= 1 && toks[k - 1].word && toks[k - 1].text.starts_with(char::is_lowercase) {
                let trade = is_trade(toks[k - 1].text);
                let field = toks.get(k + 1).filter(|n| n.word && n.text.starts_with(char::is_lowercase) && !n.is_stop());
                if let Some(field) = field.filter(|_| trade) {
                    // (a name after it: not a manner, `le maire en colère`, `en souriant`)
                    let after = toks.get(k + 2);
                    let named =
                        after.is_some_and(|n| n.word && (n.text.starts_with(char::is_uppercase) || HONORIFICS.contains(&n.text)));
                    let staging = toks[k - 1].text == "metteur" && field.text == "scène";
                    // (`le rédacteur en chef`, `la ministre en charge de l'Éducation`)
                    let locution = field.text == "chef"
                        || field.text == "charge"
                            && toks.get(k + 2).is_some_and(|n| n.is(class::DE | class::DU | class::DES | class::D));
                    if named && !field.text.ends_with("ant") || staging || locution {
                        last = field.end;
                        words += 2;
                        k += 2;
                        continue;
                    }
                }
            }
            // an office's field after `à` (`l'adjointe aux finances`, `le délégué
            // à la jeunesse`, `la conseillère aux sports Léa Roy`): its words in
            // small letters, up to a name, a comma or the end
            // (past a nationality: `la commissaire russe aux droits humains`)
            let office = |i: usize| lower_is(toks[i].text, OFFICES);
            // (or a party's acronym: `le candidat LR à la mairie`)
            let nationality = |i: usize| {
                toks[i].word
                    && (toks[i].text.starts_with(char::is_lowercase) && !toks[i].is_stop() && !looks_finite(toks[i].text)
                        || is_acronym(toks[i].text))
            };
            if t.is(class::A | class::AU | class::AUX)
                && k >= 1
                && (office(k - 1) || k >= 2 && office(k - 2) && nationality(k - 1))
            {
                let mut j = k + 1;
                // (`à la`, `à l'`)
                if t.is(class::A) && toks.get(j).is_some_and(|n| n.is(class::LA | class::L)) {
                    j += 1 + usize::from(toks.get(j + 1).is_some_and(|n| !n.word));
                }
                // (the field's first word may take a capital, as portfolios do:
                // `délégué aux Transports`, `le commissaire au Commerce`, `la
                // commissaire à l'Élargissement` ([`PORTFOLIOS`]); not a medium
                // after `à` or `au`, `a confié le conseiller au Parisien`)
                // (after `aux`, any field: `aux Personnes handicapées`)
                let portfolio = |n: &Tok<'_>| !has_name && (t.is(class::AUX) || lower_is(n.text, PORTFOLIOS));
                let mut field = toks[j..]
                    .iter()
                    .enumerate()
                    .take_while(|&(i, n)| {
                        n.word
                            && (n.text.starts_with(char::is_lowercase) || i == 0 && portfolio(n))
                            && !n.is_stop()
                            && !n.is(class::DE | class::DES | class::D | class::DU)
                            && !looks_finite(n.text)
                    })
                    .count();
                // (and a complement of the field: `aux droits de l'homme`, `à
                // l'égalité des chances`)
                let words_of_field = field;
                if field > 0 {
                    let e = j + field;
                    let de = toks.get(e).is_some_and(|d| d.is(class::DE | class::DES | class::D | class::DU));
                    let mut m = e + 1;
                    if toks.get(e).is_some_and(|d| d.is(class::DE)) && toks.get(m).is_some_and(|a| a.is(class::LA | class::L)) {
                        m += 1;
                    }
                    if toks.get(e).is_some_and(|d| d.is(class::D | class::DE))
                        && toks.get(m).is_some_and(|a| matches!(a.text, "'" | "’"))
                    {
                        m += 1;
                    }
                    if de && toks.get(m).is_some_and(|n| n.word && n.text.starts_with(char::is_lowercase) && !n.is_stop()) {
                        field = m + 1 - j;
                    }
                }
                // (not a medium: `son adjoint au site d'information X` tells whom he spoke to)
                // (nor a locution of time or manner: `à la sortie de la réunion`)
                let locution = lower_is(
                    toks[j.min(toks.len() - 1)].text,
                    &[
                        "sortie",
                        "issue",
                        "fin",
                        "terme",
                        "début",
                        "occasion",
                        "suite",
                        "veille",
                        "lendemain",
                        "demande",
                        "faveur",
                        "manière",
                        "façon",
                    ],
                );
                if field > 0
                    && words_of_field <= 3
                    && !locution
                    && lex.lookup(toks[j].text).is_none()
                    && !toks[j].is(class::MEDIUM)
                {
                    last = toks[j + field - 1].end;
                    words += j + field - k;
                    k = j + field;
                    continue;
                }
            }
            // (where a diplomat or an envoy serves belongs to the description: `un
            // diplomate européen en poste à Pékin`, `en poste dans le Caucase`)
            if t.text == "en"
                && k > 1
                && toks.get(k + 1).is_some_and(|n| n.text == "poste")
                && toks.get(k + 2).is_some_and(|n| lower_is(n.text, &["à", "au", "aux", "en", "dans"]))
            {
                let mut j = k + 3;
                if toks.get(j).is_some_and(|n| lower_is(n.text, &["le", "la", "les", "l"])) {
                    j += if toks.get(j + 1).is_some_and(|n| matches!(n.text, "'" | "’")) { 2 } else { 1 };
                }
                let place =
                    toks[j.min(toks.len())..].iter().take_while(|n| n.word && n.text.starts_with(char::is_uppercase)).count();
                if place > 0 {
                    last = toks[j + place - 1].end;
                    words += j + place - k;
                    k = j + place;
                    continue;
                }
            }
            // (a body's name goes on past `pour`: `la Fondation pour la recherche
            // stratégique`, `la Ligue pour la protection des oiseaux`)
            if t.text == "pour" && is_body_name_head(toks[k - 1].text) {
                // (the article, elided or not, then a noun: `pour l'abolition`)
                let article = toks.get(k + 1).filter(|n| n.is(class::DETERMINER) && n.text.starts_with(char::is_lowercase));
                let noun =
                    article.map(|_| if toks.get(k + 2).is_some_and(|n| matches!(n.text, "'" | "’")) { k + 3 } else { k + 2 });
                if let Some(j) = noun
                    .filter(|&j| toks.get(j).is_some_and(|n| n.word && n.text.starts_with(char::is_lowercase) && !n.is_stop()))
                {
                    last = toks[j].end;
                    words += j + 1 - k;
                    k = j + 1;
                    // (its complements go on too: `des oiseaux`, `des dettes`)
                    institution = true;
                    continue;
                }
            }
            if t.text == "sans" && has_name && toks.get(k + 1).is_some_and(|n| n.text == "frontières") {
                last = toks[k + 1].end;
                words += 2;
                k += 2;
                continue;
            }
            // a participle used as an adjective continues the phrase (`chargée des mobilités`)
            // (the cheapest test first)
            let adjective = toks.get(k + 1).is_some_and(|n| n.is(class::DE | class::DES | class::DU | class::D))
                && !t.is_stop()
                && !is_finite(lex, t.text)
                && !looks_finite(t.text)
                && !is_irregular_present(t.text)
                && !lower_is(t.text, MOTION_PRESENT);
            // a noun after `de` that a verb also writes (`le service de presse`)
            let complement_noun = || {
                toks[k - 1].word
                    && toks[k - 1].is(class::DE | class::DU | class::DES)
                    && !t.is_stop()
                    && lex.lookup_all(t.text).all(|v| matches!(v.form, crate::cue::Form::Finite { .. }))
            };
            // (no finite verb right after `de`: `gardien de but`)
            let after_de = toks[k - 1].is(class::DE | class::DU | class::DES | class::D);
            // (a word in small letters before an article or a possessive, after
            // the phrase's noun, is its verb: `Mon père pose le plat`; not a
            // participle in -ant, `l'homme portant un chapeau`)
            let before_object = || {
                k >= 2
                    && !after_de
                    && !t.text.ends_with("ant")
                    && t.text.chars().count() > 2
                    && toks.get(k + 1).is_some_and(|n| {
                        n.word
                            && n.is(class::DETERMINER)
                            && !n.is(class::DES | class::DU)
                            && n.text.starts_with(char::is_lowercase)
                    })
            };
            // (nor before an infinitive of the first or second group, after the
            // phrase's noun: `Le ministre entend trouver`, `La mairie compte agir`)
            let before_infinitive = || {
                k >= 2
                    && !after_de
                    && t.word
                    && !t.is(class::DETERMINER
                        | class::DE
                        | class::DU
                        | class::DES
                        | class::D
                        | class::A
                        | class::AU
                        | class::AUX)
                    && !t.text.ends_with("ant")
                    && !["é", "ée", "és", "ées"].iter().any(|e| t.text.ends_with(e))
                    && toks.get(k + 1).is_some_and(|n| {
                        n.word
                            && n.text.starts_with(char::is_lowercase)
                            && n.text.chars().count() > 4
                            && (n.text.ends_with("er") || n.text.ends_with("ir"))
                            && !lower_is(n.text, NOUNS_IN_ER)
                    })
            };
            let verb_like = || {
                t.is_stop()
                    || lex.lookup(t.text).is_some() && !complement_noun()
                    || !after_de && (looks_finite(t.text) || is_irregular_present(t.text))
                    || before_object()
                    || before_infinitive()
                    // (a verb of motion in the present, after the noun: `L'infirmière
                    // entre avec un plateau`, `Le médecin arrive de la gare`)
                    || k >= 2 && !after_de && lower_is(t.text, MOTION_PRESENT)
            };
            // (a participle right after an article and a name belongs to it: `Le
            // Canard enchaîné`)
            let name_participle = k == 2
                && determiner
                && has_name
                && t.text.chars().count() > 3
                && ["é", "ée", "és", "ées"].iter().any(|e| t.text.ends_with(e))
                && toks.get(k + 1).is_none_or(|n| !n.word || n.is(class::STOP) || n.text.starts_with(char::is_uppercase));
            // (a participle after an adverb of degree is an adjective: `les pays
            // les moins avancés`, `les plus exposés`)
            let graded = || {
                lower_is(toks[k - 1].text, &["plus", "moins", "très", "trop", "si", "aussi", "mieux"])
                    && lex.lookup_all(t.text).any(|v| !matches!(v.form, crate::cue::Form::Finite { .. }))
            };
            if !is_upper && !prev_det && !adjective && !name_participle && verb_like() && !graded() {
                // `basée à Douala`: a place after a participle
                let place = t.is(class::A | class::AU)
                    && toks.get(k + 1).is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase))
                    && (toks[k - 1].text.ends_with('é')
                        || toks[k - 1].text.ends_with("ée")
                        || toks[k - 1].text.ends_with("és")
                        || toks[k - 1].text.ends_with("ées"))
                    // (not a medium after the noun an article made of the participle:
                    // `a assuré l'intéressé au Monde`)
                    // (`au` read as elsewhere after a speaker, a medium's title)
                    && !(k >= 2
                        && matches!(toks[k - 2].text, "'" | "’" | "le" | "la" | "les" | "Le" | "La" | "Les")
                        && (t.is(class::AU) || names_medium(&toks[k + 1..toks.len().min(k + 3)], lex)));
                // `sa conseillère pour la sécurité, Elena Cojocaru`: a complement
                // before an apposition that names the person
                // (not an agent: `la famille par la voix de son avocat, Me…`)
                // (nor one spoken to: `a lancé un agriculteur au représentant de
                // l'État, Julien Marchal`)
                let addressed = || {
                    t.is(class::A | class::AU | class::AUX)
                        && toks[k + 1..]
                            .iter()
                            .find(|n| n.word && !n.is(class::DETERMINER | class::L) && !super::resolve::is_prenominal(n.text))
                            .is_some_and(|n| super::resolve::is_agent_word(n.text))
                };
                let named_later = t.text != "par"
                    && lex.lookup(t.text).is_none_or(|_| t.is_stop())
                    && apposition_within(&toks[k..], lex)
                    && !addressed();
                // `la chercheuse au CNRS Anne Dubreuil`: an affiliation, then the name
                let affiliated = !has_name && t.is(class::A | class::AU | class::AUX) && affiliation_then_name(&toks[k + 1..]);
                // `un diplomate présent dans la capitale éthiopienne`: where the
                // person stands, a phrase of a few words in small letters
                if (t.is(class::A | class::AU) || lower_is(t.text, &["dans", "en", "sur"]))
                    && lower_is(toks[k - 1].text, &["présent", "présente", "présents", "présentes"])
                {
                    let mut j = k + 1;
                    if toks.get(j).is_some_and(|d| d.is(class::DETERMINER | class::L) && !d.is(class::D | class::DU)) {
                        j += 1 + usize::from(toks.get(j + 1).is_some_and(|a| matches!(a.text, "'" | "’")));
                    }
                    let run = toks[j.min(toks.len())..]
                        .iter()
                        .take_while(|n| n.word && !n.is_stop() && !looks_finite(n.text) && !is_finite(lex, n.text))
                        .take(3)
                        .count();
                    if run > 0 {
                        last = toks[j + run - 1].end;
                        words += j + run - k;
                        k = j + run;
                        continue;
                    }
                }
                if !place && !named_later && !affiliated {
                    break;
                }
                // (after an institution's name: the complement runs to the comma,
                // `la directrice de l'ONG pour l'Afrique de l'Est, Grace Wanjiru`)
                if named_later && has_name && (institution || after_single_capital(&toks[..k])) {
                    let comma = toks[k..].iter().position(|x| x.text == ",").map_or(k, |c| k + c);
                    if comma > k {
                        last = toks[comma - 1].end;
                        words += toks[k..comma].iter().filter(|x| x.word).count();
                        k = comma;
                        continue;
                    }
                }
            }
            // `Reporters sans frontières`, `Médecins sans frontières`
            let sans_frontieres = t.text == "sans" && toks.get(k + 1).is_some_and(|n| n.text == "frontières");
            if sans_frontieres {
                last = toks[k + 1].end;
                k += 2;
                continue;
            }
            // a coordination of people (`Gaspard Lemoine et Yannick Bérard`, `La
            // maire Régine Sauvat et son adjointe Nadia Belkacem`)
            if t.text == "et" && has_name {
                let next: Vec<&Tok<'_>> = toks[k + 1..].iter().filter(|n| n.word).take(3).collect();
                let named = match next.as_slice() {
                    [n, ..] if n.text.starts_with(char::is_uppercase) && starts_name_tok(n) => true,
                    [d, n, ..] if d.is(class::DETERMINER) && n.text.starts_with(char::is_uppercase) => true,
                    [d, _, n] if d.is(class::DETERMINER) && n.text.starts_with(char::is_uppercase) => true,
                    _ => false,
                };
                if named {
                    prev_det = true;
                    last = t.end;
                    words += 1;
                    k += 1;
                    // (the second's article, read as the first's: `la CFDT et la CGT`)
                    let elided = usize::from(toks.get(k + 1).is_some_and(|a| matches!(a.text, "'" | "’")));
                    let capital_after = toks.get(k + 1 + elided).is_some_and(|n| n.text.starts_with(char::is_uppercase));
                    if capital_after && toks.get(k).is_some_and(|d| d.word && d.is(class::DETERMINER)) {
                        k += 1 + elided;
                    } else if toks.get(k).is_some_and(|d| d.word && d.is(class::DETERMINER))
                        && toks.get(k + 1).is_some_and(|a| a.word && super::resolve::is_prenominal(a.text))
                        && toks.get(k + 2).is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase))
                    {
                        // (and an adjective before the name: `René et le petit Charles`)
                        k += 2;
                    }
                    continue;
                }
                // (a person in small letters closing the phrase: `Lou et ma mère`,
                // `Paul et sa femme`)
                if let [d, n, ..] = toks[k + 1..] {
                    let noun = lower(n.text);
                    if d.word
                        && d.is(class::DETERMINER)
                        && n.word
                        && n.start == d.end + 1
                        && (super::resolve::is_kin(&noun) || super::resolve::is_agent_word(&noun))
                        && toks.get(k + 3).is_none_or(|a| !a.word && !matches!(a.text, "'" | "’" | "-"))
                    {
                        last = n.end;
                        words += 3;
                        k += 3;
                        continue;
                    }
                }
            }
            // (`et` before a verb, its object pronoun first or not, ends the phrase:
            // `le testament du vieux comte et lut`, `la veuve Morin et la lut`)
            if t.text == "et" {
                let mut after = toks[k + 1..].iter().filter(|n| n.word);
                let verb = match after.next() {
                    Some(n) if n.is(class::OBJECT_CLITIC) => after.next(),
                    n => n,
                };
                if verb
                    .is_some_and(|v| v.text.starts_with(char::is_lowercase) && (looks_finite(v.text) || is_finite(lex, v.text)))
                {
                    break;
                }
            }
            // an institution named by a capitalised noun and its adjectives
            // (`l'Agence spatiale européenne`, `la Banque centrale`)
            let institution_adjective = !is_upper
                && has_name
                && determiner
                && toks[..k]
                    .iter()
                    .filter(|x| x.word && x.text.starts_with(char::is_uppercase) && !x.is(class::DETERMINER))
                    .count()
                    == 1
                && !t.is_stop()
                && lex.lookup(t.text).is_none()
                && !looks_finite(t.text)
                && ADJECTIVE_ENDINGS.iter().any(|e| t.text.ends_with(e));
            // an institution or a title named by one capitalised common noun, and
            // the words that complete it (`le Premier ministre`, `le ministre des
            // Affaires étrangères`, `la Ligue des droits de l'homme`, `le secrétaire
            // d'État chargé du Numérique`), not a person's name and what follows it
            let institution_word = !is_upper
                && has_name
                && determiner
                && (institution || after_single_capital(&toks[..k]))
                && !t.is(class::STOP | class::WEEKDAY | class::ADVERB_AFTER_SUBJECT)
                // (an article only after its particle: `de la`, `de l'`)
                && (!t.is(class::DETERMINER) || t.is(class::LA | class::L) && toks[k - 1].is(class::PARTICLE))
                // (an adverb or a present participle describes: `la Zambinella souriante`;
                // after a particle or an article, it is a noun: `du médicament`, `des habitants`,
                // `de l'établissement`)
                && (toks[..k].iter().rev().find(|p| p.word).is_some_and(|p| p.is(class::PARTICLE | class::DETERMINER))
                    || !["ment", "ant", "ante", "ants", "antes"].iter().any(|e| t.text.ends_with(e)))
                && (adjective || lex.lookup(t.text).is_none() && !looks_finite(t.text));
            // a channel's number after its name (`France 2`, `Europe 1`)
            let number = || {
                t.text.len() <= 2
                    && t.text.bytes().all(|b| b.is_ascii_digit())
                    && toks[k - 1].word
                    && toks[k - 1].text.starts_with(char::is_uppercase)
                    && toks.get(k + 1).is_none_or(|n| !n.word || n.text.starts_with(char::is_uppercase))
            };
            // an adjective between two capitalised words of one name (`Santé
            // publique France`)
            let inner_adjective = || {
                !is_upper
                    && k == 1
                    && !t.is_stop()
                    && ADJECTIVE_ENDINGS.iter().any(|e| t.text.ends_with(e))
                    && lex.lookup(t.text).is_none()
                    && toks.get(k + 1).is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase) && starts_name_tok(n))
            };
            if !is_upper
                && has_name
                && !t.is(class::PARTICLE)
                && !institution_adjective
                && !institution_word
                && !name_participle
                && !number()
                && !inner_adjective()
            {
                break;
            }
            institution |= institution_word || institution_adjective;
            has_name |= is_upper;
            // (an adjective before its noun keeps the noun to come: `l'ancien
            // attaquant`, `le jeune premier`)
            prev_det = t.is(class::DETERMINER)
                || HONORIFICS.contains(&t.text)
                || prev_det
                    && super::resolve::is_prenominal(t.text)
                    // (not before a verb: `La bonne entra`)
                    && toks.get(k + 1).is_some_and(|n| n.word && !n.is(class::STOP | class::DETERMINER) && !looks_finite(n.text));
            last = t.end;
            words += 1;
            k += 1;
            continue;
        }
        let listed = if t.text == "," && has_name && !determiner { names_listed(&toks[k + 1..]) } else { None };
        match t.text {
            "'" | "’" => {
                k += 1;
                prev_det = true;
            }
            // (not before the next sentence's article or pronoun: `Mohamed B. Le tribunal`)
            // (but an honorific's name can open on its article: `M. Le Maire`)
            "." if k > 0
                && is_initial_or_title(toks[k - 1].text)
                && (!toks
                    .get(k + 1)
                    .is_some_and(|n| n.is(class::DETERMINER | class::PRONOUN) && n.text.starts_with(char::is_uppercase))
                    || HONORIFICS.contains(&toks[k - 1].text)
                        && toks.get(k + 1).is_some_and(|n| matches!(n.text, "Le" | "La"))
                        && toks.get(k + 2).is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase))) =>
            {
                last = t.end;
                k += 1;
            }
            "-" if k > 0 && toks[k - 1].text == "." => {
                // compound initials: `J.-L.`
                k += 1;
            }
            "(" => {
                // a parenthesis inside the phrase: `Le président (divers droite) du conseil`
                let close = toks[k..].iter().position(|x| x.text == ")").map(|p| k + p);
                match close {
                    Some(c) if c - k < 8 => {
                        last = toks[c].end;
                        k = c + 1;
                    }
                    _ => break,
                }
            }
            // a list of given names, to its last after `et` (`Émile, Georges et
            // Valentine`), closing the phrase
            "," if listed.is_some() => {
                let n = listed.unwrap_or(0);
                last = toks[k + n].end;
                words += n;
                k += n + 1;
            }
            // a list of complements of one title, to its last after `et` (`le ministre
            // de l'Agriculture, de la Pêche et de l'Élevage`)
            // (counted as one word: the name in apposition may follow)
            "," if determiner && let Some(n) = complements_listed(&toks[k + 1..]) => {
                last = toks[k + n].end;
                words += 1;
                k += n + 1;
            }
            // (not after a group's noun, whose apposition names its complement: `l'entourage
            // de la ministre, Claire Dubreuil`)
            "," if !ends_with_full_name(&toks[..k])
                && (!has_name || determiner)
                && !toks[..k].iter().filter(|t| t.word).nth(1).is_some_and(|h| {
                    lower_is(h.text, &["entourage", "cabinet", "proches", "services", "équipe", "camp", "famille", "avocats"])
                }) =>
            {
                // an apposition that names the person: `…, Dmitri Peskov`,
                // `…, la Dr Amina Diallo`, `…, Me Paul Roux`
                // (past a short participial apposition before the name: `Le premier
                // adjoint, chargé des finances, Yannick Pérès`)
                let k = {
                    let participle =
                        |w: &str| w.chars().count() > 3 && w.chars().all(char::is_lowercase) && ends_as_participle(w);
                    let comma = toks[k + 1..].iter().take(8).position(|t| t.text == ",").map(|p| k + 1 + p);
                    match (toks.get(k + 1), comma) {
                        (Some(p), Some(c))
                            if p.word
                                && participle(p.text)
                                && toks.get(c + 1).is_some_and(|t| {
                                    t.word && t.text.starts_with(char::is_uppercase) && !t.is(class::DETERMINER)
                                }) =>
                        {
                            c
                        }
                        _ => k,
                    }
                };
                let mut j = k + 1;
                let mut titled = false;
                let mut article = false;
                // (the article, elided or not: `le`, `la`, `l'`)
                let article_len = match toks.get(j) {
                    Some(t) if t.is(class::LE | class::LA) => 1,
                    Some(t) if t.is(class::L) && toks.get(j + 1).is_some_and(|a| matches!(a.text, "'" | "’")) => 2,
                    _ => 0,
                };
                // (the words of a title in small letters after it, up to three, no
                // complement among them: `le commandant`, `l'ancien adjoint aux sports`,
                // not `la sœur de` someone)
                let title_words = || {
                    toks[j + article_len..]
                        .iter()
                        .take(5)
                        .take_while(|t| {
                            t.word
                                && t.text.starts_with(char::is_lowercase)
                                && !t.is(class::STOP | class::PARTICLE | class::DE | class::DU | class::DES | class::D)
                        })
                        .count()
                };
                if article_len > 0
                    && toks
                        .get(j + article_len)
                        .is_some_and(|t| HONORIFICS.contains(&t.text) || t.word && t.text.starts_with(char::is_uppercase))
                {
                    // `…, le Sénégalais Amadou Diallo`, `…, l'Autrichien Konrad Wieser`
                    j += article_len;
                    article = !HONORIFICS.contains(&toks[j].text);
                } else if article_len > 0
                    && let n = title_words()
                    && (1..=3).contains(&n)
                    && toks.get(j + article_len + n).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase))
                {
                    // `…, le commandant Luis Ferreira`, `…, l'ancien adjoint aux sports Paul Roy`
                    j += article_len + n;
                    titled = true;
                } else if article_len > 0
                    && let n = title_words()
                    && (1..=3).contains(&n)
                    // (not a bond, whose complement is another person: `la tante de
                    // Jules Perrin`, `l'amie de X`)
                    && !toks[j + article_len..j + article_len + n].iter().any(|t| {
                        super::resolve::is_kin(&lower(t.text))
                            || lower_is(t.text, &["ami", "amie", "voisin", "voisine", "avocat", "avocate"])
                    })
                    && let Some(name_at) = place_then_name(&toks[j + article_len + n..])
                {
                    // `…, la députée de la Sarthe Hélène Castagnet`: the title, its
                    // place in one word, then the name
                    j += article_len + n + name_at;
                    titled = true;
                }
                let mut name_end = None;
                while j < toks.len()
                    && toks[j].word
                    && (toks[j].text.starts_with(char::is_uppercase) || toks[j].is(class::PARTICLE))
                {
                    if toks[j].text.starts_with(char::is_uppercase) {
                        name_end = Some(toks[j].end);
                    }
                    j += 1;
                    if j < toks.len() && toks[j].text == "." && is_initial_or_title(toks[j - 1].text) {
                        j += 1;
                    }
                }
                // (a title of address alone is words said to someone: `, dit le
                // valet, Monsieur.`)
                let address = |t: &Tok<'_>| name_end == Some(t.end) && lower_is(t.text, ADDRESS_TITLES);
                if toks.get(k + 1).is_some_and(address) {
                    name_end = None;
                }
                // (a title and a name end there: not `la vieille, le bon Dieu ne
                // me donne rien`, speech again)
                // (a list, not an apposition: `la CFDT, la CGT et FO`)
                if name_end.is_some() && toks.get(j).is_some_and(|t| t.text == "et") {
                    let mut m = j + 1;
                    if toks.get(m).is_some_and(|t| t.is(class::DETERMINER)) {
                        m += 1 + usize::from(toks.get(m + 1).is_some_and(|t| matches!(t.text, "'" | "’")));
                    }
                    while toks.get(m).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase)) {
                        name_end = Some(toks[m].end);
                        m += 1;
                        j = m;
                    }
                }
                // (nor a name before the marks of its own words: `Selon l'analyste,
                // Renault «peut rebondir»`)
                let next = toks[j..].iter().find(|t| t.text != "'" && t.text != "’");
                // (nor a title of its own after an article: `…, le Premier ministre`)
                let own_title = article && next.is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase));
                // (nor the subject of a verb of its own: `D'après la concierge,
                // Lemoine était «…»`)
                let own_verb = next.is_some_and(|t| {
                    t.word
                        && t.text.starts_with(char::is_lowercase)
                        && (is_finite(lex, t.text) || looks_finite(t.text) || matches!(t.text, "ne" | "n"))
                });
                let closes = (!titled || next.is_none_or(|t| !t.word))
                    && !own_title
                    && !own_verb
                    && !next.is_some_and(|t| matches!(t.text, "«" | "“" | "\""));
                if let Some(e) = name_end.filter(|_| closes) {
                    last = e;
                }
                break;
            }
            _ => break,
        }
    }
    // a medium named by its title: `le quotidien «Le Soleil»`
    if toks.iter().rev().find(|t| t.end <= last && t.word).is_some_and(|t| t.is(class::MEDIUM)) {
        let rest = &text[last..end];
        let trimmed = rest.trim_start_matches(is_space);
        if trimmed.starts_with(['«', '“']) {
            if let Some(close) = trimmed.find(['»', '”']) {
                let close_end = close + trimmed[close..].chars().next().map_or(1, char::len_utf8);
                if close < 60 {
                    return Some(Span::new(first.start, last + (rest.len() - trimmed.len()) + close_end));
                }
            }
        }
    }
    // a particle left at the end (`la Cour des` before `comptes`) is not the name's
    for particle in [" de", " des", " du", " d'", " d’"] {
        if let Some(kept) = text[first.start..last].strip_suffix(particle) {
            last = first.start + kept.len();
            break;
        }
    }
    // a body's name in small letters, read to the acronym it gives in brackets:
    // `l'Agence ivoirienne de presse (AIP)`, `la Fédération étudiante collégiale
    // du Québec (FECQ)`
    if let Some(e) = name_to_acronym(doc, first.start, last, end) {
        last = e;
    }
    Some(Span::new(first.start, last))
}

/// The end of a body's name that runs past `last`, in small letters, to the
/// acronym in brackets after it whose letters are the initials of its words
/// (`Agence ivoirienne de presse (AIP)`): `None` when there is no such acronym.
fn name_to_acronym(words: &Words<'_>, start: usize, last: usize, end: usize) -> Option<usize> {
    let text = words.text();
    // (the cheap test first: a bracket soon after the phrase)
    let near = crate::attribute::floor_boundary(text, end.min(last + 80));
    memchr::memchr(b'(', &text.as_bytes()[last..near])?;
    let toks = words.window(start, near, 16);
    let open = toks.iter().position(|t| t.text == "(" && t.start >= last)?;
    let (acronym, close) = (toks.get(open + 1)?, toks.get(open + 2)?);
    if close.text != ")"
        || !is_acronym(acronym.text)
        || toks[..open].iter().any(|t| !t.word && !matches!(t.text, "'" | "’" | "-"))
    {
        return None;
    }
    // the initials of the name's words, from its first capital, past the small words
    let from = toks[..open].iter().position(|t| t.word && t.text.starts_with(char::is_uppercase))?;
    let initials: String = toks[from..open]
        .iter()
        .filter(|t| t.word && !lower_is(t.text, &["de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "en"]))
        .filter_map(|t| t.text.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    (initials == acronym.text && toks[open - 1].end > last).then(|| toks[open - 1].end)
}

/// Bodies named by a capital then words in small letters, which a phrase
/// keeps whole (`Force ouvrière`, not `Force`).
const ORGANISATIONS: &[&str] = &[
    "Force ouvrière",
    "Lutte ouvrière",
    "Confédération paysanne",
    "Jeunes agriculteurs",
    "Médecins du monde",
    "Médecins sans frontières",
    "Reporters sans frontières",
    "Secours populaire",
    "Secours catholique",
    "Restos du cœur",
    "Croix-Rouge française",
    "Ligue des droits de l'homme",
    "Emmaüs France",
    // (parties whose name is a capital then small letters)
    "Québec solidaire",
    "Génération écologie",
    "Place publique",
    "Debout la France",
    "Parti québécois",
    "Nouveau Parti démocratique",
    "Parti socialiste",
    "Parti communiste",
    // (bodies named for their cause, `pour` or `contre` in their name)
    "Haut Conseil pour le climat",
    "Réseau Sortir du nucléaire",
    "Ligue contre le cancer",
    "Fondation pour la nature et l'homme",
    "Fondation pour la recherche médicale",
    "Union pour un mouvement populaire",
    "Rassemblement pour la République",
    "Comité contre l'esclavage moderne",
    "Collectif contre l'islamophobie en France",
    "Ligue internationale contre le racisme et l'antisémitisme",
    "Mouvement contre le racisme et pour l'amitié entre les peuples",
    "Association pour la taxation des transactions financières et pour l'action citoyenne",
    "Les Amis de la Terre",
    "Amis de la Terre",
    "Agir pour l'environnement",
    "France Nature Environnement",
    "Générations futures",
];

/// Nouns of media, which a title in quotation marks may follow (`le quotidien «Le Soleil»`).
const MEDIA: &[&str] = &[
    "quotidien",
    "journal",
    "hebdomadaire",
    "magazine",
    "site",
    "chaîne",
    "radio",
    "agence",
    "émission",
    "revue",
    "mensuel",
    "télévision",
];

/// Endings of the adjectives that follow an institution's name (`spatiale
/// européenne`, `centrale`, `constitutionnel`, `fédéral`).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "ales", "aux", "el", "elle", "ien", "ienne", "éen", "éenne", "ais", "aise", "ique", "if", "ive", "aire", "ois",
    "oise", "ain", "aine",
];

/// Adjectives of nationality that the endings of [`ADJECTIVE_ENDINGS`] miss
/// (`au quotidien espagnol El País`, `au quotidien belge Le Soir`).
const NATIONALITIES: &[&str] = &[
    "espagnol",
    "espagnole",
    "belge",
    "suisse",
    "russe",
    "allemand",
    "allemande",
    "grec",
    "grecque",
    "turc",
    "turque",
    "arabe",
    "tchèque",
    "slovaque",
    "bulgare",
    "serbe",
    "croate",
    "slovène",
    "kényan",
    "kényane",
    "argentin",
    "argentine",
    "qatari",
];

/// Nouns of time that open an adverbial (`la première fois`, `le lendemain`).
pub(crate) fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "fois"
            | "jour"
            | "jours"
            | "soir"
            | "matin"
            | "nuit"
            | "moment"
            | "instant"
            | "heure"
            | "heures"
            | "année"
            | "années"
            | "an"
            | "ans"
            | "semaine"
            | "semaines"
            | "minute"
            | "minutes"
            | "mois"
            | "hiver"
            | "été"
            | "printemps"
            | "automne"
            | "lendemain"
            | "veille"
            | "midi"
            | "soirée"
            | "matinée"
            | "journée"
    )
}

/// True for a subject pronoun of the third person (`il`, `Elles`).
pub(crate) fn is_third_person(word: &str) -> bool {
    matches!(word, "il" | "Il" | "elle" | "Elle" | "ils" | "Ils" | "elles" | "Elles")
}

/// True for a word that governs the pronoun or the name after it, which is
/// then no subject (`avec elle`, `seule avec Mouton Fidèle, elle…`).
pub(crate) fn is_governing(word: &str) -> bool {
    lower_is(word, &["avec", "pour", "de", "d", "à", "sans", "chez", "vers", "contre", "par", "sur", "entre", "que", "qu"])
}

/// True when token `k` is a subject pronoun of the third person that no
/// preposition governs (`il`, `Elle`; not `avec elle`, `pour eux`).
pub(crate) fn is_free_subject_pronoun(toks: &[Tok<'_>], k: usize) -> bool {
    // (`près d'elle`: the elided preposition is before its apostrophe)
    let before = match k.checked_sub(1).map(|j| toks[j].text) {
        Some("'" | "’") => k.checked_sub(2),
        _ => k.checked_sub(1),
    };
    // (`qu'il`, `que ils`: a subject, the comparative takes `lui`, `eux`)
    let subject_after_que =
        lower_is(toks[k].text, &["il", "ils"]) && before.is_some_and(|j| lower_is(toks[j].text, &["que", "qu"]));
    is_third_person(toks[k].text) && (subject_after_que || !before.is_some_and(|j| is_governing(toks[j].text)))
}

/// Nouns of manner after a verb of speech (`d'une voix émue`, `d'un ton sec`).
const MANNER: &[&str] = &["voix", "ton", "air", "geste", "regard", "accent", "sourire", "pas", "trait", "souffle", "coup"];

/// True when the phrase so far ends with two capitalised words (`Kamila
/// Iskandarova`): an apposition after it describes, it does not name.
fn ends_with_full_name(toks: &[Tok<'_>]) -> bool {
    let n = toks.iter().rev().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).count();
    // (not a body's name in a title's complement: `la présidente de Renault
    // Trucks, Delphine Ravier`)
    let complement = toks.len() > n && {
        let before = &toks[toks.len() - n - 1];
        before.is(class::DE | class::DU | class::DES)
            || matches!(before.text, "'" | "’") && toks.len() > n + 1 && toks[toks.len() - n - 2].is(class::D)
    };
    n >= 2 && !(complement && toks.len() > n + 2 && !super::resolve::is_first_name(toks[toks.len() - n].text))
}

/// True when the last capitalised word of `toks`, right before their end or
/// before a particle or an elided article (`Cour des`, `Syndicat de la`,
/// `secrétaire d'État`), stands alone: no capitalised word before it, and
/// no known given name (`le Premier`, `des Affaires`, `la Ligue des`; not
/// `Jean Dupont`, `Marie`).
fn after_single_capital(toks: &[Tok<'_>]) -> bool {
    let mut k = toks.len();
    while k > 0 && (toks[k - 1].is(class::PARTICLE | class::LA | class::LE | class::L) || matches!(toks[k - 1].text, "'" | "’"))
    {
        k -= 1;
    }
    let Some(cap) = k.checked_sub(1).map(|c| &toks[c]) else { return false };
    cap.word
        && cap.text.starts_with(char::is_uppercase)
        && toks.len() - k <= 3
        // (an article with its capital at the start of a sentence is no word of the name: `Le Premier ministre`)
        && !(k >= 2 && toks[k - 2].word && toks[k - 2].text.starts_with(char::is_uppercase) && !toks[k - 2].is(class::DETERMINER))
        && !super::resolve::is_first_name(cap.text)
}

/// True when `toks` (after `à`, `au`, `aux`) name an institution and then a
/// person, without a comma: `CNRS Anne Dubreuil`, `l'Inserm Francis Eustache`,
/// `Collège de France Marc Aubry` (a given name followed by a capitalised word,
/// after at least one capitalised word of the institution).
fn affiliation_then_name(toks: &[Tok<'_>]) -> bool {
    let mut k = 0;
    if toks.get(1).is_some_and(|t| t.text == "'" || t.text == "’") {
        k = 2;
    } else if toks.first().is_some_and(|t| t.is(class::LE | class::LA)) {
        k = 1;
    }
    let capital = |t: &Tok<'_>| t.word && t.text.starts_with(char::is_uppercase);
    let mut institution = false;
    for (j, t) in toks.iter().enumerate().skip(k).take(8) {
        if capital(t) {
            if institution && super::resolve::is_first_name(t.text) && toks.get(j + 1).is_some_and(capital) {
                return true;
            }
            institution = true;
        } else if !(institution && t.is(class::PARTICLE)) {
            return false;
        }
    }
    false
}

/// The index of the name after a place of one capitalised word in a
/// complement (`de la Sarthe Hélène Castagnet`, `de Lens Paul Roy`, `du Nord
/// Anne Roux`): a title's place, then the name of its holder.
fn place_then_name(toks: &[Tok<'_>]) -> Option<usize> {
    let de = toks.first()?;
    let k = if de.is(class::DU) {
        1
    } else if de.is(class::DE) {
        1 + usize::from(toks.get(1).is_some_and(|t| t.is(class::LA)))
    } else if de.is(class::D) {
        1 + usize::from(toks.get(1).is_some_and(|t| matches!(t.text, "'" | "’")))
    } else {
        return None;
    };
    let capital = |t: &Tok<'_>| t.word && t.text.starts_with(char::is_uppercase) && !t.is(class::DETERMINER);
    // (a given name is a person's, not a place: `la tante de Jules Perrin`)
    (toks.get(k).is_some_and(|t| capital(t) && !super::resolve::is_first_name(t.text))
        && toks.get(k + 1).is_some_and(capital)
        && toks.get(k + 1).is_some_and(|t| t.start > toks[k].end))
    .then_some(k + 1)
}

/// True when, within a few words and before any verb, a comma introduces a
/// capitalised apposition.
fn apposition_within(toks: &[Tok<'_>], lex: &Lexicon) -> bool {
    for (j, t) in toks.iter().enumerate().take(10) {
        if t.text == "," {
            return toks.get(j + 1).is_some_and(|n| n.word && (n.text.starts_with(char::is_uppercase)));
        }
        if !t.word && !matches!(t.text, "'" | "’") {
            return false;
        }
        if j > 0 && t.word && !toks[j - 1].is(class::DETERMINER) && lex.lookup(t.text).is_some() {
            return false;
        }
    }
    false
}

/// `k` past `la` or `l'` at `k`, if one is there.
fn past_article(toks: &[Tok<'_>], mut k: usize) -> usize {
    if toks.get(k).is_some_and(|t| lower_is(t.text, &["la", "l"])) {
        k += 1;
        if toks.get(k).is_some_and(|t| matches!(t.text, "'" | "’")) {
            k += 1;
        }
    }
    k
}

/// An unnamed source `p` with the place or the body it sits in, closing the
/// clause: `une source à Bercy`, `un conseiller à l'Élysée`, `une source à
/// la Commission européenne`, `une source au ministère des Armées`, `un
/// diplomate au sein du gouvernement`; not a medium, `à l'AFP`.
pub(crate) fn seated(words: &Words<'_>, p: Span, end: usize, lex: &Lexicon) -> Option<Span> {
    if !lower_is(super::last_word(&words.text()[p.range()]), UNNAMED_SOURCES) {
        return None;
    }
    let toks = words.window(p.end, end, 16);
    if !toks.first().is_some_and(|t| lower_is(t.text, &["au", "aux", "à"])) {
        return None;
    }
    let place = past_article(&toks, 1);
    let capitals = |mut k: usize| {
        while toks.get(k).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase)) {
            k += 1;
        }
        k
    };
    let mut k = capitals(place);
    // (a seat in small letters and what it belongs to: `au ministère des Armées`)
    if k == place && toks.get(k).is_some_and(|t| lower_is(t.text, SEATS)) {
        k += 1;
        if toks.get(k).is_some_and(|t| t.is(class::DE | class::DU | class::DES | class::D)) {
            let named = past_article(&toks, k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| matches!(t.text, "'" | "’"))));
            k = capitals(named);
            if k == named && toks.get(k).is_some_and(|t| lower_is(t.text, SEATS)) {
                k += 1;
            }
            if k == named {
                return None;
            }
        }
    }
    if k == place || names_medium(&toks[place..k], lex) {
        return None;
    }
    // (and its adjectives: `européenne`, `nationale`)
    let mut closing = k;
    while closing < k + 2
        && toks.get(closing).is_some_and(|t| {
            t.word
                && t.text.starts_with(char::is_lowercase)
                && ADJECTIVE_ENDINGS.iter().any(|e| t.text.ends_with(e))
                && !t.is_stop()
                && !is_finite(lex, t.text)
        })
    {
        closing += 1;
    }
    toks.get(closing)
        .is_none_or(|t| matches!(t.text, "." | "," | ";" | "!" | "?"))
        .then(|| Span::new(p.start, toks[closing - 1].end))
}

/// The subject of an inverted cue, which may come after adverbial phrases
/// (`a déclaré lors d'un point de presse la directrice…`, `a assuré à l'AFP un
/// dirigeant`): the first noun phrase not governed by a preposition, up to the
/// end of the clause. Also returns a medium introduced by `à` right after the
/// cue (`à l'AFP`), a relay.
pub(crate) fn inverted_subject(words: &Words<'_>, from: usize, end: usize, lex: &Lexicon) -> Option<(Span, Option<Span>)> {
    // (`confie, émue, la doyenne`: the subject comes after a detached adjective;
    // `a déclaré mardi soir le ministre`: after the time; and both, `a déclaré
    // jeudi, la gorge serrée, le maire`)
    let from = after_detached(words, from, end, lex);
    let from = after_time_adverbials(words, from, end, lex);
    let from = after_detached(words, from, end, lex);
    // (a place up to its comma, then the subject closing the clause: `a déclaré
    // devant la mairie, Paul Roy.`)
    let from = match words.text()[from..end].strip_prefix(',') {
        Some(rest) => {
            let at = end - rest.trim_start_matches(is_space).len();
            let closes =
                |p: Span| words.window(p.end, end, 1).first().is_none_or(|n| matches!(n.text, "." | "!" | "?" | "…" | ";"));
            if phrase_after(words, at, end, lex).is_some_and(closes) { at } else { from }
        }
        None => from,
    };
    // (`a déclaré le maire à l'AFP`, `…, Nadia Ferhat, à l'AFP`: a medium after the subject)
    let with_medium_after = |p: Span, medium: Option<Span>| {
        let after = words.text()[p.end..end].trim_start_matches(is_space);
        let at = if after.starts_with(',') { end - after.len() + 1 } else { p.end };
        // (past a time: `a déclaré X lundi sur France Inter`)
        let at = after_time_adverbials(words, at, end, lex);
        // (a medium, not an affiliation before a name: `la chercheuse au CNRS Anne Dubreuil`)
        let before_name =
            |m: &Span| words.window(m.end, end, 1).first().is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase));
        // (or after a detached segment: `raconte une voisine, encore sous le choc, au Parisien`)
        let detached = || {
            let toks = words.window(p.end, end, 10);
            let close = toks.iter().skip(1).position(|t| t.text == ",").map(|c| c + 1)?;
            let short = toks.first().is_some_and(|t| t.text == ",")
                && close > 1
                && toks[1..close].iter().all(|t| {
                    t.word && (t.is(class::DETERMINER | class::STOP) || !looks_finite(t.text) && !is_finite(lex, t.text))
                });
            short.then(|| medium_at(words, toks[close].end, end, lex)).flatten()
        };
        let before = medium;
        let medium = medium.or_else(|| medium_at(words, at, end, lex).filter(|m| !before_name(m))).or_else(detached);
        // (a complement of place in capitals, then the name in apposition closing
        // the clause: `la présidente du groupe au Sénat, Maud Pellerin`)
        let placed = || {
            if let Some(q) = seated(words, p, end, lex) {
                return Some(q);
            }
            let toks = words.window(p.end, end, 12);
            if !toks.first().is_some_and(|t| lower_is(t.text, &["au", "aux", "à"])) {
                return None;
            }
            let place = past_article(&toks, 1);
            let mut k = place;
            while toks.get(k).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase)) {
                k += 1;
            }
            if k == place {
                return None;
            }
            if toks.get(k).is_none_or(|t| t.text != ",") {
                return None;
            }
            k += 1;
            let name = k;
            while toks.get(k).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase) && !t.is(class::DETERMINER)) {
                k += 1;
            }
            let closes = toks.get(k).is_none_or(|t| matches!(t.text, "." | "," | ";" | "!" | "?" | "(" | "…"));
            (k >= name + 2 && closes).then(|| Span::new(p.start, toks[k - 1].end))
        };
        // (the medium named before the subject leaves the place after it to it:
        // `a indiqué à l'AFP une source à Bercy`)
        if medium.is_none() || before.is_some() && before == medium { (placed().unwrap_or(p), medium) } else { (p, medium) }
    };
    if let Some(p) = phrase_after(words, from, end, lex) {
        return Some(with_medium_after(without_manner(words.text(), p), None));
    }
    let toks = words.window(from, end, 40);
    // a name that opens on its particle: `dit de Marsay`, `répondit d'Arthez`
    if let [de, rest @ ..] = &*toks {
        let name_at = rest.iter().position(|t| t.word).filter(|&k| k == 0 || k == 1 && matches!(rest[0].text, "'" | "’"));
        if let Some(k) = name_at.filter(|_| lower_is(de.text, &["de", "d"]) && de.text.starts_with(char::is_lowercase)) {
            let name = &rest[k];
            if names_after_particle(name.text) {
                let last =
                    rest[k..].iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).last().unwrap_or(name);
                return Some((Span::new(de.start, last.end), None));
            }
        }
    }
    let mut medium = None;
    let mut j = 0;
    while j < toks.len() {
        let t = toks[j];
        if !t.word {
            if matches!(t.text, "," | "." | ";" | ":" | "!" | "?" | "«" | "»") {
                return None;
            }
            j += 1;
            continue;
        }
        // (or after a cue's noun: `a déclaré dans un entretien à Associated Press le président`)
        if j == 0 || is_medium_preposition(t.text) && medium.is_none() {
            // `a déclaré à l'AFP le maire`: the subject is looked for after the medium's name
            if let Some(m) = medium_at(words, t.start, end, lex) {
                medium = Some(m);
                j = toks.partition_point(|x| x.start < m.end);
                continue;
            }
        }
        // (the medium's last word governs nothing: `au Soir le Premier ministre`)
        let governed = j > 0 && medium.is_none_or(|m| toks[j - 1].end > m.end) && {
            let p = toks[j - 1];
            (p.word && (p.is_stop() || p.is(class::DE | class::D | class::DU | class::DES)))
                || ((p.text == "'" || p.text == "’") && j > 1 && lower_is(toks[j - 2].text, &["d", "l", "qu"]) && {
                    // `l'` after a preposition: `à l'AFP`
                    j > 2 && lower_is(toks[j - 3].text, &["à", "de", "par", "sur", "dans", "pour", "lors", "d"])
                })
        };
        let opens = t.text.starts_with(char::is_uppercase) || t.is(class::DETERMINER | class::TITLE_BEFORE_NAME);
        // (a complement of the noun before: `a réagi à la suspension d'audience X`)
        let complement = j > 0 && toks[j - 1].word && t.is(class::D | class::DE | class::DU | class::DES);
        // (`leur` after the medium is a determiner: `a indiqué à l'AFP leur avocat`)
        let determiner = t.text == "leur" && medium.is_some();
        if !governed && !complement && opens && (!t.is_stop() || determiner || HONORIFICS.contains(&t.text)) {
            if let Some(p) = phrase_after(words, t.start, end, lex) {
                return Some(with_medium_after(p, medium));
            }
        }
        j += 1;
    }
    None
}

/// A subject without the manner of the voice that a complement in `de` and a
/// possessive gives after it (`le prince de toutes ses forces`, `la reine de
/// toute sa voix`, `le vieux de sa voix cassée`), which is not part of its name.
fn without_manner(text: &str, p: Span) -> Span {
    let words = &text[p.range()];
    // (each ` de ` once, by a byte search, then the words after it: a locution of
    // manner, or the speaker's own voice described)
    let cut = memchr::memmem::find_iter(words.as_bytes(), b" de ").find(|&k| {
        let rest = &words[k + 4..];
        manner_locution(text, p.start + k + 1, p.end).is_some()
            || ["sa voix", "son ton", "sa plus belle "].iter().any(|m| rest.starts_with(m))
    });
    match cut {
        Some(k) if k > 0 => Span::new(p.start, p.start + k),
        _ => p,
    }
}

/// After an inverted cue, the end of a segment between commas that describes
/// the subject to come or the circumstance (`confie, émue, la doyenne`,
/// `lâche, les larmes aux yeux, Patrick`, `explique, dans un communiqué, la
/// préfecture`): `from` when there is none, or when what follows the
/// segment is no noun phrase closing the sentence or followed by a comma.
fn after_detached(words: &Words<'_>, from: usize, end: usize, lex: &Lexicon) -> usize {
    // (most cues are followed by their subject, not by a comma: told by bytes)
    if !words.text()[from..end].trim_start_matches(is_space).starts_with(',') {
        return from;
    }
    let toks = words.window(from, end, 10);
    if toks.first().is_none_or(|t| t.text != ",") {
        return from;
    }
    let Some(close) = toks.iter().skip(1).position(|t| !t.word && t.text != "'" && t.text != "’").map(|p| p + 1) else {
        return from;
    };
    let segment = &toks[1..close];
    // (a short segment of words, none a verb: `émue`, `sourire aux lèvres`)
    let verbless = |t: &Tok<'_>| {
        !t.word || t.is(class::DETERMINER | class::STOP | class::PARTICLE) || !looks_finite(t.text) && !is_finite(lex, t.text)
    };
    if toks[close].text != "," || segment.is_empty() || segment.len() > 8 || !segment.iter().all(verbless) {
        return from;
    }
    let after = toks[close].end;
    let Some(p) = phrase_after(words, after, end, lex) else { return from };
    let next = words.window(p.end, end, 1);
    // (the subject ends its clause, or a complement of place follows it: `un
    // diplomate en poste à Kiev`)
    let ends = next.first().is_none_or(|n| matches!(n.text, "," | "." | "!" | "?" | "…" | ";"));
    let complement = next.first().is_some_and(|n| {
        lower_is(n.text, &["en", "à", "au", "aux", "chez", "dans", "sur", "depuis", "qui"])
            // (or a participle describes it: `un pompier du Var engagé sur le feu`)
            || n.word && n.text.starts_with(char::is_lowercase) && ["é", "ée", "és", "ées"].iter().any(|e| n.text.ends_with(e))
    });
    if ends || complement { after } else { from }
}

/// Locutions of manner, time and turn-taking that stand between an inverted
/// verb and its subject (`a répliqué du tac au tac le maire`, `dit tout à coup
/// la mère`, `a dit d'emblée`), with both apostrophes.
const MANNER_LOCUTIONS: &[&str] = &[
    "du tac au tac",
    "sans détours",
    "sans détour",
    "sans ambages",
    "sans attendre",
    "sans hésiter",
    "sans se retourner",
    "d'emblée",
    "d’emblée",
    "d'un ton sec",
    "d’un ton sec",
    "en substance",
    "à son tour",
    "à leur tour",
    "tout à coup",
    "tout d'un coup",
    "tout d’un coup",
    "de nouveau",
    "à nouveau",
    "une fois de plus",
    "encore une fois",
    "à brûle-pourpoint",
    "après un silence",
    "tout bas",
    "tout haut",
    "pour sa part",
    "de son côté",
    "ensemble",
    "en chœur",
    "en choeur",
    "une fois",
    "à l'unisson",
    "à l’unisson",
    "peu après",
    "peu avant",
    "bien plus tard",
    "un peu plus tard",
    "un peu plus loin",
    "un peu partout",
    "plus loin",
    "plus tard",
    "longtemps après",
    "le lendemain",
    "sitôt après",
    "dans la foulée",
    "sous couvert d'anonymat",
    "sous couvert d’anonymat",
    "sous couvert de l'anonymat",
    "sous couvert de l’anonymat",
    "sous le sceau de l'anonymat",
    "sous le sceau de l’anonymat",
    "sous le sceau du secret",
    "à voix basse",
    "à voix haute",
    "de toutes ses forces",
    "de toute sa voix",
    "de tout son cœur",
    "à mi-voix",
    "un jour",
    "un soir",
    "ce jour-là",
    "ce soir-là",
];

/// The length of the locution of [`MANNER_LOCUTIONS`] at `at`, in any ASCII
/// case, when a word ends with it.
pub(crate) fn manner_locution(text: &str, at: usize, end: usize) -> Option<usize> {
    let rest = &text[at..end];
    MANNER_LOCUTIONS
        .iter()
        .find(|l| rest.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)) && !rest[l.len()..].starts_with(is_word_char))
        .map(|l| l.len())
}

/// The prepositions of a headline's topic after the name of its speaker
/// (`Didier Deschamps sur Mbappé :`, `Emmanuel Macron depuis Kiev :`).
pub(crate) const TOPIC_PREPOSITIONS: &[&str] = &["sur", "après", "avant", "depuis", "face", "contre", "devant", "à"];

/// The names a family gives its relatives, written in small letters as names
/// (`répondit maman`, `dit grand-mère`).
pub(crate) const FAMILY_NAMES: &[&str] = &[
    "papa",
    "maman",
    "mamie",
    "mamy",
    "papi",
    "papy",
    "mémé",
    "pépé",
    "grand-mère",
    "grand-père",
    "bonne-maman",
    "bon-papa",
    "tonton",
    "tata",
    "parrain",
    "marraine",
];

/// The subject of a sentence `start..end` that opens on a fronted object taken
/// up by its clitic (`La sécheresse, elle la redoute`, `Cette décision, le
/// maire la conteste`, `Ce combat, elle le mène`): the pronoun or the phrase
/// between the comma and the clitic.
pub(crate) fn fronted_object_subject(words: &Words<'_>, start: usize, end: usize, lex: &Lexicon) -> Option<Span> {
    let text = words.text();
    let head = &text.as_bytes()[start..end.min(start + 80)];
    let comma = start + memchr::memchr(b',', head)?;
    // (a clitic `le`, `la`, `les` or `l'` after the comma, told by its bytes
    // before any word is read: ` l` then `e`, `a` or an apostrophe)
    let after = &text.as_bytes()[comma..end.min(comma + 60)];
    let clitic_bytes = memchr::memchr_iter(b'l', after)
        .any(|k| k > 0 && after[k - 1] == b' ' && matches!(after.get(k + 1), Some(b'e' | b'a' | b'\'' | 0xe2)));
    if !clitic_bytes {
        return None;
    }
    let toks = words.window(comma + 1, end, 8);
    let first = toks.first().filter(|t| t.word)?;
    // (a clitic among the next words, after a word that is no preposition and
    // before a verb, ere any phrase is read: most commas have none)
    let verb_like = |t: &Tok<'_>| {
        t.word
            && t.text.starts_with(char::is_lowercase)
            && (looks_finite(t.text) || t.text.ends_with('e') || lex.lookup(t.text).is_some())
    };
    let clitic_at = |k: usize| {
        let t = &toks[k];
        let elided = toks.get(k + 1).is_some_and(|a| matches!(a.text, "'" | "’"));
        lower_is(t.text, &["le", "la", "les", "l"])
            && toks[k - 1].word
            && !is_preposition_start(toks[k - 1].text)
            && toks.get(k + 1 + usize::from(elided)).is_some_and(|v| elided && v.word || verb_like(v))
    };
    if !(1..toks.len()).any(clitic_at) {
        return None;
    }
    let subject = if is_third_person(first.text) {
        Span::new(first.start, first.end)
    } else {
        phrase_after(words, first.start, end, lex).filter(|p| !is_preposition_start(&text[p.range()]))?
    };
    let k = toks.iter().position(|t| t.start >= subject.end)?;
    let clitic = toks.get(k).filter(|t| lower_is(t.text, &["le", "la", "les", "l"]))?;
    let elided = usize::from(toks.get(k + 1).is_some_and(|t| matches!(t.text, "'" | "’")));
    let verb = toks.get(k + 1 + elided).filter(|t| t.word && t.text.starts_with(char::is_lowercase))?;
    // (the clitic's verb, not a noun after an article: `, la ville la plus…`)
    (clitic.end <= verb.start
        && (elided == 1 || looks_finite(verb.text) || lex.lookup(verb.text).is_some() || verb.text.ends_with('e')))
    .then_some(subject)
}

/// True when words open on a preposition (`à la mairie`), which no subject does.
fn is_preposition_start(words: &str) -> bool {
    let first = words.split([' ', '\'', '’']).next().unwrap_or("");
    lower_is(first, &["à", "au", "aux", "de", "du", "des", "en", "dans", "sur", "par", "pour", "avec", "chez", "sans"])
}

/// Pronouns of a group or of each of its members, which open a subject
/// (`Tous deux jugent…`, `Toutes dénoncent…`, `Chacun a promis…`).
pub(crate) const GROUP_PRONOUNS: &[&str] = &["tous", "toutes", "chacun", "chacune"];

/// True when the tokens open on a number in digits and a noun of people
/// (`200 médecins`, `40 élus`), not a time, a measure or a sum.
fn is_counted_people(toks: &[Tok<'_>]) -> bool {
    match toks {
        [n, noun, ..] => {
            n.word
                && n.text.bytes().all(|b| b.is_ascii_digit())
                && noun.word
                && noun.text.starts_with(char::is_lowercase)
                && super::resolve::is_agent_word(noun.text)
        }
        _ => false,
    }
}

/// True when the tokens open on `plus de`, `près de` or `moins de` and a
/// number of people (see [`is_counted_people`]).
fn is_quantity_start(toks: &[Tok<'_>]) -> bool {
    quantity_number(toks).is_some()
}

/// Where the number is when the tokens open on `plus de`, `près de`, `moins
/// de`, `quelque` or `environ` and a number of people (`quelque 200 éleveurs`).
fn quantity_number(toks: &[Tok<'_>]) -> Option<usize> {
    let first = toks.first()?;
    let k = if lower_is(first.text, &["quelque", "environ"]) {
        1
    } else if lower_is(first.text, &["plus", "près", "moins"]) && toks.get(1).is_some_and(|t| lower_is(t.text, &["de"])) {
        2
    } else {
        return None;
    };
    (toks.len() > k + 1 && is_counted_people(&toks[k..])).then_some(k)
}

/// The medium named at `from` (see [`medium`]).
fn medium_at(words: &Words<'_>, from: usize, end: usize, lex: &Lexicon) -> Option<Span> {
    medium(&words.window(from, end, 16), lex)
}

/// Where the name of a body written as a capital and words in small letters
/// ends, when one opens at `at` (`Force ouvrière`, `Haut Conseil pour le
/// climat`, see [`ORGANISATIONS`]).
pub(crate) fn organisation_at(text: &str, at: usize, end: usize) -> Option<usize> {
    let rest = text.get(at..end)?;
    ORGANISATIONS.iter().find(|o| rest.starts_with(**o) && !rest[o.len()..].starts_with(is_word_char)).map(|o| at + o.len())
}

/// A title in guillemets opening the tokens, its head capitalised
/// (`«Le Soleil»`, `« les Echos »`, `«l'Humanité»`): the title, without its
/// marks.
pub(crate) fn quoted_title(toks: &[Tok<'_>]) -> Option<Span> {
    if !toks.first().is_some_and(|t| matches!(t.text, "«" | "“")) {
        return None;
    }
    let close = 1 + toks[1..].iter().take(7).position(|t| matches!(t.text, "»" | "”"))?;
    let inner = &toks[1..close];
    let head = inner.iter().find(|t| t.word && !t.is(class::LE | class::LA | class::L) && !lower_is(t.text, &["les"]))?;
    let words_only = inner.iter().all(|t| t.word || matches!(t.text, "'" | "’" | "-"));
    (words_only && head.text.starts_with(char::is_uppercase)).then(|| Span::new(inner[0].start, inner[inner.len() - 1].end))
}

/// Ranks written with a capital when a letter or a request is addressed to
/// their holder (`au Premier ministre`, `au Président`): no medium.
const ADDRESSEE_RANKS: &[&str] = &["premier", "première", "président", "présidente", "pape", "roi", "reine", "préfet", "préfète"];

/// A medium introduced by `à`, `au`, `aux`, `sur`, `dans` (before a title), `pour` (before a
/// known medium) or `auprès de` (`à l'AFP`,
/// `à franceinfo`, `au Parisien`, `sur France Inter`, `à Europe 1`, `auprès
/// du Courrier picard`): an acronym, a name after an article, a name of two
/// words, a single lower-case brand, or a capitalised name after `sur`. A
/// bare capitalised word after `à` is a place (`à Ottawa`), not a medium; a
/// social network is where speakers write their own words, not a relay
/// (`sur X`, `sur Instagram`); the name stops before a given name (`à l'AFP
/// Paul Roux`). The mention starts at `la` or `l'`, not at `au` or `du`.
pub(crate) fn medium(toks: &[Tok<'_>], lex: &Lexicon) -> Option<Span> {
    let first = toks.first()?;
    let (prep, k) = if is_medium_preposition(first.text) {
        (lower(first.text), 1)
    } else if lower_is(first.text, &["pour"]) && names_medium(&toks[1..toks.len().min(4)], lex) {
        // (`pour` only before a medium known as one: `a expliqué pour l'AFP`,
        // `raconte pour Le Monde`, not `a plaidé pour la France`)
        (crate::text::SmallStr::Borrowed("à"), 1)
    } else if lower_is(first.text, &["auprès"])
        && toks.get(1).is_some_and(|t| t.is(class::DE | class::DU | class::DES | class::D))
    {
        // (past the apostrophe of `d'`: `auprès d'Ouest-France`)
        (lower(toks[1].text), 2 + usize::from(toks.get(2).is_some_and(|t| matches!(t.text, "'" | "’"))))
    } else {
        return None;
    };
    // (`à nos confrères du Télégramme`, `à un journaliste du Droit`: the medium
    // after the colleagues or the reporter)
    let colleagues = (toks.get(k).is_some_and(|t| lower_is(t.text, &["nos"]))
        && toks.get(k + 1).is_some_and(|t| lower_is(t.text, COLLEAGUES))
        || toks.get(k).is_some_and(|t| lower_is(t.text, &["un", "une", "notre"]))
            && toks
                .get(k + 1)
                .is_some_and(|t| lower_is(t.text, &["journaliste", "reporter", "correspondant", "correspondante"]))
        // (`à la rédaction de France 3`: the medium whose newsroom it is)
        || toks.get(k).is_some_and(|t| lower_is(t.text, &["la"])) && toks.get(k + 1).is_some_and(|t| t.text == "rédaction"))
        && toks.get(k + 2).is_some_and(|t| t.is(class::DE | class::DU | class::DES | class::D));
    // (`au micro de France Bleu`, `à l'antenne d'Europe 1`, `sur le plateau de
    // TF1`, `dans les colonnes du Monde`: the medium after the place where it
    // speaks)
    let seat = if colleagues {
        None
    } else {
        let at = k + usize::from(toks.get(k).is_some_and(|t| lower_is(t.text, &["le", "les", "l"])));
        let at = at + usize::from(toks.get(at).is_some_and(|t| t.text == "'" || t.text == "’"));
        (toks.get(at).is_some_and(|t| lower_is(t.text, &["micro", "antenne", "antennes", "ondes", "plateau", "colonnes"]))
            && toks.get(at + 1).is_some_and(|t| t.is(class::DE | class::DU | class::DES | class::D)))
        .then_some(at)
    };
    let (prep, mut k) = if colleagues {
        let apostrophe = toks.get(k + 3).is_some_and(|t| t.text == "'" || t.text == "’");
        (lower(toks[k + 2].text), k + 3 + usize::from(apostrophe))
    } else if let Some(at) = seat {
        let apostrophe = toks.get(at + 2).is_some_and(|t| t.text == "'" || t.text == "’");
        (lower(toks[at + 1].text), at + 2 + usize::from(apostrophe))
    } else {
        (prep, k)
    };
    let prep = &*prep;
    // (`dans` only before a title: `dans Le Parisien`, `dans L'Express`, `dans Libération`)
    // (or a title known as one after its article in small letters: `dans le Bild`)
    let known_title = |t: &Tok<'_>| MEDIA_TITLES.contains(&t.text) || AGENCIES.contains(&t.text);
    if prep == "dans"
        && !toks.get(k).is_some_and(|t| {
            matches!(t.text, "Le" | "La" | "Les" | "L")
                || known_title(t)
                || t.text.ends_with("-Matin")
                || t.text.ends_with("-France")
                || matches!(t.text, "le" | "la" | "l") && toks.get(k + 1).is_some_and(known_title)
        })
    {
        return None;
    }
    // (`au`, `aux`, `du`, `des` hold their article)
    let mut article = !matches!(prep, "à" | "sur" | "de" | "d");
    let mut start = None;
    // (`dans le Bild`: the title after its article)
    if prep == "dans" && toks.get(k).is_some_and(|t| matches!(t.text, "le" | "les")) && toks.get(k + 1).is_some_and(known_title) {
        article = true;
        start = Some(toks[k].start);
        k += 1;
    }
    // (`sur la` before a name with no noun of a medium names a place: `sur la
    // Croisette`, `sur la Canebière`)
    let mut place_after_sur = false;
    if toks.get(k).is_some_and(|t| t.text.eq_ignore_ascii_case("la") || t.text.eq_ignore_ascii_case("l")) {
        place_after_sur = prep == "sur";
        article = true;
        start = Some(toks[k].start);
        k += 1;
        if toks.get(k).is_some_and(|t| t.text == "'" || t.text == "’") {
            k += 1;
        }
    }
    // `à la chaîne Canal+`, `au journal Le Monde`: the name after the noun of a medium
    if toks.get(k).is_some_and(|t| t.is(class::MEDIUM) && t.text.starts_with(char::is_lowercase)) {
        place_after_sur = false;
        let noun = toks[k];
        start = start.or(Some(noun.start));
        article = true;
        k += 1;
        // `à la télévision publique`, `à la télévision d'État`: the noun and its
        // adjective name the medium; `au quotidien britannique The Guardian`: the
        // name after the adjective
        let is_adjective = |t: &&Tok<'_>| {
            t.word && t.text.starts_with(char::is_lowercase) && ADJECTIVE_ENDINGS.iter().any(|e| t.text.ends_with(e))
                || matches!(t.text, "publique" | "public" | "nationale" | "national" | "officielle" | "officiel")
                || NATIONALITIES.contains(&t.text)
        };
        let adjective = toks.get(k).filter(is_adjective);
        if let Some(mut a) = adjective {
            k += 1;
            // (`à la radio publique belge RTBF`: a second adjective before the name)
            if let Some(b) = toks.get(k).filter(is_adjective) {
                a = b;
                k += 1;
            }
            if !toks.get(k).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase)) {
                return Some(Span::new(start.unwrap_or(noun.start), a.end));
            }
        } else if matches!(noun.text, "journal" | "télévision" | "radio" | "quotidien" | "hebdomadaire")
            && toks.get(k).is_none_or(|t| matches!(t.text, "." | "," | ";" | "!" | "?" | "…" | "»" | "”" | "que" | "qu" | ":"))
        {
            // `déclara-t-il au journal.`: the medium named by its noun alone, the
            // one the story spoke of
            return Some(Span::new(start.unwrap_or(noun.start), noun.end));
        } else if toks.get(k).is_some_and(|t| t.text == "d")
            && toks.get(k + 2).is_some_and(|t| t.text == "État")
            && matches!(noun.text, "télévision" | "radio" | "agence" | "chaîne")
        {
            return Some(Span::new(start.unwrap_or(noun.start), toks[k + 2].end));
        } else if toks.get(k).is_some_and(|t| t.text == "d")
            && toks.get(k + 2).is_some_and(|t| matches!(t.text, "information" | "informations" | "investigation"))
            && toks.get(k + 3).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase))
        {
            // `au site d'information Kyiv Independent`: the name after the kind
            k += 3;
        }
        if toks.get(k).is_some_and(|t| t.is(class::LE | class::LA | class::L)) {
            k += 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.text == "'" || t.text == "’"));
        }
    }
    // a title in guillemets, as the press writes its own and the others'
    // (`aux «Echos»`, `au quotidien «Le Soleil»`, `à «l'Humanité»`): the title
    if toks.get(k).is_some_and(|t| matches!(t.text, "«" | "“")) {
        return quoted_title(&toks[k..]);
    }
    let name = toks.get(k).filter(|t| t.word)?;
    if VENUES.contains(&name.text) || HOLIDAYS.contains(&name.text) {
        return None;
    }
    // (a rank written with its capital is an addressee: `a écrit au Premier
    // ministre`, `au Président de la République`; so is a person with an
    // honorific: `rappela à Me Ravinel`, `à M. Roux`)
    if lower_is(name.text, ADDRESSEE_RANKS) || HONORIFICS.contains(&name.text) {
        return None;
    }
    let acronym = is_acronym(name.text);
    // (a number and a word in small letters is a time or a quantity: `à 20 heures`)
    if name.text.bytes().all(|b| b.is_ascii_digit())
        && toks.get(k + 1).is_some_and(|n| n.word && n.text.starts_with(char::is_lowercase))
    {
        return None;
    }
    // (`auprès de franceinfo` and `au micro de franceinfo` too)
    let brand = (matches!(prep, "à" | "sur") || prep == "de" && (lower_is(first.text, &["auprès"]) || seat.is_some()))
        && !article
        && is_brand(name, lex);
    let capital = name.text.starts_with(char::is_uppercase);
    // (`à Libération`, `à Ouest-France`: titles known without their article)
    // (or a title whose second word is in small letters: `à Midi libre`)
    let adjective_after = |j: usize| {
        toks.get(j).zip(toks.get(j + 1)).is_some_and(|(n, a)| {
            a.word && TITLES_WITH_ADJECTIVE.iter().any(|&(noun, adjective)| n.text == noun && a.text == adjective)
        })
    };
    let title = MEDIA_TITLES.contains(&name.text)
        || AGENCIES.contains(&name.text)
        || name.text.ends_with("-Matin")
        || name.text.ends_with("-France")
        || adjective_after(k);
    // (`France Inter`, `Europe 1`: a name of two words, not a place)
    // (not a person's name: `a répondu X à Jordan Bardella`)
    // (nor a city of two words: `à New York`, `à Buenos Aires`)
    let two_words = capital
        && !super::resolve::is_first_name(name.text)
        && !matches!(
            name.text,
            "New"
                | "Los"
                | "Las"
                | "San"
                | "Santa"
                | "Buenos"
                | "Hong"
                | "Tel"
                | "Rio"
                | "Sao"
                | "São"
                | "Abou"
                | "Abu"
                | "Kuala"
                | "Addis"
        )
        && toks.get(k + 1).is_some_and(|n| n.word && n.text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    if place_after_sur && !(acronym || title) {
        return None;
    }
    // (a given name after its article is someone spoken to, as regional speech
    // names people: `annonça le père à la Maria`)
    if article && !(acronym || title) && super::resolve::is_first_name(name.text) {
        return None;
    }
    if !(acronym || brand || title || (capital && (article || two_words || prep == "sur"))) {
        return None;
    }
    if prep == "sur" && SOCIAL_NETWORKS.contains(&name.text) {
        return None;
    }
    let start = start.unwrap_or(name.start);
    let mut end = name.end;
    let mut j = k + 1;
    while let Some(t) = toks.get(j).filter(|t| t.word) {
        // (nor before an honorific: `à l'AFP Me Julien Ferrandi`)
        if super::resolve::is_first_name(t.text) || HONORIFICS.contains(&t.text) {
            break;
        }
        // (nor, after an acronym or a known title, before two capitalised words,
        // a name the given names' list lacks: `à l'AFP Markus Lindqvist`)
        let person_next = j == k + 1
            && (acronym || title)
            && t.text.chars().any(char::is_lowercase)
            && toks
                .get(j + 1)
                .is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase) && n.text.chars().any(char::is_lowercase));
        // (nor a capitalised word after an acronym with its article, or before
        // an apposition: `à l'AFP Mirela, une commerçante`)
        let apposed = toks.get(j + 1).is_some_and(|c| c.text == ",") && toks.get(j + 2).is_some_and(|d| d.is(class::DETERMINER));
        let person_after_agency = j == k + 1
            && t.text.starts_with(char::is_uppercase)
            && t.text.chars().any(char::is_lowercase)
            && (acronym && k > 0 && (toks[k - 1].is(class::LA) || matches!(toks[k - 1].text, "'" | "’"))
                || (acronym || title) && apposed);
        if person_next || person_after_agency {
            break;
        }
        // (`le Courrier de l'Ouest`, `La Presse de la Manche`: the article of the
        // complement and its capital)
        let article_then_capital = |m: usize| {
            let mut m = m;
            if !toks.get(m).is_some_and(|a| a.is(class::LA | class::L)) {
                return None;
            }
            m += 1;
            if toks.get(m).is_some_and(|a| a.text == "'" || a.text == "’") {
                m += 1;
            }
            toks.get(m).filter(|n| n.word && n.text.starts_with(char::is_uppercase)).map(|_| m)
        };
        if t.text.starts_with(char::is_uppercase) || t.text.chars().all(|c| c.is_ascii_digit()) {
            end = t.end;
            j += 1;
        } else if adjective_after(j - 1) {
            // `Le Dauphiné libéré`, `L'Est républicain`
            end = t.end;
            j += 1;
        } else if t.is(class::D)
            && toks.get(j + 1).is_some_and(|a| a.text == "'" || a.text == "’")
            && toks.get(j + 2).is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase))
        {
            // `France Bleu Pays d'Auvergne`
            end = toks[j + 2].end;
            j += 3;
        } else if let Some(m) = t.is(class::DE).then(|| article_then_capital(j + 1)).flatten() {
            end = toks[m].end;
            j = m + 1;
        } else if (t.is(class::DU | class::DE | class::DES | class::PARTICLE) || matches!(t.text, "della" | "del" | "degli"))
            && toks.get(j + 1).is_some_and(|n| n.word && (n.text.starts_with(char::is_uppercase) || name.is(class::MEDIUM)))
        {
            // `La Voix du Nord`, `Corriere della Sera`; after a capitalised noun of
            // medium, its complement in small letters too (`au Journal du dimanche`)
            j += 1;
            if toks[j].text.starts_with(char::is_lowercase) {
                end = toks[j].end;
                j += 1;
            }
        } else {
            break;
        }
    }
    // (`Canal+`: a sign written against the name)
    if let Some(plus) = toks.get(j).filter(|t| t.text == "+" && t.start == end) {
        end = plus.end;
    }
    Some(Span::new(start, end))
}

/// True for a word that ends as a past participle in `-é` or `-u` does, in
/// any gender and number (`prononcée`, `tenus`).
pub(crate) fn ends_as_participle(word: &str) -> bool {
    ["é", "ée", "és", "ées", "u", "ue", "us", "ues"].iter().any(|e| word.ends_with(e))
}

/// The first medium of `toks` that a preposition opens (`sur RTL`, `dans Le
/// Progrès`, `au micro de France Bleu`): the index of the preposition and
/// the medium.
pub(crate) fn first_medium(toks: &[Tok<'_>], lex: &Lexicon) -> Option<(usize, Span)> {
    let k = toks.iter().position(|t| t.word && (is_medium_preposition(t.text) || t.text == "dans"))?;
    medium(&toks[k..], lex).map(|m| (k, m))
}

/// The number of tokens of a list of single capitalised names that ends on
/// `et` and a last name, then the phrase's end (`Georges et Valentine` after
/// `Émile,`; `Georges, Louise et Valentine`).
fn names_listed(toks: &[Tok<'_>]) -> Option<usize> {
    let name = |t: &Tok<'_>| t.word && t.text.starts_with(char::is_uppercase) && !t.is(class::DETERMINER) && starts_name_tok(t);
    let mut k = 0;
    loop {
        if !toks.get(k).is_some_and(name) {
            return None;
        }
        match toks.get(k + 1).map(|t| t.text) {
            Some(",") => k += 2,
            Some("et") => {
                toks.get(k + 2).filter(|t| name(t))?;
                let closes = toks.get(k + 3).is_none_or(|t| !t.word);
                return closes.then_some(k + 2);
            }
            _ => return None,
        }
        if k > 8 {
            return None;
        }
    }
}

/// The number of tokens of a list of complements that ends on `et` and a last
/// one (`des institutions et du sport` after `le chef du Département de la
/// sécurité,`): each opens on `de`, `du`, `des` or `d'` and has at most six
/// words.
fn complements_listed(toks: &[Tok<'_>]) -> Option<usize> {
    let mut k = 0;
    let mut last = false;
    loop {
        toks.get(k).filter(|t| t.word && t.is(class::DE | class::DU | class::DES | class::D))?;
        let words = toks[k + 1..]
            .iter()
            .take_while(|t| t.text != "et" && (t.word && !t.is(class::STOP) || matches!(t.text, "'" | "’" | "-")))
            .count();
        if words == 0 || words > 6 {
            return None;
        }
        k += 1 + words;
        if last {
            return Some(k);
        }
        match toks.get(k).map(|t| t.text) {
            Some(",") => k += 1,
            Some("et") => {
                last = true;
                k += 1;
            }
            _ => return None,
        }
    }
}

/// Titles of the press whose second word is an adjective in small letters
/// (`Le Dauphiné libéré`, `Midi libre`): the capitalised word and the adjective.
const TITLES_WITH_ADJECTIVE: &[(&str, &str)] = &[
    ("Dauphiné", "libéré"),
    ("Républicain", "lorrain"),
    ("Est", "républicain"),
    ("Berry", "républicain"),
    ("Yonne", "républicaine"),
    ("Midi", "libre"),
    ("Maine", "libre"),
    ("Bien", "public"),
    ("Courrier", "picard"),
    ("Canard", "enchaîné"),
    ("Parisien", "libéré"),
    ("Journal", "toulousain"),
    ("Messager", "savoyard"),
    ("Écho", "républicain"),
    ("Film", "français"),
    ("Quotidien", "jurassien"),
    ("Monde", "diplomatique"),
    ("Valeurs", "actuelles"),
    ("Presse", "canadienne"),
];

/// A medium's name written in small letters (`franceinfo`).
pub(crate) fn is_brand(name: &Tok<'_>, lex: &Lexicon) -> bool {
    name.word
        && (name.text.ends_with("info")
            && name.text.chars().count() > 4
            && name.text.chars().all(char::is_lowercase)
            && lex.lookup(name.text).is_none()
            && !name.is(class::DETERMINER)
            // (or a capital after a small first letter: `beIN Sports`, `iTélé`)
            || name.text.starts_with(|c: char| c.is_ascii_lowercase())
                && name.text.chars().skip(1).any(char::is_uppercase)
                && !name.text.contains(['\'', '’', '-']))
}

/// Places of institutions after `à` or `au`, never media: `a martelé le
/// ministre au Sénat`, `à l'Assemblée nationale`.
const VENUES: &[&str] = &[
    "Sénat",
    "Assemblée",
    "Parlement",
    "Palais",
    "Élysée",
    "Matignon",
    "Quai",
    "Kremlin",
    "Vatican",
    "Congrès",
    "Bundestag",
    "Capitole",
    "Conseil",
    "Tribunal",
    "Cour",
    "Hôtel",
    "Mairie",
    "Préfecture",
    "Commission",
    "Maison-Blanche",
];

/// Feasts and holidays, a time after `à` (`m'a dit à la Toussaint`): no medium.
const HOLIDAYS: &[&str] = &[
    "Toussaint",
    "Noël",
    "Pâques",
    "Pentecôte",
    "Ascension",
    "Assomption",
    "Chandeleur",
    "Saint-Sylvestre",
    "Épiphanie",
    "Saint-Jean",
];

/// Titles of the press named without an article (`a confié à Libération`).
const MEDIA_TITLES: &[&str] = &[
    "Libération",
    "Équipe",
    "Parisien",
    "Figaro",
    "Télégramme",
    "Télérama",
    "Têtu",
    "Causeur",
    "HuffPost",
    "StreetPress",
    "Numerama",
    "Mediapart",
    "Marianne",
    "Challenges",
    "Franceinfo",
    "Euronews",
    "Arte",
    "Konbini",
    "Brut",
    "Reuters",
    "Bloomberg",
    "Belga",
    "Keystone-ATS",
    "Radio-Canada",
    "Télé-Québec",
    "Sudinfo",
    "Blick",
    "Politico",
    "Bild",
    "Al-Jazira",
    "Al-Jazeera",
    "Al-Arabiya",
    "Haaretz",
    "Kommersant",
    "Izvestia",
    "Axios",
    "RTL",
    "RMC",
    "LCI",
    "BFMTV",
    "CNews",
    "TF1",
    "M6",
];

/// True when `word`, after a particle in small letters, makes a name with it
/// (`de Marsay`, `d'Arthez`): a capitalised word, not a pronoun or God in
/// capitals (`implore de Lui`).
pub(crate) fn names_after_particle(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && !matches!(word, "Lui" | "Elle" | "Eux" | "Moi" | "Toi" | "Dieu" | "Vous" | "Nous")
}

/// News agencies named by an acronym or a short name (`l'AFP`, `Tass`).
const AGENCIES: &[&str] =
    &["AFP", "AP", "ANSA", "DPA", "EFE", "Tass", "TASS", "Interfax", "Xinhua", "Kyodo", "Irna", "IRNA", "Anadolu", "Yonhap"];

/// True when the tokens name a medium: a noun of the press (`le quotidien`),
/// a title known without its article (`Libération`), an agency (`l'AFP`) or a
/// brand in small letters (`franceinfo`).
pub(crate) fn names_medium(toks: &[Tok<'_>], lex: &Lexicon) -> bool {
    toks.iter()
        .filter(|t| t.word)
        .any(|t| t.is(class::MEDIUM) || MEDIA_TITLES.contains(&t.text) || AGENCIES.contains(&t.text) || is_brand(t, lex))
}

/// Social networks: `sur X` names where speakers wrote their own words.
const SOCIAL_NETWORKS: &[&str] = &[
    "X",
    "Twitter",
    "Facebook",
    "Instagram",
    "TikTok",
    "LinkedIn",
    "Telegram",
    "Threads",
    "Bluesky",
    "Mastodon",
    "YouTube",
    "Snapchat",
];

/// True for the prepositions that introduce a medium (see [`medium`]): `à`,
/// `au`, `aux`, `sur`, in any case (read by bytes: no other character lowers
/// to those letters).
pub(crate) fn is_medium_preposition(word: &str) -> bool {
    let b = word.as_bytes();
    match b.len() {
        2 => matches!(b, [0xc3, 0xa0 | 0x80]) || b.eq_ignore_ascii_case(b"au"),
        3 => b.eq_ignore_ascii_case(b"aux") || b.eq_ignore_ascii_case(b"sur"),
        4 => b.eq_ignore_ascii_case(b"dans"),
        _ => false,
    }
}

/// The end of the adverbials of time, and the short adverbs, that may stand
/// between a cue and its inverted subject: `a déclaré mardi le ministre`,
/// `a estimé lundi soir`, `a affirmé ce matin`, `a annoncé le 3 mars`,
/// `a indiqué hier après-midi`, `a ajouté aujourd'hui`, `a réagi dans la
/// soirée`, `a précisé également`. `from` when there is none.
fn after_time_adverbials(words: &Words<'_>, from: usize, end: usize, lex: &Lexicon) -> usize {
    let toks = words.window(from, end, 16);
    // (each word lowered once, not once per test; punctuation is no word)
    let lows: Vec<Option<crate::text::SmallStr<'_>>> = toks.iter().map(|t| t.word.then(|| lower(t.text))).collect();
    let is = |k: usize, set: &[&str]| lows.get(k).and_then(Option::as_deref).is_some_and(|w| set.contains(&w));
    let digits = |k: usize| toks.get(k).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
    const PARTS_OF_DAY: &[&str] = &["matin", "soir", "midi", "après-midi", "dernier", "prochain", "soir-là", "matin-là"];
    // (besides the adverbs that follow a subject, see [`ADVERBS_AFTER_SUBJECT`])
    const ADVERBS: &[&str] = &["également", "déjà", "notamment", "immédiatement", "récemment", "sobrement", "simplement"];
    // (a place of a few words without a verb, up to a comma: the comma's index)
    let place_to_comma = |j: usize| {
        let comma = toks[j..].iter().take(8).position(|t| t.text == ",")?;
        let words = &toks[j + 1..j + comma];
        // (the subject opens after the comma; not an apposition in small letters
        // to a name the place ran into: `devant la presse Aya Kouadio, porte-parole`)
        let subject_after = toks.get(j + comma + 1).is_none_or(|t| {
            !t.word || t.text.starts_with(char::is_uppercase) || t.is(class::DETERMINER | class::TITLE_BEFORE_NAME) || t.is_stop()
        });
        // (nor a place of one noun run into the subject with its determiner:
        // `a assuré sur scène le directeur général, X`; a determiner after `de`
        // or `à` is the place's own, `devant la mairie de la ville`)
        let runs_into_subject = words.iter().enumerate().skip(1).any(|(i, t)| {
            t.is(class::DETERMINER)
                && words[i - 1].word
                && !words[i - 1].is(class::DETERMINER | class::STOP | class::DE | class::D)
        });
        (comma > 1
            && subject_after
            && !runs_into_subject
            && words.iter().all(|t| !t.word || t.is(class::DETERMINER | class::STOP) || !looks_finite(t.text)))
        .then_some(j + comma)
    };
    // (a day and its date: `mardi 3 mars 2025`)
    let date = |mut k: usize| {
        if digits(k) && is(k + 1, MONTHS) {
            k += 2;
            if digits(k) {
                k += 1;
            }
        }
        k
    };
    let mut j = 0;
    loop {
        let at = j;
        if toks.get(j).is_some_and(|t| t.is(class::WEEKDAY)) {
            j = date(j + 1);
        } else if is(j, &["hier", "avant-hier"]) {
            j += 1;
        } else if let Some(comma) = is(j, &["devant", "dans", "sur", "depuis", "derrière", "près", "sous"])
            // (a medium is no place: `a estimé sur BFMTV le patron des députés, X`)
            .then(|| {
                // (nor a social network: `a dénoncé sur X le président…, Y`)
                let network = is(j, &["sur"]) && toks.get(j + 1).is_some_and(|t| SOCIAL_NETWORKS.contains(&t.text));
                (medium(&toks[j..], lex).is_none() && !network).then(|| place_to_comma(j)).flatten()
            })
            .flatten()
        {
            // `a martelé devant l'usine, sous la pluie, le délégué`: a place up to
            // a comma (the detached segment after it is read next)
            j = comma;
        } else if is(j, &["à"])
            && toks.get(j + 1).is_some_and(|t| {
                t.word && t.text.starts_with(char::is_uppercase) && !t.is(class::MEDIUM) && !MEDIA_TITLES.contains(&t.text)
            })
            && toks.get(j + 2).is_some_and(|t| t.text == ",")
        {
            // `a déclaré mardi à Bruxelles, en marge du sommet, X`: a city, then a
            // detached segment (a capitalised word after `à` is a place, not a medium)
            j += 2;
        } else if is(j, &["dès"])
            && (toks.get(j + 1).is_some_and(|t| t.is(class::WEEKDAY))
                || is(j + 1, &["hier", "aujourd", "demain", "lors", "maintenant"]))
        {
            // `dès lundi`, `dès hier soir`: the day after it is read next
            j += 1;
        } else if is(j, &["aujourd"]) && toks.get(j + 1).is_some_and(|t| t.text == "'" || t.text == "’") && is(j + 2, &["hui"])
        {
            j += 3;
        } else if is(j, &["ce", "cet", "cette"])
            && (toks.get(j + 1).is_some_and(|t| t.is(class::WEEKDAY))
                || is(j + 1, &["matin", "soir", "midi", "après-midi", "week-end", "semaine", "mois", "année"]))
        {
            j += 2;
        } else if is(j, &["un"]) && is(j + 1, &["matin", "soir", "jour"]) {
            // `me dit un matin ma tante`
            j += 2;
        } else if is(j, &["le"]) && digits(j + 1) && is(j + 2, MONTHS) {
            j = date(j + 1);
        } else if is(j, &["la", "le", "l"])
            && (is(j + 1, &["veille", "lendemain"])
                || is(j + 1, &["semaine", "mois"]) && is(j + 2, &["dernière", "dernier", "passée", "passé"]))
        {
            // `la veille`, `le lendemain`, `la semaine dernière`, `le mois dernier`
            j += if is(j + 1, &["veille", "lendemain"]) { 2 } else { 3 };
        } else if is(j, &["dans"]) && is(j + 1, &["la"]) && is(j + 2, &["soirée", "matinée", "journée", "nuit", "foulée"]) {
            j += 3;
        } else if is(j, &["en"])
            && is(j + 1, &["fin", "début"])
            && is(j + 2, &["de"])
            && is(j + 3, &["matinée", "soirée", "journée", "semaine"])
        {
            j += 4;
        } else if is(j, &["plus"]) && is(j + 1, &["tôt", "tard"]) {
            j += 2;
        } else if let Some(e) = toks.get(j).and_then(|t| manner_locution(words.text(), t.start, end).map(|len| t.start + len)) {
            // `a répliqué du tac au tac le maire`, `a dit d'emblée`
            j += toks[j..].iter().take_while(|t| t.start < e).count();
        } else if toks.get(j).is_some_and(|t| t.word && t.is(class::ADVERB_AFTER_SUBJECT)) || is(j, ADVERBS) {
            j += 1;
        } else if is(j, &["d"])
            && toks.get(j + 1).is_some_and(|t| t.text == "'" || t.text == "’")
            && is(j + 2, &["un", "une"])
            && lows.get(j + 3).and_then(Option::as_deref).is_some_and(|w| MANNER.contains(&w))
        {
            // `déclara d'une voix sourde le fermier`: a manner, then its adjectives
            // (two at most, before the subject's determiner or name)
            j += 4;
            for _ in 0..2 {
                if toks
                    .get(j)
                    .is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase) && !t.is(class::DETERMINER | class::STOP))
                {
                    j += 1;
                }
            }
        }
        if j == at {
            break;
        }
        // (`mardi soir`, `hier matin`, `ce mercredi après-midi`)
        if is(j, PARTS_OF_DAY) {
            j += 1;
        }
    }
    match j.checked_sub(1).and_then(|k| toks.get(k)) {
        // (only before a word, or a detached segment: `a dit hier.` has no
        // subject to find further; `a dit jeudi, la gorge serrée, le maire`)
        Some(t) if toks.get(j).is_some_and(|n| n.word || n.text == ",") => t.end,
        _ => from,
    }
}

/// True when `toks[k]` is the `en` of a noun of the courts (`mis en examen`,
/// `mise en cause`, `mis en accusation`), the participle before it.
fn court_noun_at(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].text == "en"
        && k >= 1
        && matches!(toks[k - 1].text, "mis" | "mise" | "mises")
        && toks.get(k + 1).is_some_and(|n| matches!(n.text, "examen" | "cause" | "accusation"))
}

/// True when the token before `toks[k]` is a determiner or `de` with its
/// article (`le`, `du`, `de la`, `l'`): `toks[k]` is then a noun.
fn prev_det_of(toks: &[Tok<'_>], k: usize) -> bool {
    let Some(p) = k.checked_sub(1).map(|p| &toks[p]) else { return false };
    let p = if matches!(p.text, "'" | "’") { k.checked_sub(2).map(|q| &toks[q]) } else { Some(p) };
    p.is_some_and(|p| p.word && (p.is(class::DETERMINER | class::DU | class::DES) || matches!(p.text, "l" | "L")))
}

/// The commonest finite forms of the auxiliaries and of a few verbs (`est`,
/// `a`, `va`, `peut`, `faut`): the mark of a clause, whatever the lexicon holds.
pub(crate) const COMMON_FINITE: &[&str] = &[
    "est", "sont", "était", "étaient", "sera", "serait", "fut", "a", "ont", "avait", "aura", "aurait", "va", "vont", "peut",
    "faut", "doit", "suis", "es", "ai", "as",
];

/// Capitalised words that open no name (see [`starts_name`]).
const NOT_NAMES: &[&str] = &[
    "et",
    "ainsi",
    "enfin",
    "alors",
    "mais",
    "puis",
    "donc",
    "or",
    "car",
    "je",
    "tu",
    "nous",
    "vous",
    "on",
    "ce",
    "cela",
    "ça",
    "c",
    "quand",
    "lorsque",
    "comme",
    "si",
    "oui",
    "non",
    "voilà",
    "voici",
    "tout",
    "toute",
    "tous",
    "cependant",
    // (the heads of an interview: `Propos recueillis par X`, `Entretien avec X`)
    "propos",
    "entretien",
    "pourtant",
    "ensuite",
    "aussitôt",
    "soudain",
    "déjà",
    "encore",
    "toujours",
    "jamais",
    "ici",
    "là",
    "quelle",
    "quel",
    "pourquoi",
    "comment",
    "où",
    // interjections and words that open a sentence of narration
    "derrière",
    "seul",
    "seule",
    "seuls",
    "seules",
    "près",
    "auprès",
    "extrait",
    "extraits",
    "souvent",
    "parfois",
    "quelquefois",
    "tantôt",
    "bientôt",
    "longtemps",
    "aussi",
    "très",
    "loin",
    "dehors",
    "autour",
    "parmi",
    "entre",
    "durant",
    "sauf",
    "hors",
    "maintenant",
    "ayant",
    "étant",
    "chaque",
    "beaucoup",
    "bien",
    "oh",
    "ah",
    "eh",
    "hé",
    "hein",
    "ô",
    "hélas",
    // imperatives said as interjections (`Voyons Paulin, …`, `Tiens, Léa`)
    "voyons",
    "allons",
    "tiens",
    "tenez",
    "écoute",
    "écoutez",
    "regarde",
    "regardez",
    "attends",
    "attendez",
    "allez",
    "dis",
    "dites",
    "bah",
    "bon",
    "rien",
    "ou",
    // (`Ni à mon neveu, d'ailleurs.`, `Sinon…`, `Pas moi.`)
    "ni",
    "sinon",
    "pas",
    "lorsqu",
    "puisque",
    "parce",
    "seulement",
    "peut-être",
    "même",
    "aucun",
    "aucune",
    "personne",
    "chacun",
    "chacune",
    "quelqu",
    "tant",
    "assez",
    "trop",
    "presque",
    // compound adverbs of place (`Au-dessus du comptoir pendait…`)
    "au-dessus",
    "au-dessous",
    "en-dessous",
    "au-delà",
    "là-bas",
    "là-haut",
    "ci-dessous",
    "ci-dessus",
];

/// The numbers written in words that [`DETERMINERS`] lacks, which open no
/// name (`Quatorze saisons, deux titres : l'homme…`); a compound of numbers
/// is none either (`Dix-sept`, `Vingt-deux`: see [`starts_name`]).
const NUMBER_WORDS: &[&str] = &["onze", "treize", "quatorze", "seize", "dix-sept", "dix-huit", "dix-neuf"];

/// The months, which open no name either (see [`NOT_NAMES`]) and date a cue
/// (see [`after_time_adverbials`]).
pub(crate) const MONTHS: &[&str] =
    &["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/// True when a capitalised word can open a name: not a function word, an
/// adverb, a pronoun or a participle written with a capital at a sentence start.
pub(crate) fn starts_name(w: &str) -> bool {
    starts_name_in(w, class::of(w))
}

/// [`starts_name`] of a token, whose lists are known.
fn starts_name_tok(t: &Tok<'_>) -> bool {
    starts_name_in(t.text, t.class)
}

/// A chapter number in roman numerals (`I`, `XIV`), not a medium's acronym
/// written with the same letters (`LCI`).
fn is_roman_numeral(w: &str) -> bool {
    w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')) && !MEDIA_TITLES.contains(&w)
}

/// [`starts_name`] of `w`, in the lists of `bits`.
fn starts_name_in(w: &str, bits: u32) -> bool {
    // (the tests from the cheapest: most capitalised words are told by the first ones)
    let listed = || bits & (class::NOT_NAME | class::STOP | class::WEEKDAY | class::ADVERBIAL_START) != 0;
    let roman = || is_roman_numeral(w);
    // (or a compound number: `Vingt-deux`, `Soixante-dix`)
    let number = || {
        w.contains('-')
            && w.split('-').all(|p| {
                let l = lower(p);
                l == "et"
                    || NUMBER_WORDS.contains(&&*l)
                    || DETERMINERS.contains(&&*l) && !matches!(&*l, "le" | "la" | "les" | "l")
            })
    };
    if listed() || roman() || number() {
        return false;
    }
    if w.is_ascii() {
        // (the common case) its lower case compared in place, not copied
        let b = w.as_bytes();
        let ends = |e: &str| b.len() >= e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes());
        return !shaped_as_no_name(w.len(), w.contains('-'), ends, |x| w.eq_ignore_ascii_case(x));
    }
    let l = lower(w);
    // (a given name shaped as a participle is still a name: `Barnabé`, `Désiré`)
    !shaped_as_no_name(l.chars().count(), l.contains('-'), |e| l.ends_with(e), |x| *l == *x) || super::resolve::is_first_name(w)
}

/// True when `w` is kept from [`starts_name`] by the shape of a participle
/// alone (`Fouqué`, `Bourdé`, `Morant`): in no list of words that open no name, and
/// with no hyphen.
fn participle_shaped(w: &str) -> bool {
    let l = lower(w);
    // (`Fouqué`, and a surname in -ant: `Morant`, `Brillant`)
    let participle = ["é", "ée", "és", "ées", "ant"].iter().any(|e| l.ends_with(e)) && l.chars().count() > 5;
    let listed = class::of(w) & (class::NOT_NAME | class::STOP | class::WEEKDAY | class::ADVERBIAL_START) != 0;
    participle && !listed && !l.contains('-') && !starts_name(w)
}

/// True when a word (of `chars` characters, with a hyphen or not) is shaped
/// as no name (see [`starts_name`]): `ends(e)` when its lower case ends with
/// `e`, `is(x)` when it is `x`.
fn shaped_as_no_name(chars: usize, hyphen: bool, ends: impl Fn(&str) -> bool, is: impl Fn(&str) -> bool) -> bool {
    // an imperative or an inverted verb (`Entendez-vous`, `Dites-moi`, `Viens-tu`)
    let inverted = || {
        hyphen
            && ["-vous", "-nous", "-moi", "-toi", "-tu", "-je", "-il", "-elle", "-on", "-le", "-la", "-les", "-lui", "-y", "-en"]
                .iter()
                .any(|e| ends(e))
    };
    let adverb = || (ends("ement") || ends("amment") || ends("emment")) && chars > 6;
    // an adjective opening the sentence (`Incapable de…`, `Inquiète, elle…`)
    let adjective = || {
        ["able", "ible", "ète", "euse"].iter().any(|e| ends(e)) && chars > 5
            || ["ensemble", "assis", "assise", "debout"].iter().any(|x| is(x))
    };
    let participle = || (ends("é") || ends("ée") || ends("és") || ends("ées") || ends("ant")) && chars > 5;
    inverted() || adverb() || adjective() || participle()
}

/// True for a word that reads as a finite verb of narration after a noun
/// (`La maraîchère vit…`, `Sa méfiance revenait`, `Tous se précipitèrent`,
/// `Le vicomte tendit`, `Le notaire ôta`): imperfect and simple past endings,
/// the commonest irregular simple pasts, and the simple pasts of the third
/// group told by their ending (see [`past_by_ending`]).
pub(crate) fn looks_finite(w: &str) -> bool {
    // (every form below ends in `t` or `a`: most words are told by their last byte)
    if !matches!(w.as_bytes().last(), Some(b't' | b'a')) {
        return false;
    }
    let chars = w.chars().count();
    w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’')
        && (is_simple_past(w)
            || (chars > 4 && (w.ends_with("ait") || w.ends_with("aient") || w.ends_with("èrent") || w.ends_with("irent")))
            || (chars > 5 && (w.ends_with("urent") || w.ends_with("inrent")))
            || past_by_ending(w, chars)
            // the simple past of the first group (`quitta`, `désigna`)
            || (chars > 3 && w.ends_with('a') && !is_not_verb(w)))
}

/// Verbs of coming and going in the present, the third person, that narration
/// writes right after its subject (`Le médecin entre dans la chambre et dit`).
const MOTION_PRESENT: &[&str] = &[
    "entre",
    "entrent",
    "rentre",
    "rentrent",
    "arrive",
    "arrivent",
    "monte",
    "montent",
    "descend",
    "descendent",
    "sortent",
    "partent",
    "repart",
    "repartent",
    "reviennent",
    "viennent",
    "passe",
    "passent",
    "recule",
    "reculent",
    "avance",
    "avancent",
];

/// Nouns and adjectives in -er and -ir that may follow a word of a noun
/// phrase (`le vice-président délégué conseiller`): no infinitive.
const NOUNS_IN_ER: &[&str] = &[
    "premier",
    "dernier",
    "entier",
    "conseiller",
    "officier",
    "policier",
    "chevalier",
    "cavalier",
    "particulier",
    "régulier",
    "avenir",
    "plaisir",
    "désir",
    "loisir",
    "souvenir",
    "hier",
    "dossier",
    "quartier",
    "chantier",
    "métier",
    "collier",
];

/// People whose trade is to judge, in the plural: `pour` before them gives
/// their view (`un «pari risqué» pour beaucoup d'observateurs`).
pub(crate) const JUDGES: &[&str] = &[
    "observateurs",
    "experts",
    "spécialistes",
    "analystes",
    "commentateurs",
    "économistes",
    "historiens",
    "connaisseurs",
    "critiques",
    "juristes",
    "politologues",
    "éditorialistes",
];

/// The third person singular of the commonest irregular verbs in the present
/// (`sait`, `voit`, `tient`, `connaît`): after a noun, its verb, which no
/// ending the past tenses share tells.
fn is_irregular_present(w: &str) -> bool {
    // (and the present of `connaître`, `paraître`, `naître`, `plaire`: `connaît`, `plaît`)
    w.ends_with("aît") && w.len() > 5
        || matches!(
            w,
            "sait"
                | "vaut"
                | "voit"
                | "boit"
                | "croit"
                | "doit"
                | "peut"
                | "veut"
                | "faut"
                | "suit"
                | "sort"
                | "part"
                | "dort"
                | "court"
                | "sert"
                | "ment"
                | "meurt"
                | "tient"
                | "vient"
                | "conduit"
                | "reçoit"
                | "devient"
                | "revient"
                | "obtient"
                | "retient"
                | "soutient"
        )
}

/// The length of the `Quant à` that opens `s` (`Quant au commissaire, il…`:
/// the topic a pronoun after the comma takes up), if it does.
pub(crate) fn topic_opening(s: &str) -> Option<usize> {
    ["Quant à ", "Quant au ", "Quant aux ", "quant à ", "quant au ", "quant aux "]
        .iter()
        .find(|q| s.starts_with(**q))
        .map(|q| q.len())
}

/// True for a word shaped as a simple past of narration and nothing else: the
/// commonest irregular ones, the first group's (`quitta`), and the plurals
/// (`sortirent`, `parlèrent`); not an ending that a present shares (`agit`).
pub(crate) fn looks_simple_past(w: &str) -> bool {
    let chars = w.chars().count();
    w.chars().all(char::is_lowercase)
        && (is_simple_past(w)
            || chars > 3 && w.ends_with('a') && !is_not_verb(w)
            || chars > 5 && ["èrent", "irent", "urent"].iter().any(|e| w.ends_with(e)))
}

/// The commonest irregular simple pasts of narration, and a few in -a (see
/// [`looks_finite`]); a `match`, which the compiler turns into a test of the
/// length and a few comparisons, rather than a scan of a list.
fn is_simple_past(w: &str) -> bool {
    matches!(
        w,
        "vit"
            | "rit"
            | "fit"
            | "dit"
            | "prit"
            | "mit"
            | "eut"
            | "fut"
            | "sourit"
            | "reprit"
            | "répondit"
            | "sortit"
            | "partit"
            | "finit"
            | "saisit"
            | "suivit"
            | "rougit"
            | "pâlit"
            | "assit"
            | "ouvrit"
            | "offrit"
            | "sentit"
            | "courut"
            | "parut"
            | "reçut"
            | "aperçut"
            | "put"
            | "dut"
            | "voulut"
            | "sut"
            | "vint"
            | "tint"
            | "revint"
            | "devint"
            | "mourut"
            | "lut"
            | "crut"
            | "but"
            | "ajouta"
            | "demanda"
            | "regarda"
            | "leva"
            | "entra"
            | "tourna"
            | "resta"
            | "posa"
            | "prononça"
            | "commença"
            | "s'écria"
            | "cria"
            | "murmura"
            | "répéta"
            | "continua"
    )
}

/// Lower-case words in -a that are not simple pasts (see [`looks_finite`]).
fn is_not_verb(w: &str) -> bool {
    matches!(
        w,
        "cela"
            | "opéra"
            | "villa"
            | "sofa"
            | "cinéma"
            | "panorama"
            | "mafia"
            | "visa"
            | "extra"
            | "agenda"
            | "caméra"
            | "pyjama"
            | "véranda"
            | "diva"
            | "paria"
            | "gala"
            | "coma"
            | "schéma"
            | "dogma"
            | "karma"
            | "yoga"
            | "pizza"
            | "vodka"
            | "polka"
            | "tombola"
            | "guérilla"
            | "saga"
            // (the names of the family: `Un papa résume :`)
            | "papa"
            | "grand-papa"
            | "bon-papa"
            | "tata"
            | "nounou"
    )
}

/// Endings of the simple past (or the present) of the third person singular
/// in -it, -int and -ut that no common noun or adjective shares, each with the
/// least length of a word it tells (`tendit`, `rompit`, `battit`, `conduisit`,
/// `rejoignit`, `vint`, `reconnut`); the nouns, adjectives and participles
/// that share an ending are in [`NOT_PAST_BY_ENDING`].
const PAST_ENDINGS: &[(&str, usize)] = &[
    // -dre, -dir: tendit, rendit, perdit, mordit, descendit, bondit, refroidit
    ("ndit", 5),
    ("rdit", 5),
    ("idit", 5),
    // rompit, interrompit, glapit, accroupit (not répit, dépit, décrépit)
    ("mpit", 5),
    ("apit", 5),
    ("upit", 5),
    // battit, sortit, sentit, aboutit, bâtit, investit, revêtit (not petit, appétit)
    ("ttit", 5),
    ("rtit", 5),
    ("ntit", 5),
    ("utit", 5),
    ("âtit", 5),
    ("stit", 5),
    ("êtit", 4),
    // saisit, conduisit, construisit, choisit, réussit, grossit (not transit)
    ("isit", 5),
    ("ssit", 5),
    // noircit, durcit, adoucit (not récit, déficit)
    ("rcit", 5),
    ("ucit", 5),
    // rejoignit, éteignit, plaignit, atteignit
    ("gnit", 5),
    // finit, punit, fournit, réunit, bénit (not granit)
    ("nit", 5),
    // suivit, servit, écrivit, ravit, gravit
    ("vit", 5),
    // rougit, surgit, agit, rugit, élargit
    ("git", 4),
    // frémit, promit, remit, soumit, endormit, gémit
    ("mit", 5),
    // trahit, envahit
    ("hit", 5),
    // ouvrit, couvrit, découvrit, offrit, souffrit, nourrit, guérit, périt, fleurit, mûrit
    ("vrit", 5),
    ("ffrit", 6),
    ("rrit", 5),
    ("érit", 5),
    ("urit", 5),
    ("ûrit", 4),
    // reprit, comprit, apprit, surprit (not esprit)
    ("prit", 5),
    // cueillit, jaillit, bouillit, établit, remplit, démolit, salit, ensevelit
    ("illit", 6),
    ("llit", 5),
    ("blit", 5),
    ("plit", 5),
    ("olit", 5),
    ("âlit", 5),
    ("alit", 5),
    ("elit", 6),
    // naquit, vainquit, convainquit
    ("nquit", 6),
    ("naquit", 6),
    // vint, devint, revint, parvint, tint, retint, obtint, soutint
    ("vint", 4),
    ("tint", 4),
    // parut, apparut, disparut, courut, mourut, accourut, crut, accrut
    ("parut", 5),
    ("ourut", 6),
    ("crut", 4),
    // connut, reconnut; reçut, aperçut, conçut; vécut
    ("nnut", 6),
    ("çut", 4),
    ("écut", 5),
    // voulut, valut, fallut, résolut, conclut, exclut, plut, déplut, élut, relut
    ("ulut", 6),
    ("valut", 5),
    ("allut", 6),
    ("olut", 7),
    ("clut", 6),
    ("plut", 4),
    ("élut", 4),
    ("relut", 5),
];

/// Nouns, adjectives and participles that end like a simple past of
/// [`PAST_ENDINGS`], and the words that end like them (`l'esprit`).
const NOT_PAST_BY_ENDING: &[&str] = &["bandit", "pandit", "interdit", "transit", "granit", "châlit", "esprit", "prurit"];

/// The simple past of the first group with a stem of two letters (`ôta`,
/// `osa`, `usa`, `tua`), shorter than [`looks_finite`] tells by its ending.
fn is_short_past(w: &str) -> bool {
    matches!(w, "ôta" | "osa" | "usa" | "lia" | "nia" | "tua" | "sua" | "hua" | "pua")
}

/// True for a simple past of the third person singular told by its ending
/// (see [`PAST_ENDINGS`]), or a short one of the first group; `chars` is the
/// length of `w` in characters.
fn past_by_ending(w: &str, chars: usize) -> bool {
    if w.ends_with('a') {
        return chars == 3 && is_short_past(w);
    }
    PAST_ENDINGS.iter().any(|&(e, least)| chars >= least && w.ends_with(e)) && !NOT_PAST_BY_ENDING.iter().any(|x| w.ends_with(x))
}

fn is_initial_or_title(w: &str) -> bool {
    // (an initial, `J`, or an abbreviation, `Dr`; not an acronym, `RN`, `LR`)
    let mut c = w.chars();
    is_abbreviation(w)
        || match (c.next(), c.next(), c.next()) {
            (Some(a), Some(b), None) => a.is_uppercase() && b.is_lowercase(),
            _ => false,
        }
}

/// True for a word whose period is no sentence's end: an honorific (`M.`,
/// `Mme.`) or an initial (`J.`).
pub(crate) fn is_abbreviation(w: &str) -> bool {
    let mut c = w.chars();
    HONORIFICS.contains(&w) || matches!((c.next(), c.next()), (Some(a), None) if a.is_uppercase())
}

/// Words that open a leading adverbial (`À Tachkent,`, `Interrogé par la
/// presse,`, `Dans un communiqué,`): skipped before the subject.
const ADVERBIAL_STARTS: &[&str] = &[
    "à",
    "au",
    "aux",
    "en",
    "dans",
    "sur",
    "pour",
    "selon",
    "après",
    "avant",
    "depuis",
    "face",
    "malgré",
    "pendant",
    "par",
    "devant",
    "chez",
    "contre",
    "vers",
    "outre",
    "hier",
    "ce",
    "cette",
    "côté",
    "toujours",
    "de",
    "d",
    "lors",
    "dès",
    "ainsi",
    "enfin",
    "puis",
    "ensuite",
    "mais",
    "or",
    "et",
    "alors",
    "aujourd",
    "là",
    "ici",
    "cependant",
    "pourtant",
    "néanmoins",
    "toutefois",
    "désormais",
    "sollicité",
    "sollicitée",
    "interrogé",
    "interrogée",
    "interrogés",
    "joint",
    "jointe",
    "contacté",
    "contactée",
    "réagissant",
    "interpellé",
    "interpellée",
    "entendu",
    "entendue",
    "le",
    "la",
    "les",
];

/// Clitic pronouns and negation that stand between a subject and its verb
/// (`le maire m'a dit`, `il n'a`, `elle lui a répondu`).
const CLITICS: &[&str] = &["m", "t", "l", "s", "n", "ne", "lui", "leur", "nous", "vous", "se", "me", "te", "y", "en"];

/// Adverbs after a subject (`L'homme alors`, `Le vieux aussi`), left out of it.
const ADVERBS_AFTER_SUBJECT: &[&str] =
    &["alors", "aussi", "encore", "donc", "enfin", "ensuite", "puis", "aussitôt", "soudain", "surtout", "pourtant", "toutefois"];

/// The subject of a clause that runs from `start` to the verb at `verb`:
/// leading adverbials, relative clauses and descriptive appositions
/// (`, entendu comme témoin,`) are left out, as are trailing commas. `None`
/// when what is left does not look like a noun phrase.
/// A description or a participle set before the subject, up to its comma
/// (`Mis en cause, le ministre…`, `Ancienne patronne du FMI, Mme Lagarde…`):
/// no determiner, no given name and no name of several words first, and a
/// subject right after the comma (a determiner, an honorific or a capital).
/// True for a past participle in small letters by its ending (`mis`,
/// `adoptée`, `ouvert`), not one a present shares (`réagit`, `continue`, `oublie`).
fn absolute_participle(w: &str) -> bool {
    w.starts_with(char::is_lowercase)
        && w.chars().count() >= 3
        && ["é", "ée", "és", "ées", "is", "ise", "ises", "u", "us", "ert", "erte", "erts", "ertes"].iter().any(|e| w.ends_with(e))
        && !matches!(
            w,
            "plus"
                | "tous"
                | "sous"
                | "vous"
                | "nous"
                | "puis"
                | "depuis"
                | "jamais"
                | "mais"
                | "près"
                | "après"
                | "très"
                | "dès"
        )
}

fn detached_description(words: &Words<'_>, toks: &[Tok<'_>], seg_end: usize, verb: usize) -> bool {
    let [first, second, ..] = toks else { return false };
    let subject_next = || {
        words.window(seg_end + 1, verb, 1).first().is_some_and(|t| {
            t.word
                && (t.is(class::DETERMINER)
                    || t.text.starts_with(char::is_uppercase)
                    || super::resolve::is_prenominal(t.text)
                    // (`Ancienne aide-soignante, elle…`)
                    || is_third_person(t.text))
        })
    };
    // (a noun of person and its complement: `Riveraine de la rue des Lilas, X`,
    // `Habitante du quartier depuis trente ans, elle`)
    let of_person = || {
        first.text.starts_with(char::is_uppercase)
            && lower_is(second.text, &["de", "du", "des", "d"])
            && super::resolve::is_agent_word(&lower(first.text))
    };
    first.word
        && !first.is(class::DETERMINER)
        && !super::resolve::is_first_name(first.text)
        && !is_title_before_name(&lower(first.text))
        && second.word
        && second.text.starts_with(char::is_lowercase)
        && !second.is(class::DETERMINER)
        && (!lower_is(second.text, &["et", "ou", "de", "du", "des", "d", "aussi", "lui", "elle", "eux", "même"]) || of_person())
        && subject_next()
}

/// The subject pronoun just before the verb at `verb`, past the object
/// clitics between them (`je me`, `il lui`, `elle l'`), within `start..verb`,
/// opening its clause (after `que`, a comma or at `start`).
fn clitic_subject(words: &Words<'_>, start: usize, verb: usize) -> Option<Span> {
    let toks = words.window(super::ceil_boundary(words.text(), verb.saturating_sub(40)).max(start), verb, 24);
    // (the tokens read must reach the verb)
    if toks.last().is_none_or(|t| !words.text()[t.end..verb].chars().all(is_space)) {
        return None;
    }
    let mut j = toks.len();
    // (the clitics: `me`, `te`, `se`, `lui`, `leur`, `l'`, `m'`, `t'`, `s'`, `y`, `en`)
    while j > 0 {
        let t = &toks[j - 1];
        if matches!(t.text, "'" | "’")
            || lower_is(t.text, &["me", "m", "te", "t", "se", "s", "lui", "leur", "l", "le", "la", "les", "y", "en"])
        {
            j -= 1;
        } else {
            break;
        }
    }
    let p = toks.get(j.checked_sub(1)?)?;
    if !(p.word && lower_is(p.text, &["je", "j", "il", "elle", "ils", "elles"])) {
        return None;
    }
    // (the pronoun opens its clause)
    let opens = match j.checked_sub(2).map(|k| toks[k].text) {
        None => words.text()[start..p.start].chars().all(is_space),
        Some(before) => matches!(before, "," | ";" | ":") || lower_is(before, &["que", "qu", "et", "mais", "puis", "alors"]),
    };
    // (with its apostrophe: `j'`)
    let elided = words.text()[p.end..].chars().next().filter(|c| matches!(c, '\'' | '’')).map_or(0, char::len_utf8);
    (opens && p.start >= start).then(|| Span::new(p.start, p.end + elided))
}

pub(crate) fn subject_before(words: &Words<'_>, start: usize, verb: usize, lex: &Lexicon) -> Option<Span> {
    let p = subject_read_before(words, start, verb, lex)?;
    Some(voice_of(words, p, verb, lex).unwrap_or_else(|| without_stress(words.text(), p)))
}

/// The one a body speaks through, set off after it before the verb: `Le
/// parti, par la voix de son vice-président Yann Ferrand, a qualifié…`
/// gives `son vice-président Yann Ferrand`.
fn voice_of(words: &Words<'_>, body: Span, verb: usize, lex: &Lexicon) -> Option<Span> {
    let between = words.text().get(body.end..verb)?;
    let rest = between.trim_start_matches(is_space).strip_prefix(',')?.trim_start_matches(is_space);
    let after =
        ["par la voix de ", "par la voix d'", "par la voix d’", "par la voix du ", "par la bouche de ", "par la bouche du "]
            .iter()
            .find(|w| rest.starts_with(**w))?;
    let at = verb - rest.len() + after.len();
    let p = phrase_after(words, at, verb, lex)?;
    let closes = words.text()[p.end..verb].trim_start_matches(is_space).starts_with(',');
    closes.then_some(p)
}

/// [`subject_before`] before the voice a body speaks through is read.
fn subject_read_before(words: &Words<'_>, start: usize, verb: usize, lex: &Lexicon) -> Option<Span> {
    let text = words.text();
    // a subject pronoun right before the verb, past its clitics, is the
    // subject, whatever the clause before (`…de tels reproches que je me crus
    // obligée de me défendre :`)
    if let Some(p) = clitic_subject(words, start, verb) {
        return Some(p);
    }
    let mut s = start;
    // an insertion between dashes before the verb is no subject (`Les trois pays
    // – France, Italie, Espagne – ont dénoncé`): the subject ends before it
    let head = text[s..verb].trim_end_matches(is_space);
    let verb = match head.strip_suffix(['–', '—']).map(|h| (h, &head[h.len()..])) {
        Some((inner, mark)) if inner.ends_with(is_space) => {
            inner.rfind(mark).filter(|&k| inner[..k].ends_with(' ')).map_or(verb, |k| s + k)
        }
        _ => verb,
    };
    // a headline `Sujet : le président remercie…`: the subject follows the colon
    if let Some(k) = memchr::memrchr(b':', &text.as_bytes()[s..verb]) {
        s += k + 1;
    }
    // leading adverbial segments, up to a comma
    for _ in 0..4 {
        let Some(seg_end) = memchr::memchr(b',', &text.as_bytes()[s..verb]).map(|k| s + k) else { break };
        let toks = words.window(s, seg_end, 12);
        let Some(first) = toks.first() else { break };
        let article = matches!(&*lower(first.text), "le" | "la" | "les");
        // (an indefinite or demonstrative time: `Un jeudi,`, `Ce soir-là,`)
        let some_day = matches!(&*lower(first.text), "un" | "une" | "ce" | "cet" | "cette")
            && toks.get(1).is_some_and(|t| t.is(class::WEEKDAY) || is_time_noun(&lower(t.text)))
            && toks.len() <= 4;
        // `le 4 avril,`, `la semaine dernière,`: a date right after the article
        // (`La romancière de 52 ans,` is no date)
        let date_like = if article {
            // (`Le Soir,` in capitals is a newspaper)
            toks.get(1).is_some_and(|t| {
                t.text.chars().all(|c| c.is_ascii_digit())
                    || t.is(class::WEEKDAY)
                    || t.text.starts_with(char::is_lowercase) && is_time_noun(&lower(t.text))
            })
        } else {
            toks.iter().any(|t| t.text.chars().all(|c| c.is_ascii_digit()))
        };
        let capital = first.text.starts_with(char::is_uppercase);
        // `quatre jours après le départ,`, `deux ans plus tard,`: a span of time
        let time_span = || {
            toks.iter().any(|t| is_time_noun(&lower(t.text)))
                && toks.iter().any(|t| lower_is(t.text, &["après", "avant", "plus", "auparavant", "durant", "depuis"]))
        };
        // (not the anaphor `Ce dernier,` before a detached phrase)
        let latter = lower_is(first.text, &["ce", "cette"])
            && toks.get(1).is_some_and(|t| lower_is(t.text, &["dernier", "dernière"]))
            && toks.len() == 2;
        let place = opens_on_unaccented_a(first.text, toks.get(1).map_or("", |t| t.text));
        // (a degree before an adverb: `Un peu plus loin,`, `Un peu partout,`)
        let degree = lower_is(first.text, &["un"]) && toks.get(1).is_some_and(|t| t.text == "peu") && toks.len() <= 4;
        let is_adverbial = place
            || ((date_like || !article) && first.is(class::ADVERBIAL_START | class::WEEKDAY) && !latter)
            || some_day
            || degree
            || time_span()
            || (capital
                && toks.len() > 1
                && (first.text.ends_with('é') || first.text.ends_with("ée") || first.text.ends_with("ant")
                    // (other participles before their complement: `Vêtu d'un
                    // costume sombre,`, `Assise sur un banc,`, `Revenu de Lyon,`)
                    || ["u", "ue", "us", "is", "ise", "i", "ie", "it", "ite"].iter().any(|e| first.text.ends_with(e))
                        && toks.get(1).is_some_and(|n| lower_is(n.text, &["d", "de", "du", "des", "par", "sur", "dans", "en", "à", "au", "sous", "contre"])))
                // (a given name, not a participle: `André Calvet, éleveur,`)
                && !super::resolve::is_first_name(first.text))
            || capital && detached_description(words, &toks, seg_end, verb)
            // an absolute clause of a noun and its participle (`Le suspect mis en
            // examen,`, `La loi adoptée,`) before the subject
            || first.is(class::DETERMINER)
                && toks.len() <= 8
                && toks.get(1).is_some_and(|n| n.word && n.text.starts_with(char::is_lowercase) && !n.is_stop())
                && toks.get(2).is_some_and(|p| p.word && absolute_participle(p.text))
                // (a determiner next, not a name in apposition: `La vice-présidente
                // chargée des mobilités, Sidonie Vaudrey, …` is one subject)
                && words.window(seg_end + 1, verb, 1).first().is_some_and(|t| t.word && t.is(class::DETERMINER))
            // an absolute phrase of the body (`la voix basse,`, `Les yeux rougis,`)
            || article
                && toks.len() <= 4
                && toks.get(1).is_some_and(|n| super::resolve::is_bodily(&lower(n.text)))
                && toks.get(2).is_some_and(|a| a.word && a.text.starts_with(char::is_lowercase) && !a.is(class::D | class::DE | class::DU));
        if !is_adverbial {
            break;
        }
        // a connective opens the clause itself (`Et lui, troublé, répondit`)
        if super::is_connective(first.text) && toks.len() > 1 {
            s = toks[1].start;
            break;
        }
        s = seg_end + 1;
    }
    // a connective before the subject (`Puis il rendit…`, `Alors le maire…`)
    let mut toks = words.window(s, verb, 3);
    if let [first, next, ..] = &*toks {
        if super::is_connective(first.text) && next.word {
            s = next.start;
            toks = words.window(s, verb, 3);
        }
    }
    // an adverb of time or frequency before the subject, with no comma
    // (`Quelquefois ses parents l'appelaient`, `Soudain la porte…`)
    if let [first, next, ..] = &*toks {
        if next.word && next.is(class::DETERMINER) && is_sentence_adverb(&lower(first.text)) {
            s = next.start;
        }
        // (`Même Nikola Jokic a salué…`, `Même le ministre a jugé…`; not `Même
        // son de cloche`)
        let named = next.text.starts_with(char::is_uppercase) || next.is(class::DETERMINER) && next.text != "son";
        if first.text == "Même" && next.word && named {
            s = next.start;
        }
    }
    // (`de nouveau la voix du père crie`, `tout à coup la porte…`)
    for phrase in [
        "de nouveau ",
        "à nouveau ",
        "tout à coup ",
        "tout d'un coup ",
        "tout d’un coup ",
        "peu à peu ",
        "chaque fois ",
        "à chaque fois ",
        "cette fois ",
        "une fois de plus ",
        "une nouvelle fois ",
        "encore une fois ",
    ] {
        let head = &text[s..verb];
        if head.len() > phrase.len() && head.is_char_boundary(phrase.len()) && head[..phrase.len()].eq_ignore_ascii_case(phrase) {
            let rest = s + phrase.len();
            if words.window(rest, verb, 1).first().is_some_and(|t| t.is(class::DETERMINER)) {
                s = rest;
            }
        }
    }
    // clitics and negation before the verb belong to it
    let mut verb = verb;
    loop {
        let head = text[s..verb].trim_end_matches(is_space);
        let (head, elided) = match head.strip_suffix(['\'', '’']) {
            Some(h) => (h, true),
            None => (head, false),
        };
        let ws = head.char_indices().rev().find(|&(_, c)| !is_word_char(c)).map_or(0, |(k, c)| k + c.len_utf8());
        let w = &head[ws..];
        let clitic = class::of(w) & class::CLITIC != 0 && (elided || w.chars().count() > 1);
        // (the end of a hyphenated name is no clitic: `Lai Ching-te a dit`)
        let in_name = head[..ws].ends_with('-');
        if w.is_empty() || !clitic || in_name || ws == 0 && s == start && !elided && w.chars().count() <= 2 {
            break;
        }
        verb = s + ws;
    }
    // a fronted object taken up by its clitic before the verb: the subject is
    // between the comma and the clitic (`La sécheresse, elle la redoute`,
    // `Cette décision, le maire la conteste`); the verb is known here, where
    // [`fronted_object_subject`] must guess it from the words after the clitic
    {
        let head = text[s..verb].trim_end_matches(is_space);
        let clitic = ["la", "le", "les", "l'", "l’"].iter().find_map(|c| {
            let rest = head.strip_suffix(c)?;
            (rest.ends_with(' ') || c.ends_with(['\'', '’'])).then_some(rest)
        });
        if let Some(rest) = clitic {
            let rest = rest.trim_end_matches(is_space);
            // (the fronted object may have been skipped as a leading segment)
            let from = rest.rfind(',').map(|comma| s + comma + 1).or((s > start).then_some(s));
            if let Some(from) = from {
                let seg = crate::text::trim_span(text, from, s + rest.len());
                let words_in = text[seg.range()].split_whitespace().count();
                let subject = (1..=5).contains(&words_in)
                    && (is_third_person(&text[seg.range()])
                        || phrase_after(words, seg.start, seg.end, lex)
                            .is_some_and(|p| p == seg && !is_preposition_start(&text[seg.range()])));
                if subject {
                    return Some(seg);
                }
            }
        }
    }
    // a subject pronoun right before the verb is its subject (`…, devint plus
    // dur lorsqu'il ajouta`, `Puis il rendit`)
    {
        let head = text[s..verb].trim_end_matches(is_space);
        let ws = head.char_indices().rev().find(|&(_, c)| !is_word_char(c)).map_or(0, |(k, c)| k + c.len_utf8());
        let w = &head[ws..];
        // (not one a preposition governs: `L'une d'elles raconte`, `Chacun d'eux dit`)
        let before = head[..ws].trim_end_matches(is_space);
        let elided = before.strip_suffix(['\'', '’']);
        let governed = elided
            .unwrap_or(before)
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .is_some_and(|p| !p.is_empty() && is_governing(p) && (elided.is_none() || matches!(p, "d" | "D")));
        // (`on` after a comma too: `Du côté de la CGT, premier syndicat du pays,
        // on dénonce`)
        let on = w == "on" && before.ends_with(',');
        if (is_third_person(w) || on) && s + ws > start && !governed {
            return Some(Span::new(s + ws, s + head.len()));
        }
    }
    // cut at a relative clause or at an apposition in lower case (`Gérald
    // Martin, ministre de l'Intérieur,`): the subject is what comes before
    let seg = &text[s..verb];
    let mut e = verb;
    let bytes = seg.as_bytes();
    for k in memchr::memchr_iter(b',', bytes) {
        let rest = seg[k + 1..].trim_start_matches(is_space);
        let next_word: &str = &rest[..rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())];
        let lowercase =
            next_word.starts_with(char::is_lowercase) && !is_determiner(next_word) && !HONORIFICS.contains(&next_word);
        let relative = lower_is(next_word, &["qui", "que", "dont", "lequel", "laquelle", "où"]);
        // a description in apposition with no name in it (`Sa mère, l'orgueilleuse
        // dame,`, `La vieille femme, le teint clair,`)
        let counted =
            lower_is(next_word, &["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "tous", "toutes"]);
        // (a name up to the next comma, not in a complement, makes it one that
        // names: `Son rival, l'ancien adjoint aux sports Paul Roy,`)
        let description = (is_determiner(next_word) || counted) && {
            let apposition = &rest[..rest.find(',').unwrap_or(rest.len())];
            let words: Vec<&str> = apposition.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).take(7).collect();
            let named = words.iter().skip(1).take(3).any(|w| w.starts_with(char::is_uppercase))
                || words.windows(2).any(|w| {
                    w[1].starts_with(char::is_uppercase)
                        && w[0].starts_with(char::is_lowercase)
                        && !lower_is(w[0], &["de", "du", "des", "d"])
                });
            // (`, deux Allemands graves,`: a number describes, whatever follows)
            k > 0 && (counted || !named)
        };
        // (a relay's or a holder's cue between commas: `Le docteur, d'après Mme X,`)
        let relayed = || lower_is(next_word, &["d", "selon"]) && crate::cue::prepositional_cue(rest).is_some();
        if (lowercase || relative || description || relayed()) && !next_word.is_empty() && k + 1 < bytes.len() {
            e = e.min(s + k);
            break;
        }
    }
    let span = crate::text::trim_span(text, s, e);
    let mut trimmed = text[span.range()].trim_end_matches([',', ' ', '"']);
    // an emphatic pronoun after the subject: `Le ministre, lui,`
    for emphatic in [", quant à lui", ", quant à elle", ", quant à eux", ", quant à elles", ", lui", ", elle", ", eux", ", elles"]
    {
        if let Some(t) = trimmed.strip_suffix(emphatic) {
            trimmed = t;
            break;
        }
    }
    // an adverb after the subject (`L'homme alors`, `Le vieux aussi`)
    for _ in 0..2 {
        let t = trimmed.trim_end_matches(is_space);
        let ws = t.rfind(|c: char| !is_word_char(c)).map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
        if ws > 0 && class::of(&t[ws..]) & class::ADVERB_AFTER_SUBJECT != 0 {
            trimmed = t[..ws].trim_end_matches([',', ' ']);
        }
    }
    let mut span = Span::new(span.start, span.start + trimmed.len());
    if span.is_empty() {
        return None;
    }
    let mut toks = words.window(span.start, span.end, 30);
    // a participle of an auxiliary opens a clause that describes the subject
    // (`Un diplomate ayant requis l'anonymat a dit`): the subject ends before it
    if let Some(p) = toks.iter().skip(1).position(|t| matches!(t.text, "ayant" | "étant")) {
        span = crate::text::trim_span(text, span.start, toks[p + 1].start);
        toks = words.window(span.start, span.end, 30);
    }
    let first = toks.first()?;
    // (a title with its body's full name, an acronym and a name is long: `Le
    // directeur général de l'Agence internationale de l'énergie atomique (AIEA),
    // Rafael Grossi,`)
    let long_title = toks.len() <= 24 && first.text.starts_with(char::is_uppercase) && toks.iter().any(|t| t.text == "(");
    if toks.len() > 16 && !long_title || !first.word || toks.iter().any(|t| matches!(t.text, "«" | "»" | "“" | "”")) {
        return None;
    }
    // an adverbial with no comma before the subject (`Tout à coup elle`,
    // `Lorsqu'il`, `Le neuvième jour elle`): the subject pronoun after it
    let pronoun = toks.iter().enumerate().skip(1).rev().find(|(k, _)| is_free_subject_pronoun(&toks, *k));
    if let Some((_, p)) = pronoun {
        return Some(Span::new(p.start, p.end));
    }
    // (or else) a narrator in the first person (`J'eus un sursaut :`, `Je me levai :`)
    if toks.len() > 1 && toks[1].word && lower_is(first.text, &["je", "nous"]) {
        return Some(Span::new(first.start, first.end));
    }
    if lower_is(first.text, &["j"]) && toks.get(1).is_some_and(|t| matches!(t.text, "'" | "’")) {
        return Some(Span::new(first.start, toks[1].end));
    }
    // a capital that opens no name (`Brusquement`, `Maintenant`, `Avec une
    // faux`) is no subject
    if first.text.starts_with(char::is_uppercase)
        && !starts_name_tok(first)
        && !first.is(class::DETERMINER | class::PRONOUN)
        && !HONORIFICS.contains(&first.text)
        && !is_quantity_start(&toks)
        && !lower_is(first.text, GROUP_PRONOUNS)
        && !(lower_is(first.text, &["tout"])
            && toks.get(1).is_some_and(|t| t.text == "le")
            && toks.get(2).is_some_and(|t| t.text == "monde"))
    {
        return None;
    }
    // a title of kinship or address before a name (`oncle Mathurin`, `père Lumière`)
    let titled =
        first.is(class::TITLE_BEFORE_NAME) && toks.get(1).is_some_and(|n| n.word && n.text.starts_with(char::is_uppercase));
    let ok = first.text.starts_with(char::is_uppercase)
        || titled
        || first.is(class::DETERMINER | class::PRONOUN)
        || lower_is(first.text, &["ce", "celui", "celle", "ceux", "tout", "personne"])
        || lower_is(first.text, GROUP_PRONOUNS)
        || is_counted_people(&toks);
    // a subject does not hold a conjugated reporting verb
    // (`en poste` is a locution: `Un diplomate en poste à Pékin`)
    let has_verb = toks.iter().enumerate().skip(1).any(|(k, t)| {
        t.word
            && !t.text.starts_with(char::is_uppercase)
            && is_finite(lex, t.text)
            && !is_noun_like(&toks, t)
            && !(t.text == "poste" && toks[k - 1].text == "en")
    });
    // nor the marks of a clause: a clitic pronoun (`lui échappa`, `s'en mêlait`),
    // a verb in the imperfect or the past (`étaient`, `guettèrent`), words after
    // a pronoun subject
    // (in lower case: `Me` before a name is an honorific)
    // a relative clause with no comma (`Oncle Jules qui avait tenu à venir`), a
    // participle and its complement (`Mon père agacé par mon insistance`), a
    // verb coordinated with the cue (`un passant s'arrête et dit`)
    let clause_like = toks.iter().enumerate().skip(1).any(|(k, t)| {
        // (`leur` after `et` is a determiner: `Les habitants et leur avocat`; `en`
        // a trade's field: `Le chercheur en épidémiologie Pierre Martin`)
        let determiner = t.text == "leur" && toks[k - 1].text == "et";
        // (or the field ends the subject: `Le metteur en scène décrit`; nor the
        // locution `en poste`, not `en` and `poster`: `Un diplomate en poste à Rome`)
        let trade = t.text == "en"
            && is_trade(toks[k - 1].text)
            && toks.get(k + 2).is_none_or(|n| n.text.starts_with(char::is_uppercase))
            || t.text == "en" && toks.get(k + 1).is_some_and(|n| matches!(n.text, "chef" | "charge" | "poste"))
            || t.text == "poste" && toks[k - 1].text == "en"
            // (`Le mis en examen déclare`)
            || court_noun_at(&toks, k);
        t.word
            && !determiner
            && !trade
            && (matches!(
                t.text,
                "lui" | "leur" | "se" | "s" | "me" | "m" | "te" | "ne" | "n" | "y" | "en" | "qui" | "dont"
                    // (an auxiliary: `Le ministre a rencontré le maire`)
                    | "a" | "ont" | "avait" | "avaient" | "est" | "sont" | "était" | "étaient"
            ) || looks_finite(t.text)
                || (k + 1 < toks.len() && is_participle_with_complement(t.text, toks[k + 1].text)))
    }) || (first.is(class::PRONOUN) && toks.len() > 1)
        || toks.last().is_some_and(|t| matches!(t.text, "et" | "puis" | "mais"));
    // `Celui qui était agenouillé reprit`: the relative defines the demonstrative
    if lower_is(first.text, &["celui", "celle", "ceux", "celles"])
        && toks.get(1).is_some_and(|t| lower_is(t.text, &["qui", "que", "dont"]))
    {
        // (up to the main verb, after the relative's own: `Celui qui avait
        // interpellé la maraîchère | s'allongea`)
        let main = toks.iter().skip(4).find(|t| {
            t.word && (matches!(t.text, "s" | "se" | "lui" | "leur" | "me" | "m" | "te" | "ne" | "n") || looks_finite(t.text))
        });
        let end = main.map_or(span.end, |t| crate::text::trim_span(text, span.start, t.start).end);
        return Some(Span::new(span.start, end));
    }
    // `un passant s'arrête devant la grille et dit`: the subject is the phrase
    // before the first verb, a word in lower case
    if ok && !has_verb && toks.len() >= 3 && toks.last().is_some_and(|t| matches!(t.text, "et" | "puis" | "mais")) {
        let conj = toks[toks.len() - 1].start;
        let verb_next = |p: &Span| {
            toks.iter()
                .find(|t| t.start >= p.end)
                .is_some_and(|t| t.start < conj && t.word && t.text.starts_with(char::is_lowercase))
        };
        // (a verb unknown to the lexicon, `un passant apparaît et dit`: the
        // word before the conjunction)
        let before_last = crate::text::trim_span(text, span.start, toks[toks.len() - 2].start).end;
        return phrase_after(words, span.start, conj, lex)
            .filter(verb_next)
            .or_else(|| phrase_after(words, span.start, before_last, lex).filter(|p| p.end == before_last));
    }
    if ok && clause_like {
        // (a description with its relative or participle, then the name in
        // apposition: `L'ingénieur qui a signé les plans, Olivier Tessier,`
        // is named by the name)
        let whole = &text[span.range()];
        if let Some((head, name)) = whole.rsplit_once(", ") {
            let ws: Vec<&str> = name.split(' ').collect();
            let named = (1..=4).contains(&ws.len())
                && ws.iter().all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
                && toks.iter().find(|t| t.start == span.start + head.len() + 2).is_some_and(starts_name_tok);
            if named && head.contains(' ') {
                return Some(Span::new(span.end - name.len(), span.end));
            }
        }
    }
    if ok && clause_like && !has_verb {
        // keep the noun phrase that opens the clause (`Pécuchet` in `Pécuchet ne put s'empêcher`)
        return phrase_after(words, span.start, span.end, lex).filter(|p| p.end < span.end);
    }
    // `Une version que l'avocate générale, X, a qualifiée de…`: the subject of
    // the relative clause, after its `que`
    let words_of = &text[span.range()];
    let relative = [" que ", " qu'", " qu’"].iter().filter_map(|r| words_of.rfind(r).map(|k| (k, k + r.len()))).max();
    // (but a relative whose subject follows its verb is the subject's own
    // complement: `Le risque que représente le virus «reste faible»` is `Le
    // risque`'s)
    let inverted = relative.is_some_and(|(_, k)| {
        let next = &words_of[k..];
        let w = &next[..next.find(|c: char| !is_word_char(c)).unwrap_or(next.len())];
        w.starts_with(char::is_lowercase)
            && !is_determiner(w)
            && !is_third_person(w)
            && !lower_is(w, &["on", "je", "nous", "vous", "tu"])
    });
    let span = match relative {
        Some((q, _)) if inverted => crate::text::trim_span(text, span.start, span.start + q),
        Some((_, k)) => crate::text::trim_span(text, span.start + k, span.end),
        None => span,
    };
    (ok && !has_verb && !span.is_empty()).then_some(span)
}

/// True for an adverb of time or manner that may open a sentence before its
/// subject (`Quelquefois ses parents…`, `Soudain la porte…`, `Brusquement,`),
/// `word` in lower case.
pub(crate) fn is_sentence_adverb(word: &str) -> bool {
    matches!(
        word,
        "quelquefois"
            | "parfois"
            | "souvent"
            | "soudain"
            | "aussitôt"
            | "bientôt"
            | "déjà"
            | "tantôt"
            | "maintenant"
            | "longtemps"
            | "ensemble"
    ) || (word.chars().count() > 6 && word.ends_with("ment"))
}

/// True for a past participle followed by its complement after a noun
/// (`agacé par`, `placée entre`, `assis sur`), not a noun (`délégué`).
fn is_participle_with_complement(word: &str, next: &str) -> bool {
    // (the cheapest test first)
    let complement = matches!(next, "par" | "entre" | "sur" | "dans" | "contre" | "vers" | "près" | "devant" | "derrière");
    // (or the place where the reporter met the speaker, after `à`: `une mère
    // croisée au pied d'une tour`, `un habitant rencontré à la sortie`; not
    // where the speaker is, `une société basée à Douala`)
    let place = matches!(next, "au" | "aux" | "à")
        && ["croisé", "rencontré", "interrogé", "interviewé", "abordé", "questionné", "sondé"]
            .iter()
            .any(|m| word.starts_with(m));
    // (`cité par`, `joint par` are as short as a participle gets)
    (complement || place)
        && word.chars().count() > 3
        && word.starts_with(char::is_lowercase)
        && (["é", "ée", "és", "ées", "is", "ise"].iter().any(|e| word.ends_with(e))
            || matches!(word, "joint" | "jointe" | "joints" | "jointes"))
}

/// Words written without an article before a name in narration (`oncle
/// Mathurin`, `tante Rude`, `père Lumière`, `maître Cornille`).
const TITLES_BEFORE_NAMES: &[&str] = &[
    "oncle",
    "tante",
    "père",
    "mère",
    "maître",
    "frère",
    "sœur",
    "cousin",
    "cousine",
    "grand-père",
    "grand-mère",
    // (`la veuve Lhermitte`, `Mme veuve Roux`)
    "veuve",
    "madame",
    "monsieur",
    "mademoiselle",
    "don",
    "dom",
    "saint",
    "sainte",
    // forms of address that name a person with the name (`l'abbé Bernard`,
    // `le docteur Siméon`)
    "abbé",
    "curé",
    "docteur",
    // (English titles, in small letters inside a French sentence: `fit sir
    // Francis`, `dit lady Helena`)
    "sir",
    "lord",
    "lady",
    // (old French titles of the tales and novels of chivalry: `dame Isolde`,
    // `messire Gauvain`)
    "dame",
    "messire",
    "milord",
    "milady",
    "mistress",
    "miss",
];

/// What journalists call the staff of another medium (`nos confrères de X`).
pub(crate) const COLLEAGUES: &[&str] = &["confrères", "consœurs", "collègues"];

/// The heads of unnamed sources that a place or a body may follow (`une
/// source à Bercy`, `un diplomate au Conseil`).
const UNNAMED_SOURCES: &[&str] =
    &["source", "sources", "conseiller", "conseillère", "proche", "proches", "responsable", "cadre", "diplomate", "diplomates"];

/// The seats of power an unnamed source sits in, in small letters (`une source
/// au ministère des Armées`, `un conseiller au sein du gouvernement`).
const SEATS: &[&str] =
    &["ministère", "gouvernement", "sein", "cabinet", "parquet", "présidence", "préfecture", "mairie", "siège", "secrétariat"];

/// The fields of ministers and commissioners, written with a capital after
/// `à`, `au`, `aux` (`le commissaire au Commerce`, `la ministre déléguée à la
/// Culture`), in lower case: a medium after `à` is none of them.
const PORTFOLIOS: &[&str] = &[
    "action",
    "affaires",
    "agriculture",
    "armées",
    "artisanat",
    "autonomie",
    "biodiversité",
    "budget",
    "climat",
    "cohésion",
    "collectivités",
    "commerce",
    "communication",
    "concurrence",
    "consommation",
    "coopération",
    "culture",
    "défense",
    "démocratie",
    "développement",
    "écologie",
    "économie",
    "éducation",
    "égalité",
    "élargissement",
    "emploi",
    "énergie",
    "enfance",
    "enseignement",
    "environnement",
    "europe",
    "famille",
    "finances",
    "francophonie",
    "handicap",
    "immigration",
    "industrie",
    "innovation",
    "intégration",
    "intérieur",
    "jeunesse",
    "justice",
    "logement",
    "mer",
    "mémoire",
    "numérique",
    "outre-mer",
    "partenariats",
    "patrimoine",
    "pêche",
    "recherche",
    "ruralité",
    "santé",
    "sécurité",
    "solidarités",
    "sport",
    "sports",
    "tourisme",
    "transition",
    "transports",
    "travail",
    "ville",
    "voisinage",
];

/// Offices whose field follows `à` (`l'adjoint aux sports`).
const OFFICES: &[&str] = &[
    "adjoint",
    "adjointe",
    "adjoints",
    "délégué",
    "déléguée",
    "délégués",
    "conseiller",
    "conseillère",
    "conseillers",
    "commissaire",
    "commissaires",
    "haut-commissaire",
    "haute-commissaire",
    "secrétaire",
    // (`le candidat à la mairie`)
    "candidat",
    "candidate",
    "candidats",
];

/// True when token `k` of `toks` is the `d` of `d'` before a determiner
/// (`d'un patient`, `d'une actrice`): a preposition, the phrase opening at the
/// determiner after it.
pub(crate) fn de_before_determiner(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].is(class::D)
        && toks.get(k + 1).is_some_and(|a| matches!(a.text, "'" | "’"))
        && toks.get(k + 2).is_some_and(|n| n.is(class::DETERMINER) && !n.is(class::D))
}

/// The last noun phrase that ends near `end` (the antecedent of `, qui` in
/// `salué par l'Agence spatiale européenne (ESA), qui parle d'une «…»`).
pub(crate) fn last_phrase_before(words: &Words<'_>, start: usize, end: usize, lex: &Lexicon) -> Option<Span> {
    let text = words.text();
    let toks = words.window(start, end, 40);
    let mut best = None;
    for (j, t) in toks.iter().enumerate() {
        // `à` and the article in one word: the noun after it (`présenta son ami
        // au curé, qui lui dit`)
        if t.is(class::AU | class::AUX) {
            let ph = toks.get(j + 1).filter(|n| n.word).and_then(|n| phrase_after(words, n.start, end, lex));
            if let Some(ph) = ph.filter(|ph| text[ph.end..end].trim_matches(|c: char| is_space(c) || c == ',').is_empty()) {
                best = Some(ph);
                break;
            }
            // (a bare noun, which no phrase opens: `au curé`)
            if let Some(n) = toks.get(j + 1).filter(|n| n.word && toks[j + 1..].iter().all(|t| t.word || t.text == ",")) {
                let e = text[..end].trim_end_matches(|c: char| is_space(c) || c == ',').len();
                if e > n.start {
                    best = Some(Span::new(n.start, e));
                    break;
                }
            }
            continue;
        }
        // (`d'un patient`: the phrase opens at its own determiner)
        if de_before_determiner(&toks, j) {
            continue;
        }
        // (a demonstrative opens a phrase: `regardait cet enfant qui lui disait`)
        let demonstrative = lower_is(t.text, &["ce", "cet", "cette", "ces"]);
        if !t.word || !(t.text.starts_with(char::is_uppercase) || t.is(class::DETERMINER)) || t.is_stop() && !demonstrative {
            continue;
        }
        let attached = j > 0
            && {
                let p = toks[j - 1];
                p.word
                && !lower_is(p.text, &["par", "à", "pour", "avec", "selon", "que", "et"])
                // (nor after an adverb: `Il y avait là le notaire, selon qui`)
                && !lower_is(p.text, &["là", "ici", "aussi", "alors", "encore", "déjà", "enfin", "surtout"])
                // (nor after a day: `a annoncé jeudi l'Insee, qui`)
                && !p.is(class::WEEKDAY)
                && !lower_is(p.text, &["hier", "soir", "matin"])
                && lex.lookup(p.text).is_none()
                && !looks_finite(p.text)
                // (nor after a subject pronoun, whose verb it is: `je vis le gros
                // homme qui`, `j'entendis le maire qui`)
                && !(j >= 2 && (toks[j - 2].is(class::PRONOUN) || matches!(toks[j - 2].text, "'" | "’") && j >= 3 && lower_is(toks[j - 3].text, &["j"])))
                // (the object of a participle: `a rencontré le maire, qui`, `ont
                // secouru une randonneuse, qui`, `a rejoint le maire, qui`)
                && !(p.text.ends_with('é') || p.text.ends_with("ée") || lower_is(p.text, &["vu", "vue", "reçu", "reçue"]))
                // (nor of an infinitive: `alla voir le curé, qui`, `vint chercher le
                // notaire, qui`)
                && !(p.text.starts_with(char::is_lowercase)
                    && p.text.chars().count() > 3
                    && ["er", "ir", "oir", "dre", "tre"].iter().any(|e| p.text.ends_with(e)))
                && !(j >= 2 && toks[j - 2].word && lower_is(toks[j - 2].text, &["a", "ont", "avait", "avaient", "eut", "aura"]))
                // (after `d'`, a phrase of its own: `au bruit d'une voix, qui disait`)
                || matches!(p.text, "'" | "’") && !(j >= 2 && toks[j - 2].is(class::D) && t.is(class::DETERMINER))
            }
            // (but `de` right after a verb opens its object: `Que dire de la
            // présidente, qui`, `Parlons du maire, qui`)
            && !(j >= 2
                && toks[j - 1].is(class::DE | class::DU | class::D)
                && toks[j - 2].word
                && toks[j - 2].text.starts_with(char::is_lowercase)
                && (looks_finite(toks[j - 2].text) || lex.lookup(toks[j - 2].text).is_some()));
        if attached {
            continue;
        }
        if let Some(ph) = phrase_after(words, t.start, end, lex) {
            let rest = text[ph.end..end].trim_matches(|c: char| is_space(c) || c == ',');
            // (or an adjective graded by an adverb after it: `un homme très
            // agressif, qui`)
            let graded = || {
                let ws: Vec<&str> = rest.split(is_space).filter(|w| !w.is_empty()).collect();
                matches!(ws.len(), 2 | 3)
                    && lower_is(ws[0], &["très", "si", "trop", "plutôt", "fort", "assez", "particulièrement"])
                    && ws[1..]
                        .iter()
                        .all(|w| w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic) && !looks_finite(w))
            };
            // (or one adjective or participle after it: `un client énervé, qui`,
            // `une randonneuse épuisée, qui`; not a time, `le maire hier, qui`)
            let adjective = || {
                let after = words.window(ph.end, end, 2);
                matches!(&*after, [a] if a.word
                    && a.text.chars().count() > 3
                    && a.text.chars().all(|c| c.is_lowercase())
                    && !a.is_stop()
                    && !a.is(class::ADVERBIAL_START)
                    && !looks_finite(a.text)
                    && !is_finite(lex, a.text)
                    && !a.text.ends_with("ment"))
            };
            if rest.is_empty() || graded() || adjective() {
                best = Some(ph);
                break;
            }
            // (a body named with its cause, `la Ligue contre le cancer, qui`,
            // `l'Association pour la sauvegarde du littoral, qui`: the whole name)
            let cause =
                t.text.starts_with(char::is_uppercase) || toks.get(j + 1).is_some_and(|n| n.text.starts_with(char::is_uppercase));
            if cause && ["contre ", "pour "].iter().any(|p| rest.starts_with(p)) && name_of_cause(rest) {
                let rest_end = rest.as_ptr() as usize - text.as_ptr() as usize + rest.len();
                best = Some(Span::new(ph.start, rest_end));
                break;
            }
        }
    }
    best
}

/// True when `rest` (after `contre ` or `pour `) reads as the cause in a
/// body's name: an article, then at most six words in small letters and
/// their articles, none a verb (`contre le cancer`, `pour la protection des
/// oiseaux`; not `pour la première fois`).
fn name_of_cause(rest: &str) -> bool {
    let mut words = rest.split([' ', '\'', '’']).skip(1).filter(|w| !w.is_empty());
    let Some(article) = words.next() else { return false };
    if !matches!(article, "le" | "la" | "les" | "l" | "un" | "une") {
        return false;
    }
    let rest_words: Vec<&str> = words.collect();
    rest_words.len() <= 6
        && rest_words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-') && !looks_finite(w))
        && !rest_words.iter().any(|w| matches!(*w, "première" | "premier" | "dernière" | "fois" | "instant" | "moment" | "part"))
}

/// A lexicon form used as a noun after a determiner (`la juge`, `une note`).
fn is_noun_like(toks: &[Tok<'_>], t: &Tok<'_>) -> bool {
    let k = toks.iter().position(|x| x.start == t.start).unwrap_or(0);
    k > 0 && (toks[k - 1].is(class::DETERMINER) || is_apostrophe(toks[k - 1].text.chars().next().unwrap_or(' ')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(s: &str) -> Option<&str> {
        phrase_after(&Words::new(s), 0, s.len(), Lexicon::builtin()).map(|sp| &s[sp.range()])
    }

    #[test]
    fn an_inverted_subject_leaves_the_manner_of_the_voice_out() {
        let subject =
            |s: &str| inverted_subject(&Words::new(s), 0, s.len(), Lexicon::builtin()).map(|(p, _)| s[p.range()].to_string());
        assert_eq!(subject(" le meunier de toutes ses forces.").as_deref(), Some("le meunier"));
        assert_eq!(subject(" la reine de toute sa voix.").as_deref(), Some("la reine"));
        assert_eq!(subject(" le vieux de sa voix cassée.").as_deref(), Some("le vieux"));
        // (a complement with a possessive that is no manner stays)
        assert_eq!(subject(" le fils de sa sœur.").as_deref(), Some("le fils de sa sœur"));
    }

    #[test]
    fn a_possessive_is_a_noun_after_an_article_only() {
        let class_of = |s: &str, word: &str| {
            let toks = tokens(s, 0, s.len(), 99);
            toks.iter().find(|t| t.text == word).map(|t| t.is(class::DETERMINER))
        };
        assert_eq!(class_of("Il baissa le son.", "son"), Some(false));
        assert_eq!(class_of("Elle garde ce ton.", "ton"), Some(false));
        // (a verb that ends like an article is no article: `martèle sa`)
        assert_eq!(class_of("«Non», martèle sa présidente.", "sa"), Some(true));
        assert_eq!(class_of("«Non», révèle son avocat.", "son"), Some(true));
        assert_eq!(class_of("«Non», appelle sa mère.", "sa"), Some(true));
    }

    #[test]
    fn windows_read_as_tokens_do() {
        // words cut by the window, hyphens, decomposed accents, spaces of every
        // kind, and chunks: a window is always what `tokens` reads there
        let unit = "Le porte-parole du Kremlin, Dmitri Peskov, a re\u{301}pondu\u{a0}: «\u{202f}Non\u{202f}» — dit-il. \
                    Jean-Luc\tvint-trois fois-ci… 42 ans\n\nÉté\r\n\u{c}x\u{b}y";
        let text = unit.repeat(12);
        let words = Words::new(&text);
        // each token knows its lists as a lookup of its text would
        for t in tokens(&text, 0, text.len(), usize::MAX) {
            assert_eq!(t.class, class::of(t.text), "{t:?}");
        }
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for (n, &from) in bounds.iter().enumerate().step_by(5) {
            for &to in bounds[n..].iter().step_by(11).take(100) {
                for max in [3, 40, usize::MAX] {
                    assert_eq!(&*words.window(from, to, max), &tokens(&text, from, to, max)[..], "{from}..{to} max {max}");
                }
            }
        }
    }

    #[test]
    fn tokens_read_by_bytes_as_by_characters() {
        // the tokens by their definition: words of word characters joined by
        // hyphens, and every other character but spaces
        fn by_chars(text: &str) -> Vec<Tok<'_>> {
            let word_at = |i: usize| text[i..].chars().next().filter(|&c| is_word_char(c)).map(char::len_utf8);
            let (mut out, mut i) = (Vec::new(), 0);
            while let Some(c) = text[i..].chars().next() {
                let Some(l) = word_at(i) else {
                    if !is_space(c) {
                        out.push(Tok::punct(text, i, i + c.len_utf8()));
                    }
                    i += c.len_utf8();
                    continue;
                };
                let start = i;
                i += l;
                while i < text.len() {
                    if let Some(l) = word_at(i) {
                        i += l;
                    } else if text.as_bytes()[i] == b'-' && word_at(i + 1).is_some() {
                        i += 1;
                    } else if let Some(l) = name_apostrophe(text.as_bytes(), start, i, text.len()) {
                        // (the apostrophes inside names, `O'Brien`, `Prud'homme`)
                        i += l;
                    } else {
                        break;
                    }
                }
                out.push(Tok::word(text, start, i, false, false));
            }
            out
        }
        for c in '\0'..='\u{3000}' {
            let text = format!("a{c}b {c}-{c}é {c}{c} x-{c} Ü{c}\t{c}");
            assert_eq!(tokens(&text, 0, text.len(), usize::MAX), by_chars(&text), "{c:?}");
            // long words, read eight bytes at a time, cut at every place
            for k in [0, 1, 5, 7, 8, 9, 15, 16, 17] {
                let text = format!("{}{c}{}-Zé {c}", &"Abcdefghijklmnopq0123456789"[..k], "xyzXYZ019azAZ09azazQ");
                assert_eq!(tokens(&text, 0, text.len(), usize::MAX), by_chars(&text), "{c:?} {k}");
            }
        }
        let text = "Porte-parole0123456789 anticonstitutionnellement, «\u{a0}ABCDEFGHIJKLMNOPQRSTUVWXYZ\u{a0}»";
        for to in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(tokens(text, 0, to, usize::MAX), by_chars(&text[..to]), "{to}");
        }
        // the bytes of a word, eight at a time, as one by one
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut w = *b"aZ09zA9q";
                w[k] = b;
                let want: u64 = (0..8).filter(|&j| !w[j].is_ascii_alphanumeric()).map(|j| 0x80 << (8 * j)).sum();
                assert_eq!(not_alnum(u64::from_le_bytes(w)), want, "{w:?}");
            }
        }
    }

    #[test]
    fn names_started_as_by_the_lowered_word() {
        // the shape read in place (ASCII) as on the word lowered
        let by_lower = |w: &str| {
            let l = w.to_lowercase();
            let listed = class::of(w) & (class::NOT_NAME | class::STOP | class::WEEKDAY | class::ADVERBIAL_START) != 0;
            !(listed
                || is_roman_numeral(w)
                || shaped_as_no_name(l.chars().count(), l.contains('-'), |e| l.ends_with(e), |x| l == x))
        };
        for w in [
            "Macron",
            "Entendez-VOUS",
            "Dites-moi",
            "Rapidement",
            "BRUSQUEMENT",
            "Incapable",
            "Terrible",
            "ENSEMBLE",
            "Assis",
            "Debout",
            "Inquiète",
            "Considérée",
            "Présidant",
            "Tenant",
            "Ainsi",
            "XIV",
            "Jean-Luc",
            "Ment",
            "Able",
            "ASSISE",
            "Lionel",
        ] {
            assert_eq!(starts_name(w), by_lower(w), "{w}");
        }
    }

    #[test]
    fn phrases_after_a_cue() {
        let cases = [
            ("le porte-parole du Kremlin, Dmitri Peskov, lors d'un point", Some("le porte-parole du Kremlin, Dmitri Peskov")),
            ("l'analyste Kamila Iskandarova, chercheuse au centre", Some("l'analyste Kamila Iskandarova")),
            ("un haut fonctionnaire ouzbek sous couvert d'anonymat", Some("un haut fonctionnaire ouzbek")),
            ("la présidence russe.", Some("la présidence russe")),
            ("Mme Sophie Lenoir, maire", Some("Mme Sophie Lenoir")),
            ("M. J.-L. Marin devant la presse", Some("M. J.-L. Marin")),
            ("Ursula von der Leyen à Bruxelles", Some("Ursula von der Leyen")),
            ("le ministère ouzbek de l'Énergie dans un communiqué", Some("le ministère ouzbek de l'Énergie")),
            ("la juge Claire Aubertin", Some("la juge Claire Aubertin")),
            ("il.", Some("il")),
            ("vite et bien", None),
            // (a verb of motion or before an infinitive ends the subject; not a noun after `du`)
            ("La sage-femme entre dans la chambre", Some("La sage-femme")),
            ("Le facteur arrive de la poste", Some("Le facteur")),
            ("Le médecin sort de la salle", Some("Le médecin")),
            ("Le ministre entend trouver des économies", Some("Le ministre")),
            ("la femme du boulanger.", Some("la femme du boulanger")),
            ("Le ministre lui-même a parlé", Some("Le ministre")),
        ];
        for (input, want) in cases {
            assert_eq!(after(input), want, "{input}");
        }
    }

    #[test]
    fn subjects_before_a_verb() {
        let lex = Lexicon::builtin();
        let cases = [
            (
                "Interrogé par la presse, le porte-parole du Kremlin, Dmitri Peskov, ",
                Some("le porte-parole du Kremlin, Dmitri Peskov"),
            ),
            ("À Tachkent, le ministère de l'Énergie ", Some("le ministère de l'Énergie")),
            ("Tous deux ", Some("Tous deux")),
            ("Le maire, quant à lui, ", Some("Le maire")),
            ("La sécheresse, elle la ", Some("elle")),
            ("Cette décision, le maire la ", Some("le maire")),
            ("Toutes ", Some("Toutes")),
            ("Le Kremlin, qui n'a pas donné de détails, ", Some("Le Kremlin")),
            ("Dans une longue intervention, il ", Some("il")),
            (
                "Le président (divers droite) du conseil régional, Amaury Lhomond, ",
                Some("Le président (divers droite) du conseil régional, Amaury Lhomond"),
            ),
            ("Le commandant David Pelletier, du SPVQ, ", Some("Le commandant David Pelletier, du SPVQ")),
            ("Gérald Martin, ministre de l'Intérieur, ", Some("Gérald Martin")),
            (
                "La vice-présidente chargée des mobilités, Sidonie Vaudrey, ",
                Some("La vice-présidente chargée des mobilités, Sidonie Vaudrey"),
            ),
            ("Rabuteau, le nez dans ses paperasses, ", Some("Rabuteau")),
            ("Rabuteau, le chef de bureau, ", Some("Rabuteau")),
            ("Rabuteau, la tête basse, ", Some("Rabuteau")),
            ("Le ministre lui-même ", Some("Le ministre")),
            // (a body that speaks through someone: that one)
            ("Le parti, par la voix de son président Yann Roux, ", Some("son président Yann Roux")),
        ];
        for (input, want) in cases {
            let got = subject_before(&Words::new(input), 0, input.len(), lex).map(|s| &input[s.range()]);
            assert_eq!(got, want, "{input}");
        }
    }
}
