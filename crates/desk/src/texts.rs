//! The desk's words, from `locales/desk/*.json` through the model's typed table
//! (`micronit_model::i18n::desk`): a misspelt key does not compile, and the typography
//! test reads those files with the site's.

pub use micronit_model::i18n::desk::{t, tf, Key};
use micronit_model::i18n::plural;
use micronit_model::Lang;

/// A count of findings: "1 erreur", "3 avertissements".
pub fn count(lang: Lang, n: usize, error: bool) -> String {
    let (one, other) = if error {
        (Key::CountErrorsOne, Key::CountErrorsOther)
    } else {
        (Key::CountWarningsOne, Key::CountWarningsOther)
    };
    tf(lang, plural(lang, n, one, other), &[("n", &n.to_string())])
}

/// The name of a column of the spreadsheet, as a coordinator reads it.
pub fn column_label(column: &str, lang: Lang) -> &'static str {
    let key = match column {
        "acronym" => Key::ColumnAcronym,
        "axes" => Key::ColumnAxes,
        "city" => Key::ColumnCity,
        "description_en" => Key::ColumnDescriptionEn,
        "description_fr" => Key::ColumnDescriptionFr,
        "expertise" => Key::ColumnExpertise,
        "hal" => Key::ColumnHal,
        "id" => Key::ColumnId,
        "illustrative" => Key::ColumnIllustrative,
        "institutions" => Key::ColumnInstitutions,
        "lat" => Key::ColumnLat,
        "leaders" => Key::ColumnLeaders,
        "lon" => Key::ColumnLon,
        "name_en" => Key::ColumnNameEn,
        "name_fr" => Key::ColumnNameFr,
        "region" => Key::ColumnRegion,
        "rnsr" => Key::ColumnRnsr,
        "status" => Key::ColumnStatus,
        "tumor_types" => Key::ColumnTumorTypes,
        "unit" => Key::ColumnUnit,
        "website" => Key::ColumnWebsite,
        _ => Key::ColumnOther,
    };
    t(lang, key)
}

/// The name of a part of the snapshot other than the teams.
pub fn section_label(key: &str, lang: Lang) -> &'static str {
    let key = match key {
        "about" => Key::SectionAbout,
        "axes" => Key::SectionAxes,
        "events" => Key::SectionEvents,
        "expertise" => Key::SectionExpertise,
        "institutions" => Key::SectionInstitutions,
        "licence" => Key::SectionLicence,
        "news" => Key::SectionNews,
        "partners" => Key::SectionPartners,
        "regions" => Key::SectionRegions,
        "tumor_types" => Key::SectionTumorTypes,
        "updated" => Key::SectionUpdated,
        _ => Key::SectionOther,
    };
    t(lang, key)
}
