//! The verdict on a file, as a form's error summary gives it (GOV.UK and DSFR patterns):
//! a summary with the counts, which takes focus so that it is read out at once, then every
//! problem with where it is, what is wrong and what to do.

use leptos::html;
use leptos::prelude::*;
use micronit_model::review::{Finding, Place};
use micronit_model::{Lang, Severity};

use crate::opened::Opened;
use crate::texts::{self, T};

/// Where a finding is, as the coordinator will look for it: the row and cell of a
/// spreadsheet, the line and column (and JSON path) of a snapshot.
fn place(f: &Finding, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match &f.place {
        Place::File => texts::THE_FILE.get(lang).to_owned(),
        Place::Sheet(p) => match (&p.column, p.cell()) {
            (Some((name, _)), Some(cell)) if fr => {
                format!("Ligne {}, colonne {name} (cellule {cell})", p.row)
            }
            (Some((name, _)), Some(cell)) => format!("Row {}, column {name} (cell {cell})", p.row),
            _ if fr => format!("Ligne {}", p.row),
            _ => format!("Row {}", p.row),
        },
        Place::Json { path, position } => {
            let at = position.map(|p| {
                if fr {
                    format!("Ligne {}, colonne {}", p.line, p.column)
                } else {
                    format!("Line {}, column {}", p.line, p.column)
                }
            });
            match (at, path) {
                (Some(at), Some(path)) => format!("{at} · {path}"),
                (Some(at), None) => at,
                (None, Some(path)) => path.clone(),
                (None, None) => texts::THE_FILE.get(lang).to_owned(),
            }
        }
    }
}

#[component]
pub fn Verdict(opened: Opened, lang: Lang) -> impl IntoView {
    let t = move |text: T| text.get(lang);
    let review = opened.review.clone();
    let (errors, warnings) = (review.errors(), review.warnings());
    let has_errors = errors > 0;
    let summary = NodeRef::<html::Div>::new();
    // The summary takes focus once drawn, so that the verdict is announced and the
    // keyboard starts from it.
    Effect::new(move |_| {
        if let Some(el) = summary.get() {
            let _ = el.focus();
        }
    });
    let headline = match (errors, warnings) {
        (0, 0) => t(texts::VALID).to_owned(),
        (0, w) => format!("{} — {}", t(texts::VALID), texts::count(lang, w, false)),
        (e, 0) => texts::count(lang, e, true),
        (e, w) => format!(
            "{}, {}",
            texts::count(lang, e, true),
            texts::count(lang, w, false)
        ),
    };
    let items = review
        .findings
        .iter()
        .map(|f| {
            let error = f.severity == Severity::Error;
            let kind = if error { texts::ERROR } else { texts::WARNING };
            view! {
                <li class="desk-finding" class:warning=!error>
                    <p class="desk-place"><strong>{t(kind)}</strong>" · "{place(f, lang)}</p>
                    <p class="desk-message">{f.message(lang)}</p>
                    <p class="desk-hint">{t(texts::HINT)}{f.hint(lang)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="desk-verdict" aria-labelledby="desk-verdict-title">
            <div
                class="desk-summary"
                class:has-errors=has_errors
                tabindex="-1"
                node_ref=summary
                role="alert"
            >
                <h2 id="desk-verdict-title">{headline}</h2>
                <p class="desk-file">{t(texts::FILE)}{micronit_model::colon(lang)}<code>{opened.name.clone()}</code></p>
                {(errors > 0).then(|| view! { <p>{t(texts::FIX_THEN_REOPEN)}</p> })}
                {(errors == 0 && warnings > 0).then(|| view! { <p>{t(texts::WARNINGS_NOTE)}</p> })}
            </div>
            {(!review.findings.is_empty()).then(|| view! { <ol class="desk-findings">{items}</ol> })}
        </section>
    }
}
