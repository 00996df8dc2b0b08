#!/usr/bin/env python3
"""fill_ts.py — write the Simplified Chinese texts of zh_CN.py into
goschedlab_zh_CN.ts (run after lupdate). Reports source texts that have no
translation yet and exits 1 then, so nothing ships half-translated."""
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from zh_CN import T  # noqa: E402

path = os.path.join(here, 'goschedlab_zh_CN.ts')
tree = ET.parse(path)
missing = []
for msg in tree.getroot().iter('message'):
    src = msg.find('source').text or ''
    tr = msg.find('translation')
    if src in T:
        forms = tr.findall('numerusform')
        if msg.get('numerus') == 'yes' and forms:
            for f in forms:  # zh_CN has one plural form
                f.text = T[src]
        else:
            tr.text = T[src]
        tr.attrib.pop('type', None)
    else:
        missing.append(src)
tree.write(path, encoding='utf-8', xml_declaration=True)
# lupdate's layout: DOCTYPE line after the declaration.
with open(path, encoding='utf-8') as f:
    text = f.read()
if '<!DOCTYPE TS>' not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
with open(path, 'w', encoding='utf-8') as f:
    f.write(text + ('' if text.endswith('\n') else '\n'))
for m in missing:
    print('untranslated:', repr(m), file=sys.stderr)
sys.exit(1 if missing else 0)
