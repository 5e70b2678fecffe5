//! Bilingual text, as the snapshot stores it: `{ "fr": "...", "en": "..." }`.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// A text in French and English.
///
/// A missing or empty translation is allowed when parsing (the validator reports it
/// as a warning); [`Text::get`] then falls back to the other language and says so,
/// so the page can mark the passage with its real language.
///
/// ```
/// use micronit_model::{Lang, Text};
/// let t = Text::new("Hypoxie", "Hypoxia");
/// assert_eq!(t.get(Lang::En).text, "Hypoxia");
/// let only_fr = Text::new("Niche leucémique", "");
/// let shown = only_fr.get(Lang::En);
/// assert_eq!((shown.text, shown.lang), ("Niche leucémique", Lang::Fr));
/// assert!(shown.is_fallback(Lang::En));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub fr: String,
    #[serde(default)]
    pub en: String,
}

/// A text as shown in one language, with the language it is really written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

impl Localized<'_> {
    /// True when the text is shown in another language than the one asked for.
    pub fn is_fallback(&self, asked: Lang) -> bool {
        self.lang != asked
    }
}

impl Text {
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// The text in `lang` exactly as stored (possibly empty).
    pub fn raw(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// The text in `lang`, or in the other language when that translation is missing.
    pub fn get(&self, lang: Lang) -> Localized<'_> {
        let wanted = self.raw(lang);
        if !wanted.trim().is_empty() {
            return Localized { text: wanted, lang };
        }
        Localized {
            text: self.raw(lang.other()),
            lang: lang.other(),
        }
    }

    /// Shorthand for `get(lang).text`.
    pub fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang).text
    }

    /// The languages whose translation is missing or blank.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.raw(*l).trim().is_empty())
            .collect()
    }
}
