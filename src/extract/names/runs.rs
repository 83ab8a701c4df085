//! Where a run of capitalised words ends: through particles, "&", "of"/"for" after an
//! organisation's or place's head word ("Ministry of Environment and Forestry") and "and" before
//! an organisation's head word ("Canada Mortgage and Housing Corporation").

use super::Origin;
use crate::extract::gazetteer::Hit;
use crate::extract::tokens::Token;
use crate::extract::words;

/// Where a run of capitalised words starting at `start` ends (exclusive).
pub(super) fn run_end(tokens: &[Token], start: usize, hits: &[(Hit, Origin)]) -> usize {
    let claimed = |k: usize| hits.iter().any(|(h, _)| h.start <= k && k < h.end);
    let mut k = start + 1;
    // "Office for the Coordination of Humanitarian Affairs": once a name goes on past "of" or
    // "for", a second "of" goes on too.
    let mut via_of = false;
    while k < tokens.len() {
        let prev = &tokens[k - 1];
        let t = &tokens[k];
        if prev.break_after || t.skip || t.opens || claimed(k) {
            break;
        }
        if t.cap {
            k += 1;
            continue;
        }
        let next_is_name = |m: usize| {
            tokens
                .get(m)
                .is_some_and(|n| n.cap && !n.skip && !n.opens && !claimed(m))
        };
        // "University Hospital of Caracas": a known place after "of" belongs to the name.
        let next_is_known = |m: usize| {
            tokens
                .get(m)
                .is_some_and(|n| n.cap && !n.skip && claimed(m))
        };
        if (words::is_particle(&t.key) || t.text == "&") && !t.break_after && next_is_name(k + 1) {
            k += 2;
            continue;
        }
        if let Some(end) = and_org_end(tokens, k, &claimed) {
            k = end;
            continue;
        }
        if matches!(t.key.as_ref(), "of" | "for")
            && (words::is_of_head(&prev.key) || via_of)
            && !t.break_after
        {
            let m = if tokens
                .get(k + 1)
                .is_some_and(|n| n.key == "the" && !n.break_after)
            {
                k + 2
            } else {
                k + 1
            };
            if next_is_name(m) {
                k = m + 1;
                via_of = true;
                // "Ministry of Environment and Forestry": "and" goes on inside the "of" part.
                while tokens
                    .get(k)
                    .is_some_and(|t| t.cap && !tokens[k - 1].break_after)
                {
                    k += 1;
                }
                let and = tokens
                    .get(k)
                    .is_some_and(|t| t.key == "and" && !tokens[k - 1].break_after);
                let one_word = |m: usize| tokens.get(m + 1).is_none_or(|n| !n.cap);
                if and && next_is_name(k + 1) && one_word(k + 1) {
                    k += 2;
                }
                continue;
            }
            if let Some((h, _)) = hits
                .iter()
                .find(|(h, _)| h.start == m)
                .filter(|_| next_is_known(m))
            {
                k = h.end;
                break;
            }
        }
        break;
    }
    k
}

/// "Canada Mortgage and Housing Corporation": at an "and" inside a run, where the words after
/// it end in an organisation's head word, the position after that head word.
fn and_org_end(tokens: &[Token], at: usize, claimed: &dyn Fn(usize) -> bool) -> Option<usize> {
    if tokens[at].key != "and" || tokens[at].break_after || tokens[at - 1].break_after {
        return None;
    }
    let mut k = at + 1;
    while k < tokens.len() && k <= at + 4 && tokens[k].cap && !tokens[k].skip && !claimed(k) {
        if words::is_org_suffix(&tokens[k].key) {
            return Some(k + 1);
        }
        if tokens[k].break_after {
            return None;
        }
        k += 1;
    }
    None
}
