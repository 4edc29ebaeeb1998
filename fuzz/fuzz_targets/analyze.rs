//! `cargo +nightly fuzz run analyze`: any UTF-8 input must analyze without a
//! panic, and every span must lie inside the input (in characters).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let a = toancanh_core::analyze(s, &Default::default());
        let n = s.chars().count();
        let ok = |sp: &[usize; 2]| sp[0] < sp[1] && sp[1] <= n;
        for i in &a.indicators {
            assert!(
                ok(&i.span) && i.mentions.iter().all(ok),
                "indicator span {:?}",
                i.span
            );
        }
        for m in &a.meetings {
            assert!(ok(&m.span), "meeting span {:?}", m.span);
        }
        for d in &a.directives {
            assert!(ok(&d.span), "directive span {:?}", d.span);
        }
        for r in &a.references {
            assert!(
                ok(&r.span) && r.mentions.iter().all(ok),
                "reference span {:?}",
                r.span
            );
        }
        for p in &a.people {
            assert!(
                ok(&p.span) && p.mentions.iter().all(ok),
                "person span {:?}",
                p.span
            );
        }
        if let Some(s) = &a.document.signer {
            assert!(ok(&s.span), "signer span {:?}", s.span);
        }
    }
});
