// A coordinator previewing unpublished data in this tab (the desk keeps it in the tab's
// session storage): marks the page before its first paint, so that the published page
// stays unseen until the app has drawn the preview in its place (style/main.css).
try {
  if (sessionStorage.getItem('micronit-preview') !== null) document.documentElement.classList.add('previewing');
} catch (e) {
  // No storage, no preview.
}
