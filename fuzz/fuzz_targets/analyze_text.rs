//! Any bytes, read as plain text: see `convocheck_fuzz::check` for what is asserted.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| convocheck_fuzz::check(data, false));
