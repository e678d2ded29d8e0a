//! Tests of the TOTP core: the RFCs' published vectors, enrolment and verification with
//! chosen times, and parsing of secrets and URIs.

mod enrolment;
mod parse;
mod rfc;
#[cfg(feature = "serde")]
mod stored;
mod verify;
