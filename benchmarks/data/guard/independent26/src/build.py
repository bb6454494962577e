"""Write items.jsonl from src/<lang>.txt. Standard library only."""
import collections
import json
import os

from common import HERE, LANGS, parse

OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")
counter = collections.Counter()
with open(OUT, "w", encoding="utf-8") as fh:
    for lang in LANGS:
        for _n, channel, labels, hard, text, note in parse(lang):
            counter[(lang, channel)] += 1
            item = collections.OrderedDict()
            item["id"] = "%s-%s-%04d" % (lang, channel, counter[(lang, channel)])
            item["text"] = text
            item["lang"] = lang
            item["channel"] = channel
            item["labels"] = labels
            item["hard"] = hard == "h"
            item["note"] = note
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
print("wrote %s (%d items)" % (OUT, sum(counter.values())))
