"""schemathesis against a real `pgrec serve` on a copy of the demo data: every operation of
/docs/openapi.json with a bounded number of generated requests, valid ones and invalid ones, each answer
checked for server errors and against the document (status documented, media type, body schema)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.service.real_server import served
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import RetailTemplate

API_KEY = "schemathesis-test-key"
# Generated requests per operation and mode: about 17 operations x (25 + 10) requests, a minute here.
EXAMPLES = {GenerationMode.POSITIVE: 25, GenerationMode.NEGATIVE: 10}
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


@dataclass
class Report:
    operations: list[str] = field(default_factory=list)
    examples: int = 0
    server_errors: int = 0
    failures: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def demo_server(
    pg_server: TestPostgres,
    retail_demo_template: RetailTemplate,
    redis_url: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    directory = tmp_path_factory.mktemp("schemathesis")
    with (
        temporary_database(pg_server.url, "pgrec_schemathesis", retail_demo_template.name) as url,
        served(
            url,
            redis_url,
            directory,
            "--single-process",
            "--model-preload",
            "blocking",
            PGREC_API_KEY=API_KEY,
        ) as base,
    ):
        yield base


def run_operation(
    operation: schemathesis.APIOperation,
    mode: GenerationMode,
    base: str,
    session: requests.Session,
    report: Report,
) -> None:
    """EXAMPLES[mode] requests for one operation (derandomized: the same ones each run), each answer through
    CHECKS; failures are collected, not raised (no shrinking: one bounded pass)."""

    @hypothesis.settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        response = case.call(base_url=base, session=session, timeout=60)
        report.examples += 1
        if response.status_code >= 500:
            report.server_errors += 1
        try:
            case.validate_response(response, checks=CHECKS)
        except (Exception, FailureGroup) as exc:  # a failed check: recorded with the request that caused it
            report.failures.append(
                f"{operation.label} [{mode.value}] {response.status_code}: {case.as_curl_command()}\n"
                f"  {str(exc).strip()[:800]}"
            )

    try:
        check()
    except hypothesis.errors.Unsatisfiable:  # nothing to make invalid: no parameters and no body
        assert mode is GenerationMode.NEGATIVE, operation.label


def fuzz(base: str, scratch: Path) -> Report:
    set_hypothesis_home_dir(str(scratch / ".hypothesis"))  # its caches, out of the work tree
    schema = schemathesis.openapi.from_url(f"{base}/docs/openapi.json")
    report = Report()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {API_KEY}"
    for result in schema.get_all_operations():
        operation = result.ok()
        report.operations.append(operation.label)
        for mode in EXAMPLES:
            run_operation(operation, mode, base, session, report)
    return report


def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_document(
    demo_server: str, tmp_path: Path
) -> None:
    report = fuzz(demo_server, tmp_path)
    print(
        f"\nschemathesis: {len(report.operations)} operations, {report.examples} examples, "
        f"{report.server_errors} server errors, {len(report.failures)} failures"
    )
    for failure in report.failures:
        print(failure)
    assert len(report.operations) >= 15, report.operations
    assert report.examples >= len(report.operations) * sum(EXAMPLES.values()) // 2
    assert report.server_errors == 0, "\n".join(report.failures)
    assert report.failures == [], "\n".join(report.failures)
