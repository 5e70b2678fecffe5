//! The Micronit atlas: the consortium's snapshot as a site. The same components render
//! every page natively at build time (`ssr`, [`render`]) and hydrate it in the browser
//! (`hydrate`, [`start`]).

mod address;
mod app;
mod components;
mod data;
mod download;
mod i18n;
#[cfg(feature = "hydrate")]
mod kept;
mod meta;
mod offline;
mod pages;
mod preview;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
mod served;
#[cfg(feature = "hydrate")]
mod start;
mod timing;
mod today;

#[cfg(feature = "hydrate")]
pub use start::start;
