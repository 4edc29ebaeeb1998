fn main() {
    let s = std::env::args().nth(1).unwrap();
    for d in toancanh_core::values::date::find_dates(&s) {
        println!(
            "{:?} {:?} {:?} {:?}",
            &s[d.range.clone()],
            d.grain,
            d.role,
            d.iso()
        );
    }
}
