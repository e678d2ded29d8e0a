//! Sites whose rules allow 8 characters or fewer, which the tutorial's rule calls weak: a
//! password for them is made only after the user says yes to a question that names the
//! length and its exact entropy. The yes holds for those rules alone.

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::characters::WeakYes;
use super::characters::site_match::SiteMatch;
use super::keys::Action;
use super::open::Open;
use super::{Field, Reply, State};
use crate::kit::{Input, Status};
use crate::ui::theme::Theme;
use crate::ui::widgets::centered;
use keysmith_core::policy::{Policy, PolicyOptions, ShortSites, WEAK_LENGTH};

const WIDTH: u16 = 60;

/// The question, with what a yes would make.
#[derive(Debug, Clone, PartialEq)]
pub struct ShortSite {
    /// Whose rules: `rules of example.com`, or `rules` for rules typed by hand.
    pub whose: String,
    /// The most the rules allow.
    pub max: usize,
    /// The length a yes makes: the one asked for, moved into the rules' bounds.
    pub length: usize,
    pub bits: f64,
}

impl ShortSite {
    fn question(&self) -> Vec<String> {
        let ShortSite {
            whose,
            max,
            length,
            bits,
        } = self;
        vec![
            format!(
                "The {whose} allow at most {max} characters; keysmith calls {WEAK_LENGTH} or \
                 fewer weak."
            ),
            format!("Make a weak password of {length} characters anyway ({bits:.2} bits)?"),
        ]
    }
}

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

/// The question in a box over the screen, its keys on its last line.
pub fn draw(short: &ShortSite, frame: &mut Frame, area: Rect, theme: Theme) {
    let width = WIDTH.min(area.width);
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let mut lines = Vec::new();
    for paragraph in short.question() {
        for line in textwrap::wrap(&paragraph, text_width) {
            lines.push(Line::from(line.into_owned()));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        "y makes it · Esc or n makes none",
        theme.dim(),
    ));
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(area.height);
    let box_area = centered(area, width, height);
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Span::styled(" Weak password? ", theme.title()));
    frame.render_widget(Clear, box_area);
    frame.render_widget(Paragraph::new(lines).block(block), box_area);
}
