//! The legal notice and the accessibility statement: sections of text from the UI
//! strings, drawn by one view.

use leptos::prelude::*;
use micronit_model::Lang;

use crate::i18n::{t, Key};

/// A section: its heading and its text.
pub type Section = (Key, Key);

pub const LEGAL: &[Section] = &[
    (Key::LegalPublisherH, Key::LegalPublisher),
    (Key::LegalHostingH, Key::LegalHosting),
    (Key::LegalDataH, Key::LegalData),
    (Key::LegalSourcesH, Key::LegalSources),
];

pub const ACCESSIBILITY: &[Section] = &[
    (Key::A11yStatusH, Key::A11yStatus),
    (Key::A11yTestsH, Key::A11yTests),
    (Key::A11yAlternativeH, Key::A11yAlternative),
    (Key::A11yContactH, Key::A11yContact),
    (Key::A11yRecourseH, Key::A11yRecourse),
];

/// A page of `sections` under the heading `title`, ending with the way to the
/// coordinators' desk when `coordinators` is set.
pub fn statement(
    lang: Lang,
    title: Key,
    sections: &'static [Section],
    coordinators: bool,
) -> AnyView {
    view! {
        <div class="container page statement">
            <h1>{t(lang, title)}</h1>
            {sections
                .iter()
                .map(|(heading, text)| view! {
                    <section>
                        <h2>{t(lang, *heading)}</h2>
                        <p>{t(lang, *text)}</p>
                    </section>
                })
                .collect_view()}
            {coordinators.then(|| view! { <crate::components::ForCoordinators/> })}
        </div>
    }
    .into_any()
}
