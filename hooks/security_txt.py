"""/.well-known/security.txt (RFC 9116): whom to tell about a vulnerability, for how long that holds.

Wires mkdocs events to latvijaano/outputs/security_txt.py; the logic lives there."""

from latvijaano.outputs.security_txt import (  # noqa: F401  (mkdocs finds the events by name)
    on_post_build,
)
