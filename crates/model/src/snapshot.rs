//! The snapshot of the consortium: the one JSON file the site renders from.
//!
//! These types mirror `public/data/consortium.json` field for field. Unknown fields
//! are refused so that a misspelt key is reported rather than silently ignored.

use serde::{Deserialize, Serialize};

use crate::Text;

/// The version of the snapshot format these types write. Version 2 added the identifiers
/// (ROR, RNSR, HAL, ORCID), leaders as objects, the events' axes and the licence; version
/// 3 the sources of teams, news and events. An older file is read as the current version
/// without what came later ([`READABLE_VERSIONS`]).
pub const SCHEMA_VERSION: u32 = 3;

/// The versions of the snapshot format these types read.
pub const READABLE_VERSIONS: [u32; 3] = [1, 2, 3];

/// The snapshot as stored, before validation. See [`crate::Consortium`] for the
/// validated, indexed form the site uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Format version: one of [`READABLE_VERSIONS`]; written as [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Day of the last edit, `YYYY-MM-DD`.
    pub updated: String,
    /// The licence the consortium publishes its data under; absent until it has chosen
    /// one (the open-data page then says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
    pub about: About,
    pub axes: Vec<Axis>,
    pub tumor_types: Vec<TumorType>,
    pub expertise: Vec<Expertise>,
    pub institutions: Vec<Institution>,
    pub regions: Vec<Region>,
    pub teams: Vec<Team>,
    #[serde(default)]
    pub news: Vec<NewsItem>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub partners: Vec<Partner>,
}

/// A licence for the open data: its name and the address of its text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// As the licence names itself: "Licence Ouverte 2.0", "CC BY 4.0".
    pub name: Text,
    pub url: String,
}

/// Who the consortium is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct About {
    /// Short name, the same in both languages: "Micronit".
    pub name: String,
    /// What the name stands for.
    pub tagline: Text,
    /// The CNRS research group code: "GDR 3697".
    pub gdr: String,
    /// Month of creation, `YYYY-MM`.
    pub created: String,
    /// Who created the research group.
    pub created_by: String,
    /// City the network is coordinated from.
    pub coordination_city: String,
    /// One or two sentences for the home page.
    pub summary: Text,
    /// The mission statement, one entry per paragraph.
    pub mission: Vec<Text>,
    /// The group's history, one entry per paragraph.
    pub history: Vec<Text>,
    /// The numbers of teams the consortium states; the validator checks that the
    /// teams listed agree with them.
    pub declared_counts: DeclaredCounts,
}

/// Team counts as the consortium states them (27 teams: 17 members, 10 associated).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredCounts {
    pub teams: usize,
    pub members: usize,
    pub associated: usize,
}

/// A research axis of the consortium.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Axis {
    /// 1, 2 or 3: the axis number, used in URLs (`/fr/axes/2`).
    pub number: u8,
    pub title: Text,
    pub description: Text,
}

/// The two families of tumor types the consortium covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum TumorGroup {
    Hematological,
    Solid,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TumorType {
    pub id: String,
    pub group: TumorGroup,
    pub name: Text,
}

/// An area of scientific or technological expertise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Expertise {
    pub id: String,
    pub name: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum InstitutionKind {
    ResearchOrganisation,
    University,
    Hospital,
    CancerCentre,
    Other,
}

/// A body a team belongs to: CNRS, INSERM, CEA, a university, a hospital.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    pub kind: InstitutionKind,
    /// Its ROR id, bare (`02feahw73`): ror.org's register of research organisations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ror: Option<String>,
    /// Its number in the RNSR, the ministry's national register of research structures
    /// (`200012345A`), where it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rnsr: Option<String>,
}

/// An administrative region of France.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: Text,
}

/// A point in WGS 84 degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// Whether a team is a member of the GDR or an associated team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Membership {
    Member,
    Associated,
    /// The sources name the team in the network without saying which of the two it
    /// is: the site says so rather than guess.
    Unstated,
}

impl Membership {
    /// Every status, in the order the site lists them.
    pub const ALL: [Membership; 3] = [
        Membership::Member,
        Membership::Associated,
        Membership::Unstated,
    ];

    /// How the snapshot, the spreadsheet, the open data and the addresses write it.
    pub fn code(self) -> &'static str {
        match self {
            Membership::Member => "member",
            Membership::Associated => "associated",
            Membership::Unstated => "unstated",
        }
    }

    /// The status written `code`, if it is one.
    pub fn from_code(code: &str) -> Option<Membership> {
        Membership::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// A research team of the consortium.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// Slug used in URLs: lowercase letters, digits and hyphens.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    pub name: Text,
    pub description: Text,
    /// Laboratory unit code (for example "UMR 1037"), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The RNSR number of the team or of its unit, where a public source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rnsr: Option<String>,
    /// Its HAL collection code (`LNOX`) or structure id (`1043521`) in the open archive,
    /// where a public source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hal: Option<String>,
    /// Ids of [`Institution`]s.
    pub institutions: Vec<String>,
    pub city: String,
    /// Id of a [`Region`].
    pub region: String,
    pub location: LatLon,
    /// Team leaders, where the sources give them.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<LeaderSchema>"))]
    pub leaders: Vec<Leader>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Axis numbers.
    pub axes: Vec<u8>,
    /// Ids of [`TumorType`]s.
    pub tumor_types: Vec<String>,
    /// Ids of [`Expertise`] areas.
    pub expertise: Vec<String>,
    pub status: Membership,
    /// True when the entry stands in for a team whose details the sources do not
    /// give: the site must say so and present none of it as fact.
    pub illustrative: bool,
    /// Where its facts come from: at least one for a team that is not illustrative.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// A public page some of an entry's facts come from, for the reader to check them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Its address: `https://` or `http://`.
    pub url: String,
    /// Its title, as the page gives it, in its own language.
    pub title: String,
    /// The language it is written in, where it is one of the site's: its title is then
    /// marked as such on the pages of the other language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::Lang>,
    /// Who publishes it: the body or site ("Centre de recherche en cancérologie de Lyon").
    pub publisher: String,
    /// The day it was read, `YYYY-MM-DD`, where it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read: Option<String>,
    /// What it supports on this entry ("équipe, responsable, unité" / "team, leader, unit").
    pub supports: Text,
}

/// A team leader. Version 1 of the format wrote a leader as a name alone, which is still
/// read (as a leader without ORCID).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Leader {
    pub name: String,
    /// Their ORCID iD, bare (`0000-0002-1825-0097`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orcid: Option<String>,
}

/// The two ways a leader may be written, for the JSON Schema.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
#[allow(dead_code)]
enum LeaderSchema {
    /// The name alone (version 1 of the format).
    Name(String),
    Full {
        name: String,
        /// Their ORCID iD, bare (`0000-0002-1825-0097`).
        #[serde(default)]
        orcid: Option<String>,
    },
}

impl Leader {
    pub fn named(name: impl Into<String>) -> Self {
        Leader {
            name: name.into(),
            orcid: None,
        }
    }
}

impl<'de> Deserialize<'de> for Leader {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// The object form, with its unknown keys refused as everywhere else.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Full {
            name: String,
            #[serde(default)]
            orcid: Option<String>,
        }
        struct Either;
        impl<'de> serde::de::Visitor<'de> for Either {
            type Value = Leader;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a leader: {\"name\": …, \"orcid\": …} or a name")
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Leader, E> {
                Ok(Leader::named(name))
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<Leader, M::Error> {
                let full = Full::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Leader {
                    name: full.name,
                    orcid: full.orcid,
                })
            }
        }
        deserializer.deserialize_any(Either)
    }
}

/// A link to a source or further reading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: Text,
    pub url: String,
}

/// A news item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewsItem {
    /// Slug used in URLs.
    pub slug: String,
    /// `YYYY-MM-DD`; absent when the source does not date the news.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub title: Text,
    pub summary: Text,
    /// The body, one entry per paragraph.
    #[serde(default)]
    pub body: Vec<Text>,
    /// Ids of the teams the item is about.
    #[serde(default)]
    pub teams: Vec<String>,
    #[serde(default)]
    pub links: Vec<Link>,
    /// Where its facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// A scientific event: symposium, workshop, meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub title: Text,
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// Last day, `YYYY-MM-DD` (the same as `start` for a one-day event).
    pub end: String,
    pub city: String,
    pub description: Text,
    /// The research axes it is about (numbers); none for an event of the whole network,
    /// which every axis's calendar then holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub axes: Vec<u8>,
    #[serde(default)]
    pub links: Vec<Link>,
    /// Where its facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// An institution or programme that supports the consortium.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// What the partner is for the consortium.
    pub role: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}
