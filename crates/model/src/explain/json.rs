//! The JSON parser's messages, said in the desk's French where they are the usual ones.

#[cfg(feature = "desk")]
use crate::i18n::desk::{t, Key};
use crate::Lang;

/// The JSON parser's message without its position (shown apart): in English its own
/// words; in French, the usual ones translated, the others left as they are.
#[cfg(feature = "desk")]
pub(super) fn parser_message(message: &str, lang: Lang) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    if lang == Lang::En {
        return message.to_owned();
    }
    // The English of each key is the beginning of serde_json's message, word for word: a
    // test gives each of them to the desk (crates/model/tests/desk.rs).
    let known = [
        Key::JsonEof,
        Key::JsonCommaOrBrace,
        Key::JsonCommaOrBracket,
        Key::JsonColon,
        Key::JsonValue,
        Key::JsonIdent,
        Key::JsonKey,
        Key::JsonTrailingComma,
        Key::JsonTrailingCharacters,
        Key::JsonControlCharacter,
        Key::JsonEscape,
        Key::JsonMissingField,
        Key::JsonUnknownField,
        Key::JsonInvalidType,
    ];
    for key in known {
        if let Some(rest) = message.strip_prefix(t(Lang::En, key)) {
            // serde lists the expected fields after an unknown one: the field is enough.
            let rest = match key {
                Key::JsonUnknownField => rest.split(',').next().unwrap_or(rest),
                _ => rest,
            };
            return format!("{}{rest}", t(lang, key));
        }
    }
    message.to_owned()
}

/// Without the desk's words, the parser's own.
#[cfg(not(feature = "desk"))]
pub(super) fn parser_message(message: &str, _lang: Lang) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_owned()
}
