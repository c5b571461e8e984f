//! Low-level nom parsers shared by the cue parsers: words, spaces,
//! apostrophes, hyphens and fixed phrases, all Unicode-aware and
//! case-insensitive.

use nom::{
    IResult,
    bytes::complete::take_while1,
    character::complete::one_of,
    error::{Error, ErrorKind},
};

use super::fold;

/// Whether `c` can be part of a French word: a letter (accented ones
/// included) or a combining mark (text may be decomposed, NFD).
pub(crate) fn is_word_char(c: char) -> bool {
    crate::text::is_letter(c)
}

/// Whether `c` is a horizontal space: the crate's spaces (U+0020, tab,
/// U+00A0, U+202F, the thin and figure spaces…) but not a line break, which
/// [`gap`] counts on its own.
pub(crate) fn is_space(c: char) -> bool {
    !matches!(c, '\n' | '\r') && crate::text::is_space(c)
}

/// A nom error at `input`, for the parsers that check what they read.
pub(crate) fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// The space between two words: spaces and at most one line break (a
/// paragraph break ends the group).
pub(crate) fn gap(input: &str) -> IResult<&str, &str> {
    let (rest, sp) = take_while1(|c: char| is_space(c) || c == '\n' || c == '\r')(input)?;
    if sp.bytes().filter(|&b| b == b'\n').count() > 1 {
        return fail(input);
    }
    Ok((rest, sp))
}

/// An apostrophe: `'`, `’` or `ʼ`.
pub(crate) fn apostrophe(input: &str) -> IResult<&str, char> {
    one_of("'\u{2019}\u{2bc}")(input)
}

/// A hyphen joining an inverted pronoun: `-`, U+2010 or U+2011.
pub(crate) fn hyphen(input: &str) -> IResult<&str, char> {
    one_of("-\u{2010}\u{2011}")(input)
}

/// One word: letters and combining marks, as long as possible (so a form
/// never matches the start of a longer word).
///
/// The same as `take_while1(is_word_char)`, error included, but ASCII
/// letters are read as bytes: characters are decoded only from the first
/// non-ASCII byte.
pub(crate) fn word(input: &str) -> IResult<&str, &str> {
    let b = input.as_bytes();
    let mut end = b.iter().position(|c| !c.is_ascii_alphabetic()).unwrap_or(b.len());
    if b.get(end).is_some_and(|&c| c >= 0x80) {
        end += input[end..].find(|c: char| !is_word_char(c)).unwrap_or(input.len() - end);
    }
    if end == 0 {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::TakeWhile1)));
    }
    Ok((&input[end..], &input[..end]))
}

/// A word of the input to compare with folded words (see [`fold`]): an
/// ASCII word is compared letter by letter in lower case, never copied;
/// another is folded once.
struct Folded<'a> {
    /// The word as written.
    word: &'a str,
    /// Its folded form, for a word that is not ASCII.
    folded: Option<super::SmallStr<'a>>,
}

impl<'a> Folded<'a> {
    fn new(word: &'a str) -> Folded<'a> {
        Folded { word, folded: (!word.is_ascii()).then(|| fold(word)) }
    }

    /// `fold(word) == w`.
    fn is(&self, w: &str) -> bool {
        match &self.folded {
            Some(f) => **f == *w,
            // an ASCII word folds to its ASCII lower case
            None => self.word.len() == w.len() && self.word.bytes().zip(w.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b),
        }
    }
}

/// A word whose folded form is one of `words`; returns the entry of `words`.
pub(crate) fn keyword<'w>(words: &'w [&'w str]) -> impl Fn(&str) -> IResult<&str, &'w str> + 'w {
    move |input: &str| {
        let (rest, w) = word(input)?;
        let f = Folded::new(w);
        match words.iter().find(|k| f.is(k)) {
            Some(k) => Ok((rest, *k)),
            None => fail(input),
        }
    }
}

/// A fixed phrase written in lowercase with single spaces, `'` and `-`
/// (`de l'aveu de`, `lui-même`). Words are compared folded; a space matches
/// any [`gap`], `'` any [`apostrophe`], `-` any [`hyphen`]. A final `de`
/// also matches `du`, `des` and elided `d'`; a final `à` matches `au`, `aux`.
/// Returns the text consumed.
pub(crate) fn phrase<'p>(p: &'p str) -> impl Fn(&str) -> IResult<&str, &str> + 'p {
    move |input: &str| {
        let mut rest = input;
        let mut pat = p;
        // the separators are ASCII: the pattern is cut by bytes
        while let Some(&c) = pat.as_bytes().first() {
            match c {
                b' ' => {
                    rest = gap(rest)?.0;
                    pat = &pat[1..];
                }
                b'\'' => {
                    rest = apostrophe(rest)?.0;
                    pat = &pat[1..];
                }
                b'-' => {
                    rest = hyphen(rest)?.0;
                    pat = &pat[1..];
                }
                _ => {
                    let end = pat.bytes().position(|b| matches!(b, b' ' | b'\'' | b'-')).unwrap_or(pat.len());
                    let (want, last) = (&pat[..end], end == pat.len());
                    let (r, got) = word(rest)?;
                    let got = Folded::new(got);
                    let contracted = last
                        && ((want == "de" && (got.is("du") || got.is("des")))
                            || (want == "à" && (got.is("au") || got.is("aux"))));
                    rest = if got.is(want) || contracted {
                        r
                    } else if last && want == "de" && got.is("d") {
                        apostrophe(r)?.0
                    } else {
                        return fail(input);
                    };
                    pat = &pat[end..];
                }
            }
        }
        Ok((rest, &input[..input.len() - rest.len()]))
    }
}

/// The longest of `phrases` at the start of `input`; returns its index and
/// the text consumed.
/// A list of phrases indexed by their first word, so that finding the
/// longest phrase at a position tries only the phrases that can match there.
pub(crate) struct PhraseSet {
    phrases: Vec<String>,
    by_head: std::collections::HashMap<String, Vec<usize>, super::FnvBuild>,
}

impl PhraseSet {
    /// Indexes `phrases` (written lower case, as for [`phrase`]).
    pub(crate) fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> PhraseSet {
        let phrases: Vec<String> = phrases.into_iter().map(|p| p.as_ref().to_string()).collect();
        let mut by_head: std::collections::HashMap<String, Vec<usize>, super::FnvBuild> = Default::default();
        for (i, p) in phrases.iter().enumerate() {
            let head = &p[..p.find([' ', '\'', '-']).unwrap_or(p.len())];
            by_head.entry(head.to_string()).or_default().push(i);
            // `de` also matches `du`, `des`, `d'`; `à` matches `au`, `aux`
            let also: &[&str] = match head {
                "de" => &["du", "des", "d"],
                "à" => &["au", "aux"],
                _ => &[],
            };
            for a in also {
                by_head.entry((*a).to_string()).or_default().push(i);
            }
        }
        PhraseSet { phrases, by_head }
    }

    /// The longest phrase matching at the start of `input`: its index and the matched text.
    pub(crate) fn longest<'a>(&self, input: &'a str) -> Option<(usize, &'a str)> {
        let (_, first) = word(input).ok()?;
        self.longest_after_head(input, &fold(first))
    }

    /// [`PhraseSet::longest`] when the first word of `input` is already
    /// known, folded: `head`.
    pub(crate) fn longest_after_head<'a>(&self, input: &'a str, head: &str) -> Option<(usize, &'a str)> {
        let candidates = self.by_head.get(head)?;
        let mut best: Option<(usize, &'a str)> = None;
        for &i in candidates {
            if let Ok((_, m)) = phrase(&self.phrases[i])(input) {
                if best.is_none_or(|(_, b)| m.len() > b.len()) {
                    best = Some((i, m));
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_gaps() {
        assert_eq!(word("re\u{301}pondit-il"), Ok(("-il", "re\u{301}pondit")));
        assert!(word("’").is_err());
        assert_eq!(gap("\u{a0}\u{202f} x"), Ok(("x", "\u{a0}\u{202f} ")));
        assert!(gap("\n\nx").is_err());
        assert!(gap(" \r\n x").is_ok());
    }

    #[test]
    fn words_by_bytes_as_by_characters() {
        fn by_chars(s: &str) -> IResult<&str, &str> {
            take_while1(is_word_char)(s)
        }
        for s in ["", " a", "a", "dit-il", "Réponds,", "re\u{301}pondit il", "l’aveu", "ÉTÉ 2024", "x\u{a0}y", "9a", "çà"]
        {
            assert_eq!(word(s), by_chars(s), "{s:?}");
        }
        for c in '\0'..='\u{3000}' {
            for s in [format!("{c}"), format!("ab{c}cd"), format!("é{c}")] {
                assert_eq!(word(&s), by_chars(&s), "{c:?}");
            }
        }
    }

    #[test]
    fn phrases() {
        assert_eq!(phrase("de l'aveu de")("De l’aveu d’Anne"), Ok(("Anne", "De l’aveu d’")));
        assert_eq!(phrase("dans un entretien à")("dans un entretien au Soir"), Ok((" Soir", "dans un entretien au")));
        assert_eq!(phrase("lui-même")("lui-même a"), Ok((" a", "lui-même")));
        assert!(phrase("selon")("selonx").is_err());
        assert!(phrase("pour")("pourtant").is_err());
        assert_eq!(
            PhraseSet::new(["de", "de son côté"]).longest("de son co\u{302}te\u{301}, il"),
            Some((1, "de son co\u{302}te\u{301}"))
        );
        assert_eq!(keyword(&["il", "elle"])("Elle a"), Ok((" a", "elle")));
    }
}
