//! The generators under test: the real ones, and deliberately wrong ones that the checks
//! must catch.

use super::*;

// ---------------------------------------------------------------------------------------------
// Sources: the real generators and deliberately wrong ones
// ---------------------------------------------------------------------------------------------

pub(crate) fn passwords(policy: &PolicyOptions, seed: u64) -> impl Source {
    let policy = Policy::compile(policy).expect("valid policy");
    let mut generator = Generator::new(&policy);
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| generator.fill(&mut rng, out)
}

pub(crate) fn codes(format: OtpFormat, seed: u64) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| {
        out.clear();
        out.extend_from_slice(generate_code(format, &mut rng).expose_secret().as_bytes());
    }
}

/// The tutorial's bug: each digit from `random_range(1..=9)`, so 0 never appears.
pub(crate) fn digits_one_to_nine(length: usize, seed: u64) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| {
        out.clear();
        out.extend((0..length).map(|_| b'0' + rng.random_range(1..=9u8)));
    }
}

/// `byte % n` picking: with n = 94, 256 = 2·94 + 68, so the first 68 characters come up with
/// probability 3/256 and the other 26 with 2/256, against 1/94 ≈ 2.72/256 for each.
pub(crate) fn modulo_biased(alphabet: Vec<u8>, length: usize, seed: u64) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| {
        out.clear();
        out.extend((0..length).map(|_| alphabet[usize::from(rng.random::<u8>()) % alphabet.len()]));
    }
}

/// "One of each class, then shuffle": always valid, yet not uniform over valid passwords.
pub(crate) fn one_of_each_then_shuffle(
    alphabet: Alphabet,
    length: usize,
    seed: u64,
) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    let chars = alphabet.chars();
    move |out| {
        out.clear();
        for class in alphabet.classes() {
            out.extend(class.choose(&mut rng));
        }
        while out.len() < length {
            out.extend(chars.choose(&mut rng));
        }
        out.shuffle(&mut rng);
    }
}

pub(crate) fn policy(set: CharSet, length: usize, each_class: bool) -> PolicyOptions {
    PolicyOptions {
        length: Some(length),
        set,
        toggles: Toggles::default().with(Toggle::EachClass, each_class),
        ..PolicyOptions::default()
    }
}

/// `policy` with `toggle` turned on as well.
pub(crate) fn also(toggle: Toggle, policy: PolicyOptions) -> PolicyOptions {
    PolicyOptions {
        toggles: policy.toggles.with(toggle, true),
        ..policy
    }
}

/// The characters `policy` draws from, by class.
pub(crate) fn alphabet(policy: &PolicyOptions) -> Alphabet {
    Alphabet::new(policy.set, policy.toggles.contains(Toggle::NoLookAlikes))
}

pub(crate) fn length(policy: &PolicyOptions) -> usize {
    policy
        .length
        .unwrap_or(keysmith_core::policy::DEFAULT_LENGTH)
}
