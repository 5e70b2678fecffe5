//! The names of markers and places, as read out and shown.

use micronit_model::{Consortium, Lang};

use crate::i18n::{count, tf, Key};

/// The short name of a team on the map: its acronym, or its name.
pub(super) fn short_name(c: &Consortium, i: usize, lang: Lang) -> String {
    c.teams.get(i).map_or_else(String::new, |team| {
        team.acronym
            .clone()
            .unwrap_or_else(|| team.name.in_lang(lang).to_owned())
    })
}

/// The accessible name of a marker: "LNOx — Tours", "Paris: 5 teams".
pub(super) fn marker_label(c: &Consortium, teams: &[usize], lang: Lang) -> String {
    match teams {
        [one] => {
            let city = c.teams.get(*one).map_or("", |t| t.city.as_str());
            format!("{} — {city}", short_name(c, *one, lang))
        }
        _ => tf(
            lang,
            Key::MapCluster,
            &[
                ("place", &place_name(c, teams)),
                (
                    "teams",
                    &count(lang, teams.len(), Key::TeamsCountOne, Key::TeamsCountOther),
                ),
            ],
        ),
    }
}

/// The cities of a group of teams: "Paris", "Lyon, Grenoble", "Lyon, Grenoble…".
pub(super) fn place_name(c: &Consortium, teams: &[usize]) -> String {
    let mut cities: Vec<&str> = Vec::new();
    for t in teams.iter().filter_map(|&i| c.teams.get(i)) {
        if !cities.contains(&t.city.as_str()) {
            cities.push(&t.city);
        }
    }
    let mut name = cities
        .iter()
        .take(2)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if cities.len() > 2 {
        name.push('…');
    }
    name
}
