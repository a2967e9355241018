#!/usr/bin/env python3
"""Deterministic generator of a benchmark market for Markedsradar.

Writes, for --docs N records (organisations, solutions and needs; Danish and English):
  records.jsonl            the records in the contract format (CONTRACT section 2)
  scriptindex-da.txt/-en.txt  the same records as scriptindex input, one file per
                           stemming language, and records.script, the index script that
                           gives scriptindex the fields and weights of radar's schema
  html/HOST/...            --pages N HTML pages of organisation websites, --pages-per-host
                           each, with a front page and robots.txt (for radar-index
                           ingest-html, omindex, and the crawl benchmark's loopback hosts)
  needs.jsonl              --needs N realistic needs of 30-150 words ({"need": TEXT}), and
                           warmup.jsonl, N other needs to warm caches with
  text.tsv                 id TAB title TAB body, the searchable text of each record (SQLite FTS5)

Text comes from bigram chains trained on the shipped corpora (corpora/records,
corpora/needs; thesaurus terms and areas from corpora/thesaurus), one chain per
language; each record's description is as many words as a shipped record's of the
same type (drawn from their word counts), so the market is as dense as the real
one. A long tail of Danish compounds, brand and place names makes the vocabulary
grow with the corpus as real text does. Built-in word lists stand in
when the corpora are missing. The output depends only on the arguments: records
are made in chunks of 10,000, each from its own seed, so --jobs does not change it.

python3 only, no packages. Usage:
  bench/generate.py --out DIR --docs 100000 [--pages 10000] [--pages-per-host 250] [--needs 200]
                    [--formats jsonl,scriptindex,text] [--seed 1] [--jobs 2]
"""

import argparse
import glob
import json
import multiprocessing
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHUNK = 10000

FALLBACK = {
    "da": ("Vi søger en løsning til borgere med demens i eget hjem og på plejecentre, hvor personalet "
           "får besked om natten, når en borger forlader sengen eller falder. Løsningen skal kunne bruges "
           "af hjemmeplejen uden lang oplæring og skal integreres med omsorgsjournalen. Sensorer, alarmer, "
           "loftlifte, vendesystemer, medicindispensere og skærmbesøg gør hverdagen tryggere for borgerne "
           "og mindsker tunge løft for medarbejderne. Kommunen ønsker dokumentation for effekt, "
           "driftsøkonomi og implementering i plejeboliger og på bosteder."),
    "en": ("We are looking for a solution for citizens with dementia living at home and in care homes, "
           "where staff are alerted at night when a resident leaves the bed or falls. The solution must be "
           "usable by home care without long training and integrate with the care record system. Sensors, "
           "alarms, ceiling hoists, turning systems, medicine dispensers and video visits make everyday life "
           "safer for citizens and reduce heavy lifting for staff. The municipality wants evidence of effect, "
           "operating costs and implementation in nursing homes and supported housing."),
}
REGIONS = {"DK": ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"],
           "SE": ["Skåne", "Västra Götaland", "Stockholm"], "NO": ["Oslo", "Viken", "Vestland"],
           "GB": ["Greater London", "Scotland"], "DE": ["Schleswig-Holstein", "Hamburg"], "FI": ["Uusimaa"]}
MUNICIPALITIES = ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Randers", "Viborg", "Kolding", "Silkeborg",
                  "Herning", "Horsens", "Roskilde", "Næstved", "Slagelse", "Gentofte", "Gladsaxe", "Holbæk",
                  "Svendborg", "Hjørring", "Frederikshavn", "Skive", "Sønderborg", "Haderslev", "Aabenraa",
                  "Fredericia", "Helsingør", "Hillerød", "Køge", "Ballerup", "Lyngby-Taarbæk", "Rudersdal",
                  "Holstebro", "Ringkøbing-Skjern", "Varde", "Middelfart", "Nyborg", "Faaborg-Midtfyn",
                  "Guldborgsund", "Lolland", "Vordingborg", "Bornholm", "Thisted", "Mariagerfjord", "Rebild",
                  "Vesthimmerland", "Norddjurs", "Syddjurs", "Favrskov", "Skanderborg", "Odder", "Hedensted",
                  "Billund", "Vejen", "Tønder", "Kalundborg", "Odsherred", "Sorø", "Ringsted", "Faxe",
                  "Stevns", "Greve", "Solrød", "Høje-Taastrup", "Albertslund", "Brøndby", "Hvidovre",
                  "Rødovre", "Herlev", "Furesø", "Allerød", "Egedal", "Frederikssund", "Halsnæs", "Gribskov",
                  "Fredensborg", "Hørsholm", "København", "Frederiksberg", "Tårnby", "Dragør"]
CERTIFICATIONS = ["CE-mærket medicinsk udstyr klasse I", "CE-mærket medicinsk udstyr klasse IIa", "ISO 13485",
                  "ISO 27001", "EN 50134", "GDPR-databehandleraftale", "MDR klasse I", "IEC 60601-1"]
INTEGRATIONS = ["Cura", "Nexus", "Sensum", "EG Sensum One", "Columna Cura", "FMK", "KMD Nexus", "Vitae",
                "HL7 FHIR", "Sundhedsjournalen", "NemLog-in", "MitID", "Tunstall PNC", "Sikom", "Careium"]
PROCUREMENT = ["SKI 02.06 rammeaftale", "kommunal hjælpemiddelaftale", "direkte køb", "regional rammeaftale",
               "udbud efter forhandling", "OPI-samarbejde", "leasing"]
PRICE_MODELS = ["abonnement pr. borger pr. måned", "engangskøb", "licens pr. institution", "leasing",
                "pris pr. enhed", "subscription per resident", "one-off purchase"]
ORG_TYPES = [("company", 70), ("research", 10), ("municipality", 8), ("cluster", 4), ("public", 4), ("other", 4)]
COUNTRIES = [("DK", 60), ("SE", 15), ("NO", 10), ("GB", 8), ("DE", 4), ("FI", 3)]
MATURITIES = [("market", 55), ("pilot", 20), ("prototype", 15), ("idea", 10)]
STATUSES = ["behov", "matche", "udvikle", "udbrede"]
SUFFIXES = {"DK": ["ApS", "A/S", "IVS", "I/S"], "SE": ["AB"], "NO": ["AS"], "GB": ["Ltd", "plc"],
            "DE": ["GmbH"], "FI": ["Oy"]}
SYLLABLES = ["ka", "ve", "lo", "mi", "ra", "sen", "tor", "dan", "vik", "hol", "ber", "gar", "lin", "nor", "sol",
             "tek", "med", "care", "fin", "sa", "ro", "ly", "ne", "by", "strup", "havn", "lund", "mark", "dal"]
WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def weighted(rng, pairs):
    total = sum(weight for _, weight in pairs)
    pick = rng.random() * total
    for value, weight in pairs:
        pick -= weight
        if pick < 0:
            return value
    return pairs[-1][0]


class Chain:
    """A bigram chain over the words of one language, with sentence starts."""

    def __init__(self, texts):
        self.successors = {}
        self.starts = []
        for text in texts:
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                words = sentence.split()
                if len(words) < 3:
                    continue
                self.starts.append(words[0])
                for a, b in zip(words, words[1:]):
                    self.successors.setdefault(a, []).append(b)
        self.vocabulary = sorted({w.strip(".,;:()!?\"'").lower() for ws in self.successors.values() for w in ws
                                  if len(w.strip(".,;:()!?\"'")) >= 4 and w.strip(".,;:()!?\"'").isalpha()})

    def sentence(self, rng, tail, max_words=28):
        word = rng.choice(self.starts)
        out = [word]
        while len(out) < max_words and not word.endswith((".", "!", "?")):
            following = self.successors.get(word)
            if not following:
                break
            word = following[int(rng.random() * len(following))]
            if tail and rng.random() < 0.06 and word.isalpha() and word.islower():
                out.append(tail(rng))  # the chain goes on from the word it replaced
            else:
                out.append(word)
        text = " ".join(out)
        return text if text.endswith((".", "!", "?")) else text.rstrip(",;:") + "."

    def text(self, rng, words, tail):
        out, count = [], 0
        while count < words:
            sentence = self.sentence(rng, tail)
            out.append(sentence)
            count += sentence.count(" ") + 1
        return " ".join(out)


def read_corpora():
    texts = {"da": [], "en": []}
    titles = {"da": [], "en": []}
    areas = set()
    municipalities = set()
    lengths = {"organisation": [], "solution": [], "need": []}
    for path in sorted(glob.glob(os.path.join(ROOT, "corpora", "records", "*.jsonl")) +
                       glob.glob(os.path.join(ROOT, "corpora", "needs", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                lang = record.get("lang", "da")
                if lang not in texts:
                    continue
                if isinstance(record.get("description"), str):
                    texts[lang].append(record["description"])
                    lengths.setdefault(record.get("type", "need"), []).append(len(record["description"].split()))
                for key in ("name", "title"):
                    if isinstance(record.get(key), str):
                        titles[lang].append(record[key])
                for area in record.get("areas", []) + ([record["area"]] if "area" in record else []):
                    if isinstance(area, str):
                        areas.add(area)
                if isinstance(record.get("municipality"), str):
                    municipalities.add(record["municipality"].replace(" Kommune", ""))
    concepts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "corpora", "thesaurus", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "|" not in line:
                    if line.strip() == "# compounds":
                        break
                    continue
                concepts.append([t.strip() for t in line.split("|") if t.strip()])
    for lang in texts:
        if len(texts[lang]) < 5:
            texts[lang].append(FALLBACK[lang])
        if not titles[lang]:
            titles[lang] = FALLBACK[lang].split(". ")
    if not areas:
        areas = {"sensorer", "fald", "demens", "forflytning", "nattilsyn", "medicinhåndtering", "hygiejne"}
    if not concepts:
        concepts = [[w] for w in sorted(areas)]
    return texts, titles, sorted(areas), sorted(municipalities | set(MUNICIPALITIES)), concepts, lengths


class Market:
    """Everything the record makers draw from; built once per process."""

    def __init__(self):
        texts, titles, self.areas, self.municipalities, self.concepts, self.lengths = read_corpora()
        self.chains = {lang: Chain(texts[lang]) for lang in texts}
        self.title_words = {lang: sorted({w for t in titles[lang] for w in WORD_RE.findall(t) if len(w) >= 4})
                            for lang in titles}
        self.nouns = self.chains["da"].vocabulary or ["sensor", "alarm", "borger", "pleje"]

    def name(self, rng, syllables=(2, 3)):
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*syllables))).capitalize()

    def tail(self, lang):
        """A long-tail word: a Danish compound, a brand or a place name."""
        def make(rng):
            pick = rng.random()
            if lang == "da" and pick < 0.6:
                return rng.choice(self.nouns) + rng.choice(self.nouns)
            if pick < 0.8:
                return self.name(rng) + ("-" + rng.choice(self.nouns) if lang == "da" else "")
            return rng.choice(self.nouns)
        return make

    def text(self, rng, lang, low, high):
        return self.chains[lang].text(rng, rng.randint(low, high), self.tail(lang))

    def description(self, rng, lang, kind, low, high):
        """A record's description as long as a shipped record's of the same type (drawn from
        their word counts), so a generated market is as dense as the real one; low..high
        words when the corpora hold no such records."""
        lengths = self.lengths.get(kind)
        words = rng.choice(lengths) if lengths else rng.randint(low, high)
        text = " ".join(self.chains[lang].text(rng, words, self.tail(lang)).split()[:words])
        return text if text.endswith((".", "!", "?")) else text.rstrip(",;:") + "."

    def concept_phrase(self, rng):
        return rng.choice(rng.choice(self.concepts))

    def title(self, rng, lang, words):
        pool = self.title_words[lang]
        return " ".join([self.concept_phrase(rng).capitalize()] + [rng.choice(pool) for _ in range(words - 1)])


def date(rng, start_year=2019):
    return "%04d-%02d-%02d" % (rng.randint(start_year, 2026), rng.randint(1, 12), rng.randint(1, 28))


def organisation(market, rng, number):
    country = weighted(rng, COUNTRIES)
    lang = "da" if country in ("DK", "NO") or (country == "SE" and rng.random() < 0.5) else "en"
    org_type = weighted(rng, ORG_TYPES)
    base = market.name(rng)
    if org_type == "municipality":
        name = rng.choice(market.municipalities) + " Kommune"
    elif org_type == "research":
        name = ("Center for " if lang == "da" else "Institute of ") + market.concept_phrase(rng) + " " + base
    else:
        name = base + " " + market.concept_phrase(rng).split()[0].capitalize() + " " + rng.choice(SUFFIXES[country])
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")
    record = {"type": "organisation", "id": "org-b%07d" % number, "name": name,
              "description": market.description(rng, lang, "organisation", 30, 110), "org_type": org_type,
              "website": "https://www.%s%d.example" % (slug, number), "country": country,
              "region": rng.choice(REGIONS[country]), "areas": rng.sample(market.areas, rng.randint(1, 4)),
              "lang": lang, "updated": date(rng)}
    if country == "DK":
        record["cvr"] = "%08d" % rng.randint(10000000, 99999999)
    if rng.random() < 0.7:
        record["employees"] = rng.randint(1, 2000)
    return record


def solution(market, rng, number, owner):
    lang = owner["lang"] if rng.random() < 0.85 else ("en" if owner["lang"] == "da" else "da")
    record = {"type": "solution", "id": "sol-b%07d" % number, "organisation": owner["id"],
              "name": market.name(rng, (1, 2)) + " " + market.title(rng, lang, rng.randint(1, 3)),
              "description": market.description(rng, lang, "solution", 30, 150), "maturity": weighted(rng, MATURITIES),
              "areas": rng.sample(market.areas, rng.randint(1, 3)), "lang": lang, "updated": date(rng)}
    if rng.random() < 0.5:
        record["references"] = [rng.choice(market.municipalities) + " Kommune" for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.5:
        record["certifications"] = rng.sample(CERTIFICATIONS, rng.randint(1, 2))
    if rng.random() < 0.5:
        record["integrations"] = rng.sample(INTEGRATIONS, rng.randint(1, 3))
    if rng.random() < 0.5:
        record["procurement"] = rng.choice(PROCUREMENT)
    if rng.random() < 0.4:
        record["price_model"] = rng.choice(PRICE_MODELS)
    if rng.random() < 0.6:
        record["url"] = owner["website"] + "/produkter/" + record["id"]
    return record


def need(market, rng, number):
    lang = "da" if rng.random() < 0.8 else "en"
    municipality = rng.choice(market.municipalities)
    record = {"type": "need", "id": "need-b%07d" % number, "municipality": municipality + " Kommune",
              "title": market.title(rng, lang, rng.randint(3, 7)), "description": market.description(rng, lang, "need", 30, 150),
              "area": rng.choice(market.areas), "status": rng.choice(STATUSES), "lang": lang,
              "created": date(rng, 2022)}
    if rng.random() < 0.002:  # a few watched needs: every commit re-matches them
        record["watch"] = True
    return record


def chunk_records(market, seed, chunk, total):
    """Records chunk*CHUNK .. min(total, (chunk+1)*CHUNK)-1: each organisation is followed by its
    solutions; about 28 % organisations, 60 % solutions, 12 % needs."""
    rng = random.Random("%d/%d" % (seed, chunk))
    number = chunk * CHUNK
    end = min(total, number + CHUNK)
    records = []
    while number < end:
        if rng.random() < 0.3:
            records.append(need(market, rng, number))
            number += 1
            continue
        owner = organisation(market, rng, number)
        records.append(owner)
        number += 1
        for _ in range(rng.choice([0, 1, 2, 2, 3, 4])):
            if number >= end:
                break
            records.append(solution(market, rng, number, owner))
            number += 1
    return records


# ---- scriptindex: the same fields, weights and per-language stemming as radar's schema
# (indexer/src/schema.cpp): name x3, areas x2, name and areas also under S and XB for
# organisations and solutions, the same boolean terms and value slots 0 and 1 ----

INDEX_SCRIPT = """\
id : field boolean=Q unique=Q
type : boolean=XT
lang : boolean=L
name : field weight=3 index
name : index=S
title : field weight=3 index
areas : weight=2 index
areas : index=XB
needarea : weight=2 index
areaterms : lower boolean=XA
description : field index
references integrations certifications procurement owner : index
maturity : boolean=XM
region : lower boolean=XR
org_type : boolean=XO
country : lower boolean=XC
municipality : lower boolean=XK
organisation : boolean=XP value=1
ownslot : value=1
updated : value=0
watch : boolean=XWATCH
"""


def scriptindex_entry(record, owners):
    lines = []

    def put(field, value):
        if value:
            lines.append("%s=%s" % (field, str(value).replace("\n", "\n=")))

    put("id", record["id"])
    put("type", record["type"])
    put("lang", record["lang"])
    market = record["type"] in ("organisation", "solution")  # only these feed the S and XB fields
    put("name" if market else "title", record.get("name") or record.get("title"))
    areas = record.get("areas", []) + ([record["area"]] if "area" in record else [])
    put("areas" if market else "needarea", ". ".join(areas))
    for area in areas:
        put("areaterms", area)
    put("description", record["description"])
    for key in ("references", "integrations", "certifications"):
        put(key, ". ".join(record.get(key, [])))
    put("procurement", record.get("procurement"))
    put("maturity", record.get("maturity"))
    put("municipality", record.get("municipality"))
    owner = owners.get(record.get("organisation"))
    facts = owner if owner else record if record["type"] == "organisation" else {}
    put("owner", owner["name"] if owner else "")
    put("region", facts.get("region"))
    put("org_type", facts.get("org_type"))
    put("country", facts.get("country"))
    put("organisation", record.get("organisation"))
    put("ownslot", record["id"] if record["type"] == "organisation" else "")
    put("updated", record.get("updated") or record.get("created"))
    if record.get("watch"):
        lines.append("watch=1")  # scriptindex skips empty values, so this term is XWATCH1
    return "\n".join(lines) + "\n\n"


def text_row(record):
    title = record.get("name") or record.get("title") or ""
    body = " ".join([record["description"]] + record.get("areas", []) + record.get("references", []) +
                    record.get("integrations", []) + record.get("certifications", []) +
                    [record.get("procurement", ""), record.get("area", "")])
    clean = lambda s: s.replace("\t", " ").replace("\n", " ")
    return "%s\t%s\t%s\n" % (record["id"], clean(title), clean(body))


# ---- HTML pages of organisation websites ----

PAGE_KINDS = {"da": ["produkter", "loesninger", "om-os", "nyheder", "cases", "kontakt"],
              "en": ["products", "solutions", "about", "news", "cases", "contact"]}
CHROME = {"da": ("Forside", "Produkter", "Om os", "Kontakt", "Cookiepolitik", "Alle rettigheder forbeholdes"),
          "en": ("Home", "Products", "About us", "Contact", "Cookie policy", "All rights reserved")}


def page_path(lang, index):
    return "/%s/%d.html" % (PAGE_KINDS[lang][index % len(PAGE_KINDS[lang])], index)


def html_page(market, rng, host, lang, index, per_host):
    chrome = CHROME[lang]
    title = market.title(rng, lang, rng.randint(3, 6))
    paragraphs = []
    for _ in range(rng.randint(3, 8)):
        if rng.random() < 0.3:
            paragraphs.append("<h2>%s</h2>" % market.title(rng, lang, rng.randint(2, 4)))
        paragraphs.append("<p>%s</p>" % market.text(rng, lang, 40, 90))
    links = "".join('<li><a href="%s">%s</a></li>' % (page_path(lang, (index + k) % per_host), market.title(rng, lang, 2))
                    for k in range(1, 6))
    return ("<!doctype html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s | %s</title>"
            "<meta name=\"description\" content=\"%s\"></head>\n<body><header><a href=\"/\">%s</a>"
            "<nav><a href=\"/#products\">%s</a> <a href=\"/#about\">%s</a> <a href=\"/#contact\">%s</a></nav>"
            "</header>\n<main><article><h1>%s</h1>\n%s\n<ul>%s</ul></article></main>\n"
            "<footer><a href=\"/#cookies\">%s</a> &copy; 2026 %s. %s.</footer></body></html>\n"
            % (lang, title, host, market.chains[lang].sentence(rng, None, 25), host, chrome[1], chrome[2], chrome[3],
               title, "\n".join(paragraphs), links, chrome[4], host, chrome[5]))


def write_pages(market, out, pages, seed, per_host):
    """Websites of `per_host` pages each under html/HOST/: a front page linking every page,
    robots.txt, and pages that link to the next five of their site (a crawlable ring)."""
    for start in range(0, pages, per_host):
        rng = random.Random("pages/%d/%d" % (seed, start))
        host = "www.%s%d.example" % (market.name(rng).lower(), start // per_host)
        lang = "da" if rng.random() < 0.7 else "en"
        count = min(per_host, pages - start)
        root = os.path.join(out, "html", host)
        for index in range(count):
            path = os.path.join(root, page_path(lang, index).lstrip("/"))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(html_page(market, rng, host, lang, index, count))
        with open(os.path.join(root, "index.html"), "w", encoding="utf-8") as f:
            f.write("<!doctype html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head>"
                    "<body><main><h1>%s</h1><ul>%s</ul></main></body></html>\n"
                    % (lang, host, host, "".join('<li><a href="%s">%d</a></li>' % (page_path(lang, i), i)
                                                  for i in range(count))))
        with open(os.path.join(root, "robots.txt"), "w", encoding="utf-8") as f:
            f.write("User-agent: *\nDisallow: /private/\n")


def write_needs(market, out, count, seed):
    """needs.jsonl: needs of 30-150 words, the shipped needs of that length first (at most
    half), then generated ones; warmup.jsonl: as many other generated needs, for warming
    caches without warming them for the measured needs' words."""
    def generated(rng):
        lang = "da" if rng.random() < 0.75 else "en"
        text = market.title(rng, lang, 4) + ". " + market.text(rng, lang, 30, 140)
        return " ".join(text.split()[:150])

    rng = random.Random("needs/%d" % seed)
    texts = []
    path = os.path.join(ROOT, "corpora", "needs", "needs.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                text = record.get("title", "") + ". " + record.get("description", "")
                if 30 <= len(text.split()) <= 150:
                    texts.append(text)
    texts = texts[: count // 2]
    while len(texts) < count:
        texts.append(generated(rng))
    warm_rng = random.Random("warmup/%d" % seed)
    for name, items in (("needs.jsonl", texts), ("warmup.jsonl", [generated(warm_rng) for _ in range(count)])):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for text in items:
                f.write(json.dumps({"need": text}, ensure_ascii=False) + "\n")


_MARKET = None


def _work(args):
    global _MARKET
    seed, chunk, total, formats = args
    if _MARKET is None:
        _MARKET = Market()
    records = chunk_records(_MARKET, seed, chunk, total)
    owners = {r["id"]: r for r in records if r["type"] == "organisation"}
    jsonl = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    script = {"da": [], "en": []}
    if "scriptindex" in formats:
        for record in records:
            script[record["lang"]].append(scriptindex_entry(record, owners))
    text = "".join(text_row(r) for r in records) if "text" in formats else ""
    return jsonl, "".join(script["da"]), "".join(script["en"]), text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--pages", type=int, default=0)
    parser.add_argument("--pages-per-host", type=int, default=250)
    parser.add_argument("--needs", type=int, default=0)
    parser.add_argument("--formats", default="jsonl,scriptindex,text")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    formats = set(args.formats.split(","))
    os.makedirs(args.out, exist_ok=True)
    market = Market()
    if args.docs > 0:
        files = {"jsonl": open(os.path.join(args.out, "records.jsonl"), "w", encoding="utf-8")}
        if "scriptindex" in formats:
            files["da"] = open(os.path.join(args.out, "scriptindex-da.txt"), "w", encoding="utf-8")
            files["en"] = open(os.path.join(args.out, "scriptindex-en.txt"), "w", encoding="utf-8")
            with open(os.path.join(args.out, "records.script"), "w", encoding="utf-8") as f:
                f.write(INDEX_SCRIPT)
        if "text" in formats:
            files["text"] = open(os.path.join(args.out, "text.tsv"), "w", encoding="utf-8")
        chunks = [(args.seed, c, args.docs, formats) for c in range((args.docs + CHUNK - 1) // CHUNK)]
        with multiprocessing.Pool(max(1, args.jobs)) as pool:
            for jsonl, script_da, script_en, text in pool.imap(_work, chunks):
                files["jsonl"].write(jsonl)
                if "da" in files:
                    files["da"].write(script_da)
                    files["en"].write(script_en)
                if "text" in files:
                    files["text"].write(text)
        for f in files.values():
            f.close()
    if args.pages > 0:
        write_pages(market, args.out, args.pages, args.seed, args.pages_per_host)
    if args.needs > 0:
        write_needs(market, args.out, args.needs, args.seed)
    print("generate: %d records, %d pages, %d needs in %s" % (args.docs, args.pages, args.needs, args.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()
