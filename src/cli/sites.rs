//! `keysmith sites [QUERY]`: the known sites whose domain contains QUERY, one a line with
//! the rules a lookup gives it, or as JSON; the settings file's `[sites]` included.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::exit::{finish, refuse};
use super::site::settings_sites;
use keysmith_core::sites::{Found, Origin, Relation};

#[derive(Debug, Args)]
pub struct SitesArgs {
    /// Part of a domain (any case), a domain or a web address; none lists every site.
    pub query: Option<String>,
    /// Print a JSON array of {domain, rules, rules_of, origin} instead of lines.
    #[arg(long)]
    pub json: bool,
    /// The settings file whose [sites] add to and override the built-in ones.
    #[arg(long, value_name = "FILE", help = concat!(
        "The settings file whose [sites] add to and override the built-in ones [default: ",
        "$KEYSMITH_CONFIG, else ", crate::default_settings_file!(), "]"
    ))]
    pub config: Option<PathBuf>,
}

/// One site as `--json` prints it.
#[derive(Serialize)]
struct Listed<'a> {
    /// The domain.
    domain: &'a str,
    rules: &'a str,
    /// The domain whose rules these are: itself, or one it shares its login with.
    rules_of: &'a str,
    origin: &'static str,
}

/// 0 with the matches printed; 1 when nothing matches (the closest domains on stderr) or
/// the settings file is broken; 74 when the output could not be written.
pub fn run(args: &SitesArgs) -> ExitCode {
    let sites = match settings_sites(args.config.as_deref()) {
        Ok(sites) => sites,
        Err(message) => return refuse(&message),
    };
    let query = args.query.as_deref().unwrap_or("");
    let found = sites.search(query);
    if found.is_empty() {
        // The refusal names the closest known domains; the hint to run `keysmith sites`
        // that `--site` adds would send the user back here.
        let message = match sites.lookup(query) {
            Err(error) => error.to_string(),
            Ok(_) => format!("no known site matches {query:?}"),
        };
        return refuse(&message);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = if args.json {
        write_json(&found, &mut out)
    } else {
        write_lines(&found, &mut out)
    };
    finish(written.and_then(|()| out.flush()))
}

fn write_lines(found: &[Found], out: &mut impl Write) -> io::Result<()> {
    let width = found.iter().map(|f| f.host.len()).max().unwrap_or(0);
    for site in found {
        write!(out, "{:width$}  {}", site.host, site.rules)?;
        if let Relation::Shared { .. } = site.relation {
            write!(out, "  (login shared with {})", site.domain)?;
        }
        if site.origin == Origin::Settings {
            write!(out, "  (from the settings)")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_json(found: &[Found], out: &mut impl Write) -> io::Result<()> {
    let listed: Vec<Listed> = found
        .iter()
        .map(|site| Listed {
            domain: &site.host,
            rules: &site.rules,
            rules_of: &site.domain,
            origin: match site.origin {
                Origin::BuiltIn => "built-in",
                Origin::Settings => "settings",
            },
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &listed)?;
    writeln!(out)
}
