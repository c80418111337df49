#!/usr/bin/env python3
"""Regenerate the per-country phone metadata that dni.js uses to tell phone numbers from other digits.

libphonenumber (PyPI `phonenumbers`) is the source. For every country calling code it gives one compact
entry: the trunk prefix, where a national number may be written without it, the possible lengths and
first digits of national significant numbers, and how the country groups its digits. docs/client.md
("Phone metadata") explains the format; the generator puts only the entries a build needs into dni.js.

    pip install phonenumbers==9.0.43 regex
    python3 scripts/phone-metadata.py > snippet/phone-metadata.json
"""
import collections
import json
import re
import sys

import phonenumbers
import regex
from phonenumbers import PhoneMetadata, PhoneNumberFormat
from phonenumbers.phonenumberutil import PhoneNumberType, _number_desc_by_type

# Every kind of number a business might print.
KINDS = [PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
         PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
         PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER, PhoneNumberType.UAN,
         PhoneNumberType.VOICEMAIL]
# Digits used to fill a sample number after its prefix; formats are picked by leading digits only.
FILLS = "0257"


def regions_of(cc):
    """The regions sharing a calling code, the main one first (libphonenumber's own order)."""
    return phonenumbers.COUNTRY_CODE_TO_REGION_CODE[cc]


def metadata(cc, region):
    return PhoneMetadata.metadata_for_region_or_calling_code(cc, region)


def trunk_of(md):
    """The trunk prefix as a regex source: the parsing alternatives that start with the national prefix."""
    prefix = md.national_prefix
    if not prefix:
        return ""
    parsing = md.national_prefix_for_parsing or prefix
    options = [p for p in parsing.split("|") if re.fullmatch(r"[\d?]+", p) and p.startswith(prefix)]
    return options[0] if options else prefix


def valid_prefixes(cc):
    """{(two-digit prefix, length)} for which some kind of number of some region of `cc` exists."""
    found = set()
    for region in regions_of(cc):
        md = metadata(cc, region)
        if md is None:
            continue
        for kind in KINDS:
            desc = _number_desc_by_type(md, kind)
            if desc is None or not desc.national_number_pattern:
                continue
            lengths = [n for n in (desc.possible_length or md.general_desc.possible_length) if n > 0]
            pattern = regex.compile(desc.national_number_pattern)
            for first in range(100):
                pp = "%02d" % first
                if pattern.fullmatch(pp, partial=True):
                    # E.164 allows 15 digits with the calling code.
                    found.update((pp, n) for n in lengths if 3 <= n <= 15 - len(str(cc)))
    return found


def national_format(cc, nsn):
    """libphonenumber's national format of a national significant number of `cc`."""
    number = phonenumbers.PhoneNumber(country_code=cc, national_number=int(nsn))
    if nsn.startswith("0"):
        number.italian_leading_zero = True
        number.number_of_leading_zeros = len(nsn) - len(nsn.lstrip("0"))
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def shape(cc, trunk, pp, length):
    """(digit group sizes of the national number, whether the trunk prefix is written) for prefix+length."""
    votes = collections.Counter()
    for fill in FILLS:
        nsn = (pp + fill * length)[:length]
        text = national_format(cc, nsn)
        if text == nsn:
            continue  # no format of the country applies to this sample
        groups = [len(g) for g in re.findall(r"\d+", text)]
        digits = "".join(re.findall(r"\d", text))
        written = bool(trunk) and digits != nsn and digits.endswith(nsn)
        if written:  # the trunk belongs to the first group (or is one of its own)
            extra = len(digits) - len(nsn)
            groups[0] -= extra
            if groups[0] == 0:
                groups.pop(0)
        if sum(groups) == length and all(0 < g < 10 for g in groups):
            votes[("".join(map(str, groups)), written)] += 1
    return votes.most_common(1)[0][0] if votes else None


def entry(cc):
    """The compact entry of one calling code: TRUNK BARE LENGTHS FIRST FORMATS (docs/client.md)."""
    md = metadata(cc, regions_of(cc)[0])
    trunk = trunk_of(md)
    prefixes = valid_prefixes(cc)
    shapes = {}
    for pp, n in sorted(prefixes):
        s = shape(cc, trunk, pp, n)
        if s:
            shapes[(pp, n)] = s
    lengths = sorted({n for _, n in prefixes})
    first = sorted({pp[0] for pp, _ in prefixes})
    # Prefixes written without the trunk prefix in national format.
    bare = sorted({pp for (pp, _), (_, written) in shapes.items() if trunk and not written})
    bare_field = compress(bare, {pp for pp, _ in prefixes})
    # Groupings, whatever the length: the sizes of all groups but the last (which takes the rest),
    # the commonest first, then each other grouping with the prefixes that use it.
    # A prefix's grouping at the country's typical length wins over its others.
    typical = collections.Counter(n for _, n in shapes).most_common(1)[0][0] if shapes else 0
    per_prefix = collections.defaultdict(collections.Counter)
    for (pp, n), (g, _) in shapes.items():
        per_prefix[pp][g[:-1]] += 100 if n == typical else 1
    best = {pp: votes.most_common(1)[0][0] for pp, votes in per_prefix.items()}
    formats = []
    if best:
        common = collections.Counter(best.values()).most_common(1)[0][0]
        formats.append(common)
        odd = collections.defaultdict(list)
        for pp, g in sorted(best.items()):
            if g != common:
                odd[g].append(pp)
        formats.extend(g + "/" + compress(pps, set(best)) for g, pps in sorted(odd.items()))
    return " ".join([trunk, bare_field, "".join("%x" % n for n in lengths), "".join(first), ",".join(formats)])


def ranges(digits):
    """Sorted digits as a character class body, runs of three or more as ranges: '0135679' -> '01356-9'."""
    out, i = "", 0
    while i < len(digits):
        j = i
        while j + 1 < len(digits) and int(digits[j + 1]) == int(digits[j]) + 1:
            j += 1
        out += digits[i] + ("-" + digits[j] if j - i >= 2 else "".join(digits[i + 1:j + 1]))
        i = j + 1
    return out


def compress(pps, universe):
    """Two-digit prefixes as a short regex source ('3[02]|69|8'); a digit alone where every valid prefix
    starting with it is listed; '*' when every valid prefix is."""
    if pps and set(pps) == universe:
        return "*"
    alternatives = []
    for d in "0123456789":
        mine = sorted(p[1] for p in pps if p[0] == d)
        every = [p for p in universe if p[0] == d]
        if not mine:
            continue
        if len(mine) == len(every):
            alternatives.append(d)
        else:
            alternatives.append(d + (mine[0] if len(mine) == 1 else "[" + ranges(mine) + "]"))
    return "|".join(alternatives)


def main():
    # Geographic calling codes only: the non-geographic ones (800 freephone, 882 networks ...) are "001".
    countries = {str(cc): entry(cc) for cc in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
                 if regions_of(cc)[0] != "001"}
    out = sys.stdout
    out.write('{"generated_by": "scripts/phone-metadata.py",\n')
    out.write(' "phonenumbers_version": %s,\n "countries": {\n' % json.dumps(phonenumbers.__version__))
    out.write(",\n".join("  %s: %s" % (json.dumps(k), json.dumps(v)) for k, v in countries.items()))
    out.write("\n }}\n")
    sys.stderr.write("%d calling codes, %d characters\n" % (len(countries), sum(map(len, countries.values()))))


if __name__ == "__main__":
    main()
