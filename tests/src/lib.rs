//! Integration, corpus and snapshot tests live in `tests/tests/`.
