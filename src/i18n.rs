//! UI strings in French and English (`micronit_model::i18n`, from `locales/*.json`), and
//! the language of the page being shown.
//!
//! ```ignore
//! let lang = use_lang();
//! view! { <h1>{move || t(lang.get(), Key::TeamsTitle)}</h1> }
//! ```

use leptos::prelude::*;
pub use micronit_model::i18n::{count, plural, t, tf, Key};
pub use micronit_model::Lang;

/// The language of the current page, provided by the layout.
#[track_caller]
pub fn use_lang() -> Memo<Lang> {
    use_context::<Memo<Lang>>().expect("the layout provides the page's language")
}

/// The language of the page being drawn, read once: components take it from here rather
/// than as a property. The app draws a page anew when its language changes, so a page's
/// components never need to follow it; the header and footer, which stay, use
/// [`use_lang`].
#[track_caller]
pub fn page_lang() -> Lang {
    use_lang().get_untracked()
}

#[cfg(test)]
mod tests {
    use super::*;

    // A component rendered outside the layout must say so, not fall back to French.
    #[test]
    #[should_panic(expected = "the layout provides the page's language")]
    fn a_missing_language_is_a_loud_error() {
        Owner::new().with(|| {
            use_lang();
        });
    }
}
