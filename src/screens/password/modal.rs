//! The open modal's share of the screen: its keys, its messages, its drawing.

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::keys::{Action, CHOOSING, CONFIRMING};
use super::open::Open;
use super::saving::Saving;
use super::several::Several;
use super::{Reply, State};
use crate::kit::Input;
use crate::kit::keys::ModalKeys;
use crate::ui::theme::Theme;

impl State {
    /// Ctrl+S's prompt or question, while it is open.
    pub fn saving(&self) -> Option<&Saving> {
        match &self.open {
            Some(Open::Saving(saving)) => Some(saving),
            Some(Open::Choosing(_) | Open::Confirming(_)) | None => None,
        }
    }

    /// The list of several secrets, while it is open.
    pub fn several(&self) -> Option<&Several> {
        match &self.open {
            Some(Open::Choosing(several)) => Some(several),
            Some(Open::Saving(_) | Open::Confirming(_)) | None => None,
        }
    }

    /// The keys of the open modal.
    pub(super) fn open_keys(&self) -> Option<ModalKeys<Action>> {
        self.open.as_ref().map(|open| match open {
            Open::Saving(saving) => State::saving_keys(saving),
            Open::Choosing(_) => CHOOSING,
            Open::Confirming(_) => CONFIRMING,
        })
    }

    /// A message while a modal is open: it takes the modal out, and puts it back unless the
    /// message closed it.
    pub(super) fn open_update<R: CryptoRng + ?Sized>(
        &mut self,
        open: Open,
        msg: &Input<Action>,
        rng: &mut R,
    ) -> Reply {
        match open {
            Open::Saving(saving) => self.saving_update(*saving, msg),
            Open::Choosing(several) => self.choosing(several, msg, rng),
            Open::Confirming(short) => self.confirming(short, msg, rng),
        }
    }

    pub(super) fn draw_open(&self, frame: &mut Frame, area: Rect, theme: Theme) {
        match &self.open {
            Some(Open::Saving(saving)) => {
                super::save_prompt_view::draw(saving, frame, area, theme);
            }
            Some(Open::Choosing(several)) => {
                super::several_view::draw(several, frame, area, theme);
            }
            Some(Open::Confirming(short)) => {
                super::short_site_view::draw(short, frame, area, theme);
            }
            None => {}
        }
    }
}
