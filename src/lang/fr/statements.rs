//! statements cues (fr).
