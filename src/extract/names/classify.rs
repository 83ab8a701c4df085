//! Turning a run of capitalised words into a mention: leading noise (articles, sentence-opening
//! common words), job titles and nationality adjectives are stripped and kept as the role, and
//! phrases that are no actor (events, shouting, lone head words) are dropped.

use super::kind::{kind_of, name_like, names_organisation};
use super::{Mention, Origin, after_the, join};
use crate::config::ActorKind;
use crate::extract::tokens::Token;
use crate::extract::words;

/// Turns tokens `start..end` into a mention, or `None` when they name no actor.
pub(super) fn classify(tokens: &[Token], start: usize, end: usize) -> Option<Mention> {
    let mut a = start;
    let mut b = end;
    while a < b && is_leading_noise(&tokens[a], a == start) && !irish_article(tokens, a, b) {
        a += 1;
    }
    let mut role = charged_role(tokens, a, b);
    if role.is_some() {
        a += 1;
    }
    // "Aides said", "Families told the court": an ordinary word opening a sentence, alone.
    if b == a + 1 && tokens[a].sentence_start && words::is_dictionary(&tokens[a].key) {
        return None;
    }
    // "Associate Professor of …" in a signature: a title with no name is no actor.
    if a < b && is_title_phrase(&tokens[a..b]) {
        return None;
    }
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
    // "Hydrologist Ann Lee Baker said": a job by its ending opens the sentence, a name follows.
    if a + 2 < b
        && tokens[a].sentence_start
        && words::is_job_by_ending(&tokens[a].key)
        && tokens[a + 1..b].iter().all(name_like)
    {
        role = Some(tokens[a].text.to_string());
        a += 1;
    }
    // "Don Aurelio Pérez Cruz": the Spanish honorific before a full name of three words or more
    // ("Don Ellison" is a given name).
    if b - a >= 4 && tokens[a].text == "Don" && tokens[a + 1..b].iter().all(name_like) {
        role = Some(tokens[a].text.to_string());
        a += 1;
    }
    if let Some(len) = role_phrase_len(&tokens[a..b]) {
        role = Some(join(&tokens[a..a + len]));
        a += len;
    }
    // "Democrat Ann Lee", "defeating Republican Bo Diaz": a party label before a person's
    // name is worn like a title.
    if let Some(len) = party_label_len(&tokens[a..b]) {
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
            // "The Chief Executive of …": a title and a job's head word are a job, no name.
            if rest.len() == 1 && words::is_role_head(&rest[0].key) {
                return None;
            }
            // "King Talal Dam", "Queen Elizabeth Hospital": named after someone, the title
            // included.
            // "Dr Helen Strand", "Mrs Ann Park": no place is named after a plain honorific
            // and a given name; the place word is a surname.
            let honorific = len == 1 && HONORIFICS.contains(&tokens[a].key.as_ref());
            if rest.len() >= 2 && named_after(&rest[rest.len() - 1].key) && !honorific {
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
    let written_end = b;
    while b > a
        && (words::is_calendar(&tokens[b - 1].key)
            || !(tokens[b - 1].cap || (tokens[b - 1].key == "party" && b - a > 1)))
    {
        b -= 1;
    }
    if a >= b || day_name(&tokens[a..written_end], b - a) || weekday_before_date(tokens, a, b) {
        return None;
    }
    // "Ann Lee Health editor", "Bo Diaz Science correspondent": a field's word after a name
    // belongs to the job written after it in lowercase.
    if b - a >= 3
        && b == written_end
        && words::is_dictionary(&tokens[b - 1].key)
        && desk_job(tokens.get(b))
    {
        b -= 1;
    }
    // "Owen Lloyd KC", "Hon. Ann Lee MLA": letters after a name are a rank, not a word of it.
    while b - a >= 3 && tokens[b - 1].is_acronym() && words::is_postnominal(&tokens[b - 1].key) {
        role.get_or_insert_with(|| tokens[b - 1].text.to_string());
        b -= 1;
    }
    match title_field(tokens, start, a, b) {
        Some(Field::Only) => return None,
        Some(Field::Before(at)) => a = at,
        None => {}
    }
    if let Some(at) = inner_title(tokens, a, b) {
        role = Some(join(&tokens[a..at]));
        a = at;
    }
    // "Scottish Government", "British Medical Association": an organisation's name keeps the
    // adjective it is named with; a person's or a place's does not ("Venezuelan President").
    // "East African Regional Trade Bloc": so does one whose words are a body's.
    let body_words = b - a >= 3 && tokens[a..b].iter().any(|t| words::is_org_word(&t.key));
    if let Some(d) = demonym
        && role.is_none()
        && (names_organisation(&tokens[a..b]) || body_words)
    {
        a = d;
    }
    let span = &tokens[a..b];
    // "South American", "Latin American": an adjective of place ends the phrase, no name here.
    if words::is_demonym(&span[span.len() - 1].key) || not_a_name(span) && !numbered(tokens, b) {
        return None;
    }
    // "a Memphis Democrat", "the Lima Republican": a party member described by the place
    // they represent, which is named here; the member is no actor of their own.
    let member_of =
        span.len() > 1 && matches!(span[span.len() - 1].key.as_ref(), "democrat" | "republican");
    if member_of {
        b -= 1;
    }
    let span = &tokens[a..b];
    let lone_non_actor = span.len() == 1 && words::is_not_actor(&span[0].key);
    // "Federal Election Commission", "Summit Mobility Solutions LLC": a body's head word at
    // the end makes a body of a name with an event's or thing's word in it.
    let thing = !names_organisation(span) && span.iter().any(|t| words::is_thing_word(&t.key));
    if lone_non_actor || thing || span.iter().any(|t| words::is_calendar(&t.key)) {
        return None;
    }
    // "Anti-Fraud Measures": a cause or a law's subject, no one's name.
    let against = span[0].text.starts_with("Anti-") && !names_organisation(span);
    if shouting(span) || section_label(span) || event(span) || against {
        return None;
    }
    // "Skyward K400 jets", "Vantor Q7 engines": a model's code after a maker's name
    // ends the name, and the maker is a company.
    if let Some(code) = span.iter().skip(1).position(model_code) {
        let maker = &tokens[a..a + code + 1];
        if maker.len() > 1 || maker[0].is_acronym() {
            return None;
        }
        return Some(Mention {
            kind: Some(ActorKind::Organization),
            evidence: true,
            ..mention(tokens, a, a + 1, role)
        });
    }
    if span.len() == 1 && (catalogue_number(&span[0]) || unit_after_number(tokens, a)) {
        return None;
    }
    let (kind, evidence) = if member_of {
        (Some(ActorKind::Place), true)
    } else {
        kind_of(tokens, a, b, role.is_some())
    };
    let numbered = numbered(tokens, b);
    // "Route 66", "Rescue 1122": the head word alone names nothing, with its number it does.
    let (kind, evidence) = match (numbered && b == a + 1, tokens[a].key.as_ref()) {
        (true, "highway" | "route" | "interstate") => (Some(ActorKind::Place), true),
        (true, "rescue" | "local") => (Some(ActorKind::Organization), true),
        _ => (kind, evidence),
    };
    let from = if kind.is_some() && ordinal_before(tokens, start, a, b) {
        a - 1
    } else {
        a
    };
    Some(Mention {
        kind,
        evidence,
        ..mention(tokens, from, b + usize::from(numbered), role)
    })
}

/// "State Highway 7", "Bus Workers Union Local 2210", "Rescue 1122": a number after the name's
/// last word (before `b`) that is part of the name.
fn numbered(tokens: &[Token], b: usize) -> bool {
    tokens
        .get(b)
        .is_some_and(|t| t.text.bytes().all(|c| c.is_ascii_digit()))
        && !tokens[b - 1].break_after
        && matches!(
            tokens[b - 1].key.as_ref(),
            "highway" | "route" | "interstate" | "local" | "terminal" | "rescue"
        )
}

/// "the 7th Congressional District", "the 82nd Airborne Division", "the 9th Circuit Court of
/// Appeals": an ordinal right before a district's or a unit's name is part of it (an ordinal
/// before other names only counts: "his 3rd Premier League title").
fn ordinal_before(tokens: &[Token], start: usize, a: usize, b: usize) -> bool {
    let Some(t) = a.checked_sub(1).filter(|_| a == start).map(|i| &tokens[i]) else {
        return false;
    };
    let digits = t.text.trim_end_matches(char::is_alphabetic);
    let ordinal = !digits.is_empty()
        && digits.bytes().all(|c| c.is_ascii_digit())
        && matches!(&t.text[digits.len()..], "st" | "nd" | "rd" | "th");
    let numbered_head = |t: &Token| {
        matches!(
            t.key.as_ref(),
            "district"
                | "division"
                | "brigade"
                | "battalion"
                | "regiment"
                | "fleet"
                | "army"
                | "corps"
                | "circuit"
                | "ward"
                | "precinct"
                | "squadron"
                | "infantry"
                | "cavalry"
                | "airborne"
                | "avenue"
                | "street"
        )
    };
    ordinal && !t.break_after && tokens[a..b].iter().any(numbered_head)
}

/// "Special Agent in Charge Ann Lee", "Officer in Charge Bo Diaz": a run that opens with
/// "Charge" after a job's title and "in" holds the end of the title, then a name. Returns the
/// whole title.
fn charged_role(tokens: &[Token], a: usize, b: usize) -> Option<String> {
    if a + 3 > b || tokens[a].key != "charge" {
        return None;
    }
    let after_job = a >= 2
        && tokens[a - 1].key == "in"
        && !tokens[a - 2].break_after
        && tokens[a - 2].cap
        && is_job_word(&tokens[a - 2]);
    if !after_job {
        return None;
    }
    let mut s = a - 2;
    while s > 0 && tokens[s - 1].cap && !tokens[s - 1].break_after {
        s -= 1;
    }
    Some(join(&tokens[s..=a]))
}

/// The mention of tokens `a..b`, its kind not yet known.
fn mention(tokens: &[Token], a: usize, b: usize, role: Option<String>) -> Mention {
    let span = &tokens[a..b];
    Mention {
        name: join(span),
        words: span.len(),
        kind: None,
        evidence: false,
        role,
        acronym: None,
        sentence_start: span.len() == 1 && span[0].sentence_start,
        after_the: after_the(tokens, a),
        origin: Origin::Run,
        span: (a, b),
        known_as: false,
        opens_sentence: span[0].sentence_start,
    }
}

/// "Cyclone Tavi", "Storm Oisín", "the Quarry Fire": a named storm or wildfire is an event.
fn event(span: &[Token]) -> bool {
    span.len() >= 2 && (words::is_weather_word(&span[0].key) || span[span.len() - 1].key == "fire")
}

/// "K400-12", "ZX-90", "Q7": a model's code, letters and digits in one word.
fn model_code(t: &Token) -> bool {
    t.text.chars().any(|c| c.is_ascii_digit()) && t.text.chars().any(char::is_alphabetic)
}

/// "400 MLD", "40 MW", "35 deg C": capitals right after a number (not a year) are a unit.
fn unit_after_number(tokens: &[Token], a: usize) -> bool {
    let Some(mut n) = a.checked_sub(1).map(|i| &tokens[i]) else {
        return false;
    };
    let letter = tokens[a].text.len() == 1;
    if letter && matches!(n.key.as_ref(), "deg" | "degrees") && a >= 2 {
        n = &tokens[a - 2];
    }
    let year = n.text.len() == 4 && (n.text.starts_with("19") || n.text.starts_with("20"));
    (tokens[a].is_acronym() || letter)
        && !n.break_after
        && !year
        && n.text
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
        && n.text.bytes().any(|c| c.is_ascii_digit())
}

/// "J2210-4471": a catalogue number, more digits than letters and four or more of them.
fn catalogue_number(t: &Token) -> bool {
    let digits = t.text.chars().filter(char::is_ascii_digit).count();
    let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
    digits >= 4 && digits > letters
}

/// What a run right after a title's "of" or "for" holds.
enum Field {
    /// Only the field: "Minister for Lakes and Forestry".
    Only,
    /// The field, then a name starting at this token: "Minister of State for Harbours Tan
    /// Mei Hua".
    Before(usize),
}

/// "Minister for Lakes and Forestry", "County Executive for Coastal Trade Amina Said Omar":
/// a run that starts right after a title's "of" or "for" begins with the title's field, in
/// ordinary words; a name of two words or more may follow it.
fn title_field(tokens: &[Token], start: usize, a: usize, b: usize) -> Option<Field> {
    let field = |t: &Token| {
        words::is_dictionary(&t.key) || matches!(t.key.as_ref(), "of" | "for" | "and" | "the")
    };
    // "Minister of Agriculture and Environment Ann Lee": the run may start after an "and"
    // inside the field.
    let after_job = |k: usize| {
        k >= 2
            && matches!(tokens[k - 1].key.as_ref(), "of" | "for")
            && tokens[k - 2].cap
            && !tokens[k - 2].break_after
            && is_job_word(&tokens[k - 2])
    };
    let connector = |t: &Token| matches!(t.key.as_ref(), "of" | "for" | "and" | "the");
    let mut k = start;
    while k >= 2
        && k + 6 > start
        && !after_job(k)
        && (connector(&tokens[k - 1]) || tokens[k - 1].cap && field(&tokens[k - 1]))
        && !tokens[k - 1].break_after
    {
        k -= 1;
    }
    if !after_job(k) {
        return None;
    }
    let name = tokens[a..b].iter().position(|t| !field(t)).map(|i| a + i);
    match name {
        None => Some(Field::Only),
        Some(at) if at > a && b - at >= 2 && person_words(&tokens[at..b]) => {
            Some(Field::Before(at))
        }
        Some(_) => None,
    }
}

/// "Port Board Managing Director Capt. Amos Kibet Rono", "U.S. District Judge Ann Lee": the
/// last title or job's head word inside a run, when a name of two words or more follows it,
/// ends the role. Returns where the name starts.
fn inner_title(tokens: &[Token], a: usize, b: usize) -> Option<usize> {
    let j = (a..b.saturating_sub(2))
        .rev()
        .find(|&j| tokens[j].cap && is_job_word(&tokens[j]))?;
    let rest = &tokens[j + 1..b];
    (person_words(rest) && !names_organisation(rest)).then_some(j + 1)
}

/// A title or a job's head word, also as the last part of a compound ("Director-General").
fn is_job_word(t: &Token) -> bool {
    let job = |k: &str| words::is_title(k) || words::is_role_head(k);
    job(&t.key)
        || t.text
            .rsplit_once('-')
            .is_some_and(|(_, last)| job(&last.to_ascii_lowercase()))
}

/// Words that can only be a person's name: name words, with particles inside ("Pieter van
/// der Berg").
fn person_words(span: &[Token]) -> bool {
    let particle = |t: &Token| words::is_particle(&t.key) && !t.cap;
    span.len() >= 2
        && plain_name_word(&span[0])
        && plain_name_word(&span[span.len() - 1])
        && span.iter().all(|t| particle(t) || plain_name_word(t))
}

/// A word of a person's name and nothing else: not an ordinary word, a title, or a word of a
/// body's or place's name.
fn plain_name_word(t: &Token) -> bool {
    name_like(t)
        && t.cap
        && !words::is_english(t.text, &t.key)
        && !words::is_title(&t.key)
        && !words::is_org_word(&t.key)
        && !words::is_org_suffix(&t.key)
        && !words::is_place_suffix(&t.key)
        && !words::is_demonym(&t.key)
        && !words::is_calendar(&t.key)
}

/// "An Fóram", "An Post": Irish "An" (the) is written with a capital inside a sentence,
/// where English "an" is not, before a word that is no English one.
fn irish_article(tokens: &[Token], a: usize, b: usize) -> bool {
    let t = &tokens[a];
    t.text == "An"
        && !t.sentence_start
        && !t.opens
        && a + 1 < b
        && !words::is_english(tokens[a + 1].text, &tokens[a + 1].key)
        && !words::is_demonym(&tokens[a + 1].key)
}

/// Titles only ever worn by a living person, never part of a place's or body's name.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"];

/// Head words of places and bodies named after a titled person, title and all.
fn named_after(key: &str) -> bool {
    words::is_place_suffix(key)
        || matches!(
            key,
            "hospital" | "university" | "college" | "school" | "institute" | "causeway"
        )
}

/// "Ash Wednesday", "Good Friday": an ordinary word before a weekday names the day.
fn day_name(written: &[Token], kept: usize) -> bool {
    kept == 1
        && written.len() > 1
        && words::is_calendar(&written[1].key)
        && (words::is_dictionary(&written[0].key) || words::is_common(&written[0].key))
}

/// A journalist's job written in lowercase after the desk's field: "editor", "correspondent".
fn desk_job(t: Option<&Token>) -> bool {
    t.is_some_and(|t| {
        !t.cap
            && matches!(
                t.key.as_ref(),
                "editor" | "correspondent" | "reporter" | "writer" | "columnist"
            )
    })
}

/// "Mon 3 Mar", "Thurs 12 June": a short word before a day of the month is its weekday.
pub(super) fn weekday_before_date(tokens: &[Token], a: usize, b: usize) -> bool {
    let day =
        |t: &Token| (1..=2).contains(&t.text.len()) && t.text.bytes().all(|c| c.is_ascii_digit());
    b == a + 1
        && tokens[a].text.len() <= 5
        && !tokens[a].break_after
        && tokens.get(b).is_some_and(day)
        && tokens
            .get(b + 1)
            .is_some_and(|t| words::is_calendar(&t.key))
}

/// What the capitals of a span show is no name: a lone head word ("Pier", "Ministry"), a job
/// after a name ("…, Humber Director at …"), a reference list's "Surname I" or an all-capitals
/// button ("LEARN MORE").
fn not_a_name(span: &[Token]) -> bool {
    let last = &span[span.len() - 1];
    let lone_head = span.len() == 1
        && !last.is_acronym()
        && (words::is_org_suffix(&last.key) || words::is_place_suffix(&last.key));
    let job = span.len() >= 2
        && (words::is_title(&last.key) || words::is_role_head(&last.key))
        && !matches!(last.key.as_ref(), "star" | "forward" | "champion" | "general")
        && !last.is_acronym()
        // "Office of the Press Secretary", "Supreme Tribunal of Justice".
        && !span.iter().any(|t| t.key == "of");
    let initial =
        span.len() >= 2 && last.text.len() == 1 && last.text.chars().all(|c| c.is_uppercase());
    let button = span.iter().all(|t| t.is_acronym())
        && span
            .iter()
            .all(|t| words::is_dictionary(&t.key) || words::is_common(&t.key));
    lone_head || job || initial || button
}

/// A first word that cannot start a name: articles anywhere, common words and -ly/-ing words at
/// the start of a sentence ("Meanwhile", "Still", "Touching"), months and weekdays.
pub(super) fn is_leading_noise(t: &Token, first: bool) -> bool {
    // "A. B. Okafor": a capital with a dot is an initial, not the article.
    if t.text == "A." {
        return false;
    }
    if matches!(t.key.as_ref(), "the" | "a" | "an") || words::is_calendar(&t.key) {
        return true;
    }
    // "You've", "We're", "They'll": a pronoun run into its verb is no name's word.
    if contraction(t.text) {
        return true;
    }
    if !(first && t.sentence_start) || words::is_title(&t.key) {
        return false;
    }
    words::is_common(&t.key)
        || (t.key.len() > 4 && (t.key.ends_with("ly") || t.key.ends_with("ing")))
}

/// A word with a verb's contraction on its end: "You've", "We\u{2019}re", "They'll", "I'm".
fn contraction(text: &str) -> bool {
    let stem = text
        .strip_suffix("ve")
        .or_else(|| text.strip_suffix("re"))
        .or_else(|| text.strip_suffix("ll"))
        .or_else(|| text.strip_suffix('m'));
    stem.and_then(|s| s.strip_suffix(['\'', '\u{2019}']))
        .is_some_and(|s| !s.is_empty())
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
    // "Universidad Mayor de …": an organisation's word in another language is no job's field.
    let foreign_org = |t: &Token| words::is_org_word(&t.key) && !words::is_dictionary(&t.key);
    let field = span[..head]
        .iter()
        .all(|t| t.cap && !t.is_acronym() && !foreign_org(t) || words::is_role_head(&t.key));
    (name && field).then_some(head + 1)
}

/// "Democrat", "Liberal Democrat", "Independent": the length of the party labels opening
/// `span`, when a person's name of two words or more follows them.
fn party_label_len(span: &[Token]) -> Option<usize> {
    let len = span
        .iter()
        .take_while(|t| t.cap && words::is_party_label(&t.key))
        .count();
    (len > 0 && person_words(&span[len..])).then_some(len)
}

/// The length of the longest title phrase at the start of `span`, leaving at least one word.
fn title_len(span: &[Token]) -> Option<usize> {
    let max = span.len().saturating_sub(1).min(4);
    (1..=max).rev().find(|&len| is_title_phrase(&span[..len]))
}

/// Whether `span` is one title written as titles are ("Associate Professor", "Secretary of
/// State"). "Queen's University": a possessive title is part of a name.
fn is_title_phrase(span: &[Token]) -> bool {
    span.len() <= 4
        && span
            .iter()
            .all(|t| (t.cap || t.key == "of") && !t.possessive)
        && words::is_title(
            &span
                .iter()
                .map(|t| t.key.as_ref())
                .collect::<Vec<_>>()
                .join(" "),
        )
}

/// "Arts & Humanities", "Campus & Community": ordinary words joined by "&" label a section of
/// a site; a body's name has a proper name or a head word in it ("Fish & Game New Zealand",
/// "Health & Safety Executive").
fn section_label(span: &[Token]) -> bool {
    span.len() >= 3
        && span.iter().any(|t| t.text == "&")
        && span.iter().all(|t| {
            t.text == "&"
                || (words::is_dictionary(&t.key)
                    && !words::is_org_suffix(&t.key)
                    && !words::is_org_word(&t.key)
                    && !words::is_role_head(&t.key))
        })
}

/// Several all-capitals words, or one long one: a shouted phrase, not a name.
fn shouting(span: &[Token]) -> bool {
    let upper =
        |t: &Token| t.is_acronym() && t.text.chars().filter(|c| c.is_alphabetic()).count() > 1;
    let long = |t: &Token| t.text.chars().filter(|c| c.is_alphabetic()).count() > 6;
    span.iter().all(upper) && (span.len() > 2 || span.iter().any(long))
}
