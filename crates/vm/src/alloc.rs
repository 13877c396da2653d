//! The process's memory allocator: per-thread free lists of small blocks carved from
//! slabs, in front of the system allocator.
//!
//! An interpreter allocates and frees small blocks at a great rate: objects, frames'
//! values, strings, bound methods, generators. glibc's per-thread cache holds only 7
//! blocks per size, so a burst of frees (a request's garbage) spills into its general
//! bins, which costs ~100 instructions per malloc/free pair (12% of a request's time
//! in `perf`); and every glibc block carries an 8-byte header rounded up to 16 bytes,
//! so a 64-byte string cost 80 bytes and a 16-byte one 32.
//!
//! Here every block of up to `MAX_SMALL` bytes belongs to a size class (8-byte steps,
//! 16 bytes at least; see `GRAIN`). A thread takes blocks from, and returns them to, its own singly linked list per class.
//! A list longer than two batches (`BATCH_BYTES` of blocks each) gives one batch to the
//! shared pool; an empty list is refilled with a batch from the pool, else by carving a
//! new `SLAB_BYTES` slab into blocks of the class, with no header. So blocks that one
//! thread allocates and another frees (a server's I/O thread and its workers) flow back
//! through the pool instead of piling up on the freeing thread, and what a thread keeps
//! is bounded. Small blocks are never given back to the system; a thread that exits
//! hands its lists to the pool.
//!
//! CPython does much the same with pymalloc (16-byte size classes carved from pools of
//! arenas, no per-block header).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Mutex;

/// Blocks up to this size (and alignment up to `ALIGN`) use the free lists.
pub const MAX_SMALL: usize = 512;
const ALIGN: usize = 16;
/// Size classes step by 8 bytes (a 56-byte str is not rounded to 64); a block asking
/// for 16-byte alignment goes to a class whose size is a multiple of 16, whose blocks
/// (carved from 16-aligned slabs) are all 16-aligned. The smallest block is 16 bytes:
/// a pooled batch links through a block's second word.
const GRAIN: usize = 8;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// The memory one refill takes from the system for a class.
const SLAB_BYTES: usize = 16 << 10;
/// The memory in one batch of free blocks passed between a thread and the pool.
const BATCH_BYTES: usize = 32 << 10;

struct List {
    head: Cell<*mut u8>,
    /// How many blocks are on the list (a batch from an exited thread may be shorter
    /// than counted: the count only decides when to give a batch away).
    len: Cell<usize>,
}

thread_local! {
    // Const-initialized and without a destructor: a plain thread-local access, valid
    // for the whole life of the thread (even while other thread-locals are dropped).
    static LISTS: [List; CLASSES] = const {
        [const { List { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) } }; CLASSES]
    };
    /// Registered on a thread's first refill: hands its lists to `POOL` when it exits.
    static HANDOFF: Handoff = const { Handoff };
}

/// Per class, a stack of batches of free blocks (the first block's address, or 0). A
/// batch is a chain linked through each block's first word; its first block's second
/// word links to the next batch. The lock is held for a few pointer moves and never
/// while allocating.
static POOL: [Mutex<usize>; CLASSES] = [const { Mutex::new(0) }; CLASSES];

#[inline(always)]
fn batch_len(class: usize) -> usize {
    (BATCH_BYTES / class_size(class)).max(1)
}

/// The block after `b` in its chain.
///
/// # Safety
/// `b` is a free block on a chain.
#[inline(always)]
unsafe fn next_of(b: *mut u8) -> *mut u8 {
    unsafe { *(b as *mut *mut u8) }
}

/// Push the chain starting at `head` onto the pool as one batch.
///
/// # Safety
/// The chain's blocks are free, of `class`, and owned by the caller.
unsafe fn pool_push(class: usize, head: *mut u8) {
    let mut top = POOL[class].lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: blocks are at least 16 bytes: the second word holds the batch link.
    unsafe { *(head as *mut usize).add(1) = *top };
    *top = head as usize;
}

/// Pop one batch for `class` from the pool, or null.
fn pool_pop(class: usize) -> *mut u8 {
    let mut top = POOL[class].lock().unwrap_or_else(|e| e.into_inner());
    let head = *top as *mut u8;
    if !head.is_null() {
        // SAFETY: a pooled batch's first block links to the next batch.
        *top = unsafe { *(head as *const usize).add(1) };
    }
    head
}

struct Handoff;

impl Drop for Handoff {
    fn drop(&mut self) {
        let _ = LISTS.try_with(|lists| {
            for (class, l) in lists.iter().enumerate() {
                let head = l.head.replace(std::ptr::null_mut());
                l.len.set(0);
                if !head.is_null() {
                    // SAFETY: the list's blocks are free and this thread's alone.
                    unsafe { pool_push(class, head) };
                }
            }
        });
    }
}

/// The allocator (installed with `#[global_allocator]` by the `metal` binary).
pub struct MetalAlloc;

#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    if size > MAX_SMALL || layout.align() > ALIGN || size == 0 {
        return None;
    }
    let size = if layout.align() > GRAIN {
        (size + ALIGN - 1) & !(ALIGN - 1)
    } else {
        size.max(16)
    };
    Some((size - 1) / GRAIN)
}

#[inline(always)]
fn class_size(class: usize) -> usize {
    (class + 1) * GRAIN
}

/// Refill an empty list: a batch from the pool, else a new slab carved into blocks
/// linked in address order. The list's head and count are set; false when the system
/// has no memory.
#[cold]
fn refill(l: &List, class: usize) -> bool {
    // Touch the handoff guard so that this thread's lists outlive it.
    let _ = HANDOFF.try_with(|_| ());
    let batch = pool_pop(class);
    if !batch.is_null() {
        l.head.set(batch);
        l.len.set(batch_len(class));
        return true;
    }
    let size = class_size(class);
    // SAFETY: a non-zero size with a power-of-two alignment.
    let slab = unsafe { System.alloc(Layout::from_size_align_unchecked(SLAB_BYTES, ALIGN)) };
    if slab.is_null() {
        return false;
    }
    let n = SLAB_BYTES / size;
    // SAFETY: every block lies inside the slab; each stores the next one's address
    // (the last one null).
    unsafe {
        for i in 0..n {
            let block = slab.add(i * size);
            let next = if i + 1 < n {
                slab.add((i + 1) * size)
            } else {
                std::ptr::null_mut()
            };
            *(block as *mut *mut u8) = next;
        }
    }
    l.head.set(slab);
    l.len.set(n);
    true
}

/// A list grown past two batches gives its first batch to the pool.
#[cold]
fn spill(l: &List, class: usize) {
    let k = batch_len(class);
    let head = l.head.get();
    // SAFETY: the list's blocks are free and this thread's; the walk stops at the end
    // of the list if it is shorter than counted.
    unsafe {
        let mut last = head;
        let mut taken = 1;
        while taken < k && !next_of(last).is_null() {
            last = next_of(last);
            taken += 1;
        }
        let rest = next_of(last);
        *(last as *mut *mut u8) = std::ptr::null_mut();
        l.head.set(rest);
        l.len.set(l.len.get().saturating_sub(taken));
        pool_push(class, head);
    }
}

unsafe impl GlobalAlloc for MetalAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(&layout) else {
            return System.alloc(layout);
        };
        LISTS
            .try_with(|lists| {
                let l = &lists[class];
                if l.head.get().is_null() && !refill(l, class) {
                    return std::ptr::null_mut();
                }
                let head = l.head.get();
                // SAFETY: a block on the list stores the next block's address.
                l.head.set(*(head as *mut *mut u8));
                l.len.set(l.len.get().saturating_sub(1));
                head
            })
            .unwrap_or(std::ptr::null_mut())
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class_of(&layout) else {
            return System.dealloc(ptr, layout);
        };
        let _ = LISTS.try_with(|lists| {
            let l = &lists[class];
            // SAFETY: the block is free and at least 16 bytes: it stores the link.
            *(ptr as *mut *mut u8) = l.head.get();
            l.head.set(ptr);
            let n = l.len.get() + 1;
            l.len.set(n);
            if n > 2 * batch_len(class) {
                spill(l, class);
            }
        });
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the layout): the caller guarantees new_size is valid for it.
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class_of(&layout), class_of(&new_layout)) {
            (None, None) => System.realloc(ptr, layout, new_size),
            // The block already has room for the new size.
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                let new = self.alloc(new_layout);
                if !new.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                new
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_reused_aligned_and_keep_their_contents() {
        let a = MetalAlloc;
        unsafe {
            let l = Layout::from_size_align(40, 8).unwrap();
            let p = a.alloc(l);
            assert_eq!(p as usize % GRAIN, 0);
            std::ptr::write_bytes(p, 0xab, 40);
            a.dealloc(p, l);
            // The same class (33..=40 bytes) gets the block back, whatever the size.
            let q = a.alloc(Layout::from_size_align(33, 8).unwrap());
            assert_eq!(p, q);
            a.dealloc(q, Layout::from_size_align(33, 8).unwrap());
            // 16-byte alignment rounds the size up to a multiple of 16: 40 is served
            // from the 48-byte class, whose blocks are all 16-aligned.
            let l2 = Layout::from_size_align(48, 16).unwrap();
            let q = a.alloc(Layout::from_size_align(40, 16).unwrap());
            assert_eq!(q as usize % 16, 0);
            a.dealloc(q, Layout::from_size_align(40, 16).unwrap());
            assert_eq!(a.alloc(l2), q);
            // Growing within the class keeps the block; beyond it moves the contents.
            std::ptr::write_bytes(q, 7, 48);
            let r = a.realloc(q, l2, 45);
            assert_eq!(r, q);
            let l3 = Layout::from_size_align(45, 16).unwrap();
            let s = a.realloc(r, l3, 1000);
            assert!((0..45).all(|i| *s.add(i) == 7));
            let l4 = Layout::from_size_align(1000, 16).unwrap();
            let t = a.realloc(s, l4, 20);
            assert!((0..20).all(|i| *t.add(i) == 7));
            a.dealloc(t, Layout::from_size_align(20, 16).unwrap());
            // Large and over-aligned blocks go straight to the system.
            let big = Layout::from_size_align(4096, 64).unwrap();
            let b = a.alloc(big);
            assert_eq!(b as usize % 64, 0);
            a.dealloc(b, big);
        }
    }

    #[test]
    fn carved_blocks_are_distinct_and_exactly_their_class_apart() {
        let a = MetalAlloc;
        let l = Layout::from_size_align(64, 16).unwrap();
        unsafe {
            // More than one slab's worth: every block is its own 64 bytes.
            let n = 2 * SLAB_BYTES / 64 + 7;
            let mut blocks: Vec<usize> = (0..n).map(|_| a.alloc(l) as usize).collect();
            for (i, &b) in blocks.iter().enumerate() {
                std::ptr::write_bytes(b as *mut u8, i as u8, 64);
            }
            for (i, &b) in blocks.iter().enumerate() {
                assert!((0..64).all(|k| *(b as *const u8).add(k) == i as u8));
            }
            blocks.sort_unstable();
            blocks.dedup();
            assert_eq!(blocks.len(), n);
            assert!(blocks.windows(2).all(|w| w[1] - w[0] >= 64));
            for &b in &blocks {
                a.dealloc(b as *mut u8, l);
            }
        }
    }

    #[test]
    fn an_exiting_thread_hands_its_blocks_to_the_pool() {
        // A class no other test uses, so the pool's chains for it are this test's.
        let l = Layout::from_size_align(500, 16).unwrap();
        let class = class_of(&l).unwrap();
        let freed = std::thread::spawn(move || {
            let a = MetalAlloc;
            unsafe {
                let p = a.alloc(l);
                std::ptr::write_bytes(p, 1, 500);
                a.dealloc(p, l);
                p as usize
            }
        })
        .join()
        .unwrap();
        assert_eq!(
            *POOL[class].lock().unwrap(),
            freed,
            "the exited thread's free block heads the pool's top batch"
        );
        // Another thread's refill takes that chain: its first block is the one freed.
        let got = std::thread::spawn(move || unsafe { MetalAlloc.alloc(l) as usize })
            .join()
            .unwrap();
        assert_eq!(got, freed);
    }

    #[test]
    fn blocks_freed_by_another_thread_come_back_through_the_pool() {
        // One thread allocates, another frees (a server's I/O thread and a worker): the
        // freeing thread keeps at most two batches, the rest goes to the pool, and the
        // allocating thread refills from the pool instead of carving new slabs.
        let l = Layout::from_size_align(480, 16).unwrap();
        let class = class_of(&l).unwrap();
        let per_round = 4 * batch_len(class);
        let (to_free, freed_rx) = std::sync::mpsc::channel::<Vec<usize>>();
        let (done, done_rx) = std::sync::mpsc::channel::<()>();
        let freer = std::thread::spawn(move || {
            for blocks in freed_rx {
                for b in blocks {
                    unsafe { MetalAlloc.dealloc(b as *mut u8, l) };
                }
                let kept = LISTS.with(|lists| lists[class].len.get());
                assert!(
                    kept <= 2 * batch_len(class),
                    "the freeing thread kept {kept}"
                );
                done.send(()).unwrap();
            }
        });
        let mut seen = std::collections::HashSet::new();
        for _ in 0..20 {
            let blocks: Vec<usize> = (0..per_round)
                .map(|_| unsafe { MetalAlloc.alloc(l) as usize })
                .collect();
            seen.extend(blocks.iter().copied());
            to_free.send(blocks).unwrap();
            done_rx.recv().unwrap();
        }
        drop(to_free);
        freer.join().unwrap();
        // Twenty rounds reuse the same few rounds' worth of blocks: memory stays bounded.
        assert!(
            seen.len() <= 4 * per_round,
            "{} distinct blocks for rounds of {per_round}",
            seen.len()
        );
    }
}
