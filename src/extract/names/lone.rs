//! One-word names whose kind the words around them show, where a capital alone proves nothing:
//! people named by a given name only ("his wife, Bridget", "Yesenia, who …", "Marcus, 34,",
//! "the singer Adekunle"), as obituaries, features and sports pages name them; and small towns
//! named as the ends of a stretch of road or line ("a crash on the road between Ashby and
//! Corwen") or as lying in a known place ("at Kratie in Cambodia"); and bodies called by one
//! word: a party ("Labour", "the Greens") or a team ("the Dolphins").

use crate::extract::tokens::Token;
use crate::extract::words;

/// Nouns of kinship written before a relative's given name ("his brother Tom", "her son,
/// Brian,").
#[rustfmt::skip]
const KIN: &[&str] = &[
    "wife", "husband", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister",
    "sisters", "mother", "father", "grandson", "granddaughter", "grandsons", "granddaughters",
    "grandmother", "grandfather", "partner", "widow", "widower", "fiance", "fiancee", "niece",
    "nephew", "cousin", "aunt", "uncle", "stepson", "stepdaughter", "stepfather", "stepmother",
    "mum", "mom", "dad", "girlfriend", "boyfriend", "twin", "children", "siblings", "cousins",
    "nieces", "nephews", "aunts", "uncles", "grandchildren", "parents", "twins",
];

/// Jobs of people the press often names by one name: performers, athletes and artists.
#[rustfmt::skip]
const ONE_NAME_JOBS: &[&str] = &[
    "singer", "rapper", "actor", "actress", "musician", "songwriter", "comedian", "striker",
    "midfielder", "defender", "goalkeeper", "footballer", "boxer", "wrestler", "sprinter",
    "dancer", "drummer", "guitarist", "poet", "novelist", "painter", "designer", "chef",
    "presenter", "influencer", "star", "artiste", "dj", "forward", "winger",
];

/// Whether the one word at token `a` is a person by the words around it.
pub(super) fn lone_person(tokens: &[Token], a: usize) -> bool {
    let t = &tokens[a];
    // "Kittipong "Golf" Srisawat, who": the end of a name a nickname split; "Democrats, who":
    // a party's members.
    let broken = a >= 1 && tokens[a - 1].cap;
    let group =
        t.key.strip_suffix('s').is_some_and(words::is_party_label) || words::is_demonym(&t.key);
    let described = t.comma && !broken && !group && (who_after(tokens, a) || age_after(tokens, a));
    after_kin(tokens, a) || described || kin_after(tokens, a) || {
        let job = a.checked_sub(1).map(|i| &tokens[i]);
        job.is_some_and(|j| !j.cap && !j.break_after && ONE_NAME_JOBS.contains(&j.key.as_ref()))
            && !t.possessive
    }
}

/// "his wife, Bridget", "his sisters Bríd and Nora", "his sons Tom, Ned and Hal": right after
/// a kin noun (a comma may come between), or after a list of one-word names that follows one.
fn after_kin(tokens: &[Token], a: usize) -> bool {
    let kin = |i: usize| {
        let t = &tokens[i];
        !t.cap && (!t.break_after || t.comma) && KIN.contains(&t.key.as_ref())
    };
    let listed = |i: usize| {
        let t = &tokens[i];
        t.cap && (!t.break_after || t.comma)
    };
    // Back over the list's earlier names, each ended by a comma or followed by "and".
    let mut i = a;
    while i >= 3 && i + 6 > a {
        let joined = tokens[i - 1].key == "and" || tokens[i - 1].comma;
        if kin(i - 1) {
            return true;
        }
        let step = if tokens[i - 1].key == "and" { 2 } else { 1 };
        if !joined || !listed(i - step) {
            return false;
        }
        i -= step;
    }
    i >= 1 && kin(i - 1)
}

/// "predeceased by Evelyn, his wife of 58 years": a kin noun in apposition after the name.
fn kin_after(tokens: &[Token], a: usize) -> bool {
    let key = |i: usize| tokens.get(i).map(|t| t.key.as_ref());
    tokens[a].comma
        && matches!(key(a + 1), Some("his" | "her" | "their" | "my" | "our"))
        && key(a + 2).is_some_and(|k| KIN.contains(&k))
}

/// "flows measured at Kratie in Cambodia", "a ferry from Tobermay in Mull": a one-word name
/// after a preposition of place and before "in" and a known place is a place within it.
pub(super) fn place_within(tokens: &[Token], a: usize) -> bool {
    a >= 1
        && matches!(tokens[a - 1].key.as_ref(), "at" | "from" | "to" | "near")
        && !tokens[a].break_after
        && tokens
            .get(a + 1)
            .is_some_and(|t| t.key == "in" && !t.break_after)
        && tokens.get(a + 2).is_some_and(|t| t.cap && t.place)
}

/// "Yesenia, who has picked on farms for years": a relative clause about someone.
fn who_after(tokens: &[Token], a: usize) -> bool {
    tokens.get(a + 1).is_some_and(|t| t.key == "who")
}

/// "Marcus, 34, said": an age between commas after the name.
fn age_after(tokens: &[Token], a: usize) -> bool {
    tokens.get(a + 1).is_some_and(|t| {
        (1..=3).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit()) && t.comma
    })
}

/// Nouns of a way or of what happens along one, written before "between" and its two ends.
#[rustfmt::skip]
const WAY_NOUNS: &[&str] = &[
    "road", "roads", "route", "routes", "border", "stretch", "section", "line", "ferry", "ferries",
    "flight", "flights", "service", "services", "crash", "collision", "journey", "distance",
    "motorway", "highway", "railway", "track", "trains", "buses", "halfway", "midway", "link",
    "corridor", "pipeline", "bridge", "tunnel", "trail", "walk", "drive",
];

/// "the road between Ashby and Corwen", "a crash between Ashby and Corwen": the one-word name
/// at `a` is one end of a way named by its two ends.
pub(super) fn way_end(tokens: &[Token], a: usize) -> bool {
    let key = |i: usize| tokens[i].key.as_ref();
    let plain = |i: usize| !tokens[i].break_after;
    let way = |i: usize| !tokens[i].cap && plain(i) && WAY_NOUNS.contains(&key(i));
    let first = a >= 2
        && key(a - 1) == "between"
        && way(a - 2)
        && plain(a)
        && tokens.get(a + 1).is_some_and(|t| t.key == "and")
        && tokens.get(a + 2).is_some_and(|t| t.cap && !t.skip);
    let second = a >= 4
        && key(a - 1) == "and"
        && tokens[a - 2].cap
        && plain(a - 2)
        && key(a - 3) == "between"
        && way(a - 4);
    first || second
}

/// Parties called by one word, as their members are ("Labour said", "the Greens", "Tories").
#[rustfmt::skip]
const PARTIES: &[&str] = &[
    "labour", "labor", "tory", "tories", "greens", "democrats", "republicans", "liberals",
    "conservatives", "democrat", "republican",
];

/// Whether the one word at token `a` is a body by the words around it: a party's one-word
/// name, or a team's plural nickname after "the" in mid-sentence ("beat the Dolphins").
pub(super) fn lone_body(tokens: &[Token], a: usize) -> bool {
    let t = &tokens[a];
    // At a sentence's start the word is as likely the noun ("Labour rights groups say").
    let party = !t.sentence_start && PARTIES.contains(&t.key.as_ref());
    let team = !t.sentence_start
        && a >= 1
        && tokens[a - 1].key == "the"
        && t.key.len() > 4
        && plural(&t.key)
        && tokens.get(a + 1).is_none_or(|n| n.key != "of")
        && words::is_english(t.text, &t.key)
        && !words::is_common(&t.key);
    party || team
}

/// A plural noun's ending, not an adjective's ("Indigenous") or a singular's ("Congress").
fn plural(key: &str) -> bool {
    key.ends_with('s') && !["ss", "us", "is"].iter().any(|e| key.ends_with(e))
}
