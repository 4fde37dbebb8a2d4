"""UN document symbols typed in Markdown become links to the document: a Python-Markdown extension.

Wires mkdocs events to latvijaano/rules/un_symbols.py; the logic lives there."""

from latvijaano.rules.un_symbols import (  # noqa: F401  (mkdocs finds the events by name)
    on_config,
)
