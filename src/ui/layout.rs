//! Rows and columns cut from an area: ratatui's `Layout`, without its constraint solver where
//! the answer is a sum. Every first frame, and every frame after a resize, solves each layout
//! anew (ratatui keeps solutions by area), and at 120×40 that solving is most of what drawing
//! the Register screen costs. Fixed sizes with at most one part that takes the rest need
//! only sums; anything else goes to `Layout`, so the areas are the solver's either way.

use ratatui::layout::{Constraint, Direction, Flex, Layout, Rect};

/// `area` cut into rows of the given heights, from the top.
pub fn rows<const N: usize>(area: Rect, heights: [Constraint; N]) -> [Rect; N] {
    split(area, Direction::Vertical, Flex::Start, heights)
}

/// `area` cut into columns of the given widths, from the left.
pub fn columns<const N: usize>(area: Rect, widths: [Constraint; N]) -> [Rect; N] {
    split(area, Direction::Horizontal, Flex::Start, widths)
}

/// A part `length` long (at most the area's own) in the middle of `area`, across it.
pub fn middle(area: Rect, direction: Direction, length: u16) -> Rect {
    let extent = extent(area, direction);
    let [part] = split(
        area,
        direction,
        Flex::Center,
        [Constraint::Length(length.min(extent))],
    );
    part
}

fn split<const N: usize>(
    area: Rect,
    direction: Direction,
    flex: Flex,
    constraints: [Constraint; N],
) -> [Rect; N] {
    summed(area, direction, flex, &constraints)
        .unwrap_or_else(|| Layout::new(direction, constraints).flex(flex).areas(area))
}

/// The solver's answer where it is only sums: lengths, and at most one minimum that takes
/// what is left, all fitting, placed from the start (or a lone length centred). `None`
/// otherwise.
fn summed<const N: usize>(
    area: Rect,
    direction: Direction,
    flex: Flex,
    constraints: &[Constraint; N],
) -> Option<[Rect; N]> {
    let mut sizes = [0u16; N];
    let mut grows = None;
    for (index, constraint) in constraints.iter().enumerate() {
        sizes[index] = match *constraint {
            Constraint::Length(length) => length,
            Constraint::Min(min) if grows.is_none() => {
                grows = Some(index);
                min
            }
            _ => return None,
        };
    }
    let fixed = sizes
        .iter()
        .try_fold(0u16, |sum, &size| sum.checked_add(size))?;
    let left_over = extent(area, direction).checked_sub(fixed)?;
    let lead = match (flex, grows) {
        (Flex::Start, _) => 0,
        // The solver rounds a half cell of lead up.
        (Flex::Center, None) => left_over.div_ceil(2),
        _ => return None,
    };
    if let Some(index) = grows {
        sizes[index] = sizes[index].checked_add(left_over)?;
    }
    let mut at = start(area, direction).checked_add(lead)?;
    let mut parts = [Rect::ZERO; N];
    for (part, size) in parts.iter_mut().zip(sizes) {
        *part = match direction {
            Direction::Vertical => Rect::new(area.x, at, area.width, size),
            Direction::Horizontal => Rect::new(at, area.y, size, area.height),
        };
        at = at.checked_add(size)?;
    }
    Some(parts)
}

fn extent(area: Rect, direction: Direction) -> u16 {
    match direction {
        Direction::Vertical => area.height,
        Direction::Horizontal => area.width,
    }
}

fn start(area: Rect, direction: Direction) -> u16 {
    match direction {
        Direction::Vertical => area.y,
        Direction::Horizontal => area.x,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list of up to four lengths (0 to 3) and minimums (0 to 2), in every extent from
    /// 0 to 10, both ways and away from the origin: the same areas as the solver's.
    #[test]
    fn the_areas_are_the_solvers() {
        let choices: Vec<Constraint> = (0..=3)
            .map(Constraint::Length)
            .chain((0..=2).map(Constraint::Min))
            .collect();
        for count in 1..=4u32 {
            let lists = choices.len().pow(count);
            for mut code in 0..lists {
                let list: Vec<Constraint> = (0..count)
                    .map(|_| {
                        let choice = choices[code % choices.len()];
                        code /= choices.len();
                        choice
                    })
                    .collect();
                for extent in 0..=10u16 {
                    for direction in [Direction::Vertical, Direction::Horizontal] {
                        let area = match direction {
                            Direction::Vertical => Rect::new(3, 5, 7, extent),
                            Direction::Horizontal => Rect::new(3, 5, extent, 7),
                        };
                        same_as_solver(area, direction, &list);
                    }
                }
            }
        }
    }

    /// Checks one list against the solver, and that it was summed wherever it fits with one
    /// minimum or none.
    fn same_as_solver(area: Rect, direction: Direction, list: &[Constraint]) {
        let solver = Layout::new(direction, list.to_vec()).split(area).to_vec();
        let ours: Option<Vec<Rect>> = match *list {
            [a] => summed(area, direction, Flex::Start, &[a]).map(Vec::from),
            [a, b] => summed(area, direction, Flex::Start, &[a, b]).map(Vec::from),
            [a, b, c] => summed(area, direction, Flex::Start, &[a, b, c]).map(Vec::from),
            [a, b, c, d] => summed(area, direction, Flex::Start, &[a, b, c, d]).map(Vec::from),
            _ => None,
        };
        if let Some(ours) = &ours {
            assert_eq!(ours, &solver, "{list:?} in {area:?} {direction:?}");
        }
        let minimums = list
            .iter()
            .filter(|c| matches!(c, Constraint::Min(_)))
            .count();
        let total: u16 = list
            .iter()
            .map(|c| match *c {
                Constraint::Length(n) | Constraint::Min(n) => n,
                _ => 0,
            })
            .sum();
        let plain = minimums <= 1 && total <= extent(area, direction);
        assert_eq!(ours.is_some(), plain, "{list:?} in {area:?} {direction:?}");
    }

    #[test]
    fn a_middle_part_is_where_the_solver_centres_it() {
        for extent in 0..=12u16 {
            for length in 0..=14u16 {
                for direction in [Direction::Vertical, Direction::Horizontal] {
                    let area = Rect::new(2, 4, extent, extent);
                    let [solver] = Layout::new(direction, [Constraint::Length(length.min(extent))])
                        .flex(Flex::Center)
                        .areas(area);
                    assert_eq!(
                        middle(area, direction, length),
                        solver,
                        "{length} in {area:?} {direction:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_screens_layouts_are_summed() {
        let screen = Rect::new(0, 0, 120, 40);
        let chrome = [
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(2),
            Constraint::Length(1),
        ];
        let summed = summed(screen, Direction::Vertical, Flex::Start, &chrome);
        assert_eq!(
            summed.map(|areas| areas.map(|area| area.height)),
            Some([1, 36, 2, 1])
        );
    }
}
