//! The teams close to a team: shared topics weighted by rarity, ties by name, a team alone
//! in its topics, complementary skills, and 5,000 teams.

use micronit_model::closeness::{close_teams, complementary_teams, Topic, MAX_NEIGHBOURS};
use micronit_model::{synthetic, Lang, Snapshot, Team, Text};

const BUNDLED: &str = include_str!("../../../public/data/consortium.json");

/// A team to make: its name, tumor types, areas of expertise and axes.
type Made<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [u8]);

/// The bundled snapshot with its teams replaced by `teams`, each made from the first team.
fn with_teams(teams: &[Made]) -> Snapshot {
    let c = Snapshot::from_json(BUNDLED).expect("valid");
    let mut s = c.snapshot().clone();
    let model = s.teams[0].clone();
    s.teams = teams
        .iter()
        .enumerate()
        .map(|(i, (name, tumors, expertise, axes))| Team {
            id: format!("team-{i}"),
            acronym: None,
            name: Text::new(*name, *name),
            tumor_types: tumors.iter().map(|s| (*s).to_owned()).collect(),
            expertise: expertise.iter().map(|s| (*s).to_owned()).collect(),
            axes: axes.to_vec(),
            ..model.clone()
        })
        .collect();
    s
}

fn names(s: &Snapshot, teams: impl IntoIterator<Item = usize>) -> Vec<String> {
    teams
        .into_iter()
        .map(|i| s.teams[i].name.en.clone())
        .collect()
}

#[test]
fn a_rare_shared_topic_counts_more_than_a_common_one() {
    let s = with_teams(&[
        ("Asked", &["sarcoma", "acute-leukemia"], &[], &[1]),
        ("Rare", &["sarcoma"], &[], &[]),
        ("Common", &["acute-leukemia"], &[], &[]),
        ("Other 1", &["acute-leukemia"], &[], &[]),
        ("Other 2", &["acute-leukemia"], &[], &[]),
    ]);
    let close = close_teams(&s, 0, Lang::En);
    assert_eq!(names(&s, close.iter().map(|c| c.team))[0], "Rare");
    assert!(close[0].score > close[1].score);
    assert_eq!(close[0].shared, [Topic::TumorType("sarcoma".into())]);
    // Two shared topics beat one of the same rarity.
    let s = with_teams(&[
        ("Asked", &["sarcoma"], &["imaging"], &[]),
        ("One", &["sarcoma"], &[], &[]),
        ("Two", &["sarcoma"], &["imaging"], &[]),
    ]);
    let close = close_teams(&s, 0, Lang::En);
    assert_eq!(names(&s, close.iter().map(|c| c.team)), ["Two", "One"]);
    assert_eq!(
        close[0].shared,
        [
            Topic::TumorType("sarcoma".into()),
            Topic::Expertise("imaging".into())
        ]
    );
}

#[test]
fn ties_are_broken_by_name_and_an_axis_alone_is_not_enough() {
    let s = with_teams(&[
        ("Asked", &["melanoma"], &[], &[2]),
        ("Zeta", &["melanoma"], &[], &[2]),
        ("Alpha", &["melanoma"], &[], &[2]),
        ("Axis only", &["sarcoma"], &[], &[2]),
    ]);
    let close = close_teams(&s, 0, Lang::En);
    assert_eq!(names(&s, close.iter().map(|c| c.team)), ["Alpha", "Zeta"]);
    assert_eq!(close[0].shared.last(), Some(&Topic::Axis(2)));
    assert_eq!(close[0].score, close[1].score);
}

#[test]
fn a_team_alone_in_its_topics_has_no_close_team() {
    let s = with_teams(&[
        ("Alone", &["glioblastoma"], &["biomechanics"], &[1]),
        ("Elsewhere", &["melanoma"], &["imaging"], &[1]),
    ]);
    assert!(close_teams(&s, 0, Lang::Fr).is_empty());
    assert!(complementary_teams(&s, 0, Lang::Fr).is_empty());
    // An index the snapshot does not have gives nothing rather than a panic.
    assert!(close_teams(&s, 99, Lang::Fr).is_empty());
}

#[test]
fn complementary_skills_are_other_expertise_on_a_shared_tumor_type() {
    let s = with_teams(&[
        ("Asked", &["myeloma", "lymphoma"], &["metabolism"], &[]),
        ("Same skills", &["myeloma"], &["metabolism"], &[]),
        (
            "Imaging on one",
            &["myeloma"],
            &["imaging", "metabolism"],
            &[],
        ),
        (
            "Two on two",
            &["myeloma", "lymphoma"],
            &["hypoxia", "imaging"],
            &[],
        ),
        ("Other tumors", &["melanoma"], &["hypoxia"], &[]),
    ]);
    let found = complementary_teams(&s, 0, Lang::En);
    assert_eq!(
        names(&s, found.iter().map(|c| c.team)),
        ["Two on two", "Imaging on one"]
    );
    assert_eq!(found[0].tumor_types, ["myeloma", "lymphoma"]);
    assert_eq!(found[0].brings, ["hypoxia", "imaging"]);
    assert_eq!(found[1].brings, ["imaging"]);
}

#[test]
fn at_most_six_and_the_same_at_5000_teams() {
    let big = synthetic(
        Snapshot::from_json(BUNDLED).expect("valid").snapshot(),
        5_000,
        7,
    );
    for index in [0, 2_500, 4_999] {
        let close = close_teams(&big, index, Lang::Fr);
        assert_eq!(close.len(), MAX_NEIGHBOURS);
        assert!(close.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(close
            .iter()
            .all(|c| c.team != index && !c.shared.is_empty()));
        assert!(complementary_teams(&big, index, Lang::Fr).len() <= MAX_NEIGHBOURS);
        // Deterministic.
        assert_eq!(close, close_teams(&big, index, Lang::Fr));
    }
}
