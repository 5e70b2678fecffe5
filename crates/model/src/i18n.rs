//! UI strings in French and English, from `locales/*.json`, checked at compile time by
//! `build.rs`: every key exists in both languages with the same placeholders.
//!
//! ```
//! use micronit_model::i18n::{count, t, Key};
//! use micronit_model::Lang;
//! assert_eq!(t(Lang::En, Key::TeamsTitle), "Team directory");
//! assert_eq!(count(Lang::Fr, 1, Key::TeamsCountOne, Key::TeamsCountOther), "1 équipe");
//! ```

use crate::{fill_placeholders, Lang};

include!(concat!(env!("OUT_DIR"), "/i18n_keys.rs"));

/// The UI string `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let i = key as usize;
    match lang {
        Lang::Fr => FR[i],
        Lang::En => EN[i],
    }
}

/// The UI string `key` in `lang` with its `{name}` placeholders replaced (once each:
/// a value that itself holds `{name}` is left as it is).
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill_placeholders(t(lang, key), args)
}

/// Chooses the singular or plural form: French uses the singular for 0 and 1,
/// English only for 1.
pub fn plural(lang: Lang, n: usize, one: Key, other: Key) -> Key {
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
