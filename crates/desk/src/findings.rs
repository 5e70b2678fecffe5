//! The verdict on a file, as a form's error summary gives it (GOV.UK and DSFR patterns):
//! a summary with the counts, which takes focus so that it is read out at once, then every
//! problem with where it is, what is wrong and what to do.

use leptos::html;
use leptos::prelude::*;
use micronit_model::review::{Finding, Place};
use micronit_model::{Lang, Severity};

use crate::opened::Opened;
use crate::texts::{self, Key};

/// Where a finding is, as the coordinator will look for it: the row and cell of a
/// spreadsheet, the line and column (and JSON path) of a snapshot.
fn place(f: &Finding, lang: Lang) -> String {
    let the_file = || texts::t(lang, Key::TheFile).to_owned();
    match &f.place {
        Place::File => the_file(),
        Place::Sheet(p) => {
            let row = p.row.to_string();
            match (&p.column, p.cell()) {
                (Some((name, _)), Some(cell)) => texts::tf(
                    lang,
                    Key::PlaceCell,
                    &[("row", &row), ("column", name), ("cell", &cell)],
                ),
                _ => texts::tf(lang, Key::PlaceRow, &[("row", &row)]),
            }
        }
        Place::Json { path, position } => {
            let at = position.map(|p| {
                texts::tf(
                    lang,
                    Key::PlaceLine,
                    &[
                        ("line", &p.line.to_string()),
                        ("column", &p.column.to_string()),
                    ],
                )
            });
            match (at, path) {
                (Some(at), Some(path)) => format!("{at} · {path}"),
                (Some(at), None) => at,
                (None, Some(path)) => path.clone(),
                (None, None) => the_file(),
            }
        }
    }
}

#[component]
pub fn Verdict(opened: Opened, lang: Lang) -> impl IntoView {
    let t = move |key: Key| texts::t(lang, key);
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
        (0, 0) => t(Key::Valid).to_owned(),
        (0, w) => format!("{} — {}", t(Key::Valid), texts::count(lang, w, false)),
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
            let kind = if error { Key::Error } else { Key::Warning };
            view! {
                <li class="desk-finding" class:warning=!error>
                    <p class="desk-place"><strong>{t(kind)}</strong>" · "{place(f, lang)}</p>
                    <p class="desk-message">{f.message(lang)}</p>
                    <p class="desk-hint">{t(Key::Hint)}{f.hint(lang)}</p>
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
                <p class="desk-file">{t(Key::File)}{micronit_model::colon(lang)}<code>{opened.name.clone()}</code></p>
                {(errors > 0).then(|| view! { <p>{t(Key::FixThenReopen)}</p> })}
                {(errors == 0 && warnings > 0).then(|| view! { <p>{t(Key::WarningsNote)}</p> })}
            </div>
            {(!review.findings.is_empty()).then(|| view! { <ol class="desk-findings">{items}</ol> })}
        </section>
    }
}
