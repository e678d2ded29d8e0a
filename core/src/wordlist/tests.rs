//! Tests of word lists: the EFF list, reading a user's file, and every refusal with its line.

use super::*;

/// `n` distinct words, one a line.
fn distinct_words(n: usize) -> String {
    (0..n).map(|i| format!("word{i}\n")).collect()
}

fn parse(text: &str) -> Result<WordList, WordListError> {
    WordList::from_bytes(text.as_bytes())
}

/// A valid list followed by `extra`, so a refusal is due to `extra` alone.
fn list_then(extra: &[u8]) -> Vec<u8> {
    let mut bytes = distinct_words(MIN_DISTINCT_WORDS).into_bytes();
    bytes.extend_from_slice(extra);
    bytes
}

/// The line number of the first line after `list_then`'s words.
const AFTER_LIST: usize = MIN_DISTINCT_WORDS + 1;

#[test]
fn the_eff_list_has_7776_distinct_plain_words() {
    let eff = WordList::eff_long();
    assert_eq!(eff.len(), 7776);
    let distinct: HashSet<&str> = eff.words().collect();
    assert_eq!(distinct.len(), 7776);
    assert_eq!(eff.words().next(), Some("abacus"));
    assert_eq!(eff.words().last(), Some("zoom"));
    // It passes the rules a user's file must meet, and loads back the same.
    let text: String = eff.words().map(|w| format!("{w}\n")).collect();
    assert_eq!(parse(&text), Ok(eff));
}

#[test]
fn a_list_needs_1000_distinct_words() {
    assert_eq!(
        parse(&distinct_words(999)),
        Err(WordListError::TooFewWords { found: 999 })
    );
    assert_eq!(parse(&distinct_words(1000)).map(|l| l.len()), Ok(1000));
    // A duplicate does not count twice.
    let with_duplicate = distinct_words(999) + "word5\n";
    assert_eq!(
        parse(&with_duplicate),
        Err(WordListError::TooFewWords { found: 999 })
    );
    assert_eq!(
        WordListError::TooFewWords { found: 999 }.to_string(),
        "the word list has 999 distinct words; it needs at least 1000"
    );
}

#[test]
fn words_are_trimmed_deduplicated_and_comments_skipped() {
    let text = format!(
        "\u{FEFF}# a comment\n\n   \n  alpha \r\n\tbeta\nalpha\n  # indented comment\n{}",
        distinct_words(998)
    );
    let list = parse(&text).expect("valid list");
    assert_eq!(list.len(), 1000);
    let first: Vec<&str> = list.words().take(3).collect();
    assert_eq!(first, ["alpha", "beta", "word0"]);
    assert!(list.contains("word997"));
    assert!(!list.contains("# a comment"));
}

#[test]
fn a_file_of_10_mb_is_read_and_one_byte_more_is_refused() {
    let mut at_limit = list_then(b"#");
    let padding = MAX_FILE_BYTES as usize - at_limit.len();
    at_limit.extend(std::iter::repeat_n(b'x', padding));
    assert_eq!(at_limit.len() as u64, MAX_FILE_BYTES);
    assert!(WordList::from_bytes(&at_limit).is_ok());
    assert!(WordList::from_reader(at_limit.as_slice()).is_ok());

    let mut over = at_limit;
    over.push(b'x');
    assert_eq!(WordList::from_bytes(&over), Err(WordListError::TooLarge));
    assert_eq!(
        WordList::from_reader(over.as_slice()),
        Err(WordListError::TooLarge)
    );
}

#[test]
fn an_endless_reader_is_refused_after_10_mb() {
    // io::repeat never ends: this only returns because reading stops past the limit.
    let endless = io::repeat(b'a');
    assert_eq!(WordList::from_reader(endless), Err(WordListError::TooLarge));
}

#[test]
fn a_line_that_is_not_utf8_is_named() {
    let bytes = list_then(b"fine\nbad\xFFword\nfine2\n");
    assert_eq!(
        WordList::from_bytes(&bytes),
        Err(WordListError::NotUtf8 {
            line: AFTER_LIST + 1
        })
    );
    // Even inside a comment, the file must be UTF-8.
    assert_eq!(
        WordList::from_bytes(b"# caf\xE9\n"),
        Err(WordListError::NotUtf8 { line: 1 })
    );
    assert_eq!(
        WordListError::NotUtf8 { line: 7 }.to_string(),
        "line 7 is not UTF-8"
    );
}

#[test]
fn a_word_with_whitespace_inside_is_refused() {
    for inner in ["ab\tcd", "ab cd", "ab\u{00A0}cd", "ab\u{2003}cd", "ab\rcd"] {
        let bytes = list_then(format!("{inner}\n").as_bytes());
        assert_eq!(
            WordList::from_bytes(&bytes),
            Err(WordListError::Whitespace { line: AFTER_LIST }),
            "{inner:?}"
        );
    }
    assert_eq!(
        WordListError::Whitespace { line: 3 }.to_string(),
        "line 3: a word cannot contain whitespace (one word a line)"
    );
}

#[test]
fn a_word_with_a_control_or_invisible_character_is_refused() {
    for (word, code) in [
        ("ab\u{1B}[31m", 0x1B),
        ("nul\u{0}", 0),
        ("zero\u{200B}width", 0x200B),
        ("\u{202E}reversed", 0x202E),
        ("soft\u{00AD}hyphen", 0xAD),
        ("del\u{7F}", 0x7F),
    ] {
        let bytes = list_then(format!("{word}\n").as_bytes());
        assert_eq!(
            WordList::from_bytes(&bytes),
            Err(WordListError::Unprintable {
                line: AFTER_LIST,
                code
            }),
            "{word:?}"
        );
    }
    assert_eq!(
        WordListError::Unprintable {
            line: 2,
            code: 0x1B
        }
        .to_string(),
        "line 2: the word contains a control or invisible character (U+001B)"
    );
}

#[test]
fn a_word_can_have_64_characters_but_not_65() {
    let longest = "é".repeat(MAX_WORD_CHARS);
    assert!(WordList::from_bytes(&list_then(longest.as_bytes())).is_ok());
    let too_long = "é".repeat(MAX_WORD_CHARS + 1);
    assert_eq!(
        WordList::from_bytes(&list_then(too_long.as_bytes())),
        Err(WordListError::WordTooLong { line: AFTER_LIST })
    );
}

#[test]
fn the_first_fault_in_the_file_is_the_one_named() {
    let bytes = b"ok\nfirst bad\n\xFF\n";
    assert_eq!(
        WordList::from_bytes(bytes),
        Err(WordListError::Whitespace { line: 2 })
    );
}

#[test]
fn printable_characters_are_accepted_in_words() {
    let words = [
        "naïve",
        "日本語",
        "straße",
        "ǅemal",
        "1st",
        "-",
        "🙂",
        "e\u{301}",
    ];
    let text = words.iter().map(|w| format!("{w}\n")).collect::<String>()
        + &distinct_words(MIN_DISTINCT_WORDS);
    let list = parse(&text).expect("valid list");
    assert_eq!(list.len(), MIN_DISTINCT_WORDS + words.len());
    // Each as written, but the accent on its letter (NFC): one character, é.
    let stored = |w: &str| {
        if w == "e\u{301}" {
            "\u{e9}".to_owned()
        } else {
            w.to_owned()
        }
    };
    assert!(words.iter().all(|w| list.contains(&stored(w))));
}

#[test]
fn a_read_error_is_reported_not_raised() {
    struct Failing;
    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::other("disk on fire"))
        }
    }
    let error = WordList::from_reader(Failing).expect_err("the read fails");
    assert_eq!(error.to_string(), "cannot read the word list: disk on fire");
}

#[test]
fn the_refusal_counts_words_in_the_singular_and_plural() {
    let one = WordListError::TooFewWords { found: 1 }.to_string();
    assert!(
        one.starts_with("the word list has 1 distinct word;"),
        "{one}"
    );
    let two = WordListError::TooFewWords { found: 2 }.to_string();
    assert!(
        two.starts_with("the word list has 2 distinct words;"),
        "{two}"
    );
}
