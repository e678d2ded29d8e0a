//! Tests across the policy modules: exact counts against brute force, uniformity, the rules
//! parser's edge cases, every refusal, and property tests.

mod brute;
mod bulk;
mod classes;
mod compile;
mod limits;
mod parser;
mod props;
mod refusals;
mod stats;
mod uniform;
