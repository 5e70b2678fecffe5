//! Writes every page of the site into a build, rendered by the app's own components from
//! the build's snapshot: `fr/teams/index.html` for `/fr/teams`, and so on, in both
//! languages, with the embedded views, the desk and the not-found page (`fr/404.html`,
//! `en/404.html`, and `404.html` in English for hosts that use one). Run after each trunk
//! build (scripts/post-build.mjs), or by hand:
//!
//!   micronit-render DIR [--site URL-OR-PATH]
//!
//! `--site` (for example https://micronit.example.org/) makes the head's addresses
//! absolute; without it they are written from the site's path on its host (`/en/teams`).

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use micronit::render::{pages, Shell, Site};
use micronit_model::open_data::SNAPSHOT_PATH;
use micronit_model::{snapshot_digest, Snapshot};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, site) = match args.as_slice() {
        [dir] => (dir.as_str(), None),
        [dir, flag, site] if flag == "--site" => (dir.as_str(), Some(site.as_str())),
        _ => {
            eprintln!("usage: micronit-render DIR [--site URL-OR-PATH]");
            return ExitCode::FAILURE;
        }
    };
    match render(Path::new(dir), site) {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("render: {e}");
            ExitCode::FAILURE
        }
    }
}

fn render(dir: &Path, site: Option<&str>) -> Result<String, String> {
    let started = Instant::now();
    let read = |name: &str| {
        std::fs::read(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    let shell = String::from_utf8(read("index.html")?).map_err(|e| format!("index.html: {e}"))?;
    let shell = Shell::parse(&shell).map_err(|e| e.to_string())?;
    let bytes = read(SNAPSHOT_PATH)?;
    let digest = snapshot_digest(&bytes);
    let consortium =
        Arc::new(Snapshot::from_bytes(bytes).map_err(|e| format!("{SNAPSHOT_PATH}: {e}"))?);
    let site = Site::new(&shell.base, site);
    let mut written = 0;
    let mut bytes = 0;
    for page in pages(&consortium) {
        let html = shell
            .page(&consortium, &digest, &site, &page)
            .map_err(|e| e.to_string())?;
        let file = dir.join(&page.file);
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&file, &html).map_err(|e| format!("{}: {e}", file.display()))?;
        if page.path == "/en/404" {
            std::fs::write(dir.join("404.html"), &html).map_err(|e| format!("404.html: {e}"))?;
        }
        written += 1;
        bytes += html.len();
    }
    Ok(format!(
        "render: {written} pages ({} KB of HTML) in {:.1} s",
        bytes / 1024,
        started.elapsed().as_secs_f64()
    ))
}
