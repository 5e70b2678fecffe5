//! What is wrong with a spreadsheet before its teams can be checked, and what to do, in
//! French or English (`locales/desk/`'s `sheet_` and `hint_sheet_` keys).

use crate::i18n::desk::{t, tf, Key};
use crate::sheet::SheetProblem;
use crate::Lang;

impl SheetProblem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SheetProblem::ReadAsWindows1252 => t(lang, Key::SheetWindows1252).into(),
            SheetProblem::Unreadable(detail) => {
                tf(lang, Key::SheetUnreadable, &[("detail", detail)])
            }
            SheetProblem::Empty => t(lang, Key::SheetEmpty).into(),
            SheetProblem::MissingColumns(columns) => tf(
                lang,
                Key::SheetMissingColumns,
                &[("columns", &columns.join(", "))],
            ),
            SheetProblem::UnknownColumns(columns) => tf(
                lang,
                Key::SheetUnknownColumns,
                &[("columns", &columns.join(", "))],
            ),
            SheetProblem::NotANumber(value) => tf(lang, Key::SheetNotANumber, &[("value", value)]),
            SheetProblem::NotAnAxis(value) => tf(lang, Key::SheetNotAnAxis, &[("value", value)]),
            SheetProblem::BadStatus(value) => tf(lang, Key::SheetBadStatus, &[("value", value)]),
            SheetProblem::BadFlag(value) => tf(lang, Key::SheetBadFlag, &[("value", value)]),
            SheetProblem::BadSource(line) => tf(lang, Key::SheetBadSource, &[("line", line)]),
        }
    }

    /// What to do about it, in `lang`.
    pub fn hint(&self, lang: Lang) -> String {
        t(
            lang,
            match self {
                SheetProblem::ReadAsWindows1252 => Key::HintSheetWindows1252,
                SheetProblem::Unreadable(_) | SheetProblem::Empty => Key::HintSheetStartOver,
                SheetProblem::MissingColumns(_) | SheetProblem::UnknownColumns(_) => {
                    Key::HintSheetColumns
                }
                SheetProblem::NotANumber(_) => Key::HintSheetNotANumber,
                SheetProblem::NotAnAxis(_) => Key::HintSheetNotAnAxis,
                SheetProblem::BadStatus(_) => Key::HintSheetBadStatus,
                SheetProblem::BadFlag(_) => Key::HintSheetBadFlag,
                SheetProblem::BadSource(_) => Key::HintSheetBadSource,
            },
        )
        .into()
    }
}
