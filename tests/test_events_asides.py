"""Clauses with event words that tell of no happening of their own (vigil/extract/events/asides.py):
a sound heard with no doer and no target is no fighting (CODEBOOK 5, 7); relatives gathering with no
demand are no demonstration (CODEBOOK 3); an event named as what victims survived, mourn or mark is
told elsewhere or is the past (CODEBOOK 9)."""
import vigil


def reported(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return [e.sub_event_type for e in rec.events if e.status == "reported"]


def test_gunfire_heard_is_no_clash():
    assert reported("Gunfire was heard in the Ndosho neighbourhood of Goma overnight on Tuesday, residents "
                    "said.", "2023-03-10", "CD") == []


def test_shots_ringing_out_are_no_clash():
    assert reported("Shots rang out in Djibo on Monday night, residents said, but the cause was not clear.",
                    "2023-03-10", "BF") == []


def test_residents_hearing_gunfire_and_explosions_is_no_event():
    assert reported("Residents of Baidoa said they heard heavy gunfire and explosions in the town centre "
                    "overnight.", "2024-05-10", "SO") == []


def test_the_sound_of_gunfire_echoing_is_no_clash():
    assert reported("The sound of gunfire echoed across Lashio on Friday night, residents said.",
                    "2024-05-10", "MM") == []


def test_gunfire_heard_during_an_attack_stays_the_attack():
    assert reported("Gunfire was heard in Baidoa overnight as al-Shabaab fighters attacked an army base, "
                    "killing three soldiers.", "2024-05-10", "SO") == ["Armed clash"]


def test_relatives_of_kidnapped_people_gathering_are_no_protest():
    assert reported("Relatives of the kidnapped engineers gathered outside the town hall in Tame on Friday "
                    "to wait for news.", "2023-03-10", "CO") == []


def test_relatives_gathering_at_a_church_are_no_protest():
    assert reported("Relatives of the abducted schoolgirls gathered at a church in Kankara on Saturday "
                    "evening.", "2024-05-10", "NG") == []


def test_families_of_missing_soldiers_gathering_are_no_protest():
    assert reported("Families of the missing soldiers gathered at the garrison in Gao on Monday, hoping for "
                    "word of their fate.", "2023-03-10", "ML") == []


def test_relatives_gathering_with_a_demand_stay_a_protest():
    assert reported("Relatives of the kidnapped farmers gathered outside the police headquarters in Kaduna "
                    "on Monday, demanding their release.", "2024-05-10", "NG") == ["Peaceful protest"]


def test_the_anniversary_of_an_attack_is_no_new_attack():
    assert reported("Families in Mosul marked the anniversary of the attack on Wednesday with prayers at the "
                    "mosque.", "2024-05-10", "IQ") == []


def test_a_memorial_to_the_victims_of_a_massacre_is_no_attack():
    assert reported("A memorial to the victims of the school massacre was unveiled in Peshawar on Thursday.",
                    "2024-05-10", "PK") == []


def test_survivors_of_a_massacre_telling_a_committee_are_no_new_attack():
    assert reported("Survivors of the Ngarbuh massacre told a parliamentary committee in Yaounde on Tuesday "
                    "that they still had no compensation.", "2024-05-10", "CM") == []


def test_prayers_on_the_anniversary_of_a_deadly_attack_are_no_new_attack():
    assert reported("On Sunday, residents of Solhan held prayers on the anniversary of the attack that killed "
                    "more than 130 people.", "2024-05-10", "BF") == []


def test_flowers_laid_in_memory_of_victims_are_no_event():
    assert reported("Hundreds of people laid flowers in Nairobi on Saturday in memory of the victims of the "
                    "Westgate siege.", "2024-05-10", "KE") == []
