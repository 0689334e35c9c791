#!/usr/bin/env python3
"""Writes two sites with the same synthetic content: one for Quartier, one for Hugo.

    generate.py --offerings N --out DIR [--seed S]

DIR/quartier/  a Quartier site (site-config.yml + content/)
DIR/hugo/      a Hugo site (config.yaml + content/ + small hand-written layouts/)

Everything is scaled from N (the number of offerings) and drawn from a fixed random
seed, so the same arguments always give byte-identical files. Standard library only.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys

# ---------------------------------------------------------------------------
# vocabulary

TARGET_GROUPS = [
    "Kinder", "Jugendliche", "Familien", "Eltern", "Seniorinnen und Senioren", "Frauen",
    "Männer", "Alle", "Zugewanderte", "Geflüchtete", "Alleinerziehende",
    "Menschen mit Behinderung", "Ehrenamtliche", "Mieterinnen und Mieter", "Arbeitsuchende",
]
TOPICS = [
    "Bildung", "Sprache", "Integration", "Nachbarschaft", "Gesundheit", "Freizeit", "Kultur",
    "Sport", "Beratung", "Wohnen", "Umwelt", "Energie", "Arbeit", "Digitales", "Ernährung",
]
LANGUAGES = ["de", "en", "tr", "ar", "pl", "ru", "uk", "fa"]

# (activity, typical target groups, typical topics)
ACTIVITIES = [
    ("Hausaufgabenhilfe", ["Kinder", "Jugendliche"], ["Bildung"]),
    ("Sprachcafé", ["Zugewanderte", "Alle"], ["Sprache", "Integration"]),
    ("Seniorentreff", ["Seniorinnen und Senioren"], ["Nachbarschaft", "Freizeit"]),
    ("Familiencafé", ["Familien", "Eltern"], ["Nachbarschaft"]),
    ("Elternberatung", ["Eltern", "Alleinerziehende"], ["Beratung"]),
    ("Frauentreff", ["Frauen"], ["Integration", "Nachbarschaft"]),
    ("Jugendtreff", ["Jugendliche"], ["Freizeit", "Sport"]),
    ("Nähcafé", ["Alle", "Frauen"], ["Kultur", "Nachbarschaft"]),
    ("Reparatur-Café", ["Alle"], ["Umwelt", "Nachbarschaft"]),
    ("Energieberatung", ["Mieterinnen und Mieter", "Alle"], ["Energie", "Wohnen", "Beratung"]),
    ("Mietersprechstunde", ["Mieterinnen und Mieter"], ["Wohnen", "Beratung"]),
    ("Bewerbungstraining", ["Arbeitsuchende", "Jugendliche"], ["Arbeit", "Bildung"]),
    ("Digitalsprechstunde", ["Seniorinnen und Senioren", "Alle"], ["Digitales", "Beratung"]),
    ("Spielgruppe", ["Kinder", "Eltern"], ["Freizeit"]),
    ("Krabbelgruppe", ["Familien", "Eltern"], ["Gesundheit", "Freizeit"]),
    ("Mittagstisch", ["Seniorinnen und Senioren", "Alle"], ["Ernährung", "Nachbarschaft"]),
    ("Kochkurs", ["Alle", "Familien"], ["Ernährung", "Gesundheit"]),
    ("Bewegungstreff", ["Seniorinnen und Senioren"], ["Sport", "Gesundheit"]),
    ("Lesepatenschaft", ["Kinder", "Ehrenamtliche"], ["Bildung", "Sprache"]),
    ("Integrationsberatung", ["Zugewanderte", "Geflüchtete"], ["Integration", "Beratung"]),
    ("Männerrunde", ["Männer"], ["Nachbarschaft", "Gesundheit"]),
    ("Gartengruppe", ["Alle", "Ehrenamtliche"], ["Umwelt"]),
    ("Malwerkstatt", ["Kinder", "Alle"], ["Kultur"]),
    ("Chor", ["Alle"], ["Kultur"]),
    ("Inklusionstreff", ["Menschen mit Behinderung", "Alle"], ["Freizeit", "Nachbarschaft"]),
    ("Ehrenamtsbörse", ["Ehrenamtliche"], ["Nachbarschaft"]),
    ("Schuldnerberatung", ["Alle"], ["Beratung", "Arbeit"]),
    ("Alphabetisierungskurs", ["Zugewanderte", "Frauen"], ["Sprache", "Bildung"]),
    ("Spieleabend", ["Alle", "Familien"], ["Freizeit"]),
    ("Quartiersspaziergang", ["Alle"], ["Nachbarschaft", "Umwelt"]),
]

QUARTER_BASES = [
    "Lindenhof", "Eichkamp", "Birkenfeld", "Rosenhügel", "Bahnhofsviertel", "Hafenviertel", "Zechensiedlung",
    "Marktviertel", "Schlossberg", "Mühlenbach", "Wiesengrund", "Kirchplatz", "Kanalufer", "Feldmark",
    "Heidesiedlung", "Gartenstadt", "Hüttenviertel", "Sonnenhang", "Buchenwald", "Kastanienhof",
    "Weidenau", "Ringsiedlung", "Rathausviertel", "Uferstadt", "Brückenfeld", "Eschenhof",
    "Kleeblatt", "Hochfeld", "Tannenbusch", "Ahornhain", "Lerchenberg", "Schützenhof", "Fliederviertel",
    "Dreieck", "Höhenweg", "Winkelhausen", "Pappelheide", "Schmiedeviertel", "Wasserturm", "Zechenring",
    "Kolonie Ebel", "Am Stadtpark", "Auf dem Kamp", "Im Grund", "An der Linde", "Am Hallenbad",
]
QUARTER_PREFIXES = ["", "Alt-", "Neu-", "Nord-", "Süd-", "Ost-", "West-", "Ober-", "Unter-", "Klein-",
                    "Groß-", "Mittel-", "Hinter-", "Vorder-", "Nieder-", "Innen-", "Außen-", "Berg-", "Tal-",
                    "Wald-", "Feld-", "Bach-", "Fluss-", "See-", "Dorf-", "Markt-", "Hof-", "Neu-Nord-",
                    "Neu-Süd-", "Alt-Nord-", "Alt-Süd-", "Neu-West-", "Alt-Ost-"]
QUARTER_SUFFIXES = ["", " Nord", " Süd", " Ost", " West", " Mitte", " I", " II", " III"]
DISTRICT_NAMES = ["Mitte", "Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest",
                  "Altstadt", "Hafen", "Heide", "Berg", "Tal", "Land", "Au"]
STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Kirchstraße", "Gartenstraße", "Lindenstraße",
    "Am Markt", "Bergstraße", "Friedhofstraße", "Wiesenweg", "Poststraße", "Rosenweg", "Mühlenweg",
    "Waldstraße", "Zechenstraße", "Kanalstraße", "Ringstraße", "Feldstraße", "Goethestraße",
    "Schillerstraße", "Hansastraße", "Kolpingstraße", "Von-Stein-Straße", "Ernst-Reuter-Platz",
]
CP_KINDS = ["Quartiersbüro", "Stadtteilbüro", "Quartiersladen", "Familienzentrum", "Begegnungsstätte",
            "Lotsenstelle", "Familienort", "Nachbarschaftstreff"]
OPERATOR_TEMPLATES = [
    ("AWO Ortsverein {p}", "Wohlfahrtsverband"),
    ("Caritasverband {p}", "Wohlfahrtsverband"),
    ("Diakonisches Werk {p}", "Wohlfahrtsverband"),
    ("DRK Ortsverein {p}", "Wohlfahrtsverband"),
    ("Nachbarschaftsverein {p} e.V.", "Verein"),
    ("Bürgerverein {p} e.V.", "Verein"),
    ("Ev. Kirchengemeinde {p}", "Kirche"),
    ("Kath. Pfarrei St. Marien {p}", "Kirche"),
    ("Wohnungsgenossenschaft {p} eG", "Unternehmen"),
    ("Stiftung Zusammenleben {p}", "Stiftung"),
]
PROGRAMS = [
    ("Sozialer Zusammenhalt", "Bund und Land", "2019-01", "2028-12"),
    ("Starke Quartiere – starke Menschen", "Land und EU", "2017-01", "2027-12"),
    ("Stadtteilfonds", "Stadt Beispielstadt", "2021-01", None),
    ("Kinderstark – NRW schafft Chancen", "Land Nordrhein-Westfalen", "2020-01", "2026-12"),
    ("Zusammen im Quartier", "Land Nordrhein-Westfalen", "2022-04", "2027-03"),
    ("Städtebauförderung Stadtumbau", "Bund und Land", "2015-01", "2029-12"),
]

SENT_INTRO = [
    "Hier treffen sich Menschen aus der Nachbarschaft, um gemeinsam etwas zu unternehmen.",
    "Das Angebot ist offen für alle, die Lust haben, neue Leute kennenzulernen.",
    "Ehrenamtliche und Fachkräfte gestalten das Programm gemeinsam.",
    "Seit einigen Jahren ist dieser Treffpunkt aus dem Stadtteil nicht mehr wegzudenken.",
    "Wer zum ersten Mal kommt, wird herzlich begrüßt und bekommt alles gezeigt.",
    "Die Räume sind hell und freundlich, es gibt Kaffee, Tee und Wasser.",
]
SENT_MIDDLE = [
    "Sie brauchen keine Vorkenntnisse, bringen Sie einfach gute Laune mit.",
    "Kleine Kinder dürfen gern mitgebracht werden, eine Spielecke ist vorhanden.",
    "Bei Fragen hilft das Team vor Ort weiter oder vermittelt an die richtige Stelle.",
    "Gesprochen wird Deutsch, oft helfen Teilnehmende beim Übersetzen.",
    "In den Ferien kann sich das Programm ändern, bitte achten Sie auf Aushänge.",
    "Die Termine werden mit den Teilnehmenden abgesprochen und regelmäßig angepasst.",
    "Material wird gestellt, eigene Ideen sind willkommen.",
]
SENT_END = [
    "Wir freuen uns auf Ihren Besuch.",
    "Kommen Sie einfach vorbei.",
    "Neue Gesichter sind jederzeit willkommen.",
    "Sprechen Sie uns gern an, wenn Sie mitmachen möchten.",
    "Das Angebot wird aus Mitteln der Quartiersentwicklung unterstützt.",
]
NEWS_TOPICS = ["Neues Hochbeet", "Sommerfest", "Stadtteilkonferenz", "Neue Öffnungszeiten",
               "Ehrenamtspreis", "Spielplatz eröffnet", "Umzug des Büros", "Fotoausstellung",
               "Müllsammelaktion", "Lichterfest", "Bürgerbeteiligung", "Neues Team"]

# map bounds of the synthetic city; every generated coordinate lies strictly inside
BOUNDS = ((51.30, 6.70), (51.70, 7.30))
TODAY = dt.date(2026, 11, 21)


# ---------------------------------------------------------------------------
# helpers

def slugify(text):
    s = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return re.sub(r"-+", "-", s)


class Slugs:
    """Hands out unique slugs per collection."""

    def __init__(self):
        self.used = set()

    def take(self, text):
        base = slugify(text)[:60].strip("-")
        slug, n = base, 2
        while slug in self.used:
            slug = f"{base}-{n}"
            n += 1
        self.used.add(slug)
        return slug


PLAIN_OK = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`„“][^#]*$")


def q(value):
    """A YAML scalar as an editor would write it for Quartier: plain unless that would be ambiguous."""
    s = str(value)
    if PLAIN_OK.match(s) and ": " not in s and not s.endswith(":") and not s.endswith(" ") \
            and s.lower() not in ("yes", "no", "true", "false", "null", "on", "off", "~"):
        return s
    return json.dumps(s, ensure_ascii=False)


def qflow(value):
    """A scalar inside a flow collection ({…} or […]): commas and brackets need quotes too."""
    s = str(value)
    if re.search(r"[,\[\]{}]", s):
        return json.dumps(s, ensure_ascii=False)
    return q(s)


def flow_list(items):
    return "[" + ", ".join(qflow(i) for i in items) + "]"


def flow_map(d):
    return "{" + ", ".join(f"{k}: {qflow(v)}" for k, v in d.items() if v is not None) + "}"


def hugo_yaml(d):
    """Front matter for Hugo: every string double-quoted (Hugo's YAML reader is YAML 1.1 and would
    turn postal codes like 04109 or times into numbers)."""
    lines = []

    def emit(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return json.dumps(v)
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, list):
            return "[" + ", ".join(emit(i) for i in v) + "]"
        if isinstance(v, dict):
            return "{" + ", ".join(f"{k}: {emit(x)}" for k, x in v.items() if x is not None) + "}"
        raise TypeError(v)

    for k, v in d.items():
        if v is None or v == [] or v == {}:
            continue
        lines.append(f"{k}: {emit(v)}")
    return "\n".join(lines)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def body(rng, extra=None):
    paras = []
    for _ in range(rng.randint(2, 3)):
        sents = [rng.choice(SENT_INTRO), rng.choice(SENT_MIDDLE)]
        if rng.random() < 0.6:
            sents.append(rng.choice(SENT_END))
        paras.append(" ".join(sents))
    if extra:
        paras.insert(0, extra)
    return "\n\n".join(paras) + "\n"


def geo_near(rng, center, spread=0.006):
    (s, w), (n, e) = BOUNDS
    lat = min(max(center[0] + rng.uniform(-spread, spread), s + 0.001), n - 0.001)
    lon = min(max(center[1] + rng.uniform(-spread, spread), w + 0.001), e - 0.001)
    return round(lat, 5), round(lon, 5)


DAYS = ["Mo", "Tu", "We", "Th", "Fr"]
HOUR_SLOTS = ["09:00-12:00", "09:00-13:00", "10:00-12:00", "10:00-13:00", "13:30-16:00",
              "14:00-17:00", "14:00-18:00", "15:00-18:00", "16:00-19:00"]


def day_group(days):
    idx = sorted(DAYS.index(d) for d in days)
    if len(idx) > 2 and idx == list(range(idx[0], idx[-1] + 1)):
        return f"{DAYS[idx[0]]}-{DAYS[idx[-1]]}"
    return ",".join(DAYS[i] for i in idx)


def opening_hours(rng):
    days = DAYS[:]
    rng.shuffle(days)
    open_days = days[:rng.randint(2, 5)]
    groups = []
    while open_days:
        k = rng.randint(1, len(open_days))
        groups.append(open_days[:k])
        open_days = open_days[k:]
    groups.sort(key=lambda g: min(DAYS.index(d) for d in g))
    rules = []
    for g in groups:
        if rng.random() < 0.3:
            times = f"{rng.choice(HOUR_SLOTS[:4])},{rng.choice(HOUR_SLOTS[5:])}"
        else:
            times = rng.choice(HOUR_SLOTS)
        rules.append(f"{day_group(g)} {times}")
    if rng.random() < 0.15:
        rules.append("Sa 10:00-13:00")
    if rng.random() < 0.8:
        rules.append("PH off")
    return "; ".join(rules)


def schedule(rng):
    start_h = rng.choice([9, 10, 11, 14, 15, 16, 17, 18])
    start_m = rng.choice(["00", "00", "30"])
    end_h = start_h + rng.choice([1, 2, 2, 3])
    times = f"{start_h:02d}:{start_m}-{end_h:02d}:{start_m}"
    r = rng.random()
    if r < 0.45:
        s = f"{rng.choice(DAYS)} {times}"
    elif r < 0.70:
        a, b = sorted(rng.sample(range(5), 2))
        s = f"{DAYS[a]},{DAYS[b]} {times}"
    elif r < 0.80:
        s = f"{rng.choice(DAYS)}[{rng.choice(['1', '1,3', '2,4', '-1'])}] {times}"
    elif r < 0.88:
        s = f"Mo-Fr {times}"
    else:
        s = f"{rng.choice(['Sa', 'Su'])} {times}"
    if rng.random() < 0.5:
        s += "; PH off"
    return s


def event_dates(rng):
    first = dt.date(2026, 12, 1)
    span = (dt.date(2027, 6, 30) - first).days
    days = sorted(rng.sample(range(span), rng.randint(2, 4)))
    h = rng.choice([10, 14, 15, 16, 17, 18])
    m = rng.choice(["00", "30"])
    dur = rng.choice([1, 2, 3])
    out = []
    for d in days:
        day = first + dt.timedelta(days=d)
        out.append({"start": f"{day.isoformat()} {h:02d}:{m}", "end": f"{day.isoformat()} {h + dur:02d}:{m}"})
    return out


def pick(rng, pool, typical, lo, hi):
    n = rng.randint(lo, hi)
    out = list(typical[:n])
    while len(out) < n:
        v = rng.choice(pool)
        if v not in out:
            out.append(v)
    return out


def phone(rng):
    return f"0{rng.randint(201, 299)} 555-{rng.randint(100, 999)}"


# ---------------------------------------------------------------------------
# the data set

def generate(n, seed):
    rng = random.Random(seed)
    n_quarters = max(10, round(n / 15))
    n_cps = max(20, round(n / 4))
    n_ops = max(5, round(n / 50))
    n_news = max(3, round(n / 20))

    data = {k: [] for k in ("quarters", "contact_points", "offerings", "operators", "programs", "pages", "news")}

    # programs
    prog_slugs = Slugs()
    for i, (title, funder, start, until) in enumerate(PROGRAMS):
        slug = prog_slugs.take(title)
        data["programs"].append({
            "slug": slug, "title": title,
            "summary": f"Das Programm {title} fördert Projekte, die das Zusammenleben in den Quartieren stärken.",
            "funder": funder, "website": f"https://example.org/programme/{slug}/",
            "period": {"from": start, "until": until}, "reference": f"FKZ-{2020 + i}-{100 + i * 7}",
            "body": body(rng),
        })
    program_slugs = [p["slug"] for p in data["programs"]]

    # quarters
    q_slugs = Slugs()
    n_districts = max(3, min(len(DISTRICT_NAMES) * 4, n_quarters // 8))
    districts = []
    for i in range(n_districts):
        base = DISTRICT_NAMES[i % len(DISTRICT_NAMES)]
        districts.append(f"Stadtbezirk {base}" + (f" {i // len(DISTRICT_NAMES) + 1}" if i >= len(DISTRICT_NAMES) else ""))
    # "Alt-Lindenhof", "Neu-Hafenviertel"; names of several words take a suffix instead: "Am Stadtpark Nord"
    names = sorted({(p + b if " " not in b else b + x) for p in QUARTER_PREFIXES for x in QUARTER_SUFFIXES
                    for b in QUARTER_BASES if not p or not x})
    rng.shuffle(names)
    (s, w), (nn, e) = BOUNDS
    for i in range(n_quarters):
        if i < len(names):
            title = names[i]
        else:
            title = f"{names[i % len(names)]} {i // len(names) + 1}"
        slug = q_slugs.take(title)
        center = (round(rng.uniform(s + 0.02, nn - 0.02), 4), round(rng.uniform(w + 0.02, e - 0.02), 4))
        aliases = [f"Quartier {title}"]
        if rng.random() < 0.5:
            aliases.append(f"Siedlung {title}")
        data["quarters"].append({
            "slug": slug, "title": title,
            "summary": f"{title} ist ein lebendiges Quartier mit vielen Familien, Vereinen und kurzen Wegen.",
            "district": districts[i % n_districts], "center": center, "aliases": aliases,
            "programs": rng.sample(program_slugs, rng.randint(0, 2)),
            "profile": [
                {"label": "Einwohnerinnen und Einwohner", "value": rng.randint(1500, 18000), "unit": "Personen", "year": 2025,
                 "source": "Statistikstelle (Beispiel)"},
                {"label": "Anteil unter 18 Jahren", "value": f"{rng.randint(12, 28)},{rng.randint(0, 9)}", "unit": "%", "year": 2025,
                 "source": "Statistikstelle (Beispiel)"},
            ],
            "postal_code": f"{44100 + i:05d}" if i % 7 else f"0{4100 + i:04d}",
            "body": "## Das Quartier\n\n" + body(rng) + "\n## Quartiersarbeit\n\n" + body(rng),
        })

    # operators
    o_slugs = Slugs()
    for i in range(n_ops):
        if i == 0:
            title, kind = "Stadt Beispielstadt – Amt für Stadtentwicklung", "Kommune"
        else:
            tpl, kind = OPERATOR_TEMPLATES[i % len(OPERATOR_TEMPLATES)]
            title = tpl.format(p=data["quarters"][i % n_quarters]["title"])
        slug = o_slugs.take(title)
        data["operators"].append({
            "slug": slug, "title": title, "kind": kind,
            "summary": f"{title} engagiert sich in mehreren Quartieren der Stadt.",
            "website": f"https://example.org/traeger/{slug}/", "phone": phone(rng),
            "email": f"kontakt@{slug[:40].rstrip('-')}.example.org",
            "address": {"street": f"{rng.choice(STREETS)} {rng.randint(1, 120)}", "postal_code": "44100", "city": "Beispielstadt"},
            "body": body(rng),
        })
    op_slugs = [o["slug"] for o in data["operators"]]

    # contact points: every quarter gets at least one
    c_slugs = Slugs()
    for i in range(n_cps):
        quarter = data["quarters"][i % n_quarters] if i < n_quarters else rng.choice(data["quarters"])
        kind = rng.choice(CP_KINDS)
        street = rng.choice(STREETS)
        title = f"{kind} {quarter['title']}" if rng.random() < 0.5 else f"{kind} {street.replace('Am Markt', 'am Markt')}"
        slug = c_slugs.take(title)
        ops = [op_slugs[0]] if rng.random() < 0.3 else []
        ops += [o for o in rng.sample(op_slugs, min(len(op_slugs), rng.randint(1, 2))) if o not in ops]
        ops = ops[:2]
        lat, lon = geo_near(rng, quarter["center"])
        langs = ["de"] + rng.sample(LANGUAGES[1:], rng.randint(0, 3))
        data["contact_points"].append({
            "slug": slug, "title": title, "kind": kind, "quarter": quarter["slug"], "quarter_title": quarter["title"],
            "district": quarter["district"],
            "summary": f"{title}: Anlaufstelle in {quarter['title']} für Fragen, Ideen und Begegnung im Quartier.",
            "operators": ops,
            "address": {"street": f"{street} {rng.randint(1, 140)}", "postal_code": quarter["postal_code"], "city": "Beispielstadt"},
            "geo": (lat, lon), "opening_hours": opening_hours(rng),
            "opening_hours_note": "und nach Vereinbarung" if rng.random() < 0.5 else None,
            "phone": phone(rng), "email": f"{slug[:40].rstrip('-')}@example.org",
            "contacts": [{"name": f"{rng.choice(['Anna', 'Mehmet', 'Olga', 'Jonas', 'Fatma', 'Peter', 'Lena', 'Ali'])} "
                                  f"{rng.choice(['Schmidt', 'Yilmaz', 'Nowak', 'Becker', 'Kaya', 'Meyer', 'Wagner'])}",
                          "role": rng.choice(["Quartiersmanagerin", "Quartiersmanager", "Sozialarbeiterin", "Koordination"]),
                          "phone": phone(rng)}],
            "target_groups": pick(rng, TARGET_GROUPS, [], 1, 3),
            "topics": pick(rng, TOPICS, [], 1, 3),
            "languages": langs,
            "accessibility": {"wheelchair": rng.choice(["yes", "yes", "limited", "no"]), "toilet": rng.choice(["yes", "no"])},
            "programs": rng.sample(program_slugs, rng.randint(0, 1)),
            "active_from": f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}",
            "body": f"## Willkommen\n\n" + body(rng),
        })

    # offerings
    of_slugs = Slugs()
    cps = data["contact_points"]
    for i in range(n):
        cp = cps[i % len(cps)] if i < len(cps) else rng.choice(cps)
        act, tg, tp = rng.choice(ACTIVITIES)
        title = f"{act} – {cp['title']}" if rng.random() < 0.5 else f"{act} {cp['quarter_title']}"
        slug = of_slugs.take(title)
        rec = {
            "slug": slug, "title": title, "contact_point": cp["slug"], "quarter": cp["quarter"],
            "operator": cp["operators"][0],
            "summary": f"{act} für {' und '.join(tg)} – offen, freundlich und in der Nähe.",
            "target_groups": pick(rng, TARGET_GROUPS, tg, 1, 3),
            "topics": pick(rng, TOPICS, tp, 1, 3),
            "languages": ["de"] + (rng.sample(LANGUAGES[1:], rng.randint(1, 2)) if rng.random() < 0.35 else []),
            "cost": "kostenlos" if rng.random() < 0.8 else rng.choice(["2 € pro Termin", "5 € Materialkosten", "Spende erbeten"]),
            "registration": {"required": rng.random() < 0.25},
            "body": body(rng),
        }
        if rng.random() < 0.8:
            rec["schedule"] = schedule(rng)
            if rng.random() < 0.3:
                rec["schedule_note"] = "nicht in den Schulferien"
        else:
            rec["dates"] = event_dates(rng)
        if rec["registration"]["required"]:
            rec["registration"]["note"] = "Anmeldung telefonisch oder vor Ort"
            rec["registration"]["phone"] = cp["phone"]
        data["offerings"].append(rec)

    # pages
    data["pages"] = [
        {"slug": "impressum", "title": "Impressum", "summary": "Angaben zur Anbieterin dieser Seite (Beispieltext).",
         "body": "## Anbieterin\n\nStadt Beispielstadt\\\nMarktplatz 1\\\n44100 Beispielstadt\n\n" + body(rng)},
        {"slug": "datenschutz", "title": "Datenschutzerklärung", "summary": "Wie diese Seite mit Ihren Daten umgeht (Beispieltext).",
         "body": "## Verantwortliche Stelle\n\n" + body(rng) + "\n## Karten\n\n" + body(rng)},
        {"slug": "barrierefreiheit", "title": "Erklärung zur Barrierefreiheit",
         "summary": "Wie barrierefrei diese Seite ist (Beispieltext).", "body": body(rng)},
        {"slug": "ueber-diese-seite", "title": "Über diese Seite", "summary": "Wer diese Seite pflegt und wie.",
         "menu": 40, "body": body(rng)},
    ]

    # news
    n_slugs = Slugs()
    for i in range(n_news):
        topic = rng.choice(NEWS_TOPICS)
        qs = rng.sample(data["quarters"], rng.randint(1, 2))
        title = f"{topic} in {qs[0]['title']}"
        date = TODAY - dt.timedelta(days=rng.randint(1, 600))
        data["news"].append({
            "slug": n_slugs.take(title), "title": title, "date": date.isoformat(), "quarters": [x["slug"] for x in qs],
            "summary": f"{topic}: Neuigkeiten aus {' und '.join(x['title'] for x in qs)}.",
            "body": body(rng),
        })
    return data


# ---------------------------------------------------------------------------
# Quartier site

def fm(lines, text):
    return "---\n" + "\n".join(l for l in lines if l is not None) + "\n---\n" + text


def write_quartier(data, root, languages=("de",)):
    (s, w), (n, e) = BOUNDS
    write(os.path.join(root, "site-config.yml"), f"""title: Quartiersentwicklung in Beispielstadt
description: Anlaufstellen, Angebote und Neuigkeiten aus den Quartieren – synthetische Daten für einen Benchmark.
base_url: https://www.example.org/quartiersentwicklung/
language: de
languages: [{", ".join(languages)}]
timezone: Europe/Berlin
owner: {{name: Stadt Beispielstadt, website: https://www.example.org/}}
map:
  center: [{(s + n) / 2:.3f}, {(w + e) / 2:.3f}]
  zoom: 11
  bounds: [[{s}, {w}], [{n}, {e}]]
  tiles: {{url: "https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png",
          attribution: "© OpenStreetMap-Mitwirkende", max_zoom: 19}}
  consent: true
holidays: DE-NW
open_data:
  licence: Datenlizenz Deutschland – Namensnennung – Version 2.0
  licence_url: https://www.govdata.de/dl-de/by-2-0
  attribution: Stadt Beispielstadt
""")
    c = os.path.join(root, "content")
    for p in data["programs"]:
        write(os.path.join(c, "programs", p["slug"] + ".md"), fm([
            f"title: {q(p['title'])}", f"summary: {q(p['summary'])}", f"funder: {q(p['funder'])}",
            f"website: {p['website']}", f"period: {flow_map(p['period'])}", f"reference: {q(p['reference'])}",
        ], p["body"]))
    for x in data["quarters"]:
        lines = [f"title: {q(x['title'])}", f"summary: {q(x['summary'])}", f"district: {q(x['district'])}",
                 f"center: [{x['center'][0]}, {x['center'][1]}]", f"aliases: {flow_list(x['aliases'])}"]
        if x["programs"]:
            lines.append(f"programs: {flow_list(x['programs'])}")
        lines.append("profile:")
        for f in x["profile"]:
            lines.append(f"  - {flow_map(f)}")
        write(os.path.join(c, "quarters", x["slug"] + ".md"), fm(lines, x["body"]))
    for o in data["operators"]:
        write(os.path.join(c, "operators", o["slug"] + ".md"), fm([
            f"title: {q(o['title'])}", f"summary: {q(o['summary'])}", f"kind: {o['kind']}", f"website: {o['website']}",
            f"phone: {o['phone']}", f"email: {o['email']}", f"address: {flow_map(o['address'])}",
        ], o["body"]))
    for x in data["contact_points"]:
        lines = [
            f"title: {q(x['title'])}", f"summary: {q(x['summary'])}", f"kind: {x['kind']}", f"quarters: {x['quarter']}",
            f"operators: {flow_list(x['operators'])}", f"address: {flow_map(x['address'])}",
            f"geo: {{lat: {x['geo'][0]}, lon: {x['geo'][1]}}}", f"opening_hours: {q(x['opening_hours'])}",
            f"opening_hours_note: {q(x['opening_hours_note'])}" if x["opening_hours_note"] else None,
            f"phone: {x['phone']}", f"email: {x['email']}", "contacts:",
        ]
        lines += [f"  - {flow_map(k)}" for k in x["contacts"]]
        lines += [f"target_groups: {flow_list(x['target_groups'])}", f"topics: {flow_list(x['topics'])}",
                  f"languages: {flow_list(x['languages'])}", f"accessibility: {flow_map(x['accessibility'])}",
                  f"programs: {flow_list(x['programs'])}" if x["programs"] else None,
                  f"active: {{from: {x['active_from']}}}"]
        write(os.path.join(c, "contact-points", x["slug"] + ".md"), fm(lines, x["body"]))
    for x in data["offerings"]:
        lines = [f"title: {q(x['title'])}", f"summary: {q(x['summary'])}", f"contact_point: {x['contact_point']}"]
        if "schedule" in x:
            lines.append(f"schedule: {q(x['schedule'])}")
        else:
            lines.append("dates:")
            lines += [f"  - {{start: {d['start']}, end: {d['end']}}}" for d in x["dates"]]
        if "schedule_note" in x:
            lines.append(f"schedule_note: {q(x['schedule_note'])}")
        lines += [f"target_groups: {flow_list(x['target_groups'])}", f"topics: {flow_list(x['topics'])}",
                  f"languages: {flow_list(x['languages'])}", f"cost: {q(x['cost'])}",
                  "registration: " + flow_map({k: (("true" if v else "false") if isinstance(v, bool) else v)
                                               for k, v in x["registration"].items()})]
        write(os.path.join(c, "offerings", x["slug"] + ".md"), fm(lines, x["body"]))
    for x in data["pages"]:
        lines = [f"title: {q(x['title'])}", f"summary: {q(x['summary'])}"]
        if x.get("menu"):
            lines.append(f"menu: {{weight: {x['menu']}}}")
        write(os.path.join(c, "pages", x["slug"] + ".md"), fm(lines, x["body"]))
    for x in data["news"]:
        write(os.path.join(c, "news", x["slug"] + ".md"), fm([
            f"title: {q(x['title'])}", f"date: {x['date']}", f"quarters: {flow_list(x['quarters'])}",
            f"summary: {q(x['summary'])}"], x["body"]))


# ---------------------------------------------------------------------------
# Hugo site

HUGO_CONFIG = """baseURL: https://www.example.org/quartiersentwicklung/
languageCode: de
defaultContentLanguage: de
title: Quartiersentwicklung in Beispielstadt
disableHugoGeneratorInject: true
enableRobotsTXT: true
taxonomies:
  target_group: target_groups
  topic: topics
  language: languages
menu:
  main:
    - {name: Quartiere, url: /quarters/, weight: 10}
    - {name: Anlaufstellen, url: /contact-points/, weight: 20}
    - {name: Angebote, url: /offerings/, weight: 30}
    - {name: Träger, url: /operators/, weight: 40}
    - {name: Programme, url: /programs/, weight: 50}
    - {name: Aktuelles, url: /news/, weight: 60}
markup:
  goldmark:
    renderer:
      unsafe: false
"""

# Per page the layouts do only work that does not grow with the site: site.GetPage by path (a lookup),
# .GetTerms (walks the terms of one taxonomy) and a look-up in the groupings that index-by.html and
# page-menu.html compute once per build (partialCached). Only listing pages (sections, terms, their RSS,
# the home page) go through whole sections, because they list them.
LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ site.Title }}</title>
{{ with .Summary }}<meta name="description" content="{{ . | plainify }}">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header>
  <a class="brand" href="{{ "/" | relURL }}">{{ site.Title }}</a>
  <nav aria-label="Hauptmenü"><ul>
  {{ range site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}
  {{ partialCached "page-menu.html" . }}
  </ul></nav>
</header>
<main id="inhalt">
{{ block "main" . }}{{ end }}
</main>
<footer>
  {{ range slice "impressum" "datenschutz" "barrierefreiheit" }}{{ with site.GetPage (printf "/pages/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}
</footer>
</body>
</html>
""",
    "partials/card.html": """<li class="card">
  <h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
  {{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
  {{ with .Params.address }}<p class="addr">{{ .street }}, {{ .postal_code }} {{ .city }}</p>{{ end }}
  {{ with .Params.schedule }}<p class="when">{{ . }}</p>{{ end }}
  {{ with .Params.dates }}<p class="when">{{ range first 1 . }}{{ .start }}{{ end }}</p>{{ end }}
  {{ with .Params.target_groups }}<p class="tags">{{ delimit . ", " }}</p>{{ end }}
</li>
""",
    # pages of one section grouped by the slug(s) in one of their params, computed once per build
    # (partialCached): a `where` per page would cost (pages x section size)
    "partials/index-by.html": """{{ $key := .key }}{{ $s := newScratch }}
{{ range (site.GetPage (printf "/%s" .section)).RegularPages }}{{ $p := . }}{{ $v := index .Params $key }}
{{ range (cond (reflect.IsSlice $v) $v (slice $v)) }}{{ $s.Add . (slice $p) }}{{ end }}{{ end }}
{{ return $s.Values }}
""",
    # the same on every page: rendered once per build
    "partials/page-menu.html": """{{ range where (site.GetPage "/pages").RegularPages "Params.menu_weight" "!=" nil }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
""",
    "partials/terms.html": """{{ $page := .page }}{{ $tax := .tax }}{{ $label := .label }}
{{ with $page.GetTerms $tax }}<dt>{{ $label }}</dt><dd>{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</dd>{{ end }}
""",
    "_default/single.html": """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p class="lead">{{ . }}</p>{{ end }}
<dl>
{{ with .Params.kind }}<dt>Art</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.date }}<dt>Datum</dt><dd>{{ dateFormat "02.01.2006" . }}</dd>{{ end }}
{{ with .Params.address }}<dt>Adresse</dt><dd>{{ .street }}, {{ .postal_code }} {{ .city }}</dd>{{ end }}
{{ with .Params.website }}<dt>Website</dt><dd><a href="{{ . }}">{{ . }}</a></dd>{{ end }}
{{ with .Params.funder }}<dt>Förderer</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.quarters }}<dt>Quartiere</dt><dd>{{ range . }}{{ with site.GetPage (printf "/quarters/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</dd>{{ end }}
</dl>
{{ .Content }}
{{ if eq .Section "operators" }}
  {{ $slug := .File.ContentBaseName }}
  <h2>Anlaufstellen</h2>
  <ul class="cards">{{ range index (partialCached "index-by.html" (dict "section" "contact-points" "key" "operators") "contact-points" "operators") $slug }}{{ partial "card.html" . }}{{ end }}</ul>
{{ end }}
</article>
{{ end }}
""",
    "contact-points/single.html": """{{ define "main" }}
{{ $slug := .File.ContentBaseName }}
<article>
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.summary }}</p>
<dl>
<dt>Art</dt><dd>{{ .Params.kind }}</dd>
{{ with .Params.address }}<dt>Adresse</dt><dd>{{ .street }}<br>{{ .postal_code }} {{ .city }}</dd>{{ end }}
{{ with .Params.geo }}<dt>Lage</dt><dd><a href="https://www.openstreetmap.org/?mlat={{ .lat }}&amp;mlon={{ .lon }}">Karte</a></dd>{{ end }}
<dt>Öffnungszeiten</dt><dd>{{ .Params.opening_hours }}{{ with .Params.opening_hours_note }} ({{ . }}){{ end }}</dd>
{{ with .Params.phone }}<dt>Telefon</dt><dd><a href="tel:{{ . }}">{{ . }}</a></dd>{{ end }}
{{ with .Params.email }}<dt>E-Mail</dt><dd><a href="mailto:{{ . }}">{{ . }}</a></dd>{{ end }}
<dt>Quartier</dt><dd>{{ range .Params.quarters }}{{ with site.GetPage (printf "/quarters/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}</dd>
<dt>Träger</dt><dd>{{ range .Params.operators }}{{ with site.GetPage (printf "/operators/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</dd>
{{ partial "terms.html" (dict "page" . "tax" "target_groups" "label" "Für wen") }}
{{ partial "terms.html" (dict "page" . "tax" "topics" "label" "Themen") }}
{{ partial "terms.html" (dict "page" . "tax" "languages" "label" "Sprachen") }}
{{ with .Params.accessibility }}<dt>Barrierefreiheit</dt><dd>Rollstuhl: {{ .wheelchair }}, WC: {{ .toilet }}</dd>{{ end }}
</dl>
{{ .Content }}
<h2>Angebote hier</h2>
<ul class="cards">{{ range index (partialCached "index-by.html" (dict "section" "offerings" "key" "contact_point") "offerings" "contact_point") $slug }}{{ partial "card.html" . }}{{ end }}</ul>
</article>
{{ end }}
""",
    "offerings/single.html": """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.summary }}</p>
<dl>
<dt>Wann</dt><dd>
{{ with .Params.schedule }}{{ . }}{{ end }}
{{ with .Params.dates }}<ul>{{ range . }}<li>{{ .start }} – {{ .end }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.schedule_note }}<br>{{ . }}{{ end }}
</dd>
<dt>Wo</dt><dd>{{ with site.GetPage (printf "/contact-points/%s" .Params.contact_point) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a><br>{{ with .Params.address }}{{ .street }}, {{ .postal_code }} {{ .city }}{{ end }}{{ end }}</dd>
{{ partial "terms.html" (dict "page" . "tax" "target_groups" "label" "Für wen") }}
{{ partial "terms.html" (dict "page" . "tax" "topics" "label" "Themen") }}
{{ partial "terms.html" (dict "page" . "tax" "languages" "label" "Sprachen") }}
{{ with .Params.cost }}<dt>Kosten</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.registration }}<dt>Anmeldung</dt><dd>{{ if .required }}erforderlich{{ with .note }}: {{ . }}{{ end }}{{ else }}nicht nötig{{ end }}</dd>{{ end }}
{{ with site.GetPage (printf "/operators/%s" .Params.operator) }}<dt>Träger</dt><dd><a href="{{ .RelPermalink }}">{{ .Title }}</a></dd>{{ end }}
</dl>
{{ .Content }}
</article>
{{ end }}
""",
    "quarters/single.html": """{{ define "main" }}
{{ $slug := .File.ContentBaseName }}
<article>
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.summary }}</p>
<dl>
<dt>Bezirk</dt><dd>{{ .Params.district }}</dd>
{{ with .Params.other_names }}<dt>Auch genannt</dt><dd>{{ delimit . ", " }}</dd>{{ end }}
</dl>
{{ with .Params.profile }}<table><tr><th>Kennzahl</th><th>Wert</th><th>Jahr</th></tr>{{ range . }}<tr><td>{{ .label }}</td><td>{{ .value }} {{ .unit }}</td><td>{{ .year }}</td></tr>{{ end }}</table>{{ end }}
{{ .Content }}
<h2>Anlaufstellen</h2>
<ul class="cards">{{ range index (partialCached "index-by.html" (dict "section" "contact-points" "key" "quarters") "contact-points" "quarters") $slug }}{{ partial "card.html" . }}{{ end }}</ul>
<h2>Angebote</h2>
<ul class="cards">{{ range index (partialCached "index-by.html" (dict "section" "offerings" "key" "quarters") "offerings" "quarters") $slug }}{{ partial "card.html" . }}{{ end }}</ul>
<h2>Aktuelles</h2>
<ul class="cards">{{ range index (partialCached "index-by.html" (dict "section" "news" "key" "quarters") "news" "quarters") $slug }}{{ partial "card.html" . }}{{ end }}</ul>
</article>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<p>{{ len .RegularPages }} Einträge</p>
<ul class="cards">{{ range .RegularPages.ByTitle }}{{ partial "card.html" . }}{{ end }}</ul>
{{ end }}
""",
    "_default/taxonomy.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_default/term.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} Seiten</p>
<ul class="cards">{{ range .Pages.ByTitle }}{{ partial "card.html" . }}{{ end }}</ul>
{{ end }}
""",
    "index.html": """{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ .Content }}
<h2>Aktuelles</h2>
<ul class="cards">{{ range first 10 (site.GetPage "/news").RegularPages.ByDate.Reverse }}{{ partial "card.html" . }}{{ end }}</ul>
<h2>Demnächst</h2>
<ul class="cards">{{ range first 10 ((where (site.GetPage "/offerings").RegularPages "Params.next_date" "!=" nil).ByParam "next_date") }}{{ partial "card.html" . }}{{ end }}</ul>
<h2>Quartiere</h2>
<ul>{{ range (site.GetPage "/quarters").RegularPages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
""",
}

CSS = """body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem}
header nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
.card{border:1px solid #ccc;border-radius:.5rem;padding:.5rem 1rem}
footer{border-top:1px solid #ccc;margin-top:2rem;padding:1rem 0}
"""

SECTION_TITLES = {"quarters": "Quartiere", "contact-points": "Anlaufstellen", "offerings": "Angebote",
                  "operators": "Träger", "programs": "Förderprogramme", "news": "Aktuelles", "pages": "Seiten"}


def write_hugo(data, root):
    write(os.path.join(root, "config.yaml"), HUGO_CONFIG)
    for name, text in LAYOUTS.items():
        write(os.path.join(root, "layouts", name), text)
    write(os.path.join(root, "static", "style.css"), CSS)
    c = os.path.join(root, "content")
    write(os.path.join(c, "_index.md"), "---\ntitle: \"Quartiersentwicklung in Beispielstadt\"\n---\n"
          "Quartiersarbeit bringt Menschen in ihrer Nachbarschaft zusammen.\n")
    for sec, title in SECTION_TITLES.items():
        write(os.path.join(c, sec, "_index.md"), f"---\ntitle: \"{title}\"\n---\n")

    def page(sec, slug, front, text):
        write(os.path.join(c, sec, slug + ".md"), "---\n" + hugo_yaml(front) + "\n---\n" + text)

    for p in data["programs"]:
        page("programs", p["slug"], {"title": p["title"], "summary": p["summary"], "funder": p["funder"],
                                     "website": p["website"], "period": p["period"], "reference": p["reference"]}, p["body"])
    for x in data["quarters"]:
        page("quarters", x["slug"], {"title": x["title"], "summary": x["summary"], "district": x["district"],
                                     "center": list(x["center"]), "other_names": x["aliases"], "programs": x["programs"],
                                     "profile": x["profile"]}, x["body"])
    for o in data["operators"]:
        page("operators", o["slug"], {"title": o["title"], "summary": o["summary"], "kind": o["kind"],
                                      "website": o["website"], "phone": o["phone"], "email": o["email"],
                                      "address": o["address"]}, o["body"])
    for x in data["contact_points"]:
        page("contact-points", x["slug"], {
            "title": x["title"], "summary": x["summary"], "kind": x["kind"], "quarters": [x["quarter"]],
            "operators": x["operators"], "address": x["address"], "geo": {"lat": x["geo"][0], "lon": x["geo"][1]},
            "opening_hours": x["opening_hours"], "opening_hours_note": x["opening_hours_note"], "phone": x["phone"],
            "email": x["email"], "contacts": x["contacts"], "target_groups": x["target_groups"], "topics": x["topics"],
            "languages": x["languages"], "accessibility": x["accessibility"], "programs": x["programs"],
            "active_from": x["active_from"]}, x["body"])
    for x in data["offerings"]:
        front = {"title": x["title"], "summary": x["summary"], "contact_point": x["contact_point"],
                 "quarters": [x["quarter"]], "operator": x["operator"], "schedule": x.get("schedule"),
                 "dates": x.get("dates"), "schedule_note": x.get("schedule_note"),
                 "next_date": x["dates"][0]["start"] if "dates" in x else None,
                 "target_groups": x["target_groups"], "topics": x["topics"], "languages": x["languages"],
                 "cost": x["cost"], "registration": x["registration"]}
        page("offerings", x["slug"], front, x["body"])
    for x in data["pages"]:
        page("pages", x["slug"], {"title": x["title"], "summary": x["summary"], "menu_weight": x.get("menu")}, x["body"])
    for x in data["news"]:
        page("news", x["slug"], {"title": x["title"], "date": x["date"], "quarters": x["quarters"],
                                 "summary": x["summary"]}, x["body"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--offerings", type=int, required=True, metavar="N")
    ap.add_argument("--out", required=True, metavar="DIR")
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--languages", default="de", metavar="LANGS",
                    help="the Quartier site's languages, e.g. 'de en tr ar uk ru' (Hugo's site stays German)")
    args = ap.parse_args(argv)
    if args.offerings < 1:
        ap.error("--offerings must be at least 1")
    data = generate(args.offerings, args.seed)
    for sub in ("quartier", "hugo"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
    write_quartier(data, os.path.join(args.out, "quartier"), args.languages.split())
    write_hugo(data, os.path.join(args.out, "hugo"))
    counts = ", ".join(f"{len(v)} {k.replace('_', ' ')}" for k, v in data.items())
    print(f"generate.py: wrote {args.out}/quartier and {args.out}/hugo: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
