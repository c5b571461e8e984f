//! Attribution: for each quotation, the cue that reports it, the speaker and
//! the reporting source (the relay).
//!
//! The layouts are tried from the most to the least reliable, and each sets
//! the confidence: an incise inside the marks or an inverted cue right after
//! them (`», a-t-il ajouté`), a subject and verb before (`X a affirmé que «…»`,
//! `X a «…»`, `X : «…»`), a prepositional cue (`selon X`), a cue in the next
//! sentence (`C'est ce qu'a affirmé X`), and last the neighbouring sentence or
//! the previous speaker. A relay is the inverted cue's subject when the
//! speaker was named before the marks (`X a «…», a indiqué Y`), a medium after
//! the cue (`a-t-elle confié à l'AFP`), a participle (`cité par Tass`), or
//! `toujours selon la même source`, which carries the previous source.

pub(crate) mod phrase;
pub(crate) mod resolve;
pub(crate) mod sentence;

use crate::cue::{self, Lexicon};
use crate::detect::incise;
use crate::model::{Cue, Marks, Mention, Quote, QuoteKind};
use crate::span::Span;
use crate::text::{is_space, lower, next_non_space, trim_span};
use phrase::{
    PRONOUNS, Tok, Words, inverted_subject, is_medium_preposition, last_phrase_before, looks_finite, medium, phrase_after,
    subject_before,
};
use sentence::Sentences;
use std::cell::Cell;

/// How a quotation was attributed.
#[derive(Debug, Clone, Copy, Default)]
struct Found {
    speaker: Option<Span>,
    cue: Option<Span>,
    source: Option<Span>,
    confidence: f32,
}

/// Confidence of a speaker named before a colon (`X : «…»`), the weakest
/// layout before the marks: an inverted cue after the marks wins over it.
const COLON: f32 = 0.79;

/// Auxiliaries that can stand right before woven words (`X a «…»`).
const AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut"];

/// `ce que` before the verb of a teller (`d'après ce que me conta X`, `à ce
/// que rapporta X`), elided or not.
const CE_QUE: [&str; 3] = ["ce que ", "ce qu'", "ce qu’"];

/// Prepositional cues that name the speaker (`selon X`); the others name a relay.
const SPEAKER_PREPOSITIONS: &[&str] = &[
    "selon",
    "à ce que",
    "dixit",
    "toujours selon",
    "d'après",
    "pour",
    "aux yeux de",
    "à ses yeux",
    "de l'aveu de",
    "de l'aveu même de",
    "de l'avis de",
    "de source",
    "de source proche de",
    "à en croire",
    "au dire de",
    "aux dires de",
    "pour reprendre les mots de",
    "pour reprendre les termes de",
    "pour reprendre l'expression de",
    "pour reprendre la formule de",
];

/// Prepositional cues that carry the previous source.
const SAME_SOURCE: &[&str] = &["selon la même source", "de même source"];

/// Generic words after `interrogé par` that are not a relay (`interrogé par la presse`).
/// (in small letters: `La Presse` is a daily)
const GENERIC_RELAYS: &[&str] = &["la presse", "les journalistes", "les médias", "la justice", "les enquêteurs"];

/// How long a quotation must be, in bytes, to be read as a story told by its
/// speaker when it holds quotations of its own.
const STORY: usize = 100;

/// Fills the speaker, source, cue and confidence of each quotation, and
/// settles its kind.
pub(crate) fn attribute<'a>(text: &'a str, quotes: &mut [Quote<'a>], lex: &Lexicon) -> Vec<crate::model::Entity<'a>> {
    attribute_in(text, quotes, lex);
    // a story told inside a quotation (`« Il vit Mlle Fontanelle… Il se contenta de
    // répondre : « Bah… »`) is the narration of the quotations it holds: they are
    // attributed again, with the story as their text
    let mut i = 0;
    while i < quotes.len() {
        let story = &quotes[i];
        let inner = quotes[i + 1..].iter().take_while(|n| n.span.start < story.span.end).count();
        if story.depth != 0 || story.text_span.len() < STORY || inner == 0 {
            i += 1;
            continue;
        }
        let (from, slice) = (story.text_span.start, &text[story.text_span.range()]);
        let shift = |s: Span| Span::new(s.start - from, s.end - from);
        let within = |s: Span| s.start >= from && s.end <= from + slice.len();
        let members: Vec<usize> = (i + 1..=i + inner).filter(|&j| within(quotes[j].span)).collect();
        let mut sub: Vec<Quote<'a>> = members
            .iter()
            .map(|&j| {
                let q = &quotes[j];
                Quote {
                    span: shift(q.span),
                    text_span: shift(q.text_span),
                    parts: q.parts.iter().map(|&p| shift(p)).collect(),
                    speaker: None,
                    narrator: None,
                    source: None,
                    cue: None,
                    depth: q.depth.saturating_sub(1),
                    ..q.clone()
                }
            })
            .collect();
        attribute_in(slice, &mut sub, lex);
        let unshift = |s: Span| Span::new(s.start + from, s.end + from);
        for (r, &j) in sub.iter().zip(&members) {
            let q = &mut quotes[j];
            // (a mention the story leaves unresolved does not replace a speaker
            // resolved before: `Il` for `le médecin`, `Le maire` for `Jean-Louis
            // Ferrand`; its `je` is named below, after the teller)
            let resolved = |m: &Mention<'_>| m.name.is_some_and(|n| n != m.mention);
            let named_before = q.speaker.as_ref().is_some_and(resolved);
            // (a cue with nobody to name, `On disait : «…»`, is kept where the first
            // reading found no speaker either)
            if r.speaker.is_none() && q.speaker.is_none() {
                if let Some(c) = r.cue.as_ref().filter(|_| q.cue.is_none()) {
                    q.cue = Some(Cue { span: unshift(c.span), ..c.clone() });
                    q.kind = r.kind;
                }
                continue;
            }
            if r.speaker.as_ref().is_none_or(|m| named_before && !resolved(m) && !resolve::is_first_person(m.mention)) {
                continue;
            }
            q.speaker = r.speaker.clone().map(|m| Mention { span: unshift(m.span), ..m });
            q.source = r.source.clone().map(|m| Mention { span: unshift(m.span), ..m });
            q.cue = r.cue.clone().map(|c| Cue { span: unshift(c.span), ..c });
            q.kind = r.kind;
        }
        i += 1 + inner;
    }
    // `je` in a quotation inside another is the outer quotation's speaker
    // (`«Je lui ai demandé “vous êtes sûr ?”», a raconté X`)
    // (and in words quoted inside a dialogue turn: `— Alors je lui ai répondu :
    // « Pars. »`)
    for i in 0..quotes.len() {
        let q = &quotes[i];
        let Some(m) = q.speaker.as_ref().filter(|m| m.name.is_none() && resolve::is_first_person(m.mention)) else {
            continue;
        };
        let outer = quotes[..i]
            .iter()
            .rev()
            .take(32)
            .find(|o| o.span.contains(q.span) && (o.depth < q.depth || o.marks == Marks::Dash && o.span != q.span));
        let teller = outer.and_then(|o| o.speaker.as_ref()).and_then(|t| t.name.or(Some(t.mention)));
        if let Some(name) = teller.filter(|t| !resolve::is_pronoun_mention(t)) {
            let m = Mention { name: Some(name), ..m.clone() };
            quotes[i].speaker = Some(m);
        }
    }
    // a first-person narrator the text never names is nobody identifiable: the
    // line keeps its cue (`dis-je`) and says where the narrator is, but names no
    // speaker
    for q in quotes.iter_mut() {
        if q.speaker.as_ref().is_some_and(|m| m.name.is_none() && resolve::is_first_person(m.mention)) {
            q.narrator = q.speaker.take();
        }
    }
    resolve::entities(quotes)
}

/// [`attribute`] for one level of narration: `quotes` are those of `text`.
fn attribute_in<'a>(text: &'a str, quotes: &mut [Quote<'a>], lex: &Lexicon) {
    let outer: Vec<Span> = quotes.iter().filter(|q| q.depth == 0 && q.marks != Marks::Dash).map(|q| q.span).collect();
    let turn_starts: Vec<usize> = quotes.iter().filter(|q| q.marks == Marks::Dash).map(|q| q.span.start).collect();
    let sentences = Sentences::new(text, &outer);
    // the turns seen so far: (quotation index, speaker), to alternate speakers in dialogue
    let mut turns: Vec<(usize, Option<Span>)> = Vec::new();
    // the second person named by the narration that opens an exchange
    let mut exchange_other: Option<Span> = None;
    // the turn where someone picked up the telephone, giving their name
    let mut picked_up: Option<usize> = None;
    // who asks the questions of an interview
    let mut interviewer: Option<Span> = None;
    let mut interviewee: Option<Span> = None;
    let words = Words::new(text);
    let mut a = Attributor {
        text,
        words,
        lex,
        sentences,
        outer: &outer,
        turn_starts: &turn_starts,
        last_source: None,
        last_speaker: None,
        relay: Cell::new(None),
        interviewee: std::cell::OnceCell::new(),
        bylines: std::cell::OnceCell::new(),
    };
    // (woven words left without a speaker: a later cue of their sentence may be theirs)
    let mut orphans: Vec<usize> = Vec::new();
    for i in 0..quotes.len() {
        let q = &quotes[i];
        if q.kind == QuoteKind::Term {
            // `réclament la fin des «…» et un prix «juste»`: a judgement on a thing
            // coordinated with woven words is the same speaker's
            if let Some(prev) = judged_with_previous(text, &quotes[..i], q, lex) {
                let (speaker, source, cue) = (prev.speaker.clone(), prev.source.clone(), prev.cue.clone());
                let confidence = prev.confidence.min(quotes[i].confidence);
                let q = &mut quotes[i];
                (q.kind, q.speaker, q.source, q.cue, q.confidence) = (QuoteKind::Embedded, speaker, source, cue, confidence);
            } else if let Some(who) = a.first_person_fragment(q) {
                // `X vient «même quand je n'ai besoin de rien»`: words in the first
                // person woven after the subject's verb are the subject's own
                let q = &mut quotes[i];
                q.kind = QuoteKind::Embedded;
                q.speaker = Some(mention(text, who));
                q.confidence = 0.6;
            } else if let Some((cue, who)) =
                a.used_by(q.span.end, floor_boundary(text, q.span.end + 200)).filter(|_| q.depth == 0)
            {
                // `le terme «…», employé mardi par le ministre`: a word someone used
                woven_after_all(text, &mut quotes[i], cue, who, None, 0.75);
            } else if let Some((cue, who)) = a.inverted_after_term(q) {
                // `Un terme «qui fait le jeu de X», a regretté Y`: words in small
                // letters that run over several, with an inverted cue after them,
                // are Y's, whatever noun announced them
                woven_after_all(text, &mut quotes[i], cue, who, None, 0.8);
            }
            continue;
        }
        // `pour «abus de biens sociaux» et «blanchiment»`: words joined to a term
        // are one too
        let joined_to_term = q.depth == 0
            && q.kind == QuoteKind::Embedded
            && quotes[..i].iter().rev().find(|p| p.depth == 0).is_some_and(|p| {
                p.kind == QuoteKind::Term
                    && p.span.end <= q.span.start
                    && matches!(
                        text[p.span.end..q.span.start].trim_matches(is_space),
                        "et" | "ou" | "," | ", et" | "et de" | "et pour"
                    )
            });
        if joined_to_term {
            quotes[i].kind = QuoteKind::Term;
            continue;
        }
        let nested: Vec<Span> =
            quotes[i + 1..].iter().take(16).take_while(|n| n.span.start < q.span.end).map(|n| n.span).collect();
        let outer_span =
            quotes[..i].iter().rev().take(16).find(|o| o.span.contains(q.span) && o.span != q.span).map(|o| o.text_span);
        let mut f = a.attribute_one(q, &nested, outer_span);
        // `«…» : entretien avec X`: a headline's words are the interviewee's
        if q.depth == 0 && f.speaker.is_none() {
            if let Some(who) = a.headline_interviewee(q.span.end) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.7 };
            }
        }
        // `Q : …` / `R : «…»`, `Question :` / `Réponse :`: an interview's labels
        // name nobody; the answers are the interviewee's, the questions the
        // interviewer's (when the opening names them)
        if q.depth == 0 {
            if let Some(answer) = a.interview_label(q.span.start) {
                let (asks, answers) = a.labelled_interview(q.span.start).unwrap_or((None, None));
                let who = if answer { answers } else { asks };
                f = Found { speaker: who, cue: None, source: None, confidence: if who.is_some() { 0.7 } else { 0.5 } };
            }
        }
        // `Mercadier a parlé de «gadget», la maire d'«investissement»`: a verb
        // left out after a comma, its own subject before the words
        if let Some(who) = gapped_subject(&a.words, &quotes[..i], q, f.cue, lex) {
            f.speaker = Some(who);
        }
        // `«…», a expliqué le directeur, Marc Olivié, qui parle d'une «…»`, `«…», a
        // réagi le ministère, dénonçant une «…»`: the speaker named by the cue
        // of the quotation before speaks again
        if f.speaker.is_none() || f.cue.is_none() && f.confidence < 0.65 {
            if let Some((who, cue, source)) = relative_speaker(text, &quotes[..i], q.span.start, lex) {
                f = Found { speaker: Some(who), cue, source, confidence: 0.8 };
            }
        }
        // `Elle lut la lettre de son frère : «…»`, `Paul reçut un billet de
        // Clotilde : «…»`: the words are the writer's
        if q.depth == 0 {
            let read = f.cue.filter(|c| c.end <= q.span.start).and_then(|c| a.letter_writer(c, q.span.start));
            let received = || f.cue.is_none().then(|| a.letter_before_colon(q.span.start)).flatten();
            if let Some(writer) = read.or_else(received) {
                f = Found { speaker: Some(writer), cue: None, source: None, confidence: 0.7 };
            }
        }
        // `Il pensa : «…» Puis, se reprenant : «…»`: a clause with no subject but a
        // present participle, before a colon, carries on the speaker before
        if f.speaker.is_none() && q.depth == 0 {
            if let Some((who, cue)) = participle_continuation(text, &quotes[..i], q.span.start) {
                f = Found { speaker: Some(who), cue, source: None, confidence: 0.7 };
            }
        }
        // `a évoqué «un chantier de deux ans» et «un coût maîtrisé»`: words
        // coordinated with the quotation before share its speaker and cue
        if f.speaker.is_none() && q.depth == 0 && !matches!(q.marks, Marks::Dash) {
            if let Some(prev) = quotes[..i].iter().rev().find(|p| p.depth == 0 && p.span.end <= q.span.start) {
                let between = text[prev.span.end..q.span.start].trim_matches(is_space);
                let between = between.strip_suffix("le").or_else(|| between.strip_suffix("la")).unwrap_or(between);
                let between = between.strip_suffix("l'").or_else(|| between.strip_suffix("l’")).unwrap_or(between).trim_end();
                // (or an incise between them: `Une «…», dit-il, «…»`)
                let incise = || {
                    let gap = Span::new(prev.span.end, q.span.start);
                    let (Some(cue), Some(who)) = (&prev.cue, &prev.speaker) else { return false };
                    let (from, to) = (cue.span.start.min(who.span.start), cue.span.end.max(who.span.end));
                    gap.contains(Span::new(from, to))
                        && text[gap.start..from].trim_matches(is_space) == ","
                        && text[to..gap.end].trim_matches(is_space) == ","
                };
                let joined =
                    matches!(between, "et" | "ou" | "," | ", et" | "et de" | "et d'" | "et d’" | "et un" | "et une" | "et des")
                        || incise();
                if joined {
                    if let Some(who) = &prev.speaker {
                        f = Found {
                            speaker: Some(who.span),
                            cue: prev.cue.as_ref().map(|c| c.span),
                            source: prev.source.as_ref().map(|s| s.span),
                            confidence: 0.8,
                        };
                    }
                }
            }
        }
        // the person the previous line of dialogue called by name answers it
        // (`— Monsieur Vanneste, avez-vous quelque chose à ajouter ?`)
        let addressed = || {
            let prev = quotes[..i].iter().rev().find(|p| p.depth == 0 && p.span.end <= q.span.start)?;
            // (a title, `monsieur l'abbé`, only from the line right before: no
            // narration between, which would name the speaker better)
            // (the rest of the line before, its incise, is no narration: `—
            // Docteur ? fit le curé.` then `— …`)
            let gap = &text[prev.span.end..q.span.start];
            let adjacent = match gap.split_once('\n') {
                Some((rest_of_line, after)) => {
                    after.chars().all(char::is_whitespace)
                        && (rest_of_line.chars().all(char::is_whitespace) || prev.marks == Marks::Dash && prev.cue.is_some())
                }
                None => gap.chars().all(char::is_whitespace),
            };
            // (in one paragraph, words after narration go on with the same
            // speaker: `«Casimir !» C'était la voix d'Aurélie. «Tu vas…»`)
            let narrated = !gap.contains('\n') && gap.chars().any(char::is_alphabetic);
            (follows(text, prev.span.end, q.span.start) && !narrated)
                .then(|| vocative(&a.words, prev.text_span, adjacent, true))
                .flatten()
                // (not a caller's own name: `— Agathe Roy, des éditions X.`)
                .filter(|v| self_named(&a.words, prev.text_span, lex, false).is_none_or(|s| !s.overlaps(*v)))
                // (nor one called in words the line reports: `— Il m'a dit : «Tu
                // te tais, Gaston ?»`)
                .filter(|v| {
                    !quotes[..i].iter().rev().take(8).any(|n| {
                        n.span != prev.span && (n.span.contains(prev.span) || prev.span.contains(n.span) && n.span.contains(*v))
                    })
                })
        };
        // (before a guess from the neighbouring sentences)
        let guessed = f.speaker.is_none() || f.cue.is_none() && f.confidence < 0.65;
        if guessed && q.depth == 0 {
            if let Some(who) = addressed() {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.55 };
            }
        }
        // `SOPHIE. — Tu viens ?`, `Julie Ferrand. — Le mot…`: the label names the speaker
        if q.marks == Marks::Dash && f.cue.is_none() {
            if let Some(label) = turn_label(text, q.span.start) {
                f = Found { speaker: Some(label), cue: None, source: None, confidence: 0.9 };
            }
        }
        // `Arthur Lemaire : Oui…`: a transcript's turn, its label before the colon
        if q.marks == Marks::None && q.depth == 0 {
            let line = text[..q.span.start].rfind('\n').map_or(0, |k| k + 1);
            // (an interview's `Q :` and `R :` name nobody: read above)
            if let Some((label, _)) = crate::detect::dialogue::label_colon(text, line, q.span.end)
                .filter(|(l, _)| crate::detect::dialogue::interview_label_word(&text[l.range()]).is_none())
            {
                f = Found { speaker: Some(label), cue: None, source: None, confidence: 0.9 };
            }
        }
        // `— C'est moi, Bastien !`, `— Ici la juge Aubertin.`: the speaker names
        // themselves (over a guess from the narration; before the turns are
        // counted, so that the exchange alternates from them)
        let mut named_self = false;
        // (a pronoun's incise too, which the name tells: `— Je m'appelle
        // Hoffmeister, dit-il.`)
        // (read only when the line says `appelle` or `suis`: most lines with a
        // pronoun's incise name nobody)
        let pronoun_cued = f.cue.is_some()
            && f.speaker.is_some_and(|s| is_pronoun(&text[s.range()]))
            && (q.text.contains("appelle") || q.text.contains("suis "));
        if (f.speaker.is_none() || f.cue.is_none() || pronoun_cued) && q.depth == 0 {
            // (right after the one who picked up the telephone, `C'est X` is
            // the caller: `— Garnier.` `— C'est Rochat.`)
            let answering = picked_up.is_some_and(|p| p + 1 == i);
            if let Some(who) = self_named(&a.words, q.text_span, lex, answering) {
                if pronoun_cued {
                    f.speaker = Some(who);
                } else {
                    f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.6 };
                }
                named_self = true;
            }
        }
        // `Le téléphone de Marchetti vibre.` `— Marchetti.`: who picks up the
        // telephone gives their name, alone
        if !named_self && f.cue.is_none() && q.depth == 0 {
            if let Some(who) = phone_answer(&a.words, q) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.7 };
                named_self = true;
                picked_up = Some(i);
            }
        }
        // `— Madame Aubert ?` `— C'est moi.`: who answers to the name called
        if f.speaker.is_none() && q.marks == Marks::Dash && q.depth == 0 {
            if let Some(who) = turns.last().and_then(|&(last, _)| answers_to_name(&a.words, &quotes[last], q)) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.6 };
                named_self = true;
            }
        }
        if q.marks == Marks::Dash {
            // an interview (`Propos recueillis par X.`): the questions are X's
            if let Some((asks, answers)) = a.interview(q.span.start) {
                (interviewer, interviewee) = (asks, answers);
            } else if turns.last().is_none_or(|(last, _)| {
                text.get(quotes[*last].span.end..q.span.start).is_none_or(|b| b.lines().skip(1).any(|l| !l.trim().is_empty()))
            }) {
                (interviewer, interviewee) = (None, None);
            }
            // (in an interview, a line that speaks to the one interviewed with
            // `vous` and never of itself asks too: `L'opposition vous reproche…`)
            let interviewing = interviewer.is_some() || interviewee.is_some();
            let to_you = || {
                let words = || q.text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
                words().any(|w| matches!(w, "vous" | "votre" | "vos"))
                    && !words().any(|w| {
                        matches!(w, "je" | "j" | "J" | "Je" | "nous" | "Nous" | "moi" | "me" | "m" | "mon" | "ma" | "mes")
                    })
            };
            // (or a turn right after an answer, the interview going question and
            // answer: `– La direction parle d'une «prise d'otages»…`)
            let after_answer = || {
                interviewee.is_some()
                    && turns.last().is_some_and(|&(k, who)| {
                        who.is_some_and(|w| interviewee.is_some_and(|i| same_words(text, w, Some(i))))
                            && follows(text, quotes[k].span.end, q.span.start)
                    })
                    && !q.text.split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "je" | "j" | "Je" | "J" | "nous" | "Nous"))
            };
            let question = q.text.trim_end().ends_with('?') || interviewing && (to_you() || after_answer());
            if f.speaker.is_none() && question && interviewer.is_some() {
                f = Found { speaker: interviewer, cue: None, source: None, confidence: 0.6 };
            } else if f.speaker.is_none() && !question && interviewee.is_some() {
                f = Found { speaker: interviewee, cue: None, source: None, confidence: 0.6 };
            }
            // (a question of an interviewer the text does not name is nobody's)
            let unnamed_question = question && interviewing && interviewer.is_none();
            if f.speaker.is_none() && !unnamed_question {
                if let Some((who, cue)) = a.turn_neighbour(q.span.start) {
                    f = Found { speaker: Some(who), cue, source: None, confidence: 0.7 };
                    // (the other the narration names answers: `Lucie regardait son
                    // frère. Puis elle se lança :`)
                    // (not when a pronoun of the cue may take up either: `Roger voulut
                    // protester, mais Paul…, il lui dit :`)
                    exchange_other = a
                        .narration_people(q.span.start)
                        .filter(|&(first, _)| first == who || !is_pronoun(&text[who.range()]))
                        .and_then(|people| other_in_exchange(&a.words, people, f.speaker));
                } else if let Some(who) = addressee(&a.words, &turns, quotes, q.span.start) {
                    // the person the line before spoke to answers it (`il me dit :`,
                    // `demanda Laurence à Pauline`)
                    f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.5 };
                } else if let Some(who) = called_before(&a.words, &turns, quotes, q) {
                    // the one the line before called first answers it (`— Gaudry,
                    // fais sonner le rappel.` `— Tout de suite, sire.`)
                    f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.5 };
                } else if let Some(who) = alternate(text, &turns, quotes, q.span.start) {
                    // unattributed dialogue alternates between the two last speakers
                    f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.5 };
                } else if let Some((first, other)) = a.narration_people(q.span.start) {
                    // the first turn after narration: its subject speaks; the other
                    // person it names answers; but a turn that calls the subject by
                    // name speaks to them (`Coralie brodait.` `— Tu m'entends, Coralie ?`)
                    let called = vocative(&a.words, q.text_span, true, false).is_some_and(|v| calls(&a.words, v, first));
                    if called {
                        exchange_other = Some(first);
                        f = Found { speaker: other, cue: None, source: None, confidence: 0.45 };
                    } else {
                        exchange_other = other;
                        f = Found { speaker: Some(first), cue: None, source: None, confidence: 0.5 };
                    }
                } else if let (Some(other), Some((last, Some(last_who)))) = (exchange_other, turns.last()) {
                    let adjacent = text.get(quotes[*last].span.end..q.span.start).is_some_and(|b| b.matches('\n').count() <= 3);
                    if adjacent && !text[last_who.range()].eq_ignore_ascii_case(&text[other.range()]) {
                        f = Found { speaker: Some(other), cue: None, source: None, confidence: 0.45 };
                    }
                }
            } else if let Some(people) = a.narration_people(q.span.start) {
                exchange_other = other_in_exchange(&a.words, people, f.speaker);
            }
            turns.push((i, f.speaker));
        } else if q.depth == 0
            && quotes.get(i + 1).is_some_and(|n| n.marks == Marks::Dash && follows(text, q.span.end, n.span.start))
            // (not words quoted inside a turn, `— Pour Yanis, la prof a dit « peut
            // mieux faire ».`)
            && !text[..q.span.start].rsplit('\n').next().is_some_and(|l| l.trim_start_matches(is_space).starts_with(['—', '–', '-']))
        {
            // `« Je pars, dit-elle.` then `— Pour longtemps ?`: the first line of an
            // exchange held in guillemets is a turn of the dialogue that follows,
            // and the narration before it names the other who answers
            let people = a.narration_people(q.span.start);
            exchange_other = people.and_then(|people| other_in_exchange(&a.words, people, f.speaker));
            // (a first line with no cue is the narration's subject's, as a first
            // turn is, unless it calls that one by name: `Le brigadier posa la
            // tasse.` `« Vous étiez seule, madame ?` `— Avec mon chien.`)
            if let Some((first, other)) = people.filter(|_| f.speaker.is_none() && f.cue.is_none()) {
                if vocative(&a.words, q.text_span, true, false).is_some_and(|v| calls(&a.words, v, first)) {
                    exchange_other = Some(first);
                    f = Found { speaker: other, cue: None, source: None, confidence: 0.45 };
                } else {
                    exchange_other = other;
                    f = Found { speaker: Some(first), cue: None, source: None, confidence: 0.5 };
                }
            }
            turns.push((i, f.speaker));
        }
        // a line guessed for someone it calls by name speaks to them, not as them
        // (`— Françoise, mon châle !` is not Françoise's)
        if f.cue.is_none() && q.depth == 0 && !named_self {
            if let Some(who) = f.speaker {
                // (nor the one it speaks of by name: `— Claire et moi, on s'est séparés.`)
                let name = &text[who.range()];
                let spoken_of = || {
                    name.starts_with(char::is_uppercase)
                        && !is_pronoun(name)
                        && !phrase::is_determiner(name.split(' ').next().unwrap_or(""))
                        && memchr::memmem::find_iter(q.text.as_bytes(), name.as_bytes()).any(|k| {
                            let before = q.text[..k].chars().next_back();
                            let after = q.text[k + name.len()..].chars().next();
                            !before.is_some_and(crate::text::is_word_char) && !after.is_some_and(crate::text::is_word_char)
                        })
                };
                let called = vocative(&a.words, q.text_span, true, false)
                    .is_some_and(|v| calls(&a.words, v, who) || calls(&a.words, who, v));
                if !called && spoken_of() {
                    // (the other of the exchange, not the one who just asked)
                    let last = turns.iter().rev().find(|(k, _)| *k != i).and_then(|(_, s)| *s);
                    let differs = |o: &Span| {
                        !calls(&a.words, *o, who) && !calls(&a.words, who, *o) && last.is_none_or(|l| !calls(&a.words, *o, l))
                    };
                    f.speaker = exchange_other.filter(differs);
                } else if called {
                    // (the one who spoke last, else the other of the exchange)
                    let differs = |o: &Span| !calls(&a.words, *o, who) && !calls(&a.words, who, *o);
                    let last =
                        turns.iter().rev().find(|(k, _)| *k != i).and_then(|(_, s)| *s).filter(|s| !is_pronoun(&text[s.range()]));
                    f.speaker = last.filter(differs).or(exchange_other.filter(differs));
                }
            }
        }
        // `Je soussigné X, …`: a signed statement is its signatory's, whoever
        // reads it out (`Le notaire lut : «Je soussigné…»`), who relays it
        if q.depth == 0 {
            if let Some(who) = signatory(&a.words, q.text_span) {
                let reader = f.speaker.filter(|s| !same_words(text, *s, Some(who)) && !is_pronoun(&text[s.range()]));
                f = Found { speaker: Some(who), cue: f.cue, source: reader.or(f.source), confidence: 0.8 };
            }
        }
        // `Eugène trouva sur sa table un billet non signé : «…»`: words of a
        // writing found with no writer named are nobody's
        if q.depth == 0 && q.kind == QuoteKind::Direct && a.unsigned_writing(f.speaker, q.span) {
            f = Found { speaker: None, cue: None, source: None, confidence: 0.6 };
        }
        // (a phrase guessed or before a colon, not the subject a cue names; but a
        // writing's owner whatever the cue: `La lettre de sa mère disait : «…»`)
        let words_of = |s: Span| f.cue.is_none().then(|| a.words_of(s)).flatten().or_else(|| a.writer_of(s));
        if let Some(owner) = f.speaker.and_then(|s| owner_of_words(&a.words, s).or_else(|| words_of(s))) {
            f.speaker = Some(owner);
        } else if let Some(who) = f.speaker.filter(|_| f.cue.is_none()).and_then(|s| a.said_before(s)) {
            // (`Cette fois, elle répondit. Un seul mot : «…»`: the words announced
            // are those of the one the sentence before says answered)
            f.speaker = Some(who);
        }
        // `Nucléaire : l'AIEA «préoccupée» par…`: a headline's body or person
        // with the words for its predicate says them
        if f.speaker.is_none() && f.cue.is_none() && q.kind == QuoteKind::Embedded && q.depth == 0 {
            if let Some(who) = a.headline_subject(q.span, q.text) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.6 };
            }
        }
        // (and after the marks, `selon` names the one who relays them:
        // `Éducation : les infirmiers «à bout», selon un syndicat`)
        let selon = |c: Span| phrase::lower_is(&text[c.range()], &["selon", "d'après", "d’après"]) && c.start > q.span.end;
        if f.cue.is_some_and(selon) && f.source.is_none() && q.kind == QuoteKind::Embedded && q.depth == 0 {
            if let Some(who) = a.headline_subject(q.span, q.text).filter(|w| !same_words(text, *w, f.speaker)) {
                f = Found { speaker: Some(who), cue: f.cue, source: f.speaker, confidence: 0.6 };
            }
        }
        // `«C'est le plus beau jour de ma vie !» Le gardien X, auteur de…, avait
        // du mal à trouver ses mots.`: words that open their paragraph, with no
        // cue, are those of the person the next sentence of the paragraph is about
        if f.cue.is_none() && f.confidence < 0.65 && q.depth == 0 && q.marks != Marks::Dash {
            if let Some(who) = a.lead_in_subject(q) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.6 };
            }
        }
        if f.speaker.is_none() && f.cue.is_none() && q.kind == QuoteKind::Embedded {
            if let Some(who) = a.first_person_fragment(q) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.6 };
            }
        }
        // (a participle right after a thing's noun describes the thing, which
        // says nothing: `une banderole proclamant «…»`, `un mot écrit à la main :`)
        if f.cue.is_some_and(|c| a.thing_participle(c) || a.judges_by(c)) {
            f = Found::default();
        }
        // (a participle that carries on the sentence of the quotation before,
        // `«…», a-t-il dit au Monde, ajoutant que …«…»`: the same relay)
        if f.source.is_none() && q.depth == 0 {
            let participle = f.cue.map(|c| &text[c.range()]).is_some_and(|c| {
                let last = c.rsplit(' ').next().unwrap_or(c);
                // (every present participle ends so: the lexicon is asked only then)
                last.ends_with("ant") && lex.lookup_all(last).any(|v| v.form == cue::Form::PresentParticiple)
            });
            let prev = quotes[..i].iter().rev().find(|p| p.depth == 0);
            let same_sentence = |p: &Quote<'_>| a.sentences.index_of(p.span.end) == a.sentences.index_of(q.span.start);
            if let Some(prev) = prev.filter(|p| participle && p.source.is_some() && same_sentence(p)) {
                let same_speaker = prev.speaker.as_ref().zip(f.speaker).is_some_and(|(m, s)| m.span == s);
                if same_speaker {
                    f.source = prev.source.as_ref().map(|m| m.span);
                }
            }
        }
        // (a second verb of speech coordinated with the one before, no subject
        // of its own: `se déclarait «…», mais refusait «…»`; also when that verb
        // was given the main clause's subject, before the first verb's own:
        // `un avis où la mairie se disait «…», mais refusait «…»`)
        if q.kind == QuoteKind::Embedded {
            if let Some((prev, cue)) = coordinated_with_previous(text, &quotes[..i], q, lex) {
                let who = prev.speaker.as_ref().map(|m| m.span);
                let unfound = f.speaker.is_none() && f.cue.is_none();
                let nearer = f.cue == Some(cue) && who.zip(f.speaker).is_some_and(|(w, s)| w.start > s.end);
                if unfound || nearer {
                    f = Found { speaker: who, cue: Some(cue), source: prev.source.as_ref().map(|m| m.span), confidence: 0.7 };
                }
            }
        }
        // (a name given, not words said: `le chapitre qui s'appelle «…»`, `on les
        // appelle des «…»`)
        let named_before = || {
            let before = text[..q.span.start].trim_end_matches(is_space);
            let verb = before.rsplit([' ', '\'', '’']).next().unwrap_or("");
            let head = before[..before.len() - verb.len()].trim_end_matches(['\'', '’']);
            (head.ends_with(" s") || head.ends_with(" se") || head.ends_with(" S"))
                && (verb.starts_with("appel") || verb.starts_with("nomm") || verb.starts_with("intitul"))
        };
        let naming = q.kind == QuoteKind::Embedded
            && (q.depth == 0 && named_before()
                || f.cue.is_some_and(|c| {
                    let words = &text[c.range()];
                    let verb = words.rsplit([' ', '\'', '’']).next().unwrap_or("");
                    let reflexive = ["s'", "s’", "se "].iter().any(|p| words.starts_with(p));
                    let impersonal = f.speaker.is_none_or(|s| is_impersonal_on(&text[s.range()]));
                    (reflexive || impersonal)
                        && lex.lookup_all(verb).any(|v| matches!(v.lemma, "appeler" | "nommer" | "surnommer"))
                }));
        if naming {
            f = Found::default();
        }
        let q = &mut quotes[i];
        if f.speaker.is_none() && f.cue.is_none() && q.kind == QuoteKind::Embedded {
            // woven words that nobody is said to utter: a term
            q.kind = QuoteKind::Term;
            orphans.push(i);
            continue;
        }
        // (a phrase never runs past a comma into a clause of its own)
        q.speaker = f.speaker.map(|s| mention(text, a.before_clause(s)));
        // (the journalist's own newsroom relays nothing: `Contactée par notre
        // rédaction, la directrice…`)
        // (nor a writing with no issuer named, the speaker's own: `La mairie
        // «regrette…», selon un communiqué diffusé mardi`)
        f.source = f.source.filter(|s| !own_newsroom(&text[s.range()]) && !a.own_writing(*s));
        q.source = f.source.map(|s| mention(text, s));
        // (a participle after `avoir` or `être` in the infinitive takes the
        // verb that governs them for its cue: `explique avoir écrit «…»`)
        f.cue = f.cue.map(|c| a.governing_verb(c).unwrap_or(c));
        // (an empty span marks a speaker found without a cue word)
        q.cue = f.cue.filter(|c| !c.is_empty()).map(|c| Cue { text: &text[c.range()], span: c });
        if f.speaker.is_some() {
            q.confidence = (q.confidence * f.confidence).clamp(0.0, 1.0);
            a.last_speaker = f.speaker.map(|s| (s, q.span.end));
        } else {
            q.confidence = (q.confidence * 0.5).clamp(0.0, 1.0);
        }
        // (`de même source` goes back to the last quotation's relay, or to its
        // speaker when it spoke for itself)
        if f.speaker.is_some() || f.source.is_some() {
            a.last_source = f.source;
        }
    }
    // `Le parquet «prend acte» de la décision et «se réserve…», a indiqué X`:
    // woven words coordinated with later ones whose cue ends the sentence
    // after them share that cue
    for &i in orphans.iter().rev() {
        let q = &quotes[i];
        let Some(next) = quotes[i + 1..].iter().find(|n| n.depth == 0 && n.span.start >= q.span.end) else { continue };
        let Some(cue) = next.cue.as_ref().filter(|c| c.span.start >= next.span.end) else { continue };
        let between = &text[q.span.end..next.span.start];
        let coordinated = between.len() < 120
            && !between.contains(['.', '!', '?', ';', ':', '\n', '«', '»'])
            && (between.contains(" et ") || between.trim_matches(is_space) == ",");
        // (the cue closes the sentence of both, right after the later words)
        let tail = text[next.span.end..cue.span.start].trim_end_matches(is_space);
        let closes = tail.ends_with(',') && tail.len() < 80 && !tail.contains(['.', '!', '?', ';', ':', '\n', '«']);
        if coordinated && closes && next.speaker.is_some() && next.kind != QuoteKind::Term {
            let (speaker, source, cue, confidence) =
                (next.speaker.clone(), next.source.clone(), next.cue.clone(), next.confidence);
            let q = &mut quotes[i];
            (q.kind, q.speaker, q.source, q.cue) = (QuoteKind::Embedded, speaker, source, cue);
            q.confidence = (q.confidence * 2.0).min(confidence).clamp(0.0, 1.0);
        }
    }
    // `L'homme est «connu des services», notamment pour des vols, a-t-elle
    // ajouté`: woven words left alone take the inverted cue that closes their
    // sentence past a complement set off by commas
    for &i in &orphans {
        let q = &quotes[i];
        if q.kind != QuoteKind::Term || q.speaker.is_some() || q.depth != 0 {
            continue;
        }
        let Some((cue, who, medium)) = a.closing_cue(q.span.end) else { continue };
        woven_after_all(text, &mut quotes[i], cue, who, medium, 0.75);
    }
    // the turns that open an exchange before anyone is named take the speakers
    // the exchange names after them, alternating back (`— Qui est là ?` `— Moi,
    // dit Maigret.` `— Entrez, répondit la concierge.`: the first line is hers)
    for w in (0..turns.len().saturating_sub(2)).rev() {
        let (a_i, b_i, c_i) = (turns[w].0, turns[w + 1].0, turns[w + 2].0);
        let (qa, qb, qc) = (&quotes[a_i], &quotes[b_i], &quotes[c_i]);
        let chained = follows(text, qa.span.end, qb.span.start) && follows(text, qb.span.end, qc.span.start);
        let (Some(b), Some(c)) = (qb.speaker.as_ref(), qc.speaker.as_ref()) else { continue };
        let named = |m: &crate::model::Mention<'_>| !is_pronoun(m.mention);
        if qa.speaker.is_none()
            && chained
            && qb.cue.is_some()
            && qc.cue.is_some()
            && named(b)
            && named(c)
            && !b.mention.eq_ignore_ascii_case(c.mention)
        {
            let who = c.clone();
            let q = &mut quotes[a_i];
            q.speaker = Some(who.clone());
            q.confidence = (q.confidence * 0.9).clamp(0.0, 1.0);
            turns[w].1 = Some(who.span);
        }
    }
    // words inside any quotation or turn are not the narration's candidates;
    // the incises cut out of them are (`— Oui, répondit Hélène ; …`)
    let mut speech: Vec<Span> = Vec::with_capacity(quotes.len());
    for q in quotes.iter().filter(|q| q.depth == 0) {
        speech.extend(spoken(text, q));
    }
    let narrator = resolve::resolve(&a.words, quotes, &a.sentences, &speech, lex);
    name_called_descriptions(&a.words, quotes);
    alternate_resolved(text, quotes);
    alternate_from_anchors(text, quotes, narrator);
    answers_in_paragraphs(text, quotes);
    alternate_paragraph_turns(&a, quotes, narrator);
    // (a cleft right after words with no cue names who said them, whatever the
    // turns guessed: `«…»` `C'était Ferrand, le porion, qui arrivait.`)
    for q in quotes.iter_mut().filter(|q| q.depth == 0 && q.cue.is_none()) {
        let Some(who) = a.voice_after(q.span.end) else { continue };
        if q.speaker.as_ref().is_none_or(|m| m.span != who && !who.contains(m.span)) {
            q.speaker = Some(mention(text, who));
        }
    }
    agree_with_speech(quotes);
    // the indefinite `on` that nothing resolved names nobody (`On a parlé d'«un
    // accident»`): no speaker, the cue stays
    for q in quotes.iter_mut() {
        if q.speaker.as_ref().is_some_and(|m| m.name.is_none() && m.mention.eq_ignore_ascii_case("on")) {
            q.speaker = None;
        }
    }
}

/// Lines with no cue whose words say the speaker's sex (`Je suis seule avec
/// lui`, `je me suis trompée`) given to someone of the other, as a scene of
/// three or four may guess: they go to the last speaker before them, among
/// the eight lines before, whose name agrees, else to nobody.
fn agree_with_speech(quotes: &mut [Quote<'_>]) {
    let outer: Vec<usize> = (0..quotes.len()).filter(|&i| quotes[i].depth == 0).collect();
    for (n, &i) in outer.iter().enumerate() {
        if quotes[i].cue.is_some() {
            continue;
        }
        let Some(who) = turn_speaker(&quotes[i]) else { continue };
        let Some(named) = resolve::name_feminine(who) else { continue };
        let Some(said) = speaks_feminine(quotes[i].text) else { continue };
        if said == named {
            continue;
        }
        let other = outer[n.saturating_sub(8)..n].iter().rev().find_map(|&j| {
            let w = turn_speaker(&quotes[j])?;
            (!same_person(w, who) && resolve::name_feminine(w) == Some(said)).then(|| quotes[j].speaker.clone())
        });
        quotes[i].speaker = other.flatten();
        quotes[i].confidence = (quotes[i].confidence * 0.8).clamp(0.0, 1.0);
    }
}

/// `Some(true)` when the words say their speaker is a woman, by an adjective
/// or a participle after `je suis`, `j'étais`, `je me suis` (`Je suis
/// seule`, `je suis partie`, `je me suis trompée`), `Some(false)` when they
/// say a man (`je suis désolé`, `je suis sûr`); `None` for an adjective of
/// both (`je suis triste`) or none.
fn speaks_feminine(words: &str) -> Option<bool> {
    const COPULAS: &[&str] = &[
        "je suis ",
        "Je suis ",
        "j'étais ",
        "J'étais ",
        "j’étais ",
        "J’étais ",
        "je me suis ",
        "Je me suis ",
        "je serai ",
        "Je serai ",
    ];
    const SKIPPED: &[&str] = &[
        "pas",
        "vraiment",
        "très",
        "trop",
        "si",
        "tellement",
        "bien",
        "tout",
        "toute",
        "plus",
        "encore",
        "déjà",
        "juste",
        "toujours",
        "jamais",
        "souvent",
        "parfois",
        "aussi",
        "enfin",
        "donc",
    ];
    const FEMININE: &[&str] =
        &["seule", "prête", "sûre", "certaine", "contente", "folle", "enceinte", "morte", "grosse", "fière", "première"];
    const MASCULINE: &[&str] = &[
        "seul", "prêt", "sûr", "certain", "content", "fou", "mort", "gros", "fier", "premier", "parti", "sorti", "venu", "perdu",
        "pris", "assis", "surpris", "ravi", "fini", "né",
    ];
    // (one search for the verbs, most lines hold none)
    if !["suis ", "étais ", "serai "].iter().any(|v| words.contains(v)) {
        return None;
    }
    for c in COPULAS {
        for (k, _) in words.match_indices(c) {
            // (the word after the copula, past adverbs of degree and negation)
            let after = words[k + c.len()..]
                .split(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '.' | '!' | '?' | '…' | ';' | ':'));
            let Some(w) = after.filter(|w| !w.is_empty()).find(|w| !SKIPPED.contains(w)) else { continue };
            if FEMININE.contains(&w)
                || ["ée", "ées", "ie", "ue", "ise", "euse", "ive", "ienne"]
                    .iter()
                    .any(|e| w.ends_with(e) && w.len() > e.len() + 2)
            {
                return Some(true);
            }
            if MASCULINE.contains(&w) || ["é", "eux", "if"].iter().any(|e| w.ends_with(e) && w.len() > e.len() + 2) {
                return Some(false);
            }
        }
    }
    None
}

/// The name a description goes by when the line right after its speaker's
/// calls it (`« La soupe est froide », dit la vieille servante.` `« Elle se
/// réchauffera, Nanette. »`): each line of that description then names
/// Nanette. Only a description met with one such name, a call that opens the
/// line or closes its sentence, and a name not the caller's.
fn name_called_descriptions<'a>(words: &Words<'a>, quotes: &mut [Quote<'a>]) {
    let text = words.text();
    let described = |m: &Mention<'a>| {
        let w = m.name.unwrap_or(m.mention);
        w.split([' ', '\'', '’']).next().is_some_and(phrase::is_determiner)
            && !w.split(' ').skip(1).any(|x| x.starts_with(char::is_uppercase))
    };
    let outer: Vec<usize> = (0..quotes.len()).filter(|&i| quotes[i].depth == 0).collect();
    let mut links: Vec<(&'a str, &'a str)> = Vec::new();
    for w in outer.windows(2) {
        let (p, q) = (&quotes[w[0]], &quotes[w[1]]);
        let Some(b) = p.speaker.as_ref().filter(|m| described(m)) else { continue };
        if !follows(text, p.span.end, q.span.start) {
            continue;
        }
        let Some(v) = vocative(words, q.text_span, false, false) else { continue };
        let name = &text[v.range()];
        // (a call that opens the line or closes its sentence: not a name among
        // others, `son nom et le mien, Pauline, Laurence !`)
        let opens = text[q.text_span.start..v.start].trim_matches(is_space).is_empty();
        let closes = text[v.end..].trim_start_matches(is_space).starts_with(['.', '!', '?', '…'])
            || text[v.end..q.text_span.end].trim_matches(is_space).is_empty();
        if !opens && !closes {
            continue;
        }
        let caller = q.speaker.as_ref().map(|m| m.name.unwrap_or(m.mention));
        let b_name = b.name.unwrap_or(b.mention);
        if !name.starts_with(char::is_uppercase) || caller.is_some_and(|c| same_person(c, name) || same_person(c, b_name)) {
            continue;
        }
        links.push((b_name, name));
    }
    // (one name for a description)
    links.sort_unstable();
    links.dedup();
    for &(b, name) in &links {
        let unique = links.iter().filter(|(x, _)| *x == b).count() == 1;
        if !unique {
            continue;
        }
        for o in quotes.iter_mut() {
            if let Some(m) = o.speaker.as_mut().filter(|m| m.name.unwrap_or(m.mention) == b) {
                m.name = Some(name);
            }
        }
    }
}

/// Words in guillemets that make a paragraph of their own, with no cue, right
/// after a question the last speaker asked: the one that speaker talked with
/// before answers, not the asker again (`« Combien ? » murmura la veuve.` `«
/// Quarante mille francs. »` is the notary's, who spoke before her).
fn answers_in_paragraphs(text: &str, quotes: &mut [Quote<'_>]) {
    fn who<'a>(q: &Quote<'a>) -> Option<&'a str> {
        q.speaker.as_ref().map(|m| m.name.unwrap_or(m.mention))
    }
    let line_of = |at: usize| text[..at].rfind('\n').map_or(0, |k| k + 1);
    for i in 1..quotes.len() {
        let q = &quotes[i];
        if q.depth != 0 || q.marks != Marks::Guillemets || q.cue.is_some() {
            continue;
        }
        let line = line_of(q.span.start);
        let line_end = text[q.span.end..].find('\n').map_or(text.len(), |k| q.span.end + k);
        if !text[line..q.span.start].trim().is_empty() || !text[q.span.end..line_end].trim().is_empty() {
            continue;
        }
        let Some(j) = quotes[..i].iter().rposition(|p| p.depth == 0) else { continue };
        let p = &quotes[j];
        // (the question closes the paragraph just before)
        let asked = text[p.text_span.range()].trim_end().ends_with('?')
            && p.cue.is_some()
            && line_of(p.span.end) < line
            && text[p.span.end..line].matches('\n').count() <= 2
            && text[line_end.min(p.span.end)..line].lines().skip(1).all(|l| l.trim().is_empty());
        let (Some(asker), Some(now)) = (who(p), who(q)) else { continue };
        if !asked || !same_person(asker, now) || phrase::is_third_person(asker) {
            continue;
        }
        let before = quotes[..j]
            .iter()
            .rev()
            .filter(|o| o.depth == 0 && o.span.end + 2000 > p.span.start)
            .find_map(|o| o.speaker.as_ref().filter(|m| !same_person(m.name.unwrap_or(m.mention), asker)));
        if let Some(other) = before.filter(|m| !is_pronoun(m.name.unwrap_or(m.mention))).cloned() {
            let q = &mut quotes[i];
            q.speaker = Some(other);
            q.confidence = (q.confidence * 0.9).clamp(0.0, 1.0);
        }
    }
}

/// The word of the first person in a cue, by its offset in the cue and
/// whether it is the object, the one spoken to (`m'a-t-il demandé`, `me
/// dit-elle`), rather than the one who speaks (`ai-je demandé`, `lui dis-je`).
fn first_person_cue(cue: &str) -> Option<(usize, bool)> {
    let mut at = 0;
    for w in cue.split_inclusive([' ', '-', '\'', '’']) {
        let word = w.trim_end_matches([' ', '-']);
        match word {
            "je" | "Je" | "j'" | "J'" | "j’" | "J’" => return Some((at, false)),
            "me" | "Me" | "m'" | "M'" | "m’" | "M’" => return Some((at, true)),
            _ => at += w.len(),
        }
    }
    None
}

/// Who a turn's speaker is: the entity's name, else the words when they are
/// no pronoun.
fn turn_speaker<'a>(q: &Quote<'a>) -> Option<&'a str> {
    let m = q.speaker.as_ref()?;
    m.name.or_else(|| (!is_pronoun(m.mention)).then_some(m.mention))
}

/// The anchors of a run of turns: the turns whose cue names a speaker, by
/// their place in the run and that speaker.
fn run_anchors<'a>(quotes: &[Quote<'a>], run: &[usize]) -> Vec<(usize, &'a str)> {
    run.iter()
        .enumerate()
        .filter(|&(_, &k)| quotes[k].cue.is_some())
        .filter_map(|(j, &k)| Some((j, turn_speaker(&quotes[k])?)))
        .collect()
}

/// The uncued turns of `run` (indices into `quotes`) set by the alternation
/// of two people, `a` on the turns of the parity of `j0` and `b` on the
/// others, each with the mention to give: a turn already given to the one
/// expected, or calling them by name (`— Mathurin, tu plaisantes ?`), is left
/// as it is; with `b` unknown, a turn of `b`'s given to `a` is nobody's.
fn alternate_run<'a>(
    quotes: &mut [Quote<'a>],
    run: &[usize],
    j0: usize,
    (a, mention_a): (&str, &Option<Mention<'a>>),
    (b, mention_b): (Option<&str>, &Option<Mention<'a>>),
) {
    for (j, &k) in run.iter().enumerate() {
        if quotes[k].cue.is_some() {
            continue;
        }
        let (expected, mention) = if (j + j0) % 2 == 0 { (Some(a), mention_a) } else { (b, mention_b) };
        let Some(w) = expected else {
            if turn_speaker(&quotes[k]).is_some_and(|g| same_person(g, a)) {
                quotes[k].speaker = None;
            }
            continue;
        };
        let last_name = w.rsplit(' ').next().unwrap_or(w);
        let called = || quotes[k].text.split(|c: char| !c.is_alphanumeric() && c != '-').any(|x| x == last_name);
        if turn_speaker(&quotes[k]).is_some_and(|g| same_person(g, w)) || called() {
            continue;
        }
        let q = &mut quotes[k];
        q.speaker = mention.clone();
        q.confidence = (q.confidence * 0.9).clamp(0.0, 1.0);
    }
}

/// Exchanges held in guillemets one turn a paragraph, as novels and
/// interrogations write them (`« Vous étiez où ? » demanda le capitaine.`
/// `« Chez moi. »` `« Seul ? »` `« Avec ma femme. »`): in a run of three
/// paragraphs or more, each one quotation of 400 bytes at most with its incise
/// at most, the uncued turns alternate with the cued ones, as dash turns do
/// (see [`alternate_from_anchors`]), when the run is told as an exchange: an
/// incise in a tense of narration or of the first person (`ai-je demandé`)
/// with a question in the run or two people its incises name, or questions
/// answered every other turn (then, with no incise at all, from the one the
/// narration before named); two turns alternate when the second, with no
/// incise, speaks to someone. The other party is another cued speaker, else
/// the one the first cued turn calls by name (a title called, the person the
/// narration names with it), else the last other speaker of a turn in the
/// 2,000 bytes before, else the narrator a cued turn is spoken to (`m'a-t-il
/// demandé`), else the other person the narration before the run names, in
/// its last sentence or an earlier one of its paragraph, else the named
/// narrator; with none known, the other's turns are nobody's rather than the
/// asker's.
fn alternate_paragraph_turns<'a>(at: &Attributor<'a, '_>, quotes: &mut [Quote<'a>], narrator: Option<Span>) {
    let words = &at.words;
    let text = words.text();
    let bytes = text.as_bytes();
    // (lines are read 200 bytes around the quotation at most: the work per
    // quotation stays bounded, and a turn's line is short)
    let line_start =
        |at: usize| memchr::memrchr(b'\n', &bytes[at.saturating_sub(200)..at]).map(|k| at.saturating_sub(200) + k + 1);
    let line_end = |at: usize| {
        let to = (at + 200).min(text.len());
        memchr::memchr(b'\n', &bytes[at..to]).map(|k| at + k).or((to == text.len()).then_some(to))
    };
    // a turn: a quotation that makes its paragraph, its incise after it at most
    let turn = |q: &Quote<'_>| {
        q.depth == 0 && matches!(q.marks, Marks::Guillemets | Marks::English | Marks::Straight) && q.text.len() <= 400 && {
            let from = line_start(q.span.start).or((q.span.start < 200).then_some(0));
            let to = line_end(q.span.end);
            match (from, to) {
                (Some(from), Some(to)) => {
                    text[from..q.span.start].trim().is_empty()
                        && (text[q.span.end..to].trim().is_empty()
                            || q.cue
                                .as_ref()
                                .is_some_and(|c| c.span.start >= q.span.end && c.span.end <= to && to - q.span.end <= 90))
                }
                _ => false,
            }
        }
    };
    let mut i = 0;
    while i < quotes.len() {
        if !turn(&quotes[i]) {
            i += 1;
            continue;
        }
        // the run: turns whose paragraphs follow one another, only blank lines between
        let mut e = i + 1;
        while e < quotes.len() && turn(&quotes[e]) && {
            // (both lines are known: the two quotations are turns)
            let (end, start) = (line_end(quotes[e - 1].span.end), line_start(quotes[e].span.start));
            match (end, start) {
                (Some(end), Some(start)) if end <= start => {
                    let gap = &text[end..start];
                    gap.trim().is_empty() && gap.matches('\n').count() <= 3
                }
                _ => false,
            }
        } {
            e += 1;
        }
        let run: Vec<usize> = (i..e).collect();
        i = e;
        // (a question before the incise inside the marks asks too: `« Vous
        // êtes de Nancy ? lui demanda-t-elle. »`)
        let asks = |k: usize| {
            let q = &quotes[k];
            q.text.trim_end().ends_with('?')
                || q.cue.as_ref().is_some_and(|c| {
                    q.text_span.contains(c.span)
                        && text[q.text_span.start..c.span.start].trim_end_matches(|c| c == ',' || is_space(c)).ends_with('?')
                })
        };
        // (an exchange, not one speaker's paragraphs after a question of their
        // own, as the press quotes them: an incise in a tense of narration,
        // `demanda`, `répondait`, or of the first person, `ai-je demandé`,
        // `m'a-t-il dit`, or questions answered every other turn)
        let narrated = run.iter().any(|&k| {
            quotes[k].cue.as_ref().is_some_and(|c| {
                c.text.split([' ', '-']).any(|w| w.len() > 2 && looks_finite(w)) || first_person_cue(c.text).is_some()
            })
        });
        // (two turns: a cued one in a tense of narration, and a reply with no
        // incise that speaks to someone, `« Elle l'a gardée », dit-il.` `« Elle
        // garde tout. Tu le saurais si tu avais appelé. »`; not a turn that
        // carries on, `ajouta-t-il`)
        let to_you = |k: usize| {
            quotes[k]
                .text
                .split(|c: char| !c.is_alphabetic())
                .any(|w| matches!(w, "tu" | "Tu" | "te" | "toi" | "Toi" | "vous" | "Vous"))
        };
        let pair = run.len() == 2
            && narrated
            && quotes[run[1]].cue.is_none()
            && quotes[run[0]].cue.as_ref().is_some_and(|c| !resolve::is_continuation(c.text))
            && to_you(run[1]);
        if run.len() < 3 && !pair {
            continue;
        }
        let questions: Vec<usize> = (0..run.len()).filter(|&j| asks(run[j])).collect();
        let answered = questions.iter().filter(|&&j| run.get(j + 1).is_some_and(|&k| !asks(k))).count();
        let alternating = questions.len() >= 2
            && (questions.windows(2).all(|w| w[1] >= w[0] + 2) || answered >= 2 && answered * 2 >= questions.len());
        let mut anchors = run_anchors(quotes, &run);
        // (with no question, two people the incises name, in a tense of narration)
        let two_named = || anchors.iter().any(|&(_, w)| anchors.first().is_some_and(|&(_, a)| !same_person(a, w)));
        if !(narrated && (!questions.is_empty() || two_named())) && !alternating && !pair {
            continue;
        }
        // (no incise: questions answered turn after turn, all given to the one
        // the narration before named, are that one's every other turn: `Il
        // sourit.` `« Je peux entrer ? »` `« C'est chez maman. »` `« Elle est là ? »`)
        if anchors.is_empty() && alternating {
            let guessed: Vec<(usize, &str)> =
                run.iter().enumerate().filter_map(|(j, &k)| Some((j, turn_speaker(&quotes[k])?))).collect();
            if let Some(&(j, w)) = guessed.first().filter(|&&(j, w)| j == 0 && guessed.iter().all(|&(_, o)| same_person(o, w))) {
                anchors.push((j, w));
            }
        }
        let Some(&(j0, a)) = anchors.first() else { continue };
        let ia = run[j0];
        let mention_a = quotes[ia].speaker.clone();
        // the other party
        let other_anchor = anchors.iter().find(|(_, w)| !same_person(w, a)).map(|&(j, _)| quotes[run[j]].speaker.clone());
        let called = || {
            let v = vocative(words, quotes[ia].text_span, true, false)?;
            let name = &text[v.range()];
            // (the fuller name a speaker before had, when the call names them)
            // (the 50 quotations before at most: the work per run stays bounded)
            let known = quotes[..run[0]]
                .iter()
                .rev()
                .take(50)
                .find_map(|o| o.speaker.as_ref().filter(|m| same_person(m.name.unwrap_or(m.mention), name)));
            Some(known.cloned().unwrap_or(Mention { mention: name, span: v, name: Some(name), entity: None }))
        };
        let before = || {
            quotes[..run[0]]
                .iter()
                .rev()
                .take_while(|o| o.span.end + 2000 > quotes[run[0]].span.start)
                .filter(|o| o.depth == 0 && turn(o))
                .find_map(|o| {
                    o.speaker
                        .as_ref()
                        .filter(|m| !same_person(m.name.unwrap_or(m.mention), a) && !is_pronoun(m.name.unwrap_or(m.mention)))
                })
                .cloned()
        };
        // (else the narrator a cued turn is spoken to, `m'a-t-il demandé`,
        // when the narration names them)
        let spoken_to = || {
            let name = &text[narrator?.range()];
            run.iter().filter_map(|&k| quotes[k].cue.as_ref()).find_map(|c| {
                let (at, me) = first_person_cue(c.text)?;
                let len = c.text[at..].find([' ', '-', '\'', '’']).map_or(c.text.len() - at, |e| e + 1);
                let span = Span::new(c.span.start + at, c.span.start + at + len);
                (me && !same_person(name, a)).then(|| Mention { name: Some(name), ..mention(text, span) })
            })
        };
        // (else the other the narration before the exchange names: `Le
        // lieutenant Darcourt arrivait.` `« Vous êtes de Nancy ? lui
        // demanda-t-elle. »`)
        // (a person the sentences of that paragraph name before, the last
        // first: `Rosalie battait son linge. Près d'elle, la mère Pichon, une
        // vieille, tordait des draps.` `« …, fit la vieille. »`, not the one the
        // apposition describes with the cued description's noun)
        let introduced = || {
            let first = &quotes[run[0]];
            let head = a.split([' ', '\'', '’']).next().is_some_and(phrase::is_determiner).then(|| last_word(a));
            let fits = |s: Span| {
                let words = &text[s.range()];
                let after = &text[s.end..floor_boundary(text, (s.end + 80).min(text.len()))];
                let after = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
                let described = head.is_some_and(|h| after.split(|c: char| !c.is_alphabetic()).any(|w| w == h));
                !same_person(words, a) && !is_pronoun(words) && !resolve::is_first_person(words) && !described
            };
            let last = at.narration_before(first.span.start)?;
            let people = at.narration_people(first.span.start);
            let other =
                people.and_then(|p| other_in_exchange(&at.words, p, first.speaker.as_ref().map(|m| m.span))).filter(|&s| fits(s));
            let other = other.or_else(|| {
                let k = at.sentences.index_of(last.start)?;
                (1..=3)
                    .filter_map(|back| at.sentences.get(k.checked_sub(back)?))
                    .take_while(|s| s.end <= last.start && !text[s.end..last.start].contains('\n'))
                    .find_map(|s| {
                        let (p, q) = at.people_of(s)?;
                        [Some(p), q].into_iter().flatten().find(|&w| fits(w) && resolve::names_person(words, w))
                    })
            })?;
            Some(mention(text, other))
        };
        // (a title called, `docteur`, is the one the narration names with it:
        // `le jeune docteur Vallier`)
        let called = || {
            let c = called()?;
            let titled = |i: &Mention<'a>| {
                let from = ceil_boundary(text, i.span.start.saturating_sub(40));
                text[from..i.span.end].split(|c: char| !c.is_alphabetic()).any(|w| w == c.mention)
            };
            if c.mention.starts_with(char::is_lowercase) {
                if let Some(i) = introduced().filter(titled) {
                    return Some(i);
                }
            }
            Some(c)
        };
        // (else the narrator, named, who takes part in the scenes they tell)
        let teller = || narrator_as_other(text, narrator, a);
        let mention_b =
            other_anchor.flatten().or_else(called).or_else(before).or_else(spoken_to).or_else(introduced).or_else(teller);
        let b = mention_b.as_ref().map(|m| m.name.unwrap_or(m.mention));
        // every anchor fits the alternation
        let fits = anchors.iter().all(
            |&(j, w)| {
                if (j + j0) % 2 == 0 { same_person(w, a) } else { b.is_some_and(|b| same_person(w, b)) }
            },
        );
        if !fits {
            continue;
        }
        alternate_run(quotes, &run, j0, (a, &mention_a), (b, &mention_b));
    }
}

/// True when two speakers' names designate one person: equal, or one a
/// whole-word ending of the other (`Vasseur`, `le commissaire Vasseur`).
fn same_person(a: &str, b: &str) -> bool {
    let ends = |long: &str, short: &str| {
        long.len() > short.len()
            && long.get(long.len() - short.len()..).is_some_and(|e| e.eq_ignore_ascii_case(short))
            && long[..long.len() - short.len()].ends_with(' ')
    };
    a.eq_ignore_ascii_case(b) || ends(a, b) || ends(b, a)
}

/// Uncued turns of an exchange between two people, set by the turns whose
/// incise names their speaker: in a run of turns with nothing between them,
/// the speakers alternate, so a turn an odd number of lines from a cued one
/// is the other party's (`— Vous étiez où ?` `— Chez moi.` `— Seul ?` `—
/// Avec ma copine.` `— On a vérifié, répondit Vasseur.`: the first and third
/// lines are Vasseur's, whatever the narration before suggested). Only runs
/// whose cued turns all fit one alternation of two people, the other party
/// being another cued speaker or the one the guesses name.
fn alternate_from_anchors<'a>(text: &'a str, quotes: &mut [Quote<'a>], narrator: Option<Span>) {
    let who = turn_speaker;
    let turns: Vec<usize> = (0..quotes.len()).filter(|&i| quotes[i].depth == 0 && quotes[i].marks == Marks::Dash).collect();
    let mut k = 0;
    while k < turns.len() {
        // the run: turns that follow one another, line after line, nothing between
        let mut e = k + 1;
        while e < turns.len()
            && next_turn(quotes, turns[e - 1], turns[e])
            && follows(text, quotes[turns[e - 1]].span.end, quotes[turns[e]].span.start)
        {
            e += 1;
        }
        let mut run = &turns[k..e];
        k = e;
        // (a first turn with no cue given to a third person, the one the
        // narration before it shows, stays theirs: the two cued speakers
        // alternate after it, `L'aubergiste toisa le chevalier.` `— Monsieur
        // paie d'avance ?` `— Monsieur paie après, dit le valet.` `— Tais-toi,
        // fit le chevalier.`)
        // (the mention read in that narration, between the last quotation and
        // the turn)
        let shown = |i: usize| {
            let from = if i > 0 { quotes[i - 1].span.end } else { 0 };
            quotes[i].speaker.as_ref().is_some_and(|m| m.span.start >= from && m.span.end <= quotes[i].span.start)
        };
        if run.len() >= 3 && quotes[run[0]].cue.is_none() && shown(run[0]) {
            if let Some(w) = who(&quotes[run[0]]) {
                let cued = run_anchors(quotes, &run[1..]);
                if cued.len() >= 2
                    && cued.iter().all(|&(_, c)| !same_person(c, w))
                    && cued.iter().any(|&(_, c)| !same_person(c, cued[0].1))
                {
                    run = &run[1..];
                }
            }
        }
        if run.len() < 3 {
            continue;
        }
        let anchors = run_anchors(quotes, run);
        let Some(&(j0, a)) = anchors.first() else { continue };
        // the other party: another anchor's speaker, else a guessed one
        // (a guessed one only when the cued speaker is named: a description,
        // `le magistrat`, may be the guessed `l'avocat général`)
        let named =
            |w: &str| w.starts_with(char::is_uppercase) && !w.split([' ', '\'', '’']).next().is_some_and(phrase::is_determiner);
        let other = anchors.iter().copied().find(|(_, w)| !same_person(w, a)).or_else(|| {
            run.iter()
                .enumerate()
                .filter(|&(_, &i)| quotes[i].cue.is_none())
                .filter_map(|(j, &i)| Some((j, who(&quotes[i])?)))
                .find(|(_, w)| !same_person(w, a))
                .filter(|_| named(a))
        });
        // (else the narrator, named, who takes part in the scenes they tell:
        // `Clémence sauta de mon lit en demandant :` `— Il dort ?` `— Oui.`)
        let (b, mention_b) = match other {
            Some((jb, b)) => (b, quotes[run[jb]].speaker.clone()),
            None => match narrator_as_other(text, narrator, a) {
                Some(m) => (m.mention, Some(m)),
                None => continue,
            },
        };
        // (with one cued speaker, two people guessed besides: three speak, no
        // alternation holds, `Il se tourna vers son fils.` `— Tu trouves ça drôle ?` `— Un peu.`
        // `— Il a raison, intervint Mathieu.`)
        let guessed: Vec<&str> = run
            .iter()
            .filter(|&&i| quotes[i].cue.is_none())
            .filter_map(|&i| who(&quotes[i]))
            .filter(|w| !same_person(w, a))
            .collect();
        let b_cued = anchors.iter().any(|&(_, w)| same_person(w, b));
        if !b_cued && guessed.iter().any(|w| !same_person(w, b)) {
            continue;
        }
        // every anchor fits the alternation (`a` on the lines of the parity of `j0`)
        let fits = anchors.iter().all(|&(j, w)| {
            let expected = if (j + j0) % 2 == 0 { a } else { b };
            same_person(w, expected)
        });
        if !fits {
            continue;
        }
        let mention_a = quotes[run[j0]].speaker.clone();
        alternate_run(quotes, run, j0, (a, &mention_a), (Some(b), &mention_b));
    }
}

/// The speaker's label before the turn whose dash is at `dash`, when the
/// turn's paragraph opens on it (`SOPHIE. — …`, `Julie Ferrand. — …`).
fn turn_label(text: &str, dash: usize) -> Option<Span> {
    // (a label is short: its line is looked for 120 bytes back at most, and
    // read 400 bytes on, so that the work per turn stays bounded)
    let bytes = text.as_bytes();
    let back = dash.saturating_sub(120);
    let line_start = match memchr::memrchr(b'\n', &bytes[back..dash]) {
        Some(k) => back + k + 1,
        None if back == 0 => 0,
        None => return None,
    };
    let from = next_non_space(text, line_start, dash)?.0;
    let far = floor_boundary(text, (dash + 400).min(text.len()));
    let line_end = memchr::memchr(b'\n', &bytes[dash..far]).map_or(far, |k| dash + k);
    let (d, label_end) = crate::detect::dialogue::label_dash(text, from, line_end)?;
    (d == dash).then(|| Span::new(from, label_end))
}

/// The quotation before `q` whose speaker `q` shares through a second verb of
/// speech coordinated with the first and no subject of its own (`se
/// déclarait «…», mais refusait «…»`), with that verb's span.
fn coordinated_with_previous<'q, 'a>(
    text: &str,
    before: &'q [Quote<'a>],
    q: &Quote<'_>,
    lex: &Lexicon,
) -> Option<(&'q Quote<'a>, Span)> {
    let prev = before.iter().rev().find(|p| p.depth == q.depth)?;
    if prev.speaker.is_none() || prev.span.end > q.span.start || q.marks == Marks::Dash {
        return None;
    }
    let between = &text[prev.span.end..q.span.start];
    let coordinated = between.trim_start_matches(|c: char| is_space(c) || c == ',');
    let at = q.span.start - coordinated.len();
    let (rest, skip) = ["mais ", "et ", "puis "].iter().find_map(|c| coordinated.strip_prefix(c).map(|r| (r, c.len())))?;
    if rest.contains([',', '.', ';', ':', '!', '?']) {
        return None;
    }
    let g = cue::reporting_verb_group(rest, lex)?;
    let tail = rest[g.len..].trim_matches(is_space);
    let object = tail.is_empty() || phrase::is_determiner(tail) || matches!(tail, "de" | "d'" | "d’");
    (!g.negated && g.inverted.is_none() && object).then(|| (prev, Span::new(at + skip, at + skip + g.len)))
}

/// The quotation before `q` whose speaker also judges the thing `q` qualifies,
/// when `q` was read as a term: `et` and a noun phrase of a determiner and one
/// or two words in small letters between them, and words of judgement in the
/// marks (`la fin des «normes absurdes» et un prix «juste»`).
fn judged_with_previous<'q, 'a>(text: &str, before: &'q [Quote<'a>], q: &Quote<'_>, lex: &Lexicon) -> Option<&'q Quote<'a>> {
    if q.depth != 0 {
        return None;
    }
    let prev = before.iter().rev().find(|p| p.depth == 0)?;
    if prev.kind != QuoteKind::Embedded || prev.speaker.is_none() || prev.span.end > q.span.start {
        return None;
    }
    let between = &text[prev.span.end..q.span.start];
    let mut words = between.split(|c: char| is_space(c) || c == '\'' || c == '’').filter(|w| !w.is_empty()).peekable();
    if words.next() != Some("et") {
        return None;
    }
    if parallel_object(text, prev, between) {
        return Some(prev);
    }
    // `a indiqué que X avait procédé à «…» et que des «…» étaient en cours`: a
    // second completive of the same verb, its subject in the marks
    if words.next_if(|w| matches!(*w, "que" | "qu")).is_some() {
        let rest: Vec<&str> = words.collect();
        return (rest.len() == 1 && phrase::is_determiner(rest[0])).then_some(prev);
    }
    if !words.next().is_some_and(phrase::is_determiner) {
        return None;
    }
    let rest: Vec<&str> = words.collect();
    let noun_phrase = (1..=2).contains(&rest.len()) && rest.iter().all(|w| w.chars().all(char::is_lowercase));
    (noun_phrase && crate::detect::kind::judged(&text[q.text_span.range()], between.trim_end_matches(is_space), false, lex))
        .then_some(prev)
}

/// True when `between`, after woven words, is `et`, a second object and the
/// same word as before those words, the verb left out: `traitait la pièce de
/// «…» et son auteur de «…»`, `décrivait X comme «…» et Y comme «…»`.
fn parallel_object(text: &str, prev: &Quote<'_>, between: &str) -> bool {
    let link = |s: &str| {
        let s = s.trim_end_matches(is_space);
        ["de", "d'", "d’", "comme"]
            .into_iter()
            .find(|l| s.strip_suffix(l).is_some_and(|h| h.is_empty() || h.ends_with(|c: char| !c.is_alphanumeric())))
    };
    let Some(rest) = between.trim_matches(is_space).strip_prefix("et ") else { return false };
    let words = rest.split_whitespace().count();
    (2..=5).contains(&words)
        && link(rest).is_some()
        && link(rest) == link(&text[..prev.span.start])
        && !rest.split(|c: char| !c.is_alphabetic()).any(|w| phrase::looks_finite(w) || matches!(w, "que" | "qui"))
}

/// The spans a quotation speaks in, in order: its marks and its parts, the
/// incises between them left out (and a final incise of a turn).
fn spoken<'q>(text: &'q str, q: &'q Quote<'_>) -> impl Iterator<Item = Span> + 'q {
    let n = q.parts.len();
    let whole = (n == 0).then_some(q.span);
    q.parts
        .iter()
        .enumerate()
        .map(move |(k, p)| {
            let start = if k == 0 { q.span.start.min(p.start) } else { p.start };
            // (the closing marks after the last part, but not a final incise)
            // (a few bytes at most: read no further)
            let tail = if k + 1 == n && q.span.end.saturating_sub(p.end) <= 16 { text.get(p.end..q.span.end) } else { None };
            let end = if tail.is_some_and(|t| !t.chars().any(char::is_alphanumeric)) { q.span.end.max(p.end) } else { p.end };
            Span::new(start, end)
        })
        .chain(whole)
}

/// The speaker of the quotation before, when a relative clause on that
/// speaker leads to this one (`…, a expliqué X, qui parle d'une «…»`), the
/// verb after `qui` when it reports, and the relay the cue before named
/// after the words before (`a déclaré X à l'AFP, ajoutant que «…»`).
fn relative_speaker(text: &str, before: &[Quote<'_>], start: usize, lex: &Lexicon) -> Option<(Span, Option<Span>, Option<Span>)> {
    let prev = before.iter().rev().find(|p| p.depth == 0)?;
    let who = prev.speaker.as_ref()?.span;
    if who.end > start || who.end < prev.span.start {
        return None;
    }
    let between = text.get(who.end..start)?;
    // `…, qui parle d'une «…»`, or a present participle of speech: `…, dénonçant une
    // «…»`, or an infinitive after `avant de`: `…, avant d'ajouter : «…»`
    fn clause_of<'s>(rest: &'s str, lex: &Lexicon) -> Option<&'s str> {
        let infinitive = || {
            let after = ["avant d'", "avant d’", "avant de "].iter().find_map(|p| rest.strip_prefix(p))?;
            let verb = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
            lex.lookup(verb).is_some().then_some(after)
        };
        rest.strip_prefix("qui ").or_else(|| speech_participle(rest, lex).map(|_| rest)).or_else(infinitive)
    }
    // (after an apposition to the speaker or a phrase of manner: `…, estime X,
    // président de la fédération, qui évoque…`, `…, a indiqué X sous couvert
    // d'anonymat, ajoutant que…`; a phrase with no clause of its own)
    let skippable = |s: &str| {
        s.len() <= 100
            && !s.contains(['.', '!', '?', ';', ':', '«', '»', '“', '”', '"', '\n', '(', ')'])
            && !s.split(|c: char| !c.is_alphabetic()).any(|w| {
                matches!(
                    w,
                    "que"
                        | "qu"
                        | "et"
                        | "mais"
                        | "tandis"
                        | "alors"
                        | "quand"
                        | "lorsque"
                        | "si"
                        | "car"
                        | "puis"
                        | "qui"
                        | "dont"
                )
            })
    };
    let clause = between
        .match_indices(',')
        .take(4)
        .take_while(|(k, _)| skippable(&between[..*k]))
        .find_map(|(k, _)| clause_of(between[k + 1..].trim_start_matches(is_space), lex))?;
    // one clause, short, with no sentence end nor other quotation
    if clause.len() > 160 || clause.contains(['.', '!', '?', ';', '«', '»', '“', '”', '"', '\n']) {
        return None;
    }
    let verb_at = start - clause.len();
    let cue = cue::reporting_verb_group(&text[verb_at..start], lex).map(|g| Span::new(verb_at, verb_at + g.len)).or_else(|| {
        // (an infinitive: the word itself)
        let len = clause.find(|c: char| !c.is_alphabetic()).unwrap_or(clause.len());
        (len > 0 && lex.lookup(&clause[..len]).is_some()).then(|| Span::new(verb_at, verb_at + len))
    });
    let source = prev.source.as_ref().map(|s| s.span).filter(|s| s.start >= prev.span.end && s.end <= verb_at);
    Some((who, cue, source))
}

/// The speaker of the quotation right before, when only a clause with no
/// subject, a present participle and a colon stand between the two (`Puis, se
/// reprenant : «…»`, `Et, se tournant vers Paul : «…»`); its cue is the
/// participle when it is one of speech.
fn participle_continuation(text: &str, before: &[Quote<'_>], start: usize) -> Option<(Span, Option<Span>)> {
    let prev = before.iter().rev().find(|p| p.depth == 0)?;
    let who = prev.speaker.as_ref()?.span;
    // (after the quotation's own cue and speaker: `«…», murmura le berger. Puis, …`)
    let from = [Some(prev.span.end), Some(who.end), prev.cue.as_ref().map(|c| c.span.end)].into_iter().flatten().max()?;
    let between = text.get(from..start)?;
    let clause = between.trim_matches(is_space).strip_prefix(['.', '!', '?', '…']).unwrap_or(between.trim_matches(is_space));
    let clause = clause.trim_matches(is_space).strip_suffix(':')?.trim_end_matches(is_space);
    if clause.is_empty() || clause.len() > 80 || clause.contains(['.', '!', '?', ';', '\n', '«', '»', '—']) {
        return None;
    }
    let words: Vec<&str> = clause.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    // a participle in -ant, no word with a capital but the first (no name, no
    // subject), no subject pronoun
    // (only connectives and clitics before it: `Puis, se reprenant`, `Et, lui
    // tendant la main`; not `Le jeune homme salua en disant`)
    let participle = words.iter().position(|w| w.len() > 4 && w.ends_with("ant"))?;
    let connective = |w: &&str| {
        phrase::lower_is(
            w,
            &[
                "puis",
                "et",
                "alors",
                "enfin",
                "mais",
                "ensuite",
                "aussitôt",
                "se",
                "s",
                "lui",
                "leur",
                "me",
                "m",
                "te",
                "t",
                "y",
                "en",
            ],
        )
    };
    words[..participle].iter().all(connective).then_some((who, None))
}

/// The length of the verb group when `s` opens on a present participle of
/// speech (`dénonçant`, `évoquant que`), not negated.
fn speech_participle(s: &str, lex: &Lexicon) -> Option<usize> {
    let first = &s[..s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len())];
    if !first.ends_with("ant") {
        return None;
    }
    cue::reporting_verb_group(s, lex).filter(|g| !g.negated).map(|g| g.len)
}

/// The kinds of body that name a company, a club or a group again after its
/// name (see [`Attributor::names_again`]).
const BODY_KINDS: &[&str] = &[
    "groupe",
    "constructeur",
    "entreprise",
    "société",
    "firme",
    "compagnie",
    "enseigne",
    "géant",
    "laboratoire",
    "opérateur",
    "fabricant",
    "distributeur",
    "équipementier",
    "transporteur",
    "assureur",
    "industriel",
    "club",
    "marque",
    "banque",
    "start-up",
    "plateforme",
];

/// Nouns of speech whose complement names the speaker (`l'ordre de la
/// maîtresse :`, `Les mots de X résument…`).
const SPEECH_NOUNS: &[&str] = &[
    "question",
    "questions",
    "paroles",
    "ordre",
    "ordres",
    "cri",
    "cris",
    "réponse",
    "appel",
    "remarque",
    "réflexion",
    "exclamation",
    "conseil",
    "conseils",
    "avertissement",
    "prière",
    "recommandation",
    "menace",
    "mots",
    "propos",
    "message",
    "constat",
    "diagnostic",
    "confidence",
    "confidences",
    "aveu",
    "analyse",
    "verdict",
    "plaidoyer",
    "mot",
    "réplique",
    "commentaire",
    "conclusion",
    "réaction",
    "credo",
    "leitmotiv",
    "promesse",
    "explication",
    "argument",
    "témoignage",
    "expression",
    "formule",
    "termes",
    "réquisitoire",
    "confession",
    // (a writer's: `Ses phrases ont la brutalité d'un constat :`)
    "phrase",
    "phrases",
    "répliques",
    "vers",
];

/// Nouns of words announced before a colon with whose they are (see
/// [`Attributor::announced_words_of`]).
const ANNOUNCED_WORDS: &[&str] = &["paroles", "mots", "mot", "propos", "formule", "phrase", "termes", "cri", "ordre", "réponse"];

/// Feelings a headline names after the words it quotes, with whose they are
/// (`«…» : la colère des pêcheurs`, `l'inquiétude des parents`).
const HEADLINE_FEELINGS: &[&str] = &[
    "colère",
    "inquiétude",
    "indignation",
    "détresse",
    "désarroi",
    "exaspération",
    "amertume",
    "soulagement",
    "fierté",
    "joie",
    "émotion",
    "ras-le-bol",
    "désespoir",
    "lassitude",
];

/// Nouns of what one counts or finds that neither [`SPEECH_NOUNS`] nor
/// [`DOCUMENT_NOUNS`] hold: with those, a possessive before them names the one
/// a preposition cites (`selon ses termes`, `d'après leurs calculs`).
const OWN_FINDINGS: &[&str] = &["dires", "calculs", "constatations", "observations"];

/// The index of the noun of speech a phrase opens on from token `k`, after a
/// determiner (or an elided one) and the adjectives written before the noun
/// (`Son premier cri`, `les dernières paroles`, `L'ordre`), and whether a
/// determiner came first.
fn speech_noun_at(toks: &[Tok<'_>], mut k: usize) -> Option<(usize, bool)> {
    let determiner = toks.get(k).is_some_and(|t| t.is(phrase::class::DETERMINER));
    k += usize::from(determiner);
    let elided = toks.get(k).is_some_and(|t| matches!(t.text, "'" | "’"));
    k += usize::from(elided);
    while toks.get(k).is_some_and(|t| {
        t.word
            && (resolve::is_prenominal(t.text)
                || phrase::lower_is(
                    t.text,
                    &["dernier", "dernière", "derniers", "dernières", "premiers", "premières", "seules", "ultimes"],
                ))
    }) {
        k += 1;
    }
    let first = determiner || elided;
    // (a locution of speech: `le coup de gueule`, `un cri d'alarme`, `la mise en garde`)
    for (noun, tail) in SPEECH_LOCUTIONS {
        if toks.get(k).is_some_and(|t| t.word && phrase::lower_is(t.text, &[noun]))
            && tail.iter().enumerate().all(|(j, w)| toks.get(k + 1 + j).is_some_and(|t| phrase::lower_is(t.text, &[w])))
        {
            return Some((k + tail.len(), first));
        }
    }
    toks.get(k).is_some_and(|t| t.word && phrase::lower_is(t.text, SPEECH_NOUNS)).then_some((k, first))
}

/// The words that close an interview's lead as a label of their own
/// (`…en tête des ventes. Rencontre.`): no person's name.
const INTERVIEW_LABELS: &[&str] = &["Entretien", "Interview", "Rencontre", "Questions-réponses", "Confidences"];

/// The words that open an interview on the one who answers, without their
/// capital (`Entretien avec X`, `Rencontre avec X`, `Interview de X`).
const INTERVIEW_OPENINGS: &[&str] = &["ntretien avec ", "ncontre avec ", "nterview de ", "nterview avec ", "uestions à "];

/// Things and moments a paragraph of narration opens on, which never take
/// the next line of dialogue (`L'audience reprit.`, `La pluie redoubla.`).
const NARRATION_THINGS: &[&str] = &[
    "numéro",
    "message",
    "appel",
    "sms",
    "texto",
    "écran",
    "répondeur",
    "radio",
    "télévision",
    "repas",
    "dîner",
    "audience",
    "séance",
    "réunion",
    "discussion",
    "conversation",
    "soirée",
    "journée",
    "nuit",
    "matinée",
    "pluie",
    "neige",
    "vent",
    "orage",
    "porte",
    "fenêtre",
    "voiture",
    "train",
    "silence",
    "salle",
    "pièce",
    "maison",
    "ville",
    "rue",
    "téléphone",
    "portable",
    "affaire",
    "enquête",
    "situation",
    "ambiance",
    "atmosphère",
    "tension",
    "scène",
    "conférence",
    "débat",
    "entretien",
    "échange",
    "procès",
    "audition",
    "interrogatoire",
    "lumière",
    "horloge",
    "sonnerie",
    "cloche",
    "flamme",
    "feu",
    "bougie",
    "lampe",
    "fumée",
    "odeur",
    "bruit",
    "rire",
    "soleil",
    "lune",
    "ciel",
    "mer",
    "eau",
    "café",
    "thé",
    "tasse",
    "verre",
    "bouteille",
    "moteur",
    "horizon",
    "ombre",
    // (a face, a look, what a hand holds; the house's animals, that say nothing)
    "cicatrice",
    "visage",
    "regard",
    "pipe",
    "cigarette",
    "cendrier",
    "pendule",
    "montre",
    "carnet",
    "stylo",
    "chat",
    "chatte",
    "chien",
    "chienne",
    // (the things and the hours a scene opens on: `Le faisceau de la lampe
    // s'arrêta.`, `La trappe se souleva.`)
    "faisceau",
    "trappe",
    "pierre",
    "dalle",
    "lueur",
    "clochette",
    "sirène",
    "alarme",
    "grille",
    "serrure",
    "verrou",
    "clé",
    "escalier",
    "plancher",
    "parquet",
    "mur",
    "toit",
    "vitre",
    "rideau",
    "volet",
    "couloir",
    "cuisine",
    "chambre",
    "cave",
    "grenier",
    "cellule",
    "cachot",
    "jardin",
    "route",
    "chemin",
    "sentier",
    "barque",
    "bateau",
    "navire",
    "voile",
    "vague",
    "houle",
    "brume",
    "brouillard",
    "nuage",
    "tonnerre",
    "éclair",
    "aube",
    "obscurité",
    "heure",
    "minute",
    "lendemain",
    // (a landscape that passes by: `Les pins défilaient.`)
    "pin",
    "arbre",
    "champ",
    "vigne",
    "colline",
    "rocher",
    "paysage",
    "roue",
    "cheval",
    "froissement",
    "craquement",
    "grincement",
    "claquement",
    "sifflement",
    "sac",
    "valise",
    "carriole",
    "charrette",
    "diligence",
    "calèche",
];

/// Nouns of writings and recordings that speak for whoever wrote them
/// ([`Attributor::writer_of`]).
const WRITING_NOUNS: &[&str] = &[
    "lettre",
    "lettres",
    "courriel",
    "courriels",
    "mail",
    "mails",
    "e-mail",
    "texto",
    "textos",
    "sms",
    "répondeur",
    "communiqué",
    "billet",
    "carte",
    "mot",
    "message",
    "messages",
    "note",
    "testament",
    "télégramme",
    "tweet",
    "post",
    "publication",
    "réponse",
];

/// The words relays through documents need in a cue's clause: ` dans ` (after
/// `cité`), ` par `, and ` procur`, ` consult`, ` obtenu` (a document obtained).
static RELAY_FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 5]> = std::sync::LazyLock::new(|| {
    [" dans ", " par ", " procur", " consult", " obtenu"].map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
});

/// Nouns of words and documents that a participle and `par` say who relayed
/// or wrote (`des propos rapportés par`, `une note publiée par`).
const DOCUMENT_NOUNS: &[&str] = &[
    "propos",
    "déclaration",
    "déclarations",
    "paroles",
    "chiffres",
    "données",
    "statistiques",
    "estimations",
    "prévisions",
    "projections",
    "résultats",
    "document",
    "documents",
    "information",
    "informations",
    "images",
    "extrait",
    "extraits",
    "note",
    "notes",
    "rapport",
    "rapports",
    "étude",
    "études",
    "enquête",
    "sondage",
    "courrier",
    "lettre",
    "message",
    "messages",
    "courriel",
    "communiqué",
    "témoignage",
    "témoignages",
    "enregistrement",
    "enregistrements",
    "compte",
    "comptes",
    "transcription",
    "verbatim",
    "allocution",
    "discours",
    "vidéo",
];

/// A participle that says who relayed, published or gathered words
/// (`rapportés`, `publiée`, `obtenus`, `recueillis`), in any agreement.
fn is_relay_participle(word: &str) -> bool {
    let w = word.strip_suffix('s').unwrap_or(word);
    let w = w.strip_suffix('e').filter(|w| w.ends_with(['é', 'u', 'i', 's'])).unwrap_or(w);
    [
        "rapporté",
        "cité",
        "publié",
        "communiqué",
        "diffusé",
        "consulté",
        "relayé",
        "révélé",
        "dévoilé",
        "recensé",
        "compilé",
        "collecté",
        "réalisé",
        "mené",
        "obtenu",
        "recueilli",
        "transmis",
        "retransmis",
        "traduit",
        "repris",
        "fourni",
        "produit",
        "émis",
        "tenu",
        "prononcé",
        "livré",
        "confié",
        "envoyé",
        "adressé",
        "signé",
        "rédigé",
        "enregistré",
        "filmé",
    ]
    .iter()
    // (the masculine of `transmis` ends in `s` already)
    .any(|p| phrase::lower_is(w, &[p]) || phrase::lower_is(word, &[p]))
}

/// A participle that says a medium had access to a document (`consulté`,
/// `obtenue`, `procurés`, `lu`), in any agreement: its agent relays the
/// document, which speaks (see [`Attributor::document_agent`]).
fn is_access_participle(word: &str) -> bool {
    let w = word.trim_end_matches('s').trim_end_matches('e');
    ["procuré", "consulté", "obtenu", "lu"].contains(&w)
}

/// Locutions of speech, as a noun and the tokens after it (an elided `d'` is
/// two tokens).
const SPEECH_LOCUTIONS: &[(&str, &[&str])] = &[
    ("coup", &["de", "gueule"]),
    ("coup", &["de", "colère"]),
    ("coup", &["de", "semonce"]),
    ("cri", &["d", "'", "alarme"]),
    ("cri", &["d", "’", "alarme"]),
    ("cri", &["du", "cœur"]),
    ("mise", &["en", "garde"]),
    ("mises", &["en", "garde"]),
    ("appel", &["à", "l", "'", "aide"]),
    ("appel", &["à", "l", "’", "aide"]),
];

/// The one whose words a phrase of speech names as its subject, when the
/// phrase is only that: its possessive (`Sa réponse : «…»`, `Son premier cri
/// fut :`, `Leur conclusion :`), or the pronoun object of its verb (`Cette
/// exclamation lui échappa :`). A noun of speech does not speak; its owner does.
fn owner_of_words(words: &Words<'_>, span: Span) -> Option<Span> {
    let toks = words.window(span.start, span.end, 6);
    let first = toks.first()?;
    // (the noun last: `Son premier cri`, `Sa seule réponse`)
    // (or one adjective after it: `Son dernier message public`)
    let noun = speech_noun_at(&toks, 0)?.0;
    let adjective = noun + 2 == toks.len() && toks[noun + 1].word && toks[noun + 1].text.starts_with(char::is_lowercase);
    if !first.is(phrase::class::DETERMINER) || noun + 1 != toks.len() && !adjective {
        return None;
    }
    if resolve::is_possessive(first.text) {
        return Some(Span::new(first.start, first.end));
    }
    // `Cette exclamation lui échappa`: the pronoun then a verb
    match &*words.window(span.end, words.text().len().min(span.end + 40), 2) {
        [pronoun, verb] if phrase::lower_is(pronoun.text, &["lui", "leur"]) && verb.word => {
            Some(Span::new(pronoun.start, pronoun.end))
        }
        _ => None,
    }
}

/// The subject of a clause whose verb is left out (gapping): the quotation
/// follows the one before after a comma, a person's phrase and `de`, and
/// shares its cue (`X a parlé de «…», la maire d'«…»`, `X dénonce un «…», Y
/// une «…»`).
fn gapped_subject(words: &Words<'_>, before: &[Quote<'_>], q: &Quote<'_>, cue: Option<Span>, lex: &Lexicon) -> Option<Span> {
    let text = words.text();
    let prev = before.iter().rev().find(|p| p.depth == 0 && p.span.end <= q.span.start)?;
    let shared = prev.cue.as_ref().is_some_and(|c| Some(c.span) == cue);
    if !shared || q.depth != 0 || q.marks == Marks::Dash {
        return None;
    }
    let between = text[prev.span.end..q.span.start].trim_end_matches(is_space);
    let rest = between.strip_prefix(',')?.trim_start_matches(is_space);
    let np_start = prev.span.end + (between.len() - rest.len());
    // (the complement's preposition or article, left with the verb)
    // (or the completive's `que`: `le maire a dit que «…», le curé que «…»`)
    let np = ["d'", "d’", " de", " du", " des", " un", " une", " le", " la", " les", " que", " qu'", " qu’"]
        .iter()
        .find_map(|p| rest.strip_suffix(p))
        .unwrap_or(rest)
        .trim_end_matches(is_space);
    if np.is_empty() || np.contains([',', '.', ';', ':']) {
        return None;
    }
    let span = Span::new(np_start, np_start + np.len());
    let phrase = phrase::phrase_after(words, span.start, span.end, lex)?;
    (phrase == span && resolve::names_person(words, span)).then_some(span)
}

/// True when a phrase reads as plural: its determiner (`les`, `des`, `ces`…),
/// a coordination, or its last word in `s` or `x`.
fn is_plural_phrase(words: &str) -> bool {
    let first = words.split([' ', '\'', '’']).next().unwrap_or("");
    phrase::lower_is(first, &["les", "des", "ces", "leurs", "ses", "mes", "nos", "vos", "plusieurs", "quelques"])
        || words.contains(" et ")
        || words.ends_with(['s', 'x'])
}

/// True when `inside`, the text after an opening bracket, holds words in
/// marks and their own cue after a comma before the bracket closes (`«On ne
/// laissera pas passer ça», prévient FO)`).
fn bracket_with_cue(inside: &str) -> bool {
    let Some(words) = inside.trim_start_matches(is_space).strip_prefix(['«', '“']) else { return false };
    let Some(close) = words.find(')') else { return false };
    words[..close].rfind(['»', '”']).is_some_and(|k| words[k..close].trim_start_matches(['»', '”']).trim_start().starts_with(','))
}

/// True when `between`, the words from a cue to the marks, opens a clause of
/// time or cause that runs to the marks (`alors que le secteur négocie un`):
/// the clause's own verb governs the words.
fn subordinate_between(between: &str) -> bool {
    const CONJUNCTIONS: &[&str] =
        &[" alors que ", " alors qu'", " alors qu’", " tandis que ", " tandis qu'", " tandis qu’", " pendant que ", " bien que "];
    // (a byte test first: most stretches hold no `q`)
    memchr::memchr(b'q', between.as_bytes()).is_some()
        && CONJUNCTIONS
            .iter()
            .filter_map(|c| between.rfind(c).map(|k| k + c.len()))
            .max()
            .is_some_and(|k| !between[k..].contains(','))
}

/// True for the verb of an impersonal `il` (`Il pleuvait`, `Il y avait`,
/// `Il fallait`): no person speaks after such a sentence.
fn is_impersonal(verb: &Tok<'_>) -> bool {
    phrase::lower_is(
        verb.text,
        &[
            "pleuvait",
            "pleut",
            "plut",
            "neigeait",
            "neige",
            "fallait",
            "faut",
            "fallut",
            "faudra",
            "faudrait",
            "y",
            "tonnait",
            "gelait",
            "semble",
            "semblait",
            "sembla",
            "paraît",
            "paraissait",
            "parut",
            "suffit",
            "suffisait",
            "importe",
            "importait",
            "vaut",
            "valait",
        ],
    )
}

/// The signature that closes a letter's `words` after its last sentence or on
/// its last line, with words of closing before the name (`Votre neveu
/// respectueux, Gaston`, `Ta CLOTILDE.`), or at the end of a letter that opens
/// on its salutation (`Mon cher cousin, … Anselme.`): see
/// [`Attributor::signature`].
fn closing_signature(text: &str, words: Span) -> Option<Span> {
    let body = text[words.range()].trim_end_matches(|c: char| is_space(c) || c == '.');
    let end = words.start + body.len();
    let cut = body.rfind(['\n', '.', '!', '?', '…'])?;
    // (after a statement or a line, not a question's or an exclamation's end:
    // `Viens ici ! Paul !`; and a letter's worth of words before)
    if cut < 60 || body[cut..].starts_with(['!', '?']) {
        return None;
    }
    // (past the mark that reopens the paragraph of a letter quoted over several)
    let after = cut + body[cut..].chars().next().map_or(1, char::len_utf8);
    let tail = body[after..].trim_start_matches(|c: char| is_space(c) || matches!(c, '«' | '»' | '"' | '“'));
    let words_of: Vec<&str> = tail.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
    if words_of.is_empty() || words_of.len() > 5 {
        return None;
    }
    let closing = |w: &str| {
        matches!(
            &*lower(w),
            "ton"
                | "ta"
                | "votre"
                | "fidèle"
                | "dévoué"
                | "dévouée"
                | "affectionné"
                | "affectionnée"
                | "ami"
                | "amie"
                | "frère"
                | "sœur"
                | "fils"
                | "fille"
                | "neveu"
                | "nièce"
                | "cousin"
                | "cousine"
                | "serviteur"
                | "servante"
                | "humble"
                | "petit"
                | "petite"
                | "vieux"
                | "vieille"
                | "époux"
                | "épouse"
                | "mari"
                | "femme"
                | "respectueux"
                | "respectueuse"
                | "tendre"
                | "pauvre"
                | "reconnaissant"
                | "reconnaissante"
                | "obéissant"
                | "obéissante"
                | "tout"
                | "toute"
                | "à"
                | "toi"
                | "vous"
                | "vieil"
                | "cher"
                | "chère"
                | "bon"
                | "bonne"
        )
    };
    let first_name = words_of.iter().position(|w| w.starts_with(char::is_uppercase) && !closing(w))?;
    let named = words_of[first_name..]
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-') && phrase::starts_name(w));
    if !named || !words_of[..first_name].iter().all(|w| closing(w)) {
        return None;
    }
    // (a signature: on a line of its own, after words of closing, or closing a
    // letter that opens on its salutation; not a last word, `Point.`, nor a
    // name after an honorific's period, `son confrère M. Bonnet.`)
    let own_line = body[..after].ends_with('\n');
    let salutation =
        ["Mon cher", "Ma chère", "Cher ", "Chère ", "Monsieur,", "Madame,", "Mademoiselle,", "Mes chers", "Mes chères"]
            .iter()
            .any(|p| body.starts_with(p));
    let honorific = body[..cut].rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(phrase::is_abbreviation);
    if honorific || !(own_line || first_name > 0 || salutation) {
        return None;
    }
    let name = words_of[first_name];
    let start = end - tail.len() + tail.find(name)?;
    Some(Span::new(start, end))
}

/// True for a phrase of time with no person in it (`Toutes les nuits`, `Ce
/// soir-là`, `Chaque matin`): a complement, never a speaker.
fn is_time_phrase(words: &str) -> bool {
    let mut w = words.split([' ', '\'', '’']).filter(|w| !w.is_empty()).map(lower);
    let head = w.find(|w| !phrase::is_determiner(w) && !matches!(&**w, "tous" | "toutes" | "chaque"));
    head.is_some_and(|h| {
        let h = h.trim_end_matches("-là");
        phrase::is_time_noun(h) || h.strip_suffix('s').is_some_and(phrase::is_time_noun)
    }) && w.next().is_none()
}

/// True for a phrase of manner, not a subject, before a colon: a
/// prepositional phrase (`d'une voix brisée :`, `avec un sourire :`) or an
/// absolute phrase of the body (`les larmes aux yeux :`, `la main sur le cœur :`).
fn is_manner(words: &str) -> bool {
    let mut it = words.split([' ', '\'', '’']).filter(|w| !w.is_empty()).map(lower);
    let Some(first) = it.next() else { return false };
    let second = it.next();
    // (but a voice with its owner speaks for them: `La voix de Théo :`)
    let owned_voice = second.as_deref() == Some("voix") && it.clone().next().is_some_and(|w| matches!(&*w, "de" | "du" | "d"));
    let body = matches!(&*first, "la" | "le" | "les" | "l" | "sa" | "son" | "ses")
        && second.as_ref().is_some_and(|n| resolve::is_bodily(n))
        && !owned_voice;
    // (`un brin amer`, `un peu gêné`, `une pointe d'ironie dans la voix`)
    let degree = matches!(&*first, "un" | "une")
        && second.as_ref().is_some_and(|n| matches!(&**n, "brin" | "peu" | "rien" | "pointe" | "sourire" | "instant"));
    // (a time, `une minute plus tard`, `le lendemain`, `deux jours après`)
    let time = second.as_ref().is_some_and(|n| phrase::is_time_noun(n))
        && (matches!(&*first, "le" | "la")
            || words.ends_with(" tard")
            || words.ends_with(" après")
            || words.ends_with(" plus tôt"));
    body || degree
        || time
        || matches!(&*first, "d" | "de" | "avec" | "sans" | "en" | "dans" | "sur" | "par" | "plus" | "tout" | "non")
}

/// True for the label of a headline before a colon that names an event, a
/// rubric or a genre, not a speaker: `Tour de France : «…»`, `Incendie à
/// Marseille : «…»`, `Témoignage : «…»`, `Santé : «…»`. Its head noun is one
/// of [`HEADLINE_LABELS`], or, without an article, it names a place after `à`
/// (`Agression à Nantes`).
fn is_headline_label(label: &str) -> bool {
    let mut words = label.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    let article = phrase::is_determiner(first);
    let head = if article { words.next() } else { Some(first) };
    // (or a town whose name holds words in small letters: `Saint-Amand-les-Eaux`,
    // `Boulogne-sur-Mer`; a person's hyphenated name has none)
    let town = !article
        && !label.contains(' ')
        && label.split('-').skip(1).any(|w| matches!(w, "sur" | "les" | "lès" | "en" | "de" | "la" | "le" | "du" | "aux" | "au"));
    // (not a person's apposition, `Mathilde, 29 ans, infirmière à Bellême`,
    // `Jean Roux, mareyeur à Lorient`: a comma before the place)
    let apposed = label.split_once(" à ").is_some_and(|(head, _)| head.contains(','));
    let place = town || !article && !apposed && label.split_once(" à ").is_some_and(|(_, p)| p.starts_with(char::is_uppercase));
    // (or, with no article, a noun of an action or a service and its
    // complement: `Fermeture de l'usine Valdor`, `Urgences de Guéret`; not a
    // body, `Fédération des chasseurs`)
    let topic = || {
        let h = lower(first);
        // (after the word itself, wherever it stands in the label: punctuation
        // may open it)
        let after = first.as_ptr() as usize - label.as_ptr() as usize + first.len();
        let complement =
            label[after..].trim_start().split([' ', '\'', '’']).next().is_some_and(|w| matches!(w, "de" | "du" | "des" | "d"));
        complement
            && ["ture", "tion", "sion", "ment", "ments", "age", "ages", "ences", "ances"].iter().any(|e| h.ends_with(e))
            && !BODY_NOUNS.contains(&&*h)
    };
    place || head.is_some_and(|h| HEADLINE_LABELS.contains(&&*lower(h))) || !article && topic()
}

/// Nouns of bodies that end as nouns of actions do (see [`is_headline_label`]).
const BODY_NOUNS: &[&str] = &[
    "direction",
    "administration",
    "association",
    "fédération",
    "confédération",
    "organisation",
    "commission",
    "opposition",
    "gouvernement",
    "parlement",
    "préfecture",
    "coordination",
    "délégation",
    "rédaction",
    "présidence",
    "magistrature",
    "otage",
    "otages",
];

/// Head nouns of headline labels: events, rubrics and genres (see [`is_headline_label`]).
const HEADLINE_LABELS: &[&str] = &[
    // events
    "incendie",
    "accident",
    "agression",
    "drame",
    "procès",
    "affaire",
    "grève",
    "crise",
    "élection",
    "élections",
    "municipales",
    "législatives",
    "présidentielle",
    "européennes",
    "régionales",
    "sénatoriales",
    "réforme",
    "budget",
    "guerre",
    "séisme",
    "tempête",
    "inondations",
    "attentat",
    "meurtre",
    "fusillade",
    "naufrage",
    "tour",
    "coupe",
    "mondial",
    "championnat",
    "euro",
    "festival",
    "fête",
    "foire",
    "attaque",
    "grêle",
    "orage",
    "orages",
    "crue",
    "crues",
    "neige",
    "gel",
    "tornade",
    "éboulement",
    "collision",
    "explosion",
    "cambriolage",
    "braquage",
    "rixe",
    "hommage",
    "inauguration",
    "concert",
    "exposition",
    "braderie",
    "commémoration",
    "obsèques",
    "disparition",
    "vendanges",
    "moisson",
    "pollution",
    "chantier",
    "travaux",
    "manifestation",
    "violences",
    "salon",
    "match",
    "finale",
    "jeux",
    "marathon",
    "rallye",
    "sondage",
    "canicule",
    "sécheresse",
    "pandémie",
    "rentrée",
    // rubrics and genres
    "témoignage",
    "témoignages",
    "entretien",
    "interview",
    "portrait",
    "reportage",
    "récit",
    "enquête",
    "tribune",
    "chronique",
    "éditorial",
    "vidéo",
    "document",
    "exclusif",
    "politique",
    "économie",
    "société",
    "sport",
    "culture",
    "santé",
    "justice",
    "éducation",
    "environnement",
    "météo",
    "football",
    "rugby",
    "handball",
    "basket",
    "tennis",
    "cyclisme",
    "faits",
];

/// `s` past a time that opens it as the stamp of a message (`21 h 04, `,
/// `21h04 `, `21:04 `): the hours, `h` or `:`, the minutes, a comma or a space.
fn skip_timestamp(s: &str) -> &str {
    let digits = |r: &str| r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let h = digits(s);
    if !(1..=2).contains(&h) {
        return s;
    }
    let rest = s[h..].trim_start_matches(is_space);
    let Some(rest) = rest.strip_prefix('h').or_else(|| rest.strip_prefix(':')) else { return s };
    let rest = rest.trim_start_matches(is_space);
    let m = digits(rest);
    if m != 2 {
        return s;
    }
    let after = &rest[m..];
    let trimmed = after.strip_prefix(',').unwrap_or(after).trim_start_matches(is_space);
    // (a name next, not a figure: `21 h 04 le train…` is no stamp of a sender)
    if trimmed.len() < after.len() && trimmed.starts_with(char::is_uppercase) { trimmed } else { s }
}

/// The person a line of dialogue calls by name (a vocative): at its start
/// (`Monsieur Vanneste, avez-vous…`, `Marcel, viens !`), set off by commas
/// (`Dis donc, Marcel, vends-tu…`) or at its end (`…, Hortense ?`). A name
/// alone must be a known first name; after `monsieur`, `madame` any name.
/// `exclaimed`: any name closing one of its sentences that exclaims or asks
/// too (`Pas toi, Atlas ! Fonce !`).
fn vocative(words: &Words<'_>, speech: Span, titles: bool, exclaimed: bool) -> Option<Span> {
    let toks = words.window(speech.start, speech.end, 60);
    // (or a rank before the name: `Lieutenant Olivieri ?`, `commissaire Brachet`)
    let is_title = |w: &str| {
        let w = lower(w);
        matches!(&*w, "monsieur" | "madame" | "mademoiselle" | "m" | "mme" | "mlle" | "maître" | "mon" | "ma")
            || RANKS.contains(&&*w)
    };
    // a name from token `k`: (title)? Capitalised+; its span and where it ends
    let name_at = |k: usize, any: bool| -> Option<(Span, usize)> {
        let mut j = k;
        let titled = toks.get(j).is_some_and(|t| t.word && is_title(t.text));
        if titled {
            j += 1;
            if toks.get(j).is_some_and(|t| t.text == ".") {
                j += 1;
            }
        }
        let first = j;
        while toks.get(j).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase) && phrase::starts_name(t.text)) {
            j += 1;
        }
        // (not a place answered: `— Du Morvan, madame.`; nor an article, `Une
        // Goldberg ! Un Saint-Aulaire !`)
        if j == first
            || j - first > 3
            || toks[first].is(phrase::class::DETERMINER)
            || resolve::is_oath(toks[first].text)
            || matches!(toks[first].text, "Du" | "De" | "Des" | "D")
        {
            return None;
        }
        // a full name, a name after a title, or a known first name alone
        let known = any || titled || j - first >= 2 || resolve::is_first_name(toks[first].text);
        if !known {
            return None;
        }
        Some((Span::new(toks[k].start, toks[j - 1].end), j))
    };
    // a title of address and the noun it names: `monsieur le comte`, `madame
    // la marquise` (the mention from the article: `le comte`), `mon capitaine`,
    // `ma tante`, `mon cher oncle` (the noun), `Capitaine` alone
    let title_at = |k: usize| -> Option<(Span, usize)> {
        let t = toks.get(k).filter(|t| t.word)?;
        let w = lower(t.text);
        match &*w {
            "monsieur" | "madame" | "mademoiselle" => {
                let art = toks.get(k + 1).filter(|a| matches!(&*lower(a.text), "le" | "la" | "l"))?;
                let mut j = k + 2;
                if toks.get(j).is_some_and(|t| t.text == "'" || t.text == "’") {
                    j += 1;
                }
                let noun = toks.get(j).filter(|n| n.word && n.text.starts_with(char::is_lowercase))?;
                Some((Span::new(art.start, noun.end), j + 1))
            }
            "mon" | "ma" => {
                let mut j = k + 1;
                if toks
                    .get(j)
                    .is_some_and(|a| matches!(a.text, "cher" | "chère" | "bon" | "bonne" | "pauvre" | "petit" | "petite"))
                {
                    j += 1;
                }
                let noun = toks.get(j).filter(|n| n.word && is_address_noun(n.text))?;
                Some((Span::new(noun.start, noun.end), j + 1))
            }
            // (in small letters after a comma: `Alors, docteur ?`)
            _ if (t.text.starts_with(char::is_uppercase) || k > 0 && toks[k - 1].text == ",") && is_rank(&w) => {
                Some((Span::new(t.start, t.end), k + 1))
            }
            _ => None,
        }
    };
    // (`Ô Julien`, `mon cher Julien`, `Voyons Julien`: the name after the
    // exclamation, the endearment or the imperative said as an interjection)
    let name_or_title_at = |k: usize| -> Option<(Span, usize)> {
        let skip = match toks.get(k).map(|t| t.text) {
            Some("Ô" | "ô" | "O") => 1,
            Some(w) if phrase::lower_is(w, INTERJECTIVE_IMPERATIVES) && toks.get(k + 1).is_some_and(|t| t.word) => 1,
            Some("mon" | "ma" | "Mon" | "Ma")
                if toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.text,
                        "cher"
                            | "chère"
                            | "pauvre"
                            | "petit"
                            | "petite"
                            | "bon"
                            | "bonne"
                            | "vieux"
                            | "vieille"
                            | "brave"
                            | "beau"
                            | "belle"
                    )
                }) =>
            {
                2
            }
            _ => 0,
        };
        // (a capitalised word after an endearment is a name, known or not: `Mon
        // pauvre Tonin`)
        name_at(k + skip, skip == 2).or_else(|| if titles { title_at(k) } else { None })
    };
    // at the start, before a comma, `!` or `?`
    // (not a subject set out before a past `c'était`: `Alain, c'était le pilier
    // de la rue`; `Docteur, c'est pour mon mari` calls)
    let dislocated = |j: usize| {
        let past = |t: &phrase::Tok<'_>| matches!(t.text, "était" | "étaient" | "fut" | "furent");
        toks.get(j + 1).is_some_and(|t| phrase::lower_is(t.text, &["c", "ce", "ça", "cela"]))
            && (toks.get(j + 2).is_some_and(past)
                || toks.get(j + 2).is_some_and(|t| matches!(t.text, "'" | "’")) && toks.get(j + 3).is_some_and(past))
    };
    // (nor a name asked back before the answer about them, `Kevin ? Il est
    // arrivé après.`, `Camille ? Oui, …`: a sentence after it that states,
    // opening on the third person, or an answer none of whose words is of the
    // first or second; `Maman ? Je peux sortir ?`, `Claire ? C'est Rémi.` call)
    let echoed = |j: usize| {
        // (a name alone asked back about someone the line before spoke of: `…
        // d'un certain Anthony ?` `— Anthony Lecomte ?`)
        if toks[j].text == "?" && toks[j + 1..].iter().all(|t| !t.word) {
            let first = toks.iter().find(|t| t.word && t.text.starts_with(char::is_uppercase) && !is_title(t.text));
            let text = words.text();
            let from = ceil_boundary(text, speech.start.saturating_sub(300));
            let spoken_of = first.is_some_and(|f| {
                text[from..speech.start].rmatch_indices(f.text).next().is_some_and(|(k, _)| {
                    // (in the middle of a sentence, after a word in small letters)
                    let before = text[from..from + k].trim_end_matches(is_space);
                    before.ends_with(|c: char| c.is_lowercase())
                })
            });
            if spoken_of {
                return true;
            }
        }
        // (the sentence after it)
        let rest = &toks[j + 1..];
        let end = rest.iter().position(|t| matches!(t.text, "." | "!" | "?" | "…")).unwrap_or(rest.len());
        let next = &rest[..end];
        // (a third person that opens it is enough, stating or asking about
        // them: `Nathalie ? Elle ne m'a rien dit.`, `Nathalie ? Elle est venue ?`)
        let third = next.first().is_some_and(|t| phrase::lower_is(t.text, &["il", "elle", "ils", "elles", "lui"]));
        toks[j].text == "?"
            && (third || next.first().is_some_and(|t| phrase::lower_is(t.text, &["oui", "non", "si"])))
            && (third || rest.get(end).is_none_or(|t| t.text == "."))
            && (third
                || !next.iter().any(|t| {
                    t.word
                        && phrase::lower_is(
                            t.text,
                            &[
                                "je", "j", "me", "m", "moi", "nous", "tu", "te", "t", "toi", "ton", "ta", "tes", "vous", "votre",
                                "vos", "mon", "ma", "mes", "notre", "nos",
                            ],
                        )
                }))
    };
    if let Some((span, j)) = name_or_title_at(0) {
        if toks.get(j).is_some_and(|t| matches!(t.text, "," | "!" | "?")) && !(toks[j].text == "," && dislocated(j)) && !echoed(j)
        {
            return Some(span);
        }
    }
    // (a word the lists do not know, opening the line before a comma, calls
    // when the sentence speaks to someone and the text before names that word
    // in the middle of a sentence or coordinated, within its last 2 kB:
    // `Morgance et Gaudry attendaient.` `— Gaudry, fais sonner le rappel.`)
    if let [name, comma, next, ..] = &*toks {
        let text = words.text();
        let to_you = || {
            let end = toks.iter().position(|t| matches!(t.text, "." | "!" | "?" | "…")).unwrap_or(toks.len());
            next.text.ends_with("ez")
                || phrase::lower_is(next.text, IMPERATIVES)
                || toks[2..end].iter().any(|t| {
                    t.word && phrase::lower_is(t.text, &["tu", "te", "t", "toi", "ton", "ta", "tes", "vous", "votre", "vos"])
                })
        };
        let named_before = || {
            let from = ceil_boundary(text, speech.start.saturating_sub(2000));
            memchr::memmem::find_iter(&text.as_bytes()[from..speech.start], name.text.as_bytes()).any(|k| {
                let at = from + k;
                // (a whole word, in the middle of a sentence)
                let before = text[from..at].trim_end_matches(is_space);
                let after = &text[at + name.text.len()..];
                !after.starts_with(crate::text::is_word_char)
                    && !text[..at].ends_with(crate::text::is_word_char)
                    && (before.ends_with(|c: char| c.is_lowercase() || c == ',') || after.starts_with(" et "))
            })
        };
        if name.word
            && name.text.starts_with(char::is_uppercase)
            && phrase::starts_name(name.text)
            && !name.is(phrase::class::DETERMINER | phrase::class::PRONOUN)
            && comma.text == ","
            && next.word
            && !dislocated(1)
            && to_you()
            && named_before()
        {
            return Some(Span::new(name.start, name.end));
        }
    }
    // (a question: a word the lists do not know may be called in it)
    let asks = words.text()[speech.range()].trim_end().ends_with('?');
    // set off by commas, or closing the line
    for k in 1..toks.len() {
        if toks[k - 1].text != "," {
            continue;
        }
        // (`C'est moi, Bastien`, `Moi, Bastien`: the speaker names themselves,
        // see `self_named`; not `chez moi, Ernest`)
        if k >= 2
            && phrase::lower_is(toks[k - 2].text, &["moi", "nous"])
            && (k == 2 || matches!(toks[k - 3].text, "est" | "." | "!" | "?" | "…"))
        {
            continue;
        }
        // (nor a name in apposition to a relative named first: `Ma copine,
        // Jessica.`, `Son frère, Paul, était là.`)
        let opens = |i: usize| i == 0 || matches!(toks[i - 1].text, "." | "!" | "?" | "…");
        if k >= 3
            && opens(k - 3)
            && phrase::lower_is(
                toks[k - 3].text,
                &["ma", "mon", "mes", "sa", "son", "ses", "ta", "ton", "tes", "notre", "votre", "leur"],
            )
            && toks[k - 2].word
            && toks[k - 2].text.starts_with(char::is_lowercase)
            && !matches!(toks[k - 2].text, "cher" | "chère" | "chéri" | "chérie" | "ami" | "amie" | "petit" | "petite")
        {
            continue;
        }
        if let Some((span, j)) = name_or_title_at(k) {
            let closes = toks.get(j).is_none_or(|t| matches!(t.text, "," | "!" | "?" | "." | "…"));
            if closes {
                return Some(span);
            }
        }
        // (a single capitalised word the lists do not know, set off by commas
        // inside a question: `Et toi, Nico, le livre ?`)
        if asks && toks.get(k + 1).is_some_and(|t| t.text == ",") {
            if let Some((span, _)) = name_at(k, true).filter(|&(_, j)| j == k + 1) {
                return Some(span);
            }
        }
        // (any name closing the line: `je vous tiens, Lupin !`, `Bonjour, Morel.`;
        // or, `exclaimed`, a sentence of it that exclaims or asks: `Pas les
        // probabilités, Atlas ! Fonce !`)
        if let Some((span, j)) = name_at(k, true) {
            let last = exclaimed && toks.get(j).is_some_and(|t| matches!(t.text, "!" | "?"))
                || toks.get(j).is_some_and(|t| matches!(t.text, "!" | "?" | "." | "…")) && toks[j..].iter().all(|t| !t.word);
            // (or one closing a sentence spoken to someone, `vous` or `tu` in it:
            // `Vous attendez Ricard, Keller. C'est un ordre.`; not a name in
            // apposition, `J'ai vu son frère, Paul.`)
            let addressed = || {
                let from = toks[..k].iter().rposition(|t| matches!(t.text, "." | "!" | "?" | "…")).map_or(0, |p| p + 1);
                toks.get(j).is_some_and(|t| matches!(t.text, "." | "!" | "?"))
                    && toks[from..k].iter().any(|t| {
                        t.word && phrase::lower_is(t.text, &["vous", "tu", "te", "t", "toi", "votre", "vos", "ton", "ta", "tes"])
                    })
            };
            if last || addressed() {
                return Some(span);
            }
        }
    }
    None
}

/// The two people an exchange names, `(A, B)` in `un échange entre A et B`,
/// `le dialogue entre A et B` (the phrase `who`, a noun of exchange): A
/// speaks first, B answers.
fn exchange_between(words: &Words<'_>, who: Span, end: usize, lex: &Lexicon) -> Option<(Span, Span)> {
    let text = words.text();
    let toks = words.window(who.start, end, 24);
    // (the noun among the first three words, `entre` right after it)
    let noun = toks.iter().take(3).position(|t| {
        t.word
            && phrase::lower_is(
                t.text,
                &["échange", "échanges", "dialogue", "conversation", "discussion", "altercation", "joute", "duel"],
            )
    })?;
    if toks.get(noun + 1).is_none_or(|t| t.text != "entre") {
        return None;
    }
    let rest = &toks[noun + 2..];
    let et = rest.iter().position(|t| t.text == "et")?;
    let first = phrase_after(words, rest.first()?.start, rest[et].start, lex)?;
    let second = phrase_after(words, rest.get(et + 1)?.start, end, lex)?;
    (resolve::names_person(words, first)
        && resolve::names_person(words, second)
        && text[first.end..rest[et].start].trim().is_empty())
    .then_some((first, second))
}

/// Common imperatives of the second person singular, which speak to the one
/// a line calls before them (`Gaudry, fais sonner le rappel.`).
const IMPERATIVES: &[&str] = &[
    "fais",
    "va",
    "viens",
    "dis",
    "prends",
    "regarde",
    "écoute",
    "attends",
    "laisse",
    "sors",
    "entre",
    "donne",
    "apporte",
    "cours",
    "reste",
    "arrête",
    "tais",
    "montre",
    "lis",
    "pars",
    "rentre",
    "ferme",
    "ouvre",
    "appelle",
    "monte",
    "descends",
    "approche",
    "assieds",
    "avance",
    "recule",
    "cache",
    "lâche",
    "range",
    "suis",
    "garde",
    "préviens",
];

/// Imperatives said as interjections before a name (`Voyons Julien, …`).
const INTERJECTIVE_IMPERATIVES: &[&str] = &["voyons", "allons", "tiens", "tenez", "écoute", "écoutez", "allez", "dis", "dites"];

/// The other person of an exchange whose first turn `speaker` speaks, among
/// the two `people` the narration before it names: the turn's own speaker is
/// named, the other is whoever else the narration named (a pronoun incise,
/// `dit-elle`, takes up the narration's subject; `le gamin` is `Un gamin
/// déguenillé`).
fn other_in_exchange(words: &Words<'_>, people: (Span, Option<Span>), speaker: Option<Span>) -> Option<Span> {
    let text = words.text();
    let (first, other) = people;
    let who = speaker.map(|w| &text[w.range()]);
    // (a pronoun of the third person is the subject, unless the subject is the
    // narrator or a name of the other gender: `Claire entre, et Morel lève les
    // yeux.` `— Tu es en retard, dit-il.`)
    let pronoun_is_first = |pronoun: &str| {
        let subject = &text[first.range()];
        if resolve::is_first_person(subject) {
            return false;
        }
        let feminine = phrase::lower_is(pronoun, &["elle", "elles"]);
        // (by a name's own gender, or by a description's article: `Le jeune
        // homme salua.` `— …, lui dit-elle.`)
        let mismatch = |s: Span| resolve::shown_feminine(&text[s.range()]).is_some_and(|f| f != feminine);
        !(mismatch(first) && other.is_some_and(|o| !mismatch(o)))
    };
    let same = who.is_some_and(|w| phrase::is_third_person(w) && pronoun_is_first(w))
            // (either way: `Le vieux Joachim` for `Joachim`)
            || speaker.is_some_and(|w| calls(words, w, first) || calls(words, first, w) || w.contains(first));
    if same { other } else { Some(first) }
}

/// Nouns of letters and notes, whose complement in `de` names the writer.
const LETTERS: &[&str] = &[
    "lettre",
    "billet",
    "mot",
    "message",
    "télégramme",
    "dépêche",
    "missive",
    "pli",
    "carte",
    "courrier",
    "lettres",
    "billets",
    "texto",
    "sms",
    "mail",
    "e-mail",
    "courriel",
    "messages",
    "textos",
    "post-it",
    "testament",
    "discours",
    "supplique",
    "épître",
    "feuille",
    "feuillet",
    "papier",
    "note",
    "affiche",
    "pancarte",
    "panneau",
    "écriteau",
    "inscription",
];

/// Verbs of the lexicon that report only as an incise (`céda-t-il`): in a
/// clause of their own they take no words (`cédait «à la pression»`).
const INCISE_ONLY_VERBS: &[&str] = &[
    "céder",
    "capituler",
    "persister",
    "s'obstiner",
    "s'entêter",
    "se radoucir",
    "s'enhardir",
    "toussoter",
    "renifler",
    "décider",
    "ruminer",
    "méditer",
];

/// Verbs of the lexicon that tell a manner of speaking more than speech
/// itself (a gerund of them is no cue, `en riant :`; woven after `avait`, they
/// describe: `avait «pleuré comme un veau»`).
const MANNER_VERBS: &[&str] = &["rire", "sourire", "rougir", "hésiter", "pleurer", "trembler", "sangloter", "ricaner", "haleter"];

/// Nouns of the bodies where an impersonal `on` speaks (`explique-t-on au
/// ministère`).
const ON_SEATS: &[&str] = &[
    "ministère",
    "gouvernement",
    "parquet",
    "siège",
    "cabinet",
    "secrétariat",
    "conseil",
    "palais",
    "quai",
    "mairie",
    "préfecture",
    "rectorat",
];

/// Ranks by which a line addresses someone, with `mon` or alone with a capital
/// (`mon capitaine`, `Capitaine, la voile !`).
const RANKS: &[&str] = &[
    "capitaine",
    "lieutenant",
    "colonel",
    "général",
    "commandant",
    "sergent",
    "caporal",
    "commissaire",
    "inspecteur",
    "docteur",
    "patron",
    "chef",
];

/// True for a rank or a title of nobility a line may call someone by alone
/// ([`RANKS`], [`resolve::NOBLE_TITLES`]: `Alors, docteur ?`, `Allons, comte, …`).
fn is_rank(w: &str) -> bool {
    RANKS.contains(&w) || resolve::NOBLE_TITLES.contains(&w)
}

/// Other nouns of address and kinship, after `mon` or `ma` only (`ma tante`,
/// `mon oncle`); not `mon ami`, `mon père`, `ma fille`, said to anyone (or to a
/// priest), nor `Père,` alone.
const ADDRESS_NOUNS: &[&str] = &["maître", "seigneur", "prince", "princesse", "oncle", "tante", "parrain", "marraine"];

/// True for a noun by which `mon` or `ma` addresses someone ([`RANKS`], [`ADDRESS_NOUNS`]).
fn is_address_noun(w: &str) -> bool {
    is_rank(w) || ADDRESS_NOUNS.contains(&w)
}

/// True when a vocative `v` calls the person of the phrase `who`: the same
/// words, or the same noun without its article (`mon capitaine` and `Le
/// capitaine`, `le comte` and `le comte de Valmorel`).
fn calls(words: &Words<'_>, v: Span, who: Span) -> bool {
    let text = words.text();
    if same_words(text, v, Some(who)) {
        return true;
    }
    let lowered = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
    };
    let (vw, ww) = (lowered(&text[v.range()]), lowered(&text[who.range()]));
    // (a possessive too: `le père` is `Son père` of the narration)
    let article = |w: &String| {
        matches!(
            w.as_str(),
            "le" | "la" | "l" | "les" | "un" | "une" | "mon" | "ma" | "son" | "sa" | "ses" | "leur" | "ton" | "ta"
        )
    };
    let vn: Vec<&String> = vw.iter().filter(|w| !article(w)).collect();
    let wn: Vec<&String> = ww.iter().filter(|w| !article(w)).collect();
    // (or a title written right before the name: `docteur` calls `Lemoine` of
    // `Le docteur Lemoine`)
    let titled = || {
        let title = last_word(text[..who.start].trim_end_matches(is_space));
        vn.len() == 1 && !title.is_empty() && title.to_lowercase() == *vn[0]
    };
    // (or the name after a title or a kin written in small letters: `Thérèse`
    // calls `la mère Thérèse`, `Anselme` calls `maître Anselme`)
    let after_title = || {
        let original: Vec<&str> = text[who.range()].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
        let k = original.len().checked_sub(vn.len())?;
        Some(k > 0 && wn.ends_with(&vn) && original[..k].iter().all(|w| w.starts_with(char::is_lowercase)))
    };
    // (or a given name called, the surname of the phrase, the text naming the
    // person in full somewhere: `Ernest` and `Chabrand` of `Ernest Chabrand`)
    let full_name = || {
        let (v, w) = (&text[v.range()], last_word(&text[who.range()]));
        let single = |x: &str| !x.is_empty() && x.starts_with(char::is_uppercase) && !x.contains(' ');
        single(v) && single(w) && v != w && words.written_before(v, w)
    };
    !vn.is_empty() && (vn.len() <= wn.len() && wn[..vn.len()] == vn[..] || titled() || after_title() == Some(true) || full_name())
}

/// The name after `Je soussigné` (`Nous soussignés`) that opens `speech`: the
/// one who signs the statement (`Je soussignée Marthe Roy, demeurant…`).
fn signatory(words: &Words<'_>, speech: Span) -> Option<Span> {
    let text = words.text();
    let body = text[speech.range()].trim_start_matches(|c: char| is_space(c) || matches!(c, '«' | '“' | '"'));
    let rest = ["Je soussigné", "Nous soussigné", "je soussigné"].iter().find_map(|p| body.strip_prefix(p))?;
    // (its agreement, `-e`, `-s`, `-es`)
    let rest = rest.trim_start_matches(['e', 's']);
    let at = speech.end - rest.len();
    let toks = words.window(at, speech.end, 8);
    let run = toks.iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase) && phrase::starts_name(t.text));
    let last = run.last()?;
    Some(Span::new(toks[0].start, last.end))
}

/// The name alone that makes a turn, `— Marchetti.`, when the narration just
/// before has a telephone ring or picked up (`Le téléphone vibre. Elle
/// décroche.`): the one who answers gives their name.
fn phone_answer(words: &Words<'_>, q: &Quote<'_>) -> Option<Span> {
    let text = words.text();
    let line = q.text.trim_end();
    let name = line.strip_suffix('.')?;
    // (each part of a compound in capitals: not `Appelle-moi.`)
    let named = |w: &str| w.split('-').all(|p| p.starts_with(char::is_uppercase) && p.chars().all(char::is_alphabetic));
    if name.is_empty() || name.split(' ').count() > 3 || !name.split(' ').all(named) {
        return None;
    }
    let from = ceil_boundary(text, q.span.start.saturating_sub(240));
    let before = &text[from..q.span.start];
    let phone = ["téléphone", "portable", "décroch", "combiné", "sonnerie", "Allô", "allô"].iter().any(|w| before.contains(w));
    let start = q.text_span.start + (q.text.len() - q.text.trim_start().len());
    phone.then(|| Span::new(start, start + name.len()))
}

/// The name a line gives its own speaker: `C'est moi, Bastien !`, `Moi,
/// Bastien, …` (`moi`, a comma, a capitalised name); `answering`: the line
/// answers the one who picked up the telephone.
fn self_named(words: &Words<'_>, speech: Span, lex: &Lexicon, answering: bool) -> Option<Span> {
    // (one reading for every form: the longest, a caller's name and service, needs 16 tokens)
    let toks = words.window(speech.start, speech.end, 16);
    // `Ici la juge Aubertin.` on the telephone: the phrase after `Ici`, at the
    // start of the line or of a sentence in its first words
    if let Some(k) = toks.iter().take(6).position(|t| t.text == "Ici") {
        let opens = k == 0 || matches!(toks[k - 1].text, "." | "?" | "!" | "…");
        let who = toks
            .get(k + 1)
            .and_then(|n| phrase_after(words, n.start, speech.end, lex))
            .filter(|p| opens && resolve::names_person(words, *p) && text_has_capital(&words.text()[p.range()]));
        if who.is_some() {
            return who;
        }
    }
    // `C'est Julien. Excuse-moi…`: a name alone after `C'est`, a whole first
    // sentence (or one after the name of the one called: `Sophie ? C'est
    // Mathieu.`), then words in the first person
    // (and a name alone after the one called: `Docteur Kessler ? Ferrand. Vous…`)
    let text = words.text();
    // (or after the one called and a comma: `Franck, c'est Sauvageot.`)
    let called_first = |k: usize| k == 2 && toks[1].text == "," && toks[0].word && toks[0].text.starts_with(char::is_uppercase);
    for k in (0..toks.len().min(6)).filter(|&k| k == 0 || toks[k - 1].text == "?" || called_first(k)) {
        let (at, named, c_est) = match &toks[k..] {
            [c, apostrophe, est, name, ..]
                if (c.text == "C" || c.text == "c" && called_first(k))
                    && matches!(apostrophe.text, "'" | "’")
                    && est.text == "est" =>
            {
                (k + 3, name, true)
            }
            [name, ..] if k > 0 && toks[k - 1].text == "?" => (k, name, false),
            _ => continue,
        };
        if !(named.text.starts_with(char::is_uppercase) && phrase::starts_name(named.text)) {
            continue;
        }
        let end = toks[at..].iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).last().unwrap_or(named).end;
        let rest = &text[end..speech.end];
        // (not the one called again: `Paul ? Paul. Réponds.`)
        let called_again = k > 0 && text[speech.start..toks[k - 1].start].contains(&text[named.start..end]);
        // (after the one called, or in the line that answers the one who picked
        // up, `C'est X` is enough: `Sophie ? C'est Mathieu. On a…`)
        let told = c_est && (k > 0 || answering) || crate::detect::dialogue::speaks_in_person(rest);
        if rest.starts_with(['.', '!']) && !called_again && told {
            return Some(Span::new(named.start, end));
        }
    }
    // `Agathe Lemoine, des éditions du Cerf.`, `Madame Ferrand ? Capitaine
    // Rousseau, police judiciaire.`: a caller's name and affiliation, a
    // sentence of their own at the start of the line or after a question
    for k in (0..toks.len().min(6)).filter(|&k| k == 0 || matches!(toks[k - 1].text, "?" | "." | "!")) {
        let run = toks[k..].iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).count();
        let first = &toks[k];
        let rank = matches!(
            first.text,
            "Capitaine"
                | "Lieutenant"
                | "Lieutenante"
                | "Commandant"
                | "Commissaire"
                | "Inspecteur"
                | "Inspectrice"
                | "Docteur"
                | "Maître"
        );
        if run < 2 || !(rank || phrase::starts_name(first.text) && resolve::is_first_name(first.text)) {
            continue;
        }
        let name_end = toks[k + run - 1].end;
        let Some(comma) = toks.get(k + run).filter(|t| t.text == ",") else { continue };
        let affiliation = &toks[k + run + 1..];
        // (not an order given to the one called: `Malik Benali, au tableau.`)
        if affiliation.first().is_some_and(|t| phrase::lower_is(t.text, &["au", "aux", "à", "en", "dehors", "ici", "debout"])) {
            continue;
        }
        let stop = affiliation.iter().position(|t| t.text == ".");
        let verbless = stop.is_some_and(|e| {
            e > 0
                && affiliation[..e].iter().all(|t| {
                    !t.word
                        || t.text.starts_with(char::is_uppercase)
                        || !(phrase::looks_finite(t.text) || lex.lookup(t.text).is_some())
                })
        });
        if verbless && comma.start == name_end {
            return Some(Span::new(first.start, name_end));
        }
    }
    // `Bonjour, je suis Sam.`, `Je m'appelle Inès Garnier.`: the speaker gives
    // their name in the first words (a given name the lists know after `je
    // suis`: not `je suis Français`)
    // (or a title and a name, in a sentence of the first words: `Un prisonnier
    // comme vous. Je suis l'abbé Sorel.`)
    let titled_at = |at: usize| -> Option<usize> {
        let j = phrase::past_definite_article(&toks, at);
        // (one or two words in small letters, no complement: not `le fils de Marcel`)
        let nouns = toks[j.min(toks.len())..]
            .iter()
            .take(2)
            .take_while(|t| {
                t.word && t.text.starts_with(char::is_lowercase) && !phrase::lower_is(t.text, &["de", "du", "des", "d"])
            })
            .count();
        (j > at && nouns > 0).then_some(j + nouns)
    };
    for k in 0..toks.len().min(12) {
        let (at, any) = match &toks[k..] {
            [je, suis, ..] if phrase::lower_is(je.text, &["je"]) && suis.text == "suis" => {
                let opens = k == 0 || matches!(toks[k - 1].text, "." | "!" | "?" | "…");
                match titled_at(k + 2) {
                    Some(at) if opens => (at, true),
                    _ if k < 8 => (k + 2, false),
                    _ => continue,
                }
            }
            [je, m, a, appelle, ..]
                if phrase::lower_is(je.text, &["je"])
                    && m.text == "m"
                    && matches!(a.text, "'" | "’")
                    && appelle.text == "appelle" =>
            {
                (k + 4, true)
            }
            _ => continue,
        };
        let run = toks[at..].iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).count();
        let closes = toks.get(at + run).is_none_or(|t| matches!(t.text, "." | "," | "!" | "…"));
        if run > 0 && closes && (any || resolve::is_first_name(toks[at].text)) && phrase::starts_name(toks[at].text) {
            return Some(Span::new(toks[at].start, toks[at + run - 1].end));
        }
    }
    let k = toks.iter().position(|t| t.word && phrase::lower_is(t.text, &["moi"]))?;
    // (only at the start: `Moi,` or `C'est moi,`)
    if toks[..k].iter().filter(|t| t.word).count() > 2 || toks.get(k + 1).is_none_or(|t| t.text != ",") {
        return None;
    }
    let name_at =
        |j: usize| toks.get(j).filter(|t| t.word && t.text.starts_with(char::is_uppercase) && phrase::starts_name(t.text));
    // (or past the one called, `c'est` again: `C'est moi, madame la comtesse,
    // c'est Perrine.`)
    let again = || {
        let comma = k + 2 + toks.get(k + 2..)?.iter().take(5).position(|t| t.text == ",")?;
        match toks.get(comma + 1..comma + 4)? {
            [c, a, est] if phrase::lower_is(c.text, &["c"]) && matches!(a.text, "'" | "’") && est.text == "est" => {
                Some(comma + 4)
            }
            _ => None,
        }
    };
    let at = if name_at(k + 2).is_some() { k + 2 } else { again()? };
    let first = name_at(at)?;
    let mut end = first.end;
    let mut next = at + 1;
    for t in toks[at + 1..].iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)) {
        end = t.end;
        next += 1;
    }
    // (one of a list is not the one who speaks: `Trois. Moi, Okonkwo et la
    // petite Desrosiers.`)
    if toks.get(next).is_some_and(|t| phrase::lower_is(t.text, &["et"])) {
        return None;
    }
    Some(Span::new(first.start, end))
}

/// The name a turn `prev` calls and nothing else (`— Madame Aubert ?`), when
/// the turn `q` after it answers to it (`— C'est moi.`, `— Oui, c'est moi.`,
/// `— Elle-même.`).
fn answers_to_name(words: &Words<'_>, prev: &Quote<'_>, q: &Quote<'_>) -> Option<Span> {
    // (after a `Oui,` or not)
    let answer = q.text.strip_prefix("Oui").unwrap_or(q.text).trim_start_matches(|c: char| c == ',' || is_space(c));
    let answers = ["C'est moi", "c'est moi", "C’est moi", "c’est moi", "Lui-même", "Elle-même", "lui-même", "elle-même"]
        .iter()
        .any(|p| answer.starts_with(p));
    // (or the one called first in an order answers `Moi ?`: `— Malik, au
    // tableau.` `— Moi, monsieur ?`)
    let me = q.text.len() <= 40
        && q.text.strip_prefix("Moi").is_some_and(|r| r.trim_start_matches(is_space).starts_with(['?', ',', '!']))
        && q.text.trim_end().ends_with('?');
    if !(answers || me) || prev.depth != 0 || prev.marks != Marks::Dash || !(me || prev.text.trim_end().ends_with('?')) {
        return None;
    }
    let called = vocative(words, prev.text_span, true, false)?;
    let text = words.text();
    if me {
        // (the name called opens the turn)
        return text[prev.text_span.start..called.start].trim_matches(is_space).is_empty().then_some(called);
    }
    // (the name called is the whole turn)
    let rest = text[called.end..prev.text_span.end].trim_matches(|c: char| is_space(c) || c == '?');
    let before = text[prev.text_span.start..called.start].trim_matches(is_space);
    (rest.is_empty() && before.is_empty()).then_some(called)
}

/// True for the writer's own newsroom (`notre rédaction`, `nos journalistes`,
/// `notre correspondant`, `la rédaction` with no name after it): whoever
/// speaks to it speaks to the reader.
fn own_newsroom(words: &str) -> bool {
    if matches!(words, "la rédaction" | "La rédaction") {
        return true;
    }
    let mut ws = words.split(' ');
    matches!(ws.next(), Some("notre" | "nos" | "Notre" | "Nos"))
        && ws.next().is_some_and(|w| {
            matches!(
                w,
                "rédaction"
                    | "journal"
                    | "quotidien"
                    | "hebdomadaire"
                    | "site"
                    | "antenne"
                    | "équipe"
                    | "journaliste"
                    | "journalistes"
                    | "correspondant"
                    | "correspondante"
                    | "reporter"
                    | "envoyé"
                    | "envoyée"
            )
        })
}

/// True when `s` opens on the comma and the `que` of a completive (`, que
/// «…»`): what comes before it is not the verb that governs the words.
fn opens_completive(s: &str) -> bool {
    [", que ", ", qu'", ", qu’"].iter().any(|q| s.starts_with(q))
}

/// The last run of letters that ends `s` (empty when `s` ends on another character).
fn last_word(s: &str) -> &str {
    &s[s.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(k, c)| k + c.len_utf8())..]
}

/// True when `words` hold a capital after their first letter: a name in them.
fn text_has_capital(words: &str) -> bool {
    words.chars().skip(1).any(char::is_uppercase)
}

/// The speaker of the turn before the previous one, when the last three turns
/// follow each other with nothing but line breaks between them.
fn alternate(text: &str, turns: &[(usize, Option<Span>)], quotes: &[Quote<'_>], start: usize) -> Option<Span> {
    let [.., (a, who_a), (b, who_b)] = turns else { return None };
    let (qa, qb) = (&quotes[*a], &quotes[*b]);
    if !follows(text, qa.span.end, qb.span.start) || !follows(text, qb.span.end, start) {
        return None;
    }
    let who = (*who_a)?;
    let same = who_b.is_some_and(|b| text[b.range()].eq_ignore_ascii_case(&text[who.range()]));
    (!same).then_some(who)
}

/// True when the quotation `b` comes right after `a`, past the words quoted
/// inside `a` only (`— Il m'a dit : « Maman, tout va bien. » Je l'ai cru.` is
/// one turn, whatever it quotes; words in guillemets inside a dash turn keep
/// the depth 0, only its span holds them).
fn next_turn(quotes: &[Quote<'_>], a: usize, b: usize) -> bool {
    a < b && quotes[a + 1..b].iter().all(|q| quotes[a].span.contains(q.span))
}

/// The name the dash turn right before `q` calls first, opening its line
/// (`— Gaudry, fais sonner le rappel.`), when that turn's speaker is another
/// and `q` does not call the same name itself: the one called answers.
fn called_before(words: &Words<'_>, turns: &[(usize, Option<Span>)], quotes: &[Quote<'_>], q: &Quote<'_>) -> Option<Span> {
    let text = words.text();
    let &(last, who) = turns.last()?;
    let prev = &quotes[last];
    if prev.marks != Marks::Dash || prev.depth != 0 || !follows(text, prev.span.end, q.span.start) {
        return None;
    }
    let v = vocative(words, prev.text_span, false, false)?;
    let opens = text[prev.text_span.start..v.start].trim_matches(is_space).is_empty();
    let name = &text[v.range()];
    let other = who.is_none_or(|w| !same_person(&text[w.range()], name));
    let calls_back = vocative(words, q.text_span, false, false).is_some_and(|o| same_person(&text[o.range()], name));
    (opens && other && !calls_back).then_some(v)
}

/// Dialogue turns still without a speaker, once the others are resolved: a
/// turn that answers the one before, across at most a short beat of narration
/// (`Il se releva.` `— Tu es optimiste.` `— Réaliste.`), is the other party's,
/// the last person of the exchange who is not the one before.
fn alternate_resolved(text: &str, quotes: &mut [Quote<'_>]) {
    let who = turn_speaker;
    // (a beat: one short paragraph of narration between two turns)
    let close = |end: usize, next: usize| {
        follows(text, end, next) || text.get(end..next).is_some_and(|b| b.matches('\n').count() <= 4 && b.trim().len() <= 200)
    };
    let turns: Vec<usize> = (0..quotes.len()).filter(|&i| quotes[i].depth == 0 && quotes[i].marks == Marks::Dash).collect();
    for (k, &i) in turns.iter().enumerate() {
        if k == 0 || quotes[i].speaker.is_some() || quotes[i].cue.is_some() {
            continue;
        }
        let p = turns[k - 1];
        // (nothing but narration between them: no other quotation)
        if !next_turn(quotes, p, i) || !close(quotes[p].span.end, quotes[i].span.start) {
            continue;
        }
        let Some(last) = who(&quotes[p]) else { continue };
        // the nearest turn of the same exchange whose speaker is another
        let mut other = None;
        for w in (0..k - 1).rev().take(6) {
            let (a, b) = (turns[w], turns[w + 1]);
            if !next_turn(quotes, a, b) || !close(quotes[a].span.end, quotes[b].span.start) {
                break;
            }
            if who(&quotes[a]).is_some_and(|o| !o.eq_ignore_ascii_case(last)) {
                other = Some(a);
                break;
            }
        }
        if let Some(a) = other {
            let speaker = quotes[a].speaker.clone();
            let q = &mut quotes[i];
            q.speaker = speaker;
            q.confidence = (q.confidence * 0.8).clamp(0.0, 1.0);
        }
    }
}

/// The person the last line of dialogue was spoken to, when the line at
/// `start` answers it: the `me` of its cue (`il me dit :`, `me demanda-t-il`:
/// the narrator), or a name after `à` right after its cue (`demanda Laurence
/// à Pauline`).
fn addressee(words: &Words<'_>, turns: &[(usize, Option<Span>)], quotes: &[Quote<'_>], start: usize) -> Option<Span> {
    let text = words.text();
    let (last, who) = turns.last()?;
    let prev = &quotes[*last];
    let cue = prev.cue.as_ref()?;
    if !follows(text, prev.span.end, start) || who.is_none() {
        return None;
    }
    // (the clitic of the cue, a word of its own)
    let clitic = ["me ", "m'", "m’"]
        .iter()
        .filter_map(|c| {
            let k = cue.text.find(c)?;
            let own = !cue.text[..k].ends_with(char::is_alphanumeric);
            own.then(|| Span::new(cue.span.start + k, cue.span.start + k + c.trim_end().len()))
        })
        .min_by_key(|s| s.start);
    if clitic.is_some() {
        return clitic;
    }
    // (`à` and a name on the rest of the cue's line, up to the speech that
    // resumes after a middle incise: not `— Votre femme, soupira Delorme, a dit
    // au juge…`)
    let line_end = text[cue.span.end..].find('\n').map_or(text.len(), |k| cue.span.end + k);
    let line_end = prev.parts.iter().map(|p| p.start).find(|&s| s >= cue.span.end).map_or(line_end, |s| s.min(line_end));
    let rest = &text[cue.span.end..floor_boundary(text, line_end.min(cue.span.end + 60))];
    // (the incise's own clause: not the speech after it, `répondit Florent.
    // J'étais à l'étranger`, nor a clause after a comma, `traduisit Paul, et
    // qu'il vit à Lyon`)
    let rest = &rest[..rest.find(['.', '!', '?', '…', ';', ',']).unwrap_or(rest.len())];
    let (k, prep) = [" à ", " au "].iter().filter_map(|p| rest.find(p).map(|k| (k, *p))).min()?;
    let at = cue.span.end + k + prep.len();
    // (a name read whole, past the bound of the words looked at: `à Marie-Hélène`)
    let name_end = text[at..].find(|c: char| !(c.is_alphabetic() || c == '-')).map_or(text.len(), |e| at + e);
    let line_end = (cue.span.end + rest.len()).max(name_end);
    if name_end > at && text[at..].starts_with(char::is_uppercase) && prep == " à " {
        return Some(Span::new(at, name_end));
    }
    // or a person described: `à la servante`, `à son apprenti`, `au cocher`
    let toks = words.window(at, line_end, 4);
    let noun = match &*toks {
        [n, ..] if prep == " au " => n,
        [d, a, n, ..] if d.is(phrase::class::L) && matches!(a.text, "'" | "’") => n,
        [d, n, ..] if d.is(phrase::class::DETERMINER) => n,
        _ => return None,
    };
    if !noun.word || !noun.text.starts_with(char::is_lowercase) {
        return None;
    }
    let p = Span::new(if prep == " au " { noun.start } else { at }, noun.end);
    resolve::names_person(words, Span::new(at, noun.end)).then_some(p)
}

/// True when a line of speech ending at `end` is followed by the one at
/// `next`: on the next line (the rest of the first line may hold its incise,
/// blank lines may part them), or on the same line (turns inside one pair of
/// guillemets).
fn follows(text: &str, end: usize, next: usize) -> bool {
    text.get(end..next).is_some_and(|between| {
        let breaks = between.matches('\n').count();
        (1..=3).contains(&breaks) && between.lines().skip(1).all(|l| l.trim().is_empty()) || breaks == 0 && between.len() < 80
    })
}

/// Makes a quotation read as a term woven words after all: their speaker,
/// cue, relay and a confidence.
fn woven_after_all<'a>(text: &'a str, q: &mut Quote<'a>, cue: Span, who: Span, source: Option<Span>, confidence: f32) {
    q.kind = QuoteKind::Embedded;
    q.speaker = Some(mention(text, who));
    q.source = source.map(|m| mention(text, m));
    q.cue = Some(Cue { text: &text[cue.range()], span: cue });
    q.confidence = confidence;
}

fn mention(text: &str, span: Span) -> Mention<'_> {
    Mention { mention: &text[span.range()], span, name: None, entity: None }
}

/// The named narrator as the other party of an exchange whose speaker `a` is
/// someone else (the narrator takes part in the scenes they tell).
fn narrator_as_other<'a>(text: &'a str, narrator: Option<Span>, a: &str) -> Option<Mention<'a>> {
    let n = narrator?;
    let name = &text[n.range()];
    (!same_person(name, a) && !resolve::is_first_person(a)).then_some(Mention { name: Some(name), ..mention(text, n) })
}

struct Attributor<'t, 'l> {
    text: &'t str,
    /// The tokens of the text.
    words: Words<'t>,
    lex: &'l Lexicon,
    sentences: Sentences,
    /// The outermost quotations: words inside them are not the journalist's.
    outer: &'l [Span],
    /// Where the dialogue turns start, in text order.
    turn_starts: &'l [usize],
    last_source: Option<Span>,
    /// The last speaker, with the end of the quotation it spoke.
    last_speaker: Option<(Span, usize)>,
    /// The main clause's subject when the speaker is the subject of a clause
    /// after `que` (`Le ministère a indiqué que la ministre avait «…»`): a relay.
    relay: Cell<Option<Span>>,
    /// The one the opening of the text says is interviewed, read once.
    interviewee: std::cell::OnceCell<Option<Span>>,
    /// Where the text writes `recueillis par ` (a byline's), found once.
    bylines: std::cell::OnceCell<Vec<usize>>,
}

impl Attributor<'_, '_> {
    /// True when the cue is a preposition (`selon`), not a verb.
    fn is_preposition(&self, cue: Span) -> bool {
        cue::prepositional_cue(&self.text[cue.start..]).is_some_and(|(len, _)| len == cue.len())
    }

    /// True when the token lies inside a quotation (other than `except`).
    fn quoted(&self, t: &Tok<'_>, except: Span) -> bool {
        let k = self.outer.partition_point(|s| s.end <= t.start);
        self.outer.get(k).is_some_and(|s| s.start <= t.start && t.end <= s.end && !s.contains(except))
    }

    /// True when `at` is inside a quotation (no subject of a verb outside it is:
    /// `a salué “un jour de fierté”, en réclamant…`, whatever the marks).
    fn inside_quotation(&self, at: usize) -> bool {
        let k = self.outer.partition_point(|s| s.end <= at);
        self.outer.get(k).is_some_and(|s| s.start <= at)
    }

    /// True when a quotation closes right before `at`, past a comma at most.
    fn quotation_ends_before(&self, at: usize) -> bool {
        let k = self.outer.partition_point(|s| s.end <= at);
        k > 0 && self.text[self.outer[k - 1].end..at].trim_matches(|c: char| is_space(c) || c == ',').is_empty()
    }

    /// The tokens of `toks` (in text order) from `from` on that lie inside no
    /// quotation but `except` (see [`Attributor::quoted`]): the quotations are
    /// followed by one cursor, not searched again for each token.
    fn unquoted<'a, 't>(&'a self, toks: &'a [Tok<'t>], from: usize, except: Span) -> impl Iterator<Item = &'a Tok<'t>> + 'a {
        let toks = &toks[toks.partition_point(|t| t.start < from)..];
        let mut k = toks.first().map_or(0, |t| self.outer.partition_point(|s| s.end <= t.start));
        toks.iter().filter(move |t| {
            while self.outer.get(k).is_some_and(|s| s.end <= t.start) {
                k += 1;
            }
            !self.outer.get(k).is_some_and(|s| s.start <= t.start && t.end <= s.end && !s.contains(except))
        })
    }

    fn attribute_one(&self, q: &Quote<'_>, nested: &[Span], outer: Option<Span>) -> Found {
        let text = self.text;
        let turn = q.marks == Marks::Dash;
        // every search stays within a window around the quotation, so that the
        // work per quotation is bounded whatever the length of the paragraph
        let limit = floor_boundary(text, q.span.end + WINDOW);
        let line_end = text[q.span.end..limit].find('\n').map_or(limit, |k| q.span.end + k);
        let sentence = self.sentences.index_of(q.span.start).and_then(|k| self.sentences.get(k)).unwrap_or(q.span);
        // (a quotation over several sentences or paragraphs: its cue follows the
        // last closing mark, in the sentence that holds it)
        let closing_sentence_end =
            self.sentences.index_of(q.span.end.saturating_sub(1)).and_then(|k| self.sentences.get(k)).map(|s| s.end);
        let s_end = if turn {
            line_end
        } else {
            sentence.end.max(closing_sentence_end.unwrap_or(q.span.end)).max(q.span.end).min(line_end)
        };
        // (a dialogue turn ends at the next one on its line: `« — Tu pars ? — Oui,
        // dit Paul.`, whose incise is the second turn's)
        let s_end = if q.marks == Marks::Dash {
            let k = self.turn_starts.partition_point(|&o| o < q.span.end);
            self.turn_starts.get(k).map_or(s_end, |&o| o.min(s_end).max(q.span.end))
        } else {
            s_end
        };
        // a quotation inside another: its own clause is inside the outer one
        // (the relay named after the outer one is the outer one's)
        let s_end = outer.map_or(s_end, |o| s_end.min(o.end.max(q.span.end)));
        let sentence = Span::new(sentence.start.max(ceil_boundary(text, q.span.start.saturating_sub(WINDOW))), sentence.end);
        let s_start = match outer {
            // the sentence inside the outer quotation that holds this one
            Some(o) if o.start >= sentence.start && o.start <= q.span.start => inner_sentence_start(text, o.start, q.span.start),
            _ => sentence.start,
        }
        .min(q.span.start);
        // words in brackets with their own cue are a clause of their own, and the
        // words before the brackets end theirs there: `Les syndicats promettent
        // une «riposte» («On ne laissera pas passer ça», prévient FO).`
        // (not words in brackets with no cue, which the clause before governs:
        // `a publié un message («Sans commentaire»)`)
        let close = || text[q.span.end..s_end].find(')').map(|k| q.span.end + k);
        let bracketed = q.depth == 0
            && !turn
            && text[s_start..q.span.start].trim_end_matches(is_space).ends_with('(')
            && close().is_some_and(|c| text[q.span.end..c].trim_start_matches(is_space).starts_with(','));
        let s_start = if bracketed { q.span.start } else { s_start };
        let s_end = if bracketed { close().unwrap_or(s_end) } else { s_end };
        let s_end = match text[q.span.end..s_end].trim_start_matches(is_space).strip_prefix('(') {
            Some(rest) if !turn && bracket_with_cue(rest) => s_end - rest.len() - 1,
            _ => s_end,
        };

        let mut f = Found::default();
        // 1. an incise: the final one of a turn, else one inside the marks
        // (the last turn of an exchange held in guillemets: its incise follows
        // the closing mark, `— Non ! » s'écria Roger.`)
        let after_marks = match text[q.span.end..s_end].trim_start_matches(is_space).strip_prefix(['»', '”']) {
            Some(rest) if turn => s_end - rest.len(),
            _ => q.span.end,
        };
        // (a name in brackets after words that end their sentence is theirs:
        // `«Je ne commente pas.» (Hélène Marchetti, mercredi)`)
        let bracket_end = || {
            let rest = &text[s_end..line_end];
            let inner = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).strip_prefix('(')?;
            let close = inner.find(')').filter(|&k| k <= 160)?;
            Some(line_end - inner.len() + close + 1)
        };
        let closed = s_end == q.span.end && !turn;
        let after_end = if closed { bracket_end().unwrap_or(s_end) } else { s_end };
        // (or a credit line with no verb after words that end their sentence:
        // `«…» Le secrétaire général de FO, Éric Vasseur, lundi, dans Les Echos.`)
        let credit = || (closed && q.depth == 0).then(|| self.verbless_credit(q.span.end, line_end)).flatten();
        let after = self.cue_after(after_marks, after_end).filter(|&(_, who, _)| {
            // (a person, not a stage direction: `(Rires.)`, `(Applaudissements)`;
            // one word only when it is a given name)
            who.end <= s_end
                || resolve::names_person(&self.words, who)
                    && (text[who.range()].contains(' ') || resolve::is_first_name(&text[who.range()]))
                    && !phrase::names_medium(&self.words.window(who.start, who.end, 8), self.lex)
        });
        let after = after.or_else(credit);
        // (the words closing a relative set off by commas, `L'association, dont le
        // président dénonce «…», réclame une enquête`: the verb after them is the
        // main clause's, its object no inverted subject)
        let in_relative = || {
            let head = &text[s_start..q.span.start];
            // (a clause: not `dont` right before the words, `des postes, dont «…»`)
            [", dont ", ", qui ", ", où "].iter().filter_map(|r| head.rfind(r)).max().is_some_and(|k| {
                !head[k + 2..].contains([',', ':', ';', '«', '»', '"', '“', '”'])
                    && head[k + 2..].trim_end_matches(is_space).contains(' ')
                    && text[q.span.end..].trim_start_matches(is_space).starts_with(',')
                    && next_non_space(text, s_start, s_start + k).is_some()
            })
        };
        let after = after.filter(|&(cue, who, _)| !(q.depth == 0 && who.start > cue.end && in_relative()));
        if turn {
            let within = self.incise_within(q, nested);
            match (after, within) {
                // `— «…, répliqua Paul, et … », ajouta-t-il.`: the pronoun is the named one
                (Some((_, speaker, _)), Some((cue, named)))
                    if is_pronoun(&text[speaker.range()]) && !is_pronoun(&text[named.range()]) =>
                {
                    f = Found { speaker: Some(named), cue: Some(cue), source: None, confidence: 0.9 };
                }
                (Some((cue, speaker, medium)), _) => {
                    f = Found { speaker: Some(speaker), cue: Some(cue), source: medium, confidence: 0.95 };
                }
                (None, Some((cue, speaker))) => {
                    f = Found { speaker: Some(speaker), cue: Some(cue), source: None, confidence: 0.9 };
                }
                // (the line before announces it: `Il s'assit pour me dire :`)
                (None, None) => {
                    if let Some((cue, who)) = self.purpose_infinitive(q.span.start) {
                        f = Found { speaker: Some(who), cue: Some(cue), source: None, confidence: 0.75 };
                    }
                }
            }
            self.relay_after(&mut f, s_end);
            return f;
        }
        // (an incise inside the marks whose subject is a noun yields to the cue
        // right after them that names someone else: `«Nous verrons qui, ici,
        // défend la Charte», a déclaré X`, whose `défend la Charte` is no incise)
        let right_after = after.filter(|&(c, who, _)| {
            c.start >= q.span.end
                && text[q.span.end..c.start].trim_matches(|ch: char| is_space(ch) || ch == ',').is_empty()
                && !is_pronoun(&text[who.range()])
        });
        let within = self.incise_within(q, nested).filter(|&(_, s)| {
            right_after.is_none_or(|(_, who, _)| is_pronoun(&text[s.range()]) || same_words(text, s, Some(who)))
        });
        if let Some((cue, speaker)) = within {
            f = Found { speaker: Some(speaker), cue: Some(cue), source: None, confidence: 0.95 };
        } else if let Some((cue, speaker, medium)) = self.incise_before(s_start, q.span.start) {
            f = Found { speaker: Some(speaker), cue: Some(cue), source: medium, confidence: 0.9 };
        }
        // 2. a subject and verb before the marks, in the same sentence
        self.relay.set(None);
        let before = if f.speaker.is_none() { self.cue_before(s_start, q.span.start) } else { None };
        // (a clause of time or cause between the cue and the words has a verb of
        // its own, which governs them: `Le conflit éclate alors que le secteur
        // négocie un «pacte»`; unless set off by a comma, the main clause going on)
        let before = before
            .filter(|&(_, cue, _)| cue.is_none_or(|c| c.end > q.span.start || !subordinate_between(&text[c.end..q.span.start])));
        // (a verb of a clause of comparison has its subject after it: `Il trouvait
        // la chose, comme eût dit son père, «…»`)
        // (read as [`Attributor::as_says`] reads a comparison after the words)
        let before = before.map(|(who, cue, confidence)| match cue {
            // (`comme` or `ainsi` just before the cue: told by bytes first)
            Some(c)
                if who.end <= c.start && {
                    let near = &text.as_bytes()[c.start.saturating_sub(24)..c.start];
                    memchr::memmem::find(near, b"omme").is_some() || memchr::memmem::find(near, b"insi").is_some()
                } =>
            {
                match self.as_says(s_start, s_end, q.span) {
                    Some((said, inv)) if said.overlaps(c) => (inv, Some(said), confidence),
                    _ => (who, cue, confidence),
                }
            }
            _ => (who, cue, confidence),
        });
        // (a verb coordinated with the cue's, nearer the words, governs them:
        // `a salué le travail des pompiers et dénoncé un «…»`)
        let before = before.map(|(who, cue, confidence)| {
            let cue = cue.map(|c| if who.end <= c.start { self.coordinated_cue(c, q.span.start).unwrap_or(c) } else { c });
            (who, cue, confidence)
        });
        let colon_before = text[..q.span.start].trim_end_matches(is_space).ends_with(':');
        // (a verb of a relative on the noun that opens the sentence is no cue
        // for the words after the colon: `Une proposition que le gouvernement a
        // écartée : «…», a tranché le ministère`)
        let object_relative = |c: Span| {
            colon_before
                && next_non_space(text, s_start, c.start)
                    .and_then(|(at, _)| phrase_after(&self.words, at, c.start, self.lex))
                    .is_some_and(|p| {
                        let rest = text[p.end..c.start].trim_start_matches(is_space);
                        ["que ", "qu'", "qu’"].iter().any(|q| rest.starts_with(q))
                            && self.words.window(p.start, p.end, 1).first().is_some_and(|d| d.is(phrase::class::DETERMINER))
                    })
        };
        // (a cue before the colon that governed other words quoted before these:
        // `X s'inquiète d'un «…» : «…», déplore sa présidente`)
        let spent = |c: Span| {
            colon_before && {
                let k = self.outer.partition_point(|o| o.start < c.end);
                self.outer.get(k).is_some_and(|o| o.end <= q.span.start)
            }
        };
        match (before, after) {
            (Some(b), Some((cue, who, medium)))
                if f.speaker.is_none()
                    && (b.2 == COLON || b.1.is_none() && colon_before || b.1.is_some_and(|c| object_relative(c) || spent(c))) =>
            {
                // `Titre : «…», accuse un locataire`: the cue after wins over a colon
                // (and over narration with no verb of speech: `elle leva sa coiffe :
                // «…» s'écria le chevalier`)
                f = Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.9 };
            }
            (Some(b), Some((cue, who, medium))) if f.speaker.is_none() && b.1.is_some() && self.is_preposition(cue) => {
                // `X remercie Moscou pour un «…», selon le Kremlin`: the verb is the cue
                // (`selon elle` after the speaker's own verb is the speaker again, no relay)
                // (nor `selon ses chiffres`, the speaker's own account)
                let again = is_pronoun(&text[who.range()]) || self.own_account(cue.end, s_end);
                // (the medium that consulted a document after `selon` relays it)
                f = Found { speaker: Some(b.0), cue: b.1, source: (!again).then_some(medium.unwrap_or(who)), confidence: 0.88 };
                // (but a thing before the marks speaks not: `Le stade promet d'être
                // «…», selon les mots du président X`, the one after `selon` does)
                // (nor the verb's subject before words set in apposition to its
                // object, the judgement of the one after `selon`: `X a proposé une
                // baisse, une «bonne nouvelle» selon le ministre`)
                let apposed = || {
                    let head = text[b.1.map_or(b.0.end, |c| c.end)..q.span.start].trim_end_matches(is_space);
                    let det = ["une", "un", "des"].iter().find_map(|d| head.strip_suffix(d))?;
                    let object = det.trim_end_matches(is_space).strip_suffix(',')?;
                    Some(!object.trim_matches(is_space).is_empty() && !object.contains([',', ':', ';']))
                };
                if self.names_thing(b.0) || apposed() == Some(true) {
                    let who = self.words_of(who).unwrap_or(who);
                    f = Found { speaker: Some(who), cue: Some(cue), source: None, confidence: 0.85 };
                }
            }
            (Some(b), Some((cue, who, medium))) if f.speaker.is_none() && self.announces(b, who) => {
                // `Le gouvernement relèvera le Smic «…», a annoncé la ministre`: a
                // verb in the future before the marks tells what will be done, and
                // the words are the inverted cue's subject's
                f = Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.88 };
            }
            (Some(b), Some((cue, who, medium))) if f.speaker.is_none() && self.has_words(b, q) => {
                // `La France a «une dette colossale», estime X`: `avoir` is a verb
                // of its own, its object the words of the cue after the marks
                f = Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.85 };
            }
            (Some(b), Some((cue, who, medium))) if f.speaker.is_none() && self.names_again(b.0, who) => {
                // `Renault «regrette», a réagi le constructeur`: the body named again
                // by its kind speaks, it relays nothing
                f = Found { speaker: Some(b.0), cue: Some(cue), source: medium, confidence: 0.88 };
            }
            (Some(b), Some((cue, _, _)))
                if f.speaker.is_none() && b.1.is_some() && {
                    // (a cue after other words quoted after these is theirs: `X
                    // s'inquiète d'un «…» : «…», déplore Y`)
                    // (not words coordinated with these, which share the cue: `un
                    // «effort» et un «sursaut», a indiqué Y`)
                    self.quoted_after_colon(q.span.end).is_some_and(|o| o.end <= cue.start)
                } =>
            {
                f = Found { speaker: Some(b.0), cue: b.1, source: None, confidence: b.2 };
            }
            (Some(b), Some((cue, who, medium)))
                if f.speaker.is_none()
                    && (b.1.is_none() || b.2 <= 0.75)
                    && text[s_start..q.span.start].trim_end_matches(is_space).ends_with(',') =>
            {
                // `Elle a obtenu un lit, «un miracle», dit l'infirmière`: words set
                // off by commas after a clause with no verb of speech (or a weak
                // one) are the inverted cue's subject's comment
                f = Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.85 };
            }
            (Some(b), Some((cue, who, medium))) if f.speaker.is_none() => {
                // `X a «…», a indiqué Y`: X speaks, Y relays (unless Y is a pronoun for X)
                let pronoun = is_pronoun(&text[who.range()]);
                // the speaker's own verb is the cue (`X a affirmé que «…», a indiqué Y`);
                // woven words after an auxiliary take the relay's (`X a «…», a indiqué Y`)
                // (a pronoun incise after the marks is the cue when a colon stands
                // before them: `elle pleura ; et, calme : «…» dit-elle`)
                // (nor a passive's participle, whose subject undergoes: `Des analyses
                // ont été ordonnées, «…», a-t-il souligné`)
                let passive = |c: &Span| text[..c.start].trim_end_matches(is_space).ends_with(" été");
                let own = b.1.filter(|c| b.2 > 0.75 && !(pronoun && colon_before) && !passive(c));
                // (`selon` a document a medium consulted: the medium relays)
                let relay = if self.is_preposition(cue) { medium.unwrap_or(who) } else { who };
                f = Found { speaker: Some(b.0), cue: own.or(Some(cue)), source: (!pronoun).then_some(relay), confidence: 0.88 };
                // (the subject of a passive undergoes, the inverted subject says
                // the words: `Le maire a été critiqué pour une gestion «opaque», a
                // affirmé l'opposition`)
                if !pronoun && b.1.is_some_and(|c| passive(&c)) {
                    f = Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.85 };
                }
                // (a question before the colon, the answer after it: `Le roi lui
                // demanda s'il voulait du gâteau : «Non», dit le prince`)
                if colon_before && !pronoun && self.asks_after(b.0, q.span.start) {
                    f = Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.85 };
                }
                // (a thing before the marks does not speak: the pronoun after them
                // does, `Les travaux auront lieu «…», a-t-elle assuré`; nor does
                // someone the pronoun cannot take up, of the other sex or named as
                // another's, `Son client n'a «…», répète-t-il`, `Le prévenu a «…»,
                // répète-t-elle`)
                let other = || {
                    let subject = &text[b.0.range()];
                    let possessed =
                        phrase::lower_is(subject.split(' ').next().unwrap_or(""), &["son", "sa", "ses", "leur", "leurs"]);
                    let sexes = (resolve::pronoun_feminine(&text[who.range()]), resolve::shown_feminine(subject));
                    possessed || matches!(sexes, (Some(a), Some(b)) if a != b)
                };
                if pronoun && own.is_none() && (!resolve::names_person(&self.words, b.0) || other()) {
                    f = Found { speaker: Some(who), cue: Some(cue), source: None, confidence: 0.88 };
                }
                // (nor a thing named in small letters with no verb of speech: `Le
                // match aura lieu «à huis clos», a annoncé la Ligue`)
                // (the inverted subject named in small letters too: `la Ligue`)
                let named_after = !is_pronoun(&text[who.range()]) && !self.names_thing(who);
                if !pronoun && own.is_none() && !self.is_preposition(cue) && self.names_thing(b.0) && named_after {
                    f = Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.85 };
                }
            }
            (Some(b), None) if f.speaker.is_none() => {
                f = Found { speaker: Some(b.0), cue: b.1, source: self.relay.take(), confidence: b.2 };
                // (`voir` judging in a later clause, nearer the marks: `X a jugé la
                // lettre «…», tandis que Y y voit «…»`)
                if let Some((who, cue)) = self.sees_in(s_start, q.span.start) {
                    if b.1.is_some_and(|c| c.end <= who.start) && b.0.end <= who.start {
                        f = Found { speaker: Some(who), cue: Some(cue), source: None, confidence: 0.8 };
                    }
                }
            }
            (None, Some((cue, who, medium))) if f.speaker.is_none() => {
                f = match self.quoted_predicate(q, s_start, true) {
                    // `Le ministre «conteste» les faits, a fait savoir son avocat`: the
                    // subject speaks, the inverted cue's subject relays
                    // (not an impersonal `on` named by its seat, which speaks: `La
                    // Suisse «…», assure-t-on au DFAE`)
                    Some(subject) if !is_pronoun(&text[who.range()]) && !text[cue.range()].ends_with("-on") => {
                        // (`Renault «regrette», a réagi le constructeur`: no relay)
                        let source = (!self.names_again(subject, who)).then_some(who);
                        Found { speaker: Some(subject), cue: Some(cue), source, confidence: 0.85 }
                    }
                    _ => Found { speaker: Some(who), cue: Some(cue), source: medium, confidence: 0.93 },
                };
            }
            (None, None) if f.speaker.is_none() => {
                // `Le club «condamne fermement» les chants`: the reporting verb is
                // inside the marks, its subject right before them (no cue outside)
                if let Some(who) = self.quoted_predicate(q, s_start, false) {
                    f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.75 };
                } else if let Some((who, cue)) = self.sees_in(s_start, q.span.start) {
                    f = Found { speaker: Some(who), cue: Some(cue), source: None, confidence: 0.8 };
                }
            }
            _ => {}
        }
        // `le terme «…», employé mardi par le ministre`: the one who used the words
        if f.cue.is_none() && q.depth == 0 {
            if let Some((cue, who)) = self.used_by(q.span.end, s_end) {
                f = Found { speaker: Some(who), cue: Some(cue), source: None, confidence: 0.8 };
            }
        }
        // (a participle of speech nearer the marks is their cue: `s'est félicitée
        // d'un «succès», saluant «…»`)
        if let Some(c) = f.cue.filter(|c| c.end < q.span.start && f.speaker.is_some_and(|s| s.end <= c.start)) {
            let toks = self.words.window(c.end, q.span.start, 24);
            // (a participle set off by a comma or after `en`, not a noun: `l'attaquant`)
            // (past an object clitic: `, le qualifiant de «…»`)
            let detached = |k: usize| {
                let k = if k > 1 && phrase::lower_is(toks[k - 1].text, &["le", "la", "les", "lui", "leur", "se"]) {
                    k - 1
                } else {
                    k
                };
                k > 0 && (toks[k - 1].text == "," || phrase::lower_is(toks[k - 1].text, &["en"]))
            };
            // (a gerund of manner right before the colon or the marks has no words
            // of its own: `demandait en riant : «…»` keeps `demandait`)
            // (nor one between commas before the verb's completive: `déclara, en
            // souriant, que «…»`)
            let manner = |t: &Tok<'_>| {
                let rest = &text[t.end..q.span.start];
                rest.trim_matches(|c: char| is_space(c) || matches!(c, ':' | ',')).is_empty() || opens_completive(rest)
            };
            let nearer = toks.iter().enumerate().rev().find_map(|(k, t)| {
                (t.word && detached(k) && !self.quoted(t, q.span) && !manner(t))
                    .then(|| speech_participle(&text[t.start..q.span.start], self.lex))
                    .flatten()
                    .map(|len| Span::new(t.start, t.start + len))
            });
            if let Some(n) = nearer {
                f.cue = Some(n);
            }
        }
        // an inverted cue between the subject and a participle of speech names the
        // participle's subject: `La justice a ordonné la saisie, a annoncé le
        // parquet, dénonçant une «…»`
        if let (Some(c), Some(s)) = (f.cue, f.speaker) {
            if s.end <= c.start && c.end <= q.span.start && speech_participle(&text[c.start..q.span.start], self.lex).is_some() {
                if let Some(who) = self.inverted_before_participle(s.end, c.start) {
                    f.speaker = Some(who);
                }
            }
        }
        // 3. prepositional cues of the sentence: `selon X`, `de même source`, `au micro de X`
        self.prepositions(&mut f, s_start, s_end, q.span);
        // `Même son de cloche chez la CGT : «…»`, `Côté syndicats, la colère gronde :`,
        // `Réaction de l'opposition : «…»`: the body the lead-in names speaks
        if q.depth == 0 {
            // (over no speaker, `on`, a thing, or the lead-in itself)
            let weak = |w: Span| {
                let words = &text[w.range()];
                words == "on"
                    || !is_pronoun(words) && !resolve::names_person(&self.words, w)
                    || self.words.window(w.start, w.end, 1).first().is_some_and(|t| {
                        phrase::lower_is(t.text, &["du", "côté", "chez", "réaction", "réactions", "réponse", "réplique"])
                    })
            };
            if f.speaker.is_none_or(weak) {
                if let Some(who) = self.lead_in_speaker(s_start, q.span.start) {
                    f = Found { speaker: Some(who), cue: f.cue.filter(|c| c.start > who.end), source: None, confidence: 0.7 };
                }
            }
        }
        // (`Dans l'entourage du ministre, on refuse d'y croire : «…»`: the `on`
        // before the colon, named by the place before its comma)
        if f.speaker.is_none() && colon_before && q.depth == 0 {
            let head = &text[s_start..q.span.start];
            if let Some(k) = head.find(", on ") {
                let lead = next_non_space(text, s_start, s_start + k).map_or(s_start, |(p, _)| p);
                if let Some(who) = self.on_speaker(lead, s_start + k) {
                    f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.7 };
                }
            }
        }
        // `Du côté de Bercy, on assure que «…»`, `À Matignon, on…`: the place
        // before the comma names the impersonal `on`
        if let Some(on) = f.speaker.filter(|w| is_impersonal_on(&text[w.range()]) && w.start > s_start) {
            let lead = next_non_space(text, s_start, on.start).map_or(s_start, |(k, _)| k);
            // (`…, confirme-t-on à Matignon, où l'on juge…`: the seat the relative
            // `où` takes up, after its preposition)
            let head = text[lead..on.start].trim_end_matches(is_space);
            let seat =
                head.strip_suffix("où").map(|h| h.trim_end_matches(is_space)).and_then(|h| h.strip_suffix(',')).and_then(|h| {
                    let at = [" à ", " au ", " chez "].iter().filter_map(|p| h.rfind(p).map(|k| k + 1)).max()?;
                    self.on_speaker(lead + at, lead + h.len())
                });
            if let Some(who) = seat {
                f.speaker = Some(who);
            } else if let Some(comma) = text[lead..on.start].find(',').map(|c| lead + c) {
                if let Some(who) = self.on_speaker(lead, comma) {
                    f.speaker = Some(who);
                }
            }
        }
        // `C'est ce qu'a affirmé X : «…»`: the cleft sentence before the colon
        if f.speaker.is_none() && q.depth == 0 {
            let before = text[s_start..q.span.start].trim_end_matches(is_space);
            if let Some(b) = before.strip_suffix(':') {
                let lead = s_start + (before.len() - before.trim_start_matches(is_space).len());
                let end = s_start + b.trim_end_matches(is_space).len();
                if lead < end && may_open_cue_sentence(&text[lead..end]) {
                    if let Some((cue, who)) = self.cue_sentence(Span::new(lead, end)) {
                        f = Found { speaker: Some(who), cue: Some(cue), source: f.source, confidence: 0.8 };
                    }
                }
            }
        }
        // `…, pour qui ces critiques sont «caricaturales»`: the relative's antecedent
        if q.depth == 0 && f.cue.is_none_or(|c| c.end <= q.span.start) && text[s_start..q.span.start].contains(" qui ") {
            let before = &text[s_start..q.span.start];
            let found = last_of(before, &[", pour qui ", ", selon qui ", ", d'après qui ", ", d’après qui "]);
            if let Some((k, len)) = found {
                let comma = s_start + k;
                let cue = Span::new(comma + 2, comma + len - 1);
                // (nearer the marks than the cue found: `défendu par X, selon qui «…»`)
                let nearer = f.cue.is_none_or(|c| c.end <= comma);
                // (`les propos d'un conseiller, pour qui`: the words' owner)
                let who = last_phrase_before(&self.words, s_start, comma, self.lex)
                    .map(|w| self.words_of(w).unwrap_or(w))
                    .filter(|w| resolve::names_person(&self.words, *w));
                if let Some(who) = who.filter(|_| nearer) {
                    // (the one who cites them relays, as after a colon: `Le Monde
                    // cite un conseiller, pour qui «…»`)
                    let relay = f.speaker.zip(f.cue).filter(|&(s, c)| {
                        s.end <= c.start
                            && c.end <= who.start
                            && self.lex.lookup_all(&text[c.range()]).any(|v| matches!(v.lemma, "citer" | "rapporter"))
                    });
                    // (or the relay already found for the one cited)
                    let source = relay.map(|(s, _)| s).or(f.source).filter(|s| !s.overlaps(who));
                    f = Found { speaker: Some(who), cue: Some(cue), source, confidence: 0.8 };
                }
            }
        }
        // `Cela rappelle son prédécesseur, qui promettait de «…»`: a relative whose
        // own verb reports the words, nearer them than any cue found, names
        // its antecedent
        if q.depth == 0 && f.cue.is_none_or(|c| c.end <= q.span.start) {
            // (found from its `q` by bytes: no substring searcher per quotation)
            let bytes = &text.as_bytes()[s_start..q.span.start];
            let relative = memchr::memrchr_iter(b'q', bytes).find(|&k| k >= 2 && bytes[k - 2..].starts_with(b", qui "));
            if let Some(k) = relative.map(|k| k - 2) {
                let comma = s_start + k;
                let verb = comma + ", qui ".len();
                let group = cue::reporting_verb_group(&text[verb..q.span.start], self.lex)
                    .filter(|g| !g.negated && g.inverted.is_none() && g.lemma != "faire");
                let open = || !text[verb..q.span.start].contains([',', ';', ':', '.', '«', '»', '"', '“', '”']);
                // (or the antecedent read before is singular and the verb plural:
                // `des organisateurs d'un festival prévu à Villeurbanne, qui dénoncent`)
                let singular_read = |plural: Option<bool>| {
                    plural == Some(true)
                        && f.cue.is_some_and(|c| c.start == verb)
                        && f.speaker.is_some_and(|w| w.end == comma && !is_plural_phrase(&text[w.range()]))
                };
                if let Some(g) = group.filter(|g| (f.cue.is_none_or(|c| c.end <= comma) || singular_read(g.plural)) && open()) {
                    // (`celle de son prédécesseur, qui`: the one the demonstrative's
                    // complement names)
                    let demonstrative = || {
                        let toks = self.words.window(s_start, comma, 40);
                        let k = toks.iter().rposition(|t| phrase::lower_is(t.text, &["celle", "celui", "ceux", "celles"]))?;
                        let de = toks.get(k + 1).filter(|t| t.is(phrase::class::DE | phrase::class::DU | phrase::class::D))?;
                        let from = toks.get(k + if de.is(phrase::class::D) { 3 } else { 2 })?.start;
                        phrase_after(&self.words, from, comma, self.lex).filter(|p| p.end == comma)
                    };
                    // (a verb in the plural takes up people in the plural before a
                    // singular complement: `des organisateurs d'un festival prévu à
                    // Villeurbanne, qui dénoncent`)
                    let plural = || {
                        let toks = self.words.window(s_start, comma, 40);
                        let k = toks.iter().rposition(|t| {
                            t.word && t.text.ends_with(['s', 'x']) && resolve::is_agent_word(t.text.trim_end_matches(['s', 'x']))
                        })?;
                        let det = toks[..k].iter().rposition(|d| d.word).filter(|&d| {
                            phrase::lower_is(toks[d].text, &["des", "les", "ces", "leurs", "ses", "aux", "nos", "vos", "mes"])
                        })?;
                        Some(Span::new(toks[det].start, toks[k].end))
                    };
                    let who = last_phrase_before(&self.words, s_start, comma, self.lex)
                        .filter(|w| g.plural != Some(true) || is_plural_phrase(&text[w.range()]))
                        .or_else(|| (g.plural == Some(true)).then(plural).flatten())
                        .or_else(demonstrative)
                        .filter(|w| resolve::names_person(&self.words, *w) && !self.names_thing(*w));
                    if let Some(who) = who {
                        f = Found { speaker: Some(who), cue: Some(Span::new(verb, verb + g.len)), source: None, confidence: 0.8 };
                    }
                }
            }
        }
        // `Une voisine affirme avoir entendu le prévenu crier : «…»`: the one
        // heard says the words, and the witness who reports them relays
        if let (Some(cue), Some(witness)) = (f.cue, f.speaker) {
            // (read only when a verb of perception is there, by bytes)
            let perceived = || {
                let between = text.as_bytes().get(cue.end..q.span.start).unwrap_or(&[]);
                ["entend", "écout", " vu", " vue", " voir", " vit", " voit", " voyai"]
                    .iter()
                    .any(|v| memchr::memmem::find(between, v.as_bytes()).is_some())
            };
            if q.depth == 0 && cue.end <= q.span.start && witness.end <= cue.start && perceived() {
                let toks = self.words.window(cue.end, q.span.start, 24);
                let heard = toks.iter().rev().find(|t| t.word).filter(|t| {
                    self.lex.lookup_all(t.text).any(|v| v.form == cue::Form::Infinitive)
                        && text[t.end..q.span.start].trim_matches(|c: char| is_space(c) || c == ':').is_empty()
                });
                if let Some(verb) = heard {
                    if let Some(who) = self.perceived_speaker(cue.end, verb).filter(|w| !w.overlaps(witness)) {
                        f.source = Some(witness);
                        f.speaker = Some(who);
                        f.cue = Some(Span::new(verb.start, verb.end));
                    }
                }
            }
        }
        // `Elle pense à ce que lui répétait son patron : «…»`, `se souvint de ce
        // que lui avait dit le capitaine :`: after a verb of thought, the teller
        // after `ce que` says the words the colon announces
        let seg = &text[s_start..q.span.start];
        if q.depth == 0 && f.cue.is_none_or(|c| c.end <= q.span.start) && seg.trim_end_matches(is_space).ends_with(':') {
            let found = last_of(seg, &[" ce que ", " ce qu'", " ce qu’"]);
            // (one who repeats what another said utters the words: `Je répétais
            // ce qu'avait dit X :`)
            let thought = |k: usize| {
                self.words.window(s_start, s_start + k, 24).iter().any(|t| {
                    t.word
                        && (["pens", "repens", "song", "souv", "rappel", "remémor"].iter().any(|p| t.text.starts_with(p))
                            || self.lex.lookup_all(t.text).any(|v| {
                                matches!(v.lemma, "penser" | "songer" | "se souvenir" | "se rappeler" | "rêver" | "réfléchir")
                            }))
                })
            };
            if let Some((k, len)) = found.filter(|&(k, _)| thought(k)) {
                let rest = s_start + k + len;
                if let Some(who) = self.teller_after(rest, q.span.start, true).filter(|w| w.end <= q.span.start) {
                    let verb = trim_span(text, rest, who.start);
                    f.speaker = Some(who);
                    f.cue = Some(verb).filter(|v| !v.is_empty());
                    f.source = None;
                }
            }
        }
        // `un gendarme selon lequel l'enquête avance «…»`, `un rapport selon
        // lequel`: the relative's antecedent says the words; the subject that
        // cites it relays them (`Le journal citait un gendarme selon lequel…`)
        if q.depth == 0 && text[s_start..q.span.start].contains(" selon l") {
            let before = &text[s_start..q.span.start];
            let found = last_of(before, &[" selon lequel ", " selon laquelle ", " selon lesquels ", " selon lesquelles "]);
            if let Some((k, len)) = found {
                let at = s_start + k;
                let cue = Span::new(at + 1, at + len - 1);
                // (a speaker found before the relative, or none; and no quotation
                // between: the words are in the relative)
                let outside = f.speaker.is_none_or(|w| w.end <= at) && !before[k..].contains(['«', '“']);
                let who = last_phrase_before(&self.words, s_start, at, self.lex);
                if let Some(who) = who.filter(|w| outside && f.speaker.is_none_or(|s| s.end <= w.start)) {
                    // (the one who cites the antecedent relays: `citait`, `rapporte`, a medium)
                    let relays = f.speaker.filter(|s| {
                        f.cue.is_some_and(|c| {
                            let c = &text[c.range()];
                            c.contains("cit") || c.contains("rapport") || c.contains("relai") || c.contains("relay")
                        }) || phrase::names_medium(&self.words.window(s.start, s.end, 6), self.lex)
                    });
                    f = Found { speaker: Some(who), cue: Some(cue), source: relays.or(f.source), confidence: 0.8 };
                }
            }
        }
        // `Et d'ajouter : «…»`: the narrative infinitive carries on the subject before
        // (and names its own: `Et la mère Lerat de hurler :`)
        if f.speaker.is_none() || f.cue.is_none() && text[s_start..q.span.start].trim_start_matches(is_space).starts_with("Et ") {
            if let Some((cue, who)) = self.narrative_infinitive(q.span.start, s_start) {
                f = Found { speaker: Some(who), cue: Some(cue), source: f.source, confidence: 0.75 };
            }
        }
        // `Il s'assit pour me dire : «…»`: an infinitive of purpose is the cue of
        // the sentence's subject
        if f.cue.is_none() {
            if let Some((cue, who)) = self.purpose_infinitive(q.span.start) {
                f = Found { speaker: Some(who), cue: Some(cue), source: f.source, confidence: 0.75 };
            }
        }
        // `Comme l'explique X, «…»`, `«…», comme le souligne X`, `ainsi que l'a
        // déclaré X`: a clause of comparison names the speaker (a single word,
        // `comme disent les écoliers`, is a word cited as theirs, a term)
        if f.speaker.is_none() && q.text.contains(' ') {
            if let Some((cue, who)) = self.as_says(s_start, s_end, q.span) {
                f = Found { speaker: Some(who), cue: Some(cue), source: f.source, confidence: 0.85 };
            }
        }
        // 4. the next sentence: `C'est ce qu'a affirmé X.`
        if f.speaker.is_none() {
            // (the sentence after the marks: a quotation over several paragraphs
            // holds sentences of its own)
            let end = if q.depth == 0 { sentence.end.max(q.span.end) } else { sentence.end };
            let here = if q.depth == 0 {
                self.cue_clause_after(q.span.end, s_end).or_else(|| self.headline_after(q.span, s_end))
            } else {
                None
            };
            if let Some((cue, who)) = here.or_else(|| self.next_sentence_cue(end)) {
                f = Found { speaker: Some(who), cue: Some(cue), source: f.source, confidence: 0.7 };
            }
        }
        // (`«Casimir !» C'était la voix d'Aurélie.`: the voice the next sentence
        // names)
        if f.speaker.is_none() && f.cue.is_none() && q.depth == 0 && s_end == q.span.end {
            if let Some(who) = self.voice_after(q.span.end) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.7 };
            }
        }
        // (an interview's answer, a paragraph of its own after a question: the one
        // the opening names, `Rencontre avec Élodie Mercier, bergère.`)
        if f.speaker.is_none() && f.cue.is_none() && q.depth == 0 {
            if let Some(who) = self.answers_interview(q) {
                f = Found { speaker: Some(who), cue: None, source: None, confidence: 0.6 };
            }
        }
        // 5. no cue: the neighbouring sentence, or the speaker of the paragraph before
        if f.speaker.is_none() && f.cue.is_none() {
            if let Some((who, cue)) = self.neighbour(q, s_start, s_end) {
                f.speaker = Some(who);
                f.cue = cue;
                f.confidence = if cue.is_some() { 0.8 } else { 0.6 };
            }
        }
        // `Une réponse qui n'a pas convaincu X : «…»`, `Des promesses qui font
        // bondir X. «…»`: a thing whose relative clause names a person is what
        // the person answers, and the person speaks
        if let Some(w) = f.speaker.filter(|w| w.end <= q.span.start && q.depth == 0) {
            if let Some(p) = self.reacting_person(w, q.span.start) {
                f.speaker = Some(p);
                f.cue = f.cue.filter(|c| c.start > p.end);
            }
        }
        self.cited_after(&mut f, q.span, s_end);
        self.gerund_after_incise(&mut f, q.span);
        self.incise_relay(&mut f, q.span);
        // (not past other words quoted after a colon, whose relay it is: `X
        // s'inquiète d'un «…» : «…», déplore Y, citée par Z`)
        let relay_end = self.quoted_after_colon(q.span.end).filter(|o| o.start < s_end).map_or(s_end, |o| o.start);
        self.relay_after(&mut f, relay_end);
        self.relay_of_y(&mut f, s_start);
        // `«…», ajoute le texte`: a document named again speaks for the one who
        // spoke last, its issuer (`Dans un communiqué, Renault affirme «…»`)
        if let Some(w) = f.speaker {
            let words = &text[w.range()];
            let document = ["le texte", "le communiqué", "le document", "la note", "la déclaration", "le courrier"]
                .iter()
                .any(|d| words.eq_ignore_ascii_case(d));
            // (the document named before with its issuer is that issuer's: `Une
            // note de la DEPP détaille… La note évoque «…»`; one named near the
            // last speaker is the last speaker's; else the document speaks)
            let noun = words.rsplit(' ').next().unwrap_or(words);
            let from = floor_boundary(text, w.start.saturating_sub(600));
            let named = document.then(|| memchr::memmem::rfind(&text.as_bytes()[from..w.start], noun.as_bytes())).flatten();
            let own_issuer = named.and_then(|k| {
                let after = from + k + noun.len();
                let toks = self.words.window(after, w.start, 8);
                let de = toks
                    .first()
                    .filter(|t| t.is(phrase::class::DE | phrase::class::DU | phrase::class::DES | phrase::class::D))?;
                let at = toks.get(1 + usize::from(de.is(phrase::class::D)))?.start;
                phrase_after(&self.words, at, w.start, self.lex).filter(|p| resolve::names_person(&self.words, *p))
            });
            let issuer = own_issuer.or_else(|| {
                self.last_speaker
                    .filter(|&(l, end)| document && end + 600 > w.start && l.end <= w.start)
                    .filter(|&(l, end)| named.is_none_or(|k| from + k + 120 >= l.start && from + k <= end))
                    .map(|(l, _)| l)
                    .filter(|&l| resolve::names_person(&self.words, l) || text[l.range()].chars().any(char::is_uppercase))
            });
            if let Some(last) = issuer {
                f.speaker = Some(last);
            }
        }
        // (a writing with no writer named is nobody: `Puis un SMS : «…»`, `La
        // réponse arriva : «…»`)
        if let Some(w) = f.speaker.filter(|w| w.end <= q.span.start) {
            let toks = self.words.window(w.start, w.end, 4);
            let writing = match &*toks {
                // (an article: a possessive names the writer, `Sa réponse :`)
                [d, h] if d.is(phrase::class::DETERMINER) && !resolve::is_possessive(d.text) => {
                    WRITING_NOUNS.contains(&&*lower(h.text))
                }
                _ => false,
            };
            if writing {
                f.speaker = None;
            }
        }
        // `Quant à la juge, elle a dit : «…»`: the pronoun takes up the topic
        if let Some(w) =
            f.speaker.filter(|w| w.start >= s_start && w.end <= q.span.start && phrase::is_third_person(&text[w.range()]))
        {
            let lead = next_non_space(text, s_start, w.start).map_or(s_start, |(k, _)| k);
            let head = &text[lead..w.start];
            let topic = phrase::topic_opening(head).map(|len| lead + len);
            if let Some(from) = topic {
                let comma = head.find(',').map(|c| lead + c);
                let noun = comma.filter(|&c| text[c + 1..w.start].trim_matches(is_space).is_empty() && c > from);
                if let Some(c) = noun {
                    f.speaker = Some(trim_span(text, from, c));
                }
            }
        }
        // (a speaker's phrase never holds the preposition that introduced it:
        // `d'après le quotidien Bild, qui évoque «…»`)
        if let Some(w) = f.speaker {
            if let Some((len, _)) = cue::prepositional_cue(&text[w.range()]).filter(|(_, c)| !SAME_SOURCE.contains(c)) {
                let from = next_non_space(text, w.start + len, w.end).map_or(w.end, |(k, _)| k);
                if from < w.end {
                    f.speaker = Some(Span::new(from, w.end));
                }
            }
        }
        // `Le notaire lut : «… Signé : Pierre Lavergne.»`: a letter read aloud is
        // its signer's words, relayed by the reader
        // (and a letter signed at its end that nobody reads out is its signer's
        // too: `Elle reçut ces lignes : «Ma chère Aurélie, … Ta Clotilde.»`)
        // (the cue outside the words, a form of `lire`: `lut`, `lisait`, `a lu`,
        // told by its letters before the lexicon is asked)
        let reader = f.speaker.filter(|_| f.source.is_none()).zip(f.cue).and_then(|(reader, cue)| {
            let words = &text[cue.range()];
            let reads = (cue.end <= q.span.start || cue.start >= q.span.end)
                && words.as_bytes().windows(2).any(|w| w == b"li" || w == b"lu")
                && cue::reporting_verb_group(words, self.lex).is_some_and(|g| g.lemma == "lire");
            reads.then_some(reader)
        });
        // (the signature read once, for a letter read out or a long quotation)
        let letter = reader.is_some() || q.depth == 0 && q.marks != Marks::Dash && q.text.len() >= 100;
        if let Some(signer) = letter.then(|| self.signature(q.text_span)).flatten() {
            f.speaker = Some(signer);
            f.source = reader;
            if reader.is_none() {
                f.confidence = f.confidence.min(0.8);
            }
        }
        f
    }

    /// The name that signs a letter at the end of the words `t`: after `Signé`,
    /// a last line that is a name alone, perhaps with its title (`Gaston,
    /// comte de Morlaix.`), or a name after words of closing (see
    /// [`closing_signature`]).
    fn signature(&self, t: Span) -> Option<Span> {
        self.signed_line(t).or_else(|| closing_signature(self.text, t))
    }

    /// [`Self::signature`] after `Signé` or on a line of its own.
    fn signed_line(&self, t: Span) -> Option<Span> {
        let text = self.text;
        let words = text[t.range()].trim_end_matches(|c: char| is_space(c) || matches!(c, '.' | '»' | '”'));
        let tail_from = floor_boundary(text, t.start + words.len().saturating_sub(80));
        let tail = &text[tail_from..t.start + words.len()];
        let at = if let Some(k) = tail.rfind("Signé") {
            let rest = &tail[k + "Signé".len()..];
            tail_from + k + "Signé".len() + (rest.len() - rest.trim_start_matches(|c: char| is_space(c) || c == ':').len())
        } else {
            // (a line of its own, after the reopening mark of a new paragraph)
            let k = tail.rfind('\n')?;
            let line = &tail[k + 1..];
            tail_from
                + k
                + 1
                + (line.len() - line.trim_start_matches(|c: char| is_space(c) || matches!(c, '«' | '»' | '“' | '—')).len())
        };
        let toks = self.words.window(at, t.start + words.len(), 10);
        let run = toks
            .iter()
            .take_while(|t| t.word && (t.text.starts_with(char::is_uppercase) || phrase::lower_is(t.text, &["de", "d"])))
            .count();
        let first = toks.first().filter(|f| run > 0 && phrase::starts_name(f.text))?;
        let last = toks[..run].iter().rev().find(|t| t.text.starts_with(char::is_uppercase))?;
        // (nothing after the name but a title set off by a comma: no sentence)
        let after = &toks[run..];
        let titled = after.first().is_none_or(|c| c.text == ",")
            && after.iter().all(|t| !t.word || t.text.chars().all(char::is_alphabetic) && !phrase::looks_finite(t.text))
            && after.len() <= 6;
        // (the title with the name: `Gaston, comte de Morlaix`)
        let end = after.iter().rev().find(|t| t.word).map_or(last.end, |t| t.end);
        titled.then(|| Span::new(first.start, end))
    }

    /// The reporting verb that governs an infinitive of `avoir` or `être`
    /// before the participle `cue` (`explique avoir écrit`, `dit avoir vu`,
    /// `assure n'avoir jamais dit`): that verb's group.
    fn governing_verb(&self, cue: Span) -> Option<Span> {
        let text = self.text;
        let before = text[..cue.start].trim_end_matches(is_space);
        // (past an adverb after the infinitive: `n'avoir jamais dit`, `avoir déjà vu`)
        let before = ["jamais", "pas", "rien", "déjà", "toujours", "bien"]
            .iter()
            .find_map(|a| before.strip_suffix(a).filter(|b| b.ends_with(' ')))
            .map_or(before, |b| b.trim_end_matches(is_space));
        let before = before.strip_suffix("avoir").or_else(|| before.strip_suffix("être"))?;
        // (past a negation: `n'avoir jamais`, `ne pas avoir`)
        let before = before.strip_suffix("n'").or_else(|| before.strip_suffix("n’")).unwrap_or(before);
        let before = before.trim_end_matches(is_space);
        let before = before.strip_suffix("ne pas").unwrap_or(before).trim_end_matches(is_space);
        let from = before
            .rfind(|c: char| !crate::text::is_word_char(c))
            .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
        if from >= before.len() {
            return None;
        }
        let g = cue::reporting_verb_group(&text[from..cue.start], self.lex)?;
        (g.len <= before.len() - from && !g.negated).then(|| Span::new(from, from + g.len))
    }

    /// True for `juger` before `par`, which tells what a judgement rests on,
    /// not whose words follow (`On en jugera par les extraits des «cahiers»`).
    fn judges_by(&self, cue: Span) -> bool {
        let text = self.text;
        let word = text[cue.range()].rsplit([' ', '\'', '’']).next().unwrap_or("");
        word.starts_with("jug")
            && text[cue.end..].trim_start_matches(is_space).starts_with("par ")
            && self.lex.lookup_all(word).any(|v| v.lemma == "juger")
    }

    /// True when `cue` is a participle right after the noun of a thing that
    /// displays words, whose phrase it qualifies: `une banderole proclamant`,
    /// `un petit mot écrit`.
    fn thing_participle(&self, cue: Span) -> bool {
        let text = self.text;
        // (a present participle, or the past one of writing: `écrit`, `inscrite`;
        // the lexicon is asked only for words shaped so)
        let word = &text[cue.range()];
        let shaped = word.ends_with("ant") || memchr::memmem::find(word.as_bytes(), b"crit").is_some();
        let participle = shaped
            && self.lex.lookup_all(word).any(|v| {
                v.form == cue::Form::PresentParticiple
                    || matches!(v.form, cue::Form::PastParticiple(_)) && matches!(v.lemma, "écrire" | "inscrire")
            });
        if !participle {
            return false;
        }
        let from = ceil_boundary(text, cue.start.saturating_sub(60));
        let toks = self.words.window(from, cue.start, 12);
        let Some(noun) = toks.last().filter(|t| {
            t.word && t.text.starts_with(char::is_lowercase) && !t.is(phrase::class::DETERMINER | phrase::class::STOP)
        }) else {
            return false;
        };
        // (the phrase from its determiner, a few words back: `un petit mot`)
        let Some(det) = toks.iter().rposition(|t| t.is(phrase::class::DETERMINER)).filter(|&d| toks.len() - d <= 4) else {
            return false;
        };
        // (a thing that displays words, whose author is not named by it; a
        // document speaks for its author: `un communiqué dénonçant «…»`)
        let display = phrase::lower_is(
            noun.text,
            &[
                "banderole",
                "banderoles",
                "pancarte",
                "pancartes",
                "panneau",
                "panneaux",
                "affiche",
                "affiches",
                "écriteau",
                "calicot",
                "inscription",
                "graffiti",
                "tag",
                "tags",
                "drapeau",
                "t-shirt",
                "mot",
            ],
        );
        display && toks[det + 1..].iter().all(|t| t.word && t.text.starts_with(char::is_lowercase))
    }

    /// True when a phrase names a thing: no pronoun, no capital past its first
    /// letter, no person (`Le stade`, `Une réponse`; not `il`, `Renault`, `le
    /// maire`).
    fn names_thing(&self, w: Span) -> bool {
        let words = &self.text[w.range()];
        !is_pronoun(words) && !words.chars().skip(1).any(char::is_uppercase) && !resolve::names_person(&self.words, w)
    }

    /// The person named in the relative clause that follows `who`, a thing
    /// (`Une réponse qui n'a pas convaincu Loïc Perrin`), before `limit`.
    fn reacting_person(&self, who: Span, limit: usize) -> Option<Span> {
        let text = self.text;
        // (the cheap test first: most speakers are followed by no `qui`)
        // (or `que` and an inverted subject: `Un chiffre que n'a pas démenti X :`)
        let rest = text[who.end..limit].trim_start_matches(is_space);
        if !["qui ", "que ", "qu'", "qu’"].iter().any(|r| rest.starts_with(r)) {
            return None;
        }
        if !self.names_thing(who) {
            return None;
        }
        let toks = self.words.window(who.end, limit, 30);
        if !toks.first().is_some_and(|t| phrase::lower_is(t.text, &["qui", "que", "qu"])) {
            return None;
        }
        let end = toks.iter().find(|t| matches!(t.text, ":" | "." | ";" | "!" | "?" | "«" | "“")).map_or(limit, |t| t.start);
        toks[1..].iter().filter(|t| t.end <= end).find_map(|t| {
            (t.word && t.text.starts_with(char::is_uppercase) && !t.is(phrase::class::DETERMINER) && phrase::starts_name(t.text))
                .then(|| phrase_after(&self.words, t.start, end, self.lex))
                .flatten()
                .filter(|p| resolve::names_person(&self.words, *p))
        })
    }

    /// `Il s'est confié dans les colonnes du Temps. «…», y affirme-t-il`: `y`
    /// before the cue stands for the medium the sentence before names.
    fn relay_of_y(&self, f: &mut Found, s_start: usize) {
        let text = self.text;
        let Some(cue) = f.cue.filter(|c| f.source.is_none() && text[c.range()].starts_with("y ")) else { return };
        let Some(k) = self.sentences.index_of(s_start).and_then(|k| k.checked_sub(1)) else { return };
        let Some(prev) = self.sentences.get(k) else { return };
        let none = Span::new(prev.end, prev.end);
        for t in cue::prepositional_cue_starts_outside(text, prev.start, prev.end, none) {
            let Some((len, canonical)) = cue::prepositional_cue(&text[t.start..prev.end]) else { continue };
            if canonical.ends_with(" de") || canonical.ends_with(" à") {
                // (the name after a contracted article: `dans les colonnes du Temps`)
                let at = t.start + len;
                let from = self.words.window(at, prev.end, 2).first().filter(|w| w.is(phrase::class::DU)).map_or(at, |w| w.end);
                if let Some(medium) = phrase_after(&self.words, from, prev.end, self.lex).filter(|m| m.end <= cue.start) {
                    f.source = Some(medium);
                    return;
                }
            }
        }
    }

    /// `«…», rapporte le journal, qui cite un délégué`, `rapporte Le Parisien,
    /// citant un délégué`, `Selon Dawn, qui cite un élu local, …`: the one the
    /// relay cites speaks; the relay relays.
    fn cited_after(&self, f: &mut Found, quote: Span, end: usize) {
        let text = self.text;
        let (Some(who), Some(cue)) = (f.speaker, f.cue) else { return };
        // (the relay after its cue, or before the words)
        if f.source.is_some() || !(cue.start >= quote.end && who.start >= cue.end || who.end <= quote.start) {
            return;
        }
        let end = if who.end <= quote.start { quote.start } else { end };
        // (the speaker may be in the next sentence, past `end`)
        let Some(rest) = text.get(who.end..end) else { return };
        let rest = rest.trim_start_matches(is_space);
        let Some(after) = [", qui cite ", ", qui citait ", ", citant "].iter().find_map(|p| rest.strip_prefix(p)) else { return };
        let from = end - after.len();
        if let Some(cited) = phrase_after(&self.words, from, end, self.lex) {
            f.speaker = Some(cited);
            f.source = Some(who);
        }
    }

    /// The subject of a quotation that opens on a finite reporting verb
    /// (`La fédération «regrette profondément» les incidents`, `Le maire
    /// «s'insurge contre» la fermeture`): the noun phrase that ends right
    /// before the opening mark. With `any_verb` (an inverted cue follows the
    /// words, and nothing but the subject precedes them), any finite verb
    /// will do, an auxiliary too: `Le suspect «a reconnu les faits», indique
    /// le parquet`.
    fn quoted_predicate(&self, q: &Quote<'_>, s_start: usize, any_verb: bool) -> Option<Span> {
        // (the cheapest test first: a word right before the opening mark, or an
        // emphatic pronoun set off after the subject: `Le maire, lui, «…»`)
        let before = self.text[..q.span.start].trim_end_matches(is_space);
        let subject_end = match before.strip_suffix(',') {
            Some(b) => {
                // (or a detached adverbial of contrast: `La direction, de son côté, «…»`)
                let b = [
                    " lui",
                    " elle",
                    " eux",
                    " elles",
                    " quant à lui",
                    " quant à elle",
                    " quant à eux",
                    " quant à elles",
                    " de son côté",
                    " de leur côté",
                    " pour sa part",
                    " pour leur part",
                    " en revanche",
                    " lui aussi",
                    " elle aussi",
                    " eux aussi",
                    " elles aussi",
                ]
                .iter()
                .find_map(|e| b.strip_suffix(e))
                .or_else(|| {
                    // (or a participle of being asked, with its agent: `Naval Group,
                    // contacté, «…»`, `Le groupe, sollicité par l'AFP, «…»`)
                    let k = b.rfind(',')?;
                    let seg = b[k + 1..].trim_start_matches(is_space);
                    let asked = ["contacté", "sollicité", "joint", "jointe", "interrogé", "questionné", "consulté"]
                        .iter()
                        .any(|p| seg.strip_prefix(p).is_some_and(|r| r.is_empty() || r.starts_with(['e', 's', ' '])));
                    (asked && seg.split_whitespace().count() <= 6).then(|| &b[..=k])
                })
                .or_else(|| {
                    // (or a relative on the subject, set off by its commas: `Le
                    // policier, qui n'était pas présent, «prend acte…», a fait savoir…`)
                    // (read back 200 bytes at most: the work per quotation stays bounded)
                    if !any_verb {
                        return None;
                    }
                    let from = ceil_boundary(b, b.len().saturating_sub(200));
                    let k = from + [", qui ", ", dont "].iter().filter_map(|r| b[from..].rfind(r)).max()?;
                    (!b[k..].contains(['«', '»', '"', '“', '”', '.', ';', ':'])).then(|| &b[..=k])
                })?;
                b.strip_suffix(',')?.trim_end_matches(is_space).len()
            }
            None if before.ends_with(char::is_alphanumeric) => q.span.start,
            None => return None,
        };
        let toks = self.words.window(q.text_span.start, q.text_span.end, 5);
        let mut words = toks.iter().filter(|t| t.word).peekable();
        // (a negation: `«n'exclut rien»`, `«ne regrette rien»`)
        words.next_if(|t| matches!(t.text, "n" | "ne"));
        // (a pronominal verb: `s'insurge`, `se félicite`)
        words.next_if(|t| matches!(t.text, "s" | "se"));
        let verb = words.next()?;
        let finite = |w: &str| {
            looks_finite(w)
                || phrase::COMMON_FINITE.contains(&w)
                || matches!(
                    w,
                    "avaient"
                        | "doivent"
                        | "peuvent"
                        | "veut"
                        | "veulent"
                        | "fait"
                        | "font"
                        | "prend"
                        | "prennent"
                        | "reste"
                        | "restent"
                        | "sait"
                        | "entend"
                        | "compte"
                        | "tient"
                        | "tiennent"
                        | "se"
                        | "s"
                        | "y"
                        | "en"
                )
        };
        let reports = self.lex.lookup_all(verb.text).any(|v| matches!(v.form, cue::Form::Finite { .. }));
        if !(reports || any_verb && finite(verb.text)) {
            return None;
        }
        let clause = skip_adverbials(self.text, s_start, q.span.start);
        let who = subject_before(&self.words, clause, q.span.start, self.lex)?;
        (who.end <= subject_end && self.text[who.end..subject_end].chars().all(is_space)).then_some(who)
    }

    /// `X y voit une «…»`, `X voit dans ce texte une «…»`: `voir` judges only
    /// with `y` before it or `dans` after it (it reports nothing alone: `X a vu
    /// «Titanic»`). The subject and the cue, `y` and the verb group.
    fn sees_in(&self, s_start: usize, quote: usize) -> Option<(Span, Span)> {
        const SEES: &[&str] = &["voit", "voient", "voyait", "voyaient", "verra", "verront", "verrait", "voyant"];
        let text = self.text;
        // (read word by word only when the letters are there: `voi`, `voy`, `verr`)
        let bytes = &text.as_bytes()[s_start..quote];
        let seen = memchr::memchr_iter(b'v', bytes).any(|k| {
            let next = &bytes[k + 1..];
            next.starts_with(b"oi") || next.starts_with(b"oy") || next.starts_with(b"err")
        });
        if !seen {
            return None;
        }
        let clause = skip_adverbials(text, s_start, quote);
        let toks = self.words.window(clause, quote, 40);
        let k = toks.iter().position(|t| t.word && phrase::lower_is(t.text, SEES))?;
        let y = k.checked_sub(1).filter(|&j| toks[j].text == "y");
        let dans = toks.get(k + 1).is_some_and(|t| t.text == "dans");
        if y.is_none() && !dans {
            return None;
        }
        // (`n'y voit pas`: a negation says nothing)
        if toks[..k].iter().rev().take(3).any(|t| matches!(t.text, "n" | "ne")) {
            return None;
        }
        let cue_start = y.map_or(toks[k].start, |j| toks[j].start);
        let cue = Span::new(cue_start, if dans { toks[k + 1].end } else { toks[k].end });
        // (in a later clause of its own: `X a jugé…, tandis que Y y voit «…»`)
        let clause = last_of(&text[clause..cue_start], &[", tandis que ", ", alors que ", ", mais ", "; "])
            .map_or(clause, |(at, len)| clause + at + len);
        let who = subject_before(&self.words, clause, cue_start, self.lex)?;
        Some((who, cue))
    }

    /// An inverted cue right after the closing mark: `», a indiqué X`,
    /// `», a-t-il ajouté`, `» selon X`, `» (X)`.
    fn cue_after(&self, from: usize, end: usize) -> Option<(Span, Span, Option<Span>)> {
        self.cue_after_once(from, end)
            .or_else(|| {
                // `«A» a été conclu «B», a déclaré X`: the cue after the next quotation
                let k = self.outer.partition_point(|s| s.start < from);
                let next = self.outer.get(k).filter(|s| s.end <= end)?;
                let between = &self.text[from..next.start];
                (between.len() < 60 && !between.contains(['.', '!', '?'])).then_some(())?;
                self.cue_after_once(next.end, end)
            })
            .or_else(|| {
                // `La ministre a «pris acte» de la décision, a indiqué son entourage`:
                // the cue after a comma of a short end of sentence: the last, or a
                // verb before a relative (`…, a averti la préfecture, qui prévoit…`),
                // not a preposition between commas (`destinée, selon lui, à «…»`)
                let rest = &self.text[from..end];
                if rest.trim_start().starts_with(',') {
                    return None;
                }
                let last = rest.rfind(',');
                rest.match_indices(',')
                    .map(|(k, _)| k)
                    .filter(|&k| k > 0)
                    .take_while(|&k| {
                        k < 100 && !rest[..k].contains(['.', '!', '?', ';', ':', '«', '»', '“', '”', '"', '(', '\n'])
                    })
                    .filter(|&k| Some(k) == last || cue::prepositional_cue(rest[k + 1..].trim_start()).is_none())
                    .find_map(|k| self.cue_after_once(from + k, end))
            })
    }

    /// True when the words at `at` (after `selon`) are the speaker's own
    /// account, a possessive and a noun of figures or words (`ses chiffres`,
    /// `ses propres termes`), not someone else's.
    fn own_account(&self, at: usize, end: usize) -> bool {
        let text = self.text;
        let mut after = text[at..end].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
        let owner = after.next().is_some_and(|w| phrase::lower_is(w, &["son", "sa", "ses", "leur", "leurs"]));
        owner
            && after.find(|w| !phrase::lower_is(w, &["propre", "propres"])).is_some_and(|n| {
                phrase::lower_is(
                    n,
                    &[
                        "chiffres",
                        "termes",
                        "mots",
                        "dires",
                        "propos",
                        "estimations",
                        "calculs",
                        "comptes",
                        "données",
                        "informations",
                        "explications",
                        "déclarations",
                        "aveux",
                        "souvenirs",
                    ],
                )
            })
    }

    fn cue_after_once(&self, from: usize, end: usize) -> Option<(Span, Span, Option<Span>)> {
        let text = self.text;
        let mut i = from;
        // the comma after the marks, a footnote call
        let rest =
            text[i..end].trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | '¹' | '²' | '³') || c.is_ascii_digit());
        i = end - rest.len();
        if i >= end {
            return None;
        }
        if rest.starts_with('(') {
            let close = rest.find(')')?;
            // (not a title's publisher before its practical details: `«Marée
            // basse» (Columbia), sortie le 12 mars`; a list of quotations goes on
            // with the next one, `«Oui» (Paul), «Non» (Lise)`)
            let after = rest[close + 1..].trim_start_matches(is_space);
            if let Some(more) = after.strip_prefix(',') {
                if !more.trim_start_matches(is_space).starts_with(['«', '“', '"']) {
                    return None;
                }
            }
            let who = phrase_after(&self.words, i + 1, i + close, self.lex)?;
            return Some((Span::new(who.start, who.start), who, None));
        }
        // `pour` after the marks is the purpose of the words (`«…» pour la région`), not a cue
        if let Some((len, canonical)) = cue::prepositional_cue(rest) {
            if SPEAKER_PREPOSITIONS.contains(&canonical)
                && canonical != "pour"
                && !SAME_SOURCE.contains(&canonical)
                && !self.same_source_follows(i + len, end)
            {
                if canonical.starts_with("de source") {
                    let who = self.described_source(from, Span::new(i, i + len), canonical, end)?;
                    return Some((Span::new(i, i + len), who, None));
                }
                let who = phrase_after(&self.words, i + len, end, self.lex)?;
                let who = self.what_says(who, end).unwrap_or(Some(who))?;
                let who = match self.document_agent(who, end) {
                    // (`«…», selon un rapport consulté par l'AFP`: the report, relayed)
                    Some((medium, true)) => {
                        return Some((
                            Span::new(i, i + len),
                            trim_span(text, who.start, medium.start.min(who.end)),
                            Some(medium),
                        ));
                    }
                    Some((agent, false)) => agent,
                    None => who,
                };
                let who = self.phrase_owner(who)?;
                let who = self.sent_to(who, end);
                return Some((Span::new(i, i + len), who, None));
            }
            return None;
        }
        if let Some(found) = self.subject_first_incise(i, end) {
            return Some(found);
        }
        // `«…», qu'elle me répond`: the popular incise with `que`
        if let Some((pronoun, cue)) = incise::popular_que(text, i, end, self.lex) {
            return Some((cue, pronoun, None));
        }
        // (words that a determiner opens are a noun phrase's, the subject of
        // the verb right after them, no comma between: `La «loi Vernet» prévoit le
        // rétablissement…`)
        if !text[from..i].contains(',') && self.determiner_before_marks(from) {
            return None;
        }
        let Some(g) = cue::reporting_verb_group(rest, self.lex) else {
            // (a verb the lexicon lacks with its inverted subject pronoun, as the
            // detection reads it: `— Il fait froid, frissonna-t-elle.`)
            let inc = incise::unknown_inverted(text, i, end)?;
            let pronoun = inc.subject.filter(|s| s.start > inc.cue.start && is_pronoun(&text[s.range()]))?;
            return Some((inc.cue, pronoun, None));
        };
        if g.negated {
            return None;
        }
        let cue = Span::new(i, i + g.len);
        if let Some(inv) = g.inverted {
            let pronoun = Span::new(i + inv.span.start, i + inv.span.end);
            // `a-t-on appris de source policière`, `glisse-t-on à l'Élysée`: the
            // impersonal `on` stands for the one named after it
            if &text[pronoun.range()] == "on" {
                if let Some(who) = self.on_speaker(cue.end, end) {
                    return Some((cue, who, None));
                }
                // (`peut-on lire dans le message`: the reader is nobody's voice; the
                // writer is found around)
                if g.lemma == "lire" {
                    // (`«…», peut-on y lire`: the author of the document the sentence
                    // before names, `Le syndicat a publié un communiqué.`)
                    return self.document_author_before(i).map(|who| (cue, who, None));
                }
            }
            return Some((cue, pronoun, None));
        }
        // (a present participle has no inverted subject: `«…», jugeant le projet
        // «…»` goes on the speaker before)
        if g.tense == cue::GroupTense::PresentParticiple {
            return None;
        }
        let (who, medium) = inverted_subject(&self.words, cue.end, end, self.lex)?;
        if self.resumes_a_thing(g.lemma, cue, who) {
            return None;
        }
        // (a partitive or an indefinite plural after the verb is its object
        // unless it names people: `«…», réclame des moyens`, not `affirment
        // des habitants`)
        let mut words = self.text[who.range()].split([' ', '\'', '’']);
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let counted =
            phrase::lower_is(second, &["milliers", "centaines", "dizaines", "millions", "foule", "quelques", "nombreux"]);
        // (a name that opens on its particle is someone: `répondit de Marsay`)
        let particle_name = first == "de" && second.starts_with(char::is_uppercase);
        if phrase::lower_is(first, &["des", "du", "de"]) && !counted && !particle_name && !resolve::names_person(&self.words, who)
        {
            return None;
        }
        Some((cue, who, medium))
    }

    /// True when the verb right after the subject `who` (past its clitics) is
    /// one of asking (`lui demanda`, `interrogea`), before the quotation at
    /// `quote`: the words after a colon answer it.
    fn asks_after(&self, who: Span, quote: usize) -> bool {
        let toks = self.words.window(who.end, quote, 4);
        let Some(v) = toks.iter().find(|t| t.word && !t.is(phrase::class::STOP) && !phrase::OBJECT_CLITICS.contains(&t.text))
        else {
            return false;
        };
        cue::reporting_verb_group(&self.text[v.start..quote], self.lex)
            .is_some_and(|g| matches!(g.lemma, "demander" | "interroger" | "questionner"))
    }

    /// True when a determiner stands right before the quotation that closes at
    /// `end` (`La «loi Vernet»`, `cette «fausse bonne idée»`).
    fn determiner_before_marks(&self, end: usize) -> bool {
        let k = self.outer.partition_point(|s| s.end <= end);
        let Some(q) = k.checked_sub(1).map(|k| self.outer[k]).filter(|s| self.text[s.end..end].trim_matches(is_space).is_empty())
        else {
            return false;
        };
        let before = self.text[..q.start].trim_end_matches(is_space);
        let word = before.rsplit(|c: char| !crate::text::is_word_char(c)).next().unwrap_or("");
        !word.is_empty() && phrase::is_determiner(&crate::text::lower(word))
    }

    /// An incise between commas right before the marks, between the subject of
    /// the sentence and the words that carry it on (`Les syndicats, a-t-elle
    /// dit, «ont été entendus»`, `Avec, promet X, «quelques surprises»`): its
    /// cue, its subject and the medium it names.
    fn incise_before(&self, s_start: usize, quote: usize) -> Option<(Span, Span, Option<Span>)> {
        let before = self.text[s_start..quote].trim_end_matches(is_space).strip_suffix(',')?;
        let comma = s_start + before.len();
        let from = s_start + before.rfind(',')? + 1;
        // (the cue opens the segment and its subject closes it)
        let (cue, who, medium) = self.cue_after_once(from, comma)?;
        let opens = next_non_space(self.text, from, comma).is_some_and(|(k, _)| k == cue.start);
        let closes = self.text[who.end.max(cue.end)..comma].trim_matches(is_space).is_empty()
            || medium.is_some_and(|m| self.text[m.end..comma].trim_matches(is_space).is_empty());
        // (not a thing, the object of the sentence's own verb after a subject set
        // off by a participle: `Le ministre, cité par X, dénonce une réforme, «…»`)
        (opens && closes && !self.names_thing(who)).then_some((cue, who, medium))
    }

    /// The speaker of the sentence before a phrase that is no more than a noun
    /// of speech (`Un seul mot`, `Une phrase`), in the same paragraph: the
    /// subject of its reporting verb.
    fn said_before(&self, words: Span) -> Option<Span> {
        let toks = self.words.window(words.start, words.end, 6);
        if speech_noun_at(&toks, 0)?.0 + 1 != toks.len() {
            return None;
        }
        let k = self.sentences.index_of(words.start)?.checked_sub(1)?;
        let prev = self.sentences.get(k).filter(|p| p.end <= words.start && !self.text[p.start..words.start].contains('\n'))?;
        let end =
            prev.start + self.text[prev.range()].trim_end_matches(|c: char| is_space(c) || matches!(c, '.' | '!' | '…')).len();
        self.cue_before(prev.start, end).filter(|(_, cue, _)| cue.is_some()).map(|(who, _, _)| who)
    }

    /// The person whose words a phrase of speech names by its complement, when
    /// the phrase is only that: `Le verdict du médecin`, `La réponse de Marcel`.
    fn words_of(&self, span: Span) -> Option<Span> {
        let toks = self.words.window(span.start, span.end, 12);
        // (or a voice: `La voix de Théo :`)
        let voice = || {
            let d = toks.first().is_some_and(|t| t.is(phrase::class::DETERMINER));
            toks.get(usize::from(d)).is_some_and(|t| t.text == "voix").then_some((usize::from(d), d))
        };
        let (k, determiner) = speech_noun_at(&toks, 0).or_else(voice)?;
        // (not the nouns that also name bodies: `le conseil de l'entreprise`,
        // `L'ordre des médecins`, `la cour d'appel`)
        if !determiner || phrase::lower_is(toks[k].text, &["conseil", "conseils", "ordre", "ordres", "appel"]) {
            return None;
        }
        self.owner_in(&toks[k + 1..], span)
    }

    /// The medium of `nos confrères de X` (`interrogée par nos confrères de
    /// France 3`): X; else `who`.
    fn colleagues_medium(&self, who: Span, end: usize) -> Span {
        let toks = self.words.window(who.start, end, 12);
        let colleagues = toks.first().is_some_and(|t| phrase::lower_is(t.text, &["nos"]))
            && toks.get(1).is_some_and(|t| phrase::lower_is(t.text, phrase::COLLEAGUES));
        if !colleagues {
            return who;
        }
        toks.get(2..).and_then(|rest| self.complement_speaker(rest, end)).unwrap_or(who)
    }

    /// The medium a document was sent to, when the phrase `who` ends on the
    /// participle that says so (`un communiqué transmis` `à l'AFP`), else `who`.
    fn sent_to(&self, who: Span, end: usize) -> Span {
        let text = self.text;
        let words = &text[who.range()];
        let sent = ["transmis", "transmise", "adressé", "adressée", "envoyé", "envoyée", "remis", "remise"]
            .iter()
            .any(|p| words.strip_suffix(p).is_some_and(|w| w.ends_with(' ')));
        if !sent || who.end >= end {
            return who;
        }
        let to = text[who.end..end].trim_start_matches(is_space);
        let Some(rest) = to.strip_prefix("à ").or_else(|| to.strip_prefix("au ")).or_else(|| to.strip_prefix("aux ")) else {
            return who;
        };
        let from = end - rest.len();
        phrase_after(&self.words, from, end, self.lex)
            .or_else(|| {
                let w = crate::text::word_end(text, from, end);
                (w > from).then(|| Span::new(from, w))
            })
            .unwrap_or(who)
    }

    /// The one who wrote or recorded a writing that speaks: the complement of a
    /// noun of writing (`La lettre de sa mère`, `Le répondeur de Marc Roy`,
    /// `le communiqué du ministère`), a person or a body.
    fn writer_of(&self, span: Span) -> Option<Span> {
        // (a writing's phrase holds its complement: told by bytes before its words are read)
        let words = &self.text[span.range()];
        // (or its owner's possessive, which takes up the owner: `Ses lettres
        // commençaient ainsi :`, `Son billet disait :`)
        if words.split(' ').next().is_some_and(|d| phrase::lower_is(d, &["son", "sa", "ses"])) {
            let toks = self.words.window(span.start, span.end, 6);
            let noun = toks.iter().skip(1).find(|t| t.word && !resolve::is_prenominal(t.text));
            if noun.is_some_and(|n| n.end == span.end && WRITING_NOUNS.contains(&&*lower(n.text))) {
                return toks.first().map(|d| Span::new(d.start, d.end));
            }
        }
        if !(words.contains(" de ")
            || words.contains(" du ")
            || words.contains(" des ")
            || words.contains(" d'")
            || words.contains(" d’"))
        {
            return None;
        }
        let toks = self.words.window(span.start, span.end, 12);
        let k = usize::from(toks.first()?.is(phrase::class::DETERMINER));
        let k = k + usize::from(toks.get(k).is_some_and(|t| matches!(t.text, "'" | "’")));
        let k = k + toks[k..].iter().take_while(|t| t.word && resolve::is_prenominal(t.text)).count();
        if !toks.get(k).is_some_and(|t| t.word && WRITING_NOUNS.contains(&&*lower(t.text))) {
            return None;
        }
        self.owner_in(&toks[k + 1..], span)
    }

    /// True when the clause before the colon that ends right before `quote`
    /// ends on a writing that its subject finds with no writer named (`Eugène
    /// trouva sur sa table un billet non signé : «…»`): its words are nobody's
    /// (a writer named is read by [`Self::letter_writer`] and
    /// [`Self::letter_before_colon`]).
    fn unsigned_writing(&self, speaker: Option<Span>, quote: Span) -> bool {
        let text = self.text;
        let Some(before) = text[..quote.start].trim_end_matches(is_space).strip_suffix(':') else { return false };
        let colon = before.trim_end_matches(is_space).len();
        let Some(s) = self.sentences.index_of(colon.saturating_sub(1)).and_then(|k| self.sentences.get(k)) else { return false };
        let from = speaker.filter(|w| w.start >= s.start && w.end <= colon).map_or(s.start, |w| w.end);
        let toks = self.words.window(from, colon, 30);
        let Some(j) = toks.iter().rposition(|t| t.word && phrase::lower_is(t.text, LETTERS)) else { return false };
        // (the writing ends the clause: a few words describe it, no verb; its
        // determiner before it, past an adjective or two)
        let tail = &toks[j + 1..];
        let describes = tail.len() <= 6
            && tail
                .iter()
                .all(|t| !t.word || !(phrase::looks_finite(t.text) || self.lex.lookup(t.text).is_some()) || t.text == "signé");
        let determiner = (j.saturating_sub(3)..j).any(|d| toks[d].is(phrase::class::DETERMINER));
        // (found, not written, sent or described: `avait tracé sur la feuille`)
        let finds =
            toks[..j].iter().any(|t| t.word && ["trouv", "découvr", "découvert"].iter().any(|v| lower(t.text).starts_with(v)));
        describes && determiner && finds && self.complement_speaker(tail, colon).is_none()
    }

    /// The complement after a noun of words or of writing (`rest`, the tokens
    /// after it) that names a person or a body and ends the phrase `span`.
    fn owner_in(&self, rest: &[Tok<'_>], span: Span) -> Option<Span> {
        self.complement_speaker(rest, span.end).filter(|w| {
            w.end == span.end && (resolve::names_person(&self.words, *w) || self.text[w.range()].starts_with(char::is_uppercase))
        })
    }

    /// True when a phrase names a channel: a medium's noun (`le quotidien`), a
    /// brand (`franceinfo`) or a name with a capital (`l'AFP`, `Le Monde`), not
    /// a person described (`un juge`, `les policiers`).
    fn names_channel(&self, who: Span) -> bool {
        // (a person is no channel, named or not: `interrogé par la présidente,
        // Sophie Marrec`)
        let toks = self.words.window(who.start, who.end, 8);
        let described = match &*toks {
            [d, n, ..] => d.is(phrase::class::DETERMINER) && n.word && n.text.starts_with(char::is_lowercase),
            _ => false,
        };
        let named = toks.first().is_some_and(|t| resolve::is_first_name(t.text));
        if (described || named) && resolve::names_person(&self.words, who) && !phrase::names_medium(&toks, self.lex) {
            return false;
        }
        toks.iter().filter(|t| t.word).any(|t| {
            t.is(phrase::class::MEDIUM)
                || phrase::is_brand(t, self.lex)
                || t.text.starts_with(char::is_uppercase) && !t.is(phrase::class::DETERMINER)
        })
    }

    /// True when the clause before the marks ends on `avoir` as a verb of its
    /// own, not an auxiliary, and the marks hold its object: the cue found is
    /// no more than the verb and the words open on a determiner (`X a «une
    /// dette colossale»`, not `X a «présenté des excuses»`).
    fn has_words(&self, before: (Span, Option<Span>, f32), q: &Quote<'_>) -> bool {
        let text = self.text;
        let own = before.1.map_or(
            // (the woven words of an auxiliary: no cue, the verb right before the marks)
            text[..q.span.start].trim_end_matches(is_space).rsplit(' ').next().unwrap_or(""),
            |c| &text[c.range()],
        );
        let first = text[q.text_span.range()].split([' ', '\'', '’']).next().unwrap_or("");
        let determiner =
            |w: &str| phrase::lower_is(w, &["un", "une", "des", "le", "la", "les", "l", "du", "de", "d", "son", "sa", "ses"]);
        // (or `avoir` before its own object, the words after it: `Il a toujours
        // son vélo, rangé au garage «comme une relique», dit sa femme`)
        let object_between = || {
            before.1.is_none() && before.0.end <= q.span.start && {
                let mut ws = text[before.0.end..q.span.start].split([' ', '\'', '’']).filter(|w| !w.is_empty());
                ws.next().is_some_and(|a| AUXILIARIES.contains(&a))
                    && ws.find(|w| !matches!(*w, "toujours" | "encore" | "déjà" | "aussi" | "même")).is_some_and(determiner)
            }
        };
        AUXILIARIES.contains(&own) && determiner(first) || object_between()
    }

    /// True when the verb found before the marks is in the future or the
    /// conditional (`relèvera`, `maintiendrait`) and a named subject follows the
    /// marks' inverted cue: the sentence announces, the one after speaks.
    fn announces(&self, before: (Span, Option<Span>, f32), who: Span) -> bool {
        let Some(cue) = before.1 else { return false };
        let verb = self.text[cue.range()].rsplit(' ').next().unwrap_or("");
        crate::text::may_be_future(verb)
            && verb.chars().count() > 4
            && !is_pronoun(&self.text[who.range()])
            && !self.lex.lookup(verb).is_some_and(|_| {
                // (a verb of speech in the future reports: `X dira «…»`; not one
                // whose subject is a thing, `La séance reprendra «…»`)
                self.text[cue.end..].trim_start_matches(is_space).starts_with(['«', '“', '"'])
                    && (resolve::names_person(&self.words, before.0) || is_pronoun(&self.text[before.0.range()]))
            })
    }

    /// True when `again`, the subject of a cue after the marks, names the body
    /// `first` (a proper name) by its kind: `le constructeur` for `Renault`,
    /// `le club phocéen` for `L'OM`, `l'entreprise` for `Le groupe Danone`.
    fn names_again(&self, first: Span, again: Span) -> bool {
        let text = self.text;
        let toks = self.words.window(again.start, again.end, 4);
        let kind = match &*toks {
            [d, a, n, ..] if d.is(phrase::class::L) && matches!(a.text, "'" | "’") => n,
            [d, n, ..] if d.is(phrase::class::DETERMINER) && d.text.starts_with(char::is_lowercase) => n,
            _ => return false,
        };
        // (no name of its own after the kind: `le groupe Danone` is another name)
        let named = toks.iter().skip_while(|t| t.start <= kind.start).any(|t| t.text.starts_with(char::is_uppercase));
        let proper =
            text[first.range()].split([' ', '\'', '’']).any(|w| w.starts_with(char::is_uppercase) && !phrase::is_determiner(w));
        !named && proper && phrase::lower_is(kind.text, BODY_KINDS)
    }

    /// An incise whose subject pronoun comes first, as contemporary narration
    /// writes it after the marks (`« … » elle demande.`, `« … », j'ai répondu.`,
    /// `« … », il dit en souriant.`, see [`incise::subject_first`]): the verb
    /// group and the pronoun, when the incise ends there or on a phrase of manner.
    fn subject_first_incise(&self, i: usize, end: usize) -> Option<(Span, Span, Option<Span>)> {
        let text = self.text;
        let (pronoun, cue) = incise::subject_first(text, i, end, self.lex)?;
        let tail = text[cue.end..end].trim_start_matches(is_space);
        let ends = tail.is_empty()
            || tail.starts_with(['.', ',', '!', '?', '…', ';', '\n'])
            || ["en ", "sans ", "d'une ", "d’une ", "d'un ", "d’un ", "avec ", "doucement", "tout bas"]
                .iter()
                .any(|m| tail.starts_with(m));
        ends.then_some((cue, pronoun, None))
    }

    /// Who speaks behind an impersonal `on`, named after its cue: whom the words
    /// were learnt from (`a-t-on appris de source judiciaire`: `source
    /// judiciaire`; `auprès du parquet`: `parquet`; `auprès de la préfecture`),
    /// or where they were said (`glisse-t-on à l'Élysée`, `chez les Verts`, `au
    /// ministère de l'Intérieur`, `dans son entourage`, `du côté de Bercy`, `lit-on
    /// dans le communiqué de l'Élysée`: its author), after a time (`mardi`,
    /// `hier soir`).
    fn on_speaker(&self, from: usize, end: usize) -> Option<Span> {
        let toks = self.words.window(from, end, 16);
        let mut k = 0;
        // (a time first: `a-t-on appris mardi soir de source…`)
        while toks
            .get(k)
            .is_some_and(|t| t.is(phrase::class::WEEKDAY) || phrase::lower_is(t.text, &["hier", "soir", "matin", "midi"]))
        {
            k += 1;
        }
        let first = toks.get(k)?;
        let rest_from = if phrase::lower_is(first.text, &["de"])
            && toks.get(k + 1).is_some_and(|t| phrase::lower_is(t.text, &["source", "sources"]))
        {
            k + 1
        } else if phrase::lower_is(first.text, &["auprès"]) {
            match toks.get(k + 1) {
                // `auprès de la préfecture`: a phrase with its determiner
                Some(t) if t.is(phrase::class::DE | phrase::class::D) => {
                    let at = toks[k + 2..].iter().find(|t| t.word)?.start;
                    return phrase_after(&self.words, at, end, self.lex);
                }
                // `auprès du parquet`, `auprès des enquêteurs`: the words after the contraction
                Some(t) if t.is(phrase::class::DU | phrase::class::DES) => k + 2,
                _ => return None,
            }
        } else if phrase::lower_is(first.text, &["au", "aux"]) && toks.get(k + 1).is_some_and(|t| t.word) {
            // `Au ministère de l'Intérieur, on…`: the noun the contraction holds
            // its article for, and its complement
            let at = toks[k + 1];
            let who = phrase_after(&self.words, at.start, end, self.lex)
                .unwrap_or_else(|| crate::text::trim_span(self.text, at.start, end));
            let named = self.text[who.range()].split([' ', '\'', '’']).any(|w| w.starts_with(char::is_uppercase));
            let seat = || self.words.window(who.start, who.end, 3).iter().any(|t| t.word && phrase::lower_is(t.text, ON_SEATS));
            return (named || seat()).then_some(who);
        } else if phrase::lower_is(first.text, &["à", "chez"])
            || phrase::opens_on_unaccented_a(first.text, toks.get(k + 1).map_or("", |t| t.text))
        {
            // `glisse-t-on à l'Élysée`, `à Matignon`, `chez les Verts`: a body or its seat
            // (a capital left without its accent too: `A la mairie, on…`)
            let at = toks[k + 1..].iter().find(|t| t.word)?;
            let who = phrase_after(&self.words, at.start, end, self.lex)?;
            let named = self.text[who.range()].split([' ', '\'', '’']).any(|w| w.starts_with(char::is_uppercase));
            // (or a seat in small letters: `À la mairie, on…`, `à la préfecture`)
            let seat = || self.words.window(who.start, who.end, 3).iter().any(|t| t.word && phrase::lower_is(t.text, ON_SEATS));
            return (named || seat()).then_some(who);
        } else if phrase::lower_is(first.text, &["rue", "place", "avenue", "quai", "boulevard"]) {
            // `fait-on savoir rue de Varenne`, `place Beauvau`: the seat by its
            // address, its name capitalised after a particle perhaps
            let mut j = k + 1;
            while toks
                .get(j)
                .is_some_and(|t| t.is(phrase::class::DE | phrase::class::DU | phrase::class::D) || matches!(t.text, "'" | "’"))
            {
                j += 1;
            }
            let named =
                toks[j.min(toks.len())..].iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).last()?;
            return Some(Span::new(first.start, named.end));
        } else if phrase::lower_is(first.text, &["au"])
            && toks.get(k + 1).is_some_and(|t| {
                t.word && t.text.starts_with(char::is_uppercase) && phrase::lower_is(t.text, &["château", "palais"])
            })
            && toks.get(k + 2).is_none_or(|t| !t.word)
        {
            // `explique-t-on au Château`: the seat of power by its capitalised noun
            let t = toks[k + 1];
            return Some(Span::new(t.start, t.end));
        } else if phrase::lower_is(first.text, &["au", "aux"])
            && toks.get(k + 1).is_some_and(|t| t.word && (phrase::is_acronym(t.text) || t.text.starts_with(char::is_uppercase)))
            && toks.get(k + 2).is_none_or(|t| !t.word)
        {
            // `assure-t-on au DFAE`, `au Medef`: a body by its acronym or its name
            let t = toks[k + 1];
            return Some(Span::new(t.start, t.end));
        } else if phrase::lower_is(first.text, &["au", "aux"])
            && toks
                .get(k + 1)
                .is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase) && !t.is(phrase::class::DETERMINER))
        {
            // `Au Centre hospitalier de Sion, on…`: a body's name of several words,
            // to the end of the adverbial (no more than eight words, none a verb)
            let rest = &toks[k + 1..];
            let n = rest.iter().take_while(|t| t.word || matches!(t.text, "'" | "’" | "-")).count();
            let name = n <= 10
                && rest[..n]
                    .iter()
                    .all(|t| !t.word || !looks_finite(t.text) && self.lex.lookup(t.text).is_none() && !t.is(phrase::class::STOP));
            let last = rest[..n].last()?;
            let tail = self.text[last.end..end].trim_matches(|c: char| is_space(c) || matches!(c, '.' | ',' | ';' | '!' | '?'));
            return (name && last.word && tail.is_empty()).then(|| Span::new(rest[0].start, last.end));
        } else if phrase::lower_is(first.text, &["au"])
            && toks.get(k + 1).is_some_and(|t| t.word && phrase::lower_is(t.text, ON_SEATS))
        {
            // `explique-t-on au ministère de l'Intérieur`: the noun and its complement
            let noun = toks[k + 1];
            let complement = self.complement_speaker(&toks[k + 2..], end);
            return Some(Span::new(noun.start, complement.map_or(noun.end, |c| c.end)));
        } else if phrase::lower_is(first.text, &["dans"]) {
            // `explique-t-on dans son entourage`, `lit-on dans le communiqué de X`
            let at = toks[k + 1..].iter().find(|t| t.word)?;
            let phrase = phrase_after(&self.words, at.start, end, self.lex)?;
            let head = self.words.window(phrase.start, phrase.end, 4).iter().filter(|t| t.word).nth(1).copied()?;
            // (`dans les services de l'État`, `dans les rangs des policiers`)
            if phrase::lower_is(
                head.text,
                &[
                    "entourage",
                    "camp",
                    "équipe",
                    "cabinet",
                    "majorité",
                    "opposition",
                    "services",
                    "rangs",
                    "direction",
                    "état-major",
                    // (the people gathered: `disait-on dans la foule`)
                    "foule",
                    "assistance",
                    "salle",
                    "public",
                    "assemblée",
                    "cortège",
                ],
            ) {
                // (the ranks are their body's: `la majorité`)
                if head.text == "rangs" {
                    return self.complement_speaker(&self.words.window(head.end, end, 12), end).or(Some(phrase));
                }
                return Some(phrase);
            }
            // (a document speaks for its author: `le communiqué de l'Élysée`)
            if phrase::lower_is(
                head.text,
                &["communiqué", "rapport", "texte", "note", "document", "courrier", "lettre", "déclaration"],
            ) {
                let after = self.words.window(head.end, end, 12);
                return self.complement_speaker(&after, end).or(Some(phrase));
            }
            return None;
        } else if k == 0 && first.text == "Côté" {
            // `Côté syndicats, on dénonce`, `Côté direction, on assure`: the noun
            // after it, bare or with its article
            let at = toks.get(1).filter(|t| t.word)?;
            let who = phrase_after(&self.words, at.start, end, self.lex).or_else(|| {
                let w = crate::text::word_end(self.text, at.start, end);
                (w > at.start).then(|| Span::new(at.start, w))
            })?;
            return (!is_pronoun(&self.text[who.range()])).then_some(who);
        } else if phrase::lower_is(first.text, &["du"]) && toks.get(k + 1).is_some_and(|t| phrase::lower_is(t.text, &["côté"]))
        {
            // `souligne-t-on du côté de Bercy`
            let after = &toks[k + 2..];
            return self.complement_speaker(after, end);
        } else {
            return None;
        };
        // the noun and its words, to the end of the clause
        let start = toks.get(rest_from).filter(|t| t.word)?.start;
        let mut last = None;
        for t in toks[rest_from..].iter().take(8) {
            if !t.word && !matches!(t.text, "'" | "’" | "-") {
                break;
            }
            last = Some(t.end);
        }
        Some(Span::new(start, last?))
    }

    /// The body named by a lead-in before a colon and the marks: after `chez`,
    /// `du côté de`, `côté` (`Même son de cloche chez la CGT :`, `Côté syndicats,
    /// …`), or as the complement of a noun of reaction opening the sentence
    /// (`Réaction de l'opposition :`).
    fn lead_in_speaker(&self, s_start: usize, quote: usize) -> Option<Span> {
        let text = self.text;
        let before = text[s_start..quote].trim_end_matches(is_space);
        let colon = s_start + before.strip_suffix(':')?.trim_end_matches(is_space).len();
        let toks = self.words.window(s_start, colon, 40);
        let first = toks.iter().find(|t| t.word)?;
        if phrase::lower_is(first.text, &["réaction", "réactions", "réponse", "réplique", "commentaire"]) {
            let k = toks.iter().position(|t| t.start == first.start)?;
            // (an adjective may come first: `Réaction immédiate de l'opposition`)
            return self.complement_speaker(&toks[k + 1..], colon);
        }
        let (k, t) = toks.iter().enumerate().rev().find(|(_, t)| t.word && phrase::lower_is(t.text, &["chez", "côté"]))?;
        let is_cote = phrase::lower_is(t.text, &["côté"]);
        let from = if is_cote && k > 0 && phrase::lower_is(toks[k - 1].text, &["du"]) {
            // `du côté de la FNSEA`
            return self.complement_speaker(&toks[k + 1..], colon);
        } else if is_cote && t.start != first.start {
            // (`à côté de lui` is a place)
            return None;
        } else {
            toks.get(k + 1).filter(|n| n.word)?.start
        };
        // (to the comma or the colon: `Côté syndicats, la colère gronde`)
        let end = text[from..colon].find(',').map_or(colon, |c| from + c);
        let who = phrase_after(&self.words, from, end, self.lex).or_else(|| {
            // a bare plural after `côté` (`Côté syndicats`)
            let w = crate::text::word_end(text, from, end);
            (w > from).then(|| Span::new(from, w))
        })?;
        // (a body or people, not `chez nous`, `chez lui`)
        let words = &text[who.range()];
        (!is_pronoun(words) && !phrase::lower_is(words, &["moi", "toi", "soi", "eux", "elle", "lui"])).then_some(who)
    }

    /// `Et d'ajouter :`, `Et de conclure :` opening the quotation's sentence: the
    /// cue (`d'ajouter`) and the speaker of the sentence before (its last
    /// quotation's, or its subject).
    fn narrative_infinitive(&self, quote: usize, s_start: usize) -> Option<(Span, Span)> {
        let text = self.text;
        let before = text[s_start..quote].trim_end_matches(is_space).strip_suffix(':')?.trim_end_matches(is_space);
        let lead = before.trim_start_matches(is_space);
        let at = quote - (text[s_start..quote].len() - (before.len() - lead.len()));
        // (`Et d'ajouter :`, `Avant d'ajouter :`, `Puis de conclure :`)
        let opening = ["Et puis ", "Et ", "Avant ", "Puis "].iter().find(|p| lead.starts_with(**p))?.len();
        let rest = &lead[opening..];
        // (`Et la mère Lerat de hurler :`: a subject before the infinitive)
        let (subject, rest) =
            match rest.strip_prefix("de ").or_else(|| rest.strip_prefix("d'")).or_else(|| rest.strip_prefix("d’")) {
                Some(_) => (None, rest),
                None => {
                    let k = [" de ", " d'", " d’"].iter().filter_map(|p| rest.rfind(p)).max()?;
                    let from = at + opening;
                    // (an apposition's closing comma before `de`: `Et le maire, X, de prévenir`)
                    let end = from + rest[..k].trim_end_matches(|c: char| is_space(c) || c == ',').len();
                    (phrase_after(&self.words, from, end, self.lex).filter(|p| p.end == end), &rest[k + 1..])
                }
            };
        let infinitive = rest.strip_prefix("de ").or_else(|| rest.strip_prefix("d'")).or_else(|| rest.strip_prefix("d’"))?;
        let len = infinitive.find(|c: char| !c.is_alphabetic()).unwrap_or(infinitive.len());
        // (nothing else before the colon but a phrase of manner: `Et d'ajouter :`,
        // `Et d'ajouter, dans un sourire :`)
        let tail = infinitive[len..].trim_matches(is_space);
        let manner = tail.strip_prefix(',').is_some_and(|m| is_manner(m.trim_matches(|c: char| is_space(c) || c == ',')));
        // (or whom the words are for: `Et de lancer à l'adresse de ses rivaux :`)
        let addressee = ["à ", "au ", "aux "].iter().any(|p| tail.starts_with(p))
            && tail.len() <= 60
            && !tail.contains(['.', ';', ',', '«', '»', '!', '?']);
        if len == 0 || !(tail.is_empty() || manner || addressee) || self.lex.lookup(&infinitive[..len]).is_none() {
            return None;
        }
        let cue_start = at + opening + (lead.len() - opening - rest.len());
        let cue = Span::new(cue_start, cue_start + (rest.len() - infinitive.len()) + len);
        if let Some(who) = subject {
            return Some((cue, who));
        }
        let k = self.sentences.index_of(s_start)?;
        let prev = self.sentences.get(k.checked_sub(1)?)?;
        let who = match self.last_speaker {
            Some((who, end)) if prev.start < end && end <= prev.end => who,
            _ => self.sentence_subject(prev, Span::new(quote, quote))?,
        };
        Some((cue, who))
    }

    /// An infinitive of speech after `pour` or `afin de` right before the
    /// colon, whose subject is the sentence's: `Bastien s'assit près de moi
    /// pour me dire :` (the cue `pour me dire`, the speaker `Bastien`); after
    /// `au tour de X de`, X's (`C'était au tour de mon oncle de dire :`).
    fn purpose_infinitive(&self, quote: usize) -> Option<(Span, Span)> {
        let text = self.text;
        // (the colon may close the line before a dialogue turn)
        let colon = text[..quote].trim_end_matches(is_space).len().checked_sub(1)?;
        if text.as_bytes()[colon] != b':' {
            return None;
        }
        let s = self.sentences.get(self.sentences.index_of(colon)?)?;
        let s_start = s.start.min(colon);
        let end = s_start + text[s_start..colon].trim_end_matches(is_space).len();
        let toks = self.words.window(ceil_boundary(text, end.saturating_sub(80).max(s_start)), end, 20);
        let (verb, rest) = toks.split_last()?;
        if !verb.word || !self.lex.lookup_all(verb.text).any(|f| matches!(f.form, cue::Form::Infinitive)) {
            return None;
        }
        // (past its clitics: `pour lui demander`, `pour m'annoncer`)
        let k = rest
            .iter()
            .rposition(|t| !(t.is(phrase::class::CLITIC | phrase::class::OBJECT_CLITIC) || matches!(t.text, "'" | "’")))?;
        let opens = match &rest[..=k] {
            [.., p] if phrase::lower_is(p.text, &["pour"]) => Some(p.start),
            [.., a, d] if phrase::lower_is(a.text, &["afin"]) && phrase::lower_is(d.text, &["de", "d"]) => Some(a.start),
            // `au tour de X de dire :` (`C'était au tour de mon oncle de dire :`,
            // `Au tour de la ministre de répliquer :`): X speaks
            [head @ .., d] if phrase::lower_is(d.text, &["de", "d"]) => {
                let t = head.windows(3).rposition(|w| {
                    phrase::lower_is(w[0].text, &["au"])
                        && w[1].text == "tour"
                        && w[2].is(phrase::class::DE | phrase::class::DU | phrase::class::DES | phrase::class::D)
                })?;
                // (after `du`, `des`, which hold its article, the phrase is its noun:
                // `au tour du ministre` gives `ministre`, as `de l'aveu du ministre`)
                let from = head[t + 3..].iter().find(|w| w.word)?.start;
                let bare = || {
                    let p = trim_span(text, from, d.start);
                    let toks = self.words.window(p.start, p.end, 9);
                    (!p.is_empty() && toks.len() <= 8 && toks.iter().all(|w| w.word || matches!(w.text, "'" | "’"))).then_some(p)
                };
                let who = phrase_after(&self.words, from, d.start, self.lex).filter(|p| p.end <= d.start).or_else(bare)?;
                return Some((Span::new(d.start, verb.end), who));
            }
            _ => None,
        }?;
        let cue = Span::new(opens, verb.end);
        let who = self.sentence_subject(Span::new(s_start, colon), Span::new(quote, quote))?;
        // (a verb of speech of its own before it is the cue: `Elle m'interrompit
        // pour dire :`)
        let spoken = || {
            let from = ceil_boundary(text, opens.saturating_sub(80)).max(who.end);
            self.words.window(from, opens, usize::MAX).iter().any(|t| {
                t.word && cue::reporting_verb_group(&text[t.start..opens], self.lex).is_some_and(|g| g.inverted.is_none())
            })
        };
        (who.end <= cue.start && !spoken()).then_some((cue, who))
    }

    /// `comme` or `ainsi que`, an object clitic (`l'`, `le`), a reporting verb
    /// and its inverted subject, in the quotation's sentence outside its marks:
    /// the cue and the speaker (`Comme l'a dit l'entraîneur, «…»`).
    fn as_says(&self, s_start: usize, s_end: usize, quote: Span) -> Option<(Span, Span)> {
        // (told by bytes first: few sentences hold either word)
        let b = &self.text.as_bytes()[s_start..s_end];
        let finder = |w: &str| memchr::memmem::find(b, w.as_bytes()).is_some();
        if !(finder("omme ") || finder("insi ")) {
            return None;
        }
        let toks = self.words.window(s_start, s_end, 200);
        let k = toks.iter().position(|t| {
            t.word
                && !quote.contains(Span::new(t.start, t.end))
                && (phrase::lower_is(t.text, &["comme"]) || phrase::lower_is(t.text, &["ainsi"]))
        })?;
        let mut j = k + 1;
        if phrase::lower_is(toks[k].text, &["ainsi"]) {
            if !toks.get(j).is_some_and(|t| phrase::lower_is(t.text, &["que", "qu"])) {
                return None;
            }
            j += 1;
            if toks.get(j).is_some_and(|t| t.text == "'" || t.text == "’") {
                j += 1;
            }
        }
        let at = toks.get(j).filter(|t| t.word)?.start;
        // (the clause ends at the marks or the comma)
        let end = if at < quote.start { quote.start } else { s_end };
        // (the subject pronoun before its verb: `«…», comme il dit`, `comme elle
        // l'appelle`; not the `on` of a saying, `comme on dit`)
        if k == j - 1
            && phrase::lower_is(toks[j].text, &["il", "elle", "ils", "elles", "je", "j"])
            && let Some(v) = toks.get(j + 1 + usize::from(toks[j].text.eq_ignore_ascii_case("j")))
        {
            let g =
                cue::reporting_verb_group(&self.text[v.start..end], self.lex).filter(|g| !g.negated && g.inverted.is_none())?;
            // (the verb alone, with no object nor complement: not the `comme` of
            // time, `comme je lui répondais que…`)
            let rest = &self.text[v.start + g.len..end];
            let rest = rest[cue::adverbials_len(rest)..].trim_start_matches(is_space);
            let alone = rest.is_empty() || rest.starts_with([',', '.', ';', '!', '?', '…', '»', '«', '"', '“', '”', ')']);
            return alone.then(|| (Span::new(v.start, v.start + g.len), Span::new(toks[j].start, toks[j].end)));
        }
        let g = cue::reporting_verb_group(&self.text[at..end], self.lex).filter(|g| !g.negated && g.inverted.is_none())?;
        let cue = Span::new(at, at + g.len);
        let (who, _) = inverted_subject(&self.words, cue.end, end, self.lex)?;
        (!is_pronoun(&self.text[who.range()])).then_some((cue, who))
    }

    /// The subject of an inverted reporting verb set between commas right
    /// before a participle at `participle` (`…, a annoncé le parquet,
    /// dénonçant`), looked for after `from`.
    fn inverted_before_participle(&self, from: usize, participle: usize) -> Option<Span> {
        let text = self.text;
        let before = text[from..participle].trim_end_matches(is_space).strip_suffix(',')?;
        let end = from + before.len();
        // (the verb after one of the last commas: the subject may hold one, `son
        // avocat, Me Paul Roux`)
        before.rmatch_indices(',').take(3).find_map(|(comma, _)| {
            let at = next_non_space(text, from + comma + 1, end)?.0;
            // (the subject runs to the comma, and is someone)
            let (who, _) = self.inverted_clause(at, end)?;
            // (a proper name the lists do not know is someone too: `Santé publique
            // France`)
            let someone = resolve::names_person(&self.words, who)
                || text[who.range()].starts_with(char::is_uppercase) && !self.names_thing(who);
            (text[who.end..end].trim_matches(is_space).is_empty() && someone).then_some(who)
        })
    }

    /// A reporting verb at `at`, finite, neither negated nor with its pronoun
    /// inverted, and its inverted subject (no pronoun) closing the clause
    /// before `end`: the subject, and a medium after it (`a annoncé le parquet`,
    /// `rapporte Le Soir`).
    fn inverted_clause(&self, at: usize, end: usize) -> Option<(Span, Option<Span>)> {
        let text = self.text;
        let g = cue::reporting_verb_group(&text[at..end], self.lex)
            .filter(|g| !g.negated && g.inverted.is_none() && g.tense != cue::GroupTense::PresentParticiple)?;
        let (who, medium) = inverted_subject(&self.words, at + g.len, end, self.lex)?;
        if self.resumes_a_thing(g.lemma, Span::new(at, at + g.len), who) {
            return None;
        }
        let tail = text[who.end..end].trim_start_matches(is_space);
        let closes = tail.is_empty() || tail.starts_with(['.', ',', ';', '!', '?']);
        (closes && !self.inside_quotation(who.start) && !is_pronoun(&text[who.range()])).then_some((who, medium))
    }

    /// An incise inside the quotation's text (`«…, a-t-il lancé, …»`).
    fn incise_within(&self, q: &Quote<'_>, nested: &[Span]) -> Option<(Span, Span)> {
        let t = q.text_span;
        let (_, inc) = incise::find_incise(self.text, t.start, t.end, nested, self.lex)?;
        let subject = inc.subject?;
        if subject.end == inc.cue.end {
            // (an impersonal `on` named by the place after it: `disait-on dans la
            // foule`)
            if &self.text[subject.range()] == "on" {
                if let Some(who) = self.on_speaker(inc.cue.end, t.end) {
                    return Some((inc.cue, who));
                }
            }
            return Some((inc.cue, subject));
        }
        let who = phrase_after(&self.words, subject.start, t.end, self.lex).unwrap_or(subject);
        Some((inc.cue, who))
    }

    /// True when the word right after `at` opens a reporting verb group, not
    /// inverted nor negated (`Kiev dénonce`, `le docteur a dit`): the phrase
    /// before it is that verb's subject.
    fn reports_after(&self, at: usize, quote: usize) -> bool {
        let text = self.text;
        self.words.window(at, quote, 1).first().is_some_and(|v| {
            v.word
                && v.text.starts_with(char::is_lowercase)
                && cue::reporting_verb_group(&text[v.start..quote], self.lex).is_some_and(|g| g.inverted.is_none() && !g.negated)
        })
    }

    /// A subject and a verb before the marks, in the clause from `start`:
    /// the speaker, the cue (when it is a reporting verb) and a confidence.
    /// True when the relative clause from `at` has its own verb and closes on a
    /// comma before another verb, the sentence's (`dont les adhérents ont voté,
    /// juge`).
    fn closed_relative(&self, at: usize, end: usize) -> bool {
        let toks = self.words.window(at, end, 30);
        let verb = |t: &phrase::Tok<'_>| {
            t.word
                && (AUXILIARIES.contains(&&*lower(t.text))
                    || matches!(t.text, "est" | "sont" | "était" | "étaient" | "fut" | "sera" | "seront" | "serait")
                    || self.lex.lookup(t.text).is_some()
                    || looks_finite(t.text))
        };
        let mut has_verb = false;
        for (j, t) in toks.iter().enumerate() {
            if t.text == "," {
                if has_verb && toks.get(j + 1).is_some_and(verb) {
                    return true;
                }
            } else if verb(t) {
                has_verb = true;
            }
        }
        false
    }

    fn cue_before(&self, start: usize, quote: usize) -> Option<(Span, Option<Span>, f32)> {
        let text = self.text;
        // (a dash that opens the sentence: `… avant l'aube. — Lucie dit :`; or a
        // list's hyphen, `- Le président, X : «…»`)
        let start = quote - text[start..quote].trim_start_matches(|c: char| is_space(c) || matches!(c, '—' | '–')).len();
        let start = match text[start..quote].strip_prefix("- ") {
            Some(rest) => quote - rest.trim_start_matches(is_space).len(),
            None => start,
        };
        // (a message's time before its sender: `21 h 04, Léa :`, `21:04 Léa :`)
        let start = quote - skip_timestamp(&text[start..quote]).len();
        let prefix = text[start..quote].trim_end_matches(is_space);
        // `Elle reprit :-- «…»`: dashes after the colon belong to it
        let prefix = match prefix.trim_end_matches(['-', '—', '–']).trim_end_matches(is_space) {
            p if p.ends_with(':') => p,
            _ => prefix,
        };
        if prefix.is_empty() {
            return None;
        }
        let toks = self.words.window(start, quote, 60);
        let clause0 = skip_adverbials(text, start, quote);
        // (a relative of answer before the subject: `À quoi Gabrielle répondit :`,
        // `Ce à quoi le curé répliqua :`)
        let clause0 = ["À quoi ", "A quoi ", "Ce à quoi ", "ce à quoi ", "à quoi "]
            .iter()
            .find_map(|o| text[clause0..quote].strip_prefix(o).map(|rest| quote - rest.len()))
            .unwrap_or(clause0);
        // `C'était Clara :`, `Voilà le curé :`: the person a presentative names
        // before the colon speaks
        if prefix.ends_with(':') {
            let head = &text[clause0..quote];
            let presented = ["C'était ", "C’était ", "C'est ", "C’est ", "Ce fut ", "Voilà ", "Voici "]
                .iter()
                .find_map(|p| head.strip_prefix(p).map(|rest| quote - rest.len()));
            if let Some(at) = presented {
                let colon = start + prefix.len() - 1;
                let who = phrase_after(&self.words, at, colon, self.lex)
                    .filter(|p| text[p.end..colon].trim_matches(is_space).is_empty() && resolve::names_person(&self.words, *p));
                if let Some(who) = who {
                    return Some((who, None, 0.7));
                }
            }
        }
        // `Un vote salué par le rapporteur, X :`, `Une analyse partagée par le
        // chercheur X :`: the agent of a reporting verb's participle speaks
        if prefix.ends_with(':') {
            let colon = start + prefix.len() - 1;
            let toks = self.words.window(clause0, colon, 30);
            let agent = toks.windows(2).find_map(|w| {
                let (part, par) = (&w[0], &w[1]);
                let participle = part.word
                    && ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"].iter().any(|e| part.text.ends_with(e))
                    && self.lex.lookup(part.text).is_some()
                    // (not a relay's: `cité par Le Progrès :`, `interrogé par RTL :`)
                    && !["cit", "interrog", "joint", "contact", "interview", "rapport", "relay", "repris", "sollicit", "question"]
                        .iter()
                        .any(|r| part.text.starts_with(r));
                (participle && par.text == "par").then_some((part, par))
            });
            if let Some((part, par)) = agent {
                // (a party in brackets may close the name: `X (MoDem)`)
                let head = text[par.end..colon].trim_end_matches(is_space);
                let bracket = head.ends_with(')').then(|| head.rfind('(')).flatten().map_or(colon, |k| par.end + k);
                let who = phrase_after(&self.words, par.end + 1, bracket, self.lex)
                    .filter(|p| resolve::names_person(&self.words, *p) && text[p.end..bracket].trim_matches(is_space).is_empty());
                if let Some(who) = who {
                    return Some((who, Some(Span::new(part.start, part.end)), COLON));
                }
            }
        }
        // `Alors dit le roi :`, `Puis répondit la reine :`: an adverb, the verb
        // and its inverted subject before the colon
        if prefix.ends_with(':') {
            if let [adverb, verb, ..] = &*self.words.window(clause0, quote, 2) {
                if phrase::lower_is(adverb.text, &["alors", "puis", "ainsi", "enfin", "lors", "aussitôt", "et"]) && verb.word {
                    let colon = start + prefix.len() - 1;
                    if let Some((who, _)) = self.inverted_clause(verb.start, colon) {
                        let g = cue::reporting_verb_group(&text[verb.start..colon], self.lex)?;
                        return Some((who, Some(Span::new(verb.start, verb.start + g.len)), COLON));
                    }
                }
            }
        }
        // a later clause with its own subject and verb (`…, tandis que Matignon juge «…»`)
        let mut starts = vec![(clause0, false)];
        // (a pair of dashes sets off an insertion, no clause: `Les trois pays
        // – France, Italie, Espagne – ont dénoncé`)
        let mut dash: Option<(usize, &str)> = None;
        for_each_match(&text[clause0..quote], &CLAUSE_STARTS, |k, conj| {
            if matches!(conj, " — " | " – ") {
                if let Some((open, _)) = dash.filter(|(_, mark)| *mark == conj) {
                    starts.retain(|(s, _)| *s != open);
                    dash = None;
                } else {
                    dash = Some((clause0 + k + conj.len(), conj));
                }
            }
            // (a relative in `dont` closed before the main verb is no clause:
            // `Le syndicat, dont les adhérents ont voté, juge l'accord «…»`; one
            // that holds the verb is, `Une pique, dont le porte-parole, X, a
            // répliqué :`)
            if conj == ", dont " && self.closed_relative(clause0 + k + conj.len(), quote) {
                return;
            }
            starts.push((clause0 + k + conj.len(), false));
        });
        // (a clause of time or condition that opens the sentence: `Quand le
        // ministre promet «…», les soignants sourient`)
        if let Some(conj) =
            ["Quand ", "Lorsque ", "Lorsqu'", "Lorsqu’", "Si ", "Dès que ", "Dès qu'", "Dès qu’", "Puisque ", "Puisqu'"]
                .iter()
                .find(|c| text[clause0..quote].starts_with(**c))
        {
            starts.push((clause0 + conj.len(), true));
        }
        // (a clause after a colon inside the sentence, with its own subject:
        // `FO se montre plus nuancée : son délégué parle d'un «…»`)
        if let Some(k) = text[clause0..quote].trim_end_matches(is_space).trim_end_matches(':').rfind(':') {
            if let Some((at, _)) = next_non_space(text, clause0 + k + 1, quote) {
                starts.push((at, false));
            }
        }
        // (a clause juxtaposed after a comma, a name then its reporting verb:
        // `Moscou dément toute offensive, Kiev dénonce une «…»`)
        for k in memchr::memchr_iter(b',', &text.as_bytes()[clause0..quote]) {
            let Some((at, c)) = next_non_space(text, clause0 + k + 1, quote) else { continue };
            // (a name, or a person described: `l'agent Marco Bellini dénonce`)
            let determiner =
                || self.words.window(at, quote, 1).first().is_some_and(|t| t.is(phrase::class::DETERMINER | phrase::class::L));
            if !c.is_uppercase() && !determiner() {
                continue;
            }
            let Some(p) = phrase_after(&self.words, at, quote, self.lex) else { continue };
            if !c.is_uppercase() && !resolve::names_person(&self.words, p) {
                continue;
            }
            // (not the end of a list, `touche le Mozambique, le Malawi et la Zambie`,
            // nor a clause inside a completive, after `que`)
            if text[p.range()].contains(" et ") || opens_object_relative(&text[clause0..clause0 + k]) {
                continue;
            }
            if self.reports_after(p.end, quote) {
                starts.push((at, false));
            }
        }
        // (a clause coordinated by `et` without a comma, after a clause with its
        // own verb: `La porte s'ouvrit et le docteur dit :`; not two subjects,
        // `Paul et Marie ont dit`)
        for k in memchr::memmem::find_iter(&text.as_bytes()[clause0..quote], b" et ") {
            let at = clause0 + k + 4;
            let before = self.words.window(clause0, clause0 + k, 24);
            let has_verb = before.iter().any(|t| {
                t.word
                    && t.text.starts_with(char::is_lowercase)
                    && (AUXILIARIES.contains(&t.text)
                        || matches!(t.text, "est" | "sont" | "était" | "étaient" | "fut" | "furent")
                        || phrase::looks_finite(t.text))
            });
            // (nor inside a completive, nor the end of a list: `que l'épidémie qui
            // touche le Malawi, la Zambie et le Mozambique risquait`)
            let head = &text[clause0..clause0 + k];
            let list = head.rsplit_once(", ").is_some_and(|(_, last)| last.split(' ').count() <= 4);
            if !has_verb || list || [" que ", " qu'", " qu’"].iter().any(|q| head.contains(q)) {
                continue;
            }
            let Some(p) = phrase_after(&self.words, at, quote, self.lex) else { continue };
            if !resolve::names_person(&self.words, p) || text[p.range()].contains(" et ") {
                continue;
            }
            if self.reports_after(p.end, quote) {
                starts.push((at, false));
            }
        }
        // narration that ends on a colon: the speaking verb may sit in a
        // subordinate clause (`…, quand Bouvard dit :`, `…si étonné que la
        // maîtresse lui dit :`)
        // (and any clause of time: `Le ton est monté lorsque X a qualifié le
        // projet de «…»`)
        for_each_match(&text[clause0..quote], &[" quand ", " lorsque ", " lorsqu'", " lorsqu’"], |k, conj| {
            // (not one set between commas before the main verb: `Et Francine,
            // quand il l'invita, répondit :`)
            let at = clause0 + k + conj.len();
            let inserted = text[clause0..clause0 + k].ends_with(',')
                && memchr::memchr(b',', &text.as_bytes()[at..quote]).is_some_and(|c| {
                    next_non_space(text, at + c + 1, quote).is_some_and(|(v, _)| {
                        cue::reporting_verb_group(&text[v..quote], self.lex).is_some_and(|g| g.inverted.is_none() && !g.negated)
                    })
                });
            if !inserted {
                starts.push((at, true));
            }
        });
        if prefix.ends_with(':') {
            for_each_match(&text[clause0..quote], &[" que ", " qu'", " qu’"], |k, conj| {
                // (`, que…` opens a relative clause)
                if !text[..clause0 + k].ends_with(',') {
                    starts.push((clause0 + k + conj.len(), true));
                }
            });
        }
        // (the order of the matches is lost here: equal starts are the same clause)
        starts.sort_unstable();
        let read_to = toks.last().map_or(start, |t| t.end);
        for &(clause, subordinate) in starts.iter().rev() {
            // `se rappelait ce que disait Simone quand on l'interrogeait :`: a
            // relative whose reporting verb comes first and its subject after it,
            // after a verb of memory (not `je répétais ce qu'avait dit X :`, the
            // teller's own words)
            let remembered = || {
                let head = text[clause0..clause].trim_end();
                let head = head.strip_suffix("que").or_else(|| head.strip_suffix("qu'")).or_else(|| head.strip_suffix("qu’"));
                let head = head.map(|h| h.trim_end()).and_then(|h| h.strip_suffix("ce")).map(str::trim_end).unwrap_or("");
                ["rappel", "souven", "oubli", "entend", "écout", "retin", "reten"].iter().any(|s| last_word(head).starts_with(s))
            };
            if subordinate && [" que", " qu'", " qu’"].iter().any(|q| text[..clause].trim_end().ends_with(q)) && remembered() {
                let g = cue::reporting_verb_group(&text[clause..quote], self.lex).filter(|g| !g.negated && g.inverted.is_none());
                if let Some(g) = g {
                    let who = inverted_subject(&self.words, clause + g.len, quote, self.lex)
                        .map(|(w, _)| w)
                        .filter(|w| !is_pronoun(&text[w.range()]) && resolve::names_person(&self.words, *w));
                    if let Some(who) = who {
                        return Some((who, Some(Span::new(clause, clause + g.len)), COLON * 0.9));
                    }
                }
            }
            // (a clause past the tokens read from the sentence start is read from its own start)
            let own;
            let clause_toks = if quote.saturating_sub(read_to) > 2 && clause > start {
                own = self.words.window(clause, quote, 60);
                &own
            } else {
                &toks
            };
            let Some(found) =
                self.clause_cue(clause_toks, clause, quote).or_else(|| self.coordinated_verb(clause0, clause, quote))
            else {
                continue;
            };
            // (a clause after `, puis` or `, et` whose phrase is one more object
            // in a list, its verb coordinated further on: `Paul regarda le ciel,
            // puis la place, et dit :` is Paul's)
            if clause > clause0 {
                let head = text[clause0..clause].trim_end_matches(is_space);
                // (the phrase read in the clause itself, not a subject before it
                // whose verbs are coordinated: `Elle sourit, et dit :`)
                let listed = [", puis", ", et"].iter().any(|c| head.ends_with(c))
                    && found.0.start >= clause
                    && found.1.is_some_and(|c| {
                        let gap = text.get(found.0.end..c.start).unwrap_or("");
                        gap.contains(", et ") || gap.contains(", puis ")
                    });
                if listed {
                    continue;
                }
            }
            // a subordinate clause speaks only through a person whose own
            // verb is the cue (not `les questions qu'on lui faisait :`, nor
            // `lorsque son mari eut achevé, elle répondit :`)
            if subordinate && !self.own_verb(found.0, found.1) {
                continue;
            }
            // `Mon frère raconte que le maire lui a dit :`: the main clause's speaker
            // relays the words of the completive's
            let head = text[..clause].trim_end();
            let conj_word = head.rsplit(' ').next().unwrap_or("");
            if subordinate && matches!(conj_word, "que" | "qu'" | "qu’") {
                let conj = head.len() - conj_word.len();
                let main_toks = &toks[..toks.partition_point(|t| t.end <= conj)];
                let relay = self.clause_cue(main_toks, clause0, conj).filter(|(who, cue, _)| {
                    // (the verb that takes the completive: `raconte que`, not `se remit
                    // à chanter, jusqu'à ce que`; past a short adverbial with no verb,
                    // `rapporta le lendemain que`, `déposa, d'une voix blanche, que`)
                    cue.is_some_and(|c| {
                        let gap = text[c.end..conj].trim_matches(|ch: char| is_space(ch) || ch == ',');
                        gap.is_empty()
                            || gap.len() <= 48
                                && !gap.contains(['.', ';', ':', '«', '»', '"', '(', ')'])
                                && self.words.window(c.end, conj, 10).iter().all(|t| {
                                    !t.word
                                        || !(looks_finite(t.text)
                                            || crate::text::looks_infinitive(t.text)
                                            || phrase::lower_is(
                                                t.text,
                                                &["qui", "que", "qu", "dont", "où", "jusqu", "ce", "afin", "avant", "pour"],
                                            ))
                                })
                    }) && !same_words(text, *who, Some(found.0))
                        && !is_pronoun(&text[who.range()])
                });
                if let Some((who, _, _)) = relay {
                    self.relay.set(Some(who));
                }
            }
            // `Le Télégramme citait l'avocate, Me X : «…»`: the one cited speaks,
            // the one who cites relays
            if let Some(cited) = self.cited(found, quote) {
                self.relay.set(Some(found.0));
                return Some((cited, found.1, found.2));
            }
            // `L'agence cite le diplomate affirmant que…`: the one cited speaks
            // through the participle, the one who cites relays
            if let Some(cited) = self.cited_participle(found) {
                self.relay.set(Some(found.0));
                return Some((cited, found.1, found.2));
            }
            // `Paul m'a répété les paroles de Marc :`, `avait surpris ces mots de
            // la baronne :`: the one whose words the colon announces speaks, the
            // subject who heard or repeats them relays
            if let Some(owner) = self.announced_words_of(found.0, quote) {
                self.relay.set(Some(found.0));
                return Some((owner, found.1, found.2));
            }
            return Some(found);
        }
        // `X : «…»` (interviews, headlines)
        if prefix.ends_with(':') {
            let colon = start + prefix.len() - 1;
            // words of speech that name their speaker (`l'ordre de la maîtresse :`,
            // `la question directe du médecin au cocher :`)
            if let Some(who) = self.speech_noun_speaker(&toks, colon) {
                return Some((who, None, COLON * 0.9));
            }
            // the one a thing affects (`Une promesse qui laisse sceptique X :`)
            if let Some(who) = self.affected_person(clause0, colon) {
                return Some((who, None, COLON * 0.9));
            }
            // the last clause after a semicolon first (`…, les femmes se turent ;
            // et Rachel, frissonnante, se retourna :`)
            // (or after `, et`: `Paul ferma le livre, et ma mère leva les yeux :`)
            let last = ["; ", ", et "].iter().filter_map(|p| text[clause0..colon].rfind(p).map(|k| clause0 + k + p.len())).max();
            let last_subject = last
                .and_then(|l| subject_before(&self.words, l, colon, self.lex))
                .filter(|w| self.own_verb_subject(*w) && !is_pronoun(&text[w.range()]) && !is_manner(&text[w.range()]));
            if let Some(who) = last_subject {
                return Some((who, None, COLON));
            }
            // (not words of another quotation: `«Ils ont tout donné», a salué X, qui
            // a ironisé : «…»`)
            let quoted = |w: &Span| {
                let k = self.outer.partition_point(|o| o.end <= w.start);
                self.outer.get(k).is_some_and(|o| o.start <= w.start)
            };
            // (words of speech with their owner's possessive open the clause,
            // whatever follows: `Son dernier message remonte au 2 mars :`, `Sa
            // réponse ne s'est pas fait attendre :`)
            let owner = match &*self.words.window(clause0, colon, 6) {
                toks @ [d, ..] if resolve::is_possessive(d.text) && speech_noun_at(toks, 0).is_some() => {
                    Some(Span::new(d.start, d.end))
                }
                _ => None,
            };
            if let Some(owner) = owner {
                return Some((owner, None, COLON * 0.9));
            }
            // (nor an exchange of words, whose speakers are its people: `L'échange
            // a été bref :`, `La conversation tourna court :`)
            let exchange = |w: &Span| {
                self.words.window(w.start, w.end, 3).iter().filter(|t| t.word).nth(1).is_some_and(|n| {
                    phrase::lower_is(n.text, &["échange", "conversation", "dialogue", "discussion", "dispute", "altercation"])
                })
            };
            if let Some(who) = subject_before(&self.words, clause0, colon, self.lex).filter(|w| {
                !is_manner(&text[w.range()])
                    && !is_time_phrase(&text[w.range()])
                    && !quoted(w)
                    && !self.impersonal_il(*w)
                    && !exchange(w)
            }) {
                // (a gesture of the subject before the colon is no part of its
                // name: `Le témoin baisse les yeux :`, `L'accusé lève la main :`)
                if let Some(subject) = self.gesture_subject(who) {
                    return Some((subject, None, COLON * 0.9));
                }
                // (the whole label too: `Attaque de loup à Séez :` reads `Attaque`)
                // (after a rubric's colon: `Tennis : X :`)
                let label = text[clause0..colon].rsplit(':').next().unwrap_or("").trim_matches(is_space);
                if text[who.range()].split_whitespace().count() <= 8
                    && !is_headline_label(&text[who.range()])
                    && !is_headline_label(label)
                {
                    // (a headline's topic after the name is not the speaker's:
                    // `Didier Deschamps sur Mbappé :`)
                    let toks = self.words.window(who.start, who.end, 8);
                    let topic = toks.iter().position(|t| t.word && phrase::lower_is(t.text, phrase::TOPIC_PREPOSITIONS));
                    let who = match topic {
                        Some(k) if k >= 2 && toks[..k].iter().all(|t| t.word && t.text.starts_with(char::is_uppercase)) => {
                            Span::new(who.start, toks[k - 1].end)
                        }
                        _ => who,
                    };
                    // (an adverb of order after the name is not part of it: `Emma
                    // d'abord :`, `Puis Karim, ensuite :`)
                    let words = &text[who.range()];
                    let who = ["d'abord", "d’abord", "ensuite", "enfin", "aussitôt", "à son tour"]
                        .iter()
                        .find_map(|a| words.strip_suffix(a))
                        .map(|w| w.trim_end_matches(|c: char| is_space(c) || c == ','))
                        .filter(|w| !w.is_empty())
                        .map_or(who, |w| Span::new(who.start, who.start + w.len()));
                    // (a medium after the name and its apposition relays: `X,
                    // ministre du Travail, sur RTL :`, `Le maire dans Le Progrès :`)
                    let inside = self.words.window(who.start, who.end, 16);
                    let who = match phrase::first_medium(inside.get(1..).unwrap_or(&[]), self.lex) {
                        Some((k, m)) if m.end == who.end => trim_span(text, who.start, inside[k + 1].start),
                        _ => who,
                    };
                    let medium = phrase::first_medium(&self.words.window(who.end, colon, 16), self.lex)
                        .map(|(_, m)| m)
                        .filter(|m| m.end <= colon && text[m.end..colon].trim_matches(is_space).is_empty());
                    if medium.is_some() {
                        self.relay.set(medium);
                    }
                    return Some((who, None, COLON));
                }
            }
            // narration that ends on a colon (`Impuissant à retenir sa bête,
            // il se mit à crier :`): its last subject pronoun speaks
            let unquoted: Vec<Tok<'_>> = toks.iter().filter(|t| !quoted(&Span::new(t.start, t.end))).copied().collect();
            if let Some(who) = last_subject_pronoun(&unquoted) {
                return Some((who, None, COLON * 0.9));
            }
            // or the person its first phrase names (`Alors la fermière se mit à
            // pleurer, et très vite :`)
            let at = next_non_space(text, clause0, colon).map_or(clause0, |(k, _)| k);
            let label = text[clause0..colon].rsplit(':').next().unwrap_or("").trim_matches(is_space);
            let person = |p: &Span| {
                let words = &text[p.range()];
                resolve::names_person(&self.words, *p)
                    && !is_headline_label(words)
                    && !is_headline_label(label)
                    && !is_manner(words)
            };
            if let Some(who) = phrase_after(&self.words, at, colon, self.lex).filter(person) {
                return Some((who, None, COLON * 0.9));
            }
            // no subject and no verb before the colon (`Puis, d'une voix brisée :`):
            // the subject of the sentence before goes on
            let verbless = toks
                .iter()
                .filter(|t| t.word && t.end <= colon)
                .all(|t| !(looks_finite(t.text) || self.lex.lookup(t.text).is_some()));
            let before =
                self.sentences.index_of(start.saturating_sub(1)).and_then(|k| self.sentences.get(k)).filter(|p| p.end <= start);
            if let Some(prev) = before.filter(|_| verbless && colon - start < 80) {
                let subject = self
                    .sentence_subject(prev, Span::new(start, start))
                    .filter(|w| {
                        (phrase::is_third_person(&text[w.range()]) || resolve::names_person(&self.words, *w))
                            && !self.impersonal_il(*w)
                    })
                    // (or the speaker of the words that sentence quotes: `«…», a
                    // reconnu l'entraîneur. Puis, un brin amer : «…»`)
                    .or_else(|| self.last_speaker.filter(|(_, end)| prev.start <= *end && *end <= prev.end).map(|(w, _)| w));
                if let Some(who) = subject {
                    return Some((who, None, COLON * 0.8));
                }
            }
        }
        None
    }

    /// True when `w` is an impersonal `il`, its verb right after it (`Il faut
    /// le dire :`, `s'il y aurait appel`): nobody.
    fn impersonal_il(&self, w: Span) -> bool {
        self.text[w.range()].eq_ignore_ascii_case("il")
            && self.words.window(w.end, self.text.len(), 1).first().is_some_and(is_impersonal)
    }

    /// The person a feeling or a state affects, as the object of a verb whose
    /// subject, opening `from..to`, is a thing: `La question agace Sophie
    /// Martin.`, `Le mot fait rire Moussa.`, `Une promesse qui laisse sceptique
    /// François Lebrun, apiculteur :`. Such a person speaks next.
    fn affected_person(&self, from: usize, to: usize) -> Option<Span> {
        let toks = self.words.window(from, to, 40);
        let k = toks.iter().position(|t| t.word && phrase::lower_is(t.text, AFFECTING))?;
        let causative = phrase::lower_is(toks[k].text, &["fait", "faisait", "fit", "laisse", "laissait", "laissa"]);
        let mut j = k + 1;
        if causative {
            // (`fait rire`, `laisse sceptique`: the infinitive or the state after)
            toks.get(j).filter(|t| t.word && phrase::lower_is(t.text, AFFECTED_STATES))?;
            j += 1;
        }
        let at = toks.get(j).filter(|t| t.word && (t.text.starts_with(char::is_uppercase) || t.is(phrase::class::DETERMINER)))?;
        // (the verb's subject a thing: not `Paul agace Sophie`)
        let opening = phrase_after(&self.words, toks.first()?.start, toks[k].start, self.lex);
        if opening.is_none_or(|o| resolve::names_person(&self.words, o) || text_has_capital(&self.text[o.range()])) {
            return None;
        }
        let end = toks[j..].iter().find(|t| matches!(t.text, "," | ":" | "." | ";" | "!" | "?")).map_or(to, |t| t.start);
        phrase_after(&self.words, at.start, end, self.lex).filter(|w| resolve::names_person(&self.words, *w))
    }

    /// The subject of a clause `who` that ends on a gesture rather than a name:
    /// a person's noun phrase, then a verb and its object (`Le jeune homme
    /// baisse les yeux`, `L'accusée hausse les épaules`, `Le témoin tourne la
    /// tête vers la cour`). The verb is told by the determiner or the
    /// possessive of its object after it, or by a tense of narration.
    fn gesture_subject(&self, who: Span) -> Option<Span> {
        // (or a state told by a copula and its adjective: `Le maire reste
        // prudent :`, `La gérante se montre plus optimiste :`)
        let toks = self.words.window(who.start, who.end, 16);
        let copula = toks.iter().enumerate().skip(1).find(|(k, t)| {
            phrase::lower_is(t.text, &["reste", "restent", "demeure", "demeurent", "semble", "semblent", "paraît", "paraissent"])
                || phrase::lower_is(t.text, &["montre", "montrent", "veut", "veulent"]) && toks[*k - 1].text == "se" && *k >= 2
        });
        if let Some((k, _)) = copula {
            let end = if toks[k - 1].text == "se" { k - 1 } else { k };
            let subject = crate::text::trim_span(self.text, who.start, toks[end].start);
            let adjective = toks.get(k + 1).is_some_and(|a| a.word && a.text.starts_with(char::is_lowercase));
            if adjective && !subject.is_empty() && resolve::names_person(&self.words, subject) {
                return Some(subject);
            }
        }
        let subject = phrase_after(&self.words, who.start, who.end, self.lex).filter(|p| p.end < who.end)?;
        let toks = self.words.window(subject.end, who.end, 2);
        let verb = toks.first().filter(|t| t.word && t.text.starts_with(char::is_lowercase))?;
        let object = toks.get(1).is_some_and(|o| {
            o.word
                && (o.is(phrase::class::DETERMINER) || resolve::is_possessive(o.text))
                && !verb.is(phrase::class::DE | phrase::class::DU | phrase::class::A | phrase::class::AU | phrase::class::AUX)
                && !phrase::lower_is(
                    verb.text,
                    &["et", "ou", "sur", "dans", "pour", "avec", "sans", "chez", "contre", "en", "par"],
                )
        });
        let person = resolve::names_person(&self.words, subject) || phrase::is_third_person(&self.text[subject.range()]);
        ((object || looks_finite(verb.text)) && person).then_some(subject)
    }

    /// The person heard speaking by a verb of perception before an infinitive
    /// or a present participle: `il entendit sa maîtresse dire :`, `j'entendis
    /// des gens crier :`, `on écoutait le vieux disant…`.
    fn perceived_speaker(&self, clause: usize, verb: &Tok<'_>) -> Option<Span> {
        let nonfinite =
            self.lex.lookup_all(verb.text).any(|v| matches!(v.form, cue::Form::Infinitive | cue::Form::PresentParticiple));
        if !nonfinite {
            return None;
        }
        let toks = self.words.window(clause, verb.start, 24);
        let k = toks.iter().rposition(|t| {
            t.word && {
                let l = lower(t.text);
                l.starts_with("entend")
                    || l.starts_with("écout")
                    || matches!(&*l, "vit" | "vis" | "voit" | "voyait" | "voyais" | "vu" | "vue" | "voir")
            }
        })?;
        let from = toks.get(k + 1)?.start;
        // (past the object clitics of the infinitive: `un gamin lui crier`)
        let before_verb = toks[k + 1..]
            .iter()
            .rev()
            .take_while(|t| t.is(phrase::class::OBJECT_CLITIC) || matches!(t.text, "'" | "’"))
            .last()
            .map_or(verb.start, |t| t.start);
        let end = trim_span(self.text, from, before_verb).end;
        phrase_after(&self.words, from, end, self.lex).filter(|p| p.end == end)
    }

    /// The speaker named by a noun of speech just before a colon: `l'ordre de
    /// la maîtresse, à l'heure de la récréation :`, `la question du médecin :`.
    fn speech_noun_speaker(&self, toks: &[Tok<'_>], colon: usize) -> Option<Span> {
        let text = self.text;
        let k = toks.iter().rposition(|t| t.word && t.end <= colon && phrase::lower_is(t.text, SPEECH_NOUNS))?;
        let who = self.complement_speaker(&toks[k + 1..], colon)?;
        // nothing but a complement of place or time up to the colon, no verb
        let after = self.words.window(who.end, colon, 12);
        let verb = after.iter().any(|t| t.word && (looks_finite(t.text) || self.lex.lookup(t.text).is_some()));
        (!verb && after.len() < 12 && !is_pronoun(&text[who.range()])).then_some(who)
    }

    /// The owner of the words a phrase right before the colon and the marks
    /// announces, after the clause's subject `who`: `les paroles de Marc :`,
    /// `ces mots de la baronne :`, `le mot du prêtre :` (a determiner before the
    /// noun, no preposition: `a répondu aux propos de X :` answers them).
    fn announced_words_of(&self, who: Span, quote: usize) -> Option<Span> {
        let text = self.text;
        let colon = text[..quote].trim_end_matches(is_space).strip_suffix(':')?.len();
        if colon <= who.end {
            return None;
        }
        let toks = self.words.window(ceil_boundary(text, colon.saturating_sub(120).max(who.end)), colon, 24);
        let k = toks.iter().rposition(|t| t.word && phrase::lower_is(t.text, ANNOUNCED_WORDS))?;
        let determiner = k.checked_sub(1).map(|d| &toks[d]).filter(|d| d.is(phrase::class::DETERMINER))?;
        let governed = k >= 2 && phrase::lower_is(toks[k - 2].text, &["à", "au", "aux", "de", "du", "des", "sur", "contre"]);
        if governed || phrase::lower_is(determiner.text, &["mes", "nos", "vos", "tes"]) {
            return None;
        }
        let owner = self.complement_speaker(&toks[k + 1..], colon)?;
        // (the owner ends the phrase, up to the colon)
        let rest = text[owner.end..colon].trim_matches(is_space);
        // (someone, not a writing: `les mots du rapport :` quote the report)
        let writing =
            self.words.window(owner.start, owner.end, 4).iter().find(|t| t.word && !t.is(phrase::class::DETERMINER)).is_some_and(
                |h| {
                    phrase::lower_is(h.text, DOCUMENT_NOUNS)
                        || phrase::lower_is(h.text, WRITING_NOUNS)
                        || phrase::lower_is(h.text, LETTERS)
                },
            );
        (rest.is_empty() && !is_pronoun(&text[owner.range()]) && !owner.overlaps(who) && !writing).then_some(owner)
    }

    /// The writer of a letter named right before a colon and the marks, with no
    /// verb of reading (`Paul reçut un billet de Clotilde : «…»`).
    fn letter_before_colon(&self, quote: usize) -> Option<Span> {
        let text = self.text;
        let before = text[..quote].trim_end_matches(is_space).strip_suffix(':')?;
        let end = before.trim_end_matches(is_space).len();
        let from = ceil_boundary(text, end.saturating_sub(80));
        let toks = self.words.window(from, end, 24);
        // (the letter's noun among the last words before the colon)
        let k = toks.iter().rposition(|t| t.word && phrase::lower_is(t.text, LETTERS))?;
        if toks[k..].iter().any(|t| matches!(t.text, "." | ";" | "»" | "«")) {
            return None;
        }
        // (its signer: `un billet signé Baptiste, où l'on lisait :`)
        let signed = toks.windows(3).position(|w| {
            phrase::lower_is(w[0].text, LETTERS)
                && matches!(w[1].text, "signé" | "signée" | "signés" | "signées")
                && w[2].word
                && w[2].text.starts_with(char::is_uppercase)
        });
        if let Some(j) = signed.filter(|&j| toks[j..].iter().filter(|t| t.word).count() <= 16) {
            return phrase_after(&self.words, toks[j + 2].start, end, self.lex);
        }
        if toks[k..].iter().filter(|t| t.word).count() > 7 {
            return None;
        }
        // (a person, or someone's: `de sa cliente`)
        let possessive = |w: &Span| {
            text[w.range()].split(' ').next().is_some_and(|d| phrase::lower_is(d, &["son", "sa", "ses", "mon", "ma", "leur"]))
        };
        let person = |w: &Span| resolve::names_person(&self.words, *w) || possessive(w);
        self.complement_speaker(&toks[k + 1..], end).filter(person).or_else(|| {
            // (the sender before the letter, after a verb of receiving: `je reçus
            // de M. de Lancy un billet ainsi conçu :`)
            let v = toks[..k].iter().rposition(|t| t.word && ["reç", "recev", "recoi"].iter().any(|r| t.text.starts_with(r)))?;
            let de = toks[v + 1..k].iter().position(|t| t.is(phrase::class::DE | phrase::class::D | phrase::class::DU))? + v + 1;
            // (its determiner, past an adjective or two: `une longue lettre`)
            let d = (k.saturating_sub(3)..k).rev().find(|&d| toks[d].is(phrase::class::DETERMINER))?;
            self.complement_speaker(&toks[de..d], toks[d].start).filter(person)
        })
    }

    /// The writer of a message that the sentence `from..end` announces after a
    /// colon or opens on, its noun and complement closing it (`…: un texto de
    /// son ex-femme`, `Un mot de Claire`).
    fn message_announced(&self, from: usize, end: usize) -> Option<Span> {
        let text = self.text;
        // (the noun opens the sentence or follows a colon: the first two words
        // only, without one)
        let max = if memchr::memchr(b':', &text.as_bytes()[from..end]).is_some() { 24 } else { 8 };
        let toks = self.words.window(from, end, max);
        let k = toks.iter().rposition(|t| t.word && phrase::lower_is(t.text, LETTERS))?;
        // (the noun after a colon and its determiner, or at the sentence's start)
        let opens = match k {
            0 => true,
            1 => toks[0].is(phrase::class::DETERMINER),
            _ => toks[k - 1].is(phrase::class::DETERMINER) && toks[k - 2].text == ":" || toks[k - 1].text == ":",
        };
        if !opens || toks[k..].iter().filter(|t| t.word).count() > 6 {
            return None;
        }
        let possessive = |w: &Span| {
            text[w.range()].split(' ').next().is_some_and(|d| phrase::lower_is(d, &["son", "sa", "ses", "mon", "ma", "leur"]))
        };
        self.complement_speaker(&toks[k + 1..], end)
            .filter(|w| trim_span(text, w.end, end).is_empty())
            .filter(|w| resolve::names_person(&self.words, *w) || possessive(w))
    }

    /// The person a phrase names: itself, or, for a thing, the person of its
    /// complement in `de` (`au grand dam de l'opposition`, `l'appel de la FNSEA`).
    fn person_in(&self, p: Span) -> Span {
        if resolve::names_person(&self.words, p) {
            return p;
        }
        let toks = self.words.window(p.start, p.end, 16);
        toks.iter()
            .position(|t| t.word && t.is(phrase::class::DE | phrase::class::DU | phrase::class::DES | phrase::class::D))
            .and_then(|k| self.complement_speaker(&toks[k..], p.end))
            .filter(|c| resolve::names_person(&self.words, *c))
            .unwrap_or(p)
    }

    /// The writer of a letter read or found right before the marks: the cue is
    /// `lire` or `trouver` (`Elle la lut :`, `Paul trouva un billet de Louise :`)
    /// and a noun of letter with its complement in `de` names the writer, in the
    /// cue's sentence or the one before (`une lettre de son frère`).
    fn letter_writer(&self, cue: Span, quote: usize) -> Option<Span> {
        let text = self.text;
        // (the forms of these verbs hold `li`, `lu`, `trouv` or `chiffr`: most cues
        // are told without reading their group again)
        let written = &text[cue.range()];
        if !["li", "lu", "trouv", "chiffr"].iter().any(|w| written.contains(w)) {
            return None;
        }
        let g = cue::reporting_verb_group(&text[cue.start..quote], self.lex)?;
        if !matches!(g.lemma, "lire" | "trouver" | "relire" | "déchiffrer") {
            return None;
        }
        let k = self.sentences.index_of(cue.start)?;
        let from = self.sentences.get(k.saturating_sub(1)).map_or(0, |s| s.start);
        let toks = self.words.window(from, quote, 80);
        toks.iter()
            .enumerate()
            .filter(|(_, t)| t.word && phrase::lower_is(t.text, LETTERS))
            .filter_map(|(j, _)| self.complement_speaker(&toks[j + 1..], quote))
            .filter(|w| resolve::names_person(&self.words, *w))
            .last()
    }

    /// The person named by the complement in `de` of a noun of speech, in the
    /// tokens after the noun, before `limit` (`de la maîtresse`, `du médecin`:
    /// the noun without its article; an adjective may come first).
    fn complement_speaker(&self, rest: &[Tok<'_>], limit: usize) -> Option<Span> {
        let text = self.text;
        let j = rest.iter().take(3).position(|t| t.word && phrase::lower_is(t.text, &["de", "du", "des", "d"]))?;
        let prep = rest[j];
        let from = rest.get(j + 1).map(|t| if matches!(t.text, "'" | "’") { rest.get(j + 2) } else { Some(t) })??.start;
        // (the complement's words must come before the limit)
        if from >= limit {
            return None;
        }
        let limit = trim_span(text, from, limit).end;
        if phrase::lower_is(prep.text, &["du", "des"]) {
            let head = phrase_after(&self.words, prep.start, limit, self.lex)?;
            (head.end > from).then(|| Span::new(from, head.end))
        } else {
            phrase_after(&self.words, from, limit, self.lex)
        }
    }

    /// The speaker named by a sentence that opens on a noun of speech and its
    /// complement (`Les mots de Julie Arnaud résument la soirée`, `Le constat
    /// est celui de l'inspecteur`), right after a quotation.
    fn speech_noun_opening(&self, s: Span) -> Option<Span> {
        let toks = self.words.window(s.start, s.end, 14);
        // (`Telles furent les dernières paroles de X`, `Ce fut la réponse de X`)
        let mut k = 0;
        if toks.first().is_some_and(|t| phrase::lower_is(t.text, &["tel", "telle", "tels", "telles", "ce"]))
            && toks.get(1).is_some_and(|t| phrase::lower_is(t.text, &["fut", "furent", "était", "étaient", "est", "sont"]))
        {
            k = 2;
        }
        let mut k = speech_noun_at(&toks, k)?.0 + 1;
        // `… est celui de X`
        if toks.get(k).is_some_and(|t| phrase::lower_is(t.text, &["est", "était", "sont", "étaient"]))
            && toks.get(k + 1).is_some_and(|t| phrase::lower_is(t.text, &["celui", "celle", "ceux", "celles"]))
        {
            k += 2;
        }
        // (the complement right after the noun: not `Les mots manquent pour…`)
        if !toks.get(k).is_some_and(|t| phrase::lower_is(t.text, &["de", "du", "des", "d"])) {
            return None;
        }
        self.complement_speaker(&toks[k..], s.end).filter(|w| !is_pronoun(&self.text[w.range()]))
    }

    /// The subject of a verb at `verb` that opens an object relative clause
    /// (`un match que son capitaine annonce`, `les mots qu'Anna a dits`): the
    /// phrase between `que` and the verb.
    fn relative_subject(&self, clause: usize, verb: usize) -> Option<Span> {
        let text = self.text;
        let head = &text[clause..verb];
        // (the last `que` ends last: the patterns open on a space that none holds
        // but at its end, so one scan back over the spaces finds it)
        let b = head.as_bytes();
        let k = memchr::memrchr_iter(b' ', b)
            .find_map(|i| [" que ", " qu'", " qu’"].iter().find(|q| b[i..].starts_with(q.as_bytes())).map(|q| i + q.len()))?;
        let from = clause + k;
        let end = trim_span(text, from, verb).end;
        // (no verb between `que` and this one: the relative is the verb's own)
        let who = phrase_after(&self.words, from, end, self.lex).filter(|p| p.end == end)?;
        (!is_pronoun(&text[who.range()]) && self.own_verb_subject(who)).then_some(who)
    }

    /// The person a form of `citer` names as its object, right before the
    /// marks or a colon (`citait l'avocate, Me X :`, `cite un enquêteur :`).
    /// A phrase cut at a comma after which a clause of its own runs (`un
    /// officier, l'embarcation était`: `un officier`).
    fn before_clause(&self, p: Span) -> Span {
        let text = self.text;
        match text[p.range()].find(", ") {
            Some(c)
                if text[p.start + c + 2..p.end].split(' ').any(|w| {
                    phrase::looks_finite(w)
                        || phrase::is_finite(self.lex, w)
                        || AUXILIARIES.contains(&w)
                        || matches!(w, "est" | "était" | "sont" | "étaient" | "sera" | "serait" | "fut")
                }) =>
            {
                Span::new(p.start, p.start + c)
            }
            _ => p,
        }
    }

    /// The object of a form of `citer` that a participle of speech follows,
    /// when `found`'s cue is that participle (`L'agence cite le ministre
    /// affirmant que…`): the one cited, who speaks.
    fn cited_participle(&self, found: (Span, Option<Span>, f32)) -> Option<Span> {
        let text = self.text;
        let cue = found.1?;
        if !text[cue.range()].ends_with("ant") || cue.start <= found.0.end {
            return None;
        }
        let toks = self.words.window(found.0.end, cue.start, 12);
        let (k, _) = toks.iter().enumerate().find(|(_, t)| {
            t.word && self.lex.lookup_all(t.text).any(|v| v.lemma == "citer" && matches!(v.form, cue::Form::Finite { .. }))
        })?;
        let from = toks.get(k + 1)?.start;
        let end = trim_span(text, from, cue.start).end;
        let p = phrase_after(&self.words, from, end, self.lex).filter(|p| p.end == end)?;
        (resolve::names_person(&self.words, p) || text[p.range()].starts_with(char::is_uppercase)).then_some(p)
    }

    fn cited(&self, found: (Span, Option<Span>, f32), quote: usize) -> Option<Span> {
        let text = self.text;
        let cue = found.1?;
        let verb = text[cue.range()].rsplit(' ').next().unwrap_or("");
        if !self.lex.lookup_all(verb).any(|v| matches!(v.lemma, "citer" | "rapporter")) {
            return None;
        }
        let end = cue.end + text.get(cue.end..quote)?.trim_end_matches(|c: char| is_space(c) || matches!(c, ':' | ',')).len();
        let from = next_non_space(text, cue.end, end)?.0;
        let p = phrase_after(&self.words, from, end, self.lex)?;
        // (the words of someone: `cita ce mot du président :`)
        if let Some(owner) = self.words_of(p).filter(|_| p.end == end) {
            return Some(owner);
        }
        // (or words said by someone: `rapporte une phrase prononcée par le
        // ministre :`, `des propos tenus par X`)
        // (past a time: `prononcée mardi soir par X devant ses proches :`)
        let toks = self.words.window(from, end, 12);
        let participle = toks
            .iter()
            .skip(1)
            .position(|t| t.word && t.text.starts_with(char::is_lowercase) && phrase::ends_as_participle(t.text));
        if let Some(k) = participle {
            let agent = self.agent_after(&toks[k + 2..], 4, is_time_word, end);
            // (with its complement, `le préfet de la Somme`, or before a
            // circumstance, `devant ses proches`)
            let rest = |a: &Span| {
                let rest = &text[a.end..end];
                if rest.is_empty() || rest.contains(',') {
                    return rest.is_empty().then_some(end);
                }
                if [" de ", " du ", " des ", " d'", " d’"].iter().any(|d| rest.starts_with(d)) {
                    return Some(end);
                }
                [" devant ", " lors ", " en ", " dans ", " à ", " au ", " pendant "]
                    .iter()
                    .any(|d| rest.starts_with(d))
                    .then_some(a.end)
            };
            if let Some(agent) = agent.filter(|a| resolve::names_person(&self.words, *a)) {
                if let Some(e) = rest(&agent) {
                    return Some(Span::new(agent.start, e));
                }
            }
        }
        // (and an apposition after it: `l'avocate de X, Me Sarah Kessler`)
        // (a noun of person the lists lack after `un`, `une`, right before the
        // marks, is someone cited: `cite un docker :`; not a writing, `cite un
        // passage du rapport :`)
        let someone = |p: &Span| {
            let toks = self.words.window(p.start, p.end, 3);
            let indefinite = |det: &Tok<'_>, noun: &Tok<'_>| {
                let writing = || {
                    let n = lower(noun.text);
                    WRITING_NOUNS.contains(&&*n)
                        || DOCUMENT_NOUNS.contains(&&*n)
                        || matches!(
                            &*n,
                            "passage"
                                | "phrase"
                                | "texte"
                                | "article"
                                | "proverbe"
                                | "dicton"
                                | "vers"
                                | "livre"
                                | "ouvrage"
                                | "chiffre"
                                | "exemple"
                                | "cas"
                        )
                };
                phrase::lower_is(det.text, &["un", "une"]) && noun.word && !writing()
            };
            p.end == end && matches!(&*toks, [det, noun, ..] if indefinite(det, noun))
        };
        let p = Some(p).filter(|p| resolve::names_person(&self.words, *p) || someone(p))?;
        let rest = text[p.end..end].trim_start_matches(is_space);
        let apposed = rest.strip_prefix(',').is_some_and(|a| a.len() < 60 && !a.contains([',', ';', '.']));
        (p.end == end || apposed).then(|| Span::new(p.start, end))
    }

    /// True when a reporting verb, not negated, follows `et`, `mais` or `puis`
    /// between `from` and `quote` (the verb coordinated after a negated one).
    fn coordinated_report(&self, from: usize, quote: usize) -> bool {
        let toks = self.words.window(from, quote, 40);
        let reports = |v: &Tok<'_>| {
            v.word
                && cue::reporting_verb_group(&self.text[v.start..quote], self.lex)
                    .is_some_and(|g| !g.negated && g.inverted.is_none())
        };
        toks.iter().enumerate().any(|(k, c)| {
            phrase::lower_is(c.text, &["et", "mais", "puis"]) && toks[k + 1..].iter().take(3).any(reports)
                // (or an object relative with its own subject pronoun and verb right
                // before the marks: `…, une piste qu'elle juge «…»`)
                || phrase::lower_is(c.text, &["que", "qu"])
                    && toks.get(k + 1).is_some_and(|p| matches!(p.text, "'" | "’"))
                    && toks.get(k + 2).is_some_and(|p| phrase::is_third_person(p.text))
                    && toks.get(k + 3).is_some_and(reports)
                || phrase::lower_is(c.text, &["que"])
                    && toks.get(k + 1).is_some_and(|p| phrase::is_third_person(p.text))
                    && toks.get(k + 2).is_some_and(reports)
        })
    }

    /// The reporting verb coordinated with the cue at `cue`, with the same
    /// subject, that stands nearer the words at `quote` and governs them: a
    /// group (`a salué… et a dénoncé un «…»`), or a past participle sharing
    /// the cue's auxiliary (`a salué le travail des pompiers et dénoncé un
    /// «…»`), or a verb in the cue's simple tense (`salue… et dénonce`).
    fn coordinated_cue(&self, cue: Span, quote: usize) -> Option<Span> {
        let text = self.text;
        let between = text.get(cue.end..quote)?;
        // (in the cue's clause: no end of sentence, no other words quoted)
        if between.len() > 240 || between.contains(['.', ';', ':', '!', '?', '«', '»', '"', '“', '”']) {
            return None;
        }
        let k = memchr::memmem::rfind(between.as_bytes(), b" et ")?;
        let at = cue.end + k + " et ".len();
        let first = self.words.window(at, quote, 1);
        let v = first.first().filter(|t| t.word && t.text.starts_with(char::is_lowercase))?;
        if let Some(g) = cue::reporting_verb_group(&text[v.start..quote], self.lex) {
            return (!g.negated && g.inverted.is_none()).then(|| Span::new(v.start, v.start + g.len));
        }
        // (a form of the cue's own kind: a participle after a compound tense)
        let compound = text[cue.range()].split_once(' ').is_some_and(|(aux, _)| cue::is_auxiliary(&lower(aux)));
        let fits = self.lex.lookup_all(v.text).any(|f| match f.form {
            cue::Form::PastParticiple(_) => compound,
            cue::Form::Finite { .. } => !compound,
            _ => false,
        });
        fits.then(|| Span::new(v.start, v.end))
    }

    /// A reporting verb that opens a clause coordinated with the one before
    /// (`…, oncle Jules rit de ma ruse, et dit :`): the subject of that clause
    /// speaks, the phrase that opens it before its own verb.
    fn coordinated_verb(&self, clause0: usize, clause: usize, quote: usize) -> Option<(Span, Option<Span>, f32)> {
        let text = self.text;
        let before = text[clause0..clause].trim_end_matches(is_space);
        // (or set against it: `ne répond pas, mais rappelle que «…»`)
        let conj = before
            .strip_suffix("et")
            .or_else(|| before.strip_suffix("puis"))
            .or_else(|| before.strip_suffix("mais"))?
            .trim_end_matches(is_space);
        let conj_end = clause0 + conj.trim_end_matches(',').len();
        let g = cue::reporting_verb_group(&text[clause..quote], self.lex).filter(|g| !g.negated && g.inverted.is_none())?;
        // the clause before: from the last comma or semicolon, past segments
        // that are a verb of the same subject with no subject of their own (`Il
        // bourra sa pipe, l'alluma avec un tison, et continua :`)
        let mut seg_end = conj_end;
        let mut at;
        loop {
            let seg = text[clause0..seg_end].rfind([',', ';']).map_or(clause0, |k| clause0 + k + 1);
            at = next_non_space(text, seg, seg_end)?.0;
            let subjectless = match &*self.words.window(at, seg_end, 3) {
                [l, a, v, ..] if l.is(phrase::class::L) && matches!(a.text, "'" | "’") => looks_finite(v.text),
                [v, ..] => v.text.starts_with(char::is_lowercase) && looks_finite(v.text),
                _ => false,
            };
            if !subjectless || seg == clause0 {
                break;
            }
            seg_end = seg - 1;
        }
        let who = phrase_after(&self.words, at, seg_end, self.lex)?;
        // its own verb follows it, in lower case
        let next = self.words.window(who.end, seg_end, 1);
        let verb_next = next.first().is_some_and(|t| {
            t.word
                && t.text.starts_with(char::is_lowercase)
                && !t.is(phrase::class::DETERMINER)
                // (`Paméla, Blondine à sa gauche, et déclara` has no verb of its own)
                && !phrase::lower_is(t.text, &["à", "au", "aux", "de", "du", "des", "en", "dans", "sur", "par", "pour", "avec", "sans", "chez", "vers", "et", "ou"])
        });
        (verb_next && self.own_verb_subject(who)).then_some((who, Some(Span::new(clause, clause + g.len)), 0.8))
    }

    /// True when `who` is a third-person subject (a pronoun, a name, a phrase
    /// with a determiner, not `on` nor a time phrase) and `cue` its own verb:
    /// nothing but clitics, an adverb or an apposition stands between them.
    fn own_verb(&self, who: Span, cue: Option<Span>) -> bool {
        let text = self.text;
        let Some(cue) = cue.filter(|c| c.start >= who.end && c.start - who.end <= 60) else { return false };
        // (a reporting verb: `rappelle que la dette a progressé :` does not speak)
        if cue::reporting_verb_group(&text[cue.start..], self.lex).is_none() {
            return false;
        }
        let between = self.words.window(who.end, cue.start, 12);
        let other_subject = between
            .iter()
            .enumerate()
            .any(|(k, t)| t.word && (phrase::is_free_subject_pronoun(&between, k) || looks_finite(t.text)));
        self.own_verb_subject(who) && !other_subject
    }

    /// True when `who` reads as a third-person subject: a pronoun, a name, a
    /// title of kinship, a phrase with a determiner (not a time phrase), not `on`.
    fn own_verb_subject(&self, who: Span) -> bool {
        let words = &self.text[who.range()];
        let mut ws = words.split([' ', '\'', '’']);
        let first = ws.next().unwrap_or("");
        let head = ws.next().map(lower);
        phrase::is_third_person(words)
            || (first.starts_with(char::is_uppercase) && phrase::starts_name(first))
            || phrase::is_title_before_name(first)
            || (phrase::is_determiner(first) && !head.is_some_and(|h| phrase::is_time_noun(&h)))
    }

    /// The agent of a passive cue (`a été jugée «…» par les syndicats`, `une
    /// réforme qualifiée de «…» par l'opposition`): a past participle after a
    /// form of être, or right after its noun, and `par` and a phrase after it
    /// in the sentence (the quotation in between is skipped).
    fn passive_agent(&self, clause: usize, cue: Span, quote: usize) -> Option<Span> {
        let text = self.text;
        // (a participle between the clause's start and the marks only)
        if cue.start < clause || cue.end > quote {
            return None;
        }
        let group = &text[cue.range()];
        let participle = self.lex.lookup_all(group).any(|v| matches!(v.form, cue::Form::PastParticiple(_)));
        if !participle {
            return None;
        }
        // the word before: a form of être, or a noun the participle qualifies
        let before = text[clause..cue.start].trim_end_matches(is_space);
        let prev = before.rsplit(|c: char| !crate::text::is_word_char(c)).next().unwrap_or("");
        // (or a participle in apposition, after a comma: `Yanis B., présenté par
        // l'accusation comme «…»`)
        let passive = matches!(prev, "été" | "est" | "sont" | "était" | "étaient" | "sera" | "seront" | "fut" | "furent")
            || (!prev.is_empty()
                && prev.starts_with(char::is_lowercase)
                && !AUXILIARIES.contains(&prev)
                && !phrase::is_determiner(prev))
            || before.is_empty()
            || before.ends_with(',');
        if !passive {
            return None;
        }
        // `par` before the quotation (`Elle avait été rassurée par Noël :`)
        let between = &text[cue.end..quote];
        if let Some(agent) = between.trim_start_matches(is_space).strip_prefix("par ") {
            let from = quote - agent.len();
            let agent = agent.trim_end_matches(|c: char| is_space(c) || matches!(c, ':' | ',' | '-' | '—' | '–'));
            // (the attribute's `comme` or `de` after the agent: `présenté par
            // l'accusation comme «…»`, `qualifiée par X de «…»`)
            let agent = [" comme", " de", " d'", " d’"].iter().find_map(|w| agent.strip_suffix(w)).unwrap_or(agent);
            let end = from + agent.len();
            let agent = phrase_after(&self.words, from, end, self.lex).filter(|p| p.end == end);
            // (a relay's participle names a relay, not the speaker: `Le gardien, X,
            // a été direct, cité par La Provence : «…»`; the subject speaks)
            if cue::is_participle_cue(&text[cue.start..quote]) {
                self.relay.set(agent);
                return None;
            }
            return agent;
        }
        // `par` after the quotation, in the same sentence (past other words
        // coordinated with it: `jugés «…» et «…» par l'avocat général`)
        let mut k = self.outer.partition_point(|o| o.start < quote);
        let mut quote_end = self.outer.get(k).filter(|o| o.start == quote).map_or(quote, |o| o.end);
        while let Some(next) = self.outer.get(k + 1) {
            let gap = text.get(quote_end..next.start).unwrap_or("").trim_matches(is_space);
            if !matches!(gap, "et" | "," | "ou") {
                break;
            }
            quote_end = next.end;
            k += 1;
        }
        let sentence_end = self.sentences.index_of(quote).and_then(|i| self.sentences.get(i)).map_or(quote_end, |s| s.end);
        let limit = floor_boundary(text, sentence_end.max(quote_end).min(quote_end + 120));
        let rest = text.get(quote_end..limit)?;
        let lead = rest.len() - rest.trim_start_matches(|c: char| is_space(c) || c == ',').len();
        let after = rest[lead..].strip_prefix("par ")?;
        let from = limit - after.len();
        phrase_after(&self.words, from, limit, self.lex).filter(|p| {
            let words = &text[p.range()];
            // (`par de nombreux élus`: the determiner of two words)
            words.starts_with(char::is_uppercase)
                || words.starts_with("de ")
                || phrase::is_determiner(words.split(['\'', '’', ' ']).next().unwrap_or(""))
        })
    }

    /// The agent of the past participle `t` right before the marks (or before
    /// `de`, `comme`, or its agent and then one of them: `présenté par
    /// l'accusation comme «…»`), when [`Attributor::passive_agent`] finds one.
    fn participle_agent(&self, clause: usize, t: &Tok<'_>, quote: usize) -> Option<Span> {
        let between = self.text.get(t.end..quote)?.trim_matches(is_space);
        let right_before = matches!(between, "" | "de" | "d'" | "d’" | "comme")
            || between.starts_with("par ")
                && between.len() < 80
                && [" comme", " de", " d'", " d’"].iter().any(|w| between.ends_with(w));
        if !right_before || !self.lex.lookup_all(t.text).any(|v| matches!(v.form, cue::Form::PastParticiple(_))) {
            return None;
        }
        self.passive_agent(clause, Span::new(t.start, t.end), quote)
    }

    /// The inverted cue that closes the sentence of words ending at `from`, past
    /// one complement set off by commas (`«…», notamment pour des vols,
    /// a-t-elle ajouté.`): the cue, its subject and a medium.
    fn closing_cue(&self, from: usize) -> Option<(Span, Span, Option<Span>)> {
        let text = self.text;
        let k = self.sentences.index_of(from.saturating_sub(1))?;
        let end = self.sentences.get(k)?.end;
        let end = text[from..end].find('\n').map_or(end, |n| from + n);
        let rest = text[from..end].trim_start_matches(is_space).strip_prefix(',')?;
        let at = end - rest.len();
        let comma = rest.find(',').filter(|&c| c <= 100 && !rest[..c].contains(['«', '»', '"', '“', '”', ';', ':']))?;
        let (cue, who, medium) = self.cue_after(at + comma, end)?;
        // (the cue closes the sentence)
        let tail = text[who.end.max(cue.end)..end].trim_matches(|c: char| is_space(c) || matches!(c, '.' | '!' | '…'));
        tail.is_empty().then_some((cue, who, medium))
    }

    /// A credit line after words that end their sentence, with no verb: a
    /// person's phrase, its apposition, a time and a medium, to the period
    /// (`«…» Le secrétaire général de FO, Éric Vasseur, lundi, dans Les
    /// Echos.`): an empty cue at the phrase, the phrase and the medium.
    fn verbless_credit(&self, from: usize, end: usize) -> Option<(Span, Span, Option<Span>)> {
        let text = self.text;
        let rest = &text[from..end];
        // (past the period of an honorific or an initial: `M. Vatinel en fut flatté.`)
        let mut stop = 0;
        loop {
            stop += rest[stop..].find(['.', '!', '?', '«', '»', '"', '“', '”', ':', ';'])?;
            let word = rest[..stop].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if !(rest[stop..].starts_with('.') && phrase::is_abbreviation(word)) || stop > 160 {
                break;
            }
            stop += 1;
        }
        if !rest[stop..].starts_with('.') || stop > 160 {
            return None;
        }
        let end = from + stop;
        let (at, c) = next_non_space(text, from, end)?;
        if !c.is_uppercase() {
            return None;
        }
        let toks = self.words.window(at, end, 32);
        // (no verb: not a sentence of narration, `Le maire, lui, reste silencieux.`)
        let verb = toks.iter().any(|t| {
            t.word
                && t.text.starts_with(char::is_lowercase)
                && (AUXILIARIES.contains(&&*lower(t.text))
                    || matches!(t.text, "est" | "sont" | "était" | "fut")
                    || looks_finite(t.text)
                    || self.lex.lookup_all(t.text).any(|v| matches!(v.form, cue::Form::Finite { .. })))
        });
        if verb {
            return None;
        }
        let who = phrase_after(&self.words, at, end, self.lex).filter(|w| resolve::names_person(&self.words, *w))?;
        // (the rest: commas, times and a medium only)
        let after = self.words.window(who.end, end, 24);
        let found = phrase::first_medium(&after, self.lex).filter(|(_, m)| text[m.end..end].trim_matches(is_space).is_empty());
        let medium = found.map(|(_, m)| m);
        let before_medium = found.map_or(end, |(k, m)| after[k].start.min(m.start));
        let timely = self.words.window(who.end, before_medium, 24).iter().all(|t| !t.word || is_time_word(t));
        if !timely {
            return None;
        }
        Some((Span::new(who.start, who.start), who, medium))
    }

    /// The inverted cue and its subject right after a term's marks and a comma,
    /// when the term's words open in small letters and run over three words
    /// or more (`Un terme «qui fait le jeu de X», a regretté Y`), at depth 0.
    fn inverted_after_term(&self, q: &Quote<'_>) -> Option<(Span, Span)> {
        let text = self.text;
        let words = &text[q.text_span.range()];
        if q.depth != 0 || !words.starts_with(char::is_lowercase) || words.split_whitespace().count() < 3 {
            return None;
        }
        let end = floor_boundary(text, q.span.end + 200);
        let end = text[q.span.end..end].find('\n').map_or(end, |k| q.span.end + k);
        if !text[q.span.end..end].trim_start_matches(is_space).starts_with(',') {
            return None;
        }
        // (the comma after the marks closes an apposition a participle opened:
        // `Marie Roy, surnommée la «…», a publié une étude` goes on with the
        // subject before it, no inverted cue)
        let from = ceil_boundary(text, q.span.start.saturating_sub(120));
        let before = &text[from..q.span.start];
        if let Some(k) = before.rfind(',').filter(|&k| !before[k..].contains(['.', '!', '?', ';', ':'])) {
            let opening = before[k + 1..].split_whitespace().next().unwrap_or("");
            if opening.chars().count() > 3 && phrase::ends_as_participle(opening) {
                return None;
            }
        }
        let (cue, who, _) = self.cue_after(q.span.end, end)?;
        Some((cue, who))
    }

    /// The participle of use and its agent right after the marks, past a comma
    /// and a time (`«…», employé à trois reprises par le ministre`): the cue
    /// and the one who used the words.
    fn used_by(&self, from: usize, end: usize) -> Option<(Span, Span)> {
        const USED: &[&str] = &[
            "employé",
            "employée",
            "employés",
            "employées",
            "utilisé",
            "utilisée",
            "utilisés",
            "utilisées",
            "prononcé",
            "prononcée",
            "prononcés",
            "prononcées",
            "lâché",
            "lâchée",
            "lâchés",
            "lâchées",
            "lancé",
            "lancée",
            "lancés",
            "lancées",
        ];
        let text = self.text;
        let rest = text.get(from..end)?.trim_start_matches(|c: char| is_space(c) || matches!(c, '»' | '”' | '"'));
        let rest = rest.strip_prefix(',')?;
        let toks = self.words.window(end - rest.len(), end, 10);
        let participle = toks.first().filter(|t| t.word && phrase::lower_is(t.text, USED))?;
        let who = self.agent_after(&toks[1..], 5, |t| t.word, end).filter(|w| resolve::names_person(&self.words, *w))?;
        Some((Span::new(participle.start, participle.end), who))
    }

    /// The agent after a participle whose following tokens are `toks`: the
    /// phrase after `par`, met within `within` tokens that `between` allows
    /// (`prononcée mardi soir par X`, `employé à trois reprises par X`).
    fn agent_after(&self, toks: &[Tok<'_>], within: usize, between: impl Fn(&Tok<'_>) -> bool, end: usize) -> Option<Span> {
        let by = toks.iter().take(within).take_while(|t| t.text == "par" || between(t)).find(|t| t.text == "par")?;
        let at = next_non_space(self.text, by.end, end)?.0;
        self.quoted_title_at(at, end).or_else(|| phrase_after(&self.words, at, end, self.lex))
    }

    /// A title in guillemets at `at`, after its article perhaps (`par le
    /// «Courrier picard»`, `par «le Monde»`): the title, without its marks.
    fn quoted_title_at(&self, at: usize, end: usize) -> Option<Span> {
        // (told by the characters first: most phrases open on no mark)
        if !self.text[at..floor_boundary(self.text, (at + 12).min(end))].contains(['«', '“']) {
            return None;
        }
        let after = self.words.window(at, end, 10);
        let article = usize::from(after.first().is_some_and(|t| t.is(phrase::class::LE | phrase::class::LA)));
        phrase::quoted_title(&after[article..])
    }

    /// The person a present participle cue right after a noun phrase, with no
    /// comma, reports for: the phrase when it names a person, or the author of
    /// the words it names (`un message du président X affirmant que`).
    fn participle_on_noun(&self, clause: usize, t: &Tok<'_>, participle: bool) -> Option<Span> {
        if !participle {
            return None;
        }
        let before = self.text[clause..t.start].trim_end_matches(is_space);
        // (a gerund, `en affirmant`, or a participle after a comma is the subject's)
        if before.ends_with(|c: char| !c.is_alphabetic()) || last_word(before).eq_ignore_ascii_case("en") {
            return None;
        }
        // (the longest phrase that runs to the participle, opened by a
        // determiner or a capital after the clause's first word)
        let from = ceil_boundary(self.text, t.start.saturating_sub(120)).max(clause);
        let np = self.words.window(from, t.start, 24).iter().filter(|o| o.start > clause).find_map(|o| {
            (o.word && (o.is(phrase::class::DETERMINER) || o.text.starts_with(char::is_uppercase)))
                .then(|| phrase_after(&self.words, o.start, t.start, self.lex))
                .flatten()
                .filter(|p| self.text[p.end..t.start].chars().all(is_space))
        })?;
        // (`cite X affirmant que`: read with the one who cites, a relay)
        if last_word(self.text[clause..np.start].trim_end_matches(is_space)).starts_with("cit") {
            return None;
        }
        // (a writing's author in its complement: `une lettre de la sénatrice X`)
        let who = self.words_of(np).unwrap_or_else(|| self.person_in(np));
        resolve::names_person(&self.words, who).then_some(who)
    }

    /// The subject and cue of the clause from `clause` to the quotation.
    fn clause_cue(&self, toks: &[Tok<'_>], clause: usize, quote: usize) -> Option<(Span, Option<Span>, f32)> {
        let text = self.text;
        // `C'est en ces termes que X a réagi`, `C'est ainsi que X…`: the clause is after `que`
        let mut clause = clause;
        let opens_with_c = text[clause..quote].starts_with(['c', 'C']);
        let head: String = if opens_with_c {
            text[clause..quote].chars().take(40).flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect()
        } else {
            String::new()
        };
        if head.starts_with("c'est ") {
            if let Some(k) = head.find(" que ") {
                let skip = head[..k + 5].chars().count();
                clause += text[clause..].char_indices().nth(skip).map_or(0, |(b, _)| b);
            }
        }
        // the speaker is the subject of the first verb; the cue is the reporting
        // verb nearest the marks (`a jugé la situation «…», tout en assurant que «…»`)
        let mut speaker: Option<(Span, f32)> = None;
        let mut nearest: Option<Span> = None;
        let mut aux: Option<&Tok<'_>> = None;
        let mut prev: Option<&Tok<'_>> = None;
        let mut in_relative = false;
        let mut frozen = false;
        let mut que_end = 0;
        let mut skip_to = 0;
        let here = Span::new(quote, quote);
        for t in self.unquoted(toks, clause, here) {
            // (inside a verb group read: its last word is the one before the next)
            if t.start < skip_to {
                prev = Some(t);
                continue;
            }
            if !t.word {
                if matches!(t.text, "," | "—" | "–") && in_relative {
                    in_relative = false;
                    // (the relative's last word is not the next one's: `X, qui
                    // vend le «Y», affirme`, whose `le` is no article of `affirme`)
                    prev = None;
                }
                continue;
            }
            // a relative clause inside the subject (`la cinéaste, dont c'est le film,`)
            // (every word the tests below look for opens on one of these letters, or
            // `é`: another word is lowered for none of them, no other character
            // lowering to these letters)
            let listed = matches!(
                t.text.as_bytes().first().map(u8::to_ascii_lowercase),
                Some(b'a' | b'd' | b'e' | b'f' | b'l' | b'o' | b'q' | b's' | 0xc3)
            );
            let lower = if listed { lower(t.text) } else { crate::text::SmallStr::Borrowed("") };
            // (the comma before is looked for only before a relative word)
            // (and a clause of time set between commas: `Francine, quand il
            // l'invita, répondit`)
            let relative_word = matches!(&*lower, "dont" | "où" | "lequel" | "laquelle" | "quand" | "lorsque" | "lorsqu");
            // `un avis où la direction déclarait «…»`: a relative whose own verb
            // reports the words right before them names their speaker, past the
            // main clause's subject
            // (with a comma too, over a subject already read: `Le projet a été
            // soutenu par la région, dont le président a salué «…»`)
            if matches!(&*lower, "où" | "dont") {
                // (its subject and verb in one stretch, the verb finite: not `dont un
                // ferme, évoquant un «…»`)
                let relative = self.relative_clause_cue(t.end, quote).filter(|(_, cue)| {
                    !text[t.end..cue.start].contains(',')
                        && !self.lex.lookup_all(&text[cue.range()]).any(|v| v.form == cue::Form::PresentParticiple)
                });
                if let Some((who, cue)) = relative {
                    return Some((who, Some(cue), 0.8));
                }
            }
            // (an object relative closed before the words: `Le joueur, que le public
            // surnomme «le Mur», a reconnu une «erreur»`)
            let object_relative_closed = || matches!(&*lower, "que" | "qu") && self.relative_closed(t, quote);
            if speaker.is_none()
                && (relative_word || &*lower == "qui" || object_relative_closed())
                // (or a dash: `Le maire — qui hésitait — a déclaré`)
                && text[clause..t.start].trim_end_matches(is_space).ends_with([',', '—', '–'])
                && (relative_word || !self.verb_follows(t, quote) || self.relative_closed(t, quote))
            {
                // `L'association, dont le président dénonce «…», réclame…`: a
                // relative whose own verb reports the words names their speaker
                if &*lower == "dont" {
                    if let Some((who, cue)) = self.relative_clause_cue(t.end, quote) {
                        return Some((who, Some(cue), 0.8));
                    }
                }
                in_relative = true;
            }
            // (`à qui voulait l'entendre`: whoever would listen, no verb of the
            // clause's)
            if &*lower == "à" {
                let rest = text[t.end..quote].trim_start_matches(is_space);
                if rest.starts_with("qui ") {
                    let near = &rest[..rest.len().min(40)];
                    if let Some(k) = ["l'entendre", "l’entendre"].iter().find_map(|e| near.find(e).map(|k| k + e.len())) {
                        skip_to = quote - rest.len() + k;
                        prev = Some(t);
                        continue;
                    }
                }
            }
            // (a teller set between commas, to the next comma: `Le curé, à ce que
            // rapporta la bonne, déclara`, whose verb is not the clause's)
            if &*lower == "à"
                && text[clause..t.start].trim_end_matches(is_space).ends_with(',')
                && CE_QUE.iter().any(|p| text[t.end..].trim_start_matches(is_space).starts_with(p))
            {
                in_relative = true;
            }
            // (a comparison with its own subject set after the cue and a comma, to
            // the next comma: `a lâché, comme on jette une pierre :`; not one whose
            // verb says the words, `, comme eût dit sa femme,`)
            if nearest.is_some()
                && t.text == "comme"
                && text[clause..t.start].trim_end_matches(is_space).ends_with(',')
                && self.words.window(t.end, quote, 1).first().is_some_and(|n| {
                    phrase::lower_is(
                        n.text,
                        &["on", "il", "elle", "ils", "elles", "je", "j", "tu", "nous", "vous", "un", "une", "si"],
                    )
                })
            {
                in_relative = true;
            }
            if in_relative {
                prev = Some(t);
                continue;
            }
            // `a salué «…» et appelé à «…»`, `rappelle que «…» et assure que «…»`,
            // `a assuré que «…», avant de reconnaître :`: a verb coordinated after
            // the quotation before is the next words' cue, out of that reported clause
            if nearest.is_some() && matches!(&*lower, "et" | "puis" | "avant") && self.quotation_ends_before(t.start) {
                frozen = false;
                que_end = 0;
                // (a participle sharing the auxiliary of the verb before: `et appelé`)
                let next = self.words.window(t.end, quote, 1).first().copied().filter(|n| n.word);
                if let Some(p) =
                    next.filter(|n| self.lex.lookup_all(n.text).any(|v| matches!(v.form, cue::Form::PastParticiple(_))))
                {
                    nearest = Some(Span::new(p.start, p.end));
                    skip_to = p.end;
                }
            }
            // after `que` the verbs belong to the reported clause (`a averti que l'épidémie risquait`)
            // (not a relative after a comma: `sa réforme, que la CGT juge «…»`)
            let relative_que = || text[clause..t.start].trim_end_matches(is_space).ends_with(',');
            // (nor an object relative after the verb's object: `a dévoilé jeudi un
            // projet que les riverains ont qualifié de «…»`)
            let object_relative = || {
                let Some(n) = nearest else { return false };
                let mut between = toks.iter().filter(|w| w.word && w.start >= n.end && w.end <= t.start);
                // (past a day or an adverb, not past a preposition: `affirme dans
                // un communiqué que` is a completive)
                let adverb = |w: &Tok<'_>| {
                    w.is(phrase::class::WEEKDAY)
                        || phrase::lower_is(w.text, &["hier", "aujourd", "hui"])
                        || !w.is(phrase::class::DETERMINER) && cue::is_adverb_word(&crate::text::lower(w.text))
                };
                let first = between.find(|w| !adverb(w));
                let second = between.next();
                first.is_some_and(|d| phrase::is_determiner(d.text) && !phrase::lower_is(d.text, &["au", "aux"]))
                    && second.is_some_and(|w| w.end < t.start && !phrase::is_time_noun(&crate::text::lower(w.text)))
            };
            if nearest.is_some() && !frozen && matches!(&*lower, "que" | "qu") && !relative_que() && !object_relative() {
                frozen = true;
                que_end = t.end;
            }
            if frozen {
                // (but a participle right before the marks with its agent after
                // them names the speaker out of the reported clause: `a annoncé
                // qu'il partait, une décision qualifiée de «…» par l'opposition`)
                let noun_before = prev.is_some_and(|p| p.word && !p.is(phrase::class::DETERMINER));
                if let Some(agent) = noun_before.then(|| self.participle_agent(clause, t, quote)).flatten() {
                    return Some((agent, Some(Span::new(t.start, t.end)), 0.85));
                }
                prev = Some(t);
                continue;
            }
            // a form after a determiner or a preposition is a noun (`en point de
            // presse`, `devant la presse`)
            // (but a verb in the plural after a pronoun of a group: `Tous deux
            // jugent`, `Toutes dénoncent`)
            let group_verb = || {
                t.text.ends_with("ent")
                    && prev.is_some_and(|p| phrase::lower_is(p.text, &["tous", "toutes", "deux", "trois", "quatre"]))
            };
            // (nor after `quelqu'un`, a pronoun: `Quelqu'un cria :`)
            let someone = |p: &Tok<'_>| {
                let before = &text[..p.start];
                phrase::lower_is(p.text, &["un", "une"])
                    && before.strip_suffix(['\'', '’']).is_some_and(|b| b.ends_with("quelqu") || b.ends_with("Quelqu"))
            };
            // (or after a determiner and an adjective: `une telle annonce`, `cette
            // nouvelle annonce`)
            // (a form in -ant after any such adjective is a noun: `Le jeune
            // attaquant`, `un ancien manifestant`)
            let adjective_after_determiner = |p: &Tok<'_>| {
                // (not those that name someone alone: `Le petit rapporta`)
                (phrase::lower_is(
                    p.text,
                    &[
                        "tel",
                        "telle",
                        "tels",
                        "telles",
                        "nouveau",
                        "nouvel",
                        "nouvelle",
                        "nouvelles",
                        "même",
                        "prochain",
                        "prochaine",
                    ],
                ) || t.text.ends_with("ant") && resolve::is_prenominal(p.text))
                    && toks
                        .partition_point(|x| x.start < p.start)
                        .checked_sub(1)
                        .is_some_and(|i| toks[i].is(phrase::class::DETERMINER))
            };
            // (`le`, `la`, `les` right after a verb of narration are articles:
            // `Paul ferma le livre`, not `le livre` = `livrer`)
            let article_after_verb = matches!(t.text, "le" | "la" | "les")
                && prev
                    .is_some_and(|p| p.word && phrase::looks_simple_past(p.text) && !self.lex.lookup_all(p.text).any(|_| true));
            // (but a participle after its object pronoun and a comma: `, la jugeant «…»`)
            // (not a noun in -ant before a name or a verb: `Ce soir-là, le
            // commandant Morel reprit`)
            let clitic_participle = |p: &Tok<'_>| {
                t.text.ends_with("ant")
                    && phrase::lower_is(p.text, &["le", "la", "les", "l"])
                    && toks.partition_point(|x| x.start < p.start).checked_sub(1).is_some_and(|i| toks[i].text == ",")
                    && !self.words.window(t.end, quote, 1).first().is_some_and(|n| {
                        n.word
                            && (n.text.starts_with(char::is_uppercase)
                                || self.lex.lookup_all(n.text).any(|v| matches!(v.form, cue::Form::Finite { .. })))
                    })
            };
            // (nor after a preposition or `si`: `à l'avance`, `si le livre`)
            let article_after_particle = matches!(t.text, "le" | "la" | "les" | "l")
                && prev.is_some_and(|p| {
                    phrase::lower_is(p.text, &["à", "de", "par", "pour", "sur", "dans", "avec", "sans", "chez", "vers", "si"])
                });
            let after_determiner = article_after_verb
                || article_after_particle
                || prev.is_some_and(|p| {
                    p.is(phrase::class::DETERMINER | phrase::class::DE | phrase::class::D | phrase::class::AU)
                        && !group_verb()
                        && !someone(p)
                        && !clitic_participle(p)
                        || adjective_after_determiner(p)
                        || phrase::lower_is(
                            p.text,
                            &[
                                "en",
                                // (`lors d'un point presse`)
                                "point",
                                "devant",
                                "derrière",
                                "avec",
                                "pour",
                                "par",
                                "sur",
                                "dans",
                                "sous",
                                "chez",
                                "vers",
                                "contre",
                                "entre",
                                "sans",
                            ],
                        )
                });
            // (not a verb of going on with its object: `a promis de poursuivre
            // l'offensive «…»` goes on with a thing; nor `faire` with its own, which
            // does and does not say: `accusé le gouvernement de faire du «théâtre»`)
            let going_on = || {
                let next = self.words.window(t.end, quote, 1);
                phrase::lower_is(t.text, &["poursuivre", "continuer", "reprendre"])
                    && next.first().is_some_and(|n| n.is(phrase::class::DETERMINER))
                    || phrase::lower_is(t.text, &["faire"])
                        && next.first().is_some_and(|n| {
                            n.is(phrase::class::DETERMINER
                                | phrase::class::DU
                                | phrase::class::DES
                                | phrase::class::DE
                                | phrase::class::D)
                        })
            };
            if speaker.is_some()
                && prev.is_some_and(|p| p.text.eq_ignore_ascii_case("de") || p.text.eq_ignore_ascii_case("d"))
                && self.lex.lookup_all(t.text).any(|v| matches!(v.form, cue::Form::Infinitive))
                && !going_on()
            {
                nearest = Some(Span::new(t.start, t.end));
            }
            // `Les médecins ferment pour dénoncer des conditions «…»`: an infinitive
            // of purpose that reports, its subject the clause's
            if speaker.is_none()
                && nearest.is_none()
                && prev
                    .is_some_and(|p| p.text.eq_ignore_ascii_case("pour") || p.text == "de" && text[..p.start].ends_with("afin "))
                && self.lex.lookup_all(t.text).any(|v| matches!(v.form, cue::Form::Infinitive))
                && !going_on()
            {
                let at = prev.map_or(t.start, |p| if p.text == "de" { p.start - "afin ".len() } else { p.start });
                let who = next_non_space(text, clause, at).and_then(|(k, _)| phrase_after(&self.words, k, at, self.lex));
                if let Some(who) = who.map(|w| self.subject_to_verb(w)).filter(|w| resolve::names_person(&self.words, *w)) {
                    speaker = Some((who, 0.75));
                    nearest = Some(Span::new(t.start, t.end));
                    prev = Some(t);
                    continue;
                }
            }
            // (an infinitive is no verb group of its own: `j'entendis des gens crier`)
            if speaker.is_none() && self.lex.lookup_all(t.text).any(|v| matches!(v.form, cue::Form::Infinitive)) {
                if let Some(heard) = self.perceived_speaker(clause, t) {
                    speaker = Some((heard, 0.8));
                    nearest = Some(Span::new(t.start, t.end));
                    prev = Some(t);
                    continue;
                }
            }
            // (the group is not parsed after a determiner; right after a reflexive
            // pronoun it is read from the pronoun: `s'avança` is no `avança`, `se
            // disent` is `se dire`)
            let reflexive = prev.filter(|p| phrase::lower_is(p.text, &["s", "se"]) && p.end + 3 >= t.start);
            let at = reflexive.map_or(t.start, |p| p.start);
            // (`la juge répondit`: an article and a noun that a verb also writes,
            // before the subject's own verb, is no clitic and its verb)
            let article_noun = |len: usize| {
                phrase::lower_is(t.text, &["la", "le", "les"])
                    && self.words.window(at + len, quote, 1).first().is_some_and(|n| {
                        n.word
                            && (phrase::looks_finite(n.text)
                                || self.lex.lookup_all(n.text).any(|v| matches!(v.form, cue::Form::Finite { .. })))
                    })
            };
            // (`en poste` after a noun is the locution, not `en` and `poster`: `Un
            // diplomate en poste à Pékin relativise`)
            let in_post = &*lower == "en"
                && prev.is_some_and(|p| p.word && !p.is(phrase::class::PRONOUN))
                && self.words.window(t.end, quote, 1).first().is_some_and(|n| n.text == "poste");
            if let Some(g) = (!after_determiner && !in_post)
                .then(|| cue::reporting_verb_group(&text[at..quote], self.lex))
                .flatten()
                .filter(|g| !article_noun(g.len))
            {
                // (a negation whose particle opens the quoted words is the
                // speaker's own: `n'exclut «aucune piste»`, `n'a «rien à se reprocher»`)
                // (and so is the infinitive a verb of will opens: `n'a pas souhaité
                // «commenter une enquête en cours»` quotes the refusal's own words)
                let spoken_negation = || {
                    text[at + g.len..quote].trim_matches(is_space).is_empty() && {
                        let inside = text[quote..].trim_start_matches(|c: char| is_space(c) || matches!(c, '«' | '“' | '"'));
                        let w = &inside[..inside.find(|c: char| !c.is_alphabetic()).unwrap_or(inside.len())];
                        let will = matches!(g.lemma, "souhaiter" | "vouloir" | "désirer") && g.modal.is_none();
                        cue::NEGATION_PARTICLES.contains(&w)
                            || matches!(w, "aucun" | "aucune" | "personne" | "nul" | "nulle")
                            || will && (crate::text::looks_infinitive(w) || matches!(w, "s" | "se" | "en" | "y"))
                    }
                };
                if g.negated && !spoken_negation() {
                    // a negated first verb attributes nothing, unless a verb
                    // coordinated after it reports (`a refusé de commenter mais a
                    // estimé que «…»`); a later one ends the search
                    if speaker.is_none() && self.coordinated_report(at + g.len, quote) {
                        skip_to = at + g.len;
                        continue;
                    }
                    speaker?;
                    frozen = true;
                    continue;
                }
                let cue = Span::new(at, at + g.len);
                // (a gerund of manner after the verb, right before the colon or the
                // marks, is not the cue: `lui demandait en riant :`)
                // (nor one between commas before the verb's completive: `déclara, en
                // souriant, que «…»`)
                let gerund = &*lower == "en" || prev.is_some_and(|p| p.text == "en");
                let manner = nearest.is_some()
                    && g.tense == cue::GroupTense::PresentParticiple
                    && (&*lower == "en"
                        && MANNER_VERBS.contains(&g.lemma)
                        && text[cue.end..quote].trim_matches(|c: char| is_space(c) || matches!(c, ':' | ',')).is_empty()
                        || gerund && opens_completive(&text[cue.end..quote]));
                // (`faire` reports only as `fit-il` or before a colon: after another
                // verb it is an action, `raconte avoir fait «…»`, `un voyage fait à vingt ans`)
                // (and never in its locutions of state: `font partie des «…»`, `fait
                // face à une «…»`, `a fait preuve d'une «…»`)
                let locution = g.lemma == "faire"
                    && self.words.window(cue.end, quote, 1).first().is_some_and(|n| {
                        phrase::lower_is(n.text, &["partie", "face", "preuve", "appel", "confiance", "attention", "suite"])
                    });
                let action = locution
                    || nearest.is_some() && g.lemma == "faire" && g.inverted.is_none()
                    // (`apprendre` with nobody taught is learning: `les salariés ont
                    // appris la nouvelle «…»`, not `il m'a appris que`)
                    || g.lemma == "apprendre" && g.object.is_none() && g.inverted.is_none();
                // (a participle used as an adjective after a verb of seeming: `s'est
                // voulu rassurant :`, `se montrait apaisant`)
                let attribute = g.tense == cue::GroupTense::PresentParticiple
                    && prev.is_some_and(|p| {
                        p.word
                            && [
                                "voulu",
                                "voulue",
                                "voulus",
                                "voulues",
                                "montré",
                                "montrée",
                                "montrés",
                                "montrées",
                                "veut",
                                "voulait",
                                "montre",
                                "montrait",
                                "semble",
                                "semblait",
                                "paraît",
                                "paraissait",
                                "reste",
                                "restait",
                                "est",
                                "était",
                                "été",
                                "fut",
                            ]
                            .contains(&p.text)
                    });
                // (`risquer de` before the words tells a risk: `les groupes risquent
                // de «trier les élèves»`; `risquer une question :` reports)
                // (past adverbs: `risque surtout de «…»`; and before an infinitive:
                // `risque de manquer de courant «…»`)
                let risk = g.lemma == "risquer" && {
                    let rest = &text[cue.end..quote];
                    let rest = rest[cue::adverbials_len(rest)..].trim_matches(is_space);
                    rest == "de" || ["de ", "d'", "d’"].iter().any(|p| rest.starts_with(p))
                };
                // (an article read as an object pronoun after a verb: `jugeant le
                // texte «…»` is not `le texte`, a form of `texter`)
                let article = phrase::lower_is(t.text, &["le", "la", "les"])
                    && prev.is_some_and(|p| p.word && (p.text.ends_with("ant") || self.lex.lookup(p.text).is_some()));
                if manner || action || attribute || risk || article {
                    prev = Some(t);
                    continue;
                }
                nearest = Some(cue);
                skip_to = cue.end;
                // `un message du président X affirmant que «…»`: the present
                // participle right after a noun is that noun's, or its author's,
                // when it is the cue nearest the words
                if let Some(who) = self.participle_on_noun(clause, t, g.tense == cue::GroupTense::PresentParticiple) {
                    speaker = Some((who, 0.8));
                    prev = Some(t);
                    continue;
                }
                // `X maintient sa réforme, que la CGT juge «…»`: a relative after a
                // comma whose verb reports the words names its own subject
                // (the auxiliary of a verb before the relative is not this verb's:
                // `a présenté un plan que l'opposition a qualifié de «…»`)
                let own_aux = aux.filter(|a| !opens_object_relative(&text[a.end..t.start]));
                let verb_start = own_aux.map_or(t.start, |a| a.start);
                if speaker.is_some() && matches!(text[cue.end..quote].trim_matches(is_space), "" | "de" | "d'" | "d’" | "comme")
                {
                    if let Some(who) = self.relative_subject(clause, verb_start) {
                        speaker = Some((who, 0.85));
                    }
                }
                if speaker.is_none() {
                    speaker = if let Some(inv) = g.inverted {
                        Some((Span::new(t.start + inv.span.start, t.start + inv.span.end), 0.85))
                    } else if let Some(agent) = self.passive_agent(clause, cue, quote) {
                        // `La réforme a été jugée «brutale» par les syndicats`
                        Some((agent, 0.85))
                    } else if let Some(heard) = self.perceived_speaker(clause, t) {
                        // `il entendit sa maîtresse dire :`
                        Some((heard, 0.8))
                    } else if let Some(qui) = relative_before(text, clause, t.start) {
                        // `l'Agence spatiale européenne (ESA), qui parle d'une «…»`,
                        // `le nouveau venu, qui lui dit :`
                        let comma = text[clause..qui].trim_end_matches(is_space);
                        if let Some(who) = cleft_subject(&self.words, clause, qui, self.lex) {
                            // `C'est Églantine qui parle la première :`
                            Some((who, 0.85))
                        } else if comma.ends_with(',') {
                            let end = clause + comma.len() - 1;
                            // `X, secrétaire de la CGT, qui estime`, `X, déléguée CGT, qui
                            // dénonce`: the person before an apposition in small letters
                            // (first: not the body at the apposition's end)
                            let apposed = || {
                                let inner = clause + text[clause..end].rfind(',')?;
                                let apposition = text[inner + 1..end].trim_start_matches(is_space);
                                apposition.starts_with(char::is_lowercase).then_some(())?;
                                last_phrase_before(&self.words, clause, inner, self.lex)
                            };
                            let person = apposed().filter(|w| resolve::names_person(&self.words, *w));
                            person
                                .or_else(|| last_phrase_before(&self.words, clause, end, self.lex))
                                .or_else(apposed)
                                .map(|w| (self.person_in(w), 0.8))
                        } else {
                            // with no comma, a person named right before `qui`
                            // (`reconnut Pécuchet qui articula :`)
                            // (anything heard speaking speaks: `j'entendais le vent qui
                            // répétait :`)
                            let heard = |w: &Span| {
                                let before = text[clause..w.start].trim_end_matches(is_space);
                                let verb = last_word(before);
                                ["entend", "écout", "Entend", "Écout"].iter().any(|v| verb.starts_with(v))
                            };
                            last_phrase_before(&self.words, clause, clause + comma.len(), self.lex)
                                .filter(|w| w.start > clause && (resolve::names_person(&self.words, *w) || heard(w)))
                                .map(|w| (w, 0.8))
                        }
                    } else if let Some(who) = prev
                        // (the verb right after `que`, no subject before it: not `que nous avons cru`)
                        .filter(|p| phrase::lower_is(p.text, &["que", "qu"]) && !is_pronoun(t.text))
                        .and_then(|_| inverted_subject(&self.words, cue.end, quote, self.lex))
                        .map(|(w, _)| w)
                    {
                        // `Une analyse que conteste X :`: a relative's subject after its verb
                        Some((who, 0.8))
                    } else if let Some(who) = self.relative_subject(clause, verb_start) {
                        // `un match que son capitaine annonce «capital»`
                        Some((who, 0.85))
                    } else if let Some(who) = self.incise_subject(clause, aux.map_or(t.start, |a| a.start), cue.start, quote) {
                        // `L'épidémie progresse, a indiqué Santé publique France, évoquant
                        // une «…»`: a verb right after a comma, its subject after it
                        Some((who, 0.85))
                    } else {
                        // a participle after the main verb reports for its subject
                        let subject_end = aux.map_or(t.start, |a| a.start);
                        subject_before(&self.words, clause, subject_end, self.lex).map(|w| (w, 0.85)).or_else(|| {
                            // `Il fit appeler le sergent et lui dit :`: a verb coordinated
                            // to the clause's own takes its subject
                            self.coordinated_verb(clause, at.min(subject_end), quote).map(|(w, _, c)| (w, c))
                        })
                    };
                    speaker?;
                }
                prev = Some(t);
                continue;
            }
            prev = Some(t);
            // `Le projet est jugé «…» par la Cour des comptes`: a passive names
            // its speaker after `par`, and only then
            if aux.is_none() && speaker.is_none() && matches!(&*lower, "est" | "sont" | "était" | "étaient" | "fut" | "furent")
            {
                let participle = toks.iter().find(|n| n.start > t.end && n.word && n.start < quote);
                if let Some(p) =
                    participle.filter(|p| self.lex.lookup_all(p.text).any(|v| matches!(v.form, cue::Form::PastParticiple(_))))
                {
                    let cue = Span::new(p.start, p.end);
                    if let Some(agent) = self.passive_agent(clause, cue, quote) {
                        speaker = Some((agent, 0.85));
                        nearest = Some(cue);
                        skip_to = cue.end;
                        continue;
                    }
                }
            }
            // `un texte jugé «…» par l'opposition`, `une réforme qualifiée de «…» par
            // X`: a participle after its noun right before the marks, its agent
            // after them, names the speaker (over the subject of a verb before)
            if let Some(agent) = (aux.is_none() && !after_determiner).then(|| self.participle_agent(clause, t, quote)).flatten() {
                let cue = Span::new(t.start, t.end);
                speaker = Some((agent, 0.85));
                nearest = Some(cue);
                skip_to = cue.end;
                prev = Some(t);
                continue;
            }
            if aux.is_none() && AUXILIARIES.contains(&&*lower) {
                aux = Some(t);
            } else if let Some(a) = aux {
                // `X a, toujours selon la même source, jugé ces projets «…»` (not a
                // noun after its article: `contre le prévenu`)
                let participle =
                    !after_determiner && self.lex.lookup_all(t.text).any(|v| matches!(v.form, cue::Form::PastParticiple(_)));
                if participle && self.causative(t, quote) {
                    prev = Some(t);
                    continue;
                }
                if participle {
                    // (with its auxiliary when only adverbs stand between: `a exprimé`,
                    // `a toutefois exprimé`)
                    let between = text[a.end..t.start].trim_start_matches(is_space);
                    let joined = between.is_empty() || cue::adverbials_len(&text[a.end..t.start]) == t.start - a.end;
                    nearest = Some(Span::new(if joined { a.start } else { t.start }, t.end));
                    if speaker.is_none() {
                        let cue = Span::new(t.start, t.end);
                        speaker = match self.passive_agent(clause, cue, quote) {
                            Some(agent) => Some((agent, 0.85)),
                            None => subject_before(&self.words, clause, a.start, self.lex).map(|w| (w, 0.8)),
                        };
                    }
                }
            }
        }
        if let Some((who, confidence)) = speaker {
            // `Pierre salua le curé, qui lui dit :`: the cue's own subject is the
            // relative's antecedent, a person named after the first subject
            if let Some(cue) = nearest.filter(|c| c.start > who.end) {
                if let Some(qui) = relative_before(text, who.end, cue.start) {
                    let comma = text[who.end..qui].trim_end_matches(is_space);
                    // (with a comma or without: `reconnut Pécuchet qui articula :`)
                    let end = who.end + comma.len() - usize::from(comma.ends_with(','));
                    // (not past the subject's own apposition in small letters: `Nadia
                    // Roux, déléguée CGT, qui dénonce` is Nadia Roux's)
                    // (set off by commas on both sides, a few words: not the predicate,
                    // `X, Y, évoque un avis de la Commission qui jugeait`)
                    let apposition = comma.ends_with(',')
                        && text[who.end..end].strip_prefix(',').is_some_and(|a| {
                            a.trim_start_matches(is_space).starts_with(char::is_lowercase)
                                && !a.contains(',')
                                && a.split_whitespace().count() <= 5
                        });
                    let antecedent = (!apposition)
                        .then(|| last_phrase_before(&self.words, who.end, end, self.lex))
                        .flatten()
                        .map(|p| self.person_in(p))
                        .filter(|p| p.start > who.end && resolve::names_person(&self.words, *p));
                    if let Some(a) = antecedent {
                        return Some((a, nearest, confidence));
                    }
                }
            }
            // `X a indiqué que Y avait «…»`: Y speaks the woven words, X relays them
            if que_end > 0 {
                let sub = text[que_end..quote].trim_start_matches(['\'', '’']);
                let sub_start = quote - sub.len();
                let sub_toks = self.words.window(sub_start, quote, 24);
                // (a pronoun of the third person under a relay that is no person:
                // `La même source indique qu'il aurait qualifié…`, `Le quotidien
                // rapporte qu'elle a jugé…`)
                let pronoun_of_other = |y: Span| {
                    phrase::is_third_person(&text[y.range()])
                        && !is_pronoun(&text[who.range()])
                        && (!resolve::names_person(&self.words, who)
                            || self.names_thing(who)
                            || phrase::names_medium(&self.words.window(who.start, who.end, 8), self.lex)
                            || text[who.range()].ends_with("même source"))
                };
                if let Some(a) = sub_toks.iter().rev().find(|t| t.word && AUXILIARIES.contains(&&*lower(t.text))) {
                    let tail = text[a.end..quote].trim_matches(|c: char| is_space(c) || c == ',');
                    // (the woven participle is one of speech: `avait «regretté un
                    // malentendu»`, not `avait «tiré les leçons»`, which the
                    // relay's subject says of Y)
                    let said = || {
                        let end = floor_boundary(text, (quote + 64).min(text.len()));
                        self.words
                            .window(quote, end, 4)
                            .iter()
                            .find(|t| t.word)
                            // (not a manner of crying or laughing: `avait «pleuré comme
                            // un veau»` is the relay's own description)
                            .is_some_and(|t| self.lex.lookup_all(t.text).any(|v| !MANNER_VERBS.contains(&v.lemma)))
                    };
                    // (or a participle of speech or of judging and its object: `que Y
                    // l'avait traitée de «…»`, `avait qualifié le dîner de «…»`)
                    let judged = || {
                        let first = tail.split(|c: char| !c.is_alphabetic() && c != '-').next().unwrap_or("");
                        !first.is_empty()
                            && tail.len() < 60
                            && self.lex.lookup_all(first).any(|v| matches!(v.form, cue::Form::PastParticiple(_)))
                    };
                    // (after a verb of opinion, the woven words are the opinion's
                    // own: `X a estimé que la Commission avait «montré les dents»`)
                    let opinion = || {
                        nearest.is_some_and(|c| {
                            cue::reporting_verb_group(&text[c.start..quote], self.lex).is_some_and(|g| {
                                matches!(
                                    g.lemma,
                                    "estimer"
                                        | "juger"
                                        | "considérer"
                                        | "penser"
                                        | "croire"
                                        | "trouver"
                                        | "déplorer"
                                        | "regretter"
                                        | "dénoncer"
                                        | "saluer"
                                        | "craindre"
                                        | "redouter"
                                        | "se réjouir"
                                        | "se féliciter"
                                )
                            })
                        })
                    };
                    if tail.is_empty() && said() && !opinion() || judged() {
                        if let Some(y) = subject_before(&self.words, sub_start, a.start, self.lex) {
                            // (someone who speaks: not `les travaux avaient «pris du retard»`)
                            if !is_pronoun(&text[y.range()]) && resolve::names_person(&self.words, y) || pronoun_of_other(y) {
                                self.relay.set(Some(who));
                                return Some((y, nearest, confidence));
                            }
                        }
                    }
                }
                // `X annonçait que Y jugeait la situation «…»`: Y's own verb of speech in
                // the completive, Y speaks, X relays
                let verb = sub_toks.iter().rev().find(|t| {
                    t.word
                        && t.text.starts_with(char::is_lowercase)
                        && !AUXILIARIES.contains(&&*lower(t.text))
                        // (not `faire`, a cue only inverted: `fait-il`; `que son
                        // gouvernement faisait «tout…»` is the relay's own words)
                        // (nor a verb of fiction's incises, which takes no words:
                        // `que le gouvernement cédait «à la pression…»`)
                        && self.lex.lookup_all(t.text).any(|v| {
                            matches!(v.form, cue::Form::Finite { .. })
                                && !v.lemma.starts_with("faire")
                                && !INCISE_ONLY_VERBS.contains(&v.lemma)
                                && !MANNER_VERBS.contains(&v.lemma)
                        })
                });
                if let Some(v) = verb.filter(|v| quote - v.end < 80 && !text[v.end..quote].contains(['.', ';', ':'])) {
                    if let Some(y) = subject_before(&self.words, sub_start, v.start, self.lex) {
                        if y.start >= sub_start
                            && (!is_pronoun(&text[y.range()]) && resolve::names_person(&self.words, y) || pronoun_of_other(y))
                        {
                            self.relay.set(Some(who));
                            return Some((y, Some(Span::new(v.start, v.end)), confidence));
                        }
                    }
                }
            }
            return Some((who, nearest, confidence));
        }
        if let Some(a) = aux {
            // `X a été «…»`: the woven words describe the subject, who does not speak
            // them (a passive with its participle was read above)
            // (nor `avoir lieu`: `La rencontre aura lieu «…»` tells when a thing
            // happens; nor `il y a`, which tells what there is)
            // (past adverbs too: `a notamment été marqué par`)
            let past_adverbs = a.end + cue::adverbials_len(&text[a.end..quote]);
            if self.words.window(past_adverbs, quote, 1).first().is_some_and(|n| n.text == "été" || n.text == "lieu")
                || text[..a.start].trim_end_matches(is_space).ends_with(" y")
            {
                return None;
            }
            // `X a «…»`, `X a dédié sa Palme «…»`: woven words in the clause of an auxiliary
            if let Some(who) = subject_before(&self.words, clause, a.start, self.lex) {
                let between = text[a.end..quote].trim_matches(|c: char| is_space(c) || c == ',' || c == ':');
                if between.len() < 60 && !between.contains(['.', ';', ':']) {
                    // the reporting verb of `X a «pris acte»` is inside the marks: no cue;
                    // `X a dédié sa Palme «…»`: the auxiliary and its participle
                    // (past adverbs, as a verb group reads them: `a toutefois tendu la main :`)
                    let next = self.words.window(a.end + cue::adverbials_len(&text[a.end..quote]), quote, 2);
                    // (`n'a pas caché son émotion :`: the negation, its participle and the `n'` before)
                    let negated = next.first().is_some_and(|n| phrase::lower_is(n.text, cue::NEGATION_PARTICLES));
                    let cue_start = if negated {
                        let before = text[..a.start].trim_end_matches(is_space);
                        before.strip_suffix("n'").or_else(|| before.strip_suffix("n’")).map_or(a.start, str::len)
                    } else {
                        a.start
                    };
                    // (a participle, not the object of `avoir` as a verb: `avait l'air
                    // las :`, `eut un geste :`)
                    let cue = next
                        .get(usize::from(negated))
                        .filter(|n| {
                            n.word
                                && n.text.chars().all(char::is_lowercase)
                                && !n.is(phrase::class::DETERMINER | phrase::class::L)
                        })
                        .map(|n| Span::new(cue_start, n.end));
                    // (not `faire` before an infinitive that says nothing: `a fait
                    // installer des panneaux «…»` has it done, says nothing)
                    if next.get(usize::from(negated)).is_some_and(|n| self.causative(n, quote)) {
                        return None;
                    }
                    return Some((who, cue, 0.75));
                }
            }
        }
        None
    }

    /// The subject at the head of `phrase`, read to its verb when the phrase
    /// ran on over it: `Les médecins baissent le rideau` is `Les médecins` (a
    /// word before an article, or a plural in `-ent` after a plural
    /// determiner, is the verb); else the phrase.
    fn subject_to_verb(&self, phrase: Span) -> Span {
        let toks = self.words.window(phrase.start, phrase.end, 16);
        let Some(first) = toks.first() else { return phrase };
        let plural = phrase::lower_is(first.text, &["les", "des", "ces", "leurs", "ses", "nos", "vos", "mes", "plusieurs"]);
        let from = if first.is(phrase::class::DETERMINER) { 2 } else { 1 };
        let verb = (from..toks.len()).find(|&k| {
            let t = &toks[k];
            t.word
                && t.text.starts_with(char::is_lowercase)
                && !t.is(phrase::class::DETERMINER | phrase::class::STOP)
                && (plural && t.text.ends_with("ent")
                    || toks
                        .get(k + 1)
                        .is_some_and(|n| n.is(phrase::class::DETERMINER) && !phrase::lower_is(n.text, &["de", "d"])))
        });
        verb.map_or(phrase, |k| Span::new(phrase.start, toks[k - 1].end))
    }

    /// The subject of the sentence right before `at`, in its paragraph, when
    /// that sentence names a document (`La fédération a adressé une lettre au
    /// ministre.`): the author of the words an impersonal `on` reads in it.
    fn document_author_before(&self, at: usize) -> Option<Span> {
        let k = self.sentences.index_of(at)?.checked_sub(1)?;
        let prev = self.sentences.get(k)?;
        if prev.end > at || self.text[prev.end..at].contains('\n') {
            return None;
        }
        let document =
            self.words.window(prev.start, prev.end, 40).iter().any(|t| t.word && phrase::lower_is(t.text, DOCUMENT_NOUNS));
        if !document {
            return None;
        }
        self.sentence_subject(prev, Span::new(at, at)).filter(|w| resolve::names_person(&self.words, *w))
    }

    /// True when `reprendre` in a compound tense (`cue`) has a thing after it,
    /// its object and no inverted subject: `«…», avaient repris le travail`;
    /// not the incise `reprit l'aveugle`.
    fn resumes_a_thing(&self, lemma: &str, cue: Span, who: Span) -> bool {
        lemma == "reprendre" && self.text[cue.range()].contains(' ') && self.names_thing(who)
    }

    /// True when `t` is the participle of `faire` before an infinitive that
    /// says nothing: `a fait installer des panneaux «…»` has a thing done.
    fn causative(&self, t: &Tok<'_>, quote: usize) -> bool {
        phrase::lower_is(t.text, &["fait", "faite", "faits", "faites"])
            && self.words.window(t.end, quote, 1).first().is_some_and(|v| {
                v.word
                    && crate::text::looks_infinitive(v.text)
                    && cue::reporting_verb_group(&self.text[v.start..quote], self.lex).is_none()
            })
    }

    /// The subject and the reporting verb of a clause from `from` (after
    /// `dont`) whose verb stands right before the quotation at `quote`, with no
    /// comma between them: `dont le président, le Dr X, dénonce «…»`.
    fn relative_clause_cue(&self, from: usize, quote: usize) -> Option<(Span, Span)> {
        let text = self.text;
        let toks = self.words.window(from, quote, 30);
        for t in toks.iter().skip(1).filter(|t| t.word && t.text.starts_with(char::is_lowercase)) {
            let Some(g) = cue::reporting_verb_group(&text[t.start..quote], self.lex) else { continue };
            if g.negated || g.inverted.is_some() {
                return None;
            }
            let rest = &text[t.start + g.len..quote];
            if rest.contains([',', ':', '.', ';']) || rest.len() > 40 {
                return None;
            }
            // (the relative is open still: its subject, and an apposition to it,
            // hold no verb; not `dont les membres ont manifesté, juge «…»`)
            let head = &text[from..t.start];
            let subject_end = from + head.find(',').unwrap_or(head.trim_end().len());
            let noun_phrase = phrase_after(&self.words, next_non_space(text, from, t.start)?.0, t.start, self.lex)
                .is_some_and(|p| trim_span(text, p.end, subject_end).is_empty());
            if !noun_phrase {
                return None;
            }
            let who = subject_before(&self.words, from, t.start, self.lex)?;
            return Some((who, Span::new(t.start, t.start + g.len)));
        }
        None
    }

    /// The subject of the reporting verb whose group starts at `cue` (its
    /// first word at `verb`) when it follows a comma with words before it in
    /// the clause and its inverted subject is followed by a comma: an incise
    /// inside narration (`L'épidémie progresse, a indiqué mercredi Santé
    /// publique France,`).
    fn incise_subject(&self, clause: usize, verb: usize, cue: usize, quote: usize) -> Option<Span> {
        let text = self.text;
        let head = text[clause..verb].trim_end_matches(is_space).strip_suffix(',')?;
        if head.split_whitespace().count() < 3 {
            return None;
        }
        let (who, _) = self.inverted_clause(cue, quote)?;
        let words = &text[who.range()];
        let phrase = words.starts_with(char::is_uppercase) || words.split(' ').next().is_some_and(phrase::is_determiner);
        // (a thing after the verb is its object, the subject before the comma set
        // off by a participle: `Le ministre, cité par X, dénonce une réforme, «…»`)
        (text[who.end..quote].trim_start_matches(is_space).starts_with(',') && phrase && !self.names_thing(who)).then_some(who)
    }

    /// True when the relative clause opened by `qui` closes on a comma before
    /// the main verb (`Lucie, qui craignait l'orage, avait été rassurée par…`).
    fn relative_closed(&self, qui: &Tok<'_>, quote: usize) -> bool {
        let toks = self.words.window(qui.end, quote, 30);
        // (or on a reporting verb: `La CGT, qui n'avait pas appelé à la grève,
        // juge le mouvement «…»`)
        // (or on a new subject in small letters, the words' own clause: `Selon un
        // cadre, qui a requis l'anonymat, ce projet «…»`; or on a comma before
        // the marks after the relative's own object, `…, qui a requis
        // l'anonymat, «…»`)
        let object_then_comma = toks.last().is_some_and(|t| t.text == ",")
            && toks[..toks.len() - 1].iter().any(|t| t.is(phrase::class::DETERMINER | phrase::class::L));
        // (or a dash that closes the one before `qui`: `Le maire — qui hésitait — a
        // déclaré`)
        let dash = self.text[..qui.start].trim_end_matches(is_space).chars().next_back().filter(|c| matches!(c, '—' | '–'));
        object_then_comma
            || toks.windows(3).any(|w| {
                (w[0].text == "," || dash.is_some_and(|d| w[0].text.starts_with(d)))
                    && w[1].word
                    && (AUXILIARIES.contains(&&*lower(w[1].text))
                        || w[1].text.starts_with(char::is_lowercase)
                            && cue::reporting_verb_group(&self.text[w[1].start..quote], self.lex)
                                .is_some_and(|g| g.inverted.is_none())
                        || w[1].text.starts_with(char::is_lowercase)
                            && w[1].is(phrase::class::DETERMINER)
                            && w[2].word
                            && w[2].text.starts_with(char::is_lowercase))
            })
    }

    /// True when a reporting verb follows `qui` before the quotation (the
    /// relative clause is the one that reports).
    fn verb_follows(&self, qui: &Tok<'_>, quote: usize) -> bool {
        self.words
            .window(qui.end, quote, 3)
            .iter()
            .any(|t| t.word && cue::reporting_verb_group(&self.text[t.start..quote], self.lex).is_some_and(|g| !g.negated))
            || {
                // (or a gerund that reports, with no comma before it: `qui a quitté
                // la salle en dénonçant un «…»`)
                let toks = self.words.window(qui.end, quote, 14);
                let open = toks.iter().position(|t| t.text == ",").unwrap_or(toks.len());
                toks[..open].windows(2).any(|w| {
                    w[0].text == "en"
                        && w[1].word
                        && w[1].text.ends_with("ant")
                        && cue::reporting_verb_group(&self.text[w[1].start..quote], self.lex)
                            .is_some_and(|g| !g.negated && g.tense == cue::GroupTense::PresentParticiple)
                })
            }
    }

    /// Prepositional cues in the sentence, outside the quotation: `selon X`
    /// names the speaker when none was found (else a relay); `au micro de X`,
    /// `cité par X` name a relay; `de même source` carries the previous source.
    /// The teller of `ce que [me] rapporte X` read as a cue's phrase (`d'après
    /// ce que me conta Mme Cibot`, `selon ce qu'a rapporté Le Progrès`): `None`
    /// for another phrase, `Some(None)` when no teller is found after the verb.
    fn what_says(&self, who: Span, end: usize) -> Option<Option<Span>> {
        let text = self.text;
        let rest = CE_QUE.iter().find_map(|p| text[who.start..].starts_with(p).then(|| who.start + p.len()))?;
        Some(self.teller_after(rest, end, false))
    }

    /// The teller after `ce que`, which `rest` follows: the inverted subject of
    /// the verb there (`me conta Mme Cibot`, `rapporta la bonne`), not a pronoun;
    /// with `telling`, only after a verb of the lexicon.
    fn teller_after(&self, rest: usize, end: usize, telling: bool) -> Option<Span> {
        let text = self.text;
        // (past the object pronouns: `me`, `m'`, `nous`, `lui`)
        let toks = self.words.window(rest, end, 6);
        let verb = toks.iter().find(|t| {
            t.word && !phrase::lower_is(t.text, &["me", "m", "nous", "lui", "leur", "en", "y", "l", "le", "la", "te", "t"])
        });
        let verb = verb?;
        let group = cue::reporting_verb_group(&text[verb.start..end], self.lex);
        if telling && group.is_none() {
            return None;
        }
        let len = group.map_or(verb.end - verb.start, |g| g.len);
        inverted_subject(&self.words, verb.start + len, end, self.lex).map(|(w, _)| w).filter(|w| !is_pronoun(&text[w.range()]))
    }

    fn prepositions(&self, f: &mut Found, start: usize, end: usize, quote: Span) {
        let text = self.text;
        // (an impersonal `on` for a speaker)
        let is_on = |s: Span| is_impersonal_on(&text[s.range()]);
        // a cheap scan for the words that open a prepositional cue; the sentence
        // is read word by word only when one is there
        let mut from_preposition = false;
        for t in cue::prepositional_cue_starts_outside(text, start, end, quote) {
            if quote.contains(Span::new(t.start, t.end)) {
                continue;
            }
            // `pour` alone only opens a clause: `Pour lui, «…»`, `Pour la CGT, …`
            // (not `Pour reprendre les mots de X`)
            // (nor `pour sa part`, `pour ma part`: an adverbial of contrast)
            let pour = t.end - t.start == 4 && text[t.start..t.end].eq_ignore_ascii_case("pour");
            let part = || {
                let rest = text[t.end..end].trim_start_matches(is_space);
                ["sa part", "ma part", "leur part", "notre part", "votre part", "ta part"].iter().any(|p| rest.starts_with(p))
            };
            if pour && part() {
                continue;
            }
            let pour = pour && !text[t.end..end].trim_start_matches(is_space).starts_with("reprendre ");
            // `pour` after the marks is a cue only as a verdict's (see below): read
            // once, kept for the tests after the cue is read
            let mut verdict = false;
            if pour {
                let before = text[start..t.start].trim_end_matches(is_space);
                // (after a sentence's connective: `Mais pour la CGT, …`, `Or, pour…`)
                let connective = ["Mais", "Et", "Or", "Pourtant", "Cependant", "Toutefois", "Donc"].contains(&before);
                let opens = before.is_empty()
                    || connective
                    || before.ends_with(',')
                    // (after a headline's label: `RDC : pour X, …`)
                    || before.ends_with(':') && !before[..before.len() - 1].contains(':')
                    || before.ends_with(", et")
                    || before.ends_with(" et");
                // `Pour la CGT, …` or `pour la CGT il est «…»` (read only when it opens)
                // (or, after the marks and a comma, ends the sentence: `«Un film
                // glacial», pour Le Figaro.`)
                // (or, with no comma, gives the view of those whose trade is to judge:
                // `un «pari risqué» pour beaucoup d'observateurs`)
                let judges = t.start >= quote.end && self.judges_after(t.end, end);
                verdict = t.start >= quote.end && (text[quote.end..t.start].trim_matches(is_space) == "," || judges);
                let closes = || {
                    phrase_after(&self.words, t.end, end, self.lex).is_some_and(|p| {
                        let after = text[p.end..].trim_start_matches(is_space);
                        // (a headline's verdict ends its line: `Retraites : «un passage
                        // en force», pour la CGT`)
                        // (the marks open the line, or follow its label: `Cinéma :`)
                        let line_ends = || {
                            let rest = text[p.end..].trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}']);
                            let line = &text[text[..quote.start].rfind('\n').map_or(0, |k| k + 1)..quote.start];
                            let line = line.trim_end_matches(is_space);
                            (line.is_empty() || line.ends_with(':'))
                                && text[p.end..end].trim_matches(is_space).is_empty()
                                && (rest.is_empty() || rest.starts_with(['\n', '\r']))
                        };
                        if verdict && line_ends() {
                            return true;
                        }
                        if verdict {
                            after.is_empty() || after.starts_with(['.', ';', '!', '\n', '…']) || judges && after.starts_with(',')
                        } else {
                            // (or a name's words in small letters before the comma:
                            // `Pour la Fondation Toit commun, …`)
                            after.starts_with(',')
                                || ["il ", "elle ", "ils ", "elles ", "c'", "c’"].iter().any(|w| after.starts_with(w))
                                || self.name_tail_end(p, end).is_some()
                        }
                    })
                };
                if !(opens || judges) || !closes() {
                    continue;
                }
            }
            let Some((len, canonical)) = cue::prepositional_cue(&text[t.start..end]) else { continue };
            let cue_span = Span::new(t.start, t.start + len);
            // (a cue's words inside the speaker's phrase: `a-t-on appris de source
            // proche de l'enquête`)
            if f.speaker.is_some_and(|s| s.overlaps(cue_span)) {
                continue;
            }
            // `À l'en croire, «…»`: the one the pronoun takes up, the last speaker
            if canonical == "à l'en croire" {
                if f.speaker.is_none() || f.cue.is_none() && f.confidence < 0.65 {
                    if let Some((who, _)) =
                        self.last_speaker.filter(|&(w, end)| w.end <= cue_span.start && end + 1500 > cue_span.start)
                    {
                        *f = Found { speaker: Some(who), cue: Some(cue_span), source: None, confidence: 0.75 };
                    }
                }
                continue;
            }
            if SAME_SOURCE.contains(&canonical) || self.same_source_follows(cue_span.end, end) {
                // (after a `selon X` of the same sentence that named the speaker, the
                // same source is X, who relays nobody: `Selon les organisateurs,
                // l'affluence est «…», d'après la même source`)
                let own = f.speaker.is_some()
                    && f.cue.is_some_and(|c| {
                        c.end <= cue_span.start
                            && cue::prepositional_cue(&text[c.start..end])
                                .is_some_and(|(len, canonical)| len == c.len() && matches!(canonical, "selon" | "d'après"))
                    });
                if own {
                    continue;
                }
                // the same source: the previous relay, or the previous speaker when
                // it spoke for itself
                // (or the one a sentence of narration just before names with an
                // inverted cue or `selon`: `…, a indiqué la gendarmerie. «…», selon
                // la même source`), when it is the nearer
                let quoted = self.last_source.or(self.last_speaker.map(|(s, _)| s));
                let narrated = self.narrated_source(start).filter(|n| quoted.is_none_or(|q| q.end < n.start));
                // `…, selon la même source, qui évoque «…»`: the source is the
                // subject of the relative, and speaks
                let same_end = self.same_source_end(cue_span.end, end).unwrap_or(cue_span.end);
                let relative = text.get(same_end..quote.start).is_some_and(|b| {
                    b.trim_start_matches(is_space)
                        .strip_prefix(',')
                        .is_some_and(|b| b.trim_start_matches(is_space).starts_with("qui "))
                });
                if let Some(prev) = narrated.or(quoted).filter(|_| relative) {
                    f.speaker = Some(prev);
                    f.source = None;
                    f.confidence = f.confidence.max(0.75);
                } else if let Some(prev) = narrated.or(quoted) {
                    // (a pronoun that takes up the last speaker, who spoke for
                    // itself: `«…», a-t-il ajouté, de même source`, no relay)
                    let same_speaker = self.last_speaker.is_some_and(|(s, _)| s == prev)
                        && f.speaker.is_some_and(|s| is_pronoun(&text[s.range()]));
                    if !same_speaker {
                        f.source = f.source.or(Some(prev));
                    }
                    // (an impersonal `on` is that source: `a-t-on indiqué de même
                    // source`, `De même source, on précise que`)
                    if f.speaker.is_some_and(is_on) {
                        f.speaker = Some(prev);
                        f.source = f.source.filter(|s| *s != prev);
                    }
                    // `De même source, les recherches devaient reprendre «…»`: the source
                    // named before the subject speaks
                    // (but a person or a body that reports is the speaker, relayed by
                    // that source: `Selon la même source, le maire a déclaré : «…»`)
                    let reporting_subject = f.speaker.zip(f.cue).is_some_and(|(s, c)| {
                        s.end <= c.start
                            && c.end <= quote.start
                            && (is_pronoun(&text[s.range()]) || !self.names_thing(s) && resolve::names_person(&self.words, s))
                            && cue::reporting_verb_group(&text[c.start..quote.start], self.lex)
                                .is_some_and(|g| !matches!(g.lemma, "faire" | "reprendre"))
                    });
                    let before_subject =
                        f.speaker.is_some_and(|s| cue_span.end <= s.start) && f.confidence < 0.9 && !reporting_subject;
                    // (nor a thing whose verb reports nothing: `Le conflit a fait «…»,
                    // selon la même source`)
                    let mute_thing = f.speaker.is_some_and(|s| {
                        s.end <= quote.start
                            && !is_pronoun(&text[s.range()])
                            && (self.names_thing(s) || !resolve::names_person(&self.words, s))
                    }) && f.cue.is_some_and(|c| {
                        // (`faire` is a cue only inverted, `fait-il`; `reprendre` after a
                        // thing resumes nothing said: `les cours pourraient reprendre «…»`)
                        c.end <= quote.start
                            && cue::reporting_verb_group(&text[c.start..quote.start], self.lex)
                                .is_none_or(|g| matches!(g.lemma, "faire" | "reprendre"))
                    });
                    if before_subject || mute_thing {
                        f.speaker = None;
                        f.cue = None;
                    }
                    // (the same source is the informant the last relay cited, relayed
                    // again: `X, cité par Reuters, …. Selon la même source, «…»`)
                    // (when that relay is a medium: a body that relayed, `a indiqué le
                    // Kremlin`, is itself the source of what follows)
                    // (or a relay named by `selon`, `d'après` or `cité par`, that
                    // relayed someone: `X évoque «…», selon France 3 Bretagne`)
                    let medium = |r: Span| {
                        let before = text[..r.start].trim_end_matches(is_space);
                        phrase::names_medium(&self.words.window(r.start, r.end, 8), self.lex)
                            || ["selon", "Selon", "d'après", "d’après", "cité par", "citée par", "cités par", "citées par"]
                                .iter()
                                .any(|p| before.ends_with(p))
                    };
                    // (the relay the narration named is that last relay itself: `X
                    // évoque un «…», selon Y. Selon la même source, …`)
                    let informant = narrated
                        .is_none_or(|n| self.last_source == Some(n))
                        .then(|| {
                            self.last_speaker.map(|(s, _)| s).filter(|s| self.last_source.is_some_and(|r| r != *s && medium(r)))
                        })
                        .flatten()
                        .filter(|s| !is_pronoun(&text[s.range()]));
                    if f.speaker.is_none() || f.cue.is_none() {
                        f.speaker = f.speaker.or(informant).or(Some(prev));
                        f.confidence = f.confidence.max(0.7);
                    }
                    // (the source that speaks relays nobody)
                    if f.speaker == f.source {
                        f.source = None;
                    }
                }
                if f.cue.is_none() || cue_span.end <= quote.start && f.cue.is_some_and(|c| c.end <= cue_span.start) {
                    let full = self.same_source_end(cue_span.end, end).unwrap_or(cue_span.end);
                    f.cue = Some(Span::new(cue_span.start, full));
                }
                continue;
            }
            // (a cue that ends on its article, `de l'aveu même du`: the noun after it)
            let article = self
                .words
                .window(cue_span.start, cue_span.end, 12)
                .last()
                .filter(|t| t.is(phrase::class::DU | phrase::class::DES))
                .copied();
            let who = match article {
                // `à ce que rapporta la bonne`: the teller, after the verb of
                // telling, the phrase set off (not `jusqu'à ce que`, `tenait à ce
                // qu'on lui rendît…`)
                _ if canonical == "à ce que" => {
                    let before = text[start..cue_span.start].trim_end_matches(is_space);
                    let set_off = before.is_empty() || before.ends_with([',', '(', '—']);
                    set_off.then(|| self.teller_after(cue_span.end, end, true)).flatten()
                }
                // `de source policière`, `de source proche du dossier`: the source
                _ if canonical.starts_with("de source") => self.described_source(start, cue_span, canonical, end),
                // `À ses yeux`, `de leur point de vue`: the one the possessive takes up
                _ if canonical == "à ses yeux" => self
                    .words
                    .window(cue_span.start, cue_span.end, 6)
                    .iter()
                    .find(|t| resolve::is_possessive(t.text))
                    .map(|t| Span::new(t.start, t.end)),
                Some(a) => self.complement_speaker(&self.words.window(a.start, end, 12), end),
                None => self
                    .quoted_title_at(cue_span.end, end)
                    // (with the seat of an unnamed source: `selon une source au ministère`)
                    .or_else(|| {
                        phrase_after(&self.words, cue_span.end, end, self.lex).map(|p| {
                            phrase::seated(&self.words, p, end, self.lex)
                                .or_else(|| self.name_tail_end(p, end).map(|e| Span::new(p.start, e)))
                                .unwrap_or(p)
                        })
                    })
                    .or_else(|| {
                        // a medium in small letters (`interrogé par franceinfo`), or
                        // after its noun (`accordé au quotidien Les Échos`)
                        let next = self.words.window(cue_span.end, end, 3);
                        match &*next {
                            // (and the capitals after it: `beIN Sports`)
                            [b, ..] if phrase::is_brand(b, self.lex) => {
                                let more = self.words.window(b.end, end, 4);
                                let last = more
                                    .iter()
                                    .zip(std::iter::once(b).chain(more.iter()))
                                    .take_while(|(t, p)| t.word && t.text.starts_with(char::is_uppercase) && t.start == p.end + 1)
                                    .last()
                                    .map_or(b.end, |(t, _)| t.end);
                                Some(Span::new(b.start, last))
                            }
                            // (a title that opens on a number: `interrogé par 20 Minutes`)
                            [n, m, ..]
                                if n.text.bytes().all(|b| b.is_ascii_digit())
                                    && m.word
                                    && m.text.starts_with(char::is_uppercase)
                                    && m.start == n.end + 1 =>
                            {
                                Some(Span::new(n.start, m.end))
                            }
                            // (a title that is also a word of time: `accordé au Soir`, `au Matin`)
                            [b, ..] if canonical.ends_with(" à") && b.word && b.text.starts_with(char::is_uppercase) => {
                                Some(Span::new(b.start, b.end))
                            }
                            [m, n, ..] if m.is(phrase::class::MEDIUM) && m.text.starts_with(char::is_lowercase) && n.word => {
                                phrase_after(&self.words, m.start, end, self.lex).or_else(|| {
                                    phrase_after(&self.words, n.start, end, self.lex).map(|p| Span::new(m.start, p.end))
                                })
                            }
                            _ => None,
                        }
                    }),
            };
            let Some(who) = who else { continue };
            // (a medium's whole title after `à`, its complement in small letters
            // too: `dans un entretien au Journal du dimanche`)
            let who = if canonical.ends_with(" à") {
                let prep = self.words.window(cue_span.start, cue_span.end, 8).iter().rev().find(|t| t.word).map(|t| t.start);
                prep.and_then(|p| phrase::medium(&self.words.window(p, end, 12), self.lex))
                    .filter(|m| m.start == who.start && m.end > who.end)
                    .unwrap_or(who)
            } else {
                who
            };
            // `d'après ce que me conta X`, `à ce que rapporte X`: X, after the verb
            let Some(who) = self.what_says(who, end).unwrap_or(Some(who)) else { continue };
            // (a phrase that runs over the comma into the clause's own subject
            // stops at the comma: `Selon l'agence Xinhua, M. Wang a exhorté…`)
            let who = match f.speaker.filter(|s| s.start > who.start && s.end <= who.end) {
                Some(s) => match text[who.start..s.start].rfind(',') {
                    Some(c) if c > 0 => Span::new(who.start, who.start + text[who.start..who.start + c].trim_end().len()),
                    _ => who,
                },
                None => who,
            };
            // (a phrase set before the clause's subject, which ran past a name into
            // a circumstance: `Interrogée par Le Monde à l'issue de l'audience, X`
            // is `Le Monde`)
            let who = {
                let toks = self.words.window(who.start, who.end, 16);
                let set_before = text[who.end..].trim_start_matches(is_space).starts_with(',');
                let cut = toks.iter().enumerate().skip(1).find(|(k, t)| {
                    phrase::lower_is(t.text, &["à", "après", "avant", "lors", "pendant", "depuis", "dès"])
                        && toks[k - 1].word
                        && toks[k - 1].text.starts_with(char::is_uppercase)
                });
                match cut {
                    Some((_, t)) if set_before => crate::text::trim_span(text, who.start, t.start),
                    _ => who,
                }
            };
            // (`Canal+`: a sign written against the name)
            let who = if text[who.end..].starts_with('+') { Span::new(who.start, who.end + 1) } else { who };
            // (`interrogée par nos confrères de France 3`: the medium they work for)
            let who = self.colleagues_medium(who, end);
            // (`selon nos informations`: the newsroom's own, nobody's words)
            if text[who.range()].starts_with("nos ") || text[who.range()].starts_with("Nos ") {
                continue;
            }
            // (`selon ses chiffres` after a speaker: that speaker's own account)
            if f.speaker.is_some() && self.own_account(cue_span.end, end) {
                continue;
            }
            // (`Il est parti, selon ses propres mots, «…»`: with no speaker, the
            // subject whose own words they are)
            if f.speaker.is_none() && cue_span.end <= quote.start && self.own_account(cue_span.end, end) {
                let clause = skip_adverbials(text, start, cue_span.start);
                let who = subject_before(&self.words, clause, cue_span.start, self.lex)
                    .filter(|w| resolve::names_person(&self.words, *w) || phrase::is_third_person(&text[w.range()]));
                if let Some(who) = who {
                    f.speaker = Some(who);
                    f.cue = Some(cue_span);
                    f.confidence = 0.8;
                    continue;
                }
            }
            // (`selon les mots du président X`: the words' owner)
            let who = self.words_of(who).unwrap_or(who);
            // (`selon un communiqué transmis à l'AFP`: the medium it was sent to)
            let who = self.sent_to(who, end);
            if quote.overlaps(who) {
                continue;
            }
            if SPEAKER_PREPOSITIONS.contains(&canonical) {
                // (`selon des propos rapportés par l'agence X`: the agent; `selon un
                // rapport consulté par l'AFP`: the report, relayed by the AFP)
                let agent = self.document_agent(who, end).filter(|(w, _)| !quote.overlaps(*w));
                let obtained = agent.filter(|&(_, access)| access).map(|(m, _)| m);
                let who = match agent {
                    Some((m, true)) => trim_span(text, who.start, m.start.min(who.end)),
                    Some((agent, false)) => agent,
                    None => who,
                };
                let Some(who) = self.phrase_owner(who) else { continue };
                // after the marks, `pour X` opens the next clause, and `selon X`
                // speaks for the quotation right before it only (`"bancal" selon
                // deux testeurs, et "lent" selon le troisième`)
                if cue_span.start >= quote.end {
                    let k = self.outer.partition_point(|o| o.start < quote.end);
                    let another = self.outer.get(k).is_some_and(|o| o.end <= cue_span.start);
                    // (nor in a relative clause after the words: `un homme «…», qui
                    // aurait perçu, selon l'accusation, …`)
                    let between = &text[quote.end..cue_span.start];
                    // (nor in a clause of its own after them: `…, alors que trois
                    // policiers ont été blessés, selon la préfecture`)
                    let relative = [
                        ", qui ",
                        ", dont ",
                        ", lequel ",
                        ", laquelle ",
                        ", alors que ",
                        ", alors qu'",
                        ", tandis que ",
                        ", tandis qu'",
                        ", après que ",
                        ", lorsque ",
                        ", quand ",
                        ", où ",
                        ", bien que ",
                        ", même si ",
                    ]
                    .iter()
                    .any(|r| between.contains(r));
                    // (but a verdict, `«Un film glacial», pour Le Figaro.`, read above)
                    if (canonical == "pour" && !verdict) || another || relative {
                        continue;
                    }
                } else if canonical != "pour" {
                    // before the marks, a `selon X` right after another quotation is that one's
                    // (not after words that end their sentence or their paragraph:
                    // `«Je reste.» Selon lui, …`)
                    let k = self.outer.partition_point(|o| o.end <= cue_span.start);
                    let right_after = k > 0 && {
                        let prev = self.outer[k - 1];
                        let closed = text[prev.range()]
                            .trim_end_matches(|c: char| is_space(c) || matches!(c, '»' | '”' | '"' | '›'))
                            .ends_with(['.', '!', '?', '…']);
                        let between = &text[prev.end..cue_span.start];
                        !closed && !between.contains('\n') && between.trim_matches(|c: char| is_space(c) || c == ',').is_empty()
                    };
                    if right_after {
                        continue;
                    }
                }
                // `Pour A, x est «…», pour B il est «…»`: the nearest cue before
                // the quotation names its speaker
                if from_preposition && who.end <= quote.start {
                    f.speaker = None;
                }
                // `Selon le maire, les travaux ont été «bâclés»`: the preposition names the
                // speaker when the clause only had an auxiliary
                // (nor when its verb reports nothing: `Les policiers ont saisi «…»,
                // selon le parquet`)
                // (but not when the words go on the verb: `a tenu à «remercier…»`)
                let infinitive = || {
                    let w = text[quote.range()].trim_start_matches(|c: char| !c.is_alphabetic());
                    crate::text::looks_infinitive(&w[..w.find(|c: char| !c.is_alphabetic()).unwrap_or(w.len())])
                };
                let mute = canonical != "pour"
                    // (`selon X` after the words, or before the verb: `Selon le
                    // parquet, le suspect aurait agi «…»`)
                    && f.cue.is_some_and(|c| c.end <= quote.start && (cue_span.start >= quote.end || cue_span.end <= c.start))
                    && !infinitive()
                    // (a participle of speech after its auxiliary reports: `Elle
                    // aurait, selon X, qualifié la situation de «…»`)
                    && f.cue.is_some_and(|c| {
                        cue::reporting_verb_group(&text[c.start..quote.start], self.lex).is_none()
                            && !self
                                .lex
                                .lookup_all(&text[c.range()])
                                .any(|v| matches!(v.form, cue::Form::PastParticiple(_)) && v.tail.is_empty())
                    });
                // (`Pour Me X, son client a subi «…»`: a fronted `pour` over a verb that
                // reports nothing)
                // (nor a thing before a colon with no verb of speech: `Pour elle, le
                // plus dur sera l'hiver : «…»`)
                let thing_before_colon = || f.cue.is_none() && f.speaker.is_some_and(|s| self.names_thing(s));
                // (or a thing named with a demonstrative whose verb tells its
                // contents: `Pour X, ce scrutin confirme «…»`)
                let fronted_pour = canonical == "pour"
                    && f.speaker.is_some_and(|s| cue_span.end <= s.start)
                    && (f.cue.is_some_and(|c| {
                        c.end <= quote.start
                            && (cue::reporting_verb_group(&text[c.start..quote.start], self.lex).is_none()
                                || f.speaker.is_some_and(|s| {
                                    self.words.window(s.start, s.end, 1).first().is_some_and(|d| {
                                        phrase::lower_is(d.text, &["ce", "cet", "cette", "ces"]) && d.end < s.end
                                    }) && self.names_thing(s)
                                }))
                    }) || thing_before_colon());
                // (`Selon le ministre, le texte prévoit «…»`, `Les horaires répondent
                // selon elle à «…»`: a thing whose verb tells its contents speaks
                // for the one the cue before the marks names,
                // unless that one is a medium, `Selon l'AFP, le communiqué affirme`)
                let thing_subject = canonical != "pour"
                    && f.cue.is_some_and(|c| c.end <= quote.start)
                    && cue_span.end <= quote.start
                    && f.speaker.is_some_and(|s| {
                        !s.overlaps(cue_span)
                            && (!is_pronoun(&text[s.range()]) && !resolve::names_person(&self.words, s)
                                // (or a pronoun whose verb the lexicon lacks: `Selon
                                // l'ARS, il a permis de «…»`)
                                // (its verb's participle set apart from its auxiliary is
                                // one still: `Elle aurait, selon un proche, lâché :`)
                                || phrase::is_third_person(&text[s.range()])
                                    && f.cue.is_some_and(|c| {
                                        cue::reporting_verb_group(&text[c.start..quote.start], self.lex).is_none()
                                            && self.lex.lookup_all(last_word(&text[c.range()])).next().is_none()
                                    }))
                    })
                    && !phrase::names_medium(&self.words.window(who.start, who.end, 8), self.lex);
                // (nor a thing whose verb holds the marks, the preposition after
                // them: `Un recours qui a «peu de chances», selon un juriste`)
                let thing_before = canonical != "pour"
                    && cue_span.start >= quote.end
                    && f.speaker.is_some_and(|s| {
                        s.end <= quote.start
                            && self.names_thing(s)
                            && !phrase::names_medium(&self.words.window(who.start, who.end, 8), self.lex)
                    });
                // (nor an impersonal `on`: `on savourait ce «…», pour reprendre
                // l'expression de X`)
                let impersonal = canonical != "pour" && f.speaker.is_some_and(is_on);
                // (a verb of speech before the colon keeps its subject, the preposition
                // after it relays: `Le cardinal répondit, d'après La Porte : «…»`)
                let spoke = || {
                    quote.start > cue_span.end
                        && text[cue_span.end..quote.start].trim_end_matches(is_space).ends_with(':')
                        && f.cue.is_some_and(|c| {
                            c.end <= cue_span.start
                                && cue::reporting_verb_group(&text[c.start..quote.start], self.lex)
                                    .is_some_and(|g| !g.negated && g.lemma != "faire")
                        })
                };
                // (`Selon elle, le principal défi reste logistique : «…»`: a thing
                // before the colon, after the preposition, is not the speaker)
                let colon_thing =
                    cue_span.end <= quote.start && f.speaker.is_some_and(|s| cue_span.end <= s.start) && thing_before_colon();
                // (a verdict's `pour X` after the marks comes before any later cue:
                // `«…», pour Le Figaro ; «…», tranche Libération`)
                let verdict = verdict && f.cue.is_some_and(|c| c.start >= cue_span.end);
                // (a clause of its own after a semicolon, before the marks: `Elle
                // fit trois tartines ; et, selon Justine, jamais on n'avait vu «…»`)
                let later_clause = cue_span.end <= quote.start
                    && f.cue.is_some_and(|c| c.end <= cue_span.start && text[c.end..cue_span.start].contains(';'));
                // (a medium before a person or a body whose words the marks hold, its
                // verb with them, relays those words: `Toujours selon Reuters, son
                // groupe «n'exclut pas» une alliance`)
                let medium_relay = canonical != "pour"
                    && cue_span.end <= quote.start
                    && f.speaker.is_some_and(|s| {
                        cue_span.end <= s.start
                            && s.end <= quote.start
                            && !text[s.end..quote.start].contains([',', ':', ';', '.', '«', '»'])
                            && !self.names_thing(s)
                            && (phrase::is_third_person(&text[s.range()]) || resolve::names_person(&self.words, s))
                    })
                    && phrase::names_medium(&self.words.window(who.start, who.end, 8), self.lex);
                if f.speaker.is_some()
                    && !medium_relay
                    && (f.confidence <= 0.75 && f.cue.is_none_or(|c| c.end <= cue_span.start || c.start > quote.end)
                        || later_clause
                        || verdict
                        || mute
                        || colon_thing
                        || fronted_pour
                        || thing_subject
                        || thing_before
                        || impersonal)
                    && !spoke()
                {
                    f.source = f.source.filter(|s| !who.overlaps(*s));
                    f.speaker = None;
                }
                if f.speaker.is_some() && f.cue.is_none() {
                    f.cue = Some(cue_span);
                }
                // (a medium set off inside the verb of a subject before it, the
                // marks after: `Le gardien aurait, selon L'Équipe, «pleuré»`, the
                // subject's words, relayed)
                if f.speaker.is_none_or(|s| s == who) && matches!(canonical, "selon" | "d'après") && cue_span.end <= quote.start
                {
                    // (the medium first, the cheaper test)
                    let subject = phrase::names_medium(&self.words.window(who.start, who.end, 8), self.lex)
                        .then(|| self.interrupted_subject(start, cue_span.start))
                        .flatten();
                    if let Some(subject) = subject {
                        *f = Found { speaker: Some(subject), cue: Some(cue_span), source: Some(who), confidence: 0.8 };
                        continue;
                    }
                }
                if f.speaker.is_none() {
                    f.speaker = Some(who);
                    f.cue = Some(cue_span);
                    f.confidence = 0.85;
                    from_preposition = who.end <= quote.start;
                    f.source = obtained.or(f.source);
                } else if f.source.is_none()
                    && !same_words(text, who, f.speaker)
                    // (a pronoun relays only when it is not the speaker's: `D'après
                    // lui, elle avait dit…`)
                    // (or one before a speaker named: `Selon lui, le cardinal avait dit «…»`)
                    && (!is_pronoun(&text[who.range()])
                        || f.speaker.is_some_and(|s| {
                            other_gender(&text[who.range()], &text[s.range()]) || who.end <= s.start && !is_pronoun(&text[s.range()])
                        }))
                    // (`pour X` gives X's view, not the channel of another's words:
                    // `Pour la défense, ce procès est «…», a plaidé Me X`)
                    && !matches!(canonical, "pour" | "aux yeux de" | "à ses yeux")
                {
                    // (the medium that consulted a document relays, as before it)
                    f.source = Some(obtained.unwrap_or(who));
                }
                // `a dénoncé une «…» destinée, selon lui, à «…»`: the nearest cue
                // (not a relay's: `a répondu, selon le journal X, que «…»`)
                if who.end <= quote.start && f.cue.is_some_and(|c| c.end <= cue_span.start) && f.source != Some(who) {
                    f.cue = Some(cue_span);
                }
            } else if (cue::is_participle_cue(&text[t.start..end]) && canonical.ends_with(" par"))
                || canonical.ends_with(" de")
                || canonical.ends_with(" à")
                // (`interrogée sur France Inter`: a medium, not a subject, `sur la réforme`)
                || matches!(canonical, "interrogé sur" | "invité sur")
                    && (text[who.range()].starts_with(char::is_uppercase)
                        || self.words.window(who.start, who.end, 1).first().is_some_and(|t| phrase::is_brand(t, self.lex))
                        // (`interrogé sur la radio RTA`, `sur la chaîne X`)
                        || {
                            let toks = self.words.window(who.start, who.end, 4);
                            let k = usize::from(toks.first().is_some_and(|t| t.is(phrase::class::LA | phrase::class::L)));
                            let k = k + usize::from(toks.get(k).is_some_and(|t| !t.word));
                            toks.get(k).is_some_and(|t| t.is(phrase::class::MEDIUM))
                                && toks.get(k + 1).is_some_and(|t| {
                                    t.word && (t.text.starts_with(char::is_uppercase) || phrase::is_brand(t, self.lex))
                                })
                                // (or an acronym after its article: `interrogé sur la VRT`)
                                || k > 0 && toks.get(k).is_some_and(|t| phrase::is_acronym(t.text))
                        })
            {
                let who = self.colleagues_medium(who, end);
                // (not past other words quoted after a colon, whose relay it is)
                if cue_span.start >= quote.end && self.quoted_after_colon(quote.end).is_some_and(|o| o.end <= cue_span.start) {
                    continue;
                }
                let generic = GENERIC_RELAYS.iter().any(|g| text[who.range()] == **g);
                // (the one who asked is a channel only when a medium or a named
                // body: `interrogé par franceinfo`, not `interrogé par un juge`,
                // nor `invité par le président de la cour à prendre la parole`)
                let asked = matches!(
                    canonical,
                    "interrogé par"
                        | "interrogé par téléphone par"
                        | "questionné par"
                        | "sollicité par"
                        | "consulté par"
                        | "invité par"
                );
                if f.source.is_none() && !generic && !same_words(text, who, f.speaker) && (!asked || self.names_channel(who)) {
                    f.source = Some(who);
                }
            }
        }
    }

    /// True when the words at `at` name people whose trade is to judge, in the
    /// plural (`beaucoup d'observateurs`, `de nombreux experts`, `les
    /// analystes`): their view, not a purpose, after `pour`.
    fn judges_after(&self, at: usize, end: usize) -> bool {
        self.words.window(at, end, 5).iter().filter(|t| t.word).take(4).any(|t| phrase::lower_is(t.text, phrase::JUDGES))
    }

    /// True for a writing named by an indefinite article and its noun, with no
    /// issuer after it (`un communiqué`, `un communiqué diffusé mardi`, `une
    /// note interne`): the speaker's own, no relay; not `un communiqué de la
    /// préfecture`, nor `le communiqué`, which takes up one named before.
    fn own_writing(&self, who: Span) -> bool {
        let toks = self.words.window(who.start, who.end, 12);
        let mut words = toks.iter().filter(|t| t.word);
        let (Some(det), Some(noun)) = (words.next(), words.next()) else { return false };
        // (an indefinite one: `le texte`, `le communiqué` take up one named
        // before, whose issuer relays)
        phrase::lower_is(det.text, &["un", "une"])
            // (the nouns of writings, and of documents that speak for their author)
            && (WRITING_NOUNS.contains(&noun.text) || matches!(noun.text, "texte" | "document" | "courrier" | "déclaration"))
            && !toks.iter().any(|t| {
                t.start > noun.end
                    && t.word
                    && (t.text.starts_with(char::is_uppercase) || t.is(phrase::class::DE | phrase::class::DU | phrase::class::D))
            })
    }

    /// The end of `la même source` after `toujours selon`.
    fn same_source_end(&self, i: usize, end: usize) -> Option<usize> {
        let rest = self.text[i..end].trim_start_matches(is_space);
        let start = end - rest.len();
        let n = "la même source".len();
        (rest.get(..n).is_some_and(|r| r.eq_ignore_ascii_case("la même source"))).then_some(start + n)
    }

    /// `selon la même source` written with `toujours`: `toujours selon` then `la même source`.
    fn same_source_follows(&self, i: usize, end: usize) -> bool {
        let rest = self.text[i..end].trim_start_matches(is_space);
        starts_with_lower(rest, "la même source") || starts_with_lower(rest, "même source")
    }

    /// The next outer quotation after the one that ends at `end` when a colon
    /// stands between them (`X s'inquiète d'un «…» : «…»`): words with a cue
    /// and a relay of their own.
    fn quoted_after_colon(&self, end: usize) -> Option<Span> {
        let k = self.outer.partition_point(|o| o.start < end);
        self.outer.get(k).copied().filter(|o| self.text[end..o.start].contains(':'))
    }

    /// `Le déficit sera tenu, a assuré Bercy dans un communiqué, tout en
    /// reconnaissant un «…»`: a gerund after an inverted incise has the
    /// incise's subject, not the sentence's (which only says what was told).
    fn gerund_after_incise(&self, f: &mut Found, quote: Span) {
        let text = self.text;
        let (Some(who), Some(cue)) = (f.speaker, f.cue) else { return };
        if who.end > cue.start || cue.end > quote.start || !text[cue.range()].starts_with("en ") {
            return;
        }
        // the commas between the subject and the gerund, nearest first
        let gap = &text[who.end..cue.start];
        for (k, _) in gap.rmatch_indices(',') {
            let Some((at, _)) = next_non_space(text, who.end + k + 1, cue.start) else { continue };
            // (an incise closed by its comma: not the verb of the subject before,
            // set off by an apposition, `X, son président, salue un accord en
            // estimant que`, whose object is no inverted subject)
            let Some(end) = text[at..cue.start].find(',').map(|e| at + e) else { continue };
            // (its circumstance after the subject too: `dans un communiqué`)
            let g = cue::reporting_verb_group(&text[at..end], self.lex)
                .filter(|g| !g.negated && g.inverted.is_none() && g.tense != cue::GroupTense::PresentParticiple);
            if let Some((inverted, _)) = g.and_then(|g| inverted_subject(&self.words, at + g.len, end, self.lex)) {
                if !is_pronoun(&text[inverted.range()]) && !self.inside_quotation(inverted.start) {
                    f.speaker = Some(inverted);
                    return;
                }
            }
        }
    }

    /// A medium after the cue (`a-t-elle confié à l'AFP`), or a participle
    /// relay after the speaker (`…, cité par l'agence Tass`).
    /// `Le suspect a reconnu, a indiqué le parquet, avoir agi «…»`, `Il avait
    /// dit, rapporta plus tard sa bonne, que «…»`: an inverted incise set
    /// between the speaker's own verb of speech and its words relays them; the
    /// verb is the cue.
    fn incise_relay(&self, f: &mut Found, quote: Span) {
        let text = self.text;
        let (Some(who), Some(cue)) = (f.speaker, f.cue) else { return };
        if f.source.is_some() || who.end > cue.start || cue.end > quote.start {
            return;
        }
        // (or set between the speaker and its verb: `Le directeur, affirmait le
        // journal, avait promis que «…»`)
        let between = text[who.end..cue.start].trim_matches(is_space);
        // (one incise, not an apposition and its verb: `Le représentant, X, a
        // rejeté ces accusations, qualifiant…`)
        if let Some(inner) = between.strip_prefix(',').and_then(|b| b.strip_suffix(',')).filter(|i| !i.contains(',')) {
            let at = cue.start - between.len() + 1;
            let at = next_non_space(text, at, cue.start).map_or(at, |(k, _)| k);
            let inner_end = at + inner.trim_matches(is_space).len();
            if let Some((relay, _)) = self.inverted_clause(at, inner_end) {
                // (a person, a body or a medium, not the verb's object: `, a rejeté
                // ces accusations,`)
                let someone = resolve::names_person(&self.words, relay)
                    || text[relay.range()].starts_with(char::is_uppercase)
                    || phrase::names_medium(&self.words.window(relay.start, relay.end, 8), self.lex);
                if relay.end == inner_end && someone && !same_words(text, relay, Some(who)) {
                    f.source = Some(relay);
                }
            }
            return;
        }
        // (the speaker read as the subject of that incise: `Le chef du jury,
        // rapporte la Gazette, lut le verdict : «…»`, the relay, and the phrase
        // before the incise, the speaker)
        // (not a present participle after the incise, which is its subject's:
        // `L'épidémie progresse, a indiqué X, évoquant une «…»`)
        let participle = || {
            cue::reporting_verb_group(&text[cue.start..quote.start], self.lex)
                .is_some_and(|g| g.tense == cue::GroupTense::PresentParticiple)
        };
        if between.starts_with(',') && !participle() {
            let line = text[..who.start].rfind('\n').map_or(0, |k| k + 1);
            let head = text[line..who.start].trim_end_matches(is_space);
            if let Some(comma) = head.rfind(',') {
                let at = line + comma + 1;
                let at = next_non_space(text, at, who.start).map_or(at, |(k, _)| k);
                let inverted = self.inverted_clause(at, who.end).is_some_and(|(relay, _)| relay == who);
                let subject = inverted
                    .then(|| {
                        let s =
                            self.sentences.index_of(at).and_then(|k| self.sentences.get(k)).map_or(line, |s| s.start.max(line));
                        let s = next_non_space(text, s, at).map_or(s, |(k, _)| k);
                        phrase_after(&self.words, s, line + comma, self.lex)
                    })
                    .flatten()
                    .filter(|p| p.end == line + comma && !same_words(text, *p, Some(who)));
                if let Some(subject) = subject {
                    f.speaker = Some(subject);
                    f.source = Some(who);
                }
            }
            return;
        }
        let Some(head) = text[who.end..cue.start].trim_end_matches(is_space).strip_suffix(',') else { return };
        let head_end = who.end + head.trim_end_matches(is_space).len();
        let Some((main, _)) = next_non_space(text, who.end, head_end) else { return };
        // (the speaker's verb of speech, alone between the speaker and the comma)
        let Some(g) = cue::reporting_verb_group(&text[main..head_end], self.lex).filter(|g| !g.negated && g.inverted.is_none())
        else {
            return;
        };
        if main + g.len != head_end {
            return;
        }
        let Some((relay, _)) = self.inverted_clause(cue.start, quote.start) else { return };
        if !text[relay.end..quote.start].trim_start_matches(is_space).starts_with(',') || same_words(text, relay, Some(who)) {
            return;
        }
        f.cue = Some(Span::new(main, head_end));
        f.source = Some(relay);
    }

    /// The end of the words in small letters that finish the name `p` ends
    /// with, up to the comma after them (`la Fondation Toit commun,`): one or two
    /// words, no verb.
    fn name_tail_end(&self, p: Span, end: usize) -> Option<usize> {
        let text = self.text;
        if !text[p.range()].rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase)) {
            return None;
        }
        let after = text.get(p.end..end)?;
        let c = after.find(',')?;
        let tail: Vec<&str> = after[..c].split_whitespace().collect();
        let words_only = tail.iter().all(|w| {
            w.starts_with(char::is_lowercase)
                && w.chars().all(char::is_alphabetic)
                && !looks_finite(w)
                && !phrase::is_finite(self.lex, w)
        });
        ((1..=2).contains(&tail.len()) && words_only).then(|| p.end + after[..c].trim_end_matches(is_space).len())
    }

    /// The subject of the verb that a phrase set off by commas interrupts at
    /// `at` (`Le gardien aurait, selon…`): a finite verb or an auxiliary in
    /// small letters right before the comma, and the subject before it.
    fn interrupted_subject(&self, start: usize, at: usize) -> Option<Span> {
        let before = self.text[start..at].trim_end_matches(is_space).strip_suffix(',')?.trim_end_matches(is_space);
        let verb = before.rsplit(is_space).next()?;
        let finite = verb.starts_with(char::is_lowercase)
            && (cue::is_auxiliary(verb) || looks_finite(verb) || phrase::is_finite(self.lex, verb));
        if !finite {
            return None;
        }
        let verb_start = start + before.len() - verb.len();
        phrase::subject_before(&self.words, start, verb_start, self.lex)
            .filter(|s| !is_pronoun(&self.text[s.range()]) || s.end <= verb_start)
    }

    /// A medium set off before the subject `who`, in the sentence of the
    /// quotation that ends by `end`: `Sur Europe 1, la députée a dénoncé…`,
    /// `Côté opposition, sur LCI, le député X a parlé d'une «…»`.
    fn lead_medium(&self, who: Span, end: usize) -> Option<Span> {
        let s = self.sentences.index_of(who.start).and_then(|k| self.sentences.get(k))?;
        if end > s.end {
            return None;
        }
        // (the segments set off are short: the last 300 bytes before the subject,
        // so that a long sentence of many quotations stays linear)
        let from = s.start.max(ceil_boundary(self.text, who.start.saturating_sub(300)));
        let lead = &self.text.as_bytes()[from..who.start];
        // (the sentence's start, then each comma's: the segments set off)
        let opening = (from == s.start).then_some(s.start);
        let starts = opening.into_iter().chain(memchr::memchr_iter(b',', lead).map(|k| from + k + 1));
        starts.filter_map(|at| next_non_space(self.text, at, who.start).map(|(k, _)| k)).find_map(|k| {
            let rest = &self.text[k..who.start];
            let set_off = |m: &Span| self.text[m.end..who.start].trim_start().starts_with(',');
            // (`Cité par De Standaard, un député…`: the medium that quotes)
            if let Some(p) = ["Cité par ", "Citée par ", "Cités par ", "Citées par "].iter().find(|p| rest.starts_with(**p)) {
                let toks = self.words.window(k + p.len(), who.start, 8);
                let run = toks.iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).count();
                let named = run > 0 && (phrase::names_medium(&toks[..run], self.lex) || run > 1);
                return named.then(|| Span::new(toks[0].start, toks[run - 1].end)).filter(set_off);
            }
            if !(rest.starts_with("Sur ") || rest.starts_with("sur ")) {
                return None;
            }
            let toks = self.words.window(k, who.start, 8);
            medium(&toks, self.lex).filter(set_off)
        })
    }

    fn relay_after(&self, f: &mut Found, end: usize) {
        if f.source.is_some() {
            return;
        }
        let Some(who) = f.speaker else { return };
        if let Some(m) = self.lead_medium(who, end) {
            f.source = Some(m);
            return;
        }
        let Some(cue) = f.cue else { return };
        // a second inverted cue after the speaker's own: `«…», a déclaré la
        // ministre, rapporte Le Monde`
        // (or after the cue's own pronoun: `«…», a-t-il expliqué, rapporte Le Soir`)
        if who.start > cue.end || cue.contains(who) {
            if let Some(relay) = self.second_inverted_cue(who.end.max(cue.end), end) {
                f.source = Some(relay);
                return;
            }
        }
        // a cue in the next sentence (`c'est X qui les a confiés à RFI`): its sentence
        let end = if cue.end > end {
            self.sentences.index_of(cue.start).and_then(|k| self.sentences.get(k)).map_or(end, |s| s.end.min(cue.end + WINDOW))
        } else {
            end
        };
        // the clause of the cue: from the cue (or the speaker after it) to the next period
        let mut from = cue.start.min(who.start);
        if cue.start - from > 400 {
            from = cue.start;
        }
        if from >= end {
            return;
        }
        // (the marks are ASCII: searched as bytes, `?` before the first of the others)
        // (past the speaker's own name, whose initial may end on a period: `Kevin L.`;
        // and past the period of any initial: `qui défend Kevin L., a confié`)
        let search_from = who.end.clamp(from, end);
        let rest = &self.text.as_bytes()[search_from..end];
        let initial = |k: usize| {
            rest[k] == b'.'
                && k > 0
                && rest[k - 1].is_ascii_uppercase()
                && (k == 1 || !rest[k - 2].is_ascii_alphanumeric())
                && rest.get(k + 1).is_some_and(|&b| b == b',' || b == b' ' && rest.get(k + 2).is_some_and(u8::is_ascii_lowercase))
        };
        let first = memchr::memchr3_iter(b'.', b';', b'!', rest).find(|&k| !initial(k));
        let clause_end = memchr::memchr(b'?', &rest[..first.unwrap_or(rest.len())]).or(first).map_or(end, |k| search_from + k);
        // a document the cue names and who spread it: `dans une déclaration
        // diffusée par la télévision RTS`
        // the speaker cited in another's document: `…, a dit le directeur, cité
        // dans un communiqué de l'ARS`
        // (the words these relays need, by finders built once: most clauses hold none)
        let from_cue = cue.end.min(clause_end);
        let base = search_from.min(from_cue);
        let bytes = &self.text.as_bytes()[base..clause_end];
        let mut cited_in = None;
        let mut dans_after_cue = false;
        for k in RELAY_FINDERS[0].find_iter(bytes) {
            let at = base + k;
            dans_after_cue |= at >= from_cue;
            // (`cité dans`, `citées dans`: the word before `dans`)
            let before = self.text[base..at].trim_end_matches(is_space);
            if cited_in.is_none() && at >= search_from && ["cité", "citée", "cités", "citées"].iter().any(|c| before.ends_with(c))
            {
                cited_in = Some(at + " dans ".len());
            }
        }
        let after_cue = &self.text.as_bytes()[from_cue..clause_end];
        let spread = RELAY_FINDERS[1].find(after_cue).is_some()
            || dans_after_cue && RELAY_FINDERS[2..].iter().any(|f| f.find(after_cue).is_some());
        if let Some(at) = cited_in {
            let toks = self.words.window(at, clause_end, 6);
            if let [det, noun, de, ..] = &*toks {
                let owner = det.is(phrase::class::DETERMINER)
                    && phrase::lower_is(noun.text, DOCUMENT_NOUNS)
                    && de.is(phrase::class::DE | phrase::class::DU | phrase::class::DES | phrase::class::D);
                let from = toks.get(3).filter(|t| matches!(t.text, "'" | "’")).map_or(de.end, |t| t.end);
                // (after `du`, `des`: the noun alone, `du ministère` is `ministère`)
                // (with a complement that names it: `du ministère de la Santé`)
                let noun_only = |k: usize| {
                    let t = self.words.window(k, clause_end, 6);
                    let noun = t.first().filter(|t| t.word)?;
                    let named = match &t[1..] {
                        [de, la, name, ..]
                            if de.text == "de" && la.is(phrase::class::LA) && name.text.starts_with(char::is_uppercase) =>
                        {
                            Some(name.end)
                        }
                        [de, name, ..]
                            if de.is(phrase::class::DE | phrase::class::DU | phrase::class::DES)
                                && name.text.starts_with(char::is_uppercase) =>
                        {
                            Some(name.end)
                        }
                        _ => None,
                    };
                    Some(Span::new(noun.start, named.unwrap_or(noun.end)))
                };
                let relay = owner
                    .then(|| next_non_space(self.text, from, clause_end))
                    .flatten()
                    .and_then(|(k, _)| phrase_after(&self.words, k, clause_end, self.lex).or_else(|| noun_only(k)));
                if let Some(r) = relay.filter(|r| !r.overlaps(who)) {
                    f.source = Some(r);
                    return;
                }
            }
        }
        // (or obtained by it: `dans un message que s'est procuré Le Parisien`)
        if spread {
            let toks = self.words.window(cue.end.min(clause_end), clause_end, 40);
            // (the document is the channel, after `dans` or `lors de`: not the
            // object of a verb, `juge «…» les propos tenus par X`)
            let channel = |j: usize| {
                toks[j.saturating_sub(4)..j]
                    .iter()
                    .rev()
                    .find(|t| {
                        t.word
                            && !t.is(phrase::class::DETERMINER | phrase::class::D | phrase::class::DE)
                            && !resolve::is_prenominal(t.text)
                    })
                    .is_some_and(|t| phrase::lower_is(t.text, &["dans", "via", "lors"]))
            };
            let relay = toks
                .iter()
                .enumerate()
                .filter(|&(j, t)| t.word && phrase::lower_is(t.text, DOCUMENT_NOUNS) && channel(j))
                .find_map(|(_, t)| self.document_agent(Span::new(t.start, t.end), clause_end).map(|(agent, _)| agent))
                .filter(|r| {
                    let k = self.outer.partition_point(|o| o.end <= r.start);
                    !r.overlaps(who) && self.outer.get(k).is_none_or(|o| !o.overlaps(*r))
                });
            if let Some(r) = relay {
                f.source = Some(r);
                return;
            }
        }
        // a medium needs `à`, `au`, `sur`, `dans` or `pour` (after a space: one scan over the spaces)
        let clause = &self.text.as_bytes()[from..clause_end];
        let medium_word =
            |i: usize| ["à ", "au", "sur ", "dans ", "pour "].iter().any(|w| clause[i + 1..].starts_with(w.as_bytes()));
        if !memchr::memchr_iter(b' ', clause).any(medium_word) {
            return;
        }
        let toks = self.words.window(from, clause_end, 60);
        // (a short phrase detached after the cue, `a-t-il confié, ému, à L'Équipe`,
        // stands between the cue and its medium as a time word does)
        let detached_end = {
            let rest = self.text.get(cue.end..clause_end).unwrap_or("");
            let lead = rest.len() - rest.trim_start_matches(is_space).len();
            rest[lead..]
                .strip_prefix(',')
                .and_then(|r| r.find(',').filter(|&k| k <= 40 && !r[..k].contains([':', '«', '»'])))
                .map_or(0, |k| cue.end + lead + 1 + k + 1)
        };
        // (the end of an apposition set between commas after the speaker)
        let apposition_end = self.text.get(who.end..clause_end).and_then(|rest| {
            let seg = rest.trim_start_matches(is_space).strip_prefix(',')?;
            let k = seg.find(',').filter(|&k| k <= 60 && !seg[..k].contains([':', '«', '»', '(']))?;
            Some(clause_end - seg.len() + k + 1)
        });
        // the last word before the token that is not a time word, and whether it
        // is a verb of telling (read once per word, not once per token after it)
        let mut last: Option<&Tok<'_>> = None;
        let mut last_telling: Option<bool> = None;
        for (k, t) in toks.iter().enumerate() {
            if !t.word {
                continue;
            }
            // right after the cue group, or after a reporting verb form (`confiés à RFI`)
            // time words may stand between (`a réagi jeudi soir sur France Inter`)
            let after_cue = t.start >= cue.end && last.is_none_or(|p| p.end <= cue.end);
            // a verb of telling (`confiés à RFI`), not any verb (`poursuivis au Sénégal`)
            // (or a noun of an interview: `dans un entretien au quotidien Kommersant`)
            let mut after_verb = || {
                last.is_some_and(|p| {
                    *last_telling.get_or_insert_with(|| {
                        self.lex.lookup_all(p.text).any(|v| TELLING.contains(&v.lemma))
                            || phrase::lower_is(p.text, &["entretien", "interview", "entrevue", "appel", "message"])
                            // (or a document or an interview given or sent: `dans un
                            // courriel transmis à Radio-Canada`, `une entrevue accordée au
                            // Devoir`)
                            || phrase::lower_is(
                                p.text,
                                &[
                                    "accordé", "accordée", "accordés", "accordées", "transmis", "transmise", "transmises", "adressé",
                                    "adressée", "adressés", "adressées", "envoyé", "envoyée", "envoyés", "envoyées",
                                ],
                            )
                    })
                })
            };
            // (or right after the marks of woven words: `a parlé d'une «trahison»
            // sur la BBC`, a medium by its name only, not `«…» sur la Syrie`)
            let after_marks = || {
                self.text[..t.start].trim_end_matches(is_space).ends_with(['»', '”', '"'])
                    && toks.get(k + 1).is_some_and(|n| {
                        let first = if n.is(phrase::class::LA | phrase::class::LE | phrase::class::L) {
                            toks.get(k + 2)
                        } else {
                            Some(n)
                        };
                        first.is_some_and(|f| {
                            phrase::is_acronym(f.text) || phrase::names_medium(std::slice::from_ref(f), self.lex)
                        })
                    })
            };
            // (a medium opens on its preposition: the verb before is read only there)
            // (or right after the speaker an inverted cue named before a later
            // participle: `a déclaré le ministre à l'AFP, ajoutant que «…»`)
            let after_speaker = || who.end <= t.start && who.end < cue.start && self.text[who.end..t.start].trim().is_empty();
            // (or after an apposition to the inverted subject: `a indiqué Yann
            // Morvan, co-secrétaire local d'EELV, à Ouest-France`)
            let after_apposition = || {
                cue.end <= who.start && apposition_end.is_some_and(|e| e <= t.start && self.text[e..t.start].trim().is_empty())
            };
            // (or a medium known by its name, past the cue's object in its clause:
            // `a défendu sa politique jeudi sur RTL :`)
            let known_medium = || {
                t.start >= cue.end
                    && !self.text[cue.end..t.start].contains([',', ':', ';'])
                    && phrase::names_medium(&toks[(k + 1).min(toks.len())..(k + 4).min(toks.len())], self.lex)
            };
            if is_medium_preposition(t.text) || t.text == "auprès" || t.text == "pour" {
                let gated = after_cue || after_verb() || after_marks() || after_speaker() || after_apposition();
                let found = if gated || known_medium() { medium(&toks[k..], self.lex) } else { None };
                // (whom a request is made of is no relay, `demande à l'État «…»`,
                // unless a medium known as one: `a-t-il demandé à l'AFP`)
                let found = found.filter(|m| {
                    !(after_cue && self.lex.lookup_all(&self.text[cue.range()]).any(|v| ADDRESSED.contains(&v.lemma)))
                        || phrase::names_medium(&self.words.window(m.start, m.end, 8), self.lex)
                });
                if let Some(m) = found {
                    if !who.overlaps(m) {
                        f.source = Some(m);
                        return;
                    }
                }
            }
            // (nor a sentence adverb: `évoque toutefois, auprès de franceinfo,`)
            // (in small letters inside the sentence: compared as written)
            let adverb = || {
                matches!(
                    t.text,
                    "toutefois"
                        | "pourtant"
                        | "cependant"
                        | "néanmoins"
                        | "également"
                        | "aussi"
                        | "encore"
                        | "notamment"
                        | "ailleurs"
                )
            };
            if !(is_time_word(t) || t.start >= cue.end && t.end < detached_end || adverb()) {
                last = Some(t);
                last_telling = None;
            }
        }
    }

    /// The subject of an inverted reporting verb right after a comma at `from`
    /// (after a speaker's phrase), a name or a phrase other than a pronoun, which
    /// ends its clause: the relay of `«…», estime X, rapporte Le Soir`.
    fn second_inverted_cue(&self, from: usize, end: usize) -> Option<Span> {
        let text = self.text;
        let rest = text.get(from..end)?.trim_start_matches(is_space);
        // (past the time of the words: `«…», criait un docker en 1920, rappelle
        // l'historien X`, `…, à l'époque, raconte X`)
        let dated = |r: &str| -> Option<usize> {
            let comma = r.find(',').filter(|&c| c <= 30)?;
            let time = r[..comma].trim_end_matches(is_space);
            let year = time.split(' ').any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
            let said = ["à l'époque", "à l’époque", "ce jour-là", "alors"].contains(&time);
            ((year && time.starts_with(['e', 'd']) && !time.contains(['.', ';', '«', '»'])) || said).then_some(comma)
        };
        let rest = match rest.strip_prefix(',') {
            Some(r) => r,
            None => &rest[dated(rest)? + 1..],
        };
        let at = end - rest.trim_start_matches(is_space).len();
        // (a finite verb, not `…, rappelant la flambée des coûts`; past an
        // apposition of the speaker: `estime X, député flamand, rapporte Le Soir`)
        let (relay, medium) = self.inverted_clause(at, end).or_else(|| {
            let comma = text[at..end].find(',').filter(|&c| c < 60 && !text[at..at + c].contains(['.', ';', '«', '»']))?;
            self.inverted_clause(next_non_space(text, at + comma + 1, end)?.0, end)
        })?;
        medium.is_none().then_some(relay)
    }

    /// `C'est ce qu'a affirmé X.`, `C'est ainsi que X raconte…`, `Ces mots, c'est
    /// X qui les a confiés…` right after the quotation's sentence.
    fn next_sentence_cue(&self, sentence_end: usize) -> Option<(Span, Span)> {
        let k = self.sentences.index_of(sentence_end.saturating_sub(1))?;
        let next = self.sentences.get(k + 1)?;
        // (a sentence that opens on quoted words is theirs: `«…» «C'est X qui…», a dit Y`)
        if self.text[next.range()].trim_start_matches(is_space).starts_with(['«', '“', '"']) {
            return None;
        }
        // (a noun of speech in the next paragraph opens news of its own: `«…»`
        // then `Le réquisitoire de la procureure est attendu jeudi.`)
        let paragraph_after = self.text.get(sentence_end..next.start).is_some_and(|b| b.contains('\n'));
        if paragraph_after && self.speech_noun_opening(next).is_some() {
            return None;
        }
        self.cue_sentence(next)
    }

    /// The one whose voice the sentence right after a quotation's, in its
    /// paragraph, names (`«Casimir !» C'était la voix d'Aurélie.`).
    fn voice_after(&self, end: usize) -> Option<Span> {
        let text = self.text;
        let k = self.sentences.index_of(end.saturating_sub(1))?;
        // (the sentence right after, on the line or opening the next one)
        let next = self.sentences.get(k + 1).filter(|n| text.get(end..n.start).is_some_and(|b| b.matches('\n').count() <= 1))?;
        let same_line = !text[end..next.start].contains('\n');
        let s = text[next.range()].trim_start_matches(is_space);
        let voice =
            ["C'était la voix ", "C’était la voix ", "C'est la voix ", "C’est la voix "].iter().find_map(|p| s.strip_prefix(p));
        if let Some(rest) = voice.filter(|_| same_line) {
            let rest = ["de ", "d'", "d’"].iter().find_map(|p| rest.strip_prefix(p))?;
            return phrase_after(&self.words, next.end - rest.len(), next.end, self.lex)
                .filter(|w| resolve::names_person(&self.words, *w));
        }
        // (or the one a cleft names, who did what the relative tells: `«…» C'était
        // Ferrand, le contremaître, qui arrivait.`)
        let rest = ["C'était ", "C’était ", "C'est ", "C’est "].iter().find_map(|p| s.strip_prefix(p))?;
        let who = phrase_after(&self.words, next.end - rest.len(), next.end, self.lex)
            .filter(|w| resolve::names_person(&self.words, *w) && !self.names_thing(*w))?;
        let after = text[who.end..next.end].trim_start_matches(is_space);
        // (past an apposition between commas)
        let after = match after.strip_prefix(',') {
            Some(a) => a[a.find(',').filter(|&c| c <= 80)? + 1..].trim_start_matches(is_space),
            None => after,
        };
        (after.starts_with("qui ") || after.starts_with("qu'")).then_some(who)
    }

    /// The same words after a colon or a comma that follows the marks, in their
    /// own sentence (`«…» : c'est ce qu'a répété X.`, `«…», voilà ce qu'a dit X`).
    fn cue_clause_after(&self, quote_end: usize, sentence_end: usize) -> Option<(Span, Span)> {
        let text = self.text;
        let rest = text.get(quote_end..sentence_end)?.trim_start_matches(is_space);
        let rest = rest.strip_prefix([':', ','])?.trim_start_matches(is_space);
        if !may_open_cue_sentence(rest) {
            return None;
        }
        self.cue_sentence(Span::new(sentence_end - rest.len(), sentence_end))
    }

    /// The one the sentence before `start` names as the teller of its news,
    /// after a comma with an inverted cue (`…, a indiqué la gendarmerie.`) or
    /// with a preposition of speech (`…, selon le parquet.`).
    fn narrated_source(&self, start: usize) -> Option<Span> {
        let text = self.text;
        let k = self.sentences.index_of(start.checked_sub(1)?)?;
        let prev = self.sentences.get(k).filter(|p| p.end <= start)?;
        // (not a sentence of quoted words: those gave their speaker already)
        let j = self.outer.partition_point(|o| o.end <= prev.start);
        if self.outer.get(j).is_some_and(|o| o.start < prev.end) {
            return None;
        }
        memchr::memrchr_iter(b',', &text.as_bytes()[prev.start..prev.end])
            .take(4)
            .find_map(|c| self.cue_after_once(prev.start + c, prev.end).map(|(_, who, _)| who))
            .or_else(|| {
                // (or a `selon X,` that opens it: `Selon la préfecture, trois
                // routes sont coupées.`)
                let lead = next_non_space(text, prev.start, prev.end)?.0;
                let (len, canonical) = cue::prepositional_cue(&text[lead..prev.end])?;
                matches!(canonical, "selon" | "d'après").then_some(())?;
                let comma = lead + len + text[lead + len..prev.end].find(',')?;
                phrase_after(&self.words, lead + len, comma, self.lex)
            })
            .filter(|w| !is_pronoun(&text[w.range()]))
    }

    /// The one a preposition of speech names through a phrase's words: `selon
    /// l'expression de X` is X's, `selon la formule consacrée` nobody's
    /// (`None`); any other phrase is its own.
    fn phrase_owner(&self, who: Span) -> Option<Span> {
        let toks = self.words.window(who.start, who.end, 4);
        // (a possessive's own words, figures or findings are its owner's:
        // `selon ses termes`, `selon leurs propres calculs`, `d'après ses
        // estimations`)
        if let [owner, rest @ ..] = &*toks {
            let noun = rest.iter().find(|t| t.word && !phrase::lower_is(t.text, &["propres", "propre", "derniers", "dernières"]));
            if resolve::is_possessive(owner.text)
                && noun.is_some_and(|n| {
                    n.end == who.end
                        && (phrase::lower_is(n.text, OWN_FINDINGS)
                            || phrase::lower_is(n.text, SPEECH_NOUNS)
                            || phrase::lower_is(n.text, DOCUMENT_NOUNS))
                })
            {
                return Some(Span::new(owner.start, owner.end));
            }
        }
        let k = usize::from(toks.first().is_some_and(|t| t.is(phrase::class::DETERMINER)));
        let k = k + usize::from(toks.get(k).is_some_and(|t| matches!(t.text, "'" | "’")));
        if !toks
            .get(k)
            .is_some_and(|t| t.word && phrase::lower_is(t.text, &["expression", "formule", "termes", "mot", "mots", "paroles"]))
        {
            return Some(who);
        }
        self.words_of(who)
    }

    /// The source that `de source` and its adjectives (`De source policière,
    /// …`, `a-t-on appris de source sûre`) or `de source proche de` and its
    /// complement describe, from the word `source`: set off after the clause
    /// before (`start..cue`), not a noun's complement (`une eau de source`).
    fn described_source(&self, start: usize, cue: Span, canonical: &str, end: usize) -> Option<Span> {
        let text = self.text;
        let before = text[start..cue.start].trim_end_matches(is_space);
        let last = last_word(before);
        let set_off = before.is_empty()
            || before.ends_with([',', '(', '—', '–', ':'])
            || last.ends_with("-on")
            || phrase::lower_is(last, &["appris", "apprend", "apprenait", "sait", "savait"]);
        if !set_off {
            return None;
        }
        let from = cue.start + text[cue.range()].find("source")?;
        if canonical != "de source" {
            return phrase_after(&self.words, cue.end, end, self.lex).map(|p| Span::new(from, p.end));
        }
        // (its adjectives: the words in small letters up to the punctuation)
        let adjectives = self.words.window(cue.end, end, 4);
        let run = adjectives
            .iter()
            .take(3)
            .take_while(|t| t.word && t.text.starts_with(char::is_lowercase) && !t.is(phrase::class::DETERMINER))
            .last()?;
        Some(Span::new(from, run.end))
    }

    /// `selon des propos rapportés par l'agence X`, `d'après une note publiée
    /// mardi par la Banque de France`: the phrase `who` names words or a
    /// document, then the one who relayed or wrote them, the agent of a
    /// participle; that agent is the one the preposition names (`false`). A
    /// medium that only had access to the document (`un rapport consulté par
    /// l'AFP`, `une note que s'est procurée Le Monde`) relays it instead, the
    /// words staying the document's (`true`).
    fn document_agent(&self, who: Span, end: usize) -> Option<(Span, bool)> {
        let toks = self.words.window(who.start, end, 16);
        // (the participle may close the phrase: `des propos tenus lundi par`)
        let k =
            1 + toks.iter().take(4).take_while(|t| t.start < who.end).position(|t| phrase::lower_is(t.text, DOCUMENT_NOUNS))?;
        // (`un compte rendu publié par`: the noun's second word)
        let k = k + usize::from(
            toks.get(k - 1).is_some_and(|t| phrase::lower_is(t.text, &["compte", "comptes"]))
                && toks.get(k).is_some_and(|t| phrase::lower_is(t.text, &["rendu", "rendus"])),
        );
        // (`un message que s'est procuré Le Parisien`, `une note qu'a consultée
        // l'AFP`: the medium that obtained the document)
        if toks.get(k).is_some_and(|t| phrase::lower_is(t.text, &["que", "qu"])) {
            let mut j = k + 1;
            while toks.get(j).is_some_and(|t| {
                matches!(t.text, "'" | "’")
                    || phrase::lower_is(t.text, &["s", "se", "est", "sont", "a", "ont", "avait", "avaient"])
            }) {
                j += 1;
            }
            let obtained = toks.get(j).is_some_and(|t| is_access_participle(t.text));
            return obtained
                .then(|| phrase_after(&self.words, toks.get(j + 1)?.start, end, self.lex))
                .flatten()
                .map(|m| (m, true));
        }
        let access = toks.get(k).is_some_and(|t| t.word && is_access_participle(t.text));
        if !access && !toks.get(k).is_some_and(|t| t.word && is_relay_participle(t.text)) {
            return None;
        }
        // (a few words of time between: `publiée mardi soir par`)
        let p = k + 1 + toks[k + 1..].iter().take(4).position(|t| !t.word || phrase::lower_is(t.text, &["par"]))?;
        if !phrase::lower_is(toks[p].text, &["par"]) {
            return None;
        }
        phrase_after(&self.words, toks.get(p + 1)?.start, end, self.lex).map(|m| (m, access))
    }

    /// `«…» : la CGT dénonce la réforme`, `«…» : le cri d'alarme des maires`: a
    /// headline that puts the words first, on a line of their own, names the
    /// speaker after the colon, as the subject of a verb of speech or as the
    /// complement of a noun of speech.
    fn headline_after(&self, q: Span, end: usize) -> Option<(Span, Span)> {
        let text = self.text;
        let line_start = text[..q.start].rfind('\n').map_or(0, |k| k + 1);
        if !text[line_start..q.start].chars().all(is_space) {
            return None;
        }
        let rest = text.get(q.end..end)?.trim_start_matches(is_space).strip_prefix(':')?;
        let at = next_non_space(text, end - rest.len(), end)?.0;
        if let Some(who) = self.speech_noun_opening(Span::new(at, end)) {
            return Some((Span::new(who.start, who.start), who));
        }
        // (or the feeling the words voice, and whose: `«…» : la colère des
        // pêcheurs après l'accord`)
        let toks = self.words.window(at, end, 9);
        // (past the determiner, elided or not: `la colère`, `l'amertume`)
        let k = match &*toks {
            [l, a, ..] if l.is(phrase::class::L) && matches!(a.text, "'" | "’") => 2,
            [d, ..] if d.is(phrase::class::DETERMINER) => 1,
            _ => 0,
        };
        if let (true, Some(noun), Some(de)) = (k > 0, toks.get(k), toks.get(k + 1)) {
            if phrase::lower_is(noun.text, HEADLINE_FEELINGS)
                && de.is(phrase::class::DE | phrase::class::DU | phrase::class::DES | phrase::class::D)
            {
                if let Some(who) = self.complement_speaker(&toks[k + 1..], end).filter(|w| !is_pronoun(&text[w.range()])) {
                    return Some((Span::new(who.start, who.start), who));
                }
            }
        }
        let who = phrase_after(&self.words, at, end, self.lex)?;
        // (a name alone, or with its apposition: `«…» : Anne Roux, présidente
        // de la région`, `«…» : Paul Mérignac (LR)`)
        let rest = text[who.end..end].trim_start_matches(is_space);
        if (rest.is_empty() || rest.starts_with([',', '(']))
            && resolve::names_person(&self.words, who)
            && text[at..].starts_with(char::is_uppercase)
        {
            return Some((Span::new(who.start, who.start), who));
        }
        // (past a complement before the comma: `l'émissaire de l'ONU pour le
        // Yémen, …`)
        let (who, rest) = match rest.find(',') {
            Some(c)
                if c > 0
                    && c < 50
                    && !rest[..c].contains(['.', ';', ':', '«', '('])
                    && rest[..c].split(' ').all(|w| !phrase::looks_finite(w) && !AUXILIARIES.contains(&w)) =>
            {
                (Span::new(who.start, end - rest.len() + c), &rest[c..])
            }
            _ => (who, rest),
        };
        // (past an apposition set off by commas: `«…» : le Premier ministre,
        // Paul Renard, a défendu…`; the mention holds it)
        // (a name or a noun phrase; a participle's is left out: `les syndicats,
        // réunis lundi, ont…`)
        let (who, after) = match rest.strip_prefix(',') {
            Some(apposition) => {
                let close = apposition.find(',').filter(|&c| c < 120 && !apposition[..c].contains(['.', ';', ':', '«']));
                let first = apposition.trim_start_matches(is_space).split([' ', '\'', '’']).next().unwrap_or("");
                let named = first.starts_with(char::is_uppercase) || phrase::is_determiner(first);
                match close {
                    Some(c) if named => (Span::new(who.start, end - apposition.len() + c), end - apposition.len() + c),
                    Some(c) => (who, end - apposition.len() + c),
                    None => (who, who.end),
                }
            }
            None => (who, who.end),
        };
        let verb = next_non_space(text, after, end).map(|(v, _)| if text[v..].starts_with(',') { v + 1 } else { v })?;
        let verb = next_non_space(text, verb, end)?.0;
        match cue::reporting_verb_group(&text[verb..end], self.lex).filter(|g| !g.negated && g.inverted.is_none()) {
            Some(g) => Some((Span::new(verb, verb + g.len), who)),
            // (or a person with any verb of its own, the headline's subject:
            // `«…» : Karim Sadi revient sur son tournage`; no cue word)
            None => {
                let v = self.words.window(verb, end, 1);
                let verb_like =
                    v.first().is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase) && t.text.chars().count() > 2);
                (verb_like && resolve::names_person(&self.words, who)).then(|| (Span::new(who.start, who.start), who))
            }
        }
    }

    /// The subject of a headline whose predicate is the quotation (`Retraites :
    /// la CGT «prête à durcir le mouvement»`, `Le maire «pas candidate» à sa
    /// succession`): a line of its own with no final period, a person or a
    /// body right before the marks (after the headline's label), words that
    /// open in small letters, and no verb before them.
    fn headline_subject(&self, q: Span, words: &str) -> Option<Span> {
        let text = self.text;
        if !words.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        let line_start = text[..q.start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = text[q.end..].find('\n').map_or(text.len(), |k| q.end + k);
        let line = text[line_start..line_end].trim_end_matches(is_space);
        if line_end - line_start > 160
            || line.ends_with(['.', ':', ',', ';'])
            || text[line_start..q.start].contains(['«', '"', '“', '.'])
        {
            return None;
        }
        // (past the label: `Nucléaire iranien : `)
        let head = &text[line_start..q.start];
        let from = head.rfind(':').map_or(line_start, |k| line_start + k + 1);
        // (past a circumstance set before the subject: `après la défaite, X «…»`)
        // (not a list of subjects: `Le ministre, la CGT et le Medef «…»`)
        let from = match text[from..q.start].rfind(',') {
            Some(k)
                if text[from..from + k].split_whitespace().count() <= 6 && {
                    let first = text[from..from + k].split_whitespace().next().unwrap_or("");
                    first.starts_with(char::is_lowercase)
                        || phrase::lower_is(
                            first,
                            &["après", "avant", "malgré", "face", "lors", "depuis", "dans", "en", "sur", "contre", "avec"],
                        )
                } =>
            {
                from + k + 1
            }
            _ => from,
        };
        let at = next_non_space(text, from, q.start)?.0;
        // (or the name after the headline's first clause and its comma: `Nantes
        // battu, Lamarque «fier de ses joueurs»`)
        let after_clause = || {
            let k = text[from..q.start].rfind(',')?;
            let at = next_non_space(text, from + k + 1, q.start)?.0;
            phrase_after(&self.words, at, q.start, self.lex).filter(|w| {
                text[w.range()].starts_with(char::is_uppercase) && !text[w.range()].contains(" et ") && w.end <= q.start
            })
        };
        let who = phrase_after(&self.words, at, q.start, self.lex)
            .filter(|w| text[w.end..q.start].chars().all(is_space))
            .or_else(after_clause)?;
        // (a capital past the first word: the first is the headline's own)
        let named = resolve::names_person(&self.words, who)
            || text[who.range()].split([' ', '\'', '’']).skip(1).any(|w| w.starts_with(char::is_uppercase));
        let adjacent = text[who.end..q.start].chars().all(is_space);
        (adjacent && named && !is_pronoun(&text[who.range()]) && !self.names_thing(who)).then_some(who)
    }

    /// [`Self::next_sentence_cue`] in the sentence `next`.
    fn cue_sentence(&self, next: Span) -> Option<(Span, Span)> {
        let text = self.text;
        let s = &text[next.range()];
        // `Les mots de X résument la soirée`: the speaker, with no cue word
        if let Some(who) = self.speech_noun_opening(next) {
            return Some((Span::new(who.start, who.start), who));
        }
        // `Ces mots, X les répète depuis des années.`: the words, then who says them
        if let Some(found) = self.words_then_speaker(next) {
            return Some(found);
        }
        // (most sentences open on none of the words below: told without lowering them)
        if !may_open_cue_sentence(s) {
            return None;
        }
        let lower: String = s.chars().take(60).flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect();
        // `c'est X qui …`
        if let Some(p) = lower.find("c'est ") {
            let after_est = next.start + s.char_indices().nth(lower[..p + 6].chars().count()).map_or(s.len(), |(b, _)| b);
            // (not a cleft that names the words, read below: `c'est ce qu'`,
            // `c'est ainsi que`, `c'est par ces mots que`)
            const CLEFTS: &[&str] = &[
                "c'est ce qu",
                "c'est ainsi",
                "c'est en ces",
                "c'est par ces",
                "c'est par cette",
                "c'est sur ces",
                "c'est sur cette",
                "c'est avec ces",
                "c'est avec cette",
                "c'est du moins ce qu",
                "c'est en tout cas ce qu",
            ];
            if !CLEFTS.iter().any(|c| lower[p..].starts_with(c)) {
                let who = phrase_after(&self.words, after_est, next.end, self.lex)?;
                let rest = text[who.end..next.end].trim_start_matches(|c: char| is_space(c) || c == ',');
                if let Some(q) = rest.find("qui ") {
                    let after_qui = next.end - rest.len() + q + 4;
                    let cue = self
                        .words
                        .window(after_qui, next.end, 6)
                        .iter()
                        .filter(|t| t.word)
                        .find_map(|t| {
                            cue::reporting_verb_group(&text[t.start..next.end], self.lex)
                                .map(|g| Span::new(t.start, t.start + g.len))
                        })
                        .unwrap_or(Span::new(who.end, who.end));
                    return Some((cue, who));
                }
                return None;
            }
        }
        let opener = [
            "c'est ce qu'",
            "c'est ce que ",
            "c'est ainsi que ",
            "c'est ainsi qu'",
            "c'est en ces termes que ",
            "c'est en ces termes qu'",
            "c'est par ces mots que ",
            "c'est par ces mots qu'",
            "c'est par cette phrase que ",
            "c'est par cette phrase qu'",
            "c'est sur ces mots que ",
            "c'est sur ces mots qu'",
            "c'est sur cette phrase que ",
            "c'est sur cette phrase qu'",
            "c'est avec ces mots que ",
            "c'est avec ces mots qu'",
            "c'est avec cette phrase que ",
            "c'est avec cette phrase qu'",
            "voilà ce qu'",
            "voilà ce que ",
            "voici ce qu'",
            "voici ce que ",
            "ainsi ",
            // (with a reserve: `C'est du moins ce que racontait X.`)
            "c'est du moins ce qu'",
            "c'est du moins ce que ",
            "voilà du moins ce qu'",
            "voilà du moins ce que ",
            "c'est en tout cas ce qu'",
            "c'est en tout cas ce que ",
        ]
        .iter()
        .find(|o| lower.starts_with(**o))?;
        let skip: usize = s.char_indices().nth(opener.chars().count()).map_or(s.len(), |(b, _)| b);
        let i = next.start + skip;
        if let Some(g) = cue::reporting_verb_group(&text[i..next.end], self.lex) {
            if g.negated {
                return None;
            }
            let cue = Span::new(i, i + g.len);
            let (who, _) = inverted_subject(&self.words, cue.end, next.end, self.lex)?;
            return Some((cue, who));
        }
        // `c'est ainsi que Karim, 34 ans, raconte…`
        let toks = self.words.window(i, next.end, 20);
        for t in toks.iter().filter(|t| t.word) {
            if let Some(g) = cue::reporting_verb_group(&text[t.start..next.end], self.lex) {
                if g.negated {
                    return None;
                }
                let who = subject_before(&self.words, i, t.start, self.lex)?;
                return Some((Span::new(t.start, t.start + g.len), who));
            }
        }
        // `C'est par ces mots que X a quitté la salle`: the words are named, any
        // verb tells who said them (its subject; no cue)
        if ["ces mots", "ces termes", "cette phrase"].iter().any(|w| opener.contains(w)) {
            let verb =
                toks.iter().find(|t| t.word && (AUXILIARIES.contains(&&*crate::text::lower(t.text)) || looks_finite(t.text)))?;
            let who = subject_before(&self.words, i, verb.start, self.lex)?;
            return Some((Span::new(who.start, who.start), who));
        }
        None
    }

    /// A sentence that opens on the words quoted (`Ces mots`, `Ces propos`,
    /// `Cette phrase`), a comma, then their speaker and a reporting verb after
    /// its object pronoun (`Ces mots, X les répète`): the cue and the speaker.
    fn words_then_speaker(&self, next: Span) -> Option<(Span, Span)> {
        let text = self.text;
        let s = &text[next.range()];
        let rest = ["Ces mots,", "Ces propos,", "Cette phrase,", "Ces paroles,"].iter().find_map(|p| s.strip_prefix(p))?;
        let at = next_non_space(text, next.end - rest.len(), next.end)?.0;
        let who = phrase_after(&self.words, at, next.end, self.lex)?;
        let verb = next_non_space(text, who.end, next.end)?.0;
        let g = cue::reporting_verb_group(&text[verb..next.end], self.lex).filter(|g| !g.negated)?;
        Some((Span::new(verb, verb + g.len), who))
    }

    /// The last sentence of the narration paragraph right before a turn at
    /// `start` (clipped to its paragraph), or `None` when that paragraph is a
    /// turn or a quotation itself.
    fn narration_before(&self, start: usize) -> Option<Span> {
        let text = self.text;
        let mut before = text[..start].trim_end_matches(is_space);
        // the turn opens its line (after the narration paragraph)…
        let mut own_line = before.is_empty() || text[before.len()..start].contains('\n');
        // …or is the first turn inside a pair of guillemets that does (`« — D'où
        // viens-tu ?`): the narration is before the opening mark
        if let Some(b) = before.strip_suffix(['«', '“']) {
            let b = b.trim_end_matches(|c: char| is_space(c) && c != '\n');
            if b.is_empty() || b.ends_with('\n') {
                before = b.trim_end_matches(is_space);
                own_line = true;
            }
        }
        if !own_line {
            return None;
        }
        // bounded look-back: a paragraph longer than this is not read whole
        let floor = ceil_boundary(text, before.len().saturating_sub(2000));
        let para_start = text[floor..before.len()].rfind('\n').map_or(floor, |k| floor + k + 1);
        let trimmed = text[para_start..before.len()].trim_start_matches(is_space);
        if trimmed.is_empty() || trimmed.starts_with(['—', '–', '-', '«', '"', '“']) {
            return None;
        }
        let k = self.sentences.index_of(before.len().saturating_sub(1))?;
        let last = self.sentences.get(k)?;
        Some(Span::new(last.start.max(para_start), last.end.min(before.len())))
    }

    /// A turn with no incise after narration: the speaker announced by the
    /// paragraph before (`Bouvard lui dit :`).
    fn turn_neighbour(&self, start: usize) -> Option<(Span, Option<Span>)> {
        let last = self.narration_before(start)?;
        if self.text[last.range()].trim_end().ends_with(':') {
            // (`Un échange entre A et B avait marqué la salle :`: A speaks first)
            return self.cue_before(last.start, last.end).map(|(who, cue, _)| {
                match exchange_between(&self.words, who, last.end, self.lex) {
                    Some((first, _)) => (first, None),
                    None => (who, cue),
                }
            });
        }
        None
    }

    /// The one a headline names after the words and a colon (`«…» :
    /// entretien avec Claire Fontaine, maraîchère`).
    fn headline_interviewee(&self, end: usize) -> Option<Span> {
        let text = self.text;
        let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
        let after = text[end..line_end].trim_start_matches(is_space).strip_prefix(':')?.trim_start_matches(is_space);
        let at = line_end - after.len();
        let m = ["ntretien avec ", "nterview de ", "nterview avec ", "ncontre avec "]
            .iter()
            .find(|m| after.get(1..).is_some_and(|a| a.starts_with(**m)) && after.starts_with(['e', 'E', 'i', 'I', 'r', 'R']))?;
        phrase_after(&self.words, at + 1 + m.len(), line_end, self.lex).filter(|p| resolve::names_person(&self.words, *p))
    }

    /// `Some(true)` when the paragraph of `start` opens on an interview's answer
    /// label before it (`R :`, `Réponse :`), `Some(false)` on a question's
    /// (`Q :`, `Question :`).
    fn interview_label(&self, start: usize) -> Option<bool> {
        let text = self.text;
        let para = text[..start].rfind('\n').map_or(0, |k| k + 1);
        let head = text[para..start].trim_matches(is_space);
        crate::detect::dialogue::interview_label_word(head.strip_suffix(':')?)
    }

    /// The interviewer and the interviewee of an interview laid out with `Q :`
    /// and `R :` labels: named by the paragraph before its first label.
    fn labelled_interview(&self, start: usize) -> Option<(Option<Span>, Option<Span>)> {
        let text = self.text;
        let mut para = text[..start].rfind('\n').map_or(0, |k| k + 1);
        // back over the labelled paragraphs, a few dozen at most
        for _ in 0..40 {
            let before = text[..para].trim_end_matches(is_space);
            if before.is_empty() {
                return None;
            }
            let prev = before.rfind('\n').map_or(0, |k| k + 1);
            let line = &text[prev..before.len()];
            if line.split_once(':').and_then(|(label, _)| crate::detect::dialogue::interview_label_word(label)).is_none() {
                return self.interview(para);
            }
            para = prev;
        }
        None
    }

    /// The interviewer and the interviewee named by the line before an
    /// interview's first turn: `Propos recueillis par Bastien Roudier.` names
    /// who asks, and the subject of the line before it who answers (`La
    /// navigatrice Anne Quéméré répond à nos questions.`); `Entretien avec la
    /// chanteuse Clara Lenoir` names who answers. `None` for another line.
    fn interview(&self, start: usize) -> Option<(Option<Span>, Option<Span>)> {
        let last = self.narration_before(start)?;
        let line = &self.text[last.range()];
        let after = |k: usize, head: &str| phrase_after(&self.words, last.start + k + head.len(), last.end, self.lex);
        if let Some(k) = line.find("recueillis par ").or_else(|| line.find("Recueillis par ")) {
            let answers = self
                .narration_before(last.start)
                .and_then(|intro| self.sentence_subject(intro, Span::new(last.start, last.start)))
                // (or a pronoun that takes up the one the lead presents, resolved
                // later: `…, la maire a fait voter… Elle s'en explique.`)
                .filter(|w| resolve::names_person(&self.words, *w) || phrase::is_third_person(&self.text[w.range()]))
                // (or the one the opening presents: `Rencontre avec X. Propos
                // recueillis par Y.`)
                .or_else(|| self.interview_intro(start))
                .or_else(|| self.opening_interviewee())
                // (or the one the headline quotes: `X : «…»`)
                .or_else(|| self.headline_name());
            return Some((after(k, "recueillis par "), answers));
        }
        if let Some((k, m)) = INTERVIEW_OPENINGS.iter().find_map(|m| line.find(m).map(|k| (k, *m))) {
            return Some((None, after(k, m)));
        }
        // (`Trois questions à… X`, `Questions à : X`: the heading's points or
        // colon before the name)
        // (the points may end a sentence of their own: the paragraph is read)
        let para = self.text[..last.start].rfind('\n').map_or(0, |p| p + 1);
        let heading = &self.text[para..last.end];
        if let Some(k) = heading.find("uestions à") {
            let rest = &heading[k + "uestions à".len()..];
            let name = rest.trim_start_matches(|c: char| matches!(c, '…' | '.' | ':') || is_space(c));
            if name.len() < rest.len() && name.starts_with(char::is_uppercase) {
                let from = last.end - name.len();
                return Some((None, phrase_after(&self.words, from, last.end, self.lex)));
            }
        }
        // `X a répondu aux questions de l'AFP.`, `X répond à nos questions.`: X
        // answers, and the medium named asks
        if let Some(k) = line.find(" questions").filter(|&k| {
            // (the verb a few words before: `a répondu aux`, `répond à nos`)
            let near = &line[floor_boundary(line, k.saturating_sub(24))..k];
            near.contains("répond")
        }) {
            let i = self.sentences.index_of(last.start + k)?;
            let sentence = self.sentences.get(i)?;
            let subject = self.sentence_subject(Span::new(sentence.start.max(last.start), last.end), Span::new(start, start));
            // (`Elle a répondu à nos questions.`: the subject of the sentence before)
            let subject = match subject {
                Some(w) if is_pronoun(&self.text[w.range()]) => i
                    .checked_sub(1)
                    .and_then(|j| self.sentences.get(j))
                    .filter(|p| !self.text[p.end..sentence.start].contains('\n'))
                    .and_then(|p| self.sentence_subject(p, Span::new(start, start))),
                other => other,
            };
            let answers = subject.filter(|w| resolve::names_person(&self.words, *w));
            let rest = last.start + k + " questions".len();
            let asks = [" de ", " du ", " d'", " d’"]
                .iter()
                .find(|p| self.text[rest..last.end].starts_with(**p))
                .and_then(|p| phrase_after(&self.words, rest + p.trim_end().len(), last.end, self.lex))
                // (`à nos questions`: the byline after the turns names who asks)
                .or_else(|| self.byline_after(start, last).and_then(|(asks, _)| asks));
            return answers.map(|a| (asks, Some(a)));
        }
        // `X a reçu l'AFP dans son bureau.`, `X a accordé un entretien au
        // Parisien.`: X answers, and the medium asks
        if let Some(found) = self.received_medium(start, last) {
            return Some(found);
        }
        // (or a byline after the turns: `Propos recueillis par X` closes the
        // interview whose lead names the one who answers)
        if let Some(found) = self.byline_after(start, last) {
            return Some(found);
        }
        // (or the opening of the text, a headline or a lead before the first turn:
        // `«…» : entretien avec Chantal Heitz, maire d'Obernai`)
        self.interview_intro(start).or_else(|| self.opening_interviewee()).map(|who| (None, Some(who)))
    }

    /// The interview the line `last` before the turn at `start` announces by
    /// its subject receiving a medium or granting it an interview (`La
    /// ministre, X, a reçu l'AFP.`, `X a accordé un entretien au Monde`,
    /// `reçoit Le Télégramme`): the medium asks, the subject answers when it
    /// names a person.
    fn received_medium(&self, start: usize, last: Span) -> Option<(Option<Span>, Option<Span>)> {
        const RECEIVING: &[&str] = &[
            " a reçu ",
            " avait reçu ",
            " reçoit ",
            " a accordé ",
            " accorde ",
            " avait accordé ",
            " s'est confié",
            " s’est confié",
        ];
        let line = &self.text[last.range()];
        // (`X nous a reçus`: the newsroom asks, by the byline after the turns if any)
        if let Some(k) = [" nous a reçu", " nous reçoit", " nous avait reçu", " nous a accordé", " nous accorde"]
            .iter()
            .find_map(|v| line.find(v))
        {
            let i = self.sentences.index_of(last.start + k)?;
            let sentence = self.sentences.get(i)?;
            let answers = self
                .sentence_subject(Span::new(sentence.start.max(last.start), last.start + k + 1), Span::new(start, start))
                .filter(|w| resolve::names_person(&self.words, *w))?;
            let asks = self.byline_after(start, last).and_then(|(asks, _)| asks);
            return Some((asks, Some(answers)));
        }
        let (k, verb) = RECEIVING.iter().find_map(|v| line.find(v).map(|k| (k, *v)))?;
        let mut rest = last.start + k + verb.len();
        // (`s'est confiée à`, `a accordé un entretien à`: the medium after `à`)
        if !verb.contains("reç") {
            let window = self.words.window(rest, last.end, 12);
            let at = window.iter().position(|t| phrase::lower_is(t.text, &["à", "au", "aux"]))?;
            // (an interview granted: `un entretien`, `un long entretien exclusif`)
            let granted = || window[..at].iter().any(|t| phrase::lower_is(t.text, &["entretien", "interview", "entrevue"]));
            if verb.contains("accord") && !granted() {
                return None;
            }
            // (`au`, `aux` hold the article: [`phrase::medium`] reads them)
            let t = window[at];
            rest = if phrase::lower_is(t.text, &["à"]) { t.end } else { t.start };
        }
        let after = self.words.window(rest, last.end, 6);
        let first = after.first()?;
        // (a title after its capitalised article: `reçoit Le Télégramme`)
        let title = matches!(first.text, "Le" | "La" | "Les")
            && after.get(1).is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase));
        // (or the newsroom's own journalist: `s'est confié à notre journaliste X`)
        let own_journalist = phrase::lower_is(first.text, &["notre", "nos"])
            && after.get(1).is_some_and(|t| {
                phrase::lower_is(
                    t.text,
                    &[
                        "journaliste",
                        "journalistes",
                        "correspondant",
                        "correspondante",
                        "envoyé",
                        "envoyée",
                        "reporter",
                        "rédaction",
                    ],
                )
            });
        let asks = if phrase::lower_is(first.text, &["au", "aux"]) {
            Some(phrase::medium(&after, self.lex)?)
        } else if title || own_journalist || phrase::names_medium(&after[..after.len().min(4)], self.lex) {
            phrase_after(&self.words, rest, last.end, self.lex)
        } else {
            return None;
        };
        let i = self.sentences.index_of(last.start + k)?;
        let sentence = self.sentences.get(i)?;
        let answers = self
            .sentence_subject(Span::new(sentence.start.max(last.start), last.start + k + 1), Span::new(start, start))
            .filter(|w| resolve::names_person(&self.words, *w));
        answers.map(|a| (asks, Some(a)))
    }

    /// The person named as the subject of the sentence that follows words
    /// opening their paragraph and ending their sentence, in that paragraph
    /// (`«…» Le gardien Théo Jégo avait du mal à trouver ses mots.`).
    fn lead_in_subject(&self, q: &Quote<'_>) -> Option<Span> {
        let text = self.text;
        let head = text[..q.span.start].trim_end_matches(|c: char| c != '\n' && is_space(c));
        if !(head.is_empty() || head.ends_with('\n')) || !q.text.trim_end().ends_with(['.', '!', '?', '…']) {
            return None;
        }
        let para_end = text[q.span.end..].find('\n').map_or(text.len(), |k| q.span.end + k);
        let i = self.sentences.index_of(q.span.end)?;
        let next = [self.sentences.get(i), self.sentences.get(i + 1)]
            .into_iter()
            .flatten()
            .find(|s| s.start >= q.span.end && s.end <= para_end && !s.is_empty())?;
        // (a sentence of narration, with no words quoted in it)
        if text[next.range()].contains(['«', '“', '"']) {
            return None;
        }
        let who = self.sentence_subject(next, q.span)?;
        let named = text[who.range()].split([' ', '\'', '’']).skip(1).any(|w| w.starts_with(char::is_uppercase));
        (named && resolve::names_person(&self.words, who) && !is_pronoun(&text[who.range()])).then_some(who)
    }

    /// The subject of the finite verb right before woven words that speak in
    /// the first person (`Marie Guillou vient «même quand je n'ai besoin de
    /// rien»`), when it names a person: the words can only be theirs.
    fn first_person_fragment(&self, q: &Quote<'_>) -> Option<Span> {
        let text = self.text;
        if q.depth != 0 || q.marks == Marks::Dash {
            return None;
        }
        let first_person = q
            .text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "je" | "j" | "me" | "m" | "moi" | "mon" | "ma" | "mes"));
        if !first_person {
            return None;
        }
        let i = self.sentences.index_of(q.span.start)?;
        let s = self.sentences.get(i)?;
        let toks = self.words.window(s.start, q.span.start, 40);
        // (or set after the whole clause and a comma, as a headline does: `X
        // s'impose en solitaire, «le plus beau jour de ma carrière»`): the
        // person who opens the sentence, then their verb
        // (a sentence that ends inside the words, as broken marks make it, has
        // no end after them)
        if toks.last().is_some_and(|t| t.text == ",")
            && text
                .get(q.span.end..s.end)
                .is_some_and(|r| r.trim_matches(|c: char| is_space(c) || matches!(c, '.' | '!')).is_empty())
        {
            let who = phrase_after(&self.words, toks.first()?.start, q.span.start, self.lex)?;
            let verb = self.words.window(who.end, q.span.start, 1);
            // (a verb, or a clitic before it: `s'impose`)
            let verb_next = verb
                .first()
                .is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase) && !t.is(phrase::class::DETERMINER));
            let negated = toks.iter().any(|t| phrase::lower_is(t.text, &["ne", "n"]));
            return (verb_next && !negated && resolve::names_person(&self.words, who) && !is_pronoun(&text[who.range()]))
                .then_some(who);
        }
        // (the verb right before the marks, in small letters, no article nor
        // preposition; not a negated one: `n'a pas dit «je démissionne»`)
        let verb = toks.last().filter(|t| {
            t.word
                && t.text.starts_with(char::is_lowercase)
                && !t.is(phrase::class::DETERMINER | phrase::class::DE | phrase::class::A | phrase::class::AU)
                && !phrase::lower_is(
                    t.text,
                    &[
                        "en", "dans", "sur", "pour", "par", "avec", "sans", "sous", "vers", "chez", "contre", "comme", "que",
                        "qui", "et", "ou",
                    ],
                )
                && t.text.chars().count() > 2
        })?;
        if toks.iter().rev().take(5).any(|t| phrase::lower_is(t.text, &["ne", "n", "pas", "jamais", "plus", "rien"])) {
            return None;
        }
        let who = phrase::subject_before(&self.words, s.start, verb.start, self.lex)?;
        (resolve::names_person(&self.words, who) && !is_pronoun(&text[who.range()])).then_some(who)
    }

    /// The interviewer a byline names after a run of turns that opens at
    /// `start` (`Propos recueillis par Gaëlle Tanguy`, every line between
    /// being a turn), and the interviewee: the subject of the first sentence
    /// of the paragraph `last` ends, the lead before the first turn.
    fn byline_after(&self, start: usize, last: Span) -> Option<(Option<Span>, Option<Span>)> {
        let text = self.text;
        // (the document is searched once for its bylines)
        let bylines = self.bylines.get_or_init(|| {
            memchr::memmem::find_iter(text.as_bytes(), "ecueillis par ".as_bytes()).map(|k| k + "ecueillis par ".len()).collect()
        });
        let k = *bylines.get(bylines.partition_point(|&b| b <= start))?;
        let far = floor_boundary(text, (start + 12_000).min(text.len()));
        if k >= far {
            return None;
        }
        let rest = &text[start..far];
        let k = k - start;
        let line_start = rest[..k].rfind('\n').map_or(0, |l| l + 1);
        // (the byline is a line of its own, and only turns come before it, a
        // few lines of narration at most closing the piece)
        let turn = |l: &str| {
            let l = l.trim_matches(is_space);
            l.is_empty() || l.starts_with(['—', '–', '-'])
        };
        let mut lines = rest[..line_start].lines().skip_while(|l| turn(l));
        let turns_only =
            lines.by_ref().take(4).all(|l| !turn(l) || l.trim_matches(is_space).is_empty()) && lines.next().is_none();
        if !turns_only || !rest[line_start..k].trim_start_matches(is_space).starts_with(['P', 'p', 'R']) {
            return None;
        }
        let line_end = rest[k..].find('\n').map_or(rest.len(), |e| k + e);
        let asks = phrase_after(&self.words, start + k, start + line_end, self.lex);
        // the lead: the paragraph before the first turn, its first sentence's subject
        let para = text[..last.start].rfind('\n').map_or(0, |p| p + 1);
        let first = self.sentences.index_of(para).and_then(|i| self.sentences.get(i))?;
        let answers = self
            .sentence_subject(Span::new(first.start.max(para), first.end), Span::new(start, start))
            .filter(|w| resolve::names_person(&self.words, *w) || text[w.range()].starts_with(char::is_uppercase))
            // (else the one the lead or the headline presents: `…. Rencontre.`,
            // `X : «…»`)
            .or_else(|| self.interview_intro(start))
            .or_else(|| self.opening_interviewee());
        Some((asks, answers))
    }

    /// The one interviewed, when the quotation `q` is a paragraph of its own
    /// right after a paragraph that asks a question with no marks, and the
    /// opening of the text names them (`Rencontre avec X`, `Entretien avec X`,
    /// `Interview de X`).
    fn answers_interview(&self, q: &Quote<'_>) -> Option<Span> {
        let text = self.text;
        // (the words make their paragraph: only spaces to the line breaks, read
        // without searching the whole text for them)
        let head = text[..q.span.start].trim_end_matches(|c: char| c != '\n' && is_space(c));
        let tail = text[q.span.end..].trim_start_matches(|c: char| c != '\n' && is_space(c));
        if !(head.is_empty() || head.ends_with('\n')) || !(tail.is_empty() || tail.starts_with('\n')) {
            return None;
        }
        let para_start = head.len();
        let before = text[..para_start].trim_end_matches(is_space);
        let question = &before[before.rfind('\n').map_or(0, |k| k + 1)..];
        if !question.ends_with('?') || question.contains(['«', '“', '"', '—']) {
            return None;
        }
        self.opening_interviewee()
    }

    /// The one the opening of the text says is interviewed (`Rencontre avec
    /// X`, `entretien avec X`), read once.
    fn opening_interviewee(&self) -> Option<Span> {
        let text = self.text;
        *self.interviewee.get_or_init(|| {
            let opening = &text[..floor_boundary(text, text.len().min(1500))];
            INTERVIEW_OPENINGS.iter().find_map(|m| {
                let k = memchr::memmem::find(opening.as_bytes(), m.as_bytes())?;
                // (a heading's words, at a line's or a sentence's start or after a
                // colon: not `sa rencontre avec Paul` in a story)
                let word_start = opening[..k].trim_end_matches(char::is_alphabetic).len();
                let before = opening[..word_start].trim_end_matches(|c: char| is_space(c) && c != '\n');
                // (after a count: `Trois questions à X`, `5 questions à X`)
                let count = before.rsplit(is_space).next().unwrap_or("");
                let counted = *m == "uestions à "
                    && (count.bytes().all(|b| b.is_ascii_digit()) && !count.is_empty()
                        || phrase::lower_is(
                            count,
                            &["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "quelques"],
                        ));
                let before = if counted {
                    before[..before.len() - count.len()].trim_end_matches(|c: char| is_space(c) && c != '\n')
                } else {
                    before
                };
                if !(before.is_empty() || before.ends_with(['\n', '.', ':', '—', '–'])) {
                    return None;
                }
                // (the name ends with its line: not `X\n\nNommée…`)
                let line_end = opening[k..].find('\n').map_or(opening.len(), |e| k + e);
                phrase_after(&self.words, k + m.len(), line_end, self.lex).filter(|p| {
                    text_has_capital(&text[p.start.saturating_sub(1)..p.end]) || resolve::names_person(&self.words, *p)
                })
            })
        })
    }

    /// The one interviewed, when the turn at `start` answers an interview
    /// whose questions stand as paragraphs of their own and whose heading ends
    /// on `Entretien.` or `Interview.`: the subject of the heading's sentence
    /// before it (`…, son directeur Jérôme Le Bihan fait le point. Entretien.`).
    fn interview_intro(&self, start: usize) -> Option<Span> {
        let text = self.text;
        let mut end = text[..start].rfind('\n')?;
        for _ in 0..16 {
            let from = text[..end].trim_end_matches(is_space).rfind('\n').map_or(0, |k| k + 1);
            let para = text[from..end].trim_matches(is_space);
            let head = para.trim_end_matches(['.', ':', ' ']);
            if INTERVIEW_LABELS.iter().any(|m| head.ends_with(m)) {
                let marker = from + text[from..end].find(head.rsplit(['.', ' ']).next().unwrap_or(head))?;
                let k = self.sentences.index_of(marker)?.checked_sub(1)?;
                let intro = self.sentences.get(k).filter(|s| s.start >= from)?;
                let subject =
                    self.sentence_subject(intro, Span::new(start, start)).filter(|w| resolve::names_person(&self.words, *w));
                // (else the person the headline quotes, `X : «…»` on the first line)
                return subject.or_else(|| self.headline_name());
            }
            // (the questions, short paragraphs without quotations, and the answers' turns)
            let turn = para.starts_with(['—', '–']);
            if !(turn || para.len() < 300 && !para.contains(['«', '“'])) || from == 0 {
                return None;
            }
            end = from - 1;
        }
        None
    }

    /// The name that opens the text's first line before a colon and a
    /// quotation, as a headline quotes its interviewee (`Nolwenn Quéré : «…»`).
    fn headline_name(&self) -> Option<Span> {
        let text = self.text;
        let line = &text[..text.find('\n').unwrap_or(text.len())];
        let colon = line.find(" : ").or_else(|| line.find("\u{a0}: "))?;
        let after = line[colon..].trim_start_matches([' ', '\u{a0}', '\u{202f}', ':']);
        if !after.starts_with(['«', '“', '"']) {
            return None;
        }
        let (at, _) = next_non_space(text, 0, colon)?;
        let who = phrase_after(&self.words, at, colon, self.lex)?;
        // (past the body in brackets after the name: `X (Banque de France) : «…»`)
        let rest = text[who.end..colon].trim_matches(is_space);
        let bracketed = rest.starts_with('(') && rest.ends_with(')') && !rest[1..].contains('(');
        ((rest.is_empty() || bracketed)
            && text[who.range()].starts_with(char::is_uppercase)
            && resolve::names_person(&self.words, who))
        .then_some(who)
    }

    /// The people named by the narration paragraph right before a turn: its
    /// subject (who speaks first) and another name in it (who answers).
    fn narration_people(&self, start: usize) -> Option<(Span, Option<Span>)> {
        let last = self.narration_before(start)?;
        let people = self.people_of(last);
        // (a pronoun subject of the last sentence takes up one of the two people
        // of the sentence before in the paragraph, and the other answers, not
        // the one it takes up: `Lucie regardait son frère. Puis elle se lança :`;
        // the one of the two it cannot be by its gender, else the object)
        if let Some((first, other)) = people {
            let pronoun = &self.text[first.range()];
            if phrase::is_third_person(pronoun) {
                let prev = last.start.checked_sub(1).and_then(|b| self.sentences.index_of(b)).and_then(|k| self.sentences.get(k));
                // (of the paragraph before too, when it is narration: `Le brigadier
                // commanda un café à la serveuse.` `Elle le lui apporta.`)
                let narration = |p: &Span| {
                    let line = self.text[..p.start].rsplit('\n').next().unwrap_or("");
                    let opening = self.text[p.start - line.len()..].trim_start_matches(is_space);
                    !opening.starts_with(['—', '–', '-', '«', '"', '“']) && !self.text[p.range()].contains(['«', '»'])
                };
                let prev =
                    prev.filter(|p| p.end <= last.start && (!self.text[p.start..last.start].contains('\n') || narration(p)));
                let people_before = prev.and_then(|p| self.people_of(p));
                // (the same person in other words: `Brachet` of `Le commissaire Brachet`)
                let takes_up = |a: Span| {
                    other.is_none_or(|o| {
                        o == a
                            || same_words(self.text, o, Some(a))
                            || o.contains(a)
                            || a.contains(o)
                            || same_person(&self.text[o.range()], &self.text[a.range()])
                    })
                };
                match people_before.filter(|&(a, _)| takes_up(a)) {
                    Some((a, Some(b))) => {
                        // (the narrator is never a pronoun of the third person's)
                        let (ta, tb) = (&self.text[a.range()], &self.text[b.range()]);
                        let other = if resolve::is_first_person(ta) {
                            a
                        } else if resolve::is_first_person(tb) {
                            b
                        } else if other_gender(pronoun, ta) && !other_gender(pronoun, tb) {
                            a
                        } else if resolve::pronoun_feminine(pronoun) == Some(true)
                            && resolve::shown_feminine(tb) == Some(true)
                            && resolve::shown_feminine(ta).is_none()
                        {
                            // (`elle` is the one the words show a woman, not a bare
                            // surname, most often a man's: `Tessard commanda un café à
                            // la serveuse. Elle le lui apporta.`)
                            a
                        } else {
                            b
                        };
                        return Some((first, Some(other)));
                    }
                    // (the one person of the sentence before is the pronoun's, not
                    // the other: `Lenoir resta silencieux. Quand il reprit la parole…`)
                    Some((a, None)) if !other_gender(pronoun, &self.text[a.range()]) => return Some((first, None)),
                    _ => {}
                }
            }
        }
        people.or_else(|| {
            // (a last sentence about a thing leaves the people to the one before it
            // in the paragraph: `Steve fit claquer son briquet. La flamme dansa.`)
            let opening = next_non_space(self.text, last.start, last.end)?.0;
            // (or about what `on` did: `On s'écarta sur son passage.`)
            let thing = phrase_after(&self.words, opening, last.end, self.lex)
                .is_some_and(|p| self.names_narration_thing(p) || self.text[p.range()].eq_ignore_ascii_case("on"));
            if !thing || self.text[last.range()].trim_end().ends_with(':') {
                return None;
            }
            let k = self.sentences.index_of(last.start.checked_sub(1)?)?;
            let prev = self.sentences.get(k).filter(|p| p.end <= last.start && !self.text[p.start..last.start].contains('\n'))?;
            self.people_of(prev)
        })
    }

    /// True when `p` names one of the [`NARRATION_THINGS`] (`La pluie`, `Un
    /// nouveau silence`, `Numéro masqué`).
    fn names_narration_thing(&self, p: Span) -> bool {
        let toks = self.words.window(p.start, p.end, 4);
        let Some(first) = toks.first() else { return false };
        if !first.is(phrase::class::DETERMINER | phrase::class::L) {
            return NARRATION_THINGS.contains(&&*lower(first.text));
        }
        // (past the adjectives before the noun: `Un nouveau silence`)
        // (in the plural too: `Les volets claquaient.`)
        toks.iter().skip(1).find(|t| t.word && !matches!(t.text, "'" | "’") && !resolve::is_prenominal(t.text)).is_some_and(|h| {
            let head = lower(h.text);
            NARRATION_THINGS.contains(&&*head)
                || head.strip_suffix(['s', 'x']).is_some_and(|singular| NARRATION_THINGS.contains(&singular))
        })
    }

    /// [`Self::narration_people`] of the sentence `last`.
    fn people_of(&self, last: Span) -> Option<(Span, Option<Span>)> {
        let text = self.text;
        let s_start = last.start;
        let toks = self.words.window(s_start, last.end, 40);
        let clause = skip_adverbials(text, s_start, last.end);
        let mut at = next_non_space(text, clause, last.end).map_or(clause, |(p, _)| p);
        // (a connective before the subject: `Puis Noël parla de Mlle Charmes.`)
        if let [first, next, ..] = &*self.words.window(at, last.end, 2) {
            if is_connective(first.text) && next.word {
                at = next.start;
            }
        }
        // (the two people of an exchange: `Un échange entre A et B…`)
        if let Some((a, b)) = exchange_between(&self.words, Span::new(at, at), last.end, self.lex) {
            return Some((a, Some(b)));
        }
        // the subject, and the names in the sentence (single capitalised words too:
        // fiction calls people by their first names)
        let names: Vec<Span> = toks
            .iter()
            .enumerate()
            .filter(|(j, t)| {
                t.word
                    && t.start >= at
                    && t.text.starts_with(char::is_uppercase)
                    && *j > 0
                    && !t.is(phrase::class::DETERMINER)
                    && !matches!(toks[j - 1].text, "." | "!" | "?")
                    // (not a place: `arriva en Provence`, `dans Paris`; `à` and
                    // `vers` name people too, `dos tourné à Marchetti`, `se tourna
                    // vers Fabien`)
                    && !phrase::lower_is(toks[j - 1].text, &["en", "dans", "depuis", "sous", "jusqu"])
                    // (not a word of a title in marks: `présente «Ici sont les dragons»`)
                    && {
                        let k = self.outer.partition_point(|o| o.end <= t.start);
                        self.outer.get(k).is_none_or(|o| o.start > t.start)
                    }
            })
            .map(|(_, t)| Span::new(t.start, t.end))
            .collect();
        // (`C'était Lucas.`, `Voici le notaire.`: the person presented)
        // (or the one a cleft sentence puts forward: `Finalement, c'est Dylan
        // lui-même qui a levé la main.`)
        let presented = [
            "C'était ",
            "C’était ",
            "C'est ",
            "C’est ",
            "Voici ",
            "Voilà ",
            "c'est ",
            "c’est ",
            "c'était ",
            "c’était ",
            "Ce fut ",
        ]
        .iter()
        .find_map(|p| text[at..last.end].strip_prefix(p).map(|rest| last.end - rest.len()))
        .and_then(|from| phrase_after(&self.words, from, last.end, self.lex))
        .filter(|p| {
            // (an apposition may follow: `C'était l'inspecteur Bodard, de la Sûreté.`)
            let rest = text[p.end..last.end].trim_matches(|c: char| is_space(c) || matches!(c, '.' | '!' | '…'));
            let rest = ["lui-même ", "elle-même "].iter().find_map(|m| rest.strip_prefix(m)).unwrap_or(rest);
            // (past an apposition: `Ce fut le petit Jules, le fils de Clémence, qui…`)
            let past_apposition = rest.strip_prefix(',').and_then(|r| {
                r.find(", qui ").filter(|&k| k <= 60 && !r[..k].contains(['.', ';', '!', '?'])).map(|k| &r[k + 2..])
            });
            let rest_cleft = past_apposition.unwrap_or(rest);
            let cleft = rest_cleft.starts_with("qui ")
                && (text[p.range()].starts_with(char::is_uppercase) || resolve::names_person(&self.words, *p));
            let apposition = rest.starts_with(',')
                && rest.len() <= 60
                && !rest.split(|c: char| !c.is_alphabetic()).any(|w| w == "qui" || phrase::looks_finite(w));
            // (or a relative on the one presented: `C'était l'inspecteur Morel, qui
            // appelait de la Sûreté.`)
            let relative = rest.starts_with(", qui ");
            cleft || resolve::names_person(&self.words, *p) && (rest.is_empty() || apposition || relative)
        });
        if let Some(p) = presented {
            return Some((p, None));
        }
        // (the narrator, elided: `J'ouvris la grille, et Morel se redressa.`)
        // (or whole after a clause: `Et quand elle eut bu, je l'embrassai :`)
        let elided_je = ["J'", "J’", "j'", "j’"]
            .iter()
            .find(|p| text[at..last.end].starts_with(**p))
            .map(|p| Span::new(at, at + p.len()))
            .or_else(|| ["je ", "Je "].iter().find(|p| text[at..last.end].starts_with(**p)).map(|_| Span::new(at, at + 2)));
        // (cut before a verb we do not know: `Mon frère débarque dans ma chambre.`)
        let subject = elided_je
            .or_else(|| {
                phrase_after(&self.words, at, last.end, self.lex).map(|p| resolve::verbless_cut(&self.words, p, last.end))
            })
            .filter(|p| {
                // `Trois questions à X`: a number of things is nobody
                let first = text[p.range()].split(' ').next().unwrap_or("").to_lowercase();
                let counted = matches!(
                    first.as_str(),
                    "deux" | "trois" | "quatre" | "cinq" | "six" | "sept" | "huit" | "neuf" | "dix" | "quelques" | "plusieurs"
                );
                // (nor an ordinal: `Troisième jour d'audience.`)
                let ordinal = first.ends_with("ième");
                // (not an impersonal `il`: `Il pleuvait depuis le matin.`)
                let impersonal = || self.words.window(p.end, last.end, 1).first().is_some_and(is_impersonal);
                // (a pronoun after a connective is in small letters: `Enfin il s'approcha.`)
                // (or a person in small letters after a clause: `Quand Jacques rentra,
                // sa mère l'attendait.`)
                // (nor a thing the narration opens on: `L'audience avait pris un tour
                // tendu.`, `La pluie redoubla.`)
                // (or a thing with no determiner, a line of its own: `Numéro masqué.`)
                let thing = || self.names_narration_thing(*p);
                (text[p.range()].chars().any(char::is_uppercase)
                || phrase::is_third_person(&text[p.range()])
                || p.start > s_start && resolve::names_person(&self.words, *p))
                && !thing()
                && (!counted || resolve::names_person(&self.words, *p))
                && !ordinal
                && !(phrase::is_third_person(&text[p.range()]) && impersonal())
                // (nor the indefinite `on`: `On s'écarta sur son passage.`)
                && !text[p.range()].eq_ignore_ascii_case("on")
                // (a part of a body does not speak: `Ma jambe était glacée.`)
                && !resolve::names_body_part(&self.words, *p)
                // (nor a manner: `et d'un air dégagé :`)
                && !is_manner(&text[p.range()])
                // (nor the label that closes an interview's lead: `Rencontre.`)
                && !INTERVIEW_LABELS.contains(&&text[p.range()])
            });
        // (or the person of a clause of time before a thing: `Quand Hélène
        // entra, le salon se tut.`)
        let subject = subject.or_else(|| {
            let toks = self.words.window(s_start, at, 8);
            let (when, rest) = toks.split_first()?;
            let que = rest.first().is_some_and(|t| phrase::lower_is(t.text, &["que", "qu"]));
            if !(phrase::lower_is(when.text, &["quand", "lorsque", "lorsqu"])
                || phrase::lower_is(when.text, &["dès", "sitôt"]) && que)
            {
                return None;
            }
            let from = rest.iter().find(|t| t.word && !phrase::lower_is(t.text, &["que", "qu"]))?.start;
            // (a pronoun too, when the clause's verb speaks: `Quand il reprit la
            // parole, sa voix avait changé.`)
            let speaks = || {
                let clause = text[from..at].trim_end_matches(|c: char| is_space(c) || c == ',');
                ["reprit la parole", "prit la parole", "reprend la parole", "prend la parole", "rompit le silence"]
                    .iter()
                    .any(|v| clause.ends_with(v))
            };
            phrase_after(&self.words, from, at, self.lex).filter(|p| {
                let words = &text[p.range()];
                (!phrase::is_third_person(words) || speaks())
                    && (words.chars().any(char::is_uppercase) || resolve::names_person(&self.words, *p) || speaks())
            })
        })?;
        // (`La porte s'ouvrit et Madeleine parut.`: the person, not the thing)
        let subject = self.person_after_et(last, subject).unwrap_or(subject);
        // (a name in a complement is another's: `La patronne de l'Hôtel du Nord`,
        // `La femme du notaire Delbecq`)
        // (but a voice is its owner's: `La voix joyeuse de Noël`)
        let voice = text[subject.range()].split(' ').any(|w| phrase::lower_is(w, &["voix"]) || phrase::lower_is(w, SPEECH_NOUNS));
        let complement = |n: &Span| {
            // (after an apposition's comma, the name is the subject's own: `la
            // secrétaire nationale des Écologistes, Anaïs Berthoumieu`)
            let before = &text[subject.start..n.start];
            let before = before.rfind(',').map_or(before, |k| &before[k..]);
            !voice && [" de ", " du ", " des ", " d'", " d’"].iter().any(|p| before.contains(p))
        };
        // (the whole name to the subject's end: `Catherine Dumas-Ferrand`)
        let whole = |n: &Span| {
            let rest = &text[n.end..subject.end];
            // (an honorific's period: `Le vieux M. Tissot`)
            let rest = if phrase::HONORIFICS.contains(&&text[n.range()]) { rest.strip_prefix('.').unwrap_or(rest) } else { rest };
            let named = rest
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "de" | "du" | "d'" | "von" | "van"));
            // (and the given name that opens the sentence, which the names above
            // leave out: `Rachid Ouali tend un harnais`)
            let head = &text[subject.start..n.start];
            let opening = !head.trim().is_empty()
                && head
                    .split_whitespace()
                    .enumerate()
                    .all(|(i, w)| w.starts_with(char::is_uppercase) && (i > 0 || !phrase::is_determiner(w)))
                && head.split_whitespace().next().is_some_and(resolve::is_first_name);
            let start = if opening { subject.start } else { n.start };
            if named { Span::new(start, subject.end) } else { Span::new(start, n.end) }
        };
        // (with its honorific: `Mlle Tissot` is not `M. Tissot`)
        let titled = |n: Span| {
            let before = text[s_start..n.start].trim_end_matches(is_space);
            let before = before.strip_suffix('.').unwrap_or(before);
            let word = last_word(before);
            if !word.is_empty() && phrase::HONORIFICS.contains(&word) {
                Span::new(s_start + before.len() - word.len(), n.end)
            } else {
                n
            }
        };
        let first = names.iter().find(|n| subject.contains(**n) && !complement(n)).map(whole).map(titled).unwrap_or(subject);
        // the other: a name, else a person the sentence describes (`dévisagea
        // la voyageuse`, `fit signe au mousse`)
        // (a name after an article is a place or a thing, `la Seine`; one in
        // capitals an acronym, `la CPE`)
        // (and after `un`, a nationality: `Le patron, un Breton massif,`; after
        // `de`, a place, `un maquignon de Bolbec`, unless a given name, `la fille
        // de Jeanne`)
        let article_before = |n: &Span| {
            let before = text.get(s_start..n.start).unwrap_or("").trim_end_matches(is_space);
            let word = last_word(before);
            let given = || resolve::is_first_name(&text[n.start..crate::text::word_end(text, n.start, n.end)]);
            phrase::lower_is(word, &["le", "la", "les", "du", "des", "au", "aux", "un", "une"])
                || before.ends_with(['\'', '’']) && word.is_empty()
                || phrase::lower_is(word, &["de"]) && !given()
                || text[n.range()].chars().all(|c| c.is_uppercase())
        };
        // (a name of several words, whole: `au prévenu, Luc Morel,`)
        let run = |n: Span| {
            let k = toks.partition_point(|t| t.start < n.end);
            let end = toks[k..]
                .iter()
                .zip(&toks[k.saturating_sub(1)..])
                .take_while(|(t, p)| t.word && t.text.starts_with(char::is_uppercase) && t.start == p.end + 1)
                .last()
                .map_or(n.end, |(t, _)| t.end);
            Span::new(n.start, end)
        };
        // (nor the subject's apposition: `Le président, Stéphane Roux, l'a
        // interrogé`)
        let apposition = |n: &Span| n.start >= subject.end && text[subject.end..n.start].trim_matches(is_space) == ",";
        let other = names
            .iter()
            .find(|n| !subject.contains(**n) && !article_before(n) && !apposition(n))
            .map(|n| run(*n))
            .or_else(|| {
                // (not the complement of a person's noun: `le fils du maire` is the
                // son; `les papiers du voyageur`, the traveller, named without `du`)
                let complement = |k: usize| {
                    phrase::lower_is(toks[k].text, &["du", "des"])
                        && k >= 2
                        && toks[k - 2].is(phrase::class::DETERMINER)
                        && phrase_after(&self.words, toks[k - 2].start, last.end, self.lex)
                            .is_some_and(|p| resolve::names_person(&self.words, p))
                };
                let contracted = |t: &Tok<'_>| phrase::lower_is(t.text, &["au", "du"]);
                toks.iter()
                    .enumerate()
                    .rev()
                    .filter(|&(_, t)| t.start >= subject.end && t.word && (t.is(phrase::class::DETERMINER) || t.text == "au"))
                    // (`d'` opens a complement, not a person: `ce sourire d'enfant`)
                    .filter(|&(_, t)| !matches!(t.text, "d" | "D" | "de" | "De"))
                    .filter(|&(k, _)| !complement(k))
                    // (nor a comparison: `hocha la tête comme un médecin`)
                    .filter(|&(k, _)| !(k > 0 && phrase::lower_is(toks[k - 1].text, &["comme"])))
                    // (nor the subject's apposition: `M. de Kerlouan, le vieux voisin, haussa…`)
                    .filter(|&(_, t)| text[subject.end..t.start].trim_matches(is_space) != ",")
                    .map(|(_, t)| t)
                    .filter_map(|t| {
                        let from = if contracted(t) { t.end } else { t.start };
                        let from = next_non_space(text, from, last.end).map_or(from, |(k, _)| k);
                        let p = if contracted(t) {
                            // `au mousse`: the noun after the contracted article (past
                            // an adjective before it: `du grand mât`)
                            let w = crate::text::word_end(text, from, last.end);
                            let w = match next_non_space(text, w, last.end) {
                                Some((n, c)) if resolve::is_prenominal(&text[from..w]) && c.is_lowercase() => {
                                    crate::text::word_end(text, n, last.end)
                                }
                                _ => w,
                            };
                            (w > from).then(|| Span::new(from, w))
                        } else {
                            phrase_after(&self.words, from, last.end, self.lex)
                        }?;
                        // (not a name after its article: `un regard à geler la Seine`)
                        let named_thing = !contracted(t)
                            && text[p.range()].split([' ', '\'', '’']).nth(1).is_some_and(|w| w.starts_with(char::is_uppercase));
                        (!named_thing
                            && resolve::names_person(&self.words, if contracted(t) { Span::new(t.start, p.end) } else { p }))
                        .then_some(p)
                    })
                    .next()
            });
        // or the person of a clause of time before the subject (`Quand le
        // commissaire arriva, la lieutenante l'attendait.`)
        let other = other.or_else(|| {
            let toks = self.words.window(s_start, at, 8);
            let (when, rest) = toks.split_first()?;
            if !phrase::lower_is(when.text, &["quand", "lorsque", "lorsqu", "comme"]) {
                return None;
            }
            let from = rest.iter().find(|t| t.word)?.start;
            phrase_after(&self.words, from, at, self.lex).filter(|p| {
                !is_pronoun(&text[p.range()])
                    && !p.overlaps(first)
                    && !same_words(text, *p, Some(first))
                    && resolve::names_person(&self.words, *p)
            })
        });
        // or the narrator, the object of the subject's verb (`Le lendemain, ma
        // sœur m'appela.`, `Julie me tendit la main.`)
        let other = other.or_else(|| {
            if resolve::is_first_person(&text[first.range()]) {
                return None;
            }
            let after = self.words.window(subject.end, last.end, 4);
            let k = after.iter().position(|t| !phrase::lower_is(t.text, &["ne", "n", "'", "’"]))?;
            let me = after.get(k).filter(|t| matches!(t.text, "me" | "m"))?;
            let elided = after.get(k + 1).filter(|a| me.text == "m" && matches!(a.text, "'" | "’") && a.start == me.end);
            Some(Span::new(me.start, elided.map_or(me.end, |a| a.end)))
        });
        // or the one an object pronoun of the subject's verb takes up, the last
        // speaker or the subject of the sentence before (`Le président l'a
        // interrogé sur la soirée.`, `Le juge lui demanda :`)
        let other = other.or_else(|| {
            if resolve::is_first_person(&text[first.range()]) {
                return None;
            }
            // (past the subject's apposition and its comma: `Le président, Stéphane
            // Roux, l'a…`, the subject read with its apposition or without)
            let from = match text[subject.end..last.end].strip_prefix(',') {
                Some(_) if text[subject.range()].contains(',') => subject.end + 1,
                Some(rest) => subject.end + 1 + rest.find(',').filter(|&c| c <= 60)? + 1,
                None => subject.end,
            };
            let after = self.words.window(from, last.end, 5);
            let k = after.iter().position(|t| !phrase::lower_is(t.text, &["ne", "n", "'", "’"]))?;
            let object = after.get(k).filter(|t| matches!(t.text, "l" | "le" | "la" | "les" | "lui" | "leur"))?;
            let elided = object.text == "l" && after.get(k + 1).is_some_and(|a| matches!(a.text, "'" | "’"));
            let verb = after.get(k + 1 + usize::from(elided))?;
            if object.text == "l" && !elided || !verb.word || !verb.text.starts_with(char::is_lowercase) {
                return None;
            }
            // (a verb that speaks to them or questions them, past its auxiliary:
            // `l'a interrogé`, `lui demanda`, `le dévisagea`)
            let verb = if phrase::lower_is(verb.text, &["a", "avait", "eut", "ont", "avaient", "eurent", "aura"]) {
                self.words.window(verb.end, last.end, 1).first().copied()?
            } else {
                *verb
            };
            let questions =
                ["interrog", "question", "interpell", "dévisag", "apostroph"].iter().any(|v| verb.text.starts_with(v))
                    || self.lex.lookup_all(verb.text).next().is_some();
            if !questions {
                return None;
            }
            let differs = |p: &Span| {
                !p.overlaps(first) && !same_words(text, *p, Some(first)) && !same_person(&text[p.range()], &text[first.range()])
            };
            let spoke = self
                .last_speaker
                .filter(|&(w, end)| end <= s_start && s_start - end <= 600 && differs(&w) && !is_pronoun(&text[w.range()]))
                .map(|(w, _)| w);
            // (else the subject of one of the three sentences before)
            spoke.or_else(|| {
                let k = self.sentences.index_of(s_start.checked_sub(1)?)?;
                (k.saturating_sub(2)..=k).rev().find_map(|j| {
                    let prev = self.sentences.get(j).filter(|p| p.end <= s_start)?;
                    let at = next_non_space(text, skip_adverbials(text, prev.start, prev.end), prev.end)?.0;
                    // (not a negative: `Aucun membre de la famille ne…`)
                    let negative = |p: &Span| {
                        text[p.range()]
                            .split(' ')
                            .next()
                            .is_some_and(|w| phrase::lower_is(w, &["aucun", "aucune", "nul", "nulle", "personne"]))
                    };
                    // (in the number of the pronoun: `lui` is one person, `leur` several)
                    let plural = matches!(object.text, "les" | "leur");
                    phrase_after(&self.words, at, prev.end, self.lex).filter(|p| {
                        differs(p)
                            && !negative(p)
                            && is_plural_phrase(&text[p.range()]) == plural
                            && !is_pronoun(&text[p.range()])
                            && resolve::names_person(&self.words, *p)
                    })
                })
            })
        });
        // or the subject of the sentence before, in the same paragraph (`Léa
        // entra. Sa mère était dans la cuisine.`)
        let other = other.or_else(|| {
            let k = self.sentences.index_of(s_start.checked_sub(1)?)?;
            let prev = self.sentences.get(k).filter(|p| p.end <= s_start && !text[p.start..s_start].contains('\n'))?;
            let at = next_non_space(text, skip_adverbials(text, prev.start, prev.end), prev.end)?.0;
            // (a person named, not described: `L'abbé tourna la tête.` may be the
            // same person as the subject after it, `Le prêtre…`)
            // (described, when the subject after it is a name: `Le facteur poussa
            // la barrière. Louise étendait le linge.`)
            let first_named = text[first.range()].split([' ', '\'', '’']).next().is_some_and(|w| !phrase::is_determiner(w));
            let named = |p: &Span| {
                first_named || text[p.range()].split([' ', '\'', '’']).next().is_some_and(|w| !phrase::is_determiner(w))
            };
            // (or of the other sex, told by the articles: `La comtesse entra. Le
            // notaire se leva.`)
            let feminine = |p: &Span| match text[p.range()].split([' ', '\'', '’']).next().map(crate::text::lower).as_deref() {
                Some("la" | "une" | "cette" | "sa" | "ma" | "ta") => Some(true),
                Some("le" | "un" | "ce" | "cet" | "son" | "mon" | "ton") => Some(false),
                _ => None,
            };
            let other_sex = |p: &Span| feminine(p).zip(feminine(&first)).is_some_and(|(a, b)| a != b);
            // (the narrator too: `Je suis entré. Mon frère lisait.`, `J'ouvris.`)
            let elided_je = ["J'", "J’", "j'", "j’"]
                .iter()
                .find(|j| text[at..prev.end].starts_with(**j))
                .map(|j| Span::new(at, at + j.len()));
            let narrator =
                |p: &Span| resolve::is_first_person(&text[p.range()]) && !resolve::is_first_person(&text[first.range()]);
            elided_je.filter(narrator).or_else(|| phrase_after(&self.words, at, prev.end, self.lex)).filter(|p| {
                narrator(p)
                    || (named(p) || other_sex(p))
                        && !p.overlaps(first)
                        && !same_words(text, *p, Some(first))
                        && resolve::names_person(&self.words, *p)
            })
        });
        Some((first, other))
    }

    /// A quotation with no cue: the subject of the sentence before it, or the
    /// previous speaker when the quotation opens its paragraph.
    fn neighbour(&self, q: &Quote<'_>, s_start: usize, s_end: usize) -> Option<(Span, Option<Span>)> {
        let text = self.text;
        // (a dash may open it: `Elle prit un air fâché. -- « Oh non. »`)
        let alone_before =
            text[s_start..q.span.start].trim_matches(|c: char| is_space(c) || matches!(c, '-' | '—' | '–')).is_empty();
        let after = text[q.span.end..s_end].trim_matches(|c: char| is_space(c) || matches!(c, '.' | '!' | '?' | '…'));
        if !alone_before || !after.is_empty() {
            return None;
        }
        let k = self.sentences.index_of(q.span.start)?;
        let para_start = text[..q.span.start].rfind('\n').map_or(0, |p| p + 1);
        // a wire's dateline before the words (`PARIS (AFP) - «…» Le ministre a
        // été clair.`): the person the next sentence opens on
        let dateline = k
            .checked_sub(1)
            .and_then(|j| self.sentences.get(j))
            .is_some_and(|p| p.start >= para_start && text[p.range()].trim_end().ends_with(['-', '–', '—']));
        if dateline {
            let next = self.sentences.get(k + 1).filter(|n| text.get(q.span.end..n.start).is_some_and(|b| !b.contains('\n')))?;
            return self.sentence_subject(next, q.span).filter(|w| resolve::names_person(&self.words, *w)).map(|w| (w, None));
        }
        if k > 0 {
            let prev = self.sentences.get(k - 1)?;
            // `X a déclaré :` closing the paragraph before
            if text[prev.range()].ends_with(':') {
                if let Some((who, cue, _)) = self.cue_before(prev.start, prev.end) {
                    return Some((who, cue));
                }
                // `X a lu sa lettre. Extraits :`: a heading with no subject of its
                // own announces the words of the sentence before
                let heading = text[prev.range()].split_whitespace().count() <= 3;
                if let Some(before) = k.checked_sub(2).and_then(|b| self.sentences.get(b)).filter(|_| heading) {
                    if let Some(who) = self.sentence_subject(before, q.span) {
                        return Some((who, None));
                    }
                }
            }
            // the previous sentence holds the last attributed quotation (or the
            // name that speaker was given: `«Firmin !» C'était la voix de
            // Rosalie. «La soupe…»`)
            if let Some((who, end)) = self.last_speaker {
                if prev.start < end && end <= prev.end || prev.contains(who) && who.start > end {
                    return Some((who, None));
                }
            }
            // (a question asked in reported speech: the one asked answers, `Sa mère
            // lui demanda si le film était bien. «Ça allait.»`)
            if let Some(who) = self.asked(prev, k) {
                return Some((who, None));
            }
            if prev.start >= para_start {
                // (a sentence that ends on an inverted cue: its subject, `Le
                // nombre de visiteurs a doublé, observe X. «…»`)
                let body = text[prev.range()].trim_end_matches(|c: char| is_space(c) || matches!(c, '.' | '!' | '…'));
                let told = body
                    .rfind(',')
                    .filter(|&c| body.len() - c < 80)
                    // (not a subject and its apposition before their verb: `Son
                    // entraîneur, Franck Dumas, a salué le groupe.`)
                    .filter(|&c| {
                        let comma = prev.start + c;
                        let clause = skip_adverbials(text, prev.start, comma);
                        let clause = next_non_space(text, clause, comma).map_or(clause, |(k, _)| k);
                        // (also with an apposition between commas: `Le Dr X, chef du
                        // service, refuse de blâmer ses équipes.`)
                        !phrase_after(&self.words, clause, comma, self.lex).is_some_and(|p| {
                            let rest = text[p.end..comma].trim_matches(is_space);
                            rest.is_empty()
                                || rest.starts_with(',')
                                    && self.words.window(p.end, comma, 16).iter().all(|t| {
                                        !t.word
                                            || !(t.text.starts_with(char::is_lowercase)
                                                && (AUXILIARIES.contains(&&*lower(t.text)) || looks_finite(t.text)))
                                    })
                        })
                    })
                    .and_then(|c| self.cue_after_once(prev.start + c, prev.start + body.len()))
                    // (the subject ends the sentence: not `, dit avoir donné l'alerte samedi`)
                    .filter(|(cue, who, _)| {
                        let tail = prev.start + body.len();
                        who.end.max(cue.end) <= tail && text[who.end.max(cue.end)..tail].trim_matches(is_space).is_empty()
                    });
                if let Some((cue, who, _)) = told {
                    return Some((who, Some(cue)));
                }
                // (a short question of the writer's, `Son secret ? «…»`, `Pourquoi ?
                // «…»`: the person of the sentence before it answers)
                if body.ends_with('?') && body.split_whitespace().count() <= 6 {
                    // (the speaker of the words before the question, in its paragraph or
                    // the one before: `«…», soupire-t-elle. Les loups ? «…»`)
                    let before = self.sentences.get(k.checked_sub(2)?);
                    if let (Some((who, end)), Some(b)) = (self.last_speaker, before) {
                        if b.start < end && end <= b.end {
                            return Some((who, None));
                        }
                    }
                    let before = before.filter(|b| b.start >= para_start)?;
                    return self
                        .sentence_subject(before, q.span)
                        .filter(|w| resolve::names_person(&self.words, *w) || is_pronoun(&text[w.range()]))
                        .map(|w| (w, None));
                }
                // (a message the sentence before announces after a colon, or as a
                // sentence of its own: `Son téléphone vibra : un texto de son
                // ex-femme.`, `Un mot de Claire.`)
                if let Some(writer) = self.message_announced(prev.start, prev.start + body.len()) {
                    return Some((writer, None));
                }
                // (the one a thing the sentence opens on affects: `La question agace
                // Sophie Martin.`, `Le mot fait rire Moussa.`)
                if let Some(who) = self.affected_person(prev.start, prev.end) {
                    return Some((who, None));
                }
                let subject = self.sentence_subject(prev, q.span);
                // (a sentence about a thing, or about the last speaker's own (`Son
                // équipe restait sur quatre défaites.`), between the last speaker's
                // words and these: that speaker goes on; the cheapest test first)
                let before = k.checked_sub(2).and_then(|b| self.sentences.get(b)).filter(|b| b.start >= para_start);
                let last = self.last_speaker.filter(|&(_, end)| before.is_some_and(|b| b.start < end && end <= b.end));
                if let Some((who, _)) = last {
                    let aside = subject.is_some_and(|w| {
                        let words = &text[w.range()];
                        let first = words.split([' ', '\'', '’']).next().unwrap_or("");
                        phrase::lower_is(first, &["son", "sa", "ses", "leur", "leurs"])
                            || !is_pronoun(words) && !resolve::names_person(&self.words, w)
                    });
                    // (naming nobody else: not `Des arguments qui laissent froid Paul
                    // Girard.`; nor with a verb of speech: `un abonné résumait
                    // l'ambiance.`)
                    let names_nobody =
                        || text[prev.range()].split_whitespace().skip(1).all(|w| !w.starts_with(char::is_uppercase));
                    let speechless = || {
                        self.words.window(prev.start, prev.end, 40).iter().all(|t| !t.word || self.lex.lookup(t.text).is_none())
                    };
                    if aside && names_nobody() && speechless() {
                        return Some((who, None));
                    }
                }
                return subject.map(|w| (self.person_after_et(prev, w).unwrap_or(w), None));
            }
            // a paragraph of narration right before, with no quotation, whose
            // subject is a person: that person speaks (`Le médecin souriait.`)
            // (blank lines between paragraphs are only separators)
            let prev_para = text[..para_start].trim_end_matches(is_space).rfind('\n').map_or(0, |p| p + 1);
            // (the outer quotations are sorted: the first that ends after the
            // paragraph's start is the only one that may overlap it)
            let k = self.outer.partition_point(|o| o.end <= prev_para);
            let narration = prev.start >= prev_para
                && text[prev_para..para_start].trim().len() < 400
                && self.outer.get(k).is_none_or(|o| o.start >= para_start);
            if narration {
                let who = self.sentence_subject(prev, q.span).filter(|w| {
                    let words = &text[w.range()];
                    phrase::is_third_person(words) || resolve::names_person(&self.words, *w)
                });
                if let Some(who) = who {
                    return Some((who, None));
                }
            }
        }
        // a quotation that opens its paragraph continues the last speaker
        let (who, end) = self.last_speaker?;
        let between = text.get(end..q.span.start)?;
        (q.span.start == para_start + (text[para_start..q.span.start].len() - text[para_start..q.span.start].trim_start().len())
            && between.matches('\n').count() <= 4)
            .then_some((who, None))
    }

    /// The one a sentence of narration asks a question of, in reported speech
    /// (`X demanda à Rachel comment…`, `X lui demanda si…`): the name after
    /// `à`, or for `lui`, the subject of the sentence before (`k` is the index
    /// of the sentence after `prev`).
    fn asked(&self, prev: Span, k: usize) -> Option<Span> {
        let text = self.text;
        let toks = self.words.window(prev.start, prev.end, 40);
        let v = toks
            .iter()
            // (every form of both opens so: the lexicon is asked only for those)
            .position(|t| {
                (t.text.starts_with("deman") || t.text.starts_with("question"))
                    && self.lex.lookup_all(t.text).any(|v| matches!(v.lemma, "demander" | "questionner"))
            })?;
        // (an indirect question after the verb)
        let question = toks[v + 1..].iter().take(10).any(|t| {
            phrase::lower_is(t.text, QUESTION_WORDS)
                || t.text == "s" && toks.iter().any(|n| n.start == t.end + 1 && phrase::lower_is(n.text, &["il", "ils"]))
        });
        if !question {
            return None;
        }
        // `demanda à Rachel`: the phrase after `à`
        if let Some(a) = toks.get(v + 1).filter(|a| a.text == "à") {
            let end = toks[v + 2..]
                .iter()
                .find(|t| !t.word || phrase::lower_is(t.text, QUESTION_WORDS) || t.text == "ce")
                .map_or(prev.end, |t| t.start);
            let from = next_non_space(text, a.end, end)?.0;
            return phrase_after(&self.words, from, end, self.lex).filter(|p| resolve::names_person(&self.words, *p));
        }
        // `lui demanda`, `lui a demandé`: the subject of the sentence before
        // (the auxiliary between them: `lui a demandé`)
        let auxiliary = v >= 2 && phrase::lower_is(toks[v - 1].text, &["a", "avait"]);
        let clitic = v.checked_sub(if auxiliary { 2 } else { 1 })?;
        if !phrase::lower_is(toks[clitic].text, &["lui"]) {
            return None;
        }
        let before = self.sentences.get(k.checked_sub(2)?).filter(|b| !text[b.end..prev.start].contains('\n'))?;
        let asker = subject_before(&self.words, prev.start, toks[clitic].start, self.lex);
        self.sentence_subject(before, Span::new(prev.end, prev.end)).filter(|w| {
            resolve::names_person(&self.words, *w)
                && !is_pronoun(&text[w.range()])
                && asker.is_none_or(|a| !same_words(text, a, Some(*w)))
        })
    }

    /// The person named as the subject of a clause coordinated after a thing
    /// that opens the sentence `s`: `La porte s'ouvrit et Madeleine parut.`,
    /// `Le vent tomba et Jacques se redressa.` (a name, then its verb).
    fn person_after_et(&self, s: Span, subject: Span) -> Option<Span> {
        let text = self.text;
        let words = &text[subject.range()];
        if words.chars().skip(1).any(char::is_uppercase) || resolve::names_person(&self.words, subject) || is_pronoun(words) {
            return None;
        }
        let toks = self.words.window(subject.end, s.end, 40);
        let k = toks.iter().position(|t| t.text == "et")?;
        let name = toks.get(k + 1).filter(|n| {
            n.word
                && n.text.starts_with(char::is_uppercase)
                && !n.is(phrase::class::DETERMINER)
                && phrase::starts_name(n.text)
                && !resolve::is_oath(n.text)
        })?;
        let p = phrase_after(&self.words, name.start, s.end, self.lex)?;
        // (its verb right after: a word in small letters)
        let verb = self.words.window(p.end, s.end, 1);
        verb.first().is_some_and(|v| v.word && v.text.starts_with(char::is_lowercase)).then_some(p)
    }

    /// The subject of the sentence `s` (outside the quotation `q`): the phrase
    /// before its first verb, or, with no verb we know (`Didier Roux
    /// savourait.`), the phrase that opens it.
    fn sentence_subject(&self, s: Span, q: Span) -> Option<Span> {
        let text = self.text;
        // (a heading of one word, `Florilège.`, `Réactions.`, is nobody unless
        // a given name)
        let body = text[s.range()].trim_matches(|c: char| is_space(c) || matches!(c, '.' | ':' | '!'));
        if !body.is_empty()
            && !body.contains([' ', '\u{a0}', '\'', '’'])
            && !resolve::is_first_name(body)
            && body.len() < 30
            // (`Idem.`: the same writer again, which resolution takes up)
            && !body.eq_ignore_ascii_case("idem")
        {
            let toks = self.words.window(s.start, s.end, 3);
            if toks.iter().filter(|t| t.word).count() == 1 {
                return None;
            }
        }
        // (the clause after the last semicolon, the latest act: `Le major épaula ;
        // le docteur lui saisit le bras.`)
        if let Some(k) = memchr::memrchr(b';', &text.as_bytes()[s.range()]) {
            let tail = Span::new(s.start + k + 1, s.end);
            if let Some(who) = self.sentence_subject(tail, q) {
                return Some(who);
            }
            // (a person described in small letters, opening the clause)
            let opening = next_non_space(text, tail.start, tail.end).map_or(tail.start, |(k, _)| k);
            let described = phrase_after(&self.words, opening, tail.end, self.lex).filter(|w| {
                self.words.window(w.start, w.end, 1).first().is_some_and(|d| d.is(phrase::class::DETERMINER))
                    && resolve::names_person(&self.words, *w)
            });
            if described.is_some() {
                return described;
            }
        }
        // `Pour X, le bilan est sévère.`, `Selon X, …`: the one whose view the
        // sentence gives
        let lead = next_non_space(text, s.start, s.end).map_or(s.start, |(k, _)| k);
        if let Some((len, canonical)) = cue::prepositional_cue(&text[lead..s.end]) {
            let comma = text[lead + len..s.end].find(',').map(|k| lead + len + k);
            let holder = matches!(canonical, "pour" | "selon" | "d'après" | "aux yeux de");
            if let Some(who) = comma.filter(|_| holder).and_then(|c| phrase_after(&self.words, lead + len, c, self.lex)) {
                // (or a pronoun of person, resolved in turn: `Pour lui, le risque…`)
                if resolve::names_person(&self.words, who)
                    || text[who.range()].starts_with(char::is_uppercase)
                    || matches!(&text[who.range()], "lui" | "elle" | "eux" | "elles")
                {
                    return Some(self.person_in(who));
                }
            }
        }
        if let Some(who) = phrase::fronted_object_subject(&self.words, s.start, s.end, self.lex) {
            return Some(who);
        }
        let toks = self.words.window(s.start, s.end, 40);
        let mut clause = skip_adverbials(text, s.start, s.end);
        // (a connective before the subject: `Mais la jeune femme semblait…`)
        if let [first, next, ..] = &*self.words.window(clause, s.end, 2) {
            if is_connective(first.text) && next.word {
                clause = first.end;
            }
        }
        for (j, t) in toks.iter().enumerate().filter(|(_, t)| t.word && t.start > clause && !self.quoted(t, q)) {
            let lower = lower(t.text);
            let noun = j > 0 && toks[j - 1].is(phrase::class::DETERMINER);
            let copula = matches!(
                &*lower,
                "est"
                    | "sont"
                    | "était"
                    | "fut"
                    | "semble"
                    | "semblait"
                    | "sembla"
                    | "paraissait"
                    | "parut"
                    | "restait"
                    | "resta"
            );
            if !noun && (AUXILIARIES.contains(&&*lower) || copula || self.lex.lookup(t.text).is_some()) {
                return subject_before(&self.words, clause, t.start, self.lex);
            }
        }
        let clause = next_non_space(text, clause, s.end).map_or(clause, |(k, _)| k);
        // (a subject pronoun and a verb we do not know: `Elle demeura saisie.`)
        if let [first, next, ..] = &*self.words.window(clause, s.end, 2) {
            if phrase::is_third_person(first.text) && next.word && !is_impersonal(next) && !self.quoted(first, q) {
                return Some(Span::new(first.start, first.end));
            }
        }
        // (a sentence without a verb that gives its source: `Un final pour
        // puncheurs, selon l'ancien coureur X.`)
        for m in [", selon ", ", d'après ", ", d’après "] {
            if let Some(k) = memchr::memmem::find(&text.as_bytes()[clause..s.end], m.as_bytes()) {
                let at = clause + k + m.len();
                if q.start <= at && at < q.end {
                    continue;
                }
                let end = text[at..s.end].find([',', '.', ';', '«']).map_or(s.end, |e| at + e);
                if let Some(who) = phrase_after(&self.words, at, end, self.lex).filter(|w| resolve::names_person(&self.words, *w))
                {
                    return Some(self.person_in(who));
                }
            }
        }
        // (a verb we do not know after the noun, the sentence ending there or a
        // preposition following: `Mon frère débarque dans ma chambre.`)
        let subject = phrase_after(&self.words, clause, s.end, self.lex)
            .map(|p| resolve::verbless_cut(&self.words, p, s.end))
            .filter(|p| text[p.range()].chars().any(char::is_uppercase) && !is_pronoun(&text[p.range()]))?;
        // (past an apposition set before the name, a noun with no article:
        // `Directrice de recherche à l'Inrae, Martine Oberlé étudie…`)
        // (a description, words in small letters besides particles: not a list
        // of names, `Dupont, Durand et Martin`)
        let first = self.words.window(subject.start, subject.end, 1).first().map(|t| t.text);
        let comma_end = memchr::memchr(b',', &text.as_bytes()[subject.start..s.end]).map_or(s.end, |k| subject.start + k);
        let described = text[subject.start..comma_end].split([' ', '\'', '’']).skip(1).any(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(w, "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l" | "von" | "van" | "et")
        });
        let bare_noun = described
            && first.is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && !phrase::is_determiner(w)
                    && !resolve::is_first_name(w)
                    && self.lex.lookup(w).is_none()
            });
        let comma = memchr::memchr(b',', &text.as_bytes()[subject.end..s.end])
            .map(|k| subject.end + k)
            .filter(|&c| c - subject.end <= 120);
        let named = comma.and_then(|c| {
            let at = next_non_space(text, c + 1, s.end)?.0;
            phrase_after(&self.words, at, s.end, self.lex).filter(|p| {
                let words = &text[p.range()];
                words.starts_with(char::is_uppercase) && !is_pronoun(words) && resolve::names_person(&self.words, *p)
            })
        });
        Some(named.filter(|_| bare_noun).unwrap_or(subject))
    }
}

/// Verbs of feeling, and the causatives `faire` and `laisser`, whose object a
/// thing affects (see [`Attributor::affected_person`]).
const AFFECTING: &[&str] = &[
    "agace",
    "agaçait",
    "agaça",
    "amuse",
    "amusait",
    "amusa",
    "étonne",
    "étonnait",
    "étonna",
    "irrite",
    "irritait",
    "irrita",
    "inquiète",
    "inquiétait",
    "inquiéta",
    "réjouit",
    "réjouissait",
    "exaspère",
    "exaspérait",
    "exaspéra",
    "énerve",
    "énervait",
    "énerva",
    "intrigue",
    "intriguait",
    "intrigua",
    "surprend",
    "surprenait",
    "surprit",
    "émeut",
    "émouvait",
    "émut",
    "indigne",
    "indignait",
    "indigna",
    "révolte",
    "révoltait",
    "révolta",
    "choque",
    "choquait",
    "choqua",
    "attriste",
    "attristait",
    "attrista",
    "fait",
    "faisait",
    "fit",
    "laisse",
    "laissait",
    "laissa",
];

/// What `faire` and `laisser` make of the one they affect: `fait rire`,
/// `laisse sceptique`.
const AFFECTED_STATES: &[&str] = &[
    "rire",
    "sourire",
    "bondir",
    "réagir",
    "soupirer",
    "sceptique",
    "perplexe",
    "songeur",
    "songeuse",
    "dubitatif",
    "dubitative",
    "pantois",
    "indifférent",
    "indifférente",
    "amer",
    "amère",
    "rêveur",
    "rêveuse",
];

/// Verbs whose complement after `à` is the one asked, urged or promised, not
/// a medium (`réclame à l'Union européenne «une pause»`).
const ADDRESSED: &[&str] = &[
    "demander",
    "réclamer",
    "exiger",
    "ordonner",
    "enjoindre",
    "conseiller",
    "suggérer",
    "recommander",
    "proposer",
    "promettre",
    "reprocher",
    "souhaiter",
];

/// Verbs after which `à X` names the medium the words were told to.
const TELLING: &[&str] = &[
    "confier",
    "déclarer",
    "dire",
    "expliquer",
    "raconter",
    "indiquer",
    "préciser",
    "assurer",
    "affirmer",
    "répondre",
    "annoncer",
    "souffler",
    "glisser",
    "lancer",
    "avouer",
    "reconnaître",
    "témoigner",
    "réagir",
    "détailler",
    "confirmer",
    "assurer",
];

/// Days and times that may stand between a cue and its medium (a day told
/// by the token's class bits, not looked up again).
fn is_time_word(t: &Tok<'_>) -> bool {
    // (a year, a month and their `en`: `confiait-il en 1998 à Télérama`, `en mars au Figaro`)
    let year = t.text.len() == 4 && t.text.starts_with(['1', '2']) && t.text.bytes().all(|b| b.is_ascii_digit());
    t.is(phrase::class::WEEKDAY)
        || year
        || phrase::MONTHS.contains(&&*lower(t.text))
        || matches!(
            &*lower(t.text),
            "soir"
                | "matin"
                | "midi"
                | "hier"
                | "aujourd"
                | "hui"
                | "dans"
                | "la"
                | "soirée"
                | "matinée"
                | "après-midi"
                | "encore"
                | "également"
                | "aussi"
                | "déjà"
                | "en"
        )
}

/// Calls `f` with the offset and the pattern of each match in `hay` of each of
/// `patterns`, all of which open on a space, a comma or a semicolon: the
/// matches [`str::match_indices`] finds for each pattern (not overlapping
/// one another), in any order. No searcher is built (its setup cost more than
/// the search in a clause): a pattern is tried where its first byte is, a
/// comma or a semicolon, or where its second byte is after a space.
fn for_each_match<'p, const N: usize>(hay: &str, patterns: &[&'p str; N], mut f: impl FnMut(usize, &'p str)) {
    let b = hay.as_bytes();
    // (a pattern holds its comma or semicolon once: two of its matches never overlap)
    debug_assert!(patterns.iter().all(|p| p.len() >= 2
        && match p.as_bytes()[0] {
            b' ' => true,
            c @ (b',' | b';') => !p[1..].contains(c as char),
            _ => false,
        }));
    // a pattern that opens on a comma or a semicolon, where one is
    for i in memchr::memchr2_iter(b',', b';', b) {
        for p in patterns.iter().filter(|p| !p.starts_with(' ')) {
            if b[i..].starts_with(p.as_bytes()) {
                f(i, p);
            }
        }
    }
    // one that opens on a space, where its second byte is after a space (the
    // spaces are too many to look at each), after the end of its last match
    for p in patterns.iter().filter(|p| p.starts_with(' ')) {
        let mut next = 0;
        for k in memchr::memchr_iter(p.as_bytes()[1], b) {
            if k > next && b[k - 1] == b' ' && b[k - 1..].starts_with(p.as_bytes()) {
                f(k - 1, p);
                next = k - 1 + p.len();
            }
        }
    }
}

/// The conjunctions and marks that open a later clause with its own subject
/// and verb (`…, tandis que Matignon juge «…»`).
const CLAUSE_STARTS: [&str; 14] = [
    ", dont ",
    ", tandis que ",
    " tandis que ",
    ", tandis qu'",
    ", tandis qu’",
    ", alors que ",
    ", alors qu'",
    ", alors qu’",
    ", mais ",
    "; ",
    ", et ",
    ", puis ",
    " — ",
    " – ",
];

/// The words that open an indirect question (`demanda si…`, `comment…`).
const QUESTION_WORDS: &[&str] = &["si", "comment", "pourquoi", "où", "quand", "combien", "quel", "quelle", "quels", "quelles"];

/// How far before and after a quotation attribution looks, in bytes.
const WINDOW: usize = 600;

pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The start of the last sentence of `text[from..to]` (inside a quotation).
fn inner_sentence_start(text: &str, from: usize, to: usize) -> usize {
    let s = &text[from..to];
    let mut start = from;
    for (k, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?' | '…') {
            let after = k + c.len_utf8();
            let rest = &s[after..];
            let trimmed = rest.trim_start_matches(is_space);
            if trimmed.len() < rest.len() && trimmed.starts_with(char::is_uppercase) {
                start = from + after;
            }
        }
    }
    next_non_space(text, start, to).map_or(start, |(k, _)| k)
}

/// The offset where the clause starts after leading adverbial segments.
pub(crate) fn skip_adverbials(text: &str, start: usize, end: usize) -> usize {
    let probe = |s: usize, e: usize| trim_span(text, s, e);
    let mut s = start;
    for _ in 0..4 {
        let Some(comma) = text[s..end].find(',').map(|k| s + k) else { break };
        let seg = probe(s, comma);
        if seg.is_empty() {
            break;
        }
        let head = &text[seg.range()];
        let written = &head[..head.find(|c: char| !c.is_alphabetic()).unwrap_or(head.len())];
        let first = lower(written);
        let first = &*first;
        // (a participle opening the sentence, not a given name: `André Calvet,`)
        // (`Élu en 2020,`, `Venue seule,`; or a noun and its complement in
        // apposition to the subject: `Auteur du but, X…`)
        let participle = (first.ends_with('é')
            || first.ends_with("ée")
            || first.ends_with("és")
            || first.ends_with("ant")
            || matches!(
                first,
                "élu"
                    | "élue"
                    | "élus"
                    | "réélu"
                    | "réélue"
                    | "venu"
                    | "venue"
                    | "revenu"
                    | "revenue"
                    | "parti"
                    | "partie"
                    | "sorti"
                    | "sortie"
                    | "assis"
                    | "assise"
                    | "surpris"
                    | "surprise"
                    | "ému"
                    | "émue"
                    | "émus"
            ))
            && head.contains(' ')
            && !resolve::is_first_name(written);
        // (a common noun, its complement in small letters: not `M. de Courville`,
        // `Mme d'Arville`; `Héros de la soirée,`)
        let apposed = written.starts_with(char::is_uppercase)
            && written.chars().count() > 3
            && head.split(' ').nth(1).is_some_and(|w| matches!(w, "du" | "des" | "de"))
            && head.split(' ').nth(2).is_some_and(|w| w.starts_with(char::is_lowercase))
            && head.split(' ').count() <= 6
            && !resolve::is_first_name(written)
            && phrase::starts_name(written);
        // (a former or native state before the subject: `Ancien sergent de
        // pompiers, ancien figurant, il…`, `Fils de meunier, il…`)
        let former = head.contains(' ')
            && matches!(
                first,
                "ancien" | "ancienne" | "anciens" | "anciennes" | "fils" | "fille" | "originaire" | "natif" | "native"
            );
        let participle = participle || apposed || former;
        let place = phrase::opens_on_unaccented_a(written, head.split(' ').nth(1).unwrap_or(""));
        let adverbial = place
            || matches!(
                first,
                "à" | "au"
                    | "aux"
                    | "en"
                    | "dans"
                    | "sur"
                    | "après"
                    | "avant"
                    | "depuis"
                    | "face"
                    | "très"
                    | "visiblement"
                    | "du"
                    | "derrière"
                    | "près"
                    | "autour"
                    | "auprès"
                    | "contre"
                    | "sous"
                    | "parmi"
                    | "entre"
                    | "loin"
                    | "avec"
                    | "malgré"
                    | "pendant"
                    | "devant"
                    | "chez"
                    | "lors"
                    | "dès"
                    | "vers"
                    | "ainsi"
                    | "enfin"
                    | "puis"
                    | "ensuite"
                    | "plus"
                    | "mais"
                    | "et"
                    | "or"
                    | "alors"
                    | "cependant"
                    | "pourtant"
                    | "néanmoins"
                    | "toutefois"
                    | "désormais"
                    | "hier"
                    | "côté"
                    | "sollicité"
                    | "sollicitée"
                    | "interrogé"
                    | "interrogée"
                    | "joint"
                    | "jointe"
                    | "contacté"
                    | "contactée"
                    | "de"
                    | "d"
                    | "par"
                    | "outre"
                    | "là"
                    | "ici"
                    | "dehors"
                    | "dedans"
                    | "ailleurs"
                    | "partout"
                    | "soudain"
                    | "aussitôt"
                    | "maintenant"
                    | "aujourd"
                    | "toujours"
                    | "où"
                    | "qui"
                    | "dont"
                    | "que"
                    | "qu"
                    | "lorsque"
                    | "lorsqu"
                    | "quoique"
                    | "quoiqu"
                    | "tandis"
                    | "parce"
                    | "puisque"
                    | "puisqu"
                    | "comme"
                    | "quand"
            )
            || {
                // an adverb on its own (`Brusquement,`, `Tout à coup,`, `Peu à peu,`)
                // (the word first: the count reads the whole segment)
                // (not one that holds an inverted verb: `Tout juste a-t-il glissé,`)
                (phrase::is_sentence_adverb(first) || matches!(first, "tout" | "peu"))
                    && head.split([' ', '\'', '’']).count() <= 4
                    && !head
                        .split(' ')
                        .any(|w| w.contains("-t-") || ["-il", "-elle", "-ils", "-elles", "-on"].iter().any(|p| w.ends_with(p)))
            };
        // the segment's first four words (letters), split once and each lowered
        // once, on first use by the tests below
        let words = std::cell::OnceCell::new();
        let word = |k: usize| -> Option<&str> {
            words.get_or_init(|| {
                let mut w = head.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
                [w.next(), w.next(), w.next(), w.next()]
            })[k]
        };
        let lowered: [std::cell::OnceCell<Option<crate::text::SmallStr<'_>>>; 3] = Default::default();
        // (the first is `first` when the segment opens on a letter: not lowered again)
        let low = |k: usize| match k {
            0 if !first.is_empty() => Some(first),
            _ => lowered[k].get_or_init(|| word(k).map(lower)).as_deref(),
        };
        // whether the first of them is a determiner, looked up once
        let first_determiner = std::cell::OnceCell::new();
        let determiner0 = || *first_determiner.get_or_init(|| low(0).is_some_and(phrase::is_determiner));
        // a time phrase (`La première fois que…,`, `Le lendemain,`, `Ce soir-là,`),
        // read only when nothing before told
        let time = || {
            // (not the anaphor `Ce dernier,`)
            let latter = matches!(low(0), Some("ce" | "cette")) && matches!(low(1), Some("dernier" | "dernière"));
            !latter
                && (determiner0() || low(0) == Some("chaque"))
                // (a time noun in small letters: `Le Soir,` is a newspaper)
                && [1, 2].iter().any(|&k| {
                    word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
                        && low(k).is_some_and(|w| phrase::is_time_noun(w) || phrase::is_weekday(w) || phrase::MONTHS.contains(&w))
                })
        };
        // an absolute clause: a noun and its participle (`Les saluts accomplis,`,
        // `La porte refermée,`): three words exactly
        let absolute = || {
            let (Some(det), Some(last)) = (low(0), low(2)) else { return false };
            let plural = matches!(det, "les" | "ses" | "ces" | "leurs");
            word(3).is_none()
                && determiner0()
                && (["é", "ée", "és", "ées"].iter().any(|e| last.ends_with(e))
                    || plural && ["is", "ies", "us", "ues", "ises", "ites", "its"].iter().any(|e| last.ends_with(e)))
        };
        // an absolute phrase of the body (`la main en abat-jour,`, `les yeux
        // baissés,`, `la voix nette et forte,`)
        let body = || {
            low(0).is_some_and(|d| matches!(d, "la" | "le" | "les" | "l" | "sa" | "son" | "ses"))
                && low(1).is_some_and(|n| resolve::BODY_PARTS.contains(&n))
        };
        // an adjective or a participle alone, detached before the subject
        // (`Inquiète, la maîtresse appela…`, `Furieux, il sortit`), not a name
        let detached = || {
            let single = first.len() == head.len() && first.len() > 3;
            single && !resolve::is_first_name(head) && {
                // (the next word, as written and lowered)
                let written = text[comma + 1..end].split(|c: char| !c.is_alphabetic() && c != '-').find(|w| !w.is_empty());
                let next = written.map(lower);
                // (a phrase set off by its own comma after it is in apposition to
                // the word, a name: `Hyacinthe, le premier, éclata`; not after a
                // word shaped as an adjective, `Furieux, le maire, X, a dénoncé`)
                let adjective = [
                    "eux", "euse", "é", "ée", "és", "ées", "ant", "ante", "if", "ive", "ique", "able", "ible", "ard", "arde",
                    "ète",
                ]
                .iter()
                .any(|e| first.ends_with(e));
                let apposition = || {
                    !adjective
                        && text[comma + 1..end].find(',').is_some_and(|k| {
                            let seg = &text[comma + 1..comma + 1 + k];
                            seg.split_whitespace().count() <= 6 && !seg.contains(['«', '»', '"', '“', '”', ':', ';'])
                        })
                };
                // (or before a given name: `Buteur, Paul Martin était ravi :`)
                next.is_some_and(|w| {
                    matches!(&*w, "il" | "elle" | "ils" | "elles" | "je") || phrase::is_determiner(&w) && !apposition()
                }) || written.is_some_and(resolve::is_first_name)
            }
        };
        // (a time phrase, a phrase of the body and an absolute clause open on a
        // determiner: the segment's words are read only after one, or when the
        // segment does not open on a letter and `first` is not its first word;
        // looked up only when no cheaper test told)
        let phrase_before = || (first.is_empty() || determiner0()) && (time() || body() || absolute());
        // a pronominal participle (`Se tournant vers Lucas,`, `S'approchant,`)
        let pronominal = || matches!(first, "se" | "s") && low(1).is_some_and(|w| w.ends_with("ant") && w.chars().count() > 4);
        if !(adverbial || participle || phrase_before() || phrase::is_weekday(first) || detached() || pronominal()) {
            break;
        }
        // a connective opens the clause itself (`Mais il s'arrêta, …`): only
        // the word is skipped, and what follows it read again (`Et comme le
        // notaire objectait, elle reprit`)
        if is_connective(first) && head.split_whitespace().nth(1).is_some() {
            let word_end = seg.start + head.find(char::is_whitespace).unwrap_or(head.len());
            s = next_non_space(text, word_end, end).map_or(word_end, |(k, _)| k);
            continue;
        }
        s = comma + 1;
    }
    s
}

/// The person a cleft sentence puts forward before `qui` (`C'est Églantine
/// qui parle`, `Ce fut Roger qui répondit`), when the clause opens with it.
fn cleft_subject(words: &Words<'_>, clause: usize, qui: usize, lex: &Lexicon) -> Option<Span> {
    let text = words.text();
    let head = text[clause..qui].trim_start_matches(is_space);
    let from = qui - head.len();
    let lowered: String = head.chars().take(16).flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect();
    let opener = ["c'est ", "c'était ", "ce fut ", "ce sont ", "ce furent ", "ce fut alors ", "c'est alors "]
        .into_iter()
        .filter(|o| lowered.starts_with(o))
        .max_by_key(|o| o.len())?;
    let at = from + head.char_indices().nth(opener.chars().count()).map_or(head.len(), |(b, _)| b);
    let end = trim_span(text, at, qui).end;
    phrase_after(words, at, end, lex).filter(|p| p.end == end)
}

/// True when `between` holds `que` or `qu'` as a word: an object relative (or
/// a completive) opens there.
fn opens_object_relative(between: &str) -> bool {
    between
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| w == "que" || w.starts_with("qu'") || w.starts_with("qu’"))
}

/// The last of `patterns` in `text`: its offset and its length.
fn last_of(text: &str, patterns: &[&str]) -> Option<(usize, usize)> {
    patterns.iter().filter_map(|p| text.rfind(p).map(|k| (k, p.len()))).max_by_key(|(k, _)| *k)
}

/// True for the impersonal `on`, with its euphonic article or not (`on`,
/// `l'on`).
fn is_impersonal_on(words: &str) -> bool {
    words.eq_ignore_ascii_case("on") || matches!(words, "l'on" | "l’on" | "L'on" | "L’on")
}

/// Where `qui` starts when it is the subject of the verb at `verb`, with only
/// clitics or an auxiliary between them (`qui parle`, `qui lui dit`, `qui a dit`).
fn relative_before(text: &str, from: usize, verb: usize) -> Option<usize> {
    let mut end = verb;
    loop {
        let head = text[from..end].trim_end_matches(is_space).trim_end_matches(['\'', '’']);
        let ws = head
            .rfind(|c: char| !crate::text::is_word_char(c))
            .map_or(0, |k| k + head[k..].chars().next().map_or(1, char::len_utf8));
        let word = &head[ws..];
        if word.is_empty() {
            return None;
        }
        if word.eq_ignore_ascii_case("qui") {
            return Some(from + ws);
        }
        let word = lower(word);
        let clitic = matches!(
            &*word,
            "lui"
                | "leur"
                | "me"
                | "te"
                | "nous"
                | "vous"
                | "se"
                | "s"
                | "l"
                | "m"
                | "t"
                | "y"
                | "en"
                | "ne"
                | "n"
                | "le"
                | "la"
                | "les"
        ) || AUXILIARIES.contains(&&*word);
        if !clitic {
            return None;
        }
        end = from + ws;
    }
}

/// The last subject pronoun of a stretch of narration (`il`, `elle`, `ils`,
/// `elles`, not after a preposition: `avec elle` is no subject).
fn last_subject_pronoun(toks: &[Tok<'_>]) -> Option<Span> {
    toks.iter().enumerate().rev().find_map(|(k, t)| {
        // (not an impersonal `il`: `s'il y aurait appel`, `il faut le dire`)
        let verb_follows = toks.get(k + 1).is_some_and(|n| n.word && !(t.text.eq_ignore_ascii_case("il") && is_impersonal(n)));
        (phrase::is_free_subject_pronoun(toks, k) && verb_follows).then(|| Span::new(t.start, t.end))
    })
}
/// Words that link a sentence to the one before (`Mais`, `Puis`, `Alors`),
/// written before the subject.
pub(crate) fn is_connective(word: &str) -> bool {
    matches!(
        &*lower(word),
        "mais"
            | "puis"
            | "alors"
            | "et"
            | "or"
            | "donc"
            | "enfin"
            | "ensuite"
            | "ainsi"
            | "cependant"
            | "pourtant"
            | "néanmoins"
            | "toutefois"
            | "soudain"
            | "aussitôt"
            | "bientôt"
            | "car"
            | "ici"
    )
}

fn is_pronoun(s: &str) -> bool {
    let l = lower(s);
    PRONOUNS.contains(&&*l) || matches!(&*l, "ce dernier" | "cette dernière")
}

/// True when the pronoun `pronoun` and the speaker `speaker` (a pronoun or a
/// name) show two genders: two people (`lui` and `elle`, `elle` and `M. Roux`).
fn other_gender(pronoun: &str, speaker: &str) -> bool {
    match (resolve::pronoun_feminine(pronoun), resolve::shown_feminine(speaker)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    }
}

/// False when [`Attributor::next_sentence_cue`] reads nothing in the sentence
/// `s`: its first sixty characters hold no `c'est ` (in any case, with `'` or
/// `’`), and it opens on none of `voilà ce qu`, `voici ce qu`, `ainsi `. (No character but
/// these letters lowers to them.)
fn may_open_cue_sentence(s: &str) -> bool {
    if starts_with_lower(s, "voilà ce qu")
        || starts_with_lower(s, "voilà du moins ce qu")
        || starts_with_lower(s, "voici ce qu")
        || starts_with_lower(s, "ainsi ")
    {
        return true;
    }
    let head = &s.as_bytes()[..s.char_indices().nth(60).map_or(s.len(), |(b, _)| b)];
    memchr::memchr2_iter(b'c', b'C', head).any(|k| {
        let rest = &head[k + 1..];
        let rest = rest.strip_prefix(b"'").or_else(|| rest.strip_prefix("’".as_bytes()));
        rest.is_some_and(|r| r.len() >= 4 && r[..4].eq_ignore_ascii_case(b"est "))
    })
}

/// True when `s` in lower case starts with `prefix` (written in lower case),
/// without lowering more of `s` than the prefix needs.
fn starts_with_lower(s: &str, prefix: &str) -> bool {
    let mut lowered = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

fn same_words(text: &str, a: Span, b: Option<Span>) -> bool {
    b.is_some_and(|b| text[a.range()].eq_ignore_ascii_case(&text[b.range()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_tells_the_speakers_sex_only_by_words_that_agree() {
        let rows: &[(&str, Option<bool>)] = &[
            ("Je suis seule avec lui, voilà tout.", Some(true)),
            ("Non, je me suis trompée de porte.", Some(true)),
            ("J'étais vraiment fatiguée hier.", Some(true)),
            ("Je suis désolé, je ne savais pas.", Some(false)),
            ("Je suis sûr de moi.", Some(false)),
            ("Je suis pas heureux ici.", Some(false)),
            // (an adjective of both sexes, a place, no copula: nothing told)
            ("Je suis triste.", None),
            ("Je suis là depuis une heure.", None),
            ("Tu es partie trop tôt.", None),
        ];
        for &(words, want) in rows {
            assert_eq!(speaks_feminine(words), want, "{words}");
        }
    }

    #[test]
    fn one_person_is_named_whole_or_by_the_end_of_the_name() {
        assert!(same_person("Vasseur", "le commissaire Vasseur"));
        assert!(same_person("Claire Roux", "claire roux"));
        assert!(!same_person("Roux", "Leroux"));
        assert!(!same_person("Marc", "Marc Roux Junior"));
    }

    #[test]
    fn a_title_before_a_name_calls_it_after_any_character() {
        // the docteur of `Le docteur Lemoine`, and no panic when a character of
        // several bytes stands right before the name
        let text = "Alors, docteur ? Le docteur Lemoine. «Lemoine» —Lemoine";
        let v = Span::new(7, 14);
        let words = Words::new(text);
        assert!(calls(&words, v, Span::new(28, 35)));
        for (k, _) in text.match_indices("Lemoine").skip(1) {
            assert!(!calls(&words, v, Span::new(k, k + 7)));
        }
    }

    #[test]
    fn a_given_name_calls_the_surname_of_a_full_name_written_anywhere() {
        // `Ernest` calls `Chabrand` once the text writes `Ernest Chabrand`, and
        // only then; the name may open a line or follow an apostrophe
        for (text, full) in [
            ("La lettre d'Ernest Chabrand. Chabrand entra. Ernest, viens !", true),
            ("Ernest Chabrand entra. Chabrand salua. «Ernest, viens !»", true),
            ("Ernest Dupuis entra. Chabrand salua. «Ernest, viens !»", false),
            ("Ernest, Chabrand entra. Chabrand salua. «Ernest, viens !»", false),
        ] {
            let words = Words::new(text);
            let v = text.rfind("Ernest").map(|k| Span::new(k, k + "Ernest".len())).expect("a call");
            let who = text.rfind("Chabrand").map(|k| Span::new(k, k + "Chabrand".len())).expect("a surname");
            assert_eq!(calls(&words, v, who), full, "{text}");
        }
    }

    #[test]
    fn clause_starts_as_matches() {
        let texts = [
            "Il a dit, tandis que Paul, et Marie ; puis — non — – oui –, alors que, mais , et",
            " tandis que tandis que tandis que  — — – – ; ; ;; ,, et, et , mais, mais",
            "a tandis que b,tandis que c, tandis que d — e —— f – g ’ h — ",
            "",
            ", et",
            " — ",
        ];
        // each pattern's matches as `match_indices` finds them (leftmost, no overlap)
        fn check<const N: usize>(t: &str, patterns: &[&str; N]) {
            let mut want: Vec<(usize, &str)> = patterns.iter().flat_map(|p| t.match_indices(p)).collect();
            let mut got = Vec::new();
            for_each_match(t, patterns, |k, p| got.push((k, p)));
            want.sort();
            got.sort();
            assert_eq!(got, want, "{t:?}");
        }
        let subordinate = [" quand ", " lorsque ", " lorsqu'", " lorsqu’", " que ", " qu'", " qu’"];
        for t in texts.iter().copied().chain(["Il dit que que, quand  quand lorsqu’il, qu'elle que  que"]) {
            check(t, &CLAUSE_STARTS);
            check(t, &subordinate);
        }
    }

    #[test]
    fn cue_sentences_told_without_lowering() {
        // what `next_sentence_cue` reads: `c'est ` in the first sixty characters
        // lowered, or an opener at the start
        let reads = |s: &str| {
            let lower: String =
                s.chars().take(60).flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect();
            lower.contains("c'est ") || ["voilà ce qu", "ainsi "].iter().any(|o| lower.starts_with(o))
        };
        let long = format!("{}c'est X qui l'a dit.", "é".repeat(55));
        let sentences = [
            "C'est ce qu'a dit X.",
            "Et C’EST X qui parle.",
            "VOILÀ CE QUE dit X.",
            "Ainsi parla X.",
            "Ainsi, X parla.",
            "İl dit que c'est vrai.",
            "Le ministre a parlé.",
            "c'est",
            "cést là",
            &long,
            "",
        ];
        for s in sentences {
            assert_eq!(may_open_cue_sentence(s), reads(s), "{s:?}");
        }
    }
}
