//! `keysmith passphrase`: passphrases for scripts, one a line, or the exact entropy.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use zeroize::Zeroizing;

use super::clip::{self, ClipArgs};
use super::exit::refuse;
use super::parse::at_least_one;
use super::profile::{self, Given, ProfileArgs, READS_SETTINGS};
use crate::config::{self, Options, Unopened};
use keysmith_core::passphrase::{Case, DEFAULT_WORDS, PassphraseGenerator, PassphrasePolicy};
use keysmith_core::wordlist::{MAX_FILE_BYTES, WordList, WordListError};

/// sysexits.h's EX_IOERR: the output could not be written.
const EXIT_OUTPUT_ERROR: u8 = 74;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new(READS_SETTINGS).args(["profile"])))]
pub struct PassphraseArgs {
    /// Words a passphrase, 3 to 40.
    #[arg(short, long, default_value_t = DEFAULT_WORDS)]
    pub words: usize,
    /// Put between words: up to 5 printable characters; empty only with --case title.
    #[arg(long, default_value = " ", allow_hyphen_values = true)]
    pub separator: String,
    /// Case of the words; mixed makes each word lower or title at random.
    #[arg(long, ignore_case = true, value_parser = super::parse::named::<Case>(), default_value = "lower")]
    pub case: Case,
    /// Append one random digit to one random word.
    #[arg(long)]
    pub number: bool,
    /// Take the words from FILE (UTF-8, one a line, at least 1,000) instead of the EFF long list.
    #[arg(long, value_name = "FILE")]
    pub wordlist: Option<PathBuf>,
    /// How many passphrases.
    #[arg(short = 'n', long, default_value_t = 1, value_parser = at_least_one, conflicts_with = "clip")]
    pub count: u64,
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Print the exact entropy in bits, with two decimals, instead of passphrases.
    #[arg(long, conflicts_with = "clip")]
    pub entropy: bool,
    #[command(flatten)]
    pub clip: ClipArgs,
}

impl PassphraseArgs {
    pub fn policy(&self) -> PassphrasePolicy {
        PassphrasePolicy {
            words: self.words,
            separator: self.separator.clone(),
            case: self.case,
            number: self.number,
        }
    }
}

/// A profile's options, with the flags given on the command line over them.
pub fn policy_over(args: &Given<PassphraseArgs>, profile: &Options) -> PassphrasePolicy {
    let flags = args.policy();
    let mut policy = profile.passphrase_policy();
    if args.given("words") {
        policy.words = flags.words;
    }
    if args.given("separator") {
        policy.separator = flags.separator;
    }
    if args.given("case") {
        policy.case = flags.case;
    }
    if args.given("number") {
        policy.number = flags.number;
    }
    policy
}

/// 0 when done, 1 when a rule refused it or the profile cannot be had, 74 when the output
/// could not be written; a closed pipe (`| head`) ends it quietly with 0.
pub fn run(args: &Given<PassphraseArgs>) -> ExitCode {
    super::exit::note_count_unused(args.entropy, args.given("count"));
    let chosen = match args.profile.chosen() {
        Ok(chosen) => chosen,
        Err(message) => return refuse(&message),
    };
    let (policy, wordlist) = match &chosen {
        Some(chosen) => (
            policy_over(args, &chosen.options),
            args.wordlist.clone().or_else(|| chosen.wordlist.clone()),
        ),
        None => (args.policy(), args.wordlist.clone()),
    };
    let list = match load_list(wordlist.as_deref()) {
        Ok(list) => list,
        Err(message) => return refuse(&profile::refusal(chosen.as_ref(), &message)),
    };
    let generator = match PassphraseGenerator::new(&policy, &list) {
        Ok(generator) => generator,
        Err(refusal) => return refuse(&profile::refusal(chosen.as_ref(), &refusal.to_string())),
    };
    if args.clip.clip {
        let mut line = Zeroizing::new(Vec::with_capacity(generator.buffer_len()));
        generator.fill(&mut rand::rng(), &mut line);
        return clip::deliver(&line, &args.clip);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let written = if args.entropy {
        writeln!(out, "{:.2}", generator.entropy_bits())
    } else {
        write_passphrases(&generator, args.count, &mut out)
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("keysmith: cannot write the output: {e}");
            ExitCode::from(EXIT_OUTPUT_ERROR)
        }
    }
}

/// The EFF list, or the user's file; a refusal names the file.
fn load_list(path: Option<&Path>) -> Result<WordList, String> {
    let Some(path) = path else {
        return Ok(WordList::eff_long());
    };
    let fault = |error: WordListError| match error {
        WordListError::Read { message, .. } => {
            format!("cannot read the word list {}: {message}", path.display())
        }
        other => format!("word list {}: {other}", path.display()),
    };
    // Only a regular file: a FIFO would wait for a writer, a device read as anything.
    let file = match config::open_regular(path) {
        Ok(file) => file,
        Err(Unopened::Io(e)) => return Err(fault(e.into())),
        Err(refused @ Unopened::NotRegular(_)) => {
            return Err(format!("word list {}: {refused}", path.display()));
        }
    };
    // A file known to be too large is refused before any of it is read.
    if file.metadata().is_ok_and(|m| m.len() > MAX_FILE_BYTES) {
        return Err(fault(WordListError::TooLarge));
    }
    WordList::from_reader(file).map_err(fault)
}

/// One passphrase a line through one reused buffer, which has room for the longest, so it
/// never reallocates and leaves no copy behind, and is wiped at the end.
fn write_passphrases(
    generator: &PassphraseGenerator,
    count: u64,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut rng = rand::rng();
    let mut line = Zeroizing::new(Vec::with_capacity(generator.buffer_len()));
    for _ in 0..count {
        generator.fill(&mut rng, &mut line);
        line.push(b'\n');
        out.write_all(&line)?;
    }
    Ok(())
}
