#!/usr/bin/env python3
"""Developer helper: fill translations into a .ts file from a JSON map {context: {source: translation}}.

    scripts/ts-fill.py translations/smtpdesk_vi.ts vi.json
    scripts/ts-fill.py --list translations/smtpdesk_vi.ts      # print unfinished entries as JSON

Entries given a translation lose their "unfinished" mark. Not used by the build.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def main():
    """Plural messages take a list of forms: vi has one, en and es two (singular, plural)."""
    if sys.argv[1] == "--list":
        tree = load(sys.argv[2])
        out = {}
        for ctx in tree.getroot().iter("context"):
            name = ctx.find("name").text
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr.get("type") == "unfinished":
                    out.setdefault(name, {})[msg.find("source").text] = ""
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        return
    ts_path, map_path = sys.argv[1], sys.argv[2]
    mapping = json.load(open(map_path, encoding="utf-8"))
    tree = load(ts_path)
    missing = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for msg in ctx.iter("message"):
            src = msg.find("source").text
            tr = msg.find("translation")
            value = mapping.get(name, {}).get(src)
            if isinstance(value, list) and value:
                forms = tr.findall("numerusform")
                if len(forms) != len(value):
                    print(f"{ts_path}: [{name}] {src!r} needs {len(forms)} plural forms", file=sys.stderr)
                    missing += 1
                    continue
                for form, text in zip(forms, value):
                    form.text = text
                tr.attrib.pop("type", None)
            elif value:
                tr.text = value
                tr.attrib.pop("type", None)
            elif tr.get("type") == "unfinished":
                missing += 1
    save(tree, ts_path)
    print(f"{ts_path}: {missing} still unfinished")


if __name__ == "__main__":
    main()
