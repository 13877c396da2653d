//! A sampling profiler for Python code: `metal run --profile prog.py`.
//!
//! A timer thread raises the interpreter's interrupt flag with the value `SAMPLE` every
//! interval; the eval loop notices it where it checks for interrupts (calls, returns,
//! backward jumps) and, instead of raising, records the Python call stack at that point.
//! At exit the samples are summed per function: self (the function was running) and
//! total (the function was on the stack). Sampling only at those points biases against
//! long straight-line code, as every safe-point sampler does; the costs it shows are
//! those of whole functions, which is what one needs to find where a request's time goes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::vm::Vm;

/// The interrupt-flag value that asks for a sample (1 and 2 are KeyboardInterrupt and a
/// request's deadline).
pub const SAMPLE: u8 = 3;

/// One function: its qualified name, file and first line.
type Site = (String, String, u32);

#[derive(Default)]
struct Samples {
    total: u64,
    /// Per function: (self samples, total samples).
    per_site: HashMap<Site, (u64, u64)>,
}

thread_local! {
    static SAMPLES: RefCell<Option<Samples>> = const { RefCell::new(None) };
    /// Whether the program's own code has started: samples taken while the
    /// interpreter sets `__main__` up (its loader's module) are not the program's.
    static MAIN_STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The main module's code starts running now (see `MAIN_STARTED`).
pub fn main_started() {
    MAIN_STARTED.with(|m| m.set(true));
}

/// A running sampler; dropping it stops the timer thread.
pub struct Sampler {
    stop: Arc<AtomicBool>,
}

impl Drop for Sampler {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Start sampling this thread's Python code every `interval`, through `flag` (the
/// interrupt flag the thread watches, see `gc::set_interrupt`).
pub fn start(flag: Arc<AtomicU8>, interval: Duration) -> Sampler {
    SAMPLES.with(|s| *s.borrow_mut() = Some(Samples::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let _ = std::thread::Builder::new()
        .name("metal-profiler".into())
        .spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                std::thread::sleep(interval);
                // Never overwrite a real interrupt.
                let _ = flag.compare_exchange(0, SAMPLE, Ordering::Relaxed, Ordering::Relaxed);
            }
        });
    Sampler { stop }
}

/// Record the current Python call stack (called by the eval loop for a `SAMPLE`).
pub fn sample(vm: &Vm) {
    if !MAIN_STARTED.with(|m| m.get()) {
        return;
    }
    SAMPLES.with(|s| {
        let mut s = s.borrow_mut();
        let Some(s) = s.as_mut() else { return };
        s.total += 1;
        let mut seen: Vec<Site> = Vec::new();
        for (depth, f) in vm.frames.iter().rev().enumerate() {
            let co = &f.code.co;
            let site: Site = (
                co.qualname.to_string(),
                co.filename.to_string(),
                co.firstlineno,
            );
            let entry = s.per_site.entry(site.clone()).or_default();
            if depth == 0 {
                entry.0 += 1;
            }
            // Recursion counts a function once per sample in its total.
            if !seen.contains(&site) {
                entry.1 += 1;
                seen.push(site);
            }
        }
    });
}

/// The report of this thread's samples: the `limit` functions with the most self
/// samples, then the `limit` with the most total samples. Empty if nothing sampled.
pub fn report(limit: usize) -> String {
    SAMPLES.with(|s| {
        let s = s.borrow();
        let Some(s) = s.as_ref() else {
            return String::new();
        };
        let mut out = format!("metal profile: {} samples\n", s.total);
        if s.total == 0 {
            return out;
        }
        let pct = |n: u64| 100.0 * n as f64 / s.total as f64;
        let mut rows: Vec<(&Site, &(u64, u64))> = s.per_site.iter().collect();
        let where_ = |site: &Site| {
            let file = site.1.rsplit('/').next().unwrap_or(&site.1);
            format!("{} ({}:{})", site.0, file, site.2)
        };
        for (title, key) in [("self", 0usize), ("total", 1usize)] {
            rows.sort_by(|a, b| {
                let (ka, kb) = if key == 0 {
                    (a.1 .0, b.1 .0)
                } else {
                    (a.1 .1, b.1 .1)
                };
                kb.cmp(&ka).then_with(|| a.0.cmp(b.0))
            });
            out.push_str(&format!("\nby {title}:\n   self%  total%  function\n"));
            for (site, (own, total)) in rows.iter().take(limit) {
                if (if key == 0 { *own } else { *total }) == 0 {
                    break;
                }
                out.push_str(&format!(
                    "  {:6.1}  {:6.1}  {}\n",
                    pct(*own),
                    pct(*total),
                    where_(site)
                ));
            }
        }
        out
    })
}
