"""The learned last step for activities (arsip_extract.activity_rank)."""

from __future__ import annotations

import pytest

from arsip_extract import activities, activity_rank


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
