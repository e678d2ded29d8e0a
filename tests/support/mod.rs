//! Drives the state machine as a user would, for tests and benches: an app, a seeded RNG,
//! and a clock that moves only when told to.

// Each test file and bench takes the part it needs.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use keysmith::app::{Action, App, Msg, Settings};
use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;
use tui_input::InputRequest;

pub struct Driver {
    pub app: App,
    pub rng: StdRng,
    pub t0: Instant,
    pub now: Instant,
}

impl Driver {
    pub fn new(settings: Settings, seed: u64) -> Driver {
        let t0 = Instant::now();
        Driver {
            app: App::new(settings, t0),
            rng: StdRng::seed_from_u64(seed),
            t0,
            now: t0,
        }
    }

    pub fn send(&mut self, msg: Msg) -> &mut Driver {
        self.app.update(msg, self.now, &mut self.rng);
        self
    }

    pub fn act(&mut self, action: Action) -> &mut Driver {
        self.send(Msg::Do(action))
    }

    pub fn type_text(&mut self, text: &str) -> &mut Driver {
        for c in text.chars() {
            self.send(Msg::Edit(InputRequest::InsertChar(c)));
        }
        self
    }

    /// Moves the clock to `secs` after the start and lets the app see it.
    pub fn at(&mut self, secs: u64) -> &mut Driver {
        self.now = self.t0 + Duration::from_secs(secs);
        self.send(Msg::Tick)
    }

    /// Name, city, a password and a gender (Female); the focus is left on the gender row.
    pub fn fill_register(&mut self) -> &mut Driver {
        self.type_text("Ada Lovelace")
            .act(Action::FocusNext)
            .type_text("London")
            .act(Action::FocusNext)
            .type_text("analytical-engine-1843")
            .act(Action::FocusNext)
            // The first arrow picks the choice under the cursor (Male), the second moves on.
            .act(Action::Right)
            .act(Action::Right)
    }

    /// The filled form, with a code sent at t0 and the clock at t0 + 1 s.
    pub fn send_code(&mut self) -> &mut Driver {
        self.fill_register()
            .act(Action::FocusNext) // Code format
            .act(Action::FocusNext) // Send code
            .act(Action::Activate)
            .at(1)
    }

    /// On the Password screen: type the length, Enter to the menu, pick set 4, Enter.
    pub fn generate_password(&mut self, length: usize) -> &mut Driver {
        self.act(Action::ShowPassword)
            .type_text(&length.to_string())
            .act(Action::Activate)
            .act(Action::PickOption(4))
            .act(Action::Activate)
    }

    pub fn sent_code(&self) -> String {
        self.app
            .register
            .sent_code()
            .expect("a code was sent")
            .to_string()
    }

    pub fn password(&self) -> String {
        self.app
            .password
            .result
            .as_ref()
            .expect("a password was generated")
            .expose_secret()
            .to_string()
    }
}
