//! The options of a facet, with their labels in a language: the directory's filters,
//! its tables and the network's charts list the same options in the same order.

use micronit_model::{Consortium, Facet, Lang, Membership, TumorGroup};

use crate::components::status_label;
use crate::i18n::{tf, Key};
use crate::meta::colon;

/// One option of a facet: its query-string value and its label.
pub type Options = Vec<(String, String)>;

/// The options of `facet`, in the snapshot's order, with labels in `lang`.
pub fn options(c: &Consortium, facet: Facet, lang: Lang) -> Options {
    let used = |value: &str| {
        c.teams
            .iter()
            .any(|t| facet.values(t).iter().any(|v| v == value))
    };
    match facet {
        Facet::Axis => c
            .axes
            .iter()
            .map(|a| {
                let label = format!(
                    "{}{}{}",
                    tf(lang, Key::AxisLabel, &[("n", &a.number.to_string())]),
                    colon(lang),
                    a.title.in_lang(lang)
                );
                (a.number.to_string(), label)
            })
            .collect(),
        Facet::TumorType => c
            .tumor_types
            .iter()
            .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
            .collect(),
        Facet::Expertise => c
            .expertise
            .iter()
            .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
            .collect(),
        Facet::Institution => c
            .institutions
            .iter()
            .filter(|x| used(&x.id))
            .map(|x| {
                let name = x.name.in_lang(lang).to_owned();
                (
                    x.id.clone(),
                    x.acronym
                        .clone()
                        .filter(|a| a.len() < name.len())
                        .unwrap_or(name),
                )
            })
            .collect(),
        Facet::Status => Membership::ALL
            .into_iter()
            .map(|m| (m.code().to_owned(), status_label(m, lang).to_owned()))
            .collect(),
        Facet::Region => c
            .regions
            .iter()
            .filter(|x| used(&x.id))
            .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
            .collect(),
    }
}

/// The tumor types of `group`, in the snapshot's order, with labels in `lang`.
pub fn group_options(c: &Consortium, group: TumorGroup, lang: Lang) -> Options {
    c.tumor_types
        .iter()
        .filter(|x| x.group == group)
        .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
        .collect()
}

/// The query-string values of `options`, in their order.
pub fn ids(options: &Options) -> Vec<&str> {
    options.iter().map(|(id, _)| id.as_str()).collect()
}
