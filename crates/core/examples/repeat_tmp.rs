fn main() {
    let path = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    toancanh_core::warm_up();
    let t0 = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        k += toancanh_core::analyze(&text, &Default::default())
            .indicators
            .len();
    }
    eprintln!("{k} {:?} per doc", t0.elapsed() / n as u32);
}
