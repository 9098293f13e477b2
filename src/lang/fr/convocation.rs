//! convocation cues (fr).
