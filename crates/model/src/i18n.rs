//! UI strings in French and English, from `locales/*.json` (the coordinators' desk's from
//! `locales/desk/*.json`, in [`desk`], and the validator's findings from
//! `locales/findings/*.json`, in [`findings`]), checked at compile time by `build.rs`:
//! every key exists in both languages with the same placeholders.
//!
//! ```
//! use micronit_model::i18n::{count, t, Key};
//! use micronit_model::Lang;
//! assert_eq!(t(Lang::En, Key::TeamsTitle), "Team directory");
//! assert_eq!(count(Lang::Fr, 1, Key::TeamsCountOne, Key::TeamsCountOther), "1 équipe");
//! ```

use crate::Lang;

/// A table of words written by `build.rs` (`$file` in `OUT_DIR`: its `Key` and one array
/// per language), with the two ways to read it, `t` and `tf`: one reader for every table.
macro_rules! words {
    ($file:literal) => {
        include!(concat!(env!("OUT_DIR"), $file));

        /// The string `key` in `lang`.
        pub fn t(lang: $crate::Lang, key: Key) -> &'static str {
            let i = key as usize;
            match lang {
                $crate::Lang::Fr => FR[i],
                $crate::Lang::En => EN[i],
            }
        }

        /// The string `key` in `lang` with its `{name}` placeholders replaced (once each:
        /// a value that itself holds `{name}` is left as it is).
        pub fn tf(lang: $crate::Lang, key: Key, args: &[(&str, &str)]) -> String {
            $crate::fill_placeholders(t(lang, key), args)
        }
    };
}

words!("/i18n_keys.rs");

/// Chooses the singular or plural form (of any table's keys): French uses the singular
/// for 0 and 1, English only for 1.
pub fn plural<K>(lang: Lang, n: usize, one: K, other: K) -> K {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    if singular {
        one
    } else {
        other
    }
}

/// `{count} teams` with the right plural and the count filled in.
pub fn count(lang: Lang, n: usize, one: Key, other: Key) -> String {
    tf(
        lang,
        plural(lang, n, one, other),
        &[("count", &n.to_string())],
    )
}

/// The coordinators' desk's words (`locales/desk/*.json`): a table of their own, which
/// the site's wasm does not carry.
///
/// ```
/// use micronit_model::i18n::desk::{t, Key};
/// use micronit_model::Lang;
/// assert_eq!(t(Lang::En, Key::OpenLabel), "File to check");
/// ```
pub mod desk {
    words!("/i18n_desk_keys.rs");
}

/// What the validator finds wrong in a snapshot (`locales/findings/*.json`): the site says
/// it in English in its error page's technical details when its data fail, the desk in
/// either language and the data tool in English with every finding (`line_column` and
/// `snapshot_syntax_at` are the data tool's alone). What to do about a finding, and what
/// is wrong with a spreadsheet, are the desk's words ([`desk`]).
///
/// ```
/// use micronit_model::i18n::findings::{t, Key};
/// use micronit_model::Lang;
/// assert_eq!(t(Lang::En, Key::Empty), "must not be empty");
/// ```
pub mod findings {
    words!("/i18n_findings_keys.rs");
}
