//! The data-driven detection table: `tests/data/detection.txt`.
//!
//! Each case gives a text and every quotation expected in it (marks, kind,
//! text), in order of their start, and the diagnostics that must be reported.

mod common;
use common::{read_blocks, unescape};
use selon::{DiagnosticKind, Extractor};

struct Case {
    line: usize,
    name: String,
    text: String,
    quotes: Vec<(String, String, String)>,
    diags: Vec<String>,
}

fn parse(data: &str) -> Vec<Case> {
    read_blocks(data)
        .into_iter()
        .map(|b| {
            let quotes = b
                .quotes
                .iter()
                .map(|q| {
                    let (head, text) = q.split_once(" | ").unwrap_or_else(|| panic!("line {}: quote without ' | '", b.line));
                    let (marks, kind) =
                        head.trim().rsplit_once(' ').unwrap_or_else(|| panic!("line {}: quote needs MARKS KIND", b.line));
                    (marks.to_string(), kind.to_string(), unescape(text))
                })
                .collect();
            Case { line: b.line, name: b.name, text: b.text, quotes, diags: b.diags }
        })
        .collect()
}

fn diag_name(k: DiagnosticKind) -> &'static str {
    match k {
        DiagnosticKind::Unclosed => "unclosed",
        DiagnosticKind::UnclosedDropped => "unclosed_dropped",
        DiagnosticKind::OrphanClosing => "orphan_closing",
        DiagnosticKind::StrayStraightQuote => "stray_straight_quote",
        DiagnosticKind::MismatchedPair => "mismatched_pair",
        DiagnosticKind::DoubledOpening => "doubled_opening",
        DiagnosticKind::ExchangeOpened => "exchange_opened",
        _ => "other",
    }
}

#[test]
fn detection_table() {
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/detection.txt")).expect("table");
    let cases = parse(&data);
    assert!(cases.len() >= 100, "the table holds {} cases", cases.len());
    let extractor = Extractor::new();
    let mut failures = Vec::new();
    for case in &cases {
        let doc = extractor.extract(&case.text);
        let got: Vec<(String, String, String)> =
            doc.quotes().iter().map(|q| (q.marks.to_string(), q.kind.to_string(), q.text.to_string())).collect();
        let same = got.len() == case.quotes.len()
            && got.iter().zip(&case.quotes).all(|(g, e)| g.0 == e.0 && g.2 == e.2 && (e.1 == "*" || g.1 == e.1));
        let diags: Vec<&str> = doc.diagnostics().iter().map(|d| diag_name(d.kind)).collect();
        // (`!kind`: a diagnostic that must not be reported)
        let missing: Vec<&String> = case
            .diags
            .iter()
            .filter(|d| match d.strip_prefix('!') {
                Some(absent) => diags.contains(&absent),
                None => !diags.contains(&d.as_str()),
            })
            .collect();
        if !same || !missing.is_empty() {
            let mut msg = format!("line {} «{}»\n  text: {:?}\n", case.line, case.name, case.text);
            for e in &case.quotes {
                msg += &format!("  want {} {} | {:?}\n", e.0, e.1, e.2);
            }
            for g in &got {
                msg += &format!("  got  {} {} | {:?}\n", g.0, g.1, g.2);
            }
            if !missing.is_empty() {
                msg += &format!("  diagnostics wrong {missing:?}; got {diags:?}\n");
            }
            failures.push(msg);
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
