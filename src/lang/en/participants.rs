//! participants cues (en).
