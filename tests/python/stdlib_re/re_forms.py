# Form-validation style regexes, mostly as written in Django's validators and
# dateparse: integers, slugs, whitespace, URLs, dates/durations, e-mail.
import re

integer = re.compile(r'^[-+]?\d+$')
int_z = re.compile(r'^-?\d+\Z')
for v in ['42', '-7', '+3', '3.0', '', ' 1', '1 ', '1\n', '١٢', '0x1f']:
    print(repr(v), bool(integer.match(v)), bool(int_z.match(v)), bool(re.fullmatch(r'[0-9]+', v)))

slug = re.compile(r'^[-a-zA-Z0-9_]+\Z')
uslug = re.compile(r'^[-\w]+\Z')
for v in ['hello-world_2', 'hello world', 'héllo', 'a/b', '-', '']:
    print(repr(v), bool(slug.match(v)), bool(uslug.match(v)))

print(repr(re.sub(r'^\s+|\s+$', '', '  \t padded text \n ')), repr(re.sub(r'\s+', ' ', 'a \n\t b')))
print(repr(re.sub(r'[ \t]+$', '', 'trail  \nx\t', flags=re.M)), re.sub(r'\s{2,}', ' ', 'a   b c'))

def comma_ints(sep=',', neg=False):
    return re.compile(r'^%(neg)s\d+(?:%(sep)s%(neg)s\d+)*\Z' % {
        'neg': '(-)?' if neg else '', 'sep': re.escape(sep)})
print([bool(comma_ints().match(v)) for v in ['1,2,3', '1,,2', '1', '1,-2']],
      [bool(comma_ints('|', True).match(v)) for v in ['1|-2', '-1|2|', '3']])

ul = '\u00a1-\uffff'
ipv4 = r'(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)(?:\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}'
host = r'[a-z' + ul + r'0-9](?:[a-z' + ul + r'0-9-]{0,61}[a-z' + ul + r'0-9])?'
domain = r'(?:\.(?!-)[a-z' + ul + r'0-9-]{1,63}(?<!-))*'
tld = r'\.(?!-)(?:[a-z' + ul + '-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?'
url = re.compile(r'^(?:[a-z0-9.+-]*)://(?:[^\s:@/]+(?::[^\s:@/]*)?@)?(?:' + ipv4 +
                 r'|\[[0-9a-f:.]+\]|(' + host + domain + tld + r'|localhost))'
                 r'(?::[0-9]{1,5})?(?:[/?#][^\s]*)?\Z', re.IGNORECASE)
for u in ['http://example.com/', 'https://user:pw@www.exämple.org:8080/p?q=1#f',
          'http://192.168.0.1', 'http://256.1.1.1', 'http://-bad.com', 'ftp://[::1]/',
          'http://localhost:80', 'http://a b.com', 'HTTP://EXAMPLE.COM', 'http://x.y-']:
    m = url.match(u)
    print(u, bool(m), m and m.group(1))

date_re = re.compile(r'(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$')
dt_re = re.compile(r'(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})[T ](?P<hour>\d{1,2}):(?P<minute>\d{1,2})'
                   r'(?::(?P<second>\d{1,2})(?:[\.,](?P<microsecond>\d{1,6})\d{0,6})?)?'
                   r'\s*(?P<tzinfo>Z|[+-]\d{2}(?::?\d{2})?)?$')
dur_re = re.compile(r'^(?:(?P<days>-?\d+) (days?, )?)?(?P<sign>-?)((?:(?P<hours>\d+):)(?=\d+:\d+))?'
                    r'(?:(?P<minutes>\d+):)?(?P<seconds>\d+)(?:[\.,](?P<microseconds>\d{1,6})\d{0,6})?$')
print(date_re.match('2024-1-31').groupdict(), date_re.match('2024-01-31x'))
print(dt_re.match('2024-01-02T03:04:05.1234567+02:00').groupdict())
print(dt_re.match('2024-01-02 03:04Z').groupdict(), dt_re.match('2024-01-02 3:4 +0530')['tzinfo'])
for v in ['3 days, 10:15:30', '-1 day, 23:59:59.5', '15:30', '30', '1:2:3,25', 'x']:
    m = dur_re.match(v)
    print(repr(v), m and {k: x for k, x in m.groupdict().items() if x is not None})

# Django's EmailValidator (octal escapes inside character classes)
try:
    user_re = re.compile(r"(^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\Z"
                         r'|^"([\001-\010\013\014\016-\037!#-\[\]-\177]|\\[\001-\011\013\014\016-\177])*"\Z)',
                         re.IGNORECASE)
    dom_re = re.compile(r'((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\Z', re.I)
    for e in ['joe@example.com', 'first.last+tag@sub.ex-ample.org', '"quoted.user"@ex.com', '"a@b"@ex.com',
              'bad..dots@ex.com', 'no-at-sign', 'x@-bad.com', 'x@ex.c', "o'k{}@ex.co"]:
        user, _, dom = e.rpartition('@')
        print(e, bool(user and user_re.match(user) and dom_re.match(dom)))
except re.error as e:
    print(type(e).__name__)
