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
