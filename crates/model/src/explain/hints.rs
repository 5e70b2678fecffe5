//! What to do about a `Problem` or a snapshot that could not be read, in French or English
//! (`locales/desk/`'s `hint_*` keys), for the data tool and the coordinators' desk: the
//! public site shows no hints.

use crate::i18n::desk::{t, tf, Key};
use crate::validate::{degrees, identifier_example, Problem, Subject, FRANCE_BOUNDS};
use crate::Lang;
#[cfg(feature = "desk")]
use crate::{SnapshotError, SCHEMA_VERSION};

impl Problem {
    /// What to do about it, in `lang`.
    pub fn hint(&self, lang: Lang) -> String {
        match self {
            Problem::BadId(_) => t(lang, Key::HintBadId).into(),
            Problem::Duplicate(_) => t(lang, Key::HintDuplicate).into(),
            Problem::Unknown {
                what,
                suggestion: Some(s),
                ..
            } => tf(
                lang,
                Key::HintUnknownSuggestion,
                &[("suggestion", s), ("this", t(lang, this(*what)))],
            ),
            Problem::Unknown { what, .. } => {
                tf(lang, Key::HintUnknown, &[("this", t(lang, this(*what)))])
            }
            Problem::MissingText => t(lang, Key::HintMissingText).into(),
            Problem::MissingTranslation(missing) => tf(
                lang,
                Key::HintMissingTranslation,
                &[("lang", missing.code())],
            ),
            Problem::Empty => t(lang, Key::HintEmpty).into(),
            Problem::BadDate(_) => t(lang, Key::HintBadDate).into(),
            Problem::EndsBeforeStart => t(lang, Key::HintEndsBeforeStart).into(),
            Problem::CountMismatch { .. } => t(lang, Key::HintCountMismatch).into(),
            Problem::OutsideFrance { .. } => tf(
                lang,
                Key::HintOutsideFrance,
                &[
                    ("min_lat", &degrees(FRANCE_BOUNDS.min_lat)),
                    ("max_lat", &degrees(FRANCE_BOUNDS.max_lat)),
                    ("min_lon", &degrees(FRANCE_BOUNDS.min_lon)),
                    ("max_lon", &degrees(FRANCE_BOUNDS.max_lon)),
                ],
            ),
            Problem::UnsafeLink(_) => t(lang, Key::HintUnsafeLink).into(),
            Problem::Markup => t(lang, Key::HintMarkup).into(),
            Problem::TooLong { .. } => t(lang, Key::HintTooLong).into(),
            Problem::BadIdentifier { scheme, .. } => tf(
                lang,
                Key::HintBadIdentifier,
                &[("example", identifier_example(scheme))],
            ),
            Problem::IllustrativeIdentifier => t(lang, Key::HintIllustrativeIdentifier).into(),
            Problem::NoSource { .. } => t(lang, Key::HintNoSource).into(),
            Problem::IllustrativeSource => t(lang, Key::HintIllustrativeSource).into(),
        }
    }
}

/// "this tumor type", "cette région".
fn this(what: Subject) -> Key {
    match what {
        Subject::Axis => Key::HintThisAxis,
        Subject::TumorType => Key::HintThisTumorType,
        Subject::Expertise => Key::HintThisExpertise,
        Subject::Institution => Key::HintThisInstitution,
        Subject::Region => Key::HintThisRegion,
        Subject::Team => Key::HintThisTeam,
    }
}

/// What to do about a snapshot file that could not be read, in `lang`.
#[cfg(feature = "desk")]
pub fn snapshot_error_hint(error: &SnapshotError, lang: Lang) -> String {
    match error {
        SnapshotError::Encoding { .. } => t(lang, Key::HintSnapshotEncoding).into(),
        SnapshotError::Syntax { .. } => t(lang, Key::HintSnapshotSyntax).into(),
        SnapshotError::UnsupportedVersion { .. } => tf(
            lang,
            Key::HintSnapshotVersion,
            &[("supported", &SCHEMA_VERSION.to_string())],
        ),
        SnapshotError::Shape { .. } | SnapshotError::Invalid(_) => tf(
            lang,
            Key::HintSnapshotShape,
            &[("schema", crate::open_data::SCHEMA_PATH)],
        ),
    }
}
