//! Accent- and case-insensitive text search, as French readers expect: "herault" finds
//! "Hérault", "hepato" finds "hépatocellulaire", "coeur" finds "cœur".

/// Folds one character to its unaccented lowercase ASCII form; letters such as `œ` and
/// `æ` become two letters. Characters without a folding are lowercased.
fn fold(c: char, out: &mut String) {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        // Apostrophes, dashes and other punctuation separate words.
        _ if !c.is_alphanumeric() => " ",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(folded);
}

/// The searchable form of a text: lowercase, without accents, punctuation as spaces.
///
/// ```
/// use micronit_model::normalize;
/// assert_eq!(normalize("Hérault"), "herault");
/// assert_eq!(normalize("Cœur, Ægir & Ça"), "coeur  aegir   ca");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold(c, &mut out);
    }
    out
}

/// A search query: its words, normalised. A text matches when it contains every word.
///
/// ```
/// use micronit_model::{normalize, Query};
/// let q = Query::new("  HEPATO  tours ");
/// assert!(q.matches(&normalize("Carcinome hépatocellulaire, Tours")));
/// assert!(!q.matches(&normalize("Carcinome hépatocellulaire, Rennes")));
/// assert!(Query::new("").is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        Query {
            words: normalize(text)
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when `haystack` (already normalised) contains every word of the query.
    pub fn matches(&self, haystack: &str) -> bool {
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }
}
