"""PGREC_REDIS_URL's cluster and Sentinel forms: parsed into their nodes, and refused with a message
naming the setting when malformed."""

from __future__ import annotations

import pytest

from service.core.config import Settings
from service.core.errors import ConfigurationError
from service.core.redis_urls import parse_multi_node


def test_a_cluster_url_names_its_seed_nodes_and_credentials() -> None:
    parts = parse_multi_node("redis+cluster://app:s%40cret@10.0.0.1:7000,10.0.0.2:7001")
    assert parts.kind == "cluster" and parts.nodes == (("10.0.0.1", 7000), ("10.0.0.2", 7001))
    assert (parts.username, parts.password, parts.tls) == ("app", "s@cret", False)
    assert parse_multi_node("rediss+cluster://h:1").tls


def test_a_sentinel_url_names_the_sentinels_the_master_and_the_db() -> None:
    parts = parse_multi_node("redis+sentinel://:pw@s1:26379,s2:26379/mymaster/2")
    assert parts.kind == "sentinel" and parts.nodes == (("s1", 26379), ("s2", 26379))
    assert (parts.master, parts.db, parts.password) == ("mymaster", 2, "pw")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("redis+cluster://", "no host:port"),
        ("redis+cluster://h:notaport", "expected host:port"),
        ("redis+cluster://h:7000/3", "only database 0"),
        ("redis+sentinel://s1:26379", "master's name"),
        ("redis+sentinel://s1:26379/m/x", "db must be a number"),
        ("memcached://h:1", "must be redis://"),
    ],
)
def test_a_malformed_url_is_refused_naming_the_setting(url: str, message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        Settings.from_env({"PGREC_REDIS_URL": url})
    assert "PGREC_REDIS_URL" in str(raised.value) and message in str(raised.value)
    assert "pw" not in str(raised.value)


def test_a_password_never_appears_in_the_message() -> None:
    with pytest.raises(ConfigurationError) as raised:
        Settings.from_env({"PGREC_REDIS_URL": "redis+cluster://u:topsecret@h:badport"})
    assert "topsecret" not in str(raised.value)
