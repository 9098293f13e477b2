//! participants cues (fr).
