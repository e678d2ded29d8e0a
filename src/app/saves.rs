//! What the runtime's writes to the settings file did: the status says what went wrong, and a
//! profile's save goes back to the screen that asked for it.

use super::{App, Effect};
use crate::config::{ConfigError, Saved};
use crate::kit::Status;
use crate::screens::password::ProfileSave;

impl App {
    /// What the runtime's save of a profile did.
    pub(super) fn profile_report(
        &mut self,
        save: ProfileSave,
        result: Result<Saved, ConfigError>,
    ) -> Vec<Effect> {
        let place = self.memory.file.path().unwrap_or("the settings file");
        let reply = self.screens.password.saved(save, result, place);
        self.apply(reply.map_own(crate::screens::Request::Password), self.now)
    }

    /// What the runtime's save of the remembered options did: only a failure is news.
    pub(super) fn remembered_report(&mut self, result: Result<Saved, ConfigError>) {
        if let Err(problem) = result {
            let text = format!("Options not remembered: {problem}");
            self.status = Some(Status::error(text));
        }
    }
}
