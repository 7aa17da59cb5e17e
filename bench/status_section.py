"""Replaces one generated section of docs/status.md.

A section sits between `<!-- BEGIN name -->` and `<!-- END name -->`; the
script that measures it rewrites it whole, markers included, and leaves
everything else in the file as it is.
"""


def replace_section(path, name, section):
    """Puts section (which starts with the BEGIN marker and ends with the
    END marker of name) in place of the one in path."""
    begin, end = "<!-- BEGIN %s -->" % name, "<!-- END %s -->" % name
    with open(path) as f:
        text = f.read()
    i, j = text.find(begin), text.find(end)
    if i < 0 or j < 0:
        raise RuntimeError("%s has no %s ... %s markers" % (path, begin, end))
    text = text[:i] + section.rstrip("\n") + text[j + len(end):]
    with open(path, "w") as f:
        f.write(text)
