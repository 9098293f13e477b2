//! basis cues (fr).
