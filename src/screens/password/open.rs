//! What may cover the Password screen and take its keys until it closes: Ctrl+S's prompt, the
//! list of several secrets (`n`), or the question before a weak password for a short site.

use super::saving::Saving;
use super::several::Several;
use super::short_site::ShortSite;

/// The Password screen's modal, while one is open.
#[derive(Debug)]
pub enum Open {
    /// Boxed: it holds a profile's options, several times the size of the others.
    Saving(Box<Saving>),
    Choosing(Several),
    Confirming(ShortSite),
}
