//! The question before a weak password: asked where the rules allow only 8 characters or
//! fewer, and the answer taken.

use rand::CryptoRng;

use super::characters::WeakYes;
use super::characters::site_match::SiteMatch;
use super::keys::Action;
use super::open::Open;
use super::short_site::ShortSite;
use super::{Field, Reply, State};
use crate::kit::{Input, Status};
use keysmith_core::policy::{Policy, PolicyOptions, ShortSites};

impl State {
    /// Generating where the rules allow only a weak length and the user has not said yes to
    /// them: the question, or why even a weak password cannot be made. `None` otherwise.
    pub(super) fn ask_weak(&mut self) -> Option<Reply> {
        let characters = &self.characters;
        if characters.short_sites() == ShortSites::Allow {
            return None;
        }
        let max = characters.weak_max()?;
        let rules = characters.rules()?.ok()?;
        let asked = characters.length.value().parse().ok();
        let made = rules
            .nearest_length(asked, ShortSites::Allow)
            .and_then(|length| {
                let options = PolicyOptions {
                    length: Some(length),
                    ..characters.options()
                };
                Policy::compile_with(&options, ShortSites::Allow)
            });
        let policy = match made {
            Ok(policy) => policy,
            Err(refusal) => return Some(Reply::Status(Status::error(refusal.to_string()))),
        };
        let whose = match characters.site_match() {
            SiteMatch::Filled(found) => found.to_string(),
            SiteMatch::Blank | SiteMatch::Unknown | SiteMatch::Edited(_) => "rules".to_owned(),
        };
        self.open = Some(Open::Confirming(ShortSite {
            whose,
            max,
            length: policy.length(),
            bits: policy.entropy_bits(),
        }));
        Some(Reply::Nothing)
    }

    /// A message while the question is open: `y` makes the weak password, Esc or `n` none.
    pub(super) fn confirming<R: CryptoRng + ?Sized>(
        &mut self,
        short: ShortSite,
        msg: &Input<Action>,
        rng: &mut R,
    ) -> Reply {
        match msg {
            Input::Do(Action::MakeWeak) => {
                let characters = &mut self.characters;
                characters.weak_confirmed = Some(WeakYes {
                    rules: characters.chars.rules.value().to_owned(),
                    length_before: characters.length.value().to_owned(),
                });
                characters.length.set(&short.length.to_string());
                self.options_changed(rng);
                match self.characters.generate(rng) {
                    Ok(()) => {
                        self.focus = Field::Output;
                        let made = format!(
                            "A weak password, as you asked: {} characters, {:.2} bits; the {} \
                             allow no more",
                            short.length, short.bits, short.whose
                        );
                        Reply::Status(Status::error(made))
                    }
                    Err(problem) => Reply::Status(Status::error(problem)),
                }
            }
            Input::Do(Action::KeepRefusing) => Reply::Status(Status::info(
                "No password made: these rules allow only weak ones",
            )),
            Input::Do(_) | Input::Nav(_) | Input::Field(_) | Input::Paste(_) => {
                self.open = Some(Open::Confirming(short));
                Reply::Nothing
            }
        }
    }
}
