use leptos::prelude::*;
use leptos_router::hooks::use_location;
use micronit_model::{switch_lang, Page};

use crate::address::use_site_path;

use crate::address::IN_BROWSER;
use crate::i18n::{t, use_lang, Key};

/// The site's header: name, main navigation and the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let path = use_site_path();
    let nav = [
        (Page::Home, Key::NavHome),
        (Page::Teams, Key::NavTeams),
        (Page::News, Key::NavNews),
        (Page::Events, Key::NavEvents),
        (Page::Partners, Key::NavPartners),
        (Page::About, Key::NavAbout),
    ];
    let current_section = move || {
        path.with(|p| Page::parse(p)).map(|(_, page)| match page {
            Page::Team(_) | Page::Axis(_) => Page::Teams,
            Page::NewsItem(_) => Page::News,
            other => other,
        })
    };
    // The same address in the other language: page, filters and anchor are kept.
    let switch_href = move || {
        // The query comes without its `?`; the hash with its `#`.
        let prefixed = |s: String, mark: char| {
            if s.is_empty() || s.starts_with(mark) {
                s
            } else {
                format!("{mark}{s}")
            }
        };
        let address = format!(
            "{}{}{}",
            path.get(),
            prefixed(location.search.get(), '?'),
            // The build renders no anchor (a page has none on the server).
            prefixed(
                if IN_BROWSER {
                    location.hash.get()
                } else {
                    String::new()
                },
                '#'
            )
        );
        // Relative to the site's base, like every link.
        switch_lang(&address, lang.get().other())
            .trim_start_matches('/')
            .to_owned()
    };
    view! {
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href=move || Page::Home.href(lang.get())>
                    <span class="brand-name">"Micronit"</span>
                    " "
                    <span class="brand-gdr">"GDR 3697"</span>
                    <span class="visually-hidden">" " {move || t(lang.get(), Key::HomeLinkLabel)}</span>
                </a>
                <nav class="main-nav" aria-label=move || t(lang.get(), Key::NavLabel)>
                    <ul>
                        {nav
                            .into_iter()
                            .map(|(page, key)| {
                                let target = page.clone();
                                let current = move || {
                                    (current_section() == Some(target.clone())).then_some("page")
                                };
                                view! {
                                    <li>
                                        <a href=move || page.href(lang.get()) aria-current=current>
                                            {move || t(lang.get(), key)}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <a class="lang-switch"
                    href=switch_href
                    hreflang=move || lang.get().other().code()
                    lang=move || lang.get().other().code()
                    aria-label=move || t(lang.get(), Key::LangSwitchTo)>
                    {move || lang.get().other().native_name()}
                </a>
            </div>
        </header>
    }
}
