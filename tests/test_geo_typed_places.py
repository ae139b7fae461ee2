"""Events at places the gazetteer lacks (CODEBOOK, Precision; CONTRACT: an unknown place is named as
written, at the anchor the text gives). A village, a camp or an island the gazetteer does not hold is
still the event's place when the text itself types the name as a place ("Tumbalaga village", "the
village of Nhacutuwe", "Sherkhel, about 20 km from the border", "Thanbaw Island"): the event is kept,
named as written, at the best anchor the text gives (here only the country: geo_precision 3), rather
than dropped as a country-level comment on the report's town-level events. A name the text does not
type as a place, or a surname inside a person's name, stays out. Every place name below is invented."""
import vigil


def extract(text, country):
    return vigil.extract_text(text, published="2024-05-10", country=country)


def at(rec, name):
    return [e for e in rec.events if e.status == "reported" and e.location is not None and e.location.name == name]


TYPED = [
    ("Security in the northwest has worsened sharply this year, officials and aid workers say. Soldiers "
     "clashed with bandits in Zuru on Tuesday, killing six.\n\n"
     "On Monday, gunmen killed four farmers in Tumbalaga village, residents said.", "NG", "Tumbalaga", "Zuru"),
    ("Insurgents have stepped up raids across the north this year, aid agencies say. On Saturday, troops "
     "shelled insurgent positions outside Mocimboa da Praia.\n\n"
     "On Sunday, the insurgents beheaded two men in the village of Nhacutuwe, a local official said.",
     "MZ", "Nhacutuwe", "Mocimboa da Praia"),
    ("Violence has surged in the east since the spring, local officials say. Security forces clashed with "
     "militants in Jalalabad on Sunday.\n\n"
     "On Monday, a roadside bomb killed three shepherds in Sherkhel, about 20 km from the border, a health "
     "official said.", "AF", "Sherkhel", "Jalalabad"),
    ("The government says violence in the southwest is falling, but residents disagree. On Monday, soldiers "
     "clashed with a dissident faction near Popayan.\n\n"
     "Armed men set fire to five houses on the outskirts of Las Brisitas on Tuesday, community leaders said.",
     "CO", "Las Brisitas", "Popayan"),
]


def test_an_event_at_a_place_the_text_types_as_one_is_kept_at_its_anchor():
    for text, country, village, town in TYPED:
        rec = extract(text, country)
        kept = at(rec, village)
        assert len(kept) == 1, (village, rec.events)
        loc = kept[0].location
        assert loc.geonameid is None and loc.country == country and loc.geo_precision == 3, loc
        assert at(rec, town), (town, rec.events)          # the town's event stands beside it


def test_a_surname_is_no_place_however_often_repeated():
    rec = extract("LA PAZ, May 9 - Drivers blocked roads across the capital on Monday, and police cleared a "
                  "march in La Paz on Tuesday.\n\nOn Wednesday, police arrested Juan Mamani, the drivers' union "
                  "leader, as he left a meeting. His union said Mamani would be released.", "BO")
    assert not at(rec, "Mamani"), rec.events
    assert [e for e in rec.events if e.sub_event_type == "Arrests"], rec.events


def test_a_name_that_says_what_kind_of_place_it_is_is_a_place():
    for text, country, name in [
        ("Soldiers clashed with rebels in Sittwe on Sunday. On Monday, navy ships off the southern coast of "
         "Thanbaw Island fired shells into two fishing villages, killing four civilians, a local aid group said.",
         "MM", "Thanbaw Island"),
        ("Troops clashed with rebels near Jolo on Sunday. On Monday, gunmen raided a fishing community on "
         "Panglima Island, killing two villagers, the navy said.", "PH", "Panglima Island"),
        ("Police dispersed protesters in Nairobi on Monday. On Tuesday, armed men attacked the Kalobeyei Camp, "
         "wounding six refugees, aid workers said.", "KE", "Kalobeyei Camp"),
    ]:
        rec = extract(text, country)
        kept = at(rec, name)
        assert len(kept) == 1 and kept[0].location.geonameid is None, (name, rec.events)


def test_a_short_name_joined_by_a_hyphen_is_no_acronym():
    for text, country, name in [
        ("Soldiers clashed with rebels in Sittwe on Sunday. On Monday, rebels overran a police post in the "
         "village of Ma-Ei, residents said.", "MM", "Ma-Ei"),
        ("Troops clashed with militants in Beledweyne on Sunday. On Monday, militants attacked an army post in "
         "the village of Ba-Ad, killing two soldiers, officials said.", "SO", "Ba-Ad"),
        ("Soldiers clashed with rebels near Beni on Sunday. On Monday, militiamen looted shops in the village "
         "of Ka-Lo, residents said.", "CD", "Ka-Lo"),
    ]:
        rec = extract(text, country)
        assert at(rec, name), (name, rec.events)


def test_the_place_they_headed_towards_is_not_where_it_happened():
    for text, country, village, town in [
        ("Soldiers clashed with rebels in Sittwe on Sunday. On Monday, troops stationed at an outpost in the "
         "village of Thit-Kwe, further inland, left their positions and drove towards Minbya town, residents "
         "said.", "MM", "Thit-Kwe", "Minbya"),
        ("Soldiers clashed with jihadists near Mopti on Sunday. On Monday, gendarmes stationed at a post in the "
         "village of Sarakoro left their positions and drove towards Kouloumbari town, residents said.",
         "ML", "Sarakoro", "Kouloumbari"),
        ("Troops clashed with insurgents near Monguno on Sunday. On Monday, soldiers stationed at a base in the "
         "village of Kukawari withdrew from their positions and moved towards Gajiram-Kura town, residents "
         "said.", "NG", "Kukawari", "Gajiram-Kura"),
        ("Soldiers clashed with rebels near Yei on Sunday. On Tuesday, police stationed in the village of "
         "Lobonyi abandoned their posts and fled towards Kajokeji-Loa town, local officials said.",
         "SS", "Lobonyi", "Kajokeji-Loa"),
    ]:
        rec = extract(text, country)
        assert at(rec, village) and not at(rec, town), (village, rec.events)
