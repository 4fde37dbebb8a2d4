"""Social cards: a 1200×630 PNG of its own for every page in its language (the Open Graph /
Twitter image tags that point at it are given by latvijaano/pages/social_image.py).

A card shows the page's title (in the page's language), its section, the #LatvijaANO emblem
and hashtag on carmine, and the motto line from data/ui.yml. It is drawn with Pillow and the
Noto Sans font shipped in latvijaano/outputs/cards/fonts/ (SIL Open Font License, see fonts/OFL.txt);
the font only draws cards, it is not a web font of the site.
- layout.py places everything on a card: the title shrinks and wraps inside a safe area;
- drawing.py draws it (the emblem read from overrides/assets/images/logo.svg) and names it by
  what it shows;
- writer.py keeps this build's cards to make, and draws (or copies from the cache) them after
  the build, in two threads; events.py wires that to mkdocs.

Where the cards go: site/assets/images/social/<page path>.png, e.g.
    prioritates/sievietes/  -> assets/images/social/prioritates/sievietes.png
    en/prioritates/         -> assets/images/social/en/prioritates.png
    (home)  ''  / 'en/'     -> assets/images/social/index.png / social/en/index.png
A page that names its own picture in front matter (`image:` + `image_alt:`, as news items may)
shares that picture instead, and gets no card. The 404 page keeps the generic og-image.png.

Cache: a card is named by a hash of everything drawn on it (title, section, motto, hashtag,
language, CARD_VERSION, the fonts and the emblem) and kept in .cache/social/ (gitignored); a
build copies cached cards and draws only new ones, so a rebuild with no change draws none (the
build log says how many it drew). A cached card unused for CACHE_DAYS days is removed. Bump
CARD_VERSION when the drawing code changes.

Why not Material's own social plugin (mkdocs-material 9.8.1, material/plugins/social/plugin.py):
it downloads its fonts from Google Fonts at build time (`_fetch_font_from_google_fonts`,
https://fonts.google.com/download/list?family=...), which this project's builds cannot and must
not reach, and it imports cairosvg (needs the cairo C library) to rasterise logos and icons —
another PyPI package plus a system library for the CI machine. Pillow alone draws our simple
emblem (a rounded square and four quadrilaterals, read from overrides/assets/images/logo.svg),
and lets the title shrink and wrap inside a safe area in our own way.
"""
