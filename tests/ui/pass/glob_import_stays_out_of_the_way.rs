//! A merchant who glob-imports `iamport::typestate::*` keeps their own
//! methods: the machinery has no method a `.` call could reach, and none of
//! its traits is implemented for a merchant's type or for `String`.
#![allow(unused_imports)]
use iamport::typestate::*;

struct Door(String);

impl Door {
    fn open(&self) -> &str {
        &self.0
    }
    fn put(&mut self, s: &str) {
        self.0.push_str(s);
    }
    fn rep(&self) -> usize {
        self.0.len()
    }
}

trait Open {
    fn open(&self) -> &'static str;
}

impl Open for String {
    fn open(&self) -> &'static str {
        "the merchant's own trait"
    }
}

fn main() {
    let mut door = Door("front".to_owned());
    door.put(" door");
    assert_eq!(door.open(), "front door");
    assert_eq!(door.rep(), 10);
    assert_eq!(String::from("door").open(), "the merchant's own trait");
}
