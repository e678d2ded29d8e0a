//! An enrolment as a server stores it between requests (the `serde` feature): the secret in
//! base32, the label, and what the enrolment has accepted and refused so far.
//!
//! The URI and the code parameters are not stored: they follow from the secret and the label,
//! so a stored enrolment cannot disagree with itself.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

use super::{Enrolment, SECRET_BYTES, check_label};
use crate::totp::base32;

/// What is written: borrowed from the enrolment, the secret in a buffer wiped after.
#[derive(Serialize)]
struct Written<'a> {
    secret: Zeroizing<String>,
    issuer: &'a str,
    account: &'a str,
    last_accepted_step: Option<u64>,
    wrong_tries: u8,
}

/// What is read back, checked before it becomes an enrolment.
#[derive(Deserialize)]
struct Read {
    secret: Zeroizing<String>,
    issuer: String,
    account: String,
    last_accepted_step: Option<u64>,
    wrong_tries: u8,
}

impl Serialize for Enrolment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Written {
            secret: Zeroizing::new(self.params.secret().to_base32()),
            issuer: &self.issuer,
            account: &self.account,
            last_accepted_step: self.last_accepted_step,
            wrong_tries: self.wrong_tries,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Enrolment {
    /// Refuses a label an enrolment could not have been made with, and a secret that is not
    /// 160 bits of base32, naming which.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let read = Read::deserialize(deserializer)?;
        check_label(&read.issuer, &read.account).map_err(D::Error::custom)?;
        let secret = base32::decode(&read.secret).map_err(D::Error::custom)?;
        if secret.as_bytes().len() != SECRET_BYTES {
            return Err(D::Error::custom(format_args!(
                "the stored secret has {} bytes; an enrolment's has {SECRET_BYTES}",
                secret.as_bytes().len()
            )));
        }
        let mut enrolment = Enrolment::from_parts(secret.as_bytes(), &read.issuer, &read.account);
        enrolment.last_accepted_step = read.last_accepted_step;
        enrolment.wrong_tries = read.wrong_tries;
        Ok(enrolment)
    }
}
