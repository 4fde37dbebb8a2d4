"""The content rules editors' pages must follow, one implementation of each, and the build's events
that run them (latvijaano/rules/events.py). scripts/check_content.py runs the same rules
(latvijaano/rules/runner.py) and prints what they find.
"""
