"""A habit or a situation told in the present simple is background, not an event (CODEBOOK 9,
'Status': code what the report says happened): "armed gangs stop lorries and kidnap their drivers",
with a plural doer of no known identity and no day named (present.generic_present). The
present of a headline, of a live blog's timed entry, or of a sentence that names its day tells one
happening and stays reported."""
from _events_helpers import run


def reported(evs):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in evs if e.status == "reported"]


def places(evs):
    return {p for _, p in reported(evs)}


def test_gangs_that_stop_lorries_and_kidnap_drivers():
    text = ("Gunmen abducted 14 passengers from a bus near Funtua on Saturday, police said.\n\n"
            "On the highway south of Birnin Gwari, armed gangs stop lorries and kidnap their drivers for ransom.")
    evs, _, _ = run(text, places=["Funtua", "Birnin Gwari"], country="NG", published="2024-03-12")
    assert places(evs) == {"Funtua"}
    assert any(e.status == "historical" for e in evs)


def test_groups_that_extort_growers_and_burn_orchards():
    text = ("Soldiers clashed with cartel gunmen outside Apatzingan on Tuesday, leaving four dead, the defence "
            "ministry said.\n\n"
            "In the hills above Aguililla, criminal groups demand payments from avocado growers and burn the "
            "orchards of those who refuse.")
    evs, _, _ = run(text, places=["Apatzingan", "Aguililla"], country="MX", published="2024-04-18")
    assert places(evs) == {"Apatzingan"}


def test_herders_who_clash_over_grazing_land():
    text = ("Police arrested nine men in Musoma on Thursday over the killing of a fisherman, a regional "
            "commander said.\n\n"
            "In Tarime, herders from both clans clash over grazing land and water.")
    evs, _, _ = run(text, places=["Musoma", "Tarime"], country="TZ", published="2025-02-07")
    assert "Tarime" not in places(evs)


def test_kidnap_gangs_that_seize_fishermen():
    text = ("Marines rescued two kidnapped traders in Patikul on Sunday after a brief firefight, the military "
            "said.\n\n"
            "Off the coast of Sulu, kidnap gangs seize fishermen and hold them for ransom on Jolo island.")
    evs, _, _ = run(text, places=["Patikul", "Sulu"], country="PH", published="2024-08-27")
    assert "Sulu" not in places(evs)


# --- the present that tells one happening stays reported ---

def test_a_headline_in_the_present_stays():
    evs, _, _ = run("Police fire tear gas at protesting students in Nairobi", places=["Nairobi"], country="KE",
                    published="2024-06-25")
    assert places(evs) == {"Nairobi"}


def test_a_live_blog_entry_in_the_present_stays():
    text = ("LIVE: Rally against the foreign agents bill\n\n"
            "Follow our coverage of the protest outside parliament in Tbilisi.\n\n"
            "10:15 - Riot police fire water cannon at demonstrators on Rustaveli Avenue in Tbilisi.")
    evs, _, _ = run(text, places=["Tbilisi", "Rustaveli Avenue"], country="GE", published="2024-05-14")
    assert "Tbilisi" in places(evs) or "Rustaveli Avenue" in places(evs)


def test_a_present_that_names_its_day_stays():
    text = ("Teachers marched through Sucre on Monday to demand a pay rise.\n\n"
            "In Cochabamba, drivers block the main road into the city on Tuesday, witnesses say.")
    evs, _, _ = run(text, places=["Sucre", "Cochabamba"], country="BO", published="2024-12-04")
    assert "Cochabamba" in places(evs)


def test_a_past_the_tagger_reads_as_present_stays():
    """"troops retook the town" tagged as a present: the form is a past's."""
    text = ("Rebels seized the town of Kitchanga on Monday, residents said.\n\n"
            "Government troops retook Kitchanga after a day of heavy fighting, the army said.")
    evs, _, _ = run(text, places=["Kitchanga"], country="CD", published="2024-02-21")
    assert any(sub == "Government regains territory" for sub, _ in reported(evs))
