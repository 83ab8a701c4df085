//! Context cues that show what a name is when its words alone do not: a wire dateline in
//! capitals, a list with a known place or organisation ("Austin and San Antonio"),
//! "in"/"north of"/"X-based" for places, and "X lowered its outlook", "shares of X", "X, the
//! world's largest producer", "the polling firm X" for companies.

use super::gazetteer::Hit;
use super::names::{Mention, Origin};
use super::tokens::Token;
use super::words;
use crate::config::ActorKind;

/// "EAST PALESTINE, Ohio —", "PORT HARCOURT (Reuters) -": a wire dateline names the place in
/// capitals at the start of a paragraph; it is read as a place in title case unless the
/// gazetteer knows the whole name.
pub(super) fn shouted_dateline(tokens: &[Token], hits: &[(Hit, Origin)]) -> Option<Mention> {
    let end = (1..=4).find(|&n| tokens.get(n - 1).is_some_and(|t| t.break_after))?;
    let span = &tokens[..end];
    let shouted = span
        .iter()
        .all(|t| t.is_acronym() && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    let known_whole = hits
        .first()
        .is_some_and(|(h, _)| h.start == 0 && h.end == end);
    if end < 2 || !shouted || known_whole {
        return None;
    }
    let title_case = |w: &str| {
        let lower = w.to_lowercase();
        let mut chars = lower.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    Some(Mention {
        name: span
            .iter()
            .map(|t| title_case(t.text))
            .collect::<Vec<_>>()
            .join(" "),
        words: end,
        kind: Some(ActorKind::Place),
        evidence: true,
        role: None,
        acronym: None,
        sentence_start: false,
        after_the: false,
        origin: Origin::Run,
        span: (0, end),
        known_as: false,
        opens_sentence: false,
    })
}

/// "Austin and San Antonio", "Townsville and Cairns": an unplaced one-word name listed with a
/// place is a place; "rivals ZF Friedrichshafen and Continental": one listed with an
/// organisation is an organisation.
pub(super) fn kinds_in_lists(tokens: &[Token], mentions: &mut [Mention]) {
    let joined = |a: &Mention, b: &Mention| {
        let between = &tokens[a.span.1..b.span.0];
        if tokens[b.span.0].sentence_start {
            return false;
        }
        match between {
            [] => tokens[a.span.1 - 1].comma,
            [t] => matches!(t.key.as_ref(), "and" | "or") && !tokens[a.span.1 - 1].break_after,
            _ => false,
        }
    };
    let shown = |m: &Mention| match m.kind {
        Some(ActorKind::Place) if m.evidence => m.kind,
        Some(ActorKind::Organization) if m.evidence || m.words >= 2 => m.kind,
        _ => None,
    };
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if !matches!(m.origin, Origin::Run) || m.words != 1 || m.kind.is_some() {
            continue;
        }
        let before = (i > 0 && joined(&mentions[i - 1], m))
            .then(|| shown(&mentions[i - 1]))
            .flatten();
        let after = mentions.get(i + 1).filter(|n| joined(m, n)).and_then(shown);
        // A lone head word ("Fund") names nothing, and an ordinary word ("Environment and
        // Climate Change Canada") is more likely part of a longer name than a body of its own.
        let key = &tokens[m.span.0].key;
        let head = words::is_org_suffix(key) || words::is_place_suffix(key);
        let ordinary = words::is_dictionary(key);
        if let Some(kind) = before
            .or(after)
            .filter(|k| !head && (*k == ActorKind::Place || !ordinary))
        {
            mentions[i].kind = Some(kind);
            mentions[i].evidence = true;
        }
    }
}

/// "Volkswagen lowered its outlook", "shares of Banorte", "Banorte shares": a company or
/// body, shown by "its" right after its verb or by talk of its shares.
pub(super) fn org_cue(tokens: &[Token], a: usize, b: usize) -> bool {
    let after = |n: usize| tokens.get(b + n).map(|t| t.key.as_ref());
    let last = &tokens[b - 1];
    let its = !last.break_after
        && tokens.get(b).is_some_and(|t| !t.cap && !t.break_after)
        && after(1) == Some("its");
    let shares_of = a >= 2 && tokens[a - 1].key == "of" && tokens[a - 2].key == "shares";
    let shares = !last.break_after && matches!(after(0), Some("shares" | "stock"));
    its || shares_of || shares || company_apposition(tokens, b) || company_noun_beside(tokens, a, b)
}

/// "the polling firm Enkoll", "the M23 rebel group": a lowercase noun for a company or group
/// right before the name, or within two lowercase words after it.
fn company_noun_beside(tokens: &[Token], a: usize, b: usize) -> bool {
    let noun = |t: &Token| !t.cap && words::is_company_noun(&t.key);
    let before = a >= 2
        && noun(&tokens[a - 1])
        && !tokens[a - 1].break_after
        && !tokens[a - 1].possessive
        && !tokens[a - 2].cap;
    let last = &tokens[b - 1];
    let after = !last.break_after
        && !last.possessive
        && (0..2).any(|n| {
            tokens.get(b..=b + n).is_some_and(|ts| {
                ts.iter().all(|t| !t.cap) && ts[..n].iter().all(|t| !t.break_after) && noun(&ts[n])
            })
        });
    before || after
}

/// "Mowi, the world's largest salmon producer, said": a company described right after its name.
fn company_apposition(tokens: &[Token], b: usize) -> bool {
    let Some(article) = tokens.get(b) else {
        return false;
    };
    if !tokens[b - 1].break_after || tokens[b - 1].possessive || article.sentence_start {
        return false;
    }
    // "Kenvue, which makes Band-Aid bandages": what a company makes or runs.
    if article.key == "which"
        && tokens.get(b + 1).is_some_and(|t| {
            matches!(
                t.key.as_ref(),
                "makes"
                    | "sells"
                    | "produces"
                    | "owns"
                    | "runs"
                    | "operates"
                    | "employs"
                    | "supplies"
                    | "builds"
                    | "manufactures"
                    | "publishes"
                    | "mines"
            )
        })
    {
        return true;
    }
    if !matches!(article.key.as_ref(), "the" | "a" | "an") {
        return false;
    }
    for t in tokens.iter().skip(b).take(7) {
        if words::is_company_noun(&t.key) {
            return true;
        }
        if t.break_after && !t.possessive {
            break;
        }
    }
    false
}

/// "the city of X", "in X", "near X", "north of X", "X-based": words around position `a`
/// that show a place.
pub(super) fn place_cue(tokens: &[Token], a: usize) -> bool {
    let before = |n: usize| a.checked_sub(n).map(|i| tokens[i].key.as_ref());
    let based = tokens[a..]
        .iter()
        .find(|t| t.break_after)
        .is_some_and(|t| matches!(t.compound, "based" | "born" | "headquartered"));
    if based {
        return true;
    }
    let of_place = before(1) == Some("of") && before(2).is_some_and(words::is_place_cue);
    // "in the Parque del Este"; but "in Guaidó's favour" is about a person, not a place.
    // "in nearby Barre", "in downtown Montpelier": a placing adjective may come between.
    let mut cue_at = if before(1) == Some("the") { 2 } else { 1 };
    if before(cue_at).is_some_and(words::is_place_adjective) {
        cue_at += 1;
    }
    // "mines around Obuasi", "schools across Mogotio".
    let in_place = matches!(
        before(cue_at),
        Some("in" | "near" | "outside" | "around" | "across")
    ) && !tokens[a].sentence_start
        && !tokens[a..].iter().take(4).any(|t| t.possessive);
    of_place || in_place
}
