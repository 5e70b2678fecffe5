//! The browser's entry: reads the snapshot and hydrates the page (`micronit::start`).

// Talc instead of the default dlmalloc: smaller in wasm, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(feature = "hydrate")]
    micronit::start();
}
