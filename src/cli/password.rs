//! `keysmith password`: passwords for scripts, on the one policy every option and site rule
//! maps onto.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Args;
use zeroize::Zeroizing;

use super::clip::{self, ClipArgs};
use super::exit::{finish, refuse};
use super::parse::at_least_one;
use super::profile::READS_SETTINGS;
use super::profile::{self, Given, ProfileArgs};
use super::site;
use crate::config::Options;
use keysmith_core::CharSet;
use keysmith_core::policy::{
    Generator, Minimums, Policy, PolicyError, PolicyOptions, ShortSites, Toggle,
};

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new(READS_SETTINGS).args(["profile", "site"]).multiple(true)))]
pub struct PasswordArgs {
    /// Length: more than 8, at most 1024 [default: 16, or the nearest the rules allow].
    #[arg(short, long)]
    pub length: Option<usize>,
    /// Character set: 1|lower, 2|letters, 3|alnum, 4|all.
    #[arg(short, long, ignore_case = true, value_parser = super::parse::named::<CharSet>(), default_value = "all")]
    pub set: CharSet,
    /// How many passwords.
    #[arg(short = 'n', long, default_value_t = 1, value_parser = at_least_one, conflicts_with = "clip")]
    pub count: u64,
    /// Do not require every class of the set.
    #[arg(long)]
    pub no_each_class: bool,
    /// Leave out the characters a reader confuses: l I 1 | O 0 B 8 G 6 ` '.
    #[arg(long)]
    pub no_look_alikes: bool,
    /// Use no character twice.
    #[arg(long)]
    pub no_repeats: bool,
    /// The only symbols set 4 uses, for sites that accept some (e.g. '-_.!').
    #[arg(long, value_name = "CHARS", allow_hyphen_values = true)]
    pub symbols: Option<String>,
    /// Characters never used, whatever else allows them.
    #[arg(
        long,
        value_name = "CHARS",
        allow_hyphen_values = true,
        default_value = ""
    )]
    pub exclude: String,
    /// At least N lowercase letters.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_lower: usize,
    /// At least N uppercase letters.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_upper: usize,
    /// At least N digits.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_digits: usize,
    /// At least N symbols.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_symbols: usize,
    /// No run of more than K identical characters.
    #[arg(long, value_name = "K")]
    pub max_consecutive: Option<usize>,
    /// A site's password rules (the passwordrules syntax; HTML entities such as &quot; are
    /// read), e.g. 'minlength: 12; required: lower; required: upper; required: digit;
    /// max-consecutive: 2;'. Space is never used unless a [...] class names it, though
    /// special and ascii-printable include it.
    #[arg(long, value_name = "PASSWORDRULES", allow_hyphen_values = true)]
    pub rules: Option<String>,
    /// The built-in rules of a site (Apple's table, and the settings file's [sites]): a
    /// domain, subdomain or web address; `keysmith sites` lists them. Space is never used
    /// unless a [...] class names it, though special and ascii-printable include it.
    #[arg(long, value_name = "DOMAIN", conflicts_with_all = ["rules", "set", "no_each_class"])]
    pub site: Option<String>,
    /// Make the password even when the site's rules cap the length at 8 or less: it is weak
    /// (a warning with its entropy goes to stderr), and never shorter than the site allows.
    #[arg(long)]
    pub allow_short: bool,
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Print the exact entropy of these options in bits (two decimals) instead of passwords.
    #[arg(long, conflicts_with = "clip")]
    pub entropy: bool,
    #[command(flatten)]
    pub clip: ClipArgs,
}

impl PasswordArgs {
    pub fn options(&self) -> PolicyOptions {
        let defaults = PolicyOptions::default();
        PolicyOptions {
            length: self.length,
            set: self.set,
            toggles: defaults
                .toggles
                .with(Toggle::EachClass, !self.no_each_class)
                .with(Toggle::NoLookAlikes, self.no_look_alikes)
                .with(Toggle::NoRepeats, self.no_repeats),
            symbols: self.symbols.clone(),
            exclude: self.exclude.clone(),
            minimums: Minimums {
                lower: self.min_lower,
                upper: self.min_upper,
                digits: self.min_digits,
                symbols: self.min_symbols,
            },
            max_consecutive: self.max_consecutive,
            rules: self.rules.clone(),
        }
    }

    pub fn policy(&self) -> Result<Policy, PolicyError> {
        Policy::compile_with(&self.options(), self.short_sites())
    }

    /// `--allow-short` as the core takes it.
    pub fn short_sites(&self) -> ShortSites {
        if self.allow_short {
            ShortSites::Allow
        } else {
            ShortSites::Refuse
        }
    }
}

/// A profile's options, with the flags given on the command line over them.
pub fn options_over(args: &Given<PasswordArgs>, profile: &Options) -> PolicyOptions {
    let flags = args.options();
    let mut options = profile.policy_options();
    let given = |id: &str| args.given(id);
    if given("length") {
        options.length = flags.length;
    }
    if given("set") {
        options.set = flags.set;
    }
    for (id, toggle) in [
        ("no_each_class", Toggle::EachClass),
        ("no_look_alikes", Toggle::NoLookAlikes),
        ("no_repeats", Toggle::NoRepeats),
    ] {
        if given(id) {
            options.toggles = options.toggles.with(toggle, flags.toggles.contains(toggle));
        }
    }
    if given("symbols") {
        options.symbols = flags.symbols;
    }
    if given("exclude") {
        options.exclude = flags.exclude;
    }
    let (mins, flag_mins) = (&mut options.minimums, flags.minimums);
    for (id, min, flag) in [
        ("min_lower", &mut mins.lower, flag_mins.lower),
        ("min_upper", &mut mins.upper, flag_mins.upper),
        ("min_digits", &mut mins.digits, flag_mins.digits),
        ("min_symbols", &mut mins.symbols, flag_mins.symbols),
    ] {
        if given(id) {
            *min = flag;
        }
    }
    if given("max_consecutive") {
        options.max_consecutive = flags.max_consecutive;
    }
    if given("rules") {
        options.rules = flags.rules;
    }
    options
}

/// 0 when done, 1 when a rule refused it or the profile cannot be had, 74 when the output
/// could not be written.
pub fn run(args: &Given<PasswordArgs>) -> ExitCode {
    super::exit::note_count_unused(args.entropy, args.given("count"));
    let chosen = match args.profile.chosen() {
        Ok(chosen) => chosen,
        Err(message) => return refuse(&message),
    };
    let mut options = match &chosen {
        Some(chosen) => options_over(args, &chosen.options),
        None => args.options(),
    };
    let asked = site::Asked {
        site: args.site.as_deref(),
        rules_given: args.given("rules"),
        config: args.profile.config.as_deref(),
    };
    let found = match site::apply(&asked, chosen.as_ref(), &mut options) {
        Ok(found) => found,
        Err(message) => return refuse(&profile::refusal(chosen.as_ref(), &message)),
    };
    let policy = match Policy::compile_with(&options, args.short_sites()) {
        Ok(policy) => policy,
        Err(refusal) => {
            let message = site::refusal(&refusal, found.as_ref());
            return refuse(&profile::refusal(chosen.as_ref(), &message));
        }
    };
    if policy.is_weak() {
        site::warn_weak(&policy, found.as_ref());
    }
    if let Some(rules) = policy.rules() {
        site::warn_not_drawn(rules);
    }
    if args.clip.clip {
        let mut password = Zeroizing::new(Vec::with_capacity(policy.length()));
        Generator::new(&policy).fill(&mut rand::rng(), &mut password);
        return clip::deliver(&password, &args.clip);
    }
    // `write` hands over whole batches of lines, so no buffer of ours stands between it and
    // stdout (whose own line buffering writes a batch that ends in a newline straight through).
    let mut out = io::stdout().lock();
    finish(write(args, &policy, &mut out).and_then(|()| out.flush()))
}

/// The bytes of passwords one batch writes at once.
const BATCH_BYTES: usize = 64 * 1024;

/// The passwords, or with `--entropy` the one line of bits.
pub fn write(args: &PasswordArgs, policy: &Policy, out: &mut impl Write) -> io::Result<()> {
    if args.entropy {
        return writeln!(out, "{:.2}", policy.entropy_bits());
    }
    let mut generator = Generator::new(policy);
    let mut rng = rand::rng();
    let line = policy.length() + 1;
    let batch = (BATCH_BYTES / line).max(1);
    // Built in place and written whole: one copy of each password, wiped on drop.
    let mut lines = Zeroizing::new(Vec::with_capacity(batch * line));
    let mut left = args.count;
    while left > 0 {
        let now = usize::try_from(left).map_or(batch, |left| left.min(batch));
        lines.clear();
        generator.fill_lines(&mut rng, now, &mut lines);
        out.write_all(&lines)?;
        left -= now as u64;
    }
    Ok(())
}
