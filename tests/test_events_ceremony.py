"""A march or a procession held for a ceremony, a festival or a religious feast is no demonstration
(CODEBOOK 3: a public gathering to make a demand or a point), so no protest; one that makes a demand
stays a protest."""
import vigil


def reported(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return [e.sub_event_type for e in rec.events if e.status == "reported"]


def test_schoolchildren_marching_at_a_state_ceremony_are_no_protest():
    assert reported("Official Independence Day ceremonies went ahead in Juba under tight security, with a few "
                    "hundred schoolchildren marching past officials at the main stadium.", "2024-07-10", "SS") == []


def test_a_religious_procession_is_no_protest():
    assert reported("Pilgrims carried a statue of the Virgin through the streets of Antigua on Good Friday in a "
                    "procession watched by thousands.", "2023-04-08", "GT") == []


def test_devotees_marching_for_a_festival_are_no_protest():
    assert reported("Thousands of Hindu devotees marched through Varanasi on Tuesday to celebrate the festival "
                    "of Diwali.", "2022-10-26", "IN") == []


def test_a_march_at_a_celebration_that_demands_something_stays_a_protest():
    assert reported("Students marched through Kampala on Monday during graduation celebrations, demanding "
                    "lower fees.", "2023-02-14", "UG") == ["Peaceful protest"]


def test_a_ceremony_with_shots_heard_beside_it_is_no_event():
    assert reported("Independence Day celebrations went ahead in Bouake on Thursday under heavy security, with a "
                    "few hundred pupils marching past officials at the stadium. Gunshots were heard in two "
                    "neighbourhoods in the morning, but no one was reported hurt.", "2023-08-09", "CI") == []


def test_gunmen_firing_on_a_festival_procession_is_an_attack():
    assert reported("Gunmen opened fire on a festival procession in Jos on Sunday, killing five people, police "
                    "said.", "2022-04-19", "NG") == ["Attack"]
