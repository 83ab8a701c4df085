//! Context cues that show what a name is when its words alone do not: a wire dateline in
//! capitals, a list with a known place ("Austin and San Antonio"), "in"/"north of"/"X-based"
//! for places, and "X lowered its outlook", "shares of X", "X, the world's largest producer"
//! for companies.

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
/// place is a place.
pub(super) fn places_in_lists(tokens: &[Token], mentions: &mut [Mention]) {
    let joined = |a: &Mention, b: &Mention| {
        let between = &tokens[a.span.1..b.span.0];
        if tokens[b.span.0].sentence_start {
            return false;
        }
        match between {
            [] => tokens[a.span.1 - 1].break_after && !tokens[a.span.1 - 1].possessive,
            [t] => matches!(t.key.as_ref(), "and" | "or") && !tokens[a.span.1 - 1].break_after,
            _ => false,
        }
    };
    let place = |m: &Mention| m.kind == Some(ActorKind::Place) && m.evidence;
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if !matches!(m.origin, Origin::Run) || m.words != 1 || m.kind.is_some() {
            continue;
        }
        let before = i > 0 && place(&mentions[i - 1]) && joined(&mentions[i - 1], m);
        let after = mentions
            .get(i + 1)
            .is_some_and(|n| place(n) && joined(m, n));
        if before || after {
            mentions[i].kind = Some(ActorKind::Place);
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
    its || shares_of || shares || company_apposition(tokens, b)
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
