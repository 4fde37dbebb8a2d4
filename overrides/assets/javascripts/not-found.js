/* The one 404 page GitHub Pages serves (/404.html, Latvian and English) for an address under the
   English root shows the English 404 page instead (en/404.html: English menu, search and footer;
   hooks/not_found.py). Loaded in the head of both 404 pages (overrides/404.html), before anything
   is drawn; a file, not an inline script, for the Content-Security-Policy.
   data-site: the site's path ("/" or "/sub-path/"); data-english: the English 404 page's path.
   On /404.html: an address under <site>/en/ is replaced by en/404.html, carrying the address the
   reader asked for in the fragment. On en/404.html: the address bar shows that address again.
   Then (issue 39) the page links the section the address was in: the nearest page above it in
   the navigation (.lv-404__section, data-sections: {address under the site: title}), and puts the
   words of its last part in the search box beside it. */
(function () {
  var script = document.currentScript;
  var site = script.getAttribute("data-site");
  var english = script.getAttribute("data-english");
  var path = location.pathname;
  if (path === english) {
    var asked = decodeURIComponent(location.hash.slice(1));
    if (asked.indexOf(site + "en/") === 0 && history.replaceState) history.replaceState(null, "", asked);
  } else if (path.indexOf(site + "en/") === 0) {
    document.documentElement.style.visibility = "hidden";  /* no flash of the Latvian page */
    location.replace(english + "#" + encodeURIComponent(path + location.search));
    return;
  }

  function showSection() {
    var box = document.querySelector(".lv-404__section[data-sections]");
    var address = location.pathname;
    if (!box || address.indexOf(site) !== 0) return;
    var sections = JSON.parse(box.getAttribute("data-sections"));
    var parts = address.slice(site.length).split("/").filter(Boolean);
    /* The longest address above the missing one that is a page: "padome/x/y" -> "padome/". */
    for (var n = parts.length; n > 0; n--) {
      var candidate = parts.slice(0, n).join("/") + "/";
      if (Object.prototype.hasOwnProperty.call(sections, candidate)) {
        var link = box.querySelector("a");
        link.href = site + candidate;
        link.textContent = sections[candidate];
        box.hidden = false;
        break;
      }
    }
    var field = box.parentNode.querySelector(".lv-404__search input");
    var last = "";
    try { last = parts.length ? decodeURIComponent(parts[parts.length - 1]) : ""; } catch (e) { /* a malformed address: no words */ }
    if (field && last && !/^(404|index)(\.html)?$/.test(last) && last !== "en")
      field.value = last.replace(/\.html?$/, "").replace(/[-_]+/g, " ").trim();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showSection);
  else showSection();
})();
