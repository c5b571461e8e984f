fn main() {
    let data = std::fs::read_to_string("../shared/corpus/dev.jsonl").unwrap();
    let mut text = String::new();
    for l in data.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        text.push_str(v["text"].as_str().unwrap());
        text.push_str("\n\n");
    }
    let ex = selon::Extractor::new();
    let mut n = 0;
    let t = std::time::Instant::now();
    for _ in 0..50 {
        n += ex.extract(&text).quotes().len();
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!("{n} quotes, {:.1} MB/s", 50.0 * text.len() as f64 / s / 1e6);
}
