//! `keysmith man`: one manual page for the program and every command, from the same clap
//! definitions as the parser (clap_mangen), with the sections clap cannot know: the settings
//! file, the environment and the exit statuses.

use std::io::{self, Write};

use clap_mangen::Man;

/// What clap does not say, in roff.
const HAND_WRITTEN: &str = r#".SH FILES
.TP
\fI$XDG_CONFIG_HOME/keysmith/config.toml\fR (\fI~/.config/keysmith/config.toml\fR)
The settings file on Linux and macOS; on Windows it is
\fI%APPDATA%\ekeysmith\econfig.toml\fR.
The full\-screen program remembers the Password screen's options and the
Register code format in it, unless it says \fBremember = false\fR or \fB\-\-no\-config\fR is
given. Named profiles are \fB[profiles.NAME]\fR tables whose keys are the command line's option
names (\fBlength\fR, \fBset\fR, \fBsymbols\fR, \fBmin_digits\fR, \fBwords\fR, \fBcase\fR, ...);
the Password screen's Profile selector loads one, and Ctrl+S saves the options as one.
A file that cannot be read or parsed is never written to.
\fB[sites."DOMAIN"]\fR tables with a \fBrules\fR key add sites to the built\-in ones, or
replace a built\-in site's rules; a profile may name a \fBsite\fR.
The commands read it only for \fB\-\-profile\fR, \fB\-\-site\fR and \fBsites\fR.
.SH ENVIRONMENT
.TP
\fBKEYSMITH_CONFIG\fR
Another settings file, where \fB\-\-config\fR names none.
.TP
\fBXDG_CONFIG_HOME\fR
The folder of the settings file's folder (default \fI~/.config\fR).
.TP
\fBNO_COLOR\fR
Draw without colours, as \fB\-\-no\-color\fR; so does \fBTERM=dumb\fR.
.SH EXIT STATUS
.TP
\fB0\fR
Done (or Ctrl+Q in the full\-screen program).
.TP
\fB1\fR
A rule refused the request; the reason is on standard error. For \fBtotp verify\fR and
\fBhotp verify\fR: the code matched no step or counter of the window.
.TP
\fB2\fR
A usage error.
.TP
\fB74\fR
The output could not be written; with \fB\-\-clip\fR, no clipboard took the copy.
.TP
\fB130\fR, \fB143\fR, \fB129\fR
The full\-screen program ended by Ctrl+C or SIGINT, SIGTERM, SIGHUP.
On Windows, Ctrl+C, Ctrl+Break and closing the console end it with
STATUS_CONTROL_C_EXIT (0xC000013A), as they end any console program.
.SH COPYRIGHT
keysmith is under the MIT licence (the LICENSE file).
It ships data made by others: the EFF long word list, for passphrases, under
CC BY 3.0 US, and the site rules of Apple's password\-manager\-resources, under MIT.
The NOTICE file, in the source of both packages, gives their terms in full.
"#;

/// The page of the whole command line `keysmith`, in roff.
pub fn page(keysmith: clap::Command) -> io::Result<Vec<u8>> {
    let mut cli = keysmith.disable_help_subcommand(true);
    cli.build();
    let man = Man::new(cli.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    commands_list(&cli, &mut page)?;
    for command in cli.get_subcommands() {
        command_section(command, &mut page)?;
    }
    page.extend_from_slice(HAND_WRITTEN.as_bytes());
    man.render_version_section(&mut page)?;
    Ok(once_preamble(&page))
}

/// The commands and what each does; each has a section of its own below (clap_mangen's
/// list points to a page per command, which `keysmith man` does not make).
fn commands_list(cli: &clap::Command, page: &mut Vec<u8>) -> io::Result<()> {
    writeln!(page, ".SH COMMANDS")?;
    for command in cli.get_subcommands() {
        let about = command
            .get_about()
            .map(|a| a.to_string())
            .unwrap_or_default();
        writeln!(
            page,
            ".TP\n\\fBkeysmith {}\\fR\n{}",
            escape(command.get_name()),
            escape(&about)
        )?;
    }
    Ok(())
}

/// Text as roff shows it: backslashes and hyphens escaped, no line read as a request.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    match text.chars().next() {
        Some('.' | '\'') => format!("\\&{text}"),
        _ => text,
    }
}

/// A section for one command (and each of its own commands): what it does, its synopsis
/// and its options, as subsections.
fn command_section(command: &clap::Command, page: &mut Vec<u8>) -> io::Result<()> {
    let name = command.get_bin_name().unwrap_or_else(|| command.get_name());
    writeln!(page, ".SH \"{}\"", name.to_uppercase())?;
    let man = Man::new(command.clone());
    let mut part = Vec::new();
    man.render_description_section(&mut part)?;
    man.render_synopsis_section(&mut part)?;
    man.render_options_section(&mut part)?;
    page.extend_from_slice(&subsections(&part));
    for inner in command.get_subcommands() {
        command_section(inner, page)?;
    }
    Ok(())
}

/// Each part clap_mangen renders starts with the same two lines defining the apostrophe
/// string; the page needs them once, at the top.
fn once_preamble(page: &[u8]) -> Vec<u8> {
    const PREAMBLE: [&str; 2] = [".ie \\n(.g .ds Aq \\(aq\n", ".el .ds Aq '\n"];
    let text = String::from_utf8_lossy(page);
    let mut seen = [false; 2];
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match PREAMBLE.iter().position(|p| *p == line) {
            Some(i) if seen[i] => {}
            Some(i) => {
                seen[i] = true;
                out.push_str(line);
            }
            None => out.push_str(line),
        }
    }
    out.into_bytes()
}

/// Turns the `.SH` headings of a part into `.SS`, so a command's sections sit under its own.
fn subsections(part: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(part);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.strip_prefix(".SH ") {
            Some(rest) => {
                out.push_str(".SS ");
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
    }
    out.into_bytes()
}

pub fn write(keysmith: clap::Command, out: &mut impl Write) -> io::Result<()> {
    out.write_all(&page(keysmith)?)
}
