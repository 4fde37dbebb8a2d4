"""A Content-Security-Policy and a referrer policy in the <head> of every built page.

Wires mkdocs events to latvijaano/outputs/csp.py; the logic lives there."""

from latvijaano.outputs.csp import (  # noqa: F401  (mkdocs finds the events by name)
    on_post_page,
    on_post_template,
)
