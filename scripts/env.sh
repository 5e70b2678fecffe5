# Sourced by the project's scripts: puts cargo's and npm's tools first on PATH
# (wasm-opt comes from the npm package binaryen, which trunk then finds).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$root"
