//! Detection: where the quotations are.
//!
//! One pass over the text, paragraph by paragraph. In each paragraph the marks
//! are found by a byte scan ([`marks`]) and paired on a stack: an opener is
//! pushed, a closer pops the nearest opener of its family (anything above it
//! was left open and is dropped with a diagnostic), so quotations nest and never
//! cross. Straight quotes, `”` used as an opener and `«` used as a closer are
//! decided from their neighbours. The outermost quotation still open at the end
//! of a paragraph is carried to the next one only when that paragraph reopens
//! with a mark (`«`, or `»` in the older style): it is then one multi-paragraph
//! quotation; otherwise it ends with its paragraph. Dialogue turns are found at
//! paragraph starts and inside a pair of guillemets that holds an exchange
//! ([`dialogue`]): one that opens on a dash (`« — Vous partez ?`), or one left
//! open by a paragraph of its own and followed by a dash paragraph (`« Vous
//! partez ?` / `— Oui. »`), whose first turn is the quotation of that paragraph.
//! Every step is linear in the text: no mark is looked at twice.

pub(crate) mod dialogue;
pub(crate) mod incise;
pub(crate) mod kind;
pub(crate) mod marks;
pub(crate) mod paragraph;

use crate::cue::Lexicon;
use crate::model::{Diagnostic, DiagnosticKind, Marks};
use crate::span::Span;
use crate::text::{is_space, next_non_space, prev_non_space, trim_span};
use marks::{Context, Family, Mark};
use paragraph::{Paragraph, Paragraphs};

/// What detection needs to know from the extractor's configuration.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DetectOptions<'l> {
    pub straight_quotes: bool,
    pub dialogue: bool,
    pub hyphen_dialogue: bool,
    pub lexicon: &'l Lexicon,
}

/// A quotation as detection finds it, before attribution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub span: Span,
    pub text: Span,
    pub parts: Vec<Span>,
    pub marks: Marks,
    pub depth: u8,
    pub confidence: f32,
}

/// An opening mark waiting for its closer.
#[derive(Debug, Clone)]
struct Open {
    family: Family,
    written: &'static str,
    start: usize,
    open_end: usize,
    part_start: usize,
    parts: Vec<Span>,
    container: bool,
    at_para_start: bool,
    code_before: bool,
    /// Already reported as unclosed (by the first turn of the exchange it holds).
    reported: bool,
    depth: u8,
}

/// Finds every quotation of `text`, with the diagnostics of the marks it repaired
/// or ignored. Quotations come in text order, an outer one before those inside it.
pub(crate) fn detect(text: &str, opts: DetectOptions<'_>) -> (Vec<Found>, Vec<Diagnostic>) {
    let mut d = Detector {
        text,
        opts,
        // news text holds about one quotation per 200 bytes
        found: Vec::with_capacity(text.len() / 256),
        diags: Vec::new(),
        stack: Vec::new(),
        counts: [0; Family::COUNT],
        pending: None,
        brace_depth: 0,
        container_close: None,
        dash_run: None,
        labelled_turns: None,
        colon_turns: None,
        en_dash_turns: None,
    };
    for p in Paragraphs::new(text) {
        d.paragraph(p);
    }
    if let Some((open, end)) = d.pending.take() {
        d.emit_unclosed(open, end);
    }
    let Detector { mut found, mut diags, .. } = d;
    nested_single_quotes(text, &mut found);
    found.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    merge_marked_turns(text, &mut found);
    drop_crossing(&mut found);
    diags.sort_by_key(|d| d.span.start);
    (found, diags)
}

/// Single quotation marks nested in the quotations found (`«Il a dit 'non'
/// devant tout le monde»`, `“le mot ‘crise’”`): a mark after a space (or the
/// quotation's start, or an opening mark) and before a letter opens, the same
/// mark (`’` for `‘`) after a letter or a final point and before a space or
/// a point closes, within the line. An apostrophe stands between letters, and
/// is neither.
fn nested_single_quotes(text: &str, found: &mut Vec<Found>) {
    let mut nested = Vec::new();
    for f in found.iter().filter(|f| !matches!(f.marks, Marks::None | Marks::SingleQuotes { .. })) {
        // (one scan for `'` and the lead byte of `‘’`)
        let inner = &text.as_bytes()[f.text.range()];
        let mark_at = |k: usize| -> Option<(&'static str, usize)> {
            match text.get(k..)? {
                r if r.starts_with('\'') => Some(("'", 1)),
                r if r.starts_with('‘') => Some(("‘", 3)),
                r if r.starts_with('’') => Some(("’", 3)),
                _ => None,
            }
        };
        // (past the end of the last pair found)
        let mut from = f.text.start;
        for j in memchr::memchr2_iter(b'\'', 0xE2, inner) {
            let k = f.text.start + j;
            // (most are apostrophes after a letter: told by the byte before)
            if k < from || k > f.text.start && text.as_bytes()[k - 1].is_ascii_alphanumeric() {
                continue;
            }
            let Some((open, len)) = mark_at(k) else { continue };
            let before = text[f.text.start..k].chars().next_back();
            let after = text[k + len..f.text.end].chars().next();
            let opens = before.is_none_or(|c| is_space(c) || matches!(c, '«' | '“' | '(' | '—' | '"'))
                && after.is_some_and(char::is_alphabetic);
            if !opens {
                continue;
            }
            let close_mark = if open == "'" { "'" } else { "’" };
            let line_end = text[k..f.text.end].find('\n').map_or(f.text.end, |e| k + e);
            let limit = crate::attribute::floor_boundary(text, line_end.min(k + 240));
            let close = text[k + len..limit].match_indices(close_mark).map(|(j, _)| k + len + j).find(|&j| {
                let b = text[..j].chars().next_back();
                let a = text[j + close_mark.len()..f.text.end].chars().next();
                b.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '!' | '?' | '…'))
                    && a.is_none_or(|c| !c.is_alphanumeric())
            });
            let Some(close) = close else { continue };
            let inner_span = trim_span(text, k + len, close);
            // (a few words, holding no quotation of their own)
            let inner = &text[inner_span.range()];
            if !inner.is_empty() && inner.split_whitespace().count() <= 25 && !inner.contains(['«', '»', '“', '”', '"', '‹', '›'])
            {
                nested.push(Found {
                    span: Span::new(k, close + close_mark.len()),
                    text: inner_span,
                    parts: vec![inner_span],
                    marks: Marks::SingleQuotes { open, close: close_mark },
                    depth: f.depth + 1,
                    confidence: 0.8,
                });
            }
            from = close + close_mark.len();
        }
    }
    // (a mark found in a quotation and in the one that holds it: once, at its depth)
    nested.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.depth.cmp(&a.depth)));
    nested.dedup_by(|a, b| a.span == b.span);
    found.extend(nested);
}

/// The last guard of the invariant: a quotation that crosses one kept before
/// it (marks broken every way at once: `«“, a-t-il dit, — “`) is dropped, so
/// that quotations nest or are disjoint. `found` is in text order, outer first.
fn drop_crossing(found: &mut Vec<Found>) {
    let mut open: Vec<Span> = Vec::new();
    found.retain(|f| {
        while open.last().is_some_and(|o| o.end <= f.span.start) {
            open.pop();
        }
        if open.last().is_some_and(|o| !o.contains(f.span)) {
            return false;
        }
        open.push(f.span);
        true
    });
}

/// A dialogue turn whose words are one quotation in guillemets (`— « Je
/// refuse, » répondit l'abbé.`, an older typography) is one quotation: the
/// turn keeps its dash and takes the words inside the marks; what the marks
/// held nested goes up one level.
fn merge_marked_turns(text: &str, found: &mut Vec<Found>) {
    // the quotations taken into their turn, dropped at the end in one pass
    let mut taken = vec![false; found.len()];
    let mut i = 0;
    while i + 1 < found.len() {
        let (turn, inner) = (&found[i], &found[i + 1]);
        let opens_turn = turn.marks == Marks::Dash
            && inner.depth >= turn.depth
            && inner.marks != Marks::Dash
            && text.get(turn.text.start..inner.span.start).is_some_and(|b| b.chars().all(is_space))
            && inner.span.end <= turn.span.end.max(turn.text.end);
        // nothing quoted after it in the turn (`— « Non », dit-il, « jamais »` stays two),
        // and no words of the turn after it (`— « Une source proche ». Tu parles.`
        // quotes a phrase inside the turn)
        let alone = opens_turn
            && found[i + 2..].iter().take_while(|n| n.span.start < turn.span.end).all(|n| n.span.end <= inner.span.end)
            && !text.get(inner.span.end..turn.text.end.max(inner.span.end)).is_some_and(|rest| {
                rest.trim_start_matches(is_space)
                    .strip_prefix(['.', '!', '?', '…'])
                    .is_some_and(|r| r.trim_start_matches(is_space).starts_with(char::is_uppercase))
            });
        if !alone {
            i += 1;
            continue;
        }
        let (span_end, text_span, depth, confidence) = (inner.span.end, inner.text, inner.depth, inner.confidence);
        let parts = std::mem::take(&mut found[i + 1].parts);
        taken[i + 1] = true;
        let turn = &mut found[i];
        turn.span = Span::new(turn.span.start, span_end);
        turn.text = text_span;
        turn.parts = parts;
        turn.confidence = turn.confidence.max(confidence);
        if depth > turn.depth {
            for n in found[i + 2..].iter_mut().take_while(|n| n.span.start < span_end) {
                n.depth = n.depth.saturating_sub(1);
            }
        }
        i += 2;
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !taken[k - 1]
    });
}

struct Detector<'t, 'l> {
    text: &'t str,
    opts: DetectOptions<'l>,
    found: Vec<Found>,
    diags: Vec<Diagnostic>,
    stack: Vec<Open>,
    counts: [usize; Family::COUNT],
    /// The outermost quotation left open by the previous paragraph, with the end
    /// of that paragraph.
    pending: Option<(Open, usize)>,
    brace_depth: usize,
    container_close: Option<usize>,
    /// A run of paragraphs opened by `-` or `–`: where it ends and whether it is dialogue.
    dash_run: Option<(usize, bool)>,
    /// Whether the text writes its turns after speakers' labels (`SOPHIE. — …`),
    /// on two paragraphs at least: read once, when a paragraph first opens so.
    labelled_turns: Option<bool>,
    /// The paragraphs (where their content starts) of the transcripts whose
    /// turns open on a name and a colon with no marks (`Arthur Lemaire :
    /// Oui…`): runs of three labelled paragraphs or more, one after another,
    /// where two labels at least take turns, one of them twice; not headlines'
    /// labels scattered over a text (or over many texts joined). Read once.
    colon_turns: Option<Vec<usize>>,
    /// Whether the text writes its turns with en dashes (see
    /// [`dialogue::en_dash_turns`]): read once, when a run needs it.
    en_dash_turns: Option<bool>,
}

impl Detector<'_, '_> {
    fn diag(&mut self, kind: DiagnosticKind, start: usize, end: usize) {
        self.diags.push(Diagnostic { kind, span: Span::new(start, end) });
    }

    fn push(&mut self, open: Open) {
        self.counts[open.family.index()] += 1;
        self.stack.push(open);
    }

    fn pop(&mut self) -> Option<Open> {
        let open = self.stack.pop()?;
        self.counts[open.family.index()] -= 1;
        Some(open)
    }

    fn depth(&self) -> u8 {
        // containers are few (one per exchange): count them from the bottom only
        let containers = self.stack.iter().take_while(|o| o.container).count();
        (self.stack.len() - containers).min(u8::MAX as usize) as u8
    }

    fn new_open(&self, family: Family, written: &'static str, start: usize, len: usize, p: Paragraph) -> Open {
        Open {
            family,
            written,
            start,
            open_end: start + len,
            part_start: start + len,
            parts: Vec::new(),
            container: false,
            at_para_start: start == p.content,
            code_before: false,
            reported: false,
            depth: self.depth(),
        }
    }

    fn paragraph(&mut self, p: Paragraph) {
        let text = self.text;
        let first_found = self.found.len();
        self.brace_depth = 0;
        self.container_close = None;
        let mut scan_from = p.content;
        let mut turn_from: Option<usize> = None;
        let mut colon_from: Option<usize> = None;
        let mut in_container = false;

        if let Some((mut open, prev_end)) = self.pending.take() {
            let reopen = reopening_mark(text, p, open.family);
            let dash = dialogue::dash_at(text, p.content, p.end);
            if open.container {
                if dash.is_some() {
                    turn_from = Some(p.content);
                    in_container = true;
                    self.push(open);
                } else if let Some(len) = reopen.filter(|&len| {
                    let after = next_non_space(text, p.content + len, p.end).map_or(p.end, |(k, _)| k);
                    dialogue::dash_at(text, after, p.end).is_some()
                }) {
                    scan_from = p.content + len;
                    turn_from = next_non_space(text, scan_from, p.end).map(|(k, _)| k);
                    in_container = true;
                    self.push(open);
                } else {
                    if !open.reported {
                        self.diag(DiagnosticKind::Unclosed, open.start, open.open_end);
                    }
                }
            } else if let Some(len) = reopen {
                let after = p.content + len;
                let closes_here = text[p.content..].starts_with('»') && {
                    match next_non_space(text, after, p.end) {
                        None => true,
                        Some((_, c)) => !c.is_uppercase() && !matches!(c, '«' | '“' | '"' | '…' | '(' | '[') && !c.is_numeric(),
                    }
                };
                if closes_here {
                    self.push(open);
                    self.close_top(p.content, after, "»");
                } else {
                    open.part_start = after;
                    self.push(open);
                }
                scan_from = after;
            } else if self.opens_exchange(&open, p) {
                // `« Elle ne viendra pas.` / `— Pourquoi ?` / `— Elle me l'a écrit. »`:
                // the guillemets hold an exchange whose first turn has no dash. That
                // turn is the quotation of the paragraphs before the dash; the
                // guillemets go on as the exchange's container, as for `« — …`
                let mut container = open.clone();
                container.container = true;
                container.parts.clear();
                // (the turn's quotation ends with its paragraph, as a turn does: the
                // mark is reported unclosed only if the exchange never closes it)
                let mut open = open;
                open.reported = true;
                self.diag(DiagnosticKind::ExchangeOpened, open.start, open.open_end);
                self.emit_first_turn(open, prev_end);
                turn_from = Some(p.content);
                in_container = true;
                self.push(container);
            } else {
                self.emit_unclosed(open, prev_end);
            }
        }

        if self.opts.dialogue && self.stack.is_empty() {
            if let Some((_, kind)) = dialogue::dash_at(text, p.content, p.end) {
                if self.dash_is_dialogue(p, kind) {
                    turn_from = Some(p.content);
                }
            } else if let Some((dash, _)) = dialogue::label_dash(text, p.content, p.end).filter(|_| self.labelled_turns()) {
                // `SOPHIE. — Tu viens ?`: a turn after its speaker's label
                turn_from = Some(dash);
            } else if let Some((_, speech)) = self
                .colon_turns
                .as_ref()
                // (no label read again once the text is known to hold no transcript)
                .is_none_or(|t| !t.is_empty())
                .then(|| dialogue::label_colon(text, p.content, p.end))
                .flatten()
            {
                // `Arthur Lemaire : Oui…`: a transcript's turn, with no marks
                // (the text is read for its runs of turns only once a turn is
                // followed by another: a headline's label alone costs no reading)
                let next_labelled = || {
                    next_non_space(text, p.end, text.len()).is_some_and(|(n, _)| {
                        let end = memchr::memchr(b'\n', &text.as_bytes()[n..]).map_or(text.len(), |k| n + k);
                        dialogue::label_colon(text, n, end).is_some()
                    })
                };
                if (self.colon_turns.is_some() || next_labelled()) && self.colon_turns().binary_search(&p.content).is_ok() {
                    colon_from = Some(speech);
                }
            } else if let Some((len, family, written)) = container_opener(text, p) {
                let after = next_non_space(text, p.content + len, p.end).map_or(p.end, |(k, _)| k);
                if dialogue::dash_at(text, after, p.end).is_some_and(|(_, k)| k != dialogue::DashKind::Hyphen) {
                    let mut open = self.new_open(family, written, p.content, len, p);
                    open.container = true;
                    self.push(open);
                    scan_from = p.content + len;
                    turn_from = Some(after);
                    in_container = true;
                }
            }
        }

        if let Some(from) = colon_from {
            let span = trim_span(text, from, p.end);
            self.found.push(Found { span, text: span, parts: vec![span], marks: Marks::None, depth: 0, confidence: 0.85 });
        }
        self.scan(p, scan_from);
        if self.opts.dialogue && turn_from.is_none() {
            for mark in dialogue::split_exchanges(text, &mut self.found, first_found, p.content, self.opts.lexicon) {
                self.diag(DiagnosticKind::ExchangeOpened, mark.start, mark.end);
            }
        }

        if let Some(from) = turn_from {
            let end = self.container_close.unwrap_or(p.end);
            let mut protected: Vec<Span> = self.found[first_found..].iter().map(|f| f.span).collect();
            protected.extend(self.stack.iter().filter(|o| !o.container).map(|o| Span::new(o.start, p.end)));
            let hyphen = dialogue::dash_at(text, from, end).is_some_and(|(_, k)| k == dialogue::DashKind::Hyphen);
            dialogue::turns(text, from, end, in_container, &protected, self.opts.lexicon, hyphen, &mut self.found);
        }

        // a quotation opened inside a dialogue turn ends with the turn's paragraph
        self.end_paragraph(p, turn_from.is_none() || in_container);
    }

    /// True when the quotation `open`, left open at the end of the paragraph before
    /// `p`, is the first turn of an exchange that goes on in `p`: it opened its
    /// paragraph with a mark that can hold an exchange, and `p` opens with a turn dash.
    fn opens_exchange(&mut self, open: &Open, p: Paragraph) -> bool {
        let container_mark = matches!(open.family, Family::Guillemet | Family::Ascii | Family::English | Family::Straight);
        if !self.opts.dialogue || !self.opens_sentence(open) || !container_mark {
            return false;
        }
        match dialogue::dash_at(self.text, p.content, p.end) {
            Some((_, kind)) => kind != dialogue::DashKind::Hyphen && self.dash_is_dialogue(p, kind),
            None => false,
        }
    }

    /// True when the mark `open` opens its paragraph or, mid-paragraph, a
    /// sentence (`Il sourit. « Vrai ? ¶ — Vrai.`): it may hold an exchange.
    fn opens_sentence(&self, open: &Open) -> bool {
        open.at_para_start || matches!(prev_non_space(self.text, 0, open.start), Some((_, '.' | '!' | '?' | '…' | ':')))
    }

    /// True when the straight quote `open`, left open at the end of `p`, opens a
    /// sentence and the next paragraph opens on a turn dash: the quote holds an
    /// exchange (`Elle rit. "Tu viens ?` / `— Non.` / `— Alors demain."`), and it
    /// carries into the next paragraph as guillemets do.
    fn straight_opens_exchange(&self, open: &Open, p: Paragraph) -> bool {
        let text = self.text;
        if !self.opts.dialogue || !self.opens_sentence(open) {
            return false;
        }
        next_non_space(text, p.end, text.len()).is_some_and(|(n, _)| {
            let end = memchr::memchr(b'\n', &text.as_bytes()[n..]).map_or(text.len(), |k| n + k);
            dialogue::dash_at(text, n, end).is_some_and(|(_, k)| k != dialogue::DashKind::Hyphen)
        })
    }

    /// True when two paragraphs of the text at least open on a speaker's label
    /// and a dash (a play, an interview): one label alone is more likely a
    /// dateline (`PARIS. — Le maire…`).
    fn labelled_turns(&mut self) -> bool {
        let text = self.text;
        *self.labelled_turns.get_or_insert_with(|| {
            Paragraphs::new(text).filter(|p| dialogue::label_dash(text, p.content, p.end).is_some()).take(2).count() == 2
        })
    }

    /// The paragraphs of the text's transcript turns (see [`Detector::colon_turns`]).
    fn colon_turns(&mut self) -> &[usize] {
        let text = self.text;
        self.colon_turns.get_or_insert_with(|| {
            let mut accepted = Vec::new();
            // the run being read: its paragraphs and their labels
            let mut run: Vec<(usize, &str)> = Vec::new();
            let mut close = |run: &mut Vec<(usize, &str)>| {
                let labels = |l: &str| run.iter().filter(|(_, x)| *x == l).count();
                let distinct = run.iter().enumerate().filter(|(i, (_, l))| run[..*i].iter().all(|(_, x)| x != l)).count();
                if run.len() >= 3 && distinct >= 2 && run.iter().any(|(_, l)| labels(l) >= 2) {
                    accepted.extend(run.iter().map(|(at, _)| *at));
                }
                run.clear();
            };
            for p in Paragraphs::new(text) {
                match dialogue::label_colon(text, p.content, p.end) {
                    Some((label, _)) => run.push((p.content, &text[label.range()])),
                    None => close(&mut run),
                }
            }
            close(&mut run);
            accepted
        })
    }

    /// Decides (once per run) whether a paragraph opened by a dash is a dialogue turn.
    fn dash_is_dialogue(&mut self, p: Paragraph, kind: dialogue::DashKind) -> bool {
        use dialogue::DashKind;
        match kind {
            DashKind::Em | DashKind::Double => true,
            DashKind::Hyphen if !self.opts.hyphen_dialogue => false,
            DashKind::Hyphen | DashKind::En => {
                if let Some((end, verdict)) = self.dash_run {
                    if p.content < end {
                        return verdict;
                    }
                }
                let (text, lex) = (self.text, self.opts.lexicon);
                let en_turns = &mut self.en_dash_turns;
                // (en dashes only: hyphens open the lists of the press more often)
                let elsewhere = || kind == DashKind::En && *en_turns.get_or_insert_with(|| dialogue::en_dash_turns(text, lex));
                let (end, verdict) = dialogue::dash_run(text, p, kind, lex, elsewhere);
                self.dash_run = Some((end, verdict));
                verdict
            }
        }
    }

    fn scan(&mut self, p: Paragraph, from: usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = from;
        while let Some((at, len, mark)) = marks::next_mark(bytes, i, p.end) {
            i = at + len;
            match mark {
                Mark::OpenBrace => self.brace_depth += 1,
                Mark::CloseBrace => self.brace_depth = self.brace_depth.saturating_sub(1),
                Mark::Straight => {
                    if self.opts.straight_quotes {
                        self.straight(p, at)
                    }
                }
                Mark::OpenGuillemet | Mark::OpenAscii => self.opener_or_closer(p, at, len, mark),
                Mark::OpenEnglish => self.opener_or_closer(p, at, len, mark),
                Mark::CloseGuillemet | Mark::CloseAscii | Mark::CloseSingle => {
                    let family = match mark {
                        Mark::CloseGuillemet => Family::Guillemet,
                        Mark::CloseAscii => Family::Ascii,
                        _ => Family::Single,
                    };
                    if self.counts[family.index()] > 0 {
                        self.close_family(family, at, at + len, mark.written());
                    } else if family == Family::Guillemet
                        && self
                            .stack
                            .last()
                            .is_some_and(|o| matches!(o.family, Family::English | Family::Straight) && !o.container)
                    {
                        // a pair opened by another mark and closed by `»`, as web
                        // copy writes it (`"…»`, `“…»`): repaired, as `«…"` is
                        self.close_top(at, at + len, mark.written());
                    } else {
                        self.diag(DiagnosticKind::OrphanClosing, at, at + len);
                    }
                }
                Mark::OpenSingle => {
                    let open = self.new_open(Family::Single, "‹", at, len, p);
                    self.push(open);
                }
                Mark::CloseEnglish => self.close_english(p, at, len),
            }
        }
    }

    /// `«`, `<<` or `“`: an opener, unless doubled or used as a closer.
    fn opener_or_closer(&mut self, p: Paragraph, at: usize, len: usize, mark: Mark) {
        let family = match mark {
            Mark::OpenGuillemet => Family::Guillemet,
            Mark::OpenAscii => Family::Ascii,
            _ => Family::English,
        };
        let text = self.text;
        if let Some(top) = self.stack.last_mut() {
            if top.family == family && !top.container && top.part_start <= at && text[top.part_start..at].chars().all(is_space) {
                if top.parts.is_empty() {
                    top.open_end = at + len;
                }
                top.part_start = at + len;
                self.diag(DiagnosticKind::DoubledOpening, at, at + len);
                return;
            }
        }
        let ctx = Context::at(text, p.content, at, len, p.end);
        if self.counts[family.index()] > 0 && ctx.opener_used_as_closer() {
            self.close_family(family, at, at + len, mark.written());
            return;
        }
        let open = self.new_open(family, mark.written(), at, len, p);
        self.push(open);
    }

    /// `”`: closes an English quote; opens one when it stands where an opener does.
    fn close_english(&mut self, p: Paragraph, at: usize, len: usize) {
        if self.counts[Family::English.index()] > 0 {
            self.close_family(Family::English, at, at + len, "”");
            return;
        }
        let ctx = Context::at(self.text, p.content, at, len, p.end);
        if ctx.opener_like() && !ctx.closer_like() {
            let open = self.new_open(Family::English, "”", at, len, p);
            self.push(open);
        } else if self.stack.last().is_some_and(|o| o.family == Family::Guillemet && !o.container) {
            self.close_top(at, at + len, "”");
        } else {
            self.diag(DiagnosticKind::OrphanClosing, at, at + len);
        }
    }

    /// A straight quote: decided from its neighbours and from what is open.
    fn straight(&mut self, p: Paragraph, at: usize) {
        let text = self.text;
        if self.brace_depth > 0 {
            return;
        }
        let ctx = Context::at(text, p.content, at, 1, p.end);
        // the token is read only when a code character touches the mark
        let code_char = |c: char| matches!(c, '(' | ')' | '=' | '&' | ':' | '/' | '\\' | '|' | '_' | '<' | '>' | '[' | ']' | '?');
        if (ctx.before.is_some_and(code_char) || ctx.after.is_some_and(code_char))
            && marks::in_code_token(text, p.content, at, p.end)
        {
            return;
        }
        let open = self.counts[Family::Straight.index()] > 0;
        if ctx.before.is_some_and(|c| c.is_ascii_digit()) {
            // inches, seconds (`27"`, `12'30"`, `+0"38`): a mark only when it closes
            if !(open && ctx.closer_like() && !ctx.after.is_some_and(|c| c.is_ascii_digit())) {
                return;
            }
        }
        // spaced straight quotes (`" Nous partons ",`): an opener at the start of
        // the paragraph before a capital, a closer before punctuation
        let spaced_opener =
            !open && ctx.before.is_none() && ctx.after.is_some_and(is_space) && ctx.after_word.is_some_and(char::is_uppercase);
        let spaced_closer = open
            && ctx.before.is_some_and(is_space)
            && ctx.after_word.is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '…' | ')'));
        if !spaced_opener && !spaced_closer && ctx.before.is_none_or(is_space) && ctx.after.is_none_or(is_space) {
            // a ditto mark or a quote standing alone
            self.diag(DiagnosticKind::StrayStraightQuote, at, at + 1);
            return;
        }
        let opener = ctx.tight_opener() || spaced_opener;
        let closer = ctx.closer_like() || spaced_closer;
        if open && (closer || !opener) {
            let k = self.stack.iter().rposition(|o| o.family == Family::Straight).unwrap_or(0);
            let code = self.stack[k].code_before || marks::neighbour_is_code(text, p.content, at + 1, p.end, false);
            if code {
                self.stack.truncate(k + 1);
                self.recount();
                self.pop();
            } else {
                self.close_family(Family::Straight, at, at + 1, "\"");
            }
        } else if opener {
            if open {
                let k = self.stack.iter().rposition(|o| o.family == Family::Straight).unwrap_or(0);
                let dropped = self.stack.remove(k);
                self.counts[Family::Straight.index()] -= 1;
                self.diag(DiagnosticKind::StrayStraightQuote, dropped.start, dropped.open_end);
            }
            let mut o = self.new_open(Family::Straight, "\"", at, 1, p);
            o.code_before = marks::neighbour_is_code(text, p.content, at, p.end, true);
            self.push(o);
        } else if closer
            && self
                .stack
                .last()
                .is_some_and(|o| matches!(o.family, Family::Guillemet | Family::English | Family::Ascii) && !o.container)
        {
            self.close_top(at, at + 1, "\"");
        } else {
            self.diag(DiagnosticKind::StrayStraightQuote, at, at + 1);
        }
    }

    fn recount(&mut self) {
        self.counts = [0; Family::COUNT];
        for o in &self.stack {
            self.counts[o.family.index()] += 1;
        }
    }

    /// Closes the nearest open mark of `family`; marks above it were left open.
    fn close_family(&mut self, family: Family, at: usize, end: usize, written: &'static str) {
        while let Some(top) = self.stack.last() {
            if top.family == family {
                break;
            }
            let dropped = self.pop().expect("stack is not empty");
            if !dropped.container {
                self.diag(DiagnosticKind::UnclosedDropped, dropped.start, dropped.open_end);
            }
        }
        self.close_top(at, end, written);
    }

    /// Closes the top of the stack with the closer at `at..end`.
    fn close_top(&mut self, at: usize, end: usize, written: &'static str) {
        let Some(mut open) = self.pop() else { return };
        if open.container {
            self.container_close = Some(at);
            return;
        }
        let marks = pair_marks(open.written, written);
        let repaired = matches!(marks, Marks::Broken { .. });
        if repaired {
            self.diag(DiagnosticKind::MismatchedPair, at, end);
        }
        let text_span = trim_span(self.text, open.open_end, at);
        if text_span.is_empty() {
            return;
        }
        // (the last part is the whole text when no incise cut it)
        let last = if open.part_start == open.open_end { text_span } else { trim_span(self.text, open.part_start, at) };
        if !last.is_empty() {
            open.parts.push(last);
        }
        let confidence = if repaired {
            0.8
        } else if open.family == Family::Straight {
            0.9
        } else {
            0.98
        };
        self.push_found(open, end, text_span, marks, confidence);
    }

    /// An opener never closed: the quotation ends at the end of the paragraph
    /// it was last continued in.
    fn emit_unclosed(&mut self, open: Open, end: usize) {
        if !open.reported {
            self.diag(DiagnosticKind::Unclosed, open.start, open.open_end);
        }
        let text_span = trim_span(self.text, open.open_end, end);
        if open.container || text_span.is_empty() {
            return;
        }
        let marks = match open.family {
            Family::Guillemet => Marks::Guillemets,
            Family::English => Marks::English,
            Family::Single => Marks::Single,
            Family::Straight => Marks::Straight,
            Family::Ascii => Marks::Ascii,
        };
        self.push_found(open, end, text_span, marks, 0.7);
    }

    /// The first turn of an exchange that guillemets open without a dash (`«
    /// Vous partez ? demanda-t-il.` then `— Demain.`), ending at `end`: cut as
    /// a turn, its final incise is narration and is left out of its text.
    fn emit_first_turn(&mut self, mut open: Open, end: usize) {
        // (the quotations nested in it were found last)
        let nested: Vec<Span> = self
            .found
            .iter()
            .rev()
            .take_while(|f| f.span.start >= open.open_end)
            .map(|f| f.span)
            .filter(|s| s.end <= end)
            .collect();
        let cut = incise::cut_incises(self.text, open.open_end, end, &nested, self.opts.lexicon, true);
        let end = if cut.text_end < end && !cut.parts.is_empty() {
            open.parts = cut.parts;
            cut.text_end
        } else {
            end
        };
        self.emit_unclosed(open, end);
    }

    /// Records the quotation opened by `open` and ending at `end`.
    fn push_found(&mut self, open: Open, end: usize, text: Span, marks: Marks, confidence: f32) {
        self.found.push(Found {
            span: Span::new(open.start, end),
            text,
            parts: open.parts,
            marks,
            depth: open.depth,
            confidence,
        });
    }

    /// True when the paragraph after `p` opens on a straight quote: the mark
    /// that reopens a quotation running over paragraphs (`"Il ne sentait plus
    /// ses pieds.` / `"Il a souri."`), for one opened inside `p` too.
    fn reopened_after(&self, p: Paragraph) -> bool {
        next_non_space(self.text, p.end, self.text.len()).is_some_and(|(_, c)| c == '"')
    }

    /// The end of a paragraph: the outermost open quotation may continue in the
    /// next paragraph; anything open inside it is dropped.
    fn end_paragraph(&mut self, p: Paragraph, may_carry: bool) {
        while self.stack.len() > 1 {
            let dropped = self.pop().expect("stack has two entries");
            if !dropped.container {
                self.diag(DiagnosticKind::UnclosedDropped, dropped.start, dropped.open_end);
            }
        }
        let Some(mut open) = self.pop() else { return };
        let carries = open.container
            || (may_carry
                && (matches!(open.family, Family::Guillemet | Family::English | Family::Ascii)
                    || (open.family == Family::Straight
                        && (open.at_para_start || self.straight_opens_exchange(&open, p) || self.reopened_after(p)))));
        if !open.container {
            let part = trim_span(self.text, open.part_start, p.end);
            if !part.is_empty() {
                open.parts.push(part);
            }
        }
        if carries {
            self.pending = Some((open, p.end));
        } else if open.family != Family::Straight {
            self.emit_unclosed(open, p.end);
        } else {
            self.diag(DiagnosticKind::UnclosedDropped, open.start, open.open_end);
        }
    }
}

/// The marks of a pair from its opener and closer as written.
fn pair_marks(open: &'static str, close: &'static str) -> Marks {
    match (open, close) {
        ("«", "»") => Marks::Guillemets,
        ("“", "”") => Marks::English,
        ("‹", "›") => Marks::Single,
        ("\"", "\"") => Marks::Straight,
        ("<<", ">>") => Marks::Ascii,
        (open, close) => Marks::Broken { open, close },
    }
}

/// A mark at the start of paragraph `p` that reopens a quotation of `family`
/// carried from the previous paragraph: its length in bytes.
fn reopening_mark(text: &str, p: Paragraph, family: Family) -> Option<usize> {
    let s = &text[p.content..p.end];
    let candidates: &[&str] = match family {
        Family::Guillemet => &["«", "»"],
        Family::English => &["“", "”"],
        Family::Straight => &["\""],
        Family::Ascii => &["<<", ">>"],
        Family::Single => &[],
    };
    candidates.iter().find(|m| s.starts_with(**m)).map(|m| m.len())
}

/// An opening mark at the very start of a paragraph (candidate dialogue container).
fn container_opener(text: &str, p: Paragraph) -> Option<(usize, Family, &'static str)> {
    let s = &text[p.content..p.end];
    if s.starts_with('«') {
        Some((2, Family::Guillemet, "«"))
    } else if s.starts_with("<<") {
        Some((2, Family::Ascii, "<<"))
    } else if s.starts_with('“') {
        Some((3, Family::English, "“"))
    } else {
        None
    }
}
