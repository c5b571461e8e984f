//! The data-driven resolution table: `tests/data/resolution.txt`.
//!
//! Each case is a short multi-sentence text; for every quotation, `name=` is the
//! entity its speaker resolves to (its fullest name, or `-` for nobody). A
//! quotation's speaker is right when its resolved `name` (or, failing that, its
//! mention) matches, case, apostrophes and a leading article folded, a proper
//! name inside a longer form counting. The accuracy must reach the bar; the
//! misses are printed.

mod common;
use common::{fold, unescape};
use selon::Extractor;

fn name_matches(got: Option<&str>, want: &str) -> bool {
    if want == "-" {
        return got.is_none();
    }
    let Some(got) = got else { return false };
    let g = fold(got);
    want.split(" / ").any(|alt| {
        let a = fold(alt);
        let words = |s: &str| format!(" {} ", s.replace([',', '(', ')'], " ").split_whitespace().collect::<Vec<_>>().join(" "));
        g == a
            || (alt.chars().any(char::is_uppercase) && words(&g).contains(&words(&a)))
            || (got.chars().any(char::is_uppercase) && words(&a).contains(&words(&g)) && g.contains(' ') == a.contains(' '))
    })
}

#[test]
fn resolution_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/resolution.txt");
    let data = std::fs::read_to_string(path).expect("table");
    let extractor = Extractor::new();
    let (mut cases, mut n, mut right) = (0, 0, 0);
    let mut misses = Vec::new();
    let mut text = String::new();
    let mut expected: Vec<(String, String)> = Vec::new();
    let mut name = String::new();
    let mut line_no = 0;
    let flush = |name: &str,
                 line_no: usize,
                 text: &str,
                 expected: &[(String, String)],
                 n: &mut usize,
                 right: &mut usize,
                 misses: &mut Vec<String>| {
        if text.is_empty() {
            return;
        }
        let doc = extractor.extract(text);
        let got: Vec<&str> = doc.quotes().iter().map(|q| q.text).collect();
        let want: Vec<&str> = expected.iter().map(|e| e.0.as_str()).collect();
        if got != want {
            misses.push(format!("line {line_no} «{name}»: quotations {got:?}, want {want:?}"));
            *n += expected.len();
            return;
        }
        for (q, (_, want_name)) in doc.quotes().iter().zip(expected) {
            *n += 1;
            let resolved = q.speaker.as_ref().map(|m| m.name.unwrap_or(m.mention));
            if name_matches(resolved, want_name) {
                *right += 1;
            } else {
                misses.push(format!(
                    "line {line_no} «{name}» {:?}: got {resolved:?}, want {want_name:?}",
                    q.text.chars().take(40).collect::<String>()
                ));
            }
        }
    };
    for (k, line) in data.lines().enumerate() {
        if let Some(n_) = line.strip_prefix("## ") {
            flush(&name, line_no, &text, &expected, &mut n, &mut right, &mut misses);
            cases += 1;
            name = n_.trim().to_string();
            line_no = k + 1;
            text.clear();
            expected.clear();
        } else if let Some(t) = line.strip_prefix("text: ") {
            text = unescape(t);
        } else if let Some(q) = line.strip_prefix("quote: ") {
            let mut fields = q.split(" | ");
            let qt = unescape(fields.next().expect("text"));
            let want = fields.find_map(|f| f.strip_prefix("name=")).map(|v| unescape(v.trim())).unwrap_or_else(|| "-".into());
            expected.push((qt, want));
        }
    }
    flush(&name, line_no, &text, &expected, &mut n, &mut right, &mut misses);
    let rate = right as f64 / n.max(1) as f64;
    let report = format!("{cases} cases, {n} quotations: resolved speaker right {rate:.3}\n{}", misses.join("\n"));
    println!("{report}");
    assert!(cases >= 100, "the table holds {cases} cases");
    assert!(rate >= BAR, "resolution below the bar:\n{report}");
}

const BAR: f64 = 0.74;
