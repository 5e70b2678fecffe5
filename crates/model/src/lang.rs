//! The two languages of the site.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language the site is written in. Every route carries one: `/fr/...` or `/en/...`.
///
/// ```
/// use micronit_model::Lang;
/// assert_eq!("fr".parse::<Lang>(), Ok(Lang::Fr));
/// assert_eq!(Lang::Fr.other(), Lang::En);
/// assert_eq!(Lang::En.code(), "en");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    /// Both languages, French first (the consortium's own language).
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code used in URLs and in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language's name written in that language, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    /// Chooses the site's language from the browser's preferred languages
    /// (`navigator.languages`, most preferred first): the first that is French or
    /// English wins, whatever its region (`fr-CA`, `en-GB`); English otherwise.
    ///
    /// ```
    /// use micronit_model::Lang;
    /// assert_eq!(Lang::negotiate(["de-DE", "fr-BE", "en"]), Lang::Fr);
    /// assert_eq!(Lang::negotiate(["es"]), Lang::En);
    /// ```
    pub fn negotiate<I, S>(preferred: I) -> Lang
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next().unwrap_or_default();
                primary.parse::<Lang>().ok()
            })
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The string is not `fr` or `en`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang;

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Accepts `fr` and `en` in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.eq_ignore_ascii_case("fr") {
            Ok(Lang::Fr)
        } else if s.eq_ignore_ascii_case("en") {
            Ok(Lang::En)
        } else {
            Err(UnknownLang)
        }
    }
}
