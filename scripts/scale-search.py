#!/usr/bin/env python3
"""Staff search and case page timings for scripts/scale-test.sh (standard library only).

Signs in as a staff account, then posts each search form combination REPEAT times and opens
REPEAT case pages, on loopback. Prints one line per form: p50 and p95 in ms, as the client saw
them (loopback HTTP included, so an upper bound on the server's time), and the rows it found.

    scale-search.py BASE_URL USER PASSWORD CODES_FILE [REPEAT]
"""
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

base, user, password, codes_file = sys.argv[1:5]
repeat = int(sys.argv[5]) if len(sys.argv) > 5 else 40
codes = [line.strip() for line in open(codes_file) if line.strip()]
rng = random.Random(7)

# The sign-in cookie is Secure (it is, outside Development), and this client speaks plain HTTP on
# loopback, so cookies are kept by hand rather than by http.cookiejar, which would withhold it.
cookies = {}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def send(request):
    request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
    try:
        response = opener.open(request, timeout=60)
    except urllib.error.HTTPError as redirect:
        if redirect.code not in (301, 302, 303):
            raise
        response = redirect
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        cookies[name.strip()] = rest.split(";", 1)[0]
    body = response.read().decode()
    location = response.headers.get("Location")
    return get(location) if response.status in (301, 302, 303) and location else body


def get(path):
    return send(urllib.request.Request(path if path.startswith("http") else base + path))


def post(path, fields):
    return send(urllib.request.Request(base + path, data=urllib.parse.urlencode(fields).encode()))


def token(html):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)


login = get("/account/login")
post("/account/login", {"Input.UserName": user, "Input.Password": password, "__RequestVerificationToken": token(login)})
staff = get("/staff")
if 'id="case-search"' not in staff:
    sys.exit("could not sign in as " + user)
search_token = token(staff)

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number():
    body = rng.choice(["610502", "500103", "500106"]) + "%04d%02d%02d" % (rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28)) + "%03d" % rng.randint(0, 999)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, WEIGHTS)) % 11]


def day(days_ago):
    return time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600 - days_ago * 86400))


surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "隗", "亓"]
masked = lambda: rng.choice(surnames[:10]) + "*" + rng.choice("明华伟芳娜敏静丽强磊军洋勇艳杰")
forms = {
    "code": lambda: {"Input.Code": rng.choice(codes)},
    "id number": lambda: {"Input.IdNumber": id_number()},
    "surname": lambda: {"Input.Name": rng.choice(surnames)},
    "masked name": lambda: {"Input.Name": masked()},
    "city + days": lambda: {"Input.City": rng.choice(["weinan", "chongqing"]), "Input.From": day(rng.randint(30, 900)), "Input.To": day(rng.randint(0, 29))},
    "days": lambda: {"Input.From": day(rng.randint(1, 900)), "Input.To": day(0)},
    "city + surname": lambda: {"Input.City": rng.choice(["weinan", "chongqing"]), "Input.Name": rng.choice(surnames)},
    "masked name + days": lambda: {"Input.Name": masked(), "Input.From": day(365), "Input.To": day(0)},
    "city + days + surname": lambda: {"Input.City": "weinan", "Input.Name": rng.choice(surnames), "Input.From": day(400), "Input.To": day(100)},
    "code + city": lambda: {"Input.Code": rng.choice(codes), "Input.City": "weinan"},
    "id number + name": lambda: {"Input.IdNumber": id_number(), "Input.Name": masked()},
}


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(label, call):
    call()  # warm-up
    times, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        html = call()
        times.append((time.perf_counter() - start) * 1000)
        found += html.count("<tr data-code=")
    print(f"{label:24s} p50 {percentile(times, 50):7.1f} ms   p95 {percentile(times, 95):7.1f} ms   rows/search {found / repeat:6.1f}")
    return percentile(times, 95)


worst = 0.0
print(f"staff search ({repeat} posts per form, newest 100 per page):")
for label, fields in forms.items():
    worst = max(worst, measure(label, lambda: post("/staff", dict(fields(), __RequestVerificationToken=search_token))))

# A second page through its token, for a surname with many cases.
first = post("/staff", {"Input.Name": "王", "__RequestVerificationToken": search_token})
next_token = re.search(r'name="page" value="([^"]+)"', first)
if next_token:
    worst = max(worst, measure("surname, page 2", lambda: post("/staff?handler=Next", {"page": next_token.group(1), "__RequestVerificationToken": search_token})))

print("staff case page:")
case_p95 = measure("case page", lambda: get("/staff/case/" + rng.choice(codes)))
print(f"search_worst_p95_ms={worst:.1f} case_page_p95_ms={case_p95:.1f}")
