//! Gazetteer matches in a paragraph, and when to trust them: a known name inside a longer unknown
//! one ("Linda Oxford", "Peoples Democratic Party") yields to the run of capitals around it, a
//! one-word place before a name is a first name ("Jordan Peterson"), and a town after a title is a
//! person ("Mr Lima").

use super::classify::is_leading_noise;
use super::{Mention, Origin, after_the, join};
use crate::config::ActorKind;
use crate::extract::gazetteer::{Gazetteer, Hit, Tier};
use crate::extract::tokens::Token;
use crate::extract::words;

/// "U.S. President Donald Trump", "Defense Minister Vladimir Padrino": a run ending in a title
/// right before a known or configured name is that name's role, not an actor of its own.
pub(super) fn title_before_hit(tokens: &[Token], end: usize, hits: &[(Hit, Origin)]) -> bool {
    end > 0
        && words::is_title(&tokens[end - 1].key)
        && !tokens[end - 1].break_after
        && hits.first().is_some_and(|(h, _)| h.start == end)
}

/// Marks the words of every known place's name, including places inside longer names that
/// the finder does not keep as matches ("Canada" in "Surveys Canada"), and of the
/// well-known ones among them (countries, capitals: towns and regions are often people's
/// names too, "Van", "Ann").
pub(super) fn mark_places(tokens: &mut [Token], found: &[Hit], builtin: &Gazetteer) {
    for h in found {
        let e = &builtin.entries[h.entry];
        if e.kind == Some(ActorKind::Place) {
            for t in &mut tokens[h.start..h.end] {
                t.place = true;
                t.major_place = e.tier == Tier::Strong;
            }
        }
    }
}

/// Configured matches first; built-in ones only where no configured one overlaps.
pub(super) fn merged_hits(
    tokens: &[Token],
    found: &[Hit],
    builtin: &Gazetteer,
    configured: Option<&Gazetteer>,
) -> Vec<(Hit, Origin)> {
    let mut hits: Vec<(Hit, Origin)> = Vec::new();
    if let Some(c) = configured {
        hits.extend(
            c.find(tokens)
                .into_iter()
                .map(|h| (h, Origin::Configured(h.entry))),
        );
    }
    for &h in found {
        let tier = builtin.entries[h.entry].tier;
        if tier == Tier::Weak && inside_longer_name(tokens, &h) {
            continue;
        }
        if tier == Tier::Strong && inside_unknown_name(tokens, &h, found, builtin) {
            continue;
        }
        if !hits.iter().any(|(o, _)| h.start < o.end && o.start < h.end) {
            hits.push((h, Origin::Known(h.entry, builtin.entries[h.entry].tier)));
        }
    }
    hits.sort_by_key(|(h, _)| h.start);
    hits
}

/// Whether a match touches capitalised words on either side with no punctuation between
/// ("Simón Bolívar International Bridge", "Luis Herrera"): then it is part of a longer name.
fn inside_longer_name(tokens: &[Token], hit: &Hit) -> bool {
    let before = hit
        .start
        .checked_sub(1)
        .map(|i| &tokens[i])
        .is_some_and(|t| t.cap && !t.break_after && !t.skip);
    let last = &tokens[hit.end - 1];
    let after = tokens
        .get(hit.end)
        .is_some_and(|t| t.cap && !last.break_after && !t.opens && !t.skip);
    // "Gulf of Maine": a head word with "of" and a name after it.
    let of_name = words::is_of_head(&last.key)
        && !last.break_after
        && tokens
            .get(hit.end)
            .is_some_and(|t| t.key == "of" && !t.break_after)
        && tokens.get(hit.end + 1).is_some_and(|t| t.cap);
    // "Salar de Atacama", "Puebla de Zaragoza": a particle between the match and another name.
    let particle = |t: &Token| words::is_particle(&t.key) && !t.cap && !t.break_after;
    let particle_before = hit.start >= 2
        && particle(&tokens[hit.start - 1])
        && (tokens[hit.start - 2].cap && !tokens[hit.start - 2].break_after);
    let particle_after = !last.break_after
        && tokens.get(hit.end).is_some_and(particle)
        && tokens.get(hit.end + 1).is_some_and(|t| t.cap && !t.skip);
    before || after || of_name || particle_before || particle_after
}

/// A known name that is only part of a longer one the gazetteer does not know: after a first
/// name ("João Batista Lima", "Linda Oxford"), after another word of an organisation's name
/// ("Peoples Democratic Party"), or before words ending in an organisation's head word
/// ("Independent National Electoral Commission").
fn inside_unknown_name(tokens: &[Token], hit: &Hit, hits: &[Hit], builtin: &Gazetteer) -> bool {
    // A state or region inside the words after does not stop them ("US Gulf Coast"), nor a
    // known body that goes on with "of" ("Oregon State Department of Fisheries").
    let in_other_hit = |i: usize| {
        hits.iter().any(|h| {
            h.start <= i
                && i < h.end
                && builtin.entries[h.entry].tier == Tier::Strong
                && !goes_on_with_of(tokens, h, builtin)
        })
    };
    // "Arizona Supreme Court": a state or town names the court's seat, inside its name.
    let in_strong_hit = |i: usize| {
        hits.iter()
            .any(|h| h.start <= i && i < h.end && builtin.entries[h.entry].tier == Tier::Strong)
    };
    let before = hit.start.checked_sub(1).is_some_and(|i| {
        let t = &tokens[i];
        t.cap
            && !t.break_after
            && !t.skip
            && !t.is_acronym()
            && !in_strong_hit(i)
            && !is_leading_noise(t, true)
            && !words::is_title(&t.key)
            && !words::is_demonym(&t.key)
            && !words::is_place_prefix(&t.key)
            && !words::is_not_actor(&t.key)
    });
    if before {
        return true;
    }
    if tokens[hit.end - 1].break_after {
        return false;
    }
    if goes_on_with_of(tokens, hit, builtin) || city_team(tokens, hit, builtin) {
        return true;
    }
    let mut k = hit.end;
    let connector = |t: &Token| matches!(t.key.as_ref(), "of" | "and" | "for");
    while tokens.get(k).is_some_and(|t| {
        (t.cap || connector(t) && k > hit.end) && !t.skip && !t.opens && !in_other_hit(k)
    }) {
        // "South China Sea": a place's head word right after it, or ending the words after
        // it ("US East Coast").
        let ends = tokens[k].break_after || tokens.get(k + 1).is_none_or(|n| !n.cap);
        let place_head = (k == hit.end || ends) && words::is_place_suffix(&tokens[k].key);
        if words::is_org_suffix(&tokens[k].key) || place_head || job_office(tokens, k) {
            return true;
        }
        if tokens[k].break_after {
            break;
        }
        k += 1;
    }
    false
}

/// "Los Angeles Lakers", "New York Knicks": a place of two words or more and one capitalised
/// plural after it, ending the name, is a team's (no surname follows a place's two words).
fn city_team(tokens: &[Token], hit: &Hit, builtin: &Gazetteer) -> bool {
    let k = hit.end;
    hit.end - hit.start >= 2
        && builtin.entries[hit.entry].kind == Some(ActorKind::Place)
        && tokens.get(k).is_some_and(|t| team_word(t))
        && (tokens[k].break_after || tokens.get(k + 1).is_none_or(|n| !n.cap))
}

/// A capitalised plural that is no head word: a team's nickname ("Lakers", "Giants").
pub(super) fn team_word(t: &Token) -> bool {
    t.cap
        && !t.skip
        && !t.possessive
        && !t.is_acronym()
        && t.key.len() > 3
        && t.key.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| t.key.ends_with(e))
        && !words::is_org_suffix(&t.key)
        && !words::is_place_suffix(&t.key)
}

/// "U.S. Attorney's Office": a job's possessive at `k` before a body's head word names an office.
fn job_office(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.possessive
        && !t.comma
        && (words::is_role_head(&t.key) || words::is_title(&t.key))
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.cap && words::is_org_suffix(&n.key))
}

/// "State Department of Fisheries", "High Court of Appeal": a known body whose head word goes
/// on with "of" and a capitalised word is the start of a longer name the gazetteer does not
/// know.
fn goes_on_with_of(tokens: &[Token], hit: &Hit, builtin: &Gazetteer) -> bool {
    let last = &tokens[hit.end - 1];
    words::is_of_head(&last.key)
        && !last.break_after
        && builtin.entries[hit.entry].kind == Some(ActorKind::Organization)
        && tokens
            .get(hit.end)
            .is_some_and(|t| t.key == "of" && !t.break_after)
        && tokens.get(hit.end + 1).is_some_and(|t| t.cap && !t.skip)
}

/// "Jordan Peterson", "Chad Smith": a one-word place followed by a capitalised word that is no
/// title, head word or place is more likely a person's first name.
pub(super) fn starts_person_name(tokens: &[Token], hit: &Hit, origin: Origin) -> bool {
    if !matches!(origin, Origin::Known(..))
        || hit.end != hit.start + 1
        || tokens[hit.start].break_after
    {
        return false;
    }
    let first = &tokens[hit.start];
    let Some(next) = tokens.get(hit.end) else {
        return false;
    };
    !first.is_acronym()
        && next.cap
        && !next.skip
        && !next.opens
        && !words::is_title(&next.key)
        && !words::is_org_suffix(&next.key)
        && !words::is_place_suffix(&next.key)
        && !words::is_calendar(&next.key)
        && !words::is_demonym(&next.key)
        && next.key != "s"
}

pub(super) fn hit_mention(
    tokens: &[Token],
    hit: &Hit,
    origin: Origin,
    builtin: &Gazetteer,
    configured: Option<&Gazetteer>,
) -> Mention {
    let span = &tokens[hit.start..hit.end];
    let entry = match origin {
        Origin::Configured(e) => configured.map(|c| &c.entries[e]),
        _ => Some(&builtin.entries[hit.entry]),
    };
    // "Mr Lima", "President Jackson": a town's name after a title is a person's.
    let titled = hit.start > 0
        && words::is_title(&tokens[hit.start - 1].key)
        && tokens[hit.start - 1].cap
        && !tokens[hit.start - 1].break_after;
    if titled && matches!(origin, Origin::Known(_, Tier::Weak)) && span.len() == 1 {
        return Mention {
            name: join(span),
            words: 1,
            kind: Some(ActorKind::Person),
            evidence: true,
            role: Some(tokens[hit.start - 1].text.to_string()),
            acronym: None,
            sentence_start: false,
            after_the: false,
            origin: Origin::Run,
            span: (hit.start, hit.end),
            known_as: false,
            opens_sentence: false,
        };
    }
    Mention {
        name: join(span),
        words: span.len(),
        kind: entry.and_then(|e| e.kind),
        evidence: true,
        role: None,
        acronym: None,
        sentence_start: span.len() == 1 && span[0].sentence_start,
        after_the: after_the(tokens, hit.start),
        origin,
        span: (hit.start, hit.end),
        known_as: false,
        opens_sentence: false,
    }
}
