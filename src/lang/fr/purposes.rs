//! purposes cues (fr).
