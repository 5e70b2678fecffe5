//! Every finding about a snapshot or a spreadsheet said in French or English, from the
//! typed tables of `locales/`: here, what is wrong with a snapshot (`locales/findings/`,
//! which the site shows in English in its error page's technical details); in `hints.rs`,
//! what to do about it, and in `sheet.rs`, what is wrong with a spreadsheet (the desk's
//! and the data tool's words, `locales/desk/`). The data tool's English is the English
//! of these tables, so the tool and the desk never differ.

use crate::i18n::findings::{t, tf, Key};
use crate::identifiers::BadIdentifier;
use crate::validate::{degrees, Declared, Problem, Subject};
use crate::{colon, Lang, SnapshotError, SCHEMA_VERSION};

#[cfg(feature = "diagnostics")]
mod hints;
mod json;
#[cfg(feature = "desk")]
mod sheet;

use json::parser_message;

#[cfg(feature = "desk")]
pub use hints::snapshot_error_hint;

/// "line 12, column 20", in `lang` (the data tool says it in English, before a finding).
pub fn line_column(line: usize, column: usize, lang: Lang) -> String {
    tf(
        lang,
        Key::LineColumn,
        &[("line", &line.to_string()), ("column", &column.to_string())],
    )
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::BadId(id) => tf(lang, Key::BadId, &[("id", id)]),
            Problem::Duplicate(id) => tf(lang, Key::Duplicate, &[("id", id)]),
            Problem::Unknown { what, id, .. } => tf(lang, unknown(*what), &[("id", id)]),
            Problem::MissingText => t(lang, Key::MissingText).into(),
            Problem::MissingTranslation(Lang::Fr) => t(lang, Key::MissingTranslationFr).into(),
            Problem::MissingTranslation(Lang::En) => t(lang, Key::MissingTranslationEn).into(),
            Problem::Empty => t(lang, Key::Empty).into(),
            Problem::BadDate(date) => tf(lang, Key::BadDate, &[("date", date)]),
            Problem::EndsBeforeStart => t(lang, Key::EndsBeforeStart).into(),
            Problem::CountMismatch {
                what,
                declared,
                found,
                unstated,
            } => tf(
                lang,
                if *unstated == 0 {
                    Key::CountMismatch
                } else {
                    Key::CountMismatchUnstated
                },
                &[
                    ("declared", &declared.to_string()),
                    ("what", t(lang, declared_count(*what))),
                    ("found", &found.to_string()),
                    ("unstated", &unstated.to_string()),
                ],
            ),
            Problem::OutsideFrance { lat, lon } => tf(
                lang,
                Key::OutsideFrance,
                &[("lat", &degrees(*lat)), ("lon", &degrees(*lon))],
            ),
            Problem::UnsafeLink(url) => tf(lang, Key::UnsafeLink, &[("url", url)]),
            Problem::Markup => t(lang, Key::Markup).into(),
            Problem::TooLong { max } => tf(lang, Key::TooLong, &[("max", &max.to_string())]),
            Problem::BadIdentifier { scheme, value, why } => tf(
                lang,
                Key::BadIdentifier,
                &[
                    ("value", value),
                    ("scheme", scheme),
                    ("why", why.message(lang)),
                ],
            ),
            Problem::IllustrativeIdentifier => t(lang, Key::IllustrativeIdentifier).into(),
            Problem::NoSource { .. } => t(lang, Key::NoSource).into(),
            Problem::IllustrativeSource => t(lang, Key::IllustrativeSource).into(),
        }
    }
}

/// `unknown tumor type "x"`: one key a kind of thing, since French agrees in gender.
fn unknown(what: Subject) -> Key {
    match what {
        Subject::Axis => Key::UnknownAxis,
        Subject::TumorType => Key::UnknownTumorType,
        Subject::Expertise => Key::UnknownExpertise,
        Subject::Institution => Key::UnknownInstitution,
        Subject::Region => Key::UnknownRegion,
        Subject::Team => Key::UnknownTeam,
    }
}

/// What a count the consortium declares counts: "member teams".
fn declared_count(what: Declared) -> Key {
    match what {
        Declared::Teams => Key::DeclaredTeams,
        Declared::Members => Key::DeclaredMembers,
        Declared::Associated => Key::DeclaredAssociated,
    }
}

impl BadIdentifier {
    /// Why the identifier is not valid, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                BadIdentifier::Format => Key::IdentifierFormat,
                BadIdentifier::Checksum => Key::IdentifierChecksum,
            },
        )
    }
}

/// What is wrong with a snapshot file that could not be read, as the data tool says it
/// (in English, like its every line): with the line and column of a syntax error, and
/// each finding of `SnapshotError::Invalid` on a line of its own.
pub fn snapshot_error_en(error: &SnapshotError) -> String {
    let lang = Lang::En;
    match error {
        SnapshotError::Syntax {
            line,
            column,
            message,
        } if *line > 0 => tf(
            lang,
            Key::SnapshotSyntaxAt,
            &[
                ("line", &line.to_string()),
                ("column", &column.to_string()),
                ("message", message),
            ],
        ),
        SnapshotError::Syntax { message, .. } => {
            tf(lang, Key::SnapshotSyntax, &[("message", message)])
        }
        SnapshotError::Shape {
            path,
            line,
            column,
            message,
        } => {
            let mut text = String::new();
            if *line > 0 {
                text += &line_column(*line, *column, lang);
                text += colon(lang);
            }
            if let Some(path) = path {
                text += path;
                text += colon(lang);
            }
            text + message
        }
        SnapshotError::Invalid(issues) => {
            let mut text = snapshot_error_message(error, lang);
            for issue in issues {
                text += &format!("\n{issue}");
            }
            text
        }
        other => snapshot_error_message(other, lang),
    }
}

/// What is wrong with a snapshot file that could not be read, in `lang`, where its place
/// is shown apart (the findings of `SnapshotError::Invalid` are said one by one, by
/// [`Problem::message`]).
pub fn snapshot_error_message(error: &SnapshotError, lang: Lang) -> String {
    match error {
        SnapshotError::Encoding { utf16: true, .. } => t(lang, Key::SnapshotUtf16).into(),
        SnapshotError::Encoding { offset, .. } => tf(
            lang,
            Key::SnapshotNotUtf8,
            &[("offset", &offset.to_string())],
        ),
        SnapshotError::Syntax { message, .. } => tf(
            lang,
            Key::SnapshotSyntax,
            &[("message", &parser_message(message, lang))],
        ),
        SnapshotError::UnsupportedVersion { found: Some(v) } => tf(
            lang,
            Key::SnapshotVersion,
            &[
                ("version", &v.to_string()),
                ("supported", &SCHEMA_VERSION.to_string()),
            ],
        ),
        SnapshotError::UnsupportedVersion { found: None } => t(lang, Key::SnapshotNoVersion).into(),
        SnapshotError::Shape { message, .. } => parser_message(message, lang),
        SnapshotError::Invalid(issues) => tf(
            lang,
            Key::SnapshotInvalid,
            &[("count", &issues.len().to_string())],
        ),
    }
}
