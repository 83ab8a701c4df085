//! What the archive says about each actor and topic, computed once per build after the archive is
//! built: first and last appearance, articles per month, the actors that appear with it (ranked
//! by local mutual information so that ubiquitous actors do not top every list), its topics, and
//! each article's related articles (an inverted index over actors and topics with IDF weights).
//! Costs stay linear in the archive: O(articles × actors-per-article²) for co-occurrence and a
//! bounded window per feature for related articles; never all pairs of articles.

mod update;

use std::collections::HashMap;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::archive::{Archive, Entry};

pub use update::History;

/// Actors counted per article for co-occurrence (the most mentioned ones), bounding the pairs.
const MAX_ACTORS_PER_ARTICLE: usize = 24;
/// Co-occurring actors and topics kept per profile.
const MAX_RANKED: usize = 10;
/// Related articles kept per article.
pub const MAX_RELATED: usize = 5;
/// Neighbours (by date order) looked at in each shared actor's or topic's article list.
const RELATED_WINDOW: usize = 150;

/// Something ranked on a profile: an index into actors or topics, how many articles it shares
/// with the profile's subject, and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// Index into [`Archive::actors`] or [`Archive::topics`].
    pub id: usize,
    /// Articles shared.
    pub count: usize,
    /// Association score (local mutual information; higher is more specific).
    pub score: f64,
}

/// One actor's or topic's profile across the archive.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Earliest dated article.
    pub first: Option<usize>,
    /// Latest dated article.
    pub last: Option<usize>,
    /// Articles per month `(year, month, count)`, oldest first, every month between the first
    /// and last appearance included (zeros too) so the timeline keeps its scale.
    pub months: Vec<(i16, i8, usize)>,
    /// Actors appearing in the same articles, most specific first.
    pub actors: Vec<Ranked>,
    /// Topics of its articles, most frequent first (empty for topics).
    pub topics: Vec<Ranked>,
}

/// A related article: entry index and score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Related {
    /// Index into [`Archive::entries`].
    pub entry: usize,
    /// Weighted overlap.
    pub score: f32,
}

/// Everything computed over the whole archive for the reader pages.
#[derive(Debug, Clone, Default)]
pub struct Insight {
    /// One per actor, in [`Archive::actors`] order.
    pub actors: Vec<Profile>,
    /// One per topic, in [`Archive::topics`] order.
    pub topics: Vec<Profile>,
    /// Per entry, up to [`MAX_RELATED`] related entries, best first.
    pub related: Vec<Vec<Related>>,
}

impl Insight {
    /// Computes every profile and the related articles.
    pub fn build(archive: &Archive) -> Insight {
        let related = related_all(archive);
        Insight::with_related(archive, related)
    }

    /// Like [`Insight::build`], but reuses the related articles of the archive `history` was
    /// taken from for the articles that no change can reach.
    pub fn update(archive: &Archive, history: &History) -> Insight {
        let related = history
            .related(archive)
            .unwrap_or_else(|| related_all(archive));
        Insight::with_related(archive, related)
    }

    /// Computes every profile; `related` is already known.
    fn with_related(archive: &Archive, related: Vec<Vec<Related>>) -> Insight {
        let (pairs, actor_topics) = count_pairs(archive);
        let n = archive.entries.len();
        let actors = (0..archive.actors.len())
            .into_par_iter()
            .map(|a| {
                let ids = &archive.actors[a].articles;
                let mut p = dated_profile(archive, ids);
                p.actors = rank(pairs.get(a), ids.len(), n, |b| {
                    archive.actors[b].articles.len()
                });
                p.topics = by_count(actor_topics.get(a));
                p
            })
            .collect();
        let topics = (0..archive.topics.len())
            .into_par_iter()
            .map(|t| {
                let ids = &archive.topics[t].articles;
                let mut p = dated_profile(archive, ids);
                let mut counts: HashMap<usize, usize> = HashMap::new();
                for &e in ids {
                    for &(a, _) in capped(&archive.entries[e]) {
                        *counts.entry(a).or_default() += 1;
                    }
                }
                p.actors = rank(Some(&counts), ids.len(), n, |b| {
                    archive.actors[b].articles.len()
                });
                p
            })
            .collect();
        Insight {
            actors,
            topics,
            related,
        }
    }
}

fn capped(e: &Entry) -> &[(usize, usize)] {
    &e.actors[..e.actors.len().min(MAX_ACTORS_PER_ARTICLE)]
}

type Counts = Vec<HashMap<usize, usize>>;

/// Actor–actor and actor–topic article counts, in one pass over the articles.
fn count_pairs(archive: &Archive) -> (Counts, Counts) {
    let mut pairs: Counts = vec![HashMap::new(); archive.actors.len()];
    let mut topics: Counts = vec![HashMap::new(); archive.actors.len()];
    for e in &archive.entries {
        let ids = capped(e);
        for (i, &(a, _)) in ids.iter().enumerate() {
            for &(b, _) in &ids[i + 1..] {
                *pairs[a].entry(b).or_default() += 1;
                *pairs[b].entry(a).or_default() += 1;
            }
            for &t in &e.topics {
                *topics[a].entry(t).or_default() += 1;
            }
        }
    }
    (pairs, topics)
}

/// Ranks co-occurring actors by local mutual information, `c(a,b) · ln(N·c(a,b) / (c(a)·c(b)))`:
/// pointwise mutual information weighted by the shared count, so that neither one-off pairs nor
/// actors present everywhere win. Ties go to the larger count, then the lower index (name order).
fn rank(
    counts: Option<&HashMap<usize, usize>>,
    own: usize,
    n: usize,
    df: impl Fn(usize) -> usize,
) -> Vec<Ranked> {
    let Some(counts) = counts else {
        return Vec::new();
    };
    let mut out: Vec<Ranked> = counts
        .iter()
        .map(|(&id, &count)| {
            let expected = (own as f64) * (df(id) as f64) / (n.max(1) as f64);
            let score = count as f64 * ((count as f64) / expected.max(f64::MIN_POSITIVE)).ln();
            Ranked { id, count, score }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.count.cmp(&a.count))
            .then(a.id.cmp(&b.id))
    });
    out.truncate(MAX_RANKED);
    out.shrink_to_fit();
    out
}

fn by_count(counts: Option<&HashMap<usize, usize>>) -> Vec<Ranked> {
    let Some(counts) = counts else {
        return Vec::new();
    };
    let mut out: Vec<Ranked> = counts
        .iter()
        .map(|(&id, &count)| Ranked {
            id,
            count,
            score: count as f64,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
    out.truncate(MAX_RANKED);
    out.shrink_to_fit();
    out
}

fn day(archive: &Archive, e: usize) -> Option<Date> {
    archive.entries[e].article.date.map(|d| d.day)
}

/// First and last appearance and the month counts of a list of articles (newest first).
fn dated_profile(archive: &Archive, ids: &[usize]) -> Profile {
    let dated: Vec<usize> = ids
        .iter()
        .copied()
        .filter(|&e| day(archive, e).is_some())
        .collect();
    let (Some(&last), Some(&first)) = (dated.first(), dated.last()) else {
        return Profile::default();
    };
    Profile {
        first: Some(first),
        last: Some(last),
        months: month_counts(dated.iter().filter_map(|&e| day(archive, e))),
        ..Profile::default()
    }
}

/// Counts per month, oldest first, with every month between the first and last filled in.
pub fn month_counts(days: impl Iterator<Item = Date>) -> Vec<(i16, i8, usize)> {
    let mut counts: std::collections::BTreeMap<(i16, i8), usize> = Default::default();
    for d in days {
        *counts.entry((d.year(), d.month())).or_default() += 1;
    }
    let (Some((&start, _)), Some((&end, _))) = (counts.first_key_value(), counts.last_key_value())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let (mut y, mut m) = start;
    while (y, m) <= end {
        out.push((y, m, counts.get(&(y, m)).copied().unwrap_or(0)));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// What related-article scores are made of: IDF per actor and topic, day number per entry.
struct Weights {
    actors: Vec<f32>,
    topics: Vec<f32>,
    days: Vec<Option<i32>>,
}

impl Weights {
    fn of(archive: &Archive) -> Weights {
        let n = archive.entries.len();
        let idf = |df: usize| ((n as f32 + 1.0) / (df as f32 + 0.5)).ln().max(0.0);
        let epoch = Date::constant(1970, 1, 1);
        Weights {
            actors: archive
                .actors
                .iter()
                .map(|a| idf(a.articles.len()))
                .collect(),
            topics: archive
                .topics
                .iter()
                .map(|t| 0.5 * idf(t.articles.len()))
                .collect(),
            // Day numbers once: date arithmetic per candidate pair would dominate the cost.
            days: (0..n)
                .map(|e| day(archive, e).map(|d| (d - epoch).get_days()))
                .collect(),
        }
    }
}

/// Related articles for every entry.
fn related_all(archive: &Archive) -> Vec<Vec<Related>> {
    let all: Vec<usize> = (0..archive.entries.len()).collect();
    related_of(archive, &Weights::of(archive), &all)
}

/// Related articles for the entries `ids`, in parallel, each thread reusing one score buffer.
fn related_of(archive: &Archive, weights: &Weights, ids: &[usize]) -> Vec<Vec<Related>> {
    let n = archive.entries.len();
    ids.par_iter()
        .map_init(
            || (vec![0f32; n], Vec::new()),
            |(scores, touched), &i| related_one(archive, i, weights, scores, touched),
        )
        .collect()
}

/// Scores the neighbours of `i` through each of its actors and topics, then weighs by date
/// distance. Each feature contributes only its [`RELATED_WINDOW`] articles closest in date (its
/// list is in date order), which bounds the work for actors that appear everywhere.
fn related_one(
    archive: &Archive,
    i: usize,
    w: &Weights,
    scores: &mut [f32],
    touched: &mut Vec<usize>,
) -> Vec<Related> {
    let e = &archive.entries[i];
    let features = capped(e)
        .iter()
        .map(|&(a, _)| (&archive.actors[a].articles, w.actors[a]))
        .chain(
            e.topics
                .iter()
                .map(|&t| (&archive.topics[t].articles, w.topics[t])),
        );
    for (list, weight) in features {
        if weight <= 0.0 {
            continue;
        }
        let at = list.binary_search(&i).unwrap_or_else(|p| p);
        let lo = at.saturating_sub(RELATED_WINDOW / 2);
        let hi = (at + RELATED_WINDOW / 2 + 1).min(list.len());
        for &j in &list[lo..hi] {
            if j != i {
                if scores[j] == 0.0 {
                    touched.push(j);
                }
                scores[j] += weight;
            }
        }
    }
    let mine = w.days[i];
    let mut out: Vec<Related> = touched
        .drain(..)
        .map(|j| {
            let s = std::mem::take(&mut scores[j]);
            Related {
                entry: j,
                score: s * closeness(mine, w.days[j]),
            }
        })
        .collect();
    let best = |a: &Related, b: &Related| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry));
    // Only the best few are kept: partition around the cut before sorting them.
    if out.len() > MAX_RELATED {
        out.select_nth_unstable_by(MAX_RELATED - 1, best);
        out.truncate(MAX_RELATED);
    }
    out.sort_by(best);
    // Kept for the whole build, one per article: without the room the candidates needed.
    out.shrink_to_fit();
    out
}

/// 1 for the same day, ½ at six months apart, falling slowly after; ½ when a date is missing.
fn closeness(a: Option<i32>, b: Option<i32>) -> f32 {
    match (a, b) {
        (Some(a), Some(b)) => {
            let days = a.abs_diff(b) as f32;
            1.0 / (1.0 + days / 182.0)
        }
        _ => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_filled_between_first_and_last() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        let got = month_counts([d(2019, 11, 3), d(2020, 1, 5), d(2020, 1, 9)].into_iter());
        assert_eq!(got, vec![(2019, 11, 1), (2019, 12, 0), (2020, 1, 2)]);
    }

    #[test]
    fn ubiquitous_actors_rank_below_specific_ones() {
        // Subject in 10 of 100 articles; X appears in all 100 and with the subject 10 times;
        // Y appears in 5 articles, 4 of them with the subject.
        let counts: HashMap<usize, usize> = [(1, 10), (2, 4)].into_iter().collect();
        let df = |b: usize| if b == 1 { 100 } else { 5 };
        let ranked = rank(Some(&counts), 10, 100, df);
        assert_eq!(ranked[0].id, 2);
        assert_eq!(ranked[1].count, 10);
    }

    #[test]
    fn closer_dates_weigh_more() {
        assert!(closeness(Some(100), Some(101)) > closeness(Some(100), Some(466)));
        assert_eq!(closeness(Some(100), Some(100)), 1.0);
        assert_eq!(closeness(None, Some(100)), 0.5);
    }
}
