//! A first classification of each quotation as `direct`, `embedded` or `term`,
//! from its place in the sentence and the words around it. Attribution refines it.

use super::Found;
use crate::cue::Lexicon;
use crate::model::QuoteKind;
use crate::text::{is_apostrophe, is_space, is_word_char, starts_upper};

/// Nouns and participles after which marks hold a name, a title or a word cited
/// as a word: `le film «…»`, `baptisé «…»`, `la note «…»`.
const TERM_INTRODUCERS: &[&str] = &[
    "album",
    "alias",
    "appelé",
    "appelée",
    "appelés",
    "association",
    "baptisé",
    "baptisée",
    "baptisés",
    "catégorie",
    "centre",
    "chanson",
    "classe",
    "classé",
    "classée",
    "code",
    "collectif",
    "collection",
    "devise",
    "dispositif",
    "documentaire",
    "émission",
    "essai",
    "exposition",
    "affaire",
    "alerte",
    "campagne",
    "chronique",
    "concours",
    "vigilance",
    "tribune",
    "expression",
    "festival",
    "film",
    "formule",
    "groupe",
    "hashtag",
    "hebdomadaire",
    "intitulé",
    "intitulée",
    "journal",
    "label",
    "livre",
    "loi",
    "magazine",
    "marque",
    "mention",
    "mot",
    "mots",
    "mouvement",
    "niveau",
    "nom",
    "nommé",
    "nommée",
    "note",
    "notation",
    "opération",
    "ouvrage",
    "parti",
    "perspective",
    "pièce",
    "plan",
    "podcast",
    "prix",
    "programme",
    "projet",
    "pseudonyme",
    "quotidien",
    "rapport",
    "réflexion",
    "revue",
    "roman",
    "rubrique",
    "série",
    "site",
    "slogan",
    "spectacle",
    "surnom",
    "surnommé",
    "surnommée",
    "terme",
    "thème",
    "titre",
    "titré",
    "titrée",
    "vocable",
];

/// The kind of a detected quotation, from its surroundings in `text`.
pub(crate) fn classify(text: &str, f: &Found, lex: &Lexicon) -> QuoteKind {
    if f.turn {
        return QuoteKind::Direct;
    }
    let quoted = &text[f.text.range()];
    let mut lo = f.span.start.saturating_sub(240);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let lo = text[lo..f.span.start].rfind('\n').map_or(lo, |k| lo + k + 1);
    let before = text[lo..f.span.start].trim_end_matches(is_space);
    let prev = before.chars().next_back();
    let words = quoted.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| w.chars().any(is_word_char)).count();
    let last = quoted.trim_end_matches(|c: char| matches!(c, '»' | '”' | '"' | '›' | ')') || is_space(c)).chars().next_back();
    let ends_sentence = last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
    let upper = starts_upper(quoted);

    if introduces_term(before) && words <= 8 && !ends_sentence {
        return QuoteKind::Term;
    }
    let last_word = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).next().unwrap_or("");
    // `interrogé par «Le Courrier»`, `publié dans «Le Monde»`: a name, not words
    if upper && !ends_sentence && words <= 8 && matches!(last_word, "par" | "dans" | "sur" | "à" | "au") {
        return QuoteKind::Term;
    }
    let reported = after_reporting_verb(before, lex);
    // a level on a scale or a code: `la note «B»`, `classé «G»`
    if quoted.chars().count() <= 3
        && quoted.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '+' || c == '-')
        && !reported
    {
        return QuoteKind::Term;
    }
    let at_boundary = prev.is_none_or(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | '»' | '”' | '"' | '(' | '—' | '–'));
    if at_boundary {
        if prev == Some(':') && upper && words <= 4 && !ends_sentence && !followed_by_cue(text, f, lex) {
            return QuoteKind::Term;
        }
        if prev == Some('(') && !ends_sentence && words <= 3 {
            return QuoteKind::Term;
        }
        return QuoteKind::Direct;
    }
    if upper && (ends_sentence || words >= 4) && followed_by_cue(text, f, lex) {
        return QuoteKind::Direct;
    }
    // a capitalised name in the middle of a sentence: a title, a newspaper
    if upper && !ends_sentence && words <= 8 && !reported && !followed_by_cue(text, f, lex) {
        return QuoteKind::Term;
    }
    // a scare-quoted word inside a noun phrase: `le «petit» chantier`
    if words == 1 && !reported && ends_with_determiner(before) && text[f.span.end..].starts_with(is_space) {
        let next = text[f.span.end..].trim_start_matches(is_space);
        let word: String = next.chars().take_while(|&c| is_word_char(c)).collect();
        let preposition = matches!(
            word.as_str(),
            "de" | "du" | "des" | "d" | "avec" | "à" | "au" | "aux" | "pour" | "en" | "sur" | "dans" | "par" | "et" | "ou"
        );
        if next.starts_with(char::is_lowercase) && !preposition {
            return QuoteKind::Term;
        }
    }
    QuoteKind::Embedded
}

/// True when one of the last words before the marks is a reporting verb
/// (`dénonce un «…»`, `a répondu «…»`).
fn after_reporting_verb(before: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = before
        .rsplit(|c: char| is_space(c) || is_apostrophe(c))
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .collect();
    // a form after a determiner is a noun (`la note`, `une annonce`)
    (0..words.len().min(5)).any(|k| lex.lookup(words[k]).is_some() && !words.get(k + 1).is_some_and(|d| is_determiner(d)))
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "le" | "la"
            | "les"
            | "l"
            | "un"
            | "une"
            | "des"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "notre"
            | "votre"
    )
}

fn ends_with_determiner(before: &str) -> bool {
    let last = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).next().unwrap_or("");
    is_determiner(last) || before.ends_with(['\'', '’'])
}

/// True when the last words before the marks introduce a name or a title.
fn introduces_term(before: &str) -> bool {
    let tail: Vec<&str> = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty()).take(3).collect();
    let Some(last) = tail.first() else {
        return false;
    };
    let last = last.trim_end_matches([',', ':']).to_lowercase();
    if TERM_INTRODUCERS.contains(&last.as_str()) {
        return true;
    }
    // `la loi dite «…»`, but not `il s'est dit «…»`
    if matches!(last.as_str(), "dit" | "dite" | "dits" | "dites") {
        let aux = tail
            .get(1)
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "est" | "ont" | "sont" | "avait" | "était" | "s"));
        return !aux;
    }
    // `le centre de réflexion «…»`, `la chanson de …`: the introducer two words back
    matches!(last.as_str(), "de" | "du" | "des" | "d")
        && tail.get(1).is_some_and(|w| TERM_INTRODUCERS.contains(&w.to_lowercase().as_str()))
}

/// True when a comma and an incise-like word follow the closing mark (`», a-t-il dit`).
fn followed_by_cue(text: &str, f: &Found, lex: &Lexicon) -> bool {
    let rest = text[f.span.end..].trim_start_matches(is_space);
    let Some(rest) = rest.strip_prefix(',').or_else(|| rest.strip_prefix('?')).or_else(|| rest.strip_prefix('!')) else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    rest.starts_with(char::is_lowercase) && crate::cue::reporting_verb_group(rest, lex).is_some_and(|g| !g.negated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Marks;
    use crate::span::Span;

    fn kind_of(text: &str, quoted: &str) -> QuoteKind {
        let s = text.find(quoted).unwrap();
        let f = Found {
            span: Span::new(s - 2, s + quoted.len() + 2),
            text: Span::new(s, s + quoted.len()),
            parts: vec![],
            marks: Marks::Guillemets,
            depth: 0,
            confidence: 1.0,
            turn: false,
        };
        classify(text, &f, Lexicon::builtin())
    }

    #[test]
    fn first_classification() {
        assert_eq!(kind_of("Il a vu le film «Les Vagues» hier.", "Les Vagues"), QuoteKind::Term);
        assert_eq!(kind_of("«Nous partirons demain», a-t-il dit.", "Nous partirons demain"), QuoteKind::Direct);
        assert_eq!(kind_of("Le syndicat dénonce un «mépris» total.", "mépris"), QuoteKind::Embedded);
        assert_eq!(kind_of("Elle a déclaré : «Je reste.»", "Je reste."), QuoteKind::Direct);
        assert_eq!(kind_of("La note «A» est maintenue.", "A"), QuoteKind::Term);
        assert_eq!(kind_of("Le centre de réflexion «Ouest Avenir» publie.", "Ouest Avenir"), QuoteKind::Term);
    }
}
