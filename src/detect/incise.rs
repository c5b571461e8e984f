//! Incises: the reporting clause that interrupts or ends a quotation
//! (`, a-t-il ajouté,`, `, répondit Lucien.`, `? demanda-t-elle.`).
//!
//! An incise is a reporting verb with its subject after it: either a pronoun
//! joined by a hyphen (`dit-il`, `a-t-elle ajouté`) or a noun phrase (`répondit
//! le notaire`, `m'a répondu la cadre`). The verb group itself is parsed by
//! [`crate::cue`]; this module finds where incises stand and what they cut.

use crate::cue::{self, Lexicon};
use crate::span::Span;
use crate::text::{is_apostrophe, is_space, is_word_char, next_non_space, trim_span, word_end};

/// An incise found in a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Incise {
    /// The verb group (`a-t-il ajouté`, `répondit`).
    pub cue: Span,
    /// The subject after the verb (`il`, `le notaire`), when one was read.
    pub subject: Option<Span>,
    /// Where the incise's verb and subject end.
    pub end: usize,
}

/// True for a word that opens a subject noun phrase after an inverted verb:
/// a determiner, an honorific, or an indefinite pronoun (`chacun`).
fn opens_subject(word: &str) -> bool {
    use crate::attribute::phrase::{HONORIFICS, is_determiner};
    // quantifiers (`disent certains`, `deux jours plus tard`) open no speaker
    let quantifier = word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || is_cardinal(word)
        || matches!(
            word,
            "certains"
                | "certaines"
                | "quelques"
                | "nombre"
                | "nombreux"
                | "chaque"
                | "aucun"
                | "aucune"
                | "tous"
                | "toutes"
                | "d"
                | "du"
        );
    (is_determiner(word) && !quantifier)
        || HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(word))
        || matches!(word, "tout" | "toute" | "chacun" | "chacune" | "quelqu" | "personne" | "aucun" | "aucune" | "maître")
        // (a title of kinship before a name: `me répétait oncle meunier`)
        || crate::attribute::phrase::is_title_before_name(word)
}

/// A number in letters or in digits, or `plusieurs`, before a counted noun.
fn is_cardinal(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit()) && word.chars().all(|c| c.is_ascii_digit())
        || matches!(
            word,
            "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
                | "douze"
                | "quinze"
                | "vingt"
                | "trente"
                | "quarante"
                | "cinquante"
                | "soixante"
                | "cent"
                | "mille"
                | "plusieurs"
        )
}

/// Nouns of time a number counts after a verb (`deux jours plus tard`): no
/// subject.
const TIME_NOUNS: &[&str] = &[
    "jours", "heures", "minutes", "secondes", "semaines", "mois", "ans", "années", "fois", "siècles", "nuits", "soirs", "matins",
];

/// Adverbs that may stand between an inverted verb and its subject.
const ADVERBS: &[&str] = &[
    "alors",
    "soudain",
    "bientôt",
    "encore",
    "enfin",
    "aussitôt",
    "ensuite",
    "puis",
    "bas",
    "haut",
    "doucement",
    "tout",
    "seulement",
    "aussi",
    "simplement",
    "froidement",
    "gravement",
    "tristement",
    "vivement",
    "sèchement",
];

/// The incise that starts at byte `i` (the first letter of its verb), if any.
pub(crate) fn incise_at(text: &str, i: usize, end: usize, lex: &Lexicon) -> Option<Incise> {
    let s = &text[i..end];
    if let Some(inc) = subject_first_final(text, i, end, lex) {
        return Some(inc);
    }
    if let Some(inc) = popular_que_final(text, i, end, lex) {
        return Some(inc);
    }
    if let Some(g) = cue::reporting_verb_group(s, lex) {
        if g.negated {
            return None;
        }
        // `Laissez-moi, vous dis-je !`: the speaker's own insistence, not an incise
        let insisting = &s[..g.len];
        if ["vous dis-je", "te dis-je", "Vous dis-je", "Te dis-je"].contains(&insisting) {
            return None;
        }
        let cue = Span::new(i, i + g.len);
        if let Some(p) = g.inverted {
            return Some(Incise { cue, subject: Some(Span::new(i + p.span.start, i + p.span.end)), end: cue.end });
        }
        // `nous avons fait une folie`: `nous` before a verb of the first person is
        // its subject, and the phrase after it its object
        if g.first_person && (s.starts_with("nous ") || s.starts_with("Nous ")) {
            return None;
        }
        let subject = subject_after(text, cue.end, end)?;
        // (an object and a verb coordinated after it make a clause of the words:
        // `me montrent une vidéo et me demandent le fil`)
        let phrase = &text[subject.start..end];
        let phrase = &phrase[..phrase.find([',', '.', '!', '?', '…', ';', ':', '»', '”']).unwrap_or(phrase.len())];
        // (not the `et` of two people named together, inside the subject)
        if let Some(k) = phrase.find(" et ").filter(|&k| subject.start + k >= subject.end) {
            let after = &phrase[k + 4..];
            let w = &after[..word_end(after, 0, after.len())];
            let clitic =
                matches!(w, "me" | "m" | "te" | "t" | "se" | "s" | "nous" | "vous" | "lui" | "leur" | "le" | "la" | "les" | "l");
            if clitic || lex.lookup_all(w).any(|v| matches!(v.form, cue::Form::Finite { .. })) {
                return None;
            }
        }
        // (`faire` says something only of a person: `, a fait le guide`; not
        // `a fait toute la différence`, `a fait ses preuves`)
        if g.lemma == "faire" && text[cue.range()].contains(' ') && !names_someone(&text[subject.range()]) {
            return None;
        }
        return Some(Incise { cue, subject: Some(subject), end: subject.end });
    }
    unknown_inverted(text, i, end).or_else(|| unknown_before_name(text, i, end, lex))
}

/// An incise whose verb the lexicon lacks, read by its shape and the name
/// after it (`, accorde Roche.`, `, tempère Haddad,`) at `i`: a word in small
/// letters ending as a verb of the third person does (not an infinitive, a
/// title or an adjective before a name: `rejoindre Marie`, `frère Jacques`,
/// `chère Julie`), then a capitalised name that ends the clause.
fn unknown_before_name(text: &str, i: usize, end: usize, lex: &Lexicon) -> Option<Incise> {
    use crate::attribute::{phrase, resolve};
    let w = word_end(text, i, end);
    let verb = &text[i..w];
    if !verb.starts_with(char::is_lowercase) || verb.chars().count() < 4 || !text[w..end].starts_with(' ') {
        return None;
    }
    let shaped = verb.ends_with("ère")
        || ["e", "a", "it", "ut", "ond", "end"].iter().any(|e| verb.ends_with(e))
            && !["re", "er", "ir"].iter().any(|e| verb.ends_with(e));
    if !shaped
        || lex.lookup(verb).is_some()
        || phrase::is_title_before_name(verb)
        || phrase::is_determiner(verb)
        || resolve::is_prenominal(verb)
        || resolve::is_agent_word(verb)
        || phrase::HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(verb))
        || matches!(
            verb,
            "chère"
                | "pauvre"
                | "brave"
                | "sacrée"
                | "comme"
                | "même"
                | "entre"
                | "contre"
                | "presque"
                | "lorsque"
                | "puisque"
                | "quelque"
        )
    {
        return None;
    }
    let name_start = w + 1;
    let name_end = word_end(text, name_start, end);
    let name = &text[name_start..name_end];
    if name_end == name_start || !name.starts_with(char::is_uppercase) || !phrase::starts_name(name) {
        return None;
    }
    // (the name closes the clause: `accorde Roche.`, not `trouve Paris trop cher`)
    let closes = text[name_end..end].chars().next().is_none_or(|c| matches!(c, '.' | ',' | '!' | '…' | ';'));
    closes.then(|| Incise { cue: Span::new(i, w), subject: Some(Span::new(name_start, name_end)), end: name_end })
}

/// True when a phrase names someone by a capital or a noun of person, past
/// its determiners and the adjectives before the noun, or by such an
/// adjective alone (`Paul`, `le guide`, `la vieille dame`, `le vieux`; not
/// `toute la différence`, `ses preuves`).
fn names_someone(phrase: &str) -> bool {
    use crate::attribute::{phrase::is_determiner, resolve};
    let mut words = phrase.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    if first.starts_with(char::is_uppercase) && !is_determiner(&crate::text::lower(first)) {
        return true;
    }
    // (an adjective before the noun, alone, is one: `le vieux`, `la petite`)
    let mut last = None;
    for w in std::iter::once(first).chain(words).map(crate::text::lower) {
        if !is_determiner(&w) && !resolve::is_prenominal(&w) {
            return resolve::is_agent_word(&w);
        }
        last = Some(w);
    }
    last.is_some_and(|w| resolve::is_prenominal(&w))
}

/// An incise whose verb the lexicon lacks, read by its inverted subject pronoun
/// (`pouffa-t-elle`, `frissonna-t-il`) at `i`, when no question follows.
pub(crate) fn unknown_inverted(text: &str, i: usize, end: usize) -> Option<Incise> {
    let w = word_end(text, i, end);
    let rest = &text[w..end];
    let (pron_off, plen) = ["-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles", "-on", "-je"]
        .iter()
        .find_map(|p| rest.starts_with(p).then(|| (p.rfind('-').unwrap_or(0) + 1, p.len())))?;
    let after = w + plen;
    if w == i || text[after..end].chars().next().is_some_and(is_word_char) {
        return None;
    }
    // (an impersonal verb between commas is a comment of the speaker's own:
    // `paraît-il`, `semble-t-il`, `faut-il le dire`)
    if matches!(&text[i..w], "paraît" | "semble" | "faut" | "suffit" | "importe" | "reste" | "paraissait" | "semblait") {
        return None;
    }
    if next_non_space(text, after, end).is_some_and(|(_, c)| c == '?') {
        return None;
    }
    // (nor when the clause it opens ends on one: `Monsieur, faut-il vraiment partir ?`)
    let clause_end = text[after..end].find([',', '.', '!', '?', '…', ';', ':']).map(|k| after + k);
    if clause_end.is_some_and(|k| text.as_bytes()[k] == b'?') {
        return None;
    }
    Some(Incise { cue: Span::new(i, after), subject: Some(Span::new(w + pron_off, after)), end: after })
}

/// The subject pronoun and the verb of an incise that puts its subject first,
/// as contemporary narration writes it (`elle demande`, `j'ai répondu`, `je
/// lui dis`), at `i`: a pronoun of the third person or `je`, then a verb of
/// saying that is not inverted (not any verb of the lexicon: `tu mens`, `je
/// t'en supplie` are speech).
pub(crate) fn subject_first(text: &str, i: usize, end: usize, lex: &Lexicon) -> Option<(Span, Span)> {
    let s = &text[i..end];
    let len = s.find([' ', '\'', '’']).filter(|&k| k <= 5)?;
    if !matches!(&s[..len], "il" | "elle" | "ils" | "elles" | "je" | "j") {
        return None;
    }
    let gap = s[len..].chars().next().map_or(1, char::len_utf8);
    let verb = i + len + gap;
    // (an object of the words or of the listener is speech: `je le répète`,
    // `je vous le dis`, `je l'ai dit`)
    let after = &text[verb..end];
    let clitic = after.split([' ', '\'', '’']).next().unwrap_or("");
    // (but the narrator told by a third person, the verb closing the clause:
    // `? il m'a demandé.`, `, elle me dit.`)
    let narrator = matches!(clitic, "me" | "m") && !matches!(&s[..len], "je" | "j");
    if matches!(clitic, "le" | "la" | "les" | "l" | "vous" | "te" | "t" | "me" | "m" | "nous") && !narrator {
        return None;
    }
    let g = cue::reporting_verb_group(after, lex).filter(|g| !g.negated && g.inverted.is_none() && SAYING.contains(&g.lemma))?;
    if narrator && !after[g.len..].trim_start_matches(is_space).starts_with(['.', ',', '!', '?', '…']) {
        return None;
    }
    // (the elided pronoun keeps its apostrophe: `j'`)
    let pronoun_end = if s[len..].starts_with(' ') { i + len } else { verb };
    Some((Span::new(i, pronoun_end), Span::new(verb, verb + g.len)))
}

/// The verbs of saying an incise with its subject first uses (see [`subject_first`]).
const SAYING: &[&str] = &[
    "dire",
    "demander",
    "répondre",
    "répliquer",
    "rétorquer",
    "crier",
    "hurler",
    "murmurer",
    "chuchoter",
    "souffler",
    "ajouter",
    "lancer",
    "répéter",
    "reprendre",
    "continuer",
    "poursuivre",
    "insister",
    "soupirer",
    "expliquer",
    "faire",
    "s'exclamer",
    "s'écrier",
    "marmonner",
    "bredouiller",
    "balbutier",
    "protester",
    "conclure",
    "grogner",
    "râler",
    "ricaner",
    "bougonner",
    "ronchonner",
    "maugréer",
    "lâcher",
    "glisser",
    "rétorquer",
];

/// An incise whose subject pronoun comes first (`— Entre, elle dit.`, `—
/// Non, j'ai répondu.`, see [`subject_first`]): a final one, only the end of
/// the speech after it (`— Non, je dis que…` is speech), or one inside the
/// turn that small letters and its punctuation tell (`? j'ai demandé.`, `, je
/// lui ai dit,`).
fn subject_first_final(text: &str, i: usize, end: usize, lex: &Lexicon) -> Option<Incise> {
    let (subject, cue) = subject_first(text, i, end, lex)?;
    let tail = text[cue.end..end].trim_matches(|c: char| is_space(c) || matches!(c, '.' | '!' | '…'));
    // (or in small letters after a question or an exclamation, its verb
    // closing its sentence, before more words: `— C'est pas vrai, hein ? j'ai
    // demandé. C'est pas vrai ?`)
    let after_question = || {
        text[..i].trim_end_matches(is_space).ends_with(['?', '!'])
            && text[i..].starts_with(char::is_lowercase)
            && text[cue.end..end].starts_with(['.', ','])
    };
    // (or set off by commas with the one spoken to: `— Monsieur, je lui ai
    // dit, on m'a parlé de vous.`)
    let set_off = || {
        text[..i].trim_end_matches(is_space).ends_with(',')
            && text[i..].starts_with(char::is_lowercase)
            && text[cue.end..end].starts_with(',')
            && ["lui ", "leur "].iter().any(|c| text[cue.range()].starts_with(c))
    };
    (tail.is_empty() || after_question() || set_off()).then_some(Incise { cue, subject: Some(subject), end: cue.end })
}

/// The popular incise with `que` (`qu'elle me répond`, `que je lui dis`) at
/// `i`: `que`, a subject pronoun, a clitic of the listener perhaps, a verb of
/// saying; the pronoun and the verb group.
pub(crate) fn popular_que(text: &str, i: usize, end: usize, lex: &Lexicon) -> Option<(Span, Span)> {
    let s = &text[i..end];
    let skip = ["qu'", "qu’", "que "].iter().find(|p| s.starts_with(**p))?.len();
    let at = i + skip;
    let rest = &text[at..end];
    let len = rest.find([' ', '\'', '’']).filter(|&k| k <= 5)?;
    if !matches!(&rest[..len], "il" | "elle" | "ils" | "elles" | "je" | "j" | "on") {
        return None;
    }
    let gap = rest[len..].chars().next().map_or(1, char::len_utf8);
    let mut verb = at + len + gap;
    // (the listener's clitic: `qu'elle me répond`, `que je lui dis`)
    let clitic = text[verb..end].split([' ', '\'', '’']).next().unwrap_or("");
    if matches!(clitic, "me" | "m" | "te" | "t" | "lui" | "leur" | "nous" | "vous") {
        verb += clitic.len() + text[verb + clitic.len()..end].chars().next().map_or(1, char::len_utf8);
    }
    let g = cue::reporting_verb_group(&text[verb..end], lex)
        .filter(|g| !g.negated && g.inverted.is_none() && SAYING.contains(&g.lemma))?;
    // (the elided pronoun keeps its apostrophe: `j'`)
    let pronoun_end = if rest[len..].starts_with(' ') { at + len } else { at + len + gap };
    Some((Span::new(at, pronoun_end), Span::new(verb, verb + g.len)))
}

/// After an incise whose subject comes first, a manner with `sans` to the end
/// of the sentence, where the teller's own `me` may stand (`— Bonsoir, qu'elle
/// me répond, sans même me regarder.`).
fn sans_to_end(text: &str, k: usize, end: usize) -> bool {
    text[k..end].starts_with("sans ") && {
        let (stop, more) = sentence_to_end(text, k, end);
        !more && text[k..stop].split_whitespace().count() <= 6 && !text[..stop].ends_with(['?', '!'])
    }
}

/// The popular final incise with `que` (`— Bonsoir, qu'elle me répond.`, `—
/// Entre, que je lui dis, sans le regarder.`, see [`popular_que`]): only the
/// end of the speech or a manner follows it.
fn popular_que_final(text: &str, i: usize, end: usize, lex: &Lexicon) -> Option<Incise> {
    let (subject, cue) = popular_que(text, i, end, lex)?;
    let tail = text[cue.end..end].trim_matches(|c: char| is_space(c) || matches!(c, '.' | '!' | '…'));
    let manner = || {
        tail.strip_prefix(',').is_some_and(|t| {
            let k = end - text[cue.end..end].trim_start_matches(|c: char| is_space(c) || c == ',').len();
            !t.trim().is_empty() && (sans_to_end(text, k, end) || manner_to_end(text, k, end) || adverbial_to_end(text, k, end))
        })
    };
    // (or set between commas, the speech going on after it: `— Une terre à moi,
    // qu'il a dit, pis une maison.`)
    let medial = || text[cue.end..end].starts_with(',') && tail.len() > 1;
    (tail.is_empty() || manner() || medial()).then_some(Incise { cue, subject: Some(subject), end: cue.end })
}

/// A subject noun phrase right after a verb: a capitalised name or a
/// determiner and the words after it, up to punctuation.
fn subject_after(text: &str, i: usize, end: usize) -> Option<Span> {
    if !text[i..end].starts_with(is_space) {
        return None;
    }
    let (mut start, mut c) = next_non_space(text, i, end)?;
    // adverbs between the verb and its subject: `dit alors le directeur`,
    // `dit en riant le père`, `répondit doucement Anne`
    for _ in 0..3 {
        // (a locution of time or manner: `dit tout à coup la mère`, `reprit de
        // nouveau le juge`, `demanda à son tour Paul`, `dit en chœur`, `répondit
        // encore une fois Lucas`, `me dit un jour Bergotte`, `à voix basse`)
        if let Some(len) = crate::attribute::phrase::manner_locution(text, start, end) {
            match next_non_space(text, start + len, end) {
                Some(next) => (start, c) = next,
                None => return None,
            }
            continue;
        }
        let we = word_end(text, start, end);
        let w = &text[start..we];
        // (the next word, for the locutions of two words: `en chœur`, `une fois`)
        let next = || {
            let (g, _) = next_non_space(text, we, end)?;
            let ge = word_end(text, g, end);
            Some((&text[g..ge], ge))
        };
        let skip = if let Some(e) = time_phrase(text, start, end) {
            // a time before the subject, or with none: `a déclaré la semaine
            // dernière le maire`, not the subject `la semaine dernière`
            Some(e)
        } else if w == "en" {
            // `en riant`
            next().and_then(|(g, ge)| g.ends_with("ant").then_some(ge))
        } else if w == "avec" {
            // `répondit avec douceur la comtesse`: a manner in one noun
            next().and_then(|(g, ge)| {
                let (after, _) = next_non_space(text, ge, end)?;
                let ae = word_end(text, after, end);
                let subject =
                    opens_subject(&crate::text::lower(&text[after..ae])) || text[after..].starts_with(char::is_uppercase);
                (g.chars().all(char::is_lowercase) && g.chars().count() > 3 && subject).then_some(ge)
            })
        } else if matches!(w, "à" | "au" | "aux" | "sur" | "Sur") {
            // a medium before the subject (`a ajouté au Figaro la sénatrice`, `à
            // l'AFP le maire`, `a assuré sur Telegram son fondateur`): its
            // capitalised words, then a determiner or a capital
            let medium = || {
                let mut at = we;
                let r = text[at..end].trim_start();
                at = end - r.len();
                if w == "à" {
                    let elided = ["l'", "l’"].iter().find(|p| r.starts_with(**p))?;
                    at += elided.len();
                }
                let mut words = 0;
                // (the first capitalised word after the medium's that is a known
                // given name opens the subject: `à l'AFP Paul Morel, délégué`)
                let mut given = None;
                while text[at..end].starts_with(char::is_uppercase) && words < 3 {
                    if words > 0
                        && given.is_none()
                        && crate::attribute::resolve::is_first_name(&text[at..word_end(text, at, end)])
                    {
                        given = Some(at);
                    }
                    at = word_end(text, at, end);
                    at = end - text[at..end].trim_start().len();
                    words += 1;
                }
                let next = &text[at..word_end(text, at, end)];
                (words > 0 && (opens_subject(&crate::text::lower(next)) || next.starts_with(char::is_uppercase)))
                    .then_some(at)
                    .or(given)
            };
            // the person spoken to before the subject (`dit à sa voisine une dame`,
            // `répondit au curé le maire`): a determiner (`à` only), one or two words
            // in small letters, then a determiner or a capital
            let addressee = || {
                let mut at = next_non_space(text, we, end)?.0;
                if w == "à" {
                    let de = word_end(text, at, end);
                    if !crate::attribute::phrase::is_determiner(&text[at..de]) || text[de..end].starts_with(is_apostrophe) {
                        return None;
                    }
                    at = next_non_space(text, de, end)?.0;
                }
                for _ in 0..2 {
                    let ne = word_end(text, at, end);
                    let noun = &text[at..ne];
                    if ne == at || !noun.starts_with(char::is_lowercase) || matches!(noun, "de" | "d" | "delà" | "que" | "qui") {
                        return None;
                    }
                    at = next_non_space(text, ne, end)?.0;
                    let next = &text[at..word_end(text, at, end)];
                    if crate::attribute::phrase::is_determiner(next) || next.starts_with(char::is_uppercase) {
                        return Some(at);
                    }
                }
                None
            };
            // (after `sur`, a place in one word: `a promis sur scène la présidente`)
            let place = || {
                let (g, ge) = next()?;
                if !g.starts_with(char::is_lowercase) || g.chars().count() < 4 || crate::attribute::phrase::is_determiner(g) {
                    return None;
                }
                let (after, _) = next_non_space(text, ge, end)?;
                let ae = word_end(text, after, end);
                let opens = opens_subject(&crate::text::lower(&text[after..ae])) || text[after..].starts_with(char::is_uppercase);
                opens.then_some(ge)
            };
            if matches!(w, "sur" | "Sur") { medium().or_else(place) } else { medium().or_else(addressee) }
        } else if ADVERBS.contains(&w) || (w.len() > 6 && w.ends_with("ment") && c.is_lowercase()) {
            Some(we)
        } else if matches!(w, "assez" | "très" | "fort" | "trop" | "si" | "bien" | "plutôt") {
            // a degree before an adverb of manner: `interrompit assez sèchement le baron`
            next().and_then(|(g, ge)| (g.len() > 6 && g.ends_with("ment")).then_some(ge))
        } else {
            None
        };
        let Some(after) = skip else { break };
        (start, c) = next_non_space(text, after, end)?;
    }
    let first_end = word_end(text, start, end);
    if first_end == start {
        return None;
    }
    let first = &text[start..first_end];
    let folded = crate::text::lower(first);
    // (a name that opens on its particle: `dit de Marsay`, `répondit d'Arthez`)
    // (not a pronoun or God in capitals: `implore de Lui qu'il…`)
    let particle_name = matches!(&*folded, "de" | "d") && {
        let rest = &text[first_end..end];
        let name = rest.trim_start_matches(|c: char| is_space(c) || is_apostrophe(c));
        let word = &name[..word_end(name, 0, name.len())];
        rest.len() - name.len() == 1 && crate::attribute::phrase::names_after_particle(word)
    };
    let capitalised = c.is_uppercase() || particle_name;
    // a demonstrative pronoun (`répondit celle-ci`, `reprit celui-là`)
    if matches!(&*folded, "celui" | "celle" | "ceux" | "celles") {
        let rest = &text[first_end..end];
        // (`répondit celle qui cousait`, `dit celui des deux frères qui…`): to the punctuation
        if [" qui ", " des ", " d'entre ", " d’entre "].iter().any(|p| rest.starts_with(p)) {
            let stop = rest.find([',', '.', ';', '!', '?', '…', '—', '–']).unwrap_or(rest.len());
            return (stop <= 80).then(|| Span::new(start, first_end + rest[..stop].trim_end().len()));
        }
        let suffix = ["-ci", "-là"].iter().find(|s| rest.starts_with(**s))?;
        let e = first_end + suffix.len();
        return (!text[e..end].starts_with(is_word_char)).then_some(Span::new(start, e));
    }
    // (a family's name for a relative, in small letters: `répondit maman`,
    // `dit grand-mère`)
    let mut family_end = first_end;
    while text[family_end..end].starts_with('-') && text[family_end + 1..end].starts_with(is_word_char) {
        family_end = word_end(text, family_end + 1, end);
    }
    if crate::attribute::phrase::FAMILY_NAMES.contains(&&text[start..family_end])
        && !text[family_end..end].starts_with(is_word_char)
    {
        return Some(Span::new(start, family_end));
    }
    // (a number of voices or people that closes the incise: `répondirent
    // quarante voix.`, `crièrent plusieurs hommes à la fois`; not a time,
    // `deux jours plus tard`)
    if is_cardinal(&folded) {
        if let Some((n, _)) = next_non_space(text, first_end, end) {
            let ne = word_end(text, n, end);
            let noun = &text[n..ne];
            let rest = text[ne..end].trim_start_matches(is_space);
            let closes = rest.is_empty()
                || rest.starts_with([',', '.', '!', '?', ';', '…', '»', '”'])
                || ["à la fois", "ensemble", "en chœur", "en même temps"].iter().any(|l| rest.starts_with(l));
            if noun.ends_with(['s', 'x']) && noun.starts_with(char::is_lowercase) && !TIME_NOUNS.contains(&noun) && closes {
                return Some(Span::new(start, ne));
            }
        }
    }
    // (all of a group: `s'écrièrent tous les matelots`; not a time, `dit tous
    // les jours`)
    let all_of = || {
        matches!(&*folded, "tous" | "toutes")
            && next_non_space(text, first_end, end).is_some_and(|(d, _)| {
                let de = word_end(text, d, end);
                let noun = next_non_space(text, de, end).map_or("", |(n, _)| &text[n..word_end(text, n, end)]);
                matches!(&text[d..de], "les" | "ces" | "mes" | "nos" | "vos" | "leurs" | "ses")
                    && noun.starts_with(char::is_lowercase)
                    && !TIME_NOUNS.contains(&noun)
            })
    };
    let det = opens_subject(&folded) || is_apostrophe_det(text, first_end, end, &folded) || all_of();
    if !capitalised && !det {
        return None;
    }
    // extend over the following words of the phrase (bounded)
    let mut e = first_end;
    let mut words = 1;
    // (after `et` and a determiner, the second person's phrase reads as one)
    let mut det = det;
    while words < 8 {
        let rest = &text[e..end];
        // (a comma between names: `Émile, Georges et Valentine`)
        // (and a list that ends on `et`)
        let listed = |r: &str| {
            let clause = &r[..r.find(['.', '!', '?', ';', ':', '…']).unwrap_or(r.len())];
            r.trim_start_matches(is_space).starts_with(char::is_uppercase) && clause.contains(" et ")
        };
        let rest = match rest.strip_prefix(',') {
            Some(r) if capitalised && !det && listed(r) => r,
            _ => rest,
        };
        let from = end - rest.len();
        // a period joins only an initial or an honorific (`J.-L. Martin`, `M. Roux`)
        let prev_word = &text[crate::text::word_start(text, start, from)..from];
        let abbrev = prev_word.chars().count() <= 2 || matches!(prev_word, "Mme" | "Mlle" | "Dr" | "Pr" | "Mgr" | "Me");
        let gap = rest.len()
            - rest.trim_start_matches(|c: char| is_space(c) || is_apostrophe(c) || c == '-' || (c == '.' && abbrev)).len();
        let ws = from + gap;
        let we = word_end(text, ws, end);
        if we == ws {
            break;
        }
        let w = &text[ws..we];
        // (people named together: `René et le petit Charles`, `Émile, Georges et
        // Valentine`; the comma only before another capital)
        let mut joined = false;
        if capitalised && !det && w == "et" {
            let after = next_non_space(text, we, end).map(|(n, c)| (&text[n..word_end(text, n, end)], c));
            det = after.is_some_and(|(n, _)| opens_subject(n));
            joined = after.is_some_and(|(_, c)| c.is_uppercase());
        }
        let name_goes_on = joined
            || w.starts_with(char::is_uppercase)
            || matches!(w, "de" | "du" | "des" | "von" | "van" | "der" | "al" | "el" | "le" | "la");
        if capitalised && !det && !name_goes_on {
            break;
        }
        e = we;
        words += 1;
    }
    Some(Span::new(start, e))
}

/// The end of a phrase of time that opens at `i` and reads like a subject (a
/// determiner and a noun): `la semaine dernière`, `le mois passé`, `la veille`,
/// `le lendemain`, `ce matin`, `cette semaine`, `un matin`.
fn time_phrase(text: &str, i: usize, end: usize) -> Option<usize> {
    // (most words after a verb open on none of these letters: told by a byte)
    if !matches!(text.as_bytes().get(i).map(u8::to_ascii_lowercase), Some(b'l' | b'c' | b'u')) {
        return None;
    }
    // (each word and where it ends, lowered without allocating)
    let word = |at: usize| -> Option<(crate::text::SmallStr<'_>, usize)> {
        let (s, _) = next_non_space(text, at, end)?;
        let e = word_end(text, s, end);
        (e > s).then(|| (crate::text::lower(&text[s..e]), e))
    };
    let (det, at) = word(i)?;
    let (noun, at) = word(at)?;
    match (&*det, &*noun) {
        ("la" | "le", "veille" | "lendemain") => Some(at),
        // (`me dit un matin ma tante`, `reprit un soir le vieux`)
        ("un", "matin" | "soir" | "jour") => Some(at),
        ("ce" | "cet" | "cette", "matin" | "soir" | "midi" | "après-midi" | "week-end" | "semaine" | "mois" | "année") => {
            Some(at)
        }
        ("la" | "le", "semaine" | "mois" | "année" | "week-end" | "nuit" | "saison") => {
            let (qualifier, at) = word(at)?;
            matches!(&*qualifier, "dernière" | "dernier" | "passée" | "passé" | "précédente" | "précédent").then_some(at)
        }
        _ => None,
    }
}

fn is_apostrophe_det(text: &str, word_end: usize, end: usize, folded: &str) -> bool {
    // (`d'` opens a subject only as `d'autres`: `parlent d'une «…»` has the
    // complement of its verb, no subject)
    let rest = &text[word_end..end];
    folded == "l" && rest.starts_with(is_apostrophe)
        || folded == "d"
            && rest.starts_with(is_apostrophe)
            && rest[rest.chars().next().map_or(1, char::len_utf8)..].starts_with("autres")
}

/// The first incise in `from..end` that follows a comma, `?`, `!`, `…` or
/// the last of three dots (`...`), outside the protected spans: the offset of
/// that punctuation and the incise.
pub(crate) fn find_incise(text: &str, from: usize, end: usize, protected: &[Span], lex: &Lexicon) -> Option<(usize, Incise)> {
    let mut pos = from;
    while pos < end {
        let at = pos + crate::text::find_clause_punct(&text[..end], pos, b",?!.")? - pos;
        let plen = text[at..].chars().next().map_or(1, char::len_utf8);
        pos = at + plen;
        // (a period ends a sentence; three dots suspend it, as `…` does)
        let period = text.as_bytes()[at] == b'.';
        let dots = period && text[..at + 1].ends_with("...") && !text[at + 1..].starts_with('.');
        if period && !dots || protected.iter().any(|s| s.start < at && at < s.end) {
            continue;
        }
        let (w, c) = next_non_space(text, pos, end)?;
        if !c.is_alphabetic() {
            continue;
        }
        if w == pos && (dots || text[at..].starts_with(['?', '!', '…'])) {
            continue;
        }
        // (after an emphatic pronoun set off by commas, the verb is the
        // subject's own: `Les industriels, eux, réclament…`; unless inverted
        // with its pronoun, an incise: `— Ah, lui, a-t-il dit.`)
        let emphatic = text.as_bytes()[at] == b',' && {
            let before = text[..at].trim_end_matches(is_space);
            [", eux", ", elles", ", lui", ", elle"].iter().any(|e| before.ends_with(e))
        };
        if let Some(inc) = incise_at(text, w, end, lex) {
            let inverted = inc.subject.is_some_and(|s| inc.cue.contains(s));
            if !emphatic || inverted {
                return Some((at, inc));
            }
        }
    }
    None
}

/// What the incises of a turn (or of a quotation) cut.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cut {
    /// Where the speech ends: before a final incise, else `end`.
    pub text_end: usize,
    /// The speech without its incises.
    pub parts: Vec<Span>,
    /// A dash after a final incise that opens the next turn.
    pub next_dash: Option<usize>,
}

/// Finds the incises of the speech `from..end`: a final incise ends the speech;
/// the others are only left out of the parts.
pub(crate) fn cut_incises(text: &str, from: usize, end: usize, protected: &[Span], lex: &Lexicon, turn: bool) -> Cut {
    let mut parts = Vec::new();
    let mut part_start = from;
    let mut pos = from;
    while let Some((at, inc)) = find_incise(text, pos, end, protected, lex) {
        // (the pronoun of `dit-il` and of `a-t-elle ajouté`)
        let pronoun = inc.subject.is_some_and(|s| {
            s.end == inc.cue.end
                || matches!(&text[s.range()], "il" | "elle" | "ils" | "elles" | "on" | "je" | "tu" | "nous" | "vous")
        });
        let punct = text[at..].chars().next().unwrap_or(',');
        // the speech keeps its own ? ! …, not the comma before the incise
        let speech_end = if punct == ',' { at } else { at + punct.len_utf8() };
        // (a colon after the incise too: `— Tant mieux, dit Paul : c'est cela de gagné.` goes on)
        let mut stop = text[inc.end..end].find([',', '.', '!', '?', ';', ':', '…', '—', '–']).map(|k| inc.end + k);
        // (the period of an initial ending the subject is no stop: `a murmuré Kevin L., les yeux baissés`)
        if let Some(s) = stop.filter(|&s| s == inc.end && text.as_bytes()[s] == b'.') {
            let initial = text[..s].chars().next_back().is_some_and(char::is_uppercase)
                && text[..s].chars().rev().nth(1).is_some_and(|c| !c.is_alphanumeric());
            if initial {
                stop = text[s + 1..end].find([',', '.', '!', '?', ';', '…', '—', '–']).map(|k| s + 1 + k);
            }
        }
        let (is_final, next_dash, resume) = match stop {
            None => (true, None, end),
            Some(s) => {
                let c = text[s..].chars().next().unwrap_or('.');
                let after = s + c.len_utf8();
                let rest = next_non_space(text, after, end);
                // (a gerund or a relative joined to the incise without a comma: `reprit-elle
                // en s'asseyant près de lui, sur le banc`)
                let joined =
                    c == ',' && turn && next_non_space(text, inc.end, s).is_some_and(|(t, _)| narration_follows(text, t, s));
                // (the tone of the words after the incise's comma: `, d'une voix éteinte.`)
                let tone = if c == ',' { rest.and_then(|(r, _)| tone_phrase(text, r, end)) } else { None };
                match (c, rest) {
                    (_, None) => (true, None, end),
                    ('—' | '–', Some(_)) => (true, Some(s), end),
                    (_, Some((r, _)))
                        if super::dialogue::dash_at(text, r, end)
                            .is_some_and(|(_, k)| k != super::dialogue::DashKind::Hyphen) =>
                    {
                        (true, Some(r), end)
                    }
                    // (a second completive coordinated with one of the speech: `Il dit
                    // qu'il a faim, traduisit Paul, et qu'il a froid.`)
                    (',', Some((r, _))) if coordinated_completive(text, part_start, at, r, end) => (false, None, r),
                    // (a turn whose speech goes on after the narration: `— Allons, reprit
                    // l'aveugle, qui tremblait, laissez-moi le temps.`; after narration
                    // joined to the incise, the clause after the comma is the speech going
                    // on when it plainly is spoken or a clause of its own: `— Bon, reprit-elle
                    // en s'asseyant près de lui, sur le banc.` ends there)
                    (',', Some((r, _))) if joined || turn && narration_follows(text, r, end) => {
                        if joined
                            && !narration_relative_to_end(text, r, end)
                            && (spoken_clause(text, r, floor_far(text, r, end), true)
                                || clause_follows(text, r, end)
                                // (the first person in the present after another's incise:
                                // `dit-il en entrant, j'ai besoin de vous`)
                                || (past_incise(&text[inc.cue.range()])
                                    || inc.subject.is_some_and(|s| !matches!(&text[s.range()], "je" | "j")))
                                    && first_person_present(&text[r..end])
                                // (the completive of a verb the speech broke off at: `Il a dit,
                                // continua-t-il en riant, que…`)
                                || completive_resumes(text, part_start, at, r, end)
                                // (a clause in the present after an incise in the simple past:
                                // `reprit-il en frappant la table, à Noël ils sont à Berlin.`)
                                || past_incise(&text[inc.cue.range()]) && present_clause(text, r, end))
                        {
                            (false, None, r)
                        } else {
                            match speech_resumes(text, r, end, past_incise(&text[inc.cue.range()])) {
                                Some(k) => (false, None, k),
                                None => (true, None, end),
                            }
                        }
                    }
                    // (the tone of the words after the incise, part of it; then, in a
                    // turn, narration or the speech going on, as after a period below)
                    (',', Some(_)) if tone.is_some() => {
                        let stop = tone.unwrap_or(end);
                        match next_non_space(text, stop, end) {
                            None => (true, None, end),
                            Some((n, _)) if turn && narration_sentence(text, n, end, &text[inc.cue.range()]) => (true, None, end),
                            Some((n, _)) => (false, None, n),
                        }
                    }
                    (',', Some((r, _)))
                        if narration_follows(text, r, end)
                            || narration_relative_to_end(text, r, end)
                            || manner_to_end(text, r, end)
                            || adverbial_to_end(text, r, end)
                            || inc.subject.is_some_and(|s| s.end <= inc.cue.start) && sans_to_end(text, r, end)
                            // (after words complete before the incise: `— Entrez, dit-il,
                            // dans la cuisine.` goes on speaking)
                            || punct != ',' && place_to_end(text, r, end)
                            || if pronoun { pronoun_detached_to_end(text, r, end) } else { apposition_to_end(text, r, end) } =>
                    {
                        (true, None, end)
                    }
                    // (a turn: narration after the incise's sentence ends the line,
                    // `— Non, dit-il. Il prit son chapeau.`; inside guillemets all is speech)
                    // (an incise in a simple tense before a compound past tells a
                    // spoken one: `— Non, observa-t-elle. Il l'a dit hier.`)
                    ('.' | '!' | '?' | '…', Some((r, _))) if turn && narration_sentence(text, r, end, &text[inc.cue.range()]) => {
                        (true, None, end)
                    }
                    (c, Some((r, _))) => {
                        // (past the incise's subject named again in apposition: `, a
                        // dit le délégué, Marc Roy, à négocier…`)
                        let after_name = if c == ',' && !pronoun { named_apposition(text, r, end) } else { None };
                        (false, None, after_name.unwrap_or(r))
                    }
                }
            }
        };
        let piece = trim_span(text, part_start, speech_end);
        if !piece.is_empty() {
            parts.push(piece);
        }
        if is_final {
            return Cut { text_end: speech_end, parts, next_dash };
        }
        part_start = resume;
        pos = resume;
    }
    let piece = trim_span(text, part_start, end);
    if !piece.is_empty() {
        parts.push(piece);
    }
    Cut { text_end: end, parts, next_dash: None }
}

/// After an incise with a noun subject and a comma, a name in apposition to
/// that subject and its comma (`Marc Roy, ` in `, a dit le délégué, Marc Roy,
/// à négocier…`): where the speech resumes after it.
fn named_apposition(text: &str, i: usize, end: usize) -> Option<usize> {
    let mut at = i;
    for n in 0..4 {
        let we = word_end(text, at, end);
        let word = &text[at..we];
        let particle = n > 0 && matches!(word, "de" | "du" | "von" | "van" | "le" | "la");
        if we == at || !(word.starts_with(char::is_uppercase) || particle) {
            return None;
        }
        if text[we..end].starts_with(',') {
            return next_non_space(text, we + 1, end).map(|(k, _)| k).filter(|_| n > 0);
        }
        at = next_non_space(text, we, end)?.0;
    }
    None
}

/// After an incise with a noun subject and a comma, an apposition to that
/// subject that ends the speech: `, a demandé le président, Luc Roux.`,
/// `, dit le maire, le visage fermé.`
fn apposition_to_end(text: &str, i: usize, end: usize) -> bool {
    let w = word_end(text, i, end);
    let word = &text[i..w];
    // (a capital or a determiner opens a noun phrase; an adjective after the
    // incise's complement describes: `d'une voix étranglée, pareille à un râle.`)
    let starts = word.starts_with(char::is_uppercase)
        || opens_subject(&crate::text::lower(word))
        || word.chars().count() > 3
            && word.starts_with(char::is_lowercase)
            && ((["é", "ée", "és", "ées", "ant", "ante", "ent", "eille", "elle", "euse", "eux", "ive"].iter().any(|e| word.ends_with(e))
                // (other participles and adjectives alone before the end:
                // `, abasourdi.`, `, stupéfaite.`, `, inquiète.`; not `, parti ce matin.`)
                || ["i", "ie", "is", "ise", "ait", "aite", "ète"].iter().any(|e| word.ends_with(e))
                    && text[w..end].trim_start_matches(is_space).starts_with(['.', '!', '?', '…']))
                && !word.ends_with("ment")
                || matches!(word, "jeune" | "pâle" | "rouge" | "blême" | "calme" | "triste" | "grave" | "debout"))
        || adjective_alone(text, i, end)
        // (a noun and its complement that describe the speaker: `, chauffeur de
        // 51 ans`, `, mère de trois enfants`)
        // (a person's noun: not `, question de principe`)
        || crate::attribute::resolve::is_agent_word(word)
            && word.chars().all(char::is_lowercase)
            && ["de ", "d'", "d’", "du ", "des "].iter().any(|d| text[w..end].trim_start_matches(is_space).starts_with(d));
    // (a title of address, alone or before a name, is speech: `, dit le valet,
    // monsieur.`, `, dit la bonne, Madame Irène.`)
    let address = || {
        crate::attribute::phrase::lower_is(word, crate::attribute::phrase::ADDRESS_TITLES) && {
            // (the name's words, each with a capital, up to the end)
            let rest = text[w..end].trim_start_matches(is_space);
            let stop = rest.find(['.', '!', '?', '…']).unwrap_or(rest.len());
            rest[..stop].split_whitespace().all(|n| n.starts_with(char::is_uppercase)) && stop < rest.len()
        }
    };
    if !starts || address() {
        return false;
    }
    // (a question or an exclamation is speech again: `, dit le colonel, un verre
    // de porto ?`)
    let to_end = match text[i..end].find(['.', '!', '?', '…', ';']) {
        None => true,
        Some(k) if matches!(text.as_bytes()[i + k], b'?' | b'!') => false,
        Some(k) => next_non_space(text, i + k + text[i + k..].chars().next().map_or(1, char::len_utf8), end).is_none(),
    };
    // (an infinitive after the apposition's comma carries the speech on: `, a
    // assuré le secrétaire, Didier Mercier, à reprendre les négociations`)
    let infinitive_after = || {
        text[i..end].split(", ").skip(1).any(|seg| {
            let mut ws = seg.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
            matches!(ws.next(), Some("à" | "de" | "d" | "pour"))
                && ws.next().is_some_and(|v| ["er", "ir", "re"].iter().any(|e| v.ends_with(e)))
        })
    };
    // (a clause is speech again: `, reprit Bouvard, l'air vous rafraîchira.`,
    // `, répondit Pauline, ce n'est pas elle.`)
    // (an honorific before a name is the speaker's name, not `me`: `, insista
    // l'avocat, Me Lachaud.`)
    let honorific = matches!(word, "Me" | "Mme" | "Mlle" | "M" | "Dr" | "Pr")
        && text[w..end].trim_start_matches(['.', ' ']).starts_with(char::is_uppercase);
    // (a relative set off by its comma describes the one in apposition: `, lance
    // Clémence, ma grande sœur, qui a dix-neuf ans.`)
    let own = &text[i..end];
    // (each comma once, by a byte search, then the word after it)
    let relative = memchr::memchr_iter(b',', own.as_bytes()).find(|&k| {
        let rest = &own.as_bytes()[k + 1..];
        rest.starts_with(b" qui ") || rest.starts_with(b" dont ")
    });
    let own = relative.map_or(own, |k| &own[..k]);
    to_end && (honorific || possessive_phrase(own) || adjective_alone(text, i, end) || !is_clause(own)) && !infinitive_after()
}

/// True for a noun phrase of the narrator's (`ma grande sœur`, `mon voisin de
/// palier`, `notre prof de maths`): a possessive, adjectives before the noun,
/// the noun, then complements after `de` only; a word after the noun that is
/// not `de` may be a verb (`ma mère arrive`), and is speech.
fn possessive_phrase(words: &str) -> bool {
    let mut it = words.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
    if !matches!(it.next(), Some("ma" | "mon" | "mes" | "notre" | "nos")) {
        return false;
    }
    let mut noun = false;
    for w in it {
        if !noun {
            let w = w.trim_end_matches(['.', '…']);
            noun = !crate::attribute::resolve::is_prenominal(w);
            if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
                return false;
            }
        } else {
            // (a complement: `de palier`, `d'atelier`, `du troisième`)
            return matches!(w, "de" | "d" | "du" | "des");
        }
    }
    noun
}

/// The end of the sentence that starts at `i`, before `end` (after its final
/// `.`, `!`, `?` or `…`), and whether text follows it.
/// (A sentence longer than [`DETACHED`] bytes is no detached phrase: read no
/// further, so that the work per incise stays bounded.)
fn sentence_to_end(text: &str, i: usize, end: usize) -> (usize, bool) {
    let far = crate::attribute::floor_boundary(text, end.min(i + DETACHED));
    match text[i..far].find(['.', '!', '?', '…', ';']) {
        None if far < end => (far, true),
        None => (end, false),
        Some(k) => {
            let stop = i + k + text[i + k..].chars().next().map_or(1, char::len_utf8);
            (stop, next_non_space(text, stop, end).is_some())
        }
    }
}

/// The longest sentence read after an incise, in bytes (see [`sentence_to_end`]).
const DETACHED: usize = 240;

/// After an incise's comma, one word alone before the end of the sentence
/// that describes the speaker by its shape or from a short list: `,
/// goguenard.`, `, ironique.`, `, pensif.`, `, moqueur.`, `, pince-sans-rire.`
/// (not a word of address, which is speech: `, docteur.`, `, parfois.`).
fn adjective_alone(text: &str, i: usize, end: usize) -> bool {
    // (or a locution of the same state: `, hors de lui.`, `, sans voix.`, `, à
    // bout de souffle.`)
    let rest = &text[i..end];
    if ["hors de ", "hors d'", "hors d’", "sans voix", "à bout de ", "à bout.", "au bord des larmes", "au comble de "]
        .iter()
        .any(|l| rest.starts_with(l))
    {
        let stop = rest.find(['.', '!', '?', '…', ',', ';']).unwrap_or(rest.len());
        return rest[stop..].starts_with(['.', '…']) && rest[..stop].split_whitespace().count() <= 5;
    }
    // (a compound with hyphens is one word)
    let w = text[i..end].find(|c: char| !(crate::text::is_word_char(c) || c == '-')).map_or(end, |k| i + k);
    if !text[w..end].trim_start_matches(is_space).starts_with(['.', '…']) {
        return false;
    }
    let word = &text[i..w];
    if word.chars().count() < 3 || !word.starts_with(char::is_lowercase) {
        return false;
    }
    let shaped = word.chars().count() > 5
        && ["ard", "arde", "ique", "ide", "if", "able", "ible", "oise"].iter().any(|e| word.ends_with(e))
        && !matches!(word, "diable" | "coupable" | "responsable" | "musique" | "pacifique");
    // (a past participle in `-u`: `, éperdu.`, `, abattue.`, `, vaincus.`)
    // (not an imperative and its pronoun: `, approchez-vous.`)
    let participle = word.chars().count() > 5
        && !word.contains('-')
        && ["u", "ue", "us", "ues"].iter().any(|e| word.ends_with(e))
        && !matches!(word, "bienvenu" | "bienvenue" | "inconnu" | "inconnue" | "individu" | "dessus" | "dessous");
    shaped
        || participle
        || matches!(
            word,
            "interdit"
                | "interdite"
                | "stupéfait"
                | "stupéfaite"
                | "satisfait"
                | "satisfaite"
                | "contrit"
                | "contrite"
                | "ébahi"
                | "ébahie"
                | "ahuri"
                | "ahurie"
                | "abasourdi"
                | "abasourdie"
                | "étourdi"
                | "étourdie"
                | "radieux"
                | "radieuse"
        )
        || matches!(
            word,
            "narquois"
                | "sournois"
                | "courtois"
                | "moqueur"
                | "railleur"
                | "boudeur"
                | "songeur"
                | "rieur"
                | "rêveur"
                | "frondeur"
                | "charmeur"
                | "enjôleur"
                | "bougon"
                | "bougonne"
                | "grognon"
                | "taquin"
                | "taquine"
                | "mutin"
                | "mutine"
                | "espiègle"
                | "sombre"
                | "tendre"
                | "hilare"
                | "amer"
                | "amère"
                | "sec"
                | "sèche"
                | "doux"
                | "douce"
                | "las"
                | "lasse"
                | "lugubre"
                | "perplexe"
                | "sobre"
                | "digne"
                | "docte"
                | "solennel"
                | "solennelle"
                | "pince-sans-rire"
                | "fataliste"
                | "optimiste"
                | "pessimiste"
                | "sceptique"
                | "déçu"
                | "déçue"
                | "ému"
                | "émue"
                | "confus"
                | "confuse"
                | "ravi"
                | "ravie"
                | "surpris"
                | "surprise"
                | "content"
                | "contente"
                | "inquiet"
                | "inquiète"
                | "triste"
                | "grave"
                | "calme"
        )
}

/// After an incise with a pronoun subject and a comma, a detached phrase that
/// ends the speech and describes the speaker: an absolute phrase of the body
/// (`, dit-il, le visage fermé.`, `, fit-elle, les larmes aux yeux.`) or a
/// participle or an adjective (`, fit-elle, agacée.`, `, dit-il, souriant.`).
/// (A name or another phrase after a pronoun incise is speech going on:
/// `, dit-il, le pauvre homme !`.)
fn pronoun_detached_to_end(text: &str, i: usize, end: usize) -> bool {
    // (the first words first: most speech going on opens otherwise)
    let mut words = text[i..end].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(2);
    let Some(first) = words.next() else { return false };
    let first = crate::text::lower(first);
    let body = matches!(&*first, "le" | "la" | "les" | "l")
        && words.next().is_some_and(|n| {
            let n = crate::text::lower(n);
            crate::attribute::resolve::is_bodily(&n)
        });
    // (`agacée`, `souriant`, `furieux`, `pensive`, `stupéfaite`, `surprise`, `ravie`)
    let participle = first.chars().count() > 4
        && ["é", "ée", "és", "ées", "ant", "ante", "eux", "euse", "ive", "aite", "ise", "ie"].iter().any(|e| first.ends_with(e))
        && !first.ends_with("ment");
    // (a posture or a state: `, debout sous la fenêtre, les mains dans les poches.`)
    let posture = matches!(
        &*first,
        "debout"
            | "assis"
            | "assise"
            | "immobile"
            | "seul"
            | "seule"
            | "pâle"
            | "blême"
            | "livide"
            | "accroupi"
            | "accroupie"
            | "nu"
    );
    let alone = adjective_alone(text, i, end);
    // (the subject named again after the pronoun, as speech does: `qu'elle
    // m'a dit, la Josiane.`, `dit-il, le Paulo.`)
    let dislocated = || {
        matches!(&*first, "le" | "la" | "l")
            && text[i..end]
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .nth(1)
                .is_some_and(|n| n.starts_with(char::is_uppercase))
            && text[i..end]
                .find(['.', '!', '?', '…', ',', ';'])
                .is_some_and(|k| text[i + k..].starts_with('.') && text[i..i + k].split_whitespace().count() <= 3)
    };
    if !body && !participle && !posture && !alone {
        return dislocated() && !sentence_to_end(text, i, end).1;
    }
    let (stop, more) = sentence_to_end(text, i, end);
    !more && (alone || !is_clause(&text[i..stop])) && !text[i..stop].split(|c: char| !c.is_alphabetic()).any(addresses)
}

/// After an incise and a comma, a relative on the narration in a tense of
/// narration that ends the turn: `, répondit la mère en haussant les épaules,
/// ce qui ne se voyait pas sous son châle.`
fn narration_relative_to_end(text: &str, i: usize, end: usize) -> bool {
    if !["ce qui ", "ce que ", "ce qu'", "ce qu’", "ce dont "].iter().any(|p| text[i..end].starts_with(p)) {
        return false;
    }
    let (stop, more) = sentence_to_end(text, i, end);
    let words = &text[i..stop];
    !more
        && !words.ends_with(['?', '!'])
        && !super::dialogue::speaks_in_person(words)
        && !words.split(|c: char| !c.is_alphabetic()).any(addresses)
        && words.split(|c: char| !c.is_alphabetic()).any(crate::attribute::phrase::looks_finite)
}

/// After an incise and a comma, a phrase of manner that ends the speech:
/// `sans` and an infinitive (`, répondit-elle, sans se retourner.`), or `et`,
/// a subject pronoun and a verb of narration (`, répondit-il, et il sortit.`).
/// After an incise and a comma, the place where the words were said, to the
/// end of the sentence (`? me demanda-t-elle, sur la plage.`): a preposition
/// of place, a determiner and a few words, no verb and nobody addressed.
fn place_to_end(text: &str, i: usize, end: usize) -> bool {
    let (stop, more) = sentence_to_end(text, i, end);
    if more || text[..stop].ends_with(['?', '!']) {
        return false;
    }
    let words: Vec<&str> = text[i..stop].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(7).collect();
    matches!(
        words.as_slice(),
        ["sur" | "dans" | "devant" | "derrière" | "sous" | "contre", "le" | "la" | "les" | "l" | "un" | "une", _, ..]
    ) && words.len() <= 5
        && !words.iter().any(|w| addresses(w))
        && !is_clause(&text[i..stop])
}

fn manner_to_end(text: &str, i: usize, end: usize) -> bool {
    let first = &text[i..word_end(text, i, end)];
    if !matches!(first, "sans" | "et") {
        return false;
    }
    let (stop, more) = sentence_to_end(text, i, end);
    let words = &text[i..stop];
    // (the narrator's `me` is no person speaking after `sans`: `sans même me
    // regarder`)
    let in_person = || {
        if first == "sans" {
            words.split(|c: char| !c.is_alphabetic()).any(|w| w != "me" && w != "m" && super::dialogue::speaks_in_person(w))
        } else {
            super::dialogue::speaks_in_person(words)
        }
    };
    if more || in_person() {
        return false;
    }
    let mut it = words.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).skip(1);
    // (the clitics and adverbs before the verb: `sans même le regarder`)
    // (and the narrator's: `sans même me regarder`)
    let clitic = |w: &&str| {
        matches!(*w, "se" | "s" | "le" | "la" | "les" | "l" | "lui" | "leur" | "y" | "en" | "même" | "plus" | "rien" | "me" | "m")
    };
    if first == "sans" {
        return it.find(|w| !clitic(w)).is_some_and(|v| v.ends_with("er") || v.ends_with("ir") || v.ends_with("re"));
    }
    it.next().is_some_and(|p| matches!(p, "il" | "elle" | "ils" | "elles"))
        && it
            .find(|w| !clitic(w) && *w != "ne" && *w != "n")
            .is_some_and(|v| crate::attribute::phrase::looks_finite(v) && !crate::text::may_be_future(v))
}

/// After an incise's comma, the tone or the gesture of the words, a phrase
/// without a verb up to the end of its sentence (`, fit le vieux, d'un ton
/// las.`, `, dit-elle, d'une voix blanche.`, `, sur un ton sec.`; not the
/// speech going on, `, d'un côté vous avez raison.`): where the sentence ends
/// (past its period).
fn tone_phrase(text: &str, i: usize, end: usize) -> Option<usize> {
    // (the cheap test first: most phrases after an incise open otherwise)
    if !["d'", "d’", "sur ", "de sa ", "de son "].iter().any(|p| text[i..end].starts_with(p)) {
        return None;
    }
    let (stop, _) = sentence_to_end(text, i, end);
    if text[..stop].ends_with(['?', '!']) {
        return None;
    }
    let phrase = &text[i..stop];
    let words: Vec<&str> = phrase.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(7).collect();
    let tone = matches!(words.as_slice(), ["d", "un" | "une", noun, ..]
        if matches!(*noun, "ton" | "voix" | "air" | "geste" | "accent" | "regard" | "sourire" | "mouvement" | "signe"))
        || matches!(words.as_slice(), ["sur", "un", "ton", ..])
        // (the speaker's own voice: `, de sa voix douce.`, `, de son ton las.`)
        || matches!(words.as_slice(), ["de", "sa" | "son", "voix" | "ton" | "accent" | "air", ..]);
    // (what follows the noun holds no verb and addresses nobody: the noun `ton`
    // is no possessive)
    let noun = words.get(2).and_then(|n| phrase.find(n).map(|k| k + n.len())).unwrap_or(0);
    let rest = &phrase[noun..];
    (tone && words.len() <= 6 && !is_clause(rest) && !words.iter().skip(3).any(|w| addresses(w))).then_some(stop)
}

/// True for a word of the second person, lower case (`tu`, `vous`, `ton`…):
/// words addressed to someone, which narration does not hold.
fn addresses(word: &str) -> bool {
    matches!(word, "tu" | "toi" | "te" | "t" | "vous" | "ton" | "ta" | "tes" | "votre" | "vos")
}

/// After an incise and a comma, an adverbial of manner or time that ends the
/// speech: an adverb of manner (`, me demande-t-il, gentiment.`), a degree
/// and its word (`, a-t-il lancé, beaucoup trop fort.`), `plus tard`, or a
/// clause of comparison or time in the past, addressed to nobody (`, fait-elle,
/// comme si c'était un mot étranger.`, `, quand nous étions seuls.`); not a
/// sentence adverb of speech (`, dit-elle, vraiment pas.`).
fn adverbial_to_end(text: &str, i: usize, end: usize) -> bool {
    let (stop, more) = sentence_to_end(text, i, end);
    if more || text[..stop].ends_with(['?', '!']) {
        return false;
    }
    let words: Vec<&str> = text[i..stop].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let Some(&first) = words.first() else { return false };
    if words.iter().any(|w| addresses(w)) {
        return false;
    }
    // (a moment or a manner of the hearing: `, demande la présidente au prévenu,
    // à la fin des débats.`, `, à voix basse.`)
    const MOMENTS: &[&str] = &[
        "à la fin ",
        "au terme ",
        "à l'issue ",
        "à l’issue ",
        "au début ",
        "à la reprise ",
        "en fin d",
        "en début d",
        "à voix basse",
        "à voix haute",
        "à haute voix",
        "à mi-voix",
        "à la barre",
        "en aparté",
        "dans un souffle",
        "après un silence",
        "après un long silence",
    ];
    if words.len() <= 7
        && !super::dialogue::speaks_in_person(&text[i..stop])
        && MOMENTS.iter().any(|m| text[i..stop].starts_with(m))
    {
        return true;
    }
    let past = |w: &&str| {
        crate::attribute::phrase::looks_finite(w) || w.chars().count() > 4 && (w.ends_with("ions") || w.ends_with("iez"))
    };
    match first {
        "plus" => words.get(1).is_some_and(|w| matches!(*w, "tard" | "bas" | "haut" | "doucement" | "fort")) && words.len() <= 3,
        "beaucoup" | "trop" | "très" | "assez" | "un" | "soudain" | "presque"
            if words.len() <= 4 && !is_clause(&text[i..stop]) =>
        {
            first != "un" || words.get(1).is_some_and(|w| *w == "peu")
        }
        "comme" => {
            // (or a habit: `comme tous les matins`, `comme d'habitude`, `comme
            // toujours`)
            let habit = match words.get(1..) {
                Some(["toujours" | "souvent" | "chaque" | "jadis" | "autrefois", ..]) => words.len() <= 3,
                Some(["d", "habitude"] | ["à", "son" | "sa" | "leur", "habitude"]) => true,
                Some(["tous" | "toutes", "les", noun]) => crate::attribute::phrase::is_time_noun(noun.trim_end_matches('s')),
                _ => false,
            };
            habit || !super::dialogue::speaks_in_person(&text[i..stop]) && words.iter().any(past)
        }
        "quand" | "lorsque" | "lorsqu" | "pendant" | "tandis" | "alors" | "avant" | "après" => words.iter().skip(1).any(past),
        w if words.len() == 1 && w.chars().count() > 6 && w.ends_with("ment") => !matches!(
            w,
            "vraiment"
                | "absolument"
                | "certainement"
                | "évidemment"
                | "sûrement"
                | "exactement"
                | "seulement"
                | "justement"
                | "heureusement"
                | "malheureusement"
                | "franchement"
                | "sincèrement"
                | "décidément"
                | "forcément"
                | "parfaitement"
                | "tellement"
                | "complètement"
                | "totalement"
                | "simplement"
                | "autrement"
                | "également"
        ),
        _ => false,
    }
}

/// A sentence of narration after a turn's incise: a third-person subject (a
/// pronoun, or a determiner and its noun, after `Et` or `Puis` perhaps) and
/// a verb in the simple past, the tense of narration, in its first words,
/// with no word of a person speaking (`Il prit son chapeau.`, `Et elle se
/// remit à coudre.`, `La porte se referma.`; not `Monsieur vous attend.`);
/// after an incise (`cue`) in the simple past, a pronoun's verb in the
/// imperfect too (`Mais il riait.`).
fn narration_sentence(text: &str, i: usize, end: usize, cue: &str) -> bool {
    let (simple_incise, simple_past_incise) = (simple_incise(cue), past_incise(cue));
    let stop = sentence_to_end(text, i, end).0;
    let words = &text[i..stop];
    if super::dialogue::speaks_in_person(words) {
        return false;
    }
    let mut it = words.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).peekable();
    if it.peek().is_some_and(|w| matches!(*w, "Et" | "Puis" | "Alors" | "Mais")) {
        it.next();
    }
    let Some(subject) = it.next() else { return false };
    let pronoun = matches!(subject, "il" | "elle" | "ils" | "elles" | "Il" | "Elle" | "Ils" | "Elles");
    let article = matches!(subject, "Le" | "La" | "Les" | "L" | "Sa" | "Son" | "Ses" | "le" | "la" | "les" | "l");
    if !pronoun && !article {
        return false;
    }
    // (the verb within the next words, after clitics or the noun and an adjective)
    // (an object of the first or second person: `Il ne m'a rien dit`)
    let clitic = [" m'", " m’", " t'", " t’"].iter().any(|c| words.contains(c));
    // (a compound past after an incise in a simple tense is the speaker's:
    // narration keeps the incise's tense)
    let mut first = it.take(3).take_while(|w| !(simple_incise && matches!(*w, "a" | "ont" | "as" | "ai")));
    // (or, after an incise in the simple past, the imperfect of a pronoun's
    // verb: `grommela Paul. Mais il riait.`)
    // (a sentence that asks or exclaims is the speaker's: `Ils disaient une
    // question de jours, hein ?`)
    let stated = !text[stop..end].starts_with(['?', '!']) && !words.contains(['?', '!']);
    // (not a conditional, the speaker's: `Elle croirait que c'est grave.`)
    let imperfect = |w: &str| {
        pronoun
            && simple_past_incise
            && stated
            && (w.ends_with("ait") || w.ends_with("aient"))
            && w.chars().count() > 4
            && !crate::text::looks_future_or_conditional(w)
    };
    !clitic && first.any(|w| crate::attribute::phrase::looks_simple_past(w) && !crate::text::may_be_future(w) || imperfect(w))
}

/// True for an incise's cue in a simple tense (`observa-t-elle`, `dit Paul`),
/// not a compound one (`a-t-il dit`, `a répondu Paul`).
fn simple_incise(cue: &str) -> bool {
    !cue.starts_with("a-t-") && !cue.starts_with("ont-") && !cue.starts_with("avait-") && !cue.contains(' ')
}

/// Where a turn's speech goes on after the narration that follows its incise
/// (a relative clause or a participle on the speaker, `r..`): the first clause
/// of that sentence or of the next one that is plainly spoken, one that
/// addresses someone (`tu`, `vous`, an imperative `laissez-moi`), a sentence
/// that exclaims or asks (`Le misérable !`), or a clause of the first person
/// that does (`…, je ne puis le croire !`). A first-person narrator's clause
/// (`qui me regardait`, `Je sortis.`) is none.
/// (after an incise in a tense of narration, `past`, a sentence that opens in
/// the present is spoken: `fit observer M. X, qui rougit. C'est bien différent.`)
fn speech_resumes(text: &str, r: usize, end: usize, past: bool) -> Option<usize> {
    let far = floor_far(text, r, end);
    let mut sentences = 0;
    let mut at = r;
    while at < far && sentences < 2 {
        let k = text[at..far].find([',', ';', '.', '!', '?', '…'])? + at;
        let c = text[k..].chars().next().unwrap_or('.');
        let next = next_non_space(text, k + c.len_utf8(), far).map(|(n, _)| n)?;
        if matches!(c, '.' | '!' | '?' | '…') {
            sentences += 1;
        }
        // (a quotation of its own opens there: the turn's speech does not go on)
        if text[next..].starts_with(['«', '“', '"']) {
            return None;
        }
        at = next;
        let new_sentence = matches!(c, '.' | '!' | '?' | '…');
        if spoken_clause(text, next, far, new_sentence) || past && new_sentence && opens_in_present(&text[next..far]) {
            return Some(next);
        }
    }
    None
}

/// True when the speech before an incise (`from..at`) ends on a verb that
/// takes a completive and the words after the incise (`r..`) open on `que`
/// (`Il a dit, continua Paul en s'essuyant le front, que la Compagnie…`).
fn completive_resumes(text: &str, from: usize, at: usize, r: usize, end: usize) -> bool {
    let after = &text[r..word_end(text, r, end)];
    if !matches!(after, "que" | "qu") {
        return false;
    }
    let before = text[from..at].trim_end();
    let last = &before[before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| k + 1)..];
    matches!(
        last,
        "dit"
            | "dis"
            | "pense"
            | "crois"
            | "sais"
            | "avoue"
            | "jure"
            | "répète"
            | "assure"
            | "affirme"
            | "sait"
            | "croit"
            | "savez"
            | "croyez"
            | "pensez"
            | "voyez"
            | "vois"
            | "trouve"
            | "espère"
            | "prétend"
            | "écrit"
            | "annoncé"
            | "répondu"
            | "promis"
            | "juré"
            | "avoué"
            | "affirmé"
            | "assuré"
            | "expliqué"
            | "raconté"
            | "prétendu"
    )
}

/// True when the words after an incise (`r..`) open on `et que` and the speech
/// before it (`from..at`) holds a completive of its own: the speech goes on
/// (`Il dit qu'il a faim, traduisit Paul, et qu'il a froid.`).
fn coordinated_completive(text: &str, from: usize, at: usize, r: usize, end: usize) -> bool {
    let rest = &text[r..end];
    let Some(after_et) = rest.strip_prefix("et ") else { return false };
    let opens_que = after_et.starts_with("que ") || ["qu'", "qu’"].iter().any(|p| after_et.starts_with(p));
    opens_que && text[from..at].split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "que" | "qu"))
}

/// True when the clause at `r`, up to its punctuation, holds a verb in the
/// present in its first words and no relative pronoun (`à Noël ils sont à
/// Berlin`): narration in the simple past does not write it, so after such an
/// incise it is the speech going on.
fn present_clause(text: &str, r: usize, end: usize) -> bool {
    let stop = text[r..end].find([',', ';', '.', '!', '?', '…', ':']).map_or(end, |k| r + k);
    let words: Vec<&str> = text[r..stop].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(6).collect();
    let Some(k) = words.iter().position(|w| matches!(*w, "il" | "elle" | "ils" | "elles" | "on" | "c" | "ce" | "ça" | "cela"))
    else {
        return false;
    };
    !words.iter().any(|w| matches!(*w, "qui" | "que" | "qu" | "dont" | "où" | "lequel" | "laquelle" | "si" | "quand" | "comme"))
        && words.get(k + 1).is_some_and(|v| {
            matches!(
                *v,
                "est"
                    | "sont"
                    | "a"
                    | "ont"
                    | "va"
                    | "vont"
                    | "peut"
                    | "peuvent"
                    | "faut"
                    | "doit"
                    | "doivent"
                    | "sera"
                    | "seront"
            )
        })
}

/// True for an incise whose verb is in the simple past and in no present
/// (`fit observer`, `reprit-il`, `demanda Paul`; not `dit`, `rit`, either).
fn past_incise(cue: &str) -> bool {
    let w = &cue[..cue.find(|c: char| !c.is_alphabetic()).unwrap_or(cue.len())];
    crate::attribute::phrase::looks_simple_past(w) && !matches!(w, "dit" | "rit" | "sourit" | "vit")
}

/// True for words that open on a present no narration in the past writes:
/// `C'est`, `Ce n'est`, `Cela est`, `Voilà`, `Il faut`.
fn opens_in_present(words: &str) -> bool {
    // (after a connective too: `Mais il faut savoir où les chercher.`)
    let after = ["Mais ", "Et ", "Alors ", "Pourtant ", "Donc ", "Enfin "].iter().find_map(|c| words.strip_prefix(c));
    ["C'est ", "C’est ", "Ce n'est ", "Ce n’est ", "Cela est ", "Voilà ", "Il faut "].iter().any(|p| words.starts_with(p))
        || after.is_some_and(|w| {
            ["c'est ", "c’est ", "ce n'est ", "ce n’est ", "cela est ", "voilà ", "il faut "].iter().any(|p| w.starts_with(p))
        })
}

/// True for words that open on the first person and a verb in the present
/// (`je crois que…`, `j'ai faim`, `je ne sais pas`), which narration in the
/// past never writes: after an incise in the simple past, the speech going on.
/// (Not a form the simple past shares, `je dis`, `je fis`, `je vis`.)
fn first_person_present(words: &str) -> bool {
    let mut it = words.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    if !matches!(it.next(), Some("je" | "j")) {
        return false;
    }
    // (past the negation and the clitics: `je ne sais`, `je te dis`, `j'en ai`)
    let Some(verb) = it
        .find(|w| !matches!(*w, "ne" | "n" | "me" | "m" | "te" | "t" | "le" | "la" | "les" | "l" | "lui" | "y" | "en" | "vous"))
    else {
        return false;
    };
    matches!(
        verb,
        "suis"
            | "ai"
            | "vais"
            | "crois"
            | "sais"
            | "veux"
            | "peux"
            | "dois"
            | "vois"
            | "viens"
            | "comprends"
            | "connais"
            | "tiens"
            | "crains"
            | "pars"
    ) || verb.chars().count() > 3 && verb.ends_with('e') && !verb.ends_with("ée")
}

/// How far [`speech_resumes`] reads after `r`.
fn floor_far(text: &str, r: usize, end: usize) -> usize {
    crate::attribute::floor_boundary(text, end.min(r + 2 * DETACHED))
}

/// True when the clause at `next` (up to its punctuation, before `far`) is
/// plainly spoken: it addresses someone (`tu`, `vous`, an imperative
/// `laissez-moi`), or its sentence exclaims or asks, as a `new_sentence`
/// (`Le misérable !`) or in the first person (`je ne puis le croire !`).
fn spoken_clause(text: &str, next: usize, far: usize, new_sentence: bool) -> bool {
    // (the clause from `next` to its own punctuation, and the sentence's last mark)
    let clause_end = text[next..far].find([',', ';', '.', '!', '?', '…']).map_or(far, |e| next + e);
    let sentence_end = text[next..far].find(['.', '!', '?', '…']).map(|e| next + e);
    let clause = &text[next..clause_end];
    let words = || clause.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(crate::text::lower);
    // (an imperative with its clitic: `laissez-moi`, `gardez-la`, `allons-y`)
    let addressed =
        words().any(|w| addresses(&w)) || ["-moi", "-nous", "-toi", "-vous", "ez-", "ons-"].iter().any(|p| clause.contains(p));
    // (a new sentence after the narration that exclaims or asks is spoken,
    // whatever its person: `Il possédait trois fermes !`, `Le misérable !`;
    // inside the narration's own sentence, only one of the first person)
    let exclaims = sentence_end.is_some_and(|e| text[e..].starts_with(['!', '?']))
        && (new_sentence || words().take(3).any(|w| matches!(&*w, "je" | "j" | "nous")));
    // (a clause that goes on with the speaker's own person after a connective,
    // `, mais j'ai trente-huit ans`, or on the subject before the incise with a
    // verb in the present perfect, `— Mon maître, disait-il, a tué onze hommes`)
    let mut first = words();
    let goes_on = match first.next().as_deref() {
        Some("mais" | "car" | "et" | "or" | "donc") => {
            first.next().is_some_and(|w| matches!(&*w, "je" | "j" | "moi" | "nous" | "tu" | "toi" | "vous"))
        }
        Some("a" | "ont" | "est" | "sont") => first.next().is_some_and(|w| w.chars().count() > 2),
        _ => false,
    };
    addressed || exclaims || goes_on
}

/// True when the words at `i`, up to their punctuation, open on a clause of
/// their own, a subject and a finite verb in its first words (`elle resta
/// muette trois ans`), not on a phrase that carries on the narration (`sur le
/// banc`, `et en pressant sa main`).
fn clause_follows(text: &str, i: usize, end: usize) -> bool {
    let stop = text[i..end].find([',', ';', '.', '!', '?', '…']).map_or(end, |k| i + k);
    let words: Vec<&str> = text[i..stop].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(4).collect();
    let Some(&first) = words.first() else { return false };
    let opens = matches!(first, "il" | "elle" | "ils" | "elles" | "on" | "ce" | "c" | "cela" | "ça")
        || crate::attribute::phrase::is_determiner(first) && first.chars().all(char::is_lowercase);
    // (a pronominal verb after its subject: `la galerie se divise`)
    let pronominal = words.iter().skip(1).position(|w| matches!(*w, "se" | "s")).is_some_and(|k| k + 2 < words.len());
    opens
        && (pronominal
            || words.iter().skip(1).any(|w| {
                crate::attribute::phrase::looks_finite(w)
                    || crate::text::looks_future_or_conditional(w)
                    || matches!(
                        *w,
                        "est" | "sont" | "était" | "a" | "ont" | "avait" | "fut" | "sera" | "va" | "peut" | "faut" | "doit"
                    )
            }))
}

/// True when words hold a verb's marks: a person of speech (`vous`, `je`), a
/// negation, or a common finite verb (`est`, `serait`, `a`).
fn is_clause(words: &str) -> bool {
    // (a future or a past shaped by its ending: `la pluie tombera`, `le train partait`)
    let finite = |w: &str| {
        w.chars().count() > 5
            && w.chars().all(char::is_lowercase)
            && (crate::text::looks_future_or_conditional(w) || crate::attribute::phrase::looks_finite(w))
    };
    // (in the first words, as the verb of a subject: not `jeune magistrat qui aspirait…`)
    let opening = words
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(4)
        .take_while(|w| !matches!(*w, "qui" | "que" | "dont"));
    super::dialogue::speaks_in_person(words)
        || { opening }.any(finite)
        || words
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "ne" | "n") || crate::attribute::phrase::COMMON_FINITE.contains(&w))
}

/// After an incise and a comma, narration rather than speech: a present
/// participle (`ajoutant qu'il…`), a gerund (`en souriant`), a relative clause
/// on the subject (`qui redoutait…`).
fn narration_follows(text: &str, i: usize, end: usize) -> bool {
    let w = word_end(text, i, end);
    let word = &text[i..w];
    if matches!(word, "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles") {
        // (but a verb in the plural after `qui` when the incise's subject is
        // singular is the speech's: `«Il y en a, poursuivit le curé, qui se
        // croient savants.»`)
        if word == "qui" {
            let subject = text[..i].trim_end_matches(|c: char| is_space(c) || c == ',');
            // (past the last character that is no letter, whatever its length)
            let from = subject.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()).map_or(0, |(k, c)| k + c.len_utf8());
            let subject = &subject[from..];
            let singular = !subject.is_empty() && !subject.ends_with(['s', 'x']);
            // (past its clitics and negation: `qui se croient`, `qui ne veulent`)
            let verb = text[w..end].split(|c: char| !c.is_alphabetic()).filter(|v| !v.is_empty()).find(|v| {
                !crate::attribute::phrase::OBJECT_CLITICS.contains(v) && !matches!(*v, "nous" | "vous" | "y" | "en" | "ne" | "n")
            });
            if singular && verb.is_some_and(|v| v.len() > 4 && v.ends_with("ent") && !v.ends_with("ment")) {
                return false;
            }
            // (and a clause that asks is the speech's: `— Monsieur, dit-il, qui
            // vous envoie ?`)
            let sentence_end = text[w..end].find(['.', '!', '?', '…']).map(|k| w + k);
            if sentence_end.is_some_and(|k| text[k..].starts_with('?')) {
                return false;
            }
        }
        return true;
    }
    // a clause of the narration joined to the incise, in a sentence that neither
    // asks nor exclaims: `, alors que je le savais.`, `, et sa voix tremblait.`
    // (not the speech going on: `, et ferme la porte.`, `, et je reviendrai.`)
    // (`parce que`, `car`: a cause the narration gives, in its past: `demandai-je,
    // parce qu'il fallait bien dire quelque chose`; not `, car il est tard`)
    if matches!(word, "alors" | "tandis" | "et" | "mais" | "parce" | "car") {
        let sentence_end = text[w..end].find(['.', '!', '?', '…']).map_or(end, |k| w + k);
        if text[sentence_end..end].starts_with(['!', '?']) {
            return false;
        }
        let clause_end = text[w..sentence_end].find([',', ';']).map_or(sentence_end, |k| w + k);
        let clause = &text[w..clause_end];
        let mut words = clause.split(|c: char| !c.is_alphabetic() && !is_apostrophe(c)).filter(|w| !w.is_empty());
        if !matches!(word, "et" | "mais" | "parce" | "car") {
            return words.next().is_some_and(|q| q == "que" || q.starts_with("qu"));
        }
        // (a past of the narration, not a future shaped like one: `il arrivera`)
        let past = |w: &str| crate::attribute::phrase::looks_finite(w) && !w.ends_with("ra");
        // (or the past of contemporary narration, a third person and its
        // auxiliary, then a participle: `, et il a mis le clignotant.`, `, et
        // elle est sortie.`; not `, et il a raison.`)
        let first: Vec<&str> = words.clone().take(3).collect();
        let compound = matches!(
            first.as_slice(),
            [subject, aux, participle]
                if matches!(*subject, "il" | "elle" | "ils" | "elles")
                    && matches!(*aux, "a" | "ont" | "est" | "sont")
                    && participle.chars().count() > 2
                    && ["é", "ée", "és", "ées", "i", "ie", "is", "it", "u", "ue", "us", "ert", "erte"].iter().any(|e| participle.ends_with(e))
        );
        return !super::dialogue::speaks_in_person(clause) && (compound || words.take(4).any(past));
    }
    if word.len() > 4 && word.ends_with("ant") && word.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    if word == "en" || word == "tout" {
        // (the gerund after its clitics: `en me tournant`, `en s'éloignant`)
        let mut rest = next_non_space(text, w, end).map(|(k, _)| k).unwrap_or(end);
        for _ in 0..2 {
            let w2 = word_end(text, rest, end);
            let next = &text[rest..w2];
            if next.ends_with("ant") || (word == "tout" && next == "en") {
                return true;
            }
            let clitic = matches!(next, "me" | "te" | "se" | "lui" | "leur" | "le" | "la" | "les" | "nous" | "vous" | "y")
                || matches!(next, "m" | "t" | "s" | "l") && text[w2..end].starts_with(is_apostrophe);
            if !clitic {
                return false;
            }
            rest = next_non_space(text, w2, end).map_or(end, |(k, _)| k);
            if text[rest..end].starts_with(is_apostrophe) {
                rest += text[rest..].chars().next().map_or(1, char::len_utf8);
            }
        }
        return false;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_incise_in_a_simple_tense_is_told_from_a_compound_one() {
        assert!(simple_incise("observa-t-elle"));
        assert!(simple_incise("dit"));
        assert!(!simple_incise("a-t-il dit"));
        assert!(!simple_incise("a répondu"));
    }

    fn turn(s: &str) -> (String, Vec<String>) {
        let cut = cut_incises(s, 0, s.len(), &[], Lexicon::builtin(), true);
        (s[..cut.text_end].to_string(), cut.parts.iter().map(|p| s[p.range()].to_string()).collect())
    }

    #[test]
    fn final_and_medial_incises() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("Nous partirons demain, affirme-t-il.", "Nous partirons demain", &["Nous partirons demain"]),
            ("Tu viens ? demanda-t-elle.", "Tu viens ?", &["Tu viens ?"]),
            ("Oui, répondit Marie, je viens.", "Oui, répondit Marie, je viens.", &["Oui", "je viens."]),
            (
                "Je l'ignorais, dit Paul. Il ne m'a rien dit.",
                "Je l'ignorais, dit Paul. Il ne m'a rien dit.",
                &["Je l'ignorais", "Il ne m'a rien dit."],
            ),
            ("C'est mon frère, répliqua Anne sèchement, ajoutant qu'elle partait.", "C'est mon frère", &["C'est mon frère"]),
            // after an incise, an apposition ends the turn, a clause goes on with it
            ("Assez, dit le vieux, la voix tremblante.", "Assez", &["Assez"]),
            ("Assez, dit Paul d'une voix sourde, pareille à un râle.", "Assez", &["Assez"]),
            (
                "Seul, répondit l'enfant, depuis trois jours.",
                "Seul, répondit l'enfant, depuis trois jours.",
                &["Seul", "depuis trois jours."],
            ),
            (
                "Venez, reprit Hugo, l'air du soir vous fera du bien.",
                "Venez, reprit Hugo, l'air du soir vous fera du bien.",
                &["Venez", "l'air du soir vous fera du bien."],
            ),
            ("Non, répondit Léa, ce n'est pas lui.", "Non, répondit Léa, ce n'est pas lui.", &["Non", "ce n'est pas lui."]),
            ("Assez ! s'écria le capitaine en frappant la table.", "Assez !", &["Assez !"]),
            ("Combien en reste-t-il ?", "Combien en reste-t-il ?", &["Combien en reste-t-il ?"]),
            (
                "Trois, m’a répondu la cadre, et aucun titulaire.",
                "Trois, m’a répondu la cadre, et aucun titulaire.",
                &["Trois", "et aucun titulaire."],
            ),
            // a clause of the narration joined by `et` in a past, or `alors que`
            ("Idiote, dit Olivier, et sa voix se brisa.", "Idiote", &["Idiote"]),
            ("Quelle photo ? ai-je demandé, alors que je le savais.", "Quelle photo ?", &["Quelle photo ?"]),
            ("Viens, dit-il, et ferme la porte.", "Viens, dit-il, et ferme la porte.", &["Viens", "et ferme la porte."]),
            // a lone adjective describes the speaker; a plural verb after `qui` and
            // a singular subject is speech
            ("Tu viens ? demanda Paul, goguenard.", "Tu viens ?", &["Tu viens ?"]),
            ("Non, fit-elle, pince-sans-rire.", "Non", &["Non"]),
            (
                "Il y en a, poursuivit le curé, qui mentent.",
                "Il y en a, poursuivit le curé, qui mentent.",
                &["Il y en a", "qui mentent."],
            ),
            ("Non, reprit le curé, qui souriait.", "Non", &["Non"]),
            // a verb after an emphatic pronoun set off by commas is the subject's
            ("Les élus, eux, réclament un vote.", "Les élus, eux, réclament un vote.", &["Les élus, eux, réclament un vote."]),
            // an infinitive after the incise's apposition carries the speech on
            (
                "Prêts, a dit le délégué, Marc Roy, à négocier demain.",
                "Prêts, a dit le délégué, Marc Roy, à négocier demain.",
                &["Prêts", "à négocier demain."],
            ),
        ];
        for (input, text, parts) in cases {
            let (t, p) = turn(input);
            assert_eq!(t, *text, "{input}");
            assert_eq!(p, *parts, "{input}");
        }
    }

    #[test]
    fn dash_after_final_incise_opens_next_turn() {
        let s = "Il fait froid, dit-elle en frissonnant. — Entrez donc.";
        let cut = cut_incises(s, 0, s.len(), &[], Lexicon::builtin(), true);
        assert_eq!(&s[..cut.text_end], "Il fait froid");
        assert_eq!(cut.next_dash, s.find('—'));
    }
}
