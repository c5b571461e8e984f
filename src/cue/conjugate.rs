//! Conjugation of reporting-verb lemmas.
//!
//! Reads the entries of `verbs.txt` (the format is documented in that file's
//! header) and generates every form the verb-group parser needs: the 3rd
//! person singular and plural of the présent, imparfait, passé simple, futur
//! and conditionnel présent, the past participle in its four genders and
//! numbers, the present participle and the infinitive. Forms are lowercase
//! NFC.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// A simple tense of the indicative, or the conditional présent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// Présent (`déclare`, `dit`).
    Present,
    /// Imparfait (`déclarait`).
    Imperfect,
    /// Passé simple (`déclara`, `dit`).
    SimplePast,
    /// Futur simple (`déclarera`).
    Future,
    /// Conditionnel présent (`déclarerait`).
    Conditional,
}

/// Gender and number shown by a past participle (`déclarée`: feminine singular).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Agreement {
    /// The feminine ending is present (`dite`, `déclarées`).
    pub feminine: bool,
    /// The plural ending is present (`dits`, `déclarées`). Participles ending
    /// in `s` (`pris`, `mis`) are listed both singular and plural.
    pub plural: bool,
}

/// What a word form of a verb is, grammatically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// A finite form of the 3rd person, or of the 1st person singular, which
    /// narrators use (`répondis`, `demandai`, `disais`).
    Finite {
        /// Its tense.
        tense: Tense,
        /// 3rd person plural (`disent`) rather than singular (`dit`, `dis`).
        plural: bool,
    },
    /// The past participle (`dit`, `dite`, `dits`, `dites`).
    PastParticiple(Agreement),
    /// The present participle (`disant`).
    PresentParticiple,
    /// The infinitive (`dire`).
    Infinitive,
}

/// The principal parts of a verb, from which [`expand`] derives every form.
/// Each slot holds one or more spellings, the usual one first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Parts {
    /// Présent 3rd person singular.
    pub(crate) pres_sg: Vec<String>,
    /// Présent 3rd person plural.
    pub(crate) pres_pl: Vec<String>,
    /// Imparfait 3rd person singular (ends in `ait`).
    pub(crate) imparfait: Vec<String>,
    /// Passé simple 3rd person singular.
    pub(crate) ps_sg: Vec<String>,
    /// Passé simple 3rd person plural.
    pub(crate) ps_pl: Vec<String>,
    /// Futur 3rd person singular (ends in `ra`).
    pub(crate) futur: Vec<String>,
    /// Past participle, masculine singular.
    pub(crate) pp: Vec<String>,
    /// Present participle; empty when it is derived from the imparfait.
    pub(crate) ppr: Vec<String>,
}

impl Parts {
    /// Every slot, for transformations applied to all forms.
    fn slots_mut(&mut self) -> [&mut Vec<String>; 8] {
        [
            &mut self.pres_sg,
            &mut self.pres_pl,
            &mut self.imparfait,
            &mut self.ps_sg,
            &mut self.ps_pl,
            &mut self.futur,
            &mut self.pp,
            &mut self.ppr,
        ]
    }
}

/// How an entry's forms are obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Spec {
    /// By the rules for its ending.
    Rule,
    /// Like another verb, given by its infinitive.
    Model(String),
    /// From explicit principal parts.
    Parts(Parts),
}

/// One parsed line of `verbs.txt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The lemma as written, normalised (`se féliciter`, `s'écrier`, `faire savoir`).
    pub(crate) lemma: String,
    /// The conjugated infinitive (`féliciter`, `écrier`, `faire`).
    pub(crate) head: String,
    /// Fixed words after the conjugated verb (`savoir`), or empty.
    pub(crate) tail: String,
    /// Whether the lemma is pronominal (`se …`, `s'…`).
    pub(crate) pronominal: bool,
    /// A `@model` line: a conjugation model, not a reporting verb.
    pub(crate) model_only: bool,
    /// Where its forms come from.
    pub(crate) spec: Spec,
}

/// Normalises one line of data: NFC, lowercase, `’` → `'`, trailing comment removed.
fn normalise_line(line: &str) -> String {
    let line = line.split('#').next().unwrap_or("");
    line.nfc().flat_map(char::to_lowercase).map(|c| if matches!(c, '’' | 'ʼ') { '\'' } else { c }).collect()
}

/// Whether `s` is a non-empty run of letters (a form or a head).
fn is_letters(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphabetic)
}

/// Parses one line of `verbs.txt`: `Ok(None)` for a blank or comment line, an
/// error message for a malformed one.
pub(crate) fn parse_entry(line: &str) -> Result<Option<Entry>, String> {
    let norm = normalise_line(line);
    let text = norm.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (model_only, text) = match text.strip_prefix('@') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let (lemma_part, spec) = if let Some((l, m)) = text.split_once('<') {
        let model = strip_reflexive(m.trim()).1.to_string();
        if !is_letters(&model) {
            return Err(format!("`{}`: the model after `<` must be one infinitive", line.trim()));
        }
        (l.trim(), Spec::Model(model))
    } else if let Some((l, p)) = text.split_once('|') {
        (l.trim(), Spec::Parts(parse_parts(p).map_err(|e| format!("`{}`: {e}", line.trim()))?))
    } else {
        (text, Spec::Rule)
    };
    let (pronominal, rest) = strip_reflexive(lemma_part);
    let mut words = rest.split_whitespace();
    let head = words.next().unwrap_or("").to_string();
    if !is_letters(&head) {
        return Err(format!("`{}`: the lemma must start with an infinitive", line.trim()));
    }
    let tail_words: Vec<&str> = words.collect();
    for w in &tail_words {
        if !w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '-') {
            return Err(format!("`{}`: unexpected `{w}` in the lemma", line.trim()));
        }
    }
    let tail = tail_words.join(" ");
    let lemma = lemma_part.split_whitespace().collect::<Vec<_>>().join(" ");
    Ok(Some(Entry { lemma, head, tail, pronominal, model_only, spec }))
}

/// Splits off a leading reflexive pronoun (`se `, `s'`).
fn strip_reflexive(s: &str) -> (bool, &str) {
    if let Some(rest) = s.strip_prefix("se ") {
        (true, rest.trim_start())
    } else if let Some(rest) = s.strip_prefix("s'") {
        (true, rest.trim_start())
    } else {
        (false, s)
    }
}

/// Parses the `|`-separated principal parts after the infinitive column.
fn parse_parts(cols: &str) -> Result<Parts, String> {
    let cols: Vec<&str> = cols.split('|').map(str::trim).collect();
    if !(5..=6).contains(&cols.len()) {
        return Err(format!(
            "expected 6 or 7 columns (infinitive | présent 3sg 3pl | imparfait | passé simple 3sg 3pl | futur | participe passé [| participe présent]), found {}",
            cols.len() + 1
        ));
    }
    let slot = |s: &str, what: &str| -> Result<Vec<String>, String> {
        let v: Vec<String> = s.split('/').map(|f| f.trim().to_string()).collect();
        if v.iter().all(|f| is_letters(f)) { Ok(v) } else { Err(format!("bad {what} `{s}`")) }
    };
    let pair = |s: &str, what: &str| -> Result<(Vec<String>, Vec<String>), String> {
        let t: Vec<&str> = s.split_whitespace().collect();
        match t.as_slice() {
            [a, b] => Ok((slot(a, what)?, slot(b, what)?)),
            _ => Err(format!("the {what} column needs two forms (3sg 3pl), found `{s}`")),
        }
    };
    let (pres_sg, pres_pl) = pair(cols[0], "présent")?;
    let imparfait = slot(cols[1], "imparfait")?;
    let (ps_sg, ps_pl) = pair(cols[2], "passé simple")?;
    let futur = slot(cols[3], "futur")?;
    let pp = slot(cols[4], "participe passé")?;
    let ppr = match cols.get(5) {
        Some(c) => slot(c, "participe présent")?,
        None => Vec::new(),
    };
    if let Some(f) = imparfait.iter().find(|f| !f.ends_with("ait")) {
        return Err(format!("the imparfait `{f}` must end in `ait`"));
    }
    if let Some(f) = futur.iter().find(|f| !f.ends_with("ra")) {
        return Err(format!("the futur `{f}` must end in `ra`"));
    }
    if let Some(f) = ppr.iter().find(|f| !f.ends_with("ant")) {
        return Err(format!("the participe présent `{f}` must end in `ant`"));
    }
    Ok(Parts { pres_sg, pres_pl, imparfait, ps_sg, ps_pl, futur, pp, ppr })
}

/// Builds parts where every slot is `stem + ending`.
fn suffixed(stem: &str, e: [&str; 8]) -> Parts {
    let v = |s: &str| vec![format!("{stem}{s}")];
    Parts {
        pres_sg: v(e[0]),
        pres_pl: v(e[1]),
        imparfait: v(e[2]),
        ps_sg: v(e[3]),
        ps_pl: v(e[4]),
        futur: v(e[5]),
        pp: v(e[6]),
        ppr: v(e[7]),
    }
}

/// The principal parts of `head` by the rules for its ending, or an error
/// naming what is missing.
pub(crate) fn rule_parts(head: &str) -> Result<Parts, String> {
    let unknown = || {
        Err(format!(
            "cannot derive the forms of `{head}` from its ending: give a model (`{head} < …`) or its principal parts (`{head} | … | … | … | … | …`)"
        ))
    };
    if !is_letters(head) {
        return unknown();
    }
    if head == "aller" {
        return unknown();
    }
    if head.ends_with("er") {
        return Ok(first_group(head));
    }
    if let Some(p) = head.strip_suffix("venir") {
        return Ok(suffixed(p, ["vient", "viennent", "venait", "vint", "vinrent", "viendra", "venu", "venant"]));
    }
    if let Some(p) = head.strip_suffix("tenir") {
        return Ok(suffixed(p, ["tient", "tiennent", "tenait", "tint", "tinrent", "tiendra", "tenu", "tenant"]));
    }
    if head.ends_with("vrir") || head.ends_with("frir") {
        let stem = &head[..head.len() - 2];
        let mut p = suffixed(stem, ["e", "ent", "ait", "it", "irent", "ira", "", "ant"]);
        p.pp = vec![format!("{}ert", &stem[..stem.len() - 1])];
        return Ok(p);
    }
    if ["mentir", "sentir", "dormir", "servir"].iter().any(|e| head.ends_with(e)) {
        let stem = &head[..head.len() - 2];
        let mut p = suffixed(stem, ["", "ent", "ait", "it", "irent", "ira", "i", "ant"]);
        p.pres_sg = vec![format!("{}t", &stem[..stem.len() - 1])];
        return Ok(p);
    }
    const THIRD_GROUP_IR: [&str; 9] = ["oir", "courir", "mourir", "quérir", "cueillir", "fuir", "vêtir", "bouillir", "ïr"];
    if THIRD_GROUP_IR.iter().any(|e| head.ends_with(e)) {
        return unknown();
    }
    if let Some(stem) = head.strip_suffix("ir") {
        return Ok(suffixed(stem, ["it", "issent", "issait", "it", "irent", "ira", "i", "issant"]));
    }
    if let Some(p) = head.strip_suffix("prendre") {
        return Ok(suffixed(p, ["prend", "prennent", "prenait", "prit", "prirent", "prendra", "pris", "prenant"]));
    }
    if let Some(p) = head.strip_suffix("mettre") {
        return Ok(suffixed(p, ["met", "mettent", "mettait", "mit", "mirent", "mettra", "mis", "mettant"]));
    }
    for ending in ["connaître", "connaitre", "paraître", "paraitre"] {
        if head.ends_with(ending) {
            let stem = head.strip_suffix("aître").or_else(|| head.strip_suffix("aitre")).unwrap_or(head);
            return Ok(suffixed(stem, ["aît", "aissent", "aissait", "ut", "urent", "aîtra", "u", "aissant"]));
        }
    }
    if let Some(stem) = head.strip_suffix("ndre").filter(|s| s.ends_with('i')) {
        return Ok(suffixed(stem, ["nt", "gnent", "gnait", "gnit", "gnirent", "ndra", "nt", "gnant"]));
    }
    if let Some(stem) = head.strip_suffix("re").filter(|s| s.ends_with("romp")) {
        return Ok(suffixed(stem, ["t", "ent", "ait", "it", "irent", "ra", "u", "ant"]));
    }
    if head.ends_with("dre") && !head.ends_with("oudre") {
        let stem = &head[..head.len() - 2];
        return Ok(suffixed(stem, ["", "ent", "ait", "it", "irent", "ra", "u", "ant"]));
    }
    unknown()
}

/// Whether `c` is a vowel letter for the spelling rules of the 1st group.
fn is_vowel(c: char) -> bool {
    "aeiouyéèêëàâîïôöûùüœæ".contains(c)
}

/// The principal parts of a 1st-group verb (`-er`), spelling rules included.
fn first_group(head: &str) -> Parts {
    let stem = &head[..head.len() - 2];
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    let (mute, fut) = mute_stems(head, stem);
    let each = |v: &[String], e: &str| v.iter().map(|s| format!("{s}{e}")).collect::<Vec<_>>();
    Parts {
        pres_sg: each(&mute, "e"),
        pres_pl: each(&mute, "ent"),
        imparfait: vec![format!("{soft}ait")],
        ps_sg: vec![format!("{soft}a")],
        ps_pl: vec![format!("{stem}èrent")],
        futur: each(&fut, "era"),
        pp: vec![format!("{stem}é")],
        ppr: vec![format!("{soft}ant")],
    }
}

/// The stems used before a mute `e` in the présent and in the futur.
fn mute_stems(head: &str, stem: &str) -> (Vec<String>, Vec<String>) {
    let one = |s: String| (vec![s.clone()], vec![s]);
    if stem.ends_with("oy") || stem.ends_with("uy") {
        return one(format!("{}i", &stem[..stem.len() - 1]));
    }
    if stem.ends_with("ay") {
        let v = vec![format!("{}i", &stem[..stem.len() - 1]), stem.to_string()];
        return (v.clone(), v);
    }
    let chars: Vec<char> = stem.chars().collect();
    // Last vowel, `u` of `gu`/`qu` counting as part of a consonant.
    let last_vowel =
        (0..chars.len()).rev().find(|&j| is_vowel(chars[j]) && !(chars[j] == 'u' && j > 0 && matches!(chars[j - 1], 'g' | 'q')));
    let Some(j) = last_vowel else {
        return one(stem.to_string());
    };
    let tail = &chars[j + 1..];
    let with = |c: char| {
        let mut v = chars.clone();
        v[j] = c;
        v.into_iter().collect::<String>()
    };
    match chars[j] {
        'é' if !tail.is_empty() => (vec![with('è')], vec![stem.to_string(), with('è')]),
        'e' if (j == 0 || !is_vowel(chars[j - 1]))
            && ((tail.len() == 1 && tail[0] != 'x') || (tail.len() == 2 && tail[1] == 'r' && tail[0] != 'r')) =>
        {
            if tail.len() == 1 && matches!(tail[0], 'l' | 't') && (head.ends_with("appeler") || head.ends_with("jeter")) {
                one(format!("{stem}{}", tail[0]))
            } else {
                one(with('è'))
            }
        }
        _ => one(stem.to_string()),
    }
}

/// The four agreed forms of a past participle given masculine singular.
pub(crate) fn agreements(pp: &str) -> [(String, Agreement); 4] {
    let base = match pp.strip_suffix('û') {
        Some(s) => format!("{s}u"),
        None => pp.to_string(),
    };
    let masc_pl = if base.ends_with('s') || base.ends_with('x') { base.clone() } else { format!("{base}s") };
    let a = |feminine, plural| Agreement { feminine, plural };
    [
        (pp.to_string(), a(false, false)),
        (format!("{base}e"), a(true, false)),
        (masc_pl, a(false, true)),
        (format!("{base}es"), a(true, true)),
    ]
}

/// Every form of a verb, from its principal parts and infinitive, without
/// duplicates. Forms with `î` also appear in their 1990 spelling with `i`.
pub(crate) fn expand(parts: &Parts, infinitive: &str) -> Vec<(String, Form)> {
    let mut out: Vec<(String, Form)> = Vec::with_capacity(48);
    let fin = |tense, plural| Form::Finite { tense, plural };
    for f in &parts.pres_sg {
        out.push((f.clone(), fin(Tense::Present, false)));
    }
    for f in &parts.pres_pl {
        out.push((f.clone(), fin(Tense::Present, true)));
    }
    for f in &parts.imparfait {
        out.push((f.clone(), fin(Tense::Imperfect, false)));
        let stem = f.strip_suffix("ait").unwrap_or(f);
        out.push((format!("{stem}aient"), fin(Tense::Imperfect, true)));
        if parts.ppr.is_empty() {
            out.push((format!("{stem}ant"), Form::PresentParticiple));
        }
    }
    for f in &parts.ps_sg {
        out.push((f.clone(), fin(Tense::SimplePast, false)));
    }
    for f in &parts.ps_pl {
        out.push((f.clone(), fin(Tense::SimplePast, true)));
    }
    for f in &parts.futur {
        let stem = f.strip_suffix('a').unwrap_or(f);
        out.push((f.clone(), fin(Tense::Future, false)));
        out.push((format!("{stem}ont"), fin(Tense::Future, true)));
        out.push((format!("{stem}ait"), fin(Tense::Conditional, false)));
        out.push((format!("{stem}aient"), fin(Tense::Conditional, true)));
    }
    // the first person singular, for narrators (`je répondis`, `je disais`,
    // `je demandai`): derived from the third
    let first_person = |f: &str, tense: Tense| -> Option<String> {
        let form = match tense {
            Tense::Present if f.ends_with('e') => return None,
            Tense::Present if f.ends_with('d') || f.ends_with('c') => format!("{f}s"),
            Tense::Imperfect | Tense::Present | Tense::SimplePast if f.ends_with('t') => format!("{}s", &f[..f.len() - 1]),
            Tense::SimplePast if f.ends_with('a') => format!("{f}i"),
            Tense::Future if f.ends_with('a') => format!("{f}i"),
            _ => return None,
        };
        Some(form)
    };
    let mut firsts: Vec<(String, Form)> = Vec::new();
    for (list, tense) in [
        (&parts.pres_sg, Tense::Present),
        (&parts.imparfait, Tense::Imperfect),
        (&parts.ps_sg, Tense::SimplePast),
        (&parts.futur, Tense::Future),
    ] {
        for f in list {
            if let Some(form) = first_person(f, tense) {
                firsts.push((form, fin(tense, false)));
            }
            if tense == Tense::Future {
                let stem = f.strip_suffix('a').unwrap_or(f);
                firsts.push((format!("{stem}ais"), fin(Tense::Conditional, false)));
            }
        }
    }
    out.extend(firsts);
    for f in &parts.pp {
        for (form, agr) in agreements(f) {
            out.push((form, Form::PastParticiple(agr)));
        }
    }
    for f in &parts.ppr {
        out.push((f.clone(), Form::PresentParticiple));
    }
    out.push((infinitive.to_string(), Form::Infinitive));
    let variants: Vec<(String, Form)> =
        out.iter().filter(|(s, _)| s.contains('î')).map(|(s, f)| (s.replace('î', "i"), *f)).collect();
    out.extend(variants);
    let mut seen = std::collections::HashSet::with_capacity(out.len());
    out.retain(|(s, f)| seen.insert((s.clone(), *f)));
    out
}

/// Rewrites the model's parts for `head`: the two infinitives share an ending,
/// and each form of the model starts with the model's differing beginning,
/// which is replaced by `head`'s.
fn derive(head: &str, model: &str, parts: &Parts) -> Result<Parts, String> {
    let h: Vec<char> = head.chars().collect();
    let m: Vec<char> = model.chars().collect();
    let common = h.iter().rev().zip(m.iter().rev()).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return Err(format!("`{head}` shares no ending with its model `{model}`"));
    }
    let from: String = m[..m.len() - common].iter().collect();
    let to: String = h[..h.len() - common].iter().collect();
    let mut out = parts.clone();
    for slot in out.slots_mut() {
        for f in slot.iter_mut() {
            match f.strip_prefix(from.as_str()) {
                Some(rest) => *f = format!("{to}{rest}"),
                None => {
                    return Err(format!("`{head}` cannot follow `{model}`: its form `{f}` does not start with `{from}`"));
                }
            }
        }
    }
    Ok(out)
}

/// The principal parts of every entry, models resolved (a model is looked
/// for among the entries' infinitives, then conjugated by rule).
pub(crate) fn resolve(entries: &[Entry]) -> Result<Vec<Parts>, String> {
    let mut by_head: HashMap<&str, usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if !matches!(e.spec, Spec::Model(_)) {
            by_head.entry(e.head.as_str()).or_insert(i);
        }
    }
    for (i, e) in entries.iter().enumerate() {
        by_head.entry(e.head.as_str()).or_insert(i);
    }
    let mut memo: Vec<Option<Parts>> = vec![None; entries.len()];
    (0..entries.len()).map(|i| parts_of(i, entries, &by_head, &mut memo, 0)).collect()
}

/// The principal parts of entry `i` (memoised; `depth` guards model cycles).
fn parts_of(
    i: usize,
    entries: &[Entry],
    by_head: &HashMap<&str, usize>,
    memo: &mut [Option<Parts>],
    depth: usize,
) -> Result<Parts, String> {
    if let Some(p) = &memo[i] {
        return Ok(p.clone());
    }
    let e = &entries[i];
    if depth > 8 {
        return Err(format!("`{}`: the chain of models is circular or too long", e.lemma));
    }
    let parts = match &e.spec {
        Spec::Rule => rule_parts(&e.head).map_err(|m| format!("`{}`: {m}", e.lemma))?,
        Spec::Parts(p) => p.clone(),
        Spec::Model(m) => {
            let model_parts = match by_head.get(m.as_str()) {
                Some(&j) if j != i => parts_of(j, entries, by_head, memo, depth + 1)?,
                _ => rule_parts(m).map_err(|msg| format!("`{}`: model: {msg}", e.lemma))?,
            };
            derive(&e.head, m, &model_parts).map_err(|msg| format!("`{}`: {msg}", e.lemma))?
        }
    };
    memo[i] = Some(parts.clone());
    Ok(parts)
}

/// Every form of the verb described by one entry line, when it needs no
/// model from elsewhere (a `<` model is conjugated by rule).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn conjugate(line: &str) -> Result<Vec<(String, Form)>, String> {
    let entry = parse_entry(line)?.ok_or_else(|| "empty entry".to_string())?;
    let parts = resolve(std::slice::from_ref(&entry))?.pop().unwrap_or_default();
    Ok(expand(&parts, &entry.head))
}

#[cfg(test)]
#[rustfmt::skip]
mod tests {
    use super::*;

    /// The form of `forms` for `f`, all spellings.
    fn get(forms: &[(String, Form)], f: Form) -> Vec<&str> {
        forms
            .iter()
            .filter(|(_, g)| *g == f)
            .map(|(s, _)| s.as_str())
            .collect()
    }

    fn fin(tense: Tense, plural: bool) -> Form {
        Form::Finite { tense, plural }
    }

    /// Checks the main forms of a verb: présent sg/pl, imparfait sg,
    /// passé simple sg/pl, futur sg, conditionnel pl, participle masc/fem pl,
    /// present participle. The first spelling of each slot is compared.
    fn check(line: &str, expected: [&str; 10]) {
        let forms = conjugate(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        let wanted = [
            fin(Tense::Present, false),
            fin(Tense::Present, true),
            fin(Tense::Imperfect, false),
            fin(Tense::SimplePast, false),
            fin(Tense::SimplePast, true),
            fin(Tense::Future, false),
            fin(Tense::Conditional, true),
            Form::PastParticiple(Agreement {
                feminine: false,
                plural: false,
            }),
            Form::PastParticiple(Agreement {
                feminine: true,
                plural: true,
            }),
            Form::PresentParticiple,
        ];
        for (f, exp) in wanted.iter().zip(expected) {
            let got = get(&forms, *f);
            assert_eq!(
                got.first().copied(),
                Some(exp),
                "{line}: {f:?} gave {got:?}"
            );
        }
    }

    #[test]
    fn regular_er() {
        check("déclarer", ["déclare", "déclarent", "déclarait", "déclara", "déclarèrent", "déclarera", "déclareraient", "déclaré", "déclarées", "déclarant"]);
    }

    #[test]
    fn cer_and_ger() {
        check("annoncer", ["annonce", "annoncent", "annonçait", "annonça", "annoncèrent", "annoncera", "annonceraient", "annoncé", "annoncées", "annonçant"]);
        check("interroger", ["interroge", "interrogent", "interrogeait", "interrogea", "interrogèrent", "interrogera", "interrogeraient", "interrogé", "interrogées", "interrogeant"]);
        // é→è and -ger together.
        check("abréger", ["abrège", "abrègent", "abrégeait", "abrégea", "abrégèrent", "abrégera", "abrégeraient", "abrégé", "abrégées", "abrégeant"]);
    }

    #[test]
    fn yer() {
        check("appuyer", ["appuie", "appuient", "appuyait", "appuya", "appuyèrent", "appuiera", "appuieraient", "appuyé", "appuyées", "appuyant"]);
        let forms = conjugate("bégayer").unwrap();
        let pres = get(&forms, fin(Tense::Present, false));
        assert_eq!(pres, ["bégaie", "bégaye"]);
        // (the first person singular comes after the third)
        assert_eq!(
            get(&forms, fin(Tense::Future, false)),
            ["bégaiera", "bégayera", "bégaierai", "bégayerai"]
        );
    }

    #[test]
    fn e_to_e_grave_and_doubling() {
        check("répéter", ["répète", "répètent", "répétait", "répéta", "répétèrent", "répétera", "répéteraient", "répété", "répétées", "répétant"]);
        let forms = conjugate("répéter").unwrap();
        assert!(get(&forms, fin(Tense::Future, false)).contains(&"répètera"));
        check("marteler", ["martèle", "martèlent", "martelait", "martela", "martelèrent", "martèlera", "martèleraient", "martelé", "martelées", "martelant"]);
        check("rappeler", ["rappelle", "rappellent", "rappelait", "rappela", "rappelèrent", "rappellera", "rappelleraient", "rappelé", "rappelées", "rappelant"]);
        check("rejeter", ["rejette", "rejettent", "rejetait", "rejeta", "rejetèrent", "rejettera", "rejetteraient", "rejeté", "rejetées", "rejetant"]);
        // No change: doubled consonant, two consonants, `tweet`, `qu`.
        for (v, p) in [
            ("interpeller", "interpelle"),
            ("protester", "proteste"),
            ("tweeter", "tweete"),
            ("répliquer", "réplique"),
            ("créer", "crée"),
        ] {
            assert_eq!(get(&conjugate(v).unwrap(), fin(Tense::Present, false)), [p]);
        }
        assert_eq!(
            get(&conjugate("alléguer").unwrap(), fin(Tense::Present, false)),
            ["allègue"]
        );
    }

    #[test]
    fn second_group() {
        check("avertir", ["avertit", "avertissent", "avertissait", "avertit", "avertirent", "avertira", "avertiraient", "averti", "averties", "avertissant"]);
    }

    #[test]
    fn re_verbs() {
        check("répondre", ["répond", "répondent", "répondait", "répondit", "répondirent", "répondra", "répondraient", "répondu", "répondues", "répondant"]);
        check("interrompre", ["interrompt", "interrompent", "interrompait", "interrompit", "interrompirent", "interrompra", "interrompraient", "interrompu", "interrompues", "interrompant"]);
        check("se plaindre", ["plaint", "plaignent", "plaignait", "plaignit", "plaignirent", "plaindra", "plaindraient", "plaint", "plaintes", "plaignant"]);
    }

    #[test]
    fn irregular_families() {
        check(
            "dire | dit disent | disait | dit dirent | dira | dit",
            [
                "dit", "disent", "disait", "dit", "dirent", "dira", "diraient", "dit", "dites",
                "disant",
            ],
        );
        check("écrire | écrit écrivent | écrivait | écrivit écrivirent | écrira | écrit", ["écrit", "écrivent", "écrivait", "écrivit", "écrivirent", "écrira", "écriraient", "écrit", "écrites", "écrivant"]);
        check("reprendre", ["reprend", "reprennent", "reprenait", "reprit", "reprirent", "reprendra", "reprendraient", "repris", "reprises", "reprenant"]);
        check("reconnaître", ["reconnaît", "reconnaissent", "reconnaissait", "reconnut", "reconnurent", "reconnaîtra", "reconnaîtraient", "reconnu", "reconnues", "reconnaissant"]);
        let forms = conjugate("reconnaître").unwrap();
        assert!(get(&forms, fin(Tense::Present, false)).contains(&"reconnait"));
        check("prévenir", ["prévient", "préviennent", "prévenait", "prévint", "prévinrent", "préviendra", "préviendraient", "prévenu", "prévenues", "prévenant"]);
        check("admettre", ["admet", "admettent", "admettait", "admit", "admirent", "admettra", "admettraient", "admis", "admises", "admettant"]);
        check("conclure | conclut concluent | concluait | conclut conclurent | conclura | conclu", ["conclut", "concluent", "concluait", "conclut", "conclurent", "conclura", "concluraient", "conclu", "conclues", "concluant"]);
        check("démentir", ["dément", "démentent", "démentait", "démentit", "démentirent", "démentira", "démentiraient", "démenti", "démenties", "démentant"]);
    }

    #[test]
    fn participle_agreement() {
        let pris = agreements("pris");
        assert_eq!(pris[2].0, "pris");
        assert_eq!(pris[3].0, "prises");
        let du = agreements("dû");
        assert_eq!([&du[1].0, &du[2].0], ["due", "dus"]);
    }

    #[test]
    fn models() {
        let entries: Vec<Entry> = ["écrire | écrit écrivent | écrivait | écrivit écrivirent | écrira | écrit", "décrire < écrire", "s'inscrire < écrire", "grommeler < appeler"]
        .iter()
        .map(|l| parse_entry(l).unwrap().unwrap())
        .collect();
        let parts = resolve(&entries).unwrap();
        assert_eq!(parts[1].pres_pl, ["décrivent"]);
        assert_eq!(parts[2].ps_sg, ["inscrivit"]);
        assert_eq!(parts[3].pres_sg, ["grommelle"]);
        assert!(entries[2].pronominal);
    }

    #[test]
    fn first_person_singular_for_narrators() {
        let forms = conjugate("répondre").unwrap();
        let all: Vec<&str> = forms.iter().map(|(f, _)| f.as_str()).collect();
        for f in ["réponds", "répondais", "répondis", "répondrai", "répondrais"] {
            assert!(all.contains(&f), "{f}");
        }
        let forms = conjugate("demander").unwrap();
        let all: Vec<&str> = forms.iter().map(|(f, _)| f.as_str()).collect();
        for f in ["demande", "demandais", "demandai", "demanderai", "demanderais"] {
            assert!(all.contains(&f), "{f}");
        }
        // (nor the second person)
        assert!(!all.contains(&"demandes") && !all.contains(&"demandas"));
    }

    #[test]
    fn entry_lines() {
        let e = parse_entry("Se Féliciter  # trailing comment")
            .unwrap()
            .unwrap();
        assert_eq!(
            (e.lemma.as_str(), e.head.as_str(), e.pronominal),
            ("se féliciter", "féliciter", true)
        );
        let e = parse_entry("s’écrier").unwrap().unwrap();
        assert_eq!((e.lemma.as_str(), e.head.as_str()), ("s'écrier", "écrier"));
        let e = parse_entry("faire savoir < faire").unwrap().unwrap();
        assert_eq!((e.head.as_str(), e.tail.as_str()), ("faire", "savoir"));
        assert_eq!(parse_entry("   # comment").unwrap(), None);
        for bad in ["dire | dit | disait | dit dirent | dira | dit", "dire | dit disent | disons | dit dirent | dira | dit", "dire | dit disent | disait | dit dirent | dira", "3ire", "x < 12"] {
            assert!(parse_entry(bad).is_err(), "{bad}");
        }
        for bad in ["boire", "aller", "résoudre", "courir"] {
            assert!(conjugate(bad).is_err(), "{bad}");
        }
    }
}
