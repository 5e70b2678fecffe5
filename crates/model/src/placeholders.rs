//! Filling in the `{name}` placeholders of a UI string.

/// `template` with each `{name}` replaced by its value in `args`, in one pass: a value
/// that itself holds `{name}` is written as it is, never substituted again. An unknown
/// placeholder, or a brace that opens none, is kept.
///
/// ```
/// use micronit_model::fill_placeholders;
/// assert_eq!(fill_placeholders("{count} teams in {city}", &[("count", "3"), ("city", "Tours")]), "3 teams in Tours");
/// assert_eq!(fill_placeholders("Team {name}", &[("name", "{name} {city}"), ("city", "Lyon")]), "Team {name} {city}");
/// assert_eq!(fill_placeholders("{unknown} {", &[]), "{unknown} {");
/// ```
/// The parts of `template` before and after its `{name}`, for a value that is not text (a
/// link) placed there; the whole template and nothing when it has no such placeholder.
/// The other placeholders are filled in each part afterwards, so that a value holding
/// `{name}` stays as it is.
///
/// ```
/// use micronit_model::around_placeholder;
/// assert_eq!(around_placeholder("Under {licence}.", "licence"), ("Under ", "."));
/// assert_eq!(around_placeholder("No link", "url"), ("No link", ""));
/// ```
pub fn around_placeholder<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    template
        .split_once(&format!("{{{name}}}"))
        .unwrap_or((template, ""))
}

pub fn fill_placeholders(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
