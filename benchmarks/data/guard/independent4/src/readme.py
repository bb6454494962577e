#!/usr/bin/python3
"""Write README.md with counts taken from items.jsonl, dev.jsonl and test.jsonl."""
import json, os
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature", "calendar",
            "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric", "health",
          "sex_life_orientation", "child_under_13"]
def load(n):
    p = os.path.join(ROOT, n)
    return [json.loads(l) for l in open(p, encoding="utf-8")] if os.path.exists(p) else []
items, dev, test = load("items.jsonl"), load("dev.jsonl"), load("test.jsonl")
N = len(items)
neg = [i for i in items if not i["labels"]]
hard = [i for i in items if i["hard"]]
pos = [i for i in items if i["labels"]]
impl = [i for i in pos if i["note"].startswith("implicit:")]
multi = [i for i in pos if len(i["labels"]) > 1]
lang = Counter(i["lang"] for i in items)
ch = Counter(i["channel"] for i in items)
ll = Counter((i["lang"], l) for i in items for l in i["labels"])
lab = Counter(l for i in items for l in i["labels"])
def table():
    rows = ["| label | " + " | ".join(LANGS) + " | total |", "|---" * (len(LANGS) + 2) + "|"]
    for l in LABELS:
        rows.append("| %s | %s | %d |" % (l, " | ".join(str(ll[(g, l)]) for g in LANGS), lab[l]))
    rows.append("| negatives | %s | %d |" % (" | ".join(str(sum(1 for i in neg if i["lang"] == g)) for g in LANGS), len(neg)))
    rows.append("| of which hard | %s | %d |" % (" | ".join(str(sum(1 for i in hard if i["lang"] == g)) for g in LANGS), len(hard)))
    rows.append("| items | %s | %d |" % (" | ".join(str(lang[g]) for g in LANGS), N))
    return "\n".join(rows)
def chtable():
    lc = Counter((i["lang"], i["channel"]) for i in items)
    rows = ["| channel | " + " | ".join(LANGS) + " | total |", "|---" * (len(LANGS) + 2) + "|"]
    for c in CHANNELS:
        rows.append("| %s | %s | %d |" % (c, " | ".join(str(lc[(g, c)]) for g in LANGS), ch[c]))
    return "\n".join(rows)
text = """# Blind evaluation set 4: GDPR Art. 9 special categories + child under 13

Date: 2026-12-06 (also the reference date for every age judgement).

## How it was written
One writer, by hand. Every text was composed individually (no templates filled from word lists, no generator),
working only from:
- the GDPR Art. 9(1) definitions (racial or ethnic origin; political opinions; religious or philosophical beliefs;
  trade-union membership; genetic data; biometric data processed to identify a person; data concerning health;
  sex life or sexual orientation), plus "the person is a child under 13";
- general knowledge of the eight languages, their countries and how people type into real systems;
- the labelling rules, label names and JSON schema in the README of the earlier independent set
  (`benchmarks/data/guard/independent/README.md`).

Blindness: that README was the only project file opened. No classifier, rule list, training data, test, other
evaluation set, issue or project source was opened, listed, searched or run while this set was written, and no
search tool was pointed at the project. Only `/usr/bin/python3` and its standard library were used.

Texts imitate tickets, chats, call notes, form fields, reviews, e-mail signatures, calendar entries,
file/host/device names, CSV cells and JSON values, with local detail per country: less common parties
(ÖDP, SSW, BSW, Teruel Existe, Compromís, BNG, SVP, Livre, PCdoB, Rede, JA21, DENK, SGP, PvdD, Razem, Ruch Autonomii
Śląska ...), unions (Usdaw, ASLEF, PCS, NGG, EVG, GdP, SUD, CFE-CGC, CSN, FGTB, ELA, LAB, CIG, UOCRA, USB, Gilda,
STAL, SPGL, APEOESP, AOb, NU'91, ACLVB, OZZPiP, Sierpień 80 ...), faiths and observances (Alevi cem, Soka Gakkai
gongyo, Umbanda, Candomblé, Spiritism, Jain Paryushana, Sikh gurpurab and Vaisakhi, Biddag, Hersteld Hervormd elder,
kolęda, shiva, Rocío pilgrimage, church-tax codes, leaving a church), minorities (Sorbs, North Frisians, Danish
minority, Sinti, Manouches, Kanak, Innu, Arbëreshë, Ladins, Grecanici, Quilombolas, Guarani Kaiowá, Moluccans,
Lemkos, Kashubians, Silesians, Karaims, Polish Tatars, Bubi, Wayuu, Rarámuri ...), medicines that imply a condition
(Marcumar, Sintrom, Previscan, Coumadin, Thyrax, Eutirox, Puran T4, Euthyrox, Depakin, Subutex, Rivotril,
methylphenidate, Acard + Bisocard ...), school systems (Reception, P5, Year 2-5, CE1-CM2, grande section,
3º/5º Primaria, Infantil 5 años, Sala de 5, quarta elementare, 1.º ciclo, Maternal II, groep 2-8, kleuterklas,
zerówka, klasa 2-5, PESEL-encoded birth dates) and identity apps (EasyPass, Parafe, itsme, Cl@ve, SPID/CIE, gov.br).

Positives are first and third person, explicit and implicit (medication implying a condition, observance implying a
faith, union role implying membership, same-gender partner or spouse implying orientation, school year or birth date
implying an age under 13, a child writing), in lower-case chat with typos and missing accents, buried in the middle
of tickets, as terse CSV cells and JSON values, and as hyphen/underscore/camelCase file and device names.
Hard negatives use the category vocabulary without a disclosure about an identifiable person: idioms ("pray for me",
"Glaubensfrage", "ma foi", "que Dios nos pille confesados", "god zegene de greep"), false friends (schwül, partido =
match or broken, partito = departed, partij/partia = batch, Fede as a nickname, związek chemiczny, ANWB, tenants'
unions), policies, blank form questions, job titles, news and strikes, public holidays, "European Union" and
street names, drug names in catalogues, DNA tests for dogs, DPIA drafts, product demos, age ratings, kids' menus,
ages of objects, teachers and classes without an identified child, and people who are exactly 13 or older.

Labels follow the one-line rules of the README named above (repeated here in short): a label needs a disclosure
about an identifiable person (writer, named/addressed person, or the person of a record/row/file); several labels
are given when several categories are disclosed; `hard` is true only for negatives that use category vocabulary;
notes start with `implicit:` when the disclosure has no obvious category keyword. Notes were written in English
directly.

## Files and pipeline
- `src/<lang>.txt`: one item per line, `channel|labels|H|text|note` (labels comma-separated or `-`; `H` marks a
  hard negative, `-` otherwise).
- `src/build.py` -> `items.jsonl` (ids `<lang>-<channel>-NNNN`, numbered in file order per language and channel).
- `src/check.py`: parsing, valid channels/labels, hard only on negatives, text length 1-600, unique ids, unique texts
  (case-insensitive), and balance targets (>= 880 items, hard >= 22 %%, every channel in every language, >= 8
  positives per label per language and >= 12 for child_under_13). Exit status 1 on any error.
- `src/edit.py`: small helper used while hand-editing the source files (replace/delete a line found by a
  substring, append lines); it generates nothing.
- `split.py` -> `dev.jsonl` / `test.jsonl`, stratified by (lang, first label or `none`) with seed 20261206, and
  `MANIFEST.txt` (counts per half and SHA-256 of each file).
- `src/readme.py` writes this README's count sections from the jsonl files.

Schema of every jsonl row: `id`, `text`, `lang`, `channel`, `labels` (list, empty = negative), `hard` (bool),
`note`.

## Counts (items.jsonl)
- total %d; negatives %d (%.1f %%), of which hard %d (%.1f %% of negatives, %.1f %% of all items);
  positives %d, of which %d (%.1f %%) are marked `implicit:` and %d carry more than one label.
- split: dev %d / test %d (per-half counts and SHA-256s in `MANIFEST.txt`).

Labels and negatives per language:

%s

Channels per language:

%s

## Known limits
- Scenario types recur across languages (adding a same-sex spouse to a policy or account, a child's birth date in a
  sports-club call note, a union rep at a disciplinary meeting, a carrier result in a JSON record, a face-template
  file name, a blank "are you in a union?" question, a book review on union history, a dog-breed field ...). The
  wording and local detail differ, but items in different languages are not independent samples.
- Per-language samples are small: racial_ethnic, genetic, biometric and sex_life_orientation have exactly 8
  positives per language, child_under_13 has 12-14, so per-language per-label scores are noisy.
- The set is larger than the ~920 aimed at (%d items, about 130 per language).
- One writer for all eight languages; the non-English texts were not checked by native speakers. Local details
  (party and union names, app behaviour, school-year mappings, holidays) come from general knowledge and may be
  dated or slightly off. Missing accents and typos are deliberate in chat items.
- Borderline calls were made by the rules above and other reasonable choices exist, for example: a Polish "partner"
  named as insurance beneficiary (labelled orientation), a same-sex parents' association outing, North Frisians and
  Kashubians treated as ethnic minorities, a Hindostani cultural association treated as ethnic only, a Muslim burial
  arranged for a deceased father (religious), pharmacogenetic results (genetic; health only where a treated
  condition is stated), fertility and pregnancy check-ups (health), tenants' unions (negative).
- Some positives are one-word record cells ("gay", "rom", "hindoe", "ateista") that rely on the record context the
  rules assume; some hard negatives (e.g. class labels like "3e B" or "8 klasa") are equally terse.
- `implicit:` and `hard` markings are the writer's judgement.
- School-year ages assume the usual cut-off dates of each country; ambiguous years (UK Year 8, 1º ESO, brugklas,
  seconda media) were avoided as positives.
""" % (N, len(neg), 100.0 * len(neg) / N, len(hard), 100.0 * len(hard) / len(neg), 100.0 * len(hard) / N,
       len(pos), len(impl), 100.0 * len(impl) / len(pos), len(multi), len(dev), len(test), table(), chtable(), N)
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README.md written")
