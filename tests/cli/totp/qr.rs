//! `totp qr`, `hotp qr` and `totp new --qr`: the drawing decodes to the URI under it on the
//! terminal each style is for; colours, the one style for any background, only to a terminal
//! unless asked for.

use super::shown::{Terminal, decode};
use super::{failure, printed_lines};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// The drawing and the URI printed under it.
fn drawing_and_uri(args: &[&str], stdin: &[u8]) -> (String, String) {
    let out = printed_lines(args, stdin);
    let (drawing, uri) = out.rsplit_once('\n').expect("a drawing, then the URI");
    (drawing.to_owned(), uri.to_owned())
}

#[test]
fn each_style_scans_on_the_terminal_it_is_for() {
    let base = ["totp", "qr", "--secret", RFC_SECRET, "--account", "Ada"];
    let cases = [
        ("color", [Terminal::Dark, Terminal::Light].as_slice()),
        ("dark", [Terminal::Dark].as_slice()),
        ("light", [Terminal::Light].as_slice()),
    ];
    for (style, terminals) in cases {
        let args = [&base[..], &["--qr-style", style]].concat();
        let (drawing, uri) = drawing_and_uri(&args, b"");
        assert_eq!(
            uri,
            format!("otpauth://totp/keysmith:Ada?secret={RFC_SECRET}&issuer=keysmith")
        );
        for &terminal in terminals {
            assert_eq!(
                decode(&drawing, terminal).as_deref(),
                Some(uri.as_str()),
                "--qr-style {style} on a {terminal:?} terminal:\n{drawing}"
            );
        }
    }
}

#[test]
fn colours_go_only_to_a_terminal_unless_asked_for() {
    let (drawing, _) = drawing_and_uri(&["totp", "new", "--account", "Ada", "--qr"], b"");
    assert!(!drawing.contains('\x1b'), "escape codes into a pipe");
    let (coloured, _) = drawing_and_uri(
        &[
            "totp",
            "new",
            "--account",
            "Ada",
            "--qr",
            "--qr-style",
            "color",
        ],
        b"",
    );
    assert!(coloured.contains("\x1b[38;5;16;48;5;231m"), "{coloured}");
}

#[test]
fn a_uri_is_drawn_as_given_or_relabelled() {
    let given = format!("otpauth://totp/Site:bob?secret={RFC_SECRET}&digits=8&period=60");
    let (drawing, uri) = drawing_and_uri(
        &["totp", "qr", "--uri", "-", "--qr-style", "light"],
        given.as_bytes(),
    );
    assert_eq!(uri, given);
    assert_eq!(decode(&drawing, Terminal::Light), Some(given.clone()));

    let (_, relabelled) = drawing_and_uri(
        &[
            "totp",
            "qr",
            "--uri",
            &given,
            "--account",
            "José",
            "--issuer",
            "Acme",
        ],
        b"",
    );
    assert_eq!(
        relabelled,
        format!("otpauth://totp/Acme:Jos%C3%A9?secret={RFC_SECRET}&issuer=Acme&digits=8&period=60")
    );
}

#[test]
fn hotp_qr_holds_the_counter() {
    let (drawing, uri) = drawing_and_uri(
        &[
            "hotp",
            "qr",
            "--secret",
            RFC_SECRET,
            "--account",
            "Ada",
            "--counter",
            "7",
            "--qr-style",
            "dark",
        ],
        b"",
    );
    assert_eq!(
        uri,
        format!("otpauth://hotp/keysmith:Ada?secret={RFC_SECRET}&issuer=keysmith&counter=7")
    );
    assert_eq!(decode(&drawing, Terminal::Dark), Some(uri));
}

#[test]
fn refusals() {
    let no_account = failure(&["totp", "qr", "--secret", RFC_SECRET], b"", 1);
    assert!(no_account.contains("give --account"), "{no_account}");
    let hotp_uri = format!("otpauth://hotp/x?secret={RFC_SECRET}&counter=1");
    let wrong_kind = failure(&["totp", "qr", "--uri", &hotp_uri], b"", 1);
    assert!(wrong_kind.contains("counter-based"), "{wrong_kind}");
    let colon = failure(
        &["totp", "qr", "--secret", RFC_SECRET, "--account", "a:b"],
        b"",
        1,
    );
    assert!(colon.contains("':'"), "{colon}");
}
