//! What the Password screen asks of the app beyond the kit's replies, and its replies.

use super::saving::ProfileSave;

/// What the Password screen asks of the app beyond the kit's replies.
#[derive(Debug)]
pub enum Request {
    /// Write this profile to the settings file.
    Save(Box<ProfileSave>),
}

/// The Password screen's replies: the kit's, and its own requests.
pub type Reply = crate::kit::Reply<Request>;
