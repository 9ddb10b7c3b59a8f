"""The learned last step for activities (arsip_extract.activity_rank)."""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import sys
from pathlib import Path

import pytest

from arsip_extract import activities, activity_rank

ROOT = Path(__file__).resolve().parents[2]


def test_find_activities_hands_its_evidence_to_the_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the step on, every rule match reaches decide() with the rules' choice."""
    seen = {}

    def decide(title, texts, trace, chosen):
        seen.update(texts=texts, trace=trace, chosen=chosen)
        return ("patroli",)

    monkeypatch.setattr(activity_rank, "ENABLED", True)
    monkeypatch.setattr(activity_rank, "decide", decide)
    got = activities.find_activities(
        "Polres Sambas Gelar Apel Pergeseran Pasukan",
        ("Polres Sambas menggelar apel pergeseran pasukan pengamanan TPS, Senin.",),
    )
    assert got == ("patroli",)
    assert seen["chosen"] == ("apel",)
    assert seen["texts"][0].startswith("Polres Sambas Gelar")
    taken = [entry for entry in seen["trace"] if entry[5]]
    assert taken and taken[0][0] == "apel" and taken[0][1] == 0


def test_the_switch_off_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """ENABLED false: decide() is never called."""

    def decide(*args):
        raise AssertionError("called")

    monkeypatch.setattr(activity_rank, "ENABLED", False)
    monkeypatch.setattr(activity_rank, "decide", decide)
    got = activities.find_activities(None, ("Personel Polsek berpatroli di desa.",))
    assert got == ("patroli",)


# A trace as find_activities writes it, for an invented story: a patrol in the
# headline and the lead, taken; a TPS guard said once, late, as a plan, not taken.
_TITLE = "Polsek Kota Gelar Patroli Malam"
_TEXTS = (
    _TITLE,
    "Personel Polsek Kota berpatroli di sejumlah desa, Sabtu (10/2).",
    "Kapolsek menyebut personel akan mengamankan TPS pada hari pemungutan suara.",
)
_TRACE = [
    ["patroli", 0, _TEXTS[0], 11, [], True],
    ["patroli", 1, _TEXTS[1], 19, [], None],
    ["pengamanan-tps", 2, _TEXTS[2], 40, [(27, 31, "plan")], False],
    ["pengamanan-gudang-logistik", 2, _TEXTS[2], -1, (), False],
]


def _model(weights: dict[str, float], threshold: float = 0.5) -> dict:
    return {"schema": activity_rank.SCHEMA, "threshold": threshold, "weights": weights}


def test_features_read_the_evidence() -> None:
    """Title, lead, counts and moods come from the trace, not from any words."""
    patrol = activity_rank.features("patroli", _TITLE, _TEXTS, _TRACE, ("patroli",))
    tps = activity_rank.features("pengamanan-tps", _TITLE, _TEXTS, _TRACE, ("patroli",))
    assert patrol["rules"] == 1 and tps["rules"] == 0
    assert patrol["title_taken"] == 1 and tps["title"] == 0
    assert patrol["log_matches"] > tps["log_matches"] > 0
    assert tps["not_done"] == 1 and patrol["not_done"] == 0
    assert patrol["day"] == 1 and tps["day"] == 0
    assert tps["other_in_title"] == 1 and patrol["other_in_title"] == 0
    assert patrol["is:patroli"] == 1 and patrol["rules:patroli"] == 1
    store = activity_rank.features(
        "pengamanan-gudang-logistik", _TITLE, _TEXTS, _TRACE, ("patroli",)
    )
    assert store["matched"] == 0 and store["log_words"] > 0


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        # trusting the rules: their choice
        ({"rules": 4.0, "bias": -2.0}, ("patroli",)),
        # any match will do: the planned TPS guard too
        ({"matched": 4.0, "bias": -2.0}, ("patroli", "pengamanan-tps")),
        # nothing passes: lainnya
        ({"bias": -3.0}, ("lainnya",)),
        # the mention the rules left, over the one they took
        ({"not_done": 5.0, "bias": -2.0}, ("pengamanan-tps",)),
    ],
)
def test_decide_keeps_the_candidates_that_pass(weights, expected) -> None:
    """Each candidate's logistic score against the threshold decides alone."""
    got = activity_rank.decide(
        _TITLE, _TEXTS, _TRACE, ("patroli",), model=_model(weights)
    )
    assert got == expected


def test_decide_takes_a_rules_words_only_when_the_model_says_so() -> None:
    """A rule's words without a match make a candidate only for a 'words' model."""
    weights = {"log_words": 10.0, "bias": -2.0}
    assert activity_rank.decide(
        _TITLE, _TEXTS, _TRACE, ("patroli",), model=_model(weights)
    ) == ("lainnya",)
    model = {**_model(weights), "words": True}
    assert activity_rank.decide(_TITLE, _TEXTS, _TRACE, ("patroli",), model=model) == (
        "pengamanan-gudang-logistik",
    )


def test_without_a_model_the_rules_stand() -> None:
    """No weights file: decide() returns the rules' choice."""
    if activity_rank.MODEL is not None:
        pytest.skip("a weights file is present")
    assert activity_rank.decide(_TITLE, _TEXTS, _TRACE, ("patroli",)) == ("patroli",)


def test_weights_file_schema(tmp_path, caplog) -> None:
    """A weights file loads only in its schema; a bad one is logged and ignored."""
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_model({"rules": 1.5, "bias": -0.5})))
    assert activity_rank._load(good) == _model({"rules": 1.5, "bias": -0.5})
    assert activity_rank._load(tmp_path / "absent.json") is None
    for name, text in [
        ("broken.json", "{"),
        ("old.json", json.dumps({**_model({}), "schema": 0})),
        ("text.json", json.dumps(_model({"rules": "hoch"}))),
        ("nothreshold.json", json.dumps({"schema": 1, "weights": {}})),
    ]:
        path = tmp_path / name
        path.write_text(text)
        with caplog.at_level(logging.WARNING):
            assert activity_rank._load(path) is None
        assert name in caplog.text
    if activity_rank.WEIGHTS.is_file():
        model = json.loads(activity_rank.WEIGHTS.read_text(encoding="utf-8"))
        assert activity_rank.valid(model)
        names = activity_rank.features("patroli", _TITLE, _TEXTS, _TRACE, ())
        assert set(model["weights"]) <= set(names)


def test_the_environment_switch() -> None:
    """ARSIP_ACTIVITY_RANK=0 turns a present model off; no model is always off."""
    model = _model({"rules": 1.0})
    assert activity_rank.switched_on(model, {})
    assert activity_rank.switched_on(model, {"ARSIP_ACTIVITY_RANK": "1"})
    assert not activity_rank.switched_on(model, {"ARSIP_ACTIVITY_RANK": "0"})
    assert not activity_rank.switched_on(None, {})


def test_the_trace_leaves_the_rules_choice_alone(monkeypatch) -> None:
    """Collecting evidence (matches again once found, words alone) changes nothing."""
    texts = (
        "Polres Gelar Apel dan Patroli",
        "Polres menggelar apel pengamanan. Usai apel, personel berpatroli ke TPS.",
        "Patroli berlanjut hingga malam. Gudang logistik KPU aman.",
    )
    monkeypatch.setattr(activity_rank, "ENABLED", False)
    off = activities.find_activities(texts[0], texts[1:])
    seen = {}
    monkeypatch.setattr(activity_rank, "ENABLED", True)
    monkeypatch.setattr(
        activity_rank,
        "decide",
        lambda t, x, trace, chosen: seen.update(trace=trace) or chosen,
    )
    assert activities.find_activities(texts[0], texts[1:]) == off
    kinds = {(e[0], e[3] >= 0, e[5]) for e in seen["trace"]}
    assert ("patroli", True, None) in kinds  # matched again once found
    assert ("apel", True, True) in kinds


# The loop of a past find_activities, reduced to the lines the patch looks for.
_PAST = '''
def find_activities(title, paragraphs):
    """Old."""
    found: set[str] = set()
    texts = ((title,) if title else ()) + tuple(paragraphs)
    for index, paragraph in enumerate(texts):
        screen = True
        for sentence in paragraph.split(". "):
            for act, pattern, words in RULES:
                if act in found and (
                    act not in MATES
                ):
                    # (a comment)
                    continue
                match = pattern.search(sentence)
                if not match:
                    continue
                found.add(act)
                mate = None
    return tuple(a for a in ACTIVITIES if a in found) or ("lainnya",)
'''


def test_a_past_find_activities_is_patched_to_keep_todays_evidence() -> None:
    """benchmarks/activity_rank.py reruns old code with the trace of today's hook."""
    spec = importlib.util.spec_from_file_location(
        "bench_activity_rank", ROOT / "benchmarks" / "activity_rank.py"
    )
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    source = bench.patch_past(_PAST)
    space = {
        "RULES": [
            ("patroli", re.compile("patroli", re.I), ()),
            ("apel", re.compile("apel", re.I), ()),
        ],
        "MATES": {},
        "ACTIVITIES": ("apel", "patroli", "lainnya"),
        "_markers": lambda sentence: [],
    }
    exec(compile(source, "past", "exec"), space)  # noqa: S102 - our own fixture
    got = space["find_activities"]("Patroli malam", ("Patroli lagi. Tanpa apa pun",))
    assert got == ("patroli",)
    title, texts, trace, chosen = space["SINK"][-1]
    assert chosen == ("patroli",) and texts[0] == "Patroli malam"
    assert [(e[0], e[1], e[5]) for e in trace if e[3] >= 0] == [
        ("patroli", 0, True),
        ("patroli", 1, None),
    ]
    assert ("apel", 0, False) in [(e[0], e[1], e[5]) for e in trace if e[3] < 0]
    with pytest.raises(ValueError):
        bench.patch_past("def find_activities(): pass\n")
