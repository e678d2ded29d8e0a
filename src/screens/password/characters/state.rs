//! Characters mode's state: its fields, what they compile to, and its password.

use rand::CryptoRng;
use secrecy::SecretString;

use super::compiled::Compiled;
use super::fields::CharFields;
use super::site_match::SiteMatch;
use super::values::{self, CharacterValues};
use crate::kit::{CharFilter, Input, Status, TextField};
use crate::screens::password::Reply;
use crate::screens::password::{Action, Entropy, Field, LengthProblem, Note};
use keysmith_core::policy::{
    Generator, Policy, PolicyError, PolicyOptions, ShortSites, SiteRules, Toggle, WEAK_LENGTH,
    parse_rules,
};
use keysmith_core::sites::Sites;
use keysmith_core::{CharSet, EntropyLabel, Toggles};

/// Five digits: enough to say "too long" for anything past 1024, never enough to overflow.
pub const LENGTH_DIGITS: usize = 5;

/// A yes to a weak password for rules whose `maxlength` is 8 or less.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeakYes {
    /// The Rules text it was given for.
    pub rules: String,
    /// The length field before the yes moved it into the rules' bounds, given back when the
    /// yes lapses: the tutorial's rule would refuse the weak one.
    pub length_before: String,
}

/// Characters mode's options and its password.
#[derive(Debug)]
pub struct Characters {
    pub length: TextField,
    pub set: CharSet,
    /// The menu's highlight: Up and Down move it, Space, Enter or a digit pick.
    pub menu_cursor: CharSet,
    pub toggles: Toggles,
    /// Symbols, Exclude, the minimums, Max in a row, Site and Rules.
    pub chars: CharFields,
    /// The sites the Site field looks up: Apple's, with the settings' over them.
    pub sites: Sites,
    /// What the options above compile to, kept until they change.
    pub(super) compiled: Compiled,
    pub result: Option<SecretString>,
    /// The user's yes to a weak password for the rules; it lapses as soon as they change.
    pub weak_confirmed: Option<WeakYes>,
    /// Enter was pressed in the length field since it last changed: a refusal shows in red
    /// then, not while the user is still typing (`1` on the way to `16`).
    pub length_entered: bool,
}

impl Default for Characters {
    fn default() -> Characters {
        let defaults = PolicyOptions::default();
        let mut characters = Characters {
            length: TextField::new(LENGTH_DIGITS, CharFilter::Digits),
            set: defaults.set,
            menu_cursor: defaults.set,
            toggles: defaults.toggles,
            chars: CharFields::default(),
            sites: Sites::built_in(),
            compiled: Compiled::default(),
            result: None,
            weak_confirmed: None,
            length_entered: false,
        };
        characters.recompile();
        characters
    }
}

impl Characters {
    /// The length, if it passes the length rule; the menu shows only then, as in the tutorial.
    pub fn length(&self) -> Result<usize, LengthProblem> {
        match values::length_of(self.length.value()) {
            // Once a weak password was confirmed, the rules' own bounds decide.
            Err(LengthProblem::Refused(PolicyError::TooShort))
                if self.short_sites() == ShortSites::Allow =>
            {
                values::count_of(self.length.value()).ok_or(LengthProblem::Empty)
            }
            other => other,
        }
    }

    /// Whether the rules may make a weak password: only once the user said yes to it.
    pub fn short_sites(&self) -> ShortSites {
        match &self.weak_confirmed {
            Some(yes) if yes.rules == self.chars.rules.value() => ShortSites::Allow,
            Some(_) | None => ShortSites::Refuse,
        }
    }

    pub fn menu_visible(&self) -> bool {
        self.length().is_ok()
    }

    /// The fields' text, as it is now.
    pub fn values(&self) -> CharacterValues {
        let chars = &self.chars;
        CharacterValues {
            length: self.length.value().to_string(),
            set: self.set,
            toggles: self.toggles,
            symbols: chars.symbols.value().to_string(),
            exclude: chars.exclude.value().to_string(),
            minimums: chars
                .minimums
                .each_ref()
                .map(|field| field.value().to_string()),
            max_consecutive: chars.max_consecutive.value().to_string(),
            site: chars.site.value().to_string(),
            rules: chars.rules.value().to_string(),
        }
    }

    /// Puts `values` in the fields; nothing is compiled but how the Site and Rules fields
    /// stand, which the saved options read, and the domain the Site field offers.
    pub fn set_values(&mut self, values: &CharacterValues) {
        self.length.set(&values.length);
        self.set = values.set;
        self.toggles = values.toggles;
        let chars = &mut self.chars;
        chars.symbols.set(&values.symbols);
        chars.exclude.set(&values.exclude);
        for (field, text) in chars.minimums.iter_mut().zip(&values.minimums) {
            field.set(text);
        }
        chars.max_consecutive.set(&values.max_consecutive);
        chars.site.set(&values.site);
        chars.rules.set(&values.rules);
        self.compile_site();
    }

    /// The fields as policy options.
    pub fn options(&self) -> PolicyOptions {
        self.values().options()
    }

    /// The compiled policy, or why there is none.
    pub fn policy(&self) -> Result<&Policy, &LengthProblem> {
        self.compiled.policy.as_ref()
    }

    /// What the Rules field parsed to, or its error; `None` while it is blank.
    pub fn rules(&self) -> Option<Result<&SiteRules, &PolicyError>> {
        self.compiled.rules.as_ref().map(Result::as_ref)
    }

    /// Whether site rules decide the set and the requirements in place of the menu and the
    /// each-class toggle.
    pub fn rules_decide(&self) -> bool {
        matches!(self.rules(), Some(Ok(_)))
    }

    /// Compiles the options again: after every change, so that drawing only reads.
    pub(in crate::screens::password) fn recompile(&mut self) {
        if self.short_sites() == ShortSites::Refuse
            && let Some(yes) = self.weak_confirmed.take()
            && values::count_of(self.length.value()).is_some_and(|n| n <= WEAK_LENGTH)
        {
            self.length.set(&yes.length_before);
        }
        let short = self.short_sites();
        let options = PolicyOptions {
            length: self.length().ok(),
            ..self.options()
        };
        let rules = options
            .rules
            .as_deref()
            .and_then(|text| parse_rules(text).transpose());
        let policy = match self.length() {
            Err(problem) => Err(problem),
            Ok(_) => Policy::compile_with(&options, short).map_err(LengthProblem::Refused),
        };
        let entropy = policy.as_ref().ok().map(|policy| {
            let bits = policy.entropy_bits();
            let no_repeats_cost = options
                .toggles
                .contains(Toggle::NoRepeats)
                .then(|| {
                    let with_repeats = PolicyOptions {
                        toggles: options.toggles.with(Toggle::NoRepeats, false),
                        ..options.clone()
                    };
                    Policy::compile_with(&with_repeats, short)
                        .ok()
                        .map(|full| full.entropy_bits() - bits)
                })
                .flatten();
            // A password the tutorial's rule would refuse is weak, whatever its bits.
            let label = if policy.length() <= WEAK_LENGTH {
                EntropyLabel::Weak
            } else {
                EntropyLabel::of(bits)
            };
            Entropy {
                bits,
                label,
                no_repeats_cost,
            }
        });
        let set_sizes = CharSet::ALL.map(|set| {
            let options = PolicyOptions {
                set,
                ..options.clone()
            };
            options.alphabet_len().unwrap_or(0)
        });
        self.compiled = Compiled {
            policy,
            entropy,
            rules,
            site: SiteMatch::Blank,
            completion: None,
            set_sizes,
        };
        self.compile_site();
    }

    /// How the Site field's domain and the Rules field's text stand, and the domain the Site
    /// field offers, looked up once for everything that reads them until they change.
    fn compile_site(&mut self) {
        let site = self.chars.site.value();
        self.compiled.site = SiteMatch::of(&self.sites, site, self.chars.rules.value());
        // Offered only where it reads on from the text as typed, which the completion begins
        // with in lower case: so never after a space before or after it, which it trims.
        self.compiled.completion = (site.trim() == site)
            .then(|| self.sites.completion(site))
            .flatten();
    }

    /// Exact entropy of the current options, and what no-repeats costs, if it is on.
    pub fn entropy(&self) -> Option<Entropy> {
        self.compiled.entropy
    }

    /// Why no password can be made now, if so.
    pub fn problem(&self) -> Option<String> {
        Some(match self.policy().err()? {
            weak @ LengthProblem::Refused(PolicyError::RulesMaxLengthWeak { .. }) => {
                format!("{weak}; generating (Enter) asks whether to make a weak one anyway")
            }
            problem => problem.to_string(),
        })
    }

    /// The most the rules allow where that is 8 or less, which the tutorial's rule refuses
    /// without the user's yes.
    pub fn weak_max(&self) -> Option<usize> {
        let rules = self.rules()?.ok()?;
        rules.max_length.filter(|&max| max <= WEAK_LENGTH)
    }

    /// What the line under the length says: a neutral hint until the length is entered, or
    /// can only grow into a refusal (too long); then the refusal. A rules text that does not
    /// parse is shown under the Rules field instead.
    pub fn length_note(&self) -> Option<Note> {
        let problem = self.problem()?;
        let settled = match self.policy() {
            Err(LengthProblem::Empty) => false,
            Err(LengthProblem::Refused(PolicyError::TooShort)) => self.length_entered,
            Err(LengthProblem::Refused(refusal)) if self.rules() == Some(Err(refusal)) => {
                return None;
            }
            Err(LengthProblem::Refused(_)) | Ok(_) => true,
        };
        Some(if settled {
            Note::Problem(problem)
        } else {
            Note::Hint(LengthProblem::Empty.to_string())
        })
    }

    /// An edit or paste in the length field or an option field: applied, and the password
    /// follows.
    pub(in crate::screens::password) fn edit<R: CryptoRng + ?Sized>(
        &mut self,
        field: Field,
        msg: &Input<Action>,
        rng: &mut R,
    ) -> Reply {
        let had_problem = self.problem().is_some();
        let (text, name, limit) = match field {
            Field::Length => (&mut self.length, "Length", LENGTH_DIGITS),
            other => match self.chars.text_field(other) {
                Some(found) => found,
                None => return Reply::Nothing,
            },
        };
        let edited = text.apply(msg);
        let mut moved = None;
        if edited.changed {
            if field == Field::Length {
                self.length_entered = false;
            }
            if field == Field::Site {
                moved = self.site_edited();
            }
            self.changed(rng);
        }
        match (edited.left_out_named(name, limit), moved) {
            (Some(note), _) => Reply::Status(Status::error(note)),
            // A length the site's rules moved is said, as the user did not type it.
            (None, Some(moved)) => Reply::Status(Status::info(moved)),
            // A refusal is stale once the options pass.
            (None, None) if had_problem && self.problem().is_none() => Reply::ClearStatus,
            (None, None) => Reply::Nothing,
        }
    }

    /// A new password for the options, or why there is none.
    pub(in crate::screens::password) fn generate<R: CryptoRng + ?Sized>(
        &mut self,
        rng: &mut R,
    ) -> Result<(), String> {
        self.result = Some(self.make(rng)?);
        Ok(())
    }

    /// A password for the options, not shown: one of a list, say.
    pub(in crate::screens::password) fn make<R: CryptoRng + ?Sized>(
        &self,
        rng: &mut R,
    ) -> Result<SecretString, String> {
        match self.policy() {
            Ok(policy) => Ok(Generator::new(policy).generate(rng)),
            Err(problem) => Err(problem.to_string()),
        }
    }

    /// A password for the options, or none where they allow none (the note under the length
    /// says why).
    pub(in crate::screens::password) fn show<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        self.result = self
            .policy()
            .ok()
            .map(|policy| Generator::new(policy).generate(rng));
    }

    /// After an option changes: the policy is compiled again, and a shown password is made
    /// again so that it always matches what the screen says, or dropped if the options no
    /// longer allow one.
    pub(in crate::screens::password) fn changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        self.recompile();
        if self.result.is_some() {
            self.show(rng);
        }
    }
}
