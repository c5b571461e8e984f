//! Recognising quotation marks in the byte stream, and the context tests that
//! decide whether an ambiguous mark opens, closes, or is no quotation mark at all.

use crate::text::{char_at, char_before, is_apostrophe, is_space, next_non_space};

/// The families of quotation marks; a closer pairs with an opener of its family
/// (broken pairs aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// `«` `»`
    Guillemet,
    /// `“` `”`
    English,
    /// `‹` `›`
    Single,
    /// `"`
    Straight,
    /// `<<` `>>`
    Ascii,
}

impl Family {
    pub(crate) const COUNT: usize = 5;

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// A mark as found at one position of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    OpenGuillemet,
    CloseGuillemet,
    OpenEnglish,
    CloseEnglish,
    OpenSingle,
    CloseSingle,
    Straight,
    OpenAscii,
    CloseAscii,
    OpenBrace,
    CloseBrace,
}

impl Mark {
    /// The mark as written, for the `marks` of broken pairs.
    pub(crate) fn written(self) -> &'static str {
        match self {
            Mark::OpenGuillemet => "«",
            Mark::CloseGuillemet => "»",
            Mark::OpenEnglish => "“",
            Mark::CloseEnglish => "”",
            Mark::OpenSingle => "‹",
            Mark::CloseSingle => "›",
            Mark::Straight => "\"",
            Mark::OpenAscii => "<<",
            Mark::CloseAscii => ">>",
            Mark::OpenBrace => "{",
            Mark::CloseBrace => "}",
        }
    }
}

/// Bytes that can start a mark: the scan skips every other byte.
static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'{' as usize] = true;
    t[b'}' as usize] = true;
    t[0xC2] = true; // « » (C2 AB, C2 BB)
    t[0xE2] = true; // “ ” ‹ › (E2 80 9C/9D/B9/BA)
    t
};

/// The next mark in `bytes[from..to]`: its offset, length in bytes and kind.
#[inline]
pub(crate) fn next_mark(bytes: &[u8], from: usize, to: usize) -> Option<(usize, usize, Mark)> {
    let mut i = from;
    while i < to {
        i = first_candidate(bytes, i, to)?;
        let b1 = bytes.get(i + 1).copied().unwrap_or(0);
        let found = match bytes[i] {
            b'"' => Some((1, Mark::Straight)),
            b'{' => Some((1, Mark::OpenBrace)),
            b'}' => Some((1, Mark::CloseBrace)),
            b'<' if b1 == b'<' && bytes.get(i + 2) != Some(&b'<') => Some((2, Mark::OpenAscii)),
            b'>' if b1 == b'>' && bytes.get(i + 2) != Some(&b'>') => Some((2, Mark::CloseAscii)),
            0xC2 if b1 == 0xAB => Some((2, Mark::OpenGuillemet)),
            0xC2 if b1 == 0xBB => Some((2, Mark::CloseGuillemet)),
            0xE2 if b1 == 0x80 => match bytes.get(i + 2) {
                Some(0x9C) => Some((3, Mark::OpenEnglish)),
                Some(0x9D) => Some((3, Mark::CloseEnglish)),
                Some(0xB9) => Some((3, Mark::OpenSingle)),
                Some(0xBA) => Some((3, Mark::CloseSingle)),
                _ => None,
            },
            _ => None,
        };
        match found {
            Some((len, mark)) if i + len <= to => return Some((i, len, mark)),
            Some((len, _)) => i += len,
            None if matches!(bytes[i], b'<' | b'>') && b1 == bytes[i] => {
                // a run of three or more angle brackets: skip it whole
                let c = bytes[i];
                while i < to && bytes[i] == c {
                    i += 1;
                }
            }
            None => i += 1,
        }
    }
    None
}

/// The offset of the first byte of `bytes[from..to]` that can start a mark
/// (see [`CANDIDATE`]): eight bytes at a time where there is none (SWAR: a
/// byte equal to one of the candidates leaves a zero byte in `x ^ value`).
fn first_candidate(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH: u64 = ONES * 0x80;
    // (some zero byte in `t`: a byte above one may be marked too, never one if none)
    let zero = |t: u64| t.wrapping_sub(ONES) & !t;
    let mut i = from;
    while let Some(x) = bytes.get(i..i + 8).filter(|_| i + 8 <= to).and_then(|c| c.try_into().ok()).map(u64::from_le_bytes) {
        // `"`, `{`, `}`, then `<` and `>` (0x3C, 0x3E) and the lead bytes 0xC2 and 0xE2, each pair told by one bit
        let hits = zero(x ^ (ONES * 0x22))
            | zero(x ^ (ONES * 0x7b))
            | zero(x ^ (ONES * 0x7d))
            | zero((x | (ONES * 0x02)) ^ (ONES * 0x3e))
            | zero((x | (ONES * 0x20)) ^ (ONES * 0xe2));
        if hits & HIGH != 0 {
            break;
        }
        i += 8;
    }
    bytes[i..to].iter().position(|&b| CANDIDATE[b as usize]).map(|k| i + k)
}

/// Characters after which a mark opens: start of paragraph, space, opening
/// punctuation, an apostrophe (`l'«affaire»`), a dash or a slash.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            is_space(c)
                || is_apostrophe(c)
                || matches!(c, '(' | '[' | '{' | '«' | '“' | '‹' | '—' | '–' | '-' | '/' | ',' | ';' | ':')
        }
    }
}

/// Characters before which a mark closes: end of paragraph, space, punctuation.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | '…'
                        | ')'
                        | ']'
                        | '}'
                        | '»'
                        | '”'
                        | '›'
                        | '-'
                        | '—'
                        | '–'
                        | '/'
                        | '¹'
                        | '²'
                        | '³'
                        | '\''
                        | '’'
                )
                || c.is_ascii_digit()
        }
    }
}

/// The context of a mark at `i..i+len` in a paragraph ending at `end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    pub before: Option<char>,
    pub after: Option<char>,
    /// The first non-space character after the mark, in the paragraph.
    pub after_word: Option<char>,
}

impl Context {
    pub(crate) fn at(text: &str, lo: usize, i: usize, len: usize, end: usize) -> Context {
        let before = if i > lo { char_before(text, i) } else { None };
        let j = i + len;
        let after = if j < end { char_at(text, j) } else { None };
        let after_word = next_non_space(text, j, end).map(|(_, c)| c);
        Context { before, after, after_word }
    }

    /// Looks like an opener: a boundary before, a word right after (possibly
    /// after a space, as in `« oui »`).
    pub(crate) fn opener_like(&self) -> bool {
        opens_after(self.before) && self.after_word.is_some_and(|c| !matches!(c, '.' | ',' | ';' | ')' | ']'))
    }

    /// Looks like an opener of a straight quote: a boundary before and no space after.
    pub(crate) fn tight_opener(&self) -> bool {
        opens_after(self.before)
            && self.after.is_some_and(|c| !is_space(c) && !closes_before(Some(c)) || c == '\'' || c == '’' || c.is_ascii_digit())
    }

    /// Looks like a closer: something other than space before, a boundary after.
    pub(crate) fn closer_like(&self) -> bool {
        self.before.is_some_and(|c| !is_space(c)) && closes_before(self.after)
    }

    /// A guillemet-like opener used as a closer: `«un match d'hommes«,` or
    /// `«\u{202f}un deuil\u{202f}«.`: punctuation or the end follows, or a word
    /// ends right before it and a space follows.
    pub(crate) fn opener_used_as_closer(&self) -> bool {
        // a no-break space binds the mark to the word before it: `familles\u{202f}« depuis`
        let nbsp = |c: char| matches!(c, '\u{a0}' | '\u{202f}');
        if self.before.is_some_and(nbsp) && !self.after.is_some_and(nbsp) {
            return true;
        }
        match self.after_word {
            None => true,
            Some('.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']') => true,
            Some(_) => {
                self.before.is_some_and(|b| !is_space(b) && !is_apostrophe(b) && !opens_after(Some(b)))
                    && self.after.is_some_and(is_space)
            }
        }
    }
}

/// How far around a straight quote the code-token tests look, in bytes: a
/// token longer than this is read from its part near the mark (bounded work
/// per mark keeps the scan linear on a megabyte of quotes).
const TOKEN_WINDOW: usize = 64;

fn window_start(text: &str, lo: usize, i: usize) -> usize {
    let mut s = i.saturating_sub(TOKEN_WINDOW).max(lo);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    s
}

fn window_end(text: &str, i: usize, hi: usize) -> usize {
    let mut e = (i + TOKEN_WINDOW).min(hi);
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    e
}

/// True when a straight quote at `i` sits in a code-like token: a URL, a query
/// string, a function call, a search operator (`site:`, `filetype:`).
pub(crate) fn in_code_token(text: &str, lo: usize, i: usize, hi: usize) -> bool {
    let ws = window_start(text, lo, i);
    let we = window_end(text, i, hi);
    let start = ws + after_last_space(&text[ws..i]);
    let end = text[i..we].find(is_space).map_or(we, |k| i + k);
    is_code_token(&text[start..end])
}

/// True for the whitespace-delimited token before `i` (when `before`) or after `i`.
pub(crate) fn neighbour_is_code(text: &str, lo: usize, i: usize, hi: usize, before: bool) -> bool {
    if before {
        let s = &text[window_start(text, lo, i)..i];
        let s = s.trim_end_matches(|c: char| !is_space(c));
        let s = s.trim_end_matches(is_space);
        let start = after_last_space(s);
        // a clause or sentence boundary separates the quote from what came before
        let ends_clause = s.ends_with(['.', ',', ';', '!', '?', '…']);
        !s.is_empty() && !ends_clause && is_code_token(&s[start..])
    } else {
        let s = &text[i..window_end(text, i, hi)];
        let s = s.trim_start_matches(|c: char| !is_space(c)).trim_start_matches(is_space);
        let end = s.find(is_space).unwrap_or(s.len());
        !s.is_empty() && is_code_token(&s[..end])
    }
}

/// The offset just after the last white space of `s` (0 when there is none).
fn after_last_space(s: &str) -> usize {
    s.char_indices().rev().find(|&(_, c)| is_space(c)).map_or(0, |(k, c)| k + c.len_utf8())
}

fn is_code_token(tok: &str) -> bool {
    let b = tok.as_bytes();
    if tok.contains("://") || tok.bytes().any(|c| matches!(c, b'=' | b'{' | b'}' | b'&' | b'\\' | b'|' | b'_' | b'<' | b'>')) {
        return true;
    }
    for k in 1..b.len() {
        // a call `print(` or a search operator `site:x` (a colon glued to a word on both sides)
        if b[k] == b'(' && b[k - 1].is_ascii_alphanumeric() {
            return true;
        }
        if b[k] == b':' && b[k - 1].is_ascii_alphabetic() && b.get(k + 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'"')
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_found_eight_bytes_at_a_time_as_one_by_one() {
        // every byte value at every place of blocks of every length, and windows cut anywhere
        for b in 0..=255u8 {
            for n in [1, 7, 8, 9, 16, 17, 25] {
                for k in 0..n {
                    let mut w = vec![b'a'; n];
                    w[k] = b;
                    for from in 0..n.min(3) {
                        for to in [n, n.saturating_sub(1).max(from)] {
                            let want = w[from..to].iter().position(|&c| CANDIDATE[usize::from(c)]).map(|p| from + p);
                            assert_eq!(first_candidate(&w, from, to), want, "{w:?} {from}..{to}");
                        }
                    }
                }
            }
        }
    }

    fn marks(text: &str) -> Vec<(usize, Mark)> {
        let mut out = vec![];
        let mut i = 0;
        while let Some((at, len, m)) = next_mark(text.as_bytes(), i, text.len()) {
            out.push((at, m));
            i = at + len;
        }
        out
    }

    #[test]
    fn finds_every_mark_and_only_marks() {
        let t = "«a» “b” ‹c› \"d\" <<e>> ’ {f} <<< >>>";
        let kinds: Vec<Mark> = marks(t).into_iter().map(|(_, m)| m).collect();
        use Mark::*;
        assert_eq!(
            kinds,
            [
                OpenGuillemet,
                CloseGuillemet,
                OpenEnglish,
                CloseEnglish,
                OpenSingle,
                CloseSingle,
                Straight,
                Straight,
                OpenAscii,
                CloseAscii,
                OpenBrace,
                CloseBrace
            ]
        );
        assert!(marks("é\u{a0}\u{202f}’—").is_empty());
    }

    #[test]
    fn code_tokens() {
        for tok in ["print(\"ok\")", "site:exemple.fr", "https://x.org/?a=\"b\"", "{\"cle\":", "a_b"] {
            assert!(is_code_token(tok), "{tok}");
        }
        for tok in ["\"Bonjour\",", "l'\"expert\"", "12:30", "\"oui\"", "aujourd'hui"] {
            assert!(!is_code_token(tok), "{tok}");
        }
    }

    #[test]
    fn contexts() {
        let t = "un «mot« et";
        let i = t.rfind('«').unwrap();
        assert!(Context::at(t, 0, i, 2, t.len()).opener_used_as_closer());
        let i = t.find('«').unwrap();
        assert!(!Context::at(t, 0, i, 2, t.len()).opener_used_as_closer());
        let t = "d'un mot,\"non\", puis";
        let i = t.find('"').unwrap();
        assert!(Context::at(t, 0, i, 1, t.len()).tight_opener());
        let i = t.rfind('"').unwrap();
        assert!(Context::at(t, 0, i, 1, t.len()).closer_like());
    }
}
