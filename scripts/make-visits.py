#!/usr/bin/env python3
"""Writes a synthetic day of visits as url,referrer CSV, for `dni detect --batch` figures.

    python3 scripts/make-visits.py 1000000 > /tmp/visits.csv

The mix is seeded (the same file every time) and shaped like a busy small-business site: mostly
search and direct, some social, email and ads; every ad click carries its own click id, as real
ones do, and one referrer in ten carries a path of its own.
"""
import random
import sys

SOURCES = [  # (weight, referrer origins, query)
    (30, ["https://www.google.com/", "https://www.google.co.uk/", "https://www.google.de/"], ""),
    (12, [""], ""),
    (5, ["https://www.bing.com/", "https://duckduckgo.com/", "https://www.ecosia.org/", "https://search.brave.com/"], ""),
    (4, ["https://uk.search.yahoo.com/", "https://www.qwant.com/", "https://www.startpage.com/"], ""),
    (8, ["https://www.google.com/"], "gclid"),
    (2, ["https://www.google.com/"], "gbraid"),
    (2, ["https://www.bing.com/"], "msclkid"),
    (3, ["https://l.facebook.com/", "https://lm.facebook.com/", "https://m.facebook.com/"], "fbclid"),
    (1, ["https://www.tiktok.com/"], "ttclid"),
    (4, ["https://l.facebook.com/", "https://www.instagram.com/", "https://t.co/", "https://www.linkedin.com/"], ""),
    (2, ["https://www.youtube.com/", "https://www.reddit.com/", "https://nextdoor.co.uk/", "https://www.yelp.co.uk/"], ""),
    (3, ["https://mail.google.com/", "https://outlook.live.com/", "https://mail.yahoo.com/", "https://web.de/"], ""),
    (3, [""], "utm"),
    (1, ["https://chatgpt.com/", "https://www.perplexity.ai/", "https://gemini.google.com/"], ""),
    (1, ["https://googleads.g.doubleclick.net/", "https://tpc.googlesyndication.com/"], ""),
    (6, ["https://www.checkatrade.com/", "https://www.trustatrader.com/", "https://www.yell.com/",
         "https://forum.example.org/", "https://news.example.co.uk/"], ""),
    (3, ["https://www.shop.example/"], ""),
]
PAGES = ["/", "/plumbing", "/heating", "/boilers", "/contact", "/about", "/emergency", "/prices"] + [
    "/blog/post-%d" % n for n in range(200)]


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    rng = random.Random(14)
    weights = [s[0] for s in SOURCES]
    out = sys.stdout
    out.write("url,referrer\n")
    for n in range(rows):
        _, origins, query = rng.choices(SOURCES, weights)[0]
        referrer = rng.choice(origins)
        if referrer and rng.random() < 0.1 and "shop.example" not in referrer:
            referrer += "thread/%d" % rng.randrange(100000)
        url = "https://shop.example" + rng.choice(PAGES)
        if query == "utm":
            url += "?utm_source=newsletter&utm_medium=email&utm_campaign=week%d" % rng.randrange(52)
        elif query:
            url += "?%s=%x" % (query, rng.getrandbits(64))
        out.write(url + "," + referrer + "\n")


if __name__ == "__main__":
    main()
