//! Invariants that hold for any input text.

use proptest::prelude::*;
use selon::{Marks, extract};

/// Text made of the pieces that matter to the parser: every mark, dashes,
/// spaces of every kind, line breaks, digits, letters (NFD accents included)
/// and reporting verbs.
fn frenchish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("«".to_string()),
        Just("»".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‹".to_string()),
        Just("›".to_string()),
        Just("\"".to_string()),
        Just("<<".to_string()),
        Just(">>".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("— ".to_string()),
        Just("– ".to_string()),
        Just("-- ".to_string()),
        Just("- ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{202f}".to_string()),
        Just("\t".to_string()),
        Just(", a-t-il dit, ".to_string()),
        Just(", répondit Marie.".to_string()),
        Just("? demanda-t-elle.".to_string()),
        Just("e\u{301}".to_string()),
        Just("C\u{327}".to_string()),
        Just("\u{301}".to_string()),
        Just("o\u{302}\u{323}".to_string()),
        Just("27".to_string()),
        Just("l'".to_string()),
        Just("’".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        "[a-zA-Zéèà]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn opening(m: Marks) -> Option<&'static [&'static str]> {
    Some(match m {
        Marks::Guillemets => &["«"],
        Marks::English => &["“", "”"],
        Marks::Single => &["‹"],
        Marks::Straight => &["\""],
        Marks::Ascii => &["<<"],
        Marks::Broken { open, .. } => return Some(Box::leak(Box::new([open]))),
        _ => return None,
    })
}

fn closing(m: Marks) -> Option<&'static str> {
    match m {
        Marks::Guillemets => Some("»"),
        Marks::English => Some("”"),
        Marks::Single => Some("›"),
        Marks::Straight => Some("\""),
        Marks::Ascii => Some(">>"),
        Marks::Broken { close, .. } => Some(close),
        _ => None,
    }
}

/// True when `part` is a slice of `text` (a name or mention points into the
/// caller's text, even when the text was read composed).
fn in_text(text: &str, part: &str) -> bool {
    let (t, p) = (text.as_ptr() as usize, part.as_ptr() as usize);
    p >= t && p + part.len() <= t + text.len()
}

fn check(text: &str) {
    let doc = extract(text);
    let quotes = doc.quotes();
    for q in quotes {
        for s in std::iter::once(q.span).chain(q.parts.iter().copied()) {
            assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} out of the text");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} inside a character");
        }
        assert!(!q.text.is_empty());
        assert_eq!(&text[q.text_span.range()], q.text, "text and parts disagree");
        assert!(q.span.contains(q.text_span));
        for p in &q.parts {
            assert!(q.text_span.contains(*p));
        }
        let whole = &text[q.span.range()];
        if let Some(opens) = opening(q.marks) {
            assert!(opens.iter().any(|o| whole.starts_with(o)), "{whole:?} does not start with {:?}", q.marks);
            let closed = closing(q.marks).is_some_and(|c| whole.ends_with(c) && whole.len() > c.len());
            if !closed {
                assert!(
                    doc.diagnostics().iter().any(|d| d.span.start == q.span.start),
                    "{whole:?} has no closing mark and no diagnostic"
                );
            }
        }
        for m in [&q.speaker, &q.source, &q.narrator].into_iter().flatten() {
            assert_eq!(text.get(m.span.range()), Some(m.mention), "mention and span disagree");
            assert!(m.name.is_none_or(|n| in_text(text, n)), "name {:?} is no slice of the text", m.name);
        }
        if let Some(c) = &q.cue {
            assert_eq!(text.get(c.span.range()), Some(c.text), "cue and span disagree");
        }
        assert!((0.0..=1.0).contains(&q.confidence));
        if q.marks == Marks::Dash {
            assert!(whole.starts_with(['—', '–', '-', '―']));
        }
    }
    // quotations nest or are disjoint, never cross
    for (i, a) in quotes.iter().enumerate() {
        for b in &quotes[i + 1..] {
            assert!(a.span.start <= b.span.start, "not in text order");
            let disjoint = a.span.end <= b.span.start;
            let nested = a.span.contains(b.span);
            assert!(disjoint || nested, "{:?} and {:?} cross", a.span, b.span);
        }
    }
    for e in doc.entities() {
        assert!(in_text(text, e.name), "entity {:?} is no slice of the text", e.name);
        for s in &e.mentions {
            assert!(text.get(s.range()).is_some(), "entity mention {s:?} out of the text");
        }
    }
    for d in doc.diagnostics() {
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end) && d.span.end <= text.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_sound_on_frenchish_text(text in frenchish()) {
        check(&text);
    }

    #[test]
    fn spans_are_sound_on_any_text(text in any::<String>()) {
        check(&text);
    }
}

/// Inputs the fuzzer found, kept so that they stay fixed.
#[test]
fn fuzz_findings_stay_sound() {
    // a quotation at the same depth inside a dialogue turn read as a story
    let turn = String::from_utf8_lossy(b"--\"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xe9\xff\xff[--3 B\"\"%-\" \"B\"");
    check(&turn);
    check("— « Oui », dit-il, « voici une longue réplique qui dépasse largement les cent octets pour être lue comme un récit. »");
    // a name after a dash in the narration before a turn (a word read back from a dash)
    check(
        "Giberte oservait nAatoe dep-is le seuil.— —  Tu as ncorep erdu tes clés', sou›pira-t-elle.\n— Je le — –s ret’ouverai.",
    );
    // an empty name, whose uses were looked for inside a no-break space
    check("\u{a0},l'‹, a-t-il dit, ");
    // a broken guillemet and curly quotes that would have crossed
    check("<<— ? demanda-t-elle.<<. «“, a-t-il dit, — “\n-- ");
    // a headline label that opens on punctuation before its first word
    let label = String::from_utf8_lossy(b"G\xe2:\x99G\x02.:\"[\"");
    check(&label);
    // a sender's complement looked for after the letter's own determiner
    check("!\u{1}?du \n\"\"\nUU:\"\nU:\n:sms\n\"\n:\n du \n\"\nU:\n\"#");
    // an incise's subject cut after its last character that is no letter, a long one
    check("« Il y en a, poursuivit le curé\u{fffd}, qui se croient savants. »");
    // the word before a name read back past a typographic apostrophe, three bytes long
    check("Le ministre a reçu d’Artagnan Bianchi. « Oui », a dit l’Italien.");
    // a subject that opens past the bound of a long sentence, where coordinated
    // clauses were looked for from it
    check(&format!("Dans la cour {}vide, et la fille sourit : « Oui »", "\u{fffd}".repeat(127)));
    // a dateline's next sentence that opens inside the quotation after it
    check(
        "\t\n l' \u{8f28c} - «”‹<<<<— , a-t-il dit,  , répondit Marie.: «<<”\n«\n\n‹- } >>él'-- \u{9e872}, répondit Marie.›$>>l'\n«- \n\n- \n, répondit Marie.{<<, a-t-il dit, \t - \n\n”‹, a-t-il dit, «»}",
    );
    // broken marks whose words run past the end of the sentence that holds
    // their start, a first-person term after a comma (twenty-sixth session)
    let broken = String::from_utf8_lossy(b",<<*<<*<<*<<*<<\xbe<*<<*<<;;;;;;;\xbe\xb0\xbe*\n<<*<\x00<*<<*:<<\xbem\xd2d\"\x8a<*");
    check(&broken); // single quotes paired in a dialogue turn around words with quotations of
    // their own, at a depth the turn's inner quotations do not share (twenty-seventh
    // session)
    let single = String::from_utf8_lossy(
        b"- MA B\x0a-- MA R. B,\xce\xa35\x05d:<<:<<\xf8\xff:\"\xe2\x81\x1e\x00\xff\x00\x00\x00\x00\xfc\x02`'\" selon des O''b'b\xf1\"\",HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH )A*[~\xef<<\xfc\x02`'\" selon des 'b<\xfc\x02`'\"~\xef<<\xfc\x02`'\" selon des 'b'b'\"'\"'''\"'\"'\",\xff2\xff\xf8\x0a. B",
    );
    check(&single);
}

#[test]
fn adversarial_inputs_stay_linear() {
    use std::time::Instant;
    // each input at two sizes, four times apart: linear work takes about four
    // times as long, quadratic work sixteen (the ratio holds in debug builds too);
    // the bound sits between them, with room for a loaded machine and for caches
    // that hold the small input and not the large one
    let pieces: [(&str, usize); 8] = [
        ("« un mot ", 2_500),
        ("\"", 25_000),
        ("» “ ‹ ", 4_000),
        ("«", 12_000),
        ("“»", 6_000),
        ("— a, dit-il, b, dit-il, ", 2_500),
        // turns in guillemets, each merged into one quotation
        ("— « a »\n\n", 5_000),
        ("Il a dit : «\u{a0}non\u{a0}», a-t-il ajouté. Selon lui, la ministre a «\u{a0}tort\u{a0}». ", 1_000),
    ];
    // the fastest of five runs, so that a busy machine does not make noise;
    // times under 5 ms are too short to compare (the debug build of the test
    // command takes far longer, where a quadratic cost shows)
    let time = |text: &str| {
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let t = Instant::now();
            n = extract(text).quotes().len();
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, n)
    };
    for (piece, n) in pieces {
        let small = piece.repeat(n);
        let large = piece.repeat(4 * n);
        let _ = time(&small); // warm up the lexicon
        let (t1, _) = time(&small);
        let (t4, q) = time(&large);
        let ratio = t4 / t1.max(5e-3);
        assert!(ratio < 10.0, "{piece:?}: ×4 input took ×{ratio:.1} time ({t1:.3} s → {t4:.3} s, {q} quotes)");
    }
}
