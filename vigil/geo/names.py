"""Name normalisation and the small hand-made tables the gazetteer adds to its sources.

``norm`` is the one key function: every gazetteer name and every mention is looked up
through it, so "Bandar-e Māhshahr", "bandar e mahshahr" and "BANDAR-E MAHSHAHR" meet.
"""
from __future__ import annotations

import functools
import re
import unicodedata

_PUNCT = str.maketrans({"’": "", "‘": "", "`": "", "´": "", "ʼ": "", "ʻ": "", "'": "", "ʿ": "", "ʾ": "",
                        "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", ".": "",
                        "_": " ", "/": " ", ",": " "})
_LATIN = re.compile(r"^[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .’\-(),&]+$")
_SPACE = re.compile(r"\s+")
NORM_MEMO = 16384


@functools.lru_cache(maxsize=NORM_MEMO)
def norm(s: str) -> str:
    """The lookup key of a name: no diacritics, casefolded, hyphens as spaces, no dots or
    apostrophes, "St"/"Mt"/"Ft" spelt out ("St. Petersburg" meets "Saint Petersburg").
    Remembered for the last NORM_MEMO names: a report's names come back in every sentence and
    every extractor (about 3 us a name worked out, 0.2 us remembered)."""
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    key = _SPACE.sub(" ", s.translate(_PUNCT).casefold()).strip()
    return _ABBREV.sub(lambda m: _SPELT[m.group(1)], key) if _ABBREV.search(key) else key


_SPELT = {"st": "saint ", "ste": "sainte ", "mt": "mount ", "ft": "fort "}
_ABBREV = re.compile(r"\b(st|ste|mt|ft) (?=\w)")


def is_latin(s: str) -> bool:
    """True for names written in Latin script (the only ones an English text can hold)."""
    return bool(s) and bool(_LATIN.match(s)) and not s.strip().isdigit()


_MARKS = str.maketrans({c: "'" for c in "‘ʻʼʿʾ`´"} | {"–": "-"})


def is_latin_name(s: str) -> bool:
    """``is_latin``, transliteration marks and en dashes allowed: a gazetteer name such as
    "Al ‘Amārah", "Qo‘qon" or "Rosemont–La Petite-Patrie" is indexed (``norm`` drops the marks)."""
    return is_latin(s.translate(_MARKS)) if s else False


# Words that name towns somewhere but are almost never places in a news report.
COMMON_WORDS = frozenset(norm(w) for w in """
police protest army government university court news media union council party press
state city province region district county capital north south east west central
republic kingdom president minister ministry parliament congress senate church mosque
hospital school prison airport station street road bridge square market centre center
border coast island islands valley river lake mountain mountains sea ocean gulf bay
victory freedom liberty independence unity peace justice hope progress eden paradise
sunday monday tuesday wednesday thursday friday saturday january february march april may
june july august september october november december spring summer autumn winter
god allah jesus christ islam islamic muslim christian jewish catholic
resistance revolution uprising strike rally march regime opposition
mayor governor sheriff general colonel captain king queen prince princess
new old great little big white black red green blue gold silver
a an as at ad al el la le les los las de del di da do du des den der das dos of on by to
northern southern eastern western upper lower greater
federal national royal imperial international global
""".split())
# Words that join the parts of a place name ("Martinez de la Torre", "Ras al Ain").
CONNECTORS = frozenset("de del la las los el al ar as ash ad at an ibn bin of do da dos das di du des y e".split())



def without_connectors(key: str) -> str:
    """A normalised name without its inner "de"/"del"/"de la" ("san andres tuxtla" for
    "san andres de tuxtla"), so either spelling finds the other; the key itself otherwise."""
    words = key.split()
    if len(words) < 3:
        return key
    inner = [w for w in words[1:-1] if w not in ("de", "del", "la", "las", "los")]
    return " ".join([words[0], *inner, words[-1]]) if len(inner) < len(words) - 2 else key


def spelling_of(written: str, name: str) -> bool:
    """Is ``written`` another romanisation of ``name`` ("Idleb" of "Idlib", "Ar-Raqqa" of
    "Raqqa", "Odessa" of "Odesa")? Their letters agree for the most part and their lengths
    differ by an article at most; "Dnipro" is no spelling of "Dnipropetrovsk", nor "Taraz"
    of "Zhambyl", nor "Casablanca" of "Casablanca-Settat"."""
    import difflib
    a = "".join(ch for ch in norm(written) if ch.isalpha())
    b = "".join(ch for ch in norm(name) if ch.isalpha())
    return bool(a) and bool(b) and (a == b or abs(len(a) - len(b)) <= SPELLING_SLACK
                                    and difflib.SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO)


def long_vowel_spellings(key: str) -> list:
    """Other romanisations of a name (a normalised key) that differ from it in one word by a
    doubled letter or a long vowel: "lower shabelle" -> "lower shabeelle", "middle shabele";
    "hiraan" -> "hiiraan". Somali and Arabic names are written with and without them."""
    words = key.split()
    out = []
    for n, word in enumerate(words):
        if len(word) < 4 or word in CONNECTORS:
            continue
        forms = {re.sub(r"([a-z])\1", r"\1", word)}
        forms |= {word[:k] + word[k] + word[k:] for k in range(1, len(word)) if word[k] in "aeiou"
                  and word[k - 1] != word[k] and (k + 1 == len(word) or word[k + 1] != word[k])}
        out += [" ".join(words[:n] + [f] + words[n + 1:]) for f in sorted(forms) if f != word]
    return out[:MAX_SPELLINGS]


MAX_SPELLINGS = 40
MEMO_LIMIT = 10_000     # names remembered by first_known_spelling before it starts again


def first_known_spelling(gaz, key: str) -> tuple:
    """The candidate codes of the first of ``long_vowel_spellings(key)`` that ``gaz`` knows, else ();
    remembered per name (unknown names recur across a corpus; each costs up to MAX_SPELLINGS lookups)."""
    memo = gaz.__dict__.setdefault("_first_known_spelling", {})
    codes = memo.get(key)
    if codes is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        codes = memo[key] = next((c for c in map(gaz.lookup, long_vowel_spellings(key)) if c), ())
    return codes
SPELLING_RATIO = 0.75
SPELLING_SLACK = 2          # letters: "Ar-Raqqa" for "Raqqa", "An Najaf" for "Najaf"


# Suffixes that mark a first-level division in running text ("Lorestan Province").
ADMIN_SUFFIXES = ("province", "governorate", "oblast", "division", "region", "state",
                  "prefecture", "department", "district", "county", "emirate", "voivodeship",
                  "popularate", "municipality", "provincia", "wilaya", "krai", "territory")

# Extra names for countries that their official sources lack (key: ISO2).
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America",
           "the United States", "the US", "the U.S."],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "the UK"],
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    "KP": ["North Korea", "DPRK", "D.P.R.K."], "KR": ["South Korea", "ROK", "Korea"],
    "RU": ["Russia"], "IR": ["Iran", "Persia"], "SY": ["Syria"], "VN": ["Vietnam"],
    "LA": ["Laos"], "MD": ["Moldova"], "TZ": ["Tanzania"], "BO": ["Bolivia"], "VE": ["Venezuela"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"], "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"], "MM": ["Burma", "Myanmar"], "MK": ["North Macedonia", "Macedonia"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories", "West Bank", "Gaza Strip"],
    "VA": ["Vatican", "Vatican City", "Holy See"], "TW": ["Taiwan"], "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"], "CV": ["Cape Verde", "Cabo Verde"], "BN": ["Brunei"],
    "TR": ["Turkey", "Turkiye", "Türkiye"], "NL": ["Netherlands", "Holland", "the Netherlands"],
    "XK": ["Kosovo"], "FM": ["Micronesia"], "BS": ["Bahamas", "the Bahamas"],
    "GM": ["Gambia", "The Gambia"], "PH": ["Philippines", "the Philippines"],
    "TT": ["Trinidad", "T&T"], "BA": ["Bosnia"], "SA": ["Saudi Arabia", "KSA"],
}

# Demonyms and adjectives of place: text -> ISO2 country or region key ("@Europe").
DEMONYMS = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT",
    "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY",
    "Belgian": "BE", "Beninese": "BJ", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR",
    "British": "GB", "Bulgarian": "BG", "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI",
    "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL",
    "Chinese": "CN", "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU",
    "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dominican": "DO", "Dutch": "NL",
    "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE",
    "Ethiopian": "ET", "Fijian": "FJ", "Filipino": "PH", "Finnish": "FI", "French": "FR",
    "Gabonese": "GA", "Gambian": "GM", "Georgian": "GE", "German": "DE", "Ghanaian": "GH",
    "Greek": "GR", "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT", "Honduran": "HN",
    "Hungarian": "HU", "Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR",
    "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI",
    "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE",
    "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV",
    "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT", "Macedonian": "MK",
    "Malagasy": "MG", "Malawian": "MW", "Malaysian": "MY", "Maldivian": "MV", "Malian": "ML",
    "Maltese": "MT", "Mauritanian": "MR", "Mauritian": "MU", "Mexican": "MX", "Moldovan": "MD",
    "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA",
    "Nepalese": "NP", "Nepali": "NP", "Nicaraguan": "NI", "Nigerian": "NG", "Nigerien": "NE",
    "North Korean": "KP", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS",
    "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT",
    "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Salvadoran": "SV",
    "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Singaporean": "SG", "Slovak": "SK",
    "Slovenian": "SI", "Somali": "SO", "South African": "ZA", "South Korean": "KR",
    "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE",
    "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH",
    "Togolese": "TG", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG",
    "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN",
    "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW", "Korean": "KR", "Scottish": "GB.SCT",
    "Welsh": "GB.WLS", "English": "GB.ENG", "Kashmiri": "@Kashmir",
    "European": "@Europe", "African": "@Africa", "Asian": "@Asia", "Latin American": "@Latin America",
    "Central American": "@Central America", "South American": "@South America",
    "North American": "@North America", "Middle Eastern": "@Middle East", "Caribbean": "@Caribbean",
    "Arab": "@Middle East", "Scandinavian": "@Scandinavia", "Balkan": "@Balkans",
    "Mediterranean": "@Mediterranean", "Atlantic": "@Atlantic", "Pacific": "@Pacific",
    "Hawaiian": "US.HI", "Californian": "US.CA", "Texan": "US.TX", "Floridian": "US.FL",
    "Kurdish": "@Kurdistan", "Sahrawi": "EH",
    # nations the list above lacked, and common variants
    "Philippine": "PH", "Serb": "RS", "Bosniak": "BA", "Croat": "HR", "Slovene": "SI", "Luxembourgish": "LU",
    "Bhutanese": "BT", "Botswanan": "BW", "Motswana": "BW", "Djiboutian": "DJ", "Comorian": "KM",
    "Basotho": "LS", "Belizean": "BZ", "Barbadian": "BB", "Bahamian": "BS", "Samoan": "WS", "Tongan": "TO",
    "Papua New Guinean": "PG", "Surinamese": "SR", "Seychellois": "SC", "Bruneian": "BN", "Timorese": "TL",
    "Cape Verdean": "CV", "Central African": "CF", "Equatorial Guinean": "GQ", "Equatoguinean": "GQ",
    "Andorran": "AD", "Monegasque": "MC", "Grenadian": "GD", "Guyanese": "GY", "Sierra Leonean": "SL",
    "Costa Rican": "CR", "Puerto Rican": "PR", "Trinidadian": "TT", "Saint Lucian": "LC", "Vincentian": "VC",
    "Antiguan": "AG", "Kittitian": "KN", "Vanuatuan": "VU", "Ni-Vanuatu": "VU", "Solomon Islander": "SB",
    "I-Kiribati": "KI", "Tuvaluan": "TV", "Nauruan": "NR", "Marshallese": "MH", "Palauan": "PW",
    "New Zealander": "NZ", "Liechtensteiner": "LI", "Sammarinese": "SM",
    "Swazi": "SZ", "Gibraltarian": "GI", "Greenlandic": "GL", "Faroese": "FO", "Bermudian": "BM",
    "Mosotho": "LS", "Guinea-Bissauan": "GW", "Bissau-Guinean": "GW", "Yemenite": "YE",
    "Sicilian": "IT.15", "Sardinian": "IT.14", "Catalan": "ES.56", "Basque": "ES.59", "Bavarian": "DE.02",
    "Siberian": "@Siberia", "Saharan": "@Sahara", "Himalayan": "@Himalayas", "Levantine": "@Levant",
    "Maghrebi": "@Maghreb", "Sahelian": "@Sahel",
}

# Regions, continents and waters with approximate centres: name, lat, lon, aliases.
REGIONS = [
    ("Europe", 48.69096, 9.14062, ["EU", "European Union", "E.U."]),
    ("Africa", 7.1881, 21.09375, []), ("Asia", 29.84064, 89.29688, []),
    ("North America", 46.07323, -100.54688, []), ("South America", -14.60485, -57.65625, []),
    ("Oceania", -18.31281, 138.51562, []), ("Antarctica", -78.15856, 16.40626, []),
    ("Middle East", 33.13906, 35.85869, ["Mideast"]), ("Caribbean", 15.0, -73.0, ["Caribbean Sea"]),
    ("Central America", 12.76, -85.6, []), ("Latin America", -4.4, -61.2, []),
    ("Balkans", 42.0, 21.0, []), ("Scandinavia", 62.0, 14.0, []), ("Sahel", 15.0, 5.0, []),
    ("Horn of Africa", 8.0, 45.0, []), ("West Africa", 11.0, -3.0, []),
    ("East Africa", 0.0, 36.0, []), ("North Africa", 27.0, 14.0, []),
    ("Southeast Asia", 10.0, 110.0, ["South-East Asia"]), ("South Asia", 23.0, 79.0, []),
    ("Central Asia", 43.0, 65.0, []), ("Gulf", 27.0, 51.0, ["Persian Gulf", "Arabian Gulf"]),
    ("Mediterranean", 35.0, 18.0, ["Mediterranean Sea"]), ("Atlantic", 10.0, -25.0, ["Atlantic Ocean"]),
    ("Pacific", 0.0, -160.0, ["Pacific Ocean"]), ("Indian Ocean", -10.0, 75.0, []),
    ("Arctic", 80.0, 0.0, ["Arctic Ocean"]), ("Red Sea", 20.0, 38.5, []), ("Black Sea", 43.0, 34.0, []),
    ("Caspian Sea", 42.0, 50.5, ["Caspian"]), ("South China Sea", 12.0, 114.0, []),
    ("Gulf of Mexico", 25.0, -90.0, []), ("Kashmir", 34.3, 75.3, []), ("Kurdistan", 36.5, 44.0, []),
    ("Sinai", 29.5, 33.8, ["Sinai Peninsula"]), ("Golan Heights", 33.0, 35.75, ["Golan"]),
    ("Donbas", 48.0, 38.5, ["Donbass"]), ("Siberia", 60.0, 105.0, []), ("Patagonia", -44.0, -69.0, []),
    ("Sahara", 23.0, 13.0, ["Sahara Desert"]), ("Amazon", -4.0, -62.0, []),
    ("Himalayas", 28.6, 83.9, []), ("Alps", 46.4, 10.0, []), ("Appalachians", 38.0, -80.5, []),
    ("Levant", 34.0, 36.0, []), ("Maghreb", 32.0, 3.0, []), ("Eurasia", 50.0, 80.0, []),
    # peninsulas that are no one country (the middle of their extent): "the Korean Peninsula" is
    # not South Korea, "the Arabian Peninsula" not Saudi Arabia
    ("Korean Peninsula", 38.6, 127.6, ["Korea Peninsula"]), ("Arabian Peninsula", 23.5, 46.5, ["Arabia"]),
    ("Iberian Peninsula", 40.2, -4.0, []), ("Malay Peninsula", 5.0, 101.5, []),
    ("Indochina", 15.0, 105.0, ["Indochinese Peninsula"]),
]

# News-style abbreviations of US states (AP style), as admin1 keys.
STATE_ABBREVIATIONS = {
    "Ala.": "US.AL", "Ariz.": "US.AZ", "Ark.": "US.AR", "Calif.": "US.CA", "Colo.": "US.CO",
    "Conn.": "US.CT", "Del.": "US.DE", "Fla.": "US.FL", "Ga.": "US.GA", "Ill.": "US.IL",
    "Ind.": "US.IN", "Kan.": "US.KS", "Ky.": "US.KY", "La.": "US.LA", "Md.": "US.MD",
    "Mass.": "US.MA", "Mich.": "US.MI", "Minn.": "US.MN", "Miss.": "US.MS", "Mo.": "US.MO",
    "Mont.": "US.MT", "Neb.": "US.NE", "Nev.": "US.NV", "N.H.": "US.NH", "N.J.": "US.NJ",
    "N.M.": "US.NM", "N.Y.": "US.NY", "N.C.": "US.NC", "N.D.": "US.ND", "Okla.": "US.OK",
    "Ore.": "US.OR", "Pa.": "US.PA", "R.I.": "US.RI", "S.C.": "US.SC", "S.D.": "US.SD",
    "Tenn.": "US.TN", "Vt.": "US.VT", "Va.": "US.VA", "Wash.": "US.WA", "W.Va.": "US.WV",
    "Wis.": "US.WI", "Wyo.": "US.WY", "D.C.": "US.DC",
}
# Countries whose divisions are commonly written as postal codes ("Vancouver, BC").
POSTAL_CODE_COUNTRIES = ("US", "CA", "AU")
# Words that qualify a place name without changing where it is ("Eastern Ghouta").
QUALIFIERS = ("northern", "southern", "eastern", "western", "central", "north", "south", "east",
              "west", "greater", "upper", "lower", "rural", "downtown", "metropolitan", "metro")
GENERIC_TAILS = ("city", "peninsula", "area", "metropolitan area", "region", "town", "district",
                 "municipality", "valley", "coast", "island", "village", "upazila", "neighbourhood",
                 "neighborhood")

# Short forms of big cities that GeoNames lists only among codes (GeoNames ids).
CITY_ALIASES = {"NYC": 5128581, "LA": 5368361, "L.A.": 5368361, "DC": 4140963, "D.C.": 4140963}

# First-level divisions whose established English name differs from GeoNames' new spelling.
ENGLISH_ADMIN1 = {"BD.84": "Chittagong", "BD.85": "Barisal"}
