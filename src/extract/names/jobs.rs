//! Job words written before a name with a capital ("Registrar Ilse Marrow", "Co-author Ana
//! Pita"): taken off once the article shows the rest is a person's name.

use std::collections::HashSet;

use super::{Mention, Origin};
use crate::config::ActorKind;
use crate::extract::tokens::key_of;
use crate::extract::words;
use crate::text::name_key;

/// "Advocate Ayanda Dube", "Co-author Ana Pita": a person's name of three words or more that
/// opens with ordinary words followed by two name words or more starts with a job, when the
/// article shows the name is a person's: a verb of speech after it, or its last word written
/// alone elsewhere ("Dube said"). The ordinary words become the role.
pub fn strip_job_prefixes(mentions: &mut [Mention]) {
    let singles: HashSet<String> = mentions
        .iter()
        .filter(|m| m.words == 1)
        .map(|m| name_key(&m.name))
        .collect();
    for m in mentions.iter_mut() {
        if !matches!(m.origin, Origin::Run)
            || m.kind != Some(ActorKind::Person)
            || m.role.is_some()
            || m.words < 3
        {
            continue;
        }
        let parts: Vec<&str> = m.name.split(' ').collect();
        let job = parts
            .iter()
            .take_while(|w| words::is_dictionary(&key_of(w)))
            .count();
        let rest = &parts[job..];
        let last = rest.last().map(|w| name_key(w)).unwrap_or_default();
        let shown = m.evidence || singles.contains(&last);
        if job == 0 || rest.len() < 2 || !rest.iter().all(|w| name_word(w)) || !shown {
            continue;
        }
        let role = parts[..job].join(" ");
        let name = rest.join(" ");
        m.words = rest.len();
        m.name = name;
        m.span.0 += job;
        m.role = Some(role);
    }
}

/// A capitalised word that is no ordinary word, or a particle inside a name.
fn name_word(w: &str) -> bool {
    let key = key_of(w);
    if words::is_particle(&key) && !w.starts_with(char::is_uppercase) {
        return true;
    }
    w.starts_with(char::is_uppercase)
        && !words::is_english(w, &key)
        && !words::is_org_word(&key)
        && !words::is_org_suffix(&key)
        && !words::is_place_suffix(&key)
}
