//! Finding name mentions in one paragraph: gazetteer matches first, then runs of capitalised
//! words, with sentence-initial common words, titles and nationality adjectives stripped, and a
//! first guess at each mention's kind from head words, titles and context.
//!
//! Merging mentions into actors (surnames, acronyms, accents) is [`super::actors`]' job.

use super::cues::{org_cue, place_cue, places_in_lists, shouted_dateline};
use super::gazetteer::{Gazetteer, Hit, Tier};
use super::tokens::{Token, tokenize};
use super::words;
use crate::config::ActorKind;

/// Where a mention came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A site.toml actor (index into the configured gazetteer).
    Configured(usize),
    /// A built-in gazetteer entry.
    Known(usize, Tier),
    /// A run of capitalised words.
    Run,
}

/// One name as written in the text.
#[derive(Debug, Clone)]
pub struct Mention {
    /// The name without titles ("Nicolás Maduro").
    pub name: String,
    /// Number of words in the name (particles included).
    pub words: usize,
    /// The kind, when anything shows it.
    pub kind: Option<ActorKind>,
    /// Whether the kind rests on evidence (a title, a head word, a verb of speech, a cue)
    /// rather than on the default that two capitalised words are a person.
    pub evidence: bool,
    /// A title written before the name.
    pub role: Option<String>,
    /// An acronym in parentheses right after the name: "(AP)".
    pub acronym: Option<String>,
    /// A one-word name at the start of a sentence, where capitals prove nothing.
    pub sentence_start: bool,
    /// Written after "the" ("the Kremlin", "the Telegraph"): not how people are named.
    pub after_the: bool,
    /// Where it came from.
    pub origin: Origin,
    /// Tokens `span.0..span.1` of the paragraph.
    pub span: (usize, usize),
    /// Written right after "known as" or "dubbed": another name of the mention before it.
    pub known_as: bool,
    /// Its first word opens a sentence, where a capital proves nothing ("Solicitor Ann Lee").
    pub opens_sentence: bool,
}

/// Every mention in `para`, in order.
pub fn find(para: &str, builtin: &Gazetteer, configured: Option<&Gazetteer>) -> Vec<Mention> {
    let tokens = tokenize(para);
    let hits = merged_hits(&tokens, builtin, configured);
    let mut out = Vec::new();
    let mut next_hit = 0;
    let mut i = 0;
    if let Some(m) = shouted_dateline(&tokens, &hits) {
        i = m.span.1;
        out.push(m);
    }
    while i < tokens.len() {
        while next_hit < hits.len() && hits[next_hit].0.start < i {
            next_hit += 1;
        }
        if let Some(&(hit, origin)) = hits.get(next_hit).filter(|(h, _)| h.start == i)
            && !starts_person_name(&tokens, &hit, origin)
        {
            let mut m = hit_mention(&tokens, &hit, origin, builtin, configured);
            i = take_acronym(&tokens, hit.end, &mut m);
            out.push(m);
            continue;
        }
        let t = &tokens[i];
        if !t.cap || t.skip {
            i += 1;
            continue;
        }
        let end = run_end(&tokens, i, &hits[next_hit..]);
        if title_before_hit(&tokens, end, &hits[next_hit..]) {
            i = end;
            continue;
        }
        match classify(&tokens, i, end) {
            Some(mut m) => {
                i = take_acronym(&tokens, end, &mut m);
                out.push(m);
            }
            None => i = end,
        }
    }
    places_in_lists(&tokens, &mut out);
    for m in &mut out {
        let before = |n: usize| m.span.0.checked_sub(n).map(|i| tokens[i].key.as_ref());
        m.known_as = matches!((before(2), before(1)), (Some("known"), Some("as")))
            || matches!(before(1), Some("dubbed" | "nicknamed" | "aka"));
    }
    out
}

/// "U.S. President Donald Trump", "Defense Minister Vladimir Padrino": a run ending in a title
/// right before a known or configured name is that name's role, not an actor of its own.
fn title_before_hit(tokens: &[Token], end: usize, hits: &[(Hit, Origin)]) -> bool {
    end > 0
        && words::is_title(&tokens[end - 1].key)
        && !tokens[end - 1].break_after
        && hits.first().is_some_and(|(h, _)| h.start == end)
}

/// Configured matches first; built-in ones only where no configured one overlaps.
fn merged_hits(
    tokens: &[Token],
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
    let found = builtin.find(tokens);
    for &h in &found {
        let tier = builtin.entries[h.entry].tier;
        if tier == Tier::Weak && inside_longer_name(tokens, &h) {
            continue;
        }
        if tier == Tier::Strong && inside_unknown_name(tokens, &h, &found) {
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
    before || after || of_name
}

/// A known name that is only part of a longer one the gazetteer does not know: after a first
/// name ("João Batista Lima", "Linda Oxford"), after another word of an organisation's name
/// ("Peoples Democratic Party"), or before words ending in an organisation's head word
/// ("Independent National Electoral Commission").
fn inside_unknown_name(tokens: &[Token], hit: &Hit, hits: &[Hit]) -> bool {
    let in_other_hit = |i: usize| hits.iter().any(|h| h.start <= i && i < h.end);
    let before = hit.start.checked_sub(1).is_some_and(|i| {
        let t = &tokens[i];
        t.cap
            && !t.break_after
            && !t.skip
            && !t.is_acronym()
            && !in_other_hit(i)
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
    let mut k = hit.end;
    let connector = |t: &Token| matches!(t.key.as_ref(), "of" | "and" | "for");
    while tokens.get(k).is_some_and(|t| {
        (t.cap || connector(t) && k > hit.end) && !t.skip && !t.opens && !in_other_hit(k)
    }) {
        if words::is_org_suffix(&tokens[k].key) {
            return true;
        }
        if tokens[k].break_after {
            break;
        }
        k += 1;
    }
    false
}

/// "Jordan Peterson", "Chad Smith": a one-word place followed by a capitalised word that is no
/// title, head word or place is more likely a person's first name.
fn starts_person_name(tokens: &[Token], hit: &Hit, origin: Origin) -> bool {
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

fn hit_mention(
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

/// Whether the word before position `at` is "the".
fn after_the(tokens: &[Token], at: usize) -> bool {
    at > 0 && tokens[at - 1].key == "the"
}

/// Where a run of capitalised words starting at `start` ends (exclusive).
fn run_end(tokens: &[Token], start: usize, hits: &[(Hit, Origin)]) -> usize {
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

/// Turns tokens `start..end` into a mention, or `None` when they name no actor.
fn classify(tokens: &[Token], start: usize, end: usize) -> Option<Mention> {
    let mut a = start;
    let mut b = end;
    while a < b && is_leading_noise(&tokens[a], a == start) {
        a += 1;
    }
    let mut role = None;
    let mut demonym = None;
    // "Hydrologist Dr. Ann Lee": a sentence's first word before a title is a job, not a name.
    if a + 1 < b
        && tokens[a].sentence_start
        && !words::is_title(&tokens[a].key)
        && role_phrase_len(&tokens[a..b]).is_none()
        && title_len(&tokens[a + 1..b]).is_some_and(|len| b - (a + 1 + len) >= 2)
    {
        a += 1;
    }
    if let Some(len) = role_phrase_len(&tokens[a..b]) {
        role = Some(join(&tokens[a..a + len]));
        a += len;
    }
    loop {
        if let Some(len) = title_len(&tokens[a..b]) {
            // "Justice First" is a party, not a justice called First: a title must leave a name.
            let rest = &tokens[a + len..b];
            if rest.len() == 1
                && (words::is_common(&rest[0].key) || words::is_org_word(&rest[0].key))
            {
                break;
            }
            role = Some(join(&tokens[a..a + len]));
            a += len;
        } else if a < b && words::is_demonym(&tokens[a].key) {
            demonym.get_or_insert(a);
            a += 1;
        } else {
            break;
        }
    }
    // Lowercase particles cannot open a name; capitalised ones can ("La Guaira", "Las Mercedes").
    while a < b && !tokens[a].cap {
        a += 1;
    }
    while b > a && (words::is_calendar(&tokens[b - 1].key) || !tokens[b - 1].cap) {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    // "Scottish Government", "British Medical Association": an organisation's name keeps the
    // adjective it is named with; a person's or a place's does not ("Venezuelan President").
    if let Some(d) = demonym
        && role.is_none()
        && names_organisation(&tokens[a..b])
    {
        a = d;
    }
    let span = &tokens[a..b];
    // "South American", "Latin American": an adjective of place ends the phrase, no name here.
    if words::is_demonym(&span[span.len() - 1].key) {
        return None;
    }
    // "California Democrat", "Ohio Republican": a party member described by a state.
    if span.len() > 1 && matches!(span[span.len() - 1].key.as_ref(), "democrat" | "republican") {
        return None;
    }
    let lone_non_actor = span.len() == 1 && words::is_not_actor(&span[0].key);
    if lone_non_actor
        || span
            .iter()
            .any(|t| words::is_thing_word(&t.key) || words::is_calendar(&t.key))
    {
        return None;
    }
    if shouting(span) {
        return None;
    }
    let (kind, evidence) = kind_of(tokens, a, b, role.is_some());
    Some(Mention {
        name: join(span),
        words: span.len(),
        kind,
        evidence,
        role,
        acronym: None,
        sentence_start: span.len() == 1 && span[0].sentence_start,
        after_the: after_the(tokens, a),
        origin: Origin::Run,
        span: (a, b),
        known_as: false,
        opens_sentence: span[0].sentence_start,
    })
}

/// A first word that cannot start a name: articles anywhere, common words and -ly/-ing words at
/// the start of a sentence ("Meanwhile", "Still", "Touching"), months and weekdays.
fn is_leading_noise(t: &Token, first: bool) -> bool {
    if matches!(t.key.as_ref(), "the" | "a" | "an") || words::is_calendar(&t.key) {
        return true;
    }
    if !(first && t.sentence_start) || words::is_title(&t.key) {
        return false;
    }
    words::is_common(&t.key)
        || (t.key.len() > 4 && (t.key.ends_with("ly") || t.key.ends_with("ing")))
}

/// Whether a span reads as an organisation by its head word: "Government", "Medical
/// Association", "Institute of Marine Science".
fn names_organisation(span: &[Token]) -> bool {
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

/// "Health Secretary Wes Streeting", "Chief Financial Officer Oliver Brandt": the length of a
/// job title of two or more words ending in a role head word, when a name of two or more words
/// follows it.
fn role_phrase_len(span: &[Token]) -> Option<usize> {
    let head = (1..span.len().saturating_sub(2))
        .rev()
        .find(|&j| words::is_role_head(&span[j].key))?;
    let rest = &span[head + 1..];
    let name = rest.iter().all(name_like)
        && !rest
            .iter()
            .any(|t| words::is_org_word(&t.key) || words::is_org_suffix(&t.key));
    let field = span[..head]
        .iter()
        .all(|t| t.cap && !t.is_acronym() || words::is_role_head(&t.key));
    (name && field).then_some(head + 1)
}

/// The length of the longest title phrase at the start of `span`, leaving at least one word.
fn title_len(span: &[Token]) -> Option<usize> {
    let max = span.len().saturating_sub(1).min(4);
    (1..=max).rev().find(|&len| {
        span[..len].iter().all(|t| t.cap || t.key == "of")
            && words::is_title(
                &span[..len]
                    .iter()
                    .map(|t| t.key.as_ref())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
    })
}

/// Several all-capitals words, or one long one: a shouted phrase, not a name.
fn shouting(span: &[Token]) -> bool {
    let upper =
        |t: &Token| t.is_acronym() && t.text.chars().filter(|c| c.is_alphabetic()).count() > 1;
    let long = |t: &Token| t.text.chars().filter(|c| c.is_alphabetic()).count() > 6;
    span.iter().all(upper) && (span.len() > 2 || span.iter().any(long))
}

/// The kind of tokens `a..b` and whether it rests on evidence.
fn kind_of(tokens: &[Token], a: usize, b: usize, titled: bool) -> (Option<ActorKind>, bool) {
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
    if !lone_head && (words::is_place_suffix(last) || of_head.is_some_and(words::is_place_suffix)) {
        return (Some(ActorKind::Place), true);
    }
    if titled {
        return (Some(ActorKind::Person), true);
    }
    // "the Francisco Fajardo highway", "the Guri dam": a lowercase place noun right after.
    if tokens
        .get(b)
        .is_some_and(|t| !t.cap && words::is_place_suffix(&t.key))
    {
        return (Some(ActorKind::Place), true);
    }
    let speaks = tokens.get(b).is_some_and(|t| words::is_speech_verb(&t.key));
    if span.len() == 1 {
        if span[0].is_acronym() && span[0].text.len() <= 8 {
            return (Some(ActorKind::Organization), true);
        }
        if org_cue(tokens, a, b) {
            return (Some(ActorKind::Organization), true);
        }
        if speaks || tokens.get(b).is_some_and(|t| words::is_leader_noun(&t.key)) {
            return (Some(ActorKind::Person), true);
        }
        return if place_cue(tokens, a) {
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
    // A name written in capitals ("JUAN GUAIDÓ") is still a name.
    let named = span.iter().all(name_like)
        || span
            .iter()
            .all(|t| t.is_acronym() && t.text.chars().count() > 2);
    if named && place_cue(tokens, a) && !speaks {
        (Some(ActorKind::Place), true)
    } else if named {
        (Some(ActorKind::Person), speaks)
    } else {
        (None, false)
    }
}

/// A word that can be part of a person's name: capitalised letters, or an initial ("H.R.").
fn name_like(t: &Token) -> bool {
    if words::is_particle(&t.key) {
        return true;
    }
    let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
    t.cap && letters >= 1 && (!t.is_acronym() || t.text.contains('.') || letters == 1)
}

/// If an all-capitals word in parentheses follows at `at`, records it as the mention's acronym
/// and returns the position after it; otherwise returns `at`.
fn take_acronym(tokens: &[Token], at: usize, m: &mut Mention) -> usize {
    match tokens.get(at) {
        // Only a name of several words can be abbreviated: "Venezuela (AP)" is a dateline.
        Some(t)
            if t.parenthesised
                && t.is_acronym()
                && !t.skip
                && m.words >= 2
                && m.kind != Some(ActorKind::Place) =>
        {
            m.acronym = Some(t.text.to_string());
            at + 1
        }
        _ => at,
    }
}

fn join(span: &[Token]) -> String {
    span.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::gazetteer::builtin;

    fn found(text: &str) -> Vec<(String, Option<ActorKind>, Option<String>)> {
        find(text, builtin(), None)
            .into_iter()
            .map(|m| (m.name, m.kind, m.role))
            .collect()
    }

    #[test]
    fn titles_become_roles() {
        let f = found("Sen. Marco Rubio met President Nicolás Maduro and Gen. Rafael Montilla.");
        assert_eq!(
            f[0],
            (
                "Marco Rubio".into(),
                Some(ActorKind::Person),
                Some("Sen.".into())
            )
        );
        assert_eq!(f[1].0, "Nicolás Maduro");
        assert_eq!(f[2].2.as_deref(), Some("Gen."));
        let f = found("U.S. Secretary of State Mike Pompeo spoke.");
        assert_eq!(f[0].0, "U.S.");
        assert_eq!(
            f[1],
            (
                "Mike Pompeo".into(),
                Some(ActorKind::Person),
                Some("Secretary of State".into())
            )
        );
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let f =
            found("Meanwhile, the army waited. Still, Maduro stayed. In March, nothing happened.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "Maduro");
    }

    #[test]
    fn organisations_by_head_word_and_acronyms() {
        let f = found(
            "Thor Halvorsen of the Human Rights Foundation spoke to the Office of the Press Secretary.",
        );
        assert_eq!(f[0].0, "Thor Halvorsen");
        assert_eq!(f[1].0, "Human Rights Foundation");
        assert_eq!(
            f[2],
            (
                "Office of the Press Secretary".into(),
                Some(ActorKind::Organization),
                None
            )
        );
        let m = find("the Bolivarian National Guard (GNB) fired", builtin(), None);
        // The adjective is part of an organisation's name, as people write it in full.
        assert_eq!(m[0].name, "Bolivarian National Guard");
        assert_eq!(m[0].acronym.as_deref(), Some("GNB"));
    }

    #[test]
    fn place_cue_and_speech_verbs() {
        let f = found("in the northwestern city of Barquisimeto, where Gomez said hello");
        assert_eq!(f[0].1, Some(ActorKind::Place));
        assert_eq!(f[1].1, Some(ActorKind::Person));
    }
}
