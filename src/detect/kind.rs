//! A first classification of each quotation as `direct`, `embedded` or `term`,
//! from its place in the sentence and the words around it. Attribution refines it.

use super::Found;
use crate::cue::Lexicon;
use crate::model::QuoteKind;
use crate::text::{is_apostrophe, is_space, is_word_char, starts_upper};

/// Nouns and participles after which marks hold a name, a title or a word
/// cited as a word: `le film «…»`, `baptisé «…»`, `la note «…»`.
fn is_term_introducer(word: &str) -> bool {
    matches!(
        word,
        "affaire"
            | "album"
            | "alerte"
            | "alias"
            | "appelé"
            | "appelée"
            | "appelés"
            | "association"
            | "baptisé"
            | "baptisée"
            | "baptisés"
            | "cadre"
            | "campagne"
            | "catégorie"
            | "centre"
            | "chanson"
            | "chronique"
            | "classe"
            | "classé"
            | "classée"
            | "code"
            | "collectif"
            | "collection"
            | "concours"
            | "devise"
            | "dispositif"
            | "documentaire"
            | "essai"
            | "exposition"
            | "expression"
            | "festival"
            | "film"
            | "formule"
            | "groupe"
            | "hashtag"
            | "hebdomadaire"
            | "intitulé"
            | "intitulée"
            | "journal"
            | "label"
            | "livre"
            | "loi"
            | "magazine"
            | "marque"
            | "mention"
            | "mot"
            | "mots"
            | "mouvement"
            | "niveau"
            | "nom"
            | "nommé"
            | "nommée"
            | "notation"
            | "note"
            | "opération"
            | "ouvrage"
            | "parti"
            | "perspective"
            | "pièce"
            | "plan"
            | "podcast"
            | "prix"
            | "programme"
            | "projet"
            | "pseudonyme"
            | "quotidien"
            | "rapport"
            | "revue"
            | "roman"
            | "rubrique"
            | "recommandation"
            | "réflexion"
            | "site"
            | "slogan"
            | "spectacle"
            | "surnom"
            | "surnommé"
            | "surnommée"
            | "série"
            | "terme"
            | "thème"
            | "titre"
            | "titré"
            | "titrée"
            | "tribune"
            | "vigilance"
            | "vocable"
            | "émission"
    )
}

/// True when the sentence that ends with `before` opens on a preposition that
/// gives someone's view, then a comma: `Pour X,`, `Selon X,`, `D'après X,`.
fn gives_view(before: &str) -> bool {
    let start =
        before.char_indices().rev().find(|(_, c)| matches!(c, '.' | '!' | '?' | '»' | '”')).map_or(0, |(k, c)| k + c.len_utf8());
    let sentence = before[start..].trim_start_matches(|c: char| is_space(c) || matches!(c, '»' | '”' | '"'));
    // (read by the matcher of the prepositional cues: their contractions too,
    // `Aux yeux du patronat,`)
    crate::cue::prepositional_cue(sentence)
        .is_some_and(|(len, canonical)| gives_someones_view(canonical) && sentence[len..].find(',').is_some_and(|k| k < 60))
}

/// True for the canonical prepositional cues that give someone's view or
/// words: `pour`, `selon` (and `selon la même source`), `d'après`, `aux yeux de`.
fn gives_someones_view(canonical: &str) -> bool {
    canonical.starts_with("selon") || matches!(canonical, "pour" | "d'après" | "aux yeux de")
}

/// The kind of a detected quotation, from its surroundings in `text`.
pub(crate) fn classify(text: &str, f: &Found, lex: &Lexicon) -> QuoteKind {
    if matches!(f.marks, crate::model::Marks::Dash | crate::model::Marks::None) {
        return QuoteKind::Direct;
    }
    let quoted = &text[f.text.range()];
    let mut lo = f.span.start.saturating_sub(240);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let lo = text[lo..f.span.start].rfind('\n').map_or(lo, |k| lo + k + 1);
    let before = text[lo..f.span.start].trim_end_matches(is_space);
    // `Elle reprit :-- «…»`: dashes after a colon belong to the colon
    let before = match before.trim_end_matches(['-', '—', '–']).trim_end_matches(is_space) {
        b if b.ends_with(':') && b.len() < before.len() => b,
        _ => before,
    };
    let prev = before.chars().next_back();
    let words = count_words(quoted, 9);
    let last = quoted.trim_end_matches(|c: char| matches!(c, '»' | '”' | '"' | '›' | ')') || is_space(c)).chars().next_back();
    let ends_sentence = last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
    let upper = starts_upper(quoted);

    // the lexicon lookups are done only when a rule needs them
    let mut cue_cache = None;
    let mut cue_after = || *cue_cache.get_or_insert_with(|| followed_by_cue(text, f, lex));
    let mut reported_cache = None;
    let mut reported = || *reported_cache.get_or_insert_with(|| after_reporting_verb(before, lex));
    // (`appelle les habitants «à la prudence»` is a call)
    let call = quoted.split(is_space).next().is_some_and(|w| matches!(w, "à" | "au" | "aux"));
    if words <= 8
        && !ends_sentence
        && (names_object(before) && !one_person_names(before) || naming_participle(before))
        && !call
        && !opens_on_circumstance(quoted)
    {
        return QuoteKind::Term;
    }
    if words <= 8 && !ends_sentence {
        match introduces_term(before) {
            // `dénoncent un programme «irréaliste»`, `a qualifié le projet de «pure
            // folie»`: a judgement on the thing named, in the words of the verb's
            // subject; `le plan «Vigipirate»`, `la loi «sécurité globale»` stay names
            Some(Introducer::Thing { de }) if judged(quoted, before, de, lex) && reported() && !reads_work(before, lex) => {}
            // `les dirigeants du groupe «dans les prochains jours»`: a time or a
            // circumstance in small letters is no thing's name
            Some(Introducer::Thing { .. }) if opens_on_circumstance(quoted) || opens_on_verb(quoted, lex) => {}
            // `Antoine Chaleix, dit «entendre l'émotion»`: after a name and its
            // comma, an infinitive or a verb is what the name says, not a
            // nickname (`Timothée, dit «la Fouine»`)
            Some(Introducer::Label) if before.ends_with(" dit") && opens_on_speech(quoted, lex) => {}
            // `Pour Libération, l'album «tourne en rond»`: words in small letters
            // in a sentence that gives someone's view are that one's
            Some(Introducer::Thing { .. }) if quoted.starts_with(char::is_lowercase) && gives_view(before) => {}
            // `un niveau «historique» selon X`: a judgement that a preposition of
            // speech right after the marks gives to someone
            Some(_) if judged(quoted, before, false, lex) && attributed_after(&text[f.span.end..]) => {}
            // `juge ce niveau «inédit depuis 2015»`: words in small letters after a
            // level judge it, where a level's name is a word or a figure (`le
            // niveau «rouge»`, `niveau «4»`)
            Some(Introducer::Label)
                if words >= 2
                    && quoted.starts_with(char::is_lowercase)
                    && before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).next() == Some("niveau") => {}
            Some(_) => return QuoteKind::Term,
            None => {}
        }
    }
    // `La troupe reprend «Les Bonnes»`, `a chanté «Je reviendrai»`: the title of
    // a work after a verb of performing or publishing, not the subject's words
    // (a title may open on its article: `lisait «le Figaro»`, `les Méditations`)
    let titled = upper || {
        let mut ws = quoted.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
        ws.next().is_some_and(|w| matches!(w, "le" | "la" | "les" | "l")) && ws.next().is_some_and(starts_upper)
    };
    if titled && !ends_sentence && words <= 8 && !cue_after() && reads_as_title(text, f, before, quoted, lex) {
        return QuoteKind::Term;
    }
    let last_word = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).next().unwrap_or("");
    // `interrogé par «Le Courrier»`, `publié dans «Le Monde»`: a name, not words
    // (a title that opens on its article too: `parut dans «le Figaro»`)
    if titled && !ends_sentence && words <= 8 && matches!(last_word, "par" | "dans" | "sur" | "à" | "au") {
        return QuoteKind::Term;
    }
    // `un air de «Mireille»`, `l'édition de «Paris-Soir»`, `un journaliste de
    // «l'Écho d'Alger»`: a title after a common noun and `de` (not after a verb
    // of judging, `traité de «Judas»`, nor of speaking, `parlé de «Liberté»`)
    if titled && !ends_sentence && words <= 8 && matches!(last_word, "de" | "du" | "d") {
        let head = before.trim_end_matches(|c: char| is_space(c) || is_apostrophe(c));
        let head = head[..head.len() - last_word.len()].trim_end_matches(is_space);
        let noun = head.rsplit(|c: char| is_space(c) || is_apostrophe(c)).next().unwrap_or("");
        let common = noun.chars().count() > 2
            && noun.chars().all(|c| c.is_lowercase() || c == '-')
            && !["é", "ée", "és", "ées", "i", "is", "u", "us", "it"].iter().any(|e| noun.ends_with(e))
            && lex.lookup(noun).is_none()
            && !crate::attribute::phrase::looks_finite(noun);
        if common {
            return QuoteKind::Term;
        }
    }
    // the name of a charge: `une enquête pour «aide au séjour irrégulier»`,
    // `condamné à six mois pour «diffusion de fausses nouvelles»`
    if last_word == "pour" && !ends_sentence && !upper {
        let from = crate::attribute::ceil_boundary(before, before.len().saturating_sub(80));
        let context = crate::text::lower(&before[from..]);
        let legal = [
            "enquête",
            "poursuivi",
            "condamné",
            "mis en examen",
            "mise en examen",
            "inculpé",
            "plainte",
            "jugé",
            "interpellé",
            "écroué",
        ];
        if legal.iter().any(|w| context.contains(w)) {
            return QuoteKind::Term;
        }
    }
    // a level on a scale or a code: `la note «B»`, `classé «G»`
    if quoted.len() <= 12
        && quoted.chars().count() <= 3
        && quoted.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '+' || c == '-')
        && !reported()
    {
        return QuoteKind::Term;
    }
    // (`--` is the dash of older editions: `Elle rit. -- « Oh non. »`)
    // (and a wire's dateline with a hyphen: `PARIS (AFP) - «…»`)
    let dateline = || {
        let line = &before[before.rfind('\n').map_or(0, |k| k + 1)..];
        line.ends_with(" -")
            && line.len() < 60
            && line.chars().take_while(|c| c.is_alphabetic()).all(char::is_uppercase)
            && starts_upper(line)
    };
    let at_boundary = prev.is_none_or(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | '»' | '”' | '"' | '(' | '—' | '–'))
        || before.ends_with("--")
        || dateline();
    if at_boundary {
        // `Titre : «Mot»`, but not `Il murmura : «Au revoir, mon ami,» et…`
        let speech_comma = quoted.trim_end_matches(|c: char| is_space(c) || c == '»').ends_with(',');
        // (a person's name before the colon heads their words: `Didier Deschamps :
        // «Rien n'est fait»`)
        let named = || {
            let label = before.trim_end_matches(':').trim_end_matches(is_space);
            // (past a party or an office in brackets: `Jean Dupuy (LR) :`)
            let label = match label.strip_suffix(')').and_then(|l| l.rfind('(').map(|k| &l[..k])) {
                Some(l) if label.len() - l.len() <= 40 => l.trim_end_matches(is_space),
                _ => label,
            };
            let mut ws = label.rsplit(is_space);
            let (a, b) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
            let name = |w: &&str| starts_upper(w) && w.chars().any(char::is_lowercase);
            // (or a name, then what it speaks of: `Didier Deschamps sur Mbappé :`,
            // `Emmanuel Macron depuis Kiev :`)
            let line = &label[label.rfind('\n').map_or(0, |k| k + 1)..];
            let mut first = line.split(is_space).filter(|w| !w.is_empty());
            let topic = match (first.next(), first.next(), first.next()) {
                (Some(x), Some(y), Some(p)) => name(&x) && name(&y) && crate::attribute::phrase::TOPIC_PREPOSITIONS.contains(&p),
                _ => false,
            };
            [a, b].iter().all(name) || topic
        };
        // (nor words that make a clause, a subject pronoun first or a negation:
        // `Le syndicat : «Nous respecterons la trêve»`, `«On ne lâchera rien»`)
        let clause = || {
            let mut ws = quoted.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
            let first = ws.next().map(lower);
            first.is_some_and(|w| matches!(&*w, "je" | "j" | "nous" | "on" | "tu" | "vous" | "il" | "elle" | "ils" | "elles"))
                || quoted.split(|c: char| is_space(c) || is_apostrophe(c)).any(|w| matches!(w, "ne" | "n"))
        };
        if prev == Some(':')
            && upper
            && words <= 4
            && !ends_sentence
            && !speech_comma
            && !cue_after()
            && !reported()
            && !named()
            && !clause()
            && !followed_by_preposition(text, f)
        {
            return QuoteKind::Term;
        }
        // (a name set between dashes inside a sentence, as in brackets: `la petite
        // Clémence — «Moineau», à cause de ses cheveux —`; not a turn's dash)
        let parenthetical_dash = || {
            matches!(prev, Some('—' | '–'))
                && before[..before.len() - prev.map_or(0, char::len_utf8)]
                    .trim_end_matches(is_space)
                    .ends_with(|c: char| c.is_alphanumeric())
        };
        if (prev == Some('(') || parenthetical_dash() && !cue_after()) && !ends_sentence && words <= 3 {
            return QuoteKind::Term;
        }
        return QuoteKind::Direct;
    }
    if upper && (ends_sentence || words >= 4) && cue_after() {
        return QuoteKind::Direct;
    }
    // a whole sentence after a verb of speech inside the sentence (`les supporters
    // ont scandé «Direction, démission !» pendant…`): an utterance, not a fragment
    if upper && ends_sentence && words >= 2 && reported() {
        return QuoteKind::Direct;
    }
    // a capitalised name in the middle of a sentence: a title, a newspaper
    if upper && !ends_sentence && words <= 8 && !reported() && !cue_after() {
        return QuoteKind::Term;
    }
    // (a scare-quoted word inside a noun phrase, `le «petit» chantier`, is
    // woven words here: it becomes a term when the attribution finds nobody in
    // its sentence who says it, and stays someone's when one does, `un
    // «tournant» majeur, selon X`)
    QuoteKind::Embedded
}

/// The number of words of `s`, counted up to `max` (the rules only compare it
/// with small numbers). A word starts after a space or an apostrophe with a
/// letter or a digit; this runs on bytes, as it is done for every quotation.
fn count_words(s: &str, max: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut at_start = true;
    let mut i = 0;
    while i < b.len() && n < max {
        let c = b[i];
        let sep_len = match c {
            b' ' | b'\t' | b'\n' | b'\r' | b'\'' => 1,
            0xC2 if b.get(i + 1) == Some(&0xA0) => 2,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xAF | 0x99)) => 3,
            _ => 0,
        };
        if sep_len > 0 {
            at_start = true;
            i += sep_len;
            continue;
        }
        // ASCII letters and digits, and the lead bytes of Latin letters with accents
        if at_start && (c.is_ascii_alphanumeric() || (0xC3..=0xC5).contains(&c)) {
            n += 1;
        }
        at_start = false;
        i += 1;
    }
    n
}

/// True when one of the last words before the marks is a reporting verb
/// (`dénonce un «…»`, `a répondu «…»`).
fn after_reporting_verb(before: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = before
        .rsplit(|c: char| is_space(c) || is_apostrophe(c))
        .filter(|w| !w.is_empty())
        .take(8)
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .collect();
    // a form after a determiner is a noun (`la note`, `une annonce`)
    // (further back before `à` and whom the words were told: `a confié à La
    // Voix du Nord :`)
    let told = |k: usize| k < 5 || k > 0 && matches!(words[k - 1], "à" | "au" | "aux");
    // (a verb of judging reaches past a longer object: `juge le plan climat du
    // groupe «insuffisant»`)
    let judging = |k: usize| {
        // (its object right after it: not `on en jugera par les extraits des «…»`)
        (1..7).contains(&k)
            && is_determiner(words[k - 1])
            && lex.lookup_all(words[k]).any(|v| JUDGING_VERBS.contains(&v.lemma) || v.lemma == "qualifier")
    };
    (0..words.len().min(7))
        .any(|k| (told(k) && lex.lookup(words[k]).is_some() || judging(k)) && !words.get(k + 1).is_some_and(|d| is_determiner(d)))
}

/// Verbs of judging that give their object an attribute in the marks (`juge
/// le projet «hors norme»`, `trouve la pièce «trop longue»`).
const JUDGING_VERBS: &[&str] = &["juger", "trouver", "estimer", "considérer"];

/// `word` in lower case, borrowed when it already is (no allocation on the common path).
fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) { word.to_lowercase().into() } else { word.into() }
}

fn is_determiner(w: &str) -> bool {
    matches!(
        &*lower(w),
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

/// True when the nearest verb of the lexicon before the marks reads, performs
/// or publishes rather than judges (`a lu le programme «officiel»`).
fn reads_work(before: &str, lex: &Lexicon) -> bool {
    before
        .rsplit(|c: char| is_space(c) || is_apostrophe(c))
        .filter(|w| !w.is_empty())
        .take(6)
        .find_map(|w| lex.lookup(w.trim_matches(|c: char| !is_word_char(c))))
        .is_some_and(|v| {
            matches!(
                v.lemma,
                "lire"
                    | "relire"
                    | "écrire"
                    | "publier"
                    | "chanter"
                    | "entonner"
                    | "interpréter"
                    | "réciter"
                    | "déclamer"
                    | "rédiger"
                    | "reprendre"
                    | "citer"
            )
        })
}

/// What introduces a name or a title before the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Introducer {
    /// A word, a label or a level (`le mot «…»`, `la note «…»`, `baptisé «…»`):
    /// the marks hold a name or a word cited as a word, whatever follows.
    Label,
    /// A thing that may be named or judged (`le plan «…»`, `une loi «…»`);
    /// `de` when a `de` stands between the noun and the marks (`le projet de «…»`).
    Thing { de: bool },
}

/// Naming nouns after which the marks hold a word, a label or a level, never a
/// judgement on a thing (`le terme «…»`, `la vigilance «…»`).
fn is_label_introducer(word: &str) -> bool {
    matches!(
        word,
        "alerte"
            | "alias"
            | "catégorie"
            | "classe"
            | "code"
            | "devise"
            | "expression"
            | "formule"
            | "hashtag"
            | "label"
            | "marque"
            | "mention"
            | "mot"
            | "mots"
            | "niveau"
            | "nom"
            | "notation"
            | "note"
            | "perspective"
            | "pseudonyme"
            | "recommandation"
            | "rubrique"
            | "slogan"
            | "surnom"
            | "terme"
            | "thème"
            | "titre"
            | "vigilance"
            | "vocable"
    ) || word.ends_with('é')
        || word.ends_with("ée")
        || word.ends_with("és")
}

/// True when the words before the marks end on a participle of naming and
/// perhaps its article: the marks give a name (`Marie Roy, surnommée la «…»`,
/// `un village rebaptisé «…»`, `un chien prénommé «…»`).
fn naming_participle(before: &str) -> bool {
    let mut words = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
    let mut last = words.next().unwrap_or("");
    if matches!(last, "le" | "la" | "les" | "l") {
        last = words.next().unwrap_or("");
    }
    let stem = last.trim_end_matches('s').trim_end_matches('e');
    matches!(stem, "surnommé" | "baptisé" | "rebaptisé" | "dénommé" | "prénommé")
}

/// True when the words before the marks name something by what everybody
/// calls it: `ce qu'on appelle la «…»`, `que tout le monde, dans Rouen,
/// appelait «…»`, `qu'on surnommait «…»` (an impersonal naming, not a speaker's words).
fn impersonal_naming(before: &str) -> bool {
    let tail = &before[crate::attribute::ceil_boundary(before, before.len().saturating_sub(80))..];
    // (the verbs of naming, and `qualifier`, by their stems)
    let naming = |w: &str| is_naming_verb(w) || w.starts_with("qualifi");
    // (the verb first, one of the last two words, in small letters: most texts
    // before marks hold none, and are lowered for nothing)
    let mut last = tail.rsplit([' ', '\'', '’', '\u{a0}']).filter(|w| !w.is_empty());
    if !last.next().is_some_and(naming) && !last.next().is_some_and(naming) {
        return false;
    }
    let tail = tail.to_lowercase().replace('’', "'");
    // (`On le surnommait «…»`, `on l'appelle «…»`: `on`, a clitic, the verb)
    let mut back = tail.trim_end().rsplit([' ', '\'']).filter(|w| !w.is_empty());
    if back.next().is_some_and(naming) {
        let mut before = back.next();
        if before.is_some_and(|w| matches!(w, "le" | "la" | "les" | "l")) {
            before = back.next();
        }
        if before == Some("on") {
            return true;
        }
    }
    let Some(k) = ["qu'on ", "que l'on ", "que tout le monde", "que chacun "].iter().filter_map(|p| tail.rfind(p)).max() else {
        return false;
    };
    let rest = &tail[k..];
    let mut words = rest.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect::<Vec<_>>();
    // the verb of naming, and at most an adverb in `-ment` and an article after it
    // (`ce qu'on appelait pompeusement «…»`)
    let Some(v) = words.iter().position(|w| naming(w)) else {
        return false;
    };
    words.drain(..=v);
    if words.first().is_some_and(|w| w.ends_with("ment") && w.chars().count() > 5) {
        words.remove(0);
    }
    words.len() <= 1 && words.iter().all(|w| matches!(*w, "le" | "la" | "les" | "l" | "un" | "une"))
}

/// True when the words before the marks are a verb of naming and its object,
/// so that the marks give the object's name: `appelaient ce moment «…»`,
/// `surnomment le quartier «…»`, `avait baptisé son bateau «…»`.
/// Also with a name after the noun or alone (`appelait le docteur Fabre «…»`,
/// `surnommait Fabre «…»`), a noun with hyphens (`le rond-point`), and in a
/// relative clause whose antecedent is named, its subject before the verb and
/// an adverb after it (`que les habitués nommaient pompeusement «…»`).
fn names_object(before: &str) -> bool {
    // (the stems of the verbs of naming, `appel`, `nomm`, `baptis`, by bytes in
    // the last words first: most texts before marks hold none)
    let tail = before.as_bytes();
    let tail = &tail[tail.len().saturating_sub(96)..];
    static STEMS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> = std::sync::LazyLock::new(|| {
        [memchr::memmem::Finder::new("appel"), memchr::memmem::Finder::new("nomm"), memchr::memmem::Finder::new("baptis")]
    });
    if !STEMS.iter().any(|f| f.find(tail).is_some()) {
        return false;
    }
    let mut ws = [""; 8];
    let mut n = 0;
    for w in before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty()).take(8) {
        ws[n] = w;
        n += 1;
    }
    let ws = &ws[..n];
    let naming = |w: &str| w.chars().count() > 5 && is_naming_verb(w);
    let lowercase_noun = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
    // (the object, back from the marks: names, then a noun and its determiner)
    let mut k = 0;
    while ws.get(k).is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)) && k < 3 {
        k += 1;
    }
    let named = k > 0;
    if ws.get(k).is_some_and(|w| lowercase_noun(w)) && ws.get(k + 1).is_some_and(|d| crate::attribute::phrase::is_determiner(d)) {
        let det = ws[k + 1];
        if !matches!(det, "un" | "une" | "des") && ws.get(k + 2).is_some_and(|v| naming(v)) {
            return true;
        }
    }
    if named && ws.get(k).is_some_and(|v| naming(v)) {
        return true;
    }
    // (a relative: `que` or `qu'`, a subject of a few words, the verb, an
    // adverb; not after `ce`, whose words are the subject's: `ce que sa sœur
    // nommait «…»`)
    let mut v = 0;
    if ws.first().is_some_and(|w| w.len() > 6 && w.ends_with("ment") || crate::cue::is_adverb_word(w)) {
        v = 1;
    }
    ws.get(v).is_some_and(|w| naming(w))
        && ws.get(v + 1).is_some_and(|w| w.chars().all(char::is_lowercase))
        && ws[v + 1..]
            .iter()
            .take(5)
            .position(|w| matches!(*w, "que" | "qu"))
            .is_some_and(|q| q >= 1 && ws.get(v + 2 + q).is_some_and(|a| !a.eq_ignore_ascii_case("ce")))
}

/// True when the verb of naming before the marks has one person for its
/// subject, who is then said to use the name (`Ma tante appelait mon
/// grand-père «…»`, `Le cardinal appelait ses espions «…»`, `il surnommait
/// Paul «…»`): the name is that person's word. A group or `on` gives a name
/// in use (`Les pêcheurs surnommaient cette pointe «…»`, `on l'appelait «…»`).
fn one_person_names(before: &str) -> bool {
    let ws: Vec<&str> = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty()).take(10).collect();
    // (the verb in the singular of the imperfect, the present or the simple
    // past: not a participle, `appelée`, nor a plural, `surnomment`)
    let Some(v) = ws.iter().position(|w| w.chars().count() > 5 && is_naming_verb(w)) else { return false };
    if ["é", "ée", "és", "ées", "ent"].iter().any(|e| ws[v].ends_with(e)) {
        return false;
    }
    // (nor a whole group: `X, que toute la brigade surnommait «…»`)
    if ws[v + 1..].iter().take(4).any(|w| matches!(*w, "tout" | "toute" | "tous" | "toutes")) {
        return false;
    }
    // (past an object clitic)
    let mut k = v + 1;
    if ws.get(k).is_some_and(|w| matches!(*w, "l" | "le" | "la" | "les" | "me" | "m" | "te" | "t" | "nous" | "vous" | "lui")) {
        k += 1;
    }
    match ws.get(k) {
        Some(&("il" | "elle" | "Il" | "Elle")) => true,
        // (a noun and its singular determiner, or a name)
        Some(w) => {
            let determiner = ws.get(k + 1).is_some_and(|d| {
                matches!(&*lower(d), "le" | "la" | "l" | "mon" | "ma" | "ton" | "ta" | "son" | "sa" | "notre" | "votre" | "leur")
            });
            let noun = w.chars().all(|c| c.is_lowercase() || c == '-') && !w.ends_with(['s', 'x']);
            let name = w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && ws.get(k + 1).is_none_or(|p| !p.ends_with(['.', ',']));
            noun && determiner || name && !determiner
        }
        None => false,
    }
}

/// True for a form of a verb of naming, by its stem (`appelait`, `surnomment`,
/// `nommé`, `baptisa`, `rebaptisée`).
fn is_naming_verb(word: &str) -> bool {
    ["appel", "surnomm", "nomm", "baptis", "rebaptis"].iter().any(|v| word.starts_with(v))
}

/// What the last words before the marks introduce, if a name or a title.
fn introduces_term(before: &str) -> Option<Introducer> {
    if impersonal_naming(before) {
        return Some(Introducer::Label);
    }
    let mut words = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
    let last = words.next()?;
    let tail = [words.next()];
    // `d'un mot, «non»`, `en un mot : «…»`: a manner of speaking, not a term
    if last.ends_with([',', ':']) && tail[0].is_some_and(|w| lower(w) == "un") {
        return None;
    }
    let last = lower(last.trim_end_matches([',', ':']));
    // (someone's own words: `selon ses propres mots, «…»`, `pour reprendre son
    // expression, «…»`)
    if matches!(&*last, "mots" | "termes" | "expression" | "formule") {
        let mut back = tail[0].into_iter().chain(words.clone().take(1)).map(lower);
        if back.any(|w| matches!(&*w, "ses" | "son" | "sa" | "leur" | "leurs")) {
            return None;
        }
    }
    // (a noun after a verb of judging and before `de` is the thing judged:
    // `a qualifié ma classe de «…»`)
    let kind = |w: &str, de: bool| if is_label_introducer(w) && !de { Introducer::Label } else { Introducer::Thing { de } };
    let is_aux = |w: Option<&str>| {
        w.is_some_and(|w| matches!(&*lower(w), "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient"))
    };
    // `il a appelé «à la retenue»`: a call, not a name (`on l'a appelé «le Boucher»`
    // names someone)
    // (past adverbs between: `a pour sa part appelé`, `a aussitôt appelé`)
    if matches!(&*last, "appelé" | "appelée" | "appelés" | "appelées") {
        let mut before_verb = tail[0];
        let mut rest = words.clone();
        for _ in 0..4 {
            match before_verb {
                Some(w) if !is_aux(Some(w)) && crate::cue::is_adverb_word(&lower(w)) => before_verb = rest.next(),
                _ => break,
            }
        }
        if is_aux(before_verb) {
            let object =
                rest.next().is_some_and(|w| matches!(&*lower(w), "l" | "les" | "m" | "me" | "t" | "te" | "nous" | "vous"));
            return object.then_some(Introducer::Label);
        }
    }
    // (a noun that is also a verb after its subject is the verb: `la décision
    // marque «…»`, `Le Monde titre «…»`, `il note «…»`; the noun has its article)
    let verb_form = matches!(&*last, "marque" | "titre" | "note" | "programme")
        && !tail[0].is_some_and(|w| {
            crate::attribute::phrase::is_determiner(w)
                || crate::attribute::resolve::is_prenominal(w)
                || matches!(&*lower(w), "du" | "de" | "d" | "sous" | "en" | "dernier" | "dernière")
        });
    // (`à la tribune` is a place to speak from, not a paper's column)
    let rostrum = &*last == "tribune" && tail[0].is_some_and(|w| lower(w) == "la") && words.clone().next() == Some("à");
    // (the participle of `partir` after its auxiliary is no party: `le coup était
    // parti «tout seul»`)
    let left = matches!(&*last, "parti" | "partie" | "partis" | "parties")
        && tail[0].is_some_and(|w| {
            matches!(&*lower(w), "est" | "était" | "sont" | "étaient" | "serait" | "seraient" | "soit" | "fut" | "étant" | "être")
        });
    // (a word someone utters is theirs: `avait prononcé le mot «avenir»`, the
    // verb past the determiner; see `de` below)
    let uttered = matches!(&*last, "mot" | "mots" | "terme" | "termes" | "expression")
        && tail[0].is_some_and(|d| crate::attribute::phrase::is_determiner(&lower(d)))
        && utters(words.clone().next());
    if uttered {
        return None;
    }
    if is_term_introducer(&last) && !verb_form && !rostrum && !left {
        return Some(kind(&last, false));
    }
    // `en vigilance orange «canicule»`, `l'alerte rouge «crues»`: a level and its colour
    if matches!(&*last, "orange" | "rouge" | "jaune" | "verte" | "vert") {
        let noun = lower(tail[0]?);
        return matches!(&*noun, "vigilance" | "alerte" | "niveau" | "carte" | "zone").then_some(Introducer::Label);
    }
    // `la loi dite «…»`, but not `il s'est dit «…»`
    if matches!(&*last, "dit" | "dite" | "dits" | "dites") {
        // (nor `il se dit «prêt»`, `je me dis «…»`, past adverbs: `a pour sa
        // part dit`, `s'est toutefois dit`)
        let adverb_word = |w: &str| crate::cue::is_adverb_word(&lower(w));
        let mut tail = tail;
        for _ in 0..4 {
            match tail[0] {
                Some(w) if adverb_word(w) => tail[0] = words.next(),
                _ => break,
            }
        }
        let aux = tail[0].is_some_and(|w| {
            // (every person's: `j'ai dit «non»`, `nous avions dit «…»`; the second
            // person's too, `tu as dit`; or a reflexive, `il s'est dit`)
            let w = lower(w);
            crate::cue::is_auxiliary(&w) || matches!(&*w, "as" | "avez" | "aviez" | "s" | "se" | "me" | "te" | "nous" | "vous")
        });
        // (nor the present after its subject: `Israël dit «étudier»`, `il dit «non»`;
        // `la loi dite «…»` has a noun in small letters before)
        // (but a name and a comma before it is a nickname: `Timothée, dit «la Fouine»`)
        // (nor a person's noun before it: `La romancière dit «écouter…»`)
        let subject = last == "dit"
            && tail[0].is_some_and(|w| {
                w.starts_with(char::is_uppercase) && !w.ends_with(',')
                    || matches!(w, "il" | "elle" | "on")
                    || crate::attribute::resolve::is_agent_word(w)
            });
        // (nor an inverted pronoun before it: `Les syndicats, a-t-elle dit, «…»`)
        let inverted = tail[0].is_some_and(|w| ["-il", "-elle", "-on", "-ils", "-elles"].iter().any(|p| w.ends_with(p)));
        return (!aux && !subject && !inverted).then_some(Introducer::Label);
    }
    // `le centre de réflexion «…»`, `la chanson de …`: the introducer two words back
    if matches!(&*last, "de" | "du" | "des" | "d") {
        let noun = lower(tail[0]?);
        // `le mécanisme dit de «…»`, `la méthode dite du «…»`: a noun in small
        // letters names the thing so called
        if matches!(&*noun, "dit" | "dite" | "dits" | "dites") {
            let named = words.next().is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !crate::cue::is_auxiliary(&lower(w))
                    && !matches!(w, "il" | "elle" | "on" | "s" | "se" | "me" | "te" | "nous" | "vous")
                    && !crate::attribute::resolve::is_agent_word(w)
            });
            return named.then_some(Introducer::Label);
        }
        // (a word someone utters is theirs: `prononça le mot d'«…»`, `lâcha le
        // mot de «…»`)
        if matches!(&*noun, "mot" | "mots" | "terme" | "termes" | "expression") {
            // (past the determiner and an adverb: `prononça enfin le mot de`)
            let mut verbs = words.skip(1).take(2);
            if utters(verbs.next()) || utters(verbs.next()) {
                return None;
            }
        }
        return is_term_introducer(&noun).then(|| kind(&noun, true));
    }
    None
}

/// True for a verb that utters a word (`prononça`, `a lâché`, `répéta`,
/// `murmura`), told by its stem.
fn utters(verb: Option<&str>) -> bool {
    verb.map(lower)
        .is_some_and(|v| ["pronon", "lâch", "répét", "répèt", "lanc", "murmur", "cri"].iter().any(|s| v.starts_with(s)))
}

/// True when `quoted` opens on a preposition of time or circumstance in small
/// letters (`«dans les prochains jours»`, `«d'ici la fin du mois»`, `«sans
/// attendre»`): words of a sentence, not the name of a thing (a name opens on
/// a capital: `le festival «Dans la rue»`).
fn opens_on_circumstance(quoted: &str) -> bool {
    let first = quoted.split(|c: char| is_space(c) || is_apostrophe(c)).next().unwrap_or("");
    matches!(
        first,
        "dans"
            | "en"
            | "d"
            | "avant"
            | "après"
            | "dès"
            | "depuis"
            | "jusqu"
            | "jusque"
            | "sous"
            | "vers"
            | "avec"
            | "sans"
            | "chez"
            | "lors"
            | "pendant"
    ) && (first != "d" || quoted[1..].trim_start_matches(|c: char| is_apostrophe(c)).starts_with("ici"))
}

/// True when `quoted` opens in small letters on a verb, finite or in the
/// infinitive (`entendre l'émotion`, `regrette`), on a negation, or on the
/// `que` of what was said (`dit «qu'il fallait fermer»`).
fn opens_on_speech(quoted: &str, lex: &Lexicon) -> bool {
    let first = quoted.split(|c: char| is_space(c) || is_apostrophe(c)).next().unwrap_or("");
    opens_on_verb(quoted, lex)
        || matches!(first, "ne" | "n" | "pas" | "que" | "qu")
        || first.chars().count() > 3 && first.chars().all(char::is_lowercase) && crate::text::looks_infinitive(first)
}

/// True when `quoted` opens on a verb in small letters, in the future, the
/// conditional or the imperfect, or a form of the reporting lexicon (`son
/// groupe «jugera sur pièces»`): words said, not a name.
fn opens_on_verb(quoted: &str, lex: &Lexicon) -> bool {
    // (past a reflexive or a negation: `se vendait bien`, `n'avançait plus`)
    let mut words = quoted.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
    let mut first = words.next().unwrap_or("");
    // (a negation opens only a verb and its clitics: `ne pilote pas`, `n'en veut plus`)
    if matches!(first, "ne" | "n") {
        return words.next().is_some_and(|w| w.chars().all(char::is_lowercase));
    }
    if matches!(first, "se" | "s") {
        first = words.next().unwrap_or("");
    }
    first.chars().count() > 4
        && first.chars().all(char::is_lowercase)
        && (crate::text::looks_future_or_conditional(first)
            || crate::attribute::phrase::looks_finite(first)
            || lex.lookup(first).is_some_and(|v| matches!(v.form, crate::cue::Form::Finite { .. })))
}

/// True when `quoted`, after a naming noun, reads as a judgement on the thing
/// rather than its name: a lowercase adjective or participle (`«irréaliste»`,
/// `«pas financé»`, `«profondément injuste»`), or any lowercase words after
/// `qualifier|traiter|taxer … de` (`a qualifié le projet de «pure folie»`).
pub(crate) fn judged(quoted: &str, before: &str, de: bool, lex: &Lexicon) -> bool {
    if !quoted.starts_with(char::is_lowercase) {
        return false;
    }
    if de {
        let words: Vec<&str> =
            before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty()).take(6).collect();
        return words.iter().skip(2).any(|w| lex.lookup(w).is_some_and(|v| matches!(v.lemma, "qualifier" | "traiter" | "taxer")));
    }
    // `a jugé le projet «hors norme»`, `trouve la pièce «trop longue»`: the
    // attribute a verb of judging gives its object
    let back: Vec<&str> = before.rsplit(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty()).take(7).collect();
    let judging = |w: &&str| lex.lookup(w).is_some_and(|v| JUDGING_VERBS.contains(&v.lemma));
    if let [_noun, det, rest @ ..] = back.as_slice() {
        if is_determiner(det) && rest.iter().take(3).any(judging) {
            return true;
        }
    }
    // (an object with its complement: `a jugé la méthode du groupe «brutale»`)
    if let [_noun, de, ..] = back.as_slice() {
        let complement = matches!(*de, "du" | "des") || matches!(*de, "la" | "l") && back.get(2).is_some_and(|w| *w == "de");
        let from = if matches!(*de, "du" | "des") { 3 } else { 4 };
        if complement && back.get(from).is_some_and(|d| is_determiner(d)) && back.get(from + 1).is_some_and(judging) {
            return true;
        }
    }
    let mut words = quoted.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
    let mut first = words.next().unwrap_or("");
    // `«pas financé»`, `«trop timide»`, `«profondément injuste»`, `«déjà bouclé»`
    let is_adverb = |first: &str| {
        matches!(
            first,
            "pas"
                | "peu"
                | "trop"
                | "très"
                | "si"
                | "bien"
                | "mal"
                | "plus"
                | "moins"
                | "tout"
                | "non"
                | "ni"
                | "déjà"
                | "encore"
                | "toujours"
                | "jamais"
                | "presque"
                | "assez"
                | "aussi"
                | "vraiment"
        ) || (first.ends_with("ment") && first.chars().count() > 5)
    };
    // (one or two of them: `«encore trop flou»`)
    let mut adverbs = 0;
    while adverbs < 2 && is_adverb(first) {
        first = words.next().unwrap_or("");
        adverbs += 1;
    }
    let adverb = adverbs > 0;
    let w = first.trim_end_matches(|c: char| !is_word_char(c));
    let w = w.strip_suffix('s').unwrap_or(w);
    let has = |suffixes: &[&str]| suffixes.iter().any(|suffix| w.ends_with(suffix) && w.len() > suffix.len() + 2);
    let listed = matches!(
        w,
        "absurde"
            | "bon"
            | "bonne"
            | "faux"
            | "fausse"
            | "flou"
            | "fou"
            | "folle"
            | "injuste"
            | "juste"
            | "mauvais"
            | "mou"
            | "nul"
            | "nulle"
            | "vague"
            | "insincère"
            | "sévère"
            | "austère"
            | "timide"
            | "lâche"
            | "digne"
            | "indigne"
            | "légitime"
            | "illégitime"
            | "ridicule"
            | "énorme"
            | "minime"
            | "extrême"
            | "infâme"
            | "immonde"
            | "honnête"
            | "malhonnête"
            | "sincère"
            | "utile"
            | "inutile"
            | "stérile"
            | "difficile"
            | "grave"
            | "lourd"
            | "lourde"
            | "dur"
            | "dure"
            | "faible"
            | "maigre"
            | "triste"
            | "malsain"
            | "malsaine"
    );
    // nouns that look like participles or adjectives (`le plan «pauvreté»`, `le plan «étudiant»`)
    let noun =
        has(&["ité", "iété", "enfant", "étudiant", "migrant", "habitant", "parent", "patient", "client", "résident", "talent"])
            || matches!(
                w,
                "pauvreté"
                    | "santé"
                    | "liberté"
                    | "sûreté"
                    | "propreté"
                    | "beauté"
                    | "volonté"
                    | "fierté"
                    | "clarté"
                    | "souveraineté"
                    | "été"
                    | "comté"
                    | "amitié"
                    | "moitié"
                    | "marché"
                    | "congé"
                    | "degré"
                    | "lycée"
                    | "musée"
                    | "idée"
                    | "année"
                    | "journée"
                    | "entrée"
                    | "rentrée"
                    | "armée"
                    | "vallée"
                    | "soirée"
                    | "durée"
                    | "pensée"
                    | "marée"
                    | "arrivée"
                    | "café"
                    | "clé"
            );
    // evaluative endings (`«punitif»`, `«dangereux»`, `«inacceptable»`, `«bâclé»`, `«irréaliste»`,
    // `«mal conçu»`)
    let evaluative = has(&["if", "ive", "eux", "euse", "able", "ible", "é", "ée", "ant", "ante", "iste", "ide", "esque", "it"])
        || (has(&["u", "ue"]) && !w.ends_with("que") && !w.ends_with("gue"));
    // relational endings (`«numérique»`, `«social»`) name a field as often as they
    // judge: a judgement only after an indefinite article (`un plan «régional»`)
    let relational = has(&["al", "ale", "aux", "el", "elle", "ique", "aire", "ier", "ière", "ent", "ente", "ile", "ite"]);
    let indefinite = before
        .rsplit(|c: char| is_space(c) || is_apostrophe(c))
        .filter(|w| !w.is_empty())
        .nth(1)
        .is_some_and(|d| matches!(&*lower(d), "un" | "une" | "des"));
    listed || (!noun && (evaluative || (relational && (indefinite || adverb))))
}

/// True when a capitalised quotation reads as the title of a work: the object of
/// a verb of performing or publishing (`a chanté «…»`, `reprend «…»`, `a lu «…»`),
/// or followed by an apposition that names a work (`«…», son quatorzième album`).
/// Words of speech (a first or second person, a comma, an exclamation) keep it
/// speech after a verb that may also report words (`propose`, `raconte`).
fn reads_as_title(text: &str, f: &Found, before: &str, quoted: &str, lex: &Lexicon) -> bool {
    if followed_by_work(&text[f.span.end..]) {
        return true;
    }
    let words: Vec<&str> = before
        .rsplit(|c: char| is_space(c) || is_apostrophe(c))
        .filter(|w| !w.is_empty())
        .take(7)
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .collect();
    // `met en scène «…»`, `a mis en scène «…»`
    if words.len() >= 3 && words[0] == "scène" && words[1] == "en" && lower(words[2]).starts_with('m') {
        return true;
    }
    // (the verb may stand a few words back: `lisait pour la troisième fois «…»`)
    let Some(verb) = (0..words.len().min(6))
        .find_map(|k| lex.lookup(words[k]).filter(|_| !words.get(k + 1).is_some_and(|d| is_determiner(d))))
    else {
        return false;
    };
    // only performing: a song, a role, a book
    let performs = matches!(
        verb.lemma,
        "chanter" | "interpréter" | "publier" | "fredonner" | "chantonner" | "entonner" | "rapper" | "slammer"
    );
    // also reporting: a title only when the words cannot be speech
    let also_reports = matches!(
        verb.lemma,
        "reprendre" | "raconter" | "narrer" | "conter" | "lire" | "relire" | "citer" | "proposer" | "réciter" | "déclamer"
    );
    if performs {
        return true;
    }
    also_reports
        && !quoted.contains([',', ';', ':', '!', '?'])
        && !quoted.split(|c: char| is_space(c) || is_apostrophe(c)).any(|w| {
            matches!(
                &*lower(w),
                "je" | "j"
                    | "me"
                    | "m"
                    | "moi"
                    | "nous"
                    | "tu"
                    | "te"
                    | "t"
                    | "toi"
                    | "vous"
                    | "on"
                    | "mon"
                    | "ma"
                    | "mes"
                    | "notre"
                    | "nos"
                    | "votre"
                    | "vos"
                    | "ton"
                    | "ta"
                    | "tes"
            )
        })
}

/// True when `rest`, after a closing mark, opens an apposition naming a work
/// (`, son quatorzième album`, `, une saga familiale`, `, le dernier roman de …`).
fn followed_by_work(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_space);
    // (a label in brackets before the details: `«…» (Columbia), sortie le 12 mars`)
    let rest = match rest.strip_prefix('(').and_then(|r| r.find(')').filter(|&k| k <= 40).map(|k| &r[k + 1..])) {
        Some(after) => after.trim_start_matches(is_space),
        None => rest,
    };
    let Some(rest) = rest.strip_prefix(',') else {
        return false;
    };
    // (a show's or a release's practical details: `«…», jusqu'au 16 juillet`,
    // `sortie le 12 mars`, `du 3 au 9 mai`)
    let details = rest.trim_start_matches(is_space);
    let dated = |p: &str| {
        details.strip_prefix(p).is_some_and(|r| r.trim_start_matches(is_space).starts_with(|c: char| c.is_ascii_digit()))
    };
    if ["sortie ", "en salle", "à l'affiche", "à l’affiche"].iter().any(|p| details.starts_with(p))
        || ["jusqu'au ", "jusqu’au ", "jusqu'à ", "jusqu’à ", "du "].iter().any(|p| dated(p))
    {
        return true;
    }
    let mut words = rest.split(|c: char| is_space(c) || is_apostrophe(c)).filter(|w| !w.is_empty());
    let first = words.next();
    // (a work's credits: `«…», d'Inès Vauclair, avec…`; `«…», de Paul Roux (Seuil)`)
    let credits = first.is_some_and(|d| matches!(d, "de" | "d"))
        && words.clone().next().is_some_and(|n| n.starts_with(char::is_uppercase))
        && rest.contains([',', '(']);
    if credits {
        return true;
    }
    // (or an ordinal with no article: `«…», quatrième roman de…`)
    let ordinal =
        |d: &str| d.ends_with("ième") || matches!(d, "premier" | "première" | "dernier" | "dernière" | "nouveau" | "nouvel");
    if !first.is_some_and(|d| {
        matches!(d, "son" | "sa" | "ses" | "leur" | "leurs" | "un" | "une" | "le" | "la" | "les" | "l") || ordinal(d)
    }) {
        return false;
    }
    words.take(3).map(|w| w.trim_end_matches(|c: char| !is_word_char(c))).any(|w| {
        matches!(
            w,
            "album"
                | "disque"
                | "single"
                | "chanson"
                | "morceau"
                | "tube"
                | "livre"
                | "roman"
                | "récit"
                | "essai"
                | "recueil"
                | "ouvrage"
                | "film"
                | "long-métrage"
                | "court-métrage"
                | "documentaire"
                | "série"
                | "pièce"
                | "spectacle"
                | "opéra"
                | "ballet"
                | "comédie"
                | "tragédie"
                | "saga"
                | "opus"
                | "poème"
                | "bande"
                | "feuilleton"
                | "téléfilm"
                | "émission"
                | "podcast"
                | "exposition"
                | "œuvre"
                | "EP"
                | "concert"
                | "chef-d'œuvre"
                | "biographie"
                | "polar"
                | "thriller"
                | "conte"
                | "fable"
                | "pamphlet"
        )
    })
}

/// True when a comma and an incise-like word follow the closing mark (`», a-t-il dit`).
/// True when `rest`, the text after the closing mark, opens on a preposition
/// that names the one whose words they are (`selon X`, `, d'après X`).
fn attributed_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_space);
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start_matches(is_space);
    rest.starts_with("dixit ")
        || rest.starts_with(char::is_lowercase)
            && crate::cue::prepositional_cue(rest).is_some_and(|(_, canonical)| canonical != "pour" && gives_someones_view(canonical))
        // (`pour` before people whose trade is to judge: `pour beaucoup d'observateurs`)
        || rest.strip_prefix("pour ").is_some_and(|r| {
            r.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .take(4)
                .any(|w| crate::attribute::phrase::JUDGES.contains(&w))
        })
}

/// True when a comma and a preposition of speech follow the marks (`«…»,
/// selon les pompiers`, `«…», d'après X`): the words are someone's, not a
/// headline's title.
fn followed_by_preposition(text: &str, f: &Found) -> bool {
    let rest = text[f.span.end..].trim_start_matches(is_space);
    rest.strip_prefix(',').is_some_and(|r| {
        crate::cue::prepositional_cue(r.trim_start_matches(is_space)).is_some_and(|(_, canonical)| canonical != "pour")
    })
}

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

    #[test]
    fn a_view_read_back_to_the_sentence_start_across_any_character() {
        assert!(gives_view("Pour Libération, l'album"));
        assert!(gives_view("Il pleut. « Oui. » Selon elle, le plan"));
        assert!(!gives_view("Les! tranpote»urs routiers fustigent un plan"));
        assert!(!gives_view("Pour la fête le groupe"));
    }

    fn kind_of(text: &str, quoted: &str) -> QuoteKind {
        let s = text.find(quoted).unwrap();
        let f = Found {
            span: Span::new(s - 2, s + quoted.len() + 2),
            text: Span::new(s, s + quoted.len()),
            parts: vec![],
            marks: Marks::Guillemets,
            depth: 0,
            confidence: 1.0,
        };
        classify(text, &f, Lexicon::builtin())
    }

    #[test]
    fn counts_words() {
        assert_eq!(count_words("l'État ne\u{a0}laissera pas", 9), 5);
        assert_eq!(count_words("… — ?", 9), 0);
        assert_eq!(count_words("a b c d e f g h i j k", 9), 9);
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

    #[test]
    fn judgement_after_a_naming_noun() {
        assert_eq!(kind_of("Les pêcheurs dénoncent un plan «absurde» pour le port.", "absurde"), QuoteKind::Embedded);
        assert_eq!(kind_of("Les élus jugent la loi «inapplicable».", "inapplicable"), QuoteKind::Embedded);
        assert_eq!(kind_of("Il a qualifié le programme de «coquille vide».", "coquille vide"), QuoteKind::Embedded);
        assert_eq!(kind_of("Ils dénoncent la loi «Sécurité routière».", "Sécurité routière"), QuoteKind::Term);
        assert_eq!(kind_of("Le plan «Grand Nord» a été lancé.", "Grand Nord"), QuoteKind::Term);
        assert_eq!(kind_of("Il a lu le programme «officiel» du parti.", "officiel"), QuoteKind::Term);
        assert_eq!(kind_of("Elle rappelle que le mot «crise» est galvaudé.", "crise"), QuoteKind::Term);
        assert_eq!(kind_of("Les maires critiquent le plan «pauvreté».", "pauvreté"), QuoteKind::Term);
        assert_eq!(kind_of("Les élus saluent le plan «numérique».", "numérique"), QuoteKind::Term);
        assert_eq!(kind_of("Les élus raillent un plan «théorique».", "théorique"), QuoteKind::Embedded);
    }

    #[test]
    fn titles_after_verbs_of_performing() {
        assert_eq!(kind_of("Le chœur a chanté «Nous irons danser» samedi.", "Nous irons danser"), QuoteKind::Term);
        assert_eq!(kind_of("La troupe reprend «Les Rustres» cet été.", "Les Rustres"), QuoteKind::Term);
        assert_eq!(kind_of("Elle a lu «La Vie devant soi» aux élèves.", "La Vie devant soi"), QuoteKind::Term);
        assert_eq!(kind_of("Il a présenté «Ombres», son deuxième album.", "Ombres"), QuoteKind::Term);
        assert_eq!(kind_of("Il a déclaré «Nous tiendrons» devant la presse.", "Nous tiendrons"), QuoteKind::Embedded);
        assert_eq!(kind_of("Il a lancé «Nous gagnerons» aux joueurs.", "Nous gagnerons"), QuoteKind::Embedded);
        assert_eq!(kind_of("Elle raconte «Nous avions peur» en baissant les yeux.", "Nous avions peur"), QuoteKind::Embedded);
    }
}
