//! Any text: the extractor must not panic, and its spans must be sound.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = selon::extract(&text);
    let mut prev: Option<selon::Span> = None;
    for q in doc.quotes() {
        for s in std::iter::once(q.span).chain(q.parts.iter().copied()) {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert!(q.span.contains(q.text_span));
        if let Some(p) = prev {
            assert!(p.start <= q.span.start);
        }
        prev = Some(q.span);
    }
    for d in doc.diagnostics() {
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
    }
    let _ = serde_json::to_string(doc.quotes()).expect("serialisable");
});
