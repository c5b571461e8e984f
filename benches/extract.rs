//! Throughput of the extractor, in MB/s (divan prints bytes per second):
//! `extract` is the whole pipeline, `detect` detection alone (attribution off).
//!
//! `cargo bench` runs it on the bundled sample, on the texts of
//! `../shared/corpus/*.jsonl` when they are present, and on adversarial inputs
//! (thousands of unmatched marks, a megabyte of straight quotes) to show that
//! time stays linear.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use selon::Extractor;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

static SAMPLE: &str = include_str!("../examples/sample.txt");

/// The texts of one corpus file, joined by blank lines (empty when absent).
fn corpus(name: &str) -> String {
    let path = format!("{}/../shared/corpus/{name}.jsonl", env!("CARGO_MANIFEST_DIR"));
    let Ok(data) = std::fs::read_to_string(path) else {
        return String::new();
    };
    let mut out = String::new();
    for line in data.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                out.push_str(t);
                out.push_str("\n\n");
            }
        }
    }
    out
}

static NEWS: LazyLock<String> = LazyLock::new(|| {
    let dev = corpus("dev");
    let text = if dev.is_empty() { SAMPLE.to_string() } else { dev };
    // about 1 MB, so the timing is not dominated by start-up
    text.repeat((1 << 20) / text.len().max(1) + 1)
});
static FICTION: LazyLock<String> = LazyLock::new(|| {
    let t = corpus("fr-litbank");
    if t.is_empty() { SAMPLE.repeat(200) } else { t }
});
static TYPOGRAPHY: LazyLock<String> = LazyLock::new(|| {
    let t = corpus("typography");
    if t.is_empty() { SAMPLE.repeat(200) } else { t.repeat(40) }
});
static UNMATCHED: LazyLock<String> = LazyLock::new(|| "« un mot ".repeat(100_000));
static STRAIGHT: LazyLock<String> = LazyLock::new(|| "\"".repeat(1 << 20));
static ORPHANS: LazyLock<String> = LazyLock::new(|| "mot » “ ” ‹ ".repeat(50_000));

fn run(bencher: Bencher, extractor: &Extractor, text: &str) {
    bencher.counter(BytesCount::of_str(text)).bench(|| black_box(extractor.extract(black_box(text))).quotes().len());
}

fn text_of(which: &str) -> &'static str {
    match which {
        "sample" => SAMPLE,
        "news" => &NEWS,
        "fiction" => &FICTION,
        _ => &TYPOGRAPHY,
    }
}

/// The whole pipeline: detection, attribution, resolution.
#[divan::bench(args = ["sample", "news", "fiction", "typography"])]
fn extract(bencher: Bencher, which: &str) {
    run(bencher, &Extractor::new(), text_of(which));
}

/// Detection alone: spans, marks, parts and the first kind.
#[divan::bench(args = ["sample", "news", "fiction", "typography"])]
fn detect(bencher: Bencher, which: &str) {
    let extractor = Extractor::builder().attribution(false).build().expect("valid configuration");
    run(bencher, &extractor, text_of(which));
}

#[divan::bench(args = ["unmatched_guillemets", "straight_quotes", "orphan_marks"])]
fn adversarial(bencher: Bencher, which: &str) {
    let extractor = Extractor::builder().attribution(false).build().expect("valid configuration");
    let text: &str = match which {
        "unmatched_guillemets" => &UNMATCHED,
        "straight_quotes" => &STRAIGHT,
        _ => &ORPHANS,
    };
    run(bencher, &extractor, text);
}

/// Time must grow linearly: the same unmatched marks at 4 sizes.
#[divan::bench(args = [25_000, 50_000, 100_000, 200_000])]
fn linear_unmatched(bencher: Bencher, n: usize) {
    let extractor = Extractor::builder().attribution(false).build().expect("valid configuration");
    let text = "« mot \" ".repeat(n);
    run(bencher, &extractor, &text);
}
