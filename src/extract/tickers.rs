//! Tickers scraped with the page: a market widget's quotes ("BAW.DE  −3.2%", "SENSEX 82,411.36
//! ▲ 346.12") and a results strip across a sports site's top ("FT: Lions 22 – 18 Bears |
//! Hawks 30 – 12 Owls"). Neither is the article's text, nor its headline.

/// "BAW.DE  −3.2%": a quote box's symbol and move, no words.
pub fn is_ticker(line: &str) -> bool {
    let symbol = |w: &str| {
        w.len() <= 10
            && w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '.' | ':'))
    };
    let words: Vec<&str> = line.split_whitespace().collect();
    // "SENSEX 82,411.36 ▲ 346.12 (0.42%)", "Stock of the day: VDS ₹1,612.40 ▲ 1.8%": a move
    // shown with an arrow is a market widget's.
    let arrow = line.contains(['\u{25b2}', '\u{25bc}']) && line.chars().any(|c| c.is_ascii_digit());
    arrow
        || words.first().is_some_and(|w| symbol(w))
            && words.len() >= 2
            && words[1..].iter().all(|w| {
                w.chars()
                    .all(|c| c.is_ascii_digit() || "+-\u{2212}.,%$\u{20ac}\u{a3}()".contains(c))
            })
            && line.contains('%')
}

/// The bars and bullets between a strip's results.
const STRIP_BARS: [char; 3] = ['|', '\u{2022}', '\u{b7}'];

/// "FT: Lions 22 – 18 Bears | Hawks 30 – 12 Owls | Cats 16 – 24 Dogs": two or more results
/// between bars, each a score (two numbers with a dash between) and the sides' names, short.
pub fn is_score_strip(line: &str) -> bool {
    let parts: Vec<&str> = line.split(STRIP_BARS).map(str::trim).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| crate::text::word_count(p) <= 8 && has_score(p))
}

/// Whether `part` holds a score: "22 – 18", "3-1", "2—2" between words.
fn has_score(part: &str) -> bool {
    let tokens: Vec<&str> = part.split_whitespace().collect();
    let number = |t: &str| !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit());
    let dash = |t: &str| matches!(t, "-" | "\u{2013}" | "\u{2014}");
    let spaced = tokens
        .windows(3)
        .any(|w| number(w[0]) && dash(w[1]) && number(w[2]));
    let joined = tokens.iter().any(|t| {
        t.split_once(['-', '\u{2013}', '\u{2014}'])
            .is_some_and(|(a, b)| number(a) && number(b))
    });
    spaced || joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_results_strip_is_a_ticker() {
        assert!(is_score_strip(
            "FT: Lions 22 \u{2013} 18 Bears | Hawks 30 \u{2013} 12 Owls | Cats 16 \u{2013} 24 Dogs"
        ));
        assert!(is_score_strip("Rovers 2-1 Athletic \u{b7} United 0-0 City"));
        // One result in a headline, or a sentence with bars, is no strip.
        assert!(!is_score_strip("Rovers beat Athletic 2-1 to go top"));
        assert!(!is_score_strip(
            "Lions 22 \u{2013} 18 Bears | Match report and reaction from the coaches"
        ));
    }
}
