"""A torch carried in a march is a light, not a fire set (CODEBOOK 3: arson makes a demonstration violent;
carrying torches does not): "torch" as a noun is no arson signal (signals.idle_signal); "torched" a car
still is. Rules alone (the learned model often hides the rules' error)."""
from _events_helpers import kinds, run


def test_students_walking_with_torches_make_a_peaceful_protest():
    for text, country in [
        ("Students holding torches walked in silence through the centre of Gyumri on Thursday night to demand the "
         "dismissal of the police chief. The march ended peacefully at the city hall.", "AM"),
        ("Young people holding torches walked through the centre of Plovdiv on Saturday night to demand the "
         "resignation of the mayor. The march ended peacefully at the municipality.", "BG"),
        ("Students holding torches walked in silence through the centre of Nis on Friday night to demand the "
         "resignation of the mayor. The march ended peacefully at the town hall.", "RS"),
    ]:
        events, _, _ = run(text, country=country, published="2024-05-10")
        assert kinds(events) == ["Peaceful protest"], text


def test_protesters_who_torched_a_car_still_riot():
    events, _, _ = run("Protesters torched a police car and threw stones at officers in Kisumu on Tuesday, demanding "
                       "the release of a local activist.", country="KE", published="2024-05-10")
    assert kinds(events) == ["Violent demonstration"]
