"""An explosion or a blast with no weapon fired from afar named ("an explosion hit a market", "a blast
near the checkpoint killed two") is a remote explosive, not shelling (CODEBOOK 6: shelling is artillery,
mortars, rockets and missiles fired from the ground; roadside and car bombs, landmines and booby traps
are remote explosives). Explosions told with mortars or rockets stay shelling. Sentences written for
these tests."""
import pytest

from _events_helpers import first_coded_draft

BLASTS = [
    "A blast near a police checkpoint on the outskirts of Quetta killed two officers on Thursday.",
    "An explosion ripped through a crowded market in Azaz on Saturday afternoon, wounding at least nine people.",
    "On 14 March 2021, an explosion of unknown origin took place near a mosque in Jalalabad. No casualties were reported.",
    "A minibus carrying soldiers exploded at a junction in Mogadishu, killing four of them, officials said.",
]


@pytest.mark.parametrize("text", BLASTS)
def test_a_blast_with_no_gun_named_is_a_remote_explosive(pipeline, text):
    _, _, _, rule = first_coded_draft(pipeline, text)
    assert rule == "Remote explosive/landmine/IED", rule


SHELLS = [
    "Mortar rounds fired from rebel positions exploded in a residential quarter of Aleppo, killing a child.",
    "Rockets launched from the hills caused explosions across the northern suburbs of Tripoli overnight.",
]


@pytest.mark.parametrize("text", SHELLS)
def test_explosions_of_fired_shells_stay_shelling(pipeline, text):
    _, _, _, rule = first_coded_draft(pipeline, text)
    assert rule == "Shelling/artillery/missile attack", rule


# The abbreviations of the trade name a remote explosive however the sentence goes on (lexicon: rcied,
# uvied beside vbied): a remote-controlled or under-vehicle IED.
ABBREVIATED = [
    "Twin RCIED explosions targeted an army convoy on the road to Afgooye, the militants claimed.",
    "A UVIED attached to a district official's car went off in Hodan on Monday.",
    "On 3 June 2021, an RCIED struck an AMISOM vehicle near Marka.",
]


@pytest.mark.parametrize("text", ABBREVIATED)
def test_an_abbreviated_ied_is_a_remote_explosive(pipeline, text):
    _, _, _, rule = first_coded_draft(pipeline, text)
    assert rule == "Remote explosive/landmine/IED", rule
