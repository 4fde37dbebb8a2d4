/* The one 404 page GitHub Pages serves (/404.html, Latvian and English) for an address under the
   English root shows the English 404 page instead (en/404.html: English menu, search and footer;
   hooks/not_found.py). Loaded in the head of both 404 pages (overrides/404.html), before anything
   is drawn; a file, not an inline script, for the Content-Security-Policy.
   data-site: the site's path ("/" or "/sub-path/"); data-english: the English 404 page's path.
   On /404.html: an address under <site>/en/ is replaced by en/404.html, carrying the address the
   reader asked for in the fragment. On en/404.html: the address bar shows that address again. */
(function () {
  var script = document.currentScript;
  var site = script.getAttribute("data-site");
  var english = script.getAttribute("data-english");
  var path = location.pathname;
  if (path === english) {
    var asked = decodeURIComponent(location.hash.slice(1));
    if (asked.indexOf(site + "en/") === 0 && history.replaceState) history.replaceState(null, "", asked);
    return;
  }
  if (path.indexOf(site + "en/") === 0) {
    document.documentElement.style.visibility = "hidden";  /* no flash of the Latvian page */
    location.replace(english + "#" + encodeURIComponent(path + location.search));
  }
})();
