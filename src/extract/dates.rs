//! Dates and times.
