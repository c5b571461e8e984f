//! Who a mention refers to: pronouns (`il`, `-t-elle`, `ce dernier`), definite
//! descriptions (`le ministre`) and surnames (`Molina`) are linked to an entity
//! named earlier in the document, by recency, gender and number; each mention
//! then carries the entity's fullest name.
//!
//! The candidates are the speakers and sources already attributed and the
//! subjects of the sentences before the mention. A pronoun never refers to a
//! mention inside its own quotation.

use super::phrase::{HONORIFICS, Words, class, phrase_after};
use super::sentence::Sentences;
use crate::cue::Lexicon;
use crate::cue::WordHashBuild;
use crate::model::Quote;
use crate::span::Span;
use crate::text::lower;

/// Grammatical gender, when the words tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    Unknown,
}

/// Where a candidate was seen: the speaker of a quotation and the subject of
/// a sentence are more salient than a name met elsewhere in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Speaker,
    Subject,
    Named,
}

/// A phrase that names or describes someone, and what it tells of them.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    span: Span,
    /// The proper name inside the phrase (`Dmitri Peskov` in `le porte-parole
    /// du Kremlin, Dmitri Peskov`), or the entity's name when resolved.
    name: Option<Span>,
    gender: Gender,
    plural: bool,
    role: Role,
    /// A person or a body that can speak (a name, an honorific, a head noun
    /// such as `ministre`, `avocate`, `syndicat`), not `la réforme` or `le ciel`.
    person: bool,
    /// `name` is a proper name ([`is_proper`]): read once, where the
    /// candidate is made, rather than each time an alias looks back at it.
    proper: bool,
}

/// True when `name` is set and a proper name ([`is_proper`]).
fn proper(text: &str, name: Option<Span>) -> bool {
    name.is_some_and(|n| is_proper(&text[n.range()]))
}

/// [`proper`] of a name read from `toks`: one that opens on a capitalised word
/// of them, no determiner, is proper without its words being split and looked
/// up again (its first word, were it a determiner, would be letters only, and
/// so that token's text).
fn proper_in(text: &str, toks: &[super::phrase::Tok<'_>], name: Option<Span>) -> bool {
    name.is_some_and(|n| {
        let k = toks.partition_point(|t| t.start < n.start);
        let opens = toks
            .get(k)
            .is_some_and(|t| t.start == n.start && t.end <= n.end && t.word && capital_first(t.text) && !t.is(class::DETERMINER));
        opens || is_proper(&text[n.range()])
    })
}

/// Fills `name` on every speaker and source mention of `quotes` that refers to
/// an entity named in the document; returns the name of a first-person
/// narrator, when the text gives it.
pub(crate) fn resolve<'a>(
    doc: &Words<'a>,
    quotes: &mut [Quote<'a>],
    sentences: &Sentences,
    speech: &[Span],
    lex: &Lexicon,
) -> Option<Span> {
    let text = doc.text();
    // only the sentences just before an anaphor or a description are read for
    // their subjects, and the names only before `ce dernier`: most sentences
    // of a long text are never needed
    // (a mark per sentence, rather than a list to sort: the windows overlap)
    let mut wanted: Vec<bool> = Vec::new();
    let mut name_windows: Vec<Span> = Vec::new();
    for q in quotes.iter() {
        for m in [&q.speaker, &q.source].into_iter().flatten() {
            let words = m.mention;
            // (or after `au`, its article joined to `à`: `Quant au maire, il…`)
            let definite = words.split([' ', '\'', '’']).next().is_some_and(|w| is_short_ascii(w, &["le", "la", "l", "les"]))
                || contracted_article(text, m.span.start);
            // a surname alone, or after an honorific (`Quiroga`, `M. Castagnet`)
            let short_name = || {
                let mut w = words.split_whitespace();
                match (w.next(), w.next(), w.next()) {
                    (Some(_), None, _) => capital_first(words),
                    (Some(first), Some(_), None) => is_listed_honorific(first.trim_end_matches('.')),
                    _ => false,
                }
            };
            let anaphor = is_anaphor(words) || is_possessive(words) || is_group(words);
            // (a title called alone: `comte`, `capitaine`)
            let title = || words.starts_with(char::is_lowercase) && super::is_rank(words);
            if anaphor || definite || short_name() || title() {
                if let Some(k) = sentences.index_of(m.span.start) {
                    if wanted.len() <= k {
                        wanted.resize(k + 1, false);
                    }
                    wanted[k.saturating_sub(SENTENCES_BACK)..=k].fill(true);
                    // a pronoun may take up a character named pages before
                    // (fiction): names are read far back, each byte once
                    let far = if anaphor || definite { FAR_NAMES } else { 2000 };
                    let near = super::ceil_boundary(text, m.span.start.saturating_sub(600));
                    let far = super::ceil_boundary(text, m.span.start.saturating_sub(far));
                    let from = sentences.get(k.saturating_sub(3)).map_or(0, |s| s.start).min(near).max(far);
                    name_windows.push(Span::new(from, m.span.start));
                }
            }
        }
    }
    // (an animal named as the speaker of a cue: the text is a tale or a fable)
    let animals_speak = quotes.iter().filter_map(|q| q.speaker.as_ref()).any(|m| {
        let mut words = m.mention.split([' ', '\'', '’']).filter(|w| !w.is_empty());
        words.next().is_some_and(|d| super::phrase::is_determiner(&lower(d)))
            && words.next().is_some_and(|h| {
                let h = lower(h);
                is_animal(&h) || h.strip_suffix('s').is_some_and(is_animal)
            })
    });
    let genders = Genders::new(doc, speech, animals_speak);
    // the subjects of those sentences, in text order; a pronoun subject
    // (`Il s'est fixé…`) stands for its antecedent and is resolved in turn
    // the named subject of a clause coordinated after a sentence's own (`Laurence
    // fit l'autre, et Pauline se trouva coiffée`): the later one is the nearer
    // (the subject may open past the bound of a long sentence)
    let coordinated = |mut from: usize, bound: usize, out: &mut Vec<Candidate>| {
        while let Some((k, conj)) = crate::text::find_clause_conjunction(&text[from..bound]) {
            from += k + conj;
            let at = super::skip_adverbials(text, from, bound);
            let Some((mut at, _)) = crate::text::next_non_space(text, at, bound) else { break };
            // (an adverb with no comma: `et bientôt Armelle se trouva`)
            if let [adverb, next, ..] = &*doc.window(at, bound, 2) {
                if super::phrase::is_sentence_adverb(&lower(adverb.text)) && next.word {
                    at = next.start;
                }
            }
            let Some(p) = phrase_after(doc, at, bound, lex) else { continue };
            // (a person named, then its verb: not `, et de ses amis`)
            let verb_next = doc.window(p.end, bound, 1).first().is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase));
            if !verb_next || overlaps_any(speech, p) || is_anaphor(&text[p.range()]) {
                continue;
            }
            // (a subordinate clause's subject may be a description: `, tandis
            // que la présidente de l'Assemblée tentait…`)
            let subordinate = text[from - conj..from].contains(" que ") || text[from - conj..from].contains(" qu'");
            // (or a person described, `; le chevalier ôta son chapeau`)
            // (after a semicolon only: `, et sa mère…` may restate the one named)
            let described = || {
                text[from - conj..from].contains(';')
                    && doc.window(p.start, p.end, 1).first().is_some_and(|t| t.is(class::DETERMINER))
                    && names_person(doc, p)
            };
            if let Some(c) = candidate(p, &genders).filter(|c| c.person && (c.name.is_some() || subordinate || described())) {
                out.push(Candidate { role: Role::Subject, ..c });
            }
        }
    };
    let mut subjects: Vec<Candidate> = Vec::new();
    let mut pronoun_subjects: Vec<Span> = Vec::new();
    for k in (0..wanted.len()).filter(|&k| wanted[k]) {
        let Some(s) = sentences.get(k) else { continue };
        let bound = super::floor_boundary(text, s.end.min(s.start + 400));
        // (a sentence that opens on a quotation: the clauses after it, `«…»,
        // scandaient des députés, tandis que la présidente tentait…`)
        if inside(speech, Span::new(s.start, s.start + 1)) {
            let k = speech.partition_point(|q| q.end <= s.start);
            if let Some(q) = speech.get(k).filter(|q| q.end < bound) {
                coordinated(q.end, bound, &mut subjects);
            }
            continue;
        }
        let clause = super::skip_adverbials(text, s.start, bound);
        let mut start = crate::text::next_non_space(text, clause, s.end).map_or(clause, |(p, _)| p);
        // (the one a presentative brings on: `C'était le Tondeur, un colosse…`,
        // `Voici le notaire.`)
        if let Some(p) = ["C'était ", "C’était ", "Ce fut ", "C'est ", "C’est ", "Voici ", "Voilà "]
            .iter()
            .find_map(|p| text[start..s.end].strip_prefix(p).map(|rest| s.end - rest.len()))
        {
            // (a definite article: `C'était un petit homme effacé` describes the one
            // just named, it brings on nobody)
            if doc.window(p, s.end, 1).first().is_some_and(|t| super::phrase::lower_is(t.text, &["le", "la", "les", "l"])) {
                start = p;
            }
        }
        // (a connective before the subject: `Ensuite la servante entra.`)
        if let [first, next, ..] = &*doc.window(start, s.end, 2) {
            if super::is_connective(first.text) && next.word && next.is(class::DETERMINER) {
                start = next.start;
            }
        }
        // a description detached before a pronoun subject (`Ancienne aide-soignante,
        // elle…`, `Actionnaire à 40 %, il…`): the pronoun is the subject
        if let Some(comma) = text.get(start..bound).and_then(|h| h.find(',')) {
            let head = &text[start..start + comma];
            if let Some((p, _)) = crate::text::next_non_space(text, start + comma + 1, s.end) {
                let w = &text[p..text[p..s.end].find(|c: char| !c.is_alphabetic()).map_or(s.end, |e| p + e)];
                // (a long one too when no verb stands in it: `Fille d'un artisan
                // couvreur de la Creuse, elle…`, `Troisième de l'étape à douze
                // secondes, il…`)
                let words = head.split_whitespace().count();
                let verbless = || {
                    head.split(|c: char| !c.is_alphabetic()).all(|w| {
                        !super::phrase::looks_finite(w) && !matches!(w, "est" | "a" | "sont" | "ont" | "était" | "avait")
                    })
                };
                // (or a phrase with its determiner after an attribute that is no
                // name: `Ancienne couturière, la centenaire a gardé…`)
                let attribute_before = || {
                    let first = head.split([' ', '\'', '’']).next().unwrap_or("");
                    matches!(w, "le" | "la" | "les" | "l" | "un" | "une")
                        && words <= 8
                        && verbless()
                        && !is_first_name(first)
                        && !genders.is_proper_noun(&text[start..start + first.len()], start)
                        && !super::phrase::is_determiner(first)
                        && !is_honorific(first)
                        && !is_honorific(&lower(first))
                        && !head.split_whitespace().skip(1).any(|x| x.starts_with(char::is_uppercase))
                        && crate::cue::prepositional_cue(head).is_none()
                };
                if !head.contains([':', ';', '«', '"']) && !super::phrase::is_third_person(w) && attribute_before() {
                    start = p;
                } else if super::phrase::is_third_person(w)
                    && (words <= 6 || words <= 14 && verbless())
                    && !head.contains([':', ';', '«', '"'])
                {
                    // (but `Quant au commissaire, il…` takes up the one it names:
                    // the phrase after `à`, or the noun after `au`)
                    let topic = super::phrase::topic_opening(head).map(|len| start + len).filter(|&t| t < start + comma);
                    start = topic.unwrap_or(p);
                }
            }
        }
        // `Pour la directrice de l'hôpital, Sandrine Léger, …`: the phrase after the cue
        if let Some((len, _)) = crate::cue::prepositional_cue(&text[start..s.end]) {
            start = crate::text::next_non_space(text, start + len, s.end).map_or(start, |(p, _)| p);
        }
        let subject = super::phrase::fronted_object_subject(doc, s.start, s.end, lex)
            .or_else(|| phrase_after(doc, start, s.end, lex).map(|p| verbless_cut(doc, p, s.end)));
        // (a pronoun that takes up the phrase before it: `Ma mère, elle, ne
        // voulait rien entendre`: the phrase)
        let subject = subject.map(|p| {
            let lead = crate::text::next_non_space(text, s.start, p.start).map_or(s.start, |(k, _)| k);
            let before = text[lead..p.start].trim_end_matches(crate::text::is_space);
            let dislocated = before
                .strip_suffix(',')
                .filter(|_| is_anaphor(&text[p.range()]))
                .and_then(|b| phrase_after(doc, lead, lead + b.len(), lex))
                .filter(|x| text[x.end..p.start].trim_matches(|c: char| crate::text::is_space(c) || c == ',').is_empty())
                // (a person: a phrase with its determiner, or a given name; not
                // `Bref, il…`)
                .filter(|x| {
                    doc.window(x.start, x.end, 1).first().is_some_and(|t| t.is(class::DETERMINER) || is_first_name(t.text))
                        && names_person(doc, *x)
                });
            dislocated.unwrap_or(p)
        });
        if let Some(p) = subject.filter(|p| !is_preposition(&text[p.range()])) {
            if overlaps_any(speech, p) {
                continue;
            }
            // (a single capitalised word that opens the sentence, no given name
            // and never written with its capital inside a sentence, is a noun:
            // `Copeaux au sol, odeur de vernis : …`)
            let words = &text[p.range()];
            let capital_noun = words.chars().all(char::is_alphabetic)
                && words.starts_with(char::is_uppercase)
                && crate::text::next_non_space(text, s.start, s.end).is_some_and(|(k, _)| k == p.start)
                && !is_first_name(words)
                // (before a preposition, not its verb: `Noël tirait Douce`; or an
                // adverb, or before a pronoun that no name stands before: `Vraiment
                // ça.`, `Juste ça.`)
                && (words.ends_with("ment")
                    || doc.window(p.end, s.end, 1).first().is_some_and(|n| {
                        super::phrase::lower_is(n.text, &["au", "aux", "à", "du", "de", "des", "en", "sur", "dans", "sous", "ça", "cela"])
                    }))
                && !genders.is_proper_noun(words, p.start);
            if is_anaphor(words) {
                pronoun_subjects.push(p);
            } else if capital_noun {
                continue;
            } else if let Some(mut c) = candidate(p, &genders) {
                // the subject of a reporting verb used as one (its sentence or
                // clause ends there, or it reports with `que` or a colon) can
                // speak, whatever its noun (`Le délégué syndical a réagi.`; not
                // `La lampe jetait une clarté douce`)
                if !c.person && !c.plural {
                    let after = crate::text::next_non_space(text, p.end, s.end).map_or(p.end, |(q, _)| q);
                    c.person = crate::cue::reporting_verb_group(&text[after..s.end], lex).is_some_and(|g| {
                        let rest = text[after + g.len..].trim_start_matches(crate::text::is_space);
                        !g.negated
                            && (rest.is_empty()
                                || rest.starts_with(['.', ':', ';', ',', '«', '!'])
                                || rest.starts_with("que ")
                                || rest.starts_with("qu'")
                                || rest.starts_with("qu’")
                                // (or its time, its place: `a réagi dans la soirée`, `mardi`)
                                || doc.window(after + g.len, s.end, 1).first().is_some_and(|t| {
                                    t.is(class::WEEKDAY) || super::phrase::lower_is(t.text, &["dans", "lors", "sur", "devant", "auprès", "hier"])
                                }))
                    });
                }
                subjects.push(Candidate { role: Role::Subject, ..c });
            }
        }
        coordinated(start.min(bound), bound, &mut subjects);
    }
    subjects.sort_by_key(|c| c.span.start);
    // the names of two capitalised words or more (or one, when it is known to
    // be a first name) before each anaphor
    let mut names: Vec<Candidate> = Vec::new();
    // overlapping windows are merged, so that each byte is read once
    name_windows.sort_by_key(|w| w.start);
    let mut merged: Vec<Span> = Vec::new();
    for w in name_windows {
        match merged.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => merged.push(w),
        }
    }
    for w in merged {
        names.extend(name_runs(w, speech, &genders));
    }
    names.sort_by_key(|c| c.span.start);
    names.dedup_by_key(|c| (c.span.start, c.span.end));
    // the people named as speakers anywhere in the document: the characters
    // who speak most are the main ones (`reprit la Zambinella`)
    // (their spans only: they are read when a main character is asked for)
    let named_speakers: Vec<Span> = quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .filter(|m| !is_anaphor(m.mention) && !is_personal(m.mention))
        .map(|m| m.span)
        .collect();
    let ctx = Context {
        text,
        sentences,
        named_speakers: &named_speakers,
        names: &names,
        speech,
        genders: &genders,
        protagonists: std::cell::OnceCell::new(),
        excluded: std::cell::Cell::new(None),
        lex,
    };
    // a first-person narrator is named by the others' lines that call them
    let narrator = quotes
        .iter()
        .any(|q| q.depth == 0 && q.speaker.as_ref().is_some_and(|m| is_first_person(m.mention)))
        .then(|| narrator_name(doc, quotes, speech))
        .flatten();
    // (and, for the pronouns of the third person, which never take the narrator
    // up, the narrator of a text whose narrator speaks no line: `Je m'appelle
    // Antoine… mon père… Il me l'avait dit`)
    let narrator_any = narrator.or_else(|| self_named(doc, |k| !inside(speech, Span::new(k, k + 1))));
    // speakers, resolved in text order, join the candidates (relays do not
    // speak: a pronoun subject never refers to one)
    let mut resolved: Vec<Candidate> = Vec::new();
    let mut next_pronoun = 0;
    // the end of the last line of speech and the name its speaker took
    let mut last_turn: Option<(usize, Option<&'a str>, bool)> = None;
    // the words of that line, whose vocative names who answers it
    let mut last_words: Option<Span> = None;
    // the named speaker of the last turn, by its mention
    let mut last_named: Option<Span> = None;
    // the words of the quotations and turns, incises included (a pronoun in
    // them may take up a person they name)
    let outer_words: Vec<Span> = quotes.iter().filter(|q| q.depth == 0).map(|q| q.text_span).collect();
    // the relay of the last quotation with a speaker (`la même source` takes it up)
    let mut prev_source: Option<Span> = None;
    // the subjects are read before the mentions only: they are moved into the
    // list as the quotations are read, so that the pronoun subjects inserted
    // among them shift a few at the end of the list, not the rest of the text
    let later = std::mem::take(&mut subjects);
    let mut next_later = 0;
    for q in quotes.iter_mut() {
        let bound = [q.speaker.as_ref(), q.source.as_ref()].into_iter().flatten().fold(q.span.end, |b, m| b.max(m.span.end));
        while let Some(c) = later.get(next_later).filter(|c| c.span.start < bound) {
            subjects.push(*c);
            next_later += 1;
        }
        // a pronoun in the incise of a line that answers another (`— Oui,
        // répondit-il.` after `demanda Pierre`) is not the one who just spoke,
        // unless the verb carries on (`ajouta-t-il`)
        let opens_line = || {
            // (the line start is looked for a little way back only: linear time)
            let from = super::ceil_boundary(text, q.span.start.saturating_sub(16));
            let line_start = text[from..q.span.start].rfind('\n').map(|k| from + k + 1).or((from == 0).then_some(0));
            line_start
                .is_some_and(|l| text[l..q.span.start].chars().all(|c| crate::text::is_space(c) || matches!(c, '—' | '–' | '-')))
        };
        let answered = last_turn
            // (dialogue turns: news quotes one speaker in paragraph after paragraph)
            .filter(|&(end, _, dash)| {
                dash && q.marks == crate::model::Marks::Dash
                    && q.depth == 0
                    && opens_line()
                    && text.get(end..q.span.start).is_some_and(|b| b.contains('\n'))
                    && super::follows(text, end, q.span.start)
            })
            .and_then(|(_, name, _)| name)
            // (the incise after or inside the line: `— Oui, répondit-il.`; a line
            // introduced by narration is resolved by it)
            .filter(|_| q.cue.as_ref().is_some_and(|c| c.span.start > q.span.start && !is_continuation(c.text)));
        // (nor the one the line itself calls by name: `« Professeur, dit-il, … »`
        // is not the professor's)
        let own_call = || {
            let pronoun = q.speaker.as_ref().is_some_and(|m| is_pronoun_mention(m.mention) && !is_first_person(m.mention));
            pronoun.then(|| super::vocative(doc, q.text_span, true, false)).flatten().map(|v| &text[v.range()])
        };
        ctx.excluded.set(answered.or_else(|| if q.depth == 0 { own_call() } else { None }));
        // (a pronoun after `selon`, `d'après` is not the subject its own
        // sentence describes by the words quoted: `Le parti est «une maison
        // saine», selon lui.`; it may be the subject that acts, `Le technicien
        // conteste le but, inscrit selon lui «…»`)
        if ctx.excluded.get().is_none() {
            if let Some(m) = q.speaker.as_ref().filter(|m| matches!(m.mention, "lui" | "elle" | "eux" | "elles")) {
                let before = text[..m.span.start].trim_end_matches(crate::text::is_space);
                if ["selon", "d'après", "d’après", "Selon", "D'après", "D’après"].iter().any(|p| before.ends_with(p)) {
                    let k = sentences.index_of(m.span.start);
                    let own = subjects
                        .iter()
                        .rev()
                        .find(|c| c.span.end <= q.span.start && k.is_some() && sentences.index_of(c.span.start) == k);
                    let described = own.filter(|c| {
                        let gap = &text[c.span.end..q.span.start];
                        gap.len() <= 60
                            && gap.split(|ch: char| !ch.is_alphabetic()).any(|w| {
                                matches!(
                                    w,
                                    "est"
                                        | "sont"
                                        | "était"
                                        | "étaient"
                                        | "sera"
                                        | "serait"
                                        | "reste"
                                        | "restent"
                                        | "demeure"
                                        | "semble"
                                        | "paraît"
                                        | "devient"
                                )
                            })
                    });
                    ctx.excluded.set(described.map(|c| &text[c.span.range()]));
                }
            }
        }
        // (the person that line called by name: `— Je vous tiens, Lupin !` then
        // `— Vous croyez ? ricana-t-il.`)
        let called = answered.and(last_words).and_then(|w| super::vocative(doc, w, false, false));
        // (the one who spoke the turn before goes on after narration that gives
        // no subject of its own: `— Tais-toi, fit Paul.` `Puis, se tournant vers
        // l'hôte :` `— Mon cher, reprit-il, …`)
        let continued = last_turn
            .filter(|&(end, _, dash)| {
                dash && q.marks == crate::model::Marks::Dash
                    && q.depth == 0
                    && opens_line()
                    // (the lines after the one of that turn, its incise left)
                    && text.get(end..q.span.start).and_then(|b| b.split_once('\n')).is_some_and(|(_, b)| subjectless_beat(b))
            })
            .and(last_named);
        // (the relay of the words is not their speaker: `Le quotidien indique
        // qu'il aurait qualifié…`, `La même source rapporte qu'il…`)
        let relay: Option<&str> = q.source.as_ref().map(|s| {
            let words = &text[s.span.range()];
            let same = words.ends_with("même source");
            let held = same.then(|| last_holder_phrase(doc, s.span.start, speech, lex).or(prev_source)).flatten();
            held.map_or(words, |h| &text[h.range()])
        });
        for (is_speaker, m) in [(true, &mut q.speaker), (false, &mut q.source)] {
            let Some(m) = m else { continue };
            let here = m.span;
            // the pronoun subjects before this mention take their antecedents first
            while let Some(&p) = pronoun_subjects.get(next_pronoun).filter(|p| p.end <= here.start) {
                next_pronoun += 1;
                let words = &text[p.range()];
                // (a person only: `Sa méfiance revenait. Elle…` does not chain)
                if let Some(c) = ctx.antecedent(words, p, p, &subjects, &resolved).filter(|c| c.person) {
                    let (gender, plural) = pronoun_agreement(words).unwrap_or((c.gender, c.plural));
                    let name = Some(c.name.unwrap_or(c.span));
                    let at = subjects.partition_point(|s| s.span.start < p.start);
                    let proper = proper(text, name);
                    subjects.insert(at, Candidate { span: p, name, gender, plural, role: Role::Subject, person: true, proper });
                }
            }
            let words = &text[here.range()];
            if let Some(n) = narrator.filter(|_| is_speaker && q.depth == 0 && is_first_person(words)) {
                m.name = Some(&text[n.range()]);
                continue;
            }
            // a letter headed `Du même aux mêmes :` or `Idem.` is the last writer's
            // (and `la même source`, relay or speaker, the last source)
            let same = {
                // (compared in place, not lowered)
                let mut w = words.split(' ').map(|w| w.trim_end_matches('.'));
                match (w.next(), w.next()) {
                    (Some(a), _) if is_short_ascii(a, &["idem"]) => true,
                    // (`cette même source`)
                    (Some(a), Some(b)) => {
                        (is_short_ascii(a, &["du", "le", "la"]) || super::phrase::lower_is(a, &["cette"]))
                            && super::phrase::lower_is(b, &["même"])
                    }
                    _ => false,
                }
            };
            // (a possessive is a speaker's mention only for the owner of words)
            let anaphor = is_anaphor(words) || is_speaker && (is_possessive(words) || is_group(words));
            // `répondit l'autre`: the person of the scene who did not just speak
            let other = is_speaker && q.depth == 0 && matches!(words, "l'autre" | "l’autre" | "L'autre" | "L’autre");
            let found = if same {
                // (`la même source`: the last one the text called a source)
                // (or the one a sentence before gave as its source, `Selon la préfecture,
                // aucun blessé…`, when nearer than the last speaker)
                let source = words.rsplit(' ').next().is_some_and(|w| super::phrase::lower_is(w, &["source"]));
                let last = resolved.iter().rev().find(|c| c.span.end <= here.start);
                let holder = source
                    .then(|| last_holder_phrase(doc, here.start, speech, lex))
                    .flatten()
                    .filter(|h| last.is_none_or(|c| h.start > c.span.end));
                source
                    .then(|| holder.or(prev_source).or_else(|| last_source_phrase(doc, here.start, speech, lex)))
                    .flatten()
                    .and_then(|s| candidate(s, &genders).map(|c| Candidate { name: Some(s), ..c }))
                    .or_else(|| resolved.last().map(|c| Candidate { name: Some(c.name.unwrap_or(c.span)), ..*c }))
            } else if other {
                let last = last_turn.and_then(|(_, name, _)| name);
                ctx.excluded.set(last.or(ctx.excluded.get()));
                let found = ctx
                    .antecedent("il", here, q.span, &subjects, &resolved)
                    .or_else(|| ctx.antecedent("elle", here, q.span, &subjects, &resolved));
                found.filter(|c| c.name.is_some() && last.is_none_or(|l| text[c.name.unwrap_or(c.span).range()] != *l))
            } else if anaphor {
                let agrees = |v: Span| {
                    pronoun_agreement(words).is_some_and(|(g, plural)| {
                        let of = genders.of(v);
                        !plural && (g == Gender::Unknown || of == Gender::Unknown || of == g)
                    })
                };
                match called.or(continued).filter(|v| is_speaker && agrees(*v)) {
                    Some(v) => candidate(v, &genders).map(|c| Candidate { name: Some(v), ..c }),
                    None if inside(speech, here)
                        && let Some(p) = named_in_speech(doc, &outer_words, here, words, &genders, lex) =>
                    {
                        candidate(p, &genders).map(|c| Candidate { name: Some(p), ..c })
                    }
                    None => {
                        let found = ctx.antecedent(words, here, q.span, &subjects, &resolved);
                        // (a pronoun of the third person is not the first-person
                        // narrator, whatever the others call them: `Il me l'avait
                        // dit`; nor the one its own line calls by name, `Elle
                        // disait : — Je ne peux plus, Rose.`, when no line before
                        // is answered; the line is read only when it holds the name)
                        let own = narrator_any.map(|n| &text[n.range()]);
                        let called_here = |c: &Candidate| {
                            let name = &text[c.name.unwrap_or(c.span).range()];
                            let last = name.rsplit(' ').next().unwrap_or(name);
                            (is_speaker && q.depth == 0 && answered.is_none() && text[q.text_span.range()].contains(last))
                                .then(|| super::vocative(doc, q.text_span, false, false))
                                .flatten()
                                .map(|v| &text[v.range()])
                                .filter(|v| ctx.same_entity(c, v))
                        };
                        // (nor, inside someone's words, that speaker: `« Il m'a dit :
                        // “…” »` is someone the speaker speaks of)
                        let enclosing = last_turn
                            .and_then(|(_, name, _)| name)
                            .filter(|_| q.depth > 0 && super::phrase::is_third_person(words))
                            .filter(|_| last_words.is_some_and(|w| w.contains(q.span)));
                        // (nor one named in the pronoun's sentence as someone's, whose
                        // possessor the pronoun is: `Son client n'a «…», répète-t-il`)
                        // (one named with the possessive is someone of their own: `Quand
                        // son frère Paul a lu le manuscrit, il…`)
                        let possessed = |c: &Candidate| {
                            if c.name.is_some() {
                                return None;
                            }
                            let phrase = &text[c.span.range()];
                            let first = phrase.split(' ').next().unwrap_or("");
                            (super::phrase::lower_is(first, &["son", "sa", "ses", "leur", "leurs"])
                                && ctx.sentences.index_of(c.span.start) == ctx.sentences.index_of(here.start))
                            .then_some(phrase)
                        };
                        // (nor the subject of the pronoun's own clause after `selon`
                        // or `d'après`: `Le prévenu est, selon lui, «…»` is someone
                        // else's view of him)
                        let viewed = |c: &Candidate| {
                            // (`selon`, `toujours selon`, `d'après`)
                            let prepositional = q.cue.as_ref().is_some_and(|cue| {
                                cue.text.split([' ', '\'', '’']).take(3).any(|w| super::phrase::lower_is(w, &["selon", "après"]))
                            });
                            // (the subject right before: `Le prévenu est, selon lui,`;
                            // not one whose clause quoted other words before, `X a
                            // fustigé une «…» qui, selon lui, «…»`)
                            let near = c.span.end <= here.start
                                && here.start - c.span.end <= 40
                                && !text[c.span.end..here.start].contains(['«', '»', '"', '“', '”'])
                                && !text[c.span.end..here.start].split(' ').any(|w| w == "qui");
                            (is_speaker
                                && prepositional
                                && matches!(words, "lui" | "elle" | "eux" | "elles")
                                && near
                                && ctx.sentences.index_of(c.span.start) == ctx.sentences.index_of(here.start))
                            .then(|| &text[c.name.unwrap_or(c.span).range()])
                        };
                        let unwanted = found.and_then(|c| {
                            own.filter(|n| ctx.same_entity(&c, n))
                                .or_else(|| viewed(&c))
                                .or_else(|| called_here(&c))
                                .or_else(|| enclosing.filter(|n| ctx.same_entity(&c, n)))
                                .or_else(|| possessed(&c))
                                .or_else(|| relay.filter(|n| is_speaker && ctx.same_entity(&c, n)))
                        });
                        match (found, unwanted) {
                            (Some(_), Some(n)) => {
                                let before = ctx.excluded.replace(Some(n));
                                let again = ctx.antecedent(words, here, q.span, &subjects, &resolved);
                                ctx.excluded.set(before);
                                again.filter(|c| !ctx.same_entity(c, n))
                            }
                            (found, _) => found,
                        }
                    }
                }
            } else {
                let c = candidate(here, &genders);
                let alias = c.and_then(|c| alias(doc, &c, here, &subjects, &resolved, &names));
                // a description the text writes with a name elsewhere (`le vieux`,
                // then `le vieux Jean-Michel`)
                let named = || c.filter(|c| ctx.is_bare_description(c)).and_then(|c| named_elsewhere(doc, c));
                // a role the proceedings give the person named before (`Kevin M.
                // comparaissait… a murmuré le prévenu`)
                let role = || {
                    c.filter(|c| c.name.is_none() && !c.plural && is_proceedings_role(words)).and_then(|c| {
                        // (not one the court or the bar names: `Me X`, `la présidente, X`)
                        // (nor a body named by its initials: `le parquet national
                        // financier (PNF)`, `la CGT`)
                        ctx.restated_by(&c, &subjects, &resolved, |r| {
                            r.name.is_some_and(|n| {
                                !super::phrase::is_acronym(&text[n.range()]) && {
                                    let before = &text[super::ceil_boundary(text, n.start.saturating_sub(30))..n.start];
                                    let before = before.trim_end_matches([' ', ',', '.']);
                                    let word = before.rsplit([' ', '\'', '’']).next().unwrap_or("");
                                    !super::phrase::lower_is(word, COURT_TITLES)
                                }
                            })
                        })
                    })
                };
                // a demonstrative description takes up someone named before, as a
                // pronoun does (`a ajouté ce responsable`, `cette élue`)
                // (not `ces sources`, which takes up sources: see `source` below)
                let of_sources =
                    || words.split_whitespace().nth(1).is_some_and(|h| super::phrase::lower_is(h, &["source", "sources"]));
                let demonstrative = || {
                    let pronoun =
                        c.filter(|c| c.person && c.name.is_none() && !of_sources()).and_then(|_| demonstrative_pronoun(words))?;
                    ctx.antecedent(pronoun, here, q.span, &subjects, &resolved).filter(|a| a.person && a.name.is_some())
                };
                // `cette source`, `ce porte-parole`: the last speaker or relay
                // described with the same noun (`de source judiciaire`)
                let same_noun = || {
                    // (a demonstrative and its noun: `cette source`)
                    demonstrative_pronoun(words)?;
                    let head = words.split_whitespace().nth(1)?;
                    let head = lower(head);
                    resolved
                        .iter()
                        .rev()
                        .take(6)
                        .find(|r| {
                            text[r.span.range()]
                                .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                                .any(|w| w.len() == head.len() && *lower(w) == *head)
                        })
                        .map(|r| Candidate { span: here, name: Some(r.name.unwrap_or(r.span)), ..*r })
                };
                // `cette source`: the last phrase the text called a source (`D'après une
                // source proche du dossier, …`), before any person a pronoun would take
                let source = || {
                    demonstrative_pronoun(words)?;
                    of_sources().then_some(())?;
                    // (or the last unnamed speaker, when nearer: `Selon un proche de la
                    // junte, «…». «…», a ajouté cette source`)
                    let unnamed = resolved
                        .iter()
                        .rev()
                        .take(6)
                        .find(|r| r.span.end <= here.start)
                        .map(|r| r.name.unwrap_or(r.span))
                        .filter(|n| {
                            let w = &text[n.range()];
                            ["un ", "une ", "Un ", "Une ", "des ", "Des ", "plusieurs ", "Plusieurs "]
                                .iter()
                                .any(|d| w.starts_with(d))
                        });
                    let s = match (last_source_phrase(doc, here.start, speech, lex), unnamed) {
                        (Some(s), Some(u)) => {
                            if u.start > s.end {
                                u
                            } else {
                                s
                            }
                        }
                        (s, u) => s.or(u)?,
                    };
                    candidate(s, &genders).map(|c| Candidate { span: here, name: Some(s), ..c })
                };
                // a title called alone in the line before (`Allons, comte, …`): the
                // last person the narration named with it (`Le comte de Saint-Aulaire`)
                let title = || {
                    let w = &*lower(words);
                    if !words.starts_with(char::is_lowercase) || !super::is_rank(w) {
                        return None;
                    }
                    recent(&resolved, here.start)
                        .chain(recent(&subjects, here.start))
                        .chain(recent(&names, here.start))
                        .take(12)
                        .find(|r| {
                            let phrase = &text[r.span.range()];
                            let rest = phrase.strip_prefix(['L', 'l']).and_then(|p| {
                                p.strip_prefix("e ").or_else(|| p.strip_prefix("a ")).or_else(|| p.strip_prefix(['\'', '’']))
                            });
                            rest.is_some_and(|r| r.strip_prefix(w).is_some_and(|t| t.is_empty() || t.starts_with(' ')))
                        })
                        .map(|r| Candidate { span: here, name: Some(r.name.unwrap_or(r.span)), ..*r })
                };
                alias.or_else(named).or_else(role).or_else(source).or_else(demonstrative).or_else(same_noun).or_else(title).or(c)
            };
            // (a mention that names its entity keeps it: `l'AFP` is not a
            // person named near an earlier `à l'AFP`)
            let found = match found {
                Some(c) if !anaphor && !same && names_other(words, &text[c.name.unwrap_or(c.span).range()]) => {
                    candidate(here, &genders)
                }
                found => found,
            };
            if let Some(c) = found {
                m.name = Some(&text[c.name.unwrap_or(c.span).range()]);
                // (a speaker quoted inside another quotation stays inside it)
                if is_speaker && q.depth == 0 && (c.name.is_some() || !is_anaphor(&text[c.span.range()])) {
                    // an anaphor stands for its antecedent's name, and tells its gender;
                    // a phrase stands for its own
                    let (name, gender, plural) = if anaphor {
                        let (g, p) = pronoun_agreement(words).unwrap_or((c.gender, c.plural));
                        (Some(c.name.unwrap_or(c.span)), if g == Gender::Unknown { c.gender } else { g }, p)
                    } else {
                        (c.name, c.gender, c.plural)
                    };
                    let proper = proper(text, name);
                    // (who a verb of speech makes speak is a person or a body, whatever
                    // its noun: `confie une sage-femme`; not the subject of `selon`)
                    let spoke = q.cue.as_ref().is_some_and(|cue| crate::cue::prepositional_cue(cue.text).is_none());
                    // (a voice is its owner's, not a person: `une voix d'homme`)
                    let voice = || text[c.span.range()].split(' ').any(|w| super::phrase::lower_is(w, &["voix", "cri", "cris"]));
                    let person = c.person || spoke && !anaphor && c.name.is_none() && !names_body_part(doc, c.span) && !voice();
                    resolved.push(Candidate { span: here, name, gender, plural, role: Role::Speaker, person, proper });
                }
            }
        }
        ctx.excluded.set(None);
        // (not a medium: `a confié à l'AFP un diplomate` then `a ajouté la même
        // source` is the diplomat)
        if q.speaker.is_some() {
            prev_source =
                q.source.as_ref().map(|m| m.span).filter(|s| !super::phrase::names_medium(&doc.window(s.start, s.end, 8), lex));
        }
        if q.depth == 0 {
            last_words = Some(q.text_span);
            last_named = q.speaker.as_ref().filter(|m| !is_pronoun_mention(m.mention)).map(|m| m.span);
            last_turn = Some((
                q.span.end,
                q.speaker.as_ref().and_then(|m| m.name.or(Some(m.mention))),
                q.marks == crate::model::Marks::Dash,
            ));
        }
    }
    narrator_any
}

/// True when `between`, the lines between two dialogue turns, are one line of
/// narration with no subject of its own that leads to the next turn: a
/// participle, after `Puis` or `Et` at most, then a colon (`Puis, se tournant
/// vers l'hôte :`, `Et, s'adressant à sa mère :`).
fn subjectless_beat(between: &str) -> bool {
    let line = between.trim_matches(|c: char| crate::text::is_space(c) || matches!(c, '—' | '–' | '-'));
    let Some(body) = line.strip_suffix(':') else { return false };
    if line.contains(['\n', '.', '!', '?', '«', '»']) {
        return false;
    }
    let mut words = body.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).peekable();
    if words.peek().is_some_and(|w| matches!(*w, "Puis" | "Et" | "Alors" | "Enfin" | "Ensuite")) {
        words.next();
    }
    // (a reflexive or `en` before it: `se tournant`, `s'adressant`, `en riant`)
    if words.peek().is_some_and(|w| matches!(*w, "se" | "s" | "en")) {
        words.next();
    }
    words.next().is_some_and(|w| w.chars().count() > 4 && w.ends_with("ant"))
}

/// True when the mention `words` is a proper name alone (capitalised words
/// after an article: `l'AFP`, `Le Monde`; not a description, `le chef de
/// l'État`, nor a nationality, `le Slovène`) of which `name` holds no word:
/// the two name different entities (`l'AFP` and `Lorenzo Mancuso`; not `M.
/// Sharifi` and `Reza Sharifi`).
fn names_other(words: &str, name: &str) -> bool {
    let mut parts = words.split([' ', '\'', '’']).filter(|w| !w.is_empty()).peekable();
    if parts.peek().is_some_and(|w| super::phrase::is_determiner(w) || is_short_ascii(w, &["l"])) {
        parts.next();
    }
    let proper: Vec<&str> = parts.collect();
    !proper.is_empty()
        && proper.iter().all(|w| capital_first(w) && !is_demonym(w) && !is_listed_honorific(w.trim_end_matches('.')))
        && !proper.iter().any(|p| name.split([' ', '\'', '’']).any(|n| n == *p))
}

/// The person that the words holding a pronoun named just before it, when the
/// pronoun is inside someone's words (the speaker of words quoted in a turn):
/// the subject of one of the two sentences before the pronoun's in those
/// words, a person who agrees with it (`— L'infirmière. Elle m'a dit qu'il
/// avait «…»`, `« Ton avocat dit que… Il parle de «…» »`).
fn named_in_speech(
    doc: &Words<'_>,
    outer: &[Span],
    here: Span,
    pronoun: &str,
    genders: &Genders<'_, '_>,
    lex: &Lexicon,
) -> Option<Span> {
    let (g, plural) = pronoun_agreement(pronoun)?;
    let k = outer.partition_point(|o| o.start <= here.start);
    let outer = outer[..k].iter().rev().take(4).find(|o| o.contains(here))?;
    let text = doc.text();
    let words = text.get(outer.start..here.start)?;
    // the starts of the sentences of the words before the pronoun's own
    let mut starts: Vec<usize> = vec![outer.start];
    for (i, c) in words.char_indices() {
        if matches!(c, '.' | '!' | '?' | '…') {
            let after = outer.start + i + c.len_utf8();
            if let Some((n, _)) = crate::text::next_non_space(text, after, here.end).filter(|&(n, _)| n > after) {
                starts.push(n);
            }
        }
    }
    // (not the pronoun's own sentence: its subject is the pronoun)
    if starts.last().is_some_and(|&l| !text[l..here.start].contains(['.', '!', '?', '…'])) {
        starts.pop();
    }
    starts.iter().rev().take(2).find_map(|&st| {
        let end = text[st..here.start].find(['.', '!', '?', '…']).map_or(here.start, |e| st + e);
        // (past the marks and the dash that open the words)
        let st = st + text[st..end].find(char::is_alphanumeric)?;
        let p = phrase_after(doc, st, end, lex)?;
        let agrees = !plural && (g == Gender::Unknown || matches!(genders.of(p), Gender::Unknown) || genders.of(p) == g);
        // (a phrase with its determiner, or a given name: not a verb that opens a
        // sentence, `Imaginez`; and not one called, `Monsieur l'abbé, je vous…`)
        let first = text[p.range()].split([' ', '\'', '’']).next().unwrap_or("");
        let opens = super::phrase::is_determiner(first) || is_first_name(first);
        let rest = text[p.end..end].trim_start_matches(crate::text::is_space);
        let called = rest.strip_prefix(',').is_some_and(|r| {
            let w = r.trim_start_matches(crate::text::is_space).split([' ', '\'', '’']).next().unwrap_or("");
            super::phrase::lower_is(w, &["je", "j", "tu", "vous", "nous", "moi", "toi"])
        });
        (opens && !called && names_person(doc, p) && !is_anaphor(&text[p.range()]) && agrees).then_some(p)
    })
}

/// The last phrase before `before`, outside the quotations, that names
/// someone a source (`selon une source policière`, `de source judiciaire`),
/// not `la même source` itself.
fn last_source_phrase(doc: &Words<'_>, before: usize, speech: &[Span], lex: &Lexicon) -> Option<Span> {
    let text = doc.text();
    let from = super::ceil_boundary(text, before.saturating_sub(3000));
    let hay = &text.as_bytes()[from..before];
    for k in memchr::memmem::rfind_iter(hay, b"source") {
        let at = from + k;
        let toks = doc.window(
            super::ceil_boundary(text, at.saturating_sub(12)),
            super::floor_boundary(text, (at + 7).min(text.len())),
            // (twelve bytes hold up to six tokens: `l'AFP une source`)
            8,
        );
        let Some(i) = toks.iter().position(|t| t.start == at && matches!(t.text, "source" | "sources")) else { continue };
        if inside(speech, Span::new(at, at + 6)) || i > 0 && super::phrase::lower_is(toks[i - 1].text, &["même"]) {
            continue;
        }
        // (after a determiner, the phrase opens on it: `une source proche`)
        let start = match i.checked_sub(1).map(|j| toks[j]) {
            Some(d) if d.is(class::DETERMINER) => d.start,
            _ => at,
        };
        // (read a little way on only: linear time)
        let limit = super::floor_boundary(text, (at + 200).min(text.len()));
        let end = text[at..limit].find(['.', ',', ';', '\n', '«']).map_or(limit, |e| at + e);
        // (with its seat: `une source à Bercy`)
        if let Some(p) = phrase_after(doc, start, end, lex) {
            return Some(super::phrase::seated(doc, p, end, lex).unwrap_or(p));
        }
        // (`de source policière`: the noun and its adjective, up to the punctuation)
        let words = doc.window(at, end, 4);
        return words
            .iter()
            .take_while(|t| t.word && t.text.starts_with(char::is_lowercase))
            .last()
            .map(|t| Span::new(at, t.end));
    }
    None
}

/// The holder of the last `selon X` or `d'après X` before `before`, outside
/// the quotations and in the same paragraph or the one before: the one a
/// narrated sentence gives as its source (`Selon la préfecture, aucun
/// blessé n'a été signalé.`).
fn last_holder_phrase(doc: &Words<'_>, before: usize, speech: &[Span], lex: &Lexicon) -> Option<Span> {
    let text = doc.text();
    let from = super::ceil_boundary(text, before.saturating_sub(1500));
    let hay = &text[from..before];
    // (not `selon la même source` itself)
    let same = |k: usize| text[from + k..].starts_with("la même source") || text[from + k..].starts_with("même source");
    let (k, len) = ["elon ", "'après ", "’après "]
        .iter()
        .filter_map(|m| hay.rmatch_indices(m).map(|(k, _)| k).find(|&k| !same(k + m.len())).map(|k| (k, m.len())))
        .max_by_key(|(k, _)| *k)?;
    let at = from + k;
    // (the whole word: `Selon`, `selon`, `D'après`, `d’après`)
    let word_start = text[..at].trim_end_matches(char::is_alphabetic).len();
    if !matches!(&text[word_start..at + len - 1], "Selon" | "selon" | "D'après" | "d'après" | "D’après" | "d’après")
        || inside(speech, Span::new(at, at + len))
        || text[at..before].matches('\n').count() > 2
    {
        return None;
    }
    let limit = super::floor_boundary(text, (at + len + 200).min(before));
    let end = text[at + len..limit].find([',', '.', ';', '\n', '«']).map_or(limit, |e| at + len + e);
    phrase_after(doc, at + len, end, lex)
}

/// A description read as a sentence's subject that runs to the end of the
/// sentence has taken in its verb, which the lexicon did not know (`L'accusé
/// reste impassible.`, `La gardienne garde le silence.`): it is cut to its
/// determiner, the adjectives before the noun, and the noun. A phrase with a
/// capital after its first word (a name) or a comma is kept.
pub(crate) fn verbless_cut(doc: &Words<'_>, p: Span, sentence_end: usize) -> Span {
    let text = doc.text();
    let rest = text[p.end..sentence_end].trim_matches(|c: char| crate::text::is_space(c) || matches!(c, '.' | '!' | '?' | '…'));
    // (or a preposition follows it, where a verb was due: `Le chanteur revient
    // sur scène`)
    let next = doc.window(p.end, sentence_end, 1);
    // (`à` before a word in small letters, not a place: `arrive à vélo`, not
    // `une source judiciaire à Lyon`)
    let at_manner = || {
        doc.window(p.end, sentence_end, 2)
            .get(1)
            .is_some_and(|n| n.word && n.text.starts_with(char::is_lowercase) && !n.is(class::DETERMINER))
    };
    let preposition = next.first().is_some_and(|t| {
        t.word
            && (super::phrase::lower_is(
                t.text,
                &[
                    "sur",
                    "dans",
                    "avec",
                    "chez",
                    "vers",
                    "en",
                    "au",
                    "aux",
                    "pour",
                    "contre",
                    "sans",
                    "sous",
                    "derrière",
                    "devant",
                    "depuis",
                    "dès",
                    "jusqu",
                ],
            ) || t.text == "à" && at_manner())
    });
    // (or quoted words, where a verb was due: `Le groupe entend «doubler…»`)
    let quoted = rest.starts_with(['«', '“']);
    if !rest.is_empty() && !preposition && !quoted {
        return p;
    }
    let toks = doc.window(p.start, p.end, 14);
    let words: Vec<&super::phrase::Tok<'_>> = toks.iter().filter(|t| t.word).collect();
    let named = words.iter().skip(1).any(|t| t.text.starts_with(char::is_uppercase));
    if words.len() < 3 || named || toks.iter().any(|t| t.text == ",") || !words[0].is(class::DETERMINER) {
        return p;
    }
    // the determiner, the adjectives before the noun, the noun
    let mut k = 1;
    while k + 1 < words.len() && is_prenominal(words[k].text) {
        k += 1;
    }
    // (with its nationality, which tells one source from another: `Un
    // diplomate européen présent sur place`)
    let nationality = |w: &str| {
        // (or of a continent or a body, which no verb ends as: `européen`,
        // `africain`, `onusien`, `occidental`; told first, without allocating)
        ["éen", "éenne", "ain", "aine", "ien", "ienne", "al", "ale"].iter().any(|e| w.ends_with(e)) || {
            let mut c = w.chars();
            c.next().is_some_and(|f| f.is_lowercase() && is_demonym(&format!("{}{}", f.to_uppercase(), c.as_str())))
        }
    };
    if words.get(k + 1).is_some_and(|t| nationality(t.text)) {
        k += 1;
    }
    // (with its complement in `de`: `Le directeur du musée reste prudent.`)
    if words.get(k + 1).is_some_and(|t| t.is(class::DE | class::DU | class::DES | class::D)) {
        k += 2;
        if words.get(k).is_some_and(|t| t.is(class::DETERMINER)) {
            k += 1;
        }
        // (nothing left after the complement: it was not the verb)
        if k + 1 >= words.len() {
            return p;
        }
    }
    Span::new(p.start, words[k].end)
}

/// True when `word` lowers to one of `list`, words of ASCII letters of four
/// bytes at most: told by its length first, then compared in place (no other
/// character lowers to an ASCII letter but the Kelvin sign, to `k`).
fn is_short_ascii(word: &str, list: &[&str]) -> bool {
    word.len() <= 4 && list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// True for a cue that carries on the same speaker's words (`ajouta-t-il`,
/// `poursuivit-elle`, `continua-t-il`, `reprit-il`).
pub(crate) fn is_continuation(cue: &str) -> bool {
    let l = lower(cue);
    ["ajout", "poursui", "continu", "insist", "répét", "conclu", "enchaîn", "renchéri", "repr"].iter().any(|v| l.contains(v))
}

/// True for a mention that is a pronoun of any person (`il`, `je`, `on`):
/// no name for an entity.
pub(crate) fn is_pronoun_mention(words: &str) -> bool {
    is_anaphor(words) || is_personal(words)
}

/// True for the first person singular (`je`, `j'`, `moi`).
pub(crate) fn is_first_person(words: &str) -> bool {
    // (`me` is the narrator a line was spoken to: `il me dit :`)
    matches!(words, "je" | "Je" | "j" | "J" | "j'" | "J'" | "j’" | "J’" | "moi" | "Moi" | "me" | "m'" | "m’")
}

/// The name a narrator gives themselves (`Je m'appelle Antoine`), at a place
/// `accept` takes (by the offset of `appelle`); the first few only, read by
/// bytes.
fn self_named(doc: &Words<'_>, accept: impl Fn(usize) -> bool) -> Option<Span> {
    let text = doc.text();
    for (k, p) in memchr::memmem::find_iter(text.as_bytes(), "appelle ".as_bytes()).take(8).filter_map(|k| {
        let before = text[..k].strip_suffix("m'").or_else(|| text[..k].strip_suffix("m’"))?;
        ["je ", "Je "].iter().any(|j| before.ends_with(j)).then_some((k, k + "appelle ".len()))
    }) {
        let name_end = doc
            .window(p, (p + 60).min(text.len()), 6)
            .iter()
            .take_while(|t| t.word && t.text.starts_with(char::is_uppercase))
            .last()
            .map(|t| t.end);
        if let Some(end) = name_end.filter(|_| accept(k) && super::phrase::starts_name(&text[p..])) {
            return Some(Span::new(p, end));
        }
    }
    // (or the name others gave: `On m'a appelé Julien`, `on m'appelait Tiennot`)
    // (one scan for `appel`, the forms told by the bytes before it)
    let given = memchr::memmem::find_iter(text.as_bytes(), b"appel")
        .take(16)
        .filter_map(|a| ["m'a ", "m’a ", "m'", "m’"].iter().find(|p| text[..a].ends_with(**p)).map(|p| a - p.len()));
    for k in given {
        let before = text[..k].trim_end_matches(crate::text::is_space);
        let subject = before.rsplit([' ', '\'', '’']).next().unwrap_or("");
        if !matches!(subject, "on" | "On" | "ils" | "Ils") || !accept(k) {
            continue;
        }
        let verb = k + text[k..].find(' ').unwrap_or(0);
        let verb = if text[k..].starts_with("m'a ") || text[k..].starts_with("m’a ") {
            verb + 1 + text[verb + 1..].find(' ').unwrap_or(0)
        } else {
            verb
        };
        let toks = doc.window(verb, (verb + 40).min(text.len()), 3);
        let closes = |t: Option<&super::phrase::Tok<'_>>| t.is_none_or(|t| !t.word || matches!(t.text, "et"));
        if let [name, rest @ ..] = &*toks {
            if name.word
                && name.text.starts_with(char::is_uppercase)
                && super::phrase::starts_name(name.text)
                && closes(rest.first())
            {
                return Some(Span::new(name.start, name.end));
            }
        }
    }
    // (or `Moi, c'est Lina.`: a capitalised name closing its clause)
    for p in memchr::memmem::find_iter(text.as_bytes(), "est ".as_bytes()).take(16).map(|k| k + "est ".len()) {
        let k = p - "est ".len();
        let head = ["Moi, c'", "Moi, c’", "Moi c'", "Moi c’", "moi, c'", "moi, c’"].iter().find(|h| text[..k].ends_with(**h));
        let Some(head) = head else { continue };
        if !accept(k - head.len()) {
            continue;
        }
        let toks = doc.window(p, (p + 40).min(text.len()), 3);
        let closes = |t: Option<&super::phrase::Tok<'_>>| t.is_some_and(|t| matches!(t.text, "." | "," | ";" | "!" | "…"));
        if let [name, rest @ ..] = &*toks {
            if name.word && name.start == p && super::phrase::starts_name(name.text) && closes(rest.first()) {
                return Some(Span::new(name.start, name.end));
            }
        }
    }
    // (or `et moi, Théo, coincé au milieu`: a name in apposition to `moi`)
    for p in memchr::memmem::find_iter(text.as_bytes(), "oi, ".as_bytes()).take(16).map(|k| k + "oi, ".len()) {
        let k = p - "oi, ".len();
        let moi = k >= 1 && matches!(&text.as_bytes()[k - 1], b'm' | b'M') && !text[..k - 1].ends_with(crate::text::is_word_char);
        if !moi || !accept(k - 1) {
            continue;
        }
        // (a given name, or a full name with its particles: `moi, Armand de
        // Sérignac, qui n'avais que vingt ans`)
        let toks = doc.window(p, (p + 60).min(text.len()), 8);
        let capital =
            |t: &super::phrase::Tok<'_>| t.word && t.text.starts_with(char::is_uppercase) && super::phrase::starts_name(t.text);
        if toks.first().is_some_and(|t| t.start == p && capital(t)) {
            let mut n = 1;
            let mut capitals = 1;
            while let Some(t) = toks.get(n) {
                if capital(t) {
                    capitals += 1;
                    n += 1;
                } else if matches!(t.text, "de" | "du" | "d")
                    && toks.get(n + 1).is_some_and(|u| capital(u) || matches!(u.text, "'" | "’"))
                {
                    n += if matches!(toks[n + 1].text, "'" | "’") { 2 } else { 1 };
                } else {
                    break;
                }
            }
            let closed = toks.get(n).is_some_and(|t| matches!(t.text, "," | "." | ";"));
            if closed && capital(&toks[n - 1]) && (capitals >= 2 || n == 1 && is_first_name(toks[0].text)) {
                return Some(Span::new(p, toks[n - 1].end));
            }
        }
    }
    // (or `Je me présente : Julien Roy`, `Capitaine Hélène Morvan : je me suis
    // présentée ainsi`: a full name, or a known given name, in the sentence of
    // the narrator's introduction)
    for k in memchr::memmem::find_iter(text.as_bytes(), "présent".as_bytes()).take(8) {
        let mine = ["je me ", "Je me ", "je me suis ", "Je me suis "].iter().any(|j| text[..k].ends_with(j));
        if !mine || !accept(k) {
            continue;
        }
        // (the sentence read 300 bytes around at most: the work stays bounded)
        let lo = super::ceil_boundary(text, k.saturating_sub(300));
        let hi = super::floor_boundary(text, (k + 300).min(text.len()));
        let from = text[lo..k].rfind(['.', '!', '?', '\n']).map_or(lo, |b| lo + b + 1);
        let to = text[k..hi].find(['.', '!', '?', '\n']).map_or(hi, |e| k + e);
        let toks = doc.window(from, to, 40);
        let name =
            |t: &super::phrase::Tok<'_>| t.word && t.text.starts_with(char::is_uppercase) && super::phrase::starts_name(t.text);
        let mut j = 0;
        while j < toks.len() {
            let run = toks[j..].iter().take_while(|t| name(t)).count();
            if run >= 2 || run == 1 && is_first_name(toks[j].text) {
                return Some(Span::new(toks[j].start, toks[j + run - 1].end));
            }
            j += run.max(1);
        }
    }
    // (or `je suis Julien`: a known given name, closing its clause; one scan for
    // `suis `, the first few)
    for p in memchr::memmem::find_iter(text.as_bytes(), "suis ".as_bytes()).take(8).map(|k| k + "suis ".len()) {
        let k = p - "suis ".len();
        if !["je ", "Je "].iter().any(|j| text[..k].ends_with(j)) || !accept(k) {
            continue;
        }
        let toks = doc.window(p, (p + 40).min(text.len()), 3);
        let closes = |t: Option<&super::phrase::Tok<'_>>| t.is_none_or(|t| !t.word || matches!(t.text, "et"));
        if let [name, rest @ ..] = &*toks {
            if name.word && name.start == p && is_first_name(name.text) && closes(rest.first()) {
                return Some(Span::new(name.start, name.end));
            }
        }
    }
    None
}

/// The name of a first-person narrator: the name the other speakers' lines
/// call most often (`— Tiens, Annette, prends ta fille.`), when the
/// narration itself never uses it (the narrator is `je` there) nor do the
/// narrator's own lines. `None` when the text is not told in the first person.
fn narrator_name(doc: &Words<'_>, quotes: &[Quote<'_>], speech: &[Span]) -> Option<Span> {
    let text = doc.text();
    // first-person narration: `je`, `j'` outside the quotations, several times
    let mut first_person = 0;
    for (k, _) in text.match_indices(['j', 'J']) {
        let rest = &text.as_bytes()[k + 1..];
        let word_start = k == 0 || !text[..k].chars().next_back().is_some_and(crate::text::is_word_char);
        // (`je` before a space or a mark, `dis-je.`, `répétai-je,`; `j'`)
        let pronoun = rest.starts_with(b"e") && rest.get(1).is_none_or(|b| b" ,.;:!?\n".contains(b))
            || rest.starts_with(b"'")
            || rest.starts_with("’".as_bytes());
        if word_start && pronoun && !inside(speech, Span::new(k, k + 1)) {
            first_person += 1;
            if first_person >= 3 {
                break;
            }
        }
    }
    // (an incise of the first person, `dis-je`, `ai-je répondu`, tells a
    // narrator at once)
    let narrating = || quotes.iter().any(|q| q.cue.as_ref().is_some_and(|c| c.text.ends_with("-je") || c.text.contains("-je ")));
    if first_person < 3 && !narrating() {
        return None;
    }
    let mine = |q: &Quote<'_>| q.speaker.as_ref().is_some_and(|m| is_first_person(m.mention));
    // the narrator who gives their name (`Je m'appelle Inès Garnier`), in the
    // narration or in their own lines
    // (or in a line with no cue that answers one spoken to the narrator: `— Vous
    // êtes poète ? me demanda-t-il.` `— Je m'appelle Aubry, et je suis journaliste.`)
    let to_me =
        |q: &Quote<'_>| q.depth == 0 && q.cue.as_ref().is_some_and(|c| ["me ", "m'", "m’"].iter().any(|m| c.text.starts_with(m)));
    let answers_me = |i: usize| quotes[i].cue.is_none() && quotes[..i].iter().rev().find(|p| p.depth == 0).is_some_and(to_me);
    let own = |k: usize| {
        quotes
            .iter()
            .position(|q| q.depth == 0 && q.text_span.start <= k && k < q.text_span.end)
            .is_none_or(|i| mine(&quotes[i]) || answers_me(i))
    };
    if let Some(name) = self_named(doc, own) {
        return Some(name);
    }
    let mut called: Vec<(Span, usize)> = Vec::new();
    let mut own: Vec<&str> = Vec::new();
    // (not a name called inside words quoted in a line: `Il m'a dit : «Enfin,
    // Françoise.»` calls the speaker's wife, not the narrator)
    // (the quotations are in text order: those that start before the name, the
    // nearest few)
    let inner = |q: &Quote<'_>, v: Span| {
        let k = quotes.partition_point(|o| o.span.start <= v.start);
        quotes[..k]
            .iter()
            .rev()
            .take(4)
            .any(|o| o.span != q.span && (q.span.contains(o.span) && o.span.contains(v) || o.span.contains(q.span)))
    };
    for q in quotes.iter().filter(|q| q.depth == 0) {
        let Some(v) = super::vocative(doc, q.text_span, false, false).or_else(|| you_are(doc, q.text_span)) else { continue };
        if inner(q, v) {
            continue;
        }
        let name = &text[v.range()];
        if mine(q) {
            own.push(name);
        } else if let Some(c) = called.iter_mut().find(|(s, _)| &text[s.range()] == name) {
            c.1 += 1;
        } else {
            called.push((v, 1));
        }
    }
    called.retain(|&(v, _)| !own.contains(&&text[v.range()]));
    called.sort_by_key(|&(v, n)| (std::cmp::Reverse(n), v.start));
    // (the text is read for the first few only: linear time)
    // (nor a name whose last word the narration gives a third person: `Kevin
    // Lambert a vingt-six ans. […] — Vous savez pourquoi, monsieur Lambert ?`)
    called.into_iter().take(3).find_map(|(v, _)| {
        let name = &text[v.range()];
        let last = name.rsplit(' ').next().unwrap_or(name);
        let name = if last.starts_with(char::is_uppercase) { last } else { name };
        let whole = |k: usize| {
            !text[..k].chars().next_back().is_some_and(crate::text::is_word_char)
                && !text[k + name.len()..].chars().next().is_some_and(crate::text::is_word_char)
        };
        let in_narration = memchr::memmem::find_iter(text.as_bytes(), name.as_bytes())
            .any(|k| whole(k) && !inside(speech, Span::new(k, k + name.len())));
        (!in_narration).then_some(v)
    })
}

/// The name a line tells the one it speaks to they bear, at the start of one
/// of its sentences: `Vous êtes la capitaine Morvan ?`, `Tu es Lucas, c'est ça
/// ?`, `C'est vous, Hélène Verdier ?` (a known first name, or any name after a
/// title in small letters).
fn you_are(doc: &Words<'_>, speech: Span) -> Option<Span> {
    let toks = doc.window(speech.start, speech.end, 40);
    for k in 0..toks.len() {
        if k > 0 && !matches!(toks[k - 1].text, "." | "?" | "!" | "…" | "—" | "–" | "-") {
            continue;
        }
        let at = match &toks[k..] {
            [v, e, ..] if v.text == "Vous" && e.text == "êtes" || v.text == "Tu" && e.text == "es" => k + 2,
            [c, apostrophe, est, you, comma, ..]
                if c.text == "C"
                    && matches!(apostrophe.text, "'" | "’")
                    && est.text == "est"
                    && matches!(you.text, "vous" | "toi")
                    && comma.text == "," =>
            {
                k + 5
            }
            _ => continue,
        };
        // (an article and a title or two in small letters: `la capitaine`,
        // `l'inspectrice`; not a complement, `le fils de`)
        let mut j = super::phrase::past_definite_article(&toks, at);
        let titles = toks[j.min(toks.len())..]
            .iter()
            .take(2)
            .take_while(|t| t.word && t.text.starts_with(char::is_lowercase) && t.text.len() > 2)
            .count();
        j += titles;
        let run = toks[j.min(toks.len())..].iter().take_while(|t| t.word && t.text.starts_with(char::is_uppercase)).count();
        let closes = toks.get(j + run).is_none_or(|t| matches!(t.text, "," | "?" | "." | "!"));
        if run > 0 && closes && (titles > 0 || is_first_name(toks[j].text)) {
            return Some(Span::new(toks[j].start, toks[j + run - 1].end));
        }
    }
    None
}

/// What the resolution of one document reads besides the candidates it builds
/// as it goes.
struct Context<'c, 't> {
    text: &'c str,
    sentences: &'c Sentences,
    /// The names met in the text, in text order.
    names: &'c [Candidate],
    /// The speakers of the quotations that are no pronouns, in text order.
    named_speakers: &'c [Span],
    /// The quotations and turns (names inside them are not the narration's).
    speech: &'c [Span],
    genders: &'c Genders<'t, 'c>,
    /// The person of each gender the narration names most often (masculine,
    /// feminine), read once when first needed.
    protagonists: std::cell::OnceCell<[Option<Span>; 3]>,
    /// The name of the speaker of the line a pronoun's line answers: not its antecedent.
    excluded: std::cell::Cell<Option<&'c str>>,
    /// The cue lexicon, to read the phrases `ce dernier` may take up.
    lex: &'c Lexicon,
}

/// True when `span` lies inside one of the sorted, disjoint-or-nested `outer` spans.
fn inside(outer: &[Span], span: Span) -> bool {
    let k = outer.partition_point(|o| o.start <= span.start);
    outer[..k].iter().rev().take(4).any(|o| o.contains(span))
}

/// True when `span` overlaps one of the sorted `outer` spans.
fn overlaps_any(outer: &[Span], span: Span) -> bool {
    let k = outer.partition_point(|o| o.start < span.end);
    outer[..k].iter().rev().take(4).any(|o| o.overlaps(span))
}

/// How many candidates before a mention are considered: resolution looks at
/// the recent context only, which keeps it linear in the length of the text.
const LOOKBACK: usize = 40;

/// How many bytes before a pronoun are read for the names of people it may
/// take up when nobody nearer agrees with it.
const FAR_NAMES: usize = 6000;

/// How much of the opening of a text is read for its main characters.
const PROTAGONIST_OPENING: usize = 12_000;

/// How many sentences before a mention are read for candidate subjects.
const SENTENCES_BACK: usize = 6;

/// [`Sentences::index_of`] of `pos`, looked for by a few steps from sentence
/// `hint` (the sentence of a position near `pos`) before a binary search.
fn sentence_from(sentences: &Sentences, pos: usize, hint: usize) -> Option<usize> {
    let mut k = hint;
    for _ in 0..8 {
        match sentences.get(k) {
            // (the last sentence that starts at `pos` or before)
            Some(s) if s.start <= pos => match sentences.get(k + 1) {
                Some(n) if n.start <= pos => k += 1,
                _ => return Some(k),
            },
            Some(_) if k == 0 => return None,
            Some(_) => k -= 1,
            None => break,
        }
    }
    sentences.index_of(pos)
}

/// The candidates that end before `pos`, most recent first, at most [`LOOKBACK`]
/// (`list` is in text order).
fn recent(list: &[Candidate], pos: usize) -> impl Iterator<Item = &Candidate> + Clone {
    recent_slice(list, pos).iter().rev()
}

/// The candidates [`recent`] reads, in the order of `list`.
fn recent_slice(list: &[Candidate], pos: usize) -> &[Candidate] {
    let k = list.partition_point(|c| c.span.end <= pos);
    &list[k.saturating_sub(LOOKBACK)..k]
}

/// True when the phrase at `span` names or describes a person or a body
/// (`la fermière`, `Mme Roux`, `le syndicat`), not a thing.
pub(crate) fn names_person(doc: &Words<'_>, span: Span) -> bool {
    let words = &doc.text()[span.range()];
    if is_anaphor(words) || is_personal(words) {
        return false;
    }
    let toks = doc.window(span.start, span.end, 30);
    // (a body named with its cause is the body: `la Ligue contre le cancer`)
    let cause = toks.iter().skip(1).position(|t| t.word && matches!(t.text, "contre" | "pour")).map_or(toks.len(), |k| k + 1);
    let toks = &toks[..cause];
    toks.first().is_some_and(|first| is_person(toks, first, proper_name(toks)))
}

/// True when a phrase names a part of a body (`Ma jambe`, `sa main droite`),
/// which does not speak: its head noun, after the determiner and the
/// adjectives before it, is one of [`BODY_PARTS`].
pub(crate) fn names_body_part(doc: &Words<'_>, span: Span) -> bool {
    let toks = doc.window(span.start, span.end, 8);
    let mut words = toks.iter().filter(|t| t.word);
    let first = words.next();
    if !first.is_some_and(|t| t.is(class::DETERMINER)) {
        return false;
    }
    // (a voice or a mouth speaks for its owner: `La voix joyeuse de Noël éclata`)
    words.map(|t| lower(t.text)).find(|w| !PRENOMINAL_SET.contains(&**w)).is_some_and(|head| {
        (BODY_PARTS.contains(&&*head) || MORE_BODY_PARTS.contains(&&*head)) && !matches!(&*head, "voix" | "bouche" | "lèvres")
    })
}

/// The first and second persons and `on`: the speaker or the reader, never
/// an entity named in the text.
fn is_personal(words: &str) -> bool {
    // (no word of the list holds a space, and lowering makes none: a phrase is
    // not lowered to be told so)
    if words.contains(' ') {
        return false;
    }
    // (the narrator a line was spoken to: `il me dit :`; `Me` is an honorific)
    if matches!(words, "me" | "m'" | "m’") {
        return true;
    }
    // (elided: `J'`)
    let word = words.trim_end_matches(['\'', '’']);
    // (all open with `j`, `m`, `t`, `n`, `v` or `o`, and a first character that
    // is not ASCII lowers to none of them: most names are not lowered)
    if !matches!(word.as_bytes().first().map(u8::to_ascii_lowercase), Some(b'j' | b'm' | b't' | b'n' | b'v' | b'o')) {
        return false;
    }
    matches!(
        &*lower(word),
        "je" | "j" | "moi" | "tu" | "toi" | "nous" | "vous" | "on" | "moi-même" | "nous-mêmes" | "vous-même" | "vous-mêmes"
    )
}

/// Adjectives written before the noun (`le jeune avocat`, `la vieille dame`).
const PRENOMINAL: &[&str] = &[
    // (`un certain commandant Fabre`)
    "certain",
    "certaine",
    "petit",
    "petite",
    "grand",
    "grande",
    "jeune",
    "jeunes",
    "vieux",
    "vieil",
    "vieille",
    "pauvre",
    "bon",
    "bonne",
    "brave",
    "ancien",
    "ancienne",
    "nouveau",
    "nouvel",
    "nouvelle",
    "premier",
    "première",
    "principal",
    "principale",
    "principaux",
    "principales",
    "autre",
    "même",
    "seul",
    "seule",
    "cher",
    "chère",
    "gros",
    "grosse",
    "futur",
    "future",
    "actuel",
    "actuelle",
    "haut",
    "haute",
    "digne",
    "excellent",
    "excellente",
    "long",
    "longue",
    "bref",
    "brève",
    "lourd",
    "lourde",
    "vrai",
    "vraie",
    "véritable",
];

/// Nouns that name a person or a body that speaks.
const AGENT_NOUNS: &[&str] = &[
    // roles and functions
    "chancelier",
    "chancelière",
    "pilote",
    "coureur",
    "coureuse",
    "entraîneur",
    "soignant",
    "trésorier",
    "trésorière",
    "proviseur",
    "proviseure",
    "censeur",
    "soignante",
    "coach",
    "manager",
    "arbitre",
    "nageur",
    "skieur",
    "boxeur",
    "athlète",
    "commerçant",
    "commerçante",
    "magistrat",
    "magistrate",
    "riverain",
    "riveraine",
    "retraité",
    "retraitée",
    "lycéen",
    "lycéenne",
    "enseignant",
    "enseignante",
    "entrepreneur",
    "entrepreneuse",
    "supporter",
    "entraîneuse",
    "sélectionneur",
    "sélectionneuse",
    "capitaine",
    "gardien",
    "gardienne",
    "attaquant",
    "attaquante",
    "joueur",
    "joueuse",
    "champion",
    "championne",
    "préfet",
    "préfète",
    "recteur",
    "rectrice",
    "sénateur",
    "sénatrice",
    "élu",
    "élue",
    "édile",
    "ambassadeur",
    "ambassadrice",
    "diplomate",
    "chercheur",
    "chercheuse",
    "médecin",
    "infirmier",
    "infirmière",
    "enquêteur",
    "enquêtrice",
    "prévenu",
    "prévenue",
    "accusé",
    "accusée",
    "témoin",
    "victime",
    "ministre",
    "juge",
    "maire",
    "président",
    "présidente",
    "porte-parole",
    "avocat",
    "avocate",
    "procureur",
    "procureure",
    "chef",
    "cheffe",
    "patron",
    "patronne",
    "élu",
    "élue",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "secrétaire",
    "commissaire",
    "préfet",
    "préfète",
    "responsable",
    "représentant",
    "représentante",
    "dirigeant",
    "dirigeante",
    "membre",
    "expert",
    "experte",
    "source",
    "sources",
    "proche",
    "proches",
    "témoin",
    "victime",
    "collègue",
    "médecin",
    "docteur",
    "infirmière",
    "infirmier",
    "soldat",
    "officier",
    "capitaine",
    "général",
    "colonel",
    "lieutenant",
    "lieutenante",
    "sergent",
    "sergente",
    "commandant",
    "commandante",
    "colonelle",
    "caporale",
    "inspecteur",
    "inspectrice",
    "policier",
    "policière",
    "gendarme",
    "agent",
    "agente",
    "militant",
    "militante",
    "opposant",
    "opposante",
    "dissident",
    "dissidente",
    "manifestant",
    "manifestante",
    "habitant",
    "habitante",
    "éleveur",
    "étudiant",
    "étudiante",
    "candidat",
    "candidate",
    "syndicaliste",
    "journaliste",
    "diplomate",
    "conseiller",
    "conseillère",
    "adjoint",
    "adjointe",
    "collaborateur",
    "collaboratrice",
    "successeur",
    "prédécesseur",
    "rival",
    "rivale",
    "adversaire",
    "concurrent",
    "concurrente",
    "challenger",
    "allié",
    "alliée",
    "entraîneur",
    "entraîneuse",
    "sélectionneur",
    "joueur",
    "joueuse",
    "attaquant",
    "défenseur",
    "gardien",
    "gardienne",
    "économiste",
    "analyste",
    "chercheur",
    "chercheuse",
    "auteur",
    "autrice",
    "écrivain",
    "écrivaine",
    "chanteur",
    "chanteuse",
    "acteur",
    "actrice",
    "artiste",
    "peintre",
    "poète",
    "poétesse",
    "romancier",
    "romancière",
    "cinéaste",
    "philosophe",
    "historien",
    "historienne",
    "formateur",
    "négociateur",
    "négociatrice",
    "rapporteur",
    "rapporteure",
    "ambassadeur",
    "ambassadrice",
    "homologue",
    "interlocuteur",
    "interlocutrice",
    "prévenu",
    "prévenue",
    "accusé",
    "accusée",
    "suspect",
    "suspecte",
    "plaignant",
    "plaignante",
    "propriétaire",
    "locataire",
    "voisin",
    "voisine",
    "passant",
    "passante",
    "client",
    "cliente",
    "usager",
    "usagère",
    "patient",
    "patiente",
    "piéton",
    "piétonne",
    "motard",
    "motarde",
    "randonneur",
    "randonneuse",
    "promeneur",
    "promeneuse",
    "baigneur",
    "baigneuse",
    "chauffeur",
    "vendeur",
    "bénévole",
    "salarié",
    "salariée",
    "ouvrier",
    "ouvrière",
    "employé",
    "employée",
    "fondateur",
    "fondatrice",
    "directeur",
    "directrice",
    "gérant",
    "gérante",
    "vice-président",
    "vice-présidente",
    "fonctionnaire",
    "notaire",
    "actionnaire",
    "libraire",
    "mandataire",
    "huissier",
    "greffier",
    "greffière",
    "pompier",
    "banquier",
    "banquière",
    "cuisinier",
    "cuisinière",
    "fermier",
    "fermière",
    "professeur",
    "professeure",
    "docteure",
    "ingénieur",
    "ingénieure",
    "sauveteur",
    "serveur",
    "serveuse",
    // (trades and ranks of tales and novels)
    "vicomtesse",
    "vicomte",
    "couturière",
    "couturier",
    "mercière",
    "mercier",
    "chanoinesse",
    "chanoine",
    "lingère",
    "épicière",
    "épicier",
    "laitière",
    "laitier",
    "jardinière",
    "jardinier",
    "gouvernante",
    "aubergiste",
    "sultan",
    "sultane",
    "vizir",
    "derviche",
    "mage",
    "bourgmestre",
    "caporal",
    "douanier",
    "douanière",
    // (the characters of the popular novel: knights, soldiers, outlaws, clerks
    // and innkeepers)
    "chevalier",
    "seigneur",
    "écuyer",
    "chambellan",
    "intendant",
    "intendante",
    "majordome",
    "régisseur",
    "hussard",
    "mousquetaire",
    "cuirassier",
    "grenadier",
    "voltigeur",
    "fantassin",
    "zouave",
    "timonier",
    // (the crews and guides of voyages and expeditions)
    "guide",
    "harponneur",
    "gabier",
    "vigie",
    "porteur",
    "explorateur",
    "exploratrice",
    "naturaliste",
    "géographe",
    "mousse",
    "quartier-maître",
    "bosco",
    "corsaire",
    "pirate",
    "flibustier",
    "contrebandier",
    "contrebandière",
    "braconnier",
    "bandit",
    "brigand",
    "trappeur",
    "éclaireur",
    "espion",
    "espionne",
    "prisonnier",
    "prisonnière",
    "prieur",
    "prieure",
    "novice",
    "ermite",
    "pèlerin",
    "pèlerine",
    "tavernier",
    "tavernière",
    "cabaretier",
    "cabaretière",
    "métayer",
    "métayère",
    "postillon",
    "négociant",
    "négociante",
    "usurier",
    "usurière",
    "avoué",
    "clerc",
    "savant",
    "savante",
    "interprète",
];

/// Nouns that name a body that speaks.
const BODY_NOUNS: &[&str] = &[
    "gouvernement",
    "ministère",
    "parquet",
    "police",
    "gendarmerie",
    "préfecture",
    "mairie",
    "municipalité",
    "entreprise",
    "société",
    "groupe",
    "parti",
    "association",
    "syndicat",
    "agence",
    "armée",
    "état-major",
    "tribunal",
    "cour",
    "conseil",
    "commission",
    "comité",
    "fédération",
    "club",
    "ong",
    "organisation",
    "institut",
    "office",
    "autorités",
    "autorité",
    "direction",
    "assemblée",
    "sénat",
    "élysée",
    "kremlin",
    "opposition",
    "coalition",
    "majorité",
    "collectif",
    "ville",
    "région",
    "département",
    "état",
    "pays",
    "administration",
    "chancellerie",
    "ambassade",
    "compagnie",
    "constructeur",
    "hôpital",
    "université",
    "école",
    "banque",
    "fonds",
    "cabinet",
    "service",
    "services",
    "équipe",
    "famille",
    // (the anonymous sources of political news: `l'entourage du ministre`, `son camp`)
    "entourage",
    "camp",
    "staff",
    // (public services, unions and foundations the press names by their kind)
    "rectorat",
    "académie",
    "inspection",
    "intersyndicale",
    "confédération",
    "fondation",
    "observatoire",
    "laboratoire",
    "établissement",
    "clinique",
    "mutuelle",
    "caisse",
    "diocèse",
];

/// Nouns of places before their proper name (`la résidence Ker Avel`, `rue
/// Victor Hugo`): the name after them is no person's.
const PLACE_NOUNS: &[&str] = &[
    "résidence",
    "rue",
    "avenue",
    "boulevard",
    "allée",
    "impasse",
    "quai",
    "quartier",
    "lycée",
    "collège",
    "école",
    "hôpital",
    "clinique",
    "stade",
    "salle",
    "gymnase",
    "piscine",
    "théâtre",
    "cinéma",
    "musée",
    "hôtel",
    "restaurant",
    "domaine",
    "manoir",
    "château",
    "chapelle",
    "église",
    "cité",
    "parc",
    "square",
    "gare",
    "pont",
    "port",
    "centre",
    "espace",
];

/// Nouns that name people in narratives.
const NARRATIVE_NOUNS: &[&str] = &[
    "homme",
    // the creatures of tales, who speak there (not the animals: realist
    // narration has dogs and horses that say nothing)
    "fée",
    "ogre",
    "ogresse",
    "sorcière",
    "sorcier",
    "lutin",
    "bûcheron",
    "bûcheronne",
    // kin by marriage
    "belle-mère",
    "beau-père",
    "belle-sœur",
    "beau-frère",
    "belle-fille",
    "beau-fils",
    "cadet",
    "cadette",
    "aîné",
    "aînée",
    "benjamin",
    "benjamine",
    "jumeau",
    "jumelle",
    "femme",
    "enfant",
    "garçon",
    "fille",
    "fils",
    "père",
    "mère",
    // (`les parents d'élèves`, `61 % des parents`)
    "parent",
    "frère",
    "sœur",
    "oncle",
    "tante",
    "cousin",
    "cousine",
    "ami",
    "amie",
    "mari",
    "épouse",
    "veuve",
    "veuf",
    "dame",
    "monsieur",
    "madame",
    "mademoiselle",
    "demoiselle",
    "vieillard",
    "gamin",
    "gamine",
    "curé",
    "abbé",
    "prêtre",
    "roi",
    "reine",
    "prince",
    "princesse",
    "maître",
    "maîtresse",
    "servante",
    "domestique",
    "paysan",
    "paysanne",
    "bonne",
    "compagnon",
    "copain",
    "copine",
    "compagne",
    "camarade",
    "inconnu",
    "inconnue",
    "étranger",
    "étrangère",
    "hôte",
    "hôtesse",
    "grand-père",
    "grand-mère",
    "aïeul",
    "aïeule",
    "nourrice",
    "cocher",
    "marchand",
    "marchande",
    "bourgeois",
    "bourgeoise",
    "fillette",
    "valet",
    "serviteur",
    "personnage",
    "voyageur",
    "berger",
    "bergère",
    "meunier",
    "meunière",
    "forgeron",
    "maréchal",
    "palefrenier",
    "apothicaire",
    "boucher",
    "bouchère",
    "cordonnier",
    "cordonnière",
    "tailleur",
    "garde",
    "bedeau",
    "boulanger",
    "boulangère",
    "matelot",
    "marin",
    "pêcheur",
    "chasseur",
    "cavalier",
    "malade",
    "moribond",
    "mourant",
    "mourante",
    "blessé",
    "blessée",
    "élève",
    "écolier",
    "écolière",
    "fiancé",
    "fiancée",
    "amant",
    "époux",
    "bébé",
    "religieuse",
    "moine",
    "évêque",
    "vicaire",
    "sacristain",
    "cardinal",
    "hôtelier",
    "hôtelière",
    "concierge",
    "portier",
    "charretier",
    "maraîcher",
    "maraîchère",
    "commis",
    "villageois",
    "villageoise",
    "visiteur",
    "sous-lieutenant",
    "major",
    "mendiant",
    "mendiante",
    "vagabond",
    "ivrogne",
    "muletier",
    "laquais",
    "geôlier",
    "bourreau",
    // kin further off, and those bound to one by trade or by sponsorship
    "neveu",
    "nièce",
    "petit-fils",
    "petite-fille",
    "petit-neveu",
    "petite-nièce",
    "gendre",
    "bru",
    "filleul",
    "filleule",
    "parrain",
    "marraine",
    "apprenti",
    "apprentie",
    "associé",
    "associée",
    "orphelin",
    "orpheline",
];

/// Capitals that news writes for their governments (`Moscou a dénoncé`), one
/// word each.
const CAPITALS: &[&str] = &[
    "Washington",
    "Moscou",
    "Pékin",
    "Londres",
    "Berlin",
    "Kiev",
    "Kyiv",
    "Bruxelles",
    "Tokyo",
    "Téhéran",
    "Ankara",
    "Jérusalem",
    "Rome",
    "Madrid",
    "Ottawa",
    "Canberra",
    "Brasilia",
    "Pyongyang",
    "Séoul",
    "Damas",
    "Bagdad",
    "Riyad",
    "Doha",
    "Alger",
    "Rabat",
    "Tunis",
    "Dakar",
    "Kinshasa",
    "Bamako",
    "Varsovie",
    "Budapest",
    "Vienne",
    "Berne",
    "Athènes",
    "Lisbonne",
    "Dublin",
    "Prague",
    "Minsk",
    "Tbilissi",
    "Erevan",
    "Bakou",
    "Kaboul",
    "Islamabad",
    "Taipei",
    "Caracas",
    "Beyrouth",
    "Amman",
];

/// A list of words as a set, looked up by hash: the lists are long (hundreds
/// of nouns), and a scan compared a word with each of them.
type WordSet = std::collections::HashSet<&'static str, WordHashBuild>;

/// The titles of nobility, nouns of people (in [`AGENT_SET`]) and ranks a
/// line of dialogue may call someone by alone (`Allons, comte, …`).
pub(crate) const NOBLE_TITLES: &[&str] =
    &["comte", "comtesse", "vicomte", "vicomtesse", "marquis", "marquise", "baron", "baronne", "duc", "duchesse"];

/// [`AGENT_NOUNS`], [`NOBLE_TITLES`], [`BODY_NOUNS`] and [`NARRATIVE_NOUNS`] together.
static AGENT_SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
    AGENT_NOUNS.iter().chain(NOBLE_TITLES).chain(BODY_NOUNS).chain(NARRATIVE_NOUNS).copied().collect()
});

/// [`AGENT_NOUNS`], [`NOBLE_TITLES`] and [`NARRATIVE_NOUNS`]: the nouns of people.
static PERSON_SET: std::sync::LazyLock<WordSet> =
    std::sync::LazyLock::new(|| AGENT_NOUNS.iter().chain(NOBLE_TITLES).chain(NARRATIVE_NOUNS).copied().collect());

/// [`NARRATIVE_NOUNS`] as a set.
static NARRATIVE_SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| NARRATIVE_NOUNS.iter().copied().collect());

/// True for an adjective that stands before its noun (`ancien`, `jeune`), in any case.
pub(crate) fn is_prenominal(word: &str) -> bool {
    PRENOMINAL_SET.contains(&*lower(word))
}

/// [`PRENOMINAL`] as a set.
static PRENOMINAL_SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| PRENOMINAL.iter().copied().collect());

/// True for a head noun that names a person or a body that speaks: listed, or
/// built with a suffix of agents (`-teur`, `-trice`, `-iste`, `-ien`…).
/// True for a word (in any case) that names a person by their trade or role.
pub(crate) fn is_agent_word(word: &str) -> bool {
    is_agent_noun(&lower(word))
}

fn is_agent_noun(head: &str) -> bool {
    // (the endings of nouns of agents, in the singular or the plural: `agriculteurs`;
    // not the nouns of things that end so: `lenteur`, `entretien`, `dialogue`)
    let agent_ending = |w: &str| {
        ["teur", "trice", "iste", "ienne", "ien", "euse", "logue"]
            .iter()
            .any(|s| w.ends_with(s) && w.chars().count() > s.chars().count() + 2)
            && !THINGS_WITH_AGENT_ENDINGS.contains(&w)
    };
    AGENT_SET.contains(head)
        || head.strip_suffix(['s', 'x']).is_some_and(|h| AGENT_SET.contains(h) || agent_ending(h))
        || agent_ending(head)
}

/// The gender a noun of a trade or an office shows by its form: the
/// feminine of a noun of agent (`présidente`, `directrice`, `avocate`,
/// `cheffe`, `députée`) or a masculine whose feminine differs (`président`,
/// `directeur`); unknown for the nouns of both (`ministre`, `juge`,
/// `économiste`) and for other words.
fn person_noun_gender(w: &str) -> Gender {
    const FEMININE: &[(&str, &str)] = &[
        ("trice", "teur"),
        ("euse", "eur"),
        ("ière", "ier"),
        ("ienne", "ien"),
        ("effe", "ef"),
        ("ée", "é"),
        ("ue", "u"),
        ("te", "t"),
    ];
    for (f, m) in FEMININE {
        if let Some(stem) = w.strip_suffix(f) {
            if stem.chars().count() >= 2 && is_agent_noun(&format!("{stem}{m}")) {
                return Gender::Feminine;
            }
        }
    }
    let masculine_ending =
        ["teur", "eur", "ier", "ien", "ant", "ent", "at", "é", "u", "oint", "chef"].iter().any(|e| w.ends_with(e));
    if masculine_ending && is_agent_noun(w) { Gender::Masculine } else { Gender::Unknown }
}

/// Nouns of things and qualities that end as nouns of agents do (see
/// [`is_agent_noun`]).
const THINGS_WITH_AGENT_ENDINGS: &[&str] = &[
    "lenteur",
    "hauteur",
    "pesanteur",
    "senteur",
    "moteur",
    "secteur",
    "compteur",
    "ordinateur",
    "radiateur",
    "ventilateur",
    "aspirateur",
    "tracteur",
    "projecteur",
    "détecteur",
    "capteur",
    "réacteur",
    "extincteur",
    "interrupteur",
    "accélérateur",
    "générateur",
    "transformateur",
    "calculateur",
    "entretien",
    "soutien",
    "maintien",
    "dialogue",
    "catalogue",
    "monologue",
    "prologue",
    "épilogue",
    "berceuse",
    "perceuse",
    "tondeuse",
    "friteuse",
    "veilleuse",
    "mitrailleuse",
    "moissonneuse",
    "nébuleuse",
];

/// The pronouns of [`super::phrase::PRONOUNS`] that refer back to an entity (not `je`,
/// `nous`, `on`), and `ce dernier` in ASCII.
const ANAPHORS: &[&str] =
    &["il", "elle", "ils", "elles", "lui", "eux", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "ce dernier", "ces derniers"];

/// True for the name of a prize or an award, which its article makes a
/// thing (`le César`, `l'Oscar`, `la Palme d'or`, `le Goncourt`).
fn is_award(word: &str) -> bool {
    matches!(
        word,
        "César"
            | "Césars"
            | "Molière"
            | "Molières"
            | "Goncourt"
            | "Renaudot"
            | "Femina"
            | "Médicis"
            | "Interallié"
            | "Oscar"
            | "Oscars"
            | "Palme"
            | "Grammy"
            | "Grammys"
            | "Emmy"
            | "Emmys"
            | "Bafta"
            | "Victoire"
            | "Victoires"
            | "Ballon"
    )
}

/// True for the names of God and of the devil, which oaths and prayers call
/// (`Mon Dieu, oui`, `que Dieu me pardonne`): nobody of the story.
pub(crate) fn is_oath(word: &str) -> bool {
    matches!(word, "Dieu" | "Satan" | "Christ" | "Jésus" | "Seigneur")
}

/// True for a pronoun of a whole group (`Tous deux`, `toutes les trois`),
/// which takes up the group as `ils` does.
fn is_group(words: &str) -> bool {
    words.len() <= 16
        && words.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("tous") || w.eq_ignore_ascii_case("tout"))
        && pronoun_agreement(words).is_some()
}

/// True for a possessive determiner of the third person, alone.
pub(crate) fn is_possessive(words: &str) -> bool {
    ["son", "sa", "ses", "leur", "leurs"].iter().any(|p| p.eq_ignore_ascii_case(words))
}

/// The words that refer back to an entity.
fn is_anaphor(words: &str) -> bool {
    // (the longest, `cette dernière`, is 15 bytes: a longer phrase is read no further)
    if words.len() > 16 {
        return false;
    }
    // (all open with `i`, `e`, `l` or `c`, and a first character that is not
    // ASCII lowers to none of them but `İ`, which lowers to two characters)
    if !matches!(words.as_bytes().first().map(u8::to_ascii_lowercase), Some(b'i' | b'e' | b'l' | b'c')) {
        return false;
    }
    // (an ASCII phrase compared in place; one with other characters can only
    // be `cette dernière` or `ces dernières`, whose `è` only `È` lowers to)
    if words.is_ascii() {
        return ANAPHORS.iter().any(|a| a.eq_ignore_ascii_case(words));
    }
    // (and `l'intéressé`, the person the text just spoke of)
    words.contains(['è', 'È', 'é', 'É'])
        && matches!(
            &*lower(words),
            "cette dernière" | "ces dernières" | "l'intéressé" | "l'intéressée" | "l’intéressé" | "l’intéressée"
        )
}

/// What a phrase tells of the entity it names: its proper name, gender, number.
/// (A phrase is read once per document: a subject is often a mention too. The
/// gender of each name is fixed once read, so a phrase read again would tell
/// the same.)
fn candidate(span: Span, genders: &Genders<'_, '_>) -> Option<Candidate> {
    if let Some(&c) = genders.candidates.borrow().get(&span) {
        return c;
    }
    let c = read_candidate(span, genders);
    genders.candidates.borrow_mut().insert(span, c);
    c
}

/// [`candidate`], read from the words of the phrase.
fn read_candidate(span: Span, genders: &Genders<'_, '_>) -> Option<Candidate> {
    let text = genders.text;
    let toks = genders.words.window(span.start, span.end, 30);
    let first = toks.first()?;
    let lower = lower(first.text);
    let lower = &*lower;
    if is_anaphor(&text[span.range()]) || is_personal(&text[span.range()]) {
        return None;
    }
    let counted = toks.get(1).is_some_and(|t| is_counted(&crate::text::lower(t.text)));
    let plural = matches!(
        lower,
        "les"
            | "des"
            | "ces"
            | "leurs"
            | "ses"
            | "mes"
            | "tes"
            | "nos"
            | "vos"
            | "certains"
            | "certaines"
            | "quatre"
            | "cinq"
            | "nombre"
            | "deux"
            | "trois"
            | "plusieurs"
            | "quelques"
            // (a number of people: `quelque 150 pêcheurs`, `près de 200 élus`)
            | "quelque"
            | "environ"
            | "près"
    ) || toks.iter().any(|t| t.text == "et")
        // (`une soixantaine de présidents`, `une poignée de militants`)
        || counted;
    // a possessive before a consonant tells the noun's gender (`son mari`, `sa
    // femme`; `son amie` does not)
    let consonant = toks.get(1).is_some_and(|t| !t.text.starts_with(['a', 'e', 'é', 'è', 'ê', 'i', 'o', 'u', 'h', 'y']));
    let mut gender = match lower {
        "mon" | "ton" | "son" if consonant => Gender::Masculine,
        // (one of a group: `l'un des policiers`, `l'une d'elles`)
        "l" => match toks.get(2).map(|t| t.text) {
            Some("un") => Gender::Masculine,
            Some("une") => Gender::Feminine,
            // (a body's noun before its name: `l'agence Tass`, `l'Élysée`)
            Some(h) => elided_noun_gender(h),
            None => Gender::Unknown,
        },
        // (the gender of people counted is theirs, not the count's: `une
        // dizaine de médecins`)
        _ if counted => Gender::Unknown,
        w => determiner_gender(w),
    };
    if gender == Gender::Unknown {
        if let Some(t) = toks.iter().take(3).find(|t| t.word && !capital_first(t.text) || is_listed_honorific(t.text)) {
            let w = crate::text::lower(t.text);
            let w = &*w;
            if w.ends_with("trice")
                || w.ends_with("euse")
                || w.ends_with("ière")
                || w.ends_with("ienne")
                || w.ends_with("ente")
                || w.ends_with("ate")
                || w.ends_with("ée")
                // (`élue`, `prévenue`; not the epicene `homologue`, `collègue`, `critique`)
                || w.ends_with("ue") && !w.ends_with("gue") && !w.ends_with("que")
                || w == "mme"
            {
                gender = Gender::Feminine;
            } else if w.ends_with("teur")
                || w.ends_with("eur")
                || w.ends_with("ier")
                || w.ends_with("ien")
                || w.ends_with("ent")
                || w.ends_with('é')
                || w.ends_with('u')
                || w == "m"
            {
                gender = Gender::Masculine;
            }
        }
    }
    // (a body's name in small letters after its capital, whole: `le Haut Conseil
    // pour le climat`)
    let body = || {
        let t = toks.iter().find(|t| t.word && !t.is(class::DETERMINER))?;
        super::phrase::organisation_at(text, t.start, span.end).map(|e| Span::new(t.start, e))
    };
    let name = body().or_else(|| proper_name(&toks).map(|n| titled_article(text, &toks, n))).or_else(|| without_age(text, span));
    if gender == Gender::Unknown {
        if let Some(n) = name {
            gender = genders.of(n);
        }
    } else if gender == Gender::Masculine && matches!(lower, "le" | "un") {
        // a title in the masculine before a woman's given name: `le docteur
        // Anne Guérin`, `le juge Claire Aubertin`
        if name.is_some_and(|n| plain_gender(&text[n.range()]) == Some(true)) {
            gender = Gender::Feminine;
        }
    }
    // a noun whose gender is its own, after a determiner that does not tell
    // (`Notre mère`, `leur père`, `l'homme`)
    if gender == Gender::Unknown && name.is_none() {
        // (the head lowered once, for both tests)
        let head = toks
            .iter()
            .skip(1)
            .take(3)
            .filter(|t| t.word)
            .map(|t| crate::text::lower(t.text))
            .find(|w| !PRENOMINAL_SET.contains(&**w));
        if let Some(head) = head {
            gender = match &*head {
                "femme" | "fille" | "dame" | "demoiselle" | "servante" | "reine" | "princesse" | "comtesse" | "marquise"
                | "duchesse" | "baronne" | "maîtresse" | "veuve" | "nourrice" => Gender::Feminine,
                "homme" | "garçon" | "fils" | "roi" | "prince" | "comte" | "marquis" | "duc" | "baron" | "prêtre"
                | "vieillard" | "mari" => Gender::Masculine,
                h => title_gender(h),
            };
        }
    }
    // a noun of agent that has a feminine form in -e (`l'avocat` / `l'avocate`)
    if gender == Gender::Unknown && name.is_none() {
        if let Some(head) = toks.iter().skip(1).find(|t| t.word && !matches!(t.text, "'" | "’")) {
            let h = crate::text::lower(head.text);
            let listed = |w: &str| PERSON_SET.contains(w);
            if listed(&h) && listed(&format!("{}e", &*h)) {
                gender = Gender::Masculine;
            } else if h.strip_suffix('e').is_some_and(|m| listed(&h) && listed(m)) {
                gender = Gender::Feminine;
            } else if h.strip_suffix("er").is_some_and(|m| listed(&h) && listed(&format!("{m}ère"))) {
                // (`l'étranger` / `l'étrangère`)
                gender = Gender::Masculine;
            } else if h.strip_suffix("ère").is_some_and(|m| listed(&h) && listed(&format!("{m}er"))) {
                gender = Gender::Feminine;
            }
        }
    }
    // people coordinated: masculine when one of them is (`Aurore Delmas et
    // Kévin Thibault` are `ils`), feminine when all are
    if plural && toks.iter().any(|t| t.text == "et") {
        let mut parts = Vec::new();
        let mut from = 0;
        for (k, t) in toks.iter().enumerate() {
            if t.text == "et" {
                parts.push(&toks[from..k]);
                from = k + 1;
            }
        }
        parts.push(&toks[from..]);
        let of_part = |part: &[super::phrase::Tok<'_>]| {
            let first = part.iter().find(|t| t.word).map(|t| crate::text::lower(t.text));
            match first.as_deref() {
                Some("la" | "une" | "sa" | "ma" | "cette" | "mme" | "madame") => Gender::Feminine,
                Some("le" | "un" | "son" | "mon" | "ce" | "m" | "monsieur") => Gender::Masculine,
                _ => proper_name(part).map_or(Gender::Unknown, |n| genders.of(n)),
            }
        };
        let each: Vec<Gender> = parts.iter().map(|p| of_part(p)).collect();
        if each.contains(&Gender::Masculine) {
            gender = Gender::Masculine;
        } else if each.iter().all(|g| *g == Gender::Feminine) {
            gender = Gender::Feminine;
        }
    }
    // (a capital standing for its government speaks, but no pronoun takes it
    // up: `Washington attend «…», a-t-il souligné` is the spokesman's `il`)
    let capital = toks.len() == 1 && CAPITALS.contains(&first.text);
    // (an animal of a text where animals speak: `Le renard s'approcha. «…», dit-il`)
    let animal = || {
        genders.animals_speak
            && first.is(class::DETERMINER)
            && toks
                .iter()
                .skip(1)
                .filter(|t| t.word)
                .map(|t| crate::text::lower(t.text))
                .find(|w| !PRENOMINAL_SET.contains(&**w))
                .is_some_and(|head| is_animal(&head) || head.strip_suffix('s').is_some_and(is_animal))
    };
    let person = (is_person(&toks, first, name) || aged_apposition(text, span.end) || animal()) && !capital;
    Some(Candidate { span, name, gender, plural, role: Role::Named, person, proper: proper_in(text, &toks, name) })
}

/// A description without the age set after it, which is the person's, not
/// part of their name (`La mère de Léa, 12 ans` is `La mère de Léa`; the age
/// is Léa's).
fn without_age(text: &str, span: Span) -> Option<Span> {
    let words = &text[span.range()];
    // (read by a char, not a pattern: every candidate comes here once)
    let comma = words.rfind(',')?;
    let (head, age) = (&words[..comma], words[comma + 1..].strip_prefix(' ')?);
    let (n, unit) = age.split_once(' ')?;
    (is_age(n, unit) && !head.contains(',')).then(|| Span::new(span.start, span.start + head.len()))
}

/// True for a number of years: `12 ans`, `1 an`.
fn is_age(number: &str, unit: &str) -> bool {
    !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit()) && matches!(unit, "ans" | "an")
}

/// True when an apposition after `end` gives an age, which only a person has:
/// `Le plaisancier, un Britannique de 71 ans,`, `Le skipper, 34 ans,`.
fn aged_apposition(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..super::floor_boundary(text, (end + 60).min(text.len()))) else { return false };
    let Some(rest) = rest.strip_prefix(", ") else { return false };
    let segment = &rest[..rest.find([',', '.', ';', ':', '«']).unwrap_or(rest.len())];
    let mut words = segment.split(' ');
    let mut prev = words.next().unwrap_or("");
    for w in words {
        if is_age(prev, w) {
            return true;
        }
        prev = w;
    }
    false
}

/// Nationalities and regional origins, masculine singular: the words a
/// sports or news report uses for a person it named before (`l'Italien`,
/// `la Néerlandaise`, `le Breton`); [`is_demonym`] reads their other forms.
const DEMONYMS: &[&str] = &[
    "Français",
    "Allemand",
    "Italien",
    "Espagnol",
    "Portugais",
    "Anglais",
    "Britannique",
    "Irlandais",
    "Écossais",
    "Gallois",
    "Belge",
    "Suisse",
    "Néerlandais",
    "Danois",
    "Suédois",
    "Norvégien",
    "Finlandais",
    "Islandais",
    "Polonais",
    "Tchèque",
    "Slovaque",
    "Hongrois",
    "Roumain",
    "Bulgare",
    "Grec",
    "Turc",
    "Russe",
    "Ukrainien",
    "Biélorusse",
    "Serbe",
    "Croate",
    "Slovène",
    "Bosnien",
    "Albanais",
    "Autrichien",
    "Luxembourgeois",
    "Monténégrin",
    "Macédonien",
    "Moldave",
    "Estonien",
    "Letton",
    "Lituanien",
    "Géorgien",
    "Arménien",
    "Azerbaïdjanais",
    "Kazakh",
    "Ouzbek",
    "Américain",
    "Canadien",
    "Québécois",
    "Mexicain",
    "Brésilien",
    "Argentin",
    "Chilien",
    "Colombien",
    "Uruguayen",
    "Péruvien",
    "Vénézuélien",
    "Équatorien",
    "Cubain",
    "Haïtien",
    "Jamaïcain",
    "Marocain",
    "Algérien",
    "Tunisien",
    "Libyen",
    "Égyptien",
    "Sénégalais",
    "Ivoirien",
    "Camerounais",
    "Malien",
    "Nigérian",
    "Nigérien",
    "Ghanéen",
    "Congolais",
    "Gabonais",
    "Guinéen",
    "Burkinabé",
    "Béninois",
    "Togolais",
    "Tchadien",
    "Soudanais",
    "Éthiopien",
    "Kényan",
    "Rwandais",
    "Malgache",
    "Sud-Africain",
    "Japonais",
    "Chinois",
    "Coréen",
    "Sud-Coréen",
    "Vietnamien",
    "Thaïlandais",
    "Indonésien",
    "Philippin",
    "Indien",
    "Pakistanais",
    "Afghan",
    "Iranien",
    "Irakien",
    "Syrien",
    "Libanais",
    "Israélien",
    "Palestinien",
    "Jordanien",
    "Saoudien",
    "Australien",
    "Néo-Zélandais",
    "Breton",
    "Normand",
    "Basque",
    "Corse",
    "Alsacien",
    "Lorrain",
    "Provençal",
    "Savoyard",
    "Auvergnat",
    "Bourguignon",
    "Picard",
    "Vendéen",
    "Gascon",
    "Catalan",
    "Flamand",
    "Wallon",
    "Bruxellois",
    "Genevois",
    "Vaudois",
    "Lyonnais",
    "Marseillais",
    "Bordelais",
    "Toulousain",
    "Nantais",
    "Lillois",
    "Lensois",
    "Stéphanois",
    "Niçois",
    "Rennais",
    "Montpelliérain",
    "Strasbourgeois",
    "Brestois",
    "Rémois",
    "Havrais",
    "Grenoblois",
    "Dijonnais",
    "Angevin",
    "Finistérien",
    "Monégasque",
];

/// True for a nationality or a regional origin in any of its forms
/// (`Italien`, `Italienne`, `Italiens`, `Bretonne`, `Allemande`, `Néerlandaise`).
fn is_demonym(word: &str) -> bool {
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| DEMONYMS.iter().copied().collect());
    let w = word.strip_suffix('s').unwrap_or(word);
    if SET.contains(w) || SET.contains(word) {
        return true;
    }
    // (the feminine: `-ienne`, `-éenne`, `-onne`, `-aise`, `-oise`, `-e` after a consonant)
    [("ienne", "ien"), ("éenne", "éen"), ("onne", "on"), ("aise", "ais"), ("oise", "ois")]
        .iter()
        .find_map(|(f, m)| w.strip_suffix(f).map(|stem| format!("{stem}{m}")))
        .or_else(|| w.strip_suffix('e').map(str::to_string))
        .is_some_and(|m| SET.contains(m.as_str()))
}

/// A name widened to its article when the article is written with a capital
/// inside a sentence, where only a title writes it so (`rapporte Le Monde`,
/// `selon La Croix`, `a dit à L'Équipe`); at a sentence's start the capital
/// tells nothing and the name stays without it (`La Commission a…`).
fn titled_article(text: &str, toks: &[super::phrase::Tok<'_>], name: Span) -> Span {
    let Some(k) = toks.iter().position(|t| t.start == name.start) else { return name };
    let article = match k {
        1 => matches!(toks[0].text, "Le" | "La" | "Les").then_some(toks[0].start),
        2 => (toks[0].text == "L" && matches!(toks[1].text, "'" | "’")).then_some(toks[0].start),
        _ => None,
    };
    let Some(start) = article else { return name };
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '\u{202f}', '\t']);
    let opens = before.is_empty()
        || before.ends_with(['.', '!', '?', '…', ':', ';', '\n', '\r', '«', '"', '“', '—', '–', '(', '-', '\'', '’']);
    if opens { name } else { Span::new(start, name.end) }
}

/// True when a phrase (its tokens, its first one and its proper name) names a
/// person or a body: a name, an honorific, or a head noun of agent (the first
/// word after the determiners and the adjectives that come before a noun).
fn is_person(toks: &[super::phrase::Tok<'_>], first: &super::phrase::Tok<'_>, name: Option<Span>) -> bool {
    name.is_some() || is_listed_honorific(first.text) || {
        // one pass over the words (the determiners and `de` told by the token's
        // lists, the other words lowered without allocating): the head noun is
        // the first word that is neither one nor an adjective written before a
        // noun, and tells; failing one, an adjective used as a noun after a
        // determiner names a person (`le vieux`, `la petite`)
        // (no determiner nor `de` is such an adjective: one after the first word
        // makes the phrase no adjective used as a noun)
        let mut determiner_first = false;
        let mut adjectives_after = true;
        let mut last = None;
        let mut words = toks.iter().filter(|t| t.word).enumerate().peekable();
        while let Some((i, t)) = words.next() {
            if t.is(class::DETERMINER | class::L | class::D | class::DE | class::DU) {
                if i == 0 {
                    determiner_first = t.is(class::DETERMINER);
                } else {
                    adjectives_after = false;
                }
                continue;
            }
            let w = lower(t.text);
            // (one of a group of people: `l'une d'elles`, `chacun d'eux`)
            if matches!(&*w, "eux" | "elles" | "nous" | "vous") && i > 0 {
                return true;
            }
            // (a number of people is the people counted: `des centaines
            // d'agriculteurs`, `une poignée de militants`)
            let counted = is_counted(&w) && words.peek().is_some_and(|(_, n)| n.is(class::DE | class::D | class::DES));
            // (and the words of the number before them: `quelque 150 pêcheurs`,
            // `plus de 200 médecins`)
            let number = matches!(&*w, "quelque" | "environ" | "plus" | "près" | "moins") && i == 0
                || w.bytes().all(|b| b.is_ascii_digit());
            if counted || number {
                continue;
            }
            if !PRENOMINAL_SET.contains(&*w) {
                // (or a name after the determiner and an adjective, which are not
                // part of it: `la grande Mélie`, `le petit Vatinel`)
                return is_agent_noun(&w) || determiner_first && last.is_some() && capital_first(t.text);
            }
            last = Some(w);
        }
        determiner_first
            && adjectives_after
            && last.is_some_and(|w| !matches!(&*w, "autre" | "même" | "premier" | "première" | "seul" | "seule"))
    }
}

/// True for a noun that counts people before `de` (`des centaines de`, `une
/// soixantaine de`, `une poignée de`, `la plupart des`).
fn is_counted(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "dizaine"
            | "douzaine"
            | "quinzaine"
            | "vingtaine"
            | "trentaine"
            | "quarantaine"
            | "cinquantaine"
            | "soixantaine"
            | "centaine"
            | "millier"
            | "million"
            | "poignée"
            | "foule"
            | "plupart"
            | "majorité"
            | "moitié"
    )
}

/// What the document tells of the gender of the people it names: a first name
/// known to be masculine or feminine, else the words around the name where
/// the text uses it (`la petite Marthe`, `M. Roux`, and the pronoun that
/// takes it up next: `Marthe était nerveuse. Peut-être s'évanouirait-elle`).
/// Each name is read once per document (and so is each phrase read as a
/// [`candidate`], whose gender comes from here).
struct Genders<'t, 'w> {
    text: &'t str,
    /// The tokens of the text.
    words: &'w Words<'t>,
    /// The quotations and turns, whose pronouns are not the narration's.
    speech: &'w [Span],
    seen: std::cell::RefCell<std::collections::HashMap<&'t str, Gender, WordHashBuild>>,
    /// Whether a word is written with its capital inside sentences: a proper noun.
    proper: std::cell::RefCell<std::collections::HashMap<&'t str, bool, WordHashBuild>>,
    /// Where the capitals of the text are, read once when a name's uses are first looked for.
    capitals: std::cell::OnceCell<Capitals>,
    /// The phrases already read as candidates ([`candidate`]).
    candidates: std::cell::RefCell<std::collections::HashMap<Span, Option<Candidate>, WordHashBuild>>,
    /// The text makes an animal speak (`dit le renard`): its animals are
    /// people, whom pronouns take up (a tale, a fable; not a report where a
    /// dog barks).
    animals_speak: bool,
}

/// Where each ASCII capital of a text is, by the capital and the byte after
/// it (its five low bits): the uses of a name that opens with one are found
/// among the places of its first two bytes, instead of reading the whole
/// stretch of text around it for each name.
struct Capitals {
    /// The places, grouped by key ([`Capitals::key`]), each group in text order.
    at: Vec<usize>,
    /// Where the group of each key starts in `at` (and the next one's, where it ends).
    starts: Vec<usize>,
}

impl Capitals {
    /// How many keys there are: 26 capitals, 32 bytes after them.
    const KEYS: usize = 26 * 32;

    /// The key of the capital `first` followed by the byte `next`.
    fn key(first: u8, next: u8) -> usize {
        usize::from(first - b'A') * 32 + usize::from(next & 31)
    }

    fn new(text: &str) -> Capitals {
        let bytes = text.as_bytes();
        // the places in text order and their keys, then grouped by key (a counting sort)
        let mut found: Vec<(usize, u16)> = Vec::with_capacity(bytes.len() / 32);
        let key_at = |k: usize| Capitals::key(bytes[k], bytes.get(k + 1).copied().unwrap_or(0)) as u16;
        // (sixteen bytes at a time, as two halves told at once: capitals are few)
        let mut blocks = bytes.chunks_exact(16);
        for (b, block) in blocks.by_ref().enumerate() {
            let (lo, hi) = block.split_at(8);
            let half = |h: &[u8]| crate::text::ascii_capitals(u64::from_le_bytes(h.try_into().unwrap_or_default()));
            let (lo, hi) = (half(lo), half(hi));
            if lo | hi != 0 {
                for (base, mut capitals) in [(b * 16, lo), (b * 16 + 8, hi)] {
                    while capitals != 0 {
                        let k = base + capitals.trailing_zeros() as usize / 8;
                        found.push((k, key_at(k)));
                        capitals &= capitals - 1;
                    }
                }
            }
        }
        let tail = bytes.len() - blocks.remainder().len();
        for (k, &c) in bytes.iter().enumerate().skip(tail) {
            if c.is_ascii_uppercase() {
                found.push((k, key_at(k)));
            }
        }
        let mut starts = vec![0; Capitals::KEYS + 1];
        for &(_, key) in &found {
            starts[usize::from(key) + 1] += 1;
        }
        for key in 0..Capitals::KEYS {
            starts[key + 1] += starts[key];
        }
        let mut next = starts.clone();
        let mut at = vec![0; found.len()];
        for (k, key) in found {
            at[next[usize::from(key)]] = k;
            next[usize::from(key)] += 1;
        }
        Capitals { at, starts }
    }

    /// The places of the capital `first` followed by a byte with the low bits of `next`, in text order.
    fn of(&self, first: u8, next: u8) -> &[usize] {
        let key = Capitals::key(first, next);
        &self.at[self.starts[key]..self.starts[key + 1]]
    }
}

/// How many uses of a name are read to learn its gender.
const GENDER_USES: usize = 24;

/// How far around a name (in bytes, either way) its uses are read.
const GENDER_READ: usize = 8000;

impl<'t, 'w> Genders<'t, 'w> {
    fn new(words: &'w Words<'t>, speech: &'w [Span], animals_speak: bool) -> Genders<'t, 'w> {
        Genders {
            text: words.text(),
            words,
            speech,
            seen: std::cell::RefCell::new(std::collections::HashMap::default()),
            proper: std::cell::RefCell::new(std::collections::HashMap::default()),
            capitals: std::cell::OnceCell::new(),
            candidates: std::cell::RefCell::new(std::collections::HashMap::default()),
            animals_speak,
        }
    }

    /// The first `max` uses of `name` in `text[from..to]`, exactly those that
    /// [`memchr::memmem::find_iter`] finds (leftmost first, none overlapping):
    /// for a name that opens with an ASCII capital and another byte, looked
    /// for only where that capital is written before a byte like it.
    fn uses(&self, name: &str, from: usize, to: usize, max: usize) -> Vec<usize> {
        let bytes = self.text.as_bytes();
        let needle = name.as_bytes();
        // (an empty name has no use: it would match inside every character)
        if needle.is_empty() {
            return Vec::new();
        }
        let (Some(&first), Some(&second)) = (needle.first().filter(|b| b.is_ascii_uppercase()), needle.get(1)) else {
            return memchr::memmem::find_iter(&bytes[from..to], needle).take(max).map(|k| from + k).collect();
        };
        let at = self.capitals.get_or_init(|| Capitals::new(self.text)).of(first, second);
        let mut out = Vec::new();
        // (where the next use may start: after the end of the last one)
        let mut next = from;
        for &k in &at[at.partition_point(|&k| k < from)..] {
            if out.len() == max || k + needle.len() > to {
                break;
            }
            if k >= next && bytes[k..].starts_with(needle) {
                out.push(k);
                next = k + needle.len();
            }
        }
        out
    }

    /// The gender of the person whose name is at `span` (`Marthe`, `Pierre
    /// Roux`, `Bouvard`).
    fn of(&self, span: Span) -> Gender {
        let name = &self.text[span.range()];
        let first = name.split([' ', '.']).next().unwrap_or("");
        let g = own_gender(name);
        // (`France` before another name opens a body's, which has no sex:
        // `France Travail`)
        if g != Gender::Unknown || first.chars().count() < 3 || first == "France" && name.len() > first.len() {
            return g;
        }
        // the whole name: a surname alone is shared by a family
        let key = name;
        if let Some(&g) = self.seen.borrow().get(key) {
            return g;
        }
        let g = self.learn(key, span.start);
        self.seen.borrow_mut().insert(key, g);
        g
    }

    /// True when the capitalised word `name` (at `near`) is also written with
    /// its capital inside a sentence, after a word or a comma: a proper noun,
    /// not a common word that opens sentences (`Clarimonde`, not `Puis`).
    /// Each word is read once per document, over a bounded stretch.
    fn is_proper_noun(&self, name: &'t str, near: usize) -> bool {
        if let Some(&p) = self.proper.borrow().get(name) {
            return p;
        }
        let text = self.text;
        let from = super::ceil_boundary(text, near.saturating_sub(GENDER_READ));
        let to = super::floor_boundary(text, (near + GENDER_READ).min(text.len()));
        let inside_sentence = self.uses(name, from, to, GENDER_USES).into_iter().any(|at| {
            let end = at + name.len();
            let bounded = !crate::text::char_before(text, at).is_some_and(crate::text::is_word_char)
                && !crate::text::char_at(text, end).is_some_and(crate::text::is_word_char);
            let before = text[from..at].trim_end_matches(crate::text::is_space);
            bounded && before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '\'' | '’'))
        });
        self.proper.borrow_mut().insert(name, inside_sentence);
        inside_sentence
    }

    /// Votes from the uses of `name` in the text.
    fn learn(&self, name: &str, near: usize) -> Gender {
        let text = self.text;
        let (mut masculine, mut feminine) = (0, 0);
        // (a surname alone, `Mercadier`, that the text writes after given names of
        // one gender only, `Julien Mercadier`: that person's, when no relative of
        // the other gender shares the name)
        let single = !name.contains(' ');
        let mut family: Option<Gender> = None;
        // the uses around the first one asked about: each name costs a bounded read
        let from = super::ceil_boundary(text, near.saturating_sub(GENDER_READ));
        let to = super::floor_boundary(text, (near + GENDER_READ).min(text.len()));
        for at in self.uses(name, from, to, GENDER_USES) {
            let end = at + name.len();
            let bounded = !crate::text::char_before(text, at).is_some_and(crate::text::is_word_char)
                && !crate::text::char_at(text, end).is_some_and(crate::text::is_word_char);
            if !bounded {
                continue;
            }
            // the word before: an article, an honorific or a title
            let before = self.words.window(super::ceil_boundary(text, at.saturating_sub(24)), at, usize::MAX);
            if let Some(w) = before.iter().rev().find(|t| t.word) {
                let given =
                    if single && capital_first(w.text) && w.end + 1 == at { first_name_gender(w.text) } else { Gender::Unknown };
                family = match (family, given) {
                    (f, Gender::Unknown) => f,
                    (None, g) => Some(g),
                    (Some(f), g) if f != g => Some(Gender::Unknown),
                    (f, _) => f,
                };
                match &*lower(w.text) {
                    "la" | "mme" | "madame" | "mlle" | "mademoiselle" | "petite" | "sœur" | "tante" | "mère" | "reine"
                    | "belle" | "vieille" | "chère" | "veuve" => feminine += 2,
                    "le" | "m" | "monsieur" | "petit" | "frère" | "oncle" | "père" | "roi" | "abbé" | "beau" | "vieux"
                    | "cher" => masculine += 2,
                    // (a title and its article: `le docteur Ravel`, `la juge Morin`)
                    t if w.end + 1 == at && PERSON_SET.contains(t) => {
                        match before.iter().rev().filter(|t| t.word).nth(1).map(|a| lower(a.text)).as_deref() {
                            Some("le" | "un" | "du" | "au") => masculine += 2,
                            Some("la" | "une") => feminine += 2,
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
            // a noun of a trade in apposition, with its gender (`Camille Roy,
            // présidente du club`, `Dominique Leroy, directeur`)
            if text[end..].starts_with(", ") {
                let next = self.words.window(end + 2, super::floor_boundary(text, (end + 40).min(text.len())), 2);
                if let Some(w) = next.first().filter(|t| t.word && t.text.starts_with(char::is_lowercase)) {
                    match person_noun_gender(&lower(w.text)) {
                        Gender::Masculine => masculine += 2,
                        Gender::Feminine => feminine += 2,
                        Gender::Unknown => {}
                    }
                }
            }
            // the first subject pronoun after it, in the same sentence of
            // narration (a turn of dialogue speaks of others; the pronoun of
            // the next sentence is often the one being resolved), when the
            // name is no complement (`seule avec Mouton Fidèle, elle…`)
            let governed = before.iter().rev().find(|t| t.word).is_some_and(|w| super::phrase::is_governing(w.text));
            if governed || inside(self.speech, Span::new(at, end)) {
                continue;
            }
            // (up to the words of speech that follow an incise: `dit Paul, elle…`)
            let next_speech = self.speech.get(self.speech.partition_point(|s| s.start < end)).map_or(text.len(), |s| s.start);
            let after = self.words.window(end, super::floor_boundary(text, (end + 160).min(next_speech)), 40);
            // a participle or an adjective that agrees with it after a verb of
            // state (`Marthe s'était levée`, `Lucien fut surpris`)
            match agreement_after(&after) {
                Gender::Masculine => masculine += 1,
                Gender::Feminine => feminine += 1,
                Gender::Unknown => {}
            }
            for t in after.iter() {
                // (nor past a relative on a place or a thing: `Wimbledon, où elle
                // avait brillé`)
                if matches!(t.text, "«" | "»" | "“" | "”" | "—" | "–" | "\n" | "." | "!" | "?" | "où" | "dont") {
                    break;
                }
                if t.word && capital_first(t.text) && !matches!(t.text, "Il" | "Elle") {
                    // another name first: the pronoun may be theirs
                    if !t.is(class::DETERMINER) {
                        break;
                    }
                }
                match t.text {
                    "il" | "Il" => {
                        masculine += 1;
                        break;
                    }
                    "elle" | "Elle" => {
                        feminine += 1;
                        break;
                    }
                    _ => {}
                }
            }
        }
        if feminine > masculine {
            Gender::Feminine
        } else if masculine > feminine {
            Gender::Masculine
        } else if feminine == 0 && !name.contains(' ') && name.ends_with('a') && name.chars().count() >= 5 {
            // nothing told: a given name in -a is a woman's (`Marroca`, `Marianina`)
            Gender::Feminine
        } else {
            family.unwrap_or(Gender::Unknown)
        }
    }
}

/// The gender a subject takes from the participle or adjective that agrees
/// with it after a verb of state or a compound tense (`était venue`, `s'est
/// levé`, `fut surpris`, `s'étant étendue`), read from the tokens right
/// after the subject; unknown when no such word comes first.
fn agreement_after(after: &[super::phrase::Tok<'_>]) -> Gender {
    let mut verb = false;
    for t in after.iter().filter(|t| !t.text.trim().is_empty()).take(6) {
        let w = lower(t.text);
        let w = &*w;
        match w {
            "est" | "était" | "fut" | "sera" | "serait" | "étant" | "semblait" | "sembla" | "parut" | "paraissait" | "resta"
            | "restait" | "demeura" | "devint" | "devenait" | "été" => verb = true,
            "s" | "'" | "’" | "se" | "ne" | "n" | "si" | "tout" | "toute" | "très" | "bien" | "fort" | "déjà" | "encore"
            | "pas" | "point" | "plus" | "toujours" | "presque" | "trop" | "un" | "peu" => {}
            _ if w.ends_with("ment") && w.len() > 6 => {}
            _ if !verb || !t.word => return Gender::Unknown,
            "ici" | "aussi" | "ainsi" | "lui" | "parmi" | "midi" | "là" | "puis" | "depuis" | "mais" | "jadis" | "elle"
            | "celle" => {
                return Gender::Unknown;
            }
            _ => {
                let feminine = ["ée", "ue", "ie", "ise", "erte", "orte", "euse", "elle", "ette", "ive"];
                let masculine = ["é", "u", "i", "is", "ert", "ort", "eux", "el", "et", "if"];
                return if feminine.iter().any(|e| w.ends_with(e)) {
                    Gender::Feminine
                } else if masculine.iter().any(|e| w.ends_with(e)) {
                    Gender::Masculine
                } else {
                    Gender::Unknown
                };
            }
        }
    }
    Gender::Unknown
}

/// True for the noun of an absolute phrase of the body, lower case: a part of
/// the body or its look (`la voix basse`, `les larmes aux yeux`, `l'air las`).
pub(crate) fn is_bodily(noun: &str) -> bool {
    BODY_PARTS.contains(&noun)
        || matches!(noun, "larmes" | "sourire" | "air" | "mine" | "sourcils" | "paupières" | "poings" | "dents")
}

/// Parts of a body, a voice, a look: their owner is a person (`la bouche de
/// Clarimonde`), and `la main en abat-jour,` before a subject describes it.
pub(crate) const BODY_PARTS: &[&str] = &[
    "bouche", "main", "mains", "bras", "yeux", "œil", "visage", "figure", "tête", "cœur", "coeur", "voix", "sein", "cou", "joue",
    "joues", "front", "lèvres", "regard", "âme", "pieds", "épaule", "épaules", "doigts", "cheveux", "taille", "genoux",
];

/// Parts of a body besides [`BODY_PARTS`], which no more speak (see [`names_body_part`]).
const MORE_BODY_PARTS: &[&str] =
    &["jambe", "jambes", "pied", "doigt", "dos", "nez", "oreille", "oreilles", "poitrine", "ventre", "gorge"];

/// How far from a description its use with a name is looked for, in bytes.
const DESCRIPTION_READ: usize = 6000;

/// The name the text gives the description `c` elsewhere, nearest first:
/// `le vieux` is `Jean-Michel` when the text writes `le vieux Jean-Michel`.
fn named_elsewhere(doc: &Words<'_>, c: Candidate) -> Option<Candidate> {
    let text = doc.text();
    let words = &text[c.span.range()];
    // the description without its article, and the article
    let (article, rest) = words.split_once([' ', '\'', '’'])?;
    let rest = rest.trim_start();
    // (a title of kinship or address names its own person: `le père`, `le père Lumière`)
    let head = rest.rsplit(' ').next().unwrap_or(rest);
    if rest.is_empty() || super::phrase::is_title_before_name(head) {
        return None;
    }
    let from = super::ceil_boundary(text, c.span.start.saturating_sub(DESCRIPTION_READ));
    let to = super::floor_boundary(text, (c.span.end + DESCRIPTION_READ).min(text.len()));
    let mut best: Option<(usize, Span)> = None;
    for k in memchr::memmem::find_iter(&text.as_bytes()[from..to], rest.as_bytes()).take(64) {
        let at = from + k;
        let end = at + rest.len();
        // (a capital right after: read the bytes before anything else)
        let capital_next =
            text.as_bytes().get(end) == Some(&b' ') && text[end + 1..].chars().next().is_some_and(char::is_uppercase);
        if !capital_next || at == c.span.start + (words.len() - rest.len()) {
            continue;
        }
        // (the same article before)
        let before = text[from..at].trim_end_matches([' ', '\'', '’']);
        let a = before.len().saturating_sub(article.len());
        if !before.is_char_boundary(a) || !before[a..].eq_ignore_ascii_case(article) {
            continue;
        }
        let toks = doc.window(end, super::floor_boundary(text, (end + 60).min(text.len())), 4);
        let Some(first) = toks.first().filter(|t| t.word && t.start == end + 1 && super::phrase::starts_name(t.text)) else {
            continue;
        };
        if !capital_first(first.text) {
            continue;
        }
        let last = toks.iter().take_while(|t| t.word && capital_first(t.text)).last().unwrap_or(first);
        let name = Span::new(first.start, last.end);
        let distance = at.abs_diff(c.span.start);
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, name));
        }
    }
    best.map(|(_, name)| Candidate { name: Some(name), proper: true, ..c })
}

/// Builds the tables of resolution (the given names) now, so that the first
/// text an extractor reads does not pay for them.
pub(crate) fn warm() {
    std::sync::LazyLock::force(&FIRST_NAMES);
}

/// True for a given name of the data (`Marcel`, `Hortense`).
pub(crate) fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains_key(word)
}

/// Given names and their gender, as data (`first_names.txt`: `F Marthe`,
/// `M Florent`; `X Camille` for a name given to both sexes, of no gender).
/// (hashed with the crate's word hasher: a name is looked up for every
/// capitalised word, where SipHash cost more than the test)
static FIRST_NAMES: std::sync::LazyLock<std::collections::HashMap<&'static str, Gender, WordHashBuild>> =
    std::sync::LazyLock::new(|| {
        include_str!("first_names.txt")
            .lines()
            .filter_map(|line| match line.split_once(' ') {
                Some(("F", name)) => Some((name.trim(), Gender::Feminine)),
                Some(("M", name)) => Some((name.trim(), Gender::Masculine)),
                Some(("X", name)) => Some((name.trim(), Gender::Unknown)),
                _ => None,
            })
            .collect()
    });

/// The gender of a first name (`first` is the first word of a name; a
/// compound `Jean-Marie` is looked up whole, then by its first part).
fn first_name_gender(first: &str) -> Gender {
    let names = &*FIRST_NAMES;
    if let Some(&g) = names.get(first) {
        return g;
    }
    // (a name without a hyphen was just looked up whole)
    first.split_once('-').and_then(|(part, _)| names.get(part)).copied().unwrap_or(Gender::Unknown)
}

/// The gender a determiner or an honorific in lower case tells (`la`,
/// `cette`, `mme`; `le`, `monsieur`).
fn determiner_gender(word: &str) -> Gender {
    match word {
        "la" | "une" | "cette" | "mme" | "mlle" | "madame" | "ma" | "ta" | "sa" => Gender::Feminine,
        "le" | "un" | "ce" | "cet" | "m" | "monsieur" => Gender::Masculine,
        _ => Gender::Unknown,
    }
}

/// `Some(true)` for a name or a description of a woman (`Claire`, `la
/// mère`, `Mme Roux`, `tante Rose`), `Some(false)` for one of a man, `None`
/// when its words do not tell: its first name, else its first word.
pub(crate) fn name_feminine(name: &str) -> Option<bool> {
    let first = name.split([' ', '\'', '’']).next().unwrap_or("");
    let g = match first_name_gender(first) {
        Gender::Unknown => match determiner_gender(&lower(first.trim_end_matches('.'))) {
            Gender::Unknown => title_gender(first),
            g => g,
        },
        g => g,
    };
    match g {
        Gender::Feminine => Some(true),
        Gender::Masculine => Some(false),
        Gender::Unknown => None,
    }
}

/// `Some(true)` for a pronoun of a woman or women (`elle`, `celle-ci`),
/// `Some(false)` for one of a man or men, `None` for another phrase.
pub(crate) fn pronoun_feminine(words: &str) -> Option<bool> {
    match pronoun_agreement(words)?.0 {
        Gender::Feminine => Some(true),
        Gender::Masculine => Some(false),
        Gender::Unknown => None,
    }
}

/// The gender a phrase shows by itself, with no other mention read: a
/// pronoun's, a name's (see [`plain_gender`]), or its determiner's (`la
/// comtesse`, `le jardinier`); `Some(true)` for a woman.
pub(crate) fn shown_feminine(words: &str) -> Option<bool> {
    pronoun_feminine(words).or_else(|| plain_gender(words)).or_else(|| {
        match determiner_gender(&lower(words.split(' ').next().unwrap_or(""))) {
            Gender::Feminine => Some(true),
            Gender::Masculine => Some(false),
            Gender::Unknown => None,
        }
    })
}

/// The gender a name shows by itself, with no other mention read: its
/// honorific (`Mme Roux`), a title of kinship (`oncle Paul`) or its first
/// name (`Claire Morin`); `Some(true)` for a woman, `None` when it does not tell.
pub(crate) fn plain_gender(name: &str) -> Option<bool> {
    match own_gender(name) {
        Gender::Feminine => Some(true),
        Gender::Masculine => Some(false),
        Gender::Unknown => None,
    }
}

/// [`plain_gender`] as a [`Gender`]; [`Genders::of`] reads it first.
fn own_gender(name: &str) -> Gender {
    let first = name.split([' ', '.']).next().unwrap_or("");
    // an honorific tells it (`Mme Lelièvre`, `M. Roux`)
    match first {
        "Mme" | "Mmes" | "Mlle" | "Madame" | "Mademoiselle" => return Gender::Feminine,
        "M" | "MM" | "Monsieur" => return Gender::Masculine,
        _ => {}
    }
    // a title of kinship or address (`père Lumière`, `tante Rude`)
    if name.contains(' ') && super::phrase::is_title_before_name(first) {
        match title_gender(first) {
            Gender::Unknown => {}
            g => return g,
        }
    }
    // an adjective before the rest of the name agrees with it (`le Petit
    // Caboulot`, `la Grande Mademoiselle`)
    if name.contains(' ') {
        match first {
            "Petit" | "Grand" | "Gros" | "Vieux" | "Beau" | "Bon" | "Nouveau" | "Saint" => return Gender::Masculine,
            "Petite" | "Grande" | "Grosse" | "Vieille" | "Belle" | "Bonne" | "Nouvelle" | "Sainte" => return Gender::Feminine,
            _ => {}
        }
    }
    // (`France` before another name opens a body's: `France Travail`,
    // `France Télévisions`)
    if first == "France" && name.len() > first.len() {
        return Gender::Unknown;
    }
    first_name_gender(first)
}

/// True for a phrase that opens with a preposition (`Selon le Kremlin`).
fn is_preposition(words: &str) -> bool {
    let first = lower(words.split([' ', '\'', '’']).next().unwrap_or(""));
    matches!(
        &*first,
        "selon"
            | "pour"
            | "d"
            | "dans"
            | "sur"
            | "après"
            | "avant"
            | "depuis"
            | "pendant"
            | "lors"
            | "à"
            | "en"
            | "au"
            | "aux"
            | "chez"
            | "par"
    )
}

/// Runs of two capitalised words or more outside the quotations (`Rafael
/// Moura`, `Ilham Aliev`), in text order.
fn name_runs(window: Span, outer: &[Span], genders: &Genders<'_, '_>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let toks = genders.words.window(window.start, window.end, usize::MAX);
    let capital = |x: &super::phrase::Tok<'_>| x.word && capital_first(x.text) && !x.is(class::DETERMINER);
    let mut k = 0;
    while k < toks.len() {
        // (the words in small letters, most of them, skipped in a tight loop)
        k += toks[k..].iter().position(|x| x.word && capital_first(x.text)).unwrap_or(toks.len() - k);
        let Some(&t) = toks.get(k) else { break };
        // (the names of God and of the devil, in oaths and prayers, take up no
        // pronoun: `que Dieu me pardonne`, `Satan lui-même`)
        if !capital(&t) || !super::phrase::starts_name(t.text) || is_oath(t.text) {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        // (a surname's article inside the name, between capitals: `Jérôme Le
        // Dantec`, `Marine Le Pen`)
        let surname_article = |j: usize| {
            matches!(toks[j].text, "Le" | "La")
                && toks.get(j + 1).is_some_and(|n| capital(n) && n.start == toks[j].end + 1 && super::phrase::starts_name(n.text))
        };
        // (a name does not run across a line break: `I\n\nDepuis`)
        while j < toks.len()
            && (capital(&toks[j]) || surname_article(j))
            && !genders.text.get(toks[j - 1].end..toks[j].start).is_some_and(|g| g.contains('\n'))
        {
            j += 1;
        }
        // an initial and its period after a given name (`Kévin D., 34 ans`),
        // which the tests of capitals leave out (a lone `D` is read as `d'`)
        if let (Some(l), Some(dot)) = (toks.get(j), toks.get(j + 1)) {
            if l.word
                && l.text.len() == 1
                && l.text.bytes().all(|b| b.is_ascii_uppercase())
                && l.start == toks[j - 1].end + 1
                && dot.text == "."
                && dot.start == l.end
                && is_first_name(toks[j - 1].text)
            {
                j += 2;
            }
        }
        // an honorific and its period before a name (`M. Grandet`, `Dr. Roux`):
        // one name, whose capital after the period opens no sentence
        if j == k + 1
            && is_honorific(t.text)
            && toks.get(k + 1).is_some_and(|p| p.text == "." && p.start == t.end)
            && toks.get(k + 2).is_some_and(|n| capital(n) && super::phrase::starts_name(n.text))
        {
            j = k + 3;
            while j < toks.len() && capital(&toks[j]) {
                j += 1;
            }
        }
        // an honorific alone is no name (`Mme` of `Mme de Gribelin`, read below)
        if j == k + 1 && is_honorific(t.text) {
            k = j;
            continue;
        }
        // (nor a title in capitals, its small words in capitals too: `LE CORBEAU
        // ET LE HÉRISSON`)
        if j > k + 1 && capitals_title(&toks[k..j]) {
            k = j;
            continue;
        }
        // a title of nobility and its particle (`le baron de Kelweingstein`, `le
        // marquis d'Eyrik`, `M. de Courville`): the whole is the name
        if let Some((title, gender)) = noble_title(&toks, k) {
            let name = Span::new(toks[title].start, toks[j - 1].end);
            if !inside(outer, name) {
                let proper = proper(genders.text, Some(name));
                out.push(Candidate {
                    span: name,
                    name: Some(name),
                    gender,
                    plural: false,
                    role: Role::Named,
                    person: true,
                    proper,
                });
            }
            k = j;
            continue;
        }
        // a title of kinship or address is part of the name (`le père Lumière`,
        // `tante Rude`, `madame François`)
        let titled = k > 0 && toks[k - 1].word && toks[k - 1].is(class::TITLE_BEFORE_NAME);
        if titled {
            k -= 1;
        }
        let t = toks[k];
        let sentence_start = k == 0 || matches!(toks[k - 1].text, "." | "!" | "?" | "\n");
        let name = Span::new(t.start, toks[j - 1].end);
        // (a name that opens on the capital word `t`, not a determiner, is proper
        // ([`is_proper`]): its first word, were it a determiner, would be letters
        // only and so `t`'s text; only a name after a title is read)
        let proper_name = |name: Span| !titled || proper(genders.text, Some(name));
        // (the gender of the name, read once for the tests below)
        let of_name = std::cell::OnceCell::new();
        let gender_of = || *of_name.get_or_init(|| genders.of(name));
        // one word is a name when the document tells its gender (`Marthe`,
        // `Florent`), not an acronym (`RFI`) nor the complement of a
        // preposition or a determiner (`à Carmaux`, `sa Palme`)
        let single_ok = || {
            let acronym = t.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            let governed = toks[..k].iter().rev().find(|p| p.word).is_some_and(|p| {
                p.is(class::DETERMINER | class::A | class::AU | class::AUX | class::DE | class::L | class::D)
                    || super::phrase::lower_is(p.text, &["en", "sur", "dans", "par", "pour", "vers", "chez"])
                    // (or a business the verb before founds or buys: `a fondé Nidra`)
                    || super::phrase::lower_is(
                        p.text,
                        &["fondé", "cofondé", "créé", "lancé", "racheté", "rejoint", "dirige", "fonde", "cofonde", "rachète"],
                    )
            });
            // (but the owner of a body, a voice or a kin is a person: `le sein de
            // Marianina`, `la bouche de Clarimonde`, `le mari de Berthe`)
            let owner = {
                let mut before = toks[..k].iter().rev().filter(|p| p.word);
                let owned = |w: &str| {
                    let w = lower(w);
                    BODY_PARTS.contains(&&*w) || NARRATIVE_SET.contains(&*w) || matches!(&*w, "souvenir" | "portrait")
                };
                before.next().is_some_and(|p| p.is(class::DE | class::D)) && before.next().is_some_and(|n| owned(n.text))
            };
            let governed = governed && !owner;
            // (nor an adjective after a noun: `la forêt Noire`, `la mer Rouge`)
            let after_noun = k >= 2
                && toks[k - 1].word
                && toks[k - 1].text.starts_with(char::is_lowercase)
                && !PRENOMINAL_SET.contains(&*lower(toks[k - 1].text))
                && toks[k - 2].is(class::DETERMINER);
            // (a known first name is a person after a preposition too: `l'amertume de Pauline`,
            // and after a noun of person: `sa voisine Hélène`)
            let first_name = first_name_gender(t.text) != Gender::Unknown;
            let after_noun = after_noun && !(first_name && is_agent_noun(&lower(toks[k - 1].text)));
            // (a first name given to both sexes too, when nothing governs it: `J'ai
            // retrouvé Camille`, not `à Milan`, `la France`)
            let epicene = || is_first_name(t.text) && t.text.chars().nth(1).is_some_and(char::is_lowercase);
            !acronym && !after_noun && (first_name || !governed && (gender_of() != Gender::Unknown || epicene()))
        };
        // (a name that opens a sentence counts when the text writes it as a
        // name elsewhere and tells its gender: `Clarimonde me regardait`)
        let opens_ok = || {
            let word = &genders.text[t.start..t.end];
            j == k + 1
                && !titled
                && (first_name_gender(word) != Gender::Unknown
                    || genders.is_proper_noun(word, t.start) && gender_of() != Gender::Unknown)
        };
        // (a place's name after its noun is no person's: `à la résidence Ker
        // Avel`, `rue Victor Hugo`)
        let place = k > 0 && toks[k - 1].word && PLACE_NOUNS.contains(&toks[k - 1].text);
        // (nor the reader a narration calls, set off by commas: `car ces gens-là,
        // mon cher Usbek, ne doutent de rien`, who is `vous`, never `il`)
        let called = k >= 3
            && !titled
            && matches!(toks[k - 2].text, "mon" | "ma" | "mes")
            && matches!(toks[k - 1].text, "cher" | "chère" | "chers" | "chères" | "ami" | "amie" | "bon" | "bonne")
            && toks[k - 3].text == ","
            && toks.get(j).is_some_and(|n| matches!(n.text, "," | "!"));
        if (!sentence_start || opens_ok()) && !place && !called && !inside(outer, name) && (j - k >= 2 || single_ok()) {
            {
                // the title before the name (`le ministre Gérard Fontanel`), for aliases
                let mut start = t.start;
                let mut gender = gender_of();
                for p in toks[..k].iter().rev().take(4) {
                    if !p.word || capital_first(p.text) && !p.is(class::DETERMINER) {
                        break;
                    }
                    // (a verb between is no title: `Le curé avait invité Paul
                    // Tessier` gives Tessier no title)
                    if matches!(p.text, "a" | "ont" | "avait" | "avaient" | "est" | "sont" | "était" | "étaient" | "fut" | "eut")
                        || super::phrase::looks_finite(p.text)
                    {
                        start = t.start;
                        gender = gender_of();
                        break;
                    }
                    start = p.start;
                    if p.is(class::DETERMINER) {
                        if gender == Gender::Unknown {
                            gender = match &*lower(p.text) {
                                "la" | "une" | "cette" => Gender::Feminine,
                                "le" | "un" | "ce" => Gender::Masculine,
                                _ => Gender::Unknown,
                            };
                        }
                        break;
                    }
                }
                out.push(Candidate {
                    span: Span::new(start, name.end),
                    name: Some(name),
                    gender,
                    plural: false,
                    role: Role::Named,
                    person: true,
                    proper: proper_name(name),
                });
                // two people coordinated (`Bouvard et Pécuchet`): also one plural
                // candidate, for `ils`
                if toks.get(j).is_some_and(|a| a.text == "et")
                    && toks.get(j + 1).is_some_and(|b| capital(b) && super::phrase::starts_name(b.text))
                {
                    let mut m = j + 2;
                    while m < toks.len() && capital(&toks[m]) {
                        m += 1;
                    }
                    let second = Span::new(toks[j + 1].start, toks[m - 1].end);
                    let g2 = genders.of(second);
                    if (m > j + 2 || g2 != Gender::Unknown) && !inside(outer, second) {
                        let both = if gender == Gender::Masculine || g2 == Gender::Masculine {
                            Gender::Masculine
                        } else if gender == Gender::Feminine && g2 == Gender::Feminine {
                            Gender::Feminine
                        } else {
                            Gender::Unknown
                        };
                        let whole = Span::new(name.start, second.end);
                        out.push(Candidate {
                            span: Span::new(start, second.end),
                            name: Some(whole),
                            gender: both,
                            plural: true,
                            role: Role::Named,
                            person: true,
                            proper: proper_name(whole),
                        });
                    }
                }
            }
        }
        k = j;
    }
    out
}

/// True when `word` opens with a capital ([`char::is_uppercase`]), told by its
/// first bytes for an ASCII or a Latin-1 letter (`à`, `été`, `Émile`).
fn capital_first(word: &str) -> bool {
    match word.as_bytes() {
        [b, ..] if b.is_ascii() => b.is_ascii_uppercase(),
        [0xc3, second, ..] => crate::text::is_latin1_capital(*second),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// True for a proper name: capitalised, or after a title of kinship or
/// address (`père Lumière`, `tante Rude`).
fn is_proper(name: &str) -> bool {
    // (a capitalised article opens a description, `Un vieux monsieur`, unless a
    // name follows: `L'abbé Bernard`)
    let mut words = name.split([' ', '\'', '’']);
    let first = words.next().unwrap_or("");
    capital_first(name) && (!super::phrase::is_determiner(first) || words.any(capital_first))
        || name.split_once(' ').is_some_and(|(t, rest)| {
            // (or a person's title in small letters kept with a surname: `capitaine Rouvière`)
            (super::phrase::is_title_before_name(t) || AGENT_SET.contains(t)) && capital_first(rest)
                // (or a title of nobility and its particle: `baron de Kelweingstein`,
                // `marquise d'Eyrik`)
                || noble_gender(t).is_some() && {
                    let rest = ["de ", "du ", "d'", "d’"].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or("");
                    capital_first(rest)
                }
        })
}

/// A title of nobility or an honorific and a particle before the name at
/// token `k` (`baron de`, `marquise d'`, `M. de`, `comte du`): the index of
/// the title and the gender it tells.
fn noble_title(toks: &[super::phrase::Tok<'_>], k: usize) -> Option<(usize, Gender)> {
    let mut p = k.checked_sub(1)?;
    if matches!(toks[p].text, "'" | "’") {
        p = p.checked_sub(1)?;
    }
    if !matches!(toks[p].text, "de" | "du" | "d") {
        return None;
    }
    let mut t = p.checked_sub(1)?;
    // `M.`: the honorific before its period
    if toks[t].text == "." {
        t = t.checked_sub(1)?;
    }
    let gender = match &*lower(toks[t].text) {
        "m" | "monsieur" => Gender::Masculine,
        "mme" | "mlle" | "madame" | "mademoiselle" => Gender::Feminine,
        w => noble_gender(w)?,
    };
    Some((t, gender))
}

/// The gender of a title of nobility or of the Church written before `de` and
/// a name (`baron`, `marquise`, `abbé`), `word` in lower case; `None` for any
/// other word.
fn noble_gender(word: &str) -> Option<Gender> {
    match word {
        "baron" | "comte" | "marquis" | "duc" | "vicomte" | "prince" | "chevalier" | "sieur" | "abbé" => Some(Gender::Masculine),
        "baronne" | "comtesse" | "marquise" | "duchesse" | "vicomtesse" | "princesse" | "dame" => Some(Gender::Feminine),
        _ => None,
    }
}

/// The gender of the nouns of bodies and media written after an elided
/// article, which does not tell it (`l'agence`, `l'association`, `l'hôpital`).
fn elided_noun_gender(word: &str) -> Gender {
    match word {
        "agence" | "association" | "administration" | "armée" | "assemblée" | "ambassade" | "opposition" | "entreprise"
        | "école" | "université" | "usine" | "équipe" | "église" | "institution" | "union" | "alliance" | "autorité" => {
            Gender::Feminine
        }
        "hôpital" | "office" | "institut" | "observatoire" | "organisme" | "état-major" | "exécutif" | "hebdomadaire" => {
            Gender::Masculine
        }
        _ => Gender::Unknown,
    }
}

/// The gender a title of kinship or address tells (`oncle`, `tante`, `madame`).
fn title_gender(word: &str) -> Gender {
    match &*lower(word) {
        "oncle" | "père" | "maître" | "frère" | "cousin" | "grand-père" | "monsieur" | "don" | "dom" | "saint" | "abbé"
        | "curé" => Gender::Masculine,
        "tante" | "mère" | "sœur" | "cousine" | "grand-mère" | "madame" | "mademoiselle" | "sainte" | "veuve" => {
            Gender::Feminine
        }
        _ => Gender::Unknown,
    }
}

/// True for a word of [`HONORIFICS`] as written (`M`, `Mme`, `Docteur`): all
/// open with `M`, `D` or `P`, told by the first byte before the list is read.
fn is_listed_honorific(word: &str) -> bool {
    matches!(word.as_bytes().first(), Some(b'M' | b'D' | b'P')) && HONORIFICS.contains(&word)
}

/// True for an honorific written before a name (`M.`, `Mme`, `madame`).
fn is_honorific(word: &str) -> bool {
    is_listed_honorific(word.trim_end_matches('.')) || matches!(word, "madame" | "monsieur" | "mademoiselle")
}

/// True when the words of `toks`, from one of them to the end, spell
/// `acronym` by their initials, small words skipped or not (`Union nationale
/// des syndicats autonomes` for `UNSA`, `Justice pour tous au Congo` for
/// `JPTC`).
fn spelled_by(toks: &[super::phrase::Tok<'_>], acronym: &str) -> bool {
    fn spells(words: &[&str], letters: &[char]) -> bool {
        let Some((w, rest)) = words.split_first() else { return letters.is_empty() };
        let small = matches!(
            *w,
            "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l" | "et" | "à" | "au" | "aux" | "en" | "pour" | "sur"
        );
        let initial = w.chars().next().and_then(|c| c.to_uppercase().next());
        let by_initial = letters.first().is_some_and(|&l| Some(l) == initial) && spells(rest, &letters[1..]);
        by_initial || small && spells(rest, letters)
    }
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    // (past an elided article: `l'homme` is `homme`)
    let words: Vec<&str> = toks.iter().filter(|t| t.word).map(|t| t.text.rsplit(['\'', '’']).next().unwrap_or(t.text)).collect();
    // (at most a dozen words: the name is short, and so is the search)
    if letters.len() < 2 || letters.len() > 8 || words.len() > 12 {
        return false;
    }
    // (from the head of the phrase, not from a complement, `la commission de
    // discipline de la Ligue de football professionnel (LFP)`, nor from a
    // second of two coordinated bodies)
    let head_end =
        toks.iter().position(|t| t.is(class::DE | class::DU | class::DES | class::D) || t.text == "et").unwrap_or(toks.len());
    let in_head = toks[..head_end].iter().filter(|t| t.word).count();
    (0..in_head).any(|i| capital_first(words[i]) && spells(&words[i..], &letters))
}

/// Titles written in capitals, no names: `Paul Morin, PDG d'Axens` is named
/// Paul Morin.
const TITLE_ACRONYMS: &[&str] = &["PDG", "DG", "DGA", "DRH", "DAF", "DSI", "CEO", "CFO", "COO", "CTO"];

/// True for words all in capitals, small words among them (`LE CORBEAU ET
/// LE HÉRISSON`): a title, not a name.
fn capitals_title(toks: &[super::phrase::Tok<'_>]) -> bool {
    let words = || toks.iter().filter(|x| x.word);
    words().count() > 1
        && words().all(|x| !x.text.chars().any(char::is_lowercase))
        && words().any(|x| matches!(x.text, "LE" | "LA" | "LES" | "ET" | "DU" | "DES" | "DE" | "AU" | "AUX" | "L"))
}

/// The proper name of a phrase: its last run of capitalised words that is not
/// a complement (`du Kremlin`, `de l'Énergie`), at least two words long or
/// after an apposition comma, or the whole phrase when it is a name.
fn proper_name(toks: &[super::phrase::Tok<'_>]) -> Option<Span> {
    if capitals_title(toks) {
        return None;
    }
    // a body named in full, then by its acronym in brackets: the acronym
    // (`l'ONG Justice pour tous au Congo (JPTC)`, `la Ligue des droits de
    // l'homme (LDH)`)
    if let [head @ .., open, acronym, close] = toks {
        if open.text == "(" && close.text == ")" && super::phrase::is_acronym(acronym.text) && spelled_by(head, acronym.text) {
            return Some(Span::new(acronym.start, acronym.end));
        }
    }
    // (`mon`, `ma`, `mes`, `notre`, `votre` are determiners)
    let is_det = |t: &super::phrase::Tok<'_>| t.is(class::DETERMINER | class::PRONOUN);
    // a coordination of names (`Washington et Mexico`): the whole phrase
    // (their articles too: `la CFDT, la CGT et FO`)
    if toks.len() >= 3
        && toks.iter().all(|t| !t.word || t.text == "et" || capital_first(t.text) || t.is(class::DETERMINER))
        && toks.iter().any(|t| t.text == "et")
        && toks.iter().filter(|t| t.word && capital_first(t.text) && !t.is(class::DETERMINER)).count() >= 2
    {
        return Some(Span::new(toks[0].start, toks[toks.len() - 1].end));
    }
    let mut best: Option<Span> = None;
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        // (an honorific's surname can open on its article: `M. Le Maire`, `Mme Le Guen`)
        let surname_article = || {
            matches!(t.text, "Le" | "La")
                && toks.get(k + 1).is_some_and(|n| n.word && capital_first(n.text))
                && (k > 0 && is_listed_honorific(toks[k - 1].text)
                    || k > 1 && toks[k - 1].text == "." && is_listed_honorific(toks[k - 2].text))
        };
        let capital = t.word
            && capital_first(t.text)
            && !is_listed_honorific(t.text)
            && !TITLE_ACRONYMS.contains(&t.text)
            // (a prize after its article is no one: `Le César du meilleur acteur`)
            && !(is_award(t.text)
                && (k > 0 && is_det(&toks[k - 1]) || k > 1 && matches!(toks[k - 1].text, "'" | "’") && toks[k - 2].is(class::L)))
            // (a word that ends phrases opens no name: `Quelque 200 éleveurs`)
            && !(k == 0 && t.is(class::STOP))
            && (!is_det(&t) || surname_article());
        if !capital {
            k += 1;
            continue;
        }
        let mut start = t.start;
        let mut end = t.end;
        let mut words = 1;
        let mut j = k + 1;
        let is_particle = |u: &super::phrase::Tok<'_>| {
            u.word
                && matches!(
                    u.text,
                    "de" | "du"
                        | "von"
                        | "van"
                        | "der"
                        | "den"
                        | "al"
                        | "el"
                        | "ben"
                        | "bin"
                        | "ibn"
                        | "da"
                        | "di"
                        | "dos"
                        | "del"
                )
        };
        while j < toks.len() {
            let u = toks[j];
            // (particles before a capital: `de`, `von der`)
            // (not before an honorific: `Mémoires de M. Moncharmin` is another's)
            let particle = is_particle(&u)
                && toks[j + 1..]
                    .iter()
                    .find(|n| !is_particle(n))
                    .is_some_and(|n| capital_first(n.text) && !is_listed_honorific(n.text));
            // (a channel's number after its first word: `France 3 Bretagne`, `Europe 1`)
            let number = j == k + 1 && u.word && u.text.len() <= 2 && u.text.bytes().all(|b| b.is_ascii_digit());
            if u.word && capital_first(u.text) || number {
                end = u.end;
                words += 1;
            } else if u.text == "+" && u.start == end {
                // (a channel's plus: `Canal+`)
                end = u.end;
            } else if u.text == "." && u.start == end && toks[j - 1].text.chars().count() == 1 && capital_first(toks[j - 1].text)
            {
                // (an initial keeps its period: `Kevin L.`, `J.-L. Martin`)
                end = u.end;
            } else if !(particle || u.text == "-" || (u.text == "." && toks[j - 1].text.chars().count() <= 2)) {
                break;
            }
            j += 1;
        }
        // an apposition (`…, Dmitri Peskov`), the head of the phrase (`Kamila
        // Iskandarova`, `M. Roux`), or a name after a title (`la juge Claire
        // Aubertin`) names the entity; a name inside a complement (`du Kremlin`,
        // `de l'association Utopia`) does not
        // (after an honorific that follows the comma too: `…, Me Julia Roux`)
        // (not in a coordination: `le gouverneur et son voisin, M. Duflot`)
        let honorific_before = |i: usize| {
            i > 0 && is_listed_honorific(toks[i - 1].text.trim_end_matches('.')) && !toks[..i].iter().any(|x| x.text == "et")
        };
        let after_comma = k > 0
            && (toks[k - 1].text == ","
                || honorific_before(k) && k > 1 && toks[k - 2].text == ","
                || k > 2 && toks[k - 1].text == "." && honorific_before(k - 1) && toks[k - 3].text == ",");
        // a word before the given name of a person is not theirs (`le Suédois
        // Armand Duplantis`, `le député LR Olivier Marleix`)
        // (a word of nationality, party or trade: not an unknown given name,
        // `Abdou Karim Fofana`)
        // (and the parties named by a word: `le député Renaissance Sylvain Maillard`)
        let qualifier = |w: &str| {
            w.chars().all(|c| c.is_uppercase() || c == '-')
                || matches!(w, "Renaissance" | "Horizons" | "Ensemble" | "Reconquête" | "MoDem" | "Modem")
                || [
                    "ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "and", "ande", "ol", "ole", "ite", "ique", "in",
                    "ine", "ain", "ène", "on", "onne", "ard", "arde",
                ]
                .iter()
                .any(|e| w.ends_with(e))
        };
        if words >= 3 && !is_first_name(t.text) && qualifier(t.text) {
            let run = &toks[k + 1..j];
            if let Some(i) = run.iter().position(|u| u.word && is_first_name(u.text)).filter(|&i| i + 1 < run.len()) {
                start = run[i].start;
            } else if k > 0
                && matches!(toks[k - 1].text, "le" | "la" | "Le" | "La" | "'" | "’")
                && run.first().is_some_and(|u| u.word && capital_first(u.text))
            {
                // (after its article, a word of nationality before a given name the
                // lists do not hold: `le Slovène Tadej Krajnc`)
                start = run[0].start;
            }
        }
        // a title's place in a complement, then its holder's given name and
        // surname (`la députée de la Sarthe Hélène Castagnet`, `le maire de Lens
        // Paul Roy`): the name after the place
        let mut placed = false;
        if words >= 3
            && !is_first_name(t.text)
            && k > 0
            && toks[k - 1].is(class::DE | class::DU | class::LA | class::D)
            && !toks[..k].iter().any(|x| x.text == "et")
        {
            let run = &toks[k + 1..j];
            if let Some(i) = run.iter().position(|u| u.word && is_first_name(u.text)).filter(|&i| i == 0 && i + 1 < run.len()) {
                start = run[i].start;
                placed =
                    toks[..k].iter().any(|x| x.word && x.text.starts_with(char::is_lowercase) && is_agent_word(&lower(x.text)));
            }
        }
        // the phrase is the name only when nothing but a determiner comes before
        // and no description follows (`l'Office fédéral de…` is a description)
        let described = toks.get(j).is_some_and(|x| x.word && x.text.starts_with(char::is_lowercase));
        // (read only when the test before did not tell)
        // (past `certain`: `un certain Kovalski`; not past other adjectives, `le
        // petit Vatinel` may be one of a family)
        let head = || {
            !described
                && toks[..k].iter().enumerate().all(|(i, x)| {
                    !x.word && x.text != ","
                        || is_det(x)
                        || is_listed_honorific(x.text)
                        || i > 0 && matches!(x.text, "certain" | "certaine")
                })
        };
        let after_title = || {
            words >= 2
                && toks[..k].iter().enumerate().all(|(i, x)| {
                    (x.word && !x.is(class::DE | class::DU | class::DES | class::D | class::A | class::AU | class::L))
                        || x.text == "."
                        || x.text == ","
                        // (the elided article of the title: `l'analyste Rahmane Diallo`)
                        || i == 0 && x.is(class::L)
                        || i == 1 && matches!(x.text, "'" | "’") && toks[0].is(class::L)
                })
        };
        // (or after a comma, its article and a title: `…, le Sénégalais Amadou
        // Diallo`, `…, l'ancien adjoint aux sports Paul Roy`; not a complement's
        // name, `…, la sœur de Jean Roy`)
        let after_comma_title = || {
            let Some(c) = toks[..k].iter().rposition(|x| x.text == ",") else {
                return false;
            };
            let rest = &toks[c + 1..k];
            let article = match rest {
                [a, ..] if a.is(class::LE | class::LA) => 1,
                [a, e, ..] if a.is(class::L) && matches!(e.text, "'" | "’") => 2,
                _ => return false,
            };
            rest.len() <= article + 4
                && rest[article..].iter().all(|x| {
                    x.word
                        && x.text.starts_with(char::is_lowercase)
                        && !x.is(class::STOP | class::PARTICLE | class::DE | class::DU | class::DES | class::D)
                })
        };
        // (an acronym in brackets after an institution's words names it:
        // `l'Agence régionale de santé (ARS)`)
        // (after words in small letters: not a person's party, `Mathilde Roux (LFI)`)
        let acronym = || {
            k > 1
                && toks[k - 1].text == "("
                && toks[k - 2].word
                && toks[k - 2].text.starts_with(char::is_lowercase)
                && toks.get(j).is_some_and(|x| x.text == ")")
                && words == 1
                // (not one of two coordinated: `le syndicat et l'Association… (AEM)`)
                && !toks[..k].iter().any(|x| x.text == "et")
                && t.text.chars().count() >= 2
                && t.text.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
                // (nor the body of a person's complement: `Un porte-parole de
                // l'Organisation mondiale de la santé (OMS)` is no body)
                && !toks[..k].iter().find(|x| x.word && !is_det(x)).is_some_and(|h| {
                    h.text.starts_with(char::is_lowercase) && {
                        let w = lower(h.text);
                        is_agent_word(&w) || is_agent_word(w.trim_end_matches(['s', 'x']))
                    }
                })
        };
        // (a surname alone after a person's title and its article: `le capitaine
        // Valmoret`, `la notaire Ferrand`; not a body's name, `l'agence Tass`)
        let surname_after_title = || {
            words == 1
                && !described
                && matches!(toks[..k], [ref a, ref title] if a.is(class::LE | class::LA)
                    && title.word
                    && title.text.starts_with(char::is_lowercase)
                    && AGENT_SET.contains(&*lower(title.text)))
        };
        // (a title of nobility and its particle after the article: `le baron de
        // Kelweingstein` is named whole, as in the runs of names)
        let noble = noble_title(toks, k).filter(|&(title, _)| {
            toks[title].word && toks[title].text.starts_with(char::is_lowercase) && toks[..title].iter().all(is_det)
        });
        if let Some((title, _)) = noble {
            best = Some(Span::new(toks[title].start, end));
        } else if placed || after_comma || head() || after_title() || after_comma_title() || acronym() {
            // a surname alone keeps its honorific (`madame François`, `M. Roux`)
            let honorific = (words == 1)
                .then(|| {
                    let before = &toks[..k];
                    match before {
                        [.., h, dot] if dot.text == "." && is_listed_honorific(h.text) => Some(h.start),
                        [.., h] if is_honorific(h.text) || is_honorific(&lower(h.text)) => Some(h.start),
                        _ => None,
                    }
                })
                .flatten();
            best = Some(Span::new(honorific.unwrap_or(start), end));
        } else if surname_after_title() {
            // (the title kept with the surname, as an honorific is: `capitaine
            // Valmoret`, `père Lumière`)
            best = Some(Span::new(toks[k - 1].start, end));
        }
        k = j;
    }
    best
}

/// True when the phrase at `start` follows `au` or `aux`, its article joined
/// to `à` (`Quant au maire`).
fn contracted_article(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    before.len() < start && before.rsplit(' ').next().is_some_and(|w| matches!(w, "au" | "aux" | "Au" | "Aux"))
}

/// True for `ce dernier` and its kin (lowered): the last mention that agrees,
/// not the most salient.
fn is_latter(l: &str) -> bool {
    matches!(
        l,
        "ce dernier"
            | "cette dernière"
            | "ces derniers"
            | "ces dernières"
            | "celui-ci"
            | "celle-ci"
            | "ceux-ci"
            | "celles-ci"
            | "l'intéressé"
            | "l'intéressée"
            | "l’intéressé"
            | "l’intéressée"
    )
}

/// The pronoun a short description with a demonstrative stands for, as an
/// anaphor: `ce responsable`, `cet élu` → `il`, `cette élue` → `elle`, `ces
/// experts` → `ils`. `None` for another phrase.
fn demonstrative_pronoun(words: &str) -> Option<&'static str> {
    let mut it = words.split_whitespace();
    let first = it.next()?;
    // (a generic noun shows someone, often someone new: `cet homme`, `cette femme`)
    const GENERIC: &[&str] = &[
        "homme",
        "femme",
        "garçon",
        "fille",
        "enfant",
        "inconnu",
        "inconnue",
        "individu",
        "vieillard",
        "personnage",
        "dame",
        "type",
    ];
    if it.clone().count() > 5 || it.next().is_some_and(|head| GENERIC.contains(&&*lower(head))) {
        return None;
    }
    match &*lower(first) {
        "ce" | "cet" => Some("il"),
        "cette" => Some("elle"),
        "ces" => Some("ils"),
        _ => None,
    }
}

/// The gender and number a pronoun or `ce dernier` tells.
fn pronoun_agreement(words: &str) -> Option<(Gender, bool)> {
    let l = lower(words);
    Some(match &*l {
        "il" | "lui" | "celui-ci" | "ce dernier" | "l'intéressé" | "l’intéressé" => (Gender::Masculine, false),
        "elle" | "celle-ci" | "cette dernière" | "l'intéressée" | "l’intéressée" => (Gender::Feminine, false),
        "ils" | "eux" | "ceux-ci" | "ces derniers" => (Gender::Masculine, true),
        "elles" | "celles-ci" | "ces dernières" => (Gender::Feminine, true),
        // (a possessive standing for the owner of words: `Sa réponse :`, whose
        // gender is the noun's, not the owner's)
        "son" | "sa" | "ses" => (Gender::Unknown, false),
        "leur" | "leurs" => (Gender::Unknown, true),
        // (a group taken up whole: `Tous deux jugent…`)
        "tous" | "tous deux" | "tous les deux" | "tous trois" | "tous les trois" => (Gender::Masculine, true),
        "toutes" | "toutes deux" | "toutes les deux" | "toutes trois" | "toutes les trois" => (Gender::Feminine, true),
        _ => return None,
    })
}

impl Context<'_, '_> {
    /// The entity a pronoun or `ce dernier` refers to, outside its own
    /// quotation: the candidate of the nearest sentence that agrees in gender
    /// and number, a speaker or a subject before a name met in passing, one
    /// whose gender is known to agree before one of unknown gender, a person
    /// or a body before anything else; `ce dernier` and its kin, the last
    /// mention that agrees instead ([`Context::latest`]).
    fn antecedent(
        &self,
        words: &str,
        here: Span,
        quote: Span,
        subjects: &[Candidate],
        resolved: &[Candidate],
    ) -> Option<Candidate> {
        let l = lower(words);
        // `ce dernier` (`the latter`): the last person mentioned before it that
        // agrees, whatever their role in the sentence (`Le juge a interrogé
        // l'accusé. « … », a répondu ce dernier.`)
        let (gender, plural) = pronoun_agreement(words)?;
        let latter = if is_latter(&l) { self.latest((here, quote), gender, plural, subjects, resolved, 2) } else { None };
        // nobody before agrees (an excerpt that opens on `elle`): the character
        // of that gender the narration names most often
        // (or only a thing does)
        let protagonist =
            || self.protagonist(gender, plural).filter(|p| !self.excluded.get().is_some_and(|x| self.same_entity(p, x)));
        // (a subject or a speaker of this sentence or the one before holds, even of
        // unknown gender: `Noël tirait Douce par la main : — Viens ! disait-il.`)
        let close = |f: &Candidate| {
            matches!(f.role, Role::Subject | Role::Speaker)
                // (or a generic description of either gender, `l'enfant`, which
                // is told below to the last person named of the pronoun's; not a
                // role, `l'artiste`, which may be the protagonist's epithet)
                && (f.name.is_some() || f.person && self.is_bare_description(&Candidate { gender, ..*f }))
                && self.sentences.index_of(here.start).zip(self.sentences.index_of(f.span.start)).is_some_and(|(a, b)| a <= b + 1)
        };
        // a person of the pronoun's gender the sentences just before mention, an
        // object included (`Le docteur reçut la baronne. Elle…`)
        let object = |back: usize| {
            (gender != Gender::Unknown)
                .then(|| self.latest((here, quote), gender, plural, subjects, resolved, back))
                .flatten()
                .filter(|c| c.gender == gender)
        };
        let found = match latter {
            Some(f) => f,
            None => match self.most_salient(here, quote, gender, plural, subjects, resolved) {
                // (a name of unknown gender yields to a later person the words
                // show of the pronoun's when the pronoun is `elle`: `Rastignac
                // salua la vicomtesse. Elle…`; a bare surname is most often a
                // man's, so `il` stays with the subject: `Fouchard se pencha vers
                // le notaire. — …, chuchota-t-il.`)
                Some(f) if f.person && f.gender == Gender::Unknown && gender == Gender::Feminine && close(&f) => {
                    // (the object of that name's own sentence)
                    let same_sentence =
                        |o: &Candidate| self.sentences.index_of(o.span.start) == self.sentences.index_of(f.span.start);
                    // (else a woman named, or a subject the text tells is a woman, in
                    // the last sentences: `Mme Roux entra. […] Me Garnier se leva. —
                    // …, dit-elle.`, `Me` telling no sex)
                    let named_woman = || {
                        let at = self.sentences.index_of(here.start)?;
                        let near_from = at.checked_sub(SENTENCES_BACK).and_then(|k| self.sentences.get(k)).map_or(0, |s| s.start);
                        recent(self.names, here.start)
                            .chain(recent(subjects, here.start))
                            .filter(|c| {
                                c.person
                                    && (c.name.is_some() || c.role == Role::Subject)
                                    && c.gender == gender
                                    && c.plural == plural
                                    && c.span.start >= near_from
                                    && c.span.end <= here.start
                                    && !quote.contains(c.span)
                                    && !inside(self.speech, c.span)
                                    && !self.excluded.get().is_some_and(|x| self.same_entity(c, x))
                            })
                            .max_by_key(|c| c.span.end)
                            .copied()
                    };
                    // (a person, not a body the sentence handles: `Camille
                    // m'appela pendant que je comptais la caisse.`)
                    let body =
                        |o: &Candidate| o.name.is_none() && self.head_noun(o.span).is_some_and(|h| BODY_NOUNS.contains(&&*h));
                    object(2)
                        .filter(|o| o.span.start > f.span.end && same_sentence(o) && !body(o))
                        .or_else(named_woman)
                        .unwrap_or(f)
                }
                Some(f) if f.person && (f.gender != Gender::Unknown || close(&f) || protagonist().is_none()) => f,
                // (nobody salient agrees: the main character of that gender, else
                // the person mentioned just before)
                other => match protagonist().or_else(|| object(2)).or(other.filter(|c| c.person)) {
                    Some(found) => return Some(found),
                    // (else, for `elle`, the last woman further back, as far as
                    // `latest` reads, past the turns of someone else: `…que la
                    // marquise chancelait. — …, reprit-il. — …, dit-elle.`; a
                    // description there may restate a name, below) (`il` has
                    // already taken any person of unknown gender above)
                    None if gender == Gender::Feminine => object(usize::MAX)?,
                    None => return None,
                },
            },
        };
        // a subject described without its name (`L'élu, lui, …`) may restate
        // someone named before with that title
        if found.name.is_none() {
            if let Some(a) = alias(self.genders.words, &found, found.span, subjects, resolved, self.names) {
                return Some(a);
            }
            // (a generic description: told once for both; one of either gender,
            // `l'enfant`, `l'artiste`, has the pronoun's)
            let told = if found.gender == Gender::Unknown && found.person { Candidate { gender, ..found } } else { found };
            if self.is_bare_description(&told) || is_proceedings_role(&self.text[found.span.range()]) {
                if let Some(r) = self.restated(&told, subjects, resolved) {
                    return Some(Candidate { gender: found.gender, ..r });
                }
                if let Some(n) = named_elsewhere(self.genders.words, told) {
                    return Some(Candidate { gender: found.gender, ..n });
                }
            }
        }
        Some(found)
    }

    /// True for a medium named after the preposition that makes it a relay
    /// (`à L'Équipe`, `selon Le Parisien`): no antecedent of `ce dernier`.
    fn relaying_medium(&self, span: Span) -> bool {
        let before = self.text[..span.start].trim_end_matches(crate::text::is_space);
        let word = before.rsplit([' ', '\n', '\'', '’']).next().unwrap_or(before);
        matches!(word, "à" | "au" | "sur" | "selon" | "Selon" | "par" | "dans")
            && super::phrase::names_medium(&self.genders.words.window(span.start, span.end, 8), self.lex)
    }

    /// The person or body mentioned last before `here` (in the quotation
    /// `quote`) that agrees with
    /// `gender` and `plural` (what `ce dernier` takes up): a name, a speaker,
    /// a subject, or a determiner and a noun of person met anywhere in the
    /// `back` sentences before (`l'accusé`, `au notaire`, `la juge`), outside
    /// the quotations and outside the mention's own clause.
    fn latest(
        &self,
        (here, quote): (Span, Span),
        gender: Gender,
        plural: bool,
        subjects: &[Candidate],
        resolved: &[Candidate],
        back: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        let own = self.sentences.index_of(here.start)?;
        let own_start = self.sentences.get(own).map_or(0, |s| s.start);
        // (the `back` sentences before, and the mention's own up to it)
        let from = self.sentences.get(own.saturating_sub(back)).map_or(0, |s| s.start).max(here.start.saturating_sub(1500));
        let from = super::ceil_boundary(text, from);
        // a mention of the own sentence is in the mention's clause unless a
        // comma, a coordination, a colon or a quotation stands between them
        // (`Tandis que la soubrette coiffait Laurence, celle-ci…`); a noun of
        // person there only across a clause that ends (`;`, `:`, a quotation)
        // or a coordination before the mention (`…l'accusé, et ce dernier`): a
        // subordinate clause before it holds nouns that are no persons'
        // (`quand le porteur eut repris sa tranquillité et le porté son
        // aplomb, celui-ci…`)
        let apart = |c: &Candidate, strong: bool| {
            c.span.end <= own_start || {
                let gap = &text[c.span.end.min(here.start)..here.start];
                let mut words = gap.split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty());
                let coordinated = |w: &str| matches!(w, "et" | "mais" | "puis");
                let spoken = {
                    let k = self.speech.partition_point(|s| s.start < c.span.end);
                    self.speech[k..].first().is_some_and(|s| s.end <= here.start)
                };
                spoken
                    || gap.contains([';', ':'])
                    || if strong {
                        words.next_back().is_some_and(coordinated) || gap.contains(", et ") || gap.contains(", mais ")
                    } else {
                        gap.contains(',') || words.any(coordinated)
                    }
            }
        };
        let agrees = |c: &Candidate, strong: bool| {
            c.person
                && c.plural == plural
                && (c.gender == gender || c.gender == Gender::Unknown)
                && c.span.start >= from
                && c.span.end <= here.start
                && !quote.contains(c.span)
                && !inside(self.speech, c.span)
                && apart(c, strong)
        };
        let mut best: Option<Candidate> = None;
        let mut consider = |c: Candidate| {
            // (the later end wins; at the same end, the one with a name)
            let better =
                best.is_none_or(|b| c.span.end > b.span.end || c.span.end == b.span.end && b.name.is_none() && c.name.is_some());
            if better {
                best = Some(c);
            }
        };
        for c in recent(self.names, here.start).chain(recent(subjects, here.start)).chain(recent(resolved, here.start)) {
            // (not a medium that relayed the words: `…, a confié son agent à
            // L'Équipe. «…», a expliqué ce dernier`)
            if agrees(c, false) && (c.name.is_some() || !is_anaphor(&text[c.span.range()])) && !self.relaying_medium(c.span) {
                consider(*c);
            }
        }
        // the determiners and a noun of person after them
        let toks = self.genders.words.window(from, here.start, usize::MAX);
        for (k, t) in toks.iter().enumerate() {
            // (the class bits first: most words open no phrase)
            if !t.word
                || !t.is(class::DU | class::AU | class::AUX | class::DETERMINER | class::L)
                || inside(self.speech, Span::new(t.start, t.end))
            {
                continue;
            }
            // (`au notaire`, `du voisin`: the noun after the article it holds)
            let start = if t.is(class::DU | class::AU | class::AUX) {
                match toks.get(k + 1) {
                    Some(n) if n.word => n.start,
                    _ => continue,
                }
            } else if super::phrase::de_before_determiner(&toks, k) {
                // (`d'une actrice`: the phrase is read at its own determiner,
                // which tells its gender)
                continue;
            } else if t.is(class::DETERMINER) && !matches!(t.text, "ce" | "Ce" | "ces" | "Ces") || t.is(class::L) {
                // (the cheapest test first: a common noun right after the
                // determiner that names no person ends the phrase's chances, as
                // `is_person` would tell after reading it: `la voiture`)
                let next = toks[k + 1..].iter().find(|n| !matches!(n.text, "'" | "’"));
                let not_a_person = next.is_some_and(|n| {
                    n.word
                        && n.text.starts_with(char::is_lowercase)
                        && !n.is(class::DETERMINER | class::L | class::D | class::DE | class::DU)
                        && {
                            let w = lower(n.text);
                            !PRENOMINAL_SET.contains(&*w) && !is_agent_noun(&w)
                        }
                });
                if not_a_person {
                    continue;
                }
                t.start
            } else {
                continue;
            };
            // (a noun after `au` opens no phrase of its own: its adjectives and
            // its head)
            let bare = || {
                let head = toks[k + 1..].iter().take(4).find(|n| n.word && !PRENOMINAL_SET.contains(&*lower(n.text)))?;
                (start != t.start).then(|| Span::new(start, head.end))
            };
            let Some(p) = phrase_after(self.genders.words, start, here.start, self.lex).or_else(bare) else { continue };
            if is_anaphor(&text[p.range()]) || overlaps_any(self.speech, p) || quote.overlaps(p) {
                continue;
            }
            let Some(mut c) = candidate(p, self.genders) else { continue };
            // (its head a noun of person: a name further in the phrase is not
            // its head, `le lendemain la veuve, Odile Carrère`)
            let words = self.genders.words.window(p.start, p.end, 30);
            if !words.first().is_some_and(|f| is_person(&words, f, None)) {
                continue;
            }
            if start != t.start {
                // (`aux` tells the plural, `au` and `du` the masculine)
                c.plural = t.is(class::AUX);
                if !c.plural {
                    c.gender = Gender::Masculine;
                }
            }
            // (a description in apposition to a name stands for it: `à Thomas
            // Viguier, un ancien collaborateur du parti`)
            if c.name.is_none() && text[..p.start].trim_end_matches(crate::text::is_space).ends_with(',') {
                let comma = text[..p.start].trim_end_matches(crate::text::is_space).len() - 1;
                let k = self.names.partition_point(|n| n.span.end <= comma);
                let named = k
                    .checked_sub(1)
                    .map(|i| self.names[i])
                    .filter(|n| n.name.is_some() && text[n.span.end..comma].trim_matches(crate::text::is_space).is_empty());
                if let Some(n) = named.filter(|n| !n.plural && (n.gender == c.gender || n.gender == Gender::Unknown)) {
                    c = Candidate { span: Span::new(n.span.start, p.end), gender: c.gender, ..n };
                }
            }
            if agrees(&c, c.name.is_none()) && !self.relaying_medium(c.span) {
                consider(c);
            }
        }
        best
    }

    /// A generic description (`la jeune femme`, `le vieux`: `c` is one, see
    /// [`Context::is_bare_description`]) stands for the last person named
    /// before it with its gender.
    fn restated(&self, c: &Candidate, subjects: &[Candidate], resolved: &[Candidate]) -> Option<Candidate> {
        self.restated_by(c, subjects, resolved, |_| true)
    }

    /// [`Self::restated`], among the people `keep` accepts.
    fn restated_by(
        &self,
        c: &Candidate,
        subjects: &[Candidate],
        resolved: &[Candidate],
        keep: impl Fn(&Candidate) -> bool,
    ) -> Option<Candidate> {
        // (a name in the description's own sentence is someone else: `Comme
        // Christophe se rassurait, le petit bourgeois tomba en arrêt devant lui`)
        let own = self.sentences.index_of(c.span.start);
        // (someone the text gives another role is not this one: `le petit
        // marquis` is not `le lieutenant Otto`)
        let head = self.head_noun(c.span);
        let other_role = |o: &Candidate| -> Option<bool> {
            let name = o.name?;
            // (the word right before the proper name, in the name or before it:
            // `le lieutenant Otto`)
            let from = super::ceil_boundary(self.text, name.start.saturating_sub(24));
            let toks = self.genders.words.window(from, name.end, 12);
            // (or the title that opens the name: `comte de Maulévrier`)
            let opening = self.text[name.range()].split(' ').next().filter(|w| w.starts_with(char::is_lowercase));
            let role = match opening {
                Some(w) => Some(lower(w)),
                None => toks.iter().rposition(|t| !(t.word && capital_first(t.text))).and_then(|p| {
                    let proper = toks.get(p + 1)?;
                    Some(&toks[p]).filter(|t| t.word && t.end + 1 == proper.start).map(|t| lower(t.text))
                }),
            };
            // (or the role of an apposition after the name: `Charles Morel,
            // officier de santé,` is not `le meunier`)
            // (past its article: `Octave Ribal, l'instituteur du village,`; any
            // noun there gives a role, listed or not)
            let apposed = {
                let after = self.genders.words.window(name.end, super::floor_boundary(self.text, name.end + 40), 5);
                match &*after {
                    // (past an adjective before the noun: `M. de Kerlouan, le vieux voisin,`)
                    [comma, rest @ ..] if comma.text == "," => rest
                        .iter()
                        .find(|t| {
                            !(t.is(class::DETERMINER) || matches!(t.text, "'" | "’") || PRENOMINAL_SET.contains(&*lower(t.text)))
                        })
                        .filter(|t| t.word && t.text.starts_with(char::is_lowercase))
                        .map(|t| lower(t.text)),
                    _ => None,
                }
            };
            // (a title of address or kinship is no role: `madame François` is
            // `la maraîchère`, `le père Fournel` `mon cousin`; and the clergy's
            // names are one role)
            let role_noun = |w: &str| {
                AGENT_SET.contains(w)
                    && !matches!(
                        w,
                        "monsieur"
                            | "madame"
                            | "mademoiselle"
                            | "père"
                            | "mère"
                            | "oncle"
                            | "tante"
                            | "frère"
                            | "sœur"
                            | "cousin"
                            | "cousine"
                    )
            };
            let clergy = |w: &str| matches!(w, "abbé" | "curé" | "prêtre" | "vicaire" | "pasteur" | "père");
            Some(head.as_deref().is_some_and(|h| {
                role_noun(h)
                    && (role.as_deref().is_some_and(|r| r != h && role_noun(r) && !(clergy(r) && clergy(h)))
                        || role.is_none() && apposed.as_deref().is_some_and(|r| r != h && !(clergy(r) && clergy(h))))
            }))
        };
        let named = recent(resolved, c.span.start)
            .chain(recent(subjects, c.span.start))
            .chain(recent(self.names, c.span.start))
            .filter(|o| o.person && o.gender == c.gender && o.proper && keep(o))
            // (a person's name, not a place in a body's complement: `Le parquet
            // de Valence` is nobody's husband)
            .filter(|o| {
                o.name.is_none_or(|n| {
                    let mut ws = self.text[n.range()].split([' ', '\'', '’']).filter(|w| !w.is_empty());
                    let (first, second) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
                    !(super::phrase::is_determiner(first) && second.starts_with(char::is_lowercase))
                })
            })
            .max_by_key(|o| o.span.start)
            .filter(|o| other_role(o) != Some(true))?;
        if self.sentences.index_of(named.span.start) == own {
            return None;
        }
        // (nor a name whose own sentence holds the description's noun for
        // someone else: `Le curé avait invité Paul Tessier. […] Le curé éclata
        // de rire.` is not Tessier; `le curé Paul Tessier` is one phrase)
        if let Some(h) = head.as_deref() {
            let named_sentence = self.sentences.index_of(named.span.start).and_then(|k| self.sentences.get(k));
            if let Some(ns) = named_sentence.filter(|ns| ns.end <= c.span.start) {
                let bytes = &self.text.as_bytes()[ns.start..ns.end];
                let apart = memchr::memmem::find_iter(bytes, h.as_bytes()).map(|k| ns.start + k).any(|k| {
                    let before = self.text[..k].chars().next_back();
                    let after = self.text[k + h.len()..].chars().next();
                    let word = !before.is_some_and(crate::text::is_word_char) && !after.is_some_and(crate::text::is_word_char);
                    // (outside the name and not its title right before it)
                    let titled = self
                        .text
                        .get(k + h.len()..named.span.start)
                        .is_some_and(|gap| gap.trim_matches(crate::text::is_space).is_empty());
                    // (nor its apposition: `M. Girard, le vieux notaire, …`)
                    let name_end = named.name.map_or(named.span.end, |n| n.end);
                    let apposed = self.text.get(name_end..k).is_some_and(|gap| {
                        gap.trim_start_matches(crate::text::is_space).strip_prefix(',').is_some_and(|g| {
                            g.split_whitespace().count() <= 3 && !g.contains([',', '.', ';', ':', '!', '?', '«', '»'])
                        })
                    });
                    word && !named.span.contains(Span::new(k, k + h.len())) && !titled && !apposed
                });
                if apart {
                    return None;
                }
            }
        }
        // (a description whose verb has an object pronoun of its gender acts on
        // someone else, most often the one named last: `Bernard attendait.
        // L'homme le regarda.` is not Bernard)
        let after = self.genders.words.window(c.span.end, super::floor_boundary(self.text, c.span.end + 40), 2);
        let object = match c.gender {
            Gender::Masculine => "le",
            Gender::Feminine => "la",
            Gender::Unknown => "",
        };
        if let [clitic, verb] = &*after {
            if clitic.text == object && verb.word && super::phrase::looks_finite(verb.text) {
                return None;
            }
        }
        Some(Candidate { name: named.name, proper: named.proper, ..*c })
    }

    /// The last word of `span`, lowered, when it is a word.
    fn head_noun(&self, span: Span) -> Option<crate::text::SmallStr<'_>> {
        let toks = self.genders.words.window(span.start, span.end, 8);
        toks.iter().rev().find(|t| t.word).map(|t| lower(t.text))
    }

    /// True for a generic description of a person with no name, no complement
    /// and a known gender (`la jeune femme`, `le vieux`, `ma compagne`), which
    /// narration uses for someone it named; a role (`le formateur`) is linked
    /// by its title instead.
    fn is_bare_description(&self, c: &Candidate) -> bool {
        if c.name.is_some() || !c.person || c.gender == Gender::Unknown || c.plural {
            return false;
        }
        // (a phrase that opens with an ASCII letter none of its determiners
        // opens with: told before its words are read)
        let opening = self.text.as_bytes().get(c.span.start).map(u8::to_ascii_lowercase);
        if opening.is_some_and(|b| b.is_ascii_alphabetic() && !matches!(b, b'l' | b'm' | b's' | b'n')) {
            return false;
        }
        let toks = self.genders.words.window(c.span.start, c.span.end, 8);
        // (lowered without allocating: most words are their own lower case)
        let words: Vec<crate::text::SmallStr<'_>> = toks.iter().filter(|t| t.word).map(|t| lower(t.text)).collect();
        let Some((det, rest)) = words.split_first() else { return false };
        let Some((head, before)) = rest.split_last() else { return false };
        // (a relative named by a possessive is someone's, not that someone:
        // `Berthe lisait. Sa belle-mère tricotait.`)
        // (or of the narrator, or of the one spoken to: `Ma mère ne rit pas.` is
        // not the sister named before)
        let kin = matches!(&**det, "sa" | "son" | "ma" | "mon" | "ta" | "ton" | "notre" | "votre" | "leur") && is_kin(head);
        !kin && matches!(&**det, "le" | "la" | "l" | "ma" | "mon" | "sa" | "son" | "notre")
            && before.iter().all(|w| PRENOMINAL_SET.contains(&**w))
            && (NARRATIVE_SET.contains(&**head) || PRENOMINAL_SET.contains(&**head))
            && toks.len() == words.len() + usize::from(*det == "l")
    }

    /// The person of `gender` the narration of the whole document names most
    /// often, as a candidate.
    fn protagonist(&self, gender: Gender, plural: bool) -> Option<Candidate> {
        if gender == Gender::Unknown || plural && gender == Gender::Feminine {
            return None;
        }
        let found = self.protagonists.get_or_init(|| {
            // the names already read before the anaphors, and those of the
            // opening of the text (an excerpt may name its heroine after the
            // first `elle`): a bounded read, whatever the length of the text
            let opening = super::floor_boundary(self.text, PROTAGONIST_OPENING.min(self.text.len()));
            let first = self.names.partition_point(|c| c.span.start < opening);
            let mut all = name_runs(Span::new(0, opening), self.speech, self.genders);
            all.extend_from_slice(&self.names[first..]);
            all.extend(
                self.named_speakers.iter().filter_map(|&m| candidate(m, self.genders)).filter(|c| c.name.is_some() && c.person),
            );
            // (name, class): 0 masculine, 1 feminine, 2 a pair of people (`Bouvard et Pécuchet`)
            let mut counts: std::collections::HashMap<(&str, usize), (usize, Span)> = std::collections::HashMap::new();
            for c in &all {
                let Some(n) = c.name else { continue };
                let class = match (c.plural, c.gender) {
                    (true, Gender::Masculine) => 2,
                    (true, _) | (false, Gender::Unknown) => continue,
                    (false, g) => usize::from(g == Gender::Feminine),
                };
                let e = counts.entry((&self.text[n.range()], class)).or_insert((0, n));
                e.0 += 1;
            }
            let best = |class: usize| {
                counts
                    .iter()
                    .filter(|((_, k), _)| *k == class)
                    // (ties to the earlier name, then to the longer one read
                    // there, `Bruno Le Maire` over `Bruno`: never to the map's order)
                    .max_by_key(|(_, (n, span))| (*n, std::cmp::Reverse(span.start), span.end))
                    .map(|(_, (_, span))| *span)
            };
            [best(0), best(1), best(2)]
        });
        let class = if plural { 2 } else { usize::from(gender == Gender::Feminine) };
        let span = found[class]?;
        Some(Candidate {
            span,
            name: Some(span),
            gender,
            plural,
            role: Role::Named,
            person: true,
            proper: proper(self.text, Some(span)),
        })
    }

    /// True when `c` is the entity named `name` (its name or its words, or
    /// one inside the other: `Pécuchet`, `Juste Pécuchet`).
    fn same_entity(&self, c: &Candidate, name: &str) -> bool {
        let own = &self.text[c.name.unwrap_or(c.span).range()];
        // (a single word, a given name or a title called, is one of the words
        // of the phrase: `Professeur` is `le professeur Pélissier`)
        let one_word = || {
            !name.contains(' ')
                && self.text[c.span.range()].split(|ch: char| !ch.is_alphabetic() && ch != '-').any(|w| {
                    w.len() == name.len() && w.chars().flat_map(char::to_lowercase).eq(name.chars().flat_map(char::to_lowercase))
                })
        };
        own == name || (own.contains(' ') || name.contains(' ')) && (own.ends_with(name) || name.ends_with(own)) || one_word()
    }

    /// The most salient candidate before `here` and outside `quote` that
    /// agrees with `gender` and `plural`: among the persons and bodies of the
    /// last sentences, the nearest sentence first, a speaker or a subject
    /// before a name met in passing, a known agreement before an unknown one;
    /// failing that, the last person named further back whose gender is known
    /// to agree (fiction keeps a character in focus for pages); failing that,
    /// anything of the last sentences that agrees.
    /// A participle clause set before the pronoun `here` that opens its
    /// sentence (`Interrogé sur son attaquant X, il…`, `Après avoir salué X,
    /// elle…`): the pronoun is its subject, so nobody it names.
    /// Also a phrase after a preposition (`Depuis Paris, il…`, `Sur France
    /// Inter, elle…`), and a label with no verb before a colon that opens the
    /// sentence (`Inflation, loyers : il dénonce…`, `… : «…», constate-t-il`).
    fn fronted_adjunct(&self, here: Span) -> Option<Span> {
        let text = self.text;
        let s = self.sentences.get(self.sentences.index_of(here.start)?)?;
        let label = || {
            // (a label is short: its first words only are read)
            let head_end = super::floor_boundary(text, here.start.min(s.start + 160));
            let colon = s.start + text[s.start..head_end].find(':')?;
            let toks = self.genders.words.window(s.start, colon, 12);
            let verbless = toks.len() < 12
                && toks.iter().all(|t| {
                    !t.word
                        || t.text.starts_with(char::is_uppercase)
                        || !(super::phrase::looks_finite(t.text)
                            || super::phrase::lower_is(t.text, &["est", "sont", "a", "ont", "était", "fut", "qui", "que"]))
                });
            verbless.then(|| Span::new(s.start, colon))
        };
        let Some(comma) = text[s.start..here.start].trim_end_matches(crate::text::is_space).strip_suffix(',') else {
            return label();
        };
        let toks = self.genders.words.window(s.start, s.start + comma.len(), 3);
        let first = toks.first()?;
        let w = lower(first.text);
        let participle =
            ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 4 && !is_first_name(first.text);
        let infinitive = matches!(&*w, "après" | "avant" | "pour" | "sans")
            && toks.get(1).is_some_and(|t| {
                crate::text::looks_infinitive(t.text) || super::phrase::lower_is(t.text, &["avoir", "être", "de", "d"])
            });
        // (a place or a medium after its preposition, the phrase alone before
        // the comma)
        let preposition = matches!(&*w, "depuis" | "sur" | "dans" | "chez" | "devant" | "face" | "lors" | "dès" | "outre")
            && toks.get(1).is_some_and(|t| t.word)
            && comma.len() <= 160
            && !comma.contains(['.', ';', ':', '«', '»']);
        (participle || infinitive || preposition).then(|| Span::new(s.start, s.start + comma.len())).or_else(label)
    }

    fn most_salient(
        &self,
        here: Span,
        quote: Span,
        gender: Gender,
        plural: bool,
        subjects: &[Candidate],
        resolved: &[Candidate],
    ) -> Option<Candidate> {
        let at = self.sentences.index_of(here.start).unwrap_or(0);
        let mut near: Option<(f32, Candidate)> = None;
        let mut thing: Option<(f32, Candidate)> = None;
        let mut far: Option<Candidate> = None;
        let excluded = self.excluded.get();
        // a candidate before the first of the last sentences is further back
        // than them: its sentence is not looked for
        let near_from =
            at.checked_sub(SENTENCES_BACK).filter(|&k| k > 0).and_then(|k| self.sentences.get(k)).map_or(0, |s| s.start);
        // the speakers, then the subjects and the names; in a list in text order
        // (the subjects and names, and the speakers most often), once the last
        // sentences are behind and a candidate further back was found, none of
        // the rest of the list is later
        let fronted = self.fronted_adjunct(here);
        let speakers = recent_slice(resolved, here.start);
        let speakers_in_order = speakers.is_sorted_by_key(|c| c.span.start);
        let lists = [
            (speakers, speakers_in_order),
            (recent_slice(subjects, here.start), true),
            (recent_slice(self.names, here.start), true),
        ];
        for (list, in_order) in lists {
            for c in list.iter().rev() {
                if in_order && c.span.start < near_from && far.is_some_and(|f| f.span.start >= c.span.start) {
                    break;
                }
                if quote.start <= c.span.start && c.span.end <= quote.end {
                    continue;
                }
                if excluded.is_some_and(|x| self.same_entity(c, x)) || fronted.is_some_and(|f| f.contains(c.span)) {
                    continue;
                }
                let agrees = c.gender == gender || c.gender == Gender::Unknown || gender == Gender::Unknown;
                if !agrees || !(c.plural == plural || (plural && c.plural)) {
                    continue;
                }
                let exact = c.gender == gender && gender != Gender::Unknown;
                if c.span.start < near_from {
                    if c.person && exact && far.is_none_or(|f| c.span.start > f.span.start) {
                        far = Some(*c);
                    }
                    continue;
                }
                let distance = at.saturating_sub(sentence_from(self.sentences, c.span.start, at).unwrap_or(0));
                let role = match c.role {
                    Role::Speaker | Role::Subject => 1.0,
                    Role::Named => 0.5,
                };
                // (the antecedent of a relative clause is a complement of its sentence,
                // less salient than its subject: `X cite un rapport de la Cour des
                // comptes qui jugeait…`)
                // (a restrictive one, without a comma: `Un responsable, qui a requis
                // l'anonymat, parle…` is the subject)
                let relative = || self.text.as_bytes()[c.span.end..].starts_with(b" qui ");
                let relative = c.role == Role::Speaker && relative();
                let score = role + if exact { 0.6 } else { 0.0 } - 2.0 * distance as f32 - if relative { 0.3 } else { 0.0 };
                let best = if c.person { &mut near } else { &mut thing };
                let better = match best {
                    None => true,
                    Some((s, b)) => score > *s || (score == *s && c.span.start > b.span.start),
                };
                if better {
                    *best = Some((score, *c));
                }
            }
        }
        near.map(|(_, c)| c).or(far).or(thing.map(|(_, c)| c))
    }
}

/// A definite description or a surname that restates an entity named before:
/// `le ministre` after `Gérald Martin, ministre de l'Intérieur`, `Molina`
/// after `Javier Molina`.
fn alias(
    doc: &Words<'_>,
    c: &Candidate,
    here: Span,
    subjects: &[Candidate],
    resolved: &[Candidate],
    names: &[Candidate],
) -> Option<Candidate> {
    let text = doc.text();
    // the candidates before, each list nearest first, those with a proper name
    // only (read by a loop per list: a chain of iterators cost more than the tests)
    let lists = [resolved, subjects, names];
    if let Some(name) = c.name {
        // a surname alone: the full name seen before
        // the surname, without the honorific it keeps (`M. Castagnet`)
        let n = &text[name.range()];
        let n = match n.split_once(' ') {
            Some((h, rest)) if is_honorific(h) => rest,
            _ => n,
        };
        if !n.contains(' ') {
            // a first name and a surname before an honorific and a surname:
            // the nearest full name without an honorific, else the nearest one
            // (read in one pass)
            let mut best: Option<&Candidate> = None;
            // (the surname seen alone before: a titled name is then another
            // person of the family, `Loiseau` is not `Mme Loiseau`)
            let mut bare_before = false;
            let n = n.as_bytes();
            'lists: for list in lists {
                for o in recent(list, here.start).filter(|o| o.proper) {
                    // (compared as bytes: a suffix that is a whole word ends on a character)
                    let on = &text.as_bytes()[o.name.map_or(o.span, |s| s).range()];
                    bare_before |= on == n;
                    if !(on.len() > n.len() && on.ends_with(n) && on[..on.len() - n.len()].ends_with(b" ")) {
                        continue;
                    }
                    // (nor one of the other sex: `Mme Séchard` is not `le père Séchard`)
                    // (the sex told by the honorifics and titles themselves, not one
                    // learned from the text: a surname alone tells none)
                    let sex = |s: Span| plain_gender(&text[s.range()]);
                    if let (Some(a), Some(b)) = (sex(c.name.unwrap_or(c.span)), sex(o.name.map_or(o.span, |s| s))) {
                        if a != b {
                            continue;
                        }
                    }
                    // (not two people coordinated: `Marie et Jean` is not `Jean`)
                    if memchr::memmem::find(on, b" et ").is_some() {
                        continue;
                    }
                    let titled = text[o.name.map_or(o.span, |s| s).range()].split(' ').next().is_some_and(is_honorific);
                    if !titled {
                        best = Some(o);
                        break 'lists;
                    }
                    best = best.or(Some(o));
                }
            }
            if bare_before
                && best.is_some_and(|o| text[o.name.map_or(o.span, |s| s).range()].split(' ').next().is_some_and(is_honorific))
            {
                return None;
            }
            // a nationality after its article, the word written before a name
            // earlier (`le Slovène` after `Le Slovène Tadej Krajnc`)
            let after_article = c.span.start < name.start
                && matches!(text[c.span.start..name.start].trim_end(), "le" | "la" | "Le" | "La" | "l'" | "L'" | "l’" | "L’");
            if best.is_none() && after_article {
                let n = std::str::from_utf8(n).unwrap_or("");
                best = lists.into_iter().flat_map(|list| recent(list, here.start)).filter(|o| o.proper && o.person).find(|o| {
                    o.name.is_some_and(|on| {
                        let before = text[..on.start].trim_end_matches(' ');
                        // (after a space or an elided article: `l'Espagnol Iker Aranburu`)
                        before.len() < on.start
                            && before.ends_with(n)
                            && before[..before.len() - n.len()].ends_with([' ', '\'', '’'])
                    })
                });
                // (else, a nationality restates the last person named just before
                // with its sex: `Marco Rossi a marqué. «…», a dit l'Italien`)
                if best.is_none() && is_demonym(n) {
                    let near = here.start.saturating_sub(600);
                    // (not one the text gives another origin: `devant l'Autrichienne
                    // Lena Gruber` is not `la Savoyarde`; a speaker or a subject
                    // before a name met in passing)
                    let other_origin = |on: Span| {
                        let before = text[..on.start].trim_end_matches(' ');
                        // (past the space or the apostrophe, `’` of three bytes included)
                        let word = &before[before
                            .rfind([' ', '\'', '’'])
                            .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8))..];
                        !word.is_empty() && is_demonym(word) || text[on.range()].split(' ').any(is_demonym)
                    };
                    let fits = |o: &&Candidate| {
                        o.proper
                            && o.person
                            && !o.plural
                            && o.span.start >= near
                            && o.name.is_some_and(|on| text[on.range()].contains(' ') && !other_origin(on))
                            && (c.gender == Gender::Unknown || o.gender == Gender::Unknown || o.gender == c.gender)
                    };
                    let [resolved, subjects, names] = lists;
                    best = recent(resolved, here.start)
                        .chain(recent(subjects, here.start))
                        .filter(fits)
                        .max_by_key(|o| o.span.start)
                        .or_else(|| recent(names, here.start).filter(fits).max_by_key(|o| o.span.start));
                }
            }
            return best.map(|o| Candidate { name: o.name, proper: o.proper, ..*c });
        }
        return None;
    }
    // a definite description (`le ministre`, not `un ministre`): its head noun
    // as the title of an earlier named mention
    // (a phrase that opens with another ASCII letter than `l` has no such
    // article: told before its words are read)
    // (or a noun after `au`, its article joined to `à`: `Quant au maire, il…`)
    let contracted = contracted_article(text, here.start);
    if !contracted && text.as_bytes().get(here.start).is_some_and(|b| b.is_ascii_alphabetic() && !matches!(b, b'l' | b'L')) {
        return None;
    }
    let toks = doc.window(here.start, here.end, 8);
    if !contracted && !toks.first().is_some_and(|t| matches!(&*lower(t.text), "le" | "la" | "l" | "les")) {
        return None;
    }
    // (past the adjectives before the noun: `la nouvelle présidente`)
    let head = toks.iter().skip(usize::from(!contracted)).filter(|t| t.word).find(|t| !is_prenominal(t.text))?;
    // (a short noun only when it is a title: `l'élu`, `le duc`)
    if head.text.chars().count() < 4 && !matches!(head.text, "élu" | "Élu" | "duc") {
        return None;
    }
    let head_tok = *head;
    let head = lower(head.text);
    let premier = head == "ministre" && names_premier(&lower(&text[here.start..head_tok.end]));
    // an adjective after the head must agree too (`le président russe` is not
    // `le président ouzbek X`), and so must a complement's noun (`le
    // président du Sénat` is not `le président du MR, X`)
    // (past a party's label in brackets: `la maire (divers gauche) de Villecourt`)
    let mut bracket = false;
    let qualifier = toks
        .iter()
        .skip_while(|t| t.start <= head_tok.start)
        .filter(|t| {
            match t.text {
                "(" => bracket = true,
                ")" => bracket = false,
                _ => {}
            }
            !bracket && t.text != ")"
        })
        .filter(|t| t.word && !matches!(t.text, "'" | "’"))
        .map(|t| lower(t.text))
        .find(|w| !matches!(&**w, "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l"))
        // (an age describes, it does not qualify the title: `le coureur de 26 ans`)
        .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()));
    // (the narrower titles the head noun takes up: `le magistrat` after `le
    // procureur X`, `l'élue` after `la maire X`)
    let narrower = narrower_titles(&head);
    let takes_up = |w: &str| w == &*head || narrower.contains(&w);
    let mut best: Option<&Candidate> = None;
    // (one searcher for the head noun, for all the candidates)
    let finder = memchr::memmem::Finder::new(head.as_bytes());
    for o in lists.into_iter().flat_map(|list| recent(list, here.start).filter(|o| o.proper)).take(24) {
        // a cheap filter before the precise test: the head noun as written
        // where that test reads, near the mention or after its name (two
        // regions when the name was learned far before: the text between them
        // is not read)
        let near = |s: Span, after: usize| {
            let from = super::ceil_boundary(text, s.start.saturating_sub(40));
            text.get(from..super::floor_boundary(text, (s.end + after).min(text.len()))).unwrap_or("").as_bytes()
        };
        let regions = match o.name {
            Some(n) if n.end + 100 < o.span.start || o.span.end + 100 < n.start => [near(o.span, 40), near(n, 60)],
            Some(n) => [near(Span::new(n.start.min(o.span.start), n.end.max(o.span.end)), 60), &[][..]],
            None => [near(o.span, 40), &[][..]],
        };
        let written = |region: &[u8]| {
            // (or as written, with its capital: `le Slovène` after `Le Slovène X`)
            finder.find(region).is_some()
                || head_tok.text != &*head && memchr::memmem::find(region, head_tok.text.as_bytes()).is_some()
                || narrower.iter().any(|n| memchr::memmem::find(region, n.as_bytes()).is_some())
        };
        let union = head == "syndicat" && o.name.is_some_and(|n| is_union(&text[n.range()]));
        if !union && !regions.iter().any(|r| written(r)) {
            continue;
        }
        // (a union named by its acronym, taken up as `le syndicat`)
        if union {
            best = Some(o);
            break;
        }
        // the head noun must be the title of the earlier mention (its first
        // words, or the words after its name), not a word of a complement
        let ow = text[o.span.start..super::floor_boundary(text, o.span.end.min(o.span.start + 60))].to_lowercase();
        let title: Vec<&str> =
            ow.split(|ch: char| !ch.is_alphanumeric() && ch != '-').filter(|w| !w.is_empty()).take(3).collect();
        // the apposition after the name, in the phrase or right after it in the
        // text (`Gérard Fontanel, ministre de…`)
        let after_name = o.name.map_or("", |n| {
            let rest = text.get(n.end..super::floor_boundary(text, n.end + 40)).unwrap_or("");
            // (an apposition, not the subject of the next clause: `Interrogé par
            // France Bleu, le préfet a reconnu…`)
            let segment = rest.get(1..).map_or("", |r| &r[..r.find([',', '.', ';', ':']).unwrap_or(r.len())]);
            // (nor a phrase and its verb: `Se tournant vers Lucas, le commissaire ajouta`)
            let verb = segment.split(|c: char| !c.is_alphabetic()).skip(2).any(|w| {
                matches!(w, "a" | "ont" | "est" | "sont" | "avait" | "avaient" | "était" | "étaient" | "va" | "vont")
                    || w.chars().count() > 3 && super::phrase::looks_finite(w)
            });
            // (nor the subject after a fronted `Selon X,`: `Selon Le Monde, le
            // président juge…`)
            let fronted = || {
                let before = text[..o.span.start].trim_end();
                ["Selon", "selon", "après", "Pour", "pour"].iter().any(|p| before.ends_with(p))
            };
            if rest.starts_with(',') && !verb && !fronted() { rest } else { "" }
        });
        let after: Vec<String> = after_name
            .to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
            // (past an adjective before the noun: `M. Girard, le vieux notaire`)
            .filter(|w| !w.is_empty() && !PRENOMINAL_SET.contains(*w))
            .take(2)
            .map(String::from)
            .collect();
        // the apposition before the name (`la ministre déléguée, Agathe Montrichard`)
        let before_name = {
            let b = &text[super::ceil_boundary(text, o.span.start.saturating_sub(40))..o.span.start];
            let b = b.trim_end();
            match b.strip_suffix(',') {
                Some(b) => {
                    let cut = b
                        .rfind(['.', ';', ':', ',', '«', '»'])
                        .map_or(0, |k| k + b[k..].chars().next().map_or(1, char::len_utf8));
                    b[cut..].to_lowercase()
                }
                None => String::new(),
            }
        };
        // (an article, the head noun, two adjectives at most, then the comma)
        let before: Vec<&str> =
            before_name.split(|ch: char| !ch.is_alphanumeric() && ch != '-').filter(|w| !w.is_empty()).collect();
        // (not a complement's noun, `la présidente de la région`, nor a subject
        // and its verb, `l'aveugle s'éveilla`)
        // (or a possessive: `son label, Moonlight Records`)
        let before_titled = (1..before.len()).rev().take(3).any(|i| {
            // (or the article joined to `de` before a person's noun: `la parade du
            // gardien, X`; not a body's, `le chanteur du groupe, X`)
            takes_up(before[i])
                && (matches!(before[i - 1], "le" | "la" | "l" | "les" | "son" | "sa" | "leur")
                    || matches!(before[i - 1], "du" | "au") && PERSON_SET.contains(before[i]))
                && !(i >= 2 && matches!(before[i - 2], "de" | "du" | "des" | "d" | "à" | "au" | "aux"))
                && before[i + 1..].iter().all(|w| {
                    !matches!(*w, "s" | "se" | "l" | "le" | "la" | "les" | "lui" | "y" | "en") && !super::phrase::looks_finite(w)
                })
        });
        // (a title the name was given by an election or an appointment: `X a
        // été élue présidente du parti` is `la nouvelle présidente`)
        let appointed = || {
            let Some(n) = o.name else { return false };
            let rest = text.get(n.end..super::floor_boundary(text, n.end + 60)).unwrap_or("");
            let Some(rest) =
                [" a été ", " avait été ", " vient d'être ", " vient d’être ", ", "].iter().find_map(|p| rest.strip_prefix(p))
            else {
                return false;
            };
            let mut words = rest.split(|ch: char| !ch.is_alphanumeric() && ch != '-').filter(|w| !w.is_empty());
            let participle = words.next().unwrap_or("");
            let participle = participle.trim_end_matches('s').trim_end_matches('e');
            matches!(participle, "élu" | "réélu" | "nommé" | "désigné" | "investi" | "promu")
                && words.take(3).any(|w| takes_up(&lower(w)))
        };
        let qualified = qualifier
            .as_ref()
            .is_none_or(|q| ow.contains(&**q) || after_name.to_lowercase().contains(&**q) || before_name.contains(&**q))
            // (`le Premier ministre` is one title, not a minister's: the same on both sides)
            && (head != "ministre" || premier == [&ow, &*after_name.to_lowercase(), &before_name].iter().any(|s| names_premier(s)));
        let titled = title.iter().any(|w| takes_up(w)) || after.iter().any(|a| takes_up(a)) || before_titled;
        // (read only when the title or its qualifier is missing)
        let appointed = (!titled || !qualified) && appointed();
        if (appointed || titled && qualified)
            && (o.gender == c.gender || o.gender == Gender::Unknown || c.gender == Gender::Unknown)
        {
            best = Some(o);
            break;
        }
    }
    best.map(|o| Candidate { name: o.name, proper: o.proper, ..*c })
}

/// True when `words` (in lower case) name a head of government, `premier
/// ministre` or `première ministre`, not a minister.
fn names_premier(words: &str) -> bool {
    words.contains("premier ministre") || words.contains("première ministre")
}

/// True for an animal of tales and fables (`renard`, `poule`, `corbeau`),
/// `word` in lower case.
fn is_animal(word: &str) -> bool {
    matches!(
        word,
        "loup"
            | "louve"
            | "renard"
            | "renarde"
            | "corbeau"
            | "corneille"
            | "poule"
            | "coq"
            | "poussin"
            | "chat"
            | "chatte"
            | "chien"
            | "chienne"
            | "souris"
            | "rat"
            | "lapin"
            | "lièvre"
            | "tortue"
            | "cigale"
            | "fourmi"
            | "grenouille"
            | "crapaud"
            | "âne"
            | "ânesse"
            | "cheval"
            | "jument"
            | "vache"
            | "bœuf"
            | "taureau"
            | "mouton"
            | "brebis"
            | "agneau"
            | "chèvre"
            | "bouc"
            | "cochon"
            | "oie"
            | "jars"
            | "canard"
            | "cane"
            | "héron"
            | "cigogne"
            | "pie"
            | "merle"
            | "hibou"
            | "chouette"
            | "lion"
            | "lionne"
            | "ours"
            | "ourse"
            | "singe"
            | "éléphant"
            | "serpent"
            | "abeille"
            | "hérisson"
            | "écureuil"
            | "taupe"
            | "blaireau"
            | "belette"
            | "paon"
            | "dindon"
            | "pigeon"
            | "colombe"
            | "moineau"
            | "rossignol"
            | "grillon"
            | "escargot"
            | "poisson"
            | "baleine"
            | "dauphin"
    )
}

/// True for a noun of kinship or marriage (`mère`, `beau-frère`, `compagne`),
/// `word` in lower case.
pub(crate) fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "mère"
            | "père"
            | "frère"
            | "sœur"
            | "fils"
            | "fille"
            | "oncle"
            | "tante"
            | "cousin"
            | "cousine"
            | "grand-mère"
            | "grand-père"
            | "belle-mère"
            | "beau-père"
            | "belle-sœur"
            | "beau-frère"
            | "mari"
            | "femme"
            | "époux"
            | "épouse"
            | "compagnon"
            | "compagne"
            | "neveu"
            | "nièce"
            | "petit-fils"
            | "petite-fille"
            | "gendre"
            | "bru"
    )
}

/// The words before the name of one the court or the bar names (`Me X`, `la
/// présidente, X`, `l'avocat général, X`), who is never the one tried.
const COURT_TITLES: &[&str] = &[
    "me",
    "maître",
    "avocat",
    "avocate",
    "juge",
    "procureur",
    "procureure",
    "président",
    "présidente",
    "général",
    "générale",
    "substitut",
    "bâtonnier",
    "expert",
    "experte",
    "témoin",
];

/// True for a definite description by a role that a trial or an inquiry
/// gives a person (`le prévenu`, `l'accusée`, `le suspect`), which takes up
/// the person named before with its gender.
fn is_proceedings_role(words: &str) -> bool {
    let Some((article, noun)) = words.split_once([' ', '\'', '’']) else { return false };
    matches!(article, "le" | "la" | "l" | "Le" | "La" | "L")
        && matches!(
            noun.trim_start(),
            "prévenu"
                | "prévenue"
                | "accusé"
                | "accusée"
                | "suspect"
                | "suspecte"
                | "détenu"
                | "détenue"
                | "plaignant"
                | "plaignante"
        )
}

/// The titles a more general noun takes up in a description (`le
/// magistrat` after `le procureur X`, `l'élue` after `la maire X`, `le
/// cinéaste` after `le réalisateur X`): lower case, both genders.
fn narrower_titles(head: &str) -> &'static [&'static str] {
    match head {
        "magistrat" | "magistrate" => {
            &["procureur", "procureure", "juge", "substitut", "substitute", "avocat général", "avocate générale"]
        }
        "élu" | "élue" | "édile" => &[
            "maire",
            "député",
            "députée",
            "sénateur",
            "sénatrice",
            "conseiller",
            "conseillère",
            "adjoint",
            "adjointe",
            "eurodéputé",
            "eurodéputée",
        ],
        "parlementaire" => &["député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée"],
        "cinéaste" => &["réalisateur", "réalisatrice"],
        "écrivain" | "écrivaine" => &["romancier", "romancière", "auteur", "autrice", "poète", "poétesse", "essayiste"],
        "romancier" | "romancière" => &["écrivain", "écrivaine", "auteur", "autrice"],
        "cycliste" => &["coureur", "coureuse"],
        "coureur" | "coureuse" => &["cycliste"],
        "technicien" | "technicienne" | "coach" => &["entraîneur", "entraîneuse", "sélectionneur", "sélectionneuse"],
        "entraîneur" | "entraîneuse" => &["coach", "sélectionneur", "sélectionneuse"],
        "artiste" => &["chanteur", "chanteuse", "peintre", "musicien", "musicienne", "rappeur", "rappeuse", "sculpteur"],
        "chanteur" | "chanteuse" => &["rappeur", "rappeuse", "interprète"],
        "diplomate" => &["ambassadeur", "ambassadrice", "consul", "consule"],
        "prélat" => &["évêque", "archevêque", "cardinal"],
        // (a lawyer is named with the honorific of the bar: `Me X`)
        // (and as written, for the search in the text)
        "avocat" | "avocate" => &["me", "maître", "bâtonnier", "bâtonnière", "Me", "Maître"],
        "dirigeant" | "dirigeante" => &[
            "pdg",
            // (as written, for the search in the text)
            "PDG",
            "président-directeur",
            "directeur",
            "directrice",
            "patron",
            "patronne",
            "président",
            "présidente",
            "fondateur",
            "fondatrice",
        ],
        "policier" | "policière" => {
            &["commissaire", "commandant", "commandante", "capitaine", "brigadier", "gardien de la paix"]
        }
        "militaire" => &["général", "générale", "colonel", "colonelle", "capitaine", "commandant", "adjudant", "sergent"],
        // (a team's player by the place they play: `le joueur` after `l'attaquant X`)
        "joueur" | "joueuse" => &[
            "attaquant",
            "attaquante",
            "milieu",
            "défenseur",
            "défenseure",
            "gardien",
            "gardienne",
            "portier",
            "ailier",
            "ailière",
            "buteur",
            "buteuse",
            "arrière",
            "pivot",
            "demi-centre",
            "avant-centre",
            "latéral",
            "latérale",
            "meneur",
            "meneuse",
            "capitaine",
        ],
        "portier" | "gardien" | "gardienne" => &["gardien", "gardienne", "portier", "goal"],
        _ => &[],
    }
}

/// True for a union's name (`la CGT`, `FO`, `Force ouvrière`), which `le
/// syndicat` takes up.
fn is_union(name: &str) -> bool {
    let name = ["la ", "La ", "le ", "Le ", "l'", "L'", "l’", "L’"].iter().find_map(|a| name.strip_prefix(a)).unwrap_or(name);
    matches!(
        name,
        "CGT"
            | "CFDT"
            | "FO"
            | "Force ouvrière"
            | "CFE-CGC"
            | "CFTC"
            | "Unsa"
            | "UNSA"
            | "SUD"
            | "FSU"
            | "Solidaires"
            | "SNES-FSU"
            | "SNUipp-FSU"
            | "Snuipp"
            | "SNES"
            | "CGT-FO"
            | "FNSEA"
            | "Confédération paysanne"
            | "Jeunes agriculteurs"
    )
}

/// The key of an entity's name: folded, trimmed, without its article
/// (`Le Monde` and `le monde` are one). (Folded in place: one string per name.)
fn entity_key(name: &str) -> String {
    // (an ASCII name, the common case, lowered byte by byte: it holds no `’`)
    let mut l = if name.is_ascii() { name.to_ascii_lowercase() } else { name.to_lowercase() };
    if !name.is_ascii() && l.contains('’') {
        l = l.replace('’', "'");
    }
    l.truncate(l.trim_end().len());
    let start = l.len() - l.trim_start().len();
    let article = ["le ", "la ", "les ", "l'"].iter().find(|d| l[start..].starts_with(**d)).map_or(0, |d| d.len());
    l.drain(..start + article);
    l
}

/// Groups the resolved mentions into entities (same name, folded) and sets
/// each mention's entity id.
pub(crate) fn entities<'a>(quotes: &mut [Quote<'a>]) -> Vec<crate::model::Entity<'a>> {
    use crate::model::Entity;
    let mut out: Vec<Entity<'a>> = Vec::new();
    let mut index: std::collections::HashMap<String, u32, WordHashBuild> = std::collections::HashMap::default();
    // the entity of each name already met (`None` for an anaphor): a name
    // that comes again is not folded again
    let mut by_name: std::collections::HashMap<&'a str, Option<u32>, WordHashBuild> = std::collections::HashMap::default();
    for (qi, q) in quotes.iter_mut().enumerate() {
        let text = q.text;
        for (is_speaker, m) in [(true, &mut q.speaker), (false, &mut q.source)] {
            let Some(m) = m else { continue };
            let Some(name) = m.name else { continue };
            let id = *by_name.entry(name).or_insert_with(|| {
                (!is_anaphor(name)).then(|| {
                    *index.entry(entity_key(name)).or_insert_with(|| {
                        out.push(Entity {
                            id: out.len() as u32,
                            name,
                            mentions: Vec::new(),
                            quotes: Vec::new(),
                            quoted_words: 0,
                        });
                        (out.len() - 1) as u32
                    })
                })
            });
            let Some(id) = id else { continue };
            let e = &mut out[id as usize];
            if name.len() > e.name.len() {
                e.name = name;
            }
            e.mentions.push(m.span);
            if is_speaker {
                e.quotes.push(qi);
                // (the words of a quotation are counted for its speaker only)
                e.quoted_words += crate::text::count_words(text);
            }
            m.entity = Some(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// The speaker name given to the quotation that starts with `words`.
    fn name_of<'a>(doc: &'a crate::Document<'a>, words: &str) -> Option<&'a str> {
        let q = doc.quotes().iter().find(|q| q.text.starts_with(words)).expect("quotation found");
        q.speaker.as_ref().and_then(|m| m.name)
    }

    #[test]
    fn a_noun_of_a_trade_tells_its_gender_by_its_form() {
        use super::{Gender, person_noun_gender};
        for w in ["présidente", "directrice", "avocate", "cheffe", "députée", "infirmière"] {
            assert_eq!(person_noun_gender(w), Gender::Feminine, "{w}");
        }
        for w in ["président", "directeur", "avocat", "chef", "député", "infirmier"] {
            assert_eq!(person_noun_gender(w), Gender::Masculine, "{w}");
        }
        for w in ["ministre", "juge", "économiste", "porte-parole", "tête", "route"] {
            assert_eq!(person_noun_gender(w), Gender::Unknown, "{w}");
        }
    }

    #[test]
    fn a_name_after_a_body_or_a_kin_is_a_person() {
        let names = |text: &str, first: &str| -> Vec<String> {
            let words = super::Words::new(text);
            let genders = super::Genders::new(&words, &[], false);
            let end = text.find(first).map_or(text.len(), |k| k + first.len());
            super::name_runs(crate::span::Span::new(0, end), &[], &genders)
                .iter()
                .filter_map(|c| c.name.map(|n| text[n.range()].to_string()))
                .collect()
        };
        // (the gender comes from the second sentence; the name is read in the first)
        let owned = "Le vieux posa la bague dans la main de Marianina. Plus tard, Marianina était émue.";
        assert_eq!(names(owned, "Marianina."), ["Marianina"]);
        // the owner of a thing may be a place
        let place = "Le vieux prit le train de Marianina. Plus tard, Marianina était émue.";
        assert!(names(place, "Marianina.").is_empty());
    }

    #[test]
    fn only_a_verb_used_to_report_makes_its_subject_a_speaker() {
        let ex = crate::Extractor::new();
        // a noun of no list, subject of a reporting verb that ends its clause
        let doc = ex.extract("Le délégué du personnel a réagi. «\u{a0}C'est un affront\u{a0}», a-t-il lancé.");
        assert_eq!(name_of(&doc, "C'est"), Some("Le délégué du personnel"));
        // the same verb with an object reports nothing: no antecedent
        let doc = ex.extract("La lanterne jetait une lueur pâle. «\u{a0}Qui va là\u{a0}?\u{a0}» demanda-t-elle.");
        assert_eq!(name_of(&doc, "Qui"), None);
    }

    #[test]
    fn no_adjective_before_a_noun_is_a_determiner_or_de() {
        // (what the one pass of `is_person` relies on)
        for w in super::PRENOMINAL {
            assert!(!super::super::phrase::is_determiner(w) && !matches!(*w, "l" | "d" | "de" | "du"), "{w}");
        }
    }

    #[test]
    fn a_short_ascii_word_is_told_as_its_lower_case() {
        let list = ["le", "la", "l", "les", "idem"];
        for w in
            ["le", "Le", "LES", "lEs", "l", "L", "la", "lé", "Là", "les ", "idem", "IDEM", "Idém", "\u{212a}", "", "lesquels"]
        {
            assert_eq!(super::is_short_ascii(w, &list), list.contains(&&*crate::text::lower(w)), "{w:?}");
        }
    }

    #[test]
    fn a_name_read_from_its_tokens_is_proper_as_its_text() {
        // (what `proper_in` and the names of `name_runs` rely on)
        let text = "Le Pen, La Fontaine et LES Échos, l'abbé Bernard, père Lumière, Un vieux monsieur, Ces Messieurs, \
                    Émile Zola, Les-Baux, Le\u{a0}Monde, De Gaulle, Du Bellay, L’Oréal, UNE Femme, Quarante-Deux";
        let toks = crate::attribute::phrase::tokens(text, 0, text.len(), usize::MAX);
        for (a, first) in toks.iter().enumerate() {
            for last in &toks[a..(a + 4).min(toks.len())] {
                let name = Some(crate::span::Span::new(first.start, last.end));
                assert_eq!(super::proper_in(text, &toks, name), super::proper(text, name), "{:?}", &text[first.start..last.end]);
            }
        }
    }

    #[test]
    fn an_honorific_opens_with_m_d_or_p() {
        // (what `is_listed_honorific` relies on)
        for h in super::HONORIFICS {
            assert!(matches!(h.as_bytes()[0], b'M' | b'D' | b'P'), "{h}");
        }
    }

    #[test]
    fn a_nationality_is_read_in_its_four_forms_and_only_as_one() {
        for w in ["Italien", "Italienne", "Italiens", "Bretonne", "Allemande", "Néerlandaise", "Slovène", "Savoyarde"] {
            assert!(super::is_demonym(w), "{w}");
        }
        for w in ["Pen", "Fontaine", "Chine", "Japon", "Monde", "Dupont"] {
            assert!(!super::is_demonym(w), "{w}");
        }
    }

    #[test]
    fn an_entity_key_is_the_folded_name_without_its_article() {
        let folded = |name: &str| {
            let l = name.to_lowercase().replace('’', "'");
            let l = l.trim();
            ["le ", "la ", "les ", "l'"].iter().find_map(|d| l.strip_prefix(d)).unwrap_or(l).to_string()
        };
        for name in [" Le Monde ", "l’État", "LES  Verts", "  ", "", "la", "L'Élysée", "Le", "le le x", "\u{a0}La Poste\u{a0}"]
        {
            assert_eq!(super::entity_key(name), folded(name), "{name:?}");
        }
    }

    #[test]
    fn a_capital_is_told_by_its_first_bytes() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(super::capital_first(&format!("{c}x")), c.is_uppercase(), "{c:?}");
        }
        assert!(!super::capital_first(""));
    }

    #[test]
    fn an_anaphor_opens_with_an_ascii_letter() {
        // (what the first test of `is_anaphor` relies on)
        for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            let mut l = c.to_lowercase();
            assert!(!matches!(l.next(), Some('i' | 'e' | 'l' | 'c')) || l.next().is_some(), "{c}");
        }
        for w in [
            "il",
            "Elle",
            "ILS",
            "elles",
            "lui",
            "eux",
            "Celui-ci",
            "celles-ci",
            "Cette dernière",
            "ces derniers",
            "CES DERNIÈRES",
        ] {
            assert!(super::is_anaphor(w), "{w}");
        }
        for w in ["je", "nous", "on", "Le", "cette", "ces dernier", "la présidente", "Émile", "ilS-ci", "celle-là"] {
            assert!(!super::is_anaphor(w), "{w}");
        }
        // (the pronouns that refer back are those of the list but the speakers)
        for p in super::super::phrase::PRONOUNS {
            assert_eq!(super::is_anaphor(p), !matches!(*p, "je" | "nous" | "on"), "{p}");
        }
    }

    #[test]
    fn the_uses_of_a_name_are_those_a_searcher_finds() {
        let text = "AnAnAn, Anna et AnAn. Élodie vit Élodie ; ANAN, AnAnAnAn.";
        let words = super::Words::new(text);
        let genders = super::Genders::new(&words, &[], false);
        for name in ["AnAn", "An", "Anna", "Élodie", "ANAN", "nAn", "AnAnAnAn", "A", "AN"] {
            for (from, to) in [(0, text.len()), (2, 40), (8, 20)] {
                let searched: Vec<usize> =
                    memchr::memmem::find_iter(&text.as_bytes()[from..to], name.as_bytes()).take(3).map(|k| from + k).collect();
                assert_eq!(genders.uses(name, from, to, 3), searched, "{name} in {from}..{to}");
            }
        }
    }

    #[test]
    fn a_narrator_is_named_only_by_a_name_the_narration_never_uses() {
        let named = "Je marchais vers le puits. Je portais deux seaux. Ma mère m'appela :\n\n— Dépêche-toi, Hortense !\n\n\
                     Je posai les seaux et je répondis :\n\n— J'arrive.";
        let doc = crate::extract(named);
        assert_eq!(name_of(&doc, "J'arrive"), Some("Hortense"));
        // Lucien is named by the narration: he is not the narrator
        let other = "Je marchais avec Lucien. Je portais deux seaux. Lucien s'arrêta. Un voisin cria :\n\n— Lucien, ta mère !\n\n\
                     Je posai les seaux et je répondis :\n\n— On arrive.";
        let doc = crate::extract(other);
        assert_eq!(name_of(&doc, "On arrive"), None);
        // a text in the third person has no narrator
        let third = "Il marchait vers le puits. Sa mère l'appela :\n\n— Dépêche-toi, Hortense !\n\nElle posa les seaux. Je répondis :\n\n— J'arrive.";
        let doc = crate::extract(third);
        assert_eq!(name_of(&doc, "J'arrive"), None);
    }
}
