# urllib.parse: urlsplit/urlparse (hostname, port) and urljoin's RFC 3986 resolution.
from urllib.parse import urljoin, urlsplit, urlparse
for b, u in [("/static/", "css/x.css"), ("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "/g"), ("http://a/b/c/d;p?q", "//g"), ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/d;p?q", "../../../g"), ("http://a/b/c/d;p?q", "g/./h/.."), ("", "x"), ("http://a/b", "https://c/d"), ("/static", "x.css")]:
    print(repr(urljoin(b, u)))
for u in ["http://evil.example", "https://testserver:8000/x?y#z", "null", "http://[::1]:80/", "mailto:x@y"]:
    s = urlsplit(u); print(s, s.hostname, s.port)
print(urlparse("http://a/b;c?d#e"))
