"""The committed openapi.yaml is the contract: it must equal what the code generates."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner
from openapi_spec_validator import validate
from support import REPO

from service.cli import main


def test_committed_openapi_matches_the_code(tmp_path: Path) -> None:
    generated = tmp_path / "openapi.yaml"
    result = CliRunner().invoke(main, ["openapi", "-o", str(generated)])
    assert result.exit_code == 0, result.output
    committed = (REPO / "openapi.yaml").read_text(encoding="utf-8")
    assert generated.read_text(encoding="utf-8") == committed, (
        "openapi.yaml drifted from the code: run `srs openapi -o openapi.yaml` and review"
    )


def test_openapi_document_is_valid() -> None:
    validate(yaml.safe_load((REPO / "openapi.yaml").read_text(encoding="utf-8")))
