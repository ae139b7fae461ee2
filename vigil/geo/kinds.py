"""What the gazetteer index holds: the kinds of place, the levels of a name's candidates, how
many candidates a name keeps, and the version of the cache file's format. Shared by the index
(``gazetteer``) and its builder (``geonames``)."""

FORMAT_VERSION = 22          # 13: admin1 English names (focus work); 14: demonyms and country aliases;
                             # 15: divisions of one country never share an English name; 16: packed index;
                             # 17: no English position-word renames (ACLED check keeps "Nord-Kivu");
                             # 18: a memory-mapped file of columns and a hash index, not a pickle;
                             # 19: a first-level division at the centroid of its towns' hull;
                             # 20: ... halfway to its iso3166-2 point; 21: town names with transliteration marks;
                             # 22: peninsulas as regions
CITY, ADMIN1, COUNTRY, REGION, ADMIN2 = 0, 1, 2, 3, 4
FEATURES = ("city", "admin1", "country", "region", "admin2")
MAX_CANDIDATES = 48          # per name, the most populous kept ...
MAX_FOREIGN = 48             # ... and then the most populous of each country not yet among them
RESPELT = 3                  # the level of a candidate found only under another romanisation
ARTICLES = {"al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath"}
