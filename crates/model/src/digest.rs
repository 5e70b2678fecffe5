//! A snapshot file's digest: written into each page rendered at build time, and computed
//! again by the browser's app from the bytes it reads, so that the app hydrates a page only
//! when it reads the data the page was drawn from (a `consortium.json` replaced without a
//! rebuild is shown, not hydrated against a page of other data).
//!
//! FNV-1a on 64 bits: it tells two files apart, which is all this needs (nobody gains by
//! forging a collision with the page they are served), in a few lines and no dependency;
//! a cryptographic hash would add its code to the wasm for nothing.

/// The digest of a snapshot file's bytes, as 16 hexadecimal digits.
///
/// ```
/// use micronit_model::snapshot_digest;
/// // The published test vectors of FNV-1a 64.
/// assert_eq!(snapshot_digest(b""), "cbf29ce484222325");
/// assert_eq!(snapshot_digest(b"a"), "af63dc4c8601ec8c");
/// assert_ne!(snapshot_digest(b"{\"a\":1}"), snapshot_digest(b"{\"a\":2}"));
/// ```
pub fn snapshot_digest(bytes: &[u8]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}
