//! Share links: the text travels in the URL fragment (`#t=…`), which the
//! browser never sends to a server.
//!
//! Encoding: UTF-8 → a small LZ77 (written here; no compression crate, so
//! the wasm stays small) → base64url without padding, prefixed with a
//! format tag `z1.`.
//!
//! LZ77 stream: a control byte `c`;
//! - `c < 0x80`: a literal run of `c + 1` bytes follows;
//! - `c >= 0x80`: a match of `(c & 0x7f) + MIN_MATCH` bytes at a distance
//!   given next as an LEB128 varint (≥ 1).

const MIN_MATCH: usize = 4;
const MAX_MATCH: usize = 0x7f + MIN_MATCH;
const WINDOW: usize = 1 << 16;
const HASH_BITS: u32 = 15;
const MAX_CHAIN: usize = 48;
const TAG: &str = "z1.";

fn hash4(b: &[u8]) -> usize {
    let v = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

fn flush_literals(out: &mut Vec<u8>, lit: &[u8]) {
    for chunk in lit.chunks(128) {
        out.push((chunk.len() - 1) as u8);
        out.extend_from_slice(chunk);
    }
}

pub fn lz_compress(data: &[u8]) -> Vec<u8> {
    let n = data.len();
    let mut out = Vec::with_capacity(n / 2 + 16);
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut prev = vec![usize::MAX; n];
    let mut i = 0;
    let mut lit_start = 0;
    let insert = |pos: usize, head: &mut Vec<usize>, prev: &mut Vec<usize>| {
        if pos + MIN_MATCH <= n {
            let h = hash4(&data[pos..]);
            prev[pos] = head[h];
            head[h] = pos;
        }
    };
    while i < n {
        let mut best_len = 0;
        let mut best_dist = 0;
        if i + MIN_MATCH <= n {
            let mut cand = head[hash4(&data[i..])];
            let mut chain = 0;
            while cand != usize::MAX && i - cand <= WINDOW && chain < MAX_CHAIN {
                let max = (n - i).min(MAX_MATCH);
                let mut l = 0;
                while l < max && data[cand + l] == data[i + l] {
                    l += 1;
                }
                if l > best_len {
                    best_len = l;
                    best_dist = i - cand;
                    if l == max {
                        break;
                    }
                }
                cand = prev[cand];
                chain += 1;
            }
        }
        if best_len >= MIN_MATCH {
            flush_literals(&mut out, &data[lit_start..i]);
            out.push(0x80 | (best_len - MIN_MATCH) as u8);
            let mut d = best_dist;
            loop {
                let b = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
            for p in i..i + best_len {
                insert(p, &mut head, &mut prev);
            }
            i += best_len;
            lit_start = i;
        } else {
            insert(i, &mut head, &mut prev);
            i += 1;
        }
    }
    flush_literals(&mut out, &data[lit_start..n]);
    out
}

pub fn lz_decompress(data: &[u8]) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::with_capacity(data.len() * 2);
    let mut i = 0;
    while i < data.len() {
        let c = data[i] as usize;
        i += 1;
        if c < 0x80 {
            let len = c + 1;
            out.extend_from_slice(data.get(i..i + len)?);
            i += len;
        } else {
            let len = (c & 0x7f) + MIN_MATCH;
            let mut d = 0usize;
            let mut shift = 0;
            loop {
                let b = *data.get(i)?;
                i += 1;
                d |= ((b & 0x7f) as usize) << shift;
                if b & 0x80 == 0 {
                    break;
                }
                shift += 7;
                if shift > 28 {
                    return None;
                }
            }
            if d == 0 || d > out.len() {
                return None;
            }
            let from = out.len() - d;
            for k in 0..len {
                let b = out[from + k];
                out.push(b);
            }
        }
        if out.len() > 64 << 20 {
            return None;
        }
    }
    Some(out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn b64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 4 / 3 + 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        let chars = chunk.len() + 1;
        for k in 0..chars {
            out.push(B64[((v >> (18 - 6 * k)) & 63) as usize] as char);
        }
    }
    out
}

pub fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => continue,
            _ => return None,
        } as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The fragment payload for a text (without `#t=`).
pub fn encode(text: &str) -> String {
    let mut s = String::from(TAG);
    s.push_str(&b64url_encode(&lz_compress(text.as_bytes())));
    s
}

/// The text back from a payload; `None` for anything malformed.
pub fn decode(payload: &str) -> Option<String> {
    let body = payload.strip_prefix(TAG)?;
    let bytes = lz_decompress(&b64url_decode(body)?)?;
    String::from_utf8(bytes).ok()
}

/// Reads `#t=…` (possibly among other `&`-separated keys) from a fragment.
pub fn from_fragment(hash: &str) -> Option<String> {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    h.split('&')
        .find_map(|kv| kv.strip_prefix("t="))
        .and_then(decode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let samples = [
            "",
            "a",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "Thu ngân sách đạt 12.345,6 tỷ đồng, bằng 104,2% dự toán, tăng 18,3%. Thu ngân sách đạt 12.345,6 tỷ đồng.",
            "🙂 a\u{301} \r\n¹²³ **đậm**",
        ];
        for s in samples {
            let enc = encode(s);
            assert!(enc
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'));
            assert_eq!(decode(&enc).as_deref(), Some(s));
            assert_eq!(from_fragment(&format!("#t={enc}")).as_deref(), Some(s));
        }
    }

    #[test]
    fn compresses_repetitive_text() {
        let s = "Chiều 14-11, Bí thư Tỉnh ủy làm việc với huyện. ".repeat(200);
        let enc = encode(&s);
        assert!(enc.len() < s.len() / 10, "{} vs {}", enc.len(), s.len());
    }

    #[test]
    fn rejects_garbage() {
        assert_eq!(decode("z1.%%%"), None);
        assert_eq!(decode("nope"), None);
        assert_eq!(decode("z1.gA"), None); // a match before any output
        assert_eq!(from_fragment("#x=1"), None);
    }

    #[test]
    fn pseudo_random_bytes_round_trip() {
        let mut x: u32 = 12345;
        let mut v = Vec::new();
        for _ in 0..5000 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            v.push((x >> 24) as u8 % 7 + b'a');
        }
        let c = lz_compress(&v);
        assert_eq!(lz_decompress(&c).unwrap(), v);
        assert_eq!(b64url_decode(&b64url_encode(&v)).unwrap(), v);
    }
}
