//! Prepositional and participial cues: `selon`, `d'après`, `de l'aveu de`,
//! `cité par`, `dans un entretien au`, `sur X`.

use std::sync::LazyLock;

use super::conjugate::{Agreement, agreements};
use super::text::longest_phrase;

/// Prepositional cues as (phrase, canonical form). Phrases are lowercase
/// with single spaces and `'`; they match case-insensitively, with `'` or
/// `’` and any space. A final `de` also matches `du`, `des`, `d'`; a final
/// `à` matches `au`, `aux`.
pub(crate) const PREPOSITIONAL_CUES: &[(&str, &str)] = &[
    ("selon", "selon"),
    ("toujours selon", "toujours selon"),
    ("selon la même source", "selon la même source"),
    ("d'après", "d'après"),
    ("pour", "pour"),
    ("aux yeux de", "aux yeux de"),
    ("de l'aveu de", "de l'aveu de"),
    ("de l'aveu même de", "de l'aveu même de"),
    ("de l'avis de", "de l'avis de"),
    ("de même source", "de même source"),
    ("de source proche de", "de source proche de"),
    ("à en croire", "à en croire"),
    ("au dire de", "au dire de"),
    ("aux dires de", "aux dires de"),
    ("pour reprendre les mots de", "pour reprendre les mots de"),
    ("pour reprendre les termes de", "pour reprendre les termes de"),
    ("au micro de", "au micro de"),
    ("sur les ondes de", "sur les ondes de"),
    ("sur l'antenne de", "sur l'antenne de"),
    ("à l'antenne de", "à l'antenne de"),
    ("sur le plateau de", "sur le plateau de"),
    ("dans les colonnes de", "dans les colonnes de"),
    ("dans un entretien", "dans un entretien"),
    ("dans un entretien à", "dans un entretien à"),
    ("dans un entretien accordé à", "dans un entretien accordé à"),
    ("dans une interview", "dans une interview"),
    ("dans une interview à", "dans une interview à"),
    ("dans une interview accordée à", "dans une interview accordée à"),
    ("dans un communiqué", "dans un communiqué"),
    ("dans un message", "dans un message"),
    ("dans une déclaration", "dans une déclaration"),
    ("dans une lettre", "dans une lettre"),
    ("dans un courrier", "dans un courrier"),
    ("dans une tribune", "dans une tribune"),
    ("dans un tweet", "dans un tweet"),
    ("dans un post", "dans un post"),
    ("dans une publication", "dans une publication"),
    ("dans une vidéo", "dans une vidéo"),
    ("lors d'une conférence de presse", "lors d'une conférence de presse"),
    ("en conférence de presse", "en conférence de presse"),
    ("devant la presse", "devant la presse"),
    ("devant les journalistes", "devant les journalistes"),
    ("sur x", "sur X"),
    ("sur twitter", "sur Twitter"),
    ("sur facebook", "sur Facebook"),
    ("sur instagram", "sur Instagram"),
    ("sur linkedin", "sur LinkedIn"),
    ("sur telegram", "sur Telegram"),
    ("sur tiktok", "sur TikTok"),
    ("sur bluesky", "sur Bluesky"),
    ("sur threads", "sur Threads"),
    ("sur les réseaux sociaux", "sur les réseaux sociaux"),
    ("sur le réseau social x", "sur X"),
    ("sur son compte x", "sur X"),
    ("sur son compte twitter", "sur Twitter"),
    ("sur son compte facebook", "sur Facebook"),
    ("sur son compte instagram", "sur Instagram"),
    ("sur sa page facebook", "sur Facebook"),
    ("sur son blog", "sur son blog"),
];

/// Participial cues, written with the masculine singular participle; they
/// match in all four genders and numbers (`citée par`, `joints par`).
pub(crate) const PARTICIPLE_CUES: &[&str] = &[
    "cité par",
    "cité dans",
    "interrogé par",
    "interrogé sur",
    "joint par",
    "contacté par",
    "interviewé par",
    "sollicité par",
    "questionné par",
    "consulté par",
    "relayé par",
    "rapporté par",
    "repris par",
];

/// A participial cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct ParticipleCue {
    /// Bytes consumed.
    pub(crate) len: usize,
    /// The entry of [`PARTICIPLE_CUES`] (`cité par`).
    pub(crate) canonical: &'static str,
    /// Gender and number of the participle as written (`citées`: feminine plural).
    pub(crate) agreement: Agreement,
}

/// Every agreed phrase of [`PARTICIPLE_CUES`] with its canonical form.
static PARTICIPLE_PHRASES: LazyLock<Vec<(String, &'static str, Agreement)>> = LazyLock::new(|| {
    let mut v = Vec::with_capacity(PARTICIPLE_CUES.len() * 4);
    for &cue in PARTICIPLE_CUES {
        let (pp, rest) = cue.split_once(' ').unwrap_or((cue, ""));
        for (form, agr) in agreements(pp) {
            v.push((format!("{form} {rest}"), cue, agr));
        }
    }
    v
});

/// The participial cue at the start of `input` (`citée par`, `Interrogés
/// par`, `jointe par`), case- and apostrophe-insensitive.
pub(crate) fn participle_cue(input: &str) -> Option<ParticipleCue> {
    let phrases = &*PARTICIPLE_PHRASES;
    let (i, m) = longest_phrase(phrases.iter().map(|p| p.0.as_str()), input)?;
    let (_, canonical, agreement) = phrases[i];
    Some(ParticipleCue { len: m.len(), canonical, agreement })
}

/// Whether `input` starts with a participial cue in any gender and number
/// (`cité par`, `citées par`, `jointe par`, `interrogés par`).
pub(crate) fn is_participle_cue(input: &str) -> bool {
    participle_cue(input).is_some()
}

/// The prepositional or participial cue at the start of `input`, the
/// longest that matches: its length in bytes and its canonical form
/// (`D’après` → `d'après`; `citée par` → `cité par`).
pub(crate) fn prepositional_cue(input: &str) -> Option<(usize, &'static str)> {
    let prep = longest_phrase(PREPOSITIONAL_CUES.iter().map(|c| c.0), input).map(|(i, m)| (m.len(), PREPOSITIONAL_CUES[i].1));
    let part = participle_cue(input).map(|p| (p.len, p.canonical));
    match (prep, part) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositional_cues() {
        #[rustfmt::skip]
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            ("selon le ministre", Some(("selon", "selon"))),
            ("Selon lui", Some(("Selon", "selon"))),
            ("D’après l’AFP", Some(("D’après", "d'après"))),
            ("d'après elle", Some(("d'après", "d'après"))),
            ("de l'aveu même du maire", Some(("de l'aveu même du", "de l'aveu même de"))),
            ("de l’aveu d’Inès", Some(("de l’aveu d’", "de l'aveu de"))),
            ("aux yeux de la CGT", Some(("aux yeux de", "aux yeux de"))),
            ("de même source, on", Some(("de même source", "de même source"))),
            ("dans un entretien au Soir", Some(("dans un entretien au", "dans un entretien à"))),
            ("dans un entretien publié", Some(("dans un entretien", "dans un entretien"))),
            ("dans une interview accordée à RTL", Some(("dans une interview accordée à", "dans une interview accordée à"))),
            ("dans un communiqué\u{a0}:", Some(("dans un communiqué", "dans un communiqué"))),
            ("au micro d'Europe", Some(("au micro d'", "au micro de"))),
            ("sur X, il", Some(("sur X", "sur X"))),
            ("sur son compte X", Some(("sur son compte X", "sur X"))),
            ("sur Twitter", Some(("sur Twitter", "sur Twitter"))),
            ("citée par l'agence", Some(("citée par", "cité par"))),
            ("Interrogés par franceinfo", Some(("Interrogés par", "interrogé par"))),
            ("pour le syndicat", Some(("pour", "pour"))),
            ("pourtant", None),
            ("selonx", None),
            ("sur Xavier", None),
            ("le ministre", None),
        ];
        for (input, want) in rows {
            let got = prepositional_cue(input).map(|(n, c)| (&input[..n], c));
            assert_eq!(got, *want, "{input}");
        }
    }

    #[test]
    fn participle_cues() {
        let c = participle_cue("jointes par téléphone").unwrap();
        assert_eq!((c.canonical, c.agreement), ("joint par", Agreement { feminine: true, plural: true }));
        assert_eq!(c.len, "jointes par".len());
        let c = participle_cue("repris par Le Monde").unwrap();
        assert_eq!(c.canonical, "repris par");
        for yes in ["cité par", "citée par", "cités par", "citées par", "Contactée par", "interrogée sur"] {
            assert!(is_participle_cue(yes), "{yes}");
        }
        for no in ["selon", "cité", "citer par", "citation par"] {
            assert!(!is_participle_cue(no), "{no}");
        }
    }
}
