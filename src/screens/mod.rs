//! The screens, and their registry: adding a screen is a folder and one line in `screens!`.

mod screen_state;

pub use screen_state::ScreenState;

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::config::{Profile, Remembered, Startup};
use crate::kit::keys::{Binding, ModalKeys, NONE, Place};
use crate::kit::{Action, Dialog, FocusKind, HandOver, Msg, Reply, Settings, Tab};
use crate::ui::ViewContext;

/// Declares the screens in tab order: variant, folder, title and F-key. Everything that
/// lists or dispatches to screens is generated from this one table.
macro_rules! screens {
    ($($variant:ident => $folder:ident, $title:literal, F $fkey:literal;)+) => {
        $(pub mod $folder;)+

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

        impl Screen {
            /// In tab order.
            pub const ALL: &[Screen] = &[$(Screen::$variant),+];

            /// Its place in the tab row.
            pub fn tab(self) -> Tab {
                // Declared in tab order, so the discriminant is the place.
                Tab(self as u8)
            }

            /// The screen at a place in the tab row.
            pub fn at(tab: Tab) -> Option<Screen> {
                Screen::ALL.get(usize::from(tab.0)).copied()
            }

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

            pub fn keys(self) -> &'static [Binding] {
                match self {
                    $(Screen::$variant => <$folder::State as ScreenState>::keys()),+
                }
            }

            pub fn modal_tables(self) -> &'static [ModalKeys] {
                match self {
                    $(Screen::$variant => <$folder::State as ScreenState>::modal_tables()),+
                }
            }
        }

        /// The F-key of each screen.
        pub static SCREEN_KEYS: &[Binding] = &[$(Binding::new(
            Place::Navigation,
            &[(ratatui::crossterm::event::KeyCode::F($fkey), NONE)],
            concat!("F", $fkey),
            $title,
            Action::Show(Tab(Screen::$variant as u8)),
        )),+];

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

            pub fn keys_now(&self, screen: Screen) -> &'static [Binding] {
                match screen {
                    $(Screen::$variant => self.$folder.keys_now()),+
                }
            }

            pub fn modal_keys(&self, screen: Screen) -> Option<ModalKeys> {
                match screen {
                    $(Screen::$variant => self.$folder.modal_keys()),+
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
                msg: Msg,
                now: Instant,
                rng: &mut R,
            ) -> Reply<Request> {
                match screen {
                    $(Screen::$variant => self.$folder.update(msg, now, rng).map_own(Request::$variant)),+
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
            pub fn hand_over(&mut self, handover: &HandOver) -> Option<Reply<Request>> {
                None$(.or_else(|| self.$folder.receive(handover).map(|reply| reply.map_own(Request::$variant))))+
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
