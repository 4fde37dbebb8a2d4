"""The engine of the #LatvijaANO site: every rule, model, view and writer the build uses.

mkdocs reaches it through the thin files in hooks/ (each wires a few mkdocs events to a module
here); scripts/ and tests/ import it directly. See developers/architecture.md.
"""
