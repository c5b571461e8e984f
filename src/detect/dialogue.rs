//! Dialogue and interview turns: a paragraph opened by a dash (`—`, `–`, `--`,
//! or `-` in a run of dialogue-like lines), and the turns of an exchange held
//! inside one pair of guillemets (`« — Vous partez ? — Oui. »`).
//!
//! A turn's text starts after the dash and runs to the end of the speech: a final
//! incise (`, dit-il.`, `? demanda-t-elle.`) is left out, an incise in the middle
//! (`Oui, répondit Marie, je viens.`) is kept in the text but not in the parts.

use super::Found;
use super::incise;
use super::paragraph::{Paragraph, Paragraphs};
use crate::cue::Lexicon;
use crate::model::Marks;
use crate::span::Span;
use crate::text::{char_before, is_space, next_non_space, prev_non_space, trim_span};

/// The dash that opens a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DashKind {
    /// `—` (or the horizontal bar `―`).
    Em,
    /// `–`.
    En,
    /// `--` in older plain-text editions.
    Double,
    /// `-` followed by a space: dialogue only in a run of dialogue-like lines.
    Hyphen,
}

/// A turn dash at byte `i`: its length and kind.
pub(crate) fn dash_at(text: &str, i: usize, end: usize) -> Option<(usize, DashKind)> {
    let s = &text[i..end];
    if s.starts_with('—') || s.starts_with('―') {
        Some((3, DashKind::Em))
    } else if s.starts_with('–') {
        Some((3, DashKind::En))
    } else if s.starts_with("--") && !s[2..].starts_with('-') {
        Some((2, DashKind::Double))
    } else if s.starts_with('-') && s[1..].starts_with(is_space) {
        Some((1, DashKind::Hyphen))
    } else {
        None
    }
}

/// Decides whether the run of paragraphs opened by the same kind of dash as `first`
/// is dialogue or a list. Returns the end of the run and the verdict.
///
/// A list item starts in lower case or with a digit, or ends with `;`, `,` or `:`;
/// a dialogue line starts with a capital and holds a question, an exclamation or
/// an incise. Hyphens and en dashes need a dialogue line and no list item.
///
/// `turns_elsewhere` tells whether the text writes its turns with that dash
/// elsewhere (asked only for a run that has no list item and does not read as
/// speech by itself: `– Il y a des ravins.` after `Mme Lefort soupira.`).
pub(crate) fn dash_run(
    text: &str,
    first: Paragraph,
    kind: DashKind,
    lex: &Lexicon,
    turns_elsewhere: impl FnOnce() -> bool,
) -> (usize, bool) {
    let mut end = first.end;
    let mut list_item = false;
    let mut dialogue_line = false;
    let mut lines = 0;
    for p in Paragraphs::from_offset(text, first.content) {
        let Some((len, k)) = dash_at(text, p.content, p.end) else {
            break;
        };
        if k != kind {
            break;
        }
        end = p.end;
        lines += 1;
        let Some((s, c)) = next_non_space(text, p.content + len, p.end) else {
            continue;
        };
        let last = text[s..p.end].chars().next_back().unwrap_or(' ');
        // (an item that gives a name and its words: `- Le président, X : «…»`)
        // (a label of a few words with no sentence and no subject pronoun of its
        // own: not a turn's `Elle m'a dit : «…»`)
        let labelled_quote = || {
            let line = &text[s..p.end];
            line.find(':').is_some_and(|k| {
                let label = &line[..k];
                let words = || label.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
                !label.contains(['«', '“', '"', '.', '?', '!', '…'])
                    && words().count() <= 12
                    && !speaks_in_person(label)
                    && !words().any(|w| crate::attribute::phrase::is_third_person(w) || matches!(w, "on" | "On"))
                    && line[k + 1..].trim_start_matches(crate::text::is_space).starts_with(['«', '“', '"'])
            })
        };
        // (an item that quotes someone with the cue after the marks: `- La CGT
        // dénonce… «Nous serons là», a prévenu son chef.`, a press list's)
        // (words opening their sentence, not woven into the turn's own: `- Il dit
        // que t'es «la plus relou», ajoute-t-il.` is a turn)
        let quoted_with_cue = || {
            let line = &text[s..p.end];
            line.match_indices(['»', '”']).any(|(k, m)| {
                let open = line[..k].rfind(['«', '“']);
                let opens_sentence = open.is_some_and(|o| {
                    let before = line[..o].trim_end_matches(crate::text::is_space);
                    before.is_empty() || before.ends_with(['.', '!', '?', '…', ':'])
                });
                if !opens_sentence {
                    return false;
                }
                let after = s + k + m.len();
                let rest = text[after..p.end].trim_start_matches(crate::text::is_space);
                rest.strip_prefix(',').is_some_and(|r| {
                    let at = p.end - r.trim_start_matches(crate::text::is_space).len();
                    incise::incise_at(text, at, p.end, lex).is_some_and(|inc| inc.subject.is_some())
                })
            })
        };
        if c.is_lowercase() || c.is_ascii_digit() || matches!(last, ';' | ',' | ':') || labelled_quote() || quoted_with_cue() {
            list_item = true;
        } else if reads_as_speech(text, s, p.end, lex) {
            dialogue_line = true;
        }
    }
    // an en dash also opens list items in the press (`– Une hausse des salaires.`):
    // like a hyphen, it needs a line that reads as speech, or a verb of speech
    // conjugated before a colon right before a run of one line (`Elle a dit :`;
    // a list has items: `Le plan prévoit :` then two lines)
    let announced = || {
        if lines != 1 {
            return false;
        }
        let before = text[..first.content].trim_end_matches(|c: char| crate::text::is_space(c));
        before.strip_suffix(':').is_some_and(|b| {
            b.rsplit(|c: char| !crate::text::is_word_char(c)).filter(|w| !w.is_empty()).take(3).any(|w| {
                lex.lookup_all(w).any(|v| matches!(v.form, crate::cue::Form::Finite { .. }))
                    || matches!(w, "dit" | "répondu" | "demandé" | "crié" | "murmuré" | "ajouté" | "répété")
            })
        })
    };
    let verdict = match kind {
        DashKind::Hyphen | DashKind::En => (dialogue_line || announced() || turns_elsewhere()) && !list_item,
        _ => !list_item,
    };
    (end, verdict)
}

/// True when the line `text[s..end]` after a dash reads as speech: a
/// question, an exclamation, the first or second person, or an incise.
/// The words in guillemets or English quotes a line quotes, and the cue right
/// after them (`- La CGT dénonce une «provocation». «Nous serons là», a
/// prévenu son chef.`, a press list's item) are someone else's: not read.
fn reads_as_speech(text: &str, s: usize, end: usize, lex: &Lexicon) -> bool {
    let line = &text[s..end];
    if !line.contains(['«', '“']) {
        return line.contains(['?', '!', '…']) || speaks_in_person(line) || incise::find_incise(text, s, end, &[], lex).is_some();
    }
    // the quoted stretches, marks included
    let mut quoted: Vec<Span> = Vec::new();
    let mut at = 0;
    while let Some(k) = line[at..].find(['«', '“']).map(|k| at + k) {
        let close = if line[k..].starts_with('«') { '»' } else { '”' };
        let Some(e) = line[k..].find(close).map(|e| k + e + close.len_utf8()) else { break };
        quoted.push(Span::new(s + k, s + e));
        at = e;
    }
    let mut outside = String::with_capacity(line.len());
    let mut from = s;
    for q in &quoted {
        outside.push_str(&text[from..q.start]);
        outside.push(' ');
        from = q.end;
    }
    outside.push_str(&text[from..end]);
    if outside.contains(['?', '!', '…']) || speaks_in_person(&outside) {
        return true;
    }
    // (an incise, not the cue of the quoted words right before it)
    let mut pos = s;
    while let Some((k, inc)) = incise::find_incise(text, pos, end, &quoted, lex) {
        if !text[s..k].trim_end_matches(is_space).ends_with(['»', '”']) {
            return true;
        }
        pos = inc.end.max(k + 1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    false
}

/// True when the text writes dialogue turns with en dashes: a paragraph opens
/// on an en dash and a capital and reads as speech (`– Tu viens ? demanda
/// Zoé.`). Read at most once per text.
pub(crate) fn en_dash_turns(text: &str, lex: &Lexicon) -> bool {
    Paragraphs::new(text).any(|p| {
        matches!(dash_at(text, p.content, p.end), Some((_, DashKind::En)))
            && next_non_space(text, p.content + 3, p.end)
                .is_some_and(|(s, c)| c.is_uppercase() && reads_as_speech(text, s, p.end, lex))
    })
}

/// True when a line speaks in the first or second person (`je`, `vous`,
/// `mon`…): speech, not a list item.
pub(crate) fn speaks_in_person(line: &str) -> bool {
    // (lowered without allocating: most words are their own lower case)
    line.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            &*crate::text::lower(w),
            "je" | "j"
                | "tu"
                | "vous"
                | "nous"
                | "moi"
                | "toi"
                | "me"
                | "te"
                | "mon"
                | "ma"
                | "mes"
                | "ton"
                | "ta"
                | "tes"
                | "votre"
                | "vos"
                | "notre"
                | "nos"
        )
    })
}

/// Adds to `out` the turns that start with the dash at `from` and run to `end`
/// (the end of the paragraph, or the closing mark of the guillemets that hold the
/// exchange). Inside guillemets (`container`), a dash after the end of a sentence
/// starts a new turn; elsewhere only a dash after a final incise does.
/// Incises and turn breaks inside a `protected` span (a quotation nested in the
/// turn) are not considered.
#[allow(clippy::too_many_arguments)]
pub(crate) fn turns(
    text: &str,
    from: usize,
    end: usize,
    container: bool,
    protected: &[Span],
    lex: &Lexicon,
    hyphen: bool,
    out: &mut Vec<Found>,
) {
    let mut dash = from;
    while let Some((len, _)) = dash_at(text, dash, end) {
        let Some((speech, _)) = next_non_space(text, dash + len, end) else {
            break;
        };
        let split = if container { next_sentence_dash(text, speech, end, protected) } else { None };
        let limit = split.unwrap_or(end);
        let cut = incise::cut_incises(text, speech, limit, protected, lex, true);
        let span = trim_span(text, speech, cut.text_end);
        if !span.is_empty() {
            out.push(Found {
                span: Span::new(dash, span.end),
                text: span,
                parts: cut.parts,
                marks: Marks::Dash,
                depth: 0,
                confidence: if hyphen { 0.8 } else { 0.95 },
            });
        }
        dash = match (cut.next_dash, split) {
            (Some(d), _) => d,
            (None, Some(s)) => s,
            (None, None) => break,
        };
    }
}

/// The dash of a paragraph that opens on a speaker's label, as plays and
/// interview transcripts write their turns: `SOPHIE. — Tu viens ?`, `Julie
/// Ferrand. — Le mot est trompeur.`, `LE COMTE. – Sortez.` The label is a
/// name of one to five words, each capitalised (or a particle), then a period
/// and a dash. Returns the dash's position and the label's end.
pub(crate) fn label_dash(text: &str, from: usize, end: usize) -> Option<(usize, usize)> {
    let line = &text[from..end];
    let head = &line[..crate::attribute::floor_boundary(line, line.len().min(64))];
    // (the period and the dash first, by bytes: most paragraphs have neither)
    let hb = head.as_bytes();
    let dot = memchr::memchr_iter(b'.', hb).find(|&i| hb.get(i + 1) == Some(&b' '))?;
    let after = from + dot + 1;
    let (dash, _) = next_non_space(text, after, end)?;
    let (len, kind) = dash_at(text, dash, end)?;
    if kind == DashKind::Hyphen || next_non_space(text, dash + len, end).is_none() {
        return None;
    }
    let label = &head[..dot];
    // (not an initial, `Q.`, nor an honorific alone, `M.`)
    let named = is_name_label(label, false) && label.chars().count() > 2;
    named.then_some((dash, from + dot))
}

/// True for a speaker's label: a name of one to five words, each capitalised
/// (or a particle), of letters, hyphens and apostrophes (and periods when
/// `initials`: `C. B.`).
fn is_name_label(label: &str, initials: bool) -> bool {
    let particle = |w: &str| matches!(w, "de" | "du" | "des" | "d'" | "d’" | "von" | "van" | "le" | "la");
    (1..=5).contains(&label.split(' ').count())
        && label.starts_with(char::is_uppercase)
        && label.split(' ').all(|w| {
            !w.is_empty()
                && (w.starts_with(char::is_uppercase) || particle(w))
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’') || initials && c == '.')
        })
}

/// The label of a paragraph that opens a transcript's turn with a colon and no
/// marks: `Arthur Lemaire : Oui, une seconde…`, `franceinfo : Vous avez…`. The
/// label is a name of one to five words, each capitalised (or a particle), or
/// one word in small letters that names a medium (`franceinfo`); the words
/// after the colon open on no mark or dash (`X : «…»` is a quotation of its
/// own). Returns the label's span and where the speech starts.
pub(crate) fn label_colon(text: &str, from: usize, end: usize) -> Option<(Span, usize)> {
    let line = &text[from..end];
    let head = &line[..crate::attribute::floor_boundary(line, line.len().min(64))];
    let colon = memchr::memchr(b':', head.as_bytes())?;
    let label = head[..colon].trim_end_matches(is_space);
    let (speech, c) = next_non_space(text, from + colon + 1, end)?;
    if matches!(c, '«' | '“' | '"' | '‹' | '—' | '–' | '-') || label.is_empty() {
        return None;
    }
    let named = is_name_label(label, true);
    // (or an interview's `Q :` and `R :`, `Question :` and `Réponse :`)
    let interview = interview_label_word(label).is_some();
    let brand = !label.contains(' ') && label.ends_with("info") && label.chars().all(|c| c.is_ascii_lowercase());
    // (not the heads of an article's practical lines: `Photo : AFP`, `Tarifs : 12 €`)
    let practical = || PRACTICAL_LABELS.contains(&label.split(' ').next().unwrap_or(label).trim_end_matches('s'));
    ((named && label.chars().count() > 1 && !practical()) || brand || interview)
        .then(|| (Span::new(from, from + label.len()), speech))
}

/// `Some(true)` for an interview's answer label (`R`, `R.`, `Réponse`),
/// `Some(false)` for a question's (`Q`, `Question`), spaces around it ignored.
pub(crate) fn interview_label_word(label: &str) -> Option<bool> {
    match label.trim_matches(is_space) {
        "R" | "R." | "Réponse" | "REPONSE" | "RÉPONSE" => Some(true),
        "Q" | "Q." | "Question" | "QUESTION" => Some(false),
        _ => None,
    }
}

/// The first words of the practical lines of an article or a programme, which
/// open on a capitalised word and a colon as a transcript's turns do.
const PRACTICAL_LABELS: &[&str] = &[
    "Photo",
    "Source",
    "Crédit",
    "Légende",
    "Vidéo",
    "Lire",
    "Voir",
    "Contact",
    "Tél",
    "Adresse",
    "Tarif",
    "Horaire",
    "Info",
    "Pratique",
    "Réservation",
    "Prix",
    "Date",
    "Lieu",
    "Durée",
    "Programme",
    "Note",
    "NB",
    "PS",
    "Auteur",
    "Édition",
    "Titre",
    "Mise",
    "Rens",
    "Renseignement",
    "Entrée",
    "Accès",
    "Site",
    "Mail",
    "Courriel",
    "Dessin",
    "Illustration",
    "Graphique",
    "Carte",
    "Infographie",
    "Texte",
    "Traduction",
    "Sommaire",
    "Mots-clés",
    "Thème",
    "Rubrique",
    "Genre",
    "Éditeur",
    "Pages",
    "Page",
    "Format",
    "Distribution",
    "Casting",
    "Réalisation",
    "Scénario",
    "Musique",
    "Production",
    "Sortie",
    "Avec",
    "Par",
];

/// Splits the pairs of guillemets of `found[from..]` that hold an exchange
/// on one line into its turns: `« — Vous partez ? — Demain. »`, every turn
/// opened by a dash, or `« Vous partez ? lui demanda-t-il. — Demain. »`, whose
/// first turn has none and stays a quotation in guillemets (its incise kept,
/// as when the turns are on lines of their own). The outer pair is no
/// quotation of its own. A dash inside a sentence (`« Le projet — j'insiste —
/// est mort »`) is an aside, and a dash after a sentence opens a turn only
/// before a capital or a mark.
///
/// Returns the opening marks of the first turns left without their closing
/// mark (the exchange's own), to be reported.
pub(crate) fn split_exchanges(text: &str, found: &mut Vec<Found>, from: usize, para_start: usize, lex: &Lexicon) -> Vec<Span> {
    let mut opened: Vec<Span> = Vec::new();
    let mut turns_found: Vec<Found> = Vec::new();
    let mut dropped: Vec<usize> = Vec::new();
    for i in from..found.len() {
        let f = &found[i];
        // (a pair closed in the paragraph, not one that spans paragraphs)
        if f.marks != Marks::Guillemets || f.depth != 0 || f.text.is_empty() || f.span.start < para_start {
            continue;
        }
        // (a dash that opens a turn, `—`, `–`, `―` or `--`, by bytes first: most
        // quotations hold none)
        let b = &text.as_bytes()[f.text.range()];
        let wide = memchr::memchr_iter(0xE2, b).any(|i| b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93..=0x95)));
        if !wide && !memchr::memchr_iter(b'-', b).any(|i| b.get(i + 1) == Some(&b'-')) {
            continue;
        }
        let inner: Vec<Span> =
            found[from..].iter().filter(|n| n.depth > f.depth && f.span.contains(n.span)).map(|n| n.span).collect();
        let opens_turn = |at: usize| {
            dash_at(text, at, f.text.end).is_some_and(|(len, kind)| {
                kind != DashKind::Hyphen
                    && next_non_space(text, at + len, f.text.end)
                        .is_some_and(|(_, c)| c.is_uppercase() || matches!(c, '«' | '“' | '…'))
            })
        };
        if opens_turn(f.text.start) {
            turns(text, f.text.start, f.text.end, true, &inner, lex, false, &mut turns_found);
            dropped.push(i);
            continue;
        }
        let mut at = f.text.start;
        let split = loop {
            let Some(d) = next_sentence_dash(text, at, f.text.end, &inner) else { break None };
            if opens_turn(d) {
                break Some(d);
            }
            at = d + 1;
            while !text.is_char_boundary(at) {
                at += 1;
            }
        };
        let Some(split) = split else { continue };
        let first = trim_span(text, f.text.start, split);
        // (the first turn is a short line of speech: a question, an
        // exclamation, or words with their incise; not a journal's entry, `Seize
        // ans. — Contrariétés…`, nor narration that quotes, `j'ai dit à Rosalie : …`)
        if first.is_empty() || first.len() > 200 || text[first.range()].contains(':') {
            continue;
        }
        // (or the first of three short turns or more: `« Vous voilà. — Qui est
        // venu ? — Le curé », répondit-elle`; not a diary's entries)
        let more_turns = || {
            let mut at = split + 1;
            while !text.is_char_boundary(at) {
                at += 1;
            }
            std::iter::from_fn(|| {
                let d = next_sentence_dash(text, at, f.text.end, &inner)?;
                at = d + text[d..].chars().next().map_or(1, char::len_utf8);
                Some(d)
            })
            .find(|&d| opens_turn(d))
            .is_some_and(|d| d - split <= 200 && f.text.end - d <= 200)
        };
        // (or the first of two whose second has its incise: `« Il pleut. — Tant
        // mieux, dit-il. »`)
        let answered = || {
            let start = split + dash_at(text, split, f.text.end).map_or(1, |(len, _)| len);
            let end = next_sentence_dash(text, start, f.text.end, &inner).unwrap_or(f.text.end);
            let second = trim_span(text, start, end);
            let cut = incise::cut_incises(text, second.start, second.end, &inner, lex, true);
            !second.is_empty() && second.len() <= 200 && (cut.parts.len() > 1 || cut.text_end < second.end)
        };
        let cut = incise::cut_incises(text, first.start, first.end, &inner, lex, true);
        let spoken = text[first.range()].trim_end().ends_with(['?', '!'])
            || cut.parts.len() > 1
            || cut.text_end < first.end
            || more_turns()
            || answered();
        if !spoken {
            continue;
        }
        turns(text, split, f.text.end, true, &inner, lex, false, &mut turns_found);
        let f = &mut found[i];
        let mark_len = text[f.span.start..].chars().next().map_or(1, char::len_utf8);
        opened.push(Span::new(f.span.start, f.span.start + mark_len));
        // (a turn: its final incise is narration, left out of its text, `« Tu
        // pars ? demanda-t-il. — Oui. »`)
        let first =
            if cut.text_end < first.end && !cut.parts.is_empty() { trim_span(text, first.start, cut.text_end) } else { first };
        f.text = first;
        f.span = Span::new(f.span.start, first.end);
        f.parts.retain(|p| p.start < first.end);
        for p in &mut f.parts {
            p.end = p.end.min(first.end);
        }
    }
    for &i in dropped.iter().rev() {
        found.remove(i);
    }
    found.extend(turns_found);
    opened
}

/// The next dash in `from..end` that follows the end of a sentence (`.`, `?`,
/// `!`, `…`, or a closing mark) and a space, outside the protected spans.
fn next_sentence_dash(text: &str, from: usize, end: usize, protected: &[Span]) -> Option<usize> {
    let mut i = from;
    while i < end {
        let k = text[i..end].find(['—', '–', '-', '―'])?;
        let at = i + k;
        i = at + text[at..].chars().next().map_or(1, char::len_utf8);
        if dash_at(text, at, end).is_none_or(|(_, kind)| kind == DashKind::Hyphen) {
            continue;
        }
        if !char_before(text, at).is_some_and(is_space) {
            continue;
        }
        let ends_sentence = prev_non_space(text, from, at).is_some_and(|(_, c)| matches!(c, '.' | '?' | '!' | '…' | '»' | '”'));
        if ends_sentence && !protected.iter().any(|s| s.start < at && at < s.end) {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes() {
        assert_eq!(dash_at("— Oui", 0, 5).map(|d| d.1), Some(DashKind::Em));
        assert_eq!(dash_at("– Oui", 0, 5).map(|d| d.1), Some(DashKind::En));
        assert_eq!(dash_at("-- Oui", 0, 6).map(|d| d.1), Some(DashKind::Double));
        assert_eq!(dash_at("- Oui", 0, 5).map(|d| d.1), Some(DashKind::Hyphen));
        assert_eq!(dash_at("--- Oui", 0, 7), None);
        assert_eq!(dash_at("-Oui", 0, 4), None);
    }

    #[test]
    fn hyphen_runs() {
        let lex = Lexicon::builtin();
        let list = "Au menu :\n- une visite du port ;\n- un concert.";
        let p = Paragraphs::new(list).nth(1).unwrap();
        assert!(!dash_run(list, p, DashKind::Hyphen, lex, || false).1);
        let talk = "- Tu viens ?\n- Non, dit-elle.";
        let p = Paragraphs::new(talk).next().unwrap();
        let (end, verdict) = dash_run(talk, p, DashKind::Hyphen, lex, || false);
        assert!(verdict);
        assert_eq!(end, talk.len());
    }
}
