//! The writer's card printed in the body, above or below the story: the author's picture
//! label ("Photo of Ann Lee"), name and job ("Senior Reporter") on lines of their own. The
//! byline already names the writer, so the card adds nothing to the story.

use super::cleanup::Unit;
use super::header::is_role_line;
use crate::text::name_key;

/// Labels a site gives the writer's picture.
const PICTURE_LABELS: &[&str] = &["photo of ", "headshot of ", "image of ", "picture of "];

/// Drops the lines of a writer's card: a line that is one of `authors` alone, or the label of
/// the author's picture, and the job line right under the name.
pub fn drop_author_cards(units: &mut [Unit], body_start: usize, authors: &[String]) {
    if authors.is_empty() {
        return;
    }
    let keys: Vec<String> = authors.iter().map(|a| name_key(a)).collect();
    let mut under_name = false;
    for u in units[body_start..].iter_mut() {
        if !u.kept() {
            continue;
        }
        let was_name = under_name;
        under_name = false;
        if u.text.len() > 80 {
            continue;
        }
        let lower = u.text.trim().to_lowercase();
        let name = PICTURE_LABELS
            .iter()
            .find_map(|l| lower.strip_prefix(l))
            .unwrap_or(&lower);
        if keys.contains(&name_key(name)) {
            u.drop = Some("author card");
            under_name = true;
        } else if was_name && is_role_line(u.text.trim()) {
            u.drop = Some("author card");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cleanup;

    #[test]
    fn the_writers_name_job_and_picture_label() {
        let story = "The council voted on Monday to build the wall, the council's engineer told the meeting.";
        let mut units = cleanup::units(&format!(
            "{story}\nPhoto of Ann Lee\nAnn Lee\nSenior Reporter\nBo Diaz\nSenior Reporter"
        ));
        drop_author_cards(&mut units, 0, &["Ann Lee".to_string()]);
        // Bo Diaz is no author of the story: a name in it stays, and so does the line under it.
        assert_eq!(
            cleanup::kept_texts(&units),
            [story, "Bo Diaz", "Senior Reporter"]
        );
    }
}
