//! `iamport-sim` as a process: it prints its base URL, merchant code, REST
//! key and secret, binds to loopback, serves until stopped, and refuses a
//! bad argument with one line and exit status 2.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

#[test]
fn the_binary_prints_what_a_test_needs_and_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_iamport-sim"))
        .args(["--listen", "127.0.0.1:0", "--key", "k", "--secret", "s"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut next = || lines.next().unwrap().unwrap();
    let url = next().strip_prefix("listening on ").unwrap().to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert_eq!(
        next(),
        format!("merchant code: {}", iamport_sim::MERCHANT_CODE)
    );
    assert_eq!(next(), "REST API key: k");
    assert_eq!(next(), "REST API secret: s");
    assert_eq!(next(), format!("iamport.js: {url}/iamport.js"));

    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    let body = r#"{"imp_key":"k","imp_secret":"s"}"#;
    write!(
        stream,
        "POST /users/getToken HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"access_token\""), "{answer}");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_bad_argument_is_one_line_and_status_2() {
    for args in [
        &["--listen", "not-an-address"][..],
        &["--bogus", "x"],
        &["--key"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_iamport-sim"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with("iamport-sim: "), "{stderr}");
        assert!(stderr.lines().count() <= 2, "{stderr}");
    }
}
