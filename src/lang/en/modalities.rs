//! modalities cues (en).
