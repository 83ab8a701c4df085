//! The articles-per-month chart on actor and topic pages: an inline SVG built at render time,
//! deterministic, sized by `viewBox`, labelled for screen readers (the template adds a
//! visually-hidden table of the same counts). Every label is escaped.

use std::fmt::Write;

use tera::Value;

use super::views::{MONTHS, template_map};
use crate::text::escape_html;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 150.0;
const AXIS: f64 = 22.0;
const TOP: f64 = 8.0;
const MAX_BAR: f64 = 36.0;

/// `{svg, months: [{label, count}]}` for a subject's month counts (oldest first), or none
/// when it has no dated articles.
pub fn timeline(subject: &str, months: &[(i16, i8, usize)]) -> Value {
    if months.is_empty() {
        return Value::none();
    }
    let rows: Vec<Value> = months
        .iter()
        .map(|&(y, m, count)| {
            template_map([("label", label(y, m).into()), ("count", count.into())])
        })
        .collect();
    template_map([
        ("svg", svg(subject, months).into()),
        ("months", rows.into()),
    ])
}

fn label(y: i16, m: i8) -> String {
    format!("{} {y}", MONTHS[(m - 1) as usize])
}

/// The chart itself. Bars share the width; the tallest month fills the height.
pub fn svg(subject: &str, months: &[(i16, i8, usize)]) -> String {
    let max = months.iter().map(|m| m.2).max().unwrap_or(0).max(1);
    let slot = WIDTH / months.len() as f64;
    let gap = if slot > 4.0 { slot * 0.15 } else { 0.0 };
    // A few months must not become slabs: bars stay narrow and centred in their slot.
    let bar = (slot - gap).clamp(0.5, MAX_BAR);
    let plot = HEIGHT - AXIS - TOP;
    let (first, last) = (months[0], months[months.len() - 1]);
    let mut s = String::with_capacity(200 + months.len() * 90);
    let _ = write!(
        s,
        "<svg class=\"timeline-chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-labelledby=\"timeline-title\" focusable=\"false\"><title id=\"timeline-title\">Articles per month mentioning {}, {} (most in one month: {max})</title>",
        escape_html(subject),
        if months.len() == 1 {
            format!("in {}", label(first.0, first.1))
        } else {
            format!("{} to {}", label(first.0, first.1), label(last.0, last.1))
        },
    );
    let _ = write!(
        s,
        "<line class=\"axis\" x1=\"0\" y1=\"{y}\" x2=\"{WIDTH}\" y2=\"{y}\"/>",
        y = HEIGHT - AXIS
    );
    for (i, &(y, m, count)) in months.iter().enumerate() {
        let x = i as f64 * slot;
        let h = plot * count as f64 / max as f64;
        if count > 0 {
            let _ = write!(
                s,
                "<rect class=\"bar\" x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\"><title>{}: {count}</title></rect>",
                x + (slot - bar) / 2.0,
                HEIGHT - AXIS - h,
                bar,
                h,
                label(y, m)
            );
        }
        if m == 1 || i == 0 {
            let _ = write!(
                s,
                "<text class=\"tick\" x=\"{:.2}\" y=\"{:.2}\">{y}</text>",
                x + 1.0,
                HEIGHT - 6.0
            );
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_for_non_empty_months_and_escaped_title() {
        let s = svg("<Evil & Co>", &[(2019, 1, 2), (2019, 2, 0), (2019, 3, 1)]);
        assert_eq!(s.matches("<rect").count(), 2);
        assert!(s.contains("&lt;Evil &amp; Co&gt;"));
        assert!(s.contains("<title>January 2019: 2</title>"));
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
    }
}
