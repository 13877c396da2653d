//! The process's memory allocator: per-thread free lists for small blocks in front of
//! the system allocator.
//!
//! An interpreter allocates and frees small blocks at a great rate: objects, frames'
//! values, strings, bound methods, generators. glibc's per-thread cache holds only 7
//! blocks per size, so a burst of frees (a request's garbage) spills into its general
//! bins, which costs ~100 instructions per malloc/free pair (12% of a request's time
//! in `perf`). Here every block of up to `MAX_SMALL` bytes belongs to a 16-byte size
//! class and is taken from, and returned to, a singly linked list kept by the thread
//! that frees it; each list keeps at most `LIST_BYTES` bytes of free blocks and passes
//! the rest back to the system. Blocks are obtained from the system at the size of
//! their class, so any thread can keep or release any block.
//!
//! CPython does the same with pymalloc (its size classes are 16 bytes wide too).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Blocks up to this size (and alignment up to `ALIGN`) use the free lists.
pub const MAX_SMALL: usize = 512;
const ALIGN: usize = 16;
const CLASSES: usize = MAX_SMALL / ALIGN;
/// Free bytes one thread keeps per size class before giving blocks back.
const LIST_BYTES: usize = 256 << 10;

struct List {
    head: Cell<*mut u8>,
    len: Cell<u32>,
}

thread_local! {
    // Const-initialized and without a destructor: a plain thread-local access, valid
    // for the whole life of the thread (even while other thread-locals are dropped).
    static LISTS: [List; CLASSES] = const {
        [const { List { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) } }; CLASSES]
    };
}

/// The allocator (installed with `#[global_allocator]` by the `metal` binary).
pub struct MetalAlloc;

#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    if size <= MAX_SMALL && layout.align() <= ALIGN && size != 0 {
        Some((size - 1) / ALIGN)
    } else {
        None
    }
}

#[inline(always)]
fn class_layout(class: usize) -> Layout {
    // SAFETY: a non-zero multiple of 16 with alignment 16.
    unsafe { Layout::from_size_align_unchecked((class + 1) * ALIGN, ALIGN) }
}

#[inline(always)]
fn cap(class: usize) -> u32 {
    (LIST_BYTES / ((class + 1) * ALIGN)) as u32
}

unsafe impl GlobalAlloc for MetalAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(&layout) else {
            return System.alloc(layout);
        };
        let popped = LISTS
            .try_with(|lists| {
                let l = &lists[class];
                let head = l.head.get();
                if head.is_null() {
                    return head;
                }
                // SAFETY: a block on the list stores the next block's address.
                l.head.set(*(head as *mut *mut u8));
                l.len.set(l.len.get() - 1);
                head
            })
            .unwrap_or(std::ptr::null_mut());
        if !popped.is_null() {
            return popped;
        }
        System.alloc(class_layout(class))
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class_of(&layout) else {
            return System.dealloc(ptr, layout);
        };
        let kept = LISTS
            .try_with(|lists| {
                let l = &lists[class];
                if l.len.get() >= cap(class) {
                    return false;
                }
                // SAFETY: the block is free and at least 16 bytes: it stores the link.
                *(ptr as *mut *mut u8) = l.head.get();
                l.head.set(ptr);
                l.len.set(l.len.get() + 1);
                true
            })
            .unwrap_or(false);
        if !kept {
            System.dealloc(ptr, class_layout(class));
        }
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
            assert_eq!(p as usize % ALIGN, 0);
            std::ptr::write_bytes(p, 0xab, 40);
            a.dealloc(p, l);
            // The same class (33..=48 bytes) gets the block back, whatever the size.
            let l2 = Layout::from_size_align(48, 16).unwrap();
            let q = a.alloc(l2);
            assert_eq!(p, q);
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
    fn a_list_keeps_at_most_its_cap() {
        let a = MetalAlloc;
        let l = Layout::from_size_align(512, 16).unwrap();
        let class = class_of(&l).unwrap();
        unsafe {
            let blocks: Vec<*mut u8> = (0..cap(class) as usize + 50).map(|_| a.alloc(l)).collect();
            for &b in &blocks {
                a.dealloc(b, l);
            }
            let kept = LISTS.with(|lists| lists[class].len.get());
            assert_eq!(kept, cap(class));
            // Blocks freed by one thread can be allocated and freed by another.
            let p = a.alloc(l) as usize;
            std::thread::spawn(move || {
                let p = p as *mut u8;
                std::ptr::write_bytes(p, 1, 512);
                a.dealloc(p, l);
            })
            .join()
            .unwrap();
        }
    }
}
