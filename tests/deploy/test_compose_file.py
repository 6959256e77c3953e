"""docker-compose.yml: `docker compose config` when the CLI has compose, else its structure."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from tests.cli import REPO_ROOT
from tests.deploy.compose_file import (
    COMPOSE_FILE,
    ENV_EXAMPLE,
    MissingVariable,
    load_compose,
    read_env_file,
    referenced_variables,
    resolve,
    shell_steps,
)

SERVICES = {"postgres", "redis", "pgadmin", "recommendation", "embedding-worker"}
# Services started only when their profile is asked for (`docker compose --profile medusa up`).
PROFILED = {"medusa": ["medusa"]}
MEDUSA_START = REPO_ROOT / "docker/medusa/start.sh"
# Only the service and pgAdmin reach the host, on loopback by default; the database and the cache stay on
# app_network (docker-compose.database-port.yml publishes the database on loopback when asked).
PUBLISHED = {"pgadmin": 5050, "recommendation": 8001}
DATABASE_PORT_FILE = REPO_ROOT / "docker-compose.database-port.yml"
PGPASS_SCRIPT = REPO_ROOT / "docker/pgadmin/pgpass-then-start.sh"
# The service-level keys of the Compose Specification that this file may use (a typo fails).
KNOWN_SERVICE_KEYS = {
    "build",
    "image",
    "restart",
    "command",
    "entrypoint",
    "environment",
    "env_file",
    "ports",
    "expose",
    "volumes",
    "healthcheck",
    "depends_on",
    "networks",
    "extra_hosts",
    "profiles",
    "user",
    "working_dir",
    "labels",
    "logging",
    "deploy",
    "stop_grace_period",
    "ulimits",
}


def compose_cli_missing() -> str | None:
    """Why `docker compose` cannot run on this machine, or None when it can."""
    if shutil.which("docker") is None:
        return "no `docker` CLI on PATH"
    try:
        probe = subprocess.run(
            ["docker", "compose", "version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"`docker compose version` did not run: {exc}"
    if probe.returncode != 0:
        said = (probe.stderr.strip().splitlines() or [""])[0]
        return f"`docker compose version` exited {probe.returncode} (no compose plugin): {said}"
    return None


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return load_compose()


# The secrets a user generates and pastes into .env: .env.example leaves each empty (required, no default).
USERS_KEY = "a-key-of-their-own"
USERS_SECRETS = {
    "POSTGRES_PASSWORD": "their-database-password",
    "REDIS_PASSWORD": "their-cache-password",
    "PGADMIN_DEFAULT_PASSWORD": "their-pgadmin-password",
    "PGREC_SERVICE_PASSWORD": "their-service-password",
    "PGREC_API_KEY": USERS_KEY,
}


@pytest.fixture(scope="module")
def example_env() -> dict[str, str]:
    """The .env a user makes: .env.example with the secrets it asks for."""
    return {**read_env_file(), **USERS_SECRETS}


@pytest.fixture(scope="module")
def resolved(compose: dict[str, Any], example_env: dict[str, str]) -> dict[str, Any]:
    """The compose file as `docker compose` sees it with .env copied from .env.example (key set)."""
    return resolve(compose, example_env)


def published_ports(service: dict[str, Any]) -> dict[int, int]:
    """{container port: host port} of a resolved service."""
    return {container: host for container, (_, host) in published_addresses(service).items()}


def published_addresses(service: dict[str, Any]) -> dict[int, tuple[str, int]]:
    """{container port: (host address, host port)} of a resolved service ("" = every interface)."""
    ports = {}
    for mapping in service.get("ports", []):
        parts = str(mapping).split(":")
        address = parts[0] if len(parts) == 3 else ""
        ports[int(parts[-1])] = (address, int(parts[-2]))
    return ports


def test_docker_compose_config_accepts_the_file(tmp_path: Any) -> None:
    missing = compose_cli_missing()
    if missing is not None:
        pytest.skip(f"{missing}: the structure tests below stand in for `docker compose config`")
    env_file = tmp_path / ".env"
    env_file.write_text(ENV_EXAMPLE.read_text() + f"\nPGREC_API_KEY={USERS_KEY}\n")
    command = ["docker", "compose", "--env-file", str(env_file), "-f", str(COMPOSE_FILE)]
    result = subprocess.run(
        [*command, "config", "--format", "json"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert set(config["services"]) == SERVICES
    url = config["services"]["recommendation"]["environment"]["PGREC_DATABASE_URL"]
    assert urlsplit(url).hostname == "postgres"


def test_the_five_services_with_their_images(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == SERVICES | set(PROFILED)
    assert {
        name: service["profiles"] for name, service in services.items() if "profiles" in service
    } == PROFILED
    assert services["postgres"]["image"].startswith("pgvector/pgvector:pg")
    assert services["redis"]["image"] == "redis:7-alpine"
    assert services["pgadmin"]["image"].startswith("dpage/pgadmin4")
    for name in ("recommendation", "embedding-worker"):
        assert services[name]["build"] == {"context": ".", "dockerfile": "Dockerfile"}
    assert services["recommendation"]["image"] == services["embedding-worker"]["image"]
    for name, service in services.items():
        unknown = set(service) - KNOWN_SERVICE_KEYS
        assert not unknown, f"{name}: unknown keys {unknown}"


def test_only_the_service_and_pgadmin_are_published_on_loopback(resolved: dict[str, Any]) -> None:
    services = resolved["services"]
    by_default = {name for name, service in services.items() if service.get("ports") and name not in PROFILED}
    assert by_default == set(PUBLISHED)
    assert published_addresses(services["medusa"]) == {9000: ("127.0.0.1", 9000)}  # with its profile
    assert published_addresses(services["recommendation"]) == {8001: ("127.0.0.1", 8001)}
    assert published_addresses(services["pgadmin"]) == {80: ("127.0.0.1", 5050)}


def test_the_bind_address_opens_them_on_purpose(compose: dict[str, Any], example_env: dict[str, str]) -> None:
    opened = resolve(compose, {**example_env, "PGREC_BIND_ADDRESS": "0.0.0.0"})["services"]
    assert published_addresses(opened["recommendation"]) == {8001: ("0.0.0.0", 8001)}
    assert "ports" not in opened["postgres"] and "ports" not in opened["redis"]


def test_host_ports_can_be_moved_off_a_taken_port(
    compose: dict[str, Any], example_env: dict[str, str]
) -> None:
    moved = resolve(compose, {**example_env, "PGADMIN_PORT": "15050", "RECOMMENDATION_PORT": "18001"})
    assert published_ports(moved["services"]["pgadmin"]) == {80: 15050}
    assert published_ports(moved["services"]["recommendation"]) == {8001: 18001}


def test_the_database_port_file_publishes_postgres_on_loopback_only(example_env: dict[str, str]) -> None:
    """For a Medusa backend on the host: the override publishes the database, on 127.0.0.1, nothing else."""
    override = yaml.safe_load(DATABASE_PORT_FILE.read_text())
    assert set(override["services"]) == {"postgres"}
    postgres = resolve(override, example_env)["services"]["postgres"]
    assert published_addresses(postgres) == {5432: ("127.0.0.1", 5432)}
    moved = resolve(override, {**example_env, "POSTGRES_PORT": "15432"})["services"]["postgres"]
    assert published_addresses(moved) == {5432: ("127.0.0.1", 15432)}


def test_healthchecks(resolved: dict[str, Any]) -> None:
    services = resolved["services"]
    for name in ("postgres", "redis", "recommendation"):
        check = services[name]["healthcheck"]
        assert check["test"][0] in ("CMD", "CMD-SHELL"), name
        assert {"interval", "timeout", "retries"} <= set(check), name
    assert "pg_isready" in services["postgres"]["healthcheck"]["test"][1]
    # `$$` reaches the container as `$`, so the container's shell expands its own variables.
    assert '"${POSTGRES_USER}"' in services["postgres"]["healthcheck"]["test"][1]
    # redis-cli reads the password from REDISCLI_AUTH (not on its command line)
    assert services["redis"]["healthcheck"]["test"] == ["CMD-SHELL", "redis-cli ping | grep -q PONG"]
    assert services["redis"]["environment"]["REDISCLI_AUTH"] == USERS_SECRETS["REDIS_PASSWORD"]
    recommendation = services["recommendation"]["healthcheck"]
    assert recommendation["test"][:2] == ["CMD", "python"]
    assert recommendation["test"][-1] == "http://127.0.0.1:8001/health"
    assert "start_period" in recommendation  # migrate + model load before the first answer


def test_start_order_waits_for_health(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["recommendation"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }
    # The worker starts once the service has migrated the schema (it is healthy only then).
    assert services["embedding-worker"]["depends_on"]["recommendation"] == {"condition": "service_healthy"}
    assert services["embedding-worker"]["depends_on"]["postgres"] == {"condition": "service_healthy"}
    assert services["pgadmin"]["depends_on"]["postgres"] == {"condition": "service_healthy"}
    # No cycles: a topological order exists.
    order: list[str] = []
    pending = dict(services)
    while pending:
        ready = [n for n, s in pending.items() if set(s.get("depends_on", {})) <= set(order)]
        assert ready, f"dependency cycle among {sorted(pending)}"
        order.extend(sorted(ready))
        for name in ready:
            del pending[name]


def test_one_network_and_named_volumes(compose: dict[str, Any]) -> None:
    assert set(compose["networks"]) == {"app_network"}
    for name, service in compose["services"].items():
        assert service["networks"] == ["app_network"], name
    assert set(compose["volumes"]) == {"postgres_data", "pgadmin_data", "medusa_app"}
    mounts = {
        mount.split(":")[0]
        for service in compose["services"].values()
        for mount in service.get("volumes", [])
    }
    assert {"postgres_data", "pgadmin_data"} <= mounts
    for mount in mounts - set(compose["volumes"]):
        assert mount.startswith("./"), mount
        assert (REPO_ROOT / mount).exists(), f"bind-mounted {mount} is missing"


def test_commands(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert shell_steps(services["recommendation"]["command"]) == [
        ["pgrec", "migrate"],
        ["pgrec", "serve", "--host", "0.0.0.0", "--port", "8001"],
    ]
    assert "exec pgrec serve" in services["recommendation"]["command"][2]  # signals reach the server
    assert services["embedding-worker"]["command"] == ["pgrec", "embed", "--watch"]


def strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in strings(value)]
    if isinstance(node, list):
        return [s for item in node for s in strings(item)]
    return []


def test_every_variable_is_documented_in_env_example(
    compose: dict[str, Any], example_env: dict[str, str]
) -> None:
    override = yaml.safe_load(DATABASE_PORT_FILE.read_text())
    used = {name for text in strings([compose, override]) for name in referenced_variables(text)}
    assert used - set(example_env) == set(), "variables used but missing from .env.example"
    assert set(example_env) - used == set(), ".env.example lists variables docker-compose.yml ignores"


def owner_url(resolved: dict[str, Any], service: str) -> str:
    """The URL a service works on as the owner of pgrec's tables."""
    env = resolved["services"][service]["environment"]
    return str(env.get("PGREC_ADMIN_DATABASE_URL", env["PGREC_DATABASE_URL"]))


def test_services_reach_each_other_by_name(resolved: dict[str, Any], example_env: dict[str, str]) -> None:
    for name in ("recommendation", "embedding-worker"):
        env = resolved["services"][name]["environment"]
        database = urlsplit(owner_url(resolved, name))
        assert (database.hostname, database.port, database.path) == ("postgres", 5432, "/medusa-store")
        assert (database.username, database.password) == ("postgres", example_env["POSTGRES_PASSWORD"])
        cache = urlsplit(env["PGREC_REDIS_URL"])
        assert (cache.hostname, cache.port, cache.path) == ("redis", 6379, "/1")  # the seed's cache db
        assert cache.password == example_env["REDIS_PASSWORD"]
        assert "--requirepass" in resolved["services"]["redis"]["command"]
        requirepass = resolved["services"]["redis"]["command"].index("--requirepass")
        assert resolved["services"]["redis"]["command"][requirepass + 1] == cache.password
        assert env["PGREC_API_KEY"] == example_env["PGREC_API_KEY"] == USERS_KEY
    assert set(resolved["services"]) >= {"postgres", "redis"}


def test_an_existing_medusa_database_replaces_the_bundled_one(
    compose: dict[str, Any], example_env: dict[str, str]
) -> None:
    medusa = "postgresql://medusa:s3cret@host.docker.internal:5432/medusa-store"
    login = "postgresql://pgrec_app:their-service-password@host.docker.internal:5432/medusa-store"
    moved = resolve(
        compose, {**example_env, "PGREC_DATABASE_URL": medusa, "PGREC_SERVICE_DATABASE_URL": login}
    )
    for name in ("recommendation", "embedding-worker"):
        assert owner_url(moved, name) == medusa
        assert "host.docker.internal:host-gateway" in moved["services"][name]["extra_hosts"]
    assert moved["services"]["recommendation"]["environment"]["PGREC_DATABASE_URL"] == login


def test_the_service_answers_as_its_login_and_works_as_the_owner(
    resolved: dict[str, Any], example_env: dict[str, str]
) -> None:
    """README, "Privileges": requests run as the login `pgrec migrate` makes (PGREC_SERVICE_USER, a member of
    pgrec_service, which may only read and track), with the password that command sets; migrate, refresh,
    upkeep and catalog writes as the owner. The worker embeds and rebuilds taste vectors: the owner's work."""
    service = resolved["services"]["recommendation"]["environment"]
    login = urlsplit(service["PGREC_DATABASE_URL"])
    assert (login.hostname, login.port, login.path) == ("postgres", 5432, "/medusa-store")
    assert (login.username, login.password) == ("pgrec_app", example_env["PGREC_SERVICE_PASSWORD"])
    assert service["PGREC_SERVICE_PASSWORD"] == example_env["PGREC_SERVICE_PASSWORD"]
    assert urlsplit(service["PGREC_ADMIN_DATABASE_URL"]).username == "postgres"
    assert service["PGREC_SERVICE_USER"] == login.username  # `pgrec migrate` makes it
    worker = resolved["services"]["embedding-worker"]["environment"]
    assert "PGREC_SERVICE_PASSWORD" not in worker and "PGREC_ADMIN_DATABASE_URL" not in worker
    assert urlsplit(worker["PGREC_DATABASE_URL"]).username == "postgres"


@pytest.mark.parametrize("secret", sorted(USERS_SECRETS))
def test_every_secret_is_required_and_the_example_ships_none(
    compose: dict[str, Any], example_env: dict[str, str], secret: str
) -> None:
    """Compose stops, naming the variable, while .env leaves a secret empty as .env.example does: no
    admin/admin pgAdmin, no Redis without a password, no example database password, no API key (the service
    listens on 0.0.0.0 in its container and refuses to without one)."""
    assert read_env_file()[secret] == ""
    with pytest.raises(MissingVariable, match=secret):
        resolve(compose, {**example_env, secret: ""})
    text = COMPOSE_FILE.read_text()
    for known in ("change-me", "s3cret", ":-admin}"):
        assert known not in text


def test_env_file_is_git_ignored_and_example_is_not() -> None:
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", ".env"], cwd=REPO_ROOT, capture_output=True, check=False
    )
    assert ignored.returncode == 0, ".env must be git-ignored"
    example = subprocess.run(
        ["git", "check-ignore", "-q", ".env.example"], cwd=REPO_ROOT, capture_output=True, check=False
    )
    assert example.returncode == 1, ".env.example must be committed"


def test_pgadmin_server_is_pre_registered(compose: dict[str, Any], example_env: dict[str, str]) -> None:
    pgadmin = compose["services"]["pgadmin"]
    assert "./docker/pgadmin/servers.json:/pgadmin4/servers.json:ro" in pgadmin["volumes"]
    servers = json.loads((REPO_ROOT / "docker/pgadmin/servers.json").read_text())["Servers"]
    assert len(servers) == 1
    (server,) = servers.values()
    assert (server["Host"], server["Port"]) == ("postgres", 5432)
    assert server["Username"] == example_env["POSTGRES_USER"] == "postgres"
    assert server["Name"] == "medusa-postgres"  # as in the seed's pgAdmin tree
    # server mode reads the passfile relative to the login's storage directory
    assert server["ConnectionParameters"]["passfile"] == ".pgpass"


def test_pgadmin_starts_with_the_server_password_in_its_pgpass(
    compose: dict[str, Any], example_env: dict[str, str], tmp_path: Any
) -> None:
    """The entrypoint script, run as the container would (with `true` for pgAdmin's own entrypoint): the
    login's storage directory gets a pgpass readable by its owner only, holding the postgres password."""
    pgadmin = resolve(compose, example_env)["services"]["pgadmin"]
    assert pgadmin["entrypoint"] == ["/bin/sh", "/pgrec/pgpass-then-start.sh"]
    assert f"./{PGPASS_SCRIPT.relative_to(REPO_ROOT)}:/pgrec/pgpass-then-start.sh:ro" in pgadmin["volumes"]
    env = {
        **pgadmin["environment"],
        "PATH": "/usr/bin:/bin",
        "PGADMIN_STORAGE_DIR": str(tmp_path),
        "PGADMIN_ENTRYPOINT": "true",
    }
    subprocess.run(["/bin/sh", str(PGPASS_SCRIPT)], env=env, check=True, timeout=10)
    pgpass = tmp_path / "admin_example.com" / ".pgpass"
    assert pgpass.read_text() == f"postgres:5432:*:postgres:{example_env['POSTGRES_PASSWORD']}\n"
    assert pgpass.stat().st_mode & 0o777 == 0o600


def test_the_medusa_profile_runs_medusa_on_pgrecs_database(resolved: dict[str, Any]) -> None:
    """Medusa's tables land in the database pgrec reads (same server, database and role), its sessions in a
    Redis database of their own; the project is docker/medusa, the one tests/medusa checks pgrec against."""
    medusa = resolved["services"]["medusa"]
    assert medusa["image"].startswith("node:20")
    assert medusa["command"] == ["sh", "/pgrec/medusa/start.sh"]
    assert "./docker/medusa:/pgrec/medusa:ro" in medusa["volumes"]
    assert "medusa_app:/medusa" in medusa["volumes"]
    ours = urlsplit(medusa["environment"]["DATABASE_URL"])
    pgrec = urlsplit(owner_url(resolved, "recommendation"))
    assert (ours.hostname, ours.port, ours.path, ours.username, ours.password) == (
        pgrec.hostname,
        pgrec.port,
        pgrec.path,
        pgrec.username,
        pgrec.password,
    )
    cache = urlsplit(medusa["environment"]["REDIS_URL"])
    assert (cache.hostname, cache.path, cache.password) == ("redis", "/2", USERS_SECRETS["REDIS_PASSWORD"])
    assert medusa["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }
    assert "http://127.0.0.1:9000/health" in medusa["healthcheck"]["test"][-1]
    assert "install.sh" in MEDUSA_START.read_text()


@pytest.mark.parametrize("missing", ["MEDUSA_JWT_SECRET", "MEDUSA_COOKIE_SECRET"])
def test_medusa_refuses_to_start_without_its_secrets(
    compose: dict[str, Any], example_env: dict[str, str], missing: str, tmp_path: Any
) -> None:
    """The secrets are not `${VAR:?}` (the stack must resolve without the profile), so start.sh checks them
    before anything else: run as the container would, it stops naming the empty one. (PATH is an empty
    folder: past the check the script could run nothing, npm least of all.)"""
    secrets = {"MEDUSA_JWT_SECRET": "their-jwt-secret", "MEDUSA_COOKIE_SECRET": "their-cookie-secret"}
    medusa = resolve(compose, {**example_env, **secrets, missing: ""})["services"]["medusa"]
    env = {**medusa["environment"], "PATH": str(tmp_path)}
    result = subprocess.run(
        ["/bin/sh", str(MEDUSA_START)], env=env, capture_output=True, text=True, timeout=10, check=False
    )
    assert result.returncode != 0
    assert f"set {missing} in .env" in result.stderr
    assert read_env_file()[missing] == ""
