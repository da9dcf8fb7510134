//! Facts about the machine and the moment of a benchmark run: cores, load, CPU, memory, the
//! date (UTC).

use serde::Serialize;

/// The machine a run measured on.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Machine {
    /// Logical cores available to the process.
    pub cores: usize,
    /// CPU model (`/proc/cpuinfo`), if known.
    pub cpu: Option<String>,
    /// Memory in GiB (`/proc/meminfo`), if known.
    pub memory_gib: Option<f64>,
    /// 1-minute load average when the run started (given by the caller), if known.
    pub load_at_start: Option<f64>,
    /// 1-minute load average when the results were combined.
    pub load_at_end: Option<f64>,
    /// Operating system and architecture.
    pub os: String,
}

impl Machine {
    /// The facts of this machine now; `load_at_start` as the caller measured it.
    pub fn now(load_at_start: Option<f64>) -> Machine {
        Machine {
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cpu: cpu_model(),
            memory_gib: memory_gib(),
            load_at_start,
            load_at_end: load_average(),
            os: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        }
    }
}

/// The 1-minute load average (`/proc/loadavg`), if the system has it.
pub fn load_average() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

fn cpu_model() -> Option<String> {
    let text = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    text.lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
}

fn memory_gib() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let kib: f64 = text
        .lines()
        .find(|l| l.starts_with("MemTotal:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some((kib / (1024.0 * 1024.0) * 10.0).round() / 10.0)
}

/// `secs` since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ` (the proleptic Gregorian calendar).
pub fn utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Days to civil date (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// The current date and time, UTC.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    utc(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        // 2026-11-30 13:24:51 UTC.
        assert_eq!(utc(1_796_045_091), "2026-11-30T13:24:51Z");
        // A leap day.
        assert_eq!(utc(951_782_400), "2000-02-29T00:00:00Z");
    }
}
