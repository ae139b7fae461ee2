"""Many happenings counted as one tally are background, and so is what the tally's relative clause
says they did (CODEBOOK 9, 'Status': code what the report says happened): "rights groups
have recorded dozens of raids that destroyed homes" tells no one raid (status._tally_of_many). An
aim told with a stretch of years ("has been fighting for months to seize the coast") takes that
stretch's time (status._habitual)."""
import functools

from _events_helpers import run as run_rules


@functools.lru_cache(maxsize=1)
def _model():
    from vigil.extract.events import learned
    return learned.load()


def run(text, **kw):
    """The events of text as the shipped coder reads them: the rules and the packaged model, whose
    scope gate drops the weak strategic reading a tally's clause leaves behind."""
    return run_rules(text, classifier=_model(), **kw)


def places(evs):
    return {e.location.name if e.location else None for e in evs if e.status == "reported"}


def test_raids_that_destroyed_homes_are_a_tally():
    text = ("Troops killed two rebels near Tame on Tuesday, the army said.\n\n"
            "Rights groups have recorded dozens of raids that destroyed homes in villages around Saravena.")
    evs, _, _ = run(text, places=["Tame", "Saravena"], country="CO", published="2024-05-22")
    assert places(evs) == {"Tame"}


def test_bombings_that_killed_soldiers_are_a_tally():
    text = ("A bomb killed a soldier in Mogadishu on Sunday, officials said.\n\n"
            "The group has claimed a string of bombings that killed soldiers in Baidoa and Kismayo.")
    evs, _, _ = run(text, places=["Mogadishu", "Baidoa", "Kismayo"], country="SO", published="2025-06-03")
    assert "Baidoa" not in places(evs) and "Kismayo" not in places(evs)


def test_raids_that_burned_villages_are_a_tally():
    text = ("Police detained a union leader in Port Sudan on Sunday.\n\n"
            "UN investigators have recorded a series of raids that burned villages in West Darfur.")
    evs, _, _ = run(text, places=["Port Sudan", "West Darfur"], country="SD", published="2025-04-15")
    assert "West Darfur" not in places(evs)


def test_scores_of_air_strikes_are_a_tally():
    """The signal "air strikes" starts at "air", a modifier of the counted noun."""
    text = ("A car bomb killed four people in Azaz on Saturday, the civil defence said.\n\n"
            "Monitors have documented scores of air strikes that hit markets and bakeries across Idlib.")
    evs, _, _ = run(text, places=["Azaz", "Idlib"], country="SY", published="2025-02-10")
    assert places(evs) == {"Azaz"}


def test_an_aim_of_months_is_no_event():
    text = ("Police arrested four students in Yangon on Monday, their families said.\n\n"
            "Villagers blamed the Arakan Army, which has been fighting for months to seize the Rakhine coast "
            "from the junta.")
    evs, _, _ = run(text, places=["Yangon", "Rakhine"], country="MM", published="2025-01-29")
    assert places(evs) == {"Yangon"}
    text = ("Troops killed two rebels near Tame on Tuesday, the army said.\n\n"
            "Residents blamed the ELN, which has been fighting for years to seize the Catatumbo from an alliance "
            "of dissident factions.")
    evs, _, _ = run(text, places=["Tame", "Catatumbo"], country="CO", published="2024-05-22")
    assert places(evs) == {"Tame"}
    text = ("A bomb killed a soldier in Mogadishu on Sunday, officials said.\n\n"
            "Farmers blamed Al-Shabaab, which has been fighting for years to seize the farmland of Lower Shabelle "
            "from clan militias.")
    evs, _, _ = run(text, places=["Mogadishu", "Lower Shabelle"], country="SO", published="2025-06-03")
    assert places(evs) == {"Mogadishu"}


def test_raids_on_one_day_stay_reported():
    text = ("Soldiers carried out dozens of raids that destroyed homes in Saravena on Monday, residents said.")
    evs, _, _ = run(text, places=["Saravena"], country="CO", published="2024-05-22")
    assert places(evs) == {"Saravena"}
