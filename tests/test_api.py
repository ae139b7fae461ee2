"""The public API: ``vigil.extract_text`` and every name in ``vigil.__all__``. The function is not
named ``extract``: that name is the subpackage ``vigil.extract`` (the extractors), and a function
of the same name was shadowed by it once the subpackage loaded."""
import importlib
import inspect
import types

import vigil

TEXT = "Police fired tear gas at protesters in Lyon on Tuesday."


def test_extract_text_works_every_time_even_after_the_extractors_load(pipeline):
    first = vigil.extract_text(TEXT, published="2021-03-02")
    importlib.import_module("vigil.extract.events")   # loading the internals must not shadow the function
    second = vigil.extract_text(TEXT, published="2021-03-02")
    assert callable(vigil.extract_text) and isinstance(vigil.extract, types.ModuleType)
    assert first.to_dict() == second.to_dict()
    assert [e.event_type for e in first.events] == ["Protests"]
    assert first.article.text == TEXT and not first.errors


def test_every_public_name_is_what_the_api_promises():
    assert "extract_text" in vigil.__all__ and "extract" not in vigil.__all__
    for name in vigil.__all__:
        obj = getattr(vigil, name)
        assert not isinstance(obj, types.ModuleType), f"vigil.{name} is a module"
        if name == "__version__":
            assert isinstance(obj, str) and obj.count(".") == 2
        else:
            assert inspect.isclass(obj) or inspect.isfunction(obj), f"vigil.{name} is {type(obj).__name__}"
            assert obj.__module__.startswith("vigil."), name


def test_public_records_can_be_built_and_serialised():
    span = vigil.Span(1, 4)
    quote = vigil.Quote(id="q1", text="Enough", speaker=vigil.Speaker("a teacher"), evidence=(span,))
    opts = vigil.Options(batch_size=4)
    assert opts.batch_size == 4 and vigil.Options().with_(country="FR").country == "FR"
    assert vigil.Pipeline(opts).options is opts
    from vigil.model import to_dict
    assert to_dict(quote)["evidence"] == [{"start": 1, "end": 4}]
