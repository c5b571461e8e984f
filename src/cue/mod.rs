//! Reporting cues: the verbs that introduce or attribute speech.
//!
//! Interim lexicon (a fuller one is being written): the commonest press verbs,
//! conjugated by rule in the third person.

use crate::text::{fold_word, is_apostrophe, is_space, is_word_char};
use std::collections::HashMap;
use std::sync::LazyLock;

/// A subject pronoun joined to an inverted verb (`dit-il`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pronoun {
    /// Byte span of the pronoun inside the parsed input.
    pub span: crate::span::Span,
}

/// A reporting verb group parsed at the start of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VerbGroup {
    /// Bytes consumed.
    pub len: usize,
    /// The subject pronoun of an inverted group.
    pub inverted: Option<Pronoun>,
    /// A negated group (`n'a pas dit`).
    pub negated: bool,
}

/// The reporting-verb lexicon: folded forms to lemma.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    forms: HashMap<String, u32>,
    lemmas: Vec<String>,
}

const VERBS: &[&str] = &[
    "affirmer",
    "ajouter",
    "annoncer",
    "assurer",
    "avertir",
    "confier",
    "déclarer",
    "dénoncer",
    "estimer",
    "expliquer",
    "indiquer",
    "insister",
    "juger",
    "lancer",
    "lâcher",
    "marteler",
    "noter",
    "poursuivre",
    "préciser",
    "prévenir",
    "rappeler",
    "regretter",
    "répondre",
    "résumer",
    "reconnaître",
    "souligner",
    "tempêter",
    "tonner",
    "glisser",
    "raconter",
    "dire",
    "demander",
    "répliquer",
    "rétorquer",
    "reprendre",
    "murmurer",
    "crier",
    "souffler",
    "s'écrier",
    "s'exclamer",
    "grogner",
    "conclure",
    "écrire",
    "continuer",
    "interroger",
    "s'indigner",
    "se féliciter",
    "se réjouir",
    "s'inquiéter",
    "témoigner",
    "confirmer",
    "observer",
    "avouer",
    "admettre",
    "nuancer",
    "trancher",
    "plaider",
    "justifier",
    "réagir",
    "ironiser",
    "s'amuser",
    "tempérer",
    "soupirer",
    "accuser",
    "promettre",
];

fn conjugate(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let irregular: &[(&str, &[&str])] = &[
        (
            "dire",
            &[
                "dit", "disent", "disait", "disaient", "dirent", "dira", "diront", "dirait",
                "diraient", "dite", "dits", "dites",
            ],
        ),
        (
            "écrire",
            &[
                "écrit",
                "écrivent",
                "écrivait",
                "écrivit",
                "écrira",
                "écrirait",
                "écrite",
                "écrits",
                "écrites",
            ],
        ),
        (
            "reprendre",
            &[
                "reprend",
                "reprennent",
                "reprenait",
                "reprit",
                "reprirent",
                "reprendra",
                "reprendrait",
                "repris",
                "reprise",
            ],
        ),
        (
            "reconnaître",
            &[
                "reconnaît",
                "reconnait",
                "reconnaissent",
                "reconnaissait",
                "reconnut",
                "reconnaîtra",
                "reconnaîtrait",
                "reconnu",
                "reconnue",
            ],
        ),
        (
            "admettre",
            &[
                "admet",
                "admettent",
                "admettait",
                "admit",
                "admettra",
                "admettrait",
                "admis",
                "admise",
            ],
        ),
        (
            "promettre",
            &[
                "promet",
                "promettent",
                "promettait",
                "promit",
                "promettra",
                "promettrait",
                "promis",
                "promise",
            ],
        ),
        (
            "prévenir",
            &[
                "prévient",
                "préviennent",
                "prévenait",
                "prévint",
                "préviendra",
                "préviendrait",
                "prévenu",
                "prévenue",
            ],
        ),
        (
            "conclure",
            &[
                "conclut",
                "concluent",
                "concluait",
                "conclura",
                "conclurait",
                "conclu",
                "conclue",
            ],
        ),
        (
            "poursuivre",
            &[
                "poursuit",
                "poursuivent",
                "poursuivait",
                "poursuivit",
                "poursuivra",
                "poursuivrait",
                "poursuivi",
                "poursuivie",
            ],
        ),
        (
            "répondre",
            &[
                "répond",
                "répondent",
                "répondait",
                "répondit",
                "répondirent",
                "répondra",
                "répondrait",
                "répondu",
                "répondue",
            ],
        ),
        (
            "avertir",
            &[
                "avertit",
                "avertissent",
                "avertissait",
                "avertira",
                "avertirait",
                "averti",
                "avertie",
            ],
        ),
        (
            "réagir",
            &[
                "réagit",
                "réagissent",
                "réagissait",
                "réagira",
                "réagirait",
                "réagi",
            ],
        ),
    ];
    if let Some((_, forms)) = irregular.iter().find(|(l, _)| *l == lemma) {
        out.extend(forms.iter().map(|s| s.to_string()));
        return out;
    }
    let Some(stem) = lemma.strip_suffix("er") else {
        return out;
    };
    let soft = if stem.ends_with('c') {
        format!("{}ç", &stem[..stem.len() - 1])
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    let e_stem = if let Some(s) = stem.strip_suffix("ét") {
        format!("{s}èt")
    } else if let Some(s) = stem.strip_suffix("él") {
        format!("{s}èl")
    } else if stem.ends_with("el") {
        format!("{stem}l")
    } else {
        stem.to_string()
    };
    for f in [
        format!("{e_stem}e"),
        format!("{e_stem}ent"),
        format!("{soft}ait"),
        format!("{soft}aient"),
        format!("{soft}a"),
        format!("{stem}èrent"),
        format!("{e_stem}era"),
        format!("{e_stem}eront"),
        format!("{e_stem}erait"),
        format!("{e_stem}eraient"),
        format!("{stem}é"),
        format!("{stem}ée"),
        format!("{stem}és"),
        format!("{stem}ées"),
    ] {
        out.push(f);
    }
    out
}

impl Lexicon {
    fn from_lemmas<'s>(lemmas: impl IntoIterator<Item = &'s str>) -> Lexicon {
        let mut lex = Lexicon::default();
        for l in lemmas {
            lex.add(l);
        }
        lex
    }

    fn add(&mut self, lemma: &str) {
        let bare = lemma.trim_start_matches("se ").trim_start_matches("s'");
        let id = self.lemmas.len() as u32;
        self.lemmas.push(lemma.to_string());
        for f in conjugate(bare) {
            self.forms.entry(f).or_insert(id);
        }
    }

    /// The built-in lexicon.
    pub(crate) fn builtin() -> &'static Lexicon {
        static LEX: LazyLock<Lexicon> =
            LazyLock::new(|| Lexicon::from_lemmas(VERBS.iter().copied()));
        &LEX
    }

    /// The lexicon with more lemmas.
    pub(crate) fn with_extra_lemmas(&self, extra: &[&str]) -> Result<Lexicon, String> {
        let mut lex = self.clone();
        for e in extra {
            if e.trim().is_empty() || e.chars().any(|c| c.is_ascii_digit()) {
                return Err(format!("not an infinitive: {e:?}"));
            }
            lex.add(e.trim());
        }
        Ok(lex)
    }

    /// The lemma of a word form, if it is a reporting verb.
    pub(crate) fn lookup(&self, word: &str) -> Option<&str> {
        let mut buf = String::new();
        let f = fold_word(word, &mut buf);
        self.forms.get(f).map(|&i| self.lemmas[i as usize].as_str())
    }
}

fn word(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(s.len(), |(i, _)| i)
}

const AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "eut", "est", "sont", "était",
    "s'est", "se sont",
];

/// A reporting verb group at the start of `input`.
pub(crate) fn reporting_verb_group(input: &str, lex: &Lexicon) -> Option<VerbGroup> {
    let mut pos = 0;
    // object or reflexive pronoun: m', l', lui, s', se, me, nous, leur
    for p in [
        "m'", "m’", "s'", "s’", "lui ", "leur ", "nous ", "me ", "se ",
    ] {
        if input.starts_with(p) {
            pos = p.len();
            break;
        }
    }
    let w1 = word(&input[pos..]);
    if w1 == 0 {
        return None;
    }
    let first = &input[pos..pos + w1];
    let mut end = pos + w1;
    let mut inverted = None;
    let rest = &input[end..];
    for p in [
        "-t-il", "-t-elle", "-t-on", "-ils", "-elles", "-il", "-elle", "-on",
    ] {
        if rest.starts_with(p) && !rest[p.len()..].starts_with(is_word_char) {
            let start = end + p.rfind('-').unwrap_or(0) + 1;
            inverted = Some(Pronoun {
                span: crate::span::Span::new(start, end + p.len()),
            });
            end += p.len();
            break;
        }
    }
    let mut folded = String::new();
    let f1 = fold_word(first, &mut folded).to_string();
    if AUX.contains(&f1.as_str()) {
        let r = &input[end..];
        let gap = r.len() - r.trim_start_matches(is_space).len();
        if gap == 0 {
            return None;
        }
        let w2 = word(&r[gap..]);
        if w2 > 0 && lex.lookup(&r[gap..gap + w2]).is_some() {
            return Some(VerbGroup {
                len: end + gap + w2,
                inverted,
                negated: false,
            });
        }
        return None;
    }
    if lex.lookup(first).is_some() && !input[end..].starts_with(|c: char| is_apostrophe(c)) {
        return Some(VerbGroup {
            len: end,
            inverted,
            negated: false,
        });
    }
    None
}
