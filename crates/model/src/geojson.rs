//! The teams as GeoJSON (RFC 7946), for map tools: one `Feature` a team, a `Point` at its
//! coordinates, longitude first, to the seventh decimal at most (about a centimetre),
//! with its fields as properties, texts in both languages.

use serde::Serialize;

use crate::{Lang, Page, Source, Team};

#[derive(Serialize)]
struct FeatureCollection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature<'a>>,
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    geometry: Geometry,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

#[derive(Serialize)]
struct Properties<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    acronym: Option<&'a str>,
    name_fr: &'a str,
    name_en: &'a str,
    description_fr: &'a str,
    description_en: &'a str,
    city: &'a str,
    region: &'a str,
    institutions: &'a [String],
    axes: &'a [u8],
    tumor_types: &'a [String],
    expertise: &'a [String],
    status: &'static str,
    illustrative: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
    /// The team's page in each language, from the site's root or as a full address.
    url_fr: String,
    url_en: String,
    /// Where its facts come from, as the snapshot gives them.
    #[serde(skip_serializing_if = "<[Source]>::is_empty")]
    sources: &'a [Source],
}

/// A coordinate to the seventh decimal.
fn seven(x: f64) -> f64 {
    (x * 1e7).round() / 1e7
}

/// The teams as a GeoJSON FeatureCollection; `site` is the site's address (`https://…/`)
/// or path (`/`), which the team pages' addresses start with.
///
/// ```
/// let json = include_str!("../../../public/data/consortium.json");
/// let c = micronit_model::Snapshot::from_json(json).unwrap();
/// let geojson: serde_json::Value = serde_json::from_str(&micronit_model::teams_geojson(&c.teams, "/")).unwrap();
/// let first = &geojson["features"][0];
/// assert_eq!(first["geometry"]["coordinates"][0], c.teams[0].location.lon);
/// assert_eq!(first["properties"]["url_en"], "/en/teams/lnox");
/// assert_eq!(first["properties"]["sources"][0]["url"], c.teams[0].sources[0].url.as_str());
/// ```
pub fn teams_geojson<'a>(teams: impl IntoIterator<Item = &'a Team>, site: &str) -> String {
    let site = site.trim_end_matches('/');
    let features = teams
        .into_iter()
        .map(|t| Feature {
            kind: "Feature",
            id: &t.id,
            geometry: Geometry {
                kind: "Point",
                coordinates: [seven(t.location.lon), seven(t.location.lat)],
            },
            properties: Properties {
                acronym: t.acronym.as_deref(),
                name_fr: &t.name.fr,
                name_en: &t.name.en,
                description_fr: &t.description.fr,
                description_en: &t.description.en,
                city: &t.city,
                region: &t.region,
                institutions: &t.institutions,
                axes: &t.axes,
                tumor_types: &t.tumor_types,
                expertise: &t.expertise,
                status: t.status.code(),
                illustrative: t.illustrative,
                website: t.website.as_deref(),
                url_fr: format!("{site}{}", Page::Team(t.id.clone()).path(Lang::Fr)),
                url_en: format!("{site}{}", Page::Team(t.id.clone()).path(Lang::En)),
                sources: &t.sources,
            },
        })
        .collect();
    let collection = FeatureCollection {
        kind: "FeatureCollection",
        features,
    };
    // Plain data of strings and finite numbers: it always serializes.
    serde_json::to_string(&collection).unwrap_or_default()
}
