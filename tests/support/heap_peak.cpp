// SPDX-License-Identifier: GPL-3.0-or-later
// The counting global operator new and delete of heap_peak.h. Sizes come from
// malloc_usable_size, so a delete without a size is counted as exactly as its new was.
#include "heap_peak.h"

#include <malloc.h>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::int64_t> inUse{0};
std::atomic<std::int64_t> peak{0};

void* allocate(std::size_t size) noexcept {
    void* block = std::malloc(size == 0 ? 1 : size);
    if (!block) return nullptr;
    const auto bytes = static_cast<std::int64_t>(malloc_usable_size(block));
    const std::int64_t now = inUse.fetch_add(bytes, std::memory_order_relaxed) + bytes;
    std::int64_t seen = peak.load(std::memory_order_relaxed);
    while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
    }
    return block;
}

void release(void* block) noexcept {
    if (!block) return;
    inUse.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(block)),
                    std::memory_order_relaxed);
    std::free(block);
}

}  // namespace

namespace stridelog::test {

std::int64_t heapInUse() {
    return inUse.load(std::memory_order_relaxed);
}

std::int64_t heapPeak() {
    return peak.load(std::memory_order_relaxed);
}

void resetHeapPeak() {
    peak.store(heapInUse(), std::memory_order_relaxed);
}

}  // namespace stridelog::test

void* operator new(std::size_t size) {
    if (void* block = allocate(size)) return block;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    if (void* block = allocate(size)) return block;
    throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    return allocate(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return allocate(size);
}
void operator delete(void* block) noexcept {
    release(block);
}
void operator delete[](void* block) noexcept {
    release(block);
}
void operator delete(void* block, std::size_t) noexcept {
    release(block);
}
void operator delete[](void* block, std::size_t) noexcept {
    release(block);
}
void operator delete(void* block, const std::nothrow_t&) noexcept {
    release(block);
}
void operator delete[](void* block, const std::nothrow_t&) noexcept {
    release(block);
}
