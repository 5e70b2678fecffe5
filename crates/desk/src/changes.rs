//! What the file changes on the site: the counts against the published and declared
//! ones, the teams added and removed, each changed team's fields before and after (both
//! languages of a text are two fields), and the other parts of the snapshot that differ.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{Counts, Lang, Snapshot, Team};

use crate::opened::Opened;
use crate::texts::{self, column_label, section_label, Key};

fn team_label(team: &Team, lang: Lang) -> String {
    let name = team.name.in_lang(lang);
    match &team.acronym {
        Some(acronym) => format!("{acronym} — {name} ({})", team.id),
        None => format!("{name} ({})", team.id),
    }
}

#[component]
fn CountsTable(before: Counts, after: Counts, declared: Counts, lang: Lang) -> impl IntoView {
    let t = move |key: Key| texts::t(lang, key);
    // A status's count agrees with the declared one when the teams whose status is not
    // stated can make up the difference; the network declares no unstated count.
    let row = move |label: Key, pick: fn(&Counts) -> usize, exact: bool| {
        let (b, a, d) = (pick(&before), pick(&after), pick(&declared));
        let differs = if exact {
            a != d
        } else {
            !after.can_make_up(a, d)
        };
        view! {
            <tr class:differs=differs>
                <th scope="row">{t(label)}</th>
                <td>{b}</td>
                <td>{a}</td>
                <td>{d}</td>
            </tr>
        }
    };
    let unstated = view! {
        <tr>
            <th scope="row">{t(Key::Unstated)}</th>
            <td>{before.unstated}</td>
            <td>{after.unstated}</td>
            <td>"—"</td>
        </tr>
    };
    view! {
        <table class="desk-counts">
            <caption>{t(Key::CountsCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(Key::Count)}</th>
                    <th scope="col">{t(Key::Published)}</th>
                    <th scope="col">{t(Key::ThisFile)}</th>
                    <th scope="col">{t(Key::Declared)}</th>
                </tr>
            </thead>
            <tbody>
                {row(Key::Teams, |c| c.teams, true)}
                {row(Key::Members, |c| c.members, false)}
                {row(Key::Associated, |c| c.associated, false)}
                {unstated}
            </tbody>
        </table>
    }
}

#[component]
pub fn Changes(opened: Opened, published: Arc<Snapshot>, lang: Lang) -> impl IntoView {
    let t = move |key: Key| texts::t(lang, key);
    let review = opened.review.clone();
    // Read from the review, not copied: the views below own what they show.
    let (Some(changes), Some(new)) = (&review.changes, &review.snapshot) else {
        return ().into_any();
    };
    let value = move |v: String| {
        if v.is_empty() {
            view! { <em class="desk-empty">{t(Key::EmptyValue)}</em> }.into_any()
        } else {
            view! { <span>{v}</span> }.into_any()
        }
    };
    let list = |title: Key, teams: Vec<String>| {
        (!teams.is_empty()).then(|| {
            view! {
                <h3>{t(title)}" ("{teams.len()}")"</h3>
                <ul>{teams.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}</ul>
            }
        })
    };
    let added = changes
        .added
        .iter()
        .map(|&i| team_label(&new.teams[i], lang))
        .collect();
    let removed = changes
        .removed
        .iter()
        .map(|&i| team_label(&published.teams[i], lang))
        .collect();
    let changed = (!changes.changed.is_empty()).then(|| {
        let teams = changes
            .changed
            .iter()
            .map(|change| {
                let rows = change
                    .cells
                    .iter()
                    .map(|cell| {
                        view! {
                            <tr>
                                <th scope="row">{column_label(cell.column, lang)}" "<code>{cell.column}</code></th>
                                <td class="desk-before">{value(cell.before.clone())}</td>
                                <td class="desk-after">{value(cell.after.clone())}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="desk-team-changes">
                        <caption>{team_label(&new.teams[change.team], lang)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Key::Field)}</th>
                                <th scope="col">{t(Key::Before)}</th>
                                <th scope="col">{t(Key::After)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
            })
            .collect_view();
        view! {
            <h3>{t(Key::Changed)}" ("{changes.changed.len()}")"</h3>
            {teams}
        }
    });
    let sections = (!changes.sections.is_empty()).then(|| {
        view! {
            <h3>{t(Key::OtherParts)}</h3>
            <ul>
                {changes.sections.iter().map(|key| view! { <li>{section_label(key, lang)}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <section class="desk-changes" aria-labelledby="desk-changes-title">
            <h2 id="desk-changes-title">{t(Key::ChangesTitle)}</h2>
            {changes.is_empty().then(|| view! { <p>{t(Key::NoChange)}</p> })}
            <CountsTable before=changes.before after=changes.after declared=changes.declared lang/>
            {list(Key::Added, added)}
            {list(Key::Removed, removed)}
            {changed}
            {sections}
        </section>
    }
    .into_any()
}
