//! The shell of the state machine (The Elm Architecture): `update` takes a message, the time
//! and an RNG, routes it to the overlay or the current screen, applies the screen's `Reply`,
//! and returns what only the runtime may do. No I/O here.

pub mod actions;
pub mod clipboard;
pub mod effect;
pub mod keys;
pub mod memory;
pub mod msg;
pub mod overlay;
pub mod saves;
pub mod view;

use std::time::Instant;

use rand::CryptoRng;

use crate::config::{Remembered, SettingsFile, Startup};
use crate::screens::{Request, Screen, Screens, password};
pub use actions::{DialogAction, Global, HelpAction};
pub use clipboard::ClipboardTimer;
pub use effect::Effect;
pub use memory::Memory;
pub use msg::AppMsg;
pub use overlay::{HelpSize, Overlay, OverlayOutcome};

use crate::kit::{Clock, Dialog, FocusKind, Modal, Reply, Settings, Status, Tone};

#[derive(Debug)]
pub struct App {
    pub screen: Screen,
    pub screens: Screens,
    pub overlay: Option<Overlay>,
    pub status: Option<Status>,
    pub settings: Settings,
    /// The time of the last update; the view reads countdowns from it.
    pub now: Instant,
    /// The terminal's columns and rows, as the runtime last said.
    pub size: (u16, u16),
    clipboard: ClipboardTimer,
    /// The settings file, and the save waiting for the changes to stop.
    pub memory: Memory,
}

impl App {
    pub fn new(settings: Settings, now: Instant) -> App {
        App {
            screen: Screen::ALL[0],
            screens: Screens::new(&settings),
            overlay: None,
            status: None,
            settings,
            now,
            size: (80, 24),
            clipboard: ClipboardTimer::default(),
            memory: Memory::new(SettingsFile::NoConfig),
        }
    }

    /// What the runtime read from the settings file: the screens show the remembered options
    /// and offer the profiles, the status says what went wrong, and remembering starts.
    pub fn start<R: CryptoRng + ?Sized>(&mut self, mut startup: Startup, rng: &mut R) {
        self.screens.start(&mut startup, rng);
        self.status = startup.note.map(Status::error);
        self.memory = Memory::new(startup.file);
        self.memory.observe(self.remembered(), self.now);
    }

    /// What the settings file should remember now.
    pub fn remembered(&self) -> Remembered {
        self.screens.remembered()
    }

    pub fn focus_kind(&self) -> FocusKind {
        self.screens.focus_kind(self.screen)
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        match &self.overlay {
            Some(Overlay::Dialog(dialog)) => Some(dialog),
            Some(Overlay::Help { .. } | Overlay::Qr(_)) | None => None,
        }
    }

    pub fn help_open(&self) -> bool {
        matches!(self.overlay, Some(Overlay::Help { .. }))
    }

    /// When the runtime should wake with a `Tick` even if no key comes; `None`: sleep.
    pub fn next_wakeup(&self) -> Option<Instant> {
        let clipboard = self.clipboard.next_wakeup(self.now, self.status.as_ref());
        [
            self.screens.next_wakeup(self.now),
            clipboard,
            self.memory.deadline(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    pub fn update<R: CryptoRng + ?Sized>(
        &mut self,
        msg: impl Into<AppMsg>,
        clock: Clock,
        rng: &mut R,
    ) -> Vec<Effect> {
        self.now = clock.now;
        self.screens.set_wall_clock(clock.unix);
        let now = clock.now;
        match msg.into() {
            AppMsg::Clipboard(report) => {
                self.status = Some(self.clipboard.report(report, now));
                Vec::new()
            }
            AppMsg::Remembered(result) => {
                self.remembered_report(result);
                Vec::new()
            }
            AppMsg::ProfileSaved(save, result) => self.profile_report(*save, result),
            AppMsg::ProfilesRead(profiles) => {
                self.screens.profiles_read(&profiles);
                Vec::new()
            }
            AppMsg::Tick => self.tick(),
            AppMsg::Global(Global::Quit) => [self.ending(), vec![Effect::Quit]].concat(),
            AppMsg::Global(Global::Interrupt) => [self.ending(), vec![Effect::Interrupt]].concat(),
            AppMsg::Global(Global::Suspend) => vec![Effect::Suspend],
            msg => {
                if let AppMsg::Resize(columns, rows) = msg {
                    self.size = (columns, rows);
                }
                let effects = self.route(msg, now, rng);
                self.memory.observe(self.remembered(), now);
                effects
            }
        }
    }

    fn route<R: CryptoRng + ?Sized>(
        &mut self,
        msg: AppMsg,
        now: Instant,
        rng: &mut R,
    ) -> Vec<Effect> {
        // A screen's own modal takes every message for the screen, as an overlay does.
        if self.screens.modal_keys(self.screen).is_some() {
            let AppMsg::Screen(input) = msg else {
                return Vec::new();
            };
            let reply = self.screens.update(self.screen, input, now, rng);
            return self.apply(reply, now);
        }
        // Only an open overlay needs the help's size, whose first reading lays the help out.
        if self.overlay.is_some() {
            let help_size = self.help_size();
            if let Some(overlay) = &mut self.overlay
                && overlay.handle(&msg, help_size) == OverlayOutcome::Closes
                && let Some(Overlay::Dialog(dialog)) = self.overlay.take()
            {
                let reply = self.screens.dialog_closed(self.screen, &dialog, now);
                return self.apply(reply, now);
            }
            return Vec::new();
        }
        let reply = match msg {
            AppMsg::Global(Global::ToggleHelp) => {
                // The help leaves the status for after.
                self.overlay = Some(Overlay::help());
                Reply::Nothing
            }
            AppMsg::Global(Global::Show(screen)) => {
                self.screen = screen;
                Reply::Nothing
            }
            AppMsg::Screen(input) => self.screens.update(self.screen, input, now, rng),
            // Handled in `update`, or for an overlay that is not open.
            AppMsg::Global(Global::Quit | Global::Interrupt | Global::Suspend)
            | AppMsg::Help(_)
            | AppMsg::Dialog(_)
            | AppMsg::Tick
            | AppMsg::Resize(..)
            | AppMsg::Clipboard(_)
            | AppMsg::Remembered(_)
            | AppMsg::ProfileSaved(..)
            | AppMsg::ProfilesRead(_) => Reply::Nothing,
        };
        self.apply(reply, now)
    }

    /// The help's length, and the lines of it the window shows.
    pub fn help_size(&self) -> HelpSize {
        HelpSize {
            lines: keys::help_lines().len(),
            page: usize::from(view::help_page(self.size.1)),
        }
    }

    fn apply(&mut self, reply: Reply<Request>, now: Instant) -> Vec<Effect> {
        match reply {
            Reply::Nothing => {}
            Reply::Status(status) => self.status = Some(status),
            Reply::ClearStatus => self.status = None,
            Reply::Open(modal) => {
                // A dialog replaces the status; a QR code leaves it.
                if matches!(modal, Modal::Dialog(_)) {
                    self.status = None;
                }
                self.overlay = Some(Overlay::of(modal));
            }
            Reply::Own(Request::Register(never)) => match never {},
            Reply::Own(Request::Password(password::Request::Save(save))) => {
                return vec![Effect::SaveProfile(*save)];
            }
            Reply::Copy(secret) => return self.copy(secret, now),
            Reply::HandOver(handover) => match self.screens.hand_over(&handover) {
                Some((screen, reply)) => {
                    // The user goes where it was used, unless it was refused there.
                    let refused = matches!(&reply, Reply::Status(s) if s.tone == Tone::Error);
                    if !refused {
                        self.screen = screen;
                    }
                    return self.apply(reply, now);
                }
                None => self.status = Some(Status::error("Nothing here can take that")),
            },
        }
        Vec::new()
    }

    fn copy(&mut self, secret: secrecy::SecretString, now: Instant) -> Vec<Effect> {
        self.clipboard.copying(now, self.settings.clipboard_clear);
        vec![Effect::Copy(secret)]
    }

    fn tick(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        for reply in self.screens.tick(self.now) {
            effects.extend(self.apply(reply, self.now));
        }
        let due = self.clipboard.tick(self.now, &mut self.status);
        let remember = self.memory.due(self.now).map(Effect::Remember);
        effects.extend(
            due.then_some(Effect::ClearClipboard)
                .into_iter()
                .chain(remember),
        );
        effects
    }

    /// The program is ending, by a key, a signal or an error: what must be done first (a
    /// clipboard clear still pending).
    pub fn ending(&mut self) -> Vec<Effect> {
        let pending = self.clipboard.ending();
        let remember = self.memory.flush().map(Effect::Remember);
        pending
            .then_some(Effect::ClearClipboard)
            .into_iter()
            .chain(remember)
            .collect()
    }
}
