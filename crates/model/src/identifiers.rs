//! The identifiers France's research information systems give: ROR for institutions
//! (ror.org), ORCID for people, RNSR for research structures (the ministry's national
//! register), HAL for the open archive's collections and structures. Each is checked for
//! its format and, where it has one, its check digits, so that a typo is caught before it
//! becomes a dead link (version 2 of the snapshot's format carries them), and each has the
//! address of its register's page.

use std::fmt;

/// Why an identifier is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadIdentifier {
    /// Not written as this kind of identifier is.
    Format,
    /// Written right, but its check digits do not match: a typo.
    Checksum,
}

impl fmt::Display for BadIdentifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message(crate::Lang::En))
    }
}

/// Crockford's base 32, as ROR writes it (no i, l, o or u).
const CROCKFORD: &[u8] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// A ROR id, as `0` + six base-32 characters + two check digits (`02feahw73`), bare or as
/// its address (`https://ror.org/02feahw73`); given back bare and in lowercase. The check
/// digits are ISO 7064 MOD 97-10 of the six characters' value, as ROR computes them.
///
/// ```
/// use micronit_model::identifiers::{ror, BadIdentifier};
/// assert_eq!(ror("https://ror.org/02feahw73"), Ok("02feahw73".to_owned()));
/// assert_eq!(ror("02feahw74"), Err(BadIdentifier::Checksum));
/// assert_eq!(ror("12feahw73"), Err(BadIdentifier::Format));
/// ```
pub fn ror(id: &str) -> Result<String, BadIdentifier> {
    let bare = id
        .trim()
        .trim_start_matches("https://ror.org/")
        .to_ascii_lowercase();
    let bytes = bare.as_bytes();
    if bytes.len() != 9 || bytes[0] != b'0' {
        return Err(BadIdentifier::Format);
    }
    let mut value: u64 = 0;
    for b in &bytes[1..7] {
        let digit = CROCKFORD
            .iter()
            .position(|c| c == b)
            .ok_or(BadIdentifier::Format)?;
        value = value * 32 + digit as u64;
    }
    let check: u64 = bare[7..].parse().map_err(|_| BadIdentifier::Format)?;
    if !bytes[7..].iter().all(u8::is_ascii_digit) {
        return Err(BadIdentifier::Format);
    }
    if 98 - (value * 100) % 97 != check {
        return Err(BadIdentifier::Checksum);
    }
    Ok(bare)
}

/// An ORCID iD, as four groups of four digits (`0000-0002-1825-0097`), bare or as its
/// address (`https://orcid.org/…`); the last character is the ISO 7064 MOD 11-2 check
/// character (a digit, or `X` for ten).
///
/// ```
/// use micronit_model::identifiers::{orcid, BadIdentifier};
/// assert_eq!(orcid("https://orcid.org/0000-0002-1825-0097"), Ok("0000-0002-1825-0097".to_owned()));
/// assert_eq!(orcid("0000-0002-1694-233X"), Ok("0000-0002-1694-233X".to_owned()));
/// assert_eq!(orcid("0000-0002-1825-0098"), Err(BadIdentifier::Checksum));
/// assert_eq!(orcid("0000000218250097"), Err(BadIdentifier::Format));
/// ```
pub fn orcid(id: &str) -> Result<String, BadIdentifier> {
    let bare = id
        .trim()
        .trim_start_matches("https://orcid.org/")
        .to_ascii_uppercase();
    let groups: Vec<&str> = bare.split('-').collect();
    if groups.len() != 4 || groups.iter().any(|g| g.len() != 4) {
        return Err(BadIdentifier::Format);
    }
    let chars: Vec<u8> = groups.concat().into_bytes();
    let (digits, last) = chars.split_at(15);
    if !digits.iter().all(u8::is_ascii_digit) || !(last[0].is_ascii_digit() || last[0] == b'X') {
        return Err(BadIdentifier::Format);
    }
    let total = digits
        .iter()
        .fold(0u32, |total, d| (total + u32::from(d - b'0')) * 2);
    let result = (12 - total % 11) % 11;
    let expected = if result == 10 {
        b'X'
    } else {
        b'0' + result as u8
    };
    if last[0] != expected {
        return Err(BadIdentifier::Checksum);
    }
    Ok(bare)
}

/// An RNSR number (the national register of research structures): ten characters, the
/// year the structure was registered, five digits and a letter (`199814145N`). The
/// register publishes no check rule for the letter: only the pattern is checked.
///
/// ```
/// use micronit_model::identifiers::{rnsr, BadIdentifier};
/// assert_eq!(rnsr("199814145n"), Ok("199814145N".to_owned()));
/// assert_eq!(rnsr("19981414N"), Err(BadIdentifier::Format));
/// assert_eq!(rnsr("099814145N"), Err(BadIdentifier::Format));
/// ```
pub fn rnsr(id: &str) -> Result<String, BadIdentifier> {
    let bare = id.trim().to_ascii_uppercase();
    let b = bare.as_bytes();
    let year: u32 = bare
        .get(..4)
        .and_then(|y| y.parse().ok())
        .ok_or(BadIdentifier::Format)?;
    let pattern = b.len() == 10
        && b[..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase()
        && (1900..=2100).contains(&year);
    if pattern {
        Ok(bare)
    } else {
        Err(BadIdentifier::Format)
    }
}

/// A HAL identifier: a collection's code (`MICRONIT`, `INSERM-U1037`: capitals, digits,
/// `-` and `_`) or a structure's number, bare or as `struct-123456`.
///
/// ```
/// use micronit_model::identifiers::{hal, BadIdentifier};
/// assert_eq!(hal("INSERM-U1037"), Ok("INSERM-U1037".to_owned()));
/// assert_eq!(hal("struct-1039632"), Ok("struct-1039632".to_owned()));
/// assert_eq!(hal("inserm u1037"), Err(BadIdentifier::Format));
/// ```
pub fn hal(id: &str) -> Result<String, BadIdentifier> {
    let bare = id.trim();
    let number = bare.strip_prefix("struct-").unwrap_or(bare);
    let structure = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    let collection = bare.len() <= 50
        && bare
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && bare
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !bare.is_empty() && (structure || collection) {
        Ok(bare.to_owned())
    } else {
        Err(BadIdentifier::Format)
    }
}

/// The register's page of a ROR id (bare, as the snapshot stores it).
///
/// ```
/// assert_eq!(micronit_model::identifiers::ror_url("02feahw73"), "https://ror.org/02feahw73");
/// ```
pub fn ror_url(id: &str) -> String {
    format!("https://ror.org/{id}")
}

/// The ORCID record of an iD.
///
/// ```
/// assert_eq!(
///     micronit_model::identifiers::orcid_url("0000-0002-1825-0097"),
///     "https://orcid.org/0000-0002-1825-0097"
/// );
/// ```
pub fn orcid_url(id: &str) -> String {
    format!("https://orcid.org/{id}")
}

/// The public page of a structure in the RNSR (the ministry's register, queried by its
/// number).
///
/// ```
/// assert_eq!(
///     micronit_model::identifiers::rnsr_url("199814145N"),
///     "https://appliweb.dgri.education.fr/rnsr/PresenteStruct.jsp?numNatStruct=199814145N&PUBLIC=OK"
/// );
/// ```
pub fn rnsr_url(id: &str) -> String {
    format!(
        "https://appliweb.dgri.education.fr/rnsr/PresenteStruct.jsp?numNatStruct={id}&PUBLIC=OK"
    )
}

/// A HAL collection's portal (`hal.science/CODE`), or a structure's record in AuréHAL, HAL's
/// register of structures.
///
/// ```
/// use micronit_model::identifiers::hal_url;
/// assert_eq!(hal_url("INSERM-U1037"), "https://hal.science/INSERM-U1037");
/// assert_eq!(hal_url("struct-1039632"), "https://aurehal.archives-ouvertes.fr/structure/read/id/1039632");
/// assert_eq!(hal_url("1039632"), "https://aurehal.archives-ouvertes.fr/structure/read/id/1039632");
/// ```
pub fn hal_url(id: &str) -> String {
    let number = id.strip_prefix("struct-").unwrap_or(id);
    if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        format!("https://aurehal.archives-ouvertes.fr/structure/read/id/{number}")
    } else {
        format!("https://hal.science/{id}")
    }
}
