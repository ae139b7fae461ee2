"""An arrest made at the arrested people's homes, told beside a protest, is an arrest outside the protest
(CODEBOOK 8: Arrests, outside a protest event), an event of its own, not the protest's intervention."""
import vigil


def kinds(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return sorted(e.sub_event_type for e in rec.events if e.status == "reported")


def test_organisers_arrested_at_home_before_a_march():
    assert kinds("Thousands of teachers marched through Nairobi on Monday to demand higher pay, witnesses said.\n\n"
                 "Earlier, two organisers of the march were arrested at their homes in Nairobi in the early hours of "
                 "Monday, their lawyer said.", "2024-05-21", "KE") == ["Arrests", "Peaceful protest"]


def test_opposition_mps_detained_at_home_on_the_day_of_a_march():
    assert kinds("Opposition supporters marched peacefully through Kampala on Friday to demand electoral "
                 "reform.\n\nThat morning, officers detained two opposition MPs at their homes in Kampala, the "
                 "party said.", "2024-05-18", "UG") == ["Arrests", "Peaceful protest"]


def test_student_leaders_arrested_at_their_flats():
    assert kinds("Hundreds of students rallied in Harare on Wednesday against fee increases, chanting slogans.\n\n"
                 "Before dawn on Wednesday, police arrested three student leaders at their flats in Harare, the "
                 "students union said.", "2024-05-16", "ZW") == ["Arrests", "Peaceful protest"]


def test_traders_leaders_detained_at_home_before_a_march():
    assert kinds("Thousands of market traders marched through Lagos on Tuesday to protest against new levies.\n\n"
                 "Earlier, three leaders of the traders association were detained at their homes in Lagos in the "
                 "early hours of Tuesday, a lawyer said.", "2024-05-22", "NG") == ["Arrests", "Peaceful protest"]


def test_farmer_leaders_arrested_at_home_on_the_day_of_a_blockade():
    assert kinds("Farmers blocked the main highway outside Colombo on Monday to demand fertiliser subsidies.\n\n"
                 "That morning, officers arrested two farmer leaders at their homes near Colombo, the farmers "
                 "federation said.", "2024-05-21", "LK") == ["Arrests", "Peaceful protest"]
