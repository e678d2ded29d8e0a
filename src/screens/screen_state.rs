//! What the app needs of every screen: its state, keys, view, modals and share of the settings.

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::config::{Profile, Remembered, Startup};
use crate::kit::keys::{Binding, Describe, ModalKeys};
use crate::kit::{Dialog, FocusKind, HandOver, Input, Reply, Settings};
use crate::ui::ViewContext;

/// What the app shell needs of every screen. Each screen's folder holds its state (`state`),
/// its drawing (`view`) and its key table (`keys`).
pub trait ScreenState {
    /// What the screen asks of the app beyond the kit's replies.
    type Own;

    /// What its keys do.
    type Action: Describe + Sync + std::fmt::Debug;

    fn new(settings: &Settings) -> Self;

    fn focus_kind(&self) -> FocusKind;

    /// Handles what the overlay and the global keys left for the screen. Pure.
    fn update<R: CryptoRng + ?Sized>(
        &mut self,
        input: Input<Self::Action>,
        now: Instant,
        rng: &mut R,
    ) -> Reply<Self::Own>;

    /// The screen's key tables, all of them: the help lists these.
    fn keys() -> &'static [&'static [Binding<Self::Action>]];

    /// The tables as the screen is now: a mode may leave some of `keys` out.
    fn keys_now(&self) -> &'static [&'static [Binding<Self::Action>]] {
        Self::keys()
    }

    fn view(&self, frame: &mut Frame, area: Rect, cx: &ViewContext);

    /// The keys of a modal of the screen's own, while one is open: it takes every message.
    fn modal_keys(&self) -> Option<ModalKeys<Self::Action>> {
        None
    }

    /// Every modal of the screen's own, for the help.
    fn modal_tables() -> &'static [ModalKeys<Self::Action>] {
        &[]
    }

    /// A dialog the screen opened was closed.
    fn dialog_closed(&mut self, _dialog: &Dialog, _now: Instant) -> Reply<Self::Own> {
        Reply::Nothing
    }

    /// Something another screen hands over; `None` if this screen does not take it.
    fn receive(&mut self, _handover: &HandOver) -> Option<Reply<Self::Own>> {
        None
    }

    /// The wall-clock time, in seconds since the epoch, before each message: authenticator
    /// codes follow it (the monotonic clock stops while a laptop sleeps).
    fn set_wall_clock(&mut self, _unix: u64) {}

    /// The settings file as read at the start: the screen shows its remembered share.
    /// The screen may take what only it keeps (the Password screen takes the profiles).
    fn start<R: CryptoRng + ?Sized>(&mut self, _startup: &mut Startup, _rng: &mut R) {}

    /// The screen's share of what the settings file remembers.
    fn remember(&self, _into: &mut Remembered) {}

    /// The settings file's profiles as they are now (read again after a save).
    fn profiles_read(&mut self, _profiles: &[Profile]) {}

    /// Time passed (a wake-up the screen asked for): what it has to say about it, if anything.
    fn tick(&mut self, _now: Instant) -> Option<Reply<Self::Own>> {
        None
    }

    /// When something on the screen changes by itself; `None` while idle.
    fn next_wakeup(&self, _now: Instant) -> Option<Instant> {
        None
    }
}
