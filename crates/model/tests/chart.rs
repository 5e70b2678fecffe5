//! The network's charts: what each bar counts, and where it is drawn.

use micronit_model::chart::{
    counts, largest_first, layout, wrap, Count, Entry, Placed, BAR, BASELINE, LABEL_CHARS, LINE,
};
use micronit_model::{synthetic, Facet, Membership, Snapshot, Team};

const BUNDLED: &str = include_str!("../../../public/data/consortium.json");

/// The top of a row's first line of text.
fn top(row: &Placed) -> f64 {
    row.lines[0].y - BASELINE * LINE
}

/// The bottom of a row: its bar's, or its last line's.
fn bottom(row: &Placed) -> f64 {
    match row.bar {
        Some(bar) => bar.y + BAR,
        None => row.lines[row.lines.len() - 1].y + (1.0 - BASELINE) * LINE,
    }
}

fn bar(label: &str, teams: usize, illustrative: usize) -> Entry {
    Entry::Bar {
        label: label.into(),
        count: Count {
            teams,
            illustrative,
        },
    }
}

#[test]
fn a_bar_counts_the_teams_with_its_value_and_its_illustrative_ones() {
    let snapshot = Snapshot::from_json(BUNDLED).unwrap();
    let teams: Vec<&Team> = snapshot.teams.iter().collect();
    let axes = ["1", "2", "3"];
    let got = counts(&teams, Facet::Axis, &axes);
    for (value, count) in axes.iter().zip(&got) {
        let n: u8 = value.parse().unwrap();
        let with: Vec<&&Team> = teams.iter().filter(|t| t.axes.contains(&n)).collect();
        assert_eq!(count.teams, with.len(), "axis {value}");
        assert_eq!(
            count.illustrative,
            with.iter().filter(|t| t.illustrative).count(),
            "axis {value}"
        );
        assert!(count.teams > 0);
    }
    // The bundled snapshot has both kinds of team, so both parts are tested.
    assert!(got.iter().any(|c| c.illustrative > 0));
    assert!(got.iter().any(|c| c.illustrative < c.teams));
    // A value no team has counts nothing; a value listed twice by a team counts once.
    assert_eq!(
        counts(&teams, Facet::Expertise, &["no-such-area"]),
        [Count::default()]
    );
    let mut twice = snapshot.teams[0].clone();
    twice.expertise = vec!["imaging".into(), "imaging".into()];
    assert_eq!(
        counts(&[&twice], Facet::Expertise, &["imaging"])[0].teams,
        1
    );
}

#[test]
fn the_status_bars_add_up_to_the_network() {
    let snapshot = Snapshot::from_json(BUNDLED).unwrap();
    let teams: Vec<&Team> = snapshot.teams.iter().collect();
    let codes = Membership::ALL.map(Membership::code);
    let status = counts(&teams, Facet::Status, &codes);
    assert_eq!(status.iter().map(|c| c.teams).sum::<usize>(), teams.len());
    assert_eq!(
        status.iter().map(|c| c.illustrative).sum::<usize>(),
        teams.iter().filter(|t| t.illustrative).count()
    );
    // The teams whose status is not stated are real ones, never examples.
    assert_eq!((status[2].teams, status[2].illustrative), (4, 0));
}

#[test]
fn bars_are_ordered_by_teams_and_ties_keep_their_order() {
    let c = |teams| Count {
        teams,
        illustrative: 0,
    };
    assert_eq!(
        largest_first(&[c(2), c(5), c(2), c(0), c(5)]),
        [1, 4, 0, 2, 3]
    );
    assert!(largest_first(&[]).is_empty());
}

#[test]
fn the_largest_bar_fills_the_width_and_the_others_their_share() {
    let chart = layout(&[bar("A", 4, 0), bar("B", 2, 1), bar("C", 0, 0)]);
    let shapes: Vec<_> = chart.rows.iter().map(|r| r.bar.unwrap()).collect();
    assert_eq!((shapes[0].sourced, shapes[0].illustrative), (1.0, 0.0));
    // B: one team from the sources, one illustrative, each a quarter of the largest.
    assert_eq!((shapes[1].sourced, shapes[1].illustrative), (0.25, 0.25));
    assert_eq!((shapes[2].sourced, shapes[2].illustrative), (0.0, 0.0));
    // Each bar lies below its label's line, and the next label below the bar.
    for (row, next) in chart.rows.iter().zip(chart.rows.iter().skip(1)) {
        let shape = row.bar.unwrap();
        assert!(shape.y >= row.lines[0].y + (1.0 - BASELINE) * LINE);
        assert!(top(next) > bottom(row));
    }
    assert!(chart.height >= bottom(&chart.rows[2]));
}

#[test]
fn a_chart_of_nothing_draws_empty_bars() {
    let chart = layout(&[bar("A", 0, 0), bar("B", 0, 0)]);
    for row in &chart.rows {
        let shape = row.bar.unwrap();
        assert_eq!((shape.sourced, shape.illustrative), (0.0, 0.0));
    }
    assert_eq!(layout(&[]).height, 0.0);
    // A count that claims more illustrative teams than teams is drawn no longer than its
    // teams.
    let odd = layout(&[bar("A", 1, 3)]).rows[0].bar.unwrap();
    assert_eq!(odd.sourced + odd.illustrative, 1.0);
}

#[test]
fn groups_have_a_heading_without_a_bar() {
    let chart = layout(&[
        Entry::Group("Hematological malignancies".into()),
        bar("Acute leukemia", 3, 2),
        Entry::Group("Solid tumors".into()),
        bar("Melanoma", 1, 1),
    ]);
    let bars: Vec<bool> = chart.rows.iter().map(|r| r.bar.is_some()).collect();
    assert_eq!(bars, [false, true, false, true]);
    assert_eq!(chart.rows[2].lines[0].text, "Solid tumors");
    // Rows never overlap, and a group's heading has more room above it than a bar.
    assert_eq!(top(&chart.rows[0]), 0.0);
    for (row, next) in chart.rows.iter().zip(chart.rows.iter().skip(1)) {
        assert!(top(next) >= bottom(row) - 1e-9, "{row:?} {next:?}");
    }
    let before_group = top(&chart.rows[2]) - bottom(&chart.rows[1]);
    let before_bar = top(&chart.rows[3]) - bottom(&chart.rows[2]);
    assert!(before_group > before_bar);
}

#[test]
fn a_long_label_takes_several_lines_and_its_bar_comes_after_them() {
    let long = "Axe 1\u{a0}: Structure de la niche\u{a0}: composition et organisation cellulaire et moléculaire";
    let chart = layout(&[bar(long, 3, 0)]);
    let row = &chart.rows[0];
    assert!(row.lines.len() >= 2, "{:?}", row.lines);
    assert!(row
        .lines
        .iter()
        .all(|l| l.text.chars().count() <= LABEL_CHARS));
    assert_eq!(
        row.lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        long
    );
    let baselines: Vec<f64> = row.lines.iter().map(|l| l.y).collect();
    assert!(baselines
        .windows(2)
        .all(|w| (w[1] - w[0] - LINE).abs() < 1e-9));
    assert!(row.bar.unwrap().y >= baselines[baselines.len() - 1] + (1.0 - BASELINE) * LINE);
}

#[test]
fn wrapping_breaks_only_between_words_at_plain_spaces() {
    assert_eq!(wrap("a bb ccc", 4), ["a bb", "ccc"]);
    assert_eq!(wrap("", 4), [""]);
    assert_eq!(wrap("extracellular", 4), ["extracellular"]);
    // The no-break space before a French colon holds "niche :" together.
    assert_eq!(wrap("la niche\u{a0}: x", 8), ["la", "niche\u{a0}:", "x"]);
    assert_eq!(wrap("  two   spaces ", 40), ["two spaces"]);
}

#[test]
fn the_bars_of_5000_synthetic_teams_match_a_direct_count() {
    let base = Snapshot::from_json(BUNDLED).unwrap();
    let big = synthetic(&base, 5_000, 7);
    // The synthetic teams are illustrative: with the bundled ones, both kinds are counted.
    let teams: Vec<&Team> = base.teams.iter().chain(&big.teams).collect();
    let ids: Vec<&str> = big.expertise.iter().map(|x| x.id.as_str()).collect();
    let got = counts(&teams, Facet::Expertise, &ids);
    let direct: Vec<usize> = ids
        .iter()
        .map(|id| {
            teams
                .iter()
                .filter(|t| t.expertise.iter().any(|e| e == id))
                .count()
        })
        .collect();
    assert_eq!(got.iter().map(|c| c.teams).collect::<Vec<_>>(), direct);
}
