"""Leave Material's source maps out of the published site.

Material ships a .map beside each of its minified scripts and stylesheets (about 1.3 MB in
all, the bundle's alone 1 MB). Browsers fetch a map only when someone opens the developer
tools, so readers lose nothing; the maps stay in the installed package for debugging.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for file in [f for f in files if f.src_uri.endswith(".map")]:
        files.remove(file)
    return files
