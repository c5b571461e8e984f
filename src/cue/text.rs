//! Low-level nom parsers shared by the cue parsers: words, spaces,
//! apostrophes, hyphens and fixed phrases, all Unicode-aware and
//! case-insensitive.

use nom::{
    IResult,
    error::{Error, ErrorKind},
};

use super::fold;

/// Whether `c` can be part of a French word: a letter (accented ones
/// included) or a combining mark (text may be decomposed, NFD).
pub(crate) fn is_word_char(c: char) -> bool {
    crate::text::is_letter(c)
}

/// A nom error at `input`, for the parsers that check what they read.
pub(crate) fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// The space between two words: spaces and at most one line break (a
/// paragraph break ends the group).
///
/// The same as `take_while1` over [`crate::text::is_space`], error included,
/// but ASCII spaces are read as bytes: a character is decoded only from a
/// byte that is not ASCII (U+00A0, U+202F).
pub(crate) fn gap(input: &str) -> IResult<&str, &str> {
    let b = input.as_bytes();
    let (mut end, mut lines) = (0, 0);
    loop {
        match b.get(end) {
            Some(b' ' | b'\t' | b'\x0c' | b'\r') => end += 1,
            Some(b'\n') => {
                lines += 1;
                end += 1;
            }
            Some(&c) if c >= 0x80 => match input[end..].chars().next() {
                Some(ch) if crate::text::is_space(ch) => end += ch.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    if end == 0 {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::TakeWhile1)));
    }
    if lines > 1 {
        return fail(input);
    }
    Ok((&input[end..], &input[..end]))
}

/// An apostrophe: `'`, `’` or `ʼ`.
pub(crate) fn apostrophe(input: &str) -> IResult<&str, char> {
    match input.chars().next() {
        Some(c @ ('\'' | '\u{2019}' | '\u{2bc}')) => Ok((&input[c.len_utf8()..], c)),
        _ => Err(nom::Err::Error(Error::new(input, ErrorKind::OneOf))),
    }
}

/// A hyphen joining an inverted pronoun: `-`, U+2010 or U+2011.
pub(crate) fn hyphen(input: &str) -> IResult<&str, char> {
    match input.chars().next() {
        Some(c @ ('-' | '\u{2010}' | '\u{2011}')) => Ok((&input[c.len_utf8()..], c)),
        _ => Err(nom::Err::Error(Error::new(input, ErrorKind::OneOf))),
    }
}

/// One word: letters and combining marks, as long as possible (so a form
/// never matches the start of a longer word).
///
/// The same as `take_while1(is_word_char)`, error included, but ASCII
/// letters and the Latin letters of two bytes (`é`, `à`, `ç`, `œ`: U+00C0 to
/// U+017F but `×` and `÷`) are read as bytes: other characters are decoded.
pub(crate) fn word(input: &str) -> IResult<&str, &str> {
    let b = input.as_bytes();
    let mut end = 0;
    loop {
        match b.get(end) {
            Some(c) if c.is_ascii_alphabetic() => end += 1,
            // (a lead byte is always followed by its continuation)
            Some(0xc3) if !matches!(b.get(end + 1), Some(0x97 | 0xb7)) => end += 2,
            Some(0xc4 | 0xc5) => end += 2,
            Some(&c) if c >= 0x80 => match input[end..].chars().next() {
                Some(ch) if is_word_char(ch) => end += ch.len_utf8(),
                _ => break,
            },
            _ => break,
        }
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

/// A list of phrases indexed by their first word, so that finding the
/// longest phrase at a position tries only the phrases that can match there.
pub(crate) struct PhraseSet {
    phrases: Vec<String>,
    /// Each phrase cut into its words, each with the separator after it (none
    /// after the last); `None` for a phrase of another shape, matched by
    /// [`phrase`].
    words: Vec<Option<Vec<PhraseWord>>>,
    by_head: std::collections::HashMap<String, Head, super::WordHashBuild>,
}

/// The phrases that start with one word, and which of them the second word
/// of an input leaves possible.
#[derive(Default)]
struct Head {
    /// The phrases, in order.
    phrases: Vec<usize>,
    /// The bit of each of the first 64 phrases that may match whatever the
    /// second word: a single word, a phrase of another shape, a second word
    /// that is a final `de` or `à` (matched contracted too).
    always: u64,
    /// The bits of the phrases whose second word is this one (as written,
    /// compared folded).
    by_second: std::collections::HashMap<String, u64, super::WordHashBuild>,
}

/// A word of a phrase (its bytes in the phrase) and the separator after it.
type PhraseWord = (std::ops::Range<usize>, Option<Sep>);

/// What separates two words of a phrase: ` `, `'` or `-` in the pattern,
/// matched in the text by [`gap`], [`apostrophe`] and [`hyphen`] (which read
/// different characters: at most one of them matches at a place).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Space,
    Apostrophe,
    Hyphen,
}

impl Sep {
    /// The separator written `b` in a pattern.
    fn of(b: u8) -> Option<Sep> {
        match b {
            b' ' => Some(Sep::Space),
            b'\'' => Some(Sep::Apostrophe),
            b'-' => Some(Sep::Hyphen),
            _ => None,
        }
    }

    /// The separator at the start of `input`, and the input after it.
    fn read(input: &str) -> Option<(Sep, &str)> {
        if let Ok((rest, _)) = gap(input) {
            Some((Sep::Space, rest))
        } else if let Ok((rest, _)) = apostrophe(input) {
            Some((Sep::Apostrophe, rest))
        } else {
            hyphen(input).ok().map(|(rest, _)| (Sep::Hyphen, rest))
        }
    }
}

/// The most words of a phrase matched against the words read once (see
/// [`Reader`]); a longer phrase is matched by [`phrase`].
const READ_WORDS: usize = 8;

/// A word of the input as a phrase reads it.
struct ReadWord<'a> {
    /// The word, to compare folded.
    word: Folded<'a>,
    /// Where it ends in the input.
    end: usize,
    /// The separator after it and where the next word starts, if any.
    sep: Option<(Sep, usize)>,
}

/// The input of [`PhraseSet::longest_after_head`] read word by word as the
/// phrases read it, once for all of them: the phrases that start at a word
/// (`dans un entretien`, `dans une interview`…) share their first words.
struct Reader<'a> {
    input: &'a str,
    /// The words read so far.
    words: [Option<ReadWord<'a>>; READ_WORDS],
}

impl<'a> Reader<'a> {
    fn new(input: &'a str) -> Reader<'a> {
        Reader { input, words: Default::default() }
    }

    /// Word `j` of the input, read on first use; `None` when the words
    /// before it are not separated up to it.
    ///
    /// A word already read is answered inline: each phrase asks for its words.
    #[inline]
    fn word(&mut self, j: usize) -> Option<&ReadWord<'a>> {
        if self.words.get(j)?.is_none() {
            self.read(j)?;
        }
        self.words[j].as_ref()
    }

    /// Reads word `j` (see [`Reader::word`]).
    #[inline(never)]
    fn read(&mut self, j: usize) -> Option<()> {
        let start = match j {
            0 => 0,
            _ => self.word(j - 1)?.sep?.1,
        };
        let (rest, w) = word(&self.input[start..]).ok()?;
        let sep = Sep::read(rest).map(|(s, r)| (s, self.input.len() - r.len()));
        self.words[j] = Some(ReadWord { word: Folded::new(w), end: start + w.len(), sep });
        Some(())
    }
}

impl PhraseSet {
    /// Indexes `phrases` (written lower case, as for [`phrase`]).
    pub(crate) fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> PhraseSet {
        let phrases: Vec<String> = phrases.into_iter().map(|p| p.as_ref().to_string()).collect();
        let mut by_head: std::collections::HashMap<String, Head, super::WordHashBuild> = Default::default();
        for (i, p) in phrases.iter().enumerate() {
            let head = &p[..p.find([' ', '\'', '-']).unwrap_or(p.len())];
            by_head.entry(head.to_string()).or_default().phrases.push(i);
            // `de` also matches `du`, `des`, `d'`; `à` matches `au`, `aux`
            let also: &[&str] = match head {
                "de" => &["du", "des", "d"],
                "à" => &["au", "aux"],
                _ => &[],
            };
            for a in also {
                by_head.entry((*a).to_string()).or_default().phrases.push(i);
            }
        }
        let words: Vec<Option<Vec<PhraseWord>>> = phrases.iter().map(|p| Self::cut(p)).collect();
        for h in by_head.values_mut() {
            for (k, &i) in h.phrases.iter().enumerate().take(64) {
                let bit = 1u64 << k;
                match &words[i] {
                    Some(w) if w.len() >= 2 => {
                        let second = &phrases[i][w[1].0.clone()];
                        if w.len() == 2 && matches!(second, "de" | "à") {
                            h.always |= bit;
                        } else {
                            *h.by_second.entry(second.to_string()).or_default() |= bit;
                        }
                    }
                    _ => h.always |= bit,
                }
            }
        }
        PhraseSet { phrases, words, by_head }
    }

    /// The words of a phrase `word (separator word)*` of at most
    /// [`READ_WORDS`] words, each with the separator after it.
    fn cut(p: &str) -> Option<Vec<PhraseWord>> {
        let mut words = Vec::new();
        let mut start = 0;
        for (k, b) in p.bytes().enumerate() {
            if let Some(sep) = Sep::of(b) {
                if k == start {
                    return None;
                }
                words.push((start..k, Some(sep)));
                start = k + 1;
            }
        }
        if start == p.len() || words.len() >= READ_WORDS {
            return None;
        }
        words.push((start..p.len(), None));
        Some(words)
    }

    /// The longest phrase matching at the start of `input`: its index and the matched text.
    pub(crate) fn longest<'a>(&self, input: &'a str) -> Option<(usize, &'a str)> {
        let (_, first) = word(input).ok()?;
        self.longest_after_head(input, &fold(first))
    }

    /// [`PhraseSet::longest`] when the first word of `input` is already
    /// known, folded: `head`.
    pub(crate) fn longest_after_head<'a>(&self, input: &'a str, head: &str) -> Option<(usize, &'a str)> {
        let h = self.by_head.get(head)?;
        let mut reader = Reader::new(input);
        // the phrases the second word leaves possible (a phrase of two words or
        // more fails on another second word), looked up once for all of them
        let mut possible = h.always;
        if !h.by_second.is_empty() {
            if let Some(second) = reader.word(1) {
                let bits = match &second.word.folded {
                    Some(f) => h.by_second.get(&**f),
                    None => h.by_second.get(&*fold(second.word.word)),
                };
                possible |= bits.copied().unwrap_or(0);
            }
        }
        let mut best: Option<(usize, &'a str)> = None;
        for (k, &i) in h.phrases.iter().enumerate() {
            if k < 64 && possible & (1 << k) == 0 {
                continue;
            }
            let m = match &self.words[i] {
                Some(words) => self.read_match(i, words, &mut reader),
                None => phrase(&self.phrases[i])(input).ok().map(|(_, m)| m),
            };
            if let Some(m) = m {
                if best.is_none_or(|(_, b)| m.len() > b.len()) {
                    best = Some((i, m));
                }
            }
        }
        best
    }

    /// What [`phrase`] matches of phrase `i`, cut into `words`, at the start
    /// of the input of `reader`: the same comparisons, on words read once.
    fn read_match<'a>(&self, i: usize, words: &[PhraseWord], reader: &mut Reader<'a>) -> Option<&'a str> {
        let p = &self.phrases[i];
        let mut end = 0;
        for (j, (range, sep)) in words.iter().enumerate() {
            let (want, last) = (&p[range.clone()], sep.is_none());
            let read = reader.word(j)?;
            let got = &read.word;
            let contracted =
                last && ((want == "de" && (got.is("du") || got.is("des"))) || (want == "à" && (got.is("au") || got.is("aux"))));
            end = if got.is(want) || contracted {
                read.end
            } else if last && want == "de" && got.is("d") {
                // `d'` is read with its apostrophe
                match read.sep {
                    Some((Sep::Apostrophe, next)) => next,
                    _ => return None,
                }
            } else {
                return None;
            };
            if let Some(sep) = sep {
                if read.sep.map(|s| s.0) != Some(*sep) {
                    return None;
                }
            }
        }
        Some(&reader.input[..end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::bytes::complete::take_while1;
    use nom::character::complete::one_of;

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
    fn gaps_and_marks_by_bytes_as_by_characters() {
        fn gap_by_chars(s: &str) -> IResult<&str, &str> {
            let (rest, sp) = take_while1(crate::text::is_space)(s)?;
            if sp.bytes().filter(|&b| b == b'\n').count() > 1 {
                return fail(s);
            }
            Ok((rest, sp))
        }
        for c in '\0'..='\u{3000}' {
            for s in [format!("{c}"), format!(" {c}x"), format!("{c}\n{c}"), format!("\u{a0}{c}\n\n"), format!("x{c}")] {
                assert_eq!(gap(&s), gap_by_chars(&s), "{c:?}");
                assert_eq!(apostrophe(&s), one_of("'\u{2019}\u{2bc}")(s.as_str()), "{c:?}");
                assert_eq!(hyphen(&s), one_of("-\u{2010}\u{2011}")(s.as_str()), "{c:?}");
            }
        }
        assert!(gap("").is_err() && apostrophe("").is_err() && hyphen("").is_err());
    }

    #[test]
    fn phrase_sets_match_as_phrases_do() {
        let mut phrases: Vec<String> = super::super::prep::PREPOSITIONAL_CUES.iter().map(|c| c.0.to_string()).collect();
        phrases.extend(super::super::prep::PARTICIPLE_CUES.iter().map(|c| c.to_string()));
        phrases.extend(super::super::group::ADVERBS.iter().map(|c| c.to_string()));
        phrases.extend(["de", "à", "lui-même a", "d'un", "a b c d e f g h i j", "fils de", "face à"].map(String::from));
        // a head of more than 64 phrases (the second word gates the first 64)
        phrases.extend((0..70).map(|k| format!("zz {}", char::from(b'a' + k % 26).to_string().repeat(1 + k as usize / 26))));
        let set = PhraseSet::new(&phrases);
        // each phrase as written, in capitals, with other spaces and
        // apostrophes, contracted, cut, and followed by more words
        let mut inputs = Vec::new();
        for p in &phrases {
            for q in [
                p.clone(),
                p.to_uppercase(),
                p.replace(' ', "\u{a0}").replace('\'', "’"),
                p.replace(' ', " \n "),
                p.replace(' ', "\n\n"),
                p.replace("de", "d’").replace(" à", " au"),
                p.replace(" de", " des"),
                p.chars().take(p.chars().count() / 2).collect(),
                p.replace('-', "\u{2011}"),
                p.replace('é', "e\u{301}"),
            ] {
                inputs.extend([q.clone(), format!("{q} Paris"), format!("{q}, dit-il"), format!("{q}-x"), format!("{q}'a")]);
            }
        }
        for input in &inputs {
            let Ok((_, first)) = word(input) else { continue };
            let head = fold(first);
            let by_phrase = set.by_head.get(&*head).and_then(|h| {
                let mut best: Option<(usize, &str)> = None;
                for &i in &h.phrases {
                    if let Ok((_, m)) = phrase(&set.phrases[i])(input) {
                        if best.is_none_or(|(_, b)| m.len() > b.len()) {
                            best = Some((i, m));
                        }
                    }
                }
                best
            });
            assert_eq!(set.longest_after_head(input, &head), by_phrase, "{input:?}");
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
