"""News, and the machinery every kind of dated item shares (statements, meetings, votes use it).

Every news item is a page docs/<lang>/jaunumi/YYYY-MM-DD-slug.md with front matter `title`,
`date`, `description` (optional `image` + `image_alt`). Per language build
- items.py lists the items whose front matter passes the content rules (the rules report the
  others, e.g. a missing or invalid `date`, and the strict build fails on that report);
- pages.py makes the list's further pages, jaunumi/lapa/2/ ..., as generated mkdocs Files (and
  any page a hook makes: statements' filter pages, meetings, votes);
- views.py renders the news list, newest first, 20 to a page, in place of `<!-- data: news -->` in
  jaunumi/index.md, the list pages linked to each other by a <nav aria-label> pagination;
- item_nav.py ends each item's page with the items before and after it (by date) and a link to the
  list (partials/data/item-nav.html; statements and meetings use it too);
- feed.py gives every template `news_feed` (the feed's absolute URL and title, for
  partials/feed-link.html) and writes the Atom feed of the 20 newest items (latvijaano/outputs/atom.py):
  site/feed.xml (lv), site/en/feed.xml (en);
- events.py wires these to mkdocs, and dates the list's pages by its newest item
  (latvijaano/data/page_updated.py).
Items are not in the navigation (mkdocs.yml `not_in_nav`), so no page grows with the news.

Why our own code and not Material's blog plugin: with mkdocs-static-i18n in folder mode the
blog plugin does not work. Tried here with mkdocs-material 9.8.1 + mkdocs-static-i18n 1.3.1
(one `blog` instance per language, blog_dir lv/jaunumi and en/jaunumi): the build logs
"mkdocs_static_i18n: Unhandled file case - lv/jaunumi/archive/2021.md", writes no post page
and an empty index. Upstream this is a known, open incompatibility: ultrabug/mkdocs-static-i18n#283
("a known incompatibility unfortunately, mkdocs-material broke support when they rewrote the
blog plugin", maintainer, 2024-02-27), also #236 and the unmerged fix PR #241;
squidfunk/mkdocs-material#4863 (the blog plugin's author suggests one project per language).
Items here only need a list, pages and a feed, which this small package does.

The same machinery serves other dated items (latvijaano/statements/): a `kinds.Collection` names the
folder, the marker, the list template, the feed and the interface strings of one kind of item,
and the functions here take it (kinds.NEWS by default).
"""
