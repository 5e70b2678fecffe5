//! Text written by hand into markup rather than through a view: the network's charts and
//! the map's marker layer (strings for measured reasons, see docs/performance.md,
//! "Size"), and what the build writes into each page's head and the news feed. Each text
//! escaped; each number short, as SVG attributes and messages write it.

/// `x` with at most `decimals` decimals, for SVG attributes and messages: "12.3", "-3",
/// "0.00125" (trailing zeros dropped, no "-0"). A value that is not a finite number is
/// written as Rust writes it ("NaN", "inf"), which SVG refuses visibly rather than
/// drawing something at 0.
pub fn svg_number(x: f64, decimals: u32) -> String {
    let text = format!("{x:.prec$}", prec = decimals as usize);
    if !x.is_finite() || !text.contains('.') {
        return if text == "-0" { "0".to_owned() } else { text };
    }
    let trimmed = text.trim_end_matches('0').trim_end_matches('.');
    match trimmed {
        "-0" => "0".to_owned(),
        other => other.to_owned(),
    }
}

/// `text` safe inside an SVG or HTML attribute or element.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_svg() {
        assert_eq!(svg_number(12.26, 1), "12.3");
        assert_eq!(svg_number(-3.0, 2), "-3");
        assert_eq!(svg_number(-0.004, 2), "0");
        assert_eq!(svg_number(0.001_25, 5), "0.00125");
        assert_eq!(svg_number(1234.5678, 2), "1234.57");
        assert_eq!(svg_number(0.0, 0), "0");
        assert_eq!(svg_number(-0.4, 0), "0");
        assert_eq!(svg_number(f64::NAN, 2), "NaN");
        assert_eq!(svg_number(f64::INFINITY, 2), "inf");
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape_markup(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
