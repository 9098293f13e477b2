//! statements cues (en).
