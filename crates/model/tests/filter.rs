//! The filter engine's semantics: OR inside a facet, AND across facets, faceted
//! counts, tumor-type groups, accent folding, and the query string.

use micronit_model::{normalize, tally, topic_pairs, Facet, Filter, Index, Snapshot, TumorGroup};

const BUNDLED: &str = include_str!("../../../public/data/consortium.json");

fn ids(c: &Snapshot, teams: &[usize]) -> Vec<String> {
    teams.iter().map(|&i| c.teams[i].id.clone()).collect()
}

#[test]
fn french_letters_fold_to_plain_ascii() {
    assert_eq!(normalize("Hérault"), "herault");
    assert_eq!(normalize("hépatocellulaire"), "hepatocellulaire");
    assert_eq!(normalize("Œdème, cœur"), "oedeme  coeur");
    assert_eq!(normalize("Lætitia"), "laetitia");
    assert_eq!(normalize("Français, garçon"), "francais  garcon");
    assert_eq!(normalize("ÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇ"), "aaaeeeeiioouuuyc");
    assert_eq!(normalize("l’équipe"), "l equipe");
}

#[test]
fn text_search_ignores_case_and_accents_in_both_languages() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let index = Index::new(&c);
    let search = |q: &str| {
        let mut f = Filter::default();
        f.text = q.into();
        ids(&c, &index.apply(&f).teams)
    };
    assert_eq!(search("herault"), ["lnox"]);
    assert_eq!(search("HÉRAULT"), ["lnox"]);
    // "hepato" finds the French "hépatocellulaire" and the English "hepatocellular".
    let hepato = search("hepato");
    assert!(hepato.len() >= 2, "{hepato:?}");
    assert!(hepato
        .iter()
        .all(|id| c.team(id).unwrap().name.en.contains("hepatocellular")));
    // Units, cities and English descriptions are searched too.
    assert_eq!(search("umr 1037"), ["institut-claudius-regaud"]);
    assert_eq!(search("oxidative"), ["lnox"]);
    assert!(search("tours niche").contains(&"lnox".to_owned()));
    assert!(search("nothing-like-this").is_empty());
}

#[test]
fn or_inside_a_facet_and_across_facets() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let index = Index::new(&c);
    let mut f = Filter::default();
    f.toggle(Facet::TumorType, "glioblastoma");
    f.toggle(Facet::TumorType, "melanoma");
    let either = index.apply(&f).teams;
    let expected: Vec<usize> = (0..c.teams.len())
        .filter(|&i| {
            let t = &c.teams[i].tumor_types;
            t.contains(&"glioblastoma".into()) || t.contains(&"melanoma".into())
        })
        .collect();
    assert_eq!(either, expected);
    f.toggle(Facet::Status, "associated");
    let both = index.apply(&f).teams;
    assert!(!both.is_empty() && both.len() < either.len());
    assert!(both
        .iter()
        .all(|&i| c.teams[i].status == micronit_model::Membership::Associated));
    // Toggling again removes the value.
    f.toggle(Facet::Status, "associated");
    assert_eq!(index.apply(&f).teams, either);
}

#[test]
fn faceted_counts_say_what_each_option_would_give() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let index = Index::new(&c);
    let mut f = Filter::default();
    f.toggle(Facet::Axis, "1");
    let sel = index.apply(&f);
    // For every option of every facet, the count is the number of teams that the
    // other facets' filters let through and that have this option.
    for facet in Facet::ALL {
        let options: std::collections::BTreeSet<String> =
            c.teams.iter().flat_map(|t| facet.values(t)).collect();
        for value in options {
            let mut only = f.clone();
            let current: Vec<String> = f.selected(facet).iter().cloned().collect();
            only.set_all(facet, current.iter().map(String::as_str), false);
            only.toggle(facet, &value);
            assert_eq!(
                sel.count(facet, &value),
                index.apply(&only).teams.len(),
                "{facet:?} {value}"
            );
        }
    }
    // The counts of the selected facet's options add up to at least the teams listed.
    let axis_total: usize = ["1", "2", "3"]
        .iter()
        .map(|a| sel.count(Facet::Axis, a))
        .sum();
    assert!(axis_total >= sel.teams.len());
    // An option that would give nothing has a count of zero but is still known.
    assert_eq!(sel.count(Facet::Region, "corse"), 0);
}

#[test]
fn a_tumor_group_is_selected_at_once() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let index = Index::new(&c);
    let hema: Vec<&str> = c
        .tumor_types
        .iter()
        .filter(|t| t.group == TumorGroup::Hematological)
        .map(|t| t.id.as_str())
        .collect();
    let mut f = Filter::default();
    f.set_all(Facet::TumorType, hema.iter().copied(), true);
    assert_eq!(f.selected(Facet::TumorType).len(), 6);
    let teams = index.apply(&f).teams;
    assert!(teams.iter().all(|&i| c.teams[i]
        .tumor_types
        .iter()
        .any(|t| hema.contains(&t.as_str()))));
    f.set_all(Facet::TumorType, hema.iter().copied(), false);
    assert!(f.is_empty());
}

#[test]
fn the_query_string_round_trips() {
    let mut f = Filter::default();
    f.toggle(Facet::Region, "bretagne");
    f.toggle(Facet::Axis, "2");
    f.toggle(Facet::Expertise, "hypoxia");
    f.toggle(Facet::Status, "member");
    f.toggle(Facet::Institution, "inserm");
    f.toggle(Facet::TumorType, "glioblastoma");
    f.text = "Hérault & co, 100%".into();
    let q = f.to_query();
    assert_eq!(
        q,
        "axis=2&tumor=glioblastoma&expertise=hypoxia&institution=inserm&status=member&region=bretagne&q=H%C3%A9rault%20%26%20co%2C%20100%25"
    );
    assert_eq!(Filter::from_query(&q), f);
    assert_eq!(Filter::from_query(&format!("?{q}")), f);
    assert_eq!(Filter::from_query(""), Filter::default());
    // Broken escapes and unknown keys do no harm.
    let odd = Filter::from_query("q=%zz%&foo=bar&axis=,,2,");
    assert_eq!(odd.text, "%zz%");
    assert_eq!(odd.active(), [(Facet::Axis, "2".to_owned())]);
}

#[test]
fn filtering_a_synthetic_snapshot_of_5000_teams_works() {
    let base = Snapshot::from_json(BUNDLED).unwrap();
    let big = micronit_model::synthetic(base.snapshot(), 5000, 9);
    let index = Index::new(&big);
    let mut f = Filter::default();
    f.toggle(Facet::Axis, "2");
    f.toggle(Facet::TumorType, "myeloma");
    let sel = index.apply(&f);
    assert!(!sel.teams.is_empty() && sel.teams.len() < 5000);
    assert_eq!(sel.count(Facet::TumorType, "myeloma"), sel.teams.len());
}

#[test]
fn teams_sort_by_name_or_city_ignoring_accents() {
    use micronit_model::{sort_teams, Lang, Sort};
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let mut all: Vec<usize> = (0..c.teams.len()).collect();
    sort_teams(&mut all, &c, Sort::City, Lang::Fr);
    let cities: Vec<String> = all.iter().map(|&i| normalize(&c.teams[i].city)).collect();
    assert!(cities.windows(2).all(|w| w[0] <= w[1]), "{cities:?}");
    assert_eq!(c.teams[all[0]].city, "Angers");
    sort_teams(&mut all, &c, Sort::Name, Lang::En);
    let names: Vec<String> = all
        .iter()
        .map(|&i| normalize(&micronit_model::display_name(&c.teams[i], Lang::En)))
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    let f = Filter::from_query("sort=city&axis=1");
    assert_eq!(f.sort, Sort::City);
    assert_eq!(f.to_query(), "axis=1&sort=city");
    assert!(Filter::from_query("sort=city").is_empty());
}

#[test]
fn a_team_order_sorts_any_selection_as_sort_teams_does() {
    use micronit_model::{sort_teams, Lang, Sort, TeamOrder};
    let base = Snapshot::from_json(BUNDLED).unwrap();
    let c = micronit_model::synthetic(base.snapshot(), 500, 7);
    for (sort, lang) in [
        (Sort::Name, Lang::Fr),
        (Sort::Name, Lang::En),
        (Sort::City, Lang::Fr),
    ] {
        let order = TeamOrder::new(&c, sort, lang);
        // Every third team, in reverse: a selection in no particular order.
        let mut picked: Vec<usize> = (0..c.teams.len()).rev().step_by(3).collect();
        let mut expected = picked.clone();
        sort_teams(&mut expected, &c, sort, lang);
        order.sort(&mut picked);
        assert_eq!(picked, expected, "{sort:?} {lang:?}");
    }
    // The kept orders are the same orders.
    let orders = micronit_model::TeamOrders::default();
    assert_eq!(
        orders.get(&c, Sort::City, Lang::Fr),
        &TeamOrder::new(&c, Sort::City, Lang::Fr)
    );
    // An index from elsewhere goes last, and nothing panics.
    let order = TeamOrder::new(&c, Sort::Name, Lang::Fr);
    let mut with_stranger = vec![c.teams.len() + 5, 0, 1];
    order.sort(&mut with_stranger);
    assert_eq!(with_stranger[2], c.teams.len() + 5);
}

/// The bundled snapshot, and 5,000 synthetic teams built on it.
fn bundled_and_5000() -> (micronit_model::Consortium, Snapshot) {
    let base = Snapshot::from_json(BUNDLED).unwrap();
    let big = micronit_model::synthetic(base.snapshot(), 5000, 9);
    (base, big)
}

// A table's figure leads to the directory filtered by its scope and its value: the
// number written must be the number of teams that view lists.
#[test]
fn a_tally_is_the_count_of_the_view_it_leads_to() {
    let (base, big) = bundled_and_5000();
    for snapshot in [base.snapshot(), &big] {
        let index = Index::new(snapshot);
        for scope in [Filter::default(), Filter::from_query("axis=2")] {
            let in_scope = index.apply(&scope).teams;
            let teams = in_scope.iter().map(|&i| &snapshot.teams[i]);
            for facet in [
                Facet::TumorType,
                Facet::Expertise,
                Facet::Region,
                Facet::Status,
            ] {
                let counts = tally(teams.clone(), facet);
                assert!(!counts.is_empty());
                for (value, &n) in &counts {
                    let view = scope.clone().with(facet, value);
                    assert_eq!(index.apply(&view).teams.len(), n, "{facet:?} {value}");
                }
            }
        }
    }
}

/// The ids of the tumor types and of the areas of expertise, in the snapshot's order.
fn topics(snapshot: &Snapshot) -> (Vec<&str>, Vec<&str>) {
    (
        snapshot.tumor_types.iter().map(|x| x.id.as_str()).collect(),
        snapshot.expertise.iter().map(|x| x.id.as_str()).collect(),
    )
}

// The topic-pair table's cells against a direct count, and against the view they lead to.
#[test]
fn topic_pairs_count_the_teams_with_both_topics() {
    let (base, big) = bundled_and_5000();
    for snapshot in [base.snapshot(), &big] {
        let index = Index::new(snapshot);
        let (tumors, skills) = topics(snapshot);
        let pairs = topic_pairs(&snapshot.teams, &tumors, &skills);
        assert_eq!(pairs.len(), tumors.len());
        for (i, tumor) in tumors.iter().enumerate() {
            for (j, skill) in skills.iter().enumerate() {
                let direct = snapshot
                    .teams
                    .iter()
                    .filter(|t| {
                        t.tumor_types.iter().any(|x| x == tumor)
                            && t.expertise.iter().any(|x| x == skill)
                    })
                    .count();
                assert_eq!(pairs[i][j], direct, "{tumor} × {skill}");
                let view = Filter::default()
                    .with(Facet::TumorType, tumor)
                    .with(Facet::Expertise, skill);
                assert_eq!(index.apply(&view).teams.len(), direct);
            }
        }
    }
    // A team alone: each of its pairs counts one, every other pair none, and a topic
    // listed twice still counts once.
    let mut alone = base.snapshot().clone();
    alone.teams.truncate(1);
    let team = &mut alone.teams[0];
    let first = team.tumor_types[0].clone();
    team.tumor_types.push(first);
    let team = &alone.teams[0];
    let (tumors, skills) = topics(&alone);
    let pairs = topic_pairs(&alone.teams, &tumors, &skills);
    let sum: usize = pairs.iter().flatten().sum();
    let distinct = team.tumor_types.len() - 1;
    assert_eq!(sum, distinct * team.expertise.len());
    assert!(pairs.iter().flatten().all(|&n| n <= 1));
}
