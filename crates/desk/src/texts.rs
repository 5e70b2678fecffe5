//! The desk's words, each in French and English side by side: a text cannot lack one of
//! its languages (the type asks for both), and a test checks each is typeset its own way.

use micronit_model::Lang;

/// One text in the two languages.
#[derive(Clone, Copy, Debug)]
pub struct T {
    pub fr: &'static str,
    pub en: &'static str,
}

impl T {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }
}

pub const INTRO: T = T {
    fr: "Vérifiez ici un nouvel instantané des données ou un tableur des équipes avant de le publier\u{a0}: chaque problème, avec sa ligne et sa cellule, ce qui change par rapport au site publié, et un aperçu du site avec ces données. Le fichier reste dans votre navigateur\u{a0}: rien n’est envoyé.",
    en: "Check a new data snapshot or teams spreadsheet here before it is published: every problem, with its row and cell, what changes compared with the published site, and a preview of the site with this data. The file stays in your browser: nothing is sent.",
};
pub const OPEN_LABEL: T = T {
    fr: "Fichier à vérifier",
    en: "File to check",
};
pub const OPEN_HINT: T = T {
    fr: "Un instantané complet (consortium.json) ou le tableur des équipes (.csv, .xlsx d’Excel, .ods de LibreOffice), dans la disposition qu’il a au téléchargement.",
    en: "A whole snapshot (consortium.json) or the teams spreadsheet (.csv, Excel’s .xlsx, LibreOffice’s .ods), in the layout it has when downloaded.",
};
pub const DROP: T = T {
    fr: "Ou déposez le fichier ici.",
    en: "Or drop the file here.",
};
pub const PUBLISHED_LOADING: T = T {
    fr: "Chargement des données publiées…",
    en: "Loading the published data…",
};
pub const PUBLISHED_FAILED: T = T {
    fr: "Les données publiées n’ont pas pu être chargées\u{a0}: un instantané complet peut être vérifié, mais pas comparé, et un tableur ne peut pas être lu. Vérifiez la connexion, puis rechargez la page.",
    en: "The published data could not be loaded: a whole snapshot can be checked, but not compared, and a spreadsheet cannot be read. Check the connection, then reload the page.",
};
pub const START: T = T {
    fr: "Pour partir des données publiées, téléchargez les équipes comme tableur (à ouvrir dans LibreOffice ou Excel), ou l’instantané complet\u{a0}:",
    en: "To start from the published data, download the teams as a spreadsheet (to open in LibreOffice or Excel), or the whole snapshot:",
};
pub const DOWNLOAD_PUBLISHED_TEAMS: T = T {
    fr: "Télécharger les équipes publiées (CSV)",
    en: "Download the published teams (CSV)",
};
pub const DOWNLOAD_PUBLISHED_SNAPSHOT: T = T {
    fr: "Télécharger l’instantané publié (JSON)",
    en: "Download the published snapshot (JSON)",
};
pub const READING: T = T {
    fr: "Lecture du fichier…",
    en: "Reading the file…",
};
pub const READ_FAILED: T = T {
    fr: "Le navigateur n’a pas pu lire ce fichier. Essayez de l’ouvrir de nouveau.",
    en: "The browser could not read this file. Try opening it again.",
};
pub const FILE: T = T {
    fr: "Fichier",
    en: "File",
};
pub const VALID: T = T {
    fr: "Aucune erreur\u{a0}: ce fichier peut être publié.",
    en: "No errors: this file can be published.",
};
pub const FIX_THEN_REOPEN: T = T {
    fr: "Corrigez les erreurs dans le fichier, enregistrez-le, puis ouvrez-le de nouveau ici. Un fichier qui a des erreurs ne peut être ni prévisualisé ni téléchargé.",
    en: "Fix the errors in the file, save it, then open it here again. A file with errors can be neither previewed nor downloaded.",
};
pub const WARNINGS_NOTE: T = T {
    fr: "Les avertissements n’empêchent pas la publication\u{a0}: le site contourne le problème, mais il vaut mieux le corriger.",
    en: "Warnings do not prevent publishing: the site works around the problem, but it is better fixed.",
};
pub const HINT: T = T {
    fr: "Conseil\u{a0}: ",
    en: "Hint: ",
};
pub const ERROR: T = T {
    fr: "Erreur",
    en: "Error",
};
pub const WARNING: T = T {
    fr: "Avertissement",
    en: "Warning",
};
pub const THE_FILE: T = T {
    fr: "Le fichier",
    en: "The file",
};
pub const CHANGES_TITLE: T = T {
    fr: "Ce qui change sur le site",
    en: "What changes on the site",
};
pub const NO_CHANGE: T = T {
    fr: "Ce fichier ne change rien aux données publiées.",
    en: "This file changes nothing in the published data.",
};
pub const COUNTS_CAPTION: T = T {
    fr: "Nombre d’équipes",
    en: "Number of teams",
};
pub const COUNT: T = T {
    fr: "Équipes",
    en: "Teams",
};
pub const PUBLISHED: T = T {
    fr: "Publié",
    en: "Published",
};
pub const THIS_FILE: T = T {
    fr: "Ce fichier",
    en: "This file",
};
pub const DECLARED: T = T {
    fr: "Déclaré",
    en: "Declared",
};
pub const TEAMS: T = T {
    fr: "Toutes",
    en: "All",
};
pub const MEMBERS: T = T {
    fr: "Membres",
    en: "Members",
};
pub const ASSOCIATED: T = T {
    fr: "Associées",
    en: "Associated",
};
pub const UNSTATED: T = T {
    fr: "Statut non précisé",
    en: "Status not stated",
};
pub const ADDED: T = T {
    fr: "Équipes ajoutées",
    en: "Teams added",
};
pub const REMOVED: T = T {
    fr: "Équipes retirées",
    en: "Teams removed",
};
pub const CHANGED: T = T {
    fr: "Équipes modifiées",
    en: "Teams changed",
};
pub const OTHER_PARTS: T = T {
    fr: "Autres parties modifiées",
    en: "Other parts changed",
};
pub const FIELD: T = T {
    fr: "Champ",
    en: "Field",
};
pub const BEFORE: T = T {
    fr: "Avant",
    en: "Before",
};
pub const AFTER: T = T {
    fr: "Après",
    en: "After",
};
pub const EMPTY_VALUE: T = T {
    fr: "(vide)",
    en: "(empty)",
};
pub const NEXT_TITLE: T = T {
    fr: "Et ensuite",
    en: "Next",
};
pub const PREVIEW: T = T {
    fr: "Voir le site avec ces données",
    en: "See the site with this data",
};
pub const PREVIEW_NOTE: T = T {
    fr: "L’aperçu reste dans cet onglet, jusqu’à ce que vous le quittiez depuis son bandeau.",
    en: "The preview stays in this tab until you leave it from its banner.",
};
pub const PREVIEW_TOO_LARGE: T = T {
    fr: "Ce fichier est trop grand pour l’aperçu dans ce navigateur. Il peut tout de même être téléchargé.",
    en: "This file is too large to preview in this browser. It can still be downloaded.",
};
pub const DOWNLOAD_SNAPSHOT: T = T {
    fr: "Télécharger consortium.json",
    en: "Download consortium.json",
};
pub const DOWNLOAD_TEAMS: T = T {
    fr: "Télécharger les équipes (tableur CSV)",
    en: "Download the teams (CSV spreadsheet)",
};
pub const PUBLISH_NOTE: T = T {
    fr: "Pour publier, envoyez consortium.json à la personne qui tient le site\u{a0}: il remplace public/data/consortium.json, et le site est reconstruit (voir le README du projet).",
    en: "To publish, send consortium.json to whoever keeps the site: it replaces public/data/consortium.json, and the site is built again (see the project’s README).",
};

/// A count of findings: "1 erreur", "3 avertissements".
pub fn count(lang: Lang, n: usize, error: bool) -> String {
    let word = match (lang, error, n > 1) {
        (Lang::Fr, true, false) => "erreur",
        (Lang::Fr, true, true) => "erreurs",
        (Lang::Fr, false, false) => "avertissement",
        (Lang::Fr, false, true) => "avertissements",
        (Lang::En, true, false) => "error",
        (Lang::En, true, true) => "errors",
        (Lang::En, false, false) => "warning",
        (Lang::En, false, true) => "warnings",
    };
    format!("{n} {word}")
}

/// The name of a column of the spreadsheet, as a coordinator reads it.
pub fn column_label(column: &str, lang: Lang) -> &'static str {
    let t = match column {
        "id" => T {
            fr: "Identifiant",
            en: "Id",
        },
        "acronym" => T {
            fr: "Sigle",
            en: "Acronym",
        },
        "name_fr" => T {
            fr: "Nom (français)",
            en: "Name (French)",
        },
        "name_en" => T {
            fr: "Nom (anglais)",
            en: "Name (English)",
        },
        "description_fr" => T {
            fr: "Description (français)",
            en: "Description (French)",
        },
        "description_en" => T {
            fr: "Description (anglais)",
            en: "Description (English)",
        },
        "unit" => T {
            fr: "Unité",
            en: "Unit",
        },
        "institutions" => T {
            fr: "Établissements",
            en: "Institutions",
        },
        "city" => T {
            fr: "Ville",
            en: "City",
        },
        "region" => T {
            fr: "Région",
            en: "Region",
        },
        "lat" => T {
            fr: "Latitude",
            en: "Latitude",
        },
        "lon" => T {
            fr: "Longitude",
            en: "Longitude",
        },
        "leaders" => T {
            fr: "Responsables",
            en: "Leaders",
        },
        "website" => T {
            fr: "Site web",
            en: "Website",
        },
        "axes" => T {
            fr: "Axes",
            en: "Axes",
        },
        "tumor_types" => T {
            fr: "Types de tumeurs",
            en: "Tumor types",
        },
        "expertise" => T {
            fr: "Expertises",
            en: "Areas of expertise",
        },
        "status" => T {
            fr: "Statut",
            en: "Status",
        },
        "illustrative" => T {
            fr: "Fiche illustrative",
            en: "Illustrative entry",
        },
        "rnsr" => T {
            fr: "Numéro RNSR",
            en: "RNSR number",
        },
        "hal" => T {
            fr: "Collection ou structure HAL",
            en: "HAL collection or structure",
        },
        _ => T {
            fr: "Autre",
            en: "Other",
        },
    };
    t.get(lang)
}

/// The name of a part of the snapshot other than the teams.
pub fn section_label(key: &str, lang: Lang) -> &'static str {
    let t = match key {
        "updated" => T {
            fr: "Date de mise à jour",
            en: "Update date",
        },
        "about" => T {
            fr: "Présentation du réseau",
            en: "About the network",
        },
        "axes" => T {
            fr: "Axes de recherche",
            en: "Research axes",
        },
        "tumor_types" => T {
            fr: "Types de tumeurs",
            en: "Tumor types",
        },
        "expertise" => T {
            fr: "Domaines d’expertise",
            en: "Areas of expertise",
        },
        "institutions" => T {
            fr: "Établissements",
            en: "Institutions",
        },
        "regions" => T {
            fr: "Régions",
            en: "Regions",
        },
        "news" => T {
            fr: "Actualités",
            en: "News",
        },
        "events" => T {
            fr: "Événements",
            en: "Events",
        },
        "partners" => T {
            fr: "Partenaires",
            en: "Partners",
        },
        "licence" => T {
            fr: "Licence des données",
            en: "Data licence",
        },
        _ => T {
            fr: "Autre",
            en: "Other",
        },
    };
    t.get(lang)
}

#[cfg(test)]
mod tests {
    /// Every `fr:` and `en:` string of this file, as written (escapes resolved).
    fn strings(lang: &str) -> Vec<String> {
        let source = include_str!("texts.rs").replace("\\u{a0}", "\u{a0}");
        let marker = format!("{lang}: \"");
        source
            .match_indices(&marker)
            .filter_map(|(at, _)| {
                let rest = &source[at + marker.len()..];
                rest.find('"').map(|end| rest[..end].to_owned())
            })
            .collect()
    }

    #[test]
    fn french_has_its_non_breaking_spaces_and_english_none() {
        let (fr, en) = (strings("fr"), strings("en"));
        assert!(
            fr.len() > 40 && fr.len() == en.len(),
            "{} / {}",
            fr.len(),
            en.len()
        );
        let mut problems = Vec::new();
        for s in &fr {
            let chars: Vec<char> = s.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                let before = i.checked_sub(1).map(|j| chars[j]);
                if matches!(c, ':' | ';' | '?' | '!') && before != Some('\u{a0}') {
                    problems.push(format!("{s:?}: no non-breaking space before '{c}'"));
                }
            }
        }
        for s in &en {
            if s.contains('\u{a0}') {
                problems.push(format!("{s:?}: French spacing in English"));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
