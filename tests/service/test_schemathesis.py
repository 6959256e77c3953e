"""schemathesis against a real `pgrec serve` on a copy of the demo data: every operation of
/docs/openapi.json with a bounded number of generated requests, valid ones and invalid ones, each answer
checked for server errors and against the document (status documented, media type, body schema)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase
from hypothesis import strategies as st
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
EXAMPLE_DRAWS = 5  # the document's examples, with the optional parameters varied
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


@dataclass
class Report:
    operations: list[str] = field(default_factory=list)
    examples: int = 0
    server_errors: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    refused_valid: Counter[str] = field(default_factory=Counter)  # 4xx to requests the document allows


@pytest.fixture(scope="module")
def demo_server(
    pg_server: TestPostgres,
    retail_demo_template: RetailTemplate,
    redis_url: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, Path]]:
    """(base URL, the directory holding its serve.log)."""
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
        yield base, directory


def run_operation(
    operation: schemathesis.APIOperation,
    label: str,
    strategy: st.SearchStrategy[schemathesis.Case],
    count: int,
    base: str,
    session: requests.Session,
    report: Report,
) -> None:
    """`count` requests for one operation drawn from `strategy` (derandomized: the same ones each run),
    each answer through CHECKS; failures are collected, not raised (no shrinking: one bounded pass)."""

    @hypothesis.settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis.given(case=strategy)
    def check(case: schemathesis.Case) -> None:
        response = case.call(base_url=base, session=session, timeout=60)
        report.examples += 1
        report.statuses[operation.label][response.status_code] += 1
        if label != GenerationMode.NEGATIVE.value and 400 <= response.status_code < 500:
            error = response.json().get("error", {})
            message = re.sub(r"'[^']*'|\d+", "_", str(error.get("message")))[:100]
            report.refused_valid[
                f"{operation.label} {response.status_code} {error.get('code')}: {message}"
            ] += 1
        try:
            case.validate_response(response, checks=CHECKS)
        except (Exception, FailureGroup) as exc:  # a failed check: recorded with the request that caused it
            report.failures.append(
                f"{operation.label} [{label}] {response.status_code}: {case.as_curl_command()}\n"
                f"  {str(exc).strip()[:800]}"
            )

    try:
        check()
    except hypothesis.errors.Unsatisfiable:  # nothing to make invalid: no parameters and no body
        assert label == GenerationMode.NEGATIVE.value, operation.label


def fuzz(base: str, scratch: Path) -> Report:
    set_hypothesis_home_dir(str(scratch / ".hypothesis"))  # its caches, out of the work tree
    schema = schemathesis.openapi.from_url(f"{base}/docs/openapi.json")
    report = Report()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {API_KEY}"
    for result in schema.get_all_operations():
        operation = result.ok()
        report.operations.append(operation.label)
        examples = schema.get_strategies_from_examples(operation)
        if examples:  # the document's own examples first (a real product, customer, event)
            run_operation(operation, "examples", st.one_of(examples), EXAMPLE_DRAWS, base, session, report)
        for mode, count in EXAMPLES.items():
            strategy = operation.as_strategy(generation_mode=mode)
            run_operation(operation, mode.value, strategy, count, base, session, report)
    return report


def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_document(
    demo_server: tuple[str, Path], tmp_path: Path
) -> None:
    base, directory = demo_server
    report = fuzz(base, tmp_path)
    log = (directory / "serve.log").read_text()
    print(
        f"\nschemathesis: {len(report.operations)} operations, {report.examples} examples, "
        f"{report.server_errors} server errors, {len(report.failures)} failures"
    )
    for label, statuses in report.statuses.items():
        print(f"  {label}: " + ", ".join(f"{status} x{count}" for status, count in sorted(statuses.items())))
    print("  valid requests refused (a 4xx the document allows):")
    for line, count in report.refused_valid.most_common():
        print(f"    {count} x {line}")
    for failure in report.failures:
        print(failure)
    assert len(report.operations) >= 15, report.operations
    assert report.examples >= len(report.operations) * sum(EXAMPLES.values()) // 2
    succeeded = {
        label for label, statuses in report.statuses.items() if any(200 <= s < 300 for s in statuses)
    }
    # A refresh job's id exists only once a POST made it: the generated ones are unknown (404).
    assert succeeded == set(report.operations) - {"GET /admin/refresh/{job_id}"}, (
        "operations never answered 2xx"
    )
    assert report.server_errors == 0, "\n".join(report.failures)
    assert report.failures == [], "\n".join(report.failures)
    assert "Traceback" not in log and "unhandled error" not in log, log[-5000:]
