//! The data-driven attribution table: `tests/data/attribution.txt`.
//!
//! Each case gives a text and, for every quotation in it, the expected speaker
//! mention, source, cue and kind (`-` for none, `*` for "not checked",
//! alternatives separated by ` / `), and, for the lines of an unnamed
//! first-person narrator, the `narrator` mention (not checked when absent). Every quotation text must be found; the
//! attribution fields are scored like the project's scorer scores them (case,
//! apostrophes and a leading article folded; a proper name inside a longer
//! mention counts), and each field must reach its bar. The failures are printed.

mod common;
use common::{fold, read_blocks, unescape};
use selon::{Extractor, Quote};

struct Expect {
    text: String,
    speaker: String,
    narrator: String,
    source: String,
    cue: String,
    kind: String,
}

struct Case {
    line: usize,
    name: String,
    text: String,
    quotes: Vec<Expect>,
}

fn parse(data: &str) -> Vec<Case> {
    read_blocks(data)
        .into_iter()
        .map(|b| {
            let quotes = b
                .quotes
                .iter()
                .map(|q| {
                    let mut fields = q.split(" | ");
                    let text = unescape(fields.next().expect("text"));
                    let mut e = Expect {
                        text,
                        speaker: "*".into(),
                        narrator: "*".into(),
                        source: "*".into(),
                        cue: "*".into(),
                        kind: "*".into(),
                    };
                    for f in fields {
                        let (k, v) = f.split_once('=').unwrap_or_else(|| panic!("line {}: field without '='", b.line));
                        let v = unescape(v.trim());
                        match k.trim() {
                            "speaker" => e.speaker = v,
                            "narrator" => e.narrator = v,
                            "source" => e.source = v,
                            "cue" => e.cue = v,
                            "kind" => e.kind = v,
                            other => panic!("line {}: unknown field {other}", b.line),
                        }
                    }
                    e
                })
                .collect();
            Case { line: b.line, name: b.name, text: b.text, quotes }
        })
        .collect()
}

/// `got` matches one of the ` / ` alternatives of `want` (`-` for none).
fn matches(got: Option<&str>, want: &str, containment: bool) -> bool {
    if want == "*" {
        return true;
    }
    if want == "-" {
        return got.is_none();
    }
    let Some(got) = got else { return false };
    let g = fold(got);
    want.split(" / ").any(|alt| {
        let a = fold(alt);
        g == a
            || (containment && {
                // a proper name inside the other mention (`Marc Olivo` for
                // `le président du club, Marc Olivo`)
                let words =
                    |s: &str| format!(" {} ", s.replace([',', '(', ')'], " ").split_whitespace().collect::<Vec<_>>().join(" "));
                let (short, long, short_raw) = if g.len() < a.len() { (&g, &a, got) } else { (&a, &g, alt) };
                short_raw.chars().any(char::is_uppercase) && words(long).contains(&words(short))
            })
    })
}

fn cue_matches(got: Option<&str>, want: &str) -> bool {
    match (got, want) {
        (_, "*") => true,
        (None, "-") => true,
        (Some(_), "-") | (None, _) => false,
        (Some(g), w) => {
            let (g, w) = (fold(g), fold(w));
            g == w || g.contains(&w) || w.contains(&g)
        }
    }
}

#[test]
fn attribution_table() {
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/attribution.txt")).expect("table");
    let cases = parse(&data);
    assert!(cases.len() >= 200, "the table holds {} cases", cases.len());
    let extractor = Extractor::new();
    let mut detection_failures = Vec::new();
    let (mut n, mut speaker_ok, mut source_ok, mut cue_ok, mut kind_ok) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for case in &cases {
        let doc = extractor.extract(&case.text);
        let got: Vec<&Quote<'_>> = doc.quotes().iter().collect();
        let texts: Vec<&str> = got.iter().map(|q| q.text).collect();
        let want: Vec<&str> = case.quotes.iter().map(|e| e.text.as_str()).collect();
        if texts != want {
            detection_failures.push(format!("line {} «{}»: want {want:?}, got {texts:?}", case.line, case.name));
            continue;
        }
        for (q, e) in got.iter().zip(&case.quotes) {
            n += 1;
            let sp = matches(q.speaker.as_ref().map(|m| m.mention), &e.speaker, true)
                && matches(q.narrator.as_ref().map(|m| m.mention), &e.narrator, false);
            let so = matches(q.source.as_ref().map(|m| m.mention), &e.source, true);
            let cu = cue_matches(q.cue.as_ref().map(|c| c.text), &e.cue);
            let ki = e.kind == "*" || q.kind.to_string() == e.kind;
            speaker_ok += sp as usize;
            source_ok += so as usize;
            cue_ok += cu as usize;
            kind_ok += ki as usize;
            if !(sp && so && cu && ki) {
                misses.push(format!(
                    "line {} «{}» {:?}\n    speaker {:?} want {:?} | narrator {:?} want {:?} | source {:?} want {:?} | cue {:?} want {:?} | kind {} want {}",
                    case.line,
                    case.name,
                    q.text.chars().take(50).collect::<String>(),
                    q.speaker.as_ref().map(|m| m.mention),
                    e.speaker,
                    q.narrator.as_ref().map(|m| m.mention),
                    e.narrator,
                    q.source.as_ref().map(|m| m.mention),
                    e.source,
                    q.cue.as_ref().map(|c| c.text),
                    e.cue,
                    q.kind,
                    e.kind
                ));
            }
        }
    }
    let rate = |k: usize| k as f64 / n.max(1) as f64;
    let report = format!(
        "{} cases, {} quotations checked: speaker {:.3}, source {:.3}, cue {:.3}, kind {:.3}\n{}\n{}",
        cases.len(),
        n,
        rate(speaker_ok),
        rate(source_ok),
        rate(cue_ok),
        rate(kind_ok),
        detection_failures.join("\n"),
        misses.join("\n")
    );
    println!("{report}");
    // bars: the table is written independently of the code; the remaining misses
    // are printed above and listed as limits in the README
    assert!(detection_failures.len() * 50 <= cases.len(), "too many detection failures:\n{report}");
    assert!(rate(speaker_ok) >= SPEAKER_BAR, "speaker below the bar:\n{report}");
    assert!(rate(source_ok) >= SOURCE_BAR, "source below the bar:\n{report}");
    assert!(rate(cue_ok) >= CUE_BAR, "cue below the bar:\n{report}");
    assert!(rate(kind_ok) >= KIND_BAR, "kind below the bar:\n{report}");
}

const SPEAKER_BAR: f64 = 0.90;
const SOURCE_BAR: f64 = 0.94;
const CUE_BAR: f64 = 0.92;
const KIND_BAR: f64 = 0.96;

/// Every case of the table written with decomposed accents (NFD) reads as
/// written composed: the same quotations, speakers, names, sources, cues and
/// kinds, each string the slice of the decomposed text its span covers.
#[test]
fn decomposed_accents_read_as_composed() {
    use unicode_normalization::UnicodeNormalization;
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/attribution.txt")).expect("table");
    let extractor = Extractor::new();
    let composed = |s: &str| s.nfc().collect::<String>();
    let mut checked = 0;
    for case in parse(&data) {
        let nfd: String = case.text.nfd().collect();
        if nfd == case.text {
            continue;
        }
        let (want, got) = (extractor.extract(&case.text), extractor.extract(&nfd));
        let read = |doc: &selon::Document<'_>, text: &str| -> Vec<String> {
            doc.quotes()
                .iter()
                .map(|q| {
                    let m = |m: &Option<selon::Mention<'_>>| {
                        m.as_ref().map(|m| {
                            assert_eq!(&text[m.span.range()], m.mention);
                            (composed(m.mention), m.name.map(composed))
                        })
                    };
                    assert_eq!(&text[q.text_span.range()], q.text);
                    format!(
                        "{} {} {:?} {:?} {:?} {:?}",
                        composed(q.text),
                        q.kind,
                        m(&q.speaker),
                        m(&q.narrator),
                        m(&q.source),
                        q.cue.as_ref().map(|c| composed(c.text))
                    )
                })
                .collect()
        };
        assert_eq!(read(&got, &nfd), read(&want, &case.text), "line {} «{}»", case.line, case.name);
        checked += 1;
    }
    assert!(checked >= 500, "{checked} cases with accents");
}
