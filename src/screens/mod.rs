//! The screens, and their registry: adding a screen is a folder, its `mod` line and one line
//! in `screens!`.

mod screen_state;

// Declared here, not by `screens!`, so that rustfmt, which does not look inside macros,
// formats the screens' files too.
pub mod password;
pub mod register;

pub use screen_state::ScreenState;

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::config::{Profile, Remembered, Startup};
use crate::kit::keys::{Binding, Describe, Listed, Place, f, listed};
use crate::kit::{Dialog, FocusKind, HandOver, Input, Reply, Settings};
use crate::ui::ViewContext;

/// Declares the screens in tab order: variant, folder, title and F-key. Everything that
/// lists or dispatches to screens is generated from this one table.
macro_rules! screens {
    ($($variant:ident => $folder:ident, $title:literal, F $fkey:literal;)+) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Screen {
            $($variant),+
        }

        /// What a screen asks of the app beyond the kit's replies, by screen.
        #[derive(Debug)]
        pub enum Request {
            $($variant(<$folder::State as ScreenState>::Own)),+
        }

        /// A screen's own action, by screen.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ScreenAction {
            $($variant(<$folder::State as ScreenState>::Action)),+
        }

        $(impl From<<$folder::State as ScreenState>::Action> for ScreenAction {
            fn from(action: <$folder::State as ScreenState>::Action) -> ScreenAction {
                ScreenAction::$variant(action)
            }
        })+

        /// One of a screen's key tables, by screen.
        #[derive(Debug, Clone, Copy)]
        pub enum ScreenTable {
            $($variant(&'static [Binding<<$folder::State as ScreenState>::Action>])),+
        }

        impl ScreenTable {
            /// The action `key` sends here, if a binding that works with `focus` takes it.
            pub fn take(self, key: &KeyEvent, focus: FocusKind) -> Option<ScreenAction> {
                match self {
                    $(ScreenTable::$variant(table) => table
                        .iter()
                        .filter(|binding| binding.place.applies(focus))
                        .find_map(|binding| binding.take(key))
                        .map(ScreenAction::$variant)),+
                }
            }

            pub fn listed(self) -> Vec<&'static dyn Listed> {
                match self {
                    $(ScreenTable::$variant(table) => listed(table)),+
                }
            }
        }

        impl Screen {
            /// In tab order.
            pub const ALL: &[Screen] = &[$(Screen::$variant),+];

            pub fn title(self) -> &'static str {
                match self {
                    $(Screen::$variant => $title),+
                }
            }

            /// The tab's text, with the key that shows it.
            pub fn tab_text(self) -> &'static str {
                match self {
                    $(Screen::$variant => concat!($title, " (F", $fkey, ")")),+
                }
            }

            /// Every key table of the screen, for the help.
            pub fn listed_tables(self) -> Vec<Vec<&'static dyn Listed>> {
                match self {
                    $(Screen::$variant => <$folder::State as ScreenState>::keys()
                        .iter()
                        .map(|&table| listed(table))
                        .collect()),+
                }
            }

            /// Every modal of the screen's own: its keys, and whether it takes typing.
            pub fn modals(self) -> Vec<(ScreenTable, bool)> {
                match self {
                    $(Screen::$variant => <$folder::State as ScreenState>::modal_tables()
                        .iter()
                        .map(|modal| (ScreenTable::$variant(modal.table), modal.typing))
                        .collect()),+
                }
            }

            /// Every modal's keys of the screen, for the help.
            pub fn listed_modals(self) -> Vec<Vec<&'static dyn Listed>> {
                self.modals().into_iter().map(|(table, _)| table.listed()).collect()
            }
        }

        impl Describe for Screen {
            fn description(self) -> &'static str {
                self.title()
            }
        }

        /// The F-key of each screen.
        pub static SCREEN_KEYS: &[Binding<Screen>] = &[$(
            Binding::new(Place::Navigation, &[f($fkey)], Screen::$variant)
        ),+];

        /// Every screen's state; each keeps it while another is shown.
        #[derive(Debug)]
        pub struct Screens {
            $(pub $folder: $folder::State),+
        }

        impl Screens {
            pub fn new(settings: &Settings) -> Screens {
                Screens {
                    $($folder: $folder::State::new(settings)),+
                }
            }

            /// The screen's key tables as it is now.
            pub fn tables_now(&self, screen: Screen) -> Vec<ScreenTable> {
                match screen {
                    $(Screen::$variant => self.$folder.keys_now().iter().map(|&t| ScreenTable::$variant(t)).collect()),+
                }
            }

            /// The keys of the screen's own modal while one is open, and whether it takes typing.
            pub fn modal_keys(&self, screen: Screen) -> Option<(ScreenTable, bool)> {
                match screen {
                    $(Screen::$variant => self.$folder.modal_keys().map(|modal| (ScreenTable::$variant(modal.table), modal.typing))),+
                }
            }

            pub fn focus_kind(&self, screen: Screen) -> FocusKind {
                match screen {
                    $(Screen::$variant => self.$folder.focus_kind()),+
                }
            }

            pub fn update<R: CryptoRng + ?Sized>(
                &mut self,
                screen: Screen,
                input: Input<ScreenAction>,
                now: Instant,
                rng: &mut R,
            ) -> Reply<Request> {
                // An action of another screen's (a test may send one) does nothing here.
                #[allow(unreachable_patterns)]
                match screen {
                    $(Screen::$variant => {
                        let input = match input {
                            Input::Do(ScreenAction::$variant(action)) => Input::Do(action),
                            Input::Do(_) => return Reply::Nothing,
                            Input::Nav(nav) => Input::Nav(nav),
                            Input::Field(key) => Input::Field(key),
                            Input::Paste(text) => Input::Paste(text),
                        };
                        self.$folder.update(input, now, rng).map_own(Request::$variant)
                    }),+
                }
            }

            pub fn view(&self, screen: Screen, frame: &mut Frame, area: Rect, cx: &ViewContext) {
                match screen {
                    $(Screen::$variant => self.$folder.view(frame, area, cx)),+
                }
            }

            pub fn dialog_closed(&mut self, screen: Screen, dialog: &Dialog, now: Instant) -> Reply<Request> {
                match screen {
                    $(Screen::$variant => self.$folder.dialog_closed(dialog, now).map_own(Request::$variant)),+
                }
            }

            /// Offers `handover` to each screen in turn; the first that takes it answers.
            pub fn hand_over(&mut self, handover: &HandOver) -> Option<(Screen, Reply<Request>)> {
                None$(.or_else(|| self.$folder.receive(handover).map(|reply| (Screen::$variant, reply.map_own(Request::$variant)))))+
            }

            pub fn start<R: CryptoRng + ?Sized>(&mut self, startup: &mut Startup, rng: &mut R) {
                $(self.$folder.start(startup, rng);)+
            }

            /// What the settings file should remember now, each screen's share.
            pub fn remembered(&self) -> Remembered {
                let mut remembered = Remembered::default();
                $(self.$folder.remember(&mut remembered);)+
                remembered
            }

            pub fn profiles_read(&mut self, profiles: &[Profile]) {
                $(self.$folder.profiles_read(profiles);)+
            }

            pub fn set_wall_clock(&mut self, unix: u64) {
                $(self.$folder.set_wall_clock(unix);)+
            }

            /// What each screen has to say now that time has passed.
            pub fn tick(&mut self, now: Instant) -> Vec<Reply<Request>> {
                let mut replies = Vec::new();
                $(replies.extend(self.$folder.tick(now).map(|reply| reply.map_own(Request::$variant)));)+
                replies
            }

            pub fn next_wakeup(&self, now: Instant) -> Option<Instant> {
                [$(self.$folder.next_wakeup(now)),+].into_iter().flatten().min()
            }
        }
    };
}

screens! {
    Register => register, "Register", F 2;
    Password => password, "Password", F 3;
}
