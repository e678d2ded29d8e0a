//! The screen's options as the settings file spells them, set from a file or a profile, and
//! the Profile selector: the file's profiles, then `custom`. Choosing a profile loads its
//! options; any change after that makes them `custom` again.

use rand::CryptoRng;

use super::{Field, Mode, State};
use crate::app::{Reply, Settings, Status, focus};
use crate::screens::ScreenState;
use crate::config::{CUSTOM, Options, Profile};
use crate::secret::policy::{Class, DEFAULT_LENGTH, Policy};

/// The settings file's profiles, and which one the options came from.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    pub list: Vec<Profile>,
    /// The chosen profile, and what the screen said right after loading it.
    chosen: Option<(usize, Options)>,
    /// The profile the options came from, changed since or not: the name Ctrl+S offers.
    origin: Option<usize>,
    /// Why there are no profiles this run (no settings file, or one that did not load).
    pub off: Option<&'static str>,
}

impl Profiles {
    /// The chosen profile's name, while the options are still its own.
    pub fn chosen(&self) -> Option<&str> {
        let (index, _) = self.chosen.as_ref()?;
        self.list.get(*index).map(|p| p.name.as_str())
    }

    /// The profile the options were last loaded from or saved as, even if changed since.
    pub fn origin(&self) -> Option<&str> {
        self.origin
            .and_then(|index| self.list.get(index))
            .map(|p| p.name.as_str())
    }

    fn choose(&mut self, index: usize, shown: Options) {
        self.chosen = Some((index, shown));
        self.origin = Some(index);
    }

    /// What the selector shows: the chosen profile's name, or `custom`.
    pub fn shown(&self) -> &str {
        self.chosen().unwrap_or(CUSTOM)
    }
}

/// What the length field shows when the options give no length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoLength {
    /// Empty, as the screen first opens: what the file's top says when nobody typed one.
    Empty,
    /// The command line's default, 16 clamped into the rules' bounds: what a profile means.
    Default,
}

impl State {
    /// The screen's options as the settings file spells them; an empty length or word count
    /// is left out.
    pub fn file_options(&self) -> Options {
        let words = self.words.policy().ok();
        let mut options = Options::from_screen(
            self.mode,
            &self.options(),
            &words.clone().unwrap_or_default(),
            None,
        );
        if words.is_none() {
            options.words = None;
        }
        // The length as typed, refused or not: saving keeps the file's own for one it
        // refuses (`config::valid_or`), rather than dropping the key.
        options.length = self.length.value().parse().ok();
        options
    }

    /// Sets every field from `options`; what they leave out is its default. A shown password
    /// or passphrase is made again for them.
    pub fn set_options<R: CryptoRng + ?Sized>(
        &mut self,
        options: &Options,
        no_length: NoLength,
        rng: &mut R,
    ) {
        let password = options.policy_options();
        let length = match (password.length, no_length) {
            (Some(length), _) => Some(length),
            (None, NoLength::Empty) => None,
            (None, NoLength::Default) => Some(
                Policy::compile(&password).map_or(DEFAULT_LENGTH, |policy| policy.length()),
            ),
        };
        self.length
            .set(&length.map(|n| n.to_string()).unwrap_or_default());
        self.length_entered = length.is_some();
        self.set = password.set;
        self.toggles = password.toggles;
        let count = |n: usize| if n == 0 { String::new() } else { n.to_string() };
        let chars = &mut self.chars;
        chars.symbols.set(password.symbols.as_deref().unwrap_or(""));
        chars.exclude.set(&password.exclude);
        for class in Class::ALL {
            chars.minimums[class.index()].set(&count(password.minimums.get(class)));
        }
        chars
            .max_consecutive
            .set(&password.max_consecutive.map(count).unwrap_or_default());
        chars.rules.set(password.rules.as_deref().unwrap_or(""));
        self.mode = options.mode.unwrap_or_else(|| mode_of(options));
        self.words.set_options(&options.passphrase_policy(), rng);
        if self.mode == Mode::Words {
            self.words.show(rng);
        }
        self.options_changed(rng);
    }

    /// The profiles to offer, or why there are none this run; the options are `custom`
    /// until one is chosen.
    pub fn use_profiles(&mut self, list: Vec<Profile>, off: Option<&'static str>) {
        self.profiles = Profiles {
            list,
            off,
            ..Profiles::default()
        };
    }

    /// Chooses the first profile whose options the screen shows now, if any: after a start
    /// with the options a profile loaded last time.
    pub fn choose_matching_profile<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        let shown = self.file_options();
        let matching = self.profiles.list.iter().position(|profile| {
            let mut scratch = State::new(&Settings::default());
            scratch.set_options(&profile.options, NoLength::Default, rng);
            scratch.file_options() == shown
        });
        if let Some(index) = matching {
            self.profiles.choose(index, shown);
        }
    }

    /// Left or Right on the selector: the next profile's options, or `custom` (which keeps
    /// the options as they are).
    pub(super) fn step_profile<R: CryptoRng + ?Sized>(&mut self, step: isize, rng: &mut R) -> Reply {
        let count = self.profiles.list.len();
        if let Some(off) = self.profiles.off {
            return Reply::Status(Status::info(format!("No profiles: {off}")));
        }
        if count == 0 {
            return Reply::Status(Status::info(
                "No profiles yet: Ctrl+S saves these options as one",
            ));
        }
        // Positions 0..count are the profiles, `count` is custom.
        let positions: Vec<usize> = (0..=count).collect();
        let now = self.profiles.chosen.as_ref().map_or(count, |(i, _)| *i);
        let next = focus::step(&positions, now, step);
        match self.profiles.list.get(next).cloned() {
            Some(profile) => self.load_profile(next, &profile.options, rng),
            None => {
                self.profiles.chosen = None;
                self.profiles.origin = None;
            }
        }
        Reply::ClearStatus
    }

    fn load_profile<R: CryptoRng + ?Sized>(&mut self, index: usize, options: &Options, rng: &mut R) {
        self.set_options(options, NoLength::Default, rng);
        self.focus = Field::Profile;
        let shown = self.file_options();
        self.profiles.choose(index, shown);
    }

    /// Profile `name` was saved with `options`: it is in the list (replacing one of that
    /// name) and chosen, as the options are its own.
    pub fn profile_saved(&mut self, name: &str, options: Options) {
        let list = &mut self.profiles.list;
        let index = match list.iter().position(|p| p.name == name) {
            Some(index) => {
                list[index].options = options;
                index
            }
            None => {
                list.push(Profile::new(name, options));
                list.len() - 1
            }
        };
        let shown = self.file_options();
        self.profiles.choose(index, shown);
    }

    /// After any change: the options stay the chosen profile's only while they still say
    /// what it said.
    pub(super) fn recheck_profile(&mut self) {
        if let Some((_, loaded)) = &self.profiles.chosen
            && *loaded != self.file_options()
        {
            self.profiles.chosen = None;
        }
    }
}

/// The mode a profile means when it names none: Words where it sets only Words mode's keys.
fn mode_of(options: &Options) -> Mode {
    let o = options;
    let words = o.words.is_some() || o.separator.is_some() || o.case.is_some();
    let words = words || o.number.is_some() || o.wordlist.is_some();
    let counts = [o.length, o.min_lower, o.min_upper, o.min_digits, o.min_symbols];
    let flags = [o.no_each_class, o.no_look_alikes, o.no_repeats];
    let texts = [&o.symbols, &o.exclude, &o.rules];
    let characters = counts.iter().any(Option::is_some)
        || flags.iter().any(Option::is_some)
        || texts.iter().any(|text| text.is_some())
        || o.set.is_some()
        || o.max_consecutive.is_some();
    if words && !characters {
        Mode::Words
    } else {
        Mode::Characters
    }
}
