from vigil.extract import taxonomy


def test_every_subtype_has_a_valid_type_and_plover():
    assert len(taxonomy.SUBTYPES) == 25
    for sub, (etype, ptype, _) in taxonomy.SUBTYPES.items():
        assert etype in taxonomy.EVENT_TYPES
        assert taxonomy.plover_for(sub)["type"] == ptype


def test_mode_hint_refines_only_matching_type():
    assert taxonomy.plover_for("Peaceful protest", "strike-hun") == {"type": "PROTEST", "mode": "strike-hun"}
    assert taxonomy.plover_for("Peaceful protest", "arrest") == {"type": "PROTEST", "mode": "demo"}
    assert taxonomy.event_type("Arrests") == "Strategic developments"
    assert taxonomy.is_valid("Riots", "Mob violence") and not taxonomy.is_valid("Protests", "Mob violence")
