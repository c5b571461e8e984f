//! Lists the quotations of French texts.
//!
//! ```text
//! cargo run --release --example quotes                      # the bundled sample article
//! cargo run --release --example quotes -- article.txt ...   # your files, as plain text
//! cargo run --release --example quotes -- --jsonl docs.jsonl  # JSON lines {"id", "text"}
//! cat docs.jsonl | cargo run --release --example quotes -- --jsonl --threads 2
//! cargo run --release --example quotes -- --speakers article.txt  # who is quoted, how much
//! ```
//!
//! With `--jsonl`, each input line `{"id": …, "text": …}` gives one output line
//! `{"id": …, "quotes": […]}` in the same order, and nothing else goes to stdout.
//! A malformed line is reported on stderr with its line number; the other lines
//! are still processed, and the exit status is 1 at the end.

use selon::{Document, Extractor, LineIndex, Quote};
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("sample.txt");
const USAGE: &str = "usage: quotes [--jsonl | --speakers] [--threads N] [FILE...]\n\
  with no FILE: plain mode lists the bundled sample article; --jsonl reads stdin";

struct Args {
    jsonl: bool,
    speakers: bool,
    threads: usize,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        jsonl: false,
        speakers: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--speakers" => args.speakers = true,
            "--threads" => {
                let n = it.next().ok_or("--threads needs a number")?;
                args.threads = n.parse().ok().filter(|&n| n > 0).ok_or(format!("--threads: not a positive number: {n}"))?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => args.files.push(a),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let ok = if args.jsonl { run_jsonl(&extractor, &args) } else { run_plain(&extractor, &args) };
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

// ---------------------------------------------------------------- plain listing

fn run_plain(extractor: &Extractor, args: &Args) -> bool {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.files.is_empty() {
        let doc = extractor.extract(SAMPLE);
        let name = "examples/sample.txt (bundled sample)";
        let _ = if args.speakers { print_speakers(&mut out, name, &doc) } else { print_document(&mut out, name, &doc) };
        return true;
    }
    let mut ok = true;
    for path in &args.files {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let doc = extractor.extract(&text);
                let _ = if args.speakers { print_speakers(&mut out, path, &doc) } else { print_document(&mut out, path, &doc) };
            }
            Err(e) => {
                eprintln!("quotes: {path}: {e}");
                ok = false;
            }
        }
    }
    ok
}

fn print_document(out: &mut impl Write, name: &str, doc: &Document<'_>) -> io::Result<()> {
    let index = LineIndex::new(doc.text());
    writeln!(out, "== {name}: {} quotations", doc.quotes().len())?;
    for q in doc.quotes() {
        print_quote(out, &index, q)?;
    }
    for d in doc.diagnostics() {
        writeln!(out, "   note {}: {}", index.line_col(d.span.start), d)?;
    }
    writeln!(out)
}

/// The speaker table: who is quoted, how often, how many words.
fn print_speakers(out: &mut impl Write, name: &str, doc: &Document<'_>) -> io::Result<()> {
    writeln!(
        out,
        "== {name}: {} quotations, {} speakers",
        doc.quotes().len(),
        doc.entities().iter().filter(|e| !e.quotes.is_empty()).count()
    )?;
    writeln!(out, "{:>6} {:>7}  speaker", "quotes", "words")?;
    let mut entities: Vec<_> = doc.entities().iter().filter(|e| !e.quotes.is_empty()).collect();
    entities.sort_by(|a, b| b.quoted_words.cmp(&a.quoted_words).then(a.id.cmp(&b.id)));
    for e in entities {
        writeln!(out, "{:>6} {:>7}  {}", e.quotes.len(), e.quoted_words, e.name)?;
    }
    let narrated: Vec<_> = doc.quotes().iter().filter(|q| q.narrator.is_some()).collect();
    if !narrated.is_empty() {
        let words: usize = narrated.iter().map(|q| q.text.split_whitespace().count()).sum();
        writeln!(out, "{:>6} {:>7}  (the narrator, unnamed)", narrated.len(), words)?;
    }
    let unattributed =
        doc.quotes().iter().filter(|q| q.speaker.is_none() && q.narrator.is_none() && q.kind != selon::QuoteKind::Term).count();
    writeln!(out, "{:>6} {:>7}  (no speaker found)", unattributed, "")?;
    writeln!(out)
}

fn print_quote(out: &mut impl Write, index: &LineIndex<'_>, q: &Quote<'_>) -> io::Result<()> {
    let pos = index.line_col(q.span.start);
    let indent = "  ".repeat(q.depth as usize);
    let text: String = q.text.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
    let shown: String = if text.chars().count() > 110 { text.chars().take(107).chain("...".chars()).collect() } else { text };
    writeln!(out, "{:>7}  {indent}{:<8} {:<4} {shown}", pos.to_string(), q.kind.to_string(), q.marks.to_string())?;
    let mut who = Vec::new();
    let show = |m: &selon::Mention<'_>| match m.name {
        Some(n) if n != m.mention => format!("{} → {n}", m.mention),
        _ => m.mention.to_string(),
    };
    if let Some(s) = &q.speaker {
        who.push(format!("speaker: {}", show(s)));
    }
    if let Some(n) = &q.narrator {
        who.push(format!("narrator (unnamed): {}", n.mention));
    }
    if let Some(s) = &q.source {
        who.push(format!("source: {}", show(s)));
    }
    if let Some(c) = &q.cue {
        who.push(format!("cue: {}", c.text));
    }
    if !who.is_empty() {
        writeln!(out, "{:>7}  {indent}{:<13} {}  (confidence {:.2})", "", "", who.join(" | "), q.confidence)?;
    }
    Ok(())
}

// ---------------------------------------------------------------- JSON lines

#[derive(serde::Deserialize)]
struct InputDoc {
    id: serde_json::Value,
    text: String,
}

#[derive(serde::Serialize)]
struct OutputDoc<'a> {
    id: &'a serde_json::Value,
    quotes: &'a [Quote<'a>],
}

/// Lines are read in batches; each batch is processed by the worker threads and
/// written in input order, so memory stays bounded whatever the input size.
fn run_jsonl(extractor: &Extractor, args: &Args) -> bool {
    const BATCH: usize = 256;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    let mut inputs: Vec<(String, Box<dyn BufRead>)> = Vec::new();
    if args.files.is_empty() {
        inputs.push(("<stdin>".to_string(), Box::new(io::stdin().lock())));
    } else {
        for path in &args.files {
            match std::fs::File::open(path) {
                Ok(f) => inputs.push((path.clone(), Box::new(io::BufReader::new(f)))),
                Err(e) => {
                    eprintln!("quotes: {path}: {e}");
                    ok = false;
                }
            }
        }
    }
    for (name, reader) in inputs {
        let mut lines = reader.lines().enumerate();
        loop {
            let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH);
            for (n, line) in lines.by_ref() {
                match line {
                    Ok(l) => batch.push((n + 1, l)),
                    Err(e) => {
                        eprintln!("quotes: {name}: line {}: {e}", n + 1);
                        ok = false;
                    }
                }
                if batch.len() == BATCH {
                    break;
                }
            }
            if batch.is_empty() {
                break;
            }
            let results = process_batch(extractor, &batch, args.threads);
            for ((n, _), result) in batch.iter().zip(results) {
                match result {
                    Ok(Some(json)) => {
                        if writeln!(out, "{json}").is_err() {
                            return false;
                        }
                    }
                    Ok(None) => {}
                    Err(msg) => {
                        eprintln!("quotes: {name}: line {n}: {msg}");
                        ok = false;
                    }
                }
            }
        }
    }
    let _ = out.flush();
    ok
}

fn process_batch(extractor: &Extractor, batch: &[(usize, String)], threads: usize) -> Vec<Result<Option<String>, String>> {
    let threads = threads.clamp(1, batch.len().max(1));
    if threads == 1 {
        return batch.iter().map(|(_, l)| process_line(extractor, l)).collect();
    }
    let chunk = batch.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(|(_, l)| process_line(extractor, l)).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

fn process_line(extractor: &Extractor, line: &str) -> Result<Option<String>, String> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    let doc: InputDoc = serde_json::from_str(line).map_err(|e| format!("not a JSON object with \"id\" and \"text\": {e}"))?;
    // extraction does not panic; should a bug make it, this line fails alone
    let found =
        std::panic::catch_unwind(|| extractor.extract(&doc.text)).map_err(|_| "internal error while extracting".to_string())?;
    let out = OutputDoc { id: &doc.id, quotes: found.quotes() };
    serde_json::to_string(&out).map(Some).map_err(|e| e.to_string())
}
