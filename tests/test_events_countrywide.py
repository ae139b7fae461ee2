"""Violence told for a whole country: a crackdown's toll that names no town is an event of its own,
placed at the country (geo_precision 3) with the toll its claimant gives, not folded away as a
comment on the report's town-level events and not moved to the next paragraph's town."""
import vigil


def extract(text, country):
    return vigil.extract_text(text, published="2023-11-20", country=country)


def test_a_countrywide_toll_is_kept_at_the_country():
    for text, country, toll in [
        ("The government's crackdown on the uprising has killed at least 300 people, rights groups say.\n\n"
         "In Shiraz, hundreds of students marched through the university campus on Sunday.", "IR", 300),
        ("Activists say the security forces' crackdown has left at least 85 protesters dead since the vote.\n\n"
         "In Bulawayo, vendors staged a sit-in outside the city hall on Friday.", "ZW", 85),
    ]:
        rec = extract(text, country)
        wide = [e for e in rec.events if e.status == "reported" and e.location and e.location.geo_precision == 3]
        town = [e for e in rec.events if e.location and e.location.geo_precision == 1]
        assert town, text
        if "since" in text:  # a running tally since an earlier date is no event of this report
            assert not [e for e in wide if e.fatalities == toll and e.status == "reported" and e.date > "2023-11"], text
            continue
        assert [e.fatalities for e in wide] == [toll], (text, rec.events)
        assert all(e.fatalities != toll for e in town), text


def test_a_clause_with_no_place_does_not_take_the_next_paragraphs_town():
    rec = extract("Security forces opened fire on a march in the capital on Monday, killing 12 protesters, "
                  "a rights group said.\n\nIn Kisumu, traders closed their shops on Tuesday in protest.", "KE")
    lethal = [e for e in rec.events if e.fatalities == 12]
    assert lethal and all(e.location.name != "Kisumu" for e in lethal), rec.events


def test_a_toll_in_a_because_clause_counts_when_the_event_is_told_there():
    for text in ["Families are in hiding because the crackdown has killed at least 40 people, activists say.",
                 "Many residents have fled because the army's crackdown has already killed 40 villagers, local leaders said."]:
        rec = extract(text, "MM")
        assert [e.fatalities for e in rec.events if e.status == "reported"] == [40], (text, rec.events)
    rec = extract("Students rioted in Mandalay on Tuesday because soldiers had killed two classmates the week before.", "MM")
    riots = [e for e in rec.events if e.event_type == "Riots"]
    assert riots and all(not e.fatalities for e in riots), rec.events


def test_a_sentence_opening_on_a_day_of_its_own_is_the_next_event():
    for text, country in [
        ("Fighting reached the outskirts of Kharkiv at the weekend. On Friday, a missile hit a market in the city, "
         "killing three people.", "UA"),
        ("Soldiers and rebels fought for the hills above Bunia last week. Late on Tuesday, an artillery shell "
         "struck a school in the town, killing two pupils.", "CD"),
    ]:
        rec = extract(text, country)
        subs = {e.sub_event_type for e in rec.events if e.status == "reported"}
        assert {"Armed clash", "Shelling/artillery/missile attack"} <= subs, (text, subs)
    rec = extract("Rebels shelled army positions near Avdiivka on Monday. During the day, two soldiers were "
                  "wounded along the front.", "UA")
    assert len([e for e in rec.events if e.status == "reported"]) == 1, rec.events
