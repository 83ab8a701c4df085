//! A first guess at a mention's kind from its own words (organisation and place head words,
//! organisation words, place prefixes, "&", a leading acronym) and from the words around it
//! (a title, a verb of speech, a place or company cue), with whether it rests on evidence.

use super::hits::team_word;
use super::lone::{lone_body, lone_person, place_within, way_end};
use crate::config::ActorKind;
use crate::extract::cues::{org_cue, place_cue};
use crate::extract::tokens::Token;
use crate::extract::words;

/// Whether a span reads as an organisation by its head word: "Government", "Medical
/// Association", "Institute of Marine Science".
pub(super) fn names_organisation(span: &[Token]) -> bool {
    let last = &span[span.len() - 1].key;
    words::is_org_suffix(last) || of_head(span).is_some_and(words::is_org_suffix)
}

/// The word before the first "of" or "for" inside a span, which is its head: "Supreme Tribunal
/// of Justice", "Gulf of Mexico", "Office for the Coordination of …".
fn of_head<'a>(span: &'a [Token]) -> Option<&'a str> {
    span.iter()
        .position(|t| matches!(t.key.as_ref(), "of" | "for"))
        .filter(|&i| i > 0)
        .map(|i| span[i - 1].key.as_ref())
}

/// "Bayero University Kano", "Queen's University Belfast": a body's head word that can take
/// "of" inside a name, not at its ends, makes it the body's name with its seat after.
fn inner_org_head(span: &[Token]) -> bool {
    span.len() >= 3
        && span[1..span.len() - 1]
            .iter()
            .any(|t| t.cap && words::is_of_head(&t.key) && words::is_org_suffix(&t.key))
}

/// The kind of tokens `a..b` and whether it rests on evidence.
pub(super) fn kind_of(
    tokens: &[Token],
    a: usize,
    b: usize,
    titled: bool,
) -> (Option<ActorKind>, bool) {
    let span = &tokens[a..b];
    let last = &span[span.len() - 1].key;
    let of_head = of_head(span);
    // A head word alone ("Council member …", "the Ombudsman's Office said") names nothing.
    let lone_head = span.len() == 1 && !span[0].is_acronym();
    if lone_head && (words::is_org_suffix(last) || words::is_place_suffix(last)) {
        return (None, false);
    }
    if !lone_head && (words::is_org_suffix(last) || of_head.is_some_and(words::is_org_suffix)) {
        return (Some(ActorKind::Organization), true);
    }
    if inner_org_head(span) {
        return (Some(ActorKind::Organization), true);
    }
    // "Dr Helen Strand", "Senator Ann Park": after a title, a place's head word is a surname.
    if titled && (2..=3).contains(&span.len()) && span.iter().all(name_like) {
        return (Some(ActorKind::Person), true);
    }
    if !lone_head && (words::is_place_suffix(last) || of_head.is_some_and(words::is_place_suffix)) {
        return (Some(ActorKind::Place), true);
    }
    if titled {
        return (Some(ActorKind::Person), true);
    }
    // "Los Angeles Lakers": a place of two words and a plural after it is a team.
    let (place, rest) = span.split_at(span.len() - 1);
    if place.len() >= 2 && place.iter().all(|t| t.place) && !rest[0].place && team_word(&rest[0]) {
        return (Some(ActorKind::Organization), true);
    }
    if span.len() >= 2 && named_for_place(span) {
        return (Some(ActorKind::Organization), true);
    }
    // "Conradh na Fíodóirí", "Samahan ng Mangingisda", "Comann nan Iasgairean": Irish "na",
    // Gaelic "nan" and "nam" and Filipino "ng", "mga" join the words of a body's name, never a
    // person's.
    if span
        .iter()
        .any(|t| !t.cap && matches!(t.key.as_ref(), "na" | "nan" | "nam" | "ng" | "mga"))
    {
        return (Some(ActorKind::Organization), true);
    }
    // "North Pacific", "Upper Marrowby", "Nakuru South"; not a team ("North Harbour Sharks").
    let modifier = |t: &Token| t.cap && words::is_place_modifier(&t.key);
    let team = last.ends_with('s') && words::is_english(span[span.len() - 1].text, last);
    if span.len() >= 2 && !team && (modifier(&span[0]) || modifier(&span[span.len() - 1])) {
        return (Some(ActorKind::Place), true);
    }
    // "the Francisco Fajardo highway", "the Guri dam", "the Dalisay area": a lowercase place
    // noun right after.
    let place_noun = |k: &str| {
        words::is_place_suffix(k)
            || matches!(
                k,
                "area" | "areas" | "rivers" | "estuary" | "reserve" | "reserves" | "terminal"
            )
    };
    if tokens.get(b).is_some_and(|t| !t.cap && place_noun(&t.key)) && !tokens[b - 1].break_after {
        return (Some(ActorKind::Place), true);
    }
    let speaks = tokens.get(b).is_some_and(|t| words::is_speech_verb(&t.key));
    if span.len() == 1 {
        if span[0].is_acronym() && span[0].text.len() <= 8 {
            return (Some(ActorKind::Organization), true);
        }
        if span[0].party_place {
            return (Some(ActorKind::Place), true);
        }
        if org_cue(tokens, a, b) || lone_body(tokens, a) {
            return (Some(ActorKind::Organization), true);
        }
        if speaks
            || lone_person(tokens, a)
            || tokens.get(b).is_some_and(|t| words::is_leader_noun(&t.key))
        {
            return (Some(ActorKind::Person), true);
        }
        let placed = way_end(tokens, a) || place_within(tokens, a);
        return if place_cue(tokens, a) || route_cue(tokens, a, b) || placed {
            (Some(ActorKind::Place), true)
        } else {
            (None, false)
        };
    }
    if span.iter().any(|t| words::is_org_word(&t.key)) {
        return (Some(ActorKind::Organization), false);
    }
    if words::is_place_prefix(&span[0].key) {
        return (Some(ActorKind::Place), false);
    }
    // "Johnson & Johnson", "Smith & Wesley": partners' names joined by "&" make a firm's.
    if span.len() >= 3 && span.iter().any(|t| t.text == "&") {
        return (Some(ActorKind::Organization), true);
    }
    // "SK Hynix", "HSBC Holdings": an undotted acronym before a name is a company's.
    let letters = |t: &Token| t.text.chars().filter(|c| c.is_alphabetic()).count();
    if span[0].is_acronym()
        && !span[0].text.contains('.')
        && letters(&span[0]) >= 2
        && span[1..].iter().all(|t| t.cap && !t.is_acronym())
    {
        return (Some(ActorKind::Organization), false);
    }
    // "Climate Change Canada", "Football Confederation": ordinary words make a body's name,
    // while a person's name holds one at most ("Donald Tusk"). Nor does a person's name end in
    // a plural noun ("Tidewater Estates", "Harbour Developments"); surnames that are words too
    // ("Woods", "Banks") are not on the list.
    let ordinary = span
        .iter()
        .filter(|t| words::is_english(t.text, &t.key))
        .count();
    let ends_ordinary =
        last.ends_with('s') && words::is_dictionary(last) && !span[span.len() - 1].is_acronym();
    if ordinary >= 2 && !speaks || ends_ordinary {
        return (Some(ActorKind::Organization), false);
    }
    // A name written in capitals ("JUAN GUAIDÓ") is still a name.
    let named = span.iter().all(name_like)
        || span
            .iter()
            .all(|t| t.is_acronym() && t.text.chars().count() > 2);
    if named && (place_cue(tokens, a) || route_cue(tokens, a, b)) && !speaks {
        (Some(ActorKind::Place), true)
    } else if named {
        (Some(ActorKind::Person), speaks)
    } else {
        (None, false)
    }
}

/// "from Kelvara to Duneholm", "as far as Marrick", "towards Ballisk", "a harbour like
/// Tobermay", "areas such as Glenvarra", "at Carrowfin near Ballisk": words around tokens
/// `a..b` that show a place, a route's ends or a place named as an example of one.
fn route_cue(tokens: &[Token], a: usize, b: usize) -> bool {
    let before = |n: usize| a.checked_sub(n).map(|i| tokens[i].key.as_ref());
    let after = |n: usize| tokens.get(b + n).filter(|_| !tokens[b - 1].break_after);
    let key_after = |n: usize| after(n).map(|t| t.key.as_ref());
    let name_after = |n: usize| after(n).is_some_and(|t| t.cap && !t.skip);
    let place_noun = |k: Option<&str>| {
        k.is_some_and(|k| {
            matches!(
                k,
                "harbour"
                    | "harbours"
                    | "harbor"
                    | "harbors"
                    | "port"
                    | "ports"
                    | "town"
                    | "towns"
                    | "village"
                    | "villages"
                    | "city"
                    | "cities"
                    | "area"
                    | "areas"
                    | "region"
                    | "regions"
                    | "suburb"
                    | "suburbs"
                    | "district"
                    | "districts"
                    | "places"
                    | "island"
                    | "islands"
                    | "communities"
                    | "destinations"
                    | "spots"
            )
        })
    };
    let from_to = before(1) == Some("from") && key_after(0) == Some("to") && name_after(1);
    let to_from = before(1) == Some("to")
        && (2..=4).any(|n| before(n) == Some("from"))
        && (2..a.min(4)).all(|n| before(n) == Some("from") || tokens[a - n].cap);
    let as_far_as = (before(3), before(2), before(1)) == (Some("as"), Some("far"), Some("as"));
    let towards = matches!(before(1), Some("towards" | "toward"));
    let example = (before(1) == Some("like") && place_noun(before(2)))
        || (before(2) == Some("such") && before(1) == Some("as") && place_noun(before(3)));
    let near = key_after(0) == Some("near") && name_after(1);
    let route = route_end(tokens, a, b);
    !tokens[a].sentence_start
        && (from_to || to_from || as_far_as || towards || example || near || route)
}

/// "the Dunmore to Kelvara ferry", "the Kelvara to Ballisk road": a route named by its two
/// ends, one of which is at tokens `a..b`.
fn route_end(tokens: &[Token], a: usize, b: usize) -> bool {
    let service = |t: &Token| {
        !t.cap
            && matches!(
                t.key.as_ref(),
                "service"
                    | "services"
                    | "route"
                    | "routes"
                    | "ferry"
                    | "ferries"
                    | "flight"
                    | "flights"
                    | "sailing"
                    | "sailings"
                    | "crossing"
                    | "road"
                    | "railway"
                    | "line"
            )
    };
    // The other end's capitalised words from `k`, then the route's noun.
    let end_then_noun = |mut k: usize| {
        let from = k;
        while tokens.get(k).is_some_and(|t| t.cap && !t.skip) {
            if tokens[k].break_after {
                return false;
            }
            k += 1;
        }
        k > from && tokens.get(k).is_some_and(service)
    };
    let to = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.key == "to" && !t.break_after)
    };
    let first = !tokens[b - 1].break_after && to(b) && end_then_noun(b + 1);
    let second = a >= 2
        && to(a - 1)
        && tokens[a - 2].cap
        && !tokens[a - 2].break_after
        && !tokens[b - 1].break_after
        && tokens.get(b).is_some_and(service);
    first || second
}

/// "Surveys Canada", "Forests and Lakes Canada", "Ghana Water": a known place and
/// ordinary words, before or after it, name a body (an agency, a utility) rather than a
/// person or a place. A town first may be a given name ("Florence", "Van"), so only a
/// well-known place counts there.
fn named_for_place(span: &[Token]) -> bool {
    let ordinary = |t: &Token| {
        (t.cap && words::is_english(t.text, &t.key)
            || matches!(t.key.as_ref(), "and" | "of" | "for"))
            && !t.place
            && !words::is_place_modifier(&t.key)
            && !words::is_place_prefix(&t.key)
            && !words::is_place_suffix(&t.key)
    };
    let places = span.iter().filter(|t| t.place).count();
    let place_first = span.iter().take(places).all(|t| t.major_place);
    let place_last = span.iter().rev().take(places).all(|t| t.place);
    let others = span.iter().filter(|t| !t.place);
    places > 0
        && places < span.len()
        && (place_first || place_last)
        && others.clone().all(ordinary)
        && others.clone().any(|t| t.cap)
}

/// A word that can be part of a person's name: capitalised letters, or an initial ("H.R.").
pub(super) fn name_like(t: &Token) -> bool {
    // Gaelic "an" only gets inside a run after "Mac" or "Nic" ("Mac an t-Sealgair").
    if words::is_particle(&t.key) || t.text == "an" {
        return true;
    }
    let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
    t.cap && letters >= 1 && (!t.is_acronym() || t.text.contains('.') || letters == 1)
}
