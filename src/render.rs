//! Every page of the site rendered at build time by the app's own components (the `ssr`
//! feature), into the page shell trunk wrote: `micronit-render` writes them into the
//! build, and the native tests read them. The browser's app then hydrates the page it is
//! served (src/start.rs).

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use micronit_model::structured::structured_data;
use micronit_model::{escape_markup, page_meta, Consortium, DataState, Date, Embed, Lang, Page};

use crate::app::App;
use crate::served;

/// Where and when the build renders the site.
#[derive(Clone, Debug)]
pub struct Site {
    /// The site's path on its host (`/`, `/micronit/`).
    pub base: String,
    /// Its address (`https://example.org/micronit/`), or its path when unknown.
    pub address: String,
    /// The build's day, which sorts the events.
    pub today: Option<Date>,
}

impl Site {
    /// The site at `base`, whose address is `address` when known, built today.
    pub fn new(base: &str, address: Option<&str>) -> Site {
        let today = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_secs() / 86_400).ok())
            .map(Date::from_unix_days);
        Site {
            base: base.to_owned(),
            address: address.map_or_else(
                || base.to_owned(),
                |a| format!("{}/", a.trim_end_matches('/')),
            ),
            today,
        }
    }
}

/// The body of the page at `path` (under the site's base, as `/fr/teams`), as the app
/// draws it from `consortium` for `site`.
pub fn render_app(consortium: Arc<Consortium>, site: &Site, path: &str) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let Site {
        base,
        address,
        today,
    } = site.clone();
    let url = format!("{}{path}", base.trim_end_matches('/'));
    owner.with(move || {
        provide_context(RequestUrl::new(&url));
        view! { <App snapshot=Ok(consortium) base site=address today/> }.to_html()
    })
}

/// A page of the build: its path under the base and the file it is written to.
#[derive(Clone, Debug, PartialEq)]
pub struct PageFile {
    /// The address under the site's base (`/fr/teams`, `/en/404`).
    pub path: String,
    /// The file, relative to the build (`fr/teams/index.html`, `en/404.html`).
    pub file: String,
}

/// Every page of the site in both languages: those the sitemap lists, the coordinators'
/// desk, the embedded views (partners' pages frame them; no page links to them) and the
/// not-found page (for hosts that answer an unknown address with `404.html`).
pub fn pages(c: &Consortium) -> Vec<PageFile> {
    let mut pages = Page::all(c);
    pages.push(Page::Desk);
    pages.push(Page::Embed(Embed::Map));
    pages.push(Page::Embed(Embed::Teams));
    pages.extend(
        c.teams
            .iter()
            .map(|t| Page::Embed(Embed::Team(t.id.clone()))),
    );
    let mut files = Vec::new();
    for lang in Lang::ALL {
        files.extend(pages.iter().map(|page| {
            let path = page.path(lang);
            // A folder's index.html, which any static server finds for the address.
            let file = format!("{}/index.html", path.trim_matches('/'));
            PageFile { path, file }
        }));
        files.push(PageFile {
            path: format!("/{}/404", lang.code()),
            file: format!("{}/404.html", lang.code()),
        });
    }
    files
}

/// The page shell trunk wrote (`index.html` of the build, minified in a release), where
/// each page puts its own language, title, description, head and body. The app's code is
/// not started by trunk's loader on a rendered page but by the page's own start
/// (public/inline/start-app.js, in the shell's head), once the page is painted (`#app`'s
/// `data-app-js` and `data-app-wasm`): the page does not wait for it.
#[derive(Clone, Debug)]
pub struct Shell {
    /// The shell without trunk's loader.
    html: String,
    /// The app's glue and wasm, for the page's start to fetch.
    app_js: String,
    app_wasm: String,
    /// The site's path on its host (`/`, `/micronit/`).
    pub base: String,
}

/// What a shell that `Shell::parse` cannot read lacks.
#[derive(Debug, PartialEq)]
pub struct ShellError(pub String);

impl std::fmt::Display for ShellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the page shell (index.html of the build): {}", self.0)
    }
}

fn lacks(what: &str) -> ShellError {
    ShellError(format!("no {what}"))
}

/// `html` rewritten by `handlers` (lol_html's element handlers, by CSS selector).
fn rewrite(
    html: &str,
    handlers: Vec<(
        std::borrow::Cow<'_, lol_html::Selector>,
        lol_html::ElementContentHandlers<'_>,
    )>,
) -> Result<String, ShellError> {
    let settings = handlers
        .into_iter()
        .fold(lol_html::RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        });
    lol_html::rewrite_str(html, settings).map_err(|e| ShellError(e.to_string()))
}

impl Shell {
    /// Reads the shell trunk wrote.
    pub fn parse(html: &str) -> Result<Shell, ShellError> {
        use lol_html::element;
        use std::cell::RefCell;
        let (app_js, app_wasm, base) = (RefCell::new(None), RefCell::new(None), RefCell::new(None));
        let (mut lang, mut title, mut description, mut app) = (false, false, false, false);
        // Trunk's loader (its preloads and its module script), which a rendered page leaves
        // to its own start; what every page sets is checked here, once.
        let html = rewrite(
            html,
            vec![
                element!("link[rel=modulepreload]", |el| {
                    let href = el.get_attribute("href");
                    if href.as_deref().is_some_and(|h| !h.contains("/snippets/")) {
                        app_js.borrow_mut().get_or_insert(href.unwrap_or_default());
                    }
                    el.remove();
                    Ok(())
                }),
                element!("link[rel=preload][href$='.wasm']", |el| {
                    *app_wasm.borrow_mut() = el.get_attribute("href");
                    el.remove();
                    Ok(())
                }),
                element!("script[type=module]", |el| {
                    el.remove();
                    Ok(())
                }),
                element!("base[href]", |el| {
                    *base.borrow_mut() = el.get_attribute("href");
                    Ok(())
                }),
                element!("html[lang]", |_| {
                    lang = true;
                    Ok(())
                }),
                element!("title", |_| {
                    title = true;
                    Ok(())
                }),
                element!("meta[name=description]", |_| {
                    description = true;
                    Ok(())
                }),
                element!("#app", |_| {
                    app = true;
                    Ok(())
                }),
            ],
        )?;
        for (found, what) in [
            (lang, "<html lang>"),
            (title, "<title>"),
            (description, "<meta name=\"description\">"),
            (app, "<div id=\"app\">"),
            (html.contains("</head>"), "</head>"),
        ] {
            if !found {
                return Err(lacks(what));
            }
        }
        Ok(Shell {
            app_js: app_js
                .into_inner()
                .ok_or_else(|| lacks("preload of the app's glue"))?,
            app_wasm: app_wasm
                .into_inner()
                .ok_or_else(|| lacks("preload of the app's wasm"))?,
            base: base.into_inner().ok_or_else(|| lacks("<base href>"))?,
            html,
        })
    }

    /// The page at `page`, drawn from `c` (whose file has `digest`) for `site`.
    pub fn page(
        &self,
        c: &Arc<Consortium>,
        digest: &str,
        site: &Site,
        page: &PageFile,
    ) -> Result<String, ShellError> {
        use lol_html::element;
        use lol_html::html_content::ContentType;
        let route = Page::parse(&page.path).map(|(_, p)| p);
        let lang = micronit_model::lang_of_path(&page.path).unwrap_or(Lang::Fr);
        let embedded = matches!(route, Some(Page::Embed(_)));
        let meta = page_meta(lang, route.as_ref(), DataState::Ready(c));
        let mut head = meta.head_tags(&site.address);
        // An embedded view and the desk are not pages to find on their own.
        if embedded || route == Some(Page::Desk) {
            head.push_str("<meta name=\"robots\" content=\"noindex\">");
        }
        // The schema.org data of the page: inert data, which no text can close (it is
        // written without `<`), marked with the page it describes so that the app drops
        // it when it shows another page (src/meta.rs).
        if let Some(data) = route
            .as_ref()
            .and_then(|p| structured_data(c, p, lang, &site.address))
        {
            head.push_str(&format!(
                "<script type=\"application/ld+json\" data-for=\"{}\">{data}</script>",
                escape_markup(&page.path)
            ));
        }
        let body = render_app(c.clone(), site, &page.path);
        let today = site.today.map(|d| d.to_string()).unwrap_or_default();
        let html = rewrite(
            &self.html,
            vec![
                element!("html", |el| {
                    el.set_attribute("lang", lang.code())?;
                    if embedded {
                        // Styled as an embedded view from its first paint.
                        el.set_attribute("class", "embedded")?;
                    }
                    Ok(())
                }),
                element!("title", |el| {
                    el.set_inner_content(&meta.title, ContentType::Text);
                    Ok(())
                }),
                element!("meta[name=description]", |el| {
                    el.set_attribute("content", &meta.description)?;
                    Ok(())
                }),
                element!("base", |el| {
                    if embedded {
                        // Its links open the full site in a new tab, without scripts too.
                        el.set_attribute("target", "_blank")?;
                    }
                    Ok(())
                }),
                element!("#app", |el| {
                    el.set_attribute(served::RENDERED_FOR, &page.path)?;
                    el.set_attribute(served::BUILT_FROM, digest)?;
                    el.set_attribute(served::BUILT_ON, &today)?;
                    el.set_attribute(served::APP_JS, &self.app_js)?;
                    el.set_attribute(served::APP_WASM, &self.app_wasm)?;
                    el.set_attribute(served::APP_DATA, crate::data::SNAPSHOT_URL)?;
                    el.set_inner_content(&body, ContentType::Html);
                    Ok(())
                }),
            ],
        )?;
        Ok(html.replacen("</head>", &format!("{head}</head>"), 1))
    }
}
