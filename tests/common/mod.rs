//! Helpers shared by the data-driven tables.

/// Reads the escapes of the tables: `\n`, `\r`, `\t`, `\\` and `\u{XXXX}`.
pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(it.next(), Some('{'), "bad \\u escape in {s}");
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).expect("hex")).expect("code point"));
            }
            other => panic!("unknown escape \\{other:?} in {s}"),
        }
    }
    out
}

/// A name folded for comparison: lower case, `’` as `'`, white space folded,
/// a leading article left out.
#[allow(dead_code)]
pub fn fold(s: &str) -> String {
    let s: String = s.to_lowercase().replace('’', "'").split_whitespace().collect::<Vec<_>>().join(" ");
    ["le ", "la ", "les ", "l'", "un ", "une "].iter().find_map(|d| s.strip_prefix(d)).unwrap_or(&s).to_string()
}

/// One case of a table: `## name`, a `text:` line, its `quote:` lines (raw,
/// after the prefix) and its `diag:` lines.
pub struct Block {
    /// The line of the `##` heading, for messages.
    pub line: usize,
    /// The case's name.
    pub name: String,
    /// The text, unescaped.
    pub text: String,
    /// The `quote:` lines as written, in order.
    pub quotes: Vec<String>,
    /// The `diag:` lines, trimmed.
    pub diags: Vec<String>,
}

/// Reads the cases of a table (`#` lines and blank lines are comments).
pub fn read_blocks(data: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if let Some(name) = line.strip_prefix("## ") {
            blocks.push(Block { line: n + 1, name: name.trim().to_string(), text: String::new(), quotes: vec![], diags: vec![] });
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let block = blocks.last_mut().unwrap_or_else(|| panic!("line {}: data before the first case", n + 1));
        if let Some(t) = line.strip_prefix("text: ") {
            block.text = unescape(t);
        } else if let Some(q) = line.strip_prefix("quote: ") {
            block.quotes.push(q.to_string());
        } else if let Some(d) = line.strip_prefix("diag: ") {
            block.diags.push(d.trim().to_string());
        } else {
            panic!("line {}: unknown line {line:?}", n + 1);
        }
    }
    blocks
}
