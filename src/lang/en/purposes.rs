//! purposes cues (en).
