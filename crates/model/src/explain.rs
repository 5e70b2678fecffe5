//! Every finding about a snapshot or a spreadsheet said in French or English, for the
//! coordinators' desk: what is wrong, in plain words, and what to do. The English texts
//! are the data tool's own (`Problem`'s `Display` and `hint`), so the two never differ.

use crate::identifiers::BadIdentifier;
use crate::sheet::SheetProblem;
use crate::validate::{degrees, identifier_example, Declared, Problem, Subject, FRANCE_BOUNDS};
use crate::{Lang, SnapshotError, SCHEMA_VERSION};

/// The French name of a kind of thing the validator refers to, and whether it is feminine.
fn noun_fr(what: Subject) -> (&'static str, bool) {
    match what {
        Subject::TumorType => ("type de tumeur", false),
        Subject::Expertise => ("domaine d’expertise", false),
        Subject::Institution => ("établissement", false),
        Subject::Region => ("région", true),
        Subject::Team => ("équipe", true),
        Subject::Axis => ("axe", false),
    }
}

/// The French name of a count the consortium declares.
fn thing_fr(what: Declared) -> &'static str {
    match what {
        Declared::Teams => "équipes",
        Declared::Members => "équipes membres",
        Declared::Associated => "équipes associées",
    }
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Problem::BadId(id) => format!(
                "«\u{a0}{id}\u{a0}» n’est pas un identifiant valide (lettres minuscules, chiffres et traits d’union)"
            ),
            Problem::Duplicate(id) => format!("«\u{a0}{id}\u{a0}» est utilisé deux fois"),
            Problem::Unknown { what, id, .. } => {
                let (noun, feminine) = noun_fr(*what);
                let unknown = if feminine { "inconnue" } else { "inconnu" };
                format!("{} {unknown}\u{a0}: «\u{a0}{id}\u{a0}»", capitalized(noun))
            }
            Problem::MissingText => "texte absent en français comme en anglais".into(),
            Problem::MissingTranslation(Lang::Fr) => "traduction française absente".into(),
            Problem::MissingTranslation(Lang::En) => "traduction anglaise absente".into(),
            Problem::Empty => "ne doit pas être vide".into(),
            Problem::BadDate(d) => format!("«\u{a0}{d}\u{a0}» n’est pas une date valide"),
            Problem::EndsBeforeStart => "l’événement finit avant de commencer".into(),
            Problem::CountMismatch {
                what,
                declared,
                found,
                unstated: 0,
            } => format!("{declared} {} déclarées, mais {found} listées", thing_fr(*what)),
            Problem::CountMismatch {
                what,
                declared,
                found,
                unstated,
            } => format!(
                "{declared} {} déclarées, mais {found} listées, et {unstated} dont le statut n’est pas précisé",
                thing_fr(*what)
            ),
            Problem::OutsideFrance { lat, lon } => format!(
                "les coordonnées ({}, {}) sont hors de la France métropolitaine, de la Corse et des régions d’outre-mer",
                degrees(*lat),
                degrees(*lon)
            ),
            Problem::UnsafeLink(url) => {
                format!("«\u{a0}{url}\u{a0}» n’est pas un lien http(s) complet")
            }
            Problem::Markup => "contient du balisage HTML".into(),
            Problem::TooLong { max } => format!("dépasse {max} caractères"),
            Problem::BadIdentifier { scheme, value, why } => format!(
                "«\u{a0}{value}\u{a0}» n’est pas un identifiant {scheme} valide\u{a0}: {}",
                match why {
                    BadIdentifier::Format => "il ne s’écrit pas ainsi",
                    BadIdentifier::Checksum => "ses chiffres de contrôle ne correspondent pas (une faute de frappe\u{a0}?)",
                }
            ),
            Problem::IllustrativeIdentifier => "une fiche illustrative ne porte pas d’identifiant".into(),
            Problem::NoSource { .. } => "une équipe qui n’est pas illustrative cite au moins une source".into(),
            Problem::IllustrativeSource => "une fiche illustrative ne cite pas de source".into(),
        }
    }

    /// What to do about it, in `lang`.
    pub fn hint_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.hint();
        }
        match self {
            Problem::BadId(_) => {
                "utilisez des lettres minuscules, des chiffres et des traits d’union simples, comme dans «\u{a0}acute-leukemia\u{a0}»".into()
            }
            Problem::Duplicate(_) => "chaque identifiant ne peut servir qu’une fois dans sa liste".into(),
            Problem::Unknown {
                what,
                suggestion: Some(s),
                ..
            } => format!(
                "vouliez-vous dire «\u{a0}{s}\u{a0}»\u{a0}? Sinon, définissez d’abord {}",
                this_fr(*what)
            ),
            Problem::Unknown { what, .. } => {
                format!("définissez d’abord {}, ou corrigez l’identifiant", this_fr(*what))
            }
            Problem::MissingText => "écrivez le texte en français («\u{a0}fr\u{a0}») et en anglais («\u{a0}en\u{a0}»)".into(),
            Problem::MissingTranslation(lang) => format!(
                "ajoutez la traduction «\u{a0}{}\u{a0}»\u{a0}; le site montre l’autre langue en attendant",
                lang.code()
            ),
            Problem::Empty => "remplissez cette valeur".into(),
            Problem::BadDate(_) => "écrivez les dates AAAA-MM-JJ, comme 2019-11-07 (les mois AAAA-MM)".into(),
            Problem::EndsBeforeStart => "vérifiez les dates de début et de fin".into(),
            Problem::CountMismatch { .. } => {
                "mettez à jour about.declared_counts, ou les équipes et leur statut".into()
            }
            Problem::OutsideFrance { .. } => format!(
                "lat est la latitude ({} à {} en France métropolitaine), lon la longitude ({} à {})\u{a0}; vérifiez qu’elles ne sont pas inversées",
                degrees(FRANCE_BOUNDS.min_lat),
                degrees(FRANCE_BOUNDS.max_lat),
                degrees(FRANCE_BOUNDS.min_lon),
                degrees(FRANCE_BOUNDS.max_lon)
            ),
            Problem::UnsafeLink(_) => "un lien est une adresse complète qui commence par https:// ou http://".into(),
            Problem::Markup => "écrivez du texte simple, sans <balises>\u{a0}; les liens vont dans les listes «\u{a0}links\u{a0}»".into(),
            Problem::TooLong { .. } => "raccourcissez\u{a0}: les longs textes ont leur place sur le site de l’équipe".into(),
            Problem::BadIdentifier { scheme, .. } => format!(
                "copiez-le depuis son registre, seul, comme {}",
                identifier_example(scheme)
            ),
            Problem::IllustrativeIdentifier => {
                "retirez-le\u{a0}: une fiche illustrative tient la place d’une équipe dont les détails ne sont pas connus".into()
            }
            Problem::NoSource { .. } => {
                "ajoutez dans «\u{a0}sources\u{a0}» la page publique d’où viennent ses informations, ou marquez la fiche illustrative".into()
            }
            Problem::IllustrativeSource => {
                "retirez-la, ou faites de la fiche une équipe réelle («\u{a0}illustrative\u{a0}»\u{a0}: false) avec ce que la source établit".into()
            }
        }
    }
}

/// "ce type de tumeur", "cette région".
fn this_fr(what: Subject) -> String {
    match noun_fr(what) {
        (noun, true) => format!("cette {noun}"),
        (noun, false) if noun.starts_with(['a', 'e', 'é']) => format!("cet {noun}"),
        (noun, false) => format!("ce {noun}"),
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl SheetProblem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            SheetProblem::ReadAsWindows1252 if fr => {
                "le fichier n’est pas en UTF-8\u{a0}: il a été lu en Windows-1252, comme l’écrit le format «\u{a0}CSV\u{a0}» d’Excel".into()
            }
            SheetProblem::ReadAsWindows1252 => {
                "the file is not UTF-8: it was read as Windows-1252, as Excel’s \"CSV\" format writes it".into()
            }
            SheetProblem::Unreadable(detail) if fr => {
                format!("le fichier ne se lit pas comme un tableur\u{a0}: {detail}")
            }
            SheetProblem::Unreadable(detail) => {
                format!("the file cannot be read as a spreadsheet: {detail}")
            }
            SheetProblem::Empty if fr => "le tableau est vide\u{a0}: pas de ligne d’en-tête".into(),
            SheetProblem::Empty => "the sheet is empty: no header row".into(),
            SheetProblem::MissingColumns(c) if fr => {
                format!("colonne(s) manquante(s)\u{a0}: {}", c.join(", "))
            }
            SheetProblem::MissingColumns(c) => format!("missing column(s): {}", c.join(", ")),
            SheetProblem::UnknownColumns(c) if fr => {
                format!("colonne(s) inconnue(s)\u{a0}: {}", c.join(", "))
            }
            SheetProblem::UnknownColumns(c) => format!("unknown column(s): {}", c.join(", ")),
            SheetProblem::NotANumber(v) if fr => format!("«\u{a0}{v}\u{a0}» n’est pas un nombre"),
            SheetProblem::NotANumber(v) => format!("\"{v}\" is not a number"),
            SheetProblem::NotAnAxis(v) if fr => {
                format!("«\u{a0}{v}\u{a0}» n’est pas un numéro d’axe")
            }
            SheetProblem::NotAnAxis(v) => format!("\"{v}\" is not an axis number"),
            SheetProblem::BadStatus(v) if fr => {
                format!(
                    "«\u{a0}{v}\u{a0}» n’est ni «\u{a0}member\u{a0}», ni «\u{a0}associated\u{a0}», ni «\u{a0}unstated\u{a0}»"
                )
            }
            SheetProblem::BadStatus(v) => {
                format!("\"{v}\" is not \"member\", \"associated\" or \"unstated\"")
            }
            SheetProblem::BadFlag(v) if fr => {
                format!("«\u{a0}{v}\u{a0}» n’est ni «\u{a0}true\u{a0}» ni «\u{a0}false\u{a0}»")
            }
            SheetProblem::BadFlag(v) => format!("\"{v}\" is neither \"true\" nor \"false\""),
            SheetProblem::BadSource(line) if fr => {
                format!("la source «\u{a0}{line}\u{a0}» n’a pas ses sept parties")
            }
            SheetProblem::BadSource(line) => format!("the source \"{line}\" does not have its seven parts"),
        }
    }

    /// What to do about it, in `lang`.
    pub fn hint_in(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            SheetProblem::ReadAsWindows1252 if fr => {
                "vérifiez les accents dans les changements ci-dessous\u{a0}; le mieux est d’enregistrer en «\u{a0}CSV UTF-8\u{a0}»".into()
            }
            SheetProblem::ReadAsWindows1252 => {
                "check the accents in the changes below; saving as \"CSV UTF-8\" is best".into()
            }
            SheetProblem::Unreadable(_) | SheetProblem::Empty if fr => {
                "partez du tableur que donne «\u{a0}Télécharger les équipes\u{a0}» ou export-csv".into()
            }
            SheetProblem::Unreadable(_) | SheetProblem::Empty => {
                "start from the spreadsheet that \"Download the teams\" or export-csv gives".into()
            }
            SheetProblem::MissingColumns(_) | SheetProblem::UnknownColumns(_) if fr => {
                "la première ligne nomme les colonnes, comme dans le tableur exporté\u{a0}; ne les renommez pas".into()
            }
            SheetProblem::MissingColumns(_) | SheetProblem::UnknownColumns(_) => {
                "the first row names the columns, as in the exported spreadsheet; do not rename them".into()
            }
            SheetProblem::NotANumber(_) if fr => {
                "écrivez les décimales avec un point\u{a0}: 47.39".into()
            }
            SheetProblem::NotANumber(_) => "write decimals with a dot: 47.39".into(),
            SheetProblem::NotAnAxis(_) if fr => {
                "écrivez les numéros d’axe séparés par «\u{a0};\u{a0}»\u{a0}: 1;3".into()
            }
            SheetProblem::NotAnAxis(_) => "write the axis numbers separated by \";\": 1;3".into(),
            SheetProblem::BadStatus(_) if fr => {
                "«\u{a0}member\u{a0}» pour une équipe membre du GDR, «\u{a0}associated\u{a0}» pour une équipe associée, «\u{a0}unstated\u{a0}» quand les sources ne le précisent pas".into()
            }
            SheetProblem::BadStatus(_) => {
                "\"member\" for a member team of the GDR, \"associated\" for an associated team, \"unstated\" when the sources do not say".into()
            }
            SheetProblem::BadFlag(_) if fr => {
                "«\u{a0}true\u{a0}» quand la fiche est illustrative, «\u{a0}false\u{a0}» sinon".into()
            }
            SheetProblem::BadFlag(_) => {
                "\"true\" when the entry is illustrative, \"false\" otherwise".into()
            }
            SheetProblem::BadSource(_) if fr => {
                "une source par ligne\u{a0}: adresse | titre | langue (fr, en ou vide) | éditeur | jour de lecture (AAAA-MM-JJ, ou vide) | ce qu’elle étaye (fr) | ce qu’elle étaye (en)".into()
            }
            SheetProblem::BadSource(_) => {
                "one source a line: address | title | language (fr, en or empty) | publisher | day read (YYYY-MM-DD, or empty) | what it supports (fr) | what it supports (en)".into()
            }
        }
    }
}

/// The part of serde_json's message that says what it expected, in French where it is
/// one of the usual ones; the parser's own words otherwise.
fn parser_message_fr(message: &str) -> String {
    let known: [(&str, &str); 12] = [
        (
            "EOF while parsing",
            "le fichier s’arrête avant la fin du JSON",
        ),
        (
            "expected `,` or `}`",
            "une virgule ou «\u{a0}}\u{a0}» est attendue",
        ),
        (
            "expected `,` or `]`",
            "une virgule ou «\u{a0}]\u{a0}» est attendue",
        ),
        ("expected `:`", "un deux-points est attendu"),
        ("expected value", "une valeur est attendue"),
        (
            "expected ident",
            "un mot-clé (true, false, null) est attendu",
        ),
        (
            "key must be a string",
            "une clé doit être une chaîne entre guillemets",
        ),
        (
            "trailing comma",
            "virgule en trop avant la fin de la liste ou de l’objet",
        ),
        (
            "trailing characters",
            "des caractères suivent la fin du JSON",
        ),
        (
            "control character",
            "caractère de contrôle dans une chaîne (un retour à la ligne\u{a0}?)",
        ),
        ("invalid escape", "séquence d’échappement invalide"),
        ("missing field", "champ obligatoire absent\u{a0}:"),
    ];
    for (english, french) in known {
        if let Some(rest) = message.strip_prefix(english) {
            return format!("{french}{}", rest.split(" at line ").next().unwrap_or(""));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let field = rest.split(',').next().unwrap_or(rest);
        return format!("champ inconnu\u{a0}: {field}");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return format!("type de valeur inattendu\u{a0}: {rest}");
    }
    message.to_owned()
}

/// What is wrong with a snapshot file that could not be read, in `lang` (the findings of
/// `SnapshotError::Invalid` are said one by one, by [`Problem::message`]).
pub fn snapshot_error_message(error: &SnapshotError, lang: Lang) -> String {
    if lang == Lang::En {
        return match error {
            SnapshotError::Syntax { message, .. } | SnapshotError::Shape { message, .. } => message
                .split(" at line ")
                .next()
                .unwrap_or(message)
                .to_owned(),
            other => other.to_string(),
        };
    }
    match error {
        SnapshotError::Encoding { utf16: true, .. } => {
            "le fichier est en UTF-16\u{a0}; enregistrez-le en UTF-8".into()
        }
        SnapshotError::Encoding { offset, .. } => format!(
            "le fichier n’est pas en UTF-8 (octet invalide à la position {offset})\u{a0}; enregistrez-le en UTF-8"
        ),
        SnapshotError::Syntax { message, .. } => {
            format!("JSON invalide\u{a0}: {}", parser_message_fr(message))
        }
        SnapshotError::UnsupportedVersion { found: Some(v) } => format!(
            "schema_version {v} n’est pas pris en charge (ce site lit les versions 1 à {SCHEMA_VERSION})"
        ),
        SnapshotError::UnsupportedVersion { found: None } => {
            "schema_version est absent ou n’est pas un nombre".into()
        }
        SnapshotError::Shape { message, .. } => parser_message_fr(message),
        SnapshotError::Invalid(issues) => format!("{} problème(s) dans les données", issues.len()),
    }
}

/// What to do about a snapshot file that could not be read, in `lang`.
pub fn snapshot_error_hint(error: &SnapshotError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        SnapshotError::Encoding { .. } if fr => {
            "dans l’éditeur ou le tableur, choisissez l’encodage «\u{a0}UTF-8\u{a0}» à l’enregistrement".into()
        }
        SnapshotError::Encoding { .. } => {
            "in the editor or spreadsheet, choose the \"UTF-8\" encoding when saving".into()
        }
        SnapshotError::Syntax { .. } if fr => {
            "regardez juste avant l’endroit indiqué\u{a0}: une virgule, un guillemet ou une accolade manque souvent".into()
        }
        SnapshotError::Syntax { .. } => {
            "look just before the place shown: a comma, a quote or a brace is often missing".into()
        }
        SnapshotError::UnsupportedVersion { .. } if fr => {
            format!("le fichier doit commencer par «\u{a0}schema_version\u{a0}» de valeur {SCHEMA_VERSION}")
        }
        SnapshotError::UnsupportedVersion { .. } => {
            format!("the file must start with \"schema_version\": {SCHEMA_VERSION}")
        }
        SnapshotError::Shape { .. } | SnapshotError::Invalid(_) if fr => {
            "comparez avec la structure décrite dans data/consortium.schema.json".into()
        }
        SnapshotError::Shape { .. } | SnapshotError::Invalid(_) => {
            "compare with the layout described in data/consortium.schema.json".into()
        }
    }
}
