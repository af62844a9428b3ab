//! The emulated orgs' signing keys: two RSA-2048 key pairs generated once
//! with `openssl genpkey` for the sandbox.
//!
//! **These are public test keys.** Their private halves are in this file, in
//! a public repository: anything they sign proves nothing outside the
//! sandbox. Never trust them anywhere else.
//!
//! Every org signs with [`PRIMARY`] and serves it in its JWKS; after the
//! `rotated_key` knob it signs with [`SECONDARY`] and serves only that one,
//! as after a real key rotation.

use jsonwebtoken::{DecodingKey, EncodingKey};
use serde_json::{Value, json};

use super::model::BrokenIdToken;
use crate::sandbox::{Shared, lock};

/// One key pair and its public JWK.
#[derive(Debug)]
pub(crate) struct SigningKey {
    /// The RFC 7638 thumbprint of the public key, as Okta's `kid`s are.
    pub kid: &'static str,
    /// Base64url modulus and exponent.
    pub n: &'static str,
    pub e: &'static str,
    /// PKCS#1 PEM of the private key.
    pub pem: &'static str,
}

impl SigningKey {
    /// The key as a JWKS entry, in Okta's field order.
    pub fn jwk(&self) -> Value {
        json!({"kty": "RSA", "alg": "RS256", "kid": self.kid, "use": "sig", "e": self.e, "n": self.n})
    }

    pub fn encoding_key(&self) -> Option<EncodingKey> {
        EncodingKey::from_rsa_pem(self.pem.as_bytes()).ok()
    }

    pub fn decoding_key(&self) -> Option<DecodingKey> {
        DecodingKey::from_rsa_components(self.n, self.e).ok()
    }
}

/// The key every org signs with.
pub(crate) const PRIMARY: SigningKey = SigningKey {
    kid: "HAkSJw2TzuR2UCge5PBljmV-nBSHLV9191-vVfMsKAQ",
    n: "sNfCOGZSQyvby_coCyyzw41KS0vNHNNAPQf9_sPNOMOAmDrIhmScVHQV6kyqQvf8_LbHWmYoCS4KhyrmhGirNIdpD5XM_TsPIrMlcFW3EEdb2dDankFMGIP9FkP7PKtmZ6D-EbrgPhyU9rKw0eT5a9uZ4yPgv4eeqQdrUpAyYmDwk1m_4WmTWX_H5EqG_ECPT3QGFmjD7DQiaCTgyCol91bx9YA3o4_HPnClKoTsePcbSzlv04cUlJY2bfJJk-bWgLf09h2luf3yNexxuhGSHVehl7oWWu8htdmm9rb90A5ncxCUHmxB3govbnZaSgjlX4n9s0EtlhVWF_2sM7jhsw",
    e: "AQAB",
    pem: "-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAsNfCOGZSQyvby/coCyyzw41KS0vNHNNAPQf9/sPNOMOAmDrI
hmScVHQV6kyqQvf8/LbHWmYoCS4KhyrmhGirNIdpD5XM/TsPIrMlcFW3EEdb2dDa
nkFMGIP9FkP7PKtmZ6D+EbrgPhyU9rKw0eT5a9uZ4yPgv4eeqQdrUpAyYmDwk1m/
4WmTWX/H5EqG/ECPT3QGFmjD7DQiaCTgyCol91bx9YA3o4/HPnClKoTsePcbSzlv
04cUlJY2bfJJk+bWgLf09h2luf3yNexxuhGSHVehl7oWWu8htdmm9rb90A5ncxCU
HmxB3govbnZaSgjlX4n9s0EtlhVWF/2sM7jhswIDAQABAoIBAEPbxw9VVCOqZMEz
qg3/rUtQoD2cbKyu82t38aMdB1bMzj+b7u6DFOnjUbWCjaL8/fsLOBwcLyi2nhuX
/rS4ZVnWzB3K4coaK4ipLaiZe5GnkDtYxUsMy2Js42Tz2ShCrRz+zf+HshyjYxX3
I5qnPn6A2eArGEbmh59c1XXtFyhgXW30tsK56/wCxmonYoPzLp/7qzkM4MQUbuyi
B8FIZvgq5/Wux/Xx26483wn5xzxNQgLJ6ICwYY7T6VLvZqsphzzD2xlSSP9tehp5
VeCM6ySUCtbUV39K83TrYpE5ij25sMDzeKaBin7ndGSNi+wWhKSGToZqFBYW8Tz3
P20Wd8ECgYEA9fFs/W71K7getUcAgLmgDfgeSoWou+jw+E+rL/pCn5dFJrf73mOK
q68cah7bhByTOhk+GS7JweSNCDIusXwsL/4sZqf0q4Ty5pDkxQqfPIoRoE53ssBJ
MdY/T0WCIZiiCEnpNcVmSIvsGdQj1jHyO6EfvUE2L83aZhv58kJA+nsCgYEAuBL6
wnPp5F+hdyPY0ah9DbU1nQ9DSmpkKCvEM83csOu3ZYS03m8x11rLxLpg3/jTyuF7
NAGHbdCDvjo1l0CRdYrcbNKF9LFVOEXqjpMowh3jl+BVv2Noi6patD17bnyGKYw4
frL9aajpE1KOSVxZb0f5beFnMbzhKLT0flPJDCkCgYBxddFMEZY1dxljk7/dosT9
7Ms8ofC3z7zrMQXOemul6ElUlWgyrkVY8s3u/xFSH0SkduS5BWa6dk/ByjTUWG6i
LWYabb1oK0tLpuiDJmVTrnZ3N/vskNyzix1l2rEwApQtsrtNvSV0rmhbegyWUjBn
5esYii8PWq44kQt8AaisZQKBgA1ISVHovVLeV69aJdYTG1r23XSE2m0vOiTv64t1
alxV1fj8V3TJf0Yz5go/DKh8swOru5EoHxacejUqzB0q6pQZvggYNNRQS37xBJjf
I4zGTVrzNBzIVo3lcAAbg6GYWLH8zULPNZv/NTpQtbWzdTyja+sy3ZhoMbMXQ6Et
+I7pAoGBANKIIocwgJiauw53CFiutN4N+SU7sdWSAO2YbmIkfXh1MraONSSGHagO
XdWjjBdeGCQToKh89dSuST/LstH6f/hraTExKZIw0Bi6S2IJa0pOa1GGhVmLO0Cv
P/brd5XJYlSpYxA75imbYiPZNuG0BfeRv3tbrOPo3153bVus5a1H
-----END RSA PRIVATE KEY-----
",
};

/// The key an org signs with after the `rotated_key` knob.
pub(crate) const SECONDARY: SigningKey = SigningKey {
    kid: "kPfavS3fjRnCt2STGt_ZNujjdJfJV_D1Pp4HhSMmxfU",
    n: "uqSqqpuSkXC5hhjH0ntH9UN07ERcEQjrjyRBnxuy8C4xshzh9epx78Jtdd6CaUIYFB_TyFu-uL9FZJjXFCvmCkpwJyfNc0nvOtN-Ueupgq3_pJ0DCrk30aWgtOg_CKFL4StO02RXDevurh-qHIqoUgViP-KoJntbLGPE4ZuPFN7vSZ0DcZEBVHYyJh6TxEXSJ3-LUeeBsYuVo6sOJ8umUvo2zrhUw2wg1rF8vF073eF42GPqWyxtZWiaizsxojchgQM3x5faCS851slJEE3UDD_jADNRgs7MkCgJPCNENPb8_Yo83yUWafrr9GgG8cp4ugXuZTJkV354forHOQxjGw",
    e: "AQAB",
    pem: "-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAuqSqqpuSkXC5hhjH0ntH9UN07ERcEQjrjyRBnxuy8C4xshzh
9epx78Jtdd6CaUIYFB/TyFu+uL9FZJjXFCvmCkpwJyfNc0nvOtN+Ueupgq3/pJ0D
Crk30aWgtOg/CKFL4StO02RXDevurh+qHIqoUgViP+KoJntbLGPE4ZuPFN7vSZ0D
cZEBVHYyJh6TxEXSJ3+LUeeBsYuVo6sOJ8umUvo2zrhUw2wg1rF8vF073eF42GPq
WyxtZWiaizsxojchgQM3x5faCS851slJEE3UDD/jADNRgs7MkCgJPCNENPb8/Yo8
3yUWafrr9GgG8cp4ugXuZTJkV354forHOQxjGwIDAQABAoIBAEOx2dzLVFvAAOos
Lr2ezTid4NiY6rObAqUGR27IAxyuBIRPiX1CLVUCteTccXxv5n/WE2BGNmSXqzmT
Xd8JFQSCfy8UdqXsGQLDFrvrt62YInK4KBRJnX9CjYlP+xzMM9NVe9+cMx7vhcBN
58s2V1p4bWwybz6V2zm8bfpOC5VLrkOYf++LqEyYy1nR29BlsVGL+6B6B0iiMIuE
hw53AVeFbLQTfdpDynKL/bGr3QW38x1uHP5cvE1F2aOu2Hv3oRt2qGzR7n53Ff8d
2GcQ9CT12YkyS7vJao1VRm6plyKfOL73kVzPZ0IsMlerQiHpg0cWla0ZFyk3OyKp
7xGfz4ECgYEA/So6CWwGGQm+/Amuif7/GgOkNpHlLHp+nPdnNwD2WFH+zCiXjJLB
hG3/bh4GLFRWLEADM9DFeMr180aHj3MFZ3BUwu/XCZ3b1TqdE0WFNOEZ7l9dpFFb
PpzryONT1FvTUz7KEtboi3U/0pr6KSAw6hOiKS8MsE45cthjd+mD2uECgYEAvLu8
SRf2pqLNLrdhslaGLbDSCOdSqD5hPmZ28rY+h0s+L/riiGnbvEi/UrAScvgj68JY
dXE/JJJ/gLecbvQ9HBo0XsqsuZU0HMBRb53WTtkEaa+BS5h8NbcZJOJn8MhrrWIg
Ve0WkUWNy50iBvJzp+5gh/o3Jc5PoyufuEzaWXsCgYA4EA7UIVDkYI0joT0+n/J8
H0xRLVPT2riJKBx6SMNE4buMGH0fCyzBl95V015ImNCQcgiDg/sG+eMnYXoJoU4U
DwMmPBihr4yMFrPMHbwW7rZgXEwPZFjRb8yjKvxYbZFJwQDc1SygHXHpwJofW1qZ
q4lgl2O280uzjAnS9ypU4QKBgQCfhUp6uW93nwkwID3KP8m/msGcVvENVVRaKr8F
HLazIgzY/wQz6s2YUiCsIjglxsiNv8GG2oZVQiHUyNzHB1cThq6XJFVjstHOL1tl
rRHzqQhKz9XH8IWj3TO6ckcKREyGyvarye4WMaTM4e5d0tWgriIXLI0qPjwfnYKt
gv/XOwKBgQCGIu8KDCSnioLYTDqW9DtCOubyZ4gBQlPbqu+qSJfGUcPE1qVXX5ks
qd0JB0geDJVK6KPOt6mP4Bgpkiw07DZ/T/TY3/qDQh3d5wKHfJ0RfMT2LD/nMsnl
7wX8Y5K2GAHxXR3OswuhvmrJLsU34uiz3iOwPAKLGnxjvO9Ji6pbEQ==
-----END RSA PRIVATE KEY-----
",
};

/// Both keys, for verifying what the sandbox itself issued.
pub(crate) const ALL: [&SigningKey; 2] = [&PRIMARY, &SECONDARY];

/// The key an org signs with now: the second one after `rotated_key`.
pub(crate) fn signing_key(shared: &Shared, org: &str) -> &'static SigningKey {
    match lock(&shared.okta).broken.get(org) {
        Some(BrokenIdToken::RotatedKey) => &SECONDARY,
        _ => &PRIMARY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{Algorithm, Header, Validation, decode, encode};

    #[test]
    fn each_key_signs_and_its_jwk_verifies() {
        for key in ALL {
            let mut header = Header::new(Algorithm::RS256);
            header.kid = Some(key.kid.to_owned());
            let claims = json!({"sub": "00u1", "exp": 4_000_000_000u64});
            let token = encode(&header, &claims, &key.encoding_key().unwrap()).unwrap();
            let mut v = Validation::new(Algorithm::RS256);
            v.required_spec_claims.clear();
            decode::<Value>(&token, &key.decoding_key().unwrap(), &v).unwrap();
            assert_eq!(key.jwk()["kid"], key.kid);
        }
        // The two keys really differ.
        assert_ne!(PRIMARY.n, SECONDARY.n);
    }
}
