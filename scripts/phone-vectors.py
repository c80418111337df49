#!/usr/bin/env python3
"""Regenerate the phone normalisation vectors used to check dni.js.

libphonenumber (PyPI `phonenumbers`) is the oracle: for every country below it
supplies example numbers, we write each one the ways people put numbers on
web pages, and record the E.164 digits libphonenumber parses each input to.

    pip install phonenumbers
    python3 scripts/phone-vectors.py > Tests/ClientTests/Fixtures/phone-vectors.json
"""
import json
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Kind

# Regions covered; together they exercise every trunk-prefix rule of the client
# (0, NANP 1, 8 in Russia/Kazakhstan, 06 in Hungary, none, Italy's kept 0).
REGIONS = [
    "GB", "IE", "FR", "DE", "AT", "CH", "NL", "BE", "ES", "PT", "IT", "SM", "VA",
    "US", "CA", "PR", "MX", "BR", "AU", "NZ", "JP", "KR", "CN", "IN", "SG", "HK",
    "ZA", "RU", "KZ", "HU", "PL", "SE", "NO", "DK", "FI", "GR", "TR", "IL", "AE",
    "CZ", "CI",
]
KINDS = [Kind.FIXED_LINE, Kind.MOBILE, Kind.TOLL_FREE]


def digits(text):
    return "".join(c for c in text if c.isdigit())


def spellings(number, region):
    """The ways a site might write `number`: formats, separators and prefixes."""
    national = phonenumbers.format_number(number, Fmt.NATIONAL)
    international = phonenumbers.format_number(number, Fmt.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, Fmt.E164)
    cc = str(number.country_code)
    nsn = phonenumbers.national_significant_number(number)
    out = [national, international, e164,
           national.replace(" ", "-"), national.replace(" ", "."),
           "00" + international[1:],
           phonenumbers.format_number(number, Fmt.RFC3966)]
    if cc == "1":
        out += ["1-" + national, "1 " + nsn, "011 " + international[1:]]
    trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    if trunk == "0" and not national.startswith("0"):
        out.append("0" + national)
    if trunk == "0":
        out.append("+%s (0) %s" % (cc, international.split(" ", 1)[1]))
    seen, unique = set(), []
    for text in out:
        if text not in seen:
            seen.add(text)
            unique.append(text)
    return unique


def main():
    vectors, skipped = [], 0
    for region in REGIONS:
        cc = str(phonenumbers.country_code_for_region(region))
        for kind in KINDS:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for text in spellings(example, region):
                try:
                    parsed = phonenumbers.parse(text, region)
                except phonenumbers.NumberParseException:
                    skipped += 1
                    continue
                expected = phonenumbers.format_number(parsed, Fmt.E164)[1:]
                if expected != digits(phonenumbers.format_number(example, Fmt.E164)):
                    skipped += 1  # libphonenumber itself reads this spelling differently
                    continue
                vectors.append({"country_code": cc, "region": region,
                                "input": text, "e164": expected})
    # One vector a line keeps the file small and its diffs readable.
    out = sys.stdout
    out.write('{"generated_by": "scripts/phone-vectors.py",\n')
    out.write(' "phonenumbers_version": %s,\n "vectors": [\n' % json.dumps(phonenumbers.__version__))
    out.write(",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in vectors))
    out.write("\n ]}\n")
    sys.stderr.write("%d vectors, %d regions, %d spellings skipped\n"
                     % (len(vectors), len(REGIONS), skipped))


if __name__ == "__main__":
    main()
