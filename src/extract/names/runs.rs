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
        if prev.break_after && possessive_goes_on(tokens, start, k - 1, &claimed) {
            k += 1;
            continue;
        }
        if prev.break_after {
            match comma_list_end(tokens, k - 1, via_of, &claimed) {
                Some(end) => {
                    k = end;
                    continue;
                }
                None => break,
            }
        }
        if t.skip || t.opens || claimed(k) {
            break;
        }
        // "the Liberal Democratic party": a party's name is often written with "party" in
        // lowercase.
        if t.key == "party" && !t.cap {
            k += 1;
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
        if t.text == "&" && !t.break_after && next_is_name(k + 1) {
            k += 2;
            continue;
        }
        // "Stop the Stadium Coalition", "Save the Children": a campaign named by a capitalised
        // verb mid-sentence, "the" and what it is about.
        let campaign = k == start + 1
            && t.key == "the"
            && !prev.sentence_start
            && !t.break_after
            && words::is_dictionary(&prev.key)
            && !words::is_calendar(&prev.key);
        if campaign && next_is_name(k + 1) {
            k += 2;
            continue;
        }
        // "Ingrid van der Merwe": one particle or a few in a row, then the rest of the name.
        // "Seumas Mac an t-Sealgair": Gaelic "an" after "Mac" or "Nic".
        let gaelic = |p: &Token| p.key == "an" && matches!(prev.key.as_ref(), "mac" | "nic");
        let particles = tokens[k..]
            .iter()
            .take(3)
            .take_while(|p| (words::is_particle(&p.key) || gaelic(p)) && !p.cap && !p.break_after)
            .count();
        if particles > 0 && next_is_name(k + particles) {
            k += particles + 1;
            continue;
        }
        if let Some(end) = and_org_end(tokens, start, k, &claimed) {
            k = end;
            continue;
        }
        // "Regional Court in Warsaw", "District Court in Gdańsk": a lower court is named by
        // its seat, a known place.
        if t.key == "in"
            && !t.break_after
            && lower_court(tokens, start, k)
            && let Some((h, _)) = hits.iter().find(|(h, _)| h.start == k + 1)
        {
            k = h.end;
            break;
        }
        // "Commission on Audit", "Authority on Development"; not "the Court on Friday".
        let on_name = t.key == "on"
            && words::is_org_suffix(&prev.key)
            && tokens.get(k + 1).is_some_and(|n| {
                !words::is_calendar(&n.key) && !words::is_common(&n.key) && n.key != "the"
            });
        // "Parents for Safer Streets", "Doctors for Clean Air": a group named by its members
        // and its cause.
        let members_for = k == start + 1
            && t.key == "for"
            && !prev.sentence_start
            && prev.key.ends_with('s')
            && words::is_dictionary(&prev.key);
        if (matches!(t.key.as_ref(), "of" | "for") || on_name)
            && (words::is_of_head(&prev.key) || via_of || members_for)
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
                if and && let Some(end) = and_part_end(tokens, k + 1, &claimed) {
                    k = end;
                }
                continue;
            }
            // "District Court of The Hague": the known name may begin with its "The".
            if let Some((h, _)) = hits
                .iter()
                .find(|(h, _)| (h.start == m && next_is_known(m)) || h.start == k + 1)
            {
                k = h.end;
                break;
            }
        }
        break;
    }
    k
}

/// Whether the run `start..at` ends in a lower court's name ("Regional Court", "District Court"),
/// which takes its seat after "in". An English district court is named without it ("the
/// District Court in Brisbane").
fn lower_court(tokens: &[Token], start: usize, at: usize) -> bool {
    at >= start + 2
        && tokens[at - 1].key == "court"
        && matches!(
            tokens[at - 2].key.as_ref(),
            "regional" | "provincial" | "administrative" | "municipal"
        )
}

/// "Queen's University", "Fishermen's Co-operative", "St Mary's Hospital": a name goes on
/// past a possessive at `at` when the possessor is a title, a plural noun or a saint, and a
/// body's or place's head word follows within three capitalised words. "Maduro's National
/// Guard" is the guard of a person named before it, so a name as possessor stops the run.
fn possessive_goes_on(
    tokens: &[Token],
    start: usize,
    at: usize,
    claimed: &dyn Fn(usize) -> bool,
) -> bool {
    let t = &tokens[at];
    if !t.possessive || t.comma {
        return false;
    }
    let key = t.key.as_ref();
    let plural =
        (key.ends_with('s') || key.ends_with("men") || key == "children" || key == "people")
            && (words::is_dictionary(key) || words::is_common(key));
    let saint = at > 0 && matches!(tokens[at - 1].key.as_ref(), "st" | "saint" | "s");
    // "United Nations Children's Fund": a known name right before the run is the first part
    // of a longer name the finder cannot put together, better left apart.
    let after_known = at == start && at > 0 && tokens[at - 1].cap && !tokens[at - 1].break_after;
    // "U.S. Attorney's Office", "the Cook County Sheriff's Office": a job's office is named
    // after it, whatever is before ("the Attorney's Office" alone names no one office).
    let job = words::is_title(key) || (words::is_role_head(key) && at > start);
    if !(job || plural || saint) || (after_known && !job) {
        return false;
    }
    let mut k = at + 1;
    while k <= at + 3
        && tokens
            .get(k)
            .is_some_and(|n| n.cap && !n.skip && !n.opens && !n.sentence_start && !claimed(k))
    {
        let key = tokens[k].key.as_ref();
        // "Federation of Railway Workers' Trade Unions": the head word may be plural.
        let singular = key.strip_suffix('s').unwrap_or(key);
        if words::is_org_suffix(key)
            || words::is_org_suffix(singular)
            || words::is_place_suffix(key)
        {
            return true;
        }
        if tokens[k].break_after {
            break;
        }
        k += 1;
    }
    false
}

/// "Ministry of Environment and Forestry", "Department of Economic and Community
/// Development", "College of Agricultural and Life Sciences": where the words from `at` (right
/// after an "and" inside an "of" part) still belong to the name, the position after them: one
/// word, or up to three ending in an ordinary or organisation's word. A part opening with a
/// proper name and ending in a body's head word is another body ("Department of Conservation and Waikato Regional Council").
fn and_part_end(tokens: &[Token], at: usize, claimed: &dyn Fn(usize) -> bool) -> Option<usize> {
    let name = |m: usize| {
        tokens
            .get(m)
            .is_some_and(|n| n.cap && !n.skip && !n.opens && !claimed(m))
    };
    if !name(at) {
        return None;
    }
    // One word: the name stops after it ("(DBM)" may follow).
    if tokens[at].break_after || tokens.get(at + 1).is_none_or(|n| !n.cap || n.opens) {
        return Some(at + 1);
    }
    let proper = !ordinary(&tokens[at]);
    let mut k = at;
    while k < at + 3 && name(k) {
        let key = tokens[k].key.as_ref();
        let ends = tokens[k].break_after || !name(k + 1);
        // A body's own head word ("Council", "Agency") after a proper name starts a new body.
        let body = words::is_of_head(key) && words::is_org_suffix(key);
        if ends && proper && body {
            return None;
        }
        if ends && (ordinary(&tokens[k]) || words::is_org_suffix(key)) {
            return Some(k + 1);
        }
        if tokens[k].break_after {
            return None;
        }
        k += 1;
    }
    None
}

/// A word that names a field or kind rather than someone: "Life", "Soil", "Human", "Social",
/// "Not-for-profits".
fn ordinary(t: &Token) -> bool {
    let compound = t.text.contains('-')
        && t.text
            .split('-')
            .skip(1)
            .all(|p| p.chars().all(char::is_lowercase));
    !t.is_acronym() && (words::is_dictionary(&t.key) || words::is_org_word(&t.key) || compound)
}

/// "Ministry of Trade, Industry and Energy", "Philippine Atmospheric, Geophysical and
/// Astronomical Services Administration": at a comma after word `at`, a list of single
/// capitalised words closed by "and" and a last part that ends in an organisation's head word
/// (or, inside an "of" part, is one word) goes on with the name. Returns the position after it.
fn comma_list_end(
    tokens: &[Token],
    at: usize,
    via_of: bool,
    claimed: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !tokens[at].comma || tokens[at].possessive {
        return None;
    }
    let item = |m: usize| {
        tokens.get(m).is_some_and(|n| {
            n.cap && !n.skip && !n.opens && !n.sentence_start && !n.is_acronym() && !claimed(m)
        })
    };
    let mut k = at + 1;
    while item(k) && tokens[k].comma && k < at + 6 {
        k += 1;
    }
    if !item(k) || tokens[k].break_after {
        return None;
    }
    let and = k + 1;
    if tokens
        .get(and)
        .is_none_or(|t| t.key != "and" || t.break_after)
    {
        return None;
    }
    let mut end = and + 1;
    while item(end) && end < and + 5 {
        if words::is_org_suffix(&tokens[end].key) {
            return Some(end + 1);
        }
        if tokens[end].break_after {
            break;
        }
        end += 1;
    }
    let one_word = item(and + 1) && (tokens[and + 1].break_after || !item(and + 2));
    if via_of && one_word {
        return Some(and + 2);
    }
    // "Department of Agriculture, Environment and Rural Affairs": inside an "of" part, a last
    // item of a few words ending in an organisation's word.
    via_of
        .then(|| and_part_end(tokens, and + 1, claimed))
        .flatten()
}

/// "Canada Mortgage and Housing Corporation": at an "and" inside a run, where the words after
/// it end in an organisation's head word, the position after that head word. Two bodies joined
/// by "and" stay apart: a run already ending in a head word ("KCB Group and Equity Group"), or
/// one of several words followed by a proper name ("Tata Sons and Reliance Industries").
fn and_org_end(
    tokens: &[Token],
    start: usize,
    at: usize,
    claimed: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if tokens[at].key != "and" || tokens[at].break_after || tokens[at - 1].break_after {
        return None;
    }
    // "The Water and Sewerage Regulatory Authority": an article opening the run is no word
    // of the name.
    let start = if matches!(tokens[start].key.as_ref(), "the" | "a" | "an") && start + 1 < at {
        start + 1
    } else {
        start
    };
    let complete = words::is_org_suffix(&tokens[at - 1].key) && at - 1 > start;
    let proper_after = at - start >= 2 && tokens.get(at + 1).is_some_and(|t| !ordinary(t));
    if complete || proper_after {
        return None;
    }
    // "Forests and Lakes Canada": ordinary words on both sides and a country after them.
    let english = |t: &Token| words::is_english(t.text, &t.key);
    let ordinary_before = tokens[start..at].iter().all(english);
    let mut k = at + 1;
    while k < tokens.len() && k <= at + 4 && tokens[k].cap && !tokens[k].skip && !claimed(k) {
        if words::is_org_suffix(&tokens[k].key) {
            return Some(k + 1);
        }
        let place_ends = tokens[k].place
            && k > at + 1
            && ordinary_before
            && tokens[at + 1..k].iter().all(english)
            && (tokens[k].break_after || tokens.get(k + 1).is_none_or(|n| !n.cap));
        if place_ends {
            return Some(k + 1);
        }
        if tokens[k].break_after {
            return None;
        }
        k += 1;
    }
    None
}
