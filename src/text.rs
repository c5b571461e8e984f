//! Character classes and small text utilities shared by the parsers.
//!
//! Everything here works on the caller's original text: nothing is normalised in
//! place, so every offset stays valid. Decomposed accents (NFD) are handled by
//! treating combining marks as part of the letter before them.

use crate::span::Span;

/// True for the white space the press uses: ASCII spaces and tabs, U+00A0,
/// U+202F, U+2009 and the other Unicode spaces, and line breaks.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace();
    }
    c.is_whitespace() || c == '\u{feff}' || c == '\u{2060}'
}

/// A word transformed for comparison (lowered, folded), built without
/// allocating in the common cases: borrowed when the word is already in that
/// form, else written into a string buffer reused from a small per-thread
/// pool (see [`SmallStr::buffer`]).
///
/// Reading it costs nothing: a transformed word lives in a `String`, not in
/// a byte array that would be checked for UTF-8 at every read, and some
/// callers read the same word a dozen times (`ends_with` for each suffix).
#[derive(Debug, Clone)]
pub(crate) enum SmallStr<'a> {
    /// The word itself, already in the wanted form.
    Borrowed(&'a str),
    /// The transformed word.
    Owned(String),
}

/// The most buffers the pool of [`SmallStr::buffer`] keeps per thread: more
/// than the transformed words alive at once.
const SPARE_BUFFERS: usize = 16;

/// The largest buffer returned to the pool, in bytes: a word, not a text.
const SPARE_CAPACITY: usize = 64;

thread_local! {
    /// Empty buffers left by dropped [`SmallStr`]s, for the next ones.
    static SPARE: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl SmallStr<'_> {
    /// An empty string to write a transformed word into: a buffer released
    /// by an earlier [`SmallStr`] of this thread when there is one, so that a
    /// word is lowered without allocating.
    pub(crate) fn buffer() -> String {
        SPARE.try_with(|s| s.borrow_mut().pop()).ok().flatten().unwrap_or_default()
    }

    /// Builds the transformed form of a word from its characters.
    pub(crate) fn collect(chars: impl Iterator<Item = char>) -> SmallStr<'static> {
        let mut s = SmallStr::buffer();
        s.extend(chars);
        SmallStr::Owned(s)
    }
}

impl Drop for SmallStr<'_> {
    /// Returns the buffer of a transformed word to the pool (inline: most
    /// words are borrowed, and their drop is one test).
    #[inline]
    fn drop(&mut self) {
        if let SmallStr::Owned(s) = self {
            release(std::mem::take(s));
        }
    }
}

/// Keeps the buffer of a dropped [`SmallStr`] for the next one, when it is
/// small and the pool not full.
#[inline(never)]
fn release(mut s: String) {
    if s.capacity() <= SPARE_CAPACITY {
        s.clear();
        // (during the thread's exit, the pool is gone: the buffer is freed)
        let _ = SPARE.try_with(|spare| {
            let mut spare = spare.borrow_mut();
            if spare.len() < SPARE_BUFFERS {
                spare.push(s);
            }
        });
    }
}

impl std::ops::Deref for SmallStr<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            SmallStr::Borrowed(s) => s,
            SmallStr::Owned(s) => s,
        }
    }
}

impl PartialEq<&str> for SmallStr<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl PartialEq<SmallStr<'_>> for &str {
    fn eq(&self, other: &SmallStr<'_>) -> bool {
        **self == **other
    }
}

/// `word` in lower case, exactly as [`str::to_lowercase`] writes it, without
/// allocating (see [`SmallStr`]) and without copying a word already in lower case.
#[inline]
pub(crate) fn lower(word: &str) -> SmallStr<'_> {
    // the common case, answered inline: a word of ASCII small letters
    if is_ascii_lower(word.as_bytes()) {
        return SmallStr::Borrowed(word);
    }
    lower_other(word)
}

/// The high bit of each byte of `x` that is an ASCII capital `A..=Z`, for all
/// eight bytes at once (SWAR: no sum carries out of its byte, as each stays
/// below 0xC0).
#[inline]
pub(crate) fn ascii_capitals(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & !HIGH;
    let from_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
    from_a & !past_z & !x & HIGH
}

/// True when `b` is ASCII without a capital: eight bytes at a time, as a
/// word of small letters is its own lower case and its own folded form.
#[inline]
pub(crate) fn is_ascii_lower(b: &[u8]) -> bool {
    /// No byte of `x` is non-ASCII or in `A..=Z`.
    fn clean(x: u64) -> bool {
        x & (u64::MAX / 0xff * 0x80) == 0 && ascii_capitals(x) == 0
    }
    let load4 = |at: usize| b.get(at..at + 4).and_then(|s| s.try_into().ok()).map_or(0, u32::from_le_bytes);
    let load8 = |at: usize| b.get(at..at + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes);
    let n = b.len();
    match n {
        0..4 => b.iter().all(|&c| c < 0x80 && !c.is_ascii_uppercase()),
        // two loads that overlap: every byte is tested, some twice
        4..8 => clean(u64::from(load4(0)) | u64::from(load4(n - 4)) << 32),
        _ => (0..n / 8).all(|k| clean(load8(8 * k))) && clean(load8(n - 8)),
    }
}

/// [`lower`] for a word that is not ASCII small letters.
fn lower_other(word: &str) -> SmallStr<'_> {
    if word.is_ascii() {
        // (a capital in it, or `lower` would have borrowed it): only ASCII letters change;
        // a word of the closed lists (`Le`, `Il`) is their own copy, no buffer written
        if let Some(w) = crate::attribute::phrase::class::listed_lowercase(word.as_bytes()) {
            return SmallStr::Borrowed(w);
        }
        let mut out = SmallStr::buffer();
        out.push_str(word);
        out.make_ascii_lowercase();
        return SmallStr::Owned(out);
    }
    // French text is ASCII and Latin-1: lowered by bytes, without the tables
    if let Some(l) = lower_latin(word, false) {
        return l;
    }
    if word.chars().all(lowers_to_itself) {
        return SmallStr::Borrowed(word);
    }
    // a capital sigma lowers by its context: leave it to the standard library
    if word.contains('Σ') {
        return SmallStr::Owned(word.to_lowercase());
    }
    SmallStr::collect(word.chars().flat_map(char::to_lowercase))
}

/// True for the second byte of a Latin-1 capital letter after the lead byte
/// 0xC3 (`À` to `Þ`, U+00C0–U+00DE, but `×`): adding 0x20 to it gives its
/// lower case (`É`, C3 89 → `é`, C3 A9).
#[inline]
pub(crate) fn is_latin1_capital(second: u8) -> bool {
    matches!(second, 0x80..=0x9e) && second != 0x97
}

/// [`lower`] (with `’` and `ʼ` as `'` when `apostrophes`, as `fold` wants) by
/// bytes, for a word of ASCII, Latin-1 (U+0080–U+00FF) and general
/// punctuation (U+2000–U+203F) characters: the characters of French text,
/// whose lower case is answered without the Unicode tables and has the same
/// length. `None` for any other character: the caller then lowers by
/// characters.
///
/// A word already in its form is borrowed; otherwise it is copied into a
/// pooled buffer.
#[inline]
pub(crate) fn lower_latin(word: &str, apostrophes: bool) -> Option<SmallStr<'_>> {
    let b = word.as_bytes();
    // the prefix already in its form (the whole word, most often): the bytes
    // that stay, by a table, then the others one by one
    let mut i = 0;
    while i < b.len() {
        if STAYS[usize::from(b[i])] {
            i += 1;
            continue;
        }
        match b[i] {
            b'A'..=b'Z' => break,
            0xc3 if is_latin1_capital(*b.get(i + 1)?) => break,
            0xc3 => i += 2,
            0xe2 if b.get(i + 1) == Some(&0x80) => {
                if apostrophes && b.get(i + 2) == Some(&0x99) {
                    break;
                }
                i += 3;
            }
            0xca if apostrophes && b.get(i + 1) == Some(&0xbc) => break,
            _ => return None,
        }
    }
    if i == b.len() {
        return Some(SmallStr::Borrowed(word));
    }
    // the rest, transformed: the runs that keep their bytes are copied whole,
    // the changed characters written one by one, ASCII letters lowered at the end
    let mut out = SmallStr::buffer();
    if b[i..].is_ascii() {
        // the common case (`Le`, `Macron`): only ASCII letters change
        out.push_str(word);
        out.make_ascii_lowercase();
        return Some(SmallStr::Owned(out));
    }
    let mut copied = 0;
    while i < b.len() {
        let (n, to) = match b[i] {
            0..=0x7f => (1, None),
            0xc2 => (2, None),
            // `É` (U+00C9) → `é` (U+00E9): the code point is the second byte + 0x40
            0xc3 => {
                let second = *b.get(i + 1)?;
                (2, is_latin1_capital(second).then(|| char::from(second + 0x60)))
            }
            0xe2 if b.get(i + 1) == Some(&0x80) => (3, (apostrophes && b.get(i + 2) == Some(&0x99)).then_some('\'')),
            0xca if apostrophes && b.get(i + 1) == Some(&0xbc) => (2, Some('\'')),
            _ => return None,
        };
        if let Some(c) = to {
            out.push_str(word.get(copied..i)?);
            out.push(c);
            copied = i + n;
        }
        i += n;
    }
    out.push_str(word.get(copied..)?);
    out.make_ascii_lowercase();
    Some(SmallStr::Owned(out))
}

/// The bytes that [`lower_latin`] keeps as they are whatever comes after
/// them: ASCII but the capitals, the lead byte 0xC2 (the Latin-1 signs and
/// spaces, none a capital) and continuation bytes (reached only after 0xC2:
/// the other lead bytes are read with theirs).
static STAYS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b < 0x80 && !(b as u8).is_ascii_uppercase()) || (b >= 0x80 && b < 0xc0) || b == 0xc2;
        b += 1;
    }
    t
};

/// The words of a closed set by their length and the classes of their first
/// and last bytes ([`shape_class`]): a word whose shape no word of the set has
/// is not in it, in either case, so most words are told out without a hash.
/// Built at compile time for the lists of words and at run time for the
/// lexicon's forms.
#[derive(Debug, Clone)]
pub(crate) struct ShapeFilter {
    /// For each length (the last row for 31 bytes or more) and class of the
    /// first byte, the classes of the last bytes.
    rows: [[u32; 32]; 32],
}

impl ShapeFilter {
    /// A filter of no word.
    pub(crate) const fn new() -> ShapeFilter {
        ShapeFilter { rows: [[0; 32]; 32] }
    }

    /// Adds `word` (not empty) to the filter.
    pub(crate) const fn insert(&mut self, word: &[u8]) {
        let row = if word.len() < 32 { word.len() } else { 31 };
        self.rows[row][shape_class(word[0]) as usize] |= 1 << shape_class(word[word.len() - 1]);
    }

    /// The filter with the words of `list` added.
    pub(crate) const fn with(mut self, list: &[&str]) -> ShapeFilter {
        let mut j = 0;
        while j < list.len() {
            self.insert(list[j].as_bytes());
            j += 1;
        }
        self
    }

    /// False when no word of the filter has the shape of `word` (in any case
    /// of its ASCII and Latin-1 letters): then it is none of them.
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else { return false };
        let class = |b: u8| SHAPE_CLASS[usize::from(b)];
        self.rows[word.len().min(31)][usize::from(class(first))] & 1 << class(last) != 0
    }
}

/// A byte of a word as [`ShapeFilter`] reads it, in `0..32`: an ASCII letter
/// in either case is its letter, another byte one of six classes, the same
/// for the last byte of a Latin-1 capital and of its small letter (`É`, C3
/// 89, and `é`, C3 A9: bit 0x20 left out), so that a word is told before it
/// is lowered.
const fn shape_class(b: u8) -> u32 {
    if b.is_ascii_alphabetic() {
        ((b | 0x20) - b'a') as u32
    } else if b >= 0x80 {
        26 + ((b & !0x20) % 6) as u32
    } else {
        26 + (b % 6) as u32
    }
}

/// [`shape_class`] of each byte, read from a table.
static SHAPE_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = shape_class(b as u8) as u8;
        b += 1;
    }
    t
};

/// True when `c` is its own lower case: the Latin-1 and punctuation ranges
/// French text is made of are answered without the Unicode tables.
#[inline]
fn lowers_to_itself(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => !c.is_ascii_uppercase(),
        // Latin-1 symbols and spaces, then the lower-case letters (`é`, `à`, `ç`)
        '\u{80}'..='\u{bf}' | '\u{df}'..='\u{ff}' | '\u{d7}' => true,
        '\u{c0}'..='\u{de}' => false,
        // general punctuation (`’`, `…`, narrow spaces, dashes)
        '\u{2000}'..='\u{206f}' => true,
        _ => {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        }
    }
}

/// True for combining marks (the accents of decomposed text).
#[inline]
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// True for a letter of a word, combining marks included.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match c {
        // the Latin-1 signs and spaces (`«`, U+00A0) and the general punctuation
        // (`’`, `…`, U+202F) that follow words: answered without the tables
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾'),
        '\u{2000}'..='\u{203f}' => false,
        _ => is_letter(c) || c.is_numeric(),
    }
}

/// True for a letter, combining marks included (no digits).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c {
        // Latin letters with accents, without a table lookup
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        // the signs, spaces and punctuation around words (see `is_word_char`)
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | 'µ' | 'º'),
        '\u{2000}'..='\u{203f}' => false,
        _ => c.is_alphabetic() || is_combining(c),
    }
}

/// True for the apostrophes found in French text.
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// The offset of the first byte of `s[from..]` that is one of the ASCII bytes
/// of `set` or starts `…` (U+2026), if any: a byte scan for the punctuation
/// that ends a clause.
#[inline]
pub(crate) fn find_clause_punct(s: &str, from: usize, set: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH: u64 = ONES * 0x80;
    // (some zero byte in `t`: a byte above one may be marked too, never one if none)
    let zero = |t: u64| t.wrapping_sub(ONES) & !t;
    let b = s.as_bytes();
    let mut i = from;
    loop {
        // eight bytes at a time while none is in the set or starts a character of U+2000–U+203F
        while let Some(x) = b.get(i..i + 8).and_then(|c| c.try_into().ok()).map(u64::from_le_bytes) {
            let hits = set.iter().fold(zero(x ^ (ONES * 0xe2)), |h, &c| h | zero(x ^ (ONES * u64::from(c))));
            if hits & HIGH != 0 {
                break;
            }
            i += 8;
        }
        // then byte by byte (a few bytes), to the first that is
        i += b.get(i..)?.iter().position(|&c| c == 0xe2 || set.contains(&c))?;
        if b[i] != 0xE2 || (b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6)) {
            return Some(i);
        }
        i += 1;
    }
}

/// The coordinations of clauses [`find_clause_conjunction`] finds after a
/// comma, then the subordinators of a clause told beside the main one (`,
/// tandis que la présidente tentait…`, `, quand le commissaire entra`).
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    ", et ",
    ", puis ",
    ", mais ",
    ", tandis que ",
    ", tandis qu'",
    ", alors que ",
    ", alors qu'",
    ", pendant que ",
    ", quand ",
    ", lorsque ",
    ", lorsqu'",
];

/// The first coordination of clauses in `s` (`, et `, ` ; `, `; `, `, puis `,
/// `, mais `): where it starts and its length. One pass over the commas and
/// semicolons instead of a search for each.
pub(crate) fn find_clause_conjunction(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    for p in memchr::memchr2_iter(b',', b';', b) {
        if b[p] == b';' {
            if b.get(p + 1) == Some(&b' ') {
                // ` ; ` starts at the space before
                return Some(if p > 0 && b[p - 1] == b' ' { (p - 1, 3) } else { (p, 2) });
            }
        } else if let Some(c) = CLAUSE_CONJUNCTIONS.iter().find(|c| b[p..].starts_with(c.as_bytes())) {
            return Some((p, c.len()));
        }
    }
    None
}

/// The number of words of `s` as `split_whitespace` cuts them, eight bytes
/// at a time where the text is ASCII (the standard library decodes each
/// character, and a quotation is counted whole).
pub(crate) fn count_words(s: &str) -> usize {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH: u64 = ONES * 0x80;
    // the high bit of each byte of `x` (ASCII) in `lo..=hi`
    let within = |x: u64, lo: u8, hi: u8| (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & HIGH;
    let b = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    // (some zero byte in `t`: a byte above one may be marked too, never one if none)
    let zero = |t: u64| t.wrapping_sub(ONES) & !t;
    while i < b.len() {
        if let Some(x) = b.get(i..i + 8).map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])) {
            // the white space beyond ASCII starts with 0xC2 (U+0085, U+00A0) or 0xE1 to 0xE3
            // (U+1680, U+2000–U+205F, U+3000): any other byte above 0x7F is of a word
            // (`é`, C3 A9, or the end of a character cut by the block)
            if (zero(x ^ (ONES * 0xc2)) | zero((x & (ONES * 0xfc)) ^ (ONES * 0xe0))) & HIGH == 0 {
                let low7 = x & !HIGH;
                // (the ASCII white space of `char::is_whitespace`: `\x0B` too)
                let space = (within(low7, b'\t', b'\r') | within(low7, b' ', b' ')) & !x;
                let word = !space & HIGH;
                // a word starts where a byte is in one and the byte before is not
                let before = word << 8 | u64::from(in_word) << 7;
                n += (word & !before).count_ones() as usize;
                in_word = word >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let (space, len) = match b[i] {
            0..=0x7f => (matches!(b[i], b' ' | b'\t'..=b'\r'), 1),
            // the end of a character of a word cut by the last block
            0x80..=0xbf => (false, 1),
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
        };
        n += usize::from(!space && !in_word);
        in_word = !space;
        i += len;
    }
    n
}

/// The character just before byte offset `i`, if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The character starting at byte offset `i`, if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// The first character before `i` that is not white space, with its offset.
pub(crate) fn prev_non_space(text: &str, lo: usize, i: usize) -> Option<(usize, char)> {
    text[lo..i].char_indices().rev().find(|&(_, c)| !is_space(c)).map(|(j, c)| (lo + j, c))
}

/// The first character at or after `i` that is not white space, with its offset.
pub(crate) fn next_non_space(text: &str, i: usize, hi: usize) -> Option<(usize, char)> {
    text[i..hi].char_indices().find(|&(_, c)| !is_space(c)).map(|(j, c)| (i + j, c))
}

/// `start..end` with white space trimmed at both ends.
pub(crate) fn trim_span(text: &str, start: usize, end: usize) -> Span {
    if start >= end {
        return Span::new(start, start);
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trimmed = s[lead..].trim_end_matches(is_space);
    Span::new(start + lead, start + lead + trimmed.len())
}

/// The byte offset where the word that ends at `i` starts (letters, combining
/// marks, inner hyphens and apostrophes).
pub(crate) fn word_start(text: &str, lo: usize, i: usize) -> usize {
    let mut start = i;
    for (j, c) in text[lo..i].char_indices().rev() {
        if is_word_char(c) || c == '-' || is_apostrophe(c) {
            start = lo + j;
        } else {
            break;
        }
    }
    start
}

/// The byte offset where the word that starts at `i` ends.
pub(crate) fn word_end(text: &str, i: usize, hi: usize) -> usize {
    text[i..hi].char_indices().find(|&(_, c)| !is_word_char(c)).map_or(hi, |(j, _)| i + j)
}

/// True for a word shaped as an infinitive in small letters (`porter`,
/// `finir`, `prendre`, `voir`): what follows `faire`, or opens the marks when
/// words go on a verb.
pub(crate) fn looks_infinitive(w: &str) -> bool {
    w.chars().count() > 3 && w.starts_with(char::is_lowercase) && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e))
}

/// True for a word shaped as a future or a conditional (`tombera`, `partiront`,
/// `jugerait`, `viendraient`).
pub(crate) fn looks_future_or_conditional(w: &str) -> bool {
    ["era", "ira", "ront", "rait", "raient"].iter().any(|e| w.ends_with(e))
}

/// True for a verb that may be a future or a conditional, which speech uses
/// and narration does not (`et il reviendra`): every future of the third
/// person singular ends in `ra` (and so do a few simple pasts, `entra`).
pub(crate) fn may_be_future(w: &str) -> bool {
    w.ends_with("ra") || looks_future_or_conditional(w)
}

/// True when the first letter of `s` is upper case.
pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars().find(|c| !is_space(*c)).is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shape_filter_keeps_its_words_in_any_case() {
        let f = ShapeFilter::new().with(&["déclaré", "a", "le", "président-directeur-général-adjoint-du-groupe"]);
        for w in ["déclaré", "DÉCLARÉ", "Déclaré", "A", "a", "Le", "LE", "président-directeur-général-adjoint-du-groupe"]
        {
            assert!(f.may_contain(w.as_bytes()), "{w}");
        }
        // another length, another first or last letter
        for w in ["", "déclarés", "les", "la", "b", "réclamé"] {
            assert!(!f.may_contain(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn trims_every_press_space() {
        let t = "«\u{a0}oui\u{202f}»";
        let s = trim_span(t, 2, t.len() - 2);
        assert_eq!(&t[s.range()], "oui");
        assert!(trim_span(" \u{a0}", 0, 3).is_empty());
    }

    #[test]
    fn words_with_decomposed_accents() {
        let t = "il re\u{301}pondit vite";
        let s = t.find("re").unwrap();
        let e = word_end(t, s, t.len());
        assert_eq!(&t[s..e], "re\u{301}pondit");
        assert_eq!(word_start(t, 0, e), s);
    }

    #[test]
    fn lowers_like_the_standard_library() {
        for w in ["", "mot", "Mot", "ÉTAIT", "déjà", "ǅemal", "ΣΟΦΟΣ", "İstanbul", &"LONG".repeat(20), &"É".repeat(30), "ﬀ"]
        {
            assert_eq!(&*lower(w), w.to_lowercase(), "{w}");
        }
        // every character of the ranges answered without the tables, and around them
        for c in ('\0'..='\u{3000}').filter(|&c| c != 'Σ') {
            let w = format!("a{c}b");
            assert_eq!(&*lower(&w), w.to_lowercase(), "{c:?}");
            let w = format!("É{c}");
            assert_eq!(&*lower(&w), w.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn ascii_lower_eight_bytes_at_a_time() {
        for n in 0..=20 {
            for i in 0..n {
                for b in 0..=255u8 {
                    let mut w = vec![b'a'; n];
                    w[i] = b;
                    let want = w.iter().all(|&c| c.is_ascii() && !c.is_ascii_uppercase());
                    assert_eq!(is_ascii_lower(&w), want, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn letters_as_the_tables_say() {
        for c in '\0'..=char::MAX {
            let letter = c.is_alphabetic() || is_combining(c);
            assert_eq!(is_letter(c), letter, "{c:?}");
            assert_eq!(is_word_char(c), letter || c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn pooled_buffers_start_empty() {
        let long = lower("ÉCOLE NORMALE SUPÉRIEURE");
        let short = lower("Île");
        assert_eq!((&*long, &*short), ("école normale supérieure", "île"));
        drop((long, short));
        // the buffers just released are reused: nothing of their words is left
        let (a, b, c) = (lower("Ab"), lower("À"), lower("Σ"));
        assert_eq!((&*a, &*b, &*c), ("ab", "à", "σ"));
        assert_eq!(&*lower(&"X".repeat(100)), "x".repeat(100));
    }

    #[test]
    fn clause_punctuation_found_eight_bytes_at_a_time_as_one_by_one() {
        // the first byte of the set or `…`, by a scan of each byte
        let each = |s: &str, from: usize, set: &[u8]| {
            (from..s.len()).find(|&i| set.contains(&s.as_bytes()[i]) || s.as_bytes()[i..].starts_with("…".as_bytes()))
        };
        let units = ["abcdefgh", ",", "?", "!", "…", "’", "—", "é", " ", "\u{2000}"];
        let mut texts = vec![String::new()];
        for a in units {
            for b in units {
                for c in units {
                    texts.push(format!("{a}{b}{c}{a}"));
                }
            }
        }
        for t in &texts {
            for from in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                for set in [&b",?!"[..], b",", b""] {
                    assert_eq!(find_clause_punct(t, from, set), each(t, from, set), "{t:?} {from} {set:?}");
                }
            }
        }
    }

    #[test]
    fn clause_conjunctions_as_searched_one_by_one() {
        let each =
            |s: &str| [" ; ", "; "].iter().chain(CLAUSE_CONJUNCTIONS).filter_map(|c| s.find(c).map(|k| (k, c.len()))).min();
        for s in [
            "",
            ";",
            "; ",
            " ; ",
            "a ; b, et c",
            "a, puis b ; c",
            "a,, mais b",
            "a;; b",
            ";x, et ",
            "a , et; b",
            "élu ; dit, mais",
            "a, etc. ; b",
            ", et",
            ",  et ",
            "a, tandis que b, et c",
            "a, alors qu'il ; b",
            ", pendant que",
            "a, quand b, lorsqu'il",
        ] {
            assert_eq!(find_clause_conjunction(s), each(s), "{s:?}");
        }
    }

    #[test]
    fn words_counted_as_split_whitespace_does() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "a b",
            "a\u{b}b\u{c}c\rd",
            "a\u{1c}b",
            "«\u{202f}Oui\u{202f}», dit-il.",
            "a\u{a0}b\u{2009}c\u{3000}d",
            "été\u{85}à\u{2028}ô",
            "  deux   mots  ",
            "x\u{200b}y",
            "abcdefgh ijklmnop",
            "abcdefghijklmnopq r",
            "        x",
            "\t\n\u{b}\u{c}\r\u{1f}!~a b\u{7f}",
        ] {
            assert_eq!(count_words(s), s.split_whitespace().count(), "{s:?}");
        }
        // every ASCII character, in words read eight bytes at a time
        for c in (0..0x80u8).map(char::from) {
            let s = format!("ab{c}cdefgh{c}{c}ijklmnop{c}q{c}{c}{c}{c}{c}{c}{c}{c}rs");
            assert_eq!(count_words(&s), s.split_whitespace().count(), "{c:?}");
        }
        // every character of the first planes between two words, and at every place of a block
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(count_words(&s), s.split_whitespace().count(), "{c:?}");
            for k in 0..9 {
                let head: String = "ab cdéfg h".chars().take(k).collect();
                let s = format!("{head}{c}é{c}ijk lm{c} x");
                assert_eq!(count_words(&s), s.split_whitespace().count(), "{c:?} {k}");
            }
        }
    }

    #[test]
    fn neighbours() {
        let t = "a «b»";
        assert_eq!(char_before(t, 2), Some(' '));
        assert_eq!(char_at(t, 2), Some('«'));
        assert_eq!(prev_non_space(t, 0, 2), Some((0, 'a')));
        assert_eq!(next_non_space(t, 1, t.len()), Some((2, '«')));
    }
}
