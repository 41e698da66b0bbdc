#!/usr/bin/env python3
"""Checks that every translations/*.ts is complete and in sync with the GUI sources.

    check-ts.py --lupdate PATH --sources DIR --ts-dir DIR

For each .ts: runs lupdate (the options of translations/CMakeLists.txt) over the
sources into a temporary copy, so strings added or changed in the code since the
last `update_translations` show up, then fails on
  - a message that is unfinished (new, changed, or never translated),
  - a vanished or obsolete message (the .ts holds strings the code no longer has),
  - a translation whose %1..%9 / %n placeholders differ from the source's,
    an empty numerus form, or a lost keyboard accelerator (&),
  - a .ts whose language attribute does not match its file name.
It prints every problem with its context and exits 1, or 0 when all is well.
"""
import argparse, pathlib, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

ap = argparse.ArgumentParser()
ap.add_argument('--lupdate', required=True)
ap.add_argument('--sources', required=True)
ap.add_argument('--ts-dir', required=True)
args = ap.parse_args()

ts_files = sorted(pathlib.Path(args.ts_dir).glob('*.ts'))
if not ts_files:
    sys.exit(f'check-ts: no .ts file in {args.ts_dir}')


def placeholders(text):
    return set(re.findall(r'%(?:[1-9]|n)', text))


def accelerators(text):
    text = re.sub(r'&(?:[A-Za-z]+|#\d+);', '', text).replace('&&', '')
    return text.count('&')


failures = 0
with tempfile.TemporaryDirectory() as tmp:
    for ts in ts_files:
        copy = pathlib.Path(tmp) / ts.name
        shutil.copy(ts, copy)
        run = subprocess.run([args.lupdate, '-locations', 'none', '-no-obsolete', args.sources, '-ts', str(copy)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            sys.exit(f'check-ts: lupdate failed on {ts.name}')
        problems = []
        original = {(c.findtext('name'), m.findtext('source'))
                    for c in ET.parse(ts).getroot().iter('context') for m in c.iter('message')}
        root = ET.parse(copy).getroot()
        lang = ts.stem.split('_', 1)[1] if '_' in ts.stem else ''
        if root.get('language') != lang:
            problems.append(f'language="{root.get("language")}", the file name says "{lang}"')
        total = 0
        for context in root.iter('context'):
            name = context.findtext('name')
            for msg in context.iter('message'):
                total += 1
                source = msg.findtext('source') or ''
                tr = msg.find('translation')
                kind = tr.get('type') if tr is not None else 'missing'
                where = f'[{name}] {source!r}'
                if (name, source) not in original:
                    problems.append(f'not in the .ts yet (run the update_translations target): {where}')
                    continue
                if kind in ('vanished', 'obsolete'):
                    problems.append(f'{kind} (no longer in the sources): {where}')
                    continue
                if kind is not None:
                    problems.append(f'{kind}: {where}')
                    continue
                forms = [f.text or '' for f in tr.iter('numerusform')] if msg.get('numerus') == 'yes' \
                    else [tr.text or '']
                for form in forms:
                    if not form.strip():
                        problems.append(f'empty translation: {where}')
                    elif placeholders(form) != placeholders(source):
                        problems.append(f'placeholders {sorted(placeholders(form))} instead of '
                                        f'{sorted(placeholders(source))}: {where} -> {form!r}')
                    elif accelerators(form) != accelerators(source):
                        problems.append(f'accelerator (&) count differs: {where} -> {form!r}')
        # lupdate -no-obsolete drops what the sources lost: compare with the file as committed.
        current = {(c.findtext('name'), m.findtext('source')) for c in root.iter('context') for m in c.iter('message')}
        for name, source in sorted(original - current):
            problems.append(f'no longer in the sources (run the update_translations target): [{name}] {source!r}')
        if problems:
            failures += len(problems)
            print(f'FAIL {ts.name}: {len(problems)} problem(s) in {total} message(s)')
            for p in problems:
                print(f'  {p}')
        else:
            print(f'ok {ts.name}: {total} message(s), all translated and in sync with the sources')
sys.exit(1 if failures else 0)
