fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        println!("== {path}");
        match switchback::domain::validate::load_json(&text) {
            Ok(l) => println!("OK\n{}", l.report),
            Err(r) => println!("{r}"),
        }
    }
}
