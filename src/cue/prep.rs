//! Prepositional and participial cues: `selon`, `d'après`, `de l'aveu de`,
//! `cité par`, `dans un entretien au`, `sur X`.

use std::sync::LazyLock;

use super::conjugate::{Agreement, agreements};

/// Prepositional cues as (phrase, canonical form). Phrases are lowercase
/// with single spaces and `'`; they match case-insensitively, with `'` or
/// `’` and any space. A final `de` also matches `du`, `des`, `d'`; a final
/// `à` matches `au`, `aux`.
pub(crate) const PREPOSITIONAL_CUES: &[(&str, &str)] = &[
    ("selon", "selon"),
    ("toujours selon", "toujours selon"),
    ("selon la même source", "selon la même source"),
    ("d'après la même source", "selon la même source"),
    ("selon la même agence", "selon la même source"),
    ("d'après la même agence", "selon la même source"),
    ("d'après", "d'après"),
    ("pour", "pour"),
    ("aux yeux de", "aux yeux de"),
    ("du point de vue de", "aux yeux de"),
    // (the view of the one a possessive takes up: `À ses yeux, …`, `à son avis`)
    ("à ses yeux", "à ses yeux"),
    ("à leurs yeux", "à ses yeux"),
    ("à son avis", "à ses yeux"),
    ("à leur avis", "à ses yeux"),
    ("à son sens", "à ses yeux"),
    ("à leur sens", "à ses yeux"),
    ("de son point de vue", "à ses yeux"),
    ("de leur point de vue", "à ses yeux"),
    ("de l'aveu de", "de l'aveu de"),
    ("de l'aveu même de", "de l'aveu même de"),
    ("de l'avis de", "de l'avis de"),
    ("de même source", "de même source"),
    ("de source proche de", "de source proche de"),
    // (`de source policière`, `de source sûre`: the source its adjectives describe)
    ("de source", "de source"),
    ("à en croire", "à en croire"),
    ("à l'en croire", "à l'en croire"),
    ("à les en croire", "à l'en croire"),
    ("au dire de", "au dire de"),
    ("à ce que", "à ce que"),
    ("à ce qu'", "à ce que"),
    ("aux dires de", "aux dires de"),
    ("pour reprendre les mots de", "pour reprendre les mots de"),
    ("pour reprendre les termes de", "pour reprendre les termes de"),
    ("pour reprendre l'expression de", "pour reprendre l'expression de"),
    ("pour reprendre la formule de", "pour reprendre la formule de"),
    ("au micro de", "au micro de"),
    ("sur les ondes de", "sur les ondes de"),
    ("sur l'antenne de", "sur l'antenne de"),
    ("à l'antenne de", "à l'antenne de"),
    ("sur le plateau de", "sur le plateau de"),
    ("devant les caméras de", "devant les caméras de"),
    ("devant la caméra de", "devant les caméras de"),
    ("dans les colonnes de", "dans les colonnes de"),
    ("dans un entretien", "dans un entretien"),
    ("en entretien à", "en entretien à"),
    ("en entrevue à", "en entrevue à"),
    ("en entrevue avec", "en entrevue à"),
    ("dixit", "dixit"),
    ("dans un entretien à", "dans un entretien à"),
    ("dans un entretien accordé à", "dans un entretien accordé à"),
    ("dans un entretien avec", "dans un entretien à"),
    ("dans une interview avec", "dans une interview à"),
    ("lors d'un entretien avec", "dans un entretien à"),
    ("lors d'un entretien accordé à", "dans un entretien accordé à"),
    ("lors d'une interview accordée à", "dans une interview accordée à"),
    ("dans une interview", "dans une interview"),
    ("dans une interview à", "dans une interview à"),
    ("dans une interview accordée à", "dans une interview accordée à"),
    ("dans un communiqué", "dans un communiqué"),
    ("dans un communiqué transmis à", "dans un communiqué transmis à"),
    ("dans un courriel", "dans un courriel"),
    ("dans un courriel adressé à", "dans un courriel adressé à"),
    ("dans un mail", "dans un mail"),
    ("dans un e-mail", "dans un e-mail"),
    ("dans un message transmis à", "dans un message transmis à"),
    ("dans une déclaration transmise à", "dans une déclaration transmise à"),
    ("dans une déclaration écrite", "dans une déclaration"),
    ("dans une déclaration écrite transmise à", "dans une déclaration transmise à"),
    ("dans une entrevue", "dans une interview"),
    ("dans une entrevue à", "dans une interview à"),
    ("dans une entrevue accordée à", "dans une interview accordée à"),
    ("dans un courriel transmis à", "dans un courriel adressé à"),
    ("dans un courriel envoyé à", "dans un courriel adressé à"),
    ("dans un message envoyé à", "dans un message transmis à"),
    ("dans un communiqué envoyé à", "dans un communiqué transmis à"),
    ("dans un communiqué adressé à", "dans un communiqué transmis à"),
    ("dans un message", "dans un message"),
    ("dans une déclaration", "dans une déclaration"),
    ("dans une lettre", "dans une lettre"),
    ("dans un courrier", "dans un courrier"),
    ("dans une tribune", "dans une tribune"),
    ("dans un tweet", "dans un tweet"),
    ("dans un post", "dans un post"),
    ("dans une publication", "dans une publication"),
    ("dans une vidéo", "dans une vidéo"),
    ("lors d'une conférence de presse", "lors d'une conférence de presse"),
    ("en conférence de presse", "en conférence de presse"),
    ("devant la presse", "devant la presse"),
    ("devant les journalistes", "devant les journalistes"),
    ("sur x", "sur X"),
    ("sur twitter", "sur Twitter"),
    ("sur facebook", "sur Facebook"),
    ("sur instagram", "sur Instagram"),
    ("sur linkedin", "sur LinkedIn"),
    ("sur telegram", "sur Telegram"),
    ("sur tiktok", "sur TikTok"),
    ("sur bluesky", "sur Bluesky"),
    ("sur threads", "sur Threads"),
    ("sur les réseaux sociaux", "sur les réseaux sociaux"),
    ("sur le réseau social x", "sur X"),
    ("sur son compte x", "sur X"),
    ("sur son compte twitter", "sur Twitter"),
    ("sur son compte facebook", "sur Facebook"),
    ("sur son compte instagram", "sur Instagram"),
    ("sur sa page facebook", "sur Facebook"),
    ("sur son blog", "sur son blog"),
];

/// Participial cues, written with the masculine singular participle; they
/// match in all four genders and numbers (`citée par`, `joints par`).
pub(crate) const PARTICIPLE_CUES: &[&str] = &[
    "cité par",
    "cité dans",
    "interrogé par",
    "interrogé sur",
    "joint par",
    "joint par téléphone par",
    "contacté par",
    "contacté par téléphone par",
    "interrogé par téléphone par",
    "interviewé par",
    "sollicité par",
    "questionné par",
    "consulté par",
    "relayé par",
    "rapporté par",
    "repris par",
    "invité de",
    "invité sur",
    "invité par",
];

/// A participial cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct ParticipleCue {
    /// Bytes consumed.
    pub(crate) len: usize,
    /// The entry of [`PARTICIPLE_CUES`] (`cité par`).
    pub(crate) canonical: &'static str,
    /// Gender and number of the participle as written (`citées`: feminine plural).
    pub(crate) agreement: Agreement,
}

/// Every agreed phrase of [`PARTICIPLE_CUES`] with its canonical form.
static PARTICIPLE_PHRASES: LazyLock<Vec<(String, &'static str, Agreement)>> = LazyLock::new(|| {
    let mut v = Vec::with_capacity(PARTICIPLE_CUES.len() * 4);
    for &cue in PARTICIPLE_CUES {
        let (pp, rest) = cue.split_once(' ').unwrap_or((cue, ""));
        for (form, agr) in agreements(pp) {
            v.push((format!("{form} {rest}"), cue, agr));
        }
    }
    v
});

/// The participial cue at the start of `input` (`citée par`, `Interrogés
/// par`, `jointe par`), case- and apostrophe-insensitive.
pub(crate) fn participle_cue(input: &str) -> Option<ParticipleCue> {
    let (_, first) = super::text::word(input).ok()?;
    participle_cue_after_head(input, &super::fold(first))
}

/// [`participle_cue`] when the first word of `input` is already known, folded: `head`.
fn participle_cue_after_head(input: &str, head: &str) -> Option<ParticipleCue> {
    let phrases = &*PARTICIPLE_PHRASES;
    static SET: LazyLock<super::text::PhraseSet> =
        LazyLock::new(|| super::text::PhraseSet::new(PARTICIPLE_PHRASES.iter().map(|p| p.0.as_str())));
    if let Some((i, m)) = SET.longest_after_head(input, head) {
        let (_, canonical, agreement) = phrases[i];
        // (a topic in small letters after `sur`, then the medium: `interrogée sur
        // ces critiques par Les Échos` is a cue of `par`)
        if canonical.ends_with(" sur") {
            if let Some(par) = topic_then_par(&input[m.len()..]) {
                let (rest, first) = super::text::word(input).ok()?;
                let tail = &rest[rest.len() - (input.len() - m.len() - par)..];
                let joined = format!("{first} {tail}");
                if let Some((i, j)) = SET.longest_after_head(&joined, head) {
                    let (_, canonical, agreement) = phrases[i];
                    let len = input.len() - tail.len() + (j.len() - first.len() - 1);
                    return Some(ParticipleCue { len, canonical, agreement });
                }
            }
        }
        return Some(ParticipleCue { len: m.len(), canonical, agreement });
    }
    // a time between the participle and its preposition (`interrogé mercredi sur
    // BFMTV`, `joint hier soir par l'AFP`, `interrogé en 2019 par Le Monde`): the
    // cue read without it
    let (rest, first) = super::text::word(input).ok()?;
    let after = rest.strip_prefix(' ')?;
    let tail = past_time(after)?.strip_prefix(' ')?;
    let joined = format!("{first} {tail}");
    let (i, m) = SET.longest_after_head(&joined, head)?;
    let (_, canonical, agreement) = phrases[i];
    let len = input.len() - tail.len() + (m.len() - first.len() - 1);
    Some(ParticipleCue { len, canonical, agreement })
}

/// After `sur`, a topic of a few words in small letters then `par` (`ces
/// critiques par`, `le dossier par`): where `par` starts in `after`.
fn topic_then_par(after: &str) -> Option<usize> {
    let head = &after[..crate::attribute::floor_boundary(after, after.len().min(80))];
    let k = head.find(" par ")?;
    let topic = head[..k].trim();
    let words: Vec<&str> = topic.split(' ').filter(|w| !w.is_empty()).collect();
    // (a participle after a noun takes `par` as its own agent: `interrogée sur
    // les taxes voulues par Washington`, where Washington relays nothing)
    let agent_of_participle = match words.as_slice() {
        [.., noun, last] => {
            let shaped = last.chars().count() > 4
                && ["és", "ée", "ées", "is", "ise", "ises", "ue", "ues", "us", "ite", "ites"].iter().any(|e| last.ends_with(e));
            let determiner =
                crate::attribute::phrase::is_determiner(noun) || matches!(*noun, "du" | "de") || noun.ends_with(['\'', '’']);
            shaped && !determiner
        }
        _ => false,
    };
    (!words.is_empty()
        && !agent_of_participle
        && words.len() <= 6
        && !topic.contains([',', '.', ';', ':', '!', '?', '«', '»', '"'])
        && words.iter().all(|w| w.starts_with(char::is_lowercase)))
    .then_some(k + 1)
}

/// The rest of `after` past the time it opens with, as a dispatch sets one
/// between a participle and its preposition: a day (`mercredi`, `hier`, then
/// `soir` or `matin`), `en` and a year or a month (`en 2019`, `en mars 2021`),
/// or `le` and a date (`le 3 mars`). `None` when it opens with no time.
fn past_time(after: &str) -> Option<&str> {
    let (tail, first) = super::text::word(after).ok()?;
    let first = super::fold(first);
    if is_day(&first) {
        let evening =
            tail.strip_prefix(' ').and_then(|t| super::text::word(t).ok()).filter(|(_, w)| matches!(*w, "soir" | "matin"));
        return Some(evening.map_or(tail, |(t, _)| t));
    }
    if first != "en" && first != "le" {
        return None;
    }
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut t = tail.strip_prefix(' ')?;
    if first == "le" {
        // (the day of the month, then its month)
        let n = digits(t);
        if !(1..=2).contains(&n) {
            return None;
        }
        t = t[n..].strip_prefix(' ')?;
    }
    let month = super::text::word(t).ok().filter(|(_, m)| crate::attribute::phrase::MONTHS.contains(&&*crate::text::lower(m)));
    match month {
        Some((rest, _)) => {
            // (and its year)
            let year = rest.strip_prefix(' ').filter(|r| digits(r) == 4);
            Some(year.map_or(rest, |r| &r[4..]))
        }
        None if first == "en" && digits(t) == 4 => Some(&t[4..]),
        None => None,
    }
}

/// True for a day named in a dispatch, folded: a weekday, `hier`.
fn is_day(word: &str) -> bool {
    word == "hier" || crate::attribute::phrase::is_weekday(word)
}

/// Whether `input` starts with a participial cue in any gender and number
/// (`cité par`, `citées par`, `jointe par`, `interrogés par`).
pub(crate) fn is_participle_cue(input: &str) -> bool {
    participle_cue(input).is_some()
}

/// A word where a prepositional or participial cue may start, in `text[start..end]`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueStart {
    /// Where the word starts.
    pub(crate) start: usize,
    /// Where it ends.
    pub(crate) end: usize,
}

/// The automaton of [`prepositional_cue_starts`]: the distinctive word of each cue.
static FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let longest_word = |p: &str| -> String { p.split([' ', '\'']).max_by_key(|w| w.chars().count()).unwrap_or(p).to_string() };
    // (`à ce que` has no distinctive word, `que` is everywhere: the phrase itself)
    let mut words: Vec<String> = PREPOSITIONAL_CUES.iter().filter(|c| c.1 != "à ce que").map(|c| longest_word(c.0)).collect();
    words.extend(["à ce qu", "À ce qu"].map(String::from));
    words.extend(PARTICIPLE_CUES.iter().map(|p| {
        let w = longest_word(p);
        // `cité` also finds `citée`, `cités`: search the stem
        w.trim_end_matches('é').to_string()
    }));
    words.sort();
    words.dedup();
    aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(&words).expect("cue words build an automaton")
});

/// The words of `text[start..end]` where a prepositional or participial cue may
/// start, found without reading the text word by word: an automaton finds the
/// distinctive word of each cue (`selon`, `aveu`, `micro`, `cité`…), and the few
/// words before each find are the candidates.
pub(crate) fn prepositional_cue_starts(text: &str, start: usize, end: usize) -> Vec<CueStart> {
    let mut starts: Vec<CueStart> = Vec::new();
    walk_back_from_finds(text, start, end, start, end, &mut starts);
    starts.sort_by_key(|s| s.start);
    starts
}

/// The starts of [`prepositional_cue_starts`] that lie outside `quote` (they
/// are read there only, the others are skipped), found without searching the
/// quotation's words but its first four. A walk back is at most five words
/// long: from a later word of a quotation it stays inside, and from a word
/// after a quotation of four words or more it cannot cross it. A quotation
/// of fewer words, or that does not open and close on a mark, is searched.
pub(crate) fn prepositional_cue_starts_outside(text: &str, start: usize, end: usize, quote: crate::Span) -> Vec<CueStart> {
    let is_word = |c: Option<char>| c.is_some_and(super::text::is_word_char);
    let marked = start <= quote.start
        && quote.end <= end
        && quote.start < quote.end
        && !is_word(text[quote.start..].chars().next())
        && !is_word(text[..quote.end].chars().next_back());
    // the end of the quotation's fourth word
    let mut fourth = marked.then_some(quote.start);
    for _ in 0..4 {
        fourth = fourth.and_then(|at| {
            let ws = skip_other(text, at, quote.end);
            let we = skip_word(text, ws, quote.end);
            (we > ws).then_some(we)
        });
    }
    let Some(fourth) = fourth else { return prepositional_cue_starts(text, start, end) };
    let mut starts: Vec<CueStart> = Vec::new();
    walk_back_from_finds(text, start, end, start, fourth, &mut starts);
    walk_back_from_finds(text, start, end, quote.end, end, &mut starts);
    starts.sort_by_key(|s| s.start);
    starts
}

/// Adds to `starts` the words of `text[start..end]` before each find of the
/// automaton in `text[from..to]` (inside `start..end`), no earlier than `start`.
/// A find only tells which word holds it: every word that holds a distinctive
/// word is found, and its walk back is the same from any find inside it.
fn walk_back_from_finds(text: &str, start: usize, end: usize, from: usize, to: usize, starts: &mut Vec<CueStart>) {
    for m in FINDER.find_iter(&text[from..to]) {
        // the cue starts at most four words before its distinctive word
        let mut pos = from + m.start();
        for _ in 0..5 {
            let ws = skip_back(text, start, pos, true);
            // a word already found was reached from an earlier find, no nearer
            // than this one: the words before it were walked then
            if starts.iter().any(|s| s.start == ws) {
                break;
            }
            let we = skip_word(text, ws, end);
            if we > ws {
                starts.push(CueStart { start: ws, end: we });
            }
            // the word before, at most three bytes of other characters away
            // (the scan stops four bytes back: farther is too far)
            let before = skip_back(text, ws.saturating_sub(4).max(start), ws, false);
            if before == start || ws - before > 3 {
                break;
            }
            pos = before;
        }
    }
}

/// Where the run of characters that are not word characters from `i` ends,
/// no later than `hi`.
fn skip_other(text: &str, i: usize, hi: usize) -> usize {
    let b = &text.as_bytes()[..hi];
    let mut j = i;
    while j < hi {
        if b[j].is_ascii() {
            if b[j].is_ascii_alphabetic() {
                break;
            }
            j += 1;
        } else {
            match text[j..hi].chars().next() {
                Some(ch) if !super::text::is_word_char(ch) => j += ch.len_utf8(),
                _ => break,
            }
        }
    }
    j
}

/// Where the run of characters before `i` that are word characters (`word`)
/// or not (`!word`) starts, no earlier than `lo` but for a character that
/// crosses it. ASCII is read as bytes.
fn skip_back(text: &str, lo: usize, i: usize, word: bool) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    while j > lo {
        let c = b[j - 1];
        let (is_word, len) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), 1)
        } else {
            match text[..j].chars().next_back() {
                Some(ch) => (super::text::is_word_char(ch), ch.len_utf8()),
                None => break,
            }
        };
        if is_word != word {
            break;
        }
        j -= len;
    }
    j
}

/// Where the word that starts at `i` ends, no later than `hi`. ASCII is
/// read as bytes.
fn skip_word(text: &str, i: usize, hi: usize) -> usize {
    let b = &text.as_bytes()[..hi];
    let mut j = i;
    while j < hi {
        if b[j].is_ascii_alphabetic() {
            j += 1;
        } else if b[j].is_ascii() {
            break;
        } else {
            match text[j..hi].chars().next() {
                Some(ch) if super::text::is_word_char(ch) => j += ch.len_utf8(),
                _ => break,
            }
        }
    }
    j
}

/// The prepositional or participial cue at the start of `input`, the
/// longest that matches: its length in bytes and its canonical form
/// (`D’après` → `d'après`; `citée par` → `cité par`).
pub(crate) fn prepositional_cue(input: &str) -> Option<(usize, &'static str)> {
    // a cue is tried at every word of a sentence: most words start none
    static FIRST_WORDS: LazyLock<std::collections::HashSet<String, super::WordHashBuild>> = LazyLock::new(|| {
        let head = |p: &str| p[..p.find([' ', '\'', '-']).unwrap_or(p.len())].to_string();
        let mut set: std::collections::HashSet<String, super::WordHashBuild> =
            PREPOSITIONAL_CUES.iter().map(|c| head(c.0)).collect();
        set.extend(PARTICIPLE_PHRASES.iter().map(|p| head(&p.0)));
        // contractions that the phrase matcher reads as `de` and `à`
        set.extend(["du", "des", "d", "au", "aux"].map(String::from));
        set
    });
    // (the first word read by bytes)
    let end = super::text::word(input).map_or(0, |(_, w)| w.len());
    if end == 0 {
        return None;
    }
    // the first word, folded once for the three lookups
    let head = super::fold(&input[..end]);
    if !FIRST_WORDS.contains(&*head) {
        return None;
    }
    static SET: LazyLock<super::text::PhraseSet> =
        LazyLock::new(|| super::text::PhraseSet::new(PREPOSITIONAL_CUES.iter().map(|c| c.0)));
    let prep = SET.longest_after_head(input, &head).map(|(i, m)| (m.len(), PREPOSITIONAL_CUES[i].1));
    let part = participle_cue_after_head(input, &head).map(|p| (p.len, p.canonical));
    let found = match (prep, part) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    };
    // (`selon` before what varies means "depending on": `selon les régions`,
    // `selon les cas`, `selon qu'il pleuve`)
    found.filter(|&(len, canonical)| canonical != "selon" || !varies(&input[len..]))
}

/// True when the words after `selon` name what something varies with, not
/// who says it: `que` (`selon qu'il pleut`), or a determiner and a noun of
/// [`VARIATION_NOUNS`] (`les régions`, `le cas`, `l'âge`).
fn varies(rest: &str) -> bool {
    let mut words = rest.split(|c: char| c.is_whitespace() || c == '\'' || c == '’').filter(|w| !w.is_empty());
    match words.next() {
        Some("que" | "qu") => true,
        Some("les" | "le" | "la" | "l" | "leur" | "leurs" | "son" | "sa" | "ses") => {
            words.next().is_some_and(|n| VARIATION_NOUNS.contains(&n.trim_end_matches([',', '.', ';', ')'])))
        }
        _ => false,
    }
}

/// Nouns of what a quantity varies with, after `selon` (see [`varies`]).
const VARIATION_NOUNS: &[&str] = &[
    "cas",
    "régions",
    "région",
    "massifs",
    "années",
    "saisons",
    "saison",
    "secteurs",
    "pays",
    "départements",
    "zones",
    "périodes",
    "modèles",
    "versions",
    "heures",
    "jours",
    "âge",
    "âges",
    "profils",
    "types",
    "situations",
    "circonstances",
    "besoins",
    "moments",
    "endroits",
    "lieux",
    "quartiers",
    "territoires",
    "villes",
    "communes",
    "établissements",
    "filières",
    "catégories",
    "revenus",
    "tranches",
    "produits",
    "sites",
    "stations",
    "variétés",
    "espèces",
    "conditions",
    "scénarios",
    "hypothèses",
    "critères",
    "méthodes",
    "options",
    "formules",
    "tailles",
    "distances",
    "horaires",
    "modalités",
    "quantités",
    "températures",
    "météo",
    "humeur",
    "habitudes",
    "goûts",
    "envies",
    "disponibilités",
    "budgets",
    "marques",
    "enseignes",
    "postes",
    "métiers",
    "niveaux",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositional_cues() {
        #[rustfmt::skip]
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            ("selon le ministre", Some(("selon", "selon"))),
            ("Selon lui", Some(("Selon", "selon"))),
            // (what varies, not who says: "depending on")
            ("selon les régions", None),
            ("selon l'âge des élèves", None),
            ("selon qu'il pleut", None),
            ("selon les experts", Some(("selon", "selon"))),
            ("D’après l’AFP", Some(("D’après", "d'après"))),
            ("d'après elle", Some(("d'après", "d'après"))),
            ("de l'aveu même du maire", Some(("de l'aveu même du", "de l'aveu même de"))),
            ("de l’aveu d’Inès", Some(("de l’aveu d’", "de l'aveu de"))),
            ("aux yeux de la CGT", Some(("aux yeux de", "aux yeux de"))),
            ("Aux yeux du patronat", Some(("Aux yeux du", "aux yeux de"))),
            ("aux yeux des syndicats", Some(("aux yeux des", "aux yeux de"))),
            ("À ses yeux, le texte", Some(("À ses yeux", "à ses yeux"))),
            ("de leur point de vue", Some(("de leur point de vue", "à ses yeux"))),
            ("du point de vue des élus", Some(("du point de vue des", "aux yeux de"))),
            ("de même source, on", Some(("de même source", "de même source"))),
            ("dans un entretien au Soir", Some(("dans un entretien au", "dans un entretien à"))),
            ("dans un entretien publié", Some(("dans un entretien", "dans un entretien"))),
            ("dans une interview accordée à RTL", Some(("dans une interview accordée à", "dans une interview accordée à"))),
            ("dans un communiqué\u{a0}:", Some(("dans un communiqué", "dans un communiqué"))),
            ("au micro d'Europe", Some(("au micro d'", "au micro de"))),
            ("sur X, il", Some(("sur X", "sur X"))),
            ("sur son compte X", Some(("sur son compte X", "sur X"))),
            ("sur Twitter", Some(("sur Twitter", "sur Twitter"))),
            ("citée par l'agence", Some(("citée par", "cité par"))),
            ("Interrogés par franceinfo", Some(("Interrogés par", "interrogé par"))),
            ("pour le syndicat", Some(("pour", "pour"))),
            ("pourtant", None),
            ("selonx", None),
            ("sur Xavier", None),
            ("le ministre", None),
        ];
        for (input, want) in rows {
            let got = prepositional_cue(input).map(|(n, c)| (&input[..n], c));
            assert_eq!(got, *want, "{input}");
        }
    }

    #[test]
    fn cue_starts_by_bytes_as_by_characters() {
        // the words before each find, read by characters
        fn by_chars(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
            let word = super::super::text::is_word_char;
            let mut starts: Vec<(usize, usize)> = Vec::new();
            for m in FINDER.find_iter(&text[start..end]) {
                let mut pos = start + m.start();
                for _ in 0..5 {
                    let ws = text[start..pos]
                        .char_indices()
                        .rev()
                        .find(|&(_, c)| !word(c))
                        .map_or(start, |(k, c)| start + k + c.len_utf8());
                    let we = ws + text[ws..end].find(|c: char| !word(c)).unwrap_or(end - ws);
                    if we > ws && !starts.iter().any(|s| s.0 == ws) {
                        starts.push((ws, we));
                    }
                    let before = text[start..ws].trim_end_matches(|c: char| !word(c));
                    if before.is_empty() || ws - (start + before.len()) > 3 {
                        break;
                    }
                    pos = start + before.len();
                }
            }
            starts.sort();
            starts
        }
        let texts = [
            "Selon lui, «\u{a0}non\u{a0}», a-t-il dit, d’après l’AFP et cité par Le Monde 2024 selon X.",
            "de l'aveu même du maire ; aux yeux de la CGT… pour reprendre les termes de Mme Lenoir",
            "surtout, l’Île-de-France: interrogée par 20 Minutes — jointe par téléphone, selon-elle",
            "dans un entretien accordé au Soir, « — » ... ; dans une vidéo publiée sur Twitter/X",
            "re\u{301}pondu selon ΣΟΦΟΣ 42 1 2 3 selon, (selon) «selon» a b c d e f selon",
        ];
        for text in texts {
            for (start, end) in windows(text, 3, 7) {
                let got: Vec<(usize, usize)> =
                    prepositional_cue_starts(text, start, end).iter().map(|s| (s.start, s.end)).collect();
                assert_eq!(got, by_chars(text, start, end), "{start}..{end} in {text:?}");
            }
        }
    }

    /// Windows `start..end` of `text` on character boundaries: every
    /// `start_step`-th start, and from each, every `end_step`-th end.
    fn windows(text: &str, start_step: usize, end_step: usize) -> Vec<(usize, usize)> {
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let mut out = Vec::new();
        for (n, &start) in bounds.iter().enumerate().step_by(start_step) {
            out.extend(bounds[n..].iter().step_by(end_step).map(|&end| (start, end)));
        }
        out
    }

    #[test]
    fn cue_starts_outside_a_quotation_as_in_the_whole() {
        let texts = [
            "Selon lui, « non, pas pour moi », a-t-il dit, d’après l’AFP et « cité par Le Monde » selon X.",
            "D'APRÈS «pour un mot» selon «a b c d e f g h» pour «un deux trois quatre cinq» aux dires de Paul",
            "a dit «oui» selon X ; «selon moi, pour tous, aux yeux de tous» de l'aveu même du maire «x y z w v»",
            "sur «Twitter et Facebook sur son compte X, pour reprendre les termes» de l’avis de «—» Pierre",
            // walks that leave the quotation: from its fourth word, and across one of three words
            "X D'APRÈS «a b c pour d e» et D'APRÈS «a b» selon lui, D'APRÈS «a b c» selon",
        ];
        for text in texts {
            let marks: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| matches!(c, '«' | '»')).collect();
            for pair in marks.chunks(2) {
                let [(open, _), (close, c)] = pair else { continue };
                let quote = crate::Span::new(*open, close + c.len_utf8());
                for (start, end) in windows(text, 5, 3) {
                    let outside = |v: Vec<CueStart>| -> Vec<(usize, usize)> {
                        v.iter().filter(|s| !quote.contains(crate::Span::new(s.start, s.end))).map(|s| (s.start, s.end)).collect()
                    };
                    let got = outside(prepositional_cue_starts_outside(text, start, end, quote));
                    let want = outside(prepositional_cue_starts(text, start, end));
                    assert_eq!(got, want, "{start}..{end} around {quote:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn participle_cues() {
        let c = participle_cue("jointes par téléphone").unwrap();
        assert_eq!((c.canonical, c.agreement), ("joint par", Agreement { feminine: true, plural: true }));
        assert_eq!(c.len, "jointes par".len());
        let c = participle_cue("repris par Le Monde").unwrap();
        assert_eq!(c.canonical, "repris par");
        // (past a time: a day, a year, a month, a date)
        for (input, len) in [
            ("interrogée mercredi soir par", "interrogée mercredi soir par".len()),
            ("interrogé en 2019 par", "interrogé en 2019 par".len()),
            ("contacté en mars 2021 par", "contacté en mars 2021 par".len()),
            ("joint le 4 juin par", "joint le 4 juin par".len()),
        ] {
            assert_eq!(participle_cue(input).map(|c| c.len), Some(len), "{input}");
        }
        for no in ["interrogé en colère par", "interrogé le ministre par", "joint le 4 par"] {
            assert!(!is_participle_cue(no), "{no}");
        }
        for yes in ["cité par", "citée par", "cités par", "citées par", "Contactée par", "interrogée sur"] {
            assert!(is_participle_cue(yes), "{yes}");
        }
        for no in ["selon", "cité", "citer par", "citation par"] {
            assert!(!is_participle_cue(no), "{no}");
        }
    }
}
