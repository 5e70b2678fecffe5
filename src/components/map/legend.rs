//! The map's legend, and the choice of what the colours show.

use leptos::prelude::*;
use micronit_model::{Consortium, Lang, Membership};

use super::glyph::glyph_parts;
use super::Colours;
use crate::i18n::{t, tf, Key};
use crate::meta::colon;

/// A small picture for the legend: the shape of a status in the given fills.
pub(super) fn swatch(status: Membership, fills: &[&str]) -> impl IntoView {
    let parts = glyph_parts(status, fills)
        .into_iter()
        .map(|(class, d)| view! { <path class=class d=d/> })
        .collect_view();
    view! { <svg class="swatch" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">{parts}</svg> }
}

/// The legend, and the choice of what the colours show.
pub(super) fn legend(
    c: &Consortium,
    lang: Lang,
    colours: RwSignal<Colours>,
    ids: &str,
) -> impl IntoView {
    let group = format!("{ids}-colours");
    let axes: Vec<(String, String)> = c
        .axes
        .iter()
        .map(|a| {
            (
                format!("fill-axis-{}", a.number),
                format!(
                    "{}{}{}",
                    tf(lang, Key::AxisLabel, &[("n", &a.number.to_string())]),
                    colon(lang),
                    a.title.in_lang(lang)
                ),
            )
        })
        .collect();
    // Teams whose axes the sources do not state are drawn grey, which the legend then says.
    let no_axis = c.teams.iter().any(|t| t.axes.is_empty());
    let items = move || {
        let by_axis = colours.get() == Colours::Axis;
        let mut list: Vec<(Membership, Vec<&str>, String)> = Vec::new();
        if by_axis {
            for (class, label) in &axes {
                list.push((Membership::Member, vec![class.as_str()], label.clone()));
            }
            list.push((
                Membership::Member,
                vec!["fill-axis-1", "fill-axis-2"],
                t(lang, Key::MapLegendShared).to_owned(),
            ));
            if no_axis {
                list.push((
                    Membership::Member,
                    vec!["fill-none"],
                    t(lang, Key::MapLegendNoAxis).to_owned(),
                ));
            }
        }
        let (m, a, u) = if by_axis {
            ("fill-plain", "fill-plain", "fill-plain")
        } else {
            ("fill-member", "fill-associated", "fill-unstated")
        };
        list.push((
            Membership::Member,
            vec![m],
            t(lang, Key::MapLegendMember).to_owned(),
        ));
        list.push((
            Membership::Associated,
            vec![a],
            t(lang, Key::MapLegendAssociated).to_owned(),
        ));
        list.push((
            Membership::Unstated,
            vec![u],
            t(lang, Key::MapLegendUnstated).to_owned(),
        ));
        list.into_iter()
            .map(|(status, fills, label)| view! { <li>{swatch(status, &fills)}{label}</li> })
            .collect_view()
    };
    let radio = move |value: Colours, key: Key, id: String| {
        view! {
            <label for=id.clone()>
                <input type="radio" id=id.clone() name=group.clone() prop:checked=move || colours.get() == value
                    on:change=move |_| colours.set(value)/>
                {t(lang, key)}
            </label>
        }
    };
    view! {
        <div class="map-legend">
            <fieldset class="map-colours">
                <legend>{t(lang, Key::MapColourBy)}</legend>
                {radio(Colours::Axis, Key::MapColourAxis, format!("{ids}-colours-axis"))}
                {radio(Colours::Status, Key::MapColourStatus, format!("{ids}-colours-status"))}
            </fieldset>
            <ul class="legend-items" aria-label=t(lang, Key::MapLegend)>
                {items}
                <li>
                    <svg class="swatch" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
                        <circle class="cluster-disc" r="11"/>
                        <text class="cluster-count" text-anchor="middle" dy="0.35em">"3"</text>
                    </svg>
                    {t(lang, Key::MapLegendCluster)}
                </li>
            </ul>
        </div>
    }
}
