//! French-aware sentence segmentation, written for attribution: a sentence
//! ends at `.`, `!`, `?` or `…` followed by a capital, a mark or a dash, but not
//! after an abbreviation (`M.`, `Mme.`, `Dr.`), an initial (`J.-L.`) or inside a
//! quotation; a quotation that ends its own sentence (`«Partez.» Il…`) ends the
//! sentence around it. Every paragraph break ends a sentence.

use crate::detect::paragraph::Paragraphs;
use crate::span::Span;
use crate::text::{char_before, is_space, next_non_space, word_start};

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Pr", "Mgr", "St", "Ste", "av", "apr", "cf", "p", "vol", "art", "al",
    "n", "no", "env", "hab", "Cie", "Gal", "Gén", "Col", "Cdt", "Lt", "Sgt", "Jr", "Sr", "vs", "ex", "J.-C",
];

/// The sentences of a text, in order.
#[derive(Debug, Clone)]
pub(crate) struct Sentences {
    spans: Vec<Span>,
}

impl Sentences {
    /// Segments `text`; `protected` are the spans of the outermost quotations
    /// (sorted), whose inner punctuation does not end the sentence around them.
    pub(crate) fn new(text: &str, protected: &[Span]) -> Sentences {
        let mut spans = Vec::new();
        let bytes = text.as_bytes();
        let mut q = 0;
        let ellipsis = memchr::memmem::Finder::new("…");
        for p in Paragraphs::new(text) {
            let mut start = p.content;
            // a wire's dateline, a live report's time or a headline's rubric is a
            // sentence of its own (`LYON, 4 février (AFP) -`, `11 h 45 –`,
            // `Ligue des champions – Kylian Mbappé : «…»`)
            if let Some(d) = dateline_end(text, p.content, p.end)
                .or_else(|| time_stamp_end(text, p.content, p.end))
                .or_else(|| rubric_end(text, p.content, p.end))
            {
                spans.push(Span::new(p.content, d));
                start = next_non_space(text, d, p.end).map_or(p.end, |(k, _)| k);
            }
            let mut i = start;
            // the next `…` of the paragraph at or after `i`, found once for all the periods before it
            let mut next_ellipsis: Option<usize> = None;
            while i < p.end {
                while q < protected.len() && protected[q].end <= i {
                    q += 1;
                }
                if let Some(s) = protected.get(q).filter(|s| s.start <= i && i < s.end) {
                    // a quotation: a boundary after it when its words end a sentence
                    let end = s.end.min(p.end);
                    let inner_end =
                        text[s.start..end].trim_end_matches(|c: char| is_space(c) || matches!(c, '»' | '”' | '"' | '›' | '>'));
                    let ends = inner_end.ends_with(['.', '!', '?', '…']);
                    if ends && starts_sentence(text, end, p.end) {
                        spans.push(Span::new(start, end));
                        start = next_non_space(text, end, p.end).map_or(p.end, |(k, _)| k);
                    }
                    i = end;
                    continue;
                }
                // no quotation before `limit`: skip to the next sentence punctuation
                let limit = protected.get(q).map_or(p.end, |s| s.start.max(i)).min(p.end);
                if next_ellipsis.is_none_or(|e| e < i) {
                    next_ellipsis = Some(ellipsis.find(&bytes[i..p.end]).map_or(p.end, |k| i + k));
                }
                let punct = memchr::memchr3(b'.', b'!', b'?', &bytes[i..limit]).map_or(limit, |k| i + k);
                let next = punct.min(next_ellipsis.unwrap_or(p.end));
                if next >= limit {
                    i = limit;
                    continue;
                }
                i = next;
                let b = bytes[i];
                let len = match b {
                    b'.' | b'!' | b'?' => 1,
                    0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6) => 3,
                    _ => {
                        i += 1;
                        continue;
                    }
                };
                let mut after = i + len;
                // `?!`, `...`, a closing parenthesis
                while after < p.end && matches!(bytes[after], b'.' | b'!' | b'?' | b')') {
                    after += 1;
                }
                if b == b'.' && len == 1 && after == i + 1 && is_abbreviation(text, p.content, i) {
                    i = after;
                    continue;
                }
                if starts_sentence(text, after, p.end) {
                    spans.push(Span::new(start, after));
                    start = next_non_space(text, after, p.end).map_or(p.end, |(k, _)| k);
                }
                i = after;
            }
            if start < p.end {
                spans.push(Span::new(start, p.end));
            }
        }
        Sentences { spans }
    }

    /// The index of the sentence that holds byte `pos` (or the last one before it).
    pub(crate) fn index_of(&self, pos: usize) -> Option<usize> {
        let k = self.spans.partition_point(|s| s.start <= pos);
        k.checked_sub(1)
    }

    /// The span of sentence `i`.
    pub(crate) fn get(&self, i: usize) -> Option<Span> {
        self.spans.get(i).copied()
    }
}

/// The end of a wire's dateline that opens a paragraph at `from`, after its
/// dash: a place in capitals or a place and a date, the agency in
/// parentheses, a dash (`LYON, 4 février (AFP) -`, `PARIS (Reuters) –`,
/// `Genève, 12 mai (ATS) —`).
fn dateline_end(text: &str, from: usize, end: usize) -> Option<usize> {
    if !text[from..end].starts_with(char::is_uppercase) {
        return None;
    }
    let head = &text[from..crate::attribute::floor_boundary(text, end.min(from + 100))];
    if let Some(k) = envoy_place_end(head) {
        return Some(from + k);
    }
    let Some(mut open) = head.find('(') else {
        return dated_place_end(head).or_else(|| capital_place_end(head)).map(|k| from + k);
    };
    let mut close = open + head[open..].find(')')?;
    // (a country after the place comes first: `NATIONS UNIES (États-Unis), 8 mai (AFP) -`)
    if head[close + 1..].starts_with(',') {
        if let Some(k) = head[close..].find('(') {
            open = close + k;
            close = open + head[open..].find(')')?;
        }
    }
    let place = &head[..open];
    let agency = &head[open + 1..close];
    let first = place.split([' ', ',']).next().unwrap_or("");
    let capitals = first.chars().count() >= 2 && first.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'');
    if place.len() > 60
        || place.contains(['.', '«', '"', '“', ':'])
        || !(capitals || place.contains(',') && crate::text::starts_upper(place))
    {
        return None;
    }
    if agency.is_empty() || agency.len() > 30 || !crate::text::starts_upper(agency) {
        return None;
    }
    let rest = &head[close + 1..];
    let dash = rest.trim_start_matches(is_space);
    let after = dash.strip_prefix(['-', '–', '—'])?;
    after.starts_with(is_space).then(|| from + close + 1 + (rest.len() - after.len()))
}

/// The end of a special correspondent's dateline, after its dash: a place,
/// its country in brackets, then the reporter (`Bakou (Azerbaïdjan), envoyée
/// spéciale -`, `Kiev, correspondance –`).
fn envoy_place_end(head: &str) -> Option<usize> {
    const REPORTERS: &[&str] = &[
        ", envoyé spécial",
        ", envoyée spéciale",
        ", envoyés spéciaux",
        ", envoyées spéciales",
        ", correspondance",
        ", correspondant",
        ", correspondante",
    ];
    // (the comma and the reporter's noun first, by bytes: most paragraphs hold
    // neither)
    let bytes = head.as_bytes();
    let (k, reporter) = memchr::memchr_iter(b',', &bytes[..bytes.len().min(61)])
        .filter(|&c| bytes[c + 1..].starts_with(b" envoy") || bytes[c + 1..].starts_with(b" corresp"))
        .find_map(|c| REPORTERS.iter().find(|r| head[c..].starts_with(**r)).map(|r| (c, *r)))?;
    let place = &head[..k];
    if k > 60 || place.contains(['.', '«', '"', '“', ':', ';']) || !crate::text::starts_upper(place) {
        return None;
    }
    let rest = &head[k + reporter.len()..];
    let after = rest.trim_start_matches(is_space).strip_prefix(['-', '–', '—'])?;
    after.starts_with(is_space).then(|| head.len() - after.len())
}

/// The end of a dateline with no agency, after its dash: a place and a date
/// (`BREST, 9 mars -`, `Lille, le 1er juin 2026 –`).
fn dated_place_end(head: &str) -> Option<usize> {
    // (a date has digits: most paragraphs open on none)
    if !head.bytes().take(48).any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (place, rest) = head.split_once(", ")?;
    if place.is_empty() || place.len() > 40 || place.contains(['.', '«', '"', '“', ':', '(']) {
        return None;
    }
    let rest_start = place.len() + 2;
    let mut words = rest.split(' ');
    let mut used = 0;
    let mut next = || {
        let w = words.next()?;
        used += w.len() + 1;
        Some(w)
    };
    let mut day = next()?;
    if day == "le" {
        day = next()?;
    }
    let digits = day.strip_suffix("er").unwrap_or(day);
    if !(1..=2).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !crate::attribute::phrase::MONTHS.contains(&next()?) {
        return None;
    }
    let mut dash = next()?;
    if dash.len() == 4 && dash.bytes().all(|b| b.is_ascii_digit()) {
        dash = next()?;
    }
    if !matches!(dash, "-" | "–" | "—") {
        return None;
    }
    // (the dash ends the dateline; a space follows it)
    (rest.len() > used).then_some(rest_start + used - 1)
}

/// The end of a dateline that is a place in capitals alone, after its dash
/// (`AMIENS -`, `SAINT-ÉTIENNE –`).
fn capital_place_end(head: &str) -> Option<usize> {
    // (the capitals first, read no further than they go: most paragraphs open
    // on a capital and a small letter)
    // (a hyphen inside a word, `SAINT-ÉTIENNE`; one after a space is the dash)
    let mut prev = ' ';
    let len = head
        .char_indices()
        .take_while(|&(k, c)| {
            let ok = k < 32 && (c.is_uppercase() || matches!(c, ' ' | '\'' | '’') || c == '-' && prev != ' ');
            prev = c;
            ok
        })
        .last()
        .map(|(k, c)| k + c.len_utf8())?;
    let place = head[..len].trim_end_matches(' ');
    let rest = &head[place.len()..];
    let dash = [" - ", " – ", " — "].iter().find(|d| rest.starts_with(**d))?;
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 3).then_some(place.len() + dash.len() - 1)
}

/// The end of a live report's time stamp that opens a paragraph at `from`,
/// after its dash or its bracket: `11 h 45 –`, `11h45 -`, `11:45 —`, `[11h45]`.
fn time_stamp_end(text: &str, from: usize, end: usize) -> Option<usize> {
    let b = &text.as_bytes()[from..end.min(from + 24)];
    let mut i = usize::from(b.first() == Some(&b'['));
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let hours = digits(i);
    if !(1..=2).contains(&hours) {
        return None;
    }
    i += hours;
    // (`h`, ` h `, `:`)
    let sep = b[i..].iter().take_while(|&&c| c == b' ' || c == b'h' || c == b':').count();
    if sep == 0 || !b[i..i + sep].iter().any(|&c| c == b'h' || c == b':') {
        return None;
    }
    i += sep;
    if digits(i) != 2 {
        return None;
    }
    i += 2;
    let rest = &text[from + i..end];
    let after = rest.strip_prefix(']').or_else(|| rest.trim_start_matches(is_space).strip_prefix(['-', '–', '—', '.']))?;
    after.starts_with(is_space).then(|| end - after.len())
}

/// The end of a headline's rubric, after its dash, when a speaker and a
/// colon before the marks follow: `Ligue des champions – Kylian Mbappé : «…»`.
fn rubric_end(text: &str, from: usize, end: usize) -> Option<usize> {
    let head = &text[from..crate::attribute::floor_boundary(text, end.min(from + 160))];
    let b = head.as_bytes();
    // (a colon before the marks first, by bytes: most paragraphs have none)
    let colon =
        memchr::memchr_iter(b':', b).find(|&k| head[k + 1..].trim_start_matches(is_space).starts_with(['«', '“', '"']))?;
    // the first dash between spaces before it (` – `, ` — `, ` - `), read on the spaces
    let dash = memchr::memchr_iter(b' ', &b[..colon]).find_map(|k| {
        let rest = &head[k + 1..colon];
        let len = ["– ", "— ", "- "].iter().find(|d| rest.starts_with(**d))?.len();
        Some((k, k + 1 + len))
    })?;
    let rubric = &head[..dash.0];
    if rubric.split_whitespace().count() > 6 || rubric.contains(['.', ',', ':', '«', '"']) {
        return None;
    }
    // (no second dash before the colon: not an aside `X – qui… – a dit`)
    let rest = &head[dash.1..colon];
    // (the rubric ends on its dash, the space after it opens nothing)
    (![" – ", " — "].iter().any(|d| rest.contains(d))).then(|| from + dash.1 - 1)
}

/// True when what follows `i` opens a sentence: a capital, a digit, a
/// quotation mark or a dash (after white space).
fn starts_sentence(text: &str, i: usize, end: usize) -> bool {
    // any quotation mark may open a quotation, a reversed one too (`”Le feu…”`)
    const OPENERS: [char; 6] = ['«', '“', '"', '”', '„', '‹'];
    if i < end && !text[i..].starts_with(is_space) && !text[i..].starts_with(OPENERS) {
        return false;
    }
    match next_non_space(text, i, end) {
        None => false,
        // (`--`, the dash of older editions, too)
        Some((k, c)) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || OPENERS.contains(&c)
                || matches!(c, '—' | '–' | '(' | '[')
                || text[k..end].starts_with("--")
        }
    }
}

/// True when the period at `dot` ends an abbreviation or an initial.
fn is_abbreviation(text: &str, lo: usize, dot: usize) -> bool {
    // six ASCII letters before the dot: a word longer than any abbreviation,
    // and no initial (told without reading the word back to its start)
    let b = &text.as_bytes()[lo..dot];
    if b.len() >= 6 && b[b.len() - 6..].iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let ws = word_start(text, lo, dot);
    let word = &text[ws..dot];
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    // an initial: one capital letter (`J.`, `J.-L.`)
    let mut chars = word.rsplit('-').next().unwrap_or(word).chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
        && char_before(text, ws).is_none_or(|c| !c.is_alphanumeric())
        && !is_network(text, ws, dot)
        && !sentence_word_after(text, dot)
}

/// True when the word after the period at `dot` opens a sentence and never a
/// name: a capitalised pronoun, preposition or conjunction (`les RER A et B.
/// À la SNCF…`, `la vitamine D. Elle…`), or an article before a small letter
/// (`B. La direction`, not `J. Le Goff`).
fn sentence_word_after(text: &str, dot: usize) -> bool {
    let after = text[dot + 1..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let mut words = after.split([' ', '\u{a0}', '\u{202f}', ',', '\'', '’']);
    let first = words.next().unwrap_or("");
    const OPENERS: &[&str] = &[
        "À",
        "Il",
        "Elle",
        "Ils",
        "Elles",
        "On",
        "Nous",
        "Je",
        "Selon",
        "Mais",
        "Et",
        "Pour",
        "Dans",
        "En",
        "Au",
        "Aux",
        "Ce",
        "Cette",
        "Ces",
        "Sur",
        "Avec",
        "Après",
        "Avant",
        "Depuis",
        "Lors",
        "Puis",
        "Cependant",
        "Pourtant",
        "Alors",
        "Un",
        "Une",
        "Les",
        "Ainsi",
        "Enfin",
        "Or",
        "Donc",
        "C",
        "L",
        "Côté",
        "Quant",
    ];
    OPENERS.contains(&first)
        || matches!(first, "Le" | "La" | "De" | "Du" | "Des") && words.next().is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// True when the capital before the dot at `dot` (from `ws`) is the social
/// network `X`, not an initial: after `sur` or `via` (`un message publié sur X.`)
/// or a word that names a network (`sur le réseau X.`, `sur son compte X.`),
/// or before a quotation or a line break, where no name follows.
fn is_network(text: &str, ws: usize, dot: usize) -> bool {
    let before = text[..ws].trim_end_matches(crate::text::is_space);
    let after = text[dot + 1..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    [" sur", " via", " réseau", " social", " plateforme", " compte"].iter().any(|w| before.ends_with(w))
        || after.is_empty()
        || after.starts_with(['«', '“', '"', '\n', '—'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split<'t>(text: &'t str, protected: &[Span]) -> Vec<&'t str> {
        let s = Sentences::new(text, protected);
        s.spans.iter().map(|sp| &text[sp.range()]).collect()
    }

    #[test]
    fn datelines_time_stamps_rubrics_and_the_network_x() {
        #[rustfmt::skip]
        let rows: &[(&str, &[&str])] = &[
            ("NANTES, 3 mars (AFP) - Le maire a parlé. Il part.", &["NANTES, 3 mars (AFP) -", "Le maire a parlé.", "Il part."]),
            ("Le ministre (LR) - il l'a dit - viendra.", &["Le ministre (LR) - il l'a dit - viendra."]),
            ("BREST, 9 mars - Le club a gagné.", &["BREST, 9 mars -", "Le club a gagné."]),
            ("GENÈVE (Suisse), 8 mai (AFP) - Il a parlé.", &["GENÈVE (Suisse), 8 mai (AFP) -", "Il a parlé."]),
            ("Lille, le 1er juin 2026 – Le maire a parlé.", &["Lille, le 1er juin 2026 –", "Le maire a parlé."]),
            ("Lille, ville de 9 mars - rien.", &["Lille, ville de 9 mars - rien."]),
            ("Paul, 9 ans - le plus jeune - a parlé.", &["Paul, 9 ans - le plus jeune - a parlé."]),
            ("11 h 45 – La ministre a parlé.", &["11 h 45 –", "La ministre a parlé."]),
            ("SAINT-ÉTIENNE – Le club a gagné.", &["SAINT-ÉTIENNE –", "Le club a gagné."]),
            ("UE - Le sommet a échoué.", &["UE - Le sommet a échoué."]),
            ("[11h45] La ministre a parlé.", &["[11h45]", "La ministre a parlé."]),
            ("Tour de France – Julien Morel : « On y croit. »", &["Tour de France –", "Julien Morel : « On y croit. »"]),
            ("Le maire – qui était absent – a dit : « Non. »", &["Le maire – qui était absent – a dit : « Non. »"]),
            (
                "Le député a réagi sur X. «\u{a0}Honte\u{a0}», écrit-il. Il signe J. Martin.",
                &["Le député a réagi sur X.", "«\u{a0}Honte\u{a0}», écrit-il.", "Il signe J. Martin."],
            ),
            (
                "Le trafic est coupé sur les RER A et B. À la SNCF, un train sur deux. Signé J. Le Goff.",
                &["Le trafic est coupé sur les RER A et B.", "À la SNCF, un train sur deux.", "Signé J. Le Goff."],
            ),
            ("Il manque de vitamine D. Elle le sait. La vitamine C. La direction se tait.", &["Il manque de vitamine D.", "Elle le sait.", "La vitamine C.", "La direction se tait."]),
            (
                "Elle l'a dit sur le réseau X. Contactée, la mairie se tait. Signé P. Durand.",
                &["Elle l'a dit sur le réseau X.", "Contactée, la mairie se tait.", "Signé P. Durand."],
            ),
        ];
        for (text, want) in rows {
            assert_eq!(split(text, &[]), *want, "{text}");
        }
    }

    #[test]
    fn abbreviations_initials_and_quotes() {
        let t = "M. Roux et J.-L. Marin sont venus. Mme. Vidal aussi ! Puis rien…\nFin";
        assert_eq!(split(t, &[]), ["M. Roux et J.-L. Marin sont venus.", "Mme. Vidal aussi !", "Puis rien…", "Fin"]);
        let t = "Il a dit : «Non. Jamais.» Elle a ri. «Bon», dit-il.";
        let q1 = t.find('«').unwrap();
        let q1e = t.find('»').unwrap() + 2;
        let q2 = t.rfind('«').unwrap();
        let q2e = t.rfind('»').unwrap() + 2;
        let s = split(t, &[Span::new(q1, q1e), Span::new(q2, q2e)]);
        assert_eq!(s, ["Il a dit : «Non. Jamais.»", "Elle a ri.", "«Bon», dit-il."]);
    }

    #[test]
    fn a_reversed_mark_opens_a_sentence() {
        let t = "Le feu a duré six heures. ”Trop de pneus”, dit-il.";
        assert_eq!(split(t, &[]), ["Le feu a duré six heures.", "”Trop de pneus”, dit-il."]);
    }

    #[test]
    fn lookup() {
        let t = "Un. Deux.";
        let s = Sentences::new(t, &[]);
        assert_eq!(s.index_of(5), Some(1));
        assert_eq!(s.get(0), Some(Span::new(0, 3)));
    }
}
