"""The ops page in headless Chromium: after a known input it shows the numbers /metrics has.

Chromium and chromedriver are Debian packages installed by `make chromium` (a dependency of
`make test`). A screenshot is kept in test-artifacts/dashboard.png.
"""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.dev.stack import LocalStack
from tests.integration.conftest import offline_alerts, produce_raw, stream_alerts, wait_for
from tests.integration.ops_support import by_label, scrape, value, world_lines

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BAD = [b"{not json", json.dumps({"headline": "no uri"}).encode()]


@pytest.fixture
def browser() -> Iterator[object]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("Chromium is not installed: run `make chromium`")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="wirealert-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1440,1320"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def histogram_quantile(q: float, buckets: dict[str, float]) -> float:
    """Prometheus' histogram_quantile, as the page computes it."""
    ordered = sorted(((math.inf if le == "+Inf" else float(le)), n) for le, n in buckets.items())
    rank = q * ordered[-1][1]
    prev_le, prev_n = 0.0, 0.0
    for le, n in ordered:
        if n >= rank:
            if le == math.inf:
                return prev_le
            if n == prev_n:
                return le
            return prev_le + (le - prev_le) * (rank - prev_n) / (n - prev_n)
        prev_le, prev_n = le, n
    return prev_le


def shown_seconds(text: str) -> float:
    number, unit = text.split()
    return float(number) / (1000 if unit == "ms" else 1)


def test_the_ops_page_shows_what_metrics_says(stack: LocalStack, browser) -> None:
    lines = world_lines()
    expected = offline_alerts(lines)
    worker = stack.start_worker()
    produce_raw(stack, [*lines[:4], *BAD, *lines[4:], *lines[:2]])
    wait_for(lambda: len(stream_alerts(stack)) >= len(expected), what="all alerts in Redis")
    wait_for(lambda: value(scrape(worker), "wirealert_alert_latency_seconds_count") == len(expected),
             what="all alerts counted")

    browser.get(worker.url("/dashboard"))
    m = scrape(worker)
    # The page re-renders itself every refresh, so every read is one script run: a row found in
    # one WebDriver call can be replaced before the next call reads it.
    text = lambda element_id: browser.execute_script(  # noqa: E731
        "const e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : null;",
        element_id)
    bars = lambda selector: {  # noqa: E731
        key: float(shown.replace(",", "")) for key, shown in browser.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0])).map(row =>"
            " [row.getAttribute('data-key'), row.querySelector('.bar-value').innerText]);",
            selector)}
    number = lambda element_id: float(text(element_id).replace(",", ""))  # noqa: E731
    items = sum(by_label(m, "wirealert_items_received_total", "source").values())
    wait_for(lambda: text("items-total") == f"{int(items):,}", timeout=15, what="the page's first refresh")

    dups = by_label(m, "wirealert_duplicates_total", "kind")
    assert number("dup-exact") == dups.get("exact", 0) > 0
    assert number("dup-near") == dups.get("near", 0) > 0
    assert text("dedupe-ratio") == f"{100 * sum(dups.values()) / items:.1f} %"
    assert number("alerts-total") == len(expected)
    assert number("latency-count") == value(m, "wirealert_alert_latency_seconds_count") == len(expected)
    dead = by_label(m, "wirealert_items_deadlettered_total", "reason")
    assert number("deadletter-total") == sum(dead.values()) == len(BAD)
    assert number("incidents-open") == value(m, "wirealert_incidents_open") == 4

    kinds = by_label(m, "wirealert_alerts_published_total", "kind")
    assert bars("#alerts-by-kind .bar-row") == kinds
    assert bars("#items-by-source .bar-row") == by_label(m, "wirealert_items_received_total", "source")

    latency = {dict(labels)["le"]: v for (name, labels), v in m.items()
               if name == "wirealert_alert_latency_seconds_bucket"}
    for q in ("50", "95", "99"):
        want = histogram_quantile(int(q) / 100, latency)
        assert shown_seconds(text(f"latency-p{q}")) == pytest.approx(want, rel=0.01, abs=0.001)

    # Lag as /metrics reports it (0 once caught up), one bar per assigned source partition.
    wait_for(lambda: text("lag-partitions") == "9" and text("lag-total") == "0" and text("status") == "LIVE",
             timeout=15, what="lag 0 on every partition, on the page")
    lag_rows = browser.execute_script(
        "return document.querySelectorAll('#lag-by-partition .bar-row').length;")
    lag_series = [k for k in scrape(worker) if k[0] == "wirealert_consumer_lag"]
    assert lag_rows == len(lag_series) == 9

    # The last alerts, newest first, are the ones in Redis.
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('#recent-alerts tr[data-alert]'))"
        ".map(row => row.getAttribute('data-alert'));")
    in_redis = [a.alert_id for a in stream_alerts(stack)]
    assert rows == in_redis[::-1][: len(rows)]
    assert len(rows) == min(len(in_redis), 25)

    ARTIFACTS.mkdir(exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1440, max(900, int(height) + 120))
    assert browser.save_screenshot(str(ARTIFACTS / "dashboard.png"))
    severe = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert severe == [], severe
