//! convocation cues (en).
