//! modalities cues (fr).
