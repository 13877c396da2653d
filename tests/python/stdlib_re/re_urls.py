# Django-style URL resolution: anchored patterns, path converters, groupdict,
# nested includes resolved with pos, fullmatch for endpoints.
import re

INT = r'[0-9]+'
SLUG = r'[-a-zA-Z0-9_]+'
STR = r'[^/]+'
UUID = r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

urlpatterns = [
    ('year_archive', re.compile(r'^articles/(?P<year>[0-9]{4})/$')),
    ('month_archive', re.compile(r'^articles/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$')),
    ('detail', re.compile(r'^articles/(?P<year>[0-9]{4})/(?P<slug>' + SLUG + r')/\Z')),
    ('item', re.compile(r'^api/(?:v(?P<ver>[12])/)?items/(?P<pk>' + INT + r')/$')),
    ('user', re.compile(r'^u/(?P<name>' + STR + r')/$')),
    ('obj', re.compile(r'^obj/(?P<uid>' + UUID + r')/$')),
    ('file', re.compile(r'^files/(?P<path>.+)$')),
    ('page', re.compile(r'^page/([0-9]+)/(?:([a-z]+)/)?$')),
    ('about', re.compile(r'(?i)^About/$')),
]

def resolve(path):
    for name, rx in urlpatterns:
        m = rx.search(path)
        if m:
            kwargs = {k: v for k, v in m.groupdict().items() if v is not None}
            args = () if kwargs else m.groups()
            return name, args, kwargs
    return None

for path in ['articles/2003/', 'articles/2003/03/', 'articles/2003/hello-world_2/',
             'articles/03/', 'api/items/5/', 'api/v2/items/77/', 'api/v3/items/1/',
             'u/joe/', 'u/jo/e/', 'obj/12345678-1234-5678-1234-567812345678/',
             'files/a/b/c.txt', 'page/3/', 'page/3/top/', 'ABOUT/', 'articles/2003/\n',
             'articles/2003/x/\n', '']:
    print(repr(path), resolve(path))

# include(): strip the matched prefix, then resolve the rest from m.end()
prefix = re.compile(r'^blog/(?P<lang>[a-z]{2})/')
child = re.compile(r'(?P<year>[0-9]{4})/(?P<slug>' + SLUG + r')/\Z')
path = 'blog/en/2020/hello-world/'
m = prefix.search(path)
print(m.end(), m.groupdict(), path[m.end():])
c = child.match(path, m.end())
print(c, c.groupdict(), c.span('slug'), c.pos, c.endpos)
print(child.fullmatch(path, m.end()).span(), child.fullmatch(path, m.end(), len(path) - 1))
print(child.match(path + 'extra', m.end(), len(path)).group(0))
print(child.search(path, 0, 10), re.compile(r'^2020').match(path, m.end()))
print(re.compile(r'\A2020').match(path, m.end()), re.compile(r'2020').match(path, m.end()))

# path() style: converter regexes joined with escaped literal parts
def route_to_regex(route):
    parts = ['^']
    pos = 0
    for m in re.finditer(r'<(?:(?P<conv>[^>:]+):)?(?P<param>[^>]+)>', route):
        parts.append(re.escape(route[pos:m.start()]))
        conv = {'int': INT, 'slug': SLUG, 'uuid': UUID, 'path': '.+', None: STR}[m['conv']]
        parts.append('(?P<' + m['param'] + '>' + conv + ')')
        pos = m.end()
    parts.append(re.escape(route[pos:]) + r'\Z')
    return ''.join(parts)

for route, path in [('shop/<int:pk>.json', 'shop/42.json'), ('shop/<int:pk>.json', 'shop/42xjson'),
                    ('<slug:cat>/<name>/', 'tech-news/rust 2/'), ('dl/<path:p>', 'dl/x/y z'),
                    ('w/<int:a>/<int:b>/', 'w/1/2/')]:
    rx = re.compile(route_to_regex(route))
    m = rx.fullmatch(path)
    print(rx.pattern, m and m.groupdict(), m and m.lastgroup, rx.groups)
