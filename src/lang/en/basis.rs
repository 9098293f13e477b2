//! basis cues (en).
