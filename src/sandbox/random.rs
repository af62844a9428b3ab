//! Randomness for everything the sandbox hands out that must not be
//! guessed — SSO states, nonces, codes, session and refresh tokens, Okta
//! ids — drawn from the operating system's CSPRNG (`getrandom`), never
//! from a seedable generator.

/// `len` characters of `alphabet` (at most 256 of them), each equally
/// likely: bytes that would bias the choice are drawn again.
pub(crate) fn chars(alphabet: &[u8], len: usize) -> String {
    let n = alphabet.len().clamp(1, 256);
    // The largest multiple of n that fits in a byte's 256 values.
    let limit = 256 - 256 % n;
    let mut out = String::with_capacity(len);
    let mut buf = [0u8; 64];
    while out.len() < len {
        fill(&mut buf);
        for &b in &buf {
            let b = usize::from(b);
            if b < limit && out.len() < len {
                out.push(char::from(alphabet.get(b % n).copied().unwrap_or(b'0')));
            }
        }
    }
    out
}

/// Fills `buf` from the OS. It does not fail on the systems the sandbox
/// runs on; if it ever does, the process stops rather than hand out a
/// predictable secret.
fn fill(buf: &mut [u8]) {
    for _ in 0..3 {
        if getrandom::fill(buf).is_ok() {
            return;
        }
    }
    tracing::error!("sandbox: the operating system's random source failed; stopping");
    std::process::abort();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_come_from_the_alphabet() {
        let s = chars(b"ab", 200);
        assert_eq!(s.len(), 200);
        assert!(s.bytes().all(|b| b == b'a' || b == b'b'));
        assert!(s.contains('a') && s.contains('b'));
        assert_eq!(chars(b"xyz", 0), "");
    }

    #[test]
    fn reseeding_fastrand_does_not_repeat_the_sandboxs_secrets() {
        // Today's fastrand-based tokens repeat exactly after the same seed;
        // tokens from the OS's CSPRNG do not.
        fastrand::seed(7);
        let a = super::super::state::random_hex(40);
        let a_id = super::super::okta::random_id_chars(27);
        fastrand::seed(7);
        let b = super::super::state::random_hex(40);
        let b_id = super::super::okta::random_id_chars(27);
        assert_ne!(a, b);
        assert_ne!(a_id, b_id);
    }
}
