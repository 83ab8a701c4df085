//! A head word shared by a list of names, written once in the plural after them: "Kent and
//! Surrey counties", "the Tamar and Exe rivers". Each name in the list is a place's, named as
//! written ("Kent" for Kent County).

use super::Mention;
use crate::config::ActorKind;
use crate::extract::tokens::Token;

/// Makes each mention in a list closed by a lowercase plural head word a place.
pub(super) fn shared_heads(tokens: &[Token], mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if !plural_head(tokens, &mentions[i]) {
            continue;
        }
        let mut first = i;
        while first > 0 && joined(tokens, &mentions[first - 1], &mentions[first]) {
            first -= 1;
        }
        // One name before a plural head is no list ("the two Dunmore counties").
        if first == i {
            continue;
        }
        for m in &mut mentions[first..=i] {
            m.kind = Some(ActorKind::Place);
            m.evidence = true;
        }
    }
}

/// Whether a place's plural head word follows the mention in lowercase.
fn plural_head(tokens: &[Token], m: &Mention) -> bool {
    let last = &tokens[m.span.1 - 1];
    tokens.get(m.span.1).is_some_and(|t| {
        !t.cap
            && !last.break_after
            && matches!(
                t.key.as_ref(),
                "counties" | "rivers" | "provinces" | "districts" | "islands" | "valleys"
            )
    })
}

/// "Kent and Surrey", "Kent, Surrey": two mentions joined by a comma or "and" alone.
fn joined(tokens: &[Token], a: &Mention, b: &Mention) -> bool {
    match &tokens[a.span.1..b.span.0] {
        [] => tokens[a.span.1 - 1].comma,
        [t] => t.key == "and" && !tokens[a.span.1 - 1].break_after,
        _ => false,
    }
}
