"""Cache-related response headers."""

import re

cc_delim_re = re.compile(r"\s*,\s*")


def patch_vary_headers(response, newheaders):
    """Add headers to the response's Vary header (once each, case-insensitively)."""
    if response.has_header("Vary"):
        vary_headers = cc_delim_re.split(response.headers["Vary"])
    else:
        # Nothing to merge with: the new headers as given (each lower()ed, as Django's
        # check against the existing ones does: a non-str raises its AttributeError).
        vary_headers = list(newheaders)
        for header in vary_headers:
            header.lower()
        response.headers["Vary"] = "*" if "*" in vary_headers else ", ".join(vary_headers)
        return
    existing_headers = {header.lower() for header in vary_headers}
    additional_headers = [
        newheader for newheader in newheaders if newheader.lower() not in existing_headers
    ]
    vary_headers += additional_headers
    if "*" in vary_headers:
        response.headers["Vary"] = "*"
    else:
        response.headers["Vary"] = ", ".join(vary_headers)
